"""Answers in a new writer's own words (RC201, issue 3).

Pairs are written fresh for these tests (not taken from the corpus). Each
group pins one class of wording a good reply uses to answer, next to the
acknowledgement or off-topic reply that must still be flagged.
"""

from __future__ import annotations

import pytest

from replycheck.thread import default_lexicon
from replycheck.thread.answers import evidence_types
from replycheck.thread.lexicon import stem

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


# A fee said not to apply, in the writer's own name for it


@pytest.mark.parametrize(
    "text",
    [
        "you can leave with no early termination charge",
        "there's no joining fee",
        "with no further charges",
    ],
)
def test_a_named_fee_said_not_to_apply_is_money_evidence(text):
    assert "money" in evidence_types(text)


@pytest.mark.parametrize(
    "text",
    ["we have no idea why the charge appeared", "there is no reason for the fee", "no way"],
)
def test_no_before_other_words_is_no_money_evidence(text):
    assert "money" not in evidence_types(text)


_EXIT = (
    "I'm leaving the area so I want to end my phone contract. Is there an exit fee? "
    "Also, please stop the sales texts."
)


def test_no_named_charge_answers_whether_there_is_a_fee(unanswered):
    flagged = unanswered(
        _EXIT,
        "Your contract ends on 30 June, as you asked. Your minimum term is over, so you can "
        "go with no early termination charge. I've taken your number off our marketing lists.",
    )
    assert "Is there an exit fee?" not in flagged


def test_ending_the_contract_alone_leaves_the_fee_unanswered(unanswered):
    flagged = unanswered(
        _EXIT,
        "Your contract ends on 30 June, as you asked. "
        "I've taken your number off our marketing lists.",
    )
    assert "Is there an exit fee?" in flagged


# A frequency answers "how often"


_OFTEN = (
    "My son is six and has had a high temperature since last night. How much ibuprofen "
    "can he have? How often? When should we see a doctor?"
)
_DOSE = "For a six-year-old the ibuprofen dose is 7.5 ml."
_GP = "See your GP if the fever lasts more than three days."


def test_a_frequency_answers_a_bare_how_often(unanswered):
    flagged = unanswered(
        _OFTEN,
        f"{_DOSE} You can give it again every six to eight hours, no more than three times "
        f"in 24 hours. {_GP}",
    )
    assert "How often?" not in flagged


def test_a_dose_without_a_frequency_leaves_how_often_unanswered(unanswered):
    assert "How often?" in unanswered(_OFTEN, f"{_DOSE} {_GP}")


def test_a_frequency_about_something_else_leaves_how_often_unanswered(unanswered):
    flagged = unanswered(_OFTEN, f"{_DOSE} Our shop is restocked every two weeks. {_GP}")
    assert "How often?" in flagged


@pytest.mark.parametrize("text", ["every few months", "every other week"])
def test_a_frequency_is_time_evidence(text):
    assert "time" in evidence_types(text)


# An appointment "pencilled in" is a booking


_SNEEZING = (
    "Our cat Pip has been sneezing for a week. Should we bring him in, or wait? "
    "Could our other cat catch it?"
)


def test_pencilling_the_pet_in_answers_whether_to_bring_him_in(verdicts):
    verdict = verdicts(
        _SNEEZING,
        "We'd like to check him over: I've pencilled Pip in for Thursday at 9:40 with Dr Hale.",
    )
    assert verdict["Should we bring him in, or wait?"] is True


def test_advice_with_no_appointment_leaves_bringing_him_in_unanswered(verdicts):
    verdict = verdicts(
        _SNEEZING,
        "Sneezing is common in cats. It can spread between cats, so keep their bowls apart.",
    )
    assert verdict["Should we bring him in, or wait?"] is False


def test_pencilled_is_the_booking_concept():
    lexicon = default_lexicon()
    assert lexicon.concept("pencilled") == lexicon.concept("penciled") == lexicon.concept("booked")


# One thing under its other names: photographs, exports


def test_photography_and_photographs_are_one_topic():
    lexicon = default_lexicon()
    assert lexicon.concept("photography") == lexicon.concept("photographs")
    assert lexicon.concept("photos") == lexicon.concept("photographs")


_CASTLE = (
    "We're visiting the castle on Sunday with my mum. Is there a lift to the upper floors? "
    "Are we allowed to take photographs in the chapel?"
)


def test_photography_allowed_answers_whether_photographs_are(verdicts):
    verdict = verdicts(
        _CASTLE,
        "The upper floors are reached by a lift beside the shop. "
        "Photography without flash is fine in the chapel.",
    )
    assert verdict["Are we allowed to take photographs in the chapel?"] is True


