"""Answers that join what one document prints in different places: a rate table found when the passages
retrieved hold only counts, a comparator printed in another table than the ward's, a column of a wide table
named by the measure, a combined rate and a total of rows the document does not print, a population read from
a list of areas; and refusals that must read a sentence closely (a span of months is no month's figure, a share
of residents is no rate). Two made-up partnerships, built with the real model and FAISS."""

from __future__ import annotations

import pytest

from tests.support import corpus_assistant

AMBRIDGE = """\
AMBRIDGE VALE COMMUNITY SAFETY PARTNERSHIP
Strategic Assessment 2023/24

Contents

Workstream One: Prevention ..........	14
Workstream Two: Enforcement	15

1. Introduction

Every community safety partnership must carry out an annual strategic assessment. This assessment
covers the whole of the Ambridge Vale District. The data year is the financial year 2022/23.
Rates are per 1k pop (crimes per 1,000 residents) using the 2021 Census populations (Ambridge
41,000; Felpersham 52,000; Ambridge Vale 164,000).

2. At a glance

  All police-recorded crime:            14,350   (up 4% on 2021/22)
  Violence against the person:           5,904   (up 5% on 2021/22)
  Anti-social behaviour incidents:       4,215   (down 3% on 2021/22)

Total recorded crime rose by 4% to 14,350 offences. At 87.5 per 1k pop the rate remains above
the England and Wales rate of 80.1.

3. Crime overview

Crime by type, Ambridge Vale District

Crime type                             2021/22   2022/23    Change   Per 1k pop
Violence against the person              5,623     5,904     up 5%         36.0
Burglary                                   901       850   down 6%          5.2
All crime                               13,798    14,350     up 4%         87.5

Acquisitive crime counts, 2021/22 and 2022/23

Offence                          2021/22   2022/23
Shoplifting                          642       822
Theft from vehicles                  410       388

4. Wards

Ward crime rates per 1,000 population, 2022/23 (wards in order of all crime)

Ward Name\tALL CRIME\tBurglary\tCriminal Damage\tTheft\tVehicle Offences\tViolence
Castlegate\t190.2\t6.1\t14.0\t80.3\t4.2\t50.1
Millbrook\t120.4\t9.0\t10.2\t30.1\t11.8\t40.0
Felpersham North\t98.7\t5.5\t8.3\t20.2\t9.9\t33.3
Felpersham South\t80.1\t4.0\t7.7\t15.5\t12.4\t25.0
Orchard\t60.2\t3.3\t5.1\t10.0\t7.5\t20.1

Table 4  Burglary dwelling by ward, 2022/23

  Ward                            Households  Burglaries   Rate per 1,000 households
  Ambridge Abbey                       2,000          60                        30.0
  Ambridge Mill                        3,000          60                        20.0
  Ambridge Green                       2,500          25                        10.0
  Orchard                              2,400          12                         5.0
  Ambridge Vale                       60,000         480                         8.0

Table 6  Recorded crime by ward, 2022/23 (rates per 1,000 residents)

  Ward            Population   Crimes   Crime rate   ASB   ASB rate
  Abbey Fields         8,000    1,200        150.0   400       50.0
  Brookside           20,000    1,500         75.0   900       45.0
  Castle Mead          5,000      700        140.0   350       70.0

5. How Ambridge Vale compares

Ambridge Vale compared with Devon, 2022/23 (rates per 1,000 residents)

| Measure | Ambridge Vale | Devon |
|---|---|---|
| Violence against the person | 36.0 | 30.0 |
| Burglary | 5.2 | 3.6 |
| Total recorded crime | 87.5 | 70.0 |

6. Anti-social behaviour

ASB incidents ran at 25.7 per 1,000 residents, against 22.6 for Devon. In the 2022 residents'
survey, 31% of Ambridge Vale residents perceived high levels of ASB in their area, compared with 20%
across England.

Fly-grazing reports were logged as ASB for a trial. Since recording began (20th April 2022) up
to 30th November 2022 there had been 1,090 such ASB incidents in Ambridge Vale. In July 2022
there were 412 ASB incidents, the busiest month of the year.

Fraud

There were around 640 referrals to Action Fraud in the year, equivalent to a rate of 3.9 per
1,000 residents.

Local rate (per 1,000 people): 3.9

Force rate (per 1,000 people): 4.0

Direction of travel: N/A

7. Knife crime

Arson is rare in the district. There were 96 arson offences in Ambridge Vale during 2022/23, compared
to 120 in the previous year.

Knife crime in Ambridge Vale rose from 61 to 70 offences. Wessexshire overall has not seen an increase
in knife crime in the last 12 months, compared with a 16% increase across the region.

Public place violence is concentrated in Castlegate and poses the greatest risk to the public
between 21:00 and 04:00, particularly where alcohol is a factor.

8. Safe Spaces

Referrals to the Safe Spaces scheme by reason, 2022/23

Reason for referral\tNumber of referrals
Advice and information\t40
Befriending\t25
Housing\t15

The scheme was run with three surgeries and exceeded its target.

9. Delivery

We will deliver the strategy under three workstreams, each led by a partner agency.

Workstream One: Prevention

We will stop harm before it starts, working with schools and youth services.

Workstream Two: Enforcement

We will target the most prolific offenders with the police.

Workstream Three: Reassurance

We will tell residents what has been done in their area.

10. Criminal damage

Criminal damage incidents, 2020/21 to 2022/23

Area              2020/21   2021/22   2022/23
Ambridge            1,010     1,050     1,100
Felpersham          1,300     1,280     1,250
District total      3,900     3,950     4,000

The wards with the most criminal damage per resident are listed below.

Highest criminal damage wards, 2022/23

Rank   Ward             Incidents   Per 1,000
   1   Castlegate             420        70.0
   2   Millbrook              300        50.0
   3   Orchard                150        25.0

Ward          Cycle thefts   Rate per 1,000
-------------------------------------------
Castlegate              82              8.0
Millbrook               30              3.0
Orchard                 10              1.0
Table 11 - Cycle theft by ward, 2022/23

11. Governance

Three groups report to the Board: the Violence Reduction Group, chaired by Ruth Aldous; the Youth
Forum; and the Reducing Reoffending Group.

Criminal damage rates per 1,000 residents, 2022/23

Measure             Ambridge Vale   Force MSG average   Force
Criminal damage              24.4                30.0    20.0
"""

