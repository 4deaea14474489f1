"""The phrase tables of truce-report language: event cues, and the markers that cancel or
frame them. **This is the one place to add a phrase form**: add a ``Cue`` or a ``Marker``
to the right table, with an example; ``tests/test_extract_kinds.py`` checks that every
example matches its own pattern and holds one behaviour test per form.

All patterns run on folded text (lower-case, no diacritics, straight quotes; see
``text.fold``). Cue patterns start with a literal word and carry no leading ``\\b``:
the left word boundary is checked in code (``scan``), which lets the regex engine jump
straight to the literal instead of trying every position (5-10x faster).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.extract.lexicon import Lexicon, fast_compile, scan_copy
from bot.extract.mentions import END_TO_FIGHTING, HOLD_FIRE_WINDOW, REFRAIN_OBJECT, REFRAIN_WINDOW
from bot.models import Kind

__all__ = [
    "Cue",
    "DECLARED_ANEW",
    "FELL_QUIET",
    "Marker",
    "RUNS_UNTIL",
    "SCHEDULED_TO",
    "NOT_A_BREACH_AFTER",
    "NOT_A_BREACH_AFTER_GATE",
    "CUES",
    "scan",
    "END_PAST",
    "HEDGES",
    "HEDGE_AFTER",
    "WRONGLY_REPORTED",
    "BACKGROUND",
    "PAST_PERFECT",
    "REPORTED",
    "REPORTED_BARE",
    "NOT_TRUCE_SUBJECT",
    "OPEN_ENDED",
    "RECAP",
    "PREVIOUS_END",
    "ATTACK",
    "INSIDE",
    "PRE_TRUCE",
    "CAME_AFTER",
    "BEFORE_ANNOUNCEMENT",
    "POST_TRUCE",
    "NOT_A_REPORT",
    "EXCLUDED",
    "TRUCE_RUNNING",
    "WEEKDAY",
    "compile_markers",
]


@dataclass(frozen=True)
class Cue:
    """A phrase that reports an event of ``kind``.

    ``voice`` says where the truce stands relative to the cue: ``"obj"`` (transitive verb:
    "declared *a truce*", or passive "*the truce* was declared"), ``"subj"`` (intransitive:
    "*the truce* took effect"), or ``"any"`` (the cue names the truce itself or needs no
    truce reference: "despite the truce").
    """

    kind: Kind
    pattern: str
    example: str
    voice: str = "obj"
    back: int = 0  # characters of a lookbehind that belong to the phrase ("no longer")
    fresh: bool = False  # a state, not an event: news only with a start stated for today


@dataclass(frozen=True)
class Marker:
    """A phrase that hedges, negates, dates or frames a cue (see the tables below)."""

    pattern: str
    example: str


#: A term's end scheduled, the verbs shared by the expiring cues and the extractor's test of a
#: term restated (``_DUE_TO_RUN``): "due to run until", "is to last until".
SCHEDULED_TO = r"(?:due|set|scheduled|expected|slated|supposed)\s+to"
RUNS_UNTIL = r"(?:run|last|hold|remain\s+in\s+(?:effect|force|place))\s+(?:until|till|through)\b"

#: The weekday names, one alternation for every pattern that names a day.
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

_DETERMINERS = ("its", "the", "a", "an", "their", "this", "that", "as", "of", "under", "newly", "his", "her", "our", "despite",
                "for", "on", "to", "with", "mutually", "jointly")


#: "over" as the truce's state, not a preposition ("declared the truce over", "... over on
#: Tuesday", "... over, citing"; not "a truce over Easter").
OVER_NOW = r"over(?=[\"']?\s*(?:[,;:.]|$)|[\"']?[ \t]*\n|\s+(?:and|as|after|on|at|late|early|today|yesterday|shortly|following|citing)\b)"


#: After a truce word, its place, if named: "the ceasefire in south Lebanon", "the truce along
#: the border".
TRUCE_PLACE = r"(?:\s+(?:in|on|along|across)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?)?"

#: Between a window's verb and its times, up to two place or occasion phrases, each one place
#: or a list: "will be observed in south Lebanon for the Easter weekend, from Friday to Monday",
#: "will apply in al-Mawasi, Deir al-Balah and Gaza City from 10 a.m. to 8 p.m.".
_PLACE = r"(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?"
_WINDOW_PLACES = rf"(?:,?\s+(?:in|across|throughout|along|for|over)\s+{_PLACE}(?:,\s+{_PLACE}){{0,3}}(?:,?\s+and\s+{_PLACE})?){{0,2}}"

#: After "truce over" / "ceasefire over": the phrase ends there ("Easter truce over; Kyiv counts
#: violations", a headline's last words), so "over" is the truce's state.
_OVER_ENDS = r"(?=\s*(?:[,;:.!?]|$)|[ \t]*\n|\s+(?:as|and|after|amid)\b)"

#: Where a headline's predicate ends: the headline's own end (the summary follows on a new line),
#: a clause mark, a dash, or the end of the text.
HEADLINE_END = r"[ \t]*(?:\n|[;:,]|\s-\s)|\s*$"


#: Right after a breach word: a norm other than the truce ("a shocking violation of Libyan
#: sovereignty", "breaches of human rights", "in violation of the arms embargo", "a violation of Georgia's territorial integrity").
_OTHER_NORM = (r"(?![\'\"]?\s+(?:of|to)\s+(?:(?:the|its|their|his|her|our)\s+)?(?:[\w'-]+\s+){0,2}?(?:sovereignty|integrity|independence|human\s+rights|rights|"
               r"international\s+(?:humanitarian\s+)?law|constitution|arms\s+embargo|embargo|sanctions|privacy|rules\s+of\s+the\s+game)\b)"
               # a norm as the direct object: "ruled that she breached ethical standards"
               r"(?!\s+(?:(?:the|its|their|his|her|our)\s+)?(?:[\w'-]+\s+){0,2}?(?:standards|ethics|constitution|laws?|regulations|"
               r"sanctions|embargo|sovereignty|privacy|human\s+rights|"
               # a thing broken through: "troops had breached Tamil Tiger defences"
               r"defen[cs]es|perimeter|walls?|cordon|barriers?|fences?|dams?|embankments?|levees?)\b)")


def _not_adjective(word: str) -> str:
    """Lookbehinds refusing *word* as an adjective after a determiner or a possessive: "its
    extended ceasefire", "as extended ceasefire runs out", "the declared truce", "a renewed
    truce", "Renamo's extended truce", "quiet first day for renewed IRA ceasefire"."""
    return "".join(rf"(?<!\b{det} {word})" for det in _DETERMINERS) + rf"(?<!'s {word})"


#: Right after "extended": an object that is no truce ("shares extended their rally", "the rebels
#: extended their control", "extended his stay", "extended condolences").
_OTHER_OBJECT = (r"(?!\s+(?:(?:its|their|his|her|the|a|an)\s+)?(?:[\w-]+\s+)?(?:rally|gains|losses|lead|streak|advance|slide|decline|slump|"
                 r"control|grip|offensive|operations|campaign|stay|visit|trip|tour|invitation|condolences|congratulations|thanks|support)\b)")


#: "the truce ended the war", "ends two months of fighting": the truce ending something else.
_INTRANSITIVE = (
    r"(?!\s+(?:the|a|an|its|their|his|her|this(?!\s+(?:morning|afternoon|evening|week|weekend|month|year)\b)|"
    r"these|those|more\s+than|nearly|almost|fighting|hostilities|war|"
    r"(?:[\w-]+\s+)?(?:years?|months?|decades?|weeks?|days?)\s+of)\b)"  # "which ended 16 years of civil war", "ended weeks of fighting"
)
#: A party's commitment to a truce, between the end and the truce it ends: "declared an end
#: to the movement's commitment to the truce".
COMMITMENT_TO = r"(?:commitment|adherence)\s+to\s+(?:the|its|their)\s+"

#: "Renewed" as the adjective of a noun that is not the truce: "began renewed enforcement of the
#: ceasefire", "renewed calls for a truce", "renewed fighting".
_RENEWED_NOUN = (r"(?!(?<=renewed)\s+(?:enforcement|commitment|calls?|appeals?|efforts?|push|pressure|hopes?|focus|interest|"
                 r"fighting|clashes|violence|hostilities|attacks?|shelling|strikes|offensive|bombardment|tensions?|diplomacy|talks)\b)")

#: Asking someone else for a truce: "had agreed to urge the Centre to announce a ceasefire".
#: The perfect participles of ending whose past forms are read already ("ran out", "came to
#: an end"): "the truce has run out", "has come to an end".
_ENDED_PERFECT = (r"(?:run\s+out|come\s+to\s+an\s+end)"
                  r"(?:(?<=has run out)|(?<=have run out)|(?<=had run out)|(?<=has come to an end)|(?<=had come to an end))")
_ASK_VERBS = r"urge|ask|press|call|seek|demand|request|appeal|push|lobby|petition|recommend|propose"

#: A broken truce declared anew: "would restore its ceasefire", "would restart a unilateral
#: ceasefire" (also read in ``_resolve``: such a declaration outweighs a headline's "renew").
DECLARED_ANEW = r"(?:(?:restor|reinstat)(?:e|es|ed|ing)|restart(?:s|ed|ing)?)"
#: A calm as a declaration: "guns fell silent" (also read in ``_resolve``: told with the
#: truce's end, it is only a calm).
FELL_QUIET = r"(?:fell|fall|falls|went|go)\s+(?:largely\s+|finally\s+)?(?:silent|quiet)\b"

