"""Issue 13 in the UI: the answer's first screen, table-row citations, page labels, figures that read naturally,
the filter warning, examples from the index, and the comparison page."""

from __future__ import annotations

import re
from io import BytesIO

import pandas as pd

from assistant.types import Citation, DocumentMeta, Figure
from ui.components.compare import neutralise, safe_csv
from ui.components.examples import example_questions
from ui.components.figures import comparison_frames, figures_table, reads_as, tab_labels
from ui.components.filters import excluded_partnerships, make_filters
from ui.components.sources import OPEN_SOURCES, page_label, provenance, table_row_block
from app_driver import ask, start, unescape

Q1 = "which wards in Lichfield have high car key burglary"
INFERRED = "(inferred from the contents list)"


def assistant_messages(at):
    return [m for m in at.chat_message if m.name == "assistant"]


# 2. the first screen of an answer ----------------------------------------------------------------
def test_answer_opens_at_its_start_with_the_first_sources_open(app_env):
    at = ask(start(), Q1)
    chat = at.session_state["chat"]
    answer = chat.turns[0].answer
    frames = at.get("iframe")
    assert frames, "a script brings the new answer into view"
    script = frames[0].proto.srcdoc
    assert f"st-key-{chat.key(0)}-answer" in script and "scrollIntoView" in script and "block: \"start\"" in script
    assert "http" not in script, "the script fetches nothing"
    message = assistant_messages(at)[0]
    folded = [e for e in message.expander if e.label == "Show the quoted passage"]
    assert len(answer.citations) > OPEN_SOURCES
    assert len(folded) == len(answer.citations) - OPEN_SOURCES, "the first sources are open, the rest folded"
    at.run()  # a rerun (any widget) does not scroll again: only a new answer does
    assert not at.get("iframe")


# 3 and 4. table-row citations, page labels and periods ---------------------------------------------
def test_table_row_citation_shows_its_table_title_header_and_marked_cell(app_env):
    at = ask(start(), Q1)
    answer = at.session_state["chat"].turns[0].answer
    rows = [c for c in answer.citations if c.kind == "table_row"]
    assert rows, "this answer cites rows of the ward table"
    message = assistant_messages(at)[0]
    body = unescape("\n".join(m.value for m in message.markdown))
    assert "Table: **Offence rates per 1,000 population, 2018-19" in body
    frames = [d.value for d in message.dataframe[1:]]
    headed = [f for f in frames if "Burglary" in f.columns and "Ward Name" in f.columns]
    assert len(headed) >= min(len(rows), OPEN_SOURCES - 1), "each open cited row is shown under the header row"
    assert headed[0].iloc[0]["Ward Name"] in {"Shenstone", "Bourne Vale", "Little Aston & Stonnall"}
    captions = [unescape(c.value) for c in message.caption]
    assert any("the figure the answer uses" in c for c in captions)
    labels = [c for c in captions if " · page " in c]
    assert labels and all(INFERRED in c for c in labels), "text documents' pages are always marked inferred"


def test_table_row_block_marks_the_cited_cell():
    ctx = {"title": "Rates", "columns": ["", "Tamworth", "Force"], "cells": [["Violence", "26.7", "26.9"]]}
    frame, marks = table_row_block(ctx, [26.7])
    assert list(frame.columns) == ["Row", "Tamworth", "Force"] and marks == [(0, 1)]


def test_page_labels_are_consistent_and_a_tables_period_is_its_own():
    base = dict(n=1, doc_id="d", title="T", partnership="Tamworth", period="2020-21", source="t.txt", section="A > B",
                text="Violence\t26.7", score=1.0, start=10, end=23, kind="table_row")
    no_page = Citation(page=None, **base)
    with_page = Citation(page=34, **base)
    text_doc = (34, True, "text")
    assert page_label(no_page, text_doc) == page_label(with_page, text_doc) == f"page 34 {INFERRED}"
    assert page_label(with_page, (34, False, "pdf")) == "page 34"
    inferred_note = Citation(page=34, page_inferred=True, **base)
    assert page_label(inferred_note) == f"page 34 {INFERRED}"
    assert "2019-20" in provenance(with_page, text_doc, period="2019-20") and "2020-21" not in provenance(
        with_page, text_doc, period="2019-20")


# 5. figures ----------------------------------------------------------------------------------------
def fig(area, value, measure="burglary", unit="per 1,000 population", **kw):
    return Figure(kw.pop("label", f"{area} {measure}"), area, kw.pop("area_type", "ward"), measure,
                  kw.pop("period", "2018-19"), value, unit, **kw)


def test_figures_read_naturally_once_each_and_ties_are_joint():
    force = fig("Force area", 3.3, label="force rate", area_type="force", citations=(1,))
    figures = [fig("A", 12.2, citations=(1,)), force, fig("B", 9.8, citations=(1,)), force, force,
               fig("A", 1, unit="rank", label="A: rank 1 of 3 by burglary", computed=True,
                   formula="rank of 6.1 among [6.1, 6.1, 2.0] (highest first)"),
               fig(None, 22, unit="count", label="wards in the table", computed=True, formula="count = 22")]
    table = figures_table(figures)
    assert list(table["Figure"]).count("force rate") == 1, "the same figure is listed once"
    reads = list(table["Reads as"])
    assert "joint 1st (highest)" in reads and "22" in reads and "1 rank" not in reads and "22 count" not in reads
    assert any("joint rank 1" in f for f in table["Figure"])
    assert reads_as(fig("A", 20, unit="%")) == "20%" and reads_as(fig("A", 3.7, unit="ratio")) == "3.7 times"


