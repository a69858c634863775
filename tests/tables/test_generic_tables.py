"""Generic table finder: every devset table by layout, plus synthetic cases for each layout and the non-tables."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from assistant.tables.generic import RawTable, find_tables

DEVSET = Path(__file__).resolve().parents[2].parent / "shared" / "devset" / "corpus"
EXPECTED = json.loads((Path(__file__).parent / "data" / "devset_tables.json").read_text(encoding="utf-8"))
BUNDLED = Path(__file__).resolve().parents[2] / "corpus"


def _devset_text(name: str) -> str:
    path = DEVSET / name
    if not path.is_file():
        pytest.fail(f"devset document missing: {path} (the shared devset must sit beside the project at "
                    f"{DEVSET.parent.parent}); these tests never skip")
    return path.read_text(encoding="utf-8")


def _match(tables: list[RawTable], want: dict) -> RawTable:
    hits = [t for t in tables if want["title_contains"].lower() in t.title.lower()]
    assert hits, f"no table titled like {want['title_contains']!r}; titles: {[t.title for t in tables]}"
    return hits[0]


def _counted(table: RawTable) -> int:
    return sum(1 for r in table.rows if r.kind != "subheader")


def test_devset_is_present():
    assert DEVSET.is_dir(), f"devset corpus missing at {DEVSET}"
    assert sorted(p.name for p in DEVSET.glob("*.txt")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_devset_document_tables(name):
    text = _devset_text(name)
    tables = find_tables(text)
    expected = EXPECTED[name]
    print(f"{name}: found {len(tables)} tables, expected {len(expected)}")
    for want in expected:
        table = _match(tables, want)
        label = want["title_contains"]
        assert table.layout == want["layout"], label
        assert _counted(table) == want["n_rows"], label
        assert list(table.header) == want["header"], label
        for row, col, value in want["cells"]:
            assert table.rows[row].cells[col] == value, (label, row, col)
        if "total_rows" in want:
            assert [i for i, r in enumerate(table.rows) if r.kind == "total"] == want["total_rows"], label
    assert len(tables) == len(expected), [t.title for t in tables]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_devset_rows_keep_their_source_span(name):
    text = _devset_text(name)
    for table in find_tables(text):
        assert 0 <= table.start < table.end <= len(text)
        for row in table.rows:
            assert len(row.cells) == len(table.header)
            assert table.start <= row.start < row.end <= table.end
            span = text[row.start:row.end]
            assert "\n" not in span or table.layout in ("keyvalue", "space")
            for cell in row.cells:
                # a value folded from continuation lines is printed across several lines
                assert cell.split()[0] in span if cell else True, (table.title, cell)


def test_devset_table_counts_report():
    lines = []
    for name in sorted(EXPECTED):
        found = len(find_tables(_devset_text(name)))
        lines.append(f"{name}: {found} found / {len(EXPECTED[name])} expected")
    print("\n".join(lines))
    assert sum(len(v) for v in EXPECTED.values()) == 44


def test_bundled_corpus_tables_are_real():
    docs = sorted(BUNDLED.glob("*.txt"))
    assert docs, f"bundled corpus missing at {BUNDLED}"
    for path in docs:
        text = path.read_text(encoding="utf-8")
        for table in find_tables(text):
            assert table.layout == "tab", (path.name, table.title)
            assert "contents" not in table.title.lower(), (path.name, table.title)
            assert _counted(table) >= 2


# --- synthetic cases, one per layout feature ---------------------------------------------------------------

TAB = """Table 7: Offences by area, 2022/23

\tLast year\tThis year\tChange
North\t1,204\t1,310\t+8.8%
South\t980\t940\t-4.1%
East\tn/a\t..\t-
All areas\t2,184\t2,250\t+3.0%
Source: police recorded crime
"""


def test_tab_table_blank_first_header_total_and_notes():
    [table] = find_tables(TAB)
    assert table.layout == "tab"
    assert table.title == "Table 7: Offences by area, 2022/23"
    assert table.header == ("", "Last year", "This year", "Change")
    assert [r.kind for r in table.rows] == ["data", "data", "data", "total"]
    assert table.rows[1].cells == ("South", "980", "940", "-4.1%")
    assert table.rows[2].cells == ("East", "n/a", "..", "-")
    assert table.notes == ("Source: police recorded crime",)
    assert TAB[table.rows[0].start:table.rows[0].end] == "North\t1,204\t1,310\t+8.8%"


SPACE = """Table 3  Rates by district

                              Total crime    Violence against    Change
                                             the person
  Alpha district                     70.7               5.5      +12.3%
  Beta district¹                     74.1              11.2       -4.0%
  Gamma                              71.2*             12.9         n/a
  Whole county                      215.0              29.6       +2.1%

