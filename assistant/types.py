"""Frozen value types shared by every pipeline stage: documents, chunks, citations, figures, answers."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Literal

if TYPE_CHECKING:  # type names only: types.py imports no pipeline stage
    from llama_index.core.vector_stores.types import MetadataFilters

    from .errors import DocumentError

SectionPath = tuple[str, ...]
PAGE_INFERRED_NOTE = "inferred from the contents list"


@dataclass(frozen=True)
class DocumentMeta:
    """Provenance of one source document, from the manifest or inferred from its text."""

    doc_id: str
    source: str
    title: str
    partnership: str | None
    kind: str | None
    published: str | None
    period: str | None
    producer: str | None = None
    data_period: str | None = None
    file_type: Literal["pdf", "text"] = "text"
    inferred: tuple[str, ...] = ()
    # For a document added as an upload (listed in the upload record, ingest.upload_record): "uploaded <ISO time>,
    # sha256 <first 12 hex>"; and the fields the user set by hand in that record (no longer inferred).
    uploaded: str | None = None
    corrected: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for JSON."""
        d = asdict(self)
        d["inferred"] = list(self.inferred)
        d["corrected"] = list(self.corrected)
        return d

    @property
    def inferred_fields(self) -> list[str]:
        """The inferred fields in a fixed order: partnership, period, data_period, title, then any others."""
        order = ("partnership", "period", "data_period", "title")
        return [f for f in order if f in self.inferred] + [f for f in self.inferred if f not in order]

    @property
    def provenance(self) -> str:
        """'manifest', or 'inferred: partnership, period, title' naming the fields guessed from the text; for an
        upload 'upload (uploaded <time>, sha256 <12>)', then ', corrected by the user: partnership, kind' when the
        user set fields, then '; inferred: ...'."""
        inferred = "inferred: " + ", ".join(self.inferred_fields) if self.inferred else ""
        if not self.uploaded:
            return inferred or "manifest"
        head = f"upload ({self.uploaded})"
        if self.corrected:
            head += ", corrected by the user: " + ", ".join(self.corrected)
        return f"{head}; {inferred}" if inferred else head

    def node_fields(self) -> dict[str, Any]:
        """The document's fields every chunk node carries, for metadata filters (a missing value is '')."""
        return {"partnership": self.partnership or "", "period": self.period or "", "doc_kind": self.kind or "",
                "title": self.title}

    @property
    def partnership_inferred(self) -> bool:
        """Whether the partnership was guessed from the text (such a document never outranks a manifest one)."""
        return "partnership" in self.inferred

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "DocumentMeta":
        """Inverse of to_dict."""
        d = dict(d)
        d["inferred"] = tuple(d.get("inferred") or ())
        d["corrected"] = tuple(d.get("corrected") or ())
        return cls(**d)


@dataclass(frozen=True)
class Section:
    """A heading and the character range of the extracted text it governs."""

    path: SectionPath
    start: int
    end: int
    page: int | None = None
    page_inferred: bool = False

    @property
    def title(self) -> str:
        """The innermost heading."""
        return self.path[-1] if self.path else ""


@dataclass(frozen=True)
class PageSpan:
    """Character range of the extracted text that came from one PDF page (1-based)."""

    page: int
    start: int
    end: int


@dataclass(frozen=True)
class ParsedDocument:
    """A document's extracted text with its sections and, for PDFs, its page spans."""

    meta: DocumentMeta
    text: str
    sections: tuple[Section, ...] = ()
    pages: tuple[PageSpan, ...] = ()

    def section_at(self, offset: int) -> Section | None:
        """The innermost section containing the offset."""
        best: Section | None = None
        for s in self.sections:
            if s.start <= offset < s.end and (best is None or len(s.path) >= len(best.path)):
                best = s
        return best

    def page_at(self, offset: int) -> tuple[int | None, bool]:
        """(page, inferred) for an offset: the PDF page, else the contents list's page if known."""
        for p in self.pages:
            if p.start <= offset < p.end:
                return p.page, False
        if self.pages:
            last = self.pages[-1]
            if offset >= last.end:
                return last.page, False
        s = self.section_at(offset)
        if s is not None and s.page is not None:
            return s.page, s.page_inferred
        return None, False


