"""Words read in the wrong sense: a percentage taken for a sum of money,
library "books" for a booking, "stop" for cancelling where it means
preventing or ending, "staff" for someone at reception, and a relative
"who" taken for a question asking for a person. Each pair is written fresh
for these tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest

from replycheck.thread import default_lexicon
from replycheck.thread.answers import STRONG
from replycheck.thread.lexicon import WORD


@pytest.fixture(scope="module")
def keys():
    """The topic keys a text's words and concept phrases give, as a set."""
    lexicon = default_lexicon()

    def read(text: str) -> set[str]:
        words = WORD.findall(text.lower())
        hits = lexicon.phrase_hits(words)
        taken = {i for a, b, _ in hits for i in range(a, b)}
        loose = {lexicon.topic_key(w) for i, w in enumerate(words) if i not in taken}
        return {c for _, _, c in hits} | {k[0] for k in loose if k is not None}

    return read


# -- a percentage is a rate, not a sum ---------------------------------------


@pytest.mark.parametrize("text", ["up to 10% of your balance", "a 4.5% rate", "prices rise by 3 %"])
def test_a_percentage_is_not_a_sum_of_money(text):
    assert STRONG["money"].search(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "£240.50",
        "$12",
        "15 dollars",
        "40 euros a night",
        "99 cents",
        "15% off",
        "a 10 percent discount",
    ],
)
def test_a_sum_is_still_money(text):
    assert STRONG["money"].search(text) is not None


def test_a_rate_does_not_say_how_much_the_balance_is(unanswered):
    question = "How much is my balance at the moment?"
    reply = "You can withdraw up to 10% of your balance in any month."
    assert unanswered(question, reply) == [question]


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("How much is my balance at the moment?", "Your balance is £240.50 as of this morning."),
        ("How much is the discount for students?", "Students get 15% off every class."),
    ],
)
def test_a_sum_or_a_discount_rate_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []
