"""Compare a measure across partnerships and periods: the values, their comparators and sources, a chart, a CSV."""

from __future__ import annotations

import re

import streamlit as st

from assistant.errors import AssistantError
from ui.components.compare import comparison_chart, display_frame, safe_csv
from ui.components.text import escape_markdown
from ui.state import get_assistant, ready

assistant = get_assistant()
st.title("Compare partnerships and years")
st.caption("Pick a measure to see every partnership and period whose documents report it, with the comparator "
           "values printed beside it, the source row and the document. The same figures the answers use.")
if not ready(assistant):
    st.stop()

try:
    choices = assistant.measure_choices()
except AssistantError as exc:
    st.error(str(exc))
    st.stop()
if not choices:
    st.info("This index holds no extracted tables to compare. Rebuild it on the Index status page.")
    st.stop()

default = choices.index("domestic abuse") if "domestic abuse" in choices else 0
measure = st.selectbox("Measure (harmonised names first, then labels as printed)", choices, index=default,
                       key="compare_measure")
try:
    rows = assistant.compare_measure(measure)
except AssistantError as exc:
    st.error(str(exc))
    st.stop()
if rows.empty:
    st.info(f"No partnership reports {escape_markdown(measure)}.")
    st.stop()

include_wards = st.toggle("Include wards and localities", key="compare_wards", value=False)
shown = rows if include_wards else rows[~rows["area_type"].isin(["ward", "locality"])]
if shown.empty:
    shown = rows
n_p, n_y = shown["partnership"].nunique(), shown["period"].nunique()
st.markdown(f"**{len(shown)}** values from **{n_p}** partnership(s) over **{n_y}** period(s).")

units = sorted({u for u in shown["unit"].dropna() if u})
if len(units) > 1:
    st.warning("These values are in different units (" + escape_markdown(", ".join(units)) +
               "): compare only values in the same unit.", icon=":material/straighten:")
if (shown["flags"].fillna("") != "").any():
    st.info("Some values are rounded, or counted with a different definition (for example with or without Covid "
            "breaches): see 'Check before comparing'.", icon=":material/rule:")

st.dataframe(display_frame(shown), hide_index=True, width="stretch", key="compare_table", column_config={
    "Source row": st.column_config.TextColumn(width="large"), "Document": st.column_config.TextColumn(width="medium"),
    "Check before comparing": st.column_config.TextColumn(width="medium"),
})
st.altair_chart(comparison_chart(shown, measure), width="stretch")
slug = re.sub(r"[^A-Za-z0-9]+", "-", measure).strip("-").lower() or "measure"
st.download_button("Download this comparison (CSV)", safe_csv(shown.drop(columns=["start", "end"], errors="ignore")),
                   file_name=f"compare-{slug}.csv", mime="text/csv", key="compare_csv", on_click="ignore",
                   icon=":material/download:")
