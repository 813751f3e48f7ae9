"""Errors a user can cause. Each carries a message a person can act on; the
CLI prints it as one line and exits with code 2."""

from __future__ import annotations


class ReplycheckError(Exception):
    """Base class of every error replycheck raises on purpose."""


class InputError(ReplycheckError):
    """The draft or the customer's message cannot be read as an email."""


class ConfigError(ReplycheckError):
    """A configuration file or option is malformed."""


class RulesetError(ReplycheckError):
    """A ruleset file is malformed or a rule is inconsistent."""
