"""Layout-aware PDF text: paragraphs, headings, columns, tables and key/value panels rebuilt from word positions."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field


_DIGITS = re.compile(r"\d+")
_MARKER = re.compile(r"^(?:[•▪●◦■□➢➤►‣∙·*–-]|\(?[0-9]{1,2}[.)]|\(?[a-zA-Z][.)]|\(?[ivx]{1,4}\)|\d+(?:\.\d+)+\.?)$")
_MID_PHRASE = re.compile(r"(,|\band|\bor|\bof|\bthe|\bto|–|\()$")  # a line that stops mid-phrase
_UNMAPPED = re.compile(r"^\(cid:\d+\)$")
_NUMERIC = re.compile(r"^[-+(]?[£$€]?\d[\d,]*(?:\.\d+)?%?\)?$")


@dataclass
class Word:
    """One word with its box, font size and weight."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


@dataclass
class Row:
    """Words sharing a baseline within one column, left to right."""

    words: list[Word]
    kind: str = "text"
    segs: list[list[Word]] = field(default_factory=list)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def size(self) -> float:
        return Counter(round(w.size, 1) for w in self.words).most_common(1)[0][0]

    @property
    def bold(self) -> bool:
        return all(w.bold for w in self.words)

    @property
    def text(self) -> str:
        return _join(self.words)


@dataclass
class TableBox:
    """A ruled table already turned into tab-separated rows."""

    x0: float
    x1: float
    top: float
    bottom: float
    lines: list[str]


def _join(words: list[Word]) -> str:
    # extract_words splits a word where the font changes; such pieces touch and must not gain a space
    out = ""
    for i, w in enumerate(words):
        if i and w.x0 - words[i - 1].x1 > 0.6:
            out += " "
        out += w.text
    return out


def _segments(words: list[Word]) -> list[list[Word]]:
    segs = [[words[0]]]
    for a, b in zip(words, words[1:]):
        if b.x0 - a.x1 > max(1.4 * a.size, 9.0):
            segs.append([b])
        else:
            segs[-1].append(b)
    return segs


def to_words(raw: list[dict]) -> list[Word]:
    """pdfplumber word dicts (with size and fontname) as Words."""
    out = []
    for w in raw:
        if not w["text"].strip():
            continue
        font = str(w.get("fontname", ""))
        bold = bool(re.search(r"bold|black|heavy|semibold|demi", font, re.I))
        text = "•" if _UNMAPPED.match(w["text"]) else w["text"]  # a glyph without a character: a list bullet
        out.append(Word(text, w["x0"], w["x1"], w["top"], w["bottom"], float(w.get("size", 0) or 0), bold))
    return out


def group_rows(words: list[Word]) -> list[Row]:
    """Cluster words into rows by vertical position (a word joins a row when its middle lies inside it)."""
    rows: list[Row] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        mid = (w.top + w.bottom) / 2
        for r in reversed(rows[-4:]):
            if r.top - 0.5 <= mid <= r.bottom + 0.5:
                r.words.append(w)
                break
        else:
            rows.append(Row([w]))
    for r in rows:
        r.words.sort(key=lambda w: w.x0)
    return rows


# ---------------------------------------------------------------- running headers and footers


def _signature(line: str) -> str:
    return _DIGITS.sub("#", line.strip().lower())


def _is_running(occurrences: list[tuple[int, str]], threshold: int) -> bool:
    """Identical edge lines are running; lines differing only in a number are running only when that number
    follows the page index (a page number), not when it is a per-page figure."""
    if len({t.strip() for _, t in occurrences}) == 1:
        return True
    nums = [(i, [int(n) for n in _DIGITS.findall(t)]) for i, t in occurrences]
    width = min(len(n) for _, n in nums)
    for k in range(width):
        if Counter(n[k] - i for i, n in nums).most_common(1)[0][1] >= threshold:
            return True
    return False


