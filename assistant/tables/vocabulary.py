"""The harmonised measure vocabulary: canonical measures, their printed variants, parents and units.

This is domain knowledge written by hand (police recorded-crime groupings, community safety
abbreviations). The tables engine uses it to give every printed row label a canonical measure;
the answer engine uses `find_measures` and `synonyms` to recognise measures in questions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.text import SUPERSCRIPT_DIGITS


@dataclass(frozen=True)
class Measure:
    """A canonical measure: its printed variants, abbreviations, parent and usual denominator."""

    name: str
    synonyms: tuple[str, ...]
    parent: str | None = None
    alt_parents: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    population: str | None = None  # the denominator population when a rate omits it
    description: str = ""


_TRC = "total recorded crime"

# (name, parent, synonyms, abbreviations, extra) -- kept as data so it reads like a glossary.
_RAW: list[tuple[str, str | None, list[str], list[str], dict]] = [
    (_TRC, None, ["total recorded crime", "all crime", "total crime", "total crime excl fraud", "overall crime",
                  "crime overall", "recorded crime", "all recorded crime", "police recorded crime",
                  "overall offending", "rates of recorded crime"], [], {}),
    ("criminal damage and arson", _TRC, ["criminal damage and arson", "arson and criminal damage"], [], {}),
    ("criminal damage", "criminal damage and arson", ["criminal damage", "arson and criminal damage criminal damage"], [], {}),
    ("arson", "criminal damage and arson", ["arson", "arson and criminal damage arson"], [], {}),
    ("theft offences", _TRC, ["theft offences"], [],
     {"description": "Home Office grouping: includes burglary and vehicle offences"}),
    ("theft", _TRC, ["theft", "thefts"], [],
     {"description": "Police grouping: theft excluding burglary and vehicle offences"}),
    ("burglary", "theft offences", ["burglary", "burglaries", "burglary offences"], [], {}),
    ("residential burglary", "burglary", ["residential burglary", "burglary residential", "burglary burglary residential",
                                          "domestic burglary", "residential burglaries"], [], {}),
    ("non-residential burglary", "burglary", ["non residential burglary", "burglary business and community",
                                              "business and community burglary", "burglary burglary business and community"], [], {}),
    ("car key burglary", "residential burglary", ["car key burglary", "car key burglaries", "burglaries car key",
                                                  "car key burglary ckb", "car key", "car key burglaries and vehicle theft",
                                                  "car key burglary vehicle theft"], ["CKB"], {}),
    ("burglary resulting in vehicle theft", "burglary", ["proportion of burglary resulting in a stolen vehicle",
                                                          "burglary resulting in a stolen vehicle",
                                                          "burglaries which resulted in a vehicle theft"], [], {}),
    ("vehicle offences", "theft offences", ["vehicle offences", "vehicle offence", "vehicle crime"], [], {}),
    ("vehicle theft", "vehicle offences", ["vehicle theft", "vehicle thefts", "theft of vehicles"], [], {}),
    ("shoplifting", "theft", ["shoplifting", "theft shoplifting"], [], {"alt_parents": ("theft offences",)}),
    ("bicycle theft", "theft", ["bicycle theft", "theft bicycle theft", "cycle theft"], [], {"alt_parents": ("theft offences",)}),
    ("theft from the person", "theft", ["theft from the person", "theft from person", "theft theft from the person"], [],
     {"alt_parents": ("theft offences",)}),
    ("other theft", "theft", ["other theft", "theft other theft", "all other theft offences", "all other theft",
                              "other theft offences"], [], {"alt_parents": ("theft offences",)}),
    ("robbery", _TRC, ["robbery", "robbery offences"], [], {}),
    ("robbery of personal property", "robbery", ["robbery of personal property", "robbery robbery of personal property"], [], {}),
    ("robbery of business property", "robbery", ["robbery of business property", "robbery robbery of business property"], [], {}),
    ("sexual offences", _TRC, ["sexual offences"], [], {}),
    ("rape", "sexual offences", ["rape", "sexual offences rape"], [], {}),
    ("other sexual offences", "sexual offences", ["other sexual offences", "sexual offences other sexual offences"], [], {}),
    ("violence against the person", _TRC, ["violence against the person", "violent offences", "violent crime"], ["VAP"], {}),
    ("homicide", "violence against the person", ["homicide"], [], {}),
    ("death or serious injury by unlawful driving", "violence against the person",
     ["death or serious injury unlawful driving", "death or serious injury by unlawful driving"], [], {}),
    ("violence with injury", "violence against the person", ["violence with injury", "violent offences with injury",
                                                             "violence against the person violence with injury"], [], {}),
    ("violence without injury", "violence against the person", ["violence without injury", "violent offences without injury",
                                                                "violence against the person violence without injury"], [], {}),
    ("stalking and harassment", "violence against the person", ["stalking and harassment", "stalking harassment",
                                                                "violence against the person stalking and harassment"], ["S&H"], {}),
    ("public place violence", "violence against the person", ["public place violence", "public place violent offences",
                                                              "public place violent crime", "public place violence including knife crime",
                                                              "violent offences in public spaces", "public place violent"],
     ["PPV"], {}),
    ("drug offences", _TRC, ["drug offences", "drugs offences", "drug offence", "drugs offence"], [], {}),
    ("possession of drugs", "drug offences", ["possession of drugs", "drug possession", "drugs possession",
                                              "drug possession offences", "drugs possession offences", "possession offences",
                                              "drug offences possession of drugs"], [], {}),
    ("trafficking of drugs", "drug offences", ["trafficking in controlled drugs", "trafficking of drugs", "drug trafficking",
                                               "drug offences trafficking in controlled drugs"], [], {}),
    ("possession of weapons", _TRC, ["possession of weapons", "possession of weapons offences", "weapons possession"], [], {}),
    ("public order offences", _TRC, ["public order offences", "public order"], [], {}),
    ("miscellaneous crimes against society", _TRC, ["miscellaneous crimes against society", "misc crimes against society"], [], {}),
    ("fraud", None, ["fraud", "fraud offences", "action fraud referrals", "referrals to action fraud"], [], {}),
    ("anti-social behaviour", None, ["anti social behaviour", "antisocial behaviour", "anti social behaviour asb",
                                     "total anti social behaviour", "total anti social behaviour asb", "asb incidents",
                                     "total asb", "anti social behaviour incidents"], ["ASB"], {}),
    ("rowdy and inconsiderate behaviour", "anti-social behaviour", ["rowdy and inconsiderate behaviour", "rowdy inconsiderate behaviour"], [], {}),
    ("neighbour disputes", "anti-social behaviour", ["neighbour disputes", "neighbour dispute"], [], {}),
    ("nuisance vehicles", "anti-social behaviour", ["nuisance vehicles"], [], {}),
    ("other anti-social behaviour", "anti-social behaviour", ["all other asb", "other asb"], [], {}),
    ("domestic abuse", None, ["domestic abuse", "domestic related crime", "domestic related crimes", "domestic offences",
                              "domestic crime", "domestic flagged offences", "domestic abuse related crimes",
                              "da related crimes", "domestic abuse and stalking and harassment domestic abuse"], ["DA"], {}),
    ("alcohol-related offences", None, ["alcohol", "alcohol related offending", "alcohol related offences", "alcohol flagged offences",
                                        "alcohol related crime", "alcohol flagged offending"], [], {}),
    ("alcohol-related share of violent offences", "alcohol-related offences",
     ["proportion of violent offences flagged as alcohol related"], [], {}),
    ("alcohol-related share of public place violence", "alcohol-related offences",
     ["proportion of public place violent offences flagged as alcohol related"], [], {}),
    ("knife crime", None, ["knife crime", "knife crimes", "offences involving a knife or sharp instrument",
                           "knife or sharp instrument offences", "knife or sharp instrument", "knife enabled crime",
                           "knife-enabled crime", "offences involving a knife"], [], {}),
    ("serious violence", None, ["serious violence"], [], {}),
    ("most serious violence", "serious violence", ["most serious violence", "most serious violent crime"], ["MSV"],
     {"description": "Home Office grouping: homicide, attempted murder, wounding with intent and assaults with a weapon"}),
    ("mental health calls to police", None, ["mental health calls to police", "mental health calls"], [], {}),
    ("mental health-related offences", None, ["offences where mental health is considered a factor",
                                              "mental health related offences"], [], {}),
    ("missing persons", None, ["missing persons", "missing person reports", "missing persons reports"], [], {}),
    ("high-risk missing persons", "missing persons", ["high risk missing persons", "high risk missing person"], [], {}),
    ("child protection plans", None, ["child protection plans", "child protection plan", "child protection",
                                      "children subject to child protection plans"], ["CPP"], {"population": "under-18s"}),
    ("looked-after children", None, ["looked after children", "children looked after"], ["LAC"], {"population": "under-18s"}),
    ("child sexual exploitation", None, ["child sexual exploitation"], ["CSE"], {}),
    ("child criminal exploitation", None, ["child criminal exploitation"], ["CCE"], {}),
    ("violence against women and girls", None, ["violence against women and girls"], ["VAWG"], {}),
    ("hate crime", None, ["hate crime", "hate crimes"], [], {}),
    ("county lines", None, ["county lines", "county line", "drug supply and county lines", "drug supply and county line"], [], {}),
    ("community cohesion", None, ["community cohesion", "community tensions"], [], {}),
    ("extremism", None, ["extremism", "tackling extremism", "counter terrorism", "radicalisation", "prevent referrals"], [], {}),
    ("business crime", None, ["business crime", "crime against businesses"], [], {}),
    ("rural crime", None, ["rural crime"], [], {}),
    ("fire and rescue", None, ["fire and rescue", "fire and fire risk", "fire risk", "dwelling fires"], [], {}),
    ("road safety", None, ["safer roads", "road safety", "road casualties"], [], {}),
    ("vulnerable persons", None, ["vulnerable persons", "safeguarding vulnerable persons", "vulnerable people"], [], {}),
    ("mental health", None, ["mental health", "mental ill health"], [], {}),
    ("child exploitation", None, ["child exploitation", "criminal exploitation"], [], {}),
    ("homelessness", None, ["homelessness", "rough sleeping"], [], {}),
    ("modern slavery", None, ["modern slavery", "people trafficking", "modern slavery people trafficking"], [], {}),
    ("repeat offending", None, ["repeat and persistent offending", "repeat offending", "repeat and persistent offenders",
                                "re offending"], [], {}),
    ("common mental disorders prevalence", None, ["estimated prevalence of common mental disorders",
                                                  "prevalence of common mental disorders", "common mental disorders",
                                                  "mental health disorders"], [], {}),
    ("suicide", None, ["suicide", "suicides"], [], {}),
    ("under-18 conceptions", None, ["under 18 conceptions", "conceptions"], [], {}),
    ("youth offenders", None, ["youth offenders", "youth offending"], [], {"population": "under-18s"}),
    ("population", None, ["population", "estimated population", "number of residents", "how many residents", "how many people live"], [], {}),
    ("referrals", None, ["number of referrals", "referrals"], [], {}),
]

MEASURES: dict[str, Measure] = {
    name: Measure(name=name, synonyms=tuple(syns), parent=parent, abbreviations=tuple(abbrs),
                  alt_parents=tuple(extra.get("alt_parents", ())), population=extra.get("population"),
                  description=extra.get("description", ""))
    for name, parent, syns, abbrs, extra in _RAW
}

_LEADING = ("rate of ", "rates of ", "total ", "number of ", "recorded ", "levels of ", "level of ")


def normalise_label(text: str) -> str:
    """Lower-case a printed label and reduce punctuation, dashes, '&' and footnote marks to spaces."""
    s = re.sub(f"[{SUPERSCRIPT_DIGITS}*]", "", text)
    s = s.replace("&", " and ").replace("’", "").replace("'", "").lower()
    s = re.sub(r"[\-–—/:,.()\[\]]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


@lru_cache(maxsize=1)
def _lookup() -> dict[str, str]:
    table: dict[str, str] = {}
    for m in MEASURES.values():
        for form in (m.name, *m.synonyms, *m.abbreviations):
            table.setdefault(normalise_label(form), m.name)
    return table


def synonyms() -> dict[str, str]:
    """Every printed form (synonyms, abbreviations, canonical names) mapped to its canonical measure."""
    out: dict[str, str] = {}
    for m in MEASURES.values():
        for form in (m.name, *m.synonyms, *m.abbreviations):
            out.setdefault(form, m.name)
    return out


def _variants(n: str) -> list[str]:
    words = n.split()
    out = [n]
    if words and words[-1].endswith("ies"):
        out.append(" ".join(words[:-1] + [words[-1][:-3] + "y"]))
    elif words and words[-1].endswith("s"):
        out.append(" ".join(words[:-1] + [words[-1][:-1]]))
    return out


def canonical_measure(printed: str | None) -> str | None:
    """The canonical measure for a printed label ('Theft – Shoplifting' -> 'shoplifting'), or None."""
    if not printed:
        return None
    table = _lookup()
    raw = re.sub(f"[{SUPERSCRIPT_DIGITS}]", "", printed).strip().strip("*:").strip()
    candidates = [raw]
    no_paren = re.sub(r"\s*\([^)]*\)", "", raw).strip()
    candidates.append(no_paren)
    for base in (raw, no_paren):
        if ":" in base:
            candidates.append(base.rsplit(":", 1)[1])
        for sep in (" - ", " – ", " — "):
            if sep in base:
                candidates.append(base.split(sep, 1)[1])
        if " / " in base:
            candidates.extend(base.split(" / "))
    for cand in candidates:
        n = normalise_label(cand)
        for m in (n, *[n[len(p):] for p in _LEADING if n.startswith(p)]):
            for v in _variants(m):
                if v in table:
                    return table[v]
    return None


def parent_of(measure: str | None) -> tuple[str, ...]:
    """The measure's parent followed by its alternative parents, most specific first."""
    m = MEASURES.get(measure or "")
    if m is None:
        return ()
    return tuple(p for p in (m.parent, *m.alt_parents) if p)


