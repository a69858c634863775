"""The questions the benchmark asks: the gold questions' first turns, or a generic built-in list."""

from __future__ import annotations

import json
from pathlib import Path

from ..settings import PROJECT_ROOT

GOLD_QUESTIONS = PROJECT_ROOT / "evals" / "questions.jsonl"

# Used when the gold file is missing: questions any strategic assessment corpus can be asked.
GENERIC_QUESTIONS = (
    "Which wards have the highest anti-social behaviour rates?",
    "What are the community safety priorities?",
    "How does the local rate of domestic abuse compare with the force rate?",
    "Where are the residential burglary hotspots?",
    "What is the direction of travel for violent crime?",
    "Which groups are most at risk of fraud?",
    "What does the assessment recommend for county lines?",
    "What is the local rate of shoplifting per 1,000 people?",
    "Which ward has the highest overall crime rate?",
    "How many people live in the partnership area?",
    "What are the recommendations for anti-social behaviour?",
    "Is knife crime rising?",
    "Which places are at greatest risk?",
    "What is the public expectation for domestic abuse?",
    "How safe do residents feel after dark?",
    "What does the assessment say about modern slavery?",
    "Which communities are at greatest risk?",
    "What is the force rate of vehicle offences?",
    "What methodology was used to set the priorities?",
    "What are the hate crime priorities and who is at risk?",
)


def load_questions(path: Path | None = None, limit: int | None = None) -> list[str]:
    """First turns of the gold questions (JSON Lines with 'question' or 'turns'), else the generic list."""
    path = Path(path) if path else GOLD_QUESTIONS
    questions: list[str] = []
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError:
                continue
            q = item.get("question") or (item.get("turns") or [None])[0]
            if isinstance(q, str) and q.strip():
                questions.append(q)
    if not questions:
        questions = list(GENERIC_QUESTIONS)
    return questions[:limit] if limit else questions


def write_questions(questions: list[str], path: Path) -> Path:
    """Write questions as JSON Lines for a worker process."""
    path.write_text("".join(json.dumps({"question": q}) + "\n" for q in questions), encoding="utf-8")
    return path
