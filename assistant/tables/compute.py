"""Computed figures with provenance: ranks, ratios and differences to comparators, the ward tables'
'above average' flags, change between periods, and approximate counts from rates.

Every result records its inputs (tidy rows with their provenance) and its arithmetic as a formula.
Named operations only: nothing here evaluates generated code or free-form queries.

Standard deviation: the ward tables' footnote says 'mean plus one (two) increments of ward-level
standard deviation' without saying which. The sample SD (ddof=1, Excel's STDEV) is the default.
Over the two sample ward tables the two choices differ for only two cells (one Lichfield ward's
Public Order and Violence against the Person rates): the population SD would make both 'significantly
above average', yet the text never lists violence or public order among that ward's concerns. Every
other flag the text describes comes out the same either way, including one the text contradicts under
both (a Tamworth ward said to be above average 'excl. Burglary' whose burglary rate is above mean +
1 SD). Pass ddof=0 for the population SD.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

import pandas as pd

from assistant.errors import TableQueryError
from assistant.tables.periods import period_start
from assistant.tables.vocabulary import canonical_measure, unit_base
from assistant.types import Figure

if TYPE_CHECKING:
    from assistant.tables.store import TableStore

INPUT_FIELDS = ("value_id", "table_id", "doc_id", "source", "partnership", "period", "area", "area_type",
                "measure", "measure_printed", "qualifier", "breakdown", "value", "value_text", "decimals", "unit",
                "source_kind", "section", "page", "page_inferred", "start", "end", "row_text")
_SOURCE_ORDER = {"table": 0, "card": 1, "passage": 2}


@dataclass(frozen=True)
class Computed:
    """A computed figure: its value, unit, formula and the rows it was computed from."""

    label: str
    value: float
    unit: str
    formula: str
    inputs: tuple[dict[str, Any], ...] = ()
    area: str | None = None
    area_type: str | None = None
    measure: str | None = None
    period: str | None = None
    note: str | None = None

    def to_figure(self, citations: tuple[int, ...] = ()) -> Figure:
        """The answer contract's Figure (computed=True)."""
        return Figure(label=self.label, area=self.area, area_type=self.area_type, measure=self.measure,
                      period=self.period, value=self.value, unit=self.unit, computed=True, formula=self.formula,
                      citations=citations)

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for JSON."""
        d = asdict(self)
        d["inputs"] = [dict(i) for i in self.inputs]
        return d


@dataclass(frozen=True)
class Change:
    """Change between two periods: absolute and (when the earlier value is not zero) percent."""

    absolute: Computed
    percent: Computed | None
    earlier: dict[str, Any]
    later: dict[str, Any]


@dataclass(frozen=True, eq=False)
class WardFlags:
    """The ward tables' 'above average' flags recomputed for one column."""

    table_id: str | None
    column: str
    measure: str | None
    ddof: int
    mean: Computed
    sd: Computed
    above_threshold: Computed
    significant_threshold: Computed
    flags: pd.DataFrame = field(repr=False)

    @property
    def sd_kind(self) -> str:
        """'sample' (ddof=1) or 'population' (ddof=0)."""
        return "sample" if self.ddof == 1 else "population"

    def wards(self, level: str = "above") -> list[str]:
        """Wards flagged 'significant' only, or 'above' (above or significantly above average)."""
        want = {"significantly above average"} if level == "significant" else {"above average", "significantly above average"}
        return self.flags.loc[self.flags["flag"].isin(want), "area"].tolist()


def row_record(row: pd.Series | dict[str, Any] | pd.DataFrame) -> dict[str, Any]:
    """A tidy row as a plain dict of its provenance fields (NaN becomes None)."""
    if isinstance(row, pd.DataFrame):
        if len(row) != 1:
            raise TableQueryError(f"expected one row, got {len(row)}; filter further")
        row = row.iloc[0]
    d = dict(row)
    out: dict[str, Any] = {}
    for k in INPUT_FIELDS:
        v = d.get(k)
        if v is not None and not isinstance(v, str) and pd.isna(v):
            v = None
        elif hasattr(v, "item"):
            v = v.item()
        out[k] = v
    if out.get("value") is None:
        raise TableQueryError("the row has no value")
    return out


def _fmt(x: float) -> str:
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.6f}".rstrip("0").rstrip(".")


def _text(r: dict[str, Any]) -> str:
    return r.get("value_text") or _fmt(r["value"])


def _same(a: Any, b: Any) -> bool:
    return (a or "").strip().lower() == (b or "").strip().lower()


