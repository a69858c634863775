"""Question answering over any table a retrieved passage prints, whatever its template.

Tables are read from the passage text itself (tab, pipe or space-aligned cells), so a layout
or measure the vocabulary has never seen still answers: the table is chosen by how well its
title, header and section match the question, the column by its header, the rows by their
labels; then a named operation runs (look up, rank, share, ratio, count above, change).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ..retrieval.hybrid import Retrieved
from ..retrieval.lexical import TermWeights, terms
from ..text import FOOTNOTE_MARKS, MONTH, TABLE_LABEL as _TABLE_LABEL, full_years as _full_years, quoted, split_lines
from ..types import Figure

_PIPE_RULE = re.compile(r"^\s*[|+]?\s*:?-{2,}")
# a rule: dashes, equals signs or underscores, and a grid table's border ('+=====+=====+', '+-----+-----+')
_RULE = re.compile(r"^\s*(?:[-=_]{4,}|\+(?:[-=:]{2,}\+)+)\s*$")
_NUM = re.compile(r"^[(£]?([-+−–]?\d[\d,]*(?:\.\d+)?)\s*(%|[a-z]{0,2})?[" + FOOTNOTE_MARKS + r"]*\)?$", re.I)
# Words that mark a row as an aggregate or a comparator rather than one of the areas ranked.
_AGGREGATE = re.compile(r"^\s*(total|all|overall|other|rest of|remainder|csp|cdrp|partnership|sub-?totals?)\b|"
                        r"^\s*(top|bottom)\s+(\d+|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\b|\b(total|average|mean|force|england|wales|national|region|county(?!\s+lines)|msg|"
                        r"similar|whole|borough rate|district rate|family group|peer group|welsh)\b", re.I)
# a total of some of a table's rows ('Subtotal Bradford West'): a whole for its rows, a part of the table's total
SUBTOTAL = re.compile(r"^\s*sub-?totals?\b", re.I)
_KIND_SUFFIX = re.compile(r"\s+(csp|cdrp|borough|district|city|council|partnership|borough council|district council)$")
# a ranking by how much something moved: 'the biggest rise', 'which fell most'
_MOVEMENT = re.compile(r"\b(rises?|rose|risen|increases?d?|falls?|fell|fallen|drops?|dropped|decreases?d?|reductions?|"
                       r"growth|grew|went up|gone up|went down|change[sd]?)\b", re.I)
_FALLING = re.compile(r"\b(falls?|fell|fallen|drops?|dropped|decreases?d?|reductions?|went down)\b", re.I)
_WHOLE_AREA = re.compile(r"\b(all|total|district|borough|city|county|overall|area|csp|partnership|average|rate)\b", re.I)
_RATE_HEAD = re.compile(r"\b(rate|per\b|per\s|%|share|proportion|percent)|(?<!\d)/\s*\d[\d,]*k?\b", re.I)  # ("Burg. /10k", not "2015/16")
_CHANGE_HEAD = re.compile(r"\b(change|difference|diff|trend|\+/-)\b|%\s*ch", re.I)
_COUNT_CUE = re.compile(r"\b(how many(?! times)|number of|count|most (offences|crimes|incidents))\b", re.I)
_RATE_CUE = re.compile(r"\b(rates?|per\s*1,?000|per\s*10,?000|per head|per capita)\b", re.I)
_HIGH = re.compile(r"\b(highest|most|worst|top|biggest|largest|greatest|hot\s?spots?|high(est)?)\b", re.I)
_LOW = re.compile(r"\b(lowest|least|fewest|smallest|bottom|best)\b", re.I)
_TOPN = re.compile(r"\btop\s+(\d+|three|five|ten|two|four)\b", re.I)
_SHARE = re.compile(r"\b(share|proportion|what percentage|what per ?cent)\b|(?<!\d)\s?%\s*of\b|\bwhat\s*%", re.I)
_TIMES = re.compile(r"\b(how many times|times (the|higher|greater|as high)|(a |as a )?multiple of|ratio (of|to)|as a ratio)\b",
                    re.I)
_ABOVE = re.compile(r"\b(above|higher than|more than|over|exceed\w*)\b", re.I)
_WORDS_N = {"two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}
_YEAR_HEAD = re.compile(r"(?<!\d)(19|20)\d{2}(?:\s*[-/–]\s*\d{2,4})?|\b(apr|jan)[a-z]*\b.*\d{2}", re.I)


def number(cell: str) -> float | None:
    """A cell's value: thousands separators, signs, % and footnote markers removed; None if not a number."""
    m = _NUM.match(cell.strip().replace("−", "-").replace("–", "-"))
    if not m:
        return None
    try:
        return float(m.group(1).replace(",", "").replace("−", "-").replace("–", "-"))
    except ValueError:
        return None


def split_cells(line: str) -> list[str]:
    """A printed line's cells: tab-separated, pipe-separated or split on runs of two or more spaces."""
    if "\t" in line:
        return [c.strip() for c in line.strip("\n").split("\t")]
    body = line.strip()
    if body.count("|") >= 2 or re.search(r"\S \| \S", body):
        # 'Lambeth | 105.8': a two-column table printed with one bar between the cells
        return [c.strip() for c in body.strip("|").split("|")]
    return [c.strip() for c in re.split(r"\s{2,}", body)]


_TABLE_LABEL_ANYWHERE = re.compile(r"\b(?:table|figure|chart)\s+[A-Z]?\d+(?:\.\d+)*[a-z]?\b", re.I)


@dataclass
class Row:
    """One printed row: its label, cells, values and the span of its line in the chunk."""

    label: str
    cells: list[str]
    values: list[float | None]
    start: int
    end: int
    aggregate: bool = False


