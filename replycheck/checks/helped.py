"""Whether the sentence of a match turns, after "but", to what we will do.

"Your old provider's early exit fee is between you and them, but we'll credit
up to £60 towards it" and "Because you chose self-packing, breakages aren't
covered, but I'd like to see whether a restorer can help" name someone
else's part, or the customer's choice, on the way to our own help. "Roof
repairs are the landlord's responsibility whoever caused them, so we'll cover
the repair" and "It's their fault in the sense that the batch was bad, but we
chose and fitted it, so it's ours to put right" turn, after "so", to our act
or to owning the fix. A pattern rule with
``options.spare_our_help = true`` drops a match when, later in its own
sentence, ", but" or ", so" is followed by "we" or "I" and a modal or perfect
of our act ("we'll", "I'd", "we can", "I've"), not negated ("but we can't",
"so we won't"), or by "it's ours" or "it's on us" (the fix owned). The rest
of the sentence is read once per match, from the match's end to the
sentence's end.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from replycheck.checks.ultimatums import BENEFITS
from replycheck.nlp import token_table

#: Who acts: us.
US = frozenset({"we", "i"})
#: The modal or perfect of our act.
ACT_AUX = frozenset({"'ll", "will", "'d", "would", "can", "'ve", "have", "am", "'m", "are", "'re"})
#: A negation right after the modal takes the help back.
NEGATIONS = frozenset({"n't", "not", "never", "no"})
#: The word after the comma that turns to us.
TURNS = frozenset({"but", "so"})
#: "it's ours (to put right)", "that's on us": the fix owned.
OWNED_BY = frozenset({"ours", "mine"})
COPULAS = frozenset({"'s", "is"})
#: After "so", our act that hands the problem on or back is no help: "so we'd
#: suggest you contact them", "so I'll need you to", "so we'll pass it on",
#: and any act of ours followed by "you to" ("so we'd expect you to sort it out").
HAND_ON = frozenset(
    {"need", "have", "suggest", "recommend", "advise", "ask", "expect"}
    | {"pass", "refer", "forward", "leave"}
)


def _you_to(doc: Doc, k: int, sentence_end: int) -> bool:
    """Whether "you to" opens at token ``k``: the act put back on the customer."""
    return k + 1 < sentence_end and doc[k].lower_ == "you" and doc[k + 1].lower_ == "to"


def _words_before(doc: Doc, start: int) -> list[str] | None:
    """The lower-cased words of the sentence holding character ``start``, up to
    the token there; None when ``start`` is past the last token."""
    first = bisect_left(token_table(doc).idx, start)
    if first >= len(doc):
        return None
    begin = doc[first].sent.start
    return [doc[k].lower_ for k in range(begin, first)]


def our_help_follows(doc: Doc, start: int, end: int) -> bool:
    """Whether the match at ``start``-``end`` (characters) is followed, in its own
    sentence, by ", but we'll ..." (our act, not negated), or by ", so they
    will <act>" after a duty named (``_they_act``)."""
    idx = token_table(doc).idx
    stop = bisect_left(idx, end)
    if stop >= len(doc):
        return False
    sentence_end = doc[stop].sent.end
    for k in range(stop, sentence_end - 3):
        if doc[k].lower_ != "," or doc[k + 1].lower_ not in TURNS:
            continue
        if doc[k + 2].lower_ in US and doc[k + 3].lower_ in ACT_AUX:
            after = doc[k + 4].lower_ if k + 4 < sentence_end else ""
            handed_back = after in HAND_ON or _you_to(doc, k + 5, sentence_end)
            if doc[k + 1].lower_ == "so" and handed_back:
                return False
            return after not in NEGATIONS
        if doc[k + 1].lower_ == "so" and _they_act(doc, start, stop, k + 2, sentence_end):
            return True
        if doc[k + 2].lower_ in {"it", "that"} and doc[k + 3].lower_ in COPULAS:
            owner = doc[k + 4].lower_ if k + 4 < sentence_end else ""
            if owner in OWNED_BY:
                return True
            if owner == "on" and k + 5 < sentence_end and doc[k + 5].lower_ in {"us", "me"}:
                return True
    return False