def _check_pair(a: dict[str, Any], b: dict[str, Any], *, periods: bool) -> None:
    if a.get("measure") and b.get("measure") and a["measure"] != b["measure"]:
        raise TableQueryError(f"different measures: '{a['measure']}' and '{b['measure']}'")
    if not _same(a.get("unit"), b.get("unit")):
        raise TableQueryError(f"different units: '{a.get('unit')}' and '{b.get('unit')}'")
    if periods and a.get("period") and b.get("period") and a["period"] != b["period"]:
        raise TableQueryError(f"different periods: {a['period']} and {b['period']} (use change_between)")


def ratio_to(row: Any, comparator_row: Any, *, allow_period_mismatch: bool = False) -> Computed:
    """row / comparator (e.g. a ward's rate over the force rate), as a ratio."""
    a, b = row_record(row), row_record(comparator_row)
    _check_pair(a, b, periods=not allow_period_mismatch)
    if b["value"] == 0:
        raise TableQueryError("the comparator value is zero; no ratio")
    return Computed(label=f"{a['area']} {a.get('measure') or a.get('measure_printed')} vs {b['area']}",
                    value=a["value"] / b["value"], unit="ratio", formula=f"{_text(a)} / {_text(b)}",
                    inputs=(a, b), area=a["area"], area_type=a["area_type"], measure=a.get("measure"),
                    period=a.get("period"))


def difference(row: Any, comparator_row: Any, *, allow_period_mismatch: bool = False) -> Computed:
    """row - comparator, in the rows' unit."""
    a, b = row_record(row), row_record(comparator_row)
    _check_pair(a, b, periods=not allow_period_mismatch)
    return Computed(label=f"{a['area']} {a.get('measure') or a.get('measure_printed')} minus {b['area']}",
                    value=round(a["value"] - b["value"], 10), unit=a.get("unit") or "",
                    formula=f"{_text(a)} - {_text(b)}", inputs=(a, b), area=a["area"], area_type=a["area_type"],
                    measure=a.get("measure"), period=a.get("period"))


def comparator_for(values: pd.DataFrame, row: Any, area_type: str = "force") -> pd.Series:
    """The comparator value (force, region, national, partnership...) for a row: same document, measure,
    period, unit and qualifier; the same table first, then cards, then passages."""
    r = row_record(row)
    v = values
    mask = (v["area_type"] == area_type) & (v["doc_id"] == r["doc_id"])
    mask &= v["measure"].eq(r["measure"]) if r.get("measure") else v["measure_printed"].eq(r.get("measure_printed"))
    mask &= v["unit"].fillna("").eq(r.get("unit") or "") & v["period"].fillna("").eq(r.get("period") or "")
    mask &= v["qualifier"].fillna("").eq(r.get("qualifier") or "")
    mask &= v["breakdown"].fillna("").eq(r.get("breakdown") or "")
    hits = v[mask]
    if hits.empty:
        raise TableQueryError(f"no {area_type} value for {r.get('measure') or r.get('measure_printed')} "
                              f"({r.get('period')}, {r.get('unit')}) in {r['doc_id']}")
    order = (hits["table_id"] != r["table_id"]).astype(int) * 10 + hits["source_kind"].map(_SOURCE_ORDER).fillna(9)
    return hits.assign(_o=order).sort_values("_o", kind="stable").iloc[0].drop(labels="_o")


def _prefer(v: pd.DataFrame) -> pd.DataFrame:
    order = v["source_kind"].map(_SOURCE_ORDER).fillna(9)
    return v.assign(_o=order).sort_values("_o", kind="stable").drop_duplicates("area").drop(columns="_o")


def _select(values: pd.DataFrame, measure: str | None, area_type: str | None, table_id: str | None) -> pd.DataFrame:
    v = values
    if measure is not None:
        canon = canonical_measure(measure) or measure
        v = v[v["measure"].eq(canon) | v["measure_printed"].fillna("").str.lower().eq(measure.lower())]
    if area_type is not None:
        v = v[v["area_type"] == area_type]
    if table_id is not None:
        v = v[v["table_id"] == table_id]
    v = v.dropna(subset=["value"])
    if v.empty:
        raise TableQueryError(f"no values for measure '{measure}' and area type '{area_type}'")
    for col in ("unit", "period", "qualifier"):
        kinds = set(v[col].fillna(""))
        if len(kinds) > 1:
            raise TableQueryError(f"the values mix {col}s ({', '.join(sorted(map(str, kinds)))}); filter first")
    return _prefer(v)


