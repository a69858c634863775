"""Property tests for the readers, the section finder and the chunker: no crash, no lost text, offsets slice back."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from assistant.errors import DocumentError
from assistant.ingest import parse_file
from assistant.ingest.chunker import Chunker
from assistant.ingest.readers import read_text_file
from assistant.ingest.sections import CONTENTS_TITLE, find_sections
from assistant.types import DocumentMeta, ParsedDocument

PROPS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = ("crime", "burglary", "ward", "partnership", "rate", "force", "Tamworth", "Stowe", "ASB", "domestic",
         "abuse", "2019-20", "12.5%", "£1,200", "per", "1,000", "people", "the", "and", "of", "high", "rising",
         "Chasetown", "knife", "fraud", "victims", "Mental", "Health", "¹", "–", "“quoted”", "e.g.", "Dr.")
# characters that split lines for str.splitlines but not for split("\n"), and other awkward whitespace
ODD = st.sampled_from(["\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u00a0", "\t", "  ", "\u200b", ""])

word = st.sampled_from(WORDS)
heading = st.lists(word, min_size=1, max_size=5).map(lambda ws: " ".join(ws).capitalize())
sentence = st.lists(word, min_size=1, max_size=14).map(lambda ws: " ".join(ws).capitalize() + st_end(ws))


def st_end(ws: list[str]) -> str:
    return "." if len(ws) % 3 else "?"


paragraph = st.lists(sentence, min_size=1, max_size=6).map(" ".join)
table_row = st.lists(st.one_of(word, st.floats(0, 500).map(lambda f: f"{f:.1f}"), st.just("")), min_size=2, max_size=8).map("\t".join)
card_field = st.tuples(
    st.sampled_from(["Local rate (per 1,000 people)", "Force rate (per 1,000 people)", "Comparison to Force",
                     "Direction of travel", "Public expectation", "Local hotspot wards", "At risk groups"]),
    st.one_of(st.just(""), paragraph, st.lists(heading, min_size=1, max_size=3).map(", ".join)),
).map(lambda t: f"{t[0]}: {t[1]}".rstrip())
bullet = paragraph.map(lambda p: f"- {p}")
numbered = st.tuples(st.integers(1, 20), heading).map(lambda t: f"{t[0]}. {t[1]}")
noise = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
line = st.one_of(paragraph, heading, table_row, card_field, bullet, numbered, st.just(""), st.just(""), noise,
                 st.tuples(paragraph, ODD, paragraph).map("".join))


@st.composite
def documents(draw) -> str:
    """Text shaped like an assessment: maybe a contents list naming some of its headings, then blocks."""
    heads = draw(st.lists(heading, min_size=0, max_size=8, unique=True))
    parts: list[str] = []
    if draw(st.booleans()):
        parts.append(draw(paragraph))
    if heads and draw(st.booleans()):
        sep = draw(st.sampled_from(["\t", " ..... ", "\t\t"]))
        parts += ["", "Contents", ""] + [f"{h}{sep}{draw(st.integers(1, 60))}" for h in heads] + [""]
    for h in heads:
        parts += ["", h, ""] + draw(st.lists(line, min_size=0, max_size=8))
    parts += draw(st.lists(line, max_size=10))
    return "\n".join(parts)


def _doc(text: str) -> ParsedDocument:
    meta = DocumentMeta(doc_id="doc", source="doc.txt", title="Doc", partnership="Testshire", kind=None,
                        published=None, period="2020-21")
    return ParsedDocument(meta=meta, text=text, sections=tuple(find_sections(text)))


def _heading_line(text: str, start: int) -> range:
    nl = text.find("\n", start)
    return range(start, len(text) if nl < 0 else nl)


@PROPS
@given(documents())
@example("")
@example("\n\n\n")
@example("Contents\n\nIntro\t1\nBody\t2\nEnd\t3\n\nIntro\n\nText.\n\nBody\n\nMore.\n\nEnd\n\nLast.")
def test_sections_lie_inside_the_text_in_order(text):
    sections = find_sections(text)
    assert sections, "every text has at least one section"
    for s in sections:
        assert 0 <= s.start <= s.end <= len(text), s
        assert s.path and all(isinstance(p, str) and p for p in s.path), s
    starts = [s.start for s in sections]
    assert starts == sorted(starts)


@PROPS
@given(documents())
@example("Heading one\n\n\tA\tB\n\n" + "Local rate (per 1,000 people): 3.1\n\nForce rate (per 1,000 people): 2.0")
def test_chunks_slice_back_and_lose_no_text(text):
    doc = _doc(text)
    chunks = Chunker(max_tokens=60, overlap_sentences=1, table_max_tokens=40).chunk(doc)
    covered = bytearray(len(text))
    for c in chunks:
        assert text[c.start : c.end] == c.text, c
        assert c.text and c.text == c.text.strip(), c
        assert c.token_count > 0
        assert any(s.path == c.section_path and s.start <= c.start and c.end <= s.end for s in doc.sections), c
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    assert len({c.chunk_id for c in chunks}) == len(chunks), "chunk ids must be unique"
    # What the chunker may leave out: heading lines, and the contents list.
    excused = bytearray(len(text))
    for s in doc.sections:
        if s.path == (CONTENTS_TITLE,):
            excused[s.start : s.end] = b"\x01" * (s.end - s.start)
        elif s.path[0] not in ("Front matter", "Document"):
            r = _heading_line(text, s.start)
            excused[r.start : r.stop] = b"\x01" * (r.stop - r.start)
    lost = [i for i, ch in enumerate(text) if not ch.isspace() and not covered[i] and not excused[i]]
    assert not lost, f"text lost by the chunker at {lost[:5]}: {text[lost[0]:lost[0] + 40]!r}"


@PROPS
@given(documents())
def test_chunking_is_deterministic(text):
    doc = _doc(text)
    assert Chunker().chunk(doc) == Chunker().chunk(doc)


@settings(max_examples=200, deadline=None)
@given(st.one_of(
    st.binary(max_size=4000),
    st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.text(max_size=2000).map(lambda t: t.encode("cp1252", "ignore")),
    st.tuples(st.binary(max_size=50), st.text(max_size=500)).map(lambda t: t[0] + t[1].encode("utf-8", "surrogatepass")),
))
@example(b"\xef\xbb\xbf")  # a UTF-8 byte-order mark and nothing else
@example(b"\x81\x8d\x8f\x90\x9d")  # bytes cp1252 leaves undefined
@example("a\u2028b\rc\r\nd".encode())
def test_text_reader_returns_text_or_a_typed_error(data):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.txt"
        path.write_bytes(data)
        try:
            text = read_text_file(path, 10_000_000)
        except DocumentError as exc:
            assert exc.reason and "doc.txt" in str(exc)
            return
        assert isinstance(text, str) and text.strip()
        assert "\r" not in text
        doc = parse_file(path)  # the whole parse: meta inference and sections
        assert doc.text == text
        for c in Chunker().chunk(doc):
            assert doc.text[c.start : c.end] == c.text
