"""SQLite state: feeds, items, truces, events and the alert outbox (sqlite-utils 4).

The database is the truth. Every state change and the alerts it causes are written in ONE
``BEGIN IMMEDIATE`` transaction (``Store.commit``), and ``alerts.dedup_key`` is UNIQUE, so a
crash between the two is impossible and a replayed decision inserts nothing.

Connections are per thread (the scheduler, the outbox sender and the slash-command handler
each get their own); WAL lets readers run beside the one writer, and ``busy_timeout`` makes a
writer wait for another instead of failing.
"""

from __future__ import annotations

import functools
import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from bot.errors import StoreError
from bot.models import Alert, Event, FeedItem, Source, Subscription, Truce, TruceSpec
from bot.truces import Transition

__all__ = ["Store", "OutboxRow", "FeedRow", "MIGRATIONS", "open_store"]

BUSY_TIMEOUT_MS = 10_000
MIGRATIONS = Migrations("truce_bot")


@MIGRATIONS()
def m001_initial(db: Database) -> None:
    db["feeds"].create(
        {
            "url": str,
            "etag": str,
            "last_modified": str,
            "last_polled_at": str,
            "last_ok_at": str,
            "next_poll_at": str,
            "error_count": int,
            "last_error": str,
            "gone": int,
        },
        pk="url",
        not_null={"url"},
        defaults={"error_count": 0, "gone": 0},
    )
    db["items"].create(
        {"key": str, "feed_url": str, "link": str, "title": str, "published": str, "seen_at": str},
        pk="key",
    )
    db["truces"].create(
        {
            "name": str,
            "timezone": str,
            "status": str,
            "deadline": str,
            "updated_at": str,
            "state": str,  # the full Truce as JSON; the columns above are for queries
        },
        pk="name",
    )
    db["events"].create(
        {
            "id": int,
            "truce": str,
            "kind": str,
            "deadline": str,
            "evidence": str,
            "item_key": str,
            "link": str,
            "publisher": str,
            "published": str,
            "title": str,
            "time_stated": int,
            "extended_by": float,
            "recorded_at": str,
        },
        pk="id",
    )
    db["events"].create_index(["truce", "kind", "item_key"], unique=True)
    db["events"].create_index(["truce", "recorded_at"])
    db["alerts"].create(
        {
            "id": int,
            "dedup_key": str,
            "truce": str,
            "channel": str,
            "kind": str,
            "payload": str,
            "created_at": str,
            "due_at": str,
            "late_by": float,
            "status": str,  # pending | sent | failed
            "attempts": int,
            "next_attempt_at": str,
            "last_error": str,
            "ts": str,
            "sent_at": str,
        },
        pk="id",
        defaults={"status": "pending", "attempts": 0},
    )
    db["alerts"].create_index(["dedup_key"], unique=True)
    db["alerts"].create_index(["status", "next_attempt_at"])
    db["threads"].create(
        {"truce": str, "channel": str, "parent_ts": str, "channel_id": str},
        pk=("truce", "channel"),
    )
    db["meta"].create({"key": str, "value": str}, pk="key")


@MIGRATIONS()
def m_issue4_slack_delivery(db: Database) -> None:
    """Slack delivery (issue 4): the crash-window marker, Slack's channel ids, the living parent."""
    db["alerts"].add_column("posting_since", str)  # set before each post: Slack may have it
    db["alerts"].add_column("channel_id", str)  # the channel id Slack answered with
    db["threads"].add_column("parent_key", str)  # dedup_key of the alert posted as parent
    db["threads"].add_column("parent_dirty", int)  # 1: the parent must be re-rendered
    db["threads"].add_column("parent_updated_at", str)


@MIGRATIONS()
def m003_feed_fetch_url(db: Database) -> None:
    """Where a feed lives now: a permanent redirect (301/308) moves it away from its config URL."""
    db["feeds"].add_column("fetch_url", str)


@MIGRATIONS()
def m_issue9_analyst_features(db: Database) -> None:
    """Analyst features (issue 9): channel subscriptions and snoozes, truces tracked at
    runtime, the audit of human corrections, and per-channel digest times."""
    db["subscriptions"].create(
        {
            "truce": str,
            "channel": str,
            "following": int,  # 1 followed, 0 unfollowed, NULL: the config decides
            "snoozed_until": str,
            "updated_by": str,
            "updated_at": str,
        },
        pk=("truce", "channel"),
    )
    db["tracked_truces"].create(
        {
            "name": str,
            "timezone": str,
            "aliases": str,  # JSON array
            "channels": str,  # JSON array
            "added_by": str,
            "added_at": str,
        },
        pk="name",
    )
    db["corrections"].create(
        {
            "id": int,
            "truce": str,
            "user_id": str,
            "at": str,
            "old_deadline": str,
            "new_deadline": str,
            "command": str,
        },
        pk="id",
    )
    db["corrections"].create_index(["truce", "at"])
    db["digests"].create(
        {"channel": str, "at_time": str, "timezone": str, "updated_by": str, "updated_at": str},
        pk="channel",
    )


