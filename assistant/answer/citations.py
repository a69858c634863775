"""Numbering citations as an answer is composed: passages (chunks) and table rows share one sequence."""

from __future__ import annotations

from ..retrieval.hybrid import Retrieved
from ..types import Chunk, Citation, DocumentMeta
from .extractive import citation_for


class CitationBook:
    """Hands out [n] for passages and source rows; a row inside an already-cited passage reuses its n."""

    def __init__(self, metas: dict[str, DocumentMeta], texts: dict[str, str], cards: dict[str, list] | None = None):
        self.metas = metas
        self.texts = texts
        self.cards = cards or {}  # doc_id -> fact-card chunks, so card values cite the whole card
        self._items: list[Citation] = []
        self._by_span: dict[tuple[str, int, int], int] = {}

    def __len__(self) -> int:
        return len(self._items)

    def next_n(self) -> int:
        """The number the next new citation will get."""
        return len(self._items) + 1

    def passage(self, hit: Retrieved, highlights: tuple[tuple[int, int], ...] = ()) -> int:
        """Cite a retrieved chunk; returns its n."""
        return self.chunk(hit.chunk, highlights, hit.dense)

    def chunk(self, c: Chunk, highlights: tuple[tuple[int, int], ...] = (), score: float | None = None) -> int:
        """Cite a chunk (score: its retrieval similarity, None when it was found another way); returns its n."""
        key = (c.doc_id, c.start, c.end)
        if key in self._by_span:
            n = self._by_span[key]
            if highlights:
                old = self._items[n - 1]
                merged = tuple(sorted(set(old.highlights) | set(highlights)))
                self._items[n - 1] = Citation(**{**old.__dict__, "highlights": merged})
            return n
        n = self.next_n()
        self._items.append(citation_for(n, c, self.metas[c.doc_id], highlights, score))
        self._by_span[key] = n
        return n

    def row(self, rec: dict) -> int:
        """Cite the source row of a tidy table value (or the sentence a passage value came from)."""
        doc_id, start, end = rec["doc_id"], int(rec["start"]), int(rec["end"])
        for (d, a, b), n in self._by_span.items():
            if d == doc_id and a <= start and end <= b:
                old = self._items[n - 1]
                span = (start - a, end - a)
                if span not in old.highlights:
                    self._items[n - 1] = Citation(**{**old.__dict__, "highlights": tuple(sorted((*old.highlights, span)))})
                return n
        if rec.get("source_kind") == "card":
            for chunk in self.cards.get(doc_id, ()):
                if chunk.start <= start and end <= chunk.end:
                    return self.chunk(chunk, ((start - chunk.start, end - chunk.start),))
        meta = self.metas[doc_id]
        text = self.texts[doc_id][start:end]
        page = rec.get("page")
        n = self.next_n()
        self._items.append(Citation(
            n=n, doc_id=doc_id, title=meta.title, partnership=meta.partnership, period=meta.period,
            source=meta.source, page=None if page is None else int(page),
            page_inferred=page is not None and bool(rec.get("page_inferred")), section=rec.get("section") or "",
            text=text, score=None, start=start, end=end,
            kind="table_row" if rec.get("source_kind") in ("table", "card") else "passage",
            highlights=((0, len(text)),), provenance=meta.provenance,
        ))
        self._by_span[(doc_id, start, end)] = n
        return n

    def citations(self) -> tuple[Citation, ...]:
        """Every citation handed out, in order."""
        return tuple(self._items)
