"""The `csa` command: parse arguments, call the service, print."""

from __future__ import annotations

import re

import json
import sys
from pathlib import Path

import click

from .errors import AssistantError, QuestionTooLong
from .questions import clean_question
from .settings import Settings


def _settings(corpus: str | None, index: str | None) -> Settings:
    overrides = {}
    if corpus:
        overrides["corpus_dir"] = Path(corpus)
    if index:
        overrides["index_dir"] = Path(index)
    return Settings(**overrides)


def common(f):
    """--corpus and --index, on every command."""
    f = click.option("--index", "index", type=click.Path(file_okay=False), default=None,
                     help="Index folder (default: the project's index/).")(f)
    f = click.option("--corpus", "corpus", type=click.Path(file_okay=False), default=None,
                     help="Corpus folder of PDF and text files (default: the bundled corpus/).")(f)
    return f


def _progress():
    if not sys.stderr.isatty():
        return None

    def show(stage: str, done: int, total: int) -> None:
        click.echo(f"\r{stage}: {done}/{total}   ", err=True, nl=False)
        if done >= total:
            click.echo("", err=True)

    return show


def _assistant(settings: Settings, auto_build: bool = True):
    from .service import Assistant

    assistant = Assistant(settings)
    if auto_build and not assistant.has_index():
        click.echo(f"No index in {settings.index_dir}: building it from {settings.corpus_dir} first.", err=True)
        report = assistant.build(_progress())
        click.echo(report.summary(), err=True)
    return assistant


class CsaGroup(click.Group):
    """Turns AssistantError into one clear line and a non-zero exit; loads the tables group only when used."""

    def list_commands(self, ctx):
        return sorted({*super().list_commands(ctx), "tables"})

    def get_command(self, ctx, name):
        if name == "tables" and name not in self.commands:
            from .tables.cli import make_tables_group  # pandas: imported only for this command

            self.add_command(make_tables_group(_tables_from_service))
        return super().get_command(ctx, name)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except AssistantError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(2)


@click.group(cls=CsaGroup)
def main() -> None:
    """Ask questions of Community Safety Strategic Assessments, with cited answers."""


@main.command()
@common
@click.option("--force", is_flag=True, help="Rebuild even when the index is up to date (cached embeddings are still reused).")
def build(corpus, index, force):
    """Parse, chunk, embed, extract tables and persist the index."""
    from .builder import build_index  # not the service: an up-to-date check needs no answer engine

    report = build_index(_settings(corpus, index), _progress(), force=force)
    click.echo(report.summary())


_BOLD = re.compile(r"\*\*(.+?)\*\*")


def _terminal_markdown(text: str, tty: bool) -> str:
    """The answer's Markdown as a terminal shows it: bold as bold (or plain when piped), no asterisks."""
    return _BOLD.sub((lambda m: f"\033[1m{m.group(1)}\033[0m") if tty else (lambda m: m.group(1)), text)


def _quote(text: str, highlights, tty: bool, context: int = 160) -> str:
    """The cited sentences of a passage, marked, with some of the passage around them."""
    flat = text
    if not highlights:
        body = " ".join(flat.split())
        return body if len(body) <= 400 else body[:400] + "…"
    a = max(0, min(h[0] for h in highlights) - context)
    b = min(len(flat), max(h[1] for h in highlights) + context)
    out, pos = [], a
    for s, e in sorted(highlights):
        s, e = max(s, a), min(e, b)
        if s < pos or e <= s:
            continue
        out.append(flat[pos:s])
        mark = flat[s:e]
        out.append(f"\033[7m{mark}\033[0m" if tty else f"»{mark}«")
        pos = e
    out.append(flat[pos:b])
    return ("…" if a > 0 else "") + " ".join("".join(out).split()) + ("…" if b < len(flat) else "")


