"""Timing and memory measurement: child processes timed end to end with their own peak RSS, and summaries."""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from ..settings import PROJECT_ROOT


@dataclass(frozen=True)
class ChildRun:
    """One child process: wall time, its own peak resident memory, exit code and output."""

    seconds: float
    peak_rss_mb: float
    returncode: int
    stdout: str
    stderr: str

    def check(self, what: str) -> "ChildRun":
        """Raise with the child's stderr when it failed."""
        if self.returncode != 0:
            raise RuntimeError(f"{what} failed (exit {self.returncode}):\n{self.stderr[-3000:]}")
        return self


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for measured children: offline, quiet, with the project importable."""
    env = dict(os.environ)
    env.update({"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false",
                "HF_HUB_DISABLE_PROGRESS_BARS": "1", "PYTHONUNBUFFERED": "1"})
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PROJECT_ROOT), env.get("PYTHONPATH", "")) if p)
    env.update(extra or {})
    return env


def run_child(cmd: list[str], timeout: float = 1800.0, env: dict[str, str] | None = None,
              cwd: str | Path | None = None) -> ChildRun:
    """Run a command to completion; wall time from spawn to exit, peak RSS from the kernel (wait4).

    wait4 reports the rusage of exactly this child, unlike RUSAGE_CHILDREN, which keeps the
    maximum over every child ever waited for.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env or child_env(), cwd=cwd or PROJECT_ROOT,
                                start_new_session=True)
        timer = threading.Timer(timeout, lambda: os.killpg(proc.pid, signal.SIGKILL))
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return ChildRun(seconds, usage.ru_maxrss / 1024.0, proc.returncode,
                        out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"))


def python_child(module: str, *args: str, timeout: float = 1800.0) -> ChildRun:
    """Run `python -m module args...` with this interpreter."""
    return run_child([sys.executable, "-m", module, *map(str, args)], timeout=timeout)


def csa_command() -> list[str]:
    """How to start the `csa` command as a user would: its console script if installed, else the module."""
    script = Path(sys.executable).with_name("csa")
    return [str(script)] if script.exists() else [sys.executable, "-m", "assistant.cli"]


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100), linear between closest ranks."""
    xs = sorted(values)
    if not xs:
        return float("nan")
    k = (len(xs) - 1) * q / 100.0
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def summary(values: list[float], digits: int = 3) -> dict[str, float | int]:
    """Median, min, max (and p95 when there are enough values) of repeated measurements."""
    if not values:
        return {"n": 0}
    out: dict[str, float | int] = {
        "n": len(values),
        "median": round(statistics.median(values), digits),
        "min": round(min(values), digits),
        "max": round(max(values), digits),
    }
    if len(values) >= 10:
        out["p95"] = round(percentile(values, 95), digits)
    return out


def self_rss_mb() -> float:
    """This process's current resident memory, in MB."""
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def dir_size_mb(path: Path) -> float:
    """Total size of the files under a folder, in MB."""
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file()) / 2**20
