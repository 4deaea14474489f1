"""`truce-bot health`: is the service alive? The Docker HEALTHCHECK, in every Slack mode.

The scheduler's tick (every ``scheduler.TICK_SECONDS``, 5 s) writes ``meta.heartbeat`` to
SQLite. Healthy means: the database file opens read-only and answers a query, and that
heartbeat is younger than ``MAX_HEARTBEAT_AGE`` seconds. A stuck scheduler, a stopped
service or an unreadable database is unhealthy. The check is read-only: it never creates
the database or its folder, and never takes the write lock.

``open_readonly(path)`` is shared with ``bot.metrics`` (one short-lived connection per use,
so a scrape or a health probe never keeps a connection or a file descriptor).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from bot.clock import utc

__all__ = ["MAX_HEARTBEAT_AGE", "Health", "check", "open_readonly", "heartbeat_age"]

#: Unhealthy beyond this many seconds without a heartbeat (the tick writes one every 5 s).
MAX_HEARTBEAT_AGE = 60.0


@dataclass(frozen=True)
class Health:
    """The verdict: ``ok`` and the one line ``truce-bot health`` prints."""

    ok: bool
    line: str
    heartbeat_age: float | None = None


@contextmanager
def open_readonly(path: str | Path, *, timeout: float = 5.0) -> Iterator[sqlite3.Connection]:
    """A read-only connection to the database at *path*, closed on exit.

    Raises ``FileNotFoundError`` when there is no file (``mode=ro`` never creates one) and
    ``sqlite3.Error`` when it cannot be read.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(str(path))
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=False)) as conn:
        conn.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
        yield conn


def heartbeat_age(conn: sqlite3.Connection, now: datetime) -> float | None:
    """Seconds since ``meta.heartbeat`` (None when there is none or it is unreadable)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'heartbeat'").fetchone()
    if not row or not row[0]:
        return None
    try:
        return (utc(now) - utc(datetime.fromisoformat(row[0]))).total_seconds()
    except (TypeError, ValueError):
        return None


def check(path: str | Path, now: datetime, *, max_age: float = MAX_HEARTBEAT_AGE) -> Health:
    """Judge the service's health from its database at *path* at *now* (aware UTC). Read-only."""
    try:
        with open_readonly(path) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            age = heartbeat_age(conn, now)
    except FileNotFoundError:
        return Health(False, f"unhealthy: no database at {path} (has `truce-bot run` started?)")
    except sqlite3.OperationalError as error:
        if "no such table" in str(error):
            return Health(False, f"unhealthy: {path} has no heartbeat table yet (starting?)")
        return Health(False, f"unhealthy: cannot read {path}: {error}")
    except sqlite3.Error as error:
        return Health(False, f"unhealthy: cannot read {path}: {error}")
    if age is None:
        return Health(False, f"unhealthy: no scheduler heartbeat in {path} yet (starting?)")
    if age > max_age:
        return Health(
            False,
            f"unhealthy: last scheduler heartbeat {age:.0f} s ago (limit {max_age:.0f} s):"
            " the service is stopped or its scheduler is stuck",
            age,
        )
    if age < -max_age:  # written by a clock far ahead of ours: say so rather than trust it
        return Health(False, f"unhealthy: heartbeat is {-age:.0f} s in the future (clock skew?)", age)
    return Health(True, f"ok: scheduler heartbeat {max(age, 0):.0f} s ago, database readable", age)
