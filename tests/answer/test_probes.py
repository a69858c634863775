"""The probes of the answering issue, tried as a new user would, on the bundled corpus."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, named", [
    ("what is the unicorn crime rate in Lichfield?", "unicorn"),
    ("what does the Cannock Chase assessment recommend about shoplifting?", "shoplift"),
    ("what is the ASB rate in Northants?", "Northamptonshire"),
    # the document mentions knife crime but gives no count of it: a count of all crime does not answer this
    ("how many knife crimes were recorded in Stafford in 2019?", "knife"),
])
def test_what_the_documents_do_not_hold_is_refused_by_name(bundled_assistant, question, named):
    ans = bundled_assistant.ask(question)
    assert ans.status == "insufficient_evidence", ans.answer
    assert named in ans.answer


def test_a_person_the_documents_name_is_never_refused(bundled_assistant):
    ans = bundled_assistant.ask("who is Councillor Victoria Wilson?")
    assert ans.status == "answered"
    assert "Cabinet Member for Communities and Culture" in ans.answer


def test_which_of_those_ranks_the_figures_of_earlier_turns(bundled_assistant):
    conv = bundled_assistant.conversation()
    conv.ask("what is the DA rate in Tamworth?")
    conv.ask("and in Lichfield?")
    third = conv.ask("which of those is highest?")
    lead = third.answer.splitlines()[0]
    assert "Tamworth" in lead and "17.8" in lead, third.answer
    assert "Lichfield" in third.answer and "11.2" in third.answer


def test_a_rate_per_10000_stays_in_the_answer_and_the_answer_starts_with_it(bundled_assistant):
    ans = bundled_assistant.ask("what is the CPP rate in Lichfield?")
    assert ans.answer.strip() and ans.answer.splitlines()[0].strip(), "the answer starts with a blank line"
    assert "34 per 10,000" in ans.answer.splitlines()[0]


def test_an_uncovered_place_beside_a_covered_one_is_said_first(bundled_assistant):
    # the comparison cannot be made: the answer says so first, then shows what the documents hold
    ans = bundled_assistant.ask("Compare the DA rates in Cambs and Tamworth")
    assert ans.status == "insufficient_evidence"
    assert ans.answer.splitlines()[0].startswith("The documents do not hold the answer: no assessment for Cambridgeshire")
    assert "17.8" in ans.answer and ans.citations


def test_is_there_a_particular_ward_is_not_read_as_a_ward_name(bundled_assistant):
    ans = bundled_assistant.ask("Is there a particular ward in Lichfield with high burglary?")
    assert ans.status == "answered" and "Shenstone" in ans.answer


def test_a_name_the_question_introduces_that_no_document_prints_is_said(bundled_assistant):
    ans = bundled_assistant.ask("Which ward in Lichfield called Narnia has the most burglary?")
    assert ans.status == "insufficient_evidence" and "Narnia" in ans.answer


def test_a_follow_up_with_nothing_before_it_asks_for_the_whole_question(bundled_assistant):
    ans = bundled_assistant.ask("and in Tamworth?")
    assert ans.status == "insufficient_evidence" and "no earlier question" in ans.answer


def test_a_city_the_corpus_does_not_cover_is_named_beside_one_it_does(bundled_assistant):
    ans = bundled_assistant.ask("Compare the DA rates in Manchester and Tamworth")
    assert "no assessment for Manchester" in ans.answer.splitlines()[0]


def test_who_chairs_names_the_person_who_signs_the_chairs_foreword(bundled_assistant):
    ans = bundled_assistant.ask("who chairs the Staffordshire partnership board?")
    lead = ans.answer.splitlines()[0]
    assert "Victoria Wilson" in lead and "Cabinet Member for Communities and Culture" in lead, ans.answer
    first = int(lead.split("[", 1)[1].split("]", 1)[0])
    assert "Victoria Wilson" in next(c.text for c in ans.citations if c.n == first)
    assert "Development Board Staffordshire County Council" not in ans.answer  # a table cell naming nobody


def test_how_crime_changed_leads_with_the_change_figure(bundled_assistant):
    ans = bundled_assistant.ask("how did crime change in Tamworth in 2020-21 compared with the previous year?")
    assert "-17%" in ans.answer.splitlines()[0], ans.answer


def test_the_short_name_people_use_for_a_partnership_finds_it(bundled_assistant):
    # 'Cannock' is the places list's alias of Cannock Chase: the answer is that partnership's, not every one's
    ans = bundled_assistant.ask("what's the ASB rate in cannock")
    assert ans.answer.splitlines()[0].startswith("- **Cannock Chase**"), ans.answer
    assert "Lichfield" not in ans.answer.split("\n\n")[0]


def test_a_count_of_something_the_partnerships_documents_never_mention_is_refused(bundled_assistant):
    # another bundled document mentions refuges; Lichfield's never does
    ans = bundled_assistant.ask("how many refuge spaces are there in Lichfield?")
    assert ans.status == "insufficient_evidence"
    assert "Lichfield documents never mention 'refuge'" in ans.answer.splitlines()[0], ans.answer


def test_a_ward_the_text_names_beside_a_ranked_table_gets_its_own_figure(bundled_assistant):
    # the text names Wilnecote and Amington for vehicle theft; the ranked top three leave Amington out
    ans = bundled_assistant.ask("which Tamworth wards suffer vehicle theft despite low overall crime?")
    added = ans.answer.split("Named in the text", 1)
    assert len(added) == 2, ans.answer
    assert "Amington: 6.8 per 1,000 population" in added[1].split("\n\n")[0], ans.answer


def test_an_age_read_as_a_threshold_no_area_passes_is_no_crash(bundled_assistant):
    """'aged over 65' looks like 'over 65' to the count-above operation; no row passes it and none is cited."""
    a = bundled_assistant.ask("How many domestic abuse incidents involving victims aged over 65 were recorded in Lichfield?")
    assert a.status == "insufficient_evidence", a.answer


def test_a_comparator_asked_for_is_read_beside_the_printing_that_has_it(bundled_assistant):
    """Tamworth's table of ASB without Covid breaches gives the force rate only; all ASB is printed beside the
    England & Wales rate: asked against the national rate, that printing answers first."""
    a = bundled_assistant.ask("What is the difference between Tamworth's ASB rate and the national rate?")
    lead = a.answer.splitlines()[0]
    assert "38.8" in lead and "34.2" in lead and "4.6 above" in lead, a.answer


def test_two_wards_of_a_fact_card_are_compared_with_each_other(bundled_assistant):
    """'Local hotspot wards: Chasetown (rate: 71.6), Stowe (rate: 64.6)' stands under the ASB card without naming
    ASB: it is the wards' ASB figure, and the second ward named is the base of the difference."""
    a = bundled_assistant.ask("How many more ASB incidents per 1,000 did Chasetown have than Stowe?")
    assert a.status == "answered", a.answer
    lead = a.answer.splitlines()[0]
    assert "71.6" in lead and "64.6" in lead and "7 more" in lead, a.answer
    assert any(f.computed and f.value == pytest.approx(7.0) and f.formula == "71.6 - 64.6" for f in a.figures), a.figures


