"""Synthetic strategic assessments for scale tests: invented partnerships, wards, years and figures.

The documents follow the layout of the bundled ones (a title block of tab-separated fields, a
contents list with tab and page number, headings, priority fact cards, a CSP-versus-force rate
table, a ward data table and recommendations) so they exercise the same parsing, chunking and
table paths. Every name is made from syllables and every figure is drawn at random, but the
figures agree with each other within a document: a priority's hotspot wards are the wards with
the highest rates in the data table, and its local rate is the one in the overview table.
"""

from __future__ import annotations

import json
import math
import random
import re
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Partnership", "generate_corpus", "add_document", "document_text", "make_partnerships"]

_START = ("Ash", "Brack", "Bram", "Chel", "Dun", "Elm", "Fen", "Gran", "Hol", "Kings", "Lang", "Mar",
          "Nor", "Oak", "Pen", "Red", "Stan", "Thorn", "Wal", "West", "Whit", "Ald", "Brad", "Carl",
          "Dray", "Edge", "Fair", "Glen", "Hart", "Ink", "Kel", "Lud", "Mill", "Ner", "Ot", "Pol")
_END = ("ford", "ley", "bury", "ton", "wick", "ham", "field", "worth", "mouth", "stead", "by", "dale",
        "borough", "minster", "combe", "hurst", "well", "brook", "more", "gate", "thorpe", "cester",
        "wood", "holme", "bridge", "port", "stow", "lowe")
_AREA_SUFFIX = ("", "", "", "", " Vale", " Chase", " Heath", " Valley", " Moorlands", " Forest", " Downs")
_AREA_PREFIX = ("", "", "", "", "", "North ", "South ", "East ", "West ", "Mid ")
_WARD_SUFFIX = ("", "", "", " North", " South", " East", " West", " Central", " Park", " Green", " Common",
                " Rural", " Town", " Village")
_SAINTS = ("Mary", "John", "Michael", "Peter", "Paul", "Andrew", "Luke", "Chad", "Giles", "Leonard")
_FIRST = ("Sam", "Alex", "Jo", "Chris", "Priya", "Tom", "Aisha", "Rhys", "Megan", "Daniel", "Hannah", "Imran")
_LAST = ("Patel", "Evans", "Hughes", "Clarke", "Ahmed", "Morgan", "Price", "Walsh", "Khan", "Turner")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")

# Ward data-table columns (printed as in the bundled documents), with a typical rate per 1,000.
WARD_COLUMNS: tuple[tuple[str, float], ...] = (
    ("Anti-social Behaviour", 24.0),
    ("Arson and Criminal Damage", 7.5),
    ("Burglary Residential", 3.6),
    ("Domestic Abuse", 13.5),
    ("Drug Offences", 1.8),
    ("Possession of Weapons", 0.6),
    ("Public Order Offences", 3.2),
    ("Robbery", 0.6),
    ("Sexual Offences", 2.5),
    ("Shoplifting", 5.5),
    ("Vehicle Offences", 4.8),
    ("Violence against the Person", 24.0),
)
_CRIME_COLUMNS = tuple(c for c, _ in WARD_COLUMNS if c not in ("Anti-social Behaviour", "Domestic Abuse"))


@dataclass(frozen=True)
class _Priority:
    heading: str
    column: str | None  # ward-table column behind its hotspot wards (None: no ward data)
    noun: str
    base: float
    at_risk: tuple[str, ...]
    actions: tuple[str, ...]


