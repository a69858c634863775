"""Who speaks in a first-person foreword (its signature), and change questions led by the change figure.

The corpus is written here for a made-up partnership: a foreword in the first person signed at its end, a
governance table whose cells name bodies but nobody, and a findings section where the sentence that states
the change in offending shares fewer of a change question's words than its neighbours do.
"""

from __future__ import annotations

import pytest

from assistant.answer.change import CHANGE_FIGURE, asks_change
from assistant.answer.people import People, who_predicate
from support import one_document_assistant

GREYHAVEN = """GREYHAVEN SAFER COMMUNITIES PARTNERSHIP

STRATEGIC ASSESSMENT 2019-20

Foreword

As Chair of the Greyhaven Safer Communities Partnership, I am delighted to introduce this assessment of crime
and disorder across the borough.

The last year has asked a great deal of every partner, and the work described here would not have been
possible without the residents, volunteers and officers who give their time to keep Greyhaven safe.

Councillor Ottilie Marchbank,

Portfolio Holder for Safer Neighbourhoods


1 Governance

The partnership board meets quarterly and reports to the council's scrutiny committee each year. The
partnership team supports the board and its task groups throughout the year. The team is led by Wendell
Ashcombe, the borough's community safety manager.

Priority\tLead body\tReporting
Night-time economy\tLicensing Forum\tQuarterly
Domestic abuse\tSafeguarding Board\tAnnual


2 Key findings

Crime in Greyhaven compared with the previous year is discussed in each chapter of this assessment, and
crime types are compared with the previous year wherever the data allow.
Recorded offending in the partnership area fell in 2019-20 (-12%), a smaller fall than across the county (-15%).
Crime in the harbour ward compared with the previous year remained the highest of any ward in Greyhaven.
Arson is reported most often in the harbour ward, where residents say it is their first concern.
"""

@pytest.fixture(scope="module")
def greyhaven(tmp_path_factory):
    """An Assistant over one made-up partnership's assessment, built with the real model and FAISS."""
    return one_document_assistant(tmp_path_factory, "greyhaven_2020_strategic-assessment.txt", GREYHAVEN,
                                  title="Greyhaven Safer Communities Partnership: Strategic Assessment 2019-20",
                                  partnership="Greyhaven", period="2019-20")


def test_who_chairs_is_answered_by_whoever_signs_the_first_person_foreword(greyhaven):
    ans = greyhaven.ask("Who chairs the Greyhaven partnership?")
    assert ans.status == "answered"
    lead = ans.answer.splitlines()[0]
    assert "Ottilie Marchbank" in lead and "Portfolio Holder for Safer Neighbourhoods" in lead, ans.answer
    cited = {int(n) for n in __import__("re").findall(r"\[(\d+)\]", lead)}
    assert any("Ottilie Marchbank" in c.text for c in ans.citations if c.n in cited)


def test_a_who_question_is_not_answered_with_table_rows_that_name_nobody(greyhaven):
    ans = greyhaven.ask("Who chairs the Greyhaven partnership?")
    assert "Licensing Forum" not in ans.answer and "Safeguarding Board" not in ans.answer, ans.answer


def test_a_who_question_the_first_person_passage_does_not_speak_to_gets_no_signer(greyhaven):
    ans = greyhaven.ask("Who does the Greyhaven board report to?")
    assert not ans.answer.startswith("**Councillor Ottilie Marchbank**"), ans.answer


def test_a_who_question_leads_with_the_sentence_that_names_a_person(greyhaven):
    ans = greyhaven.ask("Who leads the Greyhaven partnership team?")
    assert "Wendell Ashcombe" in ans.answer.splitlines()[0], ans.answer


def test_a_change_question_leads_with_the_sentence_that_states_the_change(greyhaven):
    ans = greyhaven.ask("How did crime change in Greyhaven in 2019-20 compared with the previous year?")
    assert ans.status == "answered"
    assert "(-12%)" in ans.answer.splitlines()[0], ans.answer


def test_names_are_capitalised_words_the_documents_never_print_as_ordinary_words():
    people = People([GREYHAVEN])
    found = lambda s: [s[a:b] for a, b in people.names(s)]  # noqa: E731
    assert found("Councillor Ottilie Marchbank,") == ["Councillor Ottilie Marchbank"]
    assert found("Board Lead – Wendell Ashcombe") == ["Wendell Ashcombe"]
    assert found("Safeguarding Board Annual") == []  # words the documents print in lower case too
    assert found("Greater Manchester Police") == []  # a place is not a person


def test_a_signature_is_the_name_and_role_lines_that_close_a_section():
    people = People([GREYHAVEN])
    start, end = GREYHAVEN.index("Foreword"), GREYHAVEN.index("1 Governance")
    sig = people.signature(GREYHAVEN, start, end)
    assert sig is not None and sig.signers == ("Councillor Ottilie Marchbank",)
    assert sig.display() == "**Councillor Ottilie Marchbank**, Portfolio Holder for Safer Neighbourhoods"
    assert GREYHAVEN[sig.start : sig.end].startswith("Councillor Ottilie Marchbank,")
    # a section that ends in prose is not signed
    assert people.signature(GREYHAVEN, GREYHAVEN.index("2 Key findings"), len(GREYHAVEN)) is None


def test_what_a_who_question_asks_and_what_a_change_figure_is():
    assert who_predicate("who chairs the board?") == "chairs"
    assert who_predicate("Who is the chair of the partnership?") == "chair"
    assert asks_change("how did crime change in 2019-20?") and not asks_change("why has crime risen?")
    assert CHANGE_FIGURE.search("offending fell (-12%) in the year")
    assert CHANGE_FIGURE.search("burglary increased by around 6% on the year")
    assert not CHANGE_FIGURE.search("- 1.1 The agreement is reviewed every three years.")


def test_a_change_in_another_offence_does_not_lead_a_change_question(greyhaven):
    ans = greyhaven.ask("How has arson crime changed in Greyhaven in 2019-20?")
    assert "(-12%)" not in ans.answer.splitlines()[0], ans.answer
