"""Answers over layouts the bundled documents never use: tables printed one cell per line, tables split
by a page break, abbreviations defined in the text, footnote numbers in brackets, figures stated only in
prose. The document is made up for the test (a partnership that does not exist), built with the real
model and FAISS."""

from __future__ import annotations

import re

import pytest

from tests.support import one_document_assistant

MARSHFORD = """\
Marshford Community Safety Partnership
Strategic Assessment 2015-16

Contents
1 Introduction
2 Anti-social behaviour
3 Violence
4 Night-time economy
5 Recommendations

1 Introduction

This assessment covers the year 2014/15, compared with 2013/14. Rates use the 2014 mid-year population
estimate of 84,000 residents. Recorded crime in Marshford rose from 6,120 in 2013/14 to 6,580 in 2014/15. The 2014/15 figures
are the most recent available; the 2014/15 year ran from April to March.

Table 1: Rates per 1,000 residents, 2014/15
Measure	Marshford	Westshire force area	England and Wales
All crime	48.2	52.9	61.8
Burglary	4.1	3.6	4.4

2 Anti-social behaviour

ASB incidents fell in most wards. The wards with the most incidents are shown in Table 2.

Table 2 - ASB incidents by ward, 2014/15
Ward
2013/14
2014/15
Change
Rate per 1,000
Kettleby Green
640
702
62
51.2
Saltmarsh
512
498
-14
40.3
Brindle Cross 455
430
-25
36.9
Upper Fenwick
301
288
-13
22.0
Marshford district
2,410
2,380
-30
24.8

3 Violence

Table 3: Violence against the person by ward, 2014/15
Ward               Offences   Rate per 1,000
Kettleby Green        410          30.1
Saltmarsh             388          31.4
Harbour Row           340          35.2

Marshford Strategic Assessment 2015-16                                  Page 6
________________________________________________________________________

Table 3 (continued)
Ward               Offences   Rate per 1,000
Brindle Cross         205          17.6
Upper Fenwick         120           9.2
Orchard Vale           98           8.1

* The Westshire force area rate was 19.5 violent offences per 1,000 population.

Violence fact card
Local rate (per 1,000 people): 21.0
Force rate (per 1,000 people): 19.5
Local hotspot wards: Harbour Row (35.2), Saltmarsh (31.4)

There were 1,561 offences of violence against the person in Marshford in 2014/15, up from 1,402.
Harbour Row ward recorded 340 offences of violence against the person, the highest rate in Marshford.

The proven reoffending rate was 27.1%, compared with 25.0% for Wales[4].
[4] Ministry of Justice statistics, cohort to March 2014.

4 Night-time economy

The night-time economy (NTE) of Marshford is concentrated on Quay Street. Door staff and taxi marshals
work on Friday and Saturday nights.

5 Recommendations

(i)   Extend taxi marshalling on Quay Street to 03:00 and review licensing hours in the
      night-time economy.
(ii)  Commission a youth outreach service for Kettleby Green.
(iii) Share repeat victim data between partners every month.

6 Shoplifting

Shoplifting rose by 9% to 812 offences in 2014/15. Retailers report more organised theft.
Most shoplifting happens in Kettleby Green and Harbour Row, around the town centre shops.
Store staff now share images of repeat offenders through the business crime scheme.

7 Neighbouring districts

Table 7: All crime per 1,000 residents, neighbouring districts, 2014/15
District | All crime per 1,000
Marshford | 48.2
Eastholm | 55.0
Westshire force area | 52.9

8 Funding

The Police and Crime Commissioner's community safety grant to the partnership for 2016-17 is £120,000.

9 Governance

The partnership board is chaired by Councillor Jane Hollings. The licensing forum meets every quarter.
Demand for refuge space exceeds supply, and partners will review refuge capacity during 2016.

10 Emerging issues

- Cyber-enabled fraud against older residents. Losses reported to Action Fraud doubled.
- Exploitation of young people through county lines from the cities.
- Rising demand from residents in mental health crisis.

11 Priorities for 2016-17

On the basis of this assessment the partnership will focus on three priorities:

   Priority 1  Violence in the night-time economy
   Priority 2  Domestic abuse and repeat victims
   Priority 3  Organised shoplifting

11.2 Next steps
R1  Publish the partnership plan by June 2016.
"""

@pytest.fixture(scope="module")
def marshford(tmp_path_factory):
    return one_document_assistant(tmp_path_factory, "marshford_2015-16_strategic-assessment.txt", MARSHFORD,
                                  title="Marshford Community Safety Partnership: Strategic Assessment 2015-16",
                                  partnership="Marshford", period="2015-16")


