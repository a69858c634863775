"""Check an answer before it leaves: markers, verbatim citations, and every number backed by a source."""

from __future__ import annotations

import re
from dataclasses import replace

from ..types import Answer, DocumentMeta

_MARKER = re.compile(r"\[(\d+)\]")
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")
# Not figures: periods and years (metadata), units ("per 1,000"), list numbering.
_NOT_FIGURES = re.compile(
    r"(?<![\d.])(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?(?![\d.])|\b[Pp]er\s+\d[\d,]*|^\s*\d+[.)]\s"
    r"|(?<!\d)/\s*\d+k\b"  # a rate's base in a header ('Burg. /10k')
    r"|\b[A-Za-z]+-\d+s?\b"  # an age band in a unit ('per 10,000 under-18s') names a group, not a figure
    r"|\b(?:under|aged)\s+\d+(?:\s*(?:to|-|–)\s*\d+)?s?\b(?!\s*%)",  # ... as does 'Children (under 18)'
    re.M,
)


def _norm(s: str) -> str:
    return " ".join(s.split())


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "").rstrip(".") for n in _NUMBER.findall(text)}


def problems(answer: Answer, texts: dict[str, str]) -> list[str]:
    """Everything wrong with an answer (empty when it is sound)."""
    out: list[str] = []
    ns = {c.n for c in answer.citations}
    used = {int(m) for m in _MARKER.findall(answer.answer)}
    out += [f"marker [{n}] has no citation" for n in sorted(used - ns)]
    out += [f"figure '{f.label}' cites [{n}], which does not exist" for f in answer.figures for n in f.citations if n not in ns]
    used |= {n for f in answer.figures for n in f.citations}
    out += [f"citation {n} is not used" for n in sorted(ns - used)]
    for c in answer.citations:
        source = texts.get(c.doc_id)
        if source is not None and _norm(c.text) not in _norm(source):
            out.append(f"citation {c.n} is not verbatim in {c.source}")
    backed: set[str] = set()
    for c in answer.citations:
        backed |= _numbers(c.text)
    for f in answer.figures:
        if f.computed and f.formula:
            shown = f"{f.value:g} {f.value:.2f} {f.value:.1f} {f.value:.0f} {abs(f.value):,.0f}"
            backed |= _numbers(shown) | _numbers(f.formula)
    body = _NOT_FIGURES.sub(" ", _MARKER.sub("", answer.answer))
    for n in sorted(_numbers(body) - backed):
        out.append(f"number {n} is not in a cited source or a computed figure")
    computed = _stated(answer)
    by_n = {c.n: c for c in answer.citations}
    for line in answer.answer.split("\n"):
        out += [f"number {n} {why}" for n, why in _unbound(line, by_n, computed)]
    return out


_LABEL = re.compile(r"^\s*(?:\|\s*)?([^\t|]{2,80}?)\s*(?:\t|\s{2,}|\|)")  # a table row's first cell ('| Robbery | 5.1 |')
_CELL_NUMBER = re.compile(r"^[(£]?[-+−–]?\d[\d,]*(?:\.\d+)?\s?%?\)?[*†‡]*$")
_GENERIC_WORDS = {"rate", "rates", "total", "crime", "crimes", "offences", "per", "population", "residents", "people",
                  "area", "areas", "ward", "wards", "local", "the", "and", "of", "all"}


def _stated(answer: Answer) -> set[str]:
    """Numbers a line may hold without its citation printing them: computed figures' values, and the numbers the
    question itself gave ('which wards had more than 10 robberies?' is answered 'above 10')."""
    out = _numbers(_NOT_FIGURES.sub(" ", answer.question or ""))
    for f in answer.figures:
        if f.computed and f.formula:
            out |= _numbers(f"{f.value:g} {f.value:.2f} {f.value:.1f} {f.value:.0f} {abs(f.value):,.0f}")
    return out


