"""Delivery against a local fake of the Slack Web API (tests/fakeslack.py) over real HTTP:
threads, broadcasts, the living parent, 429/500/outage/ok=false, the crash window, and
tokens kept out of logs and errors. Retry times are passed with the injected FakeClock."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest
from slack_sdk.models.blocks import Block

from bot import truces
from bot.clock import FakeClock
from bot.models import Event, Source, Truce
from bot.outbox import drain
from bot.slack import SlackSender
from bot.store import Store
from tests.fakeslack import BOT_TOKEN, FakeSlack

NOW = datetime(2016, 5, 9, 14, 5, tzinfo=UTC)
RULES = truces.Rules()
CHANNEL = "#syria-desk"


@pytest.fixture
def clock():
    return FakeClock(NOW)


@pytest.fixture
def fake(clock):
    with FakeSlack(clock=lambda: clock.now().timestamp()) as f:
        yield f


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "state.db")
    yield s
    s.close()


@pytest.fixture
def sender(fake):
    return SlackSender(BOT_TOKEN, base_url=fake.url, timeout=5)


class Story:
    """Feeds real events through truces.apply + store.commit, like the pipeline does."""

    def __init__(self, store: Store, name: str = "Aleppo", channels=(CHANNEL,)) -> None:
        self.store, self.channels, self.n = store, channels, 0
        self.truce = Truce(name, "Asia/Damascus")

    def event(self, kind: str, hours: float | None = None, evidence: str = "") -> list[str]:
        self.n += 1
        deadline = NOW + timedelta(hours=hours) if hours is not None else None
        source = Source(f"item{self.n}", link=f"https://news.example/{self.n}", publisher="Wire", published=NOW)
        ev = Event(self.truce.name, kind, deadline, evidence or f"{kind} report {self.n}", source)
        tr = truces.apply(self.truce, ev, NOW, channels=self.channels, rules=RULES)
        self.truce = tr.truce
        return [a.dedup_key for a in self.store.commit([tr], NOW)]


def sent_keys(store: Store) -> list[str]:
    return [r["dedup_key"] for r in store.alerts(status="sent")]


def next_attempt(store: Store) -> datetime:
    row = store.alerts(status="pending")[0]
    return datetime.fromisoformat(row["next_attempt_at"].replace("Z", "+00:00"))


def drain_until_quiet(store, sender, clock, *, rounds=20):
    for _ in range(rounds):
        drain(store, sender, clock.now)
        if not store.alerts(status="pending"):
            return
        clock.advance(timedelta(minutes=20))


def test_parent_then_threaded_replies_broadcasts_and_living_parent(store, fake, sender, clock):
    story = Story(store)
    story.event("declared", 30)
    story.event("violation")
    story.event("extended", 78)
    story.event("collapsed")
    report = drain(store, sender, clock.now)
    assert report.sent == 4
    posts = fake.called("chat.postMessage")
    assert [c.params.get("thread_ts") for c in posts][0] is None
    parent_ts = posts[0].response["ts"]
    assert [c.params.get("thread_ts") for c in posts[1:]] == [parent_ts] * 3
    assert [bool(c.params.get("reply_broadcast")) for c in posts] == [False, False, True, True]
    channel_id = posts[0].response["channel"]
    # the parent now shows the truce's current state: collapsed
    updates = fake.called("chat.update")
    assert len(updates) == 1
    assert (updates[0].params["channel"], updates[0].params["ts"]) == (channel_id, parent_ts)
    parent = fake.message(channel_id, parent_ts)
    assert parent["edits"] == 1 and "collapsed" in parent["blocks"][0]["text"]["text"]
    assert "4 alerts in this thread" in parent["blocks"][-1]["elements"][0]["text"]
    # every payload is valid Block Kit and carries its dedup key in the metadata
    for call in posts + updates:
        for block in call.params["blocks"]:
            Block.parse(block).validate_json()
    assert [c.params["metadata"]["event_payload"]["dedup_key"] for c in posts] == sent_keys(store)


def test_parent_ts_and_channel_id_survive_a_restart(store, fake, sender, clock, tmp_path):
    story = Story(store)
    story.event("declared", 30)
    drain(store, sender, clock.now)
    store.close()
    again = Store(tmp_path / "state.db")
    Story(again).event("extended", 60)
    drain(again, SlackSender(BOT_TOKEN, base_url=fake.url), clock.now)
    posts = fake.called("chat.postMessage")
    assert posts[1].params["thread_ts"] == posts[0].response["ts"]
    assert posts[1].params["channel"] == posts[0].response["channel"]  # posted by id once known
    again.close()


def test_429_retry_after_is_honoured_then_delivered_once(store, fake, sender, clock):
    Story(store).event("declared", 30)
    fake.fail("chat.postMessage", status=429, retry_after=90)
    report = drain(store, sender, clock.now)
    assert report.retried == 1 and not fake.posts()
    assert next_attempt(store) >= NOW + timedelta(seconds=90)
    clock.advance(timedelta(seconds=60))
    drain(store, sender, clock.now)
    assert len(fake.called("chat.postMessage")) == 1  # not retried before Retry-After
    clock.advance(timedelta(seconds=31))
    drain(store, sender, clock.now)
    assert len(fake.posts()) == 1 and len(sent_keys(store)) == 1


def test_ratelimited_without_header_is_retryable(store, fake, sender, clock):
    Story(store).event("declared", 30)
    fake.fail("chat.postMessage", error="ratelimited")
    assert drain(store, sender, clock.now).retried == 1
    drain_until_quiet(store, sender, clock)
    assert len(fake.posts()) == 1


def test_500_then_recovery_delivers_exactly_once(store, fake, sender, clock):
    story = Story(store)
    story.event("declared", 30)
    story.event("extended", 60)
    fake.fail("chat.postMessage", status=500, times=3)
    drain_until_quiet(store, sender, clock)
    assert sent_keys(store) == [r["dedup_key"] for r in store.alerts()]
    assert len(fake.posts()) == 2
    assert len({m["metadata"]["event_payload"]["dedup_key"] for m in fake.posts()}) == 2


def test_slack_unreachable_for_a_while_then_everything_once_in_order(store, fake, sender, clock):
    story = Story(store)
    keys = story.event("declared", 30)
    fake.down()
    keys += story.event("violation")
    for _ in range(5):  # an hour and more of outage
        drain(store, sender, clock.now)
        keys += story.event("violation")
        clock.advance(timedelta(minutes=15))
    assert not fake.posts() and store.alerts(status="failed") == []
    fake.up()
    drain_until_quiet(store, sender, clock)
    posted = [m["metadata"]["event_payload"]["dedup_key"] for m in fake.posts()]
    assert posted == keys  # each once, in the order decided
    parent = fake.posts()[0]["ts"]
    assert all(m["thread_ts"] == parent for m in fake.posts()[1:])


def test_connection_dropped_after_slack_accepted_is_not_posted_twice(store, fake, sender, clock):
    story = Story(store)
    story.event("declared", 30)
    story.event("violation")
    fake.fail("chat.postMessage", accept_then_drop=True)  # Slack has the parent; we never hear
    fake.fail("chat.postMessage", accept_then_drop=True)  # ... and, later, the reply
    drain_until_quiet(store, sender, clock)
    assert len(fake.posts()) == 2
    assert [c.method for c in fake.calls if c.method.startswith("conversations")] == [
        "conversations.list",  # first post to the channel: its id is not known yet
        "conversations.history",  # the parent is looked for in the channel ...
        "conversations.replies",  # ... a reply in its thread
    ]
    rows = store.alerts(status="sent")
    assert [r["ts"] for r in rows] == [m["ts"] for m in fake.posts()]
    assert store.thread("Aleppo", CHANNEL) == fake.posts()[0]["ts"]


def test_a_kill_between_slack_and_sqlite_does_not_double(store, fake, clock, tmp_path, monkeypatch):
    Story(store).event("declared", 30)

    def killed(*a, **k):
        raise SystemExit("kill -9")

    monkeypatch.setattr(store, "record_sent", killed)
    with pytest.raises(SystemExit):
        drain(store, SlackSender(BOT_TOKEN, base_url=fake.url), clock.now)
    monkeypatch.undo()
    restarted = Store(tmp_path / "state.db")
    report = drain(restarted, SlackSender(BOT_TOKEN, base_url=fake.url), clock.now)  # new process, new sender
    assert (report.found, report.sent) == (1, 1)
    assert len(fake.posts()) == 1
    assert restarted.alerts(status="sent")[0]["ts"] == fake.posts()[0]["ts"]
    restarted.close()


def test_lookup_joins_a_channel_it_cannot_read(store, fake, sender, clock):
    fake.require_join = True
    Story(store).event("declared", 30)
    fake.fail("chat.postMessage", accept_then_drop=True)
    drain_until_quiet(store, sender, clock)
    assert len(fake.posts()) == 1
    assert [c.method for c in fake.calls if c.method.startswith("conversations")] == [
        "conversations.list", "conversations.history", "conversations.join", "conversations.history"]


@pytest.mark.parametrize("error", ["channel_not_found", "invalid_auth", "not_in_channel", "invalid_blocks"])
def test_ok_false_errors_are_permanent(store, fake, sender, clock, error):
    Story(store).event("declared", 30)
    fake.fail("chat.postMessage", error=error)
    report = drain(store, sender, clock.now)
    assert report.failed == 1
    clock.advance(timedelta(days=2))
    drain(store, sender, clock.now)
    assert len(fake.called("chat.postMessage")) == 1  # never retried
    assert store.alerts(status="failed")[0]["last_error"] == f"slack: {error} (HTTP 200)"


def test_unknown_channel_is_permanent_and_others_still_go(store, fake, sender, clock):
    fake.missing.add("gone")
    Story(store, channels=("#gone",)).event("declared", 30)
    Story(store, name="Gaza", channels=("#gaza",)).event("declared", 30)
    report = drain(store, sender, clock.now)
    assert (report.failed, report.sent) == (1, 1)
    assert [r["channel"] for r in store.alerts(status="failed")] == ["#gone"]


def test_wrong_token_is_permanent_and_never_leaks(store, fake, clock, caplog):
    Story(store).event("declared", 30)
    secret = "xoxb-9999-8888-WRONGsecretVALUE"
    with caplog.at_level(logging.DEBUG):
        report = drain(store, SlackSender(secret, base_url=fake.url), clock.now)
        fake.down()
        Story(store).event("violation")
        drain(store, SlackSender(secret, base_url=fake.url), clock.now)
    assert report.failed == 1
    assert fake.calls[0].authorization == f"Bearer {secret}"  # it was sent to Slack ...
    rows = store.alerts()
    assert all(secret not in (r["last_error"] or "") for r in rows)  # ... and nowhere else
    assert "invalid_auth" in rows[0]["last_error"] and "unreachable" in rows[1]["last_error"]
    assert caplog.records and secret not in caplog.text
    assert BOT_TOKEN not in caplog.text


def test_deleted_parent_starts_a_new_thread(store, fake, sender, clock):
    story = Story(store)
    story.event("declared", 30)
    drain(store, sender, clock.now)
    first = fake.posts()[0]
    fake.messages[next(iter(fake.messages))].remove(first)  # someone deleted it
    story.event("extended", 60)
    story.event("violation")
    drain_until_quiet(store, sender, clock)  # the reply gets thread_not_found: Slack took nothing
    assert store.alerts(status="failed") == []
    extended, violation = fake.posts()
    assert extended["thread_ts"] is None  # the extension became the new parent ...
    assert violation["thread_ts"] == extended["ts"]  # ... and the violation replies to it
    assert store.thread("Aleppo", CHANNEL) == extended["ts"]


def test_short_retry_after_is_retried_inside_the_client(store, fake, sender, clock):
    Story(store).event("declared", 30)
    fake.fail("chat.postMessage", status=429, retry_after=0)
    assert drain(store, sender, clock.now).sent == 1
    assert len(fake.called("chat.postMessage")) == 2  # 429, then the retry, in one drain
