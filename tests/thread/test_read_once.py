"""Work read once per draft, not once per ask (issue 4): a sentence's done
acts are kept on the draft's ``Words`` and come back the same as a fresh
reading, whichever ask asks first."""

from __future__ import annotations

import pytest

from replycheck.nlp import Pipeline
from replycheck.thread import default_lexicon, read_draft
from replycheck.thread.answered import _done_acts, _read_done_acts

DRAFTS = [
    "I've extended both loans by three weeks. Your e-tickets have been emailed.",
    "I've booked you in for Tuesday 18th, and I've cancelled the old slot.",
    "We hope this helps. I've removed the block on your card.",
    "Thanks for waiting. Your refund has been processed today.",
]


@pytest.fixture(scope="module")
def read():
    pipeline = Pipeline()
    lexicon = default_lexicon()
    return lambda text: read_draft(pipeline(text), lexicon), lexicon


@pytest.mark.parametrize("draft", DRAFTS)
def test_done_acts_are_read_once_and_match_a_fresh_reading(read, draft):
    reader, lexicon = read
    statements = reader(draft)
    assert statements
    for statement in statements:
        first = _done_acts(statement, lexicon)
        assert first == _read_done_acts(statement, lexicon)
        assert _done_acts(statement, lexicon) is first  # kept, not read again
    words = statements[0].words
    assert words is not None and words.done_acts is not None
    assert set(words.done_acts) == {s.span for s in statements}


def test_some_done_act_is_read(read):
    reader, lexicon = read
    (statement,) = reader("I've extended both loans by three weeks.")
    assert _done_acts(statement, lexicon)