#: Event cues. "expiring" cues cover both tenses: ``END_PAST`` decides "expired".
CUES: tuple[Cue, ...] = (
    # -- extended
    Cue("extended", r"extend(?:s|ed|ing)?\b" + _not_adjective("extended") + _OTHER_OBJECT, "the truce has been extended by 48 hours (not 'shares extended their rally')"),
    Cue("extended", r"(?:agree\w*|accept\w*|announc\w*|approv\w*|grant\w*|order\w*|decid\w*|confirm\w*|sign\w*|secur\w*|broker\w*)\s+(?:to\s+|on\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}extension\b", "agreed to a three-day extension of the ceasefire; the envoy secured a second two-month extension", "any"),
    Cue("extended", r"prolong(?:s|ed|ing|ation)?\b", "prolonged the Aleppo truce by 48 hours"),
    Cue("extended", r"lengthen(?:s|ed|ing)?\b", "the truce was lengthened until Friday"),
    Cue("extended", r"(?:will|would)\s+now\s+(?:expire|end|lapse|run\s+out)\b(?=[^.;]{0,60}\b(?:rather\s+than|instead\s+of)\b)",
        "the truce will now expire at midnight on Friday rather than Wednesday", "subj"),
    Cue("extended", r"under\s+(?:the|an?|this)\s+(?:[\w-]+\s+){0,2}extension\b(?!\s+(?:plan|proposal|offer|idea)\b)",
        "Under the extension announced on Tuesday, the truce will last until Friday", "any"),
    Cue("extended", r"(?:stay|remain|continue\s+to\s+be)\s+in\s+(?:force|effect|place)\s+(?:until|till|through)\b", "Washington announced that the truce would stay in force until 18 February; will continue to be in effect until", "subj"),
    Cue("extended", r"(?:will|would)\s+now\s+(?:last|run|continue|hold|remain\s+in\s+(?:force|effect|place))\s+(?:until|till|through|to)\b",
        "the truce, which was due to end on Monday, will now last until Thursday", "subj"),
    Cue("extended", r"(?:keep|keeps|keeping|kept)\s+(?:the|its|their)\s+(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire)\s+"
        r"(?:in\s+(?:place|force|effect)|going)\s+(?:until|till|through|for)\b", "agreed to keep the truce in place until Thursday", "any"),
    Cue("extended", r"(?:renew(?:s|ed|ing)?|renewal)\b" + _not_adjective("renewed") + _RENEWED_NOUN, "agreed to renew the truce for two additional months"),
    Cue("extended", r"stretch(?:es|ed|ing)?\b", "regime stretches ceasefire by two days; it was stretching its truce by 72 hours"),
    Cue("extended", r"moves?\s+the\s+end\b", "moves the end of the SOMO from Jan. 2 to Jan. 15"),
    Cue("extended", r"(?:gets|got|given|granted|wins|won)\s+(?:an?\s+|another\s+)?(?:[\w'-]+\s+){0,2}extension\b", "South Lebanon truce gets 72-hour extension", "subj"),
    Cue("extended", r"roll(?:s|ed)?\s+(?:it\s+)?over\b", "the truce was rolled over"),
    Cue("extended", r"continu(?:e|es|ed|ing)\s+for(?=\s+(?:another|a\s+further|an\s+additional|one\s+more|(?:two|three|four|five|six|seven|ten)\s+more)\b)",
        "Qatar confirmed that the truce will continue for another day", "subj"),
    Cue("extended", r"(?:will|would)\s+no\s+longer\s+have\s+an?\s+(?:end\s+date|expiry\s+date|end|expiry|deadline|time\s+limit)\b",
        "the truce his fighters have kept since December would no longer have an end date", "subj"),
    Cue("extended", r"(?:made|makes|make|making)\b(?=\s+(?:the|its|their)\s+(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire)\s+(?:open-ended|indefinite)\b)",
        "the rebels made their truce open-ended"),
    # -- declared: a truce announced, agreed, ordered, or taking effect as same-day news
    Cue("declared", r"declar(?:e|es|ed|ing)\b" + _not_adjective("declared") + r"(?!\s+(?:" + OVER_NOW + r"|dead|void|null|defunct|ended|finished)\b)",
        "the army declared a 72-hour regime of calm (not 'the truce was declared over')"),
    Cue("declared", r"announc(?:e|es|ed|ing)\b" + _not_adjective("announced"), "UN, US announce 72-hour ceasefire"),
    Cue("declared", r"proclaim(?:s|ed|ing)?\b" + _not_adjective("proclaimed"), "the rebel chief has proclaimed a unilateral ceasefire"),
    Cue("declared", r"there\s+(?:will|shall)\s+be\b(?=\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:truce|ceasefire|cease-fire|cessation|halt|pause|lull)\b)",
        "as of midnight, Wednesday 31 August, there will be a complete cessation of military operations"),
    Cue("declared", r"agree(?:s|d)?\s+(?:(?:(?:late\s+|early\s+)?on\s+\w+day(?:\s+(?:night|evening|morning))?|(?:late|early)\s+(?:last\s+night|yesterday|today)|(?:at|in|during)\s+(?!principle\b)(?:[\w'-]+\s+){0,3}?[\w'-]+|(?:through|via)\s+(?:[\w'-]+\s+){0,4}?[\w'-]+)\s+){0,2}(?:to|on(?!\s+\w+day\b)|upon|an?)\b"
        r"(?!\s+[\"']?(?:(?:immediately|quickly|swiftly|urgently|also|then|soon)\s+)?(?:extend|prolong|renew|keep|shore|reaffirm|recommit|strengthen|consolidate|bolster|work|meet|discuss|monitor|expand|let|allow|permit|deploy|send|"
        + _ASK_VERBS + r")\b)",
        "agreed to a 60-day ceasefire; agreed at EU talks in Brussels on Wednesday to a truce; agreed late on Monday to a truce; agreed through the UN's Beirut sector headquarters to a truce (not 'agreed in principle', "
        "'agree in Vienna to shore up the ceasefire')"),
    Cue("declared", r"(?:have|has|had)\s+agreed\b(?!\s+[\"'\u201c]?in\s+principle\b)(?!\s+(?:to\s+|on\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:extend|extension|prolong|renew|keep))"
        r"(?!\s+to\s+(?:" + _ASK_VERBS + r")\b)"
        r"(?!\s+to\s+[\"']?(?:(?:immediately|quickly|swiftly|urgently|also|then|soon)\s+)?(?:meet|work|discuss|talk|negotiate|hold\s+talks)\b)",
        "the leaders have agreed that the cessation of hostilities will enter into force (not 'had agreed to urge the Centre to announce a ceasefire')"),
    # headline style, no preposition or article: "Israel, Hezbollah agree Lebanon ceasefire"
    Cue("declared", r"agree(?:s|d)?\b" + _not_adjective("agreed") + r"(?=\s+(?:[\w'-]+\s+){0,3}?(?:truce|ceasefire|cease-fire|armistice)\b)"
        r"(?!\s+[\'\"]?(?:to|on|upon|an?|the|that|with|in|at|by|as|and)\b)", "Israel, Hezbollah agree south Lebanon ceasefire", "any"),
    Cue("declared", r"accept(?:s|ed)?\b", "generals accepted a three-day ceasefire"),
    # the truce the object itself ("approved an amnesty ... as the ceasefire held" approves none); done, not to do
    Cue("declared", r"approv(?:es|ed)\b(?=\s+(?:an?|the|its|their)\s+(?:[\w'-]+\s+){0,3}?(?:truce|ceasefire|cease-fire|suspension|cessation|pause|armistice)\b)",
        "Duterte has approved a suspension of offensive military operations from 12:01 a.m. of December 23 "
        "(not 'would meet on Tuesday to approve a ceasefire')"),
    Cue("declared", r"sign(?:s|ed)\b", "a seven-day ceasefire deal was signed"),
    # a deal made, its object the truce itself ("reached a ceasefire deal"; not "aid reached Aleppo")
    Cue("declared", r"(?:reach(?:es|ed)?|str(?:uck|ike|ikes)|clinch(?:es|ed)?|seal(?:s|ed)?|hammer(?:s|ed)?\s+out|broker(?:s|ed)?)"
        r"\s+(?:an?|another)\s+(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire|armistice|cessation\s+of\s+hostilities)\b",
        "the warring parties reached a ceasefire deal on Monday (not 'a US-brokered ceasefire', 'Egypt, which brokered the truce')", "any"),
    Cue("declared", r"signed\s+up\s+to\b", "Israel and Hamas have signed up to a humanitarian ceasefire"),
    Cue("declared", r"(?:order(?:s|ed|ing)?|decree(?:s|d))\b(?<!'s order)(?<!the order)(?<!an order)(?<!his order)(?<!its order)(?<!their order)(?!\s+(?:all\s+|its\s+|their\s+|his\s+|the\s+)?(?:[\w-]+\s+)?(?:army|armed\s+forces|military|forces|units|troops|soldiers|police|strikes|fighters|guerrillas|combatants|commanders|cadres|negotiators|delegation|delegates|envoys|mediators)\s+to\s+"
        r"(?!(?:cease|halt|stop|suspend|observe|respect|hold|refrain|abide|pause|end|silence|lay)\b))"
        r"(?!\s+(?:[\w'-]+\s+){0,5}to\s+(?:end|lift|terminate|scrap|cancel|abandon|break)\s+(?:the|its|their|his|her|a)\s+(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire)\b)",
        "Putin ordered a 36-hour ceasefire; Colombia decrees a three-month ceasefire (not 'ordered the army to crush the rebels', "
        "'ordered the New People's Army to end the unilateral ceasefire', 'ordering his negotiators to freeze the dialogue')"),
    Cue("declared", r"introduc(?:e|ed|es)\b", "a 'regime of silence' has been introduced"),
    Cue("declared", r"(?:begin|begins|began|start|starts|started|launch(?:es|ed)?|initiat(?:e|es|ed))\s+(?:an?|the|their|its)\s+"
        r"(?:[\w'-]+\s+){0,3}[\"']?(?:truce|ceasefire|cease-fire|pause|lull|reduction\s+in\s+violence)\b(?!\s+(?:talks|negotiations|process))",
        "allied forces will begin a 36-hour ceasefire at 6 p.m. today; will start a seven-day \"reduction in violence\" at midnight", "any"),
    Cue("declared", DECLARED_ANEW + r"\s+(?:an?|the|their|its)\s+(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire)\b",
        "the IRA said it would restore its ceasefire from noon on Sunday; the FARC would restart a unilateral ceasefire on 20 July (a broken truce declared anew)", "any"),
    Cue("declared", r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:restored|reinstated|re-established)\b",
        "the first convoy left after the ceasefire was restored overnight (a broken truce in force again)", "subj"),
    Cue("declared", r"(?:kicked|kicks)\s+in\b", "a truce in south Lebanon kicked in at 6 a.m.", "subj"),
    # a window agreed, told as a participle: "with a local ceasefire agreed from 10:00 to 21:00"
    Cue("declared", r"(?:truce|ceasefire|cease-fire|pause)\s+(?:agreed|declared|announced)(?=\s+from\s+[^.;]{0,30}?\s(?:to|until|till)\s)",
        "a second evacuation attempt, with a local ceasefire agreed from 10:00 to 21:00", "any"),
    # a headline's passive, the truce its subject: "South Lebanon truce agreed", "Gaza truce deal reached"
    Cue("declared", r"(?:truce|ceasefire|cease-fire)\s+(?:deal\s+|agreement\s+)?(?:agreed|reached|struck|sealed|clinched)"
        r"(?=" + HEADLINE_END + ")", "South Lebanon truce agreed; Gaza ceasefire deal reached", "any"),
    Cue("declared", r"(?:took|take|takes|taking|taken|came|come|comes|coming|go|goes|going|went|gone)\s+(?:into\s+)?(?:(?:full|formal|fully|formally)\s+)?effect\b",
        "the ceasefire came into effect at midnight; said a ceasefire had taken effect at dawn; the bilateral ceasefire took full effect on Thursday", "subj"),
    Cue("declared", r"(?:enter|enters|entered|entering|come|came|comes|coming|go|goes|went|gone)\s+into\s+force\b", "the cessation of hostilities will enter into force on 14 August", "subj"),
    Cue("declared", r"(?:began|begun|begins|begin|beginning|start|started|starts|commenc(?:e|es|ed))\b(?!\s+of\b)(?!\s+(?:date|dates|time|times|line|delayed|postponed)\b)(?<!the start)(?<!the beginning)(?<!the very start)",
        "an open-ended ceasefire began at 7pm (not 'at the start of March', 'a sham from the start')", "subj"),
    Cue("declared", r"now\s+in\s+(?:force|effect)\b(?!\s+(?:since|for)\b)",
        "THE CEASEFIRE IS NOW IN EFFECT; Trump says Israel-Iran ceasefire 'now in effect' (news of today, not 'now in force since May')", "subj"),
    Cue("declared", r"in(?<!been in)\s+(?:force|effect)\s+since\b", "17:02 - Ceasefire in effect since 5 pm (a live blog's note, its start today)", "subj", fresh=True),
    Cue("declared", r"(?:(?:is|are)\s+(?:being\s+)?|(?:has|have|had)\s+been\s+)(?:observed|respected|in\s+force|in\s+effect)\b",
        "since 00:01 the regime of ceasefire is being observed; it had been in force since 20:00 local time", "subj", fresh=True),
    Cue("declared", r"(?:will|would|to)\s+(?:(?:unilaterally|temporarily|immediately|completely|fully)\s+)?(?:pause|halt|suspend|stop|cease)\s+['\"]?(?:all\s+|its\s+|their\s+)?['\"]?(?:offensive\s+(?=military))?(?:military\s+(?:activity|activities|action|operations|offensive)|(?:anti|counter)-terror(?:ist|ism)?\s+(?:measures|operations?)|hostilities|fighting|firing|combat\s+operations|offensive\s+operations|offensive|"
        r"operations(?=\s+(?:(?:in|across)\s+(?:[\w'-]+\s+){1,5}?)?(?:from|until|till|between|for\s+(?:[\w-]+\s+){1,2}(?:hours|days|weeks)\b|over\s+(?:the\s+)?(?:christmas|easter|eid|new\s+year|holiday))\b))\b",
        "the army said it would pause military activity from 10:00 to 20:00; Turkey agreed to pause its military offensive; "
        "would unilaterally halt hostilities during those hours; would halt operations in its northern and northeastern commands from December 21 until April 30; would suspend operations for three days over Christmas; agreed to suspend its 'anti-terrorist measures' from 13:00", "any"),
    Cue("declared", r"(?:ordered|orders|announced|announces|declared|declares|agreed\s+(?:to|on))\s+an\s+(?:immediate\s+)?end" + END_TO_FIGHTING,
        "Medvedev ordered an end to military operations in Georgia on Tuesday (a halt ordered: a truce)", "any"),
    # an order to hold back offensives, for a span: "asked security forces not to launch operations in Jammu and Kashmir during Ramzan"
    Cue("declared", r"(?:asked|ordered|directed|instructed|told)\s+(?:the\s+|its\s+|all\s+)?(?:security\s+|armed\s+)?(?:forces|troops|army|units|soldiers)\s+"
        r"not\s+to\s+(?:launch|initiate|conduct|carry\s+out|undertake|mount)\s+(?:any\s+)?(?:new\s+)?(?:offensive\s+|combat\s+|military\s+)?operations\b"
        r"(?=[^.;]{0,60}?\b(?:during|for|until|till|over|from)\b)",
        "the ministry asked security forces not to launch operations in Jammu and Kashmir during the holy month of Ramzan", "any"),
    Cue("declared", r"(?:will|would|to)\s+hold\s+(?:its\s+|their\s+)?fire" + HOLD_FIRE_WINDOW,
        "its forces would hold fire along the Tovuz section of the border with Armenia until 20:00 on Sunday (a window: a truce)", "any"),
    Cue("declared", r"(?:will|would|to)\s+refrain" + REFRAIN_OBJECT + REFRAIN_WINDOW,
        "both sides will refrain from violence in the southern border provinces from April 3 to May 14 (a window: a truce; not a bare pledge)", "any"),
    Cue("declared", r"(?:took|takes|take|taken|taking)\s+hold\b", "as the truce takes hold; the truce has taken hold", "subj"),
    Cue("declared", r"(?:halted|stopped|ceased|suspended|paused)\s+(?:all\s+|its\s+|their\s+)?(?:firing|fire|hostilities|fighting|"
        r"military\s+operations|offensive\s+operations|offensive|attacks|strikes)\b", "the army unilaterally halted fire until Thursday", "any"),
    # (not a definite truce with no start: "a mission arrived to observe the truce" keeps a running one)
    Cue("declared", r"(?:will|to|would)\s+observe\b(?!\s+(?:the|its|their)\s+(?:[\w'-]+\s+){0,2}(?:truce|ceasefire|cease-fire)\b"
        r"(?!\s+(?:from|starting|beginning|at|on|until|for)\b))", "both sides will observe a 12-hour humanitarian window"),
    Cue("declared", r"observ(?:ed|es|ing)\s+an?\s+(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire|pause|lull)\b",
        "the military observed an eight-hour humanitarian ceasefire on Sunday", "any"),
    Cue("declared", FELL_QUIET, "guns fell silent as the truce took effect", "any"),
    Cue("declared", r"effective\s+(?:from|at|as\s+of|immediately)\b", "a cease fire effective at midnight; would respect a cessation of hostilities effective immediately", "subj"),
    # a window announced: "a ceasefire would be in place from 10:00", "would last from 9:00 to 16:00",
    # "will be in force in the city between 8 a.m. and 8 p.m.", "will last for 72 hours from noon",
    # "the ceasefire would apply from Dec 21 until April 30"
    Cue("declared", r"(?:will|would|shall)\s+(?:be\s+in\s+(?:place|force|effect)|be\s+observed|last|run|hold|apply)"
        + _WINDOW_PLACES + r",?\s+(?:from|between|on(?=\s+(?:\w+day\b|[a-z]+\s+\d|\d))|for(?=\s+(?:the\s+)?(?:first\s+)?(?:\w+\s+)?(?:days|hours)\s+of\b))\b",
        "the ceasefire would last from 9:00 to 16:00 local time; a pause will be observed in south Lebanon on Wednesday from 8 a.m.; "
        "will be observed in south Lebanon for the Easter weekend, from Friday to Monday", "subj"),
    # a pause to be observed until a stated end ("will be observed ... until the end of Ramadan on April 9")
    Cue("declared", r"observed\b(?:(?<=will be observed)|(?<=would be observed)|(?<=shall be observed))"
        + _WINDOW_PLACES + r"(?=,?\s+(?:until|till|through)\b)",
        "a humanitarian pause will be observed in south Lebanon until the end of Ramadan on April 9", "subj"),
    Cue("declared", r"(?:runs|lasts)\s+from\b(?=[^;]{1,60}?\b(?:to|until|till)\b)", "the pause, announced late on Saturday, runs from 6 a.m. to 2 p.m.", "subj"),
    # -- expiring / expired (tense decides, see END_PAST)
    Cue("expiring", SCHEDULED_TO + r"\s+(?:expire|end|run\s+out|lapse|finish|close|" + RUNS_UNTIL + r")\b",
        "was due to expire late Monday; the four-day truce is due to run until 7 a.m. on Tuesday", "subj"),
    Cue("expiring", r"(?:will|would|shall)\s+(?:(?:formally|officially|automatically|effectively)\s+)?(?:expire|end|run\s+out|lapse|last|run|come\s+to\s+an\s+end|(?:remain|continue\s+to\s+be|stay)\s+in\s+(?:effect|force|place))\b(?!\s+from\b)", "the ceasefire, which will end on May 29; the pact will formally end at midnight", "subj"),
    Cue("expiring", r"(?:will|would|shall)\s+(?:cease|stop)\s+to\s+(?:apply|be\s+in\s+(?:force|effect)|have\s+effect)\b", "the ceasefire will cease to apply at 00:00 on 3 December", "subj"),
    # headline future: "Yemen truce to expire on Sunday" (the truce noun right before "to")
    Cue("expiring", r"(?:truce|ceasefire|cease-fire|pause|armistice)\s+to\s+(?:end|expire|lapse|run\s+out)\b",
        "Aleppo truce to end at midnight", "any"),
    Cue("expiring", r"(?:allow\w*|let|lets)\s+(?:[\w'-]+\s+){0,4}(?:to\s+)?(?:lapse|expire|run\s+out)\b", "the junta allowed its ceasefire to lapse at midnight", "any"),
    Cue("expiring", r"(?:expires?|ends|runs\s+out|lapses|comes\s+to\s+an\s+end)\b" + _INTRANSITIVE, "the truce ends today; the truce comes to an end at midnight on Thursday", "subj"),
    Cue("expiring", r"(?:runs|lasts)\s+(?:until|till|to|through)\b", "the ceasefire runs until January 7", "subj"),
    Cue("expiring", r"(?:is|remains)\s+(?:valid|in\s+(?:force|effect))\s+(?:until|till|through)\b", "the truce is valid until Friday; the suspension is in force until Saturday, June 16", "subj"),
    Cue("expiring", r"(?:go(?:es)?\s+on|continu(?:e|es|ing))\s+(?:observing|to\s+observe|honou?ring|to\s+honou?r|respecting|to\s+respect)\b", "Russian forces will go on observing their ceasefire until midnight"),
    Cue("expiring", rf"ending\s+(?:today|tonight|tomorrow|on\b|at\b|{WEEKDAY})", "truce ending Monday", "subj"),
    Cue("expiring", rf"expiring\s+(?:today|tonight|tomorrow|on\b|at\b|in\b|{WEEKDAY})", "with the truce expiring at midnight", "subj"),
    Cue("expiring", r"(?:is|are)\s+to\s+(?:end|expire|lapse|run\s+out|" + RUNS_UNTIL + r")\b",
        "the truce is to end at 6 pm on Tuesday; the 'regime of cessation of fire' is to last until midnight on Saturday", "subj"),
    Cue("expiring", r"(?:will|would)\s+be\s+over\b(?=\s+(?:at|on|by)\b)", "the truce will be over at midnight on Thursday", "subj"),
    Cue("expiring", r"deadline\s+for\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:truce|ceasefire|cease-fire|pause)\s+(?:is|was)\b|"
        r"(?:truce|ceasefire|cease-fire|pause)'s\s+deadline\s+(?:is|was)\b",
        "the deadline for the south Lebanon truce is midnight on Thursday; the truce's deadline is midnight", "any"),
    Cue("expiring", r"deadline\s+(?:passed|passes|has\s+passed)\b", "Lebanon truce deadline passes without extension; the truce deadline passed at midnight", "subj"),
    Cue("expiring", r"(?:enters?|entering|entered|in)\s+(?:its|their)\s+(?:final|last)\s+(?:day|hours|\w+\s+hours)\b",
        "the truce enters its final 24 hours", "subj"),
    Cue("expiring", r"(?:has|have)\s+(?:(?:less\s+than|under|only|just)\s+)?(?:a\s+day|\w+\s+(?:hours|days))\s+(?:left|to\s+run)\b",
        "the truce has less than 24 hours left to run", "subj"),
    Cue("expiring", r"(?:expired|expiry|expiration|ended|lapsed|elapsed|ran\s+out|came\s+to\s+an\s+end|" + _ENDED_PERFECT + r")\b"
        + _INTRANSITIVE, "the ceasefire expired on Monday; the truce elapsed at 6 a.m.", "subj"),
    Cue("expiring", r"closed\s+(?:on\s+schedule|as\s+(?:planned|scheduled))\b", "Monday's tactical pause closed on schedule at 8 p.m.", "subj"),
    Cue("expiring", r"(?:closes|will\s+close|(?:is|are)\s+(?:due|set|scheduled)\s+to\s+close)\b(?=\s+(?:in|at|on|tonight|today)\b)",
        "the window closes in just over an hour, at 3 p.m. (1200 GMT)", "subj"),
    Cue("expiring", r"over\b(?<=\bis over)", "the ceasefire is over", "subj", 3),
    Cue("expiring", r"over\b(?:(?<=\bis now over)|(?<=\bis effectively over)|(?<=\bis now effectively over)|(?<=\bis officially over))",
        "the truce is now effectively over", "subj"),
    Cue("expiring", r"over\b(?<=\bare over)", "the first seven days of the ceasefire are over", "subj", 4),
    Cue("expiring", r"over\b(?<=\bwas over)", "the pause was over by noon", "subj", 4),
    Cue("expiring", r"(?:expiry|expiration|end)\s+of\s+(?:the|its|their)\s+(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire|pause|somo)\b", "operations resumed following the expiration of the holiday truce", "any"),
    Cue("expiring", r"(?:not|no|never)\s+(?:[\w']+\s+){0,3}(?:extension|extend\w*|prolong\w*)\s+(?:of\s+)?(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}beyond\b", "Putin had not ordered any extension of the Easter truce beyond midnight", "any"),
    # ("truce over" as a headline's whole predicate: not "a ceasefire over Christmas")
    Cue("expiring", r"over\b(?<=truce over)" + _OVER_ENDS, "Easter truce over; Kyiv counts violations", "any", 6),
    Cue("expiring", r"over\b(?<=ceasefire over)" + _OVER_ENDS, "Ceasefire over, fighting resumes", "any", 10),
    # -- collapsed
    Cue("collapsed", r"collaps(?:e|es|ed|ing)\b" + _not_adjective("collapsed"), "the truce collapsed within hours (not 'to revive the collapsed 2015 deal')", "subj"),
    Cue("collapsed", r"(?:broke|break|breaks|broken)\s+down\b", "the ceasefire broke down", "subj"),
    Cue("collapsed", r"(?:failed|fails)\s+to\s+(?:take\s+hold|hold|stick)\b", "the Moscow-brokered ceasefire had failed to take hold; the truce failed to hold", "subj"),
    Cue("collapsed", r"longer\b(?<=no longer)\s+(?:(?:consider\w*|regard\w*|feel\w*|felt|deem\w*)\s+(?:itself|themselves|himself|herself)\s+)?"
        r"(?:bound|in\s+effect|in\s+force|holding|valid|observ\w+|exists|existed)\b",
        "Israel was no longer bound by the ceasefire; the militia no longer considered itself bound by the truce; the July truce no longer exists", "any", 3),
    Cue("collapsed", r"(?:now-defunct|defunct)\b", "a temporary but now-defunct cessation of hostilities", "any"),
    Cue("collapsed", r"ending\s+(?:nearly\s+|almost\s+|more\s+than\s+)?(?:[\w-]+\s+)(?:days|weeks|months)\s+of\s+(?:relative\s+)?(?:calm|quiet)\b",
        "air strikes before dawn on Tuesday, ending nearly two months of relative calm", "any"),
    Cue("collapsed", r"unravel(?:s|ed|led)\b", "the border ceasefire unravels (not 'allowed it to slowly unravel')", "subj"),
    Cue("collapsed", r"(?:truce|ceasefire|cease-fire|pause)(?:\s+in\s+(?:[\w'-]+\s+){0,2}[\w'-]+)?(?:,[^,;]{0,100},)?\s+(?:now\s+)?(?:lies|lay|is|was)\s+in\s+ruins\b",
        "the five-month truce, which had let convoys through, lies in ruins (not 'Sanaa airport lies in ruins')", "any"),
    Cue("collapsed", r"(?:lost|loses|lose)\s+(?:all\s+|its\s+)?meaning\b", "its ceasefire with Turkey had lost all meaning", "subj"),
    # led by the rare word, the "no" looked behind: "the truce has no meaning anymore"
    Cue("collapsed", r"meaning\b(?<=\bno meaning)|validity\b(?<=\bno validity)", "the truce has no meaning anymore", "subj", 3),
    Cue("collapsed", r"(?:shatter(?:s|ed|ing)?(?!\s+(?:the\s+)?(?:calm|quiet|silence|lull))"
        r"(?!\s+(?:[\w'-]+\s+){0,3}?(?:truce|ceasefire|cease-fire)\s+(?:hopes|prospects|plans?|talks|bid|efforts?)\b)|scrapped|abandoned|called\s+off|torn\s+up|overturn(?:s|ed))\b", "the truce was shattered; strikes shatter two-month ceasefire (headline present)"),
    Cue("collapsed", r"tatters(?<=in tatters)\b", "the ceasefire was in tatters; headline 'Israel pounds Gaza; ceasefire in tatters'", "subj"),
    Cue("collapsed", r"call(?:s|ing)?\s+off\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'-]+\s+){0,2}(?:truce|ceasefire|cease-fire)\b", "Pakistani Taliban call off ceasefire", "any"),
    Cue("collapsed", r"decided\s+to\s+(?:overturn|scrap|abandon|terminate|end|tear\s+up)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'-]+\s+){0,2}(?:truce|ceasefire|cease-fire)\b",
        "Hamas said Israel had 'decided to overturn the ceasefire agreement'", "any"),
    Cue("collapsed", r"(?:brought|brings|bring|bringing)\s+to\s+an\s+end\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire|lull|cessation\s+of\s+hostilities)\b",
        "fighting flared on Wednesday, bringing to an end a humanitarian truce", "any"),
    Cue("collapsed", r"(?:destroy(?:s|ed)|wreck(?:s|ed|ing))\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire)\b",
        "the attack had destroyed the truce (not 'bomb wrecks car park nine months into ceasefire')", "any"),
    Cue("collapsed", r"(?:announc\w+|declar\w+|order\w+|put|puts|putting|brought|brings|bringing)\s+(?:on\s+\w+\s+)?(?:an?\s+(?:[\w-]+\s+)?end\s+to|(?:the\s+)?end\s+of)\s+(?:(?:the|its|their|a|his|her)\s+)?"
        r"(?:[\w'-]+\s+){0,3}(?:" + COMMITMENT_TO + r")?(?:[\w'-]+\s+){0,2}(?:truce|ceasefire|cease-fire|cessation\s+of\s+hostilities)\b",
        "the rebels announced an end to their unilateral ceasefire; declared an end to the movement's commitment to the truce; "
        "Polisario declares end of 1991 ceasefire (headline)", "any"),
    Cue("collapsed", r"(?:truce|ceasefire|cease-fire)\s+(?:is\s+)?dead\b", "Aceh truce dead as martial law declared", "any"),
    Cue("collapsed", r"suspend(?:s|ed|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:legal\s+effects|ceasefire|cease-fire|truce|decree)\b", "suspended the legal effects of the ceasefire decree", "any"),
    Cue("collapsed", r"(?:fell|falls?|falling|fallen)\s+apart\b", "the ceasefire fell apart within a week", "subj"),
    Cue("collapsed", r"(?:crumbl(?:ed|es|ing)|disintegrat(?:ed|es|ing))\b", "the truce crumbled within days; the ceasefire disintegrated", "subj"),
    # passives, read from the participle (a lead word, where "was" and "is" would be read everywhere)
    Cue("collapsed", r"declared\b(?:(?<=was declared)|(?<=were declared)|(?<=has been declared)|(?<=had been declared)|(?<=is declared))\s+(?:" + OVER_NOW + r"|dead|void|null(?:\s+and\s+void)?|defunct|ended|finished)\b",
        "the south Lebanon truce was declared over on Tuesday", "subj"),
    Cue("collapsed", "|".join(rf"{w}\b(?:{'|'.join(f'(?<={aux} {w})' for aux in ('was', 'were', 'has been', 'had been'))})(?!\s+(?:for|until|till|pending)\b)"
                              for w in ("suspended", "scrapped", "revoked", "terminated")),
        "the south Lebanon truce was suspended on Tuesday (not 'talks were suspended until ...')", "subj"),
    Cue("collapsed", r"declar(?:e|es|ed|ing)\s+(?:(?:the|its|their|a)\s+)?(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire)\s+(?:" + OVER_NOW + r"|dead|void|null(?:\s+and\s+void)?|defunct|ended|finished)\b",
        "the Polisario declared the ceasefire over; declared the truce over on Tuesday", "any"),
    # lifting a truce: "Duterte lifted the unilateral ceasefire", "the ceasefire was lifted"
    Cue("collapsed", r"lift(?:s|ed|ing)?\s+(?:(?:the|its|their|his|her|a)\s+)?(?:[\w'-]+\s+){0,2}(?:truce|ceasefire|cease-fire)\b",
        "Duterte lifted the unilateral ceasefire; CPP lifts NPA ceasefire", "any"),
    Cue("collapsed", r"(?:truce|ceasefire|cease-fire|pause|moratorium|suspension\s+of\s+(?:[\w-]+\s+){1,3}?operations)(?:\s+(?:order|declaration))?"
        r"(?:\s+[^,;.]{0,40}?)?\s+(?:was|were|is|has\s+been|had\s+been)\s+lifted\b",
        "the ceasefire was lifted effective 7 p.m. (its own subject: not 'a curfew in Baghdad was lifted')", "any"),
    Cue("collapsed", r"(?:is|was|now)\s+(?:now\s+|effectively\s+){0,2}[\"'\u201c]?dead\b", "the rebels said the truce was dead; the ceasefire was \"dead\" within a day", "subj"),
    # led by the rare word: "(had been rendered | is null and) void" (a hedge before it still counts: "would be void")
    Cue("collapsed", r"void\b(?!\s+(?:of|left|created|in)\b)",
        "the ceasefire that started on 2 August had been rendered void; headline 'Army says Idlib truce void'", "subj"),
    # leaving a truce: "pulled out of the ceasefire" (not "withdrew from the ceasefire line")
    # (done, not announced: "notice to quit", "is withdrawing from ..., meaning it will end on 16
    # January" tell an end to come)
    Cue("collapsed", r"(?:pull(?:s|ed)\s+out\s+of|pull(?<!will pull)(?<!to pull)(?<!\bn't pull)(?<!not pull)\s+out\s+of|pulling(?<=were pulling|\swas pulling)\s+out\s+of|withdr(?:ew|awn)\s+from|walked\s+away\s+from|quit(?<!to quit)(?<!will quit)|renounced|abrogat(?:es|ed)|revok(?:es|ed)|repudiat(?:es|ed)|(?:tore|tearing|tears)\s+up)"
        r"\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'-]+\s+){0,2}"
        r"(?:truce|ceasefire|cease-fire)\b(?!\s+(?:line|lines|zone|zones|area|areas|talks|negotiations|monitor\w*|commission|committee|mission))",
        "the army pulled out of the ceasefire on Monday; the faction has abrogated its ceasefire; headline 'Maoists pull out of ceasefire'", "any"),
    Cue("collapsed", r"(?:ended|end(?<!an end)(?<!the end)|ends|ending|terminat\w+)(?!\s+(?:of|with|without|in|up|by|for)\b)\s+(?:(?:the|its|their|a|an)\s+)?(?:[\w-]+\s+){0,2}"
        r"(?:(?:[\w'-]+\s+)?" + COMMITMENT_TO + r"(?:[\w-]+\s+){0,2})?(?:truce|ceasefire|cease-fire|peace\s+(?:accord|deal)|cessation\s+of\s+hostilities|armistice|pause)\b(?!\s+\w+\s+(?:at|on)\b)",
        "fighting erupts, ending five-month truce; the offensive ends the Cessation of Hostilities Agreement (not 'the fighting ended with a cessation of hostilities', 'talks end without ceasefire deal', 'militancy must end for the ceasefire to hold'); a decree ending the group's commitment to the truce (not the noun: 'attacks follow end of ceasefire')", "any"),
    # -- violation (strong cues; attack words are in ATTACK)
    Cue("violation", r"(?:violat(?!ors?\b)\w+|breach\w*|infring\w+)\b" + _OTHER_NORM + r"(?!(?:\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,3}?(?:truce|ceasefire|cease-fire|agreement)"
        + TRUCE_PLACE + r")?\s+(?:(?:have|has|had)\s+)?(?:(?:fallen|fell|dropped|declined|decreased|diminished|eased|subsided)\b|(?:been\s+)?(?:rare|few)\b))",
        "Russian forces breached it 734 times (not the trend: 'violations have fallen sharply in recent weeks', "
        "'violations of the ceasefire in south Lebanon had fallen'; nor the people: 'real consequences for violators')", "any"),
    Cue("violation", r"(?:broke|broken|break|breaking)\s+(?:the|its|their|a|his)\s+(?:own\s+)?(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire|word|pause|deal|agreement|accord|lull|calm)\b", "the NPA broke its own Christmas ceasefire; accused each other of breaking the deal", "any"),
    # headline style, no article: "Thailand says Cambodia broke truce hours after it began"
    Cue("violation", r"(?:broke|breaks|breaking)\s+(?:[\w'-]+\s+){0,2}(?:truce|ceasefire|cease-fire)\b", "Cambodia broke truce hours after it began; gunfire breaks Eid truce; shelling breaks south Lebanon truce", "any"),
    Cue("violation", r"broken(?:(?<=truce broken)|(?<=ceasefire broken)|(?<=cease-fire broken))\b", "Aleppo truce broken within hours", "any"),
    Cue("violation", r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+broken\b(?!\s+(?:up|off|down)\b)",
        "the ceasefire in Sudan, which took effect on Monday night, was broken within minutes (its subject a truce)", "subj"),
    Cue("violation", r"(?:broke|breaking)\s+it\b(?!\s+(?:up|down|off|open|to)\b)", "each side accused the other of breaking it", "any"),
    Cue("violation", r"(?:did\s+not|didn't|failed\s+to|(?:was|were|is|are)\s+not)\s+(?:honou?r(?:ing)?|observ(?:e|ing)|respect(?:ing)?|abid(?:e|ing)\s+by|stop)\b",
        "the NPA did not honour the holiday ceasefire; Russian forces were not respecting the ceasefire", "any"),
    Cue("violation", r"blow\s+(?:yet\s+)?to\s+(?:the|its|their)\s+(?:[\w'-]+\s+){0,4}?(?:truce|ceasefire|cease-fire)\b(?!\s+(?:talks|negotiations|process|plan|proposal|efforts?)\b)",
        "It is the most serious blow yet to the ceasefire the PKK has observed since March 2013 (an attack on it)", "any"),
    Cue("violation", r"(?:(?:despite|spite\s+of|defiance\s+of)(?!\s+(?:the\s+|a\s+|an\s+)?(?:quake|earthquake|floods?|storm|cyclone|typhoon|hurricane|pandemic|disaster|weather|rain|snow|heat|cold|outbreak)\b"
        r"(?!\s+and\s+(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,2}(?:truce|ceasefire|cease-fire)\b))|marred|dogged|flout\w*)\b",
        "warplanes struck despite the truce (not 'vows to keep fighting despite quake')", "any"),
)

