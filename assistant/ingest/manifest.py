"""Document provenance: from the corpus manifest, or inferred from the document's own text."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..text import APRIL_TO_MARCH, MONTH as _MONTH, PERIOD_RANGE, YEAR
from ..types import DocumentMeta
from .places import LOCAL_TYPES, canonical_place, find_places, place_info

MANIFEST_NAME = "manifest.json"

_YEAR = re.compile(rf"\b{YEAR}\b")


def doc_id_for(path: Path) -> str:
    """Stable document id: the file name without its extension, unless another readable file in the same
    folder shares that stem; then the full file name (ingest.corpus.document_ids gives a whole corpus its ids)."""
    try:
        stems = _readable_stems(str(path.parent), path.parent.stat().st_mtime_ns)
    except OSError:
        return path.stem
    return path.name if stems.get(path.stem, 0) > 1 else path.stem


@lru_cache(maxsize=64)
def _readable_stems(folder: str, mtime_ns: int) -> dict[str, int]:
    """How many readable files of a folder share each stem (cached per folder state: one listing per build)."""
    from .readers import SUPPORTED_SUFFIXES

    counts: dict[str, int] = {}
    for p in Path(folder).iterdir():
        if p.suffix.lower() in SUPPORTED_SUFFIXES:
            counts[p.stem] = counts.get(p.stem, 0) + 1
    return counts


def normalise_period(text: str | None) -> str | None:
    """The first period in text as 'YYYY-YY' (financial year) or 'YYYY-YYYY' (plan period), or a year."""
    if not text:
        return None
    m = PERIOD_RANGE.search(text)
    if m:
        a, b = m.group(1), m.group(2)
        if len(b) == 4:
            return f"{a}-{b[2:]}" if int(b) == int(a) + 1 else f"{a}-{b}"
        return f"{a}-{b}"
    m = _YEAR.search(text)
    return m.group(0) if m else None


def read_manifest(corpus_dir: Path) -> dict[str, dict]:
    """Valid manifest entries keyed by file name; empty when the corpus has no manifest."""
    from .manifest_entries import read_manifest_checked

    return read_manifest_checked(corpus_dir)[0]


def meta_from_manifest(path: Path, entry: dict, ftype: str) -> DocumentMeta:
    """DocumentMeta from a manifest entry."""
    data_period = entry.get("data_period")
    return DocumentMeta(
        doc_id=doc_id_for(path),
        source=path.name,
        title=entry.get("title") or path.stem,
        partnership=entry.get("partnership"),
        kind=entry.get("kind"),
        published=entry.get("published"),
        period=entry.get("period") or normalise_period(data_period) or normalise_period(entry.get("title")),
        producer=entry.get("producer"),
        data_period=data_period,
        file_type=ftype,  # type: ignore[arg-type]
    )


_TITLE_LINE = re.compile(r"^Title\t(.+)$", re.M)
_LEADING_AREA = re.compile(r"^(?P<name>[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+)?)\s+(?:District|Borough|County)\b")

# How far into a document its front matter (title page, data period, producer) is looked for.
_HEAD_CHARS = 3000
# "First pages" for the last-resort count of local authority names.
_PAGES_CHARS = 12000
# Assessments name their data year in the findings, which start after the front matter and contents: look further.
_FY_CHARS = 30000

# A place-like name: capitalised words on one line, joined by the small words place names contain
# ("Basingstoke and Deane", "Newcastle upon Tyne", "Stoke-on-Trent"), in title case or capitals.
_NAME = (
    r"(?:[A-Z][\w'’.\-]*)"
    r"(?:[ \t]+(?:(?:and|&|of|upon|on|under|with|the|AND|OF|UPON|ON|UNDER|WITH|THE)[ \t]+)?[A-Z][\w'’.\-]*){0,6}"
)
# What follows a partnership's name: the partnership itself, or a document it issues.
_PARTNERSHIP_WORDS = (
    r"(?i:community[ \t]+safety(?:[ \t]+(?:and|&)[ \t]+\w+)?\s+(?:partnership|agreement|strategy|strategic\s+assessment|plan)"
    r"|community\s+(?:safety\s+)?wellbeing\s+partnership|safety\s+partnership|crime\s+and\s+disorder\s+reduction\s+partnership"
    r"|CSP|CDRP)\b"
)
_CANDIDATE_PATTERNS: tuple[tuple[re.Pattern, int], ...] = (
    # "<Name> Community Safety Partnership", "<Name> CSP", "<Name> Community Safety Strategy"
    (re.compile(rf"(?P<name>{_NAME})[ \t]+{_PARTNERSHIP_WORDS}"), 3),
    # "Community Safety Partnership for <Name>"
    (re.compile(rf"(?i:community\s+safety\s+partnership|CSP)\s+(?i:for|of)[ \t]+(?:the[ \t]+)?(?P<name>{_NAME})"), 3),
    # brands: "Safer <Name> (Partnership)", "BSafe <Name>"
    (re.compile(rf"(?<![\w-])(?P<name>(?i:safer|b-?safe|safe)[ \t]+{_NAME})"), 3),
    # "<Name> Borough Council", "London Borough of <Name>", "City and County of <Name>": the council is weaker
    # evidence (a county council often produces a district's assessment), so it only breaks ties
    (re.compile(rf"(?P<name>{_NAME})[ \t]+(?i:(?:metropolitan[ \t]+|county[ \t]+)?borough|district|city)[ \t]+(?i:council)\b"), 1),
    (re.compile(rf"(?i:london[ \t]+borough|royal[ \t]+borough|city[ \t]+and[ \t]+county|county[ \t]+borough)[ \t]+of[ \t]+(?P<name>{_NAME})"), 1),
)
# Words that end a name: they belong to what the partnership is or does, not to where it is.
_NAME_STOP = frozenset(
    "community safety partnership partnerships strategy strategic assessment plan council team board group executive "
    "summary annual report crime drugs alcohol steering document agreement wellbeing csp cdrp police refresh".split()
)
_QUALIFIERS = ("metropolitan borough", "county borough", "borough", "district", "city", "county", "council")
_PREFIXES = ("city and county of ", "london borough of ", "royal borough of ", "county borough of ", "borough of ",
             "city of ", "county of ", "the ")
_BRAND = re.compile(r"^(safer|b-?safe|safe)\s+", re.I)
# Capitalised words that open sentences and headings but never name a partnership.
_NOT_NAMES = frozenset(
    "a all an annual any each every key local national only other our partner partners statutory strategic the "
    "their this these those what where which who why your county district borough city".split()
)
_SMALL_WORDS = frozenset("and of upon on under with the in".split())


def _title_case(name: str) -> str:
    """'NORTH HAMPSHIRE' -> 'North Hampshire', leaving mixed-case names ('BSafe') as written."""
    words = name.split()
    out = []
    for i, w in enumerate(words):
        if w.isupper() and len(w) > 1 or w.islower():
            w = w.lower() if (i and w.lower() in _SMALL_WORDS) else "-".join(p[:1].upper() + p[1:].lower() for p in w.split("-"))
        out.append(w)
    return " ".join(out)


def _cut_at_stop_words(name: str) -> str:
    words = name.split()
    for i, w in enumerate(words):
        if w.lower().strip(".,:;'’") in _NAME_STOP:
            words = words[:i]
            break
    while words and words[-1].lower() in _SMALL_WORDS:
        words.pop()
    return " ".join(words)


def _local_place(name: str) -> str | None:
    """Canonical name when name is a known place, trying it without 'Borough'/'Council'/'City of' wrappers."""
    tries = [name]
    low = name.lower()
    for q in _QUALIFIERS:
        for t in list(tries):
            if t.lower().endswith(" " + q):
                tries.append(t[: -len(q) - 1])
    for pre in _PREFIXES:
        if low.startswith(pre):
            tries.append(name[len(pre):])
    for t in tries:
        canon = canonical_place(t)
        if canon:
            return canon
    return None


_AREA_WORDS = frozenset("north south east west mid central greater inner outer upper lower".split())


def _brand_area(words: str) -> str | None:
    """The area a brand names: optional compass words then the first place ('North Hampshire' of
    'North Hampshire Basingstoke ...'), or None when the words do not open with a place."""
    toks = words.split()
    lead = 0
    while lead < len(toks) and toks[lead].lower() in _AREA_WORDS:
        lead += 1
    rest = " ".join(toks[lead:])
    first = next(iter(find_places(rest)), None)
    if first is None or first.start != 0:
        return None
    return " ".join(toks[:lead] + [rest[: first.end]]).strip()


def _resolve_name(raw: str) -> tuple[str, int] | None:
    """A partnership name from a captured phrase, with its strength: 3 a local area, 2 another known place
    or 'Safer <area>', 1 an unknown name."""
    name = _cut_at_stop_words(raw.strip(" \t.,:;-–"))
    name = re.sub(r"['’]s$", "", name).strip()
    if not name or name.lower() in _NOT_NAMES or name.split()[0].lower() in _NOT_NAMES - {"the"}:
        return None
    name = _title_case(re.sub(r"^(?i:the)\s+", "", name))
    if not name:
        return None
    brand = _BRAND.match(name)
    if brand:
        area = _brand_area(name[brand.end():])
        if not area:
            return None  # "Safer Roads", "Safer Streets": a programme, not a partnership
        canon = _local_place(area)
        if canon and (info := place_info(canon)) and info.type in LOCAL_TYPES:
            return canon, 3
        # "Safer North Hampshire": a partnership named for an area that is not one authority
        return f"{name[:brand.end()].strip()} {area}", 3
    canon = _local_place(name)
    if canon:
        info = place_info(canon)
        return canon, 3 if info and info.type in LOCAL_TYPES else 2
    joint = _joint_name(name)
    if joint:
        return joint, 3
    if find_places(name) and len(name.split()) > 1:
        return name, 2
    return name, 1


def _joint_name(name: str) -> str | None:
    """'Babergh and Mid Suffolk', 'Babergh & Mid Suffolk': a partnership of two or more local authority areas, each
    a known place, named together (canonical names joined by 'and')."""
    parts = [p.strip() for p in re.split(r",|\s+(?:and|&)\s+", name) if p.strip()]
    if len(parts) < 2:
        return None
    canon = []
    for part in parts:
        c = _local_place(part)
        info = place_info(c) if c else None
        if not (info and info.type in LOCAL_TYPES):
            return None
        canon.append(c)
    return ", ".join(canon[:-1]) + " and " + canon[-1]


def _partnership_candidates(text: str, weight: int, scores: dict[str, list], in_title: bool = False) -> None:
    """Add every partnership-like name in text to scores[name] = [points, first position, strength, in title]."""
    for pattern, pattern_weight in _CANDIDATE_PATTERNS:
        for m in pattern.finditer(text):
            got = _resolve_name(m.group("name"))
            if not got:
                continue
            name, strength = got
            entry = scores.setdefault(name, [0, m.start(), strength, in_title])
            # strength dominates: a known local place beats any number of unknown capitalised phrases
            entry[0] += weight * pattern_weight * (10 ** strength)
            entry[1] = min(entry[1], m.start())


def _name_from_file(path: Path) -> str | None:
    """'safer-north-hampshire_2012-13_strategic-assessment' -> 'Safer North Hampshire', when it names a place."""
    words: list[str] = []
    for w in re.split(r"[\s_\-]+", path.stem):
        if re.match(r"(19|20)\d{2}", w):
            break
        words.append(w)
    if not words or len(words) == len(re.split(r"[\s_\-]+", path.stem)):
        return None  # no year: the words are the whole name of the file, not a partnership
    phrase = " ".join(words)
    if not find_places(phrase):
        return None
    got = _resolve_name(_title_case(phrase.title()))
    return got[0] if got and got[1] >= 2 else None


def _most_named_area(text: str) -> str | None:
    """The local authority area named most often in the first pages (ties: the first named)."""
    counts: dict[str, list[int]] = {}
    for m in find_places(text[:_PAGES_CHARS]):
        if m.type in LOCAL_TYPES:
            c = counts.setdefault(m.name, [0, m.start])
            c[0] += 1
    if not counts:
        return None
    return max(counts.items(), key=lambda kv: (kv[1][0], -kv[1][1]))[0]


def infer_partnership(path: Path, title: str, text: str) -> str | None:
    """The partnership a document belongs to: from its title and front matter, else its file name, else the
    local area it names most."""
    scores: dict[str, list] = {}
    _partnership_candidates(title, 4, scores, in_title=True)
    pm = _LEADING_AREA.search(title)
    if pm and not scores:
        got = _resolve_name(pm.group("name"))
        if got:
            scores[got[0]] = [4 * (10 ** got[1]), 0, got[1], True]
    _partnership_candidates(text[:_HEAD_CHARS], 1, scores)
    if scores:
        best, (_, _, strength, in_title) = max(scores.items(), key=lambda kv: (kv[1][0], -kv[1][1]))
        # an unknown phrase from the body alone (not the title) is too weak to stand as a partnership name
        if strength >= 2 or in_title:
            return best
    return _name_from_file(path) or _most_named_area(text)


# Front-matter labels that introduce the period a document's figures cover.
_DATA_PERIOD_LABEL = re.compile(
    r"^[ \t]*(?:(?:(?:data|analysis|reporting|time|assessment)[ \t]+period|period[ \t]+covered|data[ \t]+covered|"
    r"evidence[ \t]+base|data)[ \t]*(?::[ \t]*|\t[ \t]*|$)|covering[ \t]+)(?P<value>[^\n]*)$",
    re.I | re.M,
)


def _period_of(value: str) -> str | None:
    """A data period as normalise_period writes it, reading 'April 2017 to March 2018' as '2017-18'."""
    fy = APRIL_TO_MARCH.search(value)
    pm = PERIOD_RANGE.search(value)
    if fy and len(fy.group(1) or "") == 4 and int(fy.group(2)) == int(fy.group(1)) + 1 and (pm is None or fy.start() < pm.start()):
        return f"{fy.group(1)}-{fy.group(2)[2:]}"
    return normalise_period(value)


def infer_data_period(text: str) -> str | None:
    """The labelled data period of a document's front matter ('Data period: 2010-11 (...)'), as written."""
    head = text[:_HEAD_CHARS]
    for m in _DATA_PERIOD_LABEL.finditer(head):
        value = m.group("value").strip()
        if not value:
            # PDF layouts put the label on its own line and the value on the next
            rest = head[m.end():].lstrip("\n \t")
            value = rest.split("\n", 1)[0].strip()
        if _YEAR.search(value):
            return value
    return None


