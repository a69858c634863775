"""Sources of an answer: where each citation comes from, the passage with its cited sentences, the full section."""

from __future__ import annotations

import re
from typing import Sequence

import pandas as pd
import streamlit as st

from assistant.errors import AssistantError
from assistant.types import PAGE_INFERRED_NOTE, Citation, ParsedDocument, Section

from .text import TableBlock, escape_markdown, passage_blocks

MAX_SECTION_CHARS = 60_000
MARK_CSS = "background-color: rgba(255, 164, 33, 0.22)"  # the same tint as :orange-background[]


INFERRED = PAGE_INFERRED_NOTE
OPEN_SOURCES = 3  # the first sources are shown open; the rest are folded


def page_text(page: int | None, inferred: bool) -> str:
    """'page 7' or 'page 11 (inferred from the contents list)'."""
    if not page:
        return "no page number"
    return f"page {page}" + (f" ({INFERRED})" if inferred else "")


def page_label(c: Citation, located: tuple | None = None) -> str:
    """'page 7' (a PDF page), 'page 11 (inferred from the contents list)' (a text document) or 'no page number'.

    located: (page, inferred, file_type) as the service reads it from the document at the citation's offset;
    it wins, so the same row is labelled the same way in every turn."""
    if located and located[0]:
        page, inferred = located[0], bool(located[1]) or (len(located) > 2 and located[2] != "pdf")
        return page_text(page, inferred)
    return page_text(c.page, c.page_inferred)


def provenance(c: Citation, located: tuple | None = None, period: str | None = None) -> str:
    """One line: partnership · period (a table's own, when given) · section path · page."""
    parts = [c.partnership or "partnership not stated", period or c.period or "period not stated", c.section or "no section",
             page_label(c, located)]
    return " · ".join(parts)


def _located(assistant, c: Citation) -> tuple | None:
    """(page, inferred, file_type) from the service, or None when it cannot say."""
    try:
        return tuple(assistant.page_of(c.doc_id, c.start))
    except Exception:  # an older service, or a document gone from the index
        return None


def _table_context(assistant, c: Citation) -> dict | None:
    if c.kind != "table_row":
        return None
    try:
        return assistant.table_context(c.doc_id, c.start, c.end)
    except Exception:
        return None


_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def _as_number(cell: str) -> float | None:
    m = _NUMBER.fullmatch(cell.strip().rstrip("%"))
    if not m:
        return None
    try:
        return float(m.group(0).replace(",", ""))
    except ValueError:
        return None


def table_row_block(ctx: dict, values: Sequence[float] = ()) -> tuple[pd.DataFrame, list[tuple[int, int]]]:
    """The cited rows under their header (a frame of verbatim cells) and the (row, column) cells to mark:
    the cells holding a value the answer takes from this source, else every number of the row."""
    columns = [c.strip() for c in ctx["columns"]]
    width = max([len(columns), *(len(r) for r in ctx["cells"])])
    columns = [""] * (width - len(columns)) + columns
    names, seen = [], {}
    for i, name in enumerate(columns):
        name = name or ("Row" if i == 0 else f"Column {i + 1}")
        seen[name] = seen.get(name, 0) + 1
        names.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    rows = [list(r) + [""] * (width - len(r)) for r in ctx["cells"]]
    frame = pd.DataFrame(rows, columns=names)
    wanted = [round(float(v), 6) for v in values]
    marks = [(i, j) for i, r in enumerate(rows) for j, cell in enumerate(r)
             if j > 0 and (n := _as_number(cell)) is not None and round(n, 6) in wanted]
    return frame, marks


CELL_CSS = "background-color: rgba(255, 164, 33, 0.55); font-weight: bold"


def styled_row(frame: pd.DataFrame, marks: list[tuple[int, int]]):
    """The cited row tinted, its cited cells strongly marked."""
    cells = set(marks)

    def paint(row):
        return [CELL_CSS if (row.name, j) in cells else MARK_CSS for j in range(len(row))]

    return frame.style.apply(paint, axis=1)


def find_section(doc: ParsedDocument, c: Citation) -> Section | None:
    """The section the citation names (the innermost one holding the passage when several match)."""
    named = [s for s in doc.sections if " > ".join(s.path) == c.section]
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


def render_table_row(ctx: dict, values: Sequence[float] = ()) -> None:
    """A cited table row under its table title and header row, the cited cells marked."""
    st.markdown(f"Table: **{escape_markdown(ctx.get('title') or 'untitled table')}**")
    frame, marks = table_row_block(ctx, values)
    st.dataframe(styled_row(frame, marks), hide_index=True, width="stretch")
    if marks:
        st.caption("The highlighted cell is the figure the answer uses; the tinted row is the one cited.")


def render_citation(c: Citation, key: str, assistant, values: Sequence[float] = (), folded: bool = False) -> None:
    """One source: title, provenance, the passage with cited sentences highlighted (a cited table row under its
    table's title and header), a way into the full section. Folded sources show the passage on request."""
    located = _located(assistant, c)
    ctx = _table_context(assistant, c)
    with st.container(border=True, key=f"{key}-source-{c.n}"):
        st.markdown(f"**\\[{c.n}\\] {escape_markdown(c.title)}**")
        st.caption(escape_markdown(provenance(c, located, (ctx or {}).get("period"))))
        holder = st.expander("Show the quoted passage", key=f"{key}-passage-{c.n}") if folded else st.container()
        with holder:
            if ctx is not None:
                render_table_row(ctx, values)
            else:
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


def render_sources(citations, key: str, assistant, figures=()) -> None:
    """Every citation of an answer, in order: the first few open, the rest folded."""
    if not citations:
        return
    st.markdown("**Sources**")
    values: dict[int, list[float]] = {}
    for f in figures:
        if not f.computed:
            for n in f.citations:
                values.setdefault(n, []).append(float(f.value))
    for i, c in enumerate(citations):
        render_citation(c, key, assistant, values.get(c.n, ()), folded=i >= OPEN_SOURCES)
