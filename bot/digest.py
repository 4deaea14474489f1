"""The daily digest: per channel, at a local time it chooses (issue 9, item 6). Pure.

Each channel with a digest time (``/truce digest 08:00 Europe/Berlin``, else
``[bot].digest_at``) gets, once per local day, one message listing every truce it follows:
state, time left, violations reported in the last 24 h, and what changed since its previous
digest (status, deadline, new reports by kind). The digest is an ordinary outbox alert of kind
``digest`` whose dedup key is ``digest|CHANNEL|LOCAL-DATE``: however often the job fires (a
restart, a coalesced run, two processes) the channel gets one digest that day.

Its payload keeps a ``snapshot`` (status and deadline per truce) so the next digest can say
what changed without another table.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.models import Alert, Event, Truce

__all__ = ["DigestTime", "parse_at", "schedule", "local_date", "build", "dedup_key", "last_due", "missed"]

_AT = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)(?:\s+(\S+))?")


@dataclass(frozen=True)
class DigestTime:
    """When *channel* gets its digest: *at* local time in IANA *timezone*."""

    channel: str
    at: time
    timezone: str

    @property
    def text(self) -> str:
        return f"{self.at:%H:%M} {self.timezone}"


def parse_at(text: str) -> tuple[time, str] | None:
    """``"08:00 Europe/Berlin"`` (as config validated it) -> (time, zone); "" -> None."""
    match = _AT.fullmatch(text.strip()) if text else None
    if not match:
        return None
    return time(int(match.group(1)), int(match.group(2))), match.group(3) or "UTC"


def schedule(
    channels: Iterable[str],
    default: str,
    rows: Mapping[str, tuple[str | None, str | None]],
) -> list[DigestTime]:
    """Every channel's digest time: its own row (``/truce digest``; a row with no time is
    ``digest off``), else *default* (``[bot].digest_at``, "" for none) for the alert
    *channels*. Channels with a row but no alerts still get theirs (they asked)."""
    base = parse_at(default)
    out: dict[str, DigestTime] = {}
    for channel in channels:
        if channel not in rows and base is not None:
            out[channel] = DigestTime(channel, base[0], base[1])
    for channel, (at, zone) in rows.items():
        parsed = parse_at(f"{at} {zone or 'UTC'}") if at else None
        if parsed is not None:
            out[channel] = DigestTime(channel, parsed[0], parsed[1])
        else:
            out.pop(channel, None)
    return [out[c] for c in sorted(out)]


def local_date(now: datetime, timezone: str) -> date:
    """The calendar day it is at *now* in *timezone*."""
    return now.astimezone(ZoneInfo(timezone)).date()


def last_due(when: DigestTime, now: datetime) -> datetime:
    """The latest instant at or before *now* when *when*'s digest was due (today's local time
    if it has passed, else yesterday's), in UTC. DST-safe: built from the local wall clock."""
    zone = ZoneInfo(when.timezone)
    today = now.astimezone(zone).date()
    for day in (today, today - timedelta(days=1)):
        due = datetime.combine(day, when.at, tzinfo=zone).astimezone(UTC)
        if due <= now:
            return due
    return datetime.combine(today - timedelta(days=2), when.at, tzinfo=zone).astimezone(UTC)


def missed(when: DigestTime, now: datetime, last_seen: datetime | None) -> datetime | None:
    """The due time of a digest the bot slept through: due after it was last seen alive
    (*last_seen*, the stored heartbeat) and at or before *now*; None if it was up then, or if
    it has never run (no heartbeat: nothing was promised yet). Only the latest one is sent
    late; older ones would tell nothing the latest does not."""
    if last_seen is None:
        return None
    due = last_due(when, now)
    return due if last_seen < due else None


def dedup_key(channel: str, day: date) -> str:
    return f"digest|{channel}|{day.isoformat()}"


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if value else None


def build(
    when: DigestTime,
    truces: Sequence[Truce],
    *,
    recent: Mapping[str, Sequence[Event]],
    since_previous: Mapping[str, Sequence[Event]],
    previous: Alert | None,
    now: datetime,
    due: datetime | None = None,
) -> Alert:
    """The digest alert for *when*.channel at *now*; *due* is the time it was due when it is
    sent late (the bot was down then): its day names the dedup key, and the message says so.

    *truces*: the truces the channel follows; *recent*: each one's events recorded in the last
    24 h; *since_previous*: those recorded since the previous digest (*previous*, or None for
    the first one, when nothing is reported as changed)."""
    prior: dict[str, Any] = {}
    if previous is not None and isinstance(previous.payload.get("snapshot"), dict):
        prior = previous.payload["snapshot"]
    items: list[dict[str, Any]] = []
    snapshot: dict[str, dict[str, Any]] = {}
    for truce in truces:
        state = {"status": truce.status, "deadline": _iso(truce.deadline)}
        snapshot[truce.name] = state
        changes: list[dict[str, Any]] = []
        if previous is not None:
            before = prior.get(truce.name)
            if not isinstance(before, dict):
                changes.append({"what": "followed"})
            else:
                if before.get("status") != state["status"]:
                    changes.append({"what": "status", "old": before.get("status"), "new": state["status"]})
                if before.get("deadline") != state["deadline"]:
                    changes.append({"what": "deadline", "old": before.get("deadline"), "new": state["deadline"]})
            kinds = Counter(e.kind for e in since_previous.get(truce.name, ()))
            changes += [{"what": "reports", "kind": k, "count": n} for k, n in sorted(kinds.items())]
        violations = [e for e in recent.get(truce.name, ()) if e.kind == "violation"]
        items.append(
            {
                "truce": truce.name,
                "timezone": truce.timezone,
                **state,
                "violations_24h": len(violations),
                "changes": changes,
            }
        )
    day = local_date(due or now, when.timezone)
    return Alert(
        dedup_key=dedup_key(when.channel, day),
        truce="",
        channel=when.channel,
        kind="digest",
        created_at=now,
        due_at=now,
        payload={
            "channel": when.channel,
            "date": day.isoformat(),
            "at": when.text,
            "timezone": when.timezone,
            "since": _iso(previous.created_at) if previous is not None else None,
            "late_from": _iso(due) if due is not None and due < now else None,
            "items": items,
            "snapshot": snapshot,
        },
    )


def window(now: datetime, previous: Alert | None) -> tuple[datetime, datetime]:
    """(start, end) of "since the previous digest": its creation, or 24 h before *now*."""
    start = previous.created_at if previous is not None else now - timedelta(hours=24)
    return start, now