_PRIORITIES: tuple[_Priority, ...] = (
    _Priority("Anti-social Behaviour (ASB)", "Anti-social Behaviour", "anti-social behaviour incidents", 24.0,
              ("Deprived and disadvantaged communities, particularly those in high housing density areas.",
               "Town centre areas, which see most Rowdy and Inconsiderate Behaviour in the evening economy."),
              ("Share information on repeat perpetrators so that they receive multi-agency support.",
               "Consider Public Space Protection Orders in the hotspot areas named above.")),
    _Priority("Domestic Abuse", "Domestic Abuse", "domestic abuse related crimes", 13.5,
              ("Disproportionately younger women (aged under 30) in disadvantaged communities.",
               "Households with high levels of economic stress and alcohol or drug dependency."),
              ("Raise awareness among front-line staff of coercive control and financial abuse.",
               "Reach hard-to-engage groups, including men, older victims and rural communities.")),
    _Priority("Residential Burglary", "Burglary Residential", "residential burglaries", 3.6,
              ("Older adults in affluent rural fringe areas with low housing density.",
               "Households with vehicles parked on driveways, targeted for Car Key Burglary."),
              ("Promote target hardening and property marking in the hotspot wards.",
               "Work with neighbourhood watch schemes to share timely crime prevention advice.")),
    _Priority("Shoplifting and Business Crime", "Shoplifting", "shoplifting offences", 5.5,
              ("Small independent retailers without security staff.",
               "Town centre businesses during late opening hours."),
              ("Engage with Business Crime Advisors and the local Business Improvement District.",
               "Support retailers to report all offences, including low-value thefts.")),
    _Priority("Serious Violence and Knife Crime", "Violence against the Person", "violent offences", 24.0,
              ("Young men aged 15 to 24, particularly in the night-time economy.",
               "Children and young people at risk of criminal exploitation."),
              ("Engage with the development of the Serious Violence Duty strategy.",
               "Continue weapons awareness work in schools, colleges and youth settings.")),
    _Priority("Vehicle Crime", "Vehicle Offences", "vehicle offences", 4.8,
              ("Residents of terraced streets without off-road parking.",
               "Owners of vans and tools stored in vehicles overnight."),
              ("Promote vehicle security advice and catalytic converter marking.",
               "Target patrols at the car parks with repeat offences.")),
    _Priority("Drugs and County Lines", "Drug Offences", "drug offences", 1.8,
              ("Vulnerable adults at risk of cuckooing.",
               "Young people excluded from mainstream education."),
              ("Continue to treat criminally exploited young people as victims in need of support.",
               "Share intelligence on cuckooed addresses between housing and police partners.")),
    _Priority("Criminal Damage and Arson", "Arson and Criminal Damage", "criminal damage and arson offences", 7.5,
              ("Social housing estates with high levels of deliberate secondary fires.",
               "Open spaces and parks used by groups of young people."),
              ("Work with Fire and Rescue on deliberate fire reduction.",
               "Remove fly-tipped waste quickly to reduce the risk of arson.")),
    _Priority("Fraud and Scams", None, "fraud referrals", 3.9,
              ("Older people living alone, especially those socially isolated.",
               "Small businesses exposed to invoice and ransomware fraud."),
              ("Raise awareness of courier and doorstep fraud among carers and relatives.",
               "Help businesses understand the links between cyber-security and fraud.")),
    _Priority("Hate Crime and Community Cohesion", None, "hate crimes", 1.6,
              ("People with disabilities and learning difficulties, who under-report.",
               "LGBTQ+ residents and minority ethnic communities."),
              ("Promote third-party reporting centres.",
               "Engage with the county Hate Crime Strategy and its partnership group.")),
)

