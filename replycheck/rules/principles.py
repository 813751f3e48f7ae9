"""The guidance each rule enforces (DESIGN.md, "The guidance it enforces").

Every rule cites one of these ids in its ``principle`` key; the rule
reference in docs/ groups rules under them.
"""

from __future__ import annotations

PRINCIPLES: dict[str, str] = {
    "courteous": (
        "Avoid phrases that can be taken as rude or demanding; stay calm, courteous, "
        "never confrontational."
    ),
    "answer-what-was-asked": (
        "Answer what was asked; the worst reply ignores the customer's requests."
    ),
    "end-on-a-good-note": (
        "End on a good note; don't end by reminding them of the problem; "
        "don't apologize again at the close."
    ),
    "no-unasked-stock-talk": "Don't talk about stock unless they asked.",
    "communicate-clearly": "Communicate clearly; re-read before sending.",
    "make-it-right": (
        "Don't just apologize, make it right; give alternatives; give a time frame; "
        "thank them; acknowledge what they said."
    ),
}
