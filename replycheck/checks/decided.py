"""Whether a contrast that rules us out names who decides, not who is at fault.

"That exclusion is set by the underwriter, not by our team, so we can't
overturn it" and "The warranty is handled by the maker, so they decide the
claim, not us" say whose decision a refusal is: the customer learns where the
say lies, and nothing is said to be anyone's fault. "The courier lost it, not
us" hands a fault on. A pattern rule with ``options.spare_their_decision =
true`` drops a match that holds the contrast (", not ...") when the words
of its sentence before the contrast name a decision or a setting of terms
("decide", "decision", "set by", "determined by", "approve", "handles": "the
maker handles the repair, not us"), or the role another body plays by rule
rather than a slip it made: who levies a charge, holds the money or issues a
document ("That's charged by HMRC, not by us", "Your deposit is held by the
DPS, not by us", "the certificate is issued by the council, not us") or
sells the thing ("the passes were bought from the lift company, not from us"); and nothing
after it waves the customer off ("so there is no point chasing us"). "decided to"
(an act, "the courier decided to leave it outside, not us") does not count.
Only the match's sentence is read, once per match.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from replycheck.nlp import token_table

#: Words that give a say over the outcome to whoever holds it.
SAYS = frozenset(
    {"decide", "decides", "decided", "decision", "decisions", "determine", "determines",
     "determined", "approve", "approves", "approved", "approval", "set", "sets", "ruling",
     "rules", "say", "handles", "handled",
     # a role held by rule: who levies, holds or issues, not who slipped
     "charged", "charges", "levied", "levies", "billed", "bills", "held", "holds",
     "issued",
     # money taken by rule at a border or for a tax: "The €38.40 was collected
     # by Dutch customs, not by us"
     "collected", "collects", "imposed", "imposes",
     # who sold it: "Your lift passes were bought from the lift company, not from
     # us": the seller named, whose terms apply, not a slip of theirs
     "bought", "purchased", "sold"}
)  # fmt: skip
#: "decided to leave it": an act, not a say.
ACT_AFTER = frozenset({"to"})
#: "held up", "held back", "held on to": a delay or a keeping someone caused
#: ("the parcel was held up by the courier, not us"), not money held by rule.
HELD = frozenset({"held", "holds"})
HELD_ACT = frozenset({"up", "back", "onto", "on", "to"})
#: After the contrast, what waves the customer off with it: "The court sets the
#: hearing dates, not us, so there is no point chasing our office" disowns the
#: matter, not just the say.
WAVED_OFF = frozenset(
    {"point", "pointless", "chase", "chasing", "bother", "bothering", "complain",
     "complaining", "nothing"}
)  # fmt: skip


def their_decision(doc: Doc, start: int, end: int) -> bool:
    """Whether the match at ``start``-``end`` (characters) holds the contrast
    ", not" and its sentence names, before the contrast, a decision ("so they
    decide the claim, not us")."""
    idx = token_table(doc).idx
    first = bisect_left(idx, start)
    stop = min(bisect_left(idx, end), len(doc) - 1)
    comma = next(
        (k for k in range(first, stop) if doc[k].lower_ == "," and doc[k + 1].lower_ == "not"),
        None,
    )
    if comma is None:
        return False
    sentence = doc[comma].sent
    if any(doc[k].lower_ in WAVED_OFF for k in range(comma, sentence.end)):
        return False
    for k in range(sentence.start, comma):
        word, after = doc[k].lower_, doc[k + 1].lower_
        if word in SAYS and after not in ACT_AFTER and not (word in HELD and after in HELD_ACT):
            return True
    return False
