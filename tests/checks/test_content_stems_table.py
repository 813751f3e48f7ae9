"""The stock rules' ``_content_stems`` read off ``Doc.to_array`` (the
forty-ninth round) give the stems the ``Token`` walk it replaced gave: on
whole drafts, on every sentence, on every slice start and on every
three-token slice, with stop words in capitals, words of one to three
letters, contractions, numbers, non-ASCII words whose lower-case form is
longer than the word ("İstanbul"), whitespace runs and an empty draft."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from replycheck.checks.stock import _content_stems, _stem
from replycheck.nlp import Pipeline

_PIPELINE = Pipeline()

_TEXTS = (
    "Hi there,\n\nCould you tell me whether the SAVINGS account has a fee?  The fee "
    "went up to £40 and I can't afford it.\n\nThanks,\nSam",
    "THE Box and ITS lid: are they covered? Our tiles, the tile, TILES. Yes, no, ok.",
    "İstanbul trip İİİ ıı Ünïcode Straße straße? I'd like 2 batteries and a battery.",
    "   \n\n  ",
    "",
)


def _old_stems(span: Doc | Span) -> frozenset[str]:
    return frozenset(_stem(t.lower_) for t in span if t.is_alpha and not t.is_stop and len(t) > 2)


def test_content_stems_read_as_the_token_walk() -> None:
    for text in _TEXTS:
        doc = _PIPELINE.nlp(text)
        assert _content_stems(doc) == _old_stems(doc), text
        for sentence in doc.sents:
            assert _content_stems(sentence) == _old_stems(sentence), sentence.text
        for start in range(len(doc) + 1):
            for span in (doc[start:], doc[start : start + 3]):
                assert _content_stems(span) == _old_stems(span), (text, start)


def test_content_stems_keep_the_word_length_not_the_lower_case_length() -> None:
    # "İ" lower-cases to two characters: "İİ" is two letters, too short to count
    doc = _PIPELINE.nlp("İİ said İstanbul")
    assert _content_stems(doc) == _old_stems(doc)
    assert _stem("i̇stanbul") in _content_stems(doc)
    assert not any(stem.startswith("i̇i̇") for stem in _content_stems(doc))
