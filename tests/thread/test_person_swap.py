"""RC201: another person asked for in the place of the one the customer had
("I want a different instructor", "Can we have a different tutor?") is
answered by the person named to take over ("your lessons will be with Claire
Hughes", "I can offer you Ms Clarke"), which shares no word with the ask
(round 42, asks19d); a reply naming only the person they had, or nobody,
leaves it unanswered."""

from __future__ import annotations

import pytest

_LESSONS = (
    "My lessons have been cancelled three times this month and nobody rang me."
    " Will I get those back? I want a different instructor."
)
_TUTOR = "Mr Rowe didn't turn up on Thursday. Will we be charged? Can we have a different tutor?"


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            _LESSONS,
            "Dear Tariq, from Monday your lessons will be with Claire Hughes, who has free"
            " slots on Tuesdays and Thursdays at 4pm. She'll add three extra lessons at no"
            " charge, so you get back the three that were missed.",
        ),
        (
            _TUTOR,
            "Dear Mrs Ahmed, I'm sorry that Mr Rowe didn't arrive on Thursday, and you won't"
            " be charged for the session. I can offer you Ms Clarke, who teaches GCSE maths and"
            " has Thursday evenings free.",
        ),
    ],
)
def test_the_person_named_to_take_over_answers(unanswered, question, reply):
    assert unanswered(question, reply) == []


@pytest.mark.parametrize(
    ("question", "reply", "left"),
    [
        (
            _TUTOR,
            "Dear Mrs Ahmed, I'm sorry that Mr Rowe didn't arrive on Thursday, and you won't"
            " be charged for the session. Mr Rowe will be there next Thursday as usual.",
            "Can we have a different tutor?",
        ),
        (
            _LESSONS,
            "Dear Tariq, we'll add three extra lessons at no charge, so you get back the three"
            " that were missed. Thanks, Paula",
            "I want a different instructor.",
        ),
    ],
)
def test_no_new_person_named_leaves_it_open(unanswered, question, reply, left):
    assert left in unanswered(question, reply)
