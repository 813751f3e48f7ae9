"""The checker: load rules and the NLP pipeline once, then check drafts.

Flow (one direction): input text -> parsed ``Message`` (views, regions) ->
one spaCy pass per text -> data rules and code checks -> findings ->
``Report``.
"""

from __future__ import annotations

import gc
from bisect import bisect_left, bisect_right, insort
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING, Any, Final

from replycheck.config import Config
from replycheck.errors import ReplycheckError, RulesetError
from replycheck.model import (
    SEVERITY_RANK,
    Asked,
    Clarity,
    Finding,
    Report,
    Where,
    line_and_column,
)
from replycheck.rules import Registry, Rule

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc

    from replycheck.checks import CheckFn
    from replycheck.context import CheckContext
    from replycheck.message import Message
    from replycheck.message.reading import Stages
    from replycheck.nlp import Pipeline
    from replycheck.rules.matching import RuleMatcher
    from replycheck.workers import Answering

#: What ``check_many`` accepts per item: a draft, or ``(draft, original)``,
#: or ``(draft, original, source)``; text or bytes, as ``check`` takes them.
Item = (
    str
    | bytes
    | tuple[str | bytes, str | bytes | None]
    | tuple[str | bytes, str | bytes | None, str]
)

_BATCH: Final = 64
#: Drafts per chunk with several processes, checked by a worker or by the
#: caller: small, so that when the input runs out the caller waits for at most
#: a few small chunks of the workers' (the tail), at one pickled task per
#: chunk sent.
_PARALLEL_BATCH: Final = 16
#: Drafts per chunk at the end of the input (the last ``in_flight`` full
#: chunks' worth): when the input runs out, the caller waits only for what the
#: workers still hold, so they should hold little.
_TAIL_BATCH: Final = 2
#: Chunks the caller checks itself while waiting for the oldest chunk a
#: worker has (reports it must hold back to keep the order).
_AHEAD: Final = 4
#: Chunks each worker may have unfinished: one it checks and two queued, so it
#: never waits while the caller checks a chunk of its own, even when the
#: caller has yet to see (its executor thread waiting for the lock) that the
#: worker finished one.
_IN_FLIGHT_PER_WORKER: Final = 3
_NO_CLARITY: Final = Clarity(score=0.0, reading_ease=0.0, grade_level=0.0)


class _Prepared:
    """A draft read and parsed, with the customer's message when known.

    A plain class, not a dataclass: compiled by mypyc, a dataclass evaluates
    its annotations at import, and ``Message`` is imported only for type
    checking."""

    __slots__ = (
        "draft_given",
        "draft_moves",
        "message",
        "original",
        "original_given",
        "original_moves",
        "original_where",
        "source",
    )

    def __init__(
        self,
        source: str,
        message: Message,
        original: Message | None,
        original_where: Where | None,
        draft_given: str | None = None,
        original_given: str | None = None,
        draft_moves: Stages = (),
        original_moves: Stages = (),
    ) -> None:
        self.source = source
        self.message = message
        self.original = original
        self.original_where = original_where
        # the text the caller gave (HTML, or plain text with a gap closed
        # inside a line or a hard wrap read as a space, or with hurried
        # spellings read tidy), when the text read is its layout
        self.draft_given = draft_given
        self.original_given = original_given
        # where the layout's moved word pieces and entities stand in that
        # text: the moves of each layout in turn (``reading.layout_offset``),
        # the tidy spelling's (``replycheck.message.tidy``) last
        self.draft_moves = draft_moves
        self.original_moves = original_moves