def test_a_partnership_named_as_the_comparator_is_the_comparator(bundled_assistant):
    """'the Staffordshire force rate' names the county's partnership as the force comparator, not a second
    partnership; and the table's title, printed 'April 202- March 2023', is quoted without its typo counting as a
    figure no source backs."""
    a = bundled_assistant.ask("How does Cannock Chase's violence rate compare with the Staffordshire force rate?")
    assert a.status == "answered", a.answer
    lead = a.answer.splitlines()[0]
    assert "Cannock Chase 38" in lead and "Staffordshire (Force Area) 38" in lead, a.answer
    assert a.context["frame"]["partnerships"] == ["Cannock Chase"], a.context["frame"]


def test_by_how_much_above_a_comparator_asks_the_gap_not_a_change_over_time(bundled_assistant):
    a = bundled_assistant.ask("Is Lichfield's residential burglary rate above the force average, and by how much?")
    assert a.intent == "compare_local_force", a.intent
    assert a.answer.startswith("Yes: Lichfield residential burglary rate 3.8 against force rate 3.3"), a.answer
    assert "0.5 above it" in a.answer, a.answer


def test_which_of_two_partnerships_is_higher_is_said_first(bundled_assistant):
    a = bundled_assistant.ask("Which has the higher ASB rate, Cannock Chase or Tamworth?")
    assert a.answer.startswith("Tamworth is higher: 21.9 per 1,000 population"), a.answer
    assert "against Cannock Chase's 11" in a.answer.splitlines()[0], a.answer
    lowest = bundled_assistant.ask("Which partnership has the lowest domestic abuse rate?")
    assert lowest.answer.startswith("Stafford is lowest: 10.6"), lowest.answer


def test_a_change_a_fact_card_states_on_a_labelled_line_leads(bundled_assistant):
    """Lichfield's ASB card gives its change as 'Direction of travel: Some increase (+8%) ...', a line of the card
    rather than a sentence of the text: asked how ASB changed, that line leads."""
    a = bundled_assistant.ask("How did ASB change in Lichfield compared with the previous year?")
    assert a.status == "answered", a.answer
    assert "+8%" in a.answer.splitlines()[0], a.answer
