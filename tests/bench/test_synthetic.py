"""The synthetic corpus: deterministic, parsed like the real documents, and consistent within each document."""

from __future__ import annotations

import json
import re

from assistant.bench.synthetic import WARD_COLUMNS, add_document, generate_corpus, make_partnerships
from assistant.ingest import Chunker, scan_corpus


def test_same_seed_same_bytes_other_seed_other_corpus(tmp_path):
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    generate_corpus(a, 12, seed=1)
    generate_corpus(b, 12, seed=1)
    generate_corpus(c, 12, seed=2)
    files = sorted(p.name for p in a.iterdir())
    assert files == sorted(p.name for p in b.iterdir())
    assert all((a / f).read_bytes() == (b / f).read_bytes() for f in files)
    assert files != sorted(p.name for p in c.iterdir())


def test_names_years_and_files_are_unique_at_scale(tmp_path):
    manifest = json.loads(generate_corpus(tmp_path, 1000, seed=0).read_text())
    docs = manifest["documents"]
    assert len(docs) == 1000 == len({d["file"] for d in docs}) == len(list(tmp_path.glob("*.txt")))
    assert len({(d["partnership"], d["data_period"]) for d in docs}) == 1000
    years = {int(re.search(r"_(\d{4})_", d["file"]).group(1)) for d in docs}
    assert years == set(range(2015, 2026))
    assert len({d["partnership"] for d in docs}) >= 1000 // 11
    ps = make_partnerships(200, seed=0)
    assert len({p.name for p in ps}) == 200 and all(10 <= len(p.wards) <= 22 for p in ps)


def test_documents_parse_like_the_real_ones(tmp_path):
    generate_corpus(tmp_path, 6, seed=3)
    scan = scan_corpus(tmp_path)
    assert len(scan.documents) == 6 and not scan.errors
    for doc in scan.documents:
        assert doc.meta.partnership and doc.meta.period and not doc.meta.inferred  # from the manifest
        paths = {" > ".join(s.path) for s in doc.sections}
        assert "Contents" in paths and "Appendices > Data tables" in paths
        assert any(p.startswith("Community Safety Strategic Priorities > ") for p in paths)
        assert any(p.startswith("Recommendations > ") for p in paths)
        assert all(s.page is not None for s in doc.sections if s.path[0] not in ("Front matter", "Contents"))
        kinds = {c.kind for c in Chunker().chunk(doc)}
        assert kinds == {"text", "table", "card"}


def test_hotspot_wards_are_the_top_of_the_ward_table(tmp_path):
    generate_corpus(tmp_path, 4, seed=4)
    for path in tmp_path.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        header, *rows = text[text.index("Ward Name\t"):].strip().splitlines()
        cols = header.split("\t")
        table = {r.split("\t")[0]: dict(zip(cols[1:], map(float, r.split("\t")[1:]))) for r in rows}
        assert [c for c, _ in WARD_COLUMNS] == cols[2:]
        for m in re.finditer(r"Local hotspot wards: (.+)", text):
            if m.group(1).startswith("See"):
                continue
            named = re.findall(r"([^,]+?) \(rate: ([\d.]+)\)", m.group(1))
            rates = [float(r) for _, r in named]
            col = next(c for c in cols[2:] if all(table[w.strip()][c] == r for (w, _), r in zip(named, rates)))
            top = sorted((table[w][col] for w in table), reverse=True)[: len(named)]
            assert rates == top  # the named wards have the highest rates (ties aside)


def test_add_document_extends_files_and_manifest(tmp_path):
    generate_corpus(tmp_path, 3, seed=5)
    path = add_document(tmp_path, seed=9)
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert path.exists() and manifest["documents"][-1]["file"] == path.name
    assert len(scan_corpus(tmp_path).documents) == 4
