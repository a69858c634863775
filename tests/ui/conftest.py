"""Fixtures for the UI tests: the session's shared index of the bundled corpus, and private copies of it."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `ui` is a folder of the project, not an installed package
    sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session")
def built(bundled_settings) -> tuple[Path, Path]:
    """(corpus, index): the session's one index of the bundled corpus (tests/conftest.py), read-only."""
    return Path(bundled_settings.corpus_dir), Path(bundled_settings.index_dir)


@pytest.fixture()
def own_copy(built, tmp_path) -> tuple[Path, Path]:
    """A private copy of the built corpus and index, for tests that add documents or rebuild."""
    corpus, index = built
    mine_corpus = tmp_path / "corpus"
    shutil.copytree(corpus, mine_corpus)
    mine_index = tmp_path / "index"
    shutil.copytree(index, mine_index, ignore=shutil.ignore_patterns(".build.lock"))
    return mine_corpus, mine_index


@pytest.fixture()
def app_env(built, monkeypatch) -> tuple[Path, Path]:
    """Point the app at the session's corpus and index."""
    corpus, index = built
    monkeypatch.setenv("CSA_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("CSA_INDEX_DIR", str(index))
    return corpus, index
