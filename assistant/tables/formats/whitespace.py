"""Tables whose cells are separated by spaces, as pypdf prints a PDF table: a header line naming the
columns, then rows of a name followed by numbers. Column names are split on wide gaps when there
are any, else by the measure vocabulary ('ALL CRIME Burglary Drug Offences' -> three measures).
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.tables.cells import is_rule_line
from assistant.tables.context import DocContext
from assistant.text import Line, is_caption
from assistant.tables.formats.comparators import build_comparator_table, is_comparator_grid
from assistant.tables.formats.common import table_title
from assistant.tables.formats.grid import Cell, Grid, grid_from_rows
from assistant.tables.formats.ward_tables import build_ward_table, is_ward_grid
from assistant.tables.vocabulary import canonical_measure, exact_measure

# a value: a number (signed, or after an arrow of change: '▲ 9%'), or a cell left out
_VAL = r"(?:\d+(?:st|nd|rd|th)\s+of\s+\d+|(?:[▲▼↑↓►◄▶◀↔→]\s?)?[-+]?\d[\d,]*(?:\.\d+)?%?|N/A|\.\.\.)"
# a cell of the values: as _VAL, one token otherwise ('9th of 15' is one cell, a rank among 15)
_TOKEN = re.compile(r"\d+(?:st|nd|rd|th)\s+of\s+\d+|(?:[▲▼↑↓►◄▶◀↔→]\s?)?\S+")
_ROW = re.compile(rf"^(?P<label>[A-Za-z][^\t]*?[A-Za-z.)'])\s+(?P<nums>{_VAL}(?:\s+{_VAL})+)\s*$")


def _row_cells(line: Line) -> list[Cell] | None:
    m = _ROW.match(line.text)
    if not m:
        return None
    cells = [Cell(m.group("label"), line.start + m.start("label"), line.start + m.end("label"))]
    base = line.start + m.start("nums")
    cells += [Cell(v.group(0), base + v.start(), base + v.end())
              for v in _TOKEN.finditer(m.group("nums"))]
    return cells


_AREA_WORDS = {"force area", "force-wide", "force wide", "force", "england & wales", "england and wales",
               "england", "national", "csp area", "partnership", "region"}


def _split_header(ctx: DocContext, text: str, n: int) -> list[str] | None:
    """The header's cells: split on wide gaps, else into the n names the vocabulary knows best
    (a whole known measure or area name scores higher than a piece that merely contains one)."""
    gaps = [c for c in re.split(r"\s{2,}", text.strip()) if c]
    if len(gaps) in (n, n + 1):
        return gaps
    words = text.split()
    partnership = (ctx.partnership or "").lower()

    def score(piece: str) -> int:
        low = piece.lower()
        if exact_measure(piece) or low in _AREA_WORDS or (partnership and low == partnership):
            return 2
        return 1 if canonical_measure(piece) or ctx.classify_area(piece) else 0

    @lru_cache(maxsize=None)
    def best(i: int, k: int) -> tuple[int, tuple[str, ...]] | None:
        if k == 0:
            return (0, ()) if i == len(words) else None
        found: tuple[int, tuple[str, ...]] | None = None
        for j in range(i + 1, len(words) + 1):
            piece = " ".join(words[i:j])
            sc = score(piece)
            rest = best(j, k - 1) if sc else None
            if rest is not None and (found is None or sc + rest[0] > found[0]):
                found = (sc + rest[0], (piece, *rest[1]))
        return found

    options = [(b[0], p, b[1]) for p in range(0, min(4, len(words))) if (b := best(p, n)) is not None]
    if not options:
        return None
    _, p, names = max(options, key=lambda o: (o[0], o[1] > 0))
    return ([" ".join(words[:p])] if p else []) + list(names)


def read_whitespace_tables(ctx: DocContext) -> None:
    """Find and record space-separated tables (ward or comparator) in untabbed text."""
    lines = ctx.lines
    i = 0
    while i < len(lines):
        cells = None if lines[i].tabbed or i in ctx.used_lines else _row_cells(lines[i])
        if cells is None:
            i += 1
            continue
        run = [(lines[i], cells)]
        j = i + 1
        while j < len(lines):
            if lines[j].blank:
                j += 1
                continue
            nxt = _row_cells(lines[j]) if not lines[j].tabbed else None
            if nxt is None or len(nxt) != len(cells):
                break
            run.append((lines[j], nxt))
            j += 1
        i = j
        if len(run) < 2:
            continue
        h = run[0][0].idx - 1
        while h >= 0 and (lines[h].blank or is_rule_line(lines[h].text)):
            h -= 1  # (a rule under the header)
        if h < 0:
            continue
        header_line = lines[h]
        n = len(cells) - 1
        names = _split_header(ctx, header_line.text, n)
        last = run[-1][0].idx
        if last + 1 < len(lines) and is_caption(lines[last + 1].text):
            title = " ".join(lines[last + 1].text.split())  # a caption printed under the table
        else:
            title = table_title(ctx, header_line.idx, header_line.start)
        if names is None:
            ctx.problem(f"space-separated table skipped: could not split its header into {n} columns",
                        severity="warning", title=title, start=header_line.start, end=run[-1][0].end)
            continue
        header = [Cell(t, header_line.start, header_line.start) for t in names]
        rows = [(header_line.start, header_line.end, header)] + [(ln.start, ln.end, c) for ln, c in run]
        grid = grid_from_rows(header_line.start, run[-1][0].end, rows)
        if grid is None:
            continue
        ctx.used_lines.update(range(header_line.idx, run[-1][0].idx + 1))
        _build(ctx, grid, title, run[-1][0].idx)


def _build(ctx: DocContext, grid: Grid, title: str, last_line: int) -> None:
    if is_ward_grid(grid):
        build_ward_table(ctx, grid, title, last_line)
    elif is_comparator_grid(ctx, grid):
        build_comparator_table(ctx, grid, title, last_line)
    else:
        ctx.problem("space-separated numeric table not recognised (neither ward rows nor area columns)",
                    severity="warning", title=title, start=grid.start, end=grid.end)
