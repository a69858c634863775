"""A malformed table (ragged rows, a stray non-number) is reported and skipped; the others are kept."""

import assistant.tables.extract as extract_module
from assistant.tables import extract_tables

from ._support import make_doc

TEXT = """Northshire strategic assessment

Offence rates per 1,000 population, 2021-22

Ward Name\tALL CRIME\tBurglary\tTheft
Northgate\t120.5\t8.1\t40.2
Eastbrook\t48.0\t12.9\t9.1
Westfield\t50.0\t3.0\t10.0

Offence rates per 1,000 population, 2020-21

Ward Name\tALL CRIME\tBurglary\tTheft
Northgate\t110.5\t8.0\t39.2
Eastbrook\t47.0\t
Westfield\t51.0\t3.1\t10.2

Rates of Recorded Crime (2021-22)

Offence\tNorthshire\tForce-wide
Burglary\t4.1\t3.9
Shoplifting\t3.x\t3.6
Robbery\t0.6\t0.9

Main reasons for referral

Main Reason for Referral\tNumber of Referrals
Advice and information\t50
Volunteering\t3
"""


def test_malformed_tables_are_reported_and_skipped_without_losing_the_others():
    r = extract_tables(make_doc(TEXT, doc_id="northshire_bad"))
    errors = [p for p in r.problems if p.severity == "error"]
    assert len(errors) == 2
    assert all(p.doc_id == "northshire_bad" and p.source == "northshire_bad.txt" for p in errors)
    ragged = next(p for p in errors if "ragged" in p.reason)
    assert "row 'Eastbrook' has 1 values, expected 3" in ragged.reason
    assert ragged.title == "Offence rates per 1,000 population, 2020-21"
    stray = next(p for p in errors if "stray" in p.reason)
    assert "'3.x'" in stray.reason and stray.title == "Rates of Recorded Crime (2021-22)"
    assert "northshire_bad.txt" in str(stray)
    kinds = sorted(t.info.table_id for t in r.tables)
    assert "northshire_bad:ward_rates-1" in kinds and "northshire_bad:category_counts-1" in kinds
    assert not any("comparator" in k for k in kinds) and "northshire_bad:ward_rates-2" not in kinds
    good = r.table("northshire_bad:ward_rates-1")
    assert good.frame.shape == (3, 4) and good.info.period == "2021-22"
    assert len(r.values[r.values.table_id == good.info.table_id]) == 9
    assert set(r.values.period[r.values.table_id == good.info.table_id]) == {"2021-22"}


def test_a_reader_that_fails_is_reported_and_the_rest_kept(monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("simulated reader bug")

    monkeypatch.setattr(extract_module, "build_category_counts", boom)
    r = extract_tables(make_doc(TEXT, doc_id="northshire_bad"))
    failed = [p for p in r.problems if "simulated reader bug" in p.reason]
    assert len(failed) == 1 and "RuntimeError" in failed[0].reason
    assert "northshire_bad:ward_rates-1" in {t.info.table_id for t in r.tables}


def test_empty_and_tableless_documents():
    r = extract_tables(make_doc("", doc_id="empty"))
    assert r.tables == () and r.values.empty and r.problems == ()
    r = extract_tables(make_doc("Just a sentence with 12.5 in it.\n", doc_id="prose"))
    assert r.values.empty and r.problems == ()
