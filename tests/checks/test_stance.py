"""The stance backstop (replycheck/checks/stance.py): its features read
structure, its cheap anchors never change a feature, and a ruleset that
declares a stance rule turns it on."""

from __future__ import annotations

import pytest

from replycheck import Checker, Config
from replycheck.checks.stance import _PIECE, CUES, _may_match, cue_features, normalise
from replycheck.errors import ReplycheckError

#: The options scripts/fit_stance.py printed for this commit.
FITTED = (
    "options = { bias = 0.507, threshold = 0.77, weights = { order_open = -0.045, "
    "obligation = 0.433, threat = 0.037, you_failed = 0.361, disclaimer = 0.153, "
    "condescending = 0.018, repetition = -0.657, dismissal = 0.269, you = -0.177, "
    "negation = 0.487, softener = -0.357, agent_action = -0.625, kind = -1.086, "
    "condition = 0.058, more_cues = 0.569, question = 0.098, exclamation = -0.324, "
    "negative = 0.089, positive = -0.407 } }"
)

RULE = """
[[rule]]
code = "ST001"
name = "blame-stance"
category = "blame"
severity = "info"
kind = "code"
check = "hostile-stance"
principle = "courteous"
message = "Reads as putting the fault on the customer."
why = "A backstop for the phrase rules."
instead = "Explain plainly."
{options}
bad = ["[[You clearly didn't read the email, which is not our fault.]]"]
good = ["Frankly, I'm so sorry this happened, and I've refunded you today."]
"""


def cues(text: str) -> set[str]:
    values = cue_features(normalise(text))
    return {name for name in CUES if values[name]}


def test_an_obligation_on_the_customer_is_a_cue_but_not_inside_a_clause() -> None:
    assert "obligation" in cues("You must send the form back by Friday.")
    assert "obligation" not in cues("There's nothing else you need to do.")
    assert "obligation" not in cues("If you have to cancel, just reply here.")


def test_an_order_opening_a_question_is_not_an_order() -> None:
    assert "order_open" in cues("Send the photos today.")
    assert "order_open" not in cues("Send it to the depot instead?")


def test_if_youd_rather_is_not_blame() -> None:
    assert "you_failed" not in cues("Our Bristol store has a pair if you'd rather not wait.")
    assert "you_failed" in cues("If you'd read the email, you would know the date.")


@pytest.mark.parametrize(
    "text",
    [
        "You didn't answer the question though.",
        "Hopefully this clears it up for you this time.",
        "Your account will be suspended until the balance is paid.",
        "The fault is with your own wiring, not our network.",
        "As I said, there is no point writing again.",
        "It was your responsibility to cancel before the renewal date.",
        "We're here to help, so send us a note and we'll take a look.",
    ],
)
def test_anchors_never_hide_a_cue_the_regex_would_find(text: str) -> None:
    lower = normalise(text)
    words = set(_PIECE.findall(lower))
    for name, (_, pattern) in CUES.items():
        if pattern.search(lower):
            assert _may_match(name, lower, words), (name, text)


@pytest.fixture()
def stance(tmp_path) -> Checker:
    path = tmp_path / "stance.toml"
    path.write_text(RULE.format(options=FITTED), encoding="utf-8")
    return Checker(Config(rulesets=(path,), select=("ST001",)))


def test_a_ruleset_with_a_stance_rule_flags_a_blaming_sentence(stance: Checker) -> None:
    sentence = "You clearly didn't read the email, which is not our fault."
    report = stance.check(f"Hi Sam,\n\n{sentence}\n\nBest,\nKim")
    assert [f.text for f in report.findings] == [sentence]


def test_a_kind_sentence_with_a_cue_word_is_left_alone(stance: Checker) -> None:
    text = (
        "Hi Sam,\n\nHonestly, I'm so sorry this happened, and I've refunded you today."
        "\n\nBest,\nKim"
    )
    assert stance.check(text).findings == ()


def test_options_without_weights_are_a_ruleset_error(tmp_path) -> None:
    path = tmp_path / "stance.toml"
    path.write_text(RULE.format(options="options = { threshold = 0.5 }"), encoding="utf-8")
    with pytest.raises(ReplycheckError):
        Checker(Config(rulesets=(path,), select=("ST001",))).check("You must send it today.")


def test_the_default_checker_loads_without_importing_the_stance_module() -> None:
    import subprocess
    import sys

    code = (
        "import sys, replycheck; c = replycheck.Checker(); c.warm_up(); "
        "c.check('You must send it today.'); "
        "print('replycheck.checks.stance' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
