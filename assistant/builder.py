"""Build the index: parse, chunk, embed (reusing cached embeddings), extract tables, persist atomically."""

from __future__ import annotations

import os
import time
import uuid
from pathlib import Path
from typing import Callable

import numpy as np
from filelock import FileLock, Timeout

from .errors import DocumentError, IndexLocked, IndexUnwritable
from .ingest import scan_corpus
from .ingest.corpus import list_corpus, manifest_path
from .retrieval.embedder import DIMENSION, EmbeddingCache, load_query_embedder, model_fingerprint
from .retrieval.onnx_export import ensure_encoder, start_encoder
from .retrieval.store import Snapshot, corpus_hash, write_snapshot
from .settings import INDEX_SCHEMA_VERSION, Settings
from .types import BuildReport

Progress = Callable[[str, int, int], None]



def embedding_input(chunk) -> str:
    """The text that is embedded and keyword-indexed for a chunk: its context line, then its text."""
    return f"{chunk.context}\n{chunk.text}"


def build_index(settings: Settings, progress: Progress | None = None, lock_timeout: float = 0.0,
                force: bool = False) -> BuildReport:
    """Build and persist the index for settings.corpus_dir into settings.index_dir.

    When the current index was built from the same corpus bytes, settings, model and schema, nothing is
    rebuilt (the report says so) unless force is given.
    """
    started = time.perf_counter()
    say = progress or (lambda stage, done, total: None)
    index_dir = Path(settings.index_dir)
    lock = FileLock(str(index_dir / ".build.lock"))
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        lock.acquire(timeout=lock_timeout)
    except Timeout as exc:
        raise IndexLocked(f"another build is writing {index_dir}; wait for it to finish, then retry") from exc
    except OSError as exc:
        raise IndexUnwritable(f"the index folder {index_dir} cannot be written "
                              f"({exc.strerror or exc.__class__.__name__}); choose another --index") from exc
    try:
        if not force:
            current = _up_to_date(settings, index_dir, started)
            if current is not None:
                ensure_encoder(index_dir, model_fingerprint())  # an index from before the ONNX export gains one
                return current
        return _build(settings, index_dir, say, started)
    finally:
        lock.release()


def _up_to_date(settings: Settings, index_dir: Path, started: float) -> BuildReport | None:
    """A report for the current index when it already reflects this corpus and these settings, else None."""
    from .errors import IndexError_
    from .retrieval.store import current_snapshot, read_stamp, snapshot_intact

    try:
        stamp = read_stamp(index_dir)
        folder = current_snapshot(index_dir)
    except IndexError_:
        return None
    corpus_dir = Path(settings.corpus_dir)
    try:
        listing = list_corpus(corpus_dir)
    except Exception:
        return None
    # entries skipped before reading (links out, folders) do not change the hash: compare them by name and reason
    entries = sorted([Path(e.path).name, e.reason] for e in listing.skipped)
    same = (
        stamp.get("schema") == INDEX_SCHEMA_VERSION
        and stamp.get("settings") == settings.build_fingerprint()
        and stamp.get("model_fingerprint") == model_fingerprint()
        and stamp.get("corpus_dir") == str(corpus_dir.resolve())
        and stamp.get("corpus_hash") == _corpus_hash(settings, listing.files)
        and bool(stamp.get("require_manifest", False)) == settings.require_manifest
        and stamp.get("vector_store", "faiss") == settings.vector_store
        and sorted([s["file"], s["reason"]] for s in stamp.get("skipped", []) if s.get("error") == "SkippedEntry") == entries
    ) and snapshot_intact(folder)
    if not same:
        return None
    skipped = [DocumentError(s["file"], s["reason"]) for s in stamp.get("skipped", [])]
    report = BuildReport(indexed=[f"{n}" for n in range(stamp.get("documents", 0))], skipped=skipped,
                         chunks=stamp.get("chunks", 0), reused=stamp.get("chunks", 0), tables=stamp.get("tables", 0),
                         snapshot=folder, up_to_date=True)
    report.seconds = time.perf_counter() - started
    return report


def _build(settings: Settings, index_dir: Path, say: Progress, started: float) -> BuildReport:
    # queries read the model's ONNX export beside the index: a child process makes it while documents are parsed
    export = start_encoder(index_dir, model_fingerprint())
    try:
        return _build_with(settings, index_dir, say, started, export)
    finally:
        export.cancel()  # a build that failed early does not leave an export running