def test_opening_hours_leave_the_photographs_unanswered(verdicts):
    verdict = verdicts(
        _CASTLE,
        "The upper floors are reached by a lift beside the shop. The chapel is open until 4pm.",
    )
    assert verdict["Are we allowed to take photographs in the chapel?"] is False


_INVOICES = (
    "I'm closing my account next week. How do I download my invoices first? "
    "Will my card be charged again?"
)


def test_an_export_step_answers_how_to_download(verdicts):
    verdict = verdicts(
        _INVOICES,
        "Open Billing > History and choose Export to save every invoice as a PDF. "
        "No further payments will be taken after you close the account.",
    )
    assert verdict["How do I download my invoices first?"] is True


def test_viewing_the_invoices_leaves_how_to_download_unanswered(verdicts):
    verdict = verdicts(
        _INVOICES,
        "Open Billing > History to see every invoice. "
        "No further payments will be taken after you close the account.",
    )
    assert verdict["How do I download my invoices first?"] is False


# Someone on the desk, by the name the writer gives them


_LATE = (
    "Our train gets in at midnight. Will anyone be at reception that late? Is breakfast included?"
)


def test_a_concierge_on_duty_answers_whether_anyone_is_at_reception(verdicts):
    verdict = verdicts(
        _LATE,
        "Our concierge is on duty all night and will check you in. "
        "Breakfast is included in your rate.",
    )
    assert verdict["Will anyone be at reception that late?"] is True


def test_a_welcome_leaves_whether_anyone_is_at_reception_unanswered(verdicts):
    verdict = verdicts(
        _LATE,
        "We look forward to your stay and hope the journey goes well. "
        "Breakfast is included in your rate.",
    )
    assert verdict["Will anyone be at reception that late?"] is False


# A spot described rather than named answers "where"


_KEYS = (
    "I'll be dropping the van back after you close on Sunday. Where should I leave the keys? "
    "Do I need to refill the tank?"
)
_TANK = "Please bring it back full, or we'll add the cost of the fuel."


def test_a_described_spot_answers_where_to_leave_the_keys(verdicts):
    verdict = verdicts(_KEYS, f"Pop them in the grey key safe to the left of the shutter. {_TANK}")
    assert verdict["Where should I leave the keys?"] is True


def test_thanks_for_the_notice_leaves_where_to_leave_the_keys_unanswered(verdicts):
    verdict = verdicts(_KEYS, f"Thanks for letting us know you'll be back late on Sunday. {_TANK}")
    assert verdict["Where should I leave the keys?"] is False


# A noun in -ction meets its verb


@pytest.mark.parametrize(
    ("noun", "verb"),
    [("reaction", "reacts"), ("inspection", "inspected"), ("deduction", "deducted")],
)
def test_a_ction_noun_has_the_stem_of_its_verb(noun, verb):
    assert stem(noun) == stem(verb)


def test_short_words_in_ction_keep_their_stem():
    assert stem("action") != stem("act")


_STING = (
    "Leo is having his first bee sting allergy test with you next week. What happens if he "
    "has a reaction during the test? Can I stay with him?"
)
_STAY = "You're welcome to stay by his side the whole time."


def test_what_is_done_if_he_reacts_answers_what_happens_if_he_has_a_reaction(verdicts):
    verdict = verdicts(
        _STING,
        "If he reacts, the nurse will stop the test straight away and give him antihistamine, "
        f"and a doctor is on the ward throughout. {_STAY}",
    )
    assert verdict["What happens if he has a reaction during the test?"] is True


def test_how_the_test_runs_leaves_what_happens_on_a_reaction_unanswered(verdicts):
    verdict = verdicts(
        _STING, f"The test takes about two hours and the nurse will explain each step. {_STAY}"
    )
    assert verdict["What happens if he has a reaction during the test?"] is False


# The people sent to do the work, by their trade


@pytest.mark.parametrize("word", ["mechanic", "fitters", "crew", "tradesmen", "workmen"])
def test_a_tradesperson_is_the_same_topic_as_the_engineer(word):
    lexicon = default_lexicon()
    assert lexicon.concept(word) == lexicon.concept("engineer") == lexicon.concept("technician")


def test_a_reply_about_the_light_alone_leaves_the_mechanic_question_unanswered(unanswered):
    flagged = unanswered(
        "I collected my van after its service and a warning light is on. Is it safe to drive? "
        "Did the mechanic forget to reset the light? Can I bring it back tomorrow?",
        "The light is the service reminder, so it's safe to drive. "
        "Bring it back any morning and we'll sort it in five minutes.",
    )
    assert "Did the mechanic forget to reset the light?" in flagged
