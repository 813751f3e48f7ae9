"""Interleaved replies: the customer's message quoted in pieces, each piece
followed by the agent's answer ("> Can you deliver on a Saturday?" / "Yes,
Saturday delivery is £15."). There the paragraph right under a quoted ask is
the first place to look for its answer, and the answer written under another
quoted piece belongs to that piece, not to this one.

``slots`` reads the quoted view once (linear in the draft) into the quoted
pieces (runs of non-blank quoted lines; a blank line, quoted or not, ends
one) and gives each ask the draft sentences between its piece and the next
quoted piece (its *slot*), and the sentences outside every slot (the intro
before the first quoted piece). A draft is interleaved when at least two
pieces that hold asks have sentences of the agent's under them; a draft
quoted whole, below or above the reply, never is.

RC201 (``checks.unanswered``) then reads each ask of an interleaved draft
against its own slot and the free sentences only:
- an empty slot (the agent wrote nothing under the question) leaves the ask
  to the intro to answer ("Yes to all three"), not to the answers written
  under the other questions;
- a slot whose sentence offers the kind of answer the ask calls for
  (``slot_answers``) answers it, however few of its words it repeats ("> Can
  you move our pickup to Wednesday?" / "Done. From next week the truck will
  come on Wednesdays"); an acknowledgement or a promise to find out offers
  nothing and answers nothing. A typed question (a time, a place, a sum) is
  left to the routes unless its slot opens with hard evidence of its type
  said of this case ("> What time does the coach get back?" / "We're due
  back at about 6:30pm"; a "how long?" only by a length).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import NamedTuple

from replycheck.thread.answered import ACCEPTS, HOW_LONG, TYPED
from replycheck.thread.answers import Statement
from replycheck.thread.asked import Ask

#: What a sentence right under a who-question may offer in place of a person:
#: the agent taking the act on ("I'll deliver it myself and set it up", "I
#: can send someone to clean the rug").
_PERSON_BY_ACT = ("person", "action")


#: Asks whose answer is a value of their own (a time, a place, a sum, a
#: count): the paragraph under them may give one of another act ("Our
#: office hours are 9am to 5:30pm" under "When will the adjuster visit?"),
#: so only the routes, reading the slot, decide them.
_TYPED = frozenset(TYPED)


class Slots(NamedTuple):
    """Each ask's slot (by its index in the message's asks) and the sentences
    outside every slot."""

    own: dict[int, list[Statement]]
    free: list[Statement]
    #: where each free sentence starts, to place a slot among them
    free_starts: list[int]

    def with_free(self, slot: Sequence[Statement]) -> list[Statement]:
        """The free sentences with ``slot`` (contiguous) in its place, in
        draft order: one copy, no sort."""
        if not slot:
            return self.free
        at = bisect_left(self.free_starts, slot[0].start)
        return [*self.free[:at], *slot, *self.free[at:]]


def slots(quoted: str, asks: Sequence[Ask], statements: Sequence[Statement]) -> Slots | None:
    """The slots of an interleaved draft (see module doc), or None when the
    draft is not interleaved. ``quoted`` is the draft's quoted view (as long
    as the draft, the agent's words blanked); asks and statements index it."""
    if len(asks) < 2 or not statements:
        return None
    pieces: list[tuple[int, int]] = []  # (start, end) of each quoted piece
    start = -1
    at = 0
    for line in quoted.splitlines(keepends=True):
        if line.strip():
            if start < 0:
                start = at
            end = at + len(line.rstrip())
        elif start >= 0:
            pieces.append((start, end))
            start = -1
        at += len(line)
    if start >= 0:
        pieces.append((start, end))
    if len(pieces) < 2:
        return None
    starts = [p[0] for p in pieces]
    stmt_starts = [s.start for s in statements]
    by_piece: dict[int, list[Statement]] = {}
    own: dict[int, list[Statement]] = {}
    answered_pieces: set[int] = set()
    for index, ask in enumerate(asks):
        piece = bisect_right(starts, ask.start) - 1
        if piece < 0 or ask.end > pieces[piece][1]:
            return None  # an ask outside the quoted pieces: not a quoted message
        if piece not in by_piece:
            after = pieces[piece][1]
            until = pieces[piece + 1][0] if piece + 1 < len(pieces) else len(quoted)
            by_piece[piece] = list(
                statements[bisect_left(stmt_starts, after) : bisect_left(stmt_starts, until)]
            )
            if by_piece[piece]:
                answered_pieces.add(piece)
        own[index] = by_piece[piece]
    if len(answered_pieces) < 2:
        return None
    inside = {id(s) for found in by_piece.values() for s in found}
    # sentences under quoted pieces with no ask (the customer's story) are
    # nobody's slot: they stay free, as the intro does
    free = [s for s in statements if id(s) not in inside]
    return Slots(own, free, [s.start for s in free])


def slot_answers(ask: Ask, slot: Sequence[Statement]) -> bool:
    """Whether a sentence right under the quoted ask offers the kind of
    answer it calls for (``ACCEPTS``; a who-question also takes the agent
    committing to the act asked about; a typed question is left to the
    routes). A plain statement answers an open
    question ("info") or a reason; a yes/no question or request takes a yes,
    a no or an act; a typed question its type. Sentences that ask back, or
    commit to nothing, offer nothing."""
    if ask.expects in _TYPED:
        # a time, a place, a sum: the routes weigh whose it is, unless the
        # paragraph right under the question opens with one of its type,
        # said of this case ("> What time does the coach get back to York?" /
        # "We're due back at the Memorial Gardens stop at about 6:30pm")
        # (a "how long?" takes a length, not the hours of something else:
        # "You can start a transfer any weekday, 9am to 5pm")
        first = next((s for s in slot if not s.asks_back), None)
        return (
            first is not None
            and first.offers.get(ask.expects) == 2
            and first.personal
            and not (first.generic or first.noncommittal or first.self_service)
            and (first.lasts or HOW_LONG.search(ask.text.lower()) is None)
        )
    accepted = _PERSON_BY_ACT if ask.expects == "person" else ACCEPTS.get(ask.expects, ())
    for statement in slot:
        if statement.asks_back or statement.noncommittal:
            continue
        offers = statement.offers
        if (
            ask.expects == "person"
            and offers.get("action")
            and not (offers.get("person") or statement.personal)
        ):
            continue  # an act said of no one
        if any(offers.get(kind) for kind in accepted):
            return True
    return False
