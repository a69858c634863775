"""Uploads: names are sanitised, nothing is overwritten or written outside the corpus, bad files are named."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from assistant.settings import Settings
from ui.uploads import UploadRejected, add_uploads, sanitise_name, upload_folder, uploaded_files


@pytest.mark.parametrize("name, safe", [
    ("report.txt", "report.txt"),
    ("../../etc/passwd.txt", "passwd.txt"),
    ("..\\..\\windows\\evil.PDF", "evil.pdf"),
    ("/abs/path/Tamworth SA 2021.pdf", "Tamworth_SA_2021.pdf"),
    ("Café <script>.txt", "Cafe_script.txt"),
    (".hidden.txt", "hidden.txt"),
    (".txt", "upload.txt"),
    ("README.txt", "upload-README.txt"),
    ("a" * 300 + ".txt", "a" * 116 + ".txt"),
])
def test_sanitise_name(name, safe):
    assert sanitise_name(name) == safe


@pytest.mark.parametrize("name", ["manifest.json", "notes.docx", "noextension", "..", "", "x.txt.exe"])
def test_sanitise_refuses_what_cannot_be_read(name):
    with pytest.raises(UploadRejected):
        sanitise_name(name)


TEXT = b"Burntwood Review 2024\n\nFraud\n\nCourier fraud against older residents rose in Burntwood in 2023-24.\n"


def test_add_uploads_good_bad_and_duplicate(own_copy):
    corpus, index = own_copy
    before = {p.name: p.read_bytes() for p in corpus.iterdir()}
    assistant = Assistant(Settings(corpus_dir=corpus, index_dir=index))
    uploads = upload_folder(assistant.settings)
    assert uploads == index / "uploads", "uploads live beside the index by default, never in the corpus"
    bundled = corpus / "lichfield_2019_strategic-assessment.txt"
    seen = []
    outcome = add_uploads(assistant, [
        ("../outside.txt", TEXT),
        ("empty.pdf", b""),
        ("junk.pdf", b"not a pdf at all"),
        ("slides.pptx", b"PK..."),
        ("lichfield_2019_strategic-assessment.txt", b"An upload that shares a name with a corpus document.\n"),
        ("renamed copy.txt", bundled.read_bytes()),
        ("outside again.txt", TEXT),
    ], progress=lambda stage, done, total: seen.append(stage))
    assert outcome.error is None
    assert outcome.added == [("../outside.txt", "outside.txt"),
                             ("lichfield_2019_strategic-assessment.txt", "lichfield_2019_strategic-assessment-1.txt")]
    assert outcome.present == [("renamed copy.txt", bundled.name), ("outside again.txt", "outside.txt")], \
        "the same content is one document"
    reasons = dict(outcome.rejected)
    assert set(reasons) == {"empty.pdf", "junk.pdf", "slides.pptx"}
    assert "empty" in reasons["empty.pdf"] and ".pptx" in reasons["slides.pptx"] and reasons["junk.pdf"]
    assert not (corpus.parent / "outside.txt").exists()
    after = {p.name: p.read_bytes() for p in corpus.iterdir()}
    assert after == before, "the corpus folder is never written to"
    assert {p.name for p in uploaded_files(assistant.settings)} == {"outside.txt", "lichfield_2019_strategic-assessment-1.txt"}
    assert "embedded" in seen and "parsed" in seen
    assert outcome.report.skipped == [], "the bad file was removed and the index rebuilt without it"
    assert len(outcome.report.indexed) == 7
    assert len(assistant.documents()) == assistant.status().documents == 7
    assert any(c.source == "outside.txt" for c in assistant.ask("courier fraud Burntwood older residents").citations)


def test_a_pdf_named_like_a_bundled_text_is_not_hidden_by_it(own_copy, tmp_path):
    corpus, index = own_copy
    assistant = Assistant(Settings(corpus_dir=corpus, index_dir=index))
    outcome = add_uploads(assistant, [("Tamworth_2021_Strategic-Assessment.TXT", TEXT.replace(b"Burntwood", b"Fazeley"))])
    assert outcome.added == [("Tamworth_2021_Strategic-Assessment.TXT", "Tamworth_2021_Strategic-Assessment-1.txt")], \
        "a document's id is its file stem: an upload never shares one with a document already held"


def test_nothing_written_when_every_upload_is_refused(own_copy):
    corpus, index = own_copy
    before = sorted(p.name for p in corpus.iterdir())
    outcome = add_uploads(Assistant(Settings(corpus_dir=corpus, index_dir=index)), [("a.exe", b"MZ"), ("b.txt", b"")])
    assert outcome.report is None and len(outcome.rejected) == 2
    assert sorted(p.name for p in corpus.iterdir()) == before
    assert not (index / "uploads").exists() or not any((index / "uploads").iterdir())
