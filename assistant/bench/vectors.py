"""Synthetic embedding vectors that resemble real ones, and exact-versus-approximate FAISS comparisons.

Embedding 10,000 documents on two cores would take hours, so the scale runs give each chunk a
vector drawn near real embeddings: a real chunk embedding, blended a little with another and
jittered, then normalised. The neighbour-similarity statistics of real and synthetic sets are
reported side by side so the resemblance can be judged.
"""

from __future__ import annotations

import time

import numpy as np

from .measure import percentile


def synthetic_vectors(base: np.ndarray, n: int, seed: int = 0, mix: float = 0.3, noise: float = 0.03,
                      block: int = 50_000) -> np.ndarray:
    """n unit vectors near the rows of base (real embeddings): a blend of three of them, mostly the first, plus noise.

    The weights on the second and third are U(0, mix) each, so the vectors fill the space between
    real embeddings instead of forming tight clusters around them (which would make nearest
    neighbours near-ties and understate an approximate index's recall).
    """
    base = np.ascontiguousarray(base, dtype=np.float32)
    rng = np.random.default_rng(seed)
    out = np.empty((n, base.shape[1]), dtype=np.float32)
    for s in range(0, n, block):
        m = min(block, n - s)
        i, j, k = (rng.integers(0, len(base), m) for _ in range(3))
        w2 = rng.uniform(0.0, mix, (m, 1)).astype(np.float32)
        w3 = rng.uniform(0.0, mix, (m, 1)).astype(np.float32)
        v = base[i] + w2 * base[j] + w3 * base[k]
        v += rng.standard_normal(v.shape, dtype=np.float32) * np.float32(noise)
        v /= np.linalg.norm(v, axis=1, keepdims=True)
        out[s : s + m] = v
    return out


def neighbour_stats(vectors: np.ndarray, queries: np.ndarray, k: int = 10) -> dict[str, float]:
    """Median top-1 and mean top-k cosine similarity of queries against vectors (exact)."""
    sims = queries @ vectors.T
    top = -np.sort(-sims, axis=1)[:, :k]
    return {"top1_median": float(np.median(top[:, 0])), "topk_mean": float(top.mean())}


def _latencies(index, queries: np.ndarray, k: int) -> tuple[list[float], np.ndarray, np.ndarray]:
    ids = np.empty((len(queries), k), dtype=np.int64)
    sims = np.empty((len(queries), k), dtype=np.float32)
    times = []
    for r, q in enumerate(queries):
        t = time.perf_counter()
        found_sims, found = index.search(q.reshape(1, -1), k)
        times.append((time.perf_counter() - t) * 1000)
        ids[r], sims[r] = found[0], found_sims[0]
    return times, ids, sims


def _recall(found: np.ndarray, exact: np.ndarray) -> float:
    k = exact.shape[1]
    return float(np.mean([len(set(f) & set(e)) / k for f, e in zip(found, exact)]))


def _recall_within(found_sims: np.ndarray, exact_sims: np.ndarray, tol: float = 1e-3) -> float:
    """Share of returned neighbours at least as similar as the exact k-th, less tol (ties count as found)."""
    return float(np.mean(found_sims >= exact_sims[:, -1:] - tol))


def compare_indexes(vectors: np.ndarray, queries: np.ndarray, k: int = 10, hnsw_ef: tuple[int, ...] = (32, 64, 128, 256),
                    ivf_nprobe: tuple[int, ...] = (8, 32), search_threads: int = 1) -> list[dict]:
    """Exact IndexFlatIP against HNSW (as store.build_faiss makes it) and IVF-Flat: time, size, latency, recall@k.

    Indexes are built with every core; queries are timed one at a time on search_threads threads.
    """
    import os

    import faiss

    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    queries = np.ascontiguousarray(queries, dtype=np.float32)
    n, d = vectors.shape
    rows: list[dict] = []
    cores = os.cpu_count() or 1

    def row(name, index, build_s, params=""):
        faiss.omp_set_num_threads(search_threads)
        times, found, sims = _latencies(index, queries, k)
        faiss.omp_set_num_threads(cores)
        return {"index": name, "params": params, "vectors": n, "build_s": round(build_s, 3),
                "size_mb": round(faiss.serialize_index(index).nbytes / 2**20, 2),
                "latency_ms_median": round(float(np.median(times)), 3),
                "latency_ms_p95": round(percentile(times, 95), 3), "found": found, "sims": sims}

    def score(r, exact):
        r["recall_at_k"] = round(_recall(r["found"], exact["found"]), 4)
        r["recall_ties_counted"] = round(_recall_within(r["sims"], exact["sims"]), 4)
        return r

    faiss.omp_set_num_threads(cores)
    t = time.perf_counter()
    flat = faiss.IndexFlatIP(d)
    flat.add(vectors)
    exact = row("flat (exact)", flat, time.perf_counter() - t)
    exact["recall_at_k"] = exact["recall_ties_counted"] = 1.0
    rows.append(exact)
    del flat

    t = time.perf_counter()
    hnsw = faiss.IndexHNSWFlat(d, 32, faiss.METRIC_INNER_PRODUCT)
    hnsw.hnsw.efConstruction = 80
    hnsw.add(vectors)
    hnsw_build = time.perf_counter() - t
    for ef in hnsw_ef:
        hnsw.hnsw.efSearch = ef
        rows.append(score(row("HNSW", hnsw, hnsw_build, f"M=32, efConstruction=80, efSearch={ef}"), exact))
    del hnsw

    nlist = int(max(16, min(4 * np.sqrt(n), n // 39)))
    t = time.perf_counter()
    quantizer = faiss.IndexFlatIP(d)
    ivf = faiss.IndexIVFFlat(quantizer, d, nlist, faiss.METRIC_INNER_PRODUCT)
    sample = vectors[np.random.default_rng(0).choice(n, min(n, nlist * 64), replace=False)]
    ivf.train(sample)
    ivf.add(vectors)
    ivf_build = time.perf_counter() - t
    for nprobe in ivf_nprobe:
        ivf.nprobe = nprobe
        rows.append(score(row("IVF-Flat", ivf, ivf_build, f"nlist={nlist}, nprobe={nprobe}"), exact))
    for r in rows:
        r.pop("found")
        r.pop("sims")
    return rows


def ranking_costs(n: int, k: int = 40, repeats: int = 20, seed: int = 0) -> dict[str, float]:
    """ms to take the top k of n scores: a full argsort (as hybrid.py ranks BM25 today) against argpartition."""
    x = np.random.default_rng(seed).random(n, dtype=np.float32)
    out = {}
    for name, fn in (("argsort_ms", lambda: np.argsort(-x)[:k]),
                     ("argpartition_ms", lambda: (lambda top: top[np.argsort(-x[top])])(np.argpartition(-x, k)[:k]))):
        fn()
        t = time.perf_counter()
        for _ in range(repeats):
            fn()
        out[name] = round((time.perf_counter() - t) * 1000 / repeats, 3)
    return out