ChunkKind = Literal["text", "table", "card"]


@dataclass(frozen=True)
class Chunk:
    """A retrievable passage: a verbatim slice [start, end) of its document's extracted text."""

    chunk_id: str
    doc_id: str
    text: str
    start: int
    end: int
    section_path: SectionPath
    page: int | None
    page_inferred: bool
    kind: ChunkKind
    token_count: int
    # Text used for embedding and BM25: section path plus, for split tables, title and header.
    context: str = ""

    @property
    def section(self) -> str:
        """The section path joined for display."""
        return " > ".join(self.section_path)

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for JSON."""
        d = asdict(self)
        d["section_path"] = list(self.section_path)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Chunk":
        """Inverse of to_dict."""
        d = dict(d)
        d["section_path"] = tuple(d["section_path"])
        return cls(**d)

    @property
    def node_id(self) -> str:
        """The id of the chunk's llama-index node: a UUID derived from chunk_id (vector stores such as Qdrant accept
        only UUIDs or integers as point ids)."""
        return node_id_for(self.chunk_id)

    def to_node(self, extra: dict[str, Any] | None = None, embedding: list[float] | None = None):
        """The chunk as a llama-index TextNode: text, offsets, its fields as metadata (plus extra), SOURCE its document.

        Bulky or bookkeeping keys are kept out of the text an embedding model or an LLM sees; the context line is
        what the chunk was embedded with, so it stays in the embedding text.
        """
        from llama_index.core.schema import NodeRelationship, RelatedNodeInfo, TextNode

        metadata: dict[str, Any] = {
            "chunk_id": self.chunk_id, "doc_id": self.doc_id, "section_path": list(self.section_path),
            "section": self.section, "page": self.page, "page_inferred": self.page_inferred, "kind": self.kind,
            "token_count": self.token_count, "context": self.context,
        }
        metadata.update(extra or {})
        hidden = [k for k in metadata if k not in ("context", "section", "page", "partnership", "period")]
        return TextNode(
            id_=self.node_id, text=self.text, start_char_idx=self.start, end_char_idx=self.end, metadata=metadata,
            excluded_embed_metadata_keys=hidden + ["section", "page", "partnership", "period"],
            excluded_llm_metadata_keys=hidden + ["context"],
            relationships={NodeRelationship.SOURCE: RelatedNodeInfo(node_id=self.doc_id)},
            embedding=embedding,
        )

    @classmethod
    def from_node(cls, node) -> "Chunk":
        """Inverse of to_node (the node's text and offsets, the rest from its metadata)."""
        m = node.metadata
        return cls(
            chunk_id=m["chunk_id"], doc_id=m["doc_id"], text=node.text, start=node.start_char_idx,
            end=node.end_char_idx, section_path=tuple(m["section_path"]), page=m["page"],
            page_inferred=m["page_inferred"], kind=m["kind"], token_count=m["token_count"], context=m["context"],
        )


def node_id_for(chunk_id: str) -> str:
    """The llama-index node id (a UUID) of a chunk id."""
    import uuid

    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"csa-chunk:{chunk_id}"))


