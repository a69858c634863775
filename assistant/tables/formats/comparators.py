"""Partnership-versus-comparator tables: a row per offence, a column per area (partnership, force...).

Handles grouped rows ('Victim-based offences' / 'Burglary - Burglary Residential'), rows printed
without their first cell, rows with no values, capitalised parent rows and rounded columns.
"""

from __future__ import annotations

import pandas as pd

from assistant.tables.cells import clean_label
from assistant.tables.context import DocContext
from assistant.tables.formats.common import footnotes_for, legend_after, table_period
from assistant.tables.formats.grid import Grid, column_unit, grid_unit
from assistant.tables.formats.labels import measure_of, parent_rows


def area_columns(ctx: DocContext, grid: Grid) -> list[tuple[str, str] | None]:
    """The area each value column describes, or None where the header names no area."""
    return [ctx.classify_area(c.text) for c in grid.value_names]


def is_comparator_grid(ctx: DocContext, grid: Grid) -> bool:
    """At least two value columns, most of them naming areas."""
    areas = area_columns(ctx, grid)
    return grid.n >= 2 and sum(a is not None for a in areas) >= max(2, grid.n - 1)


def build_comparator_table(ctx: DocContext, grid: Grid, title: str, last_line: int) -> str | None:
    """Record a comparator table and its values; report and skip it when malformed."""
    if grid.issues:
        ctx.problem("malformed table skipped: " + "; ".join(grid.issues), title=title,
                    start=grid.start, end=grid.end)
        return None
    areas = area_columns(ctx, grid)
    unit_printed, unit, inferred = grid_unit(title, grid)
    period, period_note = table_period(ctx, title, grid.start)
    table_id = ctx.new_table_id("comparator")
    all_rows = sorted(grid.rows + grid.empty_rows, key=lambda r: r.start)
    groups: list[str | None] = []
    current: str | None = None
    for r in all_rows:
        if len(r.labels) >= 2:
            current = clean_label(r.labels[0].text)
        groups.append(current)
    parsed = [measure_of(r.label) for r in all_rows]
    parents = parent_rows([p[0] for p in parsed], [p[1] for p in parsed], groups)
    label_cols = grid.label_headers or ["Measure"]
    if any(len(r.labels) >= 2 for r in all_rows) and len(label_cols) < 2:
        label_cols = ["Group", *label_cols]
    names = [c.text for c in grid.value_names]
    records = []
    for r, g in zip(all_rows, groups):
        labels = [g or "", r.label] if len(label_cols) == 2 else [r.label]
        values = [c.text for c in r.values] or [""] * grid.n
        records.append(labels + values)
    frame = pd.DataFrame(records, columns=label_cols + names)
    decimals_by_col: list[set[int]] = [set() for _ in names]
    for i, r in enumerate(all_rows):
        printed, measure, qualifier = parsed[i]
        p = parents[i]
        parent = (parsed[p][1] or parsed[p][0]) if p is not None else None
        if not r.values:
            ctx.problem(f"row '{printed}' has no values; kept in the table without values", severity="warning",
                        title=title, start=r.start, end=r.end, table_id=table_id)
            continue
        for k, cell in enumerate(r.values):
            num = cell.number
            if num is None or areas[k] is None:
                continue
            decimals_by_col[k].add(num.decimals)
            col_printed, col_unit = column_unit(names[k], unit)
            area, area_type = areas[k]
            ctx.add_value(table_id, row=(r.start, r.end), cell=(cell.start, cell.end), value=num.value,
                          period=period, area=area, area_type=area_type, area_printed=names[k],
                          breakdown=None, measure=measure, measure_printed=printed, parent_measure=parent,
                          qualifier=qualifier, value_text=cell.text, decimals=num.decimals,
                          unit=col_unit, unit_printed=col_printed or unit_printed,
                          note=f"group: {groups[i]}" if groups[i] else None)
    notes = list(grid.notes)
    unnamed = [names[k] for k, a in enumerate(areas) if a is None]
    if unnamed:
        notes.append("columns not read as areas (no values kept): " + ", ".join(unnamed))
    rounded = [names[k] for k, d in enumerate(decimals_by_col) if d == {0}]
    if rounded and len(rounded) < len(names):
        notes.append("printed as rounded whole numbers: " + ", ".join(rounded))
    legend = legend_after(ctx, last_line)
    if legend:
        notes.append(legend + " (highlighting lost in extraction)")
    if inferred:
        notes.append(f"unit not printed; read as '{unit}' because the title describes rates")
    if period_note:
        notes.append(f"period {period_note}")
    ctx.add_table("comparator", title, frame, grid.start, grid.end, period, unit, table_id=table_id,
                  period_note=period_note, notes=tuple(notes),
                  footnotes=footnotes_for(ctx, [title, *[r.label for r in all_rows]], grid.end))
    return table_id
