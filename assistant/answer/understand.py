"""Understand a question: entities from gazetteers built from the indexed corpus, periods, comparators, intent."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, replace

from rapidfuzz import fuzz, process

from ..tables.vocabulary import MEASURES, find_measures, normalise_label, without_superlative_names
from ..text import PERIOD_RANGE
from ..types import Intent
from .change import ASKS_CHANGE_FIGURE

_CSP_LIST = re.compile(r"CSPs? with (?:the |this )?priority\s*:?\s*\n*\s*(?P<names>[^\n]+)", re.I)
_YEAR = re.compile(r"(?<![\d\-–/])((?:19|20)\d{2})(?![\d\-–/])")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-&]*")

COMPARATORS = {
    "force": ("force", "force-wide", "force wide", "force area", "force average", "county"),
    "region": ("region", "regional"),
    "national": ("national", "nationally", "england", "england and wales", "england & wales", "country",
                 "welsh average", "all wales", "wales average"),
    "similar forces": ("similar forces", "most similar", "msf", "msg", "peer forces", "family group", "peer group",
                       "csp family", "most similar family", "statistical neighbour", "statistical neighbours",
                       "similar areas", "similar partnerships", "similar csps", "comparable areas", "comparator areas"),
    "partnership": ("district average", "partnership average", "csp average", "borough average"),
}

INTENT_RULES: list[tuple[Intent, re.Pattern[str]]] = [
    (Intent.GOVERNANCE, re.compile(r"\b(govern\w*|board|lead officer|who (leads|chairs|is responsible|gives|provides|reports)|responsib\w+|accountab\w+|oversee\w*|oversight|chair\w*|statutory dut\w+|legislation|performance (updates?|reports?|framework)|(updates?|reports?) to the)\b", re.I)),
    (Intent.RECOMMENDATION, re.compile(r"\b(recommend\w*|recs?|commitments?|pledges?|should (the )?(partners|partnership|we|csp|council)|what should|should \w+( \w+)? (do|consider|focus|prioriti[sz]e)|what actions?|suggest\w*|advise\w*|next steps|how (can|could|should) .* (tackle|reduce|address|prevent))\b", re.I)),
    (Intent.COMPARE_YEARS, re.compile(r"\b(change[ds]? (since|from|between)|compared (to|with) (last|previous|the previous|earlier)|previous (assessment|year)|over time|trend|year on year|since (19|20)\d\d|from (19|20)\d\d(-\d\d)? to)\b", re.I)),
    (Intent.COMPUTED, re.compile(r"\b(how many times|times (the|higher|greater)|ratio|rank\w*|above average|significantly above|standard deviation|mean|percent(age)? (change|difference)|difference between|how much (higher|lower|more|less)|approximately how many|how many (offences|incidents|crimes))\b", re.I)),
    (Intent.WARD_HOTSPOT, re.compile(r"\b(wards?|hot ?spots?|neighbourhoods?|areas? (with|of) (high|the highest)|"
                                     r"which (parts|areas|places|locations|localities|estates|streets)|"
                                     r"where\b.*\b(most|highest|worst|concentrated))\b", re.I)),
    (Intent.COMPARE_LOCAL_FORCE, re.compile(r"\b(compared? (to|with) (the )?(force|national|region)|vs\.? (the )?force|versus (the )?force|against the force|than (the )?(force|national|regional|england)|force[- ]wide|force (rate|average)|national (rate|average)|england (and|&) wales)\b", re.I)),
    (Intent.LOOKUP_RATE, re.compile(r"\b(rate|rates|per 1,?000|how (many|much)|what (is|was) the (level|number|proportion|percentage)|proportion|percentage|figure)\b", re.I)),
]
_RANKING = re.compile(r"\b(highest|lowest|most|least|worst|best|top|bottom|biggest|largest|smallest)\b", re.I)
_FOLLOWUP = re.compile(
    r"^\s*(and|what about|how about|what of|same for|and what about|and for|and in|also|then|now|ok(ay)?,?|there)\b"
    r"|\b(there|those|these|that one|them|it|same)\b\??\s*$|^\s*(which|what) of (those|these|them)\b",
    re.I,
)
_ABOUT_PLACE_ONLY = re.compile(r"^\s*(and|what about|how about|and what about|same for|and for)\s+(in|for|at)?\s*", re.I)


@dataclass(frozen=True)
class Frame:
    """What a question asks: its entities, periods, comparators and intent, after resolving follow-ups."""

    text: str
    intent: Intent = Intent.NARRATIVE
    partnerships: tuple[str, ...] = ()
    unknown_places: tuple[str, ...] = ()
    wards: tuple[tuple[str, str | None], ...] = ()  # (ward, partnership)
    measures: tuple[str, ...] = ()
    periods: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    comparators: tuple[str, ...] = ()
    ranking: str | None = None  # "highest" or "lowest"
    followup: bool = False
    refers_to_previous: bool = False
    expansions: tuple[str, ...] = ()  # what the question's abbreviations stand for, as the documents define them

    def to_dict(self) -> dict:
        """JSON-able form (lists, not tuples), carried on the Answer so later turns can resolve against it."""
        return json.loads(json.dumps(asdict(self)))

    @classmethod
    def from_dict(cls, d: dict) -> "Frame":
        """Inverse of to_dict."""
        d = dict(d)
        for k in ("partnerships", "unknown_places", "measures", "periods", "years", "comparators", "expansions"):
            d[k] = tuple(d.get(k) or ())
        d["wards"] = tuple(tuple(w) for w in d.get("wards") or ())
        d["intent"] = Intent(d.get("intent") or Intent.NARRATIVE)
        return cls(**d)


def _core(name: str) -> str:
    return re.sub(r"\s*\(.*?\)", "", name).strip()


_NAME_WORDS = {"borough", "district", "city", "council", "county", "safer", "community", "safety", "partnership",
               "csp", "metropolitan", "royal", "the", "of", "and", "crime", "reduction", "disorder"}


def short_name(name: str) -> str | None:
    """A partnership's name without the words that name its kind ('Safer X Partnership' -> 'x')."""
    words = name.split()
    while words and words[0].lower() in _NAME_WORDS:
        words.pop(0)
    while words and words[-1].lower() in _NAME_WORDS:
        words.pop()
    short = " ".join(words).lower()
    return short if len(short) >= 4 and short != name.lower() else None


