"""Refusal wording read in several places, written once: saying a thing
can't be done ("can't", "cannot", "can not", "unable").

A small module of its own (like calendar_words.py) so the closing check
can share it with the thread's readings without the tone checks pulling
in thread code. The pieces are regular-expression fragments with no group
and no word boundary: each user sets them inside its own alternation,
beside the wording only it reads, which differs on purpose:

- ``checks.closing.REFUSES``: bad news we have just told, before an
  acknowledgement of it; also "not able", "won't be able", "not something
  we", "not possible" and "I'm afraid" (what a refusal to the customer
  opens with).
- ``thread.answered._WHO_SAID``: an act refused to anyone ("season tickets
  can't be passed on"); also "not (be) allowed / permitted / possible".
- ``thread.asked._NEGATED``: any negation in a condition ("if not", "if
  you won't"); also "not", "no", "never" and the other negated auxiliaries.
- ``thread.type_veto._LEAVE_REFUSED``: a rule that refuses with no "no";
  only the negated modal, before "be" and a past participle ("deadlines
  can't be moved"), beside "is not accepted" and "non-refundable".
- ``thread.slot_offers._TURNED_DOWN``: a visit turned down; also "won't",
  "not able" and nobody to send.
- ``checks.stepped._REFUSES``: a refusal between a list of steps and a
  shrug of ease ("That's all there is to it."); also a bare "won't" ("We
  won't waive it"), "not able" and "not possible".

The apostrophe is the straight one: the thread reads straightened text
(``nlp.straighten``). The closing check reads the draft as written, and
adds the curly "can’t" beside its use.
"""

from __future__ import annotations

#: The modal "can" negated, closed or open: "can't", "cannot", "can not".
CANNOT = r"can't|cannot|can\s+not"
#: Saying a thing can't be done: the negated modal (``CANNOT``) or "unable".
CANNOT_OR_UNABLE = CANNOT + r"|unable"
