"""The rule registry: selection by code/prefix/name/category, re-levelling,
user rulesets, and clear errors for malformed ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from replycheck import Checker, Config, RulesetError
from replycheck.rules import Registry, load_ruleset
from replycheck.rules.schema import unmark

FIXTURES = Path(__file__).resolve().parent / "fixtures"
BRAND = FIXTURES / "brand.toml"


def test_unmark_returns_text_and_spans():
    assert unmark("a [[bc]] d [[e]]") == ("a bc d e", ((2, 4), (7, 8)))


def test_user_ruleset_rules_join_the_registry():
    registry = Registry.load([BRAND])
    assert registry.get("BR001").name == "brand-old-product-name"
    assert registry.get("brand-you-need-to").code == "BR002"


def test_select_by_prefix_and_ignore_by_code():
    registry = Registry.load([BRAND])
    chosen = [r.code for r in registry.select(select=["BR"], ignore=["BR002"])]
    assert chosen == ["BR001"]


def test_most_specific_selector_wins():
    registry = Registry.load([BRAND])
    chosen = [r.code for r in registry.select(select=["BR002"], ignore=["demanding"])]
    assert chosen == ["BR002"]


def test_relevel_by_code():
    registry = Registry.load([BRAND])
    (rule,) = registry.select(select=["BR002"], severity={"BR002": "info"})
    assert rule.severity == "info"


def test_unknown_selector_is_an_error():
    with pytest.raises(RulesetError, match="unknown rule"):
        Registry.load([BRAND]).select(select=["NOPE9"])


def test_user_phrase_and_lemma_pattern_rules_match():
    checker = Checker(Config(select=("BR",), rulesets=(BRAND,)))
    report = checker.check("Hi,\n\nYou needed to restart the SuperWidget Classic.\n\nBest,\nAl")
    found = {(f.code, f.text) for f in report.findings}
    assert found == {("BR002", "You needed to restart"), ("BR001", "SuperWidget Classic")}
    (brand,) = [f for f in report.findings if f.code == "BR001"]
    assert brand.suggestions == ("Widget One",)


def test_unless_vetoes_an_overlapping_match():
    checker = Checker(Config(select=("BR001",), rulesets=(BRAND,)))
    report = checker.check("See the SuperWidget Classic manual for details.")
    assert report.findings == ()


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "bad.toml"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("[[rule]]\ncode = 'X1'\n", "missing or empty 'name'"),
        ("this is = = not toml", "invalid TOML"),
        (
            "[[rule]]\ncode='BR009'\nname='a'\ncategory='nope'\nkind='phrase'\nmessage='m'\n",
            "unknown category",
        ),
        (BRAND.read_text().replace('kind = "phrase"', 'kind = "regex"'), "kind must be one of"),
        (
            BRAND.read_text().replace("[[SuperWidget Classic]]", "SuperWidget Classic"),
            "lacks a [[marked]] span",
        ),
        (
            BRAND.read_text().replace('{LOWER = "to"}', "{LOWER = {BOGUS = 1}}"),
            "invalid token pattern",
        ),
        ("", "no [[rule]] tables"),
        (
            BRAND.read_text().replace(
                'kind = "phrase"', 'kind = "phrase"\noptions = {defer_to = "rude"}', 1
            ),
            "'options.defer_to' must be a list of categories",
        ),
    ],
)
def test_malformed_ruleset_error_names_file_and_problem(tmp_path, body, problem):
    path = _write(tmp_path, body)
    with pytest.raises(RulesetError) as info:
        Checker(Config(rulesets=(path,), select=("ALL",))).check("Hello there, thanks.")
    assert str(path) in str(info.value)
    assert problem in str(info.value)


def test_duplicate_code_is_an_error(tmp_path):
    path = _write(tmp_path, BRAND.read_text())
    with pytest.raises(RulesetError, match="reuses 'BR001'"):
        Registry.load([BRAND, path])


def test_builtin_rules_load_and_codes_are_unique():
    rules = load_ruleset  # the loader itself is exercised by Registry.load
    registry = Registry.load()
    assert len({r.code for r in registry}) == len(registry)
    assert rules is not None


def test_anchors_are_the_words_mandatory_tokens_need():
    from replycheck.rules.matching import anchors

    pattern = [
        {"LOWER": "please", "OP": "?"},
        {"LOWER": {"IN": ["Calm", "settle"]}},
        {"IS_ALPHA": True},
        {"ORTH": "Down", "OP": "+"},
        {"LOWER": {"NOT_IN": ["now"]}},
    ]
    assert anchors(pattern) == [frozenset({"calm", "settle"}), frozenset({"down"})]
    assert anchors([{"IS_PUNCT": True}, {"LOWER": "x", "OP": "*"}]) == []


def test_gated_patterns_find_what_an_ungated_matcher_finds():
    """The anchor gate only skips patterns that cannot match: on every rule
    example (and a text with none of the words) the gated matcher's raw hits
    equal those of a plain spaCy Matcher holding every pattern."""
    from spacy.matcher import Matcher

    from replycheck.nlp import Pipeline
    from replycheck.rules.matching import RuleMatcher

    pipeline = Pipeline()
    rules = [rule for rule in Registry.load() if rule.kind == "pattern"]
    gated = RuleMatcher(rules, pipeline)
    plain = Matcher(pipeline.nlp.vocab)
    for rule in rules:
        for i, pattern in enumerate(rule.patterns):
            plain.add(f"{rule.code}#{i}", [gated._expand(rule, pattern)], greedy="LONGEST")
    texts = [example.text for rule in rules for example in rule.bad + rule.good]
    texts.append("Thanks for writing in, the parcel is on its way.")
    texts.append("\n\n".join(texts))  # long enough for windowed matching
    strings = pipeline.nlp.vocab.strings
    matched = 0
    for doc in pipeline.pipe(texts):
        hits = gated.hits(doc).items()
        found = {(c, s, e) for c, spans in hits if "::" not in c for s, e in spans}
        expected = {(strings[m].split("#")[0], s, e) for m, s, e in plain(doc)}
        assert found == expected, doc.text
        matched += bool(found)
    assert matched > len(rules)  # the bad examples do match
    assert len(pipeline(texts[-1])) > 2_000


def test_a_gated_pattern_needs_every_anchor_set_but_the_indexed_one():
    """Each gated pattern's one-word anchors (``words``, tested as one subset)
    and its other anchor sets (``others``) are exactly its anchor sets but the
    rarest (and its repeats), which the index holds: no needed word is
    dropped or made up."""
    from replycheck.context import word_ids
    from replycheck.nlp import Pipeline
    from replycheck.rules.matching import RuleMatcher, anchors

    pipeline = Pipeline()
    rules = [rule for rule in Registry.load() if rule.kind == "pattern"]
    matcher = RuleMatcher(rules, pipeline)
    expected = [
        sets
        for rule in rules
        for pattern in rule.patterns
        if (sets := [word_ids(s) for s in anchors(matcher._expand(rule, pattern))])
    ]
    assert len(expected) == len(matcher._gated)
    for sets, gated in zip(expected, matcher._gated, strict=True):
        rest = [s for s in sets if s != gated.rarest]
        assert gated.words == frozenset().union(*(s for s in rest if len(s) == 1))
        assert sorted(map(sorted, gated.others)) == sorted(sorted(s) for s in rest if len(s) > 1)


def test_the_index_entries_carry_each_patterns_one_word_anchors():
    """``hits`` reads each indexed pattern's one-word anchors and other anchor
    sets off the index entry itself: every entry is the pattern the index
    names, with its own ``words`` and ``others``, and no pattern is added or
    lost."""
    from replycheck.nlp import Pipeline
    from replycheck.rules.matching import RuleMatcher

    matcher = RuleMatcher([r for r in Registry.load() if r.kind == "pattern"], Pipeline())
    assert set(matcher._entries) == set(matcher._index)
    for word, found in matcher._index.items():
        entries = matcher._entries[word]
        assert [i for i, _, _ in entries] == found
        assert all(
            words is matcher._gated[i].words and others is matcher._gated[i].others
            for i, words, others in entries
        )


def test_builtin_patterns_compile_on_demand_and_a_users_at_load():
    """A built-in pattern is compiled when a draft first holds its anchor
    words (most never are in a run); every one of them compiles; a user's
    patterns are compiled, and so checked, when the matcher is built."""
    from replycheck.nlp import Pipeline
    from replycheck.rules.matching import RuleMatcher

    pipeline = Pipeline()
    rules = [rule for rule in Registry.load([BRAND]) if rule.kind == "pattern"]
    matcher = RuleMatcher(rules, pipeline)
    builtin = [i for i, gated in enumerate(matcher._gated) if gated.rule.builtin]
    user = [i for i, gated in enumerate(matcher._gated) if not gated.rule.builtin]
    assert builtin and user
    assert all(matcher._compiled[i] is None for i in builtin)
    assert all(matcher._compiled[i] is not None for i in user)
    matcher.hits(pipeline("Hi,\n\nYou need to calm down and read the manual.\n\nBest,\nAl"))
    assert 0 < sum(matcher._compiled[i] is not None for i in builtin) < len(builtin) / 10
    matcher.compile_all()
    assert all(compiled is not None for compiled in matcher._compiled)


def test_builtin_rulesets_are_cached_and_a_broken_cache_is_ignored(tmp_path, monkeypatch):
    from replycheck.rules import registry

    monkeypatch.setenv("REPLYCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("REPLYCHECK_NO_CACHE", raising=False)
    paths = sorted(registry.builtin_ruleset_dir().glob("*.toml"))
    raws = [path.read_bytes() for path in paths]
    first = registry._cached_parse(paths, raws)
    (cache,) = tmp_path.glob("rulesets-*.marshal")
    assert registry._cached_parse(paths, raws) == first  # read back from the cache
    cache.write_bytes(b"\x00garbage")
    assert registry._cached_parse(paths, raws) == first  # parsed again, cache rewritten
    changed = [*raws[:-1], raws[-1] + b"\n# edited\n"]
    registry._cached_parse(paths, changed)
    assert len(list(tmp_path.glob("rulesets-*.marshal"))) == 2  # keyed by content
    assert not list(tmp_path.glob("tmp*"))  # no temporary files left behind


def test_the_builtin_digest_is_the_builtin_rulesets_own(tmp_path, monkeypatch):
    """The matcher cache keys by ``builtin_digest``: parsing other rulesets'
    bytes (as the tests above do) must not change it."""
    from replycheck.rules import registry

    monkeypatch.setenv("REPLYCHECK_CACHE_DIR", str(tmp_path))
    registry.Registry.load()  # reads the built-in rulesets, once per process
    paths = sorted(registry.builtin_ruleset_dir().glob("*.toml"))
    raws = [path.read_bytes() for path in paths]
    own = registry._rulesets_digest(paths, raws)
    assert registry.builtin_digest() == own
    registry._cached_parse(paths, [*raws[:-1], raws[-1] + b"\n# edited\n"])
    assert registry.builtin_digest() == own
    assert registry._rulesets_digest(paths, [*raws[:-1], raws[-1] + b" "]) != own


def test_a_malformed_builtin_ruleset_is_reported_and_never_cached(tmp_path, monkeypatch):
    """The cache's entry stands for rulesets whose rules and examples were all
    checked: a malformed example fails the first read, naming the file, and
    leaves no entry that a later start would trust."""
    from replycheck.rules import registry

    monkeypatch.setenv("REPLYCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("REPLYCHECK_NO_CACHE", raising=False)
    paths = sorted(registry.builtin_ruleset_dir().glob("*.toml"))
    raws = [path.read_bytes() for path in paths]
    broken = next(i for i, raw in enumerate(raws) if b"\nbad = [" in raw)
    malformed = raws[broken].replace(b"\nbad = [", b"\nbad = [3, ", 1)  # an example not a string
    changed = [*raws[:broken], malformed, *raws[broken + 1 :]]
    with pytest.raises(RulesetError, match="example must be a string") as info:
        registry._cached_parse(paths, changed)
    assert str(paths[broken]) in str(info.value)
    assert not list(tmp_path.glob("rulesets-*.marshal"))


def test_cached_examples_are_read_on_demand_and_equal_a_fresh_parse(tmp_path, monkeypatch):
    """The built-in rules' examples stay packed in the cache until one is read
    (no check reads them), and then equal those of the ruleset parsed afresh."""
    from replycheck.rules import registry

    monkeypatch.setenv("REPLYCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("REPLYCHECK_NO_CACHE", raising=False)
    registry._builtin_rules.cache_clear()
    try:
        for _ in range(2):  # the first run writes the entry, the second reads it
            registry._builtin_rules.cache_clear()
            rules = registry._builtin_rules()
            (store,) = {rule.examples._raw.func.__self__ for rule in rules}
            Checker().check("Hi,\n\nYou must send the form today.\n\nBest,\nAl")
            assert store._values is None
        fresh = {
            rule.code: rule
            for path in registry.builtin_ruleset_dir().glob("*.toml")
            for rule in load_ruleset(path)
        }
        assert len(fresh) == len(rules)
        for rule in rules:
            assert (rule.bad, rule.good) == (fresh[rule.code].bad, fresh[rule.code].good)
            assert _fields_but_examples(rule) == _fields_but_examples(fresh[rule.code])
    finally:
        registry._builtin_rules.cache_clear()


def _fields_but_examples(rule):
    from dataclasses import fields

    skipped = ("examples", "builtin")
    return {f.name: getattr(rule, f.name) for f in fields(rule) if f.name not in skipped}


def test_the_cache_keeps_only_the_latest_versions(tmp_path, monkeypatch):
    import os

    from replycheck import cachefile
    from replycheck.rules import registry

    monkeypatch.setenv("REPLYCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("REPLYCHECK_NO_CACHE", raising=False)
    for n in range(6):  # entries left by earlier versions, oldest first
        old = tmp_path / f"rulesets-old{n}.marshal"
        old.write_bytes(b"")
        os.utime(old, (1_000_000 + n, 1_000_000 + n))
    paths = sorted(registry.builtin_ruleset_dir().glob("*.toml"))
    registry._cached_parse(paths, [path.read_bytes() for path in paths])
    kept = {path.name for path in tmp_path.glob("rulesets-*.marshal")}
    assert len(kept) == cachefile.CACHE_ENTRIES
    assert {"rulesets-old5.marshal", "rulesets-old4.marshal"} <= kept  # the newest old ones
    assert "rulesets-old0.marshal" not in kept
    assert any(not name.startswith("rulesets-old") for name in kept)  # and the new entry


def test_no_cache_when_disabled(tmp_path, monkeypatch):
    from replycheck.rules import registry

    monkeypatch.setenv("REPLYCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("REPLYCHECK_NO_CACHE", "1")
    paths = sorted(registry.builtin_ruleset_dir().glob("*.toml"))
    registry._cached_parse(paths, [path.read_bytes() for path in paths])
    assert not list(tmp_path.iterdir())


_BACKSTOP = """
[[rule]]
code = "BK001"
name = "backstop-phrases"
category = "demanding"
severity = "warning"
kind = "phrase"
principle = "courteous"
message = "A backstop phrase."
phrases = ["obviously", "zebra stripes"]
options = {defer_to = ["rude"]}
bad = ["Paint the [[zebra stripes]] white."]
good = ["Thanks for your patience."]
"""


def test_a_deferring_rule_is_silent_where_a_rule_of_its_categories_has_a_finding(tmp_path):
    path = tmp_path / "backstop.toml"
    path.write_text(_BACKSTOP, encoding="utf-8")
    checker = Checker(Config(rulesets=(path,)))
    covered = checker.check("Hi,\n\nObviously, the form is on page 2.\n\nBest,\nAl")
    codes = {f.code for f in covered.findings}
    assert "BK001" not in codes and any(f.category == "rude" for f in covered.findings)
    alone = checker.check("Hi,\n\nPaint the zebra stripes white.\n\nBest,\nAl")
    assert [f.code for f in alone.findings if f.category in ("rude", "demanding")] == ["BK001"]
    without = Checker(Config(rulesets=(path,), ignore=("RC1",)))
    assert "BK001" in {f.code for f in without.check("Obviously, the form is on page 2.").findings}


_ASIDE = """
[[rule]]
code = "BK002"
name = "aside-in-blame"
category = "rude"
severity = "warning"
kind = "phrase"
principle = "courteous"
message = "An aside."
phrases = ["zebra stripes"]
options = {defer_in_sentence = ["blame"]}
bad = ["Paint the [[zebra stripes]] white."]
good = ["Thanks for your patience."]
"""


def test_a_rule_deferring_in_sentence_is_silent_in_a_sentence_another_rule_flags(tmp_path):
    path = tmp_path / "aside.toml"
    path.write_text(_ASIDE, encoding="utf-8")
    checker = Checker(Config(rulesets=(path,)))
    blamed = checker.check("Hi,\n\nThe garage painted the zebra stripes, not us.\n\nBest,\nAl")
    codes = [f.code for f in blamed.findings if f.category in ("rude", "blame")]
    assert "BK002" not in codes and any(f.category == "blame" for f in blamed.findings)
    apart = checker.check("Hi,\n\nThe garage did it, not us. We like zebra stripes.\n\nBest,\nAl")
    assert "BK002" in {f.code for f in apart.findings}


def test_defer_in_sentence_must_name_categories(tmp_path):
    path = tmp_path / "aside.toml"
    path.write_text(_ASIDE.replace('["blame"]', '"blame"'), encoding="utf-8")
    with pytest.raises(RulesetError, match="defer_in_sentence"):
        Checker(Config(rulesets=(path,))).check("Hi")


def test_defer_unless_opening_needs_a_defer_in_sentence(tmp_path):
    path = tmp_path / "aside.toml"
    path.write_text(
        _ASIDE.replace('defer_in_sentence = ["blame"]', "defer_unless_opening = true"),
        encoding="utf-8",
    )
    with pytest.raises(RulesetError, match="defer_unless_opening"):
        Checker(Config(rulesets=(path,))).check("Hi")


def _blamed_reminders(text: str) -> tuple[list[str], list[str]]:
    """The rude and blame findings' texts in a draft made of ``text``."""
    report = Checker().check(f"Hi Sam,\n\n{text}\n\nRegards,\nAl")
    rude = [f.text for f in report.findings if f.category == "rude"]
    blame = [f.text for f in report.findings if f.category == "blame"]
    return rude, blame


