"""RC154 rude-you-were-told: the customer reminded that they were told at the
time ("You were told at your check-up that ...", "Every guest is told at
check-in", "This was explained when you took out the policy").

The shape is what counts, whatever the topic: the customer (or every
customer) as the subject of a passive telling (``verbs``: told, informed,
warned ...) anchored to the moment it happened (``anchors``: at, when,
during ...), or the term itself ``explained`` or "made clear" at that moment.
The presumptive perfect, "You will have received a reminder dated 3 March" or
"the booking page, which you will have read", reminds them the same way
(``presumed``), unless a time ahead opens the sentence ("By Friday you will
have received the refund"): that is a promise, not a reminder.
A sentence that owns a mistake in the same breath ("You were told at check-in
that the room would be ready, and it wasn't; I'm sorry") is not a reminder
but an admission, so a sentence holding one of ``owning`` is left alone.

The emphatic "did" ("I did tell you on the phone", "We did send the
reminder", "We did try to call you twice") is read here and nowhere else
(RC196, which read the same "We did ..." as a token pattern, is retired into
this rule). It is spared when the sentence allows the thing may not have
reached them (``hedges``: "but it may have gone to spam"; "May" the month is
no hedge) or goes on to help (``next_steps``: "so it should be with you
tomorrow", "which is why nothing reached you", "and they'll redeliver on
Friday", "so here it is"), or is a question. A "but" that only sends it
again ("but here it is again") helps nothing and hedges nothing.
Every word list is the rule's ``options``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

from replycheck import regexcache
from replycheck.checks import check
from replycheck.checks.options import alternation, read_once, word_list
from replycheck.checks.stock import HAVE
from replycheck.checks.tone_sentences import doc_view
from replycheck.nlp import sentence_char_spans, straighten, token_table

if TYPE_CHECKING:
    from replycheck.context import CheckContext
    from replycheck.model import Finding
    from replycheck.rules import Rule

_WORD: Final = regexcache.compile(r"[a-z]+(?:'[a-z]+)?")
#: the emphatic "I did tell you" is found from its "did"
_DID: Final = frozenset({"did"})
_MAY: Final = frozenset({"may"})
#: the hedges that doubt the telling wherever they stand ("but", "spam")
_CONCEDING: Final = frozenset({"but", "spam", "junk"})
#: where what was told ends and the agent's own doubt can begin
_TURN: Final = regexcache.compile(r"\b(?:but|though|although|however)\b|;")
#: What follows "but" when it sends the thing again as a favour rather than
#: allowing it may not have reached them: "I did put all of this in the quote,
#: but here it is again", "I did mention this, but I'll go through it again",
#: "but happy to confirm once more". Such a "but" hedges nothing.
_RESENT: Final = regexcache.compile(
    r"\bbut\s+(?:here\s+(?:it\s+is|they\s+are|you\s+go)|i'll|i\s+will|i'm\s+happy|happy|let\s+me)"
    r"\b[^.;!?]*?\b(?:again|once\s+more)\b"
)
#: "You will have received the email, and I've attached it again": the
#: presumptive perfect that goes on to send it again helps, it does not remind
_SENT_AGAIN: Final = frozenset({"again", "attached", "resent", "below", "spam", "junk"})
#: A time ahead before "you will have received" makes it a promise, not a
#: reminder: "By Friday you will have received the refund", "once it clears".
_AHEAD: Final = regexcache.compile(r"\b(?:by|once|after|within|until|when|soon|tomorrow|next)\b")


class _Options:
    """The rule's word lists, compiled once per rule into the three shapes."""

    def __init__(self, rule: Rule) -> None:
        verbs = frozenset(word_list(rule, "verbs"))
        explained = frozenset(word_list(rule, "explained"))
        anchors = alternation(word_list(rule, "anchors"))
        #: "explained in the letter" points to where it is, not when they were told
        moments = alternation(set(word_list(rule, "anchors")) - {"in", "on"})
        roles = alternation(word_list(rule, "roles"))
        adverbs = alternation(word_list(rule, "adverbs"))
        stressed = alternation(word_list(rule, "stressed"))
        told = alternation(verbs)
        formal = alternation(word_list(rule, "formal"))
        said = alternation(explained)
        adverb = rf"(?:(?:{adverbs}) )?"
        #: the one-word verbs, and the words of each two-word one ("made clear"):
        #: a draft with neither holds no shape
        self.single = frozenset(w for w in verbs | explained if " " not in w)
        self.pairs = tuple(
            (frozenset({w.split()[0]}), frozenset({w.split()[-1]}))
            for w in sorted(verbs | explained)
            if " " in w
        )
        self.seconds = frozenset().union(*(second for _, second in self.pairs))
        self.owning = frozenset(word_list(rule, "owning"))
        presumed = word_list(rule, "presumed")
        #: "you will have received": the last word of each, for the cheap word test
        self.presumed_words = frozenset(w.split()[-1] for w in presumed)
        presumed_adverbs = alternation(word_list(rule, "presumed_adverbs"))
        self.presumed = regexcache.compile(
            (rf"\byou(?: will|'ll) (?:(?:{presumed_adverbs}) )?have (?:{alternation(presumed)})\b")
            .replace("\\ ", " ")
            .replace(" ", r"\s+")
        )
        #: "I did send it, but it may have gone to spam" / "we did write, but I can
        #: see it went to your old address": the agent allows it may not have
        #: reached them, so the emphatic "did" is not a reminder
        self.hedges = frozenset(word_list(rule, "hedges"))
        #: the verbs whose "did" is a telling: what follows them is what was said
        self.tellings = frozenset(word_list(rule, "emphatic_to_you")) | frozenset(
            word_list(rule, "emphatic_said")
        )
        to_you = alternation(word_list(rule, "emphatic_to_you"))
        emphatic = alternation(word_list(rule, "emphatic"))
        #: "We did advise at the outset", "I did warn that it would shrink": the
        #: telling with its moment or its matter and no "you" ("I did tell the
        #: warehouse to hold it" tells someone else)
        told_when = alternation(word_list(rule, "emphatic_told"))
        #: "..., so it should be with you tomorrow", "and they'll redeliver on
        #: Friday": what the "did" leads to helps; "we will not" does not
        self.next_steps = regexcache.compile(
            (rf"\b(?:{alternation(word_list(rule, 'next_steps'))})\b(?! not\b)(?!n't)(?!'t)")
            .replace("\\ ", " ")
            .replace(" ", r"\s+")
        )
        shapes = "|".join(
            (
                # you were told at your check-up / you'd been warned before / you were
                # told this on the telephone: the thing told may sit between
                rf"\byou(?: were|'d| had| have|'ve)(?: been)? {adverb}(?:{told})(?: this| that)?"
                rf" (?:{anchors})\b",
                # you were also told that plasterboard can't go in / you had already been
                # warned about this: with no moment, a stressing adverb carries the reproach
                # ("You were told the skip would come on Monday" is not one)
                rf"\byou(?: were|'d| had| have|'ve)(?: been)? (?:{stressed})(?: been)? (?:{told})"
                rf" (?:that|this|twice|about)\b",
                # every customer is told at collection
                rf"\b(?:every|each|all) (?:{roles}) (?:is|are|gets|get|was|were) {adverb}"
                rf"(?:{told}) (?:{anchors}|about|this|that)\b",
                # students are also told at induction: with no "every", the adverb
                # carries the reproach ("Patients are told at the appointment if ..."
                # is how it works)
                rf"\b(?:{roles}) (?:are|were) (?:{adverbs}) (?:{told}) (?:{moments})\b",
                # members are told this at induction: "this" points the rule back at
                # the customer's own case, as the adverb does
                rf"\b(?:{roles}) (?:are|were) (?:{told}) (?:this|that) (?:{moments})\b",
                # I did tell you on the phone / we did send the reminder: the emphatic
                # "did" answers the customer's "you never told me" with "we did"
                # ("what we did send was the old form" is not one, nor "if we did
                # deliver it to the wrong door": a doubt, not a rebuttal)
                # ("the form which we did send was the old one" is the thing sent, so
                # a "was" after the verb ends it)
                rf"(?<!what\s)(?<!which\s)(?<!that\s)(?<!all\s)(?<!if\s)(?<!whether\s)"
                rf"\b(?:i|we) {adverb}did (?:(?:{to_you}) (?:you|{told_when})\b|(?:{emphatic})\b)"
                r"(?! (?:was|is|were|are)\b)",
                # ..., which I did tell you at the fitting: tacked on after the term,
                # only the telling to "you" with its moment ("the parcel, which we did
                # send on Monday, ..." names the thing sent)
                rf"(?<=which\s)(?:i|we) {adverb}did (?:{to_you}) you (?:{anchors})\b",
                # this was explained when you took out the policy
                rf"\b(?:this|that|it|which) (?:was|were|had been|has been) {adverb}"
                rf"(?:{said})(?: to you)? (?:{moments})\b",
                # you were advised that someone over 18 must be in: the officialese
                # telling (``formal``) needs no moment to reproach ("You were told
                # the skip would come on Monday" is not one)
                rf"\byou(?: were|'d| had| have|'ve)(?: been)? {adverb}(?:{formal})"
                rf" (?:that|of this|of the)\b",
                # it was made clear to you / in the covering letter: "made clear" says
                # it could not be missed, wherever it was said ("made clear to us" is
                # what we were told)
                rf"\b(?:this|that|it|which) (?:was|were|had been|has been) {adverb}"
                rf"made (?:very |quite |perfectly |abundantly )?clear\b(?! to (?:us|me)\b)",
            )
        )
        # a space in a shape or a word list matches any run of whitespace
        self.shapes = regexcache.compile(shapes.replace("\\ ", " ").replace(" ", r"\s+"))


