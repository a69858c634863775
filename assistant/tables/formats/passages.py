"""Rates stated in prose ('a rate of 38.8 per 1,000 residents ... the force-wide rate (41.0)') and
population figures, kept beside the table values so disagreements between them can be shown.

Only a few sentence patterns are read, and a figure is kept only when its measure and its area are
both clear: a rate stated for the partnership ('a rate of N', 'N ... compared to M'), a comparator
named right before or after its number ('the force-wide rate (41.0)', '21.2 at a national level'),
or a ward named just before its number. Everything else is left to the text passages.
"""

from __future__ import annotations

import re

import pandas as pd

from assistant.tables.cells import parse_number
from assistant.tables.context import FORCE_AREA, DocContext
from assistant.tables.formats.cards import FIELD
from assistant.tables.periods import parse_period
from assistant.tables.vocabulary import find_measures, normalise_unit
from assistant.text import NUMERIC_ROW, SENTENCE_END, SUPERSCRIPT_DIGITS

# (a number may end a sentence: '... the England and Wales rate 36.2.')
_NUM = re.compile(r"(?<![\w.,£+\-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\d%,.]\d)(?!\s*%)(?!\d)(?!\.\d)")
_UNIT = (r"(?:incidents\s+|offences\s+|crimes\s+)?(per\s+[\d,]+(?:\s+(?:residents|population|people|pop\.?|U18s|"
         r"under[\s-]?18s?(?:\s+year\s+olds)?|adults(?:\s+over\s+\d+)?))?)")
_UNIT_AFTER = re.compile(r"^\s*" + _UNIT, re.I)
_UNIT_ANY = re.compile(_UNIT, re.I)
_SKIP_AFTER = re.compile(r"^\s*(?:-\s*\d|times|years?|hrs|hours|months|weeks|days|wards|of \d|x\b)", re.I)
_SKIP_BEFORE = re.compile(r"(?:aged|ages?|between|top|bottom|out of|less than|more than|under|over|increase of|"
                          r"reduction of|decrease of|fall of|rise of|by|n=|£)\s*(?:around\s+|about\s+)?$", re.I)
_NATIONAL = r"national(?:ly)?(?:\s+(?:level|levels|average|rate))?|England\s*(?:&|and)\s*Wales|\bEngland\b"
_REGION = r"region(?:al)?\b"
_ANAPHORA = re.compile(r"^(?:This|It|However|Which|These|That)\b|\b(?:this|the) rate\b|\bthat (?:for|seen)\b")
_POP = re.compile(r"(?:population of|has)\s+(?P<q>around |approximately |about |over |an estimated )?"
                  r"(?P<n>\d{1,3}(?:,\d{3})+)\s+(?:people|residents)", re.I)


def _cues(ctx: DocContext) -> dict[str, re.Pattern[str]]:
    names = "|".join(re.escape(n) for n in sorted(ctx.force_names))
    force = r"force[\s-]*(?:wide|area|average|level|rate)s?\b|\bthe force\b"
    if names:
        force += rf"|\b(?:{names})(?:\s+(?:and|&)\s+[A-Z][\w-]+)?(?:\s+Force Area)?\b"
    p = ctx.partnership or ""
    local = [re.escape(p)] + ([re.escape(p.split()[0])] if len(p.split()[0]) >= 4 else []) if p else []
    out = {"force": re.compile(force, re.I), "national": re.compile(_NATIONAL, re.I),
           "region": re.compile(_REGION, re.I)}
    if local:
        out["partnership"] = re.compile(r"\b(?:" + "|".join(local) + r")\b|\blocally\b")
    if ctx.wards:
        out["ward"] = re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(ctx.wards, key=len, reverse=True)) + r")\b(?:\s+ward)?")
    return out


# a line printed as a table row: cells set apart by runs of spaces, or a label and its numbers
_SPACED_CELLS = re.compile(r"\S {2,}\S.* {2,}\S")


def _rowlike(line: str) -> bool:
    return bool(_SPACED_CELLS.search(line) or NUMERIC_ROW.match(line))


def _sentences(text: str, base: int) -> list[tuple[str, int]]:
    out, last = [], 0
    for m in SENTENCE_END.finditer(text):
        out.append((text[last:m.start()], base + last))
        last = m.end()
    out.append((text[last:], base + last))
    return out


_COMPARE_BEFORE = re.compile(r"(?:compared\s+(?:to|with)|than|since|from|on|previous|last)\s+(?:the\s+)?(?:levels\s+recorded\s+in\s+the\s+)?$", re.I)


def _period_for(sent: str, a: int, after: str) -> str | None:
    """A figure's period: one printed right after it, else one stated earlier in the sentence
    (not one it is compared with), else a year in brackets ('latest available data (2019)')."""
    own = re.match(r"^[^.;]{0,30}?\b(?:in|for|during)\s+((?:19|20)\d{2}[-–/]\d{2})\b", after)
    if own:
        return parse_period(own.group(1))[0]
    found = None
    for m in re.finditer(r"(?<!\d)(?:19|20)\d{2}\s*[-–/]\s*\d{2}(?!\d)", sent[:a]):
        if not _COMPARE_BEFORE.search(sent[: m.start()]):
            found = parse_period(m.group(0))[0] or found
    if found:
        return found
    year = re.search(r"\(((?:19|20)\d{2})\)", sent[:a])
    return year.group(1) if year else None


