"""Headings of a document: the parser's sections when it gave them, else the contents list's entries."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.tables.cells import SUPERSCRIPTS, split_cells
from assistant.types import ParsedDocument


@dataclass(frozen=True)
class Heading:
    """A heading line: its title, where it starts, and the page the contents list gives it."""

    title: str
    start: int
    page: int | None = None


def _key(text: str) -> str:
    s = re.sub(f"[{SUPERSCRIPTS}*]", "", text)
    s = re.sub(r"\.{3,}", "", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def _contents_entries(lines: list[tuple[int, str]]) -> tuple[list[tuple[str, int | None]], int]:
    """(title, page) entries of the contents list and the index of the line after it."""
    for i, (_, text) in enumerate(lines):
        if split_cells(text)[:1] == ["Contents"] or text.strip() == "Contents":
            entries: list[tuple[str, int | None]] = []
            j = i + 1
            while j < len(lines) and (not lines[j][1].strip() or "\t" in lines[j][1]):
                cells = split_cells(lines[j][1])
                if len(cells) >= 2:
                    page = int(cells[-1]) if cells[-1].isdigit() else None
                    entries.append((_key(cells[0]), page))
                elif entries and cells:
                    break
                j += 1
            return entries, j
    return [], 0


def headings(doc: ParsedDocument) -> list[Heading]:
    """Headings in document order: from doc.sections if any, else matched against the contents list."""
    if doc.sections:
        seen: dict[int, Heading] = {}
        for s in doc.sections:
            seen.setdefault(s.start, Heading(s.title, s.start, s.page))
        return [seen[k] for k in sorted(seen)]
    lines: list[tuple[int, str]] = []
    pos = 0
    for raw in doc.text.splitlines(keepends=True):
        lines.append((pos, raw.rstrip("\r\n")))
        pos += len(raw)
    entries, after = _contents_entries(lines)
    out: list[Heading] = []
    i = after
    for title, page in entries:
        for j in range(i, len(lines)):
            text = lines[j][1]
            if "\t" not in text and text.strip() and _key(text) == title:
                out.append(Heading(text.strip(), lines[j][0], page))
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