@dataclass(frozen=True)
class Citation:
    """One numbered source of an answer, quoting its document verbatim."""

    n: int
    doc_id: str
    title: str
    partnership: str | None
    period: str | None
    source: str
    page: int | None  # the PDF page, or for a text document the page its contents list gives (see page_inferred)
    section: str  # the section path, 'A > B'
    text: str
    score: float | None  # retrieval similarity; None for a table row or fact card cited as a source, not retrieved
    start: int = 0
    end: int = 0
    kind: str = "passage"  # "passage" or "table_row"
    highlights: tuple[tuple[int, int], ...] = ()  # ranges within text of the cited sentences
    provenance: str = "manifest"  # where the document's details come from: "manifest", "inferred: ...", "upload (...)"
    page_inferred: bool = False  # the page comes from the contents list, not from a PDF

    @property
    def page_label(self) -> str:
        """'page 7', 'page 11 (inferred from the contents list)', or '' when there is no page."""
        if self.page is None:
            return ""
        return f"page {self.page}" + (f" ({PAGE_INFERRED_NOTE})" if self.page_inferred else "")

    def to_dict(self) -> dict[str, Any]:
        """The answer contract's citation: an inferred page is also said in `section`, as the contract asks."""
        d = asdict(self)
        d["highlights"] = [list(h) for h in self.highlights]
        if self.page is not None and self.page_inferred:
            d["section"] = f"{self.section} (page {self.page} {PAGE_INFERRED_NOTE})"
        return d


@dataclass(frozen=True)
class Figure:
    """A number in an answer: printed in a cited source, or computed from ones that are."""

    label: str
    area: str | None
    area_type: str | None
    measure: str | None
    period: str | None
    value: float
    unit: str
    computed: bool = False
    formula: str | None = None
    citations: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for JSON."""
        d = asdict(self)
        d["citations"] = list(self.citations)
        return d


class Intent(StrEnum):
    """What a question asks for: it decides how the answer is composed."""

    WARD_HOTSPOT = "ward_hotspot"
    LOOKUP_RATE = "lookup_rate"
    COMPARE_LOCAL_FORCE = "compare_local_force"
    COMPARE_PARTNERSHIPS = "compare_partnerships"
    COMPARE_YEARS = "compare_years"
    COMPUTED = "computed"
    NARRATIVE = "narrative"
    RECOMMENDATION = "recommendation"
    GOVERNANCE = "governance"
    OUT_OF_SCOPE = "out_of_scope"  # refused before the question could be read (e.g. too long, empty)


# Intents answered with figures from the tables (the rest are answered from passages).
FIGURE_INTENTS = frozenset({Intent.WARD_HOTSPOT, Intent.LOOKUP_RATE, Intent.COMPARE_LOCAL_FORCE,
                            Intent.COMPARE_PARTNERSHIPS, Intent.COMPARE_YEARS, Intent.COMPUTED})


Status = Literal["answered", "insufficient_evidence"]


@dataclass(frozen=True)
class Answer:
    """The result of one question: text with [n] markers, citations, figures and a status."""

    question: str
    status: Status
    answer: str
    citations: tuple[Citation, ...] = ()
    figures: tuple[Figure, ...] = ()
    intent: Intent = Intent.NARRATIVE
    timings_ms: dict[str, float] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    context: dict[str, Any] = field(default_factory=dict)  # the resolved question frame, for follow-ups

    def to_dict(self) -> dict[str, Any]:
        """The answer contract's JSON object."""
        return {
            "question": self.question,
            "status": self.status,
            "answer": self.answer,
            "citations": [c.to_dict() for c in self.citations],
            "figures": [f.to_dict() for f in self.figures],
            "intent": str(self.intent),
            "timings_ms": dict(self.timings_ms),
            "notes": list(self.notes),
            "context": dict(self.context),
        }


