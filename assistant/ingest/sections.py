"""Find a document's heading structure: from its contents list when it has one, else from heading-like lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..types import Section

_CONTENTS = re.compile(r"^\s*(?:table of )?contents\s*$", re.I)
_ENTRY = re.compile(
    r"^(?P<title>\S.*?)[\s.]*(?:\t+\s*|\.{3,}\s*)(?P<page>\d{1,4}|(?:Error! Bookmark )?not defined\.?)\s*$"
)
_NUMBERED_HEADING = re.compile(r"^(?P<num>\d{1,2})\.?\s+(?P<title>[A-Z][^\t]{2,80})$")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
# A heading whose own text before the next heading is this short introduces the headings after it.
GROUP_BODY_CHARS = 40
CONTENTS_TITLE = "Contents"


@dataclass(frozen=True)
class ContentsEntry:
    """One line of a contents list."""

    title: str
    page: int | None


_SUPERSCRIPTS = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u2079]+")
_APPENDIX = re.compile(r"^(appendix|appendices|annex)", re.I)


def _norm(s: str) -> str:
    s = _SUPERSCRIPTS.sub("", s.translate(_QUOTES))
    s = re.sub(r"\*+", "", s)
    s = re.sub(r"\s+", " ", s).strip().rstrip(".").strip()
    return s.lower()


def _lines_with_offsets(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def parse_contents(text: str) -> tuple[list[ContentsEntry], int]:
    """The contents list entries and the offset where the list ends (0 and [] when there is none)."""
    lines = _lines_with_offsets(text)
    limit = max(60, len(lines) // 3)
    for i, (_, _, line) in enumerate(lines[:limit]):
        if not _CONTENTS.match(line.replace("\t", " ")):
            continue
        entries: list[ContentsEntry] = []
        end = lines[i][1]
        pending = ""  # an entry's title wrapped onto the next line, its page number printed there
        misses = 0  # lines that are no entry (a page reference broken by the PDF layout); five in a row end it
        for start, stop, raw in lines[i + 1 :]:
            if not raw.strip():
                continue
            m = _ENTRY.match((pending + " " + raw.strip()).strip()) or _ENTRY.match(raw.strip())
            if not m:
                misses += 1
                if misses >= 5 or len(raw.strip()) > 120 or not entries:
                    break
                pending = raw.strip()
                continue
            pending, misses = "", 0
            page = m.group("page")
            entries.append(ContentsEntry(m.group("title").strip(), int(page) if page.isdigit() else None))
            end = stop
        if len(entries) >= 3:
            return entries, end
    return [], 0


def _heading_positions(text: str, entries: list[ContentsEntry], body_start: int) -> list[tuple[ContentsEntry, int, int]]:
    """Locate each contents entry's heading line in the body, in order, skipping entries not printed."""
    lines = [l for l in _lines_with_offsets(text) if l[0] >= body_start]
    normed = [_norm(l[2]) for l in lines]

    def candidates(entry: ContentsEntry) -> list[int]:
        target = _norm(entry.title)
        exact = [j for j, n in enumerate(normed) if n == target]
        if exact:
            return exact
        # a heading printed slightly differently from its contents entry
        return [
            j for j, n in enumerate(normed)
            if len(n) >= 8 and len(lines[j][2]) < 120 and "\t" not in lines[j][2]
            and (n.startswith(target) or target.startswith(n))
        ]

    cands = [candidates(e) for e in entries]
    found: list[tuple[ContentsEntry, int, int]] = []
    cursor = 0
    for i, entry in enumerate(entries):
        hit = next((j for j in cands[i] if j >= cursor), None)
        if hit is None:
            continue
        # If one of the next entries' headings comes first, this match is a later mention: skip it.
        later = [next((j for j in cands[k] if j >= cursor), None) for k in range(i + 1, min(i + 4, len(entries)))]
        if any(j is not None and j < hit for j in later):
            continue
        found.append((entry, lines[hit][0], lines[hit][1]))
        cursor = hit + 1
    return found


