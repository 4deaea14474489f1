"""Time expressions -> UTC (bot/extract/timeexpr.py): one row per phrase form / convention."""

from datetime import UTC, datetime

import pytest

from bot.extract.text import fold
from bot.extract.timeexpr import Duration, add_duration, find_durations, find_phrases, zone


def _utc(s: str) -> datetime:
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


def _end(text: str, pub: str, tz: str):
    """The phrase the text gives as the truce's end (role 'end'), else the last phrase."""
    ps = [p for p in find_phrases(fold(text), _utc(pub), zone(tz)) if p.instant]
    ends = [p for p in ps if p.role == "end"] or ps
    return ends[-1]


ROWS = [
    # (text, published, zone, expected UTC, time_stated)
    ("to midnight on Wednesday", "2016-05-09T16:20:00Z", "Asia/Damascus", "2016-05-11T21:00:00Z", True),
    ("until Wednesday at midnight", "2016-05-09T20:05:00Z", "Asia/Damascus", "2016-05-11T21:00:00Z", True),
    ("until Tuesday at 00:01 am (21:01 GMT Monday)", "2016-05-09T09:40:00Z", "Asia/Damascus", "2016-05-09T21:01:00Z", True),
    ("until 24:00 on May 3", "2016-05-02T13:00:00Z", "Asia/Damascus", "2016-05-03T21:00:00Z", True),
    ("until 2400 on July 8, 2016", "2016-07-06T09:00:00Z", "Asia/Damascus", "2016-07-08T21:00:00Z", True),
    ("will last until 00:00 on 11 May", "2025-05-08T14:00:00Z", "Europe/Kyiv", "2025-05-10T21:00:00Z", True),
    ("to 12:00 a.m. on April 21", "2025-04-21T06:30:00Z", "Europe/Kyiv", "2025-04-20T21:00:00Z", True),
    ("until noon on Friday", "2014-08-06T10:00:00Z", "Asia/Gaza", "2014-08-08T09:00:00Z", True),
    ("until 0700 on Friday", "2014-08-06T10:00:00Z", "Asia/Gaza", "2014-08-08T04:00:00Z", True),
    ("until 7am on Friday", "2014-08-06T10:00:00Z", "Asia/Gaza", "2014-08-08T04:00:00Z", True),
    ("would expire at 11.59 pm (2059 GMT) on Sunday", "2016-09-19T16:20:00Z", "Asia/Damascus", "2016-09-18T20:59:00Z", True),
    ("will end at 2359H today", "2013-01-02T04:00:00Z", "Asia/Manila", "2013-01-02T15:59:00Z", True),
    ("until 18:00 on Saturday, Norwegian time", "2016-10-21T14:10:00Z", "Asia/Damascus", "2016-10-22T16:00:00Z", True),
    ("until 24:00 (2100 GMT) on January 7, 2023", "2023-01-05T15:40:00Z", "Europe/Kyiv", "2023-01-07T21:00:00Z", True),
    ("which will end on May 29, 2023 at 9:45 Khartoum time (1945 GMT)", "2023-05-28T09:00:00Z", "Africa/Khartoum", "2023-05-29T19:45:00Z", True),
    ("until 2100 UTC+3 on Friday", "2016-05-09T09:00:00Z", "UTC", "2016-05-13T18:00:00Z", True),
    ("to midnight on May 10-11", "2025-04-28T10:45:00Z", "Europe/Kyiv", "2025-05-10T21:00:00Z", True),
    ("is meant to last until the end of Ramadan, on July 17, to let aid in", "2015-07-11T10:00:00Z", "Asia/Aden", "2015-07-17T21:00:00Z", False),
    ("will end at one minute before midnight on Friday", "2015-07-08T10:00:00Z", "Asia/Aden", "2015-07-10T20:59:00Z", True),
    ("ends at one minute past midnight on Friday", "2015-07-08T10:00:00Z", "Asia/Aden", "2015-07-09T21:01:00Z", True),
    ("until midnight of January 24, 2002", "2001-12-19T14:51:00Z", "Asia/Colombo", "2002-01-24T18:00:00Z", True),  # UTC+6 then
    ("runs until midnight tonight", "2020-01-07T01:00:00Z", "Asia/Manila", "2020-01-07T16:00:00Z", True),
    # date-only ends: end of that local day, time not stated
    ("until December 31", "2016-10-14T02:30:00Z", "America/Bogota", "2017-01-01T05:00:00Z", False),
    ("until 2 October 2022", "2022-08-02T15:30:00Z", "Asia/Aden", "2022-10-02T21:00:00Z", False),
    ("till Sunday", "2016-05-05T10:00:00Z", "Asia/Damascus", "2016-05-08T21:00:00Z", False),
    # DST edges: the zone's offset on that date, not today's
    ("until 24:00 on March 24", "2018-03-20T10:00:00Z", "Asia/Damascus", "2018-03-24T22:00:00Z", True),  # still UTC+2
    ("until 24:00 on October 30", "2016-10-25T10:00:00Z", "Asia/Damascus", "2016-10-30T22:00:00Z", True),  # back to UTC+2 on 28 Oct
    ("until 01:00 on October 28", "2016-10-25T10:00:00Z", "Asia/Damascus", "2016-10-27T23:00:00Z", True),  # UTC+2 from 00:00 on 28 Oct
    ("until midnight on Sunday", "2014-10-22T10:00:00Z", "Europe/Kyiv", "2014-10-26T22:00:00Z", True),  # EET after the switch
    # all-digit dates: ISO, day first as most of the world writes it, month first only when
    # nothing else fits (found by the clock x date grid of test_extract_timegrid.py)
    ("until 07:00 on 12.05.2016", "2016-05-09T08:30:00Z", "Asia/Damascus", "2016-05-12T04:00:00Z", True),
    ("until 12/05/2016 at 7am", "2016-05-09T08:30:00Z", "Asia/Damascus", "2016-05-12T04:00:00Z", True),
    ("until 05/13/2016 at 7am", "2016-05-09T08:30:00Z", "Asia/Damascus", "2016-05-13T04:00:00Z", True),
    ("until 2016-05-12 at 19:00", "2016-05-09T08:30:00Z", "Asia/Damascus", "2016-05-12T16:00:00Z", True),
    ("until 12.05.2016", "2016-05-09T08:30:00Z", "Asia/Damascus", "2016-05-12T21:00:00Z", False),
    # clock forms of translations and military copy
    ("until 19h30 on Thursday", "2016-05-09T08:30:00Z", "Asia/Damascus", "2016-05-12T16:30:00Z", True),
    ("until 6 in the evening on Thursday", "2016-05-09T08:30:00Z", "Asia/Damascus", "2016-05-12T15:00:00Z", True),
    ("until 6 in the morning on Thursday", "2016-05-09T08:30:00Z", "Asia/Damascus", "2016-05-12T03:00:00Z", True),
    ("until 9 at night on Thursday", "2016-05-09T08:30:00Z", "Asia/Damascus", "2016-05-12T18:00:00Z", True),
    ("until 10 o'clock tonight", "2016-05-09T08:30:00Z", "Asia/Damascus", "2016-05-09T19:00:00Z", True),
    ("to expire at 1600Z on Thursday", "2016-05-09T08:30:00Z", "Asia/Damascus", "2016-05-12T16:00:00Z", True),
    ("to expire at 1900 on Thursday", "2016-05-09T08:30:00Z", "Asia/Damascus", "2016-05-12T16:00:00Z", True),
    ("to expire at 2000 on 12 May", "2016-05-09T08:30:00Z", "Asia/Damascus", "2016-05-12T17:00:00Z", True),
    # named zones and abbreviations of the less-covered conflicts
    ("until 18:00 Kathmandu time on Friday", "2006-04-26T10:00:00Z", "UTC", "2006-04-28T12:15:00Z", True),
    ("until 6 pm NPT on Friday", "2006-04-26T10:00:00Z", "UTC", "2006-04-28T12:15:00Z", True),
    ("until 11:59 pm MMT on Friday", "2025-04-02T10:00:00Z", "UTC", "2025-04-04T17:29:00Z", True),
    ("until 0600 Bamako time on Sunday", "2023-01-04T10:00:00Z", "Europe/Paris", "2023-01-08T06:00:00Z", True),
    ("until noon Port-au-Prince time on Friday", "2022-07-20T10:00:00Z", "UTC", "2022-07-22T16:00:00Z", True),
]


