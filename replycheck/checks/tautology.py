"""RC159 rude-tautology: a brush-off that answers with a tautology ("Pending
means pending.", "A deadline is a deadline.", "Rules are rules.").

Saying that a thing is itself explains nothing: the customer hears that the
question was not worth an answer. The shape is what counts, whatever the
word: a sentence that opens with a short phrase (up to ``longest`` tokens), a
linking verb (``verbs``: means, is, are) and the same phrase again, closed
by punctuation. Articles (``skipped``) are ignored in the comparison, so
"A deadline is a deadline" matches; pronouns (``pronouns``) never make a
side ("It is what it is" is a different idiom, "That is that" closes a
list). Every word list is the rule's ``options``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from replycheck.checks import check
from replycheck.checks.options import read_once, word_list
from replycheck.checks.tone_sentences import doc_view
from replycheck.context import word_ids
from replycheck.errors import RulesetError
from replycheck.nlp import token_table

if TYPE_CHECKING:
    from replycheck.checks.tone_sentences import DocView
    from replycheck.context import CheckContext
    from replycheck.model import Finding
    from replycheck.nlp import TokenTable
    from replycheck.rules import Rule


class _Options:
    """The rule's word lists as spaCy string hashes, read once per rule."""

    def __init__(self, rule: Rule) -> None:
        longest = rule.options.get("longest", 3)
        if not isinstance(longest, int) or isinstance(longest, bool) or longest < 1:
            raise RulesetError(f"{rule.source}: rule {rule.code} needs a whole 'longest' >= 1")
        self.longest = longest
        self.verb_words = frozenset(word_list(rule, "verbs"))
        self.verbs = word_ids(self.verb_words)
        self.skipped = word_ids(frozenset(word_list(rule, "skipped")))
        self.pronouns = word_ids(frozenset(word_list(rule, "pronouns")))
        self.when_words = frozenset(word_list(rule, "whens"))
        self.whens = word_ids(self.when_words)
        #: "'ll", "be", "'s": ignored on both sides of "when"
        self.auxiliaries = word_ids(frozenset(word_list(rule, "auxiliaries")))
        #: words after which a clause (and so the tautology) may open mid-sentence
        self.openers = word_ids(frozenset(word_list(rule, "openers")))
        #: a hyphen inside a side ("non-refundable" is three tokens)
        self.joiners = word_ids(frozenset({"-"}))


@check("tautology")
def tautology(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """Each body sentence that opens with "X means X" or "X is X". Only the
    linking verbs a few tokens after a sentence start are looked at."""
    options = read_once(rule, _Options)
    has_verbs = not ctx.lower_ids.isdisjoint(options.verbs)
    if not has_verbs and ctx.lower_ids.isdisjoint(options.whens):
        return
    view = doc_view(ctx.doc, ctx.lower_ids)
    lowers, starts = view.lowers, view.starts
    table = token_table(ctx.doc)
    body = ctx.message.body
    reported: set[int] = set()
    yield from _when_tautologies(rule, ctx, view, table, options, reported)
    if not has_verbs:
        return
    for verb in view.positions(options.verb_words):
        sentence_start = starts[view.sentence_of(verb)]
        if sentence_start in reported:
            continue
        for start in _clause_starts(lowers, sentence_start, verb, options):
            if not body.start <= table.idx[start] < body.end:
                continue
            last = _tautology_end(lowers, table.alpha, table.punct, start, verb, options)
            if last is not None:
                reported.add(sentence_start)
                token = ctx.doc[last]
                yield ctx.finding(rule, table.idx[start], token.idx + len(token))
                break


def _clause_starts(
    lowers: list[int], sentence_start: int, verb: int, options: _Options, longest: int = 0
) -> Iterable[int]:
    """Where the phrase before ``verb`` may open: the sentence start, or just
    after a clause opener ("Kindly understand that the due date is the due
    date."), at most ``longest`` tokens before the verb."""
    for start in range(max(sentence_start, verb - (longest or options.longest)), verb):
        if start == sentence_start or lowers[start - 1] in options.openers:
            yield start


def _when_tautologies(
    rule: Rule,
    ctx: CheckContext,
    view: DocView,
    table: TokenTable,
    options: _Options,
    reported: set[int],
) -> Iterable[Finding]:
    """Each body clause of the shape "it gets here when it gets here" or
    "it'll be ready when it's ready": the same words on both sides of
    "when", auxiliaries aside, closed by punctuation; a pronoun may stand
    for the subject on the right ("your refund will be processed when it's
    processed")."""
    lowers, starts = view.lowers, view.starts
    body = ctx.message.body
    n = len(lowers)
    for when in view.positions(options.when_words):
        sentence_start = starts[view.sentence_of(when)]
        if sentence_start in reported:
            continue
        # auxiliaries make the side longer: "it'll be ready" is four tokens
        for start in _clause_starts(lowers, sentence_start, when, options, 2 * options.longest):
            if not body.start <= table.idx[start] < body.end:
                continue
            left = _when_side(lowers, table.alpha, start, when, options)
            if left is None:
                continue
            end = when + 1 + (when - start)
            for stop in range(when + 2, min(end, n) + 1):  # the right side may be shorter
                if stop < n and not table.punct[stop]:
                    continue
                right = _when_side(lowers, table.alpha, when + 1, stop, options)
                if _same_clause(left, right, options):
                    reported.add(sentence_start)
                    token = ctx.doc[stop - 1]
                    yield ctx.finding(rule, table.idx[start], token.idx + len(token))
                break
            if sentence_start in reported:
                break


def _same_clause(left: list[int], right: list[int] | None, options: _Options) -> bool:
    """Whether ``right`` repeats ``left``, or repeats its ending after a
    pronoun standing for its subject ("the packs will be ready when they're
    ready")."""
    if right is None:
        return False
    if right == left:
        return True
    tail = right[1:]
    return right[0] in options.pronouns and len(left) > len(tail) and left[-len(tail) :] == tail


def _when_side(
    lowers: list[int], alpha: list[int], start: int, stop: int, options: _Options
) -> list[int] | None:
    """The words from ``start`` to ``stop`` without auxiliaries, or None when
    one is not a word or fewer than two are left."""
    if not all(alpha[j] or lowers[j] in options.auxiliaries for j in range(start, stop)):
        return None
    side = [w for w in lowers[start:stop] if w not in options.auxiliaries]
    return side if len(side) >= 2 else None


def _tautology_end(
    lowers: list[int],
    alpha: list[int],
    punct: list[int],
    start: int,
    verb: int,
    options: _Options,
) -> int | None:
    """Index of the last word of "X means X" opening at ``start`` with its
    linking verb at ``verb``, or None."""
    joiners = options.joiners
    if not all(alpha[j] or lowers[j] in joiners for j in range(start, verb)):
        return None
    left = [w for w in lowers[start:verb] if w not in options.skipped]
    if not left or options.pronouns & set(left):
        return None
    end = verb + 1 + (verb - start)  # the same number of tokens on the right
    n = len(lowers)
    if end > n or not all(alpha[j] or lowers[j] in joiners for j in range(verb + 1, end)):
        return None
    right = [w for w in lowers[verb + 1 : end] if w not in options.skipped]
    if right != left or (end < n and not punct[end]):
        return None
    return end - 1
