"""``/truce NAME chart`` (ack, answer, then files_upload_v2 to the channel) through signed
requests and the fake Slack Web API, and ``GET /calendar.ics`` in HTTP mode (bot/web.py)."""

from __future__ import annotations

import http.client
import json
import struct
from datetime import timedelta
from unittest.mock import Mock

import pytest
from slack_bolt.request import BoltRequest
from slack_sdk import WebClient

from bot.chart import HEIGHT_PX, WIDTH_PX
from bot.clock import FakeClock
from bot.slack import handle_truce, make_bolt_app
from bot.web import start
from tests.fakeslack import BOT_TOKEN, FakeSlack
from tests.test_exports import parse_ics
from tests.test_slack_bolt import (
    NOW,
    SECRET,
    SPECS,
    SlowStore,
    command_body,
    settings_for,
    signed,
    wait_for,
)
from tests.test_slack_bolt import store as store  # noqa: F401 - the fixture

pytestmark = pytest.mark.timeout(60)

CHANNEL = "C00000001"  # the channel_id of test_slack_bolt.command_body
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def fake():
    with FakeSlack(channels={"syria-desk": CHANNEL}) as f:
        yield f


@pytest.fixture
def clock():
    return FakeClock(NOW)


@pytest.fixture
def app(fake, store, clock):
    return make_bolt_app(settings_for(fake), store, clock)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def send(app, fake, text: str):
    body = command_body(fake, text)
    response = app.dispatch(BoltRequest(body=body, headers=signed(body)))
    assert response.status == 200 and response.body == ""  # acked, empty: the answer comes later
    return response


# ------------------------------------------------------------------- signed /truce NAME chart


def test_chart_command_uploads_a_png_to_the_channel(app, fake):
    send(app, fake, "alepo chart")  # fuzzy name + the chart suffix
    shared = wait_for(fake.shared_files)
    reply = wait_for(lambda: fake.responses and fake.responses[0])
    assert reply["response_type"] == "ephemeral" and "Aleppo" in reply["text"] and "timeline" in reply["text"]

    [upload] = shared
    assert upload["channel"] == CHANNEL
    assert png_size(upload["data"]) == (WIDTH_PX, HEIGHT_PX)
    assert upload["length"] == len(upload["data"])  # what files.getUploadURLExternal was told
    assert upload["filename"].endswith(".png") and "Aleppo" in upload["title"]
    assert "<@U00000001>" in upload["initial_comment"]
    # files_upload_v2's three steps, in order, with the bot token
    methods = [c.method for c in fake.calls]
    assert methods == ["files.getUploadURLExternal", "files.completeUploadExternal"]
    assert all(c.authorization == f"Bearer {BOT_TOKEN}" for c in fake.calls)
    # the channel shows the file
    [message] = fake.messages[CHANNEL]
    assert message["files"][0]["id"] == upload["id"]


def test_plain_status_uploads_nothing(app, fake):
    send(app, fake, "aleppo")
    reply = wait_for(lambda: fake.responses and fake.responses[0])
    assert reply["blocks"][0]["type"] == "header"
    assert fake.calls == [] and fake.files == {}


def test_unknown_name_with_chart_uploads_nothing(app, fake):
    send(app, fake, "atlantis chart")
    reply = wait_for(lambda: fake.responses and fake.responses[0])
    assert "No tracked truce" in reply["text"]
    assert fake.files == {}


@pytest.mark.parametrize(
    ("method", "error", "hint"),
    [
        ("files.completeUploadExternal", "not_in_channel", "/invite"),
        ("files.getUploadURLExternal", "missing_scope", "files:write"),
        ("files.completeUploadExternal", "internal_error", "try again"),
    ],
)
def test_a_refused_upload_is_told_to_the_user(app, fake, method, error, hint):
    fake.fail(method, error=error)
    send(app, fake, "aleppo chart")
    failure = wait_for(lambda: len(fake.responses) >= 2 and fake.responses[1])
    assert failure["response_type"] == "ephemeral" and hint in failure["text"]
    assert fake.shared_files() == []


