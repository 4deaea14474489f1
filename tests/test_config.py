"""bot/config.py: the TOML + environment contract of DESIGN.md, and its one-line errors."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bot.config import (
    BOT_KEYS,
    ENV_KEYS,
    BotSettings,
    Env,
    load,
    load_env,
    mask_secret,
    masked,
    parse_duration,
)
from bot.errors import ConfigError

REPO = Path(__file__).resolve().parent.parent

MINIMAL = """
[[truces]]
name = "Aleppo"
timezone = "Asia/Damascus"
"""

BOT_TOKEN = "xoxb-1111111111-2222222222-SECRETbotTOKENvalue9z8y"
APP_TOKEN = "xapp-1-A0123-4444444444-SECRETappTOKENvalue7w6v"
SIGNING = "8f3c2a1b9e7d6c5b4a3f2e1d0c9b8a7fSIGN"


def write(tmp_path: Path, text: str, name: str = "bot.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def error_of(tmp_path: Path, text: str, environ: dict[str, str] | None = None) -> str:
    """Load ``text`` as a config file; return the one error line (and check it is one line)."""
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load(path, environ or {})
    line = str(caught.value)
    assert "\n" not in line
    assert line.startswith(f"{path}: ")
    return line


# --------------------------------------------------------------------------- durations


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("90s", 90),
        ("10m", 600),
        ("6h", 21600),
        ("2d", 172800),
        ("1h30m", 5400),
        ("1d2h3m4s", 93784),
        ("1.5h", 5400),
        (" 5m ", 300),
    ],
)
def test_parse_duration_accepts(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(
    "text",
    ["", "5", "h", "0s", "0m", "10M", "-5m", "30m1h", "1h1h", "1h 30m", "10 minutes", "1w", "m10"],
)
def test_parse_duration_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="expected a"):
        parse_duration(text)


# --------------------------------------------------------------------------- defaults and shape


def test_minimal_file_gets_every_documented_default(tmp_path: Path) -> None:
    settings = load(write(tmp_path, MINIMAL), {})
    assert settings.bot == BotSettings(
        poll_interval=600,
        warn_before=(21600, 3600),
        default_channel="#truce-alerts",
        violation_group=3600,
        allow_private_feeds=False,
        ops_channel="#truce-alerts",
        fetch_timeout=20,
        max_feed_bytes=5 * 1024 * 1024,
        max_items_per_poll=500,
    )
    assert settings.env == Env()
    assert (settings.env.slack_api_url, settings.env.state_path, settings.env.port) == (
        "https://slack.com/api/",
        "state/truce-bot.db",
        3000,
    )
    assert (settings.env.log_level, settings.env.log_format, settings.env.slack_mode) == (
        "INFO",
        "text",
        "console",
    )
    assert settings.feeds == ()
    assert settings.source == str(tmp_path / "bot.toml")
    # the table and the dataclass agree on every default
    for key in BOT_KEYS:
        if key.name != "ops_channel":
            assert getattr(BotSettings(), key.field) == key.default, key.name


def test_full_file_resolves_durations_channels_and_lookups(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
[bot]
poll_interval = "5m"
warn_before = ["1h", "6h", "30m", "1h"]
default_channel = "#desk"
violation_group = "2h"
ops_channel = "C0123ABCD"

[[feeds]]
url = "https://example.org/world/rss.xml"
poll_interval = "1h30m"

[[feeds]]
url = "http://example.net/atom"

[[truces]]
name = "Aleppo"
aliases = ["Aleppo province", "Aleppo countryside"]
timezone = "Asia/Damascus"
channels = ["#syria-desk", "C0999ZZZ"]

[[truces]]
name = "Gaza"
timezone = "Asia/Gaza"
""",
    )
    s = load(path, {})
    assert s.bot.poll_interval == 300
    assert s.bot.warn_before == (21600, 3600, 1800)  # sorted, largest first, deduplicated
    assert (s.bot.violation_group, s.bot.ops_channel) == (7200, "C0123ABCD")
    assert [(f.url, f.poll_interval) for f in s.feeds] == [
        ("https://example.org/world/rss.xml", 5400),
        ("http://example.net/atom", None),
    ]
    assert s.poll_interval_for(s.feeds[0]) == 5400
    assert s.poll_interval_for(s.feeds[1]) == 300
    aleppo = s.truces[0]
    assert aleppo.aliases == ("Aleppo province", "Aleppo countryside")
    assert aleppo.channels == ("#syria-desk", "C0999ZZZ")
    assert s.truce("ALEPPO COUNTRYSIDE") is aleppo
    assert s.truce("gaza") is s.truces[1]
    assert s.truce("Idlib") is None
    assert s.channels_for(aleppo) == ("#syria-desk", "C0999ZZZ")
    assert s.channels_for(s.truces[1]) == ("#desk",)
    assert s.truces[1].timezone == "Asia/Gaza"
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.bot.poll_interval = 1  # type: ignore[misc]


