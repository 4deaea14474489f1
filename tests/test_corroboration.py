"""Corroboration (issue 9, item 1): independent sources counted in alerts and on the status
card, and ``min_sources`` holding top-level extension / expiry claims until enough independent
publishers agree — in the pure core (bot/truces.py), through the outbox and the pipeline."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bot import config, pipeline, truces
from bot.clock import FakeClock
from bot.messages import corroboration, render_alert, render_status
from bot.models import Event, FeedItem, Source, Truce
from bot.outbox import ConsoleSender, drain
from bot.store import Store

T0 = datetime(2016, 5, 9, 9, 0, tzinfo=UTC)
D1 = datetime(2016, 5, 9, 21, 1, tzinfo=UTC)
D2 = datetime(2016, 5, 11, 21, 0, tzinfo=UTC)
CH = ("#syria",)
HOLD2 = truces.Rules(min_sources=2)
ONE = truces.Rules()


def src(key, publisher=None, link=None):
    return Source(key, link=link or f"https://{key}.example/a", publisher=publisher)


def ev(kind, deadline=None, source=None):
    return Event("Aleppo", kind, deadline, evidence=f"{kind} words", source=source or src("a", "Wire A"))


def active(deadline=D1):
    return Truce("Aleppo", "Asia/Damascus", status="active", deadline=deadline, declared_at=T0)


def apply(truce, event, rules=HOLD2, now=T0):
    return truces.apply(truce, event, now, channels=CH, rules=rules)


# ------------------------------------------------------------------- independence


@pytest.mark.parametrize(
    ("sources", "expected"),
    [
        ([], 0),
        ([src("a", "Reuters")], 1),
        ([src("a", "Reuters"), src("b", "reuters ")], 1),  # same publisher, folded
        ([src("a", "Reuters"), src("b", "AP")], 2),
        ([src("a", link="https://www.x.org/1"), src("b", link="https://x.org/2")], 1),  # host, www. ignored
        ([src("a", link="https://x.org/1"), src("b", link="https://y.org/2")], 2),
        ([src("a", "Reuters", "https://x.org/1"), src("b", None, "https://x.org/2")], 2),  # publisher first
    ],
)
def test_independent_origins(sources, expected):
    assert len(truces.independent_origins(sources)) == expected


@pytest.mark.parametrize(
    ("sources", "expected"),
    [
        ([], ""),
        ([src("a", "Reuters")], "1 source, unconfirmed"),
        ([src("a", "Reuters"), src("b", "Reuters")], "2 sources, one publisher, unconfirmed"),
        ([src("a", "Reuters"), src("b", "AP"), src("c", "AFP")], "3 independent sources"),
        ([src("a", "Reuters"), src("b", "AP"), src("c", "AP")], "2 independent sources (3 reports)"),
    ],
)
def test_corroboration_wording(sources, expected):
    assert corroboration([s.to_json() for s in sources]) == expected


# ------------------------------------------------------------------- min_sources in the core


@pytest.mark.parametrize(
    ("kind", "deadline", "held"),
    [
        ("extended", D2, True),
        ("expiring", D2, True),
        ("expired", None, True),
        ("declared", D2, False),
        ("collapsed", None, False),
        ("violation", None, False),
    ],
)
def test_which_claims_min_sources_holds(kind, deadline, held):
    t = apply(active(), ev(kind, deadline))
    assert len(t.alerts) == 1
    assert t.alerts[0].held_for_sources is held
    if held:  # the state waits for corroboration
        assert (t.truce.status, t.truce.deadline) == ("active", D1)
        assert "|held:" in t.alerts[0].dedup_key


def test_min_sources_one_never_holds():
    t = apply(active(), ev("extended", D2), rules=ONE)
    assert t.truce.deadline == D2 and not t.alerts[0].held_for_sources and t.truce.held_claims == ()


def test_second_independent_source_releases_the_claim_with_the_usual_key():
    unheld = apply(active(), ev("extended", D2), rules=ONE).alerts[0].dedup_key
    first = apply(active(), ev("extended", D2, src("a", "Wire A")))
    (note,) = first.alerts
    assert note.payload["held_for_sources"] and note.payload["min_sources"] == 2
    same = apply(first.truce, ev("extended", D2, src("a2", "wire a")))
    assert same.alerts == () and same.changed is False  # the same publisher again
    second = apply(first.truce, ev("extended", D2, src("b", "Wire B")), now=T0 + timedelta(hours=1))
    (released,) = second.alerts
    assert released.dedup_key == unheld and not released.held_for_sources
    assert released.kind == "extended" and released.payload["corroborated"] == 2
    assert [s["publisher"] for s in released.payload["sources"]] == ["Wire A", "Wire B"]
    assert second.truce.deadline == D2 and second.truce.held_claims == ()
    assert second.truce.previous_deadline == D1
    assert "2 independent sources" in render_alert(released, T0).text


def test_release_key_is_the_same_whichever_source_tips_it():
    keys = set()
    for order in (("a", "b", "c"), ("c", "a", "b"), ("b", "c", "a")):
        truce = active()
        rules = truces.Rules(min_sources=3)
        out = []
        for key in order:
            t = apply(truce, ev("extended", D2, src(key, f"Wire {key}")), rules=rules)
            truce, out = t.truce, out + list(t.alerts)
        released = [a for a in out if not a.held_for_sources]
        assert len(released) == 1 and len([a for a in out if a.held_for_sources]) == 1
        keys.add(released[0].dedup_key)
    assert len(keys) == 1


def test_claims_for_different_deadlines_are_held_apart():
    t = apply(active(), ev("extended", D2, src("a", "A")))
    t = apply(t.truce, ev("extended", D2 + timedelta(days=1), src("b", "B")))
    assert len(t.truce.held_claims) == 2 and len(t.alerts) == 1  # a second note, its own claim
    t = apply(t.truce, ev("extended", D2, src("c", "C")))
    assert t.truce.deadline == D2
    # the later claim still waits; the released one and older ones are gone
    assert [c["deadline"] for c in t.truce.held_claims] == ["2016-05-12T21:00:00Z"]


def test_held_claims_whose_deadline_has_passed_age_out():
    t = apply(active(), ev("extended", D2, src("a", "A")))
    later = D2 + timedelta(days=3)
    t = apply(t.truce, ev("extended", later, src("b", "B")), now=D2 + timedelta(hours=1))
    # the D2 claim, past its own deadline, is dropped; only the new one waits
    assert [c["deadline"] for c in t.truce.held_claims] == ["2016-05-14T21:00:00Z"]


def test_held_expiry_report_leaves_the_scheduled_expiry_in_charge():
    t = apply(active(D2), ev("expired", None, src("a", "A")))
    assert t.truce.status == "active"
    due = truces.due(t.truce, D2, channels=CH, rules=HOLD2)
    assert [a.kind for a in due.alerts] == ["expired"] and due.truce.status == "expired"


def test_held_claims_survive_the_store(tmp_path):
    store = Store(tmp_path / "s.db")
    t = apply(active(), ev("extended", D2))
    store.commit([t], T0)
    assert store.truce("Aleppo").held_claims == t.truce.held_claims
    store.close()


# ------------------------------------------------------------------- messages and the outbox


def test_held_note_is_marked_and_stays_in_the_thread(tmp_path):
    store = Store(tmp_path / "s.db")
    declared = truces.apply(Truce("Aleppo", "Asia/Damascus"), ev("declared", D1), T0, channels=CH, rules=HOLD2)
    held = apply(declared.truce, ev("extended", D2, src("b", "Wire B")))
    released = apply(held.truce, ev("extended", D2, src("c", "Wire C")))
    printed: list[str] = []
    for step in (declared, held, released):
        store.commit([step], T0)
    assert drain(store, ConsoleSender(printed.append), lambda: T0).sent == 3
    parent, note, release = printed
    assert "(thread" not in parent
    assert "❔ Unconfirmed: Aleppo truce extended" in note and "also to channel" not in note
    assert "held until 2 independent sources agree" in note and "1 source, unconfirmed" in note
    assert "also to channel" in release and "2 independent sources" in release
    store.close()


def test_status_card_counts_independent_sources_for_the_deadline():
    truce = active(D2)
    events = [
        ev("extended", D2, src("a", "Reuters")),
        ev("extended", D2, src("b", "AP")),
        ev("expiring", D2, src("c", "reuters")),
        ev("extended", D1, src("d", "AFP")),  # an older deadline: not this claim
    ]
    card = render_status(truce, events, T0)
    assert "Deadline: 2 independent sources (3 reports)" in card.text
    assert "Deadline: 1 source, unconfirmed" in render_status(truce, events[:1], T0).text


def test_status_card_shows_claims_held_for_more_sources():
    held = apply(active(), ev("extended", D2)).truce
    assert "held for more sources" in render_status(held, [], T0).text


# ------------------------------------------------------------------- through the pipeline


def item(key, publisher, published):
    return FeedItem(
        key=key,
        title="Aleppo truce extended by 48 hours",
        summary="The 'regime of silence' in Aleppo has been extended by 48 hours from Tuesday 01:00 am "
        "(local time) to midnight on Wednesday, a statement said.",
        link=f"https://{publisher.lower()}.example/{key}",
        published=published,
        publisher=publisher,
    )


def test_pipeline_holds_then_releases_with_min_sources_two(tmp_path):
    path = tmp_path / "bot.toml"
    path.write_text('[bot]\nmin_sources = 2\n[[truces]]\nname = "Aleppo"\ntimezone = "Asia/Damascus"\n'
                    'channels = ["#syria"]\n')
    settings = config.load(path, {"TRUCE_BOT_STATE": str(tmp_path / "state.db")})
    assert settings.bot.min_sources == 2
    store = Store(settings.env.state_path)
    clock = FakeClock(datetime(2016, 5, 9, 14, 10, tzinfo=UTC))
    _, first = pipeline.process_item(settings, store, item("r1", "Reuters", clock.now()), clock.now())
    assert [(a.kind, a.held_for_sources) for a in first] == [("extended", True)]
    assert store.truce("Aleppo").deadline is None
    _, again = pipeline.process_item(settings, store, item("r2", "Reuters", clock.now()), clock.now())
    assert again == []
    clock.advance(timedelta(minutes=30))
    _, second = pipeline.process_item(settings, store, item("ap1", "AP", clock.now()), clock.now())
    assert [(a.kind, a.held_for_sources) for a in second] == [("extended", False)]
    assert store.truce("Aleppo").deadline == D2
    store.close()


@pytest.mark.parametrize("value", [0, 11, "2", True])
def test_min_sources_is_validated(tmp_path, value):
    path = tmp_path / "bot.toml"
    shown = str(value).lower() if isinstance(value, bool) else repr(value).replace("'", '"')
    path.write_text(f'[bot]\nmin_sources = {shown}\n[[truces]]\nname = "Aleppo"\n')
    with pytest.raises(config.ConfigError, match=r"bot\.min_sources: expected an integer from 1 to 10"):
        config.load(path, {})


def test_truce_state_without_the_new_fields_still_loads(tmp_path):
    """A row written before issue 9 (no held_claims/correction keys) reads back as before."""
    store = Store(tmp_path / "s.db")
    store.save_truce(active())
    row = store.db["truces"].get("Aleppo")
    import json

    state = json.loads(row["state"])
    for key in ("held_claims", "stale_alerted_for", "correction"):
        state.pop(key)
    store.db.execute("UPDATE truces SET state = ? WHERE name = 'Aleppo'", [json.dumps(state)])
    store.db.conn.commit()
    assert store.truce("Aleppo") == replace(active(), held_claims=())
    store.close()
