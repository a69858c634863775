"""The layout-aware PDF reader: tables, panels, headings, columns and running lines, on PDFs from two producers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.ingest.readers import read_pdf_file

DEVSET = Path(__file__).resolve().parents[2].parent / "shared" / "devset"

LEFT = ("Partners in the northern district met every month to review the burglary figures and agreed "
        "that the patrol plan should focus on the streets near the station where most offences happened.")
RIGHT = ("The southern district saw fewer offences overall, but the share of repeat victims was higher "
         "than in any other part of the area and support for those households was extended this year.")


def _read(path: Path) -> str:
    return read_pdf_file(path, 10**8, 1000)[0]


def _reportlab_pdf(path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Frame, Paragraph, Table, TableStyle

    c = canvas.Canvas(str(path), pagesize=A4)
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, alignment=TA_JUSTIFY)
    for n in range(1, 4):
        c.setFont("Helvetica", 8)
        c.drawString(57, 810, "Testshire Community Safety Assessment 2024")
        c.drawString(500, 30, f"Page {n}")
        if n == 1:
            c.setFont("Helvetica-Bold", 14)
            c.drawString(57, 760, "2. Burglary Priority")
            c.setFont("Helvetica", 10)
            lines = ("Residential burglary rose sharply in the north of the area last year, where many local commu-",
                     "nity groups reported more attempts on sheds, garages and outbuildings than they had seen in",
                     "any year since records began.")
            for i, line in enumerate(lines):  # justified to 482pt, as a typeset paragraph is
                text = c.beginText(57, 735 - 13 * i)
                text.setFont("Helvetica", 10)
                if i < 2:
                    text.setWordSpace((482 - stringWidth(line, "Helvetica", 10)) / line.count(" "))
                text.textLine(line)
                c.drawText(text)
            for i, (label, value) in enumerate((("Local rate", "12.5 per 1,000 households"), ("Force rate", "9.1 per 1,000 households"))):
                c.setFont("Helvetica-Bold", 10)
                c.drawString(60, 680 - 14 * i, label)
                c.setFont("Helvetica", 10)
                c.drawString(200, 680 - 14 * i, value)
            t = Table([["Area", "Rate per 1,000\nhouseholds", "Change"], ["North", "14.2", "+3.1%"], ["South", "8.7", "-1.2%"]],
                      colWidths=[120, 80, 80])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.lightblue),
                                   ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]))
            _, h = t.wrapOn(c, 400, 200)
            t.drawOn(c, 57, 620 - h)
            rows = [("Offence", "2022", "2023"), ("Shoplifting", "410", "455"), ("Vehicle crime", "220", "198")]
            for i, row in enumerate(rows):
                c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 10)
                for x, cell in zip((57, 250, 350), row):
                    c.drawString(x, 480 - 15 * i, cell)
            intro = "The assessment draws on police recorded crime, calls for service and partner data for the year. " * 5
            Frame(57, 140, 482, 200).addFromList([Paragraph(intro, body)], c)
        elif n == 2:
            Frame(57, 400, 233, 380, showBoundary=0).addFromList([Paragraph(LEFT * 2, body)], c)
            Frame(305, 400, 233, 380, showBoundary=0).addFromList([Paragraph(RIGHT * 2, body)], c)
        else:
            Frame(57, 400, 482, 380).addFromList([Paragraph("Closing remarks on the assessment and its method. " * 6, body)], c)
        c.showPage()
    c.save()
    return path


def _fpdf_pdf(path: Path) -> Path:
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            self.set_font("Helvetica", size=8)
            self.cell(0, 6, "Otherborough Partnership Plan - OFFICIAL", new_x="LMARGIN", new_y="NEXT")

        def footer(self):
            self.set_y(-12)
            self.set_font("Helvetica", size=8)
            self.cell(0, 6, f"Page {self.page_no()}")

    pdf = Doc()
    pdf.set_auto_page_break(False)
    for n in range(3):
        pdf.add_page()
        pdf.set_font("Helvetica", size=10)
        if n == 0:
            pdf.set_font("Helvetica", style="B", size=10)
            for i, cell in enumerate(("Ward", "Crimes", "Rate")):
                pdf.cell(50 if i == 0 else 30, 7, cell, border=1, fill=False)
            pdf.ln(7)
            pdf.set_font("Helvetica", size=10)
            for row in (("Riverside", "1,204", "88.1"), ("Hilltop", "402", "31.5")):
                for i, cell in enumerate(row):
                    pdf.cell(50 if i == 0 else 30, 7, cell, border=1)
                pdf.ln(7)
        elif n == 1:
            top = pdf.get_y() + 5
            pdf.set_xy(10, top)
            pdf.multi_cell(90, 5, LEFT * 2, align="J")
            pdf.set_xy(110, top)
            pdf.multi_cell(90, 5, RIGHT * 2, align="J")
        else:
            pdf.multi_cell(0, 5, "Closing remarks on the plan and its delivery.")
    pdf.output(str(path))
    return path


def test_reportlab_tables_panels_headings_and_running_lines(tmp_path):
    text = _read(_reportlab_pdf(tmp_path / "rl.pdf"))
    lines = text.split("\n")
    assert "Testshire Community Safety Assessment" not in text and "Page 2" not in text
    i = lines.index("2. Burglary Priority")
    assert (i == 0 or lines[i - 1] == "") and lines[i + 1] == ""
    assert ("Residential burglary rose sharply in the north of the area last year, where many local community groups "
            "reported more attempts on sheds, garages and outbuildings than they had seen in any year since records began.") in lines
    assert "Local rate: 12.5 per 1,000 households" in lines and "Force rate: 9.1 per 1,000 households" in lines
    assert "Area\tRate per 1,000 households\tChange" in lines
    assert "North\t14.2\t+3.1%" in lines and "South\t8.7\t-1.2%" in lines
    assert "Offence\t2022\t2023" in lines and "Shoplifting\t410\t455" in lines and "Vehicle crime\t220\t198" in lines


def test_reportlab_two_columns_read_left_then_right(tmp_path):
    text = _read(_reportlab_pdf(tmp_path / "rl.pdf"))
    assert (LEFT * 2).strip() in text.split("\n") and (RIGHT * 2).strip() in text.split("\n")
    assert text.index(LEFT) < text.index(RIGHT)


def test_fpdf_bordered_table_columns_and_footer(tmp_path):
    path = _fpdf_pdf(tmp_path / "fp.pdf")
    text, pages = read_pdf_file(path, 10**8, 1000)
    lines = text.split("\n")
    assert [p.page for p in pages] == [1, 2, 3]
    assert "OFFICIAL" not in text and "Page 1" not in text and "Page 3" not in text
    assert "Ward\tCrimes\tRate" in lines and "Riverside\t1,204\t88.1" in lines and "Hilltop\t402\t31.5" in lines
    assert (LEFT * 2).strip() in lines and (RIGHT * 2).strip() in lines
    assert text.index(LEFT) < text.index(RIGHT)


def test_every_word_kept_exactly_once(tmp_path):
    text = _read(_reportlab_pdf(tmp_path / "rl.pdf"))
    assert text.count("Shoplifting") == 1 and text.count("sheds") == 1 and text.count("14.2") == 1
    assert text.count("Closing remarks") == 6


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def test_devset_evidence_found_in_pdfs():
    questions, pdfs = DEVSET / "questions.jsonl", DEVSET / "pdf"
    if not questions.is_file() or not pdfs.is_dir():
        pytest.fail(f"the development set is missing: expected {questions} and {pdfs}/*.pdf")
    texts: dict[str, str] = {}
    found = total = 0
    for line in questions.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        for name, snippet in json.loads(line).get("evidence", []):
            pdf = pdfs / (Path(name).stem + ".pdf")
            if pdf.name not in texts:
                texts[pdf.name] = _norm(_read(pdf))
            total += 1
            # pipe tables in the text versions are drawn as real tables in the PDFs: pipes are cell borders
            found += _norm(snippet.replace("|", " ")) in texts[pdf.name]
    assert total, "no evidence snippets in the development set"
    assert found / total >= 0.9, f"evidence recall {found}/{total}"
