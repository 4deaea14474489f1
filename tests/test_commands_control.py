"""Control commands (issue 9, items 4 and 3): ``/truce follow|unfollow|snooze|unsnooze|track|set
|digest``. ``commands.answer`` stays pure and returns an intent (``Reply.action``); the Bolt handler
has ``pipeline.perform`` carry it out against SQLite, then responds. Tested as a pure table,
through signed requests with ``app.dispatch``, and for the human correction's rules."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

import pytest
from slack_bolt.request import BoltRequest
from slack_sdk.models.blocks import Block

from bot import commands, pipeline, truces
from bot.clock import FakeClock
from bot.config import BotSettings, Env, Settings
from bot.messages import render_status
from bot.models import Event, Source, Truce, TruceSpec
from bot.slack import make_bolt_app
from bot.store import Store
from tests.fakeslack import BOT_TOKEN

NOW = datetime(2016, 5, 9, 14, 5, tzinfo=UTC)
SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
ADMIN, ANALYST = "U00000001", "U00000002"
SPECS = (
    TruceSpec("Aleppo", "Asia/Damascus", aliases=("Halab",), channels=("#syria-desk",)),
    TruceSpec("Gaza", "Asia/Gaza"),
)


def answer(text, *, user=ADMIN, channel="#syria-desk", truces_=()):
    return commands.answer(text, truces_, SPECS, NOW, events_for=lambda name: [], user=user, channel=channel,
                           admins=(ADMIN,))


# ------------------------------------------------------------------- the grammar (pure)


@pytest.mark.parametrize(
    ("text", "user", "verb", "truce", "kind"),
    [
        ("follow gaza", ANALYST, "follow", "Gaza", "in_channel"),
        ("FOLLOW  Gaza ceasefire", ANALYST, "follow", "Gaza", "in_channel"),
        ("unfollow halab", ANALYST, "unfollow", "Aleppo", "in_channel"),
        ("snooze aleppo 12h", ANALYST, "snooze", "Aleppo", "in_channel"),
        ("unsnooze alepo", ANALYST, "unsnooze", "Aleppo", "in_channel"),
        ("digest 08:00 Europe/Berlin", ANALYST, "digest", "", "in_channel"),
        ("digest off", ANALYST, "digest", "", "in_channel"),
        ("track Idlib tz=Asia/Damascus aliases=Idleb, Idlib province", ADMIN, "track", "Idlib", "in_channel"),
        ("set aleppo 2016-05-12 18:00", ADMIN, "set", "Aleppo", "in_channel"),
        ("set Aleppo 2016-05-12 18:00 UTC", ADMIN, "set", "Aleppo", "in_channel"),
        # refusals: no action, an ephemeral line
        ("track Idlib tz=Asia/Damascus", ANALYST, None, None, "ephemeral"),
        ("set aleppo 2016-05-12 18:00", ANALYST, None, None, "ephemeral"),
        ("set aleppo 2016-05-01 18:00", ADMIN, None, None, "ephemeral"),  # in the past
        ("set aleppo 12 May 18:00", ADMIN, None, None, "ephemeral"),
        ("snooze aleppo", ANALYST, None, None, "ephemeral"),
        ("snooze aleppo forever", ANALYST, None, None, "ephemeral"),
        ("follow atlantis", ANALYST, None, None, "ephemeral"),
        ("digest 8pm", ANALYST, None, None, "ephemeral"),
        ("digest 08:00 Mars/Olympus", ANALYST, None, None, "ephemeral"),
        ("track Halab tz=UTC", ADMIN, None, None, "ephemeral"),  # an alias of Aleppo already
        ("track Idlib tz=Asia/Damaskus", ADMIN, None, None, "ephemeral"),
    ],
)
def test_control_grammar(text, user, verb, truce, kind):
    reply = answer(text, user=user)
    assert reply.response_type == kind
    assert (reply.action.verb if reply.action else None) == verb
    if verb:
        assert reply.action.truce == truce and reply.action.channel == "#syria-desk" and reply.action.user == user
    for block in reply.message.blocks:
        Block.parse(block).validate_json()


def test_action_details():
    assert answer("snooze aleppo 12h").action.until == NOW + timedelta(hours=12)
    assert answer("set aleppo 2016-05-12 18:00").action.deadline == datetime(2016, 5, 12, 15, 0, tzinfo=UTC)
    assert answer("set aleppo 2016-05-12 18:00 UTC").action.deadline == datetime(2016, 5, 12, 18, 0, tzinfo=UTC)
    digest = answer("digest 8:00 europe/berlin").action
    assert (digest.at, digest.timezone) == ("08:00", "Europe/Berlin")
    assert answer("digest off").action.at is None
    spec = answer("track Idlib tz=asia/damascus aliases=Idleb, Idlib province").action.spec
    assert spec == TruceSpec("Idlib", "Asia/Damascus", aliases=("Idleb", "Idlib province"), channels=("#syria-desk",))


def test_without_a_channel_nothing_changes():
    reply = answer("follow gaza", channel="")
    assert reply.action is None and "which channel" in reply.message.text


def test_user_text_is_escaped_in_refusals():
    reply = answer("track <!channel> tz=Nowhere/<!here>", user=ADMIN)
    assert "<!channel>" not in json.dumps(reply.message.blocks) and "<!here>" not in reply.message.text


def test_a_truce_named_like_a_verb_is_still_found_by_name():
    specs = (TruceSpec("Set"),)
    reply = commands.answer("set", (), specs, NOW, events_for=lambda n: [], channel="#x")
    assert reply.action is None and "Set truce" in reply.message.text


# ------------------------------------------------------------------- the human correction (pure)


D1 = datetime(2016, 5, 9, 21, 1, tzinfo=UTC)
D2 = datetime(2016, 5, 11, 21, 0, tzinfo=UTC)
SET = datetime(2016, 5, 12, 15, 0, tzinfo=UTC)
RULES = truces.Rules()


def active():
    return Truce("Aleppo", "Asia/Damascus", status="active", deadline=D1, declared_at=NOW - timedelta(hours=5))


def corrected():
    return truces.correct(active(), SET, NOW, by=ADMIN, channels=("#syria-desk",), rules=RULES)


def test_correct_moves_the_deadline_and_notes_the_thread():
    t = corrected()
    assert (t.truce.deadline, t.truce.previous_deadline, t.truce.status) == (SET, D1, "active")
    assert t.truce.correction == {"by": ADMIN, "at": "2016-05-09T14:05:00Z", "old": "2016-05-09T21:01:00Z",
                                  "new": "2016-05-12T15:00:00Z"}
    (note,) = t.alerts
    assert note.kind == "corrected" and note.payload["corrected_by"] == ADMIN
    assert truces.next_wakeup(t.truce, RULES) == SET - timedelta(hours=6)


def report(kind, deadline, published):
    return Event("Aleppo", kind, deadline, "words", Source(f"k-{published:%H%M}", "https://x.org/1", "Wire", published))


@pytest.mark.parametrize(
    ("event", "overrides", "deadline_after"),
    [
        pytest.param(report("extended", D2, NOW - timedelta(hours=1)), True, SET, id="older-extension-ignored"),
        pytest.param(report("expired", None, NOW - timedelta(minutes=1)), True, SET, id="older-expiry-ignored"),
        pytest.param(report("extended", SET + timedelta(days=1), NOW + timedelta(hours=1)), False,
                     SET + timedelta(days=1), id="newer-extension-lifts-it"),
        pytest.param(report("extended", D2, NOW + timedelta(hours=1)), True, SET,
                     id="newer-but-earlier-deadline-keeps-it"),
    ],
)
def test_a_correction_overrides_extraction_until_newer_news(event, overrides, deadline_after):
    t = truces.apply(corrected().truce, event, NOW + timedelta(hours=2), channels=("#syria-desk",), rules=RULES)
    assert t.truce.deadline == deadline_after
    assert (t.truce.correction is not None) is overrides


def test_newer_collapse_report_lifts_the_correction():
    t = truces.apply(corrected().truce, report("collapsed", None, NOW + timedelta(hours=1)), NOW + timedelta(hours=2),
                     channels=("#syria-desk",), rules=RULES)
    assert t.truce.status == "collapsed" and t.truce.correction is None


def test_status_card_shows_the_correction():
    card = render_status(corrected().truce, [], NOW)
    assert f"✏️ Deadline set by hand by <@{ADMIN}> on Mon 9 May 2016 14:05 UTC (was Tue 10 May 00:01 Damascus)" in card.text
    assert "overrides reports until newer news" in json.dumps(card.blocks)


# ------------------------------------------------------------------- signed requests through Bolt


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "state.db")
    s.save_truce(active())
    yield s
    s.close()


def settings_for(fake):
    env = Env(slack_bot_token=BOT_TOKEN, slack_signing_secret=SECRET, slack_api_url=fake.url)
    return Settings(bot=BotSettings(admins=(ADMIN,)), feeds=(), truces=SPECS, env=env, source="test")


@pytest.fixture
def clock():
    return FakeClock(NOW)


@pytest.fixture
def app(fake, store, clock):
    return make_bolt_app(settings_for(fake), store, clock)


def signed(body):
    ts = str(int(time.time()))
    sig = "v0=" + hmac.new(SECRET.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"content-type": "application/x-www-form-urlencoded", "x-slack-request-timestamp": ts,
            "x-slack-signature": sig}


def dispatch(app, fake, text, *, user=ADMIN, channel_id="C00000001", channel_name="syria-desk"):
    n = len(fake.responses) + 1
    body = urlencode({
        "token": "legacy", "team_id": "T00000001", "team_domain": "fake", "channel_id": channel_id,
        "channel_name": channel_name, "user_id": user, "user_name": "analyst", "command": "/truce",
        "text": text, "api_app_id": "A00000001", "response_url": fake.response_url(n), "trigger_id": "1.2.3",
    })
    response = app.dispatch(BoltRequest(body=body, headers=signed(body)))
    assert response.status == 200 and response.body == ""  # acked first, answered through response_url
    end = time.monotonic() + 5
    while len(fake.responses) < n and time.monotonic() < end:
        threading.Event().wait(0.01)
    return fake.responses[n - 1]


def test_follow_and_unfollow_from_a_configured_channel_use_its_configured_name(app, fake, store):
    reply = dispatch(app, fake, "unfollow aleppo", user=ANALYST)
    assert reply["response_type"] == "in_channel" and "no longer gets *Aleppo*" in reply["text"]
    (row,) = store.subscriptions()
    assert (row.truce, row.channel, row.following) == ("Aleppo", "#syria-desk", False)
    dispatch(app, fake, "follow gaza", user=ANALYST, channel_id="C0NEWDESK", channel_name="new-desk")
    assert [(s.truce, s.channel, s.following) for s in store.subscriptions()][-1] == ("Gaza", "C0NEWDESK", True)


def test_snooze_then_unsnooze(app, fake, store, clock):
    reply = dispatch(app, fake, "snooze aleppo 12h", user=ANALYST)
    assert "only expiry and collapse break through" in reply["text"]
    assert store.subscriptions()[0].snoozed_until == NOW + timedelta(hours=12)
    dispatch(app, fake, "unsnooze aleppo", user=ANALYST)
    assert store.subscriptions()[0].snoozed_until is None


def test_track_by_an_admin_adds_a_truce_that_status_then_finds(app, fake, store):
    reply = dispatch(app, fake, "track Idlib tz=Asia/Damascus aliases=Idleb")
    assert "Now tracking *Idlib*" in reply["text"]
    assert store.tracked_specs() == [TruceSpec("Idlib", "Asia/Damascus", ("Idleb",), ("#syria-desk",))]
    assert store.truce("Idlib").status == "unknown"
    status = dispatch(app, fake, "idleb")
    assert "Idlib truce" in status["text"]
    again = dispatch(app, fake, "track Idlib tz=UTC")
    assert again["response_type"] == "ephemeral" and "already" in again["text"]


def test_track_and_set_are_for_admins_only(app, fake, store):
    for text in ("track Idlib tz=UTC", "set aleppo 2016-05-12 18:00"):
        reply = dispatch(app, fake, text, user=ANALYST)
        assert reply["response_type"] == "ephemeral" and "Only admins" in reply["text"]
    assert store.tracked_specs() == [] and store.corrections() == []


def test_set_is_audited_shown_on_the_card_and_noted_in_the_thread(app, fake, store):
    reply = dispatch(app, fake, "set aleppo 2016-05-12 18:00")
    assert "deadline set to Thu 12 May 2016, 18:00 (Asia/Damascus)" in reply["text"]
    (audit,) = store.corrections("Aleppo")
    assert {k: audit[k] for k in ("truce", "user_id", "at", "old_deadline", "new_deadline")} == {
        "truce": "Aleppo", "user_id": ADMIN, "at": "2016-05-09T14:05:00.000000Z",
        "old_deadline": "2016-05-09T21:01:00.000000Z", "new_deadline": "2016-05-12T15:00:00.000000Z",
    }
    assert store.truce("Aleppo").deadline == SET
    (note,) = [a for a in store.alerts() if a["kind"] == "corrected"]
    assert note["channel"] == "#syria-desk"
    card = dispatch(app, fake, "aleppo")
    assert "Deadline set by hand by" in card["text"]


def test_digest_command_stores_the_channel_time(app, fake, store):
    dispatch(app, fake, "digest 07:30 Europe/Berlin", user=ANALYST)
    assert store.digest_times() == {"#syria-desk": ("07:30", "Europe/Berlin")}
    dispatch(app, fake, "digest off", user=ANALYST)
    assert store.digest_times() == {"#syria-desk": (None, None)}


def test_perform_refuses_a_clashing_track(tmp_path, fake):
    store = Store(tmp_path / "s.db")
    settings = settings_for(fake)
    action = answer("track Idlib tz=UTC").action
    assert pipeline.perform(settings, store, action, NOW) is None
    assert "tracked already" in pipeline.perform(settings, store, action, NOW)
    store.close()
