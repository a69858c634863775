"""Ingest: read PDF and text documents, find their sections and pages, chunk them."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import CorpusError, DocumentError, DuplicateDocument, NotInManifest, UnreadableDocument
from ..types import DocumentMeta, ParsedDocument
from .chunker import Chunker
from .corpus import IGNORED_NAMES, content_hash, document_ids, list_corpus, manifest_path
from .manifest import infer_meta, meta_from_manifest
from .manifest_entries import read_manifest_checked
from .readers import SUPPORTED_SUFFIXES, file_type, read_pdf_file, read_text_file, text_pages
from .sections import find_sections
from .upload_record import apply_upload_entry, read_upload_record

__all__ = ["Chunker", "CorpusScan", "parse_file", "scan_corpus", "corpus_files", "IGNORED_NAMES"]


def parse_file(
    path: Path, entry: dict | None = None, max_file_mb: float = 40.0, max_pdf_pages: int = 2000,
    doc_id: str | None = None,
) -> ParsedDocument:
    """Read one document into text, sections and pages; raises a DocumentError naming the file.

    doc_id overrides the id derived from the file name alone (scan_corpus gives every file of a corpus a unique one).
    """
    path = Path(path)
    ftype = file_type(path)
    max_bytes = int(max_file_mb * 1e6)
    if ftype == "pdf":
        text, pages = read_pdf_file(path, max_bytes, max_pdf_pages)
    else:
        # a text extracted from a PDF keeps its pages when its running footers or form feeds mark them
        text, pages = text_pages(read_text_file(path, max_bytes))
    meta: DocumentMeta = meta_from_manifest(path, entry, ftype) if entry else infer_meta(path, text, ftype)
    if doc_id is not None and meta.doc_id != doc_id:
        meta = replace(meta, doc_id=doc_id)
    sections = find_sections(text, pages_inferred=not pages)
    if pages:
        # printed pages are real: a section's page is where its heading stands, not what the contents list says.
        from ..types import Section

        located = []
        for s in sections:
            page = next((p.page for p in pages if p.start <= s.start < p.end + 2), None)
            located.append(Section(s.path, s.start, s.end, page, False))
        sections = located
    return ParsedDocument(meta=meta, text=text, sections=tuple(sections), pages=tuple(pages))


def corpus_files(corpus_dir: Path) -> list[Path]:
    """Regular files of a corpus folder that may be read (sorted; manifest, READMEs, links out and folders excluded)."""
    return list_corpus(Path(corpus_dir)).files


@dataclass
class CorpusScan:
    """The documents of a corpus folder that parsed, and the files and entries that could not be used."""

    documents: list[ParsedDocument] = field(default_factory=list)
    errors: list[DocumentError] = field(default_factory=list)


def scan_corpus(corpus_dir: Path, max_file_mb: float = 40.0, max_pdf_pages: int = 2000,
                require_manifest: bool = False) -> CorpusScan:
    """Parse every document in the folder; a bad file, entry or manifest field is recorded and skipped, never fatal.

    With require_manifest, a document without a valid manifest entry is refused (NotInManifest) rather than having
    its title, partnership and period inferred from its text.
    """
    corpus_dir = Path(corpus_dir)
    listing = list_corpus(corpus_dir)
    manifest, problems = read_manifest_checked(corpus_dir) if manifest_path(corpus_dir) else ({}, [])
    uploads = read_upload_record(corpus_dir)  # which files were added as uploads, and the user's corrections
    scan = CorpusScan(errors=[*listing.skipped, *problems])
    ids = document_ids(listing.files)
    first_with: dict[str, Path] = {}
    max_bytes = int(max_file_mb * 1e6)
    for path in listing.files:
        try:
            file_type(path)  # an unsupported file is refused before its bytes are hashed
            if require_manifest and path.name not in manifest:
                raise NotInManifest(path, "has no valid entry in manifest.json and the corpus requires one "
                                          "(CSA_REQUIRE_MANIFEST); add an entry to index it")
            digest = None
            if 0 < path.stat().st_size <= max_bytes:  # a file over the limit is refused unread by parse_file
                digest = content_hash(path)
                if digest in first_with:
                    raise DuplicateDocument(path, f"the same content as {first_with[digest].name}: indexed once, "
                                                  f"as {first_with[digest].name}")
                first_with[digest] = path
            doc = parse_file(path, manifest.get(path.name), max_file_mb, max_pdf_pages, ids[path])
            if path.name in uploads:
                doc = replace(doc, meta=apply_upload_entry(doc.meta, uploads[path.name], digest, path.name in manifest))
            scan.documents.append(doc)
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
