"""Per-document extraction state: lines with offsets, provenance, area names and record builders."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from assistant.tables.cells import clean_label
from assistant.tables.model import ExtractedTable, Problem, TableInfo
from assistant.tables.outline import Heading, heading_before, headings
from assistant.tables.periods import document_period
from assistant.text import SUPERSCRIPT_DIGITS, Line, split_lines
from assistant.types import ParsedDocument

FORCE_AREA = "Force area"
SIMILAR_FORCES = "Most similar forces (average)"
_PARTNERSHIP_WORDS = {"csp area", "csp", "partnership", "partnership area", "local", "district", "borough", "local rate"}


def looks_like_heading(text: str, max_len: int = 90) -> bool:
    """A short line that reads as a heading or caption rather than a sentence or list item."""
    s = text.strip()
    if not s or "\t" in text or len(s) > max_len or s[0] in "-•(*[" or s[0] in SUPERSCRIPT_DIGITS:
        return False
    return not s.endswith((".", ";", ",")) and (s[0].isupper() or s[0].isdigit())


@dataclass
class DocContext:
    """Everything the format readers share while reading one document."""

    doc: ParsedDocument
    lines: list[Line] = field(init=False)
    period: str | None = field(init=False)
    wards: set[str] = field(default_factory=set)
    force_names: set[str] = field(default_factory=set)
    tables: list[ExtractedTable] = field(default_factory=list)
    values: list[dict[str, Any]] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)
    priorities: list[dict[str, Any]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    used_lines: set[int] = field(default_factory=set)
    _kinds: Counter = field(default_factory=Counter)
    _seq: Counter = field(default_factory=Counter)
    _outline: list[Heading] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.lines = split_lines(self.doc.text)
        self._starts = [ln.start for ln in self.lines]
        self.period = document_period(self.doc.meta.data_period, self.doc.meta.period)
        self._outline = headings(self.doc)
        self.force_names = _force_names(self.doc.text)

    # ---- identity -----------------------------------------------------------------------
    @property
    def doc_id(self) -> str:
        """The document's id."""
        return self.doc.meta.doc_id

    @property
    def partnership(self) -> str | None:
        """The partnership the document is about."""
        return self.doc.meta.partnership

    @property
    def outline(self) -> list[Heading]:
        """Headings in document order (parser sections, else the contents list)."""
        return self._outline

    def new_table_id(self, kind: str) -> str:
        """A stable id: '<doc_id>:<kind>-<n>'."""
        self._kinds[kind] += 1
        return f"{self.doc_id}:{kind}-{self._kinds[kind]}"

    def _next(self, key: str) -> int:
        self._seq[key] += 1
        return self._seq[key]

    # ---- provenance ---------------------------------------------------------------------
    def trim(self, start: int, end: int) -> tuple[int, int]:
        """The span without surrounding whitespace."""
        text = self.doc.text
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        return start, end

    def section_of(self, offset: int) -> str:
        """The section path at an offset, joined with ' > '."""
        s = self.doc.section_at(offset)
        if s is not None:
            return " > ".join(s.path)
        h = heading_before(self._outline, offset)
        return h.title if h else ""

    def page_of(self, offset: int) -> tuple[int | None, bool]:
        """(page, inferred) at an offset: the parser's answer, else the contents list's page."""
        page, inferred = self.doc.page_at(offset)
        if page is None and not self.doc.sections:
            h = heading_before(self._outline, offset)
            if h is not None and h.page is not None:
                return h.page, True
        return page, inferred

    def provenance(self, start: int, end: int) -> dict[str, Any]:
        """Section, page, span and verbatim text of a source row."""
        start, end = self.trim(start, end)
        page, inferred = self.page_of(start)
        return {"section": self.section_of(start), "page": page, "page_inferred": inferred,
                "start": start, "end": end, "row_text": self.doc.text[start:end]}

    # ---- areas --------------------------------------------------------------------------
    def classify_area(self, label: str) -> tuple[str, str] | None:
        """(area, area_type) for a printed area label, or None when it names no known kind of area."""
        s = clean_label(label)
        low = s.lower()
        if not low:
            return None
        if re.search(r"\b(position|rank|ranking)\b", low):
            return None  # ('MSG position': a rank within the group, not the group's figure)
        if "similar force" in low:
            return SIMILAR_FORCES, "similar_forces"
        if re.search(r"\b(family group|peer group|most similar group|msg)\b", low):
            # a most similar group of partnerships, by the name the document gives it ('Family Group avg')
            return re.sub(r"\bavg\.?$", "average", s, flags=re.I), "similar_forces"
        if "force" in low:
            return FORCE_AREA, "force"
        if re.search(r"\bregion(al)?\b", low):
            name = re.sub(r"\(?\bregion(al)?\b\)?", "", s, flags=re.I).strip(" ()")
            return (name or "Region"), "region"
        if "wales" in low:
            return "England & Wales", "national"
        if low in {"england", "national", "nationally"}:
            return ("England" if low == "england" else "National"), "national"
        p = (self.partnership or "").lower()
        own = p and (low == p or p.startswith(low + " ")
                     or re.fullmatch(re.escape(p) + r"\s*\(?(district|borough|csp|csp area|partnership|area)\)?", low))
        if low in _PARTNERSHIP_WORDS or own:
            return self.partnership or s, "partnership"
        ward = self.ward_name(s)
        if ward:
            return ward, "ward"
        return None

    def ward_name(self, label: str) -> str | None:
        """The known ward a label names ('Castle Ward' -> 'Castle'), or None."""
        s = re.sub(r"\s+ward$", "", clean_label(label), flags=re.I).strip()
        for w in self.wards:
            if w.lower() == s.lower():
                return w
        return None

    # ---- nearby text --------------------------------------------------------------------
    def title_before(self, line_idx: int, max_back: int = 3) -> str | None:
        """The caption just above a block: the nearest non-blank line if it reads as a title."""
        j = line_idx - 1
        while j >= 0 and line_idx - j <= max_back and self.lines[j].blank:
            j -= 1
        if j < 0 or self.lines[j].blank:
            return None
        text = self.lines[j].text.strip()
        if self.lines[j].tabbed or len(text) > 200 or text.startswith(("-", "•")):
            return None
        return text

    def heading_title_before(self, offset: int) -> str:
        """The title of the heading governing an offset (section or contents-list heading)."""
        s = self.doc.section_at(offset)
        if s is not None:
            return s.title
        h = heading_before(self._outline, offset)
        if h is not None:
            return h.title
        i = bisect.bisect_left(self._starts, offset)
        for line in reversed(self.lines[:i]):
            if looks_like_heading(line.text, 80):
                return line.text.strip()
        return ""

    # ---- records ------------------------------------------------------------------------
    def add_table(self, kind: str, title: str, frame: pd.DataFrame, start: int, end: int,
                  period: str | None, unit: str | None, table_id: str | None = None,
                  **extra: Any) -> TableInfo:
        """Register a table; its id, provenance and shape are filled in."""
        table_id = table_id or self.new_table_id(kind)
        start, end = self.trim(start, end)
        page, inferred = self.page_of(start)
        info = TableInfo(
            table_id=table_id, doc_id=self.doc_id, source=self.doc.meta.source,
            partnership=self.partnership, title=title, kind=kind, period=period, unit=unit,
            start=start, end=end, section=self.section_of(start), page=page, page_inferred=inferred,
            columns=tuple(str(c) for c in frame.columns), n_rows=int(frame.shape[0]),
            n_cols=int(frame.shape[1]), **extra)
        self.tables.append(ExtractedTable(info, frame))
        return info

    def add_value(self, table_id: str, *, row: tuple[int, int], cell: tuple[int, int] | None,
                  value: float, **fields: Any) -> dict[str, Any]:
        """Record one tidy value with the provenance of its source row and cell."""
        rec: dict[str, Any] = {
            "value_id": f"{table_id}#{self._next(table_id)}",
            "table_id": table_id, "doc_id": self.doc_id, "source": self.doc.meta.source,
            "partnership": self.partnership, "period": self.period, "value": float(value),
            "source_kind": "table", "breakdown": None, "qualifier": None, "note": None,
            "parent_measure": None, "area_printed": None,
        }
        rec.update(fields)
        rec.update(self.provenance(*row))
        c0, c1 = cell if cell else (rec["start"], rec["end"])
        rec["cell_start"], rec["cell_end"] = c0, c1
        self.values.append(rec)
        return rec

    def add_fact(self, table_id: str, *, row: tuple[int, int], subject: str | None, field_name: str,
                 text: str, **fields: Any) -> dict[str, Any]:
        """Record one text fact (a card field, a text-table cell) with provenance."""
        rec: dict[str, Any] = {
            "fact_id": f"{table_id}#f{self._next(table_id + '#f')}",
            "table_id": table_id, "doc_id": self.doc_id, "source": self.doc.meta.source,
            "partnership": self.partnership, "period": self.period, "subject": subject,
            "field": field_name, "text": text, "area": None, "area_type": None, "measure": None,
        }
        rec.update(fields)
        rec.update(self.provenance(*row))
        self.facts.append(rec)
        return rec

    def problem(self, reason: str, *, severity: str = "error", title: str = "", start: int = 0,
                end: int = 0, table_id: str | None = None) -> None:
        """Report something that could not be read, naming the document."""
        self.problems.append(Problem(self.doc_id, self.doc.meta.source, reason, severity, title,  # type: ignore[arg-type]
                                     start, end, table_id))

    def cells(self, line: Line) -> list[tuple[str, int, int]]:
        """A tab-separated line's cells with their (stripped) character spans; trailing blanks dropped."""
        out: list[tuple[str, int, int]] = []
        pos = line.start
        for raw in line.text.split("\t"):
            lead = len(raw) - len(raw.lstrip())
            body = raw.strip()
            out.append((body, pos + lead, pos + lead + len(body)))
            pos += len(raw) + 1
        while out and not out[-1][0]:
            out.pop()
        return out


def _force_names(text: str) -> set[str]:
    """Names the document gives its police force area ('X Police', 'X (Force Area)', 'X Force Area')."""
    counts = Counter(m.group(1) for m in re.finditer(r"\b([A-Z][a-z]+)\s+(?:\(Force Area\)|Force Area|Police\b)", text))
    return {name for name, n in counts.items() if n >= 2}

