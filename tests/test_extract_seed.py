"""The seed article (tests/fixtures/articles/seed-aleppo-2016-05-09.txt), published 2016-05-09.

Expect: Aleppo extended to 2016-05-11T21:00Z (midnight on Wednesday, Damascus UTC+3), by 48 h;
Aleppo violations; Eastern Ghouta collapsed ("now-defunct"). The earlier deadline (00:01
Tuesday = 21:01 GMT Monday) is superseded in the same item, so no separate "expiring" event
(corpus convention); it is what a report restating it alone yields (last test).
"""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.extract import extract
from bot.models import FeedItem, Source, TruceSpec

SEED = Path(__file__).parent / "fixtures" / "articles" / "seed-aleppo-2016-05-09.txt"
PUB = datetime(2016, 5, 9, 14, 5, tzinfo=UTC)
ALEPPO = TruceSpec("Aleppo", "Asia/Damascus", ("Aleppo province", "Aleppo countryside"))
GHOUTA = TruceSpec("Eastern Ghouta", "Asia/Damascus", ("East Ghouta", "Ghouta"))


@pytest.fixture(scope="module")
def item() -> FeedItem:
    title, _, body = SEED.read_text(encoding="utf-8").partition("\n")
    return FeedItem(key="seed", title=title.strip(), summary=body.strip(), link="https://example.org/seed",
                    published=PUB, publisher="example")


@pytest.fixture(scope="module")
def events(item):
    return {(e.truce, e.kind): e for e in extract(item, [ALEPPO, GHOUTA])}


def test_seed_event_set(events):
    assert set(events) == {("Aleppo", "extended"), ("Aleppo", "violation"), ("Eastern Ghouta", "collapsed")}


def test_seed_extension_deadline_and_amount(events, item):
    e = events[("Aleppo", "extended")]
    assert e.deadline == datetime(2016, 5, 11, 21, 0, tzinfo=UTC)
    assert e.time_stated is True
    assert e.extended_by == 48 * 3600
    assert e.evidence in item.text
    assert "midnight on Wednesday" in e.evidence
    assert e.source == Source.of(item)


def test_seed_other_events_have_no_deadline_and_verbatim_evidence(events, item):
    for key in (("Aleppo", "violation"), ("Eastern Ghouta", "collapsed")):
        assert events[key].deadline is None
        assert events[key].evidence and events[key].evidence in item.text
    assert "defunct" in events[("Eastern Ghouta", "collapsed")].evidence


def test_seed_untracked_truce_gives_nothing(item):
    assert extract(item, [TruceSpec("Yemen", "Asia/Aden", ("Sanaa",))]) == []


def test_seed_earlier_deadline_when_restated_alone():
    it = FeedItem(key="s2", title="Aleppo truce set to run out tonight",
                  summary="A temporary truce covering Aleppo was set to expire on Monday. The pause was first set "
                          "for two days and then prolonged until Tuesday at 00:01 am (21:01 GMT Monday).",
                  published=datetime(2016, 5, 9, 9, 40, tzinfo=UTC))
    (e,) = extract(it, [ALEPPO])
    assert (e.kind, e.deadline) == ("expiring", datetime(2016, 5, 9, 21, 1, tzinfo=UTC))


def test_seed_extension_with_known_deadline_only():
    it = FeedItem(key="s3", title="Aleppo truce extended by 48 hours",
                  summary="The army command said the truce in Aleppo has been extended by 48 hours.",
                  published=PUB)
    known = {"Aleppo": datetime(2016, 5, 9, 21, 1, tzinfo=UTC)}
    (e,) = extract(it, [ALEPPO], known_deadlines=known)
    assert (e.kind, e.deadline, e.extended_by) == ("extended", datetime(2016, 5, 11, 21, 1, tzinfo=UTC), 172800.0)
    (e2,) = extract(it, [ALEPPO])
    assert e2.deadline is None  # nothing to add the 48 hours to: no invented deadline
