"""Layout readers for generic table detection: lines, cell shapes and one reader per text layout."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.text import FOOTNOTE_MARKS, Line

_NUM = r"[(]?[+\-\u2212\u2013]?[£$€]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:%|pp|p|k|m|bn)?[)]?"
_MARK = f"[{FOOTNOTE_MARKS}]*"
_NUMERIC = re.compile(rf"^{_NUM}{_MARK}$", re.I)
# a number followed by a short lowercase or bracketed qualifier: "238.7 (2017-18)", "70.7 per 1,000 residents"
_NUMBER_LED = re.compile(rf"^{_NUM}{_MARK}\s+(?:\(|[a-z]).{{0,30}}$")
_NULLS = {"n/a", "na", "-", "--", "..", "...", "*", "–", "—", "x", "n.a.", "nil", "tbc", "c"}
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_RULE = re.compile(r"^\s*(?:(?:[-=_\u2013\u2014]\s*){3,}|\+(?:[-=:]{2,}\+)+\s*)$")  # (and a grid table's border)
_DOT_LEADER = re.compile(r"(?:\.\s?){4,}\s*\d+\s*$|…\s*\d+\s*$")
_BULLET = re.compile(r"^\s*(?:[-*•\u2013\u2014▪●o]\s+|\(?[a-z]\)\s+|\(?[ivx]+\)\s+)")
_PIPE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
# a grid table's border: '+=====+=====+', '+-----+-----+'
_GRID = re.compile(r"^\s*\+(?:[-=:]{2,}\+)+\s*$")
_MULTI_GAP = re.compile(r"\S {2,}\S")
_PHRASE = re.compile(r"\S+(?: \S+)*")
_WORD = re.compile(r"\S+")
_KV = re.compile(r"^(\s*)([A-Za-z][^:\t|]{0,48}?)\s*:\s+(\S.*?)\s*$")


@dataclass
class Block:
    """A table candidate read from one layout, before titles, notes and row kinds are worked out."""

    layout: str
    first: int
    last: int
    header: list[str]
    rows: list[tuple[list[str], int, int]] = field(default_factory=list)
    explicit: bool = False


def is_numeric(cell: str) -> bool:
    """Whether a cell is a plain number (count, rate, signed change, percentage), footnote markers allowed."""
    return bool(_NUMERIC.match(cell.replace(" ", ""))) if len(cell) < 40 else False


def is_null(cell: str) -> bool:
    """Whether a cell is a missing-value marker such as n/a, '-' or '..'."""
    return cell.strip().lower() in _NULLS


def is_numberish(cell: str) -> bool:
    """Whether a cell is a number, a missing-value marker, or a number with a short qualifier."""
    cell = cell.strip()
    return bool(cell) and (is_numeric(cell) or is_null(cell) or bool(_NUMBER_LED.match(cell)))


def is_rule(text: str) -> bool:
    """Whether a line is a horizontal rule of dashes, equals signs or underscores (tabs allowed)."""
    return bool(_RULE.match(text.replace("\t", " "))) and bool(text.strip())


def is_contents_line(text: str) -> bool:
    """Whether a line is a contents entry with a dot leader before the page number."""
    return bool(_DOT_LEADER.search(text))


def is_bullet(text: str) -> bool:
    """Whether a line starts with a list bullet."""
    return bool(_BULLET.match(text))


def is_data_cells(cells: list[str]) -> bool:
    """Whether split cells form a data row: a value after the label that is number-like, not only years."""
    rest = [c for c in cells[1:] if c]
    if not any(is_numberish(c) for c in rest):
        return False
    # a line whose numbers are all years ("Offence  2014  2015  % change") heads a table rather than filling it
    numbers = [c for c in rest if is_numberish(c)]
    return not (len(numbers) >= 1 and all(_YEAR.match(c) for c in numbers) and len(cells) >= 3)


def _gap_cells(text: str) -> list[str]:
    return [c for c in re.split(r"\s{2,}", text.strip()) if c]


def read_pipe(lines: list[Line], used: list[bool]) -> list[Block]:
    """Pipe and markdown tables, with or without the |---| line and outer pipes."""
    blocks, i, n = [], 0, len(lines)
    while i < n:
        j = i
        while j < n and not used[j] and ("|" in lines[j].text or _GRID.match(lines[j].text)) and not lines[j].blank:
            j += 1
        if j - i >= 3 or (j - i >= 2 and any(_PIPE_SEP.match(lines[k].text) for k in range(i, j))):
            block = _pipe_block(lines, i, j - 1)
            if block:
                blocks.append(block)
        i = max(j, i + 1)
    return blocks


def _pipe_cells(text: str) -> list[str]:
    body = text.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|"):
        body = body[:-1]
    return [c.strip() for c in re.split(r"(?<!\\)\|", body)]


def _pipe_block(lines: list[Line], first: int, last: int) -> Block | None:
    header: list[str] = []
    rows, explicit = [], False
    top = first
    while top <= last and _GRID.match(lines[top].text):
        top += 1  # (a grid table's top border)
    for k in range(first, last + 1):
        text = lines[k].text
        if _PIPE_SEP.match(text) or _GRID.match(text):
            explicit = explicit or k == top + 1
            continue
        cells = _pipe_cells(text)
        if k == top and k < last and (_PIPE_SEP.match(lines[k + 1].text) or _GRID.match(lines[k + 1].text)
                                      or not is_data_cells(cells)):
            header = cells
            continue
        rows.append((cells, lines[k].start, lines[k].end))
    if len(rows) < 2:
        return None
    return Block("pipe", first, last, header, rows, explicit=explicit and bool(header))


def read_tab(lines: list[Line], used: list[bool]) -> list[Block]:
    """Tab-separated tables: header line(s) without numbers, then rows."""
    blocks, i, n = [], 0, len(lines)
    while i < n:
        j = i
        while j < n and not used[j] and not lines[j].blank and (
                "\t" in lines[j].text or (j > i and _sandwiched_label(lines, used, j))):
            j += 1
        if j - i >= 2:
            block = _tab_block(lines, i, j - 1)
            if block:
                blocks.append(block)
        i = max(j, i + 1)
    return blocks


def _sandwiched_label(lines: list[Line], used: list[bool], j: int) -> bool:
    # PDF extraction sometimes drops the tabs of one row; a short line between tab rows still belongs to the table
    return (j + 1 < len(lines) and not used[j + 1] and "\t" in lines[j + 1].text
            and len(lines[j].text.strip()) <= 60 and not is_rule(lines[j].text))


def _head_lines(lines: list[Line], first: int, last: int) -> list[tuple[int, list[str]]]:
    """The block's non-rule lines with their cells (trailing empty cells dropped)."""
    out = []
    for k in range(first, last + 1):
        if is_rule(lines[k].text):
            continue
        cells = [c.strip() for c in lines[k].text.split("\t")]
        while cells and not cells[-1]:
            cells.pop()
        out.append((k, cells))
    return out


