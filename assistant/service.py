"""The one Assistant object every surface uses: build(), ask(), conversation(), tables, status."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .builder import Progress, build_index
from .errors import IndexCorrupt, IndexMissing
from .retrieval.embedder import QueryEmbedder, load_query_embedder, model_fingerprint
from .retrieval.lexical import TermWeights
from .retrieval.store import REBUILD_HINT, check_stamp, load_snapshot, release_snapshot
from .settings import Settings
from .text import split_lines
from .types import Answer, BuildReport, DocumentMeta, Filters, ParsedDocument

if TYPE_CHECKING:
    from .answer.engine import AnswerEngine
    from .retrieval.hybrid import Retrieved

__all__ = ["Assistant", "Conversation", "Filters"]

_query_embedder_lock = threading.Lock()
_query_embedders: dict[str, QueryEmbedder] = {}


def shared_query_embedder(index_dir: Path) -> QueryEmbedder:
    """One query embedder per model per process, shared by every Assistant and session; the first index to load it
    supplies the ONNX export (exported then if that index has none), which depends only on the model."""
    fingerprint = model_fingerprint()
    with _query_embedder_lock:
        if fingerprint not in _query_embedders:
            _query_embedders[fingerprint] = load_query_embedder(index_dir)
        return _query_embedders[fingerprint]


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
        # the answer engine and retriever bring llama-index: imported when an index is loaded, not for a build
        from .answer.engine import AnswerEngine, KnowledgeBase
        from .retrieval.hybrid import BM25Index, HybridRetriever

        with self._lock:
            if self._engine is not None:
                return self._engine
            index_dir = Path(self.settings.index_dir)
            server = ({"qdrant_url": self.settings.qdrant_url, "qdrant_api_key": self.settings.qdrant_api_key}
                      if self.settings.qdrant_url else {})
            snap = load_snapshot(index_dir, **server)
            check_stamp(snap.stamp, self.settings.build_fingerprint(), model_fingerprint(), index_dir,
                        self.settings.vector_store)
            metas = {d: doc.meta for d, doc in snap.documents.items()}
            try:
                bm25 = BM25Index.load(snap.folder / "bm25")
            except (OSError, ValueError, KeyError) as exc:
                raise IndexCorrupt(f"the keyword index in {snap.folder} cannot be read ({exc.__class__.__name__}: {exc}); "
                                   f"{REBUILD_HINT}") from exc
            retriever = HybridRetriever(
                snap.chunks, metas, snap.extras["vector_store"], bm25, shared_query_embedder(index_dir),
                self.settings.candidate_k, self.settings.rrf_k, self.settings.partnership_boost, self.settings.top_k,
            )
            from .tables import TableStore

            tables = TableStore.load(snap.folder / "tables")  # a missing or damaged folder says how to rebuild
            kb = KnowledgeBase(
                retriever=retriever, metas=metas,
                weights=TermWeights(*bm25.document_frequencies()),
                documents=snap.documents, tables=tables,
            )
            self._snapshot = snap
            self._tables = tables
            self._engine = AnswerEngine(kb, self.settings)
            release_snapshot(snap)  # everything is read: a build may delete this snapshot's folder now
            return self._engine

    # asking ---------------------------------------------------------------------------------
    def ask(self, question: str, history: list[Answer] | None = None, filters: Filters | None = None,
            use_llm: bool | None = None, on_token=None) -> Answer:
        """Answer one question (a turn of a conversation when history is given).

        use_llm: None follows the settings (off unless CSA_LLM_PROVIDER is set); False forces the
        extractive answer. on_token receives the language model's text as it streams.
        Raises QuestionTooLong over settings.max_question_chars; lone surrogates are replaced, not fatal.
        """
        from .questions import check_question

        question = check_question(question, self.settings.max_question_chars)
        return self.load().ask(question, history or [], filters, use_llm=use_llm, on_token=on_token)

    def retrieve(self, question: str, k: int = 10, filters: Filters | None = None) -> list[Retrieved]:
        """The passages retrieval finds before any answer is composed."""
        engine = self.load()
        return engine.kb.retriever.search(question, k, filters, engine.partnerships_named(question))

    def conversation(self, filters: Filters | None = None) -> "Conversation":
        """A new conversation that remembers its turns."""
        return Conversation(self, filters)

    # corpus and tables ----------------------------------------------------------------------
    def documents(self) -> list[DocumentMeta]:
        """Provenance of every indexed document."""
        return [d.meta for d in self.load().kb.documents.values()]

    def document(self, doc_id: str) -> ParsedDocument:
        """One indexed document's extracted text and sections."""
        return self.load().kb.documents[doc_id]

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

    # read-only helpers for the UI -----------------------------------------------------------
    def reload(self) -> None:
        """Forget the loaded index, so the next call loads the current snapshot (after a build elsewhere)."""
        with self._lock:
            self._engine = None

    def partnerships_named(self, question: str) -> list[str]:
        """The indexed partnerships a question names (sorted)."""
        return sorted(self.load().partnerships_named(question))

    def page_of(self, doc_id: str, offset: int) -> tuple[int | None, bool, str]:
        """(page, inferred, file_type) at a character offset of a document: the PDF page, or for text
        documents the page its contents list gives (inferred=True)."""
        doc = self.document(doc_id)
        page, inferred = doc.page_at(offset)
        if doc.meta.file_type != "pdf" and page is not None:
            inferred = True
        return page, inferred, doc.meta.file_type

    def table_at(self, doc_id: str, start: int, end: int | None = None):
        """The TableInfo of the extracted table whose values come from [start, end) of a document, or None."""
        try:
            store = self.tables
        except Exception:  # an index without tables
            return None
        v = store.all_values
        if v.empty:
            return None
        end = start + 1 if end is None or end <= start else end
        hit = v[(v["doc_id"] == doc_id) & (v["start"] < end) & (v["end"] > start)]
        if hit.empty:
            return None
        try:
            return store.info(str(hit.iloc[0]["table_id"]))
        except Exception:
            return None

    def table_context(self, doc_id: str, start: int, end: int) -> dict | None:
        """The table a cited row sits in, read from the document text: {"title", "header", "rows",
        "row_starts", "period", "table_id"}. The header is the nearest line above the row with the same
        number of cells (tab-, pipe- or 2+space-separated) and no numbers; the title is the nearest
        non-empty line above the header that is not itself a row. None when no header is found."""
        import re as _re

        text = self.document(doc_id).text
        split = _re.compile(r"\t|\s*\|\s*|\s{2,}")
        from .answer.tableqa import number as _cell_number

        def cells(line: str) -> list[str]:
            return [c for c in split.split(line.strip().strip("|")) if c.strip()]

        a = text.rfind("\n", 0, max(0, start)) + 1
        b = text.find("\n", max(start, end - 1))
        b = len(text) if b < 0 else b
        lines = [line for line in split_lines(text[a:b]) if not line.blank]
        rows, row_starts = [line.text for line in lines], [a + line.start for line in lines]
        if not rows:
            return None
        width = len(cells(rows[0]))
        header, header_at, cursor, looked = None, a, a - 1, 0
        while cursor > 0 and looked < 80:
            ls = text.rfind("\n", 0, cursor) + 1
            line = text[ls:cursor]
            cursor, looked = ls - 1, looked + 1
            if not line.strip():
                continue
            n = len(cells(line))
            leading_blank = line[:1] in ("\t", "|") or line.startswith("  ")
            # a header's cells are words ('Rate per 1,000' is a word cell; '12.2' is a value)
            wordy = not any(_cell_number(x) is not None for x in cells(line)[1:])
            if width > 1 and wordy and (n == width or (n == width - 1 and leading_blank)):
                header, header_at = line, ls
                break
        if header is None:
            return None
        title, cursor, looked = None, header_at - 1, 0
        while cursor > 0 and looked < 6:
            ls = text.rfind("\n", 0, cursor) + 1
            line = text[ls:cursor]
            cursor, looked = ls - 1, looked + 1
            if line.strip() and len(cells(line)) <= 1:
                title = line.strip()
                break
        info = self.table_at(doc_id, start, end)
        columns = cells(header)
        columns = [""] * (width - len(columns)) + columns
        return {"title": (info.title if info is not None and info.title else title), "header": header,
                "columns": columns, "cells": [cells(r) for r in rows], "rows": rows, "row_starts": row_starts, "table_id": info.table_id if info is not None else None,
                "period": info.period if info is not None else None}

    def measure_choices(self) -> list[str]:
        """Measures an officer can compare: the harmonised names, then printed labels not already named."""
        try:
            store = self.tables
        except Exception:
            return []
        m = store.measures()
        canonical = [str(x) for x in m["measure"]]
        seen = {c.lower() for c in canonical}
        printed = []
        for labels in m["printed"]:
            for p in labels:
                if str(p).lower() not in seen:
                    seen.add(str(p).lower())
                    printed.append(str(p))
        return canonical + sorted(printed, key=str.lower)

    def compare_measure(self, measure: str):
        """Every partnership and period that reports a measure: one row per local value (partnership, ward,
        locality...) with its unit, the comparator values printed in the same source row (force, region,
        national, most similar forces), the source row and document, and flags where units or rounding differ."""
        import pandas as pd

        columns = ["partnership", "period", "area", "area_type", "measure", "measure_printed", "qualifier", "value",
                   "value_text", "unit", "comparators", "source", "title", "page", "page_inferred", "table",
                   "row_text", "flags", "doc_id", "table_id", "start", "end"]
        v = self.tables.values(measure=measure)
        if v.empty:
            return pd.DataFrame(columns=columns)
        titles = {d.doc_id: d.title for d in self.documents()}
        comparator_types = {"force", "region", "national", "similar_forces", "country"}
        rows = []
        # Comparators are the force, region and national values printed for the same measure in the same table.
        for _, group in v.groupby(["doc_id", "table_id", "period", "measure", "qualifier"], sort=False, dropna=False):
            local = group[~group["area_type"].isin(comparator_types)]
            others = group[group["area_type"].isin(comparator_types)]
            comparators = "; ".join(f"{r.area or r.area_type}: {r.value_text or r.value}" for r in others.itertuples())
            for r in (local if not local.empty else others).itertuples():
                try:
                    table_title = self.tables.info(r.table_id).title if r.table_id else ""
                except Exception:
                    table_title = ""
                rows.append({
                    "partnership": r.partnership, "period": r.period, "area": r.area, "area_type": r.area_type,
                    "measure": r.measure, "measure_printed": r.measure_printed, "qualifier": r.qualifier,
                    "value": r.value, "value_text": r.value_text, "unit": r.unit,
                    "comparators": comparators if not local.empty else "", "source": r.source,
                    "title": titles.get(r.doc_id, r.source), "page": r.page, "page_inferred": r.page_inferred,
                    "table": table_title, "row_text": r.row_text, "flags": "", "doc_id": r.doc_id,
                    "table_id": r.table_id, "start": r.start, "end": r.end, "decimals_": r.decimals,
                })
        out = pd.DataFrame(rows)
        units = sorted({str(u) for u in out["unit"].dropna() if str(u)})
        flags = []
        for r in out.itertuples():
            f = []
            if len(units) > 1:
                f.append(f"unit {r.unit} (others: {', '.join(u for u in units if u != r.unit)})")
            decimals = r.decimals_
            if decimals is not None and not pd.isna(decimals) and int(decimals) == 0 and \
                    out["decimals_"].fillna(0).astype(int).max() > 0:
                f.append("rounded to a whole number")
            if r.qualifier is not None and not pd.isna(r.qualifier) and str(r.qualifier):
                f.append(f"definition: {r.qualifier}")
            flags.append("; ".join(f))
        out["flags"] = flags
        out = out.drop(columns="decimals_")
        return out.sort_values(["partnership", "period", "area_type", "area"], kind="stable",
                               na_position="last").reset_index(drop=True)[columns]


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
