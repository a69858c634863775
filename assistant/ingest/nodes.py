"""Chunking as a llama-index NodeParser: documents in, TextNodes out (verbatim slices with offsets, metadata, links)."""

from __future__ import annotations

from typing import Any, Sequence

from llama_index.core.bridge.pydantic import Field
from llama_index.core.node_parser import NodeParser
from llama_index.core.schema import BaseNode, Document, NodeRelationship

from ..types import Chunk, DocumentMeta, PageSpan, ParsedDocument, Section
from .chunker import Chunker

# Document metadata the chunker needs but no embedding model or LLM should read.
_DOC_PRIVATE = ("meta", "sections", "pages")


def to_document(doc: ParsedDocument) -> Document:
    """A parsed document as a llama-index Document (id = doc_id); its sections and pages ride in hidden metadata."""
    metadata: dict[str, Any] = {
        "doc_id": doc.meta.doc_id, **doc.meta.node_fields(), "source": doc.meta.source,
        "meta": doc.meta.to_dict(),
        "sections": [[list(s.path), s.start, s.end, s.page, s.page_inferred] for s in doc.sections],
        "pages": [[p.page, p.start, p.end] for p in doc.pages],
    }
    hidden = list(_DOC_PRIVATE) + ["doc_id", "source"]
    return Document(id_=doc.meta.doc_id, text=doc.text, metadata=metadata,
                    excluded_embed_metadata_keys=hidden, excluded_llm_metadata_keys=hidden)


def from_document(document: Document) -> ParsedDocument:
    """Inverse of to_document."""
    m = document.metadata
    return ParsedDocument(
        meta=DocumentMeta.from_dict(m["meta"]),
        text=document.text,
        sections=tuple(Section(tuple(p), a, b, pg, inf) for p, a, b, pg, inf in m["sections"]),
        pages=tuple(PageSpan(pg, a, b) for pg, a, b in m["pages"]),
    )


class AssessmentNodeParser(NodeParser):
    """Section-aware, token-bounded chunking of assessments (tables and fact cards whole) as TextNodes."""

    max_tokens: int = Field(default=220, description="Most wordpieces in a text chunk (its context line counted too).")
    overlap_sentences: int = Field(default=1, description="Sentences repeated at the start of the next chunk.")
    table_max_tokens: int = Field(default=400, description="Most wordpieces in a table chunk before it is split between rows.")

    @classmethod
    def class_name(cls) -> str:
        """The name llama-index serialises this component under."""
        return "AssessmentNodeParser"

    def _parse_nodes(self, nodes: Sequence[BaseNode], show_progress: bool = False, **kwargs: Any) -> list[BaseNode]:
        chunker = Chunker(self.max_tokens, self.overlap_sentences, self.table_max_tokens)
        out: list[BaseNode] = []
        for document in nodes:
            parsed = from_document(document)  # type: ignore[arg-type]
            source = document.as_related_node_info()
            fields = parsed.meta.node_fields()
            made = [c.to_node(fields) for c in chunker.chunk(parsed)]
            for i, node in enumerate(made):
                node.relationships[NodeRelationship.SOURCE] = source
                if i > 0:
                    node.relationships[NodeRelationship.PREVIOUS] = made[i - 1].as_related_node_info()
                if i + 1 < len(made):
                    node.relationships[NodeRelationship.NEXT] = made[i + 1].as_related_node_info()
            out.extend(made)
        return out

    def _postprocess_parsed_nodes(self, nodes: list[BaseNode], parent_doc_map: dict[str, Document]) -> list[BaseNode]:
        # The base class finds each node's offsets again by searching its text in the document, which lands on an
        # earlier copy of a repeated passage, and copies the document's metadata (sections, pages) into every node:
        # _parse_nodes has set exact offsets, links and metadata already.
        return nodes

    def chunks(self, doc: ParsedDocument) -> list[Chunk]:
        """A parsed document's chunks, in reading order, made through get_nodes_from_documents."""
        return [Chunk.from_node(n) for n in self.get_nodes_from_documents([to_document(doc)])]
