"""Reading reporting periods ('2018-19', 'April 2020 - March 2021') out of titles and metadata."""

from __future__ import annotations

import re

from assistant.text import APRIL_TO_MARCH, PERIOD_RANGE, YEAR


def financial_year(start: int) -> str:
    """'2018-19' for the year starting April 2018."""
    return f"{start}-{(start + 1) % 100:02d}"


def parse_period(text: str | None) -> tuple[str | None, str | None]:
    """(period, note) from a title or metadata string; note explains any repair made."""
    if not text:
        return None, None
    m = APRIL_TO_MARCH.search(text)
    if m:
        end = int(m.group(2))
        start_txt = m.group(1) or ""
        if len(start_txt) == 4 and int(start_txt) == end - 1:
            return financial_year(end - 1), None
        return financial_year(end - 1), f"printed as '{m.group(0)}'; read as April {end - 1} to March {end}"
    for m in PERIOD_RANGE.finditer(text):
        a, b = int(m.group(1)), m.group(2)
        if len(b) == 2 and int(b) == (a + 1) % 100:
            return financial_year(a), None
        if len(b) == 4:
            return (financial_year(a), None) if int(b) == a + 1 else (f"{a}-{b}", None)
    return None, None


def document_period(data_period: str | None, period: str | None) -> str | None:
    """The period a document's figures describe: its data period, else its nominal period."""
    for source in (data_period, period):
        p, _ = parse_period(source)
        if p:
            return p
    return (data_period or period or None)


def period_start(period: str | None) -> int | None:
    """The first calendar year of a period ('2019-20' -> 2019), for ordering."""
    if not period:
        return None
    m = re.search(YEAR, period)
    return int(m.group(0)) if m else None
