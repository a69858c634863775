"""Property tests for the question parser: any question, any follow-up, parses without crashing into a
frame whose entities are ones the corpus knows and whose years are ones the question states."""

from __future__ import annotations

import re

import pandas as pd
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from assistant.answer.understand import COMPARATORS, INTENT_RULES, Frame, Gazetteer, parse, resolve
from assistant.tables.vocabulary import MEASURES
from assistant.types import DocumentMeta

PROPS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

INTENTS = {name for name, _ in INTENT_RULES} | {"narrative", "compare_partnerships", "compare_years"}
PARTNERSHIPS = ("Lichfield", "Tamworth", "Cannock Chase", "Stafford", "Staffordshire (county-wide)")
WARDS = ("Stowe", "Chasetown", "Bourne Vale", "St John's", "Boney Hay & Central", "Glascote")


def _gazetteer() -> Gazetteer:
    metas = {p: DocumentMeta(doc_id=p, source=f"{p}.txt", title=p, partnership=p, kind=None, published=None, period=None)
             for p in PARTNERSHIPS}
    texts = {"x": "CSPs with priority:\n\nCannock Chase, East Staffordshire, Lichfield, South Staffordshire, Newcastle"}
    areas = pd.DataFrame({"area": list(WARDS), "area_type": ["ward"] * len(WARDS),
                          "partnership": ["Lichfield"] * 5 + ["Tamworth"]})
    return Gazetteer.build(metas, texts, areas)


GAZ = _gazetteer()

pieces = st.one_of(
    st.sampled_from(PARTNERSHIPS + WARDS + ("Lichfeild", "tamworht", "Stoke-on-Trent", "Newcastle", "East Staffordshire")),
    st.sampled_from([m.name for m in MEASURES.values()] + ["ASB", "DA", "CKB", "car key burglary", "knife crime"]),
    st.sampled_from(sum(COMPARATORS.values(), ())),
    st.sampled_from(["which", "wards", "highest", "lowest", "rate", "per 1,000", "how many times", "compared with",
                     "and", "what about", "those", "them", "there", "recommend", "who leads", "trend", "since 2019",
                     "in 2019-20", "2018/19", "2020–21", "between 2017 and 2021", "2099-1999", "1999-00", "?", ",", "."]),
    st.integers(1900, 2100).map(str),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=12),
)
questions = st.lists(pieces, min_size=0, max_size=12).map(" ".join)


def _digits_in(question: str) -> set[int]:
    return {int(m) for m in re.findall(r"(?:19|20)\d\d", question)}


def _check(frame: Frame, question: str) -> None:
    assert frame.text == question
    assert frame.intent in INTENTS, frame.intent
    assert set(frame.partnerships) <= set(PARTNERSHIPS)
    assert {w for w, _ in frame.wards} <= set(WARDS)
    assert set(frame.measures) <= set(MEASURES)
    assert set(frame.comparators) <= set(COMPARATORS)
    assert frame.ranking in (None, "highest", "lowest")
    assert Frame.from_dict(frame.to_dict()) == frame


@PROPS
@given(questions)
@example("")
@example("   ")
@example("and there?")
@example("which wards in lichfeild have high car key burglary since 2019 compared with the force")
@example("2099-1999 1999-00 2019/20 2020–21")
def test_any_question_parses(question):
    frame = parse(question, GAZ)
    _check(frame, question)
    assert set(frame.years) <= _digits_in(question), (frame.years, question)
    for p in frame.periods:
        assert p[:4].isdigit() and int(p[:4]) in _digits_in(question)
    assert parse(question, GAZ) == frame


@PROPS
@given(questions, questions, questions)
@example("which wards in Lichfield have the highest ASB?", "and in Tamworth?", "which of those is highest?")
def test_any_follow_up_resolves(first, second, third):
    a = resolve(first, GAZ, None)
    b = resolve(second, GAZ, a)
    c = resolve(third, GAZ, b)
    for frame, q in ((a, first), (b, second), (c, third)):
        _check(frame, q)
    # a follow-up's entities come from its own words or from earlier turns, never from nowhere
    assert set(b.partnerships) <= set(parse(second, GAZ).partnerships) | set(a.partnerships)
    assert set(c.years) <= _digits_in(first) | _digits_in(second) | _digits_in(third)
