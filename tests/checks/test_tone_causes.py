"""Blame by structure (RC138): a problem traced back to the customer's own act
or choice, in either order, and a present-tense ultimatum (RC123)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.checks.conftest import Flagged

CAUSED = ("RC138",)
ULTIMATUM = ("RC123",)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The drops are down to that old modem you insisted on keeping.",
            "down to that old modem you insisted on keeping",
        ),
        (
            "The mould is a result of you drying laundry indoors.",
            "result of you drying laundry indoors",
        ),
        (
            "The interference came from the baby monitor you put next to the hub.",
            "came from the baby monitor you put next to the hub",
        ),
        (
            "Your account was compromised because you reused a password.",
            "because you reused a password",
        ),
        (
            "The leak is because of your own pipework.",
            "because of your own pipework",
        ),
    ],
)
def test_a_problem_traced_to_the_customers_act_is_blame(
    flagged: Flagged, text: str, span: str
) -> None:
    assert flagged(CAUSED, text) == [span]


def test_a_thing_the_customer_chose_as_the_cause_is_blame(flagged: Flagged) -> None:
    text = "The garage you chose fitted cheap parts, which is why the settlement was reduced."
    assert flagged(CAUSED, text) == ["The garage you chose fitted cheap parts"]


def test_a_chosen_thing_that_acts_stays_blame_beside_a_non_word(flagged: Flagged) -> None:
    # only "is non-refundable"-style terms after a copula are spared, not "fitted non-approved"
    text = (
        "The garage you chose fitted non-approved parts, which is why the settlement was reduced."
    )
    assert flagged(CAUSED, text) == ["The garage you chose fitted non-approved parts"]


@pytest.mark.parametrize(
    "text",
    [
        "The delay came from the courier depot, and the parcel you ordered is on its way.",
        "The delay is not because you did anything wrong.",
        "The fault came from our update, not anything you did.",
        "The error happened because we sent you the wrong code.",
        "Your bill went up because you moved to the new tariff in March.",
        "The item you returned arrived damaged, so we can't refund it.",
        "You booked early, so the price was reduced.",
        "I'm sorry the fault came back because you had to reset the hub.",
        "Was the error because you updated the app?",
        # money going back to the customer is good news, not a bad outcome
        "You cancelled within 14 days, so the full £45 will go back to your card.",
        # a journey missed because something of ours ran late is a misfortune
        "Our train was 50 minutes late, and because you missed your onward flight we've "
        "booked you on the next one.",
        # the agent's help starts a new clause even without a comma
        "The bin wasn't emptied, but as you missed the last collection we'll send the crew back.",
        # what the chosen thing is by its terms, told as the reason for a refusal
        "The fare you booked is non-refundable, so I can't return the money.",
        "The ticket you bought was non-transferable, so your friend will need a new booking.",
    ],
)
def test_causes_that_are_ours_neutral_or_good_news_are_not(flagged: Flagged, text: str) -> None:
    assert flagged(CAUSED, text) == []


def test_an_account_sent_to_collections_in_the_present_tense_is_an_ultimatum(
    flagged: Flagged,
) -> None:
    text = (
        "If the balance is still unpaid on the 14th, your account goes to our collections agency."
    )
    assert flagged(ULTIMATUM, text) == [
        "If the balance is still unpaid on the 14th, your account goes to our collections agency"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "If you are not satisfied, you can take legal advice.",
        "If you're not happy with our answer, you're free to go to the ombudsman or to court.",
    ],
)
def test_the_customers_own_options_are_not_an_ultimatum(flagged: Flagged, text: str) -> None:
    assert flagged(ULTIMATUM, text) == []


def test_a_deadline_with_the_car_towed_is_an_ultimatum(flagged: Flagged) -> None:
    text = "Move your car out of the bay by Friday; after that it will be towed."
    assert flagged(ULTIMATUM, text) == [text[:-1]]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("You have 24 hours to pay.", "You have 24 hours to pay"),
        (
            "You've got until Friday to settle the balance.",
            "You've got until Friday to settle the balance",
        ),
        ("Pay the fee or lose the booking.", "Pay the fee or lose the booking"),
        ("After Friday, we will cancel the policy.", "After Friday, we will cancel the policy"),
        (
            "Any more messages like this and we will end the chat.",
            "Any more messages like this and we will end the chat",
        ),
    ],
)
def test_countdowns_and_bare_losses_are_ultimatums(flagged: Flagged, text: str, span: str) -> None:
    assert flagged(ULTIMATUM, text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "You have 30 days to return it for a full refund.",
        "You still have until Friday to pay.",
        "You have 14 days to return the item.",
        "You have 2 hours to pick a slot, and if none suits, just reply.",
        "After Friday, we will send your new card.",
        "Any more questions, just ask.",
    ],
)
def test_time_given_with_room_or_news_is_not(flagged: Flagged, text: str) -> None:
    assert flagged(ULTIMATUM, text) == []


def test_a_demand_for_proper_ones_reproaches(flagged: Flagged) -> None:
    assert flagged(("RC121",), "Send proper photos showing the label.") == [
        "Send proper photos showing the label"
    ]
    assert flagged(("RC121",), "Return it in its proper packaging.") == []
    assert flagged(("RC121",), "Send proper photos and we'll refund you today.") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Your dog chewed the cable, which is not covered.",
            "Your dog chewed the cable",
        ),
        (
            "The late fee is the result of your missed payment.",
            "result of your missed payment",
        ),
        (
            "You waited three weeks to report it, which is why the claim was declined.",
            "You waited three weeks to report it",
        ),
    ],
)
def test_the_customers_own_people_and_failings_as_causes_are_blame(
    flagged: Flagged, text: str, span: str
) -> None:
    assert flagged(CAUSED, text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Your dog is welcome in the lounge, which is on the ground floor.",
        "Your son booked the room, which is why the email went to him.",
        "You waited all day, which is not good enough, so I've refunded the fee.",
        "You chose express, which is great news: it arrives tomorrow.",
    ],
)
def test_their_people_and_waits_without_a_bad_outcome_are_not(flagged: Flagged, text: str) -> None:
    assert flagged(CAUSED, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Unless we receive the documents, your claim cannot proceed.",
        "Should you fail to collect the item within 7 days, it will be disposed of.",
    ],
)
def test_service_withheld_or_goods_disposed_of_are_ultimatums(flagged: Flagged, text: str) -> None:
    assert flagged(ULTIMATUM, text) == [text[:-1]]


def test_a_condition_on_someone_else_is_not_an_ultimatum(flagged: Flagged) -> None:
    text = "Unless the courier finds it, we cannot refund you until the claim closes."
    assert flagged(ULTIMATUM, text) == []


def test_get_it_to_us_by_friday_is_a_bare_order(flagged: Flagged) -> None:
    assert flagged(("RC121",), "Get it to us by Friday.") == ["Get it to us by Friday"]
    assert flagged(("RC121",), "Get the app by Friday to join the beta.") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Your parcel went back to the depot because you didn't answer the door.",
            "because you didn't answer the door",
        ),
        (
            "We can't reopen the claim, since you didn't send the invoice in time.",
            "since you didn't send the invoice in time",
        ),
        (
            "Gift Aid can't be claimed without the declaration, which you didn't tick.",
            "which you didn't tick",
        ),
    ],
)
def test_a_bad_outcome_then_the_customers_failure_as_its_reason_is_blame(
    flagged: Flagged, text: str, span: str
) -> None:
    assert flagged(CAUSED, text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "We can reopen the claim, since you didn't get our letter.",
        "I've checked, and because you didn't travel, the taxes will be refunded.",
        "The booking is still valid, even though you didn't confirm it.",
        "We couldn't deliver because you weren't told the new time, so I've rebooked it.",
        "The claim can go ahead without the form, which you didn't need to return.",
        "If you didn't get the code, the login won't work, so here is a new one.",
    ],
)
def test_failures_that_happened_to_the_customer_or_that_we_fix_are_not(
    flagged: Flagged, text: str
) -> None:
    assert flagged(CAUSED, text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Settle the invoice by 5pm.", "Settle the invoice by 5pm"),
        ("Return the signed lease before 3 March.", "Return the signed lease before 3 March"),
        ("Send the meter reading by the 2nd of June.", "Send the meter reading by the 2nd of June"),
    ],
)
def test_a_bare_order_with_a_calendar_deadline_is_demanding(
    flagged: Flagged, text: str, span: str
) -> None:
    assert flagged(("RC121",), text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Pay before 5pm and we'll dispatch today.",
        "The balance is due by the 14th.",
        "Pay by card or bank transfer, whichever suits you.",
        "Fill in the form correctly and we'll process it the same day.",
    ],
)
def test_a_date_with_help_in_return_or_without_an_order_is_not(flagged: Flagged, text: str) -> None:
    assert flagged(("RC121",), text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "If you had told us about the move, the letters wouldn't have gone astray.",
            "If you had told us about the move",
        ),
        (
            "If you'd only checked the size chart, you could have avoided the return.",
            "If you'd only checked the size chart",
        ),
    ],
)
def test_a_past_counterfactual_of_the_customers_act_is_blame(
    flagged: Flagged, text: str, span: str
) -> None:
    assert flagged(CAUSED, text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "If you had already paid, the refund will show in 3 days.",
        "If you'd like, I could have the engineer call you first.",
        "If you had known about the fee, you would have booked differently.",
    ],
)
def test_wishes_knowledge_and_open_conditions_are_not_counterfactual_blame(
    flagged: Flagged, text: str
) -> None:
    assert flagged(CAUSED, text) == []


@pytest.mark.parametrize("text", ["Follow them.", "Move it.", "Ring him."])
def test_a_verb_and_a_pronoun_as_the_whole_sentence_is_a_curt_order(
    flagged: Flagged, text: str
) -> None:
    assert flagged(("RC121",), text) == [text.rstrip(".")]


@pytest.mark.parametrize("text", ["Enjoy it!", "Keep it.", "Got it.", "Restart it.", "Loved it."])
def test_kind_tips_and_past_tense_pairs_are_not_orders(flagged: Flagged, text: str) -> None:
    assert flagged(("RC121",), text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("You never returned the signed form.", "You never returned the signed form"),
        ("You failed to update your card details.", "You failed to update your card details"),
        (
            "The trainer didn't cancel your session; you simply didn't turn up.",
            "you simply didn't turn up",
        ),
    ],
)
def test_the_customer_as_the_one_who_failed_is_blame(
    flagged: Flagged, text: str, span: str
) -> None:
    assert flagged(CAUSED, text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "You didn't do anything wrong here.",
        "I'm sorry you didn't get the reminder.",
        "If you didn't receive the code, I can send another.",
        "You didn't miss anything important in the meeting.",
        "You never need to pay for returns.",
    ],
)
def test_sympathy_reassurance_and_conditions_are_not_failures(flagged: Flagged, text: str) -> None:
    assert flagged(CAUSED, text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The fee applies because your form reached us after the cut-off.",
            "because your form reached us after the cut-off",
        ),
        (
            "The late fee stands because your payment went in after the cut off.",
            "because your payment went in after the cut off",
        ),
    ],
)
def test_a_cut_off_split_by_the_tokenizer_still_marks_the_customers_thing_late(
    flagged: Flagged, text: str, span: str
) -> None:
    # "cut-off" reaches the check as "cut", "-", "off": it is the same deadline as "cutoff"
    assert flagged(CAUSED, text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Because your payment went through after the cut-off, we've refunded the fee.",
        "The hedge was trimmed because your gardener cut off the top.",
        "We waived the fee because your form reached us before the cut-off.",
    ],
)
def test_a_cut_off_that_leads_to_our_help_or_is_a_plain_verb_is_not_blame(
    flagged: Flagged, text: str
) -> None:
    assert flagged(CAUSED, text) == []
