"""Fixtures for the retrieval tests (real bundled model, loaded once per session)."""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import pytest

from assistant.retrieval.light_encoder import LightEncoder, bundled_model_path


@pytest.fixture(scope="session")
def model_path():
    return bundled_model_path()


@pytest.fixture(scope="session")
def light_encoder(model_path) -> LightEncoder:
    return LightEncoder.load(model_path)


@pytest.fixture(scope="session")
def st_model(model_path):
    """The reference: sentence-transformers on torch, CPU."""
    st = pytest.importorskip("sentence_transformers")
    return st.SentenceTransformer(str(model_path), device="cpu")
