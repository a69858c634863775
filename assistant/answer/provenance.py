"""Where a figure comes from: a document listed in the manifest outranks one whose details were guessed from its text,
and a value another document gives differently is shown beside it, never silently dropped."""

from __future__ import annotations

import pandas as pd

from ..types import DocumentMeta

_WORDS = {"data_period": "data period"}


def trust(meta: DocumentMeta | None) -> int:
    """0 for a document whose partnership comes from the manifest, 1 when it was inferred from the text."""
    return 1 if meta is None or meta.partnership_inferred else 0


def _named(fields) -> str:
    words = [_WORDS.get(f, f) for f in fields]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def source_label(meta: DocumentMeta) -> str:
    """'evil.txt (partnership, period and title inferred from the text of evil.txt)' or 'x.txt (manifest)'; for an
    upload 'up.txt (uploaded <time>, sha256 <12>; partnership and kind set by the user; title inferred from ...)'."""
    if not meta.inferred and not meta.uploaded:
        return f"{meta.source} (manifest)"
    parts = [meta.uploaded] if meta.uploaded else []
    if meta.corrected:
        parts.append(f"{_named(meta.corrected)} set by the user")
    if meta.inferred:
        parts.append(f"{_named(meta.inferred_fields)} inferred from the text of {meta.source}")
    return f"{meta.source} ({'; '.join(parts)})"


def trust_column(rows: pd.DataFrame, metas: dict[str, DocumentMeta]) -> pd.Series:
    """The trust rank (see trust) of each value row's document."""
    ranks = {d: trust(metas.get(d)) for d in rows["doc_id"].unique()}
    return rows["doc_id"].map(ranks).astype(int)


def trusted_first(rows: pd.DataFrame, metas: dict[str, DocumentMeta]) -> pd.DataFrame:
    """Rows of manifest documents before rows of documents whose partnership was inferred (otherwise in order)."""
    if rows.empty:
        return rows
    ranks = trust_column(rows, metas)
    if not ranks.any():
        return rows
    return rows.assign(_t=ranks).sort_values("_t", kind="stable").drop(columns="_t")


def disagreeing(main: pd.Series, rows: pd.DataFrame, metas: dict[str, DocumentMeta]) -> pd.DataFrame:
    """Rows of other documents giving another value for main's area, measure, unit and qualifier, one per value.

    Periods must match, unless the other document's period was guessed from its text (it cannot then be told apart).
    """
    if rows.empty:
        return rows
    same = rows[(rows["doc_id"] != main["doc_id"])
                & (rows["area"].fillna("").str.lower() == str(main.get("area") or "").lower())
                & (rows["measure"].fillna("") == (main.get("measure") or ""))
                & (rows["unit"].fillna("") == (main.get("unit") or ""))
                & (rows["qualifier"].fillna("") == (main.get("qualifier") or ""))
                & (rows["value"] != main["value"])]
    if same.empty:
        return same

    def period_ok(r) -> bool:
        meta = metas.get(r["doc_id"])
        guessed = meta is None or "period" in meta.inferred
        return guessed or r.get("period") == main.get("period")

    same = same[same.apply(period_ok, axis=1)]
    return same.drop_duplicates(["doc_id", "value"])
