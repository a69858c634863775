"""`csa ask --batch`: JSON Lines in, one record out per line; a bad line gives an error record, never a stop."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from .errors import QuestionTooLong
from .questions import clean_question


def _clean_id(value: object) -> object:
    """An item's id as given when it is a JSON scalar, else its text (ids are echoed back, never interpreted)."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    return clean_question(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))


def _turns(item: object) -> list[str]:
    """The questions of one batch item, or ValueError saying what is wrong with it."""
    if not isinstance(item, dict):
        raise ValueError(f"expected a JSON object with 'question' or 'turns', got a {type(item).__name__}")
    if "turns" in item and item["turns"] is not None:
        turns = item["turns"]
        if not isinstance(turns, list) or not turns or not all(isinstance(t, str) for t in turns):
            raise ValueError("'turns' must be a non-empty list of strings")
        return [clean_question(t) for t in turns]
    question = item.get("question")
    if not isinstance(question, str):
        got = "nothing" if question is None else f"a {type(question).__name__}"
        raise ValueError(f"'question' must be a string, got {got}")
    return [clean_question(question)]


def run_batch(assistant, path: Path) -> Iterator[dict]:
    """One record per non-blank line of path: {"id", "turns": [answers]} or {"id", "line", "error"}.

    The file is decoded as UTF-8 with invalid bytes replaced (U+FFFD): a stray byte costs a character, not the batch.
    Errors of the index itself (damaged, missing) are not per line and still stop the batch with one message.
    """
    text = path.read_bytes().decode("utf-8-sig", errors="replace")
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        item_id = None
        try:
            item = json.loads(line)
            if isinstance(item, dict):
                item_id = _clean_id(item.get("id"))
            turns = _turns(item)
            conv = assistant.conversation()
            answers = [conv.ask(t).to_dict() for t in turns]
        except ValueError as exc:  # json.JSONDecodeError is a ValueError too
            yield {"id": item_id, "line": line_no, "error": f"line {line_no}: {clean_question(str(exc))}"}
            continue
        except QuestionTooLong as exc:
            yield {"id": item_id, "line": line_no, "error": f"line {line_no}: {exc}"}
            continue
        yield {"id": item_id, "turns": answers}
