"""The answer floor and generic table operations: never worse than showing the best retrieved evidence.

From the retrieved passages this module picks the sentences and table rows (with their header) that
best answer a question, quoted in full and cited; and, when the question asks for a ranking, a share,
a ratio, a count above a threshold or a change, runs that operation on the best-matching printed table.
Nothing here knows a partnership, a template or a field name: it reads what the passages print.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..retrieval.hybrid import Retrieved
from ..retrieval.lexical import TermWeights, terms
from ..text import (ASKS_COUNT, MONTH, PERIOD_RANGE, SENTENCE_END, YEAR, YEARISH, YES_NO_COMPARISON, asks_comparison,
                    comparison_lead, name_pattern, quoted, split_lines)
from ..types import Figure
from .change import ASKS_CHANGE_FIGURE, CHANGE_QUESTION, asks_period_change
from .citations import CitationBook
from .extractive import _is_sentence, units_of
from .people import ASKS_WHO, People
from .prose_figures import (
    _COMPARATOR,
    ProseFigures,
    comparator_pattern,
    _fmt,
    _line_span,
    _m,
    _ns,
    _values_after,
)
from .understand import short_name
from .tableqa import (
    _COUNT_CUE,
    _MOVEMENT,
    _CHANGE_HEAD,
    _FALLING,
    _initialisms,
    _PERIOD_CELL,
    join_continued,
    MISSING_CELL, SMALL_AREA_WORD, SUBTOTAL, _ABOVE, Row, column_period, _HIGH, _LOW, _SHARE, _TIMES, _YEAR_HEAD, TableQA, TableView, cell_text, read_tables, top_n,
)

# a person's name: a title, or two or more capitalised words, not at the start of a sentence
_PERSON = re.compile(r"\b(Councillor|Cllr|Mr|Mrs|Ms|Dr|Chief (Superintendent|Inspector|Constable|Executive)|Superintendent|Inspector)\b"
                     r"|(?<=[a-z,;] )[A-Z][a-z]+ [A-Z][a-z]+(?: [A-Z][a-z]+)?,")
_OFFENCE_WORDS = re.compile(r"\b(crimes?|offen[cs]es?|offending|violence|robbery|burglar(y|ies)|theft|abuse|damage|"
                            r"assaults?|disorder|behaviour|exploitation|fraud|harassment|stalking|arson|shoplifting)\b", re.I)


def _measure_like(label: str) -> bool:
    """A row label that names an offence or measure rather than a place."""
    from ..tables.vocabulary import canonical_measure

    return canonical_measure(label) is not None or bool(_OFFENCE_WORDS.search(label))


_QNUM = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\d])")
_WHERE = re.compile(r"\b(wards?|areas?|where|neighbourhoods?|hot ?spots?|districts?|parish(es)?|towns?|locations?|streets?)\b", re.I)


# words that name what to compute or where, not what is measured
_OPERATION_TERMS = set(terms("ward wards area areas hotspot hot spot worst place location share proportion percent "
                             "percentage ratio times multiple rank ranked highest lowest most least top bottom compare "
                             "compared comparison relative relatively overall against versus vs higher lower above "
                             "below average mean rise rose risen increase increased fall fell fallen drop dropped "
                             "decrease decreased reduction growth grew change changed biggest largest greatest saw see "
                             "seen gap difference range spread between smallest one ones"))


_RATE_TERMS = set(terms("rate rates"))
_CHANGE_HEADER = re.compile(r"\bchange\b|%|\bdiff|\bvariance\b|[+-]/[-+]", re.I)
_COMPARATOR_TERMS = set(terms("force national nationally england wales welsh region regional msg similar county family peer "
                              "statistical neighbours"))
_COMPARATOR_ROW = re.compile(r"\b(force|england|wales|welsh|national|region|regional|msg|similar|average|avg|county|"
                             r"family|peer group|statistical neighbours?)\b", re.I)
# the base of a ratio named by its rank: 'than that of the lowest-rate ward', 'than the highest ward's'
_EXTREME_BASE = re.compile(r"\b(?:than|of|to)\s+(?:that of\s+)?the\s+(?:lowest|highest|smallest|largest)\b", re.I)
# the spread of a column: 'the gap between the highest and lowest ward rates', 'the difference between the
# highest and the lowest'
_SPREAD = re.compile(r"\b(?:gap|difference|range|spread)\b.*\b(?:highest|largest|biggest)\b.*\b(?:lowest|smallest)\b|"
                     r"\b(?:gap|difference|range|spread)\b.*\b(?:lowest|smallest)\b.*\b(?:highest|largest|biggest)\b", re.I)
# several rows' figures asked as one ('the combined burglary rate across the three wards', 'taken together')
# a share's whole and part: 'what share of <Lewisham's violence in 2019> was in <A and B>?'
_SHARE_WHOLE = re.compile(r"\b(?:share|proportion|percentage|per ?cent|%|fraction)\s+of\s+(?P<whole>.+?)\s+"
                          r"(?:was|were|is|are|came|happened|occurred|took place|fell|fall)\b", re.I)
# the words of a header or title that say how, not what, it counts
_GENERIC_HEAD = set(terms("rate rates per number count total recorded level offences crimes incidents by ward wards "
                          "division divisions area areas highest lowest top rank table"))
_COMBINED = re.compile(r"\b(?:combined|together|as a group|pooled|between them|all three|all four|all five)\b", re.I)
_ASKS_TOTAL_COUNT = re.compile(r"\b(?:how many|total|number|count|sum)\b", re.I)
# a total asked of rows the table does not total ('how many referrals in total across all the reasons listed?')
_SUM = re.compile(r"\b(?:in total|altogether|all together|added up|add up|sum of|summed|across all|between them|combined)\b", re.I)
_GAP_QUESTION = re.compile(r"\b(how far|how much|how many|what per ?cent|%|per ?cent)\b.*\b(above|below|higher|lower|more|less|fewer)\b", re.I)


def _related_measures(canon: str, measures: tuple[str, ...]) -> bool:
    """Whether a measure is one asked for, or its parent or child in the vocabulary ('residential burglary' for
    'burglary')."""
    from .figures import family

    return any(canon in family(m) or m in family(canon) for m in measures)


_CAL = re.compile(rf"(?<![\d/–-])({YEAR})(?![\d/–-])")


def _periods_of(text: str) -> tuple[set[int], set[int]]:
    """(first years of financial years, calendar years) a text names: '2019-20' -> ({2019}, set())."""
    fy = {int(m.group(1)) for m in PERIOD_RANGE.finditer(text) if int(m.group(2)[-2:]) == (int(m.group(1)) + 1) % 100}
    cal = {int(m.group(1)) for m in _CAL.finditer(text)}
    return fy, cal


def _period_clash(question: str, view: TableView) -> str | None:
    """The periods a table is for, when the question asks for a period the table does not cover (None when either
    names none, or they meet: a financial year meets either of its calendar years)."""
    a_fy, a_cal = _periods_of(question)
    if not (a_fy or a_cal):
        return None
    context = " ".join([view.title, *view.header, *view.hit.chunk.section_path[-1:]])
    h_fy, h_cal = _periods_of(context)
    if not (h_fy or h_cal):
        return None
    if a_fy & h_fy or a_cal & h_cal or {y for f in a_fy for y in (f, f + 1)} & h_cal \
            or {y for f in h_fy for y in (f, f + 1)} & a_cal:
        return None
    return ", ".join([*(f"{f}-{(f + 1) % 100:02d}" for f in sorted(h_fy)), *(str(y) for y in sorted(h_cal))])


def _rates_only(view: TableView) -> bool:
    """Whether every value column of a table is a rate or a share."""
    from .tableqa import _RATE_HEAD

    cols = view.numeric_columns()
    return bool(cols) and all(_RATE_HEAD.search(view.header[j]) for j in cols)



# a row label that is a period: '2019/20', '2021-22', 'FY 2020/21', '2019'
_PERIOD_LABEL = re.compile(r"(?:FY\s*)?(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?", re.I)


# a row of one more kind of something, not of the rest of the areas: 'Other theft offences', not 'Other wards'
_OTHER_KIND = re.compile(r"^\s*other\s+(?!(?:wards?|areas?|districts?|locations?|places?|csps?|partnerships?|forces?|"
                         r"beats?|neighbourhoods?|localities)\b)[a-z]", re.I)


def _years_in(text: str) -> set[str]:
    """The four-digit years a text names ('2013/14' names 2013)."""
    return set(re.findall(r"(?<!\d)(?:19|20)\d{2}", text or ""))


def _with_turned(views: list[TableView]) -> list[TableView]:
    """The tables, each followed by its turned reading when its rows are periods (see _periods_down)."""
    return [t for v in views for t in (v, _periods_down(v)) if t is not None]


def _periods_down(view: TableView) -> TableView | None:
    """Figures by period printed down the page: under a measure's name ('Knife crime offences:' / '2019/20  131' /
    '2020/21  118'), or as a table whose rows are years and whose columns are measures ('Year | DA incidents | DA
    crimes'). The table turned so that its periods are columns: one row per measure, named by its column's header
    (or, for one column, by the title); None for any other table."""
    rows = [r for r in view.rows if not r.aggregate]
    cols = view.numeric_columns()
    if len(rows) < 2 or not cols or not all(_PERIOD_LABEL.fullmatch(r.label.strip()) for r in rows):
        return None
    if len(cols) == 1:
        names = [re.sub(r"[\s:;,.-]+$", "", view.caption or view.title)]
    else:
        names = [view.header[j] for j in cols]
    if any(not name or re.search(r"\d", YEARISH.sub(" ", name)) for name in names):
        return None
    turned = [Row(name, [name, *(r.cells[j] for r in rows)], [None, *(r.values[j] for r in rows)], rows[0].start,
                  rows[-1].end) for name, j in zip(names, cols)]
    return TableView(view.hit, view.title, ["", *(r.label for r in rows)], turned, view.start, view.end)


@dataclass
class Unit:
    """A sentence, card line or table row from a retrieved passage, with its score."""

    rank: int
    start: int
    end: int
    display: str
    score: float
    is_row: bool


def _prints_rate(view: TableView, row) -> bool:
    """A row, or the table it stands in, printed as rates ('Per 1k pop', 'Rate per 1,000')."""
    return bool(re.search(r"\bper\b|\brates?\b", " ".join([row.label, view.title, *view.header]), re.I))


def _place_comparator(question: str) -> re.Pattern | None:
    """A comparator the question names as a place ('the Wessex rate', 'the Northmoor rate'): a region, county,
    force area or country, as a pattern for the tables' labels."""
    from ..ingest.places import find_places
    from .understand import PLACE_COMPARATOR

    names = [question[p.start : p.end] for p in find_places(question) if p.type in PLACE_COMPARATOR]
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.I) if names else None


def _paragraph(text: str, start: int, end: int, limit: int = 700) -> tuple[int, int]:
    """A sentence widened to its whole paragraph (a passage in full), or to the sentence after it when
    the paragraph is long."""
    from .extractive import logical_lines

    spans = logical_lines(text)
    for k, (a, b) in enumerate(spans):
        if a <= start and end <= b:
            if b - a < 60 and text[a:b].rstrip().endswith(",") and k + 1 < len(spans):
                return a, spans[k + 1][1]  # a line that runs on ('Councillor A B,' / 'Cabinet Member for ...')
            if b - a <= limit:
                return a, b
            nxt = SENTENCE_END.search(text[end:b])
            stop = re.search(r"[.!?](?=\s|$)", text[end + nxt.end():b]) if nxt else None
            if nxt and stop and (end + nxt.end() + stop.end()) - start <= limit:
                return start, end + nxt.end() + stop.end()
            return start, end
    return start, end