# a ward table's row or column of its whole: 'Total', 'All wards', 'Harrowden (all wards)', 'Borough total'
_WHOLE_AREA = re.compile(r"^\s*(?:grand\s+)?total\b|\btotal\s*$|^\s*overall\s*$|\ball\s+(?:wards|areas|divisions)\b", re.I)


@dataclass
class Gazetteer:
    """Names the corpus knows: partnerships with documents, other CSPs it mentions, and wards."""

    partnerships: dict[str, str] = field(default_factory=dict)  # lowercase core name -> partnership as stored
    other_csps: dict[str, str] = field(default_factory=dict)  # CSPs mentioned but with no document
    wards: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # lowercase ward -> (ward, partnership)
    abbreviations: dict[str, str] = field(default_factory=dict)  # 'NTE' -> 'night-time economy', as the documents define
    searched: set[str] | None = None  # the abbreviations whose long form retrieval adds (None: all)
    _patterns: dict = field(default_factory=dict, repr=False)
    _texts: dict = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, metas, texts: dict[str, str], areas=None, small_areas=()) -> "Gazetteer":
        """From document provenance, the documents' text, the tables' areas (a DataFrame or None) and the
        (ward, partnership) rows of printed ward tables that the table store did not read."""
        g = cls()
        g._texts = texts
        for m in metas.values():
            if m.partnership:
                g.partnerships[_core(m.partnership).lower()] = m.partnership
        for m in metas.values():
            if m.partnership:
                # the name people use: 'X' for 'X Borough', 'North Y' for 'Safer North Y'
                short = short_name(_core(m.partnership))
                if short and short not in g.partnerships:
                    g.partnerships[short] = m.partnership
                # a joint partnership ('Babergh and Mid Suffolk') is asked about by each of its areas, and as 'X & Y'
                parts = [p.strip() for p in re.split(r",|\s+and\s+", _core(m.partnership)) if p.strip()]
                if len(parts) >= 2:
                    g.partnerships.setdefault(" & ".join(parts).lower(), m.partnership)
                    for part in parts:
                        if len(part) >= 4:
                            g.partnerships.setdefault(part.lower(), m.partnership)
        if areas is not None and len(areas):
            for row in areas.itertuples(index=False):
                area = str(getattr(row, "area"))
                kind = str(getattr(row, "area_type"))
                if kind == "ward" and not g._whole_area(area):
                    g.wards.setdefault(area.lower(), (area, getattr(row, "partnership", None)))
        for area, partnership in small_areas:
            if g._whole_area(area):
                continue  # a ward table's total ('Total', 'Harrowden (all wards)', 'Harrowden borough') is no ward
            # 'Cherrywood (Rushmoor)' is asked about as 'Cherrywood' too
            for key in dict.fromkeys((area.lower(), re.sub(r"\s*\(.*?\)\s*$", "", area).lower())):
                if key and key not in g.partnerships:
                    g.wards.setdefault(key, (area, partnership))
        for text in texts.values():
            for m in _CSP_LIST.finditer(text):
                for name in re.split(r",|\band\b", m.group("names")):
                    name = re.sub(r"[()\[\]*]", "", name).strip(" .;:")
                    if 3 <= len(name) <= 40 and name[:1].isupper() and name.lower() not in g.partnerships:
                        g.other_csps.setdefault(name.lower(), name)
        for key in list(g.other_csps):
            if key in g.wards or any(key == p or key in p.split() for p in g.partnerships):
                del g.other_csps[key]
        g.abbreviations = defined_abbreviations(texts.values())
        return g

    def _whole_area(self, name: str) -> bool:
        """Whether a ward table's area label is its whole: a total, or a partnership's own name with the kind of
        area it is ('Harrowden borough', 'HARROWDEN (all wards)')."""
        if _WHOLE_AREA.search(name):
            return True
        core = re.sub(r"\b(?:borough|district|city|council|area|csp)\b", " ", name, flags=re.I)
        core = " ".join(re.sub(r"\(.*?\)", " ", core).split()).lower()
        return core != name.lower() and core in self.partnerships

    def expansions(self, question: str, searched_only: bool = True) -> list[str]:
        """The long forms of the abbreviations a question uses ('NTE', 'nte'), when the documents define them
        (searched_only: just those retrieval should add, the ones the passages rarely print themselves)."""
        if "_lower" not in self._patterns:
            # words the documents print in lower case: 'who' is a word there, not the World Health Organization
            self._patterns["_lower"] = {w for t in self._texts.values() for w in re.findall(r"\b[a-z]{2,6}\b", t)}
        lower = self._patterns["_lower"]
        out = []
        for word in re.findall(r"\b[A-Za-z]{2,6}\b", question):
            key = word.upper()
            if key not in self.abbreviations and key.endswith("S"):
                key = key[:-1]
            long = self.abbreviations.get(key)
            if searched_only and self.searched is not None and key not in self.searched:
                continue
            typed_as_word = not word.isupper() and (len(word) < 3 or word.lower() in lower or word.lower() in _COMMON)
            if long and not typed_as_word and long.lower() not in question.lower():
                out.append(long)
        return list(dict.fromkeys(out))

    def _match(self, question: str, names: dict[str, object], cutoff: float) -> list[tuple[str, int]]:
        """Names found in the question: exact word matches, then fuzzy matches of word n-grams (typos)."""
        q = question.lower().replace("’", "'")
        found: list[tuple[str, int]] = []
        taken: list[tuple[int, int]] = []
        pattern = self._patterns.get(id(names))
        if pattern is None or pattern[0] != len(names):
            # one alternation, longest names first, compiled once per gazetteer (thousands of wards at scale)
            alts = "|".join(re.escape(k) for k in sorted(names, key=len, reverse=True)) or "(?!)"
            pattern = (len(names), re.compile(rf"(?<![\w])(?:{alts})(?![\w])"))
            self._patterns[id(names)] = pattern
        for m in pattern[1].finditer(q):
            found.append((m.group(0), m.start()))
            taken.append((m.start(), m.end()))
        words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(q)]
        keys = list(names)
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                a, b = words[i][1], words[i + n - 1][2]
                if any(x < b and a < y for x, y in taken):
                    continue
                gram = q[a:b]
                if len(gram) < 5:
                    continue
                hit = process.extractOne(gram, keys, scorer=fuzz.ratio, score_cutoff=cutoff)
                if hit and abs(len(hit[0]) - len(gram)) <= 3:
                    found.append((hit[0], a))
                    taken.append((a, b))
                elif n >= 2:
                    short = self._shortened(gram, names)
                    if short:
                        found.append((short, a))
                        taken.append((a, b))
        return sorted(found, key=lambda kv: kv[1])

    def _shortened(self, gram: str, names: dict[str, object]) -> str | None:
        """The one name whose words the gram's words begin, one or more cut short ('mill central' for
        Millbrook Central), else None."""
        index = self._patterns.get(("first", id(names)))
        if index is None or index[0] != len(names):
            by_first: dict[str, list[str]] = {}
            for k in names:
                by_first.setdefault(k.split()[0][:3], []).append(k)
            index = (len(names), by_first)
            self._patterns[("first", id(names))] = index
        words = re.sub(r"'s$", "", gram).split()
        if any(len(w) < 3 for w in words):
            return None
        hits = [k for k in index[1].get(words[0][:3], ()) if len(k.split()) == len(words)
                and all(kw.startswith(w) for w, kw in zip(words, k.split())) and k != gram]
        return hits[0] if len(hits) == 1 else None

    def partnerships_in(self, question: str) -> list[str]:
        """Partnerships with documents that the question names (typos forgiven)."""
        found = [(pos, self.partnerships[k]) for k, pos in self._match(question, self.partnerships, 86)]
        # the names people use for a place ('Cannock' for Cannock Chase), from the list of real places
        from ..ingest.places import find_places

        for place in find_places(question):
            key = _core(place.name).lower()
            if key in self.partnerships:
                found.append((place.start, self.partnerships[key]))
        return list(dict.fromkeys(p for _, p in sorted(found, key=lambda t: t[0])))

    def unknown_in(self, question: str) -> list[str]:
        """Places named in the question that the corpus holds no document for and never mentions.

        Real places come from the bundled list of England and Wales (local authorities, counties,
        police force areas, with aliases such as 'Northants'); a place any document prints is covered.
        """
        found = [self.other_csps[k] for k, _ in self._match(question, self.other_csps, 90)]
        # a partnership named in one breath with a covered one, as the documents print the pair ('<county> and
        # <city>' is the force area's name): the pair is the area asked about, not a partnership without documents
        found = [n for n in found if not any(
            self._mentioned(pair) for k in {re.sub(r"\s*\(.*?\)", "", k) for k in self.partnerships}
            for pair in (f"{k} and {n}", f"{n} and {k}")
            if re.search(rf"\b{re.escape(pair)}\b", question, re.I))]
        from ..ingest.places import find_places

        known = " ".join([*self.partnerships, *self.wards]).lower()
        for place in find_places(question):
            typed = question[place.start : place.end]
            name = place.name
            if typed.lower() in known or name.lower() in known or any(k in name.lower() for k in self.partnerships):
                continue
            if self._mentioned(typed) or self._mentioned(name):
                continue
            found.append(name)
        return list(dict.fromkeys(found))

    def places_within(self, question: str, metas) -> list[str]:
        """Partnerships whose documents alone print a real place the question names (a district inside a
        partnership's area, such as one of three merged districts)."""
        from ..ingest.places import find_places

        out = []
        for place in find_places(question):
            typed = question[place.start : place.end]
            if typed.lower() in self.partnerships or place.name.lower() in self.partnerships:
                continue
            cache = self.__dict__.setdefault("_owner_cache", {})
            if typed.lower() not in cache:  # the corpus is read once per place name, not once per question
                pattern = re.compile(r"\b" + re.escape(typed) + r"\b", re.I)
                counts: dict[str, int] = {}
                for d, t in (self._texts or {}).items():
                    if d in metas and metas[d].partnership:
                        k = len(pattern.findall(t))
                        if k:
                            counts[metas[d].partnership] = counts.get(metas[d].partnership, 0) + k
                cache[typed.lower()] = sorted(counts.items(), key=lambda kv: -kv[1])
            ranked = cache[typed.lower()]
            # one partnership's documents print it far more often than any other's (a name can recur in a street)
            if ranked and (len(ranked) == 1 or ranked[0][1] >= 4 * ranked[1][1]):
                out.append(ranked[0][0])
        return out

    def mentions(self, name: str) -> bool:
        """Whether any document prints the name (whole words, any case)."""
        return self._mentioned(name)

    def _mentioned(self, name: str) -> bool:
        cache = self.__dict__.setdefault("_mention_cache", {})
        if name not in cache:
            # (a name printed across a line break, 'England and\nWales', is mentioned too)
            pattern = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in name.split()) + r"\b", re.I)
            cache[name] = any(pattern.search(t) for t in (self._texts or {}).values())
        return cache[name]

    def wards_in(self, question: str) -> list[tuple[str, str | None]]:
        """Wards the question names, with their partnership."""
        return list(dict.fromkeys(self.wards[k] for k, _ in self._match(question, self.wards, 88)))


