"""Priority fact cards: 'Local rate:', 'Force rate:', direction of travel, hotspot wards, and the rest.

A card is the run of 'Field: value' lines that closes each priority section. Rate lines take their
measure from the nearest sub-heading after 'Comparison to Force' ('Residential Burglary'), else
from the priority itself. Hotspot entries are read as 'Ward (details)', 'Ward: text' or 'Ward - text'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from assistant.tables.cells import clean_label, parse_number, qualifier_of
from assistant.tables.context import FORCE_AREA, DocContext, looks_like_heading
from assistant.text import SUPERSCRIPT_DIGITS, Line
from assistant.tables.formats.labels import measure_of
from assistant.tables.vocabulary import canonical_measure, find_measures, normalise_unit

FIELD = re.compile(
    r"^(?P<name>Volume and (?:potential )?harm(?:\s*[–-]\s*[^:]+)?|CSPs with (?:priority|consideration)|"
    r"Comparison to Force|Local rate|Force rate|Local proportion|Force proportion|Direction of travel|"
    r"Public expectation|Local hotspot wards|Local hotspots|At risk groups|Priority sub-type|Priority)"
    r"(?P<paren>\s*\([^)]*\))?\s*:\s*(?P<rest>.*)$")
# The text fields FIELD reads and the column each fills in the card view (tables.views).
CARD_FIELD_COLUMNS = {"Volume and potential harm": "volume_and_harm", "CSPs with priority": "csps_with_priority",
                      "CSPs with consideration": "csps_with_priority", "Comparison to Force": "comparison_to_force",
                      "Direction of travel": "direction_of_travel", "Public expectation": "public_expectation",
                      "Local hotspots": "local_hotspots", "At risk groups": "at_risk_groups"}
OPENING = ("Volume", "Priority")
RATES = {"Local rate", "Force rate", "Local proportion", "Force proportion"}  # may repeat within a card
_NUM = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(%?)")
_PER = re.compile(r"^\s*(per\s+[\d,]+(?:\s+(?:pop\.?|population|people|residents|under[\s-]?18s?))?)", re.I)


@dataclass
class Card:
    """The field lines of one priority's card, in order."""

    title: str
    fields: list[tuple[str, Line, re.Match[str]]] = field(default_factory=list)


def _field_name(m: re.Match[str]) -> str:
    name = m.group("name")
    if name.startswith("Local hotspot"):
        return "Local hotspots"
    return name


def find_cards(ctx: DocContext) -> list[Card]:
    """Group the document's card field lines into cards."""
    cards: list[Card] = []
    for line in ctx.lines:
        if line.tabbed:
            continue
        m = FIELD.match(line.text.strip())
        if not m:
            continue
        name = _field_name(m)
        names = {n for n, _, _ in cards[-1].fields} if cards else set()
        opening = name.startswith(OPENING)
        if (not cards or (name not in RATES and name in names)
                or (opening and any(not n.startswith(OPENING) for n in names))):
            cards.append(Card(clean_label(ctx.heading_title_before(line.start))))
        cards[-1].fields.append((name, line, m))
    return cards


_ENTRY = re.compile(r"^[A-Z][^:(]{0,60}(\(|:|\s[-–]\s)")


def _next_paragraphs(ctx: DocContext, line: Line, *, many: bool, entries: bool = False) -> list[Line]:
    """The non-blank lines after a field line that carry its value (one paragraph, or several)."""
    out: list[Line] = []
    j = line.idx + 1
    while j < len(ctx.lines):
        nxt = ctx.lines[j]
        j += 1
        if nxt.blank:
            continue
        text = nxt.text.strip()
        if nxt.tabbed or FIELD.match(text):
            break
        if many:
            heading = any(h.start == nxt.start for h in ctx.outline) or text[0] in SUPERSCRIPT_DIGITS
            if entries and not _ENTRY.match(text):
                break
            if heading or (not entries and looks_like_heading(text) and not text.endswith(":")):
                break
        out.append(nxt)
        if not many:
            break
    return out


def _rest_start(line: Line, m: re.Match[str]) -> int:
    """Offset in the document where a field line's value (the 'rest' group) starts."""
    return line.start + (len(line.text) - len(line.text.lstrip())) + m.start("rest")


def _split_entries(text: str, base: int) -> list[tuple[str, int]]:
    """Split an inline hotspot list at top-level commas that precede 'Name ('."""
    parts, depth, last = [], 0, 0
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth == 0 and re.match(r"\s*[A-Z][\w'&\- ]*\(", text[i + 1:]):
            parts.append((text[last:i], base + last))
            last = i + 1
    parts.append((text[last:], base + last))
    return [(p.strip(), b + len(p) - len(p.lstrip())) for p, b in parts if p.strip()]


