"""Sentence spans and query-term scoring for extractive answers."""

from __future__ import annotations

import math
import re
from collections import Counter

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+|\d+(?:\.\d+)?")
_STOP = set(
    """a an the of in on at to for and or but is are was were be been being by with from as that this these those
    which what who whom whose when where why how do does did have has had it its there their they them than then
    so such any all each most more some into over under about between after before during not no nor can could
    should would will may might must our we you your me my i he she his her also very just only much many""".split()
)


def _stem(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]  # a possessive ("Northfield's") is the name itself
    w = w.strip("'-")
    # plurals lose their 's' only ('crimes' -> 'crime', 'offences' -> 'offence'): an 'es' rule would give
    # 'crim' and 'offenc' for the plural but 'crime' and 'offence' for the singular
    for suffix in ("ies", "ied", "ing", "ed", "s", "ly"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
    return w


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
    """Inverse document frequencies of stems over the indexed chunks."""

    def __init__(self, texts: list[str]):
        df: Counter[str] = Counter()
        for t in texts:
            df.update(set(terms(t)))
        self.n = max(1, len(texts))
        self.df = df

    def to_dict(self) -> dict:
        """For persisting with the index (computing them at every load is slow for big corpora)."""
        return {"n": self.n, "df": dict(self.df)}

    @classmethod
    def from_dict(cls, d: dict) -> "TermWeights":
        """Inverse of to_dict."""
        w = cls([])
        w.n, w.df = int(d["n"]), Counter(d["df"])
        return w

    def idf(self, term: str) -> float:
        """Smoothed IDF; unseen terms weigh most."""
        return math.log(1 + self.n / (1 + self.df.get(term, 0)))

    def overlap(self, query_terms: set[str], text: str) -> float:
        """Sum of IDF of query terms present in text, damped by text length."""
        found = set(terms(text)) & query_terms
        if not found:
            return 0.0
        return sum(self.idf(t) for t in found) / (1 + 0.002 * len(text))
