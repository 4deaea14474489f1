"""The time grammar as a grid: every clock form x every date form x every end frame, read
end to end by ``extract``, must give the deadline the words mean (computed here with zoneinfo,
not written down). A gap shows as a whole row or column of the grid, so it is fixed as a
grammar form, never for one sentence.

Deliberately not read (ambiguous in real copy): a bare "7 o'clock" (morning or evening?),
"19h" without minutes (also "19 hours"), and a bare 19xx/20xx after "until"/"since" (a year).
"""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.models import TruceSpec
from tests.grids import ALEPPO, PUB, local, timed

THURSDAY = date(2016, 5, 12)

CLOCKS = [  # text, hour, minute
    ("7am", 7, 0), ("7 am", 7, 0), ("7 a.m.", 7, 0), ("7:00 am", 7, 0), ("7:00 a.m.", 7, 0), ("07:00", 7, 0),
    ("0700", 7, 0), ("7.00am", 7, 0), ("07.00", 7, 0), ("0700 hours", 7, 0), ("07:00 hours", 7, 0),
    ("7pm", 19, 0), ("7 p.m.", 19, 0), ("19:00", 19, 0), ("1900 hrs", 19, 0), ("19:00 hrs", 19, 0), ("19h00", 19, 0),
    ("7:30 pm", 19, 30), ("19:30", 19, 30), ("noon", 12, 0), ("midday", 12, 0), ("12 noon", 12, 0),
    ("11:59 pm", 23, 59), ("23:59", 23, 59), ("6 in the morning", 6, 0), ("6 in the evening", 18, 0),
]
DATES = [  # text, day
    ("on Thursday", THURSDAY), ("Thursday", THURSDAY), ("on Thursday 12 May", THURSDAY),
    ("on Thursday, May 12", THURSDAY), ("on 12 May", THURSDAY), ("on May 12", THURSDAY),
    ("on May 12, 2016", THURSDAY), ("on 12 May 2016", THURSDAY), ("on the 12th of May", THURSDAY),
    ("on May 12th", THURSDAY), ("on 12th May", THURSDAY), ("on Thursday, 12 May 2016", THURSDAY),
    ("on Thursday (12 May)", THURSDAY), ("on 12/05/2016", THURSDAY), ("on 12.05.2016", THURSDAY),
    ("on 2016-05-12", THURSDAY), ("this Thursday", THURSDAY), ("next Thursday", THURSDAY),
    ("tomorrow", date(2016, 5, 10)),
]
FRAMES = [
    "The ceasefire in {place} will expire at {clock} {day}, the army said.",
    "The truce in {place} will last until {clock} {day}, the army said.",
    "A truce took effect in {place} on Monday and runs until {clock} {day}.",
]
PLACES = [  # tracked truce, zone: one without DST on these dates' side, one with a DST change
    ("Aleppo", "Asia/Damascus"),
    ("Donbas", "Europe/Kyiv"),
]


def _deadlines(text: str, spec: TruceSpec, pub: datetime) -> list[datetime | None]:
    return [deadline for _, deadline in timed(text, f"{spec.name} truce", (spec,), pub)]


@pytest.mark.parametrize(("place", "tz"), PLACES)
@pytest.mark.parametrize("frame", FRAMES)
def test_every_clock_form_on_every_date_form(frame, place, tz):
    spec = TruceSpec(place, tz, ())
    misses = []
    for clock, h, m in CLOCKS:
        for day_text, day in DATES:
            text = frame.format(place=place, clock=clock, day=day_text)
            want = datetime(day.year, day.month, day.day, h, m, tzinfo=ZoneInfo(tz)).astimezone(UTC)
            if want not in _deadlines(text, spec, PUB):
                misses.append(text)
    assert misses == [], f"{len(misses)} of {len(CLOCKS) * len(DATES)} misread, e.g. {misses[:3]}"


@pytest.mark.parametrize("clock", ["7 a.m.", "6 p.m."])
@pytest.mark.parametrize("day", ["Thursday", "May 12", "Thursday (0400 GMT)"])
def test_wire_style_clock_then_date_is_one_sentence(clock, day):
    """AP style writes "at 7 a.m. Thursday": the full stop of "a.m." does not end the sentence."""
    want = local(12, 7 if clock.startswith("7") else 18)
    if "GMT" in day:
        want = datetime(2016, 5, 12, 4, 0, tzinfo=UTC)
    got = _deadlines(f"The ceasefire in Aleppo will expire at {clock} {day}, the army said.", ALEPPO, PUB)
    assert want in got


