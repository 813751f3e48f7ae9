"""Whether a duty laid on the customer is one half of a split of duties.

"Hedges within the garden are the tenant's responsibility to trim, while the
boundary wall is the landlord's." sets out who does what, as an agreement
does: the customer's share is named beside someone else's. "It's the
customer's responsibility to check the size" lays the duty on them alone. A
pattern rule with ``options.spare_shared_duty = true`` drops a match when,
later in its sentence, "while" or "whereas" opens a clause that gives a share
to another party: a possessive standing alone ("the landlord's", "ours",
"theirs") or "our" before a duty word. Only the rest of the match's sentence
is read, once per match.

``options.spare_lifted_duty = true`` drops a match that names a duty or fault
when a negation stands just before it ("It's not the customer's
responsibility to chase the refund", "no longer the tenant's job"): the duty
is lifted off the customer, which reassures; so does a negated fairness before
a verb of falling right before the match ("it isn't fair for the fee to fall
entirely on you"). Only the few words before the match are read.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from replycheck.nlp import token_table

#: What opens the other half of the split.
CONTRASTS = frozenset({"while", "whilst", "whereas"})
#: The other party's share, standing alone.
SHARES = frozenset({"ours", "theirs", "his", "hers"})
#: Duty words after "our" ("our responsibility", "our job").
DUTIES = frozenset({"responsibility", "job", "duty", "liability", "problem", "cost"})
#: How far after the contrast the share may sit.
REACH = 10


def shared_duty(doc: Doc, start: int, end: int) -> bool:
    """Whether the match at ``start``-``end`` (characters) is followed, in its
    sentence, by "while the boundary wall is the landlord's"."""
    idx = token_table(doc).idx
    stop = bisect_left(idx, end)
    if stop >= len(doc):
        return False
    sentence_end = doc[stop].sent.end
    for k in range(stop, sentence_end):
        if doc[k].lower_ not in CONTRASTS:
            continue
        for m in range(k + 1, min(k + 1 + REACH, sentence_end)):
            word = doc[m].lower_
            if word in SHARES:
                return True
            if word in ("'s", "’s") and (m + 1 >= sentence_end or not doc[m + 1].is_alpha):
                return True  # "the landlord's."
            if word == "our" and m + 1 < sentence_end and doc[m + 1].lower_ in DUTIES:
                return True
        return False
    return False


#: What lifts a duty off whoever is named right after it ("not the customer's job").
NEGATIONS = frozenset({"not", "n't", "n’t", "never"})
#: Words that may sit between the negation and the duty ("not really your job",
#: "shouldn't be the customer's job").
SOFTENERS = frozenset(
    {"really", "actually", "ever", "even", "technically", "strictly", "truly", "be", "been"}
)
#: The duty or fault a match must name for a negation before it to lift it.
DUTY_WORDS = frozenset(
    {"responsibility", "job", "duty", "role", "fault", "mistake", "error", "doing", "onus"}
)


def lifted_duty(doc: Doc, start: int, end: int) -> bool:
    """Whether the match at ``start``-``end`` (characters) names a duty or
    fault that a negation just before it lifts off its holder ("It's not the
    customer's responsibility to chase the refund", "never the tenant's job").
    "not just the customer's responsibility" and "it's the customer's
    responsibility" are kept. Only the match and the few words before it are
    read."""
    idx = token_table(doc).idx
    first, stop = bisect_left(idx, start), bisect_left(idx, end)
    if _unfair_to_fall_on(doc, first):
        return True
    if not any(doc[k].lower_ in DUTY_WORDS for k in range(first, stop)):
        return False
    k = first - 1  # the word before, within the match's sentence
    while k >= first - 3 and k >= 0 and not doc[k + 1].is_sent_start and doc[k].lower_ in SOFTENERS:
        k -= 1
    if k < 0 or doc[k + 1].is_sent_start:
        return False
    word = doc[k].lower_
    if word in NEGATIONS:
        return True
    return word == "longer" and k > 0 and not doc[k].is_sent_start and doc[k - 1].lower_ == "no"


#: Verbs of a cost or fault coming down on someone: "for the fee to fall on you".
FALLING = frozenset({"fall", "falls", "rest", "rests", "land", "lands", "sit", "sits"})
#: What a negation says the burden on the customer would not be.
FAIRNESS = frozenset({"fair", "right", "reasonable", "just"})
#: How many words the negated fairness may stand before the falling verb.
FAIRNESS_REACH = 8


def _unfair_to_fall_on(doc: Doc, first: int) -> bool:
    """Whether the match starting at token ``first`` ("entirely on you") is
    where a cost or fault would fall that the sentence calls unfair to put on
    the customer: a falling verb right before it, and a negated fairness a few
    words before that ("it isn't fair for the fee to fall entirely on you",
    "it wouldn't be right for this to rest on you"). That lifts the burden
    off them. "the fee falls entirely on you" and "it's only fair that the
    cost falls on you" keep the match."""
    k = first - 1
    if k < 1 or doc[first].is_sent_start or doc[k].lower_ not in FALLING:
        return False
    for j in range(k - 1, max(k - 1 - FAIRNESS_REACH, -1), -1):
        if doc[j + 1].is_sent_start:
            return False
        if doc[j].lower_ in FAIRNESS:
            before = {doc[i].lower_ for i in range(max(j - 3, 0), j)}
            return not before.isdisjoint(NEGATIONS)
    return False


#: Work owed on a thing: "the repair is the landlord's responsibility" says who
#: does or pays for the job (a tenancy, a warranty), not whose fault it is.
WORKS = frozenset(
    {"repair", "repairs", "maintenance", "upkeep", "servicing", "service", "replacement",
     "renewal", "inspection", "inspections", "certificate", "certificates"}
)  # fmt: skip
#: The link between the work and the party: "the repair is / repairs are".
LINKS = frozenset({"is", "are", "'s", "remains", "remain"})


def owed_work(doc: Doc, start: int, end: int) -> bool:
    """Whether the match at ``start``-``end`` (characters) is what a piece of
    work is ("the repair is the landlord's responsibility"): the head of the
    subject, just before the link verb or before a phrase that places it
    ("Repairs to the shared roof are the freeholder's responsibility"),
    names a repair or upkeep ("any damage to the repair is
    the courier's responsibility" keeps its fault)."""
    idx = token_table(doc).idx
    first = bisect_left(idx, start)
    if first < 2 or first >= len(doc) or doc[first - 1].lower_ not in LINKS:
        return False
    head = first - 2
    if doc[head].lower_ not in WORKS:
        found = _work_before_phrase(doc, head)
        if found is None:
            return False
        head = found
    k = head - 1
    while k >= 0 and doc[k].lower_ in DETERMINERS:
        k -= 1
    return k < 0 or doc[k].lower_ not in GOVERNORS


#: How many words a phrase after the work may hold before the link verb ("at
#: the transfer airport", "to the shared roof").
PHRASE_REACH = 6


def _work_before_phrase(doc: Doc, last: int) -> int | None:
    """The token index of the work when a prepositional phrase stands between
    it and the link verb ("Repairs to the shared roof are the freeholder's
    responsibility", "Servicing at the main dealer is the manufacturer's"):
    the nearest preposition (``PHRASE_OPENERS``) within ``PHRASE_REACH``
    words before the link, and a work right before it. None when there is
    none."""
    for g in range(last, max(last - PHRASE_REACH, 0), -1):
        word = doc[g]
        if word.is_sent_start or not (word.is_alpha or word.lower_ in ("-", "'s")):
            return None
        if word.lower_ in PHRASE_OPENERS:
            return g - 1 if doc[g - 1].lower_ in WORKS else None
    return None


#: A preposition before the work makes it the object, not the subject: "damage
#: to the repair", "the cost of servicing".
GOVERNORS = frozenset({"to", "of", "on", "in", "for", "after", "from", "with", "during"})
#: Words that may stand between that preposition and the work.
DETERMINERS = frozenset({"the", "a", "an", "your", "our", "their", "this", "that", "any"})
#: What opens a phrase that places the work: "at the main dealer", "to the roof".
PHRASE_OPENERS = GOVERNORS | {"at", "under", "inside", "outside", "within", "across"}