def rank(values: pd.DataFrame, measure: str | None = None, *, area_type: str | None = "ward",
         ascending: bool = False, table_id: str | None = None) -> list[Computed]:
    """Areas ranked by a measure (highest first unless ascending); ties share the better rank."""
    v = _select(values, measure, area_type, table_id)
    v = v.sort_values("value", ascending=ascending, kind="stable")
    records = [row_record(r) for _, r in v.iterrows()]
    ranks = v["value"].rank(method="min", ascending=ascending).astype(int).tolist()
    n = len(records)
    order = "lowest first" if ascending else "highest first"
    label_measure = records[0].get("measure") or records[0].get("measure_printed")
    out = []
    for rec, rk in zip(records, ranks):
        others = ", ".join(_text(o) for o in records)
        out.append(Computed(label=f"{rec['area']}: rank {rk} of {n} by {label_measure} ({order})", value=float(rk),
                            unit="rank", formula=f"rank of {_text(rec)} among [{others}] ({order})",
                            inputs=(rec, *[o for o in records if o is not rec]), area=rec["area"],
                            area_type=rec["area_type"], measure=rec.get("measure"), period=rec.get("period")))
    return out


def top_n(values: pd.DataFrame, measure: str | None = None, n: int = 3, **kw: Any) -> list[Computed]:
    """The n highest areas by a measure, with their ranks."""
    return rank(values, measure, ascending=False, **kw)[:n]


def bottom_n(values: pd.DataFrame, measure: str | None = None, n: int = 3, **kw: Any) -> list[Computed]:
    """The n lowest areas by a measure, with their ranks (1 = lowest)."""
    return rank(values, measure, ascending=True, **kw)[:n]


def _ward_frame(source: Any, column: str, table_id: str | None) -> tuple[pd.DataFrame, str | None]:
    """Tidy ward rows for one column of a ward table, from a store, a tidy frame or a wide frame."""
    if hasattr(source, "values") and callable(getattr(source, "values")) and not isinstance(source, pd.DataFrame):
        if table_id is None:
            raise TableQueryError("give the table_id of the ward table")
        source = source.values(table_id=table_id)
    if not isinstance(source, pd.DataFrame):
        raise TableQueryError("above_average_flags needs a TableStore, a tidy frame or a wide ward frame")
    if "measure_printed" in source.columns:
        v = source[source["area_type"] == "ward"] if "area_type" in source.columns else source
        if table_id is not None:
            v = v[v["table_id"] == table_id]
        canon = canonical_measure(column)
        v = v[v["measure_printed"].fillna("").str.lower().eq(column.lower()) | (v["measure"].eq(canon) if canon else False)]
        if v["table_id"].nunique() > 1:
            raise TableQueryError("the rows come from several tables; give table_id")
        return v.dropna(subset=["value"]), (v["table_id"].iloc[0] if len(v) else table_id)
    if column not in source.columns:
        raise TableQueryError(f"no column '{column}' in the ward table")
    wide = pd.DataFrame({"area": source.iloc[:, 0].astype(str),
                         "value": pd.to_numeric(source[column], errors="coerce"),
                         "value_text": source[column].astype(str), "measure": canonical_measure(column),
                         "measure_printed": column, "area_type": "ward", "unit": None, "period": None})
    return wide.dropna(subset=["value"]), table_id


def above_average_flags(source: "TableStore | pd.DataFrame", column: str, *, table_id: str | None = None,
                        ddof: int = 1) -> WardFlags:
    """Recompute 'above average' (> mean + 1 SD) and 'significantly above average' (> mean + 2 SD)
    for one column of a ward table, over the ward values in that column."""
    v, tid = _ward_frame(source, column, table_id)
    if len(v) < 3:
        raise TableQueryError(f"too few ward values in '{column}' to compute flags")
    records = [row_record(r) if "row_text" in v.columns else {**{k: None for k in INPUT_FIELDS}, **dict(r)}
               for _, r in v.iterrows()]
    xs = [float(r["value"]) for r in records]
    n = len(xs)
    mean = sum(xs) / n
    sd = math.sqrt(sum((x - mean) ** 2 for x in xs) / (n - ddof))
    t1, t2 = mean + sd, mean + 2 * sd
    texts = " + ".join(_text(r) for r in records)
    measure = records[0].get("measure")
    sd_name = "sample" if ddof == 1 else "population"
    base = dict(inputs=tuple(records), area_type="ward", measure=measure, period=records[0].get("period"))
    c_mean = Computed(label=f"mean ward {column}", value=mean, unit=records[0].get("unit") or "",
                      formula=f"({texts}) / {n}", **base)
    c_sd = Computed(label=f"{sd_name} standard deviation of ward {column}", value=sd, unit=c_mean.unit,
                    formula=f"sqrt(sum((x - {_fmt(round(mean, 4))})^2) / ({n} - {ddof}))", **base)
    c_t1 = Computed(label=f"'above average' threshold for {column}", value=t1, unit=c_mean.unit,
                    formula=f"{_fmt(round(mean, 4))} + {_fmt(round(sd, 4))}", **base)
    c_t2 = Computed(label=f"'significantly above average' threshold for {column}", value=t2, unit=c_mean.unit,
                    formula=f"{_fmt(round(mean, 4))} + 2 × {_fmt(round(sd, 4))}", **base)
    rows = []
    for r in records:
        x = float(r["value"])
        flag = "significantly above average" if x > t2 else "above average" if x > t1 else ""
        rows.append({**r, "flag": flag, "z": (x - mean) / sd if sd else 0.0,
                     "threshold_above": t1, "threshold_significant": t2,
                     "formula": f"{_text(r)} {'>' if x > t1 else '<='} {_fmt(round(t2 if x > t2 else t1, 4))}"})
    return WardFlags(tid, column, measure, ddof, c_mean, c_sd, c_t1, c_t2, pd.DataFrame(rows))