@MIGRATIONS()
def m_issue9_feedback_and_watches(db: Database) -> None:
    """Alert buttons and App Home (issue 9, items 3 and 7): who pressed Confirm / Wrong / Set on
    which alert, and each user's own watchlist."""
    db["feedback"].create(
        {
            "id": int,
            "truce": str,
            "alert_key": str,  # the dedup_key of the alert the button was on
            "action": str,  # confirm | wrong | set
            "user_id": str,
            "at": str,
            "detail": str,
        },
        pk="id",
    )
    db["feedback"].create_index(["truce", "at"])
    db["watches"].create(
        {"user_id": str, "truce": str, "watching": int, "updated_at": str},
        pk=("user_id", "truce"),
    )


@dataclass(frozen=True)
class OutboxRow:
    """A pending alert as the sender sees it."""

    id: int
    alert: Alert
    attempts: int


@dataclass(frozen=True)
class FeedRow:
    url: str
    etag: str | None
    last_modified: str | None
    error_count: int
    last_error: str | None
    last_ok_at: datetime | None
    next_poll_at: datetime | None
    gone: bool
    fetch_url: str | None = None  # set after a permanent redirect; fetch here, not at url

    @property
    def location(self) -> str:
        """The URL to fetch: the permanent redirect's target if there was one."""
        return self.fetch_url or self.url


