"""Evaluation: the gold questions, the scoring of answers and citations, and the baseline."""

from evals.gold import GoldFileError, load_gold
from evals.scoring import score

__all__ = ["GoldFileError", "load_gold", "score"]
