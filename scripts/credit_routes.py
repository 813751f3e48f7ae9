"""Which route of ``answer_for`` credited each ask RC201 judged answered, over
visible dev files (customer's message passed as ``original`` or quoted in the
draft): for finding where a loose route credits asks labelled
unanswered (misses) against the good answers it rightly credits.

    PYTHONPATH=. python scripts/credit_routes.py DIR [FILE_STEM ...] [--route R] [--show]

DIR holds corpus files (never corpus/test, never blind files). Prints, per
route, how many labelled-unanswered asks it credited (misses) and how many
answered asks it credited, and with ``--show`` each ask, its crediting sentence,
the ask's type, predicate and the concepts both name, and the sentence's flags
(route "second opinion": cleared by RC201's learned second opinion, with its
P(unanswered) shown; route "-": credited by no route of ``answer_for`` nor the
model, e.g. a choice picked, leave implied, a slot offered).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import tomllib

sys.path.insert(0, str(Path(__file__).resolve().parent))

import evaluate

import replycheck
from replycheck.checks import unanswered
from replycheck.thread import answered

#: The ``Statement`` flags shown beside each crediting sentence.
_FLAGS = (
    "bare",
    "narrates",
    "recounts",
    "future",
    "personal",
    "generic",
    "done",
    "agent",
    "negative",
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("dir", type=Path)
    parser.add_argument("stems", nargs="*")
    parser.add_argument("--route", action="append", default=[])
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    if not answered.__file__ or not answered.__file__.endswith(".py"):
        raise SystemExit("needs the pure-Python modules (set PYTHONPATH to the worktree)")
    routes: dict[int, tuple[str, object]] = {}
    current: list[object] = []
    real_answer_for = answered.answer_for
    real_addressed = unanswered.addressed
    real_record = unanswered._record
    real_second_opinion = unanswered.second_opinion
    cleared: dict[int, float] = {}

    def second_opinion(ask, statements, asks, weighed, opinion, *rest, **kw):  # type: ignore[no-untyped-def]
        p = real_second_opinion(ask, statements, asks, weighed, opinion, *rest, **kw)
        if p < opinion.below:
            cleared[id(ask)] = p
        return p

    def answer_for(ask, statements, asks, *rest, **kw):  # type: ignore[no-untyped-def]
        found = real_answer_for(ask, statements, asks, *rest, **kw)
        if current and ask is current[-1] and id(ask) not in routes and found is not None:
            routes[id(ask)] = (found[1], found[0])
        return found

    def addressed(ask, *rest, **kw):  # type: ignore[no-untyped-def]
        current.append(ask)
        try:
            return real_addressed(ask, *rest, **kw)
        finally:
            current.pop()

    log: list[tuple[int, int, bool, str, str]] = []

    def record(ctx, customer, ask, where, ok):  # type: ignore[no-untyped-def]
        route, found = routes.get(id(ask), ("-", None))
        if route == "-" and id(ask) in cleared:
            route = "second opinion"
        draft = unanswered.straighten(ctx.message.own)
        text = draft[found.start : found.end] if found is not None else ""  # type: ignore[attr-defined]
        said = found.said if found is not None else {}  # type: ignore[attr-defined]
        shared = sorted(k for k, w in ask.topic.items() if w >= 1.0 and k in said)
        flags = [f for f in _FLAGS if found is not None and getattr(found, f, False)]
        text = f"{text}  {{{ask.expects} predicate={ask.predicate} shared={shared} {flags}}}"
        if id(ask) in cleared:
            text = f"{text} P(unanswered)={cleared[id(ask)]:.2f}"
        log.append((ask.start, ask.end, ok, route, text))
        real_record(ctx, customer, ask, where, ok)

    answered.answer_for = answer_for
    unanswered.addressed = addressed
    unanswered._record = record
    unanswered.second_opinion = second_opinion
    checker = replycheck.Checker()
    paths = sorted(args.dir.glob("*.toml"))
    if args.stems:
        paths = [p for p in paths if p.stem in args.stems]
    miss: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for path in paths:
        for table in tomllib.loads(path.read_text()).get("case", []):
            case = evaluate._case_from_table(table, "dev", str(path), path.stem)
            labels = evaluate.unanswered_labels(case)
            if labels is None:
                continue  # no customer message, passed or quoted
            # a passed message's asks index it; a quoted one's index the draft
            where = "original" if case.original is not None else "quoted"
            customer = case.original if case.original is not None else case.draft
            gold = [(s.start, s.end) for s in labels if s.where == where]
            log.clear()
            routes.clear()
            cleared.clear()
            checker.check(case.draft, original=case.original)
            for start, end, ok, route, text in log:
                if not ok:
                    continue
                bad = any(start < e and s < end for s, e in gold)
                (miss if bad else right)[route] += 1
                if args.show and (not args.route or route in args.route):
                    mark = "MISS" if bad else "ok  "
                    asked = customer[start:end]
                    print(f"{mark} {case.id} [{route}] {asked!r}\n      <- {text!r}")
    print("route: credited misses / credited answered")
    for route in sorted(set(miss) | set(right), key=lambda r: -miss[r]):
        print(f"  {route:24} {miss[route]:4} / {right[route]:4}")


if __name__ == "__main__":
    main()
