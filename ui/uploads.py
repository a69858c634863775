"""Add uploaded files to the corpus folder safely, then index them through the service."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from assistant.builder import BuildReport
from assistant.errors import AssistantError

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


def _write_new(corpus: Path, name: str, data: bytes) -> Path:
    """Write data under a name not yet taken in the corpus (name-1.txt, name-2.txt ...), never outside it."""
    stem, suffix = name[: -len(Path(name).suffix)], Path(name).suffix
    for i in range(0, 10_000):
        candidate = corpus / (name if i == 0 else f"{stem}-{i}{suffix}")
        if candidate.resolve().parent != corpus:
            raise UploadRejected("its name would place it outside the corpus folder")
        try:
            with open(candidate, "xb") as fh:  # "x": fail rather than overwrite
                fh.write(data)
            return candidate
        except FileExistsError:
            continue
    raise UploadRejected("too many files with this name already")


@dataclass
class UploadOutcome:
    """What happened to each uploaded file, and the build that indexed them."""

    added: list[tuple[str, str]] = field(default_factory=list)  # (uploaded name, saved name)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (uploaded name, reason)
    report: BuildReport | None = None
    error: str | None = None


def add_uploads(assistant, files: list[tuple[str, bytes]], progress=None) -> UploadOutcome:
    """Save each file into the corpus under a sanitised name and rebuild the index (cached embeddings are reused).

    A file the reader refuses is removed again and named with the reason; other documents are untouched.
    """
    corpus = Path(assistant.settings.corpus_dir).resolve()
    outcome = UploadOutcome()
    written: list[tuple[str, Path]] = []
    for name, data in files:
        try:
            if not data:
                raise UploadRejected("the file is empty")
            path = _write_new(corpus, sanitise_name(name), data)
            written.append((name, path))
        except UploadRejected as exc:
            outcome.rejected.append((name, str(exc)))
        except OSError as exc:
            outcome.rejected.append((name, f"it could not be saved ({exc.strerror or exc})"))
    if not written:
        return outcome
    try:
        report = assistant.build(progress, lock_timeout=120)
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
        # Rebuild so the index describes the corpus as it now stands; every embedding comes from the cache.
        try:
            report = assistant.build(progress, lock_timeout=120)
        except AssistantError as exc:
            outcome.error = str(exc)
    outcome.report = report
    return outcome