def test_upload_url_failing_is_told_to_the_user(app, fake):
    fake.fail("upload", status=500)
    send(app, fake, "aleppo chart")
    failure = wait_for(lambda: len(fake.responses) >= 2 and fake.responses[1])
    assert "try again" in failure["text"]
    assert not fake.called("files.completeUploadExternal") and fake.shared_files() == []


class SlowChartStore(SlowStore):
    def truce(self, name):
        self.log.append("store.truce")
        return self.store.truce(name)


def test_ack_comes_first_then_answer_then_upload(store):
    order: list[str] = []
    ack = Mock(side_effect=lambda *a, **k: order.append("ack"))
    respond = Mock(side_effect=lambda *a, **k: order.append("respond"))
    client = Mock(spec=WebClient)
    client.files_upload_v2.side_effect = lambda **k: order.append("upload")
    handle_truce(ack, respond, {"text": "aleppo chart", "channel_id": CHANNEL, "user_id": "U1"},
                 store=SlowChartStore(store, order), clock=FakeClock(NOW), specs=SPECS, client=client)
    assert order[0] == "ack" and order.index("respond") < order.index("upload") == len(order) - 1
    kwargs = client.files_upload_v2.call_args.kwargs
    assert kwargs["channel"] == CHANNEL and kwargs["file"][:8] == PNG_SIGNATURE


# ------------------------------------------------------------------- HTTP mode


@pytest.fixture
def server(fake, store, clock):
    bolt = make_bolt_app(settings_for(fake), store, clock)
    srv = start(bolt, store=store, clock=clock, signing_secret=SECRET, host="127.0.0.1", port=0,
                specs=SPECS, warn_before=(6 * 3600.0, 3600.0))
    yield srv
    srv.stop()


def request(server, method: str, path: str, body: bytes | str = b"", headers: dict[str, str] | None = None):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    conn.request(method, path, body=body.encode() if isinstance(body, str) else body, headers=headers or {})
    response = conn.getresponse()
    payload = response.read()
    conn.close()
    return response, payload


def test_calendar_ics_over_http(server, store, clock):
    response, payload = request(server, "GET", "/calendar.ics")
    assert response.status == 200
    assert response.getheader("Content-Type") == "text/calendar; charset=utf-8"
    calendar = parse_ics(payload)
    [event] = calendar["VEVENT"]
    assert event["SUMMARY"] == "Aleppo truce ends" and event["DTSTART"] == "20160510T200500Z"
    assert [a["TRIGGER;RELATED=START"] for a in event["VALARM"]] == ["-PT6H", "-PT1H"]

    # polling clients: unchanged -> 304 without a body; after news -> the new calendar
    etag = response.getheader("ETag")
    response, payload = request(server, "GET", "/calendar.ics", headers={"If-None-Match": etag})
    assert response.status == 304 and payload == b""
    from bot import truces
    from bot.models import Event, Source

    later = NOW + timedelta(hours=2)
    ext = Event("Aleppo", "extended", NOW + timedelta(hours=54), "extended by 24 hours",
                Source("k2", link="https://news.example/2", publisher="Agency", published=later))
    store.commit([truces.apply(store.truce("Aleppo"), ext, later, channels=("#syria-desk",),
                               rules=truces.Rules())], later)
    clock.advance(timedelta(hours=2))
    response, payload = request(server, "GET", "/calendar.ics", headers={"If-None-Match": etag})
    assert response.status == 200
    statuses = sorted(e["STATUS"] for e in parse_ics(payload)["VEVENT"])
    assert statuses == ["CANCELLED", "CONFIRMED"]


def test_calendar_ics_methods(server):
    assert request(server, "POST", "/calendar.ics")[0].status == 405
    response, payload = request(server, "HEAD", "/calendar.ics")
    assert response.status == 200 and payload == b""


def test_chart_command_over_http(server, fake):
    body = command_body(fake, "aleppo chart")
    response, payload = request(server, "POST", "/slack/events", body, signed(body))
    assert response.status == 200 and payload == b""
    [upload] = wait_for(fake.shared_files)
    assert upload["channel"] == CHANNEL and upload["data"].startswith(PNG_SIGNATURE)
    assert json.loads(json.dumps(fake.responses[0]))["response_type"] == "ephemeral"