@pytest.mark.parametrize("text,pub,tz,want,stated", ROWS, ids=[r[0] for r in ROWS])
def test_end_phrase_resolves(text, pub, tz, want, stated):
    p = _end(text, pub, tz)
    assert p.instant == _utc(want)
    assert p.time_stated is stated


def test_start_phrase_is_role_start_and_start_of_day():
    ps = find_phrases(fold("starting at 00:00 on February 6, 2024"), _utc("2024-02-06T13:00:00Z"), zone("America/Bogota"))
    assert [(p.role, p.instant) for p in ps] == [("start", _utc("2024-02-06T05:00:00Z"))]


def test_midnight_last_night_is_start_of_publication_day():
    ps = find_phrases(fold("expected to fall silent at midnight last night"), _utc("1995-10-12T05:00:00Z"), zone("Europe/Sarajevo"))
    assert ps[0].instant == _utc("1995-10-11T23:00:00Z")  # Sarajevo UTC+1 after 24 Sept 1995


def test_years_and_counts_are_not_clock_times():
    low = fold("The war since 2012 has killed 2,935 people and 1.25 million fled in 1995. It has "
               "raged at 2000 sites since 1999, and until 2015 on average 12.5 a day died; 3/4 fled.")
    assert find_phrases(low, _utc("2016-05-09T10:00:00Z"), zone("UTC")) == []


