"""The Span walks the forty-eighth round moved onto the token table say what
the ``Token`` walks they replaced said: ``closing.span_words``, the stock
rules' ``asks`` (a customer's sentence asks something),
``asks_to_pay_less`` (the customer asks for a way to pay less) and
``_asks_to_use_it``, and the closing rules' ``_word_count``. Each is
compared with the old ``Token`` reading on every sentence, and on every
slice start, of drafts with whitespace runs, quotes, "?" and other marks,
capitals, sums and non-ASCII words."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span

from replycheck.checks import stock
from replycheck.checks.closing import _word_count, span_words
from replycheck.nlp import Pipeline

_PIPELINE = Pipeline()

_TEXTS = (
    "Hi there,\n\nIs there any way to keep the cost down?  The fee went up to £40 "
    "and I can't afford it.\n\nThanks,\nSam",
    "And do you do evening appointments, I work till 5. I don't know where to put it in. "
    "No idea which one I need!!! Also could you tell me the fee",
    "I'd pay for a second visit. Happy to pay. Can you do anything?  \n  The bill is "
    "$120 — too expensive.",
    'ROUGHLY how much would it be? "Please" is not a question. Ünïcode Straße? Ok... '
    "I'm not sure how it works; unsure which.",
    "About my order, it came two days late. Roughly 30 people are coming. Is there "
    "anything you can do about the price ? ?",
    "",
    "   \n\n  ",
)


def _old_span_words(span: Span) -> tuple[str, ...]:
    return tuple(t.lower_ for t in span if not t.is_space)


def _old_asks(sentence: Span) -> bool:
    words = [t for t in sentence if (not t.is_space and not t.is_punct) or t.text == "?"]
    first = next((t for t in words if t.lower_ not in stock.LEAD_INS), None)
    if first is None:
        return False
    if first.lower_ in stock.ASKING_OPENERS or any(t.lower_ in stock.ASKING_WORDS for t in words):
        return True
    negated = False
    for i, t in enumerate(words[:-1]):
        if t.lower_ in stock.NOT_KNOWING_NEGATIONS:
            negated = True
        if negated and t.lower_ in stock.NOT_KNOWING and words[i + 1].lower_ in stock.INDIRECT_WH:
            return True
    return False


def _old_pay_less(doc) -> bool:  # type: ignore[no-untyped-def]
    words = [t.lower_ for t in doc]
    if stock._holds(words, stock.WILLING_TO_PAY):
        return True
    if stock.MONEY_RAISED.isdisjoint(words):
        return False
    for sentence in doc.sents:
        if not _old_asks(sentence):
            continue
        lowers = [t.lower_ for t in sentence]
        if stock._holds(lowers, stock.PAY_LESS_ASKS):
            return True
        if not stock._holds(lowers, stock.OPEN_ASKS):
            continue
        if not stock.MONEY_RAISED.isdisjoint(lowers):
            return True
        own = [t for t in sentence if t.is_alpha and not t.is_stop and len(t) > 2]
        if all(t.lower_ in stock.OPEN_ASK_WORDS for t in own):
            return True
    return False


def _spans(doc):  # type: ignore[no-untyped-def]
    yield from doc.sents
    for start in range(len(doc)):  # every slice start, not only sentence starts
        yield doc[start : len(doc)]
        yield doc[start : min(start + 4, len(doc))]


def test_span_words_matches_the_token_walk():
    compared = 0
    for text in _TEXTS:
        doc = next(_PIPELINE.pipe([text]))
        for span in _spans(doc):
            assert span_words(span) == _old_span_words(span), span.text
            compared += 1
    assert compared > 200


def test_asks_matches_the_token_walk():
    seen = {True: 0, False: 0}
    for text in _TEXTS:
        doc = next(_PIPELINE.pipe([text]))
        for span in _spans(doc):
            expected = _old_asks(span)
            assert stock.asks(span) is expected, span.text
            seen[expected] += 1
    assert seen[True] >= 20 and seen[False] >= 20  # both answers were compared


def test_asks_to_pay_less_matches_the_token_walk():
    seen = {True: 0, False: 0}
    texts = [*_TEXTS, *(sentence for text in _TEXTS for sentence in text.split(". "))]
    for text in texts:
        doc = next(_PIPELINE.pipe([text]))
        expected = _old_pay_less(doc)
        assert stock._find_pay_less(doc) is expected, text
        seen[expected] += 1
    assert seen[True] >= 3 and seen[False] >= 3


def test_word_count_and_use_it_match_the_token_walk():
    used = 0
    texts = [*_TEXTS, "I got a gift code. Can I redeem it  on sale items? Can I use\n them?"]
    for text in texts:
        doc = next(_PIPELINE.pipe([text]))
        for span in _spans(doc):
            count = sum(1 for t in span if not t.is_punct and not t.is_space)
            assert _word_count(span) == count, span.text
            words = [t.lower_ for t in span if not t.is_space]
            expected = any(w in stock.USING and nxt in ("it", "them") for w, nxt in pairwise(words))
            assert stock._asks_to_use_it(span) is expected, span.text
            used += expected
    assert used >= 3
