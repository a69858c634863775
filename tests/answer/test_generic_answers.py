"""Answering on documents nobody tuned for: tables of any layout, the evidence floor, calibrated refusals,
numbers bound to what their sentence names. The corpus is written here, for a made-up partnership, in
layouts the bundled documents do not use (space-aligned and pipe tables, hard-wrapped paragraphs)."""

from __future__ import annotations


import pytest

from assistant.answer.tableqa import read_tables
from assistant.answer.verify import problems, verify
from assistant.retrieval.hybrid import Retrieved
from assistant.types import Answer, Chunk, Citation, DocumentMeta, Figure
from support import one_document_assistant

HARBOURTOWN = """HARBOURTOWN COMMUNITY SAFETY PARTNERSHIP

STRATEGIC ASSESSMENT 2016-17

Data period: 2016-17 (April 2016 to March 2017), compared with 2015-16


1  SUMMARY

Recorded crime in Harbourtown fell by 4.1% in 2016-17, to 9,120 offences. At
61.2 crimes per 1,000 residents the borough sits below the Westshire force
area (66.0) and the England and Wales rate (70.3).

The Quayside Nights scheme, a late-night pilot run with licensees and street
marshals, was commended by the regional licensing forum as good practice.

The partnership is chaired by Councillor Morwenna Tregarthen, Portfolio Holder
for Neighbourhoods, with Superintendent Idris Penhallow as vice-chair.


2  ROBBERY BY WARD

Table 2  Personal robbery by ward, 2016-17

  Ward                   Population     Robberies     Rate per 1,000
  Quayside                    8,200            96               11.7
  Old Town                    7,400            61                8.2
  Fishergate                  6,900            40                5.8
  Hillcrest                   9,100            22                2.4
  Westmoor                    8,800            11                1.3
  Harbourtown                40,400           230                5.7

Quayside holds the town's main night-time economy, where most robberies happen
between midnight and 3am on Saturday mornings.


3  VEHICLE CRIME

| Offence | 2015-16 | 2016-17 | % change |
|---|---|---|---|
| Theft from a vehicle | 512 | 448 | -12.5% |
| Theft of a vehicle | 140 | 151 | +7.9% |
| Vehicle interference | 66 | 58 | -12.1% |


4  RECOMMENDATIONS

The assessment recommends that the partnership:
- keeps robbery in Quayside as a priority, with the Quayside Nights scheme extended to Fridays;
- funds target hardening for vehicle owners in Old Town.
"""

@pytest.fixture(scope="module")
def harbourtown(tmp_path_factory):
    """An Assistant over one made-up partnership's assessment, built with the real model and FAISS."""
    return one_document_assistant(tmp_path_factory, "harbourtown_2017_strategic-assessment.txt", HARBOURTOWN,
                                  title="Harbourtown Community Safety Partnership: Strategic Assessment 2016-17",
                                  partnership="Harbourtown", period="2016-17")


def test_a_ranking_on_a_space_aligned_ward_table(harbourtown):
    ans = harbourtown.ask("Which wards in Harbourtown have the highest robbery rates?")
    assert ans.status == "answered"
    first = ans.answer.splitlines()[0]
    assert first.startswith("Quayside, Old Town and Fishergate"), ans.answer
    assert "11.7" in first and "Harbourtown" not in first.split(":")[0]  # the total row is not a ward
    assert any(c.kind in ("passage", "table_row") and "Quayside" in c.text for c in ans.citations)


def test_a_share_of_the_total_row_is_a_computed_figure(harbourtown):
    ans = harbourtown.ask("What share of Harbourtown's robberies were in Quayside and Old Town?")
    share = [f for f in ans.figures if f.computed and f.unit == "%"]
    assert share and abs(share[0].value - (96 + 61) / 230 * 100) < 0.01, ans.answer
    assert "68.3%" in ans.answer