@pytest.mark.parametrize("text,amount,unit,by", [
    ("extended by 48 hours", 48, "hours", True),
    ("for two additional months", 2, "months", True),
    ("by another month", 1, "months", True),
    ("a three-day extension", 3, "days", True),
    ("a 72-hour truce", 72, "hours", False),
    ("for one hundred and eighty (180) days", 180, "days", False),
    ("for a week", 7, "days", False),
    ("will be extended by one year", 12, "months", True),
    ("renewed for another two years", 24, "months", True),
])
def test_durations(text, amount, unit, by):
    (d,) = find_durations(fold(text))
    assert (d.amount, d.unit, d.by) == (amount, unit, by)


@pytest.mark.parametrize("text", ["over the past 48 hours", "within 72 hours", "a four-month-old truce", "after close to 48 hours of talks",
                                  "ending a 20-year war", "the two-year truce"])
def test_durations_that_are_not_truce_lengths(text):
    assert find_durations(fold(text)) == []


def test_add_duration_months_on_local_wall_clock():
    end = _utc("2002-01-24T18:00:00Z")  # 24:00 on 24 Jan, Colombo UTC+6
    d = Duration(0, 0, 1, "months", True)
    assert add_duration(end, d, zone("Asia/Colombo")) == _utc("2002-02-24T18:00:00Z")


def test_add_duration_hours_is_elapsed_time_across_dst():
    start = datetime(2016, 3, 31, 21, 0, tzinfo=UTC)  # Damascus DST began 1 Apr 2016
    d = Duration(0, 0, 48, "hours", False)
    assert add_duration(start, d, zone("Asia/Damascus")) == datetime(2016, 4, 2, 21, 0, tzinfo=UTC)


def test_a_weekday_after_since_is_a_day_gone_by():
    """"strikes since Wednesday", read on Monday 2 December 2024: Wednesday 27 November, not the
    coming one (a weekday otherwise leans forward, up to four days ahead)."""
    ps = [p for p in find_phrases(fold("has kept up strikes since Wednesday"), _utc("2024-12-02T21:10:00Z"), zone("Asia/Beirut"))
          if p.instant]
    assert ps and ps[0].instant.astimezone(zone("Asia/Beirut")).date() == datetime(2024, 11, 27).date()


@pytest.mark.parametrize("text", ["must be matched by deeds over the next six weeks", "talks are expected in the coming two weeks"])
def test_a_span_from_now_is_no_length(text):
    """"over the next six weeks", "in the coming two weeks": a span from now, not a truce's length."""
    assert find_durations(fold(text)) == []
