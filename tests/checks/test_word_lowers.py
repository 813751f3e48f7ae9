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
