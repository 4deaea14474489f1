"""Slash command: ``/truce NAME`` latency with 1,000 truces and 1,000,000 events stored.

The database is built once with ``executemany`` into a template file under /tmp keyed by a
hash of the migrated schema and the sizes (``truce-bench-slash-<hash>-<truces>-<events>.db``)
and reused by later runs. Only reads happen, so runs never change it.

- in-process: ``bot.slack.handle_truce`` called as the Bolt listener calls it (``ack``, then
  ``commands.answer`` over ``store.truces()`` and ``store.events_for``, then ``respond``),
  with recording ack/respond; baseline: a trivial handler (ack + respond "ok").
- over HTTP: signed ``POST /slack/events`` to ``bot.web``'s HTTP-mode server (waitress +
  Bolt) running in a child process; "ack" = the HTTP response, "answer" = the moment the
  ``respond`` payload reaches the command's ``response_url`` (a loopback receiver here);
  baseline: ``/bench-noop``, a trivial command in the same app and server.

    .venv/bin/python -m benchmarks.bench_slash [--quick] [--truces 1000] [--events 1000000]
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import http.client
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from benchmarks._common import ROOT, Row, median, percentile, write_config
from bot import commands
from bot.clock import SystemClock
from bot.models import Source, Truce, TruceSpec
from bot.slack import handle_truce
from bot.store import Store, _iso, _truce_to_json

TARGET_INPROC = 0.020
TARGET_HTTP = 0.050
SLACK_LIMIT = 3.0
KINDS = ("violation", "declared", "violation", "extended", "expiring", "violation", "collapsed", "expired")
ZONES = ("Asia/Damascus", "Asia/Gaza", "Europe/Kyiv", "Africa/Khartoum", "Asia/Aden", "UTC")
GENERATOR = "v1"  # bump when the generated rows change


def truce_name(i: int) -> str:
    return f"Region {i:04d}"


def specs(n: int) -> list[dict[str, Any]]:
    return [
        {"name": truce_name(i), "aliases": [f"Zone {i:04d}", f"Area{i:04d} front"], "timezone": ZONES[i % len(ZONES)]}
        for i in range(n)
    ]


def _schema_hash() -> str:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "schema.db")
        rows = store.db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()
        store.close()
    return hashlib.sha256((GENERATOR + json.dumps(rows)).encode()).hexdigest()[:12]


def template_db(truces: int, events: int, *, log: Callable[[str], None] = print) -> Path:
    """The template database for these sizes (built now if absent). Read-only use."""
    path = Path(tempfile.gettempdir()) / f"truce-bench-slash-{_schema_hash()}-{truces}-{events}.db"
    if path.exists():
        return path
    log(f"  slash: building {path.name} ({truces} truces, {events} events; once, then reused)")
    started = time.perf_counter()
    tmp = path.with_suffix(f".building-{os.getpid()}")
    store = Store(tmp)
    store.close()
    conn = sqlite3.connect(tmp)
    conn.execute("PRAGMA synchronous=OFF")
    now = datetime.now(UTC).replace(microsecond=0)
    base = now - timedelta(days=365)
    rng = random.Random(8)
    with conn:
        rows = []
        for i, spec in enumerate(specs(truces)):
            deadline = now + timedelta(hours=6 + (i % 200))
            truce = Truce(
                name=spec["name"], timezone=spec["timezone"], status="active", deadline=deadline,
                previous_deadline=deadline - timedelta(hours=48), declared_at=base, updated_at=now,
                last_evidence=f"the truce in {spec['name']} was extended by 48 hours",
                last_source=Source(item_key=f"id:https://bench.example/last/{i}",
                                   link=f"https://bench.example/last/{i}", publisher="Bench Wire",
                                   published=now - timedelta(hours=1), title=f"{spec['name']} truce extended"),
            )
            rows.append((truce.name, truce.timezone, truce.status, _iso(truce.deadline), _iso(truce.updated_at),
                         _truce_to_json(truce)))
        conn.executemany(
            "INSERT INTO truces (name, timezone, status, deadline, updated_at, state) VALUES (?, ?, ?, ?, ?, ?)", rows
        )
        span = 365 * 86400 / max(events, 1)

        def event_rows():
            for j in range(events):
                i = rng.randrange(truces)
                kind = KINDS[j % len(KINDS)]
                recorded = base + timedelta(seconds=j * span)
                published = recorded - timedelta(minutes=5)
                deadline = _iso(recorded + timedelta(hours=48)) if kind in ("extended", "expiring", "declared") else None
                name = truce_name(i)
                yield (
                    name, kind, deadline,
                    f"Witnesses in {name} reported shelling overnight despite the truce, the monitor said ({j})",
                    f"id:https://bench.example/e/{j}", f"https://bench.example/e/{j}", "Bench Wire",
                    _iso(published), f"{name}: fighting reported as truce frays", 1,
                    48.0 * 3600 if kind == "extended" else None, _iso(recorded),
                )

        conn.executemany(
            "INSERT INTO events (truce, kind, deadline, evidence, item_key, link, publisher, published, title,"
            " time_stated, extended_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            event_rows(),
        )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for suffix in ("-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    os.replace(tmp, path)
    log(f"  slash: built in {time.perf_counter() - started:.0f} s, {path.stat().st_size / 1e6:.0f} MB")
    return path


# ------------------------------------------------------------------ in-process


def _queries(n_truces: int, count: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    return [truce_name(rng.randrange(n_truces)) for _ in range(count)]


def _misspelt(name: str) -> str:
    return name.replace("Region", "Regoin")  # a near miss: fuzzy matching over every name


def in_process(db: Path, n_truces: int, requests: int) -> dict[str, Any]:
    store = Store(db)
    clock = SystemClock()
    spec_objs = [TruceSpec(name=s["name"], timezone=s["timezone"], aliases=tuple(s["aliases"])) for s in specs(n_truces)]
    replies: list[dict[str, Any]] = []

    def ack(*args, **kwargs) -> None:
        return None

    def respond(**kwargs) -> None:
        replies.append(kwargs)

    def truce(text: str) -> None:
        handle_truce(ack, respond, {"text": text}, store=store, clock=clock, specs=spec_objs)

    def noop(text: str) -> None:
        ack()
        respond(text="ok", response_type="ephemeral", replace_original=False)

    def times(fn: Callable[[str], None], texts: list[str]) -> list[float]:
        out = []
        for text in texts:
            t = time.perf_counter()
            fn(text)
            out.append(time.perf_counter() - t)
        return out

    names = _queries(n_truces, requests)
    times(truce, names[:20])  # warm: page cache, zoneinfo, compiled patterns
    result: dict[str, Any] = {}
    result["truce"] = times(truce, names)
    assert all(name in r["text"] for name, r in zip(names, replies[-len(names):], strict=True)), "wrong answers"
    result["noop"] = times(noop, names)
    fuzzy = [_misspelt(n) for n in names[: max(10, requests // 5)]]
    result["fuzzy"] = times(truce, fuzzy)
    # where the time goes (same names)
    sample = names[: max(10, requests // 5)]
    parts: dict[str, list[float]] = {"store.truces()": [], "store.events_for()": [], "commands.answer()": []}
    for name in sample:
        t0 = time.perf_counter()
        all_truces = store.truces()
        t1 = time.perf_counter()
        events = store.events_for(name, limit=50)
        t2 = time.perf_counter()
        commands.answer(name, all_truces, spec_objs, clock.now(), events_for=lambda _n, ev=events: ev)
        t3 = time.perf_counter()
        parts["store.truces()"].append(t1 - t0)
        parts["store.events_for()"].append(t2 - t1)
        parts["commands.answer()"].append(t3 - t2)
    result["parts_ms"] = {k: round(median(v) * 1000, 2) for k, v in parts.items()}
    plan = store.db.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM events WHERE truce = ? ORDER BY recorded_at DESC, id DESC LIMIT ?",
        ["x", 50],
    ).fetchall()
    result["events_for_plan"] = [row[-1] for row in plan]
    store.close()
    return result


# ------------------------------------------------------------------ over HTTP


class _Receiver:
    """Loopback response_url endpoint: notes when each respond() payload arrives."""

    def __init__(self) -> None:
        self.arrived: dict[str, float] = {}
        self.bodies: dict[str, bytes] = {}
        self.events: dict[str, threading.Event] = {}
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                key = self.path.rsplit("/", 1)[-1]
                owner.arrived[key] = time.perf_counter()
                owner.bodies[key] = body
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")
                event = owner.events.get(key)
                if event is not None:
                    event.set()

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _signed(secret: str, body: bytes) -> dict[str, str]:
    ts = str(int(time.time()))
    sig = "v0=" + hmac.new(secret.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": sig,
            "Content-Type": "application/x-www-form-urlencoded"}


def over_http(db: Path, n_truces: int, requests: int) -> dict[str, Any]:
    secret = "bench-signing-secret-" + os.urandom(8).hex()
    work = Path(tempfile.mkdtemp(prefix="truce-bench-slash-"))
    cfg = write_config(work / "bot.toml", [], specs(n_truces))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LOG_LEVEL": "WARNING"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.slash_server", str(cfg), str(db), secret],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env, text=True,
    )
    receiver = _Receiver()
    try:
        line = proc.stdout.readline()
        if not line.startswith("PORT "):
            raise RuntimeError(f"slash server did not start: {line!r} {proc.stderr.read()[-2000:]}")
        port = int(line.split()[1])
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        counter = [0]

        def one(command: str, text: str) -> tuple[float, float]:
            counter[0] += 1
            key = f"r{counter[0]}"
            done = receiver.events[key] = threading.Event()
            body = urlencode({
                "token": "legacy", "team_id": "T0BENCH", "team_domain": "bench", "channel_id": "C0BENCH",
                "channel_name": "bench", "user_id": "U0BENCH", "user_name": "bench", "command": command,
                "text": text, "api_app_id": "A0BENCH", "response_url": f"{receiver.base}/respond/{key}",
                "trigger_id": f"1.2.{key}",
            }).encode()
            headers = _signed(secret, body)
            t0 = time.perf_counter()
            conn.request("POST", "/slack/events", body=body, headers=headers)
            response = conn.getresponse()
            response.read()
            t_ack = time.perf_counter()
            if response.status != 200:
                raise RuntimeError(f"/slack/events answered {response.status}")
            if not done.wait(10):
                raise RuntimeError(f"no respond() for {command} {text!r}")
            return t_ack - t0, receiver.arrived[key] - t0

        names = _queries(n_truces, requests, seed=2)
        for name in names[:10]:
            one("/truce", name)
            one("/bench-noop", "")
        result: dict[str, Any] = {"truce_ack": [], "truce_answer": [], "noop_ack": [], "noop_answer": []}
        for name in names:  # interleaved, so drift hits both alike
            a, b = one("/truce", name)
            result["truce_ack"].append(a)
            result["truce_answer"].append(b)
            a, b = one("/bench-noop", "")
            result["noop_ack"].append(a)
            result["noop_answer"].append(b)
        last = json.loads(receiver.bodies[f"r{counter[0] - 1}"])
        assert names[-1] in last.get("text", ""), "the /truce answer did not name the truce"
        conn.close()
        return result
    finally:
        receiver.close()
        try:
            proc.stdin.close()
            proc.wait(15)
        except Exception:
            proc.kill()
        import shutil

        shutil.rmtree(work, ignore_errors=True)


# ------------------------------------------------------------------ the section


def _p(values: list[float], q: float) -> float:
    return percentile(values, q)


def run(
    truces: int = 1000,
    events: int = 1_000_000,
    requests: int = 300,
    *,
    http: bool = True,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    db = template_db(truces, events, log=log)
    inproc = in_process(db, truces, requests)
    detail: dict[str, Any] = {"db": str(db), "db_bytes": db.stat().st_size, "truces": truces, "events": events,
                              "requests": requests, "parts_ms": inproc["parts_ms"],
                              "events_for_plan": inproc["events_for_plan"]}
    rows = []
    where = f"{truces} truces, {events:,} events"
    for q in (50, 99):
        target = f"< {TARGET_INPROC * 1000:g} ms" if q == 99 else ""
        value = _p(inproc["truce"], q) * 1000
        rows.append(Row("slash", f"/truce NAME in-process p{q}", value, "ms",
                        _p(inproc["noop"], q) * 1000, "trivial handler", target,
                        (value < TARGET_INPROC * 1000) if target else None, where if q == 50 else ""))
    rows.append(Row("slash", "/truce misspelt NAME in-process p99", _p(inproc["fuzzy"], 99) * 1000, "ms",
                    _p(inproc["noop"], 99) * 1000, "trivial handler", note="fuzzy match over every name"))
    detail["inproc_ms"] = {k: {"p50": _p(v, 50) * 1000, "p99": _p(v, 99) * 1000}
                           for k, v in inproc.items() if isinstance(v, list) and v and isinstance(v[0], float)}
    log(f"  slash in-process: p50 {rows[0].value:.1f} ms p99 {rows[1].value:.1f} ms; parts {inproc['parts_ms']}")
    if http:
        h = over_http(db, truces, requests)
        for q in (50, 99):
            target = f"< {TARGET_HTTP * 1000:g} ms" if q == 99 else ""
            value = _p(h["truce_answer"], q) * 1000
            rows.append(Row("slash", f"/truce NAME over HTTP p{q} (answer)", value, "ms",
                            _p(h["noop_answer"], q) * 1000, "trivial Bolt handler", target,
                            (value < TARGET_HTTP * 1000) if target else None,
                            "signed POST → respond() payload received" if q == 50 else ""))
        value = _p(h["truce_ack"], 99) * 1000
        rows.append(Row("slash", "/truce NAME over HTTP p99 (ack)", value, "ms", _p(h["noop_ack"], 99) * 1000,
                        "trivial Bolt handler", f"< {SLACK_LIMIT:g} s (Slack)", value < SLACK_LIMIT * 1000,
                        "signed POST → HTTP 200"))
        detail["http_ms"] = {k: {"p50": _p(v, 50) * 1000, "p99": _p(v, 99) * 1000} for k, v in h.items()}
        log(f"  slash HTTP: answer p50 {rows[-3].value:.1f} ms p99 {rows[-2].value:.1f} ms")
    return {"rows": rows, "detail": detail}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_slash")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--truces", type=int, default=1000)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int)
    args = parser.parse_args(argv)
    requests = args.requests or (100 if args.quick else 300)
    result = run(args.truces, args.events, requests)
    for row in result["rows"]:
        print(row.to_json())
    print(json.dumps(result["detail"], indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
