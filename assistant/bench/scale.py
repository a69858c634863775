"""How the assistant grows: synthetic corpora of 100, 1,000 and 10,000 assessments, built and queried.

Embedding is the one stage that cannot be run at 10,000 documents on two cores (hours), so it is
measured on a sample of real synthetic chunks and extrapolated; every other stage runs for real:
the chunk vectors are synthetic (see vectors.py) and put in the embedding cache before `csa build`,
which then parses, chunks, indexes BM25 and FAISS (switching to HNSW above
Settings.approximate_index_above chunks), extracts tables and writes the snapshot as it always does.
"""

from __future__ import annotations

import json
import random
import shutil
import tempfile
import time
from pathlib import Path
from typing import Callable

import numpy as np

from ..settings import Settings
from .measure import csa_command, dir_size_mb, python_child, run_child, summary
from .questions import GENERIC_QUESTIONS, write_questions
from .report import render_scale
from .synthetic import generate_corpus

Say = Callable[[str], None]


def _json_tail(stdout: str) -> dict:
    return json.loads([l for l in stdout.strip().splitlines() if l.startswith("{")][-1])


def scale_questions(corpus: Path, n: int = 30, seed: int = 0) -> list[str]:
    """Half generic questions, half naming a partnership and a measure of the synthetic corpus."""
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    names = sorted({d["partnership"] for d in manifest["documents"]})
    rng = random.Random(seed)
    asks = ("Which wards in {p} have the highest anti-social behaviour?", "What is the domestic abuse rate in {p}?",
            "How does residential burglary in {p} compare with the force?", "What are the priorities for {p}?",
            "What does {p} recommend for county lines?", "Which places in {p} are at greatest risk?")
    specific = [rng.choice(asks).format(p=rng.choice(names)) for _ in range(n - n // 2)]
    return list(GENERIC_QUESTIONS[: n // 2]) + specific


def base_vectors(work: Path, sample: int, seed: int, batch_size: int = 32) -> tuple[np.ndarray, dict]:
    """Real embeddings of a sample of synthetic chunks (the seed of the synthetic vectors) and the build embedder's
    rate (onnxruntime, on the ONNX export made in work, as a build makes it)."""
    import os

    from ..builder import embedding_input
    from ..ingest import Chunker, scan_corpus
    from ..retrieval.embedder import load_query_embedder

    corpus = work / "embed-sample"
    generate_corpus(corpus, 30, seed + 7)
    chunks = [c for d in scan_corpus(corpus).documents for c in Chunker().chunk(d)]
    rng = random.Random(seed)
    inputs = [embedding_input(c) for c in rng.sample(chunks, min(sample, len(chunks)))]
    embedder = load_query_embedder(work, threads=os.cpu_count() or 1, batch_size=batch_size)
    embedder.encode(inputs[:batch_size])
    t = time.perf_counter()
    vecs = embedder.encode(inputs)
    seconds = time.perf_counter() - t
    return vecs, {"chunks": len(inputs), "seconds": round(seconds, 2), "chunks_per_s": round(len(inputs) / seconds, 2)}


def _index_sizes(index: Path) -> dict:
    from ..retrieval.store import current_snapshot

    snap = current_snapshot(index)
    sizes = {p.name: round(dir_size_mb(p) if p.is_dir() else p.stat().st_size / 2**20, 2) for p in snap.iterdir()}
    sizes["total"] = round(dir_size_mb(snap), 2)
    cache = index / "cache"
    sizes["embedding_cache"] = round(sum(p.stat().st_size for p in cache.glob("embeddings-*")) / 2**20, 2)
    sizes["onnx_export"] = round(sum(p.stat().st_size for p in cache.glob("encoder-*.onnx")) / 2**20, 2)
    return sizes


def _cached_vectors(index: Path) -> np.ndarray:
    npy = next((index / "cache").glob("embeddings-*.npy"))
    return np.load(npy)


def measure_size(n_docs: int, work: Path, base_file: Path, embed_rate: float, seed: int, n_questions: int,
                 say: Say, build: bool = True) -> dict:
    """Generate, build (with synthetic vectors cached) and query a corpus of n_docs documents.

    build=False stops after parsing and chunking (and caching the synthetic vectors, for the FAISS
    comparison): for sizes whose build or load would not fit this machine's memory.
    """
    corpus, index = work / f"corpus-{n_docs}", work / f"index-{n_docs}"
    say(f"{n_docs} documents: generating")
    t = time.perf_counter()
    generate_corpus(corpus, n_docs, seed)
    gen_s = time.perf_counter() - t
    say(f"{n_docs} documents: chunking and caching synthetic vectors")
    pre = python_child("assistant.bench.workers", "prefill", corpus, index, base_file, seed, timeout=7200).check("prefill")
    prefill = _json_tail(pre.stdout)
    parsed = {
        "documents": prefill["documents"], "chunks": prefill["chunks"], "chars": prefill["chars"],
        "generate_s": round(gen_s, 2), "parse_s": round(prefill["parse_s"], 2), "chunk_s": round(prefill["chunk_s"], 2),
        "parse_chunk_peak_rss_mb": round(pre.peak_rss_mb, 1), "embed_estimate_s": round(prefill["chunks"] / embed_rate, 1),
        "built": build,
    }
    if not build:
        return parsed
    from ..retrieval.embedder import model_fingerprint
    from ..retrieval.onnx_export import ensure_encoder

    ensure_encoder(index, model_fingerprint())  # linked to the export base_vectors made: the build does not export
    say(f"{n_docs} documents: csa build ({prefill['chunks']:,} chunks)")
    built = run_child([*csa_command(), "build", "--corpus", str(corpus), "--index", str(index)], timeout=7200).check("build")
    from ..retrieval.store import read_stamp

    stamp = read_stamp(index)
    qs = scale_questions(corpus, n_questions, seed)
    qfile = write_questions(qs, work / f"questions-{n_docs}.jsonl")
    say(f"{n_docs} documents: cold ask")
    ask = run_child([*csa_command(), "ask", "--json", qs[-1], "--corpus", str(corpus), "--index", str(index)]).check("ask")
    warm = {}
    for mode in ("default", "single"):
        say(f"{n_docs} documents: warm answers ({mode} threads)")
        w = _json_tail(python_child("assistant.bench.workers", "warm", index, corpus, qfile, mode).check("warm").stdout)
        warm[mode] = {"ms": summary(w["times_ms"], 2), "load_s": round(w["load_s"], 2),
                      "rss_after_load_mb": round(w["rss_after_load_mb"], 1), "components_ms": w["components_ms"]}
    return {
        **parsed,
        "build_s": round(built.seconds, 2), "build_peak_rss_mb": round(built.peak_rss_mb, 1),
        "approximate": bool(stamp.get("approximate")), "tables": stamp.get("tables", 0),
        "cold_build_estimate_s": round(built.seconds + prefill["chunks"] / embed_rate, 1),
        "index_mb": _index_sizes(index), "cold_ask_s": round(ask.seconds, 2), "cold_ask_peak_rss_mb": round(ask.peak_rss_mb, 1),
        "warm": warm["single"], "warm_default_threads": warm["default"],
    }


def threshold(faiss_rows: list[dict], budget_ms: float = 10.0) -> dict:
    """Chunk count at which an exact search costs budget_ms, from a line fitted to the measured exact latencies."""
    exact = [(r["vectors"], r["latency_ms_median"]) for r in faiss_rows if r["index"].startswith("flat")]
    if len(exact) < 2:
        n, ms = exact[0] if exact else (1, float("nan"))
        per = ms / n
        return {"budget_ms": budget_ms, "ms_per_100k_vectors": round(per * 1e5, 3), "chunks": int(budget_ms / per) if per else None}
    xs, ys = np.array([e[0] for e in exact], float), np.array([e[1] for e in exact], float)
    slope, intercept = np.polyfit(xs, ys, 1)
    return {"budget_ms": budget_ms, "ms_per_100k_vectors": round(slope * 1e5, 3), "intercept_ms": round(intercept, 3),
            "chunks": int(max(0.0, budget_ms - intercept) / slope) if slope > 0 else None}


def run_scale(sizes: tuple[int, ...] = (100, 1000, 10000), out_dir: str | Path = "bench/scale", seed: int = 0,
              embed_sample: int = 512, n_questions: int = 30, build_up_to: int = 1000, search_threads: int = 1,
              keep: bool = False, work_dir: str | Path | None = None, say: Say | None = None) -> dict:
    """Build and query synthetic corpora of each size; compare exact and approximate FAISS; write scale.json/.md.

    build_up_to: sizes above it are generated, parsed and chunked, and their vectors compared in
    FAISS, but not built or loaded (at 1,000 documents a build peaks near 1.6 GB and a loaded
    index holds 1.3 GB, growing linearly). search_threads: OpenMP threads for timed FAISS queries
    (1 is what a single question wants on a busy two-core machine; see the bench report).
    keep: leave the generated corpora and indexes in work_dir.
    """
    from ..retrieval.embedder import load_query_embedder
    from .vectors import compare_indexes, neighbour_stats, ranking_costs, synthetic_vectors

    say = say or (lambda _: None)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(work_dir) if work_dir else Path(tempfile.mkdtemp(prefix="csa-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    report: dict = {"when": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "seed": seed, "sizes": [], "faiss": [],
                    "approximate_index_above": Settings().approximate_index_above}
    try:
        say(f"embedding {embed_sample} sample chunks")
        base, embed = base_vectors(work, embed_sample, seed)
        report["embedding_sample"] = embed
        base_file = work / "base.npy"
        np.save(base_file, base)
        query_embedder = load_query_embedder(work)  # one thread, as a question is embedded
        for n in sizes:
            res = measure_size(n, work, base_file, embed["chunks_per_s"], seed, n_questions, say, build=n <= build_up_to)
            res["ranking"] = ranking_costs(res["chunks"])
            report["sizes"].append(res)
            say(f"{n} documents: exact vs approximate FAISS")
            vectors = _cached_vectors(work / f"index-{n}")
            qs = scale_questions(work / f"corpus-{n}", 60, seed + 1)
            queries = np.vstack([query_embedder.encode(qs), synthetic_vectors(base, 60, seed + 1000)])
            rows = compare_indexes(vectors, queries, search_threads=search_threads)
            for r in rows:
                r["documents"] = n
            report["faiss"].extend(rows)
            if n == sizes[0]:
                report["resemblance"] = {"real_sample": neighbour_stats(base, queries[:60]),
                                         "synthetic_same_size": neighbour_stats(synthetic_vectors(base, len(base), seed + 5),
                                                                                queries[:60])}
            (out / "scale.json").write_text(json.dumps(report, indent=2))
            if not keep:
                shutil.rmtree(work / f"corpus-{n}", ignore_errors=True)
                shutil.rmtree(work / f"index-{n}", ignore_errors=True)
        report["threshold"] = threshold(report["faiss"])
    finally:
        if not keep and not work_dir:
            shutil.rmtree(work, ignore_errors=True)
    report["seconds"] = round(time.perf_counter() - started, 1)
    (out / "scale.json").write_text(json.dumps(report, indent=2))
    (out / "scale.md").write_text(render_scale(report))
    return report