def _financial_year_near(year: int, text: str) -> str | None:
    """The financial year ending or starting in year that the first pages name most (at least twice)."""
    counts: dict[str, int] = {}
    for m in PERIOD_RANGE.finditer(text[:_FY_CHARS]):
        a, b = int(m.group(1)), int(m.group(2)[-2:])
        if b == (a + 1) % 100 and a in (year - 1, year):
            key = f"{a}-{m.group(2)[-2:]}"
            counts[key] = counts.get(key, 0) + 1
    if not counts:
        return None
    best = max(counts.items(), key=lambda kv: (kv[1], kv[0] == f"{year - 1}-{year % 100:02d}"))
    return best[0] if best[1] >= 2 else None


# the span a document's front matter says its figures cover: 'January to December 2013', 'April 2017 to March 2018'
_SPAN = re.compile(rf"\b(?P<m1>{_MONTH})\.?\s*(?P<y1>(?:19|20)\d{{2}})?\s*(?:to|until|-|–)\s*(?P<m2>{_MONTH})\.?\s+"
                   rf"(?P<y2>(?:19|20)\d{{2}})\b", re.I)


def _stated_span(text: str) -> str | None:
    """The period of the first month-to-month span the front matter states: 'January to December 2013' -> '2013',
    'April 2017 to March 2018' -> '2017-18'; None when it states none, or a span of another length."""
    for m in _SPAN.finditer(text[:_HEAD_CHARS]):
        m1, m2 = m.group("m1")[:3].lower(), m.group("m2")[:3].lower()
        y2 = int(m.group("y2"))
        y1 = int(m.group("y1")) if m.group("y1") else y2
        if m1 == "jan" and m2 == "dec" and y1 == y2:
            return str(y2)
        if m1 == "apr" and m2 == "mar" and y2 == y1 + 1:
            return f"{y1}-{y2 % 100:02d}"
    return None


