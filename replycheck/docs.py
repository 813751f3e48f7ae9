"""Rule documentation generated from the registry, in ruff's fixed shape
(what it does, why it matters, example, use instead), for ``--explain`` and
docs/rules.md. Regenerate the file with ``python -m replycheck.docs``; a
test fails when it is stale."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from replycheck.rules import Registry, Rule
from replycheck.rules.principles import PRINCIPLES

RULES_MD = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def _marked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    out, cursor = [], 0
    for start, end in spans:
        out += [text[cursor:start], "[[", text[start:end], "]]"]
        cursor = end
    out.append(text[cursor:])
    return "".join(out)


def explain(rule: Rule) -> str:
    """Plain-text explanation of one rule, for the terminal."""
    lines = [
        f"{rule.code} {rule.name}",
        f"category: {rule.category}   severity: {rule.severity}   kind: {rule.kind}",
        f"principle: {PRINCIPLES[rule.principle]}",
        "",
        f"What it does: {rule.message}",
    ]
    if rule.why:
        lines += ["", f"Why it matters: {rule.why}"]
    if rule.bad:
        example = rule.bad[0]
        lines += ["", "Example (flagged part in [[ ]]):"]
        if example.original:
            lines += ["  customer: " + _marked(example.original, example.original_spans)]
        lines += ["  " + line for line in _marked(example.text, example.spans).splitlines()]
    if rule.instead or rule.good:
        lines += ["", "Use instead:"]
        if rule.instead:
            lines.append("  " + rule.instead)
        if rule.good:
            lines += ["  " + line for line in rule.good[0].text.splitlines()]
    suggestions = rule.suggestions or tuple(
        s for alternatives in rule.phrase_suggestions.values() for s in alternatives
    )
    if suggestions:
        lines += ["", "Suggestions: " + " / ".join(dict.fromkeys(suggestions[:6]))]
    lines += ["", f"Defined in: {Path(rule.source).name}"]
    return "\n".join(lines)


def _fence(text: str) -> list[str]:
    return ["```text", *text.splitlines(), "```"]


def rules_markdown(registry: Registry) -> str:
    """docs/rules.md: every rule, grouped by the principle it enforces."""
    lines = [
        "# Rule reference",
        "",
        "Generated from rulesets/ by `python -m replycheck.docs`; do not edit by hand.",
        "Select, ignore or re-level any rule by code, code prefix, name or category "
        "(see docs/usage.md).",
        "",
        "| code | name | category | severity | kind |",
        "| --- | --- | --- | --- | --- |",
    ]
    rules = list(registry)
    for rule in rules:
        lines.append(
            f"| [{rule.code}](#{rule.code.lower()}) | {rule.name} | {rule.category} "
            f"| {rule.severity} | {rule.kind} |"
        )
    for principle, text in PRINCIPLES.items():
        group = [rule for rule in rules if rule.principle == principle]
        if not group:
            continue
        lines += ["", f"## {text}", ""]
        for rule in group:
            lines += [
                f"### {rule.code}",
                "",
                f"**{rule.name}** — category `{rule.category}`, severity `{rule.severity}`, "
                f"kind `{rule.kind}`.",
                "",
                f"**What it does.** {rule.message}",
                "",
            ]
            if rule.why:
                lines += [f"**Why it matters.** {rule.why}", ""]
            lines += ["**Example** (the flagged words in `[[ ]]`):", ""]
            example = rule.bad[0]
            if example.original:
                lines += ["Customer wrote:", ""]
                lines += [*_fence(_marked(example.original, example.original_spans)), ""]
            lines += [*_fence(_marked(example.text, example.spans)), ""]
            lines += ["**Use instead.** " + (rule.instead or ""), ""]
            lines += [*_fence(rule.good[0].text), ""]
    return "\n".join(lines).rstrip() + "\n"


def main() -> None:
    text = rules_markdown(Registry.load())
    if "--check" in sys.argv:
        current = RULES_MD.read_text(encoding="utf-8") if RULES_MD.exists() else ""
        sys.exit(0 if current == text else 1)
    RULES_MD.parent.mkdir(exist_ok=True)
    RULES_MD.write_text(text, encoding="utf-8")
    print(f"wrote {RULES_MD}")


if __name__ == "__main__":
    main()
