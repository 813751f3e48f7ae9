"""RC137 blame-customers-at-large: the fault put on customers in general or
on a missing act, rather than on "you" ("A click after a service is almost
always down to the rider changing gear", "If borrowers brought items to the
desk, this would not happen", "The chicken should have been fine if the box
was brought inside promptly").

The customer-caused check (RC138) reads faults laid on "you". Agents often
say the same at one remove: a customer role ("the rider", "borrowers",
"customers") as the cause, a counterfactual about what customers do, or a
passive counterfactual whose missing act can only be the customer's. Three
shapes, each a pattern in the rule's ``options`` with the role nouns filled
in from ``roles``:

- ``causes``: a cause word, then customers as the cause ("down to the
  rider", "usually caused by users"), or a fault said to happen when
  customers act ("the error occurs when customers upload blurred images");
- ``counterfactuals``: "if" customers did something, this would not happen;
- ``avoidable``: "could have been avoided / should have been fine if ...",
  unless the if-clause is about us ("if we had checked the address").

A sentence that says no fault was done (``absolving``: "..., which is fine
by us") is not flagged. It defers to blame findings already on the sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING

from replycheck import regexcache
from replycheck.checks import check
from replycheck.checks.options import alternation, read_once, word_list
from replycheck.context import word_ids
from replycheck.errors import RulesetError
from replycheck.nlp import sentence_char_spans, straighten

if TYPE_CHECKING:
    from replycheck.context import CheckContext
    from replycheck.model import Finding
    from replycheck.rules import Rule


class _Options:
    """The rule's patterns, compiled once per rule."""

    def __init__(self, rule: Rule) -> None:
        options = rule.options

        roles = alternation(word_list(rule, "roles"))
        cues = options.get("cues")
        if not isinstance(cues, dict):
            raise RulesetError(f"{rule.source}: rule {rule.code} needs a table 'cues'")
        #: (cue strings, patterns) per shape: a shape's patterns run only on a
        #: body holding one of its cues (plain substring tests, cheap)
        self.shapes: list[tuple[tuple[str, ...], list[re.Pattern[str]]]] = []
        for name in ("causes", "counterfactuals", "avoidable"):
            compiled = []
            for source in word_list(rule, name):
                try:
                    compiled.append(regexcache.compile(source.replace("{roles}", f"(?:{roles})")))
                except re.error as exc:
                    raise RulesetError(
                        f"{rule.source}: rule {rule.code} has a bad pattern in '{name}': {exc}"
                    ) from None
            shape_cues = cues.get(name)
            if not isinstance(shape_cues, list) or not shape_cues:
                raise RulesetError(f"{rule.source}: rule {rule.code} needs cues for '{name}'")
            self.shapes.append((tuple(str(c).lower() for c in shape_cues), compiled))
        #: a draft holding none of these holds none of the shapes
        self.gate = word_ids(frozenset(word_list(rule, "gate")))
        #: a sentence saying one of these finds no fault ("..., which is fine by us")
        self.absolving = tuple(word_list(rule, "absolving"))


@check("customers-at-large")
def customers_at_large(rule: Rule, ctx: CheckContext) -> Iterable[Finding]:
    """Each body sentence that puts the fault on customers at one remove."""
    options = read_once(rule, _Options)
    if ctx.lower_ids.isdisjoint(options.gate):
        return
    text = straighten(ctx.message.own)
    lower = text.lower()
    body = ctx.message.body
    spans = sentence_char_spans(ctx.doc)
    starts = [start for start, _ in spans]
    found = {
        bisect_right(starts, match.start()) - 1
        for cues, patterns in options.shapes
        if any(lower.find(cue, body.start, body.end) >= 0 for cue in cues)
        for pattern in patterns
        for match in pattern.finditer(lower, body.start, body.end)
    }
    for s in sorted(found):
        start, end = max(spans[s][0], body.start), min(spans[s][1], body.end)
        if start >= end or any(lower.find(p, start, end) >= 0 for p in options.absolving):
            continue
        sentence = text[start:end].strip()
        if sentence and not sentence.endswith("?"):
            first = start + text[start:end].index(sentence[0])
            yield ctx.finding(rule, first, first + len(sentence))
