"""`run_bench` end to end on a tiny corpus: every phase measured, the report written in Markdown and JSON."""

from __future__ import annotations

import json

import pytest

from assistant.bench.run import baseline_available, run_bench
from assistant.bench.synthetic import generate_corpus
from assistant.settings import Settings


def test_the_plain_pipeline_is_importable_here():
    ok, why = baseline_available()
    assert ok, why


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("bench-corpus")
    generate_corpus(corpus, 1, seed=21)
    out = tmp_path_factory.mktemp("bench-out")
    questions = ["Which wards have the highest anti-social behaviour rates?", "What are the priorities?",
                 "Where are the residential burglary hotspots?"]
    result = run_bench(Settings(corpus_dir=corpus), out, quick=True, questions=questions, baseline=False)
    return result, out


def test_every_phase_is_measured(report):
    r, _ = report
    a = r["assistant"]
    assert a["corpus"]["documents"] == 1 and a["corpus"]["chunks"] > 10
    for phase in ("cold_build", "rebuild", "rebuild_forced", "add_document", "cold_ask"):
        assert a[phase]["seconds"]["n"] == 1 and a[phase]["seconds"]["median"] > 0, phase
        assert a[phase]["peak_rss_mb"]["median"] > 20, phase
    assert a["cold_build"]["embedded"] == a["corpus"]["chunks"]
    assert a["rebuild"]["embedded"] == 0 and a["rebuild_forced"]["embedded"] == 0
    assert 0 < a["add_document"]["embedded"] < a["corpus"]["chunks"] * 3
    assert a["rebuild"]["peak_rss_mb"]["median"] < a["cold_build"]["peak_rss_mb"]["median"], "a rebuild needs no torch"
    for mode in ("warm_default", "warm_single"):
        assert a[mode]["ms"]["n"] == 3 and a[mode]["ms"]["median"] > 0
        assert set(a[mode]["components_ms"]) >= {"embed_query", "faiss_search", "bm25_scores"}
    e = a["embedding"]
    assert e["chunks_per_s"] > 0 and 0 < e["share_of_peak"] < 1.5 and e["ceiling_chunks_per_s"] > 0
    assert e["parity"]["min_cosine"] > 0.9999 and e["parity"]["max_abs_diff"] < 1e-4


def test_baseline_left_out_is_said_not_hidden(report):
    r, _ = report
    assert r["baseline"] == {"available": False, "reason": "not requested"}
    assert r["ratios"] == {}
    assert [a["met"] for a in r["aims"] if "plain pipeline" in a["aim"]] == [None, None]


def test_report_files(report):
    r, out = report
    assert json.loads((out / "bench.json").read_text()) == json.loads(json.dumps(r))
    md = (out / "bench.md").read_text()
    for heading in ("## Aims", "## Build and cold answers", "## Warm answers", "## Embedding throughput"):
        assert heading in md
    assert "not requested" in md
