"""Section-aware, token-bounded chunking: tables and fact cards stay whole; every chunk is a verbatim slice."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ..text import NUMERIC_ROW, SENTENCE_END, Line, split_lines
from ..types import Chunk, ParsedDocument, Section
from .sections import CONTENTS_TITLE
from .tokens import MODEL_MAX_TOKENS, count_model_tokens as count_tokens

_CARD_FIELD = re.compile(
    r"^\s*(Comparison to Force|Local rate|Force rate|Direction of travel|Public expectation|Local hotspot wards)\b[^:\n]{0,60}:",
    re.I,
)
_HOTSPOTS = re.compile(r"^\s*Local hotspot wards\b", re.I)
_AT_RISK = re.compile(r"^\s*At risk groups\b", re.I)


def _lines(text: str, start: int, end: int) -> list[Line]:
    """The lines of text[start:end] with offsets in the whole text."""
    return [Line(l.idx, start + l.start, start + l.end, l.text) for l in split_lines(text[start:end])]


def _numeric_row(line: Line) -> bool:
    """A label followed by two or more numbers: a table row as PDF text extraction prints it."""
    return bool(NUMERIC_ROW.match(line.text))


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _leaf_ranges(doc: ParsedDocument) -> list[tuple[Section, int, int]]:
    """Each section's own text (up to its first subsection), without its heading line."""
    secs = sorted(doc.sections, key=lambda s: (s.start, len(s.path)))
    out = []
    for i, s in enumerate(secs):
        if s.path == (CONTENTS_TITLE,):
            continue
        stop = s.end
        for later in secs[i + 1 :]:
            if later.start > s.start or len(later.path) > len(s.path):
                stop = min(stop, later.start)
                break
        body = s.start
        if s.path[0] not in ("Front matter", "Document"):
            nl = doc.text.find("\n", s.start, stop)
            body = stop if nl < 0 else nl + 1
        if body < stop and doc.text[body:stop].strip():
            out.append((s, body, stop))
    return out


@dataclass
class _Block:
    kind: str  # text, table, card
    start: int
    end: int
    rows: list[tuple[int, int]] | None = None  # table rows (start, end)
    title: tuple[int, int] | None = None


