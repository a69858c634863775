"""Document provenance: from the corpus manifest, or inferred from the document's own text."""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..errors import CorpusError
from ..types import DocumentMeta

MANIFEST_NAME = "manifest.json"

_PERIOD = re.compile(r"\b((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)?\d{2})\b")
_YEAR = re.compile(r"\b(19|20)\d{2}\b")


def doc_id_for(path: Path) -> str:
    """Stable document id: the file name without its extension."""
    return path.stem


def normalise_period(text: str | None) -> str | None:
    """The first period in text as 'YYYY-YY' (financial year) or 'YYYY-YYYY' (plan period), or a year."""
    if not text:
        return None
    m = _PERIOD.search(text)
    if m:
        a, b = m.group(1), m.group(2)
        if len(b) == 4:
            return f"{a}-{b[2:]}" if int(b) == int(a) + 1 else f"{a}-{b}"
        return f"{a}-{b}"
    m = _YEAR.search(text)
    return m.group(0) if m else None


def read_manifest(corpus_dir: Path) -> dict[str, dict]:
    """Manifest entries keyed by file name; empty when the corpus has no manifest."""
    path = corpus_dir / MANIFEST_NAME
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CorpusError(f"{path}: manifest is not valid JSON ({exc})") from exc
    entries = data.get("documents", data) if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise CorpusError(f"{path}: expected a 'documents' list")
    return {e["file"]: e for e in entries if isinstance(e, dict) and "file" in e}


def meta_from_manifest(path: Path, entry: dict, ftype: str) -> DocumentMeta:
    """DocumentMeta from a manifest entry."""
    data_period = entry.get("data_period")
    return DocumentMeta(
        doc_id=doc_id_for(path),
        source=path.name,
        title=entry.get("title") or path.stem,
        partnership=entry.get("partnership"),
        kind=entry.get("kind"),
        published=entry.get("published"),
        period=entry.get("period") or normalise_period(data_period) or normalise_period(entry.get("title")),
        producer=entry.get("producer"),
        data_period=data_period,
        file_type=ftype,  # type: ignore[arg-type]
    )


_TITLE_LINE = re.compile(r"^Title\t(.+)$", re.M)
_PARTNERSHIP = re.compile(
    r"^(?P<name>[A-Z][\w'&\- ]+?)\s+(?:District\s+|Borough\s+|City\s+)?"
    r"(?:Community Safety(?: and Wellbeing)? Partnership|CSP|Community Wellbeing Partnership|Safety Partnership)",
)
_LEADING_AREA = re.compile(r"^(?P<name>[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+)?)\s+(?:District|Borough|County)\b")


def infer_meta(path: Path, text: str, ftype: str) -> DocumentMeta:
    """Infer title, partnership and period from a document with no manifest entry; records what was inferred."""
    m = _TITLE_LINE.search(text[:20000])
    if m:
        title = m.group(1).strip()
    else:
        lines = [l.strip().strip("*#").strip() for l in text[:4000].splitlines() if l.strip()]
        picked: list[str] = []
        for line in lines[:4]:
            if line.lower() in ("contents", "table of contents") or "\t" in line:
                break
            picked.append(line)
            if len(" ".join(picked)) >= 25:
                break
        title = " ".join(picked)[:200] or path.stem
    partnership = None
    pm = _PARTNERSHIP.search(title) or _LEADING_AREA.search(title)
    if pm:
        partnership = pm.group("name").strip()
    period = normalise_period(title) or normalise_period(path.stem)
    inferred = ["title"] + (["partnership"] if partnership else []) + (["period"] if period else [])
    return DocumentMeta(
        doc_id=doc_id_for(path),
        source=path.name,
        title=title,
        partnership=partnership,
        kind=None,
        published=None,
        period=period,
        producer=None,
        data_period=None,
        file_type=ftype,  # type: ignore[arg-type]
        inferred=tuple(inferred),
    )
