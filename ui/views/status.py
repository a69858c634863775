"""Index status: what the index holds, when and with what it was built; rebuild with progress."""

from __future__ import annotations

from datetime import datetime

import streamlit as st

from assistant.errors import AssistantError, IndexMissing
from ui.components.text import escape_markdown
from ui.state import get_assistant, run_build
from ui.uploads import upload_folder, uploaded_files



def when(stamp: str) -> str:
    """'22 Nov 2026, 01:51' from the build stamp (as stored when it does not parse)."""
    try:
        return datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S%z").strftime("%d %b %Y, %H:%M")
    except (TypeError, ValueError):
        return stamp


assistant = get_assistant()
st.title("Index status")

try:
    status = assistant.status()
except IndexMissing:
    status = None
    st.warning("There is no index yet.")
except AssistantError as exc:
    status = None
    st.error(str(exc))

if status is not None:
    cols = st.columns(3)
    cols[0].metric("Documents", status.documents)
    cols[1].metric("Passages (chunks)", status.chunks)
    cols[2].metric("Tables", status.tables)
    st.markdown(f"**Built** {escape_markdown(when(status.built_at))} with the embedding model "
                f"**{escape_markdown(status.model)}**")
    uploads = uploaded_files(assistant.settings)
    st.caption(f"Corpus folder: {escape_markdown(str(assistant.settings.corpus_dir))} · "
               f"Uploads folder: {escape_markdown(str(upload_folder(assistant.settings)))} ({len(uploads)} file(s)) · "
               f"Index folder: {escape_markdown(str(assistant.settings.index_dir))}")
    if status.skipped:
        st.markdown("**Files that could not be used**")
        for s in status.skipped:
            st.markdown(f"- {escape_markdown(s.get('file', '?'))}: {escape_markdown(s.get('reason', ''))}")

st.subheader("Rebuild")
st.caption("Re-reads every document; passages already embedded are reused, so only new or changed text is embedded.")
if st.button("Rebuild the index", type="primary", key="rebuild", icon=":material/refresh:"):
    report = run_build(assistant)
    if report is not None:
        st.rerun()
if st.session_state.get("last_build"):
    with st.expander("Last build report", expanded=True):
        st.text(st.session_state["last_build"])