class Store:
    """The one gateway to the SQLite file. Safe to share between threads."""

    def __init__(self, path: str | Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.path = str(path)
        self.busy_timeout_ms = busy_timeout_ms
        self._local = threading.local()
        self._lock = threading.Lock()
        #: held by whoever reads a truce, decides and commits (one-writer discipline)
        self.writer = threading.RLock()
        self._all: list[Database] = []
        db = self.db  # open now so a bad file fails at start, not at the first alert
        try:
            MIGRATIONS.apply(db)
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: cannot use the database: {error}") from error

    # ------------------------------------------------------------------ connections

    @property
    def db(self) -> Database:
        """This thread's connection (opened on first use, WAL, busy_timeout)."""
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._connect()
            self._local.db = db
            with self._lock:
                self._all.append(db)
        return db

    def _connect(self) -> Database:
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, check_same_thread=False, timeout=self.busy_timeout_ms / 1000)
            conn.execute(f"PRAGMA busy_timeout={int(self.busy_timeout_ms)}")
            if self.path != ":memory:":
                mode = conn.execute("PRAGMA journal_mode=wal").fetchone()[0]
                if mode.lower() != "wal":
                    raise sqlite3.DatabaseError(f"journal_mode is {mode}, wanted wal")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except (sqlite3.DatabaseError, OSError) as error:
            raise StoreError(f"{self.path}: cannot open the database: {error}") from error
        return Database(conn)

    def close(self) -> None:
        with self._lock:
            for db in self._all:
                db.close()
            self._all.clear()
        self._local = threading.local()

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One write transaction taken with BEGIN IMMEDIATE (the write lock up front).

        sqlite-utils' ``atomic()`` begins DEFERRED, which under WAL can fail with SQLITE_BUSY
        when a read transaction tries to upgrade; IMMEDIATE waits on busy_timeout instead.
        """
        db = self.db
        try:
            db.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:  # locked past busy_timeout, read-only, disk full
            raise StoreError(f"{self.path}: cannot write: {error}") from error
        try:
            yield db
        except BaseException:
            db.conn.execute("ROLLBACK")
            raise
        else:
            db.conn.execute("COMMIT")

    # ------------------------------------------------------------------ feeds

    def feed(self, url: str) -> FeedRow:
        rows = list(self.db.query("SELECT * FROM feeds WHERE url = ?", [url]))
        row = rows[0] if rows else {"url": url}
        return FeedRow(
            url=url,
            etag=row.get("etag"),
            last_modified=row.get("last_modified"),
            error_count=row.get("error_count") or 0,
            last_error=row.get("last_error"),
            last_ok_at=_dt(row.get("last_ok_at")),
            next_poll_at=_dt(row.get("next_poll_at")),
            gone=bool(row.get("gone")),
            fetch_url=row.get("fetch_url"),
        )

    def feeds(self) -> list[FeedRow]:
        return [self.feed(row["url"]) for row in self.db.query("SELECT url FROM feeds ORDER BY url")]

    def record_feed_ok(
        self,
        url: str,
        now: datetime,
        *,
        etag: str | None,
        last_modified: str | None,
        next_poll_at: datetime,
        moved_to: str | None = None,
    ) -> None:
        """Remember a successful fetch: its validators, and reset the error counter.

        *moved_to*: the new location after a permanent redirect (fetched from then on).
        """
        # Plain SQL: sqlite-utils' upsert() introspects the table on every call (~0.4 ms).
        with self.transaction() as db:
            db.execute(
                "INSERT INTO feeds (url, fetch_url, etag, last_modified, last_polled_at, last_ok_at,"
                " next_poll_at, error_count, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, 0, NULL)"
                " ON CONFLICT (url) DO UPDATE SET fetch_url = COALESCE(excluded.fetch_url, feeds.fetch_url),"
                " etag = excluded.etag, last_modified = excluded.last_modified,"
                " last_polled_at = excluded.last_polled_at, last_ok_at = excluded.last_ok_at,"
                " next_poll_at = excluded.next_poll_at, error_count = 0, last_error = NULL",
                [url, moved_to, etag, last_modified, _iso(now), _iso(now), _iso(next_poll_at)],
            )

    def record_feed_error(
        self, url: str, now: datetime, error: str, *, next_poll_at: datetime, gone: bool = False
    ) -> int:
        """Count one more failure on the feed's row; return the failures in a row."""
        with self.transaction() as db:
            count = self.feed(url).error_count + 1
            db["feeds"].upsert(
                {
                    "url": url,
                    "last_polled_at": _iso(now),
                    "next_poll_at": _iso(next_poll_at),
                    "error_count": count,
                    "last_error": error[:500],
                    "gone": int(gone),
                },
                pk="url",
            )
        return count

    # ------------------------------------------------------------------ items

    def seen_items(self, keys: Iterable[str]) -> set[str]:
        """Which of *keys* were processed before. Read-only."""
        keys = list(keys)
        seen: set[str] = set()
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            seen |= {
                row["key"]
                for row in self.db.query(f"SELECT key FROM items WHERE key IN ({marks})", chunk)
            }
        return seen

    # ------------------------------------------------------------------ truces and events

    def truces(self) -> list[Truce]:
        """Every truce with a stored state. Read-only."""
        return [_truce_from_json(row["state"]) for row in self.db.query("SELECT state FROM truces ORDER BY name")]

    def active_deadlines(self) -> dict[str, datetime]:
        """Deadline of every active truce, from the indexed columns (no JSON). Read-only."""
        rows = self.db.execute(
            "SELECT name, deadline FROM truces WHERE status = 'active' AND deadline IS NOT NULL"
        ).fetchall()
        return {name: _dt(deadline) for name, deadline in rows}

    def truce(self, name: str) -> Truce | None:
        rows = list(self.db.query("SELECT state FROM truces WHERE name = ?", [name]))
        return _truce_from_json(rows[0]["state"]) if rows else None

    def events_for(self, truce: str, *, limit: int = 50) -> list[Event]:
        """A truce's recorded events, most recent first. Read-only."""
        return self._latest_events(truce, "", [], limit)

    def deadline_claims(
        self,
        truce: str,
        kinds: Iterable[str],
        *,
        around: datetime | None = None,
        window: timedelta | None = None,
        limit: int = 50,
    ) -> list[Event]:
        """A truce's most recent events of *kinds* that state a deadline (what
        ``truces.deadline_verdict`` weighs), newest first; with *around* and *window*, only
        those published within *window* of *around* (or with no publication time: the verdict
        counts those as published now). Read-only; other events are never decoded, so the cost
        stays flat however many reports a truce has collected."""
        wanted = sorted(kinds)
        where = f" AND deadline IS NOT NULL AND kind IN ({', '.join('?' * len(wanted))})"
        args: list[Any] = list(wanted)
        if around is not None and window is not None:
            where += " AND (published IS NULL OR published BETWEEN ? AND ?)"
            args += [_iso(around - window), _iso(around + window)]
        return self._latest_events(truce, where, args, limit)

    def _latest_events(self, truce: str, where: str, args: list[Any], limit: int) -> list[Event]:
        """*truce*'s events matching the extra SQL condition *where*, newest first."""
        rows = self.db.query(
            f"SELECT * FROM events WHERE truce = ?{where} ORDER BY recorded_at DESC, id DESC LIMIT ?",
            [truce, *args, limit],
        )
        return [_event_from_row(row) for row in rows]

    def all_events(self) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT * FROM events ORDER BY recorded_at, id"))

    def commit(
        self,
        transitions: Sequence[Transition],
        now: datetime,
        *,
        item: FeedItem | None = None,
    ) -> list[Alert]:
        """Write truce states, their events, the alerts they cause and the item, atomically.

        Returns the alerts actually inserted (a duplicate ``dedup_key`` is silently skipped:
        the alert was decided before). Side effects: one write transaction.
        """
        inserted: list[Alert] = []
        with self.transaction() as db:
            if item is not None:
                db.execute(
                    "INSERT OR IGNORE INTO items (key, feed_url, link, title, published, seen_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    [item.key, item.feed_url, item.link, item.title[:500], _iso(item.published), _iso(now)],
                )
            for transition in transitions:
                if transition.event is not None:
                    _insert_event(db, transition.event, now)
                if transition.changed:
                    _save_truce(db, transition.truce)
                inserted += [alert for alert in transition.alerts if _insert_alert(db, alert)]
        return inserted

    def queue_alerts(self, alerts: Sequence[Alert]) -> list[Alert]:
        """Insert alerts that no truce state change carries (ops notices); skip known keys."""
        with self.transaction() as db:
            return [alert for alert in alerts if _insert_alert(db, alert)]

    def save_truce(self, truce: Truce) -> None:
        with self.transaction() as db:
            _save_truce(db, truce)

    # ------------------------------------------------------------------ outbox

    def pending_alerts(self, now: datetime, *, limit: int = 100) -> list[OutboxRow]:
        """Alerts due and not yet sent, oldest first. Read-only."""
        rows = self.db.query(
            "SELECT * FROM alerts WHERE status = 'pending' AND due_at <= ?"
            " AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id LIMIT ?",
            [_iso(now), _iso(now), limit],
        )
        return [OutboxRow(row["id"], _alert_from_row(row), row["attempts"]) for row in rows]

    def alerts(self, *, status: str | None = None) -> list[dict[str, Any]]:
        where, args = ("WHERE status = ?", [status]) if status else ("", [])
        return list(self.db.query(f"SELECT * FROM alerts {where} ORDER BY id", args))

    def mark_sent(self, alert_id: int, ts: str, now: datetime) -> None:
        """Record Slack's ``ts``: the alert will never be sent again."""
        with self.transaction() as db:
            db.execute(
                "UPDATE alerts SET status = 'sent', ts = ?, sent_at = ?, attempts = attempts + 1,"
                " last_error = NULL WHERE id = ?",
                [ts, _iso(now), alert_id],
            )

    def mark_retry(self, alert_id: int, error: str, retry_at: datetime) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE alerts SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?"
                " WHERE id = ?",
                [error[:500], _iso(retry_at), alert_id],
            )

    def mark_failed(self, alert_id: int, error: str) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE alerts SET status = 'failed', attempts = attempts + 1, last_error = ?"
                " WHERE id = ?",
                [error[:500], alert_id],
            )

    def thread(self, truce: str, channel: str) -> str | None:
        """The ts of the truce's parent message in *channel*, if one was posted."""
        rows = list(
            self.db.query(
                "SELECT parent_ts FROM threads WHERE truce = ? AND channel = ?", [truce, channel]
            )
        )
        return rows[0]["parent_ts"] if rows else None

    def set_thread(self, truce: str, channel: str, parent_ts: str, channel_id: str | None = None) -> None:
        with self.transaction() as db:
            db["threads"].upsert(
                {"truce": truce, "channel": channel, "parent_ts": parent_ts, "channel_id": channel_id},
                pk=("truce", "channel"),
            )

    # ------------------------------------------------------------------ meta

    def get_meta(self, key: str) -> str | None:
        rows = list(self.db.query("SELECT value FROM meta WHERE key = ?", [key]))
        return rows[0]["value"] if rows else None

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db["meta"].upsert({"key": key, "value": value}, pk="key")

    # --- slack delivery (added for issue 4)

    def drain_lock(self) -> threading.Lock:
        """The lock every outbox drain holds, so two drains (the tick and a poll) never post
        the same row twice."""
        with self._lock:
            lock = self.__dict__.get("_drain_lock")
            if lock is None:
                lock = self.__dict__["_drain_lock"] = threading.Lock()
            return lock

    def outbox_queue(self, now: datetime, *, limit: int = 1000) -> list[QueuedAlert]:
        """Pending alerts due at *now*, oldest first, INCLUDING those waiting for a retry (so
        the sender can hold back later alerts of the same channel and keep their order).
        Read-only."""
        rows = self.db.query(
            "SELECT * FROM alerts WHERE status = 'pending' AND due_at <= ? ORDER BY id LIMIT ?",
            [_iso(now), limit],
        )
        return [
            QueuedAlert(
                id=row["id"],
                alert=_alert_from_row(row),
                attempts=row["attempts"],
                next_attempt_at=_dt(row.get("next_attempt_at")),
                posting_since=_dt(row.get("posting_since")),
            )
            for row in rows
        ]

    def mark_posting(self, alert_id: int, now: datetime) -> None:
        """Record, before the HTTP call, that Slack may from now on hold this alert (kept at
        its first value). A row with this mark and no ts has an unknown outcome."""
        with self.transaction() as db:
            db.execute(
                "UPDATE alerts SET posting_since = COALESCE(posting_since, ?) WHERE id = ?",
                [_iso(now), alert_id],
            )

    def record_sent(
        self,
        alert_id: int,
        ts: str,
        now: datetime,
        *,
        channel_id: str | None,
        parent: bool,
    ) -> None:
        """Mark the alert sent with Slack's ts and, in the same transaction, either make it its
        truce's parent in the channel (``parent=True``) or flag the parent for re-rendering."""
        with self.transaction() as db:
            db.execute(
                "UPDATE alerts SET status = 'sent', ts = ?, sent_at = ?, attempts = attempts + 1,"
                " last_error = NULL, channel_id = COALESCE(?, channel_id) WHERE id = ?",
                [ts, _iso(now), channel_id, alert_id],
            )
            row = next(iter(db.query("SELECT truce, channel, dedup_key FROM alerts WHERE id = ?", [alert_id])), None)
            if row is None:
                return
            if parent:
                db.execute(
                    "INSERT INTO threads (truce, channel, parent_ts, channel_id, parent_key, parent_dirty)"
                    " VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT (truce, channel) DO UPDATE SET"
                    " parent_ts = excluded.parent_ts, channel_id = excluded.channel_id,"
                    " parent_key = excluded.parent_key, parent_dirty = 1, parent_updated_at = NULL",
                    [row["truce"], row["channel"], ts, channel_id, row["dedup_key"]],
                )
            else:
                db.execute(
                    "UPDATE threads SET parent_dirty = 1, channel_id = COALESCE(channel_id, ?)"
                    " WHERE truce = ? AND channel = ?",
                    [channel_id, row["truce"], row["channel"]],
                )

    def thread_info(self, truce: str, channel: str) -> ThreadRow | None:
        """The truce's parent message in *channel*, with what the living parent needs. Read-only."""
        rows = list(self.db.query("SELECT * FROM threads WHERE truce = ? AND channel = ?", [truce, channel]))
        return _thread_row(rows[0]) if rows else None

    def channel_id_for(self, channel: str) -> str | None:
        """A Slack channel id already learned for the configured *channel* name. Read-only."""
        rows = list(self.db.query(
            "SELECT channel_id FROM threads WHERE channel = ? AND channel_id IS NOT NULL"
            " UNION ALL SELECT channel_id FROM alerts WHERE channel = ? AND channel_id IS NOT NULL"
            " LIMIT 1",
            [channel, channel],
        ))
        return rows[0]["channel_id"] if rows else None

    def parents_to_refresh(self, now: datetime, *, older_than: float | None) -> list[ThreadRow]:
        """Parents flagged dirty, plus (with *older_than* seconds) those not re-rendered for
        that long (their countdown has gone stale). Read-only."""
        from datetime import timedelta

        if older_than is None:
            rows = self.db.query("SELECT * FROM threads WHERE parent_dirty = 1 ORDER BY truce, channel")
        else:
            cutoff = _iso(now - timedelta(seconds=older_than))
            rows = self.db.query(
                "SELECT * FROM threads WHERE parent_dirty = 1 OR parent_updated_at IS NULL"
                " OR parent_updated_at <= ? ORDER BY truce, channel",
                [cutoff],
            )
        return [_thread_row(row) for row in rows]

    def mark_parent_updated(self, truce: str, channel: str, now: datetime) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE threads SET parent_dirty = 0, parent_updated_at = ? WHERE truce = ? AND channel = ?",
                [_iso(now), truce, channel],
            )

    def drop_thread(self, truce: str, channel: str) -> None:
        """Forget the truce's parent in *channel* (it was deleted): the next alert starts anew."""
        with self.transaction() as db:
            db.execute("DELETE FROM threads WHERE truce = ? AND channel = ?", [truce, channel])

    def thread_size(self, truce: str, channel: str) -> int:
        """How many alerts of the truce were sent to *channel* (the parent included). Read-only."""
        rows = list(self.db.query(
            "SELECT count(*) AS n FROM alerts WHERE truce = ? AND channel = ? AND status = 'sent'",
            [truce, channel],
        ))
        return int(rows[0]["n"]) if rows else 0

    def last_sent(self, truce: str, channel: str) -> Alert | None:
        """The most recent alert of the truce sent to *channel*. Read-only."""
        rows = list(self.db.query(
            "SELECT * FROM alerts WHERE truce = ? AND channel = ? AND status = 'sent'"
            " ORDER BY sent_at DESC, id DESC LIMIT 1",
            [truce, channel],
        ))
        return _alert_from_row(rows[0]) if rows else None

    # --- analyst features (issue 9)

    def subscriptions(self) -> list[Subscription]:
        """Every channel's follow / unfollow / snooze choice. Read-only."""
        return [
            Subscription(
                truce=row["truce"],
                channel=row["channel"],
                following=None if row["following"] is None else bool(row["following"]),
                snoozed_until=_dt(row["snoozed_until"]),
            )
            for row in self.db.query("SELECT * FROM subscriptions ORDER BY updated_at, truce, channel")
        ]

    def set_following(self, truce: str, channel: str, following: bool, *, user: str, now: datetime) -> None:
        """``/truce follow`` (True) or ``unfollow`` (False) of *truce* in *channel*."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO subscriptions (truce, channel, following, updated_by, updated_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (truce, channel) DO UPDATE SET"
                " following = excluded.following, updated_by = excluded.updated_by,"
                " updated_at = excluded.updated_at",
                [truce, channel, int(following), user, _iso(now)],
            )

    def set_snooze(self, truce: str, channel: str, until: datetime | None, *, user: str, now: datetime) -> None:
        """Snooze *truce* in *channel* until *until* (None: unsnooze)."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO subscriptions (truce, channel, snoozed_until, updated_by, updated_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (truce, channel) DO UPDATE SET"
                " snoozed_until = excluded.snoozed_until, updated_by = excluded.updated_by,"
                " updated_at = excluded.updated_at",
                [truce, channel, _iso(until), user, _iso(now)],
            )

    def tracked_specs(self) -> list[TruceSpec]:
        """Truces added at runtime with ``/truce track``, oldest first. Read-only."""
        return [
            TruceSpec(
                name=row["name"],
                timezone=row["timezone"] or "UTC",
                aliases=tuple(json.loads(row["aliases"] or "[]")),
                channels=tuple(json.loads(row["channels"] or "[]")),
            )
            for row in self.db.query("SELECT * FROM tracked_truces ORDER BY added_at, name")
        ]

    def track(self, spec: TruceSpec, truce: Truce, *, user: str, now: datetime) -> bool:
        """Track *spec* from now on (and give it a state row, *truce*, if it has none), in one
        transaction. Returns False if a truce of that name was tracked already."""
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT OR IGNORE INTO tracked_truces (name, timezone, aliases, channels, added_by, added_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [spec.name, spec.timezone, json.dumps(list(spec.aliases)), json.dumps(list(spec.channels)),
                 user, _iso(now)],
            )
            if cursor.rowcount != 1:
                return False
            if not list(db.query("SELECT 1 FROM truces WHERE name = ?", [spec.name])):
                _save_truce(db, truce)
            return True

    def commit_correction(
        self, transition: Transition, now: datetime, *, user: str, old: datetime | None, command: str = ""
    ) -> list[Alert]:
        """Write a human correction: the truce's new state, its alerts and the audit row
        (who, when, old -> new), in ONE transaction. Returns the alerts inserted."""
        with self.transaction() as db:
            _save_truce(db, transition.truce)
            db.execute(
                "INSERT INTO corrections (truce, user_id, at, old_deadline, new_deadline, command)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [transition.truce.name, user, _iso(now), _iso(old), _iso(transition.truce.deadline), command[:500]],
            )
            return [alert for alert in transition.alerts if _insert_alert(db, alert)]

    def corrections(self, truce: str | None = None) -> list[dict[str, Any]]:
        """The correction audit, oldest first (all truces, or one). Read-only."""
        where, args = ("WHERE truce = ?", [truce]) if truce else ("", [])
        return list(self.db.query(f"SELECT * FROM corrections {where} ORDER BY at, id", args))

    def last_mention(self, truce: str) -> datetime | None:
        """When the truce's latest event was recorded (a mention by any source), from the
        (truce, recorded_at) index. Read-only."""
        row = self.db.execute("SELECT max(recorded_at) FROM events WHERE truce = ?", [truce]).fetchone()
        return _dt(row[0]) if row else None

    def events_between(self, truce: str, start: datetime, end: datetime) -> list[Event]:
        """The truce's events recorded in [start, end), most recent first. Read-only."""
        rows = self.db.query(
            "SELECT * FROM events WHERE truce = ? AND recorded_at >= ? AND recorded_at < ?"
            " ORDER BY recorded_at DESC, id DESC",
            [truce, _iso(start), _iso(end)],
        )
        return [_event_from_row(row) for row in rows]

    def set_digest(self, channel: str, at: str | None, timezone: str | None, *, user: str, now: datetime) -> None:
        """The channel's daily digest time ("08:00", IANA zone); *at* None turns it off
        (a row with no time overrides ``[bot].digest_at``)."""
        with self.transaction() as db:
            db["digests"].upsert(
                {"channel": channel, "at_time": at, "timezone": timezone, "updated_by": user,
                 "updated_at": _iso(now)},
                pk="channel",
            )

    def digest_times(self) -> dict[str, tuple[str | None, str | None]]:
        """channel -> (at "HH:MM" or None for off, timezone). Read-only."""
        return {row["channel"]: (row["at_time"], row["timezone"]) for row in self.db.query("SELECT * FROM digests")}

    def last_digest(self, channel: str) -> Alert | None:
        """The latest digest queued for *channel*. Read-only."""
        rows = list(self.db.query(
            "SELECT * FROM alerts WHERE kind = 'digest' AND channel = ? ORDER BY id DESC LIMIT 1", [channel]
        ))
        return _alert_from_row(rows[0]) if rows else None

    def known_channels(self) -> list[tuple[str, str | None]]:
        """Every channel the bot has a row for, with the Slack id learned for it. Read-only."""
        rows = self.db.query(
            "SELECT channel, max(channel_id) AS channel_id FROM ("
            " SELECT channel, channel_id FROM threads UNION ALL SELECT channel, channel_id FROM alerts"
            " UNION ALL SELECT channel, NULL FROM subscriptions UNION ALL SELECT channel, NULL FROM digests)"
            " GROUP BY channel"
        )
        return [(row["channel"], row["channel_id"]) for row in rows]

    def record_feedback(
        self, truce: str, alert_key: str, action: str, *, user: str, now: datetime, detail: str = ""
    ) -> None:
        """Audit one button press on an alert (Confirm / Wrong / Set): who, when, which alert."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO feedback (truce, alert_key, action, user_id, at, detail) VALUES (?, ?, ?, ?, ?, ?)",
                [truce, alert_key[:500], action, user, _iso(now), detail[:500]],
            )

    def feedback(self, truce: str | None = None) -> list[dict[str, Any]]:
        """The button audit, oldest first (all truces, or one). Read-only."""
        where, args = ("WHERE truce = ?", [truce]) if truce else ("", [])
        return list(self.db.query(f"SELECT * FROM feedback {where} ORDER BY at, id", args))

    def alert_by_key(self, dedup_key: str) -> Alert | None:
        """The alert queued under *dedup_key* (any channel's copy has its own key). Read-only."""
        rows = list(self.db.query("SELECT * FROM alerts WHERE dedup_key = ?", [dedup_key]))
        return _alert_from_row(rows[0]) if rows else None

    def set_watching(self, user: str, truce: str, watching: bool, *, now: datetime) -> None:
        """App Home Watch (True) / Unwatch (False) of *truce* by *user*."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO watches (user_id, truce, watching, updated_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (user_id, truce) DO UPDATE SET watching = excluded.watching,"
                " updated_at = excluded.updated_at",
                [user, truce, int(watching), _iso(now)],
            )

    def watchlist(self, user: str) -> list[str]:
        """The truces *user* watches, by name. Read-only."""
        return [row["truce"] for row in self.db.query(
            "SELECT truce FROM watches WHERE user_id = ? AND watching = 1 ORDER BY truce", [user])]


# --- slack delivery (added for issue 4)


@dataclass(frozen=True)
class QueuedAlert:
    """A pending alert with what the sender needs to keep order and close the crash window."""

    id: int
    alert: Alert
    attempts: int
    next_attempt_at: datetime | None
    posting_since: datetime | None  # set: an earlier attempt may have reached Slack


@dataclass(frozen=True)
class ThreadRow:
    """A truce's parent message in one channel."""

    truce: str
    channel: str
    parent_ts: str
    channel_id: str | None
    parent_key: str | None
    dirty: bool
    updated_at: datetime | None


def _thread_row(row: dict[str, Any]) -> ThreadRow:
    return ThreadRow(
        truce=row["truce"],
        channel=row["channel"],
        parent_ts=row["parent_ts"],
        channel_id=row.get("channel_id"),
        parent_key=row.get("parent_key"),
        dirty=bool(row.get("parent_dirty")),
        updated_at=_dt(row.get("parent_updated_at")),
    )


def open_store(path: str | Path) -> Store:
    """Open (creating and migrating) the database at *path*. Raises StoreError."""
    return Store(path)


# ---------------------------------------------------------------------- (de)serialising


def _iso(value: datetime | None) -> str | None:
    """UTC ISO-8601 text that sorts in time order (all values are UTC)."""
    return value.strftime("%Y-%m-%dT%H:%M:%S.%fZ") if value else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None


def _save_truce(db: Database, truce: Truce) -> None:
    db.execute(
        "INSERT INTO truces (name, timezone, status, deadline, updated_at, state) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (name) DO UPDATE SET timezone = excluded.timezone, status = excluded.status,"
        " deadline = excluded.deadline, updated_at = excluded.updated_at, state = excluded.state",
        [truce.name, truce.timezone, truce.status, _iso(truce.deadline), _iso(truce.updated_at),
         _truce_to_json(truce)],
    )


_TRUCE_TIMES = ("deadline", "previous_deadline", "declared_at", "updated_at", "ended_at", "violation_window_start")


def _truce_to_json(truce: Truce) -> str:
    data = {f.name: getattr(truce, f.name) for f in fields(Truce)}  # asdict() deep-copies every held violation
    for name in _TRUCE_TIMES:
        data[name] = _iso(data[name])
    data["last_source"] = truce.last_source.to_json() if truce.last_source else None
    return json.dumps(data)


@functools.lru_cache(maxsize=4096)
def _truce_from_json(text: str) -> Truce:
    """Decode a stored truce state. Cached by its text: a Truce is immutable, and /truce reads
    every truce on each request."""
    return _decode_truce(text)


def _decode_truce(text: str) -> Truce:
    data = json.loads(text)
    known = {f.name for f in fields(Truce)}
    data = {k: v for k, v in data.items() if k in known}
    for name in _TRUCE_TIMES:
        data[name] = _dt(data.get(name))
    data["warned"] = tuple(data.get("warned") or ())
    data["held_violations"] = tuple(data.get("held_violations") or ())
    data["held_claims"] = tuple(data.get("held_claims") or ())
    data["last_source"] = Source.from_json(data["last_source"]) if data.get("last_source") else None
    return Truce(**data)


def _insert_event(db: Database, event: Event, now: datetime) -> None:
    source = event.source
    db.execute(
        "INSERT OR IGNORE INTO events (truce, kind, deadline, evidence, item_key, link, publisher,"
        " published, title, time_stated, extended_by, recorded_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            event.truce,
            event.kind,
            _iso(event.deadline),
            event.evidence,
            source.item_key if source else None,
            source.link if source else None,
            source.publisher if source else None,
            _iso(source.published) if source else None,
            source.title if source else None,
            int(event.time_stated),
            event.extended_by,
            _iso(now),
        ],
    )


