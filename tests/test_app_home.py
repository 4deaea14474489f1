"""App Home watchlist (issue 9, item 7): ``app_home_opened`` publishes the user's watchlist —
the truces they watch, soonest deadline first, each with state, three clocks and Unwatch; the
other tracked truces with Watch — and the Watch / Unwatch buttons change it (per user, in
SQLite) and publish it again. The view is validated with slack_sdk's models; events and presses
go through signed requests and ``app.dispatch``; the fake Web API records ``views.publish``."""

from __future__ import annotations

import ast
import hashlib
import hmac
import json
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlencode

import pytest
from slack_bolt.request import BoltRequest
from slack_sdk.models.views import View

from bot import home
from bot.clock import FakeClock
from bot.config import BotSettings, Env, Settings
from bot.home import render_home
from bot.models import Truce, TruceSpec
from bot.slack import make_bolt_app
from bot.store import Store
from tests.fakeslack import BOT_TOKEN

NOW = datetime(2016, 5, 9, 14, 5, tzinfo=UTC)
SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
USER, OTHER = "U00000002", "U00000003"
SPECS = (
    TruceSpec("Aleppo", "Asia/Damascus", channels=("#syria-desk",)),
    TruceSpec("Gaza", "Asia/Gaza"),
    TruceSpec("Yemen", "Asia/Aden"),
)
ALEPPO = Truce("Aleppo", "Asia/Damascus", status="active", deadline=datetime(2016, 5, 11, 21, 0, tzinfo=UTC))
GAZA = Truce("Gaza", "Asia/Gaza", status="active", deadline=datetime(2016, 5, 9, 21, 0, tzinfo=UTC))
YEMEN = Truce("Yemen", "Asia/Aden")


def names(view, action):
    return [b["accessory"]["value"] for b in view["blocks"] if b.get("accessory", {}).get("action_id") == action]


# ------------------------------------------------------------------------ the view (pure)


def test_watched_truces_come_first_by_time_left_with_three_clocks():
    view = render_home([ALEPPO, GAZA, YEMEN], {"Aleppo", "Gaza"}, NOW)
    View(**view).validate_json()
    assert view["type"] == "home"
    assert names(view, home.UNWATCH) == ["Gaza", "Aleppo"] and names(view, home.WATCH) == ["Yemen"]
    (aleppo,) = [b for b in view["blocks"] if b.get("accessory", {}).get("value") == "Aleppo"]
    text = aleppo["text"]["text"]
    assert text.startswith("🕊️ *Aleppo* — in force\nends Wed 11 May 2016, 24:00 Damascus time · Wed 11 May 21:00 UTC · ")
    assert "<!date^1463000400^{date_short_pretty} {time}|Wed 11 May 21:00 UTC> your time · in 2 d 6 h" in text


def test_an_empty_watchlist_says_how_to_start():
    view = render_home([ALEPPO], set(), NOW)
    View(**view).validate_json()
    assert "You watch no truces yet" in json.dumps(view) and names(view, home.WATCH) == ["Aleppo"]


def test_passed_and_unknown_deadlines_sort_last_and_names_are_escaped():
    passed = Truce("<!channel>", "UTC", status="expired", deadline=NOW - timedelta(hours=1))
    view = render_home([YEMEN, passed, ALEPPO], {"Yemen", "<!channel>", "Aleppo"}, NOW)
    assert names(view, home.UNWATCH) == ["Aleppo", "<!channel>", "Yemen"]
    assert "*&lt;!channel&gt;*" in json.dumps(view)


def test_the_view_stays_within_slacks_100_blocks():
    many = [Truce(f"T{i:03d}") for i in range(150)]
    view = render_home(many, {"T001"}, NOW)
    View(**view).validate_json()
    assert len(view["blocks"]) == 100 and "more truces not shown" in json.dumps(view["blocks"][-1])


