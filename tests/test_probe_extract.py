"""The grammar probes (scripts/probe_extract.py) as a ceiling on what still fails.

Each family's count of failed probes may fall, never rise: a rule that breaks a phrase form
the probes vary shows here, whatever the labelled sets say. Lower a ceiling when a fix lands.
Measured at the nineteenth round's end (the round's start in brackets): end phrases 31 (142)
of 1,896 fail; negatives 0 (21) of 315; paraphrases 0 (4) of 136; headlines 2 (12) of 80; two
truces 1 (2) of 9; lengths 0 (0) of 99; violations 1 (2) of 20; windows 3 (12) of 28; history
0 (0) of 14; reported speech 0 (1) of 8 (these two families were added at the round's end).
Twentieth round: end phrases 0 of 1,896 ("Thursday evening at 6" now reads); a new family,
distractors (a sentence beside the news that must not change its reading), 0 of 355 (19 when added);
zones and formats (an extension in eight zones, from Kabul to Bogota, with sixteen spellings of its
end: "16h00", "24:00", "4 p.m. local time (1300 GMT)", ISO and dotted dates), 0 of 128; speech (conditions, threats, drafts, denials; news told by
someone), 0 of 28 (2 when added); no truce (attacks beside calls, talks, rejections and old
ends), 0 of 110; weekdays (an end named by its weekday, read on each day of the week, 0-5 days
ahead), 0 of 203 (7 when added); vocabulary (27 ways to name a truce in five plain sentences), 0 of
135 (11 when added); verbs (the ways reports tell each kind, one plain sentence each), 0 of 55
(15 when added; passive "was agreed" and "was reached" are left out: as a cue they cost five
labelled declarations, mostly history); headlines grow to 126 (23 more forms), 0 failing (the
passives "South Lebanon truce agreed" and "... truce deal reached" now read); running stories (a
new end beside the old one, as feeds retell a truce), 0 of 12 (4 when added); violations grow to
45 (attacks beside a running truce that breach nothing), 0 failing (3 when added); distractors
grow to 455 (ten truces of trade, politics, labour, sport and feuds), 0 failing (28 when added);
history grows to 32 (anniversaries, op-eds, recaps), 0 failing (2 when added); speech grows to 37
(nine ultimatums and threats with a time in them), 0 failing; zones and formats grow to 152 (a zone
alone in parentheses, "18:00 (UTC+3)"), 0 failing (16 when added); windows 0 of 28 ("will be
observed ... until the end of Ramadan on April 9" now reads); running stories grow to 23 (ends
coming, told eleven more ways), 0 failing (3 when added); speech grows to 47 (ten previews of a
truce not yet made), 0 failing (1 when added), then to 57 (collapses that were not the truce's,
or not collapses), 0 failing (4 when added).
Twenty-first round: notice (a party ends its truce at a time it gives: "effective 11:59 p.m. on
March 20", "with effect from", "to end ... at"; ahead it is expiring at that time, already passed a
collapse), 0 of 54 (written after the round's notice rule, which they exercise); frames (an end or a
start told as the time of another act: "the first attacks since the truce in south Lebanon
collapsed", "the deadliest attack since Israel and Hezbollah signed their truce"), 0 of 27 (6 when
added: the noun-first "since" marker did not allow a place between the truce and its verb); asks
(a truce asked of others: "the cabinet voted to request Hezbollah to declare a truce"; promised for
later: "will declare a truce ... once the prisoners are freed"; expected: "diplomats expect the army
to announce a truce"; a plan for one accepted), 0 of 71 (15 when added: "request" was no asking
verb, and "expect X to" was a hedge only with a possessive); orders (an order to fighters, units,
cadres ... to resume operations or to end the truce is no declaration; to observe a truce is one),
0 of 24; despite (fighting "despite the floods" breaches nothing, "despite the floods and the truce"
does), 0 of 16 (8 when added: the disaster exclusion of this round had hidden the second form);
trailers (a plain report of four kinds with an adverbial after its verb: "during the night",
"following talks in Cairo", "at the request of the UN", ...), 0 of 69 (2 when added, besides the
"during" bug found by a labelled item: "following talks" and "at the request of" read as a proposal);
leads (datelines, labels and attributions before a plain report of each kind: "BEIRUT (Reuters) - ",
"UPDATE 2-", "Officials said that "), 0 of 80; pronouns (the second sentence tells the news of the
truce the first named: "It was extended on Tuesday until Friday", "On Tuesday it was extended", "The
army said it was extended"), 0 of 8 (3 when added: "it" as a passive's subject, or after a time or a
reporting clause, did not refer back; five more where "it" is the speaker or another thing, 0 failing); zones and formats grow to 342 (ten more zones in Africa, the
Americas and Yemen, among them Port-au-Prince two days into its daylight saving), 0 failing; recall
(four kinds of news beside eight sentences recalling the truce's start, old breaches or earlier
truces, both orders; and each recall alone beside a truce holding), 0 of 72; counts (breaches told
by their number, "recorded 15 violations", "accused Israel of repeated breaches"; and tallies that
tell none, "zero violations", "a sharp fall in violations"), 0 of 47 (4 when added); chains (one more
extension from a stated end, "by another 72 hours", "for a further week", "until further notice",
told before or after the old end; and six refusals beside an end coming), 0 of 32; breaches (ten
kinds of attack, sniper fire to a missile strike, told five ways beside a running truce), 0 of 50;
fronted (the window or end told before the verb: "At midnight on Thursday, the truce expires", "By
midnight on Thursday the truce will have expired", "from 08:00 to 18:00 ... and would halt
hostilities during those hours"), 0 of 6 (2 when added; two fronted "Until ..." forms were left out
as ambiguous between a new truce and a term); questions (a headline or sentence asking "Will the
truce be extended?", "Has the truce collapsed?", alone and before an answer; "when" and "how long" too), 0 of 24 (12 of the first 20 when
added: a yes-no question read as the event it asks about); not extended (an end told beside a
negation: "would not be extended beyond midnight on Wednesday", "was not renewed and lapsed at
midnight on Monday", "did not expire ... as planned; it was extended until Friday"), 0 of 7 (4 when
added: "ended" was found inside "extended", making a coming end past; the negation of a first
verb hedged the second; "it" after a semicolon was no passive's subject).
"""

import runpy
from pathlib import Path

import pytest

PROBES = runpy.run_path(str(Path(__file__).resolve().parents[1] / "scripts" / "probe_extract.py"))
CEILINGS = {"end-phrases": 0, "negatives": 0, "paraphrases": 0, "headlines": 0, "two-truces": 0, "lengths": 0,
            "violations": 0, "windows": 0, "history": 0, "reported": 0, "distractors": 0, "zones-formats": 0, "speech": 0, "no-truce": 0, "weekdays": 0, "vocabulary": 0, "verbs": 0, "running": 0,
            "notice": 0, "frames": 0, "asks": 0, "orders": 0, "despite": 0, "trailers": 0,
            "leads": 0, "pronouns": 0, "recall": 0, "counts": 0, "chains": 0, "breaches": 0, "fronted": 0, "questions": 0, "not-extended": 0}


def test_every_family_has_a_ceiling():
    assert set(CEILINGS) == set(PROBES["FAMILIES"])


@pytest.mark.parametrize("family", sorted(CEILINGS))
def test_probe_failures_stay_under_their_ceiling(family):
    total, failed = PROBES["run"]([family])[family]
    assert total > 0
    assert len(failed) <= CEILINGS[family], [(p.title, p.text, p.expect) for p in failed[:5]]
