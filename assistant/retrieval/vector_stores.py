"""The dense side's vector stores, behind llama-index's BasePydanticVectorStore: FAISS embedded, or Qdrant.

FAISS (the default) is exact and lives in the snapshot as one file; llama-index's own FaissVectorStore refuses
metadata filters and delete, so FaissChunkStore adds both. Qdrant filters natively and scales past one machine
(a server); here it runs in qdrant-client's local mode inside the snapshot folder. docs/scale.md says when to use which.
"""

from __future__ import annotations

import atexit
import threading
import warnings
from pathlib import Path
from typing import Any

import numpy as np
from llama_index.core.bridge.pydantic import PrivateAttr
from llama_index.core.schema import BaseNode
from llama_index.core.vector_stores.types import (
    BasePydanticVectorStore,
    FilterCondition,
    FilterOperator,
    MetadataFilter,
    MetadataFilters,
    VectorStoreQuery,
    VectorStoreQueryResult,
)

DIRECT_SCORE_MAX = 20_000  # vectors left by a filter that are scored directly instead of searched
QDRANT_FOLDER = "qdrant"
QDRANT_COLLECTION = "chunks"
# The metadata FaissChunkStore keeps per vector, and so the keys its filters can name.
FILTER_KEYS = ("doc_id", "partnership", "period", "doc_kind", "kind", "title")


def build_faiss(vectors: np.ndarray, approximate: bool):
    """An exact inner-product index, or IVF-Flat for very large corpora (docs/scale.md has the measurements)."""
    import faiss

    dim = vectors.shape[1] if vectors.ndim == 2 and vectors.shape[0] else 384
    if not approximate or len(vectors) < 1000:
        index = faiss.IndexFlatIP(dim)
        if len(vectors):
            index.add(vectors)
        return index
    nlist = int(4 * np.sqrt(len(vectors)))
    quantizer = faiss.IndexFlatIP(dim)
    index = faiss.IndexIVFFlat(quantizer, dim, nlist, faiss.METRIC_INNER_PRODUCT)
    index.train(vectors)
    index.add(vectors)
    index.nprobe = 32
    index.make_direct_map()  # filtered queries and keyword-only hits reconstruct vectors
    return index


def _matches(filters: MetadataFilters, meta: dict[str, Any]) -> bool:
    """Whether one node's metadata passes a (possibly nested) MetadataFilters."""
    results = [(_matches(f, meta) if isinstance(f, MetadataFilters) else _match_one(f, meta)) for f in filters.filters]
    if filters.condition == FilterCondition.OR:
        return any(results)
    if filters.condition == FilterCondition.NOT:
        return not any(results)
    return all(results)


def _match_one(f: MetadataFilter, meta: dict[str, Any]) -> bool:
    value = meta.get(f.key)
    op = f.operator
    if op == FilterOperator.EQ:
        return value == f.value
    if op == FilterOperator.NE:
        return value != f.value
    if op in (FilterOperator.IN, FilterOperator.NIN):
        wanted = f.value if isinstance(f.value, list) else str(f.value).split(",")
        return (value in wanted) == (op == FilterOperator.IN)
    if op == FilterOperator.TEXT_MATCH:
        return isinstance(value, str) and str(f.value) in value
    if op == FilterOperator.TEXT_MATCH_INSENSITIVE:
        return isinstance(value, str) and str(f.value).lower() in value.lower()
    if op == FilterOperator.IS_EMPTY:
        return value in (None, "", [])
    raise NotImplementedError(f"filter operator {op} is not supported by FaissChunkStore "
                              "(EQ, NE, IN, NIN, TEXT_MATCH, TEXT_MATCH_INSENSITIVE, IS_EMPTY are)")