def _nest(text: str, heads: list[tuple[str, int | None, bool, int, int]]) -> list[Section]:
    """Turn a flat list of headings into nested sections: a heading with almost no body opens a group."""
    sections: list[Section] = []
    group: tuple[str, int | None, bool, int] | None = None
    for i, (title, page, inferred, start, head_end) in enumerate(heads):
        next_start = heads[i + 1][3] if i + 1 < len(heads) else len(text)
        body = text[head_end:next_start]
        is_group = i + 1 < len(heads) and len(re.sub(r"\s", "", body)) < GROUP_BODY_CHARS
        if group is not None and _APPENDIX.match(title) and not _APPENDIX.match(group[0]):
            sections.append(Section((group[0],), group[3], start, group[1], group[2]))
            group = None
        if is_group:
            if group is not None:
                sections.append(Section((group[0],), group[3], start, group[1], group[2]))
            group = (title, page, inferred, start)
            continue
        path = (group[0], title) if group is not None else (title,)
        sections.append(Section(path, start, next_start, page, inferred))
    if group is not None:
        sections.append(Section((group[0],), group[3], len(text), group[1], group[2]))
    return sorted(sections, key=lambda s: (s.start, len(s.path)))


def sections_from_contents(text: str, pages_inferred: bool = True) -> list[Section]:
    """Sections named by the document's contents list, with the contents list's pages (marked inferred)."""
    entries, contents_end = parse_contents(text)
    if not entries:
        return []
    found = _heading_positions(text, entries, contents_end)
    if len(found) < max(2, len(entries) // 3):
        return []
    heads = [(e.title.rstrip(". "), e.page, pages_inferred, s, t) for e, s, t in found]
    sections = _nest(text, heads)
    first = found[0][1]
    contents_start = max(
        (a for a, _, l in _lines_with_offsets(text) if a < contents_end and _CONTENTS.match(l.replace("\t", " "))),
        default=0,
    )
    head = [Section(("Front matter",), 0, contents_start, 1 if entries[0].page else None, pages_inferred)] if contents_start > 0 else []
    head.append(Section((CONTENTS_TITLE,), contents_start, first, None, False))
    return head + sections


def _looks_like_heading(line: str, prev_blank: bool, next_line: str) -> bool:
    s = line.strip().strip("*").strip()
    if not s or len(s) > 80 or "\t" in line or not prev_blank:
        return False
    if s[-1] in ".,;:" or s.startswith(("-", "•", "(")) or not s[0].isupper():
        return False
    if len(s.split()) > 10 or re.search(r"\d{3,}", s) and not _NUMBERED_HEADING.match(s):
        return False
    return len(next_line.strip()) > len(s)


def sections_from_headings(text: str) -> list[Section]:
    """Sections from numbered or heading-like lines, for documents without a contents list."""
    lines = _lines_with_offsets(text)
    heads: list[tuple[str, int | None, bool, int, int]] = []
    for i, (start, stop, line) in enumerate(lines):
        prev_blank = i == 0 or not lines[i - 1][2].strip()
        nxt = next((l[2] for l in lines[i + 1 :] if l[2].strip()), "")
        s = line.strip().strip("*").strip()
        m = _NUMBERED_HEADING.match(s)
        if (m and not s.endswith(".") and len(s.split()) <= 10) or _looks_like_heading(line, prev_blank, nxt):
            title = m.group("title").strip() if m else s
            heads.append((title, None, False, start, stop))
    if not heads:
        return []
    sections = _nest(text, heads)
    if heads[0][3] > 0:
        sections.insert(0, Section(("Front matter",), 0, heads[0][3]))
    return sections


def find_sections(text: str, pages_inferred: bool = True) -> list[Section]:
    """The document's sections, from its contents list, else its heading-like lines, else one section."""
    sections = sections_from_contents(text, pages_inferred) or sections_from_headings(text)
    return sections or [Section(("Document",), 0, len(text))]