def change_between(a_row: Any, b_row: Any, *, allow_qualifier_mismatch: bool = False) -> Change:
    """Change from the earlier to the later of two values of the same measure, unit and area."""
    a, b = row_record(a_row), row_record(b_row)
    if not a.get("measure") or a.get("measure") != b.get("measure"):
        raise TableQueryError(f"not the same measure: '{a.get('measure') or a.get('measure_printed')}' and "
                              f"'{b.get('measure') or b.get('measure_printed')}'")
    if not _same(a.get("unit"), b.get("unit")):
        raise TableQueryError(f"not the same unit: '{a.get('unit')}' and '{b.get('unit')}'")
    if not (_same(a.get("area"), b.get("area")) and a.get("area_type") == b.get("area_type")):
        raise TableQueryError(f"not the same area: '{a.get('area')}' and '{b.get('area')}'")
    if not allow_qualifier_mismatch and not _same(a.get("qualifier"), b.get("qualifier")):
        raise TableQueryError(f"the values count different things: '{a.get('qualifier') or 'as printed'}' and "
                              f"'{b.get('qualifier') or 'as printed'}'")
    pa, pb = period_start(a.get("period")), period_start(b.get("period"))
    if pa is None or pb is None or a.get("period") == b.get("period"):
        raise TableQueryError(f"need two different periods, got {a.get('period')} and {b.get('period')}")
    early, late = (a, b) if pa < pb else (b, a)
    span = f"{early['period']} to {late['period']}"
    note = None
    if early.get("decimals") is not None and late.get("decimals") is not None and early["decimals"] != late["decimals"]:
        note = (f"inputs printed to different precision ({_text(early)} and {_text(late)}); "
                "the change is only as precise as the coarser")
    base = dict(inputs=(early, late), area=late["area"], area_type=late["area_type"], measure=late["measure"],
                period=span, note=note)
    absolute = Computed(label=f"change in {late['measure']}, {late['area']}, {span}",
                        value=round(late["value"] - early["value"], 10), unit=late.get("unit") or "",
                        formula=f"{_text(late)} - {_text(early)}", **base)
    percent = None
    if early["value"] != 0:
        percent = Computed(label=f"percent change in {late['measure']}, {late['area']}, {span}",
                           value=(late["value"] - early["value"]) / early["value"] * 100, unit="%",
                           formula=f"({_text(late)} - {_text(early)}) / {_text(early)} × 100", **base)
    return Change(absolute, percent, early, late)


def approx_count(rate_row: Any, population: Any, per: int | None = None) -> Computed:
    """An approximate count from a rate and a population the document states: rate × population / per."""
    r, p = row_record(rate_row), row_record(population)
    base = per or unit_base(r.get("unit"))
    if not base:
        raise TableQueryError(f"the rate's unit '{r.get('unit')}' is not 'per N ...'; give per=")
    if p.get("measure") not in (None, "population") and p.get("unit") != "people":
        raise TableQueryError(f"'{p.get('measure')}' is not a population")
    who = (r.get("unit") or "").split(maxsplit=2)[2:] or ["population"]
    if who[0] not in ("population",):
        raise TableQueryError(f"the rate is per {who[0]}, but the population given is the whole population")
    if not _same(r.get("area"), p.get("area")):
        raise TableQueryError(f"the rate is for '{r.get('area')}' but the population for '{p.get('area')}'")
    value = r["value"] * p["value"] / base
    return Computed(label=f"approximate number: {r.get('measure') or r.get('measure_printed')}, {r['area']}",
                    value=value, unit="count (approx.)", formula=f"{_text(r)} × {_text(p)} / {base:,}",
                    inputs=(r, p), area=r["area"], area_type=r["area_type"], measure=r.get("measure"),
                    period=r.get("period"))