_ABBREVIATIONS = {a.upper(): m.name for m in MEASURES.values() for a in m.abbreviations}


def _words_align(typed: str, form: str) -> bool:
    """A typo of a measure's name, word by word: each typed word close to the name's word in its place, and a short
    word exact ('total was' is no typo of 'total asb')."""
    a, b = typed.split(), form.split()
    if len(a) != len(b):
        return len(a) == 1 or len(b) == 1  # ('anti social' for 'antisocial': one word written as two)
    return all(x == y or (min(len(x), len(y)) > 3 and fuzz.ratio(x, y) >= 75) for x, y in zip(a, b))


def _measures_in(question: str) -> list[str]:
    found = [m for m, _, _ in find_measures(question)]
    # abbreviations typed in lower case ("asb", "ckb")
    found += [_ABBREVIATIONS[w.upper()] for w in re.findall(r"[A-Za-z&]{2,6}", question)
              if w.upper() in _ABBREVIATIONS and not w.isupper()]
    if not found:  # typos: fuzzy-match word n-grams against the vocabulary's printed forms
        forms = {normalise_label(f): m.name for m in MEASURES.values() for f in (m.name, *m.synonyms) if len(f) >= 5}
        words = re.findall(r"[a-z0-9]+", normalise_label(question))  # ('burgalry?': the question mark is no letter)
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                gram = " ".join(words[i : i + n])
                if len(gram) < 6:
                    continue
                hit = process.extractOne(gram, list(forms), scorer=fuzz.ratio, score_cutoff=86)
                if hit and _words_align(gram, hit[0]):
                    found.append(forms[hit[0]])
    return list(dict.fromkeys(found))


