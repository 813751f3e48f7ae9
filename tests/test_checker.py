"""Checker behaviour beyond single rules: batches, processes, de-duplication."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from replycheck import Checker, Config
from replycheck.checker import _deduplicate
from replycheck.model import SEVERITY_RANK, Finding
from replycheck.workers import WorkerError

DRAFTS = [
    "Hi Sam,\n\nYou MUST send the receipt today. As I already explained, it's not our fault.\n",
    "Hello,\n\nThanks for writing in. Your refund of $24 went out on Monday.\n\nBest,\nAna",
    "Hi,\n\nSorry for the delay. Sorry again for the trouble, apologies once more.\n\nThanks",
    b"\xff\xfe\x00binary",
]


def test_check_many_labels_items_by_their_position_across_batches():
    items = [DRAFTS[i % 3] for i in range(130)]
    reports = list(Checker().check_many(items))
    assert [r.source for r in reports] == [f"<item {i}>" for i in range(130)]


def test_check_many_matches_check_and_goes_on_past_a_bad_item():
    checker = Checker()
    items = [(draft, None, f"d{i}") for i, draft in enumerate(DRAFTS)]
    reports = list(checker.check_many(items))
    assert [r.source for r in reports] == ["d0", "d1", "d2", "d3"]
    assert reports[3].error and not reports[3].findings
    for i in range(3):
        assert reports[i].to_dict() == checker.check(DRAFTS[i], source=f"d{i}").to_dict()


def test_check_many_loses_no_finding_at_a_batch_boundary():
    # Drafts go through the pipeline ``_BATCH`` at a time: the drafts either
    # side of each boundary get the findings ``check`` gives them alone (one
    # draft is never split: it is one ``Doc``, however long).
    from replycheck.checker import _BATCH

    checker = Checker()
    items = [(DRAFTS[i % 3], None, f"d{i}") for i in range(2 * _BATCH + 2)]
    reports = [r.to_dict() for r in checker.check_many(items)]
    alone = [checker.check(draft, source=source).to_dict() for draft, _, source in items]
    assert reports == alone
    before, after = reports[_BATCH - 3 : _BATCH], reports[_BATCH : _BATCH + 3]
    assert any(r["findings"] for r in before) and any(r["findings"] for r in after)


def test_two_processes_give_the_same_reports_in_the_same_order():
    checker = Checker()
    items = [DRAFTS[i % len(DRAFTS)] for i in range(150)]
    one = [r.to_dict() for r in checker.check_many(items)]
    two = [r.to_dict() for r in checker.check_many(items, processes=2)]
    assert one == two
    assert any(r["findings"] for r in one)


def test_two_processes_leave_the_hosts_garbage_collector_as_it_was():
    import gc

    checker = Checker()
    items = [DRAFTS[i % 3] for i in range(70)]
    gc.unfreeze()
    assert len(list(checker.check_many(items, processes=2))) == 70
    assert gc.get_freeze_count() == 0  # frozen only while the workers forked
    gc.freeze()  # a host that freezes objects itself
    try:
        frozen = gc.get_freeze_count()
        assert len(list(checker.check_many(items, processes=2))) == 70
        assert gc.get_freeze_count() >= frozen
    finally:
        gc.unfreeze()


def _recording_collector(checker: Checker, word: str = "") -> list[bool]:
    """Record, for each draft a code check sees, whether the cyclic garbage
    collector was on; raise on drafts holding ``word`` (when given)."""
    import gc

    seen: list[bool] = []
    rule, fn = checker._code_checks[0]

    def recording(rule, ctx):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        if word and word in ctx.message.own:
            raise RuntimeError(f"check failed on {word}")
        return fn(rule, ctx)

    checker._code_checks[0] = (rule, recording)
    return seen


def test_check_many_pauses_the_garbage_collector_only_while_a_batch_is_checked():
    import gc

    checker = Checker()
    seen = _recording_collector(checker)
    assert gc.isenabled()
    on_between: list[bool] = []
    for _report in checker.check_many([DRAFTS[i % 3] for i in range(130)]):
        on_between.append(gc.isenabled())  # the caller's code runs with it on
    assert len(seen) == 130 and not any(seen)
    assert len(on_between) == 130 and all(on_between) and gc.isenabled()
    seen.clear()
    checker.check(DRAFTS[0])  # one draft is paused too: a long one set off full collections
    assert seen == [False] and gc.isenabled()


def test_check_pauses_the_garbage_collector_and_restores_it_after_a_failing_check():
    import gc

    checker = Checker()
    _recording_collector(checker, "BOOM")
    with pytest.raises(RuntimeError, match="BOOM"):
        checker.check("Hello,\n\nBOOM, your refund went out.\n")
    assert gc.isenabled()
    gc.disable()  # a host that runs with the collector off keeps it off
    try:
        checker.check(DRAFTS[0])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_long_draft_sets_off_no_full_collection():
    # one long paragraph of orders (benchmarks/repeated.py's "curt orders"):
    # its objects set off a full collection that walked everything the
    # process holds, so time grew faster than the draft
    import gc

    full: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and info["generation"] == 2:
            full.append(1)

    unit = "Send the receipt today. Sort the bins before Friday. If nobody is home, there is a "
    checker = Checker()
    checker.check(unit * 5)
    gc.callbacks.append(count)
    try:
        checker.check(unit * 1600)
    finally:
        gc.callbacks.remove(count)
    assert full == []


def test_check_many_leaves_the_garbage_collector_on_after_a_failing_check_and_off_if_off():
    import gc

    checker = Checker()
    _recording_collector(checker, "BOOM")
    with pytest.raises(RuntimeError, match="BOOM"):
        list(checker.check_many([DRAFTS[0], "Hello,\n\nBOOM, your refund went out.\n"]))
    assert gc.isenabled()
    gc.disable()  # a host that runs with the collector off keeps it off
    try:
        assert len(list(checker.check_many(DRAFTS[:3]))) == 3
        assert not gc.isenabled()
    finally:
        gc.enable()


def _with_spy(monkeypatch) -> list[int]:  # type: ignore[no-untyped-def]
    """Count, in this process only, the chunks a checker checks itself
    (forked workers inherit the wrapper, but their counts stay theirs). On
    the class: a compiled ``Checker`` (mypyc) takes no attributes on its
    instances, and looks ``_check_batch`` up by name where it checks a
    chunk itself."""
    calls: list[int] = []
    check_batch = Checker._check_batch

    def spy(self, batch):  # type: ignore[no-untyped-def]
        calls.append(len(batch))
        return check_batch(self, batch)

    monkeypatch.setattr(Checker, "_check_batch", spy)
    return calls


def test_two_processes_share_the_work_with_the_caller_and_keep_the_order(monkeypatch):
    from replycheck.checker import _IN_FLIGHT_PER_WORKER, _PARALLEL_BATCH

    checker = Checker()
    items = [(DRAFTS[i % 3], None, f"d{i}") for i in range(10 * _PARALLEL_BATCH)]
    items[5 * _PARALLEL_BATCH + 3] = (DRAFTS[3], None, "bad")  # unreadable, mid-batch
    one = [r.to_dict() for r in checker.check_many(items)]
    calls = _with_spy(monkeypatch)
    two = [r.to_dict() for r in checker.check_many(items, processes=2)]
    assert two == one
    assert [r["source"] for r in two] == [source for _, _, source in items]
    assert two[5 * _PARALLEL_BATCH + 3]["error"]
    # The first chunks go to the worker; the one after them finds it full.
    assert calls and sum(calls) <= len(items) - _IN_FLIGHT_PER_WORKER * _PARALLEL_BATCH


@pytest.mark.parametrize("count", [0, 3, 16, 40, 100])
def test_parallel_chunks_taper_at_the_end_and_keep_every_item_in_order(count):
    from replycheck.checker import _chunks, _tapered_chunks

    items = [f"draft {i}" for i in range(count)]
    tapered = list(_tapered_chunks(iter(items), 16, 2, 4))
    assert [item for chunk in tapered for item in chunk] == [
        item for chunk in _chunks(items, 16) for item in chunk
    ]
    sizes = [len(chunk) for chunk in tapered]
    full = max(0, (count - 2 * 16 + 15) // 16)  # chunks before the last two full ones
    assert all(size == 16 for size in sizes[:full])
    assert all(size <= 4 for size in sizes[full:])


def _failing_on(checker: Checker, word: str) -> None:
    """Make one of ``checker``'s code checks raise on drafts holding ``word``."""
    rule, fn = checker._code_checks[0]

    def failing(rule, ctx):  # type: ignore[no-untyped-def]
        if word in ctx.message.own:
            raise RuntimeError(f"check failed on {word}")
        return fn(rule, ctx)

    checker._code_checks[0] = (rule, failing)


