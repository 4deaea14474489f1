"""`truce-bot backup PATH`: a consistent copy of the live database, safe while `run` runs.

Uses SQLite's online backup API (``sqlite3.Connection.backup``) from a read-only connection,
so the service keeps reading and writing while the copy is taken; the copy is one
self-contained file (journal mode DELETE, no ``-wal``/``-shm`` beside it), checked with
``PRAGMA integrity_check``, written under a temporary name and renamed into place.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bot.errors import ConfigError, StoreError
from bot.health import open_readonly

__all__ = ["Backup", "backup"]


@dataclass(frozen=True)
class Backup:
    source: Path
    path: Path
    bytes: int


def backup(source: str | Path, dest: str | Path, *, now: datetime, overwrite: bool = False) -> Backup:
    """Copy the database at *source* to *dest* (a file, or a folder to put
    ``truce-bot-YYYYMMDDTHHMMSSZ.db`` in; *now* names it).

    Raises ``ConfigError`` for an unusable *dest* (exists without *overwrite*, missing
    folder) and ``StoreError`` when the source cannot be read or the copy fails its check.
    """
    source, dest = Path(source), Path(dest)
    if dest.is_dir():
        dest = dest / f"truce-bot-{now.strftime('%Y%m%dT%H%M%SZ')}.db"
    if dest.exists() and not overwrite:
        raise ConfigError("argument", "PATH", f"a new file, but {dest} exists (pass --force to replace it)")
    if not dest.parent.is_dir():
        raise ConfigError("argument", "PATH", f"a file in an existing folder, but {dest.parent} does not exist")
    if dest.resolve() == source.resolve():
        raise ConfigError("argument", "PATH", "a path other than the live database")
    partial = dest.with_name(f".{dest.name}.partial")
    try:
        partial.unlink(missing_ok=True)
        with open_readonly(source) as live, closing(sqlite3.connect(partial)) as copy:
            live.backup(copy, pages=1024)  # in steps, so the writer is never held up for long
            copy.execute("PRAGMA journal_mode=DELETE")
            verdict = copy.execute("PRAGMA integrity_check").fetchone()[0]
            if verdict != "ok":
                raise StoreError(f"{dest}: the copy failed its integrity check: {verdict}")
        os.replace(partial, dest)
    except FileNotFoundError:
        raise StoreError(f"{source}: no database to back up") from None
    except (sqlite3.Error, OSError) as error:
        raise StoreError(f"cannot back up {source} to {dest}: {error}") from None
    finally:
        partial.unlink(missing_ok=True)
    return Backup(source, dest, dest.stat().st_size)
