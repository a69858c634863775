"""Reading text and PDF files, and the typed errors bad files get."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import (
    CorpusError,
    EncryptedDocument,
    NoTextLayer,
    UnreadableDocument,
    UnsupportedFileType,
)
from assistant.ingest import parse_file, scan_corpus
from support import make_report_pdf


def test_text_falls_back_to_cp1252(tmp_path):
    p = tmp_path / "cp.txt"
    p.write_bytes("Cost £1,470 – higher than average.".encode("cp1252"))
    doc = parse_file(p)
    assert "£1,470 – higher" in doc.text


def test_utf8_text_is_read_verbatim(tmp_path):
    p = tmp_path / "u.txt"
    p.write_text("Title\tSomewhere Community Safety Partnership: Assessment (2021)\n\nBody £ – text.\n", encoding="utf-8")
    doc = parse_file(p)
    assert doc.text.startswith("Title\tSomewhere")
    assert doc.meta.partnership == "Somewhere"
    assert doc.meta.period == "2021"
    assert set(doc.meta.inferred) == {"title", "partnership", "period"}


def test_typesetting_marks_are_read_as_plain_letters(tmp_path):
    # text extracted by another tool keeps ligatures, no-break spaces, soft and zero-width marks
    p = tmp_path / "typeset.txt"
    p.write_text("Burglary o\ufb00ences rose to 1\u00a0234; \ufb01gures for \ufb02ats are crimi\u00ad\nnal "
                 "da\u200bmage.\n", encoding="utf-8")
    doc = parse_file(p)
    assert "Burglary offences rose to 1 234; figures for flats are criminal damage." in doc.text


def test_binary_junk_in_txt_is_unreadable(tmp_path):
    p = tmp_path / "junk.txt"
    p.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(UnreadableDocument) as info:
        parse_file(p)
    assert "junk.txt" in str(info.value) and "binary" in str(info.value)


@pytest.mark.parametrize(
    "name,content,error,reason",
    [
        ("empty.pdf", b"", UnreadableDocument, "empty"),
        ("fake.pdf", b"This is plain text pretending to be a PDF.\n" * 20, UnreadableDocument, "not a PDF"),
        ("notes.docx", b"PK\x03\x04 something", UnsupportedFileType, "unsupported file type"),
    ],
)
def test_bad_files_get_typed_errors(tmp_path, name, content, error, reason):
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(error) as info:
        parse_file(p)
    assert name in str(info.value) and reason in str(info.value)


def test_truncated_pdf_is_unreadable(tmp_path):
    good = make_report_pdf(tmp_path / "good.pdf")
    bad = tmp_path / "truncated.pdf"
    bad.write_bytes(good.read_bytes()[:400])
    with pytest.raises((UnreadableDocument, NoTextLayer)) as info:
        parse_file(bad)
    assert "truncated.pdf" in str(info.value)


def test_encrypted_pdf(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, "Confidential assessment")
    p = tmp_path / "locked.pdf"
    pdf.output(str(p))
    with pytest.raises(EncryptedDocument) as info:
        parse_file(p)
    assert "locked.pdf" in str(info.value) and "encrypted" in str(info.value)


def test_image_only_pdf_has_no_text_layer(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    for _ in range(2):
        pdf.add_page()
        pdf.rect(20, 20, 100, 60, style="F")
    p = tmp_path / "scan.pdf"
    pdf.output(str(p))
    with pytest.raises(NoTextLayer) as info:
        parse_file(p)
    assert "scan.pdf" in str(info.value) and "no text layer" in str(info.value)


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    make_report_pdf(tmp_path / "good.pdf")
    (tmp_path / "good.txt").write_text("Introduction\n\nA short assessment of Anytown.\n")
    (tmp_path / "zero.pdf").write_bytes(b"")
    (tmp_path / "sheet.xlsx").write_bytes(b"PK")
    scan = scan_corpus(tmp_path)
    assert sorted(d.meta.source for d in scan.documents) == ["good.pdf", "good.txt"]
    assert sorted(Path(e.path).name for e in scan.errors) == ["sheet.xlsx", "zero.pdf"]


def test_folder_with_no_documents(tmp_path):
    (tmp_path / "README.md").write_text("nothing here")
    with pytest.raises(CorpusError) as info:
        scan_corpus(tmp_path)
    assert "no readable documents" in str(info.value)