@dataclass
class TableView:
    """A table read from a passage: title lines, header cells and rows."""

    hit: Retrieved
    title: str
    header: list[str]
    rows: list[Row] = field(default_factory=list)
    start: int = 0  # document offsets of the header's first line and the last row's end
    end: int = 0
    stacked: bool = False  # printed one cell per line

    @property
    def caption(self) -> str:
        """The title as prose names it: without its 'Table 3:' label, whose number is no figure of the answer."""
        title = self.title
        labels = list(_TABLE_LABEL_ANYWHERE.finditer(title))
        if labels:
            title = title[labels[-1].start() :]  # 'Source: ... 2014. Table 4.2 Rates ...': the table's own title
        title = re.sub(r"(?:\s+\(?(?:19|20)\d{2}[/-]\d{2,4}\)?){2,}\s*$", "", title)  # a header's stray period cells
        title = _TABLE_LABEL.sub("", title).strip()
        # a note in brackets that ends the title and holds a number ('(MSG position: 1st = lowest rate)') is left
        # out whole, not as a note with a hole in it
        note = re.search(r"\s*\(([^()]*)\)\s*$", title)
        if note and re.search(r"\d", re.sub(r"(?:19|20)\d{2}(?:\s*[-–/]\s*\d{2,4})?|\bper\s+\d[\d,]*", " ", note.group(1))):
            title = title[: note.start()]
        # a number in a title that is no year, period or 'per 1,000' is no figure of the answer either ('April 202-
        # March 2023', a typo): it is left out, so the line quoting the title states only figures its row prints
        kept = [m.span() for m in re.finditer(r"(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?|\bper\s+\d[\d,]*", title)]
        out, at = [], 0
        for m in re.finditer(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?![\w])", title):
            if any(a <= m.start() < b for a, b in kept):
                continue
            out.append(title[at : m.start()])
            at = m.end()
        title = "".join(out) + title[at:]
        return re.sub(r"\s{2,}", " ", re.sub(r"\(\s*\)", "", title)).strip()

    def numeric_columns(self) -> list[int]:
        """Columns (after the label) where most rows hold a number, or a number or a cell left out ('*', 'n/a')."""
        cols = []
        for j in range(1, len(self.header)):
            vals = [r.values[j] for r in self.rows if j < len(r.values)]
            held = sum(v is not None for v in vals)
            left_out = sum(1 for r in self.rows if j < len(r.cells) and r.values[j] is None
                           and MISSING_CELL.match(r.cells[j].strip()))
            if vals and held >= 1 and held + left_out >= max(1, len(vals) * 0.6) and held >= len(vals) * 0.25:
                cols.append(j)
        return cols


_PERIOD_CELL = re.compile(r"^((19|20)\d{2}([-/–](\d{2}|\d{4}))?|[A-Z][a-z]{2}[-–][A-Z][a-z]{2} \d{4})$")


def _period_header(cells: list[str]) -> bool:
    """A header naming periods ('2014 | 2015 | % change'): its numbers are all years."""
    nums = [c for c in cells[1:] if number(c) is not None]
    return bool(nums) and all(_PERIOD_CELL.match(c.strip()) for c in nums)


def _continue_row(rows: list[Row], cells: list[str], end: int) -> None:
    """Join a line whose first cell is empty to the row above it, cell by cell (a wrapped row)."""
    last = rows[-1]
    width = max(len(last.cells), len(cells))
    joined = [f"{(last.cells[k] if k < len(last.cells) else '')} {(cells[k] if k < len(cells) else '')}".strip()
              for k in range(width)]
    rows[-1] = Row(joined[0], joined, [number(c) for c in joined], last.start, end, last.aggregate)


def _continue_header(lines, j: int, head: list[str]) -> list[str]:
    """Join a wrapped header line's words to the header cell above them (by column position)."""
    k = j - 1
    while k >= 0 and not lines[k][3]:
        k -= 1
    if k < 0 or len(lines[k][3]) != len(head):
        return head
    above = lines[k][2]
    starts, pos = [], 0
    for cell in lines[k][3]:
        at = above.find(cell, pos)
        starts.append(at)
        pos = at + len(cell)
    line = lines[j][2]
    col = len(line) - len(line.lstrip())
    target = max((i for i, st in enumerate(starts) if 0 <= st <= col), default=None)
    if target is None:
        return head
    out = list(head)
    out[target] = f"{out[target]} {line.strip()}"
    return out


_CELL_SPAN = re.compile(r"\S+(?: \S+)*")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _header_fragment(lines, j: int) -> bool:
    """A line of a header whose cells are wrapped over several lines ('ASB   1,000   borough' between 'Rate per
    Times' and 'Rank  Ward  incidents  pop.  rate'): set far right of where the table's rows start, with the
    next line of cells starting well left of it."""
    line = lines[j][2]
    if _indent(line) < 12:
        return False
    for k in range(j + 1, min(j + 4, len(lines))):
        nxt = lines[k][2]
        if not nxt.strip():
            continue
        return len(lines[k][3]) >= 2 and _indent(nxt) + 8 <= _indent(line)
    return False


def _header_by_position(head_lines: list[str], row_line: str, width: int) -> list[str] | None:
    """A header printed over several lines, its words joined column by column by where they stand above the
    first row's cells; None unless at least one line is a wrapped fragment (set well right of the rows)."""
    if len(head_lines) < 2 or not row_line or not any(_indent(h) >= 12 for h in head_lines):
        return None
    cols = [(m.start(), m.end()) for m in _CELL_SPAN.finditer(row_line)]
    # cells run together by single spaces stay one; the row's cell count must be the table's
    if len(cols) != width:
        return None
    out = [""] * width
    for h in head_lines:
        for m in _CELL_SPAN.finditer(h):
            a, b = m.start(), m.end()
            overlap = [max(0, min(b, y) - max(a, x)) for x, y in cols]
            best = max(range(width), key=lambda c: (overlap[c], -abs((a + b) / 2 - sum(cols[c]) / 2)))
            out[best] = f"{out[best]} {m.group(0)}".strip()
    return out


# a cell left out of a table of figures: suppressed small numbers ('*', 'c', '[x]'), not available, none
MISSING_CELL = re.compile(r"^(\*+|n/?a|n\.a\.|-|–|—|\.\.|…|:|x|c|s|\[[a-z]\]|no data|not available)$", re.I)