def test_a_dst_change_between_publication_and_deadline():
    """Kyiv moved to summer time on 26 March 2023: 7 a.m. on Monday 27 March is 04:00 UTC."""
    spec = TruceSpec("Donbas", "Europe/Kyiv", ())
    pub = datetime(2023, 3, 24, 12, 0, tzinfo=UTC)  # Friday, UTC+2
    got = _deadlines("The truce in Donbas will last until 7am on Monday, the army said.", spec, pub)
    assert got == [datetime(2023, 3, 27, 4, 0, tzinfo=UTC)]


RANGES = [  # a window: its end is the truce's deadline
    ("from 8am to 8pm on Tuesday", local(10, 20)), ("between 8am and 8pm on Tuesday", local(10, 20)),
    ("on Tuesday from 8am to 8pm", local(10, 20)), ("on Tuesday between 8am and 8pm", local(10, 20)),
    ("from 8am until 8pm on Tuesday", local(10, 20)), ("from 08:00 to 20:00 on Tuesday", local(10, 20)),
    ("from 8 a.m. to 8 p.m. Tuesday", local(10, 20)), ("8am-8pm on Tuesday", local(10, 20)),
    ("on Tuesday from 8am-8pm", local(10, 20)), ("from 8am on Tuesday to 8pm on Wednesday", local(11, 20)),
    ("from 8am Tuesday until 8pm Wednesday", local(11, 20)), ("from Tuesday 8am to Wednesday 8pm", local(11, 20)),
    ("from Tuesday to Thursday", local(12)), ("between Tuesday and Thursday", local(12)),
    ("from May 10 to May 12", local(12)), ("from 10 to 12 May", local(12)), ("from May 10 to 12", local(12)),
    ("May 10-12", local(12)), ("from 10.05.2016 to 12.05.2016", local(12)),
    ("from 0800 to 2000 GMT on Tuesday", datetime(2016, 5, 10, 20, 0, tzinfo=UTC)),
    ("from 8am to 8pm (1700 GMT) on Tuesday", datetime(2016, 5, 10, 17, 0, tzinfo=UTC)),
]
WINDOW_FRAMES = [
    "A humanitarian pause in Aleppo will take effect {r}, the army said.",
    "The army announced a truce in Aleppo {r}.",
    "Russia declared a humanitarian pause in Aleppo {r}, its defence ministry said.",
    "A ceasefire will be in force in Aleppo {r}, the UN said.",
]


@pytest.mark.parametrize("frame", WINDOW_FRAMES)
def test_every_window_form_ends_where_the_window_ends(frame):
    misses = []
    for window, want in RANGES:
        if "in force" in frame and not window.startswith(("from", "between")):
            continue  # "will be in force" declares a window only with "from"/"between" next
        if ("declared", want) not in timed(frame.format(r=window), "Aleppo truce"):
            misses.append(window)
    assert misses == []


@pytest.mark.parametrize("text", [
    "A truce in Aleppo will last for 72 hours from 7am on Tuesday, the army said.",
    "A humanitarian pause will be observed in Aleppo between 7am on Tuesday and 7am on Friday, the UN said.",
    "A ceasefire will be in force across Aleppo from 7am on Tuesday for 72 hours.",
])
def test_a_future_window_with_its_start_is_a_declaration(text):
    assert timed(text) == [("declared", local(13, 7))]


OLD_ENDS = [  # the deadline before the extension, as reports state it
    ("7am on Wednesday", local(11, 7)), ("midnight on Wednesday", local(12, 0)), ("noon Wednesday", local(11, 12)),
    ("Wednesday at 7am", local(11, 7)), ("7 a.m. Wednesday", local(11, 7)), ("07:00 on May 11", local(11, 7)),
]
AMOUNTS = [  # (text, hours) or (text, days: on the local wall clock)
    ("by 48 hours", 48, 0), ("for another 48 hours", 48, 0), ("for a further 72 hours", 72, 0),
    ("for 24 more hours", 24, 0), ("by two days", 0, 2), ("by a week", 0, 7), ("for an additional three days", 0, 3),
]
EXTENSION_FRAMES = [
    "The truce in Aleppo, which was due to expire at {old}, has been extended {by}, the army said.",
    "The army extended the Aleppo truce {by}. It had been due to end at {old}.",
    "The Aleppo truce, set to run out at {old}, was extended {by}.",
    "The army said it would extend the Aleppo truce, which ends at {old}, {by}.",
    "The truce in Aleppo was due to end at {old} but has been extended {by}.",
    "The truce in Aleppo, originally set to expire at {old}, has been prolonged {by}.",
]


