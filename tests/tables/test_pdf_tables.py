"""Tables inside a generated PDF: pypdf separates cells with spaces, not tabs."""

from fpdf import FPDF
from pypdf import PdfReader

from assistant.tables import extract_tables
from assistant.types import PageSpan

from ._support import make_doc, one

WARD_HEADER = ["Ward Name", "ALL CRIME", "Burglary", "Drug Offences", "Theft", "Vehicle Offences"]
WARD_ROWS = [
    ["Northgate", "120.5", "8.1", "3.2", "40.2", "6.6"],
    ["Southfield & Mill", "60.1", "4.0", "0.9", "12.5", "3.3"],
    ["Eastbrook", "48.0", "12.9", "0.4", "9.1", "5.0"],
    ["St Anne's", "35.2", "2.2", "0.0", "6.0", "1.9"],
]
AREA_HEADER = ["Offence", "Northshire", "Force area", "England & Wales"]
AREA_ROWS = [["Burglary", "4.1", "3.9", "4.5"], ["Shoplifting", "3.0", "3.6", "3.8"], ["Robbery", "0.6", "0.9", "1.0"]]


def _table(pdf: FPDF, header: list[str], rows: list[list[str]], width: float) -> None:
    pdf.set_font("Helvetica", "B", 8)
    for c in header:
        pdf.cell(width, 7, c, border=1)
    pdf.ln()
    pdf.set_font("Helvetica", size=8)
    for r in rows:
        for c in r:
            pdf.cell(width, 7, c, border=1)
        pdf.ln()


def make_pdf(path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Northshire Community Safety Strategic Assessment 2021-22. This page introduces the report.")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 8, "Offence rates per 1,000 population, 2021-22", new_x="LMARGIN", new_y="NEXT")
    _table(pdf, WARD_HEADER, WARD_ROWS, 31)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 8, "Rates of Recorded Crime per 1,000 residents (2021-22)", new_x="LMARGIN", new_y="NEXT")
    _table(pdf, AREA_HEADER, AREA_ROWS, 40)
    pdf.output(str(path))


def read_pdf(path):
    pages, texts, pos = [], [], 0
    for i, page in enumerate(PdfReader(str(path)).pages, start=1):
        t = page.extract_text()
        texts.append(t)
        pages.append(PageSpan(i, pos, pos + len(t)))
        pos += len(t) + 2
    return make_doc("\n\n".join(texts), doc_id="northshire_2022", pages=pages)


def test_ward_table_in_a_pdf_is_found_with_its_page(tmp_path):
    path = tmp_path / "northshire.pdf"
    make_pdf(path)
    doc = read_pdf(path)
    assert "\t" not in doc.text
    r = extract_tables(doc)
    assert not [p for p in r.problems if p.severity == "error"]
    ward = r.table("northshire_2022:ward_rates-1")
    assert ward.frame.shape == (4, 6)
    assert list(ward.frame.columns) == WARD_HEADER
    assert ward.info.page == 2 and ward.info.period == "2021-22" and ward.info.unit == "per 1,000 population"
    v = r.values[r.values.table_id == ward.info.table_id]
    assert len(v) == 20
    cell = one(v, area="Southfield & Mill", measure="drug offences")
    assert (cell.value, cell.page, cell.page_inferred) == (0.9, 2, False)
    assert doc.text[cell.start:cell.end] == cell.row_text == "Southfield & Mill 60.1 4.0 0.9 12.5 3.3"
    assert doc.text[cell.cell_start:cell.cell_end] == "0.9"
    assert one(v, area="St Anne's", measure="vehicle offences").value == 1.9


def test_comparator_table_in_a_pdf(tmp_path):
    path = tmp_path / "northshire.pdf"
    make_pdf(path)
    r = extract_tables(read_pdf(path))
    comp = r.table("northshire_2022:comparator-1")
    assert list(comp.frame.columns) == AREA_HEADER
    v = r.values[r.values.table_id == comp.info.table_id]
    shop = v[v.measure == "shoplifting"].set_index("area_type")["value"].to_dict()
    assert shop == {"partnership": 3.0, "force": 3.6, "national": 3.8}
    assert set(v.page) == {3}


def test_flags_on_a_pdf_ward_table(tmp_path):
    from assistant.tables import TableStore

    path = tmp_path / "northshire.pdf"
    make_pdf(path)
    store = TableStore.from_results([extract_tables(read_pdf(path))])
    flags = store.flags("northshire_2022:ward_rates-1", "Burglary")
    assert flags.wards() == ["Eastbrook"]
