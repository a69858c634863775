"""Export every table as CSV with a data dictionary (Markdown and CSV)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from assistant.tables.model import FACT_COLUMNS, PRIORITY_COLUMNS, VALUE_COLUMNS
from assistant.tables.vocabulary import MEASURES

if TYPE_CHECKING:
    from assistant.tables.store import TableStore

COLUMN_DOCS: dict[str, str] = {
    "value_id": "Stable id of the value: '<table_id>#<n>'.",
    "fact_id": "Stable id of the text fact: '<table_id>#f<n>'.",
    "priority_id": "Stable id of the priority item.",
    "table_id": "Id of the table (or card, or text-figures list) the row comes from.",
    "doc_id": "Document id (file name without extension).",
    "source": "Source file name.",
    "partnership": "Partnership whose document (or ward-table row) the row belongs to; not necessarily the area described.",
    "period": "Period of the figure: the table's own period from its title or heading, else the document's data period.",
    "area": "What the number describes: a ward, locality, partnership, 'Force area', region, national area or similar forces.",
    "area_type": "ward, locality, partnership, force, region, national or similar_forces.",
    "area_printed": "The area as printed (column header or row label).",
    "breakdown": "A category within the measure: age group, referral reason, 'offenders'/'crime' shares.",
    "measure": "Canonical measure from the harmonised vocabulary (None when the printed label is not in it).",
    "measure_printed": "The measure exactly as printed (row label, column header, card heading).",
    "parent_measure": "Canonical measure of the parent row in the same table ('burglary' for 'Burglary - Burglary Residential').",
    "qualifier": "What sets the figure apart from the plain measure: 'excl. Covid breaches', 'experimental', 'pre-pandemic'.",
    "value": "The number as a float.",
    "value_text": "The number as printed.",
    "decimals": "Decimal places printed (0 for whole numbers, e.g. rounded columns).",
    "unit": "Canonical unit: 'per 1,000 population', 'per 10,000 under-18s', '%', 'count', 'people'.",
    "unit_printed": "The unit as printed, when it was.",
    "note": "How the row was read when that needed a decision (inferred unit, area type, printed context).",
    "source_kind": "table (a printed table), card (a priority fact card) or passage (a sentence in the text).",
    "section": "Section path of the source row.",
    "page": "PDF page, or the page the contents list gives the section (then page_inferred is true).",
    "page_inferred": "True when the page comes from the contents list rather than the PDF.",
    "start": "Character offset where the source row starts in the document's extracted text.",
    "end": "Character offset where the source row ends; text[start:end] == row_text.",
    "row_text": "The source row (table line, card line, or sentence), verbatim.",
    "cell_start": "Character offset of the value's own cell.",
    "cell_end": "End offset of the value's own cell.",
    "subject": "What a text fact is about: the card's priority, a table row's first cell, a locality.",
    "field": "The card field or column the text comes from.",
    "text": "The text as printed (wrapped cells joined).",
    "list_kind": "main, additional, force_wide, specific_csps, county_wide, or note (a sentence about priorities).",
    "position": "Position in its list, from 1.",
    "item": "The priority without markup or footnote marks.",
    "item_printed": "The list item as printed.",
    "measures": "Canonical measures the item mentions, separated by '; '.",
    "flag": "A printed flag such as 'New!' or 'REVISED'.",
}


# A spreadsheet runs a cell that starts with one of these as a formula ('=HYPERLINK(...)', "=cmd|' /C calc'!A0").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?")


def spreadsheet_safe_cell(value):
    """A text cell that a spreadsheet would run as a formula, prefixed with a quote; numbers stay numbers."""
    if not isinstance(value, str):
        return value
    if "\r" in value:
        # the csv writer quotes '\n' but not a lone '\r', which a spreadsheet reads as the end of the row
        value = value.replace("\r\n", "\n").replace("\r", "\n")
        if not value.startswith(_FORMULA_START):
            return "'" + value if value.startswith("\n") else value
    if not value.startswith(_FORMULA_START):
        return value
    stripped = value.strip()
    if _NUMBER.fullmatch(stripped) or stripped.strip("-") == "":
        return value  # '-4.0', '+12%' and a lone dash for 'no data' are numbers or plain marks, not formulas
    return "'" + value


def spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of frame whose text cells and column names cannot run as spreadsheet formulas (OWASP CSV injection)."""
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(spreadsheet_safe_cell)
    out.columns = [spreadsheet_safe_cell(c) for c in out.columns]
    return out