class Checker:
    """Checks drafts with one configuration; build once, reuse for every draft.

    Building is cheap: rules are read at once, but spaCy and the matchers are
    loaded on the first check.
    """

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self.registry = Registry.load(self.config.rulesets)
        self.rules: list[Rule] = self.registry.select(
            self.config.select, self.config.ignore, dict(self.config.severity)
        )
        self._fail_rank = SEVERITY_RANK[self.config.fail_on]
        # Lazy attributes, filled on first use (explicit rather than
        # ``functools.cached_property``, which a mypyc-compiled class turns
        # into a plain property that works everything out on every read).
        self._pipeline: Pipeline | None = None
        self._capabilities_: frozenset[str] | None = None
        self._matcher_: RuleMatcher | None = None
        self._active_rules_: list[Rule] | None = None
        self._code_checks_: list[tuple[Rule, CheckFn]] | None = None
        self._deferring_: dict[str, frozenset[str]] | None = None
        self._deferring_last_: frozenset[str] | None = None
        self._deferring_in_sentence_: dict[str, frozenset[str]] | None = None
        self._deferring_unless_: dict[str, frozenset[str]] = {}
        self._accompanied_: dict[str, frozenset[str]] | None = None

    # -- loading -------------------------------------------------------------

    @property
    def pipeline(self) -> Pipeline:
        value = self._pipeline
        if value is None:
            value = self._pipeline = self._make_pipeline()
        return value

    def _make_pipeline(self) -> Pipeline:
        from replycheck.nlp import shared_pipeline

        return shared_pipeline(self.config.model)

    @property
    def _capabilities(self) -> frozenset[str]:
        value = self._capabilities_
        if value is None:
            value = self._capabilities_ = self._make_capabilities()
        return value

    def _make_capabilities(self) -> frozenset[str]:
        return frozenset(self.pipeline.capabilities())

    @property
    def _matcher(self) -> RuleMatcher:
        value = self._matcher_
        if value is None:
            value = self._matcher_ = self._make_matcher()
        return value

    def _make_matcher(self) -> RuleMatcher:
        from replycheck.rules.matching import RuleMatcher

        return RuleMatcher(self._active_rules, self.pipeline)

    @property
    def _active_rules(self) -> list[Rule]:
        """Selected rules whose ``requires`` the pipeline can meet."""
        value = self._active_rules_
        if value is None:
            value = self._active_rules_ = self._make_active_rules()
        return value

    def _make_active_rules(self) -> list[Rule]:
        available = self.pipeline.capabilities()
        return [rule for rule in self.rules if set(rule.requires) <= available]

    @property
    def _code_checks(self) -> list[tuple[Rule, CheckFn]]:
        value = self._code_checks_
        if value is None:
            value = self._code_checks_ = self._make_code_checks()
        return value

    def _make_code_checks(self) -> list[tuple[Rule, CheckFn]]:
        from replycheck.checks import load_checks

        checks = load_checks()
        pairs = []
        for rule in self._active_rules:
            if rule.kind != "code":
                continue
            if rule.check not in checks:
                raise RulesetError(
                    f"{rule.source}: rule {rule.code} names unknown check '{rule.check}'"
                )
            pairs.append((rule, checks[rule.check]))
        return pairs

    @property
    def _deferring(self) -> dict[str, frozenset[str]]:
        """Rule code -> the categories it defers to (its ``defer_to`` option):
        a backstop whose finding another rule of those categories already
        covers stays silent, so one sentence is not flagged twice."""
        value = self._deferring_
        if value is None:
            value = self._deferring_ = self._make_deferring()
        return value

    def _make_deferring(self) -> dict[str, frozenset[str]]:
        return {
            rule.code: frozenset(rule.options["defer_to"])
            for rule in self._active_rules
            if rule.options.get("defer_to")
        }

    @property
    def _deferring_last(self) -> frozenset[str]:
        """Codes of the backstops of last resort (``defer_last``): they defer
        to what is left after every other backstop has deferred, so two
        backstops never silence each other."""
        value = self._deferring_last_
        if value is None:
            value = self._deferring_last_ = self._make_deferring_last()
        return value

    def _make_deferring_last(self) -> frozenset[str]:
        return frozenset(rule.code for rule in self._active_rules if rule.options.get("defer_last"))

    @property
    def _deferring_in_sentence(self) -> dict[str, frozenset[str]]:
        """Rule code -> the categories it gives way to in a whole sentence
        (its ``defer_in_sentence`` option): a sentence another rule already
        flags in one of those categories is not flagged again by it."""
        value = self._deferring_in_sentence_
        if value is None:
            value = self._deferring_in_sentence_ = self._make_deferring_in_sentence()
        return value

    def _make_deferring_in_sentence(self) -> dict[str, frozenset[str]]:
        return {
            rule.code: frozenset(rule.options["defer_in_sentence"])
            for rule in self._active_rules
            if rule.options.get("defer_in_sentence")
        }

    def _deferring_unless(self, option: str) -> frozenset[str]:
        """Codes of the ``defer_in_sentence`` rules that do not give way when
        their finding opens the sentence (``defer_unless_opening``) or closes
        it (``defer_unless_closing``), apart from what they would give way to."""
        value = self._deferring_unless_.get(option)
        if value is None:
            value = self._deferring_unless_[option] = frozenset(
                rule.code for rule in self._active_rules if rule.options.get(option)
            )
        return value

    @property
    def _accompanied(self) -> dict[str, frozenset[str]]:
        """Rule code -> the categories it needs company in (its ``only_with``
        option): its findings stand only in a draft where a rule without that
        option found something in one of those categories. A rule whose company
        is not selected at all runs alone, as its examples do."""
        value = self._accompanied_
        if value is None:
            value = self._accompanied_ = self._make_accompanied()
        return value

    def _make_accompanied(self) -> dict[str, frozenset[str]]:
        gated = {
            rule.code: frozenset(rule.options["only_with"])
            for rule in self._active_rules
            if rule.options.get("only_with")
        }
        present = {rule.category for rule in self._active_rules if rule.code not in gated}
        return {code: company for code, company in gated.items() if company & present}

    @property
    def inactive_rules(self) -> list[Rule]:
        """Selected rules switched off because the pipeline lacks what they require."""
        active = {rule.code for rule in self._active_rules}
        return [rule for rule in self.rules if rule.code not in active]

    def warm_up(self) -> None:
        """Load spaCy, compile matchers and import checks now rather than on first use."""
        _ = self._matcher, self._code_checks

    # -- checking ------------------------------------------------------------

    def check(
        self,
        draft: str | bytes,
        original: str | bytes | None = None,
        *,
        source: str = "<string>",
    ) -> Report:
        """Check one draft, with the customer's message when you have it.

        ``draft`` and ``original`` are plain text, HTML, or (as bytes) an RFC
        5322 message. Raises ``ReplycheckError`` for input that cannot be read.

        The cyclic garbage collector is paused while the draft is checked, as
        for a batch (``_collector_paused``): a long draft's tens of thousands
        of objects set off a full collection that walks everything the process
        holds, a step in time that made one long paragraph of orders grow
        faster than the draft.
        """
        prepared = self._prepare(draft, original, source)
        with _collector_paused():
            docs = list(self._pipe(_views(prepared)))
            return self._run(prepared, docs[0], docs[1] if len(docs) > 1 else None)

    def check_many(self, items: Iterable[Item], *, processes: int = 1) -> Iterator[Report]:
        """Check many drafts, streaming reports in input order.

        A draft that cannot be read yields a report whose ``error`` says why;
        the batch goes on. With ``processes > 1`` drafts are checked in worker
        processes (same results, same order).
        """
        if processes > 1:
            yield from self._check_parallel(items, processes)
            return
        for batch in _chunks(items, _BATCH):
            yield from self._check_batch(batch)

    def _pipe(self, texts: list[str]) -> Iterator[Doc]:
        """The pipeline's ``Doc``s of ``texts``, its ``pipe`` looked up by
        name on each call (once a batch): compiled by mypyc, a direct call
        goes through the class's vtable and would not see a test's patch of
        ``Pipeline.pipe`` on the class."""
        pipe: Callable[[list[str]], Iterator[Doc]] = getattr(self.pipeline, "pipe")  # noqa: B009
        return pipe(texts)

    def _check_batch(self, batch: Sequence[_Unpacked]) -> list[Report]:
        """The reports of one batch, checked with the cyclic garbage collector
        paused (see ``_collector_paused``)."""
        with _collector_paused():
            return list(self._batch_reports(batch))

    def _batch_reports(self, batch: Sequence[_Unpacked]) -> Iterator[Report]:
        prepared: list[_Prepared | Report] = []
        for draft, original, source in batch:
            try:
                prepared.append(self._prepare(draft, original, source))
            except ReplycheckError as exc:
                prepared.append(self._error_report(source, str(exc)))
        texts = [view for p in prepared if isinstance(p, _Prepared) for view in _views(p)]
        docs = iter(self._pipe(texts))
        for p in prepared:
            if isinstance(p, Report):
                yield p
                continue
            doc = next(docs)
            original_doc = next(docs) if _has_original_view(p) else None
            yield self._run(p, doc, original_doc)

    def _check_parallel(
        self, items: Iterable[Item], processes: int, *, fork: bool | None = None
    ) -> Iterator[Report]:
        """Check ``items`` in this process and ``processes - 1`` workers,
        forked where the platform can (``fork``: whether to), else spawned.

        The caller is one of the ``processes``: it keeps the workers fed with
        up to ``_IN_FLIGHT_PER_WORKER`` chunks each and checks every chunk that
        finds them full itself, so no CPU only waits, and only the workers'
        share of the reports is pickled. Reports come out strictly in input
        order. Input is read as the work goes (a few chunks ahead), and a slow
        consumer only pauses the work: no more than ``_AHEAD`` chunks beyond
        those in flight are ever checked ahead of it, also when a worker is
        slow on one chunk.
        """
        from replycheck.workers import CAN_FORK, SpawnedWorker, Worker

        forking = CAN_FORK if fork is None else fork
        if forking:
            self.warm_up()  # forked workers inherit the loaded pipeline
        workers: list[Answering] = []

        def start(chunk: list[_Unpacked]) -> Answering:
            if forking:
                return Worker(self._check_batch, chunk, workers)
            return SpawnedWorker(self.config, chunk)

        finished = False
        try:
            yield from self._share_with(workers, processes - 1, start, items)
            finished = True
        finally:
            # On an error or an abandoned iterator the chunks not yet started
            # are dropped; a worker finishes the one it is checking, and we
            # wait for it. Once every report is in, the workers are exiting:
            # we return while the system tears them down (see Worker.join).
            for worker in workers:
                worker.stop()
            for worker in workers:
                worker.join(wait=not finished)

    def _share_with(
        self,
        workers: list[Answering],
        wanted: int,
        start: Callable[[list[_Unpacked]], Answering],
        items: Iterable[Item],
    ) -> Iterator[Report]:
        """Reports for ``items`` in order, chunks split between this process
        and ``wanted`` workers (started by ``start`` with their first chunk,
        then added to ``workers``), each with at most
        ``_IN_FLIGHT_PER_WORKER`` chunks unfinished."""
        in_flight = wanted * _IN_FLIGHT_PER_WORKER
        pending: deque[Answering | list[Report]] = deque()

        def answer(entry: Answering | list[Report]) -> list[Report]:
            return entry if isinstance(entry, list) else entry.answer(workers)

        for chunk in _tapered_chunks(items, _PARALLEL_BATCH, in_flight, _TAIL_BATCH):
            while len(pending) >= in_flight + _AHEAD:
                # A worker is slow on the oldest chunk: wait for it rather than
                # keep reports of ever more drafts behind it.
                yield from answer(pending.popleft())
            for worker in workers:
                worker.pump()
            if len(workers) < wanted:
                workers.append(start(chunk))
                pending.append(workers[-1])
            else:
                least = min(workers, key=_unfinished)
                if least.unfinished < _IN_FLIGHT_PER_WORKER:
                    least.send(chunk)
                    pending.append(least)
                else:
                    # looked up by name, as ``_pipe`` looks up ``pipe``: a test
                    # patches it on the class to count the caller's chunks
                    check_batch = getattr(self, "_check_batch")  # noqa: B009
                    pending.append(check_batch(chunk))
            while pending and (isinstance(pending[0], list) or pending[0].ready()):
                yield from answer(pending.popleft())
        for worker in workers:
            worker.finish()
        while pending:
            yield from answer(pending.popleft())

    # -- internals -----------------------------------------------------------

    def _prepare(self, draft: str | bytes, original: str | bytes | None, source: str) -> _Prepared:
        readers = _readers()
        parse_message, parse_views, read_bytes_layout, read_text_layout = readers[:4]
        plain_layout, joined_and_parsed = readers[4:]
        tidy_moves = _tidy_moves()

        def read(
            value: str | bytes, name: str, *, draft: bool
        ) -> tuple[str, str | None, Stages, Message | None]:
            """The text to lint and, when it is a layout (of HTML, of plain
            text with a gap closed inside a line or a hard wrap read as a
            space, or with hurried spellings read tidy), the text it lays out
            and the layouts' moves.

            The customer's message given apart is read as typed: what they
            asked is read by the thread reader, which knows their text-speak
            ("cn u chk", "wots the price") and was fitted on it as typed
            (tidied, two asks on dev went unread). The tidy spelling is for
            the agent's words, which the tone rules read.

            The last item is ``parse_message`` of the text to lint when the
            hard-wrap join parsed that very string (no break joined, no gap
            closed, nothing tidied), else None."""
            if isinstance(value, bytes):
                text, given, moves = read_bytes_layout(value, name)
            else:
                (text, moves), given = read_text_layout(value, name), value
            stages: Stages = (moves,) if moves else ()
            parsed: Message | None = None
            if draft:  # a hard-wrapped line break inside the body reads as a space
                text, parsed = joined_and_parsed(text)
            joined = text
            # every gap inside a line (and every odd space) reads as one space
            text, closed = plain_layout(text)
            if closed:
                stages = (*stages, closed)
            if draft:  # hurried spellings ("dont", "u", "thats") read as their tidy ones
                text, tidied = tidy_moves(text)
                if tidied:
                    stages = (*stages, tidied)
            if text is not joined:
                parsed = None
            return text, None if text is given else given, stages, parsed

        text, draft_given, draft_moves, message = read(draft, source, draft=True)
        if message is None:
            message = parse_message(text)
        if original is not None:
            original_text, original_given, original_moves, _ = read(
                original, f"{source} (original)", draft=False
            )
            parsed = parse_views(original_text)
            return _Prepared(
                source,
                message,
                parsed,
                "original",
                draft_given,
                original_given,
                draft_moves,
                original_moves,
            )
        where: Where | None = None
        if message.quoted is not None and message.quoted.strip():
            where = "quoted"
        return _Prepared(source, message, None, where, draft_given, None, draft_moves)

    def _run(self, prepared: _Prepared, doc: object, original_doc: object | None) -> Report:
        context_type = _context_type()
        _split_greeting_line(prepared.message, doc)
        ctx: CheckContext = context_type(
            message=prepared.message,
            doc=doc,  # type: ignore[arg-type]
            original=prepared.original,
            original_doc=original_doc,  # type: ignore[arg-type]
            original_where=prepared.original_where,
            capabilities=self._capabilities,
        )
        try:
            return self._report(prepared, ctx)
        finally:
            _release(doc, original_doc)

    def _report(self, prepared: _Prepared, ctx: CheckContext) -> Report:
        findings: list[Finding] = []
        for rule, start, end in self._matcher.matches(ctx.doc, ctx.lower_ids):
            region = ctx.region_of(rule.scope)
            if region is None and rule.scope != "own":
                continue
            if region is not None and not (region.start <= start and end <= region.end):
                continue
            assent = rule.options.get("spare_conceded")
            if assent and _conceded()(ctx.doc, start, end, assent):
                continue
            ease = rule.options.get("spare_after_steps")
            if ease and _after_steps()(ctx.doc, start, end, ease):
                continue
            if any(
                rule.options.get(option) and spare(ctx.doc, start, end)
                for option, spare in _spares()
            ):
                continue
            if rule.options.get("spare_asked_to_repeat") and _asked_to_repeat()(
                ctx.original_doc, ctx.doc, start, end
            ):
                continue
            findings.append(ctx.finding(rule, start, end))
        for rule, fn in self._code_checks:
            findings.extend(fn(rule, ctx))
        if self._accompanied:  # before deferring: a finding dropped here silences nothing
            findings = _accompanied(findings, self._accompanied)
        if self._deferring:
            findings = _deferred(findings, self._deferring, self._deferring_last)
        if self._deferring_in_sentence:
            findings = _deferred_in_sentence(
                findings,
                self._deferring_in_sentence,
                ctx.doc,
                self._deferring_unless("defer_unless_opening"),
                self._deferring_unless("defer_unless_closing"),
            )
        findings = _deduplicate(findings)
        findings = _one_per_sentence(
            findings, ONE_PER_SENTENCE | ONE_TONE_PER_SENTENCE, ctx.doc, ctx.text
        )
        findings = _orders_disowned(findings, ctx.doc)
        asked = sorted(ctx.asked, key=lambda a: a.start)
        if prepared.draft_given is not None or prepared.original_given is not None:
            findings, asked = _as_given(findings, asked, prepared)
        passed = all(SEVERITY_RANK[f.severity] < self._fail_rank for f in findings)
        return Report(
            source=prepared.source,
            findings=tuple(findings),
            clarity=ctx.clarity,
            passed=passed,
            asked=tuple(asked),
            original_source=prepared.original_where,
        )

    def _error_report(self, source: str, error: str) -> Report:
        return Report(source=source, findings=(), clarity=_NO_CLARITY, passed=False, error=error)


