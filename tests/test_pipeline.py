"""The pipeline end to end: real HTTP on loopback, real SQLite, the real extractor, a fake clock."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from bot import config, pipeline
from bot.clock import FakeClock
from bot.models import FeedItem
from bot.outbox import ConsoleSender, drain
from bot.store import Store
from tests.feedserver import FeedServer, rss
from tests.stories import SEED_DEADLINE, SEED_EXTENSION, SEED_EXTENSION_ROW

PUBLISHED = SEED_EXTENSION.published
EXTENSION = SEED_EXTENSION_ROW
NEW_DEADLINE = SEED_DEADLINE


@pytest.fixture
def server():
    with FeedServer() as s:
        yield s


def settings_for(tmp_path, urls, **bot):
    lines = ["[bot]", "allow_private_feeds = true", 'warn_before = ["6h", "1h"]']
    lines += [f"{k} = {v!r}".replace("'", '"') for k, v in bot.items()]
    for url in urls:
        lines += ["[[feeds]]", f'url = "{url}"']
    lines += [
        "[[truces]]", 'name = "Aleppo"', 'aliases = ["Aleppo province"]', 'timezone = "Asia/Damascus"',
        'channels = ["#syria"]',
    ]
    path = tmp_path / "bot.toml"
    path.write_text("\n".join(lines) + "\n")
    return config.load(path, {"TRUCE_BOT_STATE": str(tmp_path / "state.db")})


@pytest.fixture
def world(tmp_path, server):
    settings = settings_for(tmp_path, [server.base + "/a.xml", server.base + "/b.xml"])
    store = Store(settings.env.state_path)
    clock = FakeClock(PUBLISHED + timedelta(minutes=5))
    yield settings, store, clock, pipeline.default_fetcher(settings)
    store.close()


def test_poll_extracts_commits_and_queues_the_extension(world, server):
    settings, store, clock, fetch = world
    server.routes["/a.xml"] = (200, rss(EXTENSION))
    server.routes["/b.xml"] = (200, rss())
    report = pipeline.poll_once(settings, store, clock.now, fetch_many=fetch)
    assert [f.status for f in report.feeds] == ["ok", "ok"]
    assert [(e.truce, e.kind, e.deadline) for e in report.events if e.kind == "extended"] == [
        ("Aleppo", "extended", NEW_DEADLINE)
    ]
    assert store.truce("Aleppo").deadline == NEW_DEADLINE
    assert [a["kind"] for a in store.alerts(status="pending")] == ["extended"]


def test_second_poll_is_conditional_and_processes_nothing_twice(world, server):
    settings, store, clock, fetch = world
    server.routes["/a.xml"] = (200, rss(EXTENSION))
    server.routes["/b.xml"] = (200, rss())
    pipeline.poll_once(settings, store, clock.now, fetch_many=fetch)
    clock.advance(timedelta(minutes=10))
    again = pipeline.poll_once(settings, store, clock.now, fetch_many=fetch)
    assert [f.status for f in again.feeds] == ["not-modified", "not-modified"]
    assert server.not_modified == {"/a.xml": 1, "/b.xml": 1}
    assert again.events == [] and len(store.alerts()) == 1


def test_same_item_in_two_feeds_is_processed_once(world, server):
    settings, store, clock, fetch = world
    server.routes["/a.xml"] = (200, rss(EXTENSION))
    server.routes["/b.xml"] = (200, rss(EXTENSION))
    report = pipeline.poll_once(settings, store, clock.now, fetch_many=fetch)
    assert [f.new_items for f in report.feeds] == [1, 0]
    assert len(store.alerts()) == 1


def test_a_failing_feed_is_recorded_and_does_not_stop_the_cycle(world, server):
    settings, store, clock, fetch = world
    server.routes["/a.xml"] = (500, b"oops")
    server.routes["/b.xml"] = (200, rss(EXTENSION))
    report = pipeline.poll_once(settings, store, clock.now, fetch_many=fetch)
    assert [f.status for f in report.feeds] == ["error", "ok"]
    assert "500" in store.feed(server.base + "/a.xml").last_error
    assert store.feed(server.base + "/a.xml").error_count == 1
    assert store.truce("Aleppo").deadline == NEW_DEADLINE


def test_gone_feed_is_not_polled_again(world, server):
    settings, store, clock, fetch = world
    server.routes["/a.xml"] = (410, b"gone")
    server.routes["/b.xml"] = (200, rss())
    first = pipeline.poll_once(settings, store, clock.now, fetch_many=fetch)
    assert first.feeds[0].status == "gone"
    pipeline.poll_once(settings, store, clock.now, fetch_many=fetch)
    assert server.hits["/a.xml"] == 1 and server.hits["/b.xml"] == 2


def test_sweep_warns_then_expires_at_the_deadline_and_drain_prints(world, server):
    settings, store, clock, fetch = world
    server.routes["/a.xml"] = (200, rss(EXTENSION))
    server.routes["/b.xml"] = (200, rss())
    pipeline.poll_once(settings, store, clock.now, fetch_many=fetch)
    printed: list[str] = []
    sender = ConsoleSender(printed.append)
    assert drain(store, sender, clock.now).sent == 1
    clock.set(NEW_DEADLINE - timedelta(hours=6))
    assert [a.kind for a in pipeline.sweep(settings, store, clock.now())] == ["warning"]
    clock.set(NEW_DEADLINE)
    assert [a.kind for a in pipeline.sweep(settings, store, clock.now())] == ["expired"]
    assert pipeline.sweep(settings, store, clock.now() + timedelta(minutes=1)) == []
    assert drain(store, sender, clock.now).sent == 2
    assert "Aleppo" in printed[0] and "21:00 UTC" in printed[0]
    assert store.truce("Aleppo").status == "expired"


def test_next_wakeup_follows_the_stored_deadline(world, server):
    settings, store, clock, fetch = world
    assert pipeline.next_wakeup(settings, store) is None
    server.routes["/a.xml"] = (200, rss(EXTENSION))
    server.routes["/b.xml"] = (200, rss())
    pipeline.poll_once(settings, store, clock.now, fetch_many=fetch)
    assert pipeline.next_wakeup(settings, store) == NEW_DEADLINE - timedelta(hours=6)


def ops_notices(store):
    return [(a["channel"], json.loads(a["payload"])["headline"]) for a in store.alerts() if a["kind"] == "ops"]


def test_gone_feed_tells_the_ops_channel_once(world, server):
    settings, store, clock, fetch = world
    server.routes["/a.xml"] = (410, b"gone")
    server.routes["/b.xml"] = (200, rss())
    for _ in range(3):
        pipeline.poll_once(settings, store, clock.now, fetch_many=fetch)
        clock.advance(timedelta(minutes=10))
    notices = ops_notices(store)
    assert len(notices) == 1 and "410" in notices[0][1] and notices[0][0] == settings.bot.ops_channel


def test_failing_feed_alerts_once_per_episode_and_once_on_recovery(world, server):
    settings, store, clock, fetch = world
    server.routes["/a.xml"] = (500, b"down")
    server.routes["/b.xml"] = (200, rss())
    for _ in range(pipeline.FAILING_AFTER + 3):
        pipeline.poll_once(settings, store, clock.now, fetch_many=fetch)
        clock.advance(timedelta(minutes=10))
    assert [h for _, h in ops_notices(store)] == [f"Feed has failed {pipeline.FAILING_AFTER} polls in a row: {server.base}/a.xml"]
    server.routes["/a.xml"] = (200, rss())
    pipeline.poll_once(settings, store, clock.now, fetch_many=fetch)
    pipeline.poll_once(settings, store, clock.now, fetch_many=fetch)
    headlines = [h for _, h in ops_notices(store)]
    assert len(headlines) == 2 and headlines[1].startswith("Feed is back")


def test_scheduler_polls_respect_the_backoff_but_poll_once_does_not(world, server):
    settings, store, clock, fetch = world
    server.routes["/a.xml"] = (500, b"down")
    server.routes["/b.xml"] = (200, rss())
    pipeline.poll_once(settings, store, clock.now, fetch_many=fetch, respect_backoff=True)
    skipped = pipeline.poll_once(settings, store, clock.now, fetch_many=fetch, respect_backoff=True)
    assert [f.url for f in skipped.feeds] == [server.base + "/b.xml"]
    assert server.hits["/a.xml"] == 1
    row = store.feed(server.base + "/a.xml")
    clock.set(row.next_poll_at)
    pipeline.poll_once(settings, store, clock.now, fetch_many=fetch, respect_backoff=True)
    assert server.hits["/a.xml"] == 2
    pipeline.poll_once(settings, store, clock.now, fetch_many=fetch)  # `poll --once`: everything
    assert server.hits["/a.xml"] == 3


def test_permanent_redirect_moves_the_stored_location_keeping_item_identity(world, server):
    settings, store, clock, fetch = world
    server.routes["/a.xml"] = (301, b"/new-a.xml")
    server.routes["/new-a.xml"] = (200, rss(EXTENSION))
    server.routes["/b.xml"] = (200, rss())
    pipeline.poll_once(settings, store, clock.now, fetch_many=fetch)
    assert store.feed(server.base + "/a.xml").location == server.base + "/new-a.xml"
    clock.advance(timedelta(minutes=10))
    again = pipeline.poll_once(settings, store, clock.now, fetch_many=fetch)
    assert server.hits["/a.xml"] == 1 and server.hits["/new-a.xml"] == 2
    assert again.events == [] and len([a for a in store.alerts() if a["kind"] != "ops"]) == 1


def test_ops_notices_stand_alone_outside_truce_threads(world, server):
    settings, store, clock, fetch = world
    server.routes["/a.xml"] = (410, b"gone")
    server.routes["/b.xml"] = (200, rss(EXTENSION))
    pipeline.poll_once(settings, store, clock.now, fetch_many=fetch)
    printed: list[str] = []
    assert drain(store, ConsoleSender(printed.append), clock.now).sent == 2
    (ops,) = [p for p in printed if "🛠" in p]
    assert "no longer polled" in ops and "(thread" not in ops
    assert store.thread("", settings.bot.ops_channel) is None
    assert store.thread("Aleppo", "#syria") is not None


def declared_by(publisher: str, key: str, hour: int) -> FeedItem:
    return FeedItem(
        key=key, title="Aleppo truce announced",
        summary=f"A truce in Aleppo took effect on Monday and will last until {hour}:00 GMT on 12 May 2016, officials said.",
        link=f"https://{publisher.lower()}.example/{key}", published=PUBLISHED, publisher=publisher,
    )


def test_live_poll_path_keeps_the_deadline_most_sources_give(world):
    settings, store, clock, _ = world
    # the last report disagrees with the two before it: the majority holds
    for publisher, key, hour in (("AFP", "a", 20), ("AP", "p", 20), ("Reuters", "r", 18)):
        pipeline.process_item(settings, store, declared_by(publisher, key, hour), clock.now())
    assert store.truce("Aleppo").deadline == datetime(2016, 5, 12, 20, 0, tzinfo=UTC)


def test_interactive_modes_post_alerts_with_buttons(tmp_path):
    from bot import app
    from bot.outbox import ConsoleSender

    base = settings_for(tmp_path, [])
    posted = []

    class Recorder(ConsoleSender):
        def post(self, channel, message, *, thread_ts, broadcast):
            posted.append(message)
            return super().post(channel, message, thread_ts=thread_ts, broadcast=broadcast)

    for env, want_buttons in (
        ({"SLACK_BOT_TOKEN": "xoxb-1-2-abcdef", "SLACK_SIGNING_SECRET": "s3cr3t-signing"}, True),
        ({}, False),
    ):
        settings = config.load(base.source, {**env, "TRUCE_BOT_STATE": str(tmp_path / f"{want_buttons}.db")})
        runtime = app.build(settings, clock=FakeClock(PUBLISHED + timedelta(minutes=5)), sender=Recorder(lambda _: None))
        pipeline.process_item(settings, runtime.store, declared_by("Reuters", "r", 18), runtime.clock.now())
        app.drain_outbox(runtime)
        runtime.close()
        actions = [b for b in posted[-1].blocks if b["type"] == "actions"]
        assert bool(actions) is want_buttons
