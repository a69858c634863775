"""The scorer on hand-made answers: each test would fail if a rule were scored wrongly."""

from __future__ import annotations

import json

import pytest

from evals.gold import GoldFileError, load_gold
from evals.number_text import claim_numbers, same_number
from evals.report import compare, to_markdown, write_report
from evals.runner import load_results, run_eval, save_results
from evals.scoring import score, score_question

LICH = "lichfield_2019_strategic-assessment.txt"
TAM = "tamworth_2021_strategic-assessment.txt"
SHENSTONE_ROW = "Shenstone (Residential Burglary, 12.2 – 20% Car Key)"
FORCE_ROW = "Burglary - Burglary Residential\t3.8\t3.3"


def gold_q(**over) -> dict:
    q = {
        "id": "q1", "type": "ward_hotspot", "question": "which wards in Lichfield have high car key burglary",
        "docs": [LICH], "answer": "Shenstone and Bourne Vale", "figures": [12.2], "tolerance": 0.0,
        "terms": ["Shenstone", "Bourne Vale"], "evidence": [[LICH, SHENSTONE_ROW]], "abstain": False,
    }
    q.update(over)
    return q


def cite(n: int, text: str, source: str = LICH) -> dict:
    return {"n": n, "doc_id": source[:-4], "source": source, "text": text}


def answer(text: str, citations: list[dict], status: str = "answered", figures: list[dict] | None = None) -> dict:
    return {"question": "q", "status": status, "answer": text, "citations": citations,
            "figures": figures or [], "intent": "x", "timings_ms": {"total": 5.0}}


def one(q: dict, *answers: dict, **extra) -> dict:
    return score_question(q, {"turns": list(answers), **extra})


GOOD = answer("Shenstone (12.2 per 1,000) [1] and Bourne Vale [1] have high car key burglary.",
              [cite(1, "Local hotspot wards: Shenstone (Residential Burglary, 12.2 – 20% Car Key)")])


# --- answer accuracy -------------------------------------------------------------------------

def test_correct_answer_passes():
    rec = one(gold_q(), GOOD)
    assert rec["passed"], rec["reasons"]
    assert rec["citation_ok"] and rec["citation_recall_hit"]
    assert rec["n_precise_citations"] == 1


def test_missing_figure_fails():
    rec = one(gold_q(figures=[12.2, 9.8]), GOOD)
    assert not rec["passed"]
    assert rec["missing_figures"] == [9.8]


def test_missing_term_fails_and_terms_ignore_case_and_ampersand():
    assert one(gold_q(terms=["Little Aston & Stonnall"]), GOOD)["missing_terms"] == ["Little Aston & Stonnall"]
    lowered = answer("shenstone 12.2 [1], bourne vale, little aston and stonnall", GOOD["citations"])
    assert one(gold_q(terms=["Shenstone", "Little Aston & Stonnall"]), lowered)["passed"]


def test_wrong_citation_fails():
    wrong = answer(GOOD["answer"], [cite(1, "Recorded rates of ASB in Lichfield are below the Staffordshire Force Area")])
    rec = one(gold_q(), wrong)
    assert not rec["passed"]
    assert rec["reasons"] == ["no citation contains an evidence snippet"]
    assert rec["n_precise_citations"] == 0


def test_citation_matching_is_whitespace_and_case_insensitive_either_way():
    spaced = answer(GOOD["answer"], [cite(1, "shenstone  (Residential\nBurglary, 12.2 – 20% car key)")])
    assert one(gold_q(), spaced)["citation_ok"]
    long_snippet = "Shenstone (Residential Burglary, 12.2 – 20% Car Key) Bourne Vale (Residential Burglary, 9.8"
    inside = answer(GOOD["answer"], [cite(1, "Bourne Vale (Residential Burglary, 9.8")])            # 38 chars
    inside_long = answer(GOOD["answer"], [cite(1, "Shenstone (Residential Burglary, 12.2 – 20% Car Key) Bourne")])
    assert not one(gold_q(evidence=[[LICH, long_snippet]]), inside)["citation_ok"]
    assert one(gold_q(evidence=[[LICH, long_snippet]]), inside_long)["citation_ok"]


def test_citation_from_another_document_passes_accuracy_but_not_recall():
    elsewhere = answer(GOOD["answer"], [cite(1, GOOD["citations"][0]["text"], source=TAM)])
    rec = one(gold_q(), elsewhere)
    assert rec["passed"]
    assert not rec["citation_recall_hit"]


@pytest.mark.parametrize("stated,ok", [("3.7", True), ("3.70", True), ("3.71", True), ("4", False), ("3.6", False)])
def test_printed_rounding(stated, ok):
    assert same_number(3.7, float(stated)) is ok


