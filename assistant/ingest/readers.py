"""Read PDF and text files into extracted text; PDFs keep the page of every character range."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from ..errors import (
    DocumentTooLarge,
    EncryptedDocument,
    NoTextLayer,
    UnreadableDocument,
    UnsupportedFileType,
)
from ..types import PageSpan

TEXT_SUFFIXES = {".txt", ".text", ".md"}
PDF_SUFFIXES = {".pdf"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | PDF_SUFFIXES


def file_type(path: Path) -> str:
    """'pdf' or 'text' by extension, or raise UnsupportedFileType."""
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES:
        return "pdf"
    if suffix in TEXT_SUFFIXES:
        return "text"
    raise UnsupportedFileType(path, f"unsupported file type '{suffix or '(none)'}'; the assistant reads .pdf and .txt")


def _check_size(path: Path, max_bytes: int) -> int:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UnreadableDocument(path, f"cannot be read ({exc.strerror})") from exc
    if size == 0:
        raise UnreadableDocument(path, "the file is empty (0 bytes)")
    if size > max_bytes:
        raise DocumentTooLarge(
            path, f"{size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit (CSA_MAX_FILE_MB)"
        )
    return size


def read_text_file(path: Path, max_bytes: int) -> str:
    """Decode a text document: UTF-8, else cp1252 (the '£' and '–' of council documents)."""
    _check_size(path, max_bytes)
    data = path.read_bytes()
    if b"\x00" in data[:65536]:
        raise UnreadableDocument(path, "binary content (NUL bytes) in a text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise UnreadableDocument(path, f"not UTF-8 or cp1252 text (byte {exc.start})") from exc
    control = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if control > max(8, len(text[:65536]) // 100):
        raise UnreadableDocument(path, "binary content (control characters) in a text file")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise UnreadableDocument(path, "the file holds no text")
    return text


_DIGITS = re.compile(r"\d+")
_HYPHEN_BREAK = re.compile(r"(?<=[A-Za-z])-\n(?=[a-z])")


def _edge_signature(line: str) -> str:
    return _DIGITS.sub("#", line.strip().lower())


def _is_running(occurrences: list[tuple[int, str]], threshold: int) -> bool:
    """Edge lines sharing a signature are running headers or footers if they are identical, or if they
    differ only in a number that follows the page index (a page number); a body line that merely has
    the same shape on every page (a per-page figure) is not."""
    if len({t.strip() for _, t in occurrences}) == 1:
        return True
    nums = [(i, [int(n) for n in _DIGITS.findall(t)]) for i, t in occurrences]
    width = min(len(n) for _, n in nums)
    for k in range(width):
        if Counter(n[k] - i for i, n in nums).most_common(1)[0][1] >= threshold:
            return True
    return False


def _strip_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Drop header and footer lines that repeat on at least half the pages (page numbers aside)."""
    if len(pages) < 3:
        return pages
    seen: dict[str, list[tuple[int, str]]] = {}
    for i, lines in enumerate(pages):
        for line in {l for l in lines[:2] + lines[-2:] if l.strip()}:
            seen.setdefault(_edge_signature(line), []).append((i, line))
    threshold = max(2, len(pages) // 2)
    running = {sig for sig, occ in seen.items() if len(occ) >= threshold and _is_running(occ, threshold)}
    cleaned = []
    for lines in pages:
        out = list(lines)
        for _ in range(2):  # header
            if out and _edge_signature(out[0]) in running:
                out.pop(0)
        for _ in range(2):  # footer
            if out and _edge_signature(out[-1]) in running:
                out.pop()
        cleaned.append(out)
    return cleaned


def read_pdf_file(path: Path, max_bytes: int, max_pages: int) -> tuple[str, tuple[PageSpan, ...]]:
    """Extract a PDF's text page by page with pypdf, removing running headers and footers."""
    _check_size(path, max_bytes)
    with path.open("rb") as fh:
        magic = fh.read(1024)
    if b"%PDF-" not in magic:
        raise UnreadableDocument(path, "not a PDF (no %PDF- header)")
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:
                ok = 0
            if not ok:
                raise EncryptedDocument(path, "the PDF is encrypted (password protected)")
        n = len(reader.pages)
        if n > max_pages:
            raise DocumentTooLarge(path, f"{n} pages is over the {max_pages}-page limit (CSA_MAX_PDF_PAGES)")
        raw_pages = [(page.extract_text() or "") for page in reader.pages]
    except (EncryptedDocument, DocumentTooLarge):
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, AttributeError, IndexError) as exc:
        raise UnreadableDocument(path, f"the PDF cannot be read ({exc.__class__.__name__}: {exc})") from exc
    except Exception as exc:  # pypdf raises many kinds on damaged files
        if exc.__class__.__module__.startswith("pypdf"):
            raise UnreadableDocument(path, f"the PDF cannot be read ({exc.__class__.__name__}: {exc})") from exc
        raise
    if n == 0:
        raise UnreadableDocument(path, "the PDF has no pages")
    if not any(p.strip() for p in raw_pages):
        raise NoTextLayer(path, f"no text layer on any of its {n} pages (scanned images?); run OCR first")
    pages = _strip_running_lines([p.replace("\r\n", "\n").replace("\r", "\n").split("\n") for p in raw_pages])
    parts: list[str] = []
    spans: list[PageSpan] = []
    pos = 0
    for number, lines in enumerate(pages, start=1):
        body = _HYPHEN_BREAK.sub("", "\n".join(lines).strip("\n"))
        if parts:
            parts.append("\n\n")
            pos += 2
        spans.append(PageSpan(page=number, start=pos, end=pos + len(body)))
        parts.append(body)
        pos += len(body)
    return "".join(parts), tuple(spans)
