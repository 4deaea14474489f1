"""The /truce command (bot/slack.py): the handler with Mock(ack)/Mock(respond), signed
BoltRequests through app.dispatch, replies delivered to a response_url on the local fake,
signature rejection, and Socket Mode start-up against the fake's apps.connections.open."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from unittest.mock import Mock
from urllib.parse import parse_qsl, urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from slack_bolt.request import BoltRequest
from slack_sdk.models.blocks import Block

from bot import truces
from bot.clock import FakeClock
from bot.config import BotSettings, Env, Settings
from bot.models import Event, Source, Truce, TruceSpec
from bot.slack import handle_truce, make_bolt_app, serve
from bot.store import Store
from tests.fakeslack import APP_TOKEN, BOT_TOKEN, FakeSlack
from tests.wsserver import WsServer

NOW = datetime(2016, 5, 9, 14, 5, tzinfo=UTC)
SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
SPECS = (
    TruceSpec("Aleppo", "Asia/Damascus", aliases=("Aleppo province",), channels=("#syria-desk",)),
    TruceSpec("Gaza", "Asia/Gaza"),
)


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "state.db")
    truce = Truce("Aleppo", "Asia/Damascus")
    ev = Event("Aleppo", "declared", NOW + timedelta(hours=30), "a 48-hour truce <!channel>",
               Source("k1", link="https://news.example/1", publisher="Wire", published=NOW))
    s.commit([truces.apply(truce, ev, NOW, channels=("#syria-desk",), rules=truces.Rules())], NOW)
    yield s
    s.close()


def settings_for(fake: FakeSlack, **env) -> Settings:
    values = dict(slack_bot_token=BOT_TOKEN, slack_signing_secret=SECRET, slack_api_url=fake.url)
    values.update(env)
    return Settings(bot=BotSettings(), feeds=(), truces=SPECS, env=Env(**values), source="test")


@pytest.fixture
def app(fake, store):
    return make_bolt_app(settings_for(fake), store, FakeClock(NOW))


def signed(body: str, *, secret: str = SECRET, timestamp: str | None = None,
           signature: str | None = None) -> dict[str, str]:
    ts = timestamp if timestamp is not None else str(int(time.time()))
    base = f"v0:{ts}:{body}".encode()
    sig = signature or "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return {"content-type": "application/x-www-form-urlencoded", "x-slack-request-timestamp": ts,
            "x-slack-signature": sig}


def command_body(fake: FakeSlack, text: str, n: int = 1) -> str:
    return urlencode({
        "token": "legacy-verification", "team_id": "T00000001", "team_domain": "fake", "channel_id": "C00000001",
        "channel_name": "syria-desk", "user_id": "U00000001", "user_name": "analyst", "command": "/truce",
        "text": text, "api_app_id": "A00000001", "response_url": fake.response_url(n), "trigger_id": "1.2.3",
    })


def wait_for(predicate, timeout: float = 5.0):
    """Wait for Bolt's listener thread to deliver (a condition, not a deadline)."""
    done = threading.Event()
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        done.wait(0.01)
    raise AssertionError("condition not met")


def dispatch(app, fake, text: str):
    body = command_body(fake, text)
    response = app.dispatch(BoltRequest(body=body, headers=signed(body)))
    assert response.status == 200
    reply = wait_for(lambda: fake.responses and fake.responses[-1])
    return response, reply


# ------------------------------------------------------------------- the handler alone


class SlowStore:
    """A store that takes its time and records when it is read."""

    def __init__(self, store: Store, log: list[str]) -> None:
        self.store, self.log = store, log

    def truces(self):
        self.log.append("store.truces")
        threading.Event().wait(0.05)
        return self.store.truces()

    def events_for(self, name, limit=50):
        self.log.append("store.events")
        return self.store.events_for(name, limit=limit)


