"""Route a question to the right answer path and return a verified Answer."""

from __future__ import annotations

import functools
import re
import time
from dataclasses import dataclass, field, replace

from ..retrieval.hybrid import HybridRetriever, Retrieved
from ..retrieval.lexical import TermWeights, terms
from ..settings import Settings
from ..tables.store import TableStore
from ..text import COMPARISON_LEAD, SECTION_NUMBER, SENTENCE_END, YEARISH, asks_comparison, comparison_lead, full_years, name_pattern, quoted
from ..types import FIGURE_INTENTS, Answer, Chunk, DocumentMeta, Figure, Filters, Intent, ParsedDocument
from .change import asks_change, change_statements
from .citations import CitationBook
from .extractive import ASKING_WORDS, ASKS_MOST, ASKS_WHY, CAUSAL, SUPERLATIVE, _is_sentence, pick_sentences, units_of
from .people import ASKS_WHO, FIRST_PERSON, People, section_span, who_predicate
from .refusals import ASKS_FIGURE, SECOND_QUESTION, RefusalChecks
from .scope import GENERIC, ScopeChecker
from .tableqa import SMALL_AREA_WORD
from .understand import _ABOUT_PLACE_ONLY, Frame, Gazetteer, resolve
from .verify import problems, verify

_CHANGE_CUE = re.compile(r"\b(percent(age)?|%|change|fall|fell|rise|rose|increase|decrease|reduction|drop)\b", re.I)
_QNUM = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")


@dataclass
class KnowledgeBase:
    """What the answer engine reads: the loaded index, term weights and (when built) the tables."""

    retriever: HybridRetriever
    metas: dict[str, DocumentMeta]
    weights: TermWeights
    documents: dict[str, ParsedDocument] = field(default_factory=dict)
    tables: TableStore | None = None
    texts: dict[str, str] = field(init=False)
    cards: dict[str, list[Chunk]] = field(init=False)  # doc_id -> fact-card chunks, so card values cite the card

    def __post_init__(self) -> None:
        self.texts = {d: doc.text for d, doc in self.documents.items()}
        self.cards = {}
        for c in self.retriever.chunks:
            if c.kind == "card":
                self.cards.setdefault(c.doc_id, []).append(c)