# a financial year put as its months: 'between April 2023 and March 2024', '1 April 2021 to 31 March 2022'
_FINANCIAL_MONTHS = re.compile(r"\b(?:1\s+)?april\s+((?:19|20)\d{2})\s*(?:-|–|to|and|until)\s*(?:31(?:st)?\s+)?march\s+((?:19|20)\d{2})\b",
                               re.I)


def _periods_in(question: str) -> tuple[list[str], list[int]]:
    periods, years = [], []
    for m in _FINANCIAL_MONTHS.finditer(question):
        a, b = int(m.group(1)), int(m.group(2))
        if b == a + 1:
            periods.append(f"{a}-{str(b)[-2:]}")
            years.append(a)
    if periods:
        question = _FINANCIAL_MONTHS.sub(" ", question)
    for m in PERIOD_RANGE.finditer(question):
        a, b = m.group(1), m.group(2)
        b2 = b[-2:]
        periods.append(f"{a}-{b2}" if int(b2) == (int(a) + 1) % 100 else f"{a}-{b if len(b) == 4 else b2}")
        years.append(int(a))
    stripped = PERIOD_RANGE.sub(" ", question)
    for m in _YEAR.finditer(stripped):
        years.append(int(m.group(1)))
    return periods, years


# A named police force area, county, region or country in a question is a comparator of that kind; the names
# come from the places data, never from code.
PLACE_COMPARATOR = {"police_force": "force", "county": "force", "region": "region", "country": "national"}


