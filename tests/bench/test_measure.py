"""Measurement helpers: a child's own peak memory, summaries, FLOPs, synthetic vectors and index comparison."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from assistant.bench.flops import ModelShape, corpus_flops, flops_per_token, gemm_rates
from assistant.bench.measure import percentile, run_child, summary
from assistant.bench.scale import threshold
from assistant.bench.vectors import compare_indexes, neighbour_stats, synthetic_vectors


def test_child_peak_memory_is_its_own_not_the_parents():
    ballast = np.ones(300 * 2**20 // 8)  # 300 MB held by this process while the child runs
    small = run_child([sys.executable, "-c", "print('hi')"])
    big = run_child([sys.executable, "-c", "import numpy as np; a = np.ones(100 * 2**20 // 8); print(a.sum())"])
    assert ballast.sum() > 0
    assert small.returncode == 0 and small.stdout.strip() == "hi"
    assert small.peak_rss_mb < 60, small
    assert 100 < big.peak_rss_mb < 250, big
    assert big.seconds > small.seconds > 0


def test_child_exit_code_output_and_timeout():
    run = run_child([sys.executable, "-c", "import sys; print('out'); print('err', file=sys.stderr); sys.exit(3)"])
    assert (run.returncode, run.stdout.strip(), run.stderr.strip()) == (3, "out", "err")
    with pytest.raises(RuntimeError):
        run.check("the child")
    import subprocess

    with pytest.raises(subprocess.TimeoutExpired):
        run_child([sys.executable, "-c", "import time; time.sleep(30)"], timeout=1)


def test_summary_and_percentile():
    assert summary([3.0, 1.0, 2.0]) == {"n": 3, "median": 2.0, "min": 1.0, "max": 3.0}
    s = summary([float(i) for i in range(1, 101)])
    assert s["median"] == 50.5 and s["p95"] == pytest.approx(95.05)
    assert percentile([5.0], 95) == 5.0
    assert summary([]) == {"n": 0}


def test_minilm_flops():
    shape = ModelShape.of()
    assert (shape.layers, shape.hidden, shape.ffn, shape.max_seq) == (6, 384, 1536, 256)
    # per layer and token: 2 * (4 d^2 + 2 d f + 2 L d)
    assert flops_per_token(128, shape) == 6 * 2 * (4 * 384**2 + 2 * 384 * 1536 + 2 * 128 * 384)
    f = corpus_flops([10, 300, 200, 50], shape, batch_size=2)
    assert f["tokens"] == 10 + 256 + 200 + 50  # truncated at the model's 256
    assert f["padded_flops"] >= f["flops"] > 0
    rates = gemm_rates(n=256, repeats=2, torch_too=False)
    assert rates["numpy_gflops"] > 0.1 and rates["peak_gflops"] == rates["numpy_gflops"]


def test_synthetic_vectors_resemble_their_base():
    rng = np.random.default_rng(0)
    base = rng.standard_normal((50, 384)).astype(np.float32)
    base /= np.linalg.norm(base, axis=1, keepdims=True)
    vecs = synthetic_vectors(base, 1000, seed=1, block=300)
    assert vecs.shape == (1000, 384) and vecs.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    assert neighbour_stats(base, vecs[:100])["top1_median"] > 0.8  # each lies near a real vector
    assert np.array_equal(vecs, synthetic_vectors(base, 1000, seed=1, block=300))


def test_index_comparison_reports_exact_and_approximate():
    rng = np.random.default_rng(0)
    base = rng.standard_normal((200, 384)).astype(np.float32)
    base /= np.linalg.norm(base, axis=1, keepdims=True)
    rows = compare_indexes(synthetic_vectors(base, 3000, 1), synthetic_vectors(base, 20, 2), hnsw_ef=(64,), ivf_nprobe=(8,))
    assert [r["index"] for r in rows] == ["flat (exact)", "HNSW", "IVF-Flat"]
    assert rows[0]["recall_at_k"] == 1.0 and rows[1]["recall_at_k"] > 0.8
    assert all(r["size_mb"] > 3000 * 384 * 4 / 2**20 * 0.9 for r in rows)
    fit = threshold([{"index": "flat (exact)", "vectors": 10_000, "latency_ms_median": 1.0},
                     {"index": "flat (exact)", "vectors": 110_000, "latency_ms_median": 11.0}], budget_ms=5.0)
    assert fit["ms_per_100k_vectors"] == pytest.approx(10.0) and abs(fit["chunks"] - 50_000) <= 1