@check("told-at-the-time")
def told_at_the_time(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """Each body sentence that reminds the customer they were told at the time,
    unless the same sentence owns a mistake. Only the sentences holding a
    telling verb are searched."""
    options = read_once(rule, _Options)
    words = options.single if ctx.has_any(options.single) else frozenset()
    if ctx.has_any(_DID):
        words = words | _DID
    if ctx.has_any(options.seconds) and any(
        ctx.has_any(first) and ctx.has_any(second) for first, second in options.pairs
    ):
        words = words | options.seconds
    # the presumed words ("received", "read", "seen") are in most drafts; the
    # presumptive perfect also needs "you will" or "you'll" in the draft and
    # "have" in the sentence, so only such sentences are searched for them
    lower = ""
    may_presume = ctx.has_any(options.presumed_words) and ctx.has_any(HAVE)
    if may_presume:
        lower = straighten(ctx.message.own).lower()
        may_presume = "will" in lower or "'ll" in lower
    if not words and not may_presume:
        return
    view = doc_view(ctx.doc, ctx.lower_ids)
    spans = sentence_char_spans(ctx.doc)
    starts = [start for start, _ in spans]
    idx = token_table(ctx.doc).idx
    sentences = {bisect_right(starts, idx[i]) - 1 for i in view.positions(words)}
    if may_presume:
        having = {bisect_right(starts, idx[i]) - 1 for i in view.positions(HAVE)}
        sentences |= having.intersection(
            bisect_right(starts, idx[i]) - 1 for i in view.positions(options.presumed_words)
        )
    body = ctx.message.body
    for k in sorted(sentences):
        if k < 0:
            continue
        start, end = max(spans[k][0], body.start), min(spans[k][1], body.end)
        if start >= end:
            continue
        lower = lower or straighten(ctx.message.own).lower()
        match = options.shapes.search(lower, start, end)
        presumed = match is None
        if presumed:
            match = _presumed(options, lower, start, end)
        if match is None:
            continue
        said = set(_WORD.findall(lower[start:end]))
        if presumed and said & _SENT_AGAIN:
            continue  # "You will have received it, and I've attached it again": a help
        if options.owning & said:
            continue  # "..., and it wasn't; I'm sorry": an admission
        if " did " in match.group() and _spared_did(options, ctx, lower, match, start, end, said):
            continue
        yield ctx.finding(rule, match.start(), match.end())


def _spared_did(
    options: _Options,
    ctx: CheckContext,
    lower: str,
    match: re.Match[str],
    start: int,
    end: int,
    said: set[str],
) -> bool:
    """Whether the emphatic "did" ``match`` of the sentence ``[start, end)`` is
    spared: a hedge ("but it may have gone to spam", not a "might" in what was
    told), unless the "but" only sends it again ("but here it is again"); what it
    leads to ("so it should be with you tomorrow", "and they'll redeliver");
    or a question. ``said``: the sentence's words, as the caller read them."""
    after = match.end()
    hedges = options.hedges & said
    if "may" in hedges and _only_the_month(ctx, start, end):
        hedges = hedges - {"may"}  # "We did send it on 2 May."
    if hedges - _CONCEDING and options.tellings & set(_WORD.findall(match.group())):
        # "We did tell you that the leather might not match": after a telling, a
        # "might" is what was said, and only one past a "but" doubts the telling
        turn = _TURN.search(lower, after, end)
        hedges = (hedges & _CONCEDING) | (
            hedges & set(_WORD.findall(lower[turn.start() : end])) if turn else frozenset()
        )
    if hedges <= {"but"} and _RESENT.search(lower, after, end):
        return False  # "I did put it all in the quote, but here it is again"
    if hedges or options.next_steps.search(lower, after, end):
        return True
    return lower[start:end].rstrip().endswith("?")


def _only_the_month(ctx: CheckContext, start: int, end: int) -> bool:
    """Whether every "may" between ``start`` and ``end`` is the month: a number
    beside it ("on 2 May", "May 3rd") or a capital inside the sentence ("in
    May"), not the modal ("it may have gone to spam", "May I ...")."""
    doc = ctx.doc
    view = doc_view(doc, ctx.lower_ids)
    for i in view.positions(_MAY):
        token = doc[i]
        if not start <= token.idx < end:
            continue
        numbered = (i > 0 and doc[i - 1].like_num) or (i + 1 < len(doc) and doc[i + 1].like_num)
        if not numbered and not (token.is_title and token.idx > start):
            return False
    return True


def _presumed(options: _Options, lower: str, start: int, end: int) -> re.Match[str] | None:
    """ "You will have received ..." in the sentence, unless a time ahead comes
    before it (then it says what will have happened by then)."""
    match = options.presumed.search(lower, start, end)
    if match is None or _AHEAD.search(lower, start, match.start()):
        return None
    return match