class EvidenceComposer(ProseFigures):
    """Picks the evidence for any question and runs table operations on printed tables."""

    def __init__(self, weights: TermWeights, book: CitationBook, partnership_of, texts: dict[str, str] | None = None,
                 people: People | None = None, doc_tables=None, section_of=None):
        self.texts = texts or {}
        self.section_of = section_of  # chunk -> the document span of its section
        self.doc_tables = doc_tables  # doc_id -> every table printed in the document (for tables split by a page)
        self.people = people  # when given, a question about people is answered only from lines that name one
        self.weights = weights
        self.book = book
        self.partnership_of = partnership_of  # doc_id -> partnership name (or None)
        self.qa = TableQA(weights)
        self.confident = False  # whether the last table_answer came from an operation the question named
        self.wants_rate = False

    # the floor ---------------------------------------------------------------------------
    def units(self, question: str, hits: list[Retrieved], extra_terms: list[str], figure_question: bool,
              max_chunks: int = 6) -> list[Unit]:
        """Every candidate unit of the top passages, scored against the question."""
        from .scope import GENERIC

        q = {t for t in terms(question + " " + " ".join(extra_terms)) if t not in GENERIC}
        asks_who = bool(ASKS_WHO.search(question))
        if not q:
            q = set(terms(question))
        out: list[Unit] = []
        for rank, hit in enumerate(hits[:max_chunks]):
            rank_weight = 1.0 / (1.0 + 0.25 * rank)
            chunk = hit.chunk
            tables = read_tables(hit, self.partnership_of(chunk.doc_id))
            row_spans = {(r.start - chunk.start, r.end - chunk.start): (t, r) for t in tables for r in t.rows}
            table_spans = [(t.start - chunk.start, t.end - chunk.start) for t in tables]
            section = " ".join(chunk.section_path)
            for a, b in units_of(chunk):
                text = chunk.text[a:b]
                if (a, b) not in row_spans and any(ta <= a and b <= tb for ta, tb in table_spans):
                    continue  # a header or title line: shown with its rows, never alone
                if asks_who and self.people is not None and (chunk.kind != "text" or (a, b) in row_spans) \
                        and not self.people.has_name(text):
                    continue  # a question about people: a table row or card line naming nobody does not answer it
                if (a, b) in row_spans:
                    view, row = row_spans[(a, b)]
                    match = f"{view.title} {' '.join(view.header)} {row.label} {section}"
                    display = f"{cell_text(view, row)} ({view.caption})" if view.caption else cell_text(view, row)
                    is_row = True
                else:
                    short = len(text.strip()) < 12 or (chunk.kind == "text" and not _is_sentence(text))
                    if short and not re.search(r"\S:\s+\S.*\d", text):  # 'Label: value' lines are evidence too
                        # a line that is not a sentence (a signature, a caption) counts only when it holds
                        # most of what the question names
                        found = set(terms(text)) & q
                        if len(found) < 2 or len(found) < 0.6 * len(q):
                            continue
                    match = text + " " + section
                    display = quoted(text)
                    is_row = False
                lexical = self.weights.overlap(q, match)
                if lexical <= 0:
                    continue
                found = set(terms(match)) & q
                coverage = sum(self.weights.idf(t) for t in found) / max(1e-9, sum(self.weights.idf(t) for t in q))
                score = (lexical + 3.0 * coverage) * (0.5 + max(hit.dense, 0.0)) * rank_weight
                if figure_question and re.search(r"\d", text):
                    score *= 1.3
                if asks_who and _PERSON.search(text):
                    score *= 1.6  # a question about people: passages that name people
                out.append(Unit(rank, a, b, display, score, is_row))
        return out

    def floor(self, question: str, hits: list[Retrieved], extra_terms: list[str], figure_question: bool,
              limit: int = 3, exclude: set[str] | None = None) -> list[str]:
        """The one to three best sentences or rows, each in full with its [n]."""
        units = self.units(question, hits, extra_terms, figure_question)
        if not units:
            return []
        best = max(u.score for u in units)
        chosen, seen = [], set(exclude or ())
        for u in sorted(units, key=lambda u: -u.score):
            if u.score < 0.5 * best:
                break
            key = " ".join(u.display.split()).lower()
            if key in seen:
                continue
            seen.add(key)
            chosen.append(u)
            if len(chosen) >= limit:
                break
        lines, done = [], set()
        for u in chosen:
            chunk = hits[u.rank].chunk
            if u.is_row:
                n = self.book.passage(hits[u.rank], ((u.start, u.end),))
                lines.append(f"{u.display} {_m(n)}")
                continue
            # the paragraph is read in the document, so a passage cut by a chunk boundary is still quoted whole
            doc = self.texts.get(chunk.doc_id)
            if doc is not None and doc[chunk.start : chunk.end] == chunk.text:
                lo = max(0, chunk.start - 1500)
                window = doc[lo : chunk.end + 1500]
                a, b = _paragraph(window, chunk.start - lo + u.start, chunk.start - lo + u.end)
                a, b = a + lo, b + lo
                if chunk.start <= a and b <= chunk.end:
                    n = self.book.passage(hits[u.rank], ((a - chunk.start, b - chunk.start),))
                else:
                    n = self.book.row({"doc_id": chunk.doc_id, "start": a, "end": b, "section": chunk.section,
                                       "page": chunk.page, "page_inferred": chunk.page_inferred, "source_kind": "passage"})
                text = quoted(doc[a:b])
                if (chunk.doc_id, a, b) in done:
                    continue  # two sentences of one paragraph: the paragraph is quoted once
                done.add((chunk.doc_id, a, b))
            else:
                a, b = _paragraph(chunk.text, u.start, u.end)
                n = self.book.passage(hits[u.rank], ((a, b),))
                text = quoted(chunk.text[a:b])
            lines.append(f"{text} {_m(n)}")
        return lines

    # table operations ----------------------------------------------------------------------
    def table_answer(self, question: str, hits: list[Retrieved], extra_terms: list[str],
                     max_chunks: int = 8, names: list[str] | None = None,
                     measures: tuple[str, ...] = (), row_lookup: bool = True) -> tuple[list[str], list[Figure]]:
        """A ranking, share, ratio, count-above or change computed on the best-matching printed table."""
        self.period_clash = None  # (caption, its periods) of the best table when it is for another period
        self.missing_cell = None  # a refusal's reason when the comparator asked for is printed as left out ('n/a')
        from ..tables.vocabulary import without_superlative_names

        plain = without_superlative_names(question)  # ('most serious violence' is a measure's name, no ranking)
        ranking = bool(_HIGH.search(plain) or _LOW.search(plain))
        share = bool(_SHARE.search(question))
        of_whole = _SHARE_WHOLE.search(question) if share else None
        whole = set(terms(of_whole.group("whole"))) if of_whole else set()
        part_words = set(terms(question[of_whole.end():])) - whole if of_whole else set()
        times = bool(_TIMES.search(question))
        spread = bool(_SPREAD.search(question))
        # 'how many wards are above ...', or 'which wards had more than 10 ...': rows past a threshold
        # ('over the 12 months to October' is a period, not a threshold)
        spans = re.sub(r"\b(?:over|in|during|across|for)\s+the\s+(?:last\s+|past\s+|previous\s+|same\s+)?\d+\s+"
                       r"(?:months?|years?|weeks?|days?)\b", " ", question, flags=re.I)
        above = bool(_ABOVE.search(spans)) and bool(
            re.search(r"\bhow many\b", question, re.I)
            or (re.search(r"\b(which|what|list)\b", question, re.I) and _QNUM.search(YEARISH.sub(" ", spans))))
        change = bool(CHANGE_QUESTION.search(question))
        moved_q = bool(_MOVEMENT.search(question)) and not ranking  # 'which wards saw burglary fall?'
        wants_count = bool(_COUNT_CUE.search(question))
        rank_of = bool(re.search(r"\b(rank\w*|position|place[ds]?)\b", question, re.I)) and not ranking
        views: list[TableView] = []
        seen_tables: set[tuple[str, int]] = set()
        for hit in hits[:max_chunks]:
            found = read_tables(hit, self.partnership_of(hit.chunk.doc_id), self.texts.get(hit.chunk.doc_id))
            if self.doc_tables is not None:
                # a table printed one cell per line is read from the whole document, then found by its span
                c = hit.chunk
                found += [replace(v, hit=hit) for v in self.doc_tables(c.doc_id)
                          if v.stacked and v.start < c.end and c.start < v.end]
            for v in found:
                if (hit.chunk.doc_id, v.start) not in seen_tables:  # one table retrieved as several passages
                    if self.doc_tables is not None:
                        v = join_continued(v, self.doc_tables(hit.chunk.doc_id))
                    seen_tables.add((hit.chunk.doc_id, v.start))
                    views.append(v)
        if not views:
            # no printed table: a ratio or gap may still be read from a passage's labelled values
            self.confident = False  # read from prose: shown when the tables have nothing surer
            if (times or _GAP_QUESTION.search(question)) and names:
                out = self._passage_pair(hits[:max_chunks], question, names, times)
                if out[0]:
                    return out
            own_q = self.qa._qterms(question, [])
            name_terms = set(terms(" ".join(names or [])))
            bare = {t for t in own_q if t not in name_terms and t not in _OPERATION_TERMS}
            if share and names:
                out = self._prose_share(hits[:max_chunks], names, bare)
                if out[0]:
                    return out
            if share:
                out = self._excluded_share(hits[:max_chunks], question)
                if out[0]:
                    return out
            if share:
                out = self._prose_of_them(hits[:max_chunks], bare)
                if out[0]:
                    return out
            if share:
                out = self._of_them_before(hits[:max_chunks], bare, names or [])
                if out[0]:
                    return out
            if asks_period_change(question):
                return self._prose_change(hits[:max_chunks], bare)
            return [], []
        q = self.qa._qterms(question, extra_terms)
        self.qa._question = question
        self.qa._names = {n.lower() for n in names or []}
        self.wants_rate = bool(re.search(r"\b(rates?|per\s*1,?000|per\s*10,?000)\b", question, re.I))
        want_areas = bool(_WHERE.search(question))
        name_terms = set(terms(" ".join(names or [])))
        own_q = self.qa._qterms(question, [])
        # what the question is about: less the places it names and the words of the operation it asks for
        from ..ingest.places import find_places

        # (and less the comparator it names: 'above the Kent force rate' is about the table's own measure)
        place_terms = set(terms(" ".join(question[p.start : p.end] for p in find_places(question))))
        # (and less words no passage uses: 'pls', a typo; no table can be chosen by them)
        topic = {t for t in own_q if t not in name_terms and t not in _OPERATION_TERMS and t not in place_terms
                 and t not in _COMPARATOR_TERMS and self.weights.df.get(t, 0)}
        asked_initials = set(re.findall(r"\b[A-Z]{2,6}\b", question))
        # a measure's other names count for coverage, but not the words every measure shares
        synonyms = q - own_q - set(terms("crime crimes offence offences incident incidents rate rates recorded total all"))
        ward_word = re.search(r"\b(ward|parish|neighbourhood|beat|lsoa|street)s?\b", question, re.I)

        def coverage(view: TableView) -> float:
            context = " ".join([view.title, " ".join(view.header), " ".join(view.hit.chunk.section_path)])
            # asked where: the measure must be the table's (title, header), not one of its rows
            labels = "" if want_areas else " ".join(r.label for r in view.rows)
            found = set(terms(context + " " + labels)) & topic
            # 'NRM' in the question, 'National Referral Mechanism' in the title
            found |= {t for t in topic if t.upper() in asked_initials and t.upper() in _initialisms(context)}
            if re.search(r"\bper\b", context, re.I):
                found |= topic & _RATE_TERMS  # 'per 1,000 pop' is a rate
            covered = (sum(self.weights.idf(t) for t in found) / sum(self.weights.idf(t) for t in topic)) if topic else 1.0
            if covered < 0.5 and set(terms(context)) & synonyms:
                covered = 0.5  # the table names the measure by one of its other names
            return covered

        # tables that hold what the question is about come first; then the best title and header match
        def area_rows(view: TableView) -> bool:
            rows = [r for r in view.rows if not r.aggregate]
            return bool(rows) and sum(not _measure_like(r.label) for r in rows) > len(rows) / 2

        from ..tables.vocabulary import canonical_measure

        # a comparator asked for ('vs the family group'): tables that print it beside the area come first
        comp_re = comparator_pattern(question)

        def prints_comparator(view: TableView) -> bool:
            return comp_re is not None and bool(comp_re.search(" ".join([*view.header, *(r.label for r in view.rows)])))

        def q_table(view: TableView) -> set[str]:
            """(the partnership asked about says which document, not which of its tables: 'Harrowden (2018-19)')"""
            own = set(terms(self.partnership_of(view.hit.chunk.doc_id) or ""))
            return (q - own) or q

        if want_areas and ranking and not (share or times) and self.doc_tables is not None \
                and not any(area_rows(v) and coverage(v) >= 0.5 for v in views):
            # asked about wards, and no passage retrieved holds a table of areas about it: the documents' own (the
            # ward table in an annex)
            docs = list(dict.fromkeys(h.chunk.doc_id for h in hits[:max_chunks]))
            held = {(v.hit.chunk.doc_id, v.start) for v in views}
            views = views + [v for d in docs for v in self.doc_tables(d)
                             if (d, v.start) not in held and area_rows(v) and coverage(v) >= 0.5]
        scored = sorted(((coverage(v) >= 0.5, prints_comparator(v), want_areas and area_rows(v),
                          self.qa.table_score(v, q_table(v), want_areas), -i, v)
                         for i, v in enumerate(views)), key=lambda t: t[:5], reverse=True)

        self.confident = True

        def attempt(scored):
            for k, (*_, view) in enumerate(scored[:5]):
                clash = _period_clash(question, view)
                if clash:
                    # a table of another year does not answer for the year asked ('2020-21' of a 2019-20 ward table)
                    if k == 0:
                        self.period_clash = (view.caption or "the table", clash)
                    continue
                if change and not ranking and _periods_down(view) is not None:
                    continue  # a change between two of its rows of years: the measure's column, turned, below
                # rows the question names that are areas (a row named like a measure is not a place)
                # rows the question names: areas, or for a share any category ('what share ... were for X?')
                named = [r for r in self.qa.named_rows(view, question)
                         if (share or canonical_measure(r.label) is None)
                         and not (r.aggregate and not SUBTOTAL.match(r.label) and (share or times or above))]
                if share and whole and part_words:
                    # 'what share of X's violence was in A and B?': a row named only in the whole is not a part of it
                    named = [r for r in named if set(terms(r.label)) & part_words or not set(terms(r.label)) & whole]
                areas = [r for r in view.rows if not r.aggregate]
                context = " ".join([view.title, " ".join(view.header), " ".join(view.hit.chunk.section_path)])
                covered = coverage(view)
                # ('wards' asked of a table of electoral divisions or community areas: the small areas it has)
                if ward_word and not re.search(rf"\b{ward_word.group(1)}", context, re.I) \
                        and not (SMALL_AREA_WORD.search(ward_word.group(0)) and SMALL_AREA_WORD.search(context)):
                    covered = 0.0  # asked about wards: a table of other areas does not answer
                    if not named:
                        continue
                holds_measure = self._names_measure(view, measures)
                if names and not ranking and holds_measure and (_COMPARATOR.search(question) or YES_NO_COMPARISON.search(question)
                                              or re.search(r"\b(compar\w*|v|vs|versus|against)\b", question, re.I)):
                    out = self._against_comparators(view, question, q, names, topic)
                    if out[0]:
                        if _GAP_QUESTION.search(question):
                            out = self._with_gap(view, question, q, named + self._comparators_asked(view, question, named), out)
                        return out
                if rank_of and not named and sum(_measure_like(r.label) for r in areas) > len(areas) / 2:
                    # 'where does shoplifting rank among the crime types?': a row of a table of measures
                    named = [r for r in self.qa.named_rows(view, question) if not r.aggregate][:1]
                if rank_of and named:
                    out = self._rank_of(view, question, q, named[0])
                    if out[0]:
                        return out
                    continue
                if (times or share or above) and covered <= 0.0:
                    out = ([], [])  # an operation on a table of something else ('share of ASB' in a burglary table)
                elif times and named:
                    out = self._times(view, question, q, named)
                elif _COMBINED.search(question) and self.wants_rate and len([r for r in named if not r.aggregate]) >= 2:
                    out = self._combined_rate(view, question, q, [r for r in named if not r.aggregate])
                elif _SUM.search(question) and not self.wants_rate and not share and (_ASKS_TOTAL_COUNT.search(question) or (
                        not ranking and re.search(r"\b(?:combined|altogether|all together|in total)\b", question, re.I))) \
                        and (covered >= 0.5 or any(set(terms(h)) & topic for h in view.header[1:])) \
                        and (len([r for r in named if not r.aggregate]) >= 2
                             or (not named and len(areas) >= 2 and not any(r.aggregate for r in view.rows))):
                    out = self._sum_rows(view, question, q, [r for r in named if not r.aggregate] or areas)
                elif share and (named or ranking):
                    out = self._share(view, question, q, named, ranking, (views, coverage, whole))
                elif above and len(areas) >= 2:
                    out = self._above(view, question, q)
                elif moved_q and want_areas and not [r for r in named if not r.aggregate] and covered >= 0.5 and len(areas) >= 2:
                    out = self._moved(view, question, q)  # 'which wards saw ASB fall?': a filter, not one row's change
                elif change and named and not (ranking and want_areas) and len(self._period_cols(view)) >= 2 \
                        and self._names_topic(view, named[0], topic):
                    out = self._change(view, named[0])
                elif spread and len(areas) >= 2 and covered >= 0.5 and sum(_measure_like(r.label) for r in areas) <= len(areas) / 2:
                    out = self._spread(view, question, q)
                elif (ranking and len(areas) >= 3 and (want_areas or not named) and covered >= 0.5
                      and sum(_measure_like(r.label) for r in areas) <= len(areas) / 2):
                    out = self._rank(view, question, q)
                elif named and not ranking and covered >= 0.75 and self._names_measure(view, measures, strict=True) \
                        and not (wants_count and _rates_only(view)) \
                        and not (self.wants_rate and not _prints_rate(view, named[0])) \
                        and not (ASKS_CHANGE_FIGURE.search(question) and not any(_CHANGE_HEADER.search(h) for h in view.header)):
                    # ('how many crimes in X?' is not answered by X's row of a table of rates, nor 'what was the change
                    # in X?' by X's row of a table of one year)
                    asked_rows = named + self._comparators_asked(view, question, named)
                    out = self._lookup(view, asked_rows)
                    left_out = self._left_out_for_place(view, asked_rows, names)
                    if left_out:
                        self.missing_cell, out = left_out, ([], [])
                    if out[0] and _GAP_QUESTION.search(question):
                        out = self._with_gap(view, question, q, asked_rows, out)
                else:
                    out = ([], [])
                if out[0]:
                    return out
            return None

        if re.search(r"\bpercentage[- ]points?\b|\b(?:%|per ?cent) points?\b", question, re.I):
            # a gap between two percentages, not a figure of a table's row
            out = self._points_gap(hits[:max_chunks], topic, question)
            if out[0]:
                self.confident = False
                return out
        out = attempt(scored[:5])
        if out:
            return out
        if (share or times) and self.doc_tables is not None and names:
            # the rows named are in another table of the same documents than those retrieved ("what share of
            # the borough's violence was in A and B?": the table of violence by ward)
            docs = list(dict.fromkeys(v.hit.chunk.doc_id for v in views))
            held = {(v.hit.chunk.doc_id, v.start) for v in views}
            more = [v for d in docs for v in self.doc_tables(d) if (d, v.start) not in held]
            more = [v for v in more if coverage(v) >= 0.5
                    and len([r for r in self.qa.named_rows(v, question) if not r.aggregate]) >= 1]
            if more:
                out = attempt(sorted(((True, prints_comparator(v), want_areas and area_rows(v),
                                       self.qa.table_score(v, q_table(v), want_areas), -i, v)
                                      for i, v in enumerate(more)), key=lambda t: t[:5], reverse=True)[:3])
                if out:
                    return out
        if change and not ranking:
            out = self._measure_change(views, question, topic, measures)
            if out[0]:
                return out
        gap_q = bool(_GAP_QUESTION.search(question))
        if gap_q:
            out = self._percent_gap(hits[:max_chunks], question)
            if out[0]:
                return out
        if (times or gap_q) and names:
            out = self._passage_pair(hits[:max_chunks], question, names, times)
            if out[0]:
                self.confident = False
                return out
        if share and of_whole:
            out = self._share_of_measures(views, question, of_whole, names or [])
            if out[0]:
                return out
        if share:
            out = self._share_of_columns(views, question)
            if out[0]:
                return out
        if share and names:
            out = self._prose_share(hits[:max_chunks], names, topic)
            if out[0]:
                self.confident = False
                return out
        if share:
            out = self._excluded_share(hits[:max_chunks], question)
            if out[0]:
                self.confident = False
                return out
        if share:
            out = self._prose_of_them(hits[:max_chunks], topic)
            if out[0]:
                self.confident = False
                return out
        if share:
            out = self._of_them_before(hits[:max_chunks], topic, names or [])
            if out[0]:
                self.confident = False
                return out
        if asks_period_change(question):
            out = self._prose_change(hits[:max_chunks], topic)
            if out[0]:
                self.confident = False
                return out
        if times and not (ranking or share or above):
            # a measure's row printing the area's rate beside the comparator's ('Rate per 1,000 | London rate')
            found = self._best_row(views, topic, measures, names or [])
            out = self._times_columns(*found, question, names or []) if found is not None else ([], [])
            if out[0]:
                return out
        if row_lookup and not (ranking or share or times or above):
            # a row found by its words alone is shown when nothing surer answers, unless it prints the comparison
            return self._measure_row(views, question, topic, measures, names or [])
        return [], []

    def _share_of_columns(self, views: list[TableView], question: str):
        """'What share of the NTE violence fell in July and August 2016?': a table of one row by month (or other
        named periods) with a Total column; the months the question names summed over the total."""
        from ..tables.compute import Computed

        asked = [m.group(0)[:3].lower() for m in re.finditer(rf"\b{MONTH}\b", question, re.I)]
        years = set(re.findall(r"(?<!\d)(?:19|20)(\d{2})(?!\d)", question))
        if not asked:
            return [], []
        for view in views:
            totals = [k for k, h in enumerate(view.header) if re.match(r"\s*total\b", h, re.I)]
            rows = [r for r in view.rows if not r.aggregate]
            if len(totals) != 1 or len(rows) != 1:
                continue
            row, k = rows[0], totals[0]
            cols = []
            for month in dict.fromkeys(asked):
                heads = [j for j, h in enumerate(view.header) if h.strip().lower().startswith(month)]
                if len(heads) > 1 and years:
                    heads = [j for j in heads if set(re.findall(r"\d{2}(?!\d)", view.header[j])) & years]
                if len(heads) != 1:
                    cols = []
                    break
                cols.append(heads[0])
            vals = [row.values[j] if j < len(row.values) else None for j in cols]
            if not cols or None in vals or k >= len(row.values) or not row.values[k] or sum(vals) > row.values[k]:
                continue
            part = sum(vals)
            value = part / row.values[k] * 100
            # (the header with the row: the months are read from it)
            n = self._cite(view, [Row(row.label, row.cells, row.values, min(view.start, row.start), row.end)])
            parts = " + ".join(_fmt(v) for v in vals)
            comp = Computed(label=f"share of the total in {', '.join(view.header[j] for j in cols)}", value=value,
                            unit="%", formula=f"({parts}) / {_fmt(row.values[k])} × 100")
            summed = Computed(label=f"sum of {', '.join(view.header[j] for j in cols)}", value=part, unit="count",
                              formula=parts)
            named = " and ".join(f"{view.header[j]} {row.cells[j].strip()}" for j in cols)
            line = (f"{value:.1f}%: {named}, {_fmt(part)} of the {view.header[k]} {row.cells[k].strip()} "
                    f"({view.caption}) {_m(n)}.")
            return [line], [comp.to_figure(_ns(n)), summed.to_figure(_ns(n))]
        return [], []

    def _share_of_measures(self, views: list[TableView], question: str, of_whole: re.Match, names: list[str]):
        """'What share of DA incidents were recorded as offences?': two measures of one table by period (rows, or
        columns turned), the whole named after 'of' and the part after 'were'; the part over the whole for the
        period the question names, else the latest both print."""
        from ..tables.compute import Computed

        places = set(terms(" ".join(names)))
        whole_words = set(terms(of_whole.group("whole"))) - places
        part_words = set(terms(question[of_whole.end() :])) - places - whole_words - _OPERATION_TERMS \
            - set(terms("recorded reported logged classed classified counted"))
        part_words = {t for t in part_words if not t.isdigit()}
        if not whole_words or not part_words:
            return [], []
        asked = _years_in(question)
        for view in _with_turned(views):
            cols = self._period_cols(view)
            if len(view.rows) < 2 or not cols:
                continue
            label_terms = {id(r): set(terms(re.sub(r"\(.*?\)", " ", r.label))) for r in view.rows}
            wholes = [r for r in view.rows if whole_words <= label_terms[id(r)] | places]
            parts = [r for r in view.rows if label_terms[id(r)] & part_words and r not in wholes]
            if len(wholes) != 1 or len(parts) != 1:
                continue
            w, p = wholes[0], parts[0]
            held = [j for j in cols if j < len(w.values) and j < len(p.values) and w.values[j] and p.values[j] is not None]
            named = [j for j in held if asked & _years_in(view.header[j])]
            if not held or (asked and not named):
                continue
            j = named[0] if named else max(held, key=lambda k: re.findall(r"(?:19|20)\d{2}", view.header[k]) or [""])
            if p.values[j] > w.values[j]:
                continue
            value = p.values[j] / w.values[j] * 100
            n = self._cite(view, [w, p])
            comp = Computed(label=f"{p.label} as a share of {w.label}, {view.header[j]}", value=value, unit="%",
                            formula=f"{_fmt(p.values[j])} / {_fmt(w.values[j])} × 100")
            line = (f"{value:.1f}%: {p.label} {p.cells[j].strip()} of {w.label} {w.cells[j].strip()} in "
                    f"{view.header[j]} {_m(n)}.")
            return [line], [comp.to_figure(_ns(n)), self._figure(view, p, j, n), self._figure(view, w, j, n)]
        return [], []

    def _measure_change(self, views: list[TableView], question: str, topic: set[str], measures: tuple[str, ...]):
        """'Has violent crime gone up since 2007/08?': the measure's row in a table with two period columns (or its
        periods printed down the page under its name)."""
        views = _with_turned(views)
        with_periods = [v for v in views if len(self._period_cols(v)) >= 2]
        if not with_periods:
            return [], []
        found = self._best_row(with_periods, topic, measures, [])
        if found is None:
            return [], []
        view, row = found
        return self._change(view, row)

    def _percent_gap(self, hits: list[Retrieved], question: str):
        """'How far above the MSG average is the rate, in per cent?': two labelled values of one passage."""
        from ..tables.compute import Computed

        pair = re.compile(r"^\s*([A-Z][^:\n]{1,60}):\s*([-+]?\d[\d,]*(?:\.\d+)?)")
        q = self.qa._qterms(question, [])
        for hit in hits:
            text = hit.chunk.text
            fields = []
            for line in split_lines(text):
                m = pair.match(line.text)
                if m:
                    fields.append((m.group(1), float(m.group(2).replace(",", "")), line.start + m.start(),
                                   line.start + len(line.text.rstrip())))
            if len(fields) < 2:
                continue
            # the comparator is the field the question names; the local value is the first other field
            named = [f for f in fields if set(terms(f[0])) & (q - {"rate", "local"})]
            if not named:
                continue
            comp = named[0]
            local = next((f for f in fields if f is not comp and re.search(r"\blocal|\bour\b", f[0], re.I)),
                         next(f for f in fields if f is not comp))
            if not comp[1]:
                continue
            gap = (local[1] - comp[1]) / comp[1] * 100
            n = self.book.passage(hit, ((local[2], local[3]), (comp[2], comp[3])))
            c = Computed(label=f"{local[0]} against {comp[0]}", value=gap, unit="%",
                         formula=f"({_fmt(local[1])} - {_fmt(comp[1])}) / {_fmt(comp[1])} × 100")
            word = "above" if gap >= 0 else "below"
            line = (f"{local[0]} {text[local[2]:local[3]].split(':', 1)[1].strip()} is {abs(gap):.1f}% {word} "
                    f"the {comp[0]} of {text[comp[2]:comp[3]].split(':', 1)[1].strip()} [{n}].")
            return [line], [c.to_figure((n,))]
        return [], []

    def _with_gap(self, view: TableView, question: str, q: set[str], rows, out):
        """'How far above the MSG average is the rate, in per cent?': the area's row against the comparator's row of
        the same table, as a percentage difference, leads the rows looked up."""
        from ..tables.compute import Computed

        # (the partnership's own row counts as a total of its table, but here it is the area asked about)
        areas = [r for r in rows if not _COMPARATOR_ROW.search(r.label)]
        comps = [r for r in rows if _COMPARATOR_ROW.search(r.label)]
        if not areas or not comps:
            return out
        a, c = areas[0], comps[0]

        def both(k: int | None) -> bool:
            return k is not None and k < len(a.values) and k < len(c.values) and a.values[k] is not None and bool(c.values[k])

        # the column asked about, else the first both rows print (a rank column leaves the comparator's empty)
        j = self.qa.column(view, question, q)
        if not both(j):
            j = next((k for k in view.numeric_columns() if both(k)), None)
        if j is None:
            return out
        gap = (a.values[j] - c.values[j]) / c.values[j] * 100
        n = self._cite(view, [a, c])
        comp = Computed(label=f"{a.label} against {c.label}", value=gap, unit="%",
                        formula=f"({_fmt(a.values[j])} - {_fmt(c.values[j])}) / {_fmt(c.values[j])} × 100")
        word = "above" if gap >= 0 else "below"
        line = (f"{a.label}'s {view.header[j].lower()} of {a.cells[j]} is {abs(gap):.1f}% {word} the "
                f"{c.label}'s {c.cells[j]} {_m(n)}.")
        return [line, *out[0]], [comp.to_figure(_ns(n)), *out[1]]

    def _best_row(self, views: list[TableView], topic: set[str], measures: tuple[str, ...], names: list[str]):
        """The row whose label names the question's measure best (the vocabulary first, then words)."""
        from ..tables.vocabulary import canonical_measure

        best = None
        for i, view in enumerate(views):
            for row in view.rows:
                canon = canonical_measure(row.label)
                if canon is None and _COMPARATOR_ROW.search(row.label):
                    continue  # a row of measures: a comparator's row ('Devon and Cornwall force area') is not one
                if canon and measures and canon not in measures and not _related_measures(canon, measures):
                    continue  # a row the vocabulary knows as another measure ('ASB incidents' for 'DA incidents')
                found = set(terms(row.label)) & topic
                score = sum(self.weights.idf(t) for t in found)
                if canon and canon in measures:
                    score += 5.0
                if score <= 0:
                    continue
                need = sum(self.weights.idf(t) for t in topic) * 0.5
                if score < need and not (canon and canon in measures):
                    continue
                # a column naming a place the question asks about makes the table a better match
                head = " ".join(view.header).lower()
                score += sum(2.0 for nm in names if nm and nm.lower() in head)
                # a rate was asked for: the row or table that prints rates comes before one of counts, whatever
                # places its columns name
                key = (self.wants_rate and _prints_rate(view, row), score, -i)
                if best is None or key > best[0]:
                    best = (key, view, row)
        return None if best is None else best[1:]

    def _measure_row(self, views: list[TableView], question: str, topic: set[str], measures: tuple[str, ...],
                     names: list[str]):
        """A table whose rows are measures (and columns areas or years): the row the question names; asked against
        a comparator, first in the tables that print the area and that comparator side by side."""
        found = None
        comp_re = comparator_pattern(question)
        if comp_re:
            # (a comparator's own figure asked for, no area named: the tables that print that comparator)
            beside = [v for v in views if any(comp_re.search(h) for h in v.header[1:])
                      and (not names or any(nm and nm.lower().split()[0] in h.lower() for nm in names for h in v.header[1:]))]
            found = self._best_row(beside, topic, measures, names) if beside else None
        beside_comparator = found is not None
        found = found or self._best_row(views, topic, measures, names)
        if self.wants_rate and self.doc_tables is not None and not beside_comparator \
                and not (found and _prints_rate(*found)):
            # a rate asked for, and the passages retrieved print only counts: the same documents' other tables
            docs = list(dict.fromkeys(v.hit.chunk.doc_id for v in views))
            more = [v for d in docs for v in self.doc_tables(d) if (d, v.start) not in {(w.hit.chunk.doc_id, w.start) for w in views}]
            other = self._best_row(more, topic, measures, names) if more else None
            if other and _prints_rate(*other):
                found = other
        if found is None:
            return [], []
        if ASKS_COUNT.match(question) and not self.wants_rate \
                and re.search(r"\bper\s*(?:1|10|100)?,?0{3}\b|\bper\s*\d+k\b|\brate\b", found[1].label, re.I):
            return [], []  # a count asked for is not a row of rates ('Incidents per 10,000'); the text may give it
        if comp_re and names:
            # the comparator asked for is a column of the row, printed as left out ('England and Wales: n/a'): the
            # documents hold no such figure, and the row's other figures do not answer the comparison
            view, row = found
            cols = [j for j in range(1, min(len(view.header), len(row.cells))) if comp_re.search(view.header[j])]
            if cols and all(row.values[j] is None and MISSING_CELL.match(row.cells[j].strip()) for j in cols):
                self.missing_cell = (f"the documents print no {view.header[cols[0]]} figure for {row.label} "
                                     f"(the table shows '{row.cells[cols[0]].strip()}')")
                return [], []
        left_out = self._left_out_for_place(found[0], [found[1]], names)
        if left_out:
            self.missing_cell = left_out  # (the place asked is a column whose cell is printed as left out)
            return [], []
        cells = None if comp_re else self._asked_columns(found[0], found[1], names)
        if cells is not None:
            return cells  # (a ward printed as a column of the measure's row: its cell, and the row's total)
        lines, figs = self._lookup(found[0], [found[1]])
        lead = self._yes_no(found[0], found[1], question, names)
        own, others = self._own_and_comparator_columns(found[0], found[1], question, names)
        # the asked area's column beside the comparator asked for, in a row and table that name every word of what
        # is asked ('ASB excluding covid' is not answered by a row of ASB with covid): it answers the comparison
        view, row = found
        said = set(terms(" ".join([view.title, *view.header, *view.hit.chunk.section_path, row.label])))
        self.confident = bool(lines) and (len(own) == 1 or not names) and bool(others) \
            and bool(_COMPARATOR.search(question)) and topic <= said
        return ([lead] + lines if lead else lines), figs

    def _asked_columns(self, view: TableView, row, names: list[str]):
        """The cells of a measure's row under the columns of the wards the question names, in a wide table whose
        columns are areas ('hate crime: Kellmoor 14'); None when it names none of them, or every one. (The
        partnership's own column is shown with its comparators, as the whole row.)"""
        who = (self.partnership_of(view.hit.chunk.doc_id) or "").lower()
        small = [nm for nm in names if nm and nm.lower() not in who and who not in nm.lower()]
        cols = [j for j in range(1, min(len(view.header), len(row.cells)))
                if any(re.search(name_pattern(nm), view.header[j], re.I) for nm in small)]
        numeric = view.numeric_columns()
        if not cols or len(numeric) < 4 or len(cols) >= len(numeric) or all(row.values[j] is None for j in cols):
            return None
        n = self._cite(view, [row])
        where = self._source(view)
        said = "; ".join(f"{view.header[j]} {row.cells[j].strip()}" for j in cols)
        line = f"{row.label}: {said}" + (f" ({where})" if where else "") + f" {_m(n)}."
        return [line], [self._figure(view, row, j, n) for j in cols if row.values[j] is not None]

    def _times_columns(self, view: TableView, row, question: str, names: list[str]):
        """'How many times the London rate is X's theft rate?' of a measure's row whose columns are the area's rate and
        the comparator's ('Rate per 1,000 | London rate'): the area's over the comparator's."""
        from ..tables.compute import Computed
        from .tableqa import _RATE_HEAD

        comp_re = comparator_pattern(question) or _place_comparator(question)
        if comp_re is None:
            return [], []
        held = [j for j in view.numeric_columns() if j < len(row.values) and row.values[j] is not None]
        comps = [j for j in held if comp_re.search(view.header[j])]
        own, _ = self._own_and_comparator_columns(view, row, question, names)
        own = [j for j in own if j not in comps] or [j for j in held if j not in comps and _RATE_HEAD.search(view.header[j])
                                                     and not _CHANGE_HEAD.search(view.header[j]) and "%" not in view.header[j]]
        if len(comps) != 1 or len(own) != 1 or not row.values[comps[0]]:
            return [], []
        a, k = own[0], comps[0]
        ratio = row.values[a] / row.values[k]
        n = self._cite(view, [row])
        comp = Computed(label=f"{row.label}: {view.header[a]} / {view.header[k]}", value=ratio, unit="times",
                        formula=f"{_fmt(row.values[a])} / {_fmt(row.values[k])}")
        who = self.partnership_of(view.hit.chunk.doc_id)
        whose = f"{who}'s " if who else ""
        line = (f"{row.label}: {whose}{view.header[a].lower()} of {row.cells[a].strip()} is {ratio:.2f} times the "
                f"{view.header[k]} of {row.cells[k].strip()} {_m(n)}.")
        return [line], [comp.to_figure(_ns(n)), self._figure(view, row, a, n), self._figure(view, row, k, n)]

    @staticmethod
    def _own_and_comparator_columns(view: TableView, row, question: str, names: list[str]) -> tuple[list[int], list[int]]:
        """A measure's row's columns for the area asked about, and for the comparator the question names."""
        own = [j for j in range(1, len(view.header)) if j < len(row.values) and row.values[j] is not None
               and any(nm and nm.lower().split()[0] in view.header[j].lower() for nm in names)]
        comp_re = comparator_pattern(question)
        others = [j for j in range(1, len(view.header)) if j < len(row.values) and row.values[j] is not None
                  and j not in own and ((comp_re and comp_re.search(view.header[j]))
                                        or set(terms(view.header[j])) & set(terms(question)) - set(terms(" ".join(names))))]
        return own, others

    def _yes_no(self, view: TableView, row, question: str, names: list[str]) -> str:
        """'Is Harrowden's burglary rate higher than the force area's?': 'No: ...', from a measure's row whose
        columns are the area asked about and the comparator it names. Empty when the row cannot say."""
        if not asks_comparison(question):
            return ""
        own, others = self._own_and_comparator_columns(view, row, question, names)
        if len(own) != 1 or not others:
            return ""
        a, b = row.values[own[0]], row.values[others[0]]
        word = comparison_lead(question, a, b)
        n = self._cite(view, [row])
        return (f"{word}: {view.header[own[0]]} {row.cells[own[0]]} against {view.header[others[0]]} "
                f"{row.cells[others[0]]} ({row.label}) {_m(n)}.")

    def _cite(self, view: TableView, rows) -> str:
        """Markers for rows: the passage they stand in, or each row on its own when outside it."""
        c = view.hit.chunk
        inside = [r for r in rows if c.start <= r.start and r.end <= c.end]
        ns: list[int] = []
        if inside:
            ns.append(self.book.passage(view.hit, tuple((r.start - c.start, r.end - c.start) for r in inside)))
        outside = sorted((r for r in rows if r not in inside), key=lambda r: r.start)
        if outside and outside[-1].end - outside[0].start <= 1200 and len(outside) > 1:
            # rows near one another are one span of the table, cited once (the rows between them read with them)
            ns.append(self.book.row({"doc_id": c.doc_id, "start": outside[0].start, "end": max(r.end for r in outside),
                                     "section": c.section, "page": c.page, "page_inferred": c.page_inferred,
                                     "source_kind": "table"}))
            outside = []
        for r in outside:
            ns.append(self.book.row({"doc_id": c.doc_id, "start": r.start, "end": r.end, "section": c.section,
                                     "page": c.page, "page_inferred": c.page_inferred, "source_kind": "table"}))
        ns = list(dict.fromkeys(ns))
        self._last = tuple(ns)
        return "".join(f"{_m(n)}" for n in ns) if len(ns) > 1 else str(ns[0])

    def _figure(self, view: TableView, row, j: int, n: int) -> Figure:
        return Figure(label=f"{row.label}: {view.header[j]}", area=row.label, area_type="area", measure=view.header[j] or view.title,
                      period=None, value=float(row.values[j]), unit="", citations=_ns(n))

    def _rank(self, view: TableView, question: str, q: set[str]):
        j = self.qa.column(view, question, q)
        if j is None:
            return [], []
        low = bool(_LOW.search(question)) and not _HIGH.search(question)
        if _CHANGE_HEAD.search(view.header[j]) and _FALLING.search(question):
            low = not low  # 'the biggest fall' is the most negative change
        areas = [r for r in view.rows if not r.aggregate and j < len(r.values) and r.values[j] is not None]
        ordered = sorted(areas, key=lambda r: r.values[j], reverse=not low)
        k = min(top_n(question), len(ordered))
        top = ordered[:k]
        # ties at the cut are said to be ties: keep every row equal to the last one taken
        while k < len(ordered) and ordered[k].values[j] == top[-1].values[j]:
            top.append(ordered[k])
            k += 1
        marks = {id(r): self._cite(view, [r]) for r in top}
        lead = "".join(dict.fromkeys(_m(marks[id(r)]) for r in top))
        word = "lowest" if low else "highest"
        names = ", ".join(r.label for r in top[:-1]) + (" and " if len(top) > 1 else "") + top[-1].label
        head = view.header[j]
        tied = k > min(top_n(question), len(ordered))
        what = f"figures for {head}" if _PERIOD_CELL.match(head.strip()) else (head.lower() or "values")
        lines = [f"{names}: the {word} {what} in {view.caption or 'the table'} "
                 f"({', '.join(r.cells[j] for r in top)}){' (a tie at the cut)' if tied else ''} {lead}."]
        lines += [f"- {cell_text(view, r)} {_m(marks[id(r)])}" for r in top]
        figs = [self._figure(view, r, j, marks[id(r)]) for r in top]
        return lines, figs

    def _spread(self, view: TableView, question: str, q: set[str]):
        """'What is the gap between the highest and lowest ward rates?': the column's largest and smallest values
        among the table's areas (not its totals or comparators), and their difference."""
        from ..tables.compute import Computed

        j = self.qa.column(view, question, q)
        if j is None:
            return [], []
        areas = [r for r in view.rows if not r.aggregate and j < len(r.values) and r.values[j] is not None]
        if len(areas) < 2:
            return [], []
        top, bottom = max(areas, key=lambda r: r.values[j]), min(areas, key=lambda r: r.values[j])
        gap = top.values[j] - bottom.values[j]
        n = self._cite(view, [top, bottom])
        head = view.header[j]
        comp = Computed(label=f"{head}: {top.label} - {bottom.label}", value=gap, unit="",
                        formula=f"{_fmt(top.values[j])} - {_fmt(bottom.values[j])}")
        what = head if re.search(r"[A-Z]{2}", head) else head.lower()  # ('TNO rate' keeps its capitals)
        what = f"rate {what}" if what.lower().startswith("per") else what  # ('Per 1k pop': a rate)
        lines = [f"The gap is {_fmt(gap)}: {top.label} has the highest {what} ({top.cells[j]}) and "
                 f"{bottom.label} the lowest ({bottom.cells[j]}) in {view.caption or 'the table'} {_m(n)}.",
                 f"- {cell_text(view, top)} {_m(n)}", f"- {cell_text(view, bottom)} {_m(n)}"]
        return lines, [comp.to_figure(_ns(n)), self._figure(view, top, j, n), self._figure(view, bottom, j, n)]

    def _names_topic(self, view: TableView, row, topic: set[str]) -> bool:
        """Whether a row, with its table's title, names most of what the question is about ('Public order
        offences', not a weapons table's 'Offences')."""
        if not topic:
            return True
        found = set(terms(f"{row.label} {view.title}")) & topic
        return sum(self.weights.idf(t) for t in found) >= 0.5 * sum(self.weights.idf(t) for t in topic)

    def _moved(self, view: TableView, question: str, q: set[str]):
        """'Which wards saw violence fall?': the areas whose change column has the sign asked for."""
        from ..tables.compute import Computed

        j = self.qa.column(view, question, q)
        if j is None or not _CHANGE_HEAD.search(view.header[j]):
            return [], []
        falling = bool(_FALLING.search(question))
        areas = [r for r in view.rows if not r.aggregate and j < len(r.values) and r.values[j] is not None]
        picked = [r for r in areas if (r.values[j] < 0 if falling else r.values[j] > 0)]
        word = "fell" if falling else "rose"
        if not picked:
            n = self._cite(view, areas)
            return [f"None of the {len(areas)} areas of {view.caption or 'the table'} {word} ({view.header[j]}) {_m(n)}."], []
        marks = {id(r): self._cite(view, [r]) for r in picked}
        lead = "".join(dict.fromkeys(_m(marks[id(r)]) for r in picked))
        lines = [f"{len(picked)} of {len(areas)} {word} ({view.header[j]}, {view.caption or 'the table'}): "
                 f"{', '.join(f'{r.label} {r.cells[j]}' for r in picked)} {lead}."]
        ns = tuple(n for r in picked for n in _ns(marks[id(r)]))
        counts = [Computed(label=f"areas that {word}", value=float(len(picked)), unit="count",
                           formula=f"rows of {view.caption or 'the table'} with {view.header[j]} {'below' if falling else 'above'} 0"),
                  Computed(label="areas compared", value=float(len(areas)), unit="count",
                           formula=f"rows of {view.caption or 'the table'} other than totals and comparators")]
        return lines, [c.to_figure(ns) for c in counts] + [self._figure(view, r, j, marks[id(r)]) for r in picked]

    def _rank_of(self, view: TableView, question: str, q: set[str], row):
        """Where one named row stands among the areas of the table, on the column the question names."""
        from ..tables.compute import Computed

        j = self.qa.column(view, question, q)
        # of one measure's columns by period, the period the question names ('in 2013/14')
        period_cols = self._period_cols(view)
        of_period = [k for k in period_cols if _years_in(question) & _years_in(view.header[k])]
        if len(of_period) == 1 and j in period_cols:
            j = of_period[0]
        if j is None or j >= len(row.values) or row.values[j] is None:
            return [], []
        areas = [r for r in view.rows if not r.aggregate and j < len(r.values) and r.values[j] is not None]
        if sum(_measure_like(r.label) for r in areas) > len(areas) / 2:
            # among crime types, 'Other theft offences' is one of them, not the rest of the areas
            areas += [r for r in view.rows if r.aggregate and r not in areas and _OTHER_KIND.match(r.label)
                      and j < len(r.values) and r.values[j] is not None]
        if row not in areas or len(areas) < 2:
            return [], []
        higher = sum(1 for r in areas if r.values[j] > row.values[j])
        ties = sum(1 for r in areas if r.values[j] == row.values[j]) - 1
        rank = higher + 1
        # the rows just ahead of it (and the one behind), each cited: the ranking can be checked
        ordered = sorted(areas, key=lambda r: -r.values[j])
        ahead = [r for r in ordered if r.values[j] > row.values[j]]
        ahead = ahead if len(ahead) <= 3 else ahead[-1:]
        behind = [r for r in ordered if r.values[j] < row.values[j]][:1] if higher >= 3 else []
        n = self._cite(view, [row, *ahead, *behind])
        comp = Computed(label=f"{row.label}: rank on {view.header[j]}", value=float(rank), unit="rank",
                        formula=f"1 + count of {len(areas)} rows with {view.header[j]} above {row.cells[j]}")
        counted = Computed(label="areas compared", value=float(len(areas)), unit="count",
                           formula=f"rows of {view.caption or 'the table'} other than totals and comparators")
        tie = f" (tied with {ties} other{'s' if ties > 1 else ''})" if ties else ""
        lines = [f"{row.label} ranks {rank} of {len(areas)}{tie} on {view.header[j].lower() or 'this measure'}, "
                 f"at {row.cells[j]} ({view.caption}) {_m(n)}."]
        if ahead:
            said = " and ".join(", ".join(f"{r.label} ({r.cells[j].strip()})" for r in ahead).rsplit(", ", 1))
            lines.append(f"{'Behind' if len(ahead) == higher else 'Next above it'}: {said}"
                         + (f"; next below it: {behind[0].label} ({behind[0].cells[j].strip()})" if behind else "")
                         + f" {_m(n)}.")
        return lines, [comp.to_figure(_ns(n)), counted.to_figure(_ns(n)), self._figure(view, row, j, n),
                       *(self._figure(view, r, j, n) for r in [*ahead, *behind])]

    @staticmethod
    def _names_measure(view: TableView, measures: tuple[str, ...], strict: bool = False) -> bool:
        """Whether a table names one of the measures the vocabulary recognised in the question (or its parent or
        child), in the title, headers, section or row labels; True when none was recognised."""
        from ..tables.vocabulary import MEASURES, find_measures

        known = [m for m in measures if m in MEASURES]
        if not known:
            return True
        text = "\n".join([view.title, *view.header, *view.hit.chunk.section_path, *(r.label for r in view.rows)])
        if strict:  # a lookup reads the measure's own figure: a table of its parts ('violent crime') holds none
            return any(found in known for found, _, _ in find_measures(text))
        return any(_related_measures(found, tuple(known)) for found, _, _ in find_measures(text))

    def _against_comparators(self, view: TableView, question: str, q: set[str], names: list[str], topic: set[str]):
        """'Is West Lindsey's burglary rate above the force average?' on a table of areas by measures: the partnership
        and its comparators (force, MSG, England and Wales, a region) are rows, the measures columns. The measure's
        column is read for the area's row and every comparator's, asked ones first; a yes/no question gets its yes
        or no from the first comparator it names, and each asked comparator its ratio."""
        from ..tables.compute import Computed
        from .scope import GENERIC

        def core(label: str) -> str:
            return " ".join(re.sub(r"\(.*?\)|[^\w&' ]+", " ", label.lower()).split())

        lows = list(dict.fromkeys(core(n) for n in names if n))
        if len(lows) >= 2 and not all(any(core(r.label).startswith(n) for r in view.rows) for n in lows):
            return [], []  # two places asked about, one of them not in this table: not its comparison to make
        local = next((r for r in view.rows if any(n and (core(r.label) == n or core(r.label).startswith(n + " "))
                                                   for n in lows) and not _COMPARATOR_ROW.search(r.label)), None)
        if local is None or not topic:
            return [], []
        marked = [r for r in view.rows if r is not local and _COMPARATOR_ROW.search(r.label)]
        if not marked:
            return [], []
        # a short table of areas: its other rows are comparators too ('London' beside 'Inner London MSG average')
        comps = [r for r in view.rows if r is not local] if len(view.rows) <= 8 else marked
        # the column that names the measure (every column of such a table is a rate: the measure decides)
        named_cols = [(self.weights.overlap(topic, view.header[c]), -c) for c in view.numeric_columns()
                      if c < len(view.header) and set(terms(view.header[c])) & topic]
        j = -max(named_cols)[1] if named_cols else self.qa.column(view, question, q)
        if j is None or j >= len(local.values) or local.values[j] is None:
            return [], []
        head = view.header[j] if j < len(view.header) else ""
        if not (set(terms(head)) & topic or _initialisms(head) & set(re.findall(r"\b[A-Z]{2,6}\b", question))):
            return [], []  # the column holds another measure
        comps = [r for r in comps if j < len(r.values) and r.values[j] is not None]
        qwords = set(terms(question)) - GENERIC - set(terms(" ".join(names)))
        family_re = comparator_pattern(question)
        asked = [r for r in comps if (family_re and family_re.search(r.label)) or set(terms(r.label)) & qwords]
        if not asked and not re.search(r"\b(compar\w*|v|vs|versus|against|benchmark\w*)\b", question, re.I):
            return [], []
        shown = asked + [r for r in comps if r not in asked]
        n = self._cite(view, [local, *shown])
        value = local.cells[j]
        lines = []
        yes_no = asks_comparison(question)
        rest = shown
        if asked:
            a, b = local.values[j], asked[0].values[j]
            side = "the same as" if a == b else ("above" if a > b else "below")
            said = f"{local.label}'s {head[:1].lower() + head[1:]} is {value}, {side} {asked[0].label} ({asked[0].cells[j]})"
            if yes_no:
                said = comparison_lead(question, a, b) + ": " + said
            lines.append(f"{said} {_m(n)}.")
            rest = shown[1:]
        if rest:
            against = "; ".join(f"{r.label} {r.cells[j]}" for r in rest)
            lines.append(f"Against the other comparators: {against} ({view.caption}) {_m(n)}." if lines
                         else f"{local.label}: {head} {value}, against {against} ({view.caption}) {_m(n)}.")
        figs = [self._figure(view, r, j, n) for r in [local, *shown]]
        for r in asked[:3]:
            if r.values[j]:
                ratio = local.values[j] / r.values[j]
                figs.append(Computed(label=f"{local.label} against {r.label}: {head}", value=round(ratio, 2), unit="ratio",
                                     formula=f"{_fmt(local.values[j])} / {_fmt(r.values[j])}").to_figure(_ns(n)))
        return lines, figs

    @staticmethod
    def _comparators_asked(view: TableView, question: str, named) -> list:
        """Comparator rows the question names too ('... above the South Wales force rate?')."""
        from .scope import GENERIC

        qwords = set(terms(question)) - GENERIC
        out = []
        for r in view.rows:
            if r in named or not r.aggregate:
                continue
            if set(terms(r.label)) & qwords or re.search(r"\b(force|national|england|average|msg|region)\b", question, re.I) \
                    and re.search(r"\b(force|national|england|average|msg|region)\b", r.label, re.I) \
                    and set(re.findall(r"force|national|england|average|msg|region", question.lower())) \
                    & set(re.findall(r"force|national|england|average|msg|region", r.label.lower())):
                out.append(r)
        return out[:3]

    def _left_out_for_place(self, view: TableView, rows, names: list[str] | None) -> str | None:
        """A reason when the place a question names is a column of the table (a ward, in a table of wards as
        columns) and every asked row prints its cell as left out ('n/a', '-'): the row's figures for the other
        places do not answer for it. None otherwise."""
        who = (self.partnership_of(view.hit.chunk.doc_id) or "").lower()
        asked = [nm for nm in names or [] if nm and nm.lower() != who and short_name(nm) != who and nm.lower() != short_name(who)]

        def same(head: str, name: str) -> bool:
            head, name = " ".join(head.lower().split()), " ".join(name.lower().split())
            return len(head) >= 4 and (head == name or name.startswith(head + " "))

        cols = [j for j in range(1, len(view.header)) if any(same(view.header[j], nm) for nm in asked)]
        if not cols or not rows:
            return None
        if all(j < len(r.cells) and r.values[j] is None and MISSING_CELL.match(r.cells[j].strip()) for r in rows for j in cols):
            r, j = rows[0], cols[0]
            return f"the documents print no {r.label.strip(' :')} figure for {view.header[j]} (the table shows '{r.cells[j].strip()}')"
        return None

    def _source(self, view: TableView) -> str:
        """Whose table and which: 'Harrowden, ASB incidents by ward, 2021/22'."""
        return ", ".join(x for x in (self.partnership_of(view.hit.chunk.doc_id), view.caption) if x)

    def _lookup(self, view: TableView, named):
        n = self._cite(view, named)
        where = self._source(view)
        lines = [f"{cell_text(view, r)} ({where}) {_m(n)}." if where else f"{cell_text(view, r)} {_m(n)}." for r in named]
        figs = [self._figure(view, r, j, n) for r in named for j in view.numeric_columns()
                if j < len(r.values) and r.values[j] is not None][:6]
        return lines, figs

    def _sum_rows(self, view: TableView, question: str, q: set[str], rows):
        """A total of rows the table prints no total of: the named rows, or every row of the table."""
        from ..tables.compute import Computed

        j = self._count_col(view, q, question)
        if j is None or any(j >= len(r.values) or r.values[j] is None for r in rows):
            return [], []
        total = sum(r.values[j] for r in rows)
        n = self._cite(view, rows)
        every = len(rows) == len([r for r in view.rows if not r.aggregate])
        what = f"every row of {view.caption or 'the table'}" if every else ", ".join(r.label for r in rows)
        head = " ".join(w if w.isupper() else w.lower() for w in view.header[j].split())  # ('ASB' stays 'ASB')
        comp = Computed(label=f"total {head} ({what})", value=total, unit="count",
                        formula=" + ".join(_fmt(r.values[j]) for r in rows))
        lines = [f"{_fmt(total)} in total: {head} summed over {what} {_m(n)}."]
        return lines, [comp.to_figure(_ns(n)), *(self._figure(view, r, j, n) for r in rows[:8])]

    def _combined_rate(self, view: TableView, question: str, q: set[str], named):
        """'The combined burglary rate across the three wards': their counts over their populations (or households),
        times the base of the table's rate."""
        from ..tables.compute import Computed
        from ..tables.vocabulary import normalise_unit, unit_base

        pops = [j for j in view.numeric_columns() if re.search(r"\b(population|households|residents|dwellings)\b",
                                                                 view.header[j], re.I) and not re.search(r"\bper\b", view.header[j], re.I)]
        rates = [j for j in view.numeric_columns() if re.search(r"\bper\b", view.header[j], re.I)]
        j = self._count_col(view, q, question)
        if not pops or j is None:
            return [], []
        k = pops[0]
        base = unit_base(normalise_unit(view.header[rates[0]])) if rates else None
        base = base or unit_base(normalise_unit(re.search(r"per\s+[\d,]+k?\b[\w ]*", view.title or "", re.I).group(0))
                                 if re.search(r"per\s+[\d,]+k?\b", view.title or "", re.I) else None)
        if not base or any(j >= len(r.values) or k >= len(r.values) or r.values[j] is None or not r.values[k]
                           for r in named):
            return [], []
        count, people = sum(r.values[j] for r in named), sum(r.values[k] for r in named)
        value = count / people * base
        n = self._cite(view, named)
        comp = Computed(label=f"combined {view.header[j].lower()} per {base:,} {view.header[k].lower()}", value=value,
                        unit=f"per {base:,}", formula=f"({' + '.join(_fmt(r.values[j]) for r in named)}) / "
                                                     f"({' + '.join(_fmt(r.values[k]) for r in named)}) × {base:,}")
        names = ", ".join(r.label for r in named[:-1]) + f" and {named[-1].label}"
        lines = [f"Taken together, {names} have a rate of {value:.1f} per {base:,} {view.header[k].lower()}: "
                 f"{_fmt(count)} {view.header[j].lower()} over {_fmt(people)} {view.header[k].lower()} {_m(n)}."]
        summed = [Computed(label=f"{view.header[c].lower()} of the {len(named)} rows", value=v, unit="count",
                           formula=" + ".join(_fmt(r.values[c]) for r in named)) for c, v in ((j, count), (k, people))]
        return lines, [comp.to_figure(_ns(n)), *(x.to_figure(_ns(n)) for x in summed),
                       *(self._figure(view, r, j, n) for r in named)]

    def _count_col(self, view: TableView, q: set[str], question: str = ""):
        from .tableqa import _RATE_HEAD

        cols = [j for j in view.numeric_columns() if not _RATE_HEAD.search(view.header[j])
                and not re.search(r"\b(population|households|residents)\b", view.header[j], re.I)
                and not re.match(r"\s*(?:rank|position|no\.?|#)\s*$", view.header[j], re.I)]
        if not cols:
            return None
        # the column the question names; else a 'Total' column, the whole of which a share is a part
        return max(cols, key=lambda j: (self.weights.overlap(q, view.header[j]),
                                        bool(re.fullmatch(r"\s*(total|all)\b.*", view.header[j], re.I)),
                                        column_period(view.header[j], question), -j))

    def _total_row(self, view: TableView, j: int):
        aggs = [r for r in view.rows if r.aggregate and j < len(r.values) and r.values[j] is not None]
        if aggs:
            return aggs[-1]
        return None

    def _share(self, view: TableView, question: str, q: set[str], named, ranking: bool, context=([], None, set())):
        """context: the tables the question's passages hold, their coverage of it, and the whole it names (where a
        share's total may be found when its own table prints none)."""
        from ..tables.compute import Computed

        printed = self._printed_share(view, named)
        if printed[0]:
            return printed
        j = self._count_col(view, q, question)
        if j is None:
            return [], []
        rows = list(named)
        if not rows and ranking:
            rj = self.qa.column(view, question, q)
            areas = [r for r in view.rows if not r.aggregate and rj is not None and r.values[rj] is not None]
            # ('which Harrowden ward had the most ...': the place named is no word of how many are asked for)
            plain = re.sub(r"\b(?:" + "|".join(re.escape(nm) for nm in sorted(self.qa._names, key=len, reverse=True))
                           + r")\b\s*", "", question, flags=re.I) if self.qa._names else question
            rows = sorted(areas, key=lambda r: r.values[rj], reverse=True)[: top_n(plain)]
            if len(rows) == 1:
                printed = self._printed_share(view, rows)  # ('which ward had the most, and what share?': its '% of city')
                if printed[0]:
                    return printed
        rows = [r for r in rows if j < len(r.values) and r.values[j] is not None]
        total = self._total_row(view, j)
        if rows and total is None:
            found = self._total_elsewhere(view, j, question, sum(r.values[j] for r in rows), context)
            if found is not None:
                return self._share_across(view, j, rows, *found)
        if not rows or total is None or not total.values[j]:
            return [], []
        part = sum(r.values[j] for r in rows)
        if part > total.values[j] or total in rows:
            return [], []  # not a part of that total
        value = part / total.values[j] * 100
        n = self._cite(view, [*rows, total])
        formula = f"({' + '.join(r.cells[j] for r in rows)} = {_fmt(part)}) / {total.cells[j]} × 100"
        names = ", ".join(r.label for r in rows)
        comp = Computed(label=f"share of {total.label} {view.header[j]} in {names}", value=value, unit="%", formula=formula)
        lines = [f"{names}: {_fmt(part)} of {total.cells[j]} ({total.label}; {view.header[j]}), a share of "
                 f"{value:.1f}% {_m(n)}."]
        lines += [f"- {cell_text(view, r)} {_m(n)}" for r in [*rows, total]]
        summed = Computed(label=f"{view.header[j]} in {names}", value=part, unit="", formula=" + ".join(r.cells[j] for r in rows))
        return lines, [comp.to_figure(_ns(n)), summed.to_figure(_ns(n))] + [self._figure(view, r, j, n) for r in rows]

    def _total_elsewhere(self, view: TableView, j: int, question: str, part: float, context):
        """The whole a share of rows is of, when their table prints no total (a list of the top five divisions):
        the area's total in another table of the same document about the measure (its total row, or the measure's
        row of a table of crime types), for the period of the question or of the rows' table, a count greater
        than the part. (table, row, column), or None."""
        from .tableqa import _RATE_HEAD

        views, coverage, whole = context
        doc = view.hit.chunk.doc_id
        seen = {view.start}
        cands = []
        for v in [*views, *(self.doc_tables(doc) if self.doc_tables is not None else [])]:
            if v.hit.chunk.doc_id == doc and v.start not in seen:
                seen.add(v.start)
                cands.append(v)
        periods = f"{question} {view.caption}"
        topic_words = {t for t in terms(YEARISH.sub(" ", " ".join([view.title, view.header[j]])))
                       if not t.isdigit()} - _GENERIC_HEAD
        best = None
        for v in cands:
            cols = [k for k in v.numeric_columns() if not _RATE_HEAD.search(v.header[k])
                    and not _CHANGE_HEAD.search(v.header[k])
                    and not re.search(r"\b(population|households|residents|rank)\b", v.header[k], re.I)]
            if not cols:
                continue
            k = max(cols, key=lambda c: (column_period(v.header[c], periods), -c))
            if any(column_period(v.header[c], periods) for c in cols) and column_period(v.header[k], periods) < 10_000 \
                    and re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)", periods):
                continue  # the period asked is not printed in it
            context = set(terms(" ".join([v.title, *v.header, *v.hit.chunk.section_path])))
            about = coverage is not None and coverage(v) >= 0.5 and bool(context & topic_words)
            for r in v.rows:
                if k >= len(r.values) or r.values[k] is None or r.values[k] <= part:
                    continue
                label = set(terms(r.label))
                if r.aggregate and about:
                    key = (1, len(context & topic_words), len(label & whole), -r.values[k])
                elif label & topic_words and sum(_measure_like(x.label) for x in v.rows) > len(v.rows) / 2:
                    # (a table of crime types about the area: the measure's own row)
                    key = (0, len(label & topic_words), 0, -r.values[k])
                else:
                    continue
                if best is None or key > best[0]:
                    best = (key, v, r, k)
        return None if best is None else best[1:]

    def _share_across(self, view: TableView, j: int, rows, other: TableView, total, k: int):
        """Rows' share of a total printed in another table, each cited where printed."""
        from ..tables.compute import Computed

        part = sum(r.values[j] for r in rows)
        value = part / total.values[k] * 100
        n1 = self._cite(view, rows)
        n2 = self._cite(other, [total])
        ns = tuple(dict.fromkeys([*_ns(n1), *_ns(n2)]))
        formula = f"({' + '.join(r.cells[j] for r in rows)} = {_fmt(part)}) / {total.cells[k]} × 100"
        names = ", ".join(r.label for r in rows)
        comp = Computed(label=f"share of {total.label} {other.header[k]} in {names}", value=value, unit="%",
                        formula=formula)
        whole = f"{total.label}, {other.header[k]}" + (f", {other.caption}" if other.caption else "")
        lines = [f"{names}: {_fmt(part)} of {total.cells[k].strip()} ({whole}), a share of {value:.1f}% {_m(n1)}{_m(n2)}."]
        lines += [f"- {cell_text(view, r)} {_m(n1)}" for r in rows] + [f"- {cell_text(other, total)} {_m(n2)}"]
        figs = [comp.to_figure(ns)]
        if len(rows) > 1:
            figs.append(Computed(label=f"{view.header[j]} in {names}", value=part, unit="",
                                 formula=" + ".join(r.cells[j] for r in rows)).to_figure(_ns(n1)))
        return lines, figs + [self._figure(view, r, j, n1) for r in rows] + [self._figure(other, total, k, n2)]

    def _printed_share(self, view: TableView, named):
        """A share the table prints itself ('% of all crime'): read, not computed again from rounded counts."""
        cols = [j for j in view.numeric_columns()
                if re.search(r"%|\bshare\b|\bproportion\b|per ?cent", view.header[j], re.I)
                and not _CHANGE_HEAD.search(view.header[j]) and not re.search(r"\bper\s+\d", view.header[j], re.I)]
        rows = [r for r in named if not r.aggregate or SUBTOTAL.match(r.label)]
        if not cols and rows and re.search(r"\(%\)|\bshares?\b|\bper ?cent|\bproportions?\b|\bpercentages?\b", view.title, re.I):
            return self._lookup(view, rows)  # a table of shares throughout ('Share of all crime, 2015/16 (%)')
        if len(cols) != 1 or not rows:
            return [], []
        j = cols[0]
        rows = [r for r in rows if j < len(r.values) and r.values[j] is not None]
        if not rows:
            return [], []
        n = self._cite(view, rows)
        head = view.header[j].strip()
        unit = "" if "%" in head or "%" in rows[0].cells[j] else "%"
        said = "; ".join(f"{r.label} {r.cells[j].strip()}{unit}" for r in rows)
        lines = [f"{said} ({head}, {view.caption or 'the table'}) {_m(n)}."]
        lines += [f"- {cell_text(view, r)} {_m(n)}" for r in rows]
        return lines, [self._figure(view, r, j, n) for r in rows]

    def _times(self, view: TableView, question: str, q: set[str], named):
        from ..tables.compute import Computed

        # the figures divided are the rates themselves, not a column of ratios ('Times borough rate')
        j = self.qa.column(view, _TIMES.sub(" ", question), q)
        if j is None:
            return [], []
        low = question.lower()

        def asked_at(r) -> int:
            at = low.find(r.label.lower()[:6])
            return at if at >= 0 else len(low)

        named = sorted(named, key=asked_at)  # 'how many times X's rate is Y's': X over Y, as asked
        row = named[0]
        base = self._total_row(view, j)
        if len(named) >= 2 and not named[1].aggregate:
            base = named[1]
        held = [r for r in view.rows if r is not row and j < len(r.values) and r.values[j] is not None]
        qwords = set(terms(question))
        comp_re = comparator_pattern(question) or _place_comparator(question)
        # the comparator the question names: a row printed as it ('the Welsh average' is 'Wales', not 'North
        # Wales'), else the aggregate row whose label's words the question holds most fully ('the Bradford
        # District rate' is 'Bradford District', not 'Subtotal Bradford East')
        printed = [r for r in held if comp_re and comp_re.search(r.label)]
        asked = sorted((r for r in held if r.aggregate and set(terms(r.label)) & qwords),
                       key=lambda r: -len(set(terms(r.label)) & qwords) / max(1, len(set(terms(r.label)))))
        extreme = _EXTREME_BASE.search(question)
        if printed:
            base = min(printed, key=lambda r: (not comp_re.fullmatch(r.label.strip()), len(r.label)))
        elif extreme and [r for r in held if not r.aggregate]:
            # 'than that of the lowest-rate ward': the extreme row of the table's areas
            areas = [r for r in held if not r.aggregate]
            pick = min if _LOW.search(extreme.group(0)) else max
            base = pick(areas, key=lambda r: r.values[j])
        elif asked:
            base = asked[0]
        if comp_re and not printed and not any(comp_re.search(h) for h in view.header) and row.values[j] is not None:
            # the comparator named is printed in another table of the document ('a ward's robbery rate against
            # the region's rate': the ward table, and the borough's table of comparators)
            other = self._comparator_elsewhere(view, j, comp_re) if self._column_asked(view, j, question) else None
            if other is not None:
                return self._times_across(view, row, j, *other)
        if base is None or base is row or not base.values[j] or row.values[j] is None:
            return [], []
        ratio = row.values[j] / base.values[j]
        n = self._cite(view, [row, base])
        comp = Computed(label=f"{row.label} {view.header[j]} / {base.label}", value=ratio, unit="times",
                        formula=f"{_fmt(row.values[j])} / {_fmt(base.values[j])}")
        lines = [f"{row.label}'s {view.header[j].lower()} of {row.cells[j]} is {ratio:.2f} times "
                 f"{base.label}'s {base.cells[j]} {_m(n)}."]
        figs = [comp.to_figure(_ns(n)), self._figure(view, row, j, n), self._figure(view, base, j, n)]
        if 0 < ratio < 1:  # ('how many times the force rate is X's?' may be asked either way round)
            back = Computed(label=f"{base.label} {view.header[j]} / {row.label}", value=1 / ratio, unit="times",
                            formula=f"{_fmt(base.values[j])} / {_fmt(row.values[j])}")
            lines[0] = lines[0].replace(f" {_m(n)}.", f" ({base.label}'s is {1 / ratio:.2f} times it) {_m(n)}.")
            figs.insert(1, back.to_figure(_ns(n)))
        return lines, figs

    @staticmethod
    def _column_asked(view: TableView, j: int, question: str) -> bool:
        """Whether column j is the measure the question asks about (a ward table without a DA column gives no DA
        figure, whatever column a ratio would fall back on)."""
        from ..tables.vocabulary import canonical_measure, find_measures

        asked = {m for m, _, _ in find_measures(question)}
        if not asked:
            return True
        head = view.header[j]
        if canonical_measure(head) is None and \
                not {t for t in terms(YEARISH.sub(" ", head)) if not t.replace(",", "").isdigit()} - _GENERIC_HEAD:
            head = view.title  # ('Per 1,000' under 'Highest criminal damage wards': the title names the measure)
        canon = canonical_measure(head)
        return canon in asked or (canon is None and bool(set(terms(head)) & set(terms(question)) - _GENERIC_HEAD))

    def _comparator_elsewhere(self, view: TableView, j: int, comp_re: re.Pattern):
        """Another table of the same document with the comparator as a column, in the row of the measure of column
        j (its header's words, or the table's title for a header such as 'Rate'): (table, row, column), or None.
        Both must be rates, or both not."""
        if self.doc_tables is None:
            return None
        generic = set(terms("rate rates per number count total recorded level offences crimes incidents"))
        def words(text: str) -> set[str]:
            return {t for t in terms(YEARISH.sub(" ", text)) if not t.replace(",", "").isdigit()} - generic

        from ..tables.vocabulary import canonical_measure

        what = words(view.header[j]) or words(view.title)
        # ('ALL CRIME' in the ward table is 'Total Recorded Crime' in the district's: one measure by two names)
        canon = canonical_measure(view.header[j]) or (None if words(view.header[j]) else canonical_measure(view.title))
        rate = _prints_rate(view, view.rows[0]) if view.rows else False
        best = None
        for other in self.doc_tables(view.hit.chunk.doc_id):
            if other.start == view.start:
                continue
            cols = [k for k in range(1, len(other.header)) if comp_re.search(other.header[k])]
            if not cols or not other.rows or _prints_rate(other, other.rows[0]) != rate:
                continue
            # ('the Wessex average' is the 'Wessex' column, not 'North Wessex')
            cols.sort(key=lambda k: (not comp_re.fullmatch(other.header[k].strip()), len(other.header[k])))
            for r in other.rows:
                found = set(terms(r.label)) & what
                same = canon is not None and canonical_measure(r.label) == canon
                if (found or same) and cols[0] < len(r.values) and r.values[cols[0]]:
                    key = (same, sum(self.weights.idf(t) for t in found), -len(terms(r.label)))
                    if best is None or key > best[0]:
                        best = (key, other, r, cols[0])
        return None if best is None else best[1:]

    def _times_across(self, view: TableView, row, j: int, other: TableView, base, k: int):
        """Row's figure in column j over the comparator's figure in another table, each cited where printed."""
        from ..tables.compute import Computed

        ratio = row.values[j] / base.values[k]
        n1 = self._cite(view, [row])
        n2 = self._cite(other, [base])
        ns = tuple(dict.fromkeys([*_ns(n1), *_ns(n2)]))
        comp = Computed(label=f"{row.label} {view.header[j]} / {other.header[k]} ({base.label})", value=ratio,
                        unit="times", formula=f"{_fmt(row.values[j])} / {_fmt(base.values[k])}")
        lines = [f"{row.label}'s {view.header[j].lower()} of {row.cells[j]} is {ratio:.2f} times the "
                 f"{other.header[k]} figure for {base.label.lower()}, {base.cells[k]} {_m(n1)}{_m(n2)}."]
        figs = [comp.to_figure(ns), self._figure(view, row, j, n1), self._figure(other, base, k, n2)]
        if 0 < ratio < 1:
            back = Computed(label=f"{other.header[k]} ({base.label}) / {row.label} {view.header[j]}", value=1 / ratio,
                            unit="times", formula=f"{_fmt(base.values[k])} / {_fmt(row.values[j])}")
            lines[0] = lines[0].replace(f" {_m(n1)}{_m(n2)}.", f" (the {other.header[k]} figure is {1 / ratio:.2f} times "
                                                                  f"it) {_m(n1)}{_m(n2)}.")
            figs.insert(1, back.to_figure(ns))
        return lines, figs

    def _above(self, view: TableView, question: str, q: set[str]):
        from ..tables.compute import Computed

        # 'how many wards have a rate above ...' counts rows: the column is named after 'have'; 'more than 10
        # robberies' is a count of them
        counted = re.search(r"\b(?:than|over|above|under|below)\s+\d[\d,]*\s+(?!per\b|times\b|%|percent\b)[a-z]{3,}",
                            YEARISH.sub(" ", question), re.I)
        j = self.qa.column(view, re.sub(r"(?i)\bhow many\b", " ", question), q, prefer_count=bool(counted))
        if j is None:
            return [], []
        nums = [float(x.replace(",", "")) for x in _QNUM.findall(YEARISH.sub(" ", question))]
        base = self._total_row(view, j)
        extra = None  # a comparator printed beside the table rather than in it ('* ... the Kent force rate of 76.4')
        elsewhere = None  # or in another table of the document: (table, row, column)
        comp_re = comparator_pattern(question) or _place_comparator(question)
        if not nums and comp_re is not None:
            rows = [r for r in view.rows if r.aggregate and j < len(r.values) and r.values[j] is not None
                    and comp_re.search(r.label)]
            if rows:
                base = rows[0]
            else:
                doc = self.texts.get(view.hit.chunk.doc_id)
                if doc is not None:
                    lo, hi = max(0, view.start - 600), min(len(doc), view.end + 600)
                    found = [x for x in _values_after(doc[lo:hi], comp_re) if x[0]]
                    if found:
                        value, a, b = found[0]
                        extra = (value, _line_span(doc, lo + a, lo + b))
                if extra is None:
                    # the comparator's figure for the measure printed in another table of the document
                    other = self._comparator_elsewhere(view, j, comp_re) if self._column_asked(view, j, question) else None
                    if other is not None:
                        o_view, o_row, k = other
                        elsewhere = (o_view, o_row, k)
        threshold = nums[0] if nums else (extra[0] if extra else (
            elsewhere[1].values[elsewhere[2]] if elsewhere else (base.values[j] if base else None)))
        if threshold is None:
            return [], []
        if extra or elsewhere:
            base = None
        areas = [r for r in view.rows if not r.aggregate and r.values[j] is not None]
        over = [r for r in areas if r.values[j] > threshold]
        # the few that are not above are named too (a tie is said to be one): 'how many of the top ten ...'
        rest = [r for r in areas if r.values[j] <= threshold] if len(areas) - len(over) <= 5 else []
        if not (over or rest or base):
            return [], []  # no row to cite ('aged over 65' read as a threshold no area passes)
        n = self._cite(view, over + rest + ([base] if base else []))
        if extra:
            c = view.hit.chunk
            k = self.book.row({"doc_id": c.doc_id, "start": extra[1][0], "end": extra[1][1], "section": c.section,
                               "page": c.page, "page_inferred": c.page_inferred, "source_kind": "passage"})
            n = "".join(_m(x) for x in dict.fromkeys((*_ns(n), k)))
        if elsewhere:
            k2 = self._cite(elsewhere[0], [elsewhere[1]])
            n = "".join(_m(x) for x in dict.fromkeys((*_ns(n), *_ns(k2))))
        comp = Computed(label=f"rows above {_fmt(threshold)}", value=float(len(over)), unit="count",
                        formula=f"count of {view.header[j]} > {_fmt(threshold)} among {len(areas)} rows")
        counted = Computed(label="areas compared", value=float(len(areas)), unit="count",
                           formula=f"rows of {view.caption or 'the table'} other than totals and comparators")
        names = ", ".join(f"{r.label} ({r.cells[j].strip()})" for r in sorted(over, key=lambda r: -r.values[j])) or "none"
        against = (f" (the {elsewhere[0].header[elsewhere[2]]} figure for {elsewhere[1].label.lower()})"
                   if elsewhere else "")
        said = elsewhere[1].cells[elsewhere[2]].strip() if elsewhere else _fmt(threshold)  # (as printed: '70.0')
        lines = [f"{len(over)} of {len(areas)} have {view.header[j].lower()} above {said}{against}: {names} {_m(n)}."]
        if rest and over:
            below = "; ".join(f"{r.label} {_fmt(r.values[j])}" + (" (level with it)" if r.values[j] == threshold else "")
                              for r in rest)
            lines.append(f"Not above it: {below} {_m(n)}.")
        return lines, [comp.to_figure(_ns(n)), counted.to_figure(_ns(n))]

    @staticmethod
    def _period_cols(view: TableView) -> list[int]:
        """The columns of one measure over periods ('Offences 2013/14', 'Offences 2012/13'), not a column of
        another measure that names a period too ('Rate per 1,000 (2013/14)')."""
        cols = [j for j in view.numeric_columns() if _YEAR_HEAD.search(view.header[j])]
        groups: dict[str, list[int]] = {}
        for j in cols:
            key = " ".join(re.sub(r"[()]", " ", _YEAR_HEAD.sub(" ", view.header[j])).split()).lower()
            groups.setdefault(key, []).append(j)
        return max(groups.values(), key=len) if groups else []

    def _change(self, view: TableView, row):
        from ..tables.compute import Computed

        cols = [j for j in self._period_cols(view) if j < len(row.values) and row.values[j] is not None]
        if len(cols) < 2:
            return [], []
        # oldest first, whichever way the table prints them ('2013/14  2012/13')
        cols.sort(key=lambda j: int(re.search(r"(?:19|20)\d{2}", view.header[j]).group(0))
                  if re.search(r"(?:19|20)\d{2}", view.header[j]) else 0)
        # the periods the question names, else the latest against the one before
        asked = _years_in(getattr(self.qa, "_question", ""))
        named = [j for j in cols if asked & _years_in(view.header[j])]
        a, b = (named[0], named[-1]) if len(named) >= 2 else (cols[-2], cols[-1])
        va, vb = row.values[a], row.values[b]
        if va is None or vb is None:
            return [], []
        n = self._cite(view, [row])
        diff = Computed(label=f"{row.label}: change {view.header[a]} to {view.header[b]}", value=vb - va, unit="",
                        formula=f"{_fmt(vb)} - {_fmt(va)}")
        figs = [diff.to_figure(_ns(n))]
        who = self.partnership_of(view.hit.chunk.doc_id)  # whose figures: a change question may name several places
        label = f"{row.label} ({who})" if who and who.lower() not in row.label.lower() else row.label
        moved = "rose" if vb > va else "fell" if vb < va else "was unchanged"
        text = (f"{label} {moved}: {row.cells[a]} in {view.header[a]} and {row.cells[b]} in {view.header[b]}, "
                f"a change of {vb - va:+,g}")
        if va:
            pct = Computed(label=f"{row.label}: % change", value=(vb - va) / va * 100, unit="%",
                           formula=f"({_fmt(vb)} - {_fmt(va)}) / {_fmt(va)} × 100")
            figs.append(pct.to_figure(_ns(n)))
            text += f" ({pct.value:+.1f}%)"
        return [text + f" {_m(n)}."], figs
