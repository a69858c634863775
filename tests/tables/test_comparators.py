"""Partnership-versus-comparator tables: areas, parent/child rows, shifted and empty rows, rounding."""

import math

from ._support import CANNOCK, LICHFIELD, TAMWORTH, one, table_of


def test_lichfield_comparator_rows_groups_and_parents(results):
    r = results[LICHFIELD]
    t = table_of(r, "comparator")
    assert t.frame.shape == (34, 4)
    assert list(t.frame.columns) == ["Group", "Offence Type", "CSP area", "Force-wide"]
    assert t.info.period == "2018-19" and t.info.unit == "per 1,000 population"
    v = r.values[r.values.table_id == t.info.table_id]
    assert len(v) == 68
    assert set(v.area_type) == {"partnership", "force"}
    res = one(v, measure_printed="Burglary - Burglary Residential", area_type="partnership")
    assert (res.value, res.measure, res.parent_measure) == (3.8, "residential burglary", "burglary")
    shop = one(v, measure_printed="Theft – Shoplifting", area_type="force")
    assert (shop.value, shop.measure, shop.parent_measure) == (6.8, "shoplifting", "theft")
    rowdy = one(v, measure_printed="Rowdy and inconsiderate behaviour", area_type="partnership")
    assert rowdy.parent_measure == "anti-social behaviour"
    assert one(v, measure_printed="Total Anti-social Behaviour (ASB)", area_type="force").value == 32.6


def test_rows_printed_without_their_first_cell_are_aligned_by_their_numbers(results):
    r = results[LICHFIELD]
    t = table_of(r, "comparator")
    assert any("printed without their empty first cell" in n for n in t.info.notes)
    v = r.values[r.values.table_id == t.info.table_id]
    row = v[v.measure == "violence without injury"].set_index("area_type")
    assert (row.loc["partnership", "value"], row.loc["force", "value"]) == (6.8, 9.6)
    assert row.loc["partnership", "parent_measure"] == "violence against the person"
    po = one(v, measure="public order offences", area_type="force")
    assert po.value == 3.7 and po.note == "group: Crimes against society"


def test_tamworth_comparator_areas_and_a_row_with_no_values(results):
    r = results[TAMWORTH]
    t = table_of(r, "comparator")
    assert t.frame.shape == (24, 5)
    assert t.info.period == "2020-21"
    v = r.values[r.values.table_id == t.info.table_id]
    assert dict(v.groupby("area_type").area.first()) == {
        "force": "Force area", "national": "England & Wales", "partnership": "Tamworth", "region": "West Midlands"}
    assert len(v) == 23 * 4
    empty = t.frame[t.frame["Measure"] == "Death or serious injury - unlawful driving"]
    assert len(empty) == 1 and (empty.iloc[0, 1:] == "").all()
    warnings = [p for p in r.problems if "has no values" in p.reason]
    assert len(warnings) == 1 and warnings[0].severity == "warning" and warnings[0].doc_id == TAMWORTH
    hom = one(v, measure="homicide", area_type="partnership")
    assert (hom.value, hom.decimals, hom.parent_measure) == (0.03, 2, "violence against the person")
    assert one(v, measure="burglary", area_type="region").parent_measure == "theft offences"
    assert any("Indicates higher than force-wide rate" in n for n in t.info.notes)


def test_cannock_comparator_similar_forces_rounding_and_missing_cells(results):
    r = results[CANNOCK]
    t = table_of(r, "comparator")
    assert t.frame.shape == (25, 6)
    assert t.info.period == "2022-23" and "April 202- March 2023" in t.info.period_note
    assert any(n == "printed as rounded whole numbers: Staffordshire (Force Area)" or
               n.startswith("printed as rounded whole numbers") for n in t.info.notes)
    v = r.values[r.values.table_id == t.info.table_id]
    assert set(v.area_type) == {"partnership", "force", "similar_forces", "region", "national"}
    total = v[v.measure == "total recorded crime"].set_index("area_type")
    assert (total.loc["partnership", "value_text"], total.loc["partnership", "decimals"]) == ("83.0", 1)
    assert (total.loc["force", "value_text"], total.loc["force", "decimals"]) == ("87", 0)
    assert total.loc["similar_forces", "value"] == 87.2
    # 'FRAUD OFFENCES (experimental)': '...' for the partnership and 'N/A' for comparators are not values.
    fraud = v[v.measure == "fraud"]
    assert list(fraud.area_type) == ["force"] and fraud.iloc[0].qualifier == "experimental"
    asb = one(v, measure="anti-social behaviour", area_type="partnership")
    assert (asb.value, asb.qualifier) == (11.0, "excl. Covid breaches")
    assert one(v, measure="residential burglary", area_type="national").parent_measure == "burglary"
    assert one(v, measure="burglary", area_type="force").parent_measure == "theft offences"
    assert any(f.startswith("¹ Due to low volume") for f in t.info.footnotes)


def test_comparator_provenance_spans(docs, results):
    for doc_id in (LICHFIELD, TAMWORTH, CANNOCK):
        text = docs[doc_id].text
        v = results[doc_id].values
        for _, x in v[v.table_id.str.contains("comparator")].iterrows():
            assert text[x.start:x.end] == x.row_text
            assert text[x.cell_start:x.cell_end] == x.value_text
            assert not math.isnan(x.value)


SPACED_UNDER_CAPTION = """\
3.2 Comparison with similar areas

Measure (rate per 1,000 residents)   Northshire   MSG avg   Force   MSG position
-------------------------------------------------------------------------------
Violence against the person                35.2      33.1    24.8     11th of 15
Shoplifting                                10.7       9.7     6.2     10th of 15
Table 3.2 - Northshire rates compared with MSG average and force, 2021/22

3.2.2 Shoplifting compares least well.
"""


def test_a_space_aligned_comparator_under_its_caption_with_a_rule_and_a_rank_column():
    from assistant.tables.extract import extract_tables

    from ._support import make_doc

    r = extract_tables(make_doc(SPACED_UNDER_CAPTION, doc_id="northshire"))
    t = table_of(r, "comparator")
    assert t.info.title == "Table 3.2 - Northshire rates compared with MSG average and force, 2021/22"
    v = r.values[r.values.table_id == t.info.table_id]
    # the rank within the group is no figure of the group's
    assert set(v.area_type) == {"partnership", "similar_forces", "force"}
    assert one(v, measure="violence against the person", area_type="similar_forces").value == 33.1
    assert one(v, measure="shoplifting", area_type="force").value == 6.2