def test_empty_warn_before_turns_warnings_off(tmp_path: Path) -> None:
    s = load(write(tmp_path, "[bot]\nwarn_before = []\n" + MINIMAL), {})
    assert s.bot.warn_before == ()


# --------------------------------------------------------------------------- file errors


def test_unknown_bot_key_names_it_and_suggests(tmp_path: Path) -> None:
    line = error_of(tmp_path, '[bot]\npoll_intervall = "5m"\n' + MINIMAL)
    assert ": bot.poll_intervall: unknown key (" in line
    assert "did you mean 'poll_interval'?" in line
    assert "expected one of: poll_interval, warn_before," in line


def test_unknown_keys_in_truces_feeds_and_top_level(tmp_path: Path) -> None:
    assert ": truces[1].timezon: unknown key" in error_of(
        tmp_path, MINIMAL + '[[truces]]\nname = "Gaza"\ntimezon = "Asia/Gaza"\n'
    )
    assert ": feeds[0].uri: unknown key (did you mean 'url'?" in error_of(
        tmp_path, '[[feeds]]\nuri = "https://example.org/rss"\n' + MINIMAL
    )
    assert ": truce: unknown key (did you mean 'truces'?" in error_of(
        tmp_path, '[[truce]]\nname = "Gaza"\n' + MINIMAL
    )


def test_unknown_time_zone_suggests_the_closest(tmp_path: Path) -> None:
    text = (
        MINIMAL
        + '[[truces]]\nname = "Gaza"\ntimezone = "Asia/Gaza"\n'
        + '[[truces]]\nname = "Ghouta"\ntimezone = "Asia/Damaskus"\n'
    )
    line = error_of(tmp_path, text)
    assert line.endswith(
        ": truces[2].timezone: unknown IANA time zone 'Asia/Damaskus' (did you mean 'Asia/Damascus'?)"
    )
    # wrong case is not silently accepted (zone files are case-sensitive on Linux only)
    assert "did you mean 'Asia/Damascus'?" in error_of(
        tmp_path, '[[truces]]\nname = "A"\ntimezone = "asia/damascus"\n'
    )


@pytest.mark.parametrize(
    ("toml", "key", "expected"),
    [
        (
            '[bot]\npoll_interval = "10 minutes"\n',
            "bot.poll_interval",
            'expected a duration like "90s"',
        ),
        ("[bot]\npoll_interval = 600\n", "bot.poll_interval", "got integer 600"),
        ('[bot]\npoll_interval = "5s"\n', "bot.poll_interval", "expected at least 30s"),
        (
            '[bot]\nwarn_before = ["6h", "0m"]\n',
            "bot.warn_before",
            "expected a positive duration, got '0m'",
        ),
        ('[bot]\nwarn_before = "6h"\n', "bot.warn_before", "expected an array of durations"),
        ('[bot]\nviolation_group = "1hour"\n', "bot.violation_group", "expected a duration"),
        ('[bot]\nfetch_timeout = "1h"\n', "bot.fetch_timeout", "expected at most 5m"),
        (
            '[bot]\nallow_private_feeds = "yes"\n',
            "bot.allow_private_feeds",
            "expected true or false, got string 'yes'",
        ),
        ("[bot]\nmax_feed_bytes = true\n", "bot.max_feed_bytes", "expected an integer from 1024"),
        (
            "[bot]\nmax_items_per_poll = 0\n",
            "bot.max_items_per_poll",
            "expected an integer from 1 to 100000, got 0",
        ),
        (
            '[bot]\ndefault_channel = "truce-alerts"\n',
            "bot.default_channel",
            "did you mean '#truce-alerts'?",
        ),
        ('[bot]\nops_channel = "#Truce-Ops"\n', "bot.ops_channel", "lower case: '#truce-ops'"),
        (
            '[bot]\ndefault_channel = "#truce alerts"\n',
            "bot.default_channel",
            "expected a Slack channel",
        ),
        ('bot = "x"\n', "bot", "expected a table ([bot])"),
    ],
)
def test_bad_bot_values_name_the_key_and_expectation(
    tmp_path: Path, toml: str, key: str, expected: str
) -> None:
    line = error_of(tmp_path, toml + MINIMAL)
    assert f": {key}: " in line
    assert expected in line