def test_a_table_printed_one_cell_per_line_is_ranked(marshford):
    # (as a PDF converter may print it: one label joined to its first cell, 'Brindle Cross 455')
    ans = marshford.ask("which wards in Marshford have the highest ASB rates?")
    first = ans.answer.splitlines()[0]
    assert first.startswith("Kettleby Green, Saltmarsh and Brindle Cross"), ans.answer
    assert "51.2" in first and "Marshford district" not in first  # the district's own row is no ward


def test_a_ward_the_tables_print_is_known_without_the_word_ward(marshford):
    ans = marshford.ask("how many ASB incidents were there in Upper Fenwick?")
    assert ans.status == "answered" and "288" in ans.answer.splitlines()[0], ans.answer


def test_a_table_split_by_a_page_break_is_read_whole(marshford):
    ans = marshford.ask("which Marshford wards have the lowest violence rates?")
    first = ans.answer.splitlines()[0]
    assert first.startswith("Orchard Vale, Upper Fenwick and Brindle Cross"), ans.answer  # rows after the break


def test_a_count_above_the_comparator_printed_beside_the_table(marshford):
    ans = marshford.ask("how many Marshford wards have a violence rate above the force rate?")
    counts = [f for f in ans.figures if f.computed and f.unit == "count"]
    assert counts and counts[0].value == 3, ans.answer  # 30.1, 31.4 and 35.2 are above 19.5
    assert "19.5" in ans.answer.splitlines()[0]


def test_wards_whose_change_has_the_sign_asked_for(marshford):
    ans = marshford.ask("which wards in Marshford saw ASB fall?")
    first = ans.answer.splitlines()[0]
    assert first.startswith("3 of 4 fell"), ans.answer
    assert "Kettleby Green" not in first  # it rose


def test_a_ratio_from_a_fact_card_names_the_ward(marshford):
    ans = marshford.ask("Harbour Row violence rate as a multiple of the force rate?")
    ratio = [f for f in ans.figures if f.computed and f.unit == "times"]
    assert ratio and abs(ratio[0].value - 35.2 / 19.5) < 0.01, ans.answer


def test_a_change_stated_only_in_prose_is_computed(marshford):
    ans = marshford.ask("what was the percentage change in recorded crime in Marshford?")
    pct = [f for f in ans.figures if f.computed and f.unit == "%"]
    assert pct and abs(pct[0].value - (6580 - 6120) / 6120 * 100) < 0.01, ans.answer


def test_the_year_a_document_reports_on_is_covered(marshford):
    # the title says 2015-16; the figures are for 2014/15, printed throughout
    ans = marshford.ask("how many ASB incidents were there in Saltmarsh in 2014/15?")
    assert ans.status == "answered" and "498" in ans.answer, ans.answer


def test_an_abbreviation_the_document_defines_finds_its_recommendation(marshford):
    ans = marshford.ask("what does Marshford recommend for the NTE?")
    assert ans.status == "answered", ans.answer
    assert "taxi marshalling" in ans.answer


def test_a_document_footnote_number_is_never_read_as_a_citation(marshford):
    ans = marshford.ask("what is the proven reoffending rate in Marshford?")
    assert ans.status == "answered" and "27.1%" in ans.answer, ans.answer
    used = {int(n) for n in re.findall(r"\[(\d+)\]", ans.answer)}
    assert used <= {c.n for c in ans.citations}
    assert "Wales⁴" in ans.answer  # the document's own note mark, kept as a superscript


def test_a_named_place_no_document_mentions_is_refused_by_name(marshford):
    ans = marshford.ask("what is the violence rate in Dunmoor?")
    assert ans.status == "insufficient_evidence"
    assert "Dunmoor" in ans.answer


def test_a_share_read_from_two_sentences(marshford):
    ans = marshford.ask("what share of Marshford's violence against the person was in Harbour Row?")
    share = [f for f in ans.figures if f.computed and f.unit == "%"]
    assert share and abs(share[0].value - 340 / 1561 * 100) < 0.01, ans.answer


def test_a_rank_by_count_when_the_rate_is_set_aside(marshford):
    ans = marshford.ask("if you rank Marshford's wards by number of violent offences rather than by rate, where does Harbour Row come?")
    assert ans.answer.startswith("Harbour Row ranks 3 of 6"), ans.answer


def test_a_yes_or_no_comparison_is_answered_first(marshford):
    ans = marshford.ask("is Marshford's burglary rate higher than the force area?")
    first = ans.answer.splitlines()[0]
    assert first.startswith("Yes: ") and "4.1" in first and "3.6" in first, ans.answer