def test_times_the_total_row_rate(harbourtown):
    ans = harbourtown.ask("How many times the borough rate is the robbery rate in Quayside?")
    ratio = [f for f in ans.figures if f.computed and f.unit == "times"]
    assert ratio and abs(ratio[0].value - 11.7 / 5.7) < 0.01, ans.answer


def test_change_between_period_columns_of_a_pipe_table(harbourtown):
    ans = harbourtown.ask("How did theft of a vehicle change in Harbourtown between 2015-16 and 2016-17?")
    pct = [f for f in ans.figures if f.computed and f.unit == "%"]
    assert pct and abs(pct[0].value - (151 - 140) / 140 * 100) < 0.01, ans.answer
    assert "Theft of a vehicle (Harbourtown) rose: 140 in 2015-16 and 151 in 2016-17" in ans.answer  # whose, which way


def test_a_name_the_question_capitalises_brings_its_passage(harbourtown):
    ans = harbourtown.ask("What is Quayside Nights?")
    assert ans.status == "answered" and "licensing forum" in ans.answer


def test_who_questions_quote_the_passage_that_names_people(harbourtown):
    ans = harbourtown.ask("Who chairs the Harbourtown partnership?")
    assert "Morwenna Tregarthen" in ans.answer, ans.answer


def test_a_hard_wrapped_paragraph_is_quoted_as_whole_sentences(harbourtown):
    ans = harbourtown.ask("why do robberies happen in Quayside?")
    assert "between midnight and 3am on Saturday mornings" in " ".join(ans.answer.split())


@pytest.mark.parametrize("question, named", [
    ("How many knife crimes were there in Harbourtown?", "knife"),
    ("What is the unicorn crime rate in Harbourtown?", "unicorn"),
    ("What is the ASB rate in Northants?", "Northamptonshire"),
])
def test_refusals_name_what_the_documents_do_not_hold(harbourtown, question, named):
    ans = harbourtown.ask(question)
    assert ans.status == "insufficient_evidence", ans.answer
    assert named in ans.answer


def test_a_recommendation_nobody_made_is_refused_and_one_that_was_is_quoted(harbourtown):
    assert harbourtown.ask("What does the Harbourtown assessment recommend about shoplifting?").status == "insufficient_evidence"
    ans = harbourtown.ask("What does the Harbourtown assessment recommend about robbery?")
    assert ans.status == "answered" and "Fridays" in ans.answer


# --- reading tables from a passage -------------------------------------------------------------------------
def _hit(text: str) -> Retrieved:
    chunk = Chunk("d#1", "d", text, 0, len(text), ("S",), None, False, "table", 0)
    return Retrieved(chunk, 1.0, 0.9, 0.0, 0)


def test_a_header_printed_on_two_lines_and_a_year_header():
    text = ("Area                 All crime    Violence against    Hate crime\n"
            "                                  the person\n"
            "Swanford                 750.3            249.7           12.3\n"
            "Force area               842.6            281.4           13.8\n")
    (view,) = read_tables(_hit(text))
    assert view.header == ["Area", "All crime", "Violence against the person", "Hate crime"]
    assert [r.label for r in view.rows] == ["Swanford", "Force area"] and view.rows[1].aggregate
    years = "| Offence | 2014 | 2015 | % change |\n|---|---|---|---|\n| Gun crime | 61 | 78 | +27.9% |\n| Knife crime | 356 | 412 | +15.7% |\n"
    (view,) = read_tables(_hit(years))
    assert view.header == ["Offence", "2014", "2015", "% change"] and len(view.rows) == 2
    assert view.rows[0].values[3] == 27.9