def test_truce_without_a_name(tmp_path: Path) -> None:
    line = error_of(
        tmp_path, MINIMAL + '[[truces]]\naliases = ["Ghouta"]\ntimezone = "Asia/Damascus"\n'
    )
    assert ": truces[1].name: required: " in line
    assert ": truces[0].name: expected a non-empty string" in error_of(
        tmp_path, '[[truces]]\nname = "  "\n'
    )


def test_no_truces(tmp_path: Path) -> None:
    assert ": truces: expected at least one [[truces]] table" in error_of(tmp_path, "[bot]\n")
    assert "expected an array of tables ([[truces]]), got a table ([truces])" in error_of(
        tmp_path, '[truces]\nname = "Aleppo"\n'
    )


@pytest.mark.parametrize(
    ("second", "key", "clash"),
    [
        (
            'name = "aleppo"',
            "truces[1].name",
            "'aleppo' is already used by truces[0] ('Aleppo') as 'Aleppo'",
        ),
        (
            'name = "Ghouta"\naliases = ["Eastern Ghouta", "ALEPPO PROVINCE"]',
            "truces[1].aliases[1]",
            "as 'Aleppo province'",
        ),
        (
            'name = "Ghouta"\naliases = ["ghouta"]',
            "truces[1].aliases[0]",
            "already used by this truce",
        ),
    ],
)
def test_duplicate_names_and_aliases_case_insensitive(
    tmp_path: Path, second: str, key: str, clash: str
) -> None:
    text = (
        '[[truces]]\nname = "Aleppo"\naliases = ["Aleppo province"]\n[[truces]]\n' + second + "\n"
    )
    line = error_of(tmp_path, text)
    assert f": {key}: expected a unique name" in line
    assert clash in line


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("ftp://example.org/rss", "expected an http:// or https:// URL with a host"),
        ("https:///rss.xml", "expected an http:// or https:// URL with a host"),
        ("example.org/rss.xml", "expected an http:// or https:// URL with a host"),
        ("https://example.org:99999/rss", "expected an http:// or https:// URL with a host"),
        ("http://127.0.0.1:8080/rss", "allow_private_feeds = true"),
        ("http://192.168.1.10/rss", "allow_private_feeds = true"),
        ("http://localhost/rss", "allow_private_feeds = true"),
    ],
)
def test_bad_feed_url(tmp_path: Path, url: str, expected: str) -> None:
    line = error_of(tmp_path, f'[[feeds]]\nurl = "{url}"\n' + MINIMAL)
    assert ": feeds[0].url: " in line
    assert expected in line


def test_private_feeds_allowed_when_asked_and_duplicates_refused(tmp_path: Path) -> None:
    text = '[bot]\nallow_private_feeds = true\n[[feeds]]\nurl = "http://127.0.0.1:8080/rss"\n'
    assert load(write(tmp_path, text + MINIMAL), {}).feeds[0].url == "http://127.0.0.1:8080/rss"
    line = error_of(tmp_path, text + '[[feeds]]\nurl = "HTTP://127.0.0.1:8080/rss/"\n' + MINIMAL)
    assert ": feeds[1].url: expected each feed once, but feeds[0] has the same URL" in line


def test_bad_truce_channels(tmp_path: Path) -> None:
    base = '[[truces]]\nname = "Aleppo"\n'
    assert ": truces[0].channels: expected a Slack channel" in error_of(
        tmp_path, base + 'channels = ["@syria"]\n'
    )
    assert "got 'C0123ABC' twice" in error_of(
        tmp_path, base + 'channels = ["C0123ABC", "C0123ABC"]\n'
    )
    assert "expected a non-empty array of channels" in error_of(tmp_path, base + "channels = []\n")
    assert "expected a non-empty array of channels" in error_of(
        tmp_path, base + 'channels = "#syria"\n'
    )
    assert ": truces[0].aliases: expected an array of strings" in error_of(
        tmp_path, base + 'aliases = "Halab"\n'
    )


