""" "Also" after a subject is an adverb, not a link between two clauses
(replycheck.thread.asked): "I also take blood thinners" tells the agent
something; cutting at "also" would leave an order ("take blood thinners")
to report unanswered. After "you" or between two asks, "also" still links:
"Could you also tell me ..." and "..., also send me a label" are asks.
Written fresh for these tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        (
            "I also take blood thinners every morning. Can I still have the flu jab?",
            ["Can I still have the flu jab?"],
        ),
        (
            "We also get a lot of junk mail, and can you stop the catalogue?",
            ["can you stop the catalogue?"],
        ),
        (
            "She also finds stairs hard. Is there a lift to the first floor?",
            ["Is there a lift to the first floor?"],
        ),
    ],
)
def test_also_after_a_subject_does_not_cut_out_an_order(asked, message, asks):
    assert asked(message) == asks


@pytest.mark.parametrize(
    ("message", "ask"),
    [
        ("The order was late. Could you also tell me when the refund lands?", "tell me"),
        ("The kettle leaks, also send me a returns label please.", "send me a returns label"),
    ],
)
def test_also_still_links_an_ask(asked, message, ask):
    assert any(ask in text for text in asked(message))
