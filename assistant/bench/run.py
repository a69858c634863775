"""`csa bench`: build, rebuild, add-a-document, cold and warm answers, the plain pipeline, embedding throughput.

Every build and every cold answer runs in a fresh process, timed from spawn to exit with the
kernel's peak RSS for that process. Nothing here touches the user's index: the benchmark builds
into a temporary folder and removes it.
"""

from __future__ import annotations

import importlib.util
import json
import os
import platform
import re
import shutil
import tempfile
import time
from pathlib import Path
from typing import Callable

from ..settings import Settings
from .measure import ChildRun, csa_command, python_child, run_child, summary
from .questions import load_questions, write_questions
from .report import render_bench
from .synthetic import add_document

Say = Callable[[str], None]

# The aims, checked against the medians.
AIM_WARM_MEDIAN_MS = 50.0
AIM_COLD_ASK_S = 3.0
AIM_REBUILD_SHARE = 0.05


def _quiet(_: str) -> None:
    pass


def _json_tail(run: ChildRun) -> dict:
    for line in reversed(run.stdout.strip().splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    raise RuntimeError(f"no JSON in output:\n{run.stdout[-2000:]}\n{run.stderr[-2000:]}")


def _phase(runs: list[ChildRun], **extra) -> dict:
    return {"seconds": summary([r.seconds for r in runs]), "peak_rss_mb": summary([r.peak_rss_mb for r in runs], 1),
            "runs": [{"seconds": round(r.seconds, 3), "peak_rss_mb": round(r.peak_rss_mb, 1)} for r in runs], **extra}


_EMBEDDED = re.compile(r"(\d+) embedded, (\d+) from cache")


def _embedded(run: ChildRun) -> dict:
    m = _EMBEDDED.search(run.stdout + run.stderr)
    return {"embedded": int(m.group(1)), "from_cache": int(m.group(2))} if m else {}


def _build(corpus: Path, index: Path, *extra: str) -> ChildRun:
    return run_child([*csa_command(), "build", "--corpus", str(corpus), "--index", str(index), *extra]).check(f"csa build {index}")


def _copy_corpus(src: Path, dst: Path) -> Path:
    dst.mkdir(parents=True)
    for p in src.iterdir():
        if p.is_file():
            shutil.copy2(p, dst / p.name)
    return dst


def machine_info() -> dict:
    """What the figures were measured on."""
    from importlib.metadata import PackageNotFoundError, version

    cpu = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    for pkg in ("torch", "sentence-transformers", "faiss-cpu", "numpy", "llama-index-core", "bm25s"):
        try:
            versions[pkg] = version(pkg)
        except PackageNotFoundError:
            versions[pkg] = None
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
            "load_average_start": list(os.getloadavg()), "versions": versions}


def _stamp(index: Path) -> dict:
    from ..retrieval.store import read_stamp

    return read_stamp(index)


# ---------------------------------------------------------------------------------------- phases
def _ours(corpus: Path, work: Path, runs: int, questions: list[str], qfile: Path, say: Say) -> tuple[dict, Path]:
    res: dict = {}
    cold = []
    for r in range(runs):
        say(f"cold build {r + 1}/{runs}")
        index = work / f"cold-{r}"
        cold.append(_build(corpus, index))
    main_index = work / f"cold-{runs - 1}"
    stamp = _stamp(main_index)
    res["corpus"] = {"documents": stamp["documents"], "chunks": stamp["chunks"], "tables": stamp.get("tables", 0)}
    res["cold_build"] = _phase(cold, **_embedded(cold[-1]))

    rebuild = []
    for r in range(runs):
        say(f"rebuild with cache {r + 1}/{runs}")
        rebuild.append(_build(corpus, main_index))
    res["rebuild"] = _phase(rebuild, **_embedded(rebuild[-1]))

    forced = []
    for r in range(runs):
        say(f"forced rebuild with cache {r + 1}/{runs}")
        forced.append(_build(corpus, main_index, "--force"))
    res["rebuild_forced"] = _phase(forced, **_embedded(forced[-1]))

    added = []
    for r in range(runs):
        say(f"add one document {r + 1}/{runs}")
        plus = _copy_corpus(corpus, work / f"corpus-plus-{r}")
        add_document(plus, seed=r + 1)
        index = work / f"add-{r}"
        shutil.copytree(main_index / "cache", index / "cache")
        added.append(_build(plus, index))
    res["add_document"] = _phase(added, **_embedded(added[-1]))

    asks = []
    for r in range(runs):
        say(f"cold ask {r + 1}/{runs}")
        run = run_child([*csa_command(), "ask", "--json", questions[0], "--corpus", str(corpus),
                         "--index", str(main_index)]).check("csa ask")
        json.loads(run.stdout.strip().splitlines()[-1])  # the answer must be well-formed
        asks.append(run)
    res["cold_ask"] = _phase(asks, question=questions[0])

    for mode in ("default", "single"):
        say(f"warm answers ({len(questions)} questions, {mode} threads)")
        out = _json_tail(python_child("assistant.bench.workers", "warm", main_index, corpus, qfile, mode).check("warm"))
        res[f"warm_{mode}"] = {
            "ms": summary(out["times_ms"], 2), "retrieve_ms": summary(out["retrieve_ms"], 2),
            "load_s": round(out["load_s"], 3), "rss_after_load_mb": round(out["rss_after_load_mb"], 1),
            "statuses": out["statuses"], "components_ms": out["components_ms"],
        }
    return res, main_index


