"""RC201's learned second opinion (replycheck.thread.answered_model): the
shipped model file, its refusal of a malformed or mismatched file, the option
that turns it off, and what it drops and keeps end to end. Pairs are written
fresh for these tests (not taken from the corpus)."""

from __future__ import annotations

import copy
import dataclasses
import json
import math
from pathlib import Path

import pytest

import replycheck
from replycheck.config import Config
from replycheck.errors import ReplycheckError, RulesetError
from replycheck.rules import Registry
from replycheck.thread.answered_model import AnsweredModel, load_model
from replycheck.thread.features import FEATURE_NAMES

RULESETS = Path(__file__).resolve().parents[2] / "rulesets"
MODEL = RULESETS / "answered-model.json"

#: A request the draft answers in other words (an offer of what was wished
#: for, never naming "special"): the routes flag it, the model drops it.
ANSWERED_IN_OTHER_WORDS = (
    "It's our tenth anniversary next month. We'd like something special for the weekend "
    "of the 8th.",
    "Congratulations! Our Lake Suite is free on both nights of the 8th, with a four-poster "
    "bed and a balcony over the water, at £210 a night with breakfast. I can add champagne "
    "and flowers in the room for £40.",
)
#: Asks the draft plainly ignores: the routes flag them and the model keeps them.
IGNORED = [
    ("Can you waive this month's fee?", "Your new router was dispatched and arrives on Thursday."),
    ("Could you send me a copy of my invoice?", "Thanks for getting in touch. We'll look into it."),
    ("Is the blender dishwasher safe?", "Thanks for your order; the blender ships on Monday."),
]  # fmt: skip


@pytest.fixture(scope="module")
def shipped() -> replycheck.Checker:
    return replycheck.Checker(Config(select=("RC201",)))


@pytest.fixture(scope="module")
def routes_alone(rc201) -> replycheck.Checker:
    return rc201(second_opinion_below=0)


def test_the_shipped_model_loads_and_reads_ask_features() -> None:
    model = load_model(str(MODEL))
    assert model.names == FEATURE_NAMES
    assert len(model.trees) > 0
    (rule,) = replycheck.Checker(Config(select=("RC201",))).rules
    assert 0 < rule.options["second_opinion_below"] < 1
    assert RULESETS / rule.options["second_opinion_model"] == MODEL


def _model_data() -> dict:
    return json.loads(MODEL.read_text(encoding="utf-8"))


def _renamed(data: dict) -> None:
    data["features"][3] = "something else"


def _shorter(data: dict) -> None:
    data["features"].pop()


def _old_format(data: dict) -> None:
    data["format"] = 0


def _no_trees(data: dict) -> None:
    del data["trees"]


def _child_outside(data: dict) -> None:
    tree = data["trees"][0]
    tree["left"][0] = len(tree["left"]) + 5


def _split_on_unknown_feature(data: dict) -> None:
    data["trees"][0]["feature"][0] = len(FEATURE_NAMES)


def _ragged(data: dict) -> None:
    data["trees"][0]["value"].pop()


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (_renamed, "other features than ask_features gives"),
        (_shorter, "other features than ask_features gives"),
        (_old_format, "format 0"),
        (_no_trees, "'trees'"),
        (_child_outside, "children lie outside"),
        (_split_on_unknown_feature, "a split on feature"),
        (_ragged, "differ in length"),
    ],
)
def test_a_malformed_or_mismatched_model_is_one_line_naming_the_file(
    tmp_path, change, problem
) -> None:
    data = copy.deepcopy(_model_data())
    change(data)
    path = tmp_path / "model.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RulesetError, match=problem) as error:
        load_model.__wrapped__(str(path))
    message = str(error.value)
    assert message.startswith(str(path) + ":")
    assert "\n" not in message


def test_an_unreadable_model_file_is_a_ruleset_error(tmp_path) -> None:
    path = tmp_path / "model.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(RulesetError, match="cannot read the answered-question model"):
        load_model.__wrapped__(str(path))


def test_a_tree_is_walked_as_written() -> None:
    # one split on feature 0 at 0.5: left leaf -1, right leaf +3, rate 0.5,
    # init 0: P = sigmoid(0.5 * leaf)
    tree = {
        "feature": [0, -1, -1],
        "threshold": [0.5, 0.0, 0.0],
        "left": [1, -1, -1],
        "right": [2, -1, -1],
        "value": [0.0, -1.0, 3.0],
    }
    data = {
        "format": 1,
        "features": list(FEATURE_NAMES),
        "init": 0.0,
        "learning_rate": 0.5,
        "trees": [tree],
    }
    model = AnsweredModel.from_dict(data, "tiny.json")
    low, high = [0.0] * len(FEATURE_NAMES), [0.0] * len(FEATURE_NAMES)
    high[0] = 0.9
    low[0] = 0.5  # at the threshold a row goes left
    assert model.probability(low) == pytest.approx(1 / (1 + math.exp(0.5)))
    assert model.probability(high) == pytest.approx(1 / (1 + math.exp(-1.5)))


