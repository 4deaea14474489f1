"""Which event, read as a grid: every hedge x every truce object gives nothing; every attack
x every breach frame is a violation; every attack x every frame that puts it outside a
running truce is not. A gap shows as a whole row, so it is fixed as a phrase form."""

import pytest

from bot.models import TruceSpec
from tests.grids import ALEPPO, events, local, timed

HEDGES = [
    "The UN called for", "The UN urged the parties to agree", "Russia proposed", "The opposition demanded",
    "Diplomats are pushing for", "Aid agencies hope for", "Washington is seeking", "Mediators floated",
    "The army said it was considering", "The rebels rejected", "The government refused", "Talks are under way on",
    "Negotiators are discussing", "Moscow is expected to announce", "The envoy said he was working towards",
    "The two sides could agree", "Both sides might accept", "France wants", "Turkey offered to broker",
    "The rebels said they would accept only if the army withdrew", "Officials denied reports of",
    "There is no sign of", "Hopes faded for", "The UN appealed for", "Ministers will meet to discuss",
    "The rebels said they were ready to consider", "The army dismissed calls for",
    "The Security Council will vote on a resolution demanding",
]
OBJECTS = [
    "a 72-hour truce in Aleppo starting at 7am on Tuesday", "a ceasefire in Aleppo",
    "a humanitarian pause in Aleppo from 8am to 8pm on Tuesday", "an extension of the Aleppo truce by 48 hours",
    "a renewed truce in Aleppo until Friday",
]
ATTACKS = [
    "Government shelling killed three people in Aleppo", "Rebels fired rockets at western Aleppo",
    "Air strikes hit a market in Aleppo", "Clashes erupted on the southern edge of Aleppo",
    "A sniper killed a child in Aleppo", "Mortar rounds landed in Aleppo", "Heavy fighting broke out in Aleppo",
    "Barrel bombs were dropped on eastern Aleppo", "Drone strikes hit rebel positions in Aleppo",
]
BREACH_FRAMES = [
    "{a} on Monday despite the truce.", "{a} on Monday in violation of the ceasefire.",
    "{a} on Monday, in the first breach of the truce that took effect on Sunday.",
    "The truce in Aleppo came under strain as {al} on Monday.", "{a} on Monday, hours after the ceasefire took effect.",
    "The ceasefire was shaken on Monday when {al}.", "{a} on Monday, testing the truce.",
    "{a} on Monday, the monitors said, accusing the army of breaking the truce.",
]
NO_BREACH_FRAMES = [
    "{a} on Monday.", "{a} on Monday, a day before the truce is due to take effect.",
    "{a} on Monday as diplomats pushed for a truce.", "{a} on Monday, weeks after the truce collapsed.",
    "{a} in March, before the truce was agreed.", "{a} on Monday; a truce is expected to be announced on Wednesday.",
    "{a} in 2015, a year before the current truce.", "{a} on Monday, and the army said there was no truce in the city.",
    "Before the ceasefire took effect on Sunday, {al}.",
]


def _kinds(text: str, title: str = "") -> list[str]:
    return [e.kind for e in events(text, title)]


def _fill(frame: str, attack: str) -> str:
    return frame.format(a=attack, al=attack[0].lower() + attack[1:])


@pytest.mark.parametrize("hedge", HEDGES)
def test_a_truce_called_for_proposed_or_refused_alerts_nobody(hedge):
    alarms = {obj: _kinds(f"{hedge} {obj}, officials said on Monday.") for obj in OBJECTS}
    assert {obj: kinds for obj, kinds in alarms.items() if kinds} == {}


@pytest.mark.parametrize("frame", BREACH_FRAMES)
def test_every_attack_in_a_breach_frame_is_a_violation(frame):
    missed = [a for a in ATTACKS if "violation" not in _kinds(_fill(frame, a))]
    assert missed == []