def _table_of(assistant):
    """A function giving a cited table row's table title and header (None when it has none)."""
    def table_of(c):
        try:
            return assistant.table_context(c.doc_id, c.start, c.end)
        except Exception:  # a row the reader cannot place is still shown as quoted
            return None
    return table_of


def _render(answer, tty: bool = False, table_of=None) -> str:
    lines = [_terminal_markdown(answer.answer, tty), ""]
    if answer.figures:
        lines.append("Figures:")
        for f in answer.figures:
            how = f"  = {f.formula}" if f.computed and f.formula else ""
            cites = "".join(f"[{n}]" for n in f.citations)
            value = f"{int(f.value):,}" if float(f.value).is_integer() else f"{f.value:,.4f}".rstrip("0").rstrip(".")
            when = f" ({f.period})" if f.period else ""
            lines.append(f"  {f.label}: {value} {f.unit or ''}".rstrip() + f"{when}{how} {cites}")
        lines.append("")
    for c in answer.citations:
        where = f", {c.page_label}" if c.page is not None else ""
        lines.append(f"[{c.n}] {c.title} — {c.section}{where}")
        table = table_of(c) if (table_of is not None and c.kind == "table_row") else None
        if table:
            # a cited row is shown under its table's title and header, so its numbers say what they are
            if table.get("title"):
                lines.append(f"    Table: {table['title']}")
            lines.append("    " + " | ".join(table["columns"]))
            lines.append("    " + " | ".join(c.text.replace("\t", " | ").split(" | ")) + "   <- cited row")
            continue
        lines.append(f"    \"{_quote(c.text, c.highlights, tty)}\"")
    if answer.status != "answered":
        lines.insert(0, "(insufficient evidence)")
    return "\n".join(lines).rstrip()


@main.command()
@common
@click.argument("questions", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Print one Answer JSON object per turn (JSON Lines).")
@click.option("--batch", type=click.Path(exists=True, dir_okay=False), help="JSON Lines file of questions or conversations.")
def ask(corpus, index, questions, as_json, batch):
    """Ask one question, or several as the turns of one conversation."""
    assistant = _assistant(_settings(corpus, index))
    if batch:
        from .batch import run_batch

        for record in run_batch(assistant, Path(batch)):
            click.echo(json.dumps(record, ensure_ascii=False))
        return
    if not questions:
        raise click.UsageError("give a question, or --batch FILE")
    conv = assistant.conversation()
    for q in questions:
        answer = conv.ask(clean_question(q))  # argv bytes that are not UTF-8 arrive as lone surrogates
        if as_json:
            click.echo(json.dumps(answer.to_dict(), ensure_ascii=False))
        else:
            click.echo(_render(answer, sys.stdout.isatty(), _table_of(assistant)))
            click.echo("")


@main.command()
@common
def chat(corpus, index):
    """An interactive conversation in the terminal (empty line or Ctrl-D to quit, 'new' to start over)."""
    assistant = _assistant(_settings(corpus, index))
    conv = assistant.conversation()
    click.echo("Ask about the community safety documents. 'new' starts a new conversation; an empty line quits.")
    _tolerant_stdin()
    while True:
        try:
            q = clean_question(input("you> ")).strip()
        except EOFError:
            break
        if not q:
            break
        if q.lower() == "new":
            conv.reset()
            click.echo("(new conversation)")
            continue
        try:
            click.echo(_render(conv.ask(q), sys.stdout.isatty(), _table_of(assistant)))
        except QuestionTooLong as exc:  # one long paste must not end the conversation
            click.echo(f"error: {exc}", err=True)
        click.echo("")


def _tolerant_stdin() -> None:
    """Read the terminal with invalid bytes replaced (U+FFFD), so a stray byte cannot end the chat."""
    reconfigure = getattr(sys.stdin, "reconfigure", None)
    if reconfigure is not None:
        try:
            reconfigure(errors="replace")
        except (ValueError, OSError):
            pass


@main.command()
@common
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8501, show_default=True, type=int)
@click.argument("streamlit_args", nargs=-1)
def ui(corpus, index, host, port, streamlit_args):
    """Start the Streamlit chat app (extra arguments after -- go to Streamlit)."""
    import os
    import subprocess

    settings = _settings(corpus, index)
    _assistant(settings)  # build first if needed, with progress on this terminal
    app = Path(__file__).resolve().parent.parent / "ui" / "app.py"
    env = dict(os.environ, CSA_CORPUS_DIR=str(settings.corpus_dir), CSA_INDEX_DIR=str(settings.index_dir))
    cmd = [sys.executable, "-m", "streamlit", "run", str(app), "--server.headless", "true",
           "--server.address", host, "--server.port", str(port), "--browser.gatherUsageStats", "false", "--client.toolbarMode", "minimal",
           *streamlit_args]
    click.echo(f"Serving the chat on http://{host}:{port}", err=True)
    raise SystemExit(subprocess.call(cmd, env=env))


