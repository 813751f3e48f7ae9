"""Could the words of a draft tell RC201's false alarms from its true findings?

For every ask RC201 reports unanswered on the dev split (the blind probes
left out), this prints two things, separately for asks labelled unanswered
(true findings) and asks the labels say were answered (false alarms):

- the best share of the ask's topic words that any substantive draft sentence
  covers (``thread.topic.overlap`` against the sentence with the one before
  it), in quarters;
- how many a rescue would clear that calls an ask answered when the draft
  holds a substantive, committed sentence that answers no other ask.

docs/quality.md reports the result. Nothing here changes the checker:

    python scripts/unanswered_overlap_study.py
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import evaluate  # noqa: E402

BLIND = ("mixed-fresh6", "mixed-fresh7")


def flagged_asks() -> list[tuple[bool, float, bool]]:
    """(labelled unanswered, best topic share, an unused committed sentence)
    for each ask RC201 reports unanswered on dev."""
    import replycheck
    import replycheck.checks.unanswered as check
    from replycheck.thread.answered import answer_for
    from replycheck.thread.topic import overlap

    seen: list[tuple[object, Sequence[object], Sequence[object], bool]] = []
    addressed = check.addressed

    def spy(ask, statements, asks):  # type: ignore[no-untyped-def]
        answered = addressed(ask, statements, asks)
        seen.append((ask, statements, asks, answered))
        return answered

    check.addressed = spy  # type: ignore[assignment]
    checker = replycheck.Checker()
    rows = []
    try:
        for case in evaluate.load_corpus(split="dev"):
            if case.industry in BLIND:
                continue
            labels = evaluate.unanswered_labels(case)
            if labels is None:
                continue
            seen.clear()
            report = checker.check(case.draft, original=case.original)
            where = {(a.start, a.end): a.where for a in report.asked}
            for ask, statements, asks, answered in seen:
                if answered:
                    continue
                span = evaluate.Span(where[(ask.start, ask.end)], ask.start, ask.end)
                bad = any(span.overlaps(label) for label in labels)
                committed = [s for s in statements if s.substantive and not s.noncommittal]
                best = max((overlap(ask.topic, s.context)[0] for s in committed), default=0.0)
                used = set()
                for other in asks:
                    if other is not ask:
                        found = answer_for(other, statements, asks)
                        if found is not None:
                            used.add(id(found[0]))
                unused = any(id(s) not in used and not s.asks_back for s in committed)
                rows.append((bad, best, unused))
    finally:
        check.addressed = addressed  # type: ignore[assignment]
    return rows


def main() -> int:
    rows = flagged_asks()
    true = [r for r in rows if r[0]]
    false = [r for r in rows if not r[0]]
    print(
        f"{len(rows)} asks reported unanswered on dev (blind probes left out): "
        f"{len(true)} labelled unanswered, {len(false)} false alarms"
    )
    print("\n| best topic share of a committed sentence | true findings | false alarms |")
    print("| --- | ---: | ---: |")
    quarters = {
        bad: Counter(min(int(best * 4), 4) for b, best, _ in rows if b == bad)
        for bad in (True, False)
    }
    for q, name in enumerate(("under 25%", "25-50%", "50-75%", "75-100%", "all")):
        print(f"| {name} | {quarters[True][q]} | {quarters[False][q]} |")
    lost = sum(unused for _, _, unused in true)
    cleared = sum(unused for _, _, unused in false)
    print(
        f"\nrescue 'an unused committed sentence answers it': clears {cleared} of "
        f"{len(false)} false alarms, loses {lost} of {len(true)} true findings"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
