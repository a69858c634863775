"""The persisted index: snapshot folders written atomically, stamped with what built them."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import time
import uuid
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

try:
    import fcntl
except ImportError:  # not POSIX: old snapshots are kept one build longer instead of locked
    fcntl = None  # type: ignore[assignment]

from ..errors import IndexCorrupt, IndexMissing, IndexStale, IndexUnwritable
from ..settings import INDEX_SCHEMA_VERSION
from ..types import Chunk, DocumentMeta, PageSpan, ParsedDocument, Section

__all__ = ["Snapshot", "load_snapshot", "write_snapshot"]

CURRENT = "CURRENT"
COMPLETE = "COMPLETE"
REBUILD_HINT = "run `csa build` to rebuild it"


def corpus_hash(files: list[Path], manifest: Path | None, max_bytes: int | None = None) -> str:
    """Hash of the corpus: every file's name and bytes, and the manifest.

    A file over max_bytes is refused unread by the build, so its size and modification time stand for its
    bytes: hashing a 4 GB file on every build would cost time for nothing. Files are read in blocks.
    """
    h = hashlib.sha256()
    for p in sorted(files):
        h.update(os.fsencode(p.name))  # bytes, so a name that is not UTF-8 cannot fail here
        st = p.stat()
        if max_bytes is not None and st.st_size > max_bytes:
            h.update(f"over the limit:{st.st_size}:{st.st_mtime_ns}".encode())
            continue
        with p.open("rb") as fh:
            h.update(hashlib.file_digest(fh, "sha256").digest())
    if manifest is not None and manifest.exists():
        h.update(manifest.read_bytes())
    return h.hexdigest()[:16]


def _doc_to_dict(doc: ParsedDocument) -> dict[str, Any]:
    return {
        "meta": doc.meta.to_dict(),
        "text": doc.text,
        "sections": [[list(s.path), s.start, s.end, s.page, s.page_inferred] for s in doc.sections],
        "pages": [[p.page, p.start, p.end] for p in doc.pages],
    }


def _doc_from_dict(d: dict[str, Any]) -> ParsedDocument:
    return ParsedDocument(
        meta=DocumentMeta.from_dict(d["meta"]),
        text=d["text"],
        sections=tuple(Section(tuple(p), a, b, pg, inf) for p, a, b, pg, inf in d["sections"]),
        pages=tuple(PageSpan(pg, a, b) for pg, a, b in d["pages"]),
    )


@dataclass
class Snapshot:
    """Everything a built index holds, in memory."""

    stamp: dict[str, Any]
    documents: dict[str, ParsedDocument]
    chunks: list[Chunk]
    vectors: np.ndarray
    folder: Path | None = None
    extras: dict[str, Any] = field(default_factory=dict)


def chunk_nodes(chunks: list[Chunk], documents: dict[str, ParsedDocument], vectors: np.ndarray | None = None) -> list:
    """The chunks as llama-index TextNodes carrying their documents' fields (and their embeddings when given)."""
    return [c.to_node(documents[c.doc_id].meta.node_fields(), None if vectors is None else vectors[i].tolist())
            for i, c in enumerate(chunks)]


def _write_qdrant(folder: Path, snap: Snapshot, vectors: np.ndarray, url: str = "", api_key: str = "") -> None:
    """Put the chunks and vectors into Qdrant: a local-mode folder in the snapshot, or (url) a server collection
    named after the snapshot."""
    from .vector_stores import QDRANT_FOLDER, close_qdrant, qdrant_add, qdrant_client, qdrant_store

    client = qdrant_client(url=url, api_key=api_key) if url else qdrant_client(folder / QDRANT_FOLDER)
    try:
        store = qdrant_store(client, snap.stamp.get("qdrant_collection") or "chunks")
        qdrant_add(store, chunk_nodes(snap.chunks, snap.documents, vectors))
    finally:
        if not url:  # its files must be final before they are hashed into COMPLETE
            close_qdrant(folder / QDRANT_FOLDER)


