"""RC119 rude-compared-with-others: the customer held up against other
customers who cope ("Most patients simply get on with it.", "Other riders
seem to cope fine with the gears.", "Everyone else seems to manage.").

Saying that others manage tells the customer the problem is them. The shape
is what counts, in any industry: a group of other customers as the subject
(a quantifier and a role noun, "most borrowers", "our other members", or
"everyone else", "no other passenger") and, within ``reach`` words, a
predicate of coping ("manage", "cope", "get on with it", "have no trouble",
"without any problems"). Information about what customers receive or report
("Most customers receive their refund within 5 days", "Other guests have
also reported the noise") and advice ("Many patients find a warm compress
helps") are not comparisons. Every word list is the rule's ``options``.

Read on the token arrays every check shares: the roles are looked up in the
draft's word index, so a draft with none costs one set test.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from replycheck.checks import check
from replycheck.checks.options import read_once, word_list
from replycheck.context import word_ids
from replycheck.errors import RulesetError
from replycheck.nlp import sentence_char_spans, sentence_token_starts, token_table, word_positions

if TYPE_CHECKING:
    from replycheck.context import CheckContext
    from replycheck.model import Finding
    from replycheck.rules import Rule

Ids = tuple[int, ...]


class _Options:
    """The rule's word lists as spaCy string hashes, read once per rule."""

    def __init__(self, rule: Rule) -> None:
        from replycheck.nlp import word_id

        options = rule.options

        def phrases(name: str) -> tuple[Ids, ...]:
            return tuple(tuple(map(word_id, p.split())) for p in word_list(rule, name))

        reach = options.get("reach", 10)
        if not isinstance(reach, int) or isinstance(reach, bool) or reach < 1:
            raise RulesetError(f"{rule.source}: rule {rule.code} needs a whole 'reach' >= 1")
        self.reach = reach
        self.quantifiers = word_ids(frozenset(word_list(rule, "quantifiers")))
        self.skippable = word_ids(frozenset(word_list(rule, "skippable")))
        self.roles = word_ids(frozenset(word_list(rule, "roles")))
        self.others = phrases("others")
        self.predicates = phrases("predicates")
        #: the word each group ends with: a draft with none names no group
        self.anchors = self.roles | frozenset(p[-1] for p in self.others)
        self.predicate_firsts = frozenset(p[0] for p in self.predicates)
        self.ends = frozenset(map(word_id, ".!?;"))
        #: what may come right before the group when it does not start the
        #: sentence: it must be a subject ("..., but most members manage")
        self.openers = word_ids(frozenset(word_list(rule, "openers")))
        #: knowing predicates ("know", "are aware") count only when not negated:
        #: "most people don't know this" reassures, "most owners know" talks down
        self.knowing = phrases("knowing")
        self.knowing_firsts = frozenset(p[0] for p in self.knowing)
        self.negators = word_ids(frozenset(word_list(rule, "negators")))
        #: "it's good to know" after the group is our aside, not what they know:
        #: "Most people don't, but it's good to know."
        self.asides = phrases("knowing_asides") if "knowing_asides" in options else ()
        self.predicate_firsts |= self.knowing_firsts
        #: after a group that starts with a negative ("nobody else", "no other
        #: household"), having had trouble is the comparison: "Nobody else on your
        #: street has had a problem" (after "most members" it would admit one)
        self.nobody = word_ids(frozenset(word_list(rule, "nobody")))
        self.troubles = phrases("troubles")
        self.trouble_firsts = frozenset(p[0] for p in self.troubles)
        #: "Most people take one to two weeks to get used to them": others
        #: needing time to cope share the customer's trouble, they do not show
        #: it up (a time word between the taking and the coping)
        self.taking = word_ids(frozenset(word_list(rule, "taking")))
        self.durations = word_ids(frozenset(word_list(rule, "durations")))
        #: "most customers know us from our shops": knowing the business
        self.us = word_id("us")
        #: "Lots of people come on their own": coming or joining alone is how
        #: others attend, company for the customer, not coping unaided
        self.alone = phrases("alone") if "alone" in options else ()
        self.arriving = (
            word_ids(frozenset(word_list(rule, "arriving"))) if self.alone else frozenset()
        )


