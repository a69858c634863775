"""The upload record: which files of a corpus folder were added as uploads, and what the user corrected.

The UI keeps `.uploads.json` in its upload folder and puts a copy beside the documents it builds from (a hidden
file, so the corpus listing never reads it as a document). Its shape:

    {"uploads": [{"file": "Rugeley_review.txt", "original_name": "Rugeley review.txt",
                  "sha256": "<hex of the file's bytes>", "uploaded_at": "2024-05-01T10:00:00+00:00",
                  "partnership": "Rugeley", "kind": "community safety review",   # only when the user set them
                  "corrected_at": "2024-05-02T09:00:00+00:00"}]}

A document whose file is listed, with the same bytes, carries `uploaded` ("uploaded <time>, sha256 <12>"); when it
has no manifest entry, a partnership or kind in its entry replaces the inferred value and is named in `corrected`.
An entry that does not check out (wrong types, another file's bytes) is ignored: the document is then described as
if it were not listed.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from ..types import DocumentMeta

UPLOAD_RECORD = ".uploads.json"
CORRECTABLE = ("partnership", "kind")
MAX_FIELD = 200


class UploadEntry(BaseModel):
    """One uploaded file as the record lists it."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    file: str
    sha256: str
    uploaded_at: str
    original_name: str | None = None
    partnership: str | None = None
    kind: str | None = None
    corrected_at: str | None = None


def read_upload_record(folder: Path) -> dict[str, UploadEntry]:
    """Valid entries of `<folder>/.uploads.json` keyed by file name; empty when there is none or it cannot be read."""
    path = Path(folder) / UPLOAD_RECORD
    try:
        if path.is_symlink() or not path.is_file():
            return {}
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    entries = data.get("uploads") if isinstance(data, dict) else None
    out: dict[str, UploadEntry] = {}
    for raw in entries if isinstance(entries, list) else []:
        try:
            entry = UploadEntry.model_validate(raw)
        except ValidationError:
            continue
        out[entry.file] = entry
    return out


def upload_label(entry: UploadEntry) -> str:
    """'uploaded 2024-05-01T10:00:00+00:00, sha256 0123456789ab'."""
    return f"uploaded {entry.uploaded_at}, sha256 {entry.sha256[:12]}"


def apply_upload_entry(meta: DocumentMeta, entry: UploadEntry, digest: str | None, listed: bool) -> DocumentMeta:
    """meta marked as an upload, with the user's corrections when the file has no manifest entry (listed False).

    digest is the sha256 of the file's bytes (None when it was not hashed): a record for other bytes is ignored."""
    if digest is not None and entry.sha256.lower() != digest.lower():
        return meta
    changes: dict = {"uploaded": upload_label(entry)}
    if not listed:
        corrected = []
        for name in CORRECTABLE:
            value = getattr(entry, name)
            if value:
                changes[name] = value[:MAX_FIELD]
                corrected.append(name)
        if corrected:
            changes["corrected"] = tuple(corrected)
            changes["inferred"] = tuple(f for f in meta.inferred if f not in corrected)
    return replace(meta, **changes)