¹ Boundary changed in 2021.
* Provisional.
"""


def test_space_table_two_line_header_blank_first_cell_footnotes():
    [table] = find_tables(SPACE)
    assert table.layout == "space"
    assert table.title == "Table 3 Rates by district"
    assert table.header == ("", "Total crime", "Violence against the person", "Change")
    assert table.rows[1].cells == ("Beta district¹", "74.1", "11.2", "-4.0%")
    assert table.rows[2].cells == ("Gamma", "71.2*", "12.9", "n/a")
    assert table.rows[3].kind == "total"
    assert table.notes == ("¹ Boundary changed in 2021.", "* Provisional.")
    assert SPACE[table.rows[0].start:table.rows[0].end].strip().startswith("Alpha district")


RULED = """Table 9  Recorded crime
--------------------------------------------------------------
Offence group                2021-22    2022-23   % change
--------------------------------------------------------------
Violence against the person    5,412      6,130     +13.3%
Theft                          3,890      4,102      +5.4%
Drug offences                    690        642      -7.0%
All recorded crime             9,992     10,874      +8.8%
--------------------------------------------------------------
"""


def test_space_table_with_rules_and_label_spaces():
    [table] = find_tables(RULED)
    assert table.title == "Table 9 Recorded crime"
    assert table.header == ("Offence group", "2021-22", "2022-23", "% change")
    assert [r.cells[0] for r in table.rows] == ["Violence against the person", "Theft", "Drug offences",
                                                "All recorded crime"]
    assert not any(set(r.cells[0]) <= set("-") for r in table.rows)
    assert table.rows[-1].kind == "total"
    assert RULED[table.start:table.end].startswith("-----") and RULED[table.start:table.end].endswith("-----")


def test_space_header_overflowing_a_gutter():
    text = ("Burglary by ward\n\n"
            "  Ward             Homes  Burglaries   Rate per 1,000 homes\n"
            "  Upper Town       2,310          96                   41.6\n"
            "  Lower Town       3,050          88                   28.9\n"
            "  Middle           2,680          71                   26.5\n")
    [table] = find_tables(text)
    assert table.header == ("Ward", "Homes", "Burglaries", "Rate per 1,000 homes")
    assert table.rows[2].cells == ("Middle", "2,680", "71", "26.5")


PIPES = """| Area | 2014 | 2015 | % change |
|---|---|---|---|
| One | 612 | 672 | +9.8% |
| Two | 71 | 88 | +23.9% |

Scores by place

Place | Score
First | 107.4
Second | 105.8
Third | 104.6
"""


def test_pipe_tables_with_and_without_separator_and_outer_pipes():
    first, second = find_tables(PIPES)
    assert first.layout == second.layout == "pipe"
    assert first.header == ("Area", "2014", "2015", "% change")
    assert first.rows[1].cells == ("Two", "71", "88", "+23.9%")
    assert second.title == "Scores by place"
    assert second.header == ("Place", "Score")
    assert len(second.rows) == 3


def test_markdown_table_without_numbers_is_read():
    text = "| Project | Lead |\n|---|---|\n| Patrols | Police |\n| Outreach | Council |\n"
    [table] = find_tables(text)
    assert table.rows[1].cells == ("Outreach", "Council")


KV = """CARD TITLE
  Local rate:            31.7 per 1,000 residents
  Force rate:            17.6 per 1,000 residents
  Rank position:         3rd of 15
  Direction of travel:   improving (year to date: -6.1%,
                         against -2.0% a year ago)
"""


def test_keyvalue_block_with_continuation():
    [table] = find_tables(KV)
    assert table.layout == "keyvalue"
    assert table.title == "CARD TITLE"
    assert table.header == ("field", "value")
    assert table.rows[2].cells == ("Rank position", "3rd of 15")
    assert table.rows[3].cells == ("Direction of travel", "improving (year to date: -6.1%, against -2.0% a year ago)")
    assert KV[table.rows[3].start:table.rows[3].end].endswith("a year ago)")


def test_subheader_row_inside_a_tab_table():
    text = "Type\tCount\tRate\nProperty crime\nBurglary\t120\t1.2\nTheft\t340\t3.4\nPerson crime\nAssault\t210\t2.1\n"
    [table] = find_tables(text)
    assert [r.kind for r in table.rows] == ["subheader", "data", "data", "subheader", "data"]


NOT_TABLES = """Contents

