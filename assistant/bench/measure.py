"""Timing and memory measurement: child processes timed end to end with their own peak RSS, and summaries."""

from __future__ import annotations

import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
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


# The measured command is started by a small interpreter (python -S, about 10 MB), not forked from
# this process: on Linux a process's peak RSS includes the address space it had before exec, so a
# child forked straight from a large parent (pytest with torch loaded) reports the parent's size.
_SPAWNER = r"""
import json, os, sys, time
result, argv = sys.argv[1], sys.argv[2:]
t0 = time.perf_counter()
pid = os.posix_spawnp(argv[0], argv, dict(os.environ))
_, status, usage = os.wait4(pid, 0)
seconds = time.perf_counter() - t0
with open(result, "w") as fh:
    json.dump({"seconds": seconds, "maxrss_kb": usage.ru_maxrss, "returncode": os.waitstatus_to_exitcode(status)}, fh)
"""


def run_child(cmd: list[str], timeout: float = 1800.0, env: dict[str, str] | None = None,
              cwd: str | Path | None = None) -> ChildRun:
    """Run a command to completion: wall time from spawn to exit, and its own peak RSS (wait4's ru_maxrss)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(suffix=".json", delete=False) as res:
        result = Path(res.name)
        try:
            proc = subprocess.Popen([sys.executable, "-S", "-c", _SPAWNER, str(result), *map(str, cmd)], stdout=out,
                                    stderr=err, env=env or child_env(), cwd=cwd or PROJECT_ROOT, start_new_session=True)
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                raise
            out.seek(0)
            err.seek(0)
            stdout, stderr = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
            if proc.returncode != 0 or not result.stat().st_size:
                raise RuntimeError(f"could not run {cmd[0]} (spawner exit {proc.returncode}):\n{stderr[-2000:]}")
            data = json.loads(result.read_text())
        finally:
            result.unlink(missing_ok=True)
    return ChildRun(data["seconds"], data["maxrss_kb"] / 1024.0, data["returncode"], stdout, stderr)


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