def test_ack_comes_before_any_store_work(store):
    order: list[str] = []
    ack = Mock(side_effect=lambda *a, **k: order.append("ack"))
    respond = Mock(side_effect=lambda *a, **k: order.append("respond"))
    handle_truce(ack, respond, {"text": "aleppo"}, store=SlowStore(store, order), clock=FakeClock(NOW), specs=SPECS)
    assert order[0] == "ack" and order[-1] == "respond"
    assert "store.truces" in order
    ack.assert_called_once_with()  # an empty ack: the answer goes through respond


def test_a_broken_store_gets_an_apology_not_an_exception(store):
    ack, respond = Mock(), Mock()
    broken = SimpleNamespace(truces=Mock(side_effect=RuntimeError("database is locked")))
    handle_truce(ack, respond, {"text": "aleppo"}, store=broken, clock=FakeClock(NOW), specs=SPECS)
    ack.assert_called_once()
    assert respond.call_args.kwargs["response_type"] == "ephemeral"
    assert "try again" in respond.call_args.kwargs["text"]


@pytest.mark.parametrize(
    ("text", "kind", "expect"),
    [
        ("", "ephemeral", "/truce list"),
        ("help", "ephemeral", "/truce list"),
        ("list", "ephemeral", "Tracked truces"),
        ("ALEPPO", "ephemeral", "Aleppo truce"),
        ("alepo", "ephemeral", "Aleppo truce"),
        ("aleppo share", "in_channel", "Aleppo truce"),
        ("atlantis", "ephemeral", "No tracked truce"),
        ("<!channel> " + "x" * 10_000, "ephemeral", "No tracked truce"),
        ("\x00\u202e🕊️", "ephemeral", ""),
    ],
)
def test_replies_for_every_kind_of_text(store, text, kind, expect):
    respond = Mock()
    handle_truce(Mock(), respond, {"text": text}, store=store, clock=FakeClock(NOW), specs=SPECS)
    reply = respond.call_args.kwargs
    assert reply["response_type"] == kind
    assert expect in reply["text"]
    assert "<!channel>" not in json.dumps(reply)  # feed and user text is escaped
    assert len(reply["blocks"]) <= 50
    for block in reply["blocks"]:
        Block.parse(block).validate_json()


# ------------------------------------------------------------------- signed requests through Bolt


def test_signed_command_is_acked_and_answered_with_blocks(app, fake):
    response, reply = dispatch(app, fake, "aleppo")
    assert response.body == ""  # the ack
    assert reply["response_type"] == "ephemeral"
    assert reply["blocks"][0]["type"] == "header" and "Aleppo" in reply["blocks"][0]["text"]["text"]
    assert "&lt;!channel&gt;" in json.dumps(reply) and "<!channel>" not in json.dumps(reply)
    assert fake.calls == []  # no auth.test or other Web API call was needed


def test_share_posts_in_channel(app, fake):
    _, reply = dispatch(app, fake, "aleppo share")
    assert reply["response_type"] == "in_channel"


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param(lambda body: signed(body, secret="not-the-secret"), id="forged"),
        pytest.param(lambda body: signed(body, timestamp=str(int(time.time()) - 6 * 60)), id="stale"),
        pytest.param(lambda body: {"content-type": "application/x-www-form-urlencoded"}, id="unsigned"),
        pytest.param(lambda body: {k: v for k, v in signed(body).items() if k != "x-slack-request-timestamp"},
                     id="no-timestamp"),
        pytest.param(lambda body: signed(body, timestamp="soon"), id="non-numeric-timestamp"),
        pytest.param(lambda body: signed(body, timestamp="1e10"), id="float-timestamp"),
        pytest.param(lambda body: signed(body, timestamp="-1"), id="negative-timestamp"),
        pytest.param(lambda body: signed(body, signature="garbage"), id="bad-signature-shape"),
    ],
)
def test_bad_requests_are_401_never_500(app, fake, headers):
    body = command_body(fake, "aleppo")
    response = app.dispatch(BoltRequest(body=body, headers=headers(body)))
    assert response.status == 401
    threading.Event().wait(0.05)
    assert fake.responses == []  # and nothing was answered


