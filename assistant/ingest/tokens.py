"""Offline token counting: the embedding model's own wordpieces (chunk budgets), and tiktoken with the
encoding files llama-index-core ships (for language-model prompts)."""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from pathlib import Path

from ..errors import ConfigurationError

ENCODING = "cl100k_base"


def bundled_tiktoken_cache() -> Path | None:
    """The folder of tiktoken encodings shipped inside llama-index-core, found without importing it."""
    spec = importlib.util.find_spec("llama_index.core")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(list(spec.submodule_search_locations)[0]) / "_static" / "tiktoken_cache"
    return folder if folder.is_dir() else None


@lru_cache(maxsize=1)
def _encoding():
    # tiktoken downloads encodings on first use; point it at the bundled copy so no network is
    # needed. A user-set TIKTOKEN_CACHE_DIR wins if it already holds the file.
    bundled = bundled_tiktoken_cache()
    current = os.environ.get("TIKTOKEN_CACHE_DIR")
    if bundled is not None and (not current or not any(Path(current).glob("*"))):
        os.environ["TIKTOKEN_CACHE_DIR"] = str(bundled)
    import tiktoken

    try:
        return tiktoken.get_encoding(ENCODING)
    except Exception as exc:  # network error or missing file: say what to do
        raise ConfigurationError(
            f"tiktoken could not load {ENCODING} offline ({exc.__class__.__name__}: {exc}); "
            "reinstall llama-index-core, whose _static/tiktoken_cache holds it, or set TIKTOKEN_CACHE_DIR"
        ) from exc


def count_tokens(text: str) -> int:
    """Number of cl100k_base tokens in text (offline)."""
    return len(_encoding().encode(text, disallowed_special=()))


# The embedding model reads at most this many wordpieces, [CLS] and [SEP] included; the rest is cut.
MODEL_MAX_TOKENS = 256


@lru_cache(maxsize=1)
def _wordpieces():
    from ..retrieval.model import load_tokenizer

    return load_tokenizer(truncate=False)


def count_model_tokens(text: str) -> int:
    """Number of the embedding model's wordpieces in text, without [CLS] and [SEP] (offline)."""
    return len(_wordpieces().encode(text, add_special_tokens=False).ids)
