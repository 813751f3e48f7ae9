"""``curt_imperative``'s first test, read off the token table
(``_opens_with_imperative``), says the same as the ``Token`` walk it stands in
front of: whether the sentence's first word (after a lead-in of time, quoted
words and whitespace skipped, "'ll" counted as a word) is an imperative."""

from __future__ import annotations

from replycheck.checks.orders import CURT_IMPERATIVES, CURT_LEAD_INS, _opens_with_imperative
from replycheck.checks.tone_sentences import quoted_tokens, words_of
from replycheck.nlp import Pipeline

_PIPELINE = Pipeline()

_TEXTS = (
    "Sort your rubbish. Next time weigh it at home. In future read the notes! "
    "Going forward  \n\n check it first. This time send it. Next time.",
    "I checked it. \"Send\" the form today. You'll send it. 'll send it. "
    "Double check the address. Check-in is at 3pm. Have a lovely day!",
    "We will call you. 12 345 — Call us now. ... Pay the £40 by FRIDAY. "
    'Next "time" weigh it. In future. Ünïcode Straße! Stop.',
    "next time weigh it at home. in case: book it. Thanks, send it today.",
)


def _expected(doc, sent, quoted: set[int]) -> bool:  # type: ignore[no-untyped-def]
    words = [t for t in words_of(sent) if t.i not in quoted]
    alpha = [t for t in words if t.is_alpha or t.lower_ == "'ll"]
    if len(alpha) > 2 and (alpha[0].lower_, alpha[1].lower_) in CURT_LEAD_INS:
        alpha = alpha[2:]
    return bool(alpha) and alpha[0].lower_ in CURT_IMPERATIVES


def test_the_table_reading_matches_the_token_walk():
    seen = {True: 0, False: 0}
    for text in _TEXTS:
        doc = next(_PIPELINE.pipe([text]))
        quoted = quoted_tokens(doc)
        for sent in doc.sents:
            expected = _expected(doc, sent, quoted)
            assert _opens_with_imperative(doc, sent.start, sent.end, quoted) == expected, sent.text
            seen[expected] += 1
        for start in range(len(doc)):  # every slice start, not only sentence starts
            span = doc[start : len(doc)]
            expected = _expected(doc, span, quoted)
            assert _opens_with_imperative(doc, start, len(doc), quoted) == expected, span.text
            seen[expected] += 1
    assert seen[True] >= 10 and seen[False] >= 10  # both answers were compared


def test_a_lead_in_of_time_reaches_the_verb_after_it():
    doc = next(_PIPELINE.pipe(["Next time weigh it. Next time we weigh it."]))
    sents = list(doc.sents)
    assert _opens_with_imperative(doc, sents[0].start, sents[0].end, set())
    assert not _opens_with_imperative(doc, sents[1].start, sents[1].end, set())
