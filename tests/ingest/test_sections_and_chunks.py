"""The sample documents' sections, chunk offsets, tables kept whole, fact cards, offline token counts."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from assistant.ingest import parse_file
from assistant.ingest.chunker import Chunker
from assistant.ingest.manifest import read_manifest
from assistant.text import heading_key as _norm, parse_contents
from assistant.settings import BUNDLED_CORPUS

SAMPLES = sorted(p for p in BUNDLED_CORPUS.glob("*.txt"))
MANIFEST = read_manifest(BUNDLED_CORPUS)


def _doc(name):
    return parse_file(BUNDLED_CORPUS / name, MANIFEST[name])


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_sections_follow_the_contents_list(path):
    doc = _doc(path.name)
    entries, _ = parse_contents(doc.text)
    titles = {_norm(s.title) for s in doc.sections}
    if entries:
        body_lines = {_norm(l) for l in doc.text.splitlines()}
        printed = [e for e in entries if _norm(e.title) in body_lines]
        found = [e for e in printed if _norm(e.title.rstrip(". ")) in titles]
        # every heading the contents list names and the body prints becomes a section
        assert len(found) >= len(printed) - 1, [e.title for e in printed if e not in found]
        assert any(s.page_inferred for s in doc.sections)
    else:  # the county agreement has no contents list: numbered headings instead
        assert {"introduction", "governance", "county priorities"} <= titles
    for s in doc.sections:
        assert 0 <= s.start < s.end <= len(doc.text)


def test_lichfield_priority_paths():
    doc = _doc("lichfield_2019_strategic-assessment.txt")
    paths = {" > ".join(s.path): s for s in doc.sections}
    ckb = paths["Community Safety Strategic Priorities > Burglaries (Car Key)"]
    assert ckb.page == 11 and ckb.page_inferred
    assert "Recommendations > Burglaries (Car Key)" in paths
    assert "Appendices > Data tables" in paths


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_chunks_are_verbatim_and_bounded(path):
    doc = _doc(path.name)
    chunks = Chunker(max_tokens=220, table_max_tokens=400).chunk(doc)
    assert chunks
    for c in chunks:
        assert doc.text[c.start : c.end] == c.text
        assert c.section_path and c.section_path[0] != "Contents"
        if c.kind == "text":
            # a single over-long sentence may exceed the bound; packed chunks never do
            assert c.token_count <= 220 or "\n" not in c.text.strip()


def test_tables_are_never_cut_mid_row():
    doc = _doc("lichfield_2019_strategic-assessment.txt")
    chunks = Chunker(table_max_tokens=120).chunk(doc)
    ward_parts = [c for c in chunks if c.kind == "table" and "Ward Name" in (c.text + c.context)]
    assert len(ward_parts) >= 2, "the ward table should be split at this small bound"
    rows = {l for l in doc.text.splitlines() if "\t" in l}
    for part in ward_parts:
        for line in part.text.splitlines():
            if "\t" in line:
                assert line in rows  # whole rows only
        if "Ward Name" not in part.text:
            assert "Ward Name\tALL CRIME" in part.context  # header repeated for later parts
            assert "Offence rates per 1,000 population" in part.context  # and the title


def test_fact_card_stays_together_with_its_priority():
    doc = _doc("lichfield_2019_strategic-assessment.txt")
    chunks = Chunker().chunk(doc)
    card = next(c for c in chunks if "Shenstone (Residential Burglary, 12.2" in c.text)
    assert card.kind == "card"
    assert card.section_path == ("Community Safety Strategic Priorities", "Burglaries (Car Key)")
    for field in ("Local rate: 3.8", "Force rate: 3.3", "Direction of travel", "Local hotspot wards", "Bourne Vale", "Little Aston"):
        assert field in card.text


def test_token_counting_works_offline(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "TIKTOKEN_CACHE_DIR"}
    # Any attempt to download would go to a closed port and fail.
    env.update(HTTPS_PROXY="http://127.0.0.1:9", HTTP_PROXY="http://127.0.0.1:9", TIKTOKEN_CACHE_DIR="")
    code = "from assistant.ingest.tokens import count_tokens; print(count_tokens('Local rate: 3.8 per 1,000 people'))"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.strip()) > 5


def test_a_sentence_wrapped_onto_the_next_printed_line_is_never_cut_by_a_chunk():
    """A hard-wrapped sentence ('... a knife' / 'or sharp instrument ...', '... mortality in the' / 'North East.') is one
    unit, so a passage never starts or ends halfway through it."""
    from assistant.ingest.chunker import _units

    text = ("Alcohol harm is high, with one of the highest rates of alcohol-specific mortality in the\n"
            "North East. Knife crime remains low. The police recorded 58 offences involving a knife\n"
            "or sharp instrument in 2016/17, compared with 47 in 2015/16.\n\nA new paragraph starts here.\n")
    units = [" ".join(text[a:b].split()) for a, b in _units(text, 0, len(text))]
    assert "Alcohol harm is high, with one of the highest rates of alcohol-specific mortality in the North East." in units
    assert ("The police recorded 58 offences involving a knife or sharp instrument in 2016/17, compared with 47 in "
            "2015/16.") in units
    assert "A new paragraph starts here." in units


def test_a_line_with_two_figures_is_a_finding_not_a_heading():
    """A key-findings bullet whose bullet a PDF drew as a shape reads like a short title; its two figures
    make it a finding, and it opens no section."""
    from assistant.ingest.sections import find_sections

    text = ("KEY FINDINGS\n\nHate crime up from 22 to 38 offences\n\nThe rise followed national events in May and "
            "was concentrated in the town centre.\n\nBURGLARY\n\nBurglary fell by a fifth, with the largest falls "
            "in the north of the borough.\n")
    titles = [s.path[-1] for s in find_sections(text)]
    assert "BURGLARY" in titles and "KEY FINDINGS" in titles, titles
    assert not any("22 to 38" in t for t in titles), titles


def test_a_contents_list_without_page_numbers_one_title_per_paragraph_heads_nothing():
    """A PDF converter may write an unnumbered contents list one title per paragraph, its last two entries on
    one line: the titles are the contents section's text, and the body's headings are the sections."""
    from assistant.ingest.sections import find_sections

    titles = ["Why we produce this assessment", "The borough at a glance", "Where crime happens",
              "Anti-social behaviour", "Recommendations"]
    contents = "\n\n".join(f"{i}. {t}" for i, t in enumerate(titles, 1)) + " Annex: Glossary"
    body = "\n\n".join(f"{i}. {t}\n\n" + f"The {t.lower()} chapter says what the partnership found this year. " * 3
                       for i, t in enumerate(titles, 1))
    text = f"Contents\n\n{contents}\n\n{body}\n\nAnnex: Glossary\n\nASB anti-social behaviour\n"
    sections = find_sections(text)
    paths = [s.path for s in sections]
    assert ("Contents",) in paths, paths
    where = next(s for s in sections if s.path[-1] == "Where crime happens")
    assert where.path == ("Where crime happens",) and where.start > text.index(body[:20]), paths
    assert not any("Annex: Glossary" in p[0] and len(p) == 1 and s.end - s.start > 200
                   for p, s in zip(paths, sections)), paths
