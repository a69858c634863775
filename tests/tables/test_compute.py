"""Computed figures record their inputs (with provenance) and formula, and refuse mismatched inputs."""

import pytest

from assistant.errors import TableQueryError
from assistant.tables import (approx_count, bottom_n, change_between, comparator_for, difference, rank, ratio_to,
                              top_n)

from ._support import CANNOCK, LICHFIELD, TAMWORTH

LICH_WARDS = f"{LICHFIELD}:ward_rates-1"


def test_ward_vs_force_ratio_and_difference(store, docs):
    shen = store.values(area="Shenstone", measure="residential burglary")
    force = comparator_for(store.all_values, shen, "force")
    assert force.value == 3.3 and force.source_kind == "card"
    r = ratio_to(shen, force)
    assert r.formula == "12.2 / 3.3" and r.unit == "ratio" and r.value == pytest.approx(3.697, abs=1e-3)
    assert (r.area, r.area_type, r.measure, r.period) == ("Shenstone", "ward", "residential burglary", "2018-19")
    for i in r.inputs:
        assert docs[i["doc_id"]].text[i["start"]:i["end"]] == i["row_text"]
    fig = r.to_figure(citations=(1, 2))
    assert fig.computed and fig.formula == "12.2 / 3.3" and fig.citations == (1, 2)
    d = difference(shen, force)
    assert (d.value, d.formula, d.unit) == (pytest.approx(8.9), "12.2 - 3.3", "per 1,000 population")


def test_partnership_vs_force_region_and_national(store):
    v = store.values(doc_id=TAMWORTH, source_kind="table", measure="vehicle offences")
    local = v[v.area_type == "partnership"]
    for area_type, expected in (("force", 5.4 / 3.4), ("region", 5.4 / 6.1), ("national", 5.4 / 5.7)):
        comp = comparator_for(store.all_values, local, area_type)
        assert comp.table_id == local.iloc[0].table_id
        assert ratio_to(local, comp).value == pytest.approx(expected)


def test_ratio_refuses_mismatched_units_and_measures(store):
    shen_rate = store.values(area="Shenstone", measure="residential burglary")
    shen_ckb = store.values(area="Shenstone", measure="car key burglary")
    with pytest.raises(TableQueryError, match="measures"):
        ratio_to(shen_rate, shen_ckb)
    force_share = store.values(doc_id=LICHFIELD, area_type="force", measure="burglary resulting in vehicle theft")
    with pytest.raises(TableQueryError):
        difference(store.values(doc_id=LICHFIELD, area_type="partnership", measure="burglary", source_kind="table"),
                   force_share)


def test_rank_top_and_bottom(store):
    v = store.values(table_id=LICH_WARDS)
    ranked = rank(v, "Burglary")
    assert [c.area for c in ranked[:3]] == ["Shenstone", "Bourne Vale", "Little Aston & Stonnall"]
    assert ranked[0].value == 1 and ranked[0].unit == "rank" and len(ranked[0].inputs) == 22
    assert ranked[0].formula.startswith("rank of 15.5 among [15.5, 14.1, 11.2")
    assert [c.area for c in top_n(v, "ALL CRIME", 2)] == ["Stowe", "Chasetown"]
    low = bottom_n(v, "Robbery", 3)
    assert all(c.value == 1 for c in low)  # several wards tie at 0.0
    assert [c.area for c in bottom_n(v, "ALL CRIME", 1)] == ["Highfield"]


def test_rank_partnerships_refuses_mixed_periods(store):
    v = store.values(area_type="partnership", measure="residential burglary", source_kind="table")
    with pytest.raises(TableQueryError, match="period"):
        rank(v, area_type="partnership")


def test_change_between_periods_across_documents(store):
    a = store.values(area_type="force", measure="residential burglary", doc_id=LICHFIELD, source_kind="table")
    b = store.values(area_type="force", measure="residential burglary", doc_id=TAMWORTH, source_kind="table")
    ch = change_between(b, a)  # order of arguments does not matter
    assert ch.earlier["period"] == "2018-19" and ch.later["period"] == "2020-21"
    assert ch.absolute.formula == "1.9 - 3.3" and ch.absolute.value == pytest.approx(-1.4)
    assert ch.percent.formula == "(1.9 - 3.3) / 3.3 × 100" and ch.percent.value == pytest.approx(-42.42, abs=0.01)
    assert ch.absolute.period == "2018-19 to 2020-21" and ch.percent.unit == "%" and ch.absolute.note is None
    rounded = store.values(area_type="force", measure="residential burglary", doc_id=CANNOCK, source_kind="table")
    ch = change_between(a, rounded)
    assert ch.absolute.formula == "3 - 3.3" and "different precision" in ch.absolute.note


def test_change_between_refuses_mismatches(store):
    tam = store.values(area_type="force", measure="ASB", doc_id=TAMWORTH, source_kind="table")
    can = store.values(area_type="force", measure="ASB", doc_id=CANNOCK, source_kind="table")
    with pytest.raises(TableQueryError, match="count different things"):
        change_between(tam, can)  # with vs without Covid breaches
    lich_burg = store.values(area_type="force", measure="burglary", doc_id=LICHFIELD, source_kind="table")
    with pytest.raises(TableQueryError, match="measure"):
        change_between(lich_burg, can)
    share = store.values(doc_id=LICHFIELD, area_type="force", measure="burglary resulting in vehicle theft")
    burg = store.values(doc_id=CANNOCK, area_type="force", measure="burglary", source_kind="table")
    with pytest.raises(TableQueryError):
        change_between(share, burg)
    tam_local = store.values(area="Tamworth", measure="residential burglary", source_kind="table")
    with pytest.raises(TableQueryError, match="area"):
        change_between(tam_local, store.values(area="Cannock Chase", measure="residential burglary", source_kind="table"))
    with pytest.raises(TableQueryError, match="periods"):
        change_between(tam_local, tam_local)


def test_approximate_count_from_rate_and_population(store):
    asb = store.values(partnership="Lichfield", area_type="partnership", measure="ASB", source_kind="table")
    pop = store.values(partnership="Lichfield", measure="population")
    c = approx_count(asb, pop)
    assert c.formula == "21.7 × 103,965 / 1,000" and c.value == pytest.approx(2256.04, abs=0.01)
    assert c.unit == "count (approx.)" and [i["measure"] for i in c.inputs] == ["anti-social behaviour", "population"]
    ward = store.values(area="Stowe", measure="Theft")
    with pytest.raises(TableQueryError, match="population for"):
        approx_count(ward, pop)
    lac = store.values(area="Lichfield", measure="looked-after children")
    with pytest.raises(TableQueryError, match="under-18s"):
        approx_count(lac, pop)


def test_single_row_required(store):
    with pytest.raises(TableQueryError, match="expected one row"):
        ratio_to(store.values(area="Stowe"), store.values(area="Chasetown"))
