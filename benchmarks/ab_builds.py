"""Time ``check_many`` over the benchmark drafts in this interpreter's installed
replycheck: run it with each build's Python in turn (from a folder outside the
checkout, so the installed package is imported) to compare two builds.

    cd /tmp && VENV_A/bin/python /path/to/benchmarks/ab_builds.py
    cd /tmp && VENV_B/bin/python /path/to/benchmarks/ab_builds.py

Prints the module imported and the process time of each pass.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from drafts import load_corpus, load_twcs_pairs, tweet_drafts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=2)
    args = parser.parse_args()
    import replycheck

    drafts = load_corpus() + tweet_drafts(load_twcs_pairs())
    items = [(d.draft, d.original) for d in drafts]
    checker = replycheck.Checker()
    list(checker.check_many(items[:300]))
    times = []
    for _ in range(args.passes):
        start = time.process_time()
        list(checker.check_many(items))
        times.append(time.process_time() - start)
    print(replycheck.__file__, len(items), "drafts:", " ".join(f"{t:.2f} s" for t in times))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
