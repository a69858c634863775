"""Benchmarks and scale measurements: `run_bench` (csa bench), `run_scale`, and the synthetic corpus generator."""

from __future__ import annotations

from .run import run_bench
from .scale import run_scale
from .synthetic import add_document, generate_corpus

__all__ = ["run_bench", "run_scale", "generate_corpus", "add_document"]
