"""The gold question file: schema, coverage, verbatim evidence, and figures that recompute."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from evals.gold import REQUIRED, TYPES, turns_of, validate_question
from evals.scoring import score

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
GOLD = ROOT / "evals" / "questions.jsonl"
DOCS = sorted(p.name for p in CORPUS.glob("*.txt"))


def _norm(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def corpus_text():
    return {name: _norm((CORPUS / name).read_text(encoding="utf-8")) for name in DOCS}


def test_every_line_parses_and_is_valid():
    lines = [line for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    for lineno, line in enumerate(lines, start=1):
        q = json.loads(line)
        assert all(f in q for f in REQUIRED), f"line {lineno}"
        assert validate_question(q) == [], f"line {lineno}: {validate_question(q)}"


def test_ids_are_unique(gold):
    ids = [q["id"] for q in gold]
    assert len(ids) == len(set(ids))


def test_minimum_counts(gold):
    types = Counter(q["type"] for q in gold)
    assert len(gold) >= 110
    assert set(types) == set(TYPES), f"types without a question: {set(TYPES) - set(types)}"
    assert types["computed"] >= 12
    assert types["followup"] >= 10
    assert types["unanswerable"] >= 12
    assert types["compare_partnerships"] + types["compare_years"] >= 10


def test_followups_are_conversations(gold):
    for q in gold:
        if q["type"] == "followup":
            assert len(turns_of(q)) >= 2, q["id"]


def test_unanswerables_abstain_and_others_do_not(gold):
    for q in gold:
        assert q["abstain"] == (q["type"] == "unanswerable"), q["id"]
        if q["abstain"]:
            assert q["figures"] == [] and q["evidence"] == [], q["id"]


def test_unanswerables_include_tempting_near_misses(gold):
    asked = " ".join(q["question"] for q in gold if q["abstain"]).lower()
    for near_miss in ("newcastle-under-lyme", "east staffordshire", "2022-23", "ward"):
        assert near_miss in asked


def test_every_document_is_covered(gold):
    covered = {d for q in gold for d in q["docs"]}
    assert covered == set(DOCS)
    cited = {src for q in gold for src, _ in q["evidence"]}
    assert cited == set(DOCS)


def test_required_question_present(gold):
    matches = [q for q in gold if q.get("question") == "which wards in Lichfield have high car key burglary"]
    assert matches and matches[0]["type"] == "ward_hotspot"
    assert {"Shenstone", "Bourne Vale"} <= set(matches[0]["terms"])


def test_questions_use_officer_abbreviations(gold):
    asked = " ".join(" ".join(turns_of(q)) for q in gold)
    for abbreviation in ("ASB", "DA", "CKB", "CSP", "VAWG", "SSCSG"):
        assert f"{abbreviation} " in asked or f"{abbreviation}?" in asked or f"{abbreviation})" in asked, abbreviation


def test_evidence_is_verbatim_in_its_source(gold, corpus_text):
    for q in gold:
        for source, snippet in q["evidence"]:
            assert source in corpus_text, f"{q['id']}: unknown source {source}"
            assert _norm(snippet) in corpus_text[source], f"{q['id']}: not verbatim in {source}: {snippet!r}"


def test_evidence_snippets_are_short(gold):
    for q in gold:
        for _, snippet in q["evidence"]:
            assert 20 <= len(_norm(snippet)) <= 200, f"{q['id']}: {len(snippet)} chars"


def test_gold_answers_satisfy_their_own_figures_and_terms(gold):
    """The written gold answer, cited with its own evidence, must pass the scorer."""
    results = {}
    for q in gold:
        turns = turns_of(q)
        if q["abstain"]:
            results[q["id"]] = {"turns": [{"status": "insufficient_evidence", "answer": q["answer"]}] * len(turns)}
            continue
        citations = [{"n": i, "source": s, "doc_id": s[:-4], "text": t} for i, (s, t) in enumerate(q["evidence"], 1)]
        first = {"status": "answered", "answer": q["answer"], "citations": citations, "figures": []}
        rest = [{"status": "answered", "answer": "(see above)", "citations": citations[:1], "figures": []}]
        results[q["id"]] = {"turns": [first] + rest * (len(turns) - 1)}
    result = score(gold, results)
    failing = {r["id"]: r["reasons"] for r in result["questions"] if not r["passed"]}
    assert failing == {}
    assert result["overall"]["citation_recall"] == 1.0


def test_gold_figures_check_passes():
    run = subprocess.run([sys.executable, str(ROOT / "evals" / "gold_figures.py"), "--check"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 problem(s)" in run.stdout


def test_gold_figures_check_catches_a_wrong_figure(tmp_path):
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    broken = []
    for line in lines:
        q = json.loads(line)
        if q["id"] == "comp-01":
            q["figures"] = [4.0]
        broken.append(json.dumps(q))
    path = tmp_path / "questions.jsonl"
    path.write_text("\n".join(broken) + "\n", encoding="utf-8")
    run = subprocess.run([sys.executable, str(ROOT / "evals" / "gold_figures.py"), "--check", "--questions", str(path)],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 1
    assert "comp-01" in run.stdout


def test_above_average_wards_agree_for_population_and_sample_sd():
    """The SD choice (population) must not change any above-average ward set the gold relies on."""
    from evals import gold_figures as gf

    for doc in (gf.LICHFIELD, gf.TAMWORTH):
        table = gf.ward_table(doc)
        for column in table.columns:
            values = table.column(column)
            assert gf.above(values, 1, ddof=0) == gf.above(values, 1, ddof=1), (doc, column)


def test_threshold_tolerance_also_covers_sample_sd(gold):
    """A threshold computed with the sample SD would still be marked correct."""
    from evals import gold_figures as gf
    from evals.number_text import same_number

    by_id = {q["id"]: q for q in gold}
    for qid, (doc, column) in gf.THRESHOLD_QUESTIONS.items():
        sample = gf.threshold(gf.ward_table(doc).column(column), ddof=1)
        assert same_number(by_id[qid]["figures"][0], sample, by_id[qid]["tolerance"]), qid
