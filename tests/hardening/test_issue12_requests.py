"""Issue 12, requests and outputs: bounded questions (#3), a verified index (#6), safe CSV (#7), batches and chat
that survive bad items (#8), typed errors for full disks and unwritable folders (#10)."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

from assistant.cli import main
from assistant.errors import IndexCorrupt, IndexUnwritable, QuestionTooLong
from assistant.retrieval.store import current_snapshot
from assistant.service import Assistant
from assistant.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def _args(settings: Settings, *rest: str) -> list[str]:
    return [*rest, "--corpus", str(settings.corpus_dir), "--index", str(settings.index_dir)]


# --- #3 bounded work per request ----------------------------------------------------------------------------------

def test_a_question_over_the_limit_is_a_typed_error(tmp_path):
    settings = Settings(corpus_dir=tmp_path, index_dir=tmp_path / "no-index", max_question_chars=2000)
    with pytest.raises(QuestionTooLong, match="2,000"):
        Assistant(settings).ask("x" * 2001)


def test_cli_prints_one_line_for_a_long_question(index_copy):
    result = CliRunner().invoke(main, _args(index_copy, "ask", "burglary " * 400))
    assert result.exit_code == 2
    lines = [l for l in result.output.splitlines() if l.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:") and "limit" in lines[0], result.output


WARD_REGEX_PROBE = r"""
import sys
from assistant.answer.scope import _WARD_NAME
shapes = ["a" * 100_000, "a-" * 50_000, "Ab'" * 33_000 + " ward", ("word " * 20_000), "x" + " " * 100_000 + "ward"]
for s in shapes:
    list(_WARD_NAME.finditer(s))
