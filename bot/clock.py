"""Clocks: the only source of "now" in truce-bot.

The core never calls ``datetime.now()``; it takes ``now`` as an argument. Services hold a
``Clock``. ``FakeClock`` drives the tests and ``truce-bot demo``.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol

__all__ = ["Clock", "SystemClock", "FakeClock", "utc", "parse_utc"]


def utc(value: datetime) -> datetime:
    """Return *value* as an aware UTC datetime; naive values are taken to be UTC already."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def parse_utc(value: object) -> datetime | None:
    """An aware UTC datetime from a datetime or ISO-8601 text (``Z`` allowed); None for
    anything else. Lenient on purpose: payloads and stored JSON may be missing or malformed."""
    if isinstance(value, datetime):
        return utc(value)
    if isinstance(value, str) and value.strip():
        try:
            return utc(datetime.fromisoformat(value.strip().replace("Z", "+00:00")))
        except ValueError:
            return None
    return None


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, aware, in UTC."""
        ...


class SystemClock:
    """The wall clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class FakeClock:
    """A clock that moves only when told to (tests, the demo)."""

    def __init__(self, start: datetime) -> None:
        self._now = utc(start)

    def now(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta) -> datetime:
        """Move forward by *delta* and return the new time."""
        self._now += delta
        return self._now

    def set(self, when: datetime) -> None:
        """Jump to *when* (forward or back)."""
        self._now = utc(when)