class AnswerEngine(RefusalChecks):
    """Answers questions from the knowledge base; never invents text or numbers."""

    def __init__(self, kb: KnowledgeBase, settings: Settings):
        self.kb = kb
        self.settings = settings
        texts = kb.texts
        self.text_chunks: dict[str, list] = {}
        self.text_chunks_all: dict[str, list] = {}
        self._tabular: list[int] | None = None  # positions of the chunks that print tables
        self._position = {c.chunk_id: i for i, c in enumerate(kb.retriever.chunks)}
        for c in kb.retriever.chunks:
            self.text_chunks_all.setdefault(c.doc_id, []).append(c)
            if c.kind == "text":
                self.text_chunks.setdefault(c.doc_id, []).append(c)
        # every printed table, read once: its ward rows feed the gazetteer, and table answers read whole tables
        from .tableqa import printed_small_areas, tables_of_document

        self._doc_tables = {d: tables_of_document(chunks, texts.get(d), kb.metas[d].partnership if d in kb.metas else None)
                            for d, chunks in self.text_chunks_all.items()}
        small = printed_small_areas(self._doc_tables, lambda d: kb.metas[d].partnership if d in kb.metas else None)
        areas = kb.tables.areas() if kb.tables is not None else None
        self.gazetteer = Gazetteer.build(kb.metas, texts, areas, small)
        # an abbreviation the passages themselves use is found by its own letters; one they define and then
        # spell out ('night-time economy (NTE)', then 'night-time economy') is searched by its long form too
        self.gazetteer.searched = {a for a in self.gazetteer.abbreviations
                                   if sum(kb.weights.df.get(t, 0) for t in terms(a)) <= _RARE_ABBREVIATION}
        self.scope = ScopeChecker(kb, self.gazetteer, settings.min_relevance)
        self._llm = None
        self.people = People(texts)

    def _evidence(self, book: CitationBook):
        from .evidence import EvidenceComposer

        return EvidenceComposer(self.kb.weights, book, lambda d: self.kb.metas[d].partnership, self.kb.texts, self.people,
                                doc_tables=self._tables_of,
                                section_of=lambda c: section_span(c, self.text_chunks_all.get(c.doc_id, [c])))

    def _tables_of(self, doc_id: str):
        """Every table printed in a document (read at start-up)."""
        return self._doc_tables.get(doc_id, [])

    def _signed(self, question: str, frame: Frame, hits: list[Retrieved], book: CitationBook) -> tuple[str, str]:
        """'Who chairs ...?' answered by a first-person passage ('As Chair of ..., I am pleased'): the person
        whose signature closes that passage's section, with their role, then the passage itself (and that
        sentence, so it is not quoted twice)."""
        scoped = self._scoped(frame, hits)
        units = self._evidence(book).units(question, scoped, self._extra_terms(frame), False)
        if not units:
            return "", ""
        best = max(u.score for u in units)
        for u in sorted(units, key=lambda u: -u.score)[:3]:
            chunk = scoped[u.rank].chunk
            sentence = chunk.text[u.start : u.end]
            if u.is_row or u.score < 0.6 * best or not FIRST_PERSON.search(sentence):
                continue
            # the passage speaks to what is asked of the person ('who chairs' / 'As Chair of ..., I'), or the
            # question names its section ('who signs the foreword')
            heading = set(terms(" ".join(chunk.section_path))) - GENERIC
            if not (set(terms(sentence)) & set(terms(who_predicate(question))) or set(terms(question)) & heading):
                continue
            text = self.kb.texts.get(chunk.doc_id)
            if text is None or text[chunk.start : chunk.end] != chunk.text:
                continue
            start, end = section_span(chunk, self.text_chunks_all.get(chunk.doc_id, [chunk]))
            signature = self.people.signature(text, max(start, chunk.start + u.end), end)
            if signature is None:
                continue
            m = book.passage(scoped[u.rank], ((u.start, u.end),))
            n = book.row({"doc_id": chunk.doc_id, "start": signature.start, "end": signature.end, "section": chunk.section,
                          "page": chunk.page, "page_inferred": chunk.page_inferred, "source_kind": "passage"})
            where = chunk.section_path[-1] if chunk.section_path else "passage"
            said = quoted(sentence)
            return f"{signature.display()} [{n}], who signs the {where}: “{said}” [{m}]", said
        return "", ""

    @functools.cached_property
    def _title_terms(self) -> dict[str, set[str]]:
        """Each document's title and partnership as terms: the name a document goes by, read once."""
        return {d: set(terms(f"{m.title or ''} {m.partnership or ''}")) for d, m in self.kb.metas.items()}

    def _with_phrases(self, question: str, hits: list[Retrieved]) -> list[Retrieved]:
        """Passages that print a name the question quotes or capitalises ('Call Time on Violent Crime') go first.

        Dense and keyword ranking both blur a programme's or a person's name into its common words;
        an exact phrase found in only a few passages is the strongest evidence there is.
        """
        # a place's name is no programme's: the partnership's documents all print it
        places = self.gazetteer.partnerships_in(question) + [w for w, _ in self.gazetteer.wards_in(question)]
        place_words = set(terms(" ".join(places))) | _PLACE_KIND_WORDS
        # nor is the name a document goes by ('the Safer Swansea Partnership' of its title)
        phrases = [p for p in _phrases(question) if set(terms(p)) - place_words
                   and not any(set(terms(p)) <= t | place_words for t in self._title_terms.values())]
        if not phrases or not hits:
            return hits
        texts = self.kb.texts
        top = max(h.dense for h in hits)
        front: list[Retrieved] = []
        have = {h.chunk.chunk_id for h in hits}
        for phrase in phrases:
            pattern = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in phrase.split()) + r"\b", re.I)
            found = []
            for doc_id, chunks in self.text_chunks_all.items():
                text = texts.get(doc_id, "")
                for m in pattern.finditer(text):
                    found += [c for c in chunks if c.start <= m.start() and m.end() <= c.end]
                    if len(found) > 6:
                        break
            found = list({c.chunk_id: c for c in found}.values())
            if not found or len(found) > 4:
                continue  # absent, or too common to single out a passage
            for c in found:
                front.append(Retrieved(c, top, top, 0.0, 0))
        if not front:
            return hits
        ids = {r.chunk.chunk_id for r in front}
        rest = [h for h in hits if h.chunk.chunk_id not in ids]
        del have
        return [replace(r, rank=i) for i, r in enumerate(front + rest)]

    def _with_places(self, frame: Frame, query: str, hits: list[Retrieved], limit: int = 3) -> list[Retrieved]:
        """Passages that print a ward the question names, near the front: a long table that holds the ward's
        row ranks low on words and meaning alike, though its name is the surest evidence there is."""
        if not frame.wards or not hits:
            return hits
        top_ids = {h.chunk.chunk_id for h in hits[: self.settings.top_k]}
        found: dict[str, Chunk] = {}
        for ward, partnership in frame.wards:
            pattern = re.compile(r"(?<![\w])" + re.escape(re.sub(r"\s*\(.*?\)\s*$", "", ward)) + r"(?![\w])", re.I)
            for doc_id, chunks in self.text_chunks_all.items():
                if partnership and self.kb.metas[doc_id].partnership != partnership:
                    continue
                found.update({c.chunk_id: c for c in chunks if pattern.search(c.text)})
        if not found or len(found) > 4 * limit:
            return hits  # absent, or too common a word to single out a passage
        scores = self.kb.retriever.bm25.scores(query, len(self.kb.retriever.chunks))
        best = sorted(found.values(), key=lambda c: -scores[self._position[c.chunk_id]])[:limit]
        extra = [c for c in best if c.chunk_id not in top_ids]
        if not extra:
            return hits
        top = hits[0].dense
        ids = {c.chunk_id for c in extra}
        rest = [h for h in hits if h.chunk.chunk_id not in ids]
        merged = rest[:1] + [Retrieved(c, top, top, 0.0, 0) for c in extra] + rest[1:]
        return [replace(r, rank=i) for i, r in enumerate(merged)]

    def _recommendations_made(self, hits: list[Retrieved], book: CitationBook, limit: int = 6,
                              topic: set[str] | None = None) -> str:
        """The recommendations themselves, quoted whole from the recommendations section of the best passage's
        document (a section printed over several passages is read whole), those naming the topic first."""
        for hit in hits[:3]:
            path = hit.chunk.section_path
            if not any(_RECS_HEADING.search(p) for p in path):
                continue
            # every passage of the document under a recommendations heading: one section may be printed over
            # several passages, and a document's heading levels are not always read as printed
            section = [c for c in self.text_chunks_all.get(hit.chunk.doc_id, [hit.chunk])
                       if c.section_path == path or (c.section_path and _RECS_HEADING.search(c.section_path[-1]))]
            units = [(c, a, b) for c in sorted(section, key=lambda c: c.start) for a, b in units_of(c)
                     if len(c.text[a:b].split()) >= 4]
            if topic:
                # the recommendations about what was asked first, then the others in the document's order
                units.sort(key=lambda u: not set(terms(u[0].text[u[1] : u[2]])) & topic)
            seen: set[str] = set()
            units = [u for u in units if not (quoted(u[0].text[u[1] : u[2]]) in seen or seen.add(quoted(u[0].text[u[1] : u[2]])))]
            units = sorted(units[:limit], key=lambda u: u[0].start + u[1])  # overlapping passages print a line twice
            if not units:
                continue
            where = SECTION_NUMBER.sub("", path[-1])
            items = []
            for c, a, b in units:
                n = book.chunk(c, ((a, b),))
                items.append(f"- {quoted(c.text[a:b]).lstrip('-•* ')} [{n}]")
            return f"The recommendations ({where}):\n" + "\n".join(items)
        return ""

    def _section_list(self, frame: Frame, book: CitationBook, limit: int = 8) -> str:
        """'What key changes to the community safety landscape does the CSA list?': the list items of the section
        whose heading the question names (most of the heading's informative words, by weight, are in the
        question), each item's first sentence, cited; '' when no heading matches or its section holds no list."""
        if not _ASKS_LIST.search(frame.text):
            return ""
        asked = set(self.scope.informative_terms(frame))
        where = set(_where(frame))
        best = None
        for doc_id, chunks in self.text_chunks_all.items():
            if where and self.kb.metas[doc_id].partnership not in where:
                continue
            for path in dict.fromkeys(c.section_path for c in chunks if c.section_path):  # each section once
                heading = set(terms(SECTION_NUMBER.sub("", path[-1]))) - GENERIC
                shared = heading & asked
                if len(shared) < 2:
                    continue
                weight = sum(self.kb.weights.idf(t) for t in shared) / sum(self.kb.weights.idf(t) for t in heading)
                if weight >= 0.6 and (best is None or weight > best[0]):
                    best = (weight, doc_id, path)
        if best is None:
            return ""
        _, doc_id, path = best
        section = sorted((c for c in self.text_chunks_all[doc_id] if c.section_path == path), key=lambda c: c.start)
        items, seen = [], set()
        for c in section:
            for a, b in units_of(c):
                line = c.text[a:b]
                if not (_BULLETED.match(line) or _ENUMERATED_ITEM.match(line)):
                    continue
                body = line.strip().lstrip("-•*▪◦– ")
                if not (body[:1].isupper() or body[:1].isdigit()):
                    continue  # the rest of an item a page break split, not an item
                first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", line.strip(), maxsplit=1)[0]
                key = " ".join(first.split()).lower()
                if key in seen or len(first.split()) < 3:
                    continue
                seen.add(key)
                n = book.chunk(c, ((a, a + len(line) - len(line.lstrip()) + len(first)),))
                items.append(f"- {quoted(first).lstrip('-•* ')} [{n}]")
        if len(items) < 2:
            return ""
        return f"{SECTION_NUMBER.sub('', path[-1]).strip()}:\n" + "\n".join(items[:limit])

    def _labelled_item(self, span: tuple[str, int, int] | None, book: CitationBook) -> str:
        """'Harrowden R4 - what is it and who owns it?': the item the documents print under that label at the start of a
        line ('R4   Target burglary prevention ... / Owner: ...'), with the lines that go on under it, cited; '' when
        the question names no such label or the asked documents print it at the start of no line, or of several.
        span: where ``_labelled_span`` found it."""
        if span is None:
            return ""
        doc_id, start, end = span
        text = self.kb.texts[doc_id]
        chunk = next((c for c in sorted(self.text_chunks_all.get(doc_id, []), key=lambda c: c.start) if c.end > start), None)
        n = book.row({"doc_id": doc_id, "start": start, "end": end,
                      "section": " > ".join(chunk.section_path) if chunk else "",
                      "page": chunk.page if chunk else None, "page_inferred": chunk.page_inferred if chunk else False,
                      "source_kind": "text"})
        return f"{quoted(' '.join(text[start:end].split()))} [{n}]"

    def _labelled_span(self, frame: Frame) -> tuple[str, int, int] | None:
        """Where the item a question names by its label is printed: (document, start, end), or None."""
        labels = [m.group(0) for m in re.finditer(r"\b[A-Z]{1,3}\d{1,2}[a-z]?\b", frame.text)]
        labels += [m.group(0) for m in re.finditer(r"\b(?:recommendation|action|priority|objective)\s+\d{1,2}\b",
                                                   frame.text, re.I)]
        where = set(_where(frame))
        for label in labels:
            line_re = re.compile(rf"^[ \t]*{re.escape(label)}\b(?![./-]\d)[ \t]*[:.)\-–]?[ \t]+\S[^\n]*", re.I | re.M)
            found = [(d, m) for d, text in self.kb.texts.items()
                     if not where or self.kb.metas[d].partnership in where for m in line_re.finditer(text)]
            if len(found) != 1:
                continue
            doc_id, m = found[0]
            text = self.kb.texts[doc_id]
            end = m.end()
            indent = len(m.group(0)) - len(m.group(0).lstrip())
            while True:  # the lines that go on under it: indented further, up to a blank line
                nxt = text.find("\n", end + 1)
                line = text[end + 1 : nxt if nxt >= 0 else len(text)]
                if not line.strip() or len(line) - len(line.lstrip()) <= indent or end - m.end() > 600:
                    break
                end = nxt if nxt >= 0 else len(text)
            return doc_id, m.start() + indent, end
        return None

    def _numbered_headings(self, frame: Frame, book: CitationBook, limit: int = 10) -> str:
        """'What are the workstreams ...?': the headings the documents number under that word ('Workstream One:
        Prevention', 'Priority 2 - Violence', 'Theme C: ...'), each cited where it stands; '' unless a
        plural word of the question heads two or more such lines (a contents list's lines, with their page
        numbers, are not the headings)."""
        where = set(_where(frame))
        plurals = {w.lower(): w[:-3] + "y" if w.lower().endswith("ies") else w[:-1]  # ('priorities' -> 'priority')
                   for w in re.findall(r"\b[A-Za-z]{4,}s\b", frame.text)}
        for plural, single in plurals.items():
            line_re = re.compile(rf"^[ \t]*{re.escape(single)}[ \t]+(?P<n>\d{{1,2}}|[A-H]|[IVX]{{1,4}}|one|two|three|four|five|six|"
                                 rf"seven|eight|nine|ten)[ \t]*[:.\-–][ \t]*(?P<title>[^\n]{{3,80}})$", re.I | re.M)
            for doc_id, text in self.kb.texts.items():
                if where and self.kb.metas[doc_id].partnership not in where:
                    continue
                found, seen = [], set()
                for m in line_re.finditer(text):
                    title = m.group("title").strip()
                    if re.search(r"(?:\.{3,}|\t)\s*\d+\s*$|\s\d{1,3}$", title) or m.group("n").lower() in seen:
                        continue  # a contents list's line ('Prevention.....  16'), or the same item again
                    seen.add(m.group("n").lower())
                    found.append(m)
                if len(found) < 2:
                    continue
                chunks = sorted(self.text_chunks_all.get(doc_id, []), key=lambda c: c.start)
                items = []
                for m in found[:limit]:
                    # the heading and the paragraph under it (a heading stands outside the passages it titles)
                    c = next((c for c in chunks if c.end > m.start()), None)
                    if c is None:
                        continue
                    start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
                    under = text.find("\n\n", text.find("\n\n", m.end()) + 2) if "\n\n" in text[m.end():] else -1
                    end = min(under if under > m.end() else len(text), m.end() + 400)
                    n = book.row({"doc_id": doc_id, "start": start, "end": end, "section": " > ".join(c.section_path),
                                  "page": c.page, "page_inferred": c.page_inferred, "source_kind": "text"})
                    items.append(f"- {quoted(m.group(0).strip())} [{n}]")
                if len(items) >= 2:
                    return f"The {plural}:\n" + "\n".join(items)
        return ""

    def _topic(self, frame: Frame) -> set[str]:
        """What a recommendation question is about: its informative words, less the words for recommending."""
        spelt = self.gazetteer.expansions(frame.text, searched_only=False)
        words = set(self.scope.informative_terms(frame)) | set(terms(" ".join(spelt)))
        return {t for t in words if not re.match(r"(recommend|suggest|advis|assess|action|should|propos|priorit)", t)}

    def _with_recommendations(self, frame: Frame, hits: list[Retrieved]) -> list[Retrieved]:
        """For 'what does X recommend about Y?': the passages of the documents' recommendation sections that
        name Y go first (a recommendation is found where the document makes it, whatever ranks highest)."""
        topic = self._topic(frame)
        if not topic or not hits:
            return hits
        docs = {d for d, m in self.kb.metas.items() if not frame.partnerships or m.partnership in frame.partnerships}
        scored = []
        for doc_id in docs:
            for c in self.text_chunks_all.get(doc_id, ()):
                if not any(_RECS_HEADING.search(p) for p in c.section_path):
                    continue
                found = set(terms(c.text + " " + " ".join(c.section_path))) & topic
                if found:
                    scored.append((sum(self.kb.weights.idf(t) for t in found), c))
        if not scored:
            return hits
        scored.sort(key=lambda t: -t[0])
        top = max(h.dense for h in hits)
        front = [Retrieved(c, top, top, 0.0, 0) for _, c in scored[:3]]
        ids = {r.chunk.chunk_id for r in front}
        return [replace(r, rank=i) for i, r in enumerate(front + [h for h in hits if h.chunk.chunk_id not in ids])]

    def partnerships_named(self, question: str) -> set[str]:
        """Partnerships of indexed documents named in the question."""
        return set(self.gazetteer.partnerships_in(question))

    # the answer path ------------------------------------------------------------------------
    def ask(self, question: str, history: list[Answer] | None = None, filters: Filters | None = None,
            use_llm: bool | None = None, on_token=None) -> Answer:
        """One turn of a conversation."""
        t0 = time.perf_counter()
        previous = _previous_frame(history)
        question = full_years(question, hyphens=True)  # ('ASB in 21/22': the year 2021/22)
        frame = resolve(question, self.gazetteer, previous)
        if filters and filters.partnerships:
            # the filter narrows what may be searched: keep the question's partnerships that pass it
            kept = tuple(p for p in frame.partnerships if p in filters.partnerships)
            frame = replace(frame, partnerships=kept or tuple(filters.partnerships))
        if not history and _BARE_FOLLOWUP.match(question) and not (frame.measures or frame.wards) and len(question.split()) <= 6:
            # 'and in <place>?' with nothing before it: there is no question to carry over
            return self._timed(self.insufficient(
                question, "this continues a conversation, but there is no earlier question to continue; "
                          "ask the whole question (for example 'what is the ASB rate in ...?')", frame), t0, t0)
        if not frame.partnerships and not frame.wards and not frame.followup:
            # 'how many ASB incidents did Hart record?': a district the question names without its partnership, printed
            # in one partnership's documents only, is asked about in those
            owners = self._owners_of(self._local_places(frame))
            if len(owners) == 1:
                frame = replace(frame, partnerships=tuple(owners))
        restated = self._restated(question, frame, history)
        if restated:
            # 'what about Kellmoor?' after 'how many KSIs on Harrowden's roads?' is that question about Kellmoor
            answer = self.ask(restated, None, filters, use_llm, on_token)
            return replace(answer, question=question, context={**answer.context, "restated": restated})
        reason = self.scope.refuse_before_retrieval(frame)
        if reason:
            return self._timed(self.insufficient(question, reason, frame), t0, t0)
        told = self.scope.told_elsewhere(frame)
        if told:
            # what the partnership's own documents never mention, another's say of it: asked of those documents
            frame = replace(frame, partnerships=tuple(sorted(told)))
        query = _retrieval_query(frame)
        hits = self.kb.retriever.search(query, self.settings.top_k * 2, filters, set(_where(frame)))
        # the words naming the partnership asked about and its documents' titles say which document, not which section
        named = set().union(*(t for d, t in self._title_terms.items()
                              if self.kb.metas[d].partnership in frame.partnerships))
        pool = _rerank_by_section(hits, frame, self.kb.weights, exclude=named)
        pool = self._with_phrases(question, pool)
        pool = self._with_places(frame, query, pool)
        if frame.intent == Intent.RECOMMENDATION:
            pool = self._with_recommendations(frame, pool)
        hits = pool[: self.settings.top_k]
        t1 = time.perf_counter()
        reason = self.scope.refuse_after_retrieval(frame, hits)
        if reason:
            return self._timed(self.insufficient(question, reason, frame), t0, t1)
        allowed = {d for d, m in self.kb.metas.items() if filters is None or filters.allows(m)}
        answer = self._compose(question, frame, hits, history or [], allowed, pool)
        answer = verify(answer, self.kb.metas, self.kb.texts)
        if answer.status == "answered" and self._want_llm(use_llm):
            from .llm import rewrite

            answer = rewrite(self._llm, question, answer, lambda a: problems(a, self.kb.texts), on_token)
        return self._timed(answer, t0, t1)

    def _owners_of(self, places: list[str]) -> set[str]:
        """The partnerships whose documents print any of the places as a name of its own (capitalised, and not a
        word of a longer name: 'White Hart Lane' does not print Hart; 'Hart District' does)."""
        owners = set()
        for place in places:
            pattern = re.compile(rf"(?:\b([A-Z][\w'’-]*)[ \t]+)?\b{re.escape(place)}\b(?:[ \t]+([A-Z][\w'’-]*))?")
            for d, text in self.kb.texts.items():
                for m in pattern.finditer(text):
                    before, after = m.group(1), m.group(2)
                    longer = (before and before.lower() not in _NAME_JOINERS) or (
                        after and not set(terms(after)) & _PLACE_KIND_WORDS)
                    if not longer:
                        owners.add(self.kb.metas[d].partnership)
                        break
        return owners - {None}  # (a document of no known partnership, an upload, scopes nothing)

    def _restated(self, question: str, frame: Frame, history: list[Answer] | None) -> str | None:
        """The previous question with its place swapped for the one a bare follow-up names ('what about X?'), when
        the previous question named its place and no measure the follow-up could carry (its topic is in its words:
        'KSIs on Harrowden's roads'); None otherwise."""
        if not history or not frame.followup or not frame.partnerships or not _ABOUT_PLACE_ONLY.match(question):
            return None
        before = history[-1]
        previous = _previous_frame(history)
        if previous is None or previous.measures or not previous.partnerships or before.question is None:
            return None
        new_place = _ABOUT_PLACE_ONLY.sub("", question).strip(" ?.!")
        if not new_place or len(new_place.split()) > 4:
            return None
        old = before.question
        spans = [(pos, pos + len(key)) for key, pos in self.gazetteer._match(old, self.gazetteer.partnerships, 86)]
        if len(spans) != 1:
            return None
        a, b = spans[0]
        return old[:a] + new_place + old[b:]

    def _want_llm(self, use_llm: bool | None) -> bool:
        if use_llm is False or not self.settings.llm_enabled:
            return False
        if self._llm is None:
            from .llm import make_llm

            self._llm = make_llm(self.settings)
        return self._llm is not None

    @staticmethod
    def _timed(answer: Answer, t0: float, t1: float) -> Answer:
        t2 = time.perf_counter()
        return replace(answer, timings_ms={"retrieve": round((t1 - t0) * 1000, 1), "compose": round((t2 - t1) * 1000, 1),
                                           "total": round((t2 - t0) * 1000, 1)})

    def _compose(self, question: str, frame: Frame, hits: list[Retrieved], history: list[Answer],
                 allowed: set[str] | None = None, pool: list[Retrieved] | None = None) -> Answer:
        book = CitationBook(self.kb.metas, self.kb.texts, self.kb.cards)
        blocks: list[str] = []
        figures: list[Figure] = []
        missing: list[str] = []
        tentative = False
        clash = None
        if frame.refers_to_previous and history:
            lines, figs = self._rank_previous(frame, history[-4:], book)
            if lines:
                blocks.append("\n".join(lines))
                figures += figs
        else:
            # table operations look a little deeper than the passages shown: a table often ranks lower than prose
            generic_lines, generic_figs, confident, clash = self._generic_tables(question, frame, pool or hits, book)
            tentative = bool(generic_lines) and not confident  # table lines shown only because nothing surer was found
            if generic_lines and confident:
                blocks.append(_markdown_lines(generic_lines))
                figures += generic_figs
            elif self.kb.tables is not None:
                composed = self._structured(frame, book, allowed)
                asked = [w for w, _ in frame.wards]
                if composed.lines and generic_lines and asked and not _names_any(composed.lines, asked) \
                        and _names_any(generic_lines, asked):
                    composed.lines = []  # a ward was asked about: its own line, not its partnership's figures
                if composed.lines:
                    blocks.append(_markdown_lines(composed.lines))
                    figures += composed.figures
                    tentative = False
                missing += composed.missing
                if not composed.lines and generic_lines:
                    blocks.append(_markdown_lines(generic_lines))
                    figures += generic_figs
            elif generic_lines:
                blocks.append(_markdown_lines(generic_lines))
                figures += generic_figs
        estimate, estimate_figs = self._count_from_rate(frame, figures, book)
        if estimate:
            blocks.insert(0, estimate)
            figures += estimate_figs
        arithmetic, arith_figs = self._question_arithmetic(frame, hits, book)
        if arithmetic:
            blocks.insert(0, arithmetic)
            figures += arith_figs
            tentative = False
        signed, quoted = ("", "")
        if ASKS_WHO.search(question) and not frame.refers_to_previous:
            signed, quoted = self._signed(question, frame, hits, book)
        labelled = self._labelled_span(frame)
        if not frame.refers_to_previous and labelled is not None:
            # the question names an item by its label ('R4', 'recommendation 3'): that item answers it, not the
            # figures of a table that merely names the same place
            blocks, figures = [], []
        if frame.refers_to_previous and blocks:
            narrative = ""
        elif len(frame.partnerships) >= 2 and not blocks:
            narrative = self._per_partnership(question, frame, book)
        elif figures and ASKS_WHY.search(question):
            # 'what explains the rise ...?': the causes the text gives answer it; the figures follow as context
            narrative = self._narrative(question, frame, hits, book, with_figures=False, limit=4)
        elif figures:
            narrative = self._discussing(frame, figures, book) or self._narrative(question, frame, hits, book, True)
        else:
            narrative = self._narrative(question, frame, hits, book, with_figures=bool(blocks), exclude=quoted)
            listed = self._labelled_item(labelled, book) or ("" if blocks or frame.intent == Intent.RECOMMENDATION else (
                self._section_list(frame, book) or self._numbered_headings(frame, book)))
            if listed:
                narrative = listed + ("\n\n" + narrative if narrative else "")
            if frame.intent == Intent.RECOMMENDATION:
                made = self._recommendations_made(hits, book, topic=self._topic(frame))
                narrative = made + ("\n\n" + narrative if made and narrative else narrative)
        earlier, earlier_figs = self._earlier_figure(frame, narrative, book) if not blocks else ("", [])
        if earlier:
            blocks.insert(0, earlier)
            figures += earlier_figs
        rate_line, rate_figs = self._rate_from_count(frame, figures, narrative, book)
        if rate_line:
            blocks.insert(0, rate_line)
            figures += rate_figs
        if frame.intent == Intent.WARD_HOTSPOT and figures and narrative and not frame.refers_to_previous:
            named = self._wards_the_text_adds(frame, figures, "\n".join(blocks), narrative, book)
            if named:
                blocks.append(named)
        if len(frame.partnerships) >= 2 and blocks and not frame.refers_to_previous:
            # figures found for some of the partnerships asked about: the others' own best sentences beside them
            shown = "\n".join(blocks)
            absent = tuple(p for p in frame.partnerships if p not in shown)
            for p in absent:
                one = replace(frame, partnerships=(p,), intent=Intent.LOOKUP_RATE)
                own = self.kb.retriever.search(_retrieval_query(one), self.settings.top_k * 2, Filters(partnerships=(p,)))
                lines, figs, _, _ = self._generic_tables(question, one, own, book)
                if lines:
                    blocks.append(_markdown_lines(lines))
                    figures += figs
                else:
                    extra = self._per_partnership(question, one, book)
                    narrative = "\n\n".join(x for x in (narrative, extra) if x)
        floor = [] if (frame.refers_to_previous and blocks) else self._floor(question, frame, hits, book, blocks + [narrative, signed])
        # tentative table lines do not answer a question by being there: they must name what was asked too
        refusal = None if (blocks and not tentative) else self._unanswered_figure(
            frame, "\n".join([*blocks, narrative, *floor]), missing)
        if refusal and frame.intent == Intent.WARD_HOTSPOT and frame.partnerships and not blocks:
            # the partnership's own documents name no areas: a county or force document may, by the
            # partnership's name ('Cannock Chase: Cannock South & West ...' in a county agreement)
            elsewhere = self._areas_elsewhere(question, frame, book)
            if elsewhere:
                narrative, floor, refusal = elsewhere, [], None
        if not refusal and not frame.refers_to_previous:
            refusal = self._ward_figure_missing(frame, "\n".join(blocks), [*narrative.splitlines(), *floor]) \
                or self._figure_never_printed(frame) \
                or (None if signed else self._person_not_named(frame, "\n".join([*blocks, narrative]), book))
            shown = "\n".join([*blocks, narrative, *floor])
            # each check in turn, the first reason kept (a rate asked per households is refused for its base, the more
            # telling reason, before the rest)
            checks = [self._denominator_missing, functools.partial(self._figure_off_target, book=book),
                      self._period_missing, self._month_missing, self._part_year_missing, self._comparator_missing,
                      self._qualifier_flipped,
                      self._age_band_missing, self._part_missing, self._share_missing, self._rank_missing,
                      self._count_missing]
            if not blocks and isinstance(clash, str):
                checks.remove(self._comparator_missing)  # (the comparator's cell printed as left out says so, below)
            refusal = refusal or next((r for r in (check(frame, shown) for check in checks) if r), None)
        if not refusal and not blocks and isinstance(clash, str) and not frame.refers_to_previous:
            refusal = clash  # 'how does X's ASB rate compare with England and Wales?' of a table printing 'n/a' there
        if not refusal and not blocks and isinstance(clash, tuple) and (frame.intent == Intent.WARD_HOTSPOT or frame.ranking) \
                and not frame.refers_to_previous:
            # 'which ward had the highest rate in 2020-21?' of a ward table for 2019-20: the table's year is said
            asked = ", ".join(frame.periods) or ", ".join(str(y) for y in frame.years)
            refusal = f"the table that ranks them ({clash[0]}) is for {clash[1]}, not {asked}"
        if not refusal and not blocks and frame.intent == Intent.RECOMMENDATION:
            refusal = self._recommendation_missing(frame, hits)
        if refusal:
            return self.insufficient(question, refusal, frame)
        if narrative:
            if figures and ASKS_WHY.search(question) and not narrative.startswith("From the text"):
                blocks.insert(0, narrative)  # the causes lead; the figures of what changed follow
            else:
                blocks.append(narrative)
        if signed:
            blocks.insert(0, signed)
        if floor:
            blocks.append("Best supporting passages:\n" + "\n".join(f"- {line}" for line in floor))
        if not blocks:
            why = "; ".join(missing) or "no passage in the documents answers this"
            return self.insufficient(question, why, frame)
        lead = _yes_no_lead(frame.text, figures, "\n".join(blocks))
        if lead:
            blocks.insert(0, lead)
        status = "answered"
        if frame.unknown_places and frame.partnerships:
            # a place the corpus does not cover is said first, not silently dropped: the question (a comparison,
            # or a figure for both) cannot be answered, though what the documents hold for the others is shown
            blocks.insert(0, f"The documents do not hold the answer: no assessment for {', '.join(frame.unknown_places)}. "
                             f"What they hold for {', '.join(frame.partnerships)}:")
            status = "insufficient_evidence"
        text = "\n\n".join(blocks)
        # a gap the structured tables report is not said when a figure of the answer is for that measure
        missing = [m for m in missing if not _answered_gap(m, figures)]
        if missing and frame.intent in FIGURE_INTENTS and not (not figures and self._text_states_figure(frame, text)):
            # (the tables' gaps are not said when the quoted text states the figure asked for)
            text += "\n\nNot in the documents: " + "; ".join(dict.fromkeys(missing)) + "."
        return Answer(question=question, status=status, answer=text, citations=book.citations(),
                      figures=tuple(figures), intent=frame.intent, context={"frame": frame.to_dict()})

    def _scoped(self, frame: Frame, hits: list[Retrieved]) -> list[Retrieved]:
        if not _where(frame):
            return hits
        wanted = set(_where(frame))
        scoped = [h for h in hits if self.kb.metas[h.chunk.doc_id].partnership in wanted]
        return scoped or hits

    def _extra_terms(self, frame: Frame) -> list[str]:
        from ..tables.vocabulary import MEASURES

        out = list(frame.expansions)
        for m in frame.measures:
            out.append(m)
            if m in MEASURES:
                out += list(MEASURES[m].synonyms)[:4]
        return out

    def _generic_tables(self, question: str, frame: Frame, hits: list[Retrieved], book: CitationBook):
        """A table operation on the printed tables of the retrieved passages (any template); when those hold
        no answer, on the printed tables that best match the question's words."""
        names = [*frame.partnerships, *(w for w, _ in frame.wards), *frame.unknown_places, *self._local_places(frame)]
        # (a ward named, no ranking asked: its figure, which a table of measures by ward prints in its column)
        row_lookup = frame.intent in (Intent.LOOKUP_RATE, Intent.COMPARE_LOCAL_FORCE, Intent.COMPARE_PARTNERSHIPS) or (
            frame.intent == Intent.WARD_HOTSPOT and bool(frame.wards) and not frame.ranking)
        scoped = self._scoped(frame, hits)
        pools = [scoped, self._table_hits(frame, scoped[:12])]
        if frame.comparators:
            # a comparator is printed in a table that may rank low among prose: look at both at once
            pools[0] = list({id(h.chunk): h for h in [*scoped[:8], *self._table_hits(frame, scoped[:8])]}.values())
        clash = None
        for pool in pools:
            if not pool:
                continue
            ev = self._evidence(book)
            lines, figs = ev.table_answer(question, pool, self._extra_terms(frame), names=names, max_chunks=12,
                                          measures=frame.measures, row_lookup=row_lookup)
            clash = clash or ev.period_clash or ev.missing_cell
            if lines and ev.confident:
                return lines, figs, True, None
            if lines:
                return lines, figs, False, None
        return [], [], True, clash

    def _table_hits(self, frame: Frame, hits: list[Retrieved], limit: int = 4) -> list[Retrieved]:
        """The passages holding printed tables that best match the question's words: a long table ranks low
        among prose on words and meaning alike, though it may be the only place the figure is printed."""
        chunks = self.kb.retriever.chunks
        if self._tabular is None:
            self._tabular = [i for i, c in enumerate(chunks) if c.kind == "table" or _TABLE_LINES.search(c.text)]
        if not self._tabular:
            return []
        scores = self.kb.retriever.bm25.scores(_retrieval_query(frame), len(chunks))
        where = set(_where(frame))
        have = {h.chunk.chunk_id for h in hits}
        ranked = sorted((i for i in self._tabular if scores[i] > 0 and chunks[i].chunk_id not in have
                         and (not where or self.kb.metas[chunks[i].doc_id].partnership in where)),
                        key=lambda i: -scores[i])
        top = hits[0].dense if hits else 0.0
        # one passage per section: the parts of one long table would crowd out the other tables
        picked: list[int] = []
        sections: set[tuple[str, tuple[str, ...]]] = set()
        for i in ranked:
            key = (chunks[i].doc_id, tuple(chunks[i].section_path))
            if key in sections:
                continue
            sections.add(key)
            picked.append(i)
            if len(picked) == limit:
                break
        return [Retrieved(chunks[i], 0.0, top, float(scores[i]), len(hits) + k) for k, i in enumerate(picked)]

    def _floor(self, question: str, frame: Frame, hits: list[Retrieved], book: CitationBook, already: list[str]) -> list[str]:
        """The best one to three sentences or table rows, quoted in full: never worse than showing retrieval."""
        ev = self._evidence(book)
        shown = " ".join(" ".join(a.split()) for a in already).lower()
        figure_q = frame.intent in FIGURE_INTENTS
        if len(frame.partnerships) >= 2:
            # a question naming several partnerships gets the best evidence from each one's documents
            lines = []
            for p in frame.partnerships:
                own = self.kb.retriever.search(_retrieval_query(frame), self.settings.top_k, Filters(partnerships=(p,)))
                lines += [f"**{p}**: {l}" for l in ev.floor(question, own, self._extra_terms(frame), figure_q, limit=2)]
        else:
            # beside a structured answer one passage is support enough; alone, up to three are the answer
            limit = 3
            lines = ev.floor(question, self._scoped(frame, hits), self._extra_terms(frame), figure_q, limit=limit)
        return [l for l in lines if re.sub(r"\s*\[\d+\]$", "", re.sub(r"^\*\*.*?\*\*: ", "", l)).lower() not in shown]

    def _structured(self, frame: Frame, book: CitationBook, allowed: set[str] | None = None):
        """Lines from the tables engine: figures for figure questions, lists for priority and governance ones."""
        from .facts import PRIORITY_CUE, SHARED_CUE, FactComposer
        from .figures import Composed, FigureComposer

        measure = frame.measures[0] if frame.measures else None
        facts = FactComposer(self.kb.tables, book, allowed)
        if SHARED_CUE.search(frame.text):
            return facts.partnerships_sharing(measure, frame.text)
        if PRIORITY_CUE.search(frame.text) and not measure and frame.intent in (Intent.NARRATIVE, Intent.LOOKUP_RATE, Intent.COMPARE_PARTNERSHIPS):
            return facts.priority_lists(list(frame.partnerships))
        if frame.intent == Intent.GOVERNANCE and measure:
            return facts.governance(measure)
        named_field = facts.field_named(frame.text)
        if named_field:
            composed = facts.card_field(named_field, measure, list(frame.partnerships))
            if composed.lines:
                return composed
        if frame.intent in FIGURE_INTENTS and (frame.measures or frame.wards):
            partnerships = list(frame.partnerships) or self._partnerships_for(frame)
            return FigureComposer(self.kb.tables, book, allowed).compose(frame, partnerships)
        return Composed()

    def _partnerships_for(self, frame: Frame) -> list[str]:
        """Partnerships a question without one can be answered for: those whose tables hold its measure or ward."""
        if frame.wards:
            return list(dict.fromkeys(p for _, p in frame.wards if p))
        if frame.intent in (Intent.COMPARE_PARTNERSHIPS,):
            return []
        values = self.kb.tables.values()
        have = values[values["measure"].isin(frame.measures[:1])]["partnership"].dropna().unique().tolist()
        real = {m.partnership for m in self.kb.metas.values()}
        return [p for p in have if p in real][:4]

    def _narrative(self, question: str, frame: Frame, hits: list[Retrieved], book: CitationBook, with_figures: bool,
                   limit: int | None = None, exclude: str = "") -> str:
        """Extractive sentences, cited; restricted to the partnerships asked about when there are any (exclude: a
        sentence the answer quotes already)."""
        if _where(frame):
            wanted = set(_where(frame))
            scoped = [h for h in hits if self.kb.metas[h.chunk.doc_id].partnership in wanted]
            hits = scoped or hits
        if with_figures or frame.intent in (Intent.NARRATIVE, Intent.RECOMMENDATION):
            text_hits = [h for h in hits if h.chunk.kind == "text"]
            hits = text_hits or hits
        query = " ".join([question, *frame.measures, *frame.expansions, *(w for w, _ in frame.wards)])
        if ASKS_WHO.search(question):
            # a question about people: table and card lines that name nobody are not an answer to it
            hits = [h for h in hits if h.chunk.kind == "text" or self.people.has_name(h.chunk.text)]
        why = bool(ASKS_WHY.search(question))
        picked = pick_sentences(query, hits, self.kb.weights, max_sentences=limit or (2 if with_figures else 5),
                                max_chunks=8 if why else 4,  # causes are told across passages: read more of them
                                prefer_numbers=frame.intent in FIGURE_INTENTS and not (ASKS_WHY.search(question) or ASKS_MOST.search(question)),
                                keep=self.people.has_name if ASKS_WHO.search(question) else None,
                                prefer=CAUSAL if ASKS_WHY.search(question) else SUPERLATIVE if ASKS_MOST.search(question) else None)
        said = lambda p: " ".join(hits[p.chunk_rank].chunk.text[p.start : p.end].split())  # noqa: E731
        parts = SECOND_QUESTION.split(question)
        ordered = len(parts) >= 2 and not with_figures and bool(picked)
        if ordered:
            # 'who chairs the board and which are the responsible authorities?': each question's own best sentences
            taken = {said(p) for p in picked}  # overlapping passages print one sentence twice
            for part in parts[1:]:
                for p in pick_sentences(part, hits, self.kb.weights, max_sentences=3,
                                        keep=self.people.has_name if ASKS_WHO.search(part) else None,
                                        prefer=CAUSAL if ASKS_WHY.search(part) else None):
                    if said(p) not in taken:
                        taken.add(said(p))
                        picked.append(p)
            # the lead, then the rest in the documents' reading order
            where = lambda p: (hits[p.chunk_rank].chunk.doc_id, hits[p.chunk_rank].chunk.start + p.start)  # noqa: E731
            lead = picked[0]
            if ASKS_WHO.search(parts[0]):  # 'who chairs ...' leads with the sentence naming someone
                lead = next((p for p in picked if self.people.has_name(said(p)) and not _BULLETED.match(said(p))), lead)
            picked = [lead, *sorted((p for p in picked if p is not lead), key=where)]
        if asks_change(question):
            # a question about change leads with the sentences that state a change figure for what it asks about
            names = (*frame.partnerships, *(w for w, _ in frame.wards))
            # (with the fact cards of the sections the best passages stand in: a card states its change on a line)
            seen = {h.chunk.chunk_id for h in hits}
            cards = [Retrieved(c, h.score, h.dense, h.bm25, h.rank) for h in hits[:3]
                     for c in self.kb.cards.get(h.chunk.doc_id, ()) if c.section_path == h.chunk.section_path
                     and c.chunk_id not in seen]
            first_card = len(hits)
            hits = [*hits, *cards]
            lead = change_statements(question, hits, self.kb.weights, frame.measures, names,
                                     cards_from=first_card if cards else None)
            led = {said(p) for p in lead}  # overlapping chunks print one sentence twice
            picked = lead + [p for p in picked if said(p) not in led][: max(0, len(picked) - len(lead))]
        picked = [p for p in picked if said(p) != exclude]
        if ASKS_WHO.search(question) and not ordered:
            # a question about people: the sentences that name one come first (in reading order among themselves)
            picked.sort(key=lambda p: not self.people.has_name(hits[p.chunk_rank].chunk.text[p.start : p.end]))
        if not picked:
            return ""
        goes_on: list[str] = []
        if not with_figures and not ordered and frame.intent == Intent.NARRATIVE and not ASKS_WHO.search(question) \
                and not asks_change(question):
            # the lead sentence's paragraph goes on with what it says ('... an exporting area for county lines. ...
            # At least 57 young people were at risk'): its next sentences follow it, before other passages' least
            # matching sentences, which make room
            goes_on = self._paragraph_goes_on(hits[picked[0].chunk_rank], picked[0], book)
            following = {" ".join(re.sub(r"\s*\[\d+\]$", "", s).split()).lower() for s in goes_on}
            picked = [picked[0], *(p for p in picked[1:] if said(p).lower() not in following)]
            if goes_on:
                room = max(0, max(len(picked), limit or 5) - 1 - len(goes_on))
                keep = {id(p) for p in sorted(picked[1:], key=lambda p: -p.score)[:room]}
                picked = [picked[0], *(p for p in picked[1:] if id(p) in keep)]
        parts = []
        spans: dict[int, list[tuple[int, int]]] = {}
        for p in picked:
            spans.setdefault(p.chunk_rank, []).append((p.start, p.end))
        numbers = {rank: book.passage(hits[rank], tuple(s)) for rank, s in spans.items()}
        for p in picked:
            sentence = quoted(hits[p.chunk_rank].chunk.text[p.start : p.end])
            parts.append(f"{sentence} [{numbers[p.chunk_rank]}]")
        parts[1:1] = goes_on
        return "\n".join(parts) if not with_figures else "From the text: " + " ".join(parts)

    def _paragraph_goes_on(self, hit: Retrieved, lead, book: CitationBook, most: int = 3) -> list[str]:
        """Up to `most` sentences that follow the lead sentence in its paragraph, read in the document (a chunk
        boundary may cut the paragraph), each cited."""
        chunk = hit.chunk
        doc = self.kb.texts.get(chunk.doc_id)
        if doc is None or doc[chunk.start : chunk.end] != chunk.text:
            return []
        end = chunk.start + lead.end
        stop = doc.find("\n\n", end)
        tail = doc[end : min(len(doc) if stop < 0 else stop, end + 1200)]
        found, at = [], 0
        for m in [*SENTENCE_END.finditer(tail), None]:
            b = m.start() if m else len(tail)
            a = at + len(tail[at:b]) - len(tail[at:b].lstrip())
            at = m.end() if m else len(tail)
            sentence = tail[a:b].strip()
            if not sentence:
                continue
            if len(found) >= most or not _is_sentence(sentence) or (m is None and not re.search(r"[.!?]['\")]?$", sentence)):
                break
            found.append((end + a, end + a + len(sentence)))
        if not found:
            return []
        # one citation for the sentences that go on: the rest of the lead's paragraph
        n = book.row({"doc_id": chunk.doc_id, "start": found[0][0], "end": found[-1][1], "section": chunk.section,
                      "page": chunk.page, "page_inferred": chunk.page_inferred, "source_kind": "passage"})
        return [f"{quoted(doc[a:b])} [{n}]" for a, b in found]

    def _per_partnership(self, question: str, frame: Frame, book: CitationBook) -> str:
        """For a question naming several partnerships, the best sentences from each one's documents in turn."""
        parts = []
        for p in frame.partnerships:
            hits = self.kb.retriever.search(_retrieval_query(frame), self.settings.top_k, Filters(partnerships=(p,)))
            text = self._narrative(question, replace(frame, partnerships=(p,)), hits, book, with_figures=False, limit=2)
            if text:
                parts.append(f"**{p}**: " + " ".join(text.splitlines()))
        return "\n\n".join(parts)

    def _recommendation_missing(self, frame: Frame, hits: list[Retrieved]) -> str | None:
        """'What does X recommend about shoplifting?': a reason when no recommendation of the asked documents
        names the topic (the recommendations are the passages under a heading or in sentences that recommend)."""
        topic = sorted(self._topic(frame), key=lambda t: t not in self.scope.informative_terms(frame))
        if not topic:
            return None
        docs = {d for d, m in self.kb.metas.items() if not frame.partnerships or m.partnership in frame.partnerships}
        # a word of the topic, or one sharing its first five letters ('offenders' for 'reoffending' does not;
        # 'exploited' for 'exploitation' does)
        stems = {t[:5] for t in topic if len(t) >= 5}

        def names_topic(words: set[str]) -> bool:
            return bool(words & set(topic)) or any(w[:5] in stems for w in words if len(w) >= 5)

        for doc_id in docs:
            for chunk in self.text_chunks_all.get(doc_id, ()):
                in_recs = any(_RECS_HEADING.search(p) or _PLAN_HEADING.search(p) for p in chunk.section_path)
                for a, b in units_of(chunk):
                    sent = chunk.text[a:b]
                    if not (in_recs or _COMMITS.search(sent)):
                        continue
                    heading = chunk.section_path[-1] if in_recs and chunk.section_path else ""
                    if names_topic(set(terms(sent + " " + heading))):
                        return None
        where = ", ".join(frame.partnerships) or "the"
        return f"no recommendation in {where} documents mentions {' or '.join(repr(t) for t in topic[:3])}"

    def _unanswered_figure(self, frame: Frame, narrative: str, missing: list[str]) -> str | None:
        """When the tables had nothing, does the text really answer a ward or figure question? A reason if not."""
        if frame.intent == Intent.WARD_HOTSPOT:
            # a ward table's total row bears the partnership's own name: that name is no ward-level evidence
            own = {(m.partnership or "").lower() for m in self.kb.metas.values()}
            ward_names = [w for w, _ in self.gazetteer.wards.values() if w.lower() not in own]
            where = ", ".join(frame.partnerships) or "that area"
            if not SMALL_AREA_WORD.search(narrative) and not any(w in narrative for w in ward_names):
                return "; ".join(missing) or f"no ward-level information for {where}"
            # the offence asked about must be named where wards are: 'hate crime' by ward, not crime by ward
            from .scope import _qualifiers

            wanted = [t for t in _qualifiers(frame.text) if self.kb.weights.df.get(t, 0) and t not in GENERIC]
            if wanted and not any(set(terms(line)) & set(wanted) for line in narrative.splitlines()
                                  if SMALL_AREA_WORD.search(line) or any(w in line for w in ward_names)):
                return "; ".join(missing) or f"no ward-level figures for {' '.join(wanted)} in {where}"
        if frame.intent in (Intent.LOOKUP_RATE, Intent.COMPARE_LOCAL_FORCE) or (
                frame.intent == Intent.NARRATIVE and ASKS_FIGURE.search(frame.text)):
            from .scope import _qualifiers

            wanted = set(self.scope.informative_terms(frame)) | set(terms(" ".join(frame.measures)))
            # 'knife crime': a figure for crime in general does not answer it; the qualifier must be in the line
            narrowing = {t for t in _qualifiers(frame.text) if self.kb.weights.df.get(t, 0)}
            # 'the police response time to ASB calls': a figure about ASB does not answer it either; the question's
            # most specific word (not its measure's) must be beside the number
            # (only for a question naming no place: with a place, a figure about its measure there is evidence)
            rarest = None if (frame.partnerships or frame.wards) else self._most_specific(frame)
            # (one word in two forms the stemmer leaves apart, 'violent' and 'violence', by its first six letters)
            wanted |= {t[:6] for t in wanted if len(t) >= 6}
            narrowing |= {t[:6] for t in narrowing if len(t) >= 6}
            for line in narrative.splitlines():
                plain = YEARISH.sub(" ", re.sub(r"\[\d+\]", "", line))
                plain = re.sub(r"^[\W_]*\d+(?:\.\d+)*\.?\s", " ", plain)  # a paragraph's number is no figure
                said = set(terms(plain))
                said |= {t[:6] for t in said if len(t) >= 6}
                # (the qualifier and the measure it qualifies: 'repeat referrals to MARAC' is no count of repeat
                # domestic abuse incidents)
                if re.search(r"\d", plain) and said & ((wanted - narrowing) or wanted) and (not narrowing or said & narrowing) \
                        and (rarest is None or rarest in said):
                    return None
            if not (frame.partnerships or frame.wards) and rarest is None:
                return None
            informative = set(self.scope.informative_terms(frame))
            said_words = [w for w in re.findall(r"[A-Za-z][\w'-]*", frame.text) if set(terms(w)) & informative]
            what = ", ".join(frame.measures) or " ".join(dict.fromkeys(said_words)) or "that"
            if rarest is not None:
                word = next((w for w in re.findall(r"[A-Za-z][\w'-]*", frame.text) if terms(w) == [rarest]), rarest)
                what = f"{word!r} ({what})" if word.lower() not in what.lower() else what
            return "; ".join(missing) or f"the documents give no figure for {what}"
        return None

    def _most_specific(self, frame: Frame) -> str | None:
        """The question's rarest word in the corpus that names neither its measure, a place, nor the operation."""
        found = self._specific_terms(frame)
        return found[0] if found else None

    def _specific_terms(self, frame: Frame) -> list[str]:
        """The question's words that name neither its measure, a place, nor the operation, rarest first."""
        from ..tables.vocabulary import MEASURES

        spelt = self.gazetteer.expansions(frame.text, searched_only=False)
        measure_words = set(terms(" ".join(frame.measures + frame.expansions + tuple(spelt))))
        # an abbreviation the documents define is matched by its long form too ('NRM', 'National Referral ...')
        measure_words |= {t for w in re.findall(r"\b[A-Za-z]{2,6}\b", frame.text)
                          if w.upper() in self.gazetteer.abbreviations for t in terms(w)}
        for m in frame.measures:
            if m in MEASURES:
                measure_words |= set(terms(" ".join((*MEASURES[m].synonyms, *MEASURES[m].abbreviations))))
        candidates = [t for t in self.scope.informative_terms(frame)
                      if t not in measure_words and self.kb.weights.df.get(t, 0) > 0 and t not in _GENERAL_TERMS]
        return sorted(candidates, key=self.kb.weights.idf, reverse=True)

    def _text_states_figure(self, frame: Frame, text: str) -> bool:
        """Whether a quoted line states a number beside the words of what was asked."""
        wanted = set(self.scope.informative_terms(frame)) | set(terms(" ".join(frame.measures)))
        for line in text.splitlines():
            plain = YEARISH.sub(" ", re.sub(r"\[\d+\]", "", line))
            if re.search(r"\d", plain) and set(terms(plain)) & wanted:
                return True
        return False

    def _discussing(self, frame: Frame, figures: list[Figure], book: CitationBook) -> str:
        """The narrative sentences that discuss the stated figures: same documents, same numbers, the measure's words."""
        stated = [f for f in figures if not f.computed]
        if not stated:
            return ""
        cited = {c.n: c for c in book.citations()}
        docs = {cited[n].doc_id for f in stated for n in f.citations if n in cited}
        # whole numbers under 100 (percentages, counts of things) match too much text to be evidence alone
        values = {f"{f.value:g}" for f in stated if not (float(f.value).is_integer() and abs(f.value) < 100)}
        values |= {f"{f.value:.1f}" for f in stated if not float(f.value).is_integer()}
        # (a small whole rate is evidence when the sentence prints it as a rate: '11 per 1,000 residents')
        small = {f"{f.value:g}" for f in stated if float(f.value).is_integer() and abs(f.value) < 100 and "per" in (f.unit or "")}
        if not values and not small and not any(f.area_type == "ward" for f in stated):
            return ""
        areas = {f.area for f in stated if f.area and f.area_type == "ward"}
        keys = sorted(values | areas, key=len, reverse=True)
        alternatives = [re.escape(v) for v in keys] + [rf"{re.escape(v)}(?=(?:\s+[a-z]+){{0,2}}\s+per\b)" for v in small]
        value_re = re.compile(r"(?<![\w.])(" + "|".join(alternatives) + r")(?![\w])")
        from ..tables.vocabulary import MEASURES

        names = [form for m in frame.measures if m in MEASURES for form in (m, *MEASURES[m].synonyms, *MEASURES[m].abbreviations)]
        measure_terms = set(terms(" ".join(names))) or set(terms(frame.text))
        scored = []
        for doc_id in docs:
            for chunk in self.text_chunks.get(doc_id, ()):
                for a, b in units_of(chunk):
                    sent = chunk.text[a:b]
                    found = set(value_re.findall(sent))
                    overlap = len(set(terms(sent)) & measure_terms)
                    need = 1 if (found & areas or names) else min(2, len(measure_terms))
                    if not found or overlap < need or not _is_sentence(sent):
                        continue
                    scored.append((len(found) + overlap, -a, chunk, a, b))
        if not scored:
            return ""
        scored.sort(key=lambda t: (-t[0], t[1]))
        parts, seen = [], set()
        for _, _, chunk, a, b in scored:
            key = " ".join(chunk.text[a:b].split()).lower()
            if key in seen:  # overlapping chunks repeat a sentence
                continue
            seen.add(key)
            if len(seen) > 2:
                break
            n = book.chunk(chunk, ((a, b),))
            parts.append(quoted(chunk.text[a:b]) + f" [{n}]")
        return "From the text: " + " ".join(parts)

    def _wards_the_text_adds(self, frame: Frame, figures: list[Figure], shown: str, narrative: str,
                             book: CitationBook) -> str:
        """Wards the quoted text names for a ward question ('such as Wilnecote and Amington') that the ranked
        table lines left out: their own figures for the same measure and period, from the same tables."""
        from ..tables.compute import row_record

        wards = [f for f in figures if f.area_type == "ward" and not f.computed and f.measure]
        if not wards or self.kb.tables is None:
            return ""
        measure, period = wards[0].measure, wards[0].period
        owners = set(_where(frame)) or {p for _, p in self.gazetteer.wards.values() if p}
        values = self.kb.tables.values()
        rows = values[(values["area_type"] == "ward") & (values["measure"] == measure) & (values["period"] == period)
                      & (values["partnership"].isin(owners))]
        lines = []
        for _, row in rows.drop_duplicates("area").iterrows():
            area = str(row["area"])
            if re.search(name_pattern(area), shown) or not re.search(name_pattern(area), narrative):
                continue
            n = book.row(row_record(row))
            lines.append(f"- {area}: {row['value_text'] or row['value']} {row['unit'] or ''} [{n}]".replace("  ", " "))
        if not lines:
            return ""
        return f"Named in the text, with their {measure} figures ({period}):\n" + "\n".join(lines[:6])

    def _areas_elsewhere(self, question: str, frame: Frame, book: CitationBook) -> str:
        """Sentences or table rows about the partnership's areas from the documents of another partnership that
        name it (a county-wide document listing each district's priority localities); '' when none does."""
        own = set(frame.partnerships)
        names = [re.compile(name_pattern(p), re.I) for p in own]
        found = [h for h in self.kb.retriever.search(_retrieval_query(frame), self.settings.top_k * 2)
                 if self.kb.metas[h.chunk.doc_id].partnership not in own and any(n.search(h.chunk.text) for n in names)]
        if not found:
            return ""
        wider = replace(frame, partnerships=())
        text = self._narrative(question, wider, found, book, with_figures=False, limit=4)
        # a line about the partnership's areas names it, or its areas by its distinctive word ('Cannock South')
        words = {w for p in own for w in re.findall(r"[A-Za-z]{5,}", p) if w.lower() not in _COMPASS_WORDS}
        marks = names + [re.compile(rf"\b{re.escape(w)}\b") for w in words]
        lines = [l for l in text.splitlines() if any(n.search(l) for n in marks)]
        # (the lines' areas are small areas when they say so, or their passage does: a 'Locality' column)
        cited = {c.n: c.text for c in book.citations()}
        context = " ".join(cited.get(int(n), "") for l in lines for n in re.findall(r"\[(\d+)\]", l))
        if not lines or self._unanswered_figure(frame, "\n".join([*lines, context]), []):
            return ""
        return "\n".join(lines)

    def _count_from_rate(self, frame: Frame, figures: list[Figure], book: CitationBook):
        """'Approximately how many burglaries, from the rate and population?': the stated rate times the
        population the partnership's documents print, over the rate's base (per 1,000 or per 10,000)."""
        from ..tables.compute import Computed

        if not (_ASKS_ESTIMATE.search(frame.text) and re.search(r"\bhow many\b", frame.text, re.I)):
            return "", []
        stated = [f for f in figures if not f.computed and f.unit and re.search(r"per\s*(1|10|100),?000", f.unit)
                  and "household" not in f.unit.lower() and (not frame.partnerships or f.area in frame.partnerships)]
        if not stated:
            return "", []
        rate = stated[0]
        base = float(re.search(r"per\s*(\d+),?(000)", rate.unit).group(1)) * 1000
        found = self._population({rate.area} if rate.area else set(_where(frame)), book)
        if found is None:
            return "", []
        people, n_pop = found
        value = rate.value * people / base
        comp = Computed(label=f"estimated number ({rate.measure or rate.label})", value=round(value), unit="count",
                        formula=f"{rate.value:g} × {people:,.0f} / {base:,.0f}", area=rate.area,
                        measure=rate.measure, period=rate.period)
        marks = "".join(f"[{n}]" for n in (*rate.citations, n_pop))
        line = (f"About {value:,.0f}: {rate.value:g} per {base:,.0f} times a population of {people:,.0f} "
                f"({rate.area or 'the area'}) {marks}.")
        return line, [comp.to_figure((*rate.citations, n_pop))]

    def _earlier_figure(self, frame: Frame, narrative: str, book: CitationBook):
        """'What was Harrowden's ASB total in 2015/16?' of a 2016/17 assessment: a sentence the answer leads with
        that states a change from the year asked ('9,915 ASB incidents in 2016/17, a fall of 927 on 2015/16') gives
        the earlier figure (10,842), said first with how it is read."""
        from ..text import PERIOD_RANGE
        from .prose_figures import _old_and_new

        if len(set(frame.years)) != 1 or frame.followup or frame.intent in (Intent.COMPARE_YEARS, Intent.COMPARE_PARTNERSHIPS) \
                or not (frame.intent in FIGURE_INTENTS or ASKS_FIGURE.search(frame.text) or _ASKS_TOTAL.search(frame.text)):
            return "", []
        year = frame.years[0]
        docs = self._asked_docs(frame)
        own = self._own_years(docs)
        if not own or year >= min(own):
            return "", []  # (the documents' own year is answered as printed)
        for line in narrative.splitlines()[:2]:
            for sentence, n in re.findall(r"(.+?)\s*\[(\d+)\]", re.sub(r"^From the text:\s*", "", line)):
                pair = _old_and_new(sentence)
                named = [m for m in PERIOD_RANGE.finditer(sentence) if int(m.group(1)) == year]
                if pair is None or not named or not any(int(m.group(1)) > year for m in PERIOD_RANGE.finditer(sentence)):
                    continue
                old, new = pair
                asked = named[0].group(0)
                lead = f"In {asked}: {old}, the earlier figure of “{quoted(sentence.strip())}” [{n}]."
                printed = self._printed_elsewhere(old, docs, book) if old not in sentence else None
                if printed is not None:  # the documents print that figure too: cite where
                    lead = lead[:-1] + f"; printed as “{quoted(printed[0])}” [{printed[1]}]."
                fig = Figure(label=f"{asked} figure", area=(frame.partnerships or (None,))[0], area_type=None,
                             measure=(frame.measures or (None,))[0], period=asked, value=float(old.replace(",", "")),
                             unit="count", computed=old not in sentence,
                             formula=None if old in sentence else f"from {new} and the change stated",
                             citations=(int(n), *((printed[1],) if printed else ())))
                return lead, [fig]
        return "", []

    def _printed_elsewhere(self, number: str, docs: list[str], book: CitationBook) -> tuple[str, int] | None:
        """The first sentence of the documents that prints a number as written ('10,842'), cited."""
        pattern = re.compile(rf"(?<![\d.,]){re.escape(number)}(?![\d]|\.\d|,\d)")
        for d in docs:
            for chunk in self.text_chunks_all.get(d, []):
                for a, b in units_of(chunk):
                    if pattern.search(chunk.text[a:b]):
                        return " ".join(chunk.text[a:b].split()), book.chunk(chunk, ((a, b),))
        return None

    def _population(self, where: set[str], book: CitationBook) -> tuple[float, int] | None:
        """The population the partnership's documents state ('an estimated population of 103,965', '169,900
        residents'), with the citation of the passage that states it."""
        for doc_id, text in self.kb.texts.items():
            if where and self.kb.metas[doc_id].partnership not in where:
                continue
            flat = text.replace("\n", " ")  # (wrapped: 'with 201,600\nresidents')
            m, group = _POPULATION.search(flat), None
            # a list of areas' populations naming the partnership ('based on the 2011 Census (Ashby 91,000; Kellow
            # 93,800; Harrowden 352,600)')
            for name in where:
                listed = re.compile(rf"\b(?:population|census)\b[^.]{{0,300}}?\b{re.escape(name)}\s*[:=–-]?\s*"
                                    r"(?P<n>\d{1,3}(?:,\d{3})+)(?![\d,])", re.I).search(flat)
                if listed:
                    m, group = listed, "n"
            if m is None:
                continue
            group = group or ("n" if m.group("n") else "n2")
            chunk = next((c for c in self.text_chunks_all.get(doc_id, []) if c.start <= m.start(group) < c.end), None)
            if chunk is None:
                continue
            a = max(m.start(), chunk.start) - chunk.start
            b = min(m.end(), chunk.end) - chunk.start
            return float(m.group(group).replace(",", "")), book.chunk(chunk, ((a, b),))
        for doc_id in self.kb.texts:
            if where and self.kb.metas[doc_id].partnership in where:
                found = self._population_cell(doc_id, where, book)
                if found is not None:
                    return found
        return None

    def _population_cell(self, doc_id: str, where: set[str], book: CitationBook) -> tuple[float, int] | None:
        """The partnership's population as a table prints it: the 'Pop.' or 'Population' cell of the row naming the
        partnership ('ROCHDALE BOROUGH  225,100 ...' at the head of a ward table), cited."""
        names = [re.sub(r"\s*\(.*?\)", "", w).lower() for w in where]
        for view in self._tables_of(doc_id):
            cols = [j for j, h in enumerate(view.header) if re.match(r"\s*pop(?:\.|ulation)?\b", h, re.I)]
            if not cols:
                continue
            for row in view.rows:
                low = row.label.lower()
                if names and not any(n and n in low for n in names):
                    continue
                value = row.values[cols[0]] if cols[0] < len(row.values) else None
                if value:
                    c = view.hit.chunk
                    n = book.row({"doc_id": doc_id, "start": row.start, "end": row.end, "section": c.section,
                                  "page": c.page, "page_inferred": c.page_inferred, "source_kind": "table"})
                    return float(value), n
        return None

    def _states_rate(self, text: str, frame: Frame, base: str) -> bool:
        """Whether a sentence of the answer gives a rate of the question's measure (its own words beside a figure
        per some base), or any figure per the base asked."""
        words = self._measure_words(frame)
        for sentence in re.split(r"(?<=[.!?\]])\s+|\n", text or ""):
            if re.search(rf"\d[\d,.]*\s*{re.escape(base)}", sentence, re.I):
                return True
            if re.search(r"\d[\d,.]*\s*(?:per\b|/\s*\d)", sentence, re.I) and set(terms(sentence)) & words:
                return True
        return False

    def _rate_from_count(self, frame: Frame, figures: list[Figure], narrative: str, book: CitationBook):
        """'Working from the borough population, what was the rate of DA-related crimes per 1,000 residents?': the
        count the answer states (a table's count, or the latest figure of the sentence it leads with) over the
        population the partnership's documents state, times the rate's base."""
        from ..tables.compute import Computed
        from .prose_figures import _old_and_new

        per = _RATE_BASE_ASKED.search(frame.text)
        if per is None or len(_where(frame)) > 1:
            return "", []
        after = frame.text[per.end() : per.end() + 30]
        if not re.match(r"\s*(?:(?:of\s+the\s+)?(?:residents?|population|people|persons|head|inhabitants)\b|[?.,;:()\-–—]|\s*$|\s+(?:in|for|during|at|from|based|using|working)\b)",
                        after, re.I):
            return "", []  # a rate per households, businesses or young people is not one per resident
        if not _FROM_POPULATION.search(frame.text) and (
                frame.refers_to_previous or not frame.measures or figures
                or self._states_rate(narrative, frame, per.group(0))):
            # (asked for a rate the documents print nowhere in the answer: worked out from the count they give and the
            # population they state, as when the question asks for that)
            return "", []
        base = 1000.0 * (int(per.group(1)) if per.group(1) else 1)
        counts = [f for f in figures if not f.computed and f.unit in ("count", "", None) and f.value and f.value >= 1]
        # of a row with a count for each period, the period the question names ('for April to September 2012')
        asked = set(re.findall(r"\b(?:19|20)\d{2}\b", frame.text))
        counts = sorted(counts, key=lambda f: not (asked and asked & set(re.findall(r"(?:19|20)\d{2}", f"{f.period} {f.label}"))))
        if counts:
            count, marks, what = counts[0].value, counts[0].citations, counts[0].measure or counts[0].label
        else:
            # the first sentence of the answer that names what is counted ('hate crimes', not the crime rate)
            sentences = [x for line in (narrative or "").split("\n")
                         for x in re.split(r"(?<=\])\s+", re.sub(r"^From the text:\s*", "", line)) if x.strip()]
            from .refusals import _GENERIC_COUNTS

            wanted = (set(terms(" ".join(frame.measures))) or set(self.scope.informative_terms(frame))) - _GENERIC_COUNTS
            first = next((x for x in sentences if set(terms(x)) & wanted), sentences[0] if sentences else "")
            pair = _old_and_new(re.sub(r"\s*\[\d+\]", "", first))
            marks = tuple(int(n) for n in re.findall(r"\[(\d+)\]", first))
            if pair is None or not marks:
                return "", []
            count, what = float(pair[1].replace(",", "")), ", ".join(frame.measures) or "the count"
        found = self._population(set(_where(frame)), book)
        if found is None:
            return "", []
        people, n_pop = found
        value = count / people * base
        comp = Computed(label=f"rate per {base:,.0f} ({what})", value=round(value, 2), unit=f"per {base:,.0f}",
                        formula=f"{count:,.0f} / {people:,.0f} × {base:,.0f}")
        cites = "".join(f"[{n}]" for n in (*marks, n_pop))
        line = (f"About {value:.2f} per {base:,.0f} residents: {count:,.0f} over a population of {people:,.0f} "
                f"{cites}.")
        return line, [comp.to_figure((*marks, n_pop))]

    def _question_arithmetic(self, frame: Frame, hits: list[Retrieved], book: CitationBook):
        """'Percentage fall from 650 to 375': compute from two numbers the question gives, when a passage prints both."""
        from ..tables.compute import Computed

        if not _CHANGE_CUE.search(frame.text):
            return "", []
        nums = [m.group(0).replace(",", "") for m in _QNUM.finditer(YEARISH.sub(" ", frame.text))]
        if len(nums) != 2:
            return "", []
        a, b = float(nums[0]), float(nums[1])
        if a == 0:
            return "", []
        for hit in hits:
            for s, e in units_of(hit.chunk):
                sent = hit.chunk.text[s:e]
                plain = sent.replace(",", "")
                if all(re.search(rf"(?<![\d.]){re.escape(x)}(?![\d])", plain) for x in nums):
                    n = book.passage(hit, ((s, e),))
                    pct = Computed(label=f"percent change from {nums[0]} to {nums[1]}", value=(b - a) / a * 100, unit="%",
                                   formula=f"({nums[1]} - {nums[0]}) / {nums[0]} × 100")
                    diff = Computed(label=f"change from {nums[0]} to {nums[1]}", value=b - a, unit="",
                                    formula=f"{nums[1]} - {nums[0]}")
                    line = (f"From {nums[0]} to {nums[1]} is a change of {b - a:+g} ({pct.value:+.1f}%), "
                            f"as printed in the source [{n}].")
                    return line, [pct.to_figure((n,)), diff.to_figure((n,))]
        return "", []

    def _rank_previous(self, frame: Frame, previous: list[Answer], book: CitationBook) -> tuple[list[str], list[Figure]]:
        """'Which of those is highest?': rank the stated values of one measure and unit from the earlier turns
        ('the DA rate in A?' / 'and in B?' / 'which of those is highest?')."""
        from ..tables.compute import Computed

        pairs = [(a, f) for a in reversed(previous) for f in a.figures
                 if not f.computed and f.area_type in ("ward", "partnership") and f.citations]
        stated = [f for _, f in pairs]
        if not stated:
            return [], []
        key = max({(f.measure, f.unit) for f in stated}, key=lambda k: sum(1 for f in stated if (f.measure, f.unit) == k))
        group, source = {}, {}
        for a, f in pairs:
            if (f.measure, f.unit) == key and f.area not in group:
                group[f.area] = f
                source[f.area] = a
        if len(group) < 2:
            return [], []
        ordered = sorted(group.values(), key=lambda f: f.value, reverse=frame.ranking != "lowest")
        cites = {}
        for f in ordered:
            c = {x.n: x for x in source[f.area].citations}[f.citations[0]]
            cites[f.area] = book.row({"doc_id": c.doc_id, "start": c.start, "end": c.end, "section": c.section.split(" (page")[0],
                                      "page": c.page, "page_inferred": c.page_inferred, "source_kind": "table" if c.kind == "table_row" else "passage"})
        top = ordered[0]
        joint = [f for f in ordered if f.value == top.value]
        word = "lowest" if frame.ranking == "lowest" else "highest"
        formula = f"{word} of [" + ", ".join(f"{f.area} {f.value:g}" for f in ordered) + "]"
        rank = Computed(label=f"{top.area}: {word} {top.measure}", value=1.0, unit="rank", formula=formula,
                        area=top.area, area_type=top.area_type, measure=top.measure, period=top.period)
        unit = (" " + top.unit) if top.unit and top.unit != "%" else ("%" if top.unit == "%" else "")
        if len(joint) > 1:
            names = " and ".join(f"**{f.area}**" for f in joint)
            lines = [f"Of those, {names} are joint {word} on {top.measure}: {top.value:g}{unit} "
                     + "".join(f"[{cites[f.area]}]" for f in joint) + "."]
        else:
            lines = [f"Of those, **{top.area}** is {word} on {top.measure}: {top.value:g}{unit} [{cites[top.area]}]."]
        lines += [f"- {f.area}: {f.value:g}{unit} [{cites[f.area]}]" for f in ordered[len(joint):]]
        figs = [replace(f, citations=(cites[f.area],)) for f in ordered] + [rank.to_figure((cites[top.area],))]
        return lines, figs

    def insufficient(self, question: str, why: str, frame: Frame | None = None) -> Answer:
        """An 'insufficient evidence' answer that says what the corpus does hold that is nearest."""
        held = sorted({f"{m.partnership} ({m.period})" for m in self.kb.metas.values() if m.partnership})
        text = f"The documents do not hold the answer: {why}.\n\nThe corpus covers: {', '.join(held)}."
        near = self.scope.nearest(frame) if frame is not None else ""
        if near:
            text += f"\n\nNearest in the documents: {near}."
        return Answer(question=question, status="insufficient_evidence", answer=text,
                      intent=frame.intent if frame else Intent.OUT_OF_SCOPE,
                      context={"frame": frame.to_dict()} if frame else {})


