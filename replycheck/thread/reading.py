"""The customer's asks and the draft's statements, read once per draft for
every check that matches them: RC201 (``checks.unanswered``) and the stock
rules' test of whether a pitch answers an ask (``checks.stock``).

Both used to read the message and the draft each on their own; the reading
now hangs on the draft's ``Doc`` (``user_data``, emptied when the report is
made), keyed by the lexicon it was read with, and the draft is read only when
a check first asks for its statements.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from replycheck.nlp import straighten
from replycheck.thread.answers import Statement, read_draft
from replycheck.thread.asked import Ask, AskedMessage, read_message

if TYPE_CHECKING:
    from replycheck.context import CheckContext
    from replycheck.thread.lexicon import Lexicon

_KEY: Final = "replycheck.thread.reading"


class ThreadReading:
    """One draft's reading by one lexicon: the customer's ``message`` (its
    asks) now, the draft's statements on first use."""

    __slots__ = ("_ctx", "_lexicon", "_statements", "message")

    def __init__(self, ctx: CheckContext, lexicon: Lexicon, message: AskedMessage) -> None:
        self._ctx = ctx
        self._lexicon = lexicon
        self._statements: list[Statement] | None = None
        self.message = message

    @property
    def asks(self) -> list[Ask]:
        return self.message.asks

    def statements(self) -> list[Statement]:
        """The draft body's sentences as ``Statement``s, read for these asks
        (empty reading options are skipped, as ``read_draft`` allows)."""
        if self._statements is None:
            ctx = self._ctx
            asks = self.message.asks
            body = ctx.message.body
            self._statements = read_draft(
                ctx.doc,
                self._lexicon,
                straighten(ctx.message.own),
                (body.start, body.end),
                windows=any(ask.predicate for ask in asks),
                policies=any(ask.instance or ask.expects == "action" for ask in asks),
                customer=self.message.text,
                known=self.message.vocabulary(),
                agents=any(ask.offered for ask in asks),
            )
        return self._statements


def read_thread(ctx: CheckContext, lexicon: Lexicon) -> ThreadReading | None:
    """The draft's reading by ``lexicon``, made on the first call per draft;
    None when the customer's message is unknown."""
    original_doc = ctx.original_doc
    if original_doc is None:
        return None
    user_data = ctx.doc.user_data
    kept: tuple[Lexicon, ThreadReading] | None = user_data.get(_KEY)
    if kept is not None and kept[0] is lexicon:
        return kept[1]
    reading = ThreadReading(ctx, lexicon, read_message(original_doc, lexicon, customer_text(ctx)))
    user_data[_KEY] = (lexicon, reading)
    return reading


def customer_text(ctx: CheckContext) -> str | None:
    """The text ``ctx.original_doc`` was made from, quote marks straightened
    (saves rebuilding it from tokens)."""
    if ctx.original_where == "original" and ctx.original is not None:
        return straighten(ctx.original.own)
    if ctx.original_where == "quoted" and ctx.message.quoted is not None:
        return straighten(ctx.message.quoted)
    return None