#: The party whose job it is, acting next: "so they will deliver it to your hotel".
THEY = frozenset({"they"})
#: Their act, future and not negated.
THEIR_AUX = frozenset({"will", "'ll"})
#: What the match must name for their next act to read as the job done: a duty,
#: not a fault ("the courier lost it, not us, so they'll send another" still blames).
DUTY_NAMED = frozenset({"responsibility", "job", "duty", "remit"})
#: After "they will", a verb that is no act for the customer: "so they'll need
#: your receipt", "so they will have to decide", "so they'll be the ones to ask".
NOT_THEIR_ACT = HAND_ON | {"be", "want", "expect", "decide", "probably", "only"}


def _they_act(doc: Doc, start: int, stop: int, k: int, sentence_end: int) -> bool:
    """Whether, after a duty named in the match (tokens ``start``-``stop``,
    "the airline's responsibility"), "so" is followed at ``k`` by "they will
    <act>": the party whose job it is doing it for the customer ("Baggage
    handling at the transfer airport is the airline's responsibility, so
    they will deliver it to your hotel"). Who does the job, with their next
    step, hands nothing back. "so they'll need you to", "so they will have
    to", a negation, or a match that names a fault instead of a duty keeps
    the flag."""
    if k + 2 >= sentence_end or doc[k].lower_ not in THEY or doc[k + 1].lower_ not in THEIR_AUX:
        return False
    first = bisect_left(token_table(doc).idx, start)
    if DUTY_NAMED.isdisjoint(doc[j].lower_ for j in range(first, stop)):
        return False
    act = doc[k + 2]
    return act.is_alpha and act.lower_ not in NEGATIONS | NOT_THEIR_ACT


#: "..., but the scratch is ours", "but that part was our mistake": the fault owned.
OWNED_FAULT = frozenset({"fault", "mistake", "error", "doing", "responsibility"})
#: The copula before the owner.
OWNED_COPULAS = frozenset({"'s", "is", "was", "are", "were"})
#: How far after ", but" the owning copula may come ("but the scratch on the door is ours").
OWNED_REACH = 6


def fault_owned_after(doc: Doc, start: int, end: int) -> bool:
    """Whether the match at ``start``-``end`` (characters) is followed, in its own
    sentence, by ", but ... is ours" or ", but ... was our mistake": the harm
    owned after the customer's act is recalled ("You signed the form with no
    damage noted, but the scratch is ours"); or by ", but we should have ...":
    our own lapse owned after a cause is named (``_lapse_owned``). The rest of the sentence is read
    once, from the match's end to the sentence's end."""
    idx = token_table(doc).idx
    stop = bisect_left(idx, end)
    if stop >= len(doc):
        return False
    sentence_end = doc[stop].sent.end
    k = stop
    while k < sentence_end - 3:
        if doc[k].lower_ != "," or doc[k + 1].lower_ != "but":
            k += 1
            continue
        reach = min(sentence_end - 1, k + 2 + OWNED_REACH)
        for m in range(k + 2, reach):
            word = doc[m].lower_
            if word in NEGATIONS or word == ",":
                break
            if word not in OWNED_COPULAS:
                continue
            owner = doc[m + 1].lower_
            if owner in OWNED_BY:
                return True
            if owner == "our" and m + 2 < sentence_end and doc[m + 2].lower_ in OWNED_FAULT:
                return True
            break
        if _lapse_owned(doc, k + 2, sentence_end):
            return True
        k += 2
    return False


#: What we should have done, owned: "..., but we should have phoned you".
LAPSE_MODALS = frozenset({"should", "ought"})
#: After "should have": a passive ("should have been told") hands the lapse to
#: whoever should have told us, and "should have thought/expected" is a sneer.
LAPSE_VETOES = frozenset(
    {"been", "thought", "expected", "assumed", "guessed", "imagined", "hoped", "known"}
)


