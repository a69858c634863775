"""Fixtures for the hardening tests: one small synthetic corpus, built once, copied for every test that damages it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.bench.synthetic import generate_corpus
from assistant.settings import Settings

QUESTIONS = (
    "Which wards have the highest anti-social behaviour rates?",
    "What are the community safety priorities?",
    "How does the local rate of domestic abuse compare with the force rate?",
    "Where are the residential burglary hotspots?",
    "What does the assessment recommend for county lines?",
    "Which places are at greatest risk?",
    "How safe do residents feel after dark?",
    "What is the local rate of shoplifting per 1,000 people?",
    "What does the assessment say about modern slavery?",
    "Who are the statutory partners of the lunar colony?",  # nothing in the corpus answers this
)


def answer_key(answer) -> dict:
    """An answer without its timings: what must not change between runs, threads or rebuilds."""
    d = answer.to_dict()
    d.pop("timings_ms", None)
    return d


@pytest.fixture(scope="session")
def questions() -> tuple[str, ...]:
    """Questions asked of the small corpus (the last one has no answer in it)."""
    return QUESTIONS


@pytest.fixture(scope="session", name="answer_key")
def answer_key_fixture():
    """The comparable part of an answer."""
    return answer_key


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory) -> Path:
    """Two synthetic assessments (about 80 chunks): small enough to embed once per session."""
    corpus = tmp_path_factory.mktemp("hardening-corpus")
    generate_corpus(corpus, 2, seed=11)
    return corpus


@pytest.fixture(scope="session")
def built_index(tmp_path_factory, small_corpus) -> Path:
    """The small corpus built once (real model); tests copy it rather than change it."""
    from assistant.service import Assistant

    index = tmp_path_factory.mktemp("hardening-index")
    Assistant(Settings(corpus_dir=small_corpus, index_dir=index)).build()
    return index


@pytest.fixture(scope="session")
def reference_answers(small_corpus, built_index) -> dict[str, dict]:
    """Answers to QUESTIONS from the intact index, asked one at a time."""
    from assistant.service import Assistant

    assistant = Assistant(Settings(corpus_dir=small_corpus, index_dir=built_index))
    return {q: answer_key(assistant.ask(q)) for q in QUESTIONS}


@pytest.fixture
def index_copy(tmp_path, built_index, small_corpus) -> Settings:
    """Settings pointing at a private copy of the built index (snapshot, CURRENT and embedding cache)."""
    dst = tmp_path / "index"
    shutil.copytree(built_index, dst, symlinks=False)
    return Settings(corpus_dir=small_corpus, index_dir=dst)
