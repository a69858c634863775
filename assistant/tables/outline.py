"""Headings of a document: the parser's sections when it gave them, else the contents list's entries."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.text import heading_key, parse_contents, split_lines
from assistant.types import ParsedDocument


@dataclass(frozen=True)
class Heading:
    """A heading line: its title, where it starts, and the page the contents list gives it."""

    title: str
    start: int
    page: int | None = None


def headings(doc: ParsedDocument) -> list[Heading]:
    """Headings in document order: from doc.sections if any, else matched against the contents list."""
    if doc.sections:
        seen: dict[int, Heading] = {}
        for s in doc.sections:
            seen.setdefault(s.start, Heading(s.title, s.start, s.page))
        return [seen[k] for k in sorted(seen)]
    lines = split_lines(doc.text)
    entries, contents_end = parse_contents(doc.text)
    out: list[Heading] = []
    i = next((j for j, line in enumerate(lines) if line.start >= contents_end), len(lines))
    for entry in entries:
        title = heading_key(entry.title)
        for j in range(i, len(lines)):
            text = lines[j].text
            if "\t" not in text and text.strip() and heading_key(text) == title:
                out.append(Heading(text.strip(), lines[j].start, entry.page))
                i = j + 1
                break
    return out


def heading_before(hs: list[Heading], offset: int) -> Heading | None:
    """The last heading starting at or before the offset."""
    best = None
    for h in hs:
        if h.start <= offset:
            best = h
        else:
            break
    return best

