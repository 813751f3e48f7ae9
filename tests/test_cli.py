"""The CLI contract of DESIGN.md: formats, exit codes 0/1/2, one-line errors,
batches that go on past a bad file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text())
GOOD = EXAMPLES / "good-draft.txt"
BAD = EXAMPLES / "refund-draft.txt"


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None):
    return subprocess.run(
        [sys.executable, "-m", "replycheck", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd or ROOT,
        timeout=120,
    )


def lines_of(output: bytes) -> list[str]:
    return output.decode().splitlines()


def test_flawed_draft_exits_1_with_path_line_col_code_lines():
    result = run(str(BAD))
    assert result.returncode == 1, result.stderr
    out = lines_of(result.stdout)
    assert any(line.startswith(f"{BAD}:3:1: RC") or ":3:" in line for line in out)
    assert any(": clarity " in line for line in out)
    assert out[-1].startswith("Found ")
    assert "\x1b[" not in result.stdout.decode()  # no colour when not a terminal


def test_good_draft_exits_0():
    result = run(str(GOOD))
    assert result.returncode == 0, result.stdout.decode() + result.stderr.decode()


def test_fail_on_never_exits_0_even_with_findings():
    assert run(str(BAD), "--fail-on", "never").returncode == 0


def test_json_lines_validate_against_the_contract():
    result = run(str(BAD), str(GOOD), "--format", "json")
    reports = [json.loads(line) for line in lines_of(result.stdout)]
    assert [r["source"] for r in reports] == [str(BAD), str(GOOD)]
    for report in reports:
        jsonschema.validate(report, SCHEMA)
    text = BAD.read_text()
    for finding in reports[0]["findings"]:
        if finding["where"] != "original":
            assert text[finding["start"] : finding["end"]] == finding["text"]


def test_empty_stdin_is_a_one_line_error_exit_2():
    result = run("-", stdin=b"\n")
    assert result.returncode == 2
    err = lines_of(result.stderr)
    assert len(err) == 1 and err[0].startswith("replycheck: ")
    assert "Traceback" not in result.stderr.decode()


def test_binary_file_is_a_one_line_error_exit_2(tmp_path):
    binary = tmp_path / "photo.bin"
    binary.write_bytes(bytes(range(256)) * 8)
    result = run(str(binary))
    assert result.returncode == 2
    assert len(lines_of(result.stderr)) == 1


def test_batch_goes_on_past_a_bad_file(tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Caf\xe9 is closed.".encode("latin-1"))
    result = run(str(bad), str(tmp_path / "missing.txt"), str(GOOD), "--format", "json")
    assert result.returncode == 2
    reports = [json.loads(line) for line in lines_of(result.stdout)]
    assert [("error" in r) for r in reports] == [True, True, False]
    assert len(lines_of(result.stderr)) == 2


def test_glob_expands_in_sorted_order():
    result = run(str(EXAMPLES / "*-draft.txt"), "--format", "json")
    sources = [json.loads(line)["source"] for line in lines_of(result.stdout)]
    assert sources == sorted(str(p) for p in EXAMPLES.glob("*-draft.txt"))


def test_stdin_dash_reads_the_draft():
    result = run("-", "--format", "json", stdin=BAD.read_bytes())
    report = json.loads(result.stdout)
    assert report["source"] == "<stdin>"
    assert report["findings"]


def test_original_option_points_unanswered_findings_at_the_customer_text(tmp_path):
    customer = tmp_path / "customer.txt"
    customer.write_text("Hi,\n\nCan you send me a prepaid return label?\n\nThanks, Dana\n")
    draft = tmp_path / "draft.txt"
    draft.write_text("Hi Dana,\n\nThanks for getting in touch.\n\nBest,\nTom\n")
    result = run(str(draft), "--original", str(customer), "--format", "json")
    report = json.loads(result.stdout)
    assert report["original"] == "original"
    unanswered = [f for f in report["findings"] if f["category"] == "unanswered-question"]
    assert unanswered and all(f["where"] == "original" for f in unanswered)


def test_text_output_says_when_no_customer_message_was_found(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("Hi Dana,\n\nYour refund was issued today.\n\nBest,\nTom\n")
    out = run(str(draft)).stdout.decode()
    assert "customer message not found" in out


def test_select_and_ignore_filter_rules():
    only_stock = run(str(BAD), "--select", "stock-pitch", "--format", "json")
    categories = {f["category"] for f in json.loads(only_stock.stdout)["findings"]}
    assert categories == {"stock-pitch"}
    no_stock = run(str(BAD), "--ignore", "stock-pitch", "--format", "json")
    assert "stock-pitch" not in {f["category"] for f in json.loads(no_stock.stdout)["findings"]}


def test_unknown_select_is_a_usage_error():
    result = run(str(BAD), "--select", "ZZ999")
    assert result.returncode == 2
    assert len(lines_of(result.stderr)) == 1


def test_bad_option_is_a_one_line_usage_error():
    result = run(str(BAD), "--format", "yaml")
    assert result.returncode == 2
    assert len(lines_of(result.stderr)) == 1


def test_list_rules_and_explain():
    listed = lines_of(run("--list-rules").stdout)
    assert len(listed) >= 10
    code = listed[0].split()[0]
    explained = run("--explain", code)
    assert explained.returncode == 0
    assert code in explained.stdout.decode()
    assert "Use instead" in explained.stdout.decode()
    assert run("--explain", "RC000").returncode == 2


@pytest.mark.parametrize("fmt", ["sarif", "github"])
def test_other_formats_render(fmt):
    result = run(str(BAD), "--format", fmt)
    assert result.returncode == 1
    out = result.stdout.decode()
    if fmt == "sarif":
        document = json.loads(out)
        assert document["version"] == "2.1.0"
        assert document["runs"][0]["results"]
    else:
        assert out.startswith("::")


def test_config_file_is_used(tmp_path):
    (tmp_path / "replycheck.toml").write_text('select = ["stock-pitch"]\nfail-on = "never"\n')
    result = run(str(BAD), "--format", "json", cwd=tmp_path)
    assert result.returncode == 0
    assert {f["category"] for f in json.loads(result.stdout)["findings"]} == {"stock-pitch"}


def test_malformed_config_is_a_one_line_error(tmp_path):
    (tmp_path / "replycheck.toml").write_text("select = [")
    result = run(str(BAD), cwd=tmp_path)
    assert result.returncode == 2
    err = lines_of(result.stderr)
    assert len(err) == 1 and "replycheck.toml" in err[0]


def test_a_quoted_question_that_wraps_is_shown_on_one_line_without_quote_marks(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "Hi Dana,\n\nThanks for writing in.\n\nBest,\nTom\n\n"
        "On Mon, 16 Nov 2026 at 09:12, Dana <dana@example.com> wrote:\n"
        "> Hello, can you send me a prepaid label for\n> the boots I want to return?\n"
    )
    result = run(str(draft), "--no-color")
    shown = [line for line in result.stdout.decode().splitlines() if "customer wrote" in line]
    assert shown and all(">" not in line for line in shown)
    assert any("label for the boots" in line for line in shown)


def test_garbage_collector_paused_for_the_first_draft_then_restored(monkeypatch):
    import gc

    from replycheck import Checker
    from replycheck.cli import main

    seen = []
    check = Checker.check

    def recording(self, *args, **kwargs):
        seen.append(gc.isenabled())
        return check(self, *args, **kwargs)

    monkeypatch.setattr(Checker, "check", recording)
    assert gc.isenabled()
    with pytest.raises(SystemExit):
        main([str(GOOD), str(BAD), str(GOOD)])
    assert seen == [False, True, True]  # loading and the first draft run without it
    assert gc.isenabled()
    gc.disable()  # a host that keeps it off keeps it off
    try:
        with pytest.raises(SystemExit):
            main([str(GOOD)])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_readme_shows_the_bundled_examples_real_output():
    """The README's "What it says" block is what the CLI prints today."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    prompt = "$ replycheck examples/refund-draft.txt\n"
    shown = readme.split(prompt, 1)[1].split("```", 1)[0]
    result = run("examples/refund-draft.txt")
    assert result.stdout.decode() == shown
