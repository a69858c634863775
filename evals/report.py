"""Writing a scored evaluation as Markdown and JSON, and comparing two runs side by side."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

# (key, column heading, kind): kind decides the formatting.
COLUMNS = (
    ("n", "n", "int"),
    ("accuracy", "accuracy", "pct"),
    ("citation_recall", "cit. recall", "pct"),
    ("citation_precision", "cit. precision", "pct"),
    ("retrieval_recall@5", "R@5", "pct"),
    ("retrieval_recall@10", "R@10", "pct"),
    ("mrr", "MRR", "dec"),
    ("abstention_precision", "abst. P", "pct"),
    ("abstention_recall", "abst. R", "pct"),
    ("unsupported_number_rate", "unsupported nos.", "pct"),
    ("latency_median_ms", "p50 ms", "ms"),
    ("latency_p95_ms", "p95 ms", "ms"),
)


def _fmt(value: Any, kind: str) -> str:
    if value is None:
        return "–"
    if kind == "pct":
        return f"{value * 100:.1f}%"
    if kind == "dec":
        return f"{value:.3f}"
    if kind == "ms":
        return f"{value:.0f}"
    return str(value)


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def metrics_table(result: dict) -> str:
    """Markdown table: one row per question type and one for all questions, a column per metric."""
    head = "| type | " + " | ".join(h for _, h, _ in COLUMNS) + " |"
    rule = "|---|" + "|".join("---:" for _ in COLUMNS) + "|"
    rows = [head, rule]
    splits = [(f"*{k} half*", v) for k, v in (result.get("by_split") or {}).items()]
    for name, metrics in [("**overall**", result["overall"]), *splits, *sorted(result["by_type"].items())]:
        rows.append(f"| {name} | " + " | ".join(_fmt(metrics.get(k), kind) for k, _, kind in COLUMNS) + " |")
    return "\n".join(rows)


def failures(result: dict) -> str:
    """Markdown list of every failing question with what was expected and what came back."""
    failing = [r for r in result["questions"] if not r["passed"]]
    if not failing:
        return "_No failing questions._"
    lines = []
    for r in failing:
        lines.append(f"- **{r['id']}** ({r['type']}): {_cell(r['question'])}  \n"
                     f"  expected: {_cell(r['expected'])}  \n"
                     f"  got: {_cell(r['got'])}  \n"
                     f"  why: {_cell('; '.join(r['reasons']) or 'failed')}")
    return "\n".join(lines)


def to_markdown(result: dict, title: str = "Evaluation report") -> str:
    """The whole report for one scored run."""
    overall = result["overall"]
    parts = [
        f"# {title}", "",
        f"{result['n_questions']} questions; {overall['n_passed']} passed "
        f"({_fmt(overall['accuracy'], 'pct')}). Unsupported numbers: "
        f"{overall['numbers_unsupported']} of {overall['numbers_total']}.", "",
        "## Metrics", "", metrics_table(result), "",
        "## Failing questions", "", failures(result), "",
    ]
    return "\n".join(parts)


def _load(run: dict | str | Path) -> dict:
    if isinstance(run, dict):
        return run
    return json.loads(Path(run).read_text(encoding="utf-8"))


def compare(before_json: dict | str | Path, after_json: dict | str | Path,
            before_label: str = "before", after_label: str = "after") -> str:
    """Side-by-side Markdown of two scored runs (dicts, or paths to their JSON)."""
    before, after = _load(before_json), _load(after_json)
    lines = [f"| metric | {before_label} | {after_label} | change |", "|---|---:|---:|---:|"]
    for key, heading, kind in COLUMNS:
        b, a = before["overall"].get(key), after["overall"].get(key)
        delta = "–"
        if isinstance(a, (int, float)) and isinstance(b, (int, float)):
            diff = a - b
            delta = (f"{diff * 100:+.1f} pts" if kind == "pct" else
                     f"{diff:+.3f}" if kind == "dec" else f"{diff:+.0f}")
        lines.append(f"| {heading} | {_fmt(b, kind)} | {_fmt(a, kind)} | {delta} |")
    lines += ["", f"| type | {before_label} accuracy | {after_label} accuracy |", "|---|---:|---:|"]
    for t in sorted(set(before["by_type"]) | set(after["by_type"])):
        b = before["by_type"].get(t, {}).get("accuracy")
        a = after["by_type"].get(t, {}).get("accuracy")
        lines.append(f"| {t} | {_fmt(b, 'pct')} | {_fmt(a, 'pct')} |")
    b_pass = {r["id"]: r["passed"] for r in before["questions"]}
    a_pass = {r["id"]: r["passed"] for r in after["questions"]}
    only_after = sorted(i for i in a_pass if a_pass[i] and not b_pass.get(i, False))
    only_before = sorted(i for i in b_pass if b_pass[i] and not a_pass.get(i, False))
    lines += ["", f"Passed by {after_label} only ({len(only_after)}): {', '.join(only_after) or 'none'}",
              "", f"Passed by {before_label} only ({len(only_before)}): {', '.join(only_before) or 'none'}"]
    return "\n".join(lines)


def write_report(result: dict, out_dir: str | Path, baseline: dict | None = None,
                 title: str = "Evaluation report") -> dict[str, Path]:
    """Write report.md and report.json (and the baseline's, when given) to ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    markdown = to_markdown(result, title)
    paths = {"markdown": out / "report.md", "json": out / "report.json"}
    if baseline is not None:
        paths["baseline_json"] = out / "baseline.json"
        paths["baseline_json"].write_text(json.dumps(baseline, indent=2), encoding="utf-8")
        markdown += "\n".join([
            "", "## assistant vs plain llama-index baseline", "",
            compare(baseline, result, before_label="baseline", after_label="assistant"), "",
            "### Baseline metrics", "", metrics_table(baseline), "",
        ])
    paths["json"].write_text(json.dumps(result, indent=2), encoding="utf-8")
    paths["markdown"].write_text(markdown, encoding="utf-8")
    return paths