class PassageReader:
    """Reads the figures of one document's prose."""

    def __init__(self, ctx: DocContext):
        self.ctx = ctx
        self.cues = _cues(ctx)
        self.table_id = ctx.new_table_id("text_figures")
        self.rows: list[list[str]] = []

    def _area(self, kind: str, match: re.Match[str] | None) -> tuple[str | None, str]:
        if kind == "force":
            return FORCE_AREA, "force"
        if kind == "national":
            text = match.group(0) if match else ""
            return ("England & Wales" if "wales" in text.lower() else "England" if "england" in text.lower()
                    else "National"), "national"
        if kind == "region":
            named = {v["area"] for v in self.ctx.values if v["area_type"] == "region"}
            return (named.pop() if len(named) == 1 else "Region"), "region"
        if kind == "ward" and match:
            return self.ctx.ward_name(match.group(1)) or match.group(1), "ward"
        return self.ctx.partnership, "partnership"

    def _last_cue(self, text: str, kinds: tuple[str, ...]) -> tuple[str, re.Match[str]] | None:
        best: tuple[str, re.Match[str]] | None = None
        for kind in kinds:
            pat = self.cues.get(kind)
            for m in pat.finditer(text) if pat else []:
                if best is None or m.start() > best[1].start():
                    best = (kind, m)
        return best

    def _lead_cue(self, text: str) -> tuple[str, re.Match[str]] | None:
        """A cue opening the text after a number: '21.2 at a national level', '1.4 force-wide'."""
        m = re.match(r"^\s*,?\s*(?:(?:at an?|across|for|in|throughout)\s+)?(?:the\s+)?", text)
        rest = text[m.end():] if m else text
        for kind in ("force", "national", "region", "partnership"):
            pat = self.cues.get(kind)
            cm = pat.match(rest) if pat else None
            if cm:
                return kind, cm
        return None

    def _tight_cue(self, before: str) -> tuple[str, re.Match[str]] | None:
        """A cue just before a number: 'the force-wide rate (41.0)', 'regional (30.8)', 'the town ward (8.0)'."""
        tail = re.search(r"(?:[\s\-]+(?:rate|level|levels|average|figure|area|wide))*\s*(?:of|is|was|at|:)?\s*\(?\s*$", before)
        head = before[: tail.start()] if tail else before
        hit = self._last_cue(head, ("force", "national", "region", "ward", "partnership"))
        if hit and head[hit[1].end():].strip() == "":
            return hit
        return None

    def read(self) -> None:
        """Read every prose line and register the figures found as one 'text_figures' table."""
        ctx = self.ctx

        def prose(line) -> bool:
            text = line.text.strip()
            return bool(text) and not (line.tabbed or line.idx in ctx.used_lines or text[0] in SUPERSCRIPT_DIGITS
                                       or FIELD.match(text))

        # a paragraph hard-wrapped over several printed lines is read whole: the measure named on its first line
        # is the measure of the rate printed on its second
        lines = list(ctx.lines)
        i = 0
        while i < len(lines):
            line = lines[i]
            if not prose(line):
                i += 1
                continue
            j = i
            while (j + 1 < len(lines) and prose(lines[j + 1]) and lines[j + 1].idx == lines[j].idx + 1
                   and not _rowlike(lines[j].text) and not _rowlike(lines[j + 1].text)
                   and not re.search(r"[.!?:]\s*$", lines[j].text) and len(lines[j].text.strip()) >= 40
                   and not re.match(r"\s*(?:[-•*▪◦–]|\d{1,2}[.)])\s", lines[j + 1].text)):
                j += 1
            last = lines[j]
            if len(ctx.doc.text[line.start:last.end].strip()) >= 40:
                s0, _ = ctx.trim(line.start, last.end)
                self._paragraph(ctx.doc.text[s0:last.end], s0)
            i = j + 1
        if self.rows:
            frame = pd.DataFrame(self.rows, columns=["Sentence", "Figure", "Area", "Measure", "Unit"])
            spans = [v for v in ctx.values if v["table_id"] == self.table_id]
            ctx.add_table("text_figures", "Figures stated in the text", frame, min(v["start"] for v in spans),
                          max(v["end"] for v in spans), ctx.period, None, table_id=self.table_id,
                          notes=("rates and populations read from sentences; each row cites its sentence",))

    def _paragraph(self, text: str, base: int) -> None:
        last_measure: str | None = None
        last_unit: str | None = None
        mention: str | None = None
        qualifier: str | None = None
        period: str | None = None
        for sent, start in _sentences(text, base):
            anaphoric = bool(_ANAPHORA.search(sent))
            low = sent.lower()
            if re.search(r"excluding covid|excl\.? covid", low):
                qualifier = "excl. Covid"
            elif re.search(r"breach(?:es)? of covid|covid[- ]related legislation", low):
                qualifier = "Covid breaches"
            elif not anaphoric:
                qualifier = None
            carried = period if anaphoric else None
            self._populations(sent, start)
            unit_spans = [(u.start(1), u.end(1)) for u in _UNIT_ANY.finditer(sent)]
            mentions = [mm for mm in find_measures(sent) if not any(a <= mm[1] < b for a, b in unit_spans)]
            prev_end = 0
            numbers = [m for m in _NUM.finditer(sent) if not any(a <= m.start() < b for a, b in unit_spans)]
            sent_units: list[str] = []
            for k, num in enumerate(numbers):
                a, b = num.start(), num.end()
                nxt = numbers[k + 1].start() if k + 1 < len(numbers) else len(sent)
                before, after = sent[max(prev_end, a - 90):a], sent[b:nxt]
                prev_end = b
                raw = num.group(0)
                if (not num.group(2) and re.fullmatch(r"(19|20)\d\d", raw)) or _SKIP_AFTER.match(after) or _SKIP_BEFORE.search(before):
                    continue
                unit_m = _UNIT_AFTER.match(after)
                unit_printed = unit_m.group(1) if unit_m else None
                area = self._decide(sent, a, before, after, unit_m)
                if area is None:
                    continue
                hit = next(((m, ms, e) for m, ms, e in reversed(mentions) if e <= a), None)
                measure, printed = (hit[0], sent[hit[1]:hit[2]]) if hit else (None, None)
                if measure is None:
                    measure = last_measure or (mention if anaphoric else None)
                if measure is None:
                    continue
                unit = normalise_unit(unit_printed, measure) if unit_printed else (sent_units[-1] if sent_units else last_unit)
                if unit is None and not re.search(r"\brates?\b", low):
                    continue
                note = None
                if unit is None:
                    unit, note = "per 1,000 population", "unit not printed beside the figure; the sentence describes rates"
                if not (unit_printed or num.group(2) or sent_units):
                    continue
                sent_units.append(unit)
                parsed = parse_number(raw)
                if parsed is None:
                    continue
                period = _period_for(sent, a, after) or carried
                rec = self.ctx.add_value(
                    self.table_id, row=(start, start + len(sent)), cell=(start + a, start + b), value=parsed.value,
                    period=period or self.ctx.period, area=area[0], area_type=area[1], area_printed=None,
                    measure=measure, measure_printed=printed, qualifier=qualifier, value_text=raw,
                    decimals=parsed.decimals, unit=unit, unit_printed=unit_printed, note=note, source_kind="passage")
                self.rows.append([rec["row_text"], raw, area[0] or "", measure, unit])
                last_measure, last_unit = measure, unit
            if mentions:
                mention = mentions[-1][0]

    def _decide(self, sent: str, a: int, before: str, after: str, unit_m: re.Match[str] | None) -> tuple[str | None, str] | None:
        """The area a number describes, or None when the sentence does not make it clear."""
        rest = after[unit_m.end():] if unit_m else after
        if re.match(r"^\s*\)?\s*,?\s*compared\b", rest) or re.match(r"^\s*,?\s*locally\b", rest):
            ward = self._last_cue(before, ("ward",))
            return self._area("ward", ward[1]) if ward else self._area("partnership", None)
        lead = self._lead_cue(rest)
        if lead:
            return self._area(*lead)
        if re.search(r"compared(?:\s+(?:to|with))?\s*$", before):
            hit = self._last_cue(sent[:a], ("force", "national", "region"))
            return self._area(*hit) if hit else None
        tight = self._tight_cue(before)
        if tight:
            return self._area(*tight)
        if re.search(r"(?:\brate\b[^.;()]{0,50}?\b(?:of|is|was)|equivalent to(?: a rate of)?|\ba rate of)\s*$", before):
            ward = self._last_cue(before, ("ward",))
            return self._area("ward", ward[1]) if ward else self._area("partnership", None)
        return None

    def _populations(self, sent: str, start: int) -> None:
        for m in _POP.finditer(sent):
            num = parse_number(m.group("n"))
            if num is None:
                continue
            q = (m.group("q") or "").strip() or None
            rec = self.ctx.add_value(
                self.table_id, row=(start, start + len(sent)), cell=(start + m.start("n"), start + m.end("n")),
                value=num.value, period=self.ctx.period, area=self.ctx.partnership, area_type="partnership",
                area_printed=None, measure="population", measure_printed="population", qualifier=q,
                value_text=m.group("n"), decimals=0, unit="people", unit_printed=None, source_kind="passage")
            self.rows.append([rec["row_text"], m.group("n"), self.ctx.partnership or "", "population", "people"])


def read_passages(ctx: DocContext) -> None:
    """Read rates and populations stated in the document's sentences."""
    PassageReader(ctx).read()
