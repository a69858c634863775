"""TableStore: listing, queries by partnership/area/measure/period, gazetteer, persistence, export."""

import json

import pandas as pd
import pytest

from assistant.errors import IndexCorrupt, IndexMissing, TableQueryError
from assistant.tables import TableStore

from ._support import CANNOCK, LICHFIELD, TAMWORTH


def test_list_tables(store):
    t = store.list_tables()
    assert list(t.columns[:7]) == ["id", "doc_id", "title", "kind", "period", "n_rows", "n_cols"]
    assert t["id"].is_unique
    counts = t.groupby("doc_id").size().to_dict()
    assert counts[LICHFIELD] >= 15 and counts[TAMWORTH] >= 18
    assert set(store.list_tables(kind="ward_rates")["doc_id"]) == {LICHFIELD, TAMWORTH}


def test_table_as_printed_and_unknown_ids(store):
    wide = store.table(f"{LICHFIELD}:ward_rates-1")
    assert wide.iloc[0, 0] == "Stowe" and wide.iloc[0, 1] == "182.6"
    with pytest.raises(TableQueryError, match="no table"):
        store.table("nope:ward_rates-9")


def test_values_filters_and_aliases(store):
    v = store.values(partnership="Lichfield", area="Shenstone", measure="Burglary")
    assert v.value.tolist() == [15.5]
    assert store.values(area="Castle Ward", measure="drug offences", period="2019-20").value.tolist() == [8.7]
    assert len(store.values(partnership="Cannock", area_type="similar_forces")) == 23
    ckb = store.values(measure="CKB")
    assert set(ckb.area) == {"Shenstone", "Bourne Vale", "Little Aston & Stonnall"}
    shop = store.values(measure="Theft – Shoplifting", area_type="force")
    assert sorted(shop.period) == ["2018-19", "2020-21", "2022-23"]
    assert store.values(partnership="Tamworth", measure="ASB", qualifier="excl. Covid").value.tolist() == [21.9, 24.9, 21.9]


def test_unknown_names_raise_but_empty_combinations_do_not(store):
    with pytest.raises(TableQueryError, match="area"):
        store.values(area="Atlantis")
    with pytest.raises(TableQueryError, match="measure"):
        store.values(measure="unicorn sightings")
    assert store.values(partnership="Lichfield", area="Castle").empty
    assert store.values(partnership="South Staffordshire").empty  # named in 'CSPs with priority' lists only
    assert store.values(measure="county lines").empty  # in the vocabulary, but no figures in the corpus


def test_gazetteer(store):
    areas = store.areas()
    assert {"area", "area_type", "partnership", "doc_id"} <= set(areas.columns)
    wards = set(areas[areas.area_type == "ward"].area)
    assert {"Stowe", "Shenstone", "Castle", "Glascote"} <= wards
    assert "Burton Urban" in set(areas[areas.area_type == "locality"].area)
    parts = store.partnerships()
    documented = set(parts[parts.source == "document"].partnership)
    assert documented == {"Lichfield", "Tamworth", "Cannock Chase", "Stafford", "Staffordshire (county-wide)"}
    assert {"South Staffordshire", "Staffordshire Moorlands", "Stoke-on-Trent"} <= set(parts.partnership)
    m = store.measures().set_index("measure")
    assert "Theft – Shoplifting" in m.loc["shoplifting", "printed"] and "Shoplifting" in m.loc["shoplifting", "printed"]
    assert m.loc["residential burglary", "parent"] == "burglary"


def test_save_and_load_round_trip(store, tmp_path):
    store.save(tmp_path)
    loaded = TableStore.load(tmp_path)
    pd.testing.assert_frame_equal(loaded.all_values, store.all_values, check_dtype=False)
    pd.testing.assert_frame_equal(loaded.list_tables(), store.list_tables())
    tid = f"{CANNOCK}:comparator-1"
    pd.testing.assert_frame_equal(loaded.table(tid), store.table(tid))
    assert loaded.info(tid) == store.info(tid)
    assert [p.reason for p in loaded.problems()] == [p.reason for p in store.problems()]
    assert len(loaded.priorities()) == len(store.priorities())
    assert loaded.flags(f"{LICHFIELD}:ward_rates-1", "Theft").wards("significant") == ["Stowe"]


def test_load_errors(tmp_path, store):
    with pytest.raises(IndexMissing):
        TableStore.load(tmp_path / "absent")
    store.save(tmp_path)
    (tmp_path / "tables_values.parquet").write_bytes(b"not parquet")
    with pytest.raises(IndexCorrupt):
        TableStore.load(tmp_path)
    meta = json.loads((tmp_path / "tables_meta.json").read_text())
    meta["version"] = 999
    (tmp_path / "tables_meta.json").write_text(json.dumps(meta))
    with pytest.raises(IndexCorrupt, match="rebuild"):
        TableStore.load(tmp_path)


def test_export_writes_every_table_and_a_data_dictionary(store, tmp_path):
    store.export(tmp_path)
    listing = pd.read_csv(tmp_path / "tables.csv")
    assert len(listing) == len(store.list_tables())
    for f in listing["file"]:
        assert (tmp_path / f).exists()
    ward = pd.read_csv(tmp_path / listing.loc[listing.id == f"{LICHFIELD}:ward_rates-1", "file"].iloc[0])
    assert ward.shape == (22, 13)
    md = (tmp_path / "data_dictionary.md").read_text()
    assert all(tid in md for tid in listing["id"]) and "## Measure vocabulary" in md
    dd = pd.read_csv(tmp_path / "data_dictionary.csv")
    assert {"file", "column", "description"} == set(dd.columns)
    assert dd[(dd.file == "values.csv") & (dd.column == "row_text")].description.iloc[0].startswith("The source row")
    values = pd.read_csv(tmp_path / "values.csv")
    assert len(values) == len(store.all_values)


def test_every_value_fact_and_priority_slices_back(docs, store):
    for frame in (store.all_values, store.all_facts, store.priorities()):
        for _, x in frame.iterrows():
            assert docs[x.doc_id].text[x.start:x.end] == x.row_text
