"""Prometheus metrics: read from SQLite at scrape time; Slack latency; METRICS_PORT in `run`."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path
from wsgiref.util import setup_testing_defaults

import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot import metrics
from bot.clock import FakeClock
from bot.errors import ConfigError
from bot.store import Store
from tests.feedserver import FeedServer, rss
from tests.stories import SEED_EXTENSION, SEED_EXTENSION_ROW

ROOT = Path(__file__).resolve().parent.parent
PUBLISHED = SEED_EXTENSION.published
EXTENSION = SEED_EXTENSION_ROW
TOKEN = "xoxb-777-888-MetricsTestSecretToken"


def scrape(registry) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    body, content_type = metrics.render(registry)
    assert content_type.startswith("text/plain")
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(body.decode())
        for sample in family.samples
    }


def config_file(tmp_path: Path, urls: list[str]) -> Path:
    lines = ["[bot]", "allow_private_feeds = true"]
    for url in urls:
        lines += ["[[feeds]]", f'url = "{url}"']
    lines += ["[[truces]]", 'name = "Aleppo"', 'timezone = "Asia/Damascus"', 'channels = ["#syria"]']
    path = tmp_path / "bot.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.fixture
def polled(tmp_path):
    """A database as a poll leaves it: one good feed, one failing feed (a secret in its URL),
    one item, its event, and the alerts it caused, written with the store's own methods."""
    store = Store(tmp_path / "s.db")
    clock = FakeClock(PUBLISHED + timedelta(minutes=5))
    now = clock.now()
    good, bad = "http://127.0.0.1:1/a.xml", "http://127.0.0.1:1/gone.xml?token=s3cret"
    store.record_feed_ok(good, now, etag=None, last_modified=None, next_poll_at=now + timedelta(minutes=10))
    store.record_feed_error(bad, now, "HTTP 410", next_poll_at=now + timedelta(minutes=10))
    with store.transaction() as db:
        db["items"].insert({"key": "seed-ext", "feed_url": good, "title": EXTENSION[1], "seen_at": now.isoformat()})
        db["events"].insert({"truce": "Aleppo", "kind": "extended", "item_key": "seed-ext", "recorded_at": now.isoformat()})
        db["truces"].insert({"name": "Aleppo", "timezone": "Asia/Damascus", "status": "active", "state": "{}"})
        for i, kind in enumerate(["extended", "warning", "warning", "expired"]):
            db["alerts"].insert({"dedup_key": f"k{i}", "truce": "Aleppo", "channel": "#syria", "kind": kind,
                                 "payload": "{}", "created_at": now.isoformat(), "due_at": now.isoformat()})
    store.set_meta("last_poll", now.isoformat())
    store.set_meta("heartbeat", (now - timedelta(seconds=3)).isoformat())
    yield store, clock, good, bad
    store.close()


def test_scrape_reports_what_the_database_holds(polled):
    store, clock, good, bad = polled
    pending = store.alerts(status="pending")
    store.mark_sent(pending[0]["id"], "1463000400.000100", clock.now())
    store.mark_failed(pending[1]["id"], "channel_not_found")
    clock.advance(timedelta(seconds=30))

    got = scrape(metrics.make_registry(store.path, clock.now, process=False))

    alerts = {(labels[1][1], labels[0][1]): v for (name, labels), v in got.items() if name == "truce_bot_alerts" and v}
    assert alerts == {("sent", "extended"): 1, ("failed", "warning"): 1, ("pending", "warning"): 1, ("pending", "expired"): 1}
    assert got[("truce_bot_alerts", (("kind", "collapsed"), ("status", "sent")))] == 0  # zeros exist
    assert got[("truce_bot_database_readable", ())] == 1
    assert got[("truce_bot_feeds", ())] == 2
    redacted = bad.replace("s3cret", "***")
    assert got[("truce_bot_feed_consecutive_errors", (("feed", good),))] == 0
    assert got[("truce_bot_feed_consecutive_errors", (("feed", redacted),))] == 1
    assert ("truce_bot_feed_last_success_timestamp_seconds", (("feed", redacted),)) not in got
    assert got[("truce_bot_items", ())] == 1
    assert got[("truce_bot_events", (("kind", "extended"),))] == 1
    assert got[("truce_bot_events", (("kind", "collapsed"),))] == 0
    assert got[("truce_bot_seconds_since_last_successful_poll", ())] == 30
    assert got[("truce_bot_seconds_since_last_poll", ())] == 30
    assert got[("truce_bot_heartbeat_age_seconds", ())] == 33
    assert got[("truce_bot_truces", (("status", "active"),))] == 1
    assert not any("s3cret" in str(key) for key in got)


