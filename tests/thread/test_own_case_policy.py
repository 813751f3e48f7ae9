"""RC201: an ask after the customer's own case ("Will I get my deposit
back?", "Could you tell me if my results are back yet?") is not answered
by the rule for everyone ("Deposits are refunded when the hire ends without
damage") or by where the rule is written (round 48, asks39d). A rule applied
to them ("..., so yours will be back by Friday"), a flat no, or a rule of
every case ("All bookings before May are unaffected") still answers."""

from __future__ import annotations

import pytest

from replycheck.thread.type_veto import _policy_only

_DEPOSIT = "Hi,\nWe brought the van back on Sunday. Will I get my deposit back?\nThanks,\nPaul"
_RESULTS = (
    "Hello,\nI had my blood test at the surgery on Monday. Could you tell me if my results "
    "are back yet?\nThanks,\nAmir"
)
_FEE = (
    "Hi Clare,\nI'm going into hospital and can't make my fitting on the 3rd. Will I lose my "
    "£40 fitting fee?\nBest,\nRuth"
)


@pytest.mark.parametrize(
    ("question", "reply", "left"),
    [
        (
            _DEPOSIT,
            "Hi Paul,\nThanks for hiring with us. Deposits are refunded when the hire ends "
            "without damage.\nBest wishes,\nVanGo",
            "Will I get my deposit back?",
        ),
        (
            _RESULTS,
            "Dear Amir,\nThanks for your message. Blood results usually take three to five "
            "working days, and they appear in your patient portal once the doctor has seen "
            "them.\nBest wishes,\nReception",
            "if my results are back yet",
        ),
        (
            _FEE,
            "Dear Ruth,\nI'm sorry to hear about the operation. Fitting fees are not refunded "
            "in most circumstances, as explained in the terms you received with your "
            "order.\nWarm wishes,\nClare",
            "Will I lose my £40 fitting fee?",
        ),
    ],
)
def test_the_rule_for_everyone_leaves_their_own_case_open(unanswered, question, reply, left):
    assert any(left in ask for ask in unanswered(question, reply))


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        # the rule applied to them
        (
            _DEPOSIT,
            "Hi Paul,\nDeposits are refunded when the hire ends without damage, so yours will "
            "be back on your card by Friday.\nBest wishes,\nVanGo",
        ),
        # their own case told
        (
            _RESULTS,
            "Dear Amir,\nYour results came back this morning and the doctor has marked them "
            "as normal.\nBest wishes,\nReception",
        ),
        # a rule followed by what it means for them
        (
            _FEE,
            "Dear Ruth,\nFitting fees are not refunded in most circumstances. In your case "
            "we'll simply move the £40 to your new fitting date.\nWarm wishes,\nClare",
        ),
    ],
)
def test_the_rule_applied_to_them_still_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("sentence", "only"),
    [
        ("Deposits are refunded when the hire ends without damage.", True),
        ("Lab results usually take three to five days and appear in your patient portal.", True),
        ("Candidates can sit the exam if they are registered.", True),
        ("Refunds are handled in line with our terms and conditions.", True),
        # applied to the customer, a flat no, a rule of every case
        ("Deposits are refunded after the hire, so yours will be back by Friday.", False),
        ("Your deposit will be refunded on Friday.", False),
        ("Deposits are non-refundable.", False),
        ("All bookings before May are unaffected.", False),
        ("Refunds for your order will be paid to you within 5 days.", False),
    ],
)
def test_what_reads_as_the_rule_for_everyone(read, sentence, only):
    (statement,) = read(sentence)
    assert _policy_only(statement, sentence) is only


_EXAM = (
    "Hi,\nMy son Tom has been off school with flu this week. Can my son still sit the "
    "exam on the 12th?\nThanks,\nJane"
)


def test_a_rule_under_a_condition_leaves_their_own_leave_open(unanswered):
    # leave asked for their own son: the rule holds only if he is registered,
    # and the draft does not say whether he is
    reply = (
        "Dear Jane,\nSorry to hear Tom has been unwell. Candidates can sit the exam on "
        "the day if they are registered with the centre.\nKind regards,\nExams Office"
    )
    assert any("Can my son still sit" in ask for ask in unanswered(_EXAM, reply))


def test_the_condition_met_for_them_answers(unanswered):
    reply = (
        "Dear Jane,\nSorry to hear Tom has been unwell. Candidates can sit the exam if "
        "they are registered, and Tom is, so he can sit it on the 12th.\nKind regards,\n"
        "Exams Office"
    )
    assert unanswered(_EXAM, reply) == []


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("Can my son still sit the exam on the 12th?", True),
        ("whether my repeat prescription can be sent to the pharmacy near my office", True),
        ("Could our booking be moved to Friday?", True),
        ("Can you send the form again?", False),
        ("Can I bring a friend?", False),
    ],
)
def test_what_reads_as_leave_for_their_own(text, own):
    from replycheck.thread.type_veto import _OWN_LEAVE

    assert (_OWN_LEAVE.search(text) is not None) is own


_LIMIT = (
    "Hello,\nI've had the card for three years now. Could you raise my overdraft limit to "
    "£1,500 please?\nThanks,\nOwen"
)


def test_a_sentence_committing_to_nothing_leaves_the_act_undone(unanswered):
    # an act asked on their own thing, and the only sentence on it is
    # boilerplate said of every customer
    reply = (
        "Dear Owen,\nThank you for banking with us. We review overdraft limits for all of our "
        "customers on a regular basis.\nKind regards,\nCard Services"
    )
    assert any("raise my overdraft limit" in ask for ask in unanswered(_LIMIT, reply))


def test_the_act_done_for_them_answers(unanswered):
    reply = (
        "Dear Owen,\nThank you for banking with us. I've raised your overdraft limit to "
        "£1,500 from today.\nKind regards,\nCard Services"
    )
    assert unanswered(_LIMIT, reply) == []


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("I was wondering if you could raise my credit limit to £6,000.", True),
        ("Can you please move our booking to Friday?", True),
        ("Can you send the form again?", False),
        ("Could you tell me the opening hours?", False),
    ],
)
def test_what_reads_as_an_act_on_their_own(text, own):
    from replycheck.thread.type_veto import _OWN_ACT

    assert (_OWN_ACT.search(text) is not None) is own
