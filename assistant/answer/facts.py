"""Answers from the extracted text tables: priority lists, which CSPs share a priority, governance rows."""

from __future__ import annotations

import re

import pandas as pd

from ..tables.vocabulary import find_measures
from .citations import CitationBook
from .figures import Composed

LIST_NAMES = {
    "main": "Main priorities",
    "additional": "Additional considerations",
    "force_wide": "Force-wide challenges",
    "county_wide": "County-wide priorities",
    "specific_csps": "Priorities affecting some partnerships more than others",
}
PRIORITY_CUE = re.compile(r"\bpriorit(y|ies)\b", re.I)
SHARED_CUE = re.compile(r"\b(which|what) (partnerships|csps|districts)\b.*\bpriorit|\bshare\w* .*priorit|\bpriorit\w* (for|in) (which|what)", re.I)


def _record(row: pd.Series) -> dict:
    d = {k: (None if (not isinstance(v, str) and pd.isna(v)) else v) for k, v in row.items()}
    d["source_kind"] = "card" if ":card-" in str(d.get("table_id")) else "table"
    return d


class FactComposer:
    """Priority lists and governance rows, each line citing the row it came from."""

    def __init__(self, store, book: CitationBook, doc_ids: set[str] | None = None):
        self.store = store
        self.book = book
        self.doc_ids = doc_ids

    def _only(self, frame: pd.DataFrame) -> pd.DataFrame:
        return frame[frame["doc_id"].isin(self.doc_ids)] if self.doc_ids is not None else frame

    def priority_lists(self, partnerships: list[str]) -> Composed:
        """The partnership's (or county's) priority lists, in printed order."""
        out = Composed()
        pri = self._only(self.store.priorities())
        if partnerships:
            pri = pri[pri["partnership"].isin(partnerships)]
        pri = pri[pri["list_kind"].isin(list(LIST_NAMES))]
        if pri.empty:
            out.missing.append("no priority list for " + (", ".join(partnerships) or "that partnership"))
            return out
        for (partnership, period), grp in pri.groupby(["partnership", "period"], sort=False):
            out.lines.append(f"**{partnership}** ({period}):")
            for kind, items in grp.groupby("list_kind", sort=False):
                items = items.sort_values("position")
                # one citation for the whole printed list: the span from its first to its last item
                span = _record(items.iloc[0])
                span.update(start=int(items["start"].min()), end=int(items["end"].max()))
                n = self.book.row(span)
                out.lines.append(f"- {LIST_NAMES[kind]}: " + "; ".join(str(i) for i in items["item"]) + f" [{n}]")
        return out

    def partnerships_sharing(self, measure: str | None, question: str) -> Composed:
        """Which CSPs have a priority, from the fact cards' 'CSPs with priority' lines."""
        out = Composed()
        facts = self._only(self.store.facts())
        facts = facts[facts["field"].fillna("").str.startswith("CSPs with")]
        if measure:
            facts = facts[facts["subject"].map(lambda s: measure in {m for m, _, _ in find_measures(str(s))})
                          | facts["measure"].eq(measure)]
        if facts.empty:
            return out
        for _, row in facts.drop_duplicates(["doc_id", "subject"]).iterrows():
            n = self.book.row(_record(row))
            out.lines.append(f"- {row['subject']} ({row['partnership']} assessment, {row['period']}): "
                             f"{' '.join(str(row['text']).split())} [{n}]")
        return out

    def field_named(self, question: str) -> str | None:
        """The labelled field of the documents' panels a question names ('direction of travel'), lowercased, if any.

        Only fields of words count: a field whose entries are figures ('Local rate: 12.3') is answered from the values.
        """
        low = question.lower()
        hits = [key for key in self.store.word_fields()
                if len(key.split()) >= 2 and re.search(r"\b" + re.escape(key) + r"\b", low)]
        return max(hits, key=len) if hits else None

    def card_field(self, field_name: str, measure: str | None, partnerships: list[str]) -> Composed:
        """A named field of the priority cards ('Direction of travel', 'At risk groups'...) for a measure."""
        out = Composed()
        facts = self._only(self.store.facts())
        facts = facts[facts["field"].fillna("").str.lower().str.startswith(field_name)]
        if partnerships:
            facts = facts[facts["partnership"].isin(partnerships)]
        if measure:
            facts = facts[facts["subject"].map(lambda s: measure in {m for m, _, _ in find_measures(str(s))})
                          | facts["measure"].eq(measure)]
        for _, row in facts.drop_duplicates(["doc_id", "subject"]).iterrows():
            n = self.book.row(_record(row))
            out.lines.append(f"- {row['subject']} ({row['partnership']}, {row['period']}) — {row['field']}: "
                             f"{' '.join(str(row['text']).split())} [{n}]")
        return out

    def governance(self, measure: str | None) -> Composed:
        """Governance rows (board, lead officer) for a theme of the county agreement."""
        out = Composed()
        facts = self._only(self.store.facts())
        gov = facts[facts["field"].fillna("").str.contains("Governance|Officer|Lead", case=False, regex=True)]
        if measure:
            gov = gov[gov["subject"].map(lambda s: measure in {m for m, _, _ in find_measures(str(s))}) | gov["measure"].eq(measure)]
        if gov.empty:
            return out
        for subject, grp in gov.groupby("subject", sort=False):
            parts = []
            for _, row in grp.iterrows():
                n = self.book.row(_record(row))
                parts.append(f"{row['field']}: {' '.join(str(row['text']).split())} [{n}]")
            out.lines.append(f"- **{subject}** — " + "; ".join(parts))
        return out