@pytest.mark.parametrize("position", [0, 40], ids=["in-a-worker", "in-the-caller"])
def test_an_exception_while_checking_reaches_the_caller_with_two_processes(position):
    checker = Checker()
    _failing_on(checker, "BOOM")
    items = [DRAFTS[i % 3] for i in range(100)]
    items[position] = "Hello,\n\nBOOM, your refund went out today.\n"
    with pytest.raises(RuntimeError, match="BOOM"):
        list(checker.check_many(items))
    with pytest.raises(RuntimeError, match="BOOM"):
        list(checker.check_many(items, processes=2))


def test_two_processes_hold_back_few_chunks_behind_a_slow_worker(monkeypatch):
    import time

    from replycheck.checker import _AHEAD, _IN_FLIGHT_PER_WORKER

    checker = Checker()
    rule, fn = checker._code_checks[0]

    def slow(rule, ctx):  # type: ignore[no-untyped-def]
        if "SLOW" in ctx.message.own:
            time.sleep(1.0)
        return fn(rule, ctx)

    checker._code_checks[0] = (rule, slow)
    items = [DRAFTS[i % 3] for i in range(400)]
    items[0] = "Hello,\n\nSLOW, your refund went out today.\n"
    calls = _with_spy(monkeypatch)
    reports = checker.check_many(items, processes=2)
    assert next(reports).source == "<item 0>"  # from the worker, after its 1 s
    assert 0 < len(calls) < _IN_FLIGHT_PER_WORKER + _AHEAD
    assert len(list(reports)) == 399