@lru_cache(maxsize=1)
def _finder() -> re.Pattern[str]:
    forms: list[str] = []
    for m in MEASURES.values():
        for form in (m.name, *m.synonyms):
            words = normalise_label(form).split()
            if not words:
                continue
            parts = ["(?:and|&)" if w == "and" else re.escape(w) for w in words]
            last = parts[-1]
            if not words[-1].endswith("s"):
                parts[-1] = last + ("(?:s|es)?" if not words[-1].endswith("y") else "")
            if words[-1].endswith("y"):
                parts[-1] = re.escape(words[-1][:-1]) + "(?:y|ies)"
            forms.append(r"[\s\-–/&]+(?:and[\s\-–]+)?".join(parts) if len(parts) > 1 else parts[0])
    forms.sort(key=len, reverse=True)
    abbrs = sorted({a for m in MEASURES.values() for a in m.abbreviations}, key=len, reverse=True)
    word_part = "(?i:" + "|".join(forms) + ")"
    abbr_part = "|".join(re.escape(a) for a in abbrs)
    return re.compile(rf"(?<![A-Za-z0-9])(?:{abbr_part}|{word_part})(?![A-Za-z0-9])")


def find_measures(text: str) -> list[tuple[str, int, int]]:
    """Measures mentioned in free text: (canonical measure, start, end), leftmost-longest, in order."""
    out: list[tuple[str, int, int]] = []
    for m in _finder().finditer(text):
        canon = canonical_measure(m.group(0))
        if canon is not None:
            out.append((canon, m.start(), m.end()))
    return out


