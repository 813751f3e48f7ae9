"""A what/which question asking the agent to pick one for the customer
("What cream should I use for aftercare?") is answered by the agent's pick
with the thing picked named ("we recommend Bepanthen"), though the thing is
not the question's focus word (cream). An acknowledgement, a promise to find
out, or a recommendation of another kind of thing does not answer it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "What cream should I use for aftercare?",
            "For aftercare we recommend Bepanthen, applied thinly twice a day.",
        ),
        (
            "What level would I start at?",
            "From what you describe, you'd most likely go into our A2 (elementary) "
            "group, which meets Tuesdays 6.30 to 8.",
        ),
        (
            "Which foundation shade would match Honey from your old range?",
            "Honey from the old range is closest to 34W in the new one: same depth, "
            "just a touch warmer.",
        ),
    ],
)
def test_a_named_pick_answers(unanswered, question: str, reply: str) -> None:
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "What cream should I use for aftercare?",
            "Thanks for asking about aftercare creams, I'll check with the artist "
            "and come back to you.",
        ),
        (
            "What cream should I use for aftercare?",
            "We recommend you ask your pharmacist.",
        ),
        (
            "What level would I start at?",
            "Our evening classes start in the second week of September.",
        ),
        (
            "What cream should I use for aftercare?",
            "We don't recommend any particular brand.",
        ),
    ],
)
def test_no_pick_named_leaves_it_open(unanswered, question: str, reply: str) -> None:
    assert unanswered(question, reply) == [question]
