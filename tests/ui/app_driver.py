"""Driving the Streamlit app through streamlit.testing.v1.AppTest: one definition for every UI test file."""

from __future__ import annotations

import re
from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[2] / "ui" / "app.py")


def start(page: str | None = None) -> AppTest:
    """The app run once (and switched to a page), with no exception raised."""
    at = AppTest.from_file(APP, default_timeout=180)
    at.run()
    if page:
        at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def ask(at: AppTest, question: str) -> AppTest:
    """Type a question into the chat input and rerun, with no exception raised."""
    at.chat_input[0].set_value(question).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def unescape(md: str) -> str:
    """Markdown text with its backslash escapes removed, as a reader sees it."""
    return re.sub(r"\\(.)", r"\1", md)
