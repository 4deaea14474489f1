"""Disagreement (issue 9, item 2): when sources state different deadlines for the same truce the
bot keeps the most corroborated one (ties: the latest official statement, else the latest) and
the alert and status card list each source's value. ``truces.deadline_verdict`` is pure and
``truces.apply(..., events=...)`` calls it; with no events, or agreeing sources, nothing changes."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from slack_sdk.models.blocks import Block

from bot import truces
from bot.messages import disagreement_line, render_alert, render_status, render_status_text
from bot.models import Event, Source, Truce

NOW = datetime(2016, 5, 9, 14, 5, tzinfo=UTC)
WED = datetime(2016, 5, 11, 21, 0, tzinfo=UTC)  # Wed 24:00 Damascus (UTC+3)
THU = datetime(2016, 5, 12, 9, 0, tzinfo=UTC)  # Thu 12:00 Damascus
FRI = datetime(2016, 5, 13, 21, 0, tzinfo=UTC)
RULES = truces.Rules()
CHANNELS = ("#syria-desk",)


def said(publisher, kind, deadline, *, minutes_ago=60, evidence="the truce runs to then"):
    published = NOW - timedelta(minutes=minutes_ago)
    key = f"{publisher}-{kind}-{minutes_ago}"
    return Event("Aleppo", kind, deadline, evidence,
                 Source(key, f"https://{publisher.lower()}.example/{key}", publisher, published, "title"))


def active(deadline=WED):
    return Truce("Aleppo", "Asia/Damascus", status="active", deadline=deadline,
                 declared_at=NOW - timedelta(hours=6), updated_at=NOW - timedelta(hours=1))


# ------------------------------------------------------------------------ the verdict (pure)


def test_agreeing_sources_are_not_a_dispute():
    v = truces.deadline_verdict([said("Reuters", "declared", WED), said("AFP", "expiring", WED, minutes_ago=30)], NOW)
    assert (v.deadline, v.support, v.disputed) == (WED, 2, False)


def test_the_most_corroborated_deadline_wins():
    events = [said("Reuters", "declared", WED, minutes_ago=90), said("AP", "declared", WED, minutes_ago=80),
              said("AFP", "declared", THU, minutes_ago=10)]
    v = truces.deadline_verdict(events, NOW)
    assert (v.deadline, v.support, v.disputed) == (WED, 2, True)
    assert [(c.publisher, c.deadline) for c in v.claims] == [("Reuters", WED), ("AP", WED), ("AFP", THU)]


def test_a_tie_goes_to_the_latest_official_statement():
    official = "the army said in a statement that the truce ends at midnight on Wednesday"
    events = [said("Reuters", "declared", WED, minutes_ago=90, evidence=official),
              said("AFP", "declared", THU, minutes_ago=10)]
    assert truces.deadline_verdict(events, NOW).deadline == WED
    assert truces.is_official(official) and not truces.is_official("the truce runs to then")


def test_an_extension_after_a_declaration_is_news_not_a_dispute():
    history = [said("Reuters", "declared", WED, minutes_ago=90)]
    t = apply(active(), said("AFP", "extended", THU, minutes_ago=5), history)
    assert t.truce.deadline == THU and "disagreement" not in t.alerts[0].payload


def test_a_tie_without_an_official_statement_goes_to_the_latest():
    events = [said("Reuters", "declared", WED, minutes_ago=90), said("AFP", "declared", THU, minutes_ago=10)]
    assert truces.deadline_verdict(events, NOW).deadline == THU


def test_one_publisher_counts_once_with_its_latest_value():
    events = [said("Reuters", "declared", WED, minutes_ago=90), said("Reuters", "declared", THU, minutes_ago=10)]
    v = truces.deadline_verdict(events, NOW)
    assert (v.deadline, v.disputed, len(v.claims)) == (THU, False, 1)


def test_an_extension_supersedes_the_statement_it_extends():
    events = [said("AFP", "declared", WED, minutes_ago=300), said("Reuters", "extended", FRI, minutes_ago=10)]
    assert not truces.deadline_verdict(events, NOW).disputed


def test_two_extensions_to_different_times_are_a_dispute():
    events = [said("AFP", "extended", THU, minutes_ago=60), said("Reuters", "extended", FRI, minutes_ago=10)]
    assert truces.deadline_verdict(events, NOW).disputed


def test_old_claims_outside_the_window_are_history():
    events = [said("AFP", "declared", WED, minutes_ago=60 * 30), said("Reuters", "expiring", THU, minutes_ago=10)]
    assert not truces.deadline_verdict(events, NOW).disputed


def test_no_claims_no_verdict():
    assert truces.deadline_verdict([said("AFP", "violation", None)], NOW) == truces.Verdict(None)


# ------------------------------------------------------------------------ apply


def apply(truce, event, events=()):
    return truces.apply(truce, event, NOW, channels=CHANNELS, rules=RULES, events=events)


@pytest.mark.parametrize(
    "event",
    [said("AFP", "declared", WED, minutes_ago=5), said("AFP", "extended", FRI, minutes_ago=5),
     said("AFP", "expiring", WED, minutes_ago=5)],
    ids=["declared", "extended", "expiring"],
)
def test_agreeing_or_absent_events_change_nothing(event):
    history = [said("Reuters", "declared", WED, minutes_ago=90)]
    assert apply(active(), event, history) == apply(active(), event)


def test_a_minority_report_is_recorded_but_the_deadline_stays():
    history = [said("Reuters", "declared", WED, minutes_ago=90), said("AP", "expiring", WED, minutes_ago=60)]
    dissent = said("AFP", "expiring", THU, minutes_ago=5)
    t = apply(active(), dissent, history)
    assert t.truce == active() and t.alerts == () and t.event == dissent  # kept as a source


def test_a_majority_moves_an_extension_back_and_the_alert_says_so():
    """One source said Friday first; two then say Thursday: the bot moves to Thursday."""
    truce = active(FRI)
    history = [said("Reuters", "extended", FRI, minutes_ago=90), said("AP", "extended", THU, minutes_ago=60)]
    t = apply(truce, said("AFP", "extended", THU, minutes_ago=5), history)
    assert t.truce.deadline == THU and t.truce.previous_deadline == FRI
    (alert,) = t.alerts
    assert alert.dedup_key == "Aleppo|#syria-desk|extended|2016-05-12T09:00:00Z~from:2016-05-13T21:00:00Z"
    dispute = alert.payload["disagreement"]
    assert dispute["kept"] == "2016-05-12T09:00:00Z" and dispute["support"] == 2
    shown = render_alert(alert, NOW)
    assert shown.text.startswith("⚖️ Aleppo truce: sources disagree on the end — now ends Thu 12 May 2016, 12:00 "
                                 "Damascus time, the deadline most sources give")
    assert [(c["publisher"], c["deadline"]) for c in dispute["claims"]] == [
        ("Reuters", "2016-05-13T21:00:00Z"), ("AP", "2016-05-12T09:00:00Z"), ("AFP", "2016-05-12T09:00:00Z")]


def test_a_winning_new_report_alerts_as_usual_with_the_dispute_attached():
    history = [said("Reuters", "declared", WED, minutes_ago=90)]
    t = apply(active(), said("AFP", "declared", THU, minutes_ago=5), history)
    plain = apply(active(), said("AFP", "declared", THU, minutes_ago=5))
    assert t.truce == plain.truce
    (alert,) = t.alerts
    assert alert.payload["disagreement"]["support"] == 1
    assert alert.dedup_key == plain.alerts[0].dedup_key + "~from:2016-05-11T21:00:00Z"


def test_a_correction_still_wins_over_a_dispute():
    corrected = truces.correct(active(), FRI, NOW - timedelta(minutes=30), by="U1", channels=CHANNELS, rules=RULES)
    history = [said("Reuters", "declared", WED, minutes_ago=90)]
    t = apply(corrected.truce, said("AFP", "declared", THU, minutes_ago=60), history)
    assert t.truce.deadline == FRI and t.alerts == ()


def test_going_back_to_an_announced_deadline_is_told_again():
    """Reuters: Wed (announced), AFP: Thu (latest wins the tie, announced), AP: Wed (2 to 1):
    the move back to Wed gets its own key, so the store does not swallow it as a repeat."""
    reuters, afp, ap = (said("Reuters", "declared", WED, minutes_ago=90), said("AFP", "declared", THU, minutes_ago=30),
                        said("AP", "declared", WED, minutes_ago=10))
    first = apply(Truce("Aleppo", "Asia/Damascus"), reuters)
    second = apply(first.truce, afp, [reuters])
    third = apply(second.truce, ap, [reuters, afp])
    assert [t.truce.deadline for t in (first, second, third)] == [WED, THU, WED]
    keys = [a.dedup_key for t in (first, second, third) for a in t.alerts]
    assert len(keys) == len(set(keys)) == 3


# ------------------------------------------------------------------------ rendering


def test_the_alert_lists_each_sources_value():
    history = [said("Reuters", "declared", WED, minutes_ago=90)]
    (alert,) = apply(active(), said("AFP", "declared", THU, minutes_ago=5), history).alerts
    msg = render_alert(alert, NOW)
    line = ("⚖️ Sources disagree: Reuters: Wed 11 May 24:00 · AFP: Thu 12 May 12:00 (Damascus time)"
            " — keeping Thu 12 May 12:00 (1 source)")
    assert line in msg.text and line in json.dumps(msg.blocks, ensure_ascii=False)
    for block in msg.blocks:
        Block.parse(block).validate_json()


def test_the_status_card_shows_the_dispute_and_the_deadline_kept():
    events = [said("AFP", "declared", THU, minutes_ago=10), said("AP", "declared", WED, minutes_ago=80),
              said("Reuters", "declared", WED, minutes_ago=90, evidence="the ministry said in a statement")]
    card = render_status(active(), events, NOW)
    assert ("⚖️ Sources disagree: Reuters (official): Wed 11 May 24:00 · AP: Wed 11 May 24:00 · "
            "AFP: Thu 12 May 12:00 (Damascus time) — keeping Wed 11 May 24:00 (2 sources)") in card.text
    for block in card.blocks:
        Block.parse(block).validate_json()
    assert "Sources disagree" in render_status_text(active(), events, NOW)


def test_no_dispute_no_line():
    events = [said("AFP", "declared", WED, minutes_ago=10), said("AP", "declared", WED, minutes_ago=80)]
    assert "disagree" not in render_status(active(), events, NOW).text
    assert disagreement_line(None, "UTC") == "" and disagreement_line({"claims": "x"}, "UTC") == ""


def test_publishers_are_escaped_in_the_dispute_line():
    dispute = {"kept": "2016-05-11T21:00:00Z", "claims": [
        {"publisher": "<!channel>", "deadline": "2016-05-11T21:00:00Z"},
        {"publisher": "AFP", "deadline": "2016-05-12T09:00:00Z"}]}
    line = disagreement_line(dispute, "Asia/Damascus")
    assert "<!channel>" not in line and "&lt;!channel&gt;" in line