def test_shallow_trees_give_the_walks_probability() -> None:
    # the shipped model's trees (two splits deep at most) are read as rows;
    # every row must reach the leaf the node walk reaches, summed in order
    import random

    model = load_model(str(MODEL))
    assert model._rows is not None
    walk = dataclasses.replace(model)
    object.__setattr__(walk, "_rows", None)
    thresholds = sorted({t for tree in model.trees for t in tree[1]})
    rnd = random.Random(7)
    for _ in range(2000):
        row = [rnd.choice((rnd.random() * 3, rnd.choice(thresholds))) for _ in FEATURE_NAMES]
        assert model.probability(row) == walk.probability(row)


def test_a_deeper_tree_is_walked() -> None:
    # three splits deep: no row form, the node walk decides
    tree = {
        "feature": [0, 0, 0, -1, -1, -1, -1],
        "threshold": [0.5, 0.3, 0.1, 0.0, 0.0, 0.0, 0.0],
        "left": [1, 2, 3, -1, -1, -1, -1],
        "right": [6, 5, 4, -1, -1, -1, -1],
        "value": [0.0, 0.0, 0.0, 1.0, 2.0, 3.0, 4.0],
    }
    data = {
        "format": 1,
        "features": list(FEATURE_NAMES),
        "init": 0.0,
        "learning_rate": 1.0,
        "trees": [tree],
    }
    model = AnsweredModel.from_dict(data, "deep.json")
    assert model._rows is None
    row = [0.0] * len(FEATURE_NAMES)
    for value, leaf in ((0.05, 1.0), (0.2, 2.0), (0.4, 3.0), (0.9, 4.0)):
        row[0] = value
        assert model.probability(row) == pytest.approx(1 / (1 + math.exp(-leaf)))


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        ({"second_opinion_below": 1.0}, "second_opinion_below"),
        ({"second_opinion_below": -0.1}, "second_opinion_below"),
        ({"second_opinion_below": "0.4"}, "second_opinion_below"),
        ({"second_opinion_below": True}, "second_opinion_below"),
        ({"second_opinion_model": 3}, "second_opinion_model"),
        ({"second_opinion_model": "absent.json"}, "cannot read"),
    ],
)
def test_bad_options_are_a_ruleset_error(rc201, flagged, options, problem) -> None:
    # an ask the routes leave open and no gate holds, so the model is read
    # ("Can you waive this month's fee?" is held by ``act_left_unsaid``)
    question, reply = ANSWERED_IN_OTHER_WORDS
    with pytest.raises(ReplycheckError, match=problem):
        flagged(rc201(**options), question, reply)


PAIRS = [ANSWERED_IN_OTHER_WORDS, *IGNORED]


def test_at_zero_the_model_is_never_read(flagged, monkeypatch, routes_alone) -> None:
    def never(*args: object) -> float:
        raise AssertionError("the second opinion was read with second_opinion_below = 0")

    # The model's own method: RC201 calls ``second_opinion`` directly (a
    # C-level call when the module is compiled), and it asks the model.
    monkeypatch.setattr(AnsweredModel, "probability", never)
    for question, reply in PAIRS:
        flagged(routes_alone, question, reply)


def test_at_zero_rc201_reports_what_the_routes_alone_report(
    rc201, flagged, monkeypatch, routes_alone
) -> None:
    # the routes alone: the shipped rule with a second opinion that never drops
    expected = rc201()
    monkeypatch.setattr(AnsweredModel, "probability", lambda *args: 1.0)
    for question, reply in PAIRS:
        assert flagged(routes_alone, question, reply) == flagged(expected, question, reply)


def test_an_ask_answered_in_other_words_is_dropped(flagged, routes_alone, shipped) -> None:
    question, reply = ANSWERED_IN_OTHER_WORDS
    ask = "We'd like something special for the weekend of the 8th."
    assert flagged(routes_alone, question, reply) == [ask]
    assert flagged(shipped, question, reply) == []
    # and the checklist counts it answered, in step with the findings
    original = f"Hi,\n\n{question}\n\nThanks,\nSam"
    report = shipped.check(f"Hi Sam,\n\n{reply}\n\nBest,\nAlex", original=original)
    assert [(a.text, a.answered) for a in report.asked] == [(ask, True)]


@pytest.mark.parametrize(("question", "reply"), IGNORED)
def test_a_plainly_ignored_ask_is_kept(flagged, routes_alone, shipped, question, reply) -> None:
    assert flagged(routes_alone, question, reply) == [question]
    assert flagged(shipped, question, reply) == [question]


def test_the_rule_examples_that_must_flag_still_flag(shipped) -> None:
    rule = Registry.load().get("RC201")
    assert rule is not None
    assert rule.bad
    for example in rule.bad:
        assert example.original is not None and example.original_spans
        report = shipped.check(example.text, original=example.original)
        found = {(f.start, f.end) for f in report.findings if f.code == "RC201"}
        assert set(example.original_spans) <= found


def test_the_readme_example_keeps_both_asks_its_draft_never_touches(shipped) -> None:
    """examples/refund-draft.txt (the README's example) quotes two asks the
    draft never answers: the second opinion must keep both (a refit that
    cleared them, 9ce9f4b, was reverted). Kept here, in process, so that
    scripts/answered_requirements.py records them as must-flag rows."""
    path = Path(__file__).resolve().parents[2] / "examples" / "refund-draft.txt"
    text = path.read_text(encoding="utf-8")
    report = shipped.check(text)
    found = [text[f.start : f.end] for f in report.findings if f.code == "RC201"]
    assert any("money back" in f for f in found), found
    assert any("prepaid label" in f for f in found), found