#: Tense of an ending cue: these mean the end has happened ("expired"), the rest that it
#: is coming ("expiring"). A future end resolved before publication is also "expired".
END_PAST = fast_compile(r"\b(?:expired|expiry|expiration|ended|lapsed|elapsed|ran\s+out|came\s+to\s+an\s+end|over|allowed|let|closed|deadline\s+(?:passe[sd]|has\s+passed)|"
                        + _ENDED_PERFECT + r")\b")


CUE_LEXICON: Lexicon[Cue] = Lexicon([(c.pattern, c) for c in CUES])


def scan(low: str, scan_bytes: bytes | None = None, start: int = 0, end: int | None = None) -> list[tuple[int, int, Cue]]:
    """Cues in ``low[start:end]`` as ``(start, end, cue)``, at word starts only, in text
    order; overlapping cues are all kept ("have agreed to a three-day extension")."""
    found = CUE_LEXICON.find(low, scan_copy(low) if scan_bytes is None else scan_bytes, start, end)
    return [(a - c.back, b, c) for a, b, c in found]


def compile_markers(markers: tuple[Marker, ...]) -> re.Pattern[str]:
    """One regex for a marker table (alternatives in table order)."""
    return re.compile("|".join(f"(?:{m.pattern})" for m in markers))


# ---------------------------------------------------------------- hedges and negation

#: "may" the modal, not the month ("may 5", "the end of May", "in early May", "1 May").
MAY_MODAL = r"(?<!of )(?<!in )(?<!by )(?<!since )(?<!until )(?<!till )(?<!early )(?<!late )(?<!mid-)(?<!\d )may(?!\s+\d)"
#: Negation, contracted forms spelled out (a bare ``\w+n't`` would make every word a start).
_NEGATION = r"not|never|n't|cannot|(?:do|does|did|wo|would|ca|could|is|was|are|were|has|have|had|should)n't"
#: Before a cue, across the reporting verb that cuts the hedges' clause: a report withdrawn, which
#: tells what did not happen ("CORRECTION - An item sent on Monday wrongly said Egypt had
#: extended the Suez Canal cease-fire"). (A correction's own account of an earlier version of the
#: item voids its whole sentence: ``_RETRACTED`` in the extractor.)
WRONGLY_REPORTED = re.compile(r"\b(?:wrongly|incorrectly|erroneously|mistakenly)\s+(?:said|says|reported|stated|quoted|described|announced|gave)\b")

#: Modality, proposals and negation, searched in the clause before a cue. A cue with one
#: of these in front is not a report of the event.
HEDGE_TABLE: tuple[Marker, ...] = (
    Marker(r"\b(?:could|would|might|" + MAY_MODAL + r"|can|should|must|ought\s+to|shall\s+not|used\s+to)\b",
           "the truce could be extended; the truce must be extended; the daily windows it used to announce"),
    Marker(r"\b(?:if|unless|whether|provided|providing|(?:as|so)\s+long\s+as)\b", "whether it would be renewed; provided Russia accepts it too"),
    Marker(r"\b(?:" + _NEGATION + r"|no|none|nobody|no\s+one|without|nor|neither|yet\s+to)\b",
           "the army said it was not declaring a new truce; the ceasefire cannot be extended; it won't be renewed; none has announced a truce; "
           "neither side has formally announced an extension"),
    Marker(r"\b(?:propos\w*|proposal)\b", "a proposal for a 30-day truce"),
    Marker(r"\bin\s+principle\b", "the rebel leader had agreed in principle to stop fighting (terms still to be approved)"),
    Marker(r"\bto(?<!\bis\sto)(?<!\bare\sto)(?<!\bwas\sto)(?<!\bwere\sto)\s+be\s+$",
           "agreed in principle on a general cessation of hostilities, to be signed next week (still to come; not 'is to be extended')"),
    Marker(r"\b(?:urg\w*|appeal\w*|call(?:s|ed|ing)?\s+(?:for|on)|calls\s+(?:grow|mount|rise)\w*|calls?\s+to|press(?:ed|es|ing)?|push\w*|plea|demand\w*|requir(?:e|es|ed|ing)\s+(?:[\w'-]+\s+){1,4}?to|ask\w*|invit\w*|request(?:s|ing)|requested(?!\s+by\b)|to\s+request)\b", "Washington urged Moscow to extend the truce; a roadmap requiring Sudan and South Sudan to cease all hostilities; calls grow to prolong the truce; Ghani's call to follow the government in prolonging the truce; as calls to prolong the truce go unanswered"),
    Marker(r"\b(?:hop(?:e|es|ed|ing)|want\w*|seek\w*|sought|intend\w*|plan(?:s|ned|ning)?|aim\w*|ready\s+(?:in\s+principle\s+)?to|readiness['\"]?\s+to|willing\w*|prepar\w*|offer\w*|open\s+to)\b",
           "the rebels are ready to declare a truce; Ukraine expressed readiness to accept a truce; Israel was willing to extend the lull; "
           "Hezbollah says open to extending truce"),
    Marker(r"\bin\s+(?:close\s+|constant\s+)?(?:contact|touch)\s+with\s+(?:[\w'-]+\s+){1,4}?to\s+$",
           "said he was in contact with both sides to restore the ceasefire (a purpose, not an act)"),
    Marker(r"\b(?:with\s+(?:a|the)\s+view\s+to|with\s+an\s+eye\s+to|in\s+order\s+to|so\s+as\s+to|with\s+the\s+(?:goal|purpose|object|intention)\s+of)\b",
           "the truce will be reviewed on January 9 with a view to extending it (a purpose, not an act)"),
    Marker(r"\b(?:talks?|talking|negotiat(?!ors?\b)\w*|discuss\w*|consider\w*|mull\w*|weigh(?:s|ed|ing)?|idea|efforts?|working|work\s+to|tr(?:y|ies|ied|ying)\s+(?:on\s+[\w'-]+\s+|again\s+)?to|rac(?:e|es|ed|ing)\s+to|scrambl\w*\s+to|rush(?:es|ed|ing)?\s+to|bid\s+to|striv\w*\s+to|attempt(?:s|ed|ing)?\s+to)\b", "talks on extending the truce; UN races to renew the truce; in an attempt to broker a truce; coalition weighs extending truce; will try on Wednesday to agree a spring truce"),
    Marker(r"\b(?:refus\w*|reject\w*|deni\w*|deny|ruled\s+out|rules\s+out|rule\s+out|ruling\s+out|threat\w*|warn\w*|fail\w*|question\w*|spurn\w*|rebuff\w*|snub\w*)\b", "rebels threatened to end the truce; Taliban spurn Ghani's extension"),
    Marker(r"\b(?:potential|possible|possibly|expect(?:s|ed)?\s+to|expect(?:s|ed)?\s+(?:the|a|an)\s+(?:[\w'-]+\s+){0,4}to\s+be\b|expect(?:s|ed)?\s+(?:[\w'-]+\s+){1,3}to\b|about\s+to|recommend\w*|envisag\w*|any|wait|unlikely|likely|doubt\w*)\b", "any extension of the truce; a truce is unlikely to take effect before the weekend; the IRA was about to declare a ceasefire"),
    Marker(r"\b(?:claim(?:s|ed|ing)?|rumou?r\w*|speculat\w*|unconfirmed)\b", "media reports claiming the ceasefire would expire on Sunday were wrong"),
    Marker(r"\b(?:chances?|prospects?|likelihood|odds|possibility|signs?|indications?)\s+(?:of|for|that)\b",
           "officials conceded there was little chance of renewing it; little sign that the sides would agree to renew it"),
    Marker(r"\b(?:ways?|means|options?|how)\s+to\s+$", "met on Tuesday on ways to prolong the pause; discussed how to extend the truce (the object of talks)"),
    Marker(r"\b(?:about|regarding|concerning)\s+$", "were in contact with both sides about extending the ceasefire for another week (a topic, not an act)"),
    Marker(r"\b(?:giv(?:e|es|ing|en)|gave)\s+(?:[\w'-]+\s+){0,3}?(?:\d+|[a-z]+)\s+(?:to\s+\d+\s+)?(?:days|weeks|hours|months)\b[^.;]{0,30}?\bto\s+$",
           "giving Putin 10 to 12 days, instead of 50, to agree to a ceasefire (an ultimatum)"),
    Marker(r"\b(?:was|were|had\s+been)\s+(?:meant|supposed)\s+to\b", "the cessation of hostilities was meant to take effect within 24 hours of the signing"),
    Marker(r"\b(?:will|would)\s+(?:only\s+)?agree\s+to\s+$", "Russia says it will agree to extend it only for 60 days (an offer on its terms)"),
    Marker(r"\bonly\s$(?:(?<=would only )|(?<=will only ))", "Khartoum would only accept a truce once the RSF withdrew from cities it had seized (a condition)"),
    Marker(r"\b(?:security\s+council|court|tribunal)(?<!\bby\sthe\ssecurity\scouncil)\s+(?:(?:on\s+\w+|unanimously|has|had|also|again|formally)\s+)*"
           r"(?:(?:order(?:s|ed)?|direct(?:s|ed)?|instruct(?:s|ed)?)\s+(?:[\w'-]+,?\s+){1,5})?$",
           "UN Security Council orders Sudan, South Sudan to halt fighting (an order to others is a demand; "
           "not \"a new cease-fire ordered by the Security Council took effect\", the passive's agent)"),
    Marker(r"\bfor\s+(?:the|a|an|its|their|this)\s+[^.;]{0,50}?\bto\s+be\s+$", "pressed for roads to reopen and for the truce to be extended to other towns"),
    Marker(r"\bthat\s+(?:the|a|an|its|their|this)\s+[^.;]{0,50}?\s(?!(?:will|would|shall|should|must|to|not|also|then|now|can|could|may|might|cannot|soon)\s)[\w'-]+\s+be\s+$",
           "has proposed that the truce declared by the military until April 22 be extended (a mandative 'be': asked for, not done)"),
    Marker(r"\b(?:once|until|till|as\s+soon\s+as)\s+an?\s+(?:[\w'-]+\s+){0,2}(?:truce|ceasefire|cease-fire|pause|halt)\b",
           "would send troops to help secure the area once a ceasefire took hold (a truce still to come; not 'once the ceasefire took hold')"),
)
#: Hedges for ending cues are narrower: "due to expire" is a fact, "may expire" is not.
HEDGE_END_TABLE: tuple[Marker, ...] = (
    Marker(r"\b(?:could|might|" + MAY_MODAL + r"|if|unless|whether)\b", "the truce may end if talks fail"),
    Marker(r"\b(?:" + _NEGATION + r"|no)\b", "the truce has not expired; the truce won't end tonight"),
    Marker(r"\bwithout\s+(?:an?\s+)?(?:deal|agreement)\b", "the truce would lapse without a deal"),
    Marker(r"\b(?:threat\w*|fear\w*|risk\w*|danger\w*|avoid\w*|prevent\w*)\b|\b(?:close\s+to|near)\s+$|\b(?:verge|brink|edge)\s+of\s+(?:[\w-]+\s+){0,2}$",
           "the truce is on the verge of collapse (not 'the southeastern edge of Tigray, shattering')"),
    Marker(r"\b(?:apparently|strain\w*|warn\w*|talks?)\b", "apparently smashing the truce"),
    Marker(r"\b(?:stop(?:s|ped)?|stopping)\s+short\s+of\b", "stopped short of saying the truce was over"),
    Marker(r"\bonce\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,3}$",
           "told troops they would resume fighting once the pause is over (an end to come, as a condition)"),
    Marker(r"\b(?:heads?|heading|nears?|nearing|approach(?:es|ing)?|towards?)\s+(?:for\s+)?(?:its\s+|an?\s+)?$", "Bosnia truce heads for expiry; truce nears its end"),
    Marker(r"\b(?:claim(?:s|ed|ing)?|rumou?r\w*|speculat\w*|unconfirmed)\b", "reports claiming the halt in military action would expire on Sunday were wrong"),
    Marker(r"\b(?:declarations|statements|announcements|assertions|pronouncements)\s+that\b", "the armistice has survived repeated declarations that it is void (many, none of them news)"),
    Marker(r"\b(?:press(?:ed|es|ing)?|push(?:ed|es|ing)?|urg(?:e|ed|es|ing)|lobb\w+|want(?:s|ed)?|demand\w*|call(?:s|ed|ing)?\s+(?:on|for))\b[^.;]{0,40}\bto\s*$",
           "officials had pressed their leader to end the truce"),
    Marker(r"\b(?:propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|recommend(?:s|ed|ing)?|advocat(?:e|es|ed|ing))\s+$",
           "some senators proposed suspending the ceasefire until the MILF surrenders the suspects (asked for, not done)"),
)
#: Hedges for violation cues: "any violations", "denied violating", "to monitor breaches".
HEDGE_VIOLATION_TABLE: tuple[Marker, ...] = (
    Marker(r"\b(?:any|no|not|never|without|would|could|might|if|unless|possible)\b(?!\s+(?:doubt|sooner))", "warned of a response to any violations"),
    Marker(r"\b(?:prevent\w*|avoid\w*|to\s+monitor|monitoring|to\s+report|investigat\w*|deni\w*|deny|warn\w*|will|rul(?:e|es|ed|ing)\s+on|adjudicat\w*)\b",
           "the government denied violating the truce; the monitors who spent six years ruling on breaches"),
    Marker(r"\b(?:list|record|catalogue|catalog|tally|history)\s+of\s+$", "monitors leave with a long list of violations"),
    Marker(r"\b(?:tall(?:y|ies|ied)|counts|counted|lists|listed|catalogues|catalogued)\s+(?:the\s+|its\s+|their\s+)?['\"]?$|"
           r"\b(?:number|count|rate|level)\s+of\s+(?:[\w-]+\s+)?$",
           "Moscow tallies 'violations' of Christmas truce; the number of ceasefire violations rose again (a count, no breach told)"),
    Marker(r"\b(?:zero|fewer|(?:drop|fall|decline|decrease|reduction)s?\s+in)\s+$", "recorded zero violations; a sharp fall in violations (a tally, no breach told)"),
    Marker(r"\b(?:recording|reporting|logging|verifying|registering|documenting)\s+$", "no agreed mechanism for recording breaches"),
    Marker(r"\b(?:(?:prepar(?:e|es|ed|ing)|plan(?:s|ned|ning)?|plot(?:s|ted|ting)?|intend(?:s|ed|ing)?|seek(?:s|ing)?|sought|tr(?:y|ies|ied|ying))\s+to|"
           r"(?:about|going)\s+to)\s+$", "accused the other of preparing to violate the truce; of planning to break it"),
    Marker(r"\b(?:expect(?:s|ed|ing)?|fear(?:s|ed|ing)?|predict(?:s|ed|ing)?|anticipat(?:e|es|ed|ing))\s+(?:that\s+)?(?:the\s+|a\s+|more\s+|renewed\s+|new\s+)?$",
           "League officials made clear they expected the fighting to resume (a forecast, no breach told)"),
    Marker(r"\b(?:refrain\w*\s+from|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|suspend\w*|ceas(?:e|ed|es|ing)|end(?:s|ed)?\s+(?:their|its|the))\b", "Russia and Syria halted air strikes on Aleppo"),
)

