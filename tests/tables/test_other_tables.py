"""Prevalence, child protection and looked-after rates, referrals, Mosaic groups, governance, localities."""

from ._support import AGREEMENT, LICHFIELD, STAFFORD, TAMWORTH, one, table_of


def test_prevalence_table_by_age_group_and_area(results):
    r = results[LICHFIELD]
    t = table_of(r, "area_breakdown")
    assert t.frame.shape == (9, 3) and list(t.frame.columns) == ["Group", "Area", "% of population"]
    v = r.values[r.values.table_id == t.info.table_id]
    adults = v[v.breakdown == "Adults (age 16+)"].set_index("area_type")
    assert adults.loc["partnership", "value"] == 13.9 and adults.loc["partnership", "area"] == "Lichfield"
    assert adults.loc["national", "area"] == "England" and adults.loc["force", "value"] == 16.4
    assert set(v.unit) == {"%"} and set(v.measure) == {"common mental disorders prevalence"}
    tam = results[TAMWORTH]
    tv = tam.values[tam.values.table_id == table_of(tam, "area_breakdown").info.table_id]
    assert one(tv, breakdown="Children (age 5-16)", area_type="partnership").value == 9.8


def test_child_protection_and_looked_after_rates(results):
    r = results[LICHFIELD]
    t = table_of(r, "inline_rates")
    assert t.info.title == "Child Protection / Looked-after Children"
    v = r.values[r.values.table_id == t.info.table_id]
    cp = v[v.measure == "child protection plans"].set_index("area")["value"].to_dict()
    assert cp == {"Lichfield": 34.0, "Force area": 49.0, "Chasetown": 132.0}
    lac = one(v, measure="looked-after children", area="Chadsmead")
    assert (lac.value, lac.area_type, lac.unit, lac.unit_printed) == (132.0, "ward", "per 10,000 under-18s", "per 10,000")


def test_referrals_by_reason(results):
    r = results[STAFFORD]
    t = table_of(r, "category_counts")
    assert t.frame.shape == (6, 2) and t.info.title == "Main reasons for referral"
    v = r.values[r.values.table_id == t.info.table_id]
    advice = one(v, breakdown="Advice and information")
    assert (advice.value, advice.unit, advice.measure, advice.area) == (50.0, "count", "referrals", "Stafford")
    assert v.value.sum() == 145


def test_mosaic_group_descriptions(results):
    for doc_id in (LICHFIELD, TAMWORTH):
        r = results[doc_id]
        t = table_of(r, "text_table")
        assert t.frame.shape == (15, 3)
        assert list(t.frame.columns) == ["Group/Type", "Group/Type Name", "One-Line Description"]
        m = one(t.frame, **{"Group/Type": "M"})
        assert m["Group/Type Name"] == "Family Basics"
        fact = one(r.facts[r.facts.table_id == t.info.table_id], subject="M", field="One-Line Description")
        assert fact.text == "Families with limited resources who budget to make ends meet"


def test_governance_table_joins_wrapped_cells(docs, results):
    r = results[AGREEMENT]
    t = table_of(r, "text_table")
    assert t.frame.shape == (9, 3)
    theme, board, officer = t.frame.columns
    da = one(t.frame, **{theme: "Domestic Abuse"})
    assert da[board] == "Domestic Abuse Commissioning and Development Board"
    assert da[officer].startswith("Alice Walters Staffordshire County Council")
    assert t.frame[theme].tolist().count("Tackling Extremism & Community Cohesion") == 2
    fraud = one(t.frame, **{theme: "Fraud"})
    assert fraud[officer] == "Elliott Sharrard-Williams- Staffordshire Police"
    f = r.facts[r.facts.table_id == t.info.table_id]
    for _, x in f.iterrows():
        assert docs[AGREEMENT].text[x.start:x.end] == x.row_text


def test_locality_priority_areas_merge_repeated_headers(results):
    r = results[AGREEMENT]
    t = table_of(r, "grouped_text")
    assert t.frame.shape == (8, 4)
    assert list(t.frame.columns) == ["Group", "Name", "Priority Type", "Rationale for selection"]
    assert t.frame["Group"].tolist().count("East Staffordshire") == 3
    cannock = t.frame[t.frame["Group"] == "Cannock Chase"]["Name"].tolist()
    assert cannock == ["Cannock South & West", "Cannock East & North"]
    stafford = one(t.frame, Name="Stafford Town")
    assert stafford["Priority Type"] == "High force-wide"
    assert stafford["Rationale for selection"].endswith("communities in the immediate vicinity.")
    burton = one(t.frame, Name="Burton Urban")
    assert burton["Priority Type"] == "High – force-wide"
    facts = r.facts[r.facts.table_id == t.info.table_id]
    assert set(facts.area_type) == {"locality"}
    assert one(facts, area="Newcastle Town", field="Priority Type").partnership == "Newcastle-under-Lyme"


def test_document_details_table_is_key_value(results):
    t = table_of(results[LICHFIELD], "key_value")
    assert list(t.frame.columns) == ["Field", "Value"]
    assert one(t.frame, Field="Produced by").Value == "Strategy Team, Staffordshire County Council"
    assert t.info.title.startswith("Title, Description, Date created")