# Imported on the first draft (importing ``replycheck`` stays cheap) and kept:
# a ``from ... import`` statement costs over a microsecond each time it runs,
# and ``_prepare`` and ``_run`` ran one per draft.


@cache
def _readers() -> tuple[Any, Any, Any, Any, Any, Any]:
    """``replycheck.message``'s ``parse_message`` and ``parse_views``,
    ``replycheck.message.reading``'s ``read_bytes_layout``,
    ``read_text_layout`` and ``plain_layout_moves`` and
    ``replycheck.message.regions``' ``joined_and_parsed``."""
    from replycheck.message import parse_message, parse_views
    from replycheck.message.reading import (
        plain_layout_moves,
        read_bytes_layout,
        read_text_layout,
    )
    from replycheck.message.regions import joined_and_parsed

    return (
        parse_message,
        parse_views,
        read_bytes_layout,
        read_text_layout,
        plain_layout_moves,
        joined_and_parsed,
    )


@cache
def _tidy_moves() -> Any:
    """``replycheck.message.tidy.tidy_moves``."""
    from replycheck.message.tidy import tidy_moves

    return tidy_moves


def _as_given(
    findings: list[Finding], asked: list[Asked], prepared: _Prepared
) -> tuple[list[Finding], list[Asked]]:
    """Findings and asks of a draft or original read as a layout (HTML, or
    plain text with a gap closed inside a line or a hard wrap read as a
    space) with the offsets, ``text``,
    ``line`` and ``column`` of the text the caller gave. The text linted is
    the HTML's same-length layout (``reading.html_layout_moves``), so ``start``
    and ``end`` index the HTML but where the layout moved a word piece left
    to close a gap an entity or an inline tag left in a word, or stands for
    an entity by its one character (``reading.html_offset`` maps those);
    what was copied out of the layout (its blanked markup, its own line
    breaks) is read again. Plain text with a gap closed inside a line
    (``reading.plain_layout_moves``) is mapped back the same way, and so is
    the HTML layout's text with its gaps closed, and the agent's text read
    with its hurried spellings made tidy ("dont" as "don't", "u" as "you":
    ``replycheck.message.tidy``): through the moves of each layout in turn
    (``reading.layout_offset``). A hard wrap read as a space moves nothing:
    the span's ``text`` is the caller's, line break and all."""
    from replycheck.message.reading import layout_offset

    def given(where: str) -> tuple[str | None, Stages]:
        if where == "original":
            return prepared.original_given, prepared.original_moves
        return prepared.draft_given, prepared.draft_moves

    def span(stages: Stages, start: int, end: int) -> tuple[int, int]:
        start = layout_offset(stages, start)
        return start, max(layout_offset(stages, end, end=True), start)

    shown: list[Finding] = []
    for finding in findings:
        text, moves = given(finding.where)
        if text is not None:
            start, end = span(moves, finding.start, finding.end)
            line, column = line_and_column(text, start)
            finding = replace(
                finding, start=start, end=end, text=text[start:end], line=line, column=column
            )
        shown.append(finding)
    asks: list[Asked] = []
    for item in asked:
        text, moves = given(item.where)
        if text is not None:
            start, end = span(moves, item.start, item.end)
            item = replace(item, start=start, end=end, text=text[start:end])
        asks.append(item)
    return shown, asks


