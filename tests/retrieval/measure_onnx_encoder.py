"""Measure a cold build's embedding: onnxruntime on the ONNX export against sentence-transformers on torch.

Run from the repository root:
    .venv/bin/python tests/retrieval/measure_onnx_encoder.py [--runs 3] [--corpus corpus]

Both embed the same inputs (the bundled corpus's chunks, as the builder makes them), each run in a fresh
process that loads its engine and embeds everything; engines alternate run by run, because the machine may
be shared and its load drift. Prints each run and the medians of load and embedding seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

RUN = r"""
import json, os, sys, time
os.environ.setdefault("HF_HUB_OFFLINE", "1")
engine, inputs_file, onnx_file, threads = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
inputs = json.load(open(inputs_file))
t0 = time.perf_counter()
if engine == "ort":
    from assistant.retrieval.embedder import QueryEmbedder
    enc = QueryEmbedder(onnx_file, threads=threads)
else:
    import torch
    torch.set_num_threads(threads)
    from assistant.retrieval.embedder import BatchEmbedder
    enc = BatchEmbedder(batch_size=32)
t1 = time.perf_counter()
vecs = enc.encode(inputs)
t2 = time.perf_counter()
print(json.dumps({"load_s": t1 - t0, "embed_s": t2 - t1, "rows": len(vecs)}))
"""


def chunk_inputs(corpus: Path) -> list[str]:
    """The texts a cold build of this corpus embeds."""
    from assistant.builder import embedding_input
    from assistant.ingest import Chunker, scan_corpus
    from assistant.settings import Settings

    s = Settings(corpus_dir=corpus)
    scan = scan_corpus(corpus, s.max_file_mb, s.max_pdf_pages, s.require_manifest)
    chunker = Chunker(s.chunk_tokens, s.chunk_overlap_sentences, s.table_chunk_tokens)
    return [embedding_input(c) for d in scan.documents for c in chunker.chunk(d)]


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1, help="threads for both engines")
    args = parser.parse_args()

    from assistant.retrieval.embedder import model_fingerprint
    from assistant.retrieval.onnx_export import ensure_encoder

    work = Path(tempfile.mkdtemp(prefix="measure-onnx-"))
    inputs = chunk_inputs(args.corpus)
    (work / "inputs.json").write_text(json.dumps(inputs))
    onnx = ensure_encoder(work, model_fingerprint())
    print(f"{len(inputs)} chunks from {args.corpus}; {args.threads} thread(s) each; {args.runs} runs, alternating")
    results: dict[str, list[dict]] = {"st": [], "ort": []}
    env = dict(os.environ, PYTHONPATH=str(ROOT), HF_HUB_OFFLINE="1")
    for run in range(args.runs):
        for engine in ("st", "ort") if run % 2 == 0 else ("ort", "st"):
            proc = subprocess.run([sys.executable, "-c", RUN, engine, str(work / "inputs.json"), str(onnx),
                                   str(args.threads)], capture_output=True, text=True, env=env, check=True)
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            results[engine].append(r)
            print(f"run {run + 1} {engine:3s}: load {r['load_s']:.2f} s, embed {r['embed_s']:.2f} s "
                  f"({r['rows'] / r['embed_s']:.1f} chunks/s)")
    for engine, name in (("st", "sentence-transformers (torch)"), ("ort", "onnxruntime")):
        load = statistics.median(r["load_s"] for r in results[engine])
        embed = statistics.median(r["embed_s"] for r in results[engine])
        print(f"median {name}: load {load:.2f} s, embed {embed:.2f} s ({len(inputs) / embed:.1f} chunks/s)")


if __name__ == "__main__":
    main()