def test_tolerance_is_relative():
    assert same_number(1164, 1150, tolerance=0.03)
    assert not same_number(1164, 1100, tolerance=0.03)
    assert same_number(42.3, -42, tolerance=0.02)          # a fall of 42% states 42


def test_percent_and_thousands_are_read_as_numbers():
    q = gold_q(figures=[13, 1164], terms=[], evidence=[[LICH, "13% of burglaries resulted in a vehicle being taken"]])
    a = answer("13% of burglaries [1]; about 1,164 offences.",
               [cite(1, "13% of burglaries resulted in a vehicle being taken in Lichfield")])
    assert one(q, a)["passed"]


def test_computed_figure_counts_from_figures_but_not_from_pasted_chunks():
    q = gold_q(figures=[3.7], tolerance=0.02, terms=[], evidence=[[LICH, SHENSTONE_ROW]])
    chunk = "Shenstone (Residential Burglary, 12.2 – 20% Car Key) Public Order Offences 2.3 3.7"
    pasted = answer(f"[1] {chunk}", [cite(1, chunk)])
    assert one(q, pasted)["missing_figures"] == [3.7]
    figure = {"value": 3.6969, "unit": "ratio", "computed": True, "formula": "12.2 / 3.3", "citations": [1]}
    structured = answer("Shenstone is well above the force rate [1].", [cite(1, SHENSTONE_ROW)], figures=[figure])
    assert one(q, structured)["passed"]
    worded = answer("Shenstone's rate is 3.70 times the force rate [1].", [cite(1, SHENSTONE_ROW)])
    assert one(q, worded)["passed"]


def test_rank_figures_accept_ordinals():
    q = gold_q(figures=[2], terms=[], evidence=[[LICH, SHENSTONE_ROW]])
    assert one(q, answer("Bourne Vale ranks second [1].", [cite(1, SHENSTONE_ROW)]))["passed"]
    assert one(q, answer("Bourne Vale is 2nd [1].", [cite(1, SHENSTONE_ROW)]))["passed"]
    assert not one(q, answer("Bourne Vale is third [1].", [cite(1, SHENSTONE_ROW)]))["passed"]


# --- abstention ------------------------------------------------------------------------------

ABSTAIN_Q = gold_q(id="u1", type="unanswerable", question="ASB rate in Newcastle-under-Lyme?", docs=[],
                   figures=[], terms=[], evidence=[], abstain=True)


def test_abstention_scoring():
    declined = answer("The documents do not give this; nearest: Lichfield 21.7 [1].",
                      [cite(1, "Total Anti-social Behaviour (ASB) 21.7 32.6")], status="insufficient_evidence")
    assert one(ABSTAIN_Q, declined)["passed"]
    assert not one(ABSTAIN_Q, GOOD)["passed"]
    # Declining an answerable question is wrong even if the text happens to hold the facts.
    assert not one(gold_q(), {**GOOD, "status": "insufficient_evidence"})["passed"]


def test_abstention_precision_and_recall():
    gold = [gold_q(id="a"), gold_q(id="b"), {**ABSTAIN_Q, "id": "u1"}, {**ABSTAIN_Q, "id": "u2"}]
    declined = answer("Not in the documents.", [], status="insufficient_evidence")
    results = {"a": {"turns": [GOOD]}, "b": {"turns": [declined]},
               "u1": {"turns": [declined]}, "u2": {"turns": [GOOD]}}
    overall = score(gold, results)["overall"]
    assert overall["abstention_precision"] == pytest.approx(1 / 2)   # b wrongly declined
    assert overall["abstention_recall"] == pytest.approx(1 / 2)      # u2 wrongly answered
    assert overall["accuracy"] == pytest.approx(2 / 4)


# --- conversations ---------------------------------------------------------------------------

FOLLOWUP = gold_q(id="f1", type="followup", turns=["which wards in Lichfield have the highest ASB?", "and in Tamworth?"],
                  docs=[LICH, TAM], figures=[71.6], terms=["Chasetown", "Castle"],
                  evidence=[[LICH, "Local hotspot wards: Chasetown (rate: 71.6), Stowe (rate: 64.6)"]])
del FOLLOWUP["question"]


def test_followup_is_judged_on_all_turns_together():
    t1 = answer("Chasetown (71.6) [1].", [cite(1, "Local hotspot wards: Chasetown (rate: 71.6), Stowe (rate: 64.6)")])
    t2 = answer("Castle ward [1].", [cite(1, "Castle Ward: primarily Rowdy and Inconsiderate Behaviour", TAM)])
    assert one(FOLLOWUP, t1, t2)["passed"]
    assert not one(FOLLOWUP, t1)["passed"]                                   # a turn missing
    rec = one(FOLLOWUP, t1, {**t2, "status": "insufficient_evidence"})       # every turn must answer
    assert not rec["passed"] and rec["reasons"][0].startswith("status")


