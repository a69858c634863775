"""Computes the gold figures of computed questions from the source texts, and checks them.

Run ``python evals/gold_figures.py`` to print every computed figure with its arithmetic, or
``python evals/gold_figures.py --check`` to verify ``evals/questions.jsonl`` against them
(exit status 1 on any mismatch). The check also verifies that every figure of a question
that is *not* computed here is printed in one of that question's evidence snippets.

Standard deviation: population (ddof=0), not sample.
The documents define "above average" as a rate above the mean plus one standard deviation
of the ward values ("significantly above average": plus two), without saying which standard
deviation. The ward tables hold every ward of the district, a whole population rather than a
sample, so the population standard deviation is the natural reading. Checked against the text:
both choices give identical "above average" (mean + 1 SD) ward sets in every column of both
ward tables (Lichfield 2018-19, Tamworth 2019-20), and agree with what the text calls high
(e.g. Bourne Vale the only ward with high drug offences; Castle above average overall). They
differ only at mean + 2 SD for Chasetown in Lichfield's Public Order (6.3 against 6.29 / 6.38)
and Violence (42.8 against 42.77 / 43.31) columns, which the text does not settle; no gold item
depends on that. ``--sd-report`` prints both so the choice can be re-examined. Threshold
questions carry a 2% tolerance, which also covers the sample-SD value for the columns used.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import statistics
import sys
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
QUESTIONS = Path(__file__).resolve().parent / "questions.jsonl"

LICHFIELD = "lichfield_2019_strategic-assessment.txt"
TAMWORTH = "tamworth_2021_strategic-assessment.txt"
CANNOCK = "cannock-chase_2023_strategic-assessment-summary.txt"
STAFFORD = "stafford_2020-2024_community-safety-wellbeing-strategy.txt"
COUNTY = "staffordshire_2023-2026_community-safety-agreement.txt"

_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def normalise(text: str) -> str:
    """Collapse every run of whitespace to one space."""
    return " ".join(text.split())


@lru_cache(maxsize=None)
def raw(doc: str, corpus: Path = CORPUS) -> str:
    """The source text of a document, as stored."""
    return (corpus / doc).read_text(encoding="utf-8")


def text(doc: str) -> str:
    """The whitespace-normalised source text of a document."""
    return normalise(raw(doc))


def numbers_in(s: str) -> list[float]:
    """Every number printed in a string (thousands separators allowed)."""
    return [float(m.group().replace(",", "")) for m in _NUMBER.finditer(s)]


def number_after(doc: str, anchor: str, nth: int = 0) -> float:
    """The nth number printed after the first occurrence of ``anchor`` in ``doc``."""
    body = text(doc)
    at = body.find(normalise(anchor))
    if at < 0:
        raise LookupError(f"{doc}: anchor not found: {anchor!r}")
    found = numbers_in(body[at + len(normalise(anchor)):at + len(normalise(anchor)) + 200])
    if len(found) <= nth:
        raise LookupError(f"{doc}: no number {nth} after {anchor!r}")
    return found[nth]


@dataclass(frozen=True)
class WardTable:
    """A ward data table: its column names and a value per ward per column."""

    columns: list[str]
    rows: dict[str, dict[str, float]]

    def column(self, name: str) -> dict[str, float]:
        """Ward -> value for one column."""
        if name not in self.columns:
            raise LookupError(f"no column {name!r}; have {self.columns}")
        return {ward: values[name] for ward, values in self.rows.items()}


@lru_cache(maxsize=None)
def ward_table(doc: str) -> WardTable:
    """Parse the appendix ward table (the tab-separated block under 'Ward Name')."""
    lines = raw(doc).splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Ward Name\t"))
    header = [cell.strip() for cell in lines[start].split("\t")]
    # Tamworth's table has a 'Partnership Area' text column before the rates.
    first_rate = header.index("ALL CRIME")
    rows: dict[str, dict[str, float]] = {}
    for line in lines[start + 1:]:
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) < len(header) or cells[0].startswith("Key"):
            break
        rows[cells[0]] = {col: float(cells[i]) for i, col in enumerate(header) if i >= first_rate}
    return WardTable(columns=header[first_rate:], rows=rows)


def threshold(values: dict[str, float], sds: int = 1, ddof: int = 0) -> float:
    """Mean plus ``sds`` standard deviations (population SD by default, see module doc)."""
    vals = list(values.values())
    sd = statistics.pstdev(vals) if ddof == 0 else statistics.stdev(vals)
    return statistics.fmean(vals) + sds * sd


def above(values: dict[str, float], sds: int = 1, ddof: int = 0) -> list[str]:
    """Wards whose value is above the threshold, highest first."""
    cut = threshold(values, sds, ddof)
    return [w for w, v in sorted(values.items(), key=lambda kv: -kv[1]) if v > cut]


def rank(values: dict[str, float], ward: str) -> int:
    """1-based rank of a ward, highest value first."""
    ordered = sorted(values, key=lambda w: -values[w])
    return ordered.index(ward) + 1


@dataclass(frozen=True)
class Figure:
    """One computed gold figure with the arithmetic that produced it."""

    value: float
    formula: str


Computation = Callable[[], list[Figure]]
COMPUTED: dict[str, Computation] = {}
WARDS: dict[str, Callable[[], list[str]]] = {}


def computed(qid: str):
    """Register the computation of a question's computed figures."""

    def register(fn: Computation) -> Computation:
        COMPUTED[qid] = fn
        return fn

    return register


