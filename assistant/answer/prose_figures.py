"""Figures stated in prose, read as carefully as a table's cells.

A share whose part and whole are two sentences of one passage, a change a sentence states as 'from A to B',
and a ratio or gap between an area's figure and the comparator printed beside it (a fact card's 'Force rate:
15.8'). Each is a computed figure with its formula, citing the sentences or lines it read; each is tentative
beside the tables, shown when they hold nothing surer.
"""

from __future__ import annotations

import re

from ..retrieval.hybrid import Retrieved
from ..retrieval.lexical import terms
from ..text import SECTION_NUMBER, YEARISH, name_pattern, quoted
from .extractive import units_of



def _m(n) -> str:
    """A citation marker, or the run of markers _cite returned."""
    return n if isinstance(n, str) and n.startswith("[") else f"[{n}]"


def _ns(n) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", str(n)))


def _fmt(v: float) -> str:
    return f"{v:,.1f}" if abs(v - round(v)) > 1e-9 else f"{v:,.0f}"


# a whole and a part of it in one sentence: '63 children during the year, 41 of them for criminal exploitation'
_AND_PART = re.compile(r"\s*(?:,|and|,\s*and)\s+(\d[\d,]*)\s+((?:(?!\s+(?:and|but|while|with)\s+\d)[^.;,(]){3,80})", re.I)
_OF_THEM = re.compile(r"(?<![\w.#])(?P<whole>\d[\d,]*)\s+[A-Za-z][^.;:]{0,80}?,?\s+(?P<part>\d[\d,]*)\s+(?:of them|of which|of these|of whom)\b"
                      r"(?P<rest>(?:(?!\s+(?:and|but|while|with)\s+\d)[^.;,(]){3,80})", re.I)

# a part of a whole stated in the sentence before ('... accounted for 389 of them'); a clock time is no count
_THEM_ALONE = re.compile(r"(?<![\w.#,])(?P<part>\d[\d,]*)\s+(?:of them|of these|of those)\b", re.I)
_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b|\b\d{2}:?\d{2}\s*hrs\b", re.I)

# how a sentence states a change
_NUM_TEXT = r"\d[\d,]*(?:\.\d+)?"
_TOTAL_NUM = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]*\s*(?:%|per\b))")
_FROM_TO = re.compile(rf"\bfrom (?P<old>{_NUM_TEXT})(?:\s+\w+){{0,4}}?(?:\s+in\s+\S+)?\s+to (?P<new>{_NUM_TEXT})(?![\d/])")
# (years may stand between: '284 reports ... in 2013, up from 201 in 2012')
_GAP = rf"(?:[^.;\d]|{YEARISH.pattern})"
_DOWN_FROM = re.compile(rf"(?P<new>{_NUM_TEXT})\b{_GAP}{{0,80}}?,?\s+(?:down|up|a (?:rise|fall|drop|decrease|increase)) from "
                        rf"(?P<old>{_NUM_TEXT})(?![\d/])")
# '97 ... in 2018, compared with 104 in 2017', 'in 2018, 97 ..., compared with 104 in 2017': the later year's figure is
# the new one
_YEAR_TEXT = YEARISH.pattern
_COMPARED_WITH = re.compile(rf"(?:,\s*)?\b(?:compared with|compared to|against|versus|vs\.?) (?P<b>{_NUM_TEXT})\b[^.;\d]{{0,40}}?"
                            rf"\bin (?:(?P<yb>{_YEAR_TEXT})|(?P<rel>the (?:previous|preceding|prior) (?:year|12 months)|"
                            rf"the year before|last year|the same period (?:last|the previous) year))")
# words of when, not of what: 'the previous year', 'last year'
_WHEN_TERMS = set(terms("previous prior last year years earlier before preceding"))

# a whole and what is left of it once a part is excluded: 'a total of 2,980 ASB incidents', 'Excluding Covid incidents
# from ASB, there were 1,685 incidents'
_TOTAL_OF = re.compile(r"\ba total of (?P<t>\d[\d,]*)\b", re.I)
_EXCLUDING = re.compile(r"\bexcluding (?P<what>[^,.;]{3,60}?)(?: from [^,.;]{2,40})?, there (?:were|was) (?P<n>\d[\d,]*)\b",
                        re.I)
