"""The composition root: the only module that builds clients, the database and the scheduler.

``build(settings)`` returns a ``Runtime`` (store, fetcher, sender, clock); ``run(settings)`` is
`truce-bot run`: it starts the scheduler, then Slack (or the console sink), and stops cleanly
on SIGTERM / SIGINT.
"""

from __future__ import annotations

import logging
import signal
import threading
from dataclasses import dataclass, field
from datetime import datetime

from bot import logs, pipeline, scheduler
from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.models import FeedSpec
from bot.outbox import ConsoleSender, DrainReport, Sender, drain
from bot.store import Store

__all__ = ["Runtime", "build", "run", "drain_outbox", "tick"]

log = logging.getLogger("truce_bot.app")


@dataclass
class Runtime:
    settings: Settings
    clock: Clock
    store: Store
    fetch_many: pipeline.FetchMany
    sender: Sender
    console: bool
    stopping: threading.Event = field(default_factory=threading.Event)

    def close(self) -> None:
        self.store.close()


def build(
    settings: Settings,
    *,
    clock: Clock | None = None,
    fetch_many: pipeline.FetchMany | None = None,
    sender: Sender | None = None,
) -> Runtime:
    """Wire the edges for *settings*. Raises StoreError if the database is unusable."""
    store = Store(settings.env.state_path)
    console = sender is None and not settings.env.slack_bot_token
    if sender is None:
        sender = ConsoleSender() if console else _slack_sender(settings)
    return Runtime(
        settings=settings,
        clock=clock or SystemClock(),
        store=store,
        fetch_many=fetch_many or pipeline.default_fetcher(settings),
        sender=sender,
        console=console,
    )


def _slack_sender(settings: Settings) -> Sender:
    from bot.slack import SlackSender

    return SlackSender(settings.env.slack_bot_token, base_url=settings.env.slack_api_url)


def drain_outbox(runtime: Runtime) -> DrainReport:
    return drain(runtime.store, runtime.sender, runtime.clock.now)


def poll_feed(runtime: Runtime, spec: FeedSpec) -> None:
    report = pipeline.poll_once(
        runtime.settings, runtime.store, runtime.clock.now, fetch_many=runtime.fetch_many, only=[spec]
    )
    if report.alerts:
        drain_outbox(runtime)


def tick(runtime: Runtime) -> None:
    """Sweep what the clock made due, drain the outbox, record the heartbeat."""
    now: datetime = runtime.clock.now()
    pipeline.sweep(runtime.settings, runtime.store, now)
    drain_outbox(runtime)
    runtime.store.set_meta("heartbeat", now.isoformat())


def run(settings: Settings) -> int:
    """`truce-bot run`: poll, sweep and deliver until SIGTERM/SIGINT; exit 0."""
    logs.setup(settings.env.log_level, settings.env.log_format)
    runtime = build(settings)
    pipeline.ensure_truces(settings, runtime.store)
    jobs = scheduler.make_scheduler(
        list(settings.feeds),
        settings.bot.poll_interval,
        poll_feed=lambda spec: poll_feed(runtime, spec),
        tick=lambda: tick(runtime),
    )
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: runtime.stopping.set())
    scheduler.start(jobs, runtime.clock.now())
    mode = "console" if runtime.console else "slack"
    log.info(
        "truce-bot running",
        extra={"feeds": len(settings.feeds), "truces": len(settings.truces), "alerts_to": mode},
    )
    try:
        runtime.stopping.wait()
    finally:
        log.info("stopping: finishing the job in hand")
        jobs.shutdown(wait=True)
        runtime.close()
    return 0
