"""Ward-level rate tables: every ward and cell, units, periods, provenance, and the recomputed flags."""

import pytest

from assistant.tables import above_average_flags
from ._support import LICHFIELD, TAMWORTH, one, table_of


def test_lichfield_ward_table_shape_cells_and_unit(results):
    r = results[LICHFIELD]
    t = table_of(r, "ward_rates")
    assert t.frame.shape == (22, 13)
    assert list(t.frame.columns[:3]) == ["Ward Name", "ALL CRIME", "Arson and Criminal Damage"]
    assert t.info.period == "2018-19" and t.info.unit == "per 1,000 population"
    assert any("mean plus one increment" in f for f in t.info.footnotes)
    v = r.values[r.values.table_id == t.info.table_id]
    assert len(v) == 22 * 12
    assert one(v, area="Stowe", measure_printed="ALL CRIME").value == 182.6
    assert one(v, area="Shenstone", measure="burglary").value == 15.5
    assert one(v, area="Highfield", measure="violence against the person").value == 9.0
    assert set(v.area_type) == {"ward"} and set(v.partnership) == {"Lichfield"}


def test_tamworth_ward_table_has_partnership_column_and_its_own_period(results):
    r = results[TAMWORTH]
    t = table_of(r, "ward_rates")
    assert t.frame.shape == (10, 14)
    assert list(t.frame.columns[:2]) == ["Ward Name", "Partnership Area"]
    # The document's data are 2020-21, but this table says 2019-20 in its title.
    assert t.info.period == "2019-20"
    assert any(n.startswith("Key: Significantly above average") for n in t.info.notes)
    v = r.values[r.values.table_id == t.info.table_id]
    assert len(v) == 120
    castle = one(v, area="Castle", measure="drug offences")
    assert (castle.value, castle.partnership, castle.period) == (8.7, "Tamworth", "2019-20")


def test_ward_rows_slice_back_to_their_text(docs, results):
    for doc_id in (LICHFIELD, TAMWORTH):
        text = docs[doc_id].text
        v = results[doc_id].values
        v = v[v.table_id.str.contains("ward_rates")]
        for _, x in v.iterrows():
            assert text[x.start:x.end] == x.row_text
            assert x.row_text.startswith(x.area)
            assert text[x.cell_start:x.cell_end] == x.value_text


def _flagged(store, table_id, column, level="above", ddof=1):
    return set(store.flags(table_id, column, ddof=ddof).wards(level))


LICH = f"{LICHFIELD}:ward_rates-1"
TAM = f"{TAMWORTH}:ward_rates-1"


def test_flags_match_what_lichfield_says_about_its_wards(store):
    # "Stowe sees the highest rates of crime overall, as well as statistically high levels of ... Theft"
    assert "Stowe" in _flagged(store, LICH, "Theft", "significant")
    # "Bourne Vale is the only ward in Lichfield with high rates of Drug Possession ... significantly above"
    assert "Bourne Vale" in _flagged(store, LICH, "Drug Offences", "significant")
    # "Shenstone ... exceptionally high levels of Burglary ... and Vehicle Offences" but "low rates of crime overall"
    assert "Shenstone" in _flagged(store, LICH, "Burglary", "significant")
    assert "Shenstone" in _flagged(store, LICH, "Vehicle Offences", "significant")
    assert "Shenstone" not in _flagged(store, LICH, "ALL CRIME")
    # "Chasetown also has the second-highest overall crime rate"
    assert _flagged(store, LICH, "ALL CRIME", "significant") == {"Stowe", "Chasetown"}


def test_flags_match_what_tamworth_says_about_castle(store):
    # "rates of crime overall in all wards were below or in line ... with the exception of Castle ward"
    assert _flagged(store, TAM, "ALL CRIME") == {"Castle"}
    columns = [c for c in store.table(TAM).columns[2:]]
    flagged = {c for c in columns if "Castle" in _flagged(store, TAM, c)}
    assert len(flagged) == 12


def test_castle_burglary_is_a_known_disagreement_with_the_text(store):
    # The text says Castle is above average "across almost all crime types (excl. Burglary)"; recomputed
    # over Tamworth's ten wards its burglary rate (5.3) is above mean + 1 SD with either SD. Documented, not hidden.
    for ddof in (0, 1):
        f = store.flags(TAM, "Burglary", ddof=ddof)
        assert one(f.flags, area="Castle").flag == "above average"


def test_sample_and_population_sd_differ_only_on_two_chasetown_cells(store):
    differ = set()
    for table in (LICH, TAM):
        for col in store.table(table).columns:
            if col in ("Ward Name", "Partnership Area"):
                continue
            a, b = store.flags(table, col, ddof=0).flags, store.flags(table, col, ddof=1).flags
            for (_, x), (_, y) in zip(a.iterrows(), b.iterrows()):
                if x.flag != y.flag:
                    differ.add((col, x.area, x.flag, y.flag))
    assert differ == {
        ("Public Order Offences", "Chasetown", "significantly above average", "above average"),
        ("Violence against the Person", "Chasetown", "significantly above average", "above average"),
    }


def test_flag_statistics_and_formulas(store):
    f = store.flags(LICH, "Burglary")
    assert f.sd_kind == "sample" and f.ddof == 1
    assert f.mean.value == pytest.approx(6.4227, abs=1e-4)
    assert f.sd.value == pytest.approx(3.6852, abs=1e-4)
    assert f.above_threshold.value == pytest.approx(f.mean.value + f.sd.value)
    assert f.significant_threshold.value == pytest.approx(f.mean.value + 2 * f.sd.value)
    assert f.mean.formula.startswith("(10.4 + 9.2 + 14.1") and f.mean.formula.endswith(") / 22")
    assert len(f.mean.inputs) == 22 and all(i["row_text"] for i in f.mean.inputs)
    assert f.wards("significant") == ["Bourne Vale", "Shenstone"]


def test_flags_from_the_wide_frame_equal_flags_from_tidy_rows(store):
    wide = store.table(LICH)
    a = above_average_flags(wide, "Vehicle Offences")
    b = above_average_flags(store, "Vehicle Offences", table_id=LICH)
    assert a.flags["flag"].tolist() == b.flags["flag"].tolist()
    assert a.sd.value == pytest.approx(b.sd.value)
