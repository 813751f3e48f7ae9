"""A hurried spelling hides no phrase its tidy spelling would show: "dont",
"thats", "u", "ur", "pls", "should of" are read as "don't", "that's", "you",
"your", "please", "should have", and findings still index the typed text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import replycheck
from replycheck.message.reading import html_offset
from replycheck.message.tidy import _GATE_WORD, _GATED_WORDS, _TOKEN, _edits, tidy_moves

TONE = {"rude", "demanding", "blame", "shouting", "closing-apology", "stock-pitch"}


def _typed(text: str, moves, start: int, end: int) -> str:
    begin = html_offset(moves, start)
    return text[begin : max(html_offset(moves, end, end=True), begin)]


@pytest.mark.parametrize(
    ("typed", "tidy"),
    [
        ("dont email us", "don't email us"),
        ("it isnt our fault, thats the driver", "it isn't our fault, that's the driver"),
        ("cant, wont, neednt, aint", "can't, won't, needn't, ain't"),
        (
            "youll need to, theyre out, ive sorted it, im on it",
            "you'll need to, they're out, i've sorted it, i'm on it",
        ),
        ("hes been bad, whats up", "he's been bad, what's up"),
        ("u need to, if u'd read it", "you need to, if you'd read it"),
        ("U need to book", "You need to book"),
        (
            "ur order, ur welcome, ur using the wrong one",
            "your order, you're welcome, you're using the wrong one",
        ),
        ("pls send it tmrw, thx", "pls send it tomorrow, thx"),
        (
            "u should of checked, it could of been worse",
            "you should have checked, it could have been worse",
        ),
        ("its ready when its ready", "it's ready when it's ready"),
        ("ill send it today", "i'll send it today"),
        ("thats on u.", "that's on you."),
        # the comma a hurried line leaves out of a disowning contrast and of "no X, no Y"
        ("the treasurer handles tickets not us", "the treasurer handles tickets, not us"),
        ("no receipt no refund", "no receipt, no refund"),
        # a contraction's verb before "not us" negates, so it gets its apostrophe and no comma
        ("thats not us being awkward", "that's not us being awkward"),
    ],
)
def test_hurried_spellings_read_tidy_and_map_back(typed, tidy):
    text, moves = tidy_moves(typed)
    assert text == tidy
    # word for word: each tidy word maps back onto the word typed in its place
    words = list(re.finditer(r"\S+", text))
    assert len(words) == len(typed.split())
    for word, was in zip(words, typed.split(), strict=True):
        assert _typed(typed, moves, *word.span()) == was


@pytest.mark.parametrize(
    "typed",
    [
        # words of their own, and spellings with another sense, stay as typed
        "We were well, we'll see. Lets go.",
        "Her son is ill today, ill health runs in the family.",
        "The battery and its charger, its own case.",
        "Take the U-turn, the U.S. office, a u-bend, Block U.",
        "We could of course refund it.",
        "Bring your student ID and the cant rail.",
        "Don't worry, it's fine, you're welcome.",
        "That is not us. We do not usually charge for it.",
        # a contraction's verb, with or without its apostrophe, negates; it sets nothing against us
        "That's not us being awkward, it's the mattress settling.",
        "That’s not us being difficult.",
    ],
)
def test_fair_and_tidy_text_is_left_as_typed(typed):
    assert tidy_moves(typed) == (typed, ())


@pytest.mark.parametrize(
    ("typed", "tidy"),
    [
        (
            "u werent charged twice, which u agreed to when u signed up",
            "You weren't charged twice, which you agreed to when you signed up.",
        ),
        ("no. u should of cleaned them", "No. You should have cleaned them."),
        ("the map is right, thats on u", "The map is right, that's on you."),
        ("no screenshot no refund", "No screenshot, no refund."),
        (
            "we've told u before, we cant guarantee it",
            "We've told you before, we can't guarantee it.",
        ),
        (
            "send a screenshot of the cancel screen by tmrw or we cant do anything",
            "Send a screenshot of the cancel screen by tomorrow or we can't do anything.",
        ),
    ],
)
def test_a_hurried_draft_gets_the_findings_of_its_tidy_twin(typed, tidy):
    found = replycheck.check(typed).findings
    twin = replycheck.check(tidy).findings
    assert [f.category for f in found if f.category in TONE] == [
        f.category for f in twin if f.category in TONE
    ]
    assert any(f.category in TONE for f in found)
    for finding in found:
        assert finding.text == typed[finding.start : finding.end]


@pytest.mark.parametrize(
    "typed",
    [
        "no worries, ive sorted that for u",
        "pls send a pic of the label and ill get it booked",
        "hey, yep no problem! bring it in and we'll refund u on the spot, youll need the receipt",
        "ive checked and the map hadnt caught up, so thats on us. ive cancelled the fine",
        "thats not covered under warranty unfortunately, but pop in and we'll clean them for free",
        "hi, u can get it in the app under Account > Rides > Receipt, ive also emailed u a copy",
        "no worries no rush, whenever suits u",
    ],
)
def test_a_friendly_hurried_reply_stays_clean(typed):
    assert [f.code for f in replycheck.check(typed).findings if f.category in TONE] == []


def test_spans_index_the_typed_text_through_a_gap_and_a_tidy_spelling():
    typed = "Hi,\n\ndont  email us for stuff thats in the app pls.  u should of checked.\n\nJo"
    report = replycheck.check(typed)
    assert report.findings
    for finding in report.findings:
        assert finding.text == typed[finding.start : finding.end]
        before = typed[: finding.start]
        assert finding.line == before.count("\n") + 1


def test_a_hurried_ask_is_still_read_from_the_customer():
    draft = "Hi Dean,\n\nYour rod is fixed and it'll be back with you on Tuesday.\n\nSteve"
    original = "wen will my rod b bk from repair? also cn u chk if the reel is under warrenty ta"
    report = replycheck.check(draft, original=original)
    texts = [f.text for f in report.findings if f.category == "unanswered-question"]
    assert any("cn u chk" in text for text in texts)
    for finding in report.findings:
        if finding.where == "original":
            assert finding.text == original[finding.start : finding.end]


_PIECES = (
    "dont", "Dont", "DONT", "thats", "youll", "ive", "IM", "wont", "cant", "the cant", "u", "U",
    "ur", "Ur", "its", "Its", "ill", "tmrw", "2moro", "coz", "should of", "could Of",
    "not us", "NOT MINE", "no receipt", "No", "of", "not", "we", "send", "ready", "the", "tickets",
    "refund", "don't", "u'd", "café", "2", "x_dont", "_dont", "9im", "dont's", "Not Mine",
    "ſhes", "İm", "ım", "uſ", "K", "ſhould of",
)  # fmt: skip


_GAPS = (" ", "  ", ", ", ". ", "\n", "-", "")


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(st.one_of(st.sampled_from(_PIECES), st.text(max_size=3)), st.sampled_from(_GAPS)),
        max_size=12,
    )
)
def test_a_search_skipped_by_its_word_test_would_have_found_nothing(parts):
    """Each search runs only when the text's words hold what it looks for:
    the edits are those of running every search."""
    text = "".join(piece + gap for piece, gap in parts)
    assert _edits(text) == _edits(text, gated=False)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(st.one_of(st.sampled_from(_PIECES), st.text(max_size=3)), st.sampled_from(_GAPS)),
        max_size=12,
    )
)
def test_the_gate_words_are_the_gated_words_among_the_texts_words(parts):
    """``_GATE_WORD`` finds the gated words among the folded text's words,
    as a set of every word would hold them."""
    folded = "".join(piece + gap for piece, gap in parts).lower()
    assert set(_GATE_WORD.findall(" " + folded)) == set(_TOKEN.findall(folded)) & _GATED_WORDS


def test_every_gated_word_is_found_alone_and_among_others():
    for word in sorted(_GATED_WORDS):
        for text in (word, f"x {word}.", f"{word}x {word}", f"x{word} 9{word}", f"{word}-{word}"):
            assert set(_GATE_WORD.findall(" " + text)) == set(_TOKEN.findall(text)) & _GATED_WORDS
