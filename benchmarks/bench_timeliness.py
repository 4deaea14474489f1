"""Timeliness: how late deadline (expiry) alerts reach the sender through the real wiring.

100 truces, each active with a deadline, the deadlines ``spacing`` seconds apart, starting a
few seconds from now. The real wiring of ``truce-bot run`` does the rest: ``app.build`` with
a collecting console-style sender, ``scheduler.make_scheduler`` + ``scheduler.start``,
``app.tick`` and ``app.reschedule`` (per-truce ``wake:`` date jobs plus the safety tick),
``pipeline.sweep`` -> outbox -> ``outbox.drain`` -> the sender. Lateness = the wall time the
sender received the expiry alert minus the deadline.

Baseline, in the same run and process: a bare APScheduler 3.x date job per deadline (same
spacing, offset by half a spacing so the two never coincide) recording its own lateness —
the floor the scheduler library itself gives.

    .venv/bin/python -m benchmarks.bench_timeliness [--quick] [--alerts 100] [--spacing 1]
"""

from __future__ import annotations

import argparse
import re
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.date import DateTrigger

from benchmarks._common import Row, median, percentile, write_config
from bot import app, config, pipeline, scheduler
from bot.models import Truce

TARGET_P99 = 1.0  # seconds, issue 8
_NAME = re.compile(r"Bench truce (\d{3})")


class _Collector:
    """A console-style sender that notes when each truce's expiry alert arrives."""

    def __init__(self, expected: int) -> None:
        self.arrived: dict[int, float] = {}
        self.other = 0
        self._n = 0
        self._lock = threading.Lock()
        self._expected = expected
        self.done = threading.Event()

    def post(self, channel: str, message: Any, *, thread_ts: str | None, broadcast: bool) -> str:
        at = time.time()
        with self._lock:
            self._n += 1
            match = _NAME.search(message.text)
            if match and ("expired" in message.text.lower() or "ended" in message.text.lower()):
                self.arrived.setdefault(int(match.group(1)), at)
            else:
                self.other += 1
            if len(self.arrived) >= self._expected:
                self.done.set()
            return f"bench.{self._n:06d}"


def run(
    alerts: int = 100,
    spacing: float = 1.0,
    *,
    lead: float = 3.0,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="truce-bench-timeliness-"))
    truces = [{"name": f"Bench truce {i:03d}", "aliases": [], "timezone": "UTC"} for i in range(alerts)]
    cfg = write_config(work / "bot.toml", [], truces, warn_before=[])
    settings = config.load(cfg, {"TRUCE_BOT_STATE": str(work / "state.db")})
    collector = _Collector(alerts)
    runtime = app.build(settings, sender=collector)
    start = datetime.now(UTC) + timedelta(seconds=lead)
    deadlines = [start + timedelta(seconds=i * spacing) for i in range(alerts)]
    now = datetime.now(UTC)
    for i, deadline in enumerate(deadlines):
        runtime.store.save_truce(
            Truce(name=f"Bench truce {i:03d}", timezone="UTC", status="active", deadline=deadline,
                  declared_at=now, updated_at=now)
        )

    # the floor: bare APScheduler date jobs, half a spacing after each deadline
    bare = BackgroundScheduler(timezone=UTC)
    bare_late: list[float] = []
    bare_lock = threading.Lock()

    def bare_job(when: datetime) -> None:
        late = time.time() - when.timestamp()
        with bare_lock:
            bare_late.append(late)

    bare.start()
    for i, deadline in enumerate(deadlines):
        when = deadline + timedelta(seconds=spacing / 2)
        bare.add_job(bare_job, DateTrigger(run_date=when, timezone=UTC), args=[when], id=f"bare:{i}",
                     misfire_grace_time=None)

    # the real wiring, as app.run does it (no Slack, no signals)
    jobs = runtime.jobs = scheduler.make_scheduler(
        list(settings.feeds),
        settings.bot.poll_interval,
        poll_feed=lambda spec: app.poll_feed(runtime, spec),
        tick=lambda: app.tick(runtime),
    )
    pipeline.ensure_truces(settings, runtime.store)
    scheduler.start(jobs, runtime.clock.now())
    app.tick(runtime)
    app.reschedule(runtime)
    log(f"  timeliness: {alerts} deadlines {spacing:g} s apart, waiting ~{lead + alerts * spacing:.0f} s")
    collector.done.wait(lead + alerts * spacing + 30)
    deadline_end = time.time() + 5
    while len(bare_late) < alerts and time.time() < deadline_end:
        time.sleep(0.05)
    jobs.shutdown(wait=True)
    bare.shutdown(wait=True)
    runtime.close()

    late = [collector.arrived[i] - deadlines[i].timestamp() for i in sorted(collector.arrived)]
    missing = alerts - len(late)
    result: dict[str, Any] = {
        "alerts": alerts,
        "spacing": spacing,
        "arrived": len(late),
        "missing": missing,
        "other_posts": collector.other,
        "late_p50": percentile(late, 50) if late else None,
        "late_p99": percentile(late, 99) if late else None,
        "late_max": max(late) if late else None,
        "late_min": min(late) if late else None,
        "bare_p50": percentile(bare_late, 50) if bare_late else None,
        "bare_p99": percentile(bare_late, 99) if bare_late else None,
        "bare_n": len(bare_late),
    }
    rows = []
    if late and bare_late:
        p99 = result["late_p99"]
        rows.append(Row("timeliness", f"expiry alert lateness p50 ({alerts} alerts)", result["late_p50"], "s",
                        result["bare_p50"], "bare APScheduler date job"))
        rows.append(Row("timeliness", f"expiry alert lateness p99 ({alerts} alerts)", p99, "s",
                        result["bare_p99"], "bare APScheduler date job", f"< {TARGET_P99:g} s",
                        p99 < TARGET_P99 and not missing, f"{missing} missing" if missing else ""))
    log(f"  timeliness: p50 {result['late_p50']} s, p99 {result['late_p99']} s, missing {missing}")
    import shutil

    shutil.rmtree(work, ignore_errors=True)
    return {"rows": rows, "detail": result}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_timeliness")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--alerts", type=int)
    parser.add_argument("--spacing", type=float)
    args = parser.parse_args(argv)
    alerts = args.alerts or (20 if args.quick else 100)
    spacing = args.spacing or (0.25 if args.quick else 1.0)
    result = run(alerts, spacing)
    for row in result["rows"]:
        print(row.to_json())
    print(result["detail"])
    _ = median
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
