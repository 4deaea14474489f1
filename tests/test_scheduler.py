"""Scheduler wiring (bot/scheduler.py): deterministic jobs derived from state."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from bot import scheduler
from bot.models import FeedSpec


def noop(*args):
    return None


@pytest.fixture
def jobs():
    sched = scheduler.make_scheduler(
        [FeedSpec("https://a.example/rss"), FeedSpec("https://b.example/rss", poll_interval=300)],
        600, poll_feed=noop, tick=noop,
    )
    sched.start(paused=True)
    yield sched
    sched.shutdown(wait=False)


def test_one_poll_job_per_feed_with_its_interval_and_the_tick(jobs):
    by_id = {job.id: job for job in jobs.get_jobs()}
    assert set(by_id) == {"poll:https://a.example/rss", "poll:https://b.example/rss", "tick"}
    assert by_id["poll:https://a.example/rss"].trigger.interval == timedelta(seconds=600)
    assert by_id["poll:https://b.example/rss"].trigger.interval == timedelta(seconds=300)
    assert all(job.max_instances == 1 and job.coalesce for job in by_id.values())


def test_every_feed_is_polled_once_right_at_start():
    polled = threading.Event()
    sched = scheduler.make_scheduler(
        [FeedSpec("https://a.example/rss")], 600, poll_feed=lambda spec: polled.set(), tick=noop
    )
    scheduler.start(sched, datetime.now(UTC))
    try:
        assert polled.wait(10), "the first poll must not wait for the 10-minute interval"
    finally:
        sched.shutdown(wait=False)


def test_wakeups_are_added_moved_and_removed_with_the_state(jobs):
    d1 = datetime(2030, 1, 1, 12, tzinfo=UTC)
    d2 = d1 + timedelta(hours=48)
    scheduler.schedule_wakeups(jobs, {"Aleppo": d1, "Gaza": None}, noop)
    wakes = {job.id: job.next_run_time for job in jobs.get_jobs() if job.id.startswith("wake:")}
    assert wakes == {"wake:Aleppo": d1}
    scheduler.schedule_wakeups(jobs, {"Aleppo": d2, "Gaza": d1}, noop)  # an extension moves it
    wakes = {job.id: job.next_run_time for job in jobs.get_jobs() if job.id.startswith("wake:")}
    assert wakes == {"wake:Aleppo": d2, "wake:Gaza": d1}
    scheduler.schedule_wakeups(jobs, {"Aleppo": None, "Gaza": d1}, noop)  # a collapse removes it
    assert {job.id for job in jobs.get_jobs() if job.id.startswith("wake:")} == {"wake:Gaza"}


def test_wakeup_jobs_run_however_late(jobs):
    when = datetime(2030, 1, 1, tzinfo=UTC)
    scheduler.schedule_wakeups(jobs, {"Aleppo": when}, noop)
    assert jobs.get_job("wake:Aleppo").misfire_grace_time is None