@pytest.mark.parametrize("frame", NO_BREACH_FRAMES)
def test_attacks_outside_a_running_truce_are_no_violation(frame):
    alarms = [a for a in ATTACKS if "violation" in _kinds(_fill(frame, a))]
    assert alarms == []


DECLARATIONS = [
    "A truce took effect in Aleppo at 7am on Monday.", "A ceasefire came into force in Aleppo on Monday morning.",
    "The guns fell silent in Aleppo on Monday as a truce began.", "The army announced a 72-hour truce in Aleppo on Monday.",
    "Russia and the US agreed a ceasefire for Aleppo on Monday.", "Rebels and the army signed a truce for Aleppo on Monday.",
    "The army declared a unilateral ceasefire in Aleppo on Monday.", "A humanitarian pause began in Aleppo at 8am on Monday.",
    "The warring parties in Aleppo reached a ceasefire deal on Monday.", "A regime of calm was introduced in Aleppo on Monday.",
    "The Aleppo truce went into effect at midnight.", "The government and rebels struck a truce in Aleppo late on Sunday.",
    "Turkey brokered a ceasefire in Aleppo on Monday.", "Fighting stopped in Aleppo on Monday as a ceasefire took hold.",
]
COLLAPSES = [
    "The truce in Aleppo collapsed on Monday as fighting resumed.", "The Aleppo ceasefire broke down on Monday.",
    "Rebels said the Aleppo truce was dead.", "The army ended its Aleppo truce on Monday and resumed air strikes.",
    "The Aleppo truce fell apart on Monday.", "The army pulled out of the Aleppo ceasefire on Monday.",
    "The Aleppo truce was shattered on Monday by heavy fighting.", "The Aleppo ceasefire unravelled on Monday.",
    "The army scrapped the Aleppo truce on Monday.", "The army withdrew from the Aleppo truce on Monday.",
]
HISTORY = [  # truces of the past, told as background: nothing to alert
    "A truce in Aleppo collapsed in February after two weeks.", "The last Aleppo truce, agreed in 2014, lasted a day.",
    "Since a ceasefire in Aleppo broke down in April, 300 people have died.",
    "A February truce in Aleppo that collapsed in April was the last attempt.", "A year ago, a truce was declared in Aleppo.",
    "Residents recalled the 2014 Aleppo ceasefire, which lasted three days.", "The previous truce in Aleppo expired in March.",
    "The Geneva protocol of September 2014 set up an Aleppo ceasefire that fell apart within months.",
    "The Geneva protocol of September 2014 set up an Aleppo ceasefire that collapsed within months.",
    "Egypt, which brokered the Aleppo truce, condemned the attack.",
    "The first days of the US-Russian brokered Aleppo ceasefire passed quietly.",
    "The army said on Monday it was withdrawing from the Aleppo ceasefire agreement, meaning the truce will end on 16 May.",
]


@pytest.mark.parametrize("text", DECLARATIONS)
def test_declaration_forms(text):
    assert "declared" in _kinds(text)


@pytest.mark.parametrize("text", COLLAPSES)
def test_collapse_forms(text):
    assert "collapsed" in _kinds(text)


@pytest.mark.parametrize("text", HISTORY)
def test_history_and_announced_ends_are_no_news_of_a_new_truce_or_a_collapse(text):
    assert not {"declared", "collapsed"} & set(_kinds(text))


HEADLINES = [  # a feed's title alone, as many feeds carry only that
    ("Aleppo truce extended until Wednesday", "extended"), ("Truce in Aleppo extended", "extended"),
    ("Syria extends Aleppo truce by 48 hours", "extended"), ("UPDATE 2-Aleppo truce extended to Wednesday", "extended"),
    ("REFILE-Aleppo ceasefire collapses as fighting resumes", "collapsed"), ("Aleppo truce to end at midnight", "expiring"),
    ("Aleppo truce to expire on Wednesday", "expiring"), ("Aleppo truce takes effect", "declared"),
    ("Ceasefire declared in Aleppo", "declared"), ("Aleppo truce broken within hours", "violation"),
    ("Shelling hits Aleppo despite truce", "violation"),
]
NOT_NEWS_HEADLINES = [
    "Aleppo truce: what we know", "Will the Aleppo truce hold?", "Aleppo truce talks stall", "Calls grow for Aleppo truce",
    "Aleppo truce could be extended, Russia says", "Explainer: why the Aleppo truce failed", "Aleppo truce in doubt",
]


