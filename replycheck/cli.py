"""The ``replycheck`` command: parse arguments, call the library, render.

Exit codes: 0 nothing at or above the fail level, 1 findings at or above it,
2 usage or input error (one line on stderr, never a traceback).
"""

from __future__ import annotations

import gc
import glob
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from replycheck.errors import ReplycheckError

if TYPE_CHECKING:
    from replycheck.checker import Checker
    from replycheck.model import Report

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


@click.command(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.argument("paths", nargs=-1)
@click.option(
    "--original",
    "original_path",
    metavar="PATH",
    help="The customer's message the draft answers (text or .eml).",
)
@click.option(
    "--format",
    "output_format",
    default="text",
    show_default=True,
    type=click.Choice(["text", "json", "sarif", "github"]),
    help="Output format.",
)
@click.option(
    "--select",
    multiple=True,
    metavar="CODES",
    help="Only these rules: codes, prefixes (RC1), names or categories; comma-separated.",
)
@click.option("--ignore", multiple=True, metavar="CODES", help="Skip these rules (same forms).")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info", "never"]),
    help="Lowest severity that makes the exit code 1 [default: warning].",
)
@click.option(
    "--config",
    "config_path",
    metavar="PATH",
    help="replycheck.toml or pyproject.toml to use instead of the nearest one.",
)
@click.option(
    "--ruleset",
    "rulesets",
    multiple=True,
    metavar="PATH",
    help="An extra ruleset file (repeatable).",
)
@click.option("--list-rules", is_flag=True, help="List every rule and exit.")
@click.option("--explain", metavar="CODE", help="Explain one rule (code or name) and exit.")
@click.option("--color/--no-color", default=None, help="Force colour on or off [default: auto].")
@click.option(
    "-j",
    "--jobs",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Worker processes for many drafts.",
)
@click.version_option(package_name="replycheck", message="replycheck %(version)s")
def cli(
    paths: tuple[str, ...],
    original_path: str | None,
    output_format: str,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    config_path: str | None,
    rulesets: tuple[str, ...],
    list_rules: bool,
    explain: str | None,
    color: bool | None,
    jobs: int,
) -> None:
    """Lint customer-service reply drafts before they are sent.

    PATHS are files, globs, or - for standard input. The customer's message
    comes from --original, or from the text quoted in the draft.
    """
    from replycheck.checker import Checker
    from replycheck.config import Config

    config = Config.from_file(config_path) if config_path else Config.discover()
    config = config.merged(
        select=_split(select),
        ignore=_split(ignore),
        fail_on=fail_on,
        rulesets=tuple(config.rulesets) + tuple(Path(p) for p in rulesets) if rulesets else (),
    )
    checker = Checker(config)

    if list_rules:
        _list_rules(checker)
        return
    if explain:
        _explain(checker, explain)
        return
    if not paths:
        raise click.UsageError("no drafts given (pass files, globs, or - for stdin)")

    original: bytes | None = None
    if original_path is not None:
        original = _read(original_path)

    from replycheck.formats import renderer

    out = sys.stdout
    use_color = color if color is not None else (out.isatty() and "NO_COLOR" not in os.environ)
    render = renderer(output_format)(out, color=use_color)
    failed = errored = False

    for source, outcome in _run(checker, list(_expand(paths)), original, jobs):
        if isinstance(outcome, str):
            errored = True
            click.echo(f"replycheck: {outcome}", err=True)
            render.error(source, outcome)
            continue
        render.report(outcome, original_path)
        failed = failed or not outcome.passed
    render.finish()
    sys.exit(EXIT_ERROR if errored else EXIT_FINDINGS if failed else EXIT_CLEAN)


def _expand(paths: tuple[str, ...]) -> Iterator[str]:
    for path in paths:
        if path != "-" and glob.has_magic(path) and not os.path.exists(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                yield path  # reported as unreadable, in order
            yield from matches
        else:
            yield path


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise ReplycheckError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ReplycheckError(f"{path}: is a directory (pass files or a glob)") from None
    except OSError as exc:
        raise ReplycheckError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _run(
    checker: Checker, sources: list[str], original: bytes | None, jobs: int
) -> Iterator[tuple[str, Report | str]]:
    """``(source, report or error message)`` per draft, in input order; a bad
    draft is reported and the batch goes on."""
    names = ["<stdin>" if source == "-" else source for source in sources]
    if jobs == 1:
        for source, name in zip(sources, names, strict=True):
            try:
                yield name, checker.check(_read(source), original, source=name)
            except ReplycheckError as exc:
                yield name, str(exc)
            _collect_again()
        return
    _collect_again()
    readable: list[tuple[bytes, bytes | None, str]] = []
    errors: dict[int, str] = {}
    for index, (source, name) in enumerate(zip(sources, names, strict=True)):
        try:
            readable.append((_read(source), original, name))
        except ReplycheckError as exc:
            errors[index] = str(exc)
    reports = checker.check_many(readable, processes=jobs)
    for index, name in enumerate(names):
        if index in errors:
            yield name, errors[index]
            continue
        report = next(reports)
        yield name, report.error if report.error is not None else report


def _list_rules(checker: Checker) -> None:
    active = {rule.code for rule in checker.rules}
    rows = [
        (r.code, r.name, r.category, r.severity if r.code in active else "off", r.kind)
        for r in checker.registry
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(4)] if rows else [0] * 4
    for row in rows:
        cells = "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:4]))
        click.echo(f"{cells}  {row[4]}")


def _explain(checker: Checker, key: str) -> None:
    from replycheck.docs import explain

    rule = checker.registry.get(key)
    if rule is None:
        raise ReplycheckError(f"unknown rule '{key}' (see `replycheck --list-rules`)")
    click.echo(explain(rule))


_paused = False  # whether ``main`` turned the garbage collector off


def _collect_again() -> None:
    """Turn the garbage collector back on (see ``main``), with everything
    loaded so far frozen: later collections never walk spaCy's and the
    rules' objects again. Does nothing unless ``main`` paused it."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


def main(argv: list[str] | None = None) -> None:
    """Entry point: runs the command and turns every failure into one line and exit 2.

    The cyclic garbage collector is off until the first draft is checked:
    loading spaCy and compiling the rules allocates some hundred thousand
    long-lived objects, and the collections they set off walk all of them
    again and again for nothing. Reference counting still frees everything
    in the meantime.
    """
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True
    try:
        _main(argv)
    finally:
        if _paused:
            _paused = False
            gc.enable()


def _main(argv: list[str] | None) -> None:
    try:
        cli.main(args=argv, prog_name="replycheck", standalone_mode=False)
    except click.ClickException as exc:
        click.echo(f"replycheck: error: {exc.format_message()}", err=True)
        sys.exit(EXIT_ERROR)
    except click.exceptions.Abort:
        sys.exit(130)
    except ReplycheckError as exc:
        click.echo(f"replycheck: error: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # a bug: still one line, traceback on request
        if os.environ.get("REPLYCHECK_DEBUG"):
            raise
        click.echo(
            f"replycheck: internal error: {type(exc).__name__}: {exc} "
            "(set REPLYCHECK_DEBUG=1 for the traceback)",
            err=True,
        )
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_CLEAN)


if __name__ == "__main__":  # pragma: no cover
    main()
