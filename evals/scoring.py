"""Scoring answers against the gold questions: pure functions, no I/O.

``score(gold, results)`` takes the gold questions (as loaded from ``questions.jsonl``) and, per
question id, what came back::

    {"turns": [Answer, ...],                       # one Answer dict per turn (the contract's JSON)
     "retrieved": [[{"doc_id", "source", "text"}, ...], ...],   # optional, one list per turn
     "latency_ms": [float, ...]}                   # optional, one per turn

and returns overall and per-type metrics plus one record per question saying what was
expected, what came back and why it failed. Rules follow ``answer-contract.md``; where the
contract leaves room, the choice is written on the function that makes it.
"""

from __future__ import annotations

import statistics
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, Iterable

from evals.number_text import claim_numbers, find_numbers, ordinals, same_number, supported_by

ABSTAIN_STATUS = "insufficient_evidence"
ANSWERED_STATUS = "answered"
REVERSE_MATCH_MIN = 40   # a citation shorter than this cannot stand in for a longer snippet
OVERLAP_MIN = 40         # shared characters that count as an overlap for precision
RETRIEVAL_KS = (5, 10)


def normalise(text: str) -> str:
    """Whitespace collapsed to single spaces, case folded; pipe cell borders read as spaces.

    A table row printed as '| Gun crime | 61 |' in a text file is the same row as 'Gun crime<TAB>61'
    read from the PDF of that file: the borders are layout, not content.
    """
    return " ".join((text or "").replace("|", " ").split()).casefold()


def contains_evidence(citation_text: str, snippet: str) -> bool:
    """The citation contains the snippet, or (for a long snippet) the snippet contains the citation."""
    c, s = normalise(citation_text), normalise(snippet)
    if not c or not s:
        return False
    return s in c or (len(c) >= REVERSE_MATCH_MIN and c in s)