def test_tampered_body_is_401(app, fake):
    body = command_body(fake, "aleppo")
    headers = signed(body)
    response = app.dispatch(BoltRequest(body=body.replace("aleppo", "gaza"), headers=headers))
    assert response.status == 401


# ------------------------------------------------------------------- serve(): the modes


def runtime_for(settings: Settings, store: Store):
    return SimpleNamespace(settings=settings, store=store, clock=FakeClock(NOW), sender=None)


def test_console_and_post_only_modes_serve_nothing(fake, store):
    for env in ({"slack_bot_token": None}, {"slack_signing_secret": None}):
        stop = serve(runtime_for(settings_for(fake, **env), store))
        stop()
    assert fake.calls == []


def test_socket_mode_opens_a_connection_with_the_app_token_and_survives_failure(fake, store):
    """apps.connections.open is called with the xapp token; the websocket it names refuses,
    and the bot keeps running and retrying instead of crashing (no WebSocket server in the
    fake: the frame exchange itself is not tested here)."""
    stop = serve(runtime_for(settings_for(fake, slack_app_token=APP_TOKEN, slack_signing_secret=None), store))
    try:
        call = wait_for(lambda: fake.called("apps.connections.open"))[0]
        assert call.authorization == f"Bearer {APP_TOKEN}"
    finally:
        stop()
    assert not any(c.method == "auth.test" for c in fake.calls)


def test_socket_mode_answers_a_slash_command_envelope_over_a_real_websocket(fake, store):
    """The whole Socket Mode exchange over a real WebSocket (tests/wsserver.py): Slack's hello,
    a slash-command envelope, the ack frame carrying its envelope_id (Slack's 3 s promise),
    then the answer at the command's response_url; after a "disconnect" message and a closed
    socket, the client opens a new connection by itself."""
    ws = WsServer()
    fake.ws_url = ws.url
    stop = serve(runtime_for(settings_for(fake, slack_app_token=APP_TOKEN, slack_signing_secret=None), store))
    try:
        wait_for(ws.connected, timeout=10)
        ws.send({"type": "hello", "num_connections": 1, "debug_info": {"host": "fake"}})
        form = dict(parse_qsl(command_body(fake, "aleppo")))
        started = time.monotonic()
        ws.send({"envelope_id": "env-1", "type": "slash_commands", "payload": form,
                 "accepts_response_payload": True})
        ack = ws.wait_for(lambda m: m.get("envelope_id") == "env-1")
        assert time.monotonic() - started < 3.0
        reply = wait_for(lambda: fake.responses and fake.responses[-1], timeout=10)
        assert "Aleppo" in reply["text"] and reply["response_type"] == "ephemeral"
        assert set(ack) <= {"envelope_id", "payload"}
        # Slack rotates Socket Mode connections: a "disconnect" message, then the socket closes;
        # the client must open a new one by itself
        ws.send({"type": "disconnect", "reason": "refresh_requested"})
        ws.drop()
        wait_for(lambda: ws.connections >= 2, timeout=20)
    finally:
        stop()
        ws.close()


# ------------------------------------------------------------------- any text at all

@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300) | st.sampled_from(["<!here>", "<https://evil|aleppo>", "aleppo <@U1>", "@channel"]))
def test_any_text_gets_an_escaped_valid_reply(store, text):
    ack, respond = Mock(), Mock()
    handle_truce(ack, respond, {"text": text}, store=store, clock=FakeClock(NOW), specs=SPECS)
    ack.assert_called_once()
    reply = respond.call_args.kwargs
    assert reply["text"] and reply["response_type"] in ("ephemeral", "in_channel")
    dumped = json.dumps(reply, ensure_ascii=False)
    for token in ("<!here>", "<!channel>", "<https://evil", "<@U1>"):
        assert token not in dumped
    for block in reply["blocks"]:
        Block.parse(block).validate_json()