def _tab_block(lines: list[Line], first: int, last: int) -> Block | None:
    heads: list[list[str]] = []
    rows = []
    for k, cells in _head_lines(lines, first, last):
        data = is_data_cells(cells)
        # a second header line must fill a column beyond the label, or it is a label-only row
        if not rows and not data and len(heads) < 3 and (not heads or any(cells[1:])):
            heads.append(cells)
            continue
        rows.append((cells, lines[k].start, lines[k].end))
    if len(heads) >= 2 and not any(is_data_cells(c) for c, _, _ in rows):
        # a grid of words only (no line holds a number): its first line is the header, the rest are rows
        rows = [(cells, lines[k].start, lines[k].end) for k, cells in _head_lines(lines, first, last)[1:]]
        heads = heads[:1]
    if len(rows) < 2:
        return None
    header = merge_header_lines(heads)
    # tab stops are explicit cell borders: a table of words (a projects grid) is still a table
    # (three columns or more, so a two-column glossary or a contents list of 'Page N' stays prose)
    width = sum(1 for h in header if h)
    # two columns of words only when the header reads as column names (short, each starting a capital),
    # so a glossary's first entry ('ASB  Anti-social behaviour') does not pass for a header
    named = width == 2 and len(rows) >= 3 and all(len(h) <= 30 and h[:1].isupper() and not h.isupper() for h in header if h)
    explicit = ((width >= 3 or named) and all(len(c) >= width for c, _, _ in rows)
                and not any(re.match(r"(?i)^page\s+\d+", x) for c, _, _ in rows for x in c))
    return Block("tab", first, last, header, rows, explicit=explicit)


def merge_header_lines(heads: list[list[str]]) -> list[str]:
    """Merge a header printed on several lines cell by cell."""
    width = max((len(h) for h in heads), default=0)
    return [" ".join(h[c] for h in heads if c < len(h) and h[c]) for c in range(width)]


def read_keyvalue(lines: list[Line], used: list[bool]) -> list[Block]:
    """Runs of three or more 'Label: value' lines, with indented continuation lines folded into the value."""
    blocks, i, n = [], 0, len(lines)
    while i < n:
        rows: list[tuple[list[str], int, int]] = []
        j = i
        while j < n:
            m = _kv_match(lines[j], used[j])
            if not m:
                break
            indent, label, value = len(m.group(1)), m.group(2).strip(), m.group(3)
            start, end = lines[j].start, lines[j].end
            j += 1
            while (j < n and not used[j] and not lines[j].blank and not _kv_match(lines[j], used[j])
                   and _indent(lines[j].text) > indent and "\t" not in lines[j].text):
                value, end = value + " " + lines[j].text.strip(), lines[j].end
                j += 1
            rows.append(([label, value], start, end))
        if len(rows) >= 3:
            blocks.append(Block("keyvalue", i, j - 1, ["field", "value"], rows))
        i = max(j, i + 1)
    return blocks


