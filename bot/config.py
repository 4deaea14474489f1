"""Configuration: the TOML file and the environment, validated once into frozen settings.

``load(path, environ)`` reads the config file (``path`` > ``TRUCE_BOT_CONFIG`` >
``config/bot.toml`` relative to the working directory) and the environment, checks every
value against one table of keys per section (``BOT_KEYS``, ``FEED_KEYS``, ``TRUCE_KEYS``,
``ENV_KEYS``: name, type, default, validator, secret flag — miniflux ``options.go`` style),
and returns a frozen ``Settings``. Every mistake raises ``ConfigError(source, key, expected)``
whose ``str`` is the one line the CLI prints, e.g.::

    config/bot.toml: truces[2].timezone: unknown IANA time zone 'Asia/Damaskus' (did you mean 'Asia/Damascus'?)

Key paths index arrays from 0: ``truces[0]`` is the first ``[[truces]]`` table.
``masked(settings)`` renders the resolved settings for ``truce-bot check-config`` with every
secret masked. Nothing here does network I/O; ``load`` reads one file and the environment.
"""

from __future__ import annotations

import difflib
import ipaddress
import os
import re
import tomllib
import zoneinfo
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, time
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .errors import ConfigError
from .models import FeedSpec, TruceSpec

__all__ = [
    "DEFAULT_PATH",
    "ENV_SOURCE",
    "Key",
    "BOT_KEYS",
    "FEED_KEYS",
    "TRUCE_KEYS",
    "ENV_KEYS",
    "BotSettings",
    "Env",
    "Settings",
    "SlackMode",
    "parse_duration",
    "format_duration",
    "load",
    "load_env",
    "masked",
    "mask_secret",
    "redact_url",
]

#: The config file used when neither ``--config`` nor ``TRUCE_BOT_CONFIG`` names one.
DEFAULT_PATH = Path("config/bot.toml")
#: ``ConfigError.source`` for mistakes in environment variables.
ENV_SOURCE = "environment"

SlackMode = Literal["socket", "http", "console", "post-only"]

# --------------------------------------------------------------------------- durations

_UNITS = {"d": 86400.0, "h": 3600.0, "m": 60.0, "s": 1.0}
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)([dhms])")
_DURATION_HELP = 'a duration like "90s", "10m", "6h", "2d" or "1h30m" (units d, h, m, s)'


def parse_duration(text: str) -> float:
    """Parse a duration string (``"90s"``, ``"10m"``, ``"6h"``, ``"2d"``, ``"1h30m"``) to seconds.

    Units are ``d``, ``h``, ``m``, ``s`` (lower case; ``M`` could mean months), each at most
    once and largest first. The result is positive. Raises ``ValueError`` whose message says
    what was expected, ready to be the ``expected`` part of a ``ConfigError``.
    """
    if not isinstance(text, str):
        raise ValueError(f"expected {_DURATION_HELP}, got {_describe(text)}")
    s = text.strip()
    pos, total, seen = 0, 0.0, ""
    for match in _DURATION_PART.finditer(s):
        unit = match.group(2)
        if match.start() != pos or (seen and "dhms".index(unit) <= "dhms".index(seen[-1])):
            break
        total += float(match.group(1)) * _UNITS[unit]
        seen += unit
        pos = match.end()
    if not s or pos != len(s):
        raise ValueError(f"expected {_DURATION_HELP}, got {text!r}")
    if total <= 0:
        raise ValueError(f"expected a positive duration, got {text!r}")
    return total


def format_duration(seconds: float) -> str:
    """Render seconds as the shortest duration string ``parse_duration`` reads back (``"1h30m"``)."""
    if seconds <= 0:
        return "0s"
    whole = int(seconds)
    if whole != seconds:  # fractional seconds: keep them exact rather than pretty
        return f"{seconds:g}s"
    parts = []
    for unit, size in _UNITS.items():
        count, whole = divmod(whole, int(size))
        if count:
            parts.append(f"{count}{unit}")
    return "".join(parts)