def _blocks(text: str, start: int, end: int) -> list[_Block]:
    """Split a section body into table runs, fact cards and prose."""
    lines = _lines(text, start, end)
    kinds = ["blank" if l.blank else "table" if l.tabbed else "text" for l in lines]
    spaced: set[int] = set()  # lines read as table rows without tabs (space-aligned or pipe cells)
    # Tables in any layout (space-aligned, pipe): their lines are kept together as table rows.
    from ..tables.generic import find_tables

    for table in find_tables(text[start:end]):
        if table.layout not in ("space", "pipe"):
            continue
        a, b = start + table.start, start + table.end
        for k, line in enumerate(lines):
            if a <= line.start and line.end <= b and not line.blank:
                kinds[k] = "table"
                spaced.add(k)
    # Space-separated tables (PDF text): runs of two or more numeric rows, with the header line above.
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and kinds[j] == "text" and _numeric_row(lines[j]):
            j += 1
        if j - i >= 2:
            for m in range(i, j):
                kinds[m] = "table"
                spaced.add(m)
            if i > 0 and kinds[i - 1] == "text" and len(lines[i - 1].text) < 200 and not lines[i - 1].text.rstrip().endswith("."):
                kinds[i - 1] = "table"
                spaced.add(i - 1)
            i = j
        else:
            i += 1
    # Fact cards: from the first card field (or 'Comparison to Force') through the hotspot list.
    i = 0
    while i < len(lines):
        if kinds[i] == "text" and _CARD_FIELD.match(lines[i].text):
            first = i
            # pull in a short measure title directly above (e.g. "Residential Burglary")
            j = i - 1
            while j >= 0 and kinds[j] == "blank":
                j -= 1
            if j >= 0 and kinds[j] == "text" and len(lines[j].text.strip()) < 80 and not lines[j].text.strip().endswith("."):
                first = j
            last = i
            k = i + 1
            in_hotspots = bool(_HOTSPOTS.match(lines[i].text))
            while k < len(lines):
                t = lines[k].text.strip()
                if kinds[k] == "blank":
                    k += 1
                    continue
                if kinds[k] == "table":
                    break
                prev = lines[last].text.strip()
                if prev.endswith(":") and _CARD_FIELD.match(prev) and len(t) < 300 and not _HOTSPOTS.match(prev):
                    last = k  # the value of a field printed on the line after its label
                elif _CARD_FIELD.match(t) or (len(t) < 90 and not t.endswith(".") and not in_hotspots and _next_is_card(lines, kinds, k)):
                    in_hotspots = in_hotspots or bool(_HOTSPOTS.match(t))
                    last = k
                elif in_hotspots and len(t) < 250:
                    last = k
                elif in_hotspots and _AT_RISK.match(t) and len(t) < 700:
                    last = k
                    k += 1
                    break
                else:
                    break
                k += 1
            for m in range(first, last + 1):
                kinds[m] = "card" if kinds[m] != "blank" else "cardblank"
            i = last + 1
            continue
        i += 1
    blocks: list[_Block] = []
    i = 0
    while i < len(lines):
        kind = kinds[i]
        if kind == "blank":
            i += 1
            continue
        if kind in ("card", "table"):
            members = {"card": ("card", "cardblank"), "table": ("table", "blank")}[kind]
            j = i
            last = i
            while j < len(lines) and kinds[j] in members:
                if kinds[j] == kind:
                    last = j
                j += 1
            if kind == "table":
                rows = [(lines[m].start, lines[m].end) for m in range(i, last + 1)
                        if (lines[m].tabbed and not lines[m].blank) or m in spaced]
                title = None
                if blocks and blocks[-1].kind == "text":
                    p = blocks[-1]
                    prev_line = text[p.start : p.end].split("\n")[-1]
                    if len(prev_line.strip()) < 200 and not prev_line.strip().endswith("."):
                        title = (p.end - len(prev_line), p.end)
                blocks.append(_Block("table", lines[i].start, lines[last].end, rows=rows, title=title))
            else:
                blocks.append(_Block("card", lines[i].start, lines[last].end))
            i = last + 1
            continue
        j = i
        while j < len(lines) and kinds[j] in ("text", "blank"):
            j += 1
        last = max(m for m in range(i, j) if kinds[m] == "text")
        blocks.append(_Block("text", lines[i].start, lines[last].end))
        i = last + 1
    return blocks


def _next_is_card(lines: list[Line], kinds: list[str], k: int) -> bool:
    for m in range(k + 1, min(k + 4, len(lines))):
        if kinds[m] == "blank":
            continue
        return bool(_CARD_FIELD.match(lines[m].text))
    return False


# a printed line that stops on a word no sentence ends with ('... mortality in the' / 'North East.')
_OPEN_END = re.compile(r"\b(?:the|of|in|and|to|a|an|by|for|with|on|at|from|or|as|than|that|which|per|its|their)$")


