"""Output formats: one small renderer per format, so a new format touches one
file. A renderer is told about each report as it is made (so a batch streams
and nothing is half-written) and about the totals at the end."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, TextIO

if TYPE_CHECKING:
    from replycheck.model import Report


class Renderer(Protocol):
    def __init__(self, out: TextIO, *, color: bool) -> None: ...

    def report(self, report: Report, original_path: str | None) -> None:
        """Render one draft's report (``original_path`` names ``--original``)."""

    def error(self, source: str, message: str) -> None:
        """Note an input that could not be checked (the CLI also prints it to stderr)."""

    def finish(self) -> None:
        """Write whatever closes the output."""


def renderer(name: str) -> type[Renderer]:
    """The renderer class for a ``--format`` name."""
    if name == "json":
        from replycheck.formats.json import JsonRenderer

        return JsonRenderer
    if name == "sarif":
        from replycheck.formats.sarif import SarifRenderer

        return SarifRenderer
    if name == "github":
        from replycheck.formats.github import GithubRenderer

        return GithubRenderer
    from replycheck.formats.text import TextRenderer

    return TextRenderer


FORMATS = ("text", "json", "sarif", "github")