def test_chart_tabs_have_distinct_labels():
    figures = [fig("A", 1.0), fig("B", 2.0), fig("A", 5.0, unit="%"), fig("B", 6.0, unit="%"),
               fig("A", 7.0, period="2019-20", measure="Burglary"), fig("B", 8.0, period="2019-20", measure="Burglary")]
    frames = comparison_frames(figures)
    labels = tab_labels(frames)
    assert len(frames) >= 2 and len(set(labels)) == len(labels), labels


# 6. the filter warning -----------------------------------------------------------------------------
def test_excluded_partnerships():
    f = make_filters(["Tamworth"])
    assert excluded_partnerships(["Lichfield", "Tamworth"], f) == ["Lichfield"]
    assert excluded_partnerships(["Lichfield"], None) == []


def test_filter_that_excludes_the_named_partnership_warns_and_offers_to_search_it(app_env):
    at = start()
    at.sidebar.multiselect(key="filter_partnerships").set_value(["Tamworth"]).run()
    ask(at, Q1)
    message = assistant_messages(at)[0]
    warnings = [unescape(w.value) for w in message.warning]
    assert any("names **Lichfield**" in w and "searches only **Tamworth**" in w for w in warnings), warnings
    button = [b for b in message.button if b.label.startswith("Search Lichfield instead")]
    assert button, "a button offers to search the named partnership"
    button[0].click().run()
    assert not at.exception
    turns = at.session_state["chat"].turns
    assert len(turns) == 2 and turns[1].question == Q1 and turns[1].filters is None
    assert at.sidebar.multiselect(key="filter_partnerships").value == []
    assert "Lichfield" in {c.partnership for c in turns[1].answer.citations}
    assert not assistant_messages(at)[1].warning


# 7. examples from the index ------------------------------------------------------------------------
def test_examples_come_from_the_loaded_corpus():
    docs = [DocumentMeta("n1", "n1.txt", "Northshire SA", "Northshire", "strategic assessment", "2024", "2023-24"),
            DocumentMeta("s1", "s1.txt", "Southtown SA", "Southtown", "strategic assessment", "2024", "2023-24")]
    values = pd.DataFrame([
        {"partnership": "Northshire", "area_type": "ward", "measure": "shoplifting"},
        {"partnership": "Northshire", "area_type": "ward", "measure": "shoplifting"},
        {"partnership": "Northshire", "area_type": "partnership", "measure": "robbery"},
        {"partnership": "Northshire", "area_type": "force", "measure": "robbery"},
        {"partnership": "Southtown", "area_type": "partnership", "measure": "robbery"},
    ])
    qs = example_questions(docs, values, None)
    assert qs[0] == "which wards in Northshire have high shoplifting"
    assert any("Southtown" in q for q in qs) and not any(re.search("Lichfield|Tamworth|Stafford", q) for q in qs)
    assert example_questions(docs, None, None), "a corpus without tables still gets examples"


# 8. the corpus page counts match the index --------------------------------------------------------
def test_corpus_page_count_matches_index_status(app_env):
    at = start("views/corpus.py")
    shown = int(re.search(r"Documents \((\d+)\)", at.subheader[0].value).group(1))
    at.switch_page("views/status.py").run()
    assert shown == int({m.label: m.value for m in at.metric}["Documents"])


# 9. the comparison page ----------------------------------------------------------------------------
def test_comparison_page_lists_every_partnership_and_period_with_sources(app_env):
    at = start("views/compare.py")
    assert at.title[0].value == "Compare partnerships and years"
    picker = at.selectbox(key="compare_measure")
    assert "domestic abuse" in picker.options and picker.value == "domestic abuse"
    table = at.dataframe[0].value
    assert {"Partnership", "Period", "Value", "Unit", "Comparators (same table)", "Source row", "Document",
            "Check before comparing"} <= set(table.columns)
    assert {"Lichfield", "Tamworth"} <= set(table["Partnership"])
    assert any("Force area" in c for c in table["Comparators (same table)"])
    assert at.get("vega_lite_chart"), "a chart"
    download = [b for b in at.download_button if b.label == "Download this comparison (CSV)"]
    assert download
    picker.set_value("anti-social behaviour").run()
    table = at.dataframe[0].value
    flags = " ".join(table["Check before comparing"])
    assert "rounded to a whole number" in flags and "Covid" in flags, "rounding and definitions are flagged"
    at.toggle(key="compare_wards").set_value(True).run()
    assert "ward" in set(at.dataframe[0].value["Area type"])


def test_comparison_csv_neutralises_formulae():
    df = pd.DataFrame({"area": ["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "Tamworth"], "value": [1, 2, 3, 4, 5]})
    back = pd.read_csv(BytesIO(safe_csv(df)), encoding="utf-8-sig")
    assert list(back["area"]) == ["'=HYPERLINK(\"x\")", "'+1", "'-2", "'@SUM(A1)", "Tamworth"]
    assert neutralise(-2) == -2, "numbers stay numbers"


def test_unit_flags_on_the_service_frame(built):
    from assistant.service import Assistant
    from assistant.settings import Settings

    corpus, index = built
    a = Assistant(Settings(corpus_dir=corpus, index_dir=index))
    rows = a.compare_measure("domestic abuse")
    assert {"partnership", "period", "value", "unit", "comparators", "row_text", "source", "flags"} <= set(rows.columns)
    assert (rows["row_text"].str.len() > 0).all() and rows["source"].str.endswith(".txt").all()