_SENTENCES = (
    "Under the Crime and Disorder Act 1998 the partnership has a duty to reduce crime and disorder in {p}.",
    "This assessment draws on police recorded crime, anti-social behaviour incidents and partner data for {period}.",
    "Partners agreed the priorities in this assessment at the {p} Community Safety Partnership board in {month} {year}.",
    "The assessment should be read alongside the Police and Crime Commissioner's plan for {force}.",
    "Where figures are given as rates, they are per 1,000 residents using mid-year population estimates.",
    "The partnership is asked to consider the recommendations at the end of this report when refreshing its plan.",
    "Overall levels of crime in {p} are {cmp} the {force} force average.",
    "{p} has an estimated population of {pop} people, with a {age} population than the force average.",
    "Levels of deprivation are {dep} than most partnership areas in {force}, with pockets of deprivation in {w1} and {w2}.",
    "Average annual earnings in {p} are around £{earn} per year {hl} than the national average.",
    "Housing affordability remains a concern, particularly for younger families moving into {w3}.",
    "The area has a mix of market towns, villages and rural communities, centred on {w1}.",
    "Volunteer and community groups in {w2} continue to support the partnership's work.",
    "Data for {period} were affected by changes in recording practice, so trends should be read with care.",
    "Residents told the annual survey that they feel safe in {p} during the day ({safe_day}%) and after dark ({safe_night}%).",
    "Around {conf}% of residents are satisfied with the level of visible police presence in their area.",
    "Repeat victims tend to experience the same levels of psychological harm as victims of less serious violent crime.",
    "Children and young people in areas of high deprivation are at greater risk of criminal exploitation.",
    "Alcohol remains a cross-cutting theme across a range of priorities in {p}.",
    "Mental health is a cross-cutting area of need, with many of the most vulnerable victims experiencing it.",
    "Calls for service in {w1} rose over the year, largely during the summer months.",
    "The night-time economy around {w1} continues to generate demand on a Friday and Saturday evening.",
    "Rural communities such as {w3} report crime less often, so recorded levels may understate the problem.",
    "Partners in {p} have worked with {force} Fire and Rescue Service on joint home safety visits.",
    "Multi-agency risk assessment conferences heard {marac} cases from {p} during {period}.",
    "The partnership funded {projects} community projects through the Safer Communities grant in {period}.",
    "School attainment in {w2} remains below the average for {p}, a factor linked to later offending.",
    "Out-of-work benefit claimant rates are highest in {w1} and lowest in {w3}.",
    "Feedback from residents' meetings in {w2} highlighted speeding and parking as concerns.",
    "The youth offending service worked with {yos} young people from {p} during the year.",
    "Public-place violence is concentrated between 21:00 and 04:00 on weekends.",
    "Victims who are older adults are less likely than average to report crime to the police.",
    "The partnership should keep prevention and early intervention at the heart of its strategy.",
    "Economic pressures on households are likely to increase demand on services during the coming year.",
    "The Community Trigger was activated {trigger} times in {p} during {period}.",
)

_CHALLENGES = (
    ("Repeat and Persistent Offending", "Offenders with drug and alcohol dependency account for a large share of "
     "repeat acquisitive offending in {p}."),
    ("Modern Slavery", "Referrals to the National Referral Mechanism from {p} remain low, which may reflect "
     "limited awareness among front-line staff."),
    ("Fire and Fire Risk", "Deliberate secondary fires in {w1} rose during the summer, mostly refuse and grass fires."),
    ("Counter Terrorism / Prevent", "Prevent referrals from {p} have been received in each of the last three years."),
    ("Safer Roads", "Killed and seriously injured casualties on rural roads around {w3} remain a concern."),
    ("Business Crime", "Businesses in {w1} report that low-level theft often goes unreported."),
)

_FORCE_RATE_SPREAD = 0.18  # how far a force's rate strays from the typical one


def _title_case_join(a: str, b: str) -> str:
    return (a + b).capitalize() if a[-1].lower() != b[0].lower() else (a + b[1:]).capitalize()


def _place(rng: random.Random) -> str:
    return _title_case_join(rng.choice(_START), rng.choice(_END))


