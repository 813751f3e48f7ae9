"""The compiled-pattern cache: a pattern built from it is the one ``re``
builds, and a missing, stale or corrupt cache only costs time."""

from __future__ import annotations

import marshal
import re
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from replycheck import regexcache

PATTERNS = [
    (r"\b(?:can|could|will|would)\s+you\s+(?:please\s+)?", re.IGNORECASE),
    (r"(?P<amount>\d+(?:\.\d\d)?)\s*(?P<unit>usd|eur|%)", 0),
    (r"(?<!\w)refund(?:ed|s)?(?=\W|$)", re.I | re.M),
    (
        r"""
        ^\s*(?:hi|hello|dear)   # a greeting
        \s+(\w+)                # and a name
     """,
        re.VERBOSE | re.IGNORECASE,
    ),
    (r"(a)|b", 0),
    (r"\s(?:for|on|in|at|to)\s", 0),
    ("", 0),
]


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """The module with no entries read yet and its cache in ``tmp_path``."""
    monkeypatch.setenv("REPLYCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("REPLYCHECK_NO_CACHE", raising=False)
    monkeypatch.setattr(regexcache, "_entries", None)
    monkeypatch.setattr(regexcache, "_added", False)
    return tmp_path


def reload_entries(monkeypatch):
    """As a new process would: the entries read again from the file."""
    monkeypatch.setattr(regexcache, "_entries", None)
    monkeypatch.setattr(regexcache, "_added", False)


def same(a: re.Pattern[str], b: re.Pattern[str]) -> bool:
    return a == b and a.flags == b.flags and a.groups == b.groups and a.groupindex == b.groupindex


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_pattern_from_the_cache_is_the_one_re_compiles(fresh, monkeypatch, pattern, flags):
    first = regexcache.compile(pattern, flags)
    assert same(first, re.compile(pattern, flags))
    regexcache._save()
    assert list(fresh.glob("patterns-*.marshal"))
    reload_entries(monkeypatch)
    again = regexcache.compile(pattern, flags)
    assert (pattern, int(flags)) in regexcache._entries
    assert same(again, re.compile(pattern, flags))
    text = "Could you please send 20.50 usd? Hello Dana, refunded a b"
    assert [m.span() for m in again.finditer(text)] == [
        m.span() for m in re.finditer(pattern, text, flags)
    ]


def test_a_corrupt_or_stale_cache_falls_back_to_compiling(fresh, monkeypatch):
    regexcache.compile(r"(a)(b)", 0)
    regexcache._save()
    (path,) = fresh.glob("patterns-*.marshal")
    path.write_bytes(b"not marshal")
    reload_entries(monkeypatch)
    assert same(regexcache.compile(r"(a)(b)", 0), re.compile(r"(a)(b)"))
    path.write_bytes(marshal.dumps({(r"(a)(b)", 0): (0, [1, 2, 3], 1, {}, (None, None))}))
    reload_entries(monkeypatch)
    assert same(regexcache.compile(r"(a)(b)", 0), re.compile(r"(a)(b)"))


def test_an_invalid_pattern_is_still_an_error(fresh):
    with pytest.raises(re.error):
        regexcache.compile(r"(unclosed", 0)


def test_nothing_is_written_when_the_cache_is_off(tmp_path, monkeypatch):
    monkeypatch.setenv("REPLYCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("REPLYCHECK_NO_CACHE", "1")
    monkeypatch.setattr(regexcache, "_entries", None)
    assert same(regexcache.compile(r"x+", 0), re.compile(r"x+"))
    regexcache._save()
    assert not list(tmp_path.iterdir())


@settings(deadline=None, max_examples=60)
@given(
    st.lists(
        st.sampled_from(["a", "b", "(", ")", "|", "*", "?", "\\w", "[a-c]", "{2}"]), max_size=8
    )
)
def test_any_pattern_compiles_as_re_does(parts):
    pattern = "".join(parts)
    # entries of its own, so that no test pattern reaches the real cache file
    with mock.patch.object(regexcache, "_entries", {}), mock.patch.object(regexcache, "_added"):
        try:
            expected = re.compile(pattern)
        except re.error:
            with pytest.raises(re.error):
                regexcache.compile(pattern)
            return
        assert same(regexcache.compile(pattern), expected)
        assert same(regexcache.compile(pattern), expected)  # from the entry just made
