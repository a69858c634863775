"""Questions about how something changed, and the sentences that state a change figure.

'How did crime change in 2020-21 compared with the previous year?' is answered best by the sentence that
prints the change ('Reductions in overall offending (-17% in 2020-21) ...'), not by the sentences that
share most of the question's words. A change figure is a signed number or percentage, a percentage with a
word of change, or a count of 'fewer' or 'more'; the topic is matched through the measures vocabulary, so a
question's 'crime' finds a sentence's 'overall offending'.
"""

from __future__ import annotations

import re

from ..retrieval.hybrid import Retrieved
from ..retrieval.lexical import TermWeights, terms
from ..text import PERIOD_RANGE, YEARISH
from .extractive import ASKS_WHY, Picked, _is_sentence, units_of

# 'how many more offences in 22/23 than 21/22?', 'how many fewer than the year before?': a change between periods
_MORE_THAN_BEFORE = (r"\bhow many (more|fewer|less)\b.*\bthan\s+(in\s+)?(the\s+)?"
                     r"((19|20)?\d{2}\s*[/-]\s*\d{2,4}\b|(19|20)\d{2}\b|previous|last|year before|year earlier)")
CHANGE_QUESTION = re.compile(
    r"\b(change[ds]?|rise|rose|risen|fall|fell|fallen|increase[ds]?|decrease[ds]?|up or down|trend|"
    r"compared with (the )?(year|previous)|since|went (up|down)|gone (up|down)|happened to|"
    r"(19|20)\d{2}(/|-)\d{2,4}\s+(to|and|vs\.?|versus)\s+(19|20)\d{2}(/|-)\d{2,4})\b|" + _MORE_THAN_BEFORE, re.I)
# a question asking for a change as a figure: 'the percentage change in ...', 'by how much did ... rise'
ASKS_CHANGE_FIGURE = re.compile(r"(%|per ?cent|percentage)\s*(change|increase|decrease|rise|fall|drop|reduction|up|down)|"
                           r"\bby how much\b|\bhow much (did|has|have)\b.*\b(rise|risen|fall|fallen|increase|decrease|"
                           r"change|go up|gone up|go down|gone down)|\bhow (big|large) (a|was the) (rise|fall|change)|"
                           + _MORE_THAN_BEFORE, re.I)
# a question comparing a figure between two periods it names ('KSIs: 2018 compared with 2017?', 'higher or lower in
# 2017/18 than in 2016/17?', 'by what percentage did ... rise between 2012 and 2013?')
_TWO_PERIODS_CUE = re.compile(r"\b(compar\w*|vs\.?|versus|than|up or down|higher or lower|lower or higher|more or fewer|"
                              r"fewer or more|change[ds]?|rise|rose|risen|fall|fell|fallen|increase[ds]?|decrease[ds]?|"
                              r"differ\w*|between)\b|\bby what (percentage|per ?cent|%|proportion)\b", re.I)
_BEFORE = re.compile(r"\b(the )?(year before|previous year|year earlier|last year|prior year)\b", re.I)


def asks_period_change(question: str) -> bool:
    """Whether a question asks for a change as a figure, or compares a figure between two periods it names
    (two years, or one year and 'the year before')."""
    if ASKS_CHANGE_FIGURE.search(question):
        return True
    years = {m.group(0)[:4] for m in YEARISH.finditer(question)}
    if len(years) == 1 and _BEFORE.search(question):
        return True  # ('DA crimes in 2018/19 and the year before?')
    return len(years) >= 2 and bool(_TWO_PERIODS_CUE.search(question))


# the sign touches the number: '- 1.1 The ...' is a list item, '10–15%' a range
_SIGNED = r"(?<![\w.)])[-+−–]\d[\d,]*(?:\.\d+)?\s?%?(?![\d])"
_MOVE = r"(?:increase[ds]?|decrease[ds]?|rise|rose|risen|rising|fall|fell|fallen|falling|reduc\w*|drop\w*|up|down|grew|grown|declin\w*)"
_PCT = r"\d[\d,]*(?:\.\d+)?\s?(?:%|per ?cent)"
CHANGE_FIGURE = re.compile(
    rf"{_SIGNED}|{_PCT}\s+(?:{_MOVE}|higher|lower|more|fewer|less)\b|\b{_MOVE}\b[^.;]{{0,40}}?\bby\s+(?:\w+\s+)?{_PCT}"
    rf"|\d[\d,]*\s+(?:fewer|more|additional)\b", re.I)