# '71 in 2022 (2021: 63)': the bracketed year's figure is the old one
_YEAR_IN_BRACKETS = re.compile(rf"(?P<new>{_NUM_TEXT})\b[^.;\d(]{{0,40}}?(?:\bin {_YEAR_TEXT}\s*)?"
                               rf"\((?:in\s+)?{_YEAR_TEXT}:\s*(?P<old>{_NUM_TEXT})\)")
# '9,915 ASB incidents in 2016/17, a fall of 927 on 2015/16': the old figure is the new one less the change
_CHANGE_OF = re.compile(rf"(?P<new>{_NUM_TEXT})\b{_GAP}{{0,60}}?,?\s+an? (?P<way>fall|drop|decrease|reduction|rise|increase) "
                        rf"of (?P<d>{_NUM_TEXT})\b(?!\s*(?:%|per ?cent))")
# ages name a group, not a figure ('residents aged 65 or over'); refusals' _AGES also takes any 'N to M' for a band,
# which here is the change itself ('from 27 to 41')
_AGE_WORDS = re.compile(r"\b(?:aged|under|over)\s+\d+(?:\s*(?:-|–|to)\s*\d+)?(?:\s+(?:or|and)\s+(?:over|under|older|above))?"
                        r"|\b\d+\s*(?:\+|or over|and over|or older|and older)", re.I)
_NUMBER = re.compile(rf"(?<![\d.]){_NUM_TEXT}(?![\d])")


def _old_and_new(sentence: str) -> tuple[str, str] | None:
    """The earlier and the later figure of a sentence that states a change between two periods, as printed."""
    sentence = _AGE_WORDS.sub(" ", " ".join(sentence.split()))  # (a wrapped line breaks 'compared with 66 in\n2021')
    m = _FROM_TO.search(sentence) or _DOWN_FROM.search(sentence) or _YEAR_IN_BRACKETS.search(sentence)
    if m is not None:
        return m.group("old"), m.group("new")
    m = _CHANGE_OF.search(sentence)
    if m is not None:
        new, d = float(m.group("new").replace(",", "")), float(m.group("d").replace(",", ""))
        old = new + d if m.group("way") in ("fall", "drop", "decrease", "reduction") else new - d
        return (f"{old:,.0f}" if old == int(old) and "." not in m.group("new") else f"{old:,g}"), m.group("new")
    m = _COMPARED_WITH.search(sentence)
    if m is not None:
        before = sentence[: m.start()]
        years = [y.group(0) for y in YEARISH.finditer(before)]
        plain = YEARISH.sub(lambda y: " " * len(y.group(0)), before)
        numbers = [n.group(0) for n in _NUMBER.finditer(plain)]
        if m.group("rel"):
            # ('375 offences in 2020-21, compared to 650 in the previous year'): a count, not a share or rate
            counts = [n for n in _NUMBER.finditer(plain) if not re.match(r"\s*(?:%|per\b|percent\b)", plain[n.end():])]
            return (m.group("b"), counts[-1].group(0)) if counts else None
        if years and numbers and years[-1][:4] != m.group("yb")[:4]:
            a, b = numbers[-1], m.group("b")
            return (b, a) if years[-1][:4] > m.group("yb")[:4] else (a, b)
    return None
# the comparator a question names, and how a passage prints it
_COMPARATOR = re.compile(r"\b(force|national|nationally|england|region|regional|msg|most similar|county|family|peer group|"
                         r"statistical neighbours?|wales|welsh|similar (?:areas|partnerships|csps)|comparable areas|"
                         r"comparator areas)\b", re.I)
