"""The CI gate: the assistant's scores on the bundled gold set must not fall below the ratchet."""

from __future__ import annotations

from pathlib import Path

from evals.runner import for_assistant, run_eval

GOLD = Path(__file__).resolve().parents[2] / "evals" / "questions.jsonl"

# Set just under what the engine measures (see the README); raise them as it improves, never lower them to pass.
THRESHOLDS = {
    "accuracy": 0.82,
    "citation_recall": 0.88,
    "citation_precision": 0.48,  # the evidence floor quotes up to three passages: precision traded for recall (issue 11)
    "abstention_recall": 0.73,
}


def test_scores_stay_above_the_ratchet(bundled_assistant, tmp_path):
    ask_turns, retrieve = for_assistant(bundled_assistant)
    result = run_eval(ask_turns, GOLD, tmp_path, retrieve=retrieve)
    overall = result["overall"]
    low = {k: (overall[k], floor) for k, floor in THRESHOLDS.items() if overall[k] is None or overall[k] < floor}
    assert not low, f"below the ratchet: {low}; see {tmp_path / 'report.md'}"
    assert (tmp_path / "report.md").exists() and (tmp_path / "report.json").exists()
