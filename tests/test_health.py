"""`truce-bot health`: the Docker HEALTHCHECK — heartbeat fresh and database readable, else 1."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from bot import health
from bot.cli import main
from bot.store import Store

NOW = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)


def _db(tmp_path, heartbeat: datetime | None):
    path = tmp_path / "state" / "truce-bot.db"
    store = Store(path)
    if heartbeat is not None:
        store.set_meta("heartbeat", heartbeat.isoformat())
    store.close()
    return path


@pytest.mark.parametrize(
    ("age", "ok", "words"),
    [
        (timedelta(seconds=4), True, "ok: scheduler heartbeat 4 s ago, database readable"),
        (timedelta(seconds=59), True, "ok: scheduler heartbeat 59 s ago"),
        (timedelta(seconds=61), False, "last scheduler heartbeat 61 s ago (limit 60 s)"),
        (timedelta(hours=3), False, "stopped or its scheduler is stuck"),
        (timedelta(minutes=-5), False, "in the future"),
    ],
)
def test_heartbeat_age_decides(tmp_path, age, ok, words):
    verdict = health.check(_db(tmp_path, NOW - age), NOW)
    assert verdict.ok is ok
    assert words in verdict.line and "\n" not in verdict.line


def test_no_heartbeat_yet_is_unhealthy(tmp_path):
    verdict = health.check(_db(tmp_path, None), NOW)
    assert not verdict.ok and "no scheduler heartbeat" in verdict.line


def test_missing_database_is_unhealthy_and_not_created(tmp_path):
    path = tmp_path / "nowhere" / "truce-bot.db"
    verdict = health.check(path, NOW)
    assert not verdict.ok and "no database" in verdict.line
    assert not path.parent.exists()


def test_unreadable_database_is_unhealthy(tmp_path):
    path = tmp_path / "truce-bot.db"
    path.write_bytes(b"this is not sqlite" * 100)
    verdict = health.check(path, NOW)
    assert not verdict.ok and verdict.line.startswith("unhealthy: cannot read")


def test_empty_database_without_tables_is_unhealthy(tmp_path):
    path = tmp_path / "truce-bot.db"
    sqlite3.connect(path).close()  # an empty database: the service never started on it
    verdict = health.check(path, NOW)
    assert not verdict.ok and "no heartbeat table" in verdict.line


def test_check_is_read_only_while_the_service_holds_the_database(tmp_path):
    """The live service keeps its WAL connection open and even a write transaction."""
    path = tmp_path / "truce-bot.db"
    store = Store(path)
    store.set_meta("heartbeat", (NOW - timedelta(seconds=3)).isoformat())
    with store.transaction() as db:  # the writer is busy: health must still answer
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('x', 'y')")
        assert health.check(path, NOW).ok
    before = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    assert health.check(path, NOW).ok
    assert {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir() if p.name in before} == before
    store.close()


def test_cli_health_exit_codes_and_one_line(tmp_path, capsys):
    fresh = _db(tmp_path, datetime.now(UTC) - timedelta(seconds=2))
    assert main(["--state", str(fresh), "health"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ok: ") and out.count("\n") == 1

    stale = _db(tmp_path / "b", datetime.now(UTC) - timedelta(minutes=5))
    assert main(["health", "--state", str(stale)]) == 1
    assert capsys.readouterr().out.startswith("unhealthy: ")


def test_cli_health_reads_truce_bot_state_and_never_exits_2(tmp_path, capsys, monkeypatch):
    """Docker reserves exit status 2; a broken environment is unhealthy (1), one line."""
    monkeypatch.setenv("TRUCE_BOT_STATE", str(_db(tmp_path, datetime.now(UTC))))
    assert main(["health"]) == 0
    monkeypatch.setenv("LOG_LEVEL", "LOUD")
    assert main(["health"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[-1].startswith("unhealthy: environment: LOG_LEVEL")