# --------------------------------------------------------------------------- value checks
# Each check takes the raw value (from TOML or the environment) and returns the converted
# value, or raises ValueError whose message is the "expected ..." part of the error line.


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"boolean {str(value).lower()}"
    if isinstance(value, int):
        return f"integer {value}"
    if isinstance(value, float):
        return f"float {value}"
    if isinstance(value, str):
        return f"string {value!r}"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, date | time):
        return f"{type(value).__name__} {value.isoformat()}"
    return f"{type(value).__name__} {value!r}"


def _duration(minimum: float = 0.0, maximum: float | None = None) -> Callable[[Any], float]:
    def check(value: Any) -> float:
        seconds = parse_duration(value)
        if seconds < minimum:
            raise ValueError(f"expected at least {format_duration(minimum)}, got {value!r}")
        if maximum is not None and seconds > maximum:
            raise ValueError(f"expected at most {format_duration(maximum)}, got {value!r}")
        return seconds

    return check


def _durations(value: Any) -> tuple[float, ...]:
    if not isinstance(value, list):
        raise ValueError(
            f'expected an array of durations like ["6h", "1h"], got {_describe(value)}'
        )
    out = set()
    for item in value:
        out.add(parse_duration(item))
    return tuple(sorted(out, reverse=True))


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"expected true or false, got {_describe(value)}")
    return value


def _int(minimum: int, maximum: int) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(
                f"expected an integer from {minimum} to {maximum}, got {_describe(value)}"
            )
        if not minimum <= value <= maximum:
            raise ValueError(f"expected an integer from {minimum} to {maximum}, got {value}")
        return value

    return check


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"expected a non-empty string, got {_describe(value)}")
    return value.strip()


