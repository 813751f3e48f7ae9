"""RC201: a question put between two alternatives, and a draft naming neither.

"Are the lessons online or in person?" wants one of the two. A draft that
talks about the lessons (the tutors, the price, the start date) without
naming either side has not said which, however close its topic, so the
learned second opinion may not clear the ask (``alternatives_unnamed``). A
sentence naming a side, as a fact ("Every session is online over video")
or a pick, answers it, and so does one handing the choice back or granting
both ("whichever is easier for you", "we do both"). Alternatives that are
clauses ("or do they need sending away?") and requests with a fallback are
not read this way: drafts answer those in other words.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replycheck.nlp import Pipeline
from replycheck.thread import default_lexicon, read_draft
from replycheck.thread.answered import alternatives_unnamed
from replycheck.thread.asked import read_message

TUTOR = (
    "My son is in Year 9 and finding chemistry hard since his teacher left. Could you tell "
    "me how experienced your science tutors are, and whether the sessions are online or in "
    "person?"
)
TABLE = (
    "We've ordered the dining table and six chairs. Could you let me know when it will be "
    "ready, and whether the top is solid oak or veneer?"
)
PUPPY = (
    "I'd like to book a puppy class for our spaniel, she's 14 weeks old. Can you tell me "
    "which days the classes run, and whether they're held indoors or outside in the field?"
)


@pytest.fixture(scope="module")
def unnamed() -> Callable[[str, str], bool]:
    """``unnamed(message, reply)``: ``alternatives_unnamed`` for the message's last ask."""
    pipeline = Pipeline()
    lexicon = default_lexicon()

    def run(message: str, reply: str) -> bool:
        read = read_message(pipeline(message), lexicon, message)
        statements = read_draft(pipeline(reply), lexicon)
        return alternatives_unnamed(read.asks[-1], read.words, statements, reply)

    return run


@pytest.mark.parametrize(
    ("message", "reply"),
    [
        (
            TUTOR,
            "All our science tutors are qualified teachers with at least four years of "
            "classroom experience. Sessions are £38 for an hour.",
        ),
        (
            TABLE,
            "The table and chairs have passed their final check and will be ready on the "
            "18th. The balance was paid with the order, so there is nothing more to pay.",
        ),
        (
            PUPPY,
            "Our puppy classes run on Tuesday and Saturday mornings at 10am for six weeks. "
            "Each class is limited to six puppies, and the course costs £90.",
        ),
    ],
)
def test_neither_alternative_named_is_left_open(unnamed, message, reply):
    assert unnamed(message, reply)


@pytest.mark.parametrize(
    ("message", "reply"),
    [
        (
            TUTOR,
            "All our science tutors are qualified teachers. Every session is online over "
            "video, so there's no travelling.",
        ),
        (
            TUTOR,
            "All our science tutors are qualified teachers, and they come to you: we teach "
            "in person at the student's home.",
        ),
        (
            TABLE,
            "The table and chairs will be ready on the 18th. The top is a single slab of "
            "veneered birch ply, which won't warp.",
        ),
        (
            PUPPY,
            "Our puppy classes run on Tuesday and Saturday mornings. We do both: the first "
            "three weeks in the hall and the rest in the field.",
        ),
        # alternatives that are clauses, answered in other words
        (
            "My glasses have a snapped arm. Can you fix them while I wait or do they need "
            "sending away?",
            "If you bring them in we can usually fit a replacement arm from stock in about 15 "
            "minutes, at no charge.",
        ),
        # whether a thing exists is answered by the thing, on either side
        (
            "We're coming in our electric car. Is there anywhere we can charge it at yours "
            "or nearby?",
            "There's a 7kW charger by the old barn, free for guests.",
        ),
        # a question of what we are is venting
        (
            "Three weeks and still no sofa. Are you actually incompetent or just thieves?",
            "I'm sorry for the wait. Your sofa leaves our warehouse on Monday.",
        ),
        # a request with a fallback asks for either act, not which holds
        (
            "I want the rest of my deposit back by Friday, or a written breakdown of every "
            "deduction.",
            "I've attached the checkout report with photos of each item we charged for.",
        ),
    ],
)
def test_a_side_named_or_handed_back_answers(unnamed, message, reply):
    assert not unnamed(message, reply)
