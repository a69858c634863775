"""The one lexical model: words, stop words, stems and IDF, shared by the keyword index and answer scoring.

The keyword index (bm25s) is fed the tokens `terms()` gives, and the answer layer weighs question words with
the document frequencies of that same index, so a word means the same thing at retrieval and at answering.
Stems come from the Snowball English stemmer (PyStemmer), the one bm25s uses.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

import Stemmer

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+|\d+(?:\.\d+)?")
_STOP = set(
    """a an the of in on at to for and or but is are was were be been being by with from as that this these those
    which what who whom whose when where why how do does did have has had it its there their they them than then
    so such any all each most more some into over under about between after before during not no nor can could
    should would will may might must our we you your me my i he she his her also very just only much many""".split()
)


_STEMMER = Stemmer.Stemmer("english")


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]  # a possessive ("Northfield's") is the name itself
    w = w.strip("'-")
    return _STEMMER.stemWord(w)


def terms(text: str) -> list[str]:
    """Content-word stems of a text (lowercased, stop words dropped); a hyphenated word gives its parts too."""
    out = []
    for w in _WORD.findall(text):
        if w.lower() in _STOP or len(w) <= 1:
            continue
        out.append(_stem(w))
        if "-" in w.strip("-"):
            # 'six-month' matches 'six month', 'night-time' matches 'night time'
            out += [_stem(p) for p in w.split("-") if len(p) > 1 and p.lower() not in _STOP]
    return out


class TermWeights:
    """Document frequencies of stems over the indexed chunks: the keyword index's own, read from it at load."""

    def __init__(self, texts: list[str]):
        df: Counter[str] = Counter()
        for t in texts:
            df.update(set(terms(t)))
        self.n = max(1, len(texts))
        self.df = df

    @classmethod
    def from_counts(cls, n: int, df: dict[str, int]) -> "TermWeights":
        """Weights from a chunk count and per-term chunk counts (the keyword index's)."""
        w = cls([])
        w.n, w.df = max(1, int(n)), Counter(df)
        return w

    def idf(self, term: str) -> float:
        """BM25's (Lucene) IDF, as the keyword index scores with; unseen terms weigh most."""
        df = self.df.get(term, 0)
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def overlap(self, query_terms: set[str], text: str) -> float:
        """Sum of IDF of query terms present in text, damped by text length."""
        found = set(terms(text)) & query_terms
        if not found:
            return 0.0
        return sum(self.idf(t) for t in found) / (1 + 0.002 * len(text))
