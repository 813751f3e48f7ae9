"""Make-it-right checks beyond the rule examples: what counts as an action
and as a promise with no time, read from the body's sentences."""

from __future__ import annotations

import pytest

from replycheck import Checker, Config
from replycheck.checks.closing import TokenTable
from replycheck.checks.further import takes_action
from replycheck.nlp import shared_pipeline
from replycheck.rules import Registry

OPTIONS = next(r for r in Registry.load() if r.code == "RC601").options


@pytest.fixture(scope="module")
def further() -> Checker:
    return Checker(Config(select=("empty-apology", "no-timeframe")))


def _codes(checker: Checker, draft: str) -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in checker.check(draft).findings]


@pytest.mark.parametrize(
    ("sentence", "acts"),
    [
        ("I've sent a new one.", True),
        ("We're fixing the page now.", True),
        ("It has been refunded.", True),
        ("The parcel was delivered yesterday.", True),
        ("Your car will be ready.", True),
        ("There's £5 off.", True),
        ("What does the tracking say?", True),
        ("See https://example.com/help for more.", True),
        ("We've received your email.", False),
        ("We are so sorry about this.", False),
        ("That is a shame.", False),
    ],
)
def test_takes_action_reads_deeds_not_acknowledgements(sentence: str, acts: bool) -> None:
    doc = shared_pipeline()(sentence)
    assert takes_action(doc[:], OPTIONS) is acts


def test_deed_words_look_ahead_only_inside_the_sentence() -> None:
    doc = shared_pipeline()("Sorry, that was us. Sent items are in the outbox.")
    first, second = list(doc.sents)
    assert not takes_action(first, OPTIONS)  # "was us. Sent" would read as a deed
    assert not takes_action(second, OPTIONS)


def test_body_sentences_are_trimmed_and_need_a_word() -> None:
    doc = shared_pipeline()("Hi Sam,\n\n  Sorry!  \n\n---\n\nDone. \n")
    table = TokenTable.of(doc)
    texts = [doc[s:e].text for s, e in table.worded_sentences(-1, len(doc.text) + 1)]
    assert texts == ["Hi Sam,", "Sorry!", "Done."]


def test_an_apology_with_no_action_anywhere_is_reported(further: Checker) -> None:
    draft = "Hi Sam,\n\nWe're sorry for the inconvenience.\n\nBest,\nAna"
    assert _codes(further, draft) == [("RC601", "We're sorry for the inconvenience.")]


def test_an_action_in_another_sentence_answers_the_apology(further: Checker) -> None:
    draft = "Hi Sam,\n\nWe're sorry for the inconvenience. I've refunded the fee.\n\nBest,\nAna"
    assert _codes(further, draft) == []


def test_a_promise_without_a_time_is_reported_and_a_time_anywhere_clears_it(
    further: Checker,
) -> None:
    promise = "Our team will look into it."
    assert _codes(further, f"Hi Sam,\n\n{promise}\n\nBest,\nAna") == [("RC602", promise)]
    timed = f"Hi Sam,\n\n{promise} You'll hear from us by Friday.\n\nBest,\nAna"
    assert _codes(further, timed) == []


def test_promise_and_future_words_in_different_sentences_are_no_promise(
    further: Checker,
) -> None:
    draft = "Hi Sam,\n\nIt will rain. Please look into the attached photo.\n\nBest,\nAna"
    assert [c for c, _ in _codes(further, draft) if c == "RC602"] == []
