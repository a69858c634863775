"""One answer on the page: its text, notes, figures, sources and a Markdown export."""

from __future__ import annotations

import re

import streamlit as st

from assistant.types import Answer

from .figures import (comparison_chart, comparison_frames, figures_csv, figures_table, how_obtained, reads_as,
                      tab_labels, unique_figures)
from .sources import provenance, render_sources
from .text import answer_markdown, escape_markdown

_FALLBACK = re.compile(r"extractive answer shown|fell back|fallback", re.IGNORECASE)
_BY_MODEL = re.compile(r"written by the language model", re.IGNORECASE)


def export_markdown(answer: Answer) -> str:
    """The answer with its figures and citations as a Markdown document an officer can paste or file."""
    lines = [f"## {answer.question.strip()}", ""]
    if answer.status != "answered":
        lines += ["*Insufficient evidence in the documents.*", ""]
    lines += [answer.answer.strip(), ""]
    if answer.figures:
        lines += ["### Figures", "", "| Figure | Area | Value | Unit | Period | How obtained |", "|---|---|---|---|---|---|"]
        for f in unique_figures(answer.figures):
            cells = [f.label, f.area or "", reads_as(f), f.unit, f.period or "", how_obtained(f)]
            lines.append("| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |")
        lines.append("")
    if answer.citations:
        lines += ["### Sources", ""]
        for c in answer.citations:
            lines.append(f"[{c.n}] {c.title} ({c.source}) — {provenance(c)}")
            lines.append("")
            lines += ["> " + " ".join(line.split()) for line in c.text.split("\n") if line.strip()]
            lines.append("")
    for note in answer.notes:
        lines.append(f"- Note: {note}")
    return "\n".join(lines).rstrip() + "\n"


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()[:60] or "answer"


def render_notes(answer: Answer) -> None:
    """Verifier and language-model notes, in words a reader can act on; the raw notes on request."""
    if not answer.notes:
        return
    notes = list(answer.notes)
    if any(_FALLBACK.search(n) for n in notes):
        st.info("The language model's answer could not be checked against the documents, so the answer "
                "quoted directly from the sources is shown instead.", icon=":material/fact_check:")
    elif any(_BY_MODEL.search(n) for n in notes):
        st.caption("Written by the language model from the sources below, and checked against them.")
    if any(n.startswith("verifier") for n in notes):
        st.info("Parts of this answer that could not be checked against the documents were removed.",
                icon=":material/fact_check:")
    with st.expander("Details of the checks"):
        for n in notes:
            st.caption(escape_markdown(n))


def render_coverage(documents) -> None:
    """What the corpus does hold, for an answer the documents cannot give."""
    with st.expander("What the documents cover"):
        for d in sorted(documents, key=lambda d: (d.partnership or "", d.period or "")):
            st.markdown(f"- **{escape_markdown(d.partnership or 'Unknown partnership')}**, "
                        f"{escape_markdown(d.period or 'period not stated')}: {escape_markdown(d.title)}")


def render_figures(answer: Answer, key: str) -> None:
    """The figures table, a chart when areas are compared, and a CSV download."""
    if not answer.figures:
        return
    st.markdown("**Figures**")
    st.dataframe(figures_table(answer.figures), hide_index=True, width="stretch", column_config={
        "Figure": st.column_config.TextColumn(width="medium"),
        "How obtained": st.column_config.TextColumn(width="large", help="As printed in a source [n], or the formula"),
        "Value": st.column_config.NumberColumn(format="%.4g"),
    })
    frames = comparison_frames(answer.figures)
    if len(frames) == 1:
        st.altair_chart(comparison_chart(frames[0]), width="stretch")
    elif frames:
        tabs = st.tabs(tab_labels(frames[:3]))
        for tab, frame in zip(tabs, frames[:3]):
            with tab:
                st.altair_chart(comparison_chart(frame), width="stretch")
    st.download_button("Download the figures (CSV)", figures_csv(answer.figures),
                       file_name=f"{_slug(answer.question)}-figures.csv", mime="text/csv", key=f"{key}-csv",
                       on_click="ignore", icon=":material/table_view:")


def render_answer(answer: Answer, key: str, assistant, documents=()) -> None:
    """Everything under one question: the answer, notes, figures, sources, export (in a container keyed
    `{key}-answer`, so the page can bring the answer's start into view)."""
    with st.container(key=f"{key}-answer"):
        _render_answer(answer, key, assistant, documents)


def _render_answer(answer: Answer, key: str, assistant, documents=()) -> None:
    if answer.status == "answered":
        st.markdown(answer_markdown(answer.answer))
    else:
        st.warning("**Not found in the documents.**  \n" + answer_markdown(answer.answer), icon=":material/search_off:")
        if documents:
            render_coverage(documents)
    render_notes(answer)
    render_figures(answer, key)
    render_sources(answer.citations, key, assistant, answer.figures)
    md = export_markdown(answer)
    with st.container(horizontal=True):
        st.download_button("Download answer with sources (Markdown)", md, file_name=f"{_slug(answer.question)}.md",
                           mime="text/markdown", key=f"{key}-md", on_click="ignore", icon=":material/download:")
        with st.popover("Copy as Markdown", icon=":material/content_copy:"):
            st.code(md, language="markdown", wrap_lines=True)
