"""A narrative answer says what the best-matching sentence's paragraph goes on to say: the facts of one topic
are told across a paragraph, and only its first sentence names the topic. One made-up partnership, built with
the real model and FAISS."""

from __future__ import annotations

import pytest

from tests.support import corpus_assistant

# the county lines paragraph is long enough that a chunk boundary may fall inside it
FENWICK = """\
Fenwick Community Safety Partnership
Strategic Assessment 2022/23

1. Introduction

This assessment covers 1 April 2022 to 31 March 2023 for the borough of Fenwick, which has 158,000
residents. It informs the partnership's priorities for 2023-24.

2. Exploitation

Fenwick is mainly an importing area for county lines, with most lines run from the neighbouring cities.
Officers closed 14 lines during the year and made 38 arrests. The exploitation panel discussed 62 young
people at risk of criminal exploitation, up from 41 the year before. Most were aged 14 to 17 and known to
the youth justice service.

Cuckooing, where a dealer takes over the home of a vulnerable adult, was recorded at 19 addresses.

3. Anti-social behaviour

Anti-social behaviour incidents fell by 6% to 4,870. Reports of youth-related ASB rose in the summer
months, particularly in parks and around the bus station.

4. Burglary

Residential burglary fell to 512 offences. Older residents remain the most likely victims of distraction
burglary, and the partnership runs a trusted trader scheme with Trading Standards.
"""


@pytest.fixture(scope="module")
def fenwick(tmp_path_factory):
    entry = {"title": "Fenwick Community Safety Partnership: Strategic Assessment 2022/23", "partnership": "Fenwick",
             "kind": "strategic assessment", "period": "2022-23"}
    return corpus_assistant(tmp_path_factory, "fenwick", [("fenwick_2022-23_strategic-assessment.txt", FENWICK, entry)])


def test_a_narrative_answer_goes_on_with_the_lead_sentences_paragraph(fenwick):
    a = fenwick.ask("what does the fenwick assessment say about county lines?")
    assert a.status == "answered", a.answer
    said = a.answer.split("Best supporting passages")[0]
    lines = [line for line in said.splitlines() if line.strip()]
    assert lines[0].startswith("Fenwick is mainly an importing area for county lines"), a.answer
    # the paragraph's next sentences follow the lead, each cited, before any other passage's sentences
    assert len(lines) >= 3, a.answer
    assert "14 lines" in lines[1] and "62 young" in lines[2], a.answer
    for line in lines[:4]:
        assert line.rstrip().endswith("]"), a.answer
    assert not any("bus station" in line for line in lines), a.answer
