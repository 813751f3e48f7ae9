"""Stock-pitch false alarms read away in round 51 (good23d): the way round a
refusal told in two sentences, the first announcing it ("What we can do now
is the design side.") and the next one carrying it on, "What we can do
<one word> is" as the same opener as "What we can do is", and the customer's
own thing put back on sale for them as one of the options, not a sale, and
stock of another version "of the same" thing when theirs cannot come."""

from __future__ import annotations

import pytest

from replycheck import Checker, Config
from replycheck.checks.closing import TokenTable
from replycheck.checks.stock import _sells_news
from replycheck.nlp import shared_pipeline


@pytest.fixture(scope="module")
def stock() -> Checker:
    return Checker(Config(select=("stock-pitch",)))


@pytest.mark.parametrize(
    ("original", "draft", "pitch"),
    [
        # the sentence after the announced alternative carries it on
        (
            "Can I book a tattoo? I'm 17.",
            "We can't tattoo anyone under 18. What we can do now is the design side. Book"
            " a free consultation with Jade, and she'll draw up your design with you.",
            False,
        ),
        (
            "Can I move my class to the evening?",
            "I'm afraid the evening classes are full. What I can do instead is the"
            " weekend slot. Saturday mornings have two free places at the same price.",
            False,
        ),
        (
            "Can I get a refund for my tickets?",
            "Tickets can't be refunded once bought. Alternatively, there is the resale"
            " desk. They list your seats for you and refund the price if they sell.",
            False,
        ),
        # one word between "do" and "is"
        (
            "Can I book a tattoo? I'm 17.",
            "We can't tattoo anyone under 18. What we can do now is book a free"
            " consultation with Jade for the design.",
            False,
        ),
        # near misses: the next sentence sells something new, a deadline
        # upsells, a paragraph break ends the alternative, or nothing was refused
        (
            "Can I extend my booking?",
            "I'm afraid we can't extend the booking. What we can do instead is move it."
            " Our new spring range is 20% off with the code SPRING20.",
            True,
        ),
        (
            "Can I extend my booking?",
            "I'm afraid we can't extend the booking. What we can do instead is move it."
            " Members get a free session with every booking if they join before Friday.",
            True,
        ),
        (
            "Can I extend my booking?",
            "I'm afraid we can't extend the booking. What we can do instead is move it"
            " to May.\n\nMembers get a free session with every booking, so why not join?",
            True,
        ),
        (
            "Where is my order?",
            "Your order has shipped. What we can do now is track it. Book a free"
            " consultation with Jade, and she'll draw up your design with you.",
            True,
        ),
    ],
)
def test_an_alternative_carried_into_the_next_sentence_is_not_a_pitch(
    stock: Checker, original: str, draft: str, pitch: bool
) -> None:
    assert bool(stock.check(draft, original).findings) is pitch


@pytest.mark.parametrize(
    ("draft", "pitch"),
    [
        # the customer's own tickets put back on sale for them: one of the options
        (
            "We can't refund tickets once bought. I can offer you two other options"
            " instead:\n\n- Exchange them for another date, for £2 a ticket.\n- Put them"
            " back on sale through our resale scheme, and we refund you if they sell.\n",
            False,
        ),
        # ours on sale, or something new, in the same list still sells
        (
            "We can't refund tickets once bought. I can offer you two other options"
            " instead:\n\n- Exchange them for another date, for £2 a ticket.\n- Our"
            " hampers are back on sale this week, with 20% off.\n",
            True,
        ),
        (
            "We can't refund tickets once bought. I can offer you two other options"
            " instead:\n\n- Exchange them for another date, for £2 a ticket.\n- Our new"
            " season is on sale now, with 20% off.\n",
            True,
        ),
    ],
)
def test_their_own_thing_back_on_sale_is_an_option_not_a_pitch(
    stock: Checker, draft: str, pitch: bool
) -> None:
    original = "Can I get a refund on my two tickets?"
    assert bool(stock.check(draft, original).findings) is pitch


@pytest.mark.parametrize(
    ("text", "news"),
    [
        ("put them back on sale", False),
        ("list it for sale", False),
        ("put them up for sale", False),
        ("our hampers are back on sale", True),
        ("the sale ends Sunday", True),
        ("put them back on sale with our new range", True),
    ],
)
def test_sells_news_reads_sale_of_their_own_thing_apart(text: str, news: bool) -> None:
    doc = shared_pipeline()(text)
    assert _sells_news(TokenTable.of(doc).lower, 0, len(doc)) is news


@pytest.mark.parametrize(
    ("draft", "pitch"),
    [
        # another version of the same thing, when theirs cannot come, is the way round it
        (
            "I'm afraid the reprint won't arrive before Sunday.\n\nI don't want you to be"
            " left without a present. We have the hardback edition of the same book in"
            " stock, at £20, and I can send it today.",
            False,
        ),
        (
            "Sadly the sage colour won't be made again.\n\nThe olive version of the same"
            " shirt is in stock in M and has the same cut.",
            False,
        ),
        # a new version, a deal, no "of the same", or another thing of ours still sells
        (
            "I'm afraid the reprint won't arrive before Sunday.\n\nThe new hardback"
            " edition of the same book is in stock, at £20.",
            True,
        ),
        (
            "I'm afraid the reprint won't arrive before Sunday.\n\nWe have the hardback"
            " edition of the same book back in stock, with 20% off this week.",
            True,
        ),
        (
            "I'm afraid the reprint won't arrive before Sunday.\n\nThe author's other"
            " novels are all in stock, at £9.99 each.",
            True,
        ),
        ("Your order is on its way.\n\nOur garden chairs are in stock in the same colour.", True),
    ],
)
def test_another_version_of_the_same_thing_in_stock_is_not_a_pitch(
    stock: Checker, draft: str, pitch: bool
) -> None:
    original = "I ordered a book three weeks ago and it still says processing. Where is it?"
    assert bool(stock.check(draft, original).findings) is pitch
