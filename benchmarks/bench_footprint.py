"""Footprint: idle RSS and start-up of ``truce-bot run``, database bytes per 100,000 events,
installed size of the runtime dependencies.

- ``truce-bot run`` in console mode (no Slack tokens) with a config of a few loopback feeds
  (the benchmark feed server): start-up = process start -> first heartbeat row in the
  database (written by the first tick); idle RSS = median of samples taken after the first
  poll and a settle period. Baselines in the same run: a Python process that only imports
  the stack (slack_bolt, slack_sdk, apscheduler, feedparser, httpx, sqlite_utils,
  prometheus_client) — its RSS and its time to finish the imports.
- database bytes per 100,000 events: the pages the events table and its indexes use in
  the slash benchmark's template (sqlite's dbstat), against the raw bytes of the values.
- installed size: files of the runtime dependency closure of ``truce-bot`` (from each
  distribution's RECORD), against the whole site-packages (test tools included).

    .venv/bin/python -m benchmarks.bench_footprint [--quick]
"""

from __future__ import annotations

import argparse
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks._common import Row, median, mib, rss_bytes, write_config
from benchmarks.feedserver import Server

TARGET_RSS_MIB = 80.0
STACK = ("slack_bolt", "slack_sdk", "apscheduler", "feedparser", "httpx", "sqlite_utils", "prometheus_client")


def _truce_bot() -> list[str]:
    script = Path(sys.executable).with_name("truce-bot")
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot"]