@pytest.mark.parametrize(
    ("text", "reminder"),
    [
        (
            "As previously explained, the damage was caused by your own fitter, not us.",
            "As previously explained",
        ),
        (
            "As stated in my last email, you should have checked the size guide before ordering.",
            "As stated in my last email",
        ),
        (
            "As I already explained, the delay is the courier's fault, not ours.",
            "As I already explained",
        ),
        (
            "Further to my previous two emails, the fault is the result of your staff "
            "using cheap cartridges.",
            "Further to my previous two emails",
        ),
    ],
)
def test_a_reminder_opening_a_blaming_sentence_is_flagged_apart(text, reminder):
    rude, blame = _blamed_reminders(text)
    assert rude == [reminder] and blame and all(reminder not in b for b in blame)


@pytest.mark.parametrize(
    "text",
    [
        # the reminder trails the blame: it rides along in it
        "The damage was caused by your own fitter, not us, as previously explained.",
        # the blame runs into the reminder's own words
        "As you would know if you had read the email, check-in is from 4pm.",
        # no clause break closes the reminder off from the blame
        "As stated in my last email you should have checked the size guide before ordering.",
        # not the sentence's opener
        "This was clearly stated on the booking page, which you would have seen if you "
        "had read it.",
    ],
)
def test_a_reminder_inside_a_blaming_sentence_rides_along(text):
    rude, blame = _blamed_reminders(text)
    assert rude == [] and blame


