"""Find a document's heading structure: from its contents list when it has one, else from heading-like lines."""

from __future__ import annotations

import re

from ..text import YEARISH, ContentsEntry, heading_key, is_contents_heading, parse_contents, split_lines
from ..types import Section

_NUMBERED_HEADING = re.compile(r"^(?P<num>\d{1,2})\.?\s+(?P<title>[A-Z][^\t]{2,80})$")
# A heading whose own text before the next heading is this short introduces the headings after it.
GROUP_BODY_CHARS = 40
CONTENTS_TITLE = "Contents"
_APPENDIX = re.compile(r"^(appendix|appendices|annex)", re.I)


def _heading_positions(text: str, entries: list[ContentsEntry], body_start: int) -> list[tuple[ContentsEntry, int, int]]:
    """Locate each contents entry's heading line in the body, in order, skipping entries not printed."""
    lines = [(l.start, l.end, l.text) for l in split_lines(text) if l.start >= body_start]
    normed = [heading_key(l[2]) for l in lines]

    def candidates(entry: ContentsEntry) -> list[int]:
        target = heading_key(entry.title)
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
        if group is not None and (is_contents_heading(title) or _APPENDIX.match(title) and not _APPENDIX.match(group[0])):
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
    heads = sorted(heads + _headings_after_contents(text, contents_end, entries), key=lambda h: h[3])
    sections = _nest(text, heads)
    first = found[0][1]
    contents_start = max(
        (l.start for l in split_lines(text) if l.start < contents_end and is_contents_heading(l.text)),
        default=0,
    )
    head = [Section(("Front matter",), 0, contents_start, 1 if entries[0].page else None, pages_inferred)] if contents_start > 0 else []
    head.append(Section((CONTENTS_TITLE,), contents_start, first, None, False))
    return head + sections


def _headings_after_contents(text: str, body_start: int, entries: list[ContentsEntry]) -> list[tuple]:
    """Numbered headings the contents list leaves out because they come after its last entry ('6 Shoplifting' in a
    body whose contents stop at '5 Recommendations'): a list that stops short is still the document's structure."""
    numbers = [int(m.group(1)) for e in entries if (m := re.match(r"\s*(\d{1,2})\b", e.title))]
    if not numbers:
        return []
    last = max(numbers)
    lines = [(l.start, l.end, l.text) for l in split_lines(text)]
    out = []
    for i, (start, stop, line) in enumerate(lines):
        if start < body_start:
            continue
        s = line.strip().strip("*").strip()
        m = _NUMBERED_HEADING.match(s)
        if (m and int(m.group("num")) > last and not s.endswith(".") and len(s.split()) <= 10
                and not _list_item(lines, i) and (i == 0 or not lines[i - 1][2].strip())):
            out.append((m.group("title").strip(), None, False, start, stop))
    return out


def _looks_like_heading(line: str, prev_blank: bool, next_line: str) -> bool:
    s = line.strip().strip("*").strip()
    if not s or len(s) > 80 or "\t" in line or not prev_blank:
        return False
    if s[-1] in ".,;:" or s.startswith(("-", "•", "(")) or not s[0].isupper():
        return False
    # a long number marks a line of data, but a year names a heading's period ('PRIORITIES FOR 2013-14')
    if len(s.split()) > 10 or re.search(r"\d{3,}", YEARISH.sub(" ", s)) and not _NUMBERED_HEADING.match(s):
        return False
    # two figures make a finding, not a title ('Islamophobic hate crime up from 22 to 38 offences': a key-findings
    # bullet whose bullet a PDF drew as a shape)
    if len(re.findall(r"(?<![\w.])\d+(?:\.\d+)?%?", YEARISH.sub(" ", s))) >= 2:
        return False
    return len(next_line.strip()) > len(s)


def _list_item(lines: list[tuple[int, int, str]], i: int) -> bool:
    """A numbered line that is an item of a list: after a line ending in a colon, or beside another
    numbered line with no blank line between them."""
    prev = next((lines[k][2] for k in range(i - 1, -1, -1) if lines[k][2].strip()), "")
    if prev.rstrip().endswith(":"):
        return True
    for k in (i - 1, i + 1):
        if 0 <= k < len(lines) and lines[k][2].strip() and _NUMBERED_HEADING.match(lines[k][2].strip().strip("*").strip()):
            return True
    return False


def _without_contents_entries(text: str, heads: list[tuple]) -> list[tuple]:
    """A contents list the parser could not read (titles without page numbers, one per paragraph, as a PDF
    converter may write them) is read as a run of headings with nothing under them: they are the contents
    section's text, not the document's headings (else the last would head the whole document)."""
    out, i = [], 0
    while i < len(heads):
        out.append(heads[i])
        if is_contents_heading(heads[i][0]):
            k = i + 1
            while k < len(heads):
                following = heads[k + 1][3] if k + 1 < len(heads) else len(text)
                if len(re.sub(r"\s", "", text[heads[k][4]:following])) >= GROUP_BODY_CHARS:
                    break
                k += 1
            if k - (i + 1) >= 3:
                i = k
                continue
        i += 1
    return out


def sections_from_headings(text: str) -> list[Section]:
    """Sections from numbered or heading-like lines, for documents without a contents list."""
    lines = [(l.start, l.end, l.text) for l in split_lines(text)]
    heads: list[tuple[str, int | None, bool, int, int]] = []
    for i, (start, stop, line) in enumerate(lines):
        prev_blank = i == 0 or not lines[i - 1][2].strip()
        nxt = next((l[2] for l in lines[i + 1 :] if l[2].strip()), "")
        s = line.strip().strip("*").strip()
        m = _NUMBERED_HEADING.match(s)
        if m and _list_item(lines, i):
            m = None  # '1. Reduce violent crime' under 'agreed the following priorities:' is a list, not a heading
        if (m and not s.endswith(".") and len(s.split()) <= 10) or _looks_like_heading(line, prev_blank, nxt):
            title = m.group("title").strip() if m else s
            heads.append((title, None, False, start, stop))
    if not heads:
        return []
    heads = _without_contents_entries(text, heads)
    sections = _nest(text, heads)
    if heads[0][3] > 0:
        sections.insert(0, Section(("Front matter",), 0, heads[0][3]))
    return sections


def find_sections(text: str, pages_inferred: bool = True) -> list[Section]:
    """The document's sections, from its contents list, else its heading-like lines, else one section."""
    sections = sections_from_contents(text, pages_inferred) or sections_from_headings(text)
    return sections or [Section(("Document",), 0, len(text))]
