"""Export the bundled model to ONNX with torch (once per index, at build time) and find or re-create that file.

Importing this module is light: the export runs in a child process (``python -m assistant.retrieval.onnx_export``),
so neither a build nor a service ever holds torch in its own memory.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from .model import bundled_model_path
from .onnx_encoder import INPUT_NAMES, OUTPUT_NAME, encoder_path

__all__ = ["PendingExport", "ensure_encoder", "export_encoder", "replace_encoder", "start_encoder"]

_UNWRITABLE = 3  # the child's exit status when the folder cannot be written

# One export at a time for ensure_encoder; and the files this process has seen exported, so a second index of the
# same model gets a link or copy (milliseconds) instead of a second export (tens of seconds).
_export_lock = threading.Lock()
_exported: dict[str, Path] = {}


def export_encoder(dest: Path, model_dir: Path | None = None) -> Path:
    """Write the model's whole sentence-transformers stack as one ONNX file at dest, atomically: an interrupted export
    leaves no file at dest (at worst, after a hard kill, a hidden .tmp file); IndexUnwritable when it cannot be written."""
    from ..errors import IndexUnwritable

    dest = Path(dest)
    model_dir = Path(model_dir or bundled_model_path())
    tmp = None
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the index's other files are readable as usual
        _export(model_dir, tmp)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())  # the bytes are on disk before the name points at them
        os.replace(tmp, dest)
    except OSError as exc:
        raise IndexUnwritable(f"the model's ONNX export cannot be written in {dest.parent} "
                              f"({exc.strerror or exc.__class__.__name__}); choose another --index") from exc
    finally:
        if tmp is not None:
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


class PendingExport:
    """An ONNX export running in a child process (or already done): wait() for its file, cancel() to stop it."""

    def __init__(self, dest: Path, fingerprint: str, proc: subprocess.Popen | None = None, log=None):
        self.dest, self.fingerprint, self._proc, self._log = dest, fingerprint, proc, log

    def wait(self) -> Path:
        """The exported file, once the child has written it; IndexUnwritable, or RuntimeError with the child's
        output, when it could not."""
        from ..errors import IndexUnwritable

        if self._proc is None:
            return self.dest
        code = self._proc.wait()
        self._log.seek(0)
        output = self._log.read().decode("utf-8", "replace").strip()
        self._log.close()
        self._proc = None
        if code == _UNWRITABLE:
            raise IndexUnwritable(output.splitlines()[-1] if output else f"{self.dest} cannot be written")
        if code != 0 or not self.dest.is_file():
            raise RuntimeError(f"exporting the embedding model to {self.dest} failed (exit {code}):\n{output}")
        _exported[self.fingerprint] = self.dest.resolve()
        return self.dest

    def cancel(self) -> None:
        """Stop the export if it is still running (its temporary file is removed; nothing partial appears at dest)."""
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
        if self._proc is not None:
            self._proc.wait()
            self._log.close()
            self._proc = None


def start_encoder(index_dir: Path, fingerprint: str, model_dir: Path | None = None) -> PendingExport:
    """Begin making the index's ONNX file when it is missing: linked from one this process made, else exported by
    a child process (torch's memory, about 1 GB at its peak, is given back when it exits)."""
    dest = encoder_path(index_dir, fingerprint)
    if dest.is_file():
        return PendingExport(dest, fingerprint)
    earlier = _exported.get(fingerprint)
    if earlier is not None and earlier.is_file() and _link_or_copy(earlier, dest):
        return PendingExport(dest, fingerprint)
    import assistant

    env = dict(os.environ)
    # the child imports this same copy of the package, whatever sys.path the parent was given
    root = str(Path(assistant.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join([root, *filter(None, [env.get("PYTHONPATH")])])
    log = tempfile.TemporaryFile()
    args = [sys.executable, "-m", "assistant.retrieval.onnx_export", str(dest)]
    if model_dir is not None:
        args.append(str(model_dir))
    proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=env)
    return PendingExport(dest, fingerprint, proc, log)


def ensure_encoder(index_dir: Path, fingerprint: str, model_dir: Path | None = None) -> Path:
    """The ONNX file of this model for the index, exported first when it is missing (e.g. an older index)."""
    dest = encoder_path(index_dir, fingerprint)
    if dest.is_file():
        return dest
    with _export_lock:
        pending = start_encoder(index_dir, fingerprint, model_dir)
        try:
            return pending.wait()
        finally:
            pending.cancel()


def replace_encoder(index_dir: Path, fingerprint: str, model_dir: Path | None = None) -> Path:
    """Export again over a file that exists but cannot be loaded (damaged or cut short)."""
    dest = encoder_path(index_dir, fingerprint)
    with _export_lock:
        _exported.pop(fingerprint, None)  # it may be a link to the damaged file
        dest.unlink(missing_ok=True)
        pending = start_encoder(index_dir, fingerprint, model_dir)
        try:
            return pending.wait()
        finally:
            pending.cancel()


def _link_or_copy(src: Path, dest: Path) -> bool:
    """Put src's bytes at dest atomically (a hard link when both are on one file system); False if that fails."""
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
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


def main(argv: list[str]) -> int:
    """Child process: export to argv[0] (from the model folder argv[1], if given)."""
    import signal

    from ..errors import IndexUnwritable

    # a terminated export unwinds, so export_encoder removes its temporary file
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        export_encoder(Path(argv[0]), Path(argv[1]) if len(argv) > 1 else None)
    except IndexUnwritable as exc:
        print(exc, file=sys.stderr)
        return _UNWRITABLE
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