class FaissChunkStore(BasePydanticVectorStore):
    """A FAISS inner-product index as a llama-index vector store, with metadata filters and delete by document."""

    stores_text: bool = False
    _index: Any = PrivateAttr()
    _ids: list[str] = PrivateAttr()
    _pos: dict[str, int] = PrivateAttr()
    _group_of: np.ndarray = PrivateAttr()
    _groups: list[dict[str, Any]] = PrivateAttr()

    def __init__(self, index, node_ids: list[str], metadata: list[dict[str, Any]]):
        super().__init__()
        self._reset(index, node_ids, metadata)
        # One query searches one vector: OpenMP threads only add contention (17.6 ms vs 1.2 ms measured
        # on 20k vectors on 2 busy cores).
        import faiss

        faiss.omp_set_num_threads(1)

    def _reset(self, index, node_ids: list[str], metadata: list[dict[str, Any]]) -> None:
        if index.ntotal != len(node_ids) or len(node_ids) != len(metadata):
            raise ValueError(f"{index.ntotal} vectors for {len(node_ids)} ids and {len(metadata)} metadata rows")
        self._index = index
        self._ids = list(node_ids)
        self._pos = {n: i for i, n in enumerate(self._ids)}
        # Filters are judged once per distinct metadata row (a document's chunks share most of it), not per vector.
        seen: dict[tuple, int] = {}
        groups = []
        for m in metadata:
            key = tuple(m.get(k) for k in FILTER_KEYS)
            groups.append(seen.setdefault(key, len(seen)))
        self._group_of = np.asarray(groups, dtype=np.int64)
        self._groups = [dict(zip(FILTER_KEYS, key)) for key in seen]

    @classmethod
    def from_nodes(cls, nodes: list[BaseNode], approximate: bool = False) -> "FaissChunkStore":
        """A store holding nodes that carry their embeddings."""
        vectors = np.asarray([n.get_embedding() for n in nodes], dtype=np.float32).reshape(len(nodes), -1)
        return cls(build_faiss(vectors, approximate), [n.node_id for n in nodes], [dict(n.metadata) for n in nodes])

    @classmethod
    def class_name(cls) -> str:
        """The name llama-index serialises this store under."""
        return "FaissChunkStore"

    @property
    def client(self) -> Any:
        """The FAISS index."""
        return self._index

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, nodes: list[BaseNode], **add_kwargs: Any) -> list[str]:
        """Append nodes (with embeddings) to the index."""
        if not nodes:
            return []
        vectors = np.asarray([n.get_embedding() for n in nodes], dtype=np.float32)
        self._index.add(vectors)
        metadata = [self._groups[g] for g in self._group_of] + [dict(n.metadata) for n in nodes]
        self._reset(self._index, self._ids + [n.node_id for n in nodes], metadata)
        return [n.node_id for n in nodes]

    def delete(self, ref_doc_id: str, **delete_kwargs: Any) -> None:
        """Remove every vector of one document (the index is rebuilt from the vectors kept)."""
        keep = np.array([self._groups[g].get("doc_id") != ref_doc_id for g in self._group_of], dtype=bool)
        if keep.all():
            return
        positions = np.flatnonzero(keep).astype(np.int64)
        vectors = self._vectors(positions)
        index = build_faiss(vectors, approximate=type(self._index).__name__ != "IndexFlatIP")
        self._reset(index, [self._ids[i] for i in positions], [self._groups[self._group_of[i]] for i in positions])

    def _vectors(self, positions: np.ndarray) -> np.ndarray:
        if not len(positions):
            return np.zeros((0, self._index.d), dtype=np.float32)
        return self._index.reconstruct_batch(positions.astype(np.int64))

    def allowed(self, query: VectorStoreQuery) -> np.ndarray | None:
        """The mask of vectors a query's filters, doc_ids and node_ids allow (None when it names none)."""
        mask = None
        if query.filters is not None and query.filters.filters:
            ok = np.array([_matches(query.filters, g) for g in self._groups], dtype=bool)
            mask = ok[self._group_of] if len(self._group_of) else np.zeros(0, dtype=bool)
        if query.doc_ids:
            ok = np.array([g.get("doc_id") in query.doc_ids for g in self._groups], dtype=bool)
            mask = ok[self._group_of] if mask is None else mask & ok[self._group_of]
        if query.node_ids:
            ok = np.zeros(len(self._ids), dtype=bool)
            ok[[self._pos[n] for n in query.node_ids if n in self._pos]] = True
            mask = ok if mask is None else mask & ok
        return mask

    def query(self, query: VectorStoreQuery, **kwargs: Any) -> VectorStoreQueryResult:
        """The similarity_top_k nearest vectors by inner product, best first, among those the filters allow."""
        n, k = len(self._ids), query.similarity_top_k
        if n == 0 or k <= 0 or query.query_embedding is None:
            return VectorStoreQueryResult(nodes=None, similarities=[], ids=[])
        q = np.asarray(query.query_embedding, dtype=np.float32)
        allowed = self.allowed(query)
        if allowed is not None and int(allowed.sum()) <= DIRECT_SCORE_MAX:
            # A filter leaving few vectors (one partnership): score those directly rather than over-fetching.
            positions = np.flatnonzero(allowed)
            sims = self._vectors(positions) @ q if len(positions) else np.zeros(0, dtype=np.float32)
            top = np.argsort(-sims)[:k]
            pairs = [(int(positions[i]), float(sims[i])) for i in top]
        else:
            fetch = min(k, n) if allowed is None else min(n, max(k * 4, k + int((~allowed).sum())))
            sims, ids = self._index.search(q.reshape(1, -1), fetch)
            pairs = [(int(i), float(s)) for i, s in zip(ids[0], sims[0]) if i >= 0 and (allowed is None or allowed[i])]
            pairs = sorted(pairs, key=lambda p: -p[1])[:k]
        return VectorStoreQueryResult(nodes=None, similarities=[s for _, s in pairs], ids=[self._ids[i] for i, _ in pairs])