@pytest.mark.parametrize("frame", EXTENSION_FRAMES)
def test_extended_by_counts_from_the_old_end_however_it_is_told(frame):
    misses = []
    for old, old_end in OLD_ENDS:
        for by, hours, days in AMOUNTS:
            want = old_end + timedelta(hours=hours, days=days)  # no DST change in these days
            if ("extended", want) not in timed(frame.format(old=old, by=by)):
                misses.append(f"{old} / {by}")
    assert misses == []


PUBLISHED = [  # local publication times: morning, late evening, just after midnight
    datetime(2016, 5, 9, 6, 0, tzinfo=ZoneInfo("Asia/Damascus")),
    datetime(2016, 5, 9, 23, 30, tzinfo=ZoneInfo("Asia/Damascus")),
    datetime(2016, 5, 10, 0, 30, tzinfo=ZoneInfo("Asia/Damascus")),
]
RELATIVE_ENDS = [  # text, (days after the local publication day, hour)
    ("at midnight tonight", 0, 24), ("tonight at midnight", 0, 24), ("at 10 pm tonight", 0, 22), ("tonight", 0, 24),
    ("at 6 am tomorrow", 1, 6), ("tomorrow at noon", 1, 12), ("at midnight tomorrow", 1, 24), ("tomorrow", 1, 24),
    ("at 11 pm today", 0, 23), ("this evening at 8 pm", 0, 20), ("at 8 pm this evening", 0, 20),
    ("at 2300 local time tonight", 0, 23),
]
EXPIRY_FRAMES = [
    "The truce in Aleppo expires {t}, the army said.", "The truce in Aleppo will expire {t}.",
    "The Aleppo ceasefire is due to end {t}.", "The Aleppo truce is set to lapse {t}.",
]


@pytest.mark.parametrize("frame", EXPIRY_FRAMES)
@pytest.mark.parametrize("pub", PUBLISHED, ids=["06:00", "23:30", "00:30"])
def test_tonight_and_tomorrow_count_from_the_local_publication_day(frame, pub):
    misses = []
    for when, days, hour in RELATIVE_ENDS:
        day = pub.date() + timedelta(days=days)
        want = (datetime(day.year, day.month, day.day, tzinfo=pub.tzinfo) + timedelta(hours=hour)).astimezone(UTC)
        if want <= pub:
            continue  # "at 11 pm today", read at 00:30, is gone
        if ("expiring", want) not in timed(frame.format(t=when), pub=pub.astimezone(UTC)):
            misses.append(when)
    assert misses == []


ENDINGS = [  # (text, kind, deadline or None), read Monday 11:30
    ("The Aleppo truce expired at midnight.", "expired", local(9, 0)),
    ("The Aleppo truce expired at 7 am.", "expired", local(9, 7)),
    ("The Aleppo truce expired at midnight on Sunday.", "expired", local(9, 0)),
    ("The Aleppo truce ended at 6 am as scheduled.", "expired", local(9, 6)),
    ("The Aleppo truce lapsed overnight without being renewed.", "expired", None),
    ("The Aleppo truce expires at 10 pm.", "expiring", local(9, 22)),
    ("The Aleppo truce expires at 10 pm on Wednesday.", "expiring", local(11, 22)),
    ("The Aleppo truce will expire later today.", "expiring", local(10, 0)),
    ("The Aleppo truce has expired.", "expired", None),
    ("The 72-hour Aleppo truce came to an end at 7 am on Monday.", "expired", local(9, 7)),
    ("The Aleppo truce was due to expire at 7 am, and shelling resumed shortly after.", "expired", local(9, 7)),
    ("The Aleppo truce is set to expire at midnight tonight (2100 GMT).", "expiring", local(10, 0)),
    ("With the Aleppo truce expiring at midnight, residents stocked up on bread.", "expiring", local(10, 0)),
    ("The Aleppo truce, which expires on Wednesday, is largely holding.", "expiring", local(12, 0)),
    ("The Aleppo truce is to end at 6 pm on Tuesday.", "expiring", local(10, 18)),
    ("The Aleppo truce is due to expire in 12 hours.", "expiring", local(9, 23, 30)),
    ("The Aleppo truce is due to expire in about 12 hours.", "expiring", None),
]


