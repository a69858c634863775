"""Deciding when the documents cannot answer: unknown places and wards, uncovered periods, absent terms."""

from __future__ import annotations

import re
from collections import Counter

from rapidfuzz import fuzz, process

from ..retrieval.lexical import terms
from ..tables.vocabulary import find_measures
from ..text import PERIOD_RANGE, YEAR, name_pattern
from ..types import FIGURE_INTENTS, Intent
from .understand import Frame, Gazetteer

# A name starts only where a word starts (the lookbehind): matching from inside a long word re-scanned it from
# every position, quadratic in the question's length (100,000 characters took minutes).
_WARD_NAME = re.compile(r"(?<![\w'’&-])(?P<name>(?:(?:[A-Za-z][\w'’-]*|&)\s+){1,4}?)wards?\b", re.I)
_NOT_NAMES = {"which", "what", "each", "every", "a", "the", "any", "by", "per", "that", "this", "those", "these",
              "other", "all", "in", "of", "for", "at", "on", "whose", "my", "our", "high", "highest", "top", "local",
              "hotspot", "priority", "worst", "most", "and", "with", "lowest", "level", "rate", "data", "one", "two"}
_CALLED = re.compile(r"\b(?:called|named|known as)\s+[\"'“‘]?([A-Z][\w'’&-]{1,30}(?: [A-Z][\w'’&-]{1,30}){0,3})")
# a capitalised name after a word that places it ('in Batley', 'for Hebden Bridge'), not at the question's start
_LOCATIVE_NAME = re.compile(r"(?<=[a-z,] )(?:in|for|at|across|around|near|within)\s+(?:the\s+)?"
                            r"(?P<name>[A-Z][a-z'’-]{2,}(?: (?:[A-Z][a-z'’-]{2,}|upon|on|under|le|in)){0,3})\b")
GENERIC = set(terms(
    "rate rates level levels number numbers many much high higher highest low lower lowest ward wards area areas "
    "partnership partnerships district borough council csp csps year years latest last figure figures data tell show "
    "give list compare compared versus force national region per people residents population local what which how "
    "whats hows where who why when there their does did is are was the about biggest largest smallest most least "
    "main key top overall total recorded mean average among across within during since latest current recent "
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september "
    "october november december whats hows wheres whos doesnt dont isnt arent "
    # judging and comparing words: what a question asks of the figures, not a topic the documents must name
    "worse worst better best fewer fewest more less good bad poor poorer big bigger small smaller large larger "
    "likely unlikely happened happening going doing seeing saw seen comparison relative relatively similar different "
    "difference rather instead actually really still quite very whole wide anything something "
    # the operations a question asks for: what is done with the figures, not a topic the documents must name
    "percentage percent proportion share ratio rise rises rose risen increase increased increases fall falls fell "
    "fallen decrease decreased decreases drop dropped change changed changes biggest combined together altogether "
    "point points outpace outpaced outpacing faster slower quicker gap gaps "
    # asking and reporting verbs, and the names of the documents themselves: how a question is put, not its topic
    "say says said saying mention mentions mentioned describe describes described explain explains explained "
    "discuss discusses discussed cover covers covered note notes noted state states stated suggest suggests "
    "think thinks know knows want need please anything everything document documents doc docs report reports "
    "assessment assessments strategy plan paper analysis summary"
))
# Figure questions about one place: a comparison across partnerships or years names more than one period or place on
# purpose, so the unknown-ward and year-coverage refusals do not apply to it.
ONE_PLACE_FIGURE_INTENTS = FIGURE_INTENTS - {Intent.COMPARE_PARTNERSHIPS, Intent.COMPARE_YEARS}


