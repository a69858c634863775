"""A table that runs over a page turn with its header repeated: a passage cut at the repeated header is read
with the rows before it, so a ranking covers every ward (the reading of PDFs printed from HTML or Word)."""

from __future__ import annotations

from assistant.answer.tableqa import join_continued, read_tables
from assistant.retrieval.hybrid import Retrieved
from assistant.types import Chunk

DOC = """Robbery by ward, 2015 (rates per 1,000 residents)

Ward\tPopulation\tRobbery\tRobbery rate
Alder\t11,800\t14\t1.2
Birch\t15,900\t176\t11.1
Cedar\t16,500\t142\t8.6

Ward\tPopulation\tRobbery\tRobbery rate
Damson\t15,500\t151\t9.7
Elm\t14,900\t67\t4.5
Borough\t74,600\t550\t7.4
"""


def _hit(start: int, end: int) -> Retrieved:
    chunk = Chunk(chunk_id=f"d#{start}", doc_id="d", text=DOC[start:end], start=start, end=end,
                  section_path=("5 Wards",), page=5, page_inferred=False, kind="table", token_count=40,
                  context="Testshire (2015): 5 Wards")
    return Retrieved(chunk, 0.5, 0.5, 1.0, 0)


def test_the_part_after_the_repeated_header_is_read_with_the_whole_table():
    whole = read_tables(_hit(0, len(DOC)), "Testshire", DOC)
    assert len(whole) == 1 and [r.label for r in whole[0].rows] == ["Alder", "Birch", "Cedar", "Damson", "Elm", "Borough"]
    part_start = DOC.index("Ward", DOC.index("Cedar"))
    part = read_tables(_hit(part_start, len(DOC)), "Testshire", DOC)[0]
    assert [r.label for r in part.rows][:2] == ["Damson", "Elm"]
    joined = join_continued(part, whole)
    assert [r.label for r in joined.rows] == ["Alder", "Birch", "Cedar", "Damson", "Elm", "Borough"]
    assert joined.title.startswith("Robbery by ward, 2015")
    assert joined.hit is part.hit  # the retrieved passage is kept; rows outside it are cited on their own


NO_REPEAT = """Robbery by ward, 2015 (rates per 1,000 residents)

Ward\tPopulation\tRobbery\tRobbery rate
Alder\t11,800\t14\t1.2
Birch\t15,900\t176\t11.1

Ward populations are mid-year estimates.

Cedar\t16,500\t142\t8.6
Damson\t15,500\t151\t9.7
"""


def test_a_part_after_a_page_turn_without_the_header_is_headed_by_the_table_before_it():
    def hit(start: int, end: int) -> Retrieved:
        chunk = Chunk(chunk_id=f"n#{start}", doc_id="n", text=NO_REPEAT[start:end], start=start, end=end,
                      section_path=("5 Wards",), page=5, page_inferred=False, kind="table", token_count=40)
        return Retrieved(chunk, 0.5, 0.5, 1.0, 0)

    first = read_tables(hit(0, NO_REPEAT.index("Ward populations")), "Testshire", NO_REPEAT)[0]
    tail_at = NO_REPEAT.index("Cedar")
    tail = read_tables(hit(tail_at, len(NO_REPEAT)), "Testshire", NO_REPEAT)[0]
    assert not any(tail.header)
    for view in (first, tail):
        joined = join_continued(view, [first, tail])
        assert joined.header == first.header
        assert [r.label for r in joined.rows] == ["Alder", "Birch", "Cedar", "Damson"]


def test_a_pdf_tables_header_wrapped_over_lines_with_empty_leading_cells_is_joined_by_column():
    """A PDF reader prints a header wrapped over three lines as three tab-separated lines, the upper ones with
    their first cells empty ('1,000' there is part of 'Rate per 1,000 pop.', not a row)."""
    text = ("Table 4.1: Recorded crime by ward, ranked by rate\n\n"
            "\t\t\t\tRate per\tTimes\n"
            "\t\t\tCrimes\t1,000\tborough\n"
            "Rank\tWard\tTown\t2018/19\tpop.\trate\n"
            "1\tMill Central\tMillbrook\t3,224\t226.9\t1.97\n"
            "2\tFerry Lane\tMillbrook\t2,473\t154.9\t1.35\n"
            "3\tAshcombe\tOldcastle\t2,161\t143.9\t1.25\n")
    chunk = Chunk(chunk_id="w#0", doc_id="w", text=text, start=0, end=len(text), section_path=("4 Wards",),
                  page=4, page_inferred=False, kind="table", token_count=60)
    (view,) = read_tables(Retrieved(chunk, 0.5, 0.5, 1.0, 0), "Millbrook", text)
    assert view.header == ["Ward", "Rank", "Town", "Crimes 2018/19", "Rate per 1,000 pop.", "Times borough rate"]
    assert [r.label for r in view.rows] == ["Mill Central", "Ferry Lane", "Ashcombe"]


