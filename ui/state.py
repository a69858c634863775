"""Server-wide resources (one Assistant per corpus and index) and per-browser-session state."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from uuid import uuid4

import streamlit as st

from assistant.errors import AssistantError, IndexLocked, IndexMissing
from assistant.service import Assistant
from assistant.types import Filters
from assistant.settings import Settings
from assistant.types import Answer

STAGES = {"parsed": "Reading documents", "chunked": "Splitting into passages", "embedded": "Embedding new passages",
          "tables": "Extracting tables"}


@st.cache_resource(show_spinner=False)
def _assistant_for(corpus_dir: str, index_dir: str) -> Assistant:
    """One Assistant per (corpus, index) for the whole server; it loads its models once and is thread-safe."""
    return Assistant(Settings(corpus_dir=Path(corpus_dir), index_dir=Path(index_dir)))


def folders() -> tuple[str, str]:
    """The corpus and index folders this server was started with (`csa ui` sets them)."""
    settings = Settings()  # the environment (CSA_CORPUS_DIR, CSA_INDEX_DIR) read once, by the settings object
    return str(Path(settings.corpus_dir).absolute()), str(Path(settings.index_dir).absolute())


def get_assistant() -> Assistant:
    """The shared Assistant for this server's corpus and index."""
    return _assistant_for(*folders())


def ready(assistant: Assistant) -> bool:
    """Load the index (once per server); on failure say why, offer a build, and return False."""
    try:
        with st.spinner("Loading the index and models…"):
            assistant.load()
        return True
    except IndexMissing:
        st.warning("There is no index yet. Build it from the documents to start asking questions.")
    except AssistantError as exc:
        st.error(str(exc))
    if st.button("Build the index now", type="primary", key="build-from-error"):
        run_build(assistant)
        st.rerun()
    return False


def progress_callback(bar):
    """A build progress function that drives an st.progress bar."""

    def show(stage: str, done: int, total: int) -> None:
        frac = 1.0 if total <= 0 else min(1.0, max(0.0, done / total))
        bar.progress(frac, text=f"{STAGES.get(stage, stage.capitalize())}: {done} of {total}")

    return show


def run_build(assistant: Assistant):
    """Rebuild with a progress bar; returns the BuildReport, or None after showing the error."""
    bar = st.progress(0.0, text="Starting the build…")
    try:
        from ui.uploads import build  # the corpus and the user's uploads

        report = build(assistant, progress_callback(bar))
    except IndexLocked:
        st.error("Another build of this index is running; wait for it to finish, then try again.")
        return None
    except AssistantError as exc:
        st.error(str(exc))
        return None
    finally:
        bar.empty()
    st.session_state["last_build"] = report.summary()
    return report


@dataclass
class Turn:
    """One question and its answer, with the filters that narrowed it."""

    question: str
    answer: Answer
    filters: Filters | None = None
    used_llm: bool = False


@dataclass
class ChatState:
    """The conversation of one browser session."""

    turns: list[Turn] = field(default_factory=list)
    pending: str | None = None
    # Widget keys carry this id, so a new conversation never inherits an opened expander of the last one.
    cid: str = field(default_factory=lambda: uuid4().hex[:8])

    def key(self, i: int) -> str:
        """The widget-key prefix of turn i."""
        return f"{self.cid}-turn-{i}"

    def history(self) -> list[Answer]:
        """The answers so far, for follow-up questions."""
        return [t.answer for t in self.turns]


def chat_state() -> ChatState:
    """This session's conversation (created on first use)."""
    if "chat" not in st.session_state:
        st.session_state["chat"] = ChatState()
    return st.session_state["chat"]


def llm_configured(settings: Settings) -> bool:
    """Whether a language model is configured (the toggle is shown only then)."""
    return settings.llm_enabled


def new_conversation() -> None:
    """Forget this session's turns (a button callback)."""
    st.session_state["chat"] = ChatState()
