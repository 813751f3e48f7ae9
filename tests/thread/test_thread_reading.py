"""The shared per-draft reading: RC201 and the stock rules read the
customer's message and the draft once between them, and read what each
would have read on its own."""

from __future__ import annotations

from replycheck.nlp import straighten
from replycheck.thread import default_lexicon, read_draft
from replycheck.thread.asked import read_message
from replycheck.thread.lexicon import Lexicon
from replycheck.thread.reading import read_thread

_DRAFT = (
    "Hi Dana,\n\nYour refund of £40 went out on Monday and should reach you by Friday. "
    "The blue kettle is back in stock, too.\n\nBest,\nSam"
)
_ORIGINAL = "When will I get my refund? Is the blue kettle in stock yet?"


def test_the_reading_is_made_once_per_draft_and_lexicon(make_context):
    ctx = make_context(_DRAFT, _ORIGINAL)
    lexicon = default_lexicon()
    first = read_thread(ctx, lexicon)
    assert first is not None
    assert read_thread(ctx, lexicon) is first
    assert first.statements() is first.statements()
    other = Lexicon.from_options({})
    assert read_thread(ctx, other) is not first  # another lexicon reads for itself


def test_the_reading_is_what_each_check_read_on_its_own(make_context):
    ctx = make_context(_DRAFT, _ORIGINAL)
    lexicon = default_lexicon()
    reading = read_thread(ctx, lexicon)
    assert reading is not None
    message = read_message(ctx.original_doc, lexicon, straighten(ctx.original.own))
    assert [(a.start, a.end, a.kind) for a in reading.asks] == [
        (a.start, a.end, a.kind) for a in message.asks
    ]
    assert len(reading.asks) == 2
    asks = message.asks
    body = ctx.message.body
    alone = read_draft(
        ctx.doc,
        lexicon,
        straighten(ctx.message.own),
        (body.start, body.end),
        windows=any(ask.predicate for ask in asks),
        policies=any(ask.instance or ask.expects == "action" for ask in asks),
        customer=message.text,
        known=message.vocabulary(),
        agents=any(ask.offered for ask in asks),
    )
    assert reading.statements() == alone
    assert alone


def test_no_reading_without_the_customers_message(make_context):
    assert read_thread(make_context(_DRAFT, None), default_lexicon()) is None
