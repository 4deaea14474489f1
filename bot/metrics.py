"""Prometheus metrics: read from SQLite at scrape time, plus the Slack call latency histogram.

``make_registry(state_path, now)`` builds a registry whose ``StoreCollector`` opens the
database read-only for each scrape (one short-lived connection, closed after: a scrape never
keeps a file descriptor or takes the write lock), so the numbers are the database's truth and
survive restarts. ``serve(registry, port)`` exposes it on its own port (Socket Mode and console
mode, ``METRICS_PORT``); ``wsgi_app(registry)`` or ``render(registry)`` let the HTTP-mode
server mount it at ``/metrics``.

Process-level instruments live here too, each a module-level object the edges call:
``observe_slack_call(method)`` (a context manager timing one Slack Web API call) and
``record_poll(ok)`` (one feed fetch done). They count from process start, as Prometheus
counters do.

Metrics (all prefixed ``truce_bot_``)::

    alerts{status,kind}                      outbox rows: pending / sent / failed, by alert kind
    feeds                                    feeds known to the database
    feed_consecutive_errors{feed}            failures in a row of each feed (0 after a success)
    feed_last_success_timestamp_seconds{feed}
    items                                    feed items seen (deduplicated)
    events{kind}                             events recorded, by kind
    truces{status}                           tracked truces, by status
    seconds_since_last_successful_poll       since the newest successful feed fetch
    seconds_since_last_poll                  since the last poll job finished (meta last_poll)
    heartbeat_age_seconds                    since the scheduler's last tick (meta heartbeat)
    database_readable                        1, or 0 when the scrape could not read SQLite
    polls_total{result}                      feed fetches since start: ok / error
    slack_call_seconds{method,outcome}       Slack Web API latency (histogram): ok / error

Feed labels are the configured URL with credentials and secret-looking query values redacted.
"""

from __future__ import annotations

import logging
import math
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, get_args

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    GCCollector,
    Histogram,
    PlatformCollector,
    ProcessCollector,
    generate_latest,
    make_wsgi_app,
)
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from bot.clock import utc
from bot.config import ENV_SOURCE, redact_url
from bot.errors import ConfigError
from bot.health import heartbeat_age, open_readonly
from bot.models import AlertKind, Kind

__all__ = [
    "CONTENT_TYPE",
    "SLACK_CALL_SECONDS",
    "POLLS",
    "StoreCollector",
    "make_registry",
    "render",
    "wsgi_app",
    "serve",
    "serve_from_env",
    "metrics_port",
    "observe_slack_call",
    "record_poll",
]

log = logging.getLogger("truce_bot.metrics")

CONTENT_TYPE = CONTENT_TYPE_LATEST
_STATUSES = ("pending", "sent", "failed")

#: Slack Web API latency. Buckets span a fast API answer to a timed-out call.
SLACK_CALL_SECONDS = Histogram(
    "truce_bot_slack_call_seconds",
    "Slack Web API call latency, by method and outcome (ok or error).",
    ["method", "outcome"],
    buckets=(0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0),
    registry=None,
)
#: One count per feed fetch, by result.
POLLS = Counter(
    "truce_bot_polls",
    "Feed fetches since the process started, by result (ok or error).",
    ["result"],
    registry=None,
)
for _result in ("ok", "error"):
    POLLS.labels(result=_result)


@contextmanager
def observe_slack_call(method: str) -> Iterator[None]:
    """Time one Slack Web API call (``with observe_slack_call("chat.postMessage"): ...``).

    An exception leaving the block counts as ``outcome="error"`` and propagates unchanged.
    """
    start = time.perf_counter()
    outcome = "error"
    try:
        yield
        outcome = "ok"
    finally:
        SLACK_CALL_SECONDS.labels(method=method, outcome=outcome).observe(time.perf_counter() - start)


def record_poll(ok: bool) -> None:
    """Count one feed fetch (``ok`` False for a failure recorded on the feed's row)."""
    POLLS.labels(result="ok" if ok else "error").inc()