def baseline_available() -> tuple[bool, str]:
    """Whether the plain llama-index pipeline's packages (FAISS store, Hugging Face embedding) are installed."""
    for module in ("llama_index.vector_stores.faiss", "llama_index.embeddings.huggingface"):
        try:
            found = importlib.util.find_spec(module) is not None
        except (ImportError, ValueError) as exc:
            return False, f"{module} cannot be found ({exc})"
        if not found:
            return False, f"{module} is not installed"
    return True, ""


def _baseline(corpus: Path, runs: int, questions: list[str], qfile: Path, say: Say) -> dict:
    ok, why = baseline_available()
    if not ok:
        return {"available": False, "reason": f"baseline unavailable: {why}"}
    try:
        builds, asks, parts = [], [], []
        for r in range(runs):
            say(f"baseline cold build {r + 1}/{runs}")
            builds.append(python_child("assistant.bench.workers", "baseline-build", corpus).check("baseline build"))
        for r in range(runs):
            say(f"baseline cold ask {r + 1}/{runs}")
            run = python_child("assistant.bench.workers", "baseline-ask", corpus, questions[0]).check("baseline ask")
            asks.append(run)
            parts.append(_json_tail(run))
        say(f"baseline warm answers ({len(questions)} questions)")
        warm = _json_tail(python_child("assistant.bench.workers", "baseline-warm", corpus, qfile).check("baseline warm"))
    except RuntimeError as exc:
        return {"available": False, "reason": f"baseline failed: {exc}"}
    # It keeps no index between processes, so a cold question includes its build; without the
    # build (as if it had persisted its index) a cold question still pays process start, imports
    # and the model load, which bounds it from below.
    lower = [r.seconds - p["build_s"] for r, p in zip(asks, parts)]
    return {
        "available": True,
        "cold_build": _phase(builds),
        "cold_ask": _phase(asks, question=questions[0], without_build_s=summary(lower)),
        "warm": {"ms": summary(warm["times_ms"], 2), "rss_mb": round(warm["rss_mb"], 1)},
    }


def _ratios(ours: dict, base: dict) -> dict:
    if not base.get("available"):
        return {}

    def r(a: float, b: float) -> float:
        return round(a / b, 4) if b else float("nan")

    bb = base["cold_build"]["seconds"]["median"]
    return {
        "cold_build": r(ours["cold_build"]["seconds"]["median"], bb),
        "cold_build_peak_rss": r(ours["cold_build"]["peak_rss_mb"]["median"], base["cold_build"]["peak_rss_mb"]["median"]),
        "rebuild_vs_baseline_build": r(ours["rebuild"]["seconds"]["median"], bb),
        "rebuild_forced_vs_baseline_build": r(ours["rebuild_forced"]["seconds"]["median"], bb),
        "add_document_vs_baseline_build": r(ours["add_document"]["seconds"]["median"], bb),
        "cold_ask": r(ours["cold_ask"]["seconds"]["median"], base["cold_ask"]["seconds"]["median"]),
        "cold_ask_vs_baseline_without_build": r(ours["cold_ask"]["seconds"]["median"],
                                                base["cold_ask"]["without_build_s"]["median"]),
        "warm_median": r(ours["warm_default"]["ms"]["median"], base["warm"]["ms"]["median"]),
        "warm_p95": r(ours["warm_default"]["ms"].get("p95", float("nan")), base["warm"]["ms"].get("p95", float("nan"))),
    }


