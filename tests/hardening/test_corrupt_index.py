"""A damaged index gives one clear error that says how to rebuild, and the rebuild answers as before."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from assistant.cli import main
from assistant.errors import IndexCorrupt, IndexError_, IndexMissing
from assistant.retrieval.store import current_snapshot
from assistant.service import Assistant


def answer_key(answer) -> dict:
    d = answer.to_dict()
    d.pop("timings_ms", None)
    return d


def _snap(settings) -> Path:
    return current_snapshot(Path(settings.index_dir))


def _truncate(path: Path, keep: float = 0.5) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])


def _garbage(path: Path) -> None:
    path.write_bytes(os.urandom(max(64, path.stat().st_size // 3)))


def _other_faiss(path: Path) -> None:
    import faiss

    index = faiss.IndexFlatIP(384)
    index.add(np.eye(384, dtype=np.float32)[:3])
    faiss.write_index(index, str(path))


def _drop_last_chunk(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[:-1]), encoding="utf-8")


def _bm25_files(folder: Path) -> list[Path]:
    return sorted(p for p in (folder / "bm25").iterdir() if p.is_file())


# (what is damaged, how) -> the damage is done to the current snapshot of a private copy
DAMAGE = {
    "vectors.faiss truncated": lambda s: _truncate(s / "vectors.faiss"),
    "vectors.faiss garbage": lambda s: _garbage(s / "vectors.faiss"),
    "vectors.faiss empty": lambda s: (s / "vectors.faiss").write_bytes(b""),
    "vectors.faiss missing": lambda s: (s / "vectors.faiss").unlink(),
    "vectors.faiss from another index": lambda s: _other_faiss(s / "vectors.faiss"),
    "docs.json truncated": lambda s: _truncate(s / "docs.json"),
    "docs.json not a list of documents": lambda s: (s / "docs.json").write_text('{"a": 1}'),
    "chunks.jsonl truncated mid-line": lambda s: _truncate(s / "chunks.jsonl", 0.7),
    "chunks.jsonl one chunk short": lambda s: _drop_last_chunk(s / "chunks.jsonl"),
    "chunks.jsonl missing": lambda s: (s / "chunks.jsonl").unlink(),
    "stamp.json garbage": lambda s: _garbage(s / "stamp.json"),
    "COMPLETE deleted": lambda s: (s / "COMPLETE").unlink(),
    "snapshot folder deleted": lambda s: shutil.rmtree(s),
    "bm25 folder deleted": lambda s: shutil.rmtree(s / "bm25"),
    "bm25 files truncated": lambda s: [_truncate(p, 0.3) for p in _bm25_files(s)],
    "bm25 files garbage": lambda s: [_garbage(p) for p in _bm25_files(s)],
    "tables folder deleted": lambda s: shutil.rmtree(s / "tables"),
    "tables metadata truncated": lambda s: _truncate(s / "tables" / "tables_meta.json"),
    "tables values truncated": lambda s: _truncate(s / "tables" / "tables_values.parquet"),
    "tables frames garbage": lambda s: _garbage(s / "tables" / "tables_frames.json"),
}

CURRENT_DAMAGE = {
    "CURRENT names no folder": "snapshot-that-does-not-exist",
    "CURRENT empty": "",
    "CURRENT points outside the index": "../../..",
    "CURRENT garbage text": "\u2603 not a snapshot \n\n",
}


QUESTIONS: tuple[str, ...] = ()


@pytest.fixture(autouse=True)
def _questions(questions):
    global QUESTIONS
    QUESTIONS = questions


def _expect_clear_error(settings, kind=IndexError_) -> IndexError_:
    with pytest.raises(kind) as info:
        Assistant(settings).ask(QUESTIONS[0])
    message = str(info.value)
    assert "csa build" in message, f"the message should say how to rebuild: {message}"
    return info.value


def _rebuild_and_compare(settings, reference_answers) -> None:
    report = Assistant(settings).build()
    assert report.embedded == 0, "the embedding cache should survive damage to the snapshot"
    fresh = Assistant(settings)
    for q in QUESTIONS:
        assert answer_key(fresh.ask(q)) == reference_answers[q], q
    snapshots = sorted(p.name for p in Path(settings.index_dir).glob("snapshot-*"))
    assert len(snapshots) == 1, f"old snapshots should be removed: {snapshots}"


@pytest.mark.parametrize("damage", list(DAMAGE), ids=list(DAMAGE))
def test_damaged_snapshot_file(index_copy, reference_answers, damage):
    DAMAGE[damage](_snap(index_copy))
    _expect_clear_error(index_copy, (IndexCorrupt, IndexMissing))
    _rebuild_and_compare(index_copy, reference_answers)


@pytest.mark.parametrize("content", list(CURRENT_DAMAGE.values()), ids=list(CURRENT_DAMAGE))
def test_damaged_current_pointer(index_copy, reference_answers, content):
    (Path(index_copy.index_dir) / "CURRENT").write_text(content, encoding="utf-8")
    _expect_clear_error(index_copy, (IndexCorrupt, IndexMissing))
    _rebuild_and_compare(index_copy, reference_answers)


@pytest.mark.parametrize("content", [b"\xff\xfe\x00garbage", b"snapshot\x00name"], ids=["binary", "nul byte"])
def test_binary_current_pointer(index_copy, reference_answers, content):
    (Path(index_copy.index_dir) / "CURRENT").write_bytes(content)
    _expect_clear_error(index_copy, (IndexCorrupt, IndexMissing))
    _rebuild_and_compare(index_copy, reference_answers)


def test_missing_current_says_build(index_copy, reference_answers):
    (Path(index_copy.index_dir) / "CURRENT").unlink()
    _expect_clear_error(index_copy, IndexMissing)
    _rebuild_and_compare(index_copy, reference_answers)


def test_cli_reports_a_damaged_index_in_one_line(index_copy):
    _truncate(_snap(index_copy) / "vectors.faiss")
    result = CliRunner().invoke(main, ["ask", "--json", QUESTIONS[0], "--corpus", str(index_copy.corpus_dir),
                                       "--index", str(index_copy.index_dir)])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    lines = [l for l in result.output.splitlines() if l.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:") and "csa build" in lines[0], result.output
    assert "Traceback" not in result.output


def test_snapshot_from_another_corpus_size_is_not_mixed(index_copy, reference_answers, tmp_path):
    """Chunks and vectors of different builds must never be paired: docs, chunks and vectors come from one snapshot."""
    snap = _snap(index_copy)
    chunks = [json.loads(l) for l in (snap / "chunks.jsonl").read_text(encoding="utf-8").splitlines()]
    # Keep the counts equal but swap two chunks' texts: the stored vectors no longer describe them.
    chunks[0]["text"], chunks[1]["text"] = chunks[1]["text"], chunks[0]["text"]
    (snap / "chunks.jsonl").write_text("".join(json.dumps(c) + "\n" for c in chunks), encoding="utf-8")
    try:
        answers = {q: answer_key(Assistant(index_copy).ask(q)) for q in QUESTIONS}
    except IndexCorrupt as exc:
        assert "csa build" in str(exc)
        return
    # If loading does not detect it, every citation must still quote its source document verbatim.
    for q, a in answers.items():
        for c in a["citations"]:
            doc = Assistant(index_copy).document(c["doc_id"])
            assert " ".join(c["text"].split()) in " ".join(doc.text.split()), (q, c["text"][:80])


def test_damaged_embedding_cache_only_costs_time(index_copy, reference_answers):
    cache = Path(index_copy.index_dir) / "cache"
    for p in cache.glob("*.npy"):
        _truncate(p)
    report = Assistant(index_copy).build(force=True)
    assert report.embedded == report.chunks > 0, "a damaged cache is recomputed, not trusted"
    fresh = Assistant(index_copy)
    for q in QUESTIONS:
        got = answer_key(fresh.ask(q))
        want = reference_answers[q]
        assert got["status"] == want["status"] and got["answer"] == want["answer"], q
