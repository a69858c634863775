"""Running the gold questions through an assistant (and optionally a baseline), then scoring."""

from __future__ import annotations

import dataclasses
import json
import time
from pathlib import Path
from typing import Any, Callable, Protocol

from evals.gold import GoldFileError, load_gold, turns_of
from evals.report import write_report
from evals.scoring import RETRIEVAL_KS, score

__all__ = ["run_eval", "for_assistant", "load_gold", "GoldFileError", "collect", "save_results", "load_results"]

AskTurns = Callable[[list[str]], list[dict]]
Retrieve = Callable[[str, int], list[dict]]


class Baseline(Protocol):
    """What a baseline offers: one question in, one Answer dict out; and retrieval."""

    def ask(self, question: str) -> dict: ...

    def retrieve(self, question: str, k: int) -> list[dict]: ...


def as_dict(obj: Any) -> dict:
    """An Answer (or retrieved chunk) as a plain dict: dicts pass through; typed objects convert."""
    if isinstance(obj, dict):
        return obj
    for method in ("to_dict", "model_dump", "as_dict"):
        if callable(getattr(obj, method, None)):
            return getattr(obj, method)()
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.asdict(obj)
    raise TypeError(f"cannot read a {type(obj).__name__} as an Answer dict")


def _error_answer(question: str, exc: Exception) -> dict:
    return {"question": question, "status": "error", "answer": f"{type(exc).__name__}: {exc}",
            "citations": [], "figures": [], "intent": None, "timings_ms": {}}


def _reported_total(answer: dict) -> float | None:
    total = (answer.get("timings_ms") or {}).get("total")
    return float(total) if isinstance(total, (int, float)) else None


def collect(gold: list[dict], ask_turns: AskTurns, retrieve: Retrieve | None = None) -> dict[str, dict]:
    """Run every gold conversation through ``ask_turns``; the ``results`` mapping ``score`` reads.

    A conversation runs in one call, so per-turn latency is each Answer's own
    ``timings_ms.total`` when it reports one, else the call's wall time shared over its turns.
    An exception in one question is recorded as an error answer and the run goes on.
    """
    results: dict[str, dict] = {}
    k = max(RETRIEVAL_KS)
    for q in gold:
        turns = turns_of(q)
        started = time.perf_counter()
        try:
            answers = [as_dict(a) for a in ask_turns(turns)]
        except Exception as exc:  # noqa: BLE001 - one broken question must not end the run
            answers = [_error_answer(turns[0], exc)]
        wall_ms = (time.perf_counter() - started) * 1000
        reported = [_reported_total(a) for a in answers]
        if answers and all(r is not None for r in reported):
            latency = reported
        else:
            latency = [wall_ms / max(len(answers), 1)] * len(answers)
        entry: dict[str, Any] = {"turns": answers, "latency_ms": latency, "wall_ms": wall_ms}
        if retrieve is not None:
            retrieved = []
            for turn in turns:
                try:
                    retrieved.append([as_dict(c) for c in retrieve(turn, k)])
                except Exception:  # noqa: BLE001 - a failed retrieval scores as a miss
                    retrieved.append([])
            entry["retrieved"] = retrieved
        results[q["id"]] = entry
    return results


def _baseline_ask_turns(baseline: Baseline) -> AskTurns:
    """A plain baseline has no memory: each turn is asked on its own, timed on its own."""

    def ask_turns(turns: list[str]) -> list[dict]:
        answers = []
        for turn in turns:
            started = time.perf_counter()
            answer = dict(as_dict(baseline.ask(turn)))
            answer.setdefault("timings_ms", {})
            answer["timings_ms"] = {**answer["timings_ms"], "total": (time.perf_counter() - started) * 1000}
            answers.append(answer)
        return answers

    return ask_turns


def save_results(results: dict[str, dict], path: str | Path) -> Path:
    """Write collected results as JSON Lines (one ``{"id", "turns", ...}`` per question)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for qid, entry in results.items():
            fh.write(json.dumps({"id": qid, **entry}, ensure_ascii=False) + "\n")
    return path


def load_results(path: str | Path) -> dict[str, dict]:
    """Read results written by ``save_results`` (or ``csa ask --json --batch``) back for ``score``."""
    results = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            entry = json.loads(line)
            results[entry.pop("id")] = entry
    return results


def for_assistant(assistant) -> tuple[AskTurns, Retrieve]:
    """The ask_turns and retrieve callables run_eval needs, for an assistant.service.Assistant."""

    def ask_turns(turns: list[str]) -> list[dict]:
        conv = assistant.conversation()
        return [conv.ask(t).to_dict() for t in turns]

    def retrieve(question: str, k: int) -> list[dict]:
        return [{"doc_id": h.chunk.doc_id, "source": assistant.document(h.chunk.doc_id).meta.source,
                 "text": h.chunk.text} for h in assistant.retrieve(question, k)]

    return ask_turns, retrieve


def run_eval(ask_turns: AskTurns, gold_path: str | Path, out_dir: str | Path,
             retrieve: Retrieve | None = None, baseline: Baseline | None = None) -> dict:
    """Ask every gold question, score the answers, and write the report to ``out_dir``.

    Writes report.md, report.json and answers.jsonl (plus baseline.json and
    baseline_answers.jsonl with a baseline). Returns the scored result (``scoring.score``'s
    shape) with ``"baseline"`` holding the baseline's scored result when one was given, and
    ``"report"`` the written paths.
    """
    gold = load_gold(gold_path)
    collected = collect(gold, ask_turns, retrieve)
    save_results(collected, Path(out_dir) / "answers.jsonl")
    result = score(gold, collected)
    baseline_result = None
    if baseline is not None:
        baseline_collected = collect(gold, _baseline_ask_turns(baseline), baseline.retrieve)
        save_results(baseline_collected, Path(out_dir) / "baseline_answers.jsonl")
        baseline_result = score(gold, baseline_collected)
    paths = write_report(result, out_dir, baseline=baseline_result)
    result["report"] = {name: str(path) for name, path in paths.items()}
    if baseline_result is not None:
        result["baseline"] = baseline_result
    return result
