"""Rules as data: the schema of a rule, the ruleset loader and the registry."""

from replycheck.rules.registry import Registry, builtin_ruleset_dir, load_ruleset
from replycheck.rules.schema import Example, Rule

__all__ = ["Example", "Registry", "Rule", "builtin_ruleset_dir", "load_ruleset"]
