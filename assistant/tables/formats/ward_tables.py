"""Ward-level rate tables: a row per ward, a column per offence group, optionally a partnership column."""

from __future__ import annotations

import pandas as pd

from assistant.tables.context import DocContext
from assistant.tables.formats.common import footnotes_for, legend_after, table_period
from assistant.tables.formats.grid import Grid, column_unit, grid_unit
from assistant.tables.formats.labels import measure_of
from assistant.tables.vocabulary import normalise_unit

FLAG_NOTE = ("cell highlighting was lost in extraction; recompute 'above average' and 'significantly above "
             "average' with compute.above_average_flags")


def is_ward_grid(grid: Grid) -> bool:
    """True when the first label column is headed as a ward column."""
    return bool(grid.label_headers) and "ward" in grid.label_headers[0].lower()


def build_ward_table(ctx: DocContext, grid: Grid, title: str, last_line: int) -> str | None:
    """Record a ward table and its values; report and skip it when malformed. Returns the table id."""
    if grid.issues:
        ctx.problem("malformed ward table skipped: " + "; ".join(grid.issues), title=title,
                    start=grid.start, end=grid.end)
        return None
    headers = grid.label_headers
    bad = [r for r in grid.rows if len(r.labels) != len(headers)]
    if bad:
        ctx.problem(f"malformed ward table skipped: row '{bad[0].label}' has {len(bad[0].labels)} label cells, "
                    f"the header has {len(headers)}", title=title, start=grid.start, end=grid.end)
        return None
    partnership_col = next((k for k, h in enumerate(headers) if "partnership" in h.lower()), None)
    unit_printed, unit, inferred = grid_unit(title, grid)
    period, period_note = table_period(ctx, title, grid.start)
    table_id = ctx.new_table_id("ward_rates")
    names = [c.text for c in grid.value_names]
    frame = pd.DataFrame([[c.text for c in r.labels] + [c.text for c in r.values] for r in grid.rows],
                         columns=headers + names)
    for row in grid.rows:
        ward = row.labels[0].text
        ctx.wards.add(ward)
        partnership = row.labels[partnership_col].text if partnership_col is not None else ctx.partnership
        for name_cell, cell in zip(grid.value_names, row.values):
            num = cell.number
            if num is None:
                continue
            printed, measure, qualifier = measure_of(name_cell.text)
            col_printed, col_unit = column_unit(name_cell.text, unit)
            ctx.add_value(table_id, row=(row.start, row.end), cell=(cell.start, cell.end), value=num.value,
                          partnership=partnership, period=period, area=ward, area_type="ward", area_printed=ward,
                          measure=measure, measure_printed=printed, qualifier=qualifier, value_text=cell.text,
                          decimals=num.decimals, unit=col_unit or normalise_unit(unit_printed),
                          unit_printed=col_printed or unit_printed)
    notes = list(grid.notes)
    if grid.legend:
        notes.append("Key: " + "; ".join(grid.legend))
    legend = legend_after(ctx, last_line)
    if legend:
        notes.append(legend)
    if inferred:
        notes.append(f"unit not printed; read as '{unit}' because the title describes rates")
    notes.append(FLAG_NOTE)
    ctx.add_table("ward_rates", title, frame, grid.start, grid.end, period, unit, table_id=table_id,
                  period_note=period_note, notes=tuple(notes),
                  footnotes=footnotes_for(ctx, [title, *names], grid.end))
    return table_id
