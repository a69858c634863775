"""Reading single cells: numbers as printed, missing-value markers, footnote marks, clean labels."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.text import SUPERSCRIPT_DIGITS

_SUP_TO_DIGIT = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
MISSING_MARKERS = frozenset({"", "n/a", "na", "...", "…", "..", "-", "–", "*", "x", ":", "null"})
_NUMBER = re.compile(r"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$")
_ARROW = re.compile(r"^([▲▼↑↓►◄▶◀↔→])\s?(\d[\d,]*(?:\.\d+)?%?)$")
_DOWN = "▼↓"
_RANK = re.compile(r"^(\d+)(?:st|nd|rd|th)\s+of\s+\d+$")


@dataclass(frozen=True)
class Number:
    """A number as printed: its value, decimals shown and whether it carried a % sign."""

    value: float
    decimals: int
    percent: bool
    text: str


def parse_number(cell: str) -> Number | None:
    """A printed number ('1,234', '17.2', '13%'), or None when the cell is not one."""
    s = cell.strip()
    printed = s
    rank = _RANK.match(s)
    if rank:
        return Number(float(rank.group(1)), 0, False, printed)  # '9th of 15': the rank
    arrow = _ARROW.match(s)
    if arrow:
        # a change printed after an arrow ('▲ 9%', '▼ 8%', '► 0%'): its sign is the arrow's
        s = ("-" if arrow.group(1) in _DOWN else "") + arrow.group(2)
    if not _NUMBER.match(s):
        return None
    percent = s.endswith("%")
    core = s.rstrip("%").replace(",", "")
    decimals = len(core.split(".", 1)[1]) if "." in core else 0
    return Number(float(core), decimals, percent, printed)


def is_missing(cell: str) -> bool:
    """True for cells printed as a missing-value marker ('N/A', '...', '-')."""
    return cell.strip().lower() in MISSING_MARKERS


def footnote_marks(text: str) -> tuple[str, ...]:
    """Superscript footnote marks in a label, as digit strings ('¹¹' -> '11')."""
    return tuple(m.translate(_SUP_TO_DIGIT) for m in re.findall(f"[{SUPERSCRIPT_DIGITS}]+", text))


def clean_label(text: str) -> str:
    """A label without footnote marks, markdown emphasis or surrounding punctuation."""
    s = re.sub(f"\\s*[{SUPERSCRIPT_DIGITS}]+", "", text)
    s = s.replace("**", "").replace("*", "")
    s = re.sub(r"\s+", " ", s)
    return s.strip().strip(":").strip()


def split_cells(line: str) -> list[str]:
    """A tab-separated line's cells, stripped, with trailing empty cells removed."""
    cells = [c.strip() for c in line.split("\t")]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def is_rule_line(line: str) -> bool:
    """True for lines made only of dashes, tabs and spaces (markdown table rules, grid table borders)."""
    s = line.replace("\t", "").replace(" ", "")
    return bool(s) and set(s) <= set("-–—=|:+") and bool(set(s) & set("-–—="))


def qualifier_of(printed: str) -> str | None:
    """A qualifying parenthetical such as '(excl. Covid breaches)' or '(experimental)'."""
    for m in re.finditer(r"\(([^)]*)\)", printed):
        inner = m.group(1).strip()
        if re.match(r"(excl|incl|excluding|including|experimental|provisional|pre-pandemic|avg|average)", inner, re.I):
            return inner
    return None
