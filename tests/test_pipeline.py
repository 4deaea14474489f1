"""The pipeline end to end: real HTTP on loopback, real SQLite, the real extractor, a fake clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot import config, pipeline
from bot.clock import FakeClock
from bot.outbox import ConsoleSender, drain
from bot.store import Store
from tests.feedserver import FeedServer, rss

PUBLISHED = datetime(2016, 5, 9, 14, 5, tzinfo=UTC)
EXTENSION = (
    "seed-ext",
    "Aleppo truce extended by 48 hours",
    "The 'regime of silence' in Aleppo and its province has been extended by 48 hours from "
    "Tuesday 01:00 am (local time) to midnight on Wednesday, a statement said.",
    PUBLISHED,
)
NEW_DEADLINE = datetime(2016, 5, 11, 21, 0, tzinfo=UTC)


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
