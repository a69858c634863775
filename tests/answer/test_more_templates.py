"""More layouts from other templates: a contents list with page numbers set apart by spaces under a
'Section  Page' head, a table of areas by measures with the comparators as rows, a lettered priority list
after a sentence that ends in a full stop, rates per 100,000 stated in hard-wrapped prose, and a list whose
bullets a PDF drew as shapes (so the text holds only short lines after a colon). Two made-up partnerships,
built with the real model and FAISS."""

from __future__ import annotations

import pytest

from tests.support import corpus_assistant

KESTREL = """\
KESTREL VALE COMMUNITY SAFETY PARTNERSHIP
Strategic Assessment 2018

CONTENTS

Section                                                    Page
1.  Introduction                                              2
2.  How Kestrel Vale compares                                 3
3.  Domestic abuse                                            4
4.  Priorities for 2018/19                                    5
5.  Governance                                                6


1. INTRODUCTION

This assessment covers 2017/18 against 2016/17 for the district of Kestrel Vale, which has
62,000 residents and 27,000 households.

2. HOW KESTREL VALE COMPARES

Table 2.1: Comparator rates, 2017/18
Area	All crime per 1,000 residents	Residential burglary per 1,000 households	ASB incidents per 1,000 residents
Kestrel Vale	58.1	9.6	30.2
Northmoor force area	64.0	8.1	35.5
Most similar group (MSG) average	55.3	8.8	28.0
England and Wales	80.2	10.9	29.9

3. DOMESTIC ABUSE

Domestic abuse (DA) incidents reported to Northmoor Police rose from 1,130 to 1,210, a
rate of 1,951.6 per 100,000 residents compared with 1,720.4 across the force area. Repeat
victims made up 29% of the total.

4. PRIORITIES FOR 2018/19

Partners scored each issue for harm, volume and trend at the prioritisation workshop. The
three issues with the highest scores are recommended as the Board's priorities for 2018/19.

Priority A   Rural theft and wildlife crime
             Lead: Rural Crime Officer, Northmoor Police

Priority B   Domestic abuse and stalking
             Lead: Domestic Abuse Coordinator, Kestrel Vale Council

Priority C   Anti-social behaviour in Farrowby town centre
             Lead: Community Safety Manager, Kestrel Vale Council

Recommendations

R1. Fund a second rural crime officer for the harvest season.

5. GOVERNANCE

5.1 The partnership board is chaired by Councillor Maria Delacourt. Its members are:

Kestrel Vale District Council

Northmoor Police

Northmoor Fire and Rescue Service

Kestrel Vale Clinical Commissioning Group

5.2 The board meets every quarter and reports to the council's scrutiny committee.
"""

BRANWICK = """\
Branwick Safer Communities Partnership
Strategic Assessment 2018

1 Domestic abuse

Domestic abuse incidents rose to 2,105 in 2017/18, a rate of 24.1 per 1,000 residents against 21.8
for the force area.
"""


@pytest.fixture(scope="module")
def two(tmp_path_factory):
    def entry(partnership: str) -> dict:
        return {"title": f"{partnership} Strategic Assessment 2018", "partnership": partnership,
                "kind": "strategic assessment", "data_period": "2017-18"}

    return corpus_assistant(tmp_path_factory, "kestrel-branwick", [
        ("kestrel-vale_2018_strategic-assessment.txt", KESTREL, entry("Kestrel Vale")),
        ("branwick_2018_strategic-assessment.txt", BRANWICK, entry("Branwick"))])


def test_a_contents_list_with_page_numbers_set_apart_by_spaces_gives_the_sections(two):
    doc = two.document("kestrel-vale_2018_strategic-assessment")
    titles = [s.path[-1] for s in doc.sections]
    assert "4.  Priorities for 2018/19" in titles or "4. Priorities for 2018/19" in titles, titles
    # a labelled list item is no heading
    assert not any(t.startswith("Priority A") for t in titles), titles


def test_yes_no_against_a_comparator_row_of_a_table_of_areas_by_measures(two):
    a = two.ask("Is Kestrel Vale's burglary rate above the force average?")
    assert a.status == "answered"
    first = a.answer.splitlines()[0]
    assert first.startswith("Yes: Kestrel Vale's residential burglary per 1,000 households is 9.6, above Northmoor force area (8.1)"), first
    values = {f.value for f in a.figures}
    assert {9.6, 8.1, 8.8, 10.9} <= values  # the other comparators' figures come with it
    ratio = [f for f in a.figures if f.computed]
    assert ratio and abs(ratio[0].value - round(9.6 / 8.1, 2)) < 1e-9


def test_a_comparison_names_the_side_the_area_is_on(two):
    a = two.ask("how does kestrel vale's ASB rate compare with the MSG average?")
    first = a.answer.splitlines()[0]
    assert "30.2, above Most similar group (MSG) average (28.0)" in first, first


def test_a_lettered_priority_list_follows_the_sentence_that_introduces_it(two):
    a = two.ask("what are kestrel vale's priorities for 2018/19?")
    text = a.answer
    for item in ("Rural theft and wildlife crime", "Domestic abuse and stalking",
                 "Anti-social behaviour in Farrowby town centre"):
        assert item in text, text
    assert "second rural crime officer" not in text.split("Best supporting passages")[0]  # R1 is another list


def test_list_items_without_markers_after_a_colon_come_with_it(two):
    a = two.ask("who chairs the kestrel vale partnership board and who are its members?")
    text = a.answer.split("Best supporting passages")[0]
    assert "Maria Delacourt" in text
    for member in ("Northmoor Police", "Northmoor Fire and Rescue Service", "Kestrel Vale Clinical Commissioning Group"):
        assert member in text, text


def test_a_rate_in_hard_wrapped_prose_is_read_with_its_measure(two):
    df = two.tables.values(measure="domestic abuse")
    got = {(r["area"], r["value"], r["unit"]) for _, r in df.iterrows()}
    assert ("Kestrel Vale", 1951.6, "per 100,000 population") in got, got


def test_rates_per_100000_and_per_1000_are_compared_on_one_scale(two):
    a = two.ask("which has the higher domestic abuse rate, kestrel vale or branwick?")
    text = a.answer
    assert "Branwick (2017-18): 24.1 per 1,000 population" in text, text
    assert "Kestrel Vale (2017-18): 19.5 per 1,000 population, printed as 1,951.6 per 100,000" in text, text
    assert text.index("Branwick (2017-18)") < text.index("Kestrel Vale (2017-18)")  # highest first
    rescaled = [f for f in a.figures if f.computed and f.area == "Kestrel Vale"]
    assert rescaled and abs(rescaled[0].value - 19.52) < 0.01 and "× 0.01" in rescaled[0].formula
