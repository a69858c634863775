"""Figures for answers: values from the tables engine with their source rows, and computed figures with formulas."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import pandas as pd

from ..errors import TableQueryError
from ..retrieval.lexical import terms
from ..tables import compute
from ..tables.model import SOURCE_PREFERENCE
from ..tables.vocabulary import MEASURES, find_measures, parent_of, unit_base
from ..types import Figure, Intent
from .citations import CitationBook
from .provenance import disagreeing, source_label, trust_column, trusted_first
from .tableqa import _TIMES
from .understand import Frame

AREA_LABEL = {"force": "force", "region": "region", "national": "England & Wales", "similar_forces": "most similar forces"}


def num(value: float, text: str | None = None) -> str:
    """A value as the document printed it when known, else compactly."""
    if text:
        t = str(text).strip().rstrip("%").replace(",", "")
        try:
            if math.isclose(float(t), float(value)):
                return str(text).strip().rstrip("%")
        except ValueError:
            pass
    if float(value).is_integer() and abs(value) >= 1000:
        return f"{int(value):,}"
    return f"{value:.10g}"


def ratio_text(x: float) -> str:
    """A ratio rounded for reading (2 decimals)."""
    return f"{x:.2f}"


def per_unit(unit: str) -> tuple[float, str] | None:
    """A rate's unit read as (per how many, of what): 'per 100,000 residents' -> (100000, 'people');
    'per 1,000 households' -> (1000, 'households'); None for a unit that is no rate per head."""
    base = unit_base((unit or "").strip().lower())
    if base is None:
        return None
    what = re.sub(r"^per [\d,]+\s*", "", unit.strip().lower())
    if "household" in what or "dwelling" in what:
        return float(base), "households"
    if not what or re.search(r"population|resident|people|persons|head|pop\b", what):
        return float(base), "people"
    return float(base), what


def unit_text(unit: str | None) -> str:
    """A unit for prose."""
    if not unit or unit == "%":
        return "%" if unit == "%" else ""
    return f" {unit}"


def _ancestors(measure: str, depth: int = 2) -> list[str]:
    out, cur = [], measure
    for _ in range(depth):
        parents = [p for p in parent_of(cur) if p != "total recorded crime"]
        if not parents:
            break
        cur = parents[0]
        out.append(cur)
    return out


def _descendants(measure: str) -> list[str]:
    return [m.name for m in MEASURES.values() if m.parent == measure or measure in m.alt_parents]


def family(measure: str) -> list[str]:
    """The measure, its children, then its nearer ancestors: what a question about it can be answered from."""
    return [measure, *_descendants(measure), *_ancestors(measure)]


@dataclass
class Composed:
    """Lines of answer text (each ending with its markers), the figures they state, and what was missing."""

    lines: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def extend(self, other: "Composed") -> None:
        """Append another composition."""
        self.lines += other.lines
        self.figures += other.figures
        self.missing += other.missing


class FigureComposer:
    """Turns a question frame into figures with cited source rows, using the tables engine's named operations."""

    def __init__(self, store, book: CitationBook, doc_ids: set[str] | None = None):
        self.store = store
        self.book = book
        index = store.grouped()
        self.by_partnership = index["by_partnership"]
        self.by_doc = index["by_doc"]
        v = index["all"]
        self.v = v[v["doc_id"].isin(doc_ids)] if doc_ids is not None else v
        self.doc_ids = doc_ids

    # selection ---------------------------------------------------------------------------
    def _rows(self, partnership: str | None = None, measures: list[str] | None = None, area_type: str | None = None,
              source_kinds: tuple[str, ...] | None = None, doc_ids: set[str] | None = None) -> pd.DataFrame:
        v = self.v
        if partnership:
            # start from the partnership's own rows (built once per store): scans stay small as corpora grow
            v = self.by_partnership.get(partnership, self.v.iloc[0:0])
            if self.doc_ids is not None:
                v = v[v["doc_id"].isin(self.doc_ids)]
        if doc_ids:
            v = v[v["doc_id"].isin(doc_ids)]
        if measures:
            v = v[v["measure"].isin(measures)]
        if area_type:
            v = v[v["area_type"] == area_type]
        if source_kinds:
            v = v[v["source_kind"].isin(source_kinds)]
        # a document whose partnership was guessed from its text never outranks one the manifest lists
        return trusted_first(v.dropna(subset=["value"]), self.book.metas)

    def _order(self, rows: pd.DataFrame) -> pd.Series:
        """Sort key: manifest documents first, then by source (SOURCE_PREFERENCE)."""
        kind = rows["source_kind"].map(SOURCE_PREFERENCE).fillna(9)
        return kind + 100 * trust_column(rows, self.book.metas) if len(rows) else kind

    def _other_documents(self, main, rows: pd.DataFrame, out: Composed, label: str, indent: str = "  ") -> list[str]:
        """Lines for the values other documents give differently for main's area and measure, each with its source."""
        lines = []
        for _, o in disagreeing(main, rows, self.book.metas).iterrows():
            k = self._cite(o)
            meta = self.book.metas[o["doc_id"]]
            out.figures.append(self._value_figure(o, k, f"{label} ({meta.source})"))
            lines.append(f"{indent}Another document gives a different value: {o.get('measure_printed') or o['measure']} "
                         f"{num(o['value'], o.get('value_text'))}{unit_text(o.get('unit'))} ({o.get('period') or 'no period'}) "
                         f"in {source_label(meta)} [{k}].")
        return lines

    def _labelled(self, row) -> str:
        """' — from x.txt (manifest)': said of a value when another document disagrees with it."""
        return f" — from {source_label(self.book.metas[row['doc_id']])}"

    def _cite(self, row) -> int:
        return self.book.row(compute.row_record(row))

    def _value_figure(self, row, n: int, label: str | None = None) -> Figure:
        r = compute.row_record(row)
        return Figure(label=label or f"{r['area']} {r.get('measure') or r.get('measure_printed')}", area=r["area"],
                      area_type=r["area_type"], measure=r.get("measure"), period=r.get("period"), value=float(r["value"]),
                      unit=r.get("unit") or "", computed=False, formula=None, citations=(n,))

    def _computed(self, c: compute.Computed, cites: tuple[int, ...]) -> Figure:
        return c.to_figure(tuple(dict.fromkeys(cites)))

    # building blocks ---------------------------------------------------------------------------
    def comparator(self, row, area_type: str = "force"):
        """The comparator row for a value, or None."""
        try:
            return compute.comparator_for(self.by_doc.get(row["doc_id"], self.v), row, area_type)
        except TableQueryError:
            return None

    def ratio_line(self, row, comp, n_row: int, out: Composed, detail: bool = False, inverse: bool = False) -> str:
        """' — 3.70 times the force rate of 3.3 [k]' with the figures recorded; with detail, the difference too;
        with inverse (a multiple asked for, 'how many times the force rate is X's?'), a ratio below 1 is said the
        other way round too ('the force rate is 1.55 times it')."""
        n_comp = self._cite(comp)
        c = compute.ratio_to(row, comp)
        out.figures.append(self._value_figure(comp, n_comp, f"{AREA_LABEL.get(comp['area_type'], comp['area'])} rate"))
        out.figures.append(self._computed(c, (n_row, n_comp)))
        who = AREA_LABEL.get(comp["area_type"], comp["area"])
        text = f"{ratio_text(c.value)} times the {who} rate of {num(comp['value'], comp.get('value_text'))}{unit_text(comp.get('unit'))} [{n_comp}]"
        if inverse and 0 < c.value < 1:
            back = compute.ratio_to(comp, row)
            out.figures.append(self._computed(back, (n_comp, n_row)))
            text += f" (the {who} rate is {ratio_text(back.value)} times it)"
        if detail:
            d = compute.difference(row, comp)
            out.figures.append(self._computed(d, (n_row, n_comp)))
            pct = compute.Computed(label=f"{d.label} (percent of the {who} rate)", value=d.value / float(comp["value"]) * 100,
                                   unit="%", formula=f"({d.formula}) / {num(comp['value'], comp.get('value_text'))} × 100",
                                   inputs=d.inputs, area=d.area, area_type=d.area_type, measure=d.measure, period=d.period)
            out.figures.append(self._computed(pct, (n_row, n_comp)))
            word = "above" if d.value > 0 else "below"
            text += f", {abs(d.value):.10g} {word} it ({abs(pct.value):.1f}% {word})"
        return text

    def ward_hotspots(self, partnership: str, measure: str | None, ranking: str | None = None) -> Composed:
        """Hotspot wards for a measure in a partnership: the assessment's own list, then the ward table."""
        out = Composed()
        cards = self._rows(partnership, area_type="ward", source_kinds=("card",))
        chosen = pd.DataFrame()
        if measure:
            titles = {t: {m for m, _, _ in find_measures(str(self.store.info(t).title))} for t in cards["table_id"].unique()}
            by_title = cards[cards["table_id"].map(lambda t: measure in titles.get(t, set()))]
            chosen = by_title if len(by_title) else cards[cards["measure"].isin(family(measure))]
        rivals = chosen.iloc[0:0]
        if len(chosen):  # one document's list (the manifest's first); what others give differently is shown beside it
            wanted = set(family(measure)) | set(chosen["measure"].dropna())
            rivals = cards[(cards["doc_id"] != chosen["doc_id"].iloc[0]) & cards["measure"].isin(wanted)]
            chosen = chosen[chosen["doc_id"] == chosen["doc_id"].iloc[0]]
        if len(chosen):
            first = chosen.iloc[0]
            title = str(self.store.info(first["table_id"]).title)
            out.lines.append(f"**{partnership}** ({first['period']}): the assessment's hotspot wards for {title}:")
            for area, group in chosen.groupby("area", sort=False):
                rates = group[group["unit"].fillna("") != "%"]
                main = rates.iloc[0] if len(rates) else group.iloc[0]
                n = self._cite(main)
                out.figures.append(self._value_figure(main, n, f"{area} {main['measure']} rate"))
                line = (f"- **{area}**: {main.get('measure_printed') or main['measure']} "
                        f"{num(main['value'], main.get('value_text'))}{unit_text(main.get('unit'))}")
                extras = []
                for _, other in group.iterrows():
                    if other.name == main.name:
                        continue
                    k = self._cite(other)
                    out.figures.append(self._value_figure(other, k, f"{area} {other['measure']}"))
                    extras.append(f"{num(other['value'], other.get('value_text'))}{unit_text(other.get('unit'))} "
                                  f"{other.get('measure_printed') or other['measure']}")
                if extras:
                    line += " (" + ", ".join(extras) + ")"
                line += f" [{n}]"
                comp = self.comparator(main)
                if comp is not None and (main.get("unit") or "") != "%":
                    line += " — " + self.ratio_line(main, comp, n, out)
                conflicts = [c for _, r in group.iterrows() for c in self._other_documents(r, rivals, out, f"{area} {r['measure']}")]
                out.lines.append(line + (self._labelled(main) if conflicts else ""))
                out.lines += conflicts
        else:
            named = self._hotspot_notes(partnership, measure)
            if len(named):
                title = named.iloc[0]["subject"]
                out.lines.append(f"**{partnership}** ({named.iloc[0]['period']}): the assessment's hotspot wards for {title}:")
                for _, row in named.iterrows():
                    rec = {k: (None if (not isinstance(v, str) and pd.isna(v)) else v) for k, v in row.items()}
                    rec["source_kind"] = "card"
                    n = self.book.row(rec)
                    out.lines.append(f"- **{row['area']}**: {' '.join(str(row['text']).split())} [{n}]")
            # no card named hotspot wards for this measure: that the parse found none is not evidence that the
            # document names none, so nothing is claimed (the ward table and the passages answer instead)
        table_measure = self._ward_table_measure(partnership, measure)
        if table_measure:
            out.extend(self.ward_table(partnership, table_measure, focus=list(chosen["area"]) if len(chosen) else None,
                                       ranking=ranking))
        if not out.lines:
            out.missing.append(f"no ward-level figures for {measure or 'that measure'} in {partnership}")
        return out

    def _hotspot_notes(self, partnership: str, measure: str | None) -> pd.DataFrame:
        """Hotspot wards a card names in words (no rate), for the card of the measure asked about."""
        facts = self.store.facts(partnership=partnership)
        facts = facts[facts["doc_id"].isin(set(self.v["doc_id"]))]
        facts = facts[facts["field"].fillna("") == "hotspot ward"]
        if not measure or facts.empty:
            return facts.iloc[0:0]
        fam = set(family(measure))
        return facts[facts["subject"].map(lambda s: bool(fam & {m for m, _, _ in find_measures(str(s))}))]

    def _ward_table_measure(self, partnership: str, measure: str | None) -> str | None:
        wards = self._rows(partnership, area_type="ward", source_kinds=("table",))
        if not len(wards):
            return None
        available = set(wards["measure"].dropna())
        for m in (family(measure) if measure else ["total recorded crime"]):
            if m in available:
                return m
        return None

    def ward_table(self, partnership: str, measure: str, focus: list[str] | None = None, ranking: str | None = None,
                   n: int = 3) -> Composed:
        """Ranks and 'above average' flags from the partnership's ward table for one measure."""
        out = Composed()
        rows = self._rows(partnership, [measure], "ward", ("table",))
        if not len(rows):
            return out
        table_id = rows["table_id"].iloc[0]  # the first table of the most trusted document
        others = self._rows(partnership, [measure], "ward")
        others = others[others["doc_id"] != rows["doc_id"].iloc[0]]
        rows = rows[rows["table_id"] == table_id]
        info = self.store.info(table_id)
        ascending = ranking == "lowest"
        try:
            ranked = compute.rank(rows, measure, area_type="ward", ascending=ascending, table_id=table_id)
        except TableQueryError:
            return out
        column = rows["measure_printed"].iloc[0]
        try:
            flags = compute.above_average_flags(rows, column, table_id=table_id)
            flag_of = dict(zip(flags.flags["area"], flags.flags["flag"]))
        except TableQueryError:
            flags, flag_of = None, {}
        picks = [c for c in ranked if c.area in focus] if focus else ranked[:n]
        if not picks:
            return out
        verb = "lowest" if ascending else "highest"
        count = compute.Computed(label=f"wards in '{info.title}'", value=float(len(ranked)), unit="count",
                                 formula=f"count of ward rows = {len(ranked)}", area_type="ward", measure=measure,
                                 period=info.period)
        out.figures.append(self._computed(count, ()))
        out.lines.append(f"In the ward table '{info.title}' ({info.period}), {column} rates, {verb} first "
                         f"(of {len(ranked)} wards):")
        for c in picks:
            row = rows[rows["area"] == c.area].iloc[0]
            k = self._cite(row)
            out.figures.append(self._value_figure(row, k, f"{c.area} {measure} rate (ward table)"))
            out.figures.append(self._computed(c, (k,)))
            flag = flag_of.get(c.area)
            flag_txt = f", {flag}" if flag else ""
            conflicts = self._other_documents(row, others, out, f"{c.area} {measure} rate (ward table)")
            out.lines.append(f"- {c.area}: {num(row['value'], row.get('value_text'))}{unit_text(row.get('unit'))}, "
                             f"rank {int(c.value)}{flag_txt} [{k}]" + (self._labelled(row) if conflicts else ""))
            out.lines += conflicts
        if flags is not None:
            cites = tuple(sorted({self._cite(rows[rows["area"] == c.area].iloc[0]) for c in picks}))
            out.figures.append(self._computed(flags.above_threshold, cites))
            out.lines.append(f"The table's 'above average' rule (mean plus one {flags.sd_kind} standard deviation of the "
                             f"ward values) puts the threshold at {flags.above_threshold.value:.2f} "
                             f"(mean {flags.mean.value:.2f}, SD {flags.sd.value:.2f}).")
            out.figures.append(self._computed(flags.mean, cites))
            out.figures.append(self._computed(flags.sd, cites))
        return out

    def area_value(self, partnership: str, measure: str, comparators: tuple[str, ...] = ("force",),
                   period: str | None = None, question: str = "", comparators_asked: tuple[str, ...] = ()) -> Composed:
        """A partnership's value for a measure with its comparators, ratios, and any disagreeing printed values."""
        out = Composed()
        rows = pd.DataFrame()
        for m in family(measure)[:1] + [x for x in family(measure)[1:] if x in _ancestors(measure, 1)]:
            rows = self._rows(partnership, [m], "partnership")
            if len(rows):
                break
        if period is not None and len(rows):
            rows = rows[rows["period"] == period]
        if not len(rows):
            out.missing.append(f"no {measure} figure for {partnership}" + (f" in {period}" if period else ""))
            return out
        order = self._order(rows)
        if question:
            # the printing whose label and qualifier share most words with the question ("incl. Covid breaches")
            asked = set(terms(question))
            match = rows.apply(lambda r: len(asked & set(terms(f"{r.get('measure_printed') or ''} {r.get('qualifier') or ''}"))), axis=1)
            order = order - 10 * match
        rows = rows.assign(_o=order).sort_values("_o", kind="stable").drop(columns="_o")
        main = rows.iloc[0]
        n = self._cite(main)
        asks_multiple = bool(question and _TIMES.search(question))
        out.figures.append(self._value_figure(main, n, f"{partnership} {main['measure']} rate"))
        line = (f"- **{partnership}** ({main['period']}): {main.get('measure_printed') or main['measure']} "
                f"{num(main['value'], main.get('value_text'))}{unit_text(main.get('unit'))} [{n}]")
        parts, beside = [], []
        for kind in comparators:
            comp = self.comparator(main, kind)
            if comp is not None:
                parts.append(self.ratio_line(main, comp, n, out, detail=True, inverse=asks_multiple))
                continue
            # the comparator asked for may be printed beside another printing of the same value (the text's)
            for _, alt in rows.iloc[1:].iterrows():
                if alt["value"] != main["value"] or alt["doc_id"] != main["doc_id"] or alt["period"] != main["period"]:
                    continue
                comp = self.comparator(alt, kind)
                if comp is not None:
                    parts.append(self.ratio_line(alt, comp, self._cite(alt), out, detail=True, inverse=asks_multiple))
                    break
            else:
                if kind != "force" and kind.replace("_", " ") in comparators_asked:
                    # asked against a comparator printed only beside another printing of the measure (all ASB against
                    # the national rate, where the table of traditional ASB gives the force rate only): that one too
                    for _, alt in rows.iloc[1:].iterrows():
                        if alt["doc_id"] != main["doc_id"] or alt["period"] != main["period"] or alt["value"] == main["value"]:
                            continue
                        comp = self.comparator(alt, kind)
                        if comp is not None:
                            beside.append((alt, comp))
                            break
        for alt, comp in beside:
            k = self._cite(alt)
            out.figures.append(self._value_figure(alt, k, f"{partnership} {alt['measure']} rate (another printing)"))
            printed = f"{alt.get('measure_printed') or alt['measure']}" + (f" ({alt['qualifier']})" if alt.get("qualifier") else "")
            out.lines.append(f"- {partnership} ({alt['period']}): {printed} {num(alt['value'], alt.get('value_text'))}"
                             f"{unit_text(alt.get('unit'))} [{k}]; " + self.ratio_line(alt, comp, k, out, detail=True,
                                                                         inverse=asks_multiple))
        if parts:
            line += "; " + "; ".join(parts)
        conflicts = self._other_documents(main, rows.iloc[1:], out, f"{partnership} {main['measure']} rate")
        out.lines.append(line + (self._labelled(main) if conflicts else ""))
        out.lines += conflicts
        others = rows.iloc[1:]
        others = others[(others["doc_id"] == main["doc_id"])
                        & (others["unit"].fillna("") == (main.get("unit") or "")) & (others["value"] != main["value"])
                        & (others["period"] == main["period"])
                        & (others["qualifier"].fillna("") == (main.get("qualifier") or ""))]
        for _, o in others.drop_duplicates("value").iterrows():
            k = self._cite(o)
            out.figures.append(self._value_figure(o, k, f"{partnership} {o['measure']} rate (another printing)"))
            out.lines.append(f"  The documents also give {num(o['value'], o.get('value_text'))}{unit_text(o.get('unit'))} "
                             f"for this ({o.get('measure_printed') or o['measure']}) [{k}].")
        return out

    def across_partnerships(self, measure: str, partnerships: list[str] | None = None, question: str = "") -> Composed:
        """The measure side by side for every partnership that reports it, with each document's period."""
        out = Composed()
        rows = self._rows(None, [measure], "partnership")
        if partnerships:
            rows = rows[rows["partnership"].isin(partnerships)]
        if not len(rows):
            out.missing.append(f"no partnership reports {measure}")
            return out
        units = rows["unit"].fillna("").unique()
        rescaled: dict[int, tuple[float, str]] = {}  # row index -> (factor, the unit as printed)
        if len(units) > 1:
            main_unit = rows["unit"].fillna("").value_counts().index[0]
            main_per = per_unit(main_unit)
            keep = rows["unit"].fillna("") == main_unit
            for i, r in rows[~keep].iterrows():
                per = per_unit(r.get("unit") or "")
                if main_per and per and per[1] == main_per[1]:
                    rescaled[i] = (main_per[0] / per[0], r.get("unit") or "")  # 'per 100,000' read 'per 1,000'
                    keep[i] = True
            skipped = rows[~keep]
            for _, s in skipped.drop_duplicates("partnership").iterrows():
                out.missing.append(f"{s['partnership']} gives {measure} in '{s['unit']}', not comparable with '{main_unit}'")
            rows = rows[keep].copy()
            for i, (factor, _) in rescaled.items():
                rows.loc[i, "value"] = float(rows.loc[i, "value"]) * factor
                rows.loc[i, "unit"] = main_unit
        every = rows.assign(_o=self._order(rows)).sort_values(["partnership", "_o"], kind="stable")
        rows = every.drop_duplicates("partnership").sort_values("value", ascending=False)
        out.lines.append(f"{measure.capitalize()} by partnership (each document's own period):")
        for _, row in rows.iterrows():
            n = self._cite(row)
            if row.name in rescaled:
                factor, printed = rescaled[row.name]
                value = float(row["value"])
                out.figures.append(self._computed(compute.Computed(
                    label=f"{row['partnership']} {measure} rate, {row['unit']}", value=round(value, 2), unit=row["unit"],
                    formula=f"{row.get('value_text') or num(value / factor)} {printed} × {num(factor)}",
                    area=row["partnership"], area_type="partnership", measure=measure, period=row["period"]), (n,)))
                line = (f"- {row['partnership']} ({row['period']}): {num(round(value, 1))}{unit_text(row.get('unit'))}, "
                        f"printed as {row.get('value_text') or num(value / factor)} {printed} [{n}]")
            else:
                out.figures.append(self._value_figure(row, n, f"{row['partnership']} {measure} rate"))
                line = f"- {row['partnership']} ({row['period']}): {num(row['value'], row.get('value_text'))}{unit_text(row.get('unit'))} [{n}]"
            comp = self.comparator(row)
            if comp is not None:
                line += " — " + self.ratio_line(row, comp, n, out)
            conflicts = self._other_documents(row, every[every["partnership"] == row["partnership"]], out,
                                              f"{row['partnership']} {measure} rate")
            out.lines.append(line + (self._labelled(row) if conflicts else ""))
            out.lines += conflicts
        if rows["period"].nunique() > 1:
            out.lines.append("The periods differ, so the figures are not strictly like for like.")
        asked = re.search(r"\b(higher|highest|more|most|worse|worst|lower|lowest|less|least|fewer|fewest|better|best)\b",
                          question, re.I)
        if asked and re.search(r"\b(which|who|where)\b", question, re.I) and len(rows) >= 2:
            # 'which has the higher ASB rate, X or Y?': the answer first, in a sentence
            low = asked.group(1).lower() in ("lower", "lowest", "less", "least", "fewer", "fewest", "better", "best")
            ordered = rows.sort_values("value", ascending=low)
            top, rest = ordered.iloc[0], ordered.iloc[1:]
            word = asked.group(1).lower()
            unit = unit_text(top.get("unit"))
            ties = [r for _, r in rest.iterrows() if float(r["value"]) == float(top["value"])]
            others = ", ".join(f"{r['partnership']}'s {num(r['value'], r.get('value_text'))} [{self._cite(r)}]"
                               for _, r in rest.iterrows() if float(r["value"]) != float(top["value"]))
            if ties:
                names = " and ".join([top["partnership"], *(r["partnership"] for r in ties)])
                lead = f"{names} are level on {measure}: {num(top['value'], top.get('value_text'))}{unit} [{self._cite(top)}]"
            else:
                lead = (f"{top['partnership']} is {word}: {num(top['value'], top.get('value_text'))}{unit} "
                        f"[{self._cite(top)}]")
            out.lines.insert(0, lead + (f", against {others}." if others else "."))
        return out

    def change(self, partnership: str, measure: str, area_type: str = "partnership") -> Composed:
        """Change between the periods the documents give for one measure and area."""
        out = Composed()
        rows = self._rows(partnership, [measure], area_type)
        rows = rows[rows["period"].notna()]
        if rows["period"].nunique() < 2:
            held = ", ".join(sorted(rows["period"].dropna().unique())) or "none"
            out.missing.append(f"{partnership} {measure} is given for one period only ({held})")
            return out
        ranks = trust_column(rows, self.book.metas)
        guessed = rows[ranks > ranks.min()]  # a guessed document's period never makes a change with a listed one's
        rows = rows[ranks == ranks.min()]
        if rows["period"].nunique() < 2:
            held = ", ".join(sorted(rows["period"].dropna().unique())) or "none"
            out.missing.append(f"{partnership} {measure} is given for one period only ({held})")
        rows = rows.assign(_o=self._order(rows)).sort_values("_o", kind="stable").drop_duplicates(["period", "unit"])
        for _, g in guessed.drop_duplicates(["doc_id", "value"]).iterrows():
            k = self._cite(g)
            meta = self.book.metas[g["doc_id"]]
            out.figures.append(self._value_figure(g, k, f"{partnership} {measure} ({meta.source})"))
            out.lines.append(f"- Another document gives {partnership} {measure} "
                             f"{num(g['value'], g.get('value_text'))}{unit_text(g.get('unit'))} for "
                             f"{g.get('period') or 'no stated period'} in {source_label(meta)} [{k}]; it is not "
                             f"compared, as its partnership was inferred, not listed in the manifest.")
        for unit, grp in rows.groupby(rows["unit"].fillna("")):
            if grp["period"].nunique() < 2:
                continue
            grp = grp.sort_values("period")
            a, b = grp.iloc[0], grp.iloc[-1]
            try:
                ch = compute.change_between(a, b, allow_qualifier_mismatch=False)
            except TableQueryError as exc:
                out.missing.append(str(exc))
                continue
            na, nb = self._cite(a), self._cite(b)
            out.figures += [self._value_figure(a, na), self._value_figure(b, nb), self._computed(ch.absolute, (na, nb))]
            pct = ""
            if ch.percent is not None:
                out.figures.append(self._computed(ch.percent, (na, nb)))
                pct = f" ({ch.percent.value:+.1f}%)"
            out.lines.append(f"- {partnership} {measure}: {num(a['value'], a.get('value_text'))} in {a['period']} [{na}] → "
                             f"{num(b['value'], b.get('value_text'))} in {b['period']} [{nb}], a change of "
                             f"{ch.absolute.value:+.10g}{unit_text(unit)}{pct}")
        return out

    def approx_count(self, partnership: str, measure: str) -> Composed:
        """An approximate number from a rate and the population the document states."""
        out = Composed()
        rate = self._rows(partnership, [measure], "partnership")
        pop = self._rows(partnership, ["population"], "partnership")
        rate = rate[rate["unit"].fillna("").str.startswith("per ")]
        if not len(rate) or not len(pop):
            out.missing.append(f"no {measure} rate and population for {partnership}")
            return out
        r, p = rate.iloc[0], pop.iloc[0]
        try:
            c = compute.approx_count(r, p)
        except TableQueryError as exc:
            out.missing.append(str(exc))
            return out
        nr, np_ = self._cite(r), self._cite(p)
        out.figures += [self._value_figure(r, nr), self._value_figure(p, np_, f"{partnership} population"), self._computed(c, (nr, np_))]
        out.lines.append(f"- About {c.value:,.0f} {measure} in {partnership} ({r['period']}): "
                         f"{num(r['value'], r.get('value_text'))}{unit_text(r.get('unit'))} [{nr}] × "
                         f"{num(p['value'], p.get('value_text'))} people [{np_}] / {unit_base(r.get('unit')) or 1000:,}")
        return out

    def compose(self, frame: Frame, partnerships: list[str]) -> Composed:
        """Route by intent to the building blocks above."""
        out = Composed()
        measure = frame.measures[0] if frame.measures else None
        intent = frame.intent
        low = frame.text.lower()
        wants_count = bool(re.search(r"\b(estimate\w*|approximate(ly)?|roughly)\b", low)) and "times" not in low
        if intent == Intent.COMPARE_PARTNERSHIPS and measure:
            out.extend(self.across_partnerships(measure, partnerships if len(partnerships) >= 2 else None, question=frame.text))
            return out
        for p in partnerships:
            if intent == Intent.WARD_HOTSPOT or (intent == Intent.COMPUTED and ("ward" in frame.text.lower() or frame.wards)):
                if frame.wards and not frame.refers_to_previous:
                    for ward, _ in frame.wards:
                        out.extend(self.ward_detail(p, ward, measure))
                else:
                    out.extend(self.ward_hotspots(p, measure, frame.ranking))
            elif intent == Intent.COMPARE_YEARS and measure:
                out.extend(self.change(p, measure))
            elif measure and wants_count and intent in (Intent.COMPUTED, Intent.LOOKUP_RATE):
                out.extend(self.approx_count(p, measure))
                if not out.lines:
                    out.extend(self.area_value(p, measure, ("force",)))
            elif measure and intent in (Intent.LOOKUP_RATE, Intent.COMPARE_LOCAL_FORCE, Intent.COMPUTED, Intent.NARRATIVE, Intent.RECOMMENDATION):
                # a comparison question gets every comparator the documents print beside the value, the force first
                comps = tuple(c for c in ("force", "region", "national", "similar_forces")
                              if c == "force" or c.replace("_", " ") in frame.comparators
                              or intent == Intent.COMPARE_LOCAL_FORCE)
                out.extend(self.area_value(p, measure, comps, question=frame.text,
                                           comparators_asked=tuple(frame.comparators)))
        return out

    def ward_detail(self, partnership: str, ward: str, measure: str | None) -> Composed:
        """One ward's figures for a measure: its card entries and its ward-table value with rank and flag."""
        out = Composed()
        rows = self._rows(partnership, area_type="ward")
        rows = rows[rows["area"].str.lower() == ward.lower()]
        available = set(rows["measure"].dropna())
        pick = next((m for m in (family(measure) if measure else ["total recorded crime"]) if m in available), None)
        if pick is None:
            out.missing.append(f"no figures for {ward} ward" + (f" on {measure}" if measure else ""))
            return out
        rows = rows[rows["measure"] == pick]
        every = rows
        rows = rows.assign(_o=self._order(rows)).sort_values("_o", kind="stable").drop(columns="_o")
        rows = rows[rows["doc_id"] == rows["doc_id"].iloc[0]].drop_duplicates("source_kind")
        for _, row in rows.iterrows():
            n = self._cite(row)
            out.figures.append(self._value_figure(row, n, f"{ward} {row['measure']}"))
            line = (f"- {ward} ({row['period']}): {row.get('measure_printed') or row['measure']} "
                    f"{num(row['value'], row.get('value_text'))}{unit_text(row.get('unit'))} [{n}]")
            comp = self.comparator(row)
            if comp is not None and (row.get("unit") or "") != "%":
                line += " — " + self.ratio_line(row, comp, n, out)
            if row["source_kind"] == "table":
                line += self._rank_and_flag(partnership, row, n, out)
            conflicts = self._other_documents(row, every, out, f"{ward} {row['measure']}")
            out.lines.append(line + (self._labelled(row) if conflicts else ""))
            out.lines += conflicts
        return out

    def _rank_and_flag(self, partnership: str, row, n: int, out: Composed) -> str:
        """'; rank 4 of 22 wards, above average' for a ward-table value, with the computed figures."""
        table_rows = self._rows(partnership, [row["measure"]], "ward", ("table",))
        table_rows = table_rows[table_rows["table_id"] == row["table_id"]]
        try:
            ranked = compute.rank(table_rows, row["measure"], table_id=row["table_id"])
        except TableQueryError:
            return ""
        mine = next((c for c in ranked if c.area == row["area"]), None)
        if mine is None:
            return ""
        count = compute.Computed(label="wards in the table", value=float(len(ranked)), unit="count",
                                 formula=f"count of ward rows = {len(ranked)}", area_type="ward",
                                 measure=row["measure"], period=row.get("period"))
        out.figures += [self._computed(mine, (n,)), self._computed(count, ())]
        text = f"; rank {int(mine.value)} of {len(ranked)} wards"
        try:
            flags = compute.above_average_flags(table_rows, row["measure_printed"], table_id=row["table_id"])
        except TableQueryError:
            return text
        flag = dict(zip(flags.flags["area"], flags.flags["flag"])).get(row["area"])
        out.figures.append(self._computed(flags.above_threshold, (n,)))
        verdict = flag or "not above average"
        return text + f", {verdict} (threshold {flags.above_threshold.value:.2f})"