def overlaps_evidence(citation_text: str, snippet: str) -> bool:
    """Containment either way, or a shared run of text long enough to be the same passage."""
    if contains_evidence(citation_text, snippet):
        return True
    c, s = normalise(citation_text), normalise(snippet)
    if not c or not s:
        return False
    match = SequenceMatcher(None, c, s, autojunk=False).find_longest_match(0, len(c), 0, len(s))
    return match.size >= min(OVERLAP_MIN, max(20, len(s) // 2))


def is_table_row(citation_text: str) -> bool:
    """A citation that is a table row: tab-separated cells, or a short line of several numbers."""
    if "\t" in (citation_text or ""):
        return True
    flat = " ".join((citation_text or "").split())
    return 0 < len(flat) <= 200 and len(find_numbers(flat)) >= 2 and not flat.endswith(".")


def _doc_names(doc: str) -> set[str]:
    return {doc, Path(doc).stem}


def _citation_docs(citation: dict) -> set[str]:
    names = set()
    for key in ("source", "doc_id"):
        if citation.get(key):
            names |= _doc_names(str(citation[key]))
    return names


def _percentile(values: list[float], q: float) -> float | None:
    """Linear-interpolated percentile (q in 0..100); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    lo, hi = int(pos), min(int(pos) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def _short(text: str, limit: int = 160) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _turn_numbers_supported(answer: dict) -> tuple[int, list[str]]:
    """(numbers in the answer text, those supported by neither a citation nor a computed figure).

    A number is supported when a cited passage of the same turn prints it (or a number that
    rounds to it), when the turn's figures hold it as ``computed: true`` with a formula, or when the
    turn's question states it (a threshold the user gave, 'more than 10 robberies', restated).
    """
    stated = claim_numbers(answer.get("answer") or "")
    sources: list[float] = [n.value for n in find_numbers(answer.get("question") or "")]
    for citation in answer.get("citations") or []:
        sources += [n.value for n in find_numbers(citation.get("text") or "")]
    for figure in answer.get("figures") or []:
        if figure.get("computed") and figure.get("formula") and isinstance(figure.get("value"), (int, float)):
            sources.append(float(figure["value"]))
    unsupported = [n.text for n in stated if not any(supported_by(n, s) for s in sources)]
    return len(stated), unsupported


def _own_words(answer: dict) -> str:
    """An answer's text with verbatim copies of its own cited passages cut out."""
    own = " ".join((answer.get("answer") or "").split())
    for citation in answer.get("citations") or []:
        quoted = " ".join((citation.get("text") or "").split())
        if len(quoted) >= 20:
            own = own.replace(quoted, " ")
    return own


def _missing_figures(q: dict, answers: list[dict], text: str, tolerance: float) -> list[float]:
    """Gold figures the answers do not state (within tolerance, or at printed rounding).

    A figure printed in one of the question's evidence snippets may be stated anywhere in the
    answer text or in ``figures[].value``. A figure the documents do not print (a ratio, rank,
    threshold, estimate) must be in ``figures[].value`` or in the answer's own words: numbers
    inside a verbatim copy of a cited passage do not count for it, so an answer that pastes
    whole chunks does not pass a computed question by a coincidentally close number.
    """
    printed_numbers = [n.value for _, snip in q.get("evidence", []) for n in find_numbers(snip)]
    structured = [float(f["value"]) for a in answers for f in a.get("figures") or []
                  if isinstance(f.get("value"), (int, float)) and not isinstance(f.get("value"), bool)]
    everywhere = [n.value for n in find_numbers(text)] + ordinals(text) + structured
    own = " ".join(_own_words(a) for a in answers)
    own_words = [n.value for n in find_numbers(own)] + ordinals(own) + structured
    missing = []
    for g in q.get("figures", []):
        printed = any(abs(abs(g) - p) < 1e-9 for p in printed_numbers)
        pool = everywhere if printed else own_words
        if not any(same_number(g, c, tolerance) for c in pool):
            missing.append(g)
    return missing


def score_question(q: dict, result: dict | None) -> dict:
    """Score one gold question against what came back; returns its record."""
    gold_turns = q.get("turns") or [q.get("question", "")]
    result = result or {}
    answers: list[dict] = [a or {} for a in result.get("turns") or []]
    statuses = [a.get("status") for a in answers]
    reasons: list[str] = []
    evidence = [(src, snip) for src, snip in q.get("evidence", [])]

    text = "\n".join(a.get("answer") or "" for a in answers)
    citations = [c for a in answers for c in a.get("citations") or []]
    tolerance = float(q.get("tolerance") or 0)
    missing_figures = _missing_figures(q, answers, text, tolerance)
    # "&" and "and" are read as the same word, so "Highfields and Western Downs" counts.
    flat_text = normalise(text).replace(" & ", " and ")
    missing_terms = [t for t in q.get("terms", []) if normalise(t).replace(" & ", " and ") not in flat_text]
    cited_snippets = [(c, src) for c in citations for src, snip in evidence if contains_evidence(c.get("text") or "", snip)]
    citation_ok = bool(cited_snippets)
    docs = {n for d in q.get("docs", []) for n in _doc_names(d)}
    recall_hit = any(_citation_docs(c) & docs and _citation_docs(c) & _doc_names(src) for c, src in cited_snippets)

    abstained = any(s == ABSTAIN_STATUS for s in statuses)
    if not answers:
        reasons.append("no answer came back")
    elif len(answers) != len(gold_turns):
        reasons.append(f"{len(answers)} answers for {len(gold_turns)} turns")
    if q.get("abstain"):
        passed = bool(answers) and len(answers) == len(gold_turns) and all(s == ABSTAIN_STATUS for s in statuses)
        if answers and not passed:
            reasons.append("answered where the documents hold no answer")
    elif not answers:
        passed = False
    else:
        if any(s != ANSWERED_STATUS for s in statuses):
            reasons.append(f"status {statuses}")
        if missing_figures:
            reasons.append(f"missing figures {missing_figures}")
        if missing_terms:
            reasons.append(f"missing terms {missing_terms}")
        if not citation_ok:
            reasons.append("no citation contains an evidence snippet")
        passed = not reasons

    precise = 0
    if not q.get("abstain"):
        for a in answers:
            stated = [float(f["value"]) for f in a.get("figures") or [] if isinstance(f.get("value"), (int, float))]
            stated += [n.value for n in find_numbers(a.get("answer") or "")
                       if any(same_number(g, n.value, tolerance) for g in q.get("figures", []))]
            for c in a.get("citations") or []:
                ctext = c.get("text") or ""
                if any(overlaps_evidence(ctext, snip) for _, snip in evidence):
                    precise += 1
                elif is_table_row(ctext) and any(
                        any(same_number(s, n.value) for s in stated) for n in find_numbers(ctext)):
                    precise += 1

    rank = None
    retrieved = result.get("retrieved")
    if retrieved is not None and evidence:
        ranks = [i for turn in retrieved for i, chunk in enumerate(turn or [], start=1)
                 if any(contains_evidence(chunk.get("text") or "", snip) for _, snip in evidence)]
        rank = min(ranks) if ranks else 0   # 0: retrieved, but no evidence in what came back

    numbers_total, unsupported = 0, []
    for a in answers:
        total, bad = _turn_numbers_supported(a)
        numbers_total += total
        unsupported += bad

    latency = [float(x) for x in result.get("latency_ms") or [] if x is not None]
    if not latency:
        latency = [float((a.get("timings_ms") or {}).get("total")) for a in answers
                   if isinstance((a.get("timings_ms") or {}).get("total"), (int, float))]

    if q.get("abstain"):
        expected = "insufficient_evidence"
    else:
        parts = []
        if q.get("figures"):
            parts.append(f"figures {q['figures']}")
        if q.get("terms"):
            parts.append(f"terms {q['terms']}")
        if evidence:
            parts.append(f"cite “{_short(evidence[0][1], 70)}”")
        expected = "; ".join(parts)
    got = f"[{', '.join(str(s) for s in statuses) or 'nothing'}] {_short(text)}"

    return {
        "id": q["id"],
        "type": q["type"],
        "question": " / ".join(gold_turns),
        "passed": passed,
        "abstain_expected": bool(q.get("abstain")),
        "abstained": abstained,
        "statuses": statuses,
        "missing_figures": missing_figures,
        "missing_terms": missing_terms,
        "citation_ok": citation_ok,
        "citation_recall_hit": recall_hit,
        "n_citations": len(citations) if not q.get("abstain") else 0,
        "n_precise_citations": precise,
        "evidence_rank": rank,
        "numbers_total": numbers_total,
        "unsupported_numbers": unsupported,
        "latency_ms": latency,
        "reasons": reasons,
        "expected": expected,
        "got": got,
    }


def aggregate(records: Iterable[dict]) -> dict[str, Any]:
    """Metrics over a set of question records.

    - accuracy: share of questions passed.
    - citation_recall: share of answerable questions with a citation, from one of the
      question's ``docs``, that contains an evidence snippet attributed to that document.
    - citation_precision: share of citations (answerable questions only: abstentions have no
      gold passage to judge against) that contain or overlap an evidence snippet, or are a
      table row printing a number the answer states as a figure.
    - retrieval_recall@k / mrr: over answerable questions with retrieval results, by the first
      rank (any turn) whose chunk contains an evidence snippet.
    - abstention_precision / recall: positive = abstained (any turn insufficient_evidence).
    - unsupported_number_rate: unsupported numbers / all claim numbers in answer texts.
    - latency: median and p95 over all turns.
    """
    records = list(records)
    answerable = [r for r in records if not r["abstain_expected"]]
    with_retrieval = [r for r in answerable if r["evidence_rank"] is not None]
    predicted = [r for r in records if r["abstained"]]
    gold_abstain = [r for r in records if r["abstain_expected"]]
    true_pos = [r for r in predicted if r["abstain_expected"]]
    n_cit = sum(r["n_citations"] for r in answerable)
    n_numbers = sum(r["numbers_total"] for r in records)
    n_unsupported = sum(len(r["unsupported_numbers"]) for r in records)
    latencies = [x for r in records for x in r["latency_ms"]]
    metrics: dict[str, Any] = {
        "n": len(records),
        "n_passed": sum(r["passed"] for r in records),
        "accuracy": _ratio(sum(r["passed"] for r in records), len(records)),
        "citation_recall": _ratio(sum(r["citation_recall_hit"] for r in answerable), len(answerable)),
        "citation_precision": _ratio(sum(r["n_precise_citations"] for r in answerable), n_cit),
        "n_citations": n_cit,
    }
    for k in RETRIEVAL_KS:
        metrics[f"retrieval_recall@{k}"] = _ratio(
            sum(1 for r in with_retrieval if 0 < r["evidence_rank"] <= k), len(with_retrieval))
    metrics["mrr"] = (statistics.fmean(1 / r["evidence_rank"] if r["evidence_rank"] else 0.0 for r in with_retrieval)
                      if with_retrieval else None)
    metrics.update({
        "abstention_precision": _ratio(len(true_pos), len(predicted)),
        "abstention_recall": _ratio(len(true_pos), len(gold_abstain)),
        "unsupported_number_rate": _ratio(n_unsupported, n_numbers),
        "numbers_total": n_numbers,
        "numbers_unsupported": n_unsupported,
        "latency_median_ms": _percentile(latencies, 50),
        "latency_p95_ms": _percentile(latencies, 95),
    })
    return metrics


def score(gold: list[dict], results: dict[str, dict]) -> dict[str, Any]:
    """Score every gold question; overall metrics, metrics per type, and per-question records."""
    records = [score_question(q, results.get(q["id"])) for q in gold]
    from evals.splits import split_of

    types = sorted({r["type"] for r in records})
    docs = {q["id"]: tuple(q.get("docs") or ()) for q in gold}
    for r in records:
        r["split"] = split_of(r["id"], docs.get(r["id"], ()))
    return {
        "n_questions": len(records),
        "overall": aggregate(records),
        "by_split": {s: aggregate(r for r in records if r["split"] == s) for s in ("tuned", "frozen")},
        "by_type": {t: aggregate(r for r in records if r["type"] == t) for t in types},
        "questions": records,
    }