@cache
def _conceded() -> Any:
    """``replycheck.checks.conceded.conceded``."""
    from replycheck.checks.conceded import conceded

    return conceded


@cache
def _after_steps() -> Any:
    """``replycheck.checks.stepped.after_steps``."""
    from replycheck.checks.stepped import after_steps

    return after_steps


@cache
def _asked_to_repeat() -> Any:
    """``replycheck.checks.agreed.asked_to_repeat``: the one spare that reads
    the customer's message as well as the match."""
    from replycheck.checks.agreed import asked_to_repeat

    return asked_to_repeat


@cache
def _spares() -> tuple[tuple[str, Any], ...]:
    """The pattern-rule spares that read a match's surroundings, by option
    name: each takes ``(doc, start, end)`` and says whether the match goes
    (docs/rulesets.md)."""
    from replycheck.checks.agreed import as_agreed, contrary_supposed, plain_citation
    from replycheck.checks.decided import their_decision
    from replycheck.checks.duty import lifted_duty, owed_work, shared_duty
    from replycheck.checks.events import event_cause
    from replycheck.checks.helped import (
        benefit_follows,
        fault_owned_after,
        fault_owned_before,
        our_help_follows,
        thanked_for,
    )
    from replycheck.checks.hours import house_time, notice_timed
    from replycheck.checks.procedure import our_procedure

    return (
        ("spare_our_procedure", our_procedure),
        ("spare_our_help", our_help_follows),
        ("spare_as_agreed", as_agreed),
        ("spare_plain_citation", plain_citation),
        ("spare_shared_duty", shared_duty),
        ("spare_lifted_duty", lifted_duty),
        ("spare_owed_work", owed_work),
        ("spare_their_decision", their_decision),
        ("spare_house_time", house_time),
        ("spare_notice_timed", notice_timed),
        ("spare_fault_owned", fault_owned_after),
        ("spare_fault_owned_before", fault_owned_before),
        ("spare_benefit_follows", benefit_follows),
        ("spare_event_cause", event_cause),
        ("spare_thanked", thanked_for),
        ("spare_contrary_supposed", contrary_supposed),
    )


