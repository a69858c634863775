"""Concurrent questions give the answers sequential ones do; concurrent or killed builds never mix an index."""

from __future__ import annotations

import json
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from filelock import FileLock

from assistant.bench.measure import child_env
from assistant.bench.synthetic import add_document
from assistant.errors import IndexLocked
from assistant.retrieval.store import load_snapshot, read_stamp
from assistant.service import Assistant
from assistant.settings import Settings

THREADS = 4


def _build_cmd(settings: Settings) -> list[str]:
    return [sys.executable, "-m", "assistant.cli", "build", "--corpus", str(settings.corpus_dir),
            "--index", str(settings.index_dir)]


def _assert_consistent(index_dir: Path) -> None:
    """One complete snapshot whose stamp, documents, chunks and vectors agree; no leftovers."""
    snap = load_snapshot(index_dir)
    stamp = read_stamp(index_dir)
    assert snap.extras["faiss"].ntotal == len(snap.chunks) == stamp["chunks"]
    assert len(snap.documents) == stamp["documents"]
    assert {c.doc_id for c in snap.chunks} <= set(snap.documents)
    for c in snap.chunks:
        assert snap.documents[c.doc_id].text[c.start : c.end] == c.text
    assert len(list(index_dir.glob("snapshot-*"))) == 1
    assert not list(index_dir.glob(".tmp-*"))


def test_threads_answer_as_one_at_a_time(small_corpus, built_index, questions, reference_answers, answer_key):
    assistant = Assistant(Settings(corpus_dir=small_corpus, index_dir=built_index))
    assistant.load()
    work = [q for q in questions for _ in range(3)]
    random.Random(0).shuffle(work)
    with ThreadPoolExecutor(THREADS) as pool:
        got = list(pool.map(lambda q: (q, answer_key(assistant.ask(q))), work))
    for q, answer in got:
        assert answer == reference_answers[q], q


def test_first_questions_race_to_load_once(small_corpus, built_index, questions, reference_answers, answer_key,
                                           monkeypatch):
    import assistant.service as service

    loads = []
    real = service.load_snapshot

    def counting(index_dir):
        loads.append(threading.get_ident())
        time.sleep(0.2)  # widen the window in which the other threads arrive
        return real(index_dir)

    monkeypatch.setattr(service, "load_snapshot", counting)
    assistant = Assistant(Settings(corpus_dir=small_corpus, index_dir=built_index))
    barrier = threading.Barrier(THREADS)

    def first_question(q):
        barrier.wait()
        return q, answer_key(assistant.ask(q))

    with ThreadPoolExecutor(THREADS) as pool:
        got = list(pool.map(first_question, questions[:THREADS]))
    assert len(loads) == 1, "the index should be loaded once, however many sessions ask first"
    for q, answer in got:
        assert answer == reference_answers[q]


def test_conversations_in_threads_keep_their_own_turns(small_corpus, built_index, answer_key):
    assistant = Assistant(Settings(corpus_dir=small_corpus, index_dir=built_index))
    scripts = [
        ["Which wards have the highest anti-social behaviour rates?", "and domestic abuse?"],
        ["Where are the residential burglary hotspots?", "what is recommended for it?"],
        ["What are the community safety priorities?", "which places are at greatest risk?"],
        ["How safe do residents feel after dark?", "and during the day?"],
    ]

    def run(script):
        conv = assistant.conversation()
        return [answer_key(conv.ask(t)) for t in script]

    sequential = [run(s) for s in scripts]
    with ThreadPoolExecutor(THREADS) as pool:
        concurrent = list(pool.map(run, scripts * 2))
    assert concurrent == sequential * 2


def test_build_while_locked_fails_clearly(index_copy):
    lock = FileLock(str(Path(index_copy.index_dir) / ".build.lock"))
    with lock:
        proc = subprocess.run(_build_cmd(index_copy), capture_output=True, text=True, env=child_env(), timeout=300)
    assert proc.returncode == 2, proc.stderr
    assert "another build" in proc.stderr and "Traceback" not in proc.stderr
    _assert_consistent(Path(index_copy.index_dir))


def test_build_waits_for_the_lock_when_asked(index_copy, monkeypatch):
    import assistant.builder as builder

    trying = threading.Event()

    class WatchedLock(FileLock):
        """The builder's lock, telling the test when the build has started to wait for it."""

        def acquire(self, *args, **kwargs):
            trying.set()
            return super().acquire(*args, **kwargs)

    monkeypatch.setattr(builder, "FileLock", WatchedLock)
    lock = FileLock(str(Path(index_copy.index_dir) / ".build.lock"))
    lock.acquire()
    result: dict = {}

    def build():
        try:
            result["report"] = Assistant(index_copy).build(lock_timeout=120)
        except Exception as exc:  # noqa: BLE001 - reported below
            result["error"] = exc

    t = threading.Thread(target=build)
    t.start()
    assert trying.wait(120), "the build never asked for the lock"
    t.join(0.5)  # it has asked: it must still be waiting, however fast or slow the machine
    assert t.is_alive(), f"the build should be waiting for the lock: {result}"
    lock.release()
    t.join(120)
    assert "report" in result, result
    with pytest.raises(IndexLocked):
        with FileLock(str(Path(index_copy.index_dir) / ".build.lock")):
            Assistant(index_copy).build(lock_timeout=0)
    _assert_consistent(Path(index_copy.index_dir))


def test_two_processes_building_at_once(index_copy, questions, reference_answers, answer_key):
    env = child_env()
    procs = [subprocess.Popen(_build_cmd(index_copy), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for _ in range(2)]
    outcomes = [(p.wait(300), p.stderr.read()) for p in procs]
    for code, err in outcomes:
        assert code == 0 or (code == 2 and "another build" in err), (code, err)
        assert "Traceback" not in err, err
    assert any(code == 0 for code, _ in outcomes)
    _assert_consistent(Path(index_copy.index_dir))
    fresh = Assistant(index_copy)
    for q in questions:
        assert answer_key(fresh.ask(q)) == reference_answers[q]


@pytest.mark.parametrize("delay", [0.5, 1.5, 2.5])
def test_killed_build_leaves_the_previous_index(index_copy, tmp_path, questions, reference_answers, answer_key, delay):
    corpus = tmp_path / "corpus"
    shutil.copytree(index_copy.corpus_dir, corpus)
    add_document(corpus, seed=3)  # new chunks to embed, so the build is still running when killed
    settings = Settings(corpus_dir=corpus, index_dir=index_copy.index_dir)
    proc = subprocess.Popen(_build_cmd(settings), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=child_env())
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(60)
    if proc.returncode == -signal.SIGKILL:
        old = Assistant(settings)
        for q in questions:
            assert answer_key(old.ask(q)) == reference_answers[q], "the previous snapshot must still answer"
    else:  # a fast machine finished first: then the new index must be whole
        assert proc.returncode == 0
        _assert_consistent(Path(index_copy.index_dir))
    report = Assistant(settings).build(lock_timeout=0)  # the dead build's lock is gone with it
    assert len(report.indexed) == 3
    _assert_consistent(Path(index_copy.index_dir))
    stamp = json.loads((load_snapshot(Path(index_copy.index_dir)).folder / "stamp.json").read_text())
    assert stamp["documents"] == 3
