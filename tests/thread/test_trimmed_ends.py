"""A sentence's trailing blanks, quote marks and brackets trimmed in one
pass (``asked._trim``): the last sentence of a view runs on over whatever
the view blanked below it, 990 KB in the 1 MB scaling draft, which a step
a character walked back one at a time."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from replycheck.thread.asked import _TRAILING, _trim


def _trimmed_a_character_at_a_time(folded: str, start: int, end: int) -> int:
    while end > start and folded[end - 1] in _TRAILING:
        end -= 1
    return end


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab? \t\r\n\"')][(", max_size=40), st.data())
def test_the_end_trimmed_at_once_is_where_a_step_back_at_a_time_stops(folded, data):
    start = data.draw(st.integers(0, len(folded)))
    end = data.draw(st.integers(start, len(folded)))
    assert _trim(folded, start, end)[1] == _trimmed_a_character_at_a_time(
        folded, _trim(folded, start, end)[0], end
    )


def test_a_sentence_running_on_over_a_long_blank_keeps_its_words():
    folded = "can you help?" + " \n" * 200_000
    assert _trim(folded, 4, len(folded)) == (4, len("can you help?"))
