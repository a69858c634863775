"""Find the places of England and Wales (CSP areas, counties, regions, police forces) named in text."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["LOCAL_TYPES", "PlaceMatch", "Place", "find_places", "is_known_place", "canonical_place", "place_info"]

# Local areas first: "Cornwall" is both a county and a unitary, "West Midlands" a county and a region;
# a match reports the most local reading.
_TYPE_RANK = {
    "unitary": 0, "london_borough": 0, "welsh_principal_area": 0, "city": 1, "borough": 1, "district": 1,
    "county": 2, "police_force": 3, "region": 4, "country": 5,
}
# The types that are a Community Safety Partnership's own area (lower-tier and unitary authorities).
LOCAL_TYPES = frozenset({"district", "borough", "city", "unitary", "london_borough", "welsh_principal_area"})

# Words, digits and "&" are tokens; apostrophes, hyphens and spaces only separate them, so
# "Newcastle-under-Lyme" = "Newcastle under Lyme" and "King's Lynn" = "King’s Lynn".
_TOKEN = re.compile(r"[^\W_]+|&")
# What may stand between two tokens of one place name: spaces (line breaks too, for PDFs), hyphens,
# apostrophes, a full stop after "St" and one comma ("Bournemouth, Christchurch and Poole").
_GAP = re.compile(r"[\s\-–'’.]*,?[\s\-–]*")
_MAX_GAP = 6


@dataclass(frozen=True)
class Place:
    """One entry of places.json."""

    name: str
    type: str
    within: tuple[str, ...]
    abolished: int | None = None


@dataclass(frozen=True)
class PlaceMatch:
    """A place named in text: its canonical name and type, and where the text names it."""

    name: str
    type: str
    start: int
    end: int


def _norm_token(tok: str) -> str:
    # "&" and "and" are the same word in place names ("Brighton & Hove")
    return "and" if tok == "&" else tok.lower()


def _key(name: str) -> tuple[str, ...]:
    return tuple(_norm_token(t) for t in _TOKEN.findall(name))


@dataclass
class _Gazetteer:
    places: dict[str, Place]                       # canonical name -> most local entry
    keys: dict[tuple[str, ...], str]               # token key -> canonical name, or "" when ambiguous
    ambiguous: dict[tuple[str, ...], tuple[str, ...]]
    trie: dict                                     # token -> subtrie; None key marks the end of a name
    capitalised_only: frozenset[tuple[str, ...]]


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    """Load places.json once and index it by token sequence."""
    raw = json.loads(resources.files("assistant.data").joinpath("places.json").read_text(encoding="utf-8"))
    places: dict[str, Place] = {}
    for p in raw["places"]:
        entry = Place(p["name"], p["type"], tuple(p.get("within") or ()), p.get("abolished"))
        old = places.get(entry.name)
        if old is None or _TYPE_RANK[entry.type] < _TYPE_RANK[old.type]:
            places[entry.name] = entry
    keys: dict[tuple[str, ...], str] = {_key(n): n for n in places}
    for alias, target in raw.get("aliases", {}).items():
        keys.setdefault(_key(alias), target)  # a real place's own name beats an alias spelled the same
    ambiguous = {_key(a): tuple(ts) for a, ts in raw.get("ambiguous", {}).items()}
    for k in ambiguous:
        keys.setdefault(k, "")
    trie: dict = {}
    for k in keys:
        node = trie
        for tok in k:
            node = node.setdefault(tok, {})
        node[None] = k
    cap_only = frozenset(_key(n) for n in raw.get("capitalised_only", ()))
    return _Gazetteer(places, keys, ambiguous, trie, cap_only)


def canonical_place(name: str) -> str | None:
    """The canonical name of a place or alias (any case, '&' for 'and'), or None if unknown or ambiguous."""
    if not name:
        return None
    g = _gazetteer()
    k = _key(name)
    if k[:1] == ("the",):
        k = k[1:]
    return g.keys.get(k) or None


def is_known_place(name: str) -> bool:
    """True when name (or an alias) is a place in places.json."""
    return canonical_place(name) is not None


def place_info(name: str) -> Place | None:
    """The places.json entry for a place or alias (the most local reading when a name has several)."""
    canon = canonical_place(name)
    return _gazetteer().places.get(canon) if canon else None


def find_places(text: str) -> list[PlaceMatch]:
    """Places named in text, in order, non-overlapping; at each position the longest name wins.

    Case-insensitive on whole words, except names that are also ordinary words ("Reading", "Bury"),
    which must be capitalised. An ambiguous short form ("Newcastle") is resolved only when the other
    places in the text point to one reading; otherwise it is left out.
    """
    g = _gazetteer()
    toks = [(m.start(), m.end(), _norm_token(m.group())) for m in _TOKEN.finditer(text)]
    found: list[tuple[int, int, tuple[str, ...]]] = []
    i, n = 0, len(toks)
    while i < n:
        node = g.trie.get(toks[i][2])
        best: tuple[int, tuple[str, ...]] | None = None
        j = i
        while node is not None:
            if None in node:
                best = (j, node[None])
            j += 1
            if j >= n:
                break
            gap = text[toks[j - 1][1]:toks[j][0]]
            # the gap test is bounded by _MAX_GAP, so each step costs O(1) and the scan stays linear
            if len(gap) > _MAX_GAP or not _GAP.fullmatch(gap) or ("." in gap and toks[j - 1][2] != "st"):
                break  # a full stop ends a name, except in "St. Albans"

            node = node.get(toks[j][2])
        if best is not None:
            last, key = best
            start, end = toks[i][0], toks[last][1]
            if not (key in g.capitalised_only and not text[start].isupper()):
                found.append((start, end, key))
                i = last + 1
                continue
        i += 1
    out: list[PlaceMatch] = []
    pending: list[tuple[int, int, tuple[str, ...]]] = []
    for start, end, key in found:
        canon = g.keys.get(key)
        if canon:
            p = g.places[canon]
            out.append(PlaceMatch(canon, p.type, start, end))
        else:
            pending.append((start, end, key))
    if pending:
        out.extend(_resolve_ambiguous(pending, out, g))
        out.sort(key=lambda m: m.start)
    return out


def _resolve_ambiguous(pending, known: list[PlaceMatch], g: _Gazetteer) -> list[PlaceMatch]:
    """Pick the reading of an ambiguous name whose county/region/force the text's other places share."""
    context: dict[str, int] = {}
    for m in known:
        for c in (m.name, *g.places[m.name].within):
            context[c] = context.get(c, 0) + 1
    out = []
    for start, end, key in pending:
        scored = []
        for cand in g.ambiguous.get(key, ()):
            p = g.places[cand]
            # countries say nothing about which reading is meant
            scored.append((sum(context.get(c, 0) for c in p.within if g.places.get(c) and g.places[c].type != "country"), cand))
        scored.sort(reverse=True)
        if scored and scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            cand = scored[0][1]
            out.append(PlaceMatch(cand, g.places[cand].type, start, end))
    return out
