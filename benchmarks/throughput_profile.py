"""Profile the throughput run by CPU time: ``check_many`` over a fixed sample.

    python benchmarks/throughput_profile.py OUT.prof [--drafts 2000]

The sample is ``drafts.sample(build_drafts(), N)`` (every kind of the
throughput's drafts in proportion, the same drafts on every run). One
``Checker`` is warmed on drafts 0-99 and given the sample once (first sight:
the caches fill) before the profiled pass, which ``cProfile`` times with
``time.process_time`` (CPU time: a shared machine's load does not move the
shares). Read OUT.prof with ``pstats`` (``sort_stats("tottime")``,
``sort_stats("cumtime")``, ``print_callers``, ``print_callees``).
"""

from __future__ import annotations

import argparse
import cProfile
import sys
import time
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parent.parent))

from benchmarks import drafts as drafts_mod


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="where to write the profile (pstats format)")
    parser.add_argument("--drafts", type=int, default=2000, help="sample size (default 2000)")
    args = parser.parse_args()
    import replycheck

    everything = drafts_mod.build_drafts()
    items = [(d.draft, d.original) for d in drafts_mod.sample(everything, args.drafts)]
    checker = replycheck.Checker()
    list(checker.check_many([(d.draft, d.original) for d in everything[:100]]))
    list(checker.check_many(items))  # first sight
    profile = cProfile.Profile(time.process_time)
    profile.enable()
    list(checker.check_many(items))
    profile.disable()
    profile.dump_stats(str(args.out))
    words = sum(len(draft.split()) for draft, _ in items)
    print(f"{len(items)} drafts, {words:,} words: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
