"""Keep uploaded files in a user data folder (never the checkout's corpus/), then index them through the service.

The upload folder is `settings.upload_dir` when the settings have one, else `<index_dir>/uploads`. While the
builder reads only `corpus_dir`, the index is built from a view folder of links (the corpus's documents and
manifest plus the uploads), so the corpus folder is never written to."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import unicodedata
from dataclasses import dataclass, field
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
        except UploadRejected as exc:
            outcome.rejected.append((name, str(exc)))
        except OSError as exc:
            outcome.rejected.append((name, f"it could not be saved ({exc.strerror or exc})"))
    if not written:
        return outcome
    try:
        report = build(assistant, progress, lock_timeout=120)
    except AssistantError as exc:
        for _, path in written:
            path.unlink(missing_ok=True)
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
        # Rebuild so the index describes the documents as they now stand; every embedding comes from the cache.
        try:
            report = build(assistant, progress, lock_timeout=120)
        except AssistantError as exc:
            outcome.error = str(exc)
    outcome.report = report
    return outcome