def strip_running(pages: list[list[Word]]) -> list[list[Word]]:
    """Drop words of header and footer rows that repeat on at least half the pages (page numbers aside)."""
    if len(pages) < 3:
        return pages
    edges: list[list[Row]] = []
    seen: dict[str, list[tuple[int, str]]] = {}
    for i, words in enumerate(pages):
        rows = group_rows(words)
        edge = rows[:2] + rows[-2:] if len(rows) > 4 else rows
        edges.append(edge)
        for text in {r.text for r in edge}:
            seen.setdefault(_signature(text), []).append((i, text))
    threshold = max(2, len(pages) // 2)
    running = {s for s, occ in seen.items() if len(occ) >= threshold and _is_running(occ, threshold)}
    out = []
    for words, edge in zip(pages, edges):
        drop = {id(w) for r in edge if _signature(r.text) in running for w in r.words}
        out.append([w for w in words if id(w) not in drop])
    return out


# ---------------------------------------------------------------- ruled tables


def table_box(table, words: list[Word]) -> TableBox:
    """Put each word inside a pdfplumber table into its cell; one tab-separated line per table row."""
    grid: list[list[tuple | None]] = [list(r.cells) for r in table.rows]
    cells: dict[tuple[int, int], list[Word]] = {}
    for w in words:
        cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
        best, dist = (0, 0), float("inf")
        for ri, row in enumerate(grid):
            for ci, box in enumerate(row):
                if box is None:
                    continue
                dx = max(box[0] - cx, 0, cx - box[2])
                dy = max(box[1] - cy, 0, cy - box[3])
                if dx + dy < dist:
                    best, dist = (ri, ci), dx + dy
        cells.setdefault(best, []).append(w)
    lines = []
    for ri, row in enumerate(grid):
        texts = [cell_text(cells.get((ri, ci), [])) for ci in range(len(row))]
        if any(texts):
            lines.append("\t".join(texts).rstrip("\t") if texts[-1] == "" and not any(texts[1:]) else "\t".join(texts))
    x0, top, x1, bottom = table.bbox
    return TableBox(x0, x1, top, bottom, lines)


# where a line ended in a hyphen before a lower-case word: a real hyphen ('mid-year') or a word broken by the
# typesetter ('commu-nity'); resolved once the whole document is read (readers.close_hyphen_breaks)
HYPHEN_BREAK = "\ue000"


def cell_text(words: list[Word]) -> str:
    """A cell's words line by line, wrapped lines joined with a space (hyphen breaks closed up)."""
    return _join_lines([r.text for r in group_rows(words)])


def _join_lines(lines: list[str]) -> str:
    out = ""
    for line in lines:
        if not out:
            out = line
        elif re.search(r"[A-Za-z]-$", out) and line[:1].islower():
            out = out + HYPHEN_BREAK + line  # 'mid-' 'year' or 'commu-' 'nity': the document decides (readers)
        elif re.search(r"[A-Za-z]-$", out) and line[:1].isupper():
            out += line  # 'Multi-' 'Agency': a hyphen before a capital is the word's own
        else:
            out += " " + line
    return out


# ---------------------------------------------------------------- reading order


def _gutter(words: list[Word]) -> float | None:
    """The x of a gutter between two columns of body text, or None for a single-column page."""
    if len(words) < 30:
        return None
    left, right = min(w.x0 for w in words), max(w.x1 for w in words)
    width = right - left
    if width < 200:
        return None
    # a word "covers" a little beyond its edges so that an ordinary word space cannot pass for a gutter
    counts = [(sum(1 for w in words if w.x0 - 4 < x < w.x1 + 4), x) for x in range(int(left + 0.3 * width), int(left + 0.7 * width))]
    low = min(c for c, _ in counts)
    xs = [x for c, x in counts if c == low]
    runs: list[list[int]] = []
    for x in xs:
        if runs and x == runs[-1][-1] + 1:
            runs[-1].append(x)
        else:
            runs.append([x])
    run = max(runs, key=len)
    gx = (run[0] + run[-1]) / 2
    near, wide = 0.08 * width, 0.3 * width
    lrows = group_rows([w for w in words if w.x1 <= gx])
    rrows = group_rows([w for w in words if w.x0 >= gx])
    n_left = sum(1 for r in lrows if r.x1 >= gx - near and r.x1 - r.x0 >= wide)
    n_right = sum(1 for r in rrows if r.x0 <= gx + near)  # a right column of short bullets is still a column
    few_cross = low <= max(3, 0.25 * len(group_rows(words)))
    return gx if few_cross and n_left >= 3 and n_right >= 3 else None


def _two_column_bands(words: list[Word], tables: list[TableBox]) -> list[Row | TableBox] | None:
    """A page with full-width parts and a band set in two columns (no gutter runs the page's height):
    rows printed as two runs split at one place, three or more in a row, are read left then right."""
    if len(words) < 30:
        return None
    rows = group_rows(words)
    left, right = min(w.x0 for w in words), max(w.x1 for w in words)
    lo, hi = left + 0.3 * (right - left), left + 0.7 * (right - left)

    def split_at(r: Row) -> float | None:
        segs = _segments(r.words)
        if len(segs) != 2:
            return None
        b = segs[1][0].x0  # the right column's left edge is where every split row agrees
        return b - 2 if lo <= b <= hi else None

    splits = [split_at(r) for r in rows]
    bands: list[tuple[int, int, float]] = []
    i = 0
    while i < len(rows):
        if splits[i] is None:
            i += 1
            continue
        j, xs = i, []
        while j < len(rows):
            if splits[j] is not None and (not xs or abs(splits[j] - sorted(xs)[len(xs) // 2]) <= 6):
                xs.append(splits[j])
            elif not (xs and (rows[j].x1 <= sorted(xs)[len(xs) // 2] or rows[j].x0 >= sorted(xs)[len(xs) // 2])):
                break  # a row across the gutter ends the band
            j += 1
        if len(xs) >= 3:
            bands.append((i, j, sorted(xs)[len(xs) // 2]))
        i = max(j, i + 1)
    if not bands:
        return None
    out: list[Row | TableBox] = []
    k = 0
    for a, b, gx in bands:
        out.extend(rows[k:a])
        band = [w for r in rows[a:b] for w in r.words]
        lcol = group_rows([w for w in band if w.x1 <= gx])
        rcol = group_rows([w for w in band if w.x0 >= gx])
        _set_right(lcol)
        _set_right(rcol)
        if lcol and rcol:
            rcol[0].turn = True  # type: ignore[attr-defined]  # a paragraph may run on from the left column
        out.extend(lcol + rcol)
        k = b
    out.extend(rows[k:])
    _set_right([r for r in out if isinstance(r, Row) and not hasattr(r, "right")])
    # tables keep their vertical place among the full-width rows
    for t in sorted(tables, key=lambda t: t.top):
        at = next((n for n, e in enumerate(out) if e.top > t.top), len(out))
        out.insert(at, t)
    return out


def _set_right(rows: list[Row]) -> None:
    right = max((r.x1 for r in rows), default=0.0)
    for r in rows:
        r.right = right  # type: ignore[attr-defined]


def reading_order(words: list[Word], tables: list[TableBox], body: float) -> list[Row | TableBox]:
    """Rows and tables of one page in reading order: two-column bands are read left column then right."""
    gx = _gutter(words)
    if gx is None:
        # full-width headings, bold panels and tables cross the gutter: look for it in the prose alone
        # (rows of body-size, regular words in at most two runs: one per column)
        prose = [w for r in group_rows(words) if len(_segments(r.words)) <= 2
                 for w in r.words if abs(w.size - body) <= 0.6 and not w.bold]
        gx = _gutter(prose)
    if gx is None:
        banded = _two_column_bands(words, tables)
        if banded is not None:
            return banded
        rows = group_rows(words)
        _set_right(rows)
        return sorted([*rows, *tables], key=lambda e: e.top)
    full: set[int] = set()
    coarse = group_rows(words)
    near = 0.08 * (max(w.x1 for w in words) - min(w.x0 for w in words))
    # cells on both sides of the gutter in consecutive rows: a full-width table, not two columns of prose
    celled = [len(_segments(r.words)) >= 3 and r.x0 < gx < r.x1 for r in coarse]
    for i, r in enumerate(coarse):
        run = celled[i] and ((i and celled[i - 1]) or (i + 1 < len(coarse) and celled[i + 1]))
        right = [w.x0 for w in r.words if w.x0 >= gx]
        # a right-hand piece far from the gutter (a page number, a far cell) belongs to a full-width line
        far = bool(right) and len(right) < len(r.words) and min(right) > gx + near
        if run or far or any(w.x0 < gx < w.x1 for w in r.words):
            full.update(id(w) for w in r.words)
    sides = [group_rows([w for w in words if id(w) not in full and w.x1 <= gx]),
             group_rows([w for w in words if id(w) not in full and w.x0 > gx and w.x1 > gx])]
    breaks: list[Row | TableBox] = [r for r in group_rows([w for w in words if id(w) in full])]
    kept: list[list[Row | TableBox]] = [[], []]
    for k, rows in enumerate(sides):
        other = sides[1 - k]
        for r in rows:
            styled = r.bold or abs(r.size - body) > 0.6
            alone = not any(o.top < r.bottom + r.size and o.bottom > r.top - r.size for o in other)
            # a styled line just above a full-width table is its caption, read with the table
            caption = styled and any(t.x0 < gx < t.x1 and 0 <= t.top - r.bottom < 3 * r.size for t in tables)
            alone = alone or caption
            (breaks if styled and alone else kept[k]).append(r)
    _set_right([r for r in breaks if isinstance(r, Row)])
    for side in kept:
        _set_right([r for r in side if isinstance(r, Row)])
    for t in tables:
        if t.x1 <= gx + 2:
            kept[0].append(t)
        elif t.x0 >= gx - 2:
            kept[1].append(t)
        else:
            breaks.append(t)
    breaks.sort(key=lambda e: e.top)
    tops = [b.top for b in breaks]
    out: list[Row | TableBox] = []
    for band in range(len(breaks) + 1):
        for k, side in enumerate(kept):
            part = sorted((e for e in side if sum(t < e.top for t in tops) == band), key=lambda e: e.top)
            if k and part and out and isinstance(part[0], Row) and isinstance(out[-1], Row) and out[-1] in kept[0]:
                part[0].turn = True  # type: ignore[attr-defined]  # a paragraph may run on from the left column
            out.extend(part)
        if band < len(breaks):
            out.append(breaks[band])
    return out


# ---------------------------------------------------------------- blocks


def classify(row: Row, body: float) -> str:
    """'cells' (several aligned cells), 'kv' (bold label and value), 'heading' or 'text'."""
    row.segs = _segments(row.words)
    text = row.text
    if len(row.segs) >= 2:
        label, value = row.segs[0], row.segs[-1]
        if len(row.segs) == 2 and (_join(label).endswith(":") or (all(w.bold for w in label) and not all(w.bold for w in value))):
            return "kv"
        return "cells"
    if not re.search(r"[A-Za-z]", text) or len(text) > 200:
        return "text"
    if row.size >= body * 1.15 or (row.bold and len(text) <= 120 and not text.rstrip().endswith((".", ",", ";"))):
        return "heading"
    return "text"


def _cells_lines(rows: list[Row]) -> list[str]:
    """An aligned table without rules: columns from overlapping cell extents, wrapped header rows merged."""
    spans = sorted((s[0].x0, max(w.x1 for w in s)) for r in rows for s in r.segs)
    cols: list[list[float]] = []
    for a, b in spans:
        if cols and a <= cols[-1][1] + 1:
            cols[-1][1] = max(cols[-1][1], b)
        else:
            cols.append([a, b])
    table = []
    for r in rows:
        cells = [""] * len(cols)
        for s in r.segs:
            mid = (s[0].x0 + s[-1].x1) / 2
            k = min(range(len(cols)), key=lambda i: 0 if cols[i][0] <= mid <= cols[i][1] else min(abs(mid - cols[i][0]), abs(mid - cols[i][1])))
            cells[k] = (cells[k] + " " + _join(s)).strip()
        table.append(cells)
    data = next((i for i, c in enumerate(table) if any(_NUMERIC.match(x) for x in c[1:])), 0)
    if 2 <= data <= 3 and (all(r.bold for r in rows[:data]) or not table[1][0]):
        head = [_join_lines([t[k] for t in table[:data] if t[k]]) for k in range(len(cols))]
        table = [head] + table[data:]
    return ["\t".join(c) for c in table]


def _continues(para: list[Row], b: Row, pitch: float) -> bool:
    a, first = para[-1], para[0]
    turn = getattr(b, "turn", False)
    if abs(a.size - b.size) > 0.6 or not (turn or 0 < b.top - a.top <= pitch * 1.2 + 0.5):
        return False
    if len(b.words) > 1 and _MARKER.match(b.words[0].text):
        # a number opening the line starts a numbered item only after a finished sentence:
        # '... 21.7 per 1,000 compared to' / '32.6 per 1,000)' is one sentence
        if re.search(r"[.!?:;)]['’”\"]?$", a.text) or not re.match(r"\d", b.words[0].text) or re.match(r"\d{1,2}\.$", b.words[0].text):
            return False
    anchors = [first.x0] if len(para) == 1 else [a.x0]
    if len(para) == 1 and len(first.words) > 1 and _MARKER.match(first.words[0].text):
        anchors.append(first.words[1].x0)
    if len(para) == 1:
        # 'Label: value' with the value wrapped under itself: the value's left edge is an anchor too
        for k, w in enumerate(first.words[:-1]):
            if w.text.endswith(":"):
                anchors.append(first.words[k + 1].x0)
                break
    indented = len(para) == 1 and 0 < first.x0 - b.x0 <= 36
    if not turn and not indented and min(abs(b.x0 - x) for x in anchors) > 3:
        return False
    if re.search(r"[A-Za-z]-$", a.text) and b.text[:1].islower():
        return True
    if _MID_PHRASE.search(a.text.rstrip()) or a.text.count("(") > a.text.count(")"):
        # a line that stops mid-phrase or inside brackets ('24.9 (excl.' / 'Covid)') goes on, however short
        return True  # a line that stops mid-phrase goes on, however short (a narrow panel wraps early)
    shortfall = getattr(a, "right", a.x1) - a.x1
    return shortfall <= (b.words[0].x1 - b.words[0].x0) + 1.5 * a.size


def render(items: list[Row | TableBox], body: float, pitches: dict[float, float]) -> str:
    """One page's text: blocks separated by blank lines; table rows tab-separated, one line each."""
    blocks: list[str] = []
    kinds = [None if isinstance(e, TableBox) else classify(e, body) for e in items]
    for i, e in enumerate(items):  # a lone wide gap inside a prose line is justification, not a table
        if kinds[i] == "cells" and "cells" not in (kinds[i - 1] if i else None, kinds[i + 1] if i + 1 < len(items) else None):
            if not _NUMERIC.match(_join(e.segs[-1])):
                kinds[i] = "text"
    i = 0
    while i < len(items):
        e, kind = items[i], kinds[i]
        if isinstance(e, TableBox):
            if e.lines:
                blocks.append("\n".join(e.lines))
            i += 1
        elif kind == "cells":
            j = i
            while j < len(items) and kinds[j] == "cells":
                j += 1
            blocks.append("\n".join(_cells_lines(items[i:j])))
            i = j
        elif kind == "kv":
            lines = []
            while i < len(items) and kinds[i] in ("kv", "text"):
                r = items[i]
                if kinds[i] == "kv":
                    label, value = _join(r.segs[0]), _join(r.segs[1])
                    lines.append([label if label.endswith(":") else label + ":", value, r.segs[1][0].x0, r])
                elif abs(r.x0 - lines[-1][2]) <= 3 and 0 < r.top - lines[-1][3].top <= pitches.get(r.size, 1.6 * r.size) * 1.2 + 0.5:
                    lines[-1][1] = _join_lines([lines[-1][1], r.text])
                    lines[-1][3] = r
                else:
                    break
                i += 1
            blocks.append("\n".join(f"{k} {v}" for k, v, _, _ in lines))
        elif kind == "heading":
            group = [e]
            i += 1
            while (i < len(items) and kinds[i] == "heading" and items[i].size == e.size and items[i].bold == e.bold
                   and 0 < items[i].top - group[-1].top <= 1.7 * e.size):
                group.append(items[i])
                i += 1
            blocks.append(_join_lines([r.text for r in group]))
        else:
            para = [e]
            i += 1
            while i < len(items) and (kinds[i] == "text" or (kinds[i] == "heading" and (_MID_PHRASE.search(para[-1].text.rstrip())
                                                                                    or para[-1].text.count("(") > para[-1].text.count(")")))) \
                    and _continues(para, items[i], pitches.get(e.size, 1.45 * e.size)):
                para.append(items[i])
                i += 1
            blocks.append(_join_lines([r.text for r in para]))
    return _join_fields([b for b in blocks if b.strip()])


_FIELD = re.compile(r"^[A-Z][^:\n]{1,60}:\s+\S")


def _join_fields(blocks: list[str]) -> str:
    """Blocks that are each one 'Label: value' line form one panel: printed as consecutive lines."""
    out = ""
    for k, b in enumerate(blocks):
        if k:
            prev = blocks[k - 1]
            panel = "\n" not in prev and "\n" not in b and _FIELD.match(prev) and _FIELD.match(b)
            out += "\n" if panel else "\n\n"
        out += b
    return out


def line_pitches(pages: list[list[Row | TableBox]]) -> dict[float, float]:
    """The usual distance between baselines of consecutive body lines, per font size."""
    seen: dict[float, list[float]] = {}
    for items in pages:
        for a, b in zip(items, items[1:]):
            if isinstance(a, Row) and isinstance(b, Row) and a.size == b.size and a.x0 - 3 <= b.x0 <= a.x0 + 3:
                d = b.top - a.top
                if 0.95 * a.size <= d <= 2.2 * a.size:
                    seen.setdefault(a.size, []).append(round(d, 1))
    return {s: Counter(v).most_common(1)[0][0] for s, v in seen.items() if len(v) >= 3}
