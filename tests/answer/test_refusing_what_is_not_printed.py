"""Questions about things a document almost holds: a measure it gives for other years only, the part of a share
it never breaks down, a rate of a topic it only names as a priority, a ward's figure for a measure it gives
for the whole district, a person for a role nobody is named in, a comparison with a comparator the document prints no figure of. Each is refused, naming what is missing, and
the question the document does answer beside it is still answered. One made-up partnership, built with the
real model and FAISS."""

from __future__ import annotations

import pytest

from tests.support import corpus_assistant

HARROWFIELD = """\
Harrowfield Community Safety Partnership
Strategic Assessment 2021/22

1. Introduction

This assessment covers 1 April 2021 to 31 March 2022 for Harrowfield, a borough of 134,000 residents in
twelve wards. The partnership's priorities for 2022-23 are serious violence, domestic abuse and reducing
reoffending.

2. Recorded crime

Table 1. Recorded crime by type, Harrowfield, 2019/20 to 2021/22

Crime type                        2019/20     2020/21     2021/22
All crime                          11,204      10,387      11,932
Violence against the person         3,871       3,702       4,418
Burglary                              702         541         563
Vehicle offences                      988         744         801

3. Knife crime

Knife crime (offences involving a knife or sharp instrument) rose from 96 offences in 2020/21 to 121 in
2021/22.

Knife crime offences                2020/21     2021/22
Harrowfield                              96         121 Most offences were in the town centre at night.

4. Where crime happens

Together, Millbrook, Stanton and Quarry Hill wards account for 41.7% of all recorded crime in the borough.
Millbrook ward, which holds the town centre, has the highest crime rate, at 201.4 crimes per 1,000
residents.

The Castle Quarter, the streets around the market square, holds most of the night-time economy. Violence in
the Castle Quarter fell from 212 incidents in 2020/21 to 198 in 2021/22. Anti-social behaviour incidents
across the borough fell by 6%, from 3,210 to 3,017.

5. Domestic abuse

Police recorded 2,310 domestic abuse incidents in 2021/22. The Harrowfield Outreach Service supported 684
victims during the year, and 27% of the cases heard at MARAC were repeat victims.
Of the victims the Outreach Service supported, 52 were aged 16 to 17.

Violence with injury rose to 1,960 offences in 2021/22, and 31% of them were flagged as alcohol-related.

In the 2021 residents' survey, 71% of residents said they felt safe in the town centre after dark.

6. Partnership funding

Funding source 2021/22                  Amount
Police and Crime Commissioner grant     £64,000
Harrowfield Borough Council             £35,000
Oakbury Parish Council                   £6,500

7. How Harrowfield compares

Table 3. Rates per 1,000 residents, 2021/22

Measure                         Harrowfield     Force area     England and Wales
All crime                              89.0           81.3                  88.7
Violence against the person            33.0           29.4                   n/a

Domestic abuse incidents ran at 17.2 per 1,000 residents, against 14.9 for the force area.
First-time entrants to the youth justice system ran at 210 per 100,000 young people, against 180 for
Leicestershire.

8. Governance

The Safer Harrowfield Board is chaired by Councillor Mina Okafor, Executive Lead for Safer Harrowfield, with
Chief Inspector Tom Reed as vice-chair. Each priority has a named lead and an action plan.
"""


@pytest.fixture(scope="module")
def harrowfield(tmp_path_factory):
    entry = {"title": "Harrowfield Community Safety Partnership: Strategic Assessment 2021/22",
             "partnership": "Harrowfield", "kind": "strategic assessment", "period": "2021-22"}
    return corpus_assistant(tmp_path_factory, "harrowfield",
                            [("harrowfield_2021-22_strategic-assessment.txt", HARROWFIELD, entry)])


def test_a_measure_asked_for_a_year_the_document_gives_only_other_measures_for_is_refused(harrowfield):
    a = harrowfield.ask("knife crime in harrowfield in 2019/20?")
    assert a.status == "insufficient_evidence", a.answer
    assert "2019-20" in a.answer and "knife crime" in a.answer, a.answer
    b = harrowfield.ask("how many knife crime offences were there in harrowfield in 2020/21?")
    assert b.status == "answered" and "96" in b.answer, b.answer


def test_a_figure_in_a_table_whose_title_names_the_year_is_answered(harrowfield):
    a = harrowfield.ask("How much did Oakbury Parish Council contribute to Harrowfield's partnership funding in 2021/22?")
    assert a.status == "answered", a.answer
    assert "6,500" in a.answer, a.answer


def test_a_share_of_a_part_the_document_never_breaks_down_is_refused(harrowfield):
    a = harrowfield.ask("what percentage of domestic abuse victims in harrowfield were men?")
    assert a.status == "insufficient_evidence", a.answer
    assert "'men'" in a.answer, a.answer
    b = harrowfield.ask("what percentage of MARAC cases in harrowfield were repeat victims?")
    assert b.status == "answered" and "27%" in b.answer, b.answer


def test_a_rate_of_a_topic_the_document_only_names_as_a_priority_is_refused(harrowfield):
    a = harrowfield.ask("What is the proven reoffending rate in Harrowfield?")
    assert a.status == "insufficient_evidence", a.answer
    # asked with the place's possessive instead of 'the'
    b = harrowfield.ask("What is Harrowfield's proven reoffending rate?")
    assert b.status == "insufficient_evidence", b.answer


