"""Event kinds: cues, hedges, negations, background, several truces (bot/extract/kinds.py)."""

from datetime import UTC, datetime

import pytest

from bot.extract import extract
from bot.models import FeedItem, TruceSpec

PUB = datetime(2016, 5, 9, 12, 0, tzinfo=UTC)  # a Monday
ALEPPO = TruceSpec("Aleppo", "Asia/Damascus", ("Halab",))


def _events(text: str, tracked=(ALEPPO,), pub=PUB):
    return [(e.truce, e.kind, e.deadline) for e in extract(FeedItem("k", "", text, published=pub), list(tracked))]


@pytest.mark.parametrize("text", [
    "The Aleppo truce could be extended by 48 hours, a diplomat said.",
    "Diplomats held talks on extending the Aleppo truce beyond Tuesday.",
    "Washington urged Moscow to extend the Aleppo ceasefire.",
    "Rebels threatened to end the Aleppo truce if the bombing continued.",
    "The government denied violating the Aleppo ceasefire.",
    "The Aleppo truce may collapse, analysts warned.",
    "A February truce in Aleppo collapsed in April.",
    "Last year's Aleppo ceasefire was extended twice before it broke down.",
    "A proposal for a 30-day truce in Aleppo was rejected by the army.",
    "The army said it was not declaring a new truce in Aleppo.",
    "Warplanes struck Aleppo on Monday.",  # no truce vocabulary: just war news
])
def test_hedged_negated_background_and_bare_news_give_nothing(text):
    assert _events(text) == []


def test_untracked_truce_gives_nothing():
    assert _events("A truce in Yemen was extended until Friday.") == []


def test_alias_case_and_diacritics():
    got = _events("The ceasefire in HALAB was extended until midnight on Wednesday.")
    assert got == [("Aleppo", "extended", datetime(2016, 5, 11, 21, 0, tzinfo=UTC))]
    tracked = [TruceSpec("Bogotá", "America/Bogota")]
    assert [k for _, k, _ in _events("The BOGOTA ceasefire collapsed on Monday.", tracked)] == ["collapsed"]


def test_declared_with_start_plus_duration():
    got = _events("The army declared a 72-hour truce in Aleppo starting at noon on Tuesday.")
    assert got == [("Aleppo", "declared", datetime(2016, 5, 13, 9, 0, tzinfo=UTC))]


def test_declared_open_ended_has_no_deadline():
    got = _events("An open-ended ceasefire in Aleppo began at 7pm on Monday.")
    assert got == [("Aleppo", "declared", None)]


def test_expiring_and_expired_by_tense():
    assert _events("The Aleppo truce is due to expire at midnight tonight.") == [
        ("Aleppo", "expiring", datetime(2016, 5, 9, 21, 0, tzinfo=UTC))]
    assert [k for _, k, _ in _events("The Aleppo truce expired at 6 am on Monday without being extended.")] == ["expired"]
    assert _events("The Aleppo truce expired on May 2, a week ago.") == []  # old news


def test_extension_supersedes_expiry_in_same_item():
    got = _events("The Aleppo truce, which was due to expire at 00:01 on Tuesday, has been extended "
                  "until midnight on Wednesday.")
    assert got == [("Aleppo", "extended", datetime(2016, 5, 11, 21, 0, tzinfo=UTC))]


def test_extended_by_from_stated_previous_end():
    got = extract(FeedItem("k", "", "The Aleppo ceasefire, which was due to end at 21:00 GMT on Monday, was extended "
                                    "by 48 hours.", published=PUB), [ALEPPO])
    assert [(e.kind, e.deadline, e.extended_by) for e in got] == [
        ("extended", datetime(2016, 5, 11, 21, 0, tzinfo=UTC), 172800.0)]


def test_violation_strong_cue_and_pre_truce_fighting():
    assert [k for _, k, _ in _events("Rebels violated the Aleppo truce on Monday, shelling the city.")] == ["violation"]
    got = _events("Heavy shelling hit Aleppo minutes before the truce took effect at noon on Monday.")
    assert [k for _, k, _ in got] == ["declared"]  # same-day start is news; the shelling is pre-truce


def test_several_truces_in_one_item():
    tracked = [ALEPPO, TruceSpec("Eastern Ghouta", "Asia/Damascus", ("Ghouta",))]
    text = ("The truce in Aleppo has been extended until midnight on Wednesday. "
            "In Eastern Ghouta, the cessation of hostilities collapsed after heavy shelling.")
    got = {(t, k) for t, k, _ in _events(text, tracked)}
    assert got == {("Aleppo", "extended"), ("Eastern Ghouta", "collapsed")}


def test_at_most_one_event_per_truce_and_kind():
    text = ("Rebels violated the Aleppo truce on Monday. Government forces breached the Aleppo truce again. "
            "The Aleppo ceasefire was violated 300 times.")
    assert [k for _, k, _ in _events(text)] == ["violation"]


def test_no_published_time_gives_no_deadlines():
    got = extract(FeedItem("k", "", "The Aleppo truce was extended until midnight on Wednesday."), [ALEPPO])
    assert [(e.kind, e.deadline) for e in got] == [("extended", None)]
