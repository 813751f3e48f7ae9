"""``word_lowers`` reads what ``words_of`` and ``Token.lower_`` give, off
the token table: same tokens, same lower-case texts, quoted ones skipped."""

from __future__ import annotations

from replycheck.checks.tone_sentences import quoted_tokens, word_lowers, words_of
from replycheck.nlp import Pipeline

_PIPELINE = Pipeline()


def test_word_lowers_matches_the_tokens_of_each_sentence():
    text = (
        "Pay the £40 by FRIDAY,\n\n  or your Account will be closed.  "
        'You said "I NEVER got it" but we sent it. Ünïcode Straße!'
    )
    doc = next(_PIPELINE.pipe([text]))
    quoted = quoted_tokens(doc)
    assert quoted  # the quoted words are there to skip
    for sent in doc.sents:
        words = [t for t in words_of(sent) if t.i not in quoted]
        indices, lowers = word_lowers(doc, sent.start, sent.end, quoted)
        assert indices == [t.i for t in words]
        assert lowers == [t.lower_ for t in words]
        all_indices, all_lowers = word_lowers(doc, sent.start, sent.end)
        assert all_lowers == [t.lower_ for t in words_of(sent)]
        assert all_indices == [t.i for t in words_of(sent)]


def test_word_lowers_skips_whitespace_tokens():
    doc = next(_PIPELINE.pipe(["Send it  \n\n today or else."]))
    indices, lowers = word_lowers(doc, 0, len(doc))
    assert lowers == ["send", "it", "today", "or", "else", "."]
    assert all(not doc[i].is_space for i in indices)


def test_indices_finding_spans_the_same_characters_as_words_finding():
    from replycheck.checks.tone_sentences import indices_finding, words_finding
    from replycheck.context import CheckContext
    from replycheck.message import parse_message
    from replycheck.rules import Registry

    rule = Registry.load().get("RC136")
    assert rule is not None
    message = parse_message('You clearly  "never" read it, did you?\n\nThanks')
    doc = next(_PIPELINE.pipe([message.own]))
    ctx = CheckContext(message=message, doc=doc)
    quoted = quoted_tokens(doc)
    compared = 0
    for sent in doc.sents:
        words = [t for t in words_of(sent) if t.i not in quoted]
        indices, _ = word_lowers(doc, sent.start, sent.end, quoted)
        for found in [(0, len(words) - 1), (1, 2), (len(words) - 1, len(words) - 1)]:
            if found[0] < 0 or found[1] >= len(words) or found[0] > found[1]:
                continue
            expected = list(words_finding(rule, ctx, words, found))
            assert list(indices_finding(rule, ctx, indices, found)) == expected
            compared += len(expected)
    assert compared >= 3  # findings were made, not only compared empty
