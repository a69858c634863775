"""Figures of an answer: a table with units, periods and formulas, a comparison chart, a CSV."""

from __future__ import annotations

import re
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


_UNIT_WORDS = {"rank": "rank (1 = highest)", "count": "number"}


def ordinal(n: float) -> str:
    """1 -> '1st', 22 -> '22nd'."""
    n = int(round(n))
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def unit_words(unit: str | None) -> str:
    """A unit as a reader says it: 'rank (1 = highest)', 'number', 'times the comparator'."""
    return _UNIT_WORDS.get((unit or "").strip().lower(), unit or "")


def reads_as(f: Figure, joint: bool = False) -> str:
    """A figure as a sentence fragment: '12.2 per 1,000 population', '20%', '3.7 times', '1st (highest)',
    'joint 1st (highest)', '22' (never '1 rank' or '22 count')."""
    unit = (f.unit or "").strip()
    low = unit.lower()
    v = float(f.value)
    number = f"{v:,.2f}".rstrip("0").rstrip(".") if abs(v - round(v)) > 1e-9 else f"{int(round(v)):,}"
    if low == "rank":
        text = ordinal(v) + (" (highest)" if int(round(v)) == 1 else "")
        return f"joint {text}" if joint else text
    if low == "count":
        return number
    if low == "%":
        return f"{number}%"
    if low in ("ratio", "times"):
        return f"{number} times"
    return f"{number} {unit}".strip()


def _identity(f: Figure) -> tuple:
    return ((f.label or "").strip().lower(), (f.area or "").lower(), (f.measure or "").lower(), f.period or "",
            round(float(f.value), 6), (f.unit or "").lower(), bool(f.computed), f.formula or "")


def unique_figures(figures: Sequence[Figure]) -> list[Figure]:
    """Each figure once (the force rate quoted beside three wards is one figure), its citations merged."""
    out: dict[tuple, Figure] = {}
    for f in figures:
        k = _identity(f)
        if k in out:
            kept = out[k]
            merged = tuple(dict.fromkeys((*kept.citations, *f.citations)))
            out[k] = Figure(kept.label, kept.area, kept.area_type, kept.measure, kept.period, kept.value, kept.unit,
                            kept.computed, kept.formula, merged)
        else:
            out[k] = f
    return list(out.values())


def joint_ranks(figures: Sequence[Figure]) -> set[int]:
    """Positions (in `figures`) of rank figures that share their rank with another area, or rank figures whose
    ranked values tie (the 'rank of x among [...]' formula holds x more than once)."""
    out: set[int] = set()
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, f in enumerate(figures):
        if (f.unit or "").lower() == "rank":
            groups[((f.measure or "").lower(), f.period or "", round(float(f.value)))].append(i)
            m = re.match(r"rank of ([-\d.]+) among \[([^\]]*)\]", f.formula or "")
            if m and [x.strip() for x in m.group(2).split(",")].count(m.group(1)) > 1:
                out.add(i)
    for members in groups.values():
        if len({figures[i].area for i in members}) > 1:
            out.update(members)
    return out


def figures_table(figures: Sequence[Figure]) -> pd.DataFrame:
    """The figures for display: each once, read naturally, computed ones marked with their formula."""
    figures = unique_figures(figures)
    joint = joint_ranks(figures)
    rows = [{
        "Figure": re.sub(r"\brank (\d+) of", "joint rank \\1 of", f.label) if i in joint else f.label,
        "Area": f.area or "",
        "Reads as": reads_as(f, i in joint),
        "Value": f.value,
        "Unit": unit_words(f.unit),
        "Period": f.period or "",
        "How obtained": how_obtained(f),
    } for i, f in enumerate(figures)]
    return pd.DataFrame(rows, columns=["Figure", "Area", "Reads as", "Period", "How obtained", "Value", "Unit"])


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
    for f in unique_figures(figures):
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


def tab_labels(frames: list[pd.DataFrame]) -> list[str]:
    """One distinct label per chart tab: the measure, then its unit, then its period when names repeat."""
    def measure(f):
        m = str(f["measure"].iloc[0])
        return m[:1].upper() + m[1:]

    labels = [measure(f) for f in frames]
    for extra in (lambda f: unit_words(str(f["unit"].iloc[0])), lambda f: ", ".join(sorted({p for p in f["period"] if p})),
                  lambda f: ", ".join(sorted(set(f["area_type"])))):
        counts = defaultdict(int)
        for label in labels:
            counts[label] += 1
        labels = [f"{label} ({extra(f)})" if counts[label] > 1 and extra(f) else label for label, f in zip(labels, frames)]
    seen: dict[str, int] = defaultdict(int)
    out = []
    for label in labels:
        seen[label] += 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return out
