"""Which channels get which alerts of a truce, and the channel-control intents. Pure.

The one place alerts are routed (issue 9, item 4). A truce's channels are its configured ones
(``[[truces]].channels``, else ``[bot].default_channel``) minus the channels that said
``/truce unfollow NAME`` plus those that said ``/truce follow NAME``. A channel that said
``/truce snooze NAME 12h`` gets only the alerts that break through a snooze (expiry and
collapse), marked ``snoozed`` in the payload so the message says so, until the snooze ends.

``pipeline.process_item`` and ``pipeline.sweep`` call :func:`routes_for` to learn the channels
the state machine should address, then :func:`route` to apply the snoozes to what it decided.

Also here, as data: :class:`Action`, the intent a ``/truce`` control command returns
(``commands.answer`` stays pure; ``slack.py`` has ``pipeline.perform`` execute it), and the
small parsers those commands need (spans like ``12h``, ``HH:MM``, local date-times).
"""

from __future__ import annotations

import re
import zoneinfo
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Literal

from bot.models import Alert, Subscription, TruceSpec

__all__ = [
    "SNOOZE_BREAKS_THROUGH",
    "Route",
    "Action",
    "Verb",
    "routes_for",
    "channel_names",
    "route",
    "channels_following",
    "all_specs",
    "resolve_channel",
    "parse_span",
    "parse_clock",
    "parse_local",
    "valid_timezone",
]

#: Alert kinds a snoozed channel still gets (marked "(snoozed)").
SNOOZE_BREAKS_THROUGH: frozenset[str] = frozenset({"expired", "collapsed"})


@dataclass(frozen=True)
class Route:
    """One channel that gets a truce's alerts, and until when it is snoozed (aware UTC)."""

    channel: str
    snoozed_until: datetime | None = None

    def snoozed(self, now: datetime) -> bool:
        return self.snoozed_until is not None and now < self.snoozed_until