def _comparators_in(question: str, partnerships: tuple[str, ...] | list[str] = ()) -> list[str]:
    from ..ingest.places import find_places

    q = re.sub(r"\bcounty lines?\b", " ", question.lower())  # drug lines, not the county as a comparator
    q = re.sub(r"\bavg\b\.?", "average", q)
    found = [name for name, cues in COMPARATORS.items() if any(re.search(rf"\b{re.escape(c)}\b", q) for c in cues)]
    own = {_core(p).lower() for p in partnerships}
    found += [PLACE_COMPARATOR[p.type] for p in find_places(question)
              if p.type in PLACE_COMPARATOR and p.name.lower() not in own]  # a partnership asked about is no comparator
    return list(dict.fromkeys(found))


def classify(question: str, frame: Frame) -> Intent:
    """The question's intent by cue words and entities."""
    q = question
    if re.match(r"\s*(why|how (did|does|has|have|is|are)|what (happened|is driving|explains|caused))\b", q, re.I) \
            and not re.search(r"\b(rate|how many|times|rank|percent|compare|higher|lower)\b", q, re.I):
        return Intent.RECOMMENDATION if INTENT_RULES[1][1].search(q) else Intent.NARRATIVE
    if re.match(r"\s*(who|whom|whose)\b", q, re.I):
        # a question about people is answered from the text, never as a figure
        return Intent.GOVERNANCE if INTENT_RULES[0][1].search(q) else Intent.NARRATIVE
    comparing = re.search(r"\b(which|what) (partnership|csp|district|borough)s?\b|\bacross (the )?(partnerships|csps|districts)\b|"
                          r"\beach (partnership|csp)\b|\bcompare\b.*\band\b", q, re.I)
    if comparing and frame.comparators and len(frame.partnerships) <= 1 and not comparing.group(0).lower().startswith(("which", "what", "across", "each")):
        comparing = None  # 'compare Torbay with Devon and Cornwall': a partnership against its comparator
    if len(frame.partnerships) >= 2 or comparing:
        if not re.search(r"\bwards?\b", q, re.I) or len(frame.partnerships) >= 2:
            return "compare_partnerships"
    # ('is X's rate above the force average, and by how much?' asks the gap to the comparator, not a change)
    against = bool(frame.comparators) and re.search(r"\b(above|below|higher|lower|than|against|vs\.?|versus)\b", q, re.I)
    if len(set(frame.years)) >= 2 or len(frame.periods) >= 2 or (ASKS_CHANGE_FIGURE.search(q) and not against):
        return "compare_years"
    if frame.comparators and frame.measures and re.search(r"\b(vs\.?|versus|v|against|compared?|compares|comparison|"
                                                          r"above|below|higher|lower|better|worse)\b", q, re.I):
        return "compare_local_force"  # 'harrowden vs family group for all crime?': a measure against a comparator
    for intent, rule in INTENT_RULES:
        if rule.search(q):
            if intent == Intent.LOOKUP_RATE and frame.comparators and frame.measures:
                return "compare_local_force"
            if intent == Intent.WARD_HOTSPOT and not (frame.measures or _RANKING.search(q) or re.search(r"\bhot ?spot|high|priority|concern|problem", q, re.I)):
                continue
            if intent == Intent.LOOKUP_RATE and frame.comparators:
                return "compare_local_force"
            return intent
    return "narrative"