def _labels_group(line: str, following: str) -> bool:
    """A short line of one cell over indented rows of figures ('East constituency' above its wards): it names a
    group of a table's rows and does not end the table."""
    body = line.strip()
    return (bool(body) and len(body) <= 60 and number(body) is None and not line[:1].isspace()
            and not body.endswith((".", ":")) and following[:1].isspace() and _is_cells(following)
            and _has_values(split_cells(following)))


def _group_label(lines, j: int, width: int) -> bool:
    """A group's label inside a table whose next row has the table's width."""
    nxt = next((ln for ln in lines[j + 1 : j + 3] if ln[2].strip()), None)
    return nxt is not None and len(nxt[3]) == width and _labels_group(lines[j][2], nxt[2])


def _has_values(cells: list[str]) -> bool:
    """A row of figures: a number after its label, or only numbers and cells left out ('Beltinge  *  n/a')."""
    rest = [c for c in cells[1:] if c.strip()]
    if any(number(c) is not None for c in rest):
        return True
    return bool(rest) and bool(re.search(r"[A-Za-z]{2}", cells[0])) and all(MISSING_CELL.match(c.strip()) for c in rest)


def _is_cells(line: str) -> bool:
    return bool(line.strip()) and len(split_cells(line)) >= 2 and not _PIPE_RULE.match(line) and not _RULE.match(line)


def _line_at(doc: str, a: int) -> str:
    b = doc.find("\n", a)
    return doc[a : len(doc) if b < 0 else b]


def _in_table(line: str, following: str) -> bool:
    """A line of a table: cells, or a group's label over its indented rows ('East constituency')."""
    return _is_cells(line) or _labels_group(line, following)


def _widen(doc: str, start: int, end: int, limit: int = 80) -> tuple[int, int]:
    """The passage's span widened to whole tables when it starts or ends inside one (a long table split into parts)."""
    a = doc.rfind("\n", 0, start) + 1
    first = _line_at(doc, a)
    if _in_table(first, _line_at(doc, a + len(first) + 1)):
        for _ in range(limit):
            if a == 0:
                break
            prev_a = doc.rfind("\n", 0, a - 1) + 1
            prev = doc[prev_a : a - 1]
            if not (_in_table(prev, _line_at(doc, a)) or _PIPE_RULE.match(prev) or _RULE.match(prev)):
                if not prev.strip() and prev_a > 0:  # a caption may stand one blank line above
                    prev_a = doc.rfind("\n", 0, prev_a - 1) + 1
                    prev = doc[prev_a : doc.find("\n", prev_a)]
                if prev.strip() and len(prev) < 160 and not prev.rstrip().endswith(".") and not _is_cells(prev):
                    a = prev_a  # the title line above the table (not the last row of the part before a page turn)
                break
            a = prev_a
    b = end
    last_a = doc.rfind("\n", 0, max(start, end - 1)) + 1
    last = doc[last_a:end].strip()
    caption = bool(last) and len(last) < 160 and not last.endswith(".")
    if caption and not _is_cells(last):
        # a caption at the end of the passage: the table it introduces follows in the document
        m = re.compile(r"\n[ \t]*\n?").match(doc, end)
        nxt_start = m.end() if m else end + 1
        nxt_end = doc.find("\n", nxt_start)
        nxt_end = len(doc) if nxt_end < 0 else nxt_end
        if _is_cells(doc[nxt_start:nxt_end]):
            b = nxt_end
            last_a = nxt_start
    if _is_cells(doc[last_a:b]):
        for _ in range(limit):
            nl = doc.find("\n", b)
            if nl < 0:
                break
            nxt_end = doc.find("\n", nl + 1)
            nxt_end = len(doc) if nxt_end < 0 else nxt_end
            if not _in_table(doc[nl + 1 : nxt_end], _line_at(doc, nxt_end + 1) if nxt_end < len(doc) else ""):
                break
            b = nxt_end
    return a, b