def test_home_is_pure():
    tree = ast.parse(Path(home.__file__).read_text())
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert imported <= {"__future__", "collections.abc", "datetime", "typing", "bot.clock", "bot.messages",
                        "bot.models"}


# ------------------------------------------------------------------------ signed requests


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "state.db")
    for truce in (ALEPPO, GAZA):
        s.save_truce(truce)
    yield s
    s.close()


@pytest.fixture
def app(fake, store):
    env = Env(slack_bot_token=BOT_TOKEN, slack_signing_secret=SECRET, slack_api_url=fake.url)
    settings = Settings(bot=BotSettings(admins=()), feeds=(), truces=SPECS, env=env, source="test")
    return make_bolt_app(settings, store, FakeClock(NOW))


def signed(body, ctype="application/x-www-form-urlencoded"):
    ts = str(int(time.time()))
    sig = "v0=" + hmac.new(SECRET.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"content-type": ctype, "x-slack-request-timestamp": ts, "x-slack-signature": sig}


def published(fake, n):
    end = time.monotonic() + 5
    while len(fake.views) < n and time.monotonic() < end:
        threading.Event().wait(0.01)
    assert len(fake.views) == n
    call = fake.views[-1]
    assert call["method"] == "views.publish"
    View(**call["view"]).validate_json()
    return call


def open_home(app, fake, user=USER, tab="home"):
    body = json.dumps({
        "token": "legacy", "team_id": "T00000001", "api_app_id": "A00000001", "type": "event_callback",
        "event_id": f"Ev{len(fake.views):06d}", "event_time": 1462802700,
        "event": {"type": "app_home_opened", "user": user, "channel": "D00000001", "tab": tab,
                  "event_ts": "1462802700.000100"},
    })
    response = app.dispatch(BoltRequest(body=body, headers=signed(body, "application/json")))
    assert response.status == 200


def press(app, fake, action_id, truce, user=USER):
    payload = {
        "type": "block_actions", "user": {"id": user, "team_id": "T00000001"}, "team": {"id": "T00000001"},
        "api_app_id": "A00000001", "token": "legacy", "trigger_id": "1.2.3",
        "container": {"type": "view", "view_id": "V00000001"}, "view": {"id": "V00000001", "type": "home"},
        "actions": [{"action_id": action_id, "block_id": "b", "type": "button", "value": truce,
                     "action_ts": "1462802701.1"}],
    }
    body = urlencode({"payload": json.dumps(payload)})
    assert app.dispatch(BoltRequest(body=body, headers=signed(body))).status == 200


def test_opening_home_publishes_the_watchlist(app, fake, store):
    store.set_watching(USER, "Aleppo", True, now=NOW)
    open_home(app, fake)
    call = published(fake, 1)
    assert call["user_id"] == USER
    assert names(call["view"], home.UNWATCH) == ["Aleppo"] and names(call["view"], home.WATCH) == ["Gaza", "Yemen"]


def test_watch_and_unwatch_are_per_user_and_republish(app, fake, store):
    press(app, fake, home.WATCH, "Gaza")
    call = published(fake, 1)
    assert names(call["view"], home.UNWATCH) == ["Gaza"] and call["user_id"] == USER
    press(app, fake, home.WATCH, "Aleppo")
    assert names(published(fake, 2)["view"], home.UNWATCH) == ["Gaza", "Aleppo"]  # by time left
    press(app, fake, home.UNWATCH, "Gaza")
    assert names(published(fake, 3)["view"], home.UNWATCH) == ["Aleppo"]
    assert store.watchlist(USER) == ["Aleppo"] and store.watchlist(OTHER) == []


def test_an_unknown_truce_is_not_watched(app, fake, store):
    press(app, fake, home.WATCH, "Atlantis")
    published(fake, 1)
    assert store.watchlist(USER) == []


def test_the_messages_tab_publishes_nothing(app, fake):
    open_home(app, fake, tab="messages")
    threading.Event().wait(0.2)
    assert fake.views == []
