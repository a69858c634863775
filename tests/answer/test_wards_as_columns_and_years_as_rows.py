"""A template whose tables are turned the other way: wards as columns (with the borough's 'Total' column and cells
printed 'n/a'), years as rows, the area's rate beside a regional rate in one row, a comparator table without the
measure asked about, and a glossary that names the comparator and the measure on neighbouring lines. One made-up
partnership, built with the real model and FAISS."""

from __future__ import annotations

import pytest

from tests.support import corpus_assistant

ORCHARDTON = """\
Orchardton Community Safety Partnership
Strategic Assessment 2022-23

1. Introduction

1.1 This assessment covers 2021/22 for Orchardton, a borough of 98,400 residents.

2. How Orchardton compares

Table 2.1  Rates per 1,000 population by offence type, 2021/22: Orchardton and comparators

Area                               All crime    VAP   Robbery   Shoplifting
Orchardton                             84.2    31.6       0.9           6.1
Most similar group (MSG) average       80.7    30.2       1.1           5.2
England and Wales                      88.7    31.4       1.3           5.6

2.2 For anti-social behaviour no MSG comparison is available, because recording practice differs between forces.
2.3 Orchardton recorded 4,120 ASB incidents in 2021/22, a rate of 41.9 per 1,000 population.

| Offence group          | 2020/21 | 2021/22 | Rate per 1,000 | South West rate |
|------------------------|---------|---------|----------------|-----------------|
| Theft from the person  |     402 |     466 |            4.7 |             1.5 |
| Criminal damage        |     811 |     790 |            8.0 |             7.1 |

Figure 2.4 Offences, rates and the South West rate, 2021/22

3. Domestic abuse

Table 3.1 Domestic abuse incidents and crimes, 2018/19 to 2021/22

Year        DA incidents    DA crimes
2018/19            2,410        1,204
2019/20            2,530        1,318
2020/21            2,702        1,433
2021/22            2,896        1,561

3.2 The number of incidents has risen every year since 2018/19.

4. Where crime happens

Table 4.1 Recorded crime by offence type and ward, 2021/22 (counts)

Offence                 Appleby   Brookfield   Castleford   Dunmore   Total
All crime                 1,904        2,211        2,870     1,299   8,284
Violence                    702          811        1,020       430   2,963
  of which: knife crime     n/a          n/a          n/a       n/a      61
Burglary                    121          140          188        77     526

4.2 Knife crime figures are too small to publish reliably by ward.

Table 4.3 Crime by ward, 2021/22 (rates per 1,000 population)

Ward            Population    Crimes    Per 1,000    % of borough
Appleby             22,100     1,904        86.2            23.0
Brookfield          24,800     2,211        89.2            26.7
Castleford          29,600     2,870        97.0            34.6
Dunmore             21,900     1,299        59.3            15.7
Total               98,400     8,284        84.2           100.0

5. Glossary

ASB     Anti-social behaviour
DA      Domestic abuse
MSG     Most similar group (of 15 community safety partnerships)
VAP     Violence against the person
"""


@pytest.fixture(scope="module")
def orchardton(tmp_path_factory):
    entry = {"title": "Orchardton Community Safety Partnership: Strategic Assessment 2022-23",
             "partnership": "Orchardton", "kind": "strategic assessment", "period": "2021-22"}
    return corpus_assistant(tmp_path_factory, "orchardton",
                            [("orchardton_2022-23_strategic-assessment.txt", ORCHARDTON, entry)])


def test_a_change_between_two_years_of_a_table_whose_rows_are_years(orchardton):
    a = orchardton.ask("percentage rise in orchardton DA incidents from 2018/19 to 2021/22?")
    assert a.status == "answered", a.answer
    first = a.answer.split("\n")[0]
    assert "2,410" in first and "2,896" in first and "+20.2%" in first, a.answer
    # (the DA crimes column is another measure)
    assert "1,561" not in first, a.answer


