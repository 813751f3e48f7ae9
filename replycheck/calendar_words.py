"""The calendar's words, listed once: the days of the week and the months,
lower-cased, with their abbreviations.

A small module of its own (not thread/topic.py, which owns dates on the
thread side) so the tone checks can import it without pulling in thread
code. Each user keeps its own extra words ("today", "tomorrow", "noon")
beside its use; a set that must not read the modal "may" as a month takes
it out there.
"""

from __future__ import annotations

#: "monday" .. "sunday".
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
#: The short forms of the weekdays ("tue", "tues", "thurs").
WEEKDAY_ABBREVIATIONS = frozenset(
    {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
)
#: "january" .. "december" (with the modal "may").
MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"}
)  # fmt: skip
#: The short forms of the months ("jan", "sept"; "may" has none).
MONTH_ABBREVIATIONS = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)
#: A month, written out or short.
MONTH_WORDS = MONTHS | MONTH_ABBREVIATIONS