# ---- units -------------------------------------------------------------------------------

_PER = re.compile(r"per\s+([\d,]+)\s*([A-Za-z][\w\-\s]*?)?\s*\.?$", re.I)


def normalise_unit(printed: str | None, measure: str | None = None) -> str | None:
    """A canonical unit for a printed one: 'per 1,000 people' -> 'per 1,000 population'."""
    if not printed:
        return None
    s = re.sub(r"\s+", " ", printed.replace("*", "")).strip().rstrip(".").strip()
    low = s.lower()
    if low.startswith("%") or low.endswith("%") or low in {"percent", "per cent"}:
        return "%"
    if low.startswith("number of") or low in {"count", "incidents", "offences"}:
        return "count"
    if low in {"people", "residents", "persons"}:
        return "people"
    # 'per 1k pop', 'per 10k': thousands written with a k
    low = re.sub(r"\bper\s+(\d{1,3})\s*k\b", lambda k: f"per {int(k.group(1)) * 1000:,}", low)
    m = re.search(r"per\s+([\d,]+)\s*(.*)$", low)
    if not m:
        return s
    base = f"{int(m.group(1).replace(',', '')):,}" if m.group(1).replace(",", "").isdigit() else m.group(1)
    who = m.group(2).strip().rstrip(".")
    who = re.sub(r"^(residents|people|population|pop|persons|inhabitants)$", "population", who)
    if re.fullmatch(r"(u18s|under[\s\-]?18s?|under[\s\-]?18 year olds|children under 18|under 18s)", who):
        who = "under-18s"
    if not who:
        pop = MEASURES[measure].population if measure in MEASURES else None
        who = pop or "population"
    return f"per {base} {who}"


