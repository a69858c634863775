"""The devset's tables read from its PDFs: the same tables as from the text, by the layout reader and
the generic table finder, with their row counts and headers (see data/devset_tables.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.ingest.readers import read_pdf_file
from assistant.tables.generic import find_tables

DEVSET = Path(__file__).resolve().parents[2].parent / "shared" / "devset"
EXPECTED = json.loads((Path(__file__).parent / "data" / "devset_tables.json").read_text(encoding="utf-8"))
def _documents():
    assert (DEVSET / "pdf").is_dir(), f"the devset is missing: expected {DEVSET / 'pdf'} (../shared beside the checkout)"
    return [name for name in EXPECTED if not name.startswith("_")]


@pytest.fixture(scope="module")
def pdf_tables():
    out = {}
    for name in _documents():
        text, _ = read_pdf_file(DEVSET / "pdf" / name.replace(".txt", ".pdf"), 10**8, 1000)
        out[name] = find_tables(text)
    return out


def _match(found, expected):
    norm = [h.lower() for h in expected["header"]]
    return [t for t in found if expected["title_contains"].lower() in (t.title or "").lower()
            and len(t.rows) == expected["n_rows"] and [h.lower() for h in t.header] == norm]


def test_every_listed_table_comes_back_from_the_pdf(pdf_tables):
    missing = []
    for name, tables in EXPECTED.items():
        if name.startswith("_"):
            continue
        for expected in tables:
            key = (name, expected["title_contains"])
            if not _match(pdf_tables[name], expected):
                missing.append(key)
    assert not missing, f"tables not read from the PDFs: {missing}"


def test_cells_of_a_table_split_across_pages_are_kept(pdf_tables):
    # a table whose header repeats after a page turn is one table, total row included
    for name, tables in EXPECTED.items():
        if name.startswith("_"):
            continue
        for expected in tables:
            for table in _match(pdf_tables[name], expected):
                for r, c, text in expected.get("cells", []):
                    assert table.rows[r].cells[c] == text, (name, expected["title_contains"], r, c)
