"""Helpers every table reader shares: titles, periods, footnotes and legends around a block."""

from __future__ import annotations

from assistant.tables.cells import footnote_marks
from assistant.tables.context import DocContext
from assistant.tables.periods import parse_period
from assistant.text import SUPERSCRIPT_DIGITS


def table_title(ctx: DocContext, first_line: int, start: int) -> str:
    """The caption above a block, else the heading that governs it."""
    title = ctx.title_before(first_line)
    if title and not title.endswith((".", ";")):
        return title
    return ctx.heading_title_before(start) or "Untitled table"


def table_period(ctx: DocContext, title: str, start: int) -> tuple[str | None, str | None]:
    """(period, note): the table's own period from its title, else its heading's, else the document's."""
    period, note = parse_period(title)
    if period:
        return period, note
    period, note = parse_period(ctx.heading_title_before(start))
    if period:
        return period, note
    return ctx.period, None


def footnotes_for(ctx: DocContext, texts: list[str], after: int, max_lines: int = 40) -> tuple[str, ...]:
    """The footnotes whose superscript marks appear in the given texts, searched after an offset."""
    marks = {m for t in texts for m in footnote_marks(t)}
    if not marks:
        return ()
    trans = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
    found: list[str] = []
    seen = 0
    for line in ctx.lines:
        if line.start < after:
            continue
        seen += 1
        if seen > max_lines:
            break
        text = line.text.strip()
        if text and text[0] in SUPERSCRIPT_DIGITS:
            head = text.split()[0]
            mark = "".join(ch for ch in head if ch in SUPERSCRIPT_DIGITS).translate(trans)
            if mark in marks and text not in found:
                found.append(text)
    return tuple(found)


def legend_after(ctx: DocContext, last_line: int, max_back: int = 2) -> str | None:
    """A short legend line just below a table ('Indicates higher than force-wide rate', 'Key ...')."""
    j = last_line + 1
    while j < len(ctx.lines) and j - last_line <= max_back and ctx.lines[j].blank:
        j += 1
    if j >= len(ctx.lines):
        return None
    text = ctx.lines[j].text.strip()
    if text.lower().startswith(("key", "indicates")) and len(text) < 100:
        return text
    return None

