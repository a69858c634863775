"""Fixtures for the evaluation tests; makes ``evals`` importable before it is packaged."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    # Until pyproject lists "evals*" among its packages, the editable install maps only assistant.
    sys.path.insert(0, str(ROOT))



@pytest.fixture(scope="session")
def gold():
    """The validated gold questions."""
    from evals.gold import load_gold

    return load_gold(ROOT / "evals" / "questions.jsonl")
