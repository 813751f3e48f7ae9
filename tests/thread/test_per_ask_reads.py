"""The per-ask and per-sentence reads of RC201 made cheaper (docs/performance.md,
"The fifty-third round: the unanswered check's objects") read as before."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from replycheck.thread.answered import _PRAISED, _STAKE_NEEDLES, _STAKE_WORDS, _stake_asked
from replycheck.thread.topic import overlap

#: ``_only_praised``'s gate, in the order it tests them (keep in step)
_PRAISED_GATE = ("popular", "favo", "sell", "loved")


@settings(max_examples=300, deadline=None)
@given(st.from_regex(_PRAISED))
def test_every_sentence_the_praise_pattern_matches_passes_its_word_gate(text):
    assert _PRAISED.match(text) is not None
    assert any(word in text for word in _PRAISED_GATE)


def test_a_sentence_without_a_rating_word_is_not_read_and_one_with_it_is():
    assert _PRAISED.match("march's case is one of our favourites this year") is not None
    assert _PRAISED.match("the 9m marquees are our best-selling size") is not None
    # near misses: a rating word with no "is/are" before it, or no rating word
    assert _PRAISED.match("our favourites this year are below") is None
    assert _PRAISED.match("march's case is one of our wines this year") is None


_PIECES = (*(w for words in _STAKE_WORDS.values() for w in words), "a", " ", "x", "pa", "ke")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8).map("".join))
def test_the_stake_needles_find_a_word_exactly_when_one_is_inside(text):
    for stake, words in _STAKE_WORDS.items():
        assert (_STAKE_NEEDLES[stake].search(text) is not None) == any(w in text for w in words)


def test_a_stake_is_still_told_and_a_question_with_none_is_not():
    assert _stake_asked("Will I be charged for the second visit?") == "pay"
    assert _stake_asked("Will I lose my deposit?") == "keep"
    assert _stake_asked("Will the engineer come on Friday?") == ""


_KEYS = st.sampled_from(("refund", "fee", "order", "date", "#12", "price"))
_TOPICS = st.dictionaries(_KEYS, st.sampled_from((0.25, 0.5, 1.0, 1.5)), max_size=5)


@settings(max_examples=300, deadline=None)
@given(_TOPICS, _TOPICS)
def test_overlap_sums_the_weights_covered_as_a_sum_in_order_would(asked, offered):
    total = sum(asked.values())
    covered = sum(weight for key, weight in asked.items() if key in offered)
    expected = (covered / total, covered) if total else (0.0, 0.0)
    assert overlap(asked, offered) == expected
    assert overlap(asked, offered, total) == expected