HEDGES: dict[str, re.Pattern[str]] = {
    "declared": compile_markers(HEDGE_TABLE + (
        Marker(r"\b(?:similar|welcom\w*|reciprocat\w*|match|let)\b", "welcomed the truce declared by the rebels; 'Let the guns fall silent' (a call)"),)),
    "extended": compile_markers(HEDGE_TABLE),
    "expiring": compile_markers(HEDGE_END_TABLE),
    "collapsed": compile_markers(HEDGE_END_TABLE + (
        Marker(r"\b(?:would|can|earlier|previous)\b", "the truce would collapse"),
        Marker(r"\b(?:will|shall)\s+(?:consider|regard|deem|treat|view)\b", "we will consider the agreement void (a threat, nothing done)"),)),
    "violation": compile_markers(HEDGE_VIOLATION_TABLE),
}
#: How far back (characters) a hedge reaches, by kind.
HEDGE_REACH = {"declared": 60, "extended": 60, "expiring": 60, "collapsed": 40, "violation": 22}

#: Right after a declaration/extension cue: the object is a proposal, not a truce.
HEDGE_AFTER_TABLE: tuple[Marker, ...] = (
    Marker(r"\s+(?:to\s+)?any\s+(?:[\w'-]+\s+){0,2}?(?:truce|ceasefire|cease-fire|pause|lull|halt|cessation)\b",
           "the PLO said it would accept any ceasefire that Israel accepted (no truce in sight)"),
    Marker(r"\s*(?:to\s+)?(?:an?\s+|the\s+)?(?:(?!(?:under|as|of|in|with|and|by|from|after|for|until|till|pending|following|at|during|amid|despite)\b)[\w'-]+\s+){0,4}(?:propos\w*|plan|request|offer|idea|talks?|initiative|calls?|appeals?|demands?|bid|push|threats?|warnings?|"
           r"observers?|monitors?|monitoring|mechanism|measures|framework|committee|commission|roadmap|timetable|timeline|agenda|code\s+of\s+conduct|modalities|(?:ground\s+)?rules|"
           r"(?:[\w-]+\s+){0,4}resolution|draft)\b", "agreed to a US proposal for a 30-day ceasefire; Kyiv renewed its call for a 30-day ceasefire; agree to ASEAN observers for border ceasefire; "
           "agreed a 25-point code of conduct for their ceasefire; agreed on a timetable to negotiate a ceasefire"),
    Marker(r"\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){1,5}(?:plan|proposal|initiative|roadmap|framework)\s+(?:for|on)\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire|cessation|pause)\b",
           "Eritrea had accepted an Organisation of African Unity plan for a cessation of hostilities"),
    Marker(r"\s*(?:that\s+)?(?:it|they|he|she|the\s+\w+)\s+(?:was|were|is|are|had|has|have)\s+not\b", "announced that it was not declaring a truce"),
    Marker(r"\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,4}?(?:truce|ceasefire|cease-fire|pause|lull)"
           + TRUCE_PLACE + r"\s+(?:was|is|were|are)\s+(?:now\s+)?"
           r"(?:close|near|imminent|within\s+reach|possible|likely|in\s+sight)\b", "said a deal to extend the truce was close"),
    Marker(r"\s+(?:to\s+)?(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,3}?(?:truce|ceasefire|cease-fire|pause|lull|halt|extension)"
           + TRUCE_PLACE + r"\s+(?:was|were|is|are)\s+(?:(?:completely|entirely|totally|simply)\s+)?(?:false|untrue|baseless|unfounded|groundless|fake|incorrect|inaccurate|wrong)\b",
           "said reports that he had agreed to a pause were false"),
    Marker(r"\s+(?:by\s+)?(?:one|a|an|two|three|\d+)\s+(?:more\s+|extra\s+|additional\s+)?(?:days?|hours?)\s+for\s+(?:every|each)\b",
           "the pause would be lengthened by one day for every ten additional hostages released (a scheme, not an extension)"),
    Marker(r"\s*(?:to\s+)?no\s+(?:[\w'-]+\s+){0,2}(?:truce|ceasefire|cease-fire|pause|halt|lull|extension)\b", "the army has announced no truce of its own; agreed to no extension; militant groups have announced no halt"),
    Marker(r"\s*(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,2}(?:ending|terminating|suspending|revoking|cancell?ing|scrapping|withdrawing\s+from)\b", "signed a decree ending the movement's commitment to the truce; issued an order suspending the ceasefire"),
    Marker(r"\s*(?:[\w'-]+\s+){0,5}?(?:only\s+(?:if|after|once|when)|if|unless|provided(?:\s+that)?|(?:as|so)\s+long\s+as|on\s+condition|in\s+principle|as\s+soon\s+as\s+(?:[\w'-]+\s+){1,4}(?:agree|accept|sign)\w*|"
           r"once\s+(?:[\w'-]+\s+){1,3}(?:are|were|is|was|have\s+been|had\s+been)\s+(?:met|fulfilled|satisfied))\b",
           "Baku would stop its offensive only if Armenian forces withdrew; would accept a truce only after Israel withdrew; the truce would take effect as soon as the Houthis agreed to it; "
           "would accept a ceasefire in Tigray once the conditions were met; said they would observe it as long as aid was delivered"),
    Marker(r"\s*(?:in\s+principle\b|(?:to\s+)?(?:(?:meet|sit\s+down|talk)(?:\s+(?:quickly|soon|swiftly|immediately|directly))?\s+[\"']?(?:and|to)\s+)?[\"']?(?:quickly\s+|swiftly\s+)?(?:work\s+out|negotiate|seek|discuss|hammer\s+out|push\s+for|pursue|explore|consider|work\s+towards?|talk)\b)",
           "the leaders agreed to meet and (\"quickly\") work out a ceasefire; agreed to meet quickly to work out a truce; agree to talk ceasefire; agreed in principle to a truce; "
           "both had agreed to meet \"to quickly work out a Ceasefire\""),
    Marker(r"[^.;]{0,100}?\b(?:if|provided|as\s+long\s+as)\s+(?:[\w'-]+\s+){1,3}(?:(?:did|does|do|would|will)\s+(?:the\s+same|likewise|so)|reciprocat\w*)\b",
           "would observe a ceasefire along the Line of Control from the start of Eid if India did the same (an offer on terms)"),
    Marker(r"\s*(?:to\s+)?(?:meet|talk|sit\s+down)(?:\s+(?:quickly|soon|swiftly|immediately|directly))?\s+(?:on|about|over)\b",
           "Thailand and Cambodia agree to meet on ceasefire"),
    Marker(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,3}?(?:truce|ceasefire|cease-fire|pause|agreement)\s+(?:is|was|seems|looked|looks)\s+"
           r"(?:widely\s+|now\s+|still\s+|also\s+)?(?:expected|likely|possible|probable|unlikely|planned|under\s+discussion|being\s+discussed|on\s+the\s+table)\b",
           "a renewal of the truce is widely expected"),
    Marker(r"\s+(?:date|deadline)\b", "as the renewal date of the grain deal approaches (a date, not an act)"),
    Marker(r"(?:[^.;]|\.(?=\w|\s+[a-z(\d])){0,100}?\b(?:will|would)\s+not\s+(?:take\s+effect|begin|start|come\s+into\s+(?:force|effect))\s+until\b",
           "the ceasefire due to begin at 8:30 a.m. on Sunday will not take effect until Hamas provides the list (a start put off)"),
    Marker(r"(?:[^.;]|\.(?=\w|\s+[a-z(\d])){0,100}?\b(?:but|yet)\s+(?:the\s+)?(?:hour|deadline|time|day|night|evening|start)\s+(?:passed|came\s+and\s+went)\s+(?:without|with\s+no)\b",
           "said a ceasefire would take effect at 9 p.m., but the hour passed without an agreement (a start that never came)"),
)
HEDGE_AFTER = compile_markers(HEDGE_AFTER_TABLE)

#: Clause boundaries inside a sentence: hedges and background markers do not cross them.
#: (``fast_compile``: the same regex, spelled so that ``re`` skips to its first letters.)
CLAUSE_CUT = fast_compile(
    r"[;\"]|:(?!\d)|\bbut\b|\bwhile\b|\bwhereas\b|\bafter\b|\bas\b|\bwhich\b|\bwhen\b|"
    r"\band\b(?=\s+(?:the|a(?!\s+half\b)|an|its|their|both)\b)|, (?:and|but|so)\b|\bsaid\b|\bsays\b"
)

# ---------------------------------------------------------------- tense and background

#: Background and past-tense markers: a cue in a clause with one of these is history.
BACKGROUND_TABLE: tuple[Marker, ...] = (
    Marker(r"\blast\s+(?:week|month|year|christmas|time|weekend|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)\b", "a ceasefire that expired last August"),
    Marker(r"\bearlier\s+(?:this|that|in\s+the)\s+(?:week|month|year)\b", "earlier this month Putin declared an Easter truce"),
    Marker(r"\bsince\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire|pause)" + TRUCE_PLACE
           + r"\s+(?:ended|expired|collapsed|lapsed|broke\s+down|ran\s+out|fell\s+apart|unravell?ed|was\s+over)\b",
           "the biggest raid since the truce ended; since the truce in south Lebanon collapsed; since the truce ran out (the end is a reference point)"),
    Marker(r"\bsince\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,3}(?:ended|lifted|scrapped|abandoned|called\s+off|terminated|broke|tore\s+up|"
           r"(?:declared|announced|proclaimed)\s+(?:the\s+|an\s+)?end\s+(?:of|to))\s+"
           r"(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire|pause)\b",
           "the first strikes since the guerrillas ended their four-month ceasefire on Monday; the heaviest barrage since Hamas declared "
           "the end of its six-month truce on Friday (the end is a reference point)"),
    Marker(r"\bsince\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire|pause)" + TRUCE_PLACE
           + r"\s+(?:was|were|had\s+been)\s+(?:declared|announced|agreed|signed|brokered)\b",
           "aid deliveries, which had increased since the truce was declared in March (the declaration is a reference point)"),
    Marker(r"\bsince\s+(?:[\w'-]+\s+){0,6}?(?:signed|agreed|declared|reached|brokered)\s+(?:the|a|an|their|its)\s+(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire)\b",
           "the deadliest clash since Israel and Hezbollah signed their truce (the signing is a reference point)"),
    Marker(r"\b(?:(?:at|in)\s+the\s+(?:start|beginning)\s+of\s+(?:the|this|last)|early\s+(?:this|last)|late\s+last)\s+(?:week|month|year)\b", "since the truce lapsed at the start of the month; a pause declared early this week"),
    Marker(r"\b(?:(?:a|one|two|three|four|five|six|several|few)\s+(?:days?|weeks?|months?|years?)|weeks|months|years|(?:2[4-9]|[3-9]\d)\s+hours)\s+ago\b",
           "a week ago the parties agreed a seven-day extension; a 'permanent' one signed weeks ago; the truce, which began 33 hours ago"),
    Marker(r"\bin\s+(?:recent|past|previous|earlier)\s+years\b|\bin\s+the\s+past\b(?!\s+(?:\d+|two|three|four|five|six|few|several|24|48|72)\s)",
           "Newroz, which has been marked by deadly clashes in recent years; the PKK has declared several ceasefires in the past "
           "(not 'in the past 24 hours')"),
    Marker(r"\b(?:five|ten|fifteen|twenty|thirty|forty|fifty|[a-z]+ty-[a-z]+|\d+)\s+years\s+(?:after|on|since)\b", "Twenty years after the IRA ceasefire: how the guns fell silent (an anniversary)"),
    Marker(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|\d+)\s+(?:days|weeks|months|years)\s+(?:earlier|before|ago)\b", "the rebels had announced a ceasefire four days earlier; the truce agreed in Pretoria ten days ago"),
    Marker(r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|\d+)\s+(?:days|weeks|months)|(?:a|one)\s+(?:week|month))\s+after\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,3}(?:truce|ceasefire|cease-fire|pause)\b",
           "three days after the UN-brokered truce expired without renewal; a week after the four-month cessation of hostilities ran out"),
    Marker(r"\b(?:previous|previously|once\s+before|similar|history|historic)\b(?<!before the previous)(?<!until the previous)(?<!its history)(?<!eir history)(?<!'s history)",
           "a similar LTTE offer (not a superlative's 'the longest in its history', nor the reference point of an extension: "
           "'hours before the previous period expired')"),
    Marker(r"\b(?:earlier|past|prior|former)\s+(?:[\w-]+\s+){0,2}(?:truces?|ceasefires?|attempts?|pauses?)\b", "earlier truces that ended in renewed fighting"),
    Marker(r"\b(?:long|years|months|weeks)\s+ago\b", "the Tigers, who say the government abandoned the truce long ago"),
    Marker(r"\b(?:(?:week|month)\s+(?:by|after)\s+(?:week|month)|every\s+(?:few\s+)?(?:weeks?|months?)|each\s+(?:week|month)|"
           r"repeatedly\s+(?:extended|prolonged|renewed))\b",
           "the government has extended the truce month by month; the military has repeatedly extended its own ceasefire "
           "(a habit, no one extension told)"),
    Marker(r"\b(?:several|many|numerous|multiple|two|three|four|five|a\s+few|\d+)\s+times\s+(?:before|previously|in\s+the\s+past)\b",
           "Pyongyang has declared the truce void several times before (a record, not news)"),
    Marker(r"\b(?:that|the\s+same|the\s+following)\s+year\b|\banniversary\s+of\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}(?:truce|ceasefire|cease-fire|deal|agreement|accord|signing)\b|\b(?:one|two|three|a)\s+years?\s+(?:to\s+the\s+day\s+)?(?:ago|after|on)\b", "it broke down in August that year; a year to the day after the two sides signed a truce"),
    # (a bare "said the truce had been extended" is reported news, not a recap)
    Marker(r"\b(?:had\s+been\s+(?:extended|prolonged|renewed)\s+(?:once|twice|before|several|many|repeatedly|previously|earlier|three|four)\b|"
           r"already\s+been|extended\s+twice|twice\b|"
           r"(?:extended|prolonged|renewed)\s+(?:it\s+|them\s+|(?:the|its|their)\s+(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire|pause)\s+)?"
           r"(?:three|four|five|six|several|many|\d+)\s+times\b)",
           "had already been prolonged once; the rebels extended it three times, each time for a month"),
    Marker(r"\b(?:a|an|the|its)\s+(?:(?:january|february|march|april|june|july|august|september|october|november|december)\s+(?:(?:19|20)\d\d\s+)?|(?:19|20)\d\d\s+)[\"']?(?:truce|ceasefire|cease-fire|cessation)\b",
           "a February truce that collapsed in April; a 1994 truce ended the war; the offensive tears up the March 1994 ceasefire"),
    Marker(r"\b(?:in|since)\s+(?:19|20)\d\d\b(?<!first since \d\d\d\d)", "the first ceasefire since 2012 (not an aside: 'their first since 2001')"),
    Marker(r"\b(?:starts?|begins?|will\s+(?:start|begin))\s+(?:[\w'-]+\s+){0,3}?as\s+(?:planned|scheduled|announced|agreed)\b",
           "said the government truce starts on Tuesday as planned (a start announced before, restated)"),
    Marker(r"\b(?:recap|background|context)(?:\s*:|\s+-)", "RECAP - The pause took effect on November 24 and was extended twice (a section of history)"),
    Marker(r"\bthe\s+(?:last|latest|first)\s+(?:truce|ceasefire|cease-fire|pause)\b", "the last ceasefire observed by both sides ended in April 1995"),
    Marker(r"\b(?:that|those)\s+(?:truce|ceasefire|cease-fire|pause)\b", "the Tigers called off that truce after four months"),
    Marker(r"\b(?:after|following)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:deal|agreement|decision|announcement)\s+(?:on|last)\s+" + WEEKDAY, "after a last-minute deal on Monday extended the truce"),
)
BACKGROUND = compile_markers(BACKGROUND_TABLE)