@dataclass
class _Rate:
    measure: str | None
    printed: str
    unit: str | None


class CardReader:
    """Reads one card into facts and values."""

    def __init__(self, ctx: DocContext, card: Card):
        self.ctx, self.card = ctx, card
        self.title_printed, self.title_measure, _ = measure_of(card.title)
        self.heading: str | None = None
        self.rates: list[_Rate] = []
        self.rows: list[tuple[str, str]] = []
        self.table_id = ctx.new_table_id("card")
        self.consumed: set[int] = set()

    # -- measures ---------------------------------------------------------------------------------
    def current(self) -> tuple[str, str | None]:
        """(printed, canonical) measure of the rates being read: the latest sub-heading, else the priority."""
        if self.heading:
            printed, measure, _ = measure_of(self.heading)
            return printed, measure or self.title_measure
        return self.title_printed, self.title_measure

    def unit_for(self, measure: str | None) -> str | None:
        """The unit this card printed for a measure's rate, if any."""
        for r in reversed(self.rates):
            if r.measure == measure and r.unit:
                return r.unit
        return None

    # -- reading ----------------------------------------------------------------------------------
    def read(self) -> None:
        """Read every field of the card: facts for all, values for rates and hotspot wards."""
        ctx, fields = self.ctx, self.card.fields
        seen_comparison = False
        for k, (name, line, m) in enumerate(fields):
            if seen_comparison and k > 0:
                self._scan_headings(fields[k - 1][1], line)
            rest = m.group("rest").replace("**", "").strip()
            value_lines: list[Line] = []
            if not rest:  # the value is printed in the paragraph(s) below the field name
                many = name in {"At risk groups", "Local hotspots"}
                value_lines = _next_paragraphs(ctx, line, many=many, entries=name == "Local hotspots")
                self.consumed.update(v.idx for v in value_lines)
            if name in RATES:
                if rest:
                    self._rates(name, m.group("paren"), m.group("rest"), _rest_start(line, m), (line.start, line.end))
                for v in value_lines:
                    self._rates(name, m.group("paren"), v.text, v.start, (line.start, v.end))
            elif name == "Local hotspots":
                self._hotspots(line, m, value_lines)
            text = rest or " ".join(v.text.strip() for v in value_lines)
            end = value_lines[-1].end if value_lines else line.end
            self.rows.append((clean_label(m.group("name") + (m.group("paren") or "")), text))
            ctx.add_fact(self.table_id, row=(line.start, end), subject=self.card.title, field_name=name, text=text,
                         measure=self.title_measure)
            if name == "Comparison to Force":
                seen_comparison = True
                self.heading = None

    def _scan_headings(self, prev: Line, line: Line) -> None:
        """Sub-headings between two field lines name the measure of the rates that follow."""
        for j in range(prev.idx + 1, line.idx):
            text = self.ctx.lines[j].text.strip()
            if j not in self.consumed and text and looks_like_heading(text, 80) and not FIELD.match(text):
                self.heading = text.rstrip(":").strip()

    def _rates(self, name: str, paren: str | None, rest: str, rest_start: int, row: tuple[int, int]) -> None:
        """A rate or proportion line; a second '**Force proportion:**' on the same line is split off."""
        segments = [(name, paren, rest, rest_start)]
        inner = re.search(r"\*\*\s*((?:Local|Force) (?:rate|proportion))\s*(\([^)]*\))?\s*:\s*\*\*", rest)
        if inner:
            segments = [(name, paren, rest[: inner.start()], rest_start),
                        (inner.group(1), inner.group(2), rest[inner.end():], rest_start + inner.end())]
        for seg_name, seg_paren, seg, seg_start in segments:
            if seg_name.endswith("proportion"):
                self._proportion(seg_name, seg, seg_start, row)
            else:
                self._rate(seg_name, seg_paren, seg, seg_start, row)

    def _area(self, name: str) -> tuple[str | None, str]:
        return (self.ctx.partnership, "partnership") if name.startswith("Local") else (FORCE_AREA, "force")

    def _rate(self, name: str, paren: str | None, seg: str, seg_start: int, row: tuple[int, int]) -> None:
        m = re.match(r"\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|\d+(?:\.\d+)?%?)\s*(.*)$", seg)
        if not m:
            return
        num = parse_number(m.group(1))
        if num is None:
            return
        printed, measure = self.current()
        after = m.group(2).strip()
        label_unit = (paren or "").strip(" ()") or None
        note = None
        if num.percent:
            unit, unit_printed = "%", ("%" + (" " + after.split("(")[0].strip() if after.startswith("of ") else ""))
            if label_unit:
                note = f"the label says '{label_unit}' but the value is printed as a percentage"
        else:
            per = _PER.match(after)
            unit_printed = per.group(1) if per else label_unit
            unit = normalise_unit(unit_printed, measure)
        paren_txt = re.search(r"\(([^)]*)\)", after)
        qualifier = qualifier_of(after)
        area, area_type = self._area(name)
        cell = (seg_start + m.start(1), seg_start + m.end(1))
        self.ctx.add_value(self.table_id, row=row, cell=cell, value=num.value, area=area,
                           area_type=area_type, area_printed=name, measure=measure, measure_printed=printed,
                           qualifier=qualifier, value_text=num.text, decimals=num.decimals, unit=unit,
                           unit_printed=unit_printed, note=note, source_kind="card")
        self.rates.append(_Rate(measure, printed, unit))
        if paren_txt and not qualifier:
            inner = re.match(r"\s*(\d+(?:\.\d+)?)\s+(.+)$", paren_txt.group(1))
            if inner:
                sub_printed = inner.group(2).strip()
                sub = canonical_measure(sub_printed) or canonical_measure(f"{sub_printed} {printed}")
                n2 = parse_number(inner.group(1))
                off = seg_start + m.start(2) + paren_txt.start(1) + inner.start(1)
                if n2 is not None:
                    self.ctx.add_value(self.table_id, row=row, cell=(off, off + len(inner.group(1))),
                                       value=n2.value, area=area, area_type=area_type, area_printed=name,
                                       measure=sub, measure_printed=sub_printed, value_text=n2.text,
                                       decimals=n2.decimals, unit=unit, unit_printed=unit_printed, source_kind="card")
                    self.rates.append(_Rate(sub, sub_printed, unit))

    def _proportion(self, name: str, seg: str, seg_start: int, row: tuple[int, int]) -> None:
        printed, measure = self.current()
        area, area_type = self._area(name)
        for pm in re.finditer(r"(\d+(?:\.\d+)?)%\s+([A-Za-z][A-Za-z \-]*[A-Za-z])", seg):
            num = parse_number(pm.group(1))
            if num is None:
                continue
            self.ctx.add_value(self.table_id, row=row,
                               cell=(seg_start + pm.start(1), seg_start + pm.end(1)), value=num.value, area=area,
                               area_type=area_type, area_printed=name, breakdown=pm.group(2).strip(),
                               measure=measure, measure_printed=printed, value_text=pm.group(1) + "%",
                               decimals=num.decimals, unit="%", unit_printed="%", source_kind="card")

    # -- hotspots ---------------------------------------------------------------------------------
    def _hotspots(self, line: Line, m: re.Match[str], value_lines: list[Line]) -> None:
        entries: list[tuple[str, int, Line]] = []
        rest = m.group("rest")
        if rest.strip():
            base = _rest_start(line, m)
            entries += [(t, s, line) for t, s in _split_entries(rest, base)]
        for v in value_lines:
            s, _ = self.ctx.trim(v.start, v.end)
            entries += [(t, b, v) for t, b in _split_entries(self.ctx.doc.text[s:v.end], s)]
        for text, start, src in entries:
            self._hotspot(text, start, src)

    def _hotspot(self, text: str, start: int, src: Line) -> None:
        ctx = self.ctx
        clean = text.replace("*", "")
        forms = {"(": r"^(?P<name>[^(:]+?)\s*\((?P<det>[^)]*)\)(?P<rest>.*)$",
                 ":": r"^(?P<name>[^:(]+?):\s*(?P<det>.+)$",
                 "-": r"^(?P<name>[^(:]+?)\s+[-–]\s+(?P<det>.+)$"}
        dash = re.search(r"\s[-–]\s", clean)
        where = {"(": clean.find("("), ":": clean.find(":"), "-": dash.start() if dash else -1}
        order = sorted((pos, key) for key, pos in where.items() if pos > 0)
        m = re.match(forms[order[0][1]], clean) if order else None
        name = re.sub(r"\s+ward$", "", m.group("name").strip(), flags=re.I) if m else ""
        ok = bool(m) and 0 < len(name.split()) <= 6 and name[:1].isupper() and not re.match(r"(See|None|N/A)\b", name)
        if not ok:
            return
        ctx.wards.add(name)
        det, det_off = m.group("det"), start + text.find(m.group("det"))
        printed, measure = self.current()
        ctx.add_fact(self.table_id, row=(src.start, src.end), subject=self.card.title, field_name="hotspot ward",
                     text=text, area=name, area_type="ward", measure=measure)
        qualifier, period = None, ctx.period
        if re.search(r"pre-pandemic|prior to the pandemic", text, re.I):
            qualifier = "pre-pandemic"
            pm = re.search(r"(?:pre-pandemic|prior to the pandemic)\s*\((\d{4}[-–]\d{2})\)", ctx.doc.text)
            period = pm.group(1).replace("–", "-") if pm else ctx.period
        pos = 0
        for part in det.split(";"):
            self._hotspot_part(name, part, det_off + pos, src, printed, measure, qualifier, period, text)
            pos += len(part) + 1

    def _hotspot_part(self, ward: str, part: str, off: int, src: Line, printed: str, measure: str | None,
                      qualifier: str | None, period: str | None, entry: str) -> None:
        nums = [n for n in _NUM.finditer(part)
                if not re.search(r"per\s*$", part[: n.start()]) and not re.fullmatch(r"(19|20)\d\d", n.group(1))]
        if not nums:
            return
        first = nums[0]
        before = re.sub(r"^(rates?\s*:?|[,:–\-\s])+|[,:–\-\s(]+$", "", part[: first.start()].strip(), flags=re.I)
        found = find_measures(part)
        m_printed, m_canon = printed, measure
        if before and canonical_measure(before):
            m_printed, m_canon = before, canonical_measure(before)
        elif before and len(before.split()) <= 3 and canonical_measure(f"{before} {printed}"):
            m_printed, m_canon = f"{before} {printed}", canonical_measure(f"{before} {printed}")
        elif found:
            m_canon = found[0][0]
            m_printed = part[found[0][1]:found[0][2]]
        per = _PER.match(part[first.end():]) or re.search(r"(per\s+[\d,]+(?:\s+(?:pop\.?|population|people|residents))?)", part)
        num = parse_number(first.group(0))
        if num is None:
            return
        if num.percent:
            unit, unit_printed = "%", "%"
        elif per:
            unit_printed = per.group(1)
            unit = normalise_unit(unit_printed, m_canon)
        else:
            unit_printed, unit = None, self.unit_for(m_canon)
        note = None if per or num.percent else ("unit not printed; taken from the card's rate for the same measure"
                                                if unit else "unit not printed")
        self.ctx.add_value(self.table_id, row=(src.start, src.end), cell=(off + first.start(), off + first.end()),
                           value=num.value, period=period, area=ward, area_type="ward", area_printed=ward,
                           measure=m_canon, measure_printed=m_printed, qualifier=qualifier, value_text=first.group(0),
                           decimals=num.decimals, unit=unit, unit_printed=unit_printed,
                           note=note if note else f"hotspot: {entry}", source_kind="card")
        for extra in re.finditer(r"[–-]\s*(\d+(?:\.\d+)?)%\s+([A-Za-z][A-Za-z \-]*[A-Za-z])", part[first.end():]):
            n2 = parse_number(extra.group(1))
            label = extra.group(2)
            if n2 is None:
                continue
            s = off + first.end() + extra.start(1)
            self.ctx.add_value(self.table_id, row=(src.start, src.end), cell=(s, s + len(extra.group(1)) + 1),
                               value=n2.value, period=period, area=ward, area_type="ward", area_printed=ward,
                               measure=canonical_measure(label), measure_printed=label, value_text=extra.group(1) + "%",
                               decimals=n2.decimals, unit="%", unit_printed="%", source_kind="card",
                               note=f"printed beside the {m_printed} rate: '{part.strip()}'")

    def finish(self) -> None:
        """Register the card as a table of (field, value) rows as printed."""
        first, last = self.card.fields[0][1], self.card.fields[-1][1]
        frame = pd.DataFrame(self.rows, columns=["Field", "Value"])
        end = max([last.end] + [f["end"] for f in self.ctx.facts if f["table_id"] == self.table_id])
        self.ctx.add_table("card", self.card.title, frame, first.start, end, self.ctx.period, None,
                           table_id=self.table_id, notes=("priority fact card",))


def read_cards(ctx: DocContext) -> None:
    """Read every priority fact card in the document."""
    for card in find_cards(ctx):
        reader = CardReader(ctx, card)
        reader.read()
        reader.finish()