PARTIAL_REPEAT = """Table 4.1: Recorded crime by ward, ranked by rate

\t\t\tRate per\tTimes
\tPopulation\tCrimes\t1,000\tborough
Ward\t(mid-2018)\t2018/19\tpop.\trate
Alder\t14,210\t3,224\t226.9\t1.97
Birch\t15,960\t2,473\t154.9\t1.35
Cedar\t15,020\t2,161\t143.9\t1.25

\t\t\tRate per\tTimes
Damson\t13,210\t1,345\t101.8\t0.89
Elm\t13,050\t953\t73.0\t0.64
"""


def test_a_part_that_repeats_only_the_first_line_of_a_wrapped_header_is_read_with_the_whole_table():
    """A PDF converter may repeat only the first printed line of a three-line header after a page turn."""
    def hit(start: int, end: int) -> Retrieved:
        chunk = Chunk(chunk_id=f"p#{start}", doc_id="p", text=PARTIAL_REPEAT[start:end], start=start, end=end,
                      section_path=("4 Places",), page=7, page_inferred=False, kind="table", token_count=40)
        return Retrieved(chunk, 0.5, 0.5, 1.0, 0)

    cut = PARTIAL_REPEAT.index("\t\t\tRate per", PARTIAL_REPEAT.index("Cedar"))
    first = read_tables(hit(0, cut), "Testshire", PARTIAL_REPEAT)[0]
    tail = read_tables(hit(cut, len(PARTIAL_REPEAT)), "Testshire", PARTIAL_REPEAT)[0]
    assert [r.label for r in tail.rows] == ["Damson", "Elm"]
    joined = join_continued(tail, [first, tail])
    assert [r.label for r in joined.rows] == ["Alder", "Birch", "Cedar", "Damson", "Elm"]
    assert any("2018/19" in h for h in joined.header), joined.header


def test_a_passage_that_reads_a_table_further_from_the_same_start_is_the_documents_reading():
    """Two passages may read one table from its first line: one cut at the page turn, one running on past the
    repeated header. The document's reading is the longer, and the cut passage's table is read whole."""
    from assistant.answer.tableqa import tables_of_document

    def chunk(start: int, end: int) -> Chunk:
        return Chunk(chunk_id=f"o#{start}", doc_id="o", text=DOC[start:end], start=start, end=end,
                     section_path=("5 Wards",), page=5, page_inferred=False, kind="table", token_count=40)

    cut = DOC.index("\n\nWard", DOC.index("Cedar"))
    overlap = DOC.index("Cedar")  # the second passage starts a row before the first one ends
    views = tables_of_document([chunk(0, cut), chunk(overlap, len(DOC))], DOC, "Testshire")
    first = read_tables(Retrieved(chunk(0, cut), 0.5, 0.5, 1.0, 0), "Testshire", DOC)[0]
    joined = join_continued(first, views)
    assert [r.label for r in joined.rows] == ["Alder", "Birch", "Cedar", "Damson", "Elm", "Borough"]


def test_a_month_asked_in_full_names_the_row_a_table_prints_short():
    from assistant.answer.tableqa import TableQA
    from assistant.retrieval.lexical import TermWeights

    text = "NTE violence by month\n\nMonth\tChatham\tRochester\tTotal\nNov 2016\t29\t8\t37\nDec 2016\t47\t18\t65\n"
    chunk = Chunk(chunk_id="m#0", doc_id="m", text=text, start=0, end=len(text), section_path=("5 NTE",), page=None,
                  page_inferred=False, kind="table", token_count=30, context="Testshire (2017): 5 NTE")
    (view,) = read_tables(Retrieved(chunk, 0.5, 0.5, 1.0, 0), "Testshire", text)
    qa = TableQA(TermWeights(1, {}))
    assert [r.label for r in qa.named_rows(view, "How many offences were there in Rochester in December 2016?")] == ["Dec 2016"]
    assert qa.named_rows(view, "How many offences were there in Rochester in 2016?") == []