_COMMON = {"who", "what", "how", "why", "was", "are", "has", "can", "its", "our", "all", "any", "per", "and", "the", "for"}
_PARENTHESISED = re.compile(r"(?<=[A-Za-z]) ?\((?P<abbr>[A-Z]{2,6})s?\)")
_GLOSSARY = re.compile(r"^\s*(?P<abbr>[A-Z]{2,6})s?\s*(?:[-–—:=]|\t|\s{2,})\s*(?P<long>[A-Za-z][^\n]{3,80}?)\s*$", re.M)


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words).upper()


def defined_abbreviations(texts) -> dict[str, str]:
    """Abbreviations the documents define, in a glossary line ('NTE - night-time economy') or in the text
    ('night-time economy (NTE)'): the long form's words must spell the abbreviation."""
    out: dict[str, str] = {}
    for text in texts:
        for m in _GLOSSARY.finditer(text):
            long = re.sub(r"^(?:the|a|an)\s+", "", m.group("long").strip(" .;,"), flags=re.I)
            words = re.findall(r"[A-Za-z]+", long)
            if words and words[0][0].upper() == m.group("abbr")[0]:
                out.setdefault(m.group("abbr"), long)
        for m in _PARENTHESISED.finditer(text):
            abbr = m.group("abbr")
            # the long form is in the few words before the brackets
            words = re.findall(r"[A-Za-z]+", text[max(0, m.start() - 90) : m.start()].split("\n")[-1])[-7:]
            small = {"of", "and", "the", "for", "in", "on", "to", "with", "a"}
            for k in range(len(words)):
                tail = words[k:]
                if tail[0].lower() in small | {"an"}:
                    continue  # a long form starts with a word of its own, not 'of' or 'the'
                if _initials(tail) == abbr or _initials([w for w in tail if w.lower() not in small]) == abbr:
                    out.setdefault(abbr, " ".join(tail))
                    break
    return out


