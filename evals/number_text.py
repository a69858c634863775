"""Numbers in answer and citation text: finding them, and deciding when two are the same."""

from __future__ import annotations

import re
from dataclasses import dataclass

# [1], [2, 3], [1][2]: citation markers, never claims.
_MARKER = re.compile(r"\[\d+(?:\s*[,;]\s*\d+)*\]")
_NUMBER = re.compile(r"(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?")
# A year, optionally with a second year after a dash or slash: 2019, 2018-19, 2020-2024, 2020/21.
_YEAR_RANGE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-/–—]\s*(\d{2}|\d{4})(?!\d)")
_LIST_NUMBER = re.compile(r"^\s*(?:[-*]\s*)?\d+[.)]\s", re.MULTILINE)
_ORDINAL_DIGITS = re.compile(r"(?<![\w.])(\d+)(?:st|nd|rd|th)\b", re.IGNORECASE)
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}
_ORDINAL_WORD = re.compile(r"\b(" + "|".join(_ORDINAL_WORDS) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class Number:
    """A number as printed: its value, its decimal places, and where it stands."""

    value: float
    decimals: int
    start: int
    end: int
    text: str


def strip_markers(text: str) -> str:
    """Remove [n] citation markers, keeping offsets of everything else meaningful."""
    return _MARKER.sub(lambda m: " " * len(m.group()), text)


def decimals_of(value: float) -> int:
    """Decimal places of a gold number as written in JSON (3.70 loads as 3.7: one place)."""
    if isinstance(value, int) or float(value).is_integer() and "." not in repr(value):
        return 0
    text = repr(float(value))
    if "e" in text:
        return 6
    return len(text.split(".")[1]) if "." in text else 0


def find_numbers(text: str) -> list[Number]:
    """Every number printed in ``text`` (thousands separators allowed), markers excluded."""
    cleaned = strip_markers(text)
    found = []
    for m in _NUMBER.finditer(cleaned):
        whole, frac = m.group(1), m.group(2) or ""
        found.append(Number(float((whole + frac).replace(",", "")), len(frac) - 1 if frac else 0,
                            m.start(), m.end(), m.group()))
    return found


def ordinals(text: str) -> list[float]:
    """Ranks written as ordinals ('2nd', 'fourth'), for matching rank figures."""
    values = [float(m.group(1)) for m in _ORDINAL_DIGITS.finditer(text)]
    values += [float(_ORDINAL_WORDS[m.group(1).lower()]) for m in _ORDINAL_WORD.finditer(text)]
    return values


def claim_numbers(text: str) -> list[Number]:
    """Numbers that make a claim: not markers, list numbering, years, units or parts of words.

    Ignored: ``[n]`` markers; list numbering at the start of a line ("1. ", "2) ");
    years (an integer 1900-2099, and the second half of ranges like 2018-19 or 2020/21);
    the denominator in "per 1,000"; numbers glued to letters ("COVID-19", "2nd", "10s", "A5").
    """
    cleaned = strip_markers(text)
    skip: set[int] = set()
    for m in _LIST_NUMBER.finditer(cleaned):
        skip.update(range(m.start(), m.end()))
    for m in _YEAR_RANGE.finditer(cleaned):
        skip.update(range(m.start(2), m.end(2)))
    kept = []
    for num in find_numbers(cleaned):
        if num.start in skip:
            continue
        if num.decimals == 0 and "," not in num.text and 1900 <= num.value <= 2099:
            continue
        before = cleaned[:num.start]
        after = cleaned[num.end:num.end + 1]
        if re.search(r"\bper\s+$", before, re.IGNORECASE):
            continue
        prev = before[-1:] if before else ""
        prev2 = before[-2:-1] if len(before) > 1 else ""
        if prev.isalpha() or (prev in "-." and prev2.isalpha()) or after.isalpha():
            continue
        kept.append(num)
    return kept


def same_number(gold: float, candidate: float, tolerance: float = 0.0) -> bool:
    """Whether a stated number matches a gold one.

    Signs are ignored (a "fall of 42%" states 42). A candidate matches when it lies within the
    relative ``tolerance`` of the gold value, or rounds to the gold value at the gold value's
    printed precision (gold 3.7 matches 3.70 and 3.71, not 4; gold 12.2 does not match 12).
    """
    g, c = abs(float(gold)), abs(float(candidate))
    allowed = max(tolerance * g, 0.5 * 10 ** -decimals_of(gold)) + 1e-9
    return abs(g - c) <= allowed


def supported_by(stated: Number, source: float) -> bool:
    """Whether a number stated in an answer is the source number, or a rounding of it."""
    return abs(stated.value - abs(source)) <= 0.5 * 10 ** -stated.decimals + 1e-9
