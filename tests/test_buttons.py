"""Alert buttons (issue 9, item 3): Confirm / Wrong / Set deadline… under every alert that states a
deadline, and the Set deadline… modal. Rendered Block Kit is validated with slack_sdk's models;
presses and submissions go through signed ``block_actions`` / ``view_submission`` requests and
``app.dispatch``; the fake Web API records ``views.open`` and the ``response_url`` replies."""

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
from slack_sdk.models.views import View

from bot import messages, truces
from bot.clock import FakeClock
from bot.config import BotSettings, Env, Settings
from bot.messages import render_alert, render_set_modal
from bot.models import Event, Source, Truce, TruceSpec
from bot.slack import make_bolt_app
from bot.store import Store
from tests.fakeslack import BOT_TOKEN

NOW = datetime(2016, 5, 9, 14, 5, tzinfo=UTC)
SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
ADMIN, ANALYST = "U00000001", "U00000002"
SPECS = (TruceSpec("Aleppo", "Asia/Damascus", channels=("#syria-desk",)),)
D1 = datetime(2016, 5, 9, 21, 1, tzinfo=UTC)  # Tue 10 May 00:01 Damascus
D2 = datetime(2016, 5, 11, 21, 0, tzinfo=UTC)  # Wed 11 May 24:00 Damascus
RULES = truces.Rules()


def active():
    return Truce("Aleppo", "Asia/Damascus", status="active", deadline=D1, declared_at=NOW - timedelta(hours=5))


def extension():
    event = Event("Aleppo", "extended", D2, "extended to midnight on Wednesday",
                  Source("k1", "https://wire.example/1", "Wire", NOW - timedelta(minutes=5)))
    return truces.apply(active(), event, NOW, channels=("#syria-desk",), rules=RULES)


def validate(blocks):
    for block in blocks:
        Block.parse(block).validate_json()


# ------------------------------------------------------------------------ rendering (pure)


def test_an_alert_with_a_deadline_carries_the_three_buttons():
    (alert,) = extension().alerts
    msg = render_alert(alert, NOW, buttons=True)
    validate(msg.blocks)
    actions = msg.blocks[-1]
    assert actions["type"] == "actions"
    assert [e["action_id"] for e in actions["elements"]] == ["truce_confirm", "truce_wrong", "truce_set"]
    assert {json.dumps(json.loads(e["value"]), sort_keys=True) for e in actions["elements"]} == {
        json.dumps({"key": alert.dedup_key, "truce": "Aleppo"}, sort_keys=True)}
    assert render_alert(alert, NOW).blocks == msg.blocks[:-1]  # without buttons: as before
    assert messages.render_alert_with_buttons(alert, NOW) == msg


@pytest.mark.parametrize("kind", ["violation", "collapsed", "stale"])
def test_alerts_without_a_deadline_to_judge_have_no_buttons(kind):
    (alert,) = extension().alerts
    from dataclasses import replace

    other = replace(alert, kind=kind)
    assert all(b["type"] != "actions" for b in render_alert(other, NOW, buttons=True).blocks)


def test_a_held_claim_has_no_buttons():
    (alert,) = extension().alerts
    from dataclasses import replace

    held = replace(alert, payload={**alert.payload, "held_for_sources": True})
    assert all(b["type"] != "actions" for b in render_alert(held, NOW, buttons=True).blocks)


def test_the_modal_explains_the_zones_and_validates():
    view = render_set_modal(active(), NOW, metadata='{"truce": "Aleppo"}')
    View(**view).validate_json()
    text = json.dumps(view, ensure_ascii=False)
    assert "The picker shows *your* Slack time zone" in text and "Damascus time (Asia/Damascus)" in text
    assert "Current deadline: *Tue 10 May 2016, 00:01 Damascus time* = Mon 9 May 2016 21:01 UTC" in text
    picker = view["blocks"][1]["element"]
    assert picker == {"type": "datetimepicker", "action_id": "deadline", "initial_date_time": int(D1.timestamp())}


# ------------------------------------------------------------------------ signed requests


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "state.db")
    s.save_truce(active())
    s.commit([extension()], NOW)
    yield s
    s.close()


@pytest.fixture
def app(fake, store):
    env = Env(slack_bot_token=BOT_TOKEN, slack_signing_secret=SECRET, slack_api_url=fake.url)
    settings = Settings(bot=BotSettings(admins=(ADMIN,)), feeds=(), truces=SPECS, env=env, source="test")
    return make_bolt_app(settings, store, FakeClock(NOW))


@pytest.fixture
def key(store):
    return store.alerts()[0]["dedup_key"]


def signed(body):
    ts = str(int(time.time()))
    sig = "v0=" + hmac.new(SECRET.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"content-type": "application/x-www-form-urlencoded", "x-slack-request-timestamp": ts,
            "x-slack-signature": sig}


