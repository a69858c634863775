"""`python -m assistant.bench [--quick] [--out DIR]` and `python -m assistant.bench scale --sizes 100,1000`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _say(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark or the scale measurements from the command line."""
    parser = argparse.ArgumentParser(prog="python -m assistant.bench")
    parser.add_argument("what", nargs="?", choices=("bench", "scale"), default="bench")
    parser.add_argument("--corpus", type=Path, default=None, help="corpus to benchmark (default: the bundled one)")
    parser.add_argument("--out", type=Path, default=None, help="report folder (default: bench/ or bench/scale/)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--sizes", default="100,1000,10000", help="scale: comma-separated document counts")
    parser.add_argument("--keep", type=Path, default=None, help="scale: keep corpora and indexes in this folder")
    parser.add_argument("--build-up-to", type=int, default=1000,
                        help="scale: build and query sizes up to this many documents; larger ones are chunked and "
                             "their vectors compared in FAISS only")
    args = parser.parse_args(argv)
    if args.what == "scale":
        from .scale import run_scale

        sizes = tuple(int(s) for s in args.sizes.split(","))
        run_scale(sizes, args.out or Path("bench/scale"), build_up_to=args.build_up_to, work_dir=args.keep,
                  keep=args.keep is not None, say=_say)
        print((Path(args.out or "bench/scale") / "scale.md").read_text())
        return 0
    from ..settings import Settings
    from .run import run_bench

    settings = Settings(**({"corpus_dir": args.corpus} if args.corpus else {}))
    out = args.out or Path("bench")
    report = run_bench(settings, out, args.runs, args.quick, baseline=not args.no_baseline, say=_say)
    print((out / "bench.md").read_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
