"""Priority lists per partnership and year, and the county agreement's county-wide priorities."""

import pytest

from assistant.errors import TableQueryError

from ._support import AGREEMENT, CANNOCK, LICHFIELD, STAFFORD, TAMWORTH


def items(store, partnership, kind):
    p = store.priorities(partnership, list_kind=kind)
    return p.sort_values("position")["item"].tolist()


def test_lichfield_lists(store):
    assert items(store, "Lichfield", "main") == [
        "Anti-Social Behaviour (ASB)", "Domestic Abuse", "Burglaries (Car Key)", "County Lines", "Fraud",
        "Vulnerable Persons and Contextual Safeguarding (including Alcohol and Mental Health)"]
    assert items(store, "Lichfield", "additional") == ["Repeat and Persistent Offending"]
    assert items(store, "Lichfield", "force_wide") == [
        "Modern Slavery", "Fire and Fire Risk", "Business Crime", "Serious Violence",
        "Community Cohesion and Hate Crimes", "Counter Terrorism / Prevent"]
    burg = store.priorities("Lichfield", list_kind="main").iloc[2]
    assert burg.measures == "car key burglary" and burg.period == "2018-19"


def test_tamworth_new_flags_and_notes(store):
    fw = store.priorities("Tamworth", list_kind="force_wide").set_index("item")
    assert fw.loc["Safer Roads", "flag"] == "New!"
    assert fw.loc["Safer Roads", "note"] == "added as a consideration"
    assert fw.loc["Violence Against Women and Girls", "flag"] == "New!"
    assert len(items(store, "Tamworth", "main")) == 7


def test_stafford_revised_item_note_and_prose_note(store):
    main = store.priorities("Stafford", list_kind="main").set_index("item")
    row = main.loc["Community Cohesion & Tackling Extremism"]
    assert row.flag == "REVISED" and row.note.startswith("combines previous 'Counter Terror'")
    note = store.priorities("Stafford", list_kind="note").iloc[0]
    assert note["item"].startswith("Repeat and persistent offending, homelessness and rough sleeping")
    assert items(store, "Stafford", "force_wide") == ["Fire and Fire Risk", "Business Crime", "Serious Violence"]


def test_cannock_specific_csp_list(store):
    assert items(store, "Cannock Chase", "specific_csps") == ["Modern Slavery", "Vehicle Crime", "Rural Crime"]
    assert items(store, "Cannock", "force_wide")[0] == "Repeat and Persistent Offending"


def test_county_wide_priorities(store):
    county = items(store, "Staffordshire (county-wide)", "county_wide")
    assert len(county) == 7
    assert county[0] == "Anti-Social Behaviour (ASB)"
    assert county[-1] == "Safeguarding Vulnerable Persons (incl. Alcohol, Drugs and Mental Health) and Child Exploitation"
    assert items(store, "Staffordshire (county-wide)", "specific_csps") == ["Modern Slavery", "Vehicle Crime", "Rural Crime"]
    # Other organisations' priorities listed in the agreement (police and crime plan, fire service) are not county priorities.
    assert "Public confidence" not in county


def test_priority_rows_slice_back(docs, store):
    for doc_id in (LICHFIELD, TAMWORTH, CANNOCK, STAFFORD, AGREEMENT):
        p = store.priorities(doc_id=doc_id)
        assert len(p) >= 10
        for _, x in p.iterrows():
            assert docs[doc_id].text[x.start:x.end] == x.row_text


def test_unknown_partnership_is_a_table_query_error(store):
    with pytest.raises(TableQueryError):
        store.priorities("Atlantis")
