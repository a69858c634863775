"""Measured work that must run in a fresh process; `python -m assistant.bench.workers MODE ...` prints one JSON line.

Modes:
  warm INDEX CORPUS QUESTIONS          load the assistant, ask every question, report per-question times
  baseline-build CORPUS                build the plain llama-index pipeline
  baseline-ask CORPUS QUESTION         build it and ask one question (it keeps no index between processes)
  baseline-warm CORPUS QUESTIONS       build it, then time every question
  prefill CORPUS INDEX BASE SEED       fill INDEX/cache with synthetic vectors for every chunk (see scale.py)
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def _questions(path: str) -> list[str]:
    return [json.loads(l)["question"] for l in Path(path).read_text(encoding="utf-8").splitlines() if l.strip()]


def _rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def warm(index: str, corpus: str, questions: str, threads: str = "default") -> dict:
    """Load once, warm up, then time each question (ms) as a session in the UI would see it.

    threads="single" limits numpy's BLAS and FAISS's OpenMP to one thread for the whole run: one
    question's matrices are small, and on a busy two-core machine their threads mostly wait on
    each other, so this is the setting the report proposes for the query path.
    """
    if threads == "single":
        import faiss
        from threadpoolctl import threadpool_limits

        threadpool_limits(1, user_api="blas")
        faiss.omp_set_num_threads(1)
    from ..service import Assistant
    from ..settings import Settings

    t0 = time.perf_counter()
    assistant = Assistant(Settings(corpus_dir=Path(corpus), index_dir=Path(index)))
    assistant.load()
    load_s = time.perf_counter() - t0
    rss_loaded = _rss_mb()
    qs = _questions(questions)
    assistant.ask(qs[0])  # first call pays one-off costs (BLAS threads, caches)
    times, retrieve, statuses = [], [], {}
    for q in qs:
        t = time.perf_counter()
        answer = assistant.ask(q)
        times.append((time.perf_counter() - t) * 1000)
        retrieve.append(answer.timings_ms.get("retrieve", float("nan")))
        statuses[answer.status] = statuses.get(answer.status, 0) + 1
    return {"threads": threads, "load_s": load_s, "rss_after_load_mb": rss_loaded, "rss_after_asks_mb": _rss_mb(),
            "times_ms": times, "retrieve_ms": retrieve, "statuses": statuses,
            "components_ms": _components(assistant, qs[: min(len(qs), 20)])}


def _components(assistant, qs: list[str]) -> dict:
    """Median ms of each retrieval stage, and of a retrieval filtered to one partnership."""
    import statistics

    from ..types import Filters

    engine = assistant.load()
    r = engine.kb.retriever
    n = len(r.chunks)
    parts: dict[str, list[float]] = {"embed_query": [], "faiss_search": [], "bm25_scores": [], "filtered_retrieve": []}
    one = next((m.partnership for m in engine.kb.metas.values() if m.partnership), None)
    for q in qs:
        t = time.perf_counter()
        vec = r.embedder.encode([q])[0]
        parts["embed_query"].append(time.perf_counter() - t)
        t = time.perf_counter()
        r.dense_scores(vec, r.candidate_k)
        parts["faiss_search"].append(time.perf_counter() - t)
        t = time.perf_counter()
        r.bm25.scores(q, n)
        parts["bm25_scores"].append(time.perf_counter() - t)
        if one:
            t = time.perf_counter()
            r.search(q, 8, Filters(partnerships=(one,)), query_vec=vec)
            parts["filtered_retrieve"].append(time.perf_counter() - t)
    return {k: round(statistics.median(v) * 1000, 3) for k, v in parts.items() if v}


def _baseline(corpus: str):
    from .baseline import BaselinePipeline

    return BaselinePipeline(corpus)


def baseline_build(corpus: str) -> dict:
    """Build the plain pipeline once."""
    t0 = time.perf_counter()
    pipe = _baseline(corpus)
    t1 = time.perf_counter()
    pipe.build()
    return {"import_s": t1 - t0, "build_s": time.perf_counter() - t1}


def baseline_ask(corpus: str, question: str) -> dict:
    """What one question costs the plain pipeline in a fresh process: imports, build, answer."""
    t0 = time.perf_counter()
    pipe = _baseline(corpus)
    t1 = time.perf_counter()
    pipe.build()
    t2 = time.perf_counter()
    answer = pipe.ask(question)
    t3 = time.perf_counter()
    return {"import_s": t1 - t0, "build_s": t2 - t1, "ask_s": t3 - t2, "citations": len(answer.get("citations", []))}


def baseline_warm(corpus: str, questions: str) -> dict:
    """Build the plain pipeline, warm up, then time each question (ms)."""
    pipe = _baseline(corpus).build()
    qs = _questions(questions)
    pipe.ask(qs[0])
    times = []
    for q in qs:
        t = time.perf_counter()
        pipe.ask(q)
        times.append((time.perf_counter() - t) * 1000)
    return {"times_ms": times, "rss_mb": _rss_mb()}


def prefill(corpus: str, index: str, base: str, seed: str) -> dict:
    """Chunk the corpus as a build would and cache a synthetic vector for every chunk, so the build embeds nothing."""
    import numpy as np

    from ..builder import embedding_input
    from ..ingest import Chunker, scan_corpus
    from ..retrieval.embedder import EmbeddingCache, model_fingerprint
    from ..settings import Settings
    from .vectors import synthetic_vectors

    settings = Settings(corpus_dir=Path(corpus), index_dir=Path(index))
    t0 = time.perf_counter()
    scan = scan_corpus(settings.corpus_dir, settings.max_file_mb, settings.max_pdf_pages)
    t1 = time.perf_counter()
    chunker = Chunker(settings.chunk_tokens, settings.chunk_overlap_sentences, settings.table_chunk_tokens)
    inputs = [embedding_input(c) for doc in scan.documents for c in chunker.chunk(doc)]
    t2 = time.perf_counter()
    vecs = synthetic_vectors(np.load(base), len(inputs), int(seed))
    cache = EmbeddingCache(Path(index) / "cache", f"{settings.embed_model}-{model_fingerprint()}")
    for text, v in zip(inputs, vecs):
        cache.put(EmbeddingCache.key(text), v)
    cache.save()
    return {"documents": len(scan.documents), "chunks": len(inputs), "parse_s": t1 - t0, "chunk_s": t2 - t1,
            "chars": sum(len(d.text) for d in scan.documents)}


MODES = {"warm": warm, "baseline-build": baseline_build, "baseline-ask": baseline_ask,
         "baseline-warm": baseline_warm, "prefill": prefill}


def main(argv: list[str]) -> int:
    """Run one mode and print its result as JSON on the last line of stdout."""
    if not argv or argv[0] not in MODES:
        print(__doc__, file=sys.stderr)
        return 2
    result = MODES[argv[0]](*argv[1:])
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
