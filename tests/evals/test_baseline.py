"""The plain llama-index baseline, built for real (bundled MiniLM model, FAISS) on a tiny corpus."""

from __future__ import annotations

import pytest

from assistant.bench.baseline import BaselinePipeline

DOCS = {
    "fenwick_2020_burglary.txt": (
        "Fenwick Community Safety Partnership\n\n"
        "Car key burglary is the main concern in Fenwick. Criminals break into homes to steal car keys "
        "and drive the vehicles away. The Orchard ward has a residential burglary rate of 9.4 per 1,000.\n"
    ),
    "marlow_2021_antisocial.txt": (
        "Marlow Safety Partnership\n\n"
        "Anti-social behaviour, mostly rowdy and inconsiderate behaviour and noisy neighbours, is "
        "concentrated in the town centre late at night. Public Space Protection Orders are in place.\n"
    ),
    "ashby_2022_fraud.txt": (
        "Ashby Community Partnership\n\n"
        "Romance fraud and online shopping scams target isolated older residents. Referrals to Action "
        "Fraud rose sharply and telephone courier fraud remains a risk.\n"
    ),
}


@pytest.fixture(scope="module")
def baseline(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    for name, text in DOCS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return BaselinePipeline(corpus).build()


@pytest.mark.parametrize("question,source", [
    ("which wards have high car key burglary?", "fenwick_2020_burglary.txt"),
    ("where is rowdy antisocial behaviour a problem?", "marlow_2021_antisocial.txt"),
    ("who is targeted by romance fraud scams?", "ashby_2022_fraud.txt"),
])
def test_retrieval_puts_the_right_file_first(baseline, question, source):
    hits = baseline.retrieve(question, k=3)
    assert [h["rank"] for h in hits] == [1, 2, 3]
    assert hits[0]["source"] == source
    assert hits[0]["doc_id"] == source.removesuffix(".txt")
    assert hits[0]["score"] >= hits[-1]["score"]


def test_ask_returns_an_answer_dict_citing_the_chunks(baseline):
    result = baseline.ask("car key burglary in Orchard ward")
    assert result["status"] == "answered"
    assert result["answer"].startswith("[1] ")
    assert [c["n"] for c in result["citations"]] == [1, 2, 3]      # only three chunks exist
    top = result["citations"][0]
    assert top["source"] == "fenwick_2020_burglary.txt"
    assert "9.4 per 1,000" in top["text"] and top["text"] in result["answer"]
    assert result["figures"] == [] and result["timings_ms"]["total"] > 0