def _lapse_owned(doc: Doc, k: int, sentence_end: int) -> bool:
    """Whether "we" or "I" at ``k`` opens "should (not) have <act>" or "ought
    to have <act>": our own lapse owned after ", but" ("That was outside our
    control, but we should have phoned you before you came in"). A cause named
    and then our part in it owned is no disowning."""
    if k + 3 >= sentence_end or doc[k].lower_ not in US or doc[k + 1].lower_ not in LAPSE_MODALS:
        return False
    m = k + 2
    if doc[m].lower_ in NEGATIONS or doc[m].lower_ == "to":
        m += 1  # "should not have", "ought to have"
    if m + 1 >= sentence_end or doc[m].lower_ != "have":
        return False
    return doc[m + 1].lower_ not in LAPSE_VETOES and doc[m + 1].is_alpha


#: Where the fault sits when we own it: "went wrong on our side", "an error on our part".
OUR_SIDE = frozenset({"side", "end", "part"})
#: The failing said right before "on our side": "something went wrong on our side".
WENT_WRONG = frozenset({"wrong", "fault", "mistake", "error", "slip", "problem", "failure"})
#: What we failed to make plain, owned: "which we didn't make clear enough".
MADE = frozenset({"make", "made"})
#: A turn that sets what follows against the owning: "our mistake, but ...".
TURNS_AWAY = frozenset({"but", "however", "though", "although", "yet"})
#: How many words a negation may stand before what it takes back.
NEGATION_REACH = 3


def fault_owned_before(doc: Doc, start: int, end: int) -> bool:
    """Whether the words of the match's sentence before it own the fault for
    us, with no turn between that claim and the match: "something clearly
    went wrong on our side and I'm not going to argue with you about it",
    "tokens have a 12-month life, which we didn't make clear enough". A
    line that would sound exasperated or dismissive alone ("clear enough",
    "not going to argue") concedes the point after our own lapse is owned.
    The claim is "wrong/mistake/error ... on our side/end/part" or "our
    (own) mistake/fault/error", not negated ("not to any error on our part"
    disowns), or "we/I did not / never make/made". A "but", "however" or
    "though" between the claim and the match keeps the flag ("That was our
    mistake, but I'm not going to argue about the fee"). Only the sentence
    up to the match is read, once per match."""
    words = _words_before(doc, start)
    if words is None:
        return False
    for k in range(len(words) - 1, -1, -1):
        if words[k] in TURNS_AWAY:
            return False  # what follows the turn is set against any owning before it
        if _owning_at(words, k):
            return True
    return False