def test_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    line = error_of(tmp_path, '[bot]\npoll_interval = "10m"\nwarn_before = [6h]\n' + MINIMAL)
    assert ": line 3, column 17: invalid TOML: Unclosed array" in line
    assert ": line 1: invalid TOML: Unterminated string" in error_of(tmp_path, 'x = "open')


def test_missing_file_and_non_utf8(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    with pytest.raises(ConfigError) as caught:
        load(missing, {})
    assert (
        str(caught.value) == f"{missing}: file: expected a TOML config file, but it does not exist"
    )
    with pytest.raises(ConfigError, match="named by TRUCE_BOT_CONFIG"):
        load(None, {"TRUCE_BOT_CONFIG": str(missing)})
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes(b'[[truces]]\nname = "Alep\xe9"\n')
    with pytest.raises(ConfigError, match=r"latin1.toml: line 2: expected UTF-8 text"):
        load(latin1, {})


# --------------------------------------------------------------------------- path precedence


def test_config_path_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "config").mkdir()
    write(tmp_path / "config", MINIMAL.replace("Aleppo", "FromDefault"))
    env_file = write(tmp_path, MINIMAL.replace("Aleppo", "FromEnv"), "env.toml")
    arg_file = write(tmp_path, MINIMAL.replace("Aleppo", "FromArg"), "arg.toml")
    monkeypatch.chdir(tmp_path)
    environ = {"TRUCE_BOT_CONFIG": str(env_file)}
    assert load(arg_file, environ).truces[0].name == "FromArg"
    assert load(None, environ).truces[0].name == "FromEnv"
    assert load(None, {}).truces[0].name == "FromDefault"
    assert load(None, {"TRUCE_BOT_CONFIG": ""}).source == "config/bot.toml"
    monkeypatch.setenv("TRUCE_BOT_CONFIG", str(env_file))  # environ=None reads os.environ
    assert load().truces[0].name == "FromEnv"


# --------------------------------------------------------------------------- environment


