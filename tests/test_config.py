"""Configuration from replycheck.toml / [tool.replycheck], with clear errors."""

from __future__ import annotations

import pytest

from replycheck import Checker, Config, ConfigError


def test_replycheck_toml_is_found_upwards(tmp_path):
    (tmp_path / "replycheck.toml").write_text('select = ["RC1"]\nfail-on = "error"\n')
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    config = Config.discover(nested)
    assert config.select == ("RC1",)
    assert config.fail_on == "error"


def test_pyproject_tool_table_is_read(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.replycheck]\nignore = ["stock-pitch"]\n'
        '[tool.replycheck.severity]\nRC1 = "error"\n'
    )
    config = Config.discover(tmp_path)
    assert config.ignore == ("stock-pitch",)
    assert dict(config.severity) == {"RC1": "error"}


def test_pyproject_without_table_gives_defaults(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert Config.discover(tmp_path) == Config()


def test_rulesets_are_relative_to_the_config_file(tmp_path):
    (tmp_path / "replycheck.toml").write_text('rulesets = ["brand.toml"]\n')
    assert Config.discover(tmp_path).rulesets == (tmp_path / "brand.toml",)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ('fail-on = "sometimes"', "fail-on must be one of"),
        ('selekt = ["RC1"]', "unknown key(s) selekt"),
        ("select = 3", "'select' must be a list of strings"),
        ('[severity]\nRC1 = "fatal"', "severity for 'RC1'"),
        ("select = [", "invalid TOML"),
    ],
)
def test_malformed_config_names_file_and_problem(tmp_path, body, problem):
    path = tmp_path / "replycheck.toml"
    path.write_text(body)
    with pytest.raises(ConfigError) as info:
        Config.from_file(path)
    assert str(path) in str(info.value)
    assert problem in str(info.value)


def test_missing_ruleset_from_config_is_a_clear_error(tmp_path):
    from replycheck import RulesetError

    with pytest.raises(RulesetError, match="cannot read ruleset"):
        Checker(Config(rulesets=(tmp_path / "absent.toml",)))
