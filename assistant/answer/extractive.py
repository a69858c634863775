"""Extractive answers: choose the sentences of the retrieved passages that answer the question, and cite chunks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..retrieval.hybrid import Retrieved
from ..retrieval.lexical import TermWeights, terms
from ..text import SENTENCE_END, split_lines
from ..types import Chunk, Citation, DocumentMeta

_DIGIT = re.compile(r"\d")
_LIST_ITEM = re.compile(r"\s*(?:[-•*]|\d{1,2}[.)])\s+\S")


@dataclass(frozen=True)
class Picked:
    """A sentence chosen from a chunk: its span within the chunk text and its score."""

    chunk_rank: int
    start: int
    end: int
    score: float


def _is_sentence(text: str) -> bool:
    """A real sentence or list item, not a caption or a heading left by extraction."""
    t = text.strip()
    if t.startswith(("-", "•")) or re.match(r"\d{1,2}[.)]\s+[A-Z]", t):
        return len(t.split()) >= 2
    if t.endswith(":") and len(t.split()) >= 3:
        return True  # a sentence that introduces a list ('The responsible authorities are:')
    return len(t.split()) >= 6 and (t[-1] in ".!?;:" or t[-2:] in (".)", ".'", '."', ".’", ".”"))


_BULLET = re.compile(r"\s*[-•*▪◦–]\s")
_ITEM_START = re.compile(r"\s*(?:\(?[a-z0-9]{1,3}[.)]\s|\d+(?:\.\d+)+\s+[A-Z]|[A-Z][A-Za-z /&'-]{1,40}:\s)")
_ENDS = (".", "!", "?", ":", ";")
# a question asking for causes, and the words a sentence gives a cause with
ASKS_WHY = re.compile(r"^\s*(why|how come)\b|\b(what|which)(?:'s| is| are)? (?:driving|behind|causing|caus\w*|explains?|drives)\b|"
                      # ('the reasons for the rise', 'what reasons does it give'; not 'across all the referral reasons listed')
                      r"\breasons?\b(?=[^?]*\b(?:for|why|behind|given?|gives)\b)|\bwhat (?:\w+ )?reasons?\b", re.I)
CAUSAL = re.compile(r"\b(because|due to|driven by|driv(?:e[sn]?|ers?|ing)|linked (?:to|with)|result(?:s|ed)? (?:of|from)|as a result of|"
                    r"reflect(?:s|ing)?|caus(?:e|ed|es|ing)|factors?|contribut\w+|attribut\w+|explain\w*|partly|"
                    r"owing to|as a result|led to|leads? to|associated with)\b", re.I)
# a question asking for the most or least of something, and the words a sentence ranks with
ASKS_MOST = re.compile(r"\b(most|highest|lowest|least|worst|biggest|largest|greatest|fewest|top|bottom)\b", re.I)
SUPERLATIVE = re.compile(r"\b(most|highest|lowest|least|worst|biggest|largest|greatest|fewest|top|bottom|"
                         r"concentrated|hot ?spots?)\b", re.I)
# an item of a numbered or lettered list ('   2. Tackle ...', '(b) Review ...'): never the previous line's continuation
_ENUMERATED = re.compile(r"\s*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)|\d{1,2}\.)\s+[A-Z]")


# an item of a list labelled and numbered or lettered ('Priority 1  Domestic abuse', 'Priority B: Fraud',
# 'R3  Agree a protocol', 'Objective 2: ...', 'Theme IV  Exploitation')
_LABELLED_ITEM = re.compile(r"\s*(?:[A-Z][a-z]{1,12} ?(?:\d{1,2}|[A-Z]|[IVX]{1,4})\b|[A-Z]\d{1,2})[.:)]?\s+[A-Z(]")


# a numbered heading line ('14.2 Recommendations', '5 Violence'): short, no sentence end
_HEADING_LINE = re.compile(r"\s*\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z][^.!?:;]{0,60}$")


_MARKER_GAP = re.compile(r"^(?:\(?(?:[ivxlc]{1,5}|\d{1,3}|[a-z])[.)]|[-•*–])\s+")


# a list item printed without its marker: a short capitalised line, no sentence ('Lancashire Probation')
_UNMARKED_ITEM = re.compile(r"\s*[A-Z][^.!?:;]{1,100}$")
# a short line with no sentence end: a heading over what follows ('Recommendations')
_TITLE_LINE = re.compile(r"\s*[A-Z][^.!?:;]{0,40}$")


def _item_kind(line: str) -> str | None:
    """What marks a line as a list item: 'bullet', 'number', or the label a labelled item starts with ('Priority',
    'R'); None for a line that is no item. A list ends where its items change kind."""
    if _BULLET.match(line):
        return "bullet"
    if _LIST_ITEM.match(line) or _ENUMERATED.match(line):
        return "number"
    if _LABELLED_ITEM.match(line):
        return re.match(r"\s*([A-Za-z]+)", line).group(1)
    return None


def logical_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the text's logical lines: a paragraph hard-wrapped over several printed lines is one.

    A printed line continues the one before when that line is prose that does not end a sentence
    (or the new line starts in lower case), and neither is a table row, a list item or blank.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    prev_open = False  # the previous printed line can be continued
    for line in text.split("\n"):
        start, stop = pos, pos + len(line)
        pos = stop + 1
        body = line.strip()
        if not body:
            prev_open = False
            continue
        # the gap after a list marker ('(iv)   Replace ...') is layout, not a column
        unmarked = _MARKER_GAP.sub("", body)
        tabbed = "\t" in line or body.count("|") >= 2 or re.search(r"\S {3,}\S", unmarked) is not None
        a = start + len(line) - len(line.lstrip())
        b = stop - (len(line) - len(line.rstrip()))
        ended = spans_end_sentence(text, spans)
        continues = (prev_open and not tabbed and not _BULLET.match(line) and not _ENUMERATED.match(line)
                     and not _LABELLED_ITEM.match(line)
                     and not (ended and _ITEM_START.match(line))
                     and (body[:1].islower() or not ended))
        if continues:
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
        prev_open = not tabbed and len(body.split()) >= 3
    return spans


def spans_end_sentence(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the last logical line so far ends a sentence (or a heading-like short line)."""
    if not spans:
        return True
    last = text[spans[-1][0] : spans[-1][1]].rstrip()
    return last.endswith(_ENDS) or last.endswith((".)", ".'", '."', ".’", ".”")) or len(last.split()) < 4