def test_the_sentence_that_answers_leads(marshford):
    ans = marshford.ask("where is most shoplifting in Marshford?")
    assert ans.status == "answered"
    assert "Kettleby Green and Harbour Row" in ans.answer.splitlines()[0], ans.answer


def test_a_ward_figure_the_document_gives_only_for_the_district_is_refused(marshford):
    # the text names the ward among the worst for shoplifting, with no figure for it: 812 is the district's
    ans = marshford.ask("how many shoplifting offences were recorded in Harbour Row ward?")
    assert ans.status == "insufficient_evidence", ans.answer
    assert "Harbour Row" in ans.answer
    district = marshford.ask("how many shoplifting offences were recorded in Marshford?")
    assert district.status == "answered" and "812" in district.answer, district.answer


def test_a_two_column_table_printed_with_one_bar_and_a_possessive(marshford):
    ans = marshford.ask("what is Eastholm's all crime rate per 1,000?")
    assert ans.status == "answered"
    assert "55.0" in ans.answer.splitlines()[0], ans.answer


def test_a_comparison_with_a_place_no_document_covers_is_refused_with_what_is_held(marshford):
    ans = marshford.ask("how does Marshford's burglary rate compare with Rutland's?")
    assert ans.status == "insufficient_evidence", ans.answer
    assert "Rutland" in ans.answer.splitlines()[0]
    assert "4.1" in ans.answer  # Marshford's own figure is still shown


def test_a_year_the_document_states_once_beside_what_is_asked_is_not_refused(marshford):
    # the document reports on 2014/15; its grant for 2016-17 is printed once
    ans = marshford.ask("how much is the PCC community safety grant to Marshford in 2016-17?")
    assert ans.status == "answered" and "£120,000" in ans.answer, ans.answer


def test_a_count_of_something_printed_only_without_a_figure_is_refused(marshford):
    ans = marshford.ask("how many refuge spaces are there in Marshford?")
    assert ans.status == "insufficient_evidence", ans.answer
    assert "refuge" in ans.answer.splitlines()[0]
    grant = marshford.ask("how much is the community safety grant to Marshford?")
    assert grant.status == "answered" and "£120,000" in grant.answer, grant.answer


def test_a_person_asked_for_and_not_named_is_refused(marshford):
    ans = marshford.ask("who chairs the Marshford licensing forum?")
    assert ans.status == "insufficient_evidence", ans.answer
    chair = marshford.ask("who chairs the Marshford partnership board?")
    assert chair.status == "answered" and "Jane Hollings" in chair.answer, chair.answer


def test_a_list_the_question_names_by_its_heading_is_given_item_by_item(marshford):
    ans = marshford.ask("what emerging issues does the Marshford assessment identify?")
    assert ans.status == "answered"
    lines = ans.answer.splitlines()
    assert lines[0] == "Emerging issues:", ans.answer
    assert [l.split(" [")[0] for l in lines[1:4]] == [
        "- Cyber-enabled fraud against older residents.",
        "- Exploitation of young people through county lines from the cities.",
        "- Rising demand from residents in mental health crisis."], ans.answer


def test_a_question_asking_two_things_answers_both(marshford):
    ans = marshford.ask("who chairs the Marshford partnership board and what emerging issues are there?")
    assert ans.status == "answered"
    lines = ans.answer.splitlines()
    assert "Jane Hollings" in lines[0], ans.answer  # the first question's answer leads
    assert "Cyber-enabled fraud against older residents" in ans.answer, ans.answer



def test_a_count_estimated_from_the_rate_and_the_population_the_document_prints(marshford):
    ans = marshford.ask("approximately how many burglaries were there in Marshford, from the rate and population?")
    estimate = [f for f in ans.figures if f.computed and f.unit == "count"]
    assert estimate and estimate[0].value == round(4.1 * 84000 / 1000), ans.answer
    assert ans.answer.startswith("About 344"), ans.answer


def test_a_labelled_list_comes_whole_after_the_sentence_that_introduces_it(marshford):
    ans = marshford.ask("which priorities will the Marshford partnership focus on?")
    lines = [l.split(" [")[0] for l in ans.answer.split("Best supporting passages")[0].splitlines()]
    assert "Priority 1 Violence in the night-time economy" in lines, ans.answer
    assert "Priority 3 Organised shoplifting" in lines, ans.answer  # one item a line, not run together
    assert not any(l.startswith("R1") for l in lines), ans.answer  # the next section's list is not this one's
