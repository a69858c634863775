"""Figures of an answer: a table with units, periods and formulas, a comparison chart, a CSV."""

from __future__ import annotations

from collections import defaultdict
from typing import Sequence

import pandas as pd

from assistant.types import Figure

RAW_COLUMNS = ["label", "area", "area_type", "measure", "period", "value", "unit", "computed", "formula", "citations"]


def figures_records(figures: Sequence[Figure]) -> pd.DataFrame:
    """One row per figure, every field kept (what the CSV download holds)."""
    rows = []
    for f in figures:
        rows.append({
            "label": f.label, "area": f.area, "area_type": f.area_type, "measure": f.measure,
            "period": f.period, "value": f.value, "unit": f.unit, "computed": bool(f.computed),
            "formula": f.formula or "", "citations": " ".join(f"[{n}]" for n in f.citations),
        })
    return pd.DataFrame(rows, columns=RAW_COLUMNS)


def how_obtained(f: Figure) -> str:
    """'computed: 12.2 / 3.3' for computed figures, else which sources print it."""
    cites = " ".join(f"[{n}]" for n in f.citations)
    if f.computed:
        return f"computed: {f.formula}" if f.formula else "computed"
    return f"as printed in {cites}" if cites else "as printed"


def figures_table(figures: Sequence[Figure]) -> pd.DataFrame:
    """The figures for display: readable headers, computed ones marked with their formula."""
    rows = [{
        "Figure": f.label,
        "Area": f.area or "",
        "Value": f.value,
        "Unit": f.unit,
        "Period": f.period or "",
        "How obtained": how_obtained(f),
    } for f in figures]
    return pd.DataFrame(rows, columns=["Figure", "Area", "Value", "Unit", "Period", "How obtained"])


def figures_csv(figures: Sequence[Figure]) -> bytes:
    """The figures as CSV (UTF-8 with a BOM so spreadsheets read the £ and – signs)."""
    return figures_records(figures).to_csv(index=False).encode("utf-8-sig")


def _group_key(f: Figure) -> tuple[str, str]:
    return ((f.measure or "").strip().lower(), (f.unit or "").strip().lower())


def comparison_frames(figures: Sequence[Figure]) -> list[pd.DataFrame]:
    """Groups of 2+ figures that share a measure and unit across different areas, largest first.

    Each frame has columns area, value, unit, measure, period, area_type, label, computed:
    what a bar chart comparing areas (wards against the force, partnerships side by side) needs.
    """
    groups: dict[tuple[str, str], list[Figure]] = defaultdict(list)
    for f in figures:
        if f.area and f.measure and f.value is not None:
            groups[_group_key(f)].append(f)
    frames = []
    for members in groups.values():
        if len({m.area for m in members}) < 2:
            continue
        repeated = len({m.area for m in members}) < len(members)
        rows = [{
            "area": f"{m.area} ({m.period})" if repeated and m.period else m.area,
            "value": float(m.value), "unit": m.unit, "measure": m.measure, "period": m.period or "",
            "area_type": m.area_type or "area", "label": m.label, "computed": bool(m.computed),
        } for m in members]
        frame = pd.DataFrame(rows).drop_duplicates(subset=["area"]).sort_values("value", ascending=False)
        frames.append(frame.reset_index(drop=True))
    # The most areas first; printed figures before computed ones when sizes tie.
    frames.sort(key=lambda df: (-len(df), bool(df["computed"].all())))
    return frames


def chart_title(frame: pd.DataFrame) -> str:
    """'Residential burglary (per 1,000 people), 2018-19'."""
    measure = str(frame["measure"].iloc[0])
    unit = str(frame["unit"].iloc[0])
    periods = sorted({p for p in frame["period"] if p})
    when = f", {', '.join(periods)}" if periods else ""
    return f"{measure[:1].upper()}{measure[1:]} ({unit}){when}"


AREA_COLOURS = {"ward": "#d9822b", "locality": "#e6a15c", "partnership": "#2f6fb0", "county": "#4d4d4d",
                "force": "#4d4d4d", "region": "#808080", "national": "#808080", "similar_forces": "#a0a0a0"}


def comparison_chart(frame: pd.DataFrame):
    """A horizontal bar chart of one comparison group, coloured by kind of area (ward, force...), values labelled."""
    import altair as alt

    types = list(dict.fromkeys(frame["area_type"]))
    colours = [AREA_COLOURS.get(t, "#5b8db8") for t in types]
    base = alt.Chart(frame, title=chart_title(frame)).encode(
        y=alt.Y("area:N", sort=list(frame["area"]), title=None, axis=alt.Axis(labelLimit=260)),
        x=alt.X("value:Q", title=str(frame["unit"].iloc[0])),
        tooltip=[alt.Tooltip("label:N", title="Figure"), alt.Tooltip("value:Q", title="Value"),
                 alt.Tooltip("unit:N", title="Unit"), alt.Tooltip("period:N", title="Period")],
    )
    bars = base.mark_bar().encode(
        color=alt.Color("area_type:N", title="Area", scale=alt.Scale(domain=types, range=colours),
                        legend=alt.Legend(orient="bottom")),
    )
    labels = base.mark_text(align="left", dx=4).encode(text=alt.Text("value:Q", format=",.4~g"))
    # A height per bar (Step) keeps bars apart however many areas there are.
    return (bars + labels).properties(height=alt.Step(34))
