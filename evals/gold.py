"""Loading and validating the gold question file (JSON Lines, one question per line)."""

from __future__ import annotations

import json
from pathlib import Path

TYPES = (
    "ward_hotspot", "lookup_rate", "compare_local_force", "compare_partnerships", "compare_years",
    "computed", "narrative", "recommendation", "governance", "followup", "unanswerable",
)
REQUIRED = ("id", "type", "docs", "answer", "figures", "tolerance", "terms", "evidence")
DEFAULT_PATH = Path(__file__).resolve().parent / "questions.jsonl"


class GoldFileError(ValueError):
    """The gold file is malformed; the message names the file and line."""


def _is_number(x: object) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def validate_question(q: object) -> list[str]:
    """Every schema problem with one gold question (empty when it is valid)."""
    if not isinstance(q, dict):
        return ["not a JSON object"]
    problems = [f"missing field {f!r}" for f in REQUIRED if f not in q]
    if "question" in q and "turns" in q:
        problems.append("has both 'question' and 'turns'")
    elif "question" not in q and "turns" not in q:
        problems.append("needs 'question' or 'turns'")
    if "question" in q and not (isinstance(q["question"], str) and q["question"].strip()):
        problems.append("'question' must be a non-empty string")
    if "turns" in q and not (isinstance(q["turns"], list) and q["turns"]
                             and all(isinstance(t, str) and t.strip() for t in q["turns"])):
        problems.append("'turns' must be a non-empty list of non-empty strings")
    if "id" in q and not (isinstance(q["id"], str) and q["id"]):
        problems.append("'id' must be a non-empty string")
    if "type" in q and q["type"] not in TYPES:
        problems.append(f"unknown type {q['type']!r} (expected one of {', '.join(TYPES)})")
    for field in ("docs", "terms"):
        if field in q and not (isinstance(q[field], list) and all(isinstance(x, str) for x in q[field])):
            problems.append(f"'{field}' must be a list of strings")
    if "figures" in q and not (isinstance(q["figures"], list) and all(_is_number(x) for x in q["figures"])):
        problems.append("'figures' must be a list of numbers")
    if "tolerance" in q and not (_is_number(q["tolerance"]) and 0 <= q["tolerance"] < 1):
        problems.append("'tolerance' must be a number in [0, 1)")
    if "evidence" in q and not (isinstance(q["evidence"], list) and all(
            isinstance(e, list) and len(e) == 2 and all(isinstance(x, str) and x for x in e) for e in q["evidence"])):
        problems.append("'evidence' must be a list of [source file name, snippet] pairs")
    if "abstain" in q and not isinstance(q["abstain"], bool):
        problems.append("'abstain' must be true or false")
    if not problems:
        q.setdefault("abstain", False)  # optional: an answerable question may leave it out
        if q["abstain"] and (q["figures"] or q["evidence"]):
            problems.append("an abstain question cannot carry figures or evidence")
        if not q["abstain"] and not q["evidence"]:
            problems.append("an answerable question needs at least one evidence snippet")
        if q["type"] == "unanswerable" and not q["abstain"]:
            problems.append("type 'unanswerable' needs abstain: true")
        if q["type"] == "followup" and "turns" not in q:
            problems.append("type 'followup' needs 'turns'")
        if q["evidence"] and any(src not in q["docs"] for src, _ in q["evidence"]):
            problems.append("every evidence source must be listed in 'docs'")
    return problems


def load_gold(path: str | Path = DEFAULT_PATH) -> list[dict]:
    """Read and validate the gold file; raises GoldFileError naming the first bad line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GoldFileError(f"{path}: cannot read gold file: {exc.strerror or exc}") from exc
    questions: list[dict] = []
    seen: dict[str, int] = {}
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFileError(f"{path}:{lineno}: not valid JSON: {exc.msg} (column {exc.colno})") from exc
        problems = validate_question(q)
        if problems:
            qid = q.get("id") if isinstance(q, dict) else None
            raise GoldFileError(f"{path}:{lineno}" + (f" ({qid})" if qid else "") + ": " + "; ".join(problems))
        if q["id"] in seen:
            raise GoldFileError(f"{path}:{lineno}: duplicate id {q['id']!r} (first on line {seen[q['id']]})")
        seen[q["id"]] = lineno
        questions.append(q)
    if not questions:
        raise GoldFileError(f"{path}: no questions")
    return questions


def turns_of(q: dict) -> list[str]:
    """The turns of a gold question (a single question is a one-turn conversation)."""
    return list(q["turns"]) if "turns" in q else [q["question"]]
