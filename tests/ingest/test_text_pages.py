"""Text documents extracted from PDFs keep their printed pages, without running headers and footers."""

from assistant.ingest import parse_file
from assistant.ingest.readers import text_pages


def _pages(n: int, footer: str, body: str = "Crime rose in the borough this year.") -> str:
    out = []
    for i in range(1, n + 1):
        out.append(f"{body} Paragraph {chr(64 + i)}.\n\n{footer.format(i=i)}\nOFFICIAL\n")
    return "\n".join(out)


def test_footers_with_rising_page_numbers_mark_pages_and_go():
    text = _pages(4, "Riverside CSP Strategic Assessment 2019/20          {i}")
    clean, spans = text_pages(text)
    assert [s.page for s in spans] == [1, 2, 3, 4]
    assert "Strategic Assessment 2019/20" not in clean and "OFFICIAL" not in clean
    assert "Paragraph C." in clean[spans[2].start : spans[2].end]


def test_a_header_saying_page_two_first_starts_its_page():
    lines = ["Cover title", "", "Contents", ""]
    for i in range(2, 6):
        lines += [f"Riverside CSP | Assessment                        Page {i} of 9", "", f"Section {chr(64 + i)} text.", ""]
    clean, spans = text_pages("\n".join(lines))
    assert [s.page for s in spans] == [1, 2, 3, 4, 5]
    assert "Cover title" in clean[spans[0].start : spans[0].end]
    assert "Section D text." in clean[spans[3].start : spans[3].end]


def test_form_feeds_are_pages():
    clean, spans = text_pages("one\fsecond page\fthird")
    assert [s.page for s in spans] == [1, 2, 3]
    assert clean[spans[1].start : spans[1].end] == "second page"


def test_text_without_page_markers_is_left_alone():
    # numbers that repeat but do not rise (a table printed one cell per line) are no page markers
    text = "Table 1\n2012\n2013\n612\n574\n\nTable 2\n2012\n2013\n41\n37\n\nTable 3\n2012\n2013\n22\n38\n"
    assert text_pages(text) == (text, ())


def test_parsed_text_document_cites_printed_pages(tmp_path):
    body = "Burglary\n\nBurglary fell by 12% in the year to March 2020.\n"
    text = "Riverside Community Safety Partnership\n\n" + "\n".join(
        f"{body if i == 3 else 'Other matters.'}\n\nRiverside CSP   Strategic Assessment          Page {i} of 5\n"
        for i in range(1, 6))
    path = tmp_path / "riverside_2020_strategic-assessment.txt"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    at = doc.text.index("Burglary fell")
    assert next(p.page for p in doc.pages if p.start <= at < p.end) == 3
    assert "Page 3 of 5" not in doc.text
