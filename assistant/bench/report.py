"""Markdown for the benchmark and scale reports."""

from __future__ import annotations


def _mmm(s: dict, unit: str = "", digits: int = 2) -> str:
    if not s or not s.get("n"):
        return "n/a"
    core = f"{s['median']:.{digits}f}{unit}"
    if s["n"] > 1:
        core += f" ({s['min']:.{digits}f}–{s['max']:.{digits}f})"
    return core


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return lines


def render_bench(r: dict) -> str:
    """The benchmark report as Markdown."""
    m = r["machine"]
    a = r["assistant"]
    b = r["baseline"]
    x = r["ratios"]
    lines = [
        "# csa bench",
        "",
        f"{r['when']} on {m['cpu']} ({m['cores']} cores), Python {m['python']}; load average "
        f"{m['load_average_start'][0]:.2f} at the start and {m['load_average_end'][0]:.2f} at the end "
        "(above the core count, other work was competing and the figures are pessimistic).",
        f"Corpus: {r['corpus_dir']} ({a['corpus']['documents']} documents, {a['corpus']['chunks']} chunks). "
        f"Each figure is the median of {r['runs']} run(s), with (min–max); builds and cold answers run in a fresh "
        f"process, timed from spawn to exit, with that process's peak RSS. Warm answers: {r['questions']} questions. "
        f"Total time {r['seconds']:.0f} s.",
        "",
        "## Aims",
        "",
    ]
    lines += _table(["aim", "measured", "met"],
                    [[i["aim"], i["measured"], {True: "yes", False: "**no**", None: "not measured"}[i["met"]]] for i in r["aims"]])
    rows = [
        ["cold build (no cached embeddings)", _mmm(a["cold_build"]["seconds"], " s"), _mmm(a["cold_build"]["peak_rss_mb"], " MB", 0),
         _mmm(b["cold_build"]["seconds"], " s") if b.get("available") else "—", x.get("cold_build", "—")],
        ["rebuild, unchanged corpus (cache)", _mmm(a["rebuild"]["seconds"], " s"), _mmm(a["rebuild"]["peak_rss_mb"], " MB", 0),
         "—", x.get("rebuild_vs_baseline_build", "—")],
        ["rebuild --force: re-parse, re-chunk, tables; embeddings from cache", _mmm(a["rebuild_forced"]["seconds"], " s"),
         _mmm(a["rebuild_forced"]["peak_rss_mb"], " MB", 0), "—", x.get("rebuild_forced_vs_baseline_build", "—")],
        ["add one document (cache)", _mmm(a["add_document"]["seconds"], " s"), _mmm(a["add_document"]["peak_rss_mb"], " MB", 0),
         "—", x.get("add_document_vs_baseline_build", "—")],
        ["cold `csa ask` (fresh process)", _mmm(a["cold_ask"]["seconds"], " s"), _mmm(a["cold_ask"]["peak_rss_mb"], " MB", 0),
         _mmm(b["cold_ask"]["seconds"], " s") if b.get("available") else "—", x.get("cold_ask", "—")],
    ]
    lines += ["", "## Build and cold answers", ""]
    lines += _table(["", "assistant", "peak RSS", "plain llama-index", "ratio"], rows)
    if b.get("available"):
        lines += ["", f"The plain pipeline keeps no index between processes, so its cold answer includes its build; "
                  f"without the build (as if it had persisted its index) it would still take "
                  f"{_mmm(b['cold_ask']['without_build_s'], ' s')} for process start, imports and the model load "
                  f"(ratio {x['cold_ask_vs_baseline_without_build']}). Rebuild and add-a-document ratios are against "
                  "the plain pipeline's cold build, since it has no cache."]
    else:
        lines += ["", f"Plain llama-index pipeline: {b.get('reason')}."]
    lines += [f"", f"Embeddings computed: cold build {a['cold_build'].get('embedded', '?')}, rebuild "
              f"{a['rebuild'].get('embedded', '?')}, add one document {a['add_document'].get('embedded', '?')}."]
    lines += ["", "## Warm answers (one loaded assistant)", ""]
    wrow = []
    for key, label in (("warm_default", "assistant, default BLAS/OpenMP threads"),
                       ("warm_single", "assistant, single-threaded query path")):
        w = a[key]
        wrow.append([label, f"{w['ms']['median']:.1f}", f"{w['ms'].get('p95', float('nan')):.1f}",
                     f"{w['ms']['min']:.1f}–{w['ms']['max']:.1f}", f"{w['retrieve_ms']['median']:.1f}"])
    if b.get("available"):
        w = b["warm"]["ms"]
        wrow.append(["plain llama-index", f"{w['median']:.1f}", f"{w.get('p95', float('nan')):.1f}",
                     f"{w['min']:.1f}–{w['max']:.1f}", "—"])
    lines += _table(["", "median ms", "p95 ms", "min–max ms", "retrieval median ms"], wrow)
    c = a["warm_default"]["components_ms"]
    lines += ["", "Median ms per retrieval stage: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in c.items()) + ".",
              f"Index load {a['warm_default']['load_s']:.2f} s; RSS after load {a['warm_default']['rss_after_load_mb']:.0f} MB. "
              f"Statuses: {a['warm_default']['statuses']}."]
    e = a["embedding"]
    g = e["gemm"]
    lines += [
        "", "## Embedding throughput against the arithmetic floor", "",
        f"{e['chunks']} chunks ({e['mean_tokens']} word-piece tokens on average) embedded by onnxruntime (the build "
        f"embedder, {e.get('threads', '?')} threads) in {e['seconds']:.1f} s: **{e['chunks_per_s']:.1f} chunks/s** "
        f"({e['tokens_per_s']:.0f} tokens/s).",
        f"The model ({e['model']['layers']} layers, hidden {e['model']['hidden']}, feed-forward {e['model']['ffn']}) costs "
        f"2·(4d² + 2d·f + 2L·d) FLOPs per token and layer, {e['gflop_per_chunk']:.2f} GFLOP per chunk here "
        f"(length-sorted batches add {e['padding_overhead']:.1%} padding).",
        f"Measured float32 matrix multiply (2048², best of 5): numpy {g['numpy_gflops']:.0f} GFLOP/s, torch "
        f"{g.get('torch_gflops', float('nan')):.0f} GFLOP/s on {g.get('torch_threads', float('nan')):.0f} threads.",
        f"Achieved {e['achieved_gflops']:.0f} GFLOP/s = **{e['share_of_peak']:.0%} of peak**; the floor for these chunks is "
        f"{e['floor_seconds']:.1f} s ({e['ceiling_chunks_per_s']:.1f} chunks/s at best).",
        f"sentence-transformers on torch embeds the same chunks at {e['torch_chunks_per_s']:.1f} chunks/s. Over "
        f"{e['parity']['texts']} texts (chunks and questions) onnxruntime's vectors match sentence-transformers' to "
        f"cosine ≥ {e['parity']['min_cosine']:.6f}, max |Δ| {e['parity']['max_abs_diff']:.1e}.",
    ]
    return "\n".join(lines) + "\n"