def test_empty_database_ages_are_nan_and_unreadable_database_is_zero(tmp_path):
    store = Store(tmp_path / "s.db")
    got = scrape(metrics.make_registry(store.path, lambda: datetime.now(UTC), process=False))
    store.close()
    assert got[("truce_bot_items", ())] == 0
    assert got[("truce_bot_heartbeat_age_seconds", ())] != got[("truce_bot_heartbeat_age_seconds", ())]  # NaN

    gone = scrape(metrics.make_registry(tmp_path / "missing.db", lambda: datetime.now(UTC), process=False))
    assert gone[("truce_bot_database_readable", ())] == 0
    assert not (tmp_path / "missing.db").exists()


def test_scrapes_keep_no_connection_open(polled):
    store, clock, *_ = polled
    registry = metrics.make_registry(store.path, clock.now, process=False)
    fds = lambda: sum(  # noqa: E731
        1 for fd in os.listdir("/proc/self/fd") if os.path.realpath(f"/proc/self/fd/{fd}") == os.path.realpath(store.path)
    )
    scrape(registry)  # SQLite may park one descriptor per file while another connection holds locks
    before = fds()
    for _ in range(30):
        scrape(registry)
    assert fds() == before <= 2


def test_slack_call_latency_and_polls_are_counted():
    registry = metrics.make_registry(":memory:", lambda: datetime.now(UTC), process=False)
    before = scrape(registry)
    with metrics.observe_slack_call("chat.postMessage"):
        time.sleep(0.01)
    with pytest.raises(RuntimeError), metrics.observe_slack_call("chat.postMessage"):
        raise RuntimeError("slack down")
    metrics.record_poll(True)
    metrics.record_poll(False)
    metrics.record_poll(False)
    after = scrape(registry)

    def delta(name, **labels):
        key = (name, tuple(sorted(labels.items())))
        return after.get(key, 0) - before.get(key, 0)

    assert delta("truce_bot_slack_call_seconds_count", method="chat.postMessage", outcome="ok") == 1
    assert delta("truce_bot_slack_call_seconds_count", method="chat.postMessage", outcome="error") == 1
    assert delta("truce_bot_slack_call_seconds_sum", method="chat.postMessage", outcome="ok") >= 0.01
    assert delta("truce_bot_polls_total", result="ok") == 1
    assert delta("truce_bot_polls_total", result="error") == 2


def test_wsgi_app_for_the_http_mode_server(polled):
    store, clock, *_ = polled
    app = metrics.wsgi_app(metrics.make_registry(store.path, clock.now))
    environ: dict = {"PATH_INFO": "/metrics"}
    setup_testing_defaults(environ)
    seen = {}
    body = b"".join(app(environ, lambda status, headers: seen.update(status=status, headers=dict(headers))))
    assert seen["status"].startswith("200") and seen["headers"]["Content-Type"].startswith("text/plain")
    assert b"truce_bot_items 1.0" in body and b"process_resident_memory_bytes" in body


def test_metrics_port_is_validated():
    assert metrics.metrics_port({}) is None and metrics.metrics_port({"METRICS_PORT": " "}) is None
    assert metrics.metrics_port({"METRICS_PORT": "9464"}) == 9464
    for bad in ("0", "70000", "http", "-1"):
        with pytest.raises(ConfigError) as caught:
            metrics.metrics_port({"METRICS_PORT": bad})
        assert str(caught.value).startswith("environment: METRICS_PORT: expected an integer from 1 to 65535")


