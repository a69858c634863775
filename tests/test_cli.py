"""The csa command through click's runner, on the bundled corpus."""

from __future__ import annotations

import json

from click.testing import CliRunner

from assistant.cli import main

CKB = "which wards in Lichfield have high car key burglary"


def _args(settings, *rest):
    return [*rest, "--corpus", str(settings.corpus_dir), "--index", str(settings.index_dir)]


def test_ask_json_cites_the_lichfield_hotspot_passage(bundled_settings):
    result = CliRunner().invoke(main, _args(bundled_settings, "ask", "--json", CKB))
    assert result.exit_code == 0, result.output
    answer = json.loads(result.output.strip().splitlines()[-1])
    assert answer["status"] == "answered"
    hotspot = [c for c in answer["citations"] if "Shenstone (Residential Burglary, 12.2" in c["text"]]
    assert hotspot, "the hotspot passage is cited"
    c = hotspot[0]
    assert c["section"].startswith("Community Safety Strategic Priorities > Burglaries (Car Key)")
    assert c["source"] == "lichfield_2019_strategic-assessment.txt" and c["partnership"] == "Lichfield"
    assert "Bourne Vale (Residential Burglary, 9.8" in c["text"]
    for n in {int(m) for m in __import__("re").findall(r"\[(\d+)\]", answer["answer"])}:
        assert n in {c["n"] for c in answer["citations"]}


def test_ask_turns_and_batch(bundled_settings, tmp_path):
    batch = tmp_path / "q.jsonl"
    batch.write_text(
        json.dumps({"id": "a", "question": CKB}) + "\n" + json.dumps({"id": "b", "turns": [CKB, "what is the weather in Paris tomorrow?"]}) + "\n"
    )
    result = CliRunner().invoke(main, _args(bundled_settings, "ask", "--json", "--batch", str(batch)))
    assert result.exit_code == 0, result.output
    lines = [json.loads(l) for l in result.output.strip().splitlines()]
    assert [l["id"] for l in lines] == ["a", "b"]
    assert len(lines[1]["turns"]) == 2
    assert lines[1]["turns"][1]["status"] == "insufficient_evidence"


def test_readable_output_lists_sources(bundled_settings):
    result = CliRunner().invoke(main, _args(bundled_settings, "ask", CKB))
    assert result.exit_code == 0
    assert "[1]" in result.output and "Burglaries (Car Key)" in result.output


def test_missing_corpus_is_one_clear_line(tmp_path):
    result = CliRunner().invoke(main, ["build", "--corpus", str(tmp_path / "nope"), "--index", str(tmp_path / "idx")])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_build_summary_names_skipped_files(tmp_path, bundled_settings):
    from support import seed_cache

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Introduction\n\nThe district saw fewer burglaries this year than last.\n")
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4\n%garbage that ends abruptly")
    seed_cache(bundled_settings.index_dir, tmp_path / "i")
    result = CliRunner().invoke(main, ["build", "--corpus", str(corpus), "--index", str(tmp_path / "i")])
    assert result.exit_code == 0, result.output
    assert "indexed 1 document(s)" in result.output and "skipped 1" in result.output
    assert "broken.pdf" in result.output


def test_ask_shows_a_cited_row_under_its_table_header_and_plain_text_when_piped(tmp_path):
    """A table-row citation is printed under its table's title and header; Markdown bold is not left as '**'."""
    from assistant.cli import _render
    from assistant.types import Answer, Citation

    row = Citation(n=1, doc_id="d", title="T", partnership="P", period=None, source="d.txt", page=None, section="S",
                   text="Northfield\t12.2", score=1.0, start=10, end=25, kind="table_row")
    ans = Answer(question="q", status="answered", answer="**Northfield**: 12.2 [1]", citations=(row,))
    table = {"title": "Rates by ward", "columns": ["Ward", "Rate"], "header": "Ward\tRate"}
    out = _render(ans, tty=False, table_of=lambda c: table)
    assert "**" not in out and out.startswith("Northfield: 12.2 [1]")
    assert "Table: Rates by ward" in out and "Ward | Rate" in out and "Northfield | 12.2" in out