print("done")
"""


def test_ward_name_regex_is_linear_on_100k_characters():
    # before the fix one 100,000-character word took minutes (quadratic backtracking); now milliseconds
    out = subprocess.run([sys.executable, "-c", WARD_REGEX_PROBE], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "done", out.stderr


def test_ward_name_regex_still_finds_names():
    from assistant.answer.scope import _WARD_NAME

    names = [m.group("name").strip() for m in _WARD_NAME.finditer("Is Boley Park ward or St John's wards higher?")]
    assert names == ["Is Boley Park", "or St John's"]


def test_a_100k_question_is_refused_quickly_through_the_cli(index_copy, tmp_path):
    batch = tmp_path / "long.jsonl"
    batch.write_text(json.dumps({"id": "long", "question": "Which ward " + "a" * 100_000}) + "\n")
    code = ("import sys; from assistant.cli import main; sys.argv = ['csa'] + sys.argv[1:]; main()")
    out = subprocess.run([sys.executable, "-c", code, *_args(index_copy, "ask", "--json", "--batch", str(batch))],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    record = json.loads(out.stdout.strip())
    assert record["id"] == "long" and "limit" in record["error"]


# --- #6 an index is checked before it is trusted ------------------------------------------------------------------

def _change_a_value(folder: Path) -> None:
    path = folder / "tables" / "tables_values.parquet"
    frame = pd.read_parquet(path)
    frame.loc[frame.index[0], "value"] = float(frame["value"].iloc[0]) + 80.0
    frame.to_parquet(path)


def _flip_a_byte_in_docs(folder: Path) -> None:
    path = folder / "docs.json"
    data = bytearray(path.read_bytes())
    i = data.index(b"burglary") if b"burglary" in data else len(data) // 2
    data[i] = ord("B") if data[i] != ord("B") else ord("b")
    path.write_bytes(bytes(data))


def _swap_chunk_texts(folder: Path) -> None:
    path = folder / "chunks.jsonl"
    chunks = [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines()]
    chunks[0]["text"], chunks[1]["text"] = chunks[1]["text"], chunks[0]["text"]
    path.write_text("".join(json.dumps(c) + "\n" for c in chunks), encoding="utf-8")


def _extra_file(folder: Path) -> None:
    (folder / "tables" / "injected.json").write_text("{}")


TAMPER = {"a table value changed": _change_a_value, "one byte of docs.json": _flip_a_byte_in_docs,
          "two chunk texts swapped": _swap_chunk_texts, "a file added": _extra_file}


@pytest.mark.parametrize("tamper", list(TAMPER), ids=list(TAMPER))
def test_a_tampered_snapshot_is_refused_with_one_error(index_copy, questions, tamper):
    TAMPER[tamper](current_snapshot(Path(index_copy.index_dir)))
    with pytest.raises(IndexCorrupt, match="csa build"):
        Assistant(index_copy).ask(questions[0])
    result = CliRunner().invoke(main, _args(index_copy, "ask", questions[0]))
    lines = [l for l in result.output.splitlines() if l.strip()]
    assert result.exit_code == 2 and len(lines) == 1 and lines[0].startswith("error:"), result.output


def test_shuffled_embedding_cache_rows_are_embedded_again(index_copy):
    cache = Path(index_copy.index_dir) / "cache"
    (npy,) = cache.glob("embeddings-*.npy")
    mat = np.load(npy)
    mat[[0, 1, 2]] = mat[[2, 0, 1]]
    np.save(npy, mat)
    report = Assistant(index_copy).build(force=True)
    assert report.embedded == 3, "rows whose checksum does not match are recomputed, not trusted"


# --- #7 CSV formula injection -------------------------------------------------------------------------------------

HOSTILE = ["=cmd|' /C calc'!A0", '=HYPERLINK("http://x","click")', "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR"]


def _hostile_frame() -> pd.DataFrame:
    return pd.DataFrame({"Area": HOSTILE + ["Shenstone", "-"], "Rate": [1.0, 2.0, -4.0, 3.0, 4, 5, 6, 12.2, 7],
                         "Printed": ["1.0", "2.0", "-4.0", "+3", "4", "5", "6", "12.2", "-"]})


def _check_csv(text: str) -> None:
    frame = pd.read_csv(__import__("io").StringIO(text), keep_default_na=False)
    for cell in frame["Area"][: len(HOSTILE)]:
        assert cell.startswith("'"), cell
    assert list(frame["Rate"]) == [1.0, 2.0, -4.0, 3.0, 4, 5, 6, 12.2, 7], "numbers stay numbers"
    assert list(frame["Printed"])[2:4] == ["-4.0", "+3"] or list(frame["Printed"])[2:4] == [-4.0, 3]


def test_tables_export_neutralises_formulas(index_copy, tmp_path, monkeypatch):
    from assistant.tables.export import export_store

    store = Assistant(index_copy).tables
    monkeypatch.setattr(type(store), "table", lambda self, tid: _hostile_frame())
    export_store(store, tmp_path / "out")
    (first,) = sorted((tmp_path / "out" / "tables").glob("*.csv"))[:1]
    with first.open(encoding="utf-8", newline="") as fh:  # keep the '\r' inside a quoted cell
        _check_csv(fh.read())


def test_tables_show_csv_neutralises_formulas(index_copy, monkeypatch):
    store = Assistant(index_copy).tables
    tid = str(store.list_tables()["id"].iloc[0])
    monkeypatch.setattr(type(store), "table", lambda self, t: _hostile_frame())
    result = CliRunner().invoke(main, ["tables", "--corpus", str(index_copy.corpus_dir), "--index",
                                       str(index_copy.index_dir), "show", tid, "--csv"])
    assert result.exit_code == 0, result.output
    _check_csv(result.output)


# --- #8 batches and chat survive bad items ------------------------------------------------------------------------

def test_batch_answers_every_good_line_and_reports_each_bad_one(index_copy, tmp_path, questions):
    lines = [
        json.dumps({"id": "good", "question": questions[0]}).encode(),
        b"{not json",
        b'["a", "json", "array"]',
        json.dumps({"id": "number", "question": 123}).encode(),
        b'{"id": "surrogate", "question": "burglary \\ud800 hotspots"}',
        b'{"id": "bytes", "question": "burglary \xff\xfe hotspots"}',
        json.dumps({"id": "turns", "turns": [questions[1], "and the force rate?"]}).encode(),
        json.dumps({"id": "long", "question": "x" * 5000}).encode(),
    ]
    batch = tmp_path / "q.jsonl"
    batch.write_bytes(b"\n".join(lines) + b"\n")
    result = CliRunner().invoke(main, _args(index_copy, "ask", "--json", "--batch", str(batch)))
    assert result.exit_code == 0, result.output
    records = [json.loads(l) for l in result.output.splitlines() if l.strip()]
    assert len(records) == len(lines)
    by_line = dict(enumerate(records, start=1))
    for n in (1, 5, 6, 7):
        assert "turns" in by_line[n] and by_line[n]["turns"], by_line[n]
    assert len(by_line[7]["turns"]) == 2
    for n, ident in ((2, None), (3, None), (4, "number"), (8, "long")):
        assert by_line[n]["id"] == ident and by_line[n]["line"] == n and by_line[n]["error"], by_line[n]


def test_invalid_bytes_in_an_argument_do_not_crash_ask(index_copy):
    result = CliRunner().invoke(main, _args(index_copy, "ask", "--json", "burglary \udcff hotspots"))
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["status"]


def test_chat_goes_on_after_invalid_bytes_and_a_long_question(index_copy, questions):
    code = ("import sys; from assistant.cli import main; sys.argv = ['csa'] + sys.argv[1:]; main()")
    feed = b"burglary \xff\xfe hotspots\n" + b"y" * 5000 + b"\n" + questions[1].encode() + b"\n\n"
    out = subprocess.run([sys.executable, "-c", code, *_args(index_copy, "chat")], input=feed, cwd=ROOT,
                         capture_output=True, timeout=120, env=dict(os.environ, PYTHONIOENCODING="utf-8"))
    assert out.returncode == 0, out.stderr.decode(errors="replace")
    assert out.stdout.count(b"you> ") == 4, out.stdout[-500:]
    assert b"limit" in out.stderr and b"Traceback" not in out.stderr


# --- #10 full disk, read-only or impossible index folders ---------------------------------------------------------

def test_index_folder_under_a_file_is_a_typed_error(small_corpus, tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("a regular file where a folder should be")
    settings = Settings(corpus_dir=small_corpus, index_dir=blocker / "index")
    with pytest.raises(IndexUnwritable, match="cannot be written"):
        Assistant(settings).build()
    result = CliRunner().invoke(main, _args(settings, "build"))
    assert result.exit_code == 2 and result.output.startswith("error:") and "Traceback" not in result.output


def test_disk_full_while_writing_a_snapshot_leaves_nothing_behind(index_copy, monkeypatch, questions):
    from assistant.retrieval import store

    index_dir = Path(index_copy.index_dir)
    before = sorted(p.name for p in index_dir.iterdir())
    current = (index_dir / "CURRENT").read_text()
    real_replace = os.replace

    def full(src, dst, *a, **k):
        if Path(dst).name == "CURRENT":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_replace(src, dst, *a, **k)

    monkeypatch.setattr(store.os, "replace", full)
    with pytest.raises(IndexUnwritable, match="disk is full"):
        Assistant(index_copy).build(force=True)
    assert sorted(p.name for p in index_dir.iterdir()) == before, "no partial snapshot, temp folder or pointer"
    assert (index_dir / "CURRENT").read_text() == current
    monkeypatch.undo()
    assert Assistant(index_copy).ask(questions[0]).status


def test_disk_full_while_saving_the_embedding_cache_leaves_no_partial_file(index_copy, monkeypatch):
    from assistant.retrieval.embedder import EmbeddingCache

    cache_dir = Path(index_copy.index_dir) / "cache"
    (cache_dir / "embeddings-x.npy").unlink(missing_ok=True)
    before = sorted(p.name for p in cache_dir.iterdir())

    def full_save(file, arr, *a, **k):
        Path(file).write_bytes(b"\x93NUMPY partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(np, "save", full_save)
    cache = EmbeddingCache(cache_dir, "x")
    cache.put("k", np.ones(384, np.float32))
    with pytest.raises(IndexUnwritable):
        cache.save()
    assert sorted(p.name for p in cache_dir.iterdir()) == before