def read_tables(hit: Retrieved, partnership: str | None = None, doc: str | None = None) -> list[TableView]:
    """Every table printed in a retrieved passage: header line(s) plus rows of cells with numbers.

    With the document's text, a passage that holds part of a long table is read with the whole table.
    Lines of cells without numbers before the first row are header candidates: the ones with as many
    cells as the rows (merged cell by cell when a header is printed on two lines) are the header,
    the rest the title. Row offsets are offsets in the document.
    """
    base = hit.chunk.start
    text = hit.chunk.text
    if doc is not None and doc[hit.chunk.start : hit.chunk.end] == text:
        base, end = _widen(doc, hit.chunk.start, hit.chunk.end)
        text = doc[base:end]
    lines = []
    for ln in split_lines(text):
        line = ln.text
        cells = split_cells(line) if line.strip() and not (_PIPE_RULE.match(line) or _RULE.match(line)) else []
        lines.append((base + ln.start, base + ln.end, line, cells))
    out: list[TableView] = []
    i = 0
    while i < len(lines):
        if len(lines[i][3]) < 2:
            i += 1
            continue
        heads: list[list[str]] = []
        head_spans: list[tuple[int, int, str]] = []
        first_row_line = ""
        rows: list[Row] = []
        j = i
        table_start = lines[i][0]
        while j < len(lines):
            a, b, line, cells = lines[j]
            if not line.strip() or not cells:
                blank_run = not line.strip()
                if rows and (not blank_run or j + 1 >= len(lines) or len(lines[j + 1][3]) < 2):
                    break
                j += 1
                continue
            if len(cells) < 2:
                if not rows and heads and len(cells) == 1 and line[:1].isspace():
                    heads[-1] = _continue_header(lines, j, heads[-1])  # a header cell wrapped onto the next line
                    j += 1
                    continue
                if heads and _group_label(lines, j, len(heads[-1])):
                    j += 1  # 'Bradford East constituency' over the wards it groups: the table goes on
                    continue
                break
            if rows and heads and cells == heads[0]:
                j += 1
                continue  # the header repeated after a page turn
            filled = [c for c in cells if c.strip()]
            if not rows and (_header_fragment(lines, j) or ("\t" in line and not cells[0].strip() and len(cells) >= 3
                                                             and (len(filled) < len(cells) - 1
                                                                  or sum(1 for c in filled if number(c) is None)
                                                                  > len(filled) / 2))):
                # (a tab-separated header line whose first cells are empty: the upper lines of wrapped headers,
                # mostly words where a row holds figures)
                heads.append(cells)  # a header cell wrapped over lines ('Rate per' / '1,000' / 'pop.')
                head_spans.append((a, b, line))
            elif _has_values(cells) and not (not rows and _period_header(cells)):
                if not rows:
                    first_row_line = line
                lead = len(line) - len(line.lstrip())
                rows.append(Row(cells[0], cells, [number(c) for c in cells], a + lead, b - (len(line) - len(line.rstrip()))))
            elif rows and not cells[0]:
                _continue_row(rows, cells, b - (len(line) - len(line.rstrip())))  # a row's cells wrapped onto a line
            elif rows:
                break
            else:
                heads.append(cells)
                head_spans.append((a, b, line))
            j += 1
        if not rows and len(heads) >= 3 and all(len(h) >= 3 for h in heads):
            # a grid of words (who leads on what, projects and owners): its first line heads it
            for (a, b, line), cells in zip(head_spans[1:], heads[1:]):
                if not cells[0] and rows:
                    _continue_row(rows, cells, b - (len(line) - len(line.rstrip())))
                else:
                    lead = len(line) - len(line.lstrip())
                    rows.append(Row(cells[0], cells, [number(c) for c in cells], a + lead, b - (len(line) - len(line.rstrip()))))
            heads = heads[:1]
        if not rows:
            i = max(j, i + 1)
            continue
        width = max(set(len(r.cells) for r in rows), key=lambda w: sum(1 for r in rows if len(r.cells) == w))
        widest = max(len(r.cells) for r in rows)
        header: list[str] = []
        title_parts: list[str] = []
        for h in heads:
            if len(h) == width - 1:
                h = [""] + h  # a blank first header cell printed as nothing
            if width <= len(h) <= max(widest, width) and not header:
                header = list(h)  # a last column most rows leave empty ('Status') still belongs to the header
            elif len(h) == len(header) and header:
                header = [f"{x} {y}".strip() for x, y in zip(header, h)] if header else list(h)
            else:
                title_parts.append(" ".join(h))
        if not header:
            header = [""] * width
        # the header's own lines: the run printed straight above the first row, without a blank line or a caption
        block: list[tuple[int, int, str]] = []
        for a, b, line in reversed(head_spans):
            if block and b + 1 < block[0][0] or _TABLE_LABEL.match(line.strip()):
                break
            block.insert(0, (a, b, line))
        stacked_header = _header_by_position([line for _, _, line in block], first_row_line, width) \
            if block and rows else None
        if stacked_header:
            header = stacked_header
            title_parts = [" ".join(split_cells(line)) for _, _, line in head_spans[: len(head_spans) - len(block)]]
        k = i - 1
        above: list[str] = []
        while k >= 0 and len(above) < 2:
            t = lines[k][2].strip()
            if t and (_RULE.match(t) or _PIPE_RULE.match(t)):
                k -= 1
                continue  # a rule line framing the table
            if t and len(lines[k][3]) < 2:
                if _TABLE_LABEL.match(t) and _row_before(lines, k, doc):
                    break  # the caption printed under the table above, straight after its last row
                above.insert(0, t)
            elif t or above:
                break
            k -= 1
        # a caption printed under the table, straight after its last row ('Table 4.2 - Violence by ward')
        after = lines[j : j + 1]
        if not after and doc is not None:  # (the passage ends at the table's last row: the document goes on)
            nl = doc.find("\n", rows[-1].end)
            nxt = _line_at(doc, nl + 1) if nl >= 0 else ""
            after = [(0, 0, nxt, split_cells(nxt) if nxt.strip() else [])]
        below = next((t for _, _, t, c in after if len(c) < 2 and _TABLE_LABEL.match(t.strip())), None)
        if below is not None and not any(_TABLE_LABEL.match(x) for x in above):
            above = [below.strip()]
        title = " ".join(above + title_parts).strip()
        if not title and hit.chunk.context:
            title = hit.chunk.context.split("\n")[0].strip()
        header = [_full_years(h) for h in header]
        view = TableView(hit, title, header, [r for r in rows if len(r.cells) >= 2], table_start, rows[-1].end)
        _label_after_rank(view)
        _mark_aggregates(view, partnership)
        out.append(view)
        i = j
    return out


def _row_before(lines, k: int, doc: str | None) -> bool:
    """Whether the line above line k is a table's row of figures (in the passage, or in the document before it)."""
    while k > 0 and (_RULE.match(lines[k - 1][2]) or _PIPE_RULE.match(lines[k - 1][2])):
        k -= 1  # (a grid table's bottom border)
    if k > 0:
        return len(lines[k - 1][3]) >= 2 and _has_values(lines[k - 1][3])
    if doc is None or lines[k][0] <= 0:
        return False
    at = lines[k][0]
    for _ in range(3):
        a = doc.rfind("\n", 0, at - 1) + 1
        prev = _line_at(doc, a)
        if not (_RULE.match(prev) or _PIPE_RULE.match(prev)) or a == 0:
            break
        at = a
    cells = split_cells(prev) if prev.strip() else []
    return len(cells) >= 2 and _has_values(cells)


_RANK_HEAD = re.compile(r"^(?:rank(?:ing)?|no\.?|#|position|pos\.?)$", re.I)


