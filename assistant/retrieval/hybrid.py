"""Hybrid retrieval: a vector store's dense ranking and BM25 fused by reciprocal rank, as a llama-index retriever."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np
from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.postprocessor.types import BaseNodePostprocessor
from llama_index.core.schema import NodeWithScore, QueryBundle
from llama_index.core.vector_stores.types import BasePydanticVectorStore, MetadataFilters, VectorStoreQuery

from ..types import Chunk, DocumentMeta, Filters
from .lexical import analyze


@dataclass(frozen=True)
class Retrieved:
    """A chunk with its fused score and the scores behind it."""

    chunk: Chunk
    score: float
    dense: float
    bm25: float
    rank: int

    def to_node_with_score(self) -> NodeWithScore:
        """The hit as llama-index's NodeWithScore: fused score; dense, bm25 and rank in the node's metadata."""
        node = self.chunk.to_node({"dense_score": self.dense, "bm25_score": self.bm25, "rank": self.rank})
        return NodeWithScore(node=node, score=self.score)

    @classmethod
    def from_node_with_score(cls, hit: NodeWithScore, chunk: Chunk | None = None) -> "Retrieved":
        """Inverse of to_node_with_score (a postprocessor's new score becomes the fused score)."""
        m = hit.node.metadata
        return cls(chunk or Chunk.from_node(hit.node), float(hit.score or 0.0), float(m.get("dense_score", 0.0)),
                   float(m.get("bm25_score", 0.0)), int(m.get("rank", 0)))


class BM25Index:
    """Keyword index over chunk texts (bm25s, English stemming)."""

    def __init__(self, model):
        self.model = model
        self.vocab = set(getattr(model, "vocab_dict", {}) or {})

    @classmethod
    def build(cls, texts: list[str]) -> "BM25Index":
        """Index texts."""
        import bm25s

        model = bm25s.BM25()
        model.index([analyze(t) for t in texts], show_progress=False)
        return cls(model)

    def document_frequencies(self) -> tuple[int, dict[str, int]]:
        """(number of chunks, chunks holding each term): the IDF the answer layer weighs question words with."""
        indptr = np.asarray(self.model.scores["indptr"])
        counts = np.diff(indptr)
        df = {t: int(counts[i]) for t, i in self.model.vocab_dict.items() if t and i < len(counts)}
        return int(self.model.scores.get("num_docs", 0)), df

    def save(self, folder: Path) -> None:
        """Persist into folder."""
        self.model.save(str(folder))

    @classmethod
    def load(cls, folder: Path) -> "BM25Index":
        """Read a persisted index."""
        import bm25s

        return cls(bm25s.BM25.load(str(folder)))

    def scores(self, query: str, n: int) -> np.ndarray:
        """BM25 score of every chunk for the query (zeros when no query word is indexed)."""
        toks = [t for t in analyze(query) if t in self.vocab and t]
        if not toks:
            return np.zeros(n, dtype=np.float32)
        return np.asarray(self.model.get_scores(toks), dtype=np.float32)


class HybridRetriever(BaseRetriever):
    """Fuses a vector store's dense ranking and BM25 (RRF) with metadata filters and a partnership boost.

    As a llama-index retriever, retrieve(query) returns NodeWithScore; search() is the richer call the answer engine
    makes (filters, boost, a precomputed query vector). Node postprocessors given here run after fusion on both.
    """

    def __init__(self, chunks: list[Chunk], metas: dict[str, DocumentMeta], vector_store: BasePydanticVectorStore,
                 bm25: BM25Index, query_embedder, candidate_k: int = 40, rrf_k: int = 60, boost: float = 1.5,
                 top_k: int = 8, node_postprocessors: Sequence[BaseNodePostprocessor] = ()):
        super().__init__()
        self.chunks = chunks
        self.metas = metas
        self.vector_store = vector_store
        self.bm25 = bm25
        self.embedder = query_embedder
        self.candidate_k = candidate_k
        self.rrf_k = rrf_k
        self.boost = boost
        self.top_k = top_k
        self.node_postprocessors = list(node_postprocessors)
        self._position = {c.node_id: i for i, c in enumerate(chunks)}
        self._doc_index = np.array([c.doc_id for c in chunks], dtype=object)
        self._kinds = {m.kind for m in metas.values() if m.kind}
        # a document whose partnership was guessed from its text gets no boost when the manifest lists that partnership
        listed = {m.partnership for m in metas.values() if m.partnership and not m.partnership_inferred}
        self._boost_of = np.array([(m.partnership or "") if not (m.partnership_inferred and m.partnership in listed) else ""
                                   for m in (metas[c.doc_id] for c in chunks)], dtype=object)

    def _allowed(self, filters: Filters | None) -> np.ndarray | None:
        if filters is None:
            return None
        ok_docs = [d for d, m in self.metas.items() if filters.allows(m)]
        return np.isin(self._doc_index, np.array(ok_docs, dtype=object))

    def _dense(self, query_vec: np.ndarray, k: int, filters: MetadataFilters | None = None,
               node_ids: list[str] | None = None) -> dict[int, float]:
        """Cosine similarities by chunk position, best first, from the vector store."""
        result = self.vector_store.query(VectorStoreQuery(
            query_embedding=np.asarray(query_vec, dtype=np.float32).tolist(), similarity_top_k=k, filters=filters,
            node_ids=node_ids))
        return {self._position[i]: float(s) for i, s in zip(result.ids or [], result.similarities or [])}

    def dense_scores(self, query_vec: np.ndarray, k: int) -> dict[int, float]:
        """Top-k cosine similarities by chunk position."""
        k = min(k, len(self.chunks))
        return self._dense(query_vec, k) if k > 0 else {}

    def search(self, query: str, top_k: int = 8, filters: Filters | None = None,
               boost_partnerships: set[str] | None = None, query_vec: np.ndarray | None = None) -> list[Retrieved]:
        """The best chunks for a query, best first."""
        n = len(self.chunks)
        if n == 0:
            return []
        allowed = self._allowed(filters)
        if query_vec is None:
            query_vec = self.embedder.encode([query])[0]
        if allowed is not None and not allowed.any():
            dense: dict[int, float] = {}
        else:
            metadata_filters = filters.to_metadata_filters(self._kinds) if filters is not None else None
            dense = self._dense(query_vec, min(self.candidate_k, n), metadata_filters)
        bm = self.bm25.scores(query, n)
        if allowed is not None:
            dense = {i: s for i, s in dense.items() if allowed[i]}
            bm = np.where(allowed, bm, 0.0)
        dense_rank = sorted(dense, key=lambda i: -dense[i])[: self.candidate_k]
        k = min(self.candidate_k, n)
        top = np.argpartition(-bm, k - 1)[:k] if k < n else np.arange(n)
        bm_rank = [int(i) for i in top[np.argsort(-bm[top], kind="stable")] if bm[i] > 0]
        fused: dict[int, float] = {}
        for ranking in (dense_rank, bm_rank):
            for r, i in enumerate(ranking):
                fused[i] = fused.get(i, 0.0) + 1.0 / (self.rrf_k + r + 1)
        if boost_partnerships:
            for i in fused:
                if self._boost_of[i] in boost_partnerships:
                    fused[i] *= self.boost
        order = sorted(fused, key=lambda i: -fused[i])[:top_k]
        missing = [i for i in order if i not in dense]
        if missing:  # cosine for keyword-only hits, so relevance can be judged on one scale
            ids = [self.chunks[i].node_id for i in missing]
            dense.update(self._dense(query_vec, len(ids), node_ids=ids))
        hits = [Retrieved(self.chunks[i], fused[i], dense.get(i, 0.0), float(bm[i]), rank)
                for rank, i in enumerate(order)]
        return self._postprocess(hits, query) if self.node_postprocessors else hits

    def _postprocess(self, hits: list[Retrieved], query: str) -> list[Retrieved]:
        """Run the node postprocessors on the fused hits, in order."""
        nodes = [h.to_node_with_score() for h in hits]
        bundle = QueryBundle(query)
        for post in self.node_postprocessors:
            nodes = post.postprocess_nodes(nodes, query_bundle=bundle)
        by_id = {h.chunk.node_id: h.chunk for h in hits}
        return [Retrieved.from_node_with_score(nws, by_id.get(nws.node.node_id)) for nws in nodes]

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        vec = np.asarray(query_bundle.embedding, dtype=np.float32) if query_bundle.embedding else None
        return [h.to_node_with_score() for h in self.search(query_bundle.query_str, self.top_k, query_vec=vec)]
