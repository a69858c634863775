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
