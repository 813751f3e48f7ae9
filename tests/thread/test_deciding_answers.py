"""RC201: a request of us, or a yes/no question about this customer's case, is
answered by a decision (the act done or promised, a yes, a refusal), not by
a sentence that says how such things work for everyone.

Three shapes of the latter: a policy whose plural subject has a phrase after
it ("Refunds for missing items are ..."), a passive possibility said of the
thing asked for ("Memberships can be frozen ..."), and a practice of ours
said with how often ("We share feedback ... every week").
"""

from __future__ import annotations

import pytest

from replycheck.thread.answers import _generic_opening


@pytest.mark.parametrize(
    ("opening", "policy"),
    [
        ("refunds for missing items are usually paid back", True),
        ("credit balances on closed accounts are reviewed by our team", True),
        ("changes to a return flight can be made up to a day before", True),
        ("exchanges for a different size depend on the stock", True),
        # the phrase names the customer's own case: not a policy
        ("refunds for your order are on their way", False),
        # no verb soon after the phrase: a list or a heading, not a policy
        ("parcels to france and spain", False),
    ],
)
def test_a_plural_subject_with_a_phrase_after_it_opens_a_policy(opening, policy):
    assert _generic_opening(opening.split()) is policy


def _unanswered(checker, draft, original):
    report = checker.check(draft, original=original)
    return [f.text for f in report.findings if f.code == "RC201"]


@pytest.mark.parametrize(
    ("original", "draft", "open_"),
    [
        # possible, not done for them
        (
            "I need knee surgery. Can you freeze my membership while I recover?",
            "Hi Tom,\n\nMemberships can be frozen for medical reasons for up to six months, "
            "and we usually ask for a note from your doctor.\n\nBest,\nBecca",
            True,
        ),
        # done, promised, or refused: decided
        (
            "I need knee surgery. Can you freeze my membership while I recover?",
            "Hi Tom,\n\nYour membership can be frozen for medical reasons, and we'll freeze "
            "it from Monday.\n\nBest,\nBecca",
            False,
        ),
        (
            "I need knee surgery. Can you freeze my membership while I recover?",
            "Hi Tom,\n\nMemberships can't be frozen during the minimum term, so I'm afraid "
            "yours stays active until March.\n\nBest,\nBecca",
            False,
        ),
        # a practice of ours, how often, is not the request done
        (
            "My order was missing items again. Can you tell the restaurant, because this "
            "is the second time?",
            "Hi Sam,\n\nWe share feedback about missing items with our restaurant partners "
            "every week.\n\nThanks,\nKiran",
            True,
        ),
        (
            "My order was missing a drink again. Can you tell the restaurant about the "
            "missing drink?",
            "Hi Sam,\n\nI've told the restaurant about the missing drink today, and we "
            "review missing items with them every week.\n\nThanks,\nKiran",
            False,
        ),
    ],
)
def test_a_request_needs_a_decision_not_a_description(checker, original, draft, open_):
    assert bool(_unanswered(checker, draft, original)) is open_
