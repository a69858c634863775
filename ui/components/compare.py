"""The comparison page's pure parts: the display frame, a safe CSV and the chart."""

from __future__ import annotations

import pandas as pd

from assistant.types import PAGE_INFERRED_NOTE

DISPLAY = {"partnership": "Partnership", "period": "Period", "area": "Area", "area_type": "Area type",
           "value": "Value", "unit": "Unit", "comparators": "Comparators (same table)", "flags": "Check before comparing",
           "measure_printed": "Printed as", "table": "Table", "row_text": "Source row", "title": "Document",
           "source": "File", "page": "Page"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def display_frame(df: pd.DataFrame) -> pd.DataFrame:
    """The comparison rows with readable headers; the page shown as 'page N (inferred ...)' for text documents."""
    out = df.copy()
    if "page" in out.columns:
        out["page"] = [("" if pd.isna(p) else f"{int(p)}" + (f" ({PAGE_INFERRED_NOTE})" if bool(i) else ""))
                       for p, i in zip(out["page"], out.get("page_inferred", [False] * len(out)))]
    out["row_text"] = out["row_text"].fillna("").map(lambda t: " | ".join(c.strip() for c in str(t).split("\t")))
    cols = [c for c in DISPLAY if c in out.columns]
    return out[cols].rename(columns=DISPLAY)


def neutralise(value):
    """A cell a spreadsheet would run as a formula (= + - @ at the start) gets a leading quote."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def safe_csv(df: pd.DataFrame) -> bytes:
    """CSV (UTF-8 with a BOM) with every text cell that starts like a formula neutralised."""
    safe = df.copy()
    for c in safe.columns:
        if not pd.api.types.is_numeric_dtype(safe[c]) and not pd.api.types.is_bool_dtype(safe[c]):
            safe[c] = safe[c].map(neutralise)
    safe.columns = [neutralise(str(c)) for c in safe.columns]
    return safe.to_csv(index=False).encode("utf-8-sig")


def chart_frame(df: pd.DataFrame) -> pd.DataFrame:
    """One bar per partnership (or area) and period: 'Tamworth 2020-21'."""
    rows = df.dropna(subset=["value"]).copy()
    rows["label"] = rows["area"].fillna(rows["partnership"]).astype(str) + " " + rows["period"].fillna("").astype(str)
    rows = rows.drop_duplicates(subset=["label", "unit", "value"])
    return rows


def comparison_chart(df: pd.DataFrame, measure: str):
    """Bars of the value by area and period, one colour per unit (so per 1,000 and per 10,000 never look alike)."""
    import altair as alt

    data = chart_frame(df)
    return alt.Chart(data, title=f"{measure[:1].upper()}{measure[1:]} by partnership and period").mark_bar().encode(
        y=alt.Y("label:N", title=None, sort=list(data.sort_values("value", ascending=False)["label"]),
                axis=alt.Axis(labelLimit=300)),
        x=alt.X("value:Q", title="value"),
        color=alt.Color("unit:N", title="Unit", legend=alt.Legend(orient="bottom")),
        tooltip=["partnership", "period", "area", "value", "unit", "flags"],
    ).properties(height=alt.Step(26))