def test_a_wards_share_of_all_crime_is_not_its_figure_for_one_measure(harrowfield):
    a = harrowfield.ask("How many knife crime offences were there in Millbrook ward in 2021/22?")
    assert a.status == "insufficient_evidence", a.answer
    assert "Millbrook" in a.answer or "ward" in a.answer, a.answer
    b = harrowfield.ask("what is the crime rate in Millbrook ward?")
    assert b.status == "answered" and "201.4" in b.answer, b.answer


def test_a_role_nobody_is_named_for_is_refused_though_the_partnerships_name_is_in_another_title(harrowfield):
    """'Executive Lead for Safer Harrowfield' holds a lead role of the partnership, not the priority's."""
    a = harrowfield.ask("Who is the named lead for the domestic abuse priority in Safer Harrowfield?")
    assert a.status == "insufficient_evidence", a.answer
    b = harrowfield.ask("Who chairs the Safer Harrowfield Board?")
    assert b.status == "answered" and "Mina Okafor" in b.answer.split("\n")[0], b.answer


def test_a_figure_asked_for_a_month_needs_the_month_beside_the_measure(harrowfield):
    a = harrowfield.ask("How many domestic abuse incidents did Harrowfield record in March 2022?")
    assert a.status == "insufficient_evidence", a.answer
    assert "monthly" in a.answer and "March 2022" in a.answer, a.answer
    # a span of months is a period, not a month nor a place
    b = harrowfield.ask("How many domestic abuse incidents did Harrowfield record in April 2021 to March 2022?")
    assert b.status == "answered" and "2,310" in b.answer, b.answer


def test_a_verb_ending_what_is_counted_is_not_a_missing_topic(harrowfield):
    a = harrowfield.ask("How many victims came to the Harrowfield Outreach Service in 2021/22?")
    assert a.status == "answered" and "684" in a.answer, a.answer


def test_a_comparison_with_a_comparator_the_document_gives_no_figure_of_is_refused(harrowfield):
    a = harrowfield.ask("How does Harrowfield's domestic abuse rate compare with the England and Wales rate?")
    assert a.status == "insufficient_evidence", a.answer
    assert "England and Wales" in a.answer and "domestic abuse" in a.answer, a.answer
    # a cell printed as left out is no figure
    b = harrowfield.ask("How does Harrowfield's violence against the person rate compare with the England and Wales rate?")
    assert b.status == "insufficient_evidence", b.answer


def test_a_comparison_the_document_prints_is_answered_from_a_sentence_or_a_table(harrowfield):
    a = harrowfield.ask("How does Harrowfield's domestic abuse rate compare with the force area rate?")
    assert a.status == "answered" and "14.9" in a.answer, a.answer
    b = harrowfield.ask("How does Harrowfield's all crime rate compare with England and Wales?")
    assert b.status == "answered" and "88.7" in b.answer, b.answer
    # the comparator asked for by its kind ('the county') is printed by its name
    c = harrowfield.ask("How does Harrowfield's first-time entrants rate compare with the county?")
    assert c.status == "answered" and "180" in c.answer, c.answer


def test_a_named_areas_figure_for_one_measure_does_not_answer_another_quoted_beside_it(harrowfield):
    """The borough's ASB figure, quoted after the area's violence figure, is not the area's ASB figure."""
    a = harrowfield.ask("How many ASB incidents were there in the Castle Quarter of Harrowfield in 2021/22?")
    assert a.status == "insufficient_evidence", a.answer
    assert "Castle Quarter" in a.answer, a.answer
    b = harrowfield.ask("How many violent incidents were there in the Castle Quarter of Harrowfield in 2021/22?")
    assert b.status == "answered" and "198" in b.answer, b.answer


def test_a_figure_for_an_age_band_the_document_does_not_break_down_is_refused(harrowfield):
    a = harrowfield.ask("How many victims aged over 65 did the Harrowfield Outreach Service support?")
    assert a.status == "insufficient_evidence", a.answer
    assert "over 65" in a.answer, a.answer
    # the band the document gives, and one year either side of it ('under 18' is '16 to 17' and younger)
    b = harrowfield.ask("How many victims aged 16 to 17 did the Harrowfield Outreach Service support?")
    assert b.status == "answered" and "52" in b.answer, b.answer


def test_a_figure_asked_without_a_qualifier_is_not_answered_by_the_figure_with_it(harrowfield):
    a = harrowfield.ask("In Harrowfield, what share of violence without injury offences were flagged as alcohol-related?")
    assert a.status == "insufficient_evidence", a.answer
    assert "'with injury'" in a.answer, a.answer
    b = harrowfield.ask("In Harrowfield, what share of violence with injury offences were flagged as alcohol-related?")
    assert b.status == "answered" and "31%" in b.answer, b.answer


def test_a_figure_for_a_part_of_the_day_or_of_the_place_the_document_does_not_give_is_refused(harrowfield):
    a = harrowfield.ask("What percentage of Harrowfield residents felt safe in the town centre during the day?")
    assert a.status == "insufficient_evidence", a.answer
    assert "during the day" in a.answer, a.answer
    b = harrowfield.ask("What % of residents in the north of Harrowfield felt safe in the town centre after dark?")
    assert b.status == "insufficient_evidence", b.answer
    assert "the north of Harrowfield" in b.answer, b.answer
    c = harrowfield.ask("What percentage of Harrowfield residents felt safe in the town centre after dark?")
    assert c.status == "answered" and "71%" in c.answer, c.answer