def wait_for(condition):
    end = time.monotonic() + 5
    while not condition() and time.monotonic() < end:
        threading.Event().wait(0.01)
    assert condition()


def press(app, fake, action_id, key, *, user=ADMIN, truce="Aleppo"):
    """A signed block_actions request for a button on an alert; returns the ephemeral reply."""
    n = len(fake.responses) + 1
    payload = {
        "type": "block_actions", "user": {"id": user, "username": "analyst", "team_id": "T00000001"},
        "api_app_id": "A00000001", "token": "legacy", "team": {"id": "T00000001", "domain": "fake"},
        "container": {"type": "message", "message_ts": "1462802700.000100", "channel_id": "C00000001"},
        "channel": {"id": "C00000001", "name": "syria-desk"}, "trigger_id": "1.2.3",
        "message": {"ts": "1462802700.000100", "text": "alert"}, "response_url": fake.response_url(n),
        "actions": [{"action_id": action_id, "block_id": "truce_feedback", "type": "button",
                     "value": json.dumps({"truce": truce, "key": key}), "action_ts": "1462802701.1"}],
    }
    body = urlencode({"payload": json.dumps(payload)})
    response = app.dispatch(BoltRequest(body=body, headers=signed(body)))
    assert response.status == 200
    if action_id == "truce_set" and user == ADMIN:
        return None
    wait_for(lambda: len(fake.responses) >= n)
    reply = fake.responses[n - 1]
    assert reply["response_type"] == "ephemeral"
    return reply


def submit(app, fake, picked, *, user=ADMIN, key="k"):
    n = len(fake.responses) + 1
    meta = json.dumps({"truce": "Aleppo", "key": key, "response_url": fake.response_url(n)})
    value = {"type": "datetimepicker", "selected_date_time": picked}
    payload = {
        "type": "view_submission", "team": {"id": "T00000001", "domain": "fake"}, "api_app_id": "A00000001",
        "user": {"id": user, "username": "analyst", "team_id": "T00000001"}, "token": "legacy",
        "trigger_id": "1.2.4",
        "view": {"id": "V00000001", "type": "modal", "callback_id": "truce_set_modal", "private_metadata": meta,
                 "state": {"values": {"deadline": {"deadline": value}}}},
    }
    body = urlencode({"payload": json.dumps(payload)})
    return app.dispatch(BoltRequest(body=body, headers=signed(body))), n


def test_anyone_may_confirm_and_it_is_audited(app, fake, store, key):
    reply = press(app, fake, "truce_confirm", key, user=ANALYST)
    assert "confirmation of this *Aleppo* alert is on record" in reply["text"]
    assert reply["replace_original"] in (False, "false", "False")
    (row,) = store.feedback("Aleppo")
    assert {k: row[k] for k in ("truce", "alert_key", "action", "user_id", "at")} == {
        "truce": "Aleppo", "alert_key": key, "action": "confirm", "user_id": ANALYST,
        "at": "2016-05-09T14:05:00.000000Z"}
    assert store.truce("Aleppo").deadline == D2


@pytest.mark.parametrize("action_id", ["truce_wrong", "truce_set"])
def test_only_admins_may_mark_wrong_or_set(app, fake, store, key, action_id):
    reply = press(app, fake, action_id, key, user=ANALYST)
    assert "Only admins" in reply["text"]
    assert store.feedback() == [] and store.corrections() == [] and fake.views == []
    assert store.truce("Aleppo").deadline == D2


def test_wrong_reverts_to_the_previous_deadline_and_says_so_in_the_thread(app, fake, store, key):
    reply = press(app, fake, "truce_wrong", key)
    assert reply["text"] == ("❌ Reverted the *Aleppo* deadline to Tue 10 May 2016, 00:01 Damascus time (21:01 UTC) "
                             "(was Wed 11 May 2016, 24:00 Damascus time (21:00 UTC)); a note is in the truce's thread.")
    truce = store.truce("Aleppo")
    assert (truce.deadline, truce.correction["by"]) == (D1, ADMIN)
    (audit,) = store.corrections("Aleppo")
    assert (audit["user_id"], audit["old_deadline"], audit["new_deadline"], audit["command"]) == (
        ADMIN, "2016-05-11T21:00:00.000000Z", "2016-05-09T21:01:00.000000Z", f"wrong {key}")
    (fb,) = store.feedback("Aleppo")
    assert (fb["action"], fb["detail"]) == ("wrong", "reverted 2016-05-11T21:00:00Z -> 2016-05-09T21:01:00Z")
    (note,) = [a for a in store.alerts() if a["kind"] == "corrected"]
    alert = store.alert_by_key(note["dedup_key"])
    assert alert.payload["reverted"] is True and alert.payload["wrong_alert"] == key
    shown = render_alert(alert, NOW, buttons=True)
    assert shown.text.startswith(f"✏️ Aleppo truce deadline reverted by hand — a report was marked wrong by <@{ADMIN}>")
    validate(shown.blocks)