def test_defer_unless_closing_needs_a_defer_in_sentence(tmp_path):
    path = tmp_path / "aside.toml"
    path.write_text(
        _ASIDE.replace('defer_in_sentence = ["blame"]', "defer_unless_closing = true"),
        encoding="utf-8",
    )
    with pytest.raises(RulesetError, match="defer_unless_closing"):
        Checker(Config(rulesets=(path,))).check("Hi")


@pytest.mark.parametrize(
    ("text", "sneer"),
    [
        (
            "Keeping your card details current is your responsibility, like every other customer.",
            "like every other customer.",
        ),
        (
            "You missed the deadline because you never opened our emails, so I'm not surprised.",
            "so I'm not surprised",
        ),
    ],
)
def test_a_sneer_closing_a_blaming_sentence_is_flagged_apart(text, sneer):
    rude, blame = _blamed_reminders(text)
    assert rude == [sneer] and blame and all(sneer not in b for b in blame)


@pytest.mark.parametrize(
    "text",
    [
        # the blame runs into the sneer's own clause
        "This was clearly stated on the booking page, which you would have seen if you "
        "had read it.",
        # a reminder trailing the blame is no sneer: it rides along
        "The soot was from when you moved the sheet, as I said at the time.",
    ],
)
def test_a_clause_the_blame_runs_into_rides_along(text):
    rude, blame = _blamed_reminders(text)
    assert rude == [] and blame