# words that say the question is about change, not what changed
# 'why has crime risen?' asks for the reason, which a change figure is not
_CHANGE_WORDS = set(terms("change changed changes compared comparison previous prior last year years rise rose risen "
                          "fall fell fallen increase increased decrease decreased trend since went gone up down"))


# the words English uses for crime in general: a question's 'crime' is a sentence's 'offending' or 'offences'
_CRIME_WORDS = frozenset(terms("crime crimes offence offences offense offenses offending"))


def _general_measure(topic: set[str]) -> str | None:
    """The measure a bare word names: 'crime' alone asks about all recorded crime (the vocabulary's own name)."""
    from ..tables.vocabulary import find_measures

    words = " ".join(sorted(topic))
    found = [m for m, _, _ in find_measures(f"overall {words}")]
    return found[0] if len(topic) == 1 and found else None


def asks_change(question: str) -> bool:
    """Whether a question asks how something changed (not why it did)."""
    return bool(CHANGE_QUESTION.search(question)) and not ASKS_WHY.search(question)


# a labelled line that states a change: 'Direction of travel: ...', 'Trend: ...', 'Change on last year: ...'
_CHANGE_LABEL = re.compile(r"^[ \t]*(?:direction of travel|trend|change|compared (?:to|with)|year on year)[^:\n]{0,30}:[ \t]*\S", re.I)


def _card_lines(text: str) -> list[tuple[int, int]]:
    """The spans of a card's labelled lines that state a change."""
    out, at = [], 0
    for line in text.split("\n"):
        if _CHANGE_LABEL.match(line):
            out.append((at + len(line) - len(line.lstrip()), at + len(line.rstrip())))
        at += len(line) + 1
    return out


def change_statements(question: str, hits: list[Retrieved], weights: TermWeights, measures: tuple[str, ...] = (),
                      names: tuple[str, ...] = (), max_chunks: int = 6, limit: int = 2,
                      cards_from: int | None = None) -> list[Picked]:
    """The sentences of the top passages that state a change in what the question asks about, best first."""
    from ..tables.vocabulary import find_measures
    from .scope import GENERIC

    name_terms = set(terms(" ".join(names)))
    topic = {t for t in terms(question) if t not in GENERIC and t not in _CHANGE_WORDS and t not in name_terms
             and not t.isdigit()}
    wanted = set(measures)
    general = _general_measure(topic) if not wanted else None
    if general:
        wanted.add(general)
    qualifiers = topic - _CRIME_WORDS  # 'gun' in 'gun crime': a change in other offences does not answer
    if topic & _CRIME_WORDS:
        topic |= _CRIME_WORDS
    asked_periods = {m.group(0) for m in PERIOD_RANGE.finditer(question)} | set(YEARISH.findall(question))
    scored: list[Picked] = []
    # (hits from cards_from on are fact cards of the best passages' sections, read as if ranked beside them)
    looked = list(enumerate(hits[:max_chunks])) + ([] if cards_from is None else list(enumerate(hits))[cards_from:])
    for at, hit in looked:
        rank = min(at, max_chunks)
        if hit.chunk.kind not in ("text", "card"):
            continue
        card = hit.chunk.kind == "card"
        # a fact card says its change on a labelled line ('Direction of travel: Some increase (+8%) on 12 months
        # ending October 2019'), about the measure its section's title names
        for a, b in (_card_lines(hit.chunk.text) if card else units_of(hit.chunk)):
            sent = hit.chunk.text[a:b]
            if not (card or _is_sentence(sent)) or not CHANGE_FIGURE.search(YEARISH.sub(" ", sent)):
                continue
            if card:
                sent = " ".join(hit.chunk.section_path[-1:]) + " " + sent
            said = {m for m, _, _ in find_measures(sent)}
            lexical = weights.overlap(topic, sent) if topic else 0.0
            if not (said & wanted) and (lexical <= 0 or (qualifiers and not set(terms(sent)) & qualifiers)):
                continue  # a change in something else
            score = lexical + (3.0 if said & wanted else 0.0)
            if asked_periods and any(p in sent for p in asked_periods):
                score += 1.0
            score *= (0.5 + max(hit.dense, 0.0)) / (1.0 + 0.25 * rank)
            scored.append(Picked(at, a, b, score))
    if not scored:
        return []
    scored.sort(key=lambda p: -p.score)
    best = scored[0].score
    out, seen = [], set()
    for p in scored:
        key = " ".join(hits[p.chunk_rank].chunk.text[p.start : p.end].split()).lower()
        if p.score < 0.6 * best or key in seen:
            continue
        seen.add(key)
        out.append(p)
        if len(out) >= limit:
            break
    return out