def embedding_throughput(index: Path, batch_size: int = 32, sample: int | None = None, questions: list[str] = ()) -> dict:
    """Chunks per second of the build embedder (onnxruntime) against the floor the model's arithmetic sets on this CPU.

    Also embeds the same chunks with sentence-transformers on torch, for its rate and to check that the two give
    the same vectors (chunks and questions).
    """
    import os

    import numpy as np

    from ..builder import embedding_input
    from ..retrieval.embedder import BatchEmbedder, load_query_embedder
    from ..retrieval.store import load_snapshot
    from .flops import ModelShape, corpus_flops, gemm_rates

    inputs = [embedding_input(c) for c in load_snapshot(index).chunks]
    if sample and len(inputs) > sample:
        step = len(inputs) / sample
        inputs = [inputs[int(i * step)] for i in range(sample)]
    threads = os.cpu_count() or 1
    onnx = load_query_embedder(index, threads=threads, batch_size=batch_size)  # as the builder embeds
    lengths = [len(e.ids) for e in onnx.encoder.tokenize(inputs)]
    shape = ModelShape.of()
    fl = corpus_flops(lengths, shape, batch_size)
    onnx.encode(inputs[:batch_size])  # warm up
    t = time.perf_counter()
    vecs = onnx.encode(inputs)
    seconds = time.perf_counter() - t
    reference = BatchEmbedder(batch_size=batch_size)
    reference.encode(inputs[:batch_size])
    t = time.perf_counter()
    ref_vecs = reference.encode(inputs)
    torch_s = time.perf_counter() - t
    rates = gemm_rates()
    peak = rates["peak_gflops"] * 1e9
    achieved = fl["flops"] / seconds
    probe_q = list(questions[:50])
    a = np.vstack([vecs, onnx.encode(probe_q)]) if probe_q else vecs
    b = np.vstack([ref_vecs, reference.encode(probe_q)]) if probe_q else ref_vecs
    cos = np.sum(a * b, axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))
    return {
        "chunks": len(inputs), "tokens": int(fl["tokens"]), "mean_tokens": round(fl["tokens"] / max(1, len(inputs)), 1),
        "seconds": round(seconds, 3), "chunks_per_s": round(len(inputs) / seconds, 2), "threads": threads,
        "tokens_per_s": round(fl["tokens"] / seconds, 1),
        "model": {"layers": shape.layers, "hidden": shape.hidden, "ffn": shape.ffn, "max_seq": shape.max_seq},
        "gflop_per_chunk": round(fl["flops"] / max(1, len(inputs)) / 1e9, 3),
        "padding_overhead": round(fl["padded_flops"] / fl["flops"] - 1, 4),
        "gemm": {k: round(v, 1) for k, v in rates.items()},
        "achieved_gflops": round(achieved / 1e9, 1),
        "share_of_peak": round(achieved / peak, 3),
        "floor_seconds": round(fl["flops"] / peak, 3),
        "ceiling_chunks_per_s": round(len(inputs) / (fl["flops"] / peak), 2),
        "torch_seconds": round(torch_s, 3), "torch_chunks_per_s": round(len(inputs) / torch_s, 2),
        "parity": {"texts": int(len(a)), "min_cosine": float(cos.min()), "max_abs_diff": float(np.abs(a - b).max())},
    }


def _aims(ours: dict, base: dict, ratios: dict) -> list[dict]:
    warm = ours["warm_default"]["ms"]["median"]
    single = ours["warm_single"]["ms"]["median"]
    aims = [
        {"aim": "warm median under 50 ms", "measured": f"{warm:.1f} ms (single-threaded query path: {single:.1f} ms)",
         "met": warm < AIM_WARM_MEDIAN_MS},
        {"aim": "cold `csa ask` under 3 s", "measured": f"{ours['cold_ask']['seconds']['median']:.2f} s",
         "met": ours["cold_ask"]["seconds"]["median"] < AIM_COLD_ASK_S},
    ]
    if ratios:
        aims += [
            {"aim": "cold build no slower than the plain pipeline", "measured": f"{ratios['cold_build']:.2f}x",
             "met": ratios["cold_build"] <= 1.0},
            {"aim": "rebuild under 5% of the plain pipeline's build", "measured": f"{ratios['rebuild_vs_baseline_build']:.1%}",
             "met": ratios["rebuild_vs_baseline_build"] < AIM_REBUILD_SHARE},
        ]
    else:
        aims += [{"aim": a, "measured": base.get("reason", "baseline unavailable"), "met": None}
                 for a in ("cold build no slower than the plain pipeline", "rebuild under 5% of the plain pipeline's build")]
    return aims


def run_bench(settings: Settings | None = None, out_dir: str | Path = "bench", runs: int = 3, quick: bool = False,
              questions: list[str] | None = None, baseline: bool = True, say: Say | None = None) -> dict:
    """Measure the assistant (and the plain llama-index pipeline) on settings.corpus_dir; write bench.md and bench.json.

    quick: one run of each, at most 20 questions, embedding throughput on a 128-chunk sample.
    Returns the report as a dict (what bench.json holds).
    """
    settings = settings or Settings()
    say = say or _quiet
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    if quick:
        runs = 1
    corpus = Path(settings.corpus_dir).resolve()
    qs = list(questions) if questions else load_questions(limit=20 if quick else None)
    started = time.perf_counter()
    report: dict = {"when": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "machine": machine_info(),
                    "corpus_dir": str(corpus), "runs": runs, "quick": quick, "questions": len(qs)}
    with tempfile.TemporaryDirectory(prefix="csa-bench-") as tmp:
        work = Path(tmp)
        qfile = write_questions(qs, work / "questions.jsonl")
        ours, main_index = _ours(corpus, work, runs, qs, qfile, say)
        base = _baseline(corpus, runs, qs, qfile, say) if baseline else {"available": False, "reason": "not requested"}
        say("embedding throughput")
        ours["embedding"] = embedding_throughput(main_index, settings.embed_batch_size, 128 if quick else None, qs)
    ratios = _ratios(ours, base)
    report.update({"assistant": ours, "baseline": base, "ratios": ratios, "aims": _aims(ours, base, ratios)})
    report["machine"]["load_average_end"] = list(os.getloadavg())
    report["seconds"] = round(time.perf_counter() - started, 1)
    (out / "bench.json").write_text(json.dumps(report, indent=2))
    (out / "bench.md").write_text(render_bench(report))
    return report
