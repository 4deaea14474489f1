"""The composition root: the only module that builds clients, the database and the scheduler.

``build(settings)`` returns a ``Runtime`` (store, fetcher, sender, clock); ``run(settings)`` is
`truce-bot run`: it starts the scheduler, then Slack (or the console sink), and stops cleanly
on SIGTERM / SIGINT.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from dataclasses import dataclass, field
from datetime import datetime

from apscheduler.schedulers.background import BackgroundScheduler

from bot import logs, messages, metrics, pipeline, scheduler, truces
from bot.clock import Clock, SystemClock, parse_utc
from bot.config import Settings
from bot.models import FeedSpec
from bot.outbox import ConsoleSender, DrainReport, Sender, drain
from bot.store import Store

__all__ = ["Runtime", "build", "run", "drain_outbox", "tick", "send_digest", "sync_digests"]

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
    jobs: BackgroundScheduler | None = None

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
        sender = ConsoleSender(_print_flushed) if console else _slack_sender(settings)
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
    # the alert buttons only where the Bolt app listens for them (Socket Mode / HTTP)
    interactive = runtime.settings.env.slack_mode in ("socket", "http")
    render = messages.render_alert_with_buttons if interactive else messages.render_alert
    return drain(runtime.store, runtime.sender, runtime.clock.now, render=render)


def poll_feed(runtime: Runtime, spec: FeedSpec) -> None:
    """The poll job: one feed, then deliver and move the deadline wake-ups."""
    report = pipeline.poll_once(
        runtime.settings, runtime.store, runtime.clock.now, fetch_many=runtime.fetch_many, only=[spec],
        respect_backoff=True,
    )
    runtime.store.set_meta("last_poll", runtime.clock.now().isoformat())
    for feed in report.feeds:
        metrics.record_poll(feed.status in ("ok", "not-modified"))
    if report.alerts or report.events:
        drain_outbox(runtime)
        reschedule(runtime)


def tick(runtime: Runtime) -> None:
    """Sweep what the clock made due, drain the outbox, move wake-ups, record the heartbeat."""
    now: datetime = runtime.clock.now()
    swept = pipeline.sweep(runtime.settings, runtime.store, now)
    drain_outbox(runtime)
    if swept:
        reschedule(runtime)
    sync_digests(runtime)  # a `/truce digest` since the last tick moves its cron job
    runtime.store.set_meta("heartbeat", now.isoformat())


def reschedule(runtime: Runtime) -> None:
    """Derive the per-truce date jobs from SQLite (start, and after every state change)."""
    if runtime.jobs is None:
        return
    rules = pipeline.rules_of(runtime.settings)
    wakeups = {truce.name: truces.next_wakeup(truce, rules) for truce in runtime.store.truces()}
    scheduler.schedule_wakeups(runtime.jobs, wakeups, lambda: tick(runtime))


def sync_digests(runtime: Runtime) -> None:
    """Derive the ``digest:<channel>`` cron jobs from config and SQLite (issue 9)."""
    if runtime.jobs is None:
        return
    times = pipeline.digest_schedule(runtime.settings, runtime.store)
    scheduler.schedule_digests(runtime.jobs, times, lambda channel: send_digest(runtime, channel))


def send_digest(runtime: Runtime, channel: str) -> None:
    """The digest job: queue *channel*'s digest for today (once: its dedup key), deliver."""
    if pipeline.queue_digest(runtime.settings, runtime.store, channel, runtime.clock.now()):
        drain_outbox(runtime)


def run(settings: Settings) -> int:
    """`truce-bot run`: poll, sweep and deliver until SIGTERM/SIGINT; exit 0."""
    logs.setup(settings.env.log_level, settings.env.log_format)
    runtime = build(settings)
    pipeline.ensure_truces(settings, runtime.store)
    jobs = runtime.jobs = scheduler.make_scheduler(
        list(settings.feeds),
        settings.bot.poll_interval,
        poll_feed=lambda spec: poll_feed(runtime, spec),
        tick=lambda: tick(runtime),
    )
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: runtime.stopping.set())
    port = settings.env.metrics_port
    stop_metrics = metrics.serve_from_env(
        runtime.store.path, runtime.clock.now, {"METRICS_PORT": str(port)} if port else {}
    )
    from bot.slack import serve  # Slack: Socket Mode, HTTP mode on PORT, or nothing (console)

    stop_slack = serve(runtime)
    last_seen = parse_utc(runtime.store.get_meta("heartbeat"))  # before tick() overwrites it
    scheduler.start(jobs, runtime.clock.now())
    pipeline.queue_missed_digests(settings, runtime.store, runtime.clock.now(), last_seen)
    tick(runtime)  # whatever fell due while we were down goes out now, marked late
    reschedule(runtime)
    mode = "console" if runtime.console else "slack"
    log.info(
        "truce-bot running",
        extra={"feeds": len(settings.feeds), "truces": len(settings.truces), "alerts_to": mode},
    )
    try:
        runtime.stopping.wait()
    finally:
        log.info("stopping: finishing the job in hand")
        stop_slack()
        stop_metrics()
        _stop(jobs)
        runtime.close()
    return 0


def _stop(jobs: BackgroundScheduler, *, grace: float = 8.0) -> None:
    """Let the running job finish (at most *grace* s: docker stop allows 10), then return.

    Every commit is atomic, so cutting a long poll short loses nothing: the item in hand is
    simply read again at the next start.
    """
    stopper = threading.Thread(target=jobs.shutdown, kwargs={"wait": True}, daemon=True)
    stopper.start()
    stopper.join(grace)
    if stopper.is_alive():
        log.warning("a job is still running after %.0f s; exiting without it", grace)
        logging.shutdown()
        os._exit(0)


def _print_flushed(text: str) -> None:
    """Console alerts leave at once, even into a pipe (docker logs, tests)."""
    print(text, flush=True)