def _markdown_lines(lines: list[str]) -> str:
    """Join answer lines so a list ends before the next paragraph (Markdown would fold it into the last item)."""
    out: list[str] = []
    for line in lines:
        is_item = line.lstrip().startswith("- ")
        if out and out[-1].lstrip().startswith(("- ", "  ")) and not is_item and not line.startswith("  "):
            out.append("")
        elif out and not out[-1].lstrip().startswith("- ") and is_item and out[-1].strip():
            out.append("")
        out.append(line)
    return "\n".join(out)


def _answered_gap(note: str, figures: list[Figure]) -> bool:
    """Whether a 'no hate crime figure for Camden' note is answered by a figure of the answer whose label names the
    measure and the place ('Homophobic hate crime: 2013' read from Camden's own table)."""
    m = re.match(r"no (.+?) figure for (.+)$", note)
    if not m:
        return False
    measure, place = set(terms(m.group(1))), m.group(2).strip().lower()
    return any(measure <= set(terms(f"{f.label} {f.measure or ''}")) and
               (place in f"{f.label} {f.area or ''}".lower() or not f.area or f.area_type == "area")
               for f in figures)


def _rerank_by_section(hits: list[Retrieved], frame: Frame, weights: TermWeights,
                       exclude: set[str] = frozenset()) -> list[Retrieved]:
    """Field boost: passages whose section path shares the question's informative words (or its intent) rank
    higher. A word in a tenth or more of the passages ('community', 'safety' in these documents) is no evidence
    that a section is about the question; a rarer one counts for more the rarer it is, and the measure asked about
    counts in full."""
    q = (set(terms(frame.text)) - set(exclude)) | set(terms(" ".join(frame.measures)))
    common, rare = weights.idf_at(0.10), weights.idf_at(0.01)
    measure_terms = set(terms(" ".join(frame.measures)))
    out = []
    for h in hits:
        section_terms = set(terms(" ".join(h.chunk.section_path)))
        overlap = sum(1.0 if t in measure_terms else min(1.0, max(0.0, (weights.idf(t) - common) / max(rare - common, 1e-6)))
                      for t in q & section_terms)
        boost = 1.0 + 0.25 * min(overlap, 3)
        if frame.intent == Intent.RECOMMENDATION and "recommend" in " ".join(h.chunk.section_path).lower():
            boost *= 1.6
        out.append((h.score * boost, h))
    out.sort(key=lambda t: -t[0])
    return [replace(h, score=s, rank=i) for i, (s, h) in enumerate(out)]