def units_of(chunk: Chunk) -> list[tuple[int, int]]:
    """Spans (within chunk.text) of sentences, or of lines for tables and fact cards.

    Prose is read by logical line, so a paragraph hard-wrapped by the producer still gives whole
    sentences rather than one fragment per printed line.
    """
    text = chunk.text
    spans: list[tuple[int, int]] = []
    if chunk.kind != "text":
        for line in split_lines(text):
            if not line.blank:
                body = line.text
                spans.append((line.start + len(body) - len(body.lstrip()), line.start + len(body.rstrip())))
        return spans
    for start, stop in logical_lines(text):
        line = text[start:stop]
        s = start
        for m in SENTENCE_END.finditer(line):
            if re.fullmatch(r"\s*\d{1,2}(?:\.\d+)*[.)]?", line[: m.start()]):
                continue  # "1. Town centre ..." or "3.4 The ward ...": a list or paragraph number, not a sentence end
            e = start + m.start()
            if text[s:e].strip():
                a = s + len(text[s:e]) - len(text[s:e].lstrip())
                spans.append((a, e))
            s = start + m.end()
        if text[s:stop].strip():
            a = s + len(text[s:stop]) - len(text[s:stop].lstrip())
            spans.append((a, stop - (len(text[s:stop]) - len(text[s:stop].rstrip()))))
    return spans


# how a question is put ('what does the assessment say about ...'), not what it asks about: these words neither
# choose passages nor sentences, nor make a question about a ward's figure
_ASKING_VERBS = "say says said saying tell mention mentions mentioned describe describes described according"
ASKING_WORDS = re.compile(rf"\b(?:{'|'.join(_ASKING_VERBS.split())})\b(?:\s+(?:us|to)\b)?", re.I)
_ASKING = set(terms(_ASKING_VERBS + " assessment"))


