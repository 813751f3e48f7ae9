"""Where the checker spends its time: per-check cost over the benchmark drafts.

    python benchmarks/check_costs.py            # time per check, whole draft set
    python benchmarks/check_costs.py --limit 500 --cprofile 40
    python benchmarks/check_costs.py --digest   # only a digest of every report

Each code check and the data-rule matcher are wrapped with a timer; the table
lists total milliseconds and the share of the whole ``check_many`` run, then
throughput (words of agent text per second) and warm latency on the typical
150-250-word replies with their customer message. Use it before and after a
speed change; compare ratios within one run, the machine is shared.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.drafts import build_drafts, typical, word_count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="use only the first N drafts")
    parser.add_argument("--cprofile", type=int, default=0, help="also print the top N functions")
    parser.add_argument(
        "--typical", action="store_true", help="only the typical 150-250-word replies"
    )
    parser.add_argument(
        "--cold", action="store_true", help="warm up on 50 drafts only (first-use caches cold)"
    )
    parser.add_argument(
        "--digest",
        action="store_true",
        help="print only a digest of every report, to show a change left them all as they were",
    )
    args = parser.parse_args()

    import replycheck

    drafts = build_drafts()
    if args.typical:
        drafts = typical(drafts)
    if args.limit:
        drafts = drafts[: args.limit]
    items = [(d.draft, d.original) for d in drafts]
    words = sum(word_count(d.draft) for d in drafts)
    checker = replycheck.Checker()
    if args.digest:
        sha = hashlib.sha256()
        for report in checker.check_many(items):
            data = json.dumps(report.to_dict(), sort_keys=True)
            sha.update(data.encode("utf-8", "surrogatepass"))
            sha.update(b"\0")
        print(f"{len(items)} drafts, report digest {sha.hexdigest()[:12]}")
        return 0
    # Warm, as the benchmark measures: loaded, compiled, per-word caches filled.
    list(checker.check_many(items[:50] if args.cold else items))

    spent: dict[str, float] = defaultdict(float)

    def timed(name, fn):
        def wrapper(*a, **kw):
            start = time.perf_counter()
            out = list(fn(*a, **kw))
            spent[name] += time.perf_counter() - start
            return out

        return wrapper

    checker._code_checks[:] = [
        (rule, timed(f"{rule.code} {rule.name}", fn)) for rule, fn in checker._code_checks
    ]
    # The clarity analysis (the report's score, and what RC501-RC505 read) is
    # made once per draft by whichever reads it first: timed on its own row,
    # ahead of the checks, so it is not charged to RC501 (the first of them).
    from replycheck.clarity import analyse

    def clarity_analysis(rule, ctx):
        analyse(ctx.doc, ctx.message)
        return ()

    first_rule = checker._code_checks[0][0]
    checker._code_checks.insert(0, (first_rule, timed("(clarity analysis)", clarity_analysis)))
    matcher = checker._matcher
    matcher.matches = timed("data rules (matcher)", matcher.matches)

    start = time.perf_counter()
    if args.cprofile:
        profile = cProfile.Profile()
        profile.enable()
    reports = list(checker.check_many(items))
    if args.cprofile:
        profile.disable()
    total = time.perf_counter() - start

    print(f"{len(reports)} drafts, {words:,} words in {total:.2f} s: {words / total:,.0f} words/s")
    print(f"{'check':48} {'ms':>9} {'share':>7}")
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"{name:48} {seconds * 1000:9.1f} {seconds / total:7.1%}")
    rest = total - sum(spent.values())
    print(f"{'(parse, spaCy, report)':48} {rest * 1000:9.1f} {rest / total:7.1%}")

    latencies = []
    for draft in typical(drafts):
        begin = time.perf_counter()
        checker.check(draft.draft, draft.original)
        latencies.append(time.perf_counter() - begin)
    latencies.sort()
    if latencies:
        p50 = latencies[len(latencies) // 2] * 1000
        p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000
        print(f"typical replies: n={len(latencies)} p50 {p50:.1f} ms, p99 {p99:.1f} ms")
    if args.cprofile:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(args.cprofile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