@cache
def _context_type() -> Any:
    """``replycheck.context.CheckContext``."""
    from replycheck.context import CheckContext

    return CheckContext


#: One item of a batch: draft, customer's message or None, source label.
_Unpacked = tuple[str | bytes, str | bytes | None, str]


def _split_greeting_line(message: Message, doc: object) -> None:
    """When the body starts on the greeting's line ("Hi Sam, you must pay
    now."), start a sentence where the body starts, so checks reading a
    sentence from its start read "you must pay now." as one."""
    greeting = message.greeting
    if greeting is None or message.body.start <= greeting.end:
        return
    if "\n" in message.own[greeting.end : message.body.start]:
        return  # the body has lines of its own: the sentencizer starts it already
    from replycheck.nlp import start_sentence_at

    start_sentence_at(doc, message.body.start)  # type: ignore[arg-type]


def _release(*docs: object) -> None:
    """Empty the ``user_data`` of ``Doc``s the checks are done with.

    The checks keep what they derive from a ``Doc`` in its ``user_data``
    (token tables, sentence lists, views), and some of that refers back to the
    ``Doc``: left in place, every ``Doc`` sits in a reference cycle that only
    the cyclic garbage collector frees. Over a batch that piled up thousands
    of objects per draft, and the collector's full passes (each walking every
    object the process holds) cost 4-7% of ``check_many``'s time. Emptied, a
    ``Doc`` is freed the moment the report is made.
    """
    for doc in docs:
        if doc is not None:
            doc.user_data.clear()  # type: ignore[attr-defined]


def _views(prepared: _Prepared) -> list[str]:
    views = [prepared.message.own]
    if prepared.original is not None:
        views.append(prepared.original.own)
    elif prepared.original_where == "quoted" and prepared.message.quoted is not None:
        views.append(prepared.message.quoted)
    return views


def _has_original_view(prepared: _Prepared) -> bool:
    return len(_views(prepared)) > 1


def _unpack(item: Item, index: int) -> _Unpacked:
    if isinstance(item, (str, bytes)):
        return item, None, f"<item {index}>"
    if len(item) == 3:
        return item
    draft, original = item
    return draft, original, f"<item {index}>"


def _deferred(
    findings: list[Finding],
    deferring: dict[str, frozenset[str]],
    last: frozenset[str] = frozenset(),
) -> list[Finding]:
    """``findings`` without those of a deferring rule that a finding of
    another rule in one of its ``defer_to`` categories overlaps. The ``last``
    codes defer afterwards, to the findings that are left."""
    if not any(f.code in deferring for f in findings):
        return findings
    first = [f for f in findings if f.code not in last]
    kept = _without_covered(first, first, deferring)
    if len(first) == len(findings):
        return kept
    return kept + _without_covered([f for f in findings if f.code in last], kept, deferring)


