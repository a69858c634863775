"""Value types of the tables engine: table metadata, extraction results, problems, tidy columns."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

import pandas as pd

AreaType = Literal["ward", "locality", "partnership", "county", "force", "region", "national", "similar_forces"]

# One row per value, with provenance. `partnership` is the partnership whose document (or
# ward-table row) the value belongs to; `area`/`area_type` say what the number describes.
# Which source of a value is preferred when several give it: a document's fact card (its own summary of the
# figure), then a table, then a sentence of a passage. One order for every reader of the store.
SOURCE_PREFERENCE: dict[str, int] = {"card": 0, "table": 1, "passage": 2}

VALUE_COLUMNS: tuple[str, ...] = (
    "value_id", "table_id", "doc_id", "source", "partnership", "period",
    "area", "area_type", "area_printed", "breakdown",
    "measure", "measure_printed", "parent_measure", "qualifier",
    "value", "value_text", "decimals", "unit", "unit_printed", "note", "source_kind",
    "section", "page", "page_inferred", "start", "end", "row_text", "cell_start", "cell_end",
)

# Text cells and card fields (direction of travel, governance lead officer, Mosaic descriptions...).
FACT_COLUMNS: tuple[str, ...] = (
    "fact_id", "table_id", "doc_id", "source", "partnership", "period",
    "subject", "field", "text", "area", "area_type", "measure",
    "section", "page", "page_inferred", "start", "end", "row_text",
)

PRIORITY_COLUMNS: tuple[str, ...] = (
    "priority_id", "table_id", "doc_id", "source", "partnership", "period",
    "list_kind", "position", "item", "item_printed", "measures", "flag", "note",
    "section", "page", "page_inferred", "start", "end", "row_text",
)

TableKind = Literal[
    "comparator", "ward_rates", "card", "area_breakdown", "category_counts", "inline_rates",
    "text_table", "grouped_text", "priorities", "text_figures",
]


@dataclass(frozen=True)
class TableInfo:
    """What one extracted table is and where it stands in its document."""

    table_id: str
    doc_id: str
    source: str
    partnership: str | None
    title: str
    kind: str
    period: str | None
    unit: str | None
    start: int
    end: int
    section: str = ""
    page: int | None = None
    page_inferred: bool = False
    columns: tuple[str, ...] = ()
    n_rows: int = 0
    n_cols: int = 0
    period_note: str | None = None
    footnotes: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for JSON."""
        d = asdict(self)
        for k in ("columns", "footnotes", "notes"):
            d[k] = list(d[k])
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "TableInfo":
        """Inverse of to_dict."""
        d = dict(d)
        for k in ("columns", "footnotes", "notes"):
            d[k] = tuple(d.get(k) or ())
        return cls(**d)


@dataclass(frozen=True, eq=False)
class ExtractedTable:
    """A table's metadata and its wide frame, as printed (text cells, original labels)."""

    info: TableInfo
    frame: pd.DataFrame


@dataclass(frozen=True)
class Problem:
    """Something the extractor reported instead of guessing: names the document and the reason."""

    doc_id: str
    source: str
    reason: str
    severity: Literal["error", "warning"] = "error"
    title: str = ""
    start: int = 0
    end: int = 0
    table_id: str | None = None

    def __str__(self) -> str:
        where = f" ({self.title})" if self.title else ""
        return f"{self.source}{where}: {self.reason}"

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for JSON."""
        return asdict(self)


@dataclass(frozen=True, eq=False)
class ExtractionResult:
    """Everything extracted from one document: tables, tidy values, text facts, priorities, problems."""

    doc_id: str
    tables: tuple[ExtractedTable, ...] = ()
    values: pd.DataFrame = field(default_factory=lambda: empty_frame(VALUE_COLUMNS))
    facts: pd.DataFrame = field(default_factory=lambda: empty_frame(FACT_COLUMNS))
    priorities: pd.DataFrame = field(default_factory=lambda: empty_frame(PRIORITY_COLUMNS))
    problems: tuple[Problem, ...] = ()

    def table(self, table_id: str) -> ExtractedTable:
        """One table by id."""
        for t in self.tables:
            if t.info.table_id == table_id:
                return t
        raise KeyError(table_id)


def empty_frame(columns: tuple[str, ...]) -> pd.DataFrame:
    """An empty frame with the given columns and their dtypes."""
    return normalise_frame(pd.DataFrame({c: pd.Series(dtype="object") for c in columns}), columns)


_INT = {"decimals", "page", "start", "end", "cell_start", "cell_end", "position"}
_FLOAT = {"value"}
_BOOL = {"page_inferred"}


def normalise_frame(df: pd.DataFrame, columns: tuple[str, ...]) -> pd.DataFrame:
    """The given columns, in order, with stable dtypes: floats, nullable ints, bools, else objects with None."""
    df = df.copy()
    for c in columns:
        if c not in df.columns:
            df[c] = None
        if c in _FLOAT:
            df[c] = pd.to_numeric(df[c], errors="coerce").astype("float64")
        elif c in _INT:
            df[c] = pd.to_numeric(df[c], errors="coerce").astype("Int64")
        elif c in _BOOL:
            df[c] = df[c].astype(object).where(df[c].notna(), False).astype(bool)
        else:
            col = df[c].astype(object)
            df[c] = col.where(col.notna(), None)
    return df[list(columns)].reset_index(drop=True)


def records_frame(records: list[dict[str, Any]], columns: tuple[str, ...]) -> pd.DataFrame:
    """A frame of records with exactly the given columns, in order, with stable dtypes."""
    if not records:
        return empty_frame(columns)
    return normalise_frame(pd.DataFrame.from_records(records), columns)