def _owning_at(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` closes a claim that owns the fault for us (see
    ``fault_owned_before``)."""
    word = words[k]
    before = words[max(0, k - NEGATION_REACH - 2) : k]
    negated = not NEGATIONS.isdisjoint(before) or "nothing" in before
    if word in OUR_SIDE and k >= 2 and words[k - 1] == "our" and words[k - 2] == "on":
        failing = words[max(0, k - 5) : k - 2]
        return not WENT_WRONG.isdisjoint(failing) and not negated
    if word in OWNED_FAULT - {"doing", "responsibility"} and k >= 1:
        owner = words[k - 1] if words[k - 1] != "own" else (words[k - 2] if k >= 2 else "")
        return owner == "our" and not negated
    if word in MADE and k >= len(words) - 2:  # "make clear enough", "make it clear enough"
        subject = words[max(0, k - 4) : k]
        doer = next((j for j, w in enumerate(subject) if w in US), None)
        # the doer before the negation: "didn't we make it clear enough?" is a jab
        return doer is not None and not NEGATIONS.isdisjoint(subject[doer + 1 :])
    return False


#: What a term comes to in the customer's favour: "there's no charge", "nothing to pay".
NO_COSTS = frozenset({"charge", "fee", "cost", "costs", "fees", "charges", "penalty"})
#: Words that take the favour back or make it only what might have been: "we
#: can't do it free of charge", "there would have been no charge".
FAVOUR_VETOES = NEGATIONS - {"no"} | {"would", "could", "might", "ca", "wo", "if", "unless"}


#: Our act that lets a charge go: "we've waived the fee".
WAIVED = frozenset({"waived", "waive"})


def _amount_before(doc: Doc, k: int) -> bool:
    """Whether an amount ends just before token ``k`` ("£150 off", "20% off"):
    a sum taken off a price, not a thing switched or cut off."""
    if k < 1:
        return False
    prev = doc[k - 1]
    return bool(prev.like_num) or prev.text == "%" or bool(prev.is_currency)


def benefit_follows(doc: Doc, start: int, end: int) -> bool:
    """Whether the rest of the match's sentence says what the customer's own
    circumstance brings them ("Because you pay monthly, there's no charge for
    the change"; "..., so there's nothing to pay"): their plan or choice
    named as the reason for something in their favour, not as a fault. "no
    charge", "no fee", "nothing to pay", "free of charge", "a full refund"
    and "your money back" count; a
    negation, a modal or a condition before it ("so we can't reprint free of
    charge", "there would have been no charge") keeps the match. Our own act
    in their favour after "we" or "I" counts too ("Because you haven't used it,
    we've refunded the fee": the money back, ``BENEFITS``, a fee waived, or an
    amount taken off, "I've taken £150 off your invoice"), a sanction ("we've
    suspended the account") does not. The rest of the sentence is read once
    per match."""
    idx = token_table(doc).idx
    stop = bisect_left(idx, end)
    if stop >= len(doc):
        return False
    sentence_end = doc[stop].sent.end
    ours = False
    for k in range(stop, sentence_end - 1):
        word, after = doc[k].lower_, doc[k + 1].lower_
        if word in FAVOUR_VETOES:
            return False
        if word == "no" and after in NO_COSTS:
            return True
        if (word, after) in (("full", "refund"), ("money", "back")) and doc[k - 1].lower_ != "no":
            return True  # "..., it's a full refund", "you'll get your money back"
        if word == "nothing" and after == "to" and k + 2 < sentence_end:
            return doc[k + 2].lower_ == "pay"
        if word == "free" and after == "of" and k + 2 < sentence_end:
            return doc[k + 2].lower_ == "charge"
        if word in US:
            ours = True
        elif ours and word in BENEFITS | WAIVED:
            return True  # "..., I've cancelled the subscription and refunded the full £59"
        elif ours and word == "off" and _amount_before(doc, k):
            return True  # "Because you lost a day's work, I've taken £150 off your invoice"
    return False


#: The opening of thanks for what the customer did: "Thanks for", "Thank you so much for".
THANKS_OPENERS = frozenset({"thanks", "thank"})
#: Words between "thanks" and "for": "you", "so much", "a lot".
THANKS_FILLERS = frozenset({"you", "so", "very", "much", "a", "lot", "too"})
#: A turn or a clause break between the thanks and the match sets the match
#: apart from what was thanked: "Thanks for writing, but please try the reset
#: before getting in touch.", "Thanks for your email, which as I said ...".
THANKS_TURNS = frozenset(
    {",", ";", ":", "-", "but", "please", "pls", "next", "although", "though", "however",
     "just", "which", "as", "again"}
)  # fmt: skip
#: How far into its sentence the thanks may open ("Many thanks for", "Hi Sam, thanks for").
THANKS_REACH = 4


def thanked_for(doc: Doc, start: int, end: int) -> bool:
    """Whether the match's sentence opens by thanking the customer for what
    they did, and the match is part of it ("Thanks for checking with your
    neighbours before getting in touch."): the customer's own act, already
    done and welcomed, not an order or a condition on them. A turn between
    the thanks and the match ("..., but please ...", "; next time ...")
    keeps the match. Only the words of the sentence before the match are read."""
    words = _words_before(doc, start)
    if words is None:
        return False
    opener = next((k for k, w in enumerate(words[: THANKS_REACH + 1]) if w in THANKS_OPENERS), None)
    if opener is None:
        return False
    k = opener + 1
    while k < len(words) and words[k] in THANKS_FILLERS:
        k += 1
    if k >= len(words) or words[k] != "for":
        return False
    return THANKS_TURNS.isdisjoint(words[k + 1 :])
