"""Issue 12, the corpus folder: closed to links out (#2), one id per file (#4), bad names and fields (#5), size and
junk checks before indexing (#11)."""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

import pytest

from assistant.errors import DuplicateDocument, ManifestEntryError, SkippedEntry, UnreadableDocument
from assistant.ingest import parse_file, scan_corpus
from assistant.ingest.readers import read_text_file
from assistant.settings import BUNDLED_CORPUS, Settings

TAMWORTH = BUNDLED_CORPUS / "tamworth_2021_strategic-assessment.txt"
LICHFIELD = BUNDLED_CORPUS / "lichfield_2019_strategic-assessment.txt"


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(TAMWORTH, corpus / "tamworth.txt")
    return corpus


def _skipped(scan) -> dict[str, str]:
    return {Path(e.path).name: e.reason for e in scan.errors if isinstance(e, SkippedEntry)}


# --- #2 symlinks: the corpus is a closed folder ------------------------------------------------------------------

def test_link_out_of_the_corpus_is_not_read(tmp_path):
    corpus = _corpus(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n" * 20)
    (corpus / "leak.txt").symlink_to(secret)
    scan = scan_corpus(corpus)
    assert [d.meta.source for d in scan.documents] == ["tamworth.txt"]
    assert not any("root:x:0:0" in d.text for d in scan.documents)
    assert "outside the corpus folder" in _skipped(scan)["leak.txt"]


def test_loops_dangling_links_folders_and_links_to_folders_are_reported(tmp_path):
    corpus = _corpus(tmp_path)
    (corpus / "loop1.txt").symlink_to(corpus / "loop2.txt")
    (corpus / "loop2.txt").symlink_to(corpus / "loop1.txt")
    (corpus / "dangling.txt").symlink_to(corpus / "nothing-here.txt")
    (corpus / "sub").mkdir()
    (corpus / "sub" / "inner.txt").write_text("Inner document text. " * 20)
    (corpus / "folderlink.txt").symlink_to(corpus / "sub")
    (corpus / "outfolder").symlink_to(tmp_path)
    skipped = _skipped(scan_corpus(corpus))
    assert "loop" in skipped["loop1.txt"] and "loop" in skipped["loop2.txt"]
    assert "dangling" in skipped["dangling.txt"]
    assert "folder" in skipped["sub"]
    assert "folder" in skipped["folderlink.txt"]
    assert "outside the corpus folder" in skipped["outfolder"]


def test_a_link_to_a_file_inside_the_corpus_is_read_once(tmp_path):
    corpus = _corpus(tmp_path)
    (corpus / "alias.txt").symlink_to(corpus / "tamworth.txt")
    scan = scan_corpus(corpus)
    assert len(scan.documents) == 1
    (dup,) = [e for e in scan.errors if isinstance(e, DuplicateDocument)]
    assert {Path(dup.path).name, scan.documents[0].meta.source} == {"alias.txt", "tamworth.txt"}


def test_a_manifest_linking_out_is_not_read(tmp_path):
    corpus = _corpus(tmp_path)
    outside = tmp_path / "evil.json"
    outside.write_text('{"documents": [{"file": "tamworth.txt", "partnership": "Narnia"}]}')
    (corpus / "manifest.json").symlink_to(outside)
    scan = scan_corpus(corpus)
    assert scan.documents[0].meta.partnership != "Narnia"
    assert "manifest.json" in _skipped(scan)


def test_build_summary_lists_every_skipped_entry(tmp_path):
    from assistant.builder import build_index

    corpus = _corpus(tmp_path)
    (corpus / "leak.txt").symlink_to("/etc/passwd")
    (corpus / "dangling.txt").symlink_to(corpus / "gone.txt")
    (corpus / "sub").mkdir()
    report = build_index(Settings(corpus_dir=corpus, index_dir=tmp_path / "index"))
    summary = report.summary()
    for name in ("leak.txt", "dangling.txt", "sub"):
        assert f"skipped {name}:" in summary, summary
    assert "skipped 3" in summary
    # a new link out makes the next build report it, not claim the index is up to date without it
    (corpus / "leak2.txt").symlink_to("/etc/hostname")
    again = build_index(Settings(corpus_dir=corpus, index_dir=tmp_path / "index"))
    assert "skipped leak2.txt:" in again.summary() or any(Path(e.path).name == "leak2.txt" for e in again.skipped)


# --- #4 same stem, different extension; identical content --------------------------------------------------------

def test_same_stem_different_extension_gives_two_documents(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(TAMWORTH, corpus / "harbourtown.txt")
    shutil.copy(LICHFIELD, corpus / "harbourtown.md")
    scan = scan_corpus(corpus)
    ids = sorted(d.meta.doc_id for d in scan.documents)
    assert ids == ["harbourtown.md", "harbourtown.txt"], ids
    assert not scan.errors
    # a file parsed on its own gets the same id as in the corpus scan
    assert parse_file(corpus / "harbourtown.txt").meta.doc_id == "harbourtown.txt"


def test_identical_content_is_indexed_once_and_reported(tmp_path):
    corpus = _corpus(tmp_path)
    shutil.copy(TAMWORTH, corpus / "tamworth-copy.txt")
    scan = scan_corpus(corpus)
    assert [d.meta.source for d in scan.documents] == ["tamworth-copy.txt"]
    dup = [e for e in scan.errors if isinstance(e, DuplicateDocument)]
    assert len(dup) == 1 and Path(dup[0].path).name == "tamworth.txt" and "tamworth-copy.txt" in dup[0].reason


def test_scoring_still_matches_gold_file_names_by_stem():
    from evals.scoring import _citation_docs, _doc_names

    cited = _citation_docs({"doc_id": "harbourtown.pdf", "source": "harbourtown.pdf"})
    assert cited & _doc_names("harbourtown.txt")


# --- #5 bad names and manifest fields -----------------------------------------------------------------------------

def test_file_name_that_is_not_utf8_is_reported_not_fatal(tmp_path):
    corpus = _corpus(tmp_path)
    bad = os.path.join(os.fsencode(corpus), b"caf\xe9-\xff.txt")
    with open(bad, "wb") as fh:
        fh.write(TAMWORTH.read_bytes().replace(b"Tamworth", b"Anytown"))
    scan = scan_corpus(corpus)
    assert [d.meta.source for d in scan.documents] == ["tamworth.txt"]
    (reason,) = [e for e in scan.errors if isinstance(e, SkippedEntry)]
    assert "UTF-8" in reason.reason and "\\xff" in reason.path
    str(reason).encode("utf-8")  # printable: no lone surrogates reach the summary


def test_build_with_a_non_utf8_name_completes(tmp_path):
    from assistant.builder import build_index

    corpus = _corpus(tmp_path)
    with open(os.path.join(os.fsencode(corpus), b"bad\xffname.txt"), "wb") as fh:
        fh.write(b"Some words of a text document. " * 20)
    report = build_index(Settings(corpus_dir=corpus, index_dir=tmp_path / "index"))
    assert len(report.indexed) == 1 and "bad\\xffname.txt" in report.summary()


MANIFEST = """{"documents": [
  {"file": "a.txt", "title": 42, "data_period": 2019, "partnership": "Tamworth"},
  {"file": "b.txt", "partnership": ["Lichfield", "Tamworth"]},
  {"file": ["c.txt"], "title": "a list for file"},
  {"file": "c.txt", "published": {"year": 2020}},
  "not an entry"
]}"""


def test_manifest_fields_of_the_wrong_type_are_reported_per_entry(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, src in (("a.txt", TAMWORTH), ("b.txt", LICHFIELD)):
        shutil.copy(src, corpus / name)
    (corpus / "c.txt").write_bytes(TAMWORTH.read_bytes().replace(b"Tamworth", b"Lichfield"))
    (corpus / "manifest.json").write_text(MANIFEST)
    scan = scan_corpus(corpus)
    metas = {d.meta.source: d.meta for d in scan.documents}
    assert sorted(metas) == ["a.txt", "b.txt", "c.txt"], "every document is still indexed"
    assert metas["a.txt"].title == "42" and metas["a.txt"].data_period == "2019" and metas["a.txt"].period == "2019"
    assert isinstance(metas["b.txt"].partnership, (str, type(None))) and "partnership" in metas["b.txt"].inferred
    problems = [e for e in scan.errors if isinstance(e, ManifestEntryError)]
    by_file = {Path(e.path).name: e.reason for e in problems}
    assert "'partnership'" in by_file["b.txt"] and "list" in by_file["b.txt"]
    assert "'published'" in by_file["c.txt"]
    assert sum(1 for e in problems if Path(e.path).name == "manifest.json") == 2  # the list 'file' and the string


def test_manifest_problems_do_not_abort_the_build(tmp_path):
    from assistant.builder import build_index

    corpus = _corpus(tmp_path)
    (corpus / "manifest.json").write_text('{"documents": [{"file": "tamworth.txt", "title": 7, "data_period": 2019,'
                                          ' "partnership": ["x"]}]}')
    report = build_index(Settings(corpus_dir=corpus, index_dir=tmp_path / "index"))
    assert len(report.indexed) == 1
    assert "manifest: tamworth.txt: manifest entry 1 ignored" in report.summary()
    assert "skipped 0" in report.summary()


# --- #11 size before reading; random bytes are not text -----------------------------------------------------------

def test_a_file_over_the_limit_is_never_read(tmp_path, monkeypatch):
    from assistant.builder import _corpus_hash

    corpus = _corpus(tmp_path)
    big = corpus / "huge.txt"
    with open(big, "wb") as fh:
        fh.truncate(200_000_000)  # sparse: no disk used, but 200 MB if read
    reads: list[str] = []
    real_open = Path.open

    def spy_open(self, mode="r", *args, **kwargs):
        if self.name == "huge.txt":
            reads.append(mode)
        return real_open(self, mode, *args, **kwargs)

    def spy_read_bytes(self):
        if self.name == "huge.txt":
            reads.append("read_bytes")
        with real_open(self, "rb") as fh:
            return fh.read()

    monkeypatch.setattr(Path, "open", spy_open)
    monkeypatch.setattr(Path, "read_bytes", spy_read_bytes)
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", max_file_mb=40)
    scan = scan_corpus(corpus, settings.max_file_mb)
    _corpus_hash(settings, [corpus / "huge.txt", corpus / "tamworth.txt"])
    assert any("huge.txt" in str(e) and "limit" in e.reason for e in scan.errors)
    assert reads == [], f"the oversized file was opened: {reads}"


def test_random_bytes_without_nul_are_not_text(tmp_path):
    rng = random.Random(7)
    # every byte that cp1252 decodes and that is not a control character: nothing for the existing checks to catch
    allowed = [b for b in range(0x20, 0x100) if b not in (0x7F, 0x81, 0x8D, 0x8F, 0x90, 0x9D)] + [0x0A]
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(rng.choice(allowed) for _ in range(100_000)))
    with pytest.raises(UnreadableDocument, match="not text"):
        read_text_file(junk, 10_000_000)
    ascii_junk = tmp_path / "ascii.txt"
    ascii_junk.write_bytes(bytes(rng.randrange(0x21, 0x7F) for _ in range(100_000)))
    with pytest.raises(UnreadableDocument, match="not text"):
        read_text_file(ascii_junk, 10_000_000)


def test_real_documents_are_still_text():
    for path in sorted(BUNDLED_CORPUS.glob("*.txt")):
        assert read_text_file(path, 40_000_000).strip()


def test_a_build_over_many_tables_it_cannot_turn_into_values_names_three_and_counts_the_rest():
    from assistant.types import BuildReport

    report = BuildReport(table_problems=[f"doc{i}.pdf (Table {i}): numeric table not recognised" for i in range(7)])
    lines = report.summary().splitlines()
    named = [l for l in lines if l.startswith("  table not turned into values:")]
    assert len(named) == 3 and "doc0.pdf (Table 0)" in named[0]
    assert any("and 4 more tables not turned into values" in l for l in lines)