def ratio(a: float, b: float) -> Figure:
    """a / b to two decimals."""
    return Figure(round(a / b, 2), f"{a:g} / {b:g}")


def pct_change(old: float, new: float) -> Figure:
    """Size of the percentage change from old to new, one decimal (a magnitude: questions ask 'by how much')."""
    return Figure(round(abs((new - old) / old * 100), 1), f"({new:g} - {old:g}) / {old:g} * 100")


def per_thousand_count(rate: float, population: float) -> Figure:
    """The whole count a rate per 1,000 implies for a population."""
    return Figure(round(rate * population / 1000), f"{rate:g} * {population:g} / 1000")


def lichfield_force_residential_burglary() -> float:
    """Force-wide residential burglary rate in Lichfield's 2018-19 crime table (3.3)."""
    return number_after(LICHFIELD, "Burglary - Burglary Residential", 1)


def lichfield_population() -> float:
    """Lichfield's estimated population (103,965)."""
    return number_after(LICHFIELD, "Lichfield has an estimated population of")


@computed("comp-01")
def _shenstone_vs_force() -> list[Figure]:
    return [ratio(number_after(LICHFIELD, "Shenstone (Residential Burglary,"), lichfield_force_residential_burglary())]


@computed("comp-02")
def _bourne_vale_vs_force() -> list[Figure]:
    return [ratio(number_after(LICHFIELD, "Bourne Vale (Residential Burglary,"), lichfield_force_residential_burglary())]


@computed("comp-03")
def _chasetown_asb_vs_force() -> list[Figure]:
    force = number_after(LICHFIELD, "Total Anti-social Behaviour (ASB)", 1)
    return [ratio(number_after(LICHFIELD, "Local hotspot wards: Chasetown (rate:"), force)]


@computed("comp-04")
def _stowe_asb_vs_force() -> list[Figure]:
    force = number_after(LICHFIELD, "Total Anti-social Behaviour (ASB)", 1)
    return [ratio(number_after(LICHFIELD, "Local hotspot wards: Chasetown (rate: 71.6), Stowe (rate:"), force)]


@computed("comp-05")
def _chadsmead_da_vs_force() -> list[Figure]:
    force = number_after(LICHFIELD, "Comparison to Force: Overall rate lower / Two wards above average Local rate (per 1,000 people): 11.2 Force rate (per 1,000 people):")
    return [ratio(number_after(LICHFIELD, "Local hotspot wards: Chadsmead ("), force)]


@computed("comp-06")
def _lichfield_da_count() -> list[Figure]:
    rate = number_after(LICHFIELD, "Comparison to Force: Overall rate lower / Two wards above average Local rate (per 1,000 people):")
    return [per_thousand_count(rate, lichfield_population())]


@computed("comp-07")
def _lichfield_res_burglary_count() -> list[Figure]:
    rate = number_after(LICHFIELD, "Burglary - Burglary Residential")
    return [per_thousand_count(rate, lichfield_population())]


