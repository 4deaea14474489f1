"""Grammar probes: families of made-up sentences, each with the reading it must get.

The labelled sets measure the extractor on real reports; these probes vary one phrase form at
a time (an end phrase, a hedge, a headline verb, a window) across the ways reports write it, so
a gap shows as a form that fails everywhere. Expected deadlines are computed here with
zoneinfo, independently of ``bot.extract``. Some probes still fail: the counts are recorded in
tests/test_probe_extract.py as ceilings, and README names what is left.

    .venv/bin/python scripts/probe_extract.py [--show] [FAMILY ...]
"""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from bot.extract import extract
from bot.models import FeedItem, TruceSpec

PUB = datetime(2024, 3, 12, 9, 0, tzinfo=UTC)  # Tuesday 12 March 2024, 11:00 in Beirut
BEIRUT = ZoneInfo("Asia/Beirut")
LEBANON = TruceSpec("Lebanon", "Asia/Beirut", ("south Lebanon", "Lebanon truce"))
GAZA = TruceSpec("Gaza", "Asia/Gaza", ("Gaza truce", "Gaza ceasefire", "Gaza"))
NONE = "none"  # expect: no event at all


def at(day: int, hour: int = 0, minute: int = 0, month: int = 3, zone: ZoneInfo = BEIRUT) -> datetime:
    """Wall-clock time in ``zone`` as UTC; hour 24 is the end of the day."""
    wall = datetime(2024, month, day, hour % 24, minute, tzinfo=zone) + timedelta(days=hour // 24)
    return wall.astimezone(UTC)


def end_of(day: int, month: int = 3) -> datetime:
    return at(day, 24, month=month)


class Probe(NamedTuple):
    text: str
    title: str
    #: (kind, deadline) that must be among Lebanon's events; (kind, ...) for any deadline;
    #: NONE for no event; ("not", kind) for no event of that kind; a set for exact events.
    expect: object
    tracked: tuple[TruceSpec, ...] = (LEBANON,)
    pub: datetime = PUB


def passes(p: Probe) -> bool:
    events = extract(FeedItem("probe", p.title, p.text, published=p.pub), list(p.tracked))
    got = {(e.truce, e.kind, e.deadline) for e in events}
    if p.expect == NONE:
        return not got
    if isinstance(p.expect, set):
        return got == p.expect
    first, second = p.expect  # type: ignore[misc]
    if first == "not":
        return all(k != second for _, k, _ in got)
    return any(k == first and (second is ... or d == second) for _, k, d in got)


# -- end phrases: kind templates x the ways an end is written ------------------------------
ENDS: list[tuple[str, datetime | None]] = [
    ("midnight on Thursday", end_of(14)), ("midnight Thursday", end_of(14)), ("6 pm on Thursday", at(14, 18)),
    ("6 p.m. Thursday", at(14, 18)), ("Thursday at 6 pm", at(14, 18)), ("18:00 on Thursday", at(14, 18)),
    ("1800 local time on Thursday", at(14, 18)), ("noon on Friday", at(15, 12)), ("noon Friday", at(15, 12)),
    ("Friday noon", at(15, 12)), ("midday on Friday", at(15, 12)), ("April 30", end_of(30, 4)),
    ("30 April", end_of(30, 4)), ("April 30 at 6 pm", at(30, 18, month=4)), ("6 pm on April 30", at(30, 18, month=4)),
    ("midnight on April 30", end_of(30, 4)), ("midnight on 30 April", end_of(30, 4)),
    ("6 pm (1600 GMT) on April 30", datetime(2024, 4, 30, 16, tzinfo=UTC)),
    ("1600 GMT on April 30", datetime(2024, 4, 30, 16, tzinfo=UTC)), ("16:00 GMT on Thursday", datetime(2024, 3, 14, 16, tzinfo=UTC)),
    ("Thursday, March 14, at 6 pm", at(14, 18)), ("6 pm on Thursday, March 14", at(14, 18)),
    ("midnight on Thursday, March 14", end_of(14)), ("March 14 at midnight", end_of(14)), ("11:59 pm on March 14", at(14, 23, 59)),
    ("2359 hours on March 14", at(14, 23, 59)), ("0600 on Friday", at(15, 6)), ("6 am on Friday", at(15, 6)),
    ("dawn on Friday", None), ("Thursday night", end_of(14)), ("the end of Thursday", end_of(14)),
    ("23:59 on Thursday", at(14, 23, 59)), ("6 in the morning on Friday", at(15, 6)),
    ("6 a.m. local time (0400 GMT) on Friday", datetime(2024, 3, 15, 4, tzinfo=UTC)),
    ("6 pm local time on Thursday (1600 GMT)", datetime(2024, 3, 14, 16, tzinfo=UTC)),
    ("0001 GMT on Friday", datetime(2024, 3, 15, 0, 1, tzinfo=UTC)), ("06.00 on Friday", at(15, 6)),
    ("Friday 15 March", end_of(15)), ("Friday, 15 March, at 18:00", at(15, 18)),
    ("midnight (2200 GMT) on Friday", datetime(2024, 3, 15, 22, tzinfo=UTC)),
    ("midnight between Thursday and Friday", end_of(14)), ("midnight on the night of Thursday to Friday", end_of(14)),
    ("March 15th", end_of(15)), ("the 15th of March", end_of(15)), ("Mar. 15", end_of(15)),
    ("6pm Beirut time on Thursday", at(14, 18)), ("6 pm Thursday (1600 GMT)", datetime(2024, 3, 14, 16, tzinfo=UTC)),
    ("Thursday evening at 6", at(14, 18)), ("tomorrow at 6 pm", at(13, 18)), ("6 pm tomorrow", at(13, 18)),
    ("midnight tomorrow", end_of(13)), ("tomorrow midnight", end_of(13)), ("midnight tonight", end_of(12)),
    ("10 pm tonight", at(12, 22)), ("the end of the month", end_of(31)), ("the end of March", end_of(31)),
    ("March 31", end_of(31)), ("31 March 2024", end_of(31)), ("March 31, 2024", end_of(31)), ("31/03/2024", end_of(31)),
    ("2024-03-31", end_of(31)), ("the morning of Friday", None), ("Friday morning", None), ("8 a.m. on Friday", at(15, 8)),
    ("8am Friday", at(15, 8)), ("8 o'clock on Friday morning", at(15, 8)),
]
END_TEMPLATES: list[tuple[str, str, tuple[str, ...]]] = [
    ("extended", "The south Lebanon truce {v} until {e}, the army said.",
     ("is extended", "was extended", "has been extended", "will be extended", "would be extended")),
    ("extended", "Israel and the militia {v} the south Lebanon truce until {e}.",
     ("extended", "have extended", "agreed to extend", "agreed on Tuesday to extend", "said they would extend")),
    ("extended", "The army said on Tuesday it {v} the south Lebanon ceasefire to {e}.", ("had extended", "was extending", "would extend")),
    ("declared", "The army {v} a truce in south Lebanon until {e}.", ("declared", "announced", "has declared", "ordered", "proclaimed")),
    ("declared", "A south Lebanon truce {v} and will last until {e}, the army said.",
     ("took effect at noon on Tuesday", "began on Tuesday morning", "came into force at 10 am")),
    ("expiring", "The south Lebanon truce {v} {p}{e}.",
     ("expires", "is due to expire", "will expire", "ends", "is set to end", "is due to end", "is scheduled to expire")),
    ("expiring", "The south Lebanon truce {v} {e}.", ("runs until", "lasts until", "is valid until")),
]


def _preposition(end: str) -> str:
    if end.startswith(("tomorrow", "tonight")):
        return ""
    if end[0].isdigit() and ("/" in end or "-" in end or end[:3] in ("30 ", "31 ")):
        return "on "
    return "at " if end[0].isdigit() or end.startswith(("midnight", "noon", "midday", "the end", "the morning")) else "on "


def end_phrases() -> Iterator[Probe]:
    for kind, template, verbs in END_TEMPLATES:
        for verb, (end, want) in itertools.product(verbs, ENDS):
            if kind == "expiring" and want is not None and want > PUB + timedelta(days=10):
                continue  # an end weeks away is a term, not an end coming
            yield Probe(template.format(v=verb, e=end, p=_preposition(end)), "", (kind, want))


# -- negatives: hedges, denials, calls, trends, history -----------------------------------
NEGATIVES = (
    "{S} said {t} could be extended.", "{S} said {t} might be extended beyond Friday.", "{S} held talks on extending {t}.",
    "{S} discussed an extension of {t}.", "{S} threatened to end {t}.", "{S} warned it could pull out of {t}.",
    "{S} denied violating {t}.", "{S} rejected accusations that it had breached {t}.", "{S} called for {t} to be extended.",
    "{S} urged both sides to respect {t}.", "{S} proposed extending {t} by a week.", "{S} is considering whether to extend {t}.",
    "{S} said it hoped {t} would be extended.", "{S} said it was ready to extend {t} if the other side did the same.",
    "{S} said there had been no violations of {t} overnight.", "{S} said {t} was holding.",
    "{S} recalled that {t} collapsed in 2006.", "{S} said {t}, which expired in January, had brought little relief.",
    "{S} said it would not extend {t} unless attacks stopped.", "{S} said it would consider a new truce once {t} ends.",
    "{S} said it remained committed to {t}.", "{S} accused rivals of plotting to wreck {t}.",
    "{S} said any violation of {t} would be met with force.", "{S} said violations of {t} had fallen sharply.",
    "{S} marked the anniversary of {t}, which was declared in March 2006.", "{S} said a deal to extend {t} was close.",
    "{S} said it expected {t} to be extended.", "{S} said {t} was fragile.", "{S} sought guarantees before agreeing to {t}.",
    "{S} said an extension of {t} was under discussion.", "{S} said an end to {t} was not on the table.",
    "{S} said no decision had been taken on extending {t}.", "{S} said {t} was unlikely to be extended.",
    "{S} monitored {t} from observation posts.", "{S} said it would send observers to monitor {t}.",
)
TRUCES = ("the south Lebanon truce", "the south Lebanon ceasefire", "the ceasefire in south Lebanon")
SUBJECTS = ("The army", "The UN envoy", "The militia")


def negatives() -> Iterator[Probe]:
    for template, truce, subject in itertools.product(NEGATIVES, TRUCES, SUBJECTS):
        yield Probe(template.format(S=subject, t=truce), "", NONE)


# -- paraphrases of each kind -------------------------------------------------------------
PARAPHRASES: tuple[tuple[str, object, str], ...] = (
    ("declared", at(15, 12), "{S} announced a 72-hour truce in south Lebanon starting at noon on Tuesday."),
    ("declared", at(15, 12), "{S} declared a 72-hour ceasefire in south Lebanon from noon on Tuesday."),
    ("declared", at(15, 12), "A 72-hour truce announced by {s} took effect in south Lebanon at noon on Tuesday."),
    ("declared", None, "A ceasefire took hold in south Lebanon on Tuesday morning, {s} said."),
    ("declared", None, "Guns fell silent across south Lebanon on Tuesday as a truce brokered by {s} took effect."),
    ("declared", None, "{S} agreed on Tuesday to an immediate ceasefire in south Lebanon."),
    ("declared", at(13, 18), "{S} said a humanitarian pause in south Lebanon would run from 6 am to 6 pm on Wednesday."),
    ("declared", end_of(14), "{S} ordered a halt to military operations in south Lebanon until midnight on Thursday."),
    ("declared", None, "{S} unilaterally halted fire in south Lebanon on Tuesday."),
    ("declared", ..., "{S} announced a week-long truce in south Lebanon, effective immediately."),
    ("extended", end_of(14) + timedelta(hours=72),
     "The south Lebanon truce, which was due to expire at midnight on Thursday, was extended by 72 hours, {s} said."),
    ("extended", None, "{S} agreed to extend the south Lebanon truce by 48 hours."),
    ("extended", None, "{S} prolonged the ceasefire in south Lebanon for another week."),
    ("extended", end_of(16), "{S} said the south Lebanon ceasefire would now run until midnight on Saturday."),
    ("extended", end_of(31), "{S} renewed the south Lebanon truce until the end of the month."),
    ("extended", None, "The south Lebanon truce has been extended, {s} said on Tuesday."),
    ("expiring", end_of(13), "The south Lebanon truce is due to expire at midnight on Wednesday, {s} said."),
    ("expiring", end_of(12), "The south Lebanon ceasefire ends at midnight tonight, {s} said."),
    ("expiring", at(13, 18), "{S} said its truce in south Lebanon would end at 6 pm on Wednesday."),
    ("expired", at(12, 6), "The south Lebanon truce expired at 6 am on Tuesday without being renewed, {s} said."),
    ("expired", ..., "The ceasefire in south Lebanon lapsed on Tuesday, {s} said."),
    ("expired", None, "The south Lebanon truce ran out on Tuesday morning with no word of an extension from {s}."),
    ("collapsed", None, "The south Lebanon truce collapsed on Tuesday as fighting resumed, {s} said."),
    ("collapsed", None, "{S} declared the south Lebanon truce over on Tuesday."),
    ("collapsed", None, "{S} said the ceasefire in south Lebanon was dead after overnight clashes."),
    ("collapsed", None, "{S} pulled out of the south Lebanon truce on Tuesday."),
    ("collapsed", None, "{S} announced an end to its ceasefire in south Lebanon on Tuesday."),
    ("collapsed", None, "Fighting erupted across south Lebanon on Tuesday, shattering the truce, {s} said."),
    ("violation", None, "Fighters fired rockets at positions in south Lebanon on Tuesday, breaking the truce, {s} said."),
    ("violation", None, "{S} accused the other side of violating the south Lebanon ceasefire on Tuesday."),
    ("violation", None, "Shelling killed three civilians in south Lebanon on Tuesday despite the truce, {s} said."),
    ("violation", None, "{S} said the south Lebanon truce had been breached dozens of times since it took effect on Sunday."),
    ("violation", None, "{S} reported 12 violations of the ceasefire in south Lebanon over the past 24 hours."),
    ("violation", None, "Clashes broke out in south Lebanon on Tuesday in the first serious test of the truce, {s} said."),
)
PARTIES = (("The army", "the army"), ("The UN", "the UN"), ("Hezbollah", "Hezbollah"), ("The government", "the government"))


def paraphrases() -> Iterator[Probe]:
    for (kind, want, template), (subject, inner) in itertools.product(PARAPHRASES, PARTIES):
        yield Probe(template.format(S=subject, s=inner), "", (kind, want))


# -- headlines ----------------------------------------------------------------------------
HEADLINES: tuple[tuple[str | None, object, str], ...] = (
    ("expiring", end_of(12), "South Lebanon ceasefire to end at midnight"),
    ("expired", None, "South Lebanon truce ends"),
    ("declared", None, "Truce takes hold in south Lebanon"),
    ("violation", None, "Fresh clashes test south Lebanon truce"),
    ("violation", None, "Hezbollah, Israel trade fire despite south Lebanon truce"),
    ("violation", None, "South Lebanon truce on brink after deadly strike"),
    ("extended", None, "South Lebanon truce extended again"),
    ("collapsed", None, "Israel says south Lebanon truce over"),
    ("expired", None, "South Lebanon truce expires; no word on extension"),
    ("expiring", end_of(15), "South Lebanon truce set to expire Friday"),
    (None, None, "EXPLAINER: What's next for the south Lebanon truce?"),
    (None, None, "Analysis: Can the south Lebanon truce hold?"),
    (None, None, "South Lebanon truce: what we know"),
    (None, None, "Factbox: Key terms of the south Lebanon truce"),
    (None, None, "South Lebanon truce largely holding on first day"),
    ("declared", None, "Calm returns to south Lebanon as truce begins"),
    ("extended", end_of(17), "South Lebanon truce extended until Sunday"),
    ("collapsed", None, "Hezbollah announces end of south Lebanon truce"),
    (None, None, "UN calls for extension of south Lebanon truce"),
    ("declared", None, "South Lebanon truce deal reached"),
    ("violation", None, "Rockets fired from south Lebanon in first breach of truce"),
    ("collapsed", None, "South Lebanon truce collapses amid heavy shelling"),
    ("extended", None, "South Lebanon truce renewed for a week"),
    ("extended", end_of(15), "South Lebanon truce extended to Friday"),
    ("extended", end_of(15), "South Lebanon truce extended until Friday midnight"),
    ("extended", None, "South Lebanon ceasefire extended by 48 hours"),
    ("extended", None, "Israel, Hezbollah agree to extend south Lebanon truce"),
    ("extended", at(14, 18), "South Lebanon truce prolonged until 6 pm Thursday"),
    ("extended", None, "South Lebanon truce gets 72-hour extension"),
    ("declared", None, "Ceasefire takes effect in south Lebanon"), ("declared", None, "South Lebanon ceasefire begins"),
    ("declared", at(15, 12), "72-hour south Lebanon truce begins at noon Tuesday"),
    ("declared", None, "Guns fall silent in south Lebanon as truce takes hold"),
    ("declared", None, "Israel, Hezbollah agree south Lebanon ceasefire"),
    ("declared", None, "Hezbollah declares unilateral truce in south Lebanon"), ("declared", None, "South Lebanon truce agreed"),
    ("expiring", end_of(12), "South Lebanon truce to end at midnight"),
    ("expiring", end_of(13), "South Lebanon truce set to expire Wednesday"),
    ("expiring", at(14, 18), "South Lebanon ceasefire due to expire at 6 pm Thursday"),
    ("expired", None, "South Lebanon truce expires"), ("expired", None, "South Lebanon truce expires without extension"),
    ("expired", None, "South Lebanon ceasefire lapses"), ("collapsed", None, "South Lebanon truce collapses"),
    ("collapsed", None, "South Lebanon ceasefire collapses as fighting resumes"), ("collapsed", None, "Hezbollah ends south Lebanon truce"),
    ("collapsed", None, "South Lebanon truce in tatters"), ("collapsed", None, "Hezbollah calls off south Lebanon ceasefire"),
    ("violation", None, "South Lebanon truce violated"), ("violation", None, "Shelling breaks south Lebanon truce"),
    ("violation", None, "Clashes test south Lebanon ceasefire"),
    ("violation", None, "Israel accuses Hezbollah of breaching south Lebanon truce"),
    ("violation", None, "Three killed in south Lebanon despite truce"), ("violation", None, "Rockets fired from south Lebanon hours into truce"),
    (None, None, "Talks on extending south Lebanon truce stall"), (None, None, "Hezbollah threatens to end south Lebanon truce"),
    (None, None, "UN urges extension of south Lebanon truce"), (None, None, "Can the south Lebanon truce hold?"),
    (None, None, "Hezbollah denies violating south Lebanon truce"),
    (None, None, "Analysis: What the south Lebanon truce means for the region"),
    (None, None, "South Lebanon truce holds for third day"), (None, None, "Five things to know about the south Lebanon ceasefire"),
    (None, None, "South Lebanon truce could be extended, officials say"),
    (None, None, "Hezbollah says open to extending south Lebanon truce"),
)


def headlines() -> Iterator[Probe]:
    for kind, want, title in HEADLINES:
        for body in ("", "Officials gave no further details."):
            yield Probe(body, title, NONE if kind is None else (kind, want))


# -- two tracked truces in one item ---------------------------------------------------------
GAZA_ZONE = ZoneInfo("Asia/Gaza")
TWO_TRUCES: tuple[tuple[str, set], ...] = (
    ("The Lebanon truce was extended until midnight on Friday, while the Gaza ceasefire collapsed as fighting resumed.",
     {("Lebanon", "extended", end_of(15)), ("Gaza", "collapsed", None)}),
    ("The Gaza truce expired at 6 a.m. on Tuesday. In south Lebanon, the ceasefire was holding.",
     {("Gaza", "expired", at(12, 6, zone=GAZA_ZONE))}),
    ("Israel and Hamas agreed to extend the Gaza truce by 48 hours. Hezbollah said the south Lebanon ceasefire would end at "
     "midnight on Wednesday.", {("Gaza", "extended", None), ("Lebanon", "expiring", end_of(13))}),
    ("Shelling hit south Lebanon on Tuesday in breach of the truce there. The Gaza ceasefire, which began on Sunday, held.",
     {("Lebanon", "violation", None)}),
    ("A ceasefire took effect in Gaza at noon on Tuesday. Hours later, rockets were fired from south Lebanon, breaking the "
     "Lebanon truce.", {("Gaza", "declared", None), ("Lebanon", "violation", None)}),
    ("Mediators said the Gaza truce would be extended until Thursday. The Lebanon truce, which expired last month, was not "
     "renewed.", {("Gaza", "extended", at(14, 24, zone=GAZA_ZONE))}),
    ("Hamas accused Israel of violating the Gaza ceasefire on Tuesday. Separately, a new truce took effect in south Lebanon "
     "at 8 a.m.", {("Gaza", "violation", None), ("Lebanon", "declared", None)}),
    ("The army declared a 72-hour truce in south Lebanon from noon on Tuesday, days after the Gaza ceasefire collapsed.",
     {("Lebanon", "declared", at(15, 12))}),
    ("The Gaza ceasefire ended at midnight. Fighting in south Lebanon continued despite the truce there.",
     {("Gaza", "expired", at(11, 24, zone=GAZA_ZONE)), ("Lebanon", "violation", None)}),
)


def _news_of(place: str, name: str, zone: ZoneInfo) -> list[tuple[str, tuple]]:
    """One plain news sentence of each kind for the truce in ``place``."""
    return [
        (f"The {place} truce was extended until midnight on Thursday, officials said on Tuesday.", (name, "extended", at(14, 24, zone=zone))),
        (f"A truce took effect in {place} at 6 a.m. on Tuesday and will last until noon on Friday.", (name, "declared", at(15, 12, zone=zone))),
        (f"The {place} truce expired at 6 a.m. on Tuesday without a further extension.", (name, "expired", at(12, 6, zone=zone))),
        (f"The militia declared on Tuesday that the {place} truce was over.", (name, "collapsed", None)),
        (f"Militia fighters fired rockets at an army post in {place} on Tuesday, breaking the truce there.", (name, "violation", None)),
    ]


def two_truces() -> Iterator[Probe]:
    for text, want in TWO_TRUCES:
        yield Probe(text, "", want, (LEBANON, GAZA))
    # each kind of news for one truce beside each kind for the other, in both orders
    for (lebanon, le), (gaza, ge) in itertools.product(_news_of("south Lebanon", "Lebanon", BEIRUT), _news_of("Gaza", "Gaza", GAZA_ZONE)):
        yield Probe(f"{lebanon} {gaza}", "", {le, ge}, (LEBANON, GAZA))
        yield Probe(f"{gaza} {lebanon}", "", {le, ge}, (LEBANON, GAZA))


# -- lengths from a stated start, extensions from a stated old end ---------------------------
LENGTHS = (("72-hour", timedelta(hours=72)), ("three-day", timedelta(days=3)), ("48-hour", timedelta(hours=48)),
           ("week-long", timedelta(days=7)), ("seven-day", timedelta(days=7)), ("24-hour", timedelta(hours=24)),
           ("two-week", timedelta(days=14)))
STARTS = (("from noon on Wednesday", at(13, 12)), ("starting at 6 a.m. on Wednesday", at(13, 6)),
          ("beginning at midnight on Wednesday", end_of(13)), ("from 0600 local time on Thursday", at(14, 6)),
          ("that takes effect at 8 p.m. on Wednesday", at(13, 20)), ("from 18:00 on Wednesday", at(13, 18)))
OLD_ENDS = (("which was due to expire at midnight on Wednesday", end_of(13)), ("due to end at 6 p.m. on Tuesday", at(12, 18)),
            ("which had been set to expire at noon on Wednesday", at(13, 12)))
BY = (("48 hours", timedelta(hours=48)), ("72 hours", timedelta(hours=72)), ("a week", timedelta(days=7)),
      ("three days", timedelta(days=3)), ("another 24 hours", timedelta(hours=24)))


def _wall_plus(instant: datetime, span: timedelta) -> datetime:
    return (instant.astimezone(BEIRUT) + span).astimezone(UTC)  # aware + timedelta: wall-clock arithmetic


def lengths() -> Iterator[Probe]:
    for (length, span), (start, at_start) in itertools.product(LENGTHS, STARTS):
        for template in ("The army announced a {n} truce in south Lebanon {s}.",
                         "Both sides agreed to a {n} ceasefire in south Lebanon {s}, mediators said."):
            yield Probe(template.format(n=length, s=start), "", ("declared", _wall_plus(at_start, span)))
    for (by, span), (old, at_old) in itertools.product(BY, OLD_ENDS):
        yield Probe(f"The south Lebanon truce, {old}, has been extended by {by}, the army said.", "",
                    ("extended", _wall_plus(at_old, span)))


# -- violations: attacks in a running truce, and attacks that breach nothing ----------------
BREACHES = (
    "The south Lebanon truce, in force since Sunday, was shaken on Tuesday when militia fighters fired rockets at an army post.",
    "Despite the south Lebanon ceasefire, an air strike killed four people in Tyre on Tuesday morning, local officials said.",
    "Militia fighters attacked army positions in south Lebanon overnight, the third breach of the truce since it began on Sunday.",
    "Army shelling hit two villages in south Lebanon on Monday night in violation of the ceasefire, the militia said.",
    "The army said militia snipers had opened fire on its troops in south Lebanon on Tuesday, violating the truce.",
    "A drone strike killed a militia commander in south Lebanon on Tuesday, the first deadly incident since the ceasefire "
    "took effect last week.",
    "Each side accused the other on Tuesday of breaking the south Lebanon truce, with exchanges of fire reported near the border.",
    "The UN reported 15 ceasefire violations in south Lebanon on Monday, including artillery fire near Khiam.",
)
NO_BREACHES = (
    "Clashes in south Lebanon in 2019 killed dozens before a ceasefire was agreed.",
    "The south Lebanon truce was agreed after weeks of fighting that killed hundreds.",
    "Fighting raged in south Lebanon on Saturday, a day before the truce took effect on Sunday.",
    "The army warned it would respond to any violation of the south Lebanon truce.",
    "The 2006 war in south Lebanon killed more than a thousand people.",
    "The south Lebanon ceasefire has held since it took effect on Sunday, with no violations reported.",
    "Monitors are investigating reports of shooting in south Lebanon last month, before the current truce.",
    "The militia denied firing any rockets from south Lebanon since the truce began.",
    "A car bomb in Beirut, far from the south Lebanon truce zone, killed two people on Tuesday; police blamed a criminal gang.",
    "Officials said the last violation of the south Lebanon truce was recorded in January.",
    "Rights groups documented attacks on civilians in south Lebanon during the war that preceded the ceasefire.",
    "Since the truce began on Sunday, the south Lebanon front has been quiet, the army said.",
)


#: Beside a truce told as running, attacks that breach nothing, alone and after it.
RUNNING_TRUCE = "The south Lebanon truce, in force since Sunday, was holding on Tuesday, officials said."
NOT_BREACHES_BESIDE = (
    "Israeli jets struck Hezbollah positions in south Lebanon on Saturday, a day before the truce took effect.",
    "Fighting in south Lebanon continued until minutes before the truce began on Sunday.",
    "Hezbollah denied Israeli claims that it had fired rockets from south Lebanon.",
    "No violations have been reported in south Lebanon since the truce began.",
    "Shelling was reported in the north of Syria, far from the south Lebanon truce zone.",
    "Two soldiers were killed in south Lebanon on Tuesday by a mortar round left over from the war.",
    "Police clashed with protesters in Beirut over fuel prices on Tuesday.",
    "A shepherd was wounded by an unexploded cluster bomb in south Lebanon on Tuesday.",
    "The army said it would retaliate for any attack on its troops in south Lebanon.",
    "In Gaza, Israeli strikes killed 30 people on Tuesday.",
    "Residents of south Lebanon said they had heard no gunfire since Sunday.",
    "The UN said it was investigating reports of shooting in south Lebanon last week.",
)


def violations() -> Iterator[Probe]:
    for text in BREACHES:
        yield Probe(text, "", ("violation", ...))
    for text in NO_BREACHES:
        yield Probe(text, "", ("not", "violation"))
    for text in NOT_BREACHES_BESIDE:
        yield Probe(text, "", ("not", "violation"))
        yield Probe(f"{RUNNING_TRUCE} {text}", "", ("not", "violation"))
    yield Probe(f"{RUNNING_TRUCE} Militia fighters shelled an army post in south Lebanon on Tuesday.", "", ("violation", ...))


# -- windows --------------------------------------------------------------------------------
WINDOWS = (
    ("from Friday to Sunday", end_of(17)), ("from Friday until Sunday", end_of(17)),
    ("from 6 a.m. Wednesday to 6 p.m. Thursday", at(14, 18)), ("between 8 a.m. and 4 p.m. on Wednesday", at(13, 16)),
    ("from 8 a.m. to 4 p.m. on Wednesday", at(13, 16)), ("on Wednesday from 8 a.m. to 4 p.m.", at(13, 16)),
    ("from March 15 to March 20", end_of(20)), ("from 15 to 20 March", end_of(20)), ("on March 15-17", end_of(17)),
    ("from midnight on Wednesday until midnight on Saturday", end_of(16)), ("from 0800 to 1600 local time on Wednesday", at(13, 16)),
    ("from noon Wednesday through Sunday", end_of(17)), ("until the end of Ramadan on April 9", end_of(9, 4)),
    ("for the Easter weekend, from Friday to Monday", end_of(18)),
)


def windows() -> Iterator[Probe]:
    for window, want in WINDOWS:
        for template in ("The army declared a truce in south Lebanon {w}.",
                         "A humanitarian pause will be observed in south Lebanon {w}, the UN said."):
            yield Probe(template.format(w=window), "", ("declared", want))


# -- history that alerts nothing, and news told in reported speech --------------------------
HISTORY = (
    "The south Lebanon truce, declared in January, has largely held.",
    "Last year's south Lebanon ceasefire collapsed in March after a month.",
    "A previous south Lebanon truce expired on Sunday without incident.",
    "The south Lebanon truce was first declared in 2006 and renewed several times since.",
    "Two weeks after the south Lebanon truce was extended, talks resumed in Cairo.",
    "Since the south Lebanon ceasefire was agreed in November, trade has picked up.",
    "The south Lebanon truce, which took effect a month ago, has brought relief to farmers.",
    "The army recalled that it had declared a truce in south Lebanon in 2019.",
    "The 2006 south Lebanon ceasefire ended a 34-day war.",
    "The south Lebanon truce that expired last week was not renewed, and fighting has since resumed.",
    "Residents said life had returned to normal since the south Lebanon truce began in January.",
    "The ceasefire in south Lebanon has now been in place for three months.",
    "Officials said the south Lebanon truce, extended twice in February, would be reviewed.",
    "The south Lebanon truce collapsed in 2021, a year after it was signed.",
    "Ten years ago today, the south Lebanon truce took effect at 8 a.m.",
    "On this day in 2006, a ceasefire ended the war in south Lebanon.",
    "The south Lebanon truce, which expired last Friday, was not renewed.",
    "Since the south Lebanon truce collapsed in January, more than 200 people have been killed.",
    "Analysts say the south Lebanon truce, extended three times since November, is fragile.",
    "The south Lebanon truce agreed in November 2023 was the first in years.",
    "Hezbollah's leader recalled how the 2006 ceasefire in south Lebanon was agreed after 34 days of war.",
    "A year after the south Lebanon ceasefire, residents are still rebuilding.",
    "When the south Lebanon truce expired in January, fighting resumed within hours.",
    "The south Lebanon truce was extended for the first time on January 5 and again on February 2.",
    "Opinion: the south Lebanon ceasefire is a mirage.",
    "The court heard that the attack came days after the south Lebanon truce took effect in 2019.",
    "The south Lebanon truce, declared on March 1, has been largely respected.",
    "Looking back: how the south Lebanon truce was extended and then collapsed in 2019.",
    "The south Lebanon ceasefire took effect in November after months of fighting.",
    "It was the first extension of the south Lebanon truce since it began on February 20.",
    "The 60-day south Lebanon truce that began in November was later extended until February 18.",
    "Residents recalled the night the south Lebanon truce collapsed in 2021, when shells hit the market.",
)
REPORTED = (
    ("extended", end_of(15), "Officials said the south Lebanon truce had been extended until Friday."),
    ("extended", end_of(15), "According to the army, the south Lebanon ceasefire was extended until Friday."),
    ("extended", end_of(15), "The south Lebanon ceasefire has been extended until Friday, according to a statement."),
    ("declared", None, "A truce took effect in south Lebanon at 6 a.m. on Tuesday, according to the army."),
    ("collapsed", None, "The south Lebanon ceasefire has collapsed, the militia said on Tuesday."),
    ("expired", ..., "The south Lebanon truce expired at midnight, officials said on Tuesday."),
    ("declared", None, "The army told reporters on Tuesday that a ceasefire in south Lebanon had taken effect at dawn."),
    ("extended", end_of(15), "In a statement on Tuesday, the army said it would extend the south Lebanon truce until Friday."),
)


def history() -> Iterator[Probe]:
    for text in HISTORY:
        yield Probe(text, "", NONE)


def reported() -> Iterator[Probe]:
    for kind, want, text in REPORTED:
        yield Probe(text, "", (kind, want))


# -- distractors: a sentence beside the news that must not change its reading ---------------
NEWS = (
    ("The south Lebanon truce was extended until midnight on Thursday, the army said on Tuesday.",
     {("Lebanon", "extended", end_of(14))}),
    ("A truce took effect in south Lebanon at 6 a.m. on Tuesday and will last until noon on Friday.",
     {("Lebanon", "declared", at(15, 12))}),
    ("The south Lebanon truce expired at 6 a.m. on Tuesday without a further extension.", {("Lebanon", "expired", at(12, 6))}),
    ("The militia declared on Tuesday that the south Lebanon truce was over.", {("Lebanon", "collapsed", None)}),
    ("Militia fighters fired rockets at an army post in south Lebanon on Tuesday, breaking the truce.",
     {("Lebanon", "violation", None)}),
)
DISTRACTORS = (
    "RECAP - The truce began on March 1 for five days and was extended twice.",
    "Background: a previous truce in south Lebanon collapsed in 2019.",
    "Officials denied reports that a second truce had been agreed for the north.",
    "A court in Beirut ruled on Tuesday that a former minister had breached ethical standards.",
    "The trade truce between Washington and Beijing was extended by 90 days on Monday.",
    "Talks on a permanent ceasefire are due to resume in Cairo at the end of May.",
    "The UN has given the militias until 0001 GMT on March 21 to withdraw their heavy weapons.",
    "Both sides have occasionally accused each other of attacks during past truces.",
    "The 2006 war in south Lebanon killed more than a thousand people.",
    "The prime minister is due to visit Washington on Thursday.",
    "The 2006 truce in south Lebanon was brokered by the UN after a 34-day war.",
    "The Security Council has called for a lasting ceasefire and the withdrawal of all forces.",
    "Aid convoys, which had grown in number since the first truce was declared, slowed in May.",
    "Markets had largely priced in the move after weeks of talks.",
    "Hezbollah's own truce in the north ends at midnight on Sunday.",
    "The Gaza ceasefire collapsed on Monday after Israeli strikes.",
    "In Syria, a separate truce was extended until Friday.",
    "Israeli jets struck targets in Gaza overnight.",
    "The army said it would respond to any violation.",
    "The truce could be extended again if talks in Cairo succeed.",
    "Earlier truces in the region collapsed within days.",
    "The army accused the militia of violating the truce last month.",
    "The first phase of the deal is meant to last 42 days.",
    "A UN spokesman said the Security Council would meet on Wednesday.",
    "Hamas said on Tuesday it had agreed to a pause in Gaza, but Israel denied it.",
    "The UN urged both sides to agree a permanent ceasefire by the end of the month.",
    # truces of trade, politics, labour, sport and feuds
    "The two airlines agreed a price truce on Tuesday.", "Rival unions declared a truce in their pay dispute on Tuesday.",
    "The football clubs called a truce in their transfer row on Tuesday.", "The Olympic truce took effect on Tuesday.",
    "Washington and Beijing extended their tariff truce by 90 days on Tuesday.",
    "The two families ended their feud with a truce on Tuesday.",
    "Parliament's rival blocs agreed a political truce until the budget vote on Friday.",
    "Opposition parties agreed an election truce on Tuesday.", "The truce between the two gangs in El Salvador collapsed on Tuesday.",
    "A media truce between the two broadcasters ended on Tuesday.",
    # attacks that breach nothing: elsewhere, by outsiders, old, before the truce, not attacks
    "Islamic State claimed a bombing in Baghdad that killed 12 people.",
    "In Gaza, Israeli strikes killed 30 people overnight.",
    "Clashes between rival clans in the Bekaa valley left two dead.",
    "A bomb found near the port in Tyre was defused.",
    "Police arrested three men suspected of smuggling weapons.",
    "Last month, militia fighters fired rockets at an army post, the army said.",
    "In Damascus, where no truce is in place, sniper fire killed a child.",
    "Gunmen killed two police officers in Beirut in what officials called a criminal dispute.",
    "Both sides traded fire for hours on Sunday, two days before the truce began.",
)


def distractors() -> Iterator[Probe]:
    for (news, want), other in itertools.product(NEWS, ("",) + DISTRACTORS):
        yield Probe(f"{news} {other}".strip(), "", want)
        if other:
            yield Probe(f"{other} {news}", "", want)


# -- speech: conditions, threats, drafts and denials told by someone; and news so told ----------
SPEECH_NONE = (
    "Hezbollah said it would observe a truce in south Lebanon if Israel halted its strikes.",
    "Israel threatened to end the south Lebanon truce unless the rockets stopped.",
    "A Hezbollah official told Reuters the group was 'ready to consider' extending the south Lebanon truce.",
    "Sources said a deal to extend the south Lebanon truce was close but not yet agreed.",
    "The army denied that it had agreed to extend the south Lebanon truce.",
    "Israel gave Hezbollah until Friday to withdraw from south Lebanon or face renewed strikes.",
    "The militia said it would end its truce in south Lebanon at midnight on Friday unless its demands were met.",
    "According to unconfirmed reports, the truce in south Lebanon may be extended by a week.",
    "Washington proposed that the south Lebanon truce be extended until April.",
    "Hezbollah said it would accept a truce in south Lebanon only after Israel withdrew its troops.",
    "The army said it had not decided whether to extend the south Lebanon truce beyond Friday.",
    "Officials played down reports that the south Lebanon truce would be extended until Friday.",
    "Israel's defence minister warned that the south Lebanon truce could collapse within days.",
    "Mediators hope to announce a truce in south Lebanon by Friday, diplomats said.",
    "Hezbollah offered a truce in south Lebanon from Friday if Israel stopped its air strikes.",
    "The cabinet will vote on Wednesday on whether to extend the south Lebanon truce until Friday.",
    "A draft agreement seen by Reuters would extend the south Lebanon truce until April 30.",
    "Hezbollah rejected an Israeli offer to extend the south Lebanon truce by 48 hours.",
    "Israel said the south Lebanon truce would end automatically if a single rocket was fired.",
    "There was no word from Hezbollah on whether it would honour the south Lebanon truce.",
    # ultimatums and threats with a time in them
    "Israel said it would resume strikes in south Lebanon at 6 p.m. on Friday unless Hezbollah withdrew.",
    "The militia gave Israel until Friday to withdraw from south Lebanon or the truce would end.",
    "Hezbollah warned that the south Lebanon truce would collapse if Israel kept up its raids.",
    "Israel set a deadline of midnight on Friday for Hezbollah to pull back, or the south Lebanon truce would be over.",
    "The army threatened to end the south Lebanon truce at midnight unless the rockets stopped.",
    "Hezbollah said it would consider the south Lebanon truce void if Israel struck Beirut again.",
    "Unless a deal is reached by Friday, the south Lebanon truce will lapse, diplomats warned.",
    "The south Lebanon truce could end as early as Friday if talks fail, officials said.",
    "Should the talks collapse, the south Lebanon truce would end at midnight on Friday.",
    # previews of a truce not yet made
    "A truce in south Lebanon is expected to take effect at noon on Wednesday, diplomats said.",
    "A truce in south Lebanon could take effect as early as Wednesday, officials said.",
    "Negotiators hope a truce in south Lebanon will take effect by the weekend.",
    "A draft truce for south Lebanon would take effect 24 hours after signing.",
    "A truce in south Lebanon is within reach, the US envoy said.",
    "Israel is weighing a proposal for a 60-day truce in south Lebanon.",
    "The security cabinet will meet on Wednesday to approve a truce in south Lebanon, officials said.",
    "A truce in south Lebanon is likely to be announced in the coming days, sources said.",
    "Israel and Hezbollah are close to agreeing a truce in south Lebanon, officials said.",
    "If approved, the truce in south Lebanon would begin at 4 a.m. on Wednesday.",
    # what collapsed was not the truce, or it did not collapse
    "Fears grew that the south Lebanon truce could collapse.", "The south Lebanon truce has not collapsed, officials insisted.",
    "The collapse of the 2019 truce in south Lebanon still haunts residents.", "The south Lebanon truce is on the verge of collapse.",
    "Talks on extending the south Lebanon truce collapsed on Tuesday.", "Efforts to extend the south Lebanon truce collapsed on Tuesday.",
    "Negotiations over the south Lebanon truce broke down on Tuesday.",
    "A prisoner swap under the south Lebanon truce fell apart on Tuesday.",
    "Hezbollah denied that the south Lebanon truce had collapsed.",
    "Reports that the south Lebanon truce had collapsed were false, the army said.",
)
SPEECH_NEWS = (
    ("extended", "'We have agreed to extend the truce in south Lebanon until Friday,' a government spokesman said on Tuesday."),
    ("extended", "A spokesman said on Tuesday that the truce in south Lebanon would be extended until Friday, according to state media."),
    ("declared", "Hezbollah announced a unilateral truce in south Lebanon on Tuesday, which Israel rejected."),
    ("collapsed", "'The ceasefire is over,' a militia commander in south Lebanon told AFP on Tuesday."),
    ("extended", "Israel said on Tuesday it had agreed to a US request to extend the south Lebanon truce until Friday."),
    ("extended", "The truce in south Lebanon will be extended until Friday, two officials told Reuters on condition of anonymity."),
    ("collapsed", "Lebanese state media reported on Tuesday that the truce in south Lebanon had collapsed after heavy shelling."),
    ("violation", "Hezbollah accused Israel on Tuesday of violating the south Lebanon truce with an air strike on Tyre."),
)


def speech() -> Iterator[Probe]:
    for text in SPEECH_NONE:
        yield Probe(text, "", NONE)
    for kind, text in SPEECH_NEWS:
        yield Probe(text, "", (kind, ...))


# -- no truce running: attacks beside calls, talks, rejections and old ends breach nothing ----
NO_TRUCE = (
    "The UN called for a truce in south Lebanon on Tuesday.", "Talks on a south Lebanon ceasefire stalled on Tuesday.",
    "Hezbollah rejected a US proposal for a truce in south Lebanon.", "Diplomats are pushing for a truce in south Lebanon.",
    "The south Lebanon truce collapsed last week.", "A proposed truce in south Lebanon would take effect on Friday if approved.",
    "France urged Israel and Hezbollah to agree a ceasefire in south Lebanon.", "Hopes for a truce in south Lebanon faded on Tuesday.",
    "The south Lebanon ceasefire expired on Saturday and has not been renewed.",
    "Israel said there would be no ceasefire in south Lebanon until Hezbollah disarmed.",
    "Mediators said a truce in south Lebanon was still weeks away.",
)
ATTACKS = (
    "Israeli jets struck three villages in south Lebanon overnight.", "Militia fighters shelled Metula on Tuesday, the army said.",
    "Fighting raged near the border on Tuesday, killing six people.", "Air strikes killed 12 people in Tyre on Tuesday morning.",
    "Rockets were fired at northern Israel on Tuesday.",
)


def no_truce() -> Iterator[Probe]:
    for state, attack in itertools.product(NO_TRUCE, ATTACKS):
        yield Probe(f"{state} {attack}", "", ("not", "violation"))
        yield Probe(f"{attack} {state}", "", ("not", "violation"))


# -- weekdays: an end named by its weekday, read on each day of the week, 0-5 days ahead -------
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY_TEMPLATES = (
    ("extended", "The south Lebanon truce was extended on {pd} until {d} at 6 p.m., the army said.", 18),
    ("extended", "Israel and Hezbollah agreed on {pd} to extend the south Lebanon truce until midnight on {d}.", 24),
    ("declared", "The army declared a truce in south Lebanon on {pd}, to last until 6 p.m. on {d}.", 18),
    ("expiring", "The south Lebanon truce is due to expire at 6 p.m. on {d}, officials said on {pd}.", 18),
    ("extended", "TITLE South Lebanon truce extended until {d}", 24),
)


def weekdays() -> Iterator[Probe]:
    for pub_day, ahead, (kind, template, hour) in itertools.product(range(11, 18), range(6), WEEKDAY_TEMPLATES):
        if kind == "expiring" and not ahead:
            continue  # (read that morning, an end at 6 p.m. is told as "today")
        pub = datetime(2024, 3, pub_day, 9, tzinfo=UTC)
        text = template.format(pd=WEEKDAY_NAMES[pub.weekday()], d=WEEKDAY_NAMES[(pub.weekday() + ahead) % 7])
        title, text = (text[6:], "Officials gave no further details.") if text.startswith("TITLE ") else ("", text)
        yield Probe(text, title, (kind, at(pub_day + ahead, hour)), pub=pub)


# -- vocabulary: each way reports name a truce, in the five kinds' plainest sentences ----------
TRUCE_NAMES = (
    "truce", "ceasefire", "cease-fire", "cease fire", "cessation of hostilities", "humanitarian pause", "72-hour pause",
    "regime of calm", "regime of silence", "lull", "armistice", "humanitarian window", "humanitarian truce", "two-week pause",
    "unilateral ceasefire", "temporary truce", "holiday truce", "Eid truce", "Christmas ceasefire", "'regime of silence'",
    "silence regime", "pause in the fighting", "halt to hostilities", "suspension of hostilities", "cessation of fire",
    "truce agreement", "ceasefire deal",
)
VOCABULARY_TEMPLATES = (
    ("extended", "The {w} in south Lebanon was extended until midnight on Thursday, the army said.", end_of(14)),
    ("declared", "The army declared a {w} in south Lebanon until midnight on Thursday.", end_of(14)),
    ("expired", "The {w} in south Lebanon expired at 6 a.m. on Tuesday.", at(12, 6)),
    ("collapsed", "The {w} in south Lebanon collapsed on Tuesday after heavy shelling.", None),
    ("violation", "Militia fighters shelled an army post on Tuesday, violating the {w} in south Lebanon.", None),
)


def vocabulary() -> Iterator[Probe]:
    for name, (kind, template, want) in itertools.product(TRUCE_NAMES, VOCABULARY_TEMPLATES):
        yield Probe(template.format(w=name), "", (kind, want))


# -- verbs: the ways reports tell each kind, in one plain sentence each ----------------------
VERBS = (
    *(("extended", f"The south Lebanon truce was {v} until midnight on Thursday, the army said.", end_of(14)) for v in (
        "extended", "prolonged", "renewed", "stretched", "rolled over", "lengthened", "further extended", "extended again")),
    *(("extended", f"The army {v} the south Lebanon truce until midnight on Thursday.", end_of(14)) for v in (
        "extended", "prolonged", "renewed", "stretched", "agreed to extend", "decided to extend", "moved to extend",
        "voted to extend", "has extended", "chose to extend")),
    *(("expired", f"The south Lebanon truce {v} at 6 a.m. on Tuesday.", at(12, 6)) for v in (
        "expired", "ran out", "lapsed", "came to an end", "ended", "elapsed", "was over", "formally ended", "officially expired",
        "ended as scheduled")),
    *(("collapsed", f"The south Lebanon truce {v} on Tuesday.", None) for v in (
        "collapsed", "broke down", "fell apart", "was shattered", "unravelled", "crumbled", "was called off", "was scrapped",
        "was abandoned", "was declared over", "was torn up", "disintegrated", "ended abruptly", "was suspended")),
    *(("declared", f"A truce in south Lebanon {v} at 6 a.m. on Tuesday, the army said.", None) for v in (
        "took effect", "came into force", "began", "went into effect", "entered into force", "kicked in", "started",
        "came into effect", "took hold")),
    *(("declared", f"A truce in south Lebanon {v} on Tuesday, the army said.", None) for v in (
        "was announced", "was declared", "was signed", "was proclaimed")),
)


def verbs() -> Iterator[Probe]:
    for kind, text, want in VERBS:
        yield Probe(text, "", (kind, want))


# -- running stories: a new end beside the old one, told as feeds retell a truce day by day ----
RUNNING = (
    ("The south Lebanon truce, extended on Sunday until Wednesday, was extended again on Tuesday until Friday.", "extended", end_of(15)),
    ("The south Lebanon truce was extended again on Tuesday, this time until Friday; it had been due to end on Wednesday.",
     "extended", end_of(15)),
    ("Hezbollah and Israel on Tuesday agreed a second extension of the south Lebanon truce, to midnight on Friday.", "extended", end_of(15)),
    ("The south Lebanon truce, first agreed for three days and then extended to Wednesday, will now run until Friday.",
     "extended", end_of(15)),
    ("The south Lebanon truce will now expire at midnight on Friday rather than Wednesday, the UN said on Tuesday.",
     "extended", end_of(15)),
    ("The south Lebanon truce was extended by 48 hours on Tuesday. It had been due to expire at midnight on Wednesday.",
     "extended", end_of(15)),
    ("The south Lebanon truce, which began on Saturday and was due to end at midnight on Wednesday, was extended by two days "
     "on Tuesday.", "extended", end_of(15)),
    ("Under the extension announced on Tuesday, the south Lebanon truce will last until Friday at midnight.", "extended", end_of(15)),
    ("The south Lebanon truce expires at midnight on Wednesday; mediators are seeking an extension.", "expiring", end_of(13)),
    ("The south Lebanon truce, which expires at midnight on Wednesday, was holding on Tuesday.", "expiring", end_of(13)),
    ("Tuesday is the last full day of the south Lebanon truce, which ends at midnight on Wednesday.", "expiring", end_of(13)),
    ("The south Lebanon truce has 36 hours left to run.", "expiring", ...),
    *((f"The south Lebanon truce {v} midnight on Thursday.", "expiring", end_of(14)) for v in (
        "is set to run out at", "will lapse at", "comes to an end at", "is scheduled to end at", "runs out at",
        "will be over at", "is valid until")),
    ("The deadline for the south Lebanon truce is midnight on Thursday.", "expiring", end_of(14)),
    ("The south Lebanon truce's deadline is midnight on Thursday.", "expiring", end_of(14)),
    ("With the south Lebanon truce due to expire at midnight on Thursday, diplomats are racing to extend it.", "expiring", end_of(14)),
    ("The clock is ticking on the south Lebanon truce, which expires at midnight on Thursday.", "expiring", end_of(14)),
)


def running() -> Iterator[Probe]:
    for text, kind, want in RUNNING:
        yield Probe(text, "", {("Lebanon", kind, want)} if want is not ... else (kind, ...))


# -- notice: a party ends its truce at a time it gives; ahead it is expiring, passed a collapse --
NOTICE_FORMS = (
    ("Hezbollah said it would {v} the south Lebanon truce, effective {t}.", "", ("terminate", "end", "lift")),
    ("Hezbollah said on Tuesday it was {v} the south Lebanon truce it has kept since January, effective {t}.", "",
     ("terminating", "ending", "lifting")),
    ("Hezbollah {v} the south Lebanon truce on Tuesday, with effect from {t}.", "", ("terminated", "ended", "lifted")),
    ("", "Hezbollah {v} south Lebanon truce effective {t}", ("terminates", "ends", "lifts")),
    ("", "Hezbollah to {v} south Lebanon truce at {t}", ("end", "terminate", "lift")),
    ("Hezbollah will {v} the south Lebanon truce at {t}, giving the ten days' notice it promised.", "", ("end", "terminate")),
)
NOTICE_TIMES = (("11:59 p.m. on March 20", "expiring", at(20, 23, 59)), ("midnight on Friday", "expiring", end_of(15)),
                ("6 p.m. on Thursday (1600 GMT)", "expiring", datetime(2024, 3, 14, 16, tzinfo=UTC)))


def notice() -> Iterator[Probe]:
    for text, title, verbs in NOTICE_FORMS:
        for v in verbs:
            for t, kind, want in NOTICE_TIMES:
                yield Probe(text.format(v=v, t=t), title.format(v=v, t=t), {("Lebanon", kind, want)})
    for text in ("Hezbollah lifted the south Lebanon truce on Tuesday, effective at 6 a.m. that day.",
                 "Hezbollah said the south Lebanon truce was lifted effective 7 a.m. on Tuesday.",
                 "Hezbollah ended the south Lebanon truce with immediate effect on Tuesday."):
        yield Probe(text, "", {("Lebanon", "collapsed", None)})


# -- frames: an event told as the time of another ("since the truce ended") is no news itself --
FRAMED = (
    ("the guerrillas ended their truce in south Lebanon", "collapsed", False),
    ("the truce in south Lebanon collapsed", "collapsed", False),
    ("the militias called off their south Lebanon ceasefire", "collapsed", False),
    ("Israel and Hezbollah signed their south Lebanon truce", "declared", True),
    ("the truce in south Lebanon was declared", "declared", True),
    ("the south Lebanon truce took effect", "declared", True),
)
FRAME_SENTENCES = ("Militants shelled two army posts on Monday night, the first attacks since {e} on Saturday.",
                   "Militants shelled two army posts on Monday night, the deadliest attack since {e}.",
                   "Residents said shelling had resumed since {e}.")


def frames() -> Iterator[Probe]:
    for event, kind, running in FRAMED:
        for sentence in FRAME_SENTENCES:
            text = sentence.format(e=event)
            yield Probe(text, "", ("not", kind))
            if not running:
                yield Probe(text, "", NONE)


# -- asks: a truce asked of others, promised for later, expected, or a plan for one accepted --
def asks() -> Iterator[Probe]:
    for v in ("agreed", "decided", "voted", "resolved", "have agreed", "had agreed"):
        for ask in ("to ask", "to urge", "to press", "to call on", "to request"):
            yield Probe(f"The cabinet {v} {ask} Hezbollah to declare a truce in south Lebanon.", "", NONE)
    for when in ("once the prisoners are freed", "when the talks in Cairo open", "as soon as the army withdraws"):
        for v in ("declare", "announce", "proclaim"):
            yield Probe(f"Hezbollah will {v} a truce in south Lebanon {when}, its leader said.", "", NONE)
    for who in ("Diplomats", "Observers", "Analysts"):
        for party in ("Hezbollah", "its leadership", "the army", "the two sides"):
            yield Probe(f"{who} expect {party} to announce a truce in south Lebanon within days.", "", NONE)
    for body in ("a UN", "an Egyptian", "an Arab League", "an Organisation of Islamic Cooperation", "the French"):
        for plan in ("plan", "proposal", "initiative", "roadmap"):
            yield Probe(f"Hezbollah said it had accepted {body} {plan} for a truce in south Lebanon.", "", NONE)


# -- orders: an order to others is no truce unless it orders the truce ------------------------
ORDERED = ("fighters", "guerrillas", "commanders", "units", "troops", "soldiers", "forces", "cadres")


def orders() -> Iterator[Probe]:
    for who in ORDERED:
        yield Probe(f"Hezbollah said on Tuesday that its truce in south Lebanon would end at midnight tonight and ordered its {who} "
                    "to resume operations.", "", {("Lebanon", "expiring", end_of(12))})
        yield Probe(f"Hezbollah's council ordered its {who} to end the south Lebanon truce at 6 p.m. on Thursday.", "",
                    {("Lebanon", "expiring", at(14, 18))})
        yield Probe(f"Hezbollah ordered its {who} to observe a truce in south Lebanon from 6 a.m. on Wednesday.", "",
                    ("declared", ...))


# -- despite: a breach is fighting despite the truce, not despite a flood ----------------------
DISASTERS = ("the floods", "the earthquake", "the quake", "the storm", "the pandemic", "the outbreak", "the snow", "the heat")


def despite() -> Iterator[Probe]:
    for d in DISASTERS:
        yield Probe("Hezbollah declared a truce in south Lebanon on Tuesday to let rescuers work.",
                    f"Israel vows to keep fighting in south Lebanon despite {d}", {("Lebanon", "declared", None)})
        yield Probe(f"Israeli jets struck villages in south Lebanon on Tuesday despite {d} and the truce, officials said.", "",
                    ("violation", None))


# -- trailers: a plain report of each kind with an adverbial after its verb --------------------
TRAILERS = ("during the night", "following talks in Cairo", "according to officials", "early on Tuesday", "overnight",
            "amid heavy rain", "as planned", "without incident", "at the request of the UN", "in the morning",
            "after days of mediation", "under pressure from Washington", "pending further talks", "including in Tyre")
TRAILED = (
    ("declared", "A truce in south Lebanon took effect {x}, the army said.", None),
    ("declared", "Israel and Hezbollah agreed to a truce in south Lebanon {x}, the army said.", None),
    ("extended", "The south Lebanon truce was extended until Friday {x}, the army said.", end_of(15)),
    ("collapsed", "The south Lebanon truce collapsed {x}, the army said.", None),
    ("violation", "Israeli shelling hit two villages in south Lebanon {x}, violating the truce, the army said.", None),
)


def trailers() -> Iterator[Probe]:
    for kind, text, want in TRAILED:
        for x in TRAILERS:
            if not (kind == "violation" and x == "without incident"):
                yield Probe(text.format(x=x), "", (kind, want))


# -- leads: wire datelines, labels and attributions in front of a plain report ----------------
LEADS = ("BEIRUT (Reuters) - ", "BEIRUT, March 12 (AFP) - ", "UPDATE 2-", "Breaking: ", "In a statement, ", "Officials said that ",
         "According to the UN, ", "On Tuesday, ", "Late on Monday, ", "Meanwhile, ", "In south Lebanon, ", "Separately, ",
         "Lebanese media reported that ", "The army said in a statement that ", "- ", "* ")
LED = (
    ("declared", "a truce in south Lebanon took effect at 6 a.m. on Tuesday.", None),
    ("extended", "the south Lebanon truce was extended until Friday.", end_of(15)),
    ("expiring", "the south Lebanon truce expires at midnight on Thursday.", end_of(14)),
    ("collapsed", "the south Lebanon truce collapsed on Tuesday after heavy shelling.", None),
    ("violation", "Israeli shelling hit two villages in south Lebanon on Tuesday in violation of the truce.", None),
)


def leads() -> Iterator[Probe]:
    for kind, text, want in LED:
        for lead in LEADS:
            body = text if lead[-2:] in ("t ", "f ") or lead.endswith("that ") or lead[-2] == "," else text[0].upper() + text[1:]
            yield Probe(lead + body, "", (kind, want))


# -- pronouns: the second sentence tells the news of the truce the first named -----------------
PRONOUNED = (
    ("Israel and Hezbollah agreed a truce in south Lebanon on Tuesday. It will last until midnight on Friday.", "declared", end_of(15)),
    ("The south Lebanon truce had been due to end on Wednesday. It was extended on Tuesday until Friday.", "extended", end_of(15)),
    ("The south Lebanon truce has held since Sunday. It expires at midnight on Thursday.", "expiring", end_of(14)),
    ("The south Lebanon truce had held since Sunday. It collapsed on Tuesday after heavy shelling.", "collapsed", None),
    ("The south Lebanon truce has held since Sunday. The army said it was extended on Tuesday until Friday.", "extended", end_of(15)),
    ("A truce took effect in south Lebanon on Sunday. On Tuesday it was extended until Friday.", "extended", end_of(15)),
    ("A truce took effect in south Lebanon on Sunday. Israeli shelling broke it on Tuesday, killing two people.", "violation", None),
    ("Hezbollah declared a truce in south Lebanon on Tuesday. The truce will run until 6 p.m. on Thursday.", "declared", at(14, 18)),
)


PRONOUN_OTHERS = ("Israel said it was declaring a closed military zone along the border.",
                  "The army said it had extended its deployment in the south until Friday.",
                  "On Tuesday it declared a curfew in Tyre.", "The UN said it had extended the mandate of its observers until June.",
                  "The army said it was declared a closed military zone.")


def pronouns() -> Iterator[Probe]:
    for text, kind, want in PRONOUNED:
        yield Probe(text, "", (kind, want))
    for other in PRONOUN_OTHERS:  # "it" is the speaker or another thing: nothing new of the truce
        yield Probe("A truce took effect in south Lebanon on Sunday. " + other, "", NONE)


# -- recall: a feed item's news beside a sentence recalling the truce's earlier state -----------
RECALLS = ("The truce began on Sunday after weeks of mediation.", "It had taken effect at 4 a.m. on Sunday.",
           "Israeli shelling last week killed two people in Khiam.", "The truce was first agreed in January and extended twice.",
           "A previous truce in south Lebanon collapsed in 2022.", "Hezbollah accused Israel of breaches last month.",
           "The first truce, in January, lasted only three days.", "Since Sunday, the front has been largely quiet.")
RECALL_NEWS = (
    ("extended", "The south Lebanon truce was extended on Tuesday until Friday.", end_of(15)),
    ("expiring", "The south Lebanon truce expires at midnight on Thursday.", end_of(14)),
    ("collapsed", "The south Lebanon truce collapsed on Tuesday after heavy shelling.", None),
    ("violation", "Israeli shelling hit two villages in south Lebanon on Tuesday in violation of the truce.", None),
)


def recall() -> Iterator[Probe]:
    for recalled in RECALLS:
        yield Probe("The south Lebanon truce has held since Sunday. " + recalled, "", NONE)
        for kind, news, want in RECALL_NEWS:
            for text in (f"{news} {recalled}", f"{recalled} {news}"):
                yield Probe(text, "", {("Lebanon", kind, want)})


# -- counts: breaches told by their number, and tallies that are no breach --------------------
COUNTED = ("15", "dozens of", "three", "more than 100", "a handful of", "several", "at least 20", "fresh", "new", "repeated")
NOT_COUNTED = ("no", "zero", "fewer", "a drop in", "no new", "a sharp fall in", "a decline in")


def counts() -> Iterator[Probe]:
    for n in COUNTED:
        for noun in ("violations", "breaches"):
            yield Probe(f"The UN said it recorded {n} {noun} of the south Lebanon truce on Monday.", "", ("violation", None))
            yield Probe(f"Hezbollah accused Israel of {n} {noun} of the south Lebanon truce overnight.", "", ("violation", None))
    for n in NOT_COUNTED:
        yield Probe(f"The UN said it recorded {n} violations of the south Lebanon truce on Monday.", "", ("not", "violation"))


# -- chains: one more extension from a stated end, open-ended ones, and refusals --------------
CHAINED = (("by another 72 hours", end_of(16)), ("for a further week", end_of(20)), ("by a further 48 hours", end_of(15)),
           ("for another two days", end_of(15)), ("by three more days", end_of(16)), ("until the end of the month", end_of(31)),
           ("for an additional 24 hours", end_of(14)), ("once more, by 48 hours", end_of(15)), ("indefinitely", None),
           ("until further notice", None))
REFUSED = ("Hezbollah refused to extend the south Lebanon truce, which ends at midnight on Wednesday.",
           "Israel rejected an extension of the south Lebanon truce, which ends at midnight on Wednesday.",
           "Israel ruled out extending the south Lebanon truce, which ends at midnight on Wednesday.",
           "Hezbollah said it would not extend the south Lebanon truce, which ends at midnight on Wednesday.",
           "France proposed extending the south Lebanon truce, which ends at midnight on Wednesday, by a week, but Israel has not agreed.",
           "Talks on extending the south Lebanon truce, which ends at midnight on Wednesday, broke up without a deal.")


def chains() -> Iterator[Probe]:
    for more, want in CHAINED:
        yield Probe(f"The south Lebanon truce, which had been due to end at midnight on Wednesday, was extended {more} on Tuesday.",
                    "", {("Lebanon", "extended", want)})
        yield Probe(f"The south Lebanon truce was extended {more} on Tuesday. It had been due to end at midnight on Wednesday.",
                    "", {("Lebanon", "extended", want)})
    for text in REFUSED:
        yield Probe(text, "", ("not", "extended"))
        yield Probe(text, "", ("expiring", end_of(13)))


# -- breaches: ten kinds of attack told five ways beside a running truce -----------------------
ATTACKS = ("sniper fire", "a drone strike", "mortar fire", "artillery shelling", "an air raid", "a rocket attack",
           "heavy machine-gun fire", "an ambush", "a roadside bomb", "a missile strike")
BREACH_FORMS = ("{A} killed two people in south Lebanon on Tuesday despite the truce, medics said.",
                "Hezbollah accused Israel of {a} in south Lebanon on Tuesday in breach of the truce.",
                "Two people were killed by {a} in south Lebanon on Tuesday, three days into the truce.",
                "{A} hit a village in south Lebanon on Tuesday, the first serious violation of the truce since it began on Sunday.",
                "The south Lebanon truce was shaken on Tuesday when {a} killed two soldiers.")


def breaches() -> Iterator[Probe]:
    for attack, form in itertools.product(ATTACKS, BREACH_FORMS):
        yield Probe(form.format(a=attack, A=attack[0].upper() + attack[1:]), "", ("violation", None))


# -- fronted: the window or end told before the verb ----------------------------------------
FRONTED = (
    ("Between 10:00 and 16:00 on Wednesday, the army will observe a truce in south Lebanon.", "declared", at(13, 16)),
    ("From 10:00 to 16:00 on Wednesday, Israel will halt hostilities in south Lebanon, the army said.", "declared", at(13, 16)),
    ("At midnight on Thursday, the south Lebanon truce expires.", "expiring", end_of(14)),
    ("By midnight on Thursday the south Lebanon truce will have expired, officials said.", "expiring", end_of(14)),
    ("Israel said that from 08:00 to 18:00 on Wednesday it would halt hostilities in south Lebanon.", "declared", at(13, 18)),
    ("Israel said it would open a corridor in south Lebanon from 08:00 to 18:00 on Wednesday and would halt hostilities "
     "during those hours.", "declared", at(13, 18)),
)


def fronted() -> Iterator[Probe]:
    for text, kind, want in FRONTED:
        yield Probe(text, "", (kind, want))


# -- questions: a headline or sentence that asks tells nothing; an answer after it does -------
QUESTIONS = ("Will the south Lebanon truce be extended?", "Is the south Lebanon truce over?", "Has the south Lebanon truce collapsed?",
             "Did Israel break the south Lebanon truce?", "Explainer: will the south Lebanon truce hold past Friday?",
             "Could the south Lebanon truce be extended beyond midnight on Thursday?", "Can the south Lebanon truce survive?",
             "Was the south Lebanon truce violated overnight?", "Will the south Lebanon truce expire at midnight on Thursday?",
             "When will the south Lebanon truce expire?", "How long will the south Lebanon truce be extended?")


def questions() -> Iterator[Probe]:
    for q in QUESTIONS:
        yield Probe("", q, NONE)
        yield Probe(q + " Officials would not say.", "", NONE)
    yield Probe("The south Lebanon truce was extended until Friday, the army said on Tuesday.",
                "Will the south Lebanon truce be extended?", {("Lebanon", "extended", end_of(15))})
    yield Probe("", "Analysis: South Lebanon truce extended until Friday, but for how long?", {("Lebanon", "extended", end_of(15))})


# -- not extended: an end told beside a negation, and what the negation governs ---------------
NOT_EXTENDED = (
    ("The south Lebanon truce did not expire at midnight on Monday as planned; it was extended until Friday.", "extended", end_of(15)),
    ("The south Lebanon truce, which is due to expire at midnight on Wednesday, will not be extended, Israel said on Tuesday.",
     "expiring", end_of(13)),
    ("Israel said on Tuesday the south Lebanon truce would not be extended beyond midnight on Wednesday.", "expiring", end_of(13)),
    ("The south Lebanon truce expired at midnight on Monday without being extended.", "expired", end_of(11)),
    ("The south Lebanon truce was not renewed and lapsed at midnight on Monday.", "expired", end_of(11)),
    ("The south Lebanon truce was not extended and ran out at midnight on Monday.", "expired", end_of(11)),
    ("The south Lebanon truce has not collapsed and remains in force, the UN said.", "not", "collapsed"),
)


def not_extended() -> Iterator[Probe]:
    for text, kind, want in NOT_EXTENDED:
        yield Probe(text, "", (kind, want) if kind == "not" else {("Lebanon", kind, want)})


# -- zones and formats: the same ends in other zones and other spellings --------------------
ZONES = (("Kabul", "Asia/Kabul"), ("Kathmandu", "Asia/Kathmandu"), ("Yangon", "Asia/Yangon"), ("Manila", "Asia/Manila"),
         ("Srinagar", "Asia/Kolkata"), ("Belfast", "Europe/London"), ("Bogota", "America/Bogota"), ("Donetsk", "Europe/Kyiv"),
         ("Port-au-Prince", "America/Port-au-Prince"), ("Mexico City", "America/Mexico_City"), ("Lima", "America/Lima"),
         ("Khartoum", "Africa/Khartoum"), ("Juba", "Africa/Juba"), ("Addis Ababa", "Africa/Addis_Ababa"), ("Goma", "Africa/Lubumbashi"),
         ("Tripoli", "Africa/Tripoli"), ("Maputo", "Africa/Maputo"), ("Aden", "Asia/Aden"))
FORMATS: list[tuple[str, int, int, int, str | None]] = [
    # (end phrase, day in March 2024, hour, minute, explicit zone or None for the truce's own)
    ("16h00 on Friday", 15, 16, 0, None), ("24:00 on Friday", 15, 24, 0, None), ("1600 GMT Friday", 15, 16, 0, "UTC"),
    ("4 p.m. local time (1300 GMT) on Friday", 15, 13, 0, "UTC"), ("noon Saturday", 16, 12, 0, None),
    ("2024-03-15", 15, 24, 0, None), ("15/03/2024", 15, 24, 0, None), ("15.03.2024", 15, 24, 0, None),
    ("midnight (local time) on Friday", 15, 24, 0, None), ("1800 hrs on Friday", 15, 18, 0, None),
    ("18.00 on Friday, March 15", 15, 18, 0, None), ("Friday, 15 March 2024, at 6 p.m.", 15, 18, 0, None),
    ("6 p.m. on March 15 (1200 GMT)", 15, 12, 0, "UTC"), ("11:59 p.m. on Friday", 15, 23, 59, None),
    ("0600 GMT on Saturday", 16, 6, 0, "UTC"), ("dawn on Friday", 0, 0, 0, None),
    ("18:00 (UTC+3) on Friday", 15, 18, 0, "Etc/GMT-3"), ("6 p.m. (GMT) on Friday", 15, 18, 0, "UTC"),
    ("18:00 GMT+3 on Friday", 15, 18, 0, "Etc/GMT-3"),
]


def _format_end(day: int, hour: int, minute: int, zone: str) -> datetime | None:
    if not day:
        return None
    wall = datetime(2024, 3, day, hour % 24, minute, tzinfo=ZoneInfo(zone)) + timedelta(days=hour // 24)
    return wall.astimezone(UTC)


def zones_and_formats() -> Iterator[Probe]:
    for (place, zone), (end, day, hour, minute, explicit) in itertools.product(ZONES, FORMATS):
        spec = TruceSpec(place, zone, (f"{place} truce",))
        want = _format_end(day, hour, minute, explicit or zone)
        text = f"The {place} truce was extended until {end}, officials said on Tuesday."
        yield Probe(text, "", {(place, "extended", want)}, (spec,))


FAMILIES: dict[str, Callable[[], Iterator[Probe]]] = {
    "end-phrases": end_phrases, "negatives": negatives, "paraphrases": paraphrases, "headlines": headlines,
    "two-truces": two_truces, "lengths": lengths, "violations": violations, "windows": windows,
    "history": history, "reported": reported, "distractors": distractors, "zones-formats": zones_and_formats,
    "speech": speech, "no-truce": no_truce, "weekdays": weekdays,
    "vocabulary": vocabulary, "verbs": verbs, "running": running, "notice": notice, "frames": frames,
    "asks": asks, "orders": orders, "despite": despite, "trailers": trailers,
    "leads": leads, "pronouns": pronouns, "recall": recall, "counts": counts,
    "chains": chains, "breaches": breaches, "fronted": fronted,
    "questions": questions, "not-extended": not_extended,
}


def run(names: list[str] | None = None) -> dict[str, tuple[int, list[Probe]]]:
    """Family name -> (probes run, probes failed)."""
    out = {}
    for name in names or list(FAMILIES):
        probes = list(FAMILIES[name]())
        out[name] = (len(probes), [p for p in probes if not passes(p)])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("families", nargs="*", choices=[[], *FAMILIES], help="families to run (default: all)")
    ap.add_argument("--show", action="store_true", help="list every failed probe")
    args = ap.parse_args()
    for name, (total, failed) in run(args.families or None).items():
        print(f"{name:12s} {total - len(failed):5d} / {total:<5d} pass")
        if args.show:
            for p in failed:
                print(f"    want {p.expect!r}: {(p.title + ' | ') if p.title else ''}{p.text}")


if __name__ == "__main__":
    main()
