"""Where a cold ``replycheck draft.txt`` spends its time over the spaCy floor.

    python benchmarks/cold_costs.py                      # the bundled example
    python benchmarks/cold_costs.py draft.txt --runs 5    # medians of 5 fresh processes

Each run is a fresh interpreter (a cold start cannot be repeated in one
process). It times the phases the CLI goes through: importing replycheck,
making the ``Checker``, loading the spaCy pipeline (the floor's work and
more), building the data-rule matcher, loading the code checks, then the first
check of the draft, which pays every first-use cost (compiled phrase
matchers, models, word lists), and a second check of the same draft, which
does not. The first check is split by rule: each code check's first call
minus nothing, so a rule that compiles its matchers on first use shows it
here. Compare the first and second check to see what first use costs; compare
runs of two commits in one sitting, the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "refund-draft.txt"

PHASES = (
    "import replycheck",
    "Checker()",
    "spaCy pipeline",
    "data-rule matcher",
    "code checks loaded",
    "first check",
    "second check",
)


def one_run(path: str) -> dict[str, object]:
    """Time the phases in this (fresh) process; return ms by phase and by rule."""
    marks = [time.perf_counter()]
    import replycheck

    marks.append(time.perf_counter())
    text = Path(path).read_text(encoding="utf-8")
    checker = replycheck.Checker()
    marks.append(time.perf_counter())
    _ = checker.pipeline.nlp
    marks.append(time.perf_counter())
    _ = checker._matcher
    marks.append(time.perf_counter())
    pairs = checker._code_checks
    marks.append(time.perf_counter())

    first_call: dict[str, float] = {}

    def timed(code, fn):
        def wrapper(*args, **kwargs):
            start = time.perf_counter()
            out = list(fn(*args, **kwargs))
            first_call.setdefault(code, time.perf_counter() - start)
            return out

        return wrapper

    pairs[:] = [(rule, timed(rule.code, fn)) for rule, fn in pairs]
    start = time.perf_counter()
    checker.check(text)
    first = time.perf_counter() - start
    start = time.perf_counter()
    checker.check(text)
    second = time.perf_counter() - start
    spans = [b - a for a, b in pairwise(marks)] + [first, second]
    return {
        "phases": {name: s * 1000 for name, s in zip(PHASES, spans, strict=True)},
        "rules": {code: s * 1000 for code, s in first_call.items()},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("draft", nargs="?", default=str(EXAMPLE))
    parser.add_argument("--runs", type=int, default=3, help="fresh processes (medians)")
    parser.add_argument("--rules", type=int, default=12, help="how many rules to list")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_run(args.draft)))
        return 0
    runs = []
    for _ in range(args.runs):
        out = subprocess.run(
            [sys.executable, __file__, args.draft, "--one"],
            check=True,
            capture_output=True,
            text=True,
        )
        runs.append(json.loads(out.stdout))
    print(f"{args.draft}: medians of {args.runs} fresh processes")
    for name in PHASES:
        print(f"{name:24} {statistics.median(r['phases'][name] for r in runs):8.1f} ms")
    codes = {code for r in runs for code in r["rules"]}
    first = {code: statistics.median(r["rules"].get(code, 0.0) for r in runs) for code in codes}
    print("first call, by rule:")
    for code, ms in sorted(first.items(), key=lambda kv: -kv[1])[: args.rules]:
        print(f"  {code:22} {ms:8.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
