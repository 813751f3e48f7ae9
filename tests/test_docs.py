"""Generated docs stay in step with the rules they describe."""

from __future__ import annotations

from pathlib import Path

from replycheck.docs import rules_markdown
from replycheck.rules import Registry

ROOT = Path(__file__).resolve().parent.parent


def test_rules_md_is_generated_from_the_current_rulesets():
    current = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert current == rules_markdown(Registry.load()), "regenerate: python -m replycheck.docs"


def test_every_rule_is_in_the_reference_under_its_principle():
    text = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for rule in Registry.load():
        assert f"### {rule.code}" in text