@pytest.mark.parametrize(("title", "kind"), HEADLINES)
def test_headline_forms(title, kind):
    assert kind in _kinds("", title)


@pytest.mark.parametrize("title", NOT_NEWS_HEADLINES)
def test_headlines_that_tell_no_event(title):
    assert events("", title) == []


GHOUTA = TruceSpec("Eastern Ghouta", "Asia/Damascus", ("Ghouta",))
TWO_TRUCES = [  # (text, the (truce, kind) events it tells)
    ("The Aleppo truce was extended by 48 hours, but the Ghouta ceasefire was not.", {("Aleppo", "extended")}),
    ("Unlike the Ghouta truce, which collapsed on Sunday, the Aleppo ceasefire held.", {("Eastern Ghouta", "collapsed")}),
    ("Shelling hit Eastern Ghouta despite the truce, while Aleppo stayed calm.", {("Eastern Ghouta", "violation")}),
    ("Russia extended the truce in Aleppo. In Eastern Ghouta, fighting raged despite a separate ceasefire.",
     {("Aleppo", "extended"), ("Eastern Ghouta", "violation")}),
    ("The army said the Aleppo truce had been extended. The Ghouta truce expires tonight.",
     {("Aleppo", "extended"), ("Eastern Ghouta", "expiring")}),
    ("Both the Aleppo and Ghouta truces were extended by 72 hours on Monday.",
     {("Aleppo", "extended"), ("Eastern Ghouta", "extended")}),
    ("Truces in Aleppo and Eastern Ghouta collapsed on Monday.", {("Aleppo", "collapsed"), ("Eastern Ghouta", "collapsed")}),
    ("The truce in Aleppo took effect at 1 am on Monday. It was violated within hours, monitors said.",
     {("Aleppo", "declared"), ("Aleppo", "violation")}),
    ("The truce in Aleppo took effect at 1 am on Monday. It collapsed within hours as shelling resumed.",
     {("Aleppo", "declared"), ("Aleppo", "collapsed")}),
    ("A truce took effect in Aleppo at 1 am. It is due to expire at midnight on Wednesday.", {("Aleppo", "declared")}),
]


@pytest.mark.parametrize(("text", "told"), TWO_TRUCES)
def test_each_event_goes_to_its_own_truce(text, told):
    got = {(e.truce, e.kind) for e in events(text, specs=(ALEPPO, GHOUTA))}
    assert got == told


BREACH_REPORTS = [
    "Both sides accused each other of breaching the Aleppo truce on Monday.",
    "Monitors recorded 300 violations of the Aleppo ceasefire over the weekend.",
    "The Aleppo truce was largely holding on Monday despite sporadic clashes.",
    "Ceasefire violations were reported across Aleppo on Monday.",
    "The army said rebels had violated the Aleppo truce 20 times since Sunday.",
    "Sporadic shelling continued in Aleppo on Monday, a day after the truce took effect.",
    "In Aleppo, where a truce took effect on Sunday, air strikes killed five people on Monday.",
    "Russia said it had registered 12 ceasefire violations in Aleppo in the past 24 hours.",
    "Gunfire broke the calm in Aleppo on Monday, the second day of the truce.",
]
NO_BREACH_REPORTS = [
    "The army denied violating the Aleppo truce.", "Both sides pledged to respect the Aleppo truce and report any violations.",
    "The UN warned that any violation of the Aleppo truce would be investigated.",
    "A monitoring centre will record violations of the Aleppo truce.", "No violations of the Aleppo truce were reported on Monday.",
    "The Aleppo truce held on Monday, with no reports of fighting.", "Fighting in Aleppo ended on Sunday when the truce took effect.",
    "Before the Aleppo truce, shelling killed dozens every day.",
    "Residents feared shelling would resume when the Aleppo truce expires.",
    "Calm prevailed in Aleppo on Monday as the truce held.",
]


