"""Row labels: printed label to canonical measure and qualifier; parent/child rows within a table."""

from __future__ import annotations

import re

from assistant.tables.cells import clean_label, qualifier_of
from assistant.tables.vocabulary import canonical_measure, exact_measure, normalise_label, parent_of


def measure_of(printed: str) -> tuple[str, str | None, str | None]:
    """(clean printed label, canonical measure, qualifier) for a row or column label."""
    clean = clean_label(printed)
    exact = exact_measure(clean)
    if exact:
        return clean, exact, None
    return clean, canonical_measure(clean), qualifier_of(clean)


def _upper(label: str) -> bool:
    core = re.sub(r"\([^)]*\)", "", label)
    letters = [ch for ch in core if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _ancestors(measure: str | None) -> list[str]:
    out: list[str] = []
    frontier = list(parent_of(measure))
    while frontier:
        m = frontier.pop(0)
        if m not in out:
            out.append(m)
            frontier.extend(parent_of(m))
    return out


def parent_rows(labels: list[str], measures: list[str | None], groups: list[str | None]) -> list[int | None]:
    """For each row, the index of its parent row in the same table, or None.

    Structure first: 'Burglary - Burglary Residential' is a child of the 'Burglary' row; rows in a
    group that opens with a 'Total ...' row are its children; in tables that print top-level rows
    in capitals, mixed-case rows belong to the capitalised row above. The vocabulary then refines
    to the nearest row above that is a known ancestor of the row's measure.
    """
    keys = [normalise_label(x) for x in labels]
    uppers = [_upper(x) for x in labels]
    capital_structure = sum(uppers) >= 2 and (len(labels) - sum(uppers)) >= 2
    group_first: dict[str, int] = {}
    out: list[int | None] = []
    for i, label in enumerate(labels):
        parent: int | None = None
        for sep in (" - ", " – ", " — "):
            if sep in label:
                prefix = normalise_label(label.split(sep, 1)[0])
                hits = [j for j in range(i) if keys[j] == prefix]
                if hits:
                    parent = hits[-1]
                    break
        g = groups[i]
        first = group_first.setdefault(g, i) if g else i
        if parent is None and first < i and keys[first].startswith("total"):
            parent = first
        if parent is None and capital_structure and not uppers[i]:
            caps = [j for j in range(i) if uppers[j]]
            parent = caps[-1] if caps else None
        for anc in _ancestors(measures[i]):
            hits = [j for j in range(i) if measures[j] == anc]
            if hits:
                if parent is None or hits[-1] > parent:
                    parent = hits[-1]
                break
        if parent is not None and measures[parent] is not None and measures[parent] == measures[i]:
            parent = None
        out.append(parent)
    return out