def test_two_processes_stop_cleanly_when_the_consumer_stops_early():
    checker = Checker()
    items = [(DRAFTS[i % 3], None, f"d{i}") for i in range(200)]
    reports = checker.check_many(items, processes=2)
    first = [next(reports) for _ in range(5)]
    reports.close()  # the pool shuts down, dropping chunks not yet started
    assert [r.source for r in first] == ["d0", "d1", "d2", "d3", "d4"]


def test_two_processes_pass_chunks_and_reports_larger_than_a_pipe_holds():
    # A pipe holds 64 KiB: chunks of 16 such drafts, and their reports (dozens
    # of findings each), only fit through while the caller reads and writes
    # as the worker goes, never blocking on one while the other is full.
    checker = Checker()
    items = [
        (f"Hi Sam {i},\n\n" + "You MUST send the receipt today. " * 400 if i % 2 else DRAFTS[1])
        for i in range(80)
    ]  # distinct strings: pickle sends a string it has sent before as a reference
    assert len(pickle.dumps(items[:16])) > 65536
    one = [r.to_dict() for r in checker.check_many(items)]
    assert len(pickle.dumps(one[1])) > 65536
    two = [r.to_dict() for r in checker.check_many(items, processes=2)]
    assert two == one


def test_a_worker_that_dies_is_an_error_not_a_hang():
    import os

    checker = Checker()
    caller = os.getpid()
    rule, fn = checker._code_checks[0]

    def dying(rule, ctx):  # type: ignore[no-untyped-def]
        if "DIE" in ctx.message.own and os.getpid() != caller:
            os._exit(3)
        return fn(rule, ctx)

    checker._code_checks[0] = (rule, dying)
    items = [DRAFTS[i % 3] for i in range(100)]
    items[0] = "Hello,\n\nDIE, your refund went out today.\n"  # in the worker's first chunk
    with pytest.raises(WorkerError, match="ended before"):
        list(checker.check_many(items, processes=2))


def _zombie_children() -> set[int]:
    import os
    from pathlib import Path

    zombies = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] == "Z" and int(fields[1]) == os.getpid():
            zombies.add(int(stat.parent.name))
    return zombies


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_a_finished_worker_is_reaped_by_the_next_call_at_the_latest():
    import time

    from replycheck import workers

    checker = Checker()
    items = [DRAFTS[i % 3] for i in range(40)]
    before = _zombie_children()
    list(checker.check_many(items, processes=2))
    time.sleep(0.5)  # the worker has exited: a zombie until it is reaped
    assert len(_zombie_children() - before) <= 1
    list(checker.check_many(items, processes=2))
    time.sleep(0.5)
    left = _zombie_children() - before
    assert len(left) <= 1 and left <= set(workers._exiting)  # only this call's worker


