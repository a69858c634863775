"""Keep uploaded files in a user data folder (never the checkout's corpus/), then index them through the service.

The upload folder is `settings.upload_dir` when the settings have one, else `<index_dir>/uploads`. While the
builder reads only `corpus_dir`, the index is built from a view folder of links (the corpus's documents and
manifest plus the uploads), so the corpus folder is never written to."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import threading
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from assistant.errors import AssistantError
from assistant.service import Assistant

ALLOWED_SUFFIXES = (".pdf", ".txt")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
MAX_NAME = 120


class UploadRejected(ValueError):
    """An upload that cannot be added, with the reason in words."""


def sanitise_name(name: str) -> str:
    """A safe file name: basename only, [A-Za-z0-9._-], .pdf or .txt, never hidden, never a README."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    base = _UNSAFE.sub("_", base.strip())
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        raise UploadRejected("it has no file extension; the assistant reads .pdf and .txt files")
    suffix = "." + suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise UploadRejected(f"'{suffix}' files are not read; the assistant reads .pdf and .txt files")
    stem = re.sub(r"_+", "_", stem).strip("._-") or "upload"
    if stem.lower() in {"readme", "manifest"}:
        stem = f"upload-{stem}"
    return stem[: MAX_NAME - len(suffix)] + suffix


IGNORED = {"manifest.json", "readme.md", "readme.txt", "readme"}
VIEW = ".corpus-view"
# The upload record: one entry per upload (file, original_name, sha256, uploaded_at, and the partnership and kind the
# user corrected). A hidden file, so it is never listed as a document; the build reads its copy in the view folder.
# Its shape is described in assistant/ingest/upload_record.py (UPLOAD_RECORD), which reads it.
RECORD = ".uploads.json"
MAX_FIELD = 200
_record_lock = threading.Lock()  # one server process: sessions are threads, so read-modify-write is serialised here


def upload_folder(settings) -> Path:
    """Where uploads are kept: the upload_dir setting when there is one, else `<index_dir>/uploads`."""
    configured = getattr(settings, "upload_dir", None)
    return Path(configured) if configured else Path(settings.index_dir) / "uploads"


def _documents_in(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and not p.name.startswith(".") and p.name.lower() not in IGNORED)