WESSEXSHIRE = """\
WESSEXSHIRE COMMUNITY SAFETY AGREEMENT 2023-2026

1. Purpose

This agreement sets out how the county council, the police and the district partnerships of
Wessexshire work together on community safety.

2. Domestic abuse

Domestic abuse remains the county's highest-harm priority. The Domestic Abuse Local Partnership
Board reports to the Wessexshire Safer Communities Board each quarter.

3. Anti-social behaviour

Anti-social behaviour is tackled through the district partnerships' problem-solving groups.
"""


@pytest.fixture(scope="module")
def ambridge(tmp_path_factory):
    return corpus_assistant(tmp_path_factory, "ambridge-wessexshire", [
        ("ambridge-vale_2023-24_strategic-assessment.txt", AMBRIDGE,
         {"title": "Ambridge Vale Strategic Assessment 2023/24", "partnership": "Ambridge Vale",
          "kind": "strategic assessment", "data_period": "2022-23"}),
        ("wessexshire_2023-2026_community-safety-agreement.txt", WESSEXSHIRE,
         {"title": "Wessexshire Community Safety Agreement 2023-2026", "partnership": "Wessexshire",
          "kind": "community safety agreement", "data_period": "2023-2026"})])


def test_a_rate_asked_of_the_district_by_its_full_name_is_the_rate_not_a_count(ambridge):
    a = ambridge.ask("What is the violence rate in Ambridge Vale District?")
    assert a.status == "answered", a.answer
    assert "36.0" in a.answer.split("\n")[0], a.answer


def test_a_rate_per_1k_is_a_rate_per_1000():
    from assistant.tables.vocabulary import normalise_unit

    assert normalise_unit("Per 1k pop") == "per 1,000 population"
    assert normalise_unit("per 10k residents") == "per 10,000 population"
    assert normalise_unit("per 1000") == "per 1,000 population"


def test_a_column_named_by_its_measure_ranks_the_ward_however_the_table_is_sorted(ambridge):
    a = ambridge.ask("Where does Orchard rank among Ambridge Vale's wards for vehicle offences?")
    assert a.status == "answered", a.answer
    lead = a.answer.split("\n")[0]
    assert "ranks 4 of 5" in lead and "vehicle offences" in lead and "7.5" in lead, a.answer


def test_a_ranking_asked_by_crime_rate_is_not_moved_to_a_column_named_crime(ambridge):
    a = ambridge.ask("Which Ambridge Vale wards have the highest crime rates?")
    assert a.status == "answered", a.answer
    lead = a.answer.split("\n")[0]
    # by a rate (the wide table's all-crime rate, or Table 6's 'Crime rate'), not by 'Crimes', where Brookside's
    # 1,500 would lead
    assert lead.startswith(("Castlegate", "Abbey Fields")) and "Brookside" not in lead, a.answer


