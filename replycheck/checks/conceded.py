"""Whether the agent goes on to concede or explain after pointing at the terms.

"Your membership has a one-month notice period, which is in the agreement you
signed when you joined." throws the paperwork back at the customer when it is
all the agent says; followed by "Normally that would mean one more payment.
But you first asked to cancel on 28 May, so I've backdated it." or "..., and
it's there because I can't fill the slot at short notice" it is the term the
agent is about to soften or explain. A pattern rule with
``options.spare_conceded`` (a list of the words of the customer's assent,
"signed", "agreed", ...) drops a match holding one of those words when the
rest of its sentence gives the reason ("because") or what follows for the
customer's case ("so your final payment ..."), or turns to the agent's own
concession ("but I know", "and I'm sorry"), when the sentence gives the cause
before the pointer ("... because our system detected a cheat program, which is
against the Terms of Service you agreed to", "As this is the second missed
appointment, there is a £30 charge, as set out in the policy you signed"), or
the next sentence opens on a
pivot ("But", "However", "Even so", "Normally") or holds the agent's own
regret or acknowledgement ("I know", "I'm sorry", "I can see", "What I can
do"). An edge anywhere in the sentence ("clearly", "actually") keeps the
match: "It's clearly in the agreement you signed, but rules are rules."
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from replycheck.nlp import token_table

#: Words that put an edge on the pointer whatever follows.
EDGES = frozenset(
    {"clearly", "plainly", "actually", "really", "obviously", "simply", "just", "surely", "sure"}
)
#: Openers of the next sentence that turn from the term to what softens it.
PIVOTS: tuple[tuple[str, ...], ...] = (
    ("but",), ("however",), ("even", "so"), ("that", "said"), ("normally",), ("usually",),
)  # fmt: skip
#: The agent's own regret or acknowledgement, in the rest of the sentence or the next.
OWNED: tuple[tuple[str, ...], ...] = (
    ("i", "know"), ("i", "'m", "sorry"), ("i", "am", "sorry"), ("i", "realise"), ("i", "realize"),
    ("i", "can", "see"), ("what", "i", "can", "do"), ("i", "'m", "afraid"), ("i", "am", "afraid"),
)  # fmt: skip
#: The reason for the term, given in the rest of its own sentence.
REASONS: tuple[tuple[str, ...], ...] = (
    ("because",), ("but", "i"), ("but", "we"),
    # what the term means for the customer's own case, or what we do next:
    # "..., as set out in the terms you agreed when joining, so your final
    # payment will be taken on 1 July"
    ("so", "your"), ("so", "we"), ("so", "i"),
)  # fmt: skip
#: "so I'm a little surprised", "so I'm not sure where the confusion is": after
#: "so I'm", the agent's puzzlement at the customer is no next step for their
#: case, and keeps the pointer a rebuke ("so I'm sure you'll understand" is
#: not read as puzzlement).
PUZZLED = frozenset({"surprised", "puzzled", "baffled", "confused", "lost", "unsure", "not"})
#: How far past "so I'm" the puzzlement may stand ("so I'm a little surprised").
PUZZLED_REACH = 3
#: The cause given before the pointer in the same sentence, the pointer only
#: naming the rule the cause falls under: "Your account was suspended because
#: our system detected a cheat program, which is against the Terms of Service
#: you agreed to", "As this is the second missed appointment, there is a £30
#: charge, as set out in the practice policy you signed".
CAUSES_BEFORE: tuple[tuple[str, ...], ...] = (("because",), ("since",))
#: The customer as the cause keeps the pointer a rebuke: "Because you didn't
#: read it, it's in the terms you signed."
CUSTOMER_CAUSES: tuple[tuple[str, ...], ...] = (("because", "you"), ("since", "you"))
#: The same cause as the sentence's opening clause: "As this is ...".
CAUSE_OPENERS: tuple[tuple[str, ...], ...] = (
    ("as", "this"), ("as", "it"), ("as", "that"), ("as", "the"), ("as", "your"),
)  # fmt: skip


def _words(tokens: Iterable[Token]) -> list[str]:
    return [t.lower_ for t in tokens if not t.is_space and not t.is_punct]


def _holds(words: Sequence[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(
        tuple(words[i : i + len(phrase)]) == phrase
        for phrase in phrases
        for i in range(len(words) - len(phrase) + 1)
    )


def _puzzled(words: Sequence[str]) -> bool:
    """Whether ``words`` hold "so I'm" with puzzlement close after it."""
    return any(
        words[i : i + 2] == ["so", "i"]
        and words[i + 2] in {"'m", "am"}
        and PUZZLED.intersection(words[i + 3 : i + 3 + PUZZLED_REACH])
        for i in range(len(words) - 2)
    )


def conceded(doc: Doc, start: int, end: int, assent: Sequence[str]) -> bool:
    """Whether the match at ``start``-``end`` (characters), naming the
    customer's assent, is followed by the agent's concession or reason.

    Tokens are found by bisecting their offsets and the sentences through
    their tokens, so a long draft with many matches stays linear."""
    idx = token_table(doc).idx
    first, stop = bisect_left(idx, start), bisect_left(idx, end)
    if not set(_words(doc[first:stop])) & set(assent):
        return False
    at = bisect_right(idx, start) - 1
    if at < 0:
        return False
    sentence = doc[at].sent
    if EDGES & set(_words(sentence)):
        return False
    rest = _words(doc[stop : sentence.end])
    if _puzzled(rest):
        return False
    if _holds(rest, REASONS) or _holds(rest, OWNED):
        return True
    before = _words(doc[sentence.start : first])
    if (_holds(before, CAUSES_BEFORE) and not _holds(before, CUSTOMER_CAUSES)) or any(
        tuple(before[: len(p)]) == p for p in CAUSE_OPENERS
    ):
        return True
    if sentence.end >= len(doc):
        return False
    following = _words(doc[sentence.end].sent)
    if EDGES & set(following):
        return False
    opens = any(tuple(following[: len(p)]) == p for p in PIVOTS)
    return opens or _holds(following, OWNED)