def _without_covered(
    candidates: list[Finding], others: list[Finding], deferring: dict[str, frozenset[str]]
) -> list[Finding]:
    """``candidates`` without those of a deferring rule that one of
    ``others`` (another rule, in a ``defer_to`` category) overlaps.

    The ``others`` that could cover are sorted by start once, each with the
    furthest end reached so far, so a candidate looks back only over those
    that can still reach it: linear in a long draft of short findings, where
    testing every pair was quadratic."""
    wanted: set[str] = set()
    for f in candidates:
        wanted |= deferring.get(f.code, frozenset())
    covering = sorted((o for o in others if o.category in wanted), key=lambda o: o.start)
    starts = [o.start for o in covering]
    reach: list[int] = []
    for o in covering:
        reach.append(max(reach[-1], o.end) if reach else o.end)

    def covered(f: Finding) -> bool:
        categories = deferring[f.code]
        i = bisect_left(starts, f.end) - 1
        while i >= 0 and reach[i] > f.start:
            o = covering[i]
            if (
                o.end > f.start
                and o.code != f.code
                and o.category in categories
                and o.where == f.where
            ):
                return True
            i -= 1
        return False

    return [f for f in candidates if f.code not in deferring or not covered(f)]


def _accompanied(findings: list[Finding], gated: dict[str, frozenset[str]]) -> list[Finding]:
    """``findings`` without those of an ``only_with`` rule in a draft where no
    finding of an ungated rule is in one of its company categories."""
    if not any(f.code in gated for f in findings):
        return findings
    found = {f.category for f in findings if f.code not in gated and f.where == "draft"}
    return [f for f in findings if f.code not in gated or gated[f.code] & found]


def _deferred_in_sentence(
    findings: list[Finding],
    deferring: dict[str, frozenset[str]],
    doc: Doc,
    opening: frozenset[str] = frozenset(),
    closing: frozenset[str] = frozenset(),
) -> list[Finding]:
    """``findings`` without the draft findings of a ``defer_in_sentence`` rule
    whose sentence holds a finding, by a rule that does not defer so, in one
    of the categories it gives way to ("The garage damaged it, not us, so take
    it up with them" is blame; the redirect is part of it). A finding of one
    of the ``opening`` rules (``defer_unless_opening``) stays when it opens
    the sentence and what it would give way to, in another category, lies in
    the rest past a clause break (``_opens_apart``); one of the ``closing``
    rules (``defer_unless_closing``) when it closes the sentence in a clause
    of its own after it (``_closes_apart``)."""
    if not any(f.code in deferring and f.where == "draft" for f in findings):
        return findings
    from replycheck.nlp import sentence_char_spans

    spans = sentence_char_spans(doc)
    starts = [start for start, _ in spans]
    ends = [end for _, end in spans]
    # each finding's sentence, by position; no nested function here: a
    # compiled build (mypyc) keeps nested functions that call each other in
    # one environment that refers to itself, and ``doc`` in that cycle would
    # outlive the check until the cyclic collector ran
    at_of = [bisect_right(starts, f.start) - 1 for f in findings]
    held = {
        (f.category, at)
        for f, at in zip(findings, at_of, strict=True)
        if f.where == "draft" and f.code not in deferring
    }
    kept: list[Finding] = []
    for f, at in zip(findings, at_of, strict=True):
        if f.code not in deferring or f.where != "draft":
            kept.append(f)
            continue
        categories = {c for c in deferring[f.code] if (c, at) in held}
        if not categories:
            kept.append(f)
            continue
        if (f.code not in opening and f.code not in closing) or f.category in categories:
            continue  # gives way
        others = [
            o
            for o, where in zip(findings, at_of, strict=True)
            if o.where == "draft"
            and o.code not in deferring
            and o.category in categories
            and where == at
        ]
        if (f.code in opening and _opens_apart(doc, starts[at], f, others)) or (
            f.code in closing and _closes_apart(doc, ends[at], f, others)
        ):
            kept.append(f)
    return kept


#: Words that may stand before a reminder that still opens its sentence: the
#: writer as its subject, with auxiliaries and time adverbs ("I have told
#: you severally that ...", "We've already explained that ...").
OPENING_SUBJECT: Final[frozenset[str]] = frozenset(
    {"i", "we", "have", "'ve", "had", "'d", "has", "did", "do", "am", "'m", "already", "now"}
    | {"again", "also", "previously", "just", "really"}
)
#: Tokens that close an opening phrase off from the rest of its sentence.
OPENING_BREAKS: Final[frozenset[str]] = frozenset(
    {",", ";", ":", "-", "--", "\u2013", "\u2014", "that"}
)
#: The longest fronted phrase ("Just so you know,") a reminder may follow and
#: still open its sentence, in tokens with its comma.
OPENING_FRONTED: Final = 6


#: Tokens that set a closing clause off from the rest of its sentence.
CLOSING_BREAKS: Final[frozenset[str]] = OPENING_BREAKS - {"that"}


def _closes_apart(doc: Doc, sentence_end: int, finding: Finding, others: list[Finding]) -> bool:
    """Whether ``finding`` lies in the last clause of its sentence and every
    one of ``others`` ends before it, past a clause break ("Keeping your
    details up to date is your responsibility, like every other customer.",
    "you failed because you skipped the lessons, so I'm not surprised.",
    "Knocking in is the owner's job, not ours, as the care card says in big
    letters."): a sneer tacked on after the blame is a line of its own. A
    sneer the blame runs into ("which you would have seen if you had read
    it") rides along in it."""
    if not others:
        return False
    last = max(o.end for o in others)
    if last > finding.start:
        return False
    gap = doc.char_span(last, finding.start, alignment_mode="contract")
    if not any(t.lower_ in CLOSING_BREAKS for t in gap or ()):
        return False
    after = doc.char_span(finding.end, sentence_end, alignment_mode="contract")
    return not any(t.lower_ in CLOSING_BREAKS for t in after or ())


