"""extract_tables: find every table, card, priority list and stated figure in one parsed document."""

from __future__ import annotations

from collections.abc import Callable

from assistant.tables.cells import is_rule_line, split_cells
from assistant.tables.context import DocContext
from assistant.text import Line
from assistant.tables.formats.breakdowns import (build_area_breakdown, build_category_counts, build_inline_rates,
                                                 inline_cells, is_area_breakdown, is_category_counts)
from assistant.tables.formats.cards import read_cards
from assistant.tables.formats.common import table_title
from assistant.tables.formats.comparators import build_comparator_table, is_comparator_grid
from assistant.tables.formats.grid import Grid, grid_from_tab_block
from assistant.tables.formats.passages import read_passages
from assistant.tables.formats.priorities import read_priorities
from assistant.tables.formats.text_tables import build_text_tables, group_blocks
from assistant.tables.formats.ward_tables import build_ward_table, is_ward_grid
from assistant.tables.formats.whitespace import read_whitespace_tables
from assistant.tables.model import FACT_COLUMNS, PRIORITY_COLUMNS, VALUE_COLUMNS, ExtractionResult, records_frame
from assistant.types import ParsedDocument


def tab_blocks(ctx: DocContext) -> list[list[Line]]:
    """Runs of tab-separated lines; a lone untabbed line between two of them is kept as a row."""
    lines, blocks, i = ctx.lines, [], 0
    while i < len(lines):
        if not lines[i].tabbed:
            i += 1
            continue
        block = [lines[i]]
        i += 1
        while i < len(lines):
            if lines[i].tabbed:
                block.append(lines[i])
            elif (not lines[i].blank and i + 1 < len(lines) and lines[i + 1].tabbed
                  and len(lines[i].text.strip()) < 120 and not lines[i].text.strip().endswith(".")):
                block.append(lines[i])
            else:
                break
            i += 1
        block = [ln for ln in block if not is_rule_line(ln.text)]
        if block:
            blocks.append(block)
    return blocks


def _is_contents(ctx: DocContext, block: list[Line]) -> bool:
    if split_cells(block[0].text)[:1] == ["Contents"]:
        return True
    j = block[0].idx - 1
    while j >= 0 and ctx.lines[j].blank:
        j -= 1
    return j >= 0 and ctx.lines[j].text.strip() == "Contents"


def _guard(ctx: DocContext, what: str, start: int, end: int, fn: Callable[[], object]) -> None:
    """Run one reader; a failure is reported as a problem and the other tables are kept."""
    try:
        fn()
    except Exception as exc:  # noqa: BLE001 - one bad table must not lose the others
        ctx.problem(f"{what} could not be read ({type(exc).__name__}: {exc})", start=start, end=end)


def _numeric(ctx: DocContext, grid: Grid, title: str, last: int) -> None:
    if is_comparator_grid(ctx, grid):
        build_comparator_table(ctx, grid, title, last)
    elif is_area_breakdown(ctx, grid):
        build_area_breakdown(ctx, grid, title)
    elif is_category_counts(grid):
        build_category_counts(ctx, grid, title)
    elif grid.issues:
        ctx.problem("malformed table skipped: " + "; ".join(grid.issues), title=title, start=grid.start, end=grid.end)
    else:
        ctx.problem("numeric table not recognised (no ward column, area columns or single value column)",
                    severity="warning", title=title, start=grid.start, end=grid.end)


def _heading_above(ctx: DocContext, line: Line) -> str:
    j = line.idx - 1
    while j >= 0 and (ctx.lines[j].blank or is_rule_line(ctx.lines[j].text)):
        j -= 1
    return ctx.lines[j].text.strip() if j >= 0 and not ctx.lines[j].tabbed else ""


def extract_tables(doc: ParsedDocument) -> ExtractionResult:
    """Every table, fact card, priority list and stated figure in a document, as tidy frames with provenance."""
    ctx = DocContext(doc)
    grids: list[tuple[list[Line], Grid, str]] = []
    inline: list[list[Line]] = []
    text_blocks: list[list[Line]] = []
    for block in tab_blocks(ctx):
        ctx.used_lines.update(ln.idx for ln in block)
        if _is_contents(ctx, block):
            continue
        if all(inline_cells(ctx, ln) for ln in block):
            inline.append(block)
            continue
        grid = grid_from_tab_block(ctx, block)
        if grid is None:
            text_blocks.append(block)
        else:
            grids.append((block, grid, table_title(ctx, block[0].idx, block[0].start)))
    # Ward tables first: their ward names let the other readers recognise wards.
    for block, grid, title in grids:
        if is_ward_grid(grid):
            _guard(ctx, f"table '{title}'", grid.start, grid.end, lambda: build_ward_table(ctx, grid, title, block[-1].idx))
    for block, grid, title in grids:
        if not is_ward_grid(grid):
            _guard(ctx, f"table '{title}'", grid.start, grid.end, lambda: _numeric(ctx, grid, title, block[-1].idx))
    _guard(ctx, "priority fact cards", 0, 0, lambda: read_cards(ctx))
    for run in _inline_runs(ctx, inline):
        rows = [(ln, _heading_above(ctx, ln)) for block in run for ln in block]
        title = " / ".join(dict.fromkeys(h for _, h in rows if h))
        _guard(ctx, f"rates '{title}'", run[0][0].start, run[-1][-1].end, lambda: build_inline_rates(ctx, rows, title))
    for group in group_blocks(ctx, text_blocks):
        _guard(ctx, "text table", group[0].lines[0].start, group[-1].lines[-1].end, lambda: build_text_tables(ctx, group))
    _guard(ctx, "space-separated tables", 0, 0, lambda: read_whitespace_tables(ctx))
    _guard(ctx, "priority lists", 0, 0, lambda: read_priorities(ctx))
    _guard(ctx, "figures in the text", 0, 0, lambda: read_passages(ctx))
    return ExtractionResult(
        doc_id=ctx.doc_id, tables=tuple(ctx.tables),
        values=records_frame(ctx.values, VALUE_COLUMNS), facts=records_frame(ctx.facts, FACT_COLUMNS),
        priorities=records_frame(ctx.priorities, PRIORITY_COLUMNS), problems=tuple(ctx.problems))


def _inline_runs(ctx: DocContext, blocks: list[list[Line]]) -> list[list[list[Line]]]:
    """Inline-rate blocks close together (only headings and blank lines between) form one table."""
    runs: list[list[list[Line]]] = []
    for block in blocks:
        if runs:
            prev = runs[-1][-1][-1]
            gap = [ln for ln in ctx.lines[prev.idx + 1: block[0].idx] if not ln.blank and not is_rule_line(ln.text)]
            if len(gap) <= 1 and block[0].idx - prev.idx <= 8:
                runs[-1].append(block)
                continue
        runs.append([block])
    return runs
