"""The truce state machine (bot/truces.py): transitions and alert decisions, on a fake clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot import truces
from bot.models import Event, Source, Truce, TruceSpec

ALEPPO = TruceSpec("Aleppo", "Asia/Damascus")
CH = ("#syria",)
RULES = truces.Rules(warn_before=(6 * 3600.0, 3600.0), violation_group=3600.0)
T0 = datetime(2016, 5, 9, 9, 0, tzinfo=UTC)
D1 = datetime(2016, 5, 9, 21, 1, tzinfo=UTC)  # Tue 00:01 Damascus
D2 = datetime(2016, 5, 11, 21, 0, tzinfo=UTC)  # end of Wed, Damascus


def ev(kind, deadline=None, key="item-1", **kw) -> Event:
    return Event("Aleppo", kind, deadline, evidence=f"{kind} words", source=Source(key, link=f"https://x/{key}"), **kw)


def apply(truce, event, now=T0):
    return truces.apply(truce, event, now, channels=CH, rules=RULES)


def due(truce, now):
    return truces.due(truce, now, channels=CH, rules=RULES)


def active(deadline=D1, **kw) -> Truce:
    return Truce("Aleppo", "Asia/Damascus", status="active", deadline=deadline, declared_at=T0, **kw)


def test_declaration_activates_and_alerts_once_per_channel():
    spec = TruceSpec("Aleppo", "Asia/Damascus", channels=("#a", "#b"))
    t = truces.apply(truces.new_truce(spec), ev("declared", D1), T0, channels=spec.channels, rules=RULES)
    assert t.truce.status == "active" and t.truce.deadline == D1 and t.truce.declared_at == T0
    assert [a.channel for a in t.alerts] == ["#a", "#b"]
    assert {a.kind for a in t.alerts} == {"declared"}
    assert len({a.dedup_key for a in t.alerts}) == 2


def test_restated_declaration_is_recorded_without_alert():
    t = apply(active(), ev("declared", D1, key="other-paper"))
    assert t.alerts == () and t.changed is False and t.event is not None


def test_extension_moves_deadline_and_remembers_previous():
    t = apply(active(), ev("extended", D2))
    assert (t.truce.deadline, t.truce.previous_deadline) == (D2, D1)
    (alert,) = t.alerts
    assert alert.kind == "extended"
    assert alert.payload["deadline"] == "2016-05-11T21:00:00Z"
    assert alert.payload["previous_deadline"] == "2016-05-09T21:01:00Z"


def test_same_extension_from_two_sources_alerts_once():
    first = apply(active(), ev("extended", D2, key="a"))
    second = apply(first.truce, ev("extended", D2, key="b"))
    assert len(first.alerts) == 1 and second.alerts == ()


def test_older_extension_report_does_not_move_deadline_back():
    t = apply(active(D2), ev("extended", D1))
    assert t.truce.deadline == D2 and t.alerts == ()


def test_extended_by_without_end_adds_to_known_deadline():
    t = apply(active(D1), ev("extended", None, extended_by=48 * 3600.0))
    assert t.truce.deadline == D1 + timedelta(hours=48)


def test_extension_with_unknown_end_alerts_and_keeps_no_deadline():
    t = apply(truces.new_truce(ALEPPO), ev("extended", None))
    assert t.truce.status == "active" and t.truce.deadline is None and len(t.alerts) == 1


def test_expiring_alerts_once_per_deadline():
    t = apply(truces.new_truce(ALEPPO), ev("expiring", D1))
    again = apply(t.truce, ev("expiring", D1, key="item-2"))
    assert [a.kind for a in t.alerts] == ["expiring"] and again.alerts == ()


def test_warnings_fire_at_their_offsets_then_expiry():
    truce = active(D1)
    assert due(truce, D1 - timedelta(hours=6, seconds=1)).alerts == ()
    w6 = due(truce, D1 - timedelta(hours=6))
    assert [(a.kind, a.payload["warn_before"]) for a in w6.alerts] == [("warning", 6 * 3600.0)]
    assert due(w6.truce, D1 - timedelta(hours=5)).alerts == ()  # not twice
    w1 = due(w6.truce, D1 - timedelta(hours=1))
    assert [a.payload["warn_before"] for a in w1.alerts] == [3600.0]
    exp = due(w1.truce, D1)
    assert [a.kind for a in exp.alerts] == ["expired"]
    assert exp.alerts[0].payload["scheduled"] is True and exp.alerts[0].late_by is None
    assert exp.truce.status == "expired"
    assert due(exp.truce, D1 + timedelta(hours=1)).alerts == ()


def test_missed_while_down_sends_only_expiry_marked_late():
    t = due(active(D1), D1 + timedelta(hours=3))
    assert [a.kind for a in t.alerts] == ["expired"]
    assert t.alerts[0].late_by == pytest.approx(3 * 3600)


def test_two_missed_warnings_send_only_the_nearest_late():
    t = due(active(D1), D1 - timedelta(minutes=30))
    assert [a.payload["warn_before"] for a in t.alerts] == [3600.0]
    assert t.alerts[0].late_by == pytest.approx(30 * 60)
    assert set(t.truce.warned) == {6 * 3600.0, 3600.0}


def test_warning_already_past_when_deadline_learned_is_folded():
    learned = D1 - timedelta(hours=3)  # the 6 h warning time has passed
    t = apply(truces.new_truce(ALEPPO), ev("declared", D1), now=learned)
    assert t.truce.warned == (6 * 3600.0,)
    assert due(t.truce, learned + timedelta(minutes=1)).alerts == ()
    assert [a.payload["warn_before"] for a in due(t.truce, D1 - timedelta(hours=1)).alerts] == [3600.0]


def test_extension_cancels_pending_expiry_and_resets_warnings():
    warned = due(active(D1), D1 - timedelta(hours=6)).truce
    extended = apply(warned, ev("extended", D2), now=D1 - timedelta(hours=2)).truce
    assert due(extended, D1).alerts == ()  # the old deadline passes silently
    assert extended.warned == ()
    assert [a.kind for a in due(extended, D2 - timedelta(hours=6)).alerts] == ["warning"]


def test_collapse_ends_truce_and_silences_deadline():
    t = apply(active(D1), ev("collapsed"))
    assert t.truce.status == "collapsed" and [a.kind for a in t.alerts] == ["collapsed"]
    assert due(t.truce, D1 + timedelta(hours=1)).alerts == ()
    assert truces.next_wakeup(t.truce, RULES) is None


def test_violations_after_the_end_are_not_alerted():
    ended = apply(active(D1), ev("collapsed")).truce
    assert apply(ended, ev("violation", key="later")).alerts == ()


def test_violations_grouped_into_one_digest():
    first = apply(active(), ev("violation", key="v1"), now=T0)
    assert [a.kind for a in first.alerts] == ["violation"]
    second = apply(first.truce, ev("violation", key="v2"), now=T0 + timedelta(minutes=10))
    third = apply(second.truce, ev("violation", key="v3"), now=T0 + timedelta(minutes=20))
    assert second.alerts == () and third.alerts == ()
    assert due(third.truce, T0 + timedelta(minutes=59)).alerts == ()
    digest = due(third.truce, T0 + timedelta(hours=1))
    (alert,) = digest.alerts
    assert [v["source"]["item_key"] for v in alert.payload["violations"]] == ["v2", "v3"]
    assert digest.truce.held_violations == ()


def test_violation_after_window_alerts_at_once():
    first = apply(active(), ev("violation", key="v1"), now=T0)
    later = apply(first.truce, ev("violation", key="v2"), now=T0 + timedelta(hours=2))
    assert len(later.alerts) == 1
    assert later.alerts[0].dedup_key != first.alerts[0].dedup_key


def test_reported_expiry_after_our_own_goes_to_thread_once():
    ours = due(active(D1), D1).truce
    report = apply(ours, ev("expired", key="r1"), now=D1 + timedelta(hours=1))
    assert [a.payload.get("after_expiry") for a in report.alerts] == [True]
    again = apply(report.truce, ev("expired", key="r2"), now=D1 + timedelta(hours=2))
    assert {a.dedup_key for a in again.alerts} == {a.dedup_key for a in report.alerts}


def test_new_declaration_after_expiry_starts_new_episode_without_old_deadline():
    ended = apply(active(D1), ev("expired"), now=D1 + timedelta(hours=1)).truce
    t = apply(ended, ev("declared", None, key="new"), now=D1 + timedelta(days=3))
    assert t.truce.status == "active" and t.truce.deadline is None and len(t.alerts) == 1
    assert due(t.truce, D1 + timedelta(days=3, minutes=1)).alerts == ()


def test_dedup_keys_are_stable_across_replays():
    a = apply(active(), ev("extended", D2)).alerts
    b = apply(active(), ev("extended", D2)).alerts
    assert [x.dedup_key for x in a] == [x.dedup_key for x in b]


def test_next_wakeup_is_the_earliest_pending_time():
    truce = active(D1)
    assert truces.next_wakeup(truce, RULES) == D1 - timedelta(hours=6)
    warned = due(truce, D1 - timedelta(hours=6)).truce
    assert truces.next_wakeup(warned, RULES) == D1 - timedelta(hours=1)
