"""Fixtures for the UI tests: a copy of the bundled corpus and one index built for the whole session."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `ui` is a folder of the project, not an installed package
    sys.path.insert(0, str(ROOT))

APP = str(ROOT / "ui" / "app.py")
BUNDLED = ROOT / "corpus"
PROJECT_CACHE = ROOT / "index" / "cache"


def copy_corpus(dest: Path) -> Path:
    """The bundled documents and manifest, copied so tests never write into corpus/."""
    dest.mkdir(parents=True, exist_ok=True)
    for p in [*BUNDLED.glob("*.txt"), BUNDLED / "manifest.json"]:
        shutil.copy2(p, dest / p.name)
    return dest


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> tuple[Path, Path]:
    """(corpus, index): a corpus copy and its index, built once per test session with the real models.

    Embeddings are keyed by content hash and model, so when the project's own index has a cache
    it seeds this one (the build then embeds nothing it has seen); otherwise everything is embedded.
    """
    from assistant.service import Assistant
    from assistant.settings import Settings

    base = tmp_path_factory.mktemp("ui-corpus")
    corpus = copy_corpus(base / "corpus")
    index = base / "index"
    if PROJECT_CACHE.is_dir():
        shutil.copytree(PROJECT_CACHE, index / "cache")
    Assistant(Settings(corpus_dir=corpus, index_dir=index)).build()
    return corpus, index


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
