"""Outbox delivery: post pending alerts, thread them per truce and channel, retry with backoff.

An alert is marked sent only after the sender returns the message ``ts``; a failure worth
retrying (``Retryable``: network, 5xx, 429) is retried with exponential backoff that honours
``Retry-After``; a ``Permanent`` failure is recorded and never retried. So an outage delays
alerts and nothing is lost or doubled.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from bot.errors import Permanent, Retryable
from bot.messages import Message, render_alert
from bot.models import Alert
from bot.store import Store
from bot.truces import BROADCAST_KINDS

__all__ = ["Sender", "ConsoleSender", "DrainReport", "drain", "backoff"]

log = logging.getLogger("truce_bot.outbox")

BASE_BACKOFF = 5.0
MAX_BACKOFF = 900.0
MAX_ATTEMPTS = 50  # about 12 hours of retries at the cap


class Sender(Protocol):
    def post(
        self, channel: str, message: Message, *, thread_ts: str | None, broadcast: bool
    ) -> str:
        """Post *message*; return its ts. Raises Retryable or Permanent."""
        ...


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


def backoff(attempts: int, retry_after: float | None) -> float:
    """Seconds to wait before attempt number *attempts* + 1 (jittered, capped)."""
    wait = min(BASE_BACKOFF * 2**attempts, MAX_BACKOFF) * random.uniform(0.8, 1.2)
    return max(wait, retry_after or 0.0)


def drain(
    store: Store,
    sender: Sender,
    now: Callable[[], datetime],
    *,
    render: Callable[[Alert, datetime], Message] = render_alert,
    limit: int = 100,
) -> DrainReport:
    """Send every due pending alert once. Stops early when Slack says to wait (429/outage)."""
    report = DrainReport()
    for row in store.pending_alerts(now(), limit=limit):
        alert = row.alert
        parent = store.thread(alert.truce, alert.channel)
        message = render(alert, now())
        try:
            ts = sender.post(
                alert.channel,
                message,
                thread_ts=parent,
                broadcast=parent is not None and _broadcast(alert),
            )
        except Retryable as error:
            wait = backoff(row.attempts, error.retry_after)
            if row.attempts + 1 >= MAX_ATTEMPTS:
                store.mark_failed(row.id, f"gave up after {row.attempts + 1} attempts: {error}")
                report.failed += 1
            else:
                store.mark_retry(row.id, str(error), now() + timedelta(seconds=wait))
                report.retried += 1
            log.warning("alert delivery deferred", extra={"dedup_key": alert.dedup_key, "error": str(error), "retry_in": round(wait, 1)})
            break  # the channel or Slack is unhappy: don't hammer it with the rest now
        except Permanent as error:
            store.mark_failed(row.id, str(error))
            report.failed += 1
            log.error("alert delivery failed", extra={"dedup_key": alert.dedup_key, "error": str(error)})
            continue
        if parent is None:
            store.set_thread(alert.truce, alert.channel, ts)
        store.mark_sent(row.id, ts, now())
        report.sent += 1
        log.info("alert sent", extra={"dedup_key": alert.dedup_key, "channel": alert.channel, "ts": ts})
    return report


def _broadcast(alert: Alert) -> bool:
    return alert.kind in BROADCAST_KINDS and not alert.payload.get("after_expiry")
