"""replycheck's token-pattern matcher finds what spaCy's Matcher (greedy
LONGEST) finds, on random patterns over random texts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from replycheck.nlp import Pipeline
from replycheck.rules.tokens import DocArrays, TokenPattern

WORDS = ["you", "must", "send", "it", "now", "please", "."]
#: Texts with no letters, for ``ORTH``.
MARKS = [".", ",", "-", ":"]
#: ``LOWER`` ``REGEX`` values: searched, not matched whole, as spaCy does.
REGEXES = ["^s", "e", "^[a-z]{3,}$", "ow$", r"\d", "^[a-z]+d$", "^(?:it|now)$"]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def spacy_spans(pipeline, pattern, doc):
    from spacy.matcher import Matcher

    matcher = Matcher(pipeline.nlp.vocab)
    matcher.add("P", [pattern], greedy="LONGEST")
    return sorted((s, e) for _, s, e in matcher(doc))


token_spec = st.one_of(
    st.builds(lambda w: {"LOWER": w}, st.sampled_from(WORDS)),
    st.builds(lambda ws: {"LOWER": {"IN": ws}}, st.lists(st.sampled_from(WORDS), min_size=1)),
    st.builds(lambda ws: {"LOWER": {"NOT_IN": ws}}, st.lists(st.sampled_from(WORDS), min_size=1)),
    # an exact text with no letters: matched as its own lower case
    st.builds(lambda m: {"ORTH": m}, st.sampled_from(MARKS)),
    st.builds(lambda ms: {"ORTH": {"IN": ms}}, st.lists(st.sampled_from(MARKS), min_size=1)),
    st.builds(lambda ms: {"ORTH": {"NOT_IN": ms}}, st.lists(st.sampled_from(MARKS), min_size=1)),
    # a regular expression searched in the lower-case text, alone or with a list
    st.builds(lambda r: {"LOWER": {"REGEX": r}}, st.sampled_from(REGEXES)),
    st.builds(
        lambda r, ws, key: {"LOWER": {"REGEX": r, key: ws}},
        st.sampled_from(REGEXES),
        st.lists(st.sampled_from(WORDS), min_size=1),
        st.sampled_from(["IN", "NOT_IN"]),
    ),
    st.builds(lambda r: {"LOWER": {"REGEX": r}, "IS_SENT_START": True}, st.sampled_from(REGEXES)),
    st.just({"IS_ALPHA": True}),
    st.just({"IS_PUNCT": True}),
    st.builds(lambda w: {"LOWER": w, "IS_SENT_START": True}, st.sampled_from(WORDS)),
    st.builds(lambda b: {"IS_SPACE": b}, st.booleans()),
    st.builds(
        lambda name, b: {name: b},
        st.sampled_from(["IS_TITLE", "IS_UPPER", "IS_DIGIT", "LIKE_NUM"]),
        st.booleans(),
    ),
)
#: The words of the texts: the pattern words, and words the flags tell apart.
TEXT_WORDS = [*WORDS, "Send", "NOW", "You", "42", "ten", "3rd", ",", "-", ":"]


#: The operators, with the counted ones spaCy spells out as single tokens.
OPS = ["1", "?", "*", "+", "{2}", "{0,3}", "{1,2}", "{2,}", "{,2}", "{0}"]


@settings(max_examples=300, deadline=None)
@given(
    anchor=st.sampled_from(WORDS[:-1]),
    before=st.lists(st.tuples(token_spec, st.sampled_from(OPS)), max_size=4),
    after=st.lists(st.tuples(token_spec, st.sampled_from(OPS)), max_size=3),
    text=st.lists(st.sampled_from([*TEXT_WORDS, "\n\n"]), max_size=25),
)
def test_same_spans_as_spacy_greedy_longest(pipeline, anchor, before, after, text):
    def spec(token, op):
        return {**token, "OP": op} if op != "1" else dict(token)

    pattern = [spec(*t) for t in before] + [{"LOWER": anchor}] + [spec(*t) for t in after]
    compiled = TokenPattern.compile(pattern, frozenset({anchor}))
    assert compiled is not None
    doc = pipeline(" ".join(text))
    assert sorted(compiled.find(DocArrays.of(doc))) == spacy_spans(pipeline, pattern, doc)


def test_shapes_it_does_not_handle_stay_with_spacy():
    assert TokenPattern.compile([{"LOWER": "x", "POS": "VERB"}], frozenset({"x"})) is None
    assert TokenPattern.compile([{"LOWER": "x", "OP": "!"}], frozenset({"x"})) is None
    assert (
        TokenPattern.compile([{"LOWER": "x"}, {"LOWER": "y", "OP": "{3,1}"}], frozenset({"x"}))
        is None
    )
    assert (
        TokenPattern.compile([{"LOWER": "x"}, {"LOWER": "y", "OP": "{a}"}], frozenset({"x"}))
        is None
    )
    assert TokenPattern.compile([{"LOWER": {"REGEX": "x"}}], frozenset({"x"})) is None  # no anchor
    assert (
        TokenPattern.compile(
            [{"LOWER": "x"}, {"LOWER": {"REGEX": "y", "FUZZY": "z"}}], frozenset({"x"})
        )
        is None
    )
    assert (
        TokenPattern.compile([{"LOWER": "x"}, {"LOWER": {"REGEX": "("}}], frozenset({"x"})) is None
    )
    assert TokenPattern.compile([{"LOWER": "x"}, {"LOWER": {"REGEX": 1}}], frozenset({"x"})) is None
    assert TokenPattern.compile([{"LOWER": "x", "OP": "?"}], frozenset({"x"})) is None  # no anchor


def test_an_orth_with_a_letter_stays_with_spacy(pipeline):
    # "'S" is not "'s" to ORTH, though it is to LOWER: only texts with no
    # letter are matched on the lower-case column
    assert TokenPattern.compile([{"LOWER": "x"}, {"ORTH": "'s"}], frozenset({"x"})) is None
    assert (
        TokenPattern.compile([{"LOWER": "x"}, {"ORTH": {"IN": [",", "A"]}}], frozenset({"x"}))
        is None
    )
    assert TokenPattern.compile([{"LOWER": "x", "ORTH": ","}], frozenset({"x"})) is None
    pattern = [{"LOWER": "again"}, {"ORTH": {"IN": [",", ":"]}}, {"IS_ALPHA": True}]
    compiled = TokenPattern.compile(pattern, frozenset({"again"}))
    assert compiled is not None
    doc = pipeline("Again, the form. AGAIN: it is late. again - no.")
    assert sorted(compiled.find(DocArrays.of(doc))) == spacy_spans(pipeline, pattern, doc)
    assert len(spacy_spans(pipeline, pattern, doc)) == 2


def test_malformed_values_are_left_to_spacy_to_reject():
    assert TokenPattern.compile([{"LOWER": {"IN": "abc"}}], frozenset("abc")) is None
    assert TokenPattern.compile([{"LOWER": {"IN": ["a", 1]}}], frozenset({"a", "1"})) is None
    assert TokenPattern.compile([{"LOWER": "a", "IS_ALPHA": "yes"}], frozenset({"a"})) is None


def test_a_long_run_of_optional_tokens_is_walked_once_not_two_to_the_n(pipeline):
    # 40 optional tokens before the anchor: taking or skipping each one is
    # 2**40 paths for a matcher that enumerates them; the set walk is linear.
    pattern = [{"IS_PUNCT": False, "IS_SPACE": False, "OP": "?"}] * 40 + [
        {"LOWER": ","},
        {"LOWER": "not"},
        {"LOWER": "ours"},
    ]
    compiled = TokenPattern.compile(pattern, frozenset({"ours"}))
    assert compiled is not None
    text = "the fault lies with your bank " * 10 + ", not ours."
    doc = pipeline(text)
    comma = [t.text for t in doc].index(",")
    # (spaCy's own Matcher runs out of memory on this pattern)
    assert compiled.find(DocArrays.of(doc)) == [(comma - 40, comma + 3)]


def test_counted_operators_are_spelled_out_as_spacy_does(pipeline):
    # "{1,3}" is one "y" then two optional ones; "{2,}" two then any more
    pattern = [{"LOWER": "x"}, {"LOWER": "y", "OP": "{1,3}"}, {"LOWER": "z", "OP": "{2,}"}]
    compiled = TokenPattern.compile(pattern, frozenset({"x"}))
    assert compiled is not None
    assert [t.op for t in compiled.tokens] == ["1", "1", "?", "?", "1", "1", "*"]
    doc = pipeline("x y y y y z z z . x y z")
    assert compiled.find(DocArrays.of(doc)) == []  # four "y"s is one too many
    doc = pipeline("x y y z z z . x y z z")
    assert sorted(compiled.find(DocArrays.of(doc))) == [(0, 6), (7, 11)]
    assert sorted(compiled.find(DocArrays.of(doc))) == spacy_spans(pipeline, pattern, doc)


def test_an_unbounded_run_before_the_anchor_is_walked_back_from_it(pipeline):
    pattern = [{"LOWER": "we"}, {"IS_ALPHA": True, "OP": "*"}, {"LOWER": "sorry"}]
    compiled = TokenPattern.compile(pattern, frozenset({"sorry"}))
    assert compiled is not None
    doc = pipeline("we are truly sorry , we are sorry")
    assert sorted(compiled.find(DocArrays.of(doc))) == spacy_spans(pipeline, pattern, doc)
    assert compiled.find(DocArrays.of(doc)) == [(0, 4), (5, 8)]