def test_environment_values_and_slack_modes(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL)
    env = load(
        path,
        {
            "SLACK_BOT_TOKEN": BOT_TOKEN,
            "SLACK_API_URL": "http://127.0.0.1:8999/api",
            "TRUCE_BOT_STATE": "/data/t.db",
            "PORT": "8080",
            "LOG_LEVEL": "debug",
            "LOG_FORMAT": "JSON",
        },
    ).env
    assert (env.slack_api_url, env.state_path, env.port, env.log_level, env.log_format) == (
        "http://127.0.0.1:8999/api/",
        "/data/t.db",
        8080,
        "DEBUG",
        "json",
    )
    assert env.slack_mode == "post-only"
    assert (
        load_env(
            {
                "SLACK_BOT_TOKEN": BOT_TOKEN,
                "SLACK_APP_TOKEN": APP_TOKEN,
                "SLACK_SIGNING_SECRET": SIGNING,
            }
        ).slack_mode
        == "socket"
    )
    assert (
        load_env({"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING}).slack_mode
        == "http"
    )
    assert load_env({"SLACK_APP_TOKEN": APP_TOKEN, "PORT": ""}).slack_mode == "console"
    assert load_env({"PORT": ""}).port == 3000  # empty = unset (docker-compose passes empties)


@pytest.mark.parametrize(
    ("var", "value", "expected"),
    [
        ("PORT", "http", "expected an integer from 1 to 65535, got 'http'"),
        ("PORT", "0", "expected an integer from 1 to 65535, got 0"),
        ("PORT", "70000", "expected an integer from 1 to 65535, got 70000"),
        ("LOG_FORMAT", "yaml", "expected one of text, json, got 'yaml'"),
        ("LOG_LEVEL", "LOUD", "expected one of DEBUG, INFO, WARNING, ERROR, CRITICAL, got 'LOUD'"),
        ("SLACK_API_URL", "slack.com/api", "expected an http:// or https:// URL with a host"),
        ("SLACK_BOT_TOKEN", APP_TOKEN, "expected a Slack bot token starting with xoxb- or xoxp-"),
        ("SLACK_APP_TOKEN", BOT_TOKEN, "expected a Slack app-level token starting with xapp-"),
    ],
)
def test_environment_errors_name_the_variable(
    tmp_path: Path, var: str, value: str, expected: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        load(write(tmp_path, MINIMAL), {var: value})
    assert str(caught.value).startswith(f"environment: {var}: ")
    assert expected in str(caught.value)
    if var.startswith("SLACK_") and var.endswith("TOKEN"):
        assert value not in str(caught.value)  # a misplaced token is still a secret


def test_file_errors_come_before_environment_errors(tmp_path: Path) -> None:
    assert ": bot.pol: unknown key" in error_of(
        tmp_path, "[bot]\npol = 1\n" + MINIMAL, {"PORT": "x"}
    )


# --------------------------------------------------------------------------- masked output


def test_masked_never_shows_a_full_secret(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        MINIMAL
        + '[[feeds]]\nurl = "https://u:hunter2pass@example.org/rss?api_key=K3YVALUE&q=gaza"\n',
    )
    settings = load(
        path,
        {
            "SLACK_BOT_TOKEN": BOT_TOKEN,
            "SLACK_APP_TOKEN": APP_TOKEN,
            "SLACK_SIGNING_SECRET": SIGNING,
        },
    )
    text = masked(settings)
    for secret in (
        BOT_TOKEN,
        APP_TOKEN,
        SIGNING,
        "SECRETbot",
        "SECRETapp",
        "hunter2pass",
        "K3YVALUE",
    ):
        assert secret not in text
    assert "xoxb-…8y" not in text and "xoxb-…z8y" not in text  # exactly the last 4
    assert "SLACK_BOT_TOKEN      = xoxb-…9z8y" in text
    assert "SLACK_APP_TOKEN      = xapp-…7w6v" in text
    assert "SLACK_SIGNING_SECRET = …SIGN" in text
    assert "Socket Mode" in text
    assert "q=gaza" in text
    # secrets are also out of repr, so a logged Settings leaks nothing
    for secret in (BOT_TOKEN, APP_TOKEN, SIGNING):
        assert secret not in repr(settings)


def test_mask_secret_short_and_unset() -> None:
    assert mask_secret(None) == "(not set)"
    assert mask_secret("") == "(not set)"
    assert (
        mask_secret("xoxb-abcd") == "xoxb-… (set, 9 characters)"
    )  # prefix+last4 would be all of it
    assert "abcdef" not in mask_secret("abcdef")


def test_masked_shows_resolved_settings_and_mode(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[bot]\npoll_interval = "1h30m"\n[[feeds]]\nurl = "https://example.org/rss"\n' + MINIMAL,
    )
    text = masked(
        load(path, {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING, "PORT": "8080"})
    )
    assert "HTTP on port 8080" in text
    assert 'poll_interval       = "1h30m"' in text
    assert 'warn_before         = ["6h", "1h"]' in text
    assert 'channels = ["#truce-alerts"]' in text
    assert 'timezone = "Asia/Damascus"' in text
    assert "SLACK_APP_TOKEN      = (not set)" in text
    assert "console" in masked(load(path, {}))


def test_every_env_key_documented_and_secret_flags() -> None:
    assert {k.name for k in ENV_KEYS if k.secret} == {
        "SLACK_BOT_TOKEN",
        "SLACK_APP_TOKEN",
        "SLACK_SIGNING_SECRET",
    }
    assert {k.field for k in ENV_KEYS} == {f.name for f in dataclasses.fields(Env)}
    assert {k.field for k in BOT_KEYS} == {f.name for f in dataclasses.fields(BotSettings)}


# --------------------------------------------------------------------------- the shipped config


def test_shipped_config_loads_clean() -> None:
    settings = load(REPO / "config" / "bot.toml", {})
    assert len(settings.truces) >= 6
    assert len(settings.feeds) >= len(settings.truces)
    assert all(f.url.startswith("https://") for f in settings.feeds)
    assert settings.truce("Gaza") is not None
    assert settings.truce("hezbollah") is settings.truce("Lebanon")
    assert all(t.timezone != "UTC" for t in settings.truces)  # every truce names its real zone