def infer_period(path: Path, title: str, text: str, data_period: str | None) -> str | None:
    """The period a document's figures cover: its labelled data period, else the title's (or file name's) period,
    where a bare assessment year gives way to the financial year the text keeps naming ('2021' -> '2020-21')."""
    if data_period and (p := _period_of(data_period)):
        return p
    # "_" is a word character, so "stafford_2020-2024_x" hides its period from \b unless split first
    period = normalise_period(title) or normalise_period(re.sub(r"_", " ", path.stem))
    if period and re.fullmatch(r"\d{4}", period):
        # a bare assessment year: the span the front matter says the figures cover, else the financial year
        # the text keeps naming
        return _stated_span(text) or _financial_year_near(int(period), text) or period
    return period


def infer_meta(path: Path, text: str, ftype: str) -> DocumentMeta:
    """Infer title, partnership and period from a document with no manifest entry; records what was inferred."""
    m = _TITLE_LINE.search(text[:20000])
    if m:
        title = m.group(1).strip()
    else:
        lines = [l.strip().strip("*#").strip() for l in text[:4000].splitlines() if l.strip()]
        picked: list[str] = []
        for line in lines[:4]:
            if line.lower() in ("contents", "table of contents") or "\t" in line:
                break
            picked.append(line)
            if len(" ".join(picked)) >= 25:
                break
        title = " ".join(picked)[:200] or path.stem
    partnership = infer_partnership(path, title, text)
    data_period = infer_data_period(text)
    period = infer_period(path, title, text, data_period)
    inferred = ["title"] + (["partnership"] if partnership else []) + (["period"] if period else [])
    inferred += ["data_period"] if data_period else []
    return DocumentMeta(
        doc_id=doc_id_for(path),
        source=path.name,
        title=title,
        partnership=partnership,
        kind=None,
        published=None,
        period=period,
        producer=None,
        data_period=data_period,
        file_type=ftype,  # type: ignore[arg-type]
        inferred=tuple(inferred),
    )
