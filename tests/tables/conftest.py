"""Fixtures: the real sample corpus as ParsedDocuments, their extraction results, and a TableStore."""

from __future__ import annotations

import pytest

from assistant.tables import ExtractionResult, TableStore, extract_tables
from assistant.types import ParsedDocument

from ._support import corpus_docs


@pytest.fixture(scope="session")
def docs() -> dict[str, ParsedDocument]:
    """The five sample documents."""
    return corpus_docs()


@pytest.fixture(scope="session")
def results(docs) -> dict[str, ExtractionResult]:
    """Extraction results per document id."""
    return {k: extract_tables(d) for k, d in docs.items()}


@pytest.fixture(scope="session")
def store(results) -> TableStore:
    """A store of the whole sample corpus."""
    return TableStore.from_results(list(results.values()))
