"""Embeds text with onnxruntime and the model's fast tokenizer, from the ONNX export kept beside the index.

The graph (exported by ``onnx_export`` from sentence-transformers at build time) is the model's whole
module stack: transformer, mean pooling, normalisation. So a query needs only onnxruntime, numpy and
``tokenizers``: no torch, transformers or sentence-transformers, here or in anything imported here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

import numpy as np

from .model import bundled_model_path, do_lower_case, load_tokenizer, max_seq_length

__all__ = ["OnnxEncoder", "encoder_path", "INPUT_NAMES", "OUTPUT_NAME"]

INPUT_NAMES = ("input_ids", "attention_mask", "token_type_ids")
OUTPUT_NAME = "sentence_embedding"


def encoder_path(index_dir: Path, fingerprint: str) -> Path:
    """Where the ONNX export of the model with this fingerprint lives for an index."""
    return Path(index_dir) / "cache" / f"encoder-{fingerprint}.onnx"


class OnnxEncoder:
    """Unit-length sentence embeddings from an ONNX export of the bundled model; safe to call from several threads."""

    def __init__(self, onnx_path: Path, model_dir: Path | None = None, batch_size: int = 32, threads: int = 1,
                 max_batch_tokens: int = 2048):
        import onnxruntime as ort

        model_dir = Path(model_dir or bundled_model_path())
        self.onnx_path = Path(onnx_path)
        self.batch_size = batch_size
        self.max_batch_tokens = max_batch_tokens
        self.max_seq_length = max_seq_length(model_dir)
        self._lower = do_lower_case(model_dir)
        self._tokenizer = load_tokenizer(model_dir)
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        # spinning workers wait for work by burning CPU; on a machine shared with other processes they steal
        # the cores the other workers need, so each waits a scheduler slice instead of a few microseconds
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3
        # InferenceSession.run may be called from several threads at once (onnxruntime guarantees it)
        self._session = ort.InferenceSession(str(self.onnx_path), options, providers=["CPUExecutionProvider"])
        self.dimension = int(self._session.get_outputs()[0].shape[-1])

    def tokenize(self, texts: Sequence[str]):
        """The tokenizer's encodings ([CLS] and [SEP] added, truncated at max_seq_length), one per text."""
        texts = [str(t) for t in texts]
        if self._lower:
            texts = [t.lower() for t in texts]
        if len(texts) == 1:  # one query: skip the tokenizer's thread pool
            return [self._tokenizer.encode(texts[0])]
        return self._tokenizer.encode_batch(texts)

    def encode(self, texts: list[str], batch_size: int | None = None) -> np.ndarray:
        """Float32 array of shape (len(texts), dimension), L2-normalised, rows in the order of texts; at most
        batch_size texts and about max_batch_tokens padded tokens per run."""
        if isinstance(texts, str):
            raise TypeError("encode() takes a list of strings, not a single string")
        n = len(texts)
        out = np.empty((n, self.dimension), dtype=np.float32)
        if n == 0:
            return out
        batch_size = batch_size or self.batch_size
        encodings = self.tokenize(texts)
        lengths = np.fromiter((len(e.ids) for e in encodings), dtype=np.int64, count=n)
        # longest first, as sentence-transformers does: each batch pads only to its own longest text
        order = np.argsort(-lengths, kind="stable")
        start = 0
        while start < n:
            width = int(lengths[order[start]])
            # memory grows with rows x width^2 (attention scores): long texts go fewer to a batch, at no cost in
            # speed (measured: 8 rows of 256 tokens peak near 350 MB, 32 rows near 850 MB, in the same time)
            rows = max(1, min(batch_size, self.max_batch_tokens // width))
            idx = order[start : start + rows]
            start += rows
            ids = np.zeros((len(idx), width), dtype=np.int64)
            types = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for row, i in enumerate(idx):
                enc = encodings[i]
                k = len(enc.ids)
                ids[row, :k] = enc.ids
                types[row, :k] = enc.type_ids
                mask[row, :k] = 1
            feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
            out[idx] = self._session.run([OUTPUT_NAME], feeds)[0]
        # the graph ends in the model's Normalize module; normalising again is what normalize_embeddings=True does
        norms = np.sqrt(np.einsum("ij,ij->i", out, out))
        np.maximum(norms, np.float32(1e-12), out=norms)
        out /= norms[:, None]
        return out
