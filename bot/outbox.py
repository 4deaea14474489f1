"""Outbox delivery: post pending alerts, thread them per truce and channel, keep the parent
alive, retry with backoff — and never lose or double an alert.

The rules (DESIGN.md "Events and alerts", issue 4):

- A truce's first alert in a channel is the *parent*; later alerts reply in its thread
  (``thread_ts``); ``extended``/``expired``/``collapsed`` replies are also broadcast to the
  channel (``reply_broadcast``).
- The parent is a *living* message: after any alert of the truce is sent, it is re-rendered
  (``chat.update``) as the truce's current status card — state, deadline in three clocks,
  countdown — so the channel reads as a board of truces. Parents are also refreshed every
  ``refresh_after`` seconds so their countdown does not go stale.
- An alert is marked sent only after Slack returns its ``ts``. ``Retryable`` failures
  (network, 5xx, 429, ``ratelimited``) are retried with jittered exponential backoff that is
  never shorter than ``Retry-After``; ``Permanent`` ones (``channel_not_found``,
  ``invalid_auth``, ...) are recorded on the row and never retried.
- Order: alerts of one channel go out in the order they were decided. A row waiting for its
  retry holds back the later rows of its channel; a retryable failure ends the drain (Slack is
  unhappy; the next tick tries again).
- The crash window (Slack accepted the post, then we crashed or lost the answer before
  recording the ts): before each post the row is marked ``posting_since``; every post carries
  Slack message ``metadata`` with the alert's ``dedup_key``; a row found marked on a later
  drain is first looked for in the channel (or thread) history, and if Slack has it the found
  ``ts`` is recorded instead of posting again. Only when that lookup is impossible (missing
  scope, channel unreadable) does the sender fall back to posting again — at-least-once in
  that one case — and it logs a warning saying so.

Senders: the minimal ``Sender.post(channel, message, *, thread_ts, broadcast) -> ts`` is all
a sender must have (``ConsoleSender``, test fakes). A sender may also offer ``send(Post) ->
Posted`` (post with metadata, report the channel id), ``find(Post, since) -> Posted | None``
(the crash-window lookup) and ``update(channel_id, ts, message, *, key)`` (the living parent);
``bot.slack.SlackSender`` has all four.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, Protocol

from bot.errors import Permanent, Retryable
from bot.messages import MAX_BLOCKS, Message, render_alert, render_status, slack_date
from bot.models import Alert, Truce
from bot.store import QueuedAlert, Store
from bot.truces import BROADCAST_KINDS

__all__ = [
    "Sender",
    "ConsoleSender",
    "Post",
    "Posted",
    "DrainReport",
    "drain",
    "refresh_parents",
    "render_parent",
    "backoff",
]

log = logging.getLogger("truce_bot.outbox")

BASE_BACKOFF = 5.0
MAX_BACKOFF = 900.0
MAX_ATTEMPTS = 50  # about 12 hours of retries at the cap
#: Parents are re-rendered at least this often (seconds) so the countdown stays fresh.
REFRESH_AFTER = 900.0
#: ... while the truce's deadline is less than this far in the past (seconds).
REFRESH_WHILE = 24 * 3600.0
#: Alert kinds posted on their own, never into (or as) a truce's thread.
UNTHREADED_KINDS = frozenset({"ops", "digest"})


class Sender(Protocol):
    def post(
        self, channel: str, message: Message, *, thread_ts: str | None, broadcast: bool
    ) -> str:
        """Post *message*; return its ts. Raises Retryable or Permanent."""
        ...


@dataclass(frozen=True)
class Post:
    """One alert to post, as a capable sender (``send``/``find``) receives it."""

    alert_id: int
    dedup_key: str
    channel: str  # as configured: "#syria-desk" (or an id)
    channel_id: str | None  # Slack's id for it, once learned
    message: Message
    thread_ts: str | None
    broadcast: bool


@dataclass(frozen=True)
class Posted:
    """Where Slack put a message: its ts and (when the sender knows it) the channel id."""

    ts: str
    channel_id: str | None = None


class ConsoleSender:
    """Prints alerts as Slack would show them (no SLACK_BOT_TOKEN, or the demo)."""

    def __init__(self, write: Callable[[str], object] = print) -> None:
        self._write = write
        self._count = 0

    def post(self, channel: str, message: Message, *, thread_ts: str | None, broadcast: bool) -> str:
        self._count += 1
        where = f"{channel} (thread{', also to channel' if broadcast else ''})" if thread_ts else channel
        self._write(f"── {where}\n{message.text}\n")
        return f"console.{self._count:06d}"


@dataclass
class DrainReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    found: int = 0  # rows whose post Slack already had (crash window closed by lookup)
    parents_updated: int = 0


def backoff(attempts: int, retry_after: float | None) -> float:
    """Seconds to wait before attempt number *attempts* + 1 (jittered, capped), never less
    than Slack's ``Retry-After``."""
    wait = min(BASE_BACKOFF * 2**attempts, MAX_BACKOFF) * random.uniform(0.8, 1.2)
    return max(wait, retry_after or 0.0)


