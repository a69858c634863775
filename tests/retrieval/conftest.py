"""Fixtures for the retrieval tests (real bundled model, its ONNX export made once per session)."""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import pytest

from assistant.retrieval.embedder import model_fingerprint
from assistant.retrieval.model import bundled_model_path
from assistant.retrieval.onnx_encoder import OnnxEncoder


@pytest.fixture(scope="session")
def model_path():
    return bundled_model_path()


@pytest.fixture(scope="session")
def onnx_index(tmp_path_factory):
    """A folder standing for an index, holding the model's ONNX export (exported with torch, as a build does)."""
    from assistant.retrieval.onnx_export import ensure_encoder

    folder = tmp_path_factory.mktemp("onnx-index")
    ensure_encoder(folder, model_fingerprint())
    return folder


@pytest.fixture(scope="session")
def onnx_encoder(onnx_index, model_path) -> OnnxEncoder:
    from assistant.retrieval.onnx_encoder import encoder_path

    return OnnxEncoder(encoder_path(onnx_index, model_fingerprint()), model_path)


@pytest.fixture(scope="session")
def st_model(model_path):
    """The reference: sentence-transformers on torch, CPU."""
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(model_path), device="cpu")