def test_grid_borders_frame_a_table_and_a_caption_under_a_table_is_its_own():
    text = ("Exhibit K1. Crime by ward, ordered by rate (MSG position: 1st = lowest rate)\n"
            "+============+========+============+\n"
            "| Ward       | Crimes | Per 10,000 |\n"
            "+============+========+============+\n"
            "| Harrowden  |  1,204 |      981.4 |\n"
            "| Kellmoor   |    866 |      702.0 |\n"
            "+============+========+============+\n"
            "Table 9 - Not this one\n"
            "\n"
            "Ward         Offences   Rate per 1,000\n"
            "--------------------------------------\n"
            "Harrowden       2,088            110.5\n"
            "Kellmoor        1,139             64.7\n"
            "Table 3.2 - Violence by ward, 2022/23\n")
    grid, spaced = read_tables(_hit(text))
    assert grid.header == ["Ward", "Crimes", "Per 10,000"] and [r.label for r in grid.rows] == ["Harrowden", "Kellmoor"]
    # (the bracketed note's '1st' is no figure of an answer quoting the title: the note is left out whole)
    assert grid.caption == "Crime by ward, ordered by rate"
    assert spaced.header == ["Ward", "Offences", "Rate per 1,000"]
    assert spaced.caption == "Violence by ward, 2022/23"


def test_a_header_repeated_after_a_page_turn_keeps_one_table():
    text = "Ward\tRate\nNorth\t4.1\nSouth\t3.2\n\nWard\tRate\nEast\t2.0\nTown\t3.1\n"
    views = read_tables(_hit(text))
    assert len(views) == 1 and [r.label for r in views[0].rows] == ["North", "South", "East", "Town"]


# --- the verifier binds numbers to what their sentence names -------------------------------------------------
META = {"d": DocumentMeta(doc_id="d", source="d.txt", title="T", partnership="P", kind=None, published=None,
                          period=None, producer=None, data_period=None, file_type="text")}
TABLE = "Ward\tRate\nNorthfield\t12.2\nSouthfield\t9.8"


def _answer(text: str, figures=()) -> Answer:
    cite = Citation(n=1, doc_id="d", title="T", partnership="P", period=None, source="d.txt", page=None,
                    section="S", text=TABLE, score=1.0, start=0, end=len(TABLE), kind="table_row")
    return Answer(question="q", status="answered", answer=text, citations=(cite,), figures=tuple(figures))


def test_a_reply_that_swaps_two_wards_rates_fails():
    right = _answer("- Northfield: 12.2 [1]\n- Southfield: 9.8 [1]")
    swapped = _answer("- Northfield: 9.8 [1]\n- Southfield: 12.2 [1]")
    assert problems(right, {"d": TABLE}) == []
    bad = problems(swapped, {"d": TABLE})
    assert any("another row" in p for p in bad), bad
    assert verify(swapped, META, {"d": TABLE}).status == "insufficient_evidence"


def test_a_number_must_be_in_the_passage_its_own_sentence_cites():
    other = "Northfield had 44 incidents."
    cites = (Citation(n=1, doc_id="d", title="T", partnership="P", period=None, source="d.txt", page=None, section="S",
                      text=TABLE, score=1.0), Citation(n=2, doc_id="d", title="T", partnership="P", period=None,
                                                        source="d.txt", page=None, section="S", text=other, score=1.0))
    ans = Answer(question="q", status="answered", answer="Northfield had 44 incidents [1].\nSee [2].", citations=cites)
    assert any("its sentence cites" in p for p in problems(ans, {"d": TABLE + "\n" + other}))


def test_after_a_line_is_dropped_the_answer_is_renumbered_and_leads_with_what_it_supports():
    doc = TABLE + "\nSouthfield saw a fall."
    cites = tuple(Citation(n=k, doc_id="d", title="T", partnership="P", period=None, source="d.txt", page=None,
                           section="S", text=t, score=1.0) for k, t in ((1, "Northfield\t12.2"), (2, "Southfield saw a fall.")))
    ans = Answer(question="q", status="answered", answer="Northfield: 99.9 [1]\nSouthfield saw a fall [2].",
                 citations=cites, figures=(Figure("x", None, None, None, None, 1.0, ""),))
    fixed = verify(ans, META, {"d": doc})
    assert fixed.status == "answered"
    assert fixed.answer.startswith("Southfield saw a fall [1].")
    assert [c.n for c in fixed.citations] == [1]