@pytest.mark.parametrize("text", BREACH_REPORTS)
def test_breach_report_forms(text):
    assert "violation" in _kinds(text)


@pytest.mark.parametrize("text", NO_BREACH_REPORTS)
def test_breach_vocabulary_that_reports_no_breach(text):
    assert "violation" not in _kinds(text)


ANNOUNCED_STARTS = [  # a truce agreed or announced, starting later: a declaration
    "The Aleppo truce is scheduled to begin at noon on Tuesday.",
    "The Aleppo ceasefire, agreed on Monday, takes effect at noon on Tuesday.",  # (agreed on Sunday: no news, see test_extract_general)
    "Russia and the United States announced a truce for Aleppo to start at midnight.",
    "The Syrian army said a 'regime of calm' would be observed in Aleppo from 1 am on Tuesday.",
    "A 48-hour truce in Aleppo is to begin at dawn on Tuesday, state media reported.",
    "Under a deal reached on Monday, a truce will take effect in Aleppo at noon on Tuesday.",
]
PREVIEWS = [  # a truce planned, proposed, hoped for or doubted: no declaration
    "Under the plan, a truce in Aleppo would begin on Tuesday if both sides agree.",
    "The draft resolution calls for a 30-day truce in Aleppo.",
    "The rebels said they were studying a proposal for a six-week truce in Aleppo.",
    "A truce in Aleppo could begin as early as Tuesday, officials said.",
    "The cabinet will vote on the Aleppo truce on Tuesday; if approved it would take effect on Wednesday.",
    "Talks on a truce in Aleppo are to begin on Tuesday in Geneva.",
    "Negotiators hope a truce in Aleppo can take effect before Ramadan.",
    "A truce in Aleppo is unlikely to take effect before the weekend, diplomats said.",
    "The army rejected a truce in Aleppo that rebels had proposed to start on Tuesday.",
    "Russia said it was ready to declare a truce in Aleppo if the rebels left the city.",
    "Officials said a truce in Aleppo might be announced on Tuesday.",
    "The UN envoy said he was pushing for a 48-hour truce in Aleppo to start on Tuesday.",
]


@pytest.mark.parametrize("text", ANNOUNCED_STARTS)
def test_an_announced_start_is_a_declaration(text):
    assert "declared" in _kinds(text)


@pytest.mark.parametrize("text", PREVIEWS)
def test_a_previewed_truce_is_no_declaration(text):
    assert "declared" not in _kinds(text)


RUNNING_TRUCE_CONTEXT = [  # news that happens under a running truce: nothing to alert
    "Aid convoys entered Aleppo on Monday under the truce that took effect last week.",
    "The UN envoy met rebel leaders in Aleppo on Monday to discuss the truce.",
    "A prisoner exchange under the Aleppo truce deal took place on Monday.",
    "Schools reopened in Aleppo on Monday as the truce held.",
    "Residents returned to their homes in Aleppo thanks to the ceasefire agreed last month.",
    "The Aleppo truce, now in its third week, has allowed markets to reopen.",
    "Since the truce took effect in March, 300,000 people have returned to Aleppo.",
    "Local elections were held in Aleppo on Monday, the first since the truce.",
    "A new monitoring mission arrived in Aleppo on Monday to observe the truce.",
    "Analysts say the Aleppo truce is fragile and could collapse at any time.",
    "The Aleppo truce, declared on 2 May, has largely held.",
    "Since the ceasefire in Aleppo began, food prices have fallen by half.",
    "Rebels in Aleppo used the truce to regroup, the army said on Monday.",
    "Both sides said on Monday they would abide by the Aleppo truce.",
    "Russia and the US discussed ways to strengthen the Aleppo truce on Monday.",
    "Life slowly returned to Aleppo's streets on Monday, the third day of the truce.",
    "The army accused rebels of using the Aleppo truce to smuggle weapons.",
    "The Aleppo truce was signed in Geneva in February.",
]


