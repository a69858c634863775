"""The corpus as a closed folder: which entries are read, which are skipped and why, and document ids."""

from __future__ import annotations

import errno
import hashlib
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import CorpusError, SkippedEntry
from .manifest import MANIFEST_NAME

IGNORED_NAMES = {MANIFEST_NAME, "README.md", "README.txt", ".DS_Store"}


def printable_name(name: str) -> str:
    """A file name safe to print and store: bytes that are not UTF-8 shown as \\xNN escapes."""
    return os.fsencode(name).decode("utf-8", errors="backslashreplace")


@dataclass
class CorpusListing:
    """The regular files of a corpus folder that may be read, and every other entry with the reason it is not."""

    root: Path
    files: list[Path] = field(default_factory=list)
    skipped: list[SkippedEntry] = field(default_factory=list)


def _skip_reason(entry: Path, root: Path) -> str | None:
    """Why an entry of the corpus folder is not read, or None when it is a regular file inside the folder."""
    try:
        entry.name.encode("utf-8")
    except UnicodeEncodeError:
        return "the file name is not valid UTF-8; rename the file to read it"
    if entry.is_symlink():
        try:
            target = entry.resolve(strict=True)
        except RuntimeError:  # Python 3.11 reports a loop this way
            return "a symbolic link loop: not read"
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return "a symbolic link loop: not read"
            return "a dangling symbolic link (its target does not exist): not read"
        # the corpus is a closed folder: a link may point to a file inside it, never outside
        if not target.is_relative_to(root):
            kind = "folder" if target.is_dir() else "file"
            return f"a symbolic link to a {kind} outside the corpus folder: not read"
        if target.is_dir():
            return "a symbolic link to a folder: sub-folders are not read"
        if not target.is_file():
            return "a symbolic link to something that is not a regular file: not read"
        return None
    if entry.is_dir():
        return "a folder: sub-folders are not read"
    if not entry.is_file():
        return "not a regular file (a device, pipe or socket): not read"
    return None


def list_corpus(corpus_dir: Path) -> CorpusListing:
    """Every entry of the corpus folder, sorted: readable files, and skipped entries with their reasons."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus folder {corpus_dir} does not exist")
    root = corpus_dir.resolve()
    listing = CorpusListing(root)
    for entry in sorted(corpus_dir.iterdir(), key=lambda p: os.fsencode(p.name)):
        if entry.name == MANIFEST_NAME and entry.is_symlink() and (reason := _skip_reason(entry, root)):
            listing.skipped.append(SkippedEntry(corpus_dir / entry.name, f"the manifest is {reason[0].lower()}{reason[1:]}"))
            continue
        if entry.name in IGNORED_NAMES or entry.name.startswith("."):
            continue
        reason = _skip_reason(entry, root)
        if reason is None:
            listing.files.append(entry)
        else:
            listing.skipped.append(SkippedEntry(corpus_dir / printable_name(entry.name), reason))
    return listing


def manifest_path(corpus_dir: Path) -> Path | None:
    """The corpus manifest when it is a regular file inside the folder (a link out of it is not read)."""
    path = Path(corpus_dir) / MANIFEST_NAME
    if not path.exists():
        return None
    try:
        inside = path.resolve(strict=True).is_relative_to(Path(corpus_dir).resolve())
    except (OSError, RuntimeError):
        return None
    return path if inside and path.resolve().is_file() else None


def document_ids(files: list[Path]) -> dict[Path, str]:
    """A unique id per file: the file name without its extension, or with it where two files share a stem
    (harbourtown.txt and harbourtown.pdf are 'harbourtown.txt' and 'harbourtown.pdf')."""
    from .readers import SUPPORTED_SUFFIXES

    ids = {p: p.stem for p in files}
    readable = Counter(p.stem for p in files if p.suffix.lower() in SUPPORTED_SUFFIXES)
    ids = {p: p.name if readable[p.stem] > 1 and p.suffix.lower() in SUPPORTED_SUFFIXES else s for p, s in ids.items()}
    # names are unique within a folder, so giving every colliding file its full name ends the loop
    for _ in range(3):
        counts = Counter(ids.values())
        clashes = [p for p, i in ids.items() if counts[i] > 1]
        if not clashes:
            break
        for p in clashes:
            ids[p] = p.name
    return ids


def content_hash(path: Path) -> str:
    """sha256 of a file's bytes, read in blocks (never the whole file in memory)."""
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()