@pytest.mark.parametrize(("text", "kind", "want"), ENDINGS)
def test_an_ending_is_past_or_coming_by_tense_and_time(text, kind, want):
    assert (kind, want) in timed(text)


EXTENSION_FORMS = [  # every way to say the truce now ends with Thursday 12 May (local)
    "The army extended the Aleppo truce until Thursday.", "The Aleppo truce was extended until Thursday.",
    "The Aleppo truce has been prolonged until Thursday.", "Russia and the US agreed to extend the Aleppo truce until Thursday.",
    "The Aleppo truce will remain in effect until Thursday, the army said.", "The Aleppo truce will stay in place until Thursday.",
    "The army renewed the Aleppo truce until Thursday.", "The Aleppo truce was rolled over until Thursday.",
    "The army announced an extension of the Aleppo truce until Thursday.",
    "The army said the Aleppo truce would be extended until Thursday.",
    "The Aleppo truce, which was due to end on Monday, will now last until Thursday.",
    "The army decided to prolong the Aleppo truce through Thursday.",
    "The Aleppo truce was extended again, this time until Thursday.",
    "The warring sides agreed to keep the Aleppo truce in place until Thursday.",
]


@pytest.mark.parametrize("text", EXTENSION_FORMS)
def test_extension_forms_end_where_they_say(text):
    assert ("extended", local(12)) in timed(text)


DECLARATION_FORMS = [  # every way to say a new truce ends with Thursday 12 May (local)
    "The army declared a truce in Aleppo until Thursday.", "The army announced a ceasefire in Aleppo lasting until Thursday.",
    "The army declared a truce in Aleppo that will last until Thursday.", "The army announced a truce in Aleppo valid until Thursday.",
    "A truce took effect in Aleppo on Monday and will remain in force until Thursday.",
    "The army declared a truce in Aleppo, effective immediately and running until Thursday.",
    "Rebels and the army agreed on a truce in Aleppo until the end of Thursday.",
    "The army ordered a halt to all military operations in Aleppo until Thursday.",
    "A four-day truce took effect in Aleppo on Monday; it ends on Thursday.",
    "The army unilaterally halted fire in Aleppo until Thursday.",
    "The army announced a 'regime of calm' in Aleppo from Monday to Thursday.",
    "The army declared a truce in Aleppo from Monday through Thursday.",
    "A truce in Aleppo came into force on Monday, to last until Thursday.",
]


@pytest.mark.parametrize("text", DECLARATION_FORMS)
def test_declaration_forms_end_where_they_say(text):
    assert ("declared", local(12)) in timed(text)


NEXT_SENTENCE_ENDS = [  # (text, kind, deadline): the end told in the next sentence
    ("The army extended the Aleppo truce on Monday. The truce will now run until Thursday.", "extended", local(12, 24)),
    ("The army extended the Aleppo truce on Monday. It will now expire at midnight on Thursday.", "extended", local(12, 24)),
    ("Russia said the Aleppo truce had been prolonged. The new deadline is 7 am on Thursday.", "extended", local(12, 7)),
    ("The army declared a truce in Aleppo on Monday. The truce runs until Thursday.", "declared", local(12, 24)),
    ("A truce took effect in Aleppo at 1 am. It is due to end at midnight on Wednesday.", "declared", local(11, 24)),
    ("The Aleppo truce has largely held. It is due to expire at 7 pm on Wednesday.", "expiring", local(11, 19)),
    ("The army announced a 72-hour truce in Aleppo on Monday. It will take effect at 1 am on Tuesday.", "declared", local(13, 1)),
]


@pytest.mark.parametrize(("text", "kind", "want"), NEXT_SENTENCE_ENDS)
def test_an_end_told_in_the_next_sentence(text, kind, want):
    assert (kind, want) in timed(text)
