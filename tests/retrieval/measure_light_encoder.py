"""Measure LightEncoder (numpy) against sentence-transformers (torch) on the bundled model.

Not a test: run it by hand.

    .venv/bin/python tests/retrieval/measure_light_encoder.py [--runs 5] [--passages 200]

Prints the median of ``--runs`` runs of:
  (a) a fresh process importing, loading and embedding one query with LightEncoder,
  (b) the same with sentence-transformers,
  (c) warm single-query latency of both,
  (d) throughput (chunks/s) embedding ``--passages`` passages of ~200 tokens with both
      (LightEncoder also with ``blas_threads=None``, i.e. numpy's default BLAS threading),
and how closely the two agree on those passages. Every measurement runs in its own child
process so the two runtimes never share a process (torch's thread pool would skew numpy).
The machine's load average is printed too: other busy processes inflate every number.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CORPUS = PROJECT_ROOT / "corpus"
QUERY = "How did knife crime and anti-social behaviour change in Tamworth between 2019 and 2021?"
QUERIES = [
    QUERY,
    "domestic abuse priorities",
    "What does the Staffordshire community safety agreement say about serious violence?",
    "£ spent on youth diversion schemes",
    "Cannock Chase 2023 hate crime figures",
]

COLD_LIGHT = """
import json, sys, time
t0 = time.perf_counter()
from assistant.retrieval.light_encoder import LightEncoder
t1 = time.perf_counter()
enc = LightEncoder.load()
t2 = time.perf_counter()
vec = enc.encode([sys.argv[1]])
t3 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "load": t2 - t1, "encode": t3 - t2, "total": t3 - t0}))
"""

COLD_ST = """
import json, sys, time
t0 = time.perf_counter()
from sentence_transformers import SentenceTransformer
from assistant.retrieval.light_encoder import bundled_model_path
t1 = time.perf_counter()
model = SentenceTransformer(str(bundled_model_path()), device="cpu")
t2 = time.perf_counter()
vec = model.encode([sys.argv[1]], normalize_embeddings=True)
t3 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "load": t2 - t1, "encode": t3 - t2, "total": t3 - t0}))
"""

# Warm measurements. argv: engine, runs, passages.json, out.npy
WARM = """
import json, statistics, sys, time
import numpy as np
engine, runs, passages_file, out_file = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
queries = json.loads(sys.argv[5])
passages = json.load(open(passages_file, encoding="utf-8"))
if engine.startswith("light"):
    from assistant.retrieval.light_encoder import LightEncoder
    enc = LightEncoder.load(blas_threads=None if engine == "light-mt" else 1)
    encode = lambda texts: enc.encode(texts)
else:
    from sentence_transformers import SentenceTransformer
    from assistant.retrieval.light_encoder import bundled_model_path
    model = SentenceTransformer(str(bundled_model_path()), device="cpu")
    encode = lambda texts: model.encode(texts, batch_size=32, normalize_embeddings=True)

for q in queries * 2:  # warm-up
    encode([q])
query_ms = []
for _ in range(runs):
    t = time.perf_counter()
    n = 0
    for _ in range(4):
        for q in queries:
            encode([q])
            n += 1
    query_ms.append((time.perf_counter() - t) / n * 1000)

encode(passages[:32])  # warm-up
rates = []
vecs = None
for _ in range(runs):
    t = time.perf_counter()
    vecs = encode(passages)
    rates.append(len(passages) / (time.perf_counter() - t))
np.save(out_file, np.asarray(vecs, dtype=np.float32))
print(json.dumps({"query_ms": query_ms, "chunks_per_s": rates}))
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["HF_HUB_OFFLINE"] = "1"
    env.setdefault("TOKENIZERS_PARALLELISM", "false")
    return env


def _run(code: str, *args: str) -> tuple[dict, float]:
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        capture_output=True,
        text=True,
        env=_env(),
        cwd=PROJECT_ROOT,
        timeout=1800,
    )
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"child failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1]), wall