@pytest.mark.parametrize("text", RUNNING_TRUCE_CONTEXT)
def test_news_under_a_running_truce_alerts_nobody(text):
    assert _kinds(text) == []


NO_TRUCE_IN_FORCE = [  # attacks beside truce words, with no truce running: no breach
    "Air strikes killed 20 people in Aleppo on Monday, as mediators pushed for a ceasefire.",
    "Shelling killed 12 in Aleppo on Monday. Diplomats in Geneva discussed a possible truce.",
    "Fighting raged in Aleppo on Monday. A truce agreed in February collapsed in April.",
    "Rebels shelled western Aleppo on Monday. The army said it had no plans for a truce.",
    "Clashes killed 30 in Aleppo on Monday, a day after talks on a truce broke down.",
    "Air strikes hit Aleppo on Monday, hours before a truce was due to take effect.",
    "Heavy fighting in Aleppo on Monday. The truce is expected to begin on Wednesday.",
    "Barrel bombs fell on Aleppo on Monday. Russia said a truce could come within days.",
    "Government forces advanced in Aleppo on Monday after the truce expired on Saturday.",
    "The army pounded Aleppo on Monday. Rebels rejected a Russian truce offer.",
    "Air strikes on Aleppo resumed on Monday when the truce ended at midnight.",
    "Shelling hit Aleppo on Monday; the UN called for an immediate ceasefire.",
    "Fighting continued in Aleppo on Monday despite calls for a truce.",
    "Rebels fired rockets at Aleppo on Monday after the collapse of the truce last week.",
    "Since the ceasefire collapsed on Friday, air strikes have killed 100 people in Aleppo.",
]


@pytest.mark.parametrize("text", NO_TRUCE_IN_FORCE)
def test_attacks_with_no_truce_in_force_are_no_breach(text):
    assert "violation" not in _kinds(text)


HEADLINE_TIMES = [  # (title, kind, deadline or None), read Monday 9 May 2016 11:30 in Damascus
    ("Aleppo truce extended until midnight Wednesday", "extended", local(11, 24)),
    ("Aleppo truce extended to Wednesday midnight", "extended", local(11, 24)),
    ("Aleppo truce to expire at 7pm Wednesday", "expiring", local(11, 19)),
    ("Aleppo truce to end Wednesday", "expiring", local(11, 24)),
    ("Aleppo truce begins 8am Tuesday, runs 72 hours", "declared", local(13, 8)),
    ("72-hour Aleppo truce to start at 8am Tuesday", "declared", local(13, 8)),
    ("Aleppo ceasefire ends at midnight", "expiring", local(9, 24)),
    ("Aleppo: truce extended until May 12", "extended", local(12, 24)),
    ("Aleppo truce expires; fighting resumes", "expired", None),
    ("UPDATE 1-Syria's army extends Aleppo truce by 72 hours - state TV", "extended", None),
]


@pytest.mark.parametrize(("title", "kind", "want"), HEADLINE_TIMES)
def test_a_headline_alone_gives_the_event_and_its_time(title, kind, want):
    got = timed("", title)
    assert any(k == kind and (want is None or d == want) for k, d in got), got


def test_a_headline_present_with_an_object_is_no_expiry():
    assert "expired" not in _kinds("", "Guns fall silent in Aleppo as ceasefire ends 12-year war")