_BARE_FOLLOWUP = re.compile(r"^\s*(and|what about|how about|and what about|same for|and for|also)\b", re.I)
_QUOTED = re.compile(r"[\"“‘']([^\"”’']{4,80})[\"”’']")
_CAPS = re.compile(r"\b([A-Z][\w'’&-]*(?:\s+(?:on|of|and|the|for|in|to|&)?\s*[A-Z][\w'’&-]*)+)")
_QWORDS = {"what", "who", "which", "where", "when", "why", "how", "is", "are", "does", "did", "do", "can", "tell",
           "list", "show", "compare", "and", "the", "in", "a"}


def _phrases(question: str) -> list[str]:
    """Names a question quotes, or writes as two or more capitalised words ('Call Time on Violent Crime')."""
    out = [m.group(1).strip() for m in _QUOTED.finditer(question)]
    for m in _CAPS.finditer(question):
        words = m.group(1).split()
        while words and words[0].lower() in _QWORDS:
            words.pop(0)
        while words and words[-1].lower() in {"on", "of", "and", "the", "for", "in", "to", "&"}:
            words.pop()
        if len(words) >= 2:
            out.append(" ".join(words))
    return list(dict.fromkeys(out))


def _previous_frame(history: list[Answer] | None) -> Frame | None:
    for a in reversed(history or []):
        f = (a.context or {}).get("frame")
        if f:
            return Frame.from_dict(f)
    return None