# Qdrant's local mode takes an exclusive lock on its folder: one client per folder per process, shared.
_qdrant_clients: dict[str, Any] = {}
_qdrant_lock = threading.Lock()


def qdrant_client(folder: Path | None = None, url: str = "", api_key: str = ""):
    """The process's client for a snapshot's local Qdrant folder, or for a Qdrant server when url is given."""
    from qdrant_client import QdrantClient

    if url:
        key = f"url:{url}"
    else:
        assert folder is not None
        key = str(Path(folder).resolve())
    with _qdrant_lock:
        client = _qdrant_clients.get(key)
        if client is None:
            client = QdrantClient(url=url, api_key=api_key or None) if url else QdrantClient(path=key)
            _qdrant_clients[key] = client
        return client


def _close_all_qdrant() -> None:
    # closed before interpreter shutdown: a client left to its finaliser then fails noisily on a half-torn-down Python
    with _qdrant_lock:
        clients = list(_qdrant_clients.values())
        _qdrant_clients.clear()
    for client in clients:
        client.close()


atexit.register(_close_all_qdrant)


def close_qdrant(folder: Path) -> None:
    """Close and forget the process's client for a local Qdrant folder (so its files are final and unlocked)."""
    with _qdrant_lock:
        client = _qdrant_clients.pop(str(Path(folder).resolve()), None)
    if client is not None:
        client.close()


def qdrant_store(client, collection: str = QDRANT_COLLECTION):
    """llama-index's QdrantVectorStore over one collection."""
    from llama_index.vector_stores.qdrant import QdrantVectorStore

    return QdrantVectorStore(client=client, collection_name=collection)


def qdrant_add(store, nodes: list[BaseNode]) -> None:
    """Add nodes (with embeddings) to a Qdrant store."""
    with warnings.catch_warnings():
        # llama-index asks for a payload index on doc_id, which local mode ignores (and warns about); a server uses it
        warnings.filterwarnings("ignore", message="Payload indexes have no effect in the local Qdrant")
        store.add(nodes)