class ScopeChecker:
    """Rules built from the corpus (never from its particular questions) for saying 'not in the documents'."""

    def __init__(self, kb, gazetteer: Gazetteer, min_relevance: float = 0.30):
        self.kb = kb
        self.min_relevance = min_relevance
        self.g = gazetteer
        self.vocab = list(kb.weights.df)
        self.coverage: dict[str, set[int]] = {}
        for meta in kb.metas.values():
            if meta.partnership:
                self.coverage.setdefault(meta.partnership, set()).update(_years(meta.period))
        if kb.tables is not None:
            v = kb.tables.values()
            for p, period in v[["partnership", "period"]].dropna().drop_duplicates().itertuples(index=False):
                self.coverage.setdefault(p, set()).update(_years(period))
        # financial years (by first year) each partnership reports on: 'what about 2023/24?' is not covered by a
        # document whose last year is 2022-23, though 2023 is one of that year's years
        self.fy_coverage: dict[str, set[int]] = {}
        for meta in kb.metas.values():
            if meta.partnership:
                self.fy_coverage.setdefault(meta.partnership, set()).update(_first_years(meta.period))
        for doc_id, text in kb.texts.items():
            # a year the document reports on, printed again and again ('2013/14'), though its title names the next
            meta = kb.metas.get(doc_id)
            if meta is None or not meta.partnership:
                continue
            counts = Counter(int(m.group(1)) for m in PERIOD_RANGE.finditer(text)
                             if _years(m.group(0)) == {int(m.group(1)), int(m.group(1)) + 1})
            self.coverage.setdefault(meta.partnership, set()).update(
                y for first, n in counts.items() if n >= 3 for y in (first, first + 1))
            self.fy_coverage.setdefault(meta.partnership, set()).update(first for first, n in counts.items() if n >= 3)

    def _unknown_ward(self, frame: Frame) -> str | None:
        """A capitalised name before 'ward' that neither the tables nor any document's text contains."""
        known = {w.lower() for w in self.g.wards} | {p.lower() for p in self.g.partnerships}
        texts = self.kb.texts
        for m in _WARD_NAME.finditer(frame.text):
            words = m.group("name").split()
            while words and (words[0].lower() in _NOT_NAMES or words[0] == "&" or not words[0][:1].isupper()):
                words.pop(0)
            if not words or all(w.lower() in _NOT_NAMES for w in words) or not all(w[:1].isupper() or w == "&" for w in words):
                continue
            name = " ".join(words)
            if name.lower() in known or any(name.lower() in k or k in name.lower() for k in known):
                continue
            if process.extractOne(name.lower(), list(known), scorer=fuzz.ratio, score_cutoff=90):
                continue
            pattern = re.compile(r"\b" + re.escape(name) + r"\b", re.I)
            if any(pattern.search(t) for t in texts.values()):
                continue  # a name the documents print is never refused
            return name
        return None

    def _unknown_called(self, frame: Frame) -> str | None:
        """'... a ward called Narnia': a name the question introduces that no document prints."""
        texts = self.kb.texts
        for m in _CALLED.finditer(frame.text[:2000]):
            name = m.group(1)
            pattern = re.compile(r"\b" + re.escape(name) + r"\b", re.I)
            if not any(pattern.search(t) for t in texts.values()):
                return name
        return None

    def _unknown_named_place(self, frame: Frame) -> str | None:
        """'... the violence rate in Batley?': a capitalised name after 'in', 'for', 'at' ... that no document
        prints, nor anything like it (a typo of a known name is not unknown). Names that are places in the
        bundled list are handled with the partnerships; this catches towns, estates and villages."""
        if frame.partnerships or frame.wards or frame.unknown_places:
            return None  # a question about covered places too is answered for those (the others are said)
        texts = self.kb.texts
        for m in _LOCATIVE_NAME.finditer(frame.text[:2000]):
            words = m.group("name").split()
            while words and words[-1].lower() in _NOT_NAMES:
                words.pop()
            if not words or any(w.isupper() for w in words):
                continue  # an abbreviation ('ASB') is vocabulary, not a place
            name = " ".join(words)
            pattern = re.compile(r"\b" + re.escape(words[0]) + r"\b", re.I)
            if any(pattern.search(t) for t in texts.values()):
                continue
            known = [*self.g.partnerships, *self.g.wards, *self.g.other_csps]
            if process.extractOne(name.lower(), known, scorer=fuzz.ratio, score_cutoff=80):
                continue
            if self.vocab and process.extractOne(words[0].lower(), self.vocab, scorer=fuzz.ratio, score_cutoff=85):
                continue  # close to a word the documents use: a typo, not a new name
            return name
        return None

    def refuse_before_retrieval(self, frame: Frame) -> str | None:
        """A reason to refuse that needs no retrieval, or None."""
        if frame.unknown_places and not frame.partnerships:
            places = ", ".join(frame.unknown_places)
            return f"there is no assessment for {places} in the corpus"
        if not frame.wards and frame.intent in ONE_PLACE_FIGURE_INTENTS | {Intent.NARRATIVE}:
            ward = self._unknown_ward(frame)
            if ward:
                return f"no ward called {ward} appears in the documents' tables"
        called = self._unknown_called(frame)
        if called:
            return f"nothing called {called} appears in the documents"
        place = self._unknown_named_place(frame)
        if place:
            return f"no document mentions {place}; the corpus covers {', '.join(sorted(set(self.g.partnerships.values())))}"
        asked = set(frame.years)
        places = list(frame.partnerships) or [p for _, p in frame.wards if p]
        asked_fy = {int(p[:4]) for p in frame.periods if re.match(r"(19|20)\d{2}-\d{2}$", p)}
        said = ", ".join(frame.periods) or ", ".join(str(y) for y in sorted(asked))

        def uncovered(have: set[int], have_fy: set[int]) -> bool:
            if asked_fy and have_fy:
                return not asked_fy & have_fy  # a financial year asked of documents that report financial years
            return bool(have) and not asked & have

        if asked and frame.intent in ONE_PLACE_FIGURE_INTENTS and places and not frame.followup:
            for p in dict.fromkeys(places):
                have = self.coverage.get(p, set())
                if uncovered(have, self.fy_coverage.get(p, set())) and not self._says_period(p, frame):
                    span = f"{min(have)}–{max(have)}"
                    return f"the {p} documents cover {span}, not {said}"
        if asked and not places and not frame.followup and frame.intent in FIGURE_INTENTS:
            # no place named: a year that no document reports on is not covered anywhere
            have = set().union(*self.coverage.values()) if self.coverage else set()
            have_fy = set().union(*self.fy_coverage.values()) if self.fy_coverage else set()
            if have and uncovered(have, have_fy):
                return f"no document covers {said}; the documents cover {min(have)}–{max(have)}"
        return None

    def _says_period(self, partnership: str, frame: Frame) -> bool:
        """Whether the partnership's documents state the period asked in a sentence about what is asked: a budget
        for the coming year, printed once, is a figure for that year though the document reports on the last."""
        wanted = set(self.informative_terms(frame))
        if not wanted:
            return False
        forms = [rf"\b{y}\s*[-/–]\s*(?:{y + 1}|{(y + 1) % 100:02d})\b" for y in {int(p[:4]) for p in frame.periods
                                                                                if re.match(r"(19|20)\d{2}-\d{2}$", p)}]
        if not forms:
            return False
        said = re.compile("|".join(forms))
        for doc_id, text in self.kb.texts.items():
            meta = self.kb.metas.get(doc_id)
            if meta is None or meta.partnership != partnership:
                continue
            for m in said.finditer(text):
                around = text[max(0, m.start() - 200) : m.end() + 200]
                if len(set(terms(around)) & wanted) >= min(2, len(wanted)):
                    return True
        return False

    def informative_terms(self, frame: Frame) -> list[str]:
        """Question words that name what is asked about (not places, not generic words)."""
        names = " ".join([*frame.partnerships, *(w for w, _ in frame.wards), *frame.unknown_places]).lower()
        name_terms = set(terms(names))
        # (a name's word cut short is the name: 'mill' of Millbrook Central asked as 'Mill Central')
        return [t for t in dict.fromkeys(terms(frame.text))
                if t not in GENERIC and t not in name_terms and not t.isdigit() and len(t) >= 3
                and not any(n.startswith(t) for n in name_terms)]

    def absent_terms(self, frame: Frame) -> list[str]:
        """Informative question words the corpus never uses (typos of corpus words forgiven)."""
        from .extractive import ASKING_WORDS

        if find_measures(frame.text):  # the question itself names a measure the documents know
            return []
        text = ASKING_WORDS.sub(" ", frame.text)  # ('according to the SA': how it asks, not what about)
        names = " ".join([*frame.partnerships, *(w for w, _ in frame.wards), *frame.unknown_places]).lower()
        name_terms = set(terms(names))
        out = []
        for t in dict.fromkeys(terms(text)):
            if t in GENERIC or t in name_terms or t.isdigit() or len(t) < 3:
                continue
            if self.kb.weights.df.get(t, 0) > 0:
                continue
            if process.extractOne(t, self.vocab, scorer=fuzz.ratio, score_cutoff=84):
                continue
            if len(t) >= 4 and any(w.startswith(t) for w in self.vocab):
                continue  # a name cut short ('Mill Central' for Millbrook Central, 'Staffs'): the start of a word the documents use
            out.append(t)
        return out

    def _doc_terms(self, partnership: str) -> set[str]:
        cache = self.__dict__.setdefault("_terms_by_partnership", {})
        if partnership not in cache:
            texts = self.kb.texts
            words: set[str] = set()
            for d, meta in self.kb.metas.items():
                if meta.partnership == partnership and d in texts:
                    words |= set(terms(texts[d]))
            cache[partnership] = words
        return cache[partnership]

    def _topic_terms(self) -> set[str]:
        """Words that name topics somewhere in the corpus: in section titles and table row labels."""
        if "_topics" not in self.__dict__:
            from .tableqa import split_cells

            words: set[str] = set()
            for c in self.kb.retriever.chunks:
                words |= set(terms(" ".join(c.section_path)))
                if c.kind in ("table", "card"):
                    for line in c.text.split("\n"):
                        cells = split_cells(line) if line.strip() else []
                        if len(cells) >= 2:
                            words |= set(terms(cells[0]))
            self._topics = words
        return self._topics

    def missing_topic(self, frame: Frame) -> str | None:
        """The word that qualifies the question's offence ('knife crime', 'cyber crime'), when the documents
        asked about never use it: absent from the whole corpus, or a topic other documents name (a section
        or row label) that the named partnership's documents never use."""
        qualifiers = [t for t in _qualifiers(frame.text) if t not in GENERIC]
        partnerships = list(frame.partnerships) or self.g.places_within(frame.text, self.kb.metas)
        if not qualifiers:
            return None
        partnership_words = set(terms(" ".join(m.partnership or "" for m in self.kb.metas.values())))
        topics = self._topic_terms() - partnership_words
        for t in qualifiers:
            if t in partnership_words or self._near(t, set(self.kb.weights.df)):
                continue
            return f"the documents never mention {t!r}"
        for p in partnerships:
            own = self._doc_terms(p)
            if not own:
                continue
            for t in qualifiers:
                if t in own or t not in topics or self._near(t, own) or self._said_of_elsewhere(p, t):
                    continue
                return f"the {p} documents never mention {t!r} (other documents in the corpus do)"
        return None

    def _said_of_elsewhere(self, partnership: str, t: str) -> set[str]:
        """The other partnerships whose documents say the word of this one in one sentence ('Wessexshire overall
        has not seen an increase in knife crime', in a district's assessment of the county it lies in)."""
        name = re.sub(r"\s*\(.*?\)", "", partnership).strip()
        if len(name) < 4:
            return set()
        said = re.compile(name_pattern(name), re.I)
        out = set()
        for d, meta in self.kb.metas.items():
            text = self.kb.texts.get(d, "")
            if meta.partnership in (partnership, None) or meta.partnership in out or not said.search(text):
                continue
            if any(said.search(x) and t in terms(x) for x in re.split(r"(?<=[.!?])\s+|\n\s*\n", text)):
                out.add(meta.partnership)
        return out

    def told_elsewhere(self, frame: Frame) -> set[str]:
        """The partnerships whose documents say what the question asks of the partnership it names, when that
        partnership's own documents never use the word ('knife crime in Wessexshire?' of a county agreement that
        never mentions knives, and a district's assessment that says how knife crime changed across the county)."""
        qualifiers = [t for t in _qualifiers(frame.text) if t not in GENERIC]
        out: set[str] = set()
        for p in frame.partnerships:
            own = self._doc_terms(p)
            for t in qualifiers:
                if own and t not in own and not self._near(t, own):
                    out |= self._said_of_elsewhere(p, t)
        return out

    @staticmethod
    def _near(t: str, vocabulary: set[str]) -> bool:
        """The word, a word sharing its first five letters ('violent', 'violence'), or a typo of one."""
        if t in vocabulary or any(len(t) >= 5 and w.startswith(t[:5]) for w in vocabulary):
            return True
        return bool(process.extractOne(t, list(vocabulary), scorer=fuzz.ratio, score_cutoff=84))

    def refuse_after_retrieval(self, frame: Frame, hits) -> str | None:
        """Refuse when nothing retrieved is relevant enough."""
        if not hits:
            return "nothing in the documents matches the question"
        topic = self.missing_topic(frame)
        if topic:
            return topic
        best = max(h.dense for h in hits)
        recognised = bool(frame.partnerships or frame.wards or frame.measures)
        if best < self.kb_min_relevance and not recognised:
            return "no passage is relevant enough to the question"
        absent = self.absent_terms(frame)
        if len(absent) >= 2 or (absent and best < 0.55):
            return f"the documents never mention {', '.join(repr(t) for t in absent)}"
        return None

    @property
    def kb_min_relevance(self) -> float:
        return self.min_relevance

    def nearest(self, frame: Frame | None) -> str:
        """What the corpus holds nearest to what was asked."""
        if frame is None:
            return ""
        bits = []
        for p in frame.partnerships:
            have = self.coverage.get(p)
            if have:
                bits.append(f"{p} figures for {min(have)}–{max(have)}")
        if frame.measures and self.kb.tables is not None:
            v = self.kb.tables.values()
            who = sorted(v[v["measure"] == frame.measures[0]]["partnership"].dropna().unique())
            if who:
                bits.append(f"{frame.measures[0]} figures for {', '.join(who)}")
        if frame.unknown_places:
            bits.append("assessments for " + ", ".join(sorted(self.g.partnerships.values())))
        return "; ".join(bits)