def _retrieval_query(frame: Frame) -> str:
    """The question, with what a follow-up left implicit made explicit for retrieval."""
    # ('what does the assessment say about county lines?': the asking words would find sentences that 'say')
    text = ASKING_WORDS.sub(" ", frame.text)
    if not frame.followup:
        # the canonical name of a measure the question names differently ('overall crime' is printed
        # 'total recorded crime') helps the keyword ranking find the row that prints it
        canon = [m for m in frame.measures if m.lower() not in frame.text.lower()] if frame.intent in FIGURE_INTENTS else []
        canon += [e for e in frame.expansions if e not in canon]  # 'NTE' as the documents spell it out
        return text + (" (" + "; ".join(canon) + ")" if canon else "")
    extra = [*frame.measures, *frame.expansions, *frame.partnerships, *(w for w, _ in frame.wards)]
    return text + " " + " ".join(e for e in extra if e.lower() not in frame.text.lower())


def _where(frame: Frame) -> tuple[str, ...]:
    """The partnerships a question is about: those it names, else those of the wards it names."""
    return frame.partnerships or tuple(dict.fromkeys(p for _, p in frame.wards if p))



# words that name a kind of place: 'Wakefield District' is a place's name, not a programme's
_PLACE_KIND_WORDS = set(terms("district borough city council county area town ward csp"))