@dataclass(frozen=True)
class Partnership:
    """An invented community safety partnership: its area, wards, population and police force."""

    name: str
    slug: str
    kind: str  # District, Borough or City
    wards: tuple[str, ...]
    population: int
    force: str


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def make_partnerships(n: int, seed: int = 0) -> list[Partnership]:
    """n partnerships with unique names, 10 to 22 wards each, grouped into forces of about eight."""
    rng = random.Random(f"partnerships-{seed}")
    names: set[str] = set()
    forces = [f"{_place(rng)}shire" for _ in range(max(1, math.ceil(n / 8)))]
    out: list[Partnership] = []
    while len(out) < n:
        name = f"{rng.choice(_AREA_PREFIX)}{_place(rng)}{rng.choice(_AREA_SUFFIX)}"
        if name in names:
            continue
        names.add(name)
        wards: list[str] = []
        while len(wards) < rng.randint(10, 22):
            r = rng.random()
            if r < 0.08:
                ward = f"St {rng.choice(_SAINTS)}'s"
            elif r < 0.2:
                ward = f"{_place(rng)} & {_place(rng)}"
            elif r < 0.27:
                ward = f"{_place(rng)} with {_place(rng)}"
            else:
                ward = f"{_place(rng)}{rng.choice(_WARD_SUFFIX)}"
            if ward not in wards and ward != name:
                wards.append(ward)
        out.append(Partnership(
            name=name, slug=_slug(name), kind=rng.choice(("District", "Borough", "Borough", "City")),
            wards=tuple(wards), population=rng.randint(60, 340) * 1000 + rng.randint(0, 999),
            force=forces[len(out) % len(forces)],
        ))
    return out


def _fmt(x: float) -> str:
    return f"{x:.1f}"


def _force_rate(force: str, year: int, measure: str, base: float) -> float:
    r = random.Random(f"{force}|{year}|{measure}")
    return round(base * (1 + r.uniform(-_FORCE_RATE_SPREAD, _FORCE_RATE_SPREAD)), 1)


def _paragraph(rng: random.Random, slots: dict, n: int) -> str:
    return " ".join(s.format(**slots) for s in rng.sample(_SENTENCES, n))


