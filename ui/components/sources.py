"""Sources of an answer: where each citation comes from, the passage with its cited sentences, the full section."""

from __future__ import annotations

import re

import streamlit as st

from assistant.errors import AssistantError
from assistant.types import Citation, ParsedDocument, Section

from .text import TableBlock, escape_markdown, passage_blocks

_PAGE_NOTE = re.compile(r"\s*\((page\s+\d+[^)]*)\)\s*$", re.IGNORECASE)
MAX_SECTION_CHARS = 60_000
MARK_CSS = "background-color: rgba(255, 164, 33, 0.22)"  # the same tint as :orange-background[]


def split_section(section: str) -> tuple[str, str | None]:
    """('A > B', 'page 11 inferred from the contents list') from the citation's section string."""
    m = _PAGE_NOTE.search(section or "")
    if not m:
        return (section or "").strip(), None
    return section[: m.start()].strip(), m.group(1).strip()


def page_label(c: Citation) -> str:
    """'page 7', 'page 11 (inferred from the contents list)' or 'no page number'."""
    _, note = split_section(c.section)
    if c.page:
        return f"page {c.page}"
    if note:
        m = re.match(r"page\s+(\d+)\s*(.*)", note, re.IGNORECASE)
        if m:
            rest = m.group(2).strip()
            return f"page {m.group(1)} ({rest})" if rest else f"page {m.group(1)}"
        return note
    return "no page number"


def provenance(c: Citation) -> str:
    """One line: partnership · period · section path · page."""
    path, _ = split_section(c.section)
    parts = [c.partnership or "partnership not stated", c.period or "period not stated", path or "no section", page_label(c)]
    return " · ".join(parts)


def find_section(doc: ParsedDocument, c: Citation) -> Section | None:
    """The section the citation names (the innermost one holding the passage when several match)."""
    path, _ = split_section(c.section)
    named = [s for s in doc.sections if " > ".join(s.path) == path]
    holding = [s for s in named if s.start <= c.start < s.end] or named
    if holding:
        return min(holding, key=lambda s: s.end - s.start)
    return doc.section_at(c.start)


def section_blocks(doc: ParsedDocument, section: Section, c: Citation) -> list:
    """The full section as passage blocks, with the citation's sentences highlighted in place."""
    text = doc.text[section.start : section.end]
    ranges = []
    if doc.text[c.start : c.end] == c.text:
        shift = c.start - section.start
        ranges = [(a + shift, b + shift) for a, b in c.highlights]
    return passage_blocks(text[:MAX_SECTION_CHARS], ranges)


def styled(block: TableBlock):
    """A table block with its cited rows tinted (a pandas Styler: no HTML from the document is rendered)."""
    marked = block.marked
    return block.frame.style.apply(lambda row: [MARK_CSS if marked[row.name] else "" for _ in row], axis=1)


def render_passage(blocks: list) -> None:
    """Prose as escaped Markdown, tables as scrollable frames."""
    for block in blocks:
        if isinstance(block, TableBlock):
            st.dataframe(styled(block), hide_index=True, width="stretch")
        elif block:
            st.markdown(block)


def render_citation(c: Citation, key: str, assistant) -> None:
    """One source: title, provenance, the passage with cited sentences highlighted, a way into the full section."""
    with st.container(border=True):
        st.markdown(f"**\\[{c.n}\\] {escape_markdown(c.title)}**")
        st.caption(escape_markdown(provenance(c)))
        render_passage(passage_blocks(c.text, c.highlights))
        box = st.expander("Open the full section", key=f"{key}-section-{c.n}", on_change="rerun")
        if box.open:
            with box:
                _render_section(c, assistant)


def _render_section(c: Citation, assistant) -> None:
    try:
        doc = assistant.document(c.doc_id)
    except (KeyError, AssistantError) as exc:
        st.error(f"The document {c.source} is no longer in the index ({exc}).")
        return
    section = find_section(doc, c)
    if section is None:
        st.info("This passage is not inside a titled section of the document.")
        return
    where = " > ".join(section.path)
    st.caption(f"{escape_markdown(doc.meta.title)} · {escape_markdown(where)} · {escape_markdown(doc.meta.source)}")
    if section.end - section.start > MAX_SECTION_CHARS:
        st.caption(f"Showing the first {MAX_SECTION_CHARS:,} characters of this long section.")
    render_passage(section_blocks(doc, section, c))


def render_sources(citations, key: str, assistant) -> None:
    """Every citation of an answer, in order."""
    if not citations:
        return
    st.markdown("**Sources**")
    for c in citations:
        render_citation(c, key, assistant)