# capitalised words before a name that do not make it part of a longer one ('In Hart', 'The Hart district')
_NAME_JOINERS = {"in", "the", "for", "and", "of", "at", "to", "by", "from", "with", "across", "within", "both", "while"}

_RECS_HEADING = re.compile(r"recommend|next steps|actions?\b", re.I)


def _names_any(lines: list[str], names: list[str]) -> bool:
    """Whether any line names any of the names (case-insensitive)."""
    text = "\n".join(lines).lower()
    return any(n.lower() in text for n in names)

# three lines of cells (tab-, pipe- or space-separated): a passage that prints a table
_TABLE_LINES = re.compile(r"(?:^[^\n]*(?:\t|\||\S {2,}\S)[^\n]*\d[^\n]*\n){3}", re.M)

_RARE_ABBREVIATION = 3  # passages using an abbreviation, at most, for a question's use of it to be spelt out


# words that say what kind of figure is wanted, not what it is about
_GENERAL_TERMS = set(terms("percentage percent proportion share number count total rate rates figure figures per "
                           "multiple times ratio increase decrease change rise fall drop higher lower above below "
                           "compared comparison against versus force national average "
                           "recorded incidents offences crimes crime cases level levels amount average residents "
                           "population people estimate approximately approx roughly around about current latest "
                           "take took taken place happen happened occur occurred come came comes got get went made saw"))