def write_snapshot(index_dir: Path, snap: Snapshot, write_extras=None, qdrant_url: str = "", qdrant_api_key: str = "") -> Path:
    """Write a snapshot into a temporary folder, then switch CURRENT to it in one rename.

    A build killed at any point leaves the previous snapshot as CURRENT, still loadable.
    `write_extras(folder)` writes further artefacts (tables, BM25) inside the same snapshot. The vectors go to the
    store the stamp names ("faiss", the default, or "qdrant"), before the snapshot is marked complete.
    """
    import faiss

    tmp = index_dir / f".tmp-{uuid.uuid4().hex[:8]}"
    final = index_dir / f"snapshot-{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:6]}"
    pointer = index_dir / f".{CURRENT}.{uuid.uuid4().hex[:6]}"
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        tmp.mkdir()
        (tmp / "stamp.json").write_text(json.dumps(snap.stamp, indent=2))
        with (tmp / "docs.json").open("w", encoding="utf-8") as fh:
            json.dump([_doc_to_dict(d) for d in snap.documents.values()], fh, ensure_ascii=False)
        with (tmp / "chunks.jsonl").open("w", encoding="utf-8") as fh:
            for c in snap.chunks:
                fh.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
        vectors = np.ascontiguousarray(snap.vectors, dtype=np.float32)
        if snap.stamp.get("vector_store", "faiss") == "qdrant":
            _write_qdrant(tmp, snap, vectors, qdrant_url, qdrant_api_key)
        else:
            from .vector_stores import build_faiss  # llama-index is imported only when a store is made or opened

            faiss.write_index(build_faiss(vectors, snap.stamp.get("approximate", False)), str(tmp / "vectors.faiss"))
        if write_extras is not None:
            write_extras(tmp)
        for p in tmp.rglob("*"):
            if p.is_file():
                with p.open("rb") as fh:
                    os.fsync(fh.fileno())
        # COMPLETE is written last and lists every file's hash, so a later check can tell damage apart
        (tmp / COMPLETE).write_text(json.dumps({"built_at": snap.stamp["built_at"], "files": file_hashes(tmp)}))
        os.rename(tmp, final)
        pointer.write_text(final.name)
        previous = _pointer_name(index_dir)
        os.replace(pointer, index_dir / CURRENT)
    except OSError as exc:
        _discard(tmp, final, pointer)
        raise IndexUnwritable(f"the index cannot be written in {index_dir} ({_os_reason(exc)}); "
                              "nothing was changed: the previous index is still current") from exc
    except BaseException:
        _discard(tmp, final, pointer)
        raise
    # old snapshots go unless a reader is loading one (see load_snapshot): a later build removes those; without file
    # locks (not POSIX) the snapshot just replaced is kept, as a reader may have resolved CURRENT a moment ago
    keep = {final.name} | ({previous} if fcntl is None and previous else set())
    for old in index_dir.glob("snapshot-*"):
        if old.name not in keep:
            _remove_unless_held(old)
    for stale in index_dir.glob(".tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)
    return final


def _pointer_name(index_dir: Path) -> str | None:
    """The snapshot name CURRENT holds now, or None when it cannot be read."""
    try:
        return (index_dir / CURRENT).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None


def _hold(folder: Path) -> int | None:
    """Open a snapshot folder and take a shared lock on it, so no build deletes it while it is read; None if it is gone."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return None
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH)
        except OSError:  # a file system without locks: the kept previous snapshot still covers a swap
            pass
    return fd


def _release(fd: int) -> None:
    try:
        os.close(fd)
    except OSError:
        pass


def _remove_unless_held(folder: Path) -> None:
    """Delete an old snapshot unless a reader holds its shared lock (then a later build deletes it)."""
    fd = None
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:  # held by a reader (or already gone)
        if fd is not None:
            _release(fd)
        return
    try:
        shutil.rmtree(folder, ignore_errors=True)
    finally:
        _release(fd)


def _discard(tmp: Path, final: Path, pointer: Path) -> None:
    """Remove what a failed write left, so a full disk or a read-only folder leaves no partial files."""
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        current = (final.parent / CURRENT).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        current = ""
    if current != final.name:
        shutil.rmtree(final, ignore_errors=True)
    try:
        pointer.unlink(missing_ok=True)
    except OSError:
        pass


def _os_reason(exc: OSError) -> str:
    """'disk full', 'read-only or not permitted', 'not a folder' or the system's own words."""
    return {errno.ENOSPC: "the disk is full", errno.EDQUOT: "the disk quota is used up",
            errno.EROFS: "the file system is read-only", errno.EACCES: "permission denied",
            errno.EPERM: "permission denied", errno.ENOTDIR: "a path component is a file, not a folder",
            }.get(exc.errno, exc.strerror or exc.__class__.__name__)


def file_hashes(folder: Path) -> dict[str, str]:
    """sha256 of every file below folder, by relative path."""
    out = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file() and p.name != COMPLETE:
            with p.open("rb") as fh:
                out[str(p.relative_to(folder))] = hashlib.file_digest(fh, "sha256").hexdigest()
    return out


def snapshot_intact(folder: Path) -> bool:
    """Whether every file the snapshot's COMPLETE marker lists is present and unchanged (and no others)."""
    try:
        verify_snapshot(folder)
    except IndexCorrupt:
        return False
    return True


def verify_snapshot(folder: Path) -> None:
    """Raise IndexCorrupt, naming the file, unless every file COMPLETE lists is present with its recorded sha256
    and no other file was added: a changed value or shuffled bytes must never be served as the index."""
    try:
        recorded = json.loads((folder / COMPLETE).read_text(encoding="utf-8"))["files"]
        if not isinstance(recorded, dict):
            raise TypeError("'files' is not a mapping")
        actual = file_hashes(folder)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise IndexCorrupt(f"the index in {folder} cannot be verified ({exc.__class__.__name__}); {REBUILD_HINT}") from exc
    for name in sorted(set(recorded) | set(actual)):
        if name not in actual:
            raise IndexCorrupt(f"the index file {name} in {folder.name} is missing; {REBUILD_HINT}")
        if name not in recorded:
            raise IndexCorrupt(f"the index folder {folder.name} holds a file its build did not write ({name}); {REBUILD_HINT}")
        if recorded[name] != actual[name]:
            raise IndexCorrupt(f"the index file {name} in {folder.name} has changed since it was built "
                               f"(its sha256 does not match); {REBUILD_HINT}")


def current_snapshot(index_dir: Path) -> Path:
    """The folder CURRENT points at; IndexMissing or IndexCorrupt when there is none usable."""
    pointer = index_dir / CURRENT
    if not pointer.exists():
        raise IndexMissing(f"no index in {index_dir}; {REBUILD_HINT.replace('rebuild it', 'build it')}")
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise IndexCorrupt(f"the index pointer {pointer} is unreadable ({exc.__class__.__name__}); {REBUILD_HINT}") from exc
    if not name or "/" in name or name.startswith("."):
        raise IndexCorrupt(f"the index pointer {pointer} names no snapshot; {REBUILD_HINT}")
    folder = index_dir / name
    if not (folder / COMPLETE).exists():
        raise IndexCorrupt(f"the index in {index_dir} is incomplete or damaged ({folder.name}); {REBUILD_HINT}")
    return folder


def read_stamp(index_dir: Path) -> dict[str, Any]:
    """The stamp of the current snapshot."""
    folder = current_snapshot(index_dir)
    try:
        return json.loads((folder / "stamp.json").read_text())
    except (OSError, ValueError) as exc:
        raise IndexCorrupt(f"the index stamp in {folder} cannot be read ({exc}); {REBUILD_HINT}") from exc


def check_stamp(stamp: dict[str, Any], settings_fingerprint: str, model_fp: str, index_dir: Path,
                vector_store: str = "faiss") -> None:
    """Raise IndexStale when the index was built by another schema, settings, model or vector store."""
    if stamp.get("schema") != INDEX_SCHEMA_VERSION:
        raise IndexStale(
            f"the index in {index_dir} has schema {stamp.get('schema')}, this version reads schema "
            f"{INDEX_SCHEMA_VERSION}; {REBUILD_HINT}"
        )
    if stamp.get("settings") != settings_fingerprint:
        raise IndexStale(
            f"the index in {index_dir} was built with other chunking settings "
            f"({stamp.get('settings')} vs {settings_fingerprint}); {REBUILD_HINT}"
        )
    if stamp.get("model_fingerprint") != model_fp:
        raise IndexStale(f"the index in {index_dir} was built with another embedding model; {REBUILD_HINT}")
    built = stamp.get("vector_store", "faiss")
    if built != vector_store:
        raise IndexStale(f"the index in {index_dir} keeps its vectors in {built}, but the vector store setting is "
                         f"{vector_store}; set CSA_VECTOR_STORE={built}, or run `csa build` to rebuild it "
                         f"for {vector_store}")


def load_snapshot(index_dir: Path, attempts: int = 20, qdrant_url: str = "", qdrant_api_key: str = "") -> Snapshot:
    """Read the current snapshot (documents, chunks, vectors) or raise a clear IndexError_.

    The folder CURRENT names is resolved once and held (a shared lock) for as long as the returned Snapshot lives, so
    a build swapping snapshots meanwhile never deletes it; everything is read from that one folder. When CURRENT moved
    on between resolving and locking (the folder was just removed), it is resolved again.
    """
    for _ in range(attempts - 1):
        before = _pointer_name(index_dir)
        fd = None
        try:
            folder = current_snapshot(index_dir)
            fd = _hold(folder)
            snap = _read_snapshot(folder, qdrant_url, qdrant_api_key)
        except IndexCorrupt:
            if fd is not None:
                _release(fd)
            if _pointer_name(index_dir) != before:
                continue  # a swap happened under us: read the new snapshot
            raise
        except BaseException:
            if fd is not None:
                _release(fd)
            raise
        if fd is not None:
            snap.extras["reader_lock"] = weakref.finalize(snap, _release, fd)
        return snap
    return _read_snapshot(current_snapshot(index_dir), qdrant_url, qdrant_api_key)


def release_snapshot(snap: Snapshot) -> None:
    """Let builds delete the snapshot's folder again (once everything needed has been read from it)."""
    lock = snap.extras.pop("reader_lock", None)
    if lock is not None:
        lock()


def _read_snapshot(folder: Path, qdrant_url: str = "", qdrant_api_key: str = "") -> Snapshot:
    """Verify and read one snapshot folder; its vector store is in extras["vector_store"]."""
    import faiss

    verify_snapshot(folder)  # every byte is checked against COMPLETE before any of it is trusted
    try:
        stamp = json.loads((folder / "stamp.json").read_text())
        docs = [_doc_from_dict(d) for d in json.loads((folder / "docs.json").read_text(encoding="utf-8"))]
        chunks = [Chunk.from_dict(json.loads(l)) for l in (folder / "chunks.jsonl").read_text(encoding="utf-8").splitlines() if l]
        documents = {d.meta.doc_id: d for d in docs}
        snap = Snapshot(stamp=stamp, documents=documents, chunks=chunks, vectors=np.zeros((0, 0)), folder=folder)
        if stamp.get("vector_store", "faiss") == "qdrant":
            snap.extras["vector_store"] = _open_qdrant(folder, stamp, len(chunks), qdrant_url, qdrant_api_key)
            return snap
        index = faiss.read_index(str(folder / "vectors.faiss"))
    except (OSError, ValueError, KeyError, TypeError, RuntimeError) as exc:
        raise IndexCorrupt(f"the index in {folder} cannot be read ({exc.__class__.__name__}: {exc}); {REBUILD_HINT}") from exc
    if index.ntotal != len(chunks):
        raise IndexCorrupt(f"the index in {folder} has {index.ntotal} vectors for {len(chunks)} chunks; {REBUILD_HINT}")
    snap.extras["faiss"] = index
    from .vector_stores import FaissChunkStore

    metadata = [{"doc_id": c.doc_id, "kind": c.kind, **documents[c.doc_id].meta.node_fields()} for c in chunks]
    snap.extras["vector_store"] = FaissChunkStore(index, [c.node_id for c in chunks], metadata)
    return snap


def _open_qdrant(folder: Path, stamp: dict[str, Any], n_chunks: int, url: str, api_key: str):
    """The snapshot's Qdrant store, checked to hold one point per chunk."""
    from ..errors import IndexLocked
    from .vector_stores import QDRANT_FOLDER, qdrant_client, qdrant_store

    try:
        client = qdrant_client(url=url, api_key=api_key) if url else qdrant_client(folder / QDRANT_FOLDER)
    except RuntimeError as exc:  # local mode: another process holds the folder's lock
        raise IndexLocked(f"the Qdrant store in {folder} is open in another process (Qdrant's local mode allows one); "
                          "close it, or serve the index from a Qdrant server (CSA_QDRANT_URL)") from exc
    collection = stamp.get("qdrant_collection") or "chunks"
    points = client.count(collection).count if client.collection_exists(collection) else 0
    if points != n_chunks:
        raise IndexCorrupt(f"the index in {folder} has {points} Qdrant points for {n_chunks} chunks; {REBUILD_HINT}")
    return qdrant_store(client, collection)
