"""Closing checks beyond the rule examples: what counts as an apology, how
closings are cut into units, and which closings are left alone."""

from __future__ import annotations

import pytest

from replycheck import Checker, Config
from replycheck.checks.closing import TokenTable, apology_tokens
from replycheck.nlp import shared_pipeline


@pytest.fixture(scope="module")
def closing() -> Checker:
    return Checker(Config(select=("closing-apology",)))


def _codes(checker: Checker, draft: str) -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in checker.check(draft).findings]


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry about that.",
        "We apologise for the delay.",
        "We apologize for the delay.",
        "Our apologies.",
        "We regret the inconvenience.",
        "My bad, I sent the wrong link.",
        "Please forgive the slow reply.",
        "We can't apologise enough.",
    ],
)
def test_apology_words_are_found(text: str) -> None:
    assert apology_tokens(shared_pipeline()(text))


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry to hear you're leaving.",
        "Sorry to see you go!",
        "I'm so sorry for your loss.",
        "We regret to inform you that the item is discontinued.",
        "Thanks again for your patience.",
        "Have a great weekend!",
        "No need to apologise, these things happen.",
    ],
)
def test_sympathy_bad_news_and_thanks_are_not_apologies(text: str) -> None:
    assert apology_tokens(shared_pipeline()(text)) == []


def test_a_sentence_repeating_the_apology_twice_is_one_finding(closing: Checker) -> None:
    sentence = "Sorry again for the trouble, and apologies once more for the wait."
    draft = (
        f"Hi Sam,\n\nSorry the sofa was torn. A new one ships today.\n\n{sentence}\n\nBest,\nAna"
    )
    assert [t for c, t in _codes(closing, draft) if c == "RC301"] == [sentence]


def test_repeat_apology_after_the_body_apologized_is_flagged(closing: Checker) -> None:
    draft = (
        "Hi Sam,\n\nSorry the parcel was late. I've refunded the fee.\n\n"
        "Apologies again.\n\nBest,\nAna"
    )
    assert ("RC301", "Apologies again.") in _codes(closing, draft)


def test_sole_closing_apology_without_a_repeat_marker_is_fine(closing: Checker) -> None:
    draft = "Hi Sam,\n\nI've refunded the delivery fee.\n\nSorry for the wait.\n\nBest,\nAna"
    assert _codes(closing, draft) == []


def test_early_apology_with_a_thankful_closing_is_fine(closing: Checker) -> None:
    draft = (
        "Hi Sam,\n\nI'm sorry the parcel was late. I've refunded the fee.\n\n"
        "Thanks again for your patience.\n\nBest,\nAna"
    )
    assert _codes(closing, draft) == []


def test_one_paragraph_reply_reads_its_last_sentence_as_the_closing(closing: Checker) -> None:
    draft = "Sorry for the delay, the refund went out today. Sorry again!\n\nBest,\nAna"
    assert ("RC301", "Sorry again!") in _codes(closing, draft)


def test_one_paragraph_reply_with_a_single_apology_is_fine(closing: Checker) -> None:
    draft = "Hi Jo,\n\nSorry for the delay: your refund went out today.\n\nBest,\nAna"
    assert _codes(closing, draft) == []


def test_short_pleasantry_closing_also_reads_the_sentence_before_it(closing: Checker) -> None:
    draft = (
        "Hi Sam,\n\nSorry for the mix-up. Your refund is done.\n\n"
        "Apologies again for the mix-up.\n\nHave a great weekend!\n\nBest,\nAna"
    )
    assert ("RC301", "Apologies again for the mix-up.") in _codes(closing, draft)


def test_dwelling_acknowledgment_that_is_the_whole_reply_is_not_a_closing(closing: Checker) -> None:
    assert _codes(closing, "I understand the frustration this causes, Andy ^CB") == []


