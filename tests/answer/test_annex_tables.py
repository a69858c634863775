"""A made-up borough whose ward table stands in an annex, framed as a grid with shortened headers ('Burg.
/10k', 'Crime 21/22'): ward questions read it wherever it is printed, by the column the question names; a ratio
asked 'as a ratio' is worked out from a sentence; an item asked for by its label ('R2') is quoted."""

from __future__ import annotations

import pytest

from support import one_document_assistant

KELLMOOR = """KELLMOOR COMMUNITY SAFETY PARTNERSHIP

Strategic Assessment 2023-24

Data period: 2022/23 (April 2022 to March 2023), compared with 2021/22.

A. SUMMARY

A.1 Recorded crime in Kellmoor rose by 5.2% to 24,618 offences in 2022/23.

A.2 The borough's crime rate was 1,093.6 per 10,000 residents, below the force rate of 1,108.4 and above
the England and Wales rate of 897.0.

A.3 Compared with the previous 12 months, crime rose in the borough by around a fifth (+21%), which is
faster than the force-wide increase over the same period (+12%).

A.4 There were 512 hate crimes in 2022/23, compared with 547 in 2021/22.

A.5 In 2022/23 there were a total of 3,000 ASB incidents recorded. Excluding noise complaints from ASB, there
were 2,100 incidents of other ASB.

B. PRIORITIES

B.1 The partnership will focus on violence in the town centre, residential burglary in the northern wards
and anti-social behaviour around the retail parks. Priorities are reviewed each year by the Board.

B.2 Residential burglary fell by 7.2% to 1,102 offences. Work with landlords and home security visits
continue in the wards most affected.

D. RECOMMENDATIONS

  R1   Commission a violence problem profile for the town centre by March 2024.
        Owner: Community Safety Team

  R2   Extend target hardening and key-safe advice to Millbrook and Ferry Lane.
        Owner: Kellmoor Police (North Division)

C. GOVERNANCE

C.1 The Board meets quarterly and reports to the council's scrutiny committee.

C.2 The partnership will refresh this assessment in 2024.

ANNEX 1  WARD DATA

Exhibit AN1. Crime and burglary by ward, 2022/23, ordered by crime rate (per 10,000 residents)
+==================+========+=============+=============+============+==========+============+
| Ward             |   Pop. | Crime 21/22 | Crime 22/23 | Crime /10k | Burglary | Burg. /10k |
+==================+========+=============+=============+============+==========+============+
| KELLMOOR BOROUGH | 225,100 |     23,407 |      24,618 |    1,093.6 |    1,102 |       49.0 |
| Harrowden        |  13,400 |      2,970 |       3,226 |    2,407.5 |       66 |       49.3 |
| Millbrook        |  12,900 |      1,933 |       1,985 |    1,538.8 |       88 |       68.2 |
| Ferry Lane       |  12,300 |      1,650 |       1,787 |    1,452.8 |       77 |       62.6 |
| Ashcombe         |  10,100 |        424 |         422 |      417.8 |       35 |       34.7 |
+==================+========+=============+=============+============+==========+============+
"""


@pytest.fixture(scope="module")
def kellmoor(tmp_path_factory):
    return one_document_assistant(tmp_path_factory, "kellmoor_2023-24_strategic-assessment.txt", KELLMOOR,
                                  title="Kellmoor Strategic Assessment 2023-24", partnership="Kellmoor",
                                  period="2022-23")


def test_a_ward_ranked_on_the_column_a_shortened_header_names(kellmoor):
    a = kellmoor.ask("Which Kellmoor ward has the highest burglary rate?")
    assert a.status == "answered", a.answer
    lead = a.answer.split("\n")[0]
    # by 'Burg. /10k', not by the count of burglaries nor by the crime rate; the short '21/22' is no figure
    assert lead.startswith("Millbrook") and "68.2" in lead and "2,407.5" not in lead, a.answer
    assert not [n for n in a.notes if "verifier" in n], a.notes


def test_the_gap_between_the_highest_and_lowest_ward_rates(kellmoor):
    a = kellmoor.ask("gap between highest and lowest ward crime rates in Kellmoor")
    assert a.status == "answered", a.answer
    assert "1,989.7" in a.answer.split("\n")[0], a.answer


def test_a_comparison_asked_as_a_ratio_is_worked_out_from_the_sentence(kellmoor):
    a = kellmoor.ask("How does Kellmoor's crime rate compare with England and Wales as a ratio?")
    assert a.status == "answered", a.answer
    assert "1.22" in a.answer, a.answer


def test_an_item_named_by_its_label_is_quoted_with_the_lines_under_it(kellmoor):
    a = kellmoor.ask("kellmoor R2 - what is it and who owns it")
    assert a.status == "answered", a.answer
    first = a.answer.split("\n")[0]
    assert first.startswith("R2 Extend target hardening") and "Owner: Kellmoor Police" in first, a.answer
    assert "R1" not in first


def test_a_gap_in_percentage_points_between_two_percentages_of_a_sentence(kellmoor):
    # ('over the 12 months' is a period, not a threshold to count rows above)
    a = kellmoor.ask("By how many percentage points did the rise in crime in Kellmoor over the 12 months outpace the "
                     "force-wide rise?")
    assert a.status == "answered", a.answer
    assert "9.0 percentage points" in a.answer.split("\n")[0], a.answer


def test_a_rate_worked_out_from_the_population_a_table_prints_for_the_borough(kellmoor):
    a = kellmoor.ask("Kellmoor hate crime rate per 10,000 - work it out")
    assert a.status == "answered", a.answer
    lead = a.answer.split("\n")[0]
    assert "22.75 per 10,000" in lead and "225,100" in lead, a.answer


def test_a_share_of_the_part_a_sentence_leaves_out_of_a_total(kellmoor):
    a = kellmoor.ask("What share of all ASB incidents in Kellmoor in 2022/23 were noise complaints?")
    assert a.status == "answered", a.answer
    lead = a.answer.split("\n")[0]
    assert "900 of 3,000" in lead and "30.0%" in lead, a.answer


def test_a_count_asked_for_the_year_before_the_datas_needs_that_years_figure(kellmoor):
    # 2021/22 is the year before the data's: the hate crime sentence gives its figure, the ASB one gives none
    refused = kellmoor.ask("How many ASB incidents were recorded in Kellmoor in 2021/22?")
    assert refused.status == "insufficient_evidence" and "2021" in refused.answer, refused.answer
    answered = kellmoor.ask("How many hate crimes were there in Kellmoor in 2021/22?")
    assert answered.status == "answered" and "547" in answered.answer, answered.answer