def test_a_worker_that_died_between_chunks_is_an_error_where_its_answer_is_read():
    import os
    import time

    from replycheck.workers import Worker

    def check(chunk):  # type: ignore[no-untyped-def]
        if chunk == ["die"]:
            os._exit(3)
        return [item.upper() for item in chunk]

    worker = Worker(check, ["a"])
    try:
        worker.send(["die"])
        assert worker.answer([worker]) == ["A"]
        time.sleep(0.3)  # the worker has died: writing to it breaks the pipe
        worker.send(["b"])
        with pytest.raises(WorkerError, match="ended before"):
            worker.answer([worker])
    finally:
        worker.stop()
        worker.join()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_workers_still_exiting_are_reaped_when_the_caller_exits():
    import subprocess
    import sys

    script = (
        "import replycheck\n"
        "from replycheck import workers\n"
        "items = ['Hi,\\n\\nYou MUST pay now.\\n'] * 100\n"
        "assert len(list(replycheck.Checker().check_many(items, processes=3))) == 100\n"
        "print(*workers._exiting)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    for pid in map(int, done.stdout.split()):
        stat = Path(f"/proc/{pid}/stat")
        # gone, or (the pid reused) someone else's: never left to init as a zombie
        assert not stat.exists() or stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"


def test_spawned_workers_give_the_same_reports_in_the_same_order():
    # Where the platform cannot fork, the workers are spawned and build their
    # own Checker from the configuration.
    checker = Checker()
    items = [(DRAFTS[i % len(DRAFTS)], None, f"d{i}") for i in range(80)]
    one = [r.to_dict() for r in checker.check_many(items)]
    two = [r.to_dict() for r in checker._check_parallel(items, 2, fork=False)]
    assert two == one


def _kind(category: str) -> str:
    return "rude" if category == "demanding" else category


def _naive(findings: list[Finding]) -> list[Finding]:
    order = sorted(findings, key=lambda f: (-SEVERITY_RANK[f.severity], -(f.end - f.start), f.code))
    kept: list[Finding] = []
    for f in order:
        if any(
            _kind(k.category) == _kind(f.category)
            and k.where == f.where
            and f.start < k.end
            and k.start < f.end
            for k in kept
        ):
            continue
        kept.append(f)
    return sorted(kept, key=lambda f: (f.where == "original", f.start, f.end, f.code))


def _finding(code: str, category: str, severity: str, start: int, length: int) -> Finding:
    return Finding(
        code=code, rule=code, category=category, severity=severity,  # type: ignore[arg-type]
        message="m", where="draft", start=start, end=start + length, line=1,
        column=start + 1, text="", suggestions=(),
    )  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.builds(
            _finding,
            st.sampled_from(["RC101", "RC102", "RC120"]),
            st.sampled_from(["rude", "demanding", "blame"]),
            st.sampled_from(["info", "warning", "error"]),
            st.integers(0, 40),
            st.integers(0, 12),
        ),
        max_size=40,
    )
)
def test_deduplicate_keeps_what_the_pairwise_rule_keeps(findings):
    assert _deduplicate(findings) == _naive(findings)


def test_the_same_words_flagged_rude_and_demanding_are_reported_once():
    rude = _finding("RC101", "rude", "warning", 10, 20)
    demanding = _finding("RC124", "demanding", "warning", 10, 20)
    blame = _finding("RC134", "blame", "warning", 10, 20)
    assert [f.code for f in _deduplicate([rude, demanding, blame])] == ["RC101", "RC134"]


def test_every_corpus_report_keeps_the_json_contract():
    """Each corpus draft's report validates against docs/report.schema.json,
    and every finding's text is the slice of the text its ``where`` names."""
    import json
    import sys
    from pathlib import Path

    import jsonschema

    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root / "scripts"))
    from evaluate import load_corpus

    schema = json.loads((root / "docs" / "report.schema.json").read_text())
    validator = jsonschema.Draft202012Validator(schema)
    checker = Checker()
    cases = load_corpus()
    assert len(cases) > 300
    for case in cases:
        report = checker.check(case.draft, case.original)
        data = json.loads(json.dumps(report.to_dict()))
        validator.validate(data)
        for finding in data["findings"]:
            text = case.original if finding["where"] == "original" else case.draft
            assert text[finding["start"] : finding["end"]] == finding["text"], case.id


