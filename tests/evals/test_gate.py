"""The CI gate: the assistant's scores on the bundled gold set must not fall below the ratchet."""

from __future__ import annotations

# Set just under what the engine measures (see the README); raise them as it improves, never lower them to pass.
THRESHOLDS = {
    "accuracy": 0.88,
    "citation_recall": 0.93,
    "citation_precision": 0.48,  # the evidence floor quotes up to three passages: precision traded for recall (issue 11)
    "abstention_recall": 0.85,
}


def test_scores_stay_above_the_ratchet(gold_run):
    # the session's one run of the gold set (the contract test checks the same answers)
    overall = gold_run.result["overall"]
    low = {k: (overall[k], floor) for k, floor in THRESHOLDS.items() if overall[k] is None or overall[k] < floor}
    assert not low, f"below the ratchet: {low}; see {gold_run.out_dir / 'report.md'}"
    assert (gold_run.out_dir / "report.md").exists() and (gold_run.out_dir / "report.json").exists()


# near-miss questions over the bundled documents, written from the documents alone (evals/sets/abstention/)
NEAR_MISS = {
    "bundled.jsonl": {"accuracy": 0.80, "abstention_recall": 0.78, "abstention_precision": 0.95},
    "bundled2.jsonl": {"accuracy": 0.75, "abstention_recall": 0.62, "abstention_precision": 0.95},
    # written blind on 2026-12-03 (15 unanswerable, 7 controls)
    "bundled3.jsonl": {"accuracy": 0.78, "abstention_recall": 0.70, "abstention_precision": 0.95},
}


def test_near_miss_abstention_stays_above_the_ratchet(bundled_assistant, tmp_path):
    from pathlib import Path

    from evals.runner import for_assistant, run_eval

    folder = Path(__file__).resolve().parents[2] / "evals" / "sets" / "abstention"
    ask_turns, retrieve = for_assistant(bundled_assistant)
    low = {}
    for name, floors in NEAR_MISS.items():
        overall = run_eval(ask_turns, folder / name, tmp_path / name, retrieve=retrieve)["overall"]
        low.update({f"{name} {k}": (overall[k], floor) for k, floor in floors.items()
                    if overall[k] is None or overall[k] < floor})
    assert not low, f"near-miss abstention below the ratchet: {low}"


def test_fresh_questions_over_the_bundled_documents_stay_above_the_ratchet(bundled_assistant, tmp_path):
    """36 answerable questions over the bundled five, written blind on 2026-12-03 (evals/questions_fresh2.jsonl)."""
    from pathlib import Path

    from evals.runner import for_assistant, run_eval

    questions = Path(__file__).resolve().parents[2] / "evals" / "questions_fresh2.jsonl"
    ask_turns, retrieve = for_assistant(bundled_assistant)
    overall = run_eval(ask_turns, questions, tmp_path, retrieve=retrieve)["overall"]
    floors = {"accuracy": 0.75, "citation_recall": 0.85}
    low = {k: (overall[k], floor) for k, floor in floors.items() if overall[k] is None or overall[k] < floor}
    assert not low, f"questions_fresh2 below the ratchet: {low}; see {tmp_path / 'report.md'}"


def test_fresh_computed_questions_over_the_bundled_documents_stay_above_the_ratchet(bundled_assistant, tmp_path):
    """24 computed questions over the bundled five, written blind on 2026-12-03 (evals/sets/computed/cq_bundled.jsonl;
    read whole while developing, so a development set, not a frozen one)."""
    from pathlib import Path

    from evals.runner import for_assistant, run_eval

    questions = Path(__file__).resolve().parents[2] / "evals" / "sets" / "computed" / "cq_bundled.jsonl"
    ask_turns, retrieve = for_assistant(bundled_assistant)
    overall = run_eval(ask_turns, questions, tmp_path, retrieve=retrieve)["overall"]
    floors = {"accuracy": 0.50, "citation_recall": 0.85}
    low = {k: (overall[k], floor) for k, floor in floors.items() if overall[k] is None or overall[k] < floor}
    assert not low, f"cq_bundled below the ratchet: {low}; see {tmp_path / 'report.md'}"
    assert overall["unsupported_number_rate"] == 0.0, "every number in an answer is in its sources"
