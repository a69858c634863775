"""Shared fixtures: the bundled corpus built once per session."""

from __future__ import annotations

import pytest

from assistant.settings import BUNDLED_CORPUS, Settings


@pytest.fixture(scope="session")
def bundled_settings(tmp_path_factory) -> Settings:
    """Settings whose index (in a temporary folder) has been built from the bundled corpus."""
    from assistant.service import Assistant

    index_dir = tmp_path_factory.mktemp("bundled-index")
    settings = Settings(corpus_dir=BUNDLED_CORPUS, index_dir=index_dir)
    Assistant(settings).build()
    return settings


@pytest.fixture(scope="session")
def bundled_assistant(bundled_settings):
    """A loaded Assistant over the bundled corpus."""
    from assistant.service import Assistant

    assistant = Assistant(bundled_settings)
    assistant.load()
    return assistant
