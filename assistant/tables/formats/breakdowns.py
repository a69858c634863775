"""Single-value tables: a value per (group, area) row, counts per category, and 'Area: N per 10,000' grids."""

from __future__ import annotations

import re

import pandas as pd

from assistant.tables.cells import clean_label, parse_number
from assistant.tables.context import DocContext
from assistant.text import Line
from assistant.tables.formats.common import table_period
from assistant.tables.formats.grid import Grid, column_unit, grid_unit
from assistant.tables.formats.labels import measure_of
from assistant.tables.vocabulary import normalise_unit


def is_area_breakdown(ctx: DocContext, grid: Grid) -> bool:
    """One value column; each row's last label names an area, an optional first label a group."""
    if grid.n != 1 or not grid.rows:
        return False
    return sum(ctx.classify_area(r.label) is not None for r in grid.rows) >= 0.8 * len(grid.rows)


def is_category_counts(grid: Grid) -> bool:
    """One value column and one label per row: a category and its number."""
    return grid.n == 1 and bool(grid.rows) and all(len(r.labels) == 1 for r in grid.rows)


def _measure_from(title: str, column: str) -> tuple[str, str | None, str | None]:
    for text in (title, column):
        printed, measure, qualifier = measure_of(text)
        if measure:
            return printed, measure, qualifier
    return clean_label(title), None, None


def _single_column(ctx: DocContext, grid: Grid, title: str):
    """What both one-number-column tables need first; None (reported) for a malformed grid."""
    if grid.issues:
        ctx.problem("malformed table skipped: " + "; ".join(grid.issues), title=title, start=grid.start, end=grid.end)
        return None
    unit_printed, unit, _ = grid_unit(title, grid)
    col = grid.value_names[0].text
    col_printed, col_unit = column_unit(col, unit)
    period, note = table_period(ctx, title, grid.start)
    return unit_printed, col, col_printed, col_unit, period, note


def build_area_breakdown(ctx: DocContext, grid: Grid, title: str) -> str | None:
    """Record a table of one measure by group and area (e.g. prevalence by age group and area)."""
    head = _single_column(ctx, grid, title)
    if head is None:
        return None
    unit_printed, col, col_printed, col_unit, period, note = head
    printed, measure, qualifier = _measure_from(title, col)
    table_id = ctx.new_table_id("area_breakdown")
    group: str | None = None
    rows = []
    for r in grid.rows:
        if len(r.labels) >= 2:
            group = clean_label(r.labels[0].text)
        area = ctx.classify_area(r.label)
        rows.append([group or "", r.label, r.values[0].text])
        num = r.values[0].number
        if area is None or num is None:
            continue
        ctx.add_value(table_id, row=(r.start, r.end), cell=(r.values[0].start, r.values[0].end), value=num.value,
                      period=period, area=area[0], area_type=area[1], area_printed=r.label, breakdown=group,
                      measure=measure, measure_printed=printed, qualifier=qualifier, value_text=r.values[0].text,
                      decimals=num.decimals, unit=col_unit, unit_printed=col_printed or unit_printed)
    frame = pd.DataFrame(rows, columns=["Group", "Area", col])
    ctx.add_table("area_breakdown", title, frame, grid.start, grid.end, period, col_unit, table_id=table_id,
                  period_note=note)
    return table_id


def build_category_counts(ctx: DocContext, grid: Grid, title: str) -> str | None:
    """Record a table of categories and one number each (e.g. referrals by reason)."""
    head = _single_column(ctx, grid, title)
    if head is None:
        return None
    unit_printed, col, col_printed, col_unit, period, note = head
    printed, measure, qualifier = _measure_from(col, title)
    table_id = ctx.new_table_id("category_counts")
    label_col = grid.label_headers[0] if grid.label_headers else "Category"
    frame = pd.DataFrame([[r.label, r.values[0].text] for r in grid.rows], columns=[label_col, col])
    for r in grid.rows:
        num = r.values[0].number
        if num is None:
            continue
        ctx.add_value(table_id, row=(r.start, r.end), cell=(r.values[0].start, r.values[0].end), value=num.value,
                      period=period, area=ctx.partnership, area_type="partnership", area_printed=None,
                      breakdown=clean_label(r.label), measure=measure, measure_printed=printed, qualifier=qualifier,
                      value_text=r.values[0].text, decimals=num.decimals, unit=col_unit or "count",
                      unit_printed=col_printed or unit_printed)
    ctx.add_table("category_counts", title, frame, grid.start, grid.end, period, col_unit or "count",
                  table_id=table_id, period_note=note)
    return table_id


_INLINE = re.compile(r"^(?P<label>[^:\t]{2,60}):\s*(?P<num>\d[\d,]*(?:\.\d+)?%?)\s*(?P<unit>per\s+[\d,]+(?:\s+[\w\-]+){0,3})?\s*$")


def inline_cells(ctx: DocContext, line: Line) -> list[tuple[re.Match[str], int, int]] | None:
    """The 'Area: N per 10,000' cells of a line when every cell has that form (two or more), else None."""
    cells = [c for c in ctx.cells(line) if c[0]] if line.tabbed else []
    matches = [(_INLINE.match(t), s, e) for t, s, e in cells]
    if len(matches) < 2 or not all(m for m, _, _ in matches):
        return None
    return matches  # type: ignore[return-value]


def build_inline_rates(ctx: DocContext, rows: list[tuple[Line, str]], title: str) -> str | None:
    """Record consecutive 'Area: N per 10,000' lines, each under its own heading (the measure)."""
    table_id = ctx.new_table_id("inline_rates")
    start, end = rows[0][0].start, rows[-1][0].end
    period, note = table_period(ctx, title, start)
    out = []
    for line, heading in rows:
        printed, measure, qualifier = measure_of(heading)
        for m, s, e in inline_cells(ctx, line) or []:
            num = parse_number(m.group("num"))
            label = m.group("label").strip()
            area = ctx.classify_area(label) or (label, "ward")
            unit_printed = (m.group("unit") or "").strip() or None
            unit = "%" if num and num.percent else normalise_unit(unit_printed, measure)
            out.append([heading, label, m.group(0)])
            if num is None:
                continue
            note_txt = None if ctx.classify_area(label) else "area type inferred: a named area beside partnership and force figures"
            ctx.add_value(table_id, row=(line.start, line.end), cell=(s, e), value=num.value, period=period,
                          area=area[0], area_type=area[1], area_printed=label, measure=measure,
                          measure_printed=printed, qualifier=qualifier, value_text=m.group("num"),
                          decimals=num.decimals, unit=unit, unit_printed=unit_printed, note=note_txt)
    frame = pd.DataFrame(out, columns=["Measure", "Area", "Cell"])
    ctx.add_table("inline_rates", title, frame, start, end, period, None, table_id=table_id, period_note=note)
    return table_id