def _label_after_rank(view: TableView) -> None:
    """'1  Millbrook Central  North  5,310 ...': a table whose first column ranks its rows is labelled by its second;
    the rank becomes the second column (still a value), and a total row printed without a rank gets an empty one."""
    width = len(view.header)
    ranked = [r for r in view.rows if len(r.cells) == width and r.cells[0].strip()]
    if width < 3 or len(ranked) < 3:
        return
    firsts = [number(r.cells[0]) for r in ranked]
    integers = all(v is not None and v == int(v) and 0 < v <= 500 for v in firsts)
    named = sum(1 for r in ranked if number(r.cells[1]) is None and re.search(r"[A-Za-z]", r.cells[1])) >= len(ranked) * 0.8
    if not (named and integers and (_RANK_HEAD.match(view.header[0].strip()) or not view.header[0].strip()
                                    or firsts[:3] == [1.0, 2.0, 3.0])):
        return
    view.header = [view.header[1], view.header[0], *view.header[2:]]
    for r in view.rows:
        if len(r.cells) == width:
            cells = [r.cells[1], r.cells[0], *r.cells[2:]]
        elif len(r.cells) < width and number(r.cells[0]) is None:
            # a total row printed without a rank (or other text cells): its numbers stand under the right columns
            cells = [r.cells[0], *[""] * (width - len(r.cells)), *r.cells[1:]]
        else:
            continue
        r.cells, r.label, r.values = cells, cells[0], [number(c) for c in cells]


def _mark_aggregates(view: TableView, partnership: str | None) -> None:
    """Totals and comparator rows: by their words, by naming the partnership, or by summing the rows above."""
    p = (partnership or "").lower()
    for r in view.rows:
        low = r.label.lower()
        # 'Medway (all wards)' and 'Wakefield District' are the partnership; 'Wakefield East' is one of its wards
        named = p and (low == p or fuzz.ratio(low, p) >= 90
                       or (len(p) > 3 and p in low and (bool(_WHOLE_AREA.search(low.replace(p, " "))) or "(" in low)))
        if _AGGREGATE.search(low) or named:
            r.aggregate = True
    if len(view.rows) >= 3:
        last = view.rows[-1]
        for j in view.numeric_columns():
            if j < len(view.header) and re.match(r"\s*(?:rank|position|no\.?|#)\s*$", view.header[j], re.I):
                continue  # (ranks 1 and 2 add up to 3: no total)
            others = [r.values[j] for r in view.rows[:-1] if not r.aggregate and j < len(r.values) and r.values[j] is not None]
            v = last.values[j] if j < len(last.values) else None
            if v and others and abs(sum(others) - v) <= max(1.0, 0.01 * v):
                last.aggregate = True


# the words for areas smaller than a partnership
SMALL_AREA_WORD = re.compile(r"\b(wards?|neighbourhoods?|localit(?:y|ies)|parish(?:es)?|estates?|beats?|"
                             r"(?:electoral )?divisions?|community areas?|lsoas?|msoas?|(?:super )?output areas?)\b", re.I)


def printed_small_areas(tables_by_doc: dict[str, list[TableView]], partnership_of) -> list[tuple[str, str | None]]:
    """(label, partnership) for the rows of every printed table about wards, in any template.

    A table is about wards when its first header cell, title or section says so ('Ward', 'Rate by
    neighbourhood'); its rows, other than totals, comparators and rows named like an offence, are wards.
    """
    from .evidence import _measure_like

    out: dict[str, tuple[str, str | None]] = {}
    for doc_id, views in tables_by_doc.items():
        partnership = partnership_of(doc_id)
        for view in views:
            section = view.hit.chunk.section_path[-1:]
            about = " ".join([view.header[0] if view.header else "", view.title, " ".join(section)])
            if not SMALL_AREA_WORD.search(about):
                continue
            for row in view.rows:
                label = row.label.strip(" *")
                if row.aggregate or _measure_like(label) or not re.search(r"[A-Za-z]{3}", label) or len(label) > 40:
                    continue
                out.setdefault(label.lower(), (label, partnership))
    return list(out.values())


def _stacked_at(lines: list[tuple[int, int, str]], i: int, width: int) -> int:
    """How many rows of `width` stacked lines (a label, then width-1 numbers) start at line i."""
    n = 0
    while i + width <= len(lines):
        group = [t.strip() for _, _, t in lines[i : i + width]]
        if not group[0] or number(group[0]) is not None or len(group[0]) > 60:
            break
        if not all(g and number(g) is not None for g in group[1:]):
            break
        n += 1
        i += width
    return n


_LABEL_AND_CELL = re.compile(r"^\s*(?P<label>[A-Za-z][^\t|]*?[A-Za-z)])\s+(?P<cell>[-+]?\d[\d,]*(?:\.\d+)?%?)\s*$")


def stacked_tables(doc: str, chunk_at, partnership: str | None = None) -> list[TableView]:
    """Tables printed one cell per line, as some PDF converters write them: a run of short header lines,
    then rows of as many lines each, a label and then its numbers ('Ward / 2017/18 / 2018/19 / Wakefield
    East / 1,610 / 1,482'). chunk_at(offset) gives the passage a table is cited from."""
    from ..retrieval.hybrid import Retrieved

    raw = [(ln.start, ln.end, ln.text) for ln in split_lines(doc) if ln.text.strip()]
    lines: list[tuple[int, int, str]] = []
    for k, (a, b, text) in enumerate(raw):
        # a converter may join a long label and its first cell ('Castleford Central 1,244') before a run of cells
        m = _LABEL_AND_CELL.match(text)
        nxt = raw[k + 1][2].strip() if k + 1 < len(raw) else ""
        if m and number(nxt) is not None and number(m.group("cell")) is not None:
            lines.append((a + m.start("label"), a + m.end("label"), m.group("label")))
            lines.append((a + m.start("cell"), a + m.end("cell"), m.group("cell")))
        else:
            lines.append((a, b, text))
    out: list[TableView] = []
    i = 0
    while i < len(lines):
        found = None
        for width in range(3, 11):
            head = [t.strip() for _, _, t in lines[i : i + width]]
            if len(head) < width or number(head[0]) is not None or any(len(h) > 40 or "\t" in h for h in head):
                continue
            if any(number(h) is not None and not _PERIOD_CELL.match(h) for h in head):
                continue  # a header names its columns: numbers there are years or nothing
            if _stacked_at(lines, i + width, width) >= 2:
                found = width
                break
        if found is None:
            i += 1
            continue
        width = found
        count = _stacked_at(lines, i + width, width)
        header = [t.strip() for _, _, t in lines[i : i + width]]
        rows = []
        for k in range(count):
            group = lines[i + width * (k + 1) : i + width * (k + 2)]
            cells = [t.strip() for _, _, t in group]
            rows.append(Row(cells[0], cells, [None] + [number(c) for c in cells[1:]], group[0][0], group[-1][1]))
        chunk = chunk_at(lines[i][0])
        title = lines[i - 1][2].strip() if i > 0 and len(lines[i - 1][2]) < 160 else ""
        if chunk is not None:
            view = TableView(Retrieved(chunk, 0.0, 0.0, 0.0, 0), title, header, rows, lines[i][0], rows[-1].end, stacked=True)
            _mark_aggregates(view, partnership)
            out.append(view)
        i += width * (count + 1)
    return out


