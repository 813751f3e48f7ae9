"""Every rule's examples are tests: a bad example must yield exactly its
marked spans from that rule, a good example nothing from that rule."""

from __future__ import annotations

import pytest

from replycheck import Checker, Config
from replycheck.rules import Registry

RULES = list(Registry.load())


def _spans(report, code, where):
    return sorted((f.start, f.end) for f in report.findings if f.code == code and f.where == where)


@pytest.fixture(scope="module")
def checkers():
    cache: dict[str, Checker] = {}

    def get(code: str) -> Checker:
        if code not in cache:
            cache[code] = Checker(Config(select=(code,)))
        return cache[code]

    return get


def test_there_are_rules_in_every_card_category():
    categories = {rule.category for rule in RULES}
    for category in ("rude", "demanding", "closing-apology", "stock-pitch", "clarity"):
        assert category in categories, f"no rule in category {category}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_bad_examples_yield_exactly_the_marked_spans(rule, checkers):
    checker = checkers(rule.code)
    for example in rule.bad:
        report = checker.check(example.text, example.original)
        draft_expected = sorted(example.spans)
        assert _spans(report, rule.code, "draft") == draft_expected, example.text
        if example.original is not None:
            assert _spans(report, rule.code, "original") == sorted(example.original_spans), (
                example.original
            )


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_good_examples_yield_nothing_from_the_rule(rule, checkers):
    checker = checkers(rule.code)
    for example in rule.good:
        report = checker.check(example.text, example.original)
        hits = [f.text for f in report.findings if f.code == rule.code]
        assert hits == [], example.text
