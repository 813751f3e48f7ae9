"""Tone lines caught alone but missed inside their whole draft.

For every labelled rude, demanding or blame span of a visible dev case that
the checker misses in its draft, check the sentence holding it alone (with the
customer's message, as in the draft) and report those the checker flags alone
in the same category: which rule fires alone, and at which stage of the whole
draft's check that rule's finding is lost ("never matched" when the rule gives
nothing on that sentence in the draft at all).

    python scripts/whole_draft_losses.py [--file NAME]... [--verbose]
        [--no-original] [--label-only] [--any-tone]

A label counts as caught alone only when the alone check matches it one to
one, as scripts/evaluate.py scores (one finding stretched over two labels of
a sentence matches one of them). ``--label-only`` checks the labelled words
without the rest of their sentence, which shows what the sentence's other
clauses change (a different question from the whole draft's); ``--any-tone``
counts an alone finding of any tone category.

Blind files (scripts/evaluate.py's BLIND) and the test split are never read.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import evaluate

TONE = frozenset({"rude", "demanding", "blame"})
GROUP = {"rude": "rude", "demanding": "rude", "blame": "blame"}


def _traced(checker: Any, draft: str, original: str | None) -> dict[str, Any]:
    """The whole draft's findings after each stage of ``Checker._report``,
    and the pattern matches the scope and spares drop, by reason."""
    from replycheck import checker as module

    stages: dict[str, Any] = {}

    def report(prepared: Any, ctx: Any) -> Any:
        dropped: list[tuple[str, Any, int, int]] = []
        findings = []
        for rule, start, end in checker._matcher.matches(ctx.doc, ctx.lower_ids):
            region = ctx.region_of(rule.scope)
            if region is None and rule.scope != "own":
                dropped.append(("scope", rule, start, end))
                continue
            if region is not None and not (region.start <= start and end <= region.end):
                dropped.append(("scope", rule, start, end))
                continue
            assent = rule.options.get("spare_conceded")
            if assent and module._conceded()(ctx.doc, start, end, assent):
                dropped.append(("spare_conceded", rule, start, end))
                continue
            spared = [
                option
                for option, spare in module._spares()
                if rule.options.get(option) and spare(ctx.doc, start, end)
            ]
            if spared:
                dropped.append((spared[0], rule, start, end))
                continue
            findings.append(ctx.finding(rule, start, end))
        for rule, fn in checker._code_checks:
            findings.extend(fn(rule, ctx))
        stages["raw"] = list(findings)
        stages["dropped"] = dropped
        if checker._accompanied:
            findings = module._accompanied(findings, checker._accompanied)
        stages["accompanied"] = list(findings)
        if checker._deferring:
            findings = module._deferred(findings, checker._deferring, checker._deferring_last)
        stages["deferred"] = list(findings)
        if checker._deferring_in_sentence:
            findings = module._deferred_in_sentence(
                findings, checker._deferring_in_sentence, ctx.doc
            )
        stages["deferred_in_sentence"] = list(findings)
        findings = module._deduplicate(findings)
        stages["deduplicate"] = list(findings)
        findings = module._one_per_sentence(
            findings, module.ONE_PER_SENTENCE | module.ONE_TONE_PER_SENTENCE, ctx.doc, ctx.text
        )
        stages["one_per_sentence"] = list(findings)
        findings = module._orders_disowned(findings, ctx.doc)
        stages["orders_disowned"] = list(findings)
        return original_report(prepared, ctx)

    original_report = checker._report
    checker._report = report
    try:
        checker.check(draft, original=original)
    finally:
        del checker._report
    return stages


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", action="append", help="only this visible dev file")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument(
        "--no-original",
        action="store_true",
        help="check the sentence without the customer's message",
    )
    parser.add_argument(
        "--label-only",
        action="store_true",
        help="check the labelled words alone, not their sentence",
    )
    parser.add_argument(
        "--any-tone", action="store_true", help="count an alone finding of any tone category"
    )
    args = parser.parse_args(argv)
    import replycheck

    try:
        cases = evaluate.visible_dev_cases(args.file or ())
    except ValueError as exc:
        parser.error(str(exc))
    checker = replycheck.Checker()
    nlp = checker.pipeline
    causes: Counter[str] = Counter()
    missed_total = 0
    for case in cases:
        if not any(e.category in TONE for e in case.expects):
            continue
        report = checker.check(case.draft, original=case.original)
        # missed as scripts/evaluate.py scores it: one finding matches one label
        expected = [(e.category, evaluate.expected_span(case, e)) for e in case.expects]
        found = evaluate.to_found(report.findings)
        missed: set[int] = set()
        for name in ("rude-or-demanding", "blame"):
            missed.update(evaluate.match(expected, found, evaluate.GROUPS[name])[1])
        doc = nlp(case.draft) if missed else None
        for i in sorted(missed):
            expect, span = case.expects[i], expected[i][1]
            if span.where != "draft":
                continue
            group = GROUP[expect.category]
            missed_total += 1
            assert doc is not None
            sent = next(
                (s for s in doc.sents if s.start_char <= span.start < s.end_char),
                None,
            )
            if sent is None:
                continue
            s_start, s_end = sent.start_char, sent.end_char
            # the label may run past the sentence: take every sentence it touches
            for s in doc.sents:
                if s.start_char < span.end and s.end_char > span.start:
                    s_start, s_end = min(s_start, s.start_char), max(s_end, s.end_char)
            if args.label_only:
                s_start, s_end = span.start, span.end
            raw = case.draft[s_start:s_end]
            shift = s_start + len(raw) - len(raw.lstrip())
            alone_text = raw.strip()
            alone = checker.check(alone_text, original=None if args.no_original else case.original)
            # the sentence's labels, shifted, matched one to one as in the draft
            inside = [
                (cat, evaluate.Span("draft", sp.start - shift, sp.end - shift))
                for cat, sp in expected
                if sp.where == "draft" and s_start <= sp.start and sp.end <= s_end
            ]
            shifted = evaluate.Span("draft", span.start - shift, span.end - shift)
            if (expect.category, shifted) not in inside:
                inside.append((expect.category, shifted))
            mine = inside.index((expect.category, shifted))
            alone_found = evaluate.to_found(alone.findings)
            if args.any_tone:  # any tone category counts: score them as one group
                inside = [("rude", sp) if c in TONE else (c, sp) for c, sp in inside]
                alone_found = [
                    evaluate.Found("rude", f.span, f.code) if f.category in TONE else f
                    for f in alone_found
                ]
                cats = frozenset({"rude"})
            else:
                cats = evaluate.GROUPS["blame" if group == "blame" else "rude-or-demanding"]
            caught = mine not in evaluate.match(inside, alone_found, cats)[1]
            alone_hits = [
                f
                for f in alone.findings
                if caught
                and f.where == "draft"
                and f.category in TONE
                and (args.any_tone or GROUP[f.category] == group)
                and evaluate.Span("draft", f.start, f.end).overlaps(shifted)
            ]
            if not alone_hits:
                continue
            codes = sorted({f.code for f in alone_hits})
            stages = _traced(checker, case.draft, case.original)

            def near(fs: list[Any], code: str, span: evaluate.Span = span) -> bool:
                return any(
                    f.code == code
                    and f.where == "draft"
                    and evaluate.Span("draft", f.start, f.end).overlaps(span)
                    for f in fs
                )

            cause = "never matched in draft"
            for code in codes:
                if not near(stages["raw"], code):
                    drop = [
                        reason
                        for reason, rule, st, en in stages["dropped"]
                        if rule.code == code and st < span.end and en > span.start
                    ]
                    if drop:
                        cause = f"dropped by {drop[0]}"
                    continue
                for stage in (
                    "accompanied",
                    "deferred",
                    "deferred_in_sentence",
                    "deduplicate",
                    "one_per_sentence",
                    "orders_disowned",
                ):
                    if not near(stages[stage], code):
                        cause = f"lost at {stage}"
                        break
                else:
                    cause = (
                        "flagged in the draft too, in another tone category"
                        if args.any_tone
                        else "kept, but its finding matched another label (one finding, two labels)"
                    )
                break
            causes[cause] += 1
            print(f"{case.id}: {expect.category} {expect.text!r}")
            print(f"    alone: {codes}  -> {cause}")
            if args.verbose:
                raw_inside = [
                    (f.code, f.category, case.draft[f.start : f.end])
                    for f in stages["raw"]
                    if f.where == "draft" and f.start < s_end and f.end > s_start
                ]
                print(f"    draft raw in sentence: {raw_inside}")
    print(f"\n{sum(causes.values())} of {missed_total} missed tone labels are caught alone")
    for cause, n in causes.most_common():
        print(f"  {n:4d}  {cause}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