# --- unsupported numbers and precision --------------------------------------------------------

def test_unsupported_numbers_are_counted():
    text = ("1. In 2018-19 Shenstone had 12.2 per 1,000 [1] and COVID-19 made 99.9 worse;\n"
            "2. the ratio is 3.7 [2] and 2020/21 and 2nd place mean nothing.")
    figure = {"value": 3.7, "unit": "ratio", "computed": True, "formula": "12.2 / 3.3", "citations": [1]}
    rec = one(gold_q(), answer(text, [cite(1, SHENSTONE_ROW)], figures=[figure]))
    assert rec["numbers_total"] == 3                      # 12.2, 99.9, 3.7
    assert rec["unsupported_numbers"] == ["99.9"]
    without_formula = answer(text, [cite(1, SHENSTONE_ROW)], figures=[{**figure, "formula": ""}])
    assert one(gold_q(), without_formula)["unsupported_numbers"] == ["99.9", "3.7"]
    gold = [gold_q()]
    assert score(gold, {"q1": {"turns": [answer(text, [cite(1, SHENSTONE_ROW)], figures=[figure])]}})[
        "overall"]["unsupported_number_rate"] == pytest.approx(1 / 3)


def test_a_number_the_question_states_is_no_unsupported_claim():
    text = "4 wards had more than 10 robberies: Westgate (66), Northgate (16) [1]."
    asked = {**answer(text, [cite(1, "Westgate 66 6.5 Northgate 16 2.0")]), "question": "which wards had more than 10?"}
    assert one(gold_q(), asked)["unsupported_numbers"] == ["4"]


def test_claim_numbers_ignore_markers_years_lists_and_words():
    found = [n.text for n in claim_numbers("1. Rate 21.7 [3] per 1,000 in 2018-19, COVID-19, 2020/21, under 10s, 45%")]
    assert found == ["21.7", "45"]


def test_citation_precision_counts_table_rows_behind_stated_figures():
    q = gold_q(figures=[3.8, 3.3], terms=[], evidence=[[LICH, "Local rate: 3.8 per 1,000 people"]])
    a = answer("Lichfield 3.8 against force 3.3 [1][2][3].",
               [cite(1, "Local rate: 3.8 per 1,000 people"), cite(2, FORCE_ROW),
                cite(3, "Public expectation: Moderate")])
    rec = one(q, a)
    assert rec["passed"]
    assert (rec["n_citations"], rec["n_precise_citations"]) == (3, 2)
    assert score([q], {"q1": {"turns": [a]}})["overall"]["citation_precision"] == pytest.approx(2 / 3)


# --- retrieval and latency --------------------------------------------------------------------

def test_retrieval_recall_and_mrr():
    other = {"text": "unrelated passage about fraud"}
    hit = {"text": "Local hotspot wards: " + SHENSTONE_ROW}
    gold = [gold_q(id="a"), gold_q(id="b"), gold_q(id="c")]
    results = {
        "a": {"turns": [GOOD], "retrieved": [[other, other, hit]]},
        "b": {"turns": [GOOD], "retrieved": [[other] * 6 + [hit]]},
        "c": {"turns": [GOOD], "retrieved": [[other] * 10]},
    }
    overall = score(gold, results)["overall"]
    assert overall["retrieval_recall@5"] == pytest.approx(1 / 3)
    assert overall["retrieval_recall@10"] == pytest.approx(2 / 3)
    assert overall["mrr"] == pytest.approx((1 / 3 + 1 / 7 + 0) / 3)


def test_latency_median_and_p95():
    gold = [gold_q(id=str(i)) for i in range(20)]
    results = {str(i): {"turns": [GOOD], "latency_ms": [float(i + 1)]} for i in range(20)}
    overall = score(gold, results)["overall"]
    assert overall["latency_median_ms"] == pytest.approx(10.5)
    assert overall["latency_p95_ms"] == pytest.approx(19.05)


def test_per_type_metrics_and_missing_results():
    gold = [gold_q(id="a"), gold_q(id="b", type="lookup_rate")]
    result = score(gold, {"a": {"turns": [GOOD]}})
    assert result["by_type"]["ward_hotspot"]["accuracy"] == 1.0
    assert result["by_type"]["lookup_rate"]["accuracy"] == 0.0
    missing = next(r for r in result["questions"] if r["id"] == "b")
    assert missing["reasons"] == ["no answer came back"]
    assert "figures [12.2]" in missing["expected"]


# --- report, runner, gold loading --------------------------------------------------------------