def test_adjective_spoiled_is_not_dwelling(closing: Checker) -> None:
    draft = (
        "Hi Jo,\n\nThe contractor missed the visit.\n\n"
        "Please keep receipts for your spoiled freezer food.\n\nRegards,\nMo"
    )
    assert _codes(closing, draft) == []


def test_quoted_customer_apology_does_not_count_as_an_earlier_apology(closing: Checker) -> None:
    draft = (
        "Hi Sam,\n\nYour refund is done.\n\nSorry for the wait.\n\nBest,\nAna\n\n"
        "On Mon, 16 Nov 2026 at 09:41, Sam <sam@example.com> wrote:\n"
        "> Sorry to chase, but where is my refund?"
    )
    assert _codes(closing, draft) == []


def test_apology_look_ahead_stops_at_the_span_end() -> None:
    doc = shared_pipeline()("We are so sorry. To hear from you again would be lovely.")
    (first, second) = list(doc.sents)
    assert [t.text for t in apology_tokens(first)] == ["sorry"]
    # read across the sentence end, "sorry. To hear" would be sympathy
    assert apology_tokens(doc) == []
    assert apology_tokens(second) == []


def test_negation_is_read_only_inside_the_span() -> None:
    doc = shared_pipeline()("That was not ok. Apologies for it.")
    (_, second) = list(doc.sents)
    assert [t.text for t in apology_tokens(second)] == ["Apologies"]


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam,\n\nHere it is.\n\n\nSecond paragraph, two lines\nlong. Third!\n\nBest,\nAna",
        "One sentence only",
        "",
        "Thanks.  You  rock!   \n\n- one\n- two  \n3 more...   Done ",
    ],
)
def test_token_table_sentences_are_the_docs_sentences(text: str) -> None:
    doc = shared_pipeline()(text)
    table = TokenTable.of(doc)
    assert table.sentences_between(-1, len(text) + 1) == [(s.start, s.end) for s in doc.sents]
    inner = [(s.start, s.end) for s in doc.sents if s.end_char > 12 and s.start_char < 30]
    assert table.sentences_between(12, 30) == inner
    # each sentence's characters are exactly its Span's (trailing spaces outside)
    for s in doc.sents:
        bounds = (s.start, s.end)
        assert bounds in table.sentences_between(s.end_char - 1, s.end_char)
        assert bounds not in table.sentences_between(s.end_char, s.end_char + 1)
        assert bounds in table.sentences_between(s.start_char, s.start_char + 1)
        assert bounds not in table.sentences_between(s.start_char - 1, s.start_char)


def test_an_apology_that_names_a_gesture_is_not_a_repeat() -> None:
    from replycheck import Checker, Config

    closing = Checker(Config(select=("closing-apology",)))
    gesture = (
        "Hi Jo,\n\nSorry for the mix-up with your seats.\n\n"
        "We've upgraded you to the stalls as a token of our apology.\n\nBest,\nMia"
    )
    again = (
        "Hi Jo,\n\nSorry for the mix-up with your seats.\n\n"
        "As we said, our apologies for the mix-up.\n\nBest,\nMia"
    )
    assert closing.check(gesture).findings == ()
    assert [f.code for f in closing.check(again).findings] == ["RC301"]


@pytest.mark.parametrize(
    ("closing_text", "flagged"),
    [
        ("I'm sorry, but we can't move it: the boat goes out again the following Saturday.", False),
        ("I'm sorry we couldn't do more, and the plan is to run the trip again next year.", False),
        ("I'm sorry again for the wait.", True),
        ("Once again, on behalf of all of us here at the yard, I'm sorry.", True),
        ("I'm sorry for the trouble once more.", True),
    ],
)
def test_a_sole_closing_apology_is_a_repeat_only_when_its_marker_is_about_it(
    closing: Checker, closing_text: str, flagged: bool
) -> None:
    draft = f"Hi Sam,\n\nYes, dogs are welcome on the boat.\n\n{closing_text}\n\nBest,\nAna"
    codes = [c for c, _ in _codes(closing, draft)]
    assert ("RC301" in codes) is flagged
