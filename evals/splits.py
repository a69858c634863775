"""A frozen half of every question set: questions no rule may be tuned on, reported on their own.

The split is by a hash of the question id, so it holds for any gold file (the bundled gold, the
devset, a user's own) without a list to maintain. ``SEEN`` names questions of the frozen half that
a developer has already looked at while changing the engine: they move to the tuned half, so the
frozen half stays unseen and its score honest.
"""

from __future__ import annotations

import hashlib

SEEN = frozenset({"comp-10", "comp-18", "unans-06", "ward-15", "rate-12", "cmpforce-10", "rec-01", "gov-11",
                  "fu-07", "fu-13",
                  # devset questions read while fixing regressions on 2026-12-02 (dev3's d009 and d034 share the ids)
                  "d009", "d034",
                  # dev2a's 'more' file: read while fixing a regression of the citation gate on 2026-12-02
                  "x008",
                  # dev3's (not the devset's d039): read while fixing a regression of its citation gate on 2026-12-03
                  "d039@camden_2014_strategic-assessment.txt"})


def split_of(qid: str, docs: tuple[str, ...] | list[str] = ()) -> str:
    """'frozen' or 'tuned' for a question id. A SEEN entry 'id@document' moves only the question of that id
    about that document (two sets may use one id)."""
    if qid in SEEN or any(f"{qid}@{d}" in SEEN for d in docs):
        return "tuned"
    return "frozen" if int(hashlib.sha1(qid.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "tuned"
