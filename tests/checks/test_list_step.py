"""``list_step``: the sentence that opens an item of a list of steps, options
or safety points, which the order and learned rules read as an instruction."""

from __future__ import annotations

import time
import timeit

import pytest

from replycheck.checks.tone_sentences import _LIST_MARK, hazard_named, list_step


def _at(text: str, sentence: str) -> bool:
    return list_step(text, text.index(sentence))


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("To apply:\n1. Fill in the form.\n2. Submit it by 15 March.", "Submit it"),
        ("To apply:\n1. Fill in the form.\n2. Submit it by 15 March.", "2. Submit it"),
        ("If you smell gas:\n\n- Do not use the cooker.\n- Leave.", "Do not use"),
        ("Hi,\n\n- Upgrade now.\n- Or stay on Team.\n\nThanks", "Upgrade now"),
        ("Hi,\n\n- Upgrade now.\n- Or stay on Team.\n\nThanks", "Or stay"),
        ("Tips:\n\u2022 Stop him scratching it.", "Stop him"),
        ("Next:\n  3) Send the PDF today.", "Send the PDF"),
    ],
)
def test_an_item_of_a_list_is_a_step(text: str, sentence: str) -> None:
    assert _at(text, sentence)


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        # no list: a line of its own, or a sentence in a paragraph
        ("Hi,\n\nSubmit the form by 15 March.\n\nThanks", "Submit the form"),
        ("Hi,\n\n- Submit the form by 15 March.\n\nThanks", "Submit the form"),
        ("We have checked. Send it today.", "Send it"),
        # a later sentence of an item is not the step itself
        ("Steps:\n- Fill it in. Send it today.\n- Done.", "Send it"),
        # a number that opens a sentence is not an item marker
        ("Hi,\n\n2024 was a busy year.\n\nThanks", "2024 was"),
    ],
)
def test_anything_else_is_not(text: str, sentence: str) -> None:
    assert not _at(text, sentence)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("A fault can cause overheating.\n\nDon't open the base.", True),
        ("It's a fire risk. Do not leave it on.", True),
        ("The thermostat is recalled.\n\nPlease unplug it.\n\nDon't open it.", False),
        ("Your parcel is late.\n\nDon't worry about it.", False),
    ],
)
def test_hazard_named_reads_this_paragraph_and_the_one_before(text: str, named: bool) -> None:
    start = text.rindex("Do")
    assert hazard_named(text, start) is named


def test_list_step_answers_as_reading_back_to_the_line_start() -> None:
    # the line breaks are found once per text; every offset of texts with and
    # without breaks, one after another, must still find its own line's start
    texts = ["To apply:\n1. Fill in.\n2. Send it.", "Send it. Use it.", "\n- a\n- b\n", ""]
    for text in texts:
        for start in range(len(text) + 1):
            line_start = text.rfind("\n", 0, start) + 1
            mark = _LIST_MARK.match(text, line_start)
            if mark is None or start > mark.end():
                assert not list_step(text, start)


def test_one_long_line_is_read_once() -> None:
    # one line of 32,000 sentences: asking for every sentence must stay
    # linear (it was quadratic: each read the line back to its start, about
    # 35x the time for 8x the text here; linear is about 8x)
    sentence = "Use the portal. "
    small, large = "Hi,\n\n" + sentence * 4000, "Hi,\n\n" + sentence * 32000

    def timed(text: str) -> float:
        starts = range(5, len(text), len(sentence))
        # CPU time, not wall time: on a shared machine another process can
        # hold the CPU through one large pass and fail a linear check
        return min(
            timeit.repeat(
                lambda: [list_step(text, s) for s in starts],
                number=1,
                repeat=5,
                timer=time.process_time,
            )
        )

    assert timed(large) < 20 * max(timed(small), 1e-4)
