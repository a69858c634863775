"""Tables as more templates print them: small counts suppressed ('*', 'n/a'), years as columns with the change
in words; and the questions put to them: wards past a threshold the question gives, how many more than the
year before. One made-up partnership, built with the real model and FAISS."""

from __future__ import annotations

import pytest

from tests.support import corpus_assistant

ELDERMOOR = """\
Eldermoor Community Safety Partnership
Strategic Assessment 2023 (calendar year 2022)

1) Introduction
---------------

This assessment covers calendar year 2022 for the district of Eldermoor, which has
102,000 residents in nine wards.

2) Crime overview
-----------------

Crime by type, Eldermoor District

Crime type                             2021       2022    Change   Per 1k pop
Violence against the person            6,416      6,873     up 7%         67.4
Burglary                                 712        648   down 9%          6.4
Vehicle offences                         916        884   down 3%          8.7

3) Robbery by ward
------------------

Robbery is a low-volume crime in the district (117 offences in 2022).
Counts of one to four are suppressed in the table below.

Table F. Robbery by ward, 2022

Ward                       Robberies    Rate per 1k pop
Ashgrove                           9                0.8
Birchfield                         *                n/a
Copperhill                         6                0.5
Dunsmore                           *                n/a
Eastgate                          61                6.1
Fernleigh                         14                1.3
Gorsey Bank                        *                n/a
Holloway                          11                1.2
Ivybridge Lane                     7                0.7
District total                   117                1.1

4) Priorities
-------------

The partnership will focus on violence in the town centre and on robbery in Eastgate.
"""


@pytest.fixture(scope="module")
def eldermoor(tmp_path_factory):
    entry = {"title": "Eldermoor Community Safety Partnership: Strategic Assessment 2023", "partnership": "Eldermoor",
             "kind": "strategic assessment", "data_period": "2022"}
    return corpus_assistant(tmp_path_factory, "eldermoor", [("eldermoor_2023_strategic-assessment.txt", ELDERMOOR, entry)])


def test_a_table_with_suppressed_cells_is_read_whole(eldermoor):
    a = eldermoor.ask("which ward in eldermoor has the most robberies?")
    assert a.status == "answered"
    first = a.answer.split("\n")[0]
    assert first.startswith("Eastgate"), a.answer
    assert "*" not in first and "n/a" not in first, a.answer


def test_wards_past_a_threshold_the_question_gives_are_listed_with_their_figures(eldermoor):
    a = eldermoor.ask("which wards had more than 10 robberies in 2022?")
    assert a.status == "answered"
    first = a.answer.split("\n")[0]
    for ward, figure in (("Eastgate", "61"), ("Fernleigh", "14"), ("Holloway", "11")):
        assert ward in first and figure in first, a.answer
    for ward in ("Ashgrove", "Birchfield", "Copperhill"):
        assert ward not in first, a.answer
    assert first.index("Eastgate") < first.index("Fernleigh") < first.index("Holloway"), a.answer


def test_how_many_more_than_the_year_before_is_the_change_between_the_years_columns(eldermoor):
    a = eldermoor.ask("How many more violence offences did Eldermoor have in 2022 than 2021?")
    assert a.status == "answered"
    first = a.answer.split("\n")[0]
    assert "457" in first and "6,416" in first and "6,873" in first, a.answer
