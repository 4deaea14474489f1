"""Poll cycle: 100, 500 and 1,000 feeds on a loopback feed server in its own process.

90 % of the feeds answer 304, 10 % have 20 new items each (corpus news texts), through the
real ``pipeline.poll_once`` (real fetcher with ``allow_private_feeds``, a temporary SQLite
file, the corpus's 23 truces). Every repeat starts from the same primed database (copied
from a template), so repeats are comparable and the database does not grow between them.

Per cycle: wall time, CPU time of this process (all threads) and peak memory (RSS sampled every
5 ms, peak minus the RSS at the start of the cycle; ``--tracemalloc`` adds a cycle under
tracemalloc for the Python-heap peak). Baselines in the same run, against the same
server answers: a sequential fetch with one httpx client and a bare 16-thread httpx fetch
(conditional GETs, bodies read, nothing parsed). The same three are also timed for a cycle
where every feed answers 304. At the largest N one more cycle is timed phase by phase.

    .venv/bin/python -m benchmarks.bench_poll [--quick] [--n 100 500 1000] [--repeats 3]
"""

from __future__ import annotations

import argparse
import functools
import json
import resource
import shutil
import tempfile
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

from benchmarks._common import (
    Row,
    RssPeak,
    corpus_truces,
    growth_exponent,
    median,
    mib,
    write_config,
)
from benchmarks.feedserver import LIVE_EVERY, NEW_ITEMS, Server
from bot import config, pipeline
from bot.clock import SystemClock
from bot.store import Store

TARGET_1000 = 2.0  # seconds, issue 8


def _live(n: int) -> int:
    return len([i for i in range(n) if i % LIVE_EVERY == 0])


# ------------------------------------------------------------------ baselines


class _Baseline:
    """Conditional GETs with a plain httpx client, keeping each feed's ETag like a poller."""

    def __init__(self, urls: Sequence[str], threads: int) -> None:
        self.urls = list(urls)
        self.threads = threads
        self.etags: dict[str, str] = {}
        self.client = httpx.Client(
            limits=httpx.Limits(max_connections=max(threads, 1) * 2, max_keepalive_connections=max(threads, 1) * 2),
            trust_env=False,
        )
        self.pool = ThreadPoolExecutor(threads) if threads > 1 else None

    def _one(self, url: str) -> int:
        headers = {"If-None-Match": self.etags[url]} if url in self.etags else {}
        response = self.client.get(url, headers=headers)
        response.read()
        if response.headers.get("etag"):
            self.etags[url] = response.headers["etag"]
        return response.status_code

    def fetch(self) -> list[int]:
        if self.pool is None:
            return [self._one(url) for url in self.urls]
        return list(self.pool.map(self._one, self.urls))

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown()
        self.client.close()


