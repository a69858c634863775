"""Export the bundled model to ONNX with torch (once per index, at build time) and find or re-create that file.

Importing this module is light; torch and sentence-transformers are imported only when an export is needed.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from pathlib import Path

from .model import bundled_model_path
from .onnx_encoder import INPUT_NAMES, OUTPUT_NAME, encoder_path

__all__ = ["ensure_encoder", "export_encoder", "replace_encoder"]

# One export at a time in a process; and the files this process exported, so a second index of the same
# model gets a link or copy (milliseconds) instead of a second export (seconds).
_export_lock = threading.Lock()
_exported: dict[str, Path] = {}


def export_encoder(dest: Path, model_dir: Path | None = None) -> Path:
    """Write the model's whole sentence-transformers stack as one ONNX file at dest, atomically (an interrupted
    export leaves only a hidden .tmp file, never a file at dest); IndexUnwritable when the folder cannot be written."""
    from ..errors import IndexUnwritable

    dest = Path(dest)
    model_dir = Path(model_dir or bundled_model_path())
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    except OSError as exc:
        raise IndexUnwritable(f"the model's ONNX export cannot be written in {dest.parent} "
                              f"({exc.strerror or exc.__class__.__name__}); choose another --index") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        _export(model_dir, tmp)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())  # the bytes are on disk before the name points at them
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    return dest


def _export(model_dir: Path, out: Path) -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TQDM_DISABLE", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import logging
    import warnings

    import torch
    from sentence_transformers import SentenceTransformer

    st = SentenceTransformer(str(model_dir), device="cpu").eval()

    class Sentences(torch.nn.Module):
        """Token ids in, the model's sentence embeddings out (transformer, pooling, normalisation)."""

        def __init__(self):
            super().__init__()
            self.st = st

        def forward(self, input_ids, attention_mask, token_type_ids):
            features = {"input_ids": input_ids, "attention_mask": attention_mask, "token_type_ids": token_type_ids}
            return self.st(features)["sentence_embedding"]

    # a padded sample (the second row is shorter) so masking is traced as data, not as a constant
    ids = torch.tensor([[101, 2054, 2003, 1996, 2518, 1029, 4638, 102], [101, 7592, 102, 0, 0, 0, 0, 0]])
    mask = (ids != 0).long()
    types = torch.zeros_like(ids)
    batch, seq = torch.export.Dim("batch"), torch.export.Dim("seq")
    shapes = tuple({0: batch, 1: seq} for _ in INPUT_NAMES)
    quiet = logging.getLogger("torch.onnx")
    level = quiet.level
    with warnings.catch_warnings(), torch.no_grad():
        # the exporter's notes (axis names, operators of packages not installed) are not the user's concern
        warnings.simplefilter("ignore")
        quiet.setLevel(logging.ERROR)
        # the torch.export-based exporter (dynamo=True): the TorchScript one is deprecated since torch 2.9
        try:
            torch.onnx.export(
                Sentences().eval(), (ids, mask, types), str(out), dynamo=True, external_data=False,
                input_names=list(INPUT_NAMES), output_names=[OUTPUT_NAME], dynamic_shapes=shapes, verbose=False,
            )
        finally:
            quiet.setLevel(level)


def ensure_encoder(index_dir: Path, fingerprint: str, model_dir: Path | None = None) -> Path:
    """The ONNX file of this model for the index, exported first when it is missing (e.g. an older index)."""
    dest = encoder_path(index_dir, fingerprint)
    if dest.is_file():
        return dest
    with _export_lock:
        if dest.is_file():
            return dest
        earlier = _exported.get(fingerprint)
        if earlier is not None and earlier.is_file() and _link_or_copy(earlier, dest):
            return dest
        export_encoder(dest, model_dir)
        _exported[fingerprint] = dest
        return dest


def replace_encoder(index_dir: Path, fingerprint: str, model_dir: Path | None = None) -> Path:
    """Export again over a file that exists but cannot be loaded (damaged or cut short)."""
    dest = encoder_path(index_dir, fingerprint)
    with _export_lock:
        export_encoder(dest, model_dir)
        _exported[fingerprint] = dest
        return dest


def _link_or_copy(src: Path, dest: Path) -> bool:
    """Put src's bytes at dest atomically (a hard link when both are on one file system); False if that fails."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        try:
            os.link(src, tmp)
        except OSError:
            shutil.copyfile(src, tmp)
        os.replace(tmp, dest)
        return True
    except OSError:
        return False
    finally:
        tmp.unlink(missing_ok=True)
