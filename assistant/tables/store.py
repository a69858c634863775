"""TableStore: every extracted table of a corpus, queried by named operations and persisted with the index."""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path
from typing import Any

import pandas as pd

from assistant.errors import IndexCorrupt, IndexMissing, TableQueryError
from assistant.tables.model import (FACT_COLUMNS, PRIORITY_COLUMNS, SOURCE_PREFERENCE, VALUE_COLUMNS, ExtractionResult,
                                    Problem, TableInfo, empty_frame, normalise_frame)
from assistant.tables.vocabulary import MEASURES, canonical_measure, normalise_label

STORE_VERSION = 1
META_FILE = "tables_meta.json"
FRAMES_FILE = "tables_frames.json"
_FRAMES = {"values": ("tables_values.parquet", VALUE_COLUMNS), "facts": ("tables_facts.parquet", FACT_COLUMNS),
           "priorities": ("tables_priorities.parquet", PRIORITY_COLUMNS)}


def _key(text: Any) -> str:
    return normalise_label(str(text)) if text is not None else ""


class _LazyFrames(dict):
    """Table id -> wide frame, made from its stored columns and rows on first access."""

    def __getitem__(self, table_id: str) -> pd.DataFrame:
        value = super().__getitem__(table_id)
        if not isinstance(value, pd.DataFrame):
            value = pd.DataFrame(value["data"], columns=value["columns"])
            super().__setitem__(table_id, value)
        return value

    def items(self):
        return [(k, self[k]) for k in self.keys()]

    def values(self):
        return [self[k] for k in self.keys()]