def _matcher_state(matcher):
    gated = [
        (g.rule, g.words, g.others, g.pattern, g.anchor_words, g.rarest, g.length)
        for g in matcher._gated
    ]
    return (
        matcher._phrases.trie(),
        gated,
        list(matcher._index.items()),
        list(matcher._entries.items()),
        matcher._compiled,
        list(matcher._rules.items()),
        matcher._anchorless,
        len(matcher._patterns),
    )


def test_the_matcher_read_from_its_cache_is_the_one_built(tmp_path, monkeypatch):
    from replycheck.nlp import shared_pipeline
    from replycheck.rules.matching import RuleMatcher

    monkeypatch.setenv("REPLYCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("REPLYCHECK_NO_CACHE", raising=False)
    checker = Checker(Config(ignore=("blame",)))  # a selection of built-in rules
    rules, pipeline = checker._active_rules, shared_pipeline()
    assert any(rule.kind == "pattern" for rule in rules)
    built = RuleMatcher(rules, pipeline)
    assert len(list(tmp_path.glob("matcher-*.marshal"))) == 1
    restored = RuleMatcher(rules, pipeline)
    assert _matcher_state(restored) == _matcher_state(built)
    draft = "Hi,\n\nYou must send the form today. Please be advised we cannot help.\n\nBest,\nAl"
    doc = pipeline.nlp(draft)
    assert list(restored.matches(doc)) == list(built.matches(doc))
    # another selection is another entry, never this one
    RuleMatcher([rule for rule in rules if rule.category != "demanding"], pipeline)
    assert len(list(tmp_path.glob("matcher-*.marshal"))) == 2


def test_the_matcher_cache_is_only_for_built_in_rules_and_survives_a_bad_file(
    tmp_path, monkeypatch
):
    from replycheck.nlp import shared_pipeline
    from replycheck.rules.matching import RuleMatcher

    monkeypatch.setenv("REPLYCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("REPLYCHECK_NO_CACHE", raising=False)
    user = [rule for rule in Registry.load([BRAND]) if not rule.builtin]
    assert user
    RuleMatcher(user, shared_pipeline())
    assert not list(tmp_path.glob("matcher-*.marshal"))
    rules = Checker()._active_rules
    built = RuleMatcher(rules, shared_pipeline())
    (entry,) = tmp_path.glob("matcher-*.marshal")
    entry.write_bytes(b"not marshal")
    assert _matcher_state(RuleMatcher(rules, shared_pipeline())) == _matcher_state(built)