def _named_as_comparator(question: str, partnership: str, gazetteer: Gazetteer) -> bool:
    """Whether the question names the partnership as a comparator: followed by 'force' or 'police' ('the
    Y force rate'), or as the base of a comparison ('than the Y rate', 'with the X average')."""
    names = {k for k, v in gazetteer.partnerships.items() if v == partnership} | {_core(partnership).lower()}
    for name in sorted(names, key=len, reverse=True):
        n = re.escape(name)
        if re.search(rf"\b{n}\b(?:'s)?\s+(?:force|police|constabulary)\b", question, re.I) or re.search(
                rf"\b(?:than|with|against|to|versus|vs\.?)\s+the\s+{n}\s+(?:rate|average|figure|level)s?\b", question, re.I):
            return True
    return False


def parse(question: str, gazetteer: Gazetteer) -> Frame:
    """A Frame for a question on its own."""
    periods, years = _periods_in(question)
    wards = gazetteer.wards_in(question)
    unknown = gazetteer.unknown_in(question)
    partnerships = [p for p in gazetteer.partnerships_in(question)
                    if not any(_core(p).lower() in u.lower() for u in unknown)]
    # 'X's rate against the Y force rate': a partnership named as the comparator of another
    # ('the X force rate', 'than the X rate') is that comparator, not a second partnership asked about
    as_comparator = [p for p in partnerships if len(partnerships) >= 2 and _named_as_comparator(question, p, gazetteer)]
    partnerships = [p for p in partnerships if p not in as_comparator]
    plain = without_superlative_names(question)  # ('most serious violence' names a measure, asks no ranking)
    frame = Frame(
        text=question,
        partnerships=tuple(partnerships),
        unknown_places=tuple(unknown),
        wards=tuple(wards),
        measures=tuple(_measures_in(question)),
        periods=tuple(periods),
        years=tuple(years),
        comparators=tuple(dict.fromkeys([*_comparators_in(question, partnerships), *(["force"] if as_comparator else [])])),
        ranking=("lowest" if re.search(r"\b(lowest|least|smallest|bottom|best)\b", plain, re.I)
                 else "highest" if _RANKING.search(plain) else None),
        expansions=tuple(gazetteer.expansions(question)),
    )
    return replace(frame, intent=classify(question, frame))


def resolve(question: str, gazetteer: Gazetteer, previous: Frame | None) -> Frame:
    """Parse a question and fill what a follow-up leaves out from the previous turn."""
    frame = parse(question, gazetteer)
    if previous is None:
        return frame
    short = len(question.split()) <= 8
    no_entities = not (frame.partnerships or frame.wards or frame.measures or frame.unknown_places)
    looks_followup = bool(_FOLLOWUP.search(question)) or no_entities or (short and not frame.measures and frame.intent == Intent.NARRATIVE)
    if not looks_followup:
        return frame
    refers = bool(re.search(r"\b(those|these|them|of (those|these))\b", question, re.I))
    changed_place = bool(frame.partnerships or frame.wards or frame.unknown_places)
    updates: dict = {"followup": True, "refers_to_previous": refers}
    if not frame.measures:
        updates["measures"] = previous.measures
    if not changed_place:
        updates["partnerships"] = previous.partnerships
        if not refers:
            updates["wards"] = previous.wards
    if not frame.periods and not frame.years:
        updates["periods"], updates["years"] = previous.periods, previous.years
    if not frame.comparators:
        updates["comparators"] = previous.comparators
    if frame.intent == Intent.NARRATIVE or (_ABOUT_PLACE_ONLY.match(question) and frame.intent in (Intent.LOOKUP_RATE,)):
        updates["intent"] = previous.intent
    if refers and frame.ranking:
        updates["intent"] = Intent.COMPUTED
    return replace(frame, **updates)