def _header_key(view: TableView) -> tuple[str, ...]:
    return tuple(" ".join(h.split()).lower() for h in view.header)


def _same_header(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The same columns, though one part may print only the first line of a two-line header, or repeat only
    the header's first printed line after a page turn (its other cells empty)."""
    if len(a) != len(b) or sum(1 for x in a if x) < 2 or sum(1 for y in b if y) < 2:
        return False
    if all((x.startswith(y) or y.startswith(x)) if (x and y) else not (x or y) for x, y in zip(a, b)):
        return True
    within = lambda full, part: all(not y or (x and x.startswith(y)) for x, y in zip(full, part))  # noqa: E731
    return within(a, b) or within(b, a)


def join_continued(view: TableView, doc_views: list[TableView], gap: int = 1500) -> TableView:
    """A table printed in parts across a page break, its header repeated ('Table 3 (continued)'), read whole.

    Parts are the document's tables with the same header cells that follow one another within a page's
    worth of text. The joined view keeps the retrieved passage (rows outside it are cited on their own)
    and the first part's title.
    """
    key = _header_key(view)
    if not any(key):
        # a passage cut inside a table: the document's reading of the whole table holds this part
        outer = _whole_reading(view, [v for v in doc_views if sum(1 for h in _header_key(v) if h) >= 2])
        if outer is not None:
            return outer
        # a part printed after a page turn without its header: the table just before it, as wide, heads it
        before = [v for v in doc_views if v.end <= view.start and view.start - v.end <= gap
                  and len(v.header) == len(view.header) and sum(1 for h in _header_key(v) if h) >= 2]
        if before:
            head = max(before, key=lambda v: v.end)
            return TableView(view.hit, head.title, head.header, _rows_of(head, view), head.start, view.end)
        return view
    if sum(1 for h in key if h) < 2:
        return view
    # the part after a page turn that does not repeat the header
    after = [v for v in doc_views if v.start >= view.end and v.start - view.end <= gap and not any(_header_key(v))
             and len(v.header) == len(view.header)]
    if after:
        tail = min(after, key=lambda v: v.start)
        between = [v for v in doc_views if view.end <= v.start < tail.start]
        if not between:
            view = TableView(view.hit, view.title, view.header, _rows_of(view, tail), view.start, tail.end, view.stacked)
    same = sorted((v for v in doc_views if _same_header(_header_key(v), key)), key=lambda v: v.start)
    # the document's reading of the whole table holds this part (a passage cut after a page turn's repeated header)
    outer = _whole_reading(view, same)
    if outer is not None:
        return outer
    if len(same) < 2 or not any(v.start == view.start for v in same):
        return view
    i = next(k for k, v in enumerate(same) if v.start == view.start)
    lo = hi = i
    while lo > 0 and 0 <= same[lo].start - same[lo - 1].end <= gap:
        lo -= 1
    while hi + 1 < len(same) and 0 <= same[hi + 1].start - same[hi].end <= gap:
        hi += 1
    if lo == hi:
        return view
    parts = same[lo : hi + 1]
    seen: set[int] = set()
    rows = []
    for part in parts:
        for r in (view.rows if part.start == view.start else part.rows):
            if r.start not in seen:
                seen.add(r.start)
                rows.append(r)
    title = next((p.title for p in parts if p.title and not re.search(r"continu", p.title, re.I)), view.title)
    header = max((p.header for p in parts), key=lambda h: len(" ".join(h)))  # the fuller printing of the header
    return TableView(view.hit, title, header, rows, parts[0].start, parts[-1].end)


def _whole_reading(view: TableView, readings: list[TableView]) -> TableView | None:
    """The earliest of the document's readings that holds this part and more rows, cited from the part's passage."""
    whole = [v for v in readings if v.start <= view.start and view.end <= v.end and len(v.rows) > len(view.rows)]
    if not whole:
        return None
    outer = min(whole, key=lambda v: v.start)
    return TableView(view.hit, outer.title, outer.header, outer.rows, outer.start, outer.end, outer.stacked)


def _rows_of(first: TableView, second: TableView) -> list[Row]:
    seen = {r.start for r in first.rows}
    return [*first.rows, *(r for r in second.rows if r.start not in seen)]


def tables_of_document(chunks, doc: str | None, partnership: str | None) -> list[TableView]:
    """Every table printed in a document's passages, once each."""
    from ..retrieval.hybrid import Retrieved

    out: dict[int, TableView] = {}
    for chunk in chunks:
        if re.search(r"\d", chunk.text) and "\n" in chunk.text.strip():
            for v in read_tables(Retrieved(chunk, 0.0, 0.0, 0.0, 0), partnership, doc):
                # (two passages may read one table from its start: the one that reads further holds more of it)
                if v.start not in out or v.end > out[v.start].end:
                    out[v.start] = v
    if doc is not None:
        ordered = sorted(chunks, key=lambda c: c.start)
        at = lambda offset: next((c for c in ordered if c.start <= offset < c.end), None)  # noqa: E731
        for v in stacked_tables(doc, at, partnership):
            out.setdefault(v.start, v)
    return [out[k] for k in sorted(out)]


@dataclass
class TableAnswer:
    """What a table operation found: lines with [n] markers, figures, and how sure it is."""

    lines: list[str]
    figures: list[Figure]
    score: float


class TableQA:
    """Chooses the table, column and rows a question is about, and runs the named operation."""

    def __init__(self, weights: TermWeights):
        self.weights = weights

    def _qterms(self, question: str, extra: list[str]) -> set[str]:
        from .scope import GENERIC

        return {t for t in terms(question + " " + " ".join(extra)) if t not in GENERIC and len(t) > 2 and not t[0].isdigit()}

    _question = ""
    _names: set[str] = set()  # the places the question names, as the documents spell them (lower case)

    def table_score(self, view: TableView, q: set[str], want_areas: bool) -> float:
        """How well a table's title, header and section match the question's words."""
        context = " ".join([view.title, " ".join(view.header), " ".join(view.hit.chunk.section_path)])
        score = self.weights.overlap(q, context) * 2 + self.weights.overlap(q, " ".join(r.label for r in view.rows))
        areas = [r for r in view.rows if not r.aggregate]
        if want_areas and len(areas) >= 3 and all(number(r.label) is None for r in areas):
            score += 1.0
        # the question's own word for the kind of area ('ward', 'parish', 'district') in the table's title or header
        head = view.title + " " + " ".join(view.header[:1])
        for word in re.findall(r"\b(ward|parish|district|neighbourhood|beat|town|borough|lsoa|street)s?\b", self._question, re.I):
            # ('wards' asked of a table of electoral divisions or community areas: the small areas it has)
            if re.search(rf"\b{word}", head, re.I) or (SMALL_AREA_WORD.search(word) and SMALL_AREA_WORD.search(head)):
                score += 3.0
        return score * (1.0 + max(view.hit.dense, 0.0))

    def column(self, view: TableView, question: str, q: set[str], prefer_count: bool = False) -> int | None:
        """The value column the question is about: by header words, then rate or count as asked."""
        q = self._qterms(question, [])  # the question's own words: a measure's many synonyms would outvote 'rate'
        if _MOVEMENT.search(question):
            # 'the biggest percentage rise': the change column itself, in per cent when asked
            moved = [j for j in view.numeric_columns() if _CHANGE_HEAD.search(view.header[j])]
            pct = [j for j in moved if "%" in view.header[j] or re.search(r"per ?cent", view.header[j], re.I)]
            wants_pct = bool(re.search(r"%|per ?cent|percentage", question, re.I))
            pick = (pct if wants_pct else [j for j in moved if j not in pct]) or moved
            if pick:
                return pick[0]
        cols = [j for j in view.numeric_columns() if not _CHANGE_HEAD.search(view.header[j])]
        if not cols:
            return None
        # 'rank by number of offences rather than by rate': the rate is named only to be set aside
        plain = re.sub(r"\b(rather than|instead of|not)\s+(by\s+)?(the\s+)?rates?\b", " ", question, flags=re.I)
        wants_rate = bool(_RATE_CUE.search(plain)) and not prefer_count
        wants_count = prefer_count or bool(_COUNT_CUE.search(question))

        initials = _initialisms(question)
        areas = [r for r in view.rows if not r.aggregate]

        def sorted_by(j: int) -> bool:
            """Whether the document printed its areas in falling order of this column (its own ranking)."""
            vals = [r.values[j] for r in areas if j < len(r.values)]
            return len(vals) >= 4 and None not in vals and all(a >= b for a, b in zip(vals, vals[1:])) and vals[0] > vals[-1]

        def score(j: int) -> float:
            h = _spelt_out(view.header[j], question)
            s = 0.5 * self.weights.overlap(q, h)
            if any(tok in initials for tok in re.findall(r"\b[A-Z]{2,6}\b", h)):
                s += 3.0  # 'VWI' for 'violence with injury': a header abbreviating the question's words
            is_rate = bool(_RATE_HEAD.search(h))
            per_head = bool(re.search(r"\brates?\b|\bper\b", h, re.I))
            if wants_rate and is_rate:
                s += 2.0 + (1.0 if per_head else 0.0)  # a rate per head before a share or a percentage
            if wants_count and not is_rate:
                s += 2.0
            if not wants_rate and not wants_count:
                if per_head:
                    s += 3.0  # 'hotspots', 'worst', 'highest': a rate ranks areas of different sizes fairly
                if sorted_by(j):
                    s += 4.0  # ... unless the document ranked its areas itself, by this column
            if re.search(r"\b(population|households|residents)\b", h, re.I) and not re.search(r"\bper\b", h, re.I):
                s -= 3.0
            if re.search(r"\btimes\b|\bx\s|\bratio\b|\bindex\b", h, re.I) and not _TIMES.search(question):
                s -= 2.5  # 'Times borough rate': a ratio to another figure, not the rate itself
            return s

        # a table of many measures side by side ('ALL CRIME | Burglary | Vehicle Offences'): a column the question
        # names by a word its title does not have is that column, however the table is sorted
        title = set(terms(" ".join([view.title, *view.hit.chunk.section_path]))) if view.hit else set(terms(view.title))
        own = q - title - set(terms("rate rates per number count total recorded level levels crime crimes offence offences "
                                    "incident incidents"))
        from .evidence import _measure_like  # (a header naming a measure, not an area: 'West Yorkshire' is a comparator)

        def measure_head(h: str) -> bool:  # ('ASB rate' names ASB as 'ASB' does)
            return _measure_like(re.sub(r"(?i)\b(?:rates?|per\b.*|counts?|number(?: of)?|total)\b", " ", h).strip() or h)

        named = {j: sum(self.weights.idf(t) for t in set(terms(_spelt_out(view.header[j], question))) & own)
                 if measure_head(view.header[j]) else 0.0 for j in cols} if len(cols) >= 3 and own else {}
        best = max(named.values(), default=0.0)
        if best > 0:
            cols = [j for j in cols if named[j] >= best - 1e-9]
        return max(cols, key=lambda j: (score(j), -j))

    def named_rows(self, view: TableView, question: str) -> list[Row]:
        """Rows whose label the question names (whole words, case-insensitive)."""
        said = " " + _short_months(re.sub(r"[^\w&' ]+", " ", question.lower().replace("’", "'"))) + " "
        # "Lambeth's rate" names Lambeth (an area of the table; the partnership's own total row keeps to the
        # figures engine, which knows its measures)
        possessive_free = said + re.sub(r"'s\b", "", said) + " "
        found = []
        # a town's name that begins many labels ('Ambridge Abbey', 'Ambridge Mill'): a ward is asked
        # about by the rest of its name
        firsts = Counter(r.label.split()[0].lower() for r in view.rows if len(r.label.split()) >= 2)
        for r in view.rows:
            low = said if r.aggregate else possessive_free
            label = re.sub(f"[{FOOTNOTE_MARKS}]+$", "", r.label).strip()
            core = re.sub(r"\s*\(.*?\)", "", label).lower()
            core = _short_months(re.sub(r"[^\w&' ]+", " ", core).strip())  # ('December 2016' is the row 'Dec 2016')
            bare = _KIND_SUFFIX.sub("", core)  # 'Torbay CSP' is asked about as 'Torbay'
            if SUBTOTAL.match(core):
                bare = re.sub(r"^\s*sub-?totals?\s+(for\s+)?", "", core)  # 'Subtotal East' is asked about as 'East'
            rest = core.split(None, 1)[1] if len(core.split()) >= 2 and firsts[core.split()[0]] >= 3 else ""
            if not set(rest.split()) - _PART_WORDS:
                rest = ""  # ('Ambridge West' is not asked about by 'west')
            if (len(core) >= 3 and f" {core} " in low) or (len(bare) >= 4 and bare != core and f" {bare} " in low) \
                    or core in self._names \
                    or (len(rest) >= 4 and not r.aggregate and f" {rest} " in low):  # a ward the question names in short ('Mill Central')
                found.append(r)
        # 'the two Dearne wards': the rows whose names begin with the word, as many as the question counts
        group = _NAMED_GROUP.search(question)
        if group and group.group(2).lower() not in _PART_WORDS:
            word = group.group(2).lower()
            members = [r for r in view.rows if not r.aggregate and r.label.split()
                       and r.label.split()[0].lower().strip(",.") == word]
            count = _COUNT_WORDS.get(group.group(1).lower()) or int(group.group(1))
            if len(members) == count:
                found += [r for r in members if r not in found]
        # a longer label that contains a shorter one found ("Hart" inside "Hartley Wintney") wins
        return [r for r in found if not any(o is not r and r.label.lower() in o.label.lower() for o in found)]


# a group of areas named by the word their names share: 'the two Dearne wards', 'both Penistone wards'
_NAMED_GROUP = re.compile(r"\b(two|three|four|five|both|[2-9])\s+([A-Za-z][\w'’-]+)\s+(?:wards?|areas?|divisions?|"
                          r"neighbourhoods?|localities|parishes|beats)\b", re.I)
_COUNT_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}

