"""Reading a block of table rows into a grid: header, row labels, right-aligned numeric cells.

Extracted tables are ragged: trailing tabs, a first cell missing so a row shifts left, a row with
no values at all. Numbers are therefore aligned from the right; labels are whatever precedes them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from assistant.tables.cells import Number, is_missing, parse_number
from assistant.tables.context import DocContext
from assistant.text import Line
from assistant.tables.vocabulary import normalise_unit


@dataclass(frozen=True)
class Cell:
    """One cell: its text, span in the document, and its number if it is one."""

    text: str
    start: int
    end: int

    @property
    def number(self) -> Number | None:
        """The printed number, or None."""
        return parse_number(self.text)

    @property
    def missing(self) -> bool:
        """True when printed as a missing-value marker."""
        return bool(self.text) and is_missing(self.text)


@dataclass
class GridRow:
    """A table row: label cells, numeric cells aligned from the right, and its line span."""

    start: int
    end: int
    labels: list[Cell]
    values: list[Cell]
    label_slots: int = 0

    @property
    def label(self) -> str:
        """The innermost (last) label."""
        return self.labels[-1].text if self.labels else ""


@dataclass
class Grid:
    """A numeric table read from text, before it is given a meaning."""

    start: int
    end: int
    header_rows: list[list[Cell]]
    label_headers: list[str]
    value_names: list[Cell]
    rows: list[GridRow]
    empty_rows: list[GridRow] = field(default_factory=list)
    legend: list[str] = field(default_factory=list)
    issues: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def n(self) -> int:
        """Number of value columns."""
        return len(self.value_names)

    def header_text(self) -> str:
        """All header cells joined, for unit and period hints."""
        return " ".join(c.text for row in self.header_rows for c in row if c.text)


def _split_tail(cells: list[Cell]) -> tuple[list[Cell], list[Cell], int]:
    """(labels, numeric tail, label slots) for a row's cells."""
    i = len(cells)
    while i > 0 and cells[i - 1].text and (cells[i - 1].number is not None or cells[i - 1].missing):
        i -= 1
    labels = [c for c in cells[:i] if c.text]
    return labels, cells[i:], i


def grid_from_rows(start: int, end: int, rows: list[tuple[int, int, list[Cell]]]) -> Grid | None:
    """A grid from rows of cells, or None when fewer than two rows carry numbers."""
    parsed = [(s, e, *_split_tail(cells)) for s, e, cells in rows]
    lengths = Counter(len(t) for *_, t, _ in parsed if any(c.number is not None for c in t))
    if sum(lengths.values()) < 2:
        return None
    n = lengths.most_common(1)[0][0]
    first = next(i for i, (*_, t, _) in enumerate(parsed) if any(c.number is not None for c in t))
    header_rows = [rows[i][2] for i in range(first)]
    grid = Grid(start, end, header_rows, [], [], [])
    main = max(header_rows, key=lambda r: sum(1 for c in r if c.text), default=[])
    named = [c for c in main if c.text]
    if len(named) < n:
        grid.issues.append(f"the header names {len(named)} columns but rows carry {n} numbers")
        grid.value_names = named + [Cell(f"column {k + 1}", 0, 0) for k in range(len(named), n)]
    else:
        grid.value_names = named[len(named) - n:]
        grid.label_headers = [c.text for c in named[: len(named) - n]]
    expected_slots = (len(main) - n) if main else None
    shifted = 0
    for s, e, labels, tail, slots in parsed[first:]:
        if not tail:
            if labels and labels[0].text.lower() == "key":
                grid.legend.append(" / ".join(c.text for c in labels[1:]))
            elif labels:
                grid.empty_rows.append(GridRow(s, e, labels, [], slots))
            continue
        row = GridRow(s, e, labels, tail, slots)
        if len(tail) != n:
            stray = [c.text for c in labels if re.search(r"\d", c.text)]
            label = labels[0].text if labels else "?"
            if stray:
                grid.issues.append(f"row '{label}': stray non-number '{stray[-1]}' among its values")
            else:
                grid.issues.append(f"row '{label}' has {len(tail)} values, expected {n} (ragged row)")
            continue
        if not labels:
            grid.issues.append(f"a row of values has no label ({' '.join(c.text for c in tail)})")
            continue
        if expected_slots is not None and slots < expected_slots and len(labels) < expected_slots:
            shifted += 1
        grid.rows.append(row)
    if shifted:
        grid.notes.append(f"{shifted} row(s) printed without their empty first cell; aligned by their numbers")
    return grid


def grid_from_tab_block(ctx: DocContext, lines: list[Line]) -> Grid | None:
    """A grid from a block of tab-separated lines (label-only lines without tabs are kept as rows)."""
    rows = []
    for line in lines:
        if line.tabbed:
            cells = [Cell(t, s, e) for t, s, e in ctx.cells(line)]
        else:
            s, e = ctx.trim(line.start, line.end)
            cells = [Cell(ctx.doc.text[s:e], s, e)]
        rows.append((line.start, line.end, cells))
    return grid_from_rows(lines[0].start, lines[-1].end, rows)


_UNIT = re.compile(r"per\s+[\d,]+(?:\s+(?:residents|population|people|pop\.?|persons|under[\s-]?18s?))?", re.I)


def grid_unit(title: str, grid: Grid) -> tuple[str | None, str | None, bool]:
    """(unit as printed, canonical unit, inferred?) from the header rows, then the title."""
    for text in (grid.header_text(), title):
        m = _UNIT.search(text or "")
        if m:
            return m.group(0), normalise_unit(m.group(0)), False
    if re.search(r"%", grid.header_text()):
        return "%", "%", False
    if re.search(r"\bnumber of\b", grid.header_text(), re.I):
        return "count", "count", False
    if re.search(r"\brates?\b", title or "", re.I):
        return None, "per 1,000 population", True
    return None, None, False


def column_unit(name: str, table_unit: str | None) -> tuple[str | None, str | None]:
    """(printed, canonical) unit of one value column: its own header when it states one, else the table's."""
    m = _UNIT.search(name)
    if m:
        return m.group(0), normalise_unit(m.group(0))
    if "%" in name:
        return name, "%"
    if re.search(r"\bnumber of\b", name, re.I):
        return name, "count"
    return None, table_unit
