"""The App Home watchlist (issue 9, item 7): the truces a user watches, soonest deadline first,
each with its state, its deadline in three clocks (the truce's local time, UTC, the viewer's own
through Slack's date token) and an Unwatch button; below, the other tracked truces with Watch.

Pure: truces, the user's watchlist and ``now`` in, a Block Kit ``home`` view out (for
``views.publish``). Feed text never reaches it; truce names are escaped all the same.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from bot.clock import utc
from bot.messages import (
    STATUS_EMOJI,
    city_of,
    escape_mrkdwn,
    format_countdown,
    local_time,
    slack_date,
)
from bot.models import Truce

__all__ = ["WATCH", "UNWATCH", "MAX_HOME_BLOCKS", "render_home"]

#: The Home buttons' action ids (bot/slack.py listens for them); each value is the truce's name.
WATCH, UNWATCH = "home_watch", "home_unwatch"
#: Slack allows 100 blocks in a Home tab view.
MAX_HOME_BLOCKS = 100
_MAX_VALUE = 2000

_STATE = {"active": "in force", "expired": "expired", "collapsed": "collapsed", "unknown": "no reports yet"}


def _by_time_left(truces: Sequence[Truce], now: datetime) -> list[Truce]:
    """Running deadlines first (soonest first), then passed ones (latest first), then truces
    with no deadline; names break ties."""

    def key(t: Truce) -> tuple[int, float, str]:
        if t.deadline is None:
            return (2, 0.0, t.name.casefold())
        left = (utc(t.deadline) - utc(now)).total_seconds()
        return (0, left, t.name.casefold()) if left > 0 else (1, -left, t.name.casefold())

    return sorted(truces, key=key)


def _when(t: Truce, now: datetime) -> str:
    if t.deadline is None:
        return "no deadline known"
    d = utc(t.deadline)
    city = city_of(t.timezone)
    place = "UTC" if city == "UTC" else f"{city} time"
    utc_text = f"{local_time(d, 'UTC', year=False)} UTC"
    verb = "ended" if d <= utc(now) else "ends"
    return (f"{verb} {local_time(d, t.timezone)} {place} · {utc_text} · "
            f"{slack_date(d, utc_text)} your time · {format_countdown(d, now)}")


def _row(t: Truce, now: datetime, *, watched: bool) -> dict[str, Any]:
    name = escape_mrkdwn(" ".join(t.name.split()))[:80]
    status = str(t.status or "unknown")
    text = f"{STATUS_EMOJI.get(status, '❔')} *{name}* — {_STATE.get(status, escape_mrkdwn(status))}\n{_when(t, now)}"
    label, action = ("Unwatch", UNWATCH) if watched else ("Watch", WATCH)
    block: dict[str, Any] = {"type": "section", "text": {"type": "mrkdwn", "text": text[:3000]}}
    if len(t.name) <= _MAX_VALUE:
        block["accessory"] = {"type": "button", "action_id": action, "value": t.name,
                              "text": {"type": "plain_text", "text": label}}
        if not watched:
            block["accessory"]["style"] = "primary"
    return block


def render_home(truces: Sequence[Truce], watched: Collection[str], now: datetime) -> dict[str, Any]:
    """The Home tab for one user: *truces* (every tracked truce) split by *watched* (names).

    Watched ones first, by time left; then the rest, by time left, to Watch. At most
    ``MAX_HOME_BLOCKS`` blocks (a note says how many truces were left out). Pure."""
    mine = _by_time_left([t for t in truces if t.name in watched], now)
    others = _by_time_left([t for t in truces if t.name not in watched], now)
    updated = f"Updated {slack_date(now, local_time(now, 'UTC') + ' UTC')} · soonest deadline first"
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": "🕊️ Your truce watchlist", "emoji": True}},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": updated}]},
    ]
    if mine:
        blocks += [_row(t, now, watched=True) for t in mine]
    else:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text":
                       "You watch no truces yet: press *Watch* on one below."}})
    if others:
        blocks += [
            {"type": "divider"},
            {"type": "header", "text": {"type": "plain_text", "text": "Other tracked truces"}},
            *[_row(t, now, watched=False) for t in others],
        ]
    elif not truces:
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": "No truces are tracked yet."}]})
    if len(blocks) > MAX_HOME_BLOCKS:
        rows = sum(1 for b in blocks[MAX_HOME_BLOCKS - 1:] if "accessory" in b)
        blocks = [*blocks[: MAX_HOME_BLOCKS - 1], {"type": "context", "elements": [
            {"type": "mrkdwn", "text": f"+ {rows} more truces not shown (truncated)"}]}]
    return {"type": "home", "callback_id": "truce_home", "blocks": blocks}
