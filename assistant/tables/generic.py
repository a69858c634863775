"""Find every table in a document's extracted text, whatever its layout, as a generic RawTable.

    for table in find_tables(text):
        table.title, table.header, [row.cells for row in table.rows], table.layout

Layouts: tab-separated lines, space-aligned columns, pipe/markdown tables and 'Label: value' blocks.
Nothing here knows about places, measures or field names: tables are found by their shape alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.tables.generic_layouts import (Block, is_bullet, is_contents_line, is_null, is_numberish, is_numeric,
                                              is_rule, read_keyvalue, read_pipe, read_space, read_tab)
from assistant.text import FOOTNOTE_MARKS, TABLE_LABEL as _LABEL, Line, split_lines

__all__ = ["RawRow", "RawTable", "find_tables"]

_TOTAL_LABEL = re.compile(r"^(?:total\b|grand total\b|overall\b|all\b(?!\s+(?:other|else)\b))", re.I)
_NOTE = re.compile(r"^\s*(?:(?:sources?|notes?|nb|n\.b\.|data source|figures?)\s*[:.\-–]"
                   f"|[{FOOTNOTE_MARKS}]|" r"\(\w\)\s)", re.I)
_NUMBERED_PARA = re.compile(r"^\s*\d+(?:\.\d+)+\s+\S")
_MAX_TITLE = 160


@dataclass(frozen=True)
class RawRow:
    """One table row: its cells (as wide as the header), the verbatim source span and its kind."""

    cells: tuple[str, ...]
    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class RawTable:
    """One table found in a text: title, header, rows, source span, layout and footnotes."""

    title: str
    header: tuple[str, ...]
    rows: tuple[RawRow, ...]
    start: int
    end: int
    layout: str
    notes: tuple[str, ...] = ()


def find_tables(text: str) -> list[RawTable]:
    """All tables in the text, in reading order; never raises."""
    if not isinstance(text, str) or not text.strip():
        return []
    lines = split_lines(text, strip_trailing=True)  # a cell ends at its last visible character
    used = [False] * len(lines)
    found: list[tuple[Block, RawTable]] = []
    # explicit delimiters first, so the looser shapes (key/value, space gutters) never claim their lines
    for reader in (read_pipe, read_tab, read_keyvalue, read_space):
        try:
            blocks = reader(lines, used)
        except Exception:  # an odd line must cost one layout's tables, not the whole document
            continue
        for block in blocks:
            try:
                table = _finish(block, lines)
            except Exception:
                table = None
            if table is None:
                continue
            for k in range(block.first, block.last + 1):
                used[k] = True
            found.append((block, table))
    found.sort(key=lambda pair: pair[1].start)
    return _join_continued(text, [_with_title(block, table, lines, used) for block, table in found])


def _join_continued(text: str, tables: list[RawTable]) -> list[RawTable]:
    """A table split across pages with its header repeated is one table: the parts are joined."""
    out: list[RawTable] = []
    tables = [_with_last_rows(text, t, tables[k + 1].start if k + 1 < len(tables) else len(text))
              for k, t in enumerate(tables)]
    for t in tables:
        prev = out[-1] if out else None
        if (prev is not None and prev.layout == t.layout and prev.header == t.header and any(t.header)
                and not text[prev.end : t.start].strip()):
            out[-1] = RawTable(prev.title, prev.header, prev.rows + t.rows, prev.start, t.end, prev.layout,
                               prev.notes + t.notes)
            continue
        out.append(t)
    return out


def _with_last_rows(text: str, table: RawTable, limit: int) -> RawTable:
    """Rows after a page turn under a repeated header, too few to be a table of their own, join the table."""
    if table.layout != "tab" or not any(table.header):
        return table
    pos = table.end
    m = re.compile(r"\n\s*\n").match(text, pos)
    if not m:
        return table
    pos = m.end()
    nl = text.find("\n", pos)
    nl = len(text) if nl < 0 else nl
    if nl > limit or tuple(c.strip() for c in text[pos:nl].split("\t")) != table.header:
        return table
    rows = list(table.rows)
    end = table.end
    start = nl + 1
    while start < min(len(text), limit):
        stop = text.find("\n", start)
        stop = len(text) if stop < 0 else stop
        line = text[start:stop]
        if "\t" not in line:
            break
        cells = tuple(c.strip() for c in line.split("\t"))
        cells = cells + ("",) * (len(table.header) - len(cells))
        rows.append(RawRow(cells[: len(table.header)], start, stop, "total" if _TOTAL_LABEL.match(cells[0]) else "data"))
        end = stop
        start = stop + 1
    if len(rows) == len(table.rows):
        return table
    return RawTable(table.title, table.header, tuple(rows), table.start, end, table.layout, table.notes)


def _finish(block: Block, lines: list[Line]) -> RawTable | None:
    width = max([len(block.header)] + [len(cells) for cells, _, _ in block.rows])
    if width < 2:
        return None
    header = tuple(block.header) + ("",) * (width - len(block.header))
    rows = [(tuple(c) + ("",) * (width - len(c)), s, e) for c, s, e in block.rows]
    kinds = _kinds(rows, block.layout)
    body = [r for r, k in zip(rows, kinds) if k != "subheader"]
    if len(body) < 2:
        return None
    if block.layout != "keyvalue" and not (block.explicit or _has_numeric_column(body, width)):
        return None
    if block.layout != "keyvalue" and _is_contents(body, header):
        return None
    raw_rows = tuple(RawRow(cells, s, e, k) for (cells, s, e), k in zip(rows, kinds))
    start = lines[block.first].start
    end = lines[block.last].end
    return RawTable("", header, raw_rows, start, end, block.layout, _notes(lines, block.last))


def _has_numeric_column(rows: list, width: int) -> bool:
    for c in range(width):
        cells = [r[0][c] for r in rows if r[0][c]]
        numbers = sum(1 for x in cells if is_numberish(x) and not is_null(x))
        if numbers and sum(1 for x in cells if is_numberish(x)) >= 0.6 * len(cells):
            return True
    return False


def _is_contents(rows: list, header: tuple[str, ...]) -> bool:
    # a list of entries with page numbers: no header, and a last column of mostly small rising whole numbers
    if any(header) or len(rows) < 3:
        return False
    labels = [r[0][0] for r in rows]
    if sum(len(x) for x in labels) < 5 * len(labels) or sum(is_numberish(x) for x in labels) > len(labels) / 4:
        return False
    pages = [int(p) for p in (r[0][-1] for r in rows) if p.isdigit() and len(p) <= 4]
    if len(pages) < 0.75 * len(rows):
        return False
    return all(a <= b for a, b in zip(pages, pages[1:]))


def _label(cells: tuple[str, ...]) -> str:
    return next((c for c in cells[:2] if c), "")


def _kinds(rows: list, layout: str) -> list[str]:
    if layout == "keyvalue":
        return ["data"] * len(rows)
    kinds = []
    for i, (cells, _, _) in enumerate(rows):
        filled = [c for c in cells if c]
        if len(filled) == 1 and cells[0] and i < len(rows) - 1:
            kinds.append("subheader")
        elif _TOTAL_LABEL.match(_label(cells)):
            kinds.append("total")
        else:
            kinds.append("data")
    last = len(rows) - 1
    if last >= 2 and kinds[last] == "data" and _sums_above(rows, kinds):
        kinds[last] = "total"
    return kinds


def _number(cell: str) -> float | None:
    if not is_numeric(cell):
        return None
    digits = re.sub(r"[^\d.\-+]", "", cell.replace("\u2212", "-").replace("\u2013", "-"))
    try:
        return float(digits)
    except ValueError:
        return None


def _sums_above(rows: list, kinds: list[str]) -> bool:
    """Whether the last row holds, in some column, the sum of the data rows above it."""
    above = [r[0] for r, k in zip(rows[:-1], kinds[:-1]) if k == "data"]
    if len(above) < 2:
        return False
    last = rows[-1][0]
    for c in range(1, len(last)):
        total = _number(last[c])
        values = [_number(r[c]) for r in above]
        if total is None or total == 0 or any(v is None for v in values) or "%" in last[c]:
            continue
        if abs(sum(values) - total) <= max(0.005 * abs(total), 0.5):
            return True
    return False


def _notes(lines: list[Line], last: int) -> tuple[str, ...]:
    notes: list[str] = []
    k = last + 1
    if k < len(lines) and lines[k].blank:
        k += 1
    while k < len(lines) and not lines[k].blank and _NOTE.match(lines[k].text):
        note = lines[k].text.strip()
        k += 1
        # a note wrapped onto further lines continues until the next note or a blank line
        while k < len(lines) and not lines[k].blank and not _NOTE.match(lines[k].text) and len(notes) < 20 \
                and lines[k].text.startswith(" "):
            note += " " + lines[k].text.strip()
            k += 1
        notes.append(note)
    return tuple(notes)




def _with_title(block: Block, table: RawTable, lines: list[Line], used: list[bool]) -> RawTable:
    below = block.last + 1
    above = _caption(lines, used, block.first)
    if below < len(lines) and not used[below] and _LABEL.match(lines[below].text.strip()) \
            and len(lines[below].text.strip()) <= _MAX_TITLE \
            and not (_LABEL.match(above) and block.first > 0 and not lines[block.first - 1].blank):
        # (a numbered caption straight above the table is its own; one a blank line above, with another straight
        # under the table, is the caption of the table before it, printed under that one)
        # a caption printed under the table, straight after its last row: the table's, not the next one's
        used[below] = True
        title = re.sub(r"\s{2,}", " ", lines[below].text.strip())
        return RawTable(title, table.header, table.rows, table.start, lines[below].end, table.layout, table.notes)
    title = above or _heading(lines, used, block.first)
    return RawTable(title, table.header, table.rows, table.start, table.end, table.layout, table.notes)


def _caption(lines: list[Line], used: list[bool], first: int) -> str:
    k, blanks = first - 1, 0
    while k >= 0 and lines[k].blank and blanks < 2:
        k, blanks = k - 1, blanks + 1
    if k < 0 or used[k] or lines[k].blank:
        return ""
    text = lines[k].text.strip()
    # a sentence ending in a full stop is prose about the table, not its caption
    if (len(text) > _MAX_TITLE or text.endswith((".", ",", ";")) or is_rule(text) or is_bullet(text)
            or is_contents_line(text) or "\t" in text):
        return ""
    return re.sub(r"\s{2,}", " ", text)


def _heading(lines: list[Line], used: list[bool], first: int) -> str:
    for k in range(first - 1, max(-1, first - 60), -1):
        if used[k]:
            return ""
        text = lines[k].text.strip()
        if not text or len(text) > 100 or text.endswith((".", ",", ";", ":")) or is_bullet(lines[k].text):
            continue
        alone = (k == 0 or lines[k - 1].blank) and (k + 1 >= len(lines) or lines[k + 1].blank)
        if alone and "\t" not in text and not is_contents_line(text) and not (
                _NUMBERED_PARA.match(text) and len(text.split()) > 8):
            return re.sub(r"\s{2,}", " ", text)
    return ""
