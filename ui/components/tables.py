"""The tables browser: list the extracted tables, show one with its provenance, download it as CSV."""

from __future__ import annotations

import re

import pandas as pd
import streamlit as st

from assistant.errors import AssistantError, IndexMissing
from assistant.types import PAGE_INFERRED_NOTE

from .text import escape_markdown

LISTING_COLUMNS = {"id": "Table", "title": "Title", "partnership": "Partnership", "period": "Period", "kind": "Kind",
                   "unit": "Unit", "section": "Section", "page": "Page", "n_rows": "Rows", "n_cols": "Columns"}


def table_csv(frame: pd.DataFrame) -> bytes:
    """A table as CSV (UTF-8 with a BOM for spreadsheets)."""
    return frame.to_csv(index=False).encode("utf-8-sig")


def table_label(row: pd.Series) -> str:
    """'Ward rates — Lichfield, 2018-19' for the table picker."""
    parts = [str(row[k]) for k in ("partnership", "period") if k in row and pd.notna(row[k]) and row[k] != ""]
    title = str(row.get("title") or row.get("id"))
    return f"{title} — {', '.join(parts)}" if parts else title


def table_provenance(info) -> str:
    """'lichfield.txt · Appendices > Data tables · page 30 (inferred)'."""
    where = [str(x) for x in (info.source, info.section) if x]
    if info.page:
        where.append(f"page {info.page}" + (f" ({PAGE_INFERRED_NOTE})" if info.page_inferred else ""))
    if info.period:
        where.append(f"period {info.period}" + (f" ({info.period_note})" if info.period_note else ""))
    return " · ".join(where)


def render_tables_browser(assistant) -> None:
    """Pick a table, see it and where it comes from, download it."""
    try:
        store = assistant.tables
        listing = store.list_tables()
    except IndexMissing:
        st.info("This index holds no extracted tables. Rebuild it on the Index status page to extract them.")
        return
    except AssistantError as exc:
        st.error(str(exc))
        return
    if listing.empty:
        st.info("No tables were found in the documents.")
        return
    partnerships = sorted(p for p in listing["partnership"].dropna().unique() if p)
    chosen = st.multiselect("Partnership", partnerships, key="tables_partnership", placeholder="All partnerships")
    shown = listing[listing["partnership"].isin(chosen)] if chosen else listing
    labels = {row["id"]: table_label(row) for _, row in shown.iterrows()}
    if not labels:
        st.info("No tables for that choice.")
        return
    table_id = st.selectbox(f"Table ({len(labels)} of {len(listing)})", list(labels), format_func=labels.get,
                            key="tables_pick")
    try:
        info, frame = store.info(table_id), store.table(table_id)
    except AssistantError as exc:
        st.error(str(exc))
        return
    st.caption(escape_markdown(table_provenance(info)))
    st.dataframe(frame, hide_index=True, width="stretch")
    for note in (*info.footnotes, *info.notes):
        st.caption(escape_markdown(str(note)))
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", str(table_id)).strip("-") or "table"
    st.download_button("Download this table (CSV)", table_csv(frame), file_name=f"{slug}.csv", mime="text/csv",
                       key="tables_csv", on_click="ignore", icon=":material/download:")
    with st.expander(f"All {len(listing)} tables"):
        cols = [c for c in LISTING_COLUMNS if c in listing.columns]
        st.dataframe(listing[cols].rename(columns=LISTING_COLUMNS), hide_index=True, width="stretch")