#: Past perfect: "had announced", "had declared" — background unless it is the backshift of
#: reported speech (``REPORTED`` in front: "said last night that all sides had agreed").
PAST_PERFECT = fast_compile(r"\bhad\s+(?:already\s+|also\s+|earlier\s+|first\s+|just\s+)?(?:been\s+)?\w+(?:ed|en|wn|un|ught|ade|aid|ook|ent|ew)\b\s*$")
REPORTED = re.compile(r"\b(?:said|says|saying|told|announced|reported|confirmed|stated)\b(?:\s+[\w-]+){0,4}\s+that\b|\bsaid\s+(?:last\s+night|on\s+\w+|today|late\s+\w+)\s+(?:that\s+)?|"
                      r"\b(?:statement|communique|announcement)\s+that\b")
#: A reporting verb straight before its clause's subject: "the army said the truce had been
#: extended" is news of an extension; for a declaration ("SANA said the ceasefire had been
#: agreed on condition that ...") it more often recounts the original deal, so not read there. A
#: bare name as the subject too: "Hamas said Israel had overturned the ceasefire".
REPORTED_BARE = re.compile(r"\b(?:said|says|saying|announced|confirmed|reported|stated)\s+(?:the|its|their)\b|\b(?:said|says)\s+(?:[\w'-]+\s+){1,3}?(?:had|has|have)\b")

#: Nouns that, standing between a truce word and an intransitive cue, are its real subject:
#: "the fighting ended", "talks began", "the offensive they began last month", "armistice
#: no longer valid as US-South Korea drills begin", "full truce from September 1 as school year
#: starts"; not "the coalition fighting in Yemen", a participle after its group.
NOT_TRUCE_SUBJECT = re.compile(
    r"\b(?:fighting(?<!coalition fighting)(?<!forces fighting)(?<!groups fighting)(?<!troops fighting)(?<!rebels fighting)(?<!militias fighting)|talks|negotiations?|war|offensive|operations?|meeting|sessions?|siege|evacuations?|"
    r"convoys?|bombardments?|shelling|attacks?|clashes|strikes|visit|conference|process|rounds?|"
    r"consultations?|mission|deployment|flights?|embargo|kidnappings?|campaign|crisis|period\s+of\s+notice|"
    r"notification\s+period|discussions?|dialogue|drills?|exercises|manoeuvres|maneuvers|"
    r"elections?|ceremony|ceremonies|games|olympics|tournament|festival|celebrations?|(?:additional|new|further|extra)\s+measures|"
    r"(?:school|academic|new)\s+year|term|semester|they|we|he|she)\b"
)

#: A recap of earlier prolongations: the end it gives is the current deadline, not news of
#: an extension. Example: "first set for two days and then prolonged until Tuesday at 00:01".
RECAP = re.compile(r"\b(?:(?:initially|originally)(?!\s+(?:due|set|scheduled|supposed|slated|planned|meant)\s+to\s+(?:expire|end|run|lapse))|first\s+(?:set|agreed|declared|announced)|(?:and\s+)?then\s+(?:prolonged|extended))\b")

#: The truce has no end: any duration or clock time nearby is not a deadline.
OPEN_ENDED = fast_compile(r"\b(?:open-ended|unlimited|indefinite\w*|permanent|no\s+(?:end|expiry|time\s+limit)|lasting\s+peace|until\s+further\s+notice|for\s+as\s+long\s+as)\b")

#: Marks an end phrase as the *old* deadline in an extension report.
#: Example: "which was due to expire at 00:01 on Tuesday, has been extended until ...";
#: "had been due to run until Tuesday; the extension was for 10 days".
PREVIOUS_END = re.compile(
    r"\b(?:due|set|scheduled|supposed|slated)\s+to\s+(?:expire|end|run\s+out|lapse|(?:run|last|hold)\s+(?:until|till|through))|\b(?:was|were)\s+to\s+(?:expire|end|lapse|run\s+out)|"
    r"\b(?:current|existing|original|old)\b|\binstead\s+of\b|\b(?<!now )expires?\b|\b(?:which|that)\s+(?:will\s+end|ends|runs\s+out|lapses)\b|"
    r"\bwould\s+have\s+(?:expired|ended|lapsed|run\s+out)|\b(?:was|were)\s+to\s+have\s+(?:expired|ended|lapsed|run\s+out)|"
    r"\b(?:expired|lapsed|ran\s+out)\b|"  # "extended by 60 days ... The truce expired at midnight on Monday"
    r"\bhad\s+run\s+from\b[^.;]{0,60}?\bto\b|"  # "The two-week truce had run from noon on 9 April to noon on Thursday"
    r"\b(?:beyond|past)\s+(?:its|the|their)\s+(?:[\w'-]+\s+)?(?:expiry|expiration|end|deadline)\b"  # "for two months beyond its expiry at 7 p.m. on Thursday"
)

# ---------------------------------------------------------------- violations

