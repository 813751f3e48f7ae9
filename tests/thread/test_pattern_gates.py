"""RC201's patterns rewritten to be cheaper to search hold to their plain
forms: ``_CHOICE`` and ``_OR`` (the word "or" first, its opening boundary a
lookbehind), ``_TIME_ASKED`` and ``_ACT_WORD`` (their zero-width tests after
what skips inside words), ``_THEIR_WANT_IN`` (``_THEIR_WANT`` without its
optional opening, for a search) and the word gates in front of ``_ANYTHING_TO_DO`` and
``_NEED_TO_GET`` (``_may_hold``), and ``read_draft``'s word test in front of
``_SOME_OF_OURS``; and (the forty-eighth round) the word gates in front of
``_NEEDS_ASKED``, ``_DOING_ABOUT_IT``, ``_PURPOSE_ASKED``, ``_HOW_OFTEN``,
``_INSTEAD``, ``_NOT_WANTED`` and ``_STAKES_ASKED``."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from replycheck.thread.answered import (
    _ACT_WORD,
    _ANYTHING_TO_DO,
    _ANYTHING_WORDS,
    _CHOICE,
    _DOING_ABOUT_IT,
    _GET_WORDS,
    _HOW_OFTEN,
    _HOW_OFTEN_WORDS,
    _INSTEAD,
    _INSTEAD_WORDS,
    _NEED_TO_GET,
    _NEEDS_ASKED,
    _NEEDS_WORDS,
    _OR,
    _PURPOSE_ASKED,
    _STAKE_WORDS,
    _STAKES_ASKED,
    _TIME_ASKED,
    _WHAT_WORDS,
    _how_often,
    _may_hold,
    _stake_asked,
)
from replycheck.thread.answers import _SOME_OF_OURS, _UNDIGITED, _UNDIGITED_SEARCH, read_draft
from replycheck.thread.asked import _NOT_WANTED, _NOT_WANTED_WORDS, _THEIR_WANT, _THEIR_WANT_IN

_PLAIN_CHOICE = re.compile(r"\bor\b(?! (?:not|so|anything|something|other|two|three|more|less)\b)")
_PLAIN_OR = re.compile(r"\bor\b")

#: Pieces of text around "or" and its boundaries.
_OR_PIECES = (
    " ", "or", "for", "o", "r", "not", "so", "more", "two", "x", "1", "_", "'", "-", "\u00e9",
    "\n", "?",
)  # fmt: skip


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_OR_PIECES), max_size=12).map("".join))
def test_or_written_first_finds_the_plain_patterns_matches(text):
    assert _spans(_CHOICE, text) == _spans(_PLAIN_CHOICE, text)
    assert _spans(_OR, text) == _spans(_PLAIN_OR, text)
    for pos in range(len(text) + 1):
        found, plain = _CHOICE.search(text, pos), _PLAIN_CHOICE.search(text, pos)
        assert (found and found.span()) == (plain and plain.span())


@pytest.mark.parametrize(
    ("text", "a_word", "a_choice"),
    [
        ("my no-claims or hers?", True, True),
        ("or yours?", True, True),
        ("refund or swap", True, True),
        ("more or less", True, False),  # "or less": no choice
        ("or not", True, False),
        ("is that for you", False, False),
        ("colour", False, False),
    ],
)
def test_or_written_first_on_asks(text, a_word, a_choice):
    assert (_OR.search(text) is not None) is a_word
    assert (_CHOICE.search(text) is not None) is a_choice


#: Pieces of asks around the gated patterns' words, in both cases.
_ASK_PIECES = (
    " ", "do", "we", "i", "need", "to", "have", "should", "anything", "ANYTHING", "else",
    "bring", "Bring", "buy", "pay", "for", "purchase", "supply", "provide", "source", "got",
    "anythıng", "x", "?",
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_ASK_PIECES), max_size=10).map(" ".join))
def test_the_word_gates_never_skip_a_match(text):
    if _ANYTHING_TO_DO.search(text):
        assert _may_hold(text, _ANYTHING_WORDS)
    if _NEED_TO_GET.search(text):
        assert _may_hold(text, _GET_WORDS)


def test_the_word_gates_skip_asks_without_the_words():
    assert not _may_hold("When will my parcel arrive?", _ANYTHING_WORDS)
    assert not _may_hold("When will my parcel arrive?", _GET_WORDS)
    assert _may_hold("Do we need to do ANYTHING?", _ANYTHING_WORDS)
    assert _may_hold("Do I need to Bring my own mat?", _GET_WORDS)
    assert _may_hold("Should I do anythıng?", _ANYTHING_WORDS)  # not ASCII: left to the pattern


#: ``_TIME_ASKED`` as it was first written: the lookbehinds before ``\b``.
_PLAIN_TIME_ASKED = re.compile(
    r"(?<!not )(?<!of )(?<!than )\b(?:at|after|before|around|about|from|by|for|until)\s+"
    r"(?:(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?P<half>am|pm)?\b"
    r"|(?P<event>work|school|lunch|noon|midday))",
    re.IGNORECASE,
)

#: Pieces of times asked for, turned down and run into other words.
_TIME_PIECES = (
    " ", "at", "AT", "after", "before", "around", "about", "from", "by", "for", "until", "not",
    "of", "than", "6", "11", "30", ":", ".", "am", "pm", "work", "school", "noon", "x", "ſ",
    "\u00e9", "\n", "_",
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_TIME_PIECES), max_size=12).map("".join))
def test_time_asked_opened_with_its_letters_finds_the_plain_patterns_matches(text):
    found = [(m.span(), m.groups()) for m in _TIME_ASKED.finditer(text)]
    assert found == [(m.span(), m.groups()) for m in _PLAIN_TIME_ASKED.finditer(text)]
    for pos in range(len(text) + 1):
        one, plain = _TIME_ASKED.search(text, pos), _PLAIN_TIME_ASKED.search(text, pos)
        assert (one and one.span()) == (plain and plain.span())


def test_time_asked_still_leaves_out_a_time_turned_down():
    assert [m.group("hour") for m in _TIME_ASKED.finditer("not at 7, but after 6pm")] == ["6"]
    assert [m.group("event") for m in _TIME_ASKED.finditer("instead of before work")] == []


#: ``_ACT_WORD`` as it was first written: six lookbehinds before ``\b``,
#: searched in the text itself.
_PLAIN_ACT_WORD = re.compile(
    r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\byour )(?<!\bmy )(?<!\bour )\b[a-z]{3,}ed\b"
    r"|(?<=\bto )[a-z]{3,}\b"
)

#: Pieces of participles, verbs after "to" and the words that veto them.
_ACT_PIECES = (
    " ", "to", "the", "a", "an", "your", "my", "our", "book", "ed", "includ", "replace", "x",
    "To", "Ed", "1", "_", "'", "-", "\u00e9", "\n", "?", ".",
)  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_ACT_PIECES), max_size=14).map("".join))
def test_act_word_behind_a_space_finds_the_plain_patterns_words(text):
    assert _ACT_WORD.findall(" " + text) == _PLAIN_ACT_WORD.findall(text)


def test_act_word_reads_participles_and_verbs_after_to():
    assert _ACT_WORD.findall(" Is travel insurance included?") == ["included"]
    assert _ACT_WORD.findall(" How much would it cost to replace the lenses?") == ["replace"]
    assert _ACT_WORD.findall(" Is the booked slot mine, or my changed one?") == []


#: Pieces of family wants: possessives, nouns, run-in words and what they want.
_WANT_PIECES = (
    " ", "his", "my", "their", "mum", "son", "grandson", "fiancée", "accountant", "also",
    "wants", "would", "'d", "like", "a", "copy", "to", "x", "1", "\n", "'", "é",
)  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_WANT_PIECES), max_size=12).map(" ".join))
def test_their_want_in_finds_a_want_where_their_want_does(text):
    for pos in range(len(text) + 1):
        piece = text[pos:]
        assert (_THEIR_WANT_IN.search(piece) is None) == (_THEIR_WANT.search(piece) is None)


_UNDIGITED_PIECES = (
    *sorted({part for parts in _UNDIGITED.values() for part in parts}),
    *("hour", "da", "ful refund", "x", " ", ".", "\n", "no", "o", "é"),
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(_UNDIGITED_PIECES), st.text(max_size=3)), max_size=10).map(
        "".join
    )
)
def test_the_undigited_tries_find_a_word_exactly_when_the_plain_alternation_does(text):
    """``_UNDIGITED_SEARCH`` is read for whether a word is there: its tries
    find one exactly when the words as a plain alternation do."""
    for kind, parts in _UNDIGITED.items():
        search = _UNDIGITED_SEARCH[kind]
        if not parts:
            assert search is None
            continue
        assert search is not None
        plain = re.compile("|".join(map(re.escape, parts)))
        assert (search(text) is None) == (plain.search(text) is None)


#: Pieces of the sentences ``_SOME_OF_OURS`` reads, and near misses.
_SOME_PIECES = (
    *("on", "in", "at", "some", "of", "our", "selected", "select", "som", "e", "ours", "so"),
    *(" ", "  ", "\n", "\t", "-", ".", "x", "on some of our", "in selected"),
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SOME_PIECES), max_size=10).map("".join))
def test_every_some_of_ours_match_holds_the_gate_words(text):
    """``read_draft`` searches ``_SOME_OF_OURS`` only in a sentence holding
    "some" or "selected": the search finds nothing in any other."""
    if "some" not in text and "selected" not in text:
        assert _SOME_OF_OURS.search(text) is None


def test_some_of_ours_still_hedges_a_sentence():
    from replycheck.nlp import Pipeline
    from replycheck.thread import default_lexicon

    pipeline, lexicon = Pipeline(), default_lexicon()
    for text, hedged in [
        ("We welcome well-behaved dogs on some of our trips.", True),
        ("It is available in selected stores.", True),
        ("We welcome well-behaved dogs on all of our trips.", False),
        ("Some of our staff can help with that.", False),
    ]:
        (statement,) = read_draft(pipeline(text), lexicon)
        assert statement.hedged is hedged, text


#: Pieces of asks around the words gating ``_NEEDS_ASKED``, ``_DOING_ABOUT_IT``,
#: ``_PURPOSE_ASKED``, ``_HOW_OFTEN``, ``_INSTEAD``, ``_NOT_WANTED`` and ``_STAKES_ASKED`` (the
#: forty-eighth round), in both cases, with near misses and letters that fold.
_ASKED_PIECES = (
    " ", "  ", "charged", "Charging", "pay", "PAY", "costs", "fee", "fees", "extra", "lose",
    "lost", "Losing", "forfeited", "keep", "kept", "retain", "deleted", "remove", "erased",
    "wiped", "affected", "still", "apply", "valid", "ſtill",
    "what", "What", "WHAT", "which", "Which", "wh", "at", "do", "i", "you", "you're",
    "need", "to", "send", "from", "me", "are", "doing", "going", "about", "it", "is", "the",
    "fee", "for", "how", "How", "often", "Often", "frequently", "instead", "Instead", "of",
    "rather", "than", "Rather", "not", ",", "?", ".", "\n", "x", "wıth", "ſend", "ınstead", "é",
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(st.sampled_from(_ASKED_PIECES), max_size=12),
    st.sampled_from((" ", "")),
)
def test_the_asks_word_gates_never_skip_a_match(pieces, joint):
    """Each gated search finds a match only where its gate lets it run, so the
    gated answer is the ungated one: the gate is ``False`` only when the
    pattern finds nothing."""
    text = joint.join(pieces)
    for pattern, words in (
        (_NEEDS_ASKED, _NEEDS_WORDS),
        (_DOING_ABOUT_IT, _WHAT_WORDS),
        (_PURPOSE_ASKED, _WHAT_WORDS),
        (_HOW_OFTEN, _HOW_OFTEN_WORDS),
        (_INSTEAD, _INSTEAD_WORDS),
    ):
        if pattern.search(text):
            assert _may_hold(text, words)
    assert _how_often(text) == (_HOW_OFTEN.search(text) is not None)
    for stake, pattern in _STAKES_ASKED:
        if pattern.search(text):
            assert _may_hold(text, _STAKE_WORDS[stake])
    assert _stake_asked(text) == next((s for s, p in _STAKES_ASKED if p.search(text)), "")
    for pos in range(len(text) + 1):
        if _NOT_WANTED.search(text, pos, len(text) - pos // 2):
            assert any(word in text for word in _NOT_WANTED_WORDS)


def test_the_asks_word_gates_on_asks():
    assert not _may_hold("When will my parcel arrive?", _NEEDS_WORDS)
    assert _may_hold("Which documents do I need to send?", _NEEDS_WORDS)
    assert _may_hold("WHAT are you doing about it?", _WHAT_WORDS)
    assert not _may_hold("Can you deliver it to my office?", _INSTEAD_WORDS)
    assert _may_hold("Can I pay by card Rather than cash?", _INSTEAD_WORDS)
    assert not _may_hold("How long will it take?", _HOW_OFTEN_WORDS)
    assert _how_often("How Often should it be serviced?")
    assert not _how_often("How oftenly?")
    assert _may_hold("ınstead of cash?", _INSTEAD_WORDS)  # not ASCII: left to the pattern
