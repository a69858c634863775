"""One settings object, read from the environment (prefix CSA_) once at the entry point."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
BUNDLED_CORPUS = PROJECT_ROOT / "corpus"
DEFAULT_INDEX = PROJECT_ROOT / "index"

# Bump when the persisted layout or the meaning of stored fields changes.
INDEX_SCHEMA_VERSION = 12  # 12: a contents list read as empty headings is the contents section; 11: text pages from running footers and form feeds, running lines inside PDF page bodies dropped, two-figure lines are no headings; 10: joint partnerships; 9: a bare assessment year gives way to the span the front matter states (January to December 2013), chunks never cut a hard-wrapped sentence, prose figures may end a sentence; 8: contents lists with space-aligned or no page numbers, PDF line breaks after hyphens resolved by the document; 7: ligatures and typesetting spaces read as plain letters; 6: numbered list items are not section headings; 3: layout-aware PDF text, tables of any layout whole, new stems; 4: chunks budgeted in wordpieces; 5: one lexical model (Snowball stems), term weights read from the keyword index


class Settings(BaseSettings):
    """Every knob of the assistant, with defaults that work offline."""

    model_config = SettingsConfigDict(env_prefix="CSA_", extra="ignore")

    corpus_dir: Path = Field(BUNDLED_CORPUS, description="Folder of PDF and text documents (with an optional manifest.json).")
    index_dir: Path = Field(DEFAULT_INDEX, description="Folder where the built index is persisted.")
    embed_model: str = Field("all-MiniLM-L6-v2", description="Name of the bundled sentence-transformers model used for embeddings.")
    embed_batch_size: int = Field(32, description="Chunks per embedding batch (batches are formed by length).")
    chunk_tokens: int = Field(254, description="Target maximum wordpieces of the embedding model in a text chunk (its context line counted too, within the model's 256).")
    chunk_overlap_sentences: int = Field(1, description="Sentences repeated at the start of the next chunk of the same section.")
    table_chunk_tokens: int = Field(400, description="Maximum wordpieces in a table chunk before it is split between rows (each part within the model's 256 with its context).")
    top_k: int = Field(8, description="Passages kept after fusing dense and BM25 results.")
    candidate_k: int = Field(40, description="Candidates fetched from each retriever before fusion.")
    rrf_k: int = Field(60, description="The k constant of reciprocal rank fusion.")
    partnership_boost: float = Field(1.5, description="Multiplier on the fused score of passages from a partnership named in the question.")
    min_relevance: float = Field(0.30, description="Lowest cosine similarity of the best passage for an answer not to be 'insufficient evidence'.")
    max_file_mb: float = Field(40.0, description="Documents larger than this (MB) are refused with a clear error.")
    max_pdf_pages: int = Field(2000, description="PDFs with more pages than this are refused.")
    require_manifest: bool = Field(False, description="Refuse (with NotInManifest) any document without a valid manifest entry, instead of inferring its details from its text.")
    max_question_chars: int = Field(2000, description="Questions longer than this many characters are refused with a clear message (bounds the work per request).")
    vector_store: Literal["faiss", "qdrant"] = Field("faiss", description="Where the chunk vectors live: faiss (embedded, exact, one file in the snapshot) or qdrant (filters natively; local mode in the snapshot folder, or a server with qdrant_url); docs/scale.md says when to use which.")
    qdrant_url: str = Field("", description="URL of a Qdrant server (e.g. http://qdrant:6333) used when vector_store is qdrant; empty keeps Qdrant in local mode inside the snapshot folder.")
    qdrant_api_key: str = Field("", description="API key for the Qdrant server, if it requires one.")
    approximate_index_above: int = Field(100_000, description="Use an approximate (IVF-Flat, nprobe 32) FAISS index above this many chunks; docs/scale.md justifies the threshold.")
    llm_provider: str = Field("none", description="Optional generative model: none, openai (any OpenAI-compatible endpoint) or ollama.")
    llm_model: str = Field("", description="Model name for the optional LLM.")
    llm_base_url: str = Field("", description="Base URL of the optional LLM endpoint, e.g. http://127.0.0.1:8080/v1.")
    llm_api_key: str = Field("not-needed", description="API key for the optional LLM endpoint (local servers ignore it).")
    llm_timeout_s: float = Field(60.0, description="Timeout for one LLM request, in seconds.")

    @property
    def llm_enabled(self) -> bool:
        """Whether a generative model is configured (llm_provider is not none/off/empty)."""
        return (self.llm_provider or "none").strip().lower() not in ("", "none", "off")

    def build_fingerprint(self) -> str:
        """Hash of the settings that change what a build produces."""
        keys = {
            "schema": INDEX_SCHEMA_VERSION,
            "embed_model": self.embed_model,
            "chunk_tokens": self.chunk_tokens,
            "chunk_overlap_sentences": self.chunk_overlap_sentences,
            "table_chunk_tokens": self.table_chunk_tokens,
        }
        return hashlib.sha256(json.dumps(keys, sort_keys=True).encode()).hexdigest()[:16]
