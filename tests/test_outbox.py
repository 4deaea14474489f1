"""Outbox delivery (bot/outbox.py) with in-process senders: order, retries, backoff,
permanent failures, the crash window and concurrent drains. Slack over HTTP is in
tests/test_slack_delivery.py."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from bot import truces
from bot.clock import FakeClock
from bot.errors import Permanent, Retryable
from bot.messages import Message
from bot.models import Alert, Event, Source, Truce
from bot.outbox import MAX_ATTEMPTS, ConsoleSender, Post, Posted, backoff, drain, render_parent
from bot.store import Store

NOW = datetime(2016, 5, 9, 14, 5, tzinfo=UTC)
RULES = truces.Rules()


@pytest.fixture
def clock():
    return FakeClock(NOW)


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "state.db")
    yield s
    s.close()


def alert(key: str, *, truce: str = "Aleppo", channel: str = "#syria", kind: str = "violation",
          payload: dict | None = None) -> Alert:
    return Alert(dedup_key=key, truce=truce, channel=channel, kind=kind, created_at=NOW, due_at=NOW,
                 payload={"truce": truce, "timezone": "Asia/Damascus", **(payload or {})})


def add(store: Store, *alerts: Alert) -> None:
    store.commit([truces.Transition(Truce(alerts[0].truce, "Asia/Damascus", status="active"), tuple(alerts))], NOW)


class Recorder:
    """A minimal sender (only ``post``), failing on demand: a list of exceptions to raise."""

    def __init__(self, failures: list[Exception | None] | None = None) -> None:
        self.failures = list(failures or [])
        self.posts: list[tuple[str, str | None, bool, str]] = []

    def post(self, channel: str, message: Message, *, thread_ts: str | None, broadcast: bool) -> str:
        failure = self.failures.pop(0) if self.failures else None
        if failure is not None:
            raise failure
        ts = f"{len(self.posts) + 1}.000"
        self.posts.append((channel, thread_ts, broadcast, message.text.split("\n")[0]))
        return ts


def keys(store: Store, status: str) -> list[str]:
    return [row["dedup_key"] for row in store.alerts(status=status)]


def test_minimal_sender_gets_parent_then_thread_replies_and_broadcasts(store, clock):
    add(store, alert("a1", kind="declared"), alert("a2", kind="violation"), alert("a3", kind="extended"),
        alert("a4", kind="expired", payload={"after_expiry": True}))
    sender = Recorder()
    report = drain(store, sender, clock.now)
    assert report.sent == 4
    assert [(c, t, b) for c, t, b, _ in sender.posts] == [
        ("#syria", None, False),  # the parent
        ("#syria", "1.000", False),  # a violation: thread only
        ("#syria", "1.000", True),  # an extension: thread + channel
        ("#syria", "1.000", False),  # after_expiry: not broadcast again
    ]
    assert [row["ts"] for row in store.alerts(status="sent")] == ["1.000", "2.000", "3.000", "4.000"]
    assert store.thread("Aleppo", "#syria") == "1.000"


def test_console_sender_is_still_a_sender(store, clock):
    lines: list[str] = []
    add(store, alert("a1", kind="declared"), alert("a2", kind="extended"))
    assert drain(store, ConsoleSender(lines.append), clock.now).sent == 2
    assert "(thread, also to channel)" in lines[1]


def test_retryable_failure_defers_the_row_by_backoff_and_stops_the_drain(store, clock):
    add(store, alert("a1"), alert("a2"))
    sender = Recorder([Retryable("slack: ratelimited (HTTP 429)", retry_after=120)])
    report = drain(store, sender, clock.now)
    assert (report.sent, report.retried) == (0, 1)
    assert sender.posts == []  # a2 was not tried behind a1's back
    row = store.alerts(status="pending")[0]
    assert row["dedup_key"] == "a1" and row["attempts"] == 1
    assert datetime.fromisoformat(row["next_attempt_at"].replace("Z", "+00:00")) >= NOW + timedelta(seconds=120)


def test_a_waiting_row_holds_back_later_rows_of_its_channel_only(store, clock):
    add(store, alert("s1", channel="#syria"), alert("s2", channel="#syria"), alert("g1", channel="#gaza"))
    sender = Recorder([Retryable("slack unreachable")])
    drain(store, sender, clock.now)  # s1 fails and waits
    clock.advance(timedelta(seconds=1))
    drain(store, sender, clock.now)  # s1 not due yet: s2 must wait too; #gaza goes
    assert [p[0] for p in sender.posts] == ["#gaza"]
    assert keys(store, "pending") == ["s1", "s2"]
    clock.advance(timedelta(hours=1))
    drain(store, sender, clock.now)
    assert keys(store, "sent") == ["s1", "s2", "g1"]
    sent = {row["dedup_key"]: row["ts"] for row in store.alerts(status="sent")}
    assert float(sent["s1"]) < float(sent["s2"])  # order kept within the channel


def test_permanent_failure_is_recorded_never_retried_and_does_not_block_others(store, clock):
    add(store, alert("a1", channel="#gone"))
    add(store, alert("b1", truce="Gaza", channel="#gaza"))
    sender = Recorder([Permanent("slack: channel_not_found (HTTP 200)")])
    report = drain(store, sender, clock.now)
    assert (report.failed, report.sent) == (1, 1)
    failed = store.alerts(status="failed")
    assert [(r["dedup_key"], r["last_error"]) for r in failed] == [("a1", "slack: channel_not_found (HTTP 200)")]
    clock.advance(timedelta(days=1))
    assert drain(store, sender, clock.now).sent == 0
    assert len(sender.posts) == 1


def test_gives_up_after_max_attempts(store, clock):
    add(store, alert("a1"))
    sender = Recorder([Retryable("down")] * MAX_ATTEMPTS)
    for _ in range(MAX_ATTEMPTS):
        drain(store, sender, clock.now)
        clock.advance(timedelta(hours=1))
    assert keys(store, "failed") == ["a1"]
    assert "gave up after 50 attempts" in store.alerts(status="failed")[0]["last_error"]


def test_backoff_grows_is_capped_and_never_undercuts_retry_after():
    assert 4 <= backoff(0, None) <= 6
    assert 16 <= backoff(2, None) <= 24
    assert backoff(30, None) <= 900 * 1.2
    assert backoff(0, 3600) == 3600


class Capable:
    """A sender with send/find/update, remembering what 'Slack' holds by dedup_key."""

    def __init__(self) -> None:
        self.held: dict[str, Posted] = {}
        self.sends: list[Post] = []
        self.finds = 0
        self.updates: list[tuple[str, str]] = []
        self.lose_answer = False
        self.find_error: Exception | None = None

    def post(self, *a, **k):  # pragma: no cover - the capable path is used
        raise AssertionError("send() should be used")

    def send(self, post: Post) -> Posted:
        posted = Posted(f"{len(self.held) + 1}.5", "C1")
        self.held[post.dedup_key] = posted
        self.sends.append(post)
        if self.lose_answer:
            self.lose_answer = False
            raise Retryable("slack unreachable: RemoteDisconnected")
        return posted

    def find(self, post: Post, since: datetime) -> Posted | None:
        self.finds += 1
        if self.find_error:
            raise self.find_error
        return self.held.get(post.dedup_key)

    def update(self, channel_id: str, ts: str, message: Message, *, key: str | None = None) -> None:
        self.updates.append((channel_id, ts))


def test_lost_answer_is_found_not_reposted(store, clock):
    add(store, alert("a1", kind="declared"), alert("a2"))
    sender = Capable()
    sender.lose_answer = True
    drain(store, sender, clock.now)
    assert keys(store, "pending") == ["a1", "a2"]
    clock.advance(timedelta(hours=1))
    report = drain(store, sender, clock.now)
    assert (report.found, report.sent) == (1, 2)
    assert [p.dedup_key for p in sender.sends] == ["a1", "a2"]  # a1 posted once only
    assert store.thread("Aleppo", "#syria") == "1.5"  # the found message became the parent
    assert sender.sends[1].thread_ts == "1.5"


def test_crash_between_slack_and_commit_is_closed_by_the_lookup(store, clock, monkeypatch):
    add(store, alert("a1", kind="declared"))
    sender = Capable()

    def crash(*a, **k):
        raise KeyboardInterrupt("kill -9")

    monkeypatch.setattr(store, "record_sent", crash)
    with pytest.raises(KeyboardInterrupt):
        drain(store, sender, clock.now)
    monkeypatch.undo()
    restarted = Store(store.path)  # a new process: only SQLite survives
    assert drain(restarted, sender, clock.now).found == 1
    assert len(sender.sends) == 1
    assert keys(restarted, "sent") == ["a1"]
    restarted.close()


def test_only_rows_that_may_have_reached_slack_are_looked_up(store, clock):
    add(store, alert("a1"), alert("a2"))
    sender = Capable()
    drain(store, sender, clock.now)
    assert sender.finds == 0


def test_when_the_lookup_is_impossible_it_posts_again_and_says_so(store, clock, caplog):
    add(store, alert("a1"))
    sender = Capable()
    sender.lose_answer = True
    drain(store, sender, clock.now)
    sender.find_error = Permanent("slack: missing_scope (HTTP 200)")
    clock.advance(timedelta(hours=1))
    with caplog.at_level("WARNING", logger="truce_bot.outbox"):
        drain(store, sender, clock.now)
    assert len(sender.sends) == 2  # at-least-once in this one case ...
    assert "at-least-once" in caplog.text  # ... and the log says so


def test_parent_is_updated_after_alerts_and_refreshed_when_stale(store, clock):
    deadline = NOW + timedelta(hours=30)
    truce = Truce("Aleppo", "Asia/Damascus", status="active", deadline=deadline)
    store.commit([truces.Transition(truce, (alert("a1", kind="declared"), alert("a2")))], NOW)
    sender = Capable()
    report = drain(store, sender, clock.now)
    assert report.parents_updated == 1 and sender.updates == [("C1", "1.5")]  # one edit for both alerts
    drain(store, sender, clock.now)
    assert len(sender.updates) == 1  # nothing new: no edit
    clock.advance(timedelta(minutes=20))
    drain(store, sender, clock.now)
    assert len(sender.updates) == 2  # the countdown was stale: refreshed


def test_render_parent_is_the_status_card_plus_the_latest_alert():
    truce = Truce("Aleppo", "Asia/Damascus", status="active", deadline=NOW + timedelta(hours=30))
    latest = alert("a2", kind="extended", payload={"deadline": (NOW + timedelta(hours=30)).isoformat()})
    message = render_parent(truce, [], latest, NOW, alerts=3)
    assert message.blocks[0]["type"] == "header" and "in force" in message.blocks[0]["text"]["text"]
    footer = message.blocks[-1]["elements"][0]["text"]
    assert "Latest: ⏩ Aleppo truce extended" in footer and "3 alerts in this thread" in footer
    assert "in 1 d 6 h" in message.text


def test_concurrent_drains_never_post_a_row_twice(store, clock):
    add(store, *[alert(f"a{i}") for i in range(30)])
    gate = threading.Barrier(4)

    class Slow(Recorder):
        def post(self, *a, **k):
            threading.Event().wait(0.002)
            return super().post(*a, **k)

    sender = Slow()

    def run():
        gate.wait()
        drain(store, sender, clock.now)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(sender.posts) == 30
    assert len(keys(store, "sent")) == 30


def test_real_transitions_thread_per_truce_and_channel(store, clock):
    """Two truces, two channels each: four threads, each with its own parent."""
    for name in ("Aleppo", "Gaza"):
        t = Truce(name, "UTC")
        for i, kind in enumerate(("declared", "extended")):
            ev = Event(name, kind, NOW + timedelta(hours=10 * (i + 1)), f"{kind}", Source(f"{name}{i}"))
            tr = truces.apply(t, ev, NOW, channels=("#a", "#b"), rules=RULES)
            t = tr.truce
            store.commit([tr], NOW)
    sender = Recorder()
    assert drain(store, sender, clock.now).sent == 8
    parents = {(c, text.split()[1]): None for c, thread, _, text in sender.posts if thread is None}
    assert len(parents) == 4
    assert sum(1 for _, thread, _, _ in sender.posts if thread) == 4
