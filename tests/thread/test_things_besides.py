"""A sentence that adds a thing besides with the ask's own verb (RC201,
``answered._adds_besides``): "It also comes with a two-year warranty" does not
say whether the limescale filter asked about comes with it, and the learned
second opinion may not clear the ask on the strength of the sentences around
it. One that names the thing asked about, or a plain "which includes" with no
"also", is no thing besides.

Pairs are written fresh for these tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "I like the Brava kettle. Does it come with a limescale filter?",
            "The Brava holds 1.7 litres and boils in under three minutes. "
            "It also comes with a two-year warranty.",
        ),
        (
            "I'm looking at the Atlas tent. Does it include the pegs and poles?",
            "The Atlas sleeps four and packs down to 60cm. It also includes a footprint "
            "groundsheet.",
        ),
    ],
)
def test_a_thing_besides_leaves_the_ask_open(unanswered, question, reply):
    assert unanswered(question, reply)


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "I like the Brava kettle. Does it come with a limescale filter?",
            "Yes, and it also comes with a limescale filter and a spare lid seal.",
        ),
        (
            "I'm after the Vela bike. Does it come with lights?",
            "Yes, front and rear lights are fitted as standard. It also comes with a bell.",
        ),
    ],
)
def test_the_thing_itself_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []
