"""Whether "as we said" reports what was agreed, not a reminder.

"Roof's done on the shed, new felt and battens as we said." uses "as we
said" for "as agreed": it hangs, with no comma, on the work just named and
closes the clause, and the sentence says nothing of the customer. "As I
said, the fee stands", "..., as I said at the time" and "the refund takes
five days as I told you" remind them instead. A pattern rule with
``options.spare_as_agreed = true`` drops a match of "as we said" (or "like
we said") that follows a word with no punctuation between, is followed by
the clause's end, and sits in a sentence with no "you" or "your". Only the
match's neighbours and its sentence are read.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise, takewhile

from spacy.tokens import Doc

from replycheck.nlp import token_table

#: The clause ends after the reminder: what "as agreed" is followed by.
CLAUSE_ENDS = frozenset({".", ",", ";", "!", "and", "but", "so"})
#: The customer named anywhere in the sentence keeps the reminder.
YOU = frozenset({"you", "your", "yours", "yourself"})


def as_agreed(doc: Doc, start: int, end: int) -> bool:
    """Whether the match at ``start``-``end`` (characters) is "as we said"
    hung on the work just named ("new felt and battens as we said.")."""
    idx = token_table(doc).idx
    first, stop = bisect_left(idx, start), bisect_left(idx, end)
    words = [t.lower_ for t in doc[first:stop]]
    if words[:1] not in (["as"], ["like"]) or words[1:2] != ["we"]:
        return False
    if first == 0 or not doc[first - 1].is_alpha or doc[first].is_sent_start:
        return False
    if stop < len(doc) and doc[stop].lower_ not in CLAUSE_ENDS:
        return False
    sentence = doc[first].sent
    return not any(t.lower_ in YOU for t in sentence)


#: What the customer writes to ask for something again: "Can you tell me
#: again which documents I need?", "Please repeat the list", "remind me what
#: ...". "again" counts only after a verb of telling or sending, within
#: ``AGAIN_REACH`` words ("send me the link again"); "it's broken again" asks
#: for nothing.
REPEAT_VERBS = frozenset(
    {"tell", "send", "resend", "explain", "say", "list", "give", "share", "forward", "remind"}
)  # fmt: skip
REPEAT_WORDS = frozenset({"repeat", "resend", "re-send", "remind"})
AGAIN_REACH = 6
#: Words that make the pointer back a reproach however it was asked for: a
#: count of repeats, "already", the customer told ("As I told you twice").
REPROACH = frozenset(
    {"already", "again", "twice", "times", "repeatedly", "numerous", "several", "once",
     "clearly", "literally", "every", "each", "more", "told", "you", "your", "reminded",
     "remind", "countless", "many", "multiple", "still"}
)  # fmt: skip


def asked_to_repeat(original: Doc | None, doc: Doc, start: int, end: int) -> bool:
    """Whether "As mentioned before" at ``start``-``end`` (characters) in the
    draft answers a customer who asked us to say it again ("Please repeat the
    list, I can't find it"): then the pointer back is a courtesy, not a
    reminder that they weren't listening. The match must carry no reproach
    (``REPROACH``: a count, "already", "you"); only the customer's message and
    the match's words are read."""
    if original is None:
        return False
    idx = token_table(doc).idx
    words = {t.lower_ for t in doc[bisect_left(idx, start) : bisect_left(idx, end)]}
    if not REPROACH.isdisjoint(words):
        return False
    lowers = [t.lower_ for t in original]
    for k, word in enumerate(lowers):
        if word in REPEAT_WORDS:
            return True
        if word == "again" and not REPEAT_VERBS.isdisjoint(lowers[max(0, k - AGAIN_REACH) : k]):
            return True
    return False


#: How a plain citation of where a rule is written opens: "as it says on",
#: "as stated in", "as written on", "it says so on", "it says that on".
CITATION_OPENINGS = (
    ("as", "it", "says"),
    ("as", "it", "states"),
    ("as", "stated"),
    ("as", "written"),
    ("it", "says", "so"),
    ("says", "so"),
    ("it", "says", "this"),
    ("it", "says", "that"),
)
#: Words that turn the citation into a pointer at what they failed to read:
#: emphasis ("clearly", "in bold"), a count of places ("every", "each",
#: "both"), a repeat ("already", "again"), or the customer's own assent
#: ("you signed", "you agreed to").
CITATION_REPROACH = frozenset(
    {"clearly", "plainly", "already", "explicitly", "literally", "every", "each", "all",
     "both", "bold", "capitals", "caps", "big", "large", "red", "again", "also", "twice",
     "previously", "before", "you", "signed", "agreed", "accepted", "read", "obviously"}
)  # fmt: skip
#: The customer's own signed paper ("as stated in your contract"): the terms
#: they agreed to, held up to them.
SIGNED_PAPERS = frozenset({"contract", "agreement", "lease", "tenancy", "policy"})
#: A second source named after the first ("on the booking page and on the
#: back of the ticket", "on your key card, in your room"): the list is the jab.
MORE_SOURCES = frozenset({"on", "in", "at", "the", "and", "every"})
CLAUSE_STOPS = frozenset({".", "!", "?", ";", ":", "(", "\n"})


def plain_citation(doc: Doc, start: int, end: int) -> bool:
    """Whether the match at ``start``-``end`` (characters) names, once and
    plainly, where the rule is written ("Refunds take 5-7 days, as it says on
    the receipt.", "Check-in is from 4pm, as stated in your confirmation
    email."): a citation, not a reproach. Kept when the match or the rest of
    its clause carries emphasis, a count of places, "you" or a second source
    ("It says so on your key card, in your room, and in your confirmation
    email."), and when no source follows the opening at all ("As stated,
    refunds take 5-10 working days."): that is "as I said", a reminder."""
    idx = token_table(doc).idx
    first, stop = bisect_left(idx, start), bisect_left(idx, end)
    words = [t.lower_ for t in doc[first:stop]]
    opening = next((o for o in CITATION_OPENINGS if tuple(words[: len(o)]) == o), None)
    if opening is None:
        return False
    after = [t.lower_ for t in doc[first + len(opening) : doc[first].sent.end] if not t.is_space]
    if not after or after[0] in CLAUSE_STOPS or after[0] == ",":
        return False  # "As stated, refunds take ...": no source named, so a reminder
    if CITATION_REPROACH.intersection(words):
        return False
    sentence_end = doc[first].sent.end
    rest: list[str] = []
    for tok in doc[stop:sentence_end]:
        if tok.lower_ in CLAUSE_STOPS or tok.is_space:
            break
        rest.append(tok.lower_)
    if CITATION_REPROACH.intersection(rest):
        return False
    # the paper is theirs when "your" names it, before the clause goes on past a
    # comma ("as stated in your contract"), not "..., a fee was applied to your account"
    source = words + list(takewhile(lambda word: word != ",", rest))
    if "your" in source and SIGNED_PAPERS.intersection(source):
        return False
    return not any(a in {",", "and"} and b in MORE_SOURCES for a, b in pairwise(rest))


#: What makes "the terms say otherwise" a supposition, not a rebuttal: a
#: condition ("Unless the care label says otherwise, ...") or a source that
#: is none ("Nothing in your policy says otherwise").
SUPPOSING = frozenset({"if", "unless", "whether", "nothing", "no", "none", "neither"})


def contrary_supposed(doc: Doc, start: int, end: int) -> bool:
    """Whether the match at ``start``-``end`` (characters), "... says
    otherwise", sits in a clause opened by a condition or with a source that
    is none ("If the tracking shows otherwise, let me know", "nothing in your
    terms says otherwise, so the letter is free"): no contradiction of the
    customer is claimed. "Our records show otherwise" and "If you check,
    you'll see the terms say otherwise" (the condition in a clause of its
    own) keep the match. Only the match's own clause is read."""
    idx = token_table(doc).idx
    first, stop = bisect_left(idx, start), bisect_left(idx, end)
    if stop <= first or doc[stop - 1].lower_ != "otherwise":
        return False
    for k in range(first - 1, doc[first].sent.start - 1, -1):
        word = doc[k].lower_
        if word in CLAUSE_STOPS or word == "," or doc[k].is_space:
            return False
        if word in SUPPOSING:
            return True
    return False
