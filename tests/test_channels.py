"""bot/channels.py: which channels get which alerts (config, follow, unfollow, snooze), and the
pipeline routing through it on a fake clock (issue 9, item 4)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot import channels, config, pipeline
from bot.clock import FakeClock
from bot.messages import render_alert
from bot.models import Alert, FeedItem, Subscription, TruceSpec
from bot.store import Store
from tests.stories import SEED_EXTENSION

T0 = datetime(2016, 5, 9, 14, 10, tzinfo=UTC)
LATER = T0 + timedelta(hours=12)
EXTENSION = SEED_EXTENSION
NEW_DEADLINE = datetime(2016, 5, 11, 21, 0, tzinfo=UTC)


def sub(channel, following=None, until=None, truce="Aleppo"):
    return Subscription(truce, channel, following, until)


# ------------------------------------------------------------------------- routes_for (pure)


@pytest.mark.parametrize(
    ("configured", "subs", "expected"),
    [
        pytest.param(("#syria",), [], ["#syria"], id="config-is-the-default"),
        pytest.param(("#syria",), [sub("#ops", True)], ["#syria", "#ops"], id="follow-adds"),
        pytest.param(("#syria",), [sub("#syria", False)], [], id="unfollow-removes-config"),
        pytest.param(("#syria",), [sub("#syria", True)], ["#syria"], id="follow-config-channel-once"),
        pytest.param(("#a", "#b"), [sub("#a", False), sub("#c", True), sub("#d", None)], ["#b", "#c"],
                     id="snooze-row-alone-is-no-follow"),
        pytest.param(("#syria",), [sub("#ops", True, truce="Gaza")], ["#syria"], id="other-truce-ignored"),
        pytest.param(("#syria",), [sub("#ops", True, truce="ALEPPO")], ["#syria", "#ops"], id="name-case-folded"),
    ],
)
def test_routes_for(configured, subs, expected):
    assert channels.channel_names(channels.routes_for("Aleppo", configured, subs)) == tuple(expected)


def alert(kind, channel="#syria"):
    return Alert(f"Aleppo|{channel}|{kind}|x", "Aleppo", channel, kind, T0, T0, {"truce": "Aleppo"})


@pytest.mark.parametrize(
    ("kind", "snoozed_until", "kept", "marked"),
    [
        ("extended", LATER, False, False),
        ("warning", LATER, False, False),
        ("violation", LATER, False, False),
        ("stale", LATER, False, False),
        ("expired", LATER, True, True),
        ("collapsed", LATER, True, True),
        ("extended", T0, True, False),  # the snooze ended at T0
        ("extended", None, True, False),
    ],
)
def test_route_applies_snoozes(kind, snoozed_until, kept, marked):
    routes = channels.routes_for("Aleppo", ("#syria",), [sub("#syria", None, snoozed_until)])
    out = channels.route([alert(kind)], routes, T0)
    assert bool(out) is kept
    if out:
        assert out[0].payload.get("snoozed", False) is marked


def test_route_passes_alerts_for_channels_it_does_not_know():
    ops = alert("ops", channel="#truce-ops")
    assert channels.route([ops], channels.routes_for("Aleppo", ("#syria",), []), T0) == (ops,)


def test_a_snoozed_alert_says_so():
    marked = channels.route([alert("expired")], channels.routes_for("Aleppo", ("#syria",), [sub("#syria", None, LATER)]), T0)
    assert "(snoozed)" in render_alert(marked[0], T0).text.split("\n")[0]


@pytest.mark.parametrize(
    ("channel_id", "name", "known", "expected"),
    [
        ("C0SYRIA1", "syria-desk", [("#syria-desk", None)], "#syria-desk"),
        ("C0SYRIA1", "renamed", [("#syria-desk", "C0SYRIA1")], "#syria-desk"),
        ("C0SYRIA1", "syria-desk", [("C0SYRIA1", None)], "C0SYRIA1"),
        ("C0NEW001", "newdesk", [("#syria-desk", "C0SYRIA1")], "C0NEW001"),
        ("", "newdesk", [], "#newdesk"),
    ],
)
def test_resolve_channel(channel_id, name, known, expected):
    assert channels.resolve_channel(channel_id, name, known) == expected


def test_all_specs_config_wins_a_name_clash():
    config_spec = TruceSpec("Aleppo", "Asia/Damascus", aliases=("Halab",))
    tracked = [TruceSpec("halab", "UTC"), TruceSpec("Idlib", "Asia/Damascus")]
    assert [s.name for s in channels.all_specs((config_spec,), tracked)] == ["Aleppo", "Idlib"]


@pytest.mark.parametrize(("text", "hours"), [("12h", 12), ("90m", 1.5), ("2d", 48), ("1d12h", 36)])
def test_parse_span(text, hours):
    assert channels.parse_span(text) == timedelta(hours=hours)


@pytest.mark.parametrize("text", ["", "12", "h", "31d", "0m", "12x", "-1h"])
def test_parse_span_refuses(text):
    with pytest.raises(ValueError):
        channels.parse_span(text)


def test_parse_local_refuses_a_time_lost_to_dst():
    assert channels.parse_local("2026-12-01", "18:00", "Asia/Damascus") == datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
    with pytest.raises(ValueError, match="does not exist"):
        channels.parse_local("2026-03-29", "02:30", "Europe/Berlin")


# ------------------------------------------------------------------------- through the pipeline


@pytest.fixture
def world(tmp_path):
    path = tmp_path / "bot.toml"
    path.write_text(
        '[bot]\nwarn_before = ["6h", "1h"]\n'
        '[[truces]]\nname = "Aleppo"\naliases = ["Aleppo province"]\ntimezone = "Asia/Damascus"\n'
        'channels = ["#syria"]\n'
    )
    settings = config.load(path, {"TRUCE_BOT_STATE": str(tmp_path / "state.db")})
    store = Store(settings.env.state_path)
    yield settings, store, FakeClock(T0)
    store.close()


def channels_of(alerts):
    return sorted((a.channel, a.kind) for a in alerts)


def test_follow_and_unfollow_change_where_the_extension_goes(world):
    settings, store, clock = world
    store.set_following("Aleppo", "#ops", True, user="U1", now=T0)
    store.set_following("Aleppo", "#syria", False, user="U1", now=T0)
    _, alerts = pipeline.process_item(settings, store, EXTENSION, clock.now())
    assert channels_of(alerts) == [("#ops", "extended")]


def test_snoozed_channel_gets_only_the_expiry_marked(world):
    settings, store, clock = world
    store.set_following("Aleppo", "#ops", True, user="U1", now=T0)
    store.set_snooze("Aleppo", "#ops", NEW_DEADLINE + timedelta(hours=1), user="U1", now=T0)
    _, alerts = pipeline.process_item(settings, store, EXTENSION, clock.now())
    assert channels_of(alerts) == [("#syria", "extended")]
    clock.set(NEW_DEADLINE - timedelta(hours=1))
    assert channels_of(pipeline.sweep(settings, store, clock.now())) == [("#syria", "warning")]
    clock.set(NEW_DEADLINE)
    expired = pipeline.sweep(settings, store, clock.now())
    assert channels_of(expired) == [("#ops", "expired"), ("#syria", "expired")]
    assert {a.channel: a.payload.get("snoozed", False) for a in expired} == {"#ops": True, "#syria": False}


def test_unsnooze_restores_everything(world):
    settings, store, clock = world
    store.set_snooze("Aleppo", "#syria", T0 + timedelta(days=3), user="U1", now=T0)
    store.set_snooze("Aleppo", "#syria", None, user="U1", now=T0)
    _, alerts = pipeline.process_item(settings, store, EXTENSION, clock.now())
    assert channels_of(alerts) == [("#syria", "extended")]


def test_a_truce_tracked_at_runtime_joins_extraction_and_routing(world):
    settings, store, clock = world
    spec = TruceSpec("Eastern Ghouta", "Asia/Damascus", aliases=("Ghouta",), channels=("#ghouta",))
    from bot.truces import new_truce

    assert store.track(spec, new_truce(spec), user="U1", now=T0) is True
    assert store.track(spec, new_truce(spec), user="U1", now=T0) is False  # once
    item = FeedItem(
        key="ghouta-1",
        title="Truce declared in Eastern Ghouta",
        summary="A truce was declared in Eastern Ghouta on Monday, to last until midnight on Wednesday.",
        link="https://news.example/ghouta-1",
        published=T0,
        publisher="Test Wire",
    )
    events, alerts = pipeline.process_item(settings, store, item, clock.now())
    assert any(e.truce == "Eastern Ghouta" for e in events)
    assert {a.channel for a in alerts} == {"#ghouta"}
    assert [s.name for s in pipeline.specs_of(settings, store)] == ["Aleppo", "Eastern Ghouta"]


@pytest.mark.parametrize("module", ["channels.py", "digest.py"])
def test_the_new_modules_are_pure(module):
    """bot/channels.py and bot/digest.py belong to the pure core (tests/test_layering.py's rules)."""
    from tests.test_layering import BOT, EDGE_LIBRARIES, EDGE_MODULES, _imports

    bad = {n for n in _imports(BOT / module) if n.split(".")[0] in EDGE_LIBRARIES or n in EDGE_MODULES}
    assert not bad
    source = (BOT / module).read_text()
    assert "datetime.now(" not in source and "time.time(" not in source
