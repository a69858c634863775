"""Corpus & tables: the documents and their provenance, the extracted tables, and uploads."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ui.components.tables import render_tables_browser
from ui.components.text import escape_markdown
from ui.state import get_assistant, progress_callback, ready
from ui.uploads import ALLOWED_SUFFIXES, add_uploads, upload_folder

PROVENANCE = {"partnership": "Partnership", "period": "Period", "title": "Title", "kind": "Kind",
              "data_period": "Data period", "published": "Published", "producer": "Produced by",
              "source": "File", "file_type": "Type", "inferred": "Inferred from the text"}


def documents_frame(documents) -> pd.DataFrame:
    """One row per document with its provenance."""
    rows = []
    for d in documents:
        row = d.to_dict()
        row["inferred"] = ", ".join(row.get("inferred") or [])
        rows.append({label: row.get(key) for key, label in PROVENANCE.items()})
    return pd.DataFrame(rows, columns=list(PROVENANCE.values()))


def render_upload(assistant) -> None:
    """Upload PDF or text files; they are indexed with progress and each outcome is named."""
    st.subheader("Add documents")
    st.caption("PDF or plain text. Each file is checked and indexed; existing documents are kept. Uploads are kept "
               f"in {escape_markdown(str(upload_folder(assistant.settings)))}, never in the corpus folder.")
    outcome = st.session_state.pop("upload_outcome", None)
    if outcome is not None:
        show_outcome(outcome)
    generation = st.session_state.setdefault("upload_generation", 0)
    files = st.file_uploader("Upload PDF or text files", type=[s.lstrip(".") for s in ALLOWED_SUFFIXES],
                             accept_multiple_files=True, key=f"uploads-{generation}",
                             max_upload_size=max(1, int(assistant.settings.max_file_mb)))
    if not st.button("Add to the corpus", type="primary", disabled=not files, key="add_uploads"):
        return
    bar = st.progress(0.0, text="Saving the files…")
    with st.spinner("Indexing the new documents…"):
        outcome = add_uploads(assistant, [(f.name, f.getvalue()) for f in files], progress_callback(bar))
    bar.empty()
    # Show the outcome after a rerun with an empty uploader, so the lists above include the new documents
    # and the same files cannot be added twice by a second click.
    st.session_state["upload_outcome"] = outcome
    st.session_state["upload_generation"] = generation + 1
    st.rerun()


def show_outcome(outcome) -> None:
    """One message per uploaded file, naming it."""
    for uploaded, saved in outcome.added:
        st.success(f"Added **{escape_markdown(uploaded)}** as {escape_markdown(saved)}.", icon=":material/check_circle:")
    for uploaded, held in getattr(outcome, "present", ()):
        st.info(f"**{escape_markdown(uploaded)}** is already in the corpus as {escape_markdown(held)} "
                "(the same content); it was not added again.", icon=":material/content_copy:")
    for uploaded, reason in outcome.rejected:
        st.error(f"**{escape_markdown(uploaded)}** was not added: {escape_markdown(reason)}", icon=":material/error:")
    if outcome.error:
        st.error(escape_markdown(outcome.error))
    if outcome.report is not None:
        with st.expander("Build report"):
            st.text(outcome.report.summary())


assistant = get_assistant()
st.title("Corpus & tables")
if not ready(assistant):
    st.stop()

documents = assistant.documents()
st.subheader(f"Documents ({len(documents)})")
st.dataframe(documents_frame(documents), hide_index=True, width="stretch", column_config={
    "Title": st.column_config.TextColumn(width="large"), "Kind": st.column_config.TextColumn(width="medium"),
    "File": st.column_config.TextColumn(width="medium"),
})

st.subheader("Tables")
render_tables_browser(assistant)

render_upload(assistant)
