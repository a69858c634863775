"""Structured tables engine: extract rate tables, fact cards and priority lists into tidy frames with
provenance, store them with the index, and compute figures (ranks, ratios, flags, changes) from them.

    result = extract_tables(parsed_document)            # tables, tidy values, facts, priorities, problems
    store = TableStore.from_results([result, ...])      # save(dir) / TableStore.load(dir)
    rows = store.values(partnership="Lichfield", measure="CKB")
    ratio_to(rows.iloc[0], comparator_for(store.all_values, rows.iloc[0], "force")).to_figure()
"""

from assistant.tables.compute import (Change, Computed, WardFlags, above_average_flags, approx_count, bottom_n,
                                      change_between, comparator_for, difference, rank, ratio_to, top_n)
from assistant.tables.extract import extract_tables
from assistant.tables.model import ExtractedTable, ExtractionResult, Problem, TableInfo
from assistant.tables.store import TableStore
from assistant.tables.vocabulary import MEASURES, canonical_measure, find_measures, synonyms

__all__ = [
    "Change", "Computed", "ExtractedTable", "ExtractionResult", "MEASURES", "Problem", "TableInfo", "TableStore",
    "WardFlags", "above_average_flags", "approx_count", "bottom_n", "canonical_measure", "change_between",
    "comparator_for", "difference", "extract_tables", "find_measures", "rank", "ratio_to", "synonyms", "top_n",
]
