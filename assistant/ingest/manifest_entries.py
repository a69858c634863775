"""Manifest entries checked one by one: a wrong field rejects its entry, never the whole manifest."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from ..errors import CorpusError, ManifestEntryError
from .manifest import MANIFEST_NAME


class ManifestEntry(BaseModel):
    """One manifest entry: the file it describes and its provenance fields, all text."""

    # numbers are written as text ("data_period": 2019 means "2019"); lists and objects are refused
    model_config = ConfigDict(coerce_numbers_to_str=True, extra="ignore", str_strip_whitespace=True)

    file: str
    title: str | None = None
    partnership: str | None = None
    kind: str | None = None
    published: str | None = None
    period: str | None = None
    producer: str | None = None
    data_period: str | None = None


def _entry_problem(index: int, raw: object, exc: ValidationError) -> ManifestEntryError:
    """One error naming the entry's file (when it has one) and every wrong field."""
    if not isinstance(raw, dict):
        return ManifestEntryError(MANIFEST_NAME, f"manifest entry {index + 1} ignored: it is a "
                                                 f"{type(raw).__name__}, not an object with a 'file' field")
    file = raw.get("file")
    where = file if isinstance(file, str) and file else MANIFEST_NAME
    fields = "; ".join(
        f"field '{'.'.join(str(x) for x in e['loc']) or '(entry)'}': {e['msg']}"
        + (f" (got {type(e['input']).__name__})" if e["type"] != "missing" else "")
        for e in exc.errors()
    )
    return ManifestEntryError(where, f"manifest entry {index + 1} ignored ({fields}); "
                                     "the file's details are inferred from its text")


def read_manifest_checked(corpus_dir: Path) -> tuple[dict[str, dict], list[ManifestEntryError]]:
    """Valid manifest entries keyed by file name, and one error per invalid entry (the others still count)."""
    path = corpus_dir / MANIFEST_NAME
    if not path.exists():
        return {}, []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CorpusError(f"{path}: manifest is not valid JSON ({exc})") from exc
    entries = data.get("documents", data) if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise CorpusError(f"{path}: expected a 'documents' list")
    valid: dict[str, dict] = {}
    problems: list[ManifestEntryError] = []
    for i, raw in enumerate(entries):
        try:
            entry = ManifestEntry.model_validate(raw)
        except ValidationError as exc:
            problems.append(_entry_problem(i, raw, exc))
            continue
        valid[entry.file] = entry.model_dump(exclude_none=True)
    return valid, problems
