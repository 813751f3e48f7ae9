"""Questions and requests written without a "?" in long, chatty messages, and
the venting beside them (RC201 end to end). Written fresh for these tests
(not taken from the corpus)."""

from __future__ import annotations

import pytest

import replycheck
from replycheck.config import Config
from replycheck.nlp import Pipeline
from replycheck.thread import default_lexicon, find_asked

_REPLY = "Thanks for your message."


@pytest.fixture(scope="module")
def checker():
    return replycheck.Checker(Config(select=("RC201",)))


@pytest.fixture(scope="module")
def asks(checker):
    def run(message: str, reply: str = _REPLY) -> list[str]:
        report = checker.check(f"Hi,\n\n{reply}\n\nBest,\nAlex", original=message)
        return [message[f.start : f.end] for f in report.findings if f.code == "RC201"]

    return run


@pytest.fixture(scope="module")
def quoted(checker):
    """The customer's message quoted under the draft, one "> " line per sentence."""

    def run(lines: list[str], reply: str = _REPLY) -> list[str]:
        quote = "\n".join(f"> {line}" for line in lines)
        draft = f"Hi Jo,\n\n{reply}\n\nBest,\nAlex\n\nOn 3 May 2025, Jo Bell wrote:\n{quote}\n"
        report = checker.check(draft)
        return [draft[f.start : f.end] for f in report.findings if f.code == "RC201"]

    return run


def test_a_quoted_wh_question_without_a_question_mark_is_asked(quoted):
    lines = [
        "The dishwasher is leaking again.",
        "When will the plumber be back because I work shifts.",
    ]
    assert quoted(lines) == ["When will the plumber be back because I work shifts."]


@pytest.mark.parametrize(
    "message",
    [
        "The quote went up by £80. I'd genuinely like an explanation.",
        "The quote went up by £80. I'd honestly like to know what changed.",
    ],
)
def test_an_adverb_inside_a_request_cue_still_asks(asks, message):
    assert len(asks(message)) == 1


def test_need_to_know_a_thing_without_a_subject_asks(asks):
    message = "The wardrobe arrives Friday. Need to know the weight of the biggest box."
    assert asks(message) == ["Need to know the weight of the biggest box."]


@pytest.mark.parametrize(
    "message",
    [
        "The bill is wrong again. Why is it always this complicated with you.",
        "Two parcels, two vans. Why does nothing ever arrive together.",
        "Why do they build lifts like this.",
    ],
)
def test_a_why_sighed_about_how_things_always_are_is_not_asked(asks, message):
    assert asks(message) == []


def test_a_why_with_a_question_mark_still_asks(asks):
    assert asks("Why is my bill always higher than the quote?") == [
        "Why is my bill always higher than the quote?"
    ]


@pytest.fixture(scope="module")
def read():
    pipeline = Pipeline()
    lexicon = default_lexicon()

    def run(message: str) -> list:
        return find_asked(pipeline(message), lexicon)

    return run


def test_it_in_a_trailing_reason_does_not_lend_the_ask_the_threads_subject(read):
    message = (
        "The engineer fixed the boiler last week and the radiator is leaking again. "
        "Also wondering if I'll be charged again because it's the same fault."
    )
    ask = read(message)[-1]
    assert ask.text.startswith("wondering if I'll be charged")
    assert "radiator" not in ask.topic and not ask.borrowed


def test_a_trailing_duration_after_a_request_is_not_what_is_asked(read):
    message = "The meter reading is wrong. I want the fee taken off until it's been looked at."
    ask = read(message)[-1]
    assert "meter" not in ask.topic and not ask.borrowed


def test_a_duration_inside_a_direct_question_is_what_is_asked(read):
    ask = read("The app keeps crashing. Is there a workaround until it's fixed?")[-1]
    assert "fix" in ask.topic


@pytest.mark.parametrize(
    ("reply", "unanswered"),
    [
        # the draft refuses too, so the fallback ask stands
        (
            "We're unable to offer a replacement, as the shade was reported after 30 days.",
            ["tell me what my options are."],
        ),
        # the draft does what was asked first, so the fallback is moot
        ("I've sent you a replacement lamp; it will arrive on Thursday.", []),
    ],
    ids=["draft-refuses", "draft-does-it"],
)
def test_an_ask_under_a_refused_condition_stands_only_when_the_draft_refuses(
    asks, reply, unanswered
):
    message = (
        "The lamp arrived with a cracked shade. I'd like a replacement. "
        "If you won't replace it, tell me what my options are."
    )
    assert asks(message, reply) == unanswered


@pytest.mark.parametrize(
    "closing",
    ["Let me know which, because I'm not paying for two visits.", "Let me know, Priya"],
)
def test_a_bare_let_me_know_with_a_reason_or_a_signed_name_is_generic(asks, closing):
    message = f"The shower is broken. Can you send a plumber on Friday? {closing}"
    reply = "Yes, a plumber will be with you on Friday between 9am and 1pm."
    assert asks(message, reply) == []


@pytest.mark.parametrize(
    ("message", "reply"),
    [
        (
            "We move on 2 June. I'd like the new plan to start that day.",
            "Your new plan goes live on 2 June at 8am.",
        ),
        (
            "I cracked the screen. Will a claim impact my premium?",
            "A screen claim won't affect your premium at renewal.",
        ),
        (
            "The fridge is broken. Does someone have to come to the flat?",
            "No visit is needed: we'll swap it at the depot.",
        ),
        (
            "My deposit was cut by £40. I'd like to know who decides the deductions.",
            "Deductions are a decision for our lettings manager, who uses the check-out report.",
        ),
        (
            "The bin was missed again. I want to know how this keeps happening.",
            "The crew skipped your road because the new route sheet left it out.",
        ),
    ],
)
def test_an_ask_answered_in_other_words_is_answered(asks, message, reply):
    assert asks(message, reply) == []


def test_a_request_under_a_refused_condition_after_another_ask_is_kept(asks):
    message = (
        "Our new wardrobe comes on Monday. Need to know how tall the biggest box is. "
        "If it won't go up the stairs, I'd like to swap to the two-door model instead."
    )
    reply = "The biggest box is 190cm tall and 60cm deep."
    assert asks(message, reply) == ["I'd like to swap to the two-door model instead."]


def test_both_halves_of_an_unanswered_choice_are_one_finding(asks):
    message = (
        "The router drops every evening. "
        "I want an engineer to look at it, or I want to move to the cheaper plan."
    )
    reply = "Sorry to hear the router has been unreliable."
    assert asks(message, reply) == [
        "I want an engineer to look at it, or I want to move to the cheaper plan."
    ]
