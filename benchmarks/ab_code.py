"""Compare two checkouts of replycheck on the same benchmark drafts.

    python benchmarks/ab_code.py OLD_CHECKOUT NEW_CHECKOUT [--rounds 2] [--sample N]

Each round runs one fresh process per checkout, alternating, and each
process times ``Checker.check_many`` over every draft of *this* checkout's
``benchmarks/drafts.py`` (so both see the same drafts) three times after a
100-draft warm-up, and reports its best process time. Process time rather
than wall time, and alternation, because these machines are shared: compare
the two columns within one run. Make an old checkout with, for example,
``mkdir /tmp/old && git archive HEAD~10 | tar -x -C /tmp/old``.

Either side may instead be a venv (a folder with ``bin/python``): its
process then runs that venv's Python on the replycheck installed there, so
two builds (for example a different list of mypyc-compiled modules) are
compared the same way.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

_CHILD = """
import importlib.util, json, sys, time
code, drafts_py, sample = sys.argv[1], sys.argv[2], int(sys.argv[3])
if code:
    sys.path.insert(0, code)
spec = importlib.util.spec_from_file_location("bench_drafts", drafts_py)
drafts = importlib.util.module_from_spec(spec)
sys.modules["bench_drafts"] = drafts
spec.loader.exec_module(drafts)
import replycheck
assert replycheck.__file__.startswith(code or sys.prefix), replycheck.__file__
items = [(d.draft, d.original) for d in drafts.build_drafts()]
if sample:  # every k-th draft, spread over the set
    items = items[:: max(1, len(items) // sample)][:sample]
checker = replycheck.Checker()
list(checker.check_many(items[:100]))
best = float("inf")
for _ in range(3):
    start = time.process_time()
    list(checker.check_many(items))
    best = min(best, time.process_time() - start)
print(json.dumps({"drafts": len(items), "seconds": best}))
"""


def run(checkout: Path, sample: int = 0) -> dict[str, float]:
    """One process's best time: ``checkout``'s sources, or a venv's installed build."""
    python = checkout / "bin" / "python"
    if python.exists():  # a venv: its own Python, from outside any checkout
        argv = [str(python), "-c", _CHILD, "", str(HERE / "drafts.py"), str(sample)]
        cwd: str | None = tempfile.gettempdir()
    else:
        argv = [sys.executable, "-c", _CHILD, str(checkout), str(HERE / "drafts.py"), str(sample)]
        cwd = None
    out = subprocess.run(argv, check=True, capture_output=True, text=True, cwd=cwd).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument(
        "--sample", type=int, default=0, help="time N drafts spread over the set (default: all)"
    )
    args = parser.parse_args(argv)
    times: dict[str, list[float]] = {"old": [], "new": []}
    drafts = 0
    for _ in range(args.rounds):
        for name in ("old", "new"):
            result = run(getattr(args, name).resolve(), args.sample)
            drafts = int(result["drafts"])
            times[name].append(result["seconds"])
    print(f"{drafts:,} drafts, check_many process time, best of 3 per process:")
    for name in ("old", "new"):
        print(f"  {name}: " + ", ".join(f"{t:.2f} s" for t in times[name]))
    ratio = min(times["new"]) / min(times["old"])
    print(f"  new / old (best of all): {ratio:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
