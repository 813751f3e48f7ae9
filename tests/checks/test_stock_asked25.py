"""An offer that answers what the customer asked is not a pitch (round 25):
the sentence RC201's matching finds is the only answer to an ask, or the
terms of an answer said in the sentence after it; anything on top still sells."""

from __future__ import annotations

import pytest

from replycheck import Checker, Config
from replycheck.checks.stock import _adds_on_top, _says_the_terms
from replycheck.nlp import shared_pipeline

FRANCE = "We're driving the hire car to France in June. Is that allowed, and what does it cost?"
SKIING = (
    "I'm going skiing in February. Does my annual policy cover that or do I need something extra?"
)


@pytest.fixture(scope="module")
def stock() -> Checker:
    return Checker(Config(select=("stock-pitch",)))


def _flagged(stock: Checker, draft: str, original: str | None) -> list[str]:
    return [f.text for f in stock.check(draft, original).findings]


def _sentence(text: str):
    doc = shared_pipeline()(text)
    return next(iter(doc.sents))


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("We add a European cover pack for £35.", True),
        ("You can add our winter sports extension for £24.", True),
        ("You'll need the V5 letter at the border.", True),
        ("Our solar packages start at £4,995.", False),
        ("Snap up our trail jackets before they're gone.", False),
        ("You might like our matching socks.", False),
        ("These trainers pair perfectly with our running socks.", False),
    ],
)
def test_terms_open_with_what_we_do_or_what_the_customer_can_do(text: str, terms: bool) -> None:
    assert _says_the_terms(_sentence(text)) is terms


@pytest.mark.parametrize(
    ("text", "adds"),
    [
        ("We also have a clearance sale on helmets.", True),
        ("Our new electric fleet is at all airports.", True),
        ("Book before Friday and it's £100 off.", True),
        ("Add a VIP package with a drink for £25.", True),
        ("It comes with 25% off the fitting.", True),
        ("You can add our extension for £24, which covers off-piste skiing.", False),
        ("We add a European cover pack for £35.", False),
    ],
)
def test_something_on_top_is_more_of_ours_news_a_deal_or_an_invitation(
    text: str, adds: bool
) -> None:
    assert _adds_on_top(_sentence(text)) is adds


def test_the_only_answer_to_a_price_question_is_not_a_pitch(stock: Checker) -> None:
    draft = (
        "Hi Priya,\n\nYes, you can take the car to France. We add a European cover pack "
        "for £35, which includes breakdown cover abroad.\n\nBest,\nTom"
    )
    assert _flagged(stock, draft, FRANCE) == []
    # the same offer to a customer who asked nothing about it sells
    assert _flagged(stock, draft, "I left my sunglasses in the car. Can you check?") != []


def test_the_terms_after_an_answer_are_not_a_pitch(stock: Checker) -> None:
    draft = (
        "Hi Claire,\n\nYour annual policy doesn't include winter sports on its own. You can "
        "add our winter sports extension for £24, which covers your skis.\n\nBest,\nOwen"
    )
    assert _flagged(stock, draft, SKIING) == []


def test_a_deal_after_the_answer_still_sells(stock: Checker) -> None:
    draft = (
        "Hi Claire,\n\nYour annual policy doesn't include winter sports on its own. You can "
        "add our gadget cover with 20% off this month.\n\nBest,\nOwen"
    )
    assert _flagged(stock, draft, SKIING) == [
        "You can add our gadget cover with 20% off this month."
    ]


def test_terms_in_another_paragraph_are_no_longer_the_answer(stock: Checker) -> None:
    draft = (
        "Hi Claire,\n\nYour annual policy doesn't include winter sports on its own.\n\nYou can "
        "add our winter sports extension for £24, which covers your skis.\n\nBest,\nOwen"
    )
    assert _flagged(stock, draft, SKIING) == [
        "You can add our winter sports extension for £24, which covers your skis."
    ]


def test_more_on_top_of_the_answer_still_sells(stock: Checker) -> None:
    draft = (
        "Hi Priya,\n\nYes, you can take the car to France, and the European cover pack is £35. "
        "We can also upgrade your cover to our Premium excess waiver for just £10 more a day."
        "\n\nBest,\nTom"
    )
    assert _flagged(stock, draft, FRANCE) == [
        "We can also upgrade your cover to our Premium excess waiver for just £10 more a day."
    ]


def test_what_guests_can_do_for_a_price_answers_is_there_parking(stock: Checker) -> None:
    draft = (
        "Hi Sam,\n\nThere is. Guests can park in our underground car park for £12 a night, "
        "and you can book a space when you check in.\n\nBest,\nAlex"
    )
    assert _flagged(stock, draft, "Is there parking at the hotel?") == []
    assert _flagged(stock, draft, "Is breakfast included?") != []


def test_the_customers_own_words_add_nothing_on_top() -> None:
    sentence = _sentence("Our family membership covers the pool.")
    theirs = frozenset(t.lower for t in shared_pipeline()("Does the membership cover the pool?"))
    assert _adds_on_top(sentence)
    assert not _adds_on_top(sentence, theirs)


def test_terms_on_another_subject_after_an_answer_still_sell(stock: Checker) -> None:
    draft = (
        "Hi Sam,\n\nYour parcel is due on Friday. You can add next-day delivery to future "
        "orders for £4.99.\n\nBest,\nAlex"
    )
    assert _flagged(stock, draft, "Where is my parcel?") == [
        "You can add next-day delivery to future orders for £4.99."
    ]