@dataclass(frozen=True)
class Filters:
    """Narrow retrieval to some partnerships, periods or document kinds (None means any)."""

    partnerships: tuple[str, ...] | None = None
    periods: tuple[str, ...] | None = None
    kinds: tuple[str, ...] | None = None
    doc_ids: tuple[str, ...] | None = None

    def allows(self, meta: DocumentMeta) -> bool:
        """Whether a document passes every filter (kinds match by substring, e.g. 'strategic assessment')."""
        if self.doc_ids and meta.doc_id not in self.doc_ids:
            return False
        if self.partnerships and (meta.partnership or "") not in self.partnerships:
            return False
        if self.periods and (meta.period or "") not in self.periods:
            return False
        if self.kinds and not any(k.lower() in (meta.kind or "").lower() for k in self.kinds):
            return False
        return True

    def to_metadata_filters(self, known_kinds: Iterable[str] = ()) -> "MetadataFilters | None":
        """The same narrowing as llama-index MetadataFilters over node metadata (None when nothing is narrowed).

        Kinds match by substring, case-insensitively; given the document kinds present, they become an exact IN on
        doc_kind (which every vector store runs natively), else a case-insensitive text match on it.
        """
        from llama_index.core.vector_stores.types import (FilterCondition, FilterOperator, MetadataFilter,
                                                          MetadataFilters)

        parts: list[MetadataFilter | MetadataFilters] = []
        if self.doc_ids:
            parts.append(MetadataFilter(key="doc_id", value=list(self.doc_ids), operator=FilterOperator.IN))
        if self.partnerships:
            parts.append(MetadataFilter(key="partnership", value=list(self.partnerships), operator=FilterOperator.IN))
        if self.periods:
            parts.append(MetadataFilter(key="period", value=list(self.periods), operator=FilterOperator.IN))
        if self.kinds:
            known = sorted(set(known_kinds))
            if known:
                hits = [k for k in known if any(w.lower() in k.lower() for w in self.kinds)]
                # an IN on no value would match nothing in some stores and fail in others: name an impossible kind
                parts.append(MetadataFilter(key="doc_kind", value=hits or ["\x00none"], operator=FilterOperator.IN))
            else:
                parts.append(MetadataFilters(filters=[
                    MetadataFilter(key="doc_kind", value=k, operator=FilterOperator.TEXT_MATCH_INSENSITIVE) for k in self.kinds
                ], condition=FilterCondition.OR))
        return MetadataFilters(filters=parts, condition=FilterCondition.AND) if parts else None


@dataclass
class BuildReport:
    """What a build did."""

    indexed: list[str] = field(default_factory=list)
    skipped: list["DocumentError"] = field(default_factory=list)
    chunks: int = 0
    embedded: int = 0
    reused: int = 0
    tables: int = 0
    table_values: int = 0
    table_problems: list[str] = field(default_factory=list)
    seconds: float = 0.0
    snapshot: Path | None = None
    up_to_date: bool = False
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One paragraph for the terminal."""
        if self.up_to_date:
            return (f"index is up to date: {len(self.indexed)} document(s), {self.chunks} chunks (0 embedded, "
                    f"{self.chunks} from cache), {self.tables} tables; corpus, settings and model unchanged, files "
                    f"verified, in {self.seconds:.1f} s (use --force to rebuild)")
        from .errors import ManifestEntryError  # the error tree is read only when a report is printed

        # a manifest entry that is ignored does not skip its file: the file is indexed with inferred details
        entries = [e for e in self.skipped if isinstance(e, ManifestEntryError)]
        skipped = [e for e in self.skipped if not isinstance(e, ManifestEntryError)]
        lines = [
            f"indexed {len(self.indexed)} document(s), {self.chunks} chunks "
            f"({self.embedded} embedded, {self.reused} from cache), {self.tables} tables "
            f"({self.table_values} values), skipped {len(skipped)} in {self.seconds:.1f} s"
        ]
        lines += [f"  skipped {e.path.split('/')[-1]}: {e.reason}" for e in skipped]
        lines += [f"  manifest: {e.path.split('/')[-1]}: {e.reason}" for e in entries]
        # a table the structured extractor could not turn into values is still read as printed by the answers:
        # a few are named, the rest counted, so a build over many PDFs does not read as a wall of errors
        lines += [f"  table not turned into values: {p}" for p in self.table_problems[:3]]
        if len(self.table_problems) > 3:
            lines.append(f"  ... and {len(self.table_problems) - 3} more tables not turned into values (answers still "
                         f"read them as printed; `csa tables export` writes the full list to problems.csv)")
        lines += [f"  warning: {w}" for w in self.warnings]
        return "\n".join(lines)
