"""A partnership's areas named only in another partnership's document: a county-wide agreement lists each
district's priority localities, the district's own assessment names none. Two made-up documents, built with
the real model and FAISS."""

from __future__ import annotations

import pytest

from tests.support import corpus_assistant

DISTRICT = """\
Dunmere Community Safety Partnership
Strategic Assessment 2019-20

1 Overview

Crime in Dunmere rose by 4% in 2018/19. Anti-social behaviour fell by 6%. The partnership's priorities are
violence, domestic abuse and anti-social behaviour.
"""

COUNTY = """\
Westshire Community Safety Agreement 2019-2022

1 Priorities by locality

Some areas are a priority at force-wide level because of their levels of crime and vulnerability.

Locality	Priority type	Rationale
Dunmere Old Town	High force-wide	High levels of violence around the late-night venues.
Dunmere Northfield	High force-wide	Repeat burglary and vulnerable residents.
Kestle Vale	Medium	Rising shoplifting.
"""


@pytest.fixture(scope="module")
def two_documents(tmp_path_factory):
    return corpus_assistant(tmp_path_factory, "elsewhere", [
        ("dunmere_2019-20_strategic-assessment.txt", DISTRICT,
         {"title": "Dunmere Strategic Assessment 2019-20", "partnership": "Dunmere", "kind": "strategic assessment",
          "data_period": "2019-20"}),
        ("westshire_2019-2022_community-safety-agreement.txt", COUNTY,
         {"title": "Westshire Community Safety Agreement", "partnership": "Westshire (county-wide)",
          "kind": "community safety agreement", "data_period": "2019-2022"})])


def test_a_districts_priority_areas_are_found_in_the_county_document(two_documents):
    ans = two_documents.ask("which areas in Dunmere are force-wide priority areas?")
    assert ans.status == "answered", ans.answer
    assert "Dunmere Old Town" in ans.answer and "Dunmere Northfield" in ans.answer
    assert "Kestle Vale" not in ans.answer.split("Best supporting passages")[0]  # another district's locality
    assert any(c.doc_id.startswith("westshire") for c in ans.citations)


def test_a_count_of_something_the_asked_documents_never_mention_is_refused(two_documents):
    # 'venues' is printed in the county document, never in Dunmere's own
    ans = two_documents.ask("how many late-night venues are there in Dunmere?")
    assert ans.status == "insufficient_evidence", ans.answer
    assert "venues" in ans.answer.splitlines()[0], ans.answer
