"""The scorer's matching, span resolution and AUC, pinned with synthetic findings."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "evaluate.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("replycheck_evaluate", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


ev = _load()


def _case(draft: str, expects=(), original=None, good=False) -> object:
    return ev.Case(
        id="t-1",
        industry="retail",
        split="dev",
        good=good,
        draft=draft,
        original=original,
        expects=tuple(ev.Expect(*e) for e in expects),
    )


def test_overlapping_spans_match_and_touching_ones_do_not():
    a = ev.Span("draft", 10, 20)
    assert a.overlaps(ev.Span("draft", 19, 30))
    assert not a.overlaps(ev.Span("draft", 20, 30))
    assert not a.overlaps(ev.Span("original", 12, 15))


def test_zero_width_finding_counts_as_the_character_it_sits_on():
    assert ev.Span("draft", 10, 20).overlaps(ev.Span("draft", 15, 15))
    assert not ev.Span("draft", 10, 20).overlaps(ev.Span("draft", 20, 20))


def test_occurrence_picks_the_nth_copy_of_the_text():
    draft = "Sorry for the wait. All sorted now.\n\nSorry again for the wait.\nBest, Ana"
    case = _case(draft, [("closing-apology", "for the wait", 2)])
    span = ev.expected_span(case, case.expects[0])
    assert draft[span.start : span.end] == "for the wait"
    assert span.start == draft.rindex("for the wait")


def test_missing_text_raises_with_the_case_id():
    case = _case("Hello there", [("rude", "You must", 1)])
    with pytest.raises(ev.CorpusError, match="t-1"):
        ev.expected_span(case, case.expects[0])


def test_unanswered_question_resolves_in_original_when_given():
    original = "Hi. When will it arrive? Thanks"
    case = _case("Hi Dana, thanks.", [("unanswered-question", "When will it arrive?", 1)], original)
    span = ev.expected_span(case, case.expects[0])
    assert span.where == "original"
    assert original[span.start : span.end] == "When will it arrive?"


def test_unanswered_question_resolves_in_the_quoted_part_of_the_draft():
    draft = (
        "Hi Dana,\n\nWhen will it arrive? is a fair question.\n\nBest, Sam\n\n"
        "On Mon, 2 Nov 2026 at 10:14, Dana Reyes <dana@example.com> wrote:\n"
        "> When will it arrive?\n"
    )
    case = _case(draft, [("unanswered-question", "When will it arrive?", 1)])
    span = ev.expected_span(case, case.expects[0])
    assert span.where == "quoted"
    assert span.start == draft.rindex("When will it arrive?")


def test_outlook_header_starts_the_quoted_part():
    draft = (
        "Hello,\n\nDone.\n\nRegards\n\n-----Original Message-----\n"
        "From: Lee\nSent: Monday\nTo: Support\nSubject: Bill\n\nCan you refund me?\n"
    )
    assert ev.quote_start(draft) == draft.index("-----Original")


def test_draft_category_text_only_found_in_the_agents_words():
    draft = (
        "Hi,\n\nAll fixed.\n\n"
        "On Mon, 2 Nov 2026, Dana <d@example.com> wrote:\n> YOU MUST FIX THIS\n"
    )
    case = _case(draft, [("shouting", "YOU MUST", 1)])
    with pytest.raises(ev.CorpusError):
        ev.expected_span(case, case.expects[0])


def test_each_expectation_and_finding_is_counted_once():
    expected = [("rude", ev.Span("draft", 0, 10))]
    found = [
        ev.Found("rude", ev.Span("draft", 2, 5)),
        ev.Found("rude", ev.Span("draft", 6, 9)),
    ]
    tally, missed, spurious = ev.match(expected, found, frozenset({"rude"}))
    assert (tally.tp, tally.fp, tally.fn) == (1, 1, 0)
    assert tally.inside_matched == 1  # the extra finding sits inside the matched phrase
    assert missed == [] and len(spurious) == 1


def test_a_false_alarm_elsewhere_is_not_counted_as_inside_a_match():
    expected = [("rude", ev.Span("draft", 0, 10))]
    found = [ev.Found("rude", ev.Span("draft", 2, 5)), ev.Found("rude", ev.Span("draft", 40, 45))]
    tally, _, _ = ev.match(expected, found, frozenset({"rude"}))
    assert (tally.tp, tally.fp, tally.inside_matched) == (1, 1, 0)


def test_matching_finds_the_best_assignment_not_the_first():
    # Greedy would give finding 0 to expectation 0 and leave expectation 1 unmatched.
    expected = [("rude", ev.Span("draft", 0, 10)), ("rude", ev.Span("draft", 8, 12))]
    found = [ev.Found("rude", ev.Span("draft", 8, 9)), ev.Found("rude", ev.Span("draft", 0, 2))]
    tally, _, _ = ev.match(expected, found, frozenset({"rude"}))
    assert (tally.tp, tally.fp, tally.fn) == (2, 0, 0)


def test_rude_and_demanding_match_as_one_group_but_not_separately():
    draft = "Hi,\n\nYou must send it today.\n\nBest, Jo"
    case = _case(draft, [("demanding", "You must send it today.", 1)])
    start = draft.index("You must")
    result = ev.score_case(case, [ev.Found("rude", ev.Span("draft", start, start + 8))], None, 1.0)
    group = result.by_group["rude-or-demanding"]
    assert (group.tp, group.fp, group.fn) == (1, 0, 0)
    assert (result.by_category["rude"].fp, result.by_category["demanding"].fn) == (1, 1)


def test_wrong_where_does_not_match():
    original = "Can I get a refund?"
    case = _case("Hi", [("unanswered-question", "Can I get a refund?", 1)], original)
    found = [ev.Found("unanswered-question", ev.Span("quoted", 0, 5))]
    result = ev.score_case(case, found, None, 1.0)
    tally = result.by_category["unanswered-question"]
    assert (tally.tp, tally.fp, tally.fn) == (0, 1, 1)


def test_unknown_finding_categories_are_ignored():
    class F:
        def __init__(self, category: str) -> None:
            self.category, self.start, self.end, self.where = category, 0, 3, "draft"

    assert [f.category for f in ev.to_found([F("clarity"), F("blame")])] == ["blame"]


def test_precision_recall_f1():
    tally = ev.Tally(tp=3, fp=1, fn=3)
    assert tally.precision == 0.75 and tally.recall == 0.5
    assert tally.f1 == pytest.approx(0.6)
    assert ev.Tally().precision is None and ev.Tally().f1 is None


def test_auc_counts_pairs_where_clear_scores_higher_and_ties_half():
    auc, pairs = ev.clarity_auc(
        [("clear", 80.0), ("clear", 50.0), ("muddled", 50.0), ("muddled", 30.0), (None, 99.0)]
    )
    assert pairs == 4
    assert auc == pytest.approx((1 + 1 + 0.5 + 1) / 4)
    assert ev.clarity_auc([("clear", 1.0)]) == (None, 0)


def test_percentile_is_nearest_rank():
    values = [float(v) for v in range(1, 21)]
    assert ev.percentile(values, 50) == 10.0
    assert ev.percentile(values, 95) == 19.0
    assert ev.percentile([5.0], 95) == 5.0


def test_write_docs_replaces_only_the_marked_section(tmp_path: Path):
    doc = tmp_path / "quality.md"
    doc.write_text(f"# Quality\n\nintro\n\n{ev.BEGIN}\nold\n{ev.END}\n\n## Benchmarks\nkeep\n")
    ev.write_docs("new table", doc)
    text = doc.read_text()
    assert "new table" in text and "old" not in text
    assert text.startswith("# Quality\n\nintro") and text.endswith("## Benchmarks\nkeep\n")


def test_load_corpus_rejects_duplicate_ids(tmp_path: Path):
    for split in ("dev", "test"):
        (tmp_path / split).mkdir()
        (tmp_path / split / "retail.toml").write_text(
            '[[case]]\nid = "dup"\nindustry = "retail"\ngood = true\ndraft = "Hi there"\n'
        )
    with pytest.raises(ev.CorpusError, match="dup"):
        ev.load_corpus(tmp_path, "all")


def test_load_corpus_rejects_unknown_category(tmp_path: Path):
    (tmp_path / "dev").mkdir()
    (tmp_path / "dev" / "retail.toml").write_text(
        '[[case]]\nid = "x-1"\nindustry = "retail"\ngood = false\ndraft = "Hi there"\n'
        '[[case.expect]]\ncategory = "snark"\ntext = "Hi"\n'
    )
    with pytest.raises(ev.CorpusError, match="x-1"):
        ev.load_corpus(tmp_path, "dev")


def test_load_corpus_accepts_a_stated_where_only_when_it_agrees(tmp_path: Path):
    (tmp_path / "dev").mkdir()
    case = (
        '[[case]]\nid = "x-1"\nindustry = "retail"\ngood = false\ndraft = "Hi there"\n'
        'original = "Can I return it?"\n'
        '[[case.expect]]\ncategory = "unanswered-question"\ntext = "Can I return it?"\n'
    )
    (tmp_path / "dev" / "retail.toml").write_text(case + 'where = "original"\n')
    (loaded,) = ev.load_corpus(tmp_path, "dev")
    assert loaded.expects[0].where == "original"
    (tmp_path / "dev" / "retail.toml").write_text(case + 'where = "quoted"\n')
    with pytest.raises(ev.CorpusError, match="x-1"):
        ev.load_corpus(tmp_path, "dev")


def test_run_and_summarize_with_a_stand_in_checker(monkeypatch: pytest.MonkeyPatch):
    from types import SimpleNamespace

    draft = "Hi,\n\nYou must send it today.\n\nBest, Jo"
    start = draft.index("You must")

    class Checker:
        def check(self, text: str, original: str | None = None) -> SimpleNamespace:
            found = [
                SimpleNamespace(category="demanding", start=start, end=start + 8, where="draft")
            ]
            return SimpleNamespace(
                findings=found if "must" in text else [], clarity=SimpleNamespace(score=len(text))
            )

    monkeypatch.setitem(sys.modules, "replycheck", SimpleNamespace(Checker=Checker))
    bad = _case(draft, [("demanding", "You must send it today.", 1)])
    good = ev.Case(id="t-2", industry="retail", split="dev", good=True, draft="Hi,\n\nDone.\n\nJo")
    summary = ev.summarize(ev.run([bad, good]), "dev")
    assert summary["headline"]["rude-or-demanding"]["tp"] == 1
    assert summary["good_clean"]["tone"] == {"clean": 1, "of": 1}
    assert summary["timing_ms"]["p95"] is not None
    assert "| rude-or-demanding | 1 | 0 | 0 | 0 |" in ev.render_markdown(summary, "cmd")


def test_write_docs_keeps_one_section_per_split(tmp_path: Path):
    doc = tmp_path / "quality.md"
    doc.write_text("# Quality\n")
    ev.write_docs("dev numbers", doc, split="dev")
    ev.write_docs("test numbers", doc, split="test")
    ev.write_docs("dev numbers again", doc, split="dev")
    text = doc.read_text()
    assert "test numbers" in text and "dev numbers again" in text
    assert "dev numbers\n" not in text
    assert text.index("dev numbers again") < text.index("test numbers")


def test_only_file_keeps_the_cases_of_one_corpus_file():
    cases = [
        ev.Case(id=f"{name}-dev-001", industry=name, split="dev", good=True, draft="Hi.",
                source=f"corpus/dev/{name}.toml")
        for name in ("retail", "retail-tone", "tone-fresh2")
    ]  # fmt: skip
    assert [c.id for c in ev.only_file(cases, "retail")] == ["retail-dev-001"]
    assert ev.only_file(cases, "telecom") == []


def test_file_filter_scores_several_files_together(capsys):
    assert ev.main(["--split", "dev", "--file", "tone-fresh2", "--file", "retail", "--json"]) == 0
    together = json.loads(capsys.readouterr().out)["cases"]
    counts = []
    for name in ("tone-fresh2", "retail"):
        assert ev.main(["--split", "dev", "--file", name, "--json"]) == 0
        counts.append(json.loads(capsys.readouterr().out)["cases"])
    assert together == sum(counts) and min(counts) > 0


def test_file_filter_names_a_missing_file(capsys):
    assert ev.main(["--split", "dev", "--file", "retail", "--file", "no-such-file"]) == 2
    assert "no-such-file.toml" in capsys.readouterr().err


def test_file_filter_refuses_to_write_the_split_docs():
    with pytest.raises(SystemExit) as exc:
        ev.main(["--file", "tone-fresh2", "--write-docs"])
    assert exc.value.code == 2


def test_unanswered_labels_are_none_without_a_customer_message():
    case = _case("Hi Dana, thanks.", [("rude", "thanks", 1)])
    assert ev.unanswered_labels(case) is None


def test_unanswered_labels_keep_only_unanswered_questions():
    original = "Hi. When will it arrive? Thanks"
    expects = [("unanswered-question", "When will it arrive?", 1), ("rude", "thanks", 1)]
    case = _case("Hi Dana, thanks.", expects, original)
    labels = ev.unanswered_labels(case)
    assert [(s.where, original[s.start : s.end]) for s in labels] == [
        ("original", "When will it arrive?")
    ]


def test_misses_of_blind_files_are_counted_not_shown():
    seen = ev.CaseResult(case=_case("Calm down."), findings=[], clarity=None, ms=0.0)
    seen.missed.append(("rude", "Calm down."))
    blind_case = ev.Case(**{**vars(_case("Obviously.")), "industry": ev.BLIND[0]})
    blind = ev.CaseResult(case=blind_case, findings=[], clarity=None, ms=0.0)
    blind.missed.append(("rude", "Obviously."))
    blind.spurious.append(("blame", "Obviously."))
    shown = ev.render_misses([seen, blind])
    assert "t-1: MISSED rude: 'Calm down.'" in shown
    assert "Obviously" not in shown
    assert "(2 misses and false alarms in blind files, not shown)" in shown


def test_every_blind_file_is_in_the_dev_corpus():
    stems = {Path(case.source).stem for case in ev.load_corpus(split="dev")}
    assert set(ev.BLIND) <= stems


def test_rule_table_counts_each_rules_false_alarms_and_leaves_blind_files_out():
    seen = ev.CaseResult(case=_case("Calm down."), findings=[], clarity=None, ms=0.0)
    seen.findings += [
        ev.Found("rude", ev.Span("draft", 0, 4), "RC101"),
        ev.Found("rude", ev.Span("draft", 5, 9), "RC101"),
    ]
    seen.spurious.append(("rude", "down"))
    seen.spurious_codes.append("RC101")
    blind_case = ev.Case(**{**vars(_case("Obviously.")), "industry": ev.BLIND[0]})
    blind = ev.CaseResult(case=blind_case, findings=[], clarity=None, ms=0.0)
    blind.findings.append(ev.Found("rude", ev.Span("draft", 0, 9), "RC103"))
    blind.spurious.append(("rude", "Obviously"))
    blind.spurious_codes.append("RC103")
    table = ev.rule_table([seen, blind])
    assert table == {"RC101": {"findings": 2, "false": 1, "on_good": 0}}
    assert "| RC101 | 2 | 1 | 0 | 0.50 |" in ev.render_rule_table(table)
    assert "t-1: EXTRA  rude [RC101]: 'down'" in ev.render_misses([seen])
