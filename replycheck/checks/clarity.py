"""Clarity findings: what drags a draft's clarity score down, at the spans a
writer can fix (principle ``communicate-clearly``).

All four read the same measurements as the score (``replycheck.clarity.analyse``,
done once per draft), and every threshold is the rule's ``options`` in
rulesets/clarity.toml, so a team re-tunes them in data. docs/clarity.md
explains the numbers.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from replycheck.checks import check
from replycheck.clarity import SUBSCORES, analyse, subscores

if TYPE_CHECKING:
    from replycheck.context import CheckContext
    from replycheck.model import Finding
    from replycheck.rules import Rule


def _option(rule: Rule, name: str, default: Any) -> Any:
    """A numeric option of the rule, falling back to the documented default."""
    value = rule.options.get(name, default)
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else default


@check("long-sentence")
def long_sentence(rule: Rule, ctx: CheckContext) -> Iterator[Finding]:
    """A sentence over ``info_words`` words is info; over ``warning_words`` it
    takes the rule's severity (readers lose the thread of a long sentence)."""
    info_words = _option(rule, "info_words", 30)
    warning_words = _option(rule, "warning_words", 40)
    for sentence in analyse(ctx.doc, ctx.message).sentences:
        if sentence.words <= info_words:
            continue
        message = (
            f"This sentence runs to {sentence.words} words; readers lose the thread "
            "after about 25. Split it into two or three."
        )
        finding = ctx.finding(rule, sentence.start, sentence.end, message=message)
        if sentence.words <= warning_words:
            finding = replace(finding, severity="info")
        yield finding


@check("wall-of-text")
def wall_of_text(rule: Rule, ctx: CheckContext) -> Iterator[Finding]:
    """A body paragraph of more than ``max_words`` words."""
    max_words = _option(rule, "max_words", 120)
    for paragraph in analyse(ctx.doc, ctx.message).paragraphs:
        if paragraph.words > max_words:
            message = (
                f"This paragraph is {paragraph.words} words long; on a screen it reads "
                "as a wall of text. Break it up, one point per paragraph."
            )
            yield ctx.finding(rule, paragraph.start, paragraph.end, message=message)


@check("passive-heavy-sentence")
def passive_heavy_sentence(rule: Rule, ctx: CheckContext) -> Iterator[Finding]:
    """A sentence with ``min_passives`` or more passive constructions: it hides
    who does what, which is what the customer wants to know."""
    min_passives = _option(rule, "min_passives", 2)
    for sentence in analyse(ctx.doc, ctx.message).sentences:
        if sentence.passives >= min_passives:
            yield ctx.finding(rule, sentence.start, sentence.end)


@check("low-clarity-score")
def low_clarity_score(rule: Rule, ctx: CheckContext) -> Iterator[Finding]:
    """The whole reply scores below ``below``: one finding at the body's first
    sentence, naming the measures that cost the most points.

    The span is the first sentence, not the whole body, so it is where a
    reader starts and does not swallow the other clarity findings (findings of
    one category that overlap are merged into one).
    """
    below = _option(rule, "below", 50)
    min_words = _option(rule, "min_words", 20)
    analysis = analyse(ctx.doc, ctx.message)
    clarity = analysis.clarity
    if not analysis.sentences or clarity.measures.get("words", 0) < min_words:
        return
    if clarity.score >= below:
        return
    parts = subscores(clarity.measures)
    lost = sorted(SUBSCORES, key=lambda part: (parts[part.measure] - 1) * part.weight)
    worst = [part.label for part in lost[:2] if parts[part.measure] < 1.0]
    message = f"Clarity score {clarity.score:.0f}/100 (below {below:g})"
    message += f": mostly {' and '.join(worst)}." if worst else "."
    first = analysis.sentences[0]
    yield ctx.finding(rule, first.start, first.end, message=message)


@check("shorthand-jargon")
def shorthand_jargon(rule: Rule, ctx: CheckContext) -> Iterator[Finding]:
    """Each shorthand word ("pls", "orig"), insider acronym ("SCIM") or
    camelCase identifier in the body; ``allow`` lists the ones a team's
    customers know (they still count in the score's ``jargon_share``)."""
    allowed = {str(word).lower() for word in rule.options.get("allow", [])}
    for start, end in analyse(ctx.doc, ctx.message).jargon:
        if ctx.text[start:end].lower() not in allowed:
            yield ctx.finding(rule, start, end)