_COMPARATOR_WORDS = {
    "forc": r"\b(?:force(?:[- ]wide)?(?: area)?(?: rate| average)?)\b",
    "nati": r"\b(?:national(?:ly)?(?: rate| average)?|england (?:and|&) wales)\b",
    "engl": r"\b(?:england (?:and|&) wales|england|national(?:ly)?)\b",
    "regi": r"\b(?:region(?:al)?(?: rate| average)?)\b",
    "msg": r"\b(?:msg|most similar (?:group|family)?)(?: average)?\b",
    "most": r"\b(?:msg|most similar (?:group|family)?)(?: average)?\b",
    # ('similar areas' is how a reader names the most similar group the tables print as 'MSG avg')
    "simi": r"\b(?:msg|most similar (?:group|family)?|similar (?:areas|partnerships|csps))(?: average| avg\.?)?",
    "comp": r"\b(?:msg|most similar (?:group|family)?|compar(?:able|ator) areas)(?: average| avg\.?)?",
    "coun": r"\b(?:county(?: rate| average)?)\b",
    "fami": r"\b(?:(?:csp |most similar |iquanta )?family(?: group)?)(?: average| avg\.?)?",
    "stat": r"\bstatistical neighbours?(?: average| avg\.?)?",
    "peer": r"\bpeer group(?: average| avg\.?)?",
    "wale": r"\b(?:all[- ])?wales(?: average| rate)?\b|\bwelsh average\b",
    "wels": r"\b(?:all[- ])?wales(?: average| rate)?\b|\bwelsh average\b",
}


def comparator_pattern(question: str) -> re.Pattern[str] | None:
    """How a passage or table prints the comparator the question names ('the family group avg'), or None."""
    asked = _COMPARATOR.search(question)
    return re.compile(_COMPARATOR_WORDS[asked.group(1).lower()[:4]], re.I) if asked else None
_AFTER = re.compile(r"[^\n.;\d]{0,60}?(?<![\d.])(\d[\d,]*(?:\.\d+)?)(?![\d/])")


_NEAR = 1500  # how far from an area's value its comparator may be printed (a fact card's lines)


def _value_after(text: str, label: re.Pattern):
    """The first number printed after a label in the same line (not a year, not 'per 1,000'): (value, start, end)."""
    found = _values_after(text, label)
    return found[0] if found else None


def _values_after(text: str, label: re.Pattern) -> list:
    """For each place the label is printed, the first number after it in the same line."""
    out = []
    for m in label.finditer(text):
        pos = m.end()
        while True:
            v = _AFTER.match(text, pos)
            if v is None:
                break
            raw = v.group(1)
            before = text[max(0, v.start(1) - 4) : v.start(1)].lower()
            if re.fullmatch(r"(19|20)\d{2}", raw) or before.endswith("per "):
                pos = v.end(1)
                continue
            try:
                out.append((float(raw.replace(",", "")), m.start(), v.end(1)))
            except ValueError:
                pass
            break
    return out


def _line_span(text: str, a: int, b: int) -> tuple[int, int]:
    """The printed line around a span."""
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    return start, (len(text) if end < 0 else end)