def _heartbeat(db: Path) -> bool:
    if not db.exists():
        return False
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'heartbeat'").fetchone()
            return row is not None
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def _last_poll(db: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1)
        try:
            return conn.execute("SELECT value FROM meta WHERE key = 'last_poll'").fetchone() is not None
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def run_service(*, feeds: int = 5, settle: float = 5.0, log: Callable[[str], None] = print) -> dict[str, Any]:
    """Start ``truce-bot run`` (console), time it to the first heartbeat, sample idle RSS."""
    from benchmarks._common import corpus_truces

    work = Path(tempfile.mkdtemp(prefix="truce-bench-footprint-"))
    db = work / "state.db"
    with Server() as server:
        urls = [f"{server.base}/f/{i}.xml" for i in range(1, feeds + 1)]
        cfg = write_config(work / "bot.toml", urls, corpus_truces())
        env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
        env.update({"TRUCE_BOT_STATE": str(db), "LOG_LEVEL": "WARNING", "PYTHONDONTWRITEBYTECODE": "1"})
        t0 = time.perf_counter()
        proc = subprocess.Popen([*_truce_bot(), "--config", str(cfg), "run"], cwd=work, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            startup = None
            while time.perf_counter() - t0 < 60:
                if proc.poll() is not None:
                    raise RuntimeError(f"truce-bot run exited {proc.returncode}: {proc.stderr.read()[-2000:]}")
                if _heartbeat(db):
                    startup = time.perf_counter() - t0
                    break
                time.sleep(0.005)
            if startup is None:
                raise RuntimeError("truce-bot run wrote no heartbeat within 60 s")
            end = time.perf_counter() + 30
            while not _last_poll(db) and time.perf_counter() < end:
                time.sleep(0.05)
            time.sleep(settle)
            samples = []
            for _ in range(10):
                samples.append(rss_bytes(proc.pid))
                time.sleep(0.1)
        finally:
            proc.terminate()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
    import shutil

    shutil.rmtree(work, ignore_errors=True)
    return {"startup_s": startup, "idle_rss_mib": mib(median(samples)), "feeds": feeds}


def run_imports() -> dict[str, Any]:
    """A Python that imports the stack and idles: RSS and import time (baselines)."""
    code = (
        "import time, sys; t=time.perf_counter()\n"
        + "".join(f"import {m}\n" for m in STACK)
        + "import slack_bolt.adapter.socket_mode, apscheduler.schedulers.background\n"
        "print(time.perf_counter()-t, flush=True); sys.stdin.read()\n"
    )
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        imports = float(proc.stdout.readline())
        ready = time.perf_counter() - t0
        time.sleep(0.5)
        rss = rss_bytes(proc.pid)
    finally:
        proc.stdin.close()
        proc.wait(10)
    bare = subprocess.Popen([sys.executable, "-c", "import sys; print(1, flush=True); sys.stdin.read()"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        bare.stdout.readline()
        time.sleep(0.2)
        bare_rss = rss_bytes(bare.pid)
    finally:
        bare.stdin.close()
        bare.wait(10)
    return {"imports_s": imports, "process_ready_s": ready, "rss_mib": mib(rss), "bare_python_rss_mib": mib(bare_rss)}


def db_bytes_per_100k(db: Path | None) -> dict[str, Any] | None:
    """Bytes the events table + its indexes take per 100,000 events, and the raw value bytes."""
    if db is None or not db.exists():
        return None
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        if not events:
            return None
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE tbl_name = 'events' AND type IN ('table', 'index')")]
        try:
            marks = ",".join("?" * len(names))
            used = conn.execute(f"SELECT SUM(pgsize) FROM dbstat WHERE name IN ({marks})", names).fetchone()[0]
            how = "dbstat pages of events + its indexes"
        except sqlite3.OperationalError:  # SQLite built without dbstat
            used = db.stat().st_size
            how = "whole file (no dbstat)"
        raw = conn.execute(
            "SELECT SUM(length(truce) + length(kind) + coalesce(length(deadline), 0) + length(evidence)"
            " + length(item_key) + coalesce(length(link), 0) + coalesce(length(publisher), 0)"
            " + coalesce(length(published), 0) + coalesce(length(title), 0) + length(recorded_at) + 8)"
            " FROM (SELECT * FROM events LIMIT 100000)"
        ).fetchone()[0]
        sample = min(events, 100_000)
    finally:
        conn.close()
    return {"events": events, "bytes_per_100k": used / events * 100_000,
            "raw_bytes_per_100k": raw / sample * 100_000, "how": how, "db_file_bytes": db.stat().st_size}


def _dist_files_size(dist) -> int:  # type: ignore[no-untyped-def]
    total = 0
    for f in dist.files or []:
        try:
            total += Path(dist.locate_file(f)).stat().st_size
        except OSError:
            pass
    return total


def installed_size() -> dict[str, Any]:
    """Bytes of truce-bot's runtime dependency closure vs the whole site-packages."""
    from importlib import metadata

    def norm(name: str) -> str:
        return re.sub(r"[-_.]+", "-", name).lower()

    dists = {norm(d.metadata["Name"]): d for d in metadata.distributions()}
    seen: set[str] = set()
    todo = ["truce-bot"]
    while todo:
        name = norm(todo.pop())
        if name in seen or name not in dists:
            continue
        seen.add(name)
        for req in dists[name].requires or []:
            if "extra ==" in req:
                continue
            todo.append(re.split(r"[\s;<>=!~\[(]", req, maxsplit=1)[0])
    seen.discard("truce-bot")
    ours = {name: _dist_files_size(dists[name]) for name in sorted(seen)}
    site = Path(dists["truce-bot"].locate_file("")) if "truce-bot" in dists else None
    total = 0
    if site is not None and site.is_dir():
        for path in site.rglob("*"):
            try:
                if path.is_file() and not path.is_symlink():
                    total += path.stat().st_size
            except OSError:
                pass
    return {"deps": ours, "deps_bytes": sum(ours.values()), "site_packages_bytes": total, "site_packages": str(site)}


def run(*, slash_db: Path | None = None, settle: float = 5.0, log: Callable[[str], None] = print) -> dict[str, Any]:
    service = run_service(settle=settle, log=log)
    imports = run_imports()
    size = installed_size()
    per = db_bytes_per_100k(slash_db)
    rows = [
        Row("footprint", "idle RSS of truce-bot run (console)", service["idle_rss_mib"], "MiB", imports["rss_mib"],
            "python importing the stack", f"< {TARGET_RSS_MIB:g} MiB", service["idle_rss_mib"] < TARGET_RSS_MIB,
            f"{service['feeds']} loopback feeds, after the first poll + {settle:g} s"),
        Row("footprint", "start-up to first heartbeat", service["startup_s"], "s", imports["process_ready_s"],
            "python importing the stack", note="process start → first tick's heartbeat row"),
    ]
    if per is not None:
        rows.append(Row("footprint", "database bytes per 100,000 events", mib(per["bytes_per_100k"]), "MiB",
                        mib(per["raw_bytes_per_100k"]), "raw value bytes", note=per["how"]))
    rows.append(Row("footprint", "installed size, runtime deps", mib(size["deps_bytes"]), "MiB",
                    mib(size["site_packages_bytes"]), "whole venv site-packages",
                    note=f"{len(size['deps'])} distributions"))
    log(f"  footprint: idle RSS {service['idle_rss_mib']:.1f} MiB, start-up {service['startup_s']:.2f} s")
    return {"rows": rows, "detail": {"service": service, "imports": imports, "installed": size, "db": per}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_footprint")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--db", type=Path, help="a database to measure bytes per event on")
    args = parser.parse_args(argv)
    result = run(slash_db=args.db, settle=2.0 if args.quick else 5.0)
    for row in result["rows"]:
        print(row.to_json())
    print(result["detail"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
