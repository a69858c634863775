"""Shared constants and helpers for the tables tests: the sample corpus as ParsedDocuments."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.types import DocumentMeta, ParsedDocument

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

LICHFIELD = "lichfield_2019_strategic-assessment"
TAMWORTH = "tamworth_2021_strategic-assessment"
CANNOCK = "cannock-chase_2023_strategic-assessment-summary"
STAFFORD = "stafford_2020-2024_community-safety-wellbeing-strategy"
AGREEMENT = "staffordshire_2023-2026_community-safety-agreement"


def make_doc(text: str, doc_id: str = "generated", partnership: str | None = "Northshire",
             data_period: str | None = "2021-22", pages=()) -> ParsedDocument:
    """A ParsedDocument for generated text (no sections, as before the parser lands)."""
    meta = DocumentMeta(doc_id=doc_id, source=f"{doc_id}.txt", title=doc_id, partnership=partnership, kind="test",
                        published=None, period=None, data_period=data_period,
                        file_type="pdf" if pages else "text")
    return ParsedDocument(meta=meta, text=text, pages=tuple(pages))


def corpus_docs() -> dict[str, ParsedDocument]:
    """The sample documents with their manifest metadata."""
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    docs = {}
    for d in manifest["documents"]:
        doc_id = d["file"].rsplit(".", 1)[0]
        meta = DocumentMeta(doc_id=doc_id, source=d["file"], title=d["title"], partnership=d["partnership"],
                            kind=d["kind"], published=d["published"], period=None, producer=d.get("producer"),
                            data_period=d["data_period"])
        docs[doc_id] = ParsedDocument(meta=meta, text=(CORPUS / d["file"]).read_text(encoding="utf-8"))
    return docs


def table_of(result, kind: str, n: int = 1):
    """The n-th table of a kind in a result."""
    return result.table(f"{result.doc_id}:{kind}-{n}")


def one(frame, **eq):
    """The single row of a frame matching column == value filters."""
    for k, v in eq.items():
        frame = frame[frame[k] == v]
    assert len(frame) == 1, f"expected one row for {eq}, got {len(frame)}"
    return frame.iloc[0]
