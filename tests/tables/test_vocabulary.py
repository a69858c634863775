"""The harmonised measure vocabulary maps printed variants across documents and years."""

import pytest

from assistant.tables.vocabulary import (MEASURES, canonical_measure, find_measures, normalise_unit, parent_of,
                                         synonyms, unit_base)


@pytest.mark.parametrize("a, b, canon", [
    ("Theft – Shoplifting", "Shoplifting", "shoplifting"),
    ("Burglary - Burglary Residential", "Residential burglary", "residential burglary"),
    ("ASB", "Total Anti-social Behaviour (ASB)", "anti-social behaviour"),
    ("car key burglary", "CKB", "car key burglary"),
    ("Burglaries (Car Key)", "Car Key Burglary (CKB) / Vehicle Theft", "car key burglary"),
    ("TOTAL CRIME (excl. fraud)", "ALL CRIME", "total recorded crime"),
    ("Misc. Crimes Against Society", "Miscellaneous crimes against society", "miscellaneous crimes against society"),
    ("Drugs Offences", "Drug offences", "drug offences"),
    ("Possession of weapons offences", "POSSESSION OF WEAPONS", "possession of weapons"),
    ("Looked-after Children", "LAC", "looked-after children"),
    ("Stalking & Harassment", "Violence against the Person - Stalking and Harassment", "stalking and harassment"),
])
def test_printed_variants_share_a_canonical_measure(a, b, canon):
    assert canonical_measure(a) == canonical_measure(b) == canon


def test_police_theft_and_home_office_theft_offences_stay_apart():
    # 'Theft' in the police tables excludes burglary and vehicle offences; 'Theft offences' includes them.
    assert canonical_measure("Theft") == "theft"
    assert canonical_measure("THEFT OFFENCES") == "theft offences"


def test_unknown_labels_are_none():
    assert canonical_measure("Economic scale score") is None
    assert canonical_measure("") is None


def test_parents_are_measures_and_children_point_up():
    for m in MEASURES.values():
        for p in parent_of(m.name):
            assert p in MEASURES, (m.name, p)
    assert parent_of("residential burglary")[0] == "burglary"
    assert parent_of("car key burglary")[0] == "residential burglary"


def test_synonyms_list_abbreviations_for_matching():
    s = synonyms()
    for abbr, canon in [("ASB", "anti-social behaviour"), ("DA", "domestic abuse"), ("CKB", "car key burglary"),
                        ("PPV", "public place violence"), ("CSE", "child sexual exploitation"),
                        ("LAC", "looked-after children"), ("VAWG", "violence against women and girls")]:
        assert s[abbr] == canon


def test_find_measures_in_a_question():
    q = "Which wards in Lichfield have high car key burglary, and what about ASB and residential burglaries?"
    found = [m for m, _, _ in find_measures(q)]
    assert found == ["car key burglary", "anti-social behaviour", "residential burglary"]
    start, end = find_measures(q)[0][1:]
    assert q[start:end] == "car key burglary"


def test_abbreviations_match_only_as_capitalised_words():
    assert find_measures("data on lacrosse and da") == []
    assert [m for m, _, _ in find_measures("LAC rates")] == ["looked-after children"]


@pytest.mark.parametrize("printed, measure, unit", [
    ("per 1,000 people", None, "per 1,000 population"),
    ("per 1,000 residents", None, "per 1,000 population"),
    ("per 1,000 pop.", None, "per 1,000 population"),
    ("per 10,000", "looked-after children", "per 10,000 under-18s"),
    ("per 1,000 U18s", None, "per 1,000 under-18s"),
    ("% of population", None, "%"),
    ("Number of Referrals", None, "count"),
])
def test_units_are_normalised(printed, measure, unit):
    assert normalise_unit(printed, measure) == unit


def test_unit_base():
    assert unit_base("per 1,000 population") == 1000
    assert unit_base("per 10,000 under-18s") == 10000
    assert unit_base("%") is None


def test_a_typo_of_a_measure_is_read_with_the_question_mark_after_it():
    from assistant.answer.understand import _measures_in, _periods_in

    assert _measures_in("where does it rank for dwelling burgalry?") == ["burglary"]
    # a financial year put as its months is that year, not two years to compare
    assert _periods_in("crimes between April 2023 and March 2024?") == (["2023-24"], [2023])