def test_a_ranking_asked_of_a_measure_printed_as_a_count_and_a_rate_ranks_by_the_rate(ambridge):
    a = ambridge.ask("Where is ASB worst in Ambridge Vale, ward by ward?")
    assert a.status == "answered", a.answer
    assert a.answer.split("\n")[0].lstrip("- ").startswith("Castle Mead"), a.answer


def test_a_ratio_to_a_comparator_printed_in_another_table_divides_by_that_tables_figure(ambridge):
    a = ambridge.ask("Millbrook's burglary rate is how many times the Devon rate?")
    assert a.status == "answered", a.answer
    lead = a.answer.split("\n")[0]
    assert "2.50" in lead and "9.0" in lead and "3.6" in lead, a.answer
    ratio = next(f for f in a.figures if f.unit == "times")
    assert ratio.value == pytest.approx(2.5) and ratio.formula == "9 / 3.6", ratio


def test_a_combined_rate_of_named_wards_is_their_counts_over_their_households(ambridge):
    a = ambridge.ask("What is the combined burglary rate per 1,000 households across the Abbey, Mill and Green wards?")
    assert a.status == "answered", a.answer
    lead = a.answer.split("\n")[0]
    assert "19.3" in lead and "145" in lead and "7,500" in lead, a.answer
    assert "Orchard" not in lead


def test_a_total_of_rows_the_table_does_not_total_is_their_sum_and_leads(ambridge):
    a = ambridge.ask("How many referrals in total did the Safe Spaces scheme receive across all the reasons listed?")
    assert a.status == "answered", a.answer
    assert a.answer.startswith("80 in total"), a.answer
    total = next(f for f in a.figures if f.computed)
    assert total.value == 80 and total.formula == "40 + 25 + 15", total


def test_a_rate_worked_out_from_a_population_printed_in_a_list_of_areas(ambridge):
    a = ambridge.ask("What does shoplifting across Ambridge Vale work out at per 1,000 residents in 2022/23?")
    assert a.status == "answered", a.answer
    lead = a.answer.split("\n")[0]
    assert "5.01" in lead and "822" in lead and "164,000" in lead, a.answer


def test_a_span_of_months_is_no_figure_for_the_month_it_starts_in(ambridge):
    refused = ambridge.ask("How many ASB incidents were recorded in Ambridge Vale in April 2022?")
    assert refused.status == "insufficient_evidence", refused.answer
    assert "monthly" in refused.answer, refused.answer
    answered = ambridge.ask("How many ASB incidents were recorded in Ambridge Vale in July 2022?")
    assert answered.status == "answered" and "412" in answered.answer, answered.answer


def test_a_share_of_residents_is_not_the_comparators_rate(ambridge):
    refused = ambridge.ask("How does Ambridge Vale's ASB rate compare with the England and Wales average?")
    assert refused.status == "insufficient_evidence", refused.answer
    assert "England and Wales" in refused.answer, refused.answer
    answered = ambridge.ask("How does Ambridge Vale's ASB rate compare with the Devon rate?")
    assert answered.status == "answered" and "22.6" in answered.answer, answered.answer


def test_a_fact_cards_comparator_line_with_a_decimal_is_the_comparators_figure(ambridge):
    a = ambridge.ask("How does Ambridge Vale's fraud rate compare with the force average?")
    assert a.status == "answered", a.answer
    assert "3.9" in a.answer and "4.0" in a.answer, a.answer


def test_a_share_asked_is_not_answered_by_a_sentence_that_states_none(ambridge):
    refused = ambridge.ask("What share of public place violence in Ambridge Vale takes place between 21:00 and 04:00?")
    assert refused.status == "insufficient_evidence", refused.answer
    answered = ambridge.ask("What share of residents in Ambridge Vale perceived high levels of ASB?")
    assert answered.status == "answered" and "31%" in answered.answer, answered.answer


def test_a_county_named_in_a_districts_assessment_is_answered_from_it(ambridge):
    a = ambridge.ask("Did knife crime go up in Wessexshire?")
    assert a.status == "answered", a.answer
    assert "Wessexshire overall has not seen an increase in knife crime" in a.answer, a.answer


def test_the_headings_numbered_under_the_word_asked_for_are_listed_once_each(ambridge):
    a = ambridge.ask("What are the workstreams in the Ambridge Vale strategy?")
    assert a.status == "answered", a.answer
    listed = a.answer.split("\n\n")[0].splitlines()
    assert listed[0] == "The workstreams:", a.answer
    assert [x.split(" [")[0] for x in listed[1:]] == [
        "- Workstream One: Prevention", "- Workstream Two: Enforcement", "- Workstream Three: Reassurance"], a.answer
    # each cited where it stands, with the paragraph under it (not the contents list's line)
    cited = {c.n: c for c in a.citations}
    first = cited[int(listed[1].split("[")[1].rstrip("]"))]
    assert first.text.startswith("Workstream One: Prevention") and "schools" in first.text, first