def _passages(count: int) -> list[str]:
    """~200-token windows of the bundled corpus (190-210 tokens incl. [CLS]/[SEP])."""
    from tokenizers import Tokenizer

    from assistant.retrieval.light_encoder import bundled_model_path

    tok = Tokenizer.from_file(str(bundled_model_path() / "tokenizer.json"))
    tok.no_truncation()
    tok.no_padding()
    docs = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")) if p.name != "README.md"]
    if not docs:
        docs = ["The partnership recorded 1,234 incidents of anti-social behaviour in 2023–24. " * 400]
    out: list[str] = []
    sizes = [188, 193, 198, 203, 208]
    while len(out) < count:
        for text in docs:
            offsets = tok.encode(text, add_special_tokens=False).offsets
            i = 0
            while i < len(offsets) and len(out) < count:
                size = sizes[len(out) % len(sizes)]
                j = min(i + size, len(offsets))
                if j - i < 150:
                    break
                out.append(text[offsets[i][0] : offsets[j - 1][1]])
                i = j
            if len(out) >= count:
                break
    return out


def _med(values: list[float]) -> float:
    return statistics.median(values)


def _loadavg() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--passages", type=int, default=200)
    args = parser.parse_args()

    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average at start: {_loadavg()}")
    print(f"OPENBLAS_CORETYPE={os.environ.get('OPENBLAS_CORETYPE', '')!r}")

    print(f"\n(a/b) fresh process: import + load + encode one query (median of {args.runs})")
    for name, code in (("LightEncoder", COLD_LIGHT), ("sentence-transformers", COLD_ST)):
        phases: dict[str, list[float]] = {"import": [], "load": [], "encode": [], "total": []}
        walls = []
        for _ in range(args.runs):
            result, wall = _run(code, QUERY)
            for key in phases:
                phases[key].append(result[key])
            walls.append(wall)
        print(
            f"  {name:22s} wall {_med(walls):6.2f} s  (in-process {_med(phases['total']):5.2f} s: "
            f"import {_med(phases['import']):.2f}, load {_med(phases['load']):.2f}, "
            f"encode {_med(phases['encode']):.3f}; runs: {', '.join(f'{w:.2f}' for w in walls)})"
        )

    passages = _passages(args.passages)
    from tokenizers import Tokenizer

    from assistant.retrieval.light_encoder import bundled_model_path

    tok = Tokenizer.from_file(str(bundled_model_path() / "tokenizer.json"))
    tok.no_truncation()
    tok.no_padding()
    lengths = [len(e.ids) for e in tok.encode_batch(passages)]
    print(
        f"\n(c/d) warm, {len(passages)} passages of {min(lengths)}-{max(lengths)} tokens "
        f"(mean {statistics.mean(lengths):.0f}), batch 32, median of {args.runs}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        pfile = Path(tmp) / "passages.json"
        pfile.write_text(json.dumps(passages), encoding="utf-8")
        vectors = {}
        engines = (
            ("light", "LightEncoder"),
            ("light-mt", "LightEncoder blas=None"),
            ("st", "sentence-transformers"),
        )
        for engine, name in engines:
            out = Path(tmp) / f"{engine}.npy"
            result, _ = _run(WARM, engine, str(args.runs), str(pfile), str(out), json.dumps(QUERIES))
            print(
                f"  {name:22s} single query {_med(result['query_ms']):6.2f} ms   "
                f"throughput {_med(result['chunks_per_s']):6.1f} chunks/s "
                f"(runs: {', '.join(f'{r:.1f}' for r in result['chunks_per_s'])})"
            )
            import numpy as np

            vectors[engine] = np.load(out)
    a, b = vectors["light"], vectors["st"]
    cos = (a * b).sum(axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))
    print(f"\nagreement on the passages: min cosine {cos.min():.8f}, max abs diff {np.abs(a - b).max():.2e}")
    print(f"load average at end: {_loadavg()}")


if __name__ == "__main__":
    main()