1  Summary ............................................  2
2  Introduction .......................................  4
3  Crime overview .....................................  7

Introduction\t3
Methods\t5
Findings\t8
Annex\t12

1.1 This assessment covers 12 months and 4 districts; crime fell by 6.0% to 10,290 offences.
1.2 Rates are per 1,000 residents, and 3 wards are above 40.0 per 1,000 residents.

- Bullet one: 12 items
- Bullet two: 40 items
- Bullet three: 7 items

The partnership met in March.  It agreed 4 priorities.  Each has 2 leads.
Crime rose in 3 wards.  Robbery fell by 12%.  Theft rose by 4%.
"""


def test_contents_numbered_paragraphs_bullets_and_prose_are_not_tables():
    assert find_tables(NOT_TABLES) == []


def test_glossary_without_numbers_is_not_a_table():
    assert find_tables("ASB\tAnti-social behaviour\nDA\tDomestic abuse\nNTE\tNight-time economy\n") == []


def test_one_data_row_is_not_a_table():
    assert find_tables("Area\tCount\nNorth\t12\n") == []


@pytest.mark.parametrize("text", ["", "\n\n", "\t\t\n\t", "|||\n|||\n|||", "x" * 5000, "a:\nb:\nc:",
                                  "\x00\t1\n\x00\t2\n", "  -----\n  =====\n", "1  2\n" * 3, None, 12])
def test_odd_input_never_raises(text):
    assert isinstance(find_tables(text), list)


def test_a_megabyte_runs_in_seconds():
    parts = [TAB, SPACE, RULED, PIPES, KV, NOT_TABLES, "Some prose line that goes on for a while.\n" * 20]
    text = ("\n\n".join(parts) * 400)[:1_000_000]
    began = time.perf_counter()
    tables = find_tables(text)
    assert time.perf_counter() - began < 5
    assert len(tables) > 1000


GRID_AND_CAPTIONS_BELOW = """\
Exhibit K1. Crime by ward, ordered by rate
+==================+=========+=============+
| Ward             |  Crimes | Per 10,000  |
+==================+=========+=============+
| Harrowden        |   1,204 |       981.4 |
| Kellmoor         |     866 |       702.0 |
| Millbrook        |     511 |       450.3 |
+==================+=========+=============+

Offence group        2021/22   2022/23   Change
-----------------------------------------------
Violence               7,912     8,640     ▲ 9%
Burglary               1,544     1,478     ▼ 4%
Shoplifting            2,410     2,410     ► 0%
Table 3.1 - Recorded crime by offence group, Wessexshire

Ward         Offences   Rate per 1,000
--------------------------------------
Harrowden       2,088            110.5
Kellmoor        1,139             64.7
Table 3.2 - Violence by ward, 2022/23
"""


def test_a_grid_tables_borders_frame_its_header_and_rows():
    grid = find_tables(GRID_AND_CAPTIONS_BELOW)[0]
    assert grid.title == "Exhibit K1. Crime by ward, ordered by rate"
    assert grid.header == ("Ward", "Crimes", "Per 10,000")
    assert [r.cells[0] for r in grid.rows] == ["Harrowden", "Kellmoor", "Millbrook"]


def test_a_caption_printed_under_a_table_is_that_tables_not_the_next_ones():
    tables = find_tables(GRID_AND_CAPTIONS_BELOW)
    assert [t.title for t in tables[1:]] == ["Table 3.1 - Recorded crime by offence group, Wessexshire",
                                             "Table 3.2 - Violence by ward, 2022/23"]
    # the caption stays with its table's span (a passage cut after the table keeps it)
    assert GRID_AND_CAPTIONS_BELOW[: tables[1].end].endswith("Wessexshire")


def test_an_arrow_signs_a_change_and_an_ordinal_is_a_rank():
    from assistant.tables.cells import parse_number

    assert parse_number("▲ 9%").value == 9 and parse_number("▼ 4%").value == -4 and parse_number("► 0%").value == 0
    assert parse_number("▼ 4%").text == "▼ 4%"
    assert parse_number("11th of 15").value == 11
