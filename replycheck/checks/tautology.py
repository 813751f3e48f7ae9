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
    from replycheck.context import CheckContext
    from replycheck.model import Finding
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
        #: a hyphen inside a side ("non-refundable" is three tokens)
        self.joiners = word_ids(frozenset({"-"}))


@check("tautology")
def tautology(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """Each body sentence that opens with "X means X" or "X is X". Only the
    linking verbs a few tokens after a sentence start are looked at."""
    options = read_once(rule, _Options)
    if ctx.lower_ids.isdisjoint(options.verbs):
        return
    view = doc_view(ctx.doc, ctx.lower_ids)
    lowers, starts = view.lowers, view.starts
    table = token_table(ctx.doc)
    body = ctx.message.body
    reported: set[int] = set()
    for verb in view.positions(options.verb_words):
        start = starts[view.sentence_of(verb)]
        if not 0 < verb - start <= options.longest or start in reported:
            continue
        if not body.start <= table.idx[start] < body.end:
            continue
        last = _tautology_end(lowers, table.alpha, table.punct, start, verb, options)
        if last is not None:
            reported.add(start)
            token = ctx.doc[last]
            yield ctx.finding(rule, table.idx[start], token.idx + len(token))


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
