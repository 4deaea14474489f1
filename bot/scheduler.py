"""APScheduler 3.x wiring only: one poll job per feed, the clock sweep and the outbox drain.

SQLite is the truth and APScheduler only the wake-up clock. Deadlines and warnings live in the
truces table; from it we derive one date job per truce (``wake:<truce>``, at the next time
``truces.next_wakeup`` names) on start and after every state change, so an extension moves
the job and a collapse removes it. In 3.x a date job leaves the job store before its body runs
and a run missed beyond ``misfire_grace_time`` is skipped silently, so the ``tick`` job (every
``TICK_SECONDS``) also sweeps whatever is due and unsent: a lost wake-up costs one tick of
delay, never an alert. Job ids are deterministic and ``replace_existing`` is set.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_MISSED, JobExecutionEvent
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.digest import DigestTime
from bot.models import FeedSpec

__all__ = ["make_scheduler", "start", "schedule_wakeups", "schedule_digests", "TICK_SECONDS"]

log = logging.getLogger("truce_bot.scheduler")

TICK_SECONDS = 5.0


def make_scheduler(
    feeds: list[FeedSpec],
    default_interval: float,
    *,
    poll_feed: Callable[[FeedSpec], object],
    tick: Callable[[], object],
    tick_seconds: float = TICK_SECONDS,
) -> BackgroundScheduler:
    """A UTC BackgroundScheduler (not started) with a poll job per feed and the tick job.

    Each feed is polled at once on start, then every ``poll_interval`` (jittered by up to
    10 %, at most 60 s, so many feeds don't hit at the same second); no job overlaps itself.
    """
    scheduler = BackgroundScheduler(
        timezone=UTC,
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 300},
    )
    for spec in feeds:
        interval = spec.poll_interval or default_interval
        scheduler.add_job(
            poll_feed,
            IntervalTrigger(seconds=interval, jitter=min(60, interval * 0.1), timezone=UTC),
            args=[spec],
            id=f"poll:{spec.url}",
            name=f"poll {spec.url}",
            replace_existing=True,
            next_run_time=None,
        )
    scheduler.add_job(
        tick,
        IntervalTrigger(seconds=tick_seconds, timezone=UTC),
        id="tick",
        name="sweep deadlines + drain outbox",
        replace_existing=True,
    )
    scheduler.add_listener(_on_job_event, EVENT_JOB_ERROR | EVENT_JOB_MISSED)
    return scheduler


def start(scheduler: BackgroundScheduler, now) -> None:
    """Start, then run every poll job once right away (the first poll happens at start)."""
    scheduler.start()
    for job in scheduler.get_jobs():
        if job.id.startswith("poll:"):
            job.modify(next_run_time=now)


def schedule_wakeups(
    scheduler: BackgroundScheduler, wakeups: dict[str, datetime | None], wake: Callable[[], object]
) -> None:
    """Make the ``wake:<truce>`` date jobs match *wakeups* (truce name -> next due time)."""
    existing = {job.id for job in scheduler.get_jobs() if job.id.startswith("wake:")}
    wanted = {f"wake:{name}": when for name, when in wakeups.items() if when is not None}
    for job_id in existing - wanted.keys():
        scheduler.remove_job(job_id)
    for job_id, when in wanted.items():
        current = scheduler.get_job(job_id)
        if current is not None and current.next_run_time == when:
            continue
        scheduler.add_job(
            wake,
            DateTrigger(run_date=when, timezone=UTC),
            id=job_id,
            name=f"deadline sweep {job_id[5:]}",
            replace_existing=True,
            misfire_grace_time=None,  # however late (a busy pool), still run it
        )


def schedule_digests(
    scheduler: BackgroundScheduler, times: Iterable[DigestTime], fire: Callable[[str], object]
) -> None:
    """Make the ``digest:<channel>`` cron jobs match *times* (issue 9): one per channel, at its
    local time in its zone (APScheduler follows DST). A job whose time is unchanged is left
    alone; the digest's dedup key (channel + local date) makes any double firing harmless."""
    wanted = {f"digest:{t.channel}": t for t in times}
    for job in scheduler.get_jobs():
        if job.id.startswith("digest:") and job.id not in wanted:
            scheduler.remove_job(job.id)
    for job_id, when in wanted.items():
        trigger = CronTrigger(hour=when.at.hour, minute=when.at.minute, timezone=ZoneInfo(when.timezone))
        current = scheduler.get_job(job_id)
        if current is not None and repr(current.trigger) == repr(trigger):
            continue
        if current is not None:  # remove first: replace_existing does not reach a not-yet-started job
            scheduler.remove_job(job_id)
        scheduler.add_job(
            fire,
            trigger,
            args=[when.channel],
            id=job_id,
            name=f"daily digest {when.channel} at {when.text}",
            replace_existing=True,
            misfire_grace_time=3600,  # a busy or briefly stopped bot still sends today's digest
            coalesce=True,
        )


def _on_job_event(event: JobExecutionEvent) -> None:
    if event.exception is not None:
        log.error("job failed", extra={"job": event.job_id, "error": repr(event.exception)})
    else:
        log.warning("job missed its run time", extra={"job": event.job_id})
