"""Pure rendering functions: escaping and highlighting, figures to table and chart, sources, tables, export."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from assistant.tables.model import ExtractedTable, TableInfo
from assistant.types import Answer, Citation, DocumentMeta, Figure, ParsedDocument, Section
from ui.components.answer import export_markdown
from ui.components.figures import (chart_title, comparison_chart, comparison_frames, figures_csv, figures_records,
                                   figures_table)
from ui.components.filters import describe, filter_options, kind_family, make_filters
from ui.components.sources import find_section, page_label, provenance, section_blocks, styled
from ui.components.tables import table_csv, table_label, table_provenance
from ui.components.text import answer_markdown, escape_markdown, passage_blocks, passage_markdown


def unescape(md: str) -> str:
    return re.sub(r"\\(.)", r"\1", md)


# text ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("raw", ["<script>alert(1)</script>", "# heading", "1. item", "a *b* _c_", "$x$ and $y$",
                                 "[link](http://example.org)", ":red[colour]", "`code`", "| a | b |", "~~gone~~"])
def test_escape_markdown_leaves_no_markup(raw):
    escaped = escape_markdown(raw)
    assert unescape(escaped) == raw
    assert not re.search(r"(?<!\\)[<>*_$\[\]`|#~:]", escaped), escaped


def test_passage_highlights_cited_ranges_only():
    text = "Intro line.\n\nShenstone (Residential Burglary, 12.2 – 20% Car Key)\n\nOther text."
    start = text.index("Shenstone")
    end = text.index(")") + 1
    md = passage_markdown(text, [(start, end)])
    assert md.count(":orange-background[") == 1
    highlighted = re.search(r":orange-background\[(.*?)\](?!\\)", md).group(1)
    assert unescape(highlighted) == text[start:end]
    assert "Intro line" in md and "Other text" in md


def test_passage_tab_rows_become_a_table_with_the_cited_row_marked():
    text = "Ward rates\n\nWard\tRate\tRate\nAlpha\t12.2\t1\nBeta\t9.8\n\nAfter *this*."
    row = text.index("Beta")
    blocks = passage_blocks(text, [(row, row + len("Beta\t9.8"))])
    assert [type(b).__name__ for b in blocks] == ["str", "TableBlock", "str"]
    table = blocks[1]
    assert list(table.frame.columns) == ["Ward", "Rate", "Rate (2)"]
    assert table.frame.values.tolist() == [["Alpha", "12.2", "1"], ["Beta", "9.8", ""]]
    assert table.marked == [False, True]
    assert blocks[2] == "After \\*this\\*\\."
    css = styled(table).to_html().split("</style>")[0]
    assert "background-color" in css and "_row1_col0" in css and "_row0_col0" not in css


def test_passage_keeps_short_label_lines_compact_and_long_paragraphs_apart():
    short = passage_markdown("Local rate: 3.8\n\nForce rate: 3.3")
    assert "\n\n" not in short and "  \n" in short
    long = passage_markdown("A" * 150 + "\n\n" + "B" * 150)
    assert "\n\n" in long


def test_answer_markdown_keeps_engine_bold_and_bullets_but_escapes_the_rest():
    md = answer_markdown("**Shenstone** has 12.2 [1]\n\n- first $5 [2]\n- second <b>x</b>\n\n2. not a list")
    assert md.startswith("**Shenstone**")
    assert "\n- first \\$5 \\[2\\]\n- second \\<b\\>x\\</b\\>" in "\n" + md
    assert "2\\. not a list" in md


# figures ---------------------------------------------------------------------------------------
def fig(area, value, area_type="ward", measure="residential burglary", unit="per 1,000", **kw):
    return Figure(f"{area} {measure}", area, area_type, measure, kw.pop("period", "2018-19"), value, unit, **kw)


def test_figures_table_marks_computed_figures_with_their_formula():
    figures = [fig("Ward A", 12.2, citations=(1,)), fig("Ward A", 3.7, measure="ratio to force", unit="ratio",
                                                         computed=True, formula="12.2 / 3.3", citations=(1, 2))]
    table = figures_table(figures)
    assert list(table["How obtained"]) == ["as printed in [1]", "computed: 12.2 / 3.3"]
    assert list(table["Unit"]) == ["per 1,000", "ratio"] and list(table["Period"]) == ["2018-19", "2018-19"]
    raw = figures_records(figures)
    assert list(raw["computed"]) == [False, True] and raw["formula"][1] == "12.2 / 3.3"


def test_figures_csv_round_trips():
    figures = [fig("Ward A", 12.2, citations=(1,)), fig("Force", 3.3, area_type="force")]
    from io import BytesIO

    back = pd.read_csv(BytesIO(figures_csv(figures)), encoding="utf-8-sig")
    assert list(back["value"]) == [12.2, 3.3] and list(back["area"]) == ["Ward A", "Force"]


def test_comparison_groups_wards_against_the_force():
    figures = [fig("Ward A", 12.2), fig("Ward B", 9.8), fig("Staffordshire Police", 3.3, area_type="force"),
               fig("Ward A", 20, measure="share of burglary with car key", unit="%"),
               fig("Ward A", 3.7, measure="ratio to force", unit="ratio", computed=True, formula="12.2 / 3.3")]
    frames = comparison_frames(figures)
    assert len(frames) == 1, "one area alone (the % or the ratio) is not a comparison"
    frame = frames[0]
    assert list(frame["area"]) == ["Ward A", "Ward B", "Staffordshire Police"]
    assert set(frame["area_type"]) == {"ward", "force"}
    assert chart_title(frame) == "Residential burglary (per 1,000), 2018-19"
    spec = comparison_chart(frame).to_dict()
    assert spec["layer"][0]["mark"]["type"] == "bar" and spec["layer"][0]["encoding"]["x"]["field"] == "value"


def test_comparison_of_partnerships_side_by_side_and_no_chart_without_comparison():
    two = [fig("Lichfield", 8.1, area_type="partnership", measure="domestic abuse"),
           fig("Tamworth", 12.5, area_type="partnership", measure="Domestic abuse")]
    frames = comparison_frames(two)
    assert len(frames) == 1 and list(frames[0]["area"]) == ["Tamworth", "Lichfield"]
    assert comparison_frames([fig("Ward A", 1.0)]) == []
    assert comparison_frames([fig("Ward A", 1.0), fig("Ward B", 2.0, unit="%")]) == [], "units must match"
    years = [fig("Tamworth", 5.0, period="2019-20"), fig("Tamworth", 6.0, period="2020-21")]
    assert comparison_frames(years) == [], "one area over two years is not an area comparison"


# sources ---------------------------------------------------------------------------------------
META = DocumentMeta("doc", "doc.txt", "A Strategic Assessment", "Lichfield", "strategic assessment (full)", "2020",
                    "2018-19")
TEXT = "Contents\n\nPriorities\n\nBurglary\n\nShenstone is high. Other wards are lower.\n\nFraud\n\nFraud text."


def make_doc() -> ParsedDocument:
    b = TEXT.index("Burglary")
    f = TEXT.index("Fraud")
    sections = (Section(("Priorities",), TEXT.index("Priorities"), len(TEXT), 5, True),
                Section(("Priorities", "Burglary"), b, f, 6, True),
                Section(("Priorities", "Fraud"), f, len(TEXT), 7, True))
    return ParsedDocument(META, TEXT, sections)


def make_citation(**kw) -> Citation:
    start = TEXT.index("Shenstone")
    passage = "Shenstone is high. Other wards are lower."
    base = dict(n=1, doc_id="doc", title=META.title, partnership="Lichfield", period="2018-19", source="doc.txt",
                page=6, page_inferred=True, section="Priorities > Burglary", text=passage,
                score=0.8, start=start, end=start + len(passage), highlights=((0, 18),))
    base.update(kw)
    return Citation(**base)


def test_page_and_provenance_lines():
    c = make_citation()
    assert c.to_dict()["section"] == "Priorities > Burglary (page 6 inferred from the contents list)"  # the contract's form
    assert page_label(c) == "page 6 (inferred from the contents list)"
    assert provenance(c) == "Lichfield · 2018-19 · Priorities > Burglary · page 6 (inferred from the contents list)"
    assert page_label(make_citation(page=12, page_inferred=False)) == "page 12"
    assert page_label(make_citation(page=None, page_inferred=False, section="Priorities")) == "no page number"


def test_full_section_is_the_named_one_with_the_citation_highlighted():
    doc, c = make_doc(), make_citation()
    section = find_section(doc, c)
    assert section.path == ("Priorities", "Burglary")
    md = "\n\n".join(b for b in section_blocks(doc, section, c) if isinstance(b, str))
    assert "Burglary" in md and "Fraud" not in md
    assert unescape(re.search(r":orange-background\[(.*?)\](?!\\)", md).group(1)) == "Shenstone is high."
    assert find_section(doc, make_citation(section="Unknown heading")).path == ("Priorities", "Burglary")


def test_export_markdown_carries_answer_figures_and_citations():
    answer = Answer("which wards?", "answered", "Shenstone is high [1].", citations=(make_citation(),),
                    figures=(fig("Ward A", 3.7, unit="ratio", computed=True, formula="12.2 / 3.3", citations=(1,)),))
    md = export_markdown(answer)
    assert md.startswith("## which wards?")
    assert "Shenstone is high [1]." in md and "| computed: 12.2 / 3.3 |" in md
    assert "[1] A Strategic Assessment (doc.txt) — Lichfield · 2018-19" in md
    assert "> Shenstone is high. Other wards are lower." in md
    none = export_markdown(Answer("q", "insufficient_evidence", "Not held."))
    assert "*Insufficient evidence in the documents.*" in none


# filters ---------------------------------------------------------------------------------------
def test_filters_from_the_documents():
    docs = [META, DocumentMeta("t", "t.txt", "T", "Tamworth", "strategic assessment (annual refresh)", "2022", "2020-21"),
            DocumentMeta("s", "s.txt", "S", "Staffordshire (county-wide)", "community safety agreement", "2023", None)]
    opts = filter_options(docs)
    assert opts["kinds"] == ["community safety agreement", "strategic assessment"]
    assert opts["periods"] == ["2018-19", "2020-21"]
    assert kind_family(None) is None
    assert make_filters() is None
    f = make_filters(["Tamworth"], [], ["strategic assessment"])
    assert f.partnerships == ("Tamworth",) and f.periods is None and f.allows(docs[1]) and not f.allows(docs[2])
    assert describe(f) == "Tamworth · strategic assessment"


# tables ----------------------------------------------------------------------------------------
def test_tables_browser_helpers_on_a_real_store():
    from assistant.tables import ExtractionResult, TableStore

    info = TableInfo("t1", "doc", "doc.txt", "Lichfield", "Ward rates", "ward_rates", "2018-19", "per 1,000", 0, 10,
                     section="Appendices > Data tables", page=30, page_inferred=True, columns=("Ward", "Rate"),
                     n_rows=2, n_cols=2)
    frame = pd.DataFrame({"Ward": ["Alpha", "Beta"], "Rate": ["12.2", "9.8"]})
    store = TableStore.from_results([ExtractionResult("doc", tables=(ExtractedTable(info, frame),))])
    row = store.list_tables().iloc[0]
    assert table_label(row) == "Ward rates — Lichfield, 2018-19"
    assert table_provenance(store.info("t1")) == ("doc.txt · Appendices > Data tables · "
                                                  "page 30 (inferred from the contents list) · period 2018-19")
    assert table_csv(store.table("t1")).decode("utf-8-sig").splitlines() == ["Ward,Rate", "Alpha,12.2", "Beta,9.8"]