def document_text(p: Partnership, year: int, refresh: bool, seed: int = 0) -> tuple[str, dict]:
    """The text of one strategic assessment and its manifest entry."""
    rng = random.Random(f"{p.slug}|{year}|{refresh}|{seed}")
    period = f"{year - 1}-{year % 100:02d}"
    wards = list(p.wards)
    ward_factor = {w: math.exp(rng.gauss(0, 0.45)) for w in wards}
    # a town-centre ward carries much of the crime, as in the real assessments
    centre = rng.choice(wards)
    ward_factor[centre] *= 2.2
    col_scale = {c: base * math.exp(rng.gauss(0, 0.2)) for c, base in WARD_COLUMNS}
    table = {
        w: {c: round(col_scale[c] * ward_factor[w] * math.exp(rng.gauss(0, 0.35)), 1) for c, _ in WARD_COLUMNS}
        for w in wards
    }
    for w in wards:
        table[w]["ALL CRIME"] = round(sum(table[w][c] for c in _CRIME_COLUMNS) * 1.15, 1)
    local = {c: round(sum(table[w][c] for w in wards) / len(wards), 1) for c, _ in WARD_COLUMNS}
    local["ALL CRIME"] = round(sum(table[w]["ALL CRIME"] for w in wards) / len(wards), 1)
    force = {c: _force_rate(p.force, year, c, base) for c, base in WARD_COLUMNS}
    force["ALL CRIME"] = round(sum(force[c] for c in _CRIME_COLUMNS) * 1.15, 1)
    by_rate = sorted(wards, key=lambda w: -table[w]["ALL CRIME"])
    slots = {
        "p": p.name, "period": period, "year": year, "force": p.force, "month": rng.choice(_MONTHS),
        "cmp": "above" if local["ALL CRIME"] > force["ALL CRIME"] else "below",
        "pop": f"{p.population:,}", "age": rng.choice(("generally older", "younger", "similar")),
        "dep": rng.choice(("lower", "higher", "similar")), "earn": f"{rng.randint(3, 40) * 50:,}",
        "hl": rng.choice(("higher", "lower")), "w1": by_rate[0], "w2": by_rate[1], "w3": by_rate[-1],
        "safe_day": rng.randint(88, 99), "safe_night": rng.randint(55, 80), "conf": rng.randint(30, 60),
        "marac": rng.randint(40, 400), "projects": rng.randint(3, 30), "yos": rng.randint(20, 250),
        "trigger": rng.randint(1, 25),
    }
    priorities = rng.sample(_PRIORITIES, rng.randint(4, 7))
    kind_word = "Refresh Report" if refresh else "Assessment"
    title = f"{p.name} Community Safety Partnership: Community Safety Strategic {kind_word} ({year})"
    producer = f"Strategy Team, {p.force} County Council"

    sections: list[tuple[str, str]] = []  # (heading, body); body "" marks a group heading
    sections.append(("Introduction and Context", "\n\n".join(_paragraph(rng, slots, rng.randint(3, 5)) for _ in range(2))))
    sections.append(("Local Population and Demography", "\n\n".join([
        _paragraph(rng, slots, 3),
        f"{p.name} has an estimated population of {p.population:,} people across {len(wards)} wards.",
    ])))
    summary = "\n".join(f"- {q.heading}" for q in priorities)
    sections.append(("Summary of Local Community Safety Priorities",
                     f"The priorities for {p.name} in {period} are:\n\n{summary}\n\n{_paragraph(rng, slots, 2)}"))
    places = []
    for i, w in enumerate(by_rate[:3], start=1):
        top = sorted((c for c, _ in WARD_COLUMNS), key=lambda c: -table[w][c] / col_scale[c])[:2]
        places.append(f"{i}. {w} ({', '.join(top)})\n\n{w} sees an overall crime rate of "
                      f"{_fmt(table[w]['ALL CRIME'])} per 1,000 residents, with high levels of {top[0]} "
                      f"({_fmt(table[w][top[0]])} per 1,000) and {top[1]} ({_fmt(table[w][top[1]])} per 1,000).")
    sections.append(("People and Communities at Greatest Risk", "\n\n".join([
        _paragraph(rng, slots, 3),
        "\n".join(f"- {r}" for q in priorities[:3] for r in q.at_risk[:1]),
        _paragraph(rng, slots, 3),
    ])))
    sections.append(("Places at Greatest Risk", "\n\n".join(places)))
    rows = ["\t\tRate per 1,000 residents\t", "Offence Type\t\tCSP area\tForce-wide",
            f"Total Recorded Crime\t\t{_fmt(local['ALL CRIME'])}\t{_fmt(force['ALL CRIME'])}"]
    rows += [f"\t{c}\t{_fmt(local[c])}\t{_fmt(force[c])}" for c in _CRIME_COLUMNS]
    rows += [f"Anti-social Behaviour\tTotal Anti-social Behaviour (ASB)\t{_fmt(local['Anti-social Behaviour'])}\t"
             f"{_fmt(force['Anti-social Behaviour'])}",
             f"Domestic Abuse\tDomestic related crimes\t{_fmt(local['Domestic Abuse'])}\t{_fmt(force['Domestic Abuse'])}"]
    sections.append(("Overview of Crime and Anti-Social Behaviour (ASB)",
                     f"{_paragraph(rng, slots, 3)}\n\nRates of Recorded Crime – {p.force} Police ({period})\n\n" + "\n".join(rows)))
    sections.append(("Community Safety Strategic Priorities", ""))
    for q in priorities:
        sections.append((q.heading, _priority_body(rng, p, q, period, year, table, local, force, slots)))
    sections.append(("Additional Challenges for Consideration", ""))
    for heading, sentence in rng.sample(_CHALLENGES, 3):
        sections.append((heading, sentence.format(**slots) + " " + _paragraph(rng, slots, 3)))
    sections.append(("Quality of Life and Wider Determinants", "\n\n".join(_paragraph(rng, slots, 3) for _ in range(2))))
    sections.append(("Public Confidence & Feeling the Difference", _paragraph(rng, slots, 3)))
    sections.append(("Recommendations", ""))
    sections.append(("General partnership recommendations", "\n\n".join([
        f"Ensure that the partnership maintains links with {p.force} Police in order to identify emerging risks "
        f"and priorities as they occur throughout the year.",
        "It is recommended that the partnership remains engaged with needs and risk assessments developed through "
        "the Commissioner's Office, so that emerging learning is reflected in partnership strategy and delivery.",
    ])))
    for q in priorities:
        sections.append((q.heading, "\n\n".join(rng.sample(q.actions, len(q.actions)))))
    sections.append(("Appendices", ""))
    sections.append(("Methodology", f"The prioritisation process for {period} has taken account of existing analysis, "
                     "reporting and intelligence, validated through conversations with the partnership leads."))
    header = "Ward Name\tALL CRIME\t" + "\t".join(c for c, _ in WARD_COLUMNS)
    ward_rows = [f"{w}\t{_fmt(table[w]['ALL CRIME'])}\t" + "\t".join(_fmt(table[w][c]) for c, _ in WARD_COLUMNS)
                 for w in by_rate]
    sections.append(("Data tables", f"Offence rates per 1,000 population, {period} (highlighted where rate is above "
                     f"ward-level average)\n\n{header}\n" + "\n".join(ward_rows)))

    # pages: a new page roughly every 2,500 characters, as in the bundled PDFs' extracted text
    contents, page, chars = [], 4, 0
    for heading, body in sections:
        contents.append(f"{heading}\t{page}")
        chars += len(body)
        while chars > 2500:
            page, chars = page + 1, chars - 2500
    front = (
        f"\n\nCommunity Safety Strategic Assessment{' Annual Refresh Report' if refresh else ''}\n\n{p.name}\n\n{year}\n\n"
        f"Produced on behalf of\n\n\n\n{p.name} {p.kind} Council\n\n\n\n"
        f"Title\t{title}\n"
        "Description\tThis Community Safety Strategic Assessment provides evidence and intelligence to inform the "
        "strategic decision-making process - helping commissioners and partners to determine the priorities that "
        "require particular attention in their local area.\n"
        f"Date created\tFinal version ({rng.randint(1, 4)}.0) {rng.choice(_MONTHS)} {year + 1}\n"
        f"Produced by\t{producer}\n"
        f"Contact\t{rng.choice(_FIRST)} {rng.choice(_LAST)} (Research Lead) Email: research@{p.slug}.example.gov.uk\n\n"
        "Contents\n\n" + "\n".join(contents) + "\n\n"
    )
    text = front + "\n\n".join(h if not b else f"{h}\n\n{b}" for h, b in sections) + "\n"
    entry = {
        "file": f"{p.slug}_{year}_strategic-assessment{'-refresh' if refresh else ''}.txt",
        "title": title,
        "partnership": p.name,
        "kind": "strategic assessment (annual refresh)" if refresh else "strategic assessment (full, three-yearly)",
        "published": f"{year + 1}-{rng.randint(1, 3):02d}",
        "data_period": period,
        "producer": producer,
        "synthetic": True,
    }
    return text, entry


