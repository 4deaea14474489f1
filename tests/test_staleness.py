"""Staleness (issue 9, item 5): "no source has mentioned the Aleppo truce for 48 h" into the
truce's thread, once per episode, only for active truces — decided by ``truces.stale`` (pure)
and committed by ``pipeline.sweep`` on a fake clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot import config, pipeline, truces
from bot.clock import FakeClock
from bot.messages import render_alert
from bot.models import FeedItem, Truce
from bot.outbox import ConsoleSender, drain
from bot.store import Store
from tests.stories import SEED_EXTENSION

T0 = datetime(2016, 5, 9, 14, 10, tzinfo=UTC)
H = timedelta(hours=1)
RULES = truces.Rules()  # stale_after 48 h
CH = ("#syria",)


def truce(status="active", **kw):
    return Truce("Aleppo", "Asia/Damascus", status=status, declared_at=T0 - 10 * H, **kw)


@pytest.mark.parametrize(
    ("state", "last_mention", "now", "alerts"),
    [
        pytest.param(truce(), T0, T0 + 48 * H, 1, id="quiet-48h"),
        pytest.param(truce(), T0, T0 + 47 * H, 0, id="quiet-47h"),
        pytest.param(truce(), None, T0 + 38 * H, 1, id="no-event-counts-from-declaration"),
        pytest.param(truce("expired"), T0, T0 + 72 * H, 0, id="expired"),
        pytest.param(truce("collapsed"), T0, T0 + 72 * H, 0, id="collapsed"),
        pytest.param(truce("unknown"), T0, T0 + 72 * H, 0, id="never-heard-of"),
        pytest.param(truce(stale_alerted_for="2016-05-09T14:10:00Z"), T0, T0 + 72 * H, 0, id="episode-told"),
        pytest.param(truce(stale_alerted_for="2016-05-07T14:10:00Z"), T0, T0 + 72 * H, 1, id="new-episode"),
    ],
)
def test_stale_table(state, last_mention, now, alerts):
    t = truces.stale(state, now, last_mention, channels=CH, rules=RULES)
    assert len(t.alerts) == alerts and t.changed is bool(alerts)
    if alerts:
        (alert,) = t.alerts
        assert alert.kind == "stale" and alert.due_at == now
        assert t.truce.stale_alerted_for == alert.payload["last_mention"]
        assert alert.dedup_key == f"Aleppo|#syria|stale|{alert.payload['last_mention']}"


def test_stale_after_is_a_rule():
    quick = truces.Rules(stale_after=6 * 3600.0)
    assert truces.stale(truce(), T0 + 6 * H, T0, channels=CH, rules=quick).alerts
    assert not truces.stale(truce(), T0 + 6 * H, T0, channels=CH, rules=RULES).alerts


def test_the_note_reads_like_the_issue():
    (alert,) = truces.stale(truce(), T0 + 50 * H, T0, channels=CH, rules=RULES).alerts
    line = render_alert(alert, T0 + 50 * H).text.split("\n")[0]
    assert line.startswith("🔇 No source has mentioned the Aleppo truce for 48 h — last report Mon 9 May 2016 14:10 UTC")


# ------------------------------------------------------------------- through the sweep


EXTENSION = SEED_EXTENSION


def violation(key, when):
    return FeedItem(key=key, title="Aleppo truce violated",
                    summary="Shelling in Aleppo violated the truce on Tuesday, monitors said.",
                    link=f"https://news.example/{key}", published=when, publisher="Monitor")


@pytest.fixture
def world(tmp_path):
    path = tmp_path / "bot.toml"
    path.write_text('[bot]\nwarn_before = ["6h", "1h"]\nstale_after = "12h"\n'
                    '[[truces]]\nname = "Aleppo"\ntimezone = "Asia/Damascus"\nchannels = ["#syria"]\n')
    settings = config.load(path, {"TRUCE_BOT_STATE": str(tmp_path / "state.db")})
    store = Store(settings.env.state_path)
    yield settings, store, FakeClock(T0)
    store.close()


def kinds(alerts):
    return [a.kind for a in alerts]


def test_sweep_tells_the_thread_once_per_episode_and_a_new_mention_resets_it(world):
    settings, store, clock = world
    assert settings.bot.stale_after == 12 * 3600
    pipeline.process_item(settings, store, EXTENSION, clock.now())
    clock.advance(11 * H)
    assert kinds(pipeline.sweep(settings, store, clock.now())) == []
    clock.advance(H)
    assert kinds(pipeline.sweep(settings, store, clock.now())) == ["stale"]
    clock.advance(2 * H)
    assert kinds(pipeline.sweep(settings, store, clock.now())) == []  # once per episode
    _, alerts = pipeline.process_item(settings, store, violation("v1", clock.now()), clock.now())
    assert kinds(alerts) == ["violation"]
    mention = clock.now()
    clock.set(mention + 12 * H)
    (again,) = pipeline.sweep(settings, store, clock.now())
    assert again.kind == "stale" and again.payload["last_mention"] == mention.strftime("%Y-%m-%dT%H:%M:%SZ")
    printed: list[str] = []
    drain(store, ConsoleSender(printed.append), clock.now)
    stale_posts = [p for p in printed if "No source has mentioned" in p]
    assert len(stale_posts) == 2 and all("(thread" in p for p in stale_posts)


def test_no_note_inside_the_warning_window_where_the_countdown_speaks(world):
    settings, store, clock = world
    pipeline.process_item(settings, store, EXTENSION, clock.now())
    clock.set(datetime(2016, 5, 11, 15, 0, tzinfo=UTC))  # 6 h before the deadline, 48 h 50 m quiet
    assert kinds(pipeline.sweep(settings, store, clock.now())) == ["warning"]


def test_stale_after_is_validated(tmp_path):
    path = tmp_path / "bot.toml"
    path.write_text('[bot]\nstale_after = "10m"\n[[truces]]\nname = "Aleppo"\n')
    with pytest.raises(config.ConfigError, match=r"bot\.stale_after: expected at least 1h"):
        config.load(path, {})
