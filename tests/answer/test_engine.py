"""The answer engine over the bundled corpus: figures with sources, follow-ups, refusals, the contract's invariants."""

from __future__ import annotations

import re

import pytest

from assistant.answer.verify import problems

CKB = "which wards in Lichfield have high car key burglary"


def _check_contract(assistant, answer):
    texts = {d.doc_id: assistant.document(d.doc_id).text for d in assistant.documents()}
    assert problems(answer, texts) == [], answer.answer
    for c in answer.citations:
        assert " ".join(c.text.split()) in " ".join(texts[c.doc_id].split())


def test_car_key_burglary_names_wards_rates_force_rate_and_ratios(bundled_assistant):
    a = bundled_assistant.ask(CKB)
    assert a.status == "answered" and a.intent == "ward_hotspot"
    for ward in ("Shenstone", "Bourne Vale", "Little Aston & Stonnall"):
        assert ward in a.answer
    assert "12.2" in a.answer and "3.3" in a.answer
    ratio = next(f for f in a.figures if f.computed and f.area == "Shenstone" and f.unit == "ratio")
    assert ratio.formula == "12.2 / 3.3" and round(ratio.value, 2) == 3.70
    assert "3.70 times the force rate" in a.answer
    hotspot = [c for c in a.citations if "Shenstone (Residential Burglary, 12.2" in c.text and "Bourne Vale (Residential" in c.text]
    assert hotspot and hotspot[0].section.startswith("Community Safety Strategic Priorities > Burglaries (Car Key)")
    table_rows = [c for c in a.citations if c.kind == "table_row" and c.text.startswith("Shenstone\t")]
    assert table_rows, "the ward table row is cited too"
    flags = [f for f in a.figures if f.computed and "above average" in f.label]
    assert flags and "+" in flags[0].formula
    _check_contract(bundled_assistant, a)


def test_follow_ups_resolve_against_the_conversation(bundled_assistant):
    conv = bundled_assistant.conversation()
    first = conv.ask(CKB)
    second = conv.ask("and in Tamworth?")
    assert second.status == "answered"
    assert {c.partnership for c in second.citations} == {"Tamworth"}
    assert second.context["frame"]["measures"] == first.context["frame"]["measures"]
    third = conv.ask("which of those is highest?")
    assert third.status == "answered"
    ranked = [f for f in third.figures if f.computed and f.unit == "rank"]
    assert ranked and ranked[0].formula.startswith("highest of [")
    top = max((f for f in second.figures if not f.computed and f.area_type == "ward"), key=lambda f: f.value)
    assert top.area in third.answer
    _check_contract(bundled_assistant, third)


def test_measure_follow_up_keeps_the_place(bundled_assistant):
    conv = bundled_assistant.conversation()
    conv.ask("what is the domestic abuse rate in Tamworth?")
    nxt = conv.ask("what about drug offences there?")
    assert nxt.status == "answered"
    assert nxt.context["frame"]["partnerships"] == ["Tamworth"]
    assert "drug offences" in nxt.context["frame"]["measures"]


@pytest.mark.parametrize(
    "question,reason",
    [
        ("What is the ASB rate in Newcastle-under-Lyme?", "no assessment for Newcastle-under-Lyme"),
        ("What is the weather in Paris tomorrow?", ""),
        ("What was Lichfield's domestic abuse rate in 2023?", "cover"),
        ("What is the crime rate in Hednesford ward?", "Hednesford"),
    ],
)
def test_insufficient_evidence_says_what_the_corpus_holds(bundled_assistant, question, reason):
    a = bundled_assistant.ask(question)
    assert a.status == "insufficient_evidence"
    assert reason in a.answer
    assert "The corpus covers:" in a.answer and "Lichfield (2018-19)" in a.answer
    assert a.citations == ()


def test_a_place_named_in_one_breath_with_a_covered_one_as_the_documents_print_the_pair_is_not_refused(bundled_assistant):
    # the force area is printed as '<county> and <city>': the city alone has no assessment, the pair is the area
    pair = bundled_assistant.ask("What does the Tamworth assessment say about road casualties in Staffordshire and "
                                  "Stoke-on-Trent?")
    assert "no assessment for Stoke-on-Trent" not in pair.answer, pair.answer
    assert pair.status == "answered" and "casualties in Staffordshire and Stoke-on-Trent" in pair.answer, pair.answer
    alone = bundled_assistant.ask("What is the ASB rate in Stoke-on-Trent?")
    assert alone.status == "insufficient_evidence" and "no assessment for Stoke-on-Trent" in alone.answer, alone.answer


def test_comparison_across_partnerships_sets_figures_side_by_side(bundled_assistant):
    a = bundled_assistant.ask("compare the ASB rate across the partnerships")
    assert a.intent == "compare_partnerships" and a.status == "answered"
    partnerships = {f.area for f in a.figures if not f.computed and f.area_type == "partnership"}
    assert {"Lichfield", "Tamworth", "Stafford", "Cannock Chase"} <= partnerships
    assert "periods differ" in a.answer
    _check_contract(bundled_assistant, a)


def test_priorities_come_from_the_priority_list(bundled_assistant):
    a = bundled_assistant.ask("What are Lichfield's priorities?")
    assert "Main priorities" in a.answer and "County Lines" in a.answer and "Fraud" in a.answer
    assert any("Burglaries (Car Key)" in c.text for c in a.citations)


def test_every_gold_question_meets_the_contract(bundled_assistant, gold_run):
    # the session's one run of the gold set (the gate scores the same answers)
    assert gold_run.conversations and not gold_run.errors, gold_run.errors
    for turns, answers in gold_run.conversations:
        assert len(answers) == len(turns)
        for q, a in zip(turns, answers):
            if a.status == "answered":
                _check_contract(bundled_assistant, a)
                used = {int(m) for m in re.findall(r"\[(\d+)\]", a.answer)} | {n for f in a.figures for n in f.citations}
                assert used == {c.n for c in a.citations}, (q, a.answer)
            for f in a.figures:
                assert f.computed == bool(f.formula)