# words that name a part of a place rather than the place ('West', 'Central', 'Rural')
_PART_WORDS = {"north", "south", "east", "west", "central", "upper", "lower", "inner", "outer", "town", "village",
               "rural", "urban", "city", "ward", "and", "&", "the", "of", "north-east", "north-west", "south-east",
               "south-west", "northern", "southern", "eastern", "western", "mid", "middle", "centre", "center"}

_A_MONTH = re.compile(rf"\b{MONTH}\b", re.I)


def _short_months(text: str) -> str:
    """Month names cut to their first three letters, as tables print them (lower-case text)."""
    return _A_MONTH.sub(lambda m: m.group(0)[:3], text)


def _spelt_out(header: str, question: str) -> str:
    """A header with its shortened words written as the question writes them ('Burg. /10k' for a question about
    burglary is 'burglary /10k'); unchanged otherwise."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]{3,}", question)]

    def spell(m: re.Match) -> str:
        stem = m.group(1).lower()
        full = next((w for w in words if w.startswith(stem) and len(w) > len(stem)), None)
        return full or m.group(0)

    return re.sub(r"\b([A-Za-z]{3,})\.", spell, header)


def column_period(header: str, question: str) -> int:
    """How a column's period ranks among equal columns: the year the question asks for first, else the latest
    ('2022/23' before '2021/22'); 0 for a column of no period."""
    years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", header)]
    if not years:
        return 0
    asked = {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", question)}
    return 10_000 if asked & set(years) else max(years)


def _initialisms(text: str) -> set[str]:
    """Initials of every run of two to five words ('violence with injury' -> VWI, and VI without 'with')."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text)
    out: set[str] = set()
    small = {"with", "of", "and", "the", "in", "on", "for", "to", "a"}
    for n in range(2, 6):
        for i in range(len(words) - n + 1):
            run = words[i : i + n]
            out.add("".join(w[0] for w in run).upper())
            content = [w for w in run if w.lower() not in small]
            if len(content) >= 2:
                out.add("".join(w[0] for w in content).upper())
    return out


def cell_text(view: TableView, row: Row) -> str:
    """A row as 'Header: cell' pairs, so a reader sees what each number is."""
    parts = []
    for j, c in enumerate(row.cells[1:], start=1):
        h = view.header[j] if j < len(view.header) else ""
        if c:
            parts.append(f"{h} {c}".strip() if h else c)
    return quoted(f"{row.label}: " + "; ".join(parts))


def top_n(question: str) -> int:
    """How many rows a ranking question wants (three unless it says)."""
    m = _TOPN.search(question)
    if m:
        w = m.group(1).lower()
        return int(w) if w.isdigit() else _WORDS_N.get(w, 3)
    if re.search(r"\bwhich (ward|area|district|neighbourhood|town|parish)\b(?!s)", question, re.I) and not re.search(r"\bwards\b", question, re.I):
        return 1
    return 3


__all__ = ["join_continued", "tables_of_document", "printed_small_areas", "TableQA", "TableView", "Row", "TableAnswer", "read_tables", "split_cells", "number", "cell_text", "top_n",
           "_HIGH", "_LOW", "_SHARE", "_TIMES", "_ABOVE", "_YEAR_HEAD"]
