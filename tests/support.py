"""Helpers for tests: embedding-cache seeding, one-document assistants, and real PDFs drawn with fpdf2."""

from __future__ import annotations

import shutil
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent


def seed_cache(src_index: Path, dst_index: Path) -> None:
    """Reuse a built index's embedding cache, so a test build embeds only what is new."""
    src = src_index / "cache"
    if src.exists():
        shutil.copytree(src, dst_index / "cache", dirs_exist_ok=True)


def make_report_pdf(path: Path, pages: int = 3, title: str = "Testshire Community Safety Partnership: Strategic Assessment (2022)") -> Path:
    """A real multi-page PDF: running header and footer, a contents list, headings, a table and a hyphenated break."""
    from fpdf import FPDF

    class Report(FPDF):
        def header(self):
            self.set_font("Helvetica", size=8)
            self.cell(0, 6, "Testshire Strategic Assessment 2022 - OFFICIAL", new_x="LMARGIN", new_y="NEXT")

        def footer(self):
            self.set_y(-12)
            self.set_font("Helvetica", size=8)
            self.cell(0, 6, f"Page {self.page_no()}")

    pdf = Report()
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", size=14)
    pdf.multi_cell(0, 8, new_x="LMARGIN", new_y="NEXT", text=title)
    pdf.set_font("Helvetica", size=11)
    pdf.ln(4)
    pdf.multi_cell(0, 6, new_x="LMARGIN", new_y="NEXT", text="Contents")
    for name, page in (("Introduction", 2), ("Burglary Priority", 3), ("Data Tables", 3)):
        pdf.multi_cell(0, 6, new_x="LMARGIN", new_y="NEXT", text=f"{name} ...... {page}")
    pdf.add_page()
    pdf.set_font("Helvetica", size=13)
    pdf.multi_cell(0, 8, new_x="LMARGIN", new_y="NEXT", text="Introduction")
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, new_x="LMARGIN", new_y="NEXT", text="This assessment describes crime in Testshire. Anti-social behaviour fell over the year while fraud rose.")
    pdf.multi_cell(0, 6, new_x="LMARGIN", new_y="NEXT", text="Partners agreed a new approach to neighbour-")
    pdf.multi_cell(0, 6, new_x="LMARGIN", new_y="NEXT", text="hood disputes and rural crime.")
    for i in range(max(0, pages - 3)):
        pdf.add_page()
        pdf.multi_cell(0, 6, new_x="LMARGIN", new_y="NEXT", text=f"Filler page {i + 1}. Partners met monthly to review progress on priorities.")
    pdf.add_page()
    pdf.set_font("Helvetica", size=13)
    pdf.multi_cell(0, 8, new_x="LMARGIN", new_y="NEXT", text="Burglary Priority")
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, new_x="LMARGIN", new_y="NEXT", text="Residential burglary in Oakfield ward is far above the force rate. Car key burglary is emerging.")
    pdf.set_font("Helvetica", size=13)
    pdf.multi_cell(0, 8, new_x="LMARGIN", new_y="NEXT", text="Data Tables")
    pdf.set_font("Helvetica", size=10)
    rows = [("Ward Name", "ALL CRIME", "Burglary", "Theft"), ("Oakfield", "81.2", "14.1", "20.3"),
            ("Elmbridge", "55.0", "3.2", "11.9"), ("Ashgrove", "40.4", "2.8", "9.7")]
    for row in rows:
        for i, cell in enumerate(row):
            pdf.cell(45 if i == 0 else 35, 7, cell, border=1)
        pdf.ln(7)
    pdf.output(str(path))
    return path


def corpus_assistant(tmp_path_factory, name: str, documents: list[tuple[str, str, dict]]):
    """A loaded Assistant over made-up documents, each (file name, text, manifest entry without 'file'), built
    with the real model and FAISS."""
    import json

    from assistant.service import Assistant
    from assistant.settings import Settings

    corpus = tmp_path_factory.mktemp(name)
    entries = []
    for file_name, text, entry in documents:
        (corpus / file_name).write_text(text, encoding="utf-8")
        entries.append({"file": file_name, **entry})
    (corpus / "manifest.json").write_text(json.dumps({"documents": entries}), encoding="utf-8")
    assistant = Assistant(Settings(corpus_dir=corpus, index_dir=tmp_path_factory.mktemp(f"{name}-index")))
    assistant.build()
    assistant.load()
    return assistant


def one_document_assistant(tmp_path_factory, file_name: str, text: str, *, title: str, partnership: str, period: str):
    """A loaded Assistant over a corpus of one made-up document and its manifest entry, built with the real model."""
    entry = {"title": title, "partnership": partnership, "kind": "strategic assessment", "data_period": period}
    return corpus_assistant(tmp_path_factory, Path(file_name).stem, [(file_name, text, entry)])