def uploaded_files(settings) -> list[Path]:
    """The documents in the upload folder."""
    return _documents_in(upload_folder(settings))


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def upload_records(settings) -> dict[str, dict]:
    """The upload record's entries keyed by saved file name (empty when there is none or it cannot be read)."""
    try:
        data = json.loads((upload_folder(settings) / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    entries = data.get("uploads") if isinstance(data, dict) else None
    return {e["file"]: e for e in (entries if isinstance(entries, list) else [])
            if isinstance(e, dict) and isinstance(e.get("file"), str)}


def _write_records(settings, records: dict[str, dict]) -> None:
    """Replace the record in one rename (never a half-written file); entries of files no longer held are dropped."""
    folder = upload_folder(settings)
    folder.mkdir(parents=True, exist_ok=True)
    entries = [e for name, e in sorted(records.items()) if (folder / name).is_file()]
    tmp = folder / f"{RECORD}.{os.getpid()}.{threading.get_ident()}.tmp"
    tmp.write_text(json.dumps({"uploads": entries}, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, folder / RECORD)


def _record_uploads(settings, added: list[tuple[str, Path, str]] = (), removed: list[str] = ()) -> None:
    """Add (original name, saved path, sha256) entries stamped now, and drop the named files' entries."""
    with _record_lock:
        records = upload_records(settings)
        stamp = _now()
        for original, path, digest in added:
            records[path.name] = {"file": path.name, "original_name": original, "sha256": digest, "uploaded_at": stamp}
        for name in removed:
            records.pop(name, None)
        _write_records(settings, records)


def _clean(value: str | None) -> str:
    """One line of printable text, at most MAX_FIELD characters."""
    text = "".join(ch if ch.isprintable() else " " for ch in (value or ""))
    return re.sub(r"\s+", " ", text).strip()[:MAX_FIELD]


def correct_upload(assistant, file: str, partnership: str | None, kind: str | None, progress=None):
    """Write the user's partnership and kind for an uploaded file into the upload record (an empty value goes back
    to what is inferred from the text), rebuild the index and return the build report.

    Raises UploadRejected when the file is not a recorded upload, AssistantError when the build fails."""
    settings = assistant.settings
    with _record_lock:
        records = upload_records(settings)
        entry = records.get(file)
        if entry is None or not (upload_folder(settings) / file).is_file():
            raise UploadRejected(f"{file} is not a recorded upload")
        for key, value in (("partnership", partnership), ("kind", kind)):
            value = _clean(value)
            if value:
                entry[key] = value
            else:
                entry.pop(key, None)
        entry["corrected_at"] = _now()
        _write_records(settings, records)
    return build(assistant, progress, lock_timeout=120)


def _builder_reads_uploads(settings) -> bool:
    """Whether the builder itself indexes settings.upload_dir (then no view folder is needed)."""
    return "upload_dir" in getattr(type(settings), "model_fields", {})


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _write_new(folder: Path, name: str, data: bytes, taken_stems: set[str]) -> Path:
    """Write data under a name whose stem no document has yet (name-1.txt ...): a document's id is its file
    stem, so a PDF named like a bundled .txt would otherwise replace it in the index. Never overwrites,
    never writes outside the folder."""
    stem, suffix = name[: -len(Path(name).suffix)], Path(name).suffix
    for i in range(0, 10_000):
        candidate = folder / (name if i == 0 else f"{stem}-{i}{suffix}")
        if candidate.stem.lower() in taken_stems:
            continue
        if candidate.resolve().parent != folder.resolve():
            raise UploadRejected("its name would place it outside the upload folder")
        try:
            with open(candidate, "xb") as fh:  # "x": fail rather than overwrite
                fh.write(data)
            taken_stems.add(candidate.stem.lower())
            return candidate
        except FileExistsError:
            continue
    raise UploadRejected("too many files with this name already")


def _view_folder(settings) -> Path:
    """A folder of (hard) links or copies of the corpus's documents and manifest and to the uploads, rebuilt each time."""
    corpus = Path(settings.corpus_dir).resolve()
    view = upload_folder(settings) / VIEW
    shutil.rmtree(view, ignore_errors=True)
    view.mkdir(parents=True)
    sources = [*_documents_in(corpus), *uploaded_files(settings)]
    if (corpus / "manifest.json").is_file():
        sources.append(corpus / "manifest.json")
    for src in sources:
        link = view / src.name
        if not link.exists():
            try:  # a hard link costs no space; the reader refuses symbolic links out of its folder
                os.link(src.resolve(), link)
            except OSError:
                shutil.copy2(src, link)
    record = upload_folder(settings) / RECORD
    if record.is_file():
        shutil.copy2(record, view / RECORD)  # a copy: the build reads which documents are uploads from it
    return view


def build(assistant, progress=None, lock_timeout: float = 0.0, force: bool = False):
    """Build the index of the corpus and the uploads, then make `assistant` load the new index."""
    settings = assistant.settings
    if _builder_reads_uploads(settings) or not uploaded_files(settings):
        return assistant.build(progress, lock_timeout=lock_timeout, force=force)
    builder = Assistant(settings.model_copy(update={"corpus_dir": _view_folder(settings)}))
    report = builder.build(progress, lock_timeout=lock_timeout, force=force)
    assistant.reload()
    return report


@dataclass
class UploadOutcome:
    """What happened to each uploaded file, and the build that indexed them."""

    added: list[tuple[str, str]] = field(default_factory=list)  # (uploaded name, saved name)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (uploaded name, reason)
    present: list[tuple[str, str]] = field(default_factory=list)  # (uploaded name, the document it repeats)
    report: object | None = None
    error: str | None = None


def add_uploads(assistant, files: list[tuple[str, bytes]], progress=None) -> UploadOutcome:
    """Save each new file into the upload folder under a sanitised name and rebuild the index (cached embeddings
    are reused). A file with the same content as a document already held is reported as present, not added;
    a file the reader refuses is removed again and named with the reason; other documents are untouched."""
    settings = assistant.settings
    folder = upload_folder(settings)
    existing = [*_documents_in(Path(settings.corpus_dir)), *uploaded_files(settings)]
    held = {}
    for p in existing:
        try:
            held.setdefault(_sha(p.read_bytes()), p.name)
        except OSError:
            continue
    taken = {p.stem.lower() for p in existing}
    outcome = UploadOutcome()
    written: list[tuple[str, Path]] = []
    digests: dict[Path, str] = {}
    for name, data in files:
        try:
            if not data:
                raise UploadRejected("the file is empty")
            safe = sanitise_name(name)
            digest = _sha(data)
            if digest in held:
                outcome.present.append((name, held[digest]))
                continue
            folder.mkdir(parents=True, exist_ok=True)
            path = _write_new(folder, safe, data, taken)
            held[digest] = path.name
            written.append((name, path))
            digests[path] = digest
        except UploadRejected as exc:
            outcome.rejected.append((name, str(exc)))
        except OSError as exc:
            outcome.rejected.append((name, f"it could not be saved ({exc.strerror or exc})"))
    if not written:
        return outcome
    try:
        # recorded before the build, so the new documents are indexed with provenance "upload (...)"
        _record_uploads(settings, added=[(name, path, digests[path]) for name, path in written])
    except OSError as exc:
        for name, path in written:
            path.unlink(missing_ok=True)
            outcome.rejected.append((name, f"it could not be recorded ({exc.strerror or exc})"))
        return outcome
    try:
        report = build(assistant, progress, lock_timeout=120)
    except AssistantError as exc:
        for _, path in written:
            path.unlink(missing_ok=True)
        try:
            _record_uploads(settings, removed=[path.name for _, path in written])
        except OSError:
            pass  # entries of files no longer held are dropped on the next write
        outcome.rejected += [(name, "not added: the index could not be rebuilt") for name, _ in written]
        outcome.error = str(exc)
        return outcome
    skipped = {Path(e.path).name: e.reason for e in report.skipped}
    removed = False
    for name, path in written:
        if path.name in skipped:
            path.unlink(missing_ok=True)
            outcome.rejected.append((name, skipped[path.name]))
            removed = True
        else:
            outcome.added.append((name, path.name))
    if removed:
        _record_uploads(settings, removed=[path.name for _, path in written if path.name in skipped])
        # Rebuild so the index describes the documents as they now stand; every embedding comes from the cache.
        try:
            report = build(assistant, progress, lock_timeout=120)
        except AssistantError as exc:
            outcome.error = str(exc)
    outcome.report = report
    return outcome