class TableStore:
    """All tables, tidy values, text facts and priority lists extracted from a corpus."""

    def __init__(self, infos: list[TableInfo], frames: dict[str, pd.DataFrame], values: pd.DataFrame,
                 facts: pd.DataFrame, priorities: pd.DataFrame, problems: list[Problem]):
        self._infos = {i.table_id: i for i in infos}
        self._frames = frames
        self._values = normalise_frame(values, VALUE_COLUMNS)
        self._facts = normalise_frame(facts, FACT_COLUMNS)
        self._priorities = normalise_frame(priorities, PRIORITY_COLUMNS)
        self._problems = list(problems)
        self._lock = threading.Lock()
        self._grouped: dict[str, Any] | None = None
        self._word_fields: tuple[str, ...] | None = None

    # ---- building and persistence ----------------------------------------------------------
    @classmethod
    def from_results(cls, results: list[ExtractionResult]) -> "TableStore":
        """A store holding the extraction results of several documents."""
        infos = [t.info for r in results for t in r.tables]
        frames = {t.info.table_id: t.frame for r in results for t in r.tables}

        def cat(name: str, cols: tuple[str, ...]) -> pd.DataFrame:
            parts = [getattr(r, name) for r in results if len(getattr(r, name))]
            return pd.concat(parts, ignore_index=True) if parts else empty_frame(cols)

        return cls(infos, frames, cat("values", VALUE_COLUMNS), cat("facts", FACT_COLUMNS),
                   cat("priorities", PRIORITY_COLUMNS), [p for r in results for p in r.problems])

    def save(self, directory: str | Path) -> None:
        """Write the store into a directory (JSON metadata and frames, Parquet tidy data)."""
        d = Path(directory)
        d.mkdir(parents=True, exist_ok=True)
        meta = {"version": STORE_VERSION, "tables": [i.to_dict() for i in self._infos.values()],
                "problems": [p.to_dict() for p in self._problems]}
        (d / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
        frames = {tid: {"columns": [str(c) for c in f.columns], "data": f.astype(object).where(f.notna(), None).values.tolist()}
                  for tid, f in self._frames.items()}
        (d / FRAMES_FILE).write_text(json.dumps(frames, ensure_ascii=False), encoding="utf-8")
        for name, (fname, _) in _FRAMES.items():
            getattr(self, f"_{name}").to_parquet(d / fname, index=False)

    @classmethod
    def load(cls, directory: str | Path) -> "TableStore":
        """Read a store written by save(); IndexMissing if absent, IndexCorrupt if unreadable."""
        d = Path(directory)
        if not (d / META_FILE).exists():
            raise IndexMissing(f"no extracted tables in {d} (expected {META_FILE}); run `csa build`")
        try:
            meta = json.loads((d / META_FILE).read_text(encoding="utf-8"))
            if meta.get("version") != STORE_VERSION:
                raise IndexCorrupt(f"tables in {d} were written by store version {meta.get('version')}, "
                                   f"this is version {STORE_VERSION}; rebuild the index with `csa build`")
            raw = json.loads((d / FRAMES_FILE).read_text(encoding="utf-8"))
            frames = _LazyFrames(raw)  # thousands of small tables at scale: build each frame only when shown
            tidy = {name: pd.read_parquet(d / fname) for name, (fname, _) in _FRAMES.items()}
        except IndexCorrupt:
            raise
        except (OSError, ValueError, KeyError) as exc:
            raise IndexCorrupt(f"tables in {d} are unreadable ({type(exc).__name__}: {exc}); "
                               "rebuild the index with `csa build`") from exc
        return cls([TableInfo.from_dict(t) for t in meta["tables"]], frames, tidy["values"], tidy["facts"],
                   tidy["priorities"], [Problem(**p) for p in meta.get("problems", [])])

    # ---- tables ---------------------------------------------------------------------------------
    def list_tables(self, kind: str | None = None, doc_id: str | None = None) -> pd.DataFrame:
        """One row per table: id, document, title, kind, period, shape, partnership, unit, section, page."""
        rows = [{"id": i.table_id, "doc_id": i.doc_id, "title": i.title, "kind": i.kind, "period": i.period,
                 "n_rows": i.n_rows, "n_cols": i.n_cols, "partnership": i.partnership, "unit": i.unit,
                 "section": i.section, "page": i.page}
                for i in self._infos.values()
                if (kind is None or i.kind == kind) and (doc_id is None or i.doc_id == doc_id)]
        df = pd.DataFrame(rows, columns=["id", "doc_id", "title", "kind", "period", "n_rows", "n_cols",
                                         "partnership", "unit", "section", "page"])
        return df.astype({"n_rows": "Int64", "n_cols": "Int64", "page": "Int64"})

    def info(self, table_id: str) -> TableInfo:
        """A table's metadata; TableQueryError if there is no such table."""
        try:
            return self._infos[table_id]
        except KeyError:
            raise TableQueryError(f"no table '{table_id}' (see `csa tables` for the ids)") from None

    def table(self, table_id: str) -> pd.DataFrame:
        """A table as printed (wide, text cells)."""
        self.info(table_id)
        return self._frames[table_id].copy()

    def problems(self) -> list[Problem]:
        """What extraction reported and skipped, per document."""
        return list(self._problems)

    # ---- queries --------------------------------------------------------------------------------
    def _resolve(self, column: str, wanted: str, what: str) -> pd.Series:
        """Value rows naming `wanted` in a column (case and punctuation aside; 'Castle Ward' = 'Castle';
        'Cannock' = 'Cannock Chase'). A name the corpus never mentions is a TableQueryError; a known
        name with no values (a partnership only listed among 'CSPs with priority') gives no rows."""
        want = _key(wanted)
        alt = re.sub(r" ward$", "", want)

        def match(series: pd.Series) -> pd.Series:
            keys = series.map(_key)
            m = keys.eq(want) | keys.eq(alt)
            return m if m.any() else keys.str.startswith(want + " ")

        mask = match(self._values[column])
        if not mask.any():
            known = match(self._facts[column]).any()
            if column == "partnership":
                known = known or match(self.partnerships()["partnership"]).any()
            if not known:
                raise TableQueryError(f"no {what} named '{wanted}' in the extracted tables")
        return mask

    def _measure_mask(self, measure: str) -> pd.Series:
        """Value rows of a measure, named canonically, by a synonym, or as printed; TableQueryError
        when the name is neither in the vocabulary nor printed anywhere."""
        v = self._values
        canon = measure if measure in MEASURES else canonical_measure(measure)
        mask = v["measure_printed"].map(_key).eq(_key(measure))
        if canon:
            return mask | v["measure"].eq(canon)
        if not mask.any():
            raise TableQueryError(f"no measure '{measure}' in the extracted tables or the measure vocabulary")
        return mask

    def values(self, partnership: str | None = None, area: str | None = None, area_type: str | None = None,
               measure: str | None = None, period: str | None = None, doc_id: str | None = None,
               table_id: str | None = None, source_kind: str | None = None, qualifier: str | None = None) -> pd.DataFrame:
        """Tidy values (one row per value, with provenance) matching every filter given."""
        v = self._values
        mask = pd.Series(True, index=v.index)
        if partnership is not None:
            mask &= self._resolve("partnership", partnership, "partnership")
        if area is not None:
            mask &= self._resolve("area", area, "area")
        if area_type is not None:
            mask &= v["area_type"].eq(area_type)
        if measure is not None:
            mask &= self._measure_mask(measure)
        if period is not None:
            mask &= v["period"].eq(period)
        if doc_id is not None:
            mask &= v["doc_id"].eq(doc_id)
        if table_id is not None:
            self.info(table_id)
            mask &= v["table_id"].eq(table_id)
        if source_kind is not None:
            mask &= v["source_kind"].eq(source_kind)
        if qualifier is not None:
            mask &= v["qualifier"].map(_key).eq(_key(qualifier))
        out = v[mask].copy()
        order = out["source_kind"].map(SOURCE_PREFERENCE).fillna(9)
        return out.assign(_o=order).sort_values(["doc_id", "_o", "start"], kind="stable").drop(columns="_o")

    def grouped(self) -> dict[str, Any]:
        """Every value, and the same split by partnership ('by_partnership') and by document ('by_doc'), computed once."""
        with self._lock:
            if self._grouped is None:
                v = self.values()
                self._grouped = {
                    "all": v,
                    "by_partnership": {p: g for p, g in v.groupby("partnership", sort=False)},
                    "by_doc": {d: g for d, g in v.groupby("doc_id", sort=False)},
                }
            return self._grouped

    def word_fields(self) -> tuple[str, ...]:
        """The labels (lowercased, bracketed notes dropped) of the panel fields whose entries are words, not figures
        ('direction of travel', not 'local rate'), computed once."""
        with self._lock:
            if self._word_fields is None:
                facts = self._facts
                names = []
                for name, texts in facts.groupby(facts["field"].fillna(""), sort=False)["text"]:
                    key = re.sub(r"\s*\(.*?\)", "", str(name)).strip().lower()
                    if key and texts.astype(str).str.match(r"\s*[-+£]?\d").mean() < 0.5:
                        names.append(key)
                self._word_fields = tuple(dict.fromkeys(names))
            return self._word_fields

    def value(self, value_id: str) -> pd.Series:
        """One tidy value by its id."""
        hit = self._values[self._values["value_id"] == value_id]
        if hit.empty:
            raise TableQueryError(f"no value '{value_id}'")
        return hit.iloc[0]

    def facts(self, partnership: str | None = None, table_id: str | None = None, subject: str | None = None,
              field: str | None = None, doc_id: str | None = None) -> pd.DataFrame:
        """Text facts (card fields, hotspot entries, text-table cells) with provenance."""
        f = self._facts
        mask = pd.Series(True, index=f.index)
        if partnership is not None:
            mask &= f["partnership"].map(_key).eq(_key(partnership))
        if table_id is not None:
            mask &= f["table_id"].eq(table_id)
        if subject is not None:
            mask &= f["subject"].map(_key).eq(_key(subject))
        if field is not None:
            mask &= f["field"].map(_key).eq(_key(field))
        if doc_id is not None:
            mask &= f["doc_id"].eq(doc_id)
        return f[mask].copy()

    def priorities(self, partnership: str | None = None, list_kind: str | None = None,
                   doc_id: str | None = None) -> pd.DataFrame:
        """Priority lists: main, additional, force-wide, specific-CSP and county-wide items, in order."""
        p = self._priorities
        mask = pd.Series(True, index=p.index)
        if partnership is not None:
            keys = p["partnership"].map(_key)
            want = _key(partnership)
            mask &= keys.eq(want) | keys.str.startswith(want + " ")
            if not mask.any():
                raise TableQueryError(f"no priority lists for '{partnership}'")
        if list_kind is not None:
            mask &= p["list_kind"].eq(list_kind)
        if doc_id is not None:
            mask &= p["doc_id"].eq(doc_id)
        return p[mask].copy()

    # ---- gazetteer ------------------------------------------------------------------------------
    def areas(self) -> pd.DataFrame:
        """Every area named in a value or a locality table: area, area_type, partnership, doc_id."""
        cols = ["area", "area_type", "partnership", "doc_id"]
        both = pd.concat([self._values[cols], self._facts[cols]], ignore_index=True).dropna(subset=["area"])
        return both.drop_duplicates().sort_values(cols, kind="stable").reset_index(drop=True)

    def partnerships(self) -> pd.DataFrame:
        """Partnerships known to the corpus: from documents, ward tables, locality tables and 'CSPs with priority' lists."""
        rows: list[dict[str, Any]] = []
        for i in self._infos.values():
            if i.partnership:
                rows.append({"partnership": i.partnership, "source": "document", "doc_id": i.doc_id})
        for frame, source in ((self._values, "table"), (self._facts, "table")):
            for (p, d) in frame[["partnership", "doc_id"]].dropna().drop_duplicates().itertuples(index=False):
                rows.append({"partnership": p, "source": source, "doc_id": d})
        lists = self._facts[self._facts["field"].isin(["CSPs with priority", "CSPs with consideration"])]
        for text, d in lists[["text", "doc_id"]].itertuples(index=False):
            for name in str(text).split(","):
                name = name.strip().strip("()").strip()
                if name and not name.lower().startswith("all "):
                    rows.append({"partnership": name, "source": "csp_list", "doc_id": d})
        df = pd.DataFrame(rows, columns=["partnership", "source", "doc_id"])
        df["_o"] = df["source"].map({"document": 0, "table": 1, "csp_list": 2})
        df = df.sort_values(["partnership", "_o"], kind="stable").drop_duplicates(["partnership", "doc_id"])
        return df.drop(columns="_o").reset_index(drop=True)

    def measures(self) -> pd.DataFrame:
        """Measures with values: canonical name, printed variants, parent, units, number of values."""
        v = self._values.dropna(subset=["measure"])
        rows = []
        for m, g in v.groupby("measure", sort=True):
            rows.append({"measure": m, "printed": sorted({x for x in g["measure_printed"].dropna()}),
                         "parent": MEASURES[m].parent if m in MEASURES else None,
                         "units": sorted({x for x in g["unit"].dropna()}), "n_values": len(g)})
        return pd.DataFrame(rows, columns=["measure", "printed", "parent", "units", "n_values"])

    # ---- views ----------------------------------------------------------------------------------
    def cards(self, partnership: str | None = None) -> pd.DataFrame:
        """One row per priority fact card: its fields as printed, hotspot wards, and local and force rates."""
        from assistant.tables.views import cards_frame

        return cards_frame(self, partnership)

    def flags(self, table_id: str, column: str, ddof: int = 1):  # -> WardFlags
        """The 'above average' flags of one ward-table column (see compute.above_average_flags)."""
        from assistant.tables.compute import above_average_flags

        return above_average_flags(self, column, table_id=table_id, ddof=ddof)

    def disagreements(self, tolerance: float = 0.0) -> pd.DataFrame:
        """Groups of values for the same area, measure and period that differ (table vs text, rounding, qualifiers)."""
        from assistant.tables.views import disagreements_frame

        return disagreements_frame(self._values, tolerance)

    def export(self, directory: str | Path) -> list[Path]:
        """Write every table as CSV, the tidy frames, and a data dictionary (Markdown and CSV)."""
        from assistant.tables.export import export_store

        return export_store(self, Path(directory))

    @property
    def all_values(self) -> pd.DataFrame:
        """The whole tidy value frame."""
        return self._values.copy()

    @property
    def all_facts(self) -> pd.DataFrame:
        """The whole text-fact frame."""
        return self._facts.copy()
