"""A thing named by its kind and by the general word are one topic: a child by
relation ("my son") and "children" (concept ``child``); the wifi and the
broadband it runs on (concept ``outage``); what is in the box and
what a thing comes with (concept ``include``); a washing machine and a
washer-dryer (concept ``washer``); see rulesets/thread.toml."""

from __future__ import annotations

import replycheck


def _asks(draft: str, original: str) -> list[str]:
    found = replycheck.check(draft, original=original).findings
    return [f.text for f in found if f.code == "RC201"]


def test_children_answer_a_son() -> None:
    original = "Hi, can my son join too?\nFarah"
    assert _asks("Children can join too, and their cards are free.", original) == []


def test_a_daughter_answers_a_son_asked_about() -> None:
    original = "Hi, can my son join too?\nFarah"
    assert _asks("Your daughter can join too. Children's cards are free.", original) == []


def test_an_acknowledgement_naming_the_child_is_no_answer() -> None:
    original = "Hi, can my son join too?\nFarah"
    draft = "Thanks for asking about your son. We'll look into it and get back to you."
    assert _asks(draft, original) == ["can my son join too?"]


def test_children_named_for_another_matter_are_no_answer() -> None:
    original = "Hi, can my son join too?\nFarah"
    draft = "Our opening hours are 9 to 5 and children's books are on the first floor."
    assert _asks(draft, original) == ["can my son join too?"]


def test_broadband_answers_the_wifi() -> None:
    original = "What's the wifi like, as I'll need to work a couple of days?"
    draft = "Hi Hannah,\n\nThe cottage has fibre broadband at 70 Mbps, so calls are fine."
    assert _asks(draft, original) == []


def test_naming_the_broadband_is_no_answer_to_the_wifi() -> None:
    original = "What's the wifi like, as I'll need to work a couple of days?"
    draft = "Hi Hannah,\n\nThanks for asking about the broadband. I'll check and come back to you."
    assert _asks(draft, original) == [original]


def test_what_is_in_the_box_answers_comes_with() -> None:
    original = "Is the bundle still £349? And does it come with a cable for a MacBook?"
    draft = "Yes, the bundle is still £349.\n\nIn the box you get a USB-C cable for a MacBook."
    assert _asks(draft, original) == []


def test_the_box_without_the_thing_is_no_answer() -> None:
    original = "Is the bundle still £349? And does it come with a cable for a MacBook?"
    draft = "Yes, the bundle is still £349.\n\nIn the box you get a stand and the power lead."
    assert _asks(draft, original) == ["does it come with a cable for a MacBook?"]


def test_supplied_with_another_thing_is_no_answer() -> None:
    original = (
        "The TM6, does it come with a UK plug? And the Varoma steamer, is that "
        "included in the box or extra?"
    )
    draft = "The TM6 we sell is supplied with a UK plug, so it's ready to use out of the box."
    assert "is that included in the box or extra?" in _asks(draft, original)


def test_a_washer_dryer_answers_a_washing_machine() -> None:
    original = "Is there a washing machine?"
    draft = "Hi Hannah,\n\nThere's a washer-dryer in the utility room off the kitchen."
    assert _asks(draft, original) == []


def test_a_dishwasher_is_no_washing_machine() -> None:
    original = "Is there a washing machine?"
    draft = "Hi Hannah,\n\nThere's a dishwasher in the kitchen, and dogs are welcome."
    assert _asks(draft, original) == [original]