def test_a_short_financial_year_in_a_question_is_that_year(orchardton):
    a = orchardton.ask("percentage rise in orchardton DA incidents from 18/19 to 21/22?")
    assert a.status == "answered" and "+20.2%" in a.answer.split("\n")[0], a.answer


def test_a_wards_cell_printed_as_left_out_is_no_figure_for_it(orchardton):
    a = orchardton.ask("How many knife crimes were there in Brookfield in 2021/22?")
    assert a.status == "insufficient_evidence", a.answer
    assert "Brookfield" in a.answer, a.answer
    # the borough's own cell holds a figure
    b = orchardton.ask("How many knife crimes were there in Orchardton in 2021/22?")
    assert b.status == "answered" and "61" in b.answer, b.answer


def test_a_ward_tables_total_column_is_no_ward(orchardton):
    names = {w.lower() for w, _ in orchardton.load().gazetteer.wards.values()}
    assert {"appleby", "brookfield", "castleford", "dunmore"} <= names, names
    assert "total" not in names, names


def test_a_bare_topic_asked_of_a_ward_needs_the_wards_figure_for_that_topic(orchardton):
    a = orchardton.ask("knife crime in castleford ward 2021/22")
    assert a.status == "insufficient_evidence", a.answer
    b = orchardton.ask("burglary in castleford ward 2021/22")
    assert b.status == "answered" and "188" in b.answer, b.answer


def test_a_comparator_named_in_a_glossary_beside_the_measure_is_no_comparison(orchardton):
    a = orchardton.ask("orchardton ASB rate vs the MSG average?")
    assert a.status == "insufficient_evidence", a.answer
    assert "MSG" in a.answer, a.answer
    b = orchardton.ask("orchardton shoplifting rate vs the MSG average?")
    assert b.status == "answered" and "5.2" in b.answer, b.answer


def test_how_many_times_the_comparators_rate_from_two_columns_of_a_row(orchardton):
    a = orchardton.ask("orchardton theft from the person rate - how many times the south west rate?")
    assert a.status == "answered", a.answer
    first = a.answer.split("\n")[0]
    assert "4.7" in first and "1.5" in first and "3.13 times" in first, a.answer
    assert any(f.formula == "4.7 / 1.5" for f in a.figures), a.figures


def test_a_share_of_one_measure_in_another_of_the_same_table_by_year(orchardton):
    a = orchardton.ask("what share of orchardton DA incidents were recorded as crimes?")
    assert a.status == "answered", a.answer
    first = a.answer.split("\n")[0]
    assert first.startswith("53.9%") and "1,561" in first and "2,896" in first, a.answer
    b = orchardton.ask("what share of orchardton DA incidents were recorded as crimes in 2018/19?")
    assert b.answer.split("\n")[0].startswith("50.0%"), b.answer


def test_the_one_ward_with_the_most_and_its_printed_share(orchardton):
    a = orchardton.ask("which orchardton ward had the most crime in 2021/22, and what share of the borough total was it?")
    assert a.status == "answered", a.answer
    first = a.answer.split("\n")[0]
    assert first.startswith("Castleford") and "34.6" in first, a.answer


def test_a_phrase_one_short_word_from_a_measures_name_is_no_typo_of_it():
    from assistant.answer.understand import _measures_in

    assert _measures_in("what share of the city total was it?") == []
    assert _measures_in("what is the burglery rate") == ["burglary"]


def test_a_ward_printed_as_a_column_gives_its_own_cell_of_the_measure_s_row(orchardton):
    a = orchardton.ask("how many burglaries were there in Castleford in 2021/22?")
    assert a.status == "answered", a.answer
    first = a.answer.split("\n")[0]
    assert "Castleford 188" in first and "121" not in first and "140" not in first, a.answer
    # asked as a ward, with no ranking: the same cell
    b = orchardton.ask("burglary in Castleford ward 2021/22?")
    assert b.status == "answered" and "Castleford 188" in b.answer.split("\n")[0], b.answer