def test_a_share_of_a_total_printed_in_another_table_is_worked_out_across_the_two(ambridge):
    a = ambridge.ask("What proportion of all criminal damage incidents in Ambridge Vale in 2022/23 were in Castlegate?")
    assert a.status == "answered", a.answer
    lead = a.answer.split("\n")[0]
    assert "10.5%" in lead and "420" in lead and "4,000" in lead, a.answer
    share = next(f for f in a.figures if f.unit == "%")
    assert share.value == pytest.approx(10.5) and share.formula == "(420 = 420) / 4,000 × 100", share


def test_a_share_of_several_rows_is_of_the_whole_the_question_names_not_of_a_row_named_in_it(ambridge):
    # 'criminal damage' names a row of the rates table too: it is the whole here, not a part
    a = ambridge.ask("What share of Ambridge Vale's criminal damage in 2022/23 was in Castlegate and Millbrook combined?")
    assert a.status == "answered", a.answer
    lead = a.answer.split("\n")[0]
    assert "18.0%" in lead and "720" in lead and "4,000" in lead, a.answer


def test_a_comparator_matched_by_two_columns_is_the_one_its_name_is_whole(ambridge):
    a = ambridge.ask("How many times the force rate is Castlegate's criminal damage rate?")
    assert a.status == "answered", a.answer
    lead = a.answer.split("\n")[0]
    assert "3.50" in lead and "70.0" in lead and "20.0" in lead, a.answer


def test_a_rank_names_the_rows_ahead_of_it(ambridge):
    a = ambridge.ask("Where does Orchard rank among Ambridge Vale's wards for vehicle offences?")
    assert a.status == "answered", a.answer
    behind = a.answer.split("\n")[1]
    assert behind.startswith("Behind: Felpersham South (12.4), Millbrook (11.8) and Felpersham North (9.9)"), a.answer


def test_a_multiple_below_one_is_said_the_other_way_round_too(ambridge):
    # 'how many times X is Y' is read both ways by readers: 0.64 one way is 1.57 the other
    a = ambridge.ask("How many times is Orchard's vehicle offences rate Millbrook's?")
    assert a.status == "answered", a.answer
    lead = a.answer.split("\n")[0]
    assert "0.64 times" in lead and "1.57 times" in lead, a.answer
    assert {round(f.value, 2) for f in a.figures if f.unit == "times"} == {0.64, 1.57}


def test_rows_above_a_comparator_printed_in_another_table_under_another_name_of_the_measure(ambridge):
    # the ward table's 'ALL CRIME' is the comparator table's 'Total recorded crime'
    a = ambridge.ask("How many Ambridge Vale wards have an all crime rate above the Devon rate?")
    assert a.status == "answered", a.answer
    lead = a.answer.split("\n")[0]
    assert lead.startswith("4 of 5") and "70" in lead and "Orchard" not in lead, a.answer


def test_a_change_from_a_count_against_the_previous_years_is_worked_out(ambridge):
    a = ambridge.ask("How did the number of arson offences in Ambridge Vale change between 2021/22 and 2022/23?")
    assert a.status == "answered", a.answer
    assert "from 120 to 96" in a.answer and "-24" in a.answer and "-20.0%" in a.answer, a.answer


def test_a_caption_printed_under_a_table_names_that_table(ambridge):
    a = ambridge.ask("Which ward had the most cycle thefts in Ambridge Vale?")
    assert a.status == "answered", a.answer
    lead = a.answer.split("\n")[0]
    assert lead.startswith("Castlegate") and "Cycle theft by ward" in a.answer, a.answer


def test_a_chair_named_for_one_body_in_a_list_is_not_the_chair_of_another(ambridge):
    refused = ambridge.ask("Who chairs Ambridge Vale's Reducing Reoffending Group?")
    assert refused.status == "insufficient_evidence", refused.answer
    answered = ambridge.ask("Who chairs the Ambridge Vale Violence Reduction Group?")
    assert answered.status == "answered" and "Ruth Aldous" in answered.answer, answered.answer


def test_similar_areas_is_the_most_similar_group_the_table_prints(ambridge):
    a = ambridge.ask("Ambridge Vale criminal damage rate v similar areas")
    assert a.status == "answered", a.answer
    lead = a.answer.split("\n")[0]
    assert "24.4" in lead and "30.0" in lead, a.answer