_COMPASS_WORDS = {"north", "south", "east", "west", "north-east", "safer", "borough", "district", "county", "city",
                  "council", "community", "partnership", "central", "greater", "upper", "lower"}

# a question asking for an estimate a rate gives ('approximately how many ..., from the rate and population?')
_ASKS_ESTIMATE = re.compile(r"\b(approx\w*|roughly|about how many|estimat\w*|from the rate|rate and (the )?population)\b", re.I)
# a rate's base a question asks for ('per 1,000 residents', 'per 10,000'), and a rate asked to be worked out from
# the population ('working from the borough population')
_RATE_BASE_ASKED = re.compile(r"\bper\s*(1|10|100)?,?000\b|\bper\s*1k\b", re.I)
_FROM_POPULATION = re.compile(r"\bwork(?:s|ed|ing)? (?:it )?out at\b|\bwork(?:ed)? (?:it|this|that) out\b|"
                              r"\b(?:working|work(?:ed)? it out|calculat\w*|comput\w*|using|based on|from)\b[^?]*\bpopulation\b",
                              re.I)
# a question asking for a total without 'the number' ('what was X's ASB total in 2015/16?')
_ASKS_TOTAL = re.compile(r"\b(?:total|how many|number of|count)\b", re.I)
# where a document states its population ('an estimated population of 103,965', '169,900 residents')
_POPULATION = re.compile(r"population (?:estimate )?(?:of|for [A-Z][\w ]{2,30}? of|is|was)\s+(?:about |around |approximately )?"
                         r"(?P<n>\d{1,3}(?:,\d{3})+)|(?<!per )(?<![\d,.])(?P<n2>\d{1,3}(?:,\d{3})+) (?:residents|people)\b")

