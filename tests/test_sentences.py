"""replycheck's sentence boundaries equal spaCy's Sentencizer plus the
line-break rule (and a first sentence that starts at the first word of a
text opening on blank space), computed on arrays instead of a loop over
tokens."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from replycheck.nlp import ABBREVIATIONS, CODE_STOP_SUFFIX, Pipeline


@pytest.fixture(scope="module")
def reference():
    import spacy

    nlp = spacy.blank("en")
    suffixes = [*nlp.Defaults.suffixes, CODE_STOP_SUFFIX]  # ours splits "KX7P2L." too
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    for abbreviation in ABBREVIATIONS:  # ours keeps these whole (see below)
        nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    nlp.add_pipe("sentencizer")

    def starts(text: str) -> list[int]:
        doc = nlp(text)
        found = {t.i for t in doc if t.is_sent_start}
        if len(doc) > 1 and doc[0].is_space:  # a text opening on blank space:
            found.add(1)  # its first sentence starts at its first word
        for token in doc[1:-1]:  # the line-break rule, token by token
            if not token.is_space or "\n" not in token.text:
                continue
            before, after = doc[token.i - 1], doc[token.i + 1]
            if (
                token.text.count("\n") >= 2
                or before.text[-1:] in ",:"
                or after.text[:1] in "-*•>"
                or after.like_num
            ):
                found.add(after.i)
        return sorted(found)

    return starts


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def ours(pipeline: Pipeline, text: str) -> list[int]:
    return [t.i for t in pipeline(text) if t.is_sent_start]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Hello",
        "Hello there. How are you?\n\nFine!!! Thanks...",
        "Hi Anna,\nThanks for writing.\n- one\n- two\n3 items left",
        'He said "stop." Then left. (Really.) OK?! Yes.',
        "Dear team:\nplease see below \n\n\nBest,\nSam",
        "Wait... what?? 1. First 2. Second",
        "。你好！ ok",
    ],
)
def test_same_starts_as_spacy_sentencizer_and_line_rule(pipeline, reference, text):
    assert ours(pipeline, text) == reference(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .!?,:\n-*>1\"')…")), max_size=60))
def test_same_starts_on_any_mix_of_words_and_punctuation(pipeline, reference, text):
    assert ours(pipeline, text) == reference(text)


TEXTS = [
    "",
    "Hello",
    "Hi Anna,\n\nThanks for writing.  We\u2019ve sent it.\n- one\n- two\n\nBest,\nSam\n",
    "\u201cQuoted,\u201d she said. Then: nothing?! OK.\n\n\n",
    "   leading space. trailing space.   ",
]


@pytest.mark.parametrize("text", TEXTS)
def test_pipe_makes_the_same_docs_as_calling_the_pipeline(pipeline, text):
    piped = next(pipeline.pipe([text]))
    called = pipeline(text)
    assert [(t.text, t.whitespace_, t.is_sent_start) for t in piped] == [
        (t.text, t.whitespace_, t.is_sent_start) for t in called
    ]


@pytest.mark.parametrize("text", TEXTS)
def test_token_table_and_sentence_spans_read_the_doc(pipeline, text):
    from replycheck.nlp import (
        sentence_char_spans,
        sentence_token_starts,
        token_table,
        word_positions,
    )

    doc = pipeline(text)
    table = token_table(doc)
    assert table.lower == [t.lower for t in doc]
    assert table.idx == [t.idx for t in doc]
    assert table.alpha == [int(t.is_alpha) for t in doc]
    assert table.punct == [int(t.is_punct) for t in doc]
    assert table.space == [int(t.is_space) for t in doc]
    assert table.lower_ids == frozenset(t.lower for t in doc)
    positions = word_positions(doc)
    assert set(positions) == table.lower_ids
    assert {i for found in positions.values() for i in found} == set(range(len(doc)))
    assert all(doc[i].lower == lower for lower, found in positions.items() for i in found)
    assert sentence_token_starts(doc) == [s.start for s in doc.sents]
    spans = sentence_char_spans(doc)
    # Each span runs to the next sentence's start: the sentence plus its trailing space.
    assert [doc.text[a:b].strip() for a, b in spans] == [s.text.strip() for s in doc.sents]
    assert "".join(doc.text[a:b] for a, b in spans) == doc.text


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Upgrade for Rs. 599 per month. Thanks.", ["Upgrade for Rs. 599 per month.", "Thanks."]),
        (
            "Quote Ref. 4471 when you call. Our Accounts Dept. will help.",
            ["Quote Ref. 4471 when you call.", "Our Accounts Dept. will help."],
        ),
        ("It takes approx. 20 minutes, ext. 204.", ["It takes approx. 20 minutes, ext. 204."]),
        # what does end a sentence still does, after a code too
        (
            "Booking ref KX7P2L. Can I change it? Seat 14C. Thanks.",
            ["Booking ref KX7P2L.", "Can I change it?", "Seat 14C.", "Thanks."],
        ),
        (
            "We sent forms, labels etc. Then we waited.",
            ["We sent forms, labels etc.", "Then we waited."],
        ),
    ],
)
def test_an_abbreviation_s_stop_ends_no_sentence(
    pipeline: Pipeline, text: str, sentences: list[str]
) -> None:
    assert [s.text.strip() for s in pipeline(text).sents] == sentences
