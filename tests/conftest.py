"""Shared fixtures: one index of the bundled corpus per session, the gold set answered once, and a hermetic guard.

Every test that needs the bundled corpus shares ONE index, built once per session from a copy of the corpus in a
temporary folder; a test that changes it takes a private copy (see tests/ui/conftest.py's ``own_copy``). No test
reads or writes the checkout's own ``index/``, and none writes its ``corpus/``: the guard below points the
settings' defaults at temporary folders and fails the test (or the session) that changes either folder.
"""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from assistant.settings import BUNDLED_CORPUS, Settings

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `evals` and `ui` are folders of the project, not installed packages
    sys.path.insert(0, str(ROOT))

GOLD = ROOT / "evals" / "questions.jsonl"
GUARDED = (ROOT / "index", ROOT / "corpus")


def folder_state(folder: Path) -> dict[str, tuple[int, int]] | None:
    """Every file under a folder with its size and modification time (None when the folder does not exist)."""
    if not folder.exists():
        return None
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file() or p.is_symlink()}


def _surface(folder: Path) -> tuple | None:
    """A cheap signature of a folder (its own and its sub-folders' mtimes): any file added, removed or renamed in it changes it."""
    if not folder.exists():
        return None
    return tuple((str(p), p.stat().st_mtime_ns) for p in [folder, *sorted(d for d in folder.rglob("*") if d.is_dir())])


@pytest.fixture(scope="session", autouse=True)
def hermetic(tmp_path_factory):
    """No CSA_ setting from the developer's shell; defaults point at temporary folders; the checkout's index/ and corpus/ untouched.

    The environment is what `csa` child processes (the UI server, builds in subprocesses) read, so a test that
    forgets --index still writes to a temporary folder, never to <repo>/index.
    """
    before = {folder: folder_state(folder) for folder in GUARDED}
    root = tmp_path_factory.mktemp("defaults")
    with pytest.MonkeyPatch.context() as mp:
        for name in Settings.model_fields:
            mp.delenv(f"CSA_{name.upper()}", raising=False)
        mp.setenv("CSA_INDEX_DIR", str(root / "index"))
        mp.setenv("CSA_CORPUS_DIR", str(copy_bundled_corpus(root / "corpus")))
        yield
    changed = [str(folder) for folder in GUARDED if folder_state(folder) != before[folder]]
    if changed:
        pytest.fail(f"the test session changed the checkout's own folders: {changed}; tests must use tmp folders")


@pytest.fixture(autouse=True)
def _untouched_checkout(hermetic):
    """Fail the very test that adds, removes or renames anything in <repo>/index or <repo>/corpus."""
    before = [_surface(folder) for folder in GUARDED]
    yield
    after = [_surface(folder) for folder in GUARDED]
    touched = [str(folder) for folder, b, a in zip(GUARDED, before, after) if b != a]
    assert not touched, f"this test changed the checkout's own folders {touched}; use a tmp folder"


def copy_bundled_corpus(dest: Path) -> Path:
    """The bundled documents and manifest, copied so that no test reads or writes corpus/ through an index."""
    dest.mkdir(parents=True, exist_ok=True)
    for p in BUNDLED_CORPUS.iterdir():
        if p.is_file():
            shutil.copy2(p, dest / p.name)
    return dest


@pytest.fixture(scope="session")
def bundled_settings(tmp_path_factory) -> Settings:
    """Settings whose index (in a temporary folder) has been built from a copy of the bundled corpus: THE shared index.

    Tests only read it; at the end of the session it must be as it was built, so a test that writes to it fails here.
    """
    from assistant.service import Assistant

    base = tmp_path_factory.mktemp("bundled")
    settings = Settings(corpus_dir=copy_bundled_corpus(base / "corpus"), index_dir=base / "index")
    Assistant(settings).build()
    built = {folder: folder_state(folder) for folder in (settings.corpus_dir, settings.index_dir)}
    yield settings
    ignore = {".build.lock"}  # an up-to-date check takes the lock and leaves its (empty) file behind
    changed = [str(folder) for folder, state in built.items()
               if {k: v for k, v in (folder_state(folder) or {}).items() if k not in ignore}
               != {k: v for k, v in (state or {}).items() if k not in ignore}]
    assert not changed, f"a test changed the shared bundled index or corpus {changed}; take a private copy (own_copy)"


@pytest.fixture(scope="session")
def bundled_assistant(bundled_settings):
    """A loaded Assistant over the shared bundled index."""
    from assistant.service import Assistant

    assistant = Assistant(bundled_settings)
    assistant.load()
    return assistant


@dataclass
class GoldRun:
    """The gold set answered once: the scored result, the folder of its report, and every conversation's Answers."""

    result: dict
    out_dir: Path
    conversations: list[tuple[list[str], list]] = field(default_factory=list)
    errors: list[tuple[list[str], str]] = field(default_factory=list)


@pytest.fixture(scope="session")
def gold_run(bundled_assistant, tmp_path_factory) -> GoldRun:
    """Every gold question asked once per session (the gate scores it; the contract test checks each Answer)."""
    from evals.runner import for_assistant, run_eval

    _, retrieve = for_assistant(bundled_assistant)
    run = GoldRun(result={}, out_dir=tmp_path_factory.mktemp("gold-eval"))

    def ask_turns(turns: list[str]) -> list[dict]:
        conv = bundled_assistant.conversation()
        try:
            answers = [conv.ask(t) for t in turns]
        except Exception as exc:  # the runner records it as an error answer; the contract test must see it too
            run.errors.append((list(turns), f"{type(exc).__name__}: {exc}"))
            raise
        run.conversations.append((list(turns), answers))
        return [a.to_dict() for a in answers]

    run.result = run_eval(ask_turns, GOLD, run.out_dir, retrieve=retrieve)
    return run