def render_scale(r: dict) -> str:
    """The scale measurements as Markdown tables."""
    na = "—"
    lines = ["| documents | chunks | text MB | parse+chunk s | build s (no embedding) | est. embedding s | build peak RSS MB | "
             "index MB | load s | RSS loaded MB | cold ask s | warm median ms | warm p95 ms |",
             "|" + "---|" * 13]
    for s in r["sizes"]:
        row = [f"{s['documents']:,}", f"{s['chunks']:,}", f"{s['chars'] / 2**20:.0f}", f"{s['parse_s'] + s['chunk_s']:.1f}"]
        if s.get("built", True):
            w = s["warm"]
            row += [f"{s['build_s']:.1f}", f"{s['embed_estimate_s']:,.0f}", f"{s['build_peak_rss_mb']:.0f}",
                    f"{s['index_mb']['total']:.0f}", f"{w['load_s']:.2f}", f"{w['rss_after_load_mb']:.0f}",
                    f"{s['cold_ask_s']:.2f}", f"{w['ms']['median']:.1f}", f"{w['ms'].get('p95', float('nan')):.1f}"]
        else:
            row += [na, f"{s['embed_estimate_s']:,.0f}", f"{s['parse_chunk_peak_rss_mb']:.0f} (parse+chunk)"] + [na] * 6
        lines.append("| " + " | ".join(row) + " |")
    lines += ["", "Median ms of each retrieval stage (one thread), and of ranking BM25 scores:", "",
              "| documents | chunks | embed query | FAISS search | BM25 scores | filtered retrieve | argsort (today) | argpartition |",
              "|---|---|---|---|---|---|---|---|"]
    for s in r["sizes"]:
        c = s["warm"]["components_ms"] if s.get("built", True) else {}
        g = s.get("ranking", {})
        cells = [c.get(k) for k in ("embed_query", "faiss_search", "bm25_scores", "filtered_retrieve")]
        lines.append(f"| {s['documents']:,} | {s['chunks']:,} | " + " | ".join(na if v is None else f"{v:.2f}" for v in cells)
                     + f" | {g.get('argsort_ms', float('nan')):.2f} | {g.get('argpartition_ms', float('nan')):.2f} |")
    if r.get("faiss"):
        lines += ["", "| vectors | index | parameters | build s | size MB | latency median ms | p95 ms | recall@10 | ties counted |",
                  "|---|---|---|---|---|---|---|---|---|"]
        for f in r["faiss"]:
            lines.append(f"| {f['vectors']:,} | {f['index']} | {f['params']} | {f['build_s']:.2f} | {f['size_mb']:.1f} | "
                         f"{f['latency_ms_median']:.3f} | {f['latency_ms_p95']:.3f} | {f['recall_at_k']:.3f} | "
                         f"{f.get('recall_ties_counted', float('nan')):.3f} |")
    if r.get("threshold"):
        t = r["threshold"]
        lines += ["", f"Exact search costs {t['ms_per_100k_vectors']} ms per 100,000 vectors (one thread); it reaches "
                  f"{t['budget_ms']} ms at about {t['chunks']:,} chunks."]
    return "\n".join(lines) + "\n"
