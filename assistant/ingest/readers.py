"""Read PDF and text files into extracted text; PDFs keep the page of every character range."""

from __future__ import annotations

import re
from functools import lru_cache
from statistics import median
from pathlib import Path

from ..errors import (
    DocumentTooLarge,
    EncryptedDocument,
    NoTextLayer,
    UnreadableDocument,
    UnsupportedFileType,
)
from ..types import PageSpan
from .pdf_layout import HYPHEN_BREAK

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


# what typesetting leaves in extracted text: ligatures ('oﬀences' from a Word PDF), no-break and zero-width
# spaces, soft hyphens; read as the letters and spaces they stand for, or a word is not found
_TYPESET = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                          "\ufb05": "st", "\ufb06": "st", "\u00a0": " ", "\u202f": " ", "\u2007": " ",
                          "\u2011": "-", "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None,
                          "\u2060": None, "\ufeff": None})


def untypeset(text: str) -> str:
    """Text with ligatures spelt out and typesetting spaces made plain (see _TYPESET)."""
    return text.replace("\u00ad\n", "").translate(_TYPESET)  # a soft hyphen that broke a line joins the word


def read_text_file(path: Path, max_bytes: int) -> str:
    """Decode a text document: UTF-8, else cp1252 (the '£' and '–' of council documents)."""
    _check_size(path, max_bytes)
    data = path.read_bytes()
    if b"\x00" in data[:65536]:
        raise UnreadableDocument(path, "binary content (NUL bytes) in a text file")
    legacy = False
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text, legacy = data.decode("cp1252"), True
        except UnicodeDecodeError as exc:
            raise UnreadableDocument(path, f"not UTF-8 or cp1252 text (byte {exc.start})") from exc
    control = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if control > max(8, len(text[:65536]) // 100):
        raise UnreadableDocument(path, "binary content (control characters) in a text file")
    if not _looks_like_text(text[:65536], legacy):
        raise UnreadableDocument(path, "not text: random or binary bytes (too few spaces and letters, "
                                       "or too many accented symbols for cp1252 text)")
    text = untypeset(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise UnreadableDocument(path, "the file holds no text")
    return text


def _looks_like_text(sample: str, legacy: bool) -> bool:
    """Whether a decoded sample reads as prose or tables. Random bytes without NUL decode as cp1252 (nearly every
    byte is a character there) into a run with almost no spaces and a third of the characters above 0x7F;
    documents have a space or tab every few words and only the odd '£' or '–'."""
    if len(sample) < 200:
        return True  # too short to judge: a note or a stub is still text
    spaces = sum(1 for ch in sample if ch.isspace())
    letters = sum(1 for ch in sample if ch.isalpha())
    high = sum(1 for ch in sample if ord(ch) > 0x7F)
    if spaces < len(sample) * 0.03 or letters < len(sample) * 0.20:
        return False
    return not (legacy and high > len(sample) * 0.10)


_HYPHEN_BREAK = re.compile(r"(?<=[A-Za-z])-\n(?=[a-z])")
_BROKEN_WORD = re.compile(r"([A-Za-z]+)-\ue000([a-z]+)")
_HYPHENATED = re.compile(r"[a-z]+(?:-[a-z]+)+|[a-z]+")


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Whole English words of the bundled embedding model's vocabulary (its wordpieces without '##')."""
    try:
        from ..retrieval.model import bundled_model_path

        vocab = (bundled_model_path() / "vocab.txt").read_text(encoding="utf-8").split()
    except Exception:  # no model: the document's own spellings decide alone
        return frozenset()
    return frozenset(w for w in vocab if w.isalpha() and w.islower())


def close_hyphen_breaks(pages: list[str]) -> list[str]:
    """Resolve every line break after a hyphen: 'mid-' + 'year' stays 'mid-year' and 'commu-' + 'nity' becomes
    'community'. The document's own spelling elsewhere decides first; then a word the embedding model's vocabulary
    holds whole is closed up; otherwise the hyphen is kept (word processors break lines at real hyphens and rarely
    hyphenate words)."""
    if not any(HYPHEN_BREAK in p for p in pages):
        return pages
    seen = set(_HYPHENATED.findall(" ".join(_BROKEN_WORD.sub(" ", p) for p in pages).lower()))
    common = _common_words()

    def resolve(m: re.Match) -> str:
        left, right = m.group(1), m.group(2)
        closed, kept = (left + right).lower(), f"{left}-{right}".lower()
        if kept in seen and closed not in seen:
            return f"{left}-{right}"
        if closed in seen or closed in common:
            return left + right
        return f"{left}-{right}"

    return [_BROKEN_WORD.sub(resolve, p).replace(HYPHEN_BREAK, "") for p in pages]


def _page_numbers(reader, n: int) -> list[int]:
    """The PDF's own page labels when every page has a numeric, increasing one; else 1..n."""
    try:
        labels = list(reader.page_labels)
    except Exception:  # a damaged /PageLabels tree is no reason to refuse the document
        return list(range(1, n + 1))
    if len(labels) == n and all(str(l).isdigit() for l in labels):
        nums = [int(l) for l in labels]
        if all(b > a for a, b in zip(nums, nums[1:])):
            return nums
    return list(range(1, n + 1))


def _layout_pages(path: Path) -> list[str]:
    """Each page's text rebuilt from word positions (see pdf_layout): tables tab-separated, paragraphs joined."""
    import pdfplumber

    from . import pdf_layout as lay

    words, tables = [], []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            page_words = lay.to_words(page.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False, use_text_flow=False))
            boxes = []
            for t in page.find_tables():
                if max((len(r.cells) for r in t.rows), default=0) < 2:
                    continue  # a framed box (cover band, fact card) is read as flowing text
                x0, top, x1, bottom = t.bbox
                inside = [w for w in page_words if x0 <= (w.x0 + w.x1) / 2 <= x1 and top <= (w.top + w.bottom) / 2 <= bottom]
                if inside:
                    ids = {id(w) for w in inside}
                    page_words = [w for w in page_words if id(w) not in ids]
                    boxes.append(lay.table_box(t, inside))
            words.append(page_words)
            tables.append(boxes)
            page.close()  # pdfplumber caches every parsed page object: free each one as it is read
    words = lay.strip_running(words)
    sizes = [w.size for ws in words for w in ws for _ in range(len(w.text))]
    body = median(sizes) if sizes else 10.0
    ordered = [lay.reading_order(ws, ts, body) for ws, ts in zip(words, tables)]
    pitches = lay.line_pitches(ordered)
    return [lay.render(items, body, pitches) for items in ordered]


def read_pdf_file(path: Path, max_bytes: int, max_pages: int) -> tuple[str, tuple[PageSpan, ...]]:
    """Extract a PDF's text page by page from its layout (pdfplumber), without running headers and footers."""
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
        numbers = _page_numbers(reader, n)
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
    try:
        pages = _layout_pages(path)
    except Exception as exc:  # pdfminer raises many kinds on damaged files
        if exc.__class__.__module__.split(".")[0] in ("pdfminer", "pdfplumber") or isinstance(exc, (ValueError, KeyError, TypeError, IndexError, AttributeError)):
            raise UnreadableDocument(path, f"the PDF cannot be read ({exc.__class__.__name__}: {exc})") from exc
        raise
    if not any(p.strip() for p in pages):
        raise NoTextLayer(path, f"no text layer on any of its {n} pages (scanned images?); run OCR first")
    pages = close_hyphen_breaks([_HYPHEN_BREAK.sub("-" + HYPHEN_BREAK, untypeset(p).strip("\n")) for p in pages])
    return _joined(list(zip(numbers, strip_running_text(pages))))


# a page number in a running header or footer: 'Page 7 of 42', 'Page 7', or a bare number ending the line
_PAGE_WORD = re.compile(r"\bpage\s+(\d{1,4})(?:\s+of\s+\d{1,4})?\b", re.I)
_LINE_END_NUMBER = re.compile(r"(?:^|\s{2,}|\|\s*)(\d{1,4})\s*$")


def _page_number_in(line: str) -> int | None:
    m = _PAGE_WORD.search(line) or _LINE_END_NUMBER.search(line)
    return int(m.group(1)) if m else None


def _signature(line: str) -> str:
    return " ".join(re.sub(r"\d+", "#", line).split()).lower()


def text_pages(text: str) -> tuple[str, tuple[PageSpan, ...]]:
    """The pages of a text document extracted from a PDF, and the text without its running headers and footers.

    Pages are found from form feeds, or else from a running line that repeats on many pages with a rising page
    number ('Riverside CSP ... Strategic Assessment 2019/20      4', 'Page 7 of 42'). A first marker that says page 1
    ends its page (a footer); one that says a later page starts it (a header). Lines repeated beside the markers
    ('OFFICIAL', the document's title) go with them. A text with neither has no pages: (text, ())."""
    if text.count("\f") >= 2:
        bodies = text.split("\f")
        return _joined([(i + 1, b) for i, b in enumerate(bodies)])
    lines = text.split("\n")
    markers, drop = _running_lines(lines)
    if not markers:
        return text, ()
    footer = markers[0][1] == 1
    pages: list[tuple[int, str]] = []
    start = 0
    if footer:
        for i, number in markers:
            pages.append((number, "\n".join(l for k, l in enumerate(lines[start:i], start) if k not in drop)))
            start = i + 1
        rest = "\n".join(l for k, l in enumerate(lines[start:], start) if k not in drop)
        if rest.strip():
            pages.append((markers[-1][1] + 1, rest))
    else:
        first = markers[0][1] - 1
        bounds = [(0, first)] + [(i, n) for i, n in markers]
        for (a, number), (b, _) in zip(bounds, bounds[1:] + [(len(lines), 0)]):
            pages.append((number, "\n".join(l for k, l in enumerate(lines[a:b], a) if k not in drop)))
    return _joined([(n, b) for n, b in pages if n >= 1])


def _running_lines(lines: list[str]) -> tuple[list[tuple[int, int]], set[int]]:
    """(markers, lines to drop): the running line that repeats with a rising page number, as (line index, page
    number), and with it the lines repeated at least three times beside it (within three lines)."""
    by_sig: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if line.strip() and re.search(r"\d", line) and len(line.strip()) <= 120:
            by_sig.setdefault(_signature(line), []).append(i)
    markers: list[tuple[int, int]] = []
    for at in by_sig.values():
        if len(at) < 3:
            continue
        numbers = [_page_number_in(lines[i]) for i in at]
        if None in numbers or any(b <= a for a, b in zip(numbers, numbers[1:])):
            continue
        if len(at) > len(markers):
            markers = [(i, int(n)) for i, n in zip(at, numbers)]
    if not markers:
        return [], set()
    counts: dict[str, int] = {}
    for line in lines:
        if line.strip():
            counts[_signature(line)] = counts.get(_signature(line), 0) + 1
    drop = {i for i, _ in markers}
    for i, _ in markers:
        for j in range(max(0, i - 3), min(len(lines), i + 4)):
            if j not in drop and lines[j].strip() and counts[_signature(lines[j])] >= 3 and len(lines[j].strip()) <= 120:
                drop.add(j)
    return markers, drop


def strip_running_text(pages: list[str]) -> list[str]:
    """PDF pages without running lines printed inside the page body (a header under a logo, a footer above a
    rule) that the layout reader's page-edge check leaves: found across the pages as in text documents."""
    lines: list[str] = []
    owner: list[int] = []
    for k, page in enumerate(pages):
        for line in page.split("\n"):
            lines.append(line)
            owner.append(k)
    _, drop = _running_lines(lines)
    if not drop:
        return pages
    out: list[list[str]] = [[] for _ in pages]
    for i, line in enumerate(lines):
        if i not in drop:
            out[owner[i]].append(line)
    return ["\n".join(p).strip("\n") for p in out]


def _joined(pages: list[tuple[int, str]]) -> tuple[str, tuple[PageSpan, ...]]:
    """The pages' text joined by blank lines, and the character range of each page (an empty page keeps its place)."""
    parts: list[str] = []
    spans: list[PageSpan] = []
    pos = 0
    for number, body in pages:
        body = body.strip("\n")
        if parts:
            parts.append("\n\n")
            pos += 2
        spans.append(PageSpan(page=number, start=pos, end=pos + len(body)))
        parts.append(body)
        pos += len(body)
    return "".join(parts), tuple(spans)
