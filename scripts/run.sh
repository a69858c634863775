#!/usr/bin/env bash
# Install the assistant, build the index of the bundled corpus, and open the chat UI.
# Usage: bash scripts/run.sh [--port N]
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
# torch is pinned to the CPU build in pyproject.toml; an unpinned torch would pull a multi-GB CUDA build.
.venv/bin/python -m pip install -q -e .
.venv/bin/csa build
exec .venv/bin/csa ui "$@"
