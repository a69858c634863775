"""Route a question to the right answer path and return a verified Answer."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field, replace

from ..retrieval.hybrid import Filters, HybridRetriever, Retrieved
from ..settings import Settings
from ..types import Answer, DocumentMeta
from .extractive import compose
from .sentences import TermWeights
from .verify import verify


@dataclass
class KnowledgeBase:
    """What the answer engine reads: the loaded index, term weights and (when built) the tables."""

    retriever: HybridRetriever
    metas: dict[str, DocumentMeta]
    weights: TermWeights
    tables: object | None = None
    extras: dict = field(default_factory=dict)


class AnswerEngine:
    """Answers questions from the knowledge base; never invents text or numbers."""

    def __init__(self, kb: KnowledgeBase, settings: Settings):
        self.kb = kb
        self.settings = settings

    def partnerships_named(self, question: str) -> set[str]:
        """Partnerships of indexed documents named in the question."""
        q = question.lower()
        named = set()
        for meta in self.kb.metas.values():
            p = meta.partnership
            if not p:
                continue
            core = re.sub(r"\s*\(.*\)", "", p).strip().lower()
            if core and re.search(rf"\b{re.escape(core)}\b", q):
                named.add(p)
        return named

    def ask(self, question: str, history: list[Answer] | None = None, filters: Filters | None = None) -> Answer:
        """One turn of a conversation."""
        t0 = time.perf_counter()
        named = self.partnerships_named(question)
        hits = self.kb.retriever.retrieve(question, self.settings.top_k, filters, named)
        t1 = time.perf_counter()
        answer = self._extractive(question, hits)
        answer = verify(answer, self.kb.metas, self.kb.extras.get("texts", {}))
        t2 = time.perf_counter()
        return replace(answer, timings_ms={
            "retrieve": round((t1 - t0) * 1000, 1), "compose": round((t2 - t1) * 1000, 1), "total": round((t2 - t0) * 1000, 1)
        })

    def insufficient(self, question: str, why: str, intent: str = "out_of_scope") -> Answer:
        """An 'insufficient evidence' answer that says what the corpus does hold."""
        held = sorted({f"{m.partnership} ({m.period})" for m in self.kb.metas.values() if m.partnership})
        text = f"The documents do not hold the answer: {why}. The corpus covers: {', '.join(held)}."
        return Answer(question=question, status="insufficient_evidence", answer=text, intent=intent)

    def _extractive(self, question: str, hits: list[Retrieved]) -> Answer:
        if not hits or max(h.dense for h in hits) < self.settings.min_relevance:
            return self.insufficient(question, "no passage is relevant enough to the question")
        text, citations = compose(question, hits, self.kb.metas, self.kb.weights)
        if not citations:
            return self.insufficient(question, "no sentence in the retrieved passages matches the question")
        return Answer(question=question, status="answered", answer=text, citations=tuple(citations), intent="narrative")