def test_a_checked_doc_is_freed_without_the_cyclic_garbage_collector(monkeypatch):
    import gc
    import weakref

    from replycheck.nlp import Pipeline

    checker = Checker()
    pipe = Pipeline.pipe
    made: list[weakref.ref] = []

    def recording(self, texts, batch_size=64):
        for doc in pipe(self, texts, batch_size):
            made.append(weakref.ref(doc))
            yield doc

    # On the class: the checker looks ``pipe`` up by name on its pipeline
    # (``Checker._pipe``), and a compiled ``Pipeline`` (mypyc) takes no
    # attributes on its instances.
    monkeypatch.setattr(Pipeline, "pipe", recording)
    original = "Where is my parcel? Can I get a refund?"
    gc.collect()
    gc.disable()
    try:
        reports = list(checker.check_many([(draft, original) for draft in DRAFTS[:3]]))
        reports.append(checker.check(DRAFTS[0], original))
        assert len(made) == 8  # draft and customer message, four times
        assert [ref() for ref in made] == [None] * 8
    finally:
        gc.enable()
    assert any(report.findings for report in reports)


def test_the_body_on_the_greetings_line_is_read_as_its_own_sentence():
    """A body on the greeting's line ("Hi Sam, you must pay now.") is read
    from where it starts: the order is flagged as it is when the greeting has
    a line of its own, at the same words; a kind reply so written stays clean."""
    checker = Checker()
    one_line = checker.check("Hi Sam, you must pay now.\n\nThanks,\nAnn\n")
    two_lines = checker.check("Hi Sam,\nyou must pay now.\n\nThanks,\nAnn\n")
    assert [(f.code, f.start) for f in one_line.findings] == [("RC120", 8)]
    assert [(f.code, f.start) for f in two_lines.findings] == [("RC120", 8)]
    kind = checker.check("Hi Sam, thanks for waiting. Your refund is on its way.\n\nBest,\nAnn")
    assert kind.findings == ()


def test_start_sentence_at_marks_only_a_token_start_once():
    from replycheck.nlp import sentence_char_spans, shared_pipeline, start_sentence_at

    doc = shared_pipeline()("Hi Sam, you must pay now.")
    assert sentence_char_spans(doc) == [(0, 25)]
    start_sentence_at(doc, 9)  # inside "you": no token starts there
    assert sentence_char_spans(doc) == [(0, 25)]
    start_sentence_at(doc, 8)
    start_sentence_at(doc, 8)
    assert sentence_char_spans(doc) == [(0, 8), (8, 25)]
    assert [s.text for s in doc.sents] == ["Hi Sam,", "you must pay now."]


def test_sentence_char_spans_are_kept_per_doc_and_handed_out_as_copies():
    from replycheck.nlp import sentence_char_spans, shared_pipeline

    doc = shared_pipeline()("Thanks for waiting. It ships today.")
    first = sentence_char_spans(doc)
    first[-1] = (0, 0)  # a caller trimming its own copy
    assert sentence_char_spans(doc) == [(0, 20), (20, 35)]


_REFUND = "Hi Jonas,\n\nYour refund of £58.00 for the returned boots has been processed.\n\n"


def test_one_pitch_sentence_that_trips_two_stock_rules_is_one_finding():
    draft = (
        _REFUND + "While you're here, our spring collection has just landed, "
        "and you can take 20% off it with the code SPRING20.\n\nBest,\nAmira\n"
    )
    report = Checker().check(draft, original="Has my refund for the boots gone through yet?")
    pitches = [f for f in report.findings if f.category == "stock-pitch"]
    assert len(pitches) == 1
    assert pitches[0].text == draft[pitches[0].start : pitches[0].end]
    assert pitches[0].text.startswith("While you're here, our spring collection")
    assert pitches[0].text.endswith("with the code SPRING20.")


