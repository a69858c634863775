"""The one Assistant object every surface uses: build(), ask(), conversation(), tables, status."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path

from .answer.engine import AnswerEngine, KnowledgeBase
from .answer.sentences import TermWeights
from .builder import BuildReport, Progress, build_index
from .errors import IndexCorrupt, IndexMissing
from .retrieval.embedder import QueryEmbedder, model_fingerprint
from .retrieval.hybrid import BM25Index, Filters, HybridRetriever, Retrieved
from .retrieval.store import REBUILD_HINT, check_stamp, load_snapshot
from .settings import Settings
from .types import Answer, DocumentMeta, ParsedDocument

__all__ = ["Assistant", "Conversation", "Filters"]

_query_embedder_lock = threading.Lock()
_query_embedder: QueryEmbedder | None = None


def shared_query_embedder() -> QueryEmbedder:
    """One query embedder per process, shared by every Assistant and session."""
    global _query_embedder
    with _query_embedder_lock:
        if _query_embedder is None:
            _query_embedder = QueryEmbedder()
        return _query_embedder


@dataclass
class IndexStatus:
    """What the loaded index holds and what built it."""

    documents: int
    chunks: int
    tables: int
    built_at: str
    model: str
    corpus_dir: str
    skipped: list[dict]


def _term_weights(snap) -> TermWeights:
    path = snap.folder / "term_weights.json"
    try:
        return TermWeights.from_dict(json.loads(path.read_text()))
    except (OSError, ValueError, KeyError) as exc:
        raise IndexCorrupt(f"{path} cannot be read ({exc.__class__.__name__}); {REBUILD_HINT}") from exc


def _cards_by_doc(chunks) -> dict[str, list]:
    out: dict[str, list] = {}
    for c in chunks:
        if c.kind == "card":
            out.setdefault(c.doc_id, []).append(c)
    return out


class Assistant:
    """Builds and loads the index, answers questions. Safe to share between threads once loaded."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        self._lock = threading.RLock()
        self._engine: AnswerEngine | None = None
        self._snapshot = None
        self._tables = None

    # building -------------------------------------------------------------------------------
    def build(self, progress: Progress | None = None, lock_timeout: float = 0.0, force: bool = False) -> BuildReport:
        """Build (or rebuild, reusing cached embeddings) the index, then reload it."""
        report = build_index(self.settings, progress, lock_timeout, force)
        with self._lock:
            self._engine = None
        return report

    def has_index(self) -> bool:
        """Whether an index exists in the index folder."""
        return (Path(self.settings.index_dir) / "CURRENT").exists()

    # loading --------------------------------------------------------------------------------
    def load(self) -> AnswerEngine:
        """Load the index (once) and return the answer engine."""
        with self._lock:
            if self._engine is not None:
                return self._engine
            index_dir = Path(self.settings.index_dir)
            snap = load_snapshot(index_dir)
            check_stamp(snap.stamp, self.settings.build_fingerprint(), model_fingerprint(), index_dir)
            metas = {d: doc.meta for d, doc in snap.documents.items()}
            try:
                bm25 = BM25Index.load(snap.folder / "bm25")
            except (OSError, ValueError, KeyError) as exc:
                raise IndexCorrupt(f"the keyword index in {snap.folder} cannot be read ({exc.__class__.__name__}: {exc}); "
                                   f"{REBUILD_HINT}") from exc
            retriever = HybridRetriever(
                snap.chunks, metas, snap.extras["faiss"], bm25, shared_query_embedder(),
                self.settings.candidate_k, self.settings.rrf_k, self.settings.partnership_boost,
            )
            from .tables import TableStore

            tables = TableStore.load(snap.folder / "tables")  # a missing or damaged folder says how to rebuild
            kb = KnowledgeBase(
                retriever=retriever, metas=metas,
                weights=_term_weights(snap),
                tables=tables, extras={
                    "texts": {d: doc.text for d, doc in snap.documents.items()}, "documents": snap.documents,
                    "cards": _cards_by_doc(snap.chunks),
                },
            )
            self._snapshot = snap
            self._tables = tables
            self._engine = AnswerEngine(kb, self.settings)
            return self._engine

    # asking ---------------------------------------------------------------------------------
    def ask(self, question: str, history: list[Answer] | None = None, filters: Filters | None = None,
            use_llm: bool | None = None, on_token=None) -> Answer:
        """Answer one question (a turn of a conversation when history is given).

        use_llm: None follows the settings (off unless CSA_LLM_PROVIDER is set); False forces the
        extractive answer. on_token receives the language model's text as it streams.
        """
        return self.load().ask(question, history or [], filters, use_llm=use_llm, on_token=on_token)

    def retrieve(self, question: str, k: int = 10, filters: Filters | None = None) -> list[Retrieved]:
        """The passages retrieval finds before any answer is composed."""
        engine = self.load()
        return engine.kb.retriever.retrieve(question, k, filters, engine.partnerships_named(question))

    def conversation(self, filters: Filters | None = None) -> "Conversation":
        """A new conversation that remembers its turns."""
        return Conversation(self, filters)

    # corpus and tables ----------------------------------------------------------------------
    def documents(self) -> list[DocumentMeta]:
        """Provenance of every indexed document."""
        return [d.meta for d in self.load().kb.extras["documents"].values()]

    def document(self, doc_id: str) -> ParsedDocument:
        """One indexed document's extracted text and sections."""
        return self.load().kb.extras["documents"][doc_id]

    @property
    def tables(self):
        """The TableStore of the loaded index."""
        self.load()
        if self._tables is None:
            raise IndexMissing("this index holds no tables; run `csa build` to rebuild it")
        return self._tables

    def status(self) -> IndexStatus:
        """What the loaded index holds."""
        self.load()
        st = self._snapshot.stamp
        return IndexStatus(st["documents"], st["chunks"], st.get("tables", 0), st["built_at"], st["model"],
                           st.get("corpus_dir", ""), st.get("skipped", []))


class Conversation:
    """Turns of one conversation; follow-ups resolve against earlier turns."""

    def __init__(self, assistant: Assistant, filters: Filters | None = None):
        self.assistant = assistant
        self.filters = filters
        self.turns: list[Answer] = []

    def ask(self, question: str) -> Answer:
        """Ask the next question."""
        answer = self.assistant.ask(question, list(self.turns), self.filters)
        self.turns.append(answer)
        return answer

    def reset(self) -> None:
        """Forget the turns so far."""
        self.turns.clear()
