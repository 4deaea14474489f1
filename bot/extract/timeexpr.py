"""Time expressions in truce reports -> aware UTC instants.

Pure: the anchor is the item's publication time (aware UTC) and the zone is the truce
area's IANA zone; nothing reads the clock. Text is the folded (lower-case) sentence.

A *phrase* is a run of adjacent time tokens joined only by small words ("on", "of",
"at", commas, parentheses): ``"until Tuesday at 00:01 am (21:01 GMT Monday)"`` is one phrase
with a local part and a parenthesised GMT part. Conventions (corpus README):

======================================  =================================================
form                                     meaning
======================================  =================================================
"midnight on Wednesday", "midnight       end of that day, local (24:00)
Sunday", "midnight of January 24",
"Wednesday at midnight", "24:00/2400
on May 3"
"midnight tonight", "12 midnight         end of the publication day, local
tonight", bare "midnight" as an end
"midnight last night"                    start of the publication day, local
"midnight on May 7-8"                    the night between: 00:00 on the second day
"00:00 on 11 May", "12:00 a.m. on        start of that day
April 21"
"noon", "midday", "12:00 p.m."           12:00
"one minute before midnight", "one       23:59 and 00:01 of the day named
minute past midnight"
"0700", "7am", "9:45 p.m.", "11.59       clock times (4 digits only after at/from/until/...
pm", "2359H", "0500 hours"               or before GMT/UTC/hours, so years stay years)
"21:01 GMT Monday" in parentheses,       the explicit zone wins over the local reading;
"(1945 GMT)", "(UTC+3)", "Moscow         a parenthesised GMT time without a date takes the
time", "Norwegian time", "EDT"           UTC day nearest the local reading
"until December 31", "till Sunday"       date only: end of that local day, time_stated=False
(as an end)
"the end of April", "the end of the      the month's last day (date only); "the month" is
month"                                   the publication month
"May 10-12", "from May 10 to 12"         a day range: starts the first day, ends with the last
"on 5, 6 and 7 May"                      days of a recurring window: the first is the date
"12.05.2016", "12/05/2016",              all-digit dates: day first, ISO; month first only
"2016-05-12", "05/13/2016"               when nothing else fits
"19h30", "6 in the evening", "9 at       clock forms of translations; "1600Z" is UTC
night", "10 o'clock tonight", "6 o'clock this morning", "1600Z"
"8am-8pm", "between 8 a.m. and 8 p.m."   a window: the second time is its end
weekday names                            the nearest such day to publication (-2..+4 days);
                                         "next Tuesday": the coming one; after a past verb
                                         ("took effect", "was signed"), the latest such day
"until the end of Ramadan, on July 17"   the date set beside a named end is the end
dates without a year                     the year putting the date nearest publication;
                                         the day of a past act ("took effect on 29
                                         January"): the latest not after publication
======================================  =================================================

Durations: "72-hour", "for 48 hours", "seven-day", "two additional months", "another month",
"one hundred and eighty (180) days"; years only as an extension's amount ("extended by one
year", 12 months: "a 20-year war" is no truce's length). Hours add as elapsed time; days,
weeks and months add on the local wall clock (so "+ 1 month" from 24:00 on 24 January is
24:00 on 24 February).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import NamedTuple
from zoneinfo import ZoneInfo

from bot.extract.lexicon import Triggers, fast_compile, scan_copy

__all__ = [
    "MONTH_NAMES",
    "TOKEN_LEADS",
    "Phrase",
    "Duration",
    "find_phrases",
    "find_tokens",
    "find_durations",
    "add_duration",
    "zone",
    "UTC",
]

UTC = UTC

MONTH_NAMES: tuple[str, ...] = ("january", "february", "march", "april", "may", "june", "july",
                                 "august", "september", "october", "november", "december")
_MONTHS = {
    **{name: n for n, name in enumerate(MONTH_NAMES, 1)},
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sept": 9, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MON = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAYS = {d: i for i, d in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}

#: Named zones ("Moscow time", "Norwegian time", "Khartoum time"). Add a place here.
ZONE_NAMES = {
    "moscow": "Europe/Moscow", "russian": "Europe/Moscow", "kyiv": "Europe/Kyiv",
    "kiev": "Europe/Kyiv", "ukrainian": "Europe/Kyiv", "ukraine": "Europe/Kyiv",
    "norwegian": "Europe/Oslo", "oslo": "Europe/Oslo", "norway": "Europe/Oslo",
    "damascus": "Asia/Damascus", "syrian": "Asia/Damascus", "syria": "Asia/Damascus",
    "beirut": "Asia/Beirut", "lebanese": "Asia/Beirut", "lebanon": "Asia/Beirut",
    "gaza": "Asia/Gaza", "palestinian": "Asia/Gaza", "israel": "Asia/Jerusalem",
    "israeli": "Asia/Jerusalem", "jerusalem": "Asia/Jerusalem", "tel aviv": "Asia/Jerusalem",
    "khartoum": "Africa/Khartoum", "sudan": "Africa/Khartoum", "juba": "Africa/Juba",
    "yemen": "Asia/Aden", "yemeni": "Asia/Aden", "sanaa": "Asia/Aden", "aden": "Asia/Aden",
    "baku": "Asia/Baku", "azerbaijani": "Asia/Baku", "yerevan": "Asia/Yerevan",
    "armenian": "Asia/Yerevan", "tbilisi": "Asia/Tbilisi", "georgian": "Asia/Tbilisi",
    "manila": "Asia/Manila", "philippine": "Asia/Manila", "colombo": "Asia/Colombo",
    "sri lanka": "Asia/Colombo", "sri lankan": "Asia/Colombo", "bogota": "America/Bogota",
    "colombian": "America/Bogota", "colombia": "America/Bogota", "cairo": "Africa/Cairo",
    "egyptian": "Africa/Cairo", "egypt": "Africa/Cairo", "baghdad": "Asia/Baghdad",
    "iraqi": "Asia/Baghdad", "tehran": "Asia/Tehran", "iranian": "Asia/Tehran",
    "kabul": "Asia/Kabul", "afghan": "Asia/Kabul", "pakistan": "Asia/Karachi",
    "pakistani": "Asia/Karachi", "islamabad": "Asia/Karachi", "indian": "Asia/Kolkata",
    "delhi": "Asia/Kolkata", "london": "Europe/London", "british": "Europe/London",
    "uk": "Europe/London", "paris": "Europe/Paris", "french": "Europe/Paris",
    "berlin": "Europe/Berlin", "german": "Europe/Berlin", "central european": "Europe/Berlin",
    "brussels": "Europe/Brussels", "geneva": "Europe/Zurich", "vienna": "Europe/Vienna",
    "sarajevo": "Europe/Sarajevo", "bosnian": "Europe/Sarajevo", "belgrade": "Europe/Belgrade",
    "ankara": "Europe/Istanbul", "istanbul": "Europe/Istanbul", "turkish": "Europe/Istanbul",
    "riyadh": "Asia/Riyadh", "saudi": "Asia/Riyadh", "doha": "Asia/Qatar", "qatar": "Asia/Qatar",
    "addis ababa": "Africa/Addis_Ababa", "ethiopian": "Africa/Addis_Ababa",
    "nairobi": "Africa/Nairobi", "tripoli": "Africa/Tripoli", "libyan": "Africa/Tripoli",
    "mogadishu": "Africa/Mogadishu", "kinshasa": "Africa/Kinshasa", "goma": "Africa/Lubumbashi",
    "washington": "America/New_York", "new york": "America/New_York", "eastern": "America/New_York",
    "yangon": "Asia/Yangon", "myanmar": "Asia/Yangon", "bangkok": "Asia/Bangkok",
    "thai": "Asia/Bangkok", "phnom penh": "Asia/Phnom_Penh", "cambodian": "Asia/Phnom_Penh",
    "kathmandu": "Asia/Kathmandu", "nepal": "Asia/Kathmandu", "nepali": "Asia/Kathmandu",
    "india": "Asia/Kolkata", "srinagar": "Asia/Kolkata", "dhaka": "Asia/Dhaka", "karachi": "Asia/Karachi",
    "jakarta": "Asia/Jakarta", "indonesian": "Asia/Jakarta", "dili": "Asia/Dili", "kuala lumpur": "Asia/Kuala_Lumpur",
    "beijing": "Asia/Shanghai", "pyongyang": "Asia/Pyongyang", "seoul": "Asia/Seoul", "korean": "Asia/Seoul",
    "tokyo": "Asia/Tokyo", "tashkent": "Asia/Tashkent", "dushanbe": "Asia/Dushanbe", "bishkek": "Asia/Bishkek",
    "amman": "Asia/Amman", "jordanian": "Asia/Amman", "ramallah": "Asia/Hebron", "west bank": "Asia/Hebron",
    "nicosia": "Asia/Nicosia", "cyprus": "Asia/Nicosia", "athens": "Europe/Athens", "chisinau": "Europe/Chisinau",
    "minsk": "Europe/Minsk", "warsaw": "Europe/Warsaw", "pristina": "Europe/Belgrade", "skopje": "Europe/Skopje",
    "benghazi": "Africa/Tripoli", "tunis": "Africa/Tunis", "algiers": "Africa/Algiers", "rabat": "Africa/Casablanca",
    "bamako": "Africa/Bamako", "niamey": "Africa/Niamey", "ndjamena": "Africa/Ndjamena", "n'djamena": "Africa/Ndjamena",
    "abuja": "Africa/Lagos", "lagos": "Africa/Lagos", "nigerian": "Africa/Lagos", "dakar": "Africa/Dakar",
    "bangui": "Africa/Bangui", "kigali": "Africa/Kigali", "bujumbura": "Africa/Bujumbura", "kampala": "Africa/Kampala",
    "asmara": "Africa/Asmara", "maputo": "Africa/Maputo", "mozambican": "Africa/Maputo", "luanda": "Africa/Luanda",
    "south sudan": "Africa/Juba", "havana": "America/Havana", "caracas": "America/Caracas",
    "managua": "America/Managua", "lima": "America/Lima", "mexico city": "America/Mexico_City",
    "port-au-prince": "America/Port-au-Prince", "haiti": "America/Port-au-Prince", "haitian": "America/Port-au-Prince",
}
#: Abbreviations with a fixed offset (hours).
ZONE_ABBR: dict[str, float] = {
    "edt": -4, "est": -5, "cdt": -5, "cst": -6, "pdt": -7, "pst": -8, "bst": 1, "cet": 1,
    "cest": 2, "eet": 2, "eest": 3, "msk": 3, "pkt": 5, "ict": 7, "sast": 2,
    # Asia. Left out: "AST" (Arabia or Atlantic; "IST", India or Israel or Ireland, is read by
    # the truce's zone in ``SHARED_ABBR``) and the zones spelled as words ("EAT", "CAT", "WAT",
    # "AFT"): folded text cannot tell them apart.
    "npt": 5.75, "mmt": 6.5, "irst": 3.5, "wib": 7, "pht": 8, "jst": 9, "kst": 9, "idt": 3,
}
_ZN = "|".join(sorted((re.escape(k) for k in ZONE_NAMES), key=len, reverse=True))
#: Abbreviations several zones share, read by the truce area's zone: "IST" is India Standard
#: Time for a truce in South Asia ("from 1700 hours IST today", Dacca tracked), Israel
#: Standard Time for one in Israel or Palestine, Irish Standard Time for one in the Republic of
#: Ireland; elsewhere no zone.
SHARED_ABBR: dict[str, dict[str, float]] = {
    "ist": {**dict.fromkeys(("Asia/Kolkata", "Asia/Calcutta", "Asia/Dhaka", "Asia/Karachi", "Asia/Kathmandu", "Asia/Colombo",
                             "Asia/Thimphu"), 5.5),
            **dict.fromkeys(("Asia/Jerusalem", "Asia/Tel_Aviv", "Asia/Gaza", "Asia/Hebron"), 2.0),
            "Europe/Dublin": 1.0},  # (Irish Standard Time is the Republic's summer time)
}
_ZA = "|".join(sorted((*ZONE_ABBR, *SHARED_ABBR), key=len, reverse=True))
_ZA_FIRST = "".join(sorted({a[0] for a in (*ZONE_ABBR, *SHARED_ABBR)}))

_NUMS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14,
    "fifteen": 15, "twenty": 20, "twenty-four": 24, "thirty": 30, "thirty-six": 36,
    "forty-eight": 48, "sixty": 60, "seventy-two": 72, "ninety": 90, "another": 1,
    "one hundred and eighty": 180, "a hundred and eighty": 180, "hundred": 100,
}
_NUM = "|".join(sorted((re.escape(k) for k in _NUMS), key=len, reverse=True))

def _token_re(with_names: bool) -> re.Pattern[str]:
    # Each alternative sits behind a one-character lookahead so that, at a word start, the
    # engine rejects most of them at once (Python's re has no first-character dispatch).
    zname = rf"| (?=[a-z])(?P<zname>(?P<zn>{_ZN})\s+time\b)" if with_names else ""
    return re.compile(
        rf"""
        \b(?:
        (?=\d)(?:
            (?P<num>(?P<ny>(?:19|20)\d\d)-(?P<nm>[01]?\d)-(?P<nd>[0-3]?\d)(?![\d:])
                | (?P<nd2>[0-3]?\d)(?P<nsep>[./])(?P<nm2>[01]?\d)(?P=nsep)(?P<ny2>(?:19|20)\d\d)(?![\d:]))
          | (?P<dmy>(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-/]\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?|(?P<dlist>(?:,\s*\d{{1,2}}(?:st|nd|rd|th)?)*,?\s+and\s+(?P<dlast>\d{{1,2}})(?:st|nd|rd|th)?))?
                \s+(?:of\s+)?(?P<mon1>{_MON})\b\.?(?:,?\s*(?P<y1>(?:1[89]|2[01])\d\d)\b)?)
          | (?P<ampm>(?P<ah>\d{{1,2}})(?:[:.](?P<am>[0-5]\d))?\s*(?P<ap>[ap])\.?\s?m\b\.?)
          | (?P<ofday>(?P<oh>1[0-2]|0?[1-9])(?:\s+o'clock)?(?:\s+in\s+the\s+(?P<part>morning|afternoon|evening)\b|\s+at\s+night\b
                | \s+o'clock(?=\s+(?:tonight|this\s+(?P<part2>morning|afternoon|evening))\b)
                | \s+o'clock(?=\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?P<part3>morning|afternoon|evening|night)\b))
              | (?:(?<=morning\sat\s)|(?<=afternoon\sat\s)|(?<=evening\sat\s)|(?<=night\sat\s))(?P<oh2>1[0-2]|0?[1-9])(?:\s+o'clock)?\b
                (?![:.]\d|\s*(?:[ap]\.?\s?m\b|hours\b|hrs\b|h\b|gmt\b|utc\b|in\s+the\b|at\s+night\b)))
          | (?P<hm>(?P<hh>[0-2]?\d)(?:[:.]|h(?=[0-5]\d))(?P<mm>[0-5]\d)(?![\d]|[.,]\d|\s*(?:million|billion|per|%))(?:\s*(?:hrs|hours|h)\b)?)
          | (?P<h4>(?P<hh4>[0-2]\d)(?P<mm4>[0-5]\d)(?![\d]|[.,]\d)(?:(?P<h4s>\s*(?:hrs|hours|h)\b)|(?P<h4z>z\b))?)
          | (?P<word>12\s+(?:midnight|noon|o'clock)\b)
        )
      | (?=[jfmasond])(?P<mdy>(?P<mon2>{_MON})\b\.?\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\b
            (?:(?:\s*[-/]\s*|\s+(?:to|until|till|through)\s+)(?P<d4>\d{{1,2}})\b(?![:.]\d|\s*(?:[ap]\.?m\b|hours|hrs|gmt|utc|noon|midnight)))?(?:,?\s*(?P<y2>(?:1[89]|2[01])\d\d)\b)?)
      | (?=[mtwfs])(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)
      | (?=e)(?P<eom>end\s+of\s+(?:(?P<mon3>{_MON})\b\.?|(?:the|this)\s+month\b))
      | (?=[tyl])(?P<rel>(?:today|tonight|tomorrow|yesterday|last\s+night|this\s+morning|this\s+evening|this\s+afternoon)\b)
      | (?=[nc])(?P<hol>(?:new\s+year'?s'?|christmas)\s+(?:eve|day)\b)
      | (?=[nmto])(?P<word2>(?:one\s+minute\s+(?:before|to|past|after)\s+midnight|midnight|noon|midday|twelve\s+o'clock)\b)
      | (?=[gu])(?P<utc>(?:gmt|utc)\b(?:\s*(?P<off>[+-]\s?\d{{1,2}}(?::?[0-5]\d)?))?)
      | (?=[{_ZA_FIRST}])(?P<abbr>(?:{_ZA})\b)
      {zname}
      | (?=l)(?P<local>local\s+time\b)
        )""",
        re.VERBOSE,
    )


_TOKEN = _token_re(True)
_TOKEN_NO_NAMES = _token_re(False)

#: The part of the day before "at 6" ("Thursday evening at 6"): it sets the half of the day.
_PART_BEFORE = re.compile(r"(morning|afternoon|evening|night)\s+at\s+$")
_H4_BEFORE = re.compile(r"(?:\bat|\bfrom|\bbetween|\buntil|\btill|\bto|\bafter|\bbefore|\bby|\bsince|\bbegin)\s+$")
_H4_AT = re.compile(r"\bat\s+$")
_H4_DAY_AFTER = re.compile(
    r"\s+(?:on\s+|this\s+|next\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow)\b"
    rf"|\s+on\s+(?:the\s+)?(?:\d|(?:{_MON})\b)")
_H4_AFTER = re.compile(r"\s*(?:\(|gmt\b|utc\b|z\b|local\b|hrs\b|hours\b|h\b)|-\d{4}\s*(?:gmt|utc|z|local|hrs|hours|h)\b")  # "(0700-1200 GMT)"
_GAP_OK = re.compile(r"^[\s,()]*(?:(?:on|of|at|the|hours|hrs|h|local|time|morning|afternoon|evening|night)[\s,()]+)*(?:on|of|at|the)?[\s,()]*$|^\s+(?:in|on|during)\s+the\s+night\s+(?:to|into|before)\s+$"
                     # a named day and its date in apposition: "23:00 on election day, Sunday July 1"
                     r"|^\s+on\s+(?:election|polling|voting|referendum|independence|victory|national|inauguration)\s+day,?\s+$")
#: A daily window and its first day: "from 6 a.m. to 3 p.m. local time each day for three days
#: starting on Sunday" (the clock joins that day).
_DAILY_GAP = re.compile(r"^[\s,]+(?:local\s+time\s+)?(?:each|every)\s+day\s+(?:for\s+[\w-]+\s+days\s+)?(?:starting|beginning|from)\s+(?:on\s+)?$")
#: "midnight in the night to Monday" (translated reports): the midnight that opens Monday.
_NIGHT_TO = re.compile(r"\bnight\s+(?:to|into|before)\s+")
_PARENS = re.compile(r"\([^()]*\)")

#: Words just before a phrase that make it the truce's END. Example: "until", "to",
#: "expire at", "due to run out at", "ends on", "beyond", "deadline of".
_END_TAIL = re.compile(
    r"(?:\buntil|\btill|\btil|\bto|\bthrough|\bthru|\bending|\bends?|\bended|\bexpir\w*|"
    r"\brun(?:s|ning)?\s+out|\bran\s+out|\blapse[sd]?|\bbeyond|\bdeadline(?:\s+(?:of|is|was|now))?|"
    r"\bclose[sd]?|\b(?<!handed )(?<!hand )(?<!hands )(?<!handing )(?<!taken )(?<!take )(?<!takes )(?<!turned )(?<!won )over)"
    r"(?:\s+(?:the\s+)?end\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+(?:\s*,|(?=\s+on\b))"  # "until the end of Ramadan(,) on July 17"
    # "until the end of Ramadan, which officials put at midnight on Thursday"
    r"(?:\s*which\s+(?:[\w'-]+\s+){0,3}?(?:puts?|sets?|fix(?:es|ed)?|expects?|expected|places?|placed|falls?|fell|is|was)\b)?)?"
    r"(?:\s+(?:on|at|by|late|early|around|about|in|of|the|end\s+of))*[\s,]*$"
)
#: Words just before a phrase that make it the truce's START. Example: "from", "starting at",
#: "take effect at", "enter into force on", "began at", "fall silent across X at".
_START_TAIL = re.compile(
    r"(?:\bfrom|\bstart\w*|\bbegin\w*|\bbegan|\bbegun|\bcommenc\w*|\beffect(?:ive)?|\bforce|\bsince|"
    r"\bas\s+of|\bintroduced|\bresum\w*|\bkick\w*\s+in|\bsilent(?:\s+\w+){0,3})"
    r"(?:\s+(?:in|across|throughout|along)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?)?"  # "took effect across Yemen at"
    r"(?:\s+(?:on|at|from|in|the|of|early|late|around|about|shortly))*[\s,]*$"
    # "will begin a 12-hour ceasefire in Lebanon at": the start verb, its truce, then the time
    r"|\b(?:begin|began|begins|start|starts|started)\s+(?:an?|the|its|their)\s+(?:[\w'-]+\s+){0,2}?"
    r"[\"']?(?:truce|ceasefire|cease-fire|pause|reduction\s+in\s+violence[\"']?)(?:\s+(?:in|across|along)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?)?\s+(?:at|on|from)\s+$"
)


@lru_cache(maxsize=512)
def zone(name: str) -> tzinfo:
    """The IANA zone ``name`` (cached); UTC when the name is unknown."""
    try:
        return ZoneInfo(name)
    except Exception:  # noqa: BLE001 - config validates zones; extraction never raises
        return UTC


class Phrase(NamedTuple):
    """A resolved time phrase: offsets in the sentence and the instant (aware UTC).
    (Immutable, compared field by field; a tuple because items make many of them.)"""

    start: int
    end: int
    instant: datetime | None
    role: str | None  # "start" | "end" | None
    time_stated: bool = True
    explicit_zone: bool = False
    has_date: bool = False
    has_clock: bool = False


class Duration(NamedTuple):
    """A length of time in a sentence ("72-hour", "by 48 hours"), offsets in the sentence."""

    start: int
    end: int
    amount: int
    unit: str  # "hours" | "days" | "months"
    by: bool  # an extension amount ("by 48 hours", "two more days", "three-day extension")

    @property
    def seconds(self) -> float:
        if self.unit == "hours":
            return self.amount * 3600.0
        if self.unit == "days":
            return self.amount * 86400.0
        return self.amount * 30 * 86400.0


#: (first word, last word) of a fixed-date holiday -> (month, day).
_HOLIDAYS = {("new", "eve"): (12, 31), ("new", "day"): (1, 1), ("christmas", "eve"): (12, 24), ("christmas", "day"): (12, 25)}
_DATE_KINDS = {"num", "mdy", "dmy", "wd", "rel", "eom", "hol"}
_CLOCK_KINDS = {"ampm", "ofday", "hm", "h4", "word"}
_ZONE_KINDS = {"utc", "abbr", "zname", "local"}


_EXPLICIT_KINDS = {"utc", "abbr", "zname"}  # zones a phrase can name (not "local time")


class _Tok:
    __slots__ = ("start", "end", "kind", "m", "paren", "date", "clock", "explicit")

    def __init__(self, start: int, end: int, kind: str, m: re.Match[str], paren: bool) -> None:
        self.start, self.end, self.kind, self.m, self.paren = start, end, kind, m, paren
        self.date = kind in _DATE_KINDS  # a date token (see _DATE_KINDS / _CLOCK_KINDS)
        self.clock = kind in _CLOCK_KINDS
        #: names a zone: only a sentence with such a token has ``Phrase.explicit_zone`` phrases
        self.explicit = kind in _EXPLICIT_KINDS

    def shifted(self, off: int) -> _Tok:
        return _Tok(self.start - off, self.end - off, self.kind, self.m, self.paren)


#: Words a time token can start with (digits are triggers too): see ``lexicon``.
TOKEN_LEADS: tuple[str, ...] = (
    *_MONTHS, *_WEEKDAYS, "today", "tonight", "tomorrow", "yesterday", "last", "this", "midnight",
    "noon", "midday", "twelve", "one", "gmt", "utc", "local", "end", "new", "christmas", *ZONE_ABBR, *SHARED_ABBR, *(z.split()[0] for z in ZONE_NAMES),
)
_TRIGGERS = Triggers(TOKEN_LEADS, digits=True)

_TIME_GATE = ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "day", "night", "noon", "tomorrow",
              "gmt", "utc", "morning", "evening", "afternoon", "end of", "eve")


def _kind_groups(rx: re.Pattern[str]) -> dict[int, str]:
    """Group number -> token kind, for the group wrapping each alternative of a token regex
    ("word2" is a second spelling of "word"). Each alternative is one named group that no
    other group encloses and that closes last, so ``match.lastindex`` names the
    alternative that matched."""
    order = ("num", "dmy", "ampm", "ofday", "hm", "h4", "word", "mdy", "wd", "eom", "rel", "hol", "word2", "utc", "abbr", "zname", "local")
    return {rx.groupindex[k]: "word" if k == "word2" else k for k in order if k in rx.groupindex}


_KINDS = _kind_groups(_TOKEN)
_KINDS_NO_NAMES = _kind_groups(_TOKEN_NO_NAMES)


def find_tokens(low: str, scan: bytes | None = None, *, starts: Sequence[int] | None = None) -> list[_Tok]:
    """Time tokens of folded text ``low``. ``scan = lexicon.scan_copy(low)`` when known;
    ``starts``: the offsets where a ``TOKEN_LEADS`` word or a digit starts, when known
    (the item's trigger pass, cut to the sentence), so no pass is made here."""
    return _tokens(low, scan, starts)


def _tokens(low: str, scan: bytes | None = None, starts: Sequence[int] | None = None) -> list[_Tok]:
    if starts is not None and not starts:
        return []  # no word a token can start with
    if not any(g in low for g in _TIME_GATE):
        return []
    if starts is None:
        starts = [pos for pos, _lead in _TRIGGERS.positions(scan_copy(low) if scan is None else scan)]
    parens = [(p.start(), p.end()) for p in _PARENS.finditer(low)] if "(" in low else []
    out: list[_Tok] = []
    tok, kinds = (_TOKEN, _KINDS) if " time" in low else (_TOKEN_NO_NAMES, _KINDS_NO_NAMES)
    last = 0
    for pos in starts:
        if pos < last:
            continue
        m = tok.match(low, pos)
        if m is None:
            continue
        last = m.end()
        kind = kinds[m.lastindex]  # type: ignore[index]  # the alternative that matched (see _kind_groups)
        if kind in _NUMERIC_KINDS:
            t = _checked(low, m, kind, parens)
            if t is None:
                continue
        else:
            t = _tok(m, kind, parens)
        out.append(t)
        if t.clock and low.startswith("-", t.end) and low[t.end + 1: t.end + 2].isdigit():
            # "8am-8pm": the scan keeps hyphenated words whole, so the range's end is read here
            m2 = tok.match(low, t.end + 1)
            t2 = _checked(low, m2, kinds[m2.lastindex], parens) if m2 is not None else None  # type: ignore[index]
            if t2 is not None and t2.clock:
                out.append(t2)
                last = t2.end
    return out


#: Token kinds whose numbers are checked before they count as a time ("24:30", "2016").
_NUMERIC_KINDS = frozenset({"h4", "hm", "ampm"})


def _checked(low: str, m: re.Match[str], kind: str, parens: list[tuple[int, int]]) -> _Tok | None:
    """The token of match ``m`` (of ``kind``), or None when its numbers are no time ("24:30",
    a year)."""
    s, e = m.start(), m.end()
    if kind == "h4":
        hh, mm = int(m.group("hh4")), int(m.group("mm4"))
        if hh > 24 or (hh == 24 and mm):
            return None
        if not (m.group("h4s") or m.group("h4z")) and not _H4_AFTER.match(low, e):
            # a bare "2016" after "since"/"until" is a year; other bare 4-digit times need
            # a preposition ("at 0700", "from 1800"), and 19xx/20xx a day after them too
            # ("at 1900 on Thursday")
            if not _H4_BEFORE.search(low, max(0, s - 12), s) or hh in (19, 20) and not (
                    _H4_AT.search(low, max(0, s - 4), s) and _H4_DAY_AFTER.match(low, e)):
                return None
    if kind == "hm" and (int(m.group("hh")) > 24 or (int(m.group("hh")) == 24 and int(m.group("mm")))):
        return None  # "24:30" is no clock time
    if kind == "ampm" and int(m.group("ah")) > 23:
        return None
    return _tok(m, kind, parens)


def _tok(m: re.Match[str], kind: str, parens: list[tuple[int, int]]) -> _Tok:
    """The token of match ``m``, marked when it lies inside one of the ``parens`` spans."""
    s, e = m.start(), m.end()
    return _Tok(s, e, kind, m, bool(parens) and any(a < s and e <= b for a, b in parens))


def _group(low: str, toks: list[_Tok]) -> list[list[_Tok]]:
    groups: list[list[_Tok]] = []
    for t in toks:
        if groups:
            prev = groups[-1][-1]
            gap = low[prev.end: t.start]
            if len(gap) <= 24 and _GAP_OK.match(gap) or _night_between(low, groups[-1], t, gap) \
                    or len(gap) <= 48 and " day " in gap and _DAILY_GAP.match(gap):
                groups[-1].append(t)
                continue
        groups.append([t])
    return groups


def _night_between(low: str, group: list[_Tok], t: _Tok, gap: str) -> bool:
    """``t`` continues a midnight told as the night between two days: "midnight on the night of
    Thursday to Friday", "midnight between Thursday and Friday" (the first day's end)."""
    if not group[0].clock or group[0].m.group(0) != "midnight":
        return False
    if len(group) == 1:
        return t.date and _NIGHT_OF.fullmatch(gap) is not None
    return len(group) == 2 and t.date and _NIGHT_AND.fullmatch(gap) is not None \
        and _NIGHT_OF.fullmatch(low, group[0].end, group[1].start) is not None


_NIGHT_OF = re.compile(r"\s+(?:(?:in|on|during)\s+the\s+night\s+(?:of|from)|between)\s+")
_NIGHT_AND = re.compile(r"\s+(?:to|into|and)\s+")


def _nearest_year(month: int, day: int, anchor: date, past: bool = False, end: bool = False) -> date | None:
    """The year putting a yearless date nearest ``anchor``; with ``past`` (the date of an
    act told in the past tense), the latest one not after it (two days' slack); with ``end``
    (an end: "until December 31"), the next one when the nearest is months gone (read on 1
    July, the coming 31 December, not the last)."""
    best = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if past:
            if (d - anchor).days <= 2 and (best is None or d > best):
                best = d
        elif best is None or abs((d - anchor).days) < abs((best - anchor).days):
            best = d
    if end and best is not None and (anchor - best).days > _END_SLACK_DAYS:
        try:
            return date(best.year + 1, month, day)
        except ValueError:
            return best
    return best


#: How far back an end date may lie before a yearless "until December 31" means next year's.
_END_SLACK_DAYS = 60


#: Before a date: an act told in the past tense, the date its day ("took effect on 29
#: January", "collapsed on 3 March", "was signed on 9 December"), not an end ("until ...", nor
#: "extended until midnight on April 30": the end named after the act; nor a future passive, "will
#: be observed in south Lebanon on March 15-17").
_PAST_ACT_ON = re.compile(r"\b(?<!will be )(?<!would be )(?<!shall be )(?<!to be )(?<!will )(?<!would )(?<!to )"
                          r"(?:\w+ed|took|began|begun|came|went|signed|broke|fell|ran|struck|started)\s+"
                          r"(?:(?!(?:until|till|to|through|up)\b)[\w'-]+\s+){0,3}?on\s+(?:the\s+)?$")


def _told_past(m: re.Match[str]) -> bool:
    return _PAST_ACT_ON.search(m.string, max(0, m.start() - 50), m.start()) is not None


#: Right before a date: an end ("until December 31", "until midnight on 30 April").
_END_BEFORE = re.compile(r"\b(?:until|till|through)\s+(?:(?:midnight|noon|the\s+end\s+of)\s+(?:on\s+)?)?(?:the\s+)?$")


#: Right before a weekday: an end ("until Sunday", "extended on Tuesday to Sunday").
_END_WEEKDAY = re.compile(r"\b(?:until|till|through|(?:extend\w*|prolong\w*)\s+(?:[\w'-]+\s+){0,5}?to)\s+"
                          r"(?:(?:midnight|noon|the\s+end\s+of|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\b\.?)?|\d{4}(?:\s+(?:gmt|utc|hrs|hours))?)"
                          r"(?:\s+(?:gmt|utc|(?:[a-z]+\s+)?time))?\s+(?:on\s+)?)?$")  # "until 18:00 Kyiv time on Sunday"


def _told_end(m: re.Match[str]) -> bool:
    return _END_BEFORE.search(m.string, max(0, m.start() - 30), m.start()) is not None


_SMALL_HOURS_END = 6  # a clock before 06:00 "tonight" falls after midnight


class _Parts:
    __slots__ = ("day", "day2", "midnight_last_night", "tonight", "clock", "zone", "explicit", "has_date")

    def __init__(self) -> None:
        self.day: date | None = None
        self.day2: date | None = None  # second day of a "May 7-8" range
        self.midnight_last_night = False
        self.tonight = False  # the day is "tonight": its small hours are the next day's
        self.clock: tuple[int, int] | str | None = None  # (h, m) | "midnight"
        self.zone: tzinfo | None = None
        self.explicit = False
        self.has_date = False


def _zone_of(t: _Tok, local: tzinfo) -> tuple[tzinfo, bool]:
    m = t.m
    if t.kind == "utc":
        off = m.group("off")
        if off:
            off = off.replace(" ", "")
            sign = -1 if off[0] == "-" else 1
            digits = off[1:].replace(":", "")
            h = int(digits[:-2]) if len(digits) > 2 else int(digits)
            mi = int(digits[-2:]) if len(digits) > 2 else 0
            return timezone(sign * timedelta(hours=h, minutes=mi)), True
        return UTC, True
    if t.kind == "abbr":
        abbr = m.group("abbr")
        hours = ZONE_ABBR.get(abbr)
        if hours is None:
            hours = SHARED_ABBR[abbr].get(getattr(local, "key", ""))
            if hours is None:
                return local, False  # ("IST" for a truce in Yemen: which zone is meant is unknown)
        return timezone(timedelta(hours=hours)), True
    if t.kind == "zname":
        z = zone(ZONE_NAMES[re.sub(r"\s+", " ", m.group("zn"))])
        return z, True
    return local, False


def _parts(toks: list[_Tok], local: tzinfo, anchor: datetime, days: dict[tzinfo, date] | None = None) -> _Parts:
    p = _Parts()
    for t in toks:
        if t.kind in _ZONE_KINDS and p.zone is None:
            p.zone, p.explicit = _zone_of(t, local)
        elif t.kind == "h4" and t.m.group("h4z") and p.zone is None:
            p.zone, p.explicit = UTC, True  # "1600Z": Zulu, military UTC
    z = p.zone or local
    adate = _anchor_date(anchor, z, days)
    calendar = False  # a calendar date beats a weekday or "today" ("2359H today, January 2")
    for t in toks:
        m = t.m
        k = t.kind
        if k == "num" and not calendar:
            day = _numeric_date(m)
            if day is not None:
                p.day, p.has_date, calendar = day, True, True
                p.midnight_last_night = False
        elif k in ("mdy", "dmy") and not calendar:
            mon = _MONTHS[m.group("mon2") if k == "mdy" else m.group("mon1")]
            d1 = int(m.group("d3") if k == "mdy" else m.group("d1"))
            d2 = m.group("d4") if k == "mdy" else m.group("d2")
            y = m.group("y2") if k == "mdy" else m.group("y1")
            try:
                day = date(int(y), mon, d1) if y else _nearest_year(mon, d1, adate, _told_past(m), _told_end(m))
            except ValueError:
                day = None
            if day is not None:
                p.day, p.has_date, calendar = day, True, True
                p.midnight_last_night = False
                if k == "dmy" and m.group("dlist") and m.string.endswith("between ", 0, m.start()):
                    d2 = m.group("dlast")  # "between 3 and 4 May": a window ("on 5, 6 and 7 May": days of it, the first first)
                if d2 and int(d2) > d1:
                    p.day2 = day + timedelta(days=int(d2) - d1)  # "May 10-12", "May 7-8"
        elif k == "hol" and not calendar:
            # fixed-date holidays: "on New Year's Eve", "from Christmas Eve"
            words = m.group("hol").split()
            mon, d = _HOLIDAYS[(words[0], words[-1])]
            day = _nearest_year(mon, d, adate)
            if day is not None:
                p.day, p.has_date, calendar = day, True, True
                p.midnight_last_night = False
        elif k == "eom" and p.day is None:
            # "the end of April", "the end of the month" (the publication month): the month's last day (date only)
            mon = _MONTHS[m.group("mon3")] if m.group("mon3") else adate.month
            first = _nearest_year(mon, 1, adate) if m.group("mon3") else date(adate.year, mon, 1)
            if first is not None:
                nxt = date(first.year + (mon == 12), mon % 12 + 1, 1)
                p.day, p.has_date = nxt - timedelta(days=1), True
        elif k == "wd" and p.day is None:
            wd = _WEEKDAYS[m.group("wd")]
            delta = (wd - adate.weekday()) % 7
            if m.string.endswith("next ", 0, m.start()):
                delta = delta or 7  # "next Tuesday": the coming one
            elif m.string.endswith(("last ", "this past "), 0, m.start()):
                delta = delta - 7 if delta > 0 else delta or -7  # "last Friday": the one before, never today
            elif delta > (5 if _END_WEEKDAY.search(m.string, max(0, m.start() - 60), m.start()) else 4):
                delta -= 7  # nearest, leaning forward: -2 .. +4 days; an end one day further (read on
                # Tuesday, "extended until Sunday" is the coming one, not two days gone)
            p.day, p.has_date = adate + timedelta(days=delta), True
        elif k == "rel" and p.day is None:
            r = m.group("rel")
            if r.startswith("tomorrow"):
                p.day = adate + timedelta(days=1)
            elif r.startswith("yesterday"):
                p.day = adate - timedelta(days=1)
            elif r.startswith("last"):
                p.day = adate - timedelta(days=1)
                p.midnight_last_night = True
            else:
                p.day = adate
                p.tonight = r.startswith("tonight")
            p.has_date = True
        elif k in _CLOCK_KINDS and p.clock is None:
            if k == "word":
                w = m.group("word") or m.group("word2")
                if w.startswith("one"):  # "one minute before midnight" 23:59, "one minute past midnight" 00:01
                    p.clock = (23, 59) if " before " in w or " to " in w else (0, 1)
                else:
                    p.clock = "midnight" if "midnight" in w or "o'clock" in w else (12, 0)
            elif k == "ampm":
                h = int(m.group("ah"))
                if h <= 12:  # "00:01 am" is 00:01; "13:00 pm" stays 13:00
                    h %= 12
                    if m.group("ap") == "p":
                        h += 12
                p.clock = (h, int(m.group("am") or 0))
            elif k == "ofday":
                h = int(m.group("oh") or m.group("oh2")) % 12
                part = m.group("part") or m.group("part2") or m.group("part3") or (
                    _PART_BEFORE.search(m.string, max(0, m.start() - 14), m.start()).group(1) if m.group("oh2") else None)
                if part in ("afternoon", "evening") or part in (None, "night") and (h >= 6 or "o'clock" in m.group("ofday")):
                    h += 12  # "6 in the evening", "10 o'clock tonight", "9 at night", "8 o'clock on Friday evening" (not "2 at night", "6 o'clock this morning")
                p.clock = (h, 0)
            elif k == "hm":
                p.clock = (int(m.group("hh")), int(m.group("mm")))
            else:
                p.clock = (int(m.group("hh4")), int(m.group("mm4")))
    return p


def _numeric_date(m: re.Match[str]) -> date | None:
    """The day of an all-digit date: ISO "2016-05-12", or day first ("12.05.2016", "12/05/2016",
    as most of the world writes it) unless only month first fits ("05/13/2016")."""
    if m.group("ny"):
        y, mon, d = int(m.group("ny")), int(m.group("nm")), int(m.group("nd"))
    else:
        y, d, mon = int(m.group("ny2")), int(m.group("nd2")), int(m.group("nm2"))
        if mon > 12 and d <= 12 and m.group("nsep") == "/":
            d, mon = mon, d
    try:
        return date(y, mon, d)
    except ValueError:
        return None


def _local(day: date, h: int, mi: int, z: tzinfo) -> datetime:
    if h == 24 and mi == 0:
        return (datetime(day.year, day.month, day.day) + _ONE_DAY).replace(tzinfo=z)
    return datetime(day.year, day.month, day.day, h, mi, tzinfo=z)  # ValueError past 24:00


_ONE_DAY = timedelta(days=1)


def _anchor_date(anchor: datetime, z: tzinfo, days: dict[tzinfo, date] | None) -> date:
    """The anchor's local date in zone ``z``; ``days`` keeps it for one ``find_phrases`` call."""
    if days is None:
        return anchor.astimezone(z).date()
    got = days.get(z)
    if got is None:
        got = days[z] = anchor.astimezone(z).date()
    return got


def _instant(p: _Parts, role: str | None, local: tzinfo, anchor: datetime,
             days: dict[tzinfo, date] | None = None) -> tuple[datetime | None, bool]:
    z = p.zone or local
    adate = _anchor_date(anchor, z, days)
    if p.clock == "midnight":
        if p.day2 is not None and p.day is not None and p.day2 - p.day == _ONE_DAY:
            return _local(p.day2, 0, 0, z).astimezone(UTC), True
        if p.midnight_last_night:
            return _local(adate, 0, 0, z).astimezone(UTC), True
        day = p.day or adate
        return _local(day, 24, 0, z).astimezone(UTC), True
    if isinstance(p.clock, tuple):
        day = p.day or adate
        if p.midnight_last_night and p.day is not None:
            day = p.day  # "10 p.m. last night"
        elif p.tonight and p.clock[0] < _SMALL_HOURS_END:
            day = day + _ONE_DAY  # "at one minute past midnight tonight", "at 2 a.m. tonight": the night's, past midnight
        return _local(day, p.clock[0], p.clock[1], z).astimezone(UTC), True
    if p.day is not None:
        if p.midnight_last_night:
            return None, False
        if role == "start":
            return _local(p.day, 0, 0, z).astimezone(UTC), False
        if p.day2 is not None:
            return _local(p.day2, 24, 0, z).astimezone(UTC), False  # "May 10-12": the range's end
        return _local(p.day, 24, 0, z).astimezone(UTC), False
    return None, False


#: A past-tense verb (or "since") right before an undated time: it happened, so it is the latest such
#: time at or before publication ("the truce expired at midnight", published at 00:50; "in effect since 5 pm");
#: "was to have ended at midnight on Wednesday" is an end that was due, not a past one.
_PAST_TAIL = re.compile(
    r"\b(?<!to have )(?<!would have )(?:began|started|took\s+(?:effect|hold)|came\s+into\s+(?:force|effect)|went\s+into\s+effect|"
    r"entered\s+into\s+force|expired|ended|ran\s+out|lapsed|kicked\s+in|resumed|fell\s+silent|since|"
    r"(?:had|has|have)\s+(?:begun|come\s+into\s+(?:force|effect)|gone\s+into\s+effect|taken\s+(?:effect|hold))|"
    r"collapsed|broke\s+down|fell\s+apart|unravell?ed|crumbled|(?:was|were)\s+(?:shattered|broken|violated|breached)|"
    r"(?<!be )(?:signed|agreed|announced|declared|brokered|struck|concluded|extended|prolonged|renewed)|"
    r"(?P<due>(?:was|were|had\s+been)\s+(?:due|set|scheduled|supposed)\s+to\s+(?:expire|end|run\s+out|lapse)))"
    r"(?:\s+(?:shortly|just|only|early|late|at|on|from|after|before|around|about|local|time|\(\S+\)|"
    r"within\s+(?:minutes|hours|days|an?\s+hour|a\s+day)|(?:minutes|hours)\s+later|again|quickly|soon|(?:almost\s+)?immediately|"
    r"(?:in|across|along|throughout)\s+[\w'-]+(?:\s+(?!(?:until|till|to|through)\b)[\w'-]+)?))*[\s,]*$"
)
_PAST_SLACK = timedelta(minutes=15)  # a report written minutes before the time it reports
_DUE_REACH = timedelta(hours=6)  # "shortly before it was due to expire at 9:45 p.m.", read after


def _past_verb(low: str, at: int) -> re.Match[str] | None:
    """The past-tense verb (``_PAST_TAIL``) right before the phrase at ``at``, if any."""
    return _PAST_TAIL.search(low, max(0, at - 48), at)


def _wall_days_earlier(inst: datetime, z: tzinfo, days: int) -> datetime:
    """``inst`` moved ``days`` back on the wall clock of zone ``z`` (across a DST change too)."""
    wall = inst.astimezone(z).replace(tzinfo=None) - timedelta(days=days)
    return wall.replace(tzinfo=z).astimezone(UTC)


def _latest_if_past(low: str, at: int, inst: datetime, anchor: datetime, z: tzinfo) -> datetime:
    """An undated time after a past-tense verb is the latest such time before publication
    ("the truce expired at midnight", read at 00:50). "Was due to expire at X" is past only
    when that X is a few hours old ("hours before it was due to lapse at 7 p.m." written at
    noon is this evening)."""
    m = _past_verb(low, at)
    if m is None:
        return inst
    prior = _wall_days_earlier(inst, z, 1)
    if m.group("due") and anchor - prior > _DUE_REACH:
        return inst
    return prior


#: "since" right before a weekday: a day gone by ("has kept up strikes since Wednesday", read on Monday).
_SINCE_ON = re.compile(r"\bsince\s+(?:last\s+)?$")
#: A past act and its truce right before "on" and a weekday: "announced the ceasefire on".
_ACT_OBJECT_ON = re.compile(r"\b(?<!be )(?<!have )(?:announced|declared|agreed|signed|ordered|brokered|ended|called\s+off|scrapped|abandoned|terminated|broke|violated|breached)\s+"
                            r"(?:an?|the|its|their)\s+(?:[\w'-]+\s+){0,3}?(?:truce|ceasefire|cease-fire|pause)\s+(?:at\s+(?:(?:midnight|noon|[\d:.]+(?:\s*[ap]\.?m\.?)?)\s+on\s+)?|on\s+)$")
#: After a weekday: a past relative clause telling what happened that day ("the ambush on
#: Wednesday, which killed a militiaman", read on Saturday: three days ago).
_PAST_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:which|that|when)\s+(?:killed|left|wounded|injured|destroyed|hit|struck|\w+ed\s+(?:at\s+least|\d|two|three|several|dozens))\b")
#: After a weekday: a window told from it ("on Tuesday from 8 a.m.", "on Friday at 6 p.m.").
_WINDOW_AFTER = re.compile(r"[\s,]*(?:(?:morning|afternoon|evening|night)[\s,]*)?(?:from|between|until|till|to|through|starting|beginning|for|at\s+\d)\b")
#: A future span before an end ("will run until", "would last until"): its weekday lies
#: ahead, even five or six days ahead.
_FUTURE_TAIL = re.compile(
    r"\b(?:will|would|shall|(?:is|are)\s+(?:due|set|scheduled|expected)\s+to|(?:is|are)\s+to)\s+"
    r"(?:[\w'-]+\s+){0,3}(?:until|till|through)\b[^.;]{0,30}$|"
    # an extension's end lies ahead of it ("agreed to extend the truce until midnight on Monday", read on Tuesday)
    r"\b(?<!had been )(?<!been )(?:extend(?:s|ed|ing)?|prolong(?:s|ed|ing)?)\s+(?:[\w'-]+,?\s+){0,8}?(?:until|till|through)\s+[^.;]{0,25}$")


#: A coming end right before a weekday ("runs out on Sunday", "will expire at 6 p.m. on
#: Sunday", read on Tuesday): the weekday lies ahead, five or six days ahead too.
_FUTURE_END = re.compile(
    r"\b(?:expires|ends|runs\s+out|lapses|will\s+(?:expire|end|lapse|run\s+out)|"
    r"(?:is|are)\s+(?:due|set|scheduled|expected)\s+to\s+(?:expire|end|lapse|run\s+out))\s+(?:at\s+(?:[^.;]{1,20}?\s+(?:on\s+)?)?|on\s+)?$")


#: Before a date: the day of an act (a statement, an agreement), which lends no date to a
#: window's clock times ("the pause, announced by the army late on Saturday, runs from 6 a.m.
#: to 2 p.m." is Sunday's, the day of publication).
_ACT_DATE = re.compile(r"\b(?:said|says|announced|agreed|declared|signed|confirmed)\b(?:\s+by\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?)?"
                       r"\s+(?:late\s+|early\s+)?(?:on\s+)?$")


#: A report from before: "the army had said it would expire on Sunday" looks back.
_HAD_SAID = re.compile(r"\bhad\s+(?:said|announced|declared|stated|warned)\b")


def _weekday_only(toks: list[_Tok]) -> bool:
    """The tokens date a phrase by a weekday name alone ("on Sunday")."""
    return any(t.kind == "wd" for t in toks) and not any(t.date and t.kind != "wd" for t in toks)


def _last_week_if_past(low: str, at: int, inst: datetime, anchor: datetime, z: tzinfo, end: int) -> datetime:
    """A weekday after a past-tense verb is the latest such day ("a truce that took effect on
    Sunday", written on Friday, is five days old, not two days ahead); so is one after a past
    act and its truce ("announced the ceasefire on Saturday evening", written on Tuesday), or
    before a past relative clause ("the ambush on Wednesday, which killed a militiaman"),
    unless a window follows ("announced a truce in Aleppo on Tuesday from 8 a.m.": its start)."""
    m = _past_verb(low, at) or _SINCE_ON.search(low, max(0, at - 12), at)
    wall = inst.astimezone(z).replace(tzinfo=None)
    today = anchor.astimezone(z).date()
    if m is None and not _WINDOW_AFTER.match(low, end):
        m = _ACT_OBJECT_ON.search(low, max(0, at - 90), at) or _PAST_RELATIVE_AFTER.match(low, end)
    if m is None or m.re is _PAST_TAIL and m.group("due") or wall.date() <= today:
        return inst
    if (wall.hour, wall.minute) == (0, 0) and wall.date() == today + _ONE_DAY:
        # today: "took effect at midnight on Sunday", written on Sunday afternoon, is the
        # midnight that opened Sunday (the one that closes it is still ahead)
        return _wall_days_earlier(inst, z, 1) if inst > anchor else inst
    return _wall_days_earlier(inst, z, 7)


#: How far (characters) a date lends itself to a clock-only phrase: "on Sunday, with the
#: fighting there paused from 6 a.m. to 3 p.m." (the date before; after costs 4 more).
_LEND_REACH = 14
#: Between a clock and a later date that dates it however far: "14:00 local time, starting on".
_LEND_GLUE = re.compile(r"[\s,]*(?:(?:local|[a-z]+)\s+time[\s,]*)?(?:starting|beginning|commencing|effective)\s+(?:on\s+|from\s+)?(?=\S)")
#: Between a date and a later clock it dates however far: "on Sunday, with the fighting there
#: paused from 6 a.m. to 3 p.m.", "on Sunday, 1 September, with pauses from 6 a.m.".
_WITH_GLUE = re.compile(r"[\s,]*(?:in\s+(?:[\w'-]+\s+){1,3})?with\s+(?:[\w'-]+\s+){0,4}(?:from|between)\s+")
#: After a clock heading a sentence, an entry telling the truce's start at it.
_STAMPED_START = re.compile(
    r"\)?\s*:\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?(?:truce|ceasefire|cease-fire|pause|cessation\s+of\s+hostilities)\s+"
    r"(?:(?:has|have)\s+)?(?:(?:come|came|comes|entered|enters)\s+into\s+(?:force|effect)|(?:took|takes|taken)\s+(?:effect|hold)|"
    r"(?:is|are)\s+(?:now\s+)?in\s+(?:force|effect)|began|begins|begun|started|starts)\b")
_RANGE_TO = re.compile(r"^\s*(?:to|until|till|-|and)\s*$")
_RANGE_AND = re.compile(r"\s*(?:and|-)\s*$")
_RANGE_OPEN = fast_compile(r"\b(?:on|between|from|for)\s+(?:the\s+)?$")


def _role(low: str, start: int) -> str | None:
    tail = low[max(0, start - 64): start]
    if _END_TAIL.search(tail):
        return "end"
    if _START_TAIL.search(tail):
        return "start"
    return None


def _glued_dates(low: str, groups: list[list[_Tok]]) -> dict[int, list[_Tok]]:
    """Clock-only groups (by index) dated by a later date-only group however far, through
    ``_LEND_GLUE``; a range's start takes its end's date ("from 9:00 to 14:00 local time,
    starting on Tuesday": both are Tuesday's)."""
    out: dict[int, list[_Tok]] = {}
    for n in range(1, len(groups)):
        g = groups[n]
        if not any(t.date for t in g) or any(t.clock for t in g):
            continue
        if not _LEND_GLUE.match(low, groups[n - 1][-1].end, g[0].start):
            continue
        k = n - 1
        while k >= 0 and any(t.clock for t in groups[k]) and not any(t.date for t in groups[k]):
            out[k] = g
            if not (k and _RANGE_TO.match(low[groups[k - 1][-1].end: groups[k][0].start])):
                break
            k -= 1
    return out


def _split_paren(g: list[_Tok]) -> tuple[list[_Tok], list[_Tok]]:
    """(main, parenthesised) tokens of a group; all of it is main when every token, or
    none, is in parentheses."""
    if not any(t.paren for t in g):
        return g, []
    main = [t for t in g if not t.paren]
    return (main, [t for t in g if t.paren]) if main else (g, [])


#: Right after a weekday: the day began ("as Sunday began", "as Monday dawned"), its first minute.
_DAY_BEGAN = re.compile(r"\s+(?:began|dawned|started)\b")


def find_phrases(low: str, anchor: datetime, local: tzinfo, toks: list[_Tok] | None = None) -> list[Phrase]:
    """Time phrases of the folded sentence ``low``, resolved against ``anchor`` (UTC).

    ``local`` is the truce area's zone; explicit zones in the text override it. ``toks``:
    the sentence's tokens when already found (``find_tokens`` on the item, shifted).
    """
    if toks is None:
        toks = _tokens(low)
    if not toks:
        return []
    groups = _group(low, toks)
    days: dict[tzinfo, date] = {}  # the anchor's local date per zone
    # date-only neighbours lend their date to clock-only groups ("June 1 2016 from 00:01 am",
    # "Today from 1800"): found when a clock-only group first needs them
    dated: list[list[_Tok]] | None = None
    glued = _glued_dates(low, groups) if len(groups) > 1 else {}
    out: list[Phrase] = []
    prev_dates: list[_Tok] = []
    twin_end = -1
    for n, g in enumerate(groups):
        if n == twin_end:
            continue
        main, par = _split_paren(g)
        if par and n + 1 < len(groups) and all(t.paren for t in groups[n + 1]) and any(t.clock for t in groups[n + 1]) \
                and _RANGE_TO.match(low[g[-1].end: groups[n + 1][0].start]):
            # "from 6 a.m. to 2 p.m. (2200 GMT Saturday to 0600 GMT Sunday)": the bracketed range's
            # end is this end's explicit twin (its start, the start's)
            par, twin_end = groups[n + 1], n + 1
        has_clock = any(t.clock for t in main)
        has_date = any(t.date for t in main)
        if not (has_clock or has_date):
            continue
        role = _role(low, g[0].start)
        if role is None and n == 0 and not low[:g[0].start].strip() and _STAMPED_START.match(low, g[-1].end):
            role = "start"  # a live-blog entry's stamp: "12:00 (0900 GMT): The ceasefire has come into force"
        if role is None and n and (gap := _RANGE_AND.match(low, groups[n - 1][-1].end, g[0].start)) and (
                _RANGE_OPEN.search(low, max(0, groups[n - 1][0].start - 12), groups[n - 1][0].start)
                or "-" in gap.group() and has_clock and any(t.clock for t in groups[n - 1])):
            role = "end"  # "on Thursday and Friday", "between 9 a.m. and 2 p.m.", "8am-8pm": the second is the end
        lend = main
        if has_clock and not has_date:
            if dated is None:
                dated = [d for d in groups if any(t.date for t in d) and not any(t.clock for t in d)
                         and not _ACT_DATE.search(low, max(0, d[0].start - 40), d[0].start)]
            near = None
            for d in dated:
                if d is g:
                    continue
                dist = g[0].start - d[-1].end if d[-1].end <= g[0].start else d[0].start - g[-1].end
                if d[0].start > g[0].start:
                    if d is glued.get(n):
                        dist = 0  # "from 9:00 to 14:00 local time, starting on Tuesday"
                    dist += 4  # prefer the date before ("Today from 1800")
                elif _WITH_GLUE.fullmatch(low, d[-1].end, g[0].start):
                    dist = 0
                if 0 <= dist <= _LEND_REACH and (near is None or dist < near[0]):
                    near = (dist, d)
            if near is not None:
                lend = main + [t for t in near[1] if t.date and not t.paren]
            elif prev_dates and n and _RANGE_TO.match(low[groups[n - 1][-1].end: g[0].start]):
                lend = main + prev_dates  # "on Wednesday from 6 a.m. to 3 p.m.": the same day
        prev_dates = [t for t in lend if t.date and not t.paren]
        if par and has_clock and not any(t.clock or t.date for t in par) and not any(t.kind in _ZONE_KINDS for t in main):
            # a zone alone in parentheses is the clock's own: "18:00 (UTC+3) on Friday", "6 p.m. (GMT)"
            lend = lend + [t for t in par if t.kind in _EXPLICIT_KINDS]
        p = _parts(lend, local, anchor, days)
        if p.clock == "midnight" and p.day is not None and p.day2 is None and len(g) > 1 \
                and _NIGHT_TO.search(low, g[0].end, g[-1].start):
            p.day, p.day2 = p.day - _ONE_DAY, p.day
        inst, stated = _instant(p, role, local, anchor, days)
        if inst is not None and p.day is not None and not has_clock and _weekday_only(lend) and _DAY_BEGAN.match(low, g[-1].end):
            # "ended as Sunday began": the day's first minute, the latest such one
            inst, stated = _local(p.day, 0, 0, p.zone or local).astimezone(UTC), True
            if inst > anchor + _PAST_SLACK:
                inst = _wall_days_earlier(inst, p.zone or local, 7)
        elif inst is not None and not (has_date or p.has_date) and inst > anchor + _PAST_SLACK:
            inst = _latest_if_past(low, g[0].start, inst, anchor, p.zone or local)
        elif inst is not None and inst > anchor + _PAST_SLACK and _weekday_only(lend):
            inst = _last_week_if_past(low, g[0].start, inst, anchor, p.zone or local, g[-1].end)
        elif inst is not None and role == "end" and inst < anchor - _PAST_SLACK and _weekday_only(lend) \
                and (_FUTURE_TAIL.search(low, max(0, g[0].start - 60), g[0].start)
                     or _FUTURE_END.search(low, max(0, g[0].start - 40), g[0].start)) \
                and not _HAD_SAID.search(low, max(0, g[0].start - 90), g[0].start):
            inst = _wall_days_earlier(inst, p.zone or local, -7)  # "would run until 10 p.m. on Tuesday", read on Thursday
        elif inst is not None and role == "end" and out and _weekday_only(lend) and _ends_before_its_start(low, out[-1], g[0].start, inst):
            inst = _wall_days_earlier(inst, p.zone or local, -7)  # "from Friday to Sunday", read on Tuesday: the Sunday after
        explicit = p.explicit
        if par and any(t.clock for t in par) and any(
            t.kind in ("utc", "abbr", "zname") for t in par
        ):
            # "00:01 (local time) on May 7 (2200 GMT Friday)": the explicit zone's own clause
            pp = _parts([t for t in par if t.kind != "local"], local, anchor, days)
            if isinstance(pp.clock, tuple) or pp.clock == "midnight":
                pz = pp.zone or UTC
                if pp.has_date:
                    pinst, _ = _instant(pp, role, local, anchor, days)
                else:
                    ref = inst or anchor
                    refs = [ref]
                    # "9:45 Khartoum time (1945 GMT)": a local clock without am/pm may be p.m.
                    if isinstance(p.clock, tuple) and p.clock[0] < 12 and not any(
                        t.kind == "ampm" for t in main
                    ):
                        refs.append(ref + timedelta(hours=12))
                    rday = ref.astimezone(pz).date()
                    best, bestd = None, None
                    for dd in (-1, 0, 1, 2):
                        pp.day = rday + timedelta(days=dd)
                        cand, _ = _instant(pp, role, local, anchor, days)
                        if cand is None:
                            continue
                        dist = min(abs(cand - r) for r in refs)
                        if bestd is None or dist < bestd:
                            best, bestd = cand, dist
                    pinst = best
                if pinst is not None:
                    inst, stated, explicit = pinst, True, True
        if role != "end" and p.day2 is not None and p.clock is None:
            # "a truce May 10-12", "takes effect from May 10 to 12": a day range both starts
            # and ends the truce
            start, _ = _instant(p, "start", local, anchor, days)
            end, _ = _instant(p, "end", local, anchor, days)
            out.append(Phrase(g[0].start, g[-1].end, start, "start", False, explicit, True, False))
            out.append(Phrase(g[0].start, g[-1].end, end, "end", False, explicit, True, False))
            continue
        out.append(Phrase(g[0].start, g[-1].end, inst, role, stated, explicit,
                          has_date or p.has_date, has_clock))
    return out


def _ends_before_its_start(low: str, start: Phrase, at: int, inst: datetime) -> bool:
    """The end at ``at`` closes the window ``start`` opens ("from Friday to Sunday") and, its
    weekday read as the nearest, falls before that start: it is the weekday of the week after."""
    return start.role == "start" and start.instant is not None and inst < start.instant \
        and _WINDOW_JOIN.fullmatch(low, start.end, at) is not None


#: Between a start and the end that closes its window: "from Friday to Sunday", "from 20:00
#: tonight until the end of Orthodox Easter on Sunday".
_WINDOW_JOIN = re.compile(r"[\s,]*(?:to|until|till|through|thru)\s+(?:(?:midnight|noon)\s+(?:on\s+)?|the\s+end\s+of\s+(?:[\w'-]+\s+){1,3}?,?\s*on\s+)?")


_DUR = re.compile(
    rf"(?<![:.])\b(?P<n>\d{{1,3}}|{_NUM})(?:\s*\((?P<n2>\d{{1,3}})\))?"
    r"(?P<mid>\s+(?:more|additional|further|extra|consecutive)\s+|\s*-\s*|\s+)"
    r"(?P<u>hours?|days?|weeks?|months?|years?)\b(?P<after>-old|\s+old\b|\s+(?:ago|after|before|later|earlier|since|when)\b|\s+(?:in|during|on)\s+which\b|\s+of\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|fighting|war|consultations|clashes|violence|shelling|bombardment|strikes|hostilities|protests?|diplomacy|mediation|meetings)|\s+of\s+(?:[\w-]+\s+)?[\w-]+ing\b)?"
)
_DUR_BAD_BEFORE = re.compile(
    r"(?:\bwithin|\bpast|\bafter|\bover|\b(?<!\bexpires )(?<!\bends )(?<!\bexpire )(?<!\bend )(?<!\bout )in|\b(?:the|its|their|these|those|over|in|during|past)\s+last|\bfirst|\bnearly|\balmost|\bclose\s+to|\bmore\s+than|\bless\s+than|\bevery|\beach|"
    r"\bin\s+the\s+(?:first|last|past)|\bover\s+the|\b(?:over|in|during|within)\s+the\s+(?:next|coming)|\bonly|\bsome|\bup\s+to|\bthe\s+first|"
    r"\bha(?:s|ve|d)|\b(?:giv(?:e|es|en|ing)|gave)(?:\s+[\w-]+){0,3}?|\b(?:attempts?|times?|tries|bid|(?:worst|heaviest|deadliest|biggest|largest|longest|fiercest)(?:\s+[\w-]+){0,2})\s+in|"
    # "the air strikes that had pounded the region for three months": how long something has gone on
    r"\b(?:that|which|who)\s+ha(?:s|ve|d)\s+(?!(?:been\s+)?(?:agreed|extended|declared|set|planned|scheduled|announced|proposed|prolonged|renewed|offered|promised)\b)(?:[\w'-]+\s+){1,5}for)\s*$"
)
#: Before "a day", "an hour": a count it divides, so a rate ("600 trucks a day", "three hours a
#: day", "twice a day"), not a length.
_RATE_BEFORE = re.compile(rf"\b(?:\d(?:[\d,]*\d)?|{_NUM}|hundreds|thousands|dozens|once|twice)\s+"
                          r"(?:(?!(?:by|for|of|to|another|further|additional|extra|more|than|and|or)\b)[\w-]+\s+){0,2}$")
_DUR_BY_BEFORE = re.compile(
    r"(?:\bby|\bfor\s+(?:another|a\s+further|an\s+additional|a\s+further)|\banother|\bfurther|"
    r"\badditional|\bextension\s+of|\bextended\s+(?:it\s+)?for|\bextend\w*\s+(?:\w+\s+){0,6}for|"
    r"\bprolong\w*\s+(?:\w+\s+){0,6}for|\brenew\w*\s+(?:\w+\s+){0,6}for)\s*(?:another\s+|a\s+further\s+|an?\s+additional\s+)?$"
)
_DUR_BY_AFTER = re.compile(r"\s*(?:[\w-]+\s+)?(?:extension|prolongation|renewal)\b")


#: The substrings ``_DUR``'s unit group needs (keep in step with ``(?P<u>...)`` above).
_DUR_UNITS = ("hour", "day", "week", "month", "year")


def find_durations(low: str) -> list[Duration]:
    """Durations in the folded sentence ``low`` ("72-hour", "for two more days", ...)."""
    out: list[Duration] = []
    if not any(u in low for u in _DUR_UNITS):
        return out  # every duration names its unit
    for m in _DUR.finditer(low):
        if m.group("after"):
            continue
        n = m.group("n2") or m.group("n")
        amount = int(n) if n.isdigit() else _NUMS.get(n, 0)
        if amount <= 0:
            continue
        before = low[max(0, m.start() - 40): m.start()]
        if _DUR_BAD_BEFORE.search(before) or n in ("a", "an") and _RATE_BEFORE.search(before):
            continue
        u = m.group("u")
        unit = "hours" if u.startswith("hour") else "months" if u.startswith("month") else "days"
        if u.startswith("week"):
            amount *= 7
        by = bool(
            "more" in m.group("mid") or "additional" in m.group("mid") or "further" in m.group("mid")
            or _DUR_BY_BEFORE.search(before) or _DUR_BY_AFTER.match(low, m.end())
        )
        if u.startswith("year"):
            if not by:
                continue  # "a 20-year war", "the four-year truce": a truce's age, not its length to come
            unit, amount = "months", amount * 12  # "extended by one year"
        out.append(Duration(m.start(), m.end(), amount, unit, by))
    return out


def add_duration(instant: datetime, dur: Duration, local: tzinfo) -> datetime:
    """``instant`` + ``dur``: hours as elapsed time, days/months on the local wall clock."""
    if dur.unit == "hours":
        return instant + timedelta(hours=dur.amount)
    wall = instant.astimezone(local).replace(tzinfo=None)
    if dur.unit == "days":
        wall = wall + timedelta(days=dur.amount)
    else:
        mo = wall.month - 1 + dur.amount
        y, mo = wall.year + mo // 12, mo % 12 + 1
        day = wall.day
        while True:
            try:
                wall = wall.replace(year=y, month=mo, day=day)
                break
            except ValueError:
                day -= 1
    return wall.replace(tzinfo=local).astimezone(UTC)