# Head nouns of offence and harm names: the word just before one qualifies it ('knife crime', 'hate crimes').
_HEADS = re.compile(r"\b([A-Za-z][\w'-]*)\s+(crimes?|offences?|offending|incidents?|abuse|violence|thefts?|"
                    r"burglar(?:y|ies)|robber(?:y|ies)|damage|behaviour|fraud|exploitation|disorder|misuse|assaults?)\b", re.I)


def _qualifiers(text: str) -> list[str]:
    """Stems of the words that qualify an offence or harm named in the text."""
    out = []
    for m in _HEADS.finditer(text):
        word = m.group(1)
        if word.isupper() or len(word) <= 3:
            continue  # an abbreviation ('DA incidents') is a measure's name, not a qualifier
        found = terms(word)
        if found and not word.lower() in ("of", "the", "a", "an", "and", "or", "all", "total", "overall", "recorded"):
            out.append(found[0])
    return list(dict.fromkeys(out))


def _first_years(period: str | None) -> set[int]:
    """The first year of a financial-year period ('2021-22' -> 2021); nothing for a calendar year."""
    m = re.match(rf"({YEAR})\s*[-–/]\s*(\d{{2}})(?!\d)", str(period or ""))
    return {int(m.group(1))} if m and int(m.group(2)) == (int(m.group(1)) + 1) % 100 else set()


def _years(period: str | None) -> set[int]:
    if not period:
        return set()
    m = re.match(rf"({YEAR})(?:\s*[-–/]\s*((?:19|20)?\d{{2}}))?", str(period))
    if not m:
        return set()
    a = int(m.group(1))
    b = m.group(2)
    if not b:
        return {a}
    end = int(b) if len(b) == 4 else (a // 100) * 100 + int(b)
    if end < a:
        end += 100
    return set(range(a, end + 1))