def _same(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


def routes_for(
    truce: str, configured: Sequence[str], subscriptions: Iterable[Subscription]
) -> tuple[Route, ...]:
    """The channels that get *truce*'s alerts: *configured* (``settings.channels_for(spec)``)
    minus unfollowed, then followed ones in the order given; each with its snooze."""
    own = [s for s in subscriptions if _same(s.truce, truce)]
    unfollowed = {s.channel for s in own if s.following is False}
    channels = [c for c in configured if c not in unfollowed]
    channels += [s.channel for s in own if s.following is True and s.channel not in channels]
    snoozes = {s.channel: s.snoozed_until for s in own if s.snoozed_until is not None}
    return tuple(Route(c, snoozes.get(c)) for c in channels)


def channel_names(routes: Iterable[Route]) -> tuple[str, ...]:
    return tuple(r.channel for r in routes)


def route(alerts: Iterable[Alert], routes: Sequence[Route], now: datetime) -> tuple[Alert, ...]:
    """Apply the snoozes in *routes* to *alerts* at *now*: a snoozed channel keeps only
    ``SNOOZE_BREAKS_THROUGH`` kinds, each marked ``payload["snoozed"] = True``. Alerts for a
    channel not in *routes* (ops notices) pass unchanged."""
    by_channel = {r.channel: r for r in routes}
    kept: list[Alert] = []
    for alert in alerts:
        r = by_channel.get(alert.channel)
        if r is None or not r.snoozed(now):
            kept.append(alert)
        elif alert.kind in SNOOZE_BREAKS_THROUGH:
            kept.append(replace(alert, payload={**alert.payload, "snoozed": True}))
    return tuple(kept)


def channels_following(
    channel: str,
    specs: Sequence[TruceSpec],
    configured: dict[str, Sequence[str]],
    subscriptions: Iterable[Subscription],
) -> list[str]:
    """The truces whose alerts *channel* gets (spec order), as :func:`routes_for` decides.
    *configured* maps truce name -> ``settings.channels_for(spec)``."""
    subs = list(subscriptions)
    return [
        spec.name
        for spec in specs
        if channel in channel_names(routes_for(spec.name, configured.get(spec.name, ()), subs))
    ]


def all_specs(configured: Sequence[TruceSpec], tracked: Iterable[TruceSpec]) -> tuple[TruceSpec, ...]:
    """The config's truces, then those tracked at runtime (``/truce track``) under names the
    config does not use (the config wins a clash)."""
    names = {n.casefold() for spec in configured for n in spec.names}
    extra = [spec for spec in tracked if spec.name.casefold() not in names]
    return (*configured, *extra)


def resolve_channel(channel_id: str, channel_name: str, known: Iterable[tuple[str, str | None]]) -> str:
    """The channel string a slash command's channel is known by: a configured or subscribed
    channel that is the same one (``#name``, the id, or a name whose learned id matches);
    otherwise the id (stable across renames). *known*: (channel as written, learned id)."""
    name = f"#{channel_name}" if channel_name and not channel_name.startswith("#") else channel_name
    for written, learned in known:
        if written == channel_id or (name and written == name) or (learned and learned == channel_id):
            return written
    return channel_id or name or ""


# ------------------------------------------------------------------------------ intents

Verb = Literal["follow", "unfollow", "snooze", "unsnooze", "track", "set", "digest"]


@dataclass(frozen=True)
class Action:
    """What a ``/truce`` control command asks the bot to do, for ``pipeline.perform``.

    ``channel`` is the channel the command came from, ``user`` the Slack user id.
    ``until``: end of a snooze; ``deadline``: a human correction (aware UTC);
    ``spec``: a truce to track; ``at``/``timezone``: a digest time ("08:00", IANA zone),
    ``at=None`` for ``digest off``.
    """

    verb: Verb
    channel: str
    user: str = ""
    truce: str = ""
    until: datetime | None = None
    deadline: datetime | None = None
    spec: TruceSpec | None = None
    at: str | None = None
    timezone: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


# ------------------------------------------------------------------------------ parsers

_SPAN = re.compile(r"(\d+)([dhm])")
_SPAN_UNITS = {"d": 86400, "h": 3600, "m": 60}
MAX_SNOOZE = 30 * 86400


def parse_span(text: str) -> timedelta:
    """``"12h"``, ``"90m"``, ``"2d"``, ``"1d12h"`` -> timedelta (1 minute to 30 days).
    Raises ValueError with what was expected."""
    s = text.strip().lower()
    pos, total = 0, 0
    for match in _SPAN.finditer(s):
        if match.start() != pos:
            break
        total += int(match.group(1)) * _SPAN_UNITS[match.group(2)]
        pos = match.end()
    if not s or pos != len(s) or not 60 <= total <= MAX_SNOOZE:
        raise ValueError("a span like 12h, 90m or 2d (at most 30d)")
    return timedelta(seconds=total)


_CLOCK = re.compile(r"([01]?\d|2[0-3])[:h.]?([0-5]\d)")


def parse_clock(text: str) -> time:
    """``"08:00"``, ``"8:00"``, ``"0800"`` -> time. Raises ValueError."""
    match = _CLOCK.fullmatch(text.strip())
    if not match:
        raise ValueError("a time of day like 08:00")
    return time(int(match.group(1)), int(match.group(2)))


@lru_cache(maxsize=1)
def _zones() -> dict[str, str]:
    return {z.casefold(): z for z in zoneinfo.available_timezones()} | {"utc": "UTC"}


def valid_timezone(text: str) -> str | None:
    """The IANA zone *text* names (any case), or None."""
    return _zones().get(text.strip().casefold())


def parse_local(day: str, clock: str, timezone: str) -> datetime:
    """``"2026-12-01"``, ``"18:00"`` in IANA *timezone* -> aware UTC. Raises ValueError.
    A time that does not exist locally (a DST gap) is refused; an ambiguous one takes the
    first occurrence."""
    try:
        d = date.fromisoformat(day.strip())
    except ValueError:
        raise ValueError("a date like 2026-12-01") from None
    t = parse_clock(clock)
    zone = zoneinfo.ZoneInfo(timezone)
    local = datetime.combine(d, t, tzinfo=zone)
    utc = local.astimezone(UTC)
    if utc.astimezone(zone).replace(tzinfo=None) != local.replace(tzinfo=None):
        raise ValueError(f"{d} {t:%H:%M} does not exist in {timezone} (clocks change)")
    return utc