def safe_csv(frame: pd.DataFrame, path: Path | None = None, **kwargs) -> str | None:
    """frame.to_csv (to path, or returned as text) with every text cell neutralised for spreadsheets."""
    kwargs.setdefault("index", False)
    return spreadsheet_safe(frame).to_csv(path, **kwargs)


def _safe(table_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "__", table_id)


def export_store(store: "TableStore", directory: Path) -> list[Path]:
    """Write tables/<id>.csv, values/facts/priorities/tables/problems CSVs and the data dictionary."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "tables").mkdir(exist_ok=True)
    written: list[Path] = []
    listing = store.list_tables()
    files = []
    for tid in listing["id"]:
        path = directory / "tables" / f"{_safe(tid)}.csv"
        safe_csv(store.table(tid), path)
        files.append(path.relative_to(directory).as_posix())
        written.append(path)
    safe_csv(listing.assign(file=files), directory / "tables.csv")
    for name, frame in (("values", store.all_values), ("facts", store.all_facts), ("priorities", store.priorities())):
        safe_csv(frame, directory / f"{name}.csv")
    problems = pd.DataFrame([p.to_dict() for p in store.problems()],
                            columns=["doc_id", "source", "reason", "severity", "title", "start", "end", "table_id"])
    safe_csv(problems, directory / "problems.csv")
    written += [directory / f for f in ("tables.csv", "values.csv", "facts.csv", "priorities.csv", "problems.csv")]
    dd_rows = [{"file": f, "column": c, "description": COLUMN_DOCS.get(c, "")}
               for f, cols in (("values.csv", VALUE_COLUMNS), ("facts.csv", FACT_COLUMNS), ("priorities.csv", PRIORITY_COLUMNS))
               for c in cols]
    for tid, f in zip(listing["id"], files):
        for c in store.table(tid).columns:
            dd_rows.append({"file": f, "column": str(c), "description": f"printed column of '{store.info(tid).title}'"})
    safe_csv(pd.DataFrame(dd_rows), directory / "data_dictionary.csv")
    (directory / "data_dictionary.md").write_text(_markdown(store, listing, files), encoding="utf-8")
    return written + [directory / "data_dictionary.csv", directory / "data_dictionary.md"]


def _markdown(store: "TableStore", listing: pd.DataFrame, files: list[str]) -> str:
    lines = ["# Extracted tables: data dictionary", "",
             "Every table found in the corpus, as printed (`tables/*.csv`), and the tidy data behind them.", "",
             "## Files", "",
             "- `tables.csv`: one row per table (id, document, title, kind, period, shape, file).",
             "- `tables/<id>.csv`: each table as printed (text cells, original labels).",
             "- `values.csv`: one row per value, with canonical measure, unit, period, area and provenance.",
             "- `facts.csv`: text cells and card fields (direction of travel, lead officer, descriptions).",
             "- `priorities.csv`: priority lists per partnership and period.",
             "- `problems.csv`: tables that were reported and skipped, and rows kept without values.", ""]
    for title, cols in (("values.csv", VALUE_COLUMNS), ("facts.csv", FACT_COLUMNS), ("priorities.csv", PRIORITY_COLUMNS)):
        lines += [f"## Columns of `{title}`", "", "| column | meaning |", "|---|---|"]
        lines += [f"| `{c}` | {COLUMN_DOCS.get(c, '')} |" for c in cols] + [""]
    lines += ["## Tables", "", "| id | document | title | kind | period | rows × cols | file |", "|---|---|---|---|---|---|---|"]
    for (_, r), f in zip(listing.iterrows(), files):
        title = str(r["title"]).replace("|", "/")
        lines.append(f"| `{r['id']}` | {r['doc_id']} | {title} | {r['kind']} | {r['period'] or ''} | "
                     f"{r['n_rows']} × {r['n_cols']} | `{f}` |")
    lines += ["", "## Measure vocabulary", "", "| canonical measure | parent | printed variants |", "|---|---|---|"]
    for m in MEASURES.values():
        variants = ", ".join(dict.fromkeys([*m.abbreviations, *m.synonyms]))
        lines.append(f"| {m.name} | {m.parent or ''} | {variants} |")
    lines += ["", "## Notes", "",
              "- Ward tables: 'above average' means above the mean plus one standard deviation of the ward values in "
              "that column, 'significantly above average' above the mean plus two (the tables' footnote). The cell "
              "highlighting was lost in extraction; `compute.above_average_flags` recomputes it (sample SD by default).",
              "- Where a document gives two values for the same measure (a table and a sentence, a rounded and an "
              "unrounded figure, with and without Covid breaches) both are kept; see `TableStore.disagreements()`.", ""]
    return "\n".join(lines)
