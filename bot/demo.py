"""`truce-bot demo`: replay config/demo/feed.xml through the real pipeline on a simulated clock.

Nothing is mocked but the network and the wall clock: the demo's fetcher serves the feed as it
stood at the simulated moment (items whose pubDate has passed, with an ETag so unchanged polls
are 304s), and everything after that — parse, dedup, extract, state machine, SQLite outbox,
clock sweep, rendering — is the code `truce-bot run` uses. Alerts print as Slack would show them.
"""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path

from bot import feeds, pipeline
from bot.clock import FakeClock
from bot.config import Settings
from bot.outbox import ConsoleSender, drain
from bot.store import Store

__all__ = ["DemoReport", "run_demo", "replay_fetcher", "DEMO_START", "DEMO_END"]

DEMO_START = datetime(2016, 5, 4, 21, 0, tzinfo=UTC)
DEMO_END = datetime(2016, 5, 11, 21, 30, tzinfo=UTC)


@dataclass
class DemoReport:
    polls: int = 0
    alerts_sent: int = 0
    state_path: str = ""


def feed_as_of(feed_xml: bytes, now: datetime) -> bytes:
    """The RSS document with only the items published by *now*."""
    root = ET.fromstring(feed_xml)
    channel = root.find("channel")
    assert channel is not None, "demo feed has no <channel>"
    for item in list(channel.findall("item")):
        published = parsedate_to_datetime(item.findtext("pubDate") or "")
        if published > now:
            channel.remove(item)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def replay_fetcher(feed_xml: bytes, clock: FakeClock) -> pipeline.FetchMany:
    """A fetch_many that serves *feed_xml* as of the clock, honouring conditional GET."""

    def fetch_many(pairs):
        body = feed_as_of(feed_xml, clock.now())
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        results = []
        for url, cache in pairs:
            fresh = cache.etag != etag
            results.append(
                (
                    url,
                    feeds.FetchResult(
                        url=url,
                        status=200 if fresh else 304,
                        body=body if fresh else b"",
                        headers={"content-type": "application/rss+xml; charset=utf-8"},
                        etag=etag,
                        last_modified=None,
                        final_url=url,
                        permanent_redirect=False,
                        elapsed=0.0,
                    ),
                )
            )
        return results

    return fetch_many


def run_demo(
    settings: Settings,
    demo_dir: Path,
    state_path: Path,
    *,
    write: Callable[[str], object] = print,
    start: datetime = DEMO_START,
    end: datetime = DEMO_END,
) -> DemoReport:
    """Replay the demo from *start* to *end*; print every alert; leave the state at *state_path*."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{state_path}{suffix}").unlink(missing_ok=True)
    store = Store(state_path)
    clock = FakeClock(start)
    fetch_many = replay_fetcher((demo_dir / "feed.xml").read_bytes(), clock)
    sender = ConsoleSender(lambda text: write(f"[{clock.now():%a %d %b %Y %H:%M} UTC] {text}"))
    report = DemoReport(state_path=str(state_path))
    pipeline.ensure_truces(settings, store)
    interval = timedelta(seconds=settings.bot.poll_interval)
    next_poll = start
    try:
        while clock.now() <= end:
            if clock.now() >= next_poll:
                pipeline.poll_once(settings, store, clock.now, fetch_many=fetch_many)
                report.polls += 1
                next_poll = clock.now() + interval
            else:
                pipeline.sweep(settings, store, clock.now())
            report.alerts_sent += drain(store, sender, clock.now).sent
            wake = pipeline.next_wakeup(settings, store)
            step = min(next_poll, wake) if wake and wake > clock.now() else next_poll
            clock.set(step)
    finally:
        store.close()
    return report
