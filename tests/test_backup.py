"""`truce-bot backup PATH`: SQLite's online backup of the live database, checked and atomic."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from bot.backup import backup
from bot.cli import main
from bot.store import Store

NOW = datetime(2026, 1, 5, 12, 0, 7, tzinfo=UTC)


def _live(tmp_path) -> Store:
    store = Store(tmp_path / "state" / "truce-bot.db")
    for i in range(50):
        store.set_meta(f"k{i}", "v" * 100)
    return store


def test_backup_of_a_live_wal_database_is_one_consistent_file(tmp_path):
    store = _live(tmp_path)  # still open, WAL with uncheckpointed pages
    assert (tmp_path / "state" / "truce-bot.db-wal").exists()
    done = backup(store.path, tmp_path / "copy.db", now=NOW)
    store.set_meta("after", "the backup")  # the service keeps writing
    store.close()

    assert done.path == tmp_path / "copy.db" and done.bytes == done.path.stat().st_size
    assert not (tmp_path / "copy.db-wal").exists() and not (tmp_path / ".copy.db.partial").exists()
    copy = sqlite3.connect(done.path)
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    keys = {key for (key,) in copy.execute("SELECT key FROM meta")}
    assert {f"k{i}" for i in range(50)} <= keys and "after" not in keys
    # a restored copy opens as the service's database (migrations already applied)
    copy.close()
    assert Store(done.path).get_meta("k49") == "v" * 100


def test_backup_into_a_folder_gets_a_dated_name(tmp_path):
    store = _live(tmp_path)
    (tmp_path / "backups").mkdir()
    done = backup(store.path, tmp_path / "backups", now=NOW)
    store.close()
    assert done.path.name == "truce-bot-20260105T120007Z.db"


def test_cli_backup_refuses_to_overwrite_and_reports_missing_source(tmp_path, capsys):
    store = _live(tmp_path)
    target = tmp_path / "b.db"
    assert main(["--state", store.path, "backup", str(target)]) == 0
    assert capsys.readouterr().out.startswith(f"backed up {store.path} to {target}")
    assert main(["--state", store.path, "backup", str(target)]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["--state", store.path, "backup", "--force", str(target)]) == 0
    store.close()

    assert main(["--state", str(tmp_path / "none.db"), "backup", str(tmp_path / "x.db")]) == 1
    err = capsys.readouterr().err
    assert "no database to back up" in err and err.count("\n") == 1
    assert main(["--state", store.path, "backup", str(tmp_path / "no" / "dir" / "x.db")]) == 2