@computed("comp-08")
def _tamworth_ppv_change() -> list[Figure]:
    old = number_after(TAMWORTH, "violent offences in Public Spaces in Tamworth during 2020-21, compared to")
    new = number_after(TAMWORTH, "fell by around two-fifths in Tamworth (-42%). There were")
    return [pct_change(old, new)]


@computed("comp-09")
def _lichfield_asb_gap() -> list[Figure]:
    local = number_after(LICHFIELD, "Total Anti-social Behaviour (ASB)")
    force = number_after(LICHFIELD, "Total Anti-social Behaviour (ASB)", 1)
    return [Figure(round(force - local, 1), f"{force:g} - {local:g}")]


@computed("comp-10")
def _bourne_vale_burglary_rank() -> list[Figure]:
    col = ward_table(LICHFIELD).column("Burglary")
    return [Figure(rank(col, "Bourne Vale"), "rank of Bourne Vale in Burglary column, highest first")]


def _threshold_figure(doc: str, column: str) -> list[Figure]:
    col = ward_table(doc).column(column)
    vals = list(col.values())
    return [Figure(round(threshold(col), 2),
                   f"mean {statistics.fmean(vals):.3f} + population SD {statistics.pstdev(vals):.3f} "
                   f"of {len(vals)} wards ({column})")]


# "Above average" questions: the threshold is the figure, the wards above it are the terms.
THRESHOLD_QUESTIONS = {
    "comp-11": (LICHFIELD, "Burglary"),
    "comp-12": (LICHFIELD, "Vehicle Offences"),
    "comp-13": (TAMWORTH, "Vehicle Offences"),
    "comp-14": (TAMWORTH, "Burglary"),
}
for _qid, (_doc, _column) in THRESHOLD_QUESTIONS.items():
    COMPUTED[_qid] = partial(_threshold_figure, _doc, _column)
    WARDS[_qid] = partial(lambda doc, column: above(ward_table(doc).column(column)), _doc, _column)


@computed("comp-15")
def _tamworth_vehicle_vs_force() -> list[Figure]:
    return [ratio(number_after(TAMWORTH, "Vehicle offences"), number_after(TAMWORTH, "Vehicle offences", 1))]


@computed("comp-16")
def _cannock_asb_vs_force() -> list[Figure]:
    # The Cannock Chase table rounds to whole numbers: 11 against 17 (text: 17.2).
    return [ratio(number_after(CANNOCK, "ASB INCIDENTS (excl. Covid breaches)"),
                  number_after(CANNOCK, "ASB INCIDENTS (excl. Covid breaches)", 1))]


@computed("comp-17")
def _stafford_da_count() -> list[Figure]:
    rate = number_after(STAFFORD, "The rate of Domestic crime is")
    population = number_after(STAFFORD, "The borough has over")
    return [per_thousand_count(rate, population)]


@computed("comp-18")
def _chadsmead_all_crime_rank() -> list[Figure]:
    col = ward_table(LICHFIELD).column("ALL CRIME")
    return [Figure(rank(col, "Chadsmead"), "rank of Chadsmead in ALL CRIME column, highest first")]


@computed("comp-19")
def _lichfield_vehicle_burglary_share_vs_force() -> list[Figure]:
    local = number_after(LICHFIELD, "Proportion of Burglary resulting in a stolen vehicle Local rate:")
    force = number_after(LICHFIELD, "Proportion of Burglary resulting in a stolen vehicle Local rate: 13% of burglaries Force rate:")
    return [ratio(local, force)]


@computed("comp-20")
def _tamworth_da_vs_force_pct() -> list[Figure]:
    local = number_after(TAMWORTH, "In 2020-21 there were 1,370 DA-related crimes in Tamworth; equivalent to a rate of")
    force = number_after(TAMWORTH, "although only slightly higher than the rate for the force-area (")
    return [Figure(round((local - force) / force * 100, 1), f"({local:g} - {force:g}) / {force:g} * 100")]