def drain(
    store: Store,
    sender: Sender,
    now: Callable[[], datetime],
    *,
    render: Callable[[Alert, datetime], Message] = render_alert,
    limit: int = 100,
    refresh_after: float | None = REFRESH_AFTER,
) -> DrainReport:
    """Send every due pending alert once, in order per channel, then refresh the parents.

    Side effects: Slack posts/updates through *sender*; one small write transaction per
    alert (``posting_since`` before the post, ``ts`` after). Holds ``store.drain_lock()`` so
    concurrent drains (the tick and a poll) never post one row twice. Never raises for a
    Slack failure: failures are recorded on the rows.
    """
    report = DrainReport()
    with store.drain_lock():
        blocked: set[str] = set()  # channels with an earlier alert still waiting for its retry
        attempted = 0
        for row in store.outbox_queue(now(), limit=max(limit * 10, 1000)):
            channel = row.alert.channel
            if channel in blocked:
                continue
            if row.next_attempt_at is not None and row.next_attempt_at > now():
                blocked.add(channel)
                continue
            if attempted >= limit:
                break
            attempted += 1
            outcome = _deliver(store, sender, row, render, now, report)
            if outcome == "retry":
                break  # Slack or the network is unhappy: don't hammer it with the rest now
        if callable(getattr(sender, "update", None)):
            refresh_parents(store, sender, now, older_than=refresh_after, report=report)
    return report


def _deliver(
    store: Store,
    sender: Sender,
    row: QueuedAlert,
    render: Callable[[Alert, datetime], Message],
    now: Callable[[], datetime],
    report: DrainReport,
) -> str:
    """Post one row (or find it already posted). Returns "sent", "retry" or "failed"."""
    alert = row.alert
    threaded = alert.kind not in UNTHREADED_KINDS  # feed health, digests: stand-alone messages
    thread = store.thread_info(alert.truce, alert.channel) if threaded else None
    parent_ts = thread.parent_ts if thread else None
    channel_id = (thread.channel_id if thread else None) or store.channel_id_for(alert.channel)
    fields = {"dedup_key": alert.dedup_key, "truce": alert.truce, "channel": alert.channel}
    try:
        post = Post(
            alert_id=row.id,
            dedup_key=alert.dedup_key,
            channel=alert.channel,
            channel_id=channel_id,
            message=render(alert, now()),
            thread_ts=parent_ts,
            broadcast=parent_ts is not None and _broadcast(alert),
        )
        posted: Posted | None = None
        find = getattr(sender, "find", None)
        if row.posting_since is not None and callable(find):
            try:
                posted = find(post, row.posting_since)
            except Permanent as error:
                log.warning(
                    "cannot check whether an earlier attempt reached Slack; posting again"
                    " (at-least-once for this alert)",
                    extra={**fields, "error": str(error)},
                )
            if posted is not None:
                report.found += 1
                log.info("alert found already posted", extra={**fields, "ts": posted.ts})
        if posted is None:
            store.mark_posting(row.id, now())
            try:
                posted = _send(sender, post)
            except Permanent as error:
                if parent_ts is None or getattr(error, "code", None) != "thread_not_found":
                    raise
                # the parent was deleted: Slack took nothing, so start a new thread with this alert
                log.warning("parent message gone; this alert starts a new thread", extra=fields)
                store.drop_thread(alert.truce, alert.channel)
                parent_ts = None
                post = replace(post, thread_ts=None, broadcast=False)
                posted = _send(sender, post)
    except Retryable as error:
        attempts = row.attempts + 1
        if attempts >= MAX_ATTEMPTS:
            store.mark_failed(row.id, f"gave up after {attempts} attempts: {error}")
            report.failed += 1
            log.error("alert delivery given up", extra={**fields, "error": str(error)})
            return "retry"
        wait = backoff(row.attempts, error.retry_after)
        store.mark_retry(row.id, str(error), now() + timedelta(seconds=wait))
        report.retried += 1
        log.warning("alert delivery deferred", extra={**fields, "error": str(error), "retry_in": round(wait, 1)})
        return "retry"
    except Permanent as error:
        store.mark_failed(row.id, str(error))
        report.failed += 1
        log.error("alert delivery failed", extra={**fields, "error": str(error)})
        return "failed"
    store.record_sent(row.id, posted.ts, now(), channel_id=posted.channel_id or channel_id,
                      parent=threaded and parent_ts is None)
    report.sent += 1
    log.info("alert sent", extra={**fields, "ts": posted.ts, "thread_ts": parent_ts})
    return "sent"


