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

Shoplifting offences numbered 930 in 2022/23, a rise of 130 on 2021/22. Residential burglary fell to 512 offences. Older residents remain the most likely victims of distraction
burglary, and the partnership runs a trusted trader scheme with Trading Standards.

5. Roads and fires

In calendar year 2022, 58 KSI casualties (killed or seriously injured) were recorded on Fenwick's roads, compared with 66 in
2021. Deliberate fires numbered 143 in 2022 (2021: 118), most of them refuse fires.

6. Hate crime and domestic abuse

Hate crimes reported to the police in the borough
numbered 212 in 2022/23 (2021/22: 180). Most were racially aggravated public order offences and harassment.

Domestic abuse-related crimes rose from 1,420 to 1,580 during the year, and repeat referrals to MARAC stayed at 28%.

7. Night-time economy

Between 10pm and 4am on Friday and Saturday nights, 640 violent offences were recorded in the town
centre in 2022/23, about one in eight of all violence in the borough. The Quayside alone accounted for
212 of them.
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


def test_a_passage_holding_the_questions_rarest_word_is_read_though_it_ranks_below_the_first_four():
    """Tables of all crime often outrank the one sentence about knife crime; the sentence picker reads the first
    four passages, and a later one when none of those holds the question's rarest word."""
    from assistant.answer.extractive import pick_sentences
    from assistant.retrieval.hybrid import Retrieved
    from assistant.retrieval.lexical import TermWeights, terms
    from assistant.types import Chunk

    texts = [f"Table {i}. Crime by area, 2021/22. Crime in area {i} rose by {i} per cent." for i in range(1, 6)]
    texts.append("Knife crime stays low. The police recorded 58 offences involving a knife in 2021/22.")
    hits = [Retrieved(Chunk(f"d#{i}", "d", t, 0, len(t), ("S",), None, False, "text", i), 1.0 / (i + 1), 0.5, 0.0, i)
            for i, t in enumerate(texts)]
    df: dict[str, int] = {}
    for t in texts:
        for term in set(terms(t)):
            df[term] = df.get(term, 0) + 1
    picked = pick_sentences("how many knife crime offences were recorded in 2021/22?", hits, TermWeights(len(texts), df))
    said = [hits[p.chunk_rank].chunk.text[p.start : p.end] for p in picked]
    assert any("58 offences involving a knife" in s for s in said), said
    # a question whose rarest word the first passages hold reads only them
    picked = pick_sentences("how much did crime rise by area?", hits, TermWeights(len(texts), df))
    assert all(p.chunk_rank < 4 for p in picked), picked


def test_a_change_between_two_years_a_sentence_states_is_computed():
    from assistant.answer.prose_figures import _old_and_new

    assert _old_and_new("In 2022, 58 people were killed, compared with 66 in 2021.") == ("66", "58")
    assert _old_and_new("Deliberate fires numbered 143 in 2022 (2021: 118).") == ("118", "143")
    assert _old_and_new("It received 284 reports from residents aged 65 or over in 2013, up from 201 in 2012.") == ("201", "284")
    assert _old_and_new("Police recorded 9,915 incidents in 2016/17, a fall of 927 (8.6 per cent) on 2015/16.") == ("10,842", "9,915")
    assert _old_and_new("Police recorded 9,915 incidents in 2016/17.") is None


def test_two_years_compared_are_answered_with_the_change(fenwick):
    a = fenwick.ask("KSI casualties on Fenwick's roads: 2022 compared with 2021?")
    assert a.status == "answered", a.answer
    assert "66" in a.answer and "58" in a.answer and "-8" in a.answer and "-12.1%" in a.answer, a.answer
    b = fenwick.ask("were there more or fewer deliberate fires in fenwick in 2022 than in 2021?")
    assert "+25" in b.answer and "+21.2%" in b.answer, b.answer


def test_a_change_in_a_sentence_whose_first_line_reads_as_a_heading_is_computed(fenwick):
    """'Hate crimes reported to the police in the borough' alone on a line, read as a heading, and the sentence
    going on in lower case below it: the change is read from the sentence with the words it began with."""
    a = fenwick.ask("Did hate crimes in Fenwick go up or down in 2022/23 compared with 2021/22?")
    assert a.status == "answered", a.answer
    assert "+32" in a.answer and "+17.8%" in a.answer, a.answer


def test_a_rate_worked_out_from_the_population_divides_the_count_by_it(fenwick):
    """The population is printed across two lines ('158,000 / residents'); the count is the sentence's latest."""
    a = fenwick.ask("Working from the borough population, what was Fenwick's rate of domestic abuse-related crimes "
                    "per 1,000 residents?")
    assert a.status == "answered", a.answer
    first = a.answer.split("\n")[0]
    assert "10.00 per 1,000" in first and "1,580" in first and "158,000" in first, a.answer
    assert any(f.value == pytest.approx(10.0) and f.formula == "1,580 / 158,000 × 1,000" for f in a.figures), a.figures


def test_a_share_of_a_whole_the_sentence_before_gives_is_computed(fenwick):
    """'... 640 violent offences were recorded in the town centre ... The Quayside alone accounted for 212 of them':
    the whole is the sentence before's count (not a clock time), the part the sentence naming the place asked."""
    a = fenwick.ask("What share of the violent offences recorded in the town centre on Friday and Saturday nights "
                    "were in the Quayside?")
    assert a.status == "answered", a.answer
    first = a.answer.split("\n")[0]
    assert "212 of 640" in first and "33.1%" in first, a.answer


def test_a_figure_for_the_year_before_is_read_from_the_change_a_sentence_states(fenwick):
    a = fenwick.ask("How many shoplifting offences were there in Fenwick in 2021/22?")
    assert a.status == "answered", a.answer
    assert a.answer.startswith("In 2021/22: 800"), a.answer
    b = fenwick.ask("How many shoplifting offences were there in Fenwick in 2022/23?")
    assert b.status == "answered" and "930" in b.answer.split("\n")[0], b.answer
