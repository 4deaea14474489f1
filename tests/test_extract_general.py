"""General rules added after measuring the extractor on reports it had never seen
(tests/fixtures/extract-unseen, written blind to the code). One test per rule, each on
wording of its own (not the wording of the case that revealed it)."""

from datetime import UTC, datetime

import pytest

from bot.extract import extract
from bot.extract.text import fold
from bot.extract.timeexpr import find_durations, find_phrases, zone
from bot.models import FeedItem, TruceSpec

PUB = datetime(2024, 3, 12, 9, 0, tzinfo=UTC)  # Tuesday 12 March 2024, 11:00 in Beirut
LEBANON = TruceSpec("Lebanon", "Asia/Beirut", ("south Lebanon",))
KABUL = TruceSpec("Afghan truce", "Asia/Kabul", ("Afghan ceasefire", "government ceasefire"))
TALIBAN = TruceSpec("Taliban truce", "Asia/Kabul", ("Taliban ceasefire", "Taliban"))


def _events(text: str, tracked=(LEBANON,), pub=PUB, title: str = ""):
    item = FeedItem("k", title, text, published=pub)
    return [(e.truce, e.kind, e.deadline) for e in extract(item, list(tracked))]


def _kinds(text: str, **kw):
    return sorted(k for _, k, _ in _events(text, **kw))


# ------------------------------------------------------------------ which event


def test_extended_as_an_adjective_is_not_an_extension():
    text = "Troops pulled back as the extended ceasefire in Lebanon came to an end on Tuesday."
    assert _kinds(text) == ["expired"]


def test_declared_as_an_adjective_is_not_a_declaration():
    text = "Raids resume automatically once the declared truce in Lebanon lapses, the army said."
    assert "declared" not in _kinds(text)


def test_stay_in_force_until_a_date_is_an_extension():
    text = "Washington said the Lebanon truce would remain in force until 31 March."
    assert ("Lebanon", "extended", datetime(2024, 3, 31, 21, 0, tzinfo=UTC)) in _events(text)


@pytest.mark.parametrize("text", [
    # a condition: the declaration is offered, not made
    "Israel said it would stop its offensive in south Lebanon only if Hezbollah withdrew.",
    # an intention to negotiate is not a truce
    "The two leaders agreed to meet and work out a ceasefire in Lebanon, the envoy said.",
    "Beirut agreed in principle to a truce in south Lebanon but set conditions.",
])
def test_conditions_and_intentions_are_not_declarations(text):
    assert _kinds(text) == []


def test_pausing_an_offensive_is_a_truce():
    text = "Israel has agreed to pause its military offensive in south Lebanon for 72 hours."
    assert _kinds(text) == ["declared"]


@pytest.mark.parametrize("phrase", ['the humanitarian "pause"', "the extended pause", "a four-day pause"])
def test_pause_forms_are_truce_words(phrase):
    text = f"In south Lebanon {phrase} took effect at 7 a.m. (0500 GMT) on Tuesday and is due to end at 1500 GMT."
    assert ("Lebanon", "declared", datetime(2024, 3, 12, 15, 0, tzinfo=UTC)) in _events(text)


def test_a_possessive_inside_a_tracked_name_still_names_it():
    somo = TruceSpec("SOMO", "Asia/Manila", ("government unilateral ceasefire",))
    text = "Operations resumed with the end of the government's unilateral ceasefire at 11:59 p.m. on Monday, March 11."
    assert _events(text, tracked=(somo,)) == [("SOMO", "expired", datetime(2024, 3, 11, 15, 59, tzinfo=UTC))]


# ------------------------------------------------------------------ history is not news


@pytest.mark.parametrize("text", [
    "A Lebanon truce agreed in autumn broke down in December when the shelling resumed.",  # months ago
    "An earlier humanitarian truce in Lebanon broke down in August that year.",
    "One year ago on Tuesday, Israel and Hezbollah signed a ceasefire in Lebanon, ending the war.",
    "Villages have been shelled daily since the ceasefire in south Lebanon took effect in November.",
])
def test_dated_history_gives_nothing(text):
    assert _kinds(text) == []


def test_a_date_after_a_participle_dates_the_truce_not_the_collapse():
    text = "Shelling on Tuesday shattered the ceasefire in south Lebanon agreed in Paris on 2 March."
    assert "collapsed" in _kinds(text)


# ------------------------------------------------------------------ bare attack words


@pytest.mark.parametrize("text", [
    "The Lebanon truce holds; the army said it was ready to resume fighting as soon as it ended.",
    "The Lebanon truce holds; the offensive would resume on Friday, the minister warned.",
    "A truce in the fighting in south Lebanon was extended on Tuesday.",
    "The Lebanon ceasefire covered the south but not the Bekaa valley, where troops have been fighting for weeks.",
    "Israel and Hezbollah agreed a Lebanon ceasefire after deadly border clashes.",
])
def test_attack_words_that_are_not_breaches(text):
    assert "violation" not in _kinds(text)


def test_earlier_fighting_before_a_new_truce_is_not_a_breach():
    text = ("Israel and Hezbollah agreed a 48-hour truce in Lebanon from 6 p.m. on Tuesday. "
            "Earlier on Tuesday, clashes near the border killed four people.")
    assert _kinds(text) == ["declared"]


# ------------------------------------------------------------------ which time


def test_explicit_gmt_beats_a_local_time_marker_in_parentheses():
    text = ("The Lebanon truce was extended from 00:01 (local time) on March 12 (2200 GMT Monday) "
            "for 72 hours, the army said.")
    assert _events(text) == [("Lebanon", "extended", datetime(2024, 3, 14, 22, 0, tzinfo=UTC))]


def test_a_past_undated_time_is_the_latest_before_publication():
    pub = datetime(2024, 3, 11, 22, 50, tzinfo=UTC)  # 00:50 on Tuesday in Beirut
    text = ("Negotiators agreed to extend the ceasefire in Lebanon by five days minutes before "
            "the existing truce expired at midnight local time (22:00 GMT).")
    assert _events(text, pub=pub) == [("Lebanon", "extended", datetime(2024, 3, 16, 22, 0, tzinfo=UTC))]


@pytest.mark.parametrize(("clock", "expected"), [
    ("at 1900hrs", datetime(2024, 3, 13, 17, 0, tzinfo=UTC)),
    ("at 1900 hrs", datetime(2024, 3, 13, 17, 0, tzinfo=UTC)),
    ("at 2359H tomorrow, March 13", datetime(2024, 3, 13, 21, 59, tzinfo=UTC)),
])
def test_military_clock_forms(clock, expected):
    text = f"The Lebanon truce is due to end {clock} on Wednesday."
    if "March" in clock:
        text = f"The Lebanon truce is due to end {clock}."
    assert _events(text) == [("Lebanon", "expiring", expected)]


def test_fighting_lengths_are_not_truce_lengths():
    text = ("A truce in Lebanon took effect at 10 p.m. (2000 GMT) on Monday, ending five days of "
            "cross-border fighting.")
    assert _events(text, pub=datetime(2024, 3, 11, 21, 0, tzinfo=UTC)) == [("Lebanon", "declared", None)]


def test_a_forecast_start_builds_no_deadline():
    text = ("Israel and Hezbollah agreed to a four-day truce in Lebanon. Officials had told reporters "
            "the truce was expected to begin at 10 a.m. on Thursday, but the start was delayed.")
    assert _events(text) == [("Lebanon", "declared", None)]


def test_an_end_in_another_truces_clause_is_not_the_extension_end():
    text = ("President Ghani said on Saturday he was extending the Afghan ceasefire. "
            "The Taliban said their own truce would end at midnight on Sunday.")
    got = _events(text, tracked=(KABUL, TALIBAN), pub=datetime(2024, 3, 16, 9, 0, tzinfo=UTC))
    assert ("Afghan truce", "extended", None) in got
    assert ("Taliban truce", "expiring", datetime(2024, 3, 17, 19, 30, tzinfo=UTC)) in got


def test_order_as_a_noun_is_not_a_declaration():
    pub = datetime(2024, 3, 12, 13, 0, tzinfo=UTC)
    text = "The minister's order set the Lebanon truce from noon on Monday until 24:00 (2200 GMT) on Tuesday."
    assert "declared" not in _kinds(text, pub=pub)


def test_going_on_observing_until_tonight_is_expiring_with_the_explicit_twin():
    pub = datetime(2024, 3, 12, 13, 0, tzinfo=UTC)  # 15:00 in Beirut
    text = ("Israel said it would go on observing the Lebanon truce until midnight. "
            "The order set the truce until 24:00 (2100 GMT) on March 12.")
    assert _events(text, pub=pub) == [("Lebanon", "expiring", datetime(2024, 3, 12, 21, 0, tzinfo=UTC))]


def test_a_range_end_shares_its_start_date():
    text = "Israel agreed to a humanitarian pause in south Lebanon from 6 a.m. on Thursday to 3 p.m."
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 14, 13, 0, tzinfo=UTC))]


@pytest.mark.parametrize("hh", range(0, 30))
@pytest.mark.parametrize("mm", ["00", "30", "59"])
def test_any_clock_like_number_never_raises(hh, mm):
    """"24:30", "27:00": not clock times, and never an exception (extract promises not to raise)."""
    for form in (f"{hh:02d}:{mm}", f"{hh:02d}{mm} GMT", f"{hh}.{mm} hrs"):
        text = f"The Lebanon truce was extended until {form} on Wednesday, the army said."
        _events(text)  # must not raise


def test_fighting_by_a_group_excluded_from_the_truce_is_not_a_breach():
    breach = "A bomb killed 26 people in Tyre on Tuesday during the Lebanon ceasefire; the Amal militia claimed it."
    assert _kinds(breach) == ["violation"]
    excluded = ("A bomb killed 26 people in Tyre on Tuesday during the Lebanon ceasefire; the Amal militia, "
                "which is excluded from both ceasefires, claimed it.")
    assert _kinds(excluded) == []


# ------------------------------------------------------------------ second blind set (tune2)


def test_a_hyphenated_pair_name_also_matches_x_and_y():
    pair = TruceSpec("India-Pakistan", "Asia/Kolkata")
    text = "India and Pakistan agreed on Tuesday to stop all firing and military action from 17:00 IST."
    assert _kinds(text, tracked=(pair,)) == ["declared"]
    assert _kinds("Pakistan and India agreed a ceasefire on Tuesday.", tracked=(pair,)) == ["declared"]


def test_a_length_naming_the_truce_is_not_the_extension():
    text = ("Israel and Hezbollah extended their 48-hour truce in Lebanon, which had been due to expire "
            "at 6 p.m. on Tuesday, until the talks in Cairo conclude.")
    assert _events(text) == [("Lebanon", "extended", None)]


def test_lengths_of_something_else_and_open_ends_build_no_deadline():
    text = ("A ceasefire in Lebanon took effect at 4 a.m. (0200 GMT) on Tuesday. Israeli forces are to "
            "withdraw gradually over 60 days.")
    assert _events(text) == [("Lebanon", "declared", None)]
    text = ("A truce in Lebanon took effect at 11:15 a.m. (0915 GMT) on Tuesday. The first stage is to "
            "last six weeks, and the truce continues for as long as talks go on.")
    assert _events(text) == [("Lebanon", "declared", None)]


def test_renewed_calls_and_renewed_truces_are_not_extensions():
    assert "extended" not in _kinds("Beirut renewed its call for a 30-day truce in Lebanon on Tuesday.")
    assert "extended" not in _kinds("Diplomats said a renewed truce in Lebanon was still possible.")


def test_a_window_announced_is_a_declaration_with_its_end():
    text = "The council said the ceasefire in south Lebanon would last from 9:00 to 16:00 local time on Tuesday."
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 12, 14, 0, tzinfo=UTC))]


def test_was_due_to_expire_is_past_when_published_after_midnight():
    pub = datetime(2024, 3, 12, 22, 30, tzinfo=UTC)  # 00:30 on Wednesday in Beirut
    text = ("The parties agreed late on Tuesday to extend the Lebanon truce by five days, shortly before "
            "it was due to expire at 9:45 p.m.")
    assert _events(text, pub=pub) == [("Lebanon", "extended", datetime(2024, 3, 17, 19, 45, tzinfo=UTC))]


def test_it_opening_a_clause_is_not_the_truce():
    text = "The Lebanon truce holds. Later on Tuesday, Israel announced it was halting the entry of all goods into south Lebanon."
    assert "declared" not in _kinds(text)


def test_claims_that_a_truce_ends_are_not_news():
    text = "The army said media reports claiming the Lebanon truce would expire on Tuesday were incorrect."
    assert _kinds(text) == []


def test_a_relative_clause_dating_the_start_to_yesterday_is_background():
    pub = datetime(2024, 3, 12, 6, 0, tzinfo=UTC)  # Tuesday morning in Beirut
    text = "Residents returned to south Lebanon as the truce that took hold on Monday evening ended the war."
    assert _kinds(text, pub=pub) == []  # yesterday's news restated; the truce ended the war, not itself


def test_celebratory_gunfire_is_not_a_breach():
    pub = datetime(2024, 3, 12, 6, 0, tzinfo=UTC)
    text = "Festive gunfire echoed through south Lebanon after the truce that took effect on Monday evening halted the war."
    assert "violation" not in _kinds(text, pub=pub)


def test_weeks_ago_is_history():
    text = "Several truces in Lebanon, including one signed weeks ago, have been violated within hours."
    assert _kinds(text) == []


def test_was_due_to_expire_hours_ahead_is_still_this_evening():
    text = ("The parties agreed to renew the Lebanon truce for two more months, hours before it was due "
            "to lapse at 7 p.m. (1700 GMT).")
    # 19:00 Beirut (UTC+2) on 12 March + two calendar months = 19:00 on 12 May (UTC+3)
    assert _events(text) == [("Lebanon", "extended", datetime(2024, 5, 12, 16, 0, tzinfo=UTC))]


# ------------------------------------------------------------------ third blind round (tune3)


@pytest.mark.parametrize(("text", "title"), [
    # words between the truce noun and "was due to begin"
    ("Russian rockets hit Tyre early on Tuesday, hours before a unilateral Israeli truce for "
     "south Lebanon was due to begin at noon local time, the governor said.", ""),
    # "is due to start", in a title
    ("Israeli rockets struck Tyre early on Tuesday, hours before a unilateral truce for south Lebanon "
     "was due to begin at noon, officials said. Hezbollah has refused to take part in the truce.",
     "Rockets hit Tyre hours before Lebanon truce is due to start"),
    # the fighting of a delayed start
    ("The Lebanon truce had been set to begin at 6 a.m., but the army kept shelling until noon; "
     "strikes during the delay killed four people.", ""),
])
def test_fighting_before_a_due_start_is_not_a_breach(text, title):
    assert "violation" not in _kinds(text, title=title)


@pytest.mark.parametrize(("text", "title"), [
    ("The Lebanon ceasefire faced its first serious test overnight as residents reported gunfire "
     "and explosions near Tyre.", ""),
    ("Residents of south Lebanon reported gunfire and two explosions overnight, police said.",
     "Clashes test Lebanon truce on its second day"),
])
def test_a_truce_being_tested_is_running(text, title):
    # no other event in the item: only the running truce frames the attacks as a breach
    assert _kinds(text, title=title) == ["violation"]


@pytest.mark.parametrize("low", [
    "the third attempt in a month to halt the fighting",
    "the heaviest shelling in two weeks",
])
def test_a_span_after_attempt_or_superlative_is_not_a_length(low):
    assert find_durations(low) == []


def test_within_minutes_of_the_start_is_inside_the_truce():
    text = ("A ceasefire in south Lebanon took effect at 10 a.m. on Tuesday. Within minutes of the "
            "start, the army accused Hezbollah of firing mortars at its posts.")
    assert "violation" in _kinds(text)


def test_a_later_starting_date_dates_a_daily_window():
    text = ("Israel announced a daily humanitarian pause in south Lebanon. The pause will run from "
            "10:00 to 16:00 local time, starting on Thursday, the army said.")
    # Thursday 14 March 16:00 in Beirut (UTC+2), not today's window
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 14, 14, 0, tzinfo=UTC))]


def test_a_truce_that_took_effect_today_and_was_extended_is_both():
    text = ("A 12-hour truce in south Lebanon took effect at 8 a.m. on Tuesday and is due to end at "
            "8 p.m. Israel agreed on Tuesday to extend the Lebanon truce by four hours, until midnight.")
    assert _events(text) == [
        ("Lebanon", "declared", datetime(2024, 3, 12, 18, 0, tzinfo=UTC)),
        ("Lebanon", "extended", datetime(2024, 3, 12, 22, 0, tzinfo=UTC)),
    ]


def test_agreeing_to_extend_is_not_a_declaration():
    text = "Israel agreed on Tuesday to extend the truce in south Lebanon until midnight on Friday."
    assert _kinds(text) == ["extended"]


def test_a_new_truce_wins_over_the_one_whose_collapse_is_told():
    text = ("A 24-hour ceasefire that was meant to start at 6 p.m. (1600 GMT) on Monday collapsed "
            "almost immediately, with heavy gunfire shaking Tyre through the night and into Tuesday. On "
            "Tuesday afternoon both sides said they would observe a new 24-hour truce starting at 6 p.m. "
            "local time (1600 GMT) on Tuesday.")
    title = "Lebanon's 24-hour truce collapses; sides agree to try again from Tuesday evening"
    tyre = TruceSpec("Lebanon", "Asia/Beirut", ("Tyre",))
    got = _events(text, tracked=(tyre,), title=title, pub=datetime(2024, 3, 12, 15, 30, tzinfo=UTC))
    # Tuesday 16:00Z + 24 h, not Monday's start + 24 h
    assert ("Lebanon", "declared", datetime(2024, 3, 13, 16, 0, tzinfo=UTC)) in got


def test_a_weekday_after_a_past_tense_start_is_the_last_one():
    # written on Tuesday: "took effect on Thursday" is five days old, not two days ahead
    text = ("LEBANON - Israel and Hezbollah accused each other on Tuesday of shelling border villages "
            "and front-line positions, despite a humanitarian truce that took effect on Thursday, with "
            "the army reporting artillery fire near Tyre and officials in south Lebanon reporting "
            "strikes on villages.")
    assert "declared" not in _kinds(text)


# ------------------------------------------------------------------ attacks that are not breaches


RUNNING = "A ceasefire in south Lebanon took effect at 4 a.m. on Tuesday. "


@pytest.mark.parametrize("text", [
    # the truce's scope, not an attack
    RUNNING + "The ceasefire covers fighting between Israel and Hezbollah along the border.",
    # an attack the item itself puts outside the truce
    RUNNING + "A rocket hit a shop in Haifa later, but police did not link it to the ceasefire.",
    RUNNING + "The shelling in Syria's Golan did not extend into south Lebanon, the ceasefire monitors said.",
    # attacks denied in so many words
    RUNNING + "Since the ceasefire, air strikes have not resumed and Hezbollah has not fired rockets.",
    # a pause in someone's offensive names the offensive it pauses
    "Israel agreed on Tuesday to a 72-hour pause in the army's offensive in south Lebanon, effectively a truce.",
])
def test_attack_words_that_report_no_breach(text):
    assert "violation" not in _kinds(text)


def test_since_the_talks_began_is_not_inside_the_truce():
    text = ("The Lebanon ceasefire was suspended on Tuesday. The raid on Monday was the heaviest blow "
            "to Hezbollah since the talks began.")
    assert "violation" not in _kinds(text)


def test_breaking_it_is_a_breach_claim():
    text = ("A 24-hour truce in south Lebanon began at 6 a.m. on Tuesday. Each side accused the other "
            "of breaking it: the army said Hezbollah had attacked its posts.")
    assert "violation" in _kinds(text)


def test_the_start_of_a_month_is_no_truce_start():
    text = ("Israeli jets struck Tyre on Tuesday. The lull in south Lebanon had held although the "
            "first stage of the deal formally expired at the start of March.")
    assert "declared" not in _kinds(text)


def test_n_days_earlier_dates_the_clause():
    text = ("The army said on Tuesday it would resume operations in south Lebanon, ending a truce it "
            "had announced four days earlier.")
    assert "declared" not in _kinds(text)


def test_a_separate_truce_is_not_the_tracked_one():
    text = ("Rockets were fired from south Lebanon on Tuesday. In Gaza, where a separate truce "
            "collapsed on Monday, strikes went on.")
    assert "collapsed" not in _kinds(text)


def test_since_the_truce_with_a_party_took_effect_is_inside():
    text = ("Two rockets were fired from south Lebanon at Metula on Tuesday, the first such launch "
            "since the ceasefire with Hezbollah took effect in late November.")
    assert _kinds(text) == ["violation"]


def test_fighting_that_went_on_at_a_named_place_is_a_breach():
    tyre = TruceSpec("Lebanon", "Asia/Beirut", ("south Lebanon", "Tyre"))
    text = ("A ceasefire took effect across south Lebanon at midnight, and the border was largely quiet "
            "on Tuesday morning. But fighting went on around Tyre, residents said.")
    assert _kinds(text, tracked=(tyre,)) == ["declared", "violation"]


def test_would_before_a_closing_attribution_is_reported_will():
    text = "The truce in south Lebanon would be extended by three days, to Friday, the army said on Tuesday."
    assert _kinds(text) == ["extended"]
    conditional = ("The truce in south Lebanon would be extended by three days if Hezbollah withdrew, "
                   "the army said on Tuesday.")
    assert _kinds(conditional) == []


@pytest.mark.parametrize(("text", "title"), [
    # fighting that will resume once the truce lapses
    ("The army said on Tuesday that its unilateral ceasefire in south Lebanon ends at midnight. "
     "Spokesman Ali Hassan said that under the rules of engagement the military's offensive combat "
     "operations return automatically as soon as the declared ceasefire lapses, unless the president "
     "orders otherwise.", ""),
    # the fighting a truce in force followed
    ("A ceasefire between Israel and Hezbollah took effect in south Lebanon at 20:00 local time (1800 "
     "GMT) on Tuesday after two days of fierce clashes along the border, the worst fighting between "
     "the two sides since the 2006 war.", ""),
    ("A ceasefire between Israel and Hezbollah took effect in south Lebanon on Tuesday.",
     "Lebanon ceasefire in force after deadly border clashes"),
    # attacks by groups that rejected the truce
    ("Israel extended the truce in south Lebanon by a week on Tuesday. Two militant groups have "
     "rejected the ceasefire, and attacks on army posts have continued in south Lebanon.", ""),
])
def test_fighting_outside_the_truce_or_its_parties(text, title):
    assert "violation" not in _kinds(text, title=title)


def test_after_a_short_lived_truce_is_after_it():
    from bot.extract.kinds import POST_TRUCE
    assert POST_TRUCE.search("fighting escalates in south lebanon after army's short-lived truce")


def test_over_the_first_day_of_the_truce_is_inside_it():
    text = ("The army said on Tuesday that Hezbollah had fired on its posts in south Lebanon 40 times "
            "over the first day of the ceasefire.")
    assert "violation" in _kinds(text)


def test_failing_to_honour_commitments_is_no_breach():
    party = TruceSpec("Lebanon", "Asia/Beirut", ("south Lebanon", "Hezbollah"))
    text = ("The truce in south Lebanon ended at midnight on Monday. Hezbollah said the government had "
            "failed to honour commitments made at the negotiating table.")
    assert "violation" not in _kinds(text, tracked=(party,))


def test_a_tariff_truce_is_not_an_armed_one():
    text = ("Israel and Lebanon reopened their border crossing on Tuesday. Elsewhere, a 90-day tariff "
            "truce between Washington and Beijing is due to expire on 12 August.")
    assert _events(text, tracked=(TruceSpec("Lebanon", "Asia/Beirut", ("Lebanon",)),)) == []


def test_days_after_the_truce_ended_dates_its_end():
    text = ("Hezbollah repeated its threats on Tuesday, three days after the truce in south Lebanon "
            "expired without renewal.")
    assert _kinds(text) == []


def test_will_end_its_truce_on_a_day_is_an_announced_end_not_a_collapse():
    text = ("Hezbollah said on Tuesday it will end its ceasefire with Israel in south Lebanon on "
            "Thursday night, a week earlier than agreed.")
    assert "collapsed" not in _kinds(text)


def test_willing_to_extend_is_a_hedge():
    text = "Israel said on Tuesday it was willing to extend the truce in south Lebanon unconditionally."
    assert "extended" not in _kinds(text)


# ------------------------------------------------------------------ lengths that are not the truce's


@pytest.mark.parametrize("low", [
    "the commanders agreed in a phone call at 15:35 hours that both sides would stop firing",
    "the general had given civilians 48 hours to leave the city",
    "the army gave the rebels 72 hours to withdraw",
])
def test_clock_hours_and_ultimatums_are_not_lengths(low):
    assert find_durations(low) == []


def test_an_immediate_truce_of_one_week_has_no_clock_to_add_to():
    text = ("Hezbollah declared an immediate ceasefire in south Lebanon on Tuesday and said it would "
            "stop firing for one week. The army's own truce took effect at 2 a.m. on Tuesday.")
    assert _events(text) == [("Lebanon", "declared", None)]


def test_a_start_of_another_tracked_truce_is_not_borrowed():
    hamas = TruceSpec("Hamas truce", "Asia/Gaza", ("Hamas ceasefire", "Hamas truce"))
    israel = TruceSpec("Israeli truce", "Asia/Gaza", ("Israeli ceasefire", "Israel ceasefire"))
    text = ("Hamas and other factions declared a ceasefire on Sunday, hours after Israel's own "
            "unilateral ceasefire took effect at 2 a.m. The factions would stop firing for one week, "
            "a Hamas official said.")
    title = "Hamas declares one-week ceasefire hours after Israel halts offensive"
    got = _events(text, tracked=(hamas, israel), title=title, pub=datetime(2009, 1, 18, 16, 0, tzinfo=UTC))
    # one week from Israel's 2 a.m. start would be a deadline nobody stated
    assert ("Hamas truce", "declared", None) in got


@pytest.mark.parametrize("text", [
    # "since the bombing began" frames the war, not the truce
    "Israel declared a unilateral ceasefire in south Lebanon on Tuesday. Aid agencies said 40,000 "
    "people had fled since the bombing began.",
    # "since it entered Syria": a place, not the truce entering into force
    "The strike on Tuesday was the heaviest loss for the army in south Lebanon since it entered the "
    "region, officials said, weeks after a truce in south Lebanon collapsed.",
])
def test_since_the_war_began_is_no_truce_frame(text):
    assert "violation" not in _kinds(text)


def test_an_attack_dated_months_back_is_history():
    text = ("Hezbollah said on Tuesday it was ending its truce in south Lebanon. The truce had been all "
            "but dead since December, when a bomb at Beirut airport killed two people.")
    assert "violation" not in _kinds(text, pub=datetime(2024, 6, 4, 9, 0, tzinfo=UTC))


@pytest.mark.parametrize(("text", "title"), [
    # a pledge to keep an existing truce
    ("Israel and Hezbollah agreed on Tuesday, after two days of talks in Geneva, to take all necessary "
     "measures to respect their 2006 ceasefire in south Lebanon.", ""),
    # the thing that began is an action
    ("UN monitors of the south Lebanon truce began withdrawing from three districts on Tuesday.", ""),
    # a past declaration in another month
    ("Mediators urged Hezbollah on Tuesday to disarm. Hezbollah announced in January what it called a "
     "permanent ceasefire in south Lebanon, but Israel dismissed it.", ""),
    # an end eight days old
    ("Israeli jets struck Tyre on Tuesday, killing 20 people.",
     "Air strikes pound south Lebanon eight days after truce ended"),
])
def test_no_new_truce_news(text, title):
    kinds = _kinds(text, title=title, pub=datetime(2024, 10, 15, 9, 0, tzinfo=UTC))
    assert not {"declared", "expired", "collapsed"} & set(kinds)


def test_shattering_the_calm_of_a_truce_is_not_its_end():
    import re

    from bot.extract.kinds import CUES
    (shatter,) = [c for c in CUES if c.kind == "collapsed" and "shatter" in c.pattern]
    assert re.match(shatter.pattern, "shattered the truce")
    assert not re.match(shatter.pattern, "shatters calm of the truce")
    assert not re.match(shatter.pattern, "shattering the quiet")


@pytest.mark.parametrize(("text", "title"), [
    ("It was the first major Hezbollah attack since the group declared a permanent ceasefire in "
     "south Lebanon, police said on Tuesday.", ""),
    ("A car bomb exploded outside a police station in Tyre on Tuesday, killing four, officials said.",
     "Tyre car bomb kills four nine months into south Lebanon 'permanent ceasefire'"),
    ("A roadside mine hit a bus near Tyre on Tuesday, killing 30 people, in the deadliest attack since "
     "the 2006 truce in south Lebanon.", ""),
    ("The army said on Tuesday that over the ten days of the ceasefire in south Lebanon Hezbollah had "
     "attacked its posts more than 100 times.", ""),
])
def test_attacks_framed_inside_a_running_truce(text, title):
    assert "violation" in _kinds(text, title=title)


def test_took_effect_across_a_place_at_a_time_is_a_start():
    text = ("A five-day humanitarian ceasefire took effect across south Lebanon at 11 p.m. local time on "
            "Tuesday, the army said.")
    # Tuesday 23:00 Beirut (21:00Z) + 5 days
    assert _events(text, pub=datetime(2024, 3, 12, 21, 30, tzinfo=UTC)) == [
        ("Lebanon", "declared", datetime(2024, 3, 17, 21, 0, tzinfo=UTC))]


def test_a_relative_clause_dates_the_truce_not_the_breach():
    text = "The truce in south Lebanon, which began on Wednesday night, has been repeatedly breached."
    # published on Sunday: the start is four days old, the breaches are news
    kinds = _kinds(text, title="Lebanon truce set to end tonight", pub=datetime(2024, 3, 17, 10, 0, tzinfo=UTC))
    assert "violation" in kinds


def test_a_closed_relative_clause_keeps_the_truce_as_subject():
    energy = TruceSpec("Energy moratorium", "Europe/Kyiv", ("energy infrastructure",))
    text = ("The 30-day moratorium on strikes against energy infrastructure that Russia agreed to in "
            "March has expired, the Kremlin said on Thursday.")
    # the month dates the agreement, and "said on Thursday" the statement: expired, no deadline
    got = _events(text, tracked=(energy,), pub=datetime(2025, 4, 17, 12, 0, tzinfo=UTC))
    assert got == [("Energy moratorium", "expired", None)]


@pytest.mark.parametrize("text", [
    "Israeli jets struck Tyre on Tuesday as the south Lebanon ceasefire unravels.",
    "Hezbollah said on Tuesday that its ceasefire in south Lebanon had lost all meaning after the strikes.",
])
def test_a_truce_unravelling_or_losing_all_meaning_collapses(text):
    assert "collapsed" in _kinds(text)


def test_a_truce_allowed_to_unravel_is_background():
    text = ("Hezbollah fighters are often alongside other groups in south Lebanon, leading to accusations "
            "of violations that allowed the ceasefire to slowly unravel.")
    assert "collapsed" not in _kinds(text)


def test_ending_a_truce_at_its_term_without_renewal_is_an_expiry():
    text = ("Israel said on Tuesday it would not extend the month-long pause in south Lebanon that it "
            "had ordered for Ramadan, and operations would resume.")
    title = "Israel ends month-long Ramadan ceasefire in south Lebanon"
    assert _kinds(text, title=title) == ["expired"]


# ------------------------------------------------ found on extract-tune5 (blind, deadline-heavy)


def test_a_date_only_end_in_the_next_sentence_is_the_declared_truces_deadline():
    text = ("Hezbollah announced a truce in south Lebanon on Tuesday. A spokesman said it would "
            "hold until 20 March.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 20, 22, 0, tzinfo=UTC))]


GAZA = TruceSpec("Gaza", "Asia/Gaza", ("Gaza truce",))


def test_extended_by_counts_from_its_own_truces_old_end_not_another_truces():
    text = ("Israel said its truce in south Lebanon, which had been due to end on 15 March, would be "
            "extended by five days. The Gaza truce is due to end at midnight on Wednesday.")
    got = [e for e in _events(text, tracked=(LEBANON, GAZA)) if e[0] == "Lebanon"]
    assert got == [("Lebanon", "extended", datetime(2024, 3, 20, 22, 0, tzinfo=UTC))]


def test_was_to_have_ended_is_the_old_end():
    text = ("Hezbollah extended its truce in south Lebanon by a week. The truce was to have ended at "
            "midnight on Wednesday.")
    assert _events(text) == [("Lebanon", "extended", datetime(2024, 3, 20, 22, 0, tzinfo=UTC))]


def test_not_renewing_a_truce_that_ends_tonight_is_expiring():
    text = ("Hezbollah said on Tuesday it would not extend its truce in south Lebanon, which ends at "
            "midnight tonight. 'We are forced to end the truce,' a spokesman said.")
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 12, 22, 0, tzinfo=UTC))]


def test_a_length_in_the_sentence_before_the_start():
    text = "A six-hour humanitarian pause in south Lebanon let families leave on Tuesday. The pause began at 7 a.m."
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 12, 11, 0, tzinfo=UTC))]


def test_take_effect_and_remain_in_force_until_is_a_window_not_an_extension():
    text = ("Hezbollah said its truce in south Lebanon would take effect at 0001H on Wednesday and "
            "remain in force until 2359H on Friday.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 15, 21, 59, tzinfo=UTC))]


def test_a_reported_would_across_a_relative_aside_is_a_will():
    text = ("Israel said its truce in south Lebanon, which had been due to end on 15 March, would be "
            "extended by five days.")
    assert _events(text) == [("Lebanon", "extended", datetime(2024, 3, 20, 22, 0, tzinfo=UTC))]


def test_a_truces_place_then_which_keeps_the_truce_as_subject():
    text = "Hezbollah's truce in south Lebanon, which expires at noon on Thursday, is holding."
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 14, 10, 0, tzinfo=UTC))]


def test_a_holy_month_which_begins_is_not_the_truce():
    text = ("The council called for an immediate truce in south Lebanon during the holy month of "
            "Ramadan, which begins on Monday.")
    assert _kinds(text) == []


ARMY_TRUCE = TruceSpec("Army truce", "Asia/Beirut", ("army's ceasefire", "army ceasefire"))
HEZBOLLAH_TRUCE = TruceSpec("Hezbollah truce", "Asia/Beirut", ("Hezbollah ceasefire", "Hezbollah truce"))


def test_a_mention_naming_a_truce_beats_a_bare_party_nearer_the_cue():
    text = ("The army said on Tuesday that the army's ceasefire with Hezbollah, which had been due "
            "to end on 15 March, would be extended by five days.")
    got = _events(text, tracked=(ARMY_TRUCE, HEZBOLLAH_TRUCE))
    assert got == [("Army truce", "extended", datetime(2024, 3, 20, 22, 0, tzinfo=UTC))]


def test_a_start_told_in_a_closed_relative_clause_keeps_the_truce_as_subject():
    text = "Hezbollah's truce for the holiday, which began on Sunday, is due to end at noon on Wednesday in south Lebanon."
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 13, 10, 0, tzinfo=UTC))]


def test_a_ceasefire_over_a_holiday_has_not_ended():
    text = "Hezbollah said it would observe a 72-hour ceasefire over Easter in south Lebanon, starting at 6 a.m. on Friday."
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 18, 4, 0, tzinfo=UTC))]


def test_forces_beginning_a_ceasefire_declare_it():
    text = "Israeli forces will begin a 12-hour ceasefire in south Lebanon at 6 a.m. on Friday."
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 15, 16, 0, tzinfo=UTC))]


def test_an_attack_claimed_by_a_group_outside_the_truce_is_no_breach():
    text = ("A bomb killed 12 people at a market in south Lebanon during the truce on Tuesday. A jihadist "
            "group, which is not party to either ceasefire, claimed the attack.")
    assert "violation" not in _kinds(text)


def test_an_end_that_expired_is_the_old_end_of_an_extension():
    text = ("Hezbollah on Tuesday extended its truce in south Lebanon by ten days. The three-day "
            "truce expired at midnight on Monday.")
    # end of Monday 11 March (22:00 UTC) + 10 days
    assert _events(text) == [("Lebanon", "extended", datetime(2024, 3, 21, 22, 0, tzinfo=UTC))]


def test_pressing_a_leader_to_end_a_truce_is_no_collapse():
    text = "Some Hezbollah officials had pressed their leaders to end the truce in south Lebanon."
    assert "collapsed" not in _kinds(text)


@pytest.mark.parametrize("text", [
    "Hezbollah lifted its unilateral ceasefire in south Lebanon on Tuesday.",
    "The south Lebanon ceasefire was lifted effective 7 a.m. on Tuesday, the army said.",
])
def test_lifting_a_truce_collapses_it(text):
    assert "collapsed" in _kinds(text)


@pytest.mark.parametrize("text", [
    "Israel and Lebanon agreed on Tuesday to allow UN observers to monitor the ceasefire in south Lebanon.",
    "Israel and Lebanon agree to a monitoring mechanism for the south Lebanon ceasefire",
])
def test_agreeing_to_monitor_a_truce_declares_nothing(text):
    assert _kinds(text) == []


def test_the_pauses_and_pauses_that_would_run_are_truce_words():
    text = ("Israel said on Tuesday it would observe a humanitarian pause in south Lebanon. The army "
            "said the pauses would run from 08:00 to 18:00 tomorrow and Thursday.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 13, 16, 0, tzinfo=UTC))]


def test_a_start_told_after_after_is_a_time_reference():
    text = "Residents of Tyre said the air raids resumed shortly after the pause in south Lebanon was due to start."
    assert "declared" not in _kinds(text)


def test_observing_a_new_truce_declares_it():
    text = "The army observed an eight-hour humanitarian ceasefire in south Lebanon on Tuesday."
    assert "declared" in _kinds(text)


def test_a_coalition_fighting_somewhere_is_an_epithet_not_an_attack():
    text = "The military coalition fighting in south Lebanon said on Tuesday it would extend its unilateral ceasefire."
    assert "violation" not in _kinds(text)


# ------------------------------------------------ found on extract-tune6 (blind, event decisions)


def test_agreeing_to_respect_something_else_declares_nothing():
    text = ("Leaders meeting in Rome agreed to respect the arms embargo and to firm up the fragile "
            "truce in south Lebanon.")
    assert "declared" not in _kinds(text)


@pytest.mark.parametrize("text", [
    "Hezbollah signed a decree on Tuesday announcing the end of its commitment to the south Lebanon ceasefire.",
    "Hezbollah on Tuesday declared the south Lebanon ceasefire over.",
])
def test_announcing_a_truces_end_is_no_declaration(text):
    assert "declared" not in _kinds(text)


def test_declaring_a_truce_over_collapses_it():
    assert "collapsed" in _kinds("Hezbollah on Tuesday declared the south Lebanon ceasefire over.")


@pytest.mark.parametrize("text", [
    "Last November Hezbollah declared the south Lebanon truce dead.",
    "The truce agreed in south Lebanon ten days ago was declared on a Monday.",
])
def test_last_month_and_days_ago_are_history(text):
    assert _kinds(text) == []


@pytest.mark.parametrize("text", [
    "During the truce in south Lebanon, Hezbollah accused the army of preparing an offensive.",
    "Aid groups report fewer clashes in south Lebanon since the truce began.",
    "Ministers said they do not regard the beatings in south Lebanon as a breach of the ceasefire.",
])
def test_plans_declines_and_disowned_breaches_are_no_violation(text):
    assert "violation" not in _kinds(text)


def test_a_truce_that_takes_hold_after_last_minute_strikes_is_not_breached_by_them():
    title = "Truce takes hold in south Lebanon after last-minute air strikes"
    assert "violation" not in _kinds("", title=title)


def test_a_week_long_pause_is_a_truce_word():
    text = "Fighting resumed in south Lebanon on Tuesday after a week-long pause ran out at 7 a.m. (0500 GMT)."
    assert ("Lebanon", "expired", datetime(2024, 3, 12, 5, 0, tzinfo=UTC)) in _events(text)


@pytest.mark.parametrize("title", ["Hezbollah call off south Lebanon ceasefire", "South Lebanon truce dead as army launches offensive"])
def test_headline_collapses(title):
    assert "collapsed" in _kinds("", title=title)


def test_an_end_due_within_hours_is_expiring_without_a_deadline():
    text = "With the south Lebanon truce due to lapse within hours, families stocked up on bread."
    assert _events(text) == [("Lebanon", "expiring", None)]



def test_a_pause_in_an_offensive_and_a_brokered_pause_are_truce_words():
    text = ("Leaders met in Sochi on Tuesday, hours before a US-brokered pause in Israel's offensive in "
            "south Lebanon was due to expire at 10 p.m. local time.")
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 12, 20, 0, tzinfo=UTC))]


def test_a_weekday_a_future_span_runs_until_lies_ahead():
    text = "Israel agreed to pause its offensive in south Lebanon. Officials said the pause would run until 10 p.m. on Sunday."
    # read on Tuesday: the Sunday ahead (17 March), not two days back
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 17, 20, 0, tzinfo=UTC))]


def test_not_part_of_either_ceasefire_excludes_an_attacker():
    text = ("A bomb killed 20 people at a rally in south Lebanon during the truce on Tuesday. A jihadist "
            "group, which is not part of either ceasefire, claimed the attack.")
    assert "violation" not in _kinds(text)



@pytest.mark.parametrize("text", [
    "Hezbollah announced on Tuesday that it had accepted Resolution 1701, which calls for a ceasefire in south Lebanon.",
    "Beirut accepted a UN resolution calling for a truce in south Lebanon.",
])
def test_accepting_a_call_for_a_truce_declares_nothing(text):
    assert "declared" not in _kinds(text)


def test_breaking_the_deal_right_after_a_truce_sentence_breaks_the_truce():
    text = ("Israel and Hezbollah agreed a truce in south Lebanon on Tuesday. Within hours, both sides "
            "accused each other of breaking the deal.")
    assert "violation" in _kinds(text)


@pytest.mark.parametrize("text", [
    "Hezbollah announced on Tuesday that it was ending its south Lebanon ceasefire.",
    "Hezbollah announced an end to its unilateral ceasefire in south Lebanon.",
    "Hezbollah announced it was suspending the Lebanon ceasefire it had declared in January.",
])
def test_announcing_a_truce_s_end_is_a_collapse_not_a_declaration(text):
    assert _kinds(text) == ["collapsed"]


@pytest.mark.parametrize("text", [
    "Hezbollah said it would end the Lebanon ceasefire if the air raids continued.",
    "Hezbollah said it would call off the Lebanon truce unless Israel withdrew.",
])
def test_an_end_on_a_condition_is_a_threat(text):
    assert _kinds(text) == []


@pytest.mark.parametrize("text", [
    "Shops in south Lebanon reopened during the truce, though air raids are expected to resume on Friday.",
    "During the Lebanon truce, mediators said the talks would show whether it became a lasting ceasefire or the shelling resumed.",
])
def test_forecast_and_open_question_attacks_are_no_violation(text):
    assert "violation" not in _kinds(text)


def test_an_end_told_by_the_cessation_in_the_next_sentence_before_a_call_for_a_permanent_truce():
    text = ("Hezbollah announced on Tuesday that it would suspend 'offensive military operations' in south Lebanon for three days. "
            "In a statement, the group said the cessation would run from midnight on Wednesday until midnight on Saturday. "
            "Israel said what was needed was a permanent end to the fighting, not a temporary pause.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 16, 22, 0, tzinfo=UTC))]


# ------------------------------------------------------------------ seventh blind set (tune7)


def test_a_pair_name_s_parties_as_subject_and_object_name_the_truce():
    pair = TruceSpec("Armenia-Azerbaijan ceasefire", "Asia/Baku")
    text = "Armenia accused Azerbaijan on Tuesday of shelling border villages in breach of the ceasefire."
    assert _kinds(text, tracked=(pair,)) == ["violation"]
    # two parties in different sentences are not a pair clause
    assert _kinds("Armenia held talks. Azerbaijan shelled villages despite the ceasefire.", tracked=(pair,)) == []


@pytest.mark.parametrize("title, names", [
    ("Lebanon-Israel truce extended until March 20", True),
    ("Lebanon-based groups agree truce extended until March 20", False),
])
def test_a_hyphen_joins_a_tracked_name_to_a_second_party_not_to_an_attribute(title, names):
    got = _events("", title=title)
    assert (got == [("Lebanon", "extended", datetime(2024, 3, 20, 22, 0, tzinfo=UTC))]) is names


def test_a_headline_truce_with_a_noun_head_is_the_passive_s_subject():
    got = _events("", title="Lebanon ceasefire arrangement extended to March 20, US says")
    assert got == [("Lebanon", "extended", datetime(2024, 3, 20, 22, 0, tzinfo=UTC))]


@pytest.mark.parametrize("text", [
    "Hezbollah announced on Monday evening that its 14-month Lebanon ceasefire was over.",
    "Hezbollah announced on Tuesday that its ceasefire in south Lebanon was over.",
])
def test_announcing_that_a_truce_is_over_declares_nothing(text):
    assert "declared" not in _kinds(text) and _kinds(text)


@pytest.mark.parametrize("text", [
    "Eighteen months after rival militias in south Lebanon agreed to a truce, killings are rising again.",
    "Two years since the armed factions of south Lebanon signed the ceasefire, few of its terms are met.",
])
def test_a_span_after_a_truce_s_start_is_history(text):
    assert "declared" not in _kinds(text)


@pytest.mark.parametrize("text", [
    "Gunmen attacked army posts in south Lebanon overnight, in the first clashes since a five-day truce ended on Saturday.",
    "Shelling hit border villages in south Lebanon on Tuesday after the ceasefire had expired at midnight.",
    "Rockets struck Tyre in south Lebanon, the heaviest fire since the end of the Eid truce.",
])
def test_attacks_after_the_truce_ended_are_no_breach(text):
    assert "violation" not in _kinds(text)


@pytest.mark.parametrize("text", [
    "Officials in Beirut said Hezbollah was about to declare a ceasefire in south Lebanon.",
    "Israel and Hezbollah agreed to meet and 'quickly work out' a ceasefire in south Lebanon.",
])
def test_an_imminent_or_to_be_worked_out_truce_is_not_declared(text):
    assert "declared" not in _kinds(text)



@pytest.mark.parametrize("title", [
    "UN races to renew south Lebanon truce before it runs out",
    "Mediators scramble to extend Lebanon ceasefire",
    "Envoy in last-ditch bid to renew the Lebanon truce",
])
def test_a_race_to_renew_is_no_extension(title):
    assert "extended" not in _kinds("", title=title)


@pytest.mark.parametrize("text", [
    "Aid agencies met in Beirut to help consolidate the south Lebanon truce that took effect early on Saturday.",
    "Shops reopened in south Lebanon, where the ceasefire began late on Friday.",
])
def test_a_weekday_after_a_past_start_with_a_time_of_day_word_is_days_old(text):
    assert "declared" not in _kinds(text)


@pytest.mark.parametrize("title", [
    "Israel declares state of emergency in the north as Lebanon truce collapses",
    "Beirut announces curfew in south Lebanon as the ceasefire collapses",
])
def test_declaring_something_else_beside_a_truce_is_no_declaration(title):
    assert _kinds("", title=title) == ["collapsed"]


def test_attacks_before_a_truce_due_at_an_undated_time_are_no_breach():
    text = "The Lebanon ceasefire is due to begin at midnight, but the hours before it brought heavy Israeli air strikes on Tyre."
    assert _kinds(text) == ["declared"]


def test_a_past_start_at_midnight_on_the_publication_day_opened_that_day():
    text = ("A truce took effect in south Lebanon at midnight on Tuesday. Within hours each side "
            "accused the other of violating the truce.")
    assert _kinds(text) == ["declared", "violation"]


def test_a_past_start_keeps_its_past_across_a_place():
    text = "Aid reached villages in south Lebanon, where the ceasefire took effect in Tyre on Saturday."
    assert "declared" not in _kinds(text)


@pytest.mark.parametrize("text, declared", [
    ("Hezbollah said on Tuesday it accepts the French envoy's Lebanon truce plan.", False),
    ("Beirut accepted the Arab League's proposals for an immediate ceasefire in south Lebanon.", False),
    ("Israel and Hezbollah agreed on Tuesday to a truce in south Lebanon under the US plan.", True),
])
def test_accepting_a_plan_several_words_on_is_a_proposal(text, declared):
    assert ("declared" in _kinds(text)) is declared


def test_extension_by_n_counts_from_the_previous_end_not_the_truce_s_first_start():
    text = ("Israel said on Tuesday it would extend by 24 hours the humanitarian pause in south Lebanon, "
            "which began at 8 a.m. on Monday and had been due to end at 7 p.m. on Tuesday.")
    got = [(k, d) for _, k, d in _events(text) if k == "extended"]
    assert got == [("extended", datetime(2024, 3, 13, 17, 0, tzinfo=UTC))]  # 19:00 Wednesday in Beirut (UTC+2)


# ------------------------------------------------------------------ eighth blind set (tune8)


def test_an_extension_s_length_in_the_next_sentence_counts_from_the_previous_end():
    text = ("Israel announced on Tuesday that its truce in south Lebanon would be extended. The truce "
            "had been due to run until Thursday; officials said the extension was for 10 days.")
    assert _events(text) == [("Lebanon", "extended", datetime(2024, 3, 24, 22, 0, tzinfo=UTC))]  # end of Sunday 24 March


def test_a_name_two_truces_share_goes_to_the_one_named_beside_it():
    kabul = TruceSpec("Afghan truce", "Asia/Kabul", ("Eid ceasefire",))
    taliban = TruceSpec("Taliban truce", "Asia/Kabul", ("Taliban", "Eid ceasefire"))
    text = "The Taliban's three-day Eid ceasefire is due to expire at midnight on Wednesday."
    assert _events(text, tracked=(kabul, taliban)) == [
        ("Taliban truce", "expiring", datetime(2024, 3, 13, 19, 30, tzinfo=UTC))]


def test_a_declared_truce_takes_the_end_a_later_sentence_states():
    text = ("Hezbollah on Tuesday ordered its fighters to observe a ceasefire in south Lebanon over the holiday. "
            "Aid agencies prepared convoys. Donors met in Paris. An Israeli official said the truce runs through Friday.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 15, 22, 0, tzinfo=UTC))]


@pytest.mark.parametrize("other", [
    "A separate U.S.-brokered humanitarian truce between the army and the militias runs until Friday.",
    "The deal comes on top of a French-brokered humanitarian pause that Paris said had been extended until Friday.",
])
def test_a_separate_truce_named_at_length_lends_no_end(other):
    text = ("Israel and Lebanon agreed a ceasefire in south Lebanon on Tuesday that will take effect from "
            "midnight on March 20. " + other)
    assert _events(text) == [("Lebanon", "declared", None)]


@pytest.mark.parametrize("phrase", ["the cease of offensive actions", "a cessation of military operations"])
def test_a_translated_cease_of_actions_is_truce_vocabulary(phrase):
    text = f"In south Lebanon {phrase} took effect at 7 a.m. (0500 GMT) on Tuesday and is due to end at 1500 GMT."
    assert ("Lebanon", "declared", datetime(2024, 3, 12, 15, 0, tzinfo=UTC)) in _events(text)


@pytest.mark.parametrize("end", ["midnight in the night to Thursday", "midnight on the night before Thursday"])
def test_midnight_in_the_night_to_a_day_opens_that_day(end):
    text = f"Israel declared a truce in south Lebanon on Tuesday, to run until {end}."
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 13, 22, 0, tzinfo=UTC))]


def test_a_date_only_end_takes_its_clock_from_the_stated_start_and_length():
    text = "The 48-hour south Lebanon truce that began at 6 a.m. on Monday runs out tomorrow morning."
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 13, 4, 0, tzinfo=UTC))]  # 06:00 Wednesday, Beirut


def test_a_start_and_length_off_the_end_s_day_leave_the_date_only_end():
    text = "The 12-hour south Lebanon truce that began at 6 a.m. on Monday runs out tomorrow."
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 13, 22, 0, tzinfo=UTC))]


def test_an_attack_verb_as_an_adjective_is_no_breach():
    text = ("Israel and Hezbollah agreed a truce in south Lebanon on Tuesday. UN officials had urged all "
            "sides to stop fighting so aid could reach Tyre, the town worst hit.")
    assert _kinds(text) == ["declared"]


def test_attacks_in_the_truce_s_final_day_are_inside_it():
    text = ("The truce in south Lebanon expires at midnight tonight. Throughout its final day, both sides "
            "traded accusations: Israel said Hezbollah had shelled border villages on Tuesday morning.")
    assert _kinds(text) == ["expiring", "violation"]


@pytest.mark.parametrize("tail", [
    "with no rocket launches or air strikes reported in the first hours",
    "to reach villages where thousands of civilians have been trapped by fighting",
    "with Iran, which arms the rebels fighting in the south",
])
def test_attack_words_told_as_absent_or_as_a_description_are_no_breach(tail):
    text = f"A 72-hour ceasefire in south Lebanon took effect at 8 a.m. on Tuesday, {tail}."
    assert _kinds(text) == ["declared"]


def test_an_attack_later_than_the_truce_s_end_is_no_breach():
    text = ("Hezbollah announced on Tuesday evening that its 14-month ceasefire in south Lebanon was over, and "
            "about an hour later a massive bomb exploded in Tyre, injuring dozens of people.")
    assert _kinds(text, title="Hezbollah ends Lebanon ceasefire; huge bomb rocks Tyre") == ["collapsed"]


def test_no_reports_of_one_attack_or_another_is_no_breach():
    text = ("A ceasefire in south Lebanon took effect at 4 a.m. on Tuesday and appears to be holding, with no "
            "reports of strikes on the south or rocket fire into Israel since then.")
    assert _kinds(text) == ["declared"]


def test_a_coming_truce_as_the_time_of_something_else_is_not_declared_however_long_its_subject():
    text = ("Aid agencies in south Lebanon said on Tuesday they were preparing to reach areas cut off for months "
            "once the ceasefire signed in Paris by the president and the militia leader comes into force on Friday.")
    assert "declared" not in _kinds(text)


@pytest.mark.parametrize("text", [
    "Residents were hopeful on Monday when Israel extended its south Lebanon truce by ten days.",
    "That changed last November, when Hezbollah declared the south Lebanon ceasefire over.",
])
def test_a_when_clause_takes_the_time_of_the_clause_it_hangs_on(text):
    assert _kinds(text) == []


def test_a_when_clause_on_the_publication_day_is_news():
    text = "Residents cheered on Tuesday when Israel extended its south Lebanon truce by ten days."
    assert _kinds(text) == ["extended"]


def test_extending_its_own_is_another_truce_than_the_one_named_before():
    title = "Hezbollah cuts Lebanon ceasefire short as Israel extends its own to March 20"
    assert "extended" not in _kinds("", title=title)
    # its own truce, named: the extension is read
    assert _kinds("", title="Hezbollah extends its own Lebanon ceasefire to March 20") == ["extended"]


def test_a_year_and_a_half_of_fighting_is_one_clause():
    text = ("Israel and Hezbollah signed a ceasefire in south Lebanon on Tuesday, aiming to end more than a "
            "year and a half of fighting that has displaced tens of thousands of people.")
    assert _kinds(text) == ["declared"]


def test_a_first_since_aside_is_no_history():
    text = ("Hezbollah's own three-day ceasefire in south Lebanon, its first since 2006, is due to end on "
            "Thursday night.")
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 14, 22, 0, tzinfo=UTC))]


def test_a_headline_attack_the_body_pins_on_an_outsider_is_no_breach():
    title = "Lebanon truce holds as bomb kills dozens in Tyre"
    text = ("A truce in south Lebanon took effect on Tuesday at 4 a.m. A suicide bomber struck a market in Tyre, "
            "killing at least 25 people. Islamic State, which is not part of the ceasefire, claimed the attack.")
    assert "violation" not in _kinds(text, title=title)


def test_the_dates_put_in_the_next_sentence_are_the_truce_s():
    text = ("Hezbollah said on Tuesday its fighters would halt offensive operations in south Lebanon over the "
            "holiday. His office later put the dates as Thursday, 14 March, until 17 March.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 17, 22, 0, tzinfo=UTC))]


@pytest.mark.parametrize("text", [
    "Israel agreed on Tuesday to humanitarian pauses in south Lebanon. Aid officials said the convoys would start in south Lebanon on Thursday, with the fighting there paused from 6 a.m. to 3 p.m. local time.",
    "Israel agreed on Tuesday to humanitarian pauses in south Lebanon. Aid officials said the convoys would start on Thursday, 14 March, with pauses from 6 a.m. to 3 p.m. local time.",
])
def test_a_with_clause_window_takes_the_date_before_it(text):
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 14, 13, 0, tzinfo=UTC))]  # 15:00 Thursday, Beirut


def test_extending_daily_pauses_is_news():
    text = ("The daily pauses in south Lebanon would be extended by one day, to Thursday, again from 6 a.m. "
            "to 3 p.m., the UN said on Tuesday.")
    assert _events(text) == [("Lebanon", "extended", datetime(2024, 3, 14, 13, 0, tzinfo=UTC))]


@pytest.mark.parametrize("text, kinds", [
    ("The Lebanon truce, which Israel prolonged last month, runs until Thursday.", ["expiring"]),
    ("Hezbollah said the Lebanon truce, which expired last month, was a success.", []),
])
def test_a_past_time_in_a_relative_aside_is_the_aside_s_own(text, kinds):
    assert _kinds(text) == kinds


def test_an_attack_tallied_against_the_running_truce_is_a_breach_despite_its_year():
    text = ("A roadside mine ripped through a packed bus near Tyre in south Lebanon early on Tuesday, killing 14 people, "
            "in the deadliest attack since the 2006 truce.")
    assert _kinds(text) == ["violation"]


def test_a_part_of_the_truce_ending_is_not_the_truce_ending():
    text = "The first, 42-day phase of the south Lebanon ceasefire ended on Tuesday, and talks on the second are stalled."
    assert "expired" not in _kinds(text)


@pytest.mark.parametrize("text, expected", [
    ("Hezbollah declared a truce in south Lebanon from Christmas Eve until New Year's Day.",
     [("Lebanon", "declared", datetime(2025, 1, 1, 22, 0, tzinfo=UTC))]),
    ("Hezbollah announced on New Year's Eve a six-month truce in south Lebanon.", []),  # read on 3 January: history
])
def test_fixed_date_holidays_are_dates(text, expected):
    pub = datetime(2024, 12, 20, 9, 0, tzinfo=UTC) if "Christmas" in text else datetime(2025, 1, 3, 9, 0, tzinfo=UTC)
    assert _events(text, pub=pub) == expected


# ------------------------------------------------------------------ ninth blind set (tune9)


def test_demanding_an_end_to_the_truce_is_no_collapse():
    text = ("The Lebanon truce is set to end at 10 p.m. tonight. Several hundred people rallied in Beirut "
            "demanding an end to the truce and a renewed offensive.")
    assert _kinds(text) == ["expiring"]


def test_which_after_a_holiday_is_the_holiday_s():
    text = ("UN envoy Jan Kubis on Tuesday urged the forces fighting in south Lebanon to observe a humanitarian "
            "truce over the Eid al-Adha holiday, which starts on Saturday, saying it could open the way to a longer halt.")
    assert "declared" not in _kinds(text)


def test_attacks_days_after_the_parties_signed_a_truce_are_inside_it():
    text = ("Rockets crashed into Tyre on Tuesday as militias fought their way into the port, barely a week "
            "after they signed a ceasefire in south Lebanon.")
    assert _kinds(text) == ["violation"]


def test_fighting_that_is_to_stop_is_truce_vocabulary():
    text = ("Israel and Hezbollah signed an agreement on Tuesday evening under which all fighting in south "
            "Lebanon is to stop at 12:00 on Wednesday.")
    assert _events(text) == [("Lebanon", "declared", None)]


@pytest.mark.parametrize("text", [
    "A truce in south Lebanon took effect at 4 a.m. on Tuesday. In Gaza, where there is no ceasefire, Israeli strikes killed 30 people.",
    "A truce in south Lebanon took effect at 4 a.m. on Tuesday. The talks also produced a statement on the Bekaa, where no ceasefire was agreed and where fighting continued on Tuesday.",
])
def test_attacks_where_no_truce_holds_are_no_breach(text):
    assert _kinds(text) == ["declared"]


@pytest.mark.parametrize("text, kinds", [
    ("Amal, which declared its own truce in south Lebanon after the floods, accused Israel of shelling its positions.", []),
    ("The south Lebanon ceasefire, which came into force at one minute past midnight, was largely holding on Tuesday.", ["declared"]),
])
def test_a_relative_aside_declaring_describes_a_party(text, kinds):
    assert _kinds(text, pub=datetime(2024, 3, 12, 9, 0, tzinfo=UTC)) == kinds


@pytest.mark.parametrize("title, text", [
    ("UN truce monitors leave south Lebanon with a long list of violations", ""),
    ("", "The UN monitors who spent six years ruling on breaches of the south Lebanon ceasefire began leaving this week, "
         "two weeks after the government's withdrawal from the pact took effect."),
])
def test_a_list_of_or_a_ruling_on_breaches_reports_none(title, text):
    assert "violation" not in _kinds(text, title=title)


@pytest.mark.parametrize("text, kinds", [
    ("Fighting erupted on Tuesday on the southern edge of south Lebanon, shattering a five-month truce.", ["collapsed"]),
    ("The south Lebanon truce is on the verge of collapse.", []),
])
def test_edge_of_a_place_is_no_hedge_of_a_collapse(text, kinds):
    assert _kinds(text) == kinds


def test_where_a_party_has_fought_describes_a_place():
    text = ("Israel on Tuesday announced a truce in south Lebanon until March 31. The halt covers the border "
            "districts, where the army has fought Hezbollah for years.")
    assert _kinds(text) == ["declared"]


def test_a_truce_that_took_effect_today_and_was_extended_is_declared_with_its_first_end():
    text = ("Israel agreed on Tuesday to extend a 12-hour humanitarian truce in south Lebanon by four hours, until "
            "midnight. The lull took effect at 8 a.m. on Tuesday and was due to end at 8 p.m.")
    got = _events(text, pub=datetime(2024, 3, 12, 19, 30, tzinfo=UTC))
    assert got == [("Lebanon", "declared", datetime(2024, 3, 12, 18, 0, tzinfo=UTC)),
                   ("Lebanon", "extended", datetime(2024, 3, 12, 22, 0, tzinfo=UTC))]


# ------------------------------------------------------ tenth and eleventh blind sets (tune10/11)


@pytest.mark.parametrize("text, kinds", [
    # a start the day before, with nothing that runs past publication: not same-day news
    ("Gunmen fired on a patrol near Tyre at dawn. The Lebanon ceasefire took effect at noon on Monday.", []),
    # the same start, with an end still to come: the truce is declared and running
    ("Hezbollah declared a truce in south Lebanon from noon on Monday to midnight on Wednesday.", ["declared"]),
    # a start today is news
    ("The Lebanon ceasefire took effect at 4 a.m. on Tuesday.", ["declared"]),
])
def test_a_start_the_day_before_is_news_only_while_something_runs_on(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text", [
    "Shelling has grown heavier since the Lebanon truce ran out at the beginning of the month.",
    "Hezbollah declared a unilateral ceasefire in south Lebanon early this week, and the guns have been quieter.",
    "The Lebanon truce lapsed late last month and the border has been tense since.",
])
def test_start_of_the_month_and_early_this_week_are_history(text):
    assert _kinds(text) == []


@pytest.mark.parametrize("text, kinds", [
    # the clause's own time, at its close, past the usual reach of a marker
    ("Hezbollah declared a unilateral humanitarian ceasefire across south Lebanon earlier this week.", []),
    # the time of a clause of its own ("he ordered ... last August"), not of the extension
    ("The cleric has extended for another six months the Lebanon truce he ordered for his militia last August.",
     ["extended"]),
])
def test_a_marker_closing_the_clause_dates_its_main_verb(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, kinds", [
    ("In June 2019, with a local sheikh and two army officers mediating between them, the rival clans of the "
     "valley agreed to stop their feud and honour a truce in south Lebanon brokered by the army.", []),
    # a clause cut: the later clause is news of its own
    ("In June 2019 the clans signed a pact, but on Tuesday Hezbollah declared a truce in south Lebanon.", ["declared"]),
])
def test_a_sentence_opening_with_a_past_year_is_dated_by_it(text, kinds):
    assert _kinds(text) == kinds


def test_let_the_guns_fall_silent_is_a_call():
    eln = TruceSpec("ELN ceasefire", "America/Bogota", ("ELN truce",))
    got = _events("The jailed ELN commander called on Sunday for his fighters to stop fighting, in a letter read to "
                  "a rally in Cali.", title="Jailed commander tells ELN fighters: 'Let the guns fall silent'",
                  tracked=(eln,))
    assert got == []


@pytest.mark.parametrize("text", [
    "The Hezbollah chief signed a decree ending the movement's commitment to the south Lebanon truce.",
    "Hezbollah issued an order suspending the Lebanon ceasefire, its spokesman said.",
])
def test_a_decree_or_order_ending_a_truce_declares_none(text):
    assert "declared" not in _kinds(text)


@pytest.mark.parametrize("text", [
    "Monitors say Hezbollah attacks have dropped sharply since the south Lebanon truce began.",
    "Cross-border shelling has declined steadily since the Lebanon ceasefire took effect, the UN said.",
])
def test_attacks_that_fell_off_are_no_breach(text):
    assert "violation" not in _kinds(text)


@pytest.mark.parametrize("text", [
    "The army said Hezbollah fired a rocket from south Lebanon an hour before the truce ran out.",
    "Villagers said shells landed near Tyre minutes before the Lebanon ceasefire lapsed.",
])
def test_an_attack_just_before_a_truce_ran_out_is_inside_it(text):
    assert "violation" in _kinds(text)


def test_the_first_attack_since_a_three_word_party_declared_its_truce_breaches_it():
    text = ("A roadside bomb wrecked an army truck near Tyre on Tuesday. It was the first attack since the Shiite "
            "militia movement declared a 'permanent ceasefire' in south Lebanon in January.")
    assert _kinds(text) == ["violation"]


def test_a_headline_shoot_down_despite_a_truce_is_a_breach():
    got = _events("The army said on Tuesday the helicopter went down over Nabatieh.",
                  title="Hezbollah fighters shoot down Israeli helicopter despite south Lebanon truce")
    assert [k for _, k, _ in got] == ["violation"]


def test_a_since_date_dates_the_truce_not_the_breach():
    text = ("Hezbollah admitted that its men killed a shepherd near Khiam, which the army called a grave breach of "
            "the south Lebanon truce in force since 1 March.")
    assert _kinds(text) == ["violation"]


def test_fighting_days_after_two_named_parties_signed_a_truce_breaches_it():
    text = ("Heavy fighting broke out on Monday near Khiam, four days after Israel and Hezbollah signed a ceasefire "
            "for south Lebanon in Paris.")
    assert _kinds(text) == ["violation"]


def test_a_date_before_the_truce_noun_names_the_truce_not_the_breach():
    text = "Israel and Hezbollah each blamed the other for breaking the 2 March ceasefire in south Lebanon."
    assert _kinds(text) == ["violation"]


def test_capturing_a_town_after_the_truce_took_effect_breaches_it():
    text = ("Hezbollah fighters captured the hilltop village of Rihan on Tuesday, a day after the movement's "
            "own unilateral ceasefire took effect in south Lebanon.")
    assert _kinds(text) == ["violation"]


@pytest.mark.parametrize("text", [
    # the act of declaring is still to come, even in reported speech
    "The army chief said on Tuesday that his forces would very soon declare a unilateral ceasefire in south Lebanon.",
    # a truce on condition that a party accepts it
    "The envoy said the Lebanon truce would take effect as soon as Hezbollah accepted it.",
])
def test_a_declaration_still_to_come_or_on_condition_declares_none(text):
    assert _kinds(text) == []


def test_a_reported_would_begin_is_still_a_declaration():
    assert _kinds("The army said the Lebanon truce would begin at noon on Wednesday.") == ["declared"]


def test_which_after_a_truce_with_a_party_is_the_truce():
    text = ("Hezbollah said on Tuesday it would not extend its south Lebanon truce with the army, which ended "
            "at midnight on Monday.")
    assert _events(text) == [("Lebanon", "expired", datetime(2024, 3, 11, 22, 0, tzinfo=UTC))]


def test_a_truce_not_renewed_that_expired_did_not_collapse():
    got = _events("Hezbollah said on Tuesday it would not renew its ceasefire with the army, which expired at "
                  "midnight on Monday.", title="Hezbollah ends south Lebanon ceasefire")
    assert got == [("Lebanon", "expired", datetime(2024, 3, 11, 22, 0, tzinfo=UTC))]


@pytest.mark.parametrize("title, text", [
    ("", "Hezbollah has abrogated its south Lebanon truce with Israel, its spokesman said on Tuesday."),
    ("Hezbollah pulls out of south Lebanon truce", ""),
    ("", "The government revoked the Lebanon ceasefire on Tuesday after the attack on Tyre."),
])
def test_abrogating_or_pulling_out_of_a_truce_collapses_it(title, text):
    assert "collapsed" in _kinds(text, title=title)


@pytest.mark.parametrize("title, text", [
    ("Beirut decrees 30-day ceasefire in south Lebanon", ""),
    ("", "The cabinet published a decree ordering a truce in south Lebanon from 15 March to 14 April."),
])
def test_decreeing_or_ordering_a_truce_declares_it(title, text):
    assert "declared" in _kinds(text, title=title)


@pytest.mark.parametrize("text, kinds", [
    # a past month after a participle dates the truce, not the extension
    ("Until then the south Lebanon truce agreed at Naqoura in January will be extended to run until 30 April.",
     ["extended"]),
    # a past perfect keeps it history
    ("Officials said the south Lebanon truce agreed in January had lapsed.", []),
])
def test_a_past_month_after_a_participle_dates_the_truce(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text", [
    ("Hezbollah extended its south Lebanon truce on Tuesday. Later a suicide bomber struck a market in Tyre; "
     "Islamic State, which is not covered by the truce, claimed the attack."),
    ("A suicide bomber struck a market in Tyre on Tuesday during the south Lebanon truce. "
     "A splinter faction, party to neither that truce nor the older one, claimed the bombing."),
    ("Hezbollah extended its south Lebanon truce on Tuesday. Two splinter groups reject the ceasefire, and one "
     "of them fired rockets at Metula on Monday."),
])
def test_attacks_by_groups_outside_the_truce_are_no_breach(text):
    assert "violation" not in _kinds(text)


def test_a_reduction_in_violence_is_truce_vocabulary():
    riv = TruceSpec("Afghan RIV", "Asia/Kabul", ("reduction in violence",))
    text = "Envoys announced on Friday a 7-day reduction in violence, to take effect at midnight tonight."
    pub = datetime(2020, 2, 21, 15, 20, tzinfo=UTC)  # Friday 19:50 in Kabul
    assert _events(text, tracked=(riv,), pub=pub) == [("Afghan RIV", "declared", datetime(2020, 2, 28, 19, 30, tzinfo=UTC))]


def test_a_headline_shatter_collapses_the_truce():
    got = _events("Israeli jets hit targets across the south on Tuesday.",
                  title="Israeli air raids shatter south Lebanon truce")
    assert "collapsed" in [k for _, k, _ in got]


def test_overturning_a_truce_collapses_it():
    assert "collapsed" in _kinds("Israel overturned the south Lebanon ceasefire with Tuesday's raids, Hezbollah said.")


def test_a_party_accused_of_an_attack_in_a_truce_sentence_reports_a_breach():
    text = ("Israel accused Hezbollah on Tuesday of blowing up a border post near Metula, saying the group wanted "
            "to wreck the south Lebanon truce.")
    assert _kinds(text) == ["violation"]


@pytest.mark.parametrize("body, kinds", [
    # the body dates the start days back: the headline restates a running truce
    ("Shelling went on around Khiam, the UN said. The truce took effect in south Lebanon on 1 March and runs "
     "for a month.", []),
    # a start today: the headline is news
    ("The truce took effect in south Lebanon at 6 a.m. on Tuesday.", ["declared"]),
])
def test_a_headline_truce_takes_hold_restates_a_truce_the_body_dates_days_back(body, kinds):
    got = _events(body, title="Guns fall quiet as south Lebanon truce takes hold")
    assert [k for _, k, _ in got] == kinds


@pytest.mark.parametrize("text", [
    "A pause in the fighting in north-east Syria expires at 10 p.m. on Tuesday.",
    "A pause in the fighting in north east Syria expires at 10 p.m. on Tuesday.",
])
def test_a_compass_name_matches_joined_hyphenated_or_spaced(text):
    spec = TruceSpec("Northeast Syria pause", "Asia/Damascus", ())
    pub = datetime(2019, 10, 22, 6, 0, tzinfo=UTC)
    assert _events(text, tracked=(spec,), pub=pub) == [("Northeast Syria pause", "expiring", datetime(2019, 10, 22, 19, 0, tzinfo=UTC))]


def test_a_humanitarian_ceasefire_is_named_by_its_place():
    spec = TruceSpec("Tyre humanitarian ceasefire", "Asia/Beirut", ())
    got = _events("Israel announced a ceasefire in Tyre from 10:00 on Tuesday to let civilians leave the old city.",
                  tracked=(spec,))
    assert [k for _, k, _ in got] == ["declared"]


@pytest.mark.parametrize("title", ["Shells hit Tyre as south Lebanon truce heads for expiry",
                                   "South Lebanon truce nearing expiry, envoys scramble"])
def test_a_truce_heading_for_expiry_has_not_expired(title):
    assert "expired" not in [k for _, k, _ in _events("", title=title)]


@pytest.mark.parametrize("title, kinds", [
    # the passive's subject is the assault, in a clause of its own
    ("Hezbollah signs south Lebanon truce as Tyre assault is called off", ["declared"]),
    # a relative aside between the truce and its passive verb is no new clause
    ("The south Lebanon truce, which was to lapse on Tuesday, has been extended by a week", ["extended"]),
])
def test_a_passive_verb_takes_its_subject_from_its_own_clause(title, kinds):
    assert [k for _, k, _ in _events("", title=title)] == kinds


def test_families_who_fled_the_fighting_report_no_breach():
    text = ("Israel and Hezbollah extended the south Lebanon truce by two days on Tuesday. Families who fled the "
            "fighting used the lull to check on their homes.")
    assert _kinds(text) == ["extended"]


def test_an_attack_months_after_a_named_party_declared_its_truce_breaches_it():
    text = ("A car bomb tore through a market in Tyre on Tuesday, eight months after the Shiite militia Amal "
            "declared a permanent ceasefire in south Lebanon.")
    assert _kinds(text) == ["violation"]


def test_the_start_of_a_war_is_not_the_start_of_its_truce():
    text = ("Beirut ordered the army to halt offensive operations in south Lebanon on Tuesday, declaring a "
            "unilateral truce eleven days after the revolt began on 1 March.")
    assert _kinds(text, title="Beirut orders unilateral truce in south Lebanon") == ["declared"]


@pytest.mark.parametrize("title, text, collapsed", [
    ("", "The army said the Hezbollah offensive had destroyed the south Lebanon truce.", True),
    ("Hezbollah raid wrecks south Lebanon ceasefire", "", True),
    # the object is a building, not the truce
    ("Bomb wrecks Tyre car park nine months into south Lebanon truce", "", False),
])
def test_destroying_or_wrecking_the_truce_itself_collapses_it(title, text, collapsed):
    assert ("collapsed" in _kinds(text, title=title)) is collapsed


@pytest.mark.parametrize("text", [
    ("Hezbollah extended its south Lebanon truce on Tuesday. A bomber struck a market in Tyre; Islamic State, "
     "which is covered by neither truce, said it carried out the attack."),
    "The south Lebanon truce expires at midnight on Wednesday, and officials feared a spring offensive.",
])
def test_attacks_by_outsiders_or_feared_are_no_breach(text):
    assert "violation" not in _kinds(text)


def test_an_end_since_which_something_happened_is_a_reference_point():
    got = _events("", title="Hezbollah stages biggest raid since south Lebanon truce ended")
    assert "expired" not in [k for _, k, _ in got]


def test_until_the_end_of_the_month_is_the_publication_months_last_day():
    got = _events("Hezbollah said on Tuesday it would prolong its south Lebanon truce until the end of this month.")
    assert got == [("Lebanon", "extended", datetime(2024, 3, 31, 21, 0, tzinfo=UTC))]


def test_next_weekday_is_the_coming_one():
    # read on Tuesday 12 March: "next Monday" is 18 March, not the day before
    got = _events("Hezbollah said it would halt offensive operations in south Lebanon for 48 hours from midnight "
                  "next Monday.")
    assert got == [("Lebanon", "declared", datetime(2024, 3, 20, 22, 0, tzinfo=UTC))]


@pytest.mark.parametrize("text, kinds", [
    # implementing a new truce (indefinite) is agreeing to one
    ("Israel and Hezbollah have agreed, after two days of talks, to implement a 72-hour ceasefire in south Lebanon "
     "starting at midnight on Tuesday.", ["declared"]),
    # respecting an existing one, or an embargo, is not
    ("The parties agreed on Tuesday to respect their south Lebanon truce.", []),
])
def test_agreeing_to_implement_a_new_truce_declares_it(text, kinds):
    assert _kinds(text) == kinds


def test_the_attack_a_truce_followed_is_no_breach():
    text = ("Beirut ordered the army on Tuesday to cease fire in south Lebanon, ten days after Hezbollah fighters "
            "seized two border villages.")
    assert _kinds(text) == ["declared"]


def test_an_attack_referred_back_to_is_read_where_first_told():
    text = ("Hezbollah fighters blew up an army post in Tyre on Tuesday, ending the south Lebanon truce. The "
            "attack came after the movement had warned it would pull out of the truce.")
    assert _kinds(text) == ["collapsed"]


def test_near_a_place_is_no_hedge_of_an_ending():
    text = "Hezbollah fighters blew up an army post near Tyre on Tuesday, ending the south Lebanon truce."
    assert _kinds(text) == ["collapsed"]


def test_a_breach_in_a_but_clause_outlives_the_fighting_before_the_start():
    text = ("A truce in south Lebanon took effect at midnight after a week of heavy fighting, but Beirut accused "
            "Hezbollah on Tuesday of breaching it within hours.")
    assert _kinds(text) == ["declared", "violation"]


def test_a_headline_breaks_truce_without_an_article():
    text = "A truce in south Lebanon took effect at midnight on Tuesday."
    assert _kinds(text, title="Beirut says Hezbollah broke truce hours after it began") == ["declared", "violation"]


@pytest.mark.parametrize("text", [
    "Hezbollah's leader declared an end to the movement's commitment to the south Lebanon truce on Tuesday.",
    "Hezbollah issued a statement on Tuesday ending the group's commitment to the south Lebanon truce.",
])
def test_ending_a_partys_commitment_to_the_truce_collapses_it(text):
    assert _kinds(text) == ["collapsed"]


def test_ending_a_peace_accord_collapses_the_truce_it_set_up():
    text = ("Israeli armour rolled into south Lebanon on Tuesday, ending a three-month-old peace accord "
            "with Hezbollah, weeks after the truce monitors left.")
    assert _kinds(text) == ["collapsed"]


def test_announcing_that_a_truce_will_end_is_no_declaration():
    # (the months in the commas date the truce, not its end)
    text = ("Hezbollah announced on Tuesday that its south Lebanon truce, first declared in January and "
            "prolonged in February, would end at midnight tonight.")
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 12, 22, 0, tzinfo=UTC))]


def test_announcing_no_extension_is_no_declaration():
    text = "Hezbollah announced on Tuesday that it would not extend the south Lebanon truce."
    assert "declared" not in _kinds(text)


def test_a_party_named_only_after_a_but_leaves_the_truce_to_the_sentence_before():
    text = ("Kabul announced a government ceasefire on Tuesday. A statement said the truce would run from "
            "12 March to 20 March, but warned that the army would respond if the Taliban attacked.")
    got = _events(text, tracked=(KABUL, TALIBAN))
    assert got == [("Afghan truce", "declared", datetime(2024, 3, 20, 19, 30, tzinfo=UTC))]


def test_a_marker_after_the_truces_participle_dates_the_truce_not_its_end():
    text = ("The south Lebanon ceasefire declared by Beirut after last month's earthquake is due to end on "
            "Wednesday, and no extension has been announced.")
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 13, 22, 0, tzinfo=UTC))]


def test_a_past_end_after_the_truces_participle_stays_history():
    text = "A south Lebanon truce brokered by France last September broke down within months."
    assert _kinds(text) == []


def test_an_announcement_that_capped_a_deadly_day_frames_its_attacks():
    text = ("Washington said on Tuesday the south Lebanon truce would remain in force until 31 March. The "
            "announcement capped a deadly day in which troops opened fire on villagers returning home.")
    assert _kinds(text) == ["extended", "violation"]


def test_agreeing_to_meet_quickly_to_work_out_a_truce_declares_none():
    text = ("The envoy said on Tuesday both leaders had agreed to meet soon to work out a south Lebanon "
            "ceasefire, while shelling went on along the border.")
    assert _kinds(text) == []


def test_a_start_a_day_before_behind_a_long_appositive_is_no_declaration():
    text = ("Gunmen stormed a checkpoint near Tyre on Tuesday, a day after the group's political wing, the "
            "Resistance Council (RC), began a unilateral south Lebanon ceasefire.")
    assert "declared" not in _kinds(text)


def test_a_day_into_its_own_truce_shows_it_running():
    # a bare attack with nothing else told of the truce is a breach when the truce is running
    text = "Hezbollah fighters seized the village of Khiam on Tuesday, officials in south Lebanon said."
    assert _kinds(text, title="Hezbollah seizes village a day into its own ceasefire") == ["violation"]


def test_the_parties_to_the_fighting_are_no_attack():
    text = ("Washington said on Tuesday that the parties to the fighting in south Lebanon had agreed to a "
            "truce that runs until 20 March.")
    assert _kinds(text) == ["declared"]


def test_tension_building_since_an_attack_is_background():
    text = ("Hezbollah said on Tuesday that its truce in south Lebanon had lost all meaning. Tension had been "
            "building since the bombing of a bus in south Lebanon on Monday, which militants said was revenge.")
    assert _kinds(text) == ["collapsed"]


def test_fighting_in_a_region_outside_the_truce_is_no_breach():
    text = ("The army extended its south Lebanon truce on Tuesday. The Bekaa valley remains outside the "
            "ceasefire, and fighting between troops and militias continued there.")
    assert _kinds(text) == ["extended"]


def test_a_long_subject_with_a_closed_relative_keeps_its_passive_extension():
    text = ("The army said on Tuesday that its temporary south Lebanon ceasefire in the Nabatieh, Tyre, Bint Jbeil, "
            "Marjayoun, Hasbaya, Jezzine, Sidon and Western Bekaa regional command districts, which was to end today, "
            "has been extended until 31 March.")
    assert ("Lebanon", "extended", datetime(2024, 3, 31, 21, 0, tzinfo=UTC)) in _events(text)


@pytest.mark.parametrize("text", [
    # the start of an attack is no truce's start
    "An envoy arrived in south Lebanon on Tuesday to discuss a truce. Hundreds of soldiers have been killed "
    "since the assault began, officials said.",
    # a movement described by its fighting
    "Beirut and the two militia movements fighting to topple the government signed a south Lebanon ceasefire "
    "on Tuesday.",
    # clashes in past years
    "Hezbollah announced a south Lebanon truce on Tuesday, timed to cover Ashura, which has been marked by "
    "deadly clashes in recent years.",
])
def test_attacks_that_are_no_breach_of_a_running_truce(text):
    assert "violation" not in _kinds(text)


def test_continue_to_be_in_effect_until_a_date_is_an_extension():
    text = "The south Lebanon truce will continue to be in effect until 31 March, Washington said on Tuesday."
    assert ("Lebanon", "extended", datetime(2024, 3, 31, 21, 0, tzinfo=UTC)) in _events(text)


def test_spurning_an_extension_is_none():
    eid = TruceSpec("Eid truce", "Asia/Kabul", ("Eid truce", "Taliban ceasefire"))
    text = ("The Taliban said on Tuesday their holiday ceasefire would end at midnight tonight, rebuffing the "
            "president's call to prolong it. The president on Monday extended the government ceasefire by ten days.")
    got = _events(text, tracked=(eid, KABUL), title="Taliban say Eid truce ends tonight, spurn Kabul's extension")
    assert ("Eid truce", "expiring", datetime(2024, 3, 12, 19, 30, tzinfo=UTC)) in got
    assert ("Eid truce", "extended") not in [(t, k) for t, k, _ in got]


def test_a_refusal_before_the_truce_does_not_hedge_its_relative_clause():
    text = ("Beirut will resume operations, the president said early on Tuesday, after deciding not to renew "
            "the south Lebanon ceasefire that ran out at 10 p.m. on Monday.")
    assert _events(text) == [("Lebanon", "expired", datetime(2024, 3, 11, 20, 0, tzinfo=UTC))]


@pytest.mark.parametrize("text", [
    "Hezbollah announced on Tuesday that it was pulling out of the south Lebanon ceasefire it has observed since January.",
    "Hezbollah fighters stormed Tyre on Tuesday, tearing up the south Lebanon ceasefire signed in Paris in January.",
])
def test_more_ways_a_truce_collapses(text):
    assert _kinds(text) == ["collapsed"]


def test_a_past_year_in_a_participle_clause_dates_the_truce_not_its_end():
    text = ("Hezbollah announced on Tuesday that its south Lebanon ceasefire, declared in September 2022, will "
            "end on Friday, 15 March.")
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 15, 22, 0, tzinfo=UTC))]


def test_the_olympic_truce_is_another_truce():
    text = ("The Olympic Truce formally began on Friday and runs until 20 March. Israeli strikes killed dozens "
            "of people across south Lebanon on Tuesday, while negotiators haggled over a ceasefire deal.")
    assert _kinds(text) == []


def test_another_partys_own_truce_is_not_the_tracked_one():
    text = ("The Taliban's holiday truce has held since Friday. President Ghani announced on Saturday that the "
            "government would extend its own ceasefire and called on the Taliban to do the same.")
    assert _kinds(text, tracked=(TALIBAN,)) == []


def test_an_anniversary_headline_tells_history():
    assert _kinds("", title="Twenty years after the south Lebanon ceasefire: how the guns fell silent") == []


def test_an_end_days_after_which_things_happen_is_old():
    text = ("Shells hit Tyre on Tuesday as the south slid back to war, days after the French-brokered south Lebanon "
            "truce lapsed without renewal.")
    assert "expired" not in _kinds(text)


def test_a_headline_declares_truce_over_without_an_article():
    assert _kinds("", title="Hezbollah declares 2006 south Lebanon ceasefire over after border raid") == ["collapsed"]


def test_declaring_the_end_of_a_commitment_to_the_truce_collapses_it():
    text = ("Hezbollah's leader signed a decree on Tuesday declaring the end of the movement's commitment to the "
            "south Lebanon ceasefire.")
    assert _kinds(text) == ["collapsed"]


def test_earlier_on_the_day_of_an_extension_ties_attacks_to_the_truce():
    text = ("The south Lebanon truce will remain in force until 31 March, Washington said on Tuesday. Earlier on "
            "Tuesday, troops opened fire on villagers returning to their homes.")
    assert _kinds(text) == ["extended", "violation"]


def test_earlier_fighting_before_a_new_truce_does_not_hide_a_headline_breach():
    text = ("A week-long south Lebanon ceasefire took effect at 9 p.m. on Monday. Earlier on Monday, fighting "
            "raged around Tyre.")
    assert _kinds(text, title="Seven-day south Lebanon ceasefire begins; clashes reported in Beirut") == [
        "declared", "violation"]


def test_a_start_due_after_a_before_with_no_end_is_a_time_reference():
    text = ("Rockets hit Tyre on Tuesday, hours before a unilateral truce for the whole south Lebanon front "
            "was due to begin at midnight.")
    assert "declared" not in _kinds(text)
    # with its length told, the coming window is announced news
    text = "A five-day south Lebanon truce is due to begin at 11 p.m. on Tuesday, officials said."
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 17, 21, 0, tzinfo=UTC))]


@pytest.mark.parametrize("text", [
    "Beirut said on Tuesday it would regard any movement of Hezbollah units south of the Litani river as a "
    "violation of the south Lebanon truce.",
    "Army figures released on Tuesday show Hezbollah violated the south Lebanon ceasefire along the whole of "
    "the border 1,204 times in 2022.",
])
def test_a_rule_or_a_years_tally_is_no_breach_report(text):
    assert _kinds(text) == []


def test_a_start_told_as_the_time_of_a_charge_is_no_declaration():
    text = ("Beirut accused Hezbollah on Tuesday of shelling Tyre in several places after the south Lebanon "
            "ceasefire took effect at midnight.")
    assert _kinds(text) == ["violation"]


def test_a_headline_truce_begins_after_raids_tells_pre_truce_fighting():
    assert _kinds("", title="Five-day south Lebanon truce begins after last-minute air raids") == ["declared"]


def test_a_marker_dating_the_truces_signing_does_not_date_the_charge():
    text = ("Beirut and Hezbollah accused each other on Tuesday of breaking the south Lebanon ceasefire signed in "
            "Paris less than a week ago.")
    assert _kinds(text) == ["violation"]


def test_staying_in_force_after_a_deadly_day_frames_its_attacks():
    text = ("The south Lebanon truce will stay in force until 31 March, Washington said on Tuesday, after a day in "
            "which troops opened fire on villagers returning home.")
    assert _kinds(text) == ["extended", "violation"]


def test_an_announcement_at_the_end_of_a_bloody_day_frames_its_attacks():
    text = ("Washington said on Tuesday the south Lebanon truce would remain in force until 31 March. The "
            "announcement came at the end of a bloody day: troops opened fire on villagers returning home.")
    assert _kinds(text) == ["extended", "violation"]


def test_a_date_in_a_relative_clause_dates_the_truce_not_its_end():
    text = ("Hezbollah said on Tuesday that the south Lebanon ceasefire it declared in September 2022 would end on "
            "Friday, 15 March.")
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 15, 22, 0, tzinfo=UTC))]


def test_a_marker_of_a_first_verb_does_not_date_a_present_second_one():
    text = ("The French-brokered south Lebanon truce, which was extended earlier this month and is due to lapse on "
            "Saturday, will be replaced by a new deal, officials said on Tuesday.")
    assert ("Lebanon", "expiring", datetime(2024, 3, 16, 22, 0, tzinfo=UTC)) in _events(text)


def test_one_sides_acceptance_declares_none():
    text = ("Lebanon's prime minister said on Tuesday his country agreed to an immediate and unconditional south "
            "Lebanon ceasefire.")
    assert _kinds(text) == []


def test_agreeing_to_meet_on_a_truce_declares_none():
    assert _kinds("", title="Beirut and Hezbollah agree to meet on south Lebanon ceasefire") == []


def test_an_announcement_following_an_earlier_truce_does_not_declare_it():
    beirut = TruceSpec("Beirut truce", "Asia/Beirut", ("temporary truce", "government truce"))
    hezbollah = TruceSpec("Hezbollah pause", "Asia/Beirut", ("Hezbollah", "Hezbollah ceasefire"))
    text = ("Lebanon's government announced a temporary truce on Tuesday, saying it would last until 20 March. "
            "The announcement followed a unilateral pause declared on Monday by Hezbollah, and an earlier "
            "two-week halt to offensive operations by its allies.")
    assert [(t, k) for t, k, _ in _events(text, tracked=(beirut, hezbollah))] == [("Beirut truce", "declared")]


@pytest.mark.parametrize("text, day", [
    # read on Tuesday: a coming end on Sunday or Monday is five or six days ahead
    ("The south Lebanon truce runs out on Sunday.", 17),
    ("The south Lebanon ceasefire will expire at 6 p.m. on Sunday, officials said.", 17),
    ("The south Lebanon truce is due to lapse on Monday.", 18),
])
def test_a_coming_end_on_a_weekday_lies_ahead(text, day):
    (truce, kind, deadline), = _events(text)
    assert kind == "expiring" and deadline.day == day


@pytest.mark.parametrize("text", [
    "The south Lebanon truce comes to an end at midnight on Thursday.",
    "The south Lebanon truce will come to an end at midnight on Thursday.",
])
def test_coming_to_an_end_is_a_coming_end(text):
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 14, 22, 0, tzinfo=UTC))]


@pytest.mark.parametrize("text", [
    # a noun has no tense: a future instant makes it a coming end
    "The south Lebanon truce's expiry at midnight on Friday worries aid groups.",
    "The south Lebanon truce is valid until Friday.",
])
def test_more_ways_to_tell_a_coming_end(text):
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 15, 22, 0, tzinfo=UTC))]


def test_the_day_of_an_announcement_lends_no_date_to_a_windows_clock():
    text = ("Troops halted offensive operations in south Lebanon on Tuesday for an eight-hour pause. The pause, "
            "announced by the army late on Monday, runs from 6 a.m. to 2 p.m.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 12, 12, 0, tzinfo=UTC))]


def test_a_window_told_in_the_present_is_a_declaration():
    text = "The south Lebanon truce, announced by the army late on Monday, runs from 6 a.m. to 2 p.m."
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 12, 12, 0, tzinfo=UTC))]


def test_expecting_a_truce_to_be_signed_declares_none():
    assert _kinds("Officials expect the south Lebanon truce to be signed on Wednesday.") == []


GOV = TruceSpec("Colombian government ceasefire", "America/Bogota", ("government ceasefire",))
ELN = TruceSpec("ELN ceasefire", "America/Bogota", ("ELN cease-fire",))


@pytest.mark.parametrize("text", [
    # a party's name right before a truce word names that party's truce, alias or not
    "President extends government ceasefire by five days; ELN truce expires at midnight on Friday",
    "The ELN's own truce expires at midnight on Friday, while the government ceasefire was extended by five days.",
])
def test_a_party_before_a_truce_word_names_its_truce_and_its_end_is_not_anothers_previous_end(text):
    # the extension's previous end is not stated for the government's truce: no deadline
    assert sorted(_events(text, tracked=(GOV, ELN))) == [
        ("Colombian government ceasefire", "extended", None),
        ("ELN ceasefire", "expiring", datetime(2024, 3, 16, 5, 0, tzinfo=UTC)),
    ]



@pytest.mark.parametrize("text", [
    # a passive has its own subject: the truce named after the verb is not what was shattered
    "The festive mood was shattered in south Lebanon, where a bomb hit a crowd celebrating the truce.",
    "Hopes were abandoned in south Lebanon after a raid on families marking the truce.",
])
def test_a_passive_verbs_subject_is_not_a_truce_named_after_it(text):
    assert "collapsed" not in _kinds(text)


def test_a_progressive_active_still_takes_the_truce_after_it():
    assert _kinds("The army is declaring a truce in south Lebanon from midnight on Wednesday.") == ["declared"]


def test_reported_speech_reaches_past_a_long_subject_with_a_reduced_aside():
    # "said ... that <long subject>, due to expire today, would be extended": reported, not hedged
    text = ("The army commander said on Tuesday that the truce between the militias and government forces in "
            "south Lebanon, due to expire today, would be extended indefinitely.")
    assert _events(text) == [("Lebanon", "extended", None)]


def test_an_open_ended_extension_borrows_no_end_from_the_next_sentence():
    text = ("The army said on Tuesday that the south Lebanon truce would be extended indefinitely. The truce began "
            "in late December as a one-week pause and had twice been prolonged by 60 days, most recently until today.")
    assert _events(text) == [("Lebanon", "extended", None)]


ISRAEL_HEZBOLLAH = TruceSpec("Israel-Hezbollah ceasefire", "Asia/Beirut", ())
_EXTENDED = "The Israel-Hezbollah ceasefire will remain in effect until 18 March, the White House said. "


def test_a_partys_attack_breaches_the_truce_the_item_extends():
    # no truce word in the attack's sentence: its attacker is a party (by demonym) of the truce
    text = _EXTENDED + "On Monday, Israeli troops opened fire on villagers returning home, killing five people."
    assert ("Israel-Hezbollah ceasefire", "violation", None) in _events(text, tracked=(ISRAEL_HEZBOLLAH,))


@pytest.mark.parametrize("text", [
    # an outsider's attack
    _EXTENDED + "On Monday, Syrian troops opened fire on villagers returning home, killing five people.",
    # a truce announced but not yet running
    "Israel and Hezbollah agreed on Monday to a ceasefire starting at 4 a.m. on Wednesday. Israeli jets struck "
    "villages in the south on Monday, killing five people.",
])
def test_no_breach_by_an_outsider_or_before_the_truce_runs(text):
    assert "violation" not in [k for _, k, _ in _events(text, tracked=(ISRAEL_HEZBOLLAH,))]


def test_an_attack_the_report_keeps_apart_from_the_truce_is_no_breach():
    text = ("The Israel-Hezbollah ceasefire was extended until 18 March. Hours later, gunmen opened fire on a bus "
            "in Haifa, killing two Israelis. Police did not link the attack to the ceasefire.")
    assert "violation" not in [k for _, k, _ in _events(text, tracked=(ISRAEL_HEZBOLLAH,))]


def test_fire_heard_until_shortly_before_the_start_is_before_the_truce():
    text = ("The army ordered its forces to stop firing in south Lebanon from 10 a.m. on Tuesday. The militia leader "
            "said his fighters would observe the ceasefire. In the port city of Tyre, artillery fire could be heard "
            "on the eastern outskirts until shortly before the deadline, residents said.")
    assert _kinds(text) == ["declared"]


@pytest.mark.parametrize("text", [
    "Aid agencies have called on the government and the militias in south Lebanon to declare a truce over the holiday.",
    "The envoy urged the army and the Hezbollah leadership to extend the south Lebanon truce by a week.",
    "Mediators have given up hope of persuading the government and the militias to extend the south Lebanon truce.",
    # a long list of parties, and a cue that opens with "to"
    "The UN envoy urged the government, the Iran-backed militias and the Hezbollah movement on Tuesday to stop "
    "fighting in south Lebanon and join talks.",
])
def test_a_call_on_several_parties_to_act_is_a_call(text):
    assert _kinds(text) == []


@pytest.mark.parametrize("text", [
    # a past-tense declaration with a month months back, however long the object between
    "The militia declared a permanent ceasefire in south Lebanon in September.",
    'A bomb exploded in Tyre on Tuesday. The militia declared a "permanent ceasefire" in south Lebanon in September.',
])
def test_a_past_declaration_dated_by_a_month_far_after_the_cue_is_history(text):
    assert _kinds(text) == []


def test_since_a_partys_declaration_is_a_reference_point():
    text = ("No aid convoy has reached south Lebanon since Israel's government declared a humanitarian truce last "
            "Thursday, the World Food Programme said on Tuesday, although trucks loaded with food were waiting in Sidon.")
    assert _kinds(text) == []


@pytest.mark.parametrize("text", [
    "The south Lebanon truce runs out at midnight on Thursday, and officials conceded there was little chance of renewing it.",
    "The south Lebanon truce runs out at midnight on Thursday; the prospects for extending it are dim.",
])
def test_the_chance_of_an_extension_is_no_extension(text):
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 14, 22, 0, tzinfo=UTC))]


def test_an_extension_length_told_again_with_its_start_counts_from_that_start():
    # the old end (10 p.m. Tuesday) + 150 h would be 19 March 02:00Z; the memorandum's start wins
    text = ("Russia and Turkey agree to extend the south Lebanon ceasefire by 150 hours. Under the memorandum, the "
            "withdrawal must be completed within 150 hours starting at noon on Wednesday. The pause had been due "
            "to end at 10 p.m. on Tuesday.")
    assert _events(text) == [("Lebanon", "extended", datetime(2024, 3, 19, 16, 0, tzinfo=UTC))]


ACEH = TruceSpec("Aceh cessation of hostilities", "Asia/Jakarta", ("Aceh peace deal",))


@pytest.mark.parametrize("title, text", [
    # no truce word anywhere: the tracked name is itself a truce's name
    ("Jakarta declares martial law in Aceh as peace deal collapses",
     "Troops landed on the coast at dawn. The Aceh peace deal signed in December collapsed when the talks broke down."),
    # the name's generic tail alone, in an item that names the place
    ("Jakarta declares martial law in Aceh",
     "Troops landed on the coast of Aceh at dawn. The peace deal signed in Geneva collapsed when the rebels refused to disarm."),
])
def test_a_tracked_name_that_is_a_deals_name_is_truce_vocabulary(title, text):
    assert ("Aceh cessation of hostilities", "collapsed", None) in _events(text, tracked=(ACEH,), title=title)


@pytest.mark.parametrize("text", [
    # a past year right after a past-tense cue dates it (PUB is March 2024)
    "A ceasefire in south Lebanon agreed under his predecessor expired in March 2023 without being renewed.",
    "The road was not straight: the militia abandoned its south Lebanon ceasefire with a bombing in February 1996 "
    "and restored it in July 1997.",
    "The militia leader declared a seven-day truce in south Lebanon at the end of 2022, extended it twice and "
    "signed a deal last year.",
])
def test_a_past_year_after_a_past_tense_cue_is_history(text):
    assert _kinds(text) == []


def test_a_past_year_dating_the_truces_origin_after_the_cue_is_not_the_cues_date():
    # "agreed in 2019" dates the truce, not the extension
    assert _kinds("The army extended the south Lebanon ceasefire agreed in 2019 until Friday.") == ["extended"]


def test_a_breach_despite_a_partys_separate_truce_is_that_truces():
    text = ("Militiamen overran an army post in south Lebanon overnight. The attack came despite the government's "
            "separate unilateral ceasefire, under which troops have suspended operations since Sunday.")
    assert "violation" not in _kinds(text)


@pytest.mark.parametrize("text", [
    "The army, however, has announced no truce of its own in south Lebanon.",
    "The government declared no ceasefire in south Lebanon.",
])
def test_announcing_no_truce_declares_none(text):
    assert _kinds(text) == []


def test_a_possessive_its_is_no_object_pronoun():
    # "announced its first confirmed case": "its" determines "case", it is not the truce
    text = "Militias dismissed the truce offer on Tuesday. The exchange came as south Lebanon announced its first confirmed case of Covid-19."
    assert _kinds(text) == []


def test_a_tracked_calm_is_truce_vocabulary():
    # no truce word: "Tyre calm" is the tracked name of a calm (tahdi'a)
    calm = TruceSpec("Tyre calm", "Asia/Beirut", ())
    assert _events("Militia says Tyre calm ends Friday and will not be renewed", tracked=(calm,)) == [
        ("Tyre calm", "expiring", datetime(2024, 3, 15, 22, 0, tzinfo=UTC))]


def test_a_transitive_cue_with_two_tracked_places_after_it_declares_both():
    tyre, sidon = TruceSpec("Tyre", "Asia/Beirut", ()), TruceSpec("Sidon", "Asia/Beirut", ())
    text = ("The army announced a ceasefire from 10:00 on Tuesday to open humanitarian corridors from Tyre and Sidon. "
            "Tyre's council said the ceasefire would hold from 10:00 to 16:00 local time.")
    assert sorted(_events(text, tracked=(tyre, sidon))) == [
        ("Sidon", "declared", None),  # Tyre's window is not lent to Sidon
        ("Tyre", "declared", datetime(2024, 3, 12, 14, 0, tzinfo=UTC)),
    ]


def test_parties_agreeing_to_reduce_violence_for_a_period_is_a_truce():
    text = ("The government and the militias in south Lebanon have agreed to reduce violence during the holy month, "
            "the facilitator said on Tuesday.")
    assert _kinds(text) == ["declared"]
    assert _kinds("Police in south Lebanon plan new patrols to reduce violence.") == []  # no pledge between parties


@pytest.mark.parametrize("text", [
    "A ceasefire in south Lebanon took effect at 10 a.m. on Tuesday. Monitors were deployed to Tyre. Within hours, "
    "officials said militiamen had fired on army positions near the coast.",
    "The army and the militias agreed to halt combat operations in south Lebanon from 10:00 on Tuesday. By late "
    "afternoon, officials said militiamen had opened fire with mortars in the hours after noon.",
])
def test_fire_within_hours_of_a_told_start_is_a_breach(text):
    assert "violation" in _kinds(text)


def test_fire_within_hours_of_an_end_is_no_breach():
    text = ("The south Lebanon truce ran out at midnight on Monday. Within hours, the army reported that militiamen "
            "had blown up a bridge near Tyre.")
    assert "violation" not in _kinds(text)


@pytest.mark.parametrize("text", [
    "The south Lebanon truce ends at midnight tonight. The army said the militias committed three violations of "
    "the ceasefire, including an ambush near Tyre.",
    "The south Lebanon truce expired at midnight on Monday. Monitors said several incidents had been reported "
    "during its three months, including a raid on a village.",
    # ending in a day or two (Wednesday midnight, read on Tuesday morning)
    "The south Lebanon truce runs until Wednesday, March 13. A UN mission that helped verify the truce said several "
    "incidents had been reported during its three months, including the killing of a farmer that the militia acknowledged.",
])
def test_a_truces_record_summed_up_at_its_end_is_no_breach(text):
    assert "violation" not in _kinds(text)


def test_a_breach_told_while_the_truce_runs_on_is_still_one():
    text = ("The south Lebanon truce will run until 30 April. The army said the militias committed three violations "
            "of the ceasefire on Monday, including an ambush near Tyre.")
    assert "violation" in _kinds(text)


AUGUST = datetime(2024, 8, 27, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize("text", [
    # 29 January is nearer in 2025 than in 2024, but a past act's day is behind publication
    "The south Lebanon ceasefire took effect on 29 January and led to three rounds of negotiations.",
    "The south Lebanon ceasefire expired on 29 January.",
])
def test_the_yearless_day_of_a_past_act_lies_behind_publication(text):
    assert _kinds(text, pub=AUGUST) == []


def test_a_yearless_end_still_takes_the_nearest_year():
    assert _events("The south Lebanon truce was extended until 29 January.", pub=AUGUST) == [
        ("Lebanon", "extended", datetime(2025, 1, 29, 22, 0, tzinfo=UTC))]


@pytest.mark.parametrize("text", [
    "The December cessation of hostilities agreement in south Lebanon is now effectively dead, officials said.",
    '"The December truce in south Lebanon is now dead," a diplomat said.',
])
def test_a_truce_named_by_its_month_is_news_in_the_present(text):
    assert _kinds(text) == ["collapsed"]


def test_a_truce_named_by_its_month_with_a_past_verb_is_history():
    assert _kinds("The December truce in south Lebanon collapsed within weeks.") == []


@pytest.mark.parametrize("text", [
    "The south Lebanon truce was badly shaken in April 2016, when four days of fighting killed 200 people before "
    "a halt was agreed, and again in July 2022 in clashes on the border near Tyre.",
    "The south Lebanon truce was shaken again in 2021 by clashes on the border near Tyre.",
])
def test_an_attack_dated_in_a_past_year_is_history(text):
    assert "violation" not in _kinds(text)


def test_a_truce_named_by_its_year_inside_a_cue_dated_today_is_news():
    text = "The militia declared on Tuesday the end of its commitment to the 1991 ceasefire in south Lebanon."
    assert _kinds(text) == ["collapsed"]


def test_a_month_and_year_a_year_back_is_history_even_in_january():
    pub = datetime(2024, 1, 18, 9, 0, tzinfo=UTC)
    text = "A bilateral ceasefire in south Lebanon agreed under his predecessor expired in January 2023 without being renewed."
    assert _kinds(text, pub=pub) == []


def test_ceasing_operations_for_a_told_time_is_a_truce_window():
    text = ("The army said on Tuesday it would stop military operations in south Lebanon over the holiday. A statement "
            "said the armed forces would cease operations from Friday morning, March 15, to Monday, March 18.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 18, 22, 0, tzinfo=UTC))]
    # no time told: no truce words
    assert _kinds("The coalition said it would halt operations from the start time in south Lebanon.") == []


@pytest.mark.parametrize("text", [
    "A truce in south Lebanon took effect at 6 a.m. (0400 GMT) on Tuesday, the bid to end the 11-month war.",
    "A truce in south Lebanon took effect at 6 a.m. (0400 GMT) on Tuesday, halting nine days of Israeli naval, air and ground shelling.",
])
def test_the_length_of_a_war_is_not_the_truce_length(text):
    assert _events(text) == [("Lebanon", "declared", None)]


def test_a_length_before_a_halt_to_the_fighting_is_the_truce_length():
    text = "A three-day halt to the fighting in south Lebanon took effect at 6 a.m. (0400 GMT) on Tuesday."
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 15, 4, 0, tzinfo=UTC))]


def test_a_deal_barring_attacks_reports_no_attack():
    text = "A truce in south Lebanon took effect at 6 a.m. on Tuesday under a written deal that bars attacks on villages."
    assert _kinds(text) == ["declared"]


@pytest.mark.parametrize("text", [
    "A Lebanon truce agreed in October was breached again and again and collapsed in December.",
    "The south Lebanon truce ran out in January, with each side accusing the other of violating it.",
])
def test_breaches_told_with_a_dated_end_are_history(text):
    assert _kinds(text) == []


@pytest.mark.parametrize("text", [
    ("The truce in south Lebanon took effect on Tuesday; diplomats said the hills, where two militias are "
     "fighting each other, were the main threat to the truce."),
    "Beirut ordered the army to cease fire in south Lebanon, where troops have been fighting Hezbollah since January.",
])
def test_a_place_described_by_its_fighting_is_no_breach(text):
    assert _kinds(text) == ["declared"]


def test_the_noun_end_of_a_truce_in_a_headline_is_no_collapse():
    text = ("The south Lebanon truce ran out at midnight on Monday without renewal, and within hours "
            "militias were shelling border villages again.")
    title = "Shelling follows end of south Lebanon truce"
    assert _events(text, title=title) == [("Lebanon", "expired", datetime(2024, 3, 11, 22, 0, tzinfo=UTC))]


def test_declaring_the_end_of_a_truce_in_a_headline_is_a_collapse():
    assert _kinds("", title="Hezbollah declares end of south Lebanon truce") == ["collapsed"]


def test_a_date_after_the_cue_s_long_object_dates_the_cue():
    text = ("Hezbollah called off its five-month unilateral truce in south Lebanon on February 20, citing Israeli raids, "
            "and has vowed to keep firing until elections due on April 30.")
    assert _kinds(text) == []


def test_a_truce_that_will_formally_end_is_expiring_and_an_exit_taking_effect_declares_nothing():
    text = ("The south Lebanon truce will officially end at midnight on Wednesday, when Israel's withdrawal from "
            "the accord takes effect.")
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 13, 22, 0, tzinfo=UTC))]


@pytest.mark.parametrize("text", [
    "The south Lebanon truce cannot be extended any longer, Hezbollah said.",
    "The south Lebanon truce won't be renewed, Hezbollah said.",
])
def test_contracted_negations_govern_the_cue(text):
    assert _kinds(text) == []


@pytest.mark.parametrize("day, breach", [("March 2", False), ("Tuesday", True)])
def test_an_attack_in_a_when_clause_takes_the_date_it_hangs_on(day, breach):
    text = ("Hezbollah said on Tuesday it would end its south Lebanon truce at midnight. The peace process has been "
            f"frozen since {day}, when a car bomb killed two soldiers in Tyre, although Hezbollah insisted at the "
            "time that its ceasefire still stood.")
    assert ("violation" in _kinds(text)) is breach


def test_fighting_by_groups_that_did_not_sign_is_no_breach_unless_a_breach_is_told_first():
    outsiders = ("The south Lebanon truce was holding on Tuesday, but in the far south two clans, neither of which "
                 "signed the deal, kept up attacks on army posts.")
    both = ("Monitors recorded militia mortar fire in south Lebanon on Tuesday, which they called a breach of the "
            "truce, while two clans that did not sign the deal kept up attacks on army posts.")
    assert _kinds(outsiders) == []
    assert _kinds(both) == ["violation"]


def test_an_example_of_the_war_before_the_truce_is_no_breach():
    text = ("Hezbollah said on Tuesday it was extending its south Lebanon truce by 30 days, to April 12. The truce it "
            "announced on March 5 brought the first respite after more than a year of clashes in the south of the "
            "country, including ambushes on the coastal highway.")
    assert _kinds(text) == ["extended"]


def test_a_participle_naming_a_document_declares_nothing():
    text = ("A decree signed by Hezbollah's leader on Tuesday declared the end of the group's commitment to the "
            "south Lebanon truce.")
    assert _kinds(text) == ["collapsed"]


def test_announcing_no_halt_declares_nothing():
    text = ("No firing was reported in south Lebanon on Tuesday as the truce held. In the hills, though, militants "
            "stormed an army post; militant groups have announced no halt, and the truce covers only the two armies.")
    assert "declared" not in _kinds(text)


@pytest.mark.parametrize("day, kinds", [("Sunday", []), ("Tuesday", ["declared"])])
def test_a_day_s_possessive_dates_the_truce_it_names(day, kinds):
    text = f"Commanders are due to speak later on Tuesday, following {day}'s understanding to halt military action in south Lebanon."
    assert _kinds(text) == kinds


@pytest.mark.parametrize("text, title, kinds", [
    ("The Amal militia announced its own south Lebanon truce two days after Beirut's appeal. A spokesman said on "
     "Tuesday that the truce would end at midnight on Wednesday.", "", ["expiring"]),
    ("Amal said on Tuesday it was halting operations in south Lebanon.", "Amal announces south Lebanon truce, a week after Hezbollah",
     ["declared"]),
])
def test_a_past_declaration_timed_by_another_event_is_history(text, title, kinds):
    assert _kinds(text, title=title) == kinds


def test_an_old_end_told_before_the_new_one_is_not_the_new_end():
    text = ("Hezbollah said on Tuesday it would keep its south Lebanon truce for another month, extending the truce "
            "that had been due to run out this weekend to April 20.")
    assert _events(text) == [("Lebanon", "extended", datetime(2024, 4, 20, 21, 0, tzinfo=UTC))]


def test_a_length_or_kind_hyphened_into_a_name_names_no_parties():
    from bot.extract.mentions import pair_parts
    assert pair_parts(("five-day truce", "three-way deal", "long-term ceasefire")) == []
    assert pair_parts(("Israel-Hezbollah ceasefire",)) == [("israel", "hezbollah", " ceasefire")]


def test_fighting_kept_up_through_a_season_is_a_summary_not_a_breach():
    text = ("The south Lebanon truce runs out at midnight on Wednesday. It brought the first lull in years to the "
            "coast, though it never held in the hills, where militias kept shelling army posts through the winter.")
    assert _kinds(text) == ["expiring"]


def test_an_attack_told_nonetheless_after_the_truce_breaches_it():
    text = ("Israel and Hezbollah agreed on Tuesday to extend the south Lebanon truce until March 31, the envoy said. "
            "Washington urged both sides to respect it. Clashes were nonetheless reported this week near Bint Jbeil.")
    assert _kinds(text) == ["extended", "violation"]


@pytest.mark.parametrize("text, breach", [
    ("The south Lebanon truce expired on Tuesday without clashes in the south, but in neighbouring Syria the army "
     "shelled rebel towns, breaching the ceasefire that has held there since May.", False),
    ("Further east, in the Bekaa, residents reported fresh air strikes despite the ceasefire declared there in August.", False),
    ("Elsewhere in south Lebanon, residents reported fresh air strikes on Tuesday despite the ceasefire.", True),
])
def test_a_clause_on_other_ground_breaches_no_tracked_truce(text, breach):
    assert ("violation" in _kinds(text)) is breach


@pytest.mark.parametrize("text, breach", [
    ("Hezbollah said Israel has breached the south Lebanon truce hundreds of times since it began.", False),
    ("Monitors in south Lebanon, who have logged thousands of complaints of violations, are winding up.", False),
    ("Monitors said the south Lebanon truce was breached hundreds of times overnight.", True),
])
def test_a_breach_record_in_the_hundreds_is_a_record_unless_dated_today(text, breach):
    assert ("violation" in _kinds(text)) is breach


def test_a_collapse_named_by_its_noun_beside_a_timed_lapse_is_that_lapse():
    text = ("The south Lebanon truce formally lapsed at midnight on Monday. Hezbollah said it was ready to abide by "
            "the truce and blamed Israel for its collapse.")
    assert _events(text) == [("Lebanon", "expired", datetime(2024, 3, 11, 22, 0, tzinfo=UTC))]


def test_an_undated_end_is_the_end_another_sentence_dates_days_back():
    text = "Clashes have intensified since the south Lebanon truce lapsed on Saturday morning, residents said."
    assert _kinds(text, title="Shelling rages after south Lebanon truce runs out") == []


def test_a_superlative_aside_with_a_past_year_does_not_date_the_cue():
    text = ("Hezbollah said on Tuesday that its own south Lebanon truce, the first since the U.S.-backed invasion of "
            "2006, would end at midnight on Tuesday.")
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 12, 22, 0, tzinfo=UTC))]


@pytest.mark.parametrize("text", [
    "The south Lebanon truce was signed in Doha on Thursday under Qatari mediation.",
    "Negotiators said the south Lebanon truce, agreed in Cairo on Friday, still stands.",
])
def test_a_weekday_after_an_act_of_signing_or_agreeing_is_the_last_such_day(text):
    assert _kinds(text) == []  # last Thursday (7 March), last Friday: history


@pytest.mark.parametrize("text, day", [("was signed on Thursday", 7), ("will be signed on Thursday", 14)])
def test_a_signing_weekday_lies_back_only_after_a_past_verb(text, day):
    (p,) = find_phrases(fold(text), PUB, zone("Asia/Beirut"))
    assert p.instant == datetime(2024, 3, day, 22, 0, tzinfo=UTC)  # the end of that Thursday in Beirut


def test_a_past_year_with_a_when_clause_dates_the_breaches_in_it():
    text = ("Villagers say south Lebanon has been quiet since the truce, unlike 2022, when monitors logged 310 "
            "ceasefire violations along the border.")
    assert _kinds(text) == []


def test_fighting_before_the_halt_or_lull_is_no_breach():
    text = ("A pause in Israeli air strikes on south Lebanon took effect at 6 a.m. on Tuesday. Artillery pounded border villages "
            "through the morning before the lull, residents said.")
    assert _kinds(text) == ["declared"]


@pytest.mark.parametrize("text, breach", [
    ("Israel and Hezbollah agreed on Tuesday to a truce in south Lebanon, to come into force within 30 days. "
     "Shells hit the outskirts of Tyre in south Lebanon on Tuesday, residents said.", False),
    ("Israel and Hezbollah agreed on Tuesday to a truce in south Lebanon, which took effect at once. "
     "Shells hit the outskirts of Tyre in south Lebanon on Tuesday, residents said.", True),
])
def test_no_breach_of_a_truce_that_starts_days_or_weeks_from_now(text, breach):
    assert ("violation" in _kinds(text)) is breach


@pytest.mark.parametrize("alias", ["Litani initiative", "Blue Line arrangement", "Naqoura understanding",
                                   "shelling moratorium", "suspension of air raids"])
def test_an_alias_naming_an_initiative_arrangement_or_moratorium_names_the_truce_itself(alias):
    spec = TruceSpec("Lebanon", "Asia/Beirut", (alias,))
    text = f"The 40-day {alias} agreed by both sides ended on Monday."
    assert _events(text, tracked=(spec,)) == [("Lebanon", "expired", datetime(2024, 3, 11, 22, 0, tzinfo=UTC))]


def test_a_breach_told_after_the_truce_s_end_dated_days_back_is_its_history():
    text = ("The Naqoura understanding in south Lebanon ended on Saturday after 40 days. Hezbollah accused Israeli "
            "forces of carrying out raids in breach of the truce.")
    spec = TruceSpec("Lebanon", "Asia/Beirut", ("south Lebanon", "Naqoura understanding"))
    assert _kinds(text, tracked=(spec,), pub=datetime(2024, 3, 14, 9, 0, tzinfo=UTC)) == []


@pytest.mark.parametrize("text", [
    "Israel and Lebanon agreed a 12-point code of conduct for their south Lebanon ceasefire on Tuesday.",
    "The two sides agreed on Tuesday the ground rules for the south Lebanon truce.",
])
def test_agreeing_the_rules_of_a_truce_declares_none(text):
    assert _kinds(text) == []


def test_the_attacks_a_truce_bans_or_permits_are_its_terms_not_breaches():
    text = ("The army said on Tuesday the south Lebanon truce was holding. The truce bans sniper fire and offensive "
            "operations and permits return fire only on a commander's order.")
    assert _kinds(text) == []


def test_an_extension_by_a_year_adds_to_the_end_stated_beside_it():
    text = "The south Lebanon truce, which expires on March 31, will be extended by one year, the statement said."
    assert _events(text) == [("Lebanon", "extended", datetime(2025, 3, 31, 21, 0, tzinfo=UTC))]


def test_extended_after_a_possessive_is_an_adjective():
    text = "Six weeks into Hezbollah's extended truce in south Lebanon, the guns have been largely silent."
    assert _kinds(text) == []


@pytest.mark.parametrize("text", [
    "A renewal of the south Lebanon truce is widely expected in Beirut, but neither side has said so.",
    "An extension of the south Lebanon ceasefire looks likely, diplomats said.",
])
def test_an_extension_told_as_expected_or_likely_is_no_extension(text):
    assert _kinds(text) == []


@pytest.mark.parametrize("text", [
    "Hezbollah said it would accept a ceasefire in south Lebanon once its conditions were met.",
    "Hezbollah said it would accept a ceasefire in south Lebanon in principle.",
])
def test_a_truce_accepted_once_conditions_are_met_or_in_principle_is_no_declaration(text):
    assert _kinds(text) == []


def test_a_truce_that_was_due_to_begin_is_still_the_subject_after_its_aside():
    text = ("A 24-hour truce between Israel and Hezbollah in south Lebanon, which was due to begin at dawn on Tuesday, "
            "appeared to have collapsed by noon.")
    assert "collapsed" in _kinds(text)


@pytest.mark.parametrize("text", [
    "The south Lebanon truce was holding on Tuesday. Fighters of the Popular Resistance Brigades shelled villages "
    "in south Lebanon overnight. The PRB, a splinter militia based near Tyre, is not a party to the truce.",
    "The south Lebanon truce was holding on Tuesday. Fighters of the Abu Ali militia shelled villages in south "
    "Lebanon overnight. The Abu Ali militia is not a party to the truce.",
])
def test_an_attack_by_a_group_the_next_sentence_puts_outside_the_truce_is_no_breach(text):
    assert _kinds(text) == []


@pytest.mark.parametrize("text", [
    "Hezbollah urged its fighters in south Lebanon to keep observing the truce until it ended.",
    "The army said it would respect the south Lebanon ceasefire until it expires.",
])
def test_an_end_that_bounds_a_duty_still_to_be_done_is_no_expiry(text):
    assert _kinds(text) == []


def test_a_headline_attack_the_body_places_before_the_start_is_no_breach():
    text = ("A three-day truce in south Lebanon held for a second day on Tuesday, officials said. The calm followed a "
            "rocket barrage on Tyre on Sunday evening, hours before the truce began.")
    assert "violation" not in _kinds(text, title="South Lebanon truce holds on second day after Tyre rocket barrage")


def test_the_party_a_truce_is_made_with_is_not_that_truce():
    text = "President Ghani announced on Tuesday that the government was extending its ceasefire with the Taliban."
    got = _events(text, tracked=(KABUL, TALIBAN), title="Ghani extends Afghan ceasefire")
    assert got == [("Afghan truce", "extended", None)]


def test_a_possessive_binds_a_shared_name_to_the_party_that_speaks():
    kabul = TruceSpec("Afghan truce", "Asia/Kabul", ("Eid ceasefire", "government ceasefire"))
    text = "The Taliban said their Eid truce would end at midnight on Tuesday."
    assert _events(text, tracked=(kabul, TALIBAN)) == [
        ("Taliban truce", "expiring", datetime(2024, 3, 12, 19, 30, tzinfo=UTC))]


def test_a_sentence_without_a_name_speaks_of_the_truce_last_named_not_of_a_place_after_it():
    text = ("The Taliban ceasefire ended at midnight on Monday and the group resumed operations against Afghan forces. "
            "The truce ended quietly, a spokesman said.")
    assert {t for t, _, _ in _events(text, tracked=(KABUL, TALIBAN))} == {"Taliban truce"}


@pytest.mark.parametrize("text", [
    "Hezbollah declared on Tuesday that the Taif accord was over.",
    "Hezbollah declared on Tuesday that the Taif accord, which ended 15 years of civil war, was over.",
])
def test_a_party_declaring_at_no_stated_hour_that_the_truce_is_over_collapses_it(text):
    spec = TruceSpec("Lebanon", "Asia/Beirut", ("south Lebanon", "Taif accord"))
    assert _kinds(text, tracked=(spec,)) == ["collapsed"]


def test_suspending_air_strikes_for_a_length_from_a_start_is_a_truce_with_its_end():
    text = "Washington says Israel has agreed to suspend air strikes on south Lebanon for 48 hours starting at midnight (2200 GMT)."
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 14, 22, 0, tzinfo=UTC))]


def test_proclaiming_a_truce_declares_it():
    assert _kinds("The militia's leader has proclaimed a unilateral ceasefire in south Lebanon.") == ["declared"]


def test_an_attack_after_which_a_truce_is_declared_from_a_day_led_to_it():
    text = "The militia declared on Tuesday a unilateral ceasefire in south Lebanon, saying it would take effect from March 14."
    assert _kinds(text, title="Militia declares south Lebanon ceasefire from Thursday after seizing Khiam") == ["declared"]


@pytest.mark.parametrize("text", [
    "The south Lebanon truce is holding. Neither Beirut nor Washington has accused Hezbollah of breaking the deal.",
    "The south Lebanon truce is holding, and no one has accused either side of violating it.",
])
def test_a_charge_nobody_made_is_no_breach(text):
    assert "violation" not in _kinds(text)


def test_a_truce_agreed_a_day_into_an_offensive_follows_it():
    text = "Hezbollah agreed on Tuesday to a ceasefire in south Lebanon that took effect at 13:00 local time."
    assert _kinds(text, title="Hezbollah agrees to south Lebanon ceasefire a day into Israeli offensive") == ["declared"]


def test_an_attack_told_in_the_past_perfect_beside_a_fresh_truce_came_before_it():
    text = ("Israel announced a temporary ceasefire in south Lebanon on Wednesday night. The truce runs from now until "
            "March 22. Rights groups had accused the army of carrying on with air strikes in the days after the quake, "
            "including on villages in south Lebanon, and on Tuesday night troops fired warning shots at an aid convoy.")
    assert _kinds(text, pub=datetime(2024, 3, 13, 15, 0, tzinfo=UTC)) == ["declared"]


def test_an_undated_declaration_restates_a_start_another_sentence_dates_before_yesterday():
    text = ("Israeli jets struck a depot near Tyre, hours after a ceasefire announced by Washington for south Lebanon "
            "came into force. Monitors said no rockets had been fired since the truce began at 6 a.m. on Sunday.")
    assert "declared" not in _kinds(text)  # read on Tuesday: the start is two days old


def test_a_truce_that_took_effect_late_last_night_is_this_morning_s_news():
    text = ("A humanitarian truce in south Lebanon, which took effect one minute before midnight on Monday, was shaken "
            "within hours on Tuesday.")
    assert "declared" in _kinds(text)  # read at 11:00 on Tuesday, eleven hours after the start


def test_a_date_set_beside_the_named_end_it_restates_is_the_end():
    text = ("A truce in south Lebanon took effect at 6 a.m. on Tuesday. The truce is meant to last until the end of "
            "Ramadan, on April 9, to let aid in.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 4, 9, 21, 0, tzinfo=UTC))]


@pytest.mark.parametrize("text", [
    "The south Lebanon truce, agreed on Monday, remains in place, though both sides regularly accuse each other of breaking it.",
    "The south Lebanon ceasefire is holding, and the militias routinely trade accusations of violations.",
])
def test_breaches_told_as_a_habit_are_no_breach(text):
    assert "violation" not in _kinds(text)


def test_despite_a_declared_truce_the_truce_is_running_and_declared_no_news():
    text = "Militiamen seized the town of Khiam in south Lebanon on Tuesday, a day after the truce was supposed to take effect."
    assert _kinds(text, title="Militia seizes south Lebanon town despite declared ceasefire") == ["violation"]


def test_signing_a_truce_named_by_a_past_year_is_history():
    text = "Fighters of the militia that signed the 2006 south Lebanon truce agreement attacked an army post on Tuesday."
    assert "declared" not in _kinds(text)


def test_a_truce_that_was_meant_to_take_effect_is_not_declared_by_it():
    text = "The south Lebanon truce was meant to take effect within 24 hours of the signing, mediators said."
    assert "declared" not in _kinds(text)


def test_a_proposals_terms_extend_nothing():
    text = ("The south Lebanon truce survives. US envoy Steve Witkoff has floated a bridging proposal under which the "
            "truce would be extended through Ramadan and Passover in return for the release of half the remaining "
            "prisoners; Israel says it accepts the idea, Hezbollah says it wants talks instead.")
    assert _kinds(text, pub=datetime(2025, 3, 10, 11, 0, tzinfo=UTC)) == []


@pytest.mark.parametrize("text", [
    "The south Lebanon truce that began on Saturday has largely held, though the two sides traded accusations of breaches in its first hours.",
    "Both sides accused the other of breaching the south Lebanon pause in its first days, monitors said on Tuesday.",
])
def test_breaches_in_a_truce_s_first_days_are_its_early_record(text):
    assert "violation" not in _kinds(text)


def test_the_first_attack_since_a_quoted_truce_was_declared_breaches_it():
    text = ("A car bomb exploded on Tuesday morning in Tyre, the first bombing attributed to the militia since it declared "
            "a \"permanent ceasefire\" in south Lebanon in March.")
    assert _kinds(text) == ["violation"]


def test_strikes_that_end_the_truce_collapse_it_and_the_start_a_tally_counts_from_is_not_its_date():
    text = ("Israeli aircraft struck targets across south Lebanon early on Tuesday in the heaviest bombardment since a "
            "ceasefire took hold in January, effectively ending the two-month truce.")
    assert _kinds(text) == ["collapsed"]


def test_a_truce_declared_for_a_town_and_the_nearby_town_of_another_declares_both():
    tyre = TruceSpec("Tyre corridor", "Asia/Beirut", ("Tyre",))
    nabatieh = TruceSpec("Nabatieh corridor", "Asia/Beirut", ("Nabatieh",))
    text = ("Israel announced a ceasefire from 10:00 on Tuesday to allow civilians to leave the besieged port city of "
            "Tyre and the nearby town of Nabatieh through humanitarian corridors.")
    assert {t for t, k, _ in _events(text, tracked=(tyre, nabatieh)) if k == "declared"} == {"Tyre corridor", "Nabatieh corridor"}


def test_a_truce_named_in_a_when_clause_after_the_cue_is_another_truce():
    interim = TruceSpec("Lebanon interim truce", "Asia/Beirut", ("south Lebanon truce",))
    permanent = TruceSpec("Lebanon permanent ceasefire", "Asia/Beirut", ("permanent and irrevocable ceasefire",))
    text = ("The parties signed an agreement on Tuesday under which the truce is extended until April 30, when a "
            "'permanent and irrevocable ceasefire' is due to take effect.")
    got = _events(text, tracked=(interim, permanent), title="South Lebanon truce extended")
    assert ("Lebanon interim truce", "extended", datetime(2024, 4, 30, 21, 0, tzinfo=UTC)) in got
    assert not any(t == "Lebanon permanent ceasefire" and k == "extended" for t, k, _ in got)


def test_the_party_a_halt_to_operations_is_against_is_not_that_truce():
    text = ("In a televised address, Ghani said the government's unilateral halt to offensive operations against the "
            "Taliban would be extended, without giving a new end date, and said it was ready to release Taliban prisoners.")
    got = _events(text, tracked=(KABUL, TALIBAN), title="Ghani extends Afghan ceasefire")
    assert got == [("Afghan truce", "extended", None)]


@pytest.mark.parametrize("text", [
    # a withdrawal window and an ultimatum measure something else
    "A truce in south Lebanon took effect at 4 a.m. on Tuesday, with a 60-day period in which Israeli forces are to withdraw.",
    "A truce in south Lebanon took effect at noon on Tuesday, after the army had issued a 48-hour ultimatum to the militia.",
    # the war's length and a span of talks
    "A truce in south Lebanon, worked out in more than a week of shuttling between capitals, took effect at 4 a.m. on Tuesday.",
])
def test_a_time_or_length_that_measures_something_else_gives_the_truce_no_end(text):
    assert _events(text) == [("Lebanon", "declared", None)]


@pytest.mark.parametrize("text", ["is due to be handed over at about 4 p.m.", "the town was taken over at noon"])
def test_handed_or_taken_over_at_a_time_is_no_end(text):
    assert [p.role for p in find_phrases(fold(text), PUB, zone("Asia/Beirut"))] == [None]


def test_the_war_s_attacks_a_truce_ends_are_not_its_length():
    text = ("Israel and Hezbollah agreed to stop fighting in south Lebanon at 4 a.m. on Tuesday, ending 16 days of "
            "Israeli air and artillery attacks on Lebanon.")
    assert _events(text, title="Truce in south Lebanon from 4 a.m. Tuesday") == [("Lebanon", "declared", None)]


def test_an_extension_by_n_adds_to_the_old_end_not_to_another_party_s_own_truce_end():
    text = ("The government on Tuesday extended its ceasefire in south Lebanon by 10 days and called on the militia to "
            "extend their own three-day truce, which ends on Wednesday night. The government's halt had been due to "
            "end on Friday, March 15.")
    assert ("Lebanon", "extended", datetime(2024, 3, 25, 22, 0, tzinfo=UTC)) in _events(text)


@pytest.mark.parametrize("text, end", [
    ("The government said on Tuesday that its south Lebanon ceasefire, which had been due to end on Friday, would be "
     "extended. A spokesman said later that the extension would run for 10 days from the original expiry.",
     datetime(2024, 3, 25, 22, 0, tzinfo=UTC)),
    ("The coalition said on Tuesday it was extending its south Lebanon ceasefire by one month. The two-week truce "
     "had run from noon on February 26 to noon on Monday.", datetime(2024, 4, 11, 9, 0, tzinfo=UTC)),
])
def test_an_extension_s_length_and_old_end_told_in_other_sentences_give_its_end(text, end):
    assert ("Lebanon", "extended", end) in _events(text)


def test_halting_operations_in_commands_from_a_day_until_another_declares_a_truce_with_its_end():
    text = ("The army said on Tuesday it would halt operations in south Lebanon from March 12 until April 30 to give "
            "momentum to peace talks.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 4, 30, 21, 0, tzinfo=UTC))]


def test_attacks_a_party_suspends_are_no_breach_nor_the_fighting_a_day_before():
    text = ("The militia's leader ordered his fighters in south Lebanon on Tuesday to suspend all their activities, "
            "including attacks on Israeli forces, for up to six months, a day after fighting in Tyre killed 50 people.")
    assert _kinds(text) == ["declared"]


def test_strikes_ending_months_of_relative_calm_collapse_the_truce():
    text = "Israel launched a wave of air strikes across south Lebanon before dawn on Tuesday, ending nearly two months of relative calm."
    assert _kinds(text, title="South Lebanon truce shattered") == ["collapsed"]


@pytest.mark.parametrize("text", [
    "Since the south Lebanon ceasefire took effect, clashes between the army and the militia have fallen sharply.",
    "The south Lebanon truce took effect at 6 a.m. on Tuesday, but what counts as a violation of the truce remains unclear.",
])
def test_fewer_clashes_and_what_counts_as_a_breach_are_no_breach(text):
    assert "violation" not in _kinds(text)


def test_fighting_since_a_date_weeks_back_is_the_war_s_span():
    spec = TruceSpec("Army-RSF truce", "Africa/Khartoum", ("short-term ceasefire",))
    text = ("The army and the RSF agreed late on Monday to extend by five days a short-term ceasefire that was due to "
            "expire that evening. The army and the RSF have been fighting since April 15; at least 866 civilians have "
            "been killed.")
    got = _kinds(text, tracked=(spec,), pub=datetime(2023, 5, 30, 1, 20, tzinfo=UTC))
    assert got == ["extended"]


@pytest.mark.parametrize("text", [
    "The army declared on Monday that the week-long regime of calm in south Lebanon had come to an end.",
    "The militia pulled out of the south Lebanon truce, its chief declaring in a statement late on Wednesday that the "
    "truce and the peace talks had lost their relevance.",
    "Hezbollah announced on Tuesday that it will end the south Lebanon ceasefire it declared in 2022.",
])
def test_declaring_that_a_truce_has_ended_or_will_end_declares_nothing(text):
    assert "declared" not in _kinds(text)


def test_agreeing_to_meet_to_quickly_work_out_a_quoted_truce_declares_none():
    text = 'Trump said on Tuesday that both had agreed to meet "to quickly work out a Ceasefire" for south Lebanon.'
    assert _kinds(text) == []


@pytest.mark.parametrize("text, kinds", [
    ("The army said on Tuesday it had begun renewed enforcement of the truce in south Lebanon.", []),
    ("Envoys made renewed calls on Tuesday for the south Lebanon truce to hold.", []),
    ("Israel on Tuesday renewed the truce in south Lebanon for a month.", ["extended"]),
])
def test_renewed_as_the_adjective_of_another_noun_is_no_extension(text, kinds):
    assert _kinds(text) == kinds


def test_an_end_on_a_condition_is_a_threat_not_an_expiry():
    threat = "The cabinet said on Tuesday the truce in south Lebanon will end if the prisoners are not freed by Saturday noon."
    assert _kinds(threat) == []
    term = "The truce in south Lebanon will end at midnight on Saturday unless it is renewed, officials said on Tuesday."
    assert _events(term) == [("Lebanon", "expiring", datetime(2024, 3, 16, 22, 0, tzinfo=UTC))]


def test_complaints_none_of_which_was_confirmed_are_no_breach():
    text = ("Monitors said on Tuesday the truce in south Lebanon was holding, and that none of the complaints they had "
            "received had been found to be a violation.")
    assert "violation" not in _kinds(text)


def test_the_deadline_of_another_act_running_out_ends_no_truce():
    other = "Troops left villages in south Lebanon on Tuesday as the extended deadline for their pullout under the truce ran out."
    assert _kinds(other) == []
    own = "The deadline for the south Lebanon truce expired at noon on Tuesday."
    assert _events(own) == [("Lebanon", "expired", datetime(2024, 3, 12, 10, 0, tzinfo=UTC))]


def test_a_deadline_set_for_a_party_to_declare_a_truce_declares_none():
    text = ("The militia on Tuesday lifted its truce in south Lebanon, two hours after a 5 p.m. deadline the army had set "
            "for it to declare a truce of its own had passed.")
    assert _kinds(text) == ["collapsed"]


def test_pressing_for_a_truce_to_be_extended_is_a_call():
    text = ("UN officials said on Tuesday they would press for the reopening of roads and for the south Lebanon truce "
            "to be extended to other towns.")
    assert _kinds(text) == []


def test_breaches_in_recent_weeks_told_at_the_truce_s_end_are_its_record():
    text = "The south Lebanon truce expired at midnight on Monday. Militia shelling had breached the truce in recent weeks."
    assert _kinds(text) == ["expired"]


def test_an_attack_hours_before_a_truce_signed_today_is_no_breach():
    text = ("The parties signed a truce for south Lebanon on Tuesday, to take effect at midnight. Hours earlier, "
            "militia fighters shot down an army helicopter near the border.")
    assert _kinds(text) == ["declared"]


def test_a_truce_that_left_the_attacks_ground_out_was_not_breached():
    text = ("Militia fighters attacked four army posts in the north on Tuesday, killing 13. The attacks came two weeks "
            "after the army declared a unilateral truce in south Lebanon. That truce expressly excluded the north.")
    assert "violation" not in _kinds(text)


def test_ordering_troops_to_fight_is_no_truce_ordered():
    fight = ("The president put south Lebanon under martial law on Monday and ordered the army to crush the militia, "
             "ending the Lebanon ceasefire.")
    assert _kinds(fight) == ["collapsed"]
    halt = "Israel ordered its troops to halt fire in south Lebanon from noon on Tuesday."
    assert _kinds(halt) == ["declared"]


def test_staying_in_force_said_with_the_declaration_is_its_term():
    text = ("The government declared a unilateral ceasefire in south Lebanon on Tuesday, saying it would remain in "
            "force until the end of the planting season.")
    assert _kinds(text) == ["declared"]


def test_a_season_due_to_begin_is_not_a_truce_beginning():
    text = ("Mediators shuttled between the parties on Tuesday over a ceasefire in south Lebanon for the holy month "
            "of Ramadan, due to begin early next week.")
    assert _kinds(text) == []


def test_no_sign_yet_of_an_extension_is_none():
    text = ("The south Lebanon truce is due to end at 11 p.m. on Tuesday, with no indication so far that the army or "
            "the militia will agree to prolong it.")
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 12, 21, 0, tzinfo=UTC))]


def test_announcing_that_a_truce_ends_tonight_declares_none():
    text = ("The militia announced on Tuesday that the south Lebanon ceasefire with the government ends at midnight "
            "tonight and will not be extended.")
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 12, 22, 0, tzinfo=UTC))]


def test_the_offensive_a_truce_halted_is_no_breach_of_it():
    text = ("The south Lebanon truce has largely held since it took effect at midnight on March 1, halting a "
            "three-month army offensive that drove thousands from their homes.")
    assert _kinds(text) == []


@pytest.mark.parametrize("title, kinds", [
    ("Army orders south Lebanon truce until April 22 after aid convoy shot at", ["declared"]),
    # two clauses: the shelling is told after the truce, not as its cause
    ("Army orders south Lebanon truce after UN vote; militia reports shelling of Tyre", ["declared", "violation"]),
])
def test_an_attack_a_headline_truce_came_after_is_no_breach(title, kinds):
    text = "The army announced a truce in south Lebanon on Tuesday, hours after the vote."
    assert _kinds(text, title=title) == kinds


def test_an_attack_the_announcement_came_after_is_no_breach():
    text = ("BEIRUT - The army announced a temporary truce with armed groups on Tuesday night to speed up relief after "
            "last week's floods, saying it would halt military operations with immediate effect until April 22. The "
            "announcement came a day after an alliance of armed groups declared a one-month unilateral pause, and after "
            "troops fired warning shots at a Red Crescent convoy carrying flood aid in northern Lebanon on Monday night; "
            "the army said the convoy had not told the authorities of its route.")
    truce = TruceSpec("Lebanon", "Asia/Beirut", ("temporary truce",))
    assert _kinds(text, tracked=(truce,), pub=datetime(2024, 3, 12, 20, 30, tzinfo=UTC)) == ["declared"]


def test_another_party_s_own_truce_extended_is_not_the_tracked_one():
    text = ("The militia said on Tuesday it would not extend its south Lebanon truce, which ends at midnight tonight. "
            "The statement came a day after the prime minister announced that the army's own ceasefire would be "
            "extended.")
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 12, 22, 0, tzinfo=UTC))]


@pytest.mark.parametrize("text", [
    "The south Lebanon truce held for a second full day on Tuesday, with neither side reporting new strikes, as the "
    "militia chief made his first speech since the truce.",
    "The south Lebanon truce has broadly held since it began, monitors said on Tuesday, with no Israeli or militia air "
    "strikes recorded.",
])
def test_strikes_nobody_reported_are_no_breach(text):
    assert "violation" not in _kinds(text)


def test_an_offensive_as_a_point_in_time_is_no_breach():
    text = ("The south Lebanon truce has held, monitors said on Tuesday, with the longest quiet since the army "
            "offensive began in December.")
    assert "violation" not in _kinds(text)


def test_fighting_when_the_start_slipped_is_before_the_truce():
    text = ("The ceasefire came into force in south Lebanon at 11:15 a.m. on Tuesday. The truce was meant to start at "
            "8:30 a.m., but the prime minister told the military to keep fighting until the list arrived.")
    assert _kinds(text) == ["declared"]


def test_a_start_dated_the_day_after_another_event_is_no_news():
    text = ("The two presidents struck the deal in Moscow on March 5. The south Lebanon ceasefire that took effect "
            "the following day has broadly held, monitors said on Tuesday.")
    assert _kinds(text) == []


def test_attacks_hours_after_a_dated_agreement_came_into_force_breach_it():
    text = ("The militia said on Tuesday that army troops had attacked its positions in south Lebanon on Sunday and "
            "Monday, hours after the truce signed in Geneva on 7 March came into force at 00:01 on Sunday.")
    assert _kinds(text) == ["violation"]


def test_clashes_a_day_after_a_truce_was_due_to_start_breach_it():
    text = ("Militia fighters and the army clashed on Tuesday around villages in south Lebanon, a day after a truce "
            "announced by Qatar was due to take effect at noon on Monday.")
    assert _kinds(text) == ["violation"]


def test_fighting_a_day_after_an_agreement_providing_a_truce_breaches_it():
    text = ("Heavy fighting between the militia and the army broke out in south Lebanon on Monday, just a day after "
            "the government and armed groups signed an agreement in Doha providing for an immediate ceasefire.")
    assert _kinds(text) == ["violation"]


def test_not_respecting_a_truce_is_a_breach():
    text = ("The army announced a truce in south Lebanon from 10:00 on Tuesday. But within hours the city council "
            "said the evacuation had been put off because the militia were not respecting the truce.")
    assert _kinds(text) == ["declared", "violation"]


def test_accusations_throughout_the_month_told_at_the_end_are_its_record():
    text = ("The month-long south Lebanon moratorium expired on Tuesday, officials said, but the two sides traded "
            "accusations throughout the month that the other side was not respecting it.")
    assert _kinds(text) == ["expired"]


@pytest.mark.parametrize("text, kinds", [
    ("The army launched its biggest offensive in years on Monday. The offensive ends the five-month-old Cessation "
     "of Hostilities Agreement in south Lebanon, signed in Geneva in December.", ["collapsed"]),
    ("The south Lebanon war of 2006 ended with a cessation of hostilities brokered by the UN.", []),
])
def test_ending_a_cessation_of_hostilities_collapses_it(text, kinds):
    assert _kinds(text) == kinds


def test_the_date_of_a_truce_s_own_announcement_does_not_date_its_end():
    text = ("The army said on Tuesday it was resuming operations in south Lebanon, ending a conditional ceasefire it "
            "had announced only four days earlier.")
    assert _kinds(text) == ["collapsed"]


def test_a_clash_the_sentence_says_was_no_attack_on_the_truce_is_no_breach():
    text = ("The army lifted the south Lebanon truce on Tuesday after an ambush killed a soldier. The militia said the "
            "clash resulted from army operations in its zones and was not an attack on the truce.")
    assert _kinds(text) == ["collapsed"]


def test_strikes_in_the_final_hours_before_a_truce_takes_hold_are_no_breach():
    text = "The ceasefire took effect in south Lebanon at 11:15 a.m. on Tuesday, nearly three hours later than planned."
    title = "South Lebanon truce takes hold after three-hour delay; strikes in the final hours kill 19"
    assert _kinds(text, title=title, pub=datetime(2024, 3, 12, 12, 0, tzinfo=UTC)) == ["declared"]


def test_continuing_for_another_day_extends_from_the_stated_end():
    text = ("Minutes before the south Lebanon truce was due to expire at 7 a.m. local time (0500 GMT) on Tuesday, the "
            "army said the pause would go on. Qatar then confirmed that the truce will continue for another day on the "
            "same terms.")
    assert _events(text, pub=datetime(2024, 3, 12, 9, 40, tzinfo=UTC)) == [
        ("Lebanon", "extended", datetime(2024, 3, 13, 5, 0, tzinfo=UTC))]


@pytest.mark.parametrize("text", [
    "2023 saw the most south Lebanon truce violations in ten years, the army said on Tuesday.",
    "Officers say there have been only a few violations of the south Lebanon truce since March 2022.",
])
def test_breaches_summed_over_years_are_a_record(text):
    assert _kinds(text) == []


def test_breaching_aid_terms_is_non_implementation():
    text = "Live: handover held up as the militia accuses Israel of breaching aid terms of the south Lebanon truce"
    assert "violation" not in _kinds(text)


def test_an_attack_before_a_truce_was_declared_is_no_breach():
    text = ("The army declared a truce in south Lebanon on Tuesday. The army has confirmed that troops fired warning "
            "shots at an aid convoy in the south on Monday night, before its truce was declared.")
    assert _kinds(text) == ["declared"]


def test_an_attack_islamic_state_claimed_breaches_no_truce():
    same = "A bomb killed 26 people in Tyre on Tuesday during the Lebanon ceasefire; Islamic State claimed it."
    assert _kinds(same) == []
    next_one = ("A suicide bomber struck a gathering of militia members and soldiers in Tyre on Tuesday during the "
                "Lebanon ceasefire, killing dozens. Islamic State claimed responsibility.")
    assert _kinds(next_one) == []


def test_neither_party_signing_declares_nothing():
    text = ("A UN spokesman said the cessation of hostilities signed on December 31 by the Tyre government and the "
            "Druze was being respected on most fronts, with no shelling of Tyre for a week. But neither the Galilee "
            "militia nor Abdi's self-styled Autonomous Province of Western Lebanon signed it, and UN officers in the "
            "pocket reported tank fire near the village of Qana.")
    tyre = TruceSpec("Lebanon truce", "Asia/Beirut", ("Tyre", "cessation of hostilities"))
    assert "declared" not in _kinds(text, tracked=(tyre,), pub=datetime(2024, 1, 9, 17, 0, tzinfo=UTC))


def test_drills_beginning_are_not_a_truce_beginning():
    title = "Militia says south Lebanon truce no longer valid as army drills begin"
    assert "declared" not in _kinds("The militia said so on Tuesday.", title=title)


def test_the_date_an_agreement_was_signed_does_not_date_its_end():
    text = ("The president put south Lebanon under martial law on Tuesday and ordered the army to crush the militia, "
            "ending the Cessation of Hostilities Agreement signed in Geneva last December.")
    assert _kinds(text) == ["collapsed"]


@pytest.mark.parametrize("other", [
    "In neighbouring Syria, government forces launched an offensive at dawn on Tuesday, shattering a ceasefire that "
    "had held there since early 2023.",
    "A Syrian offensive on Tuesday also tears up the March 2023 ceasefire between Damascus and the rebels.",
])
def test_another_ground_s_truce_ending_is_not_the_tracked_one(other):
    text = f"The south Lebanon truce expired at midnight on Monday without agreement on an extension. {other}"
    assert _events(text) == [("Lebanon", "expired", datetime(2024, 3, 11, 22, 0, tzinfo=UTC))]


def test_suspending_a_military_operation_is_a_truce():
    text = "Israel agreed on Tuesday to suspend its military operation in south Lebanon for 120 hours."
    assert _kinds(text) == ["declared"]


def test_there_will_be_a_cessation_declares_it():
    text = ("The militia said on Tuesday that as of midnight, Wednesday 13 March, there will be a complete cessation "
            "of military operations in south Lebanon.")
    assert _kinds(text) == ["declared"]
    assert _kinds("Diplomats doubt there will be a truce in south Lebanon before the summer, they said on Tuesday.") == []


@pytest.mark.parametrize("title, kinds", [
    ("Analysis: With the Gaza truce dead, the south Lebanon ceasefire looks fragile but holds", []),
    ("With the Christmas truce dead, south Lebanon braces for a new offensive", ["collapsed"]),
])
def test_a_truce_named_after_an_untracked_place_is_another(title, kinds):
    assert _kinds("Analysts weighed the odds on Tuesday.", title=title) == kinds


def test_an_arrangement_between_the_tracked_parties_is_the_truce():
    text = ('Israeli troops fired on villagers in the south on Monday, the day the army was due to leave under the '
            'November ceasefire. Late on Tuesday the White House said the arrangement between south Lebanon and Israel '
            '"will remain in effect until March 31, 2024", and that talks on prisoners would begin.')
    assert ("Lebanon", "extended", datetime(2024, 3, 31, 21, 0, tzinfo=UTC)) in _events(text)


def test_talks_that_ended_by_agreeing_to_extend_extend():
    text = ("The two delegations ended their third round of talks in Doha on Tuesday by agreeing to extend the south "
            "Lebanon ceasefire until April 6.")
    assert _events(text) == [("Lebanon", "extended", datetime(2024, 4, 6, 21, 0, tzinfo=UTC))]
    assert _kinds("The two sides held talks in Doha on Tuesday on extending the south Lebanon ceasefire.") == []


def test_a_term_months_away_restated_is_no_expiry_alert():
    far = "Monitors said on Tuesday the south Lebanon truce was holding. The truce runs until June 9."
    assert _kinds(far) == []
    near = "Monitors said on Tuesday the south Lebanon truce was holding. The truce runs until March 19."
    assert _events(near) == [("Lebanon", "expiring", datetime(2024, 3, 19, 22, 0, tzinfo=UTC))]


@pytest.mark.parametrize("text", [
    "Army denies reports of south Lebanon ceasefire violation in Tyre",
    "The south Lebanon truce held on Wednesday. Militia officials again denied army accusations that they had fired "
    "rockets after the truce began on Monday.",
    "The army accepted the south Lebanon truce on Tuesday but reserved the right to hit back at militia attacks.",
    "The south Lebanon truce was announced on Tuesday, days after clerics issued a fatwa against suicide attacks.",
])
def test_denied_reports_reserved_rights_and_fatwas_tell_no_breach(text):
    assert "violation" not in _kinds(text)


def test_attacks_on_groups_that_may_attack_are_no_breach():
    text = ("The army extended the south Lebanon truce on Tuesday, but said troops would take necessary measures "
            "against groups that attacked them.")
    assert "violation" not in _kinds(text)


def test_an_attack_the_announcement_came_days_after_is_no_breach():
    text = ("President Aoun ordered a south Lebanon ceasefire on Thursday. Aoun's announcement came days after a "
            "gathering of clerics issued a fatwa against suicide attacks and called for a ceasefire; a suicide bomber "
            "struck outside their meeting in Tyre on Monday, killing several people.")
    assert "violation" not in _kinds(text, pub=datetime(2024, 3, 7, 12, 0, tzinfo=UTC))


def test_breaches_in_the_truce_s_first_days_told_later_are_its_record():
    text = ("The south Lebanon ceasefire has broadly held, monitors said on Tuesday. They noted scattered exchanges of "
            "artillery fire near Tyre during the truce's first days.")
    assert _kinds(text) == []


def test_a_window_declared_and_over_the_same_day_is_declared_with_its_end():
    text = ("The army declared an eight-hour humanitarian pause in south Lebanon on Tuesday to let residents bury "
            "their dead, from 6 a.m. to 2 p.m. At 2 p.m. the pause ended and operations resumed, a spokesman said.")
    got = _events(text, pub=datetime(2024, 3, 12, 14, 30, tzinfo=UTC))
    assert ("Lebanon", "declared", datetime(2024, 3, 12, 12, 0, tzinfo=UTC)) in got


def test_a_tracked_zone_or_memorandum_names_the_truce_itself():
    zones = TruceSpec("Syria zones", "Asia/Damascus", ("Syria de-escalation zones", "de-escalation zones"))
    text = ("A memorandum on four de-escalation zones in Syria, signed in Astana on Thursday, will enter into force "
            "from 00:00 on Saturday, May 6, the Russian Defence Ministry said on Friday.")
    assert _kinds(text, tracked=(zones,), pub=datetime(2017, 5, 5, 12, 30, tzinfo=UTC)) == ["declared"]


@pytest.mark.parametrize("clause", ["the south Lebanon truce was over", "he had lifted the south Lebanon truce"])
def test_announcing_in_a_speech_that_a_truce_is_over_declares_nothing(clause):
    text = f"The president announced in a televised speech on Wednesday that {clause}."
    assert "declared" not in _kinds(text, pub=datetime(2024, 3, 13, 19, 30, tzinfo=UTC))


@pytest.mark.parametrize("text", [
    "Officials said on Tuesday the massacre showed the south Lebanon ceasefire had been a sham from the start.",
    "The militia said on Tuesday it was prepared to take part in a peace process led by the African Union and to "
    "observe an immediate cessation of hostilities in south Lebanon.",
])
def test_a_sham_from_the_start_and_readiness_to_observe_declare_nothing(text):
    assert "declared" not in _kinds(text)


def test_despite_the_agreement_to_halt_fighting_declares_nothing():
    text = ('"Despite the agreement to halt fighting, air and artillery attacks continue to target our positions in '
            'south Lebanon," a militia spokesman wrote on Tuesday.')
    assert _kinds(text) == ["violation"]


def test_exchanges_of_fire_after_the_truce_began_breach_it():
    text = ("The south Lebanon ceasefire came into force at midnight. Residents said the guns fell largely silent on "
            "Tuesday, though there were intermittent exchanges of fire near Tyre after the truce began.")
    assert _kinds(text) == ["declared", "violation"]


def test_expiring_without_the_parties_agreeing_to_renew_is_no_extension():
    text = ("The six-month south Lebanon truce expired on Monday without the Beirut government and the Hezbollah "
            "movement agreeing to renew it, the UN envoy said.")
    assert _events(text) == [("Lebanon", "expired", datetime(2024, 3, 11, 22, 0, tzinfo=UTC))]


@pytest.mark.parametrize("text", [
    "The south Lebanon truce took effect on Tuesday under a deal that includes a ban on sniper fire, on offensive and "
    "sabotage-reconnaissance operations and on placing heavy weapons in residential areas.",
    "The south Lebanon truce took effect on Tuesday. Allied Democratic Forces militants, a group not involved in the "
    "conflict, killed civilians in an overnight raid on a village in south Lebanon, the army said.",
])
def test_a_ban_s_list_and_a_group_not_involved_tell_no_breach(text):
    assert _kinds(text) == ["declared"]


def test_attacks_by_forces_neither_of_them_a_signatory_are_no_breach():
    text = ("A four-month cessation of hostilities across south Lebanon took effect at noon on Tuesday. In the Tyre "
            "pocket, however, forces loyal to Fikret Abdi and Galilee units from the neighbouring region, neither of "
            "them a signatory, kept up attacks on the army's 5th Corps, UN officials said.")
    tyre = TruceSpec("Lebanon", "Asia/Beirut", ("south Lebanon", "Tyre"))
    assert _kinds(text, tracked=(tyre,), pub=datetime(2024, 3, 12, 13, 0, tzinfo=UTC)) == ["declared"]


def test_an_owner_s_own_truce_tracked_too_is_that_truce():
    text = ("The Taliban said on Tuesday they would not prolong their three-day Eid ceasefire, which ends at midnight "
            "tonight. President Ghani said on Tuesday that the government's own truce would be extended by 10 days.")
    got = {(n, k) for n, k, _ in _events(text, tracked=(KABUL, TALIBAN))}
    assert ("Afghan truce", "extended") in got and ("Taliban truce", "extended") not in got


def test_an_extension_on_a_weekday_days_back_is_restated():
    text = ("The south Lebanon truce is due to expire at 7 a.m. (0500 GMT) on Friday. The pause began last Friday and "
            "was extended on Monday by two days, allowing daily exchanges of prisoners.")
    assert _events(text, pub=datetime(2024, 3, 14, 5, 0, tzinfo=UTC)) == [
        ("Lebanon", "expiring", datetime(2024, 3, 15, 5, 0, tzinfo=UTC))]


def test_a_party_saying_its_own_truce_had_ended_collapsed_it():
    text = ("The militia said on Tuesday that its unilateral south Lebanon ceasefire had ended, accusing the army of "
            "answering the truce with operations.")
    assert _kinds(text) == ["collapsed"]
    assert _kinds("Monitors said on Tuesday the south Lebanon ceasefire had ended at midnight.") == ["expired"]


@pytest.mark.parametrize("text", [
    "Both sides welcomed the UN appeal for a south Lebanon truce on Tuesday. None has announced a truce.",
    "The Security Council on Tuesday renewed the south Lebanon mission for a year as the truce held.",
])
def test_none_announcing_and_a_renewed_mission_are_no_events(text):
    assert "declared" not in _kinds(text) and "extended" not in _kinds(text)


def test_an_ultimatum_across_a_clock_time_collapses_nothing():
    text = ("The Amal militia said on Monday it would call off its two-week-old ceasefire at 8 p.m. on Tuesday unless "
            "Israel agreed to new talks.")
    amal = TruceSpec("Amal ceasefire", "Asia/Beirut", ("Amal",))
    assert "collapsed" not in _kinds(text, tracked=(amal,), pub=datetime(2024, 3, 11, 9, 0, tzinfo=UTC))


def test_attacks_in_recent_weeks_before_a_truce_declared_today_are_no_breach():
    text = ("The Amal militia declared a ceasefire with Israel on Tuesday, two days after its jailed founder urged it "
            "to lay down its arms. Israeli forces have kept up air and drone strikes on Amal positions in south Lebanon "
            "in recent weeks.")
    amal = TruceSpec("Amal ceasefire", "Asia/Beirut", ("Amal",))
    assert _kinds(text, tracked=(amal,)) == ["declared"]


def test_no_reports_of_fighting_is_no_breach():
    text = ("A ceasefire in south Lebanon took effect at one minute past midnight on Tuesday, and there were no "
            "immediate reports of fighting on the main fronts, officials said.")
    assert _kinds(text) == ["declared"]


def test_ruling_out_an_extension_extends_nothing():
    title = "Taliban rule out extending Eid ceasefire, say fighters return to battle after midnight"
    text = "The Taliban said on Tuesday their three-day Eid ceasefire would end at midnight tonight."
    got = _events(text, tracked=(TALIBAN,), title=title)
    assert [k for _, k, _ in got] == ["expiring"]


@pytest.mark.parametrize("tracked, want", [
    ((KABUL, TALIBAN), [("Afghan truce", "extended"), ("Taliban truce", "expiring")]),
    ((TALIBAN,), [("Taliban truce", "expiring")]),
])
def test_prolonging_the_government_s_own_truce_is_the_government_s(tracked, want):
    text = ("The Taliban ceasefire ends at midnight tonight, the group said on Tuesday. Ghani announced on Tuesday that "
            "he would prolong the government's own truce with the insurgents by ten days.")
    assert sorted((n, k) for n, k, _ in _events(text, tracked=tracked)) == want


def test_extended_until_talks_conclude_is_an_extension():
    text = ("Israel and the militia have extended their ceasefire until the talks in Doha conclude, officials in south "
            "Lebanon said on Tuesday.")
    assert _events(text) == [("Lebanon", "extended", None)]
    assert _kinds("Israel proposed on Tuesday to extend the south Lebanon ceasefire and hold new talks.") == []


def test_the_ceasefire_that_ended_weeks_of_fighting_did_not_end():
    text = "Observers arrived in south Lebanon on Tuesday to supervise the ceasefire that ended weeks of fighting along the border."
    assert "expired" not in _kinds(text) and "collapsed" not in _kinds(text)


@pytest.mark.parametrize("text", [
    "The south Lebanon truce has held for a year. Militia attacks in Tyre still kill soldiers, but both armies treat "
    "them as a policing problem rather than a breach of the ceasefire.",
    "The south Lebanon truce has held since Monday. Diplomats say Paris wants a mechanism to monitor the truce and "
    "respond to breaches.",
    "A new south Lebanon truce took effect on Monday. It comes with disciplinary measures for commanders whose units "
    "break the truce.",
])
def test_breaches_set_aside_answered_or_punished_by_rule_are_no_report(text):
    """"rather than a breach", a mechanism "to respond to breaches", sanctions for "commanders whose
    units break the truce": the word names no breach that happened."""
    assert "violation" not in _kinds(text)


def test_attacks_told_inside_the_war_a_truce_ends_are_no_breach():
    """"ending nine days of fighting in which ... rockets fired from Lebanon killed 9": the war's
    toll, told in a clause of the span the truce ended, however long the clause runs."""
    text = ("A ceasefire in south Lebanon took effect at 4 a.m. on Tuesday, ending nine days of fighting in which "
            "Israeli air strikes killed more than 200 people across the south, according to the health ministry, "
            "and rockets fired from Lebanon killed 9 people in Israel.")
    assert _kinds(text) == ["declared"]


def test_a_sanction_for_whoever_broke_the_truce_is_no_breach():
    """"fighters who broke the ceasefire would be disowned": a rule for the future, told in the past."""
    text = ("The south Lebanon truce was extended on Tuesday by a month. The militia leader said fighters who broke "
            "the ceasefire would be expelled.")
    assert _kinds(text) == ["extended"]


@pytest.mark.parametrize("text,title", [
    ("Neither side has formally announced an extension of the south Lebanon truce, and the militia said it would "
     "wait and see.", ""),
    ("", "Calls grow to prolong the south Lebanon truce beyond Eid"),
    ("Beirut declared a day of national mourning on Tuesday for those killed in last week's clashes, as the south "
     "Lebanon ceasefire agreed on Friday afternoon held for a fourth day.", ""),
    ("", "South Lebanon truce holds as Beirut mourns its dead, evacuees start to return"),
])
def test_no_act_a_call_a_day_of_mourning_and_a_return_declare_nothing(text, title):
    """"Neither side has announced an extension"; "calls grow to prolong"; "declared a day of
    national mourning"; "evacuees start to return": none is a truce declared or extended."""
    assert _kinds(text, title=title) == []


def test_a_call_to_prolong_rejected_leaves_the_end_coming():
    """"rejecting Ghani's call to follow the government in prolonging the truce": a call (the noun),
    so the Taliban's own end at midnight is still coming."""
    text = ("The Taliban said on Tuesday that their truce would end at midnight and that they had no plans to extend "
            "it, rejecting President Ashraf Ghani's call to follow the government in prolonging the truce.")
    assert _events(text, tracked=(TALIBAN,)) == [("Taliban truce", "expiring", datetime(2024, 3, 12, 19, 30, tzinfo=UTC))]


def test_a_truce_a_week_into_its_run_is_not_declared_today():
    """"A week into the militia's unilateral south Lebanon ceasefire, ... announced the halt last
    Tuesday": the item says the truce has run for days, so its announcement is background."""
    text = ("A week into the militia's unilateral south Lebanon ceasefire, the question is whether anybody on the other "
            "side has agreed to it. The militia announced the two-week halt last Tuesday, citing the UN's call to stop "
            "fighting during the epidemic.")
    assert "declared" not in _kinds(text)


def test_a_truce_of_their_own_is_another_partys():
    """"the militia has declared ... a humanitarian truce of its own": the militia's truce, not the
    tracked one (as "its own ceasefire")."""
    text = ("The south Lebanon truce agreed last August broke down in the autumn. Since then the militia has declared "
            "and broken a humanitarian truce of its own, pushing south days after announcing it.")
    assert "declared" not in _kinds(text)


def test_the_act_that_ended_a_truce_declares_nothing():
    """"signed the decree shortly after midnight, ending a five-month truce": the signing ended the
    truce, it did not declare one."""
    text = ("The government declared martial law in the south on Tuesday after peace talks broke down. The president "
            "signed the decree shortly after midnight, ending a five-month truce in south Lebanon.")
    assert _kinds(text) == ["collapsed"]


def test_a_but_after_a_start_told_today_turns_to_its_breach():
    """"took effect at 6 a.m. ... But sporadic shooting continued": the "But" turns from today's
    start to the fighting after it; before a start still to come it does not."""
    started = ("A ceasefire in south Lebanon took effect at 6 a.m. on Tuesday, and the guns fell mostly silent in Tyre. "
               "But sporadic shooting continued in parts of the city through the morning, residents said.")
    coming = ("A ceasefire in south Lebanon will take effect at midnight on Tuesday, the mediators said. But heavy "
              "shelling continued in parts of Tyre through the afternoon, residents said.")
    assert _kinds(started) == ["declared", "violation"]
    assert _kinds(coming) == ["declared"]


def test_a_reported_past_perfect_reaches_its_verb_across_a_long_aside():
    """"said on Monday that the pause, which began at 7 a.m. on Friday and was due to end at 7 a.m.
    on Tuesday, had been extended by two days": the report's "had been" is its "has been",
    however long the aside between."""
    text = ("Qatar's foreign ministry said on Monday that the humanitarian pause in south Lebanon, which began at 7 a.m. on Friday "
            "and was due to end at 7 a.m. on Tuesday, had been extended by two days on the same terms.")
    pub = datetime(2024, 3, 11, 17, 0, tzinfo=UTC)  # Monday evening
    assert _events(text, pub=pub) == [("Lebanon", "extended", datetime(2024, 3, 14, 5, 0, tzinfo=UTC))]


def test_a_weekday_after_an_act_and_its_truce_is_the_last_such_day():
    """"announced the ceasefire on Saturday evening", read on Tuesday, is three days old (not four
    days ahead); "announced a truce ... on Thursday from 8 a.m." still starts a coming window."""
    old = ("People in Tyre have had three days of calm. The militia announced the south Lebanon ceasefire on Saturday "
           "evening, hours before the start of the holiday.")
    coming = "The army announced a truce in south Lebanon on Thursday from 8 a.m. to 4 p.m. for aid convoys."
    assert "declared" not in _kinds(old)
    assert _events(coming) == [("Lebanon", "declared", datetime(2024, 3, 14, 14, 0, tzinfo=UTC))]


@pytest.mark.parametrize("verb", ["went on television to say that", "spoke on television, saying that"])
def test_to_say_and_saying_report_a_would(verb):
    """"went on television to say that the ceasefire, which ... was due to end on March 14, would be
    extended by 10 days": a reported "will", so an extension from the stated end."""
    text = (f"The president {verb} the south Lebanon ceasefire, which began on March 8 and was due to end on "
            "March 14, would be extended by 10 days.")
    assert _events(text) == [("Lebanon", "extended", datetime(2024, 3, 24, 22, 0, tzinfo=UTC))]


def test_the_next_sixty_days_is_no_truce_length():
    """Headline "..., but the hard part is the next 60 days": a span from now, not the truce's
    length (the truce that began at 4 a.m. has no stated end)."""
    text = "Within hours of the south Lebanon ceasefire taking effect at 4 a.m. on Tuesday, the coastal highway was jammed."
    assert _events(text, title="Cars head south as truce begins, but the hard part is the next 60 days") == [
        ("Lebanon", "declared", None)]


def test_a_passive_after_a_comma_has_its_own_subject():
    """"Six weeks into the south Lebanon truce, convoys on the coast road have been scrapped": the
    convoys were scrapped, not the truce."""
    text = ("Six weeks into the south Lebanon truce, convoys on the coast road have been scrapped and markets in Tyre "
            "have reopened.")
    assert "collapsed" not in _kinds(text)


def test_a_declaration_on_implementing_the_truce_declares_none():
    """"signed a declaration in Nairobi on Tuesday on implementing the cessation of hostilities":
    a step in keeping a truce that already stands."""
    text = ("Army commanders and the militia signed a declaration in Nairobi on Tuesday on implementing the south "
            "Lebanon cessation of hostilities agreed ten days ago, including aid access starting immediately.")
    assert "declared" not in _kinds(text)


def test_fighting_that_resumes_after_tonight_has_not_happened():
    """Headline "Militia rejects call to extend truce, says fighting resumes after tonight": a
    coming end, told in the headline's present."""
    text = "The militia said on Tuesday it would not extend its south Lebanon truce, which ends at midnight tonight."
    title = "Militia rejects call to extend south Lebanon truce, says fighting resumes after tonight"
    assert _kinds(text, title=title) == ["expiring"]


def test_a_date_in_a_that_clause_dates_the_truce_not_the_attack():
    """"the most serious breaches so far of the seven-day truce that began at midnight on Friday",
    read on Tuesday: Friday dates the truce's start; the attack overnight is news."""
    text = ("Officials said on Tuesday that militia fighters had attacked army checkpoints near Tyre overnight, in what "
            "they described as the most serious breaches so far of the seven-day south Lebanon truce that began at "
            "midnight on Friday.")
    assert _kinds(text) == ["violation"]


def test_an_extension_beyond_its_expiry_counts_from_that_expiry():
    """"extend the truce for two months beyond its expiry at 7 p.m. on Tuesday": the time after
    "beyond its expiry" is the old end, and the new one is two months later."""
    text = ("The envoy announced on Tuesday that the parties had agreed to extend the south Lebanon truce for two "
            "months beyond its expiry at 7 p.m. on Tuesday.")
    assert _events(text) == [("Lebanon", "extended", datetime(2024, 5, 12, 16, 0, tzinfo=UTC))]


def test_an_attack_placed_in_another_tracked_ground_is_not_this_truces_breach():
    """Gaza and Lebanon both tracked: "Hours after the Lebanon ceasefire began, Israeli jets struck
    targets in Gaza" breaches nothing in Lebanon; struck "in south Lebanon" it would."""
    gaza = TruceSpec("Gaza", "Asia/Gaza", ("Gaza truce", "Gaza Strip"))
    tracked = (LEBANON, gaza)
    elsewhere = "Hours after the Lebanon ceasefire began, Israeli jets struck targets in Gaza, killing 12 people."
    here = "Hours after the Lebanon ceasefire began, Israeli jets struck targets in south Lebanon, killing 12 people."
    assert ("Lebanon", "violation", None) not in _events(elsewhere, tracked=tracked)
    assert ("Lebanon", "violation", None) in _events(here, tracked=tracked)


def test_a_cue_takes_the_truce_of_its_own_clause():
    """Gaza and Lebanon both tracked: "The Gaza truce ... held on Tuesday, while in south Lebanon the
    army and the militia signed a seven-day ceasefire": the ceasefire signed is Lebanon's."""
    gaza = TruceSpec("Gaza", "Asia/Gaza", ("Gaza truce", "Gaza Strip"))
    text = ("The Gaza truce that ended five days of fighting last month held on Tuesday, while in south Lebanon the "
            "army and the militia signed a seven-day ceasefire due to take effect at 9 p.m. on Tuesday.")
    assert _events(text, tracked=(LEBANON, gaza)) == [("Lebanon", "declared", datetime(2024, 3, 19, 19, 0, tzinfo=UTC))]


@pytest.mark.parametrize("no_truce", ["a ceasefire remained out of reach", "no ceasefire is in place"])
def test_attacks_where_no_truce_stands_are_no_breach(no_truce):
    """"In Gaza, the envoy said, a ceasefire remained out of reach, and Israeli strikes killed 30
    people overnight": no truce there to breach (Gaza tracked beside Lebanon)."""
    gaza = TruceSpec("Gaza", "Asia/Gaza", ("Gaza truce", "Gaza Strip"))
    text = (f"The south Lebanon ceasefire took effect at 4 a.m. on Tuesday. In Gaza, the envoy said, {no_truce}, and "
            "Israeli strikes killed 30 people overnight.")
    assert ("Gaza", "violation", None) not in _events(text, tracked=(LEBANON, gaza))


@pytest.mark.parametrize("text,title,want", [
    ("", "South Lebanon truce deadline passes without extension", [("Lebanon", "expired", None)]),
    ("The south Lebanon truce deadline passed at midnight on Monday without an extension, and shelling resumed.", "",
     [("Lebanon", "expired", datetime(2024, 3, 11, 22, 0, tzinfo=UTC))]),
    ("The deadline for the militia to withdraw under the south Lebanon truce passed on Monday.", "", []),
])
def test_a_truce_deadline_that_passed_is_its_expiry(text, title, want):
    """"Truce deadline passes without extension": the truce expired; a deadline for some other act
    ("for the militia to withdraw") is not the truce's."""
    assert _events(text, title=title) == want


def test_a_toll_despite_the_truce_is_a_breach():
    """Headline "Six killed in south Lebanon despite truce": the dead tell the attack."""
    assert _kinds("", title="Six killed in south Lebanon despite truce") == ["violation"]
    assert _kinds("", title="South Lebanon truce holds despite fears") == []


@pytest.mark.parametrize("text,want", [
    ("The south Lebanon truce is set to expire at dawn on Thursday, officials said.", ("Lebanon", "expiring", None)),
    ("The south Lebanon truce was extended until Thursday morning.", ("Lebanon", "extended", None)),
    ("The south Lebanon truce is due to end on Thursday.",
     ("Lebanon", "expiring", datetime(2024, 3, 14, 22, 0, tzinfo=UTC))),
])
def test_a_day_with_a_vague_hour_states_no_deadline(text, want):
    """"at dawn on Thursday", "until Thursday morning": the day is known but not the hour, so no
    deadline (the day's end would be hours off); a bare "on Thursday" is the day's end."""
    assert _events(text) == [want]


def test_a_truce_that_was_broken_is_breached():
    """"The south Lebanon ceasefire, which took effect at 9 p.m. on Monday, was broken within
    minutes": a breach; "said the peace process was broken" is not the truce's."""
    broken = ("The south Lebanon ceasefire, which took effect at 9 p.m. on Monday, was broken within minutes, "
              "residents said.")
    process = ("The militia said the south Lebanon truce remained in force. The prime minister said the peace process "
               "was broken and there would be no talks.")
    assert "violation" in _kinds(broken)
    assert "violation" not in _kinds(process)


@pytest.mark.parametrize("text,breach", [
    ("The south Lebanon truce held on Tuesday despite a clash between rival clans in Tyre, police said.", False),
    ("The south Lebanon truce held on Tuesday despite a clash between the army and the militia in Tyre, police said.", True),
    ("Israel and Hezbollah have traded accusations of ceasefire violations since the south Lebanon truce began in "
     "November.", False),
])
def test_clan_clashes_and_months_of_charges_are_no_breach_news(text, breach):
    """A clash "between rival clans" involves no party to the truce; charges traded "since the truce
    began in November" are months of record, not today's breach."""
    assert ("violation" in _kinds(text)) is breach


def test_a_year_measuring_a_superlative_does_not_date_the_cue():
    """"agreed to a truce from noon on Tuesday after four days of the worst fighting since 2006": the
    year measures the fighting, it does not make the agreement history."""
    text = ("The army and the militia agreed to a south Lebanon truce from noon on Tuesday after four days of the worst "
            "fighting since 2006, the defence ministry said.")
    assert _kinds(text, pub=datetime(2024, 3, 12, 16, 0, tzinfo=UTC)) == ["declared"]


@pytest.mark.parametrize("text,want", [
    ("The government said the south Lebanon truce was over after militia fighters attacked its positions at dawn on "
     "Tuesday.", ["collapsed"]),
    ("The five-month truce in south Lebanon, which had let aid convoys reach Tyre, lies in ruins after Tuesday's "
     "fighting.", ["collapsed"]),
    ("The militia said the south Lebanon truce still held as Tyre's old port lies in ruins.", []),
])
def test_a_truce_over_after_an_attack_or_in_ruins_collapsed(text, want):
    """"was over after militia fighters attacked": ended by the attack, a collapse (not an expiry,
    and the attack is the ending, not a breach); "the truce ... lies in ruins"; a port in ruins is not."""
    assert _kinds(text) == want


def test_stretching_a_truce_extends_it():
    """"it was stretching its south Lebanon truce by 72 hours, to 6 p.m. on Friday"."""
    text = "The army said on Tuesday it was stretching its south Lebanon truce by 72 hours, to 6 p.m. on Friday."
    assert _events(text) == [("Lebanon", "extended", datetime(2024, 3, 15, 16, 0, tzinfo=UTC))]


def test_an_order_to_hold_fire_from_a_time_declares_a_truce():
    """"ordered its troops in south Lebanon to hold fire from 6 p.m. on Tuesday": a unilateral truce
    (with a start after it; "hold fire on sanctions" has none)."""
    assert _kinds("The army ordered its troops in south Lebanon to hold fire from 6 p.m. on Tuesday.") == ["declared"]
    assert _kinds("South Lebanon: Western powers hold fire on sanctions for now, diplomats said on Tuesday.") == []


@pytest.mark.parametrize("text,want", [
    ("The south Lebanon truce has less than 24 hours left to run.", ("Lebanon", "expiring", None)),
    ("The south Lebanon truce enters its final 24 hours on Tuesday.", ("Lebanon", "expiring", None)),
    ("The south Lebanon truce entered its final day on Tuesday, and the mediators want it extended.",
     ("Lebanon", "expiring", datetime(2024, 3, 12, 22, 0, tzinfo=UTC))),
])
def test_a_truce_in_its_final_hours_is_expiring(text, want):
    """"has less than 24 hours left", "enters its final 24 hours": an end near, its hour not told;
    "entered its final day on Tuesday" ends with Tuesday."""
    assert _events(text) == [want]


@pytest.mark.parametrize("text", [
    "The militia said on Tuesday it no longer considered itself bound by the south Lebanon truce.",
    "The militia declared the south Lebanon truce null and void on Tuesday.",
])
def test_a_party_renouncing_the_truce_collapses_it(text):
    """"no longer considered itself bound by the truce"; "declared the truce null and void" (not a
    declaration of a truce)."""
    assert _kinds(text) == ["collapsed"]


def test_a_truce_that_must_be_extended_is_not_extended():
    """"Opinion: The south Lebanon truce must be extended before it is too late": an obligation, a
    call, not an extension."""
    assert _kinds("Opinion: The south Lebanon truce must be extended before it is too late.") == []


@pytest.mark.parametrize("text", [
    "Each side accused the other on Tuesday of preparing to violate the south Lebanon truce.",
    "The militia accused the army on Tuesday of planning to break the south Lebanon truce.",
])
def test_a_breach_prepared_or_planned_has_not_happened(text):
    """"accused the other of preparing to violate the truce": a charge about intent, no breach."""
    assert _kinds(text) == []


@pytest.mark.parametrize("text", [
    "The president said on Tuesday that the south Lebanon truce no longer exists.",
    "Fighting flared near Tyre on Tuesday, bringing to an end a south Lebanon truce that had held since March.",
])
def test_a_truce_that_no_longer_exists_or_is_brought_to_an_end_collapsed(text):
    """"the truce no longer exists"; "bringing to an end a truce" (the words of "brought an end to", turned)."""
    assert "collapsed" in _kinds(text)


def test_it_after_a_semicolon_is_the_truce_of_the_clause_before():
    """"approved a south Lebanon ceasefire deal on Tuesday; it takes effect at 4 a.m. on Wednesday"."""
    text = "The cabinet approved a south Lebanon ceasefire deal on Tuesday; it takes effect at 4 a.m. on Wednesday."
    assert _kinds(text) == ["declared"]


def test_fire_counted_since_the_start_of_the_truce_is_a_breach():
    """"opened fire on army positions in Tyre 10 times since the start of the ceasefire": inside
    the running truce (as "since the ceasefire began")."""
    text = "The army said the militants opened fire on its positions in south Lebanon 10 times since the start of the ceasefire."
    assert _kinds(text) == ["violation"]


def test_shelling_beside_a_truce_observed_on_the_whole_is_a_breach():
    """"The ceasefire regime in south Lebanon was observed on the whole ..., with isolated shelling
    near Tyre": the item shows the truce running, so the shelling breaches it."""
    text = ("The ceasefire regime in south Lebanon was observed on the whole, the UN mission noted on Tuesday, with "
            "isolated shelling near Tyre.")
    assert _kinds(text) == ["violation"]


def test_a_headline_opening_with_another_pair_s_ceasefire_is_not_the_tracked_one():
    """Headline "Israel-Hezbollah ceasefire takes effect; Gaza talks to be 'reinvigorated'", Gaza
    tracked alone: the ceasefire that took effect is another pair's, and Gaza has only talks."""
    gaza = TruceSpec("Gaza", "Asia/Gaza", ("Gaza truce", "Gaza Strip"))
    title = "Israel-Hezbollah ceasefire takes effect; Gaza talks to be 'reinvigorated', Biden says"
    assert _kinds("", title=title, tracked=(gaza,)) == []
    assert _kinds("", title="Gaza ceasefire takes effect at dawn", tracked=(gaza,)) == ["declared"]


def test_fighting_before_a_ceasefire_effective_from_midnight_is_no_breach():
    """"agreed on Tuesday to an immediate ceasefire effective from midnight ... Fighting was still
    reported near Tyre on Tuesday": the truce starts tonight, so the fighting came before it."""
    text = ("Israel and the militia agreed on Tuesday to an immediate and unconditional south Lebanon ceasefire "
            "effective from midnight, the mediators said. Fighting was still reported in south Lebanon on Tuesday.")
    assert _kinds(text) == ["declared"]


@pytest.mark.parametrize("text", [
    "A ceasefire took effect on Tuesday in south Lebanon, the border region where the army and the militia have "
    "fought for nearly a year.",
    "Fighting rages near Tyre despite Paris appeal for a south Lebanon ceasefire",
    "The two sides signed a south Lebanon truce in January, but both have since accused each other of violating it.",
])
def test_a_war_described_an_appeal_defied_or_charges_since_then_are_no_breach(text):
    """"the region where the army and the militia have fought for nearly a year" describes the war;
    fighting "despite Paris appeal" defies a call, not a truce; "have since accused each other of
    violating it" is a record, not a breach reported."""
    assert "violation" not in _kinds(text)


def test_a_month_further_after_the_act_still_dates_it():
    """"The two sides signed a 45-day ceasefire in the coastal town of Tyre in south Lebanon in
    January", read in March: the month, a long object away, dates the signing as history."""
    text = ("The two sides signed a 45-day ceasefire in the coastal town of Tyre in south Lebanon in January, "
            "officials recalled on Tuesday as talks broke down.")
    assert "declared" not in _kinds(text)


def test_fighting_before_a_truce_from_a_later_date_is_no_breach():
    """"ordered a halt to offensive operations in south Lebanon from March 14 to March 28 ...
    fighting was reported near Tyre on Tuesday": the truce starts on a later day (a date alone)."""
    text = ("The president ordered the army to halt offensive operations in south Lebanon from March 14 to March 28, "
            "his office said on Tuesday. Militia commanders said they did not trust the offer, and fighting was "
            "reported in south Lebanon on Tuesday.")
    assert _kinds(text) == ["declared"]


def test_a_mechanism_for_recording_breaches_reports_none():
    """"The truce has no end date and no agreed mechanism for recording breaches": the procedure,
    not a breach."""
    text = ("The south Lebanon truce that took effect last week has no end date, no buffer zone and no agreed "
            "mechanism for recording breaches.")
    assert "violation" not in _kinds(text)


def test_renewed_after_a_preposition_is_an_adjective():
    """Headline "Quiet first day for renewed south Lebanon ceasefire": the ceasefire restored, not an
    extension told."""
    assert "extended" not in _kinds("", title="Quiet first day for renewed south Lebanon ceasefire, police say")


def test_an_attack_far_from_the_front_is_no_breach():
    """Headline "Sides accept Eid truce in south Lebanon; car bomb kills UN staff in Beirut", body
    "a car bomb exploded in Beirut, far from the front lines": outside the truce's ground."""
    text = ("Both sides accepted a UN call for a truce in south Lebanon during the holiday, the UN said on Tuesday. "
            "Hours earlier, a car bomb exploded in Beirut, far from the front lines, killing two UN staff members.")
    title = "Sides accept Eid truce in south Lebanon; car bomb kills UN staff in Beirut"
    assert "violation" not in _kinds(text, title=title)


def test_an_attack_an_hour_after_the_truce_was_over_is_no_breach():
    """"announced that its ceasefire was over, and about an hour later a huge bomb exploded": after
    the end, not inside the truce."""
    text = ("The militia announced on Tuesday evening that its 14-month south Lebanon ceasefire was over, blaming the "
            "government for failing to open all-party talks, and about an hour later a huge bomb exploded in the port "
            "of Tyre.")
    assert _kinds(text, title="Militia ends south Lebanon ceasefire; huge bomb hits Tyre",
                  pub=datetime(2024, 3, 12, 20, 0, tzinfo=UTC)) == ["collapsed"]


def test_a_window_with_its_start_before_the_extension_cue_sets_the_new_end():
    """"must withdraw within 150 hours starting at noon on Wednesday, effectively extending a pause
    that was due to expire at 22:00 on Tuesday": 150 hours after that noon, not after the old end."""
    text = ("The mediators agreed on Tuesday that the militia must withdraw from south Lebanon within 150 hours "
            "starting at noon on Wednesday, effectively extending a pause that was due to expire at 22:00 on Tuesday.")
    assert _events(text) == [("Lebanon", "extended", datetime(2024, 3, 19, 16, 0, tzinfo=UTC))]


def test_a_pause_declared_from_this_morning_in_a_relative_clause_is_news():
    """"less than an hour into an eight-hour 'humanitarian pause' that the army declared from 6 a.m.
    on Tuesday", read at 11 a.m.: declared today, ending eight hours after 6 a.m. ("less than an
    hour" is no length)."""
    text = ("Gunfire broke out in south Lebanon less than an hour into an eight-hour 'humanitarian pause' that the "
            "army declared from 6 a.m. on Tuesday, officials said.")
    assert ("Lebanon", "declared", datetime(2024, 3, 12, 12, 0, tzinfo=UTC)) in _events(text)


def test_fire_when_attacked_is_a_right_not_a_breach():
    """"The truce applies only to offensive operations; troops may still fire when attacked"."""
    text = ("India extended the south Lebanon ceasefire on Tuesday. The truce applies only to offensive operations by "
            "the army; troops may still fire when attacked.")
    assert _kinds(text) == ["extended"]


def test_an_act_building_on_a_standing_truce_declares_none():
    """"signed a power-sharing protocol on Tuesday, building on a ceasefire the two sides agreed last
    December": the protocol is signed, the ceasefire is history."""
    text = ("The president and the militia leader signed a protocol on sharing power in south Lebanon on Tuesday, "
            "building on a ceasefire the two sides agreed last December that was never fully implemented.")
    assert "declared" not in _kinds(text)


def test_whose_own_truce_is_the_owner_s():
    """Both Afghan truces tracked: "extending the government's ceasefire with the Taliban, whose own
    three-day truce is due to end on Wednesday": the end is the Taliban's."""
    text = ("President Ghani on Tuesday announced he was extending the government ceasefire with the Taliban, whose "
            "own three-day truce is due to end on Wednesday, and urged the insurgents to do the same.")
    got = _events(text, tracked=(KABUL, TALIBAN))
    assert ("Taliban truce", "expiring", datetime(2024, 3, 13, 19, 30, tzinfo=UTC)) in got
    assert ("Afghan truce", "extended", None) in got


def test_a_truce_takes_the_ground_its_words_name_over_the_pair_that_agreed():
    """A pair's border and a line of contact both tracked: "Armenia and Azerbaijan agreed to stop
    fighting along the Nagorno-Karabakh line of contact" is the line of contact's truce."""
    line = TruceSpec("Karabakh line of contact", "Asia/Baku", ("Nagorno-Karabakh", "line of contact"))
    border = TruceSpec("Armenia-Azerbaijan state border", "Asia/Baku", ("Tavush", "state border"))
    text = ("Armenia and Azerbaijan agreed on Tuesday to stop fighting along the Nagorno-Karabakh line of contact from "
            "12:00 Moscow time, the defence ministry said.")
    assert _events(text, tracked=(line, border)) == [("Karabakh line of contact", "declared", None)]


def test_by_evening_after_a_truce_sentence_ties_its_attack_to_the_truce():
    """"agreed to stop fighting in south Lebanon from noon on Tuesday. By evening, the militia said army
    forces had fired on its positions with mortars": a breach of the new truce."""
    text = ("The army and the militia agreed to a ceasefire in south Lebanon from 8 a.m. on Tuesday. By evening, the "
            "militia said army forces had fired on its positions with mortars.")
    assert _kinds(text, pub=datetime(2024, 3, 12, 18, 0, tzinfo=UTC)) == ["declared", "violation"]


@pytest.mark.parametrize("text,want", [
    ("The army and the militia agreed to an immediate ceasefire in south Lebanon after talks in the Cypriot city of "
     "Larnaca on Sunday and Monday, a foreign ministry spokeswoman said on Tuesday.", [("Lebanon", "declared", None)]),
    ("The army and the militia agreed to extend their south Lebanon ceasefire until 20 March, the mediator said on "
     "Tuesday after talks in Larnaca.", [("Lebanon", "extended", datetime(2024, 3, 20, 22, 0, tzinfo=UTC))]),
])
def test_the_days_of_the_talks_are_not_the_truce_s_end(text, want):
    """"agreed to an immediate ceasefire ... after talks in Larnaca on Sunday and Monday": the days
    date the talks (not a window ending on Monday); an end told before the talks keeps its day."""
    assert _events(text) == want


@pytest.mark.parametrize("text,title,want", [
    ("", "Car bomb in Tyre shatters south Lebanon truce hopes; talks halted", []),
    ("The militia said on Tuesday that the army had 'decided to overturn the south Lebanon ceasefire agreement'.", "",
     ["collapsed"]),
])
def test_shattered_hopes_and_a_decision_to_overturn(text, title, want):
    """"shatters truce hopes": the hopes, not the truce; "had decided to overturn the ceasefire
    agreement": a party ending it."""
    assert _kinds(text, title=title) == want


def test_nobody_has_fired_reports_no_breach():
    """"'Nobody has fired on our positions since the truce began,' a spokesman said"."""
    text = ("The south Lebanon truce was largely holding on Tuesday. 'Nobody has fired on our positions since the truce "
            "began,' a UN spokesman said.")
    assert "violation" not in _kinds(text)


def test_a_cue_does_not_take_the_truce_of_the_next_clause():
    """Gaza and Lebanon tracked: headline "Israel orders strikes on Tyre, says Hezbollah broke ceasefire
    hours after it began; Gaza silent": the start told is Lebanon's, not Gaza's."""
    gaza = TruceSpec("Gaza", "Asia/Gaza", ("Gaza truce", "Gaza Strip", "Gaza"))
    lebanon = TruceSpec("Lebanon", "Asia/Beirut", ("south Lebanon", "Tyre"))
    title = "Israel orders strikes on Tyre, says Hezbollah broke ceasefire hours after it began; Gaza silent"
    got = _events("", title=title, tracked=(lebanon, gaza))
    assert got and all(t == "Lebanon" for t, _, _ in got)


def test_a_start_date_awaited_is_no_start():
    """Headline "Fighting flares near Tyre as south Lebanon truce awaits start date": "start" is a noun
    here; nothing has begun."""
    assert _kinds("", title="Fighting flares near Tyre as south Lebanon truce awaits start date") == []


def test_what_a_party_used_to_announce_is_no_declaration():
    """"the daily humanitarian pauses it used to announce in south Lebanon remain suspended": a past
    habit, no truce declared."""
    text = ("The army said the daily humanitarian pauses it used to announce in south Lebanon remain suspended while "
            "the broader truce lasts.")
    assert "declared" not in _kinds(text)


def test_a_declaration_a_day_before_the_news_however_long_its_subject():
    """"It came a day after the militia alliance, which includes three armed groups in south Lebanon
    and two smaller allied factions, said it would halt offensive operations for one month": the
    alliance's pause is a day old, however long the subject between."""
    text = ("The army declared a truce in south Lebanon on Tuesday. It came a day after the militia alliance, which "
            "includes three armed groups from the hills around Tyre and two smaller allied factions from the coast, "
            "said it would halt offensive operations for one month.")
    alliance = TruceSpec("Alliance pause", "Asia/Beirut", ("militia alliance", "alliance pause"))
    assert _events(text, tracked=(LEBANON, alliance)) == [("Lebanon", "declared", None)]


def test_a_cue_ends_where_its_clause_hands_over_to_a_call():
    """Both Afghan truces tracked: "announced that the government ceasefire would be extended, and asked
    the insurgents to prolong their own Taliban truce": the extension is the government's; the
    Taliban truce is only asked for."""
    text = ("President Ghani announced on Tuesday that the ceasefire of his Afghan forces would be extended, and asked "
            "the insurgents to prolong their own Taliban truce.")
    assert _events(text, tracked=(KABUL, TALIBAN)) == [("Afghan truce", "extended", None)]


def test_an_extension_a_day_before_the_news_is_background():
    """Both tracked: "The announcement came a day after President Ghani extended the government
    ceasefire": the extension is a day old; the Taliban's end tonight is the news."""
    text = ("The Taliban said on Tuesday they would not extend their truce, which ends at midnight tonight. The "
            "announcement came a day after President Ghani extended the government ceasefire.")
    assert _events(text, tracked=(KABUL, TALIBAN)) == [("Taliban truce", "expiring", datetime(2024, 3, 12, 19, 30, tzinfo=UTC))]


def test_a_truce_that_has_not_begun_is_neither_started_nor_breached():
    """Headline "South Lebanon ceasefire start delayed"; body "The ceasefire, which had been due to take
    effect at 8:30 a.m. on Tuesday, has not begun ... strikes and shelling continued": no start (a
    noun), and no breach of a truce not yet running."""
    text = ("The ceasefire in south Lebanon, which had been due to take effect at 8:30 a.m. (0630 GMT) on Tuesday, has "
            "not begun, the army said. Strikes and shelling continued in south Lebanon, killing at least eight people.")
    assert _kinds(text, title="South Lebanon ceasefire start delayed as sides trade blame") == []


def test_an_understanding_violated_is_not_declared():
    """"the militia had repeatedly violated their understanding to halt all firing in south Lebanon":
    the understanding is breached, not declared."""
    text = ("The army said late on Tuesday that the militia had repeatedly violated their understanding to halt all "
            "firing and military action in south Lebanon.")
    assert _kinds(text) == ["violation"]


def test_a_halt_to_operations_is_truce_vocabulary():
    """"the army's halt to operations": a truce, as "a halt to military operations" is."""
    assert _kinds("The army's halt to operations in south Lebanon took effect at 6 a.m. on Tuesday.") == ["declared"]


def test_a_truce_named_by_a_past_year_signed_is_history():
    """"The border village, where the 2006 south Lebanon truce was signed, is a tourist stop": the
    year names the truce; its signing is history."""
    text = "The border village, where the 2006 south Lebanon truce was signed, is now a stop for tourists."
    assert _kinds(text) == []


def test_clashes_after_a_truce_ends_are_no_breach():
    """Headline "Clashes flare near Tyre after south Lebanon truce ends": after the end (a headline's
    present), not inside the truce."""
    text = ("Troops and militia fighters clashed in south Lebanon over the weekend, the army said on Tuesday, days "
            "after the militia's truce ran out at midnight on Friday and the president scrapped the government's own truce.")
    assert "violation" not in _kinds(text, title="Clashes flare in south Lebanon after militia truce ends")


@pytest.mark.parametrize("text", [
    "A ceasefire in south Lebanon took effect at dawn on Tuesday. Hours later, the army and the militia struck a deal on prisoners.",
    "A ceasefire in south Lebanon took effect at dawn on Tuesday. Hours later, troops moved north under a separate accord struck with the militia.",
])
def test_a_deal_struck_is_no_attack(text):
    """"struck a deal", "a separate accord struck with": an agreement made, not a strike."""
    assert _kinds(text) == ["declared"]


@pytest.mark.parametrize("text", [
    "A ceasefire took effect at midnight in south Lebanon, halting the air strikes that had pounded the region for three months.",
    "A ceasefire took effect at midnight in south Lebanon, ending shelling that has battered border villages for six weeks.",
])
def test_how_long_the_war_went_on_is_no_truce_length(text):
    """"halting the air strikes that had pounded the region for three months": the span of what the
    truce halts, told in a relative clause, is neither the truce's length nor a breach."""
    assert _events(text) == [("Lebanon", "declared", None)]


@pytest.mark.parametrize("text,title", [
    ("The militia said on Tuesday that the south Lebanon truce, in force since January, had been rendered void by the army's raids.", ""),
    ("The militia said on Tuesday it no longer recognised the arrangement after the army's raids.", "Militia says south Lebanon truce void"),
])
def test_a_truce_rendered_void_collapsed(text, title):
    """"had been rendered void", headline "truce void": the truce is over."""
    assert _kinds(text, title=title) == ["collapsed"]


def test_a_truce_that_would_be_void_has_not_collapsed():
    text = "The militia warned that the south Lebanon truce would be void if the raids continued."
    assert _kinds(text) == []


def test_repeated_declarations_that_a_truce_is_void_are_history():
    text = ("The south Lebanon truce has survived border shootings and repeated militia declarations that the truce is "
            "void, analysts said on Tuesday.")
    assert "collapsed" not in _kinds(text)


def test_the_raid_a_halt_follows_is_no_breach():
    """Headline "48-hour halt in air strikes on south Lebanon after Qana raid": the raid led to the
    halt, as in "ceasefire after deadly border clashes"."""
    text = "Israel has agreed to suspend air strikes on south Lebanon for 48 hours, a US spokesman said on Tuesday."
    assert _kinds(text, title="Israel agrees to 48-hour halt in air strikes on south Lebanon after Tyre raid") == ["declared"]


def test_keeping_a_new_truce_in_place_until_is_its_term():
    """"agreed to a 72-hour ceasefire from midnight ... Diplomats said that would keep the truce in
    place until midnight on Friday": the new truce's term, not an extension."""
    text = ("The army and the militia agreed on Tuesday to a ceasefire in south Lebanon starting at midnight tonight, "
            "to last for seventy-two hours. Diplomats said that would keep the truce in place until midnight on Friday.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 15, 22, 0, tzinfo=UTC))]


def test_a_new_truce_to_remain_in_force_until_is_declared():
    text = ("The army and the militia signed an agreement on Tuesday on a temporary ceasefire in south Lebanon, "
            "to remain in force until March 20.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 20, 22, 0, tzinfo=UTC))]


def test_the_truce_to_stay_in_force_until_is_still_an_extension():
    text = "Washington announced on Tuesday that the south Lebanon truce would stay in force until March 20."
    assert _kinds(text) == ["extended"]


def test_fire_after_the_start_clock_is_a_breach():
    """"ordered his forces to cease fire from 6 o'clock this morning ... residents said heavy weapons
    fire continued after 6 am": the fire came after the very time given as the truce's start."""
    text = ("The president has ordered the army to cease fire in south Lebanon from 6 o'clock this morning, his "
            "spokesman said on Tuesday. The militia welcomed the order. Residents of two border villages said heavy "
            "weapons fire continued after 6 am, with tank rounds landing near the market.")
    assert _kinds(text) == ["declared", "violation"]


def test_fire_after_another_clock_is_no_breach():
    text = ("The president has ordered the army to cease fire in south Lebanon from 6 o'clock this morning, his "
            "spokesman said on Tuesday. The militia welcomed the order. Residents of two border villages said heavy "
            "weapons fire continued after 4 am, before the order took hold.")
    assert _kinds(text) == ["declared"]


@pytest.mark.parametrize("text,hour", [("from 6 o'clock this morning", 4), ("from 2 o'clock this afternoon", 12), ("from 6 o'clock this evening", 16)])
def test_o_clock_with_a_part_of_today(text, hour):
    got = find_phrases(fold(text), PUB, zone("Asia/Beirut"))
    assert [p.instant for p in got] == [datetime(2024, 3, 12, hour, 0, tzinfo=UTC)]


def test_collapsed_as_an_adjective_is_no_collapse():
    """"part of an effort to revive the collapsed 2015 peace deal": an old collapse, named."""
    text = ("The south Lebanon truce, signed last Thursday, is part of an effort to revive the collapsed 2006 "
            "truce, envoys said on Tuesday.")
    assert "collapsed" not in _kinds(text)


@pytest.mark.parametrize("text", [
    "The government and the militia signed an agreement on Tuesday to cease armed confrontation in south Lebanon.",
    "The cessation of armed confrontation in south Lebanon took effect at 6 a.m. on Tuesday.",
])
def test_armed_confrontation_ceased_is_truce_vocabulary(text):
    assert _kinds(text) == ["declared"]


def test_a_day_in_which_is_no_truce_length_and_its_fighting_came_before():
    """"declared a unilateral ceasefire from 9 p.m. ... The announcement came at the end of a day in
    which jets hit targets": "a day in which" is no length, and its attacks came before the truce."""
    text = ("The militia declared a unilateral ceasefire in south Lebanon from 9 a.m. on Tuesday. The announcement "
            "came at the end of a night in which jets hit targets around the region and armoured columns fought militia units.")
    assert _events(text) == [("Lebanon", "declared", None)]
    assert find_durations("came at the end of a day in which jets hit targets") == []


def test_agreed_at_talks_somewhere_to_a_truce_is_declared():
    """"agreed at EU-sponsored talks in Brussels on Wednesday to a truce lasting until January 15": the
    place of the talks between the verb and its truce."""
    text = "The army and the militia agreed at talks in Cyprus on Tuesday to a truce in south Lebanon lasting until March 20."
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 20, 22, 0, tzinfo=UTC))]


@pytest.mark.parametrize("text", [
    "The army and the militia agreed at talks in Cyprus on Tuesday to reaffirm their commitment to the 2006 truce in south Lebanon.",
    "The two defence ministers agreed at a meeting in Cyprus on Tuesday to let observers monitor the south Lebanon truce.",
    "A militia official said a truce in south Lebanon had almost been agreed on Monday night, but the understanding fell apart.",
])
def test_agreeing_to_shore_up_a_truce_is_no_declaration(text):
    assert "declared" not in _kinds(text)


def test_a_truce_held_since_a_past_date_does_not_date_its_end():
    """"launched an offensive on Tuesday, tearing up the ceasefire that had held since the end of
    January": the date is the truce's age, not when it was torn up."""
    text = ("Militia fighters launched a broad offensive in south Lebanon on Tuesday, tearing up the ceasefire that "
            "had held, uneasily, since the end of January.")
    assert "collapsed" in _kinds(text)


def test_a_truce_with_no_meaning_anymore_collapsed():
    text = "The militia said on Tuesday that its south Lebanon truce had no meaning anymore after the night's raids."
    assert _kinds(text) == ["collapsed"]


def test_observing_a_truce_as_long_as_is_a_condition():
    text = ("Aid convoys set off for south Lebanon on Tuesday after the army declared a truce last week and the "
            "militia said it would observe it as long as aid was delivered.")
    assert _kinds(text) == []


@pytest.mark.parametrize("text", [
    "Beirut shares extended their rally on Tuesday as investors bet the south Lebanon truce would lead to a lasting calm.",
    "The militia extended its control over two villages on Tuesday, the day the south Lebanon truce began.",
])
def test_extending_something_else_is_no_extension(text):
    assert "extended" not in _kinds(text)


def test_a_headline_truce_in_tatters_collapsed():
    """Headline "Israel pounds Gaza in heaviest strikes since January truce; ceasefire in tatters": no
    verb between the truce and "in tatters"."""
    text = "Warplanes struck targets across south Lebanon before dawn on Tuesday, killing dozens of people."
    assert "collapsed" in _kinds(text, title="Israel pounds south Lebanon in heaviest strikes since January; ceasefire in tatters")


def test_no_confirmed_reports_of_clashes_is_no_breach():
    text = "Aid agencies said on Tuesday that they had no confirmed reports of clashes since the south Lebanon truce began."
    assert "violation" not in _kinds(text)


def test_fire_until_before_the_start_is_no_breach():
    """"came into force at one minute past midnight on Thursday ... shelling went on until late on
    Wednesday evening": the fire stopped before the truce began."""
    text = ("A ceasefire in south Lebanon came into force at one minute past midnight on Tuesday, and front-line "
            "reports spoke of calm. Army officials said heavy shelling in south Lebanon went on until late "
            "on Monday evening.")
    assert _kinds(text) == ["declared"]



@pytest.mark.parametrize("text", [
    "UN officials said on Tuesday that violations of the south Lebanon truce have fallen sharply in recent weeks.",
    "Breaches of the south Lebanon truce have been rare since it began, UN officials said on Tuesday.",
])
def test_a_trend_in_breaches_is_no_breach(text):
    assert "violation" not in _kinds(text)


def test_shelling_reported_earlier_on_the_day_a_truce_began_came_before_it():
    text = ("A ceasefire in south Lebanon took effect at 8 a.m. on Tuesday, the army said. Shelling of two south Lebanon "
            "villages was reported earlier on Tuesday.")
    assert _kinds(text) == ["declared"]


def test_breaches_many_times_during_the_month_are_the_record_of_an_expired_truce():
    text = ("The 30-day south Lebanon truce has expired, officials said on Tuesday. Both sides accused each other of "
            "breaching the truce many times during the month.")
    assert _kinds(text) == ["expired"]


def test_a_truce_over_with_no_term_told_collapsed():
    """"'The ceasefire is over. The government has declared war on us'": the item tells no end or term,
    so the truce was ended, not run out."""
    text = ("Government jets bombed militia positions in south Lebanon on Tuesday, the first major attack since the "
            "truce took hold in 2022. \"The ceasefire is over. The government has declared war on us,\" a militia "
            "spokesman said.")
    assert "collapsed" in _kinds(text) and "expired" not in _kinds(text)


def test_a_truce_over_after_its_term_expired():
    text = ("The ten-day south Lebanon truce was over on Tuesday, the army said, and troops were ordered to resume "
            "operations.")
    assert _kinds(text) == ["expired"]


def test_fire_after_the_announcement_of_a_truce_is_a_breach():
    text = ("The government declared an immediate ceasefire in south Lebanon on Tuesday. A militia spokesman in "
            "south Lebanon said tanks and artillery had pounded two villages after the announcement, killing 25 people.")
    assert _kinds(text) == ["declared", "violation"]


def test_an_attack_after_a_truce_the_group_itself_proclaimed_came_into_force():
    text = ("Militia fighters attacked a border town in south Lebanon on Tuesday, barely a day after a unilateral "
            "humanitarian ceasefire the group itself had proclaimed came into force.")
    assert "violation" in _kinds(text)


def test_fighting_a_day_after_a_long_named_signatory_list_signed_a_truce():
    text = ("At least 100 people were killed in fighting in a south Lebanon town on Tuesday, just a day after the "
            "government and 13 of the region's 14 armed groups signed an agreement in Rome providing for an immediate ceasefire.")
    assert "violation" in _kinds(text)


def test_a_curfew_lifted_is_no_truce_lifted():
    """"Basra was quiet after Sadr's call to stop fighting, and a curfew in Baghdad was lifted": the
    curfew is what was lifted."""
    text = ("South Lebanon was quiet on Tuesday for a second day after the militia leader's call for his followers to "
            "stop fighting, and a curfew in Tyre was lifted.")
    assert "collapsed" not in _kinds(text)


def test_a_truce_lifted_collapsed():
    assert _kinds("The government said the south Lebanon ceasefire was lifted effective 7 a.m. on Tuesday.") == ["collapsed"]


def test_clashes_the_night_before_a_truce_announced_today_came_before_it():
    text = ("The presidential council announced a ceasefire in south Lebanon on Tuesday after two nights of heavy "
            "fighting. Clashes on Monday night between two militias spread through residential districts of south Lebanon.")
    assert _kinds(text) == ["declared"]


def test_clashes_the_morning_a_truce_took_effect_are_still_read():
    text = ("A ceasefire came into force in south Lebanon just after midnight on Tuesday. The monitor said clashes "
            "broke out in the early hours in south Lebanon, and a truce brokered in Moscow on Monday was not complete.")
    assert _kinds(text) == ["declared", "violation"]


def test_the_offensive_a_truce_followed_came_before_it():
    text = ("The army and the militia agreed to a ceasefire in south Lebanon on Monday evening, the envoy said. The "
            "agreement, which the envoy negotiated as chairman of the contact group, followed a militia offensive on "
            "Saturday in which the army lost control of south Lebanon and at least 50 soldiers were killed.")
    assert _kinds(text) == ["declared"]


def test_the_worst_breach_of_a_truce_named_by_its_month():
    """"It was the worst breach of the October ceasefire": the month names the truce, it does not
    date the breach."""
    text = ("Monitors found at least 40 bodies in a south Lebanon village on Tuesday. It was the worst breach of the "
            "January ceasefire, which has been strained for weeks by ambushes and raids.")
    assert "violation" in _kinds(text)


def test_a_truce_violated_so_often_is_its_record_at_its_expiry():
    text = ("The four-month south Lebanon truce expired at midnight on Monday without being renewed. The prime minister "
            "said the south Lebanon truce had been violated so often that it was not worth the paper it was written on.")
    assert _kinds(text) == ["expired"]


@pytest.mark.parametrize("tail", ["and it threatened to unravel the shaky NATO-brokered ceasefire.",
                                  "testing the shaky ceasefire."])
def test_an_ambush_beside_a_shaky_truce_breaches_it(tail):
    text = ("Ten soldiers were killed in south Lebanon on Tuesday when guerrillas ambushed an army convoy, the ministry "
            "said. The ambush came hours after leaders initialled a peace deal, " + tail)
    assert "violation" in _kinds(text)


def test_military_operations_would_halt_from_until_is_a_truce_with_its_end():
    """"The general command said that military operations would halt from Friday morning until Monday":
    the truce and its end, told without the word truce."""
    text = ("The army began observing a holiday pause in south Lebanon on Tuesday. The command said on Monday that "
            "military operations would halt from Tuesday morning until Friday.")
    assert ("Lebanon", "declared", datetime(2024, 3, 15, 22, 0, tzinfo=UTC)) in _events(text)


def test_prolonging_the_governments_separate_truce_is_not_the_tracked_ones():
    """"Ghani prolonged the government's separate ceasefire ... the Taliban said its three-day truce
    would end at midnight on Sunday": the tracked truce ends; the other was extended."""
    text = ("President Ashraf Ghani on Saturday prolonged the government's separate ceasefire and urged the insurgents "
            "to do the same. But a Taliban spokesman said on Sunday that its three-day truce would end at midnight on Sunday.")
    pub = datetime(2018, 6, 17, 8, 30, tzinfo=UTC)
    assert _events(text, tracked=(TALIBAN,), pub=pub) == [("Taliban truce", "expiring", datetime(2018, 6, 17, 19, 30, tzinfo=UTC))]


def test_a_daily_window_on_a_list_of_days_ends_on_the_first():
    """"will observe a ceasefire from 08:00 to 18:00 Moscow time on 5, 6 and 7 May": the first
    window's end; "between 3 and 4 May" stays a window to its last day."""
    text = "The army said on Tuesday it would observe a ceasefire in south Lebanon from 08:00 to 18:00 on 14, 15 and 16 March."
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 14, 16, 0, tzinfo=UTC))]
    got = find_phrases(fold("a truce between 14 and 15 march"), PUB, zone("Asia/Beirut"))
    assert [p.instant for p in got if p.role == "end"] == [datetime(2024, 3, 15, 22, 0, tzinfo=UTC)]


def test_using_a_truce_to_regroup_attack_or_expand_is_no_attack():
    text = ("The army declared a ceasefire in south Lebanon on Tuesday and warned that armed groups should not use the "
            "truce to regroup, attack, or expand territory.")
    assert _kinds(text) == ["declared"]


def test_a_weekday_before_a_past_relative_clause_is_the_last_such_day():
    """"The ambush on Saturday, which killed a militiaman", read on Tuesday: three days ago, not
    four days ahead."""
    got = find_phrases(fold("the militia ambush in tyre on saturday, which killed a soldier, angered the president"),
                       PUB, zone("Asia/Beirut"))
    assert [p.instant.date() for p in got] == [datetime(2024, 3, 9).date()]


def test_criminal_incidents_are_no_breach():
    text = ("No major attacks have been claimed by the militia since the south Lebanon truce began, although police say "
            "criminal incidents blamed on local gangs continue.")
    assert "violation" not in _kinds(text)


def test_first_remarks_since_the_truce_frame_no_attack():
    text = ("In his first public remarks since the truce, the militia leader said on Tuesday that Israeli strikes on "
            "south Lebanon had achieved nothing.")
    assert "violation" not in _kinds(text)


def test_a_pair_named_in_mixed_forms_across_the_truces_pair_names():
    """Tracked as "Thailand-Cambodia ceasefire" and "Thai-Cambodian border": "Thai army says Cambodia
    broke truce" names both parties, one form from each name."""
    spec = TruceSpec("Thai-Cambodian border ceasefire", "Asia/Bangkok", ("Thailand-Cambodia ceasefire", "Thai-Cambodian border"))
    text = ("The army said on Tuesday that troops had attacked several border posts overnight in breach of the "
            "ceasefire, with sporadic clashes continuing into the morning.")
    got = _kinds(text, tracked=(spec,), title="Thai army says Cambodia broke truce overnight")
    assert got == ["violation"]


def test_a_bomb_hours_before_a_truce_lapsed_breached_it():
    text = ("The south Lebanon ceasefire lapsed at midnight on Monday, two weeks after the government gave notice. "
            "Hours before the end, a bomb tore through a crowded bus in a border town, killing at least 26 people.")
    assert _kinds(text) == ["expired", "violation"]


def test_harassment_fire_is_an_attack():
    text = ("The south Lebanon truce expires at 10 p.m. local time on Tuesday. The defence ministry said on Tuesday "
            "morning that provocations by militia fighters had continued, with harassment fire on army positions in "
            "south Lebanon, but that troops were sticking to the truce.")
    assert "violation" in _kinds(text)


def test_an_attack_blamed_on_a_group_that_rejected_the_truce_is_no_breach():
    text = ("Gunmen killed 14 people in an attack on a market in south Lebanon on Monday night. Officials blamed "
            "the Ansar brigade, which has rejected the truce the militia declared last week.")
    assert "violation" not in _kinds(text, title="Market massacre tests south Lebanon truce")


@pytest.mark.parametrize("verb", ["is extended", "was extended", "has been extended", "will be extended"])
def test_an_end_with_a_clock_and_a_date_after_until_is_ahead(verb):
    """The past-tense act dates the day after "on" ("took effect on 29 January"), but not when
    "until" comes between: "extended until 6 pm on April 30" ends ahead, not last year."""
    got = _events(f"The south Lebanon truce {verb} until 6 pm on April 30, the army said.")
    assert got == [("Lebanon", "extended", datetime(2024, 4, 30, 15, 0, tzinfo=UTC))]


@pytest.mark.parametrize("part", ["morning", "afternoon", "evening", "early hours"])
def test_the_part_of_a_day_before_it_leaves_the_end_unstated(part):
    got = _events(f"A south Lebanon truce took effect at noon on Tuesday and will last until the {part} of Friday, the army said.")
    assert got == [("Lebanon", "declared", None)]


@pytest.mark.parametrize("night", ["midnight between Thursday and Friday", "midnight on the night of Thursday to Friday",
                                   "midnight in the night from Thursday into Friday"])
def test_midnight_on_the_night_between_two_days_ends_the_first(night):
    got = _events(f"The south Lebanon truce has been extended until {night}, the army said.")
    assert got == [("Lebanon", "extended", datetime(2024, 3, 14, 22, 0, tzinfo=UTC))]


def test_a_window_from_midnight_on_one_day_to_the_next_still_ends_on_the_second():
    got = _events("The army declared a truce in south Lebanon from midnight Thursday to Friday.")
    assert got == [("Lebanon", "declared", datetime(2024, 3, 15, 22, 0, tzinfo=UTC))]


def test_fire_by_the_afternoon_of_a_truce_that_took_effect_today_breaches_it():
    text = ("A ceasefire in south Lebanon took effect at 8 a.m. on Tuesday. By the afternoon the army said "
            "militia fighters had fired mortars at its positions near the border.")
    assert _kinds(text) == ["declared", "violation"]


def test_a_headline_bombing_the_body_pins_on_islamic_state_breaches_no_truce():
    text = ("The government extended its ceasefire with the Taliban by ten days on Saturday. Hours earlier, a "
            "suicide bomber struck a crowd celebrating the truce in the east, killing at least 20 people. "
            "The Islamic State group claimed responsibility.")
    got = _kinds(text, tracked=(KABUL,), title="Bombing hits Afghan ceasefire celebrations")
    assert "violation" not in got


def test_within_hours_without_a_comma_still_dates_the_fire_after_the_start():
    text = ("A ceasefire took effect in south Lebanon at midnight. Within hours the army said militia forces had "
            "fired on its positions south of the capital.")
    assert _kinds(text) == ["declared", "violation"]


def test_charges_within_hours_then_spelled_out_in_the_next_sentence_breach_the_truce():
    text = ("A ceasefire took effect in south Lebanon at midnight. Within hours both sides were trading "
            "accusations. The army said militia forces had fired on its positions near the border.")
    assert _kinds(text) == ["declared", "violation"]


def test_a_committee_that_has_yet_to_begin_work_leaves_the_truce_running():
    text = ("The militia said it fired two mortar rounds at an army position in south Lebanon on Monday, its first "
            "claimed attack since the ceasefire began last Wednesday. Officials say the other side has breached the "
            "truce many times since it took hold; a monitoring committee has yet to begin work.")
    assert _kinds(text) == ["violation"]


def test_a_participle_after_its_group_is_no_subject_of_the_cue():
    text = "A two-week ceasefire announced by the coalition fighting in south Lebanon took effect at noon on Tuesday."
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 26, 10, 0, tzinfo=UTC))]


def test_a_permanent_truce_aimed_at_leaves_this_ones_end():
    text = ("A two-week ceasefire took effect in south Lebanon at noon on Tuesday. The army said in a statement that "
            "the truce was meant to create conditions for a meeting of both sides under the UN envoy to agree a "
            "permanent ceasefire.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 26, 10, 0, tzinfo=UTC))]


def test_what_must_end_for_the_truce_to_hold_ends_no_truce():
    text = ("A ceasefire in south Lebanon took effect at midnight. The government said militancy must end for the "
            "ceasefire to hold.")
    assert _kinds(text) == ["declared"]


def test_attacks_in_a_list_a_pledge_will_stop_are_not_reported():
    text = ("The government and the militia agreed on Tuesday, at the end of two days of talks in Geneva, to respect "
            "and uphold the south Lebanon ceasefire and to take all necessary measures to stop intimidation, violence "
            "and attacks, the UN envoy told reporters.")
    assert "violation" not in _kinds(text, title="Both sides pledge in Geneva to uphold shaky ceasefire")


def test_a_deal_that_stopped_short_of_a_truce_declares_none():
    text = ("The south Lebanon militia and government negotiators signed a five-point agreement on Tuesday under "
            "which they will work to reduce and halt hostilities and continue talks, but they stopped short of a "
            "formal ceasefire.")
    assert "declared" not in _kinds(text)


def test_a_truce_that_will_apply_from_a_start_to_an_end_is_declared():
    text = ("The army said on Tuesday it would suspend operations in the south for six weeks. The ceasefire would "
            "apply from March 12 until April 30 in south Lebanon, it said.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 4, 30, 21, 0, tzinfo=UTC))]


@pytest.mark.parametrize("found", ["a bomb found in Tyre", "a bomb that was defused in Tyre", "a car bomb discovered near the port of Tyre"])
def test_a_bomb_found_before_it_went_off_is_no_attack(found):
    text = f"The south Lebanon ceasefire that began in January has largely held, despite {found} that the militia denied planting."
    assert "violation" not in _kinds(text)


@pytest.mark.parametrize("verb", ["rejected", "dismissed", "refuted"])
def test_charges_rejected_by_the_accused_report_no_breach(verb):
    assert "violation" not in _kinds(f"The militia {verb} accusations that it had breached the south Lebanon truce.")


def test_violations_of_a_truce_in_a_place_that_have_fallen_are_a_trend():
    assert "violation" not in _kinds("The UN envoy said violations of the ceasefire in south Lebanon had fallen sharply.")


@pytest.mark.parametrize("truce", ["the south Lebanon truce", "the ceasefire in south Lebanon"])
def test_a_deal_to_extend_that_is_close_is_not_made(truce):
    assert _kinds(f"The UN envoy said a deal to extend {truce} was close.") == []


@pytest.mark.parametrize("when", ["on Tuesday", "late on Monday", "citing the shelling"])
def test_a_truce_declared_over_with_a_day_after_it_collapsed(when):
    got = _events(f"The militia declared the south Lebanon truce over {when}.")
    assert got == [("Lebanon", "collapsed", None)]


def test_the_second_infinitive_after_a_call_is_called_for_too():
    text = ("The UN envoy said on Tuesday he was pressing the militia and the government in Beirut to renew the "
            "south Lebanon truce that ran out on Saturday night, and to extend it for a further 72 hours or longer.")
    assert "extended" not in _kinds(text)


@pytest.mark.parametrize("agreed", ["agreed on Sunday to a ceasefire", "agreed on Sunday to stop all firing"])
def test_a_day_in_or_right_before_the_cue_dates_it(agreed):
    """Read on Tuesday, "since they agreed on Sunday to ..." is two days old: history."""
    text = f"The army said on Tuesday that south Lebanon had a calm night, the first since both sides {agreed}."
    assert _kinds(text) == []


def test_an_agreement_dated_yesterday_is_still_news():
    assert _kinds("Both sides agreed on Monday to a ceasefire in south Lebanon, the army said on Tuesday.") == ["declared"]


@pytest.mark.parametrize("held", ["had been broadly holding despite sporadic clashes",
                                  "is broadly holding despite sporadic clashes"])
def test_a_truce_that_held_despite_attacks_is_a_record_not_a_breach(held):
    text = f"The UN envoy said on Tuesday that the south Lebanon ceasefire {held}."
    assert "violation" not in _kinds(text)


def test_a_period_set_out_in_the_truce_that_expired_is_not_the_truce():
    text = ("The UN mission said the 90-day period set out in the south Lebanon ceasefire agreement for the "
            "withdrawal of all foreign fighters expired on Monday without any withdrawal, while the ceasefire holds.")
    assert "expired" not in _kinds(text)


@pytest.mark.parametrize("norm", ['a "shocking violation" of Lebanese sovereignty', "a breach of international humanitarian law"])
def test_a_breach_of_another_norm_is_no_truce_breach(norm):
    text = f"The UN envoy said on Tuesday the south Lebanon ceasefire continues to hold, but that the presence of foreign fighters is {norm}."
    assert "violation" not in _kinds(text)


def test_reductions_in_fighting_report_no_fighting():
    text = ('"We welcome the extension of the south Lebanon truce," the envoy said, adding that the two weeks since '
            'it began had seen "significant" reductions in fighting and allowed aid to reach the border villages.')
    assert "violation" not in _kinds(text, title="US says south Lebanon truce extended")


def test_a_fall_in_the_number_of_violations_is_a_trend():
    text = ("Participants noted that the measures to strengthen the south Lebanon ceasefire, in effect since January, "
            "had led to a substantial reduction in the number of ceasefire violations.")
    assert "violation" not in _kinds(text)


def test_a_truce_said_to_have_been_in_force_since_this_evening_is_declared():
    text = ("The army's spokesman said on Tuesday evening that, with the involvement of the international community, "
            "an agreement had been reached on a ceasefire in south Lebanon, and that it had been in force since "
            "20:00 local time (18:00 GMT).")
    assert _kinds(text, pub=datetime(2024, 3, 12, 19, 40, tzinfo=UTC)) == ["declared"]


def test_a_truce_in_force_since_today_is_declared():
    got = _kinds("The south Lebanon ceasefire has been in force since 6 a.m., the army said.")
    assert got == ["declared"]


def test_violations_tallied_over_the_past_months_are_no_breach_news():
    text = ("Only a handful of ceasefire violations have been recorded in south Lebanon in the past twelve months, "
            "compared with more than 5,000 in 2020, officials said.")
    assert "violation" not in _kinds(text)


def test_violations_over_the_past_day_are_still_news():
    text = "The army reported 12 violations of the ceasefire in south Lebanon over the past 24 hours."
    assert _kinds(text) == ["violation"]


def test_fighting_after_a_cessation_of_hostilities_took_effect_breaches_it():
    text = ("The monitors said they had received reports of fighting between the army and the militia in south "
            "Lebanon on Sunday and Monday, after the Agreement on Cessation of Hostilities, Protection of Civilians and "
            "Humanitarian Access came into force at 00:01 hours on Sunday. Each side blamed the other.")
    got = _kinds(text, title="Monitors report fighting after south Lebanon cessation of hostilities took effect")
    assert got == ["violation"]


def test_a_bomb_months_after_a_group_declared_its_truce_breaches_it():
    text = ("A van bomb ripped through a car park at the port of Tyre on Saturday morning, nine months after the "
            "militia declared a \"permanent ceasefire\" in south Lebanon.")
    assert _kinds(text, title="Militia car bomb at Tyre port") == ["violation"]


def test_attacks_months_after_a_truce_was_declared_at_an_end_breach_nothing():
    text = ("Two months after the militia declared its 2006 ceasefire with the army at an end, its news agency "
            "publishes almost daily bulletins claiming artillery attacks on army positions in south Lebanon.")
    assert "violation" not in _kinds(text)


def test_open_to_extending_is_a_willingness_not_an_extension():
    assert _kinds("", title="Hezbollah says open to extending south Lebanon truce") == []


def test_a_headline_breaking_a_truce_with_a_two_word_name():
    assert _kinds("", title="Shelling breaks south Lebanon truce") == ["violation"]


def test_a_headline_truce_that_expires_without_extension_has_expired():
    assert _kinds("", title="South Lebanon truce expires without extension") == ["expired"]


@pytest.mark.parametrize("title", ["South Lebanon truce gets 72-hour extension", "South Lebanon truce granted another week's extension"])
def test_a_truce_that_gets_an_extension_is_extended(title):
    assert _kinds("", title=title) == ["extended"]


def test_a_headline_agree_with_the_truce_as_its_object_declares_it():
    assert _kinds("", title="Israel, Hezbollah agree south Lebanon ceasefire") == ["declared"]


def test_a_headline_agree_in_principle_declares_nothing():
    assert _kinds("", title="Israel agrees 'in principle' to south Lebanon ceasefire") == []


@pytest.mark.parametrize("verb", ["will", "would"])
def test_a_party_that_will_end_its_truce_at_a_time_ahead_has_it_expiring(verb):
    """A party's own truce ended at a time it states ahead is expiring (the corpus convention),
    not collapsed; with no time, nothing; an act "that will end" the truce is not this."""
    got = _events(f"The militia said it {verb} end its south Lebanon ceasefire on Friday.")
    assert got == [("Lebanon", "expiring", datetime(2024, 3, 15, 22, 0, tzinfo=UTC))]
    assert _kinds(f"The militia said it {verb} end its south Lebanon ceasefire.") == []


def test_another_areas_truce_starting_later_today_does_not_hold_back_this_ones_breach():
    gaza = TruceSpec("Gaza", "Asia/Gaza", ("Gaza ceasefire", "Gaza"))
    text = ("A ceasefire took effect in Gaza at noon on Tuesday. On Tuesday evening, rockets were fired from south "
            "Lebanon, breaking the truce there.")
    assert sorted(_events(text, tracked=(LEBANON, gaza))) == [("Gaza", "declared", None), ("Lebanon", "violation", None)]


def test_a_collapse_days_before_is_background():
    text = "The army declared a truce in south Lebanon on Tuesday, days after the south Lebanon ceasefire collapsed."
    assert _kinds(text) == ["declared"]


def test_a_truce_in_force_since_a_day_and_shaken_frames_the_attack():
    text = ("The south Lebanon truce, in force since Sunday, was shaken on Tuesday when militia fighters fired "
            "rockets at an army post.")
    assert _kinds(text) == ["violation"]


def test_people_displaced_by_a_named_offensive_tell_no_attack():
    text = ("The south Lebanon ceasefire, in force since March 6, has largely held, though nearly a million people "
            "displaced by the government offensive remain in camps.")
    assert "violation" not in _kinds(text)


@pytest.mark.parametrize("window", ["from Friday to Sunday", "from Friday until Sunday", "from noon on Friday to midnight on Sunday"])
def test_a_window_ending_on_a_weekday_before_its_start_ends_the_week_after(window):
    """Read on Tuesday, "Sunday" alone is two days back; after "from Friday" it is the Sunday to come."""
    assert _events(f"The army declared a truce in south Lebanon {window}.") == [
        ("Lebanon", "declared", datetime(2024, 3, 17, 22, 0, tzinfo=UTC))]


@pytest.mark.parametrize("until", ["until the end of Ramadan on April 9", "until the end of Ramadan, on April 9"])
def test_the_end_of_a_season_then_its_date_ends_the_truce(until):
    assert _events(f"The army declared a truce in south Lebanon {until}.") == [
        ("Lebanon", "declared", datetime(2024, 4, 9, 21, 0, tzinfo=UTC))]


def test_a_pause_that_will_be_observed_on_a_day_from_one_hour_to_another():
    text = "A humanitarian pause will be observed in south Lebanon on Wednesday from 8 a.m. to 4 p.m., the UN said."
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 13, 14, 0, tzinfo=UTC))]


@pytest.mark.parametrize("clock, hour", [("8 o'clock on Friday morning", 8), ("8 o'clock on Friday evening", 20)])
def test_o_clock_then_a_day_and_its_part(clock, hour):
    got = _events(f"The south Lebanon truce has been extended until {clock}, the army said.")
    assert got == [("Lebanon", "extended", datetime(2024, 3, 15, hour - 2, 0, tzinfo=UTC))]


def test_an_attack_during_the_truce_breaches_it():
    text = "An air strike hit a school in Tyre on Monday morning, killing 20 children."
    assert _kinds(text, title="Children killed as air strike hits south Lebanon school during truce") == ["violation"]


def test_a_partys_attack_while_its_truce_runs_to_a_stated_end_breaches_it():
    spec = TruceSpec("Lebanon truce", "Asia/Beirut", ("south Lebanon truce", "Hezbollah-Israel truce"))
    text = ("Hezbollah said on Tuesday its six-month truce with Israel would end on Friday as scheduled and would not "
            "be renewed. Militants fired at least a dozen rockets into northern Israel on Tuesday, the army said.")
    got = _kinds(text, tracked=(spec,), title="Hezbollah says south Lebanon truce will end on Friday")
    assert got == ["expiring", "violation"]


@pytest.mark.parametrize("verb", ["had taken effect at dawn", "has taken hold"])
def test_a_truce_that_has_taken_effect_today_is_declared(verb):
    assert _kinds(f"The army told reporters on Tuesday that a ceasefire in south Lebanon {verb}.") == ["declared"]


def test_a_clash_beside_what_the_truce_requires_is_a_breach():
    text = ("Nineteen soldiers were killed in a daylong clash with militia fighters in south Lebanon on Tuesday. The "
            "militia said the soldiers entered its area without coordinating with the joint committee, as required "
            "under the truce.")
    assert _kinds(text) == ["violation"]


def test_fighting_the_report_calls_unrelated_to_the_truce_breaches_nothing():
    text = ("The south Lebanon truce was holding on Tuesday. Troops clashed with smugglers near the Syrian border, an "
            "operation the army said was unrelated to the ceasefire.")
    assert "violation" not in _kinds(text)


def test_an_attack_amid_the_truce_breaches_it():
    text = "Militia fighters shelled an army post in Tyre on Tuesday morning, killing two soldiers."
    assert _kinds(text, title="Shelling kills two in south Lebanon amid truce") == ["violation"]


@pytest.mark.parametrize("label", ["RECAP -", "Background:", "CONTEXT —"])
def test_a_recap_section_is_history(label):
    text = (f"The south Lebanon truce expired at 6 a.m. on Tuesday without a further extension. {label} The truce began "
            "on March 1 for five days and was extended by three days on Wednesday.")
    assert _kinds(text) == ["expired"]


def test_attacks_hours_before_the_calm_began_breach_nothing():
    text = ("A truce between Israel and Hezbollah took hold in south Lebanon at 5 a.m. on Tuesday. Gunmen shelled "
            "Metula hours before the calm began.")
    assert _kinds(text) == ["declared"]


@pytest.mark.parametrize("text, kinds", [
    ("A truce took effect in south Lebanon at 5 a.m. on Tuesday, with no rocket fire or Israeli air strikes reported "
     "in its first hours.", ["declared"]),
    # ("strikes" inside "air strikes" goes with it)
    ("The truce in south Lebanon held through Tuesday with no reports of rocket fire or air strikes from either "
     "side.", []),
])
def test_no_shelling_or_enemy_air_strikes_reported_is_no_breach(text, kinds):
    assert _kinds(text) == kinds


def test_the_announced_ceasefire_is_no_new_declaration():
    text = "Militia forces pushed into Tyre on Tuesday, shelling the town despite the government's announced ceasefire in south Lebanon."
    assert _kinds(text) == ["violation"]


def test_attacks_hours_before_the_announcement_breach_nothing():
    text = ("The government declared a ceasefire in south Lebanon on Tuesday. Hours before the announcement, militia "
            "forces shelled Tyre, residents said.")
    assert _kinds(text) == ["declared"]


@pytest.mark.parametrize("text", [
    "On Tuesday the government said reports that it had agreed to a ceasefire in south Lebanon were false.",
    "The army said on Tuesday that claims it had declared a truce in south Lebanon were completely untrue.",
])
def test_reports_of_a_truce_called_false_declare_nothing(text):
    assert _kinds(text) == []


@pytest.mark.parametrize("end", ["until December 31", "until 31 December", "until midnight on December 31"])
def test_a_yearless_end_months_back_is_next_years(end):
    pub = datetime(2024, 7, 1, 12, 0, tzinfo=UTC)  # 31 December 2023 is six months gone
    got = _events(f"The government on Monday extended the south Lebanon truce {end}.", pub=pub)
    assert got == [("Lebanon", "extended", datetime(2024, 12, 31, 22, 0, tzinfo=UTC))]


def test_announced_that_it_had_extended_is_news_of_an_extension():
    text = ("Hezbollah announced on Tuesday that it had extended by a week the truce in south Lebanon, which had been "
            "due to end at midnight on Wednesday.")
    assert _events(text) == [("Lebanon", "extended", datetime(2024, 3, 20, 22, 0, tzinfo=UTC))]


@pytest.mark.parametrize("adverb", ["occasionally", "sometimes"])
def test_breaches_told_as_occasional_are_a_habit(adverb):
    text = ("The government on Tuesday extended its truce in south Lebanon until March 31. Hezbollah has maintained "
            f"its own unilateral truce, though both sides have {adverb} accused each other of attacks in the south.")
    assert _kinds(text) == ["extended"]


def test_since_the_truce_was_declared_is_a_reference_point():
    text = "Aid convoys, which had grown in number since the truce in south Lebanon was declared, slowed this week."
    assert _kinds(text) == []


def test_clashes_an_earlier_event_sparked_are_a_reference_point():
    text = ("Militias in south Lebanon agreed on Tuesday to an immediate ceasefire. Twelve soldiers were killed when the "
            "army tried to retake a town in south Lebanon on Monday, days after a minister's visit there sparked clashes.")
    assert _kinds(text) == ["declared"]


@pytest.mark.parametrize("text", [
    "The UN Security Council on Tuesday ordered Israel and Hezbollah to halt fighting in south Lebanon within 48 hours.",
    "The court ordered both sides to stop all hostilities in south Lebanon.",
])
def test_an_order_from_a_council_or_court_is_a_demand(text):
    assert _kinds(text) == []


@pytest.mark.parametrize("text", [
    "Hezbollah said on Tuesday the truce in south Lebanon would no longer have an end date.",
    "Hezbollah on Tuesday made its south Lebanon truce open-ended.",
])
def test_a_truce_made_open_ended_is_extended_without_end(text):
    assert _events(text) == [("Lebanon", "extended", None)]


@pytest.mark.parametrize("span", ["for three days", "over Easter"])
def test_to_suspend_operations_for_a_span_is_a_truce(span):
    text = f"Hezbollah said on Tuesday it would suspend operations in south Lebanon {span}, its first holiday truce in years."
    assert _kinds(text) == ["declared"]


def test_declared_that_the_truce_is_over_in_quotes_is_no_declaration():
    text = ('In a statement on Tuesday, Hezbollah said Israel had broken the ceasefire in force since January and declared '
            'that "the truce in south Lebanon is over".')
    assert "declared" not in _kinds(text)


def test_an_attack_dated_before_a_start_stated_today_breaches_nothing():
    text = ("A ceasefire in south Lebanon came into force at 00:01 on Tuesday. Militia units had shelled Tyre late on "
            "Monday, hours before the deadline, the army said, but the night passed calmly.")
    assert _kinds(text) == ["declared"]


def test_an_ultimatums_term_is_not_the_truces_end():
    text = ("A ceasefire took effect at noon on Tuesday. The UN has given the militias in south Lebanon until 0001 GMT "
            "on March 21 to withdraw their heavy weapons from the border.")
    assert _events(text) == [("Lebanon", "declared", None)]


@pytest.mark.parametrize("title", ["Hezbollah rejects breach allegations as south Lebanon truce enters second day",
                                   "Israel denies ceasefire violation claims in south Lebanon"])
def test_a_headline_denying_breach_charges_reports_no_breach(title):
    assert "violation" not in _kinds("The truce held through Tuesday, officials said.", title=title)


def test_ready_in_principle_to_accept_is_no_declaration():
    text = "Hezbollah said on Tuesday it was ready in principle to accept a truce in south Lebanon."
    assert _kinds(text) == []


@pytest.mark.parametrize("title", ["Court jails pair for bomb that wrecked 2006 south Lebanon truce",
                                   "Court jails pair for bomb that ended the 2006 south Lebanon truce"])
def test_a_truce_named_by_a_past_year_is_history(title):
    assert _kinds("The judges found that the two men drove the van into the car park.", title=title) == []


def test_ending_a_truce_named_by_its_old_year_is_news():
    got = _kinds("Hezbollah said on Tuesday it was no longer bound by the truce.", title="Hezbollah declares end of 2006 south Lebanon truce")
    assert got == ["collapsed"]


def test_an_extension_by_n_from_its_own_sentences_old_end_beats_a_neighbours_end():
    text = ("The government said on Tuesday that its truce in south Lebanon, which had been due to end on Thursday, "
            "would be extended by ten days. Hezbollah's truce ends at midnight on Wednesday.")
    assert ("Lebanon", "extended", datetime(2024, 3, 24, 22, 0, tzinfo=UTC)) in _events(text)


def test_would_now_run_to_a_date_is_an_extension():
    text = "Hezbollah said on Tuesday that its truce in south Lebanon would now run to April 2."
    assert _events(text) == [("Lebanon", "extended", datetime(2024, 4, 2, 21, 0, tzinfo=UTC))]


def test_breaching_a_norm_is_no_truce_breach():
    text = ("A court in Beirut on Tuesday ruled that the minister breached ethical standards in a call about the "
            "south Lebanon truce.")
    assert "violation" not in _kinds(text)


@pytest.mark.parametrize("title", ["Hezbollah says south Lebanon truce over; huge bomb rocks Haifa port",
                                   "South Lebanon truce expires, shelling resumes in Tyre"])
def test_an_attack_told_after_the_truces_end_in_a_headline_breaches_nothing(title):
    assert "violation" not in _kinds("The army said it was on alert.", title=title)


@pytest.mark.parametrize("month", ["at the end of May", "in late May"])
def test_the_month_may_is_no_modal_hedge(month):
    text = (f"The army said on Tuesday that its truce in south Lebanon, due to lapse {month}, would now run until June 30.")
    assert _kinds(text) == ["extended"]


@pytest.mark.parametrize("verb", ["dismissed", "denied"])
def test_a_denied_report_of_an_end_is_no_expiry(verb):
    text = (f"The army on Tuesday {verb} media reports that the truce agreed with Hezbollah in south Lebanon on 1 March "
            "was due to end on Thursday, saying it had no expiry date.")
    assert _kinds(text) == []


@pytest.mark.parametrize("text, title", [
    ("Trump posted on Tuesday: 'THE SOUTH LEBANON CEASEFIRE IS NOW IN EFFECT. PLEASE DO NOT VIOLATE IT!'", ""),
    ("Officials confirmed the news on Tuesday.", "Trump says south Lebanon ceasefire 'now in effect'"),
])
def test_a_truce_now_in_effect_is_declared(text, title):
    assert _kinds(text, title=title) == ["declared"]


def test_bringing_to_an_end_a_cessation_of_hostilities_is_a_collapse():
    text = ("Troops began landing in south Lebanon early on Tuesday, bringing to an end the five-month cessation of "
            "hostilities agreement signed in Geneva in October.")
    assert _kinds(text) == ["collapsed"]


def test_by_mid_morning_after_a_start_tells_a_breach():
    text = ("A ceasefire in south Lebanon came into force at 00:01 on Tuesday, UN officials said. Residents reported calm "
            "in the early hours. By mid-morning, however, the army accused Hezbollah of firing on its positions.")
    assert _kinds(text) == ["declared", "violation"]


@pytest.mark.parametrize("clock, hour", [("Thursday evening at 6", 18), ("Thursday morning at 8", 8),
                                         ("Thursday afternoon at 3 o'clock", 15)])
def test_a_day_and_its_part_then_at_an_hour(clock, hour):
    got = _events(f"The south Lebanon truce has been extended until {clock}, the army said.")
    assert got == [("Lebanon", "extended", datetime(2024, 3, 14, hour - 2, 0, tzinfo=UTC))]


def test_another_places_truce_opening_a_sentence_is_not_ours():
    text = ("The south Lebanon truce was extended until midnight on Thursday, the army said on Tuesday. The Gaza "
            "ceasefire collapsed on Monday after Israeli strikes.")
    assert _events(text) == [("Lebanon", "extended", datetime(2024, 3, 14, 22, 0, tzinfo=UTC))]


@pytest.mark.parametrize("order", [0, 1])
def test_another_partys_own_truce_ending_is_not_ours(order):
    news = "The south Lebanon truce expired at 6 a.m. on Tuesday without a further extension."
    other = "Hezbollah's own truce in the north ends at midnight on Sunday."
    text = " ".join((news, other) if order else (other, news))
    assert _events(text) == [("Lebanon", "expired", datetime(2024, 3, 12, 4, 0, tzinfo=UTC))]


def test_a_truce_in_another_place_is_not_ours():
    text = ("The south Lebanon truce expired at 6 a.m. on Tuesday without a further extension. Hamas said on Tuesday it "
            "had agreed to a pause in Gaza, but Israel denied it.")
    assert _kinds(text) == ["expired"]


def test_an_outsiders_claim_of_its_own_attack_clears_no_breach_before_it():
    text = ("Militia fighters fired rockets at an army post in south Lebanon on Tuesday, breaking the truce. Islamic "
            "State claimed a bombing in Baghdad that killed 12 people.")
    assert _kinds(text) == ["violation"]


def test_a_truce_accepted_only_after_a_condition_is_not_declared():
    assert _kinds("Hezbollah said it would accept a truce in south Lebanon only after Israel withdrew its troops.") == []


def test_a_partys_quoted_words_that_the_truce_is_over_are_a_collapse():
    assert _kinds("'The ceasefire is over,' a militia commander in south Lebanon told AFP on Tuesday.") == ["collapsed"]


def test_a_truce_in_a_time_clause_after_the_news_does_not_take_its_start():
    gaza = TruceSpec("Gaza", "Asia/Gaza", ("Gaza ceasefire",))
    text = "The army declared a 72-hour truce in south Lebanon from noon on Tuesday, days after the Gaza ceasefire collapsed."
    assert _events(text, tracked=(LEBANON, gaza)) == [("Lebanon", "declared", datetime(2024, 3, 15, 10, 0, tzinfo=UTC))]


@pytest.mark.parametrize("text, kinds", [
    ("Officials said the last violation of the south Lebanon truce was recorded in January.", []),
    ("The last violation of the south Lebanon truce came on Tuesday, when militia fighters shelled an army post.",
     ["violation"]),
])
def test_the_last_violation_is_a_record_unless_it_is_todays(text, kinds):
    assert _kinds(text) == kinds


def test_a_future_passive_on_a_date_is_not_a_past_act():
    text = "A humanitarian pause will be observed in south Lebanon on March 15-17, the UN said."
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 17, 22, 0, tzinfo=UTC))]


def test_a_window_after_a_place_and_an_occasion_is_declared():
    text = "A humanitarian pause will be observed in south Lebanon for the Easter weekend, from Friday to Monday, the UN said."
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 18, 22, 0, tzinfo=UTC))]



def test_said_a_named_party_had_is_reported_news():
    text = "Hezbollah said Israel had overturned the south Lebanon ceasefire agreement and exposed the hostages to danger."
    assert _kinds(text) == ["collapsed"]


@pytest.mark.parametrize("text, title", [
    ("The truce in south Lebanon, due to end on Wednesday, was extended on Tuesday until Sunday.", ""),
    ("Officials gave no further details.", "South Lebanon truce extended to Sunday"),
])
def test_an_end_weekday_five_days_ahead_is_the_coming_one(text, title):
    # read on Tuesday: Sunday two days gone is the nearer, but an end leans forward
    assert _events(text, title=title) == [("Lebanon", "extended", datetime(2024, 3, 17, 22, 0, tzinfo=UTC))]


def test_an_end_weekday_after_a_clock_leans_forward_too():
    text = "The army declared a truce in south Lebanon on Tuesday, to last until 6 p.m. on Sunday."
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 17, 16, 0, tzinfo=UTC))]


@pytest.mark.parametrize("text", ["During the 2006 truce in south Lebanon, an air strike hit a school.",
                                  "Militia fighters shelled army posts under the 2019 truce in south Lebanon."])
def test_an_attack_in_a_truce_named_by_a_past_year_is_history(text):
    assert _kinds(text) == []


def test_attacks_where_no_truce_has_yet_been_announced_breach_nothing():
    text = ("The militia declared a two-week truce in south Lebanon on Tuesday. The army has yet to announce any "
            "ceasefire in south Lebanon, and monitors say its aircraft have kept bombing villages there.")
    assert _kinds(text) == ["declared"]


@pytest.mark.parametrize("length", ["two-week", "three-month"])
def test_a_pause_of_weeks_or_months_is_a_truce_word(length):
    assert _kinds(f"The militia declared a {length} pause in south Lebanon on Tuesday.") == ["declared"]


@pytest.mark.parametrize("words", ["holiday truce", "suspension of hostilities", "cessation of fire"])
def test_more_truce_words_are_declared(words):
    got = _events(f"The army declared a {words} in south Lebanon until midnight on Thursday.")
    assert got == [("Lebanon", "declared", datetime(2024, 3, 14, 22, 0, tzinfo=UTC))]


@pytest.mark.parametrize("verb", ["started", "entered into force"])
def test_an_intransitive_start_after_a_placed_truce_is_no_participle(verb):
    assert _kinds(f"A truce in south Lebanon {verb} at 6 a.m. on Tuesday, the army said.") == ["declared"]


@pytest.mark.parametrize("verb", ["crumbled", "disintegrated", "was declared over", "was suspended", "has been scrapped"])
def test_more_collapse_verbs(verb):
    assert _kinds(f"The south Lebanon truce {verb} on Tuesday.") == ["collapsed"]


@pytest.mark.parametrize("text, kinds", [
    ("The south Lebanon truce was lengthened until midnight on Thursday, the army said.", ["extended"]),
    ("A truce in south Lebanon kicked in at 6 a.m. on Tuesday, the army said.", ["declared"]),
    ("The south Lebanon truce elapsed at 6 a.m. on Tuesday.", ["expired"]),
    ("The south Lebanon truce ended abruptly on Tuesday.", ["collapsed"]),
    ("Israel has said the south Lebanon truce would be lengthened by one day for every ten prisoners released.", []),
])
def test_more_verbs_of_each_kind(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize("title, kinds", [
    ("Hezbollah, Israel trade fire despite south Lebanon truce", ["violation"]),
    ("Israel says south Lebanon truce over", ["collapsed"]),
])
def test_headline_forms(title, kinds):
    assert _kinds("Officials gave no further details.", title=title) == kinds


@pytest.mark.parametrize("title", ["South Lebanon truce on brink after deadly strike",
                                   "South Lebanon ceasefire teeters after rocket attack"])
def test_a_truce_on_the_brink_after_an_attack_is_breached(title):
    assert _kinds("Officials gave no further details.", title=title) == ["violation"]


@pytest.mark.parametrize("title, kinds", [
    ("South Lebanon truce agreed", ["declared"]),
    ("South Lebanon ceasefire deal reached; talks to follow", ["declared"]),
    ("US says south Lebanon truce extended; UN presses for talks", ["extended"]),  # a participle before a semicolon
])
def test_a_headlines_final_passive_is_news(title, kinds):
    assert _kinds("Officials gave no further details.", title=title) == kinds


@pytest.mark.parametrize("text, want", [
    ("The south Lebanon truce, first agreed for three days and then extended to Wednesday, will now run until Friday.",
     ("extended", datetime(2024, 3, 15, 22, 0, tzinfo=UTC))),
    ("The south Lebanon truce will now expire at midnight on Friday rather than Wednesday, the UN said on Tuesday.",
     ("extended", datetime(2024, 3, 15, 22, 0, tzinfo=UTC))),
    ("Under the extension announced on Tuesday, the south Lebanon truce will last until Friday at midnight.",
     ("extended", datetime(2024, 3, 15, 22, 0, tzinfo=UTC))),
    ("The south Lebanon truce has 36 hours left to run.", ("expiring", None)),
])
def test_running_story_forms(text, want):
    assert [(k, d) for _, k, d in _events(text)] == [want]


@pytest.mark.parametrize("other", [
    "Shelling was reported in the north of Syria, far from the south Lebanon truce zone.",
    "A shepherd was wounded by an unexploded cluster bomb in south Lebanon on Tuesday.",
    "Two soldiers were killed in south Lebanon on Tuesday by a mortar round left over from the war.",
])
def test_attacks_outside_the_zone_or_from_old_ordnance_breach_nothing(other):
    text = f"The south Lebanon truce, in force since Sunday, was holding on Tuesday, officials said. {other}"
    assert _kinds(text) == []


@pytest.mark.parametrize("other", [
    "Rival unions declared a truce in their pay dispute on Tuesday.",
    "Parliament's rival blocs agreed a political truce until the budget vote on Friday.",
    "The truce between the two gangs in El Salvador collapsed on Tuesday.",
    "A media truce between the two broadcasters ended on Tuesday.",
])
def test_truces_of_politics_labour_and_feuds_are_not_the_tracked_one(other):
    news = "The militia declared on Tuesday that the south Lebanon truce was over."
    assert _events(f"{other} {news}") == [("Lebanon", "collapsed", None)]


@pytest.mark.parametrize("text", [
    "The south Lebanon truce, which expired last Friday, was not renewed.",
    "The court heard that the attack came days after the south Lebanon truce took effect in 2019.",
])
def test_history_told_by_last_weekday_or_a_past_year(text):
    assert _kinds(text) == []


def test_the_first_raids_since_a_past_years_start_are_todays():
    text = ("Jets hit militia depots in south Lebanon late on Monday, the first such raids since the truce began in 2019, "
            "breaking the ceasefire.")
    assert _kinds(text) == ["violation"]


def test_a_truce_to_last_for_the_days_of_a_holiday_is_declared():
    text = "Hezbollah said its south Lebanon truce would last for the first three days of Eid al-Fitr."
    assert _events(text) == [("Lebanon", "declared", None)]


@pytest.mark.parametrize("adjective, place, zone", [("Yemeni", "Yemen", "Asia/Aden"), ("Lebanese", "Lebanon", "Asia/Beirut"),
                                                    ("Afghan", "Afghanistan", "Asia/Kabul"), ("Ukrainian", "Ukraine", "Europe/Kyiv")])
def test_a_places_adjective_before_a_truce_word_names_it(adjective, place, zone):
    spec = TruceSpec(f"{place} truce", zone, (place,))
    got = _kinds(f"The {adjective} truce was extended until midnight on Friday, officials said.", tracked=(spec,))
    assert got == ["extended"]


def test_a_places_adjective_alone_names_no_truce():
    spec = TruceSpec("Lebanon truce", "Asia/Beirut", ("Lebanon",))
    assert _kinds("The Lebanese army said a truce in Gaza was extended until Friday.", tracked=(spec,)) == []


@pytest.mark.parametrize("end, hour", [("18:00 (UTC+3) on Friday", 15), ("6 p.m. (GMT) on Friday", 18)])
def test_a_zone_alone_in_parentheses_is_the_clocks_own(end, hour):
    got = _events(f"The south Lebanon truce was extended until {end}, the army said.")
    assert got == [("Lebanon", "extended", datetime(2024, 3, 15, hour, 0, tzinfo=UTC))]


def test_a_pause_to_be_observed_until_a_holidays_end_is_declared():
    text = "A humanitarian pause will be observed in south Lebanon until the end of Ramadan on April 9, the UN said."
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 4, 9, 21, 0, tzinfo=UTC))]


@pytest.mark.parametrize("text", ["The deadline for the south Lebanon truce is midnight on Thursday.",
                                  "The south Lebanon truce's deadline is midnight on Thursday.",
                                  "The south Lebanon truce will be over at midnight on Thursday."])
def test_more_forms_of_an_end_coming(text):
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 14, 22, 0, tzinfo=UTC))]


def test_a_truce_likely_to_be_announced_is_not_declared():
    assert _kinds("A truce in south Lebanon is likely to be announced in the coming days, sources said.") == []


@pytest.mark.parametrize("text", ["Talks on extending the south Lebanon truce collapsed on Tuesday.",
                                  "Efforts to extend the south Lebanon truce collapsed on Tuesday.",
                                  "A prisoner swap under the south Lebanon truce fell apart on Tuesday."])
def test_talks_or_swaps_about_a_truce_that_collapse_are_no_collapse_of_it(text):
    assert _kinds(text) == []


@pytest.mark.parametrize("text, title", [
    ("", "Hezbollah lifts south Lebanon truce effective 11:59 p.m. on March 20"),
    ("Hezbollah said it would terminate the south Lebanon truce it has kept since January, effective 11:59 p.m. on March 20.", ""),
    ("Hezbollah lifted the south Lebanon truce on Tuesday, with effect from 11:59 p.m. on March 20.", ""),
    ("", "Hezbollah to end south Lebanon truce at 11:59 p.m. on March 20"),
])
def test_an_end_given_on_notice_is_expiring_at_its_time(text, title):
    assert _events(text, title=title) == [("Lebanon", "expiring", datetime(2024, 3, 20, 21, 59, tzinfo=UTC))]


def test_an_end_taking_effect_already_is_a_collapse():
    assert _kinds("Hezbollah lifted the south Lebanon truce on Tuesday, effective at 6 a.m. that day.") == ["collapsed"]


def test_an_order_to_end_a_truce_is_no_declaration_and_its_time_may_come_later():
    text = ("Hezbollah's council ordered the Islamic Resistance fighters to end the south Lebanon truce on Tuesday. "
            "The end takes effect at 11:59 p.m. on March 20, it said.")
    got = _events(text, title="Hezbollah lifts south Lebanon truce effective 11:59 p.m. on March 20")
    assert got == [("Lebanon", "expiring", datetime(2024, 3, 20, 21, 59, tzinfo=UTC))]


@pytest.mark.parametrize("text", [
    "Opposition parties have agreed to press Beirut to declare a ceasefire in south Lebanon before the holidays.",
    "The donors agreed to ask both sides to announce a truce in south Lebanon, the envoy said.",
])
def test_agreeing_to_ask_others_for_a_truce_declares_nothing(text):
    assert _kinds(text) == []


@pytest.mark.parametrize("text", [
    "Hezbollah will declare its own truce in south Lebanon once the prisoners are home, its leader said.",
    "The army will announce a truce in south Lebanon as soon as the talks in Cairo open, officials said.",
])
def test_a_declaration_promised_for_a_later_moment_is_not_made(text):
    assert _kinds(text) == []


@pytest.mark.parametrize("text", [
    "Militants shelled two border posts overnight, the first attacks since Hezbollah ended its truce in south Lebanon on Saturday.",
    "Raids have resumed since the militias called off their south Lebanon ceasefire, residents said.",
])
def test_an_end_told_after_since_is_a_reference_point(text):
    assert "collapsed" not in _kinds(text)


def test_clashes_measured_against_a_truce_signed_show_it_running():
    text = ("Six soldiers were killed in a firefight with Hezbollah fighters near Bint Jbeil on Monday, the deadliest "
            "clash since Israel and Hezbollah signed their south Lebanon truce.")
    assert _kinds(text) == ["violation"]


def test_air_strikes_told_before_a_party_announced_its_truce_are_no_breach():
    text = ("Hezbollah accused Israel of air strikes on villages in south Lebanon in the days after the floods, "
            "before the army announced its own truce in south Lebanon on March 2.")
    assert "violation" not in _kinds(text)


def test_a_truce_that_began_more_than_a_day_ago_is_not_declared_again():
    text = "The truce in south Lebanon, which began 30 hours ago, has halted the air raids on border villages."
    assert "declared" not in _kinds(text)


def test_gunfire_in_the_hours_before_a_start_deadline_is_no_breach():
    text = ("A truce took effect in south Lebanon at 6 a.m. on Tuesday. "
            "Residents reported sporadic shelling near Khiam in the hours before the deadline.")
    assert _kinds(text) == ["declared"]


def test_a_window_agreed_as_a_participle_beside_a_long_reported_clause_is_declared():
    text = ("Officials said a third attempt to bring aid convoys into the villages of south Lebanon would begin at noon "
            "on Tuesday, with a local truce agreed from 10:00 to 21:00.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 12, 19, 0, tzinfo=UTC))]


def test_fighters_ordered_to_resume_operations_declare_nothing():
    text = ("Hezbollah said on Tuesday that its truce in south Lebanon would end at midnight tonight and ordered "
            "fighters to resume operations against Israeli forces.")
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 12, 22, 0, tzinfo=UTC))]


@pytest.mark.parametrize("title", ["Israel, Hezbollah agree south Lebanon truce; shelling to stop from 5 pm",
                                   "Israel, Hezbollah agree south Lebanon truce, say air strikes will cease at 5 pm"])
def test_attacks_told_as_to_stop_are_no_breach(title):
    assert _kinds("", title=title) == ["declared"]


def test_strikes_while_a_truce_fails_to_start_on_time_are_no_breach():
    text = ("The south Lebanon truce that was due to begin at 8 a.m. on Tuesday did not take effect on time, officials said. "
            "Israeli strikes after 8 a.m. killed five people in Nabatieh, medics said.")
    assert "violation" not in _kinds(text)


def test_accepting_a_named_bodys_plan_for_a_truce_is_no_declaration():
    text = "Hezbollah said on Tuesday it had accepted an Organisation of Islamic Cooperation plan for a truce in south Lebanon."
    assert _kinds(text) == []


def test_a_declared_truce_said_to_remain_in_place_until_a_vague_end_is_its_term():
    text = ("Israel declared an immediate, unilateral truce in south Lebanon on Tuesday. A statement said the truce "
            "would remain in place until the end of the harvest, so that farmers could reach their fields.")
    assert _kinds(text) == ["declared"]


def test_fighting_despite_a_disaster_is_no_breach_of_the_truce():
    got = _kinds("Hezbollah declared a truce in south Lebanon on Tuesday to let rescuers work.",
                 title="Israel vows to keep fighting in south Lebanon despite floods; Hezbollah announces truce")
    assert got == ["declared"]


def test_stopping_short_of_saying_a_truce_is_over_ends_nothing():
    text = "Hezbollah's spokesman said talks had failed but stopped short of saying the truce in south Lebanon was over."
    assert _kinds(text) == []


def test_observers_expecting_a_party_to_announce_a_truce_is_no_declaration():
    text = "Hezbollah was silent on Tuesday, though diplomats expect its leadership to announce a truce in south Lebanon within days."
    assert _kinds(text) == []


@pytest.mark.parametrize("text", ["the deal, hammered out during a week of shuttling between the capitals, is written",
                                  "after two days of intensive haggling in cairo"])
def test_a_span_of_doing_something_is_no_truce_length(text):
    assert find_durations(text) == []


def test_a_start_beside_a_week_of_shuttle_diplomacy_has_no_end():
    text = ("Washington said the south Lebanon truce would take effect at 4 a.m. (0200 GMT) on Wednesday. "
            "The arrangement, hammered out during a week of shuttling between Beirut and Jerusalem, is written down.")
    assert _events(text) == [("Lebanon", "declared", None)]


def test_a_date_naming_the_truce_does_not_date_its_collapse():
    text = "The Dec. 9 cessation of hostilities agreement in south Lebanon is effectively dead, officials said."
    assert _kinds(text) == ["collapsed"]


def test_hedge_words_inside_an_aside_do_not_hedge_the_main_verb():
    text = "The south Lebanon truce, which followed talks on a wider deal, collapsed on Tuesday."
    assert _kinds(text) == ["collapsed"]


def test_a_truce_accepted_provided_the_other_side_accepts_is_not_declared():
    text = ("Hezbollah said on Tuesday that a truce in south Lebanon, which both sides had long discussed, would take effect "
            "at noon on Wednesday provided Israel accepts it too.")
    assert _kinds(text) == []


def test_a_month_inside_a_relative_aside_does_not_date_the_end_after_it():
    text = ("The army said on Tuesday that the 30-day truce in south Lebanon, which Hezbollah agreed in talks with the UN "
            "envoy in February, had expired.")
    assert _kinds(text) == ["expired"]


def test_a_party_that_will_unilaterally_halt_hostilities_declares_a_truce():
    text = "Israel said on Tuesday it would unilaterally halt hostilities in south Lebanon from 08:00 to 18:00 on Wednesday."
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 13, 16, 0, tzinfo=UTC))]


@pytest.mark.parametrize("text", [
    "A truce in south Lebanon took effect during the night, the army said on Tuesday.",
    "Israel said on Tuesday it would open a corridor in south Lebanon from 08:00 to 18:00 on Wednesday and would "
    "unilaterally halt hostilities during those hours.",
])
def test_during_is_no_gerund_after_a_start(text):
    assert "declared" in _kinds(text)


@pytest.mark.parametrize("text", ["A truce in south Lebanon took effect following talks in Cairo, the army said.",
                                  "A truce in south Lebanon took effect at the request of the UN, the army said."])
def test_talks_or_a_request_told_as_an_adverbial_are_no_proposal(text):
    assert _kinds(text) == ["declared"]


@pytest.mark.parametrize("second", ["It was extended on Tuesday until Friday.", "On Tuesday it was extended until Friday.",
                                    "The army said it was extended on Tuesday until Friday."])
def test_it_in_the_next_sentence_refers_to_the_truce(second):
    text = "A truce took effect in south Lebanon on Sunday. " + second
    assert ("Lebanon", "extended", datetime(2024, 3, 15, 22, 0, tzinfo=UTC)) in _events(text)


@pytest.mark.parametrize("n", ["zero", "fewer", "a sharp fall in"])
def test_a_tally_of_no_or_fewer_breaches_is_no_breach(n):
    assert "violation" not in _kinds(f"The UN said it recorded {n} violations of the south Lebanon truce on Monday.")


def test_a_truce_declared_before_by_its_length_and_end_is_running_and_expiring():
    text = "Hezbollah has declared a four-day truce in south Lebanon for the holiday, running until Wednesday."
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 13, 22, 0, tzinfo=UTC))]


def test_an_attack_told_as_the_time_a_report_came_after_is_no_breach():
    text = ("Israel said on Tuesday it was extending its truce in south Lebanon by ten days, hours after a car bombing "
            "shook the port of Tyre.")
    assert _kinds(text) == ["extended"]


@pytest.mark.parametrize("second", ["Israel said it was declaring a closed military zone along the border.",
                                    "The army said the border strip was declared a closed military zone.",
                                    "The army said it was declared a closed military zone."])
def test_it_after_a_reporting_verb_is_the_speaker_and_a_place_declared_a_zone_is_no_truce(second):
    assert "declared" not in _kinds("A truce took effect in south Lebanon on Sunday. " + second)


@pytest.mark.parametrize("text", ["At midnight on Thursday, the south Lebanon truce expires.",
                                  "By midnight on Thursday the south Lebanon truce will have expired, officials said."])
def test_an_end_told_before_its_verb_is_the_coming_end(text):
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 14, 22, 0, tzinfo=UTC))]


@pytest.mark.parametrize("title", ["Will the south Lebanon truce be extended?", "Is the south Lebanon truce over?",
                                   "Explainer: has the south Lebanon truce collapsed?"])
def test_a_question_tells_nothing(title):
    assert _kinds("", title=title) == []


def test_measures_that_take_effect_are_no_new_truce():
    title = "UN: no violations of south Lebanon truce recorded after additional measures entered into force"
    assert "declared" not in _kinds("", title=title)


def test_not_extended_beyond_a_coming_end_is_expiring_not_expired():
    text = "Israel said on Tuesday the south Lebanon truce would not be extended beyond midnight on Wednesday."
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 13, 22, 0, tzinfo=UTC))]


def test_a_negation_of_a_first_verb_does_not_hedge_the_second():
    text = "The south Lebanon truce was not renewed and lapsed at midnight on Monday."
    assert _events(text) == [("Lebanon", "expired", datetime(2024, 3, 11, 22, 0, tzinfo=UTC))]


def test_it_after_a_semicolon_is_the_truce_as_a_passives_subject():
    text = "The south Lebanon truce did not expire at midnight on Monday as planned; it was extended until Friday."
    assert _events(text) == [("Lebanon", "extended", datetime(2024, 3, 15, 22, 0, tzinfo=UTC))]


def test_a_headline_attack_the_body_places_before_the_start_in_a_fronted_clause_is_no_breach():
    title = "Israel agrees south Lebanon truce; roadside bomb kills two soldiers near Tyre"
    text = ("Israel said on Tuesday it would observe a three-day truce in south Lebanon from 6 p.m. (1600 GMT). "
            "Hours before the truce was due to start, a roadside bomb exploded near Tyre, killing two soldiers.")
    assert _kinds(text, title=title) == ["declared"]


@pytest.mark.parametrize("second", [
    "Air strikes on south Lebanon continued during the day, and six civilians were killed in Bint Jbeil on Tuesday, rescuers said.",
    "Shelling in south Lebanon killed two civilians on Tuesday afternoon.",
    "Israeli shelling of south Lebanon went on through the afternoon, residents said.",
])
def test_attacks_told_before_a_declared_start_still_to_come_are_no_breach(second):
    text = "Israel and Hezbollah agreed on Tuesday to a ceasefire in south Lebanon starting at midnight. " + second
    assert _kinds(text) == ["declared"]


def test_a_start_still_to_come_on_another_day_than_the_report_keeps_the_breach():
    pub = datetime(2024, 3, 12, 23, 30, tzinfo=UTC)  # 01:30 on Wednesday in Beirut: the 17:00 start was Tuesday's
    text = ("Israel and Hezbollah agreed on Tuesday to stop firing in south Lebanon with effect from 1700 local time. "
            "Shelling in south Lebanon killed two civilians late on Tuesday.")
    assert "violation" in _kinds(text, pub=pub)


@pytest.mark.parametrize("text", [
    "Hezbollah announced a unilateral truce in south Lebanon for Wednesday and Thursday to mark the holiday.",
    "Israel declared a ceasefire in south Lebanon for Wednesday and Thursday, the army said.",
])
def test_a_truce_for_two_days_ends_with_the_second(text):
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 14, 22, 0, tzinfo=UTC))]


@pytest.mark.parametrize("text", [
    "Residents of Tyre were sceptical: a string of truces brokered in south Lebanon since January were violated almost as soon as they began.",
    "The two truces agreed in south Lebanon this year have been repeatedly violated, residents said.",
])
def test_breaches_of_several_truces_are_not_the_tracked_ones(text):
    assert _kinds(text) == []


def test_the_one_truce_violated_is_still_a_breach():
    assert _kinds("The south Lebanon truce was violated almost as soon as it began, residents said.") == ["violation"]


@pytest.mark.parametrize("text", [
    "Sirens sounded in northern Israel just minutes before the south Lebanon truce began at 11:30 p.m. on Monday, "
    "and the army said it struck a launcher in response.",
    "Israel reopened the border crossings on Tuesday as a ceasefire in south Lebanon that began at 11:30 p.m. on Monday "
    "held through the night. A few shells fell in the hour before the truce took effect, residents said.",
])
def test_a_start_of_an_earlier_day_told_as_the_time_before_which_something_happened_declares_nothing(text):
    assert "declared" not in _kinds(text)


def test_a_start_of_the_reports_day_told_so_is_still_news():
    text = "Shells fell on Tyre minutes before the south Lebanon truce took effect at 7 a.m. on Tuesday, residents said."
    assert _kinds(text) == ["declared"]


def test_the_halt_in_the_next_sentence_is_the_truce_just_declared():
    text = ("Israel suspended offensive operations in south Lebanon at noon on Tuesday to allow talks. "
            "The unilateral halt is to last until noon on Wednesday, a spokesman said.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 13, 10, 0, tzinfo=UTC))]


def test_a_capitalised_subject_of_a_verb_truce_word_is_not_a_ground_naming_it():
    assert _kinds("Israel suspended offensive operations in south Lebanon on Tuesday.") == ["declared"]


@pytest.mark.parametrize("text", [
    "Hezbollah said on Tuesday that the south Lebanon ceasefire, the longest in its history, would remain in force only until Friday.",
    "The south Lebanon truce, the longest in the group's history, will end on Friday, Hezbollah said.",
])
def test_a_superlative_in_its_history_is_no_history_marker(text):
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 15, 22, 0, tzinfo=UTC))]


@pytest.mark.parametrize("quote", ['"The calm is over and there will be no renewal," an official said.',
                                   '"The truce is over," an official said.'])
def test_a_truce_declared_over_that_ends_ahead_is_expiring(quote):
    title = "Hezbollah says south Lebanon truce is over, will not be renewed"
    text = "Hezbollah said on Tuesday it would not renew its truce in south Lebanon when it expires on Friday. " + quote
    assert _events(text, title=title) == [("Lebanon", "expiring", datetime(2024, 3, 15, 22, 0, tzinfo=UTC))]


@pytest.mark.parametrize("text", [
    "Hezbollah announced on Tuesday that its south Lebanon ceasefire would not be extended and would end at midnight tonight.",
    "Hezbollah announced that its south Lebanon ceasefire would not be renewed and would expire at midnight tonight.",
])
def test_announcing_that_a_truce_will_not_be_extended_is_no_declaration(text):
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 12, 22, 0, tzinfo=UTC))]


def test_an_end_stated_beyond_a_counted_extension_wins():
    title = "Israel and Hezbollah renew lapsed south Lebanon truce for a further month"
    text = ("Israel and Hezbollah signed an addendum on Tuesday renewing for a further month their south Lebanon truce, "
            "which expired at the end of February. Under the addendum, the truce will run until April 1.")
    assert _events(text, title=title) == [("Lebanon", "extended", datetime(2024, 4, 1, 21, 0, tzinfo=UTC))]


@pytest.mark.parametrize("title", ["Calls to prolong south Lebanon truce go unanswered",
                                   "Hezbollah attacks resume as calls to extend south Lebanon truce go unanswered"])
def test_calls_to_extend_are_no_extension(title):
    assert "extended" not in _kinds("", title=title)


def test_an_extension_without_an_end_ahead_is_history_once_the_truce_collapsed():
    text = "The south Lebanon truce collapsed on Tuesday as shelling resumed. The ceasefire had started on Saturday and was extended on Monday."
    assert _kinds(text) == ["collapsed"]


def test_an_extension_to_an_end_ahead_stays_beside_a_collapse_of_another_truce():
    gaza = TruceSpec("Gaza", "Asia/Gaza", ("Gaza truce",))
    text = "The Gaza truce collapsed on Tuesday. The south Lebanon ceasefire was extended on Tuesday until Friday."
    assert sorted(k for _, k, _ in _events(text, tracked=(LEBANON, gaza))) == ["collapsed", "extended"]


@pytest.mark.parametrize("text", [
    "Hezbollah said on Tuesday it would restore its 2006 ceasefire in south Lebanon from noon on Wednesday.",
    "Hezbollah reinstated the south Lebanon ceasefire at noon on Tuesday after a day of shelling.",
])
def test_restoring_a_truce_declares_it_anew(text):
    assert _kinds(text) == ["declared"]


def test_a_restored_truce_told_in_a_past_year_stays_history():
    assert _kinds("Hezbollah restored its 2006 ceasefire in south Lebanon in 2007.") == []


def test_truce_words_before_any_tracked_name_belong_to_another_truce_named_first():
    text = ("Washington extended its tariff truce with Beijing by 90 days on Tuesday. The pause keeps duties at 30% "
            "until June 10, and Beijing announced a matching extension. Officials in south Lebanon watched the talks.")
    assert _kinds(text) == []


def test_a_tracked_truce_named_first_keeps_the_truce_words_after_another_truce():
    text = ("The south Lebanon truce was extended on Tuesday until Friday. Separately, Washington extended its tariff truce "
            "with Beijing. The pause in south Lebanon keeps guns silent.")
    assert _events(text) == [("Lebanon", "extended", datetime(2024, 3, 15, 22, 0, tzinfo=UTC))]


def test_a_party_whose_own_truce_ends_names_that_truce_by_a_word_of_its_tracked_name():
    text = ("KABUL - President Ghani prolonged the government's ceasefire with the Taliban on Tuesday, saying in a speech "
            "that the truce declared for the spring holiday would be extended. Ghani said the government's ceasefire, which "
            "had been due to end on Thursday, would be extended by five days. The Taliban, whose own three-day truce for "
            "the Eid holiday ends on Wednesday, made no immediate response; a spokesman said they had no plans to extend it.")
    # ("The Taliban" is no alias: the word is found in a tracked truce's name; both names hold "Eid")
    kabul = TruceSpec("Afghan government Eid truce", "Asia/Kabul", ("Ghani ceasefire", "Eid ceasefire"))
    eid = TruceSpec("Taliban Eid truce", "Asia/Kabul", ("Taliban ceasefire",))
    assert sorted(_events(text, tracked=(kabul, eid))) == [
        ("Afghan government Eid truce", "extended", datetime(2024, 3, 19, 19, 30, tzinfo=UTC)),
        ("Taliban Eid truce", "expiring", datetime(2024, 3, 13, 19, 30, tzinfo=UTC)),
    ]


@pytest.mark.parametrize("text", [
    "The south Lebanon truce has held since January. A truce that is extended is harder to break than one that simply runs out.",
    "Talks on a south Lebanon truce resume on Friday. But any truce would face the old problem: no one agrees on the definition of a violation.",
])
def test_truce_words_that_name_truces_in_general_report_nothing(text):
    assert _kinds(text) == []


def test_an_indefinite_truce_in_a_report_of_news_is_still_news():
    text = "Israel and Hezbollah agreed on Tuesday to a ceasefire that takes effect in south Lebanon at midnight."
    assert _kinds(text) == ["declared"]


def test_a_scheduled_start_restates_an_agreement_dated_days_ago():
    text = ("Beirut said on Tuesday it would pull troops back if Hezbollah kept its promise of a one-week south Lebanon "
            "truce due to start on 20 March. Hezbollah announced the truce last Friday in Doha.")
    assert _kinds(text) == []


def test_a_scheduled_start_of_an_agreement_made_today_is_news():
    text = ("Hezbollah announced on Tuesday a one-week south Lebanon truce due to start on 20 March. "
            "Beirut said it would pull troops back if the promise was kept.")
    assert _kinds(text) == ["declared"]


@pytest.mark.parametrize(("start", "deadline"), [
    ("starting on Wednesday", datetime(2024, 3, 13, 14, 0, tzinfo=UTC)),  # the window of the start's day
    ("starting at 6 p.m. on Wednesday", datetime(2024, 3, 14, 14, 0, tzinfo=UTC)),  # after the start: the next day's
])
def test_a_clock_only_end_told_after_a_start_day_falls_on_that_day(start, deadline):
    text = f"Israel will halt its offensive in south Lebanon for three hours each day, {start}. The pause would run until 4 p.m. local time."
    assert _events(text) == [("Lebanon", "declared", deadline)]


@pytest.mark.parametrize("second", [
    'The first "aid corridor" would run from 1 p.m. to 4 p.m. local time, he said.',
    "The daily window would run from 1 p.m. to 4 p.m. local time, he said.",
])
def test_a_corridor_or_window_told_after_a_pause_is_that_pause(second):
    text = ("Israel will halt its offensive in south Lebanon for three hours each day to let aid in, starting on Wednesday, "
            "a military spokesman said. " + second)
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 13, 14, 0, tzinfo=UTC))]


def test_an_end_declared_days_ago_is_a_reference_point():
    text = "Hezbollah fired 20 rockets on Monday, the heaviest barrage since it declared the end of its south Lebanon truce on Friday."
    assert "collapsed" not in _kinds(text, pub=datetime(2024, 3, 11, 9, 0, tzinfo=UTC))


@pytest.mark.parametrize(("text", "kinds"), [
    ("The south Lebanon truce was extended on Tuesday until Friday. The two sides failed, however, to agree on a border line, "
     "and Hezbollah said fighting along the frontier, where UN troops are deployed, would continue unless Israel stopped "
     "offensive operations.", ["extended"]),
    ("The south Lebanon truce was extended on Tuesday until Friday. Hezbollah said Israeli shelling killed two people "
     "on Tuesday in breach of the truce, and that it would respond if attacked.", ["extended", "violation"]),
])
def test_an_attack_threatened_on_a_condition_is_no_breach(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize(("pub", "kinds"), [
    (datetime(2024, 3, 14, 9, 0, tzinfo=UTC), []),  # read on Thursday: the weekend is days old
    (datetime(2024, 3, 11, 9, 0, tzinfo=UTC), ["expired"]),  # read on Monday: yesterday's news
])
def test_an_end_told_at_the_weekend_is_history_midweek(pub, kinds):
    text = "The south Lebanon truce lapsed quietly at the weekend with no move by either side to renew it."
    assert _kinds(text, pub=pub) == kinds


@pytest.mark.parametrize("second", [
    "The first phase of the deal is to last 42 days, during which prisoners are to be exchanged.",
    "In the first, six-week phase of the agreement, prisoners are to be exchanged.",
])
def test_a_deals_phase_is_not_the_truces_length(second):
    text = "A ceasefire took effect in south Lebanon at 11:15 a.m. on Tuesday. " + second
    assert _events(text, pub=datetime(2024, 3, 12, 10, 30, tzinfo=UTC)) == [("Lebanon", "declared", None)]


@pytest.mark.parametrize(("text", "days"), [
    ("Aid deliveries are to rise to 600 trucks a day.", []),
    ("Fighting is to pause for three hours a day.", [3]),
    ("The truce, which ends on May 11, was extended by a day.", [1]),
])
def test_a_day_after_a_count_is_a_rate(text, days):
    assert [d.amount for d in find_durations(fold(text).lower())] == days


def test_a_sentence_naming_another_kind_of_truce_and_no_tracked_one_is_that_truces():
    title = "Washington delays tariffs again; Trump repeats south Lebanon claim"
    text = ("Trump signed an order on Monday extending the pause on tariffs for another 90 days, hours before the earlier "
            "truce in the trade war was due to run out at midnight on Tuesday.")
    assert _kinds(text, title=title) == []


@pytest.mark.parametrize(("opening", "kinds"), [
    ("BEIRUT, March 12 - ", []),  # the dateline's date does not make yesterday's start news
    ("", []),
])
def test_a_dateline_does_not_keep_yesterdays_start_news(opening, kinds):
    text = opening + "Shots were heard overnight, hours after the south Lebanon truce came into force at noon on Monday."
    assert "declared" not in _kinds(text, pub=datetime(2024, 3, 12, 12, 0, tzinfo=UTC))


def test_a_truce_with_a_long_prepositional_phrase_and_relative_clause_is_the_subject():
    text = ("The 30-day pause on strikes against power plants in south Lebanon that Israel agreed with the envoy "
            "in January has expired, officials said on Tuesday.")
    assert _kinds(text) == ["expired"]


@pytest.mark.parametrize(("when", "kinds"), [("last week", []), ("on Tuesday", ["expired"])])
def test_news_told_by_a_statement_made_days_ago_is_old(when, kinds):
    text = f"The south Lebanon truce has lapsed, the army said {when}, and no one has proposed a new one."
    assert _kinds(text) == kinds


def test_a_participle_aside_after_the_truces_phrase_keeps_it_the_subject():
    text = ("The Kremlin said on Tuesday that the 30-day pause on strikes against power plants in south Lebanon, "
            "agreed by the two sides in a February call, was over.")
    assert _kinds(text) == ["expired"]


def test_a_quoted_reduction_in_violence_begins_like_a_truce():
    text = 'Hezbollah and Israel will start a seven-day "reduction in violence" in south Lebanon at midnight on Wednesday.'
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 20, 22, 0, tzinfo=UTC))]


def test_has_begun_starts_a_truce():
    text = "The humanitarian pause in south Lebanon has begun, the governor said. It is to last three days, until Thursday."
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 14, 22, 0, tzinfo=UTC))]


def test_a_time_after_begun_is_a_start():
    low = fold("the pause has begun at 10:00 on tuesday").lower()
    assert [p.role for p in find_phrases(low, PUB, zone("Asia/Beirut"))] == ["start"]


@pytest.mark.parametrize("text", ["The south Lebanon truce has run out.", "The south Lebanon truce has come to an end."])
def test_the_perfect_participles_of_ending_are_an_expiry(text):
    assert _kinds(text) == ["expired"]


def test_a_deal_between_the_parties_with_no_truce_word_is_read():
    hezbollah = TruceSpec("Israel-Hezbollah truce", "Asia/Beirut", ("south Lebanon", "Israel-Lebanon ceasefire"))
    text = ("The arrangement between Lebanon and Israel will continue to be in effect until March 31, "
            "the White House said on Tuesday.")
    assert _events(text, tracked=(hezbollah,)) == [("Israel-Hezbollah truce", "extended", datetime(2024, 3, 31, 21, 0, tzinfo=UTC))]


def test_an_end_the_truce_was_to_lapse_at_is_the_old_one():
    text = ("Israel and Hezbollah agreed to extend the south Lebanon truce, which was to lapse on Wednesday. "
            "The truce will now run until March 31.")
    assert _events(text) == [("Lebanon", "extended", datetime(2024, 3, 31, 21, 0, tzinfo=UTC))]


def test_a_statements_day_does_not_keep_yesterdays_start_news():
    ira = TruceSpec("IRA ceasefire", "Europe/London", ("IRA truce",))
    text = ("Belfast had a calm night after the IRA's renewed ceasefire, which took effect at noon on Sunday, "
            "got through its first day without incidents, police said on Monday.")
    assert _events(text, tracked=(ira,), pub=datetime(1997, 7, 21, 9, 30, tzinfo=UTC)) == []


@pytest.mark.parametrize(("text", "days"), [
    ("sinn fein could join talks in six weeks", []),  # a time from now, not a length
    ("the truce expires in 48 hours", [2]),
    ("a truce for six weeks", [42]),
])
def test_in_before_a_length_makes_it_a_point_in_time(text, days):
    assert [d.amount if d.unit == "days" else d.amount // 24 for d in find_durations(text)] == days


def test_a_later_time_counted_in_weeks_is_no_truce_length():
    text = ("Hezbollah declared a truce in south Lebanon from noon on Wednesday. "
            "Its political wing could join talks in six weeks, officials said.")
    assert _events(text) == [("Lebanon", "declared", None)]


def test_a_collapse_told_in_a_clause_weeks_before_the_news_is_background():
    text = ("The south Lebanon truce formally lapsed at midnight on Monday, two weeks after Israel said it was "
            "walking away from the largely defunct deal.")
    assert _events(text) == [("Lebanon", "expired", datetime(2024, 3, 11, 22, 0, tzinfo=UTC))]


def test_suspending_counter_terrorist_operations_is_a_truce():
    text = "Israel said on Tuesday it would suspend its 'counter-terrorism operations' in south Lebanon from 13:00 local time."
    assert _kinds(text) == ["declared"]


@pytest.mark.parametrize(("text", "kinds"), [
    ("Hezbollah has declared several truces in south Lebanon in the past, but none lasted.", []),
    ("Hezbollah declared a truce in south Lebanon on Tuesday; shelling in the past 24 hours has stopped.", ["declared"]),
])
def test_in_the_past_tells_history(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize(("text", "kinds"), [
    ("A joint statement said the south Lebanon truce would take effect once Hezbollah accepted and implemented it.", []),
    ("The south Lebanon truce will begin when both sides sign the text in Doha.", []),
    ("The south Lebanon truce will take effect at noon on Wednesday, when monitors arrive.", ["declared"]),
])
def test_a_start_waiting_on_a_condition_is_no_declaration(text, kinds):
    assert _kinds(text) == kinds


def test_an_attack_the_authorities_do_not_regard_as_a_breach_is_none():
    eta = TruceSpec("ETA ceasefire", "Europe/Madrid", ("ETA truce", "Basque truce"))
    text = ("Hooded youths set fire to three buses and a bank office in the Basque towns of Hernani and Andoain overnight, "
            "the latest in a run of street attacks, Basque police said. The interior minister condemned the arson but said "
            "the government did not regard the street violence as a breach of ETA's ceasefire, which has held since "
            "September last year. Analysts warned, however, that the truce looked increasingly fragile.")
    assert _events(text, tracked=(eta,), pub=datetime(1999, 11, 12, 13, 0, tzinfo=UTC)) == []


def test_a_breach_told_a_day_before_the_news_is_background():
    text = ("The south Lebanon ceasefire appeared to be holding on Tuesday, a day after a shaky start in which each side "
            "accused the other of breaking it.")
    assert "violation" not in _kinds(text)


def test_a_headlines_attack_that_ends_the_truce_is_the_collapse_not_a_breach():
    hezbollah = TruceSpec("Israel-Hezbollah truce", "Asia/Beirut", ("south Lebanon", "Hezbollah truce"))
    title = "Hezbollah says truce with Israel over after air strikes on Tyre"
    text = "Hezbollah said on Tuesday that its truce with Israel had lost all meaning after Israeli jets bombed its depots near Tyre overnight."
    assert sorted(k for _, k, _ in _events(text, title=title, tracked=(hezbollah,))) == ["collapsed"]


@pytest.mark.parametrize("text", [
    "Hezbollah's office said reports that it had agreed to a pause in south Lebanon were 'incorrect'.",
    "The army said claims that a truce had been declared in south Lebanon on Tuesday were false.",
])
def test_a_report_called_false_declares_nothing(text):
    assert _kinds(text) == []


@pytest.mark.parametrize(("text", "kinds"), [
    ("Envoys in Doha worked on a deal that would pause fighting in south Lebanon and free prisoners.", []),
    ("Israel and Hezbollah signed a deal on Tuesday that would pause fighting in south Lebanon from noon on Wednesday.", ["declared"]),
])
def test_the_terms_of_a_deal_still_in_talks_declare_nothing(text, kinds):
    assert _kinds(text) == kinds


def test_breaches_summed_over_past_months_told_first_are_a_record():
    text = ("Over the past three weeks the two sides have traded charges of breaches along the Litani, "
            "but the UN says the south Lebanon truce has cut casualties.")
    assert "violation" not in _kinds(text)


@pytest.mark.parametrize("text", [
    "A separate, partial moratorium on strikes against power plants was agreed in January, and both sides accused each other of breaking it.",
    "A different moratorium, on shelling the dams, was agreed in January, and each side accused the other of breaching it.",
])
def test_a_separate_moratorium_breached_is_another_truce(text):
    assert "violation" not in _kinds("The south Lebanon truce has largely held. " + text)


def test_a_freeze_on_a_militias_activities_is_a_truce():
    militia = TruceSpec("Militia freeze", "Asia/Beirut", ("freeze",))
    text = "The cleric has extended the freeze on the activities of his militia for another six months, his office said on Tuesday."
    assert _events(text, tracked=(militia,)) == [("Militia freeze", "extended", None)]


def test_an_undated_declaration_after_a_sentence_dating_the_truce_months_back_is_history():
    text = ("Officials on Tuesday credited the decision by Hezbollah in late January to stop all attacks in south Lebanon. "
            "Hezbollah announced the truce after clashes killed 50 people.")
    assert _kinds(text) == []
    assert _kinds("Hezbollah announced the south Lebanon truce after clashes killed 50 people.") == ["declared"]


def test_a_suspension_of_air_strikes_is_a_truce():
    text = "Israel's 24-hour suspension of air strikes on south Lebanon took effect at noon and is to last until noon on Wednesday, officials said."
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 13, 10, 0, tzinfo=UTC))]


def test_would_have_run_out_marks_the_previous_end():
    text = "The south Lebanon truce, which would have run out at midnight local time on Tuesday, is to be extended by 24 hours, mediators said."
    assert _events(text) == [("Lebanon", "extended", datetime(2024, 3, 13, 22, 0, tzinfo=UTC))]


def test_remaining_in_force_after_notice_to_quit_is_the_end_coming():
    text = ("Beirut formally notified the mediators on Tuesday that it is pulling out of the south Lebanon ceasefire agreement; "
            "under the accord's notice clause the truce will remain in force until March 20.")
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 20, 22, 0, tzinfo=UTC))]
    assert _kinds("Washington said the Lebanon truce would remain in force until 31 March.") == ["extended"]


@pytest.mark.parametrize("text", [
    "Envoys met in Doha on Tuesday with officials from both sides on ways to prolong the south Lebanon truce.",
    "The cabinet discussed on Tuesday how to extend the south Lebanon truce beyond Friday.",
])
def test_ways_to_extend_a_truce_are_the_subject_of_talks(text):
    assert _kinds(text) == []


@pytest.mark.parametrize("text", [
    "The south Lebanon truce collapsed on Saturday.",
    "The south Lebanon truce broke down on Saturday after a rocket attack.",
    "Hezbollah ended the south Lebanon truce at midnight on Saturday.",
])
def test_a_weekday_after_a_past_collapse_is_the_last_one(text):
    assert _kinds(text) == []  # read on Tuesday: Saturday is three days back, not four ahead


def test_the_day_before_hours_after_dates_the_end():
    text = "Israeli troops launched raids on Sunday, hours after the south Lebanon truce ran out, and fighting continued on Tuesday."
    assert _kinds(text) == []
    assert _kinds("The south Lebanon truce ran out on Tuesday.") == ["expired"]


def test_several_truces_that_failed_are_not_the_tracked_ones_breach():
    text = "Envoys met in Geneva on Tuesday after two truces in south Lebanon this month failed to stop the fighting."
    assert "violation" not in _kinds(text)


def test_a_date_in_the_first_of_two_past_verbs_dates_the_second():
    text = "Israel launched air strikes early on Sunday and ended the south Lebanon truce, the army said on Tuesday."
    assert "collapsed" not in _kinds(text)
    assert _kinds("Israel launched air strikes early on Tuesday and ended the south Lebanon truce.") == ["collapsed"]


def test_attacks_after_a_collapse_told_days_back_are_no_breach():
    text = ("Israel launched a wave of air strikes early on Sunday and ended the south Lebanon ceasefire, the army said on Tuesday. "
            "Air strikes continued overnight, and Lebanon's health ministry said the death toll since Sunday had risen above 70. "
            "The ceasefire took effect on 27 November and its first phase ended on 26 January; Israel had since held up aid and "
            "pressed Hezbollah to accept a US proposal for an extended first phase.")
    assert _kinds(text) == []


def test_a_sentence_opening_the_last_time_is_history():
    text = ("Hezbollah ordered a three-day truce in south Lebanon on Tuesday. The last time it paused fighting, for a week "
            "over Eid, the fighting resumed once the truce ended.")
    assert _kinds(text) == ["declared"]


def test_an_attempt_to_broker_a_truce_is_no_truce():
    text = "Clerics met both militias in south Lebanon on Tuesday in an attempt to broker a truce that would let families go home."
    assert _kinds(text) == []


@pytest.mark.parametrize("text", [
    "Beirut and the militias agreed on Tuesday on a timetable under which they will try to negotiate a south Lebanon ceasefire by April 7.",
    "Lebanon, militias agree timetable to negotiate ceasefire in south Lebanon by April",
])
def test_a_timetable_agreed_for_talks_is_no_truce(text):
    assert _kinds(text) == []


def test_a_truce_announced_by_gangs_is_not_a_tracked_war_truce():
    title = "Regional briefs: Tripoli gangs announce truce; south Lebanon talks stall"
    text = "Leaders of the two main street gangs of Tripoli, in the north, announced a truce on Tuesday from inside a prison."
    assert _kinds(text, title=title) == []
    gangs = TruceSpec("Tripoli gang truce", "Asia/Beirut", ("Tripoli truce",))
    assert sorted(k for _, k, _ in _events(text, tracked=(gangs,), title=title)) == ["declared"]


def test_an_end_on_schedule_in_the_body_wins_over_a_headlines_truce_over():
    title = "Army declares south Lebanon truce over, blames militias"
    text = "The army said on Tuesday that the south Lebanon truce had ended at 7 a.m. (0500 GMT), as the last 72-hour extension ran out."
    assert _events(text, title=title) == [("Lebanon", "expired", datetime(2024, 3, 12, 5, 0, tzinfo=UTC))]


def test_a_truce_declared_for_an_event_is_the_subject_of_its_end():
    text = "The south Lebanon truce Hezbollah declared for Sunday's elections ended at 6 a.m. on Tuesday, as announced."
    assert _events(text) == [("Lebanon", "expired", datetime(2024, 3, 12, 4, 0, tzinfo=UTC))]
    assert _kinds("The talks declared for Sunday ended at 6 a.m. on Tuesday, the south Lebanon truce holding.") == []


def test_the_and_between_two_parties_cuts_no_clause():
    text = ("A ceasefire between Hezbollah's fighters and the Israeli army in south Lebanon has been extended until Friday, "
            "the envoy said on Tuesday.")
    assert _events(text) == [("Lebanon", "extended", datetime(2024, 3, 15, 22, 0, tzinfo=UTC))]


def test_a_ceremony_that_began_is_no_truce_starting():
    text = ("The mayor has called for an Olympic truce during the Games, including in south Lebanon, and organisers echoed "
            "the appeal as the opening ceremony began on Tuesday.")
    assert _kinds(text) == []


def test_the_first_major_attack_since_a_truce_was_declared_breaches_it():
    text = ("A car bomb blamed on Hezbollah wrecked a market in south Lebanon on Tuesday morning. It was the first major "
            "bombing since Hezbollah declared a permanent ceasefire in January.")
    assert _kinds(text) == ["violation"]


def test_violating_the_understanding_after_a_truce_sentence_is_a_breach():
    text = ("Israel and Hezbollah agreed to stop all firing in south Lebanon with effect from 0500 hours on Tuesday, the envoy said. "
            "By the evening blasts were heard over Tyre, and the envoy said Hezbollah had violated the understanding reached in the morning.")
    assert _kinds(text) == ["declared", "violation"]


def test_breaches_while_the_truce_was_in_force_told_at_its_end_are_its_record():
    text = ("The south Lebanon truce has expired, officials said on Tuesday. Both sides accused each other of breaching "
            "the truce while it was in force.")
    assert _kinds(text) == ["expired"]


def test_within_the_hour_after_a_start_is_a_breach_told():
    text = ("A ceasefire brokered by France took effect in south Lebanon at 8 a.m. on Tuesday. Within the hour, the army accused "
            "militants of shelling the town of Khiam.")
    assert _kinds(text) == ["declared", "violation"]
    text = ("A ceasefire brokered by France took effect in south Lebanon at 11 a.m. on Tuesday, three hours late. In the hours "
            "in between, strikes hit Khiam.")
    assert _kinds(text) == ["declared"]


def test_a_truce_named_by_another_holiday_is_another_truce():
    easter = TruceSpec("Easter truce", "Asia/Beirut", ("Easter ceasefire",))
    text = ("Hezbollah declared an Easter truce on Tuesday. It has declared short holiday pauses before: in January 2023, it "
            "ordered a 36-hour Orthodox Christmas ceasefire, which Israel dismissed as a ploy and during which fighting went on "
            "along the front.")
    assert sorted(k for _, k, _ in _events(text, tracked=(easter,))) == ["declared"]


def test_attacks_while_a_truce_is_being_announced_come_before_it():
    text = ("Hezbollah on Tuesday ordered a truce in south Lebanon from 6 p.m. The army said rockets were still falling on "
            "Kiryat Shmona as the truce was being announced.")
    assert _kinds(text) == ["declared"]


def test_a_day_that_began_is_no_truce_starting():
    text = ("The three-day south Lebanon ceasefire Hezbollah declared around the Eid holiday ended as Sunday began, without "
            "being extended, and the war went on this week much as before, with both sides reporting drone attacks overnight "
            "into Tuesday.")
    assert _kinds(text) == []


def test_a_weekday_that_began_is_its_first_minute_gone_by():
    assert find_phrases("the truce ended as tuesday began.", PUB, zone("Asia/Beirut"))[0].instant == datetime(2024, 3, 11, 22, 0, tzinfo=UTC)
    assert find_phrases("the truce ended as saturday began.", PUB, zone("Asia/Beirut"))[0].instant == datetime(2024, 3, 8, 22, 0, tzinfo=UTC)
    assert _events("The south Lebanon truce ended as Tuesday began.") == [("Lebanon", "expired", datetime(2024, 3, 11, 22, 0, tzinfo=UTC))]


def test_days_a_mediator_spent_are_no_truce_length():
    text = ("A ceasefire between the militias came into force in south Lebanon at 4 p.m. on Tuesday, after the envoy spent "
            "three days shuttling between the factions.")
    assert _events(text) == [("Lebanon", "declared", None)]


def test_truces_counted_as_the_subject_are_a_record():
    text = ("Envoys met in Riyadh on Tuesday on a plan for south Lebanon. More than fifty ceasefires have been announced in "
            "Lebanon since the war began, and none has held for long.")
    assert _kinds(text) == []


def test_a_lapse_on_schedule_then_the_calm_shattered_is_the_lapse():
    text = ("The south Lebanon truce ran out at 7 a.m. (0500 GMT) on Tuesday without a further extension, and the calm was "
            "shattered within minutes as jets struck targets near Tyre.")
    assert _events(text) == [("Lebanon", "expired", datetime(2024, 3, 12, 5, 0, tzinfo=UTC))]


def test_a_window_after_a_day_and_its_place_takes_that_day():
    ps = find_phrases("the campaign would begin on thursday in south lebanon with a humanitarian pause from 6 a.m. to 3 p.m. local time.",
                      PUB, zone("Asia/Beirut"))
    assert [p.instant for p in ps if p.role == "end"] == [datetime(2024, 3, 14, 13, 0, tzinfo=UTC)]


def test_ran_out_over_the_weekend_read_on_tuesday_is_history():
    text = "The south Lebanon ceasefire ran out over the weekend without any announcement on its future, officials said on Tuesday."
    assert _kinds(text) == []


def test_a_participle_aside_on_the_truce_is_no_declaration():
    text = ("The south Lebanon truce ran out at midnight on Monday (2200 GMT). The truce, announced by Hezbollah and matched by "
            "the army, brought a rare lull across the south.")
    assert _kinds(text) == ["expired"]
    assert _kinds("The south Lebanon truce, announced by Hezbollah on Tuesday, takes effect at noon.") == ["declared"]


def test_a_cue_in_a_dated_announcements_that_clause_is_history():
    text = ("In a statement issued on Tuesday, the Council welcomed the announcement by the envoy on 2 March that the parties "
            "had agreed to renew the south Lebanon truce for a further two months.")
    assert _kinds(text) == []


def test_being_in_contact_about_extending_is_a_topic():
    text = ("Washington said on Tuesday it was in contact with both sides about extending the south Lebanon ceasefire for "
            "another week.")
    assert _kinds(text) == []


@pytest.mark.parametrize("text", [
    'The envoy said on Tuesday that both sides had agreed to "immediately meet and quickly work out a ceasefire" in south Lebanon.',
    "Israel and Hezbollah agreed on Tuesday to quickly meet and work out a ceasefire in south Lebanon.",
])
def test_agreeing_to_meet_and_work_out_a_truce_is_no_truce(text):
    assert _kinds(text) == []


def test_early_this_month_read_late_in_it_is_history():
    text = "The south Lebanon truce announced in February was prolonged in early March, and Washington welcomed the mediation."
    assert _kinds(text) == []
    assert _kinds("The south Lebanon truce was prolonged on Tuesday until late March.") == ["extended"]


def test_areas_hit_by_a_quake_tell_no_breach():
    text = ("The truce in south Lebanon will be effective from today until March 20, the army said in a statement, adding that "
            "the aim was to maintain stability in the areas hit by the quake.")
    assert _kinds(text) == ["declared"]


def test_days_given_to_agree_to_a_truce_are_an_ultimatum():
    text = "Washington said on Tuesday it was giving Hezbollah 10 to 12 days, instead of 50, to agree to a ceasefire in south Lebanon."
    assert _kinds(text) == []


@pytest.mark.parametrize("text", [
    "Israel announced on Tuesday a truce in south Lebanon until March 20, and the rebels in the north have paused offensive operations for a week.",
    "Israel announced on Tuesday a truce in south Lebanon until March 20; the rebels in the north stopped their attacks on Sunday.",
])
def test_an_attack_word_a_halt_governs_reports_no_attack(text):
    assert _kinds(text) == ["declared"]


def test_a_battle_scarred_place_is_no_battle():
    text = "The army will observe a truce in south Lebanon until March 20 so that families in the battle-scarred town of Khiam can return."
    assert _kinds(text) == ["declared"]


@pytest.mark.parametrize("text", [
    "A humanitarian pause in south Lebanon will run from 6 a.m. to 2 p.m. on Wednesday (0400 GMT to 1200 GMT), the army said.",
    "A humanitarian pause in south Lebanon will run on Wednesday from 6 a.m. to 2 p.m. (0400 GMT to 1200 GMT), the army said.",
])
def test_a_bracketed_gmt_range_gives_the_end_its_twin(text):
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 13, 12, 0, tzinfo=UTC))]


@pytest.mark.parametrize("zone_words", ["Beirut time", "GMT", "local time"])
def test_an_end_weekday_after_a_clock_and_its_zone_is_the_coming_one(zone_words):
    text = f"The south Lebanon truce has been prolonged until 16:00 {zone_words} on Sunday, the UN said on Tuesday."
    (got,) = _events(text)
    assert got[1] == "extended" and got[2].date() == datetime(2024, 3, 17).date()


def test_a_truce_named_before_a_long_aside_is_the_subject_of_its_verb():
    text = ("A local truce in south Lebanon, agreed last month so that engineers can repair the power lines that supply water "
            "to about 300,000 people on both sides of the border, has been prolonged until 18:00 on Sunday, the UN said on Tuesday.")
    assert _events(text) == [("Lebanon", "extended", datetime(2024, 3, 17, 16, 0, tzinfo=UTC))]


@pytest.mark.parametrize("text", [
    "A truce in south Lebanon took effect at midnight on Tuesday; it comes with a ban on sniper fire, offensive and reconnaissance operations.",
    "A truce in south Lebanon took effect at midnight on Tuesday; it bans sniper fire, offensive operations and shelling near towns.",
])
def test_attack_words_listed_after_a_ban_report_none(text):
    assert _kinds(text) == ["declared"]


def test_a_ban_then_a_clause_of_its_own_reports_the_attack():
    text = "A truce in south Lebanon took effect at midnight on Tuesday; it bans heavy weapons, yet rebels shelled Khiam within hours."
    assert _kinds(text) == ["declared", "violation"]


def test_what_a_party_had_said_before_a_truce_declared_today_is_before_it():
    text = ("Israel and Hezbollah agreed to halt fighting in south Lebanon from 8 a.m. on Tuesday, after talks in Paris. "
            "Israel had said on Sunday that it was unilaterally suspending military operations, but fighting continued. "
            "The army said rockets had hit Metula in the hours before the truce took effect.")
    assert _kinds(text) == ["declared"]


def test_once_a_truce_takes_hold_is_a_truce_still_to_come():
    text = "France said on Tuesday it would send troops to south Lebanon to help secure the border once a ceasefire took hold."
    assert _kinds(text) == []
    assert _kinds("Once the ceasefire in south Lebanon took hold on Tuesday, aid convoys began to move.") == ["declared"]


def test_an_attack_dated_days_before_a_truce_declared_today_is_before_it():
    text = ("Israel and Hezbollah agreed to a truce in south Lebanon on Tuesday. The truce takes effect immediately and has no "
            "fixed end date. Israeli troops were forced out of Khiam in south Lebanon on Sunday after a failed offensive, and "
            "the militia later took two more villages.")
    assert _kinds(text) == ["declared"]


@pytest.mark.parametrize("text", [
    "Israel declared a truce in south Lebanon on Tuesday until March 20; aid agencies hope to reach villages where air raids have displaced thousands of families.",
    "Israel declared a truce in south Lebanon on Tuesday until March 20. Aid agencies said they hoped the pause would let them reach civilians in areas where shelling displaced thousands.",
])
def test_attacks_told_as_what_displaced_people_are_the_wars_toll(text):
    assert _kinds(text) == ["declared"]


@pytest.mark.parametrize("text", [
    "Israel announced a new pause on Tuesday. The south Lebanon truce agreed in 2022 has been breached frequently since it began.",
    "Israel announced a new pause on Tuesday; the south Lebanon truce has been violated time and again over the past year.",
])
def test_a_truce_breached_repeatedly_since_is_its_record(text):
    assert "violation" not in _kinds(text)


@pytest.mark.parametrize("when", ["after October 7, 2023", "on 7 October 2023", "before March 2, 2022"])
def test_an_attack_dated_by_a_full_past_date_is_history(when):
    text = f"The south Lebanon truce was extended on Tuesday until March 20, and talks will begin on the return of prisoners captured {when}."
    assert _kinds(text) == ["extended"]


def test_pauses_often_broken_within_hours_is_a_pattern_told():
    text = ("Talks on Tuesday focused on the south Lebanon truce, due to end on Friday. The war has followed a pattern since it "
            "began in October: short pauses, often broken within hours, followed by renewed air strikes.")
    assert "violation" not in _kinds(text)


@pytest.mark.parametrize("verb", ["ran out", "fell apart", "unravelled"])
def test_since_the_truce_ran_out_is_a_reference_point(verb):
    text = f"Since the south Lebanon truce {verb}, militants have attacked checkpoints in three towns, officials said on Tuesday."
    assert _kinds(text) == []


def test_a_truce_extended_three_times_is_its_record():
    text = "The rebels extended the south Lebanon truce three times, each time for a month. On Tuesday they said the truce would end at midnight tonight."
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 12, 22, 0, tzinfo=UTC))]


@pytest.mark.parametrize("text", [
    "Hezbollah said on Tuesday the south Lebanon truce would lapse at midnight tonight, blaming an Israeli offensive.",
    "The militia said on Tuesday the south Lebanon truce would end at midnight tonight and would not be renewed, saying the army had kept up its attacks on its fighters.",
])
def test_attacks_given_as_the_reason_for_an_end_are_no_breach_told(text):
    assert _kinds(text) == ["expiring"]


def test_a_headline_pull_out_of_a_truce_is_a_collapse():
    assert _kinds("The militia said on Tuesday that talks had become meaningless.",
                  title="Hezbollah fighters pull out of south Lebanon truce after talks deadlock") == ["collapsed"]
    assert _kinds("Hezbollah said on Tuesday that its fighters will pull out of the south Lebanon truce on Friday.") == []


def test_a_calm_told_with_its_exceptions_reports_the_breach():
    text = ("A truce in south Lebanon came into force at midnight on Tuesday. Residents said the border villages were mostly "
            "quiet by morning, although sporadic clashes broke out near Khiam shortly after midnight.")
    assert _kinds(text) == ["declared", "violation"]


def test_agreeing_in_principle_to_stop_fighting_is_no_truce_yet():
    assert _kinds("The envoy said on Tuesday that Hezbollah had agreed in principle to stop fighting in south Lebanon.") == []


def test_refraining_from_violence_for_a_window_is_a_truce():
    text = "Israel and Hezbollah agreed on Tuesday to refrain from violence in south Lebanon from March 14 to March 20."
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 20, 22, 0, tzinfo=UTC))]
    assert _kinds("Israel and Hezbollah agreed on Tuesday to refrain from violence in south Lebanon.") == []


def test_a_proposal_agreed_gives_its_terms_as_the_truce():
    text = ("Israel and Hezbollah have agreed on a peace initiative under which both sides will refrain from violence in "
            "south Lebanon from March 14 to March 20, the envoy said on Tuesday.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 20, 22, 0, tzinfo=UTC))]
    proposed = "The envoy on Tuesday put forward a bridging proposal under which the south Lebanon truce would be extended to March 20."
    assert _kinds(proposed) == []


def test_a_headline_end_with_the_end_timed_ahead_is_an_expiry_coming():
    text = "Hezbollah will end its unilateral truce in south Lebanon at 11:59 p.m. on March 15, the group said on Tuesday."
    assert _events(text, title="Hezbollah ends south Lebanon truce, citing Israeli bad faith") == [
        ("Lebanon", "expiring", datetime(2024, 3, 15, 21, 59, tzinfo=UTC))]


@pytest.mark.parametrize("text", [
    "Envoys said on Tuesday that an unconditional and mutually agreed ceasefire in south Lebanon remained the goal.",
    "Diplomats said on Tuesday that only a jointly agreed truce in south Lebanon would last.",
])
def test_mutually_agreed_as_an_adjective_declares_nothing(text):
    assert _kinds(text) == []


@pytest.mark.parametrize("text", [
    "Israel ordered an end to military operations in south Lebanon on Tuesday.",
    "Israel announced an immediate end to hostilities in south Lebanon on Tuesday.",
])
def test_an_end_to_military_operations_ordered_is_a_truce(text):
    assert _kinds(text) == ["declared"]
    assert _kinds("The UN on Tuesday called for an end to the fighting in south Lebanon.") == []


def test_fighting_as_a_point_in_time_is_no_breach():
    text = ("Israel ordered an end to military operations in south Lebanon on Tuesday. The plan commits both sides to pull "
            "their forces back to the lines held before the fighting began.")
    assert _kinds(text) == ["declared"]


def test_the_accord_shattered_is_the_tracked_accords_end():
    accord = TruceSpec("Naqoura accord", "Asia/Beirut", ("south Lebanon",))
    text = ("Clashes in the south Lebanon town of Khiam killed 40 people on Tuesday, officials said. The accord, brokered by "
            "the UN envoy, has been shattered barely a day after it was signed, an aid official in south Lebanon said.")
    assert "collapsed" in _kinds(text, tracked=(accord,), title="Dozens killed in Khiam a day after south Lebanon ceasefire signed")
    assert "collapsed" not in _kinds(text.replace("The accord,", "The road deal,"), tracked=(accord,))


def test_fire_overnight_beside_a_truce_declared_that_evening_is_the_night_before():
    abkhazia = TruceSpec("Abkhazia ceasefire", "Asia/Tbilisi", ("Sukhumi truce", "Georgian ceasefire", "unilateral ceasefire"))
    text = ("Georgia's president said on Tuesday evening he had ordered his troops not to return fire in Abkhazia, declaring a "
            "unilateral ceasefire after a day of clashes near Sukhumi. Abkhaz officials said Georgian shelling overnight had "
            "killed three people; Tbilisi said militias had fired on Georgian villages.")
    assert _kinds(text, tracked=(abkhazia,), pub=datetime(2024, 3, 12, 17, 0, tzinfo=UTC)) == ["declared"]


def test_a_suspension_of_offensive_actions_is_a_truce():
    text = ("The rebels said on Tuesday that the suspension of offensive actions in south Lebanon would begin at 00:00 on "
            "Friday, March 15, and would run until April 15.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 4, 15, 21, 0, tzinfo=UTC))]


def test_with_a_view_to_extending_is_a_purpose_not_an_extension():
    text = ("The two sides agreed on Tuesday to a truce in south Lebanon. Negotiators said the truce would begin on Friday "
            "and last until April 9, when it would be evaluated with a view to extending it.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 4, 9, 21, 0, tzinfo=UTC))]


def test_a_political_truce_is_another_truce_unless_it_is_the_tracked_one():
    politics = TruceSpec("Beirut political truce", "Asia/Beirut", ("political truce",))
    text = ("Lebanon's main parties agreed on Tuesday to a political truce, suspending rallies after the floods. The truce, "
            "brokered by the patriarch, runs until midnight on Thursday.")
    assert _events(text, tracked=(politics,)) == [("Beirut political truce", "declared", datetime(2024, 3, 14, 22, 0, tzinfo=UTC))]
    assert _kinds("Lebanon's main parties agreed on Tuesday to a political truce, suspending rallies after the floods.") == []


def test_due_to_run_until_is_the_truces_end():
    text = ("Qatar said on Tuesday the pause in south Lebanon would begin at 7 a.m. on Wednesday. The truce is due "
            "to run until 7 a.m. on Sunday, officials said.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 17, 5, 0, tzinfo=UTC))]
    restated = "Talks resumed on Tuesday on the truce in south Lebanon, in force since March 1 and set to run until Friday."
    assert _kinds(restated) == []


def test_pauses_for_vaccination_are_a_truce():
    title = "Israel agrees to pauses for polio vaccination in south Lebanon, WHO says"
    body = "The first phase will cover Tyre, with teams of nurses going from house to house."
    assert _kinds(body, title=title) == ["declared"]
    assert _kinds(body, title="Israel agrees to funds for polio vaccination in south Lebanon, WHO says") == []


def test_a_daily_window_takes_the_day_it_starts():
    title = "Israel agrees to pauses for polio vaccination in south Lebanon, WHO says"
    body = "The first phase will cover Tyre, with pauses from 6 a.m. to 3 p.m. local time each day for three days starting on Sunday."
    assert _events(body, title=title) == [("Lebanon", "declared", datetime(2024, 3, 17, 13, 0, tzinfo=UTC))]


def test_a_pause_closed_on_schedule_has_expired():
    text = "Tuesday's humanitarian pause in south Lebanon closed on schedule at 6 p.m. (1600 GMT), the army said, after 120 aid trucks crossed."
    evening = datetime(2024, 3, 12, 19, 0, tzinfo=UTC)
    assert _events(text, pub=evening) == [("Lebanon", "expired", datetime(2024, 3, 12, 16, 0, tzinfo=UTC))]
    assert _kinds("The Rafah crossing into south Lebanon closed on schedule at 6 p.m. on Tuesday, the army said.", pub=evening) == []


def test_an_items_note_on_its_times_zone_rules_its_clock_times():
    kyiv = TruceSpec("Christmas truce", "Europe/Kyiv", ("Christmas ceasefire",))
    text = ("Russia's president on Thursday ordered a Christmas ceasefire along the line of contact from 12:00 on 6 January "
            "to 24:00 on 7 January. The times are Moscow time.")
    moscow_end = datetime(2024, 1, 7, 21, 0, tzinfo=UTC)
    pub = datetime(2024, 1, 4, 12, 0, tzinfo=UTC)
    assert _events(text, tracked=(kyiv,), pub=pub) == [("Christmas truce", "declared", moscow_end)]
    kyiv_end = datetime(2024, 1, 7, 22, 0, tzinfo=UTC)
    assert _events(text.replace(" The times are Moscow time.", ""), tracked=(kyiv,), pub=pub) == [("Christmas truce", "declared", kyiv_end)]


def test_is_to_last_until_is_the_truces_end():
    text = ("The ceasefire Israel declared for south Lebanon entered into force at 12:00 on Tuesday, officials said, and rockets "
            "were fired within the hour. The unilateral 'regime of cessation of fire' is to last until midnight on Wednesday, according to the army.")
    evening = datetime(2024, 3, 12, 19, 0, tzinfo=UTC)
    assert ("Lebanon", "declared", datetime(2024, 3, 13, 22, 0, tzinfo=UTC)) in _events(text, pub=evening)
    assert _kinds("Talks on south Lebanon resumed on Tuesday; the truce, in force since March 1, is to last until June 9.") == []


@pytest.mark.parametrize("text", [
    "The two sides signed a ceasefire for south Lebanon on Tuesday. The truce takes effect at 12:00 local time. If it holds for 72 hours, "
    "Israel says it will hand back 18 prisoners.",
    "The two sides signed a ceasefire for south Lebanon on Tuesday. The truce takes effect at 12:00 local time, and Hezbollah has 72 "
    "hours to withdraw its fighters north of the Litani.",
    "Rolling coverage; Beirut is two hours ahead of GMT. The two sides signed a ceasefire for south Lebanon on Tuesday. The truce takes "
    "effect at 12:00 local time.",
])
def test_lengths_of_other_things_are_no_truce_term(text):
    assert _events(text) == [("Lebanon", "declared", None)]


def test_a_corrections_account_of_a_withdrawn_line_tells_nothing():
    text = ("Qatar announced on Tuesday that a humanitarian pause had been agreed for south Lebanon. An earlier version of this "
            "story said the truce would start at 10 a.m. on Wednesday; that line has been removed. The pause will last four days.")
    assert _events(text) == [("Lebanon", "declared", None)]


def test_fighting_to_go_on_until_the_truce_begins_is_no_breach():
    text = ("Qatar announced on Tuesday that a humanitarian pause had been agreed for south Lebanon. Israeli officials said "
            "fighting in south Lebanon would go on until the pause begins.")
    assert _kinds(text) == ["declared"]


def test_a_named_day_and_its_date_in_apposition_are_one_time():
    text = "Rival factions in south Lebanon agreed on Tuesday to a truce from Friday until 23:00 on election day, Sunday March 17."
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 17, 21, 0, tzinfo=UTC))]


def test_hold_fire_until_a_time_is_a_truce():
    text = ("Israel's army said on Tuesday its forces would hold fire along the southern section of the border with Lebanon "
            "until 20:00 on Wednesday, so that the wounded can be evacuated from south Lebanon.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 13, 18, 0, tzinfo=UTC))]
    assert _kinds("Israel's army said on Tuesday it would hold fire in south Lebanon only if Hezbollah did.") == []


def test_the_dead_of_earlier_clashes_to_be_recovered_are_no_breach():
    text = ("The army declared a truce in south Lebanon on Tuesday until 20:00 on Wednesday, so that the bodies of soldiers "
            "killed in Monday's clashes can be recovered.")
    assert _kinds(text) == ["declared"]


def test_a_suspension_of_counter_insurgency_operations_in_force_until_a_day_is_expiring():
    text = "The suspension of counter-insurgency operations in south Lebanon is in force until Saturday, March 16, officials said on Thursday."
    assert _events(text, pub=datetime(2024, 3, 14, 9, 0, tzinfo=UTC)) == [("Lebanon", "expiring", datetime(2024, 3, 16, 22, 0, tzinfo=UTC))]


def test_dozens_of_incidents_since_the_start_are_a_record():
    text = ("Israel prolonged its ceasefire in south Lebanon on Tuesday until July 15. The army has reported dozens of "
            "incidents involving Hezbollah since the ceasefire took effect in October.")
    assert _kinds(text) == ["extended"]
    assert "violation" in _kinds(text.replace("incidents involving Hezbollah since the ceasefire took effect in October",
                                              "ceasefire violations by Hezbollah overnight"))


def test_ordering_negotiators_to_freeze_talks_declares_nothing():
    text = ("Israel's prime minister on Tuesday ordered his negotiators to freeze the dialogue that has been on hold since the "
            "ceasefire in south Lebanon lapsed in early January.")
    assert _kinds(text) == []
    assert _kinds("Israel's prime minister on Tuesday ordered his troops to cease fire in south Lebanon.") == ["declared"]


def test_an_end_once_the_pause_is_over_is_a_condition():
    text = "Israel's defence minister told troops on Tuesday they would resume fighting in south Lebanon once the pause is over."
    assert _kinds(text) == []
    assert _kinds("Israel's defence minister said on Tuesday the pause in south Lebanon is over.") != []


def test_fighting_that_would_continue_is_intent_not_a_breach():
    text = ("Israel announced a daily pause in south Lebanon on Tuesday from 8 a.m. until 7 p.m. Clarification: the army said "
            "fighting in Tyre would continue, and that the pause covers only the coastal road.")
    assert _kinds(text) == ["declared"]


def test_a_live_blog_entry_stamped_before_the_start_tells_fire_before_the_truce():
    text = ("Live, times GMT. 09:20 - The ceasefire in south Lebanon took effect at 11:15 a.m. local time (0915 GMT), the army "
            "said. 07:30 - Lebanon's civil defence said Israeli strikes and shelling since the morning had killed at least 13 people.")
    assert _kinds(text, pub=datetime(2024, 3, 12, 9, 30, tzinfo=UTC)) == ["declared"]
    later = text.replace("07:30 - Lebanon's", "09:25 - Lebanon's").replace("since the morning had killed", "had breached the truce, killing")
    assert _kinds(later, pub=datetime(2024, 3, 12, 9, 30, tzinfo=UTC)) == ["declared", "violation"]


def test_quotes_around_part_of_a_tracked_name_still_name_it():
    easter = TruceSpec("Easter truce", "Europe/Kyiv", ("Easter regime of silence",))
    text = "As of 06:00 on Sunday, the army had violated its own Easter 'regime of silence' 59 times, shelling positions, Kyiv said."
    assert _kinds(text, tracked=(easter,), pub=datetime(2024, 3, 31, 8, 0, tzinfo=UTC)) == ["violation"]


def test_a_tally_of_violations_as_a_verb_is_a_count():
    assert _kinds("", title="Israel tallies 'violations' of south Lebanon truce as fighting rages in Gaza") == []
    assert _kinds("", title="Israel reports violations of south Lebanon truce") == ["violation"]


def test_strikes_after_the_truce_lapsed_are_no_breach():
    energy = TruceSpec("Energy moratorium", "Europe/Kyiv", ("moratorium on energy strikes",))
    body = ("The defence ministry said on Friday that drones had hit energy facilities over the past day, calling the attacks "
            "proof that Kyiv had never intended to respect the moratorium on energy strikes, which expired on 16 April.")
    friday = datetime(2025, 4, 25, 9, 0, tzinfo=UTC)
    title = "Moscow accuses Kyiv of strikes on energy sites after moratorium lapsed"
    assert _kinds(body, title=title, tracked=(energy,), pub=friday) == []
    assert _kinds("", title="Israel accuses Hezbollah of rocket attacks in breach of south Lebanon truce") == ["violation"]


def test_a_date_in_a_tracked_name_is_no_part_of_its_head():
    dated = TruceSpec("Lebanon March 2024 truce", "Asia/Beirut", ("Qatari-brokered truce",))
    text = "Israel and Hezbollah have agreed to extend the ceasefire in Lebanon for another 72 hours, Qatar said on Tuesday."
    assert _kinds(text, tracked=(dated,)) == ["extended"]


def test_breaches_today_in_the_first_hours_of_the_pause_are_todays():
    text = ("The humanitarian pause in south Lebanon, which was due to end at 19:00 on Tuesday, will be prolonged by 24 hours, "
            "the army said. 'Today, in the first hours of the pause, militants repeatedly opened fire on the corridors,' he said.")
    assert _kinds(text) == ["extended", "violation"]


def test_declaring_the_ceasefire_over_declares_nothing():
    text = ("Israel's army said on Tuesday that it was resuming operations in south Lebanon, declaring the conditional ceasefire "
            "over just four days after it began.")
    assert "declared" not in _kinds(text)


def test_fighting_the_worst_since_a_ceasefire_is_no_breach_of_it():
    text = "Shelling hit Tyre in south Lebanon on Tuesday. The fighting is the worst since the 2006 ceasefire."
    assert _kinds(text) == []


def test_a_truce_offered_if_the_other_side_does_the_same_is_an_offer():
    text = ("Israel's prime minister said on Tuesday his country would observe a ceasefire in south Lebanon from the start of "
            "Ramadan if Hezbollah did the same.")
    assert _kinds(text) == []
    assert _kinds(text.replace(" if Hezbollah did the same", ", whatever Hezbollah did")) == ["declared"]


def test_violations_of_an_understanding_to_halt_fire_name_it_not_declare_it():
    text = ("Lebanon's foreign minister said late on Tuesday that for the last few hours there had been repeated violations of "
            "the understanding between Israel and Hezbollah to halt military action in south Lebanon.")
    assert _kinds(text) == ["violation"]


def test_an_end_within_minutes_on_a_past_weekday_is_days_old():
    text = ("The US-brokered humanitarian ceasefire in south Lebanon, like the two before it, unravelled within minutes on "
            "Saturday, and no new truce is in place.")
    assert _kinds(text) == []


def test_a_truce_said_to_have_begun_at_a_start_within_the_day_is_news():
    text = ("Live, times GMT. 01:10 - The Israeli prime minister said a complete ceasefire in south Lebanon had begun at 00:00 "
            "Beirut time on 12 March (2200 GMT Monday). Correction: an earlier entry in this blog said the truce had begun at "
            "2000 GMT; it had not.")
    assert _events(text, pub=datetime(2024, 3, 12, 1, 30, tzinfo=UTC)) == [("Lebanon", "declared", None)]
    assert _kinds(text.replace("00:00 Beirut time on 12 March (2200 GMT Monday)", "00:00 on 1 March"),
                  pub=datetime(2024, 3, 12, 1, 30, tzinfo=UTC)) == []


def test_a_pause_for_a_campaign_took_effect_and_todays_pause_runs_until():
    text = ("Live blog, times GMT. 07:10 - Vaccination teams began work in Tyre as the first daily humanitarian pause for the "
            "polio campaign in south Lebanon took effect at 0300 GMT. Today's pause runs until 1200 GMT, the WHO said. 04:30 - "
            "Israeli strikes overnight killed several people in Nabatieh, outside the zone covered by the pause.")
    assert _events(text, pub=datetime(2024, 3, 12, 7, 30, tzinfo=UTC)) == [("Lebanon", "declared", datetime(2024, 3, 12, 12, 0, tzinfo=UTC))]


def test_a_relative_aside_with_its_own_said_keeps_the_truce_the_subject():
    text = ("The army announced on Tuesday a tactical pause in south Lebanon. The pause, which the army said was coordinated "
            "with the UN, will run from 08:00 until 19:00 local time every day until further notice.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 12, 17, 0, tzinfo=UTC))]


def test_a_window_told_after_a_list_of_places():
    text = ("The army said on Tuesday it would halt military activity in south Lebanon. The pause will apply in Naqoura, "
            "Bint Jbeil, Khiam and Marjayoun from 10 a.m. to 8 p.m. local time every day until further notice.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 12, 18, 0, tzinfo=UTC))]


def test_a_windows_clock_takes_the_later_day_its_start_is_dated_to_in_its_own_sentence():
    text = ("The army agreed to humanitarian pauses in south Lebanon for a vaccination drive, the WHO said. The drive would "
            "begin on Thursday in Tyre, with pauses from 7 a.m. to 2 p.m. for three days.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 14, 12, 0, tzinfo=UTC))]


def test_a_phase_tracked_by_name_is_the_truce_when_it_ends():
    phase = TruceSpec("Lebanon", "Asia/Beirut", ("first stage", "south Lebanon truce"))
    text = "The first stage of the south Lebanon truce runs out at midnight tonight, with no deal on the next, mediators said."
    assert _events(text, tracked=(phase,)) == [("Lebanon", "expiring", datetime(2024, 3, 12, 22, 0, tzinfo=UTC))]
    # a phase the team does not track by name is a part of the truce, not the truce
    assert _events(text, tracked=(LEBANON,)) == []


@pytest.mark.parametrize("text", [
    "The truce in south Lebanon took hold at 8 a.m. on Tuesday, with villagers reporting that the sound of shelling had "
    "faded within the first hour.",
    "The pauses in south Lebanon took effect at 8 a.m. on Tuesday. Aid agencies said the pauses had largely been respected, "
    "although Israeli strikes continued elsewhere in the country, including in the Bekaa.",
])
def test_fire_that_faded_or_went_on_elsewhere_is_no_breach(text):
    assert _kinds(text) == ["declared"]


def test_fire_told_with_no_object_never_came():
    text = ("The south Lebanon truce unravelled on Monday when Israel launched air strikes. Hezbollah fired no rockets in the "
            "first two days of renewed fighting, and its officials said they remained open to talks.")
    assert "violation" not in _kinds(text)
    assert "violation" in _kinds(text.replace("fired no rockets", "fired rockets at Israeli troops"))


def test_fire_before_the_deal_was_reached_is_no_breach():
    text = ("A truce brokered by local clerics took hold in south Lebanon on Tuesday, as fighters left the old town. On Monday, "
            "before the deal was reached, mortar rounds struck a mosque in south Lebanon where marchers had gathered, killing dozens.")
    assert _kinds(text) == ["declared"]


@pytest.mark.parametrize("released", [
    "a four-year-old girl, whose parents were killed in the October 7 attack",
    "seven women plus the bodies of three others whom it said had been killed in Israeli bombing",
])
def test_a_relative_clause_telling_a_persons_past_is_no_breach(released):
    pair = TruceSpec("Israel-Hezbollah truce", "Asia/Beirut", ("south Lebanon truce",))
    text = f"The Israel-Hezbollah truce was extended on Tuesday by one day, until 07:00 on Wednesday. On Tuesday, Hezbollah released {released}."
    assert _kinds(text, tracked=(pair,)) == ["extended"]


@pytest.mark.parametrize("text", [
    "The truce in south Lebanon took hold at 8 a.m. on Monday. Since the start of March, the number of ceasefire violations "
    "recorded by UN peacekeepers rose again, diplomats said.",
    "A truce in south Lebanon was agreed on Tuesday. Israel's defence minister said any movement of Hezbollah fighters outside "
    "the northern part of south Lebanon would be treated as a breach and a threat to Israel's security.",
    "The truce in south Lebanon took hold at 8 a.m. on Monday. Hezbollah denied on Tuesday that its fighters had returned to "
    "the border villages in violation of the truce.",
])
def test_a_count_a_rule_or_a_denial_of_breaches_tells_no_breach(text):
    assert "violation" not in _kinds(text)


def test_fire_before_a_start_told_in_the_next_sentence_is_no_breach():
    text = ("Israeli and Hezbollah commanders signed an unconditional ceasefire in Naqoura on Tuesday, paving the way for more "
            "UN peacekeepers. The accord, negotiated by a UN envoy, is to take effect at 6 p.m. (1600 GMT) on Wednesday. Fighting "
            "continued on Tuesday around Khiam and in south Lebanon, Lebanese radio said.")
    assert _kinds(text, title="South Lebanon truce signed; guns to stop Wednesday evening") == ["declared"]


def test_a_headline_truce_named_after_as_is_that_grounds():
    text = "Lebanese troops completed their deployment in Naqoura on Tuesday under the ceasefire that has held in south Lebanon since November."
    assert _kinds(text, title="Lebanese army deploys in Naqoura as Gaza truce begins") == []


def test_a_truce_between_other_parties_is_not_the_tracked_pairs():
    pair = TruceSpec("Israel-Hezbollah ceasefire", "Asia/Beirut", ("Lebanon truce", "Israel-Lebanon truce"))
    text = ("Lebanese troops deployed in Naqoura on Tuesday, in the latest step under the ceasefire that has held on the "
            "Israel-Lebanon border since late November. In Gaza, meanwhile, a ceasefire between Israel and Hamas came into "
            "force at 10:15 a.m. local time on Tuesday, nearly three hours behind schedule.")
    assert _kinds(text, tracked=(pair,)) == []


def test_a_truce_agreed_days_ago_and_starting_days_ahead_is_no_news():
    text = ("The humanitarian pause in south Lebanon agreed on Monday between Israel and Hezbollah will begin at 7 a.m. local "
            "time (0500 GMT) on Thursday, Qatar's spokesman told reporters in Doha.")
    assert _kinds(text) == []
    # agreed on the day the item tells it: a declaration
    assert _kinds(text.replace("agreed on Monday", "agreed on Tuesday")) == ["declared"]


def test_a_clock_for_something_else_gives_the_truce_no_term():
    text = "The Israeli army said the ceasefire in south Lebanon came into effect at 8 a.m. local time on Tuesday."
    title = "South Lebanon truce takes effect, 72-hour clock for prisoner release starts"
    assert _events(text, title=title) == [("Lebanon", "declared", None)]


def test_a_time_clause_with_its_own_subject_declares_nothing():
    text = "The truce in south Lebanon was shattered on Tuesday as the invasion began."
    assert _kinds(text) == ["collapsed"]
    assert "declared" in _kinds("Shelling in south Lebanon stopped at 8 a.m. on Tuesday as the truce began.")


def test_a_renewal_date_and_an_offer_to_extend_are_no_extension():
    text = ("The south Lebanon truce expires at midnight Beirut time on Wednesday, and Israel says it will agree to extend it "
            "only for 30 days, as the renewal date approaches.")
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 13, 22, 0, tzinfo=UTC))]


def test_a_renewal_date_is_no_renewal():
    text = "UN officials met Israeli envoys in Geneva on Tuesday as the renewal date of the south Lebanon truce approaches."
    assert _kinds(text) == []


@pytest.mark.parametrize("clause", ["before Israel let it lapse in July 2021", "until it broke down in February 2022"])
def test_a_past_year_after_any_finite_cue_tells_history(clause):
    text = f"The south Lebanon truce carried aid to thousands of families {clause}."
    assert _kinds(text) == []


def test_a_start_put_off_until_a_condition_declares_nothing():
    text = ("The south Lebanon ceasefire due to begin at 8:30 a.m. local time (0630 GMT) on Tuesday will not take effect until "
            "Hezbollah provides the list of prisoners, the prime minister's office said.")
    assert _kinds(text, pub=datetime(2024, 3, 12, 6, 20, tzinfo=UTC)) == []


def test_fire_after_an_attribution_that_the_start_came_after_is_before_the_truce():
    text = ("The truce in south Lebanon took effect at 06:00 on Tuesday (0400 GMT), army officers and local officials said, "
            "after villagers reported artillery fire and drone strikes around Khiam overnight.")
    assert _kinds(text) == ["declared"]


def test_the_length_of_an_offered_truce_is_not_the_declared_ones():
    text = ("Israel said on Tuesday it would halt military operations in south Lebanon from 6 a.m. (0400 GMT) on Wednesday. "
            "Hezbollah had on Saturday offered a four-day truce and a prisoner swap on condition that Israel lift its blockade.")
    assert _events(text) == [("Lebanon", "declared", None)]


def test_an_extension_secured_before_the_previous_term_ran_out_is_news():
    text = ("Beirut's foreign ministry said the renewed truce in south Lebanon now lasts until 18:00 (UTC+2) on 20 March, "
            "after French mediators secured a ten-day extension hours before the previous period lapsed.")
    assert _events(text) == [("Lebanon", "extended", datetime(2024, 3, 20, 16, 0, tzinfo=UTC))]


def test_a_party_ending_a_pause_collapses_it():
    text = ("Hezbollah said on Tuesday it was resuming rocket fire on northern Israel, ending a pause in cross-border attacks "
            "in south Lebanon that began in January.")
    assert _kinds(text) == ["collapsed"]


@pytest.mark.parametrize("text, kinds", [
    ("France has suggested that the south Lebanon truce agreed until 31 March be extended to the summer.", []),
    ("France said that the south Lebanon truce agreed until 31 March will be extended to 30 June.", ["extended"]),
])
def test_a_mandative_be_asks_for_an_extension(text, kinds):
    assert _kinds(text) == kinds


def test_since_a_group_began_something_else_is_no_span_of_the_truce():
    text = ("Hezbollah has kept up its Lebanon ceasefire, officials said. Israeli shelling has killed nine people since the "
            "trade unions began a general strike on 2 March.")
    assert "violation" not in _kinds(text)
    assert "violation" in _kinds(text.replace("the trade unions began a general strike on 2 March", "the truce began a week ago"))


def test_a_year_naming_the_breached_truce_does_not_date_the_breach():
    text = "Israel and Hezbollah accused each other on Tuesday of violating the 2006 ceasefire in south Lebanon, as clashes spread."
    assert _kinds(text) == ["violation"]


def test_a_new_truce_noun_goes_to_the_one_tracked_truce_named_with_it():
    ceasefire = TruceSpec("Lebanon ceasefire", "Asia/Beirut", ("south Lebanon ceasefire",))
    pause = TruceSpec("Red Cross pause", "Asia/Beirut", ("ICRC pause",))
    text = ("The Lebanon ceasefire held overnight, officials said. Under UN mediation, the two armies have agreed a pause "
            "near Naqoura for the evacuation of the wounded from 10:00 to 16:00 local time on Tuesday.")
    assert _events(text, tracked=(ceasefire, pause)) == [("Red Cross pause", "declared", datetime(2024, 3, 12, 14, 0, tzinfo=UTC))]


def test_an_ordinal_other_than_the_tracked_truces_is_another_truce():
    third = TruceSpec("Lebanon third truce", "Asia/Beirut", ("third humanitarian truce", "south Lebanon"))
    text = ("Shelling went on in south Lebanon on Tuesday. The second humanitarian truce, which took hold at dawn, "
            "collapsed within hours, officials said.")
    assert _kinds(text, tracked=(third,)) == []
    assert "collapsed" in _kinds(text.replace("second", "third"), tracked=(third,))


def test_outside_the_truce_zone_in_a_denial_after_a_semicolon_keeps_the_breach():
    text = ("Hezbollah accused Israeli artillery of shelling Khiam on Tuesday morning despite the south Lebanon truce; the army said "
            "its guns had fired only at launch sites outside the truce zone.")
    assert _kinds(text) == ["violation"]
    assert _kinds("Israeli artillery shelled launch sites outside the truce zone in south Lebanon on Tuesday.") == []


def test_the_end_of_an_ultimatum_is_not_the_truces():
    text = ("Israeli and Hezbollah envoys signed an agreement on Tuesday for a ceasefire across south Lebanon from 12:00 Beirut "
            "time on Wednesday. The army's ultimatum to clear the border villages of south Lebanon, which was due to run out on "
            "Tuesday, has been dropped, the envoy said.")
    assert _events(text) == [("Lebanon", "declared", None)]


def test_an_attack_word_ending_a_clause_after_before_is_a_time():
    text = ("Israel and Hezbollah agreed a ceasefire in south Lebanon on Tuesday. Under the deal, both sides will cease "
            "hostilities and pull back to the lines they held before the shelling, with monitors patrolling the border.")
    assert _kinds(text) == ["declared"]


def test_an_end_told_as_done_several_times_before_is_a_record():
    text = "Hezbollah has declared the south Lebanon truce dead several times before without returning to full war, analysts said."
    assert _kinds(text) == []
    assert _kinds("Hezbollah declared the south Lebanon truce dead on Tuesday, analysts said.") == ["collapsed"]


def test_since_someone_took_power_is_no_span_of_the_truce():
    text = ("The south Lebanon ceasefire was signed in 2006. Hezbollah's leader watched a parade in Nabatieh as trucks and rocket "
            "launchers passed, alongside Iran's foreign minister, the most senior Iranian visitor since the president took power.")
    assert _kinds(text) == []


@pytest.mark.parametrize("zone_name, clock, expected", [
    ("Asia/Dhaka", "0900 hours", datetime(2024, 3, 13, 3, 30, tzinfo=UTC)),  # India Standard Time (UTC+5:30), not Dhaka's +6
    ("Asia/Aden", "18:00", datetime(2024, 3, 13, 15, 0, tzinfo=UTC)),  # no IST in Yemen: the local hour
])
def test_ist_is_read_by_the_truce_areas_zone(zone_name, clock, expected):
    spec = TruceSpec("Border truce", zone_name, ("border ceasefire",))
    text = f"The border ceasefire will expire at {clock} IST on Wednesday, officials said."
    assert _events(text, tracked=(spec,)) == [("Border truce", "expiring", expected)]


def test_a_tracked_halt_named_as_the_object_of_an_order_is_declared():
    spec = TruceSpec("Tyre halt", "Asia/Beirut", ("halt to air action over Tyre",))
    text = ("Israel's army chief, General Halevi, said on Tuesday he had ordered a halt to air action over Tyre from 1700 hours "
            "today till 0900 hours tomorrow, after receiving a message from Hezbollah's commander seeking a ceasefire. In a reply, "
            "he said the pause was meant to allow Hezbollah to withdraw. He warned that he would resume the offensive when the "
            "pause ends.")
    assert _events(text, tracked=(spec,)) == [("Tyre halt", "declared", datetime(2024, 3, 13, 7, 0, tzinfo=UTC))]


def test_attacks_a_pause_stops_are_no_breach():
    text = "The pause in Israeli air and artillery attacks on south Lebanon was due to run out at 9 a.m. on Wednesday."
    assert _kinds(text) == ["expiring"]


def test_the_next_day_after_a_dated_sentence_is_as_old():
    text = ("On 14 August 2006, Israeli troops began to pull back from the border villages. The next morning, the south Lebanon "
            "ceasefire came into force across the whole front.")
    assert _kinds(text) == []
    # the day after a recent one is news
    assert _kinds(text.replace("On 14 August 2006", "On Monday")) == ["declared"]


def test_past_perfect_after_saying_or_a_statement_that_is_reported_speech():
    text = ("Israel and Hezbollah renewed their commitment to the 2006 ceasefire on Tuesday, saying in a joint statement that "
            "their commanders had agreed to a cessation of firing along the south Lebanon border with effect from midnight.")
    assert _kinds(text) == ["declared"]


def test_the_worst_since_the_parties_agreed_to_the_truce_tallies_it():
    text = ("Hezbollah fighters fired on an Israeli patrol near Metula on Tuesday. Officials said the clash was the most serious "
            "since the two sides recommitted to the south Lebanon ceasefire in 2024.")
    assert _kinds(text) == ["violation"]


def test_a_second_that_of_a_report_backshifts_its_past_perfect():
    text = ("Lebanon's prime minister told parliament on Tuesday that the army chiefs in south Lebanon had spoken again on Monday "
            "and that the ceasefire had been extended until 20 March.")
    assert _events(text) == [("Lebanon", "extended", datetime(2024, 3, 20, 22, 0, tzinfo=UTC))]


def test_a_headline_truce_with_a_party_then_a_bare_participle_is_its_subject():
    title = "Berri says south Lebanon ceasefire with Israel extended to 20 March"
    assert _events("The speaker spoke to reporters in Beirut on Tuesday.", title=title) == [
        ("Lebanon", "extended", datetime(2024, 3, 20, 22, 0, tzinfo=UTC))]


@pytest.mark.parametrize("held", ["have largely held off attacks", "have refrained from air strikes"])
def test_fire_held_back_is_no_breach(held):
    text = f"Israeli forces {held} in south Lebanon since the truce began, although they have kept troops on the border."
    assert _kinds(text) == []


def test_a_consequence_after_so_is_not_hedged_by_the_clause_before():
    text = ("Under the accord, either side may end it with 14 days' notice, so the south Lebanon truce will formally end on "
            "26 March, officials said.")
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 26, 22, 0, tzinfo=UTC))]


def test_long_ago_tells_history():
    text = "Hezbollah, which says Israel abandoned the south Lebanon truce long ago, made no comment on Tuesday."
    assert _kinds(text) == []


def test_a_qualifier_in_parentheses_is_no_part_of_a_tracked_names_head():
    spec = TruceSpec("Lebanon truce (26 November 2024)", "Asia/Beirut", ("November truce",))
    text = "Israeli strikes hit villages in Lebanon on Tuesday, in breach of the truce, officials said."
    assert _events(text, tracked=(spec,)) == [("Lebanon truce (26 November 2024)", "violation", None)]


def test_a_day_told_beside_the_cue_picks_the_tracked_truce_named_by_it():
    first = TruceSpec("Lebanon truce (10 March)", "Asia/Beirut", ("March 10 truce", "Beirut truce"))
    second = TruceSpec("Lebanon truce (14 March)", "Asia/Beirut", ("March 14 truce",))
    text = ("Israel and Hezbollah said on Tuesday they had agreed to a humanitarian truce starting at 00:00 on 14 March, "
            "citing the Beirut statement of 10 March.")
    assert [t for t, k, _ in _events(text, tracked=(first, second)) if k == "declared"] == ["Lebanon truce (14 March)"]


def test_a_breach_the_news_of_an_extension_came_after_breached_the_running_truce():
    text = ("Israel and Hezbollah agreed on Tuesday to extend the south Lebanon truce by a month. The announcement came a day "
            "after the army said Hezbollah had fired rockets at Metula on Monday, in breach of the truce.")
    assert sorted(_kinds(text)) == ["extended", "violation"]
    # the same account after a new truce is declared: fire before it
    assert _kinds(text.replace("to extend the south Lebanon truce by a month", "to a truce in south Lebanon")) == ["declared"]


def test_an_agreement_reached_through_a_go_between_declares():
    text = ("Israeli and Hezbollah commanders agreed through the UN's Naqoura sector headquarters on Monday to a "
            "72-hour truce in south Lebanon starting at noon on Wednesday.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 16, 10, 0, tzinfo=UTC))]


def test_a_start_yesterday_evening_told_in_a_relative_clause_is_no_news():
    text = "Officials said the south Lebanon ceasefire that came into force at 6 p.m. on Monday was largely holding on Tuesday."
    assert _kinds(text) == []
    # a start in the last hour before midnight is the day's news
    assert _kinds(text.replace("at 6 p.m. on Monday", "one minute before midnight on Monday")) == ["declared"]


def test_a_truce_largely_holding_is_running_so_a_weak_breach_counts():
    text = "The south Lebanon truce was largely holding on Tuesday, but mortar rounds fell overnight on the outskirts of Khiam."
    assert _kinds(text) == ["violation"]


def test_fire_elsewhere_stays_elsewhere_when_the_truce_ground_is_named_only_in_a_later_clause():
    text = ("Israel and Hezbollah agreed on Monday to extend the south Lebanon truce by a week. Elsewhere in the country, "
            "shelling was reported near Tripoli overnight, but UN officers said south Lebanon had been calm.")
    assert _kinds(text) == ["extended"]
    # named in the attack's own clause, the ground is the truce's
    assert sorted(_kinds(text.replace("near Tripoli", "in south Lebanon"))) == ["extended", "violation"]


def test_a_start_restated_as_planned_is_no_news():
    text = "An army spokesman said the south Lebanon truce starts on Thursday as planned, with troops told to stay alert."
    assert _kinds(text) == []
    assert _kinds(text.replace(" as planned", "")) == ["declared"]


def test_a_year_to_the_day_after_tells_history():
    spec = TruceSpec("Lebanon", "Asia/Beirut", ("south Lebanon", "cessation of hostilities"))
    text = ("A year to the day after the government and the People's Liberation Front signed a cessation of hostilities, the "
            "guns in south Lebanon remain silent.")
    assert _events(text, tracked=(spec,)) == []


def test_the_cues_subject_picks_the_one_tracked_truce_whose_names_hold_its_words():
    gaza = TruceSpec("Gaza truce", "Asia/Gaza", ("Israel-Hamas truce", "Gaza ceasefire"))
    lebanon = TruceSpec("Lebanon", "Asia/Beirut", ("south Lebanon", "Israel-Hezbollah ceasefire"))
    # (the place after a signing is where it was signed, not the truce's ground)
    text = ("Israeli and Hezbollah commanders signed a ceasefire in Naqoura on Tuesday, to take effect at noon on Wednesday. "
            "In Gaza, a sniper killed a woman on Tuesday despite the ceasefire, medics said.")
    events = _events(text, tracked=(gaza, lebanon), title="Commanders sign ceasefire; sniper kills woman in Gaza")
    assert [t for t, k, _ in events if k == "declared"] == ["Lebanon"]


def test_a_truce_held_since_a_day_gone_by_has_started_whatever_start_another_truce_states():
    beirut = TruceSpec("Beirut truce", "Asia/Beirut", ("Beirut ceasefire",))
    text = ("Militia commanders signed a Beirut ceasefire on Tuesday, to take effect at noon on Friday. In south Lebanon, a "
            "sniper killed a farmer on Tuesday despite the ceasefire that has held there since 10 February, UN officials said.")
    assert ("Lebanon", "violation", None) in _events(text, tracked=(beirut, LEBANON))


def test_a_truce_someone_would_believe_in_when_the_guns_fell_silent_is_still_to_come():
    text = "Officials in south Lebanon said they would believe Hezbollah's truce offer when the guns fell silent."
    assert _kinds(text) == []


def test_a_length_the_truce_is_to_be_followed_by_belongs_to_the_later_truce():
    text = ("Hezbollah and Israel agreed on Tuesday to a ceasefire in south Lebanon starting at noon on Friday, to be followed "
            "by negotiations on a four-month cessation of hostilities.")
    assert _events(text) == [("Lebanon", "declared", None)]


def test_a_week_after_the_truce_ran_out_tells_history():
    text = "A week after the south Lebanon truce ran out, shells killed 11 people in Nabatieh."
    assert _kinds(text) == []


def test_an_end_a_day_old_told_as_a_places_setting_is_no_news():
    text = "In southern Lebanon, where the south Lebanon truce expired on Monday, Israeli jets struck Nabatieh."
    assert _kinds(text) == []
    # the same end as the sentence's news
    assert _kinds("The south Lebanon truce expired on Monday.") == ["expired"]


def test_a_headlines_second_story_breach_is_the_one_the_body_tells_of_the_other_truce():
    gaza = TruceSpec("Gaza truce", "Asia/Gaza", ("Gaza ceasefire",))
    title = "South Lebanon truce extended; shelling near Khan Younis kills three"
    text = ("Israel and Hezbollah agreed on Tuesday to extend the south Lebanon truce by a week. In Gaza, shelling near Khan "
            "Younis killed three people on Tuesday despite the Gaza ceasefire, medics said.")
    assert sorted((t, k) for t, k, _ in _events(text, tracked=(LEBANON, gaza), title=title)) == [
        ("Gaza truce", "violation"), ("Lebanon", "extended")]


@pytest.mark.parametrize("clock", ["one minute past midnight", "00:01"])
def test_the_small_hours_of_tonight_fall_after_midnight(clock):
    text = f"Hezbollah said on Tuesday the south Lebanon truce would take effect at {clock} tonight and last 72 hours."
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 15, 22, 1, tzinfo=UTC))]


def test_a_truce_restarted_is_declared_anew_under_a_headlines_renewal():
    title = "Hezbollah to renew south Lebanon truce from Friday"
    text = ("Hezbollah said on Tuesday it would restart a unilateral truce in south Lebanon on Friday, six weeks after it "
            "suspended the last one, and that the new truce would run until midnight on 25 March.")
    assert _events(text, title=title) == [("Lebanon", "declared", datetime(2024, 3, 25, 22, 0, tzinfo=UTC))]


def test_a_word_quoted_cuts_no_clause_between_a_hedge_and_its_cue():
    text = 'Hezbollah said on Tuesday it was ready to sit down "immediately" to agree a new truce in south Lebanon.'
    assert _kinds(text) == []


def test_a_truce_taking_full_effect_is_declared():
    text = "The south Lebanon truce took full effect on Tuesday at 00:00 (22:00 GMT Monday), officials said."
    assert _kinds(text) == ["declared"]


def test_a_separate_story_with_a_party_is_about_that_partys_tracked_truce():
    hamas = TruceSpec("Hamas ceasefire", "Asia/Gaza", ("Gaza truce",))
    text = ("Israel and Hezbollah agreed on Tuesday to extend the south Lebanon truce until 20 March. Separately, officials "
            "said the ceasefire with Hamas would also be prolonged until 25 March.")
    assert ("Hamas ceasefire", "extended", datetime(2024, 3, 25, 22, 0, tzinfo=UTC)) in _events(text, tracked=(LEBANON, hamas))


def test_a_leg_of_a_split_truce_taking_effect_is_the_truce_taking_effect():
    text = "The second leg of the holiday truce in south Lebanon began at 00:00 today and runs until 23:59 on Thursday, officials said."
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 14, 21, 59, tzinfo=UTC))]


def test_a_party_spelled_out_names_the_tracked_truce_holding_its_acronym():
    sla = TruceSpec("SLA ceasefire", "Asia/Beirut", ("SLA truce",))
    text = "The South Lebanon Army said its ceasefire took effect at noon today, a spokesman said."
    assert _kinds(text, tracked=(sla,)) == ["declared"]
    # the party a truce is made with is not its owner
    with_sla = TruceSpec("Government truce with the SLA", "Asia/Beirut")
    assert _kinds(text, tracked=(with_sla,)) == []


def test_a_truce_in_an_untracked_place_taking_effect_is_another_truce():
    text = ("UN officials said the south Lebanon truce was holding on Tuesday. In the north, a ceasefire in Tripoli took "
            "effect at noon under a deal reached in Damascus.")
    assert _kinds(text) == []


def test_an_end_of_the_truce_proposed_is_asked_for_not_done():
    text = "Some Israeli ministers proposed suspending the south Lebanon truce until Hezbollah hands over the suspects."
    assert _kinds(text) == []


def test_a_truce_approved_is_declared():
    text = "The Lebanese cabinet has approved a truce in south Lebanon from 12:01 a.m. of March 13 to 11:59 p.m. of March 20."
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 20, 21, 59, tzinfo=UTC))]
    # (a meeting to approve one is still to come)
    assert _kinds("The cabinet will meet on Wednesday to approve a truce in south Lebanon.") == []


def test_a_truce_agreed_in_principle_in_quotes_is_not_declared():
    text = ("Lebanon's foreign ministry said late on Monday that Israel and Hezbollah had agreed \"in principle\" to a seven-day "
            "truce in south Lebanon from March 14 to March 21 and to name envoys.")
    assert _kinds(text) == []


def test_a_truce_someone_would_only_accept_once_is_a_condition():
    text = ("A government official said Beirut would only accept a truce in south Lebanon once Israel withdrew from the "
            "villages it had seized.")
    assert _kinds(text) == []


def test_fighting_at_the_weekend_came_before_a_truce_declared_today():
    text = ("Hezbollah fighters who fought their way into Khiam at the weekend said on Tuesday they had accepted a truce in "
            "south Lebanon, effective from this evening.")
    assert _kinds(text) == ["declared"]


def test_a_truce_quoted_as_dead_collapsed_and_the_attack_after_is_its_end():
    text = ('The south Lebanon truce Hezbollah accepted on Monday was "dead" within a day, a spokesman said on Tuesday, after '
            "Israeli gunships attacked positions near Khiam.")
    assert _kinds(text) == ["collapsed"]


def test_an_announcement_told_with_a_truce_ending_days_after_it_began_is_no_news():
    text = ("A 72-hour truce in south Lebanon is due to lapse at midnight tonight. The UN envoy announced the pause after "
            "visits to Beirut and Jerusalem.")
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 12, 22, 0, tzinfo=UTC))]


def test_fire_in_a_ground_left_out_of_the_truce_is_no_breach():
    text = ("UN officials said the south Lebanon truce was holding on Tuesday, though it does not cover Nabatieh. In Nabatieh, "
            "Israeli shelling killed two people on Tuesday despite the truce.")
    assert _kinds(text) == []


def test_fire_dated_inside_a_running_truces_told_window_is_a_breach():
    text = ("A 72-hour truce in south Lebanon is due to lapse at midnight tonight, and there was no word on whether it would "
            "be renewed. Residents of Khiam reported heavy fire on Monday afternoon, and the army said Hezbollah had attacked "
            "its positions near Metula.")
    assert sorted(_kinds(text)) == ["expiring", "violation"]


def test_an_end_timed_hours_ago_is_news_whatever_month_its_aside_names():
    text = ("The south Lebanon truce announced by the UN in February, which had been extended until Monday, ran out at the end "
            "of Monday.")
    assert _events(text) == [("Lebanon", "expired", datetime(2024, 3, 11, 22, 0, tzinfo=UTC))]


def test_an_infinitive_start_goes_on_with_the_hedged_declaration_before_it():
    text = "Diplomats said Hezbollah was expected to announce a truce in south Lebanon later in the day, to start on Wednesday."
    assert _kinds(text) == []


def test_a_speaker_saying_it_would_respect_a_truce_effective_immediately_declares_its_own():
    hezbollah = TruceSpec("Hezbollah cessation of hostilities", "Asia/Beirut", ("Hezbollah truce",))
    text = ("Early on Tuesday, Hezbollah officials said they would respect a cessation of hostilities effective immediately "
            "provided aid reached south Lebanon within a reasonable time.")
    assert [t for t, k, _ in _events(text, tracked=(LEBANON, hezbollah)) if k == "declared"] == ["Hezbollah cessation of hostilities"]


def test_fire_overnight_inside_a_running_truces_told_window_is_a_breach():
    text = ("The 72-hour truce in south Lebanon, which began at noon on Saturday and was due to run out at noon today, has "
            "been extended by 48 hours. Sporadic firing was heard overnight near the Khiam crossing, residents said.")
    assert sorted(_kinds(text)) == ["extended", "violation"]


def test_guns_falling_quiet_beside_a_truces_end_is_a_calm_not_a_declaration():
    text = "The 48-hour truce in south Lebanon expires at midnight tonight, the army said."
    title = "South Lebanon truce runs out tonight as guns fall quiet"
    assert _events(text, title=title) == [("Lebanon", "expiring", datetime(2024, 3, 12, 22, 0, tzinfo=UTC))]


def test_a_compass_truce_name_turned_round_names_it():
    southern = TruceSpec("UNIFIL ceasefire", "Asia/Beirut", ("southern ceasefire",))
    text = "Militias and guerrillas traded fire near Marjayoun on Tuesday despite the ceasefire in the south, UN officials said."
    assert _events(text, tracked=(southern,)) == [("UNIFIL ceasefire", "violation", None)]


def test_any_truce_accepted_is_none_yet():
    text = "Hezbollah said it would accept any truce in south Lebanon that Israel accepted."
    assert _kinds(text) == []


def test_a_suspension_of_offensive_military_action_is_truce_vocabulary():
    text = ("Hezbollah said it would halt attacks in south Lebanon over the holiday. Its statement said: 'The leadership has "
            "ordered a suspension of offensive military action from midnight on Wednesday until midnight on Friday.'")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 15, 22, 0, tzinfo=UTC))]


def test_a_truce_that_will_cease_to_apply_is_expiring():
    text = "Hezbollah said the south Lebanon truce will cease to apply at 00:00 on 15 March."
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 14, 22, 0, tzinfo=UTC))]


def test_an_announcement_in_a_statement_to_a_paper_that_a_truce_ends_declares_none():
    text = ("Hezbollah announced in a statement to the newspaper Al-Akhbar that it was ending the south Lebanon truce and "
            "would resume attacks.")
    assert _kinds(text) == ["collapsed"]


def test_a_window_between_two_four_digit_clocks_ends_at_the_second():
    text = "Israel will halt fire in south Lebanon for three hours a day, beginning today between 1300 and 1600 local time."
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 12, 14, 0, tzinfo=UTC))]


def test_a_death_by_a_sides_fire_during_the_truce_is_a_breach():
    text = "A UN driver was killed by Israeli fire near Naqoura during the south Lebanon truce, the agency said."
    assert _kinds(text) == ["violation"]


def test_a_truce_begun_and_ended_in_one_report_is_news_as_its_end():
    text = ("10:05 - The three-hour lull in south Lebanon has begun, residents say. "
            "11:00 - The lull ended at 11 a.m. local time as planned, and shelling resumed within minutes.")
    assert _events(text) == [("Lebanon", "expired", datetime(2024, 3, 12, 9, 0, tzinfo=UTC))]


def test_attacks_listed_in_a_truces_terms_are_no_breach():
    text = ("Israel and Hezbollah agreed to a truce in south Lebanon. Under its text, Israel will stop all hostilities "
            "and the militias will stop rocket fire and cross-border attacks.")
    assert _kinds(text) == ["declared"]


def test_a_start_whose_hour_passed_without_a_deal_declares_none():
    text = ("A Hezbollah official said a truce in south Lebanon would begin at 8 p.m. (1800 GMT), but the hour came and "
            "went with no agreement and rocket fire went on.")
    assert _kinds(text) == []


def test_a_truce_taking_effect_today_is_declared_even_when_it_ended_today():
    text = ("A humanitarian pause in south Lebanon took effect at 6 a.m. today, residents said. "
            "The pause expired at 10 a.m. local time, the army said.")
    assert sorted(_kinds(text)) == ["declared", "expired"]


def test_a_truce_now_effectively_over_has_ended():
    text = "The south Lebanon truce, which had no end date, is now effectively over, an Israeli official said."
    assert _kinds(text) == ["expired"]


def test_holding_fire_for_some_hours_declares_a_truce():
    text = "Israel said it would hold fire in south Lebanon for five hours tomorrow, between 10:00 and 15:00."
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 13, 13, 0, tzinfo=UTC))]


def test_a_place_tells_no_other_truce_when_no_tracked_name_holds_a_ground():
    window = TruceSpec("July 17 humanitarian window", "Asia/Gaza", ("five-hour humanitarian pause", "UN-requested pause"))
    text = ("Israel agrees to UN request for five-hour humanitarian pause||"
            "Israel said it would hold fire in Gaza for five hours tomorrow, between 10:00 and 15:00.")
    title, body = text.split("||")
    assert _events(body, title=title, tracked=(window,)) == [("July 17 humanitarian window", "declared", datetime(2024, 3, 13, 13, 0, tzinfo=UTC))]


def test_a_bracketed_gmt_range_gives_the_windows_end_its_explicit_twin():
    text = "Israel will observe a pause in south Lebanon tomorrow, between 10:00 and 15:00 (0700-1200 GMT)."
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 13, 12, 0, tzinfo=UTC))]


def test_a_truce_requested_by_someone_that_has_begun_is_declared():
    text = "08:00 - The four-hour humanitarian pause in south Lebanon requested by the UN has begun, residents say."
    assert _kinds(text) == ["declared"]


def test_a_truce_window_that_closes_at_a_time_is_expiring():
    text = "Reminder: the humanitarian truce in south Lebanon closes in just over an hour, at 3 p.m. local time."
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 12, 13, 0, tzinfo=UTC))]


def test_a_truce_named_by_a_length_no_tracked_name_has_is_another_truce():
    window = TruceSpec("Saturday window", "Asia/Beirut", ("five-hour humanitarian pause", "five-hour truce"))
    text = ("A two-hour humanitarian truce in the border villages, brokered by the Red Cross to evacuate the wounded, "
            "broke down within an hour on Tuesday. Thursday's five-hour truce had been largely observed.")
    assert _events(text, tracked=(window,)) == []
    text = "The 120-hour truce in south Lebanon, agreed on Thursday, expires at 10 p.m. tonight, the army said."
    assert _kinds(text, tracked=(TruceSpec("Lebanon", "Asia/Beirut", ("south Lebanon", "five-day truce")),)) == ["expiring"]


def test_a_quoted_truce_named_by_another_length_is_another_truce():
    friday = TruceSpec("Friday truce", "Asia/Beirut", ("72-hour truce", "three-day truce"))
    text = "Israel said it would observe a seven-hour 'humanitarian window' in most areas on Wednesday, from 10 a.m. to 5 p.m."
    assert _events(text, tracked=(friday,), title="Israel announces window; the 72-hour truce is long gone") == []


def test_a_suicide_bomber_who_blew_himself_up_in_a_truce_is_a_breach():
    text = ("The army said a suicide bomber blew himself up at a checkpoint in south Lebanon about an hour into the "
            "ceasefire, which took effect at 8 a.m. this morning.")
    assert "violation" in _kinds(text)


def test_a_proposal_both_parties_accepted_is_a_truce_agreed():
    both = ("Israel and Hezbollah have accepted a French proposal for a new 72-hour truce in south Lebanon that will begin "
            "at midnight tonight, officials said.")
    one = "Israel has accepted a French proposal for a new 72-hour truce in south Lebanon, officials said."
    assert _kinds(both) == ["declared"]
    assert _kinds(one) == []


def test_fire_after_an_extension_was_announced_is_a_breach():
    text = ("Israel and Hezbollah agreed to extend the south Lebanon truce by five days. An Israeli official confirmed the "
            "extension. Shortly after the extension was announced, militants fired several rockets at the Galilee, the army said.")
    assert sorted(_kinds(text)) == ["extended", "violation"]


def test_an_extensions_weekday_end_read_the_day_after_is_next_weeks():
    # read on Tuesday: an extension "until Monday" runs to the coming Monday, not yesterday's
    text = "Israel and Hezbollah agreed to extend the south Lebanon truce by five days, until midnight on Monday."
    assert _events(text) == [("Lebanon", "extended", datetime(2024, 3, 18, 22, 0, tzinfo=UTC))]
    text = "The south Lebanon truce, which had been extended until Monday, expired at midnight."
    assert _events(text) == [("Lebanon", "expired", datetime(2024, 3, 11, 22, 0, tzinfo=UTC))]


def test_a_length_word_in_a_tracked_name_names_no_party():
    lasting = TruceSpec("March 12 open-ended ceasefire", "Asia/Beirut", ("open-ended truce", "Lebanon ceasefire"))
    old = TruceSpec("March 1 truce", "Asia/Beirut", ("new 72-hour truce", "five-day truce"))
    text = ("Egypt announced on Tuesday that Israel and Hezbollah had agreed to an open-ended ceasefire in Lebanon, to take "
            "effect at 7 p.m. local time. Crowds took to the streets with fireworks. About an hour before the ceasefire "
            "began, mortar fire killed two Israelis at a kibbutz near the border.")
    evening = datetime(2024, 3, 12, 17, 45, tzinfo=UTC)
    assert _events(text, tracked=(lasting, old), pub=evening) == [("March 12 open-ended ceasefire", "declared", None)]


def test_a_grenade_attack_measured_against_suspended_operations_is_a_breach():
    ramzan = TruceSpec("Ramzan ceasefire", "Asia/Kolkata", ("Ramzan truce", "suspension of operations"))
    text = ("Militants hurled a grenade at a police post in Pulwama on Monday evening, the first serious attack since the "
            "Centre suspended offensive operations in the Valley for Ramzan. Separatists have rejected the Ramzan truce.")
    assert _kinds(text, tracked=(ramzan,)) == ["violation"]


def test_forces_ordered_not_to_launch_operations_for_a_span_is_a_truce_declared():
    ramzan = TruceSpec("Ramzan ceasefire", "Asia/Kolkata", ("Ramzan truce", "non-initiation of combat operations"))
    text = ("The Home Ministry on Wednesday asked security forces not to launch operations in Jammu and Kashmir during the holy "
            "month of Ramzan. The chief minister had pressed for a unilateral ceasefire last week. The non-initiation of combat "
            "operations will not apply along the Line of Control.")
    assert _kinds(text, tracked=(ramzan,)) == ["declared"]


def test_a_soldier_abducted_and_killed_while_the_truce_runs_is_a_breach():
    text = ("Militants abducted and killed a soldier in south Lebanon on Thursday, police said. The killings came as the truce, "
            "which runs until Saturday, drew to a close.")
    assert sorted(_kinds(text, pub=datetime(2024, 3, 15, 6, 30, tzinfo=UTC))) == ["expiring", "violation"]


def test_a_pause_in_firing_is_truce_vocabulary():
    text = ("A short pause in firing agreed by local commanders in south Lebanon ended as scheduled at 6 p.m. on Monday, "
            "after both sides had recovered their dead, officials said.")
    assert _events(text) == [("Lebanon", "expired", datetime(2024, 3, 11, 16, 0, tzinfo=UTC))]


def test_allegations_rejected_as_baseless_report_no_breach():
    text = ("The army on Tuesday rejected as baseless Israeli allegations that its troops had violated the south Lebanon "
            "truce near Naqoura.")
    assert _kinds(text) == []


def test_the_attack_that_led_to_a_truce_with_a_long_start_is_no_breach():
    text = ("Community leaders in south Lebanon agreed to a 72-hour truce starting noon Wednesday after a bomb in the town's "
            "central market killed at least five people and set off clashes between residents, the monitors said.")
    assert _kinds(text, pub=datetime(2024, 3, 13, 12, 0, tzinfo=UTC)) == ["declared"]


def test_a_truce_they_will_consider_void_has_not_collapsed():
    text = "'If the army keeps shelling our villages, we will consider the south Lebanon truce void,' a Hezbollah official said."
    assert _kinds(text) == []


def test_the_agreement_a_tracked_name_ends_in_is_read_without_a_truce_word():
    cfa = TruceSpec("Sri Lanka Ceasefire Agreement", "Asia/Colombo", ("CFA", "ceasefire agreement"))
    text = ("The cabinet decided on Wednesday to pull out of the ceasefire agreement with the Tigers. Under the terms of the 2002 "
            "accord, either side must give 14 days' notice, and officials said the agreement would remain in force until "
            "midnight on January 16.")
    pub = datetime(2008, 1, 2, 14, 0, tzinfo=UTC)
    assert _events(text, tracked=(cfa,), pub=pub) == [("Sri Lanka Ceasefire Agreement", "expiring", datetime(2008, 1, 16, 18, 30, tzinfo=UTC))]


def test_breaching_defences_is_no_truce_breach():
    pause = TruceSpec("Holiday pause", "Asia/Colombo", ("two-day pause", "holiday truce"))
    text = ("Heavy fighting resumed around the rebel enclave on Friday, with the army saying troops had breached rebel "
            "defences near the lagoon, days after a two-day pause for the holiday. The government said the pause, which "
            "ended on Tuesday night, had been squandered by the rebels.")
    assert _kinds(text, tracked=(pause,), pub=datetime(2009, 4, 17, 8, 0, tzinfo=UTC)) == []


def test_martial_law_declared_or_decreed_is_no_truce():
    title = "Martial law declared in south Lebanon as truce collapses"
    assert _kinds("The army moved in at dawn, officials said.", title=title) == ["collapsed"]


def test_a_truce_that_would_be_signed_later_is_not_declared_yet():
    text = "The government said on Friday that a south Lebanon ceasefire agreement would be signed in Naqoura on March 20."
    assert _kinds(text) == []


def test_guarding_against_attacks_reports_none():
    text = ("Hezbollah declared a unilateral truce in south Lebanon on Tuesday. The army said it had no truce of its own and "
            "that troops would continue to guard against militia attacks.")
    assert _kinds(text) == ["declared"]


def test_fighting_where_the_truce_will_not_apply_is_no_breach():
    text = ("The army has declared a truce in south Lebanon from March 12 to April 30. The truce will not apply to areas where "
            "designated groups are active, a reference to the militia in the Bekaa, with which the army has been locked in "
            "heavy fighting.")
    assert _kinds(text) == ["declared"]


def test_fighting_in_a_ground_with_no_truce_of_its_own_breaches_none_there():
    nabatieh = TruceSpec("Nabatieh", "Asia/Beirut", ("Nabatieh truce",))
    text = ("The government declared an immediate ceasefire in south Lebanon on Tuesday. Within hours residents of Nabatieh "
            "said tanks were still shelling the town. Rebels said Nabatieh had no truce of its own.")
    assert [(t, k) for t, k, _ in _events(text, tracked=(LEBANON, nabatieh)) if t == "Nabatieh"] == []


def test_a_truce_brokered_starting_at_noon_is_declared():
    text = ("Tribal elders in south Lebanon said on Tuesday they had brokered a 72-hour truce starting noon Tuesday between "
            "two clans, after three days of clashes.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 15, 10, 0, tzinfo=UTC))]


def test_a_truce_that_is_to_hold_until_a_time_ends_then():
    text = "Under the deal mediated by elders, the truce is to hold until 8 p.m. local (1800 GMT) on Thursday."
    title = "Clans agree south Lebanon truce until Thursday evening"
    assert _events(text, title=title) == [("Lebanon", "declared", datetime(2024, 3, 14, 18, 0, tzinfo=UTC))]


def test_a_truce_agreed_late_on_a_day_is_declared():
    assert _kinds("Clans agreed late on Monday to a truce in south Lebanon, the ministry said.") == ["declared"]
    assert _kinds("Clans agreed on Monday night to a truce in south Lebanon, the ministry said.") == ["declared"]


def test_a_truce_that_collapsed_in_a_past_season_is_history():
    # read in October: the spring is history
    text = "The south Lebanon truce announced in January largely collapsed in the spring, when fighting flared again."
    assert _kinds(text, pub=datetime(2024, 10, 23, 12, 0, tzinfo=UTC)) == []


def test_the_end_of_the_fighting_is_not_the_truces():
    text = ("The south Lebanon truce came into force at 7 p.m. local time, with no reports so far of fighting in Khiam, where "
            "clashes had been heavy until this afternoon. The truce runs for two months, until May 12.")
    events = _events(text, pub=datetime(2024, 3, 12, 19, 30, tzinfo=UTC))
    assert [e for e in events if e[1] == "declared"] == [("Lebanon", "declared", datetime(2024, 5, 12, 21, 0, tzinfo=UTC))]


def test_a_truce_named_as_the_object_wins_over_the_ground_after_it():
    georgia = TruceSpec("Georgia ceasefire 2008", "Asia/Tbilisi", ("unilateral ceasefire", "Georgian ceasefire"))
    ossetia = TruceSpec("South Ossetia ceasefire", "Asia/Tbilisi", ("Dagomys ceasefire",))
    title = "Saakashvili announces unilateral ceasefire in South Ossetia"
    text = "The president said he had ordered troops not to return fire."
    assert _events(text, title=title, tracked=(georgia, ossetia)) == [("Georgia ceasefire 2008", "declared", None)]


def test_reports_by_someone_denied_on_a_day_tell_no_breach():
    text = ("The army denied on Monday reports by Hezbollah-run media of air strikes near Tyre during the south Lebanon truce, "
            "saying no aircraft had flown combat missions.")
    assert _kinds(text) == []


def test_a_term_in_a_relative_aside_days_ahead_is_restated():
    text = ("A child was killed when shells hit Tyre on Monday, in what the UN called a serious violation of the truce. "
            "The south Lebanon truce, which runs until 2 April, has held broadly.")
    assert _kinds(text) == ["violation"]


def test_breaches_each_side_alleged_in_recent_weeks_are_a_recap():
    text = ("Israel and Hezbollah have agreed to extend the south Lebanon truce for two months. The two sides have accused "
            "each other of breaches in recent weeks, but the truce has broadly held since 2 March.")
    assert _kinds(text) == ["extended"]


def test_violating_the_truce_lines_is_a_breach():
    assert _kinds("Militia fighters violated the truce lines in south Lebanon on Monday, the army said.") == ["violation"]


def test_fire_in_a_ground_the_truce_excluded_is_no_breach():
    text = ("A ten-day south Lebanon truce is due to lapse on 17 March. The truce explicitly excluded Akkar. "
            "Gunmen attacked an army post in northern Akkar on Monday, killing two soldiers.")
    assert _kinds(text) == ["expiring"]


def test_another_blast_after_one_an_outsider_claimed_is_no_breach():
    text = ("A suicide bomber struck a checkpoint in Tyre on Monday, killing four; Islamic State, which is not part of the "
            "truce, claimed the attack. Officials said another blast hit Sidon during the south Lebanon truce on Monday evening.")
    assert _kinds(text) == []


def test_fire_on_the_day_of_publication_is_inside_a_running_window():
    text = ("A ten-day south Lebanon truce is due to lapse on 17 March. Gunmen attacked an army post near Tyre earlier "
            "on Tuesday, killing two soldiers.")  # read on Tuesday
    assert _kinds(text) == ["expiring", "violation"]


def test_fire_since_the_start_of_a_truce_just_extended_is_a_breach():
    text = ("Israel and Hezbollah agreed on Tuesday to extend the south Lebanon truce by 48 hours. The first phase, which "
            "began at 7 a.m. on Sunday, had been due to end at 7 a.m. on Tuesday. A sniper shot dead a farmer near Tyre "
            "earlier on Tuesday, residents said.")
    assert _kinds(text) == ["extended", "violation"]


def test_a_truce_restored_is_declared_anew():
    title = "Convoys leave Tyre as south Lebanon truce is restored"
    text = "The first convoy left Tyre on Tuesday after the truce was restored overnight, the Red Cross said."
    assert _kinds(text, title=title) == ["declared"]


def test_fire_told_with_however_after_a_start_today_is_a_breach():
    text = ("The south Lebanon truce took effect at midnight and the border was largely calm, the army said on Tuesday. "
            "However, residents said shells hit two villages near Tyre at about 8 a.m.")
    assert _kinds(text) == ["declared", "violation"]


def test_a_daily_window_starting_on_a_later_day_ends_that_day():
    text = ("The army said a daily humanitarian pause would be introduced in south Lebanon from 9 a.m. to 2 p.m. "
            "(0700-1200 GMT), starting on Thursday, March 14.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 14, 12, 0, tzinfo=UTC))]


def test_an_end_to_come_passed_minutes_before_the_stamp_is_still_ahead():
    text = "Today's south Lebanon pause is due to close at 10:30 local time (08:30 GMT), the UN said."  # stamped 09:00 GMT
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 12, 8, 30, tzinfo=UTC))]


def test_an_offensive_a_deal_averted_is_no_breach():
    text = "Israel and Hezbollah agreed on Tuesday to a south Lebanon truce, a deal that appeared to avert an Israeli ground offensive."
    assert _kinds(text) == ["declared"]


def test_a_name_matches_in_british_and_american_spelling():
    zone = TruceSpec("Idlib DMZ", "Asia/Damascus", ("demilitarized zone",))
    text = "Russia and Turkey agreed on Tuesday to set up a demilitarised zone in Idlib."
    assert _events(text, tracked=(zone,)) == [("Idlib DMZ", "declared", None)]


def test_its_own_cessation_of_hostilities_is_the_object_extended():
    rebels = TruceSpec("SPLM-N cessation of hostilities", "Africa/Khartoum", ("SPLM-N truce",))
    text = "The SPLM-N said on Tuesday it was extending its own unilateral cessation of hostilities until 30 April."
    assert _events(text, tracked=(rebels,)) == [("SPLM-N cessation of hostilities", "extended", datetime(2024, 4, 30, 22, 0, tzinfo=UTC))]


def test_readiness_to_accept_a_truce_is_no_declaration():
    assert _kinds("Hezbollah expressed readiness to accept a south Lebanon truce on Tuesday.") == []


def test_an_abbreviations_dot_does_not_end_the_object():
    text = "Israel and Hezbollah have both accepted a U.S.-brokered south Lebanon truce, the White House said on Tuesday."
    assert _kinds(text) == ["declared"]


def test_an_analysis_piece_tells_only_a_term_still_ahead():
    title = "Analysis: south Lebanon truce frays as both sides test its limits"
    assert _kinds("Israeli strikes hit Tyre on Monday, breaking the south Lebanon truce.", title=title) == []
    text = "Israel and Hezbollah agreed on Tuesday to a south Lebanon truce that runs until midnight on Friday."
    assert _kinds(text, title=title) == ["declared"]


def test_a_body_that_opens_as_analysis_is_analysis_under_any_headline():
    text = "ANALYSIS - Israeli strikes hit Tyre on Monday, breaking the south Lebanon truce."
    assert _kinds(text, title="South Lebanon truce frays") == []


def test_the_charge_told_right_after_a_collapse_is_its_reason():
    text = ("Heavy fighting broke out on Tuesday in south Lebanon, shattering the south Lebanon truce. Hezbollah said Israeli "
            "troops had launched a large-scale offensive at dawn around Khiam and accused Israel of abandoning the truce.")
    assert _kinds(text) == ["collapsed"]


def test_a_roadmap_requiring_a_halt_is_a_demand():
    text = "The UN adopted a roadmap on Tuesday requiring Israel and Hezbollah to cease all hostilities in south Lebanon within 48 hours."
    assert _kinds(text) == []


def test_a_party_said_it_had_stopped_fighting_as_of_this_morning():
    assert _kinds("Hezbollah said its fighters had stopped all hostilities in south Lebanon as of 6 a.m. on Tuesday.") == ["declared"]


def test_an_end_timed_ahead_is_not_dated_by_the_asides_month():
    text = "The four-month south Lebanon truce announced by Israel in November expires at midnight tomorrow."
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 13, 22, 0, tzinfo=UTC))]


def test_talks_between_two_sides_on_a_truce_suspended_are_not_the_truce():
    text = "Talks between the Israeli government and Hezbollah on a south Lebanon truce were suspended on Monday night without a deal."
    assert _kinds(text) == []


def test_sides_repeatedly_accusing_each_other_is_a_record():
    text = ("The south Lebanon truce has expired, the UN said on Tuesday. Israel and Hezbollah repeatedly accused each other "
            "of breaking the truce while it lasted.")
    assert _kinds(text) == ["expired"]


def test_a_breach_record_told_in_a_relative_aside_is_history():
    assert _kinds("The new deal replaces the south Lebanon truce, which monitors said had been repeatedly violated.") == []


def test_the_clashes_after_which_a_truce_was_declared_led_to_it():
    text = "Hezbollah on Tuesday ordered its fighters to suspend all attacks in south Lebanon for a month, after clashes near Tyre killed 12 people."
    assert _kinds(text) == ["declared"]


def test_an_end_timed_yesterday_is_not_dated_by_a_marker_in_the_aside():
    text = ("The south Lebanon truce, first declared for Eid and extended by ten days earlier this month, lapsed at midnight "
            "on Monday, officials said.")
    assert _events(text) == [("Lebanon", "expired", datetime(2024, 3, 11, 22, 0, tzinfo=UTC))]


def test_fighters_not_bound_by_the_truce_breach_none():
    text = ("The south Lebanon truce took effect on Tuesday. Fighting went on overnight: militants, who are not bound by "
            "the truce, attacked an army post near Tyre.")
    assert _kinds(text) == ["declared"]


def test_the_most_serious_blow_yet_to_a_truce_is_a_breach():
    text = "Two soldiers were shot dead near Tyre on Tuesday. It is the most serious blow yet to the south Lebanon truce, officials said."
    assert _kinds(text) == ["violation"]


def test_not_a_single_shot_fired_is_no_breach():
    text = ("Israeli and Hezbollah forces stopped firing in south Lebanon as a ceasefire came into force at 10 a.m. (0800 GMT), "
            "army officials said. \"It is quiet so far. Not a single shot has been fired since 10 a.m.,\" an army officer in Tyre said.")
    assert _kinds(text) == ["declared"]


def test_the_ceasefire_with_one_party_of_a_pair_name_is_that_truce():
    pair = TruceSpec("Israel-Hezbollah ceasefire", "Asia/Beirut", ())
    text = "Israel's defence minister said on Tuesday that the ceasefire with Hezbollah had been extended until 31 March."
    assert _events(text, tracked=(pair,)) == [("Israel-Hezbollah ceasefire", "extended", datetime(2024, 3, 31, 21, 0, tzinfo=UTC))]


def test_a_clock_after_since_lies_before_publication():
    assert _kinds("The south Lebanon truce has been in force since 3 pm, officials said.") == ["declared"]  # read at 11:00: yesterday's 3 pm
    assert [p.instant for p in find_phrases("in force since 3 pm", PUB, zone("Asia/Beirut"))] == [datetime(2024, 3, 11, 13, 0, tzinfo=UTC)]


def test_a_live_blogs_truce_in_effect_since_this_morning_is_declared():
    assert _kinds("10:02 - South Lebanon ceasefire in effect since 5 am, officials in Tyre say; no firing reported.") == ["declared"]
    assert _kinds("The south Lebanon truce, in effect since 2006, is fraying, officials in Tyre say.") == []


def test_frequent_fire_over_a_truces_life_is_a_record():
    text = "The south Lebanon truce in force since November has been marred by frequent sniper fire."
    assert _kinds(text) == []


def test_agreeing_to_a_ceasefire_proposal_or_in_principle_is_no_declaration():
    assert _kinds("Hezbollah said on Tuesday it agreed to an immediate and unconditional south Lebanon ceasefire proposal.") == []
    assert _kinds("Officials gave no details on Tuesday.", title="Israel agrees to south Lebanon truce 'in principle'") == []


def test_a_truce_named_by_a_year_no_tracked_name_has_is_another():
    gaza = TruceSpec("Gaza ceasefire (January 2024)", "Asia/Gaza", ("Gaza truce",))
    text = ("The Gaza truce, in force since last Friday, has broadly held. Separately, Israeli air strikes overnight hit a depot "
            "in the south Lebanon village of Msayleh; President Joseph Aoun called it a breach of the 2006 ceasefire with Hezbollah.")
    assert _events(text, tracked=(gaza,)) == []


def test_a_truce_that_failed_to_take_hold_collapsed():
    assert _kinds("By Tuesday evening, officials said the south Lebanon truce had failed to take hold.") == ["collapsed"]


def test_a_speaker_before_a_that_clause_is_not_the_truce_announced():
    mediator = TruceSpec("Mediator's truce", "Asia/Beirut", ("Hochstein truce",))
    new = TruceSpec("South Lebanon truce", "Asia/Beirut", ("new truce",))
    text = "Envoy Amos Hochstein announced on Tuesday that the new truce would take effect at 4 pm, officials in Tyre said."
    assert _events(text, tracked=(mediator, new)) == [("South Lebanon truce", "declared", None)]


def test_a_truce_named_by_its_day_is_the_one_a_time_phrase_falls_on():
    march2 = TruceSpec("Lebanon ceasefire of 2 March", "Asia/Beirut", ("Lebanon truce",))
    march12 = TruceSpec("Lebanon ceasefire of 12 March", "Asia/Beirut", ("Israeli ceasefire",))
    text = "BEIRUT, Tuesday - Israel declared a ceasefire in Lebanon effective at 6 p.m. local time today, officials said."
    assert _events(text, tracked=(march2, march12), pub=datetime(2024, 3, 12, 16, 30, tzinfo=UTC)) == [
        ("Lebanon ceasefire of 12 March", "declared", None)]


def test_a_tracked_name_is_told_without_its_ordinal():
    second = TruceSpec("Second Lebanon ceasefire", "Asia/Beirut", ())
    assert _events("The Lebanon ceasefire collapsed on Tuesday, officials said.", tracked=(second,)) == [
        ("Second Lebanon ceasefire", "collapsed", None)]
    first = TruceSpec("First Lebanon ceasefire", "Asia/Beirut", ("Lebanon truce",))
    assert _events("The Lebanon ceasefire collapsed on Tuesday, officials said.", tracked=(first, second)) == [
        ("First Lebanon ceasefire", "collapsed", None)]  # (not when another tracked truce has that head)


def test_a_truce_ordered_by_the_security_council_that_took_effect_is_declared():
    text = "A new ceasefire ordered by the Security Council took effect in south Lebanon at 7 a.m. today (0500 GMT)."
    assert _kinds(text) == ["declared"]
    assert _kinds("The Security Council ordered both sides to halt fighting in south Lebanon.") == []


def test_a_cues_subject_names_its_truce_before_a_later_clause():
    hezbollah = TruceSpec("Israel-Hezbollah ceasefire", "Asia/Beirut", ("south Lebanon front ceasefire",))
    hamas = TruceSpec("Israel-Hamas ceasefire", "Asia/Gaza", ("Gaza truce",))
    text = ("The Gaza truce took effect at 7 a.m. today. Hezbollah, meanwhile, announced that it had accepted the ceasefire, "
            "and its radio said fighters on the south Lebanon front had been ordered to stop firing.")
    assert sorted(_events(text, tracked=(hezbollah, hamas))) == [
        ("Israel-Hamas ceasefire", "declared", None), ("Israel-Hezbollah ceasefire", "declared", None)]


def test_fire_told_after_the_truce_hour_breaches_a_truce_begun_today():
    text = ("The south Lebanon truce came into force at 2 a.m. local time today. But sniping in Tyre went on for several hours "
            "after the ceasefire hour, and an officer said two of his men had been wounded by fire from a block of flats.")
    assert _kinds(text) == ["declared", "violation"]


def test_a_sentence_opening_with_background_after_its_dateline_is_history():
    text = ("TYRE, March 12 - Ten years ago today, at 10 o'clock in the morning, the south Lebanon truce that ended the "
            "fighting was signed at Naqoura, and twelve hours later the guns fell silent.")
    assert _kinds(text) == []


def test_a_report_withdrawn_by_a_correction_tells_nothing():
    text = ("CORRECTION - An item sent on Monday wrongly said Israel had extended the south Lebanon truce. Officials said only "
            "that talks on extending it were under way.")
    assert _kinds(text) == []


def test_within_hours_of_its_start_is_a_reference_point():
    text = ("The south Lebanon truce broke down today as armoured columns drove south. Each side accused the other of "
            "violating the truce within hours of its start last night.")
    assert _kinds(text) == ["collapsed", "violation"]


def test_fighting_expected_to_resume_is_no_breach():
    text = ("The south Lebanon truce expires at 10 a.m. on Friday, and officials made clear they expected the fighting "
            "to resume.")
    assert _kinds(text) == ["expiring"]


def test_the_acronym_opening_a_longer_tracked_name_names_it():
    urng = TruceSpec("URNG election truce", "Asia/Beirut", ("URNG electoral truce",))
    text = ("The URNG announced on Tuesday a unilateral suspension of offensive actions for the elections. The truce will run "
            "until 6 p.m. on Friday, its command said.")
    assert _events(text, tracked=(urng,)) == [("URNG election truce", "declared", datetime(2024, 3, 15, 16, 0, tzinfo=UTC))]


def test_a_word_modifying_the_truce_noun_picks_the_tracked_truce_holding_it():
    bilateral = TruceSpec("ELN ceasefire", "Asia/Beirut", ("ELN truce",))
    unilateral = TruceSpec("ELN election truce", "Asia/Beirut", ("ELN unilateral ceasefire",))
    text = "BOGOTA, March 12 - The ELN guerrillas announced on Tuesday a unilateral ceasefire."
    assert _events(text, tracked=(bilateral, unilateral)) == [("ELN election truce", "declared", None)]
    assert _events("Officials gave no details.", tracked=(bilateral, unilateral), title="ELN announces unilateral truce for elections") == [
        ("ELN election truce", "declared", None)]


def test_a_truce_extended_month_by_month_is_a_habit():
    assert _kinds("The government has extended the south Lebanon truce month by month.") == []
    assert _kinds("Israel has renewed the south Lebanon truce every few weeks since November.") == []


def test_a_tracked_accord_is_named_by_any_word_for_a_deal():
    sirte = TruceSpec("Sirte ceasefire", "Asia/Beirut", ("Sirte accord",))
    text = "The rebels said on Tuesday they considered themselves no longer bound by the Sirte agreement."
    assert _events(text, tracked=(sirte,)) == [("Sirte ceasefire", "collapsed", None)]


def test_a_truce_repeatedly_extended_is_a_habit():
    text = "Separately, Israel has repeatedly extended its south Lebanon truce, most recently to the end of March."
    assert _kinds(text) == []


def test_a_reported_order_for_a_truce_still_to_start_is_declared():
    text = ("Hours later, a presidential spokesman said President Joseph Aoun had ordered a ceasefire in south Lebanon "
            "from 6 a.m. tomorrow to March 20.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 20, 22, 0, tzinfo=UTC))]


def test_an_end_told_in_a_report_dated_days_back_is_restated():
    text = "Hezbollah had announced on Sunday that the south Lebanon truce would end on 20 March."
    assert _kinds(text) == []


def test_a_truce_with_a_party_is_the_subjects_own_when_its_names_say_so():
    text = "Kabul's new government declared a ceasefire with the Taliban on Tuesday, officials said."
    assert _events(text, tracked=(KABUL, TALIBAN)) == [("Afghan truce", "declared", None)]


def test_a_truce_observed_since_a_month_gone_is_no_declaration():
    assert _kinds("Both sides have observed a de facto truce in south Lebanon since November, when Hezbollah suspended attacks.") == []
    assert _kinds("Both sides have observed a south Lebanon truce since 5 pm, officials said.") == ["declared"]


def test_a_truce_named_only_as_the_end_another_came_after_is_not_the_topic():
    text = ("Kabul and the insurgents signed a 30-day Afghan ceasefire on Tuesday, six months after the breakdown of the Taliban "
            "ceasefire. Under the agreement, hostilities cease from midnight tonight and the truce runs until April 10.")
    assert _events(text, tracked=(KABUL, TALIBAN)) == [("Afghan truce", "declared", datetime(2024, 4, 10, 19, 30, tzinfo=UTC))]


def test_fire_before_a_truce_that_will_not_take_hold_until_later_breaches_nothing():
    text = ("Troops and Hezbollah fighters clashed near Tyre on Tuesday morning, a day after the two sides signed a south "
            "Lebanon ceasefire. Mediators stressed that the truce would not formally take hold until Friday at the earliest.")
    assert _kinds(text) == []


def test_a_truce_still_to_be_signed_is_no_declaration():
    text = ("Negotiators said on Tuesday they had agreed in principle on a south Lebanon cessation of hostilities, to be "
            "signed next week in Naqoura.")
    assert _kinds(text) == []


def test_a_truce_in_apposition_to_a_deals_terms_is_declared_with_its_end():
    text = ("Under the agreement reached on Tuesday, troops in south Lebanon will stay at their bases, a truce that runs "
            "until 18:00 on Sunday.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 17, 16, 0, tzinfo=UTC))]


def test_an_attack_word_inside_a_proper_name_is_no_attack():
    text = ("The south Lebanon truce took effect on Tuesday as thousands of activists attended the Intercontinental Encounter "
            "for Peace in Tyre, officials said.")
    assert _kinds(text) == ["declared"]


def test_fire_hours_before_the_news_of_a_coming_end_breaches_the_running_truce():
    text = ("Israel notified the mediators on Tuesday that it is pulling out of the south Lebanon ceasefire, meaning the truce "
            "will formally end on March 20. Hours before the announcement, a roadside bomb ripped through an army bus in Tyre, "
            "killing four people; the army called it a fresh breach of the truce.")
    assert _kinds(text) == ["expiring", "violation"]


def test_a_pause_to_evacuate_is_truce_vocabulary():
    text = "Officials said a local pause to evacuate civilians from Tyre had begun at 0800 and was to last until 1600 local time today."
    assert _events(text, tracked=(TruceSpec("Lebanon", "Asia/Beirut", ("Tyre",)),)) == [
        ("Lebanon", "declared", datetime(2024, 3, 12, 14, 0, tzinfo=UTC))]


def test_an_end_of_a_season_dated_in_a_relative_clause_is_the_deadline():
    text = ("The UN said the south Lebanon truce would take effect from 23:59 on Wednesday and last until the end of the "
            "holiday, which officials put at midnight on Thursday.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 14, 22, 0, tzinfo=UTC))]


def test_a_live_blog_stamp_heading_a_truces_start_is_its_start():
    text = ("08:00: Residents of Tyre say the night was quiet. 12:00 (1000 GMT): The south Lebanon ceasefire has come into "
            "force. It is set to last seven days.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 19, 10, 0, tzinfo=UTC))]


def test_a_live_blog_stamp_heading_a_truce_now_in_effect_is_its_start():
    text = ("08:00: Residents of Tyre say the night was quiet. 12:00 Beirut time (1000 GMT): The army's two-week south "
            "Lebanon truce is now in effect.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 26, 10, 0, tzinfo=UTC))]


def test_a_month_dating_the_start_of_the_truce_an_act_ends_is_no_history():
    text = ("Air strikes hit Tyre on Tuesday for the first time in weeks, effectively ending the south Lebanon ceasefire "
            "that began in January, officials said.")
    assert "collapsed" in _kinds(text)


def test_a_new_truce_in_a_clause_after_the_tracked_ones_is_another_truce():
    text = ("The south Lebanon truce runs out at 2200 GMT tonight, and a ceasefire agreed by the two sides in Naqoura on "
            "Tuesday is due to begin at midnight, officials said.")
    assert _events(text) == [("Lebanon", "expiring", datetime(2024, 3, 12, 22, 0, tzinfo=UTC))]


def test_another_truces_end_beside_a_start_leaves_the_start_news():
    old = TruceSpec("Tyre pause", "Asia/Beirut", ("humanitarian pause",))
    new = TruceSpec("Naqoura ceasefire", "Asia/Beirut", ())
    text = ("The humanitarian pause expired at midnight on Monday, and the ceasefire agreed in Naqoura took effect at "
            "00:00 on Tuesday, officials said.")
    assert sorted(_events(text, tracked=(old, new))) == [("Naqoura ceasefire", "declared", None),
                                                         ("Tyre pause", "expired", datetime(2024, 3, 11, 22, 0, tzinfo=UTC))]


def test_fighting_a_day_after_a_truce_was_signed_breaches_it():
    text = ("Fighting between militias killed 40 people in Tyre on Tuesday, the mayor said, a day after armed groups signed a "
            "south Lebanon ceasefire in Rome.")
    assert _kinds(text) == ["violation"]


def test_a_truce_declared_in_response_to_another_is_the_speakers_own():
    army = TruceSpec("army truce", "Asia/Beirut", ("unilateral ceasefire",))
    rebels = TruceSpec("rebel truce", "Asia/Beirut", ("Free Lebanon Front",))
    text = ("The Free Lebanon Front said on Tuesday that it would observe a ceasefire from midnight tonight, in response to "
            "the unilateral ceasefire proclaimed on Monday by the army.")
    assert _events(text, tracked=(army, rebels)) == [("rebel truce", "declared", None)]


def test_talks_ending_without_a_truce_end_no_truce():
    un = TruceSpec("UN pause", "Asia/Beirut", ("UN truce",))
    assert _kinds("The envoy said a UN truce remained a priority.", tracked=(un,),
                  title="Consultations on Lebanon end without ceasefire deal") == []


def test_weighing_an_extension_is_no_extension():
    assert _kinds("A coalition source said no decision had been taken.", title="Coalition weighs extending south Lebanon truce") == []


def test_a_past_end_in_a_month_half_a_year_back_is_history():
    text = "The south Lebanon truce lapsed in September but has largely been observed in practice, residents said."
    assert _kinds(text) == []


def test_a_violation_of_territorial_integrity_breaches_no_truce():
    text = ("Israel annexed the border strip on Tuesday, a move Beirut condemned as a violation of Lebanon's territorial "
            "integrity; analysts warned the south Lebanon ceasefire could come under strain.")
    assert _kinds(text) == []


def test_an_end_reported_by_a_participle_is_news():
    text = ("An army commander said on Tuesday that troops would restore order in the south after militia shelling of "
            "villages, saying the south Lebanon truce had collapsed.")
    assert _kinds(text) == ["collapsed"]


def test_fire_after_the_announcement_of_a_truce_declared_today_breaches_it():
    text = ("Israel agreed a south Lebanon ceasefire on Tuesday. Lebanese officials said Israeli jets bombed the centre of "
            "Tyre after Netanyahu's announcement, killing four civilians.")
    assert _kinds(text) == ["declared", "violation"]


def test_a_wire_flash_tag_is_no_call():
    text = ("BEIRUT, March 12 (wire) - URGENT - Israel and Hezbollah signed a south Lebanon ceasefire on Tuesday, to take "
            "effect at 18:00 local time today.")
    assert _kinds(text) == ["declared"]


def test_a_tracked_day_of_silence_is_a_truces_name():
    silence = TruceSpec("day of silence", "Europe/Kyiv", ())
    text = "The 'day of silence' in eastern Ukraine has been extended until 9 a.m. tomorrow, the general staff said on Tuesday."
    assert _events(text, tracked=(silence,)) == [("day of silence", "extended", datetime(2024, 3, 13, 7, 0, tzinfo=UTC))]


def test_a_quoted_readiness_is_still_a_hedge():
    text = "The envoy said on Tuesday the sides had 'expressed their readiness' to observe a full south Lebanon truce from April 1."
    assert _kinds(text) == []


def test_a_school_year_starting_is_no_truce_starting():
    assert _kinds("Mediators said a written commitment was still being discussed.",
                  title="Contact group eyes full south Lebanon truce from April 1 as school year starts") == []


def test_violators_named_as_people_are_no_breach():
    text = ("The envoy said on Tuesday a south Lebanon ceasefire could only work if backed by a monitoring mechanism with "
            "real consequences for violators.")
    assert _kinds(text) == []


def test_trying_on_a_day_to_agree_a_truce_is_no_declaration():
    text = "Envoys will try on Wednesday to agree a south Lebanon truce from March 20, officials said on Tuesday."
    assert _kinds(text) == []


def test_times_in_a_statement_given_in_a_named_zone_are_read_there():
    text = ("Israel said on Tuesday it would observe a south Lebanon truce from 12:00 on Wednesday to 24:00 on Thursday. "
            "Times in the army statement are Moscow time.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 14, 21, 0, tzinfo=UTC))]


def test_an_attack_word_naming_what_a_truce_halts_is_no_attack():
    assert _kinds("Israel said on Tuesday that the south Lebanon truce ends on Thursday.",
                  title="South Lebanon drone strike moratorium expires Thursday") == ["expiring"]


def test_a_wait_until_a_day_is_no_truces_end():
    text = ("'Why must everyone wait until March 20 and only then cease fire?' the president said on Tuesday, repeating "
            "his readiness for a 30-day south Lebanon ceasefire. Overnight Israeli drones killed one person near Tyre, "
            "officials said.")
    assert _kinds(text) == []


def test_attacks_by_a_time_after_the_start_breach_the_truce():
    text = ("The south Lebanon truce took effect at midnight. The army said that by 09:00 militants had launched 34 attacks "
            "along the border, calling the truce a sham.")
    assert _kinds(text) == ["declared", "violation"]


def test_a_moratorium_on_political_steps_is_no_truce():
    text = ("Leaders agreed on Tuesday to a three-month moratorium on further steps toward independence for south "
            "Lebanon, under a declaration brokered by the EU.")
    assert _kinds(text) == []


def test_a_weekday_after_a_past_perfect_start_is_the_last_one():
    phrases = find_phrases(fold("the ceasefire, which had come into force on Saturday evening"), PUB, zone("Asia/Beirut"))
    assert [(p.role, p.instant) for p in phrases] == [("start", datetime(2024, 3, 8, 22, 0, tzinfo=UTC))]  # Saturday, 00:00 local


def test_a_moratorium_no_tracked_name_holds_is_no_truce():
    text = ("Parliament voted on Tuesday to cut ties with Syria as the three-month moratorium agreed in Paris expired. "
            "Jets fired rockets at the south Lebanon town of Tyre on Monday, a gross breach of the ceasefire.")
    assert _kinds(text) == ["violation"]


def test_a_wire_editors_note_on_a_correction_tells_nothing():
    text = ("BEIRUT, March 12 - (CORRECTS time truce takes effect to 1800 local (1600 GMT) Friday from 1800 GMT)\n"
            "Israel and Hezbollah signed a south Lebanon ceasefire on Tuesday. The truce will take effect at 1800 local "
            "(1600 GMT) on Friday, UN officials said.")
    assert _events(text) == [("Lebanon", "declared", None)]


def test_little_sign_of_a_renewal_is_no_extension():
    text = ("The south Lebanon truce expires at midnight on Sunday, and officials said on Tuesday there was little sign "
            "that the two sides would agree to renew it.")
    assert _kinds(text) == ["expiring"]


def test_a_truce_noun_named_before_a_second_complement_picks_its_truce():
    xmas = TruceSpec("Christmas ceasefire", "Asia/Beirut", ())
    coha = TruceSpec("Lebanon cessation of hostilities", "Asia/Beirut", ("cessation of hostilities",))
    text = ("The envoy said on Tuesday that both sides had agreed to a ceasefire starting at noon on Friday, and to "
            "negotiate a four-month cessation of hostilities to begin in the new year.")
    assert _events(text, tracked=(xmas, coha)) == [("Christmas ceasefire", "declared", None)]


def test_countrywide_is_no_part_of_a_names_head():
    land = TruceSpec("Bosnia countrywide ceasefire", "Europe/Sarajevo", ())
    city = TruceSpec("Sarajevo ceasefire", "Europe/Sarajevo", ())
    text = ("Washington announced on Tuesday that the Bosnian government, the Bosnian Serbs and the Bosnian Croats had "
            "agreed to a countrywide ceasefire, to take effect at 12:01 a.m. on Friday, provided power had been restored to "
            "Sarajevo by then.")
    assert _events(text, tracked=(land, city)) == [("Bosnia countrywide ceasefire", "declared", None)]


def test_a_delay_in_days_is_no_truces_length():
    text = ("A south Lebanon ceasefire took effect at 0001 local on Tuesday, two days late, after the UN confirmed that "
            "power had been restored.")
    assert _events(text) == [("Lebanon", "declared", None)]


def test_an_end_past_a_semicolon_is_the_next_clauses():
    army = TruceSpec("army ceasefire", "Asia/Beirut", ("government ceasefire",))
    rebels = TruceSpec("rebel truce", "Asia/Beirut", ("Free Lebanon Front",))
    text = "The Free Lebanon Front said it would observe a truce until midnight on Wednesday."
    assert sorted(_events(text, tracked=(army, rebels), title="Government declares ceasefire; rebels announce truce until Wednesday")) == [
        ("army ceasefire", "declared", None), ("rebel truce", "declared", datetime(2024, 3, 13, 22, 0, tzinfo=UTC))]


def test_being_in_contact_to_restore_a_truce_is_no_declaration():
    text = "The UN envoy said on Tuesday he was 'in contact with both sides to restore the south Lebanon ceasefire'."
    assert _kinds(text) == []


def test_a_weekday_closing_the_end_of_a_feast_is_after_the_start():
    text = ("Israel declared on Tuesday a unilateral south Lebanon ceasefire for the holiday, to run from 20:00 local time "
            "tonight until the end of the holiday on Sunday, state television said.")
    assert _events(text) == [("Lebanon", "declared", datetime(2024, 3, 17, 22, 0, tzinfo=UTC))]


def test_a_truce_named_by_a_past_year_that_collapsed_is_history():
    text = "It is the eighth deal since 2012; the June 2022 south Lebanon ceasefire collapsed within a day, with fighting in Tyre."
    assert _kinds(text) == []