@computed("comp-21")
def _stafford_asb_vs_force_pct() -> list[Figure]:
    local = number_after(STAFFORD, "ASB incidents recorded in Stafford by the Police – equivalent to a rate of")
    force = number_after(STAFFORD, "remains lower than the force-wide rate of")
    return [Figure(round(abs(local - force) / force * 100, 1), f"({force:g} - {local:g}) / {force:g} * 100")]


@computed("fu-04")
def _followup_shenstone_vs_force() -> list[Figure]:
    return _shenstone_vs_force()


@computed("fu-13")
def _castle_vs_tamworth_ward_mean() -> list[Figure]:
    col = ward_table(TAMWORTH).column("ALL CRIME")
    mean = statistics.fmean(col.values())
    return [Figure(round(col["Castle"] / mean, 2), f"{col['Castle']:g} / {mean:.2f} (mean of {len(col)} wards)")]


def all_figures() -> dict[str, list[Figure]]:
    """Every registered computation, evaluated."""
    return {qid: fn() for qid, fn in COMPUTED.items()}


def load_questions(path: Path = QUESTIONS) -> list[dict]:
    """The gold questions, parsed but not validated (see evals.gold.load_gold for that)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _same(a: float, b: float) -> bool:
    # Exact (to float noise): gold figures are stored at the rounding computed here.
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def check(path: Path = QUESTIONS) -> list[str]:
    """Every mismatch between the gold file and the figures computed from the sources."""
    problems: list[str] = []
    questions = {q["id"]: q for q in load_questions(path)}
    figures = all_figures()
    for qid, computed_figs in figures.items():
        q = questions.get(qid)
        if q is None:
            problems.append(f"{qid}: computed here but not in {path.name}")
            continue
        for fig in computed_figs:
            if not any(_same(fig.value, g) for g in q["figures"]):
                problems.append(f"{qid}: computed {fig.value:g} ({fig.formula}) not among gold figures {q['figures']}")
        if qid in WARDS:
            wards = WARDS[qid]()
            missing = [w for w in wards if w.lower() not in {t.lower() for t in q["terms"]}]
            extra = [t for t in q["terms"] if t not in wards]
            if missing or extra:
                problems.append(f"{qid}: above-average wards {wards} but terms {q['terms']}")
    for qid, q in questions.items():
        if q["type"] == "computed" and qid not in figures:
            problems.append(f"{qid}: computed question with no computation in gold_figures.py")
        printed = [f for f in q["figures"] if not any(_same(f, c.value) for c in figures.get(qid, []))]
        evidence_numbers = [n for _, snippet in q["evidence"] for n in numbers_in(snippet)]
        for f in printed:
            if not any(_same(f, n) for n in evidence_numbers):
                problems.append(f"{qid}: figure {f:g} is neither computed here nor printed in its evidence")
    return problems


def sd_report() -> str:
    """Population against sample SD for every ward-table column: thresholds and ward sets."""
    out = []
    for doc in (LICHFIELD, TAMWORTH):
        table = ward_table(doc)
        out.append(f"{doc} ({len(table.rows)} wards)")
        for col in table.columns:
            values = table.column(col)
            for sds in (1, 2):
                pop, samp = above(values, sds, 0), above(values, sds, 1)
                flag = "" if pop == samp else "   <-- differs"
                out.append(f"  {col:30s} +{sds}SD pop {threshold(values, sds, 0):7.2f} {pop}"
                           f" | sample {threshold(values, sds, 1):7.2f} {samp}{flag}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Print the computed figures, or check the gold file against them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify questions.jsonl; exit 1 on mismatch")
    parser.add_argument("--sd-report", action="store_true", help="compare population and sample SD")
    parser.add_argument("--questions", type=Path, default=QUESTIONS)
    args = parser.parse_args(argv)
    if args.sd_report:
        print(sd_report())
        return 0
    if args.check:
        problems = check(args.questions)
        for p in problems:
            print(p)
        print(f"{len(COMPUTED)} computations checked, {len(problems)} problem(s)")
        return 1 if problems else 0
    for qid, figs in all_figures().items():
        for fig in figs:
            print(f"{qid}\t{fig.value:g}\t{fig.formula}")
        if qid in WARDS:
            print(f"{qid}\twards\t{', '.join(WARDS[qid]())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
