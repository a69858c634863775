"""Server-wide state: one Assistant per corpus and index, shared safely; asking with or without the model."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from assistant.types import Answer
from ui.components.asking import answer_question
from ui.state import _assistant_for, folders

QUESTIONS = ["which wards in Lichfield have high car key burglary", "what are Tamworth's priorities?",
             "who leads on ASB under the county CSA?", "what is the ASB rate in Lichfield?"]


def test_one_assistant_per_corpus_and_index(built, monkeypatch, tmp_path):
    corpus, index = built
    monkeypatch.setenv("CSA_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("CSA_INDEX_DIR", str(index))
    assert folders() == (str(corpus), str(index))
    shared = _assistant_for(*folders())
    assert _assistant_for(*folders()) is shared, "every session gets the same loaded models"
    assert _assistant_for(str(corpus), str(tmp_path / "other")) is not shared


def test_shared_assistant_answers_concurrent_sessions_alike(built):
    corpus, index = built
    shared = _assistant_for(str(corpus), str(index))
    alone = [shared.ask(q).to_dict() for q in QUESTIONS]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda q: shared.ask(q).to_dict(), QUESTIONS * 3))
    strip = lambda d: {k: v for k, v in d.items() if k != "timings_ms"}  # noqa: E731
    assert [strip(d) for d in together] == [strip(d) for d in alone * 3]


class PlainService:
    """A service whose ask() has no language-model options (the current one)."""

    def __init__(self):
        self.calls = []

    def ask(self, question, history=None, filters=None):
        self.calls.append((question, history, filters))
        return Answer(question, "answered", "text [1]")


class StreamingService:
    """A service that can use the model per question and stream its tokens."""

    def __init__(self):
        self.calls = []

    def ask(self, question, history=None, filters=None, *, use_llm=False, on_token=None):
        self.calls.append(use_llm)
        if use_llm and on_token:
            for t in ["Shen", "stone [1]"]:
                on_token(t)
        return Answer(question, "answered", "Shenstone [1]", notes=("written by the language model",))


def test_answer_question_passes_only_what_the_service_accepts():
    plain = PlainService()
    answer = answer_question(plain, "q", [], None, use_llm=True)
    assert answer.answer == "text [1]" and plain.calls == [("q", [], None)]
    streaming = StreamingService()
    assert answer_question(streaming, "q", [], None, use_llm=True).notes == ("written by the language model",)
    answer_question(streaming, "q", [], None, use_llm=False)
    assert streaming.calls == [True, False]
