"""Priority fact cards: local and force rates with units, card fields, hotspot wards with rates and notes."""

import pytest

from ._support import LICHFIELD, TAMWORTH, one


def card_values(result, title):
    card = next(t for t in result.tables if t.info.kind == "card" and t.info.title == title)
    v = result.values
    return card, v[v.table_id == card.info.table_id], result.facts[result.facts.table_id == card.info.table_id]


def field(facts, name):
    return one(facts, field=name).text


def test_asb_card_rates_fields_and_hotspots(results):
    card, v, f = card_values(results[LICHFIELD], "Anti-social Behaviour (ASB)")
    local, force = one(v, area_type="partnership"), one(v, area_type="force")
    assert (local.value, local.unit, local.area) == (21.7, "per 1,000 population", "Lichfield")
    assert (force.value, force.unit, force.measure) == (32.6, "per 1,000 population", "anti-social behaviour")
    assert field(f, "Direction of travel") == "Some increase (+8%) on 12 months ending October 2019"
    assert field(f, "Public expectation") == "Moderate"
    assert field(f, "Volume and potential harm") == "High volume / Moderate individual harm / Severe community harm"
    assert "South Staffordshire" in field(f, "CSPs with priority")
    wards = v[v.area_type == "ward"].set_index("area")["value"].to_dict()
    assert wards == {"Chasetown": 71.6, "Stowe": 64.6}
    assert card.frame.shape[1] == 2 and "Local rate (per 1,000 people)" in card.frame["Field"].tolist()


def test_car_key_card_hotspots_keep_rate_and_note(results):
    _, v, f = card_values(results[LICHFIELD], "Burglaries (Car Key)")
    shen = v[v.area == "Shenstone"].set_index("measure")
    assert shen.loc["residential burglary", "value"] == 12.2
    assert shen.loc["residential burglary", "unit"] == "per 1,000 population"
    assert (shen.loc["car key burglary", "value"], shen.loc["car key burglary", "unit"]) == (20.0, "%")
    assert one(f, area="Shenstone").text == "Shenstone (Residential Burglary, 12.2 – 20% Car Key)"
    little = one(v, area="Little Aston & Stonnall", measure="residential burglary")  # no comma before the rate
    assert little.value == 8.1
    share = one(v, area_type="partnership", measure="burglary resulting in vehicle theft")
    assert (share.value, share.unit, share.unit_printed) == (13.0, "%", "% of burglaries")
    assert one(v, area_type="force", measure="residential burglary").value == 3.3


def test_percent_values_under_a_per_1000_label_keep_their_percent_unit(results):
    _, v, _ = card_values(results[LICHFIELD], "Vulnerable Persons: Alcohol")
    share = one(v, area_type="partnership", measure="alcohol-related share of violent offences")
    assert (share.value, share.unit) == (16.0, "%")
    assert "label says 'per 1,000 people'" in share.note
    stowe = one(v, area="Stowe")
    assert (stowe.value, stowe.measure, stowe.unit) == (13.4, "alcohol-related offences", "per 1,000 population")
    assert one(v, area="Chadsmead").value == 10.3


def test_secondary_values_in_brackets_and_semicolon_hotspots(results):
    _, v, _ = card_values(results[LICHFIELD], "Vulnerable Persons: Mental Health and Missing Persons")
    hr = v[v.measure == "high-risk missing persons"].set_index("area")["value"].to_dict()
    assert hr == {"Lichfield": 0.5, "Force area": 0.9, "Chasetown": 1.2}
    assert one(v, area="Longdon").value == 8.4
    assert one(v, area_type="partnership", measure="mental health calls to police").value == 5.5


def test_proportion_line_with_both_local_and_force(results):
    _, v, _ = card_values(results[LICHFIELD], "Repeat and Persistent Offending")
    got = {(x.area_type, x.breakdown): x.value for _, x in v.iterrows()}
    assert got == {("partnership", "offenders"): 40.0, ("partnership", "crime"): 65.0,
                   ("force", "offenders"): 45.0, ("force", "crime"): 71.0}


def test_tamworth_cards_with_and_without_covid_and_pre_pandemic_hotspot(results):
    r = results[TAMWORTH]
    _, v, f = card_values(r, "Anti-social Behaviour (ASB)")
    local = one(v, area_type="partnership")
    assert (local.value, local.qualifier) == (21.9, "excl. Covid")
    assert set(f[f.field == "hotspot ward"].area) == {"Castle", "Glascote"}
    _, v, _ = card_values(r, "Domestic Abuse and Stalking & Harassment: Domestic Abuse")
    glascote = one(v, area="Glascote")
    assert (glascote.value, glascote.qualifier, glascote.period) == (17.7, "pre-pandemic", "2019-20")
    _, v, f = card_values(r, "Domestic Abuse and Stalking & Harassment: Stalking & Harassment")
    assert v[v.area_type == "ward"].empty  # "None significantly above force average"
    assert one(v, area_type="force").measure == "stalking and harassment"
    _, v, _ = card_values(r, "Car Key Burglary (CKB) / Vehicle Theft")
    assert one(v, area_type="partnership").measure_printed == "Rate of Vehicle Offences"


@pytest.mark.parametrize("doc_id", [LICHFIELD, TAMWORTH])
def test_card_values_and_facts_slice_back(docs, results, doc_id):
    text = docs[doc_id].text
    r = results[doc_id]
    cards = {t.info.table_id for t in r.tables if t.info.kind == "card"}
    assert len(cards) >= 9
    for _, x in r.values[r.values.table_id.isin(cards)].iterrows():
        assert text[x.start:x.end] == x.row_text
        assert text[x.cell_start:x.cell_end].rstrip("%") == x.value_text.rstrip("%")
    for _, x in r.facts[r.facts.table_id.isin(cards)].iterrows():
        assert text[x.start:x.end] == x.row_text


def test_cards_view(store):
    cards = store.cards("Lichfield")
    asb = one(cards, priority="Anti-social Behaviour (ASB)")
    assert asb.public_expectation == "Moderate" and asb.hotspot_wards == ["Chasetown", "Stowe"]
    assert "Tamworth" in asb.csps_with_priority
    assert asb.local_rates == ["Anti-social Behaviour (ASB): 21.7 per 1,000 population"]
    assert asb.hotspot_rates == ["Chasetown: Anti-social Behaviour (ASB): 71.6 per 1,000 population",
                                 "Stowe: Anti-social Behaviour (ASB): 64.6 per 1,000 population"]
    safeguarding = cards[cards.priority == "Vulnerable Persons: Contextual Safeguarding"].iloc[0]
    assert safeguarding.local_rates == ["Child Protection: 34 per 10,000 under-18s",
                                        "Looked-after Children: 42 per 10,000 under-18s"]
    tam = store.cards("Tamworth")
    cohesion = tam[tam.priority.str.startswith("Community Cohesion")].iloc[0]
    assert "Lichfield" in cohesion.csps_partial  # printed '(Lichfield)'
