"""People in the documents: a person's name in a line, and the signature that closes a first-person section.

A foreword or introduction written in the first person ('As Chair of ..., I am pleased to present') speaks
for whoever signs it at the section's end: a short line that is a person's name (often with a title and a
trailing comma) followed by a role line. Nothing here knows a name: a run of capitalised words is a name
when none of its words is one the documents also print in lower case (an ordinary word) and it is no place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import split_lines

_TITLE = (r"(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Prof(?:essor)?|Sir|Dame|Lord|Lady|Baroness|Rev(?:erend)?|"
          r"(?:Assistant |Deputy )?Chief Constable|(?:Detective )?(?:Chief )?(?:Superintendent|Inspector)|"
          r"Commander|Sergeant|Sgt)")
_WORD = r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-'’][A-Z]?[a-z]+)*"
_TITLED = re.compile(rf"\b{_TITLE}\.?\s+(?:[A-Z]\.\s*)*{_WORD}(?:\s+(?:[A-Z]\.\s*)*{_WORD}){{0,2}}")
_NAME_GAP = re.compile(r" *\n? *")
_NAME_TOKEN = re.compile(rf"(?<![\w'’-]){_WORD}(?![\w'’])")
# first person singular: 'I am', ', I have', "I'm", 'my' (a roman numeral 'Part I.' is followed by no lower-case word)
FIRST_PERSON = re.compile(r"(?:^|(?<=[\s,;(“\"‘']))I(?:\s+[a-z]|['’](?:m|ve|d|ll)\b)|\b[Mm]y\b")
# a question about people: 'who ...?', or 'who chairs / leads / sits' inside a longer one
ASKS_WHO = re.compile(r"^\s*(who|whom|whose)\b|\bwho (chairs|leads|sits|signs|signed)\b", re.I)
_PREDICATE = re.compile(r"^\s*(?:who|whom|whose)\s+(?:(?:is|are|was|were|will be|has been|have been)\s+)?"
                        r"(?:(?:the|a|an|currently|now|jointly)\s+)*([\w-]+)", re.I)
# nouns of offices and bodies: a capitalised run holding one names a post or an organisation, not a person
_OFFICE = frozenset("""holder member members officer director manager head chair chairs chairman chairwoman lead leader
    commissioner commander executive secretary minister board council partnership group team service services police
    forum committee unit trust authority authorities agency office department portfolio cabinet panel network
    constabulary fire rescue health university college school association foundation charity centre center""".split())
_OFFICE_TAIL = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z]")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’]+(?![\w'’-])")
_MAX_SIGNATURE_WORDS = 14


@dataclass(frozen=True)
class Signature:
    """The lines that sign a section: where they are in the document, who signs and the role lines."""

    start: int
    end: int
    signers: tuple[str, ...]
    lines: tuple[str, ...]

    def display(self) -> str:
        """The signature as one line, each signer's name in bold ('**Cllr A B**, Cabinet Member for ...')."""
        parts = []
        for line in self.lines:
            for name in self.signers:
                if line.startswith(name):
                    line = f"**{name}**" + line[len(name):]
                    break
            parts.append(line)
        return ("; " if len(self.signers) > 1 else ", ").join(parts)


class People:
    """Finds people's names in text, knowing which words the corpus prints as ordinary lower-case words."""

    def __init__(self, texts: dict[str, str] | list[str]):
        self.common: set[str] = set()
        for text in (texts.values() if isinstance(texts, dict) else texts):
            self.common.update(w.replace("’", "'") for w in _LOWER_WORD.findall(text))

    def names(self, text: str) -> list[tuple[int, int]]:
        """Spans of the people's names in a text: a title and a name, or two to four capitalised words in a row
        that are neither ordinary words, nor part of a place, nor a post or body ('Portfolio Holder for ...')."""
        from ..ingest.places import find_places

        spans = [(m.start(), m.end()) for m in _TITLED.finditer(text)]
        words = [m for m in _NAME_TOKEN.finditer(text) if not any(a <= m.start() < b for a, b in spans)]
        places = None
        runs: list[list[re.Match]] = [[]]
        for w in words:
            word = w.group(0).lower().replace("’", "'")
            ordinary = word in self.common or word in _OFFICE
            # a name runs on over spaces and one line break (a hard-wrapped paragraph), never a tab or a dash
            joined = bool(runs[-1]) and _NAME_GAP.fullmatch(text, runs[-1][-1].end(), w.start()) is not None
            if ordinary or not joined:
                runs.append([])
            if not ordinary:
                runs[-1].append(w)
        for run in runs:
            if len(run) < 2:
                continue
            if places is None:
                places = [(p.start, p.end) for p in find_places(text)]
            # a place inside the run ('A B Staffordshire') splits it: what is left either side may still be a name
            part: list[re.Match] = []
            for w in [*run, None]:
                if w is not None and not any(a <= w.start() < b for a, b in places):
                    part.append(w)
                    continue
                if 2 <= len(part) <= 4 and not _OFFICE_TAIL.match(text, part[-1].end()):
                    spans.append((part[0].start(), part[-1].end()))
                part = []
        return sorted(spans)

    def has_name(self, text: str) -> bool:
        """Whether a text names a person."""
        return bool(self.names(text))

    def signature(self, text: str, start: int, end: int) -> Signature | None:
        """The signature closing text[start:end] (a section): its last short lines, from the first one that
        begins with a person's name, after prose; None when the section is not signed."""
        lines = [ln for ln in split_lines(text[start:end]) if not ln.blank]
        tail = []
        for ln in reversed(lines):
            body = ln.text.strip()
            if len(body.split()) > _MAX_SIGNATURE_WORDS or body.endswith((".", "!", "?")) or "\t" in body:
                break
            tail.insert(0, ln)
        if not tail or len(tail) == len(lines) or len(tail) > 6:
            return None  # no prose before it to sign, or a list rather than a signature
        first = None
        signers = []
        for i, ln in enumerate(tail):
            body = ln.text.strip().lstrip("-–•* ")
            lead = [(a, b) for a, b in self.names(body) if a == 0]
            if lead:
                signers.append(body[: lead[0][1]])
                first = i if first is None else first
        if first is None:
            return None
        block = tail[first:]
        a = start + block[0].start + len(block[0].text) - len(block[0].text.lstrip())
        b = start + block[-1].start + len(block[-1].text.rstrip())
        shown = tuple(ln.text.strip().lstrip("-–•* ").rstrip(",;") for ln in block)
        return Signature(a, b, tuple(signers), shown)


def who_predicate(question: str) -> str:
    """What a 'who' question asks of the person: its first word after 'who (is) (the)' ('chairs', 'chair')."""
    m = _PREDICATE.match(question) or re.search(r"\bwho\s+(\w+)", question, re.I)
    return m.group(1) if m else ""


def section_span(chunk, chunks) -> tuple[int, int]:
    """The document span of the section a chunk is in: the run of its document's chunks with its section path."""
    ordered = sorted(chunks, key=lambda c: c.start)
    i = next((k for k, c in enumerate(ordered) if c.chunk_id == chunk.chunk_id), None)
    if i is None:
        return chunk.start, chunk.end
    lo = hi = i
    while lo > 0 and ordered[lo - 1].section_path == chunk.section_path:
        lo -= 1
    while hi + 1 < len(ordered) and ordered[hi + 1].section_path == chunk.section_path:
        hi += 1
    return ordered[lo].start, max(c.end for c in ordered[lo : hi + 1])