def unit_base(unit: str | None) -> int | None:
    """The denominator of a 'per N ...' unit (1000 for 'per 1,000 population'), else None."""
    if not unit:
        return None
    m = re.match(r"per ([\d,]+)", unit)
    return int(m.group(1).replace(",", "")) if m else None


def exact_measure(printed: str | None) -> str | None:
    """The canonical measure only when the whole printed label is a known form, else None."""
    if not printed:
        return None
    return _lookup().get(normalise_label(printed))


@lru_cache(maxsize=1)
def _superlative_names() -> re.Pattern[str]:
    """Measure and comparator names that start with a superlative word ('most serious violence', 'most similar
    group'): names, not a question asking for the most of something."""
    names = sorted({v for m in MEASURES.values() for v in m.synonyms if re.match(r"(?:most|least|highest|lowest)\b", v)},
                   key=len, reverse=True)
    names += [r"most similar(?:\s+(?:group|family|forces?|areas?|partnerships|csps))?"]
    return re.compile(r"\b(?:" + "|".join(n if n.startswith("most similar(") else re.escape(n).replace(r"\ ", r"\s+")
                                         for n in names) + r")\b", re.I)


def without_superlative_names(text: str) -> str:
    """The text with the measure and comparator names that start with 'most' or 'least' blanked out, for reading
    whether a question asks for the highest or lowest."""
    return _superlative_names().sub(lambda m: " " * len(m.group(0)), text)
