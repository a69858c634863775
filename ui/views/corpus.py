"""Corpus & tables: the documents and their provenance, the extracted tables, and uploads."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ui.components.tables import render_tables_browser
from ui.components.text import escape_markdown
from ui.state import get_assistant, progress_callback, ready
from assistant.errors import AssistantError
from ui.uploads import (ALLOWED_SUFFIXES, UploadRejected, add_uploads, correct_upload, upload_folder, upload_records,
                        uploaded_files)

PROVENANCE = {"partnership": "Partnership", "period": "Period", "title": "Title", "kind": "Kind",
              "data_period": "Data period", "published": "Published", "producer": "Produced by",
              "source": "File", "file_type": "Type", "inferred": "Inferred from the text",
              "corrected": "Set by the user", "uploaded": "Uploaded"}


def documents_frame(documents) -> pd.DataFrame:
    """One row per document with its provenance."""
    rows = []
    for d in documents:
        row = d.to_dict()
        row["inferred"] = ", ".join(row.get("inferred") or [])
        row["corrected"] = ", ".join(row.get("corrected") or [])
        rows.append({label: row.get(key) for key, label in PROVENANCE.items()})
    return pd.DataFrame(rows, columns=list(PROVENANCE.values()))


def field_label(meta, name: str) -> str:
    """'Burntwood (inferred)', 'Cannock Chase (set by the user)', 'not found in the text (inferred)' or the manifest's value."""
    value = getattr(meta, name, None)
    if name in getattr(meta, "corrected", ()):
        return f"{value} (set by the user)"
    if name in meta.inferred or (not value and (meta.inferred or getattr(meta, "uploaded", None))):
        return f"{value or 'not found in the text'} (inferred)"
    return f"{value or 'not stated'} (manifest)"


def correctable(meta) -> bool:
    """An upload without a manifest entry: its details were inferred from its text or set by the user."""
    return bool(meta.inferred or getattr(meta, "corrected", ()))


def render_uploaded(assistant, documents) -> None:
    """Each upload: when it was uploaded and its hash; for one without a manifest entry, its inferred partnership and
    kind with inputs to correct them (saved in the upload record, then the index is rebuilt)."""
    files = uploaded_files(assistant.settings)
    if not files:
        return
    records = upload_records(assistant.settings)
    metas = {d.source: d for d in documents}
    st.subheader(f"Uploaded documents ({len(files)})")
    done = st.session_state.pop("correction_outcome", None)
    if done is not None:
        kind, message = done
        (st.success if kind == "ok" else st.error)(escape_markdown(message))
    for path in files:
        name, record, meta = path.name, records.get(path.name), metas.get(path.name)
        with st.container(border=True, key=f"upload-{name}"):
            st.markdown(f"**{escape_markdown(meta.title if meta else name)}** — {escape_markdown(name)}")
            if record:
                original = record.get("original_name")
                st.caption(escape_markdown(
                    f"Uploaded {record.get('uploaded_at', 'at an unknown time')}"
                    + (f" as {original}" if original and original != name else "")
                    + f" · sha256 {record.get('sha256', 'unknown')}"))
            else:
                st.caption("Added before uploads were recorded: no upload time or hash is known.")
            if meta is None:
                st.caption("Not in the index (it could not be read, or the index has not been rebuilt yet).")
                continue
            st.caption(escape_markdown(f"Provenance: {meta.provenance}"))
            st.markdown(escape_markdown(f"Partnership: {field_label(meta, 'partnership')} · "
                                        f"Kind: {field_label(meta, 'kind')}"))
            if not correctable(meta) or not record:
                continue
            left, right = st.columns(2)
            partnership = left.text_input("Correct the partnership", value=meta.partnership or "",
                                          key=f"fix-partnership-{name}", max_chars=200)
            kind = right.text_input("Correct the kind", value=meta.kind or "", key=f"fix-kind-{name}", max_chars=200,
                                    placeholder="e.g. strategic assessment")
            if st.button("Save the correction", key=f"fix-save-{name}"):
                bar = st.progress(0.0, text="Rebuilding the index…")
                try:
                    with st.spinner("Saving the correction and rebuilding the index…"):
                        correct_upload(assistant, name, partnership, kind, progress_callback(bar))
                    outcome = ("ok", f"Saved: {name} is now described with the partnership and kind you set.")
                except (UploadRejected, OSError) as exc:
                    outcome = ("error", f"The correction to {name} was not saved: {exc}")
                except AssistantError as exc:
                    outcome = ("error", f"The correction to {name} was saved, but the index could not be rebuilt "
                                        f"({exc}); it applies at the next build.")
                bar.empty()
                st.session_state["correction_outcome"] = outcome
                st.rerun()


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

render_uploaded(assistant, documents)

st.subheader("Tables")
render_tables_browser(assistant)

render_upload(assistant)