def _build_with(settings: Settings, index_dir: Path, say: Progress, started: float, export) -> BuildReport:
    corpus_dir = Path(settings.corpus_dir)
    scan = scan_corpus(corpus_dir, settings.max_file_mb, settings.max_pdf_pages, settings.require_manifest)
    report = BuildReport(indexed=[d.meta.doc_id for d in scan.documents], skipped=list(scan.errors))
    say("parsed", len(scan.documents), len(scan.documents) + len(scan.errors))

    from .ingest.nodes import AssessmentNodeParser  # llama-index: imported only when a build has work to do
    from .retrieval.hybrid import BM25Index

    parser = AssessmentNodeParser(max_tokens=settings.chunk_tokens, overlap_sentences=settings.chunk_overlap_sentences,
                                  table_max_tokens=settings.table_chunk_tokens)
    chunks = []
    for i, doc in enumerate(scan.documents, start=1):
        chunks.extend(parser.chunks(doc))
        say("chunked", i, len(scan.documents))
    report.chunks = len(chunks)

    model_fp = model_fingerprint()
    export.wait()
    cache = EmbeddingCache(index_dir / "cache", f"{settings.embed_model}-{model_fp}")
    inputs = [embedding_input(c) for c in chunks]
    keys = [EmbeddingCache.key(t) for t in inputs]
    todo = [i for i, k in enumerate(keys) if cache.get(k) is None]
    report.reused = len(chunks) - len(todo)
    if todo:
        # onnxruntime embeds a cold build of the bundled corpus about three times as fast as sentence-transformers
        # on torch (medians 19.9 s and 58.0 s, tests/retrieval/measure_onnx_encoder.py), with the same vectors
        embedder = load_query_embedder(index_dir, threads=os.cpu_count() or 1, batch_size=settings.embed_batch_size)
        step = max(settings.embed_batch_size * 4, 64)
        for s in range(0, len(todo), step):
            part = todo[s : s + step]
            vecs = embedder.encode([inputs[i] for i in part])
            for i, v in zip(part, vecs):
                cache.put(keys[i], v)
            say("embedded", min(s + step, len(todo)), len(todo))
    report.embedded = len(todo)
    vectors = np.stack([cache.get(k) for k in keys]) if keys else np.zeros((0, DIMENSION), np.float32)

    bm25 = BM25Index.build(inputs) if inputs else None
    table_results = _extract_tables(scan.documents, report)
    say("tables", report.tables, report.tables)

    files = list_corpus(corpus_dir).files
    stamp = {
        "schema": INDEX_SCHEMA_VERSION,
        "settings": settings.build_fingerprint(),
        "model": settings.embed_model,
        "model_fingerprint": model_fp,
        "corpus_hash": _corpus_hash(settings, files),
        "corpus_dir": str(corpus_dir.resolve()),
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "documents": len(scan.documents),
        "chunks": len(chunks),
        "tables": report.tables,
        "approximate": len(chunks) > settings.approximate_index_above,
        "vector_store": settings.vector_store,
        # on a server every snapshot gets its own collection, so a build never changes the one being served
        "qdrant_collection": f"csa-{uuid.uuid4().hex[:12]}" if settings.qdrant_url else "chunks",
        "require_manifest": settings.require_manifest,
        "skipped": [{"file": Path(e.path).name, "reason": e.reason, "error": type(e).__name__} for e in scan.errors],
    }

    def extras(folder: Path) -> None:
        if bm25 is not None:
            bm25.save(folder / "bm25")
        if table_results is not None:
            table_results.save(folder / "tables")

    snap = Snapshot(stamp=stamp, documents={d.meta.doc_id: d for d in scan.documents}, chunks=chunks, vectors=vectors)
    report.snapshot = write_snapshot(index_dir, snap, extras, settings.qdrant_url, settings.qdrant_api_key)
    try:
        cache.save(keep=set(keys) | set(cache._vectors))
    except IndexUnwritable as exc:  # the snapshot is written and current: only the next build's speed suffers
        report.warnings.append(f"{exc}; the next build will embed again")
    report.seconds = time.perf_counter() - started
    return report


def _corpus_hash(settings: Settings, files: list[Path]) -> str:
    """The corpus hash of these files and the manifest (a manifest linking out of the folder is not read), and of
    the upload record when there is one (a correction the user saves changes the index)."""
    from .ingest.upload_record import UPLOAD_RECORD

    digest = corpus_hash(files, manifest_path(Path(settings.corpus_dir)), int(settings.max_file_mb * 1e6))
    record = Path(settings.corpus_dir) / UPLOAD_RECORD
    if record.is_file() and not record.is_symlink():
        import hashlib

        digest = hashlib.sha256(digest.encode() + record.read_bytes()).hexdigest()[:16]
    return digest


def _extract_tables(documents, report: BuildReport):
    """Tables from every document, as a TableStore (None when the tables engine is unavailable)."""
    try:
        from .tables import TableStore, extract_tables
    except ImportError:
        return None
    results = []
    for doc in documents:
        result = extract_tables(doc)
        results.append(result)
        report.table_problems.extend(str(p) for p in getattr(result, "problems", []))
    store = TableStore.from_results(results)
    listing = store.list_tables()
    report.tables = len(listing)
    report.table_values = len(store.values())
    return store