def _event_from_row(row: dict[str, Any]) -> Event:
    source = None
    if row.get("item_key"):
        source = Source(
            item_key=row["item_key"],
            link=row.get("link"),
            publisher=row.get("publisher"),
            published=_dt(row.get("published")),
            title=row.get("title"),
        )
    return Event(
        truce=row["truce"],
        kind=row["kind"],
        deadline=_dt(row.get("deadline")),
        evidence=row.get("evidence") or "",
        source=source,
        time_stated=bool(row.get("time_stated", 1)),
        extended_by=row.get("extended_by"),
    )


def _insert_alert(db: Database, alert: Alert) -> bool:
    cursor = db.execute(
        "INSERT OR IGNORE INTO alerts (dedup_key, truce, channel, kind, payload, created_at,"
        " due_at, late_by, status, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0)",
        [
            alert.dedup_key,
            alert.truce,
            alert.channel,
            alert.kind,
            json.dumps(alert.payload, default=str),
            _iso(alert.created_at),
            _iso(alert.due_at),
            alert.late_by,
        ],
    )
    return cursor.rowcount == 1


def _alert_from_row(row: dict[str, Any]) -> Alert:
    return Alert(
        dedup_key=row["dedup_key"],
        truce=row["truce"],
        channel=row["channel"],
        kind=row["kind"],
        created_at=_dt(row["created_at"]),
        due_at=_dt(row["due_at"]),
        payload=json.loads(row["payload"] or "{}"),
        late_by=row.get("late_by"),
    )