def _timed(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, out


# ------------------------------------------------------------------ phase breakdown


class _Phases:
    """Inclusive seconds and calls of the functions a poll cycle spends its time in,
    measured by wrapping them for one cycle (cheap: a perf_counter pair per call)."""

    TARGETS = (
        ("bot.store", "Store", "feed"),
        ("bot.store", "Store", "record_feed_ok"),
        ("bot.store", "Store", "seen_items"),
        ("bot.store", "Store", "truce"),
        ("bot.store", "Store", "commit"),
        ("bot.feeds", None, "parse"),
        ("bot.pipeline", None, "process_item"),
        ("bot.pipeline", None, "extract"),
        ("bot.pipeline", None, "sweep"),
        ("bot.truces", None, "apply"),
    )

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._undo: list[Callable[[], None]] = []

    def _wrap(self, owner: Any, attr: str, label: str) -> None:
        original = getattr(owner, attr)

        @functools.wraps(original)
        def timed(*args, **kwargs):
            t = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds[label] += time.perf_counter() - t
                self.calls[label] += 1

        setattr(owner, attr, timed)
        self._undo.append(lambda: setattr(owner, attr, original))

    def __enter__(self) -> _Phases:
        import importlib

        for module_name, cls, attr in self.TARGETS:
            module = importlib.import_module(module_name)
            owner = getattr(module, cls) if cls else module
            self._wrap(owner, attr, f"{cls or module_name.split('.')[-1]}.{attr}")
        return self

    def __exit__(self, *exc) -> None:
        for undo in reversed(self._undo):
            undo()

    def fetcher(self, inner: pipeline.FetchMany) -> pipeline.FetchMany:
        def fetch_many(pairs):
            t = time.perf_counter()
            try:
                return inner(pairs)
            finally:
                self.seconds["feeds.fetch_many"] += time.perf_counter() - t
                self.calls["feeds.fetch_many"] += 1

        return fetch_many

    def table(self) -> dict[str, dict[str, float]]:
        return {
            k: {"seconds": round(self.seconds[k], 4), "calls": self.calls[k],
                "us_per_call": round(self.seconds[k] / self.calls[k] * 1e6, 1) if self.calls[k] else 0.0}
            for k in sorted(self.seconds, key=lambda k: -self.seconds[k])
        }


# ------------------------------------------------------------------ one N


def _poll(settings, db: Path, fetch_many, rss: list[int] | None = None) -> tuple[float, float, pipeline.PollReport, Store]:
    store = Store(db)
    clock = SystemClock()
    with RssPeak() as peak:
        wall, cpu, report = _timed(lambda: pipeline.poll_once(settings, store, clock.now, fetch_many=fetch_many))
    if rss is not None:
        rss.append(peak.growth)
    return wall, cpu, report, store


def _check(report: pipeline.PollReport, n: int, *, ok: int, new_items: int) -> dict[str, int]:
    statuses = [f.status for f in report.feeds]
    summary = {
        "feeds": len(statuses),
        "not_modified": statuses.count("not-modified"),
        "ok": statuses.count("ok"),
        "failed": len(report.failed),
        "new_items": sum(f.new_items for f in report.feeds),
        "events": len(report.events),
        "alerts": len(report.alerts),
    }
    if summary["failed"] or summary["feeds"] != n or summary["ok"] != ok or summary["new_items"] != new_items:
        errors = [f.error for f in report.failed][:3]
        raise RuntimeError(f"poll cycle of {n} feeds did not go as planned: {summary} {errors}")
    return summary


def bench_n(server: Server, n: int, repeats: int, *, memory: bool, phases: bool, truces, log) -> dict[str, Any]:
    live = _live(n)
    work = Path(tempfile.mkdtemp(prefix=f"truce-bench-poll-{n}-"))
    try:
        urls = [f"{server.base}/f/{i}.xml" for i in range(n)]
        cfg = write_config(work / "bot.toml", urls, truces)
        template, db = work / "template.db", work / "work.db"
        settings = config.load(cfg, {"TRUCE_BOT_STATE": str(template)})
        fetch_many = pipeline.default_fetcher(settings)

        server.reset()  # cycle 0: every feed one neutral item
        _wall, _cpu, report, store = _poll(settings, template, fetch_many)
        store.close()
        _check(report, n, ok=n, new_items=n)
        seq, t16 = _Baseline(urls, 1), _Baseline(urls, 16)
        seq.fetch()
        t16.fetch()

        def fresh_db() -> None:
            for suffix in ("", "-wal", "-shm"):
                Path(str(db) + suffix).unlink(missing_ok=True)
            shutil.copyfile(template, db)

        runs: dict[str, list[tuple[float, float]]] = defaultdict(list)
        summary: dict[str, Any] = {}
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        rss_growth: list[int] = []
        for _ in range(repeats):
            server.advance()  # live feeds: 20 new items each; the rest stay 304
            for name, base in (("seq_mixed", seq), ("t16_mixed", t16)):
                wall, cpu, codes = _timed(base.fetch)
                assert codes.count(304) == n - live, (name, codes.count(304))
                runs[name].append((wall, cpu))
            fresh_db()
            wall, cpu, report, store = _poll(settings, db, fetch_many, rss_growth)
            summary["mixed"] = _check(report, n, ok=live, new_items=live * NEW_ITEMS)
            runs["poll_mixed"].append((wall, cpu))
            # the same cycle again: every feed now answers 304
            for name, base in (("seq_304", seq), ("t16_304", t16)):
                wall, cpu, codes = _timed(base.fetch)
                assert codes.count(304) == n, (name, codes.count(304))
                runs[name].append((wall, cpu))
            wall, cpu, report = _timed(
                lambda store=store: pipeline.poll_once(settings, store, SystemClock().now, fetch_many=fetch_many)
            )
            summary["all_304"] = _check(report, n, ok=0, new_items=0)
            runs["poll_304"].append((wall, cpu))
            store.close()
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        seq.close()
        t16.close()

        out: dict[str, Any] = {"n": n, "live": live, "repeats": repeats, "summary": summary}
        for name, values in runs.items():
            out[name] = {
                "wall": median([w for w, _ in values]),
                "cpu": median([c for _, c in values]),
                "walls": [round(w, 4) for w, _ in values],
            }
        out["maxrss_growth_mib"] = round((rss_after - rss_before) / 1024, 1)
        out["peak_rss_growth_mib"] = round(mib(max(rss_growth)), 1)
        db_bytes = sum(Path(str(db) + s).stat().st_size for s in ("", "-wal") if Path(str(db) + s).exists())
        out["db_bytes_after_cycle"] = db_bytes

        if memory:
            fresh_db()
            tracemalloc.start()
            try:
                _wall, _cpu, _report, store = _poll(settings, db, fetch_many)
                _current, peak = tracemalloc.get_traced_memory()
            finally:
                tracemalloc.stop()
                store.close()
            out["peak_traced_mib"] = round(mib(peak), 1)
        if phases:
            fresh_db()
            with _Phases() as ph:
                wall, _cpu, _report, store = _poll(settings, db, ph.fetcher(fetch_many))
            store.close()
            out["phases"] = {"wall": round(wall, 3), "functions": ph.table()}
        log(
            f"  poll N={n}: mixed {out['poll_mixed']['wall']:.2f} s (seq {out['seq_mixed']['wall']:.2f} s, "
            f"16-thread {out['t16_mixed']['wall']:.2f} s); all-304 {out['poll_304']['wall']:.2f} s"
        )
        return out
    finally:
        shutil.rmtree(work, ignore_errors=True)


# ------------------------------------------------------------------ the section


def run(
    ns: Sequence[int] = (100, 500, 1000),
    repeats: int = 3,
    *,
    memory: bool = False,
    phases: bool = True,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Run the poll benchmark for every N; returns {"rows": [Row], "detail": {...}}."""
    truces = corpus_truces()
    with Server() as server:
        per_n = [
            bench_n(server, n, repeats, memory=memory, phases=phases and n == max(ns), truces=truces, log=log)
            for n in ns
        ]
        server_stats = server.stats()
    rows: list[Row] = []
    for r in per_n:
        n = r["n"]
        target = f"< {TARGET_1000:g} s" if n == 1000 else ""
        mixed, seq, t16 = r["poll_mixed"], r["seq_mixed"], r["t16_mixed"]
        note = f"{r['live']} feeds × {NEW_ITEMS} new items, {n - r['live']} × 304"
        rows.append(Row("poll", f"{n} feeds, 90% 304: wall", mixed["wall"], "s", seq["wall"],
                        "sequential httpx fetch", target, (mixed["wall"] < TARGET_1000) if target else None, note))
        rows.append(Row("poll", f"{n} feeds, 90% 304: wall", mixed["wall"], "s", t16["wall"], "16-thread httpx fetch"))
        rows.append(Row("poll", f"{n} feeds, 90% 304: CPU", mixed["cpu"], "s", seq["cpu"], "sequential httpx fetch"))
        rows.append(Row("poll", f"{n} feeds, 90% 304: peak RSS growth", r["peak_rss_growth_mib"], "MiB",
                        note="RSS sampled every 5 ms, peak minus start of cycle"))
        if "peak_traced_mib" in r:
            rows.append(Row("poll", f"{n} feeds, 90% 304: peak Python heap", r["peak_traced_mib"], "MiB",
                            note="tracemalloc peak during one cycle"))
        rows.append(Row("poll", f"{n} feeds, all 304: wall", r["poll_304"]["wall"], "s", r["seq_304"]["wall"],
                        "sequential httpx fetch"))
        rows.append(Row("poll", f"{n} feeds, all 304: wall", r["poll_304"]["wall"], "s", r["t16_304"]["wall"],
                        "16-thread httpx fetch"))
    if len(per_n) >= 2:
        ns_ = [r["n"] for r in per_n]
        for kind in ("mixed", "304"):
            k = growth_exponent(ns_, [r[f"poll_{kind}"]["wall"] for r in per_n])
            kb = growth_exponent(ns_, [r[f"seq_{kind}"]["wall"] for r in per_n])
            if k is not None and kb is not None:
                label = "90% 304" if kind == "mixed" else "all 304"
                rows.append(Row("poll", f"growth exponent {ns_[0]}→{ns_[-1]} feeds ({label})", k, "", kb,
                                "sequential httpx fetch", note="time ∝ N^k; 1 = linear"))
    return {"rows": rows, "detail": {"per_n": per_n, "server": server_stats}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_poll")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--n", type=int, nargs="+")
    parser.add_argument("--repeats", type=int)
    parser.add_argument("--tracemalloc", action="store_true", help="one more cycle per N under tracemalloc")
    args = parser.parse_args(argv)
    ns = args.n or ((100, 300) if args.quick else (100, 500, 1000))
    repeats = args.repeats or (1 if args.quick else 3)
    result = run(ns, repeats, memory=args.tracemalloc)
    for row in result["rows"]:
        print(row.to_json())
    print(json.dumps(result["detail"], indent=1, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
