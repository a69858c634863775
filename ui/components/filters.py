"""Sidebar filters that narrow retrieval to partnerships, periods and kinds of document."""

from __future__ import annotations

import re

import streamlit as st

from assistant.types import Filters


def kind_family(kind: str | None) -> str | None:
    """'strategic assessment (refresh, executive summary)' -> 'strategic assessment'."""
    if not kind:
        return None
    return re.sub(r"\s*\(.*$", "", kind).strip() or kind


def filter_options(documents) -> dict[str, list[str]]:
    """The partnerships, periods and kinds of document the corpus holds."""
    return {
        "partnerships": sorted({d.partnership for d in documents if d.partnership}),
        "periods": sorted({d.period for d in documents if d.period}),
        "kinds": sorted({k for k in (kind_family(d.kind) for d in documents) if k}),
    }


def make_filters(partnerships=(), periods=(), kinds=()) -> Filters | None:
    """A Filters value, or None when nothing is chosen (search everything)."""
    if not (partnerships or periods or kinds):
        return None
    return Filters(partnerships=tuple(partnerships) or None, periods=tuple(periods) or None, kinds=tuple(kinds) or None)


def describe(filters: Filters | None) -> str:
    """'Tamworth · 2020-21' for a caption; empty when there are no filters."""
    if filters is None:
        return ""
    parts = [*(filters.partnerships or ()), *(filters.periods or ()), *(filters.kinds or ())]
    return " · ".join(parts)


def sidebar_filters(documents) -> Filters | None:
    """The filter widgets; returns the Filters they describe."""
    opts = filter_options(documents)
    st.sidebar.markdown("**Narrow the search**")
    partnerships = st.sidebar.multiselect("Partnership", opts["partnerships"], key="filter_partnerships",
                                          placeholder="All partnerships")
    periods = st.sidebar.multiselect("Period", opts["periods"], key="filter_periods", placeholder="All periods")
    kinds = st.sidebar.multiselect("Document kind", opts["kinds"], key="filter_kinds", placeholder="All kinds")
    return make_filters(partnerships, periods, kinds)


def excluded_partnerships(named, filters: Filters | None) -> list[str]:
    """Partnerships a question names that the partnership filter leaves out (in the order named)."""
    if filters is None or not filters.partnerships:
        return []
    return [p for p in named if p not in filters.partnerships]
