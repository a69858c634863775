"""Embeddings from the bundled all-MiniLM-L6-v2: onnxruntime on the index's ONNX export of the model (builds and
queries, without importing torch), and sentence-transformers on torch (the reference the benchmarks compare with)."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import numpy as np

from .model import bundled_model_path
from .onnx_encoder import OnnxEncoder

DIMENSION = 384


def model_fingerprint(model_dir: Path | None = None) -> str:
    """Hash identifying the model files (config and weights size), so an index knows what embedded it."""
    model_dir = model_dir or bundled_model_path()
    h = hashlib.sha256()
    for name in ("config.json", "modules.json", "sentence_bert_config.json"):
        p = model_dir / name
        if p.exists():
            h.update(p.read_bytes())
    weights = model_dir / "model.safetensors"
    if weights.exists():
        h.update(str(weights.stat().st_size).encode())
    return h.hexdigest()[:16]


class BatchEmbedder:
    """Embeds many passages with sentence-transformers (torch), batched by length: the reference for parity."""

    def __init__(self, model_dir: Path | None = None, batch_size: int = 32):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        os.environ.setdefault("TQDM_DISABLE", "1")  # our own progress is shown instead
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        from sentence_transformers import SentenceTransformer

        self.model = SentenceTransformer(str(model_dir or bundled_model_path()), device="cpu")
        self.batch_size = batch_size

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length float32 vectors, one row per text."""
        if not texts:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        # sentence-transformers sorts by length internally, so each batch pads to similar lengths.
        vecs = self.model.encode(
            texts, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        )
        return np.asarray(vecs, dtype=np.float32)


class QueryEmbedder:
    """Embeds questions and build chunks with onnxruntime from an index's ONNX export; safe across threads."""

    def __init__(self, onnx_path: Path, model_dir: Path | None = None, threads: int = 1, batch_size: int = 32):
        self.encoder = OnnxEncoder(onnx_path, model_dir, batch_size=batch_size, threads=threads)

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length float32 vectors, one row per text."""
        return self.encoder.encode(list(texts))


def load_query_embedder(index_dir: Path, threads: int = 1, batch_size: int = 32) -> QueryEmbedder:
    """The onnxruntime embedder for an index, exporting the model first when the index has no (loadable) export."""
    from onnxruntime.capi.onnxruntime_pybind11_state import Fail, InvalidGraph, InvalidProtobuf, NoSuchFile

    from .onnx_export import ensure_encoder, replace_encoder

    fingerprint = model_fingerprint()
    path = ensure_encoder(index_dir, fingerprint)
    try:
        return QueryEmbedder(path, threads=threads, batch_size=batch_size)
    except (Fail, InvalidGraph, InvalidProtobuf, NoSuchFile):
        # damaged or cut short after it was written (the export itself is atomic): export it again
        return QueryEmbedder(replace_encoder(index_dir, fingerprint), threads=threads, batch_size=batch_size)


class EmbeddingCache:
    """Embeddings keyed by a hash of the embedded text and the model, kept between builds."""

    def __init__(self, folder: Path, model_key: str):
        self.folder = Path(folder)
        self.model_key = model_key
        self._vectors: dict[str, np.ndarray] = {}
        self._load()

    @staticmethod
    def key(text: str) -> str:
        """Content hash of one embedding input."""
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]

    def _paths(self) -> tuple[Path, Path]:
        return self.folder / f"embeddings-{self.model_key}.npy", self.folder / f"embeddings-{self.model_key}.json"

    @staticmethod
    def _digest(vec: np.ndarray) -> str:
        """Checksum of one stored vector: shuffled or damaged rows no longer match their keys' checksums."""
        return hashlib.sha256(np.asarray(vec, dtype=np.float32).tobytes()).hexdigest()[:16]

    def _load(self) -> None:
        vec_path, key_path = self._paths()
        if not (vec_path.exists() and key_path.exists()):
            return
        try:
            recorded = json.loads(key_path.read_text())
            mat = np.load(vec_path, allow_pickle=False)
        except (OSError, ValueError, EOFError):
            return  # a damaged cache only costs time: embeddings are recomputed
        keys, digests = (recorded.get("keys"), recorded.get("digests")) if isinstance(recorded, dict) else (recorded, None)
        if not isinstance(keys, list) or mat.ndim != 2 or len(keys) != mat.shape[0]:
            return
        if not isinstance(digests, list) or len(digests) != len(keys):
            return  # a cache without row checksums cannot be trusted row by row: re-embed
        # a row whose checksum does not match is dropped, so it is embedded again rather than served
        self._vectors = {k: mat[i] for i, (k, d) in enumerate(zip(keys, digests)) if self._digest(mat[i]) == d}

    def get(self, key: str) -> np.ndarray | None:
        """The cached vector for a content hash, if any."""
        return self._vectors.get(key)

    def put(self, key: str, vec: np.ndarray) -> None:
        """Remember a vector."""
        self._vectors[key] = np.asarray(vec, dtype=np.float32)

    def __len__(self) -> int:
        return len(self._vectors)

    def save(self, keep: set[str] | None = None) -> None:
        """Write the cache atomically, keeping only the given keys when provided; IndexUnwritable when the folder
        cannot be written (no partial file is left behind)."""
        from ..errors import IndexUnwritable

        keys = [k for k in self._vectors if keep is None or k in keep]
        mat = np.stack([self._vectors[k] for k in keys]) if keys else np.zeros((0, DIMENSION), np.float32)
        vec_path, key_path = self._paths()
        tmp_vec = vec_path.with_suffix(".tmp.npy")
        tmp_key = key_path.with_suffix(".tmp.json")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            np.save(tmp_vec, mat)
            tmp_key.write_text(json.dumps({"keys": keys, "digests": [self._digest(v) for v in mat]}))
            os.replace(tmp_vec, vec_path)
            os.replace(tmp_key, key_path)
        except OSError as exc:
            for p in (tmp_vec, tmp_key):
                try:
                    p.unlink(missing_ok=True)
                except OSError:
                    pass
            raise IndexUnwritable(f"the embedding cache cannot be written in {self.folder} "
                                  f"({exc.strerror or exc.__class__.__name__})") from exc
