"""Chat: ask questions of the documents; each answer shows its figures and the passages it quotes."""

from __future__ import annotations

import streamlit as st

from assistant.errors import AssistantError
from ui.components.answer import render_answer
from ui.components.asking import answer_question
from ui.components.examples import example_questions
from ui.components.filters import describe, excluded_partnerships, sidebar_filters
from ui.components.scroll import scroll_to_answer
from ui.components.text import escape_markdown
from ui.state import Turn, chat_state, get_assistant, llm_configured, new_conversation, ready


def _ask_example(question: str) -> None:
    chat_state().pending = question


def _search_without_filter(question: str) -> None:
    """Clear the partnership filter and ask the question again (a button callback)."""
    st.session_state["filter_partnerships"] = []
    chat_state().pending = question


def _examples(assistant, documents) -> list[str]:
    try:
        store = assistant.tables
        values, priorities = store.all_values, store.priorities()
    except AssistantError:
        values = priorities = None
    return example_questions(documents, values, priorities)


def _user_message(question: str, filters) -> None:
    with st.chat_message("user"):
        st.markdown(escape_markdown(question))
        if filters is not None:
            st.caption(f"Searched only: {escape_markdown(describe(filters))}")


def _filter_warning(turn_question: str, filters, key: str, offer: bool) -> None:
    """Say when the question names a partnership the sidebar filter leaves out, and offer to search it."""
    named = []
    try:
        named = assistant.partnerships_named(turn_question)
    except (AssistantError, AttributeError):
        pass
    left_out = excluded_partnerships(named, filters)
    if not left_out:
        return
    names = " and ".join(left_out)
    st.warning(f"The question names **{escape_markdown(names)}**, but the partnership filter searches only "
               f"**{escape_markdown(describe(filters))}**, so {escape_markdown(names)} is not in this answer.",
               icon=":material/filter_alt_off:")
    if offer:
        st.button(f"Search {names} instead (clear the partnership filter)", key=f"{key}-unfilter",
                  on_click=_search_without_filter, args=(turn_question,), icon=":material/search:")


assistant = get_assistant()
st.title("Ask the community safety documents")
st.caption("Answers quote the partnerships' strategic assessments. Each [n] points to a source under the answer; "
           "the cited sentences are highlighted.")
if not ready(assistant):
    st.stop()

documents = assistant.documents()
chat = chat_state()
st.sidebar.button("New conversation", on_click=new_conversation, icon=":material/add_comment:", width="stretch",
                  key="new_conversation")
filters = sidebar_filters(documents)
use_llm = False
if llm_configured(assistant.settings):
    model = assistant.settings.llm_model or assistant.settings.llm_provider
    use_llm = st.sidebar.toggle(f"Write answers with the language model ({model})", key="use_llm",
                                help="Answers are still checked against the documents; when a check fails, "
                                     "the answer quoted directly from the sources is shown instead.")

question = st.chat_input("Ask a question about the documents…", key="question")
if not question and chat.pending:
    question, chat.pending = chat.pending, None

for i, turn in enumerate(chat.turns):
    _user_message(turn.question, turn.filters)
    with st.chat_message("assistant"):
        _filter_warning(turn.question, turn.filters, chat.key(i), offer=not question and i == len(chat.turns) - 1)
        render_answer(turn.answer, chat.key(i), assistant, documents)

if not question and not chat.turns:
    st.markdown("**Try one of these questions**")
    for n, example in enumerate(_examples(assistant, documents)):
        st.button(example, key=f"example-{n}", on_click=_ask_example, args=(example,), icon=":material/chat:")

if question:
    _user_message(question, filters)
    with st.chat_message("assistant"):
        try:
            answer = answer_question(assistant, question, chat.history(), filters, use_llm)
        except AssistantError as exc:
            st.error(f"The question could not be answered: {exc}")
        else:
            chat.turns.append(Turn(question, answer, filters, use_llm))
            key = chat.key(len(chat.turns) - 1)
            _filter_warning(question, filters, key, offer=True)
            render_answer(answer, key, assistant, documents)
            scroll_to_answer(key)
