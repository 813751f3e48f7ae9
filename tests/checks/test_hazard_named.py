"""``tone_sentences.hazard_named``: whether a sentence's paragraph or the one
before it names a danger. It finds the blank lines and danger words of a
text once and bisects; it must answer as reading the two paragraphs around
each sentence does, on any text."""

from __future__ import annotations

import time

from hypothesis import example, given, settings
from hypothesis import strategies as st

from replycheck.checks.tone_sentences import _WORD, HAZARDS, hazard_named


def naive(text: str, start: int) -> bool:
    para = text.rfind("\n\n", 0, start)
    before = text.rfind("\n\n", 0, para) if para > 0 else -1
    end = text.find("\n\n", start)
    window = text[before + 1 : end if end >= 0 else len(text)].lower()
    return not HAZARDS.isdisjoint(_WORD.findall(window))


_PIECES = st.sampled_from(
    ["\n", "\n\n", "\n\n\n", " ", ". ", "Don't", "touch", "the", "hot", "Hot", "fuse",
     "plug", "İ", "ß", "wire", "burn", "scald", "x"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40), st.data())
@example(["hot", "\n\n", "x", "\n\n", "x"], None)
def test_it_answers_as_the_two_paragraphs_read_again(pieces, data):
    text = "".join(pieces)
    starts = range(len(text) + 1) if data is None else [data.draw(st.integers(0, len(text)))]
    for start in starts:
        assert hazard_named(text, start) == naive(text, start), (text, start)


def test_a_danger_two_paragraphs_up_does_not_count():
    assert sorted(HAZARDS)[0]  # the word list is not empty
    word = sorted(HAZARDS)[0]
    text = f"Mind the {word}.\n\nFine.\n\nDon't touch it."
    assert not hazard_named(text, text.index("Don't"))
    assert hazard_named(text, text.index("Fine"))


def test_a_long_paragraph_is_read_once():
    # one paragraph of 4,000 sentences: asking for every sentence must stay
    # linear (it was quadratic: the paragraph was read again for each)
    sentence = "Don't call the bank; we've already asked them. "
    small, large = sentence * 1000, sentence * 4000

    def timed(text: str) -> float:
        best = float("inf")
        for _ in range(3):
            begin = time.perf_counter()
            for start in range(0, len(text), len(sentence)):
                hazard_named(text, start)
            best = min(best, time.perf_counter() - begin)
        return best

    assert timed(large) < 12 * max(timed(small), 1e-4)
