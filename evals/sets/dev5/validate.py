#!/usr/bin/env python3
"""Validate dev5 (questions.jsonl, abstention.jsonl, corpus/, manifest.json, SOURCES.md).

dev4's validate.py (itself from shared/devset/validate.py) run with dev5's brief: corpus files 600-1000
lines; ids f001... in questions.jsonl with the dev5 type counts (45 answerable, no unanswerable);
abstention.jsonl with ids g001..., 15 unanswerable items and 6 answerable near-miss controls
("control": true), every item with a non-empty "why".


Checks (any failure -> exit status 1):
  * every line of questions.jsonl is a JSON object with the schema fields and sane types;
  * ids are unique and run f001, f002, ... (g001, ... in abstention.jsonl); type is one of the allowed types;
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
  * counts per type match the dev5 brief (45 answerable questions);
  * each corpus file has 600-1000 lines, is listed in manifest.json ({"documents": [...]})
    with all its fields, and is named in SOURCES.md.
Prints counts by type and by document, and warnings (figures or terms not echoed in the answer).
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("dev4_validate", os.path.join(HERE, os.pardir, "dev4", "validate.py"))
checks = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(checks)

# dev5's brief, in place of dev4's
checks.HERE, checks.CORPUS = HERE, os.path.join(HERE, "corpus")
checks.EXPECTED = {"ward_hotspot": 6, "lookup_rate": 7, "compare_local_force": 5, "compare_years": 5,
                   "compare_partnerships": 3, "computed": 6, "narrative": 4, "recommendation": 3,
                   "governance": 3, "followup": 3, "unanswerable": 0}
checks.ABST_UNANSWERABLE, checks.ABST_CONTROLS = 15, 6
checks.MIN_LINES, checks.MAX_LINES = 600, 1000
checks.ID_PREFIX, checks.ABST_ID_PREFIX = "f", "g"

if __name__ == "__main__":
    sys.exit(checks.main())