class StoreCollector(Collector):
    """Reads the database at scrape time (read-only, a fresh connection each scrape)."""

    def __init__(self, state_path: str | Path, now: Callable[[], datetime]) -> None:
        self.state_path = state_path
        self.now = now

    def collect(self) -> Iterable[Metric]:
        readable = GaugeMetricFamily(
            "truce_bot_database_readable", "1 when this scrape could read the SQLite database."
        )
        try:
            with open_readonly(self.state_path) as conn:
                metrics = list(self._read(conn, utc(self.now())))
        except (OSError, sqlite3.Error) as error:
            log.warning("metrics: database not readable", extra={"error": str(error)[:200]})
            readable.add_metric([], 0)
            yield readable
            return
        readable.add_metric([], 1)
        yield readable
        yield from metrics

    def _read(self, conn: sqlite3.Connection, now: datetime) -> Iterator[Metric]:
        alerts = GaugeMetricFamily(
            "truce_bot_alerts", "Alerts in the outbox, by status and kind.", labels=["status", "kind"]
        )
        counts = {(s, k): 0 for s in _STATUSES for k in get_args(AlertKind)}
        for status, kind, count in conn.execute(
            "SELECT status, kind, count(*) FROM alerts GROUP BY status, kind"
        ):
            counts[(status, kind)] = count
        for (status, kind), count in sorted(counts.items()):
            alerts.add_metric([status, kind], count)
        yield alerts

        feeds = GaugeMetricFamily("truce_bot_feeds", "Feeds known to the database.")
        errors = GaugeMetricFamily(
            "truce_bot_feed_consecutive_errors",
            "Failed fetches in a row, per feed (0 after a success).",
            labels=["feed"],
        )
        last_ok = GaugeMetricFamily(
            "truce_bot_feed_last_success_timestamp_seconds",
            "Unix time of each feed's last successful fetch.",
            labels=["feed"],
        )
        newest_ok: datetime | None = None
        rows = conn.execute("SELECT url, error_count, last_ok_at FROM feeds ORDER BY url").fetchall()
        feeds.add_metric([], len(rows))
        for url, error_count, last_ok_at in rows:
            label = redact_url(url)
            errors.add_metric([label], error_count or 0)
            when = _parse(last_ok_at)
            if when is not None:
                last_ok.add_metric([label], when.timestamp())
                newest_ok = when if newest_ok is None or when > newest_ok else newest_ok
        yield from (feeds, errors, last_ok)

        items = GaugeMetricFamily("truce_bot_items", "Feed items seen (deduplicated).")
        items.add_metric([], conn.execute("SELECT count(*) FROM items").fetchone()[0])
        yield items

        events = GaugeMetricFamily("truce_bot_events", "Events recorded, by kind.", labels=["kind"])
        by_kind = dict.fromkeys(get_args(Kind), 0)
        by_kind.update(dict(conn.execute("SELECT kind, count(*) FROM events GROUP BY kind").fetchall()))
        for kind, count in sorted(by_kind.items()):
            events.add_metric([kind], count)
        yield events

        truces = GaugeMetricFamily("truce_bot_truces", "Tracked truces, by status.", labels=["status"])
        for status, count in conn.execute("SELECT status, count(*) FROM truces GROUP BY status ORDER BY status"):
            truces.add_metric([status or "unknown"], count)
        yield truces

        yield _age(
            "truce_bot_seconds_since_last_successful_poll",
            "Seconds since the newest successful feed fetch (NaN: none yet).",
            None if newest_ok is None else (now - newest_ok).total_seconds(),
        )
        last_poll = conn.execute("SELECT value FROM meta WHERE key = 'last_poll'").fetchone()
        when = _parse(last_poll[0] if last_poll else None)
        yield _age(
            "truce_bot_seconds_since_last_poll",
            "Seconds since the last poll job finished, whatever its feeds' results (NaN: none yet).",
            None if when is None else (now - when).total_seconds(),
        )
        yield _age(
            "truce_bot_heartbeat_age_seconds",
            "Seconds since the scheduler's last tick (NaN: none yet).",
            heartbeat_age(conn, now),
        )


def _age(name: str, documentation: str, seconds: float | None) -> GaugeMetricFamily:
    return GaugeMetricFamily(name, documentation, value=math.nan if seconds is None else seconds)


def _parse(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return utc(datetime.fromisoformat(value))
    except (TypeError, ValueError):
        return None


def make_registry(
    state_path: str | Path, now: Callable[[], datetime], *, process: bool = True
) -> CollectorRegistry:
    """A registry with the database collector, the process instruments (Slack latency,
    polls) and, unless ``process=False``, Python's process/GC/platform collectors."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(StoreCollector(state_path, now))
    registry.register(SLACK_CALL_SECONDS)
    registry.register(POLLS)
    if process:
        ProcessCollector(registry=registry)
        PlatformCollector(registry=registry)
        GCCollector(registry=registry)
    return registry


def render(registry: CollectorRegistry) -> tuple[bytes, str]:
    """The exposition text of *registry* and its Content-Type, for any HTTP server."""
    return generate_latest(registry), CONTENT_TYPE


def wsgi_app(registry: CollectorRegistry) -> Callable[..., Iterable[bytes]]:
    """A WSGI app answering GET with the exposition of *registry* (mount it at /metrics)."""
    return make_wsgi_app(registry)


def metrics_port(environ: Mapping[str, str] | None = None) -> int | None:
    """``METRICS_PORT`` from *environ* (default ``os.environ``): a port, or None when unset.

    Raises ``ConfigError("environment", "METRICS_PORT", ...)`` for anything but 1-65535.
    """
    raw = (os.environ if environ is None else environ).get("METRICS_PORT", "").strip()
    if not raw:
        return None
    if not raw.isdigit() or not 1 <= int(raw) <= 65535:
        raise ConfigError(ENV_SOURCE, "METRICS_PORT", f"expected an integer from 1 to 65535, got {raw!r}")
    return int(raw)


def serve(registry: CollectorRegistry, port: int, *, host: str = "0.0.0.0") -> tuple[int, Callable[[], None]]:
    """Serve *registry* at ``http://host:port/metrics`` (any path answers) in a daemon thread.

    Returns the bound port (useful with ``port=0``) and a stop function. Raises ``OSError``
    when the port cannot be bound.
    """
    from prometheus_client import start_http_server

    server, thread = start_http_server(port, addr=host, registry=registry)
    bound = int(server.server_address[1])

    def stop() -> None:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)

    return bound, stop


def serve_from_env(
    state_path: str | Path,
    now: Callable[[], datetime],
    environ: Mapping[str, str] | None = None,
) -> Callable[[], None]:
    """`truce-bot run`: serve metrics on ``METRICS_PORT`` when it is set; return the stop
    function (a no-op when unset). Raises ``ConfigError`` for a bad or unusable port."""
    port = metrics_port(environ)
    if port is None:
        return lambda: None
    try:
        bound, stop = serve(make_registry(state_path, now), port)
    except OSError as error:
        raise ConfigError(
            ENV_SOURCE, "METRICS_PORT", f"expected a free port, but {port} cannot be bound ({error.strerror})"
        ) from None
    log.info("metrics listening", extra={"port": bound, "path": "/metrics"})
    stopped = threading.Event()

    def stop_once() -> None:
        if not stopped.is_set():
            stopped.set()
            stop()

    return stop_once
