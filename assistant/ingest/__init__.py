"""Ingest: read PDF and text documents, find their sections and pages, chunk them."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import CorpusError, DocumentError, UnreadableDocument
from ..types import DocumentMeta, ParsedDocument
from .chunker import Chunker
from .manifest import MANIFEST_NAME, infer_meta, meta_from_manifest, read_manifest
from .readers import SUPPORTED_SUFFIXES, file_type, read_pdf_file, read_text_file
from .sections import find_sections

__all__ = ["Chunker", "CorpusScan", "parse_file", "scan_corpus", "corpus_files"]

IGNORED_NAMES = {MANIFEST_NAME, "README.md", "README.txt", ".DS_Store"}


def parse_file(
    path: Path, entry: dict | None = None, max_file_mb: float = 40.0, max_pdf_pages: int = 2000
) -> ParsedDocument:
    """Read one document into text, sections and pages; raises a DocumentError naming the file."""
    path = Path(path)
    ftype = file_type(path)
    max_bytes = int(max_file_mb * 1e6)
    if ftype == "pdf":
        text, pages = read_pdf_file(path, max_bytes, max_pdf_pages)
    else:
        text, pages = read_text_file(path, max_bytes), ()
    meta: DocumentMeta = meta_from_manifest(path, entry, ftype) if entry else infer_meta(path, text, ftype)
    sections = find_sections(text, pages_inferred=not pages)
    if pages:
        # PDF pages are real: a section's page is where its heading stands, not what the contents list says.
        from ..types import Section

        located = []
        for s in sections:
            page = next((p.page for p in pages if p.start <= s.start < p.end + 2), None)
            located.append(Section(s.path, s.start, s.end, page, False))
        sections = located
    return ParsedDocument(meta=meta, text=text, sections=tuple(sections), pages=tuple(pages))


def corpus_files(corpus_dir: Path) -> list[Path]:
    """Candidate document files in a corpus folder (sorted; manifest and READMEs excluded)."""
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus folder {corpus_dir} does not exist")
    return sorted(
        p for p in corpus_dir.iterdir()
        if p.is_file() and p.name not in IGNORED_NAMES and not p.name.startswith(".")
    )


@dataclass
class CorpusScan:
    """The documents of a corpus folder that parsed, and the files that could not be used."""

    documents: list[ParsedDocument] = field(default_factory=list)
    errors: list[DocumentError] = field(default_factory=list)


def scan_corpus(corpus_dir: Path, max_file_mb: float = 40.0, max_pdf_pages: int = 2000) -> CorpusScan:
    """Parse every document in the folder; a bad file is recorded and skipped, never fatal."""
    corpus_dir = Path(corpus_dir)
    manifest = read_manifest(corpus_dir)
    scan = CorpusScan()
    for path in corpus_files(corpus_dir):
        try:
            scan.documents.append(parse_file(path, manifest.get(path.name), max_file_mb, max_pdf_pages))
        except DocumentError as exc:
            scan.errors.append(exc)
        except (OSError, MemoryError) as exc:
            scan.errors.append(UnreadableDocument(path, f"cannot be read ({exc})"))
    if not scan.documents:
        reasons = "; ".join(str(e) for e in scan.errors) or "no files"
        raise CorpusError(
            f"no readable documents in {corpus_dir} ({reasons}); "
            f"supported: {', '.join(sorted(SUPPORTED_SUFFIXES))}"
        )
    return scan