def _texts(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise ValueError(f'expected an array of strings like ["a", "b"], got {_describe(value)}')
    return tuple(_text(item) for item in value)


_CHANNEL_ID = re.compile(r"[CG][A-Z0-9]{6,}")
_CHANNEL_NAME = re.compile(r"#[^\s#@<>,.A-Z]{1,80}")


def _channel(value: Any) -> str:
    """A Slack channel: ``#name`` (lower case, Slack's rule) or a channel ID like ``C0123ABC``."""
    expected = "a Slack channel: '#name' (lower case, no spaces) or a channel ID like 'C0123ABC'"
    if not isinstance(value, str):
        raise ValueError(f"expected {expected}, got {_describe(value)}")
    if _CHANNEL_ID.fullmatch(value) or _CHANNEL_NAME.fullmatch(value):
        return value
    if value.startswith("#") and _CHANNEL_NAME.fullmatch(value.lower()):
        raise ValueError(
            f"expected {expected}; Slack channel names are lower case: {value.lower()!r}"
        )
    if not value.startswith("#") and _CHANNEL_NAME.fullmatch("#" + value):
        raise ValueError(f"expected {expected}, got {value!r} (did you mean '#{value}'?)")
    raise ValueError(f"expected {expected}, got {value!r}")


def _channels(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise ValueError(
            f'expected a non-empty array of channels like ["#desk"], got {_describe(value)}'
        )
    channels = tuple(_channel(item) for item in value)
    for i, channel in enumerate(channels):
        if channel in channels[:i]:
            raise ValueError(f"expected each channel once, got {channel!r} twice")
    return channels


_USER_ID = re.compile(r"[UW][A-Z0-9]{2,}")


def _user_ids(value: Any) -> tuple[str, ...]:
    """Slack user ids (``U0123ABC``; ``W…`` on Enterprise Grid), each once."""
    if not isinstance(value, list):
        raise ValueError(f'expected an array of Slack user ids like ["U0123ABC"], got {_describe(value)}')
    out: list[str] = []
    for item in value:
        if not isinstance(item, str) or not _USER_ID.fullmatch(item.strip()):
            shown = repr(item) if isinstance(item, str) else _describe(item)
            hint = " (a user id, not a @name: Profile → ⋮ → Copy member ID)" if isinstance(item, str) else ""
            raise ValueError(f"expected a Slack user id like 'U0123ABC', got {shown}{hint}")
        if item.strip() not in out:
            out.append(item.strip())
    return tuple(out)


_DIGEST_AT = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)(?:\s+(\S+))?")


def _digest_at(value: Any) -> str:
    """``"08:00 Europe/Berlin"`` (zone optional: UTC) or ``""`` (off) -> ``"08:00 Europe/Berlin"``."""
    expected = 'a local time and IANA zone like "08:00 Europe/Berlin", or "" for none'
    if not isinstance(value, str):
        raise ValueError(f"expected {expected}, got {_describe(value)}")
    if not value.strip():
        return ""
    match = _DIGEST_AT.fullmatch(value.strip())
    if not match:
        raise ValueError(f"expected {expected}, got {value!r}")
    zone = _timezone(match.group(3) or "UTC")
    return f"{int(match.group(1)):02d}:{match.group(2)} {zone}"


def _http_url(value: Any) -> str:
    expected = "an http:// or https:// URL with a host"
    if not isinstance(value, str):
        raise ValueError(f"expected {expected}, got {_describe(value)}")
    url = value.strip()
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise ValueError(f"expected {expected}, got {redact_url(url)!r}") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or re.search(r"\s", url):
        raise ValueError(f"expected {expected}, got {redact_url(url)!r}")
    return url


@lru_cache(maxsize=1)
def _zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def _timezone(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"expected an IANA time zone like 'Asia/Damascus', got {_describe(value)}")
    name = value.strip()
    try:
        # Accept only names the tz database lists (ZoneInfo would also read odd paths).
        if name in _zones() or name == "UTC":
            zoneinfo.ZoneInfo(name)
            return name
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        pass
    by_fold = {z.casefold(): z for z in _zones()}
    close = (
        [by_fold[name.casefold()]]
        if name.casefold() in by_fold
        else difflib.get_close_matches(name, sorted(_zones()), n=1, cutoff=0.6)
    )
    hint = f" (did you mean {close[0]!r}?)" if close else " (expected a name like 'Asia/Damascus')"
    raise ValueError(f"unknown IANA time zone {name!r}{hint}")


def _choice(*choices: str, aliases: Mapping[str, str] | None = None) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        word = str(value).strip().lower()
        word = (aliases or {}).get(word, word)
        if word not in choices:
            raise ValueError(f"expected one of {', '.join(choices)}, got {value!r}")
        return word

    return check


def _upper_choice(*choices: str, aliases: Mapping[str, str]) -> Callable[[Any], str]:
    lower = _choice(*(c.lower() for c in choices), aliases=aliases)

    def check(value: Any) -> str:
        try:
            return lower(value).upper()
        except ValueError:
            raise ValueError(f"expected one of {', '.join(choices)}, got {value!r}") from None

    return check


def _env_port(value: str) -> int:
    try:
        port = int(value.strip())
    except ValueError:
        raise ValueError(f"expected an integer from 1 to 65535, got {value!r}") from None
    return _int(1, 65535)(port)


def _token(*prefixes: str, what: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        token = value.strip()
        if not token.startswith(prefixes):
            shown = mask_secret(token)
            raise ValueError(
                f"expected {what} starting with {' or '.join(prefixes)}, got {shown}"
                " (are the bot and app tokens swapped?)"
            )
        return token

    return check


def _secret_text(value: str) -> str:
    return value.strip()


def _api_url(value: str) -> str:
    url = _http_url(value)
    return url if url.endswith("/") else url + "/"


# --------------------------------------------------------------------------- the key table

_REQUIRED: Any = object()


@dataclass(frozen=True)
class Key:
    """One configuration key: where it lives, its type, default, validator and secrecy.

    ``name`` is the TOML key or the environment variable; ``attr`` the settings field it
    fills. ``default`` is the converted default (``_REQUIRED`` when there is none);
    ``default_text`` is how the README shows it. ``secret`` values are masked on output.
    """

    name: str
    type: str
    default: Any
    check: Callable[[Any], Any]
    doc: str
    attr: str = ""
    default_text: str = ""
    secret: bool = False

    @property
    def field(self) -> str:
        return self.attr or self.name

    @property
    def required(self) -> bool:
        return self.default is _REQUIRED


MIB = 1024 * 1024

# One row per key, read as a table (miniflux options.go): keep it unformatted.
# fmt: off
BOT_KEYS: tuple[Key, ...] = (
    Key("poll_interval", "duration", 600.0, _duration(minimum=30), "how often every feed is polled, unless the feed sets its own (at least 30s)", default_text='"10m"'),
    Key("warn_before", "array of durations", (21600.0, 3600.0), _durations, "warnings this long before a deadline while no extension is known; [] for none", default_text='["6h", "1h"]'),
    Key("default_channel", "channel", "#truce-alerts", _channel, "where alerts go for truces without their own channels", default_text='"#truce-alerts"'),
    Key("violation_group", "duration", 3600.0, _duration(), "violations of one truce within this window share one alert", default_text='"1h"'),
    Key("allow_private_feeds", "boolean", False, _bool, "allow feeds on loopback/private/link-local addresses (off: refused, as SSRF protection)", default_text="false"),
    Key("ops_channel", "channel", None, _channel, "feed failures and bot health", default_text="default_channel"),
    Key("fetch_timeout", "duration", 20.0, _duration(minimum=1, maximum=300), "total time allowed for one feed fetch (1s to 5m)", default_text='"20s"'),
    Key("max_feed_bytes", "integer", 5 * MIB, _int(1024, 100 * MIB), "a feed body larger than this many bytes is refused (1 KiB to 100 MiB)", default_text="5242880 (5 MiB)"),
    Key("max_items_per_poll", "integer", 500, _int(1, 100_000), "at most this many new items are processed per feed and poll", default_text="500"),
    Key("min_sources", "integer", 1, _int(1, 10), "extension and expiry claims wait, shown only in the thread, until this many independent sources (publishers) agree", default_text="1"),
    Key("stale_after", "duration", 172800.0, _duration(minimum=3600), "an active truce no source has mentioned for this long gets one note in its thread (at least 1h)", default_text='"48h"'),
    Key("admins", "array of Slack user ids", (), _user_ids, "who may /truce track and /truce set (user ids like U0123ABC)", default_text="[]"),
    Key("digest_at", "time and zone", "", _digest_at, "daily digest in every alert channel at this local time, e.g. \"08:00 Europe/Berlin\" (a channel's /truce digest overrides it)", default_text='"" (off)'),
)

FEED_KEYS: tuple[Key, ...] = (
    Key("url", "http(s) URL", _REQUIRED, _http_url, "the RSS/Atom feed to poll", default_text="required"),
    Key("poll_interval", "duration", None, _duration(minimum=30), "this feed's own poll interval", default_text="[bot].poll_interval"),
    Key("full_text", "boolean", False, _bool, "when an item names a tracked truce but its summary gives no deadline, fetch the linked article and read its main text too (at most 5 pages per poll)", default_text="false"),
)

TRUCE_KEYS: tuple[Key, ...] = (
    Key("name", "string", _REQUIRED, _text, "the truce's name as reports spell it (also the /truce NAME key)", default_text="required"),
    Key("aliases", "array of strings", (), _texts, "other names reports use for it (matched case-insensitively)", default_text="[]"),
    Key("timezone", "IANA time zone", "UTC", _timezone, "local times in reports about this truce resolve in this zone", default_text='"UTC"'),
    Key("channels", "array of channels", (), _channels, "where this truce's alerts go", default_text="[bot].default_channel"),
)

_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")

ENV_KEYS: tuple[Key, ...] = (
    Key("SLACK_BOT_TOKEN", "secret", None, _token("xoxb-", "xoxp-", what="a Slack bot token"), "bot token (xoxb-...); unset: alerts print to the console", attr="slack_bot_token", default_text="unset", secret=True),
    Key("SLACK_APP_TOKEN", "secret", None, _token("xapp-", what="a Slack app-level token"), "app-level token (xapp-...); set: Socket Mode", attr="slack_app_token", default_text="unset", secret=True),
    Key("SLACK_SIGNING_SECRET", "secret", None, _secret_text, "signing secret; set without SLACK_APP_TOKEN: HTTP mode on PORT", attr="slack_signing_secret", default_text="unset", secret=True),
    Key("SLACK_API_URL", "http(s) URL", "https://slack.com/api/", _api_url, "base URL of the Slack Web API (tests point it at a fake)", attr="slack_api_url", default_text="https://slack.com/api/"),
    Key("TRUCE_BOT_STATE", "path", "state/truce-bot.db", _secret_text, "the SQLite database file", attr="state_path", default_text="state/truce-bot.db"),
    Key("PORT", "integer 1-65535", 3000, _env_port, "HTTP mode: port for Slack requests and GET /healthz", attr="port", default_text="3000"),
    Key("METRICS_PORT", "integer 1-65535", None, _env_port, "Prometheus /metrics on this port (any mode); unset: not served", attr="metrics_port", default_text="unset"),
    Key("LOG_LEVEL", "level", "INFO", _upper_choice(*_LOG_LEVELS, aliases={"warn": "warning"}), "DEBUG, INFO, WARNING, ERROR or CRITICAL", attr="log_level", default_text="INFO"),
    Key("LOG_FORMAT", "text|json", "text", _choice("text", "json"), "text (key=value) or json (one object per line)", attr="log_format", default_text="text"),
)
# fmt: on

# --------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class BotSettings:
    """The ``[bot]`` table. Durations in seconds; ``warn_before`` sorted largest first."""

    poll_interval: float = 600.0
    warn_before: tuple[float, ...] = (21600.0, 3600.0)
    default_channel: str = "#truce-alerts"
    violation_group: float = 3600.0
    allow_private_feeds: bool = False
    ops_channel: str | None = None
    fetch_timeout: float = 20.0
    max_feed_bytes: int = 5 * MIB
    max_items_per_poll: int = 500
    min_sources: int = 1
    stale_after: float = 172800.0
    admins: tuple[str, ...] = ()
    digest_at: str = ""  # "HH:MM Zone/Name" or "" (off)

    def __post_init__(self) -> None:
        object.__setattr__(self, "warn_before", tuple(sorted(set(self.warn_before), reverse=True)))
        if self.ops_channel is None:
            object.__setattr__(self, "ops_channel", self.default_channel)


@dataclass(frozen=True)
class Env:
    """What the environment configures. Secrets are left out of ``repr`` so logs never show them."""

    slack_bot_token: str | None = field(default=None, repr=False)
    slack_app_token: str | None = field(default=None, repr=False)
    slack_signing_secret: str | None = field(default=None, repr=False)
    slack_api_url: str = "https://slack.com/api/"
    state_path: str = "state/truce-bot.db"
    port: int = 3000
    metrics_port: int | None = None
    log_level: str = "INFO"
    log_format: str = "text"

    @property
    def slack_mode(self) -> SlackMode:
        """How ``truce-bot run`` talks to Slack (DESIGN.md).

        ``console`` without a bot token; ``socket`` with an app token; ``http`` with only a
        signing secret; ``post-only`` (alerts are posted, ``/truce`` is not served) with neither.
        """
        if not self.slack_bot_token:
            return "console"
        if self.slack_app_token:
            return "socket"
        if self.slack_signing_secret:
            return "http"
        return "post-only"

    def describe_slack_mode(self) -> str:
        """One line saying what ``run`` would do with Slack."""
        return {
            "console": "console — SLACK_BOT_TOKEN is not set, so alerts print to standard output",
            "socket": "Socket Mode — SLACK_APP_TOKEN is set; /truce arrives over a websocket",
            "http": f"HTTP on port {self.port} — signed Slack requests (SLACK_SIGNING_SECRET), plus GET /healthz",
            "post-only": "alerts posted to Slack, but /truce is not served"
            " (set SLACK_APP_TOKEN for Socket Mode or SLACK_SIGNING_SECRET for HTTP mode)",
        }[self.slack_mode]


@dataclass(frozen=True)
class Settings:
    """Everything ``load`` resolved. ``source`` is the config file path as given."""

    bot: BotSettings
    feeds: tuple[FeedSpec, ...]
    truces: tuple[TruceSpec, ...]
    env: Env
    source: str

    def truce(self, name: str) -> TruceSpec | None:
        """The tracked truce called ``name`` or aliased so (case-insensitive), or None."""
        wanted = name.strip().casefold()
        for spec in self.truces:
            if any(n.casefold() == wanted for n in spec.names):
                return spec
        return None

    def channels_for(self, truce: TruceSpec) -> tuple[str, ...]:
        """Where ``truce``'s alerts go: its own channels, else ``(bot.default_channel,)``."""
        return truce.channels or (self.bot.default_channel,)

    def poll_interval_for(self, feed: FeedSpec) -> float:
        """Seconds between polls of ``feed``: its own interval, else ``bot.poll_interval``."""
        return feed.poll_interval if feed.poll_interval is not None else self.bot.poll_interval


# --------------------------------------------------------------------------- loading


def load(path: str | Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Read and validate the config file and the environment into frozen ``Settings``.

    The file is ``path`` if given, else ``$TRUCE_BOT_CONFIG``, else ``config/bot.toml``
    relative to the working directory. ``environ`` defaults to ``os.environ``. Reads one file;
    no network. Raises ``ConfigError`` naming the file (or ``environment``), the key path and
    what was expected, for the first mistake found (file before environment).
    """
    env_map: Mapping[str, str] = os.environ if environ is None else environ
    hint = "--config"
    if path is None:
        from_env = env_map.get("TRUCE_BOT_CONFIG", "").strip()
        path, hint = (from_env, "TRUCE_BOT_CONFIG") if from_env else (DEFAULT_PATH, "default")
    source = str(path)
    document = _read(Path(path), source, hint)
    bot, feeds, truces = _parse(document, source)
    return Settings(bot=bot, feeds=feeds, truces=truces, env=load_env(env_map), source=source)


def load_env(environ: Mapping[str, str] | None = None) -> Env:
    """Validate the environment variables of ``ENV_KEYS`` into ``Env``.

    Empty variables count as unset. Raises ``ConfigError("environment", VAR, expected)``.
    """
    env_map: Mapping[str, str] = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for key in ENV_KEYS:
        raw = env_map.get(key.name, "")
        if not raw.strip():
            values[key.field] = key.default
            continue
        try:
            values[key.field] = key.check(raw)
        except ValueError as error:
            raise ConfigError(ENV_SOURCE, key.name, str(error)) from None
    return Env(**values)


def _read(path: Path, source: str, hint: str) -> dict[str, Any]:
    how = {
        "TRUCE_BOT_CONFIG": " (named by TRUCE_BOT_CONFIG)",
        "default": " (the default; pass --config PATH or set TRUCE_BOT_CONFIG)",
    }.get(hint, "")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(
            source, "file", f"expected a TOML config file, but it does not exist{how}"
        ) from None
    except IsADirectoryError:
        raise ConfigError(
            source, "file", f"expected a TOML config file, but it is a directory{how}"
        ) from None
    except OSError as error:
        raise ConfigError(
            source, "file", f"expected a readable TOML config file ({error.strerror}){how}"
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ConfigError(source, f"line {line}", "expected UTF-8 text") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        match = re.fullmatch(r"(.*) \(at line (\d+), column (\d+)\)", message)
        if match:
            where, message = f"line {match.group(2)}, column {match.group(3)}", match.group(1)
        else:
            where = f"line {text.count(chr(10)) + 1}" if "end of document" in message else "TOML"
            message = message.replace(" (at end of document)", " at the end of the file")
        raise ConfigError(source, where, f"invalid TOML: {message}") from None


_TOP_KEYS = ("bot", "feeds", "truces")


def _unknown(name: str, known: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return f"unknown key ({hint}expected one of: {', '.join(known)})"


def _table(
    raw: Mapping[str, Any], keys: tuple[Key, ...], where: str, source: str
) -> dict[str, Any]:
    """Check ``raw`` against ``keys``: unknown keys first, then each value; return converted."""
    names = tuple(k.name for k in keys)
    for name in raw:
        if name not in names:
            raise ConfigError(source, f"{where}.{name}", _unknown(name, names))
    values: dict[str, Any] = {}
    for key in keys:
        if key.name in raw:
            try:
                values[key.field] = key.check(raw[key.name])
            except ValueError as error:
                raise ConfigError(source, f"{where}.{key.name}", str(error)) from None
        elif key.required:
            raise ConfigError(source, f"{where}.{key.name}", f"required: {key.type}, {key.doc}")
        else:
            values[key.field] = key.default
    return values


def _array_of_tables(document: Mapping[str, Any], name: str, source: str) -> list[dict[str, Any]]:
    raw = document.get(name, [])
    if isinstance(raw, dict):
        raise ConfigError(
            source, name, f"expected an array of tables ([[{name}]]), got a table ([{name}])"
        )
    if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
        raise ConfigError(
            source, name, f"expected an array of tables ([[{name}]]), got {_describe(raw)}"
        )
    return raw


def _parse(
    document: Mapping[str, Any], source: str
) -> tuple[BotSettings, tuple[FeedSpec, ...], tuple[TruceSpec, ...]]:
    for name in document:
        if name not in _TOP_KEYS:
            raise ConfigError(source, name, _unknown(name, _TOP_KEYS))

    raw_bot = document.get("bot", {})
    if not isinstance(raw_bot, dict):
        raise ConfigError(source, "bot", f"expected a table ([bot]), got {_describe(raw_bot)}")
    bot = BotSettings(**_table(raw_bot, BOT_KEYS, "bot", source))

    feeds: list[FeedSpec] = []
    seen_urls: dict[str, int] = {}
    for i, raw in enumerate(_array_of_tables(document, "feeds", source)):
        where = f"feeds[{i}]"
        feed = FeedSpec(**_table(raw, FEED_KEYS, where, source))
        same = _same_url(feed.url)
        if same in seen_urls:
            raise ConfigError(
                source,
                f"{where}.url",
                f"expected each feed once, but feeds[{seen_urls[same]}] has the same URL",
            )
        seen_urls[same] = i
        if not bot.allow_private_feeds and _is_private_host(urlsplit(feed.url).hostname or ""):
            raise ConfigError(
                source,
                f"{where}.url",
                f"expected a public host, got {redact_url(feed.url)!r} (a loopback/private address;"
                " set [bot].allow_private_feeds = true to allow it)",
            )
        feeds.append(feed)

    truces: list[TruceSpec] = []
    owner: dict[str, tuple[int, str]] = {}  # casefolded name/alias -> (truce index, spelling)
    raw_truces = _array_of_tables(document, "truces", source)
    if not raw_truces:
        raise ConfigError(
            source,
            "truces",
            'expected at least one [[truces]] table (name = "Aleppo", timezone = "Asia/Damascus")',
        )
    for i, raw in enumerate(raw_truces):
        where = f"truces[{i}]"
        spec = TruceSpec(**_table(raw, TRUCE_KEYS, where, source))
        for j, label in enumerate(spec.names):
            fold = label.casefold()
            if fold in owner:
                other, spelling = owner[fold]
                key = f"{where}.name" if j == 0 else f"{where}.aliases[{j - 1}]"
                whose = "this truce" if other == i else f"truces[{other}] ({truces[other].name!r})"
                raise ConfigError(
                    source,
                    key,
                    f"expected a unique name, but {label!r} is already used by {whose} as {spelling!r} (names and aliases are case-insensitive)",
                )
            owner[fold] = (i, label)
        truces.append(spec)
    return bot, tuple(feeds), tuple(truces)


def _same_url(url: str) -> str:
    """``url`` compared as a feed identity: scheme and host are case-insensitive, path is not."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{parts.path.rstrip('/')}?{parts.query}"


def _is_private_host(host: str) -> bool:
    """True for literal loopback/private/link-local addresses and ``localhost`` names.

    Names are not resolved here (no network at load time); resolved addresses are the
    fetcher's to check, with ``allow_private_feeds`` passed to it.
    """
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return not address.is_global


# --------------------------------------------------------------------------- output


_SECRET_PREFIX = re.compile(r"(x[a-z]{2,3}-)")
_SECRET_QUERY = re.compile(r"key|token|secret|sig|pass|auth", re.IGNORECASE)


def mask_secret(value: str | None) -> str:
    """``xoxb-…abcd`` (the kind prefix and the last 4 characters), or ``(not set)``.

    Short secrets, where prefix + last 4 would give away too much, show only the prefix.
    """
    if not value:
        return "(not set)"
    match = _SECRET_PREFIX.match(value)
    prefix = match.group(1) if match else ""
    if len(value) - len(prefix) < 12:
        return f"{prefix}… (set, {len(value)} characters)"
    return f"{prefix}…{value[-4:]}"


def redact_url(url: str) -> str:
    """``url`` with a password in it and secret-looking query values replaced by ``***``."""
    try:
        parts = urlsplit(url)
        netloc = parts.netloc
        if parts.password is not None:
            netloc = netloc.replace(f":{parts.password}@", ":***@", 1)
        query = parts.query
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(_SECRET_QUERY.search(k) for k, _ in pairs):
            query = urlencode(
                [(k, "***" if _SECRET_QUERY.search(k) else v) for k, v in pairs], safe="*:/"
            )
        return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
    except ValueError:
        return url


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, tuple | list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return str(value)


def _lines(pairs: list[tuple[str, str, str]]) -> list[str]:
    width = max(len(k) for k, _, _ in pairs)
    value_width = max(len(v) for _, v, c in pairs if c) if any(c for _, _, c in pairs) else 0
    out = []
    for k, v, comment in pairs:
        line = f"{k.ljust(width)} = {v}"
        if comment:
            line = f"{k.ljust(width)} = {v.ljust(min(value_width, 40))}  # {comment}"
        out.append(line.rstrip())
    return out


def masked(settings: Settings) -> str:
    """The resolved settings as TOML-like text for ``truce-bot check-config``.

    Durations are shown as duration strings, defaults are marked, secrets are masked
    (``xoxb-…abcd`` or ``(not set)``) and feed URLs are redacted; the full value of a secret
    never appears. The header says which Slack mode ``run`` would use.
    """
    bot, env = settings.bot, settings.env
    out = [
        f"# truce-bot settings, resolved from {settings.source} and the environment",
        f"# Slack: {env.describe_slack_mode()}",
        "",
        "[bot]",
    ]
    defaults = BotSettings()
    rows: list[tuple[str, str, str]] = []
    for key in BOT_KEYS:
        value = getattr(bot, key.field)
        shown = (
            _toml(format_duration(value))
            if key.type == "duration"
            else _toml(tuple(format_duration(v) for v in value))
            if key.type == "array of durations"
            else _toml(value)
        )
        comment = ""
        if key.name == "ops_channel" and value == bot.default_channel:
            comment = "default: default_channel"
        elif value == getattr(defaults, key.field):
            comment = "default"
        if key.name == "max_feed_bytes":
            comment = ", ".join(filter(None, [f"{value / MIB:g} MiB", comment]))
        rows.append((key.name, shown, comment))
    out += _lines(rows)

    out += [
        "",
        f"# {len(settings.feeds)} feed(s)" + ("" if settings.feeds else " — run will poll nothing"),
    ]
    for feed in settings.feeds:
        own = feed.poll_interval is not None
        interval = format_duration(settings.poll_interval_for(feed))
        out += ["", "[[feeds]]"] + _lines(
            [
                ("url", _toml(redact_url(feed.url)), ""),
                ("poll_interval", _toml(interval), "" if own else "default: [bot].poll_interval"),
                ("full_text", _toml(feed.full_text), "" if feed.full_text else "default"),
            ]
        )

    out += ["", f"# {len(settings.truces)} truce(s)"]
    for truce in settings.truces:
        out += ["", "[[truces]]"] + _lines(
            [
                ("name", _toml(truce.name), ""),
                ("aliases", _toml(truce.aliases), ""),
                ("timezone", _toml(truce.timezone), ""),
                (
                    "channels",
                    _toml(settings.channels_for(truce)),
                    "" if truce.channels else "default: [bot].default_channel",
                ),
            ]
        )

    out += ["", "[environment]"]
    env_rows = []
    for key in ENV_KEYS:
        value = getattr(env, key.field)
        if key.secret:
            env_rows.append((key.name, mask_secret(value), ""))
        else:
            shown = redact_url(value) if key.name == "SLACK_API_URL" else str(value)
            env_rows.append((key.name, shown, "default" if value == key.default else ""))
    out += _lines(env_rows)
    return "\n".join(out) + "\n"
