"""Everyday service words a reply uses in place of the customer's (RC201 end
to end): lowering an amount ("brought back down" <- "reduced"), the cheapest
option ("lowest-cost"), jabs for vaccinations, documents for paperwork, a
policy that covers for one that pays out. Each must-not-flag pair has a
must-flag twin: a reply that only acknowledges the ask, or talks about
something else, is still an unanswered ask. Pairs are written fresh for these
tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "My monthly payment has doubled. I'd like it brought back down please.",
            "I've reduced your monthly payment to £64, starting with your March bill.",
        ),
        (
            "The rent on the storage unit went up. Can it come down a bit?",
            "We've lowered the rent on your unit to £58 a month from 1 May.",
        ),
        (
            "What's the cheapest way to add a second line?",
            "The lowest-cost option is our Family SIM at £6 a month on a rolling plan.",
        ),
        (
            "Do we need any vaccinations for Kenya?",
            "Yes, you'll need a yellow fever jab at least ten days before you fly.",
        ),
        (
            "We're adopting a puppy. Which vaccines does she need first?",
            "Her first jabs are for parvovirus and distemper, given at eight weeks.",
        ),
        (
            "What paperwork do you need to open the account?",
            "Please bring your passport and a utility bill from the last three months.",
        ),
        (
            "If the boiler breaks down, will the policy pay out?",
            "Yes, your policy will cover the repair, less a £95 excess.",
        ),
    ],
)
def test_an_answer_in_other_service_words_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply", "ask"),
    [
        (
            "My monthly payment has doubled. I'd like it brought back down please.",
            "Thanks for getting in touch about your monthly payment; "
            "I've passed your message to the billing team.",
            "I'd like it brought back down please.",
        ),
        (
            "What's the cheapest way to add a second line?",
            "Our app has been updated with a new look and faster log in.",
            "What's the cheapest way to add a second line?",
        ),
        (
            "Do we need any vaccinations for Kenya?",
            "We have received your question about jabs and will look into it.",
            "Do we need any vaccinations for Kenya?",
        ),
        (
            "What paperwork do you need to open the account?",
            "Our branches are open from 9am to 5pm, Monday to Friday.",
            "What paperwork do you need to open the account?",
        ),
        (
            "Please email me a copy of Bella's vaccination record.",
            "Bella is due her booster in June and we'll send you a reminder a month before.",
            "Please email me a copy of Bella's vaccination record.",
        ),
        (
            "If the boiler breaks down, will the policy pay out?",
            "Our engineers cover the whole county, seven days a week.",
            "will the policy pay out?",
        ),
    ],
)
def test_an_acknowledgement_or_other_topic_still_leaves_the_ask(unanswered, question, reply, ask):
    assert unanswered(question, reply) == [ask]
