"""Offsets are the contract integrations rely on: for any draft, every
finding's span indexes the caller's text exactly, and line/column agree."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from replycheck.model import line_and_column
from replycheck.rules import Registry

SNIPPETS = [example.text for rule in Registry.load() for example in (*rule.bad, *rule.good)] or [
    "Hello, thanks for writing."
]

pieces = st.one_of(
    st.sampled_from(SNIPPETS),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
    st.sampled_from(["\n", "\n\n", "\r\n", "  ", "> ", "\u2019", "!!!", "SORRY", "é", "😊"]),
)


def _check_offsets(report, draft, original):
    for finding in report.findings:
        text = original if finding.where == "original" else draft
        assert 0 <= finding.start <= finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.text
        assert (finding.line, finding.column) == line_and_column(text, finding.start)
    for item in report.asked:
        text = original if item.where == "original" else draft
        assert text[item.start : item.end] == item.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(pieces, min_size=1, max_size=12))
def test_finding_spans_index_the_draft_as_given(checker, parts):
    draft = "".join(parts)
    if not draft.strip() or "\x00" in draft:
        return
    try:
        report = checker.check(draft)
    except Exception as exc:  # only input errors are acceptable
        from replycheck import InputError

        assert isinstance(exc, InputError), repr(exc)
        return
    _check_offsets(report, draft, None)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    draft_parts=st.lists(st.sampled_from(SNIPPETS), min_size=1, max_size=5),
    original_parts=st.lists(pieces, min_size=1, max_size=8),
)
@example(  # the asked list once held the straightened quote, not the customer's
    draft_parts=["As explained numerous times, we cannot change the address."],
    original_parts=["\u2018", "00?"],
)
def test_spans_in_the_customer_message_index_the_original(checker, draft_parts, original_parts):
    draft = "\n\n".join(draft_parts)
    original = "Hi,\n" + " ".join(original_parts) + "\nWhen will my order arrive?\nThanks"
    if "\x00" in original:
        return
    report = checker.check(draft, original)
    _check_offsets(report, draft, original)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="ab\n\r ", max_size=60), data=st.data())
def test_line_and_column_count_the_breaks_before_the_offset(text, data):
    # Line starts are read once per text (a long draft full of findings was
    # quadratic when every finding counted the breaks before it); the answer
    # must be what counting them gives, "\r\n" as one break.
    offset = data.draw(st.integers(min_value=0, max_value=len(text)))
    line_start = text.rfind("\n", 0, offset) + 1
    assert line_and_column(text, offset) == (
        text.count("\n", 0, offset) + 1,
        offset - line_start + 1,
    )