def _priority_body(rng: random.Random, p: Partnership, q: _Priority, period: str, year: int,
                   table: dict, local: dict, force: dict, slots: dict) -> str:
    if q.column is not None:
        lr, fr = local[q.column], force[q.column]
        hot = sorted(table, key=lambda w: -table[w][q.column])[: rng.randint(2, 3)]
        hotspots = ", ".join(f"{w} (rate: {_fmt(table[w][q.column])})" for w in hot)
    else:
        lr = round(q.base * math.exp(rng.gauss(0, 0.25)), 1)
        fr = _force_rate(p.force, year, q.heading, q.base)
        hot = []
        hotspots = "See At risk groups"
    count = max(3, round(lr * p.population / 1000))
    change = rng.randint(-25, 30)
    cmp = "similar" if abs(lr - fr) / max(fr, 0.1) < 0.1 else ("higher" if lr > fr else "lower")
    trend = (f"Increase of {change}% on the previous 12 months" if change > 3 else
             f"Reduction of {-change}% on the previous 12 months" if change < -3 else "Stable")
    summary = [
        f"{p.name} recorded {count:,} {q.noun} in {period}, a rate of {_fmt(lr)} per 1,000 people compared with "
        f"{_fmt(fr)} per 1,000 across the {p.force} force area.",
        f"Rates are {dict(similar='similar to', higher='higher than', lower='lower than')[cmp]} the force average overall" + (f", but {hot[0]} stands out with a rate of "
                                                          f"{_fmt(table[hot[0]][q.column])} per 1,000." if hot else "."),
        _paragraph(rng, slots, 4),
        _paragraph(rng, slots, 3),
    ]
    card = [
        f"Comparison to Force: Overall rate {cmp}" + (" / Some ward rates high" if hot else ""),
        f"Local rate (per 1,000 people): {_fmt(lr)}",
        f"Force rate (per 1,000 people): {_fmt(fr)}",
        f"Direction of travel: {trend}",
        f"Public expectation: {rng.choice(('Moderate', 'High', 'Critical'))}",
        f"Local hotspot wards: {hotspots}",
        f"At risk groups: {' '.join(q.at_risk)}",
    ]
    harm = rng.choice(("High", "Moderate", "Low"))
    return "\n\n".join([
        "Volume and potential harm:",
        f"{harm} volume / {rng.choice(('Moderate', 'Severe'))} individual harm / {rng.choice(('Moderate', 'Severe'))} community harm",
        "Summary:",
        *summary,
        *card,
    ])