def _send(sender: Sender, post: Post) -> Posted:
    send = getattr(sender, "send", None)
    if callable(send):
        result = send(post)
    else:
        result = sender.post(post.channel, post.message, thread_ts=post.thread_ts, broadcast=post.broadcast)
    if isinstance(result, Posted):
        return result
    return Posted(ts=str(result))


def _broadcast(alert: Alert) -> bool:
    # a claim held for more sources stays in the thread (issue 9: min_sources)
    return alert.kind in BROADCAST_KINDS and not alert.payload.get("after_expiry") and not alert.held_for_sources


# ------------------------------------------------------------------------- the living parent


def refresh_parents(
    store: Store,
    sender: Any,
    now: Callable[[], datetime],
    *,
    older_than: float | None = REFRESH_AFTER,
    report: DrainReport | None = None,
) -> int:
    """Re-render (``chat.update``) every parent flagged after an alert, and those whose
    countdown is older than *older_than* seconds while their deadline is near. Returns how
    many were updated. A failed update is logged and left flagged for the next drain; a
    deleted parent (``message_not_found``) is forgotten so the next alert starts a new one."""
    updated = 0
    current = now()
    for thread in store.parents_to_refresh(current, older_than=older_than):
        if not thread.channel_id:
            continue  # a sender that reports no channel ids (the console) has nothing to edit
        truce = store.truce(thread.truce)
        if not thread.dirty and not _countdown_matters(truce, current):
            continue
        latest = store.last_sent(thread.truce, thread.channel)
        message = render_parent(
            truce or Truce(name=thread.truce),
            store.events_for(thread.truce, limit=20),
            latest,
            current,
            alerts=store.thread_size(thread.truce, thread.channel),
        )
        fields = {"truce": thread.truce, "channel": thread.channel, "ts": thread.parent_ts}
        try:
            sender.update(thread.channel_id, thread.parent_ts, message, key=thread.parent_key)
        except Retryable as error:
            log.warning("parent update deferred", extra={**fields, "error": str(error)})
            break
        except Permanent as error:
            if getattr(error, "code", None) == "message_not_found":
                store.drop_thread(thread.truce, thread.channel)
                log.warning("parent message gone; the next alert starts a new thread", extra=fields)
            else:
                store.mark_parent_updated(thread.truce, thread.channel, current)
                log.error("parent update failed", extra={**fields, "error": str(error)})
            continue
        store.mark_parent_updated(thread.truce, thread.channel, current)
        updated += 1
    if report is not None:
        report.parents_updated += updated
    return updated


def _countdown_matters(truce: Truce | None, now: datetime) -> bool:
    if truce is None or truce.deadline is None:
        return False
    return (now - truce.deadline).total_seconds() < REFRESH_WHILE


def render_parent(
    truce: Truce,
    events: list[Any],
    latest: Alert | None,
    now: datetime,
    *,
    alerts: int = 1,
) -> Message:
    """The parent message as a living status card: ``messages.render_status`` (state, deadline
    in three clocks, countdown, last extension, violations, latest reports) plus one line
    naming the latest alert, how many alerts the thread holds and when this was rendered.
    Pure."""
    card = render_status(truce, events, now)
    latest_line = ""
    if latest is not None:
        latest_line = render_alert(latest, now).text.split("\n", 1)[0]
    stamp = slack_date(now, now.strftime("%d %b %H:%M UTC"))
    thread = f"🧵 {alerts} alert{'s' if alerts != 1 else ''} in this thread" if alerts else ""
    parts = [p for p in (f"Latest: {latest_line}" if latest_line else "", thread, f"updated {stamp}") if p]
    footer = " · ".join(parts)
    blocks = list(card.blocks)
    if len(blocks) >= MAX_BLOCKS:
        blocks = blocks[: MAX_BLOCKS - 1]
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": footer[:2000]}]})
    text = card.text + (f"\n   Latest: {latest_line}" if latest_line else "")
    return Message(text=text, blocks=blocks)