def test_wrong_on_an_alert_no_longer_in_force_changes_nothing(app, fake, store, key):
    press(app, fake, "truce_wrong", key)  # back to D1
    reply = press(app, fake, "truce_wrong", key)  # the same alert again: its deadline is not in force
    assert "no longer the one in force" in reply["text"] and "nothing was reverted" in reply["text"]
    assert len(store.corrections()) == 1 and [r["action"] for r in store.feedback()] == ["wrong", "wrong"]


def test_set_opens_the_modal_and_its_submission_corrects_with_audit(app, fake, store, key):
    press(app, fake, "truce_set", key)
    wait_for(lambda: fake.views)
    (opened,) = fake.views
    assert opened["method"] == "views.open" and opened["trigger_id"] == "1.2.3"
    View(**opened["view"]).validate_json()
    assert json.loads(opened["view"]["private_metadata"])["key"] == key

    new = datetime(2016, 5, 12, 15, 0, tzinfo=UTC)  # Thu 12 May 18:00 Damascus
    response, n = submit(app, fake, int(new.timestamp()), key=key)
    assert response.status == 200 and response.body == ""
    wait_for(lambda: len(fake.responses) >= n)
    assert fake.responses[n - 1]["text"] == ("✏️ The *Aleppo* deadline is now Thu 12 May 2016, 18:00 Damascus time "
                                             "(15:00 UTC); a note is in the truce's thread.")
    assert store.truce("Aleppo").deadline == new
    (audit,) = store.corrections("Aleppo")
    assert (audit["old_deadline"], audit["new_deadline"], audit["command"]) == (
        "2016-05-11T21:00:00.000000Z", "2016-05-12T15:00:00.000000Z", f"set (button) {key}")
    (fb,) = store.feedback("Aleppo")
    assert (fb["action"], fb["user_id"], fb["detail"]) == ("set", ADMIN, "2016-05-12T15:00:00Z")


@pytest.mark.parametrize(
    ("picked", "user", "error"),
    [
        (int((NOW - timedelta(hours=1)).timestamp()), ADMIN, "That moment has passed"),
        (None, ADMIN, "Pick a date and a time."),
        (int((NOW + timedelta(days=1)).timestamp()), ANALYST, "Only admins may set a deadline."),
    ],
    ids=["past", "empty", "not-admin"],
)
def test_a_bad_submission_keeps_the_modal_open_with_an_error(app, fake, store, picked, user, error):
    response, _ = submit(app, fake, picked, user=user)
    body = json.loads(response.body)
    assert body["response_action"] == "errors" and body["errors"]["deadline"].startswith(error)
    assert store.truce("Aleppo").deadline == D2 and store.corrections() == []


def test_a_malformed_press_gets_an_apology(app, fake, store):
    n = len(fake.responses) + 1
    payload = {"type": "block_actions", "user": {"id": ADMIN}, "team": {"id": "T00000001"}, "api_app_id": "A1",
               "token": "legacy", "response_url": fake.response_url(n), "trigger_id": "1.2.3",
               "actions": [{"action_id": "truce_confirm", "block_id": "b", "type": "button", "value": "not json"}]}
    body = urlencode({"payload": json.dumps(payload)})
    assert app.dispatch(BoltRequest(body=body, headers=signed(body))).status == 200
    wait_for(lambda: len(fake.responses) >= n)
    assert "could not tell which alert" in fake.responses[n - 1]["text"] and store.feedback() == []


def test_wrong_with_no_earlier_deadline_is_noted_and_points_to_set(tmp_path, fake):
    store = Store(tmp_path / "fresh.db")
    declared = Event("Aleppo", "declared", D2, "a truce until midnight on Wednesday",
                     Source("k0", "https://wire.example/0", "Wire", NOW - timedelta(minutes=5)))
    store.commit([truces.apply(Truce("Aleppo", "Asia/Damascus"), declared, NOW, channels=("#syria-desk",),
                               rules=RULES)], NOW)
    env = Env(slack_bot_token=BOT_TOKEN, slack_signing_secret=SECRET, slack_api_url=fake.url)
    settings = Settings(bot=BotSettings(admins=(ADMIN,)), feeds=(), truces=SPECS, env=env, source="test")
    app = make_bolt_app(settings, store, FakeClock(NOW))
    reply = press(app, fake, "truce_wrong", store.alerts()[0]["dedup_key"])
    assert "no earlier *Aleppo* deadline to go back to" in reply["text"] and "Set deadline…" in reply["text"]
    assert store.corrections() == [] and store.truce("Aleppo").deadline == D2
    assert [(r["action"], r["detail"]) for r in store.feedback()] == [("wrong", "no previous deadline")]
    store.close()
