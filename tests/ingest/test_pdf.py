"""PDFs made by the test: pages kept, running headers and footers removed, hyphenation joined, tables whole."""

from __future__ import annotations

from assistant.ingest import parse_file
from assistant.ingest.chunker import Chunker
from support import make_report_pdf


def test_pages_headers_and_hyphenation(tmp_path):
    doc = parse_file(make_report_pdf(tmp_path / "report.pdf", pages=5))
    assert [p.page for p in doc.pages] == [1, 2, 3, 4, 5]
    assert "OFFICIAL" not in doc.text and "Page 2" not in doc.text
    assert "neighbourhood disputes" in doc.text
    intro = doc.text.index("This assessment describes")
    assert doc.page_at(intro) == (2, False)
    table = doc.text.index("Oakfield\t81.2")
    assert doc.page_at(table) == (5, False)


def test_pdf_sections_come_from_its_contents_list(tmp_path):
    doc = parse_file(make_report_pdf(tmp_path / "report.pdf", pages=4))
    paths = [s.path for s in doc.sections]
    assert ("Introduction",) in paths and ("Burglary Priority",) in paths and ("Data Tables",) in paths
    burglary = next(s for s in doc.sections if s.path == ("Burglary Priority",))
    assert burglary.page == 4 and burglary.page_inferred is False


def test_pdf_chunks_keep_pages_sections_and_whole_table(tmp_path):
    doc = parse_file(make_report_pdf(tmp_path / "report.pdf", pages=4))
    chunks = Chunker().chunk(doc)
    for c in chunks:
        assert doc.text[c.start : c.end] == c.text
    table = next(c for c in chunks if "Oakfield\t81.2" in c.text)
    assert table.kind == "table" and table.page == 4 and table.section_path == ("Data Tables",)
    assert table.text.splitlines() == [
        # the layout reader prints each table row on one line, its cells separated by tabs
        "Ward Name\tALL CRIME\tBurglary\tTheft", "Oakfield\t81.2\t14.1\t20.3", "Elmbridge\t55.0\t3.2\t11.9",
        "Ashgrove\t40.4\t2.8\t9.7",
    ]


def test_a_line_broken_after_a_real_hyphen_keeps_it(tmp_path):
    """'mid-' at a line's end before 'year' is the word 'mid-year'; 'commu-' before 'nity' is 'community' (a word the
    vocabulary holds whole); 'reoffend-' before 'ing' closes up because the document prints 'reoffending' elsewhere;
    a hyphen before a capital ('Multi-' 'Agency') is the word's own."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in ["Rates use the 2017 mid-", "year population estimate for the whole commu-",
                 "nity. The Multi-", "Agency panel met monthly to cut reoffend-", "ing among young people.",
                 "", "Reoffending fell by a fifth over the year."]:
        pdf.cell(0, 6, text=line, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "hyphens.pdf"
    pdf.output(str(path))
    text = " ".join(parse_file(path).text.split())
    assert "2017 mid-year population estimate" in text, text
    assert "whole community." in text, text
    assert "The Multi-Agency panel" in text, text
    assert "to cut reoffending among" in text, text


def test_hyphen_breaks_follow_the_documents_own_spelling():
    from assistant.ingest.pdf_layout import HYPHEN_BREAK
    from assistant.ingest.readers import close_hyphen_breaks

    pages = [f"a gang-{HYPHEN_BREAK}flagged crime and a cross-{HYPHEN_BREAK}border case", "cross-border work; gangflagged"]
    # the page text keeps the spelling the document uses elsewhere: 'cross-border' with its hyphen, 'gangflagged' closed
    assert close_hyphen_breaks(pages)[0] == "a gangflagged crime and a cross-border case"


def test_running_lines_printed_inside_the_page_body_are_dropped(tmp_path):
    """A text document printed to PDF keeps its running header and footer as body lines, away from the page
    edges; they repeat on every page with a rising page number and are dropped like real ones."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_font("Helvetica", size=11)
    for page in range(1, 5):
        pdf.add_page()
        pdf.cell(0, 6, text="", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 6, text=f"Burglary section {page}: dwelling burglary fell in ward {chr(64 + page)}.",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 6, text="", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 6, text=f"Page {page} of 4                    OFFICIAL", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 6, text="Riverside Community Safety Partnership      Strategic Assessment 2018-19",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 6, text=f"Notes for page {chr(64 + page)} follow here.", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "running.pdf"
    pdf.output(str(path))
    doc = parse_file(path)
    assert "of 4" not in doc.text and "OFFICIAL" not in doc.text
    assert "Strategic Assessment 2018-19" not in doc.text
    assert "fell in ward C." in doc.text and "Notes for page D follow here." in doc.text
    at = doc.text.index("fell in ward C")
    assert next(p.page for p in doc.pages if p.start <= at < p.end) == 3
