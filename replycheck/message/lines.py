"""Lines of a text with their offsets, for the line-based passes.

A line break is ``\\n``, ``\\r\\n`` or a lone ``\\r``: ``read_text`` leaves a
caller's line endings as they are, so every pass must accept all three.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_LINE_BREAK = re.compile(r"\r\n?|\n")


class Line(NamedTuple):
    """One line: ``text[start:end]`` is its content, ``text[end:stop]`` its break."""

    start: int
    end: int
    stop: int


def split_lines(text: str) -> list[Line]:
    """Every line of ``text`` in order (linear time); the last may have no break."""
    lines: list[Line] = []
    start = 0
    if "\r" not in text:  # the usual case, about twice as fast
        for piece in text.split("\n"):
            end = start + len(piece)
            lines.append(Line(start, end, end + 1))
            start = end + 1
        lines[-1] = Line(lines[-1].start, len(text), len(text))
        return lines
    for match in _LINE_BREAK.finditer(text):
        lines.append(Line(start, match.start(), match.end()))
        start = match.end()
    lines.append(Line(start, len(text), len(text)))
    return lines
