"""Kind, firm wording from good replies (corpus/dev/good-fresh25.toml) that the
tone rules used to flag, and the unkind wording next to it they must still
flag: gentle advice against a telling-off (RC112), an explained deadline and
a regretted step against an ultimatum (RC123), a third party going elsewhere
(RC106), and negated descriptions and reassurances the learned model read as
rude (RC160)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from replycheck import Checker, Config

if TYPE_CHECKING:
    from tests.checks.conftest import Flagged


@pytest.fixture(scope="module")
def learned_rude() -> Checker:
    return Checker(Config(select=("RC160",)))


def _learned(checker: Checker, text: str) -> list[str]:
    return [finding.text for finding in checker.check(text).findings]


@pytest.mark.parametrize(
    "text",
    [
        "After three weeks, I'd gently suggest stopping the ibuprofen and booking a review "
        "with your GP.",
        "I'd gently suggest you don't wait for your routine appointment next month.",
        "As he's still not eating, I'd gently suggest bringing him in today.",
    ],
)
def test_gentle_advice_on_a_care_step_is_not_lecturing(flagged: Flagged, text: str) -> None:
    assert flagged(("RC112",), text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "I'd gently suggest reading the letter properly this time.",
            "I'd gently suggest reading the letter properly this time",
        ),
        (
            "I'd gently suggest you stop emailing the whole team about it.",
            "I'd gently suggest you stop emailing",
        ),
        (
            "I would respectfully point out that the form is short.",
            "I would respectfully point out",
        ),
    ],
)
def test_gentle_suggestion_that_sends_the_customer_to_read_is_still_lecturing(
    flagged: Flagged, text: str, span: str
) -> None:
    assert flagged(("RC112",), text) == [span]


def test_polite_deadline_then_what_happens_after_is_not_an_ultimatum(flagged: Flagged) -> None:
    text = (
        "To keep it, please return the signed contract and the £150 deposit by Friday "
        "13 December. After that, the place goes to the next family on the waiting list, "
        "so do let me know sooner if you need a little more time."
    )
    assert flagged(("RC123",), text) == []


def test_bare_order_then_what_happens_after_is_still_an_ultimatum(flagged: Flagged) -> None:
    text = "Return the contract by Friday. After that, the place goes to the next family."
    assert flagged(("RC123",), text) == ["After that, the place goes to the next family"]


def test_regretted_step_with_the_door_left_open_is_a_fair_warning(flagged: Flagged) -> None:
    text = (
        "If we can't agree a plan by 31 January, we'll have to start the legal process to "
        "sell the contents. That's the very last thing we want, so please get in touch."
    )
    assert flagged(("RC123",), text) == []


def test_regretted_step_with_nothing_after_it_is_still_an_ultimatum(flagged: Flagged) -> None:
    text = "If you don't pay by Friday, we'll have to close the account."
    assert flagged(("RC123",), text) == [
        "If you don't pay by Friday, we'll have to close the account"
    ]


def test_close_as_nearness_is_no_penalty(flagged: Flagged) -> None:
    text = (
        "If the other firm's quote doesn't include the searches, the final bills may end up close."
    )
    assert flagged(("RC123",), text) == []


def test_a_third_party_looking_elsewhere_is_not_sending_the_customer_away(
    flagged: Flagged,
) -> None:
    assert flagged(("RC106",), "Without the papers, the seller may look elsewhere.") == []
    assert flagged(("RC106",), "If the price is too high, you can go elsewhere.") == [
        "you can go elsewhere"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Other categories did not change.",
        "That covers the lock jamming or the key not turning.",
        "You won't receive any more notices about it.",
        "I understand not wanting to waste food.",
    ],
)
def test_negated_descriptions_and_reassurances_are_not_learned_rude(
    learned_rude: Checker, text: str
) -> None:
    assert _learned(learned_rude, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The heater is clearly not broken.",
        "I understand not wanting to read the manual, but it's all in there.",
    ],
)
def test_the_same_shapes_with_an_edge_stay_learned_rude(learned_rude: Checker, text: str) -> None:
    assert _learned(learned_rude, text) == [text]


def test_others_needing_time_to_cope_share_the_trouble(flagged: Flagged) -> None:
    kind = "Most people take one to two weeks to get used to them, so give it time."
    assert flagged(("RC119",), kind) == []
    unkind = "Most people get used to them within a day."
    assert flagged(("RC119",), unkind) == [unkind]
