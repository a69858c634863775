#!/usr/bin/env python3
"""Validate dev4 (questions.jsonl, abstention.jsonl, corpus/, manifest.json, SOURCES.md).

Adapted from shared/devset/validate.py: corpus files 600-1200 lines; ids e001... in
questions.jsonl with the dev4 type counts (47 answerable, no unanswerable); abstention.jsonl
with ids a001..., 14 unanswerable items and 6 answerable near-miss controls ("control": true),
every item with a non-empty "why".


Checks (any failure -> exit status 1):
  * every line of questions.jsonl is a JSON object with the schema fields and sane types;
  * ids are unique and run d001, d002, ...; type is one of the allowed types;
  * exactly one of question / turns; turns (a list of >= 2 strings) only on followup items;
  * docs and evidence files exist in corpus/; every evidence file is listed in docs;
  * every evidence snippet is 20-120 characters and occurs verbatim in its file after
    collapsing whitespace (runs of spaces, tabs and newlines -> one space);
  * abstain is true exactly for unanswerable items, which have empty figures/terms/evidence;
    every other item has at least one evidence snippet;
  * compare_partnerships items cite two documents and have evidence from each;
  * tolerance is a number with 0 < tolerance < 1 (relative, as in the answer contract);
  * figures are non-negative numbers; unless the type is "computed", each figure appears in
    the text of the cited docs in a common printed form (1554 / 1,554; 2985.8 / 2,985.8;
    42.3 / 42.30; 26.0 / 26);
  * every term appears in the cited docs (case-insensitive, '&' and 'and' treated alike);
  * counts per type match the dev4 brief (47 answerable questions);
  * each corpus file has 600-1200 lines, is listed in manifest.json ({"documents": [...]})
    with all its fields, and is named in SOURCES.md.
Prints counts by type and by document, and warnings (figures or terms not echoed in the answer).
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
EXPECTED = {"ward_hotspot": 6, "lookup_rate": 7, "compare_local_force": 5, "compare_years": 5,
            "compare_partnerships": 4, "computed": 6, "narrative": 4, "recommendation": 3,
            "governance": 3, "followup": 4, "unanswerable": 0}
ABST_UNANSWERABLE, ABST_CONTROLS = 14, 6
ID_PREFIX, ABST_ID_PREFIX = "e", "a"  # a later set reuses these checks with its own brief (dev5/validate.py)
MIN_LINES, MAX_LINES = 600, 1200
REQUIRED = ["id", "type", "docs", "answer", "figures", "terms", "evidence", "tolerance"]
ALLOWED = set(REQUIRED) | {"question", "turns", "abstain"}
MANIFEST_FIELDS = ("file", "title", "partnership", "kind", "published", "data_period", "producer")


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def num_variants(x):
    """Printed forms of a number: with and without thousands commas, trailing zeros."""
    x = float(x)
    out = set()
    if x.is_integer():
        n = int(x)
        out |= {str(n), f"{n:,}", f"{n}.0", f"{n:,}.0", f"{n}.00"}
    else:
        for dp in (1, 2, 3):
            s = f"{x:.{dp}f}"
            if abs(float(s) - x) < 1e-9:
                out.add(s)
                out.add(f"{x:,.{dp}f}")
    return out


def appears(x, text):
    for v in num_variants(x):
        if re.search(r"(?<![\d.,])" + re.escape(v) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def term_norm(s):
    return collapse(s).lower().replace("&", "and").replace("\u2019", "'")


def check_items(path, prefix, allowed, raw, flat, errors, warnings, abst=False):
    items = []
    for i, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            items.append(json.loads(line))
        except ValueError as e:
            errors.append(f"line {i}: bad JSON ({e})")
    for k, c in Counter(d.get("id") for d in items).items():
        if c > 1:
            errors.append(f"duplicate id {k}")
    n_snippets = 0
    for n, d in enumerate(items, 1):
        qid = d.get("id", f"line {n}")
        if d.get("id") != f"{prefix}{n:03d}":
            errors.append(f"{qid}: expected id {prefix}{n:03d}")
        for k in REQUIRED:
            if k not in d:
                errors.append(f"{qid}: missing {k}")
        for k in d:
            if k not in allowed:
                errors.append(f"{qid}: unexpected field {k}")
        t = d.get("type")
        if t not in EXPECTED:
            errors.append(f"{qid}: bad type {t}")
        has_q, has_t = "question" in d, "turns" in d
        if has_q == has_t:
            errors.append(f"{qid}: needs exactly one of question / turns")
        if has_t and (t != "followup" or not isinstance(d["turns"], list) or len(d["turns"]) < 2
                      or not all(isinstance(x, str) and x.strip() for x in d["turns"])):
            errors.append(f"{qid}: turns must be >= 2 strings and only on followup items")
        if t == "followup" and not has_t:
            errors.append(f"{qid}: followup item without turns")
        if has_q and not (isinstance(d["question"], str) and d["question"].strip()):
            errors.append(f"{qid}: empty question")
        if abst:
            if not (isinstance(d.get("why"), str) and d["why"].strip()):
                errors.append(f"{qid}: abstention item without a why")
            if t == "unanswerable":
                if d.get("docs") != []:
                    errors.append(f"{qid}: unanswerable item must have docs []")
                if d.get("control"):
                    errors.append(f"{qid}: unanswerable item marked control")
            elif d.get("control") is not True:
                errors.append(f"{qid}: answerable abstention item must have control: true")
        docs = d.get("docs", [])
        if t == "unanswerable" and docs == []:
            if d.get("abstain") is not True or d["figures"] or d["terms"] or d["evidence"]:
                errors.append(f"{qid}: unanswerable item needs abstain true and empty figures/terms/evidence")
            continue
        if not docs or not all(x in raw for x in docs):
            errors.append(f"{qid}: unknown or empty docs {docs}")
            continue
        tol = d.get("tolerance")
        if not (isinstance(tol, (int, float)) and 0 < tol < 1):
            errors.append(f"{qid}: tolerance must be a number in (0, 1)")
        abstain = d.get("abstain", False)
        if (t == "unanswerable") != (abstain is True):
            errors.append(f"{qid}: abstain must be true exactly for unanswerable items")
        if abstain and (d["figures"] or d["terms"] or d["evidence"]):
            errors.append(f"{qid}: abstain item must have empty figures/terms/evidence")
        if not abstain and not d["evidence"]:
            errors.append(f"{qid}: no evidence")
        if t == "compare_partnerships":
            ev_files = {ev[0] for ev in d.get("evidence", []) if isinstance(ev, list) and ev}
            if len(set(docs)) < 2 or not set(docs) <= ev_files:
                errors.append(f"{qid}: compare_partnerships needs two docs with evidence from each")
        for ev in d.get("evidence", []):
            if not (isinstance(ev, list) and len(ev) == 2):
                errors.append(f"{qid}: evidence entry must be [file, snippet]")
                continue
            f, s = ev
            n_snippets += 1
            if f not in raw:
                errors.append(f"{qid}: evidence file {f} not in corpus")
                continue
            if f not in docs:
                errors.append(f"{qid}: evidence file {f} not in docs")
            if not 20 <= len(s) <= 120:
                errors.append(f"{qid}: snippet length {len(s)} outside 20-120: {s[:50]!r}")
            if collapse(s) not in flat[f]:
                errors.append(f"{qid}: snippet not found in {f}: {s[:70]!r}")
        text = "\n".join(raw[x] for x in docs)
        for x in d.get("figures", []):
            if not isinstance(x, (int, float)) or isinstance(x, bool):
                errors.append(f"{qid}: figure {x!r} is not a number")
                continue
            if x < 0:
                errors.append(f"{qid}: figure {x} is negative")
            if t != "computed" and not appears(x, text):
                errors.append(f"{qid}: figure {x} does not appear in {docs}")
            if not appears(x, d.get("answer", "")):
                warnings.append(f"{qid}: figure {x} not echoed in the reference answer")
        tn = term_norm(text)
        for term in d.get("terms", []):
            if term_norm(term) not in tn:
                errors.append(f"{qid}: term {term!r} not found in {docs}")
            if term_norm(term) not in term_norm(d.get("answer", "")):
                warnings.append(f"{qid}: term {term!r} not echoed in the reference answer")

    return items, n_snippets


def main():
    errors, warnings = [], []
    files = sorted(f for f in os.listdir(CORPUS) if f.endswith(".txt"))
    raw = {f: open(os.path.join(CORPUS, f), encoding="utf-8").read() for f in files}
    flat = {f: collapse(t) for f, t in raw.items()}

    for f, t in raw.items():
        n = len(t.splitlines())
        if not MIN_LINES <= n <= MAX_LINES:
            errors.append(f"{f}: {n} lines (want {MIN_LINES}-{MAX_LINES})")
    try:
        manifest = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))
        if not isinstance(manifest, dict) or not manifest.get("description") \
                or not isinstance(manifest.get("documents"), list):
            errors.append('manifest.json: want {"description": ..., "documents": [...]}')
            manifest = {"documents": []}
        listed = {m.get("file") for m in manifest["documents"]}
        for m in manifest["documents"]:
            for k in MANIFEST_FIELDS:
                if not m.get(k):
                    errors.append(f"manifest: {m.get('file')} lacks {k}")
            if m.get("published") and not re.fullmatch(r"\d{4}-\d{2}", m["published"]):
                errors.append(f"manifest: {m.get('file')} published {m['published']!r} is not YYYY-MM")
        for f in files:
            if f not in listed:
                errors.append(f"manifest: {f} not listed")
        for f in listed - set(files):
            errors.append(f"manifest: lists {f}, which is not in corpus/")
    except (OSError, ValueError) as e:
        errors.append(f"manifest.json: {e}")
    try:
        sources = open(os.path.join(HERE, "SOURCES.md"), encoding="utf-8").read()
        for f in files:
            if f not in sources:
                errors.append(f"SOURCES.md: {f} not described")
    except OSError as e:
        errors.append(f"SOURCES.md: {e}")

    items, n_snippets = check_items(os.path.join(HERE, "questions.jsonl"), ID_PREFIX, ALLOWED, raw, flat,
                                    errors, warnings)
    abst_items, n_abst = check_items(os.path.join(HERE, "abstention.jsonl"), ABST_ID_PREFIX,
                                     ALLOWED | {"why", "control"}, raw, flat, errors, warnings, abst=True)
    n_un = sum(1 for d in abst_items if d.get("type") == "unanswerable")
    n_ctl = sum(1 for d in abst_items if d.get("control") is True)
    if n_un != ABST_UNANSWERABLE or n_ctl != ABST_CONTROLS or len(abst_items) != n_un + n_ctl:
        errors.append(f"abstention.jsonl: {n_un} unanswerable + {n_ctl} controls of {len(abst_items)} "
                      f"(want {ABST_UNANSWERABLE} + {ABST_CONTROLS})")
    by_type = Counter(d.get("type") for d in items)
    for t, want in EXPECTED.items():
        if by_type.get(t, 0) != want:
            errors.append(f"type {t}: {by_type.get(t, 0)} items, want {want}")
    if len(items) != sum(EXPECTED.values()):
        errors.append(f"{len(items)} items, want {sum(EXPECTED.values())}")

    print("items:", len(items), "| evidence snippets:", n_snippets)
    print("abstention.jsonl:", len(abst_items), "items,", n_un, "unanswerable,", n_ctl, "controls,",
          n_abst, "snippets")
    print("by type:", dict(sorted(by_type.items())))
    print("by doc:", dict(sorted(Counter(x for d in items for x in d.get("docs", [])).items())))
    print("corpus lines:", {f: len(t.splitlines()) for f, t in raw.items()})
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"FAILED ({len(errors)} errors)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
