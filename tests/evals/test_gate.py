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