@main.command("eval")
@common
@click.option("--questions", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Gold questions (JSON Lines; default evals/questions.jsonl).")
@click.option("--out", type=click.Path(file_okay=False), default="reports/eval", show_default=True,
              help="Folder for report.md, report.json and the answers.")
@click.option("--baseline", is_flag=True, help="Also score a plain llama-index pipeline over the same corpus.")
@click.option("--compare", "compare_with", type=click.Path(exists=True, dir_okay=False), default=None,
              help="An earlier report.json to set side by side with this run.")
def eval_command(corpus, index, questions, out, baseline, compare_with):
    """Score the assistant on a gold file: accuracy, citations, retrieval, abstention, latency."""
    from evals.report import compare, metrics_table
    from evals.runner import for_assistant, run_eval

    settings = _settings(corpus, index)
    assistant = _assistant(settings)
    gold = Path(questions) if questions else Path(__file__).resolve().parent.parent / "evals" / "questions.jsonl"

    ask_turns, retrieve = for_assistant(assistant)
    base = None
    if baseline:
        from .bench.baseline import BaselinePipeline

        click.echo("building the plain llama-index baseline ...", err=True)
        base = BaselinePipeline(settings.corpus_dir).build()
    result = run_eval(ask_turns, gold, out, retrieve=retrieve, baseline=base)
    click.echo(metrics_table(result))
    if base is not None:
        click.echo("\nPlain llama-index baseline:\n")
        click.echo(metrics_table(result["baseline"]))
    if compare_with:
        click.echo("\n" + compare(compare_with, Path(out) / "report.json"))
    click.echo(f"\nreport: {Path(out) / 'report.md'}")


@main.command()
@common
@click.option("--out", default="reports/bench", show_default=True, type=click.Path(file_okay=False),
              help="Folder for bench.md and bench.json.")
@click.option("--quick", is_flag=True, help="One run of each measurement, 20 questions, a small embedding sample.")
@click.option("--runs", default=3, show_default=True, type=int, help="Runs per measurement (medians, min and max).")
@click.option("--no-baseline", is_flag=True, help="Skip the plain llama-index pipeline.")
def bench(corpus, index, out, quick, runs, no_baseline):
    """Benchmark builds, cold and warm answers and embedding throughput, against the plain llama-index pipeline."""
    from .bench import run_bench

    run_bench(_settings(corpus, index), Path(out), runs, quick, baseline=not no_baseline,
              say=lambda m: click.echo(f"[bench] {m}", err=True))
    click.echo((Path(out) / "bench.md").read_text())


def _tables_from_service(ctx: click.Context):
    """The TableStore of the index named by --corpus/--index (building it first when there is none)."""
    params: dict = {}
    c = ctx
    while c is not None:
        for key in ("corpus", "index"):
            if params.get(key) is None and c.params.get(key) is not None:
                params[key] = c.params[key]
        c = c.parent
    return _assistant(_settings(params.get("corpus"), params.get("index"))).tables




if __name__ == "__main__":  # pragma: no cover
    main()