#: Attack vocabulary: framed by a running truce it reports a violation. One entry per word
#: family; a word right before a truce noun is a modifier ("bombing pause"), not an attack, and
#: nor is one in a compound adjective ("the battle-scarred city", "bomb-damaged homes").
_NOT_MOD = r"\b(?!\s+(?:pause|truce|ceasefire|cease-fire|halt)|-(?:scarred|hardened|weary|ravaged|torn|battered|damaged|proof|ready)\b)"
ATTACK_WORDS: tuple[str, ...] = (
    "shell(?:s|ed|ing|ings)", "air\\s*strikes?", "air\\s+raids?", "airstrikes?", "raid(?:s|ed)?",
    "bomb(?:s|ed|ing|ardment|ardments|arded)?", "clash(?:es|ed)?", "fighting", "fought", "attack(?:s|ed)?",
    "rockets?", "mortars?", "artillery", "gunfire", "opened\\s+fire", "fired", "firing", "shot", "shooting", "shoots?\\s+down",
    "sniper\\w*", "drones?", "assaults?", "ambush\\w*", "battles?", "offensive", "strikes?", "struck(?!\\s+(?:an?\\s+|the\\s+|its\\s+|their\\s+)?(?:[\\w-]+\\s+)?(?:deal|agreement|accord|pact|bargain|compromise|truce|ceasefire|cease-fire)s?\\b)",
    "explosions?", "incidents?", "warplanes", "encounter", "gun\\s+battle", "pounded", "hit",
    "captur(?:ed|es|ing)", "seiz(?:ed|es|ing)", "overr(?:an|un)", "bl(?:ew|own|owing|ows?)\\s+(?:(?:himself|herself|themselves)\\s+)?up",
    "suicide\\s+bombers?", "grenades?", "(?:abducted|kidnapped)\\s+and\\s+(?:killed|murdered|executed|shot)",
    "exchang(?:es|ed|ing)?\\s+(?:of\\s+)?(?:heavy\\s+|small-arms\\s+|artillery\\s+)?fire",
    "trad(?:e|es|ed|ing)\\s+(?:heavy\\s+|small-arms\\s+|artillery\\s+|rocket\\s+)?fire",
    # fire told by whom it hit: "killed by Israeli fire at the Erez crossing"
    "(?:killed|wounded|injured|hit)\\s+by\\s+(?:[\\w'-]+\\s+){0,2}?fire",
    "weapons\\s+fire", "machine-?gun\\s+fire", "small-arms\\s+fire", "tank\\s+(?:fire|rounds|shells)", "harass(?:ment|ing)\\s+fire",
)
ATTACK_LEXICON: Lexicon[str] = Lexicon([(w + _NOT_MOD, w) for w in ATTACK_WORDS])
ATTACK = re.compile(r"\b(?:" + "|".join(ATTACK_WORDS) + ")" + _NOT_MOD)
#: The attack happened inside the truce ("after the truce took effect", "during the pause").
INSIDE_TABLE: tuple[Marker, ...] = (
    Marker(r"\bafter\s+(?:the|its|their)\s+(?:[\w'-]+\s+){0,2}extension\s+(?:of\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}(?:truce|ceasefire|cease-fire|pause)\s+)?"
           r"(?:was|had\s+been|has\s+been)\s+(?:announced|agreed|signed|confirmed)",
           "shortly after the extension was announced, militants fired several rockets (a truce running on)"),
    Marker(r"\bafter\s+(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire|pause|agreement|accord|cessation\s+of\s+hostilities|armistice)\s+"
           r"(?:(?:signed|agreed|brokered|reached|announced)\s+[^,;.]{0,50}?\s+|(?:that\s+|which\s+)?(?:the\s+)?[\w'-]+\s+(?:itself\s+)?(?:had\s+|has\s+)?(?:proclaimed|declared|announced)\s+)?"
           r"(?:took|came|went|began|started|kicked)",
           "shot a fighter after the truce took effect; hours after the agreement signed in Addis Ababa on 21 December came into force; "
           "a day after a unilateral humanitarian ceasefire the group itself had proclaimed came into force"),
    Marker(r"\b(?:since|after)\s+(?:the|it)\s+(?!(?:talks|negotiations|war|conflict|fighting|offensive|invasion|crisis|process|protests?|campaign|siege|bombing|shelling|air\s+campaign|operation|hostilities|attacks?|assault|raids?|incursion|uprising|rebellion|insurgency)\b)(?:[\w-]+\s+){0,3}(?:truce\s+|ceasefire\s+|cease-fire\s+|pause\s+)?(?:(?:started|began)(?!\s+(?:an?|its|their|his|her)\s+(?!(?:week|day|month|year|fortnight|few|couple|hour|half)\b))|took\s+(?:effect|hold)\b|came\s+into|went\s+into|entered\s+(?:into\s+)?(?:force|effect))",
           "the first casualty since the Israel-Hamas truce started; since the ceasefire with Hezbollah took effect (not a start with an object: "
           "'since the seven-party alliance began a general strike', 'since the leader took power')"),
    Marker(r"\bafter\s+(?:the|his|her|its|their|[\w-]+'s)\s+(?:[\w-]+\s+)?(?:announcement|order)\b(?!\s+(?:of|on|to|that|for)\b)",
           "bombed the centre of Gori after Medvedev's announcement (of the halt, told in the item; not 'after the announcement of the results')"),
    Marker(r"\bafter\s+it\s+began\b|\bhours\s+after\s+it\s+(?:began|started|took)", "hours after it began at midnight"),
    Marker(r"\b(?:during|amid|in\s+the\s+middle\s+of)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:(?!\d|last\b|previous\b|earlier\b|former\b)[\w'-]+\s+){0,3}"
           r"(?:truce|ceasefire|cease-fire|pause|lull)\b(?!\s+(?:talks|negotiations|process|of\s+(?:19|20)\d\d)\b)",
           "air strike hits Sagaing school during quake truce; the attack came during a ceasefire the junta declared; "
           "shelling amid the Eid truce; in the middle of the holiday ceasefire"),
    Marker(r"\b(?:since|after)\s+the\s+(?:start|beginning|onset)\s+of\s+(?:the|its|their|a)\s+(?:[\w'-]+\s+){0,2}(?:truce|ceasefire|cease-fire|pause|lull|regime\s+of\s+silence)\b",
           "opened fire on Ukrainian positions 10 times since the start of the ceasefire"),
    Marker(r"\b(?:a\s+day|hours|days|[\w-]+\s+(?:hours|days))\s+after\s+(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire|pause)\s+"
           r"(?:(?:announced|agreed|brokered|signed|declared)\s+[^,;.]{0,50}?\s+)?(?:was|had\s+been)\s+(?:due|scheduled|set)\s+to\s+(?:take\s+effect|start|begin)\b",
           "clashed on Wednesday, a day after a ceasefire announced by Angola was due to take effect"),
    Marker(r"\bduring\s+the\s+(?:[\w-]+\s+){0,2}(?:truce|ceasefire|cease-fire|pause|lull|window)", "mortar blasts could be heard during the pause"),
    Marker(r"\b(?:within|in|over|during|on)\s+the\s+first\s+(?:[\w-]+\s+)?(?:minutes?|hours?|days?|nights?)\s+of\b", "within the first minutes of the truce; 112 times over the first day of the ceasefire"),
    Marker(r"\bwithin\s+(?:an?\s+|[\w-]+\s+)?(?:minutes?|hours?)\s+of\s+(?:the|its)\s+(?:start|truce|ceasefire|cease-fire|pause)\b", "within minutes of the start, each side accused the other of shelling"),
    Marker(r"\b(?:an?\s+hour|hours|minutes|shortly)\s+before\s+the\s+(?:deadline|(?:[\w'-]+\s+)?(?:truce|ceasefire|pause)\s+(?:(?:in|for|on|of)\s+(?:[\w'-]+\s+){1,3})?(?:ended|expired|ran\s+out|lapsed))", "hours before the deadline, residents reported street battles; a rocket an hour before the truce ran out"),
    Marker(r"\b(?:minutes|hours|shortly)\s+after\s+the\s+(?:start|truce\s+began|ceasefire\s+began)", "minutes after the start"),
    Marker(r"\bthe\s+hour\s+the\s+(?:[\w-]+\s+){0,3}(?:truce|ceasefire|cease-fire)\s+(?:began|took\s+effect|started)", "rockets after 9 pm, the hour the ceasefire began"),
    Marker(r"\b(?:when|once)\s+the\s+(?:truce|ceasefire|pause)\s+(?:was\s+supposed\s+to\s+take|took)\s+effect", "fire after 0900 GMT, when the truce was supposed to take effect"),
    Marker(r"\bin\s+the\s+first\s+(?:[\w-]+\s+){0,2}(?:hours|days)\s+of\s+(?:their|its|the)\b", "in the first six hours of their own Easter ceasefire"),
    Marker(r"\bthroughout\s+the\s+(?:[\w-]+\s+){0,2}(?:truce|ceasefire|cease-fire|pause|lull)", "air strikes continued throughout the truce period"),
    Marker(r"\bsince\s+(?:the|it)\s+(?:[\w-]+\s+){0,3}(?:declared|agreed|signed|announced)\s+(?:a\s+|the\s+|its\s+|their\s+)?[\"']?(?:[\w'-]+\s+){0,2}(?:truce|ceasefire|cease-fire)\b",
           "the first major attack since the group declared a permanent ceasefire; since the separatist group declared a \"permanent ceasefire\""),
    Marker(r"\b(?:\w+)\s+(?:hours|days|weeks|months)\s+into\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire|pause)", "a bomb nine months into its 'permanent ceasefire'"),
    Marker(r"\b(?:deadliest|worst|biggest|heaviest|first(?!\s+(?:[\w-]+\s+)?(?:remarks|statement|speech|comments|address|visit|meeting|appearance|interview|talks|call|flights?|convoys?|aid)\b)|most\s+serious)"
           r"\s+(?:[\w-]+\s+){0,2}since\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}(?:truce|ceasefire|cease-fire)\b",
           "the deadliest attack since the 2002 truce (not 'in his first public remarks since the truce')"),
    Marker(r"\b(?:deadliest|worst|biggest|heaviest|most\s+serious)\s+(?:[\w-]+\s+){0,2}since\s+(?:[\w'-]+\s+){1,4}?"
           r"(?:agreed|signed|declared|recommitted|committed|returned|renewed\s+(?:their|its)\s+commitment)\s+(?:to\s+)?(?:the|a|their|its)\s+(?:[\w'-]+\s+){0,2}"
           r"(?:truce|ceasefire|cease-fire)\b", "the incidents were the most serious since the two countries recommitted to the ceasefire"),
    Marker(r"\b(?:over|during|in|throughout)\s+the\s+(?:[\w-]+\s+)?(?:hours|days|weeks|months)\s+of\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}(?:truce|ceasefire|cease-fire|pause)", "over the ten days of the ceasefire the rebels attacked 100 times"),
    Marker(r"\b(?:days?|a\s+week|weeks?|hours?|months?)\s+after\s+(?:they|both\s+sides|the\s+(?:two\s+)?(?:sides|parties|rebels|government|army)|[\w'-]+\s+and\s+[\w'-]+|the\s+(?:[\w'-]+\s+){1,4}?|the\s+[^,;.]{1,80}?\s|[\w'-]+\s)\s*(?:had\s+)?(?:signed|agreed|declared|announced|accepted)\s+(?:an?|the|their|its)\s+[\'\"]?(?:[\w'-]+\s+){0,2}(?:truce|ceasefire|cease-fire|agreement|accord)\b"
           r"(?!\s+(?:with\s+(?:the\s+)?[\w'-]+\s+)?(?:at\s+an\s+end|over|dead|void|null|defunct|ended|finished)\b)",
           "mortar bombs crashed into Monrovia, barely a week after they signed a ceasefire; five days after Peru and Ecuador signed a ceasefire; "
           "nine months after ETA declared a 'permanent ceasefire' (not 'after the Polisario declared its ceasefire with Morocco at an end')"),
    Marker(r"\b(?:throughout|on|during|in)\s+its\s+(?:final|last|first|second|third)\s+(?:day|days|hours|night|week)\b", "throughout its final day, both sides traded accusations of shelling"),
    Marker(r"\bin\s+the\s+(?:hours|minutes)\s+after\s+(?:noon|midnight|the\s+start)\b", "forces had opened fire with mortars in the hours after noon"),
    Marker(r"\b(?:after|since)\s+the\s+(?:announcement|declaration)\b(?!\s+of\s+(?!(?:the|a|an|its)\s+(?:[\w'-]+\s+)?(?:truce|ceasefire|cease-fire)))",
           "tanks had pounded the city after the announcement (of the ceasefire, told before)"),
)
INSIDE = compile_markers(INSIDE_TABLE)
#: Right before a bare attack word (in its clause): the attack is not reported as having
#: happened. Conditional or future ("if they attack", "will resume its offensive"), an
#: infinitive ("used the pause to regroup or attack"), the span of the war before the truce
#: ("ending three days of fighting", "after a week of clashes"), a cause of displacement
#: ("people displaced by fighting").
ATTACK_NOT_REPORT_TABLE: tuple[Marker, ...] = (
    Marker(r"\b(?:if|unless|will|would|could|might|should|threat\w*|vow\w*|warn\w*|fear(?:s|ed|ing)?)\b(?:\s+[\w'-]+){0,4}\s+$", "Israel has said it will resume its offensive; officials feared a spring offensive"),
    Marker(r"\b(?:guard\w*|protect\w*|defend\w*|safeguard\w*)\s+(?:[\w-]+\s+)?against\s+(?:any\s+|possible\s+|further\s+)?(?:[\w-]+\s+){0,2}$",
           "troops would continue to guard against rebel attacks (what is feared, not what happened)"),
    Marker(r"\b(?:against|on)\s+(?:any\s+)?(?:groups?|anyone|those|forces|fighters|militants|units)\s+(?:that|who|which)\s+$",
           "troops would take necessary measures against groups that attacked them"),
    Marker(r"\bto\s+(?:[\w-]+,?\s+(?:or\s+)?){0,2}$", "if armed groups used the pause to regroup or attack; should not use the truce to regroup, attack, or expand"),
    Marker(r"\b(?:paus(?:e|es|ed|ing)|halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing))\s+(?:(?:all|its|their|the|his|her)\s+)?(?:(?!and\b|or\b)[\w-]+\s+){0,2}$",
           "the shadow government has paused offensive operations for two weeks; Israel halted its air strikes on the city"),
    Marker(r"\b(?:will|would|shall|must|to)\s+(?:stop|cease|halt|end|suspend)\s+(?:(?:all|its|their|the)\s+)?(?:[\w-]+\s+){0,3}(?:and|or)\s+(?:[\w-]+\s+){0,2}$",
           "Palestinian factions will stop rocket attacks and border attacks (the terms, a list)"),
    Marker(r"\bwhere\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}(?:has|have)\s+(?:long\s+|often\s+|repeatedly\s+)?$", "the areas of five commands, where the army has fought the Kachin Independence Army"),
    Marker(r"\bto\s+(?:resume|renew|restart|continue|launch|start|begin|intensify|step\s+up|escalate|end|halt|stop|cease|pause)\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w-]+\s+|[\w-]+,\s+[\w-]+,?\s+(?:and|or)\s+)?$",
           "the army was ready to resume fighting as soon as the pause ended; to take all necessary measures to stop intimidation, violence and attacks"),
    Marker(r"\b(?:end|ending|halt|halting|stop|stopping)\s+(?:[\w-]+\s+){0,8}of\s+$", "a ceasefire aiming to end more than a year and a half of fighting"),
    Marker(r"\b(?:days?|weeks?|months?|years?|hours?|nights?|rounds?)\s+of\s+(?:[\w-]+\s+){0,2}$", "ending nearly three days of fighting"),
    Marker(r"\b(?:displac\w+|fled|flee\w*|uproot\w+|driven\s+out|trapped|stranded|cut\s+off|caught\s+up)\s+(?:[\w-]+\s+){0,3}(?:by|from|in)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,2}$|"
           r"\b(?:fled|flee(?:s|ing)?|escap(?:ed|ing))\s+(?:the\s+)?$",
           "people displaced by fighting in North Kivu; civilians have been trapped by fighting; families who fled the fighting; "
           "nearly a million people displaced by the government offensive"),
    Marker(r"\bno\s+(?:[\w-]+\s+){1,6}(?:or|nor)\s+$", "no rocket launches or air strikes reported; no reports of strikes on southern Lebanon or rocket fire"),
    Marker(r"\b(?:celebrat\w*|festive|warning)\s+$", "celebratory gunfire rang out across Gaza"),
    Marker(r"\b(?:criminal|crime-related|domestic|isolated\s+criminal)\s+$", "police say criminal incidents blamed on local militants continue"),
    Marker(r"\b(?:covers?|covering|covered|applies\s+to|appl(?:y|ied)\s+to|bans?|banned|prohibits?|prohibited|bars|barred|forbids|forbade|outlaws|permits|allows)\s+(?:all\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:(?:and|or)\s+(?:[\w-]+\s+)?)?$",
           "the truce covers fighting between the army and the rebels; the understanding bars attacks on civilians; bans sniper fire and offensive operations"),
    Marker(r"\b(?:prepar\w*|plann?(?:ed|ing|s)?|plot\w*)\s+(?:an?\s+|the\s+|new\s+|fresh\s+)?(?:[\w-]+\s+)?$", "accused Sarajevo of preparing an offensive"),
    Marker(r"\b(?:fewer|less|reduced|(?:reduction|drop|decline|decrease|fall|lull)s?\s+in)\s+(?:[\w-]+\s+){0,2}$",
           "partners report fewer clashes since the truce; the two weeks had seen significant reductions in fighting"),
    Marker(r"\b(?:worst|hardest|badly|severely|heavily)[\s-]$", "aid could reach Mandalay and Sagaing, the areas worst hit; the hardest-hit towns"),
    Marker(r"\b(?:tensions?|pressure|anger|fears?)\s+(?:had|has|have)\s+been\s+(?:building|rising|mounting|growing)\s+(?:for\s+(?:[\w-]+\s+){1,2})?since\s+[^;:]*$",
           "tension had been building since the suicide bombing on Monday (a lead-up told as background)"),
    Marker(r"\bright\s+to\s+(?:[\w-]+\s+){1,5}$", "accepting the truce but reserving the right to hit back at rebel attacks"),
    Marker(r"\bno\s+(?:(?:immediate|further|new|fresh|confirmed|independent|credible|verified|serious)\s+){0,2}(?:reports?|word|signs?|evidence|accounts?)\s+of\s+(?:[\w-]+\s+){0,2}$",
           "there were no immediate reports of fighting on the main fronts; they had no confirmed reports of clashes"),
    Marker(r"\b(?:bans?|banned|prohibits?|prohibited|prohibition)\s+(?:on\s+)?[^.;]{0,80}?,\s+(?:and\s+|or\s+)?(?:on\s+)?"
           r"(?:(?!but\b|yet\b|while\b|though\b|although\b|then\b|as\b)[\w-]+\s+){0,3}(?:(?:and|or)\s+(?:[\w-]+\s+)?)?$",
           "a ban on sniper fire, on offensive and sabotage operations; a ban on sniper fire, offensive and reconnaissance operations; "
           "bans sniper fire, heavy weapons and shelling (not 'bans heavy weapons, yet rebels shelled')"),
    Marker(r"\b(?:fatwa|edict|decree|campaign|protests?|warn\w*|ban)\s+against\s+(?:[\w-]+\s+){0,2}$", "scholars issued a fatwa against suicide attacks"),
    Marker(r"\b(?:deal|agreement|accord|pact|bargain|compromise)s?\s+$", "troops deployed under a separate deal struck with Damascus"),
    Marker(r"\b(?:halt\w*|end(?:s|ed|ing)|stop\w*|silenc\w*|suspend\w*)\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,3}(?:that|which)\s+(?:had|has|have)\s+(?:been\s+)?$",
           "a truce took effect, halting the air strikes that had pounded the region for months"),
)
ATTACK_NOT_REPORT = compile_markers(ATTACK_NOT_REPORT_TABLE)
#: The attack that led to the truce: "agree 48-hour ceasefire after deadly border clashes",
#: "48-hour halt in air strikes on south Lebanon after Qana raid",
#: "agree to ceasefire a day into Azerbaijani offensive",
#: "ordered the army to cease fire, twelve days after Zapatista rebels seized San Cristobal"
#: (searched over the 80 characters before the attack word, across the "after" cut).
LED_TO_TRUCE = re.compile(
    r"\b(?:truces?|ceasefires?|cease-fires?|pauses?|halts?)(?!\s+(?:on\s+(?:the\s+)?(?:brink|verge|edge|knife-edge)|in\s+(?:jeopardy|danger|doubt|peril|tatters))\b)"
    r"\s+(?:(?:in|on|to)\s+(?:[\w'-]+\s+){1,5}?)?(?:(?:takes?|took|comes?|came|goes|went)\s+(?:hold|effect|into\s+effect|into\s+force)\s+(?:in\s+(?:[\w'-]+\s+){1,2})?)?"
    r"(?:(?:from|starting|beginning|on)\s+(?:[\w':.-]+\s+){1,4}?)?(?:after|following|amid|(?:a|an|one|two|three|four|five|\d+)\s+(?:hours?|days?|weeks?|months?)\s+into)\s+"
    r"(?:(?:days|weeks|a\s+week)\s+of\s+)?(?:[\w'-]+\s+){0,3}$|"
    r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|few)\s+(?:days|weeks|months)|a\s+(?:day|week|month))\s+after\s+(?:[\w'-]+\s+){0,4}$"
)
#: Before an attack word, across the commas of a list: the span of the war the truce ends
#: ("ending 16 days of Israeli air, sea and artillery bombardment"), searched over the 90
#: characters before the attack word.
WAR_SPAN = re.compile(r"\b(?:days?|weeks?|months?|years?)\s+of\s+(?:the\s+)?(?:[\w'-]+,?\s+){1,6}$")
#: Before an attack word: a clause that tells what happened in the war the truce ends ("took
#: effect at 2 a.m., ending eleven days of fighting in which Israeli air strikes killed more than
#: 240 people ... and rockets fired from the enclave killed 12"), searched over the 220
#: characters before the attack word.
WAR_SPAN_CLAUSE = re.compile(r"\b(?:days?|weeks?|months?|years?)\s+of\s+(?:[\w'-]+\s+){0,2}?(?:fighting|war|warfare|conflict|hostilities|"
                             r"bombardment|violence|clashes|bloodshed)\s+(?:in|during)\s+which\b[^;]*$")
#: Before an attack word: a "where" clause that describes a place by the fighting going on
#: there ("the Bihac pocket, where Croatian Serbs and rebel Muslims loyal to Fikret Abdic are
#: fighting government troops"; "Chiapas, where troops have been fighting the rebels since
#: New Year"), not a breach told (searched over the 100 characters before the attack word).
WHERE_STATE = re.compile(r"\bwhere\s+(?:[\w'-]+\s+){1,9}?(?:are|is|(?:has|have|had)(?:\s+been)?)\s+$")
#: After an attack word: a span of months, so a state told in summary, not a breach reported
#: ("Krajina Serbs kept fighting government troops through the winter").
LONG_SPAN_AFTER = re.compile(r"[^.;:]{0,50}?\b(?:through(?:out)?\s+the\s+(?:winter|summer|spring|autumn|year|months)|"
                             r"for\s+(?:nearly\s+|almost\s+|more\s+than\s+|over\s+)?(?:months|years|decades|a\s+year|a\s+decade))\b")
#: After an attack word in its sentence: the attack came after the truce ended ("attacked
#: checkpoints overnight, in the first clashes since a three-day ceasefire ended earlier this
#: week", "fighting since the end of the truce").
ATTACK_AFTER_END = re.compile(
    r"\b(?:since|after|following)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    r"(?:(?:end|expiry|collapse|lapse)\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire|pause|lull)\b|"
    r"(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire|pause|lull)\s+(?:[\w'-]+\s+){0,5}?"
    r"(?:had\s+|has\s+)?(?:ended|expired|lapsed|ran\s+out|run\s+out|collapsed|broke\s+down|broken\s+down)\b)"
)
#: Before an attack word in its sentence: the truce was over, and the attack came later ("its
#: ceasefire was over, and about an hour later a massive bomb exploded"; "the truce expired at
#: midnight, and within hours the rebels were back on the attack").
ATTACK_LATER_THAN_END = re.compile(
    r"\b(?:truce|ceasefire|cease-fire|pause)\s+(?:(?:in|on|along|with|for)\s+(?:[\w'-]+\s+){1,3}?)?(?:was\s+over|had\s+ended|ended|expired|had\s+expired|lapsed|collapsed)\b"
    r"[^.;]{0,50}\b(?:later|afterwards|after\s+that|soon\s+after|then|within\s+(?:hours|minutes|a\s+day))\b[^.;]{0,40}$"
)
#: Before an attack word, across "and": the attack is what someone demands ("rallied
#: demanding an end to the truce and a renewed offensive").
ATTACK_DEMANDED = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for)\b[^.;:]{0,70}$")
#: In an attack's sentence: no truce holds there ("on Taiz, where no ceasefire was agreed and
#: where fighting continued"; "In Gaza, where there is no ceasefire, strikes killed 30").
NO_TRUCE_THERE = re.compile(
    r"\bwhere\s+(?:there\s+(?:is|was|has\s+been)\s+)?no\s+(?:[\w-]+\s+)?(?:truce|ceasefire|cease-fire|pause)\b|"
    # "In Gaza, the envoy said, a ceasefire remained out of reach, and strikes killed 30"
    r"\b(?:truce|ceasefire|cease-fire)\s+(?:remained|remains|is|was)\s+(?:still\s+)?(?:out\s+of\s+reach|elusive)\b|"
    r"\bno\s+(?:[\w-]+\s+)?(?:truce|ceasefire|cease-fire)\s+(?:is|was)\s+(?:yet\s+)?in\s+(?:place|force)\b|"
    # "the military has yet to announce any ceasefire, and its aircraft have kept bombing"
    r"\b(?:has|have|had)\s+yet\s+to\s+(?:announce|declare|agree\s+to|agree|accept|sign)\s+(?:any|a)\s+(?:[\w-]+\s+)?(?:truce|ceasefire|cease-fire|pause)\b")
#: Substrings one of which every ``NO_TRUCE_THERE`` match holds.
NO_TRUCE_GATE = ("where", "reach", "elusive", " in place", " in force", "yet to")
#: Right after a bare attack word: the attack stopped or fell off ("shelling in Donetsk stopped
#: abruptly", "rebel attacks have fallen sharply since the truce began").
#: Right after a bare attack word: fighting among people party to no truce ("a clash between
#: rival clans in Tyre", "clashes among criminal gangs").
NON_PARTY_AFTER = re.compile(r"\s+(?:between|among|involving)\s+(?:rival\s+|local\s+|armed\s+|criminal\s+|feuding\s+)*"
                             r"(?:clans|tribes|families|gangs|smugglers|drug\s+traffickers|villagers|herders|farmers)\b")
ATTACK_STOPPED = re.compile(r"\s+(?:[\w'-]+\s+){0,6}?(?:stopped|ceased|halted|paused|died\s+down|subsided|fell\s+silent|was\s+halted|ended|came\s+to\s+an\s+end|"
                            r"(?:to|will|would|shall|must)\s+(?:stop|cease|halt|end)|"
                            r"(?:have|has|had)\s+(?:fallen|dropped|declined|decreased|eased)|declined|decreased|dwindled)\b|"
                            r"\s+(?:(?:have|has|had)\s+)?(?:(?:already|long|also)\s+)?(?:displaced|uprooted)\b")  # "areas where air raids have displaced hundreds of thousands": the war's toll
#: A sentence start that ties it to the truce news before it: its attacks are framed by
#: the truce even without a truce word ("Hours earlier, troops opened fire on residents").
LINKED = re.compile(
    r"^(?:(?:hours|minutes|shortly)\s+(?:earlier|later|before|after)\b|meanwhile\b|at\s+the\s+same\s+time\b|by\s+(?:evening|nightfall|night|late\s+afternoon)\b|"
    r"earlier\s+(?:on\s+" + WEEKDAY + r"|in\s+the\s+day|that\s+day|today)\b|"
    r"(?:the\s+(?:announcement|move|decision|extension|statement)|it)\s+(?:coincided\s+with|came\s+(?:as|amid|at\s+the\s+end\s+of|on\s+a\s+day)|capped)\b)"
)
#: Modality in a violation cue's clause: "any delay would be a breach", "if the truce was violated".
VIOLATION_MODAL = fast_compile(r"\b(?:would|could|might|if|unless|should)\b")
#: Fighting before the truce began is not a violation.
#: The news that came after an attack: before a truce declared (not before an extension of a
#: running one; ``CAME_AFTER`` lets the extractor tell).
CAME_AFTER_MARKER = Marker(r"\b(?:announcement|decision|declaration|move|truce|ceasefire|pause|halt)\s+came\s+(?:(?:(?:a|an|one|two|three|four|[\w-]+)\s+)?(?:days?|hours?|weeks?)\s+)?"
           r"(?:just\s+|shortly\s+|only\s+)?after\b", "the announcement came a day after the alliance's pause and after troops fired on a convoy")
CAME_AFTER = re.compile(CAME_AFTER_MARKER.pattern)
#: Fighting hours before an announcement: before a truce declared (not before the news of a
#: running truce's end; ``BEFORE_ANNOUNCEMENT`` lets the extractor tell).
BEFORE_ANNOUNCEMENT_MARKER = Marker(
    r"\b(?:minutes|hours|shortly|just|moments)\s+before\s+(?:the|its|their)\s+(?:[\w'-]+\s+)?(?:announcement|declaration)\b(?!\s+(?:of|that)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,2}?(?:end|expiry|collapse|withdrawal))",
    "Hours before the announcement, government forces shelled the town (not 'before the announcement of the truce's end')")
