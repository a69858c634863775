"""Property tests for the table extractor: any text, however ragged its tables, extracts without crashing,
and every extracted value, fact and priority points back at the text it came from."""

from __future__ import annotations

import math

import pandas as pd
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from assistant.ingest.sections import find_sections
from assistant.tables import extract_tables
from assistant.types import DocumentMeta, ParsedDocument

PROPS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

AREAS = ("Stowe", "Chasetown", "Bourne Vale", "St John's", "Boney Hay & Central", "Lichfield", "Force-wide",
         "England", "CSP area", "Staffordshire", "Tamworth")
MEASURES = ("ALL CRIME", "Burglary", "Burglary - Burglary Residential", "Theft – Shoplifting", "Drug Offences",
            "Anti-social Behaviour", "Violence against the Person", "Domestic Abuse", "Rate per 1,000 residents",
            "Ward Name", "Offence Type", "% of population", "Total Recorded Crime")
CELLS = st.one_of(
    st.floats(0, 999, allow_nan=False).map(lambda f: f"{f:.1f}"),
    st.integers(-50, 20000).map(lambda i: f"{i:,}"),
    st.integers(0, 100).map(lambda i: f"{i}%"),
    st.sampled_from(["", "N/A", "...", "-", "–", "*", "n/a", "12.3¹", "4.5*", "(7.1)", "+8%", "£1,470"]),
    st.sampled_from(AREAS),
    st.text(max_size=8),
)


@st.composite
def grid(draw) -> str:
    """A tab-separated table as extraction leaves them: a header, ragged rows, trailing tabs, parent rows."""
    width = draw(st.integers(1, 8))
    header = [draw(st.sampled_from(MEASURES)) for _ in range(width)]
    lines = []
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(["Offence rates per 1,000 population, 2018-19", "Rates of Recorded Crime (2020-21)",
                                           "Table 3", ""])))
    lines.append("\t".join(header) + draw(st.sampled_from(["", "\t", "\t\t"])))
    for _ in range(draw(st.integers(0, 12))):
        n = draw(st.integers(0, width + 2))
        first = draw(st.one_of(st.sampled_from(AREAS), st.just("")))
        lines.append("\t".join([first] + [draw(CELLS) for _ in range(n)]) + draw(st.sampled_from(["", "\t"])))
    return "\n".join(lines)


WARDS = ("Stowe", "Chasetown", "Bourne Vale", "Chadsmead", "Fazeley", "Shenstone", "St John's", "Boney Hay & Central",
         "Little Aston & Stonnall", "Mease Valley", "Highfield", "Longdon")
NUMBER = st.floats(0, 300, allow_nan=False).map(lambda f: f"{f:.1f}")


@st.composite
def ward_grid(draw) -> str:
    """A ward data table, as in the appendices, with the odd missing or marked cell."""
    cols = draw(st.lists(st.sampled_from(MEASURES[:8]), min_size=1, max_size=6, unique=True))
    rows = draw(st.lists(st.sampled_from(WARDS), min_size=1, max_size=len(WARDS), unique=True))
    lines = [draw(st.sampled_from(["Offence rates per 1,000 population, 2018-19 (highlighted where rate is above average¹¹)",
                                   ""])), "Ward Name\t" + "\t".join(cols)]
    for w in rows:
        cells = [draw(st.one_of(NUMBER, NUMBER, NUMBER, CELLS)) for _ in cols]
        lines.append(w + "\t" + "\t".join(cells) + draw(st.sampled_from(["", "", "\t"])))
    return "\n".join(lines)


@st.composite
def comparator_grid(draw) -> str:
    """A CSP-against-force table with parent rows and indented children."""
    lines = ["\t\tRate per 1,000 residents\t", "Offence Type\t\tCSP area\tForce-wide",
             f"Total Recorded Crime\t\t{draw(NUMBER)}\t{draw(NUMBER)}"]
    for m in draw(st.lists(st.sampled_from(MEASURES[1:8]), min_size=1, max_size=7)):
        parent = draw(st.sampled_from(["", "", "Victim-based offences", "Crimes against society"]))
        lines.append(f"{parent}\t{m}\t{draw(st.one_of(NUMBER, CELLS))}\t{draw(st.one_of(NUMBER, CELLS))}")
    return "\n".join(lines)