def _opens_apart(doc: Doc, sentence_start: int, finding: Finding, others: list[Finding]) -> bool:
    """Whether ``finding`` opens its sentence and every one of ``others``
    lies in the rest of it, past a clause break ("As I said on the phone,
    you signed the delivery sheet ...", "Further to my last three emails, the
    fault is the result of your staff ...", "I have told you severally that
    the delay is from the clearing agent"): the reminder is a line of its
    own, labelled apart from the blame. It opens the sentence when nothing
    stands before it but the writer as subject ("I have told you") or a short
    fronted phrase closed by a comma ("Just so you know, we do send a
    reminder ..."). A reminder the blame runs into ("As you would know if
    you had opened the email"), or one trailing the blame ("..., as I said
    at the time"), rides along in it."""
    if not others or finding.start < sentence_start:
        return False
    before = doc.char_span(sentence_start, finding.start, alignment_mode="contract")
    words = [t.lower_ for t in before or () if not t.is_space]
    while words and words[0] != "," and not any(ch.isalnum() for ch in words[0]):
        words.pop(0)  # a bullet or an opening quote
    if (
        words
        and not (all(w in OPENING_SUBJECT for w in words) and words[0] in {"i", "we"})
        and not (len(words) <= OPENING_FRONTED and words[-1] == "," and "," not in words[:-1])
    ):
        return False
    first = min(o.start for o in others)
    if first < finding.end:
        return False
    gap = doc.char_span(finding.end, first, alignment_mode="contract")
    return any(t.lower_ in OPENING_BREAKS for t in gap or ())


#: Categories deduplicated as one: the same words flagged both rude and
#: demanding ("You have been warned already", "read the instructions this
#: time") are one problem, reported once.
DEDUPLICATED_AS: Final[dict[str, str]] = {"demanding": "rude"}


#: Categories whose clauses in one draft sentence are one finding when the
#: later clause points back at the earlier one's thing: one pitch ("While
#: you're here, our spring range has landed, and you can take 20% off it")
#: often trips two stock rules, one per clause. A clause that names its own
#: thing ("..., and our belts are 30% off") is a second pitch and stays apart,
#: as writers label it, unless the earlier clause itself opens on a pronoun
#: carrying on the sentence before ("It launched this week, and members get
#: 20% off"): one pitching sentence, one span.
ONE_PER_SENTENCE: Final[frozenset[str]] = frozenset({"stock-pitch"})
#: Categories whose findings by two rules in one draft sentence are always
#: one finding: two tone rules tripping on one sentence ("I've told you twice, ringing
#: every morning won't change that", "that was your choice, so any problems
#: are for them to solve") are one line for the writer to re-read, and a
#: support lead labels it once. Two labelled clauses of one sentence are
#: rarer than two findings on one labelled clause (dev corpus: merging lost
#: 8 true positives and 88 false alarms).
ONE_TONE_PER_SENTENCE: Final[frozenset[str]] = frozenset({"rude", "demanding", "blame"})


def _one_per_sentence(
    findings: list[Finding],
    categories: frozenset[str],
    doc: Doc,
    text: str,
    always: frozenset[str] = ONE_TONE_PER_SENTENCE,
) -> list[Finding]:
    """``findings`` with each draft finding of ``categories`` that shares a
    sentence with an earlier one of its category and points back at it
    (``REFERS_BACK``), or is of a category in ``always`` and from another
    rule, merged into the latest such one, stretched to cover both (from the
    earlier start: ``_report`` hands findings over sorted by start, but a
    caller listing pattern rules before code checks must not lose a code
    check's opening words). One rule's
    two findings in a sentence ("you need to book six more lessons, and you
    need to pay upfront") are two instances of its shape and stay apart."""
    if sum(f.category in categories and f.where == "draft" for f in findings) < 2:
        return findings
    from replycheck.nlp import sentence_char_spans

    starts = [start for start, _ in sentence_char_spans(doc)]
    latest: dict[tuple[str, int], int] = {}
    merged: list[Finding] = []
    for finding in findings:
        if finding.category not in categories or finding.where != "draft":
            merged.append(finding)
            continue
        key = (finding.category, bisect_right(starts, finding.start) - 1)
        kept = merged[latest[key]] if key in latest else None
        if kept is not None and (
            finding.code != kept.code
            if finding.category in always
            else _refers_back(doc, finding) or _opens_referring_back(doc, kept)
        ):
            end = max(kept.end, finding.end)
            if finding.start < kept.start:  # never in ``_report``: it sorts by start
                line, column = line_and_column(text, finding.start)
                kept = replace(kept, start=finding.start, line=line, column=column)
            merged[latest[key]] = replace(kept, end=end, text=text[kept.start : end])
            continue
        latest[key] = len(merged)
        merged.append(finding)
    return merged


#: What a blame finding closes on when it disowns by contrast ("..., not us").
DISOWNING_CONTRAST: Final[frozenset[str]] = frozenset({"us", "ours", "me", "mine"})


