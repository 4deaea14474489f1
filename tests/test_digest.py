"""The daily digest (issue 9, item 6): per channel at a local time it chooses, each followed
truce with state, time left, violations in 24 h and what changed since the previous digest;
an APScheduler cron job per channel (deterministic id) and one digest per channel and local
day (its dedup key), so a restart never doubles it."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from apscheduler.schedulers.background import BackgroundScheduler

from bot import app, config, digest, pipeline, scheduler
from bot.clock import FakeClock
from bot.messages import render_alert
from bot.models import Event, FeedItem, Source, Truce
from bot.outbox import ConsoleSender

BERLIN = "Europe/Berlin"
T0 = datetime(2016, 5, 9, 6, 0, tzinfo=UTC)  # 08:00 in Berlin (CEST)


# ------------------------------------------------------------------- schedule (pure)


@pytest.mark.parametrize(
    ("default", "rows", "expected"),
    [
        ("", {}, []),
        ("08:00 Europe/Berlin", {}, [("#a", "08:00 Europe/Berlin"), ("#b", "08:00 Europe/Berlin")]),
        ("08:00 Europe/Berlin", {"#a": ("07:15", "Asia/Damascus")},
         [("#a", "07:15 Asia/Damascus"), ("#b", "08:00 Europe/Berlin")]),
        ("08:00 Europe/Berlin", {"#a": (None, None)}, [("#b", "08:00 Europe/Berlin")]),  # digest off
        ("", {"#c": ("09:00", "UTC")}, [("#c", "09:00 UTC")]),  # asked, though it gets no alerts
    ],
)
def test_schedule(default, rows, expected):
    times = digest.schedule(["#a", "#b"], default, rows)
    assert [(t.channel, t.text) for t in times] == expected


@pytest.mark.parametrize(
    ("now", "zone", "day"),
    [
        (datetime(2016, 5, 9, 22, 30, tzinfo=UTC), BERLIN, "2016-05-10"),  # already tomorrow in Berlin
        (datetime(2016, 5, 9, 22, 30, tzinfo=UTC), "UTC", "2016-05-09"),
        (datetime(2016, 5, 9, 3, 0, tzinfo=UTC), "America/New_York", "2016-05-08"),
    ],
)
def test_the_dedup_key_is_the_local_date(now, zone, day):
    when = digest.DigestTime("#a", time(8), zone)
    alert = digest.build(when, [], recent={}, since_previous={}, previous=None, now=now)
    assert alert.dedup_key == f"digest|#a|{day}" and alert.kind == "digest" and alert.truce == ""


# ------------------------------------------------------------------- build + render (pure)

D1 = datetime(2016, 5, 9, 21, 1, tzinfo=UTC)
D2 = datetime(2016, 5, 11, 21, 0, tzinfo=UTC)
WHEN = digest.DigestTime("#syria", time(8), BERLIN)


def ev(kind, key):
    return Event("Aleppo", kind, None, "words", Source(key, f"https://x.org/{key}", "Wire", T0))


def test_first_digest_lists_state_time_left_violations_without_changes():
    aleppo = Truce("Aleppo", "Asia/Damascus", status="active", deadline=D1)
    gaza = Truce("Gaza", "Asia/Gaza")
    alert = digest.build(WHEN, [gaza, aleppo], recent={"Aleppo": [ev("violation", "v1"), ev("violation", "v2")]},
                         since_previous={}, previous=None, now=T0)
    items = alert.payload["items"]
    assert [(i["truce"], i["status"], i["violations_24h"], i["changes"]) for i in items] == [
        ("Gaza", "unknown", 0, []), ("Aleppo", "active", 2, [])]
    text = render_alert(alert, T0).text
    lines = text.split("\n")
    assert lines[0] == "🗞️ Daily digest — Mon 9 May 2016, 08:00 Berlin time"
    assert "first digest" in lines[1]
    assert lines[2].startswith("   🕊️ *Aleppo* — in force · ends Tue 10 May 00:01 Damascus (21:01 UTC Mon) · in 15 h 1 m")
    assert lines[2].endswith("2 violations in 24 h")
    assert "Gaza" in lines[3] and "no deadline known" in lines[3]


def test_next_digest_says_what_changed_since_the_previous_one():
    before = Truce("Aleppo", "Asia/Damascus", status="active", deadline=D1)
    first = digest.build(WHEN, [before], recent={}, since_previous={}, previous=None, now=T0)
    after = Truce("Aleppo", "Asia/Damascus", status="active", deadline=D2)
    gone = Truce("Gaza", "Asia/Gaza", status="collapsed")
    later = T0 + timedelta(days=1)
    second = digest.build(WHEN, [after, gone], recent={}, previous=first, now=later,
                          since_previous={"Aleppo": [ev("extended", "e1"), ev("violation", "v1"), ev("violation", "v2")]})
    changes = {i["truce"]: i["changes"] for i in second.payload["items"]}
    assert changes["Aleppo"] == [
        {"what": "deadline", "old": "2016-05-09T21:01:00Z", "new": "2016-05-11T21:00:00Z"},
        {"what": "reports", "kind": "extended", "count": 1},
        {"what": "reports", "kind": "violation", "count": 2},
    ]
    assert changes["Gaza"] == [{"what": "followed"}]
    assert second.payload["since"] == "2016-05-09T06:00:00Z"
    text = render_alert(second, later).text
    assert "changed: deadline Tue 10 May 00:01 → Wed 11 May 24:00 Damascus; 1 extended report; 2 violation reports" in text
    assert "changed: newly followed here" in text


def test_a_channel_following_nothing_is_told_how_to_follow():
    alert = digest.build(WHEN, [], recent={}, since_previous={}, previous=None, now=T0)
    assert "/truce follow NAME" in render_alert(alert, T0).text


# ------------------------------------------------------------------- the scheduler job


def test_schedule_digests_one_cron_job_per_channel_following_local_time():
    jobs = BackgroundScheduler(timezone=UTC)
    fired: list[str] = []
    times = [digest.DigestTime("#syria", time(8), BERLIN), digest.DigestTime("#gaza", time(7, 30), "Asia/Gaza")]
    scheduler.schedule_digests(jobs, times, fired.append)
    assert sorted(j.id for j in jobs.get_jobs()) == ["digest:#gaza", "digest:#syria"]
    job = jobs.get_job("digest:#syria")
    assert list(job.args) == ["#syria"] and job.misfire_grace_time == 3600
    # the trigger is pure: next 08:00 Berlin after 07:00 UTC on 9 May is 10 May 06:00 UTC (CEST)
    after = datetime(2016, 5, 9, 7, 0, tzinfo=UTC)
    assert job.trigger.get_next_fire_time(None, after) == datetime(2016, 5, 10, 8, 0, tzinfo=ZoneInfo(BERLIN))
    winter = datetime(2016, 12, 1, 9, 0, tzinfo=UTC)
    assert job.trigger.get_next_fire_time(None, winter).astimezone(UTC) == datetime(2016, 12, 2, 7, 0, tzinfo=UTC)
    scheduler.schedule_digests(jobs, times[:1], fired.append)  # #gaza said `digest off`
    assert [j.id for j in jobs.get_jobs()] == ["digest:#syria"]


# ------------------------------------------------------------------- end to end, on a fake clock


@pytest.fixture
def world(tmp_path):
    path = tmp_path / "bot.toml"
    path.write_text('[bot]\ndigest_at = "08:00 Europe/Berlin"\n'
                    '[[truces]]\nname = "Aleppo"\ntimezone = "Asia/Damascus"\nchannels = ["#syria"]\n'
                    '[[truces]]\nname = "Gaza"\ntimezone = "Asia/Gaza"\nchannels = ["#gaza"]\n')
    settings = config.load(path, {"TRUCE_BOT_STATE": str(tmp_path / "state.db")})
    clock = FakeClock(T0 - timedelta(hours=10))
    printed: list[str] = []
    runtime = app.build(settings, clock=clock, sender=ConsoleSender(printed.append))
    pipeline.ensure_truces(settings, runtime.store)
    yield settings, runtime, clock, printed
    runtime.close()


EXTENSION = FeedItem(
    key="seed-ext", title="Aleppo truce extended by 48 hours",
    summary="The 'regime of silence' in Aleppo and its province has been extended by 48 hours from "
    "Tuesday 01:00 am (local time) to midnight on Wednesday, a statement said.",
    link="https://news.example/seed-ext", published=T0 - timedelta(hours=9), publisher="Test Wire",
)


def test_digest_job_sends_once_per_local_day_and_a_restart_does_not_double_it(world):
    settings, runtime, clock, printed = world
    assert settings.bot.digest_at == "08:00 Europe/Berlin"
    assert [(t.channel, t.text) for t in pipeline.digest_schedule(settings, runtime.store)] == [
        ("#gaza", "08:00 Europe/Berlin"), ("#syria", "08:00 Europe/Berlin")]
    pipeline.process_item(settings, runtime.store, EXTENSION, clock.now())
    app.drain_outbox(runtime)
    printed.clear()
    clock.set(T0)
    app.send_digest(runtime, "#syria")
    app.send_digest(runtime, "#syria")  # the job fired twice (a restart, a coalesced run)
    (first,) = printed
    assert first.startswith("── #syria\n🗞️ Daily digest — Mon 9 May 2016, 08:00 Berlin time")
    assert "*Aleppo* — in force" in first and "Gaza" not in first
    clock.set(T0 + timedelta(days=1))
    app.send_digest(runtime, "#syria")
    assert len(printed) == 2 and "no change" in printed[1]
    assert [a["dedup_key"] for a in runtime.store.alerts() if a["kind"] == "digest"] == [
        "digest|#syria|2016-05-09", "digest|#syria|2016-05-10"]
    assert runtime.store.thread("", "#syria") is None  # a digest is never a truce thread


def test_followed_truces_come_into_the_digest_and_unfollowed_leave(world):
    settings, runtime, clock, printed = world
    runtime.store.set_following("Gaza", "#syria", True, user="U1", now=clock.now())
    runtime.store.set_following("Aleppo", "#syria", False, user="U1", now=clock.now())
    clock.set(T0)
    assert len(pipeline.queue_digest(settings, runtime.store, "#syria", clock.now())) == 1
    (alert,) = [a for a in runtime.store.alerts() if a["kind"] == "digest"]
    assert "Gaza" in alert["payload"] and "Aleppo" not in alert["payload"]


def test_digest_off_and_unknown_channels_get_nothing(world):
    settings, runtime, clock, printed = world
    runtime.store.set_digest("#syria", None, None, user="U1", now=clock.now())
    assert pipeline.queue_digest(settings, runtime.store, "#syria", clock.now()) == []
    assert pipeline.queue_digest(settings, runtime.store, "#elsewhere", clock.now()) == []


def test_sync_digests_derives_jobs_from_config_and_sqlite(world):
    settings, runtime, clock, printed = world
    runtime.jobs = BackgroundScheduler(timezone=UTC)
    app.sync_digests(runtime)
    assert sorted(j.id for j in runtime.jobs.get_jobs()) == ["digest:#gaza", "digest:#syria"]
    runtime.store.set_digest("#gaza", "06:45", "Asia/Gaza", user="U1", now=clock.now())
    app.sync_digests(runtime)
    assert "06:45 Asia/Gaza" in runtime.jobs.get_job("digest:#gaza").name


@pytest.mark.parametrize("value", ["8 o'clock", "25:00 UTC", "08:00 Europe/Berln", 800])
def test_digest_at_is_validated(tmp_path, value):
    path = tmp_path / "bot.toml"
    shown = value if isinstance(value, int) else f'"{value}"'
    path.write_text(f'[bot]\ndigest_at = {shown}\n[[truces]]\nname = "Aleppo"\n')
    with pytest.raises(config.ConfigError, match=r"bot\.digest_at"):
        config.load(path, {})


# ------------------------------------------------------------------- digests missed while down


@pytest.mark.parametrize(
    ("now", "last_seen", "due"),
    [
        # down from 07:00 to 13:00 Berlin: the 08:00 digest is owed
        (T0 + timedelta(hours=5), T0 - timedelta(hours=1), T0),
        # up at 08:00 (heartbeat after it): nothing owed
        (T0 + timedelta(hours=5), T0 + timedelta(minutes=1), None),
        # restarted at 07:00 the next day after a day down: yesterday's is owed, not today's
        (T0 + timedelta(hours=23), T0 - timedelta(hours=1), T0),
        # never ran before (no heartbeat): nothing was promised
        (T0 + timedelta(hours=5), None, None),
        # down across the DST change (Berlin 27 Mar 2016, 02:00 -> 03:00): 08:00 CEST = 06:00 UTC
        (datetime(2016, 3, 27, 9, 0, tzinfo=UTC), datetime(2016, 3, 26, 23, 0, tzinfo=UTC),
         datetime(2016, 3, 27, 6, 0, tzinfo=UTC)),
    ],
)
def test_missed_digest_is_the_latest_one_due_while_down(now, last_seen, due):
    when = digest.DigestTime("#syria", time(8, 0), BERLIN)
    assert digest.missed(when, now, last_seen) == due


def test_a_digest_due_while_down_is_sent_late_once_and_the_next_one_still_goes(world):
    settings, runtime, clock, printed = world
    clock.set(T0 + timedelta(hours=23))  # 07:00 Berlin the next day, down since 07:00 yesterday
    last_seen = T0 - timedelta(hours=1)
    queued = pipeline.queue_missed_digests(settings, runtime.store, clock.now(), last_seen)
    assert sorted(a.dedup_key for a in queued) == ["digest|#gaza|2016-05-09", "digest|#syria|2016-05-09"]
    assert pipeline.queue_missed_digests(settings, runtime.store, clock.now(), last_seen) == []  # once
    app.drain_outbox(runtime)
    assert len(printed) == 2 and all("sent late: due Mon 9 May 2016, 08:00 Berlin" in p for p in printed)
    clock.set(T0 + timedelta(days=1))  # today's own 08:00 digest is not swallowed by the late one
    app.send_digest(runtime, "#syria")
    assert len(printed) == 3 and "sent late" not in printed[2]
