"""Answers in a new writer's own words (RC201, issue 3).

Pairs are written fresh for these tests (not taken from the corpus). Each
group pins one class of wording a good reply uses to answer, next to the
acknowledgement or off-topic reply that must still be flagged.
"""

from __future__ import annotations

import pytest

from replycheck.thread import default_lexicon
from replycheck.thread.answers import evidence_types

# A span of time written out in words


@pytest.mark.parametrize(
    "text",
    [
        "allow about two and a half hours",
        "it usually runs to fifteen hours over three weekends",
        "fitting takes one to two days",
        "expect twenty to thirty working days",
    ],
)
def test_a_span_of_time_in_words_is_time_evidence(text):
    assert "time" in evidence_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "one day we hope to open on Sundays",
        "one of our team will ring",
        "only one hour",
        "twenty people have asked",
        "fifteen minutes",
    ],
)
def test_a_count_without_a_plural_span_of_days_or_more_is_no_time_evidence(text):
    assert "time" not in evidence_types(text)


_HOW_LONG = "How long will the course take from start to finish? Do I get a certificate?"


def test_a_duration_in_words_with_a_half_answers_how_long(verdicts):
    verdict = verdicts(_HOW_LONG, "Most learners finish in three and a half weeks.")
    assert verdict["How long will the course take from start to finish?"] is True


def test_a_how_long_met_by_no_duration_stays_unanswered(verdicts):
    verdict = verdicts(_HOW_LONG, "Most learners finish happily and go on to the next level.")
    assert verdict["How long will the course take from start to finish?"] is False


# Words the stemmer folds together that mean different things


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("installation", "instalments"),
        ("installed", "instalment"),
        ("planning", "plan"),
        ("planned", "plans"),
    ],
)
def test_words_sharing_a_stem_but_not_a_meaning_are_different_topics(word, other):
    lexicon = default_lexicon()
    assert lexicon.concept(word) != lexicon.concept(other)


def test_installed_and_installation_are_still_one_topic():
    lexicon = default_lexicon()
    assert lexicon.concept("installed") == lexicon.concept("installation")


def test_an_instalment_date_does_not_answer_when_the_installation_is_done(verdicts):
    verdict = verdicts(
        "Will the installation be finished on Friday? Is there parking?",
        "The first instalment is due on Friday. There is parking out front.",
    )
    assert verdict["Will the installation be finished on Friday?"] is False


def test_an_installation_date_answers_when_the_installation_is_done(verdicts):
    verdict = verdicts(
        "Will the installation be finished on Friday? Is there parking?",
        "The fitters will have it installed by Friday lunchtime. There is parking out front.",
    )
    assert verdict["Will the installation be finished on Friday?"] is True