def test_serve_from_env_serves_and_stops_and_refuses_a_busy_port(polled):
    store, clock, *_ = polled
    assert metrics.serve_from_env(store.path, clock.now, {})() is None  # unset: nothing served
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    stop = metrics.serve_from_env(store.path, clock.now, {"METRICS_PORT": str(port)})
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
            assert b"truce_bot_alerts" in response.read()
        with pytest.raises(ConfigError, match="METRICS_PORT: expected a free port"):
            metrics.serve_from_env(store.path, clock.now, {"METRICS_PORT": str(port)})
    finally:
        stop()
        stop()  # idempotent
    with pytest.raises(OSError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=2)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.slow
def test_run_serves_metrics_and_logs_json_without_the_token(tmp_path):
    """`truce-bot run` with METRICS_PORT and LOG_FORMAT=json, Slack unreachable: the metrics
    show the poll and the pending alerts, every log line is one JSON object, the bot token
    is in none of them, and SIGTERM stops it with 0."""
    port = _free_port()
    with FeedServer() as server:
        server.routes["/a.xml"] = (200, rss(EXTENSION))
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "TRUCE_BOT_", "METRICS_"))},
            "TRUCE_BOT_CONFIG": str(config_file(tmp_path, [server.base + "/a.xml"])),
            "TRUCE_BOT_STATE": str(tmp_path / "state" / "truce-bot.db"),
            "METRICS_PORT": str(port),
            "LOG_FORMAT": "json",
            "SLACK_BOT_TOKEN": TOKEN,
            "SLACK_API_URL": f"http://127.0.0.1:{_free_port()}/api/",  # nothing listens: Slack is down
        }
        proc = subprocess.Popen([sys.executable, "-m", "bot", "run"], env=env, cwd=tmp_path,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            got: dict = {}
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=2) as response:
                        got = {
                            (s.name, tuple(sorted(s.labels.items()))): s.value
                            for f in text_string_to_metric_families(response.read().decode()) for s in f.samples
                        }
                except OSError:
                    pass
                if got.get(("truce_bot_items", ())) == 1 and got.get(("truce_bot_heartbeat_age_seconds", ())) == got.get(("truce_bot_heartbeat_age_seconds", ())):
                    break
                assert proc.poll() is None, proc.communicate()
                time.sleep(0.3)
            assert got[("truce_bot_items", ())] == 1
            assert got[("truce_bot_heartbeat_age_seconds", ())] < 60
            assert got[("truce_bot_seconds_since_last_successful_poll", ())] < 60
            pending = sum(v for (name, labels), v in got.items() if name == "truce_bot_alerts" and ("status", "pending") in labels)
            assert pending >= 1
        finally:
            proc.send_signal(signal.SIGTERM)
            out, err = proc.communicate(timeout=15)
    assert proc.returncode == 0, err
    lines = [line for line in err.splitlines() if line.strip()]
    events = [json.loads(line) for line in lines]  # every line is one JSON object
    assert all({"time", "level", "logger", "message"} <= set(e) for e in events)
    messages = {e["message"] for e in events}
    assert {"truce-bot running", "metrics listening", "feed polled"} <= messages
    assert any(e.get("feed_url") == server.base + "/a.xml" for e in events)
    assert TOKEN not in out and TOKEN not in err
    assert TOKEN.split("-")[-1] not in err


def test_slack_calls_are_timed_by_method_and_outcome():
    from bot.errors import Permanent
    from bot.messages import Message
    from bot.slack import SlackSender
    from tests.fakeslack import BOT_TOKEN, FakeSlack

    def count(method: str, outcome: str) -> float:
        samples = [s for m in metrics.SLACK_CALL_SECONDS.collect() for s in m.samples
                   if s.name.endswith("_count") and s.labels == {"method": method, "outcome": outcome}]
        return samples[0].value if samples else 0.0

    with FakeSlack() as fake:
        sender = SlackSender(BOT_TOKEN, base_url=fake.url, timeout=5)
        ok_before, err_before = count("chat.postMessage", "ok"), count("chat.postMessage", "error")
        sender.post("#syria", Message("hello", []), thread_ts=None, broadcast=False)
        fake.fail("chat.postMessage", error="channel_not_found")
        with pytest.raises(Permanent):
            sender.post("#syria", Message("hello", []), thread_ts=None, broadcast=False)
    assert count("chat.postMessage", "ok") == ok_before + 1
    assert count("chat.postMessage", "error") == err_before + 1
