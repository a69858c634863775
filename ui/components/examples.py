"""Example questions made from what the loaded index holds: its partnerships, measures and tables."""

from __future__ import annotations

from collections import Counter

GENERIC = ("What are the main community safety priorities?", "Which areas have the highest rates of crime?")


def _pick_partnerships(documents) -> list[str]:
    """Partnerships of the documents, the most documented first (county-wide ones last)."""
    counts = Counter(d.partnership for d in documents if d.partnership)
    return sorted(counts, key=lambda p: ("county" in p.lower(), -counts[p], p))


def example_questions(documents, values=None, priorities=None, limit: int = 5) -> list[str]:
    """Up to `limit` questions this corpus can answer.

    documents: DocumentMeta of the index; values: the tables store's tidy values (partnership, area_type,
    measure, ...) or None; priorities: the priority lists or None.
    """
    partnerships = _pick_partnerships(documents)
    out: list[str] = []
    if values is not None and len(values):
        v = values.dropna(subset=["measure", "partnership"])
        v = v[v["partnership"].isin(partnerships)]
        wards = v[v["area_type"] == "ward"]
        if len(wards):
            # the partnership and measure with the most ward values: a hotspot question
            p, m = wards.groupby(["partnership", "measure"]).size().sort_values(ascending=False).index[0]
            out.append(f"which wards in {p} have high {m}")
        local = v[v["area_type"] == "partnership"]
        force = v[v["area_type"] == "force"]
        both = local.merge(force[["partnership", "measure"]].drop_duplicates(), on=["partnership", "measure"])
        if len(both):
            by = both.groupby(["measure"])["partnership"].nunique().sort_values(ascending=False)
            m = by.index[0]
            p = both[both["measure"] == m]["partnership"].value_counts().index[0]
            out.append(f"How does {p}'s {m} rate compare with the force?")
            shared = by[by >= 2]
            if len(shared):
                m2 = shared.index[1] if len(shared) > 1 and shared.index[0] == m else shared.index[0]
                ps = sorted(local[local["measure"] == m2]["partnership"].unique(), key=partnerships.index)[:2]
                if len(ps) == 2:
                    out.append(f"Compare the {m2} rates in {ps[0]} and {ps[1]}")
    if priorities is not None and len(priorities):
        pr = priorities.dropna(subset=["partnership"])
        pr = pr[pr["partnership"].isin(partnerships)]
        if len(pr):
            p = pr["partnership"].value_counts().index[0]
            out.append(f"What are the identified priorities in {p}?")
    for p in partnerships:
        if len(out) >= limit:
            break
        q = f"What does the {p} assessment say about domestic abuse?"
        if "county" in p.lower() or "agreement" in " ".join(d.kind or "" for d in documents if d.partnership == p):
            q = f"Who is responsible for delivering the {p} priorities?"
        if not any(p in x for x in out):
            out.append(q)
    for q in GENERIC:
        if len(out) >= limit:
            break
        out.append(q)
    return list(dict.fromkeys(out))[:limit]
