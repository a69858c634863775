"""Asking the service from the chat page: a spinner, and the language model's text as it streams."""

from __future__ import annotations

import inspect

import streamlit as st

from assistant.types import Answer

from .text import escape_markdown


def answer_question(assistant, question: str, history: list[Answer], filters, use_llm: bool) -> Answer:
    """Ask the service. When it can use the language model per question and stream its tokens
    (`use_llm=` and `on_token=` keyword arguments of Assistant.ask), the text is shown as it arrives;
    the Answer returned is the verified one, which replaces the streamed text."""
    accepts = inspect.signature(assistant.ask).parameters
    kwargs = {}
    if "use_llm" in accepts:
        kwargs["use_llm"] = use_llm
    slot = None
    if use_llm and "on_token" in accepts:
        slot, streamed = st.empty(), []

        def on_token(delta: str) -> None:
            streamed.append(delta)
            slot.markdown(escape_markdown("".join(streamed)) + " ▌")

        kwargs["on_token"] = on_token
    with st.spinner("Searching the documents…"):
        answer = assistant.ask(question, history, filters, **kwargs)
    if slot is not None:
        slot.empty()
    return answer
