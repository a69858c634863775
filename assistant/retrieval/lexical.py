"""The one lexical model: words, stop words, stems and IDF, shared by the keyword index and answer scoring.

The keyword index (bm25s) is fed the tokens `analyze()` gives, and the answer layer weighs question words with
the document frequencies of that same index, so a word means the same thing at retrieval and at answering.
Words, stop words and stems are bm25s's own (its token pattern, English stop words and the Snowball stemmer).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

import Stemmer

from bm25s.stopwords import STOPWORDS_EN

# bm25s's own analysis (its default token pattern, lower case, its English stop words, then Snowball stems): the
# keyword index is built from exactly these tokens.
_TOKEN = re.compile(r"(?u)\b\w\w+\b")
INDEX_STOPWORDS = frozenset(STOPWORDS_EN)
# Answer scoring also drops the words a question is phrased with, which say nothing about its topic.
ANSWER_STOPWORDS = INDEX_STOPWORDS | frozenset(
    """a an the of in on at to for and or but is are was were be been being by with from as that this these those
    which what who whom whose when where why how do does did have has had it its there their they them than then
    so such any all each most more some into over under about between after before during not no nor can could
    should would will may might must our we you your me my i he she his her also very just only much many""".split()
)
_STEMMER = Stemmer.Stemmer("english")


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    return _STEMMER.stemWord(word)


def analyze(text: str, stopwords: frozenset[str] = INDEX_STOPWORDS) -> list[str]:
    """Stems of a text's words (lower case, two characters or more), stop words dropped: the keyword index's tokens."""
    return [_stem(w) for w in _TOKEN.findall(text.lower()) if w not in stopwords]


def terms(text: str) -> list[str]:
    """Content-word stems of a text, as the keyword index reads it, without the words questions are phrased with."""
    return analyze(text, ANSWER_STOPWORDS)


class TermWeights:
    """Document frequencies of stems over the indexed chunks: the keyword index's own, read from it at load."""

    def __init__(self, n: int, df: dict[str, int]):
        self.n = max(1, int(n))  # chunks in the keyword index
        self.df = Counter(df)  # chunks holding each stem

    def idf(self, term: str) -> float:
        """Smoothed IDF over the keyword index's document frequencies; unseen terms weigh most."""
        return math.log(1 + self.n / (1 + self.df.get(term, 0)))

    def idf_at(self, share: float) -> float:
        """The IDF of a term held by that share of the chunks."""
        return math.log(1 + self.n / (1 + share * self.n))

    def overlap(self, query_terms: set[str], text: str) -> float:
        """Sum of IDF of query terms present in text, damped by text length."""
        found = set(terms(text)) & query_terms
        if not found:
            return 0.0
        return sum(self.idf(t) for t in found) / (1 + 0.002 * len(text))