def _unbound(line: str, by_n: dict, computed: set[str]) -> list[tuple[str, str]]:
    """Numbers of one answer line that its own citations do not print beside what the line names.

    A number must be in a passage the line itself cites; and when the line names one row of a cited table
    ('Northfield: 9.8 [1]'), a number printed in another row that the line does not name is a swap.
    """
    markers = {int(m) for m in _MARKER.findall(line)}
    cited = [by_n[m].text for m in markers if m in by_n]
    if not cited:
        return []
    nums = _numbers(_NOT_FIGURES.sub(" ", _MARKER.sub("", line))) - computed
    if not nums:
        return []
    printed = set().union(*(_numbers(t) for t in cited))
    out = [(n, "is not in the passage its sentence cites") for n in sorted(nums - printed)]
    rows = [r for t in cited for r in t.split("\n") if r.strip()]
    labelled = []
    for r in rows:
        m = _LABEL.match(r)
        # a row of data has a cell that is a number; a header's numbers ('12m to Sep 2015') name its columns
        data = any(_CELL_NUMBER.match(c.strip()) for c in re.split(r"\t|\s{2,}|\|", r.strip().strip("|"))[1:])
        if m and data and not re.search(r"\d", m.group(1)):
            labelled.append((m.group(1).strip(), r))
    low = line.lower()

    def named(label: str) -> bool:
        words = [w for w in re.findall(r"[a-z][a-z'&-]{3,}", label.lower()) if w not in _GENERIC_WORDS]
        return label.lower() in low or (bool(words) and any(re.search(rf"\b{re.escape(w)}\b", low) for w in words))

    names = {lab for lab, _ in labelled if named(lab)}
    if len(names) != 1:
        return out
    (name,) = names
    own = set().union(*(_numbers(r) for lab, r in labelled if lab == name))
    others = set().union(*(_numbers(r) for lab, r in labelled if lab != name and not named(lab))) if labelled else set()
    for n in sorted((nums & printed) - own):
        if n in others:
            out.append((n, f"is printed for another row, not for {name}"))
    return out


def verify(answer: Answer, metas: dict[str, DocumentMeta], texts: dict[str, str]) -> Answer:
    """Return the answer if sound; otherwise drop unsupported parts or downgrade it, saying why."""
    if answer.status != "answered":
        return answer
    issues = problems(answer, texts)
    if not issues:
        return _renumber(answer)  # citations numbered in the order the reader meets them
    # Remove citations that are not verbatim and paragraphs whose markers or numbers are unsupported.
    # numbers no source backs at all; and, line by line, numbers a line's own citations do not print
    unbacked = {i.split()[1] for i in issues if i.startswith("number ") and "cited source or a computed" in i}
    bad_cites = {int(i.split()[1]) for i in issues if i.startswith("citation ") and "not verbatim" in i}
    bad_cites |= {int(i.split()[1].strip("[]")) for i in issues if i.startswith("marker ") and "has no citation" in i}
    by_n = {c.n: c for c in answer.citations}
    computed = _stated(answer)
    kept = []
    for line in answer.answer.split("\n"):
        markers = {int(m) for m in _MARKER.findall(line)}
        if markers & bad_cites or _numbers(_NOT_FIGURES.sub(" ", _MARKER.sub("", line))) & unbacked:
            continue
        if _unbound(line, by_n, computed):
            continue
        kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    while kept and not kept[0].strip():
        kept.pop(0)  # the answer leads with what it can support, never a blank line
    used = {int(m) for p in kept for m in _MARKER.findall(p)} - bad_cites
    citations = tuple(c for c in answer.citations if c.n in used)
    figures = tuple(f for f in answer.figures if set(f.citations) <= used)
    repaired = _renumber(replace(answer, answer="\n".join(kept), citations=citations, figures=figures,
                                 notes=answer.notes + tuple(f"verifier: {i}" for i in issues)))
    if any(_MARKER.search(l) for l in kept) and not problems(repaired, texts):
        return repaired
    return replace(answer, status="insufficient_evidence", citations=(), figures=(),
                   answer="The answer could not be verified against the documents, so it is withheld.",
                   notes=answer.notes + tuple(f"verifier: {i}" for i in issues))


def _renumber(answer: Answer) -> Answer:
    """Citations numbered 1, 2, 3 ... in the order the text first uses them, after some were dropped."""
    order: list[int] = []
    for m in _MARKER.findall(answer.answer):
        if int(m) not in order:
            order.append(int(m))
    for c in answer.citations:
        if c.n not in order:
            order.append(c.n)
    new = {old: k for k, old in enumerate(order, start=1)}
    if all(old == k for old, k in new.items()):
        return answer
    text = _MARKER.sub(lambda m: f"[{new.get(int(m.group(1)), int(m.group(1)))}]", answer.answer)
    citations = tuple(sorted((replace(c, n=new[c.n]) for c in answer.citations), key=lambda c: c.n))
    figures = tuple(replace(f, citations=tuple(new.get(n, n) for n in f.citations)) for f in answer.figures)
    return replace(answer, answer=text, citations=citations, figures=figures)