def _kv_match(line: Line, used: bool):
    text = line.text
    if used or line.blank or "\t" in text or "|" in text or is_bullet(text) or is_contents_line(text):
        return None
    m = _KV.match(text)
    if not m or len(m.group(2).split()) > 6:
        return None
    return m


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def read_space(lines: list[Line], used: list[bool]) -> list[Block]:
    """Space-aligned columns: gutters are runs of 2+ positions blank in every data line of the block."""
    blocks, i, n = [], 0, len(lines)
    while i < n:
        if not _space_data(lines[i], used[i]):
            i += 1
            continue
        body = [i]
        j = i + 1
        while j < n:
            if _space_data(lines[j], used[j]):
                body.append(j)
            elif not (j + 1 < n and _space_data(lines[j + 1], used[j + 1]) and _inner_label(lines[j], used[j])):
                break
            j += 1
        block = _space_block(lines, used, body, j - 1)
        if block:
            blocks.append(block)
        i = j
    return blocks


def _space_data(line: Line, used: bool) -> bool:
    text = line.text
    if used or line.blank or "\t" in text or is_rule(text) or is_contents_line(text) or is_bullet(text):
        return False
    if not _MULTI_GAP.search(text.strip()):
        return False
    cells = _gap_cells(text)
    # 'Label:   value' lines belong to key/value blocks, not to column tables
    return len(cells) >= 2 and not cells[0].endswith(":") and is_data_cells(cells)


def _inner_label(line: Line, used: bool) -> bool:
    text = line.text
    return (not used and not line.blank and "\t" not in text and not is_rule(text)
            and len(text.strip()) <= 60 and not _MULTI_GAP.search(text.strip()))


def _columns(texts: list[str]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    width = max(len(t) for t in texts)
    blank = [True] * width
    for t in texts:
        for p, ch in enumerate(t):
            if ch != " ":
                blank[p] = False
    runs, p = [], 0
    while p < width:
        q = p
        while q < width and blank[q] == blank[p]:
            q += 1
        runs.append((p, q, blank[p]))
        p = q
    spans: list[tuple[int, int]] = []
    gutters: list[tuple[int, int]] = []
    join = False
    for a, b, is_blank in runs:
        if is_blank:
            # a single blank position is a space inside a label, so the spans either side are one column
            join = bool(spans) and b - a < 2
            if spans and b - a >= 2:
                gutters.append((a, b))
        elif join:
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return spans, gutters


def assign_phrases(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """Cells of a line that does not follow the gutters (header, label-only row), by column overlap."""
    cells: list[list[str]] = [[] for _ in spans]
    for m in _PHRASE.finditer(text):
        hits = [c for c, (a, b) in enumerate(spans) if min(b, m.end()) > max(a, m.start())]
        pieces = [m] if len(hits) <= 1 else list(_WORD.finditer(text, m.start(), m.end()))
        for w in pieces:
            cells[_best_column(w.start(), w.end(), spans)].append(w.group())
    return [" ".join(c) for c in cells]


def _best_column(a: int, b: int, spans: list[tuple[int, int]]) -> int:
    def score(c: int) -> tuple[int, int]:
        s, e = spans[c]
        overlap = min(b, e) - max(a, s)
        return (overlap, -max(s - b, a - e, 0) * 2 + (1 if s >= b else 0))
    return max(range(len(spans)), key=score)


def _crosses(text: str, gutters: list[tuple[int, int]]) -> int:
    return max((sum(1 for g0, g1 in gutters if m.start() <= g0 and m.end() >= g1)
                for m in _PHRASE.finditer(text)), default=0)


def _space_block(lines: list[Line], used: list[bool], body: list[int], last: int) -> Block | None:
    if len(body) < 2:
        return None
    first_body = body[0]
    texts = [lines[k].text for k in body]
    spans, gutters = _columns(texts)
    if len(spans) < 2:
        return None
    heads: list[str] = []
    first = first_body
    k, seen_rule = first_body - 1, False
    while k >= 0 and len(heads) < 3 and not used[k] and not lines[k].blank and "\t" not in lines[k].text:
        text = lines[k].text
        if is_rule(text):
            if heads or seen_rule:
                first = k
                break
            seen_rule, first = True, k
            k -= 1
            continue
        if _space_data(lines[k], False) or _crosses(text, gutters) >= 2 or is_bullet(text):
            break
        heads.insert(0, text)
        first = k
        k -= 1
    rows: list[tuple[list[str], int, int]] = []
    in_body = set(body)
    for k in range(first_body, last + 1):
        line = lines[k]
        cells = ([line.text[a:b].strip() for a, b in spans] if k in in_body
                 else assign_phrases(line.text, spans))
        if k not in in_body and rows and cells[0][:1].islower():
            # a wrapped label: fold it into the row above and widen that row's span
            prev, start, _ = rows[-1]
            prev[0] = (prev[0] + " " + cells[0]).strip()
            rows[-1] = (prev, start, line.end)
            continue
        rows.append((cells, line.start, line.end))
    end_line = last + 1 if last + 1 < len(lines) and is_rule(lines[last + 1].text) else last
    header = merge_header_lines([assign_phrases(h, spans) for h in heads]) if heads else [""] * len(spans)
    return Block("space", first, end_line, header, rows)