BEFORE_ANNOUNCEMENT = re.compile(BEFORE_ANNOUNCEMENT_MARKER.pattern)
PRE_TRUCE_TABLE: tuple[Marker, ...] = (
    Marker(r"\bbefore\s+(?:the\s+|a\s+|it\s+)?(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire|pause|calm|lull|halt|it)\s+(?:(?:for|in|on|of|between)\s+(?:[\w'-]+\s+){1,3})?(?:took|takes|take|came|comes|(?:was|is|were|are)\s+(?:due|scheduled|set|meant|expected)\s+to\s+(?:take|begin|start)|began|begins|started|starts|kicked)", "strikes went on until minutes before the truce took effect; hours before a truce for Orthodox Christmas was due to begin; hours before the calm began"),
    Marker(r"\b(?:during|in)\s+the\s+(?:delay|intervening\s+hours|hours\s+before\s+it\s+(?:began|took\s+effect))\b", "Israeli strikes during the delay killed 19 people"),
    Marker(r"\b(?:had\s+been|was|were)\s+(?:due|scheduled|set|meant|expected|supposed)\s+to\s+(?:start|begin|take\s+effect)\b[^;]{0,40}\bbut\b",
           "the truce had been due to start at 8:30 a.m., but the army kept fighting until the list arrived; it was meant to start at dawn, but"),
    Marker(r"\b(?:minutes|hours)\s+before\s+(?:the\s+)?(?:truce|ceasefire|start)\b(?![^.;,]{0,30}?\b(?:ended|expired|ran\s+out|lapsed|was\s+(?:over|due\s+to\s+(?:end|expire))))", "an Israeli strike ten minutes before the truce"),
    Marker(r"\bahead\s+of\s+the\s+(?:truce|ceasefire)|\bprior\s+to\s+the\s+(?:truce|ceasefire)", "shelling ahead of the truce"),
    Marker(r"\bbefore\s+(?:the|its|their|a)\s+(?:[\w'-]+\s+){0,2}(?:truce|ceasefire|cease-fire|pause|deal|agreement|accord)\s+(?:was|were|had\s+been)\s+(?:declared|announced|agreed|signed|reached|struck)\b",
           "troops fired warning shots at an aid convoy on Tuesday night, before its ceasefire was declared; on Thursday, before the deal was reached, mortar rounds struck"),
    Marker(r"\b(?:as|while|when)\s+(?:the|its|their|a)\s+(?:[\w'-]+\s+){0,2}(?:truce|ceasefire|cease-fire|pause)\s+(?:was|were|is|are)\s+being\s+(?:announced|declared|agreed|signed|negotiated)\b",
           "air raid alerts were still sounding as the truce was being announced (the announcement came before the start)"),
    Marker(r"\bbefore\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){0,3}(?:declared|announced|agreed|signed|ordered)\s+(?:its|their|the|a|an)\s+(?:own\s+)?(?:[\w'-]+\s+){0,2}(?:truce|ceasefire|cease-fire|pause)\b",
           "accused the military of air strikes in the days after the quake, before the junta announced its own ceasefire"),
    BEFORE_ANNOUNCEMENT_MARKER,
    Marker(r"\bbefore\s+the\s+(?:truce|ceasefire|cease-fire|halt|lull|pause|suspension)\b(?![^.;,]{0,30}?\b(?:ended|expired|ran\s+out|lapsed|was\s+(?:over|due\s+to\s+(?:end|expire))))",
           "fighting before the ceasefire; heavy fighting raged through the morning before the halt (not 'before the truce ran out')"),
    Marker(r"\bin\s+the\s+(?:(?:final|last)\s+)?(?:few\s+)?hours\s+before\s+the\s+deadline\b",
           "in the final hours before the deadline separatists pounded the town; gunfire in the hours before the deadline"),
    Marker(r"\b(?:takes?|took)\s+(?:hold|effect)\b[^.]{0,80}?\b(?:in|during)\s+the\s+(?:final|last)\s+(?:few\s+)?(?:hours|minutes)\b(?!\s+of\b)",
           "Gaza ceasefire takes hold after three-hour delay; strikes in the final hours kill 19"),
    CAME_AFTER_MARKER,
    Marker(r"\b(?:agreement|deal|truce|ceasefire|cease-fire|accord)\b[^.;]{0,70}?\bfollow(?:s|ed)\s+(?:an?|the|two|three|several|days|weeks)\b",
           "the agreement, which Aziz negotiated as AU chairman, followed a rebel offensive on Wednesday"),
    Marker(r"\buntil\s+(?:shortly\s+|just\s+|minutes\s+|an\s+hour\s+)?before\s+the\s+(?:deadline|start)\b", "shelling could be heard until shortly before the deadline (it stopped then)"),
    Marker(r"\b(?:(?:takes?|took|comes?|came|goes|went)\s+(?:into\s+)?(?:effect|force)|(?<!stay )(?<!remain )in\s+(?:force|effect)|(?:truce|ceasefire|pause)\s+(?:begins|starts)|"
           r"(?:declares?|declared|announces?|announced|orders?|ordered)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w'-]+\s+){0,2}(?:truce|ceasefire|cease-fire|pause|halt)(?=[^;]*$))\b[^;]{0,60}?(?:,\s+(?:[\w'-]+\s+){1,9}?(?:said|says|reported|added),\s+)?\bafter\b",
           "ceasefire comes into force at midnight after day of bombardment; truce in force after deadly border clashes; truce begins in Yemen after last-minute air raids; "
           "junta declares quake ceasefire until April 22 after aid convoy shot at"),
)
PRE_TRUCE = compile_markers(PRE_TRUCE_TABLE)
#: Fighting after the truce ended is not a violation.
POST_TRUCE_TABLE: tuple[Marker, ...] = (
    Marker(r"\bonce\s+(?:it|the\s+\w+)\s+was\s+over\b", "warplanes resumed strikes once it was over"),
    Marker(r"\bafter\s+(?:the\s+|it\s+)?(?:[\w-]+\s+){0,2}(?:truce|ceasefire|pause|window)\s+(?:ended|ends|expired|expires|was\s+over|closed|lapsed|lapses)\b",
           "clashes after the truce expired; clashes flare after communist truce ends (headline present)"),
    Marker(r"\bafter\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){0,2}(?:short-lived|failed|collapsed|expired|defunct)\s+(?:[\w-]+\s+)?(?:truce|ceasefire|cease-fire|pause)\b", "fighting escalates after the army's short-lived truce"),
    Marker(r"\b(?:as\s+soon\s+as|once|when)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:truce|ceasefire|cease-fire|pause)\s+(?:lapses|ends|expires|is\s+over|runs\s+out)\b", "operations resume automatically as soon as the declared ceasefire lapses"),
    Marker(r"\bresumed\s+(?:air\s+)?strikes\b|\bsince\s+the\s+(?:[\w-]+\s+)?(?:truce|ceasefire)\s+(?:ended|expired)\b", "the talks had been in trouble since the ceasefire expired"),
    Marker(r"\b(?:was|is|were)\s+over\b[^.;]{0,80}?\b(?:about\s+)?(?:an?\s+hour|hours|minutes|shortly|soon)\s+(?:later|afterwards)\b",
           "announced that its ceasefire was over, and about an hour later a huge bomb exploded"),
)
POST_TRUCE = compile_markers(POST_TRUCE_TABLE)
#: Right after an attack word: what makes it no breach of the running truce (each read with
#: ``match`` at the attack word's end). One pass reads them all, only in a sentence with one of
#: ``NOT_A_BREACH_AFTER_GATE`` (each marker needs one of these words).
NOT_A_BREACH_AFTER_TABLE: tuple[Marker, ...] = (
    Marker(r"(?:\s+(?:in|around|near|on)\s+[\w'-]+(?:\s+[\w'-]+)?)?\s+(?:would|will)\s+(?:continue|go\s+on|carry\s+on|resume)\b",
           "said fighting in Rafah would continue (intent, no breach told)"),
    Marker(r"(?:\s+[\w'-]+){0,4}?\s+(?:would|will|is\s+to|are\s+to|to)\s+(?:go\s+on|continue|carry\s+on|persist)\s+"
           r"until\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:truce|ceasefire|cease-fire|pause|calm|lull)\s+"
           r"(?:begins|starts|takes\s+effect|comes\s+into\s+(?:force|effect)|enters\s+into\s+force)\b",
           "fighting in Gaza would go on until the pause begins (before the truce, not against it)"),
    Marker(r"[^.;]{0,60}?\b(?:worst|heaviest|deadliest|fiercest|bloodiest|biggest|largest|most\s+\w+)\s+since\s+(?:the\s+)?"
           r"(?:(?:19|20)\d\d\s+)?(?:[\w'-]+\s+){0,2}?(?:truce|ceasefire|cease-fire|armistice)\b",
           "the fighting is the worst since the 1994 ceasefire (a record it is measured against)"),
    Marker(r"[^.;]{0,80}?\boutside\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:zones?|areas?|regions?|corridors?|districts?|sectors?)\s+"
           r"(?:covered\s+by|of|under)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:pause|truce|ceasefire|cease-fire|lull)\b",
           "strikes killed several people in Rafah, outside the zone covered by the pause (ground it does not cover)"),
    Marker(r"[^.;:]{0,60}?\bafter\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'-]+\s+){0,3}?(?:truce|ceasefire|cease-fire|moratorium|pause|lull)"
           r"\s+(?:had\s+)?(?:lapsed|expired|ended|ran\s+out|collapsed)\b",
           "accuses Kyiv of strikes on energy sites after moratorium lapsed (fire after the truce)"),
    Marker(r"\s+by\s+(?:the\s+|a\s+|an\s+|last\s+week's\s+)?(?:[\w'-]+\s+){0,2}?(?:earthquakes?|quakes?|storms?|cyclones?|typhoons?|hurricanes?|"
           r"floods?|flooding|tsunamis?|landslides?|droughts?|disasters?|wildfires?|epidemic|outbreak)\b",
           "the areas hit by the quake (a natural disaster did it)"),
    Marker(r"s?\s+(?:(?:that|which)\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:found|discovered|defused|uncovered|seized)\b",
           "a bomb found in Belfast; a car bomb discovered near the port; a bomb that was defused (it did not go off)"),
    Marker(r"s?(?:\s+(?:rounds?|shells?|bombs?|mines?|munitions?))?\s+(?:(?:that|which)\s+(?:was|were|had\s+been)\s+)?left\s+over\b",
           "a landmine left over from the war (ordnance from the war, not an attack)"),
    Marker(r"(?:\s+(?:had|has|have|largely|mostly|almost|all\s+but|then))*\s+(?:faded|died\s+down|subsided|abated|eased|quiet(?:en)?ed|fell\s+silent|fallen\s+silent)\b",
           "residents reported that the sound of gunfire had faded (the fire stopped)"),
    Marker(r"\s+(?:\w+\s+)?elsewhere\b", "Israeli strikes continued elsewhere in the territory (away from the truce's ground)"),
    Marker(r"\s+no\s+(?!(?:fewer|less|more)\b)", "Hamas fired no rockets in the first two days"),
)
NOT_A_BREACH_AFTER = compile_markers(NOT_A_BREACH_AFTER_TABLE)
NOT_A_BREACH_AFTER_GATE = (" would ", " will ", " until ", " since ", "outside ", " after ", " by ",
                           "found", "discovered", "defused", "uncovered", "seized", "left over",
                           "faded", "died down", "subsided", "abated", "eased", "quiet", "silent", "elsewhere", " no ")
