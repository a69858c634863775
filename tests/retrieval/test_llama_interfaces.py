"""The llama-index interfaces: node parser, retriever with postprocessors, vector stores (FAISS and Qdrant local)."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from llama_index.core.postprocessor import SimilarityPostprocessor
from llama_index.core.schema import MetadataMode, NodeRelationship, NodeWithScore
from llama_index.core.vector_stores.types import (
    FilterOperator,
    MetadataFilter,
    MetadataFilters,
    VectorStoreQuery,
)

from assistant.errors import IndexStale
from assistant.ingest import Chunker, scan_corpus
from assistant.ingest.nodes import AssessmentNodeParser, from_document, to_document
from assistant.retrieval.hybrid import HybridRetriever
from assistant.types import Filters
from assistant.retrieval.store import chunk_nodes, load_snapshot
from assistant.retrieval.vector_stores import FaissChunkStore, qdrant_add, qdrant_client, qdrant_store
from assistant.service import Assistant
from assistant.settings import BUNDLED_CORPUS, Settings
from assistant.types import Chunk

QUESTIONS = [
    "which wards in Lichfield have high car key burglary",
    "what are the priorities of the Staffordshire community safety agreement?",
    "how did the pandemic affect crime in Tamworth?",
    "what is the rate of violence against the person in Cannock Chase?",
]


@pytest.fixture(scope="module")
def bundled_docs():
    return scan_corpus(BUNDLED_CORPUS).documents


def test_node_parser_gives_todays_chunks_with_offsets_and_links(bundled_docs):
    s = Settings()
    parser = AssessmentNodeParser(max_tokens=s.chunk_tokens, overlap_sentences=s.chunk_overlap_sentences,
                                  table_max_tokens=s.table_chunk_tokens)
    chunker = Chunker(s.chunk_tokens, s.chunk_overlap_sentences, s.table_chunk_tokens)
    for doc in bundled_docs:
        document = to_document(doc)
        assert from_document(document) == doc
        nodes = parser.get_nodes_from_documents([document])
        before = chunker.chunk(doc)
        assert [Chunk.from_node(n) for n in nodes] == before
        for i, node in enumerate(nodes):
            assert doc.text[node.start_char_idx : node.end_char_idx] == node.text  # a verbatim slice
            assert node.ref_doc_id == doc.meta.doc_id
            assert node.metadata["partnership"] == (doc.meta.partnership or "")
            assert (NodeRelationship.PREVIOUS in node.relationships) == (i > 0)
            assert (NodeRelationship.NEXT in node.relationships) == (i + 1 < len(nodes))
            if i:
                assert node.relationships[NodeRelationship.PREVIOUS].node_id == nodes[i - 1].node_id
        # what an embedding model or an LLM reads leaves the bookkeeping and the document's bulky fields out
        seen = nodes[0].get_content(MetadataMode.EMBED) + nodes[0].get_content(MetadataMode.LLM)
        assert "chunk_id" not in seen and "section_path" not in seen and "sections" not in seen


def test_retriever_returns_nodes_with_scores_and_postprocessors_change_them(bundled_assistant):
    r = bundled_assistant.load().kb.retriever
    question = QUESTIONS[0]
    nodes = r.retrieve(question)
    hits = r.search(question, r.top_k)
    assert nodes and all(isinstance(n, NodeWithScore) for n in nodes)
    assert [n.node.node_id for n in nodes] == [h.chunk.node_id for h in hits]
    assert [n.score for n in nodes] == [h.score for h in hits]
    assert nodes[0].node.metadata["dense_score"] == hits[0].dense
    # a cutoff between the best and the worst fused score drops the passages below it, after fusion
    cutoff = (hits[0].score + hits[-1].score) / 2
    cut = HybridRetriever(r.chunks, r.metas, r.vector_store, r.bm25, r.embedder, r.candidate_k, r.rrf_k, r.boost,
                          r.top_k, node_postprocessors=[SimilarityPostprocessor(similarity_cutoff=cutoff)])
    kept = cut.search(question, r.top_k)
    assert 0 < len(kept) < len(hits)
    assert [h.chunk for h in kept] == [h.chunk for h in hits if h.score >= cutoff]
    assert [n.node.node_id for n in cut.retrieve(question)] == [h.chunk.node_id for h in kept]


def test_filters_become_metadata_filters():
    mf = Filters(partnerships=("Tamworth",), kinds=("strategic",)).to_metadata_filters(
        ["Strategic Assessment", "Community Safety Agreement"])
    assert [(f.key, f.operator, f.value) for f in mf.filters] == [
        ("partnership", FilterOperator.IN, ["Tamworth"]), ("doc_kind", FilterOperator.IN, ["Strategic Assessment"])]
    assert Filters().to_metadata_filters() is None


@pytest.fixture(scope="module")
def qdrant_settings(bundled_settings, tmp_path_factory):
    """The bundled corpus built again with vectors in Qdrant (local mode), the embeddings taken from the cache."""
    index_dir = tmp_path_factory.mktemp("qdrant-index")
    shutil.copytree(bundled_settings.index_dir / "cache", index_dir / "cache")
    settings = Settings(corpus_dir=BUNDLED_CORPUS, index_dir=index_dir, vector_store="qdrant")
    report = Assistant(settings).build()
    assert report.embedded == 0
    return settings


def _stores(settings_f, settings_q):
    f = load_snapshot(settings_f.index_dir).extras["vector_store"]
    q = load_snapshot(settings_q.index_dir, qdrant_url="").extras["vector_store"]
    return {"faiss": f, "qdrant": q}


def test_filters_work_on_both_stores(bundled_settings, qdrant_settings, bundled_assistant):
    r = bundled_assistant.load().kb.retriever
    vec = r.embedder.encode(["burglary in wards"])[0].tolist()
    one = next(m for m in r.metas.values() if m.partnership)
    only = MetadataFilters(filters=[MetadataFilter(key="partnership", value=one.partnership)])
    table = MetadataFilters(filters=[MetadataFilter(key="kind", value="table")])
    for name, vs in _stores(bundled_settings, qdrant_settings).items():
        everything = vs.query(VectorStoreQuery(query_embedding=vec, similarity_top_k=20))
        narrowed = vs.query(VectorStoreQuery(query_embedding=vec, similarity_top_k=20, filters=only))
        tables = vs.query(VectorStoreQuery(query_embedding=vec, similarity_top_k=20, filters=table))
        by_id = {c.node_id: c for c in r.chunks}
        assert len(everything.ids) == 20, name
        assert narrowed.ids and {by_id[i].doc_id for i in narrowed.ids} == {one.doc_id}, name
        assert tables.ids and {by_id[i].kind for i in tables.ids} == {"table"}, name
        assert narrowed.similarities == sorted(narrowed.similarities, reverse=True), name


def test_delete_by_document_on_both_stores(bundled_settings, bundled_assistant, tmp_path):
    r = bundled_assistant.load().kb.retriever
    snap = load_snapshot(bundled_settings.index_dir)
    vectors = np.stack([snap.extras["faiss"].reconstruct(i) for i in range(len(snap.chunks))])
    nodes = chunk_nodes(snap.chunks, snap.documents, vectors)
    gone = snap.chunks[0].doc_id
    q = vectors[0].tolist()
    faiss_store = FaissChunkStore.from_nodes(nodes)
    client = qdrant_client(tmp_path / "q")
    qdrant = qdrant_store(client, "delete-test")
    qdrant_add(qdrant, nodes)
    for name, vs in {"faiss": faiss_store, "qdrant": qdrant}.items():
        assert vs.query(VectorStoreQuery(query_embedding=q, similarity_top_k=1)).ids == [snap.chunks[0].node_id], name
        vs.delete(gone)
        left = vs.query(VectorStoreQuery(query_embedding=q, similarity_top_k=len(nodes)))
        docs = {c.doc_id for c in r.chunks if c.node_id in set(left.ids)}
        assert gone not in docs and len(left.ids) == sum(c.doc_id != gone for c in snap.chunks), name


def test_qdrant_answers_with_the_same_top_chunks_as_faiss(bundled_assistant, qdrant_settings):
    q = Assistant(qdrant_settings)
    for question in QUESTIONS:
        f_hits = bundled_assistant.retrieve(question, k=8)
        q_hits = q.retrieve(question, k=8)
        assert [h.chunk.chunk_id for h in q_hits] == [h.chunk.chunk_id for h in f_hits], question
        assert np.allclose([h.dense for h in q_hits], [h.dense for h in f_hits], atol=1e-5)
        f_answer, q_answer = bundled_assistant.ask(question), q.ask(question)
        assert q_answer.answer == f_answer.answer
        assert [c.text for c in q_answer.citations] == [c.text for c in f_answer.citations]
    only = Filters(partnerships=("Tamworth",))
    assert {h.chunk.doc_id for h in q.retrieve(QUESTIONS[2], k=5, filters=only)} == {
        h.chunk.doc_id for h in bundled_assistant.retrieve(QUESTIONS[2], k=5, filters=only)}


def test_an_index_built_for_one_store_names_the_setting_when_loaded_with_another(qdrant_settings):
    with pytest.raises(IndexStale) as info:
        Assistant(Settings(corpus_dir=BUNDLED_CORPUS, index_dir=qdrant_settings.index_dir)).load()
    assert "CSA_VECTOR_STORE=qdrant" in str(info.value) and "csa build" in str(info.value)