def pick_sentences(question: str, hits: list[Retrieved], weights: TermWeights, max_sentences: int = 5,
                   max_chunks: int = 4, prefer_numbers: bool = False, keep=None, prefer=None) -> list[Picked]:
    """The best-matching sentences from the top chunks: the best first, the rest in reading order (keep: a test a
    table or card line must pass to be chosen; prefer: a pattern whose sentences count for more, such as causes for a 'why')."""
    q = set(terms(question)) - _ASKING
    candidates: list[Picked] = []
    window = list(range(min(max_chunks, len(hits))))
    # the question's rarest word, held by none of the first passages but by a later one: that one is read too
    # ('knife crime offences in 2016/17' over tables of all crime that rank higher)
    rare = max((t for t in q if weights.df.get(t, 0)), key=weights.idf, default=None)
    if rare is not None and not any(rare in terms(hits[i].chunk.text) for i in window):
        window += [i for i in range(len(window), min(len(hits), 2 * max_chunks)) if rare in terms(hits[i].chunk.text)][:1]
    for rank in window:
        hit = hits[rank]
        rank_weight = 1.0 / (1.0 + 0.35 * rank)
        heading_overlap = weights.overlap(q, " ".join(hit.chunk.section_path[-1:])) if hit.chunk.section_path else 0.0
        for a, b in units_of(hit.chunk):
            sent = hit.chunk.text[a:b]
            if len(sent) < 12 or (hit.chunk.kind == "text" and not _is_sentence(sent)):
                continue
            if keep is not None and hit.chunk.kind != "text" and not keep(sent):
                continue
            lexical = weights.overlap(q, sent)
            if prefer is not None and prefer.search(sent) and (lexical > 0 or heading_overlap):
                # ('The drivers identified by partners are: ...' under the heading the question names)
                lexical += 0.5 * heading_overlap
            score = (lexical + 2.0 * max(hit.dense, 0.0)) * rank_weight if lexical > 0 else 0.0
            if prefer_numbers and _DIGIT.search(sent):
                score *= 1.5
            if prefer is not None and prefer.search(sent):
                score *= 1.5
            if score > 0:
                candidates.append(Picked(rank, a, b, score))
    if not candidates:
        return []
    best = max(c.score for c in candidates)
    chosen, seen = [], set()
    for c in sorted((c for c in candidates if c.score >= 0.45 * best), key=lambda c: -c.score):
        key = " ".join(hits[c.chunk_rank].chunk.text[c.start : c.end].split()).lower()
        if key in seen:  # overlapping chunks repeat sentences
            continue
        seen.add(key)
        chosen.append(c)
        if len(chosen) >= max_sentences:
            break
    # a sentence that introduces a list ("these are;") brings its list items with it; so does the best sentence when
    # a list follows it at once ('... are recommended as the Board's priorities.' over 'Priority A  ...')
    extra: list[Picked] = []
    for c in chosen:
        text = hits[c.chunk_rank].chunk.text
        following = [u for u in units_of(hits[c.chunk_rank].chunk) if u[0] >= c.end]
        introduces = text[c.start : c.end].rstrip().endswith((":", ";"))
        if not introduces and not (c is chosen[0] and following and _item_kind(text[following[0][0] : following[0][1]])):
            continue
        gap, kind = 0, None
        for a, b in following:
            line = text[a:b]
            if _HEADING_LINE.match(line):
                break  # the next section starts: its items are not this list's
            item = _item_kind(line)
            if not item and introduces and kind in (None, "plain") and _UNMARKED_ITEM.match(line):
                item = "plain"  # items whose markers the PDF drew as shapes: short lines, no sentence, after the colon
            if item and kind in (None, item):
                kind = item
                extra.append(Picked(c.chunk_rank, a, b, c.score * 0.9))
                gap = 0
            elif item or (kind and _TITLE_LINE.match(line)):
                break  # a list of another kind, or a heading over what follows
            else:  # numbered items may each be followed by a paragraph about them
                gap += 1
                if gap > 4:
                    break
    def key(c: Picked) -> str:
        return " ".join(hits[c.chunk_rank].chunk.text[c.start : c.end].split()).lower()

    taken = {key(c) for c in chosen}
    lead = chosen[0]
    for e in extra:  # an item chosen as a sentence already, or twice over (overlapping passages), is said once
        if key(e) not in taken:
            taken.add(key(e))
            chosen.append(e)
    # the best-matching sentence leads (the direct answer); the rest follow in reading order
    rest = sorted((c for c in chosen if c is not lead), key=lambda c: (c.chunk_rank, c.start))
    return [lead, *rest]


def citation_for(n: int, chunk: Chunk, meta: DocumentMeta, highlights: tuple[tuple[int, int], ...] = (),
                 score: float | None = None) -> Citation:
    """A citation quoting the whole chunk verbatim, with the cited sentences marked (score: its retrieval similarity)."""
    return Citation(
        n=n,
        doc_id=chunk.doc_id,
        title=meta.title,
        partnership=meta.partnership,
        period=meta.period,
        source=meta.source,
        page=chunk.page,
        page_inferred=chunk.page is not None and chunk.page_inferred,
        section=chunk.section,
        text=chunk.text,
        score=None if score is None else round(float(score), 4),
        start=chunk.start,
        end=chunk.end,
        kind="table_row" if chunk.kind == "table" else "passage",
        highlights=highlights,
        provenance=meta.provenance,
    )