#: Violation words that are not a report: "any violations", "to report breaches".
NOT_A_REPORT_TABLE: tuple[Marker, ...] = (
    Marker(r"\b(?:any\s+violations?|report\s+breaches|prevent\s+violations|chain\s+of\s+breaches|what\s+(?:counts|would\s+count)\s+as\s+an?\s+(?:breach|violation))\b",
           "warned of a response to any violations; what counts as a breach remains unclear"),
    # a trend in their number: "a substantial reduction in the number of ceasefire violations"
    Marker(r"\b(?:reduction|drop|decline|decrease|fall)s?\s+in\s+(?:the\s+)?(?:number|count|level|rate)\s+of\s+(?:[\w-]+\s+){0,2}(?:violations|breaches)\b",
           "had led to a substantial reduction in the number of ceasefire violations"),
    # breaches of terms: non-implementation, not an attack
    Marker(r"\b(?:breach\w*|violat\w*|honou?r|respect|fulfil\w*|meet|implement)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:truce\s+|ceasefire\s+|deal's\s+|agreement's\s+)?(?:aid\s+|humanitarian\s+)?(?:terms|obligations|provisions|clauses?|commitments|promises|pledges)\b", "accusing Israel of breaching truce terms; Hamas accuses Israel of breaching aid terms; the government had failed to honour commitments made at the table"),
    Marker(r"\b(?:announcement|decision|delay|move|postponement|refusal|failure|statement)\s+(?:[\w-]+\s+){0,3}(?:was|is|would\s+be|constitutes?)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:violation|breach)\b", "the announcement was a complete violation of the agreement"),
    Marker(r"\b(?:despite|spite\s+of)\s+(?:(?:international|renewed|repeated|growing|mounting|the|a|an|un|us)\s+)*(?:[\w'-]+\s+)?"
           r"(?:calls?|appeals?|efforts?|talks|hopes?|pressure|plans?|proposals?|demands?|push|negotiations|diplomacy)\b",
           "fighting continued despite calls for a truce"),
    Marker(r"\b(?:not|never|n't)\s+(?:[\w-]+\s+){0,2}(?:regard|consider|see|count|treat|call|deem)\w*\s+(?:[\w-]+\s+){0,5}as\s+(?:a\s+)?(?:[\w-]+\s+)?(?:breach|violation)",
           "ministers have said they do not regard these as a breach of the ceasefire"),
    Marker(r"\b(?:rather\s+than|instead\s+of)\s+(?:as\s+)?(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:breach|violation)",
           "both armies treat the militant attacks as an insurgency problem rather than a breach of the ceasefire"),
    Marker(r"\b(?:to|and)\s+(?:respond|react)\s+to\s+(?:any\s+|the\s+|possible\s+)?(?:breaches|violations)\b",
           "a mechanism to monitor the ceasefire and respond to breaches"),
    # a rule for whoever breaks it, in the present: not a breach that happened
    Marker(r"\b(?:(?:whoever|anyone|anybody|those)\s+(?:who\s+)?|any\s+(?:[\w-]+\s+)?(?:side|party|unit|group|faction)\s+(?:that|which|who)\s+|"
           r"whose\s+(?:[\w-]+\s+)?(?:units|troops|forces|men|fighters|soldiers)\s+)(?:break|breach|violate)s?\s+(?:the|a|an|it|this)\b",
           "disciplinary measures for commanders whose units break the truce; any side that violates the ceasefire will be held responsible"),
    Marker(r"\b(?:who|that)\s+(?:broke|break|breaks|breached|breach|breaches|violated|violate|violates)\s+(?:the|a|an|it|this)\b[^.;]{0,40}?\b(?:would|will)\s+be\b",
           "Sadr said fighters who broke the ceasefire would be disowned"),
)
NOT_A_REPORT = compile_markers(NOT_A_REPORT_TABLE)
#: Around a violation cue, further out: a rule stated or a year's tally, not a breach
#: reported ("Kyiv would regard any movement of warships outside the zone as a violation";
#: "violated the ceasefire along the Line of Control 2,936 times in 2018").
RULE_OR_TALLY_TABLE: tuple[Marker, ...] = (
    Marker(r"\b(?:would|will|could)\s+(?:regard|consider|treat|see|deem|view)\b[^.;]{0,100}?\bas\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:violation|breach)",
           "Kyiv would regard any movement of warships outside the zone as a violation"),
    Marker(r"\b(?:violat\w*|breach\w*)\b[^.;]{0,120}?\b\d[\d,]*\s+times\s+in\s+(?:19|20)\d\d\b",
           "troops violated the ceasefire 2,936 times in 2018"),
    Marker(r"\b(?:violations|breaches)\b[^.;]{0,80}?\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:(?:\d+|two|three|four|five|six|nine|twelve|eighteen|several|few)\s+)?(?:months|years|year)\b",
           "only a handful of ceasefire violations have been recorded along the LoC in the past twelve months (a year's tally; not 'over the past 24 hours')"),
    Marker(r"\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:(?:\d+|two|three|four|five|six|nine|twelve|eighteen|several|few)\s+)?(?:weeks|months|years)\b"
           r"[^.;]{0,80}?\b(?:violat\w*|breach\w*)",
           "over the past two months both sides traded accusations of breaches (the span told first: a record, not a breach today)"),
    Marker(r"\b(?:violations|breaches)\b[^.;]{0,80}?\b(?:in\s+(?:\d+|[a-z]+)\s+years|since\s+(?:(?:january|february|march|april|may|june|july|august|"
           r"september|october|november|december)\s+)?(?:19|20)\d\d)\b|^(?:19|20)\d\d\s+saw\b",
           "2018 saw most LoC ceasefire violations in 15 years; only a handful of violations since February 2021"),
    Marker(r"\b(?:violations|breaches)\b[^.;]{0,80}?\bsince\s+(?:(?:the|its|their)\s+(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire)\s+"
           r"(?:began|started|took\s+effect|came\s+into\s+(?:force|effect))\s+in\s+|last\s+)"
           r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b",
           "have traded accusations of ceasefire violations since the truce began in November"),
    Marker(r"\b(?:have|has|had)\s+(?:repeatedly\s+|often\s+|regularly\s+)?(?:accused|blamed)\s+each\s+other\s+of\s+(?:[\w-]+\s+){0,2}(?:violations|breaches|violating|breaching)"
           r"\s+(?:in|over|during)\s+(?:recent|the\s+past|the\s+last)\s+(?:days|weeks|months)\b",
           "the two sides have accused each other of breaches in recent weeks (a recap, no breach told)"),
    Marker(r"\b(?:have|has|had)\s+since\s+(?:then\s+)?(?:repeatedly\s+|often\s+|regularly\s+)?(?:accused|blamed|traded)\b",
           "the two sides signed a ceasefire in September, but both have since accused each other of violating it"),
    Marker(r"\b(?:violat\w*|breach\w*|broken)\s+(?:repeatedly|frequently|regularly|often|routinely|(?:many|numerous|countless)\s+times|time\s+and\s+again)\s+"
           r"(?:since|over\s+the|throughout|in\s+(?:the\s+)?(?:past|recent|last))\b",
           "the Hodeidah ceasefire agreed in 2018 has been violated repeatedly since then (a record, not a breach told)"),
)
RULE_OR_TALLY = compile_markers(RULE_OR_TALLY_TABLE)
#: Attacks on groups the truce excludes are not violations, nor attacks by groups that did
#: not sign it ("Croatian Serb units and Abdic's forces, neither of which signed the document").
#: Fighting where (or by whom) the truce does not apply: "excluded from the truce", "the
#: ceasefire covered five commands but not Rakhine State, where troops have been fighting".
EXCLUDED = fast_compile(
    r"\b(?:excluded\s+from\s+(?:the|both|all|its|their|any)\s+(?:[\w-]+\s+)?(?:truces?|ceasefires?|cease-fires?|agreements?|deals?)|"
    r"(?:does|did|do|will|would|shall)\s+not\s+(?:cover|apply\s+to|include)|but\s+not\s+[^.;]{0,60}?\bwhere|"
    r"(?:does|did|do)\s+not\s+(?:link|tie|connect)\s+(?:it|them|the\s+[\w-]+)\s+to|unrelated\s+to\s+the|"
    r"(?:does|did|do)\s+not\s+(?:extend|spread|reach)\s+(?:into|to)|"
    r"(?:remains?|remained|is|are|was|were|lies|lay|falls?|fell)\s+outside\s+(?:the|both|its|their|any)\s+(?:[\w-]+\s+)?(?:truces?|ceasefires?|cease-fires?)|"
    r"far\s+(?:away\s+)?from\s+the\s+(?:front(?:\s+lines?)?|fighting|truce\s+(?:zone|area))|"
    r"(?:(?:have|has|had)\s+rejected|rejects?)\s+the\s+(?:[\w-]+\s+)?(?:truce|ceasefire|cease-fire)|(?:is|are|was|were)\s+(?:not\s+covered\s+by|covered\s+by\s+neither)|not\s+(?:a\s+)?part(?:y|ies)\s+to\s+(?:the|either|any|both)|not\s+(?:a\s+)?part\s+of\s+(?:the|either|any|both)|part(?:y|ies)?\s+(?:of|to)\s+neither|not\s+involved\s+in\s+(?:the|either|any|both)|not\s+bound\s+by\s+(?:the|either|any|its|their)|"
    r"(?:neither|none)\s+of\s+(?:which|whom|them)\s+(?:had\s+|has\s+|have\s+)?(?:signed|joined)|"
    r"(?:neither|none)\s+of\s+(?:which|whom|them)\s+(?:is\s+|was\s+|being\s+)?an?\s+(?:signatory|party)|(?:did|does|do|had|has|have)\s+not\s+(?:sign|signed|join|joined)\s+(?:the|it|either|any))\b"
)
#: The item shows the truce running, which frames bare attack words as breaches.
TRUCE_RUNNING = re.compile(
    r"\b(?:[\w-]+-(?:day|hour|week)-old\s+(?:truce|ceasefire|cease-fire)|(?:truce|ceasefire|cease-fire)\s+(?:is\s+|was\s+)?(?:(?:largely|broadly|generally|mostly|still)\s+)?holding|"
    r"under\s+(?:new\s+|renewed\s+|heavy\s+)?strain|(?:fragile|shaky)\s+(?:[\w'-]+\s+)?(?:truce|ceasefire)|"
    # "South Lebanon truce on brink after deadly strike", "the ceasefire teetered"
    r"(?:truce|ceasefire|cease-fire)\s+(?:(?:is|was|now|looked)\s+)?(?:on\s+(?:the\s+)?(?:brink|verge)|in\s+jeopardy|teeter\w*)|"
    # "threatened to unravel the shaky NATO-brokered ceasefire"
    r"(?:threaten\w*|risk\w*)\s+to\s+(?:unravel|wreck|derail|shatter|undermine|collapse|unpick)\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire)|(?:truce|ceasefire),?\s+in\s+force\s+since|"
    r"(?:truce|ceasefire|cease-fire)\s+on\s+(?:its\s+)?(?:first|second|third|fourth|fifth|sixth|seventh)\s+day|"
    r"\b(?:test(?:s|ed|ing)?|sh(?:ook|aking)|rock(?:s|ed|ing)?|jolt(?:s|ed|ing)?|strain(?:s|ed|ing))\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}(?:truce|ceasefire|cease-fire)|"
    r"(?:truce|ceasefire|cease-fire)(?:,[^,;.]{1,40},)?\s+(?:was|is|has\s+been|had\s+been)\s+(?:badly\s+|severely\s+)?(?:shaken|rocked|jolted|strained|tested)|"
    r"faced\s+its\s+first\s+(?:real\s+|serious\s+)?test|"
    # "the ceasefire regime in Donbas was observed on the whole", "the truce was largely respected"
    r"(?:truce|ceasefire|cease-fire)(?:\s+regime)?(?:\s+in\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)?\s+(?:was|is|has\s+been)\s+(?:largely\s+|broadly\s+|generally\s+|mostly\s+)?(?:observed|respected)|"
    # "entered its area without coordinating with the joint ceasefire committee, as required under the truce"
    r"\b(?:required|allowed|permitted|banned|forbidden|prohibited)\s+under\s+the\s+(?:truce|ceasefire|cease-fire)\b|"
    # "one of the bloodiest incidents since the government and the MILF signed their ceasefire", "the first major
    # bombing since ETA declared a permanent ceasefire": measured against it
    r"(?:worst|bloodiest|deadliest|heaviest|fiercest|most\s+serious|biggest|largest|first\s+(?:major|serious|big|deadly|fatal|large))\s+(?:[\w'-]+\s+){0,3}since\s+(?:[\w'-]+\s+){0,6}?"
    r"(?:(?:signed|agreed|declared|reached|brokered)\s+(?:the|a|an|their|its)\s+(?:[\w'-]+\s+){0,2}(?:truce|ceasefire|cease-fire)|"
    r"(?:suspended|halted|paused|stopped)\s+(?:its\s+|their\s+|all\s+)?(?:[\w'-]+\s+){0,2}operations)|"  # "since the Centre suspended offensive operations"
    # "seize mining town despite declared ceasefire"
    r"despite\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,2}?(?:truce|ceasefire|cease-fire|pause)\b|"
    # "a day into its own ceasefire", "two weeks into the truce"
    r"(?:a|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?|months?|hours?)\s+into\s+(?:the|its|their|a)\s+(?:own\s+)?(?:[\w'-]+\s+)?(?:truce|ceasefire|cease-fire|pause)|"
    # "killed 100 people on Tuesday, a day after armed groups signed a ceasefire in Rome": just begun
    r"(?:a\s+day|hours|a\s+few\s+hours|two\s+days|days)\s+after\s+(?:[\w'-]+\s+){1,4}?(?:signed|agreed|declared|reached|announced)\s+"
    r"(?:a|an|the|their|its)\s+(?:[\w'-]+\s+){0,2}(?:truce|ceasefire|cease-fire)(?!\s+(?:over|dead|void|defunct|ended)\b)|"
    # "began a unilateral ceasefire", "started its truce"
    r"(?:began|started|launched)\s+(?:a|an|its|their)\s+(?:[\w'-]+\s+){0,2}(?:truce|ceasefire|cease-fire|pause)|"
    # a start told as past ("where a truce took effect on Sunday"), a shaky truce, its Nth day
    r"(?:truce|ceasefire|cease-fire)\s+(?:took\s+effect|came\s+into\s+(?:force|effect)|went\s+into\s+effect|began|started)|"
    r"(?:truce|ceasefire|cease-fire)\s+(?:was|is|remained|remains|looked|appeared)\s+(?:\w+\s+)?(?:shaky|fragile|precarious|tenuous|uneasy)|"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|\w+th)\s+day\s+of\s+(?:the|a|its)\s+(?:[\w'-]+\s+)?(?:truce|ceasefire|cease-fire|pause))\b"
)

# ---------------------------------------------------------------- frames read around a cue

#: After a declaration cue: a pledge to keep an existing truce, not a new one.
UPHOLD_OBJECT_TABLE: tuple[Marker, ...] = (
    Marker(r"(?:[^.;]{0,80}?\bto\s+|\s+)(?:(?:take\s+)?(?:all\s+)?(?:necessary\s+)?(?:measures\s+to\s+)?)"
           r"(?:respect|observe|abide\s+by|honou?r|uphold|recommit\s+to|stick\s+to|strengthen|consolidate|"
           r"monitor|supervise|verify|oversee|police|implement|enforce)\b(?!\s+(?:a|an)\s+(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire|cessation)\b)",
           "agreed on Thursday to take all necessary measures to respect their 2002 ceasefire (not 'to implement a nationwide ceasefire': a new one)"),
    Marker(r"\s+(?:an?|the)\s+(?:[\w'-]+\s+){0,6}?(?:on|for)\s+(?:implementing|implementation\s+of|enforcing|enforcement\s+of|"
           r"consolidating|monitoring|strengthening)\s+(?:the|its|their)\b",
           "signed a declaration in Nairobi on Saturday on implementing the cessation of hostilities agreed in Pretoria"),
)
UPHOLD_OBJECT = compile_markers(UPHOLD_OBJECT_TABLE)
#: After a start cue: the thing that began is an action, not a truce.
GERUND_AFTER_TABLE: tuple[Marker, ...] = (
    Marker(r"\s+(?!(?:during|morning|evening|following|including|according|notwithstanding|pending|beginning|starting|commencing|lasting|running|expiring|ending)\b)[a-z]{3,}ing\b"
           r"(?!\s+(?:truce|ceasefire|cease-fire|pause))", "monitors began withdrawing (not 'took effect during the night')"),
)
GERUND_AFTER = compile_markers(GERUND_AFTER_TABLE)
#: After "start"/"begin": an infinitive, so the thing that began is an action ("evacuees start
#: to return"; but "the truce began to take effect").
INFINITIVE_AFTER_START = re.compile(r"\s+to\s+(?!(?:take|come|go)\b)[a-z]{3,}\b")
#: Right after a declaration cue: what was declared is no truce.
#: A state declared or decreed, not a truce: martial law, an emergency, a curfew, a mobilisation.
_STATE_DECLARED = r"(?:martial\s+law|states?\s+of\s+(?:emergency|siege|war|alert)|curfew|(?:general\s+)?mobili[sz]ation)"
OTHER_OBJECT_TABLE: tuple[Marker, ...] = (
    Marker(r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:" + _STATE_DECLARED + r"|war\b|"
           r"independence|victory|no-fly\s+zone|offensive|military\s+operation|general\s+strike|"
           r"(?:days?|weeks?|period)\s+of\s+(?:national\s+|official\s+)?mourning|(?:public\s+|national\s+)?holiday\b(?!\s+(?:truce|ceasefire|cease-fire|pause|lull)\b))",
           "Indonesia declares martial law in Aceh as truce collapses; declared a state of emergency; "
           "declared a day of national mourning for those killed, as the ceasefire agreed on Friday held"),
    Marker(r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:decree|order|law|bill)\s+(?:imposing|declaring|introducing|extending|ordering)\s+(?:an?\s+|the\s+)?"
           + _STATE_DECLARED, "signed a decree imposing martial law from midnight on Sunday"),
)
OTHER_OBJECT = compile_markers(OTHER_OBJECT_TABLE)
#: Right before "declared": its subject is no truce ("Martial law declared in Aceh as peace deal collapses").
OTHER_SUBJECT_DECLARED = re.compile(r"\b(?:" + _STATE_DECLARED + r"|war|independence|victory)\s+(?:(?:is|was|has\s+been|had\s+been|being)\s+)?$")
#: The main clause's verb opening again after a relative aside: "..., has", "..., appeared to
#: have", or nothing when the cue holds its own auxiliary ("..., was over").
_MAIN_VERB_OPENS = r"(?:(?:has|have|had|is|was|will|would|(?:appeared|appears|seemed|seems)\s+to\s+have)(?:\s+been)?\s*)?$"
#: Between a truce and its cue: a relative clause with its own verb, closed before the cue's
#: auxiliary, so the truce is still the subject.
CLOSED_RELATIVE_TABLE: tuple[Marker, ...] = (
    Marker(r"\b(?:agreed|signed|brokered|ordered|announced|declared|reached|proposed)\b[^,;]*,?\s(?:has|have|had|is|was)\s*$",
           "the moratorium that Russia agreed to in March has; the moratorium, which Putin agreed in March, had"),
    Marker(r"\b(?:began|started|took\s+effect|came\s+into\s+(?:force|effect)|went\s+into\s+effect|ended|halted|stopped|brought)\b[^,;]*,\s+" + _MAIN_VERB_OPENS,
           "the three-day truce, which began on Friday, is; the 1992 accord, which ended 16 years of civil war, was"),
    Marker(r"\b(?:was|were|is|had\s+been)\s+(?:due\s+|set\s+|scheduled\s+|supposed\s+)?to\s+(?:end|expire|lapse|run\s+out|begin|start|take\s+effect)\b[^,;]*,\s+"
           + _MAIN_VERB_OPENS, "the ceasefire in five regional commands, which was to end today, has; a truce, which was due to begin on Tuesday, appeared to have"),
    Marker(r"\b(?:was|were|had\s+been|has\s+been)\s+(?:extended|prolonged|renewed)\b[^,;]*,\s+" + _MAIN_VERB_OPENS,
           "the humanitarian truce announced by Washington in July, which had been extended until 3 August, (ran out)"),
)
CLOSED_RELATIVE = compile_markers(CLOSED_RELATIVE_TABLE)
#: After a cue: the attribution closing a reported clause ("would" there is a reported "will").
ATTRIBUTION_TABLE: tuple[Marker, ...] = (
    Marker(r",\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){0,6}?(?:said|says|announced|told\s+\w+)\b",
           "would be extended by one day, to Wednesday, the World Health Organization said"),
)
ATTRIBUTION = compile_markers(ATTRIBUTION_TABLE)
#: Right before an ending cue: an announced end, not a collapse.
FUTURE_BEFORE_TABLE: tuple[Marker, ...] = (
    Marker(r"\b(?:will|shall|would)\s+$", "Hezbollah said it will; ETA announced that it would "),  # ... end its ceasefire on Thursday
)
FUTURE_BEFORE = compile_markers(FUTURE_BEFORE_TABLE)
#: Around a cue: a truce that is not the tracked one (another conflict's, or not an armed one).
OTHER_TRUCE_TABLE: tuple[Marker, ...] = (
    Marker(r"\b(?:a|the|its|their|his|[\w-]+'s?)\s+(?:separate|different),?\s+(?:[\w.'-]+\s+){0,3}(?:truce|ceasefire|cease-fire|pause|moratorium)\b",
           "in Gaza, where a separate truce collapsed; a separate U.S.-brokered humanitarian truce runs until August 3; "
           "despite the government's separate unilateral ceasefire; a separate, limited moratorium on strikes on power plants"),
    Marker(r"\b(?:on\s+top\s+of|in\s+addition\s+to)\s+(?:a|an|the)\s+(?:[\w.'-]+\s+){0,3}(?:truce|ceasefire|cease-fire|pause)\b",
           "the deal comes on top of a U.S.-brokered humanitarian truce"),
    Marker(r"\b(?:tariff|trade|price|tax|currency|media|olympic)\s+(?:truce|ceasefire|cease-fire)\b",
           "a 90-day tariff truce between Washington and Beijing; the Olympic Truce (a UN appeal, not a ceasefire)"),
    # truces of politics, labour and feuds beside a tracked war truce
    Marker(r"\b(?:political|election|electoral|pay|wage|labou?r|union|gang|family|budget|transfer|industrial|pension)\s+(?:truce|ceasefire)\b",
           "Parliament's rival blocs agreed a political truce until the budget vote; opposition parties agreed an election truce"),
    Marker(r"\b(?:truce|ceasefire)\s+(?:in|over)\s+(?:their|its|the)\s+(?:[\w'-]+\s+){0,2}(?:dispute|row|feud|spat|quarrel|standoff|trade\s+war|tariff\s+war)\b",
           "rival unions declared a truce in their pay dispute; the earlier truce in the trade war was due to run out"),
    Marker(r"\b(?:truce|ceasefire)\s+between\s+(?:the\s+)?(?:two\s+|rival\s+)?(?:gangs|unions|families|clubs|airlines|broadcasters|companies|firms|teams|retailers|banks)\b",
           "the truce between the two gangs in El Salvador collapsed; a media truce between the two broadcasters"),
    Marker(r"\b(?:feud|dispute|row|spat)\s+with\s+an?\s+(?:[\w-]+\s+)?truce\b", "the two families ended their feud with a truce"),
)
OTHER_TRUCE = compile_markers(OTHER_TRUCE_TABLE)
#: Gangs as the truce's parties: another truce, unless a tracked truce is a gang truce.
GANGS_TRUCE = re.compile(r"\bgangs\b[^.;]{0,90}?\b(?:announc|declar|agree|sign|reach|call|forg)\w*\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+)?truce\b")
#: Words in a tracked name that make it a gang truce.
GANG_NAMES = frozenset(("gang", "mara", "pandilla", "ms-13"))
#: Substrings one of which every ``OTHER_TRUCE`` match holds (a cheap pre-check).
OTHER_TRUCE_GATE = ("separate", "different", "top of", "addition to", "tariff", "trade", "price", "tax", "currency", "media", "olympic",
                    "political", "election", "electoral", "pay ", "wage", "labo", "union", "gang", "family", "budget", "transfer",
                    "industrial", "pension", "dispute", " row", "feud", "spat", "quarrel", "standoff", "truce between",
                    "ceasefire between")
#: A truce starting immediately has no clock time to add its length to.
IMMEDIATE_TABLE: tuple[Marker, ...] = (
    Marker(r"\bimmediate(?:ly)?\b|\bwith\s+immediate\s+effect\b", "declared an immediate ceasefire"),
)
IMMEDIATE = compile_markers(IMMEDIATE_TABLE)
#: Right before a date: the day of a statement, not of the event.
SAID_BEFORE_TABLE: tuple[Marker, ...] = (
    Marker(r"\b(?:said|says|told\s+[\w-]+|announced|added|confirmed)\s+(?:late\s+|early\s+)?(?:on\s+)?$",
           "has expired, Peskov said on "),  # ... Thursday
)
SAID_BEFORE = compile_markers(SAID_BEFORE_TABLE)
#: Right before a date: a relative clause about the truce, which dates the truce, not the attack.
IN_RELATIVE_TABLE: tuple[Marker, ...] = (
    Marker(r",\s+(?:which|who)\b[^,;]*$", "the pause, which began on "),  # ... Tuesday night, has been breached
    Marker(r"\b(?:truce|ceasefire|cease-fire|pause|lull|halt|violence|deal|agreement)\s+(?:that|which)\s+(?:began|started|took\s+effect|"
           r"came\s+into\s+(?:force|effect)|went\s+into\s+effect|was\s+(?:agreed|declared|announced|signed))\b"
           r"(?:(?!\b(?:was|were|is|are|has|had|have)\b)[^,;]){0,40}$",
           "the most serious breaches so far of the seven-day reduction in violence that began at midnight on "),
)
IN_RELATIVE = compile_markers(IN_RELATIVE_TABLE)
#: Right after an attack word: it did not happen.
ATTACK_DENIED_TABLE: tuple[Marker, ...] = (
    Marker(r"\s+(?:[\w'-]+\s+){0,2}?(?:have|has|had|did|were|was)\s+not\s+(?:resumed|returned|been\s+(?:reported|fired|heard)|taken\s+place)\b",
           "air strikes have not resumed"),
)
ATTACK_DENIED = compile_markers(ATTACK_DENIED_TABLE)
#: Right after an attack word: a threat on a condition, not a report ("the opposition said
#: fighting along the border, where Russian guards are deployed, would continue unless ...").
ATTACK_THREATENED_TABLE: tuple[Marker, ...] = (
    Marker(r"(?:\s+[\w'-]+|,[^,;.]{0,60},){0,6}?\s+(?:would|will|could|might)\s+(?:continue|resume|go\s+on|escalate|intensify)\s+(?:unless|if)\b",
           "said fighting along the border, where Russian border guards are deployed, would continue unless the government stopped"),
)
ATTACK_THREATENED = compile_markers(ATTACK_THREATENED_TABLE)
#: Right before an attack word: it did not happen.
ATTACK_DENIED_BEFORE_TABLE: tuple[Marker, ...] = (
    Marker(r"\b(?:not|never)\s+(?:[\w-]+\s+)?$", "the Houthis have not "),  # ... fired missiles
)
ATTACK_DENIED_BEFORE = compile_markers(ATTACK_DENIED_BEFORE_TABLE)
#: Anywhere in the item: the truce is not being renewed (an end at its term is an expiry).
NOT_RENEWED_TABLE: tuple[Marker, ...] = (
    Marker(r"\bnot\s+(?:to\s+)?(?:extend|renew|prolong)\b|\bwithout\s+(?:being\s+)?(?:renewed|extended|prolonged)\b|"
           r"\b(?:will|would)\s+not\s+be\s+(?:extended|renewed|prolonged)\b|\bno\s+(?:order\s+to\s+)?(?:extension|renewal)\b",
           "India said it would not extend the suspension of operations"),
)
NOT_RENEWED = compile_markers(NOT_RENEWED_TABLE)
