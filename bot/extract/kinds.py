"""Cue phrases for each event kind, and the hedges, negations and background markers that
cancel them. To teach the extractor a new phrase form, add a ``Cue`` (or a hedge) here,
with an example; ``tests/test_extract_kinds.py`` holds one test per form.

All patterns run on folded (lower-case, diacritic-free) sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.models import Kind

__all__ = [
    "Cue",
    "CUES",
    "CUE_RE",
    "GATES",
    "gate",
    "END_PAST",
    "hedged",
    "BACKGROUND",
    "OPEN_ENDED",
    "RECAP",
    "ATTACK",
    "PRE_TRUCE",
    "POST_TRUCE",
    "VIOLATION_SOFT",
]


@dataclass(frozen=True)
class Cue:
    kind: Kind
    pattern: str
    example: str


#: kind "expiring" covers both "due to expire" and "expired"; the tense decides (END_PAST).
CUES: tuple[Cue, ...] = (
    # -- declared: a truce announced, agreed, ordered, or taking effect as same-day news
    Cue("declared", r"\bdeclar(?:e|es|ed|ing)\b", "the army declared a 72-hour regime of calm"),
    Cue("declared", r"\bannounc(?:e|es|ed|ing)\b", "UN, US announce 72-hour ceasefire"),
    Cue("declared", r"\bagree(?:s|d)?\s+(?:to|on|upon)\b(?!\s+(?:extend|prolong|renew))", "agreed to a 60-day ceasefire"),
    Cue("declared", r"\b(?:have|has|had)\s+agreed\b(?!\s+(?:to\s+)?(?:extend|prolong|renew))", "the leaders have agreed that the cessation of hostilities will enter into force"),
    Cue("declared", r"\baccept(?:s|ed)?\b", "generals accepted a three-day ceasefire"),
    Cue("declared", r"\bsign(?:s|ed)\b", "a seven-day ceasefire deal was signed"),
    Cue("declared", r"\border(?:s|ed)\b(?!\s+(?:all|its|their|his|the)?\s*(?:forces|units|troops)\s+to\s+(?:attack|advance))", "Putin ordered a 36-hour ceasefire"),
    Cue("declared", r"\bintroduc(?:e|ed|es)\b", "a 'regime of silence' has been introduced"),
    Cue("declared", r"\b(?:took|take|takes|taking|came|come|comes|coming|go|goes|went|gone)\s+(?:into\s+)?effect\b", "the ceasefire came into effect at midnight"),
    Cue("declared", r"\b(?:enter|enters|entered|entering|come|came|comes)\s+into\s+force\b", "the cessation of hostilities will enter into force on 14 August"),
    Cue("declared", r"\b(?:began|begins|begin|beginning|started|starts|commenc(?:e|es|ed))\b", "an open-ended ceasefire began at 7pm"),
    Cue("declared", r"\b(?:took|takes|take)\s+hold\b", "as the truce takes hold"),
    Cue("declared", r"\b(?:will|to|would)\s+observe\b", "will observe a 12-hour humanitarian window"),
    Cue("declared", r"\b(?:fell|fall|falls|went|go)\s+(?:largely\s+)?(?:silent|quiet)\b", "guns fell silent as the truce took effect"),
    # -- extended
    Cue("extended", r"\bextend(?:s|ed|ing)?\b", "the truce has been extended by 48 hours"),
    Cue("extended", r"\bextension\b", "agreed to a three-day extension of the ceasefire"),
    Cue("extended", r"\bprolong(?:s|ed|ing|ation)?\b", "prolonged the Aleppo truce by 48 hours"),
    Cue("extended", r"\b(?:renew(?:s|ed|ing)?|renewal)\b", "agreed to renew the truce for two additional months"),
    Cue("extended", r"\bstretch(?:es|ed)?\b", "regime stretches ceasefire by two days"),
    Cue("extended", r"\bmoves?\s+the\s+end\b", "moves the end of the SOMO from Jan. 2 to Jan. 15"),
    Cue("extended", r"\broll(?:s|ed)?\s+(?:it\s+)?over\b", "the truce was rolled over"),
    # -- expiring / expired (tense decides, see END_PAST)
    Cue("expiring", r"\b(?:due|set|scheduled|expected|slated|supposed)\s+to\s+(?:expire|end|run\s+out|lapse|finish|close)\b", "was due to expire late Monday"),
    Cue("expiring", r"\b(?:will|would|shall)\s+(?:expire|end|run\s+out|lapse|last)\b", "the ceasefire, which will end on May 29"),
    Cue("expiring", r"(?<![\w-])(?:expires?|ends|runs\s+out|lapses)\b", "the truce ends today"),
    Cue("expiring", r"\bending\s+(?:today|tonight|tomorrow|on\b|at\b|monday|tuesday|wednesday|thursday|friday|saturday|sunday)", "truce ending Monday"),
    Cue("expiring", r"(?<![\w-])(?:expired|expiry|expiration|ended|lapsed|ran\s+out|came\s+to\s+an\s+end|(?:is|are|was|were)\s+over)\b", "the ceasefire expired on Monday"),
    Cue("expiring", r"\bextension\s+of\s+the\s+\w+(?:\s+\w+)?\s+beyond\b", "had not ordered any extension of the truce beyond midnight"),
    # -- collapsed
    Cue("collapsed", r"\bcollaps(?:e|es|ed|ing)\b", "the truce collapsed within hours"),
    Cue("collapsed", r"\b(?:broke|break|breaks|broken)\s+down\b", "the ceasefire broke down"),
    Cue("collapsed", r"\bno\s+longer\s+(?:bound|in\s+effect|in\s+force|holding|valid)\b", "Israel was no longer bound by the ceasefire"),
    Cue("collapsed", r"\b(?:now-)?defunct\b", "a temporary but now-defunct cessation of hostilities"),
    Cue("collapsed", r"\b(?:shattered|in\s+tatters|scrapped|abandoned|called\s+off|torn\s+up)\b", "the truce was shattered"),
    Cue("collapsed", r"\bsuspend(?:s|ed|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:legal\s+effects|ceasefire|cease-fire|truce|decree)\b", "suspended the legal effects of the ceasefire decree"),
    Cue("collapsed", r"\b(?:ended|end|ends|terminat\w+)\s+(?:the|its|their)\s+(?:unilateral\s+)?(?:truce|ceasefire|cease-fire)\b(?!\s+\w+\s+(?:at|on)\b)", "the rebels ended their truce"),
    # -- violation (strong cues; attack words are in ATTACK)
    Cue("violation", r"\b(?:violat\w+|breach\w*|infring\w+)\b", "Russian forces breached it 734 times"),
    Cue("violation", r"\b(?:broke|broken|break|breaking)\s+(?:the|its|their|a|his)\s+(?:own\s+)?(?:\w+\s+){0,3}(?:truce|ceasefire|cease-fire|word|pause)\b", "the NPA broke its own Christmas ceasefire"),
    Cue("violation", r"\b(?:despite|in\s+spite\s+of|did\s+not\s+stop|failed\s+to\s+stop|marred|dogged|tested|flout\w*)\b", "warplanes struck despite the truce"),
)

CUE_RE: dict[str, re.Pattern[str]] = {}
for _k in ("declared", "extended", "expiring", "collapsed", "violation"):
    CUE_RE[_k] = re.compile("|".join(f"(?:{c.pattern})" for c in CUES if c.kind == _k))

#: Substrings one of which every cue of a kind contains: a sentence without any of them is
#: not scanned for that kind (substring tests are much cheaper than regex scans).
GATES: dict[str, tuple[str, ...]] = {
    "declared": ("declar", "announc", "agree", "accept", "sign", "order", "introduc", "effect",
                 "force", "began", "begin", "start", "commenc", "hold", "observe", "silent", "quiet"),
    "extended": ("extend", "extension", "prolong", "renew", "stretch", "the end", "over"),
    "expiring": ("expir", "end", "run", "ran out", "lapse", "over", "last", "beyond", "close", "finish"),
    "collapsed": ("collaps", "down", "no longer", "defunct", "shatter", "tatters", "scrapped",
                  "abandon", "called off", "torn up", "suspend", "end", "terminat"),
    "violation": ("violat", "breach", "infring", "broke", "break", "despite", "spite", "did not stop",
                  "failed to stop", "marred", "dogged", "tested", "flout"),
}


def gate(kind: str, low: str) -> bool:
    """Whether ``low`` may hold a cue of ``kind`` (cheap pre-check)."""
    return any(g in low for g in GATES[kind])


#: Tense of an ending cue: these mean the end has happened ("expired"), the rest that it
#: is coming ("expiring"). A future end resolved before publication is also "expired".
END_PAST = re.compile(r"\b(?:expired|expiry|expiration|ended|lapsed|ran\s+out|came\s+to\s+an\s+end|is\s+over|are\s+over|was\s+over|were\s+over)\b")

#: Hedges and negations, searched in the clause before the cue (and a little after it).
#: Example: "could be extended", "talks on extending", "urged them to extend", "denied
#: violating", "threatened to end", "no extension", "whether it would be renewed".
_HEDGE_COMMON = (
    r"could|would|might|may|can|should|if|unless|whether|not|no|never|n't|without|"
    r"propos\w*|urg\w*|appeal\w*|hop(?:e|es|ed|ing)|plan(?:s|ned|ning)?|seek\w*|sought|want\w*|"
    r"push\w*|press(?:ed|es|ing)?|ask\w*|demand\w*|call(?:s|ed|ing)?\s+(?:for|on)|offer\w*|"
    r"consider\w*|discuss\w*|potential|possible|possibly|ready\s+to|refus\w*|reject\w*|"
    r"threat\w*|fail\w*|talks?|talking|negotiat\w*|wait|ruled\s+out|rules\s+out|intend\w*|"
    r"working|work\s+to|efforts?|tr(?:y|ies|ied|ying)\s+to|deal\s+on|aim\w*|any|prepar\w*|"
    r"question\w*|recommend\w*|warn\w*|envisag\w*|expect(?:s|ed)?\s+to|proposal"
)
_HEDGE = {
    "declared": re.compile(rf"\b(?:{_HEDGE_COMMON}|similar|earlier|previous|last|plea|idea|mull\w*|welcom\w*|reciprocat\w*|match)\b"),
    "extended": re.compile(rf"(?:\b(?:{_HEDGE_COMMON}|mull\w*|idea|longer-term)\b|^after\b)"),
    "expiring": re.compile(r"\b(?:could|might|may|if|unless|whether|without\s+(?:an?\s+)?(?:deal|agreement)|threat\w*|fear\w*|risk\w*)\b"),
    "collapsed": re.compile(r"\b(?:could|would|might|may|can|if|unless|whether|not|no|never|n't|threat\w*|fear\w*|risk\w*|verge|brink|near|edge|warn\w*|danger\w*|avoid\w*|prevent\w*|apparently|close\s+to|strain\w*|earlier|previous|talks?)\b"),
    "violation": re.compile(r"\b(?:any|no|not|never|without|would|could|might|prevent\w*|avoid\w*|monitor\w*|to\s+report|investigat\w*|deni\w*|deny|warn\w*|if|unless|possible|alleged\s+by\s+no)\b"),
}
#: How far back (characters) a hedge reaches, by kind.
_HEDGE_REACH = {"declared": 60, "extended": 60, "expiring": 40, "collapsed": 40, "violation": 22}
_CLAUSE_CUT = re.compile(r"[;:\"]|\bbut\b|\bwhile\b|\bwhereas\b|\bafter\b|\bas\b|\bwhich\b|\band\b(?=\s+(?:the|a|an|its|their|both)\b)|, (?:and|but)\b")


def hedged(kind: str, low: str, start: int, end: int) -> bool:
    """True when the cue at ``low[start:end]`` is hedged, negated or a proposal."""
    pat = _HEDGE.get("expiring" if kind == "expired" else kind)
    if pat is None:
        return False
    reach = _HEDGE_REACH.get(kind, 40)
    before = low[max(0, start - reach): start]
    cuts = list(_CLAUSE_CUT.finditer(before))
    if cuts:
        before = before[cuts[-1].end():]
    if pat.search(before):
        return True
    after = low[end: end + 24]
    if kind in ("declared", "extended"):
        # "agreed to a US proposal for a 30-day ceasefire", "extension proposal"
        if re.match(r"\s*(?:to\s+)?(?:an?\s+|the\s+)?(?:\w+\s+){0,2}(?:propos\w*|plan|request|offer|idea|talks?)\b", after):
            return True
    if kind == "violation" and re.match(r"\s*(?:claims?|allegations?)\b", after):
        return False
    return False


#: Background and past-tense markers: a cue in a clause with one of these is history.
#: Example: "earlier truces", "last year's truce", "a February truce", "had already been
#: prolonged once", "extended twice".
BACKGROUND = re.compile(
    r"\b(?:last\s+(?:week|month|year|christmas|time)|earlier\s+(?:this|that|in\s+the)\s+(?:week|month|year)|"
    r"(?:a|one|two|three|four|five|six|several|few)\s+(?:days?|weeks?|months?|years?)\s+ago|a\s+week\s+ago|"
    r"previous|previously|earlier\s+(?:truces?|ceasefires?|attempts?|pauses?)|once\s+before|"
    r"had\s+(?:already\s+)?been\s+(?:extended|prolonged|renewed)|already\s+been|extended\s+twice|"
    r"(?:a|an|the|its)\s+(?:january|february|march|april|june|july|august|september|october|november|december)\s+"
    r"(?:\"|')?(?:truce|ceasefire|cease-fire|cessation)|similar|in\s+(?:19|20)\d\d\b|since\s+(?:19|20)\d\d|"
    r"history|the\s+last\s+(?:truce|ceasefire)|daily|every\s+day|each\s+day)\b"
)

#: A recap of earlier prolongations: the end it gives is the current deadline, not news of
#: an extension. Example: "first set for two days and then prolonged until Tuesday at 00:01".
RECAP = re.compile(r"\b(?:initially|originally|first\s+(?:set|agreed|declared|announced)|(?:and\s+)?then\s+(?:prolonged|extended))\b")

#: The truce has no end: any duration or clock time nearby is not a deadline.
OPEN_ENDED = re.compile(r"\b(?:open-ended|unlimited|indefinite\w*|permanent|no\s+(?:end|expiry|time\s+limit)|lasting\s+peace)\b")

#: Attack vocabulary: with truce vocabulary in the same sentence it reports a violation.
ATTACK = re.compile(
    r"\b(?:shell(?:s|ed|ing)|air\s*strikes?|air\s+raids?|airstrikes?|raid(?:s|ed)?|bomb(?:s|ed|ing|ardment|arded)|"
    r"clash(?:es|ed)?|fighting|fought|attack(?:s|ed)?|rockets?|mortars?|artillery|gunfire|"
    r"opened\s+fire|fired|firing|shot|shooting|killed|sniper\w*|drones?|assaults?|ambush\w*|"
    r"battles?|offensive|strikes?|struck|hit|explosions?|incidents?|warplanes)\b"
)

#: Fighting before the truce began is not a violation. Example: "strikes went on until just
#: a few minutes before the truce took effect", "in the final hours before the deadline"
#: (in an item about a truce starting).
PRE_TRUCE = re.compile(
    r"\b(?:before\s+(?:the\s+|a\s+|it\s+)?(?:\w+\s+){0,3}(?:truce|ceasefire|cease-fire|pause|it)\s+"
    r"(?:took|takes|take|came|comes|was\s+due\s+to\s+(?:take|begin|start)|began|begins|started|starts|kicked)|"
    r"(?:minutes|hours)\s+before\s+(?:the\s+)?(?:truce|ceasefire|start)|ahead\s+of\s+the\s+(?:truce|ceasefire)|"
    r"before\s+the\s+(?:truce|ceasefire)\b(?!\s+(?:ended|expired|was\s+due\s+to\s+(?:end|expire)))|"
    r"may\s+predate|prior\s+to\s+the\s+(?:truce|ceasefire))"
)
#: Fighting after the truce ended is not a violation.
POST_TRUCE = re.compile(
    r"\b(?:once\s+(?:it|the\s+\w+)\s+was\s+over|after\s+(?:the\s+|it\s+)?(?:\w+\s+){0,2}(?:truce|ceasefire|pause|window)\s+"
    r"(?:ended|expired|was\s+over|closed|lapsed)|resumed\s+(?:air\s+)?strikes|since\s+the\s+(?:truce|ceasefire)\s+(?:ended|expired))\b"
)
#: Strong violation words that are not a report: "any violations", "to report breaches".
VIOLATION_SOFT = re.compile(r"\b(?:any\s+violations?|report\s+breaches|prevent\s+violations)\b")