# a question asking for what a document lists ('what key changes does the CSA list?', 'what are the main ...')
_ASKS_LIST = re.compile(r"\b(list(?:s|ed)?|identif(?:y|ies|ied)|set(?:s)? out|includ\w*|key|main)\b", re.I)
_BULLETED = re.compile(r"\s*[-•*▪◦–]\s+\S")
_ENUMERATED_ITEM = re.compile(r"\s*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)|\d{1,2}\.)\s+[A-Z]")




# where a document says what will be done: priorities and plans besides recommendations, and sentences that commit
_PLAN_HEADING = re.compile(r"priorit|way forward|plan\b|next steps|actions?\b|response", re.I)
_COMMITS = re.compile(r"\b(recommend\w*|should|will|must|needs? to|propos\w*|aims? to|plans? to|intends? to)\b", re.I)


def _yes_no_lead(question: str, figures: list[Figure], shown: str) -> str:
    """'Is Marshford's burglary rate higher than the force's?': 'Yes: ... 4.1 against ... 3.6 [1].', from the
    stated figures and the computed difference between them; nothing when the answer already leads with it."""
    if not asks_comparison(question) or COMPARISON_LEAD.match(shown):
        return ""
    diff = next((f for f in figures if f.computed and " minus " in f.label and f.unit != "%"), None)
    stated = [f for f in figures if not f.computed and f.citations][:2]
    if diff is None or len(stated) < 2:
        return ""
    word = comparison_lead(question, diff.value, 0.0)
    marks = "".join(f"[{n}]" for n in dict.fromkeys(n for f in stated for n in f.citations))
    return f"{word}: {stated[0].label} {stated[0].value:g} against {stated[1].label} {stated[1].value:g} {marks}."


