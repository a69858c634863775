"""Chat: ask questions of the documents; each answer shows its figures and the passages it quotes."""

from __future__ import annotations

import streamlit as st

from assistant.errors import AssistantError
from ui.components.answer import render_answer
from ui.components.asking import answer_question
from ui.components.filters import describe, sidebar_filters
from ui.components.text import escape_markdown
from ui.state import Turn, chat_state, get_assistant, llm_configured, new_conversation, ready

EXAMPLES = (
    "which wards in Lichfield have high car key burglary",
    "How does Lichfield's residential burglary rate compare with the force?",
    "Compare the DA rates in Lichfield and Tamworth",
    "What are the identified priorities in the Cannock Chase 2023 refresh?",
    "Who is responsible for delivering the Staffordshire Community Safety Agreement priorities?",
)


def _ask_example(question: str) -> None:
    chat_state().pending = question


def _user_message(question: str, filters) -> None:
    with st.chat_message("user"):
        st.markdown(escape_markdown(question))
        if filters is not None:
            st.caption(f"Searched only: {escape_markdown(describe(filters))}")


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

for i, turn in enumerate(chat.turns):
    _user_message(turn.question, turn.filters)
    with st.chat_message("assistant"):
        render_answer(turn.answer, chat.key(i), assistant, documents)

question = st.chat_input("Ask a question about the documents…", key="question")
if not question and chat.pending:
    question, chat.pending = chat.pending, None
elif not question and not chat.turns:
    st.markdown("**Try one of these questions**")
    for n, example in enumerate(EXAMPLES):
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
            render_answer(answer, chat.key(len(chat.turns) - 1), assistant, documents)