def _units(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence and list-item spans within [start, end). A sentence hard-wrapped onto the next printed line (which
    then starts in lower case) is one unit, so no chunk starts or ends halfway through it."""
    runs: list[tuple[int, int]] = []  # printed lines, a wrapped sentence's lines joined
    for line in _lines(text, start, end):
        if line.blank:
            continue
        body = line.text.strip()
        last = text[runs[-1][0] : runs[-1][1]].rstrip() if runs else ""
        if runs and ((body[:1].islower() and not last.endswith((".", "!", "?", ":", ";")))
                     or _OPEN_END.search(last)):
            runs[-1] = (runs[-1][0], line.end)
        else:
            runs.append((line.start, line.end))
    spans = []
    for run_start, run_end in runs:
        s = run_start
        for m in SENTENCE_END.finditer(text, run_start, run_end):
            a, b = _strip_span(text, s, m.start())
            if b > a:
                spans.append((a, b))
            s = m.end()
        a, b = _strip_span(text, s, run_end)
        if b > a:
            spans.append((a, b))
    return spans


class Chunker:
    """Turns a parsed document into chunks that respect its sections, tables and fact cards."""

    def __init__(self, max_tokens: int = 220, overlap_sentences: int = 1, table_max_tokens: int = 400):
        self.max_tokens = max_tokens
        self.overlap = overlap_sentences
        self.table_max_tokens = table_max_tokens

    def chunk(self, doc: ParsedDocument) -> list[Chunk]:
        """All chunks of a document, in reading order."""
        chunks: list[Chunk] = []
        for section, start, end in _leaf_ranges(doc):
            for block in _blocks(doc.text, start, end):
                if block.kind == "table":
                    chunks.extend(self._table_chunks(doc, section, block))
                elif block.kind == "card":
                    chunks.append(self._make(doc, section, block.start, block.end, "card"))
                else:
                    chunks.extend(self._text_chunks(doc, section, block.start, block.end))
        return chunks

    def _make(self, doc: ParsedDocument, section: Section, start: int, end: int, kind: str, extra: str = "") -> Chunk:
        start, end = _strip_span(doc.text, start, end)
        text = doc.text[start:end]
        page, inferred = doc.page_at(start)
        if page is None and section.page is not None:
            page, inferred = section.page, section.page_inferred
        where = " > ".join(section.path)
        who = doc.meta.partnership or doc.meta.title
        context = f"{who} ({doc.meta.period or 'period unknown'}): {where}" + (f"\n{extra}" if extra else "")
        digest = hashlib.sha1(f"{doc.meta.doc_id}:{start}:{end}".encode()).hexdigest()[:12]
        return Chunk(
            chunk_id=f"{doc.meta.doc_id}#{digest}",
            doc_id=doc.meta.doc_id,
            text=text,
            start=start,
            end=end,
            section_path=section.path,
            page=page,
            page_inferred=inferred,
            kind=kind,  # type: ignore[arg-type]
            token_count=max(1, count_tokens(text)),  # a chunk of control characters still counts as one
            context=context,
        )

    def _room(self, doc: ParsedDocument, section: Section, extra: str = "") -> int:
        """Wordpieces left for a chunk's text once its context line (embedded with it) is counted."""
        who = doc.meta.partnership or doc.meta.title
        context = f"{who} ({doc.meta.period or 'period unknown'}): {' > '.join(section.path)}" + (f"\n{extra}" if extra else "")
        return max(32, MODEL_MAX_TOKENS - 2 - count_tokens(context + "\n"))

    def _text_chunks(self, doc: ParsedDocument, section: Section, start: int, end: int) -> list[Chunk]:
        units = _units(doc.text, start, end)
        if not units:
            return []
        budget = min(self.max_tokens, self._room(doc, section))  # the model must read every chunk whole
        sizes = [count_tokens(doc.text[a:b]) for a, b in units]
        out: list[Chunk] = []
        i = 0
        while i < len(units):
            j, total = i, 0
            while j < len(units) and (j == i or total + sizes[j] <= budget):
                total += sizes[j]
                j += 1
            # separators between sentences cost tokens too: trim until the real slice fits
            while j - i > 1 and count_tokens(doc.text[units[i][0] : units[j - 1][1]]) > budget:
                j -= 1
            out.append(self._make(doc, section, units[i][0], units[j - 1][1], "text"))
            if j >= len(units):
                break
            i = max(i + 1, j - self.overlap)
        return out

    def _table_chunks(self, doc: ParsedDocument, section: Section, block: _Block) -> list[Chunk]:
        rows = block.rows or []
        title_text = doc.text[block.title[0] : block.title[1]].strip() if block.title else ""
        first_start = block.title[0] if block.title else block.start
        whole = count_tokens(doc.text[first_start : block.end])
        budget = min(self.table_max_tokens, self._room(doc, section))
        if whole <= budget or len(rows) <= 2:
            return [self._make(doc, section, first_start, block.end, "table")]
        header = doc.text[rows[0][0] : rows[0][1]]
        # every later part carries the title and header in its context, so each of its rows is read with them
        later = min(self.table_max_tokens, self._room(doc, section, f"{title_text}\n{header}".strip()))
        out: list[Chunk] = []
        i = 0
        while i < len(rows):
            j, room = i, (budget if i == 0 else later)
            total = count_tokens(title_text) + 1 if i == 0 and title_text else 0  # the first part prints its title
            while j < len(rows) and (j == i or total + count_tokens(doc.text[rows[j][0] : rows[j][1]]) + 1 <= room):
                total += count_tokens(doc.text[rows[j][0] : rows[j][1]]) + 1  # the line break between rows
                j += 1
            start = first_start if i == 0 else rows[i][0]
            extra = "" if i == 0 else f"{title_text}\n{header}".strip()
            out.append(self._make(doc, section, start, rows[j - 1][1], "table", extra=extra))
            i = j
        return out