class ProseFigures:
    """The prose readers of the EvidenceComposer (which supplies book, weights, texts, section_of and
    partnership_of)."""

    def _prose_share(self, hits: list[Retrieved], names: list[str], topic: set[str]):
        """'What share of Gloucester's ASB was in Westgate?': the area's figure in one sentence ('Westgate ward
        recorded 1,486 ASB incidents') and the whole in a sentence of the same passage that names no area
        ('ASB incidents fell ... from 6,318 to 5,942': the latest), both about the topic."""
        from ..tables.compute import Computed

        own = {self.partnership_of(h.chunk.doc_id) for h in hits}
        need = 0.5 * sum(self.weights.idf(t) for t in topic)
        for name in sorted((n for n in names if n not in own), key=len, reverse=True):
            name_re = re.compile(r"\b" + re.escape(name) + r"\b", re.I)
            for hit in hits:
                units = [(a, b) for a, b in units_of(hit.chunk)]
                part = None
                for k, (a, b) in enumerate(units):
                    sent = hit.chunk.text[a:b]
                    found = _value_after(sent, name_re)
                    # about the topic, or after a sentence about it ('Shoplifting rose ... to 1,488. County Mall alone
                    # accounted for 604 offences.')
                    before = hit.chunk.text[units[k - 1][0] : units[k - 1][1]] if k else ""
                    if found and max(sum(self.weights.idf(t) for t in set(terms(x)) & topic) for x in (sent, before)) >= need:
                        part = (found[0], a, b)
                        break
                if part is None:
                    continue
                for a, b in units:
                    sent = hit.chunk.text[a:b]
                    if (a, b) == part[1:] or name_re.search(sent):
                        continue
                    if sum(self.weights.idf(t) for t in set(terms(sent)) & topic) < need:
                        continue
                    m = _FROM_TO.search(sent)
                    nums = [float(x.replace(",", "")) for x in ([m.group("new")] if m else _TOTAL_NUM.findall(YEARISH.sub(" ", sent)))]
                    whole = next((x for x in nums if x > part[0]), None)
                    if whole is None:
                        continue
                    n = self.book.passage(hit, tuple(sorted({part[1:], (a, b)})))
                    value = part[0] / whole * 100
                    comp = Computed(label=f"share in {name}", value=value, unit="%", formula=f"{_fmt(part[0])} / {_fmt(whole)} × 100")
                    line = f"{name}: {_fmt(part[0])} of {_fmt(whole)}, a share of {value:.1f}% [{n}]."
                    return [line], [comp.to_figure((n,))]
        return [], []

    def _prose_of_them(self, hits: list[Retrieved], topic: set[str]):
        """'What proportion of the children discussed were there for criminal exploitation?': a sentence giving a
        whole and a part of it ('discussed 63 children ..., 41 of them for criminal exploitation'), the part named
        by the question's words; the share computed."""
        if not topic:
            return [], []
        for hit in hits:
            for a, b in units_of(hit.chunk):
                sent = hit.chunk.text[a:b]
                masked = YEARISH.sub(lambda y: "#" * len(y.group(0)), sent)
                for m in _OF_THEM.finditer(masked):
                    # ('41 of them for criminal exploitation and 22 for sexual exploitation': each part)
                    more, at = [], m.end("rest")
                    while (x := _AND_PART.match(masked, at)) is not None and len(more) < 6:
                        more.append((x.group(1), x.group(2)))
                        at = x.end()
                    # the sentence is about what is asked; the part, the one the question's words name best
                    if sum(self.weights.idf(t) for t in set(terms(sent)) & topic) < 0.5 * sum(self.weights.idf(t) for t in topic):
                        continue
                    parts = [(m.group("part"), m.group("rest")), *more]
                    named = sorted(((sum(self.weights.idf(t) for t in set(terms(r)) & topic), p, r) for p, r in parts),
                                   reverse=True)
                    if not named[0][0] or (len(named) > 1 and named[0][0] == named[1][0]):
                        continue
                    found = self._of_them(hit, a, b, m.group("whole"), named[0][1], named[0][2], topic)
                    if found[0]:
                        return found
        return [], []

    def _of_them_before(self, hits: list[Retrieved], topic: set[str], names: list[str] | tuple[str, ...] = ()):
        """'What share of the NTE violent offences in the five town centres were in Millbrook?': a sentence giving a
        part of a whole the sentence before it gave ('1,046 violent offences were recorded in the five town
        centres ... Millbrook's NTE alone accounted for 389 of them'), the part's sentence naming what is asked
        and the whole the largest count of the sentence before; the share computed."""
        from ..tables.compute import Computed

        if not topic and not names:
            return [], []
        for hit in hits:
            c = hit.chunk
            doc = self.texts.get(c.doc_id) if self.texts else None
            if doc is None:
                continue
            for a, b in units_of(c):
                sent = c.text[a:b]
                m = _THEM_ALONE.search(YEARISH.sub(lambda y: "#" * len(y.group(0)), sent))
                if m is None:
                    continue
                said = sent[: m.start()]
                if _OF_THEM.search(sent) or not (set(terms(said)) & topic or any(
                        re.search(name_pattern(nm), said, re.I) for nm in names if nm)):
                    continue  # (the whole in the same sentence is _prose_of_them's; the part must be what is asked)
                # the sentence before, as printed (across the lines it is wrapped on)
                lo = max(0, c.start + a - 700)
                window = doc[lo : c.start + a].rstrip()
                k = lo + max((x.end() for x in re.finditer(r"[.!?]\s+", window)), default=0)
                raw = doc[k : lo + len(window)]
                prev = " ".join(raw.split())
                blank = lambda y: " " * len(y.group(0))  # noqa: E731 (keeps offsets)
                plain = _CLOCK.sub(blank, YEARISH.sub(blank, prev))
                # counts, not shares or rates ('8.6 per cent', '12%', '4.2 per 1,000')
                counts = [float(x.group(0).replace(",", "")) for x in _NUMBER.finditer(plain)
                          if not re.match(r"\s*(?:%|per\b|percent\b)", plain[x.end() :])]
                part = float(m.group("part").replace(",", ""))
                wholes = [x for x in counts if x > part]
                if not prev or not wholes:
                    continue
                whole = max(wholes)
                n_part = self.book.passage(hit, ((a, b),))
                n_whole = self.book.row({"doc_id": c.doc_id, "start": k, "end": k + len(raw), "section": c.section,
                                         "page": c.page, "page_inferred": c.page_inferred, "source_kind": "passage"})
                value = part / whole * 100
                comp = Computed(label="share", value=value, unit="%",
                                formula=f"{m.group('part')} / {whole:,.0f} × 100")
                marks = "".join(f"[{n}]" for n in dict.fromkeys((n_whole, n_part)))
                line = (f"{m.group('part')} of {whole:,.0f}: a share of {value:.1f}%, as “{quoted(prev)}” and "
                        f"“{quoted(sent)}” {marks}.")
                return [line], [comp.to_figure(tuple(dict.fromkeys((n_whole, n_part))))]
        return [], []

    def _of_them(self, hit, a: int, b: int, whole_text: str, part_text: str, rest: str, topic: set[str]):
        """One part of a whole stated in the sentence at (a, b), when the question's words name it."""
        from ..tables.compute import Computed

        whole, part = float(whole_text.replace(",", "")), float(part_text.replace(",", ""))
        if not (0 < part < whole) or not set(terms(rest)) & topic:
            return [], []
        n = self.book.passage(hit, ((a, b),))
        value = part / whole * 100
        what = " ".join(rest.split()).strip(" ,")
        comp = Computed(label=f"share {what}", value=value, unit="%", formula=f"{part_text} / {whole_text} × 100")
        return [f"{part_text} of {whole_text} {what}: a share of {value:.1f}% [{n}]."], [comp.to_figure((n,))]

    def _prose_change(self, hits: list[Retrieved], topic: set[str]):
        """'What was the percentage increase in NRM referrals?': a sentence about the topic that says a figure
        went from one number to another ('rose from 27 to 41', '62, down from 89'), and the change computed."""
        from ..tables.compute import Computed

        topic = topic - _WHEN_TERMS  # ('compared with the previous year' says when, not what changed)
        need = 0.5 * sum(self.weights.idf(t) for t in topic)

        def said(text: str) -> set[str]:
            # the topic's words a text states, or one of their forms ('violent' for 'violence')
            words = set(terms(text))
            return {t for t in topic if t in words or (len(t) >= 5 and any(w[:5] == t[:5] for w in words))}

        best = None
        for hit in hits:
            prev_end, prev = -1, ""
            for a, b in units_of(hit.chunk):
                sent = hit.chunk.text[a:b]
                # a sentence going on in lower case began in the line read as its section's heading ('Killed or
                # seriously injured (KSI) road casualties in the district / numbered 71 in 2022 (2021: 63).')
                began = hit.chunk.section_path[-1] if re.match(r"[a-z]", sent) and hit.chunk.section_path else ""
                found = said(began + " " + sent)
                # (the sentence before in its paragraph may name what it counts: 'PPV crime fell ... There were 375
                # violent offences in public spaces, compared to 650 in the previous year')
                context = said(prev) - found if "\n\n" not in hit.chunk.text[prev_end:a] and prev else set()
                prev_end, prev = b, sent
                if not found:
                    continue  # (the sentence itself names what changed; the one before only adds to it)
                score = sum(self.weights.idf(t) for t in found) + 0.5 * sum(self.weights.idf(t) for t in context)
                if not topic or score < need:
                    continue
                pair = _old_and_new(sent)
                if pair is None:
                    continue
                old, new = pair
                key = (score, -hit.rank)
                if best is None or key > best[0]:
                    best = (key, hit, a, b, old, new)
        if best is None:
            return [], []
        _, hit, a, b, old, new = best
        va, vb = float(old.replace(",", "")), float(new.replace(",", ""))
        if not va:
            return [], []
        n = self.book.passage(hit, ((a, b),))
        diff = Computed(label="change", value=vb - va, unit="", formula=f"{_fmt(vb)} - {_fmt(va)}")
        pct = Computed(label="% change", value=(vb - va) / va * 100, unit="%",
                       formula=f"({_fmt(vb)} - {_fmt(va)}) / {_fmt(va)} × 100")
        word = "rose" if vb > va else "fell" if vb < va else "was unchanged"
        line = (f"It {word} from {old} to {new}: a change of {vb - va:+,g} ({pct.value:+.1f}%), as "
                f"“{quoted(hit.chunk.text[a:b])}” [{n}].")
        return [line], [pct.to_figure((n,)), diff.to_figure((n,))]

    def _excluded_share(self, hits: list[Retrieved], question: str):
        """'What proportion of all ASB incidents were Covid breaches rather than traditional ASB?': a passage giving
        the whole ('a total of 2,980 ASB incidents') and the rest once a part is left out ('Excluding Covid
        incidents from ASB, there were 1,685 incidents'): the part is the difference, its share worked out."""
        from ..tables.compute import Computed

        asked = set(terms(question))
        for hit in hits:
            text = hit.chunk.text
            flat = " ".join(text.split())
            ex = _EXCLUDING.search(flat)
            tot = _TOTAL_OF.search(flat)
            if ex is None or tot is None:
                continue
            whole, rest = float(tot.group("t").replace(",", "")), float(ex.group("n").replace(",", ""))
            if not 0 < rest < whole:
                continue
            left_out = set(terms(ex.group("what")))
            # (what the rest is called, less the whole's own words: 'traditional', not 'ASB incidents')
            whole_words = set(terms(flat[max(0, tot.start() - 120) : tot.end() + 60]))
            after = set(terms(flat[ex.end() : ex.end() + 120])) - whole_words - left_out
            if left_out & asked:
                part, value_of = whole - rest, ex.group("what")
            elif after & asked:
                part, value_of = rest, "the rest"
            else:
                continue
            spans = []
            for m in (tot, ex):  # each sentence where the passage prints it
                at = text.find(" ".join(m.group(0).split()[:3]))
                if at >= 0:
                    end = text.find(".", at)
                    spans.append((at, end + 1 if end > 0 else len(text)))
            n = self.book.passage(hit, tuple(spans) or ((0, len(text)),))
            value = part / whole * 100
            comp = Computed(label=f"share: {value_of}", value=value, unit="%",
                            formula=(f"({_fmt(whole)} - {_fmt(rest)}) / {_fmt(whole)} × 100" if part != rest
                                     else f"{_fmt(rest)} / {_fmt(whole)} × 100"))
            said = (f"{_fmt(whole - rest)} of {tot.group('t')} ({tot.group('t')} less the {ex.group('n')} left once "
                    f"{ex.group('what')} are excluded)" if part != rest else f"{ex.group('n')} of {tot.group('t')}")
            figs = [comp.to_figure((n,))]
            if part != rest:
                figs.append(Computed(label=value_of, value=part, unit="count",
                                     formula=f"{_fmt(whole)} - {_fmt(rest)}").to_figure((n,)))
            return [f"{said}: a share of {value:.1f}% [{n}]."], figs
        return [], []

    def _points_gap(self, hits: list[Retrieved], topic: set[str], question: str = ""):
        """'By how many percentage points did the rise in crime outpace the force-wide rise?': a sentence about the
        topic that states two percentages ('risen ... (+53%), faster than the force-wide increase (+39%)'), and the
        gap between them in percentage points. With more than two, the area's own (the first) and the one beside the
        comparator the question names ('29.6%, against 24.8% for Gloucestershire and 25.3% for England and Wales':
        the county's, for 'the county rate')."""
        from ..tables.compute import Computed

        pct = re.compile(r"(?<![\d.])([-+−]?\d+(?:\.\d+)?)\s*(?:%|per ?cent\b)")
        best = None
        for hit in hits:
            for a, b in units_of(hit.chunk):
                sent = hit.chunk.text[a:b]
                plain = YEARISH.sub(lambda y: " " * len(y.group(0)), sent)
                found = pct.findall(plain)
                if len(found) > 2 and question:
                    found = self._own_and_comparator_pct(plain, pct, question) or found
                if len(found) != 2 or not topic:
                    continue
                score = sum(self.weights.idf(t) for t in set(terms(sent)) & topic)
                if score and (best is None or score > best[0]):
                    best = (score, hit, a, b, found)
        if best is None:
            return [], []
        _, hit, a, b, (x, y) = best
        vx, vy = (float(v.replace("−", "-")) for v in (x, y))
        n = self.book.passage(hit, ((a, b),))
        gap = Computed(label="gap in percentage points", value=abs(vx - vy), unit="percentage points",
                       formula=f"{_fmt(max(vx, vy))} - {_fmt(min(vx, vy))}")
        line = (f"{x}% against {y}%: a gap of {abs(vx - vy):.1f} percentage points, as “{quoted(hit.chunk.text[a:b])}” "
                f"[{n}].")
        return [line], [gap.to_figure((n,))]

    @staticmethod
    def _own_and_comparator_pct(sent: str, pct: re.Pattern, question: str) -> list[str] | None:
        """The first percentage of a sentence and the one printed beside the comparator the question names (as the
        question calls it, or a place of that kind), or None."""
        from ..ingest.places import find_places
        from .understand import PLACE_COMPARATOR, _comparators_in

        comp_re = comparator_pattern(question)
        kinds = set(_comparators_in(question))  # ('the county rate' is the force's kind: 'Gloucestershire')
        spans = [m.span() for m in comp_re.finditer(sent)] if comp_re else []
        spans += [(p.start, p.end) for p in find_places(sent) if PLACE_COMPARATOR.get(p.type) in kinds]
        found = list(pct.finditer(sent))
        if not spans or len(found) < 3:
            return None
        near = []
        for a, b in spans:
            # 'X% for <comparator>', else '<comparator> rate of X%': the percentage within a few words of it
            before = [m for m in found if 0 <= a - m.end() <= 12]
            after = [m for m in found if 0 <= m.start() - b <= 25]
            near += before[-1:] or after[:1]
        near = list(dict.fromkeys(near))
        if len(near) != 1 or near[0] is found[0]:
            return None
        return [found[0].group(1), near[0].group(1)]

    def _own_against(self, hits: list[Retrieved], question: str, comp_re: re.Pattern):
        """'How does the borough's crime rate compare with England and Wales as a ratio?': a sentence about the
        measure that gives the area's own figure and then the comparator's ('The borough's crime rate was 1,093.6
        per 10,000 residents, ... above the England and Wales rate of 897.0'), the first over the second."""
        from ..tables.compute import Computed

        asked = set(terms(re.sub(r"(?i)\b(compar\w*|ratio|times|how|many|multiple|with|against|as|the|of)\b", " ",
                                  comp_re.sub(" ", question)))) - set(terms(" ".join(self.partnership_of(h.chunk.doc_id) or ""
                                                                                    for h in hits)))
        for hit in hits:
            for a, b in units_of(hit.chunk):
                sent = hit.chunk.text[a:b]
                m = comp_re.search(sent)
                if m is None or not asked or len(set(terms(sent[: m.start()])) & asked) < min(2, len(asked)):
                    continue
                after = _value_after(sent[m.start():], comp_re)
                plain = YEARISH.sub(lambda y: " " * len(y.group(0)), sent[: m.start()])
                before = [x for x in _NUMBER.finditer(plain) if not re.match(r"\s*%", plain[x.end():])
                          and not re.search(r"\bper\s*$", plain[: x.start()], re.I)]
                if after is None or not before or not after[0]:
                    continue
                own_text = before[0].group(0)
                own = float(own_text.replace(",", ""))
                ratio = own / after[0]
                n = self.book.passage(hit, ((a, b),))
                comp = Computed(label="ratio to the comparator", value=ratio, unit="times",
                                formula=f"{_fmt(own)} / {_fmt(after[0])}")
                label = " ".join(m.group(0).split())
                span = sent[m.start():][after[1] : after[2]]
                comp_text = ([x.group(0) for x in _NUMBER.finditer(span)] or [_fmt(after[0])])[-1]  # (as printed: '897.0')
                line = (f"{own_text} is {ratio:.2f} times the {label} figure of {comp_text}, as “{quoted(sent)}” [{n}].")
                return [line], [comp.to_figure((n,))]
        return [], []

    def _passage_pair(self, hits: list[Retrieved], question: str, names: list[str], times: bool):
        """'Chadsmead's DA rate as a multiple of the force rate': the value printed beside the area's name and
        the nearest value printed beside the comparator's, in one passage or the lines around it
        ('Chadsmead (22.3)', 'Force rate (per 1,000 people): 15.8')."""
        from ..tables.compute import Computed

        comp_re = comparator_pattern(question)
        own = {self.partnership_of(h.chunk.doc_id) for h in hits}
        areas = sorted(dict.fromkeys(n for n in names if n not in own), key=lambda n: (question.lower().find(n.lower()) % 10_000))
        if comp_re is None and len(areas) >= 2 and all(n.lower() in question.lower() for n in areas[:2]):
            # two areas compared ('how many more ASB incidents per 1,000 did Ferry Lane have than Ashcombe?'): the one
            # named second is the base
            comp_re = re.compile(r"\b" + re.escape(areas[1]) + r"\b", re.I)
            areas, base_area = areas[:1], areas[1]
        else:
            base_area = None
        if comp_re is None:
            return [], []
        difference = bool(re.search(r"\bhow many (?:more|fewer|less)\b|\bdifference\b|\bgap\b", question, re.I))
        if not areas and times:
            out = self._own_against(hits, question, comp_re)
            if out[0]:
                return out
        for name in sorted(areas, key=len, reverse=True):  # areas within a partnership
            name_re = re.compile(r"\b" + re.escape(name) + r"\b", re.I)
            for hit in hits:
                c = hit.chunk
                doc = self.texts.get(c.doc_id)
                if doc is None or doc[c.start : c.end] != c.text:
                    continue
                local = _value_after(c.text, name_re)
                if local is None:
                    continue
                v, va, vb = local[0], c.start + local[1], c.start + local[2]
                # the comparator is looked for in the passage's section (a fact card), nearest the area's value
                lo, hi = self.section_of(c) if self.section_of else (c.start, c.end)
                lo, hi = max(lo, va - _NEAR), min(hi, vb + _NEAR)
                found = [(abs(x[1] + lo - va), x) for x in _values_after(doc[lo:hi], comp_re)]
                found = [f for f in found if f[1][0] and f[1][2] + lo != vb]  # not the area's own number
                if not found:
                    continue
                cval, ca, cb = min(found)[1]
                ca, cb = ca + lo, cb + lo
                ns = []
                for a, b in dict.fromkeys((_line_span(doc, va, vb), _line_span(doc, ca, cb))):
                    ns.append(self.book.row({"doc_id": c.doc_id, "start": a, "end": b, "section": c.section, "page": c.page,
                                             "page_inferred": c.page_inferred, "source_kind": "passage"}))
                label = comp_re.match(doc, ca)
                what = base_area or " ".join((label.group(0) if label else doc[ca:cb]).split()).lower()
                if times:
                    value, unit, formula = v / cval, "times", f"{_fmt(v)} / {_fmt(cval)}"
                    said = f"{value:.2f} times"
                elif difference:
                    value, unit, formula = v - cval, "", f"{_fmt(v)} - {_fmt(cval)}"
                    said = f"{abs(value):,.1f} {'more' if value >= 0 else 'fewer'}".replace(".0 ", " ")
                else:
                    value, unit, formula = (v - cval) / cval * 100, "%", f"({_fmt(v)} - {_fmt(cval)}) / {_fmt(cval)} × 100"
                    said = f"{abs(value):.1f}% {'above' if value >= 0 else 'below'}"
                figure = Computed(label=f"{name} against {what}", value=value, unit=unit, formula=formula)
                topic = f" ({SECTION_NUMBER.sub('', c.section_path[-1])})" if c.section_path else ""
                line = f"{name}{topic}: {_fmt(v)} against {_fmt(cval)} ({what}), {said} {''.join(_m(n) for n in ns)}."
                return [line], [figure.to_figure(tuple(ns))]
        return [], []