def _plan(n_docs: int, seed: int) -> list[tuple[Partnership, int, bool]]:
    """(partnership, year, refresh) for n documents: each partnership publishes one a year, 2015-2025."""
    years = list(range(2015, 2026))
    partnerships = make_partnerships(max(1, math.ceil(n_docs / len(years))), seed)
    rng = random.Random(f"plan-{seed}")
    plan = []
    for p in partnerships:
        full_every = rng.choice((3, 3, 4))
        offset = rng.randrange(full_every)
        for y in years:
            plan.append((p, y, (y + offset) % full_every != 0))
    rng.shuffle(plan)
    return plan[:n_docs]


def generate_corpus(out_dir: str | Path, n_docs: int, seed: int = 0) -> Path:
    """Write n_docs synthetic assessments and a manifest.json into out_dir; returns the manifest path."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    entries = []
    for p, year, refresh in _plan(n_docs, seed):
        text, entry = document_text(p, year, refresh, seed)
        (out / entry["file"]).write_text(text, encoding="utf-8")
        entries.append(entry)
    manifest = out / "manifest.json"
    manifest.write_text(json.dumps({
        "description": f"Synthetic community safety strategic assessments (seed {seed}); invented names and figures.",
        "documents": entries,
    }, indent=1), encoding="utf-8")
    return manifest


def add_document(corpus_dir: str | Path, seed: int = 1) -> Path:
    """Write one new synthetic assessment into an existing corpus (and its manifest, if it has one)."""
    corpus = Path(corpus_dir)
    p = make_partnerships(1, seed=10_000 + seed)[0]
    text, entry = document_text(p, 2024, False, seed)
    path = corpus / entry["file"]
    path.write_text(text, encoding="utf-8")
    manifest = corpus / "manifest.json"
    if manifest.exists():
        data = json.loads(manifest.read_text(encoding="utf-8"))
        docs = data["documents"] if isinstance(data, dict) else data
        docs.append(entry)
        manifest.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    return path
