#!/usr/bin/env python3
"""Validate dev7 (questions.jsonl, abstention.jsonl, computed.jsonl, corpus/, manifest.json, SOURCES.md).

Self-contained; adapted from dev6's validate.py for dev7's brief:
  * corpus: 3 files of 900-1600 lines, each with page footers ('Page n of N') and a contents list, each listed in manifest.json with all fields and named in SOURCES.md;
  * questions.jsonl: ids q001..q040, 40 answerable items, type counts as in EXPECTED;
  * abstention.jsonl: ids i001..., 16 unanswerable items (abstain true, empty figures/terms/evidence) and
    6 answerable controls ("control": true), every item with a non-empty "why";
  * computed.jsonl: ids c001..c016, 16 items of type "computed" whose answer shows the arithmetic
    (a digit, an operator = x / - + >, a digit), tolerance 0.02-0.03, and every input figure (all
    figures after the first) printed in one of the item's evidence snippets;
  * every item: schema fields and types; exactly one of question / turns (turns, >= 2 strings, only on
    followup items); docs exist; evidence files listed in docs; snippets 20-120 characters that occur
    verbatim in the file after collapsing whitespace; 0 < tolerance < 1; compare_partnerships items
    cite two documents with evidence from each; figures non-negative numbers which, unless the type is
    "computed", appear in the cited docs in a common printed form (1554 / 1,554; 42.3 / 42.30; 26 / 26.0);
    for computed items every figure after the first (the inputs) must appear in the cited docs;
    terms appear in the cited docs (case-insensitive, '&' and 'and' alike).
Prints counts by type and document, and warnings for figures or terms not echoed in the answer.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
EXPECTED = {"ward_hotspot": 5, "lookup_rate": 6, "compare_local_force": 5, "compare_years": 5,
            "compare_partnerships": 2, "computed": 5, "narrative": 4, "recommendation": 3,
            "governance": 3, "followup": 2}
TYPES = set(EXPECTED) | {"unanswerable"}
N_DOCS, MIN_LINES, MAX_LINES = 3, 900, 1600
ABST_UNANSWERABLE, ABST_CONTROLS, N_COMPUTED = 16, 6, 16
FIELDS = ["id", "type", "docs", "answer", "figures", "tolerance", "terms", "evidence", "abstain"]
MANIFEST_FIELDS = ["file", "title", "partnership", "kind", "published", "data_period", "producer"]

errors, warnings = [], []


def err(m):
    errors.append(m)


def norm(s):
    return " ".join(s.split())


_texts = {}


def text(fn):
    if fn not in _texts:
        with open(os.path.join(CORPUS, fn), encoding="utf-8") as fh:
            _texts[fn] = norm(fh.read())
    return _texts[fn]


def forms(x):
    out = set()
    if float(x) == int(x):
        n = int(x)
        out |= {str(n), f"{n:,}", f"{n}.0", f"{n:,}.0"}
    for dp in (1, 2, 3):
        s = f"{x:.{dp}f}"
        if float(s) == float(x):
            out |= {s, f"{x:,.{dp}f}"}
    return out


def fig_in(x, txt):
    for s in forms(x):
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", txt):
            return True
    return False


def term_in(t, txt):
    a = norm(t).lower().replace("&", "and")
    return a in txt.lower().replace("&", "and")


def load(name):
    path = os.path.join(HERE, name)
    items = []
    with open(path, encoding="utf-8") as fh:
        for k, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                o = json.loads(line)
            except Exception as e:  # noqa
                err(f"{name}:{k}: not JSON ({e})")
                continue
            if not isinstance(o, dict):
                err(f"{name}:{k}: not an object")
                continue
            items.append(o)
    return items


def check_item(o, name, docs_avail):
    iid = o.get("id", "?")
    where = f"{name}:{iid}"
    for fl in FIELDS:
        if fl not in o:
            err(f"{where}: missing field {fl}")
            return
    if o["type"] not in TYPES:
        err(f"{where}: bad type {o['type']}")
    hasq, hast = "question" in o, "turns" in o
    if hasq == hast:
        err(f"{where}: needs exactly one of question / turns")
    if hast:
        if o["type"] != "followup":
            err(f"{where}: turns only on followup items")
        if not (isinstance(o["turns"], list) and len(o["turns"]) >= 2 and all(isinstance(t, str) and t.strip() for t in o["turns"])):
            err(f"{where}: turns must be a list of >= 2 strings")
    elif not (isinstance(o["question"], str) and o["question"].strip()):
        err(f"{where}: empty question")
    if o["type"] == "followup" and not hast:
        err(f"{where}: followup without turns")
    if not isinstance(o["docs"], list) or not o["docs"]:
        err(f"{where}: docs must be a non-empty list")
        return
    for d in o["docs"]:
        if d not in docs_avail:
            err(f"{where}: doc {d} not in corpus")
            return
    if not isinstance(o["answer"], str) or not o["answer"].strip():
        err(f"{where}: empty answer")
    tol = o["tolerance"]
    if not isinstance(tol, (int, float)) or not (0 < tol < 1):
        err(f"{where}: tolerance must be 0 < t < 1")
    if not isinstance(o["figures"], list) or not all(isinstance(x, (int, float)) and not isinstance(x, bool) and x >= 0 for x in o["figures"]):
        err(f"{where}: figures must be non-negative numbers")
        return
    if not isinstance(o["terms"], list) or not all(isinstance(t, str) and t for t in o["terms"]):
        err(f"{where}: terms must be strings")
        return
    ev = o["evidence"]
    if not isinstance(ev, list):
        err(f"{where}: evidence must be a list")
        return
    for e in ev:
        if not (isinstance(e, list) and len(e) == 2 and all(isinstance(x, str) for x in e)):
            err(f"{where}: evidence entries must be [file, snippet]")
            continue
        fn, sn = e
        if fn not in o["docs"]:
            err(f"{where}: evidence file {fn} not in docs")
            continue
        n = norm(sn)
        if not (20 <= len(n) <= 120):
            err(f"{where}: snippet length {len(n)} outside 20-120: {sn!r}")
        if n not in text(fn):
            err(f"{where}: snippet not found in {fn}: {sn!r}")
    if o["abstain"] is not (o["type"] == "unanswerable"):
        err(f"{where}: abstain must be true exactly for unanswerable items")
    if o["type"] == "unanswerable":
        if o["figures"] or o["terms"] or o["evidence"]:
            err(f"{where}: unanswerable items need empty figures/terms/evidence")
        return
    if not ev:
        err(f"{where}: needs at least one evidence snippet")
    if o["type"] == "compare_partnerships":
        if len(set(o["docs"])) < 2:
            err(f"{where}: compare_partnerships needs two docs")
        if len({e[0] for e in ev}) < 2:
            err(f"{where}: compare_partnerships needs evidence from two docs")
    alltxt = " ".join(text(d) for d in o["docs"])
    figs = o["figures"] if o["type"] != "computed" else o["figures"][1:]
    for x in figs:
        if not fig_in(x, alltxt):
            err(f"{where}: figure {x} not printed in cited docs")
    for t in o["terms"]:
        if not term_in(t, alltxt):
            err(f"{where}: term {t!r} not in cited docs")
    ans = norm(o["answer"])
    for x in o["figures"]:
        if not fig_in(x, ans):
            warnings.append(f"{where}: figure {x} not echoed in answer")
    for t in o["terms"]:
        if not term_in(t, ans):
            warnings.append(f"{where}: term {t!r} not echoed in answer")


def check_ids(items, prefix, name, n=None):
    ids = [o.get("id") for o in items]
    want = [f"{prefix}{k:03d}" for k in range(1, len(items) + 1)]
    if ids != want:
        err(f"{name}: ids must run {prefix}001..{prefix}{len(items):03d} in order")
    if n is not None and len(items) != n:
        err(f"{name}: expected {n} items, found {len(items)}")


def main():
    docs = sorted(f for f in os.listdir(CORPUS) if f.endswith(".txt"))
    if len(docs) != N_DOCS:
        err(f"corpus: expected {N_DOCS} files, found {len(docs)}")
    man = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))
    mdocs = {d.get("file"): d for d in man.get("documents", [])}
    src = open(os.path.join(HERE, "SOURCES.md"), encoding="utf-8").read()
    for d in docs:
        with open(os.path.join(CORPUS, d), encoding="utf-8") as fh:
            nl = fh.read().count("\n")
        if not (MIN_LINES <= nl <= MAX_LINES):
            err(f"corpus/{d}: {nl} lines, outside {MIN_LINES}-{MAX_LINES}")
        raw = open(os.path.join(CORPUS, d), encoding="utf-8").read()
        if not re.search(r"Page \d+ of \d+", raw):
            err(f"corpus/{d}: no 'Page n of N' footers")
        if "CONTENTS" not in raw.upper():
            err(f"corpus/{d}: no contents list")
        if d not in mdocs:
            err(f"manifest.json: {d} not listed")
        else:
            for fl in MANIFEST_FIELDS:
                if not mdocs[d].get(fl):
                    err(f"manifest.json: {d} missing {fl}")
        if d not in src:
            err(f"SOURCES.md: {d} not named")
    for m in mdocs:
        if m not in docs:
            err(f"manifest.json lists missing file {m}")

    q = load("questions.jsonl")
    a = load("abstention.jsonl")
    c = load("computed.jsonl")
    check_ids(q, "q", "questions.jsonl", sum(EXPECTED.values()))
    check_ids(a, "i", "abstention.jsonl", ABST_UNANSWERABLE + ABST_CONTROLS)
    check_ids(c, "c", "computed.jsonl", N_COMPUTED)
    for o in q:
        check_item(o, "questions.jsonl", docs)
        if o.get("abstain") or o.get("type") == "unanswerable":
            err(f"questions.jsonl:{o.get('id')}: must be answerable")
    tq = Counter(o.get("type") for o in q)
    for t, n in EXPECTED.items():
        if tq.get(t, 0) != n:
            err(f"questions.jsonl: type {t}: expected {n}, found {tq.get(t, 0)}")
    nu = nc = 0
    for o in a:
        check_item(o, "abstention.jsonl", docs)
        if not (isinstance(o.get("why"), str) and o["why"].strip()):
            err(f"abstention.jsonl:{o.get('id')}: needs a non-empty why")
        if o.get("control"):
            nc += 1
            if o.get("abstain"):
                err(f"abstention.jsonl:{o.get('id')}: control must be answerable")
        else:
            nu += 1
            if o.get("type") != "unanswerable":
                err(f"abstention.jsonl:{o.get('id')}: non-control items must be unanswerable")
    for o in a:
        if o.get("control") and isinstance(o.get("why"), str) and not re.search(r"Control for i0(0[1-9]|1[0-6])", o["why"]):
            err(f"abstention.jsonl:{o.get('id')}: control's why must name the unanswerable item it mirrors")
    alltext = " ".join(text(d) for d in docs).lower()
    outside = [p for p in ("Doncaster", "Horsham", "Hackney") if p.lower() not in alltext]
    named = [o for o in a if not o.get("control") and any(p.lower() in (o.get("question") or "").lower() for p in outside)]
    if len(named) < 3:
        err(f"abstention.jsonl: expected >= 3 unanswerable items naming a real place not in the corpus, found {len(named)}")
    if nu != ABST_UNANSWERABLE or nc != ABST_CONTROLS:
        err(f"abstention.jsonl: expected {ABST_UNANSWERABLE} unanswerable + {ABST_CONTROLS} controls, found {nu} + {nc}")
    for o in c:
        check_item(o, "computed.jsonl", docs)
        iid = o.get("id")
        if o.get("type") != "computed":
            err(f"computed.jsonl:{iid}: type must be computed")
        if not (0.02 <= o.get("tolerance", 0) <= 0.03):
            err(f"computed.jsonl:{iid}: tolerance must be 0.02-0.03")
        if len(o.get("figures", [])) < 2:
            err(f"computed.jsonl:{iid}: needs the computed value and its inputs")
        evtxt = " ".join(norm(e[1]) for e in o.get("evidence", []) if isinstance(e, list) and len(e) == 2)
        for x in o.get("figures", [])[1:]:
            if not fig_in(x, evtxt):
                err(f"computed.jsonl:{iid}: input {x} not in any evidence snippet")
        if not re.search(r"\d%?\s*[=×x÷/−\-+>]\s*\(?[^\d]{0,25}\d", o.get("answer", "")):
            err(f"computed.jsonl:{iid}: answer must show the arithmetic")

    print("questions.jsonl by type:", dict(sorted(tq.items())))
    print("abstention.jsonl:", f"{nu} unanswerable + {nc} controls;",
          dict(sorted(Counter(o.get("type") for o in a).items())))
    print("computed.jsonl:", len(c), "items")
    bydoc = Counter(d for o in q + a + c for d in o.get("docs", []))
    print("items citing each document:", dict(sorted(bydoc.items())))
    for w in warnings:
        print("WARNING:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"FAILED: {len(errors)} error(s)")
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
