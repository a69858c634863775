"""The arithmetic floor of embedding: the model's FLOPs per token and this machine's matrix-multiply rate."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np


@dataclass(frozen=True)
class ModelShape:
    """The sizes of a BERT encoder that set its arithmetic."""

    layers: int
    hidden: int
    ffn: int
    max_seq: int

    @classmethod
    def of(cls, model_dir: Path | None = None) -> "ModelShape":
        """Read the sizes from the model's config files (default: the bundled model)."""
        from ..retrieval.model import bundled_model_path

        model_dir = Path(model_dir or bundled_model_path())
        cfg = json.loads((model_dir / "config.json").read_text())
        st = model_dir / "sentence_bert_config.json"
        max_seq = json.loads(st.read_text()).get("max_seq_length", 512) if st.exists() else 512
        return cls(int(cfg["num_hidden_layers"]), int(cfg["hidden_size"]), int(cfg["intermediate_size"]), int(max_seq))


def flops_per_token(seq_len: int, shape: ModelShape) -> float:
    """Floating-point operations per token of a sequence of seq_len tokens (a multiply-add is 2).

    Per layer and token: the Q, K, V and output projections (4 d^2 multiply-adds), the
    feed-forward block (2 d f), and attention scores and weighted values (2 L d). Embedding
    lookups, layer norms, softmax and GELU are a few percent and left out, so this is a floor.
    """
    d, f = shape.hidden, shape.ffn
    return shape.layers * 2.0 * (4 * d * d + 2 * d * f + 2 * seq_len * d)


def corpus_flops(token_counts: list[int], shape: ModelShape, batch_size: int = 32) -> dict[str, float]:
    """FLOPs to embed sequences of these lengths: unpadded (the floor) and padded as length-sorted batches are."""
    lengths = sorted((min(n, shape.max_seq) for n in token_counts), reverse=True)
    exact = sum(n * flops_per_token(n, shape) for n in lengths)
    padded = 0.0
    for s in range(0, len(lengths), batch_size):
        batch = lengths[s : s + batch_size]
        width = batch[0]
        padded += len(batch) * width * flops_per_token(width, shape)
    return {"tokens": float(sum(lengths)), "flops": exact, "padded_flops": padded}


def _best_rate(matmul, n: int, repeats: int) -> float:
    matmul()  # warm up (thread pools, page faults)
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        matmul()
        best = min(best, time.perf_counter() - t0)
    return 2.0 * n**3 / best


def gemm_rates(n: int = 2048, repeats: int = 5, torch_too: bool = True) -> dict[str, float]:
    """float32 matrix-multiply rate in GFLOP/s: numpy's BLAS and, when asked, torch's (as the embedder uses it)."""
    rng = np.random.default_rng(0)
    a = rng.standard_normal((n, n), dtype=np.float32)
    b = rng.standard_normal((n, n), dtype=np.float32)
    out = np.empty((n, n), dtype=np.float32)
    rates = {"numpy_gflops": _best_rate(lambda: np.matmul(a, b, out=out), n, repeats) / 1e9}
    if torch_too:
        import torch

        ta, tb = torch.from_numpy(a), torch.from_numpy(b)
        tout = torch.empty((n, n), dtype=torch.float32)
        with torch.inference_mode():
            rates["torch_gflops"] = _best_rate(lambda: torch.mm(ta, tb, out=tout), n, repeats) / 1e9
        rates["torch_threads"] = float(torch.get_num_threads())
    rates["peak_gflops"] = max(v for k, v in rates.items() if k.endswith("_gflops"))
    return rates