def test_report_markdown_json_and_compare(tmp_path):
    gold = [gold_q(id="a"), gold_q(id="b")]
    before = score(gold, {"a": {"turns": [GOOD]}})
    after = score(gold, {"a": {"turns": [GOOD]}, "b": {"turns": [GOOD]}})
    md = to_markdown(before)
    assert "| **overall** | 2 | 50.0%" in md
    assert "**b** (ward_hotspot)" in md and "no answer came back" in md
    paths = write_report(after, tmp_path / "out", baseline=before)
    assert json.loads(paths["json"].read_text())["overall"]["accuracy"] == 1.0
    assert "assistant vs plain llama-index baseline" in paths["markdown"].read_text()
    side = compare(paths["baseline_json"], paths["json"])
    assert "| accuracy | 50.0% | 100.0% | +50.0 pts |" in side
    assert "Passed by after only (1): b" in side


def _write_gold(path, questions):
    path.write_text("".join(json.dumps(q) + "\n" for q in questions), encoding="utf-8")
    return path


def test_run_eval_with_fake_assistant_and_baseline(tmp_path):
    gold_path = _write_gold(tmp_path / "gold.jsonl", [gold_q(id="a"), {**ABSTAIN_Q, "id": "u"}, FOLLOWUP])

    def ask_turns(turns):
        if "Newcastle" in turns[0]:
            raise RuntimeError("boom")
        return [GOOD for _ in turns]

    class FakeBaseline:
        def ask(self, question):
            return answer("[1] " + SHENSTONE_ROW, [cite(1, SHENSTONE_ROW)])

        def retrieve(self, question, k):
            return [{"doc_id": LICH[:-4], "source": LICH, "text": SHENSTONE_ROW}][:k]

    result = run_eval(ask_turns, gold_path, tmp_path / "out",
                      retrieve=lambda q, k: [{"text": "nothing"}], baseline=FakeBaseline())
    records = {r["id"]: r for r in result["questions"]}
    assert records["a"]["passed"]
    assert records["u"]["statuses"] == ["error"] and not records["u"]["passed"]
    assert records["a"]["evidence_rank"] == 0 and result["overall"]["retrieval_recall@5"] == 0.0
    assert result["baseline"]["overall"]["retrieval_recall@5"] == 0.5   # a found; f1 evidence never retrieved
    assert len(result["baseline"]["questions"][2]["latency_ms"]) == 2   # baseline asked each turn
    assert set(load_results(tmp_path / "out" / "answers.jsonl")) == {"a", "u", "f1"}
    assert "assistant vs plain llama-index baseline" in (tmp_path / "out" / "report.md").read_text()


def test_saved_results_rescore_identically(tmp_path):
    gold = [gold_q(id="a")]
    results = {"a": {"turns": [GOOD], "latency_ms": [3.0]}}
    path = save_results(results, tmp_path / "answers.jsonl")
    assert score(gold, load_results(path))["overall"] == score(gold, results)["overall"]


def test_load_gold_names_the_bad_line(tmp_path):
    good = gold_q()
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(good) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(GoldFileError, match=r"gold\.jsonl:2: not valid JSON"):
        load_gold(path)
    _write_gold(path, [good, {**good, "id": "q2", "type": "rumour"}])
    with pytest.raises(GoldFileError, match=r":2 \(q2\): unknown type 'rumour'"):
        load_gold(path)
    _write_gold(path, [good, {k: v for k, v in good.items() if k != "evidence"} | {"id": "q3"}])
    with pytest.raises(GoldFileError, match=r":2 \(q3\): missing field 'evidence'"):
        load_gold(path)
    _write_gold(path, [good, good])
    with pytest.raises(GoldFileError, match="duplicate id 'q1'"):
        load_gold(path)


def test_run_eval_accepts_typed_answers(tmp_path):
    from dataclasses import dataclass, field

    @dataclass(frozen=True)
    class TypedAnswer:
        question: str
        status: str
        answer: str
        citations: list = field(default_factory=list)
        figures: list = field(default_factory=list)

    gold_path = _write_gold(tmp_path / "gold.jsonl", [gold_q(id="a")])
    typed = TypedAnswer("q", "answered", GOOD["answer"], GOOD["citations"])
    result = run_eval(lambda turns: [typed], gold_path, tmp_path / "out")
    assert result["questions"][0]["passed"]


def test_a_seen_question_moves_to_the_tuned_half_only_for_the_document_it_names():
    from evals.splits import SEEN, split_of

    qualified = next(s for s in SEEN if "@" in s)
    qid, doc = qualified.split("@", 1)
    assert split_of(qid, [doc]) == "tuned"
    # the same id in another set, about another document, keeps the half its hash gives it
    assert split_of(qid, ["another_2020_strategic-assessment.txt"]) == split_of(qid)
    assert split_of(qid) == "frozen"
