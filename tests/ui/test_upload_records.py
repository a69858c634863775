"""Issues 12 and 13 for uploads: each upload is recorded (time, hash, original name) and its documents carry provenance
"upload (...)"; on the Corpus page an upload's inferred partnership and kind can be corrected, and answers use them."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

from streamlit.testing.v1 import AppTest

from assistant.answer.provenance import source_label, trust
from assistant.ingest import scan_corpus
from assistant.ingest.upload_record import UPLOAD_RECORD
from assistant.service import Assistant, Filters
from assistant.settings import Settings
from assistant.types import DocumentMeta
from ui.uploads import RECORD, add_uploads, upload_folder, upload_records
from app_driver import start, unescape

NAME = "Rugeley_review.txt"
# Names Lichfield's partnership, so the partnership inferred from the text is Lichfield; the review is of Rugeley,
# which is in Cannock Chase: the user corrects it.
TEXT = ("Lichfield Community Safety Partnership review 2024\n\nShed burglary\n\nShed burglary rose sharply in the "
        "northern estates of Rugeley during the winter of 2023-24, with sheds and garages entered at night.\n").encode()
QUESTION = "shed burglary in the northern estates of Rugeley"


def page_text(at: AppTest) -> str:
    return unescape("\n".join([m.value for m in at.markdown] + [c.value for c in at.caption]))


# the record and the provenance, without a build ---------------------------------------------------------------------
def test_the_ui_and_the_build_name_the_same_record():
    assert RECORD == UPLOAD_RECORD and RECORD.startswith("."), "hidden: never listed as a document"


def test_provenance_of_an_upload_and_of_a_corrected_one():
    meta = DocumentMeta("r", NAME, "Review", "Lichfield", None, None, "2023-24",
                        inferred=("title", "partnership", "period"), uploaded="uploaded 2024-05-01T10:00:00+00:00, "
                                                                              "sha256 0123456789ab")
    assert meta.provenance == ("upload (uploaded 2024-05-01T10:00:00+00:00, sha256 0123456789ab); "
                               "inferred: partnership, period, title")
    assert trust(meta) == 1, "an upload's inferred partnership never outranks the manifest"
    fixed = DocumentMeta("r", NAME, "Review", "Cannock Chase", "review", None, "2023-24", inferred=("title", "period"),
                         uploaded=meta.uploaded, corrected=("partnership", "kind"))
    assert fixed.provenance.startswith("upload (uploaded 2024-05-01T10:00:00+00:00, sha256 0123456789ab), "
                                       "corrected by the user: partnership, kind; inferred: period, title")
    assert source_label(fixed) == (f"{NAME} (uploaded 2024-05-01T10:00:00+00:00, sha256 0123456789ab; partnership "
                                   f"and kind set by the user; period and title inferred from the text of {NAME})")
    assert DocumentMeta.from_dict(json.loads(json.dumps(fixed.to_dict()))) == fixed
    plain = DocumentMeta("m", "m.txt", "M", "Tamworth", "sa", None, "2020-21")
    assert plain.provenance == "manifest" and source_label(plain) == "m.txt (manifest)"
    assert DocumentMeta.from_dict({k: v for k, v in plain.to_dict().items() if k not in ("uploaded", "corrected")}) \
        == plain, "documents of an index built before uploads were recorded still load"


def test_the_build_reads_the_record_and_checks_its_hash(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / NAME).write_bytes(TEXT)
    (corpus / "listed.txt").write_bytes(TEXT.replace(b"Rugeley", b"Fazeley"))
    (corpus / "other.txt").write_bytes(TEXT.replace(b"Rugeley", b"Burntwood"))
    (corpus / "manifest.json").write_text(json.dumps([{"file": "listed.txt", "title": "Listed", "partnership": "Tamworth"}]))
    entry = {"sha256": hashlib.sha256(TEXT).hexdigest(), "uploaded_at": "2024-05-01T10:00:00+00:00",
             "partnership": "Cannock Chase", "kind": "community safety review"}
    (corpus / UPLOAD_RECORD).write_text(json.dumps({"uploads": [
        {"file": NAME, **entry},
        {"file": "listed.txt", **entry, "sha256": hashlib.sha256((corpus / "listed.txt").read_bytes()).hexdigest()},
        {"file": "other.txt", **entry},  # the hash of other bytes: not this file's record
        {"file": "broken.txt", "sha256": ["not", "text"]},
    ]}))
    metas = {d.meta.source: d.meta for d in scan_corpus(corpus).documents}
    assert set(metas) == {NAME, "listed.txt", "other.txt"}, "the record itself is never read as a document"
    up = metas[NAME]
    assert (up.partnership, up.kind, up.corrected) == ("Cannock Chase", "community safety review", ("partnership", "kind"))
    assert "partnership" not in up.inferred and "title" in up.inferred
    assert up.provenance.startswith(f"upload (uploaded 2024-05-01T10:00:00+00:00, sha256 {entry['sha256'][:12]}), "
                                    "corrected by the user: partnership, kind")
    listed = metas["listed.txt"]
    assert listed.partnership == "Tamworth" and not listed.corrected and listed.uploaded, \
        "a manifest entry is never overridden by a correction"
    assert metas["other.txt"].uploaded is None and metas["other.txt"].partnership == "Lichfield"


# the UI --------------------------------------------------------------------------------------------------------------
def test_upload_is_recorded_and_shown_with_its_time_and_hash(own_copy, monkeypatch):
    corpus, index = own_copy
    monkeypatch.setenv("CSA_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("CSA_INDEX_DIR", str(index))
    at = start("views/corpus.py")
    at.file_uploader[0].upload("../Rugeley review.txt", TEXT, "text/plain")
    at.run()
    at.button(key="add_uploads").click().run(timeout=300)
    assert not at.exception, [e.value for e in at.exception]

    settings = Settings(corpus_dir=corpus, index_dir=index)
    record = json.loads((upload_folder(settings) / RECORD).read_text())["uploads"]
    assert len(record) == 1
    entry = record[0]
    digest = hashlib.sha256(TEXT).hexdigest()
    assert entry["file"] == NAME and entry["original_name"] == "../Rugeley review.txt" and entry["sha256"] == digest
    assert datetime.fromisoformat(entry["uploaded_at"]).tzinfo is not None

    docs = at.dataframe[0].value
    assert len(docs) == 6
    row = docs[docs["File"] == NAME].iloc[0]
    assert row["Uploaded"] == f"uploaded {entry['uploaded_at']}, sha256 {digest[:12]}"
    shown = page_text(at)
    assert f"Uploaded {entry['uploaded_at']} as ../Rugeley review.txt · sha256 {digest}" in shown
    assert "Partnership: Lichfield (inferred)" in shown and "Kind: not found in the text (inferred)" in shown
    assert f"Provenance: upload (uploaded {entry['uploaded_at']}, sha256 {digest[:12]}); inferred: partnership" in shown

    answer = Assistant(settings).ask(QUESTION)
    cited = [c for c in answer.citations if c.source == NAME]
    assert cited and all(c.provenance.startswith(f"upload (uploaded {entry['uploaded_at']}, sha256 {digest[:12]})")
                         for c in cited)
    assert all(c.provenance == "manifest" for c in answer.citations if c.source != NAME)


def test_correcting_an_uploads_partnership_and_kind(own_copy, monkeypatch):
    corpus, index = own_copy
    monkeypatch.setenv("CSA_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("CSA_INDEX_DIR", str(index))
    settings = Settings(corpus_dir=corpus, index_dir=index)
    outcome = add_uploads(Assistant(settings), [("Rugeley review.txt", TEXT)])
    assert outcome.added == [("Rugeley review.txt", NAME)]

    at = start("views/corpus.py")
    assert "Partnership: Lichfield (inferred)" in page_text(at)
    assert not [t for t in at.text_input if t.key.startswith("fix-") and not t.key.endswith(NAME)], \
        "documents of the manifest offer no correction"
    at.text_input(key=f"fix-partnership-{NAME}").set_value("Cannock Chase")
    at.text_input(key=f"fix-kind-{NAME}").set_value("community safety review")
    at.button(key=f"fix-save-{NAME}").click().run(timeout=300)
    assert not at.exception, [e.value for e in at.exception]
    assert any(NAME in unescape(s.value) for s in at.success), [e.value for e in at.error]

    shown = page_text(at)
    assert "Partnership: Cannock Chase (set by the user)" in shown
    assert "Kind: community safety review (set by the user)" in shown
    assert "corrected by the user: partnership, kind; inferred: period, title" in shown
    entry = upload_records(settings)[NAME]
    assert (entry["partnership"], entry["kind"]) == ("Cannock Chase", "community safety review") and entry["corrected_at"]
    docs = at.dataframe[0].value
    row = docs[docs["File"] == NAME].iloc[0]
    assert row["Partnership"] == "Cannock Chase" and row["Set by the user"] == "partnership, kind"

    assistant = Assistant(settings)
    meta = next(d for d in assistant.documents() if d.source == NAME)
    assert meta.partnership == "Cannock Chase" and meta.provenance.startswith("upload (uploaded ")
    assert "upload" in meta.provenance and "corrected by the user" in meta.provenance
    answer = assistant.ask(QUESTION)
    cited = [c for c in answer.citations if c.source == NAME]
    assert cited and all(c.partnership == "Cannock Chase" for c in cited), "answers use the corrected partnership"
    only = Filters(partnerships=("Cannock Chase",))
    assert any(r.chunk.doc_id == meta.doc_id for r in assistant.retrieve(QUESTION, filters=only))
    assert not any(r.chunk.doc_id == meta.doc_id
                   for r in assistant.retrieve(QUESTION, filters=Filters(partnerships=("Lichfield",))))

    # an empty value goes back to what the text says
    at.text_input(key=f"fix-partnership-{NAME}").set_value("")
    at.text_input(key=f"fix-kind-{NAME}").set_value("")
    at.button(key=f"fix-save-{NAME}").click().run(timeout=300)
    assert not at.exception, [e.value for e in at.exception]
    assert "Partnership: Lichfield (inferred)" in page_text(at)