def _orders_disowned(findings: list[Finding], doc: Doc) -> list[Finding]:
    """``findings`` without the demanding ones that lie inside a blame finding
    closing on "not us" ("You need to chase your GP, not us", "That's
    something you'll have to take up with your bank, not us"): the contrast
    makes the order a disowning, one line a support lead labels once, as
    blame (corpus/README.md, blame). An order beside the disowning ("Not our
    problem. Take it up with the courier.") lies outside it and stays.

    A bare order that opens its sentence and is the whole disowning
    ("Contact your bank, not us.", "Chase the surgery, not us.") is the other
    way round: the line is the order that sends the customer elsewhere, which
    the README labels demanding, so the order stays and the blame goes. A
    sentence that names the customer's duty ("You need to chase your GP, not
    us") or hands it on after a reason ("..., so please contact them, not
    us") stays blame."""
    if not any(f.category == "demanding" for f in findings):
        return findings
    disowned: list[tuple[int, int]] = []
    for finding in findings:
        if finding.category != "blame" or finding.where != "draft":
            continue
        span = doc.char_span(finding.start, finding.end, alignment_mode="expand")
        words = [t.lower_ for t in span if not t.is_punct] if span is not None else []
        if len(words) >= 2 and words[-2] == "not" and words[-1] in DISOWNING_CONTRAST:
            disowned.append((finding.start, finding.end))
    if not disowned:
        return findings
    ordering = {
        (start, end)
        for start, end in disowned
        if any(
            f.category == "demanding" and f.where == "draft" and _bare_order_opens(doc, f, start)
            for f in findings
            if start <= f.start and f.end <= end
        )
    }
    return [
        f
        for f in findings
        if not (
            f.category == "demanding"
            and f.where == "draft"
            and any(
                start <= f.start and f.end <= end and (start, end) not in ordering
                for start, end in disowned
            )
        )
        and not (f.category == "blame" and f.where == "draft" and (f.start, f.end) in ordering)
    ]


#: First words of a sentence that make it no bare order: the customer named as
#: the one with the duty, or "please" asking.
NOT_BARE: Final[frozenset[str]] = frozenset({"you", "your", "please", "so", "then", "and", "but"})


def _bare_order_opens(doc: Doc, order: Finding, start: int) -> bool:
    """Whether ``order`` opens the disowning that starts at ``start``, and that
    disowning opens its sentence with a bare verb ("Contact your bank, not
    us."), not with the customer ("You need to ...") or "please"."""
    span = doc.char_span(start, order.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    first = span[0]
    return (
        first.is_sent_start
        and first.idx == order.start
        and first.is_alpha
        and first.lower_ not in NOT_BARE
    )


#: Words by which a clause points back at the thing a pitch before it named
#: ("... has just landed, and you can take 20% off it").
REFERS_BACK: Final[frozenset[str]] = frozenset({"it", "its", "they", "them", "these", "those"})


def _refers_back(doc: Doc, finding: Finding) -> bool:
    span = doc.char_span(finding.start, finding.end, alignment_mode="expand")
    return span is not None and any(token.lower_ in REFERS_BACK for token in span)


def _opens_referring_back(doc: Doc, finding: Finding) -> bool:
    """Whether the finding opens on a pronoun carrying on a pitch of the
    sentence before ("It launched this week, and members get 20% off"): it
    names no thing of its own, so a later clause of its sentence that another
    rule flags is the same pitching sentence, one finding."""
    span = doc.char_span(finding.start, finding.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].lower_ in REFERS_BACK


def _deduplicate(findings: list[Finding]) -> list[Finding]:
    """One finding per category per span: of overlapping findings in the same
    category (rude and demanding count as one) and text, keep the most severe
    (then the longest).

    Kept spans of one category never overlap, so they sort by start and by
    end alike, and one binary search finds the only one a new span could
    overlap: O(n log n) however many findings a huge draft has. Most drafts
    have no finding or one, which is returned as it is.
    """
    if len(findings) < 2:
        return findings
    order = sorted(
        findings,
        key=lambda f: (-SEVERITY_RANK[f.severity], -(f.end - f.start), f.code),
    )
    kept: list[Finding] = []
    spans: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for finding in order:
        group = spans[(DEDUPLICATED_AS.get(finding.category, finding.category), finding.where)]
        before = (
            bisect_left(group, (finding.end,)) - 1
        )  # the last kept span starting before our end
        if before >= 0 and group[before][1] > finding.start:
            continue
        insort(group, (finding.start, finding.end))
        kept.append(finding)
    return sorted(kept, key=lambda f: (f.where == "original", f.start, f.end, f.code))


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[_Unpacked]]:
    iterator = iter(items)
    index = 0
    while batch := list(islice(iterator, size)):
        yield [_unpack(item, index + i) for i, item in enumerate(batch)]
        index += len(batch)


def _tapered_chunks(
    items: Iterable[Item], size: int, tail_chunks: int, tail_size: int
) -> Iterator[list[_Unpacked]]:
    """``_chunks(items, size)``, but the last ``tail_chunks`` chunks' items
    come in chunks of ``tail_size``: the same items in the same order.

    Reads ``tail_chunks`` chunks ahead to know where the input ends."""
    held: deque[list[_Unpacked]] = deque()
    for chunk in _chunks(items, size):
        held.append(chunk)
        if len(held) > tail_chunks:
            yield held.popleft()
    rest = [item for chunk in held for item in chunk]
    for start in range(0, len(rest), tail_size):
        yield rest[start : start + tail_size]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the block, if it is on.

    Checking a draft allocates thousands of short-lived objects, and each
    700 of them set off a collection: some 500 collections over 7,000
    drafts, and now and then a full one that walks everything the process
    holds (spaCy's vocabulary, the rules, the reports kept so far), 3-5%
    of a batch's time. Reference counting frees what a check leaves
    behind (a checked ``Doc`` is emptied at once, see ``_release``), so a
    batch of drafts needs no collection while it runs; the collector is on
    again between batches, and a host that turned it off keeps it off.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _unfinished(worker: Answering) -> int:
    return worker.unfinished


def check(
    draft: str | bytes,
    original: str | bytes | None = None,
    config: Config | None = None,
    *,
    source: str = "<string>",
) -> Report:
    """Check one draft with a ``Checker`` cached per configuration."""
    return _cached_checker(config or Config()).check(draft, original, source=source)


_checkers: dict[str, Checker] = {}


def _cached_checker(config: Config) -> Checker:
    key = repr(config)  # Config holds a dict, so it is not hashable itself
    if key not in _checkers:
        _checkers[key] = Checker(config)
    return _checkers[key]


__all__ = ["Checker", "Item", "check"]