def test_a_second_pitch_in_the_same_sentence_that_names_its_own_thing_stays_apart():
    draft = (
        _REFUND + "While you're here, our spring collection has just landed, "
        "and our leather belts are 30% off this week only.\n\nBest,\nAmira\n"
    )
    report = Checker().check(draft, original="Has my refund for the boots gone through yet?")
    pitches = [f.text for f in report.findings if f.category == "stock-pitch"]
    assert pitches == [
        "While you're here, our spring collection has just landed",
        "our leather belts are 30% off this week only.",
    ]


def test_pitches_in_separate_sentences_stay_separate_findings():
    draft = (
        _REFUND + "While you're here, our spring collection has just landed.\n\n"
        "You can also take 20% off anything in the store this week with the code SPRING20."
        "\n\nBest,\nAmira\n"
    )
    report = Checker().check(draft, original="Has my refund for the boots gone through yet?")
    assert len([f for f in report.findings if f.category == "stock-pitch"]) == 2


def test_two_blame_rules_tripping_on_one_sentence_are_one_finding():
    draft = (
        "Hi,\n\nThat was your choice to book through a third-party site, "
        "so any problems are for them to solve.\n\nThanks,\nSam\n"
    )
    report = Checker().check(draft)
    blame = [f for f in report.findings if f.category == "blame"]
    assert len(blame) == 1
    assert blame[0].text == draft[blame[0].start : blame[0].end]
    assert blame[0].text.endswith("are for them to solve")


def test_blame_in_separate_sentences_stays_separate_findings():
    draft = (
        "Hi,\n\nThat was your choice to book through a third-party site.\n\n"
        "Any problems are for them to solve.\n\nThanks,\nSam\n"
    )
    report = Checker().check(draft)
    assert len([f for f in report.findings if f.category == "blame"]) == 2


def test_an_only_with_rule_speaks_only_in_company_and_alone_when_its_company_is_not_selected():
    # RC168's bare order needs another rude, demanding or blaming finding in the
    # draft: the same step in a kind reply is an instruction, not an order.
    curt = "Hi,\n\nThat's not our fault, you should have read the terms.\n\nArrive on time.\n\nJo"
    kind = "Hi,\n\nThanks for booking, we're looking forward to it.\n\nArrive on time.\n\nJo"
    full = Checker()
    assert "RC168" in {f.code for f in full.check(curt).findings}
    assert "RC168" not in {f.code for f in full.check(kind).findings}
    alone = Checker(Config(select=("RC168",)))
    assert [f.text for f in alone.check(kind).findings] == ["Arrive on time"]
    # in company of a category the draft does not hold, it stays silent
    shouting_only = Checker(Config(select=("RC168", "RC140")))
    assert shouting_only.check(curt).findings == ()


def test_tone_sentence_merged_from_a_code_check_and_a_pattern_rule_keeps_its_opening():
    # RC138 (a code check, run after the pattern rules) starts the sentence;
    # RC130 (a pattern rule) trips on its tail. The one merged finding must
    # cover both, from the code check's start.
    draft = (
        "Hi Dana,\n\nThe payment failed because your bank rejected it, "
        "not because of anything on our side.\n\nBest,\nTom\n"
    )
    blames = [f for f in Checker().check(draft).findings if f.category == "blame"]
    assert len(blames) == 1
    assert blames[0].text.startswith("because your bank rejected it")
    assert "not because of anything" in blames[0].text
    assert blames[0].text == draft[blames[0].start : blames[0].end]


def test_one_per_sentence_merges_to_the_earliest_start_whatever_the_order():
    # _report hands over findings sorted by start (_deduplicate sorts them),
    # but the merge must not depend on it: findings listed pattern rules
    # first, code checks after, would otherwise lose the earlier opening.
    from replycheck.checker import _one_per_sentence
    from replycheck.nlp import shared_pipeline

    text = "The payment failed because your bank rejected it, not because of us."
    doc = shared_pipeline()(text)

    def blame(code: str, start: int, end: int) -> Finding:
        return Finding(
            code, code, "blame", "warning", "", "draft", start, end, 1, start + 1, text[start:end]
        )

    late = text.index("not because")
    early = text.index("because your")
    merged = _one_per_sentence(
        [blame("RC130", late, len(text) - 1), blame("RC138", early, late - 2)],
        frozenset({"blame"}),
        doc,
        text,
    )
    assert [(f.start, f.end, f.column) for f in merged] == [(early, len(text) - 1, early + 1)]
    assert merged[0].text == text[early : len(text) - 1]
