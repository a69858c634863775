"""Derived views over the store: one row per fact card, and groups of values that disagree."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from assistant.tables.formats.cards import CARD_FIELD_COLUMNS
from assistant.tables.formats.labels import measure_of

if TYPE_CHECKING:
    from assistant.tables.store import TableStore

CARD_COLUMNS = ["table_id", "doc_id", "partnership", "period", "priority", "measure", "volume_and_harm",
                "csps_with_priority", "csps_partial", "comparison_to_force", "direction_of_travel",
                "public_expectation", "local_hotspots", "hotspot_wards", "hotspot_rates", "at_risk_groups",
                "local_rates", "force_rates", "section", "page", "start", "end"]


def _rate_text(row: pd.Series) -> str:
    label = row["measure_printed"] or row["measure"] or ""
    extra = f" ({row['qualifier']})" if row["qualifier"] else ""
    extra += f" [{row['breakdown']}]" if row["breakdown"] else ""
    unit = "" if str(row["value_text"]).endswith("%") and row["unit"] == "%" else (row["unit"] or "")
    return f"{label}: {row['value_text']} {unit}".strip() + extra


def cards_frame(store: "TableStore", partnership: str | None = None) -> pd.DataFrame:
    """One row per priority fact card, with its fields and rates."""
    tables = store.list_tables(kind="card")
    rows = []
    for tid in tables["id"]:
        info = store.info(tid)
        have, want = (info.partnership or "").lower(), partnership.lower() if partnership else ""
        if partnership and have != want and not have.startswith(want + " "):
            continue
        facts = store.facts(table_id=tid)
        values = store.values(table_id=tid)
        # 'Area: N per 10,000' grids printed inside a card (e.g. under 'Local hotspots:') belong to it.
        grids = store.values(doc_id=info.doc_id)
        inside = grids["table_id"].str.contains(":inline_rates-") & grids["start"].between(info.start, info.end)
        values = pd.concat([values, grids[inside]], ignore_index=True)
        row: dict = {"table_id": tid, "doc_id": info.doc_id, "partnership": info.partnership, "period": info.period,
                     "priority": info.title, "measure": measure_of(info.title)[1], "section": info.section,
                     "page": info.page, "start": info.start, "end": info.end}
        for _, f in facts.iterrows():
            col = CARD_FIELD_COLUMNS.get(f["field"])
            if col and col not in row:
                row[col] = f["text"]
        names = [n.strip() for n in str(row.get("csps_with_priority") or "").split(",") if n.strip()]
        row["csps_with_priority"] = [n.strip("()") for n in names]
        row["csps_partial"] = [n.strip("()") for n in names if n.startswith("(")]
        row["hotspot_wards"] = facts.loc[facts["field"] == "hotspot ward", "area"].dropna().tolist()
        row["local_rates"] = [_rate_text(r) for _, r in values[values["area_type"] == "partnership"].iterrows()]
        row["force_rates"] = [_rate_text(r) for _, r in values[values["area_type"] == "force"].iterrows()]
        row["hotspot_rates"] = [f"{r['area']}: {_rate_text(r)}" for _, r in values[values["area_type"] == "ward"].iterrows()]
        rows.append(row)
    return pd.DataFrame(rows, columns=CARD_COLUMNS)


_KEYS = ["area_type", "area", "measure", "period", "unit", "breakdown"]
_OUT = ["group", "kind", "qualifiers_differ", "doc_id", "partnership", "area", "area_type", "measure", "period", "qualifier", "value",
        "value_text", "decimals", "unit", "source_kind", "table_id", "value_id", "section", "page", "row_text",
        "start", "end"]


def _kind(g: pd.DataFrame, tolerance: float) -> str | None:
    vals = g["value"].tolist()
    if max(vals) - min(vals) <= tolerance:
        return None
    dec = int(pd.to_numeric(g["decimals"]).min())
    rounded = {round(v, dec) for v in vals}
    return "rounding" if len(rounded) == 1 or max(rounded) - min(rounded) <= tolerance else "conflict"


def disagreements_frame(values: pd.DataFrame, tolerance: float = 0.0) -> pd.DataFrame:
    """Values for the same area, measure, period, unit and breakdown that differ.

    kind: 'rounding' when they agree once rounded to the coarsest printed precision ('17.2' and '17'),
    'conflict' when they do not, 'qualifier' when they also differ in what they count ('excl. Covid');
    qualifiers_differ says whether the group spans different qualifiers.
    """
    v = values.dropna(subset=["measure", "area", "value"]).copy()
    for c in ("breakdown", "qualifier", "period", "unit"):
        v[c] = v[c].fillna("")
    out: list[pd.DataFrame] = []
    n = 0
    for _, g in v.groupby(_KEYS, sort=True, dropna=False):
        if g["value"].nunique() < 2:
            continue
        for _, sub in g.groupby("qualifier", sort=True):
            kind = _kind(sub, tolerance) if len(sub) > 1 else None
            if kind:
                n += 1
                out.append(sub.assign(group=n, kind=kind, qualifiers_differ=False))
        if g["qualifier"].nunique() > 1:
            kind = _kind(g, tolerance)
            if kind:
                n += 1
                out.append(g.assign(group=n, kind="rounding" if kind == "rounding" else "qualifier",
                                    qualifiers_differ=True))
    if not out:
        return pd.DataFrame(columns=_OUT)
    df = pd.concat(out, ignore_index=True)
    for c in ("breakdown", "qualifier"):
        df[c] = df[c].replace("", None)
    return df[_OUT]
