"""Building and persisting the index: the embedding cache, atomic writes, stale-index messages, retrieval filters."""

from __future__ import annotations

import shutil

import pytest

from assistant import builder
from assistant.errors import IndexLocked, IndexMissing, IndexStale
from assistant.retrieval import store
from assistant.types import Filters
from assistant.service import Assistant
from assistant.settings import Settings

DOC_A = """Title\tNorthvale Community Safety Partnership: Community Safety Strategic Assessment (2020)

Contents

Introduction\t2
Burglary\t3
Anti-social Behaviour\t4

Introduction

Northvale is a market town with a rural hinterland. Crime fell by a tenth during the year.

Burglary

Residential burglary in Millbrook ward reached 14.2 per 1,000 households, far above the force rate. Offenders steal car keys to take vehicles.

Anti-social Behaviour

Rowdy behaviour in the town centre drives most ASB reports. Parks see problems on summer evenings.
"""

DOC_B = """Title\tSouthmere Community Safety Partnership: Community Safety Strategic Assessment (2022)

Contents

Introduction\t2
Domestic Abuse\t3

Introduction

Southmere is a coastal district with seasonal tourism.

Domestic Abuse

Domestic abuse incidents rose by 9% and repeat victims are concentrated in Harbourside ward. Support services report longer waiting lists.
"""

DOC_C = """Title\tEastholm Community Safety Partnership: Community Safety Strategic Assessment (2021)

Introduction

Eastholm has the lowest fraud rate in the county, though scams targeting older residents are rising.
"""


@pytest.fixture
def small(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "northvale_2020.txt").write_text(DOC_A)
    (corpus / "southmere_2022.txt").write_text(DOC_B)
    return Settings(corpus_dir=corpus, index_dir=tmp_path / "index")


def test_cache_makes_rebuild_embed_nothing_and_adding_embeds_only_new(small):
    first = builder.build_index(small)
    assert first.embedded == first.chunks > 0 and first.reused == 0
    second = builder.build_index(small)
    assert second.up_to_date and second.embedded == 0 and second.reused == second.chunks
    forced = builder.build_index(small, force=True)
    assert not forced.up_to_date and forced.embedded == 0 and forced.reused == forced.chunks
    (small.corpus_dir / "eastholm_2021.txt").write_text(DOC_C)
    third = builder.build_index(small)
    assert third.chunks > second.chunks
    assert third.embedded == third.chunks - second.chunks


def test_interrupted_build_leaves_previous_index_loadable(small, monkeypatch):
    builder.build_index(small)
    before = Assistant(small).ask("burglary in Millbrook").citations[0].text
    (small.corpus_dir / "eastholm_2021.txt").write_text(DOC_C)

    import faiss

    def crash(*args, **kwargs):
        raise KeyboardInterrupt("killed mid-write")

    monkeypatch.setattr(faiss, "write_index", crash)
    with pytest.raises(KeyboardInterrupt):
        builder.build_index(small)
    monkeypatch.undo()
    assert not list(small.index_dir.glob(".tmp-*")), "no half-written snapshot is left behind"
    fresh = Assistant(small)
    assert fresh.status().documents == 2  # the previous index, untouched
    assert fresh.ask("burglary in Millbrook").citations[0].text == before


def test_missing_and_stale_index_messages(small):
    with pytest.raises(IndexMissing) as info:
        Assistant(small).load()
    assert "csa build" in str(info.value)
    builder.build_index(small)
    other = small.model_copy(update={"chunk_tokens": 100})
    with pytest.raises(IndexStale) as info:
        Assistant(other).load()
    assert "other chunking settings" in str(info.value) and "csa build" in str(info.value)


def test_index_with_another_schema_is_stale(small, monkeypatch):
    builder.build_index(small)
    monkeypatch.setattr(store, "INDEX_SCHEMA_VERSION", 999)
    with pytest.raises(IndexStale) as info:
        Assistant(small).load()
    assert "schema" in str(info.value)


def test_concurrent_build_is_refused_clearly(small):
    from filelock import FileLock

    small.index_dir.mkdir(parents=True)
    with FileLock(str(small.index_dir / ".build.lock")):
        with pytest.raises(IndexLocked) as info:
            builder.build_index(small)
    assert "another build" in str(info.value)


def test_filters_and_partnership_boost(small):
    builder.build_index(small)
    a = Assistant(small)
    hits = a.retrieve("which ward has problems?", k=5, filters=Filters(partnerships=("Southmere",)))
    assert hits and {h.chunk.doc_id for h in hits} == {"southmere_2022"}
    boosted = a.retrieve("what are the problems in Northvale?", k=3)
    assert boosted[0].chunk.doc_id == "northvale_2020"
    answer = a.ask("where is residential burglary highest?")
    assert answer.status == "answered"
    assert "Millbrook" in answer.answer
    first = answer.citations[0]
    assert (first.section, first.page, first.page_inferred) == ("Burglary", 3, True)
    assert first.to_dict()["section"] == "Burglary (page 3 inferred from the contents list)"


def test_cache_survives_a_damaged_cache_file(small):
    builder.build_index(small)
    for p in (small.index_dir / "cache").glob("*.npy"):
        p.write_bytes(b"garbage")
    assert builder.build_index(small).up_to_date  # the index itself is intact: nothing to redo
    report = builder.build_index(small, force=True)
    assert report.embedded == report.chunks  # recomputed, not crashed
    shutil.rmtree(small.index_dir / "cache")