@check("compared-with-others")
def compared_with_others(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """Each body sentence that says other customers cope."""
    options = read_once(rule, _Options)
    ids = ctx.lower_ids
    if ids.isdisjoint(options.anchors) or ids.isdisjoint(options.predicate_firsts):
        return
    doc = ctx.doc
    lowers = token_table(doc).lower
    idx = token_table(doc).idx
    positions = word_positions(doc)
    anchors = sorted(i for word in ids & options.anchors for i in positions[word])
    starts = sentence_token_starts(doc)
    spans = sentence_char_spans(doc)
    body = ctx.message.body
    text = ctx.message.own
    reported: set[int] = set()
    first_tokens = set(starts)
    for at in anchors:
        if not body.start <= idx[at] < body.end:
            continue
        group = _group_start(lowers, at, options)
        if group is None:
            continue
        if group not in first_tokens and lowers[group - 1] not in options.openers:
            continue  # not a subject: "we've spoken to the other customers"
        s = bisect_right(starts, at) - 1
        if s < 0 or s in reported:
            continue
        if _coping_after(lowers, at + 1, options) or (
            lowers[group] in options.nobody and _trouble_after(lowers, at + 1, options)
        ):
            start, end = max(spans[s][0], body.start), min(spans[s][1], body.end)
            sentence = text[start:end].strip()
            if sentence and not sentence.endswith("?"):
                reported.add(s)
                first = start + text[start:end].index(sentence[0])
                yield ctx.finding(rule, first, first + len(sentence))


def _group_start(lowers: Sequence[int], at: int, options: _Options) -> int | None:
    """Where a group of other customers ending at token ``at`` starts
    ("everyone else", "plenty of our other members"), or None."""
    for phrase in options.others:
        n = len(phrase)
        if at + 1 >= n and tuple(lowers[at + 1 - n : at + 1]) == phrase:
            return at + 1 - n
    if lowers[at] not in options.roles:
        return None
    # up to four words back, all quantifiers or skippable, one a quantifier;
    # one modifier may sit right before the role ("most dog owners")
    start = None
    for before in range(at - 1, max(-1, at - 5), -1):
        word = lowers[before]
        if word in options.quantifiers:
            start = before
        elif before == at - 1 and before > 0 and lowers[before - 1] in options.quantifiers:
            continue
        elif word not in options.skippable:
            break
    if start is not None:
        while start > 0 and lowers[start - 1] in options.skippable:
            start -= 1  # "Our other tenants": the group starts at "our"
    return start


def _starts_phrase(lowers: Sequence[int], j: int, phrases: Iterable[tuple[int, ...]]) -> bool:
    """Whether one of ``phrases`` (tuples of lower-case ids) starts at ``j``."""
    return any(tuple(lowers[j : j + len(p)]) == p for p in phrases)


def _within_reach(
    lowers: Sequence[int], start: int, options: _Options, found: Callable[[int], bool]
) -> bool:
    """Whether ``found`` holds at a token within ``reach`` tokens of ``start``,
    before the sentence ends."""
    for j in range(start, min(len(lowers), start + options.reach)):
        if lowers[j] in options.ends:
            return False
        if found(j):
            return True
    return False


def _coping_after(lowers: Sequence[int], start: int, options: _Options) -> bool:
    """Whether a coping predicate ("manage", "know not to") starts within
    ``reach`` tokens of ``start``, before the sentence ends."""

    def coping(j: int) -> bool:
        word = lowers[j]
        if word in options.predicate_firsts and _starts_phrase(lowers, j, options.predicates):
            return not _took_time(lowers[start:j], options) and not _attend_alone(
                lowers, j, options
            )
        return (
            word in options.knowing_firsts
            and lowers[j - 1] not in options.negators
            and not any(tuple(lowers[j - len(p) : j]) == p for p in options.asides)
            and (j + 1 >= len(lowers) or lowers[j + 1] != options.us)
            and _starts_phrase(lowers, j, options.knowing)
        )

    return _within_reach(lowers, start, options, coping)


def _attend_alone(lowers: Sequence[int], j: int, options: _Options) -> bool:
    """Whether the coping predicate at ``j`` is "on their own" / "by
    themselves" right after a verb of coming or joining ("Lots of people come
    on their own", "most guests travel by themselves"): it says others attend
    alone, which reassures, not that they cope unaided ("most customers set it
    up on their own")."""
    return j >= 1 and lowers[j - 1] in options.arriving and _starts_phrase(lowers, j, options.alone)


def _took_time(between: Sequence[int], options: _Options) -> bool:
    """Whether the words between the group and its coping say the group
    needed time for it ("take one to two weeks to get used to them")."""
    taken = next((k for k, word in enumerate(between) if word in options.taking), None)
    return taken is not None and not options.durations.isdisjoint(between[taken + 1 :])


def _trouble_after(lowers: Sequence[int], start: int, options: _Options) -> bool:
    """Whether having had trouble ("has had a problem", "reported any issues")
    starts within ``reach`` tokens of ``start``, before the sentence ends."""
    return _within_reach(
        lowers,
        start,
        options,
        lambda j: (
            lowers[j] in options.trouble_firsts and _starts_phrase(lowers, j, options.troubles)
        ),
    )
