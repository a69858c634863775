"""Questions as they arrive from any surface: made safe to process, and bounded in length."""

from __future__ import annotations

import re

from .errors import QuestionTooLong

# Lone surrogates come from JSON escapes ("\ud800") and from undecodable bytes in argv (surrogateescape);
# they cannot be encoded as UTF-8, so printing or tokenising them would fail far from where they came in.
_SURROGATES = re.compile("[\ud800-\udfff]")
# NUL and other C0 controls (bar tab and newline) have no meaning in a question and upset tokenisers and logs.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def clean_question(text: object) -> str:
    """The question as text, with lone surrogates replaced by U+FFFD and control characters by spaces."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    text = "" if text is None else str(text)
    return _CONTROLS.sub(" ", _SURROGATES.sub("\ufffd", text))


def check_question(text: object, max_chars: int) -> str:
    """The cleaned question, or QuestionTooLong when it is over max_chars characters."""
    question = clean_question(text)
    if max_chars and len(question) > max_chars:
        raise QuestionTooLong(
            f"the question is {len(question):,} characters long; the limit is {max_chars:,} "
            f"(CSA_MAX_QUESTION_CHARS): ask something shorter"
        )
    return question
