"""A yes/no question of fact about a thing (RC201, the topic+type route's
``complement_unsaid``): "Does the new lock come with a guarantee?" is not
answered by "The lock is a 3-star euro cylinder", a sentence about its
subject that leaves out what the question asks of it and gives no yes or
no. Answers in other words stay answers: what will happen ("Will anyone be
at reception?" <- "A porter is on duty all night"), advice asked ("Should I
keep using the cream?" <- "Please stop applying it"), and the question's
own predicate said in another form ("Does the warranty transfer?" <- "The
warranty is transferable"). Rules only, no second opinion.

Pairs are written fresh for these tests (not taken from the corpus).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("original", "draft", "ask"),
    [
        (
            "Does the new lock come with a guarantee?",
            "The lock is a 3-star euro cylinder approved by all major insurers.",
            "Does the new lock come with a guarantee?",
        ),
        (
            "Do the tickets include a programme?",
            "The tickets include entry to the exhibition and a drink.",
            "Do the tickets include a programme?",
        ),
    ],
)
def test_a_sentence_about_the_subject_alone_leaves_the_fact(verdicts, original, draft, ask):  # type: ignore[no-untyped-def]
    assert verdicts(original, draft)[ask] is False


@pytest.mark.parametrize(
    ("original", "draft", "ask"),
    [
        # what will happen, or whether someone will be there
        (
            "Our coach gets in at 1am. Will anyone be at reception that late?",
            "Our night manager is on duty all night and will hand you your keys.",
            "Will anyone be at reception that late?",
        ),
        (
            "Our flight gets in at midnight. Will anybody be at the front desk then?",
            "A porter is on duty all night and will check you in.",
            "Will anybody be at the front desk then?",
        ),
        # advice asked, answered by advice
        (
            "The rash has spread. Should I keep using the cream?",
            "Please stop applying it and see your GP.",
            "Should I keep using the cream?",
        ),
        (
            "My tooth aches again. Should I carry on with the mouthwash?",
            "Please stop using it until we've seen you.",
            "Should I carry on with the mouthwash?",
        ),
        # the question's predicate in another form
        (
            "Does the warranty transfer to a new owner?",
            "The warranty is transferable if you sell the car.",
            "Does the warranty transfer to a new owner?",
        ),
    ],
)
def test_an_answer_in_other_words_is_credited(verdicts, original, draft, ask):  # type: ignore[no-untyped-def]
    assert verdicts(original, draft)[ask] is True