card = st.lists(st.sampled_from([
    "Comparison to Force: Overall rate similar / Some ward rates high",
    "Local rate (per 1,000 people): 21.7", "Force rate (per 1,000 people): 32.6", "Local rate: 13% of burglaries",
    "Direction of travel: Some increase (+8%) on 12 months ending October 2019", "Public expectation: Moderate",
    "Local hotspot wards: Chasetown (rate: 71.6), Stowe (rate: 64.6)", "Local hotspot wards:",
    "Shenstone (Residential Burglary, 12.2 – 20% Car Key)", "Local proportion: 40% offenders, 65% crime",
    "At risk groups: younger women (aged under 30)", "CSPs with priority:", "Cannock Chase, Lichfield, Tamworth",
]), min_size=1, max_size=9).map("\n\n".join)
prose = st.lists(st.sampled_from([
    "Recorded rates of ASB in Lichfield are below the force area (21.7 per 1,000 compared to 32.6 per 1,000).",
    "ASB accounts for 2,250 incidents in 2018-19 – around 27% of policing demand.",
    "Knife crime rose by 16% in the region and 8% in England.", "Priorities for 2021-22 are:", "- Domestic Abuse",
    "- County Lines", "1. Stowe (Overall crime, Theft / Shoplifting)", "Summary:", "",
]), max_size=8).map("\n".join)
noise = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80)


@st.composite
def documents(draw) -> str:
    heads = draw(st.lists(st.sampled_from(["Introduction", "Anti-social Behaviour (ASB)", "Data tables", "Burglary",
                                           "Recommendations", "Domestic Abuse"]), max_size=4, unique=True))
    parts = []
    if heads and draw(st.booleans()):
        parts += ["Contents", ""] + [f"{h}\t{i + 3}" for i, h in enumerate(heads)] + [""]
    for h in heads or ["Overview"]:
        parts += [h, ""]
        parts += draw(st.lists(st.one_of(grid(), ward_grid(), comparator_grid(), card, prose, noise), min_size=1, max_size=4))
    return "\n\n".join(parts)


def _doc(text: str) -> ParsedDocument:
    meta = DocumentMeta(doc_id="doc", source="doc.txt", title="Testshire Community Safety Partnership (2019)",
                        partnership="Testshire", kind="strategic assessment", published=None, period="2018-19")
    return ParsedDocument(meta=meta, text=text, sections=tuple(find_sections(text)))


def _number_text(printed: str) -> str:
    return printed.replace(",", "").rstrip("%").strip()


@PROPS
@given(documents())
@example("Ward Name\tALL CRIME\tBurglary\nStowe\t182.6\t10.4\nChasetown\t\t\t\n\tN/A\t...\n")
@example("\t\tRate per 1,000 residents\t\nOffence Type\t\tCSP area\tForce-wide\nTotal Recorded Crime\t\t58.8\t76.1\n\tBurglary")
@example("Local rate (per 1,000 people): \n\nForce rate (per 1,000 people): ")
def test_extraction_never_crashes_and_points_back_at_its_text(text):
    doc = _doc(text)
    result = extract_tables(doc)
    assert result.doc_id == "doc"
    for t in result.tables:
        assert 0 <= t.info.start <= t.info.end <= len(text), t.info
        assert isinstance(t.frame, pd.DataFrame)
    for frame in (result.values, result.facts, result.priorities):
        for row in frame.itertuples():
            assert 0 <= row.start <= row.end <= len(text)
            assert text[row.start : row.end] == row.row_text, row
    for row in result.values.itertuples():
        assert math.isfinite(row.value), row
        if pd.notna(row.cell_start):
            a, b = int(row.cell_start), int(row.cell_end)
            assert row.start <= a <= b <= row.end, row
            printed = _number_text(row.value_text)
            assert printed and printed in text[a:b].replace(",", ""), (row.value_text, text[a:b])
    for p in result.problems:
        assert p.reason and 0 <= p.start <= p.end <= len(text)
