"""HTTP mode (bot/web.py) over real loopback HTTP: waitress serving POST /slack/events and
GET /healthz; bad signatures and malformed headers are 401, never 500."""

from __future__ import annotations

import http.client
import json
import socket
import time
from datetime import timedelta
from types import SimpleNamespace

import pytest

from bot.clock import FakeClock
from bot.slack import make_bolt_app, serve
from bot.web import start
from tests.test_slack_bolt import NOW, SECRET, command_body, settings_for, signed, wait_for
from tests.test_slack_bolt import store as store  # noqa: F401 - the fixture

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def clock():
    return FakeClock(NOW)


@pytest.fixture
def server(fake, store, clock):
    bolt = make_bolt_app(settings_for(fake), store, clock)
    srv = start(bolt, store=store, clock=clock, signing_secret=SECRET, host="127.0.0.1", port=0)
    yield srv
    srv.stop()


def request(server, method: str, path: str, body: bytes | str = b"", headers: dict[str, str] | None = None):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    data = body.encode() if isinstance(body, str) else body
    conn.request(method, path, body=data, headers=headers or {})
    response = conn.getresponse()
    payload = response.read()
    conn.close()
    return response.status, payload


def test_signed_slash_command_over_http(server, fake):
    body = command_body(fake, "aleppo")
    status, payload = request(server, "POST", "/slack/events", body, signed(body))
    assert status == 200 and payload == b""
    reply = wait_for(lambda: fake.responses and fake.responses[-1])
    assert reply["blocks"][0]["type"] == "header" and "Aleppo" in reply["text"]


@pytest.mark.parametrize(
    "make_headers",
    [
        pytest.param(lambda body: signed(body, secret="wrong"), id="forged"),
        pytest.param(lambda body: signed(body, timestamp=str(int(time.time()) - 301)), id="stale"),
        pytest.param(lambda body: signed(body, timestamp=str(int(time.time()) + 400)), id="future"),
        pytest.param(lambda body: {}, id="unsigned"),
        pytest.param(lambda body: {"X-Slack-Signature": signed(body)["x-slack-signature"]}, id="no-timestamp"),
        pytest.param(lambda body: signed(body, timestamp="abc"), id="non-numeric"),
        pytest.param(lambda body: signed(body, timestamp="１２３"), id="unicode-digits"),
        pytest.param(lambda body: signed(body, timestamp="9" * 40), id="huge-number"),
    ],
)
def test_malformed_or_forged_requests_are_401(server, fake, make_headers):
    body = command_body(fake, "aleppo")
    headers = {k: v.encode("utf-8").decode("latin-1") for k, v in make_headers(body).items()}
    status, payload = request(server, "POST", "/slack/events", body, headers)
    assert status == 401, payload
    assert json.loads(payload) == {"error": "invalid request"}


def test_binary_garbage_is_401(server):
    status, _ = request(server, "POST", "/slack/events", bytes(range(256)) * 10,
                        {"X-Slack-Request-Timestamp": "12ab", "X-Slack-Signature": "v0=00",
                         "Content-Type": "application/json"})
    assert status == 401


def test_other_routes_and_methods(server):
    assert request(server, "GET", "/slack/events")[0] == 405
    assert request(server, "GET", "/")[0] == 404
    assert request(server, "POST", "/healthz")[0] == 405
    big = b"x" * (1024 * 1024 + 1)
    assert request(server, "POST", "/slack/events", big, {"X-Slack-Request-Timestamp": "1"})[0] == 413


def test_healthz_reports_heartbeat_and_last_poll(server, store, clock):
    status, payload = request(server, "GET", "/healthz")
    assert status == 200 and json.loads(payload)["heartbeat"] is None  # just started: fine
    store.set_meta("heartbeat", clock.now().isoformat())
    store.set_meta("last_poll", clock.now().isoformat())
    clock.advance(timedelta(seconds=30))
    status, payload = request(server, "GET", "/healthz")
    health = json.loads(payload)
    assert status == 200 and health["ok"] is True
    assert health["heartbeat"] == NOW.isoformat() and health["last_poll"] == NOW.isoformat()
    assert health["heartbeat_age_s"] == 30 and health["pending_alerts"] == 1
    clock.advance(timedelta(minutes=10))  # the scheduler stopped beating
    status, payload = request(server, "GET", "/healthz")
    assert status == 503 and json.loads(payload)["ok"] is False


def test_serve_starts_http_mode_on_port_and_stops(fake, store, clock):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = settings_for(fake, port=port)
    stop = serve(SimpleNamespace(settings=settings, store=store, clock=clock, sender=None), host="127.0.0.1")
    try:
        body = command_body(fake, "list share")
        status, _ = request(SimpleNamespace(port=port), "POST", "/slack/events", body, signed(body))
        assert status == 200
        assert wait_for(lambda: fake.responses)[-1]["response_type"] == "in_channel"
        status, metrics_text = request(SimpleNamespace(port=port), "GET", "/metrics")
        assert status == 200 and b"truce_bot_heartbeat_age_seconds" in metrics_text
    finally:
        stop()
    with pytest.raises(OSError):
        request(SimpleNamespace(port=port), "GET", "/healthz")  # really stopped
