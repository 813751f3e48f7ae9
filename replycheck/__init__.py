"""replycheck: a linter for customer-service email replies.

    import replycheck
    report = replycheck.check(draft, original=customer_text)
    for finding in report.findings:
        print(finding.line, finding.column, finding.code, finding.message)

Importing this package is cheap: spaCy and the rules load on first use.
"""

from replycheck.checker import Checker, check
from replycheck.config import Config
from replycheck.errors import ConfigError, InputError, ReplycheckError, RulesetError
from replycheck.model import Asked, Clarity, Finding, Report

__version__ = "0.1.0"

__all__ = [
    "Asked",
    "Checker",
    "Clarity",
    "Config",
    "ConfigError",
    "Finding",
    "InputError",
    "ReplycheckError",
    "Report",
    "RulesetError",
    "__version__",
    "check",
]
