"""A district, town or area the question names without its partnership ('how many ASB incidents were there in
Corrin?'), printed in one partnership's documents only, is looked for in those: a partnership of three districts
reports them in one sentence that retrieval across every document misses. A longer name that holds the same word
('White Corrin Lane' in another partnership's document) is not that place. Two made-up partnerships, built with
the real model and FAISS."""

from __future__ import annotations

import pytest

from tests.support import corpus_assistant

NORTHVALE = """\
Safer Northvale Partnership
Strategic Assessment 2021/22

1. Introduction

Safer Northvale serves three districts: Ashby Vale, Corrin and Deverell. This assessment covers April 2021 to
March 2022.

2. Anti-social behaviour

There were 6,120 ASB incidents across the partnership in the year (18.4 per 1,000): 2,950 in Ashby Vale
(21.0 per 1,000), 1,140 in Corrin (9.8) and 2,030 in Deverell (22.6). Incidents fell in all three districts.

3. Burglary

Residential burglary fell by 6% to 812 offences, 5.1 per 1,000 households.
"""

SOUTHMOOR = """\
Southmoor Community Safety Partnership
Strategic Assessment 2021/22

1. Anti-social behaviour

Police recorded 4,410 ASB incidents in Southmoor in 2021/22, a rate of 25.3 per 1,000 residents. The
highest numbers were around White Corrin Lane and the bus station, where 380 incidents were reported.

2. Violence

Violence against the person rose by 4% to 3,980 offences.
"""


@pytest.fixture(scope="module")
def two_partnerships(tmp_path_factory):
    return corpus_assistant(tmp_path_factory, "districts", [
        ("northvale_2021-22_strategic-assessment.txt", NORTHVALE,
         {"title": "Safer Northvale Partnership: Strategic Assessment 2021/22", "partnership": "Safer Northvale",
          "kind": "strategic assessment", "period": "2021-22"}),
        ("southmoor_2021-22_strategic-assessment.txt", SOUTHMOOR,
         {"title": "Southmoor Community Safety Partnership: Strategic Assessment 2021/22", "partnership": "Southmoor",
          "kind": "strategic assessment", "period": "2021-22"}),
    ])


def test_a_district_named_without_its_partnership_is_answered_from_that_partnerships_documents(two_partnerships):
    a = two_partnerships.ask("How many ASB incidents were recorded in Corrin in 2021/22, and at what rate?")
    assert a.status == "answered", a.answer
    assert "1,140" in a.answer and "9.8" in a.answer, a.answer
    assert all(c.partnership == "Safer Northvale" for c in a.citations), a.citations
