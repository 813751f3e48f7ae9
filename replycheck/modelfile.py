"""Reading the learned models that ship as data beside the rulesets (the tone
backstop's ``tone-model.json``, RC201's ``answered-model.json``)."""

from __future__ import annotations

import json
from typing import Any

from replycheck.errors import RulesetError


def read_model_file(path: str, what: str) -> dict[str, Any]:
    """The JSON object in the model file at ``path``; a ``RulesetError`` that
    names the file and ``what`` it should hold when it cannot be read or is
    not an object (each model then checks its own fields)."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError) as exc:
        raise RulesetError(f"{path}: cannot read the {what} ({exc})") from None
    if not isinstance(data, dict):
        article = "an" if what[:1] in "aeiou" else "a"
        raise RulesetError(f"{path}: not {article} {what} (expected a JSON object)")
    return data
