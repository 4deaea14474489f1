"""SQLite state and outbox (bot/store.py) on real database files."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta

import pytest

from bot import truces
from bot.errors import StoreError
from bot.models import Event, FeedItem, Source, Truce
from bot.store import Store

NOW = datetime(2016, 5, 9, 14, 5, tzinfo=UTC)
D2 = datetime(2016, 5, 11, 21, 0, tzinfo=UTC)
RULES = truces.Rules()


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "state.db")
    yield s
    s.close()


def item(key="k1") -> FeedItem:
    return FeedItem(key=key, title="Aleppo truce extended", summary="...", link=f"https://x/{key}",
                    published=NOW - timedelta(minutes=5), feed_url="https://feed")


def extension(key="k1") -> truces.Transition:
    truce = Truce("Aleppo", "Asia/Damascus", status="active", deadline=NOW + timedelta(hours=7))
    event = Event("Aleppo", "extended", D2, "extended by 48 hours", Source(key, link=f"https://x/{key}", publisher="Wire"))
    return truces.apply(truce, event, NOW, channels=("#syria",), rules=RULES)


def test_commit_writes_state_event_alert_and_item_together(store):
    inserted = store.commit([extension()], NOW, item=item())
    assert [a.kind for a in inserted] == ["extended"]
    assert store.truce("Aleppo").deadline == D2
    (event,) = store.events_for("Aleppo")
    assert (event.kind, event.deadline, event.source.publisher) == ("extended", D2, "Wire")
    assert store.seen_items(["k1", "k2"]) == {"k1"}
    (row,) = store.pending_alerts(NOW)
    assert row.alert == inserted[0]


def test_same_decision_twice_inserts_one_alert(store):
    store.commit([extension("k1")], NOW, item=item("k1"))
    again = store.commit([extension("k1")], NOW, item=item("k1"))
    assert again == []
    assert len(store.alerts()) == 1 and len(store.events_for("Aleppo")) == 1


def test_failed_commit_leaves_nothing_behind(store):
    good = extension()

    class Boom:  # a transition whose alerts blow up after the state was written
        truce, event, changed = good.truce, good.event, True

        @property
        def alerts(self):
            raise RuntimeError("crash mid-commit")

    bad = Boom()
    with pytest.raises(RuntimeError):
        store.commit([good, bad], NOW, item=item())
    assert store.truce("Aleppo") is None and store.alerts() == [] and store.seen_items(["k1"]) == set()


def test_truce_state_round_trips_exactly(store):
    truce = Truce(
        "Aleppo", "Asia/Damascus", status="active", deadline=D2, time_stated=False,
        previous_deadline=NOW, declared_at=NOW, updated_at=NOW, warned=(21600.0,),
        violation_window_start=NOW, held_violations=({"evidence": "x", "source": Source("k").to_json()},),
        last_evidence="words", last_source=Source("k", link="https://x", published=NOW),
    )
    store.save_truce(truce)
    assert store.truce("Aleppo") == truce


def test_outbox_sent_alert_is_never_pending_again(store):
    store.commit([extension()], NOW)
    (row,) = store.pending_alerts(NOW)
    store.mark_sent(row.id, "1463000000.000100", NOW)
    assert store.pending_alerts(NOW + timedelta(days=1)) == []
    assert store.alerts(status="sent")[0]["ts"] == "1463000000.000100"


def test_retry_waits_until_its_time(store):
    store.commit([extension()], NOW)
    (row,) = store.pending_alerts(NOW)
    store.mark_retry(row.id, "slack 500", NOW + timedelta(seconds=30))
    assert store.pending_alerts(NOW + timedelta(seconds=29)) == []
    assert [r.attempts for r in store.pending_alerts(NOW + timedelta(seconds=30))] == [1]


def test_alert_not_due_yet_is_not_pending(store):
    transition = extension()
    late = [a.__class__(**{**a.__dict__, "due_at": NOW + timedelta(hours=1)}) for a in transition.alerts]
    store.commit([truces.Transition(transition.truce, tuple(late), transition.event)], NOW)
    assert store.pending_alerts(NOW) == []
    assert len(store.pending_alerts(NOW + timedelta(hours=1))) == 1


def test_feed_rows_count_errors_and_reset_on_success(store):
    url = "https://feed"
    assert store.record_feed_error(url, NOW, "HTTP 500", next_poll_at=NOW) == 1
    assert store.record_feed_error(url, NOW, "HTTP 500", next_poll_at=NOW) == 2
    store.record_feed_ok(url, NOW, etag='"v1"', last_modified="Mon, 09 May 2016 14:00:00 GMT", next_poll_at=NOW)
    row = store.feed(url)
    assert (row.error_count, row.etag, row.last_error) == (0, '"v1"', None)


def test_thread_parent_survives_reopen(tmp_path):
    path = tmp_path / "s.db"
    first = Store(path)
    first.set_thread("Aleppo", "#syria", "111.222")
    first.close()
    again = Store(path)
    assert again.thread("Aleppo", "#syria") == "111.222"
    again.close()


def test_database_is_wal_with_busy_timeout(store):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_each_thread_gets_its_own_connection(store):
    conns = []
    thread = threading.Thread(target=lambda: conns.append(store.db))
    thread.start()
    thread.join()
    assert conns[0] is not store.db


def test_corrupt_file_gives_one_clear_error(tmp_path):
    path = tmp_path / "corrupt.db"
    path.write_bytes(b"this is not a database" * 200)
    with pytest.raises(StoreError, match="corrupt.db"):
        Store(path)


def test_reopen_applies_no_migration_twice(tmp_path):
    Store(tmp_path / "s.db").close()
    store = Store(tmp_path / "s.db")
    names = [r["name"] for r in store.db.query("SELECT name FROM _sqlite_migrations")]
    assert names == sorted(set(names)) and names
    store.close()


def test_unique_dedup_key_is_enforced_by_the_schema(store):
    store.commit([extension()], NOW)
    row = store.alerts()[0]
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute(
            "INSERT INTO alerts (dedup_key, truce, channel, kind, payload, created_at, due_at)"
            " VALUES (?, 'Aleppo', '#syria', 'extended', '{}', '', '')",
            [row["dedup_key"]],
        )


def test_locked_database_is_one_clear_error_not_a_hang(tmp_path):
    path = tmp_path / "locked.db"
    Store(path).close()
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")  # another process mid-write, forever
    try:
        with pytest.raises(StoreError, match="locked.db"):
            store = Store(path, busy_timeout_ms=200)
            store.commit([extension()], NOW)
    finally:
        holder.rollback()
        holder.close()


def test_directory_instead_of_a_file_is_one_clear_error(tmp_path):
    with pytest.raises(StoreError, match="cannot open"):
        Store(tmp_path)


def test_deadline_claims_reads_only_deadline_kinds_within_the_window(store):
    """What the disagreement check weighs: deadline claims published within the window of the
    new report (or undated), never violations; newest first."""
    def claim(key, kind, published, deadline=D2):
        truce = Truce("Aleppo", "Asia/Damascus", status="active", deadline=NOW + timedelta(hours=7))
        src = Source(key, link=f"https://x/{key}", publisher=key, published=published)
        event = Event("Aleppo", kind, deadline if kind != "violation" else None, "words", src)
        store.commit([truces.apply(truce, event, NOW, channels=("#syria",), rules=RULES)], NOW)

    claim("old", "extended", NOW - timedelta(hours=30))
    claim("near", "declared", NOW - timedelta(hours=3))
    claim("undated", "extended", None)
    claim("shelling", "violation", NOW)
    got = store.deadline_claims("Aleppo", truces.DEADLINE_KINDS, around=NOW, window=timedelta(hours=12))
    assert sorted(e.source.item_key for e in got) == ["near", "undated"]
    everything = store.deadline_claims("Aleppo", truces.DEADLINE_KINDS)
    assert sorted(e.source.item_key for e in everything) == ["near", "old", "undated"]
