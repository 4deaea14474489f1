"""Which tracked truce a passage is about.

A tracked truce is named by its ``name`` and ``aliases`` (config). Matching is case- and
diacritic-insensitive (the text is folded first, see ``text.fold``), tolerant of
hyphen/space variants ("cease-fire" = "ceasefire", "Nagorno Karabakh" = "Nagorno-Karabakh"),
optional apostrophes ("Sana'a" = "Sanaa") and a plural or possessive ending.

``TRUCE_TERMS`` is the generic truce vocabulary, one entry per phrase form (read in one pass
as ``TRUCE_LEXICON``): a sentence must use it (or a tracked name that contains it, or names a
deal: "Aceh peace deal") before any event can be read from it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.extract.lexicon import Lexicon, leads, scan_copy
from bot.extract.text import fold
from bot.models import TruceSpec

__all__ = ["TRUCE_TERMS", "has_truce_words", "truce_spans", "TruceMatcher", "matcher_for", "pair_parts",
           "HOLD_FIRE_WINDOW", "REFRAIN_OBJECT", "REFRAIN_WINDOW", "END_TO_FIGHTING"]

#: A time told right after a verbal halt: a number, a day, a month or a time of day.
_WHEN_WORD = (r"(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow|noon|midnight|dawn|"
              r"january|february|march|april|may|june|july|august|september|october|november|december|one|two|three|four|five|"
              r"six|seven|eight|ten|twelve)")

# Verbal truce forms that are both truce vocabulary here and declaring cues in ``kinds.py``
# (one pattern for both readings):
#: After "hold fire": a window, a start or a clock-timed end ("would hold fire along the border
#: until 20:00 on Sunday", "would hold fire in Gaza for five hours"; not "agree to hold fire until Friday").
HOLD_FIRE_WINDOW = (r"(?=\s+(?:(?:in|across|along|on)\s+(?:[\w'-]+\s+){1,8}?)?(?:(?:from|between)\s+" + _WHEN_WORD
                    + r"|(?:until|till)\s+(?:\d|noon|midnight)|for\s+(?:a\s+few|\d+|" + _WHEN_WORD + r")\s+hours\b))")
#: After "refrain": what is given up ("refrain from violence").
REFRAIN_OBJECT = (r"\s+from\s+(?:all\s+|any\s+)?(?:acts\s+of\s+)?(?:violence|hostilities|fighting|attacks|military\s+(?:action|operations)|"
                  r"(?:the\s+)?use\s+of\s+force)")
#: After what is given up: a window, not a bare pledge ("... in the southern provinces from April 3 to May 14").
REFRAIN_WINDOW = r"(?=\s+(?:(?:in|across|along|on)\s+(?:[\w'-]+\s+){1,5}?)?(?:from|until|till|between|during|for)\s)"
#: After "an end": the fighting ended ("ordered an end to military operations").
END_TO_FIGHTING = r"\s+to\s+(?:all\s+)?(?:the\s+)?(?:military\s+operations|hostilities|fighting|combat\s+operations|offensive\s+operations)\b"

#: Truce words stripped from an alias to get its distinctive head ("LTTE truce" -> "LTTE",
#: "Syria ceasefire" -> "Syria"), which reports use on its own ("the LTTE said its truce...").
_TRUCE_PART = re.compile(
    r"\b(?:truces?|cease[\s-]?fires?|cessation of hostilities|humanitarian pauses?|pauses?|"
    r"regimes? of (?:calm|silence)|lull|armistice|holiday|unilateral|bilateral|reciprocal|"
    r"temporary|humanitarian|nationwide|countrywide|partial|interim|declaration|agreement|deal|plan|the|a|an)\b"
)
#: A date in a tracked name, no part of its head ("Syria September 2016 truce" -> "Syria").
_DATE_PART = re.compile(r"\(?\b(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)\b\)?")
#: A qualifier in parentheses, no part of its head: "Karabakh humanitarian truce (18 October
#: 2020)" -> "Karabakh", "Karabakh ceasefire (Bishkek, 1994)" -> "Karabakh".
_QUALIFIER = re.compile(r"\([^()]*\)")
#: Heads too generic to name one truce on their own.
_GENERIC_HEADS = {
    "government", "rebel", "rebels", "army", "military", "permanent", "national", "general",
    "humanitarian", "across", "of", "and", "christmas", "easter", "new", "six-point", "60-day",
    "un-brokered", "in", "us", "un",
}

#: A name's generic tail that reports use alone for the same truce: tracking "Aceh peace
#: deal", "the peace deal collapsed" speaks of it.
_PEACE_TAIL = re.compile(r"\bpeace\s+(?:deal|accord|agreement|pact)$")

#: A name that is a compass adjective and a truce word, which reports also turn round: the
#: "southern ceasefire" is "the ceasefire in the south".
_COMPASS_TRUCE = re.compile(r"^(north|south|east|west)ern\s+(truce|ceasefire|cease-fire|armistice|pause)$")

#: Nouns that make a tracked name a truce's own name, not a place's ("Aceh peace deal",
#: "Ramadan peace initiative", "Blue Line arrangement", "day of silence"); also read by the extractor.
NAME_NOUNS = r"deal\b|accord|agreement|plan\b|declaration|calm\b|lull|pause|somo|cfbnt|initiative|arrangement|understanding|moratorium|suspension|memorandum|freeze|silence|zones?\b"
_NAME_NOUN = re.compile(r"\b(?:" + NAME_NOUNS + r")\b")
_TRUCE_PART_WORDS = re.compile(r"\b(?:truces?|cease[\s-]?fires?|cessation|armistice)\b")

_TRUCE_GATE = ("truce", "cease", "cessation", "armistice", "pause", "window", "regime", "lull",
               "calm", "silen", "suspen", "somo", "halt", "stop", "moratorium", "reduc", "curb", "freeze", "refrain", "end to")


def has_truce_words(low: str) -> bool:
    """Whether the folded text uses truce vocabulary (substring gate, then ``TRUCE_LEXICON``,
    the very table the extractor reads)."""
    return any(g in low for g in _TRUCE_GATE) and bool(TRUCE_LEXICON.find(low, scan_copy(low)))


_N_HOUR = r"(?:\d{1,3}|one|two|three|four|five|six|eight|ten|twelve|twenty-four|thirty-six|forty-eight|seventy-two)-hour"
#: Generic truce vocabulary, one entry per phrase form with an example, each starting with its
#: own word so that ``lexicon`` finds them in one pass (see ``truce_spans``): "truce",
#: "ceasefire"/"cease-fire", "cessation of hostilities", "humanitarian pause", "regime of
#: silence", "lull", "armistice", "suspension of offensive military operations" (SOMO), "halt in
#: fighting", "the cease of offensive actions" (translated reports), "reduction in violence".
TRUCE_TERMS: tuple[tuple[str, str], ...] = (
    (r"truces?\b", "truce"),
    (r"cease[\s-]?fires?\b", "ceasefire, cease-fire, cease fire"),
    (r"cessations?\s+of\s+hostilities\b", "cessation of hostilities"),
    (r"armistice\b", "armistice"),
    (r"(?:humanitarian|bombing|daily|extended|operational|temporary|tactical|renewed)\s+[\"']?(?:pauses?|windows?)\b", "humanitarian pause, humanitarian window, the humanitarian \"pause\", the extended pause"),
    (_N_HOUR + r"\s+(?:pauses?|windows?|lull)\b", "a 12-hour humanitarian window, five-hour pause"),
    (_N_HOUR.replace("-hour", "-day") + r"\s+(?:pauses?|windows?|lull)\b", "a four-day pause"),
    (_N_HOUR.replace("-hour", "-week") + r"\s+(?:pauses?|windows?)\b", "a two-week pause"),
    (_N_HOUR.replace("-hour", "-month") + r"\s+(?:pauses?|windows?)\b", "a three-month pause"),
    (r"(?:week|month|days|weeks)-long\s+(?:pauses?|windows?)\b", "a week-long pause"),
    (r"pauses?\s+in\s+(?:the\s+)?(?:fighting|firing|shelling)\b", "a pause in the fighting, a short pause in firing"),
    (r"pauses?\s+in\s+(?:[\w'-]+\s+){0,3}(?:offensive|operations|attacks|strikes|hostilities|bombing|bombardment)\b", "a pause in Turkey's offensive"),
    (r"pause\b(?<=-brokered pause)", "a US-brokered pause"),
    (r"pause\b(?<=the pause)", "the pause"),
    (r"pauses?\b(?<='s pause)(?<!\bit's pause)|pauses\b(?<='s pauses)", "today's pause runs until 1200 GMT; Monday's pause"),
    (r"pauses\b(?<=the pauses)", "the pauses"),
    (r"pause\b(?<=a pause)", "a pause"),
    (r"pauses?\b(?=\s+(?:ended|began|is|was|will|would|are|were|has|had|took|takes|from\s+\d|between\s+\d))", "the pause ended; pauses would run; with pauses from 6 a.m. to 3 p.m."),
    (r"pauses?\b(?=\s+(?:for|to\s+allow|to)\s+(?:the\s+)?(?:polio\b|vaccinat|aid\b|evacuat|humanitarian\b|civilians\b|rescue))",
     "agrees to pauses for polio vaccination; a pause to allow evacuations; a local pause to evacuate foreign nationals"),
    (r"regimes?\s+of\s+(?:calm|silence|quiet)\b", "regime of calm, regime of silence"),
    (r"(?:calm|silence|silent)\s+regimes?\b", "silence regime"),
    (r"lull\b", "lull"),
    (r"suspensions?\s+of\s+(?:offensive\s+(?:military\s+)?|military\s+|combat\s+|counter-?insurgency\s+)(?:operations|actions?)\b",
     "suspension of offensive military operations, suspension of offensive operations, suspension of offensive actions, "
     "suspension of counter-insurgency operations, suspension of offensive military action"),
    (r"(?:cessations?|cease)\s+of\s+(?:all\s+)?(?:offensive|military|armed|hostile)\s+(?:actions|operations|activities|confrontations?)\b",
     "the cease of offensive actions, a cessation of military operations, the cessation of armed confrontation"),
    (r"(?:fighting|hostilities|firing|military\s+operations)\s+(?:[\w'-]+\s+){0,3}(?:is|are|was|were|would|will)\s+(?:to\s+)?(?:stop|cease|halt)\b",
     "all fighting in Chechnya is to stop at 12:00 Moscow time; military operations will stop on Friday morning"),
    (r"suspensions?\s+of\s+hostilities\b", "a suspension of hostilities"),
    (r"suspensions?\s+of\s+(?:[\w'-]+\s+){0,2}?(?:air\s+strikes|airstrikes|strikes|attacks|shelling|bombing|raids)\b",
     "Israel's 48-hour suspension of air strikes over southern Lebanon; a suspension of Russian attacks on energy sites"),
    (r"cessations?\s+of\s+(?:fire|firing)\b", "the cessation of fire (translated reports)"),
    (r"somo\b", "SOMO"),
    (r"halt\s+(?:in|to)\s+(?:the\s+)?fighting\b", "a halt in the fighting"),
    (r"stop\s+to\s+(?:the\s+)?fighting\b", "a stop to the fighting"),
    (r"calm\b(?<=the calm)", "the calm"),
    (r"halt\b(?<=the halt)", "the halt"),
    (r"moratorium\b(?!\s+on\s+(?:(?:further|any|all|new)\s+)?(?:steps|moves|independence|secession|declarations?|debt|payments?|evictions?|executions?|death|"
     r"deportations?|trade|tariffs?|nuclear\s+tests?|testing|whaling|logging|drilling|mining|imports?|exports?|sales?|licen[cs]es?|construction|settlements?)\b)",
     "a 30-day moratorium on strikes against energy infrastructure (not a moratorium on further steps toward independence)"),
    (r"freez(?:e|es|ed|ing)\s+(?:on\s+)?(?:the\s+|its\s+|their\s+|all\s+)?(?:military\s+|armed\s+|offensive\s+)?(?:activities|operations|attacks|fighting|hostilities|strikes)\b",
     "extended the freeze on the activities of his Mahdi Army militia; a freeze on military operations; decided to freeze the activities of his militia"),
    (r"reductions?\s+in\s+violence\b", "a seven-day 'reduction in violence' (Afghanistan, 2020)"),
    (r"reduce(?<=to reduce)\s+(?:the\s+)?violence\b", "the government and the BRN agreed to reduce violence during Ramadan"),
    (r"curb(?<=to curb)\s+(?:the\s+)?violence\b", "the two sides agree to curb violence in the Deep South"),
    (r"halt\s+(?:on|to|in)\s+(?:[\w'-]+\s+){0,2}?(?:strikes|attacks|fighting|hostilities|firing|shelling|operations)\b",
     "a 30-day halt on strikes against energy sites; a halt to all military operations; the army's halt to operations"),
    (r"(?:cease|halt|suspend)\s+operations\s+(?:(?:in|across)\s+(?:[\w'-]+\s+){1,5}?)?(?:from|until|till|between|for)\s+" + _WHEN_WORD,
     "the armed forces would cease operations from Friday morning to Monday (a time follows); would halt operations in its "
     "northern and northeastern commands from December 21 until April 30"),
    (r"hold(?:s|ing)?\s+(?:its\s+|their\s+)?fire" + HOLD_FIRE_WINDOW,
     "ordered its troops to hold fire from 6 p.m. on Tuesday (a start follows); its forces would hold fire along the Tovuz section "
     "of the border with Armenia until 20:00 on Sunday (a clock time; not 'agree to hold fire until Friday')"),
    (r"end(?:(?<=\ban end)|(?<=\bthe end)|(?<=\bimmediate end))" + END_TO_FIGHTING,
     "Medvedev ordered an end to military operations in Georgia; announced an immediate end to hostilities"),
    (r"refrain(?:s|ed|ing)?" + REFRAIN_OBJECT + REFRAIN_WINDOW,
     "both sides will refrain from violence in the southern border provinces from April 3 to May 14 (a window follows; not a bare pledge)"),
    # verbal forms: "agreed to stop all firing", "would pause military activity"
    (r"(?:stop|halt|cease|suspend|pause)(?:s|ed|ing|ping|ped)?\s+[\"']?(?:all\s+)?(?:its\s+|their\s+)?[\"']?(?:(?:air|aerial|missile|drone|rocket|artillery)\s+)?(?:firing|fire|hostilities|fighting|attacks|strikes|activities|"
     r"military\s+(?:action|activity|activities|operations?|offensive)|combat\s+operations|offensive\s+operations|offensive|armed\s+confrontations?|"
     r"(?:anti|counter)-terror(?:ist|ism)?\s+(?:measures|operations?))\b",
     "agreed to stop all firing and military action; agreed to pause its military offensive; would suspend 'offensive military operations'; "
     "agreed to suspend air strikes on southern Lebanon; ordered his militia to suspend all its activities; would suspend its military "
     "operation for 120 hours; signed an agreement to cease armed confrontation; to suspend its 'anti-terrorist measures'"),
)
TRUCE_LEXICON: Lexicon[str] = Lexicon([(p, e) for p, e in TRUCE_TERMS], digits=True)


def truce_spans(low: str, scan: bytes) -> list[tuple[int, int]]:
    """Spans of truce vocabulary in folded text ``low`` (``scan = lexicon.scan_copy(low)``)."""
    return [(a, b) for a, b, _ in TRUCE_LEXICON.find(low, scan)]


_GENERIC = {
    "truce", "ceasefire", "cease-fire", "the truce", "the ceasefire", "pause", "lull",
}


#: Compass compounds are written joined, hyphenated or spaced ("northeast Syria",
#: "north-east Syria"): a name in any spelling matches all three.
_COMPASS = re.compile(r"\b(north|south)[\s-]?(east|west)\b")


def _alias_pattern(name: str) -> str:
    s = _COMPASS.sub(r"\1\2", fold(name).strip())
    out: list[str] = []
    i = 0
    while i < len(s):
        if s.startswith("cease", i) and s[i + 5: i + 9] in ("fire", "-fir", " fir"):
            out.append(r"cease[\s-]?fire")
            i += 9 if s[i + 5] == "f" else 10
            continue
        c = s[i]
        if c in " -":
            # a possessive inside the name: "the government's unilateral ceasefire"; quotes around
            # part of it: "its own Easter 'regime of silence'"
            out.append(r"(?:'s|[\"'])?[\s-]+[\"']?" if c == " " and s[i - 1: i].isalpha() else r"[\s-]+[\"']?")
            while i + 1 < len(s) and s[i + 1] in " -":
                i += 1
        elif c == "'":
            out.append("'?")
        elif c.isalnum():
            out.append(re.escape(c))
        else:
            out.append(re.escape(c) + "?")
        i += 1
    tail = r"(?:'?s|'|n|ns)?" if s[-1:] == "a" else r"(?:'?s|')?"
    return _COMPASS.sub(r"\1[\\s-]?\2", "".join(out)) + tail + _NAME_END


#: A name ends at a word boundary; a hyphen may join it to a second party ("the Lebanon-Israel
#: ceasefire" names Lebanon) but not to an attribute ("Gaza-based", "Aleppo-born").
_NAME_END = (r"(?!\w)(?!-(?:based|backed|led|held|run|controlled|allied|aligned|linked|born|bound|"
             r"wide|style|era|made|owned|funded|sponsored|brokered|mediated|like|[^a-z]))")


def _demonyms(name: str) -> list[str]:
    """The adjectives of a one-word place name, for "the Yemeni truce" when "Yemen" is tracked:
    a suffix added ("yemeni", "sudanese", "egyptian") or swapped ("lebanese", "ukrainian",
    "afghan"); "-a" names already take "-n" in ``_alias_pattern``."""
    n = fold(name).strip()
    if not n.isalpha() or len(n) < 4 or n.endswith("a") or n in _GENERIC_HEADS:
        return []
    forms = {n + "i", n + "ese", n + "ian"}
    if n.endswith("on"):
        forms.add(n[:-2] + "ese")
    if n.endswith("e"):
        forms |= {n[:-1] + "ian", n[:-1] + "ean"}
    if n.endswith("istan"):
        forms.add(n[:-5])
    return sorted(forms)


def _demonym_pattern(name: str) -> str:
    """A place's adjective right before a truce word: "the Yemeni truce", "Lebanese ceasefire"."""
    return "|".join(rf"{form}(?=\s+(?:truce|cease[\s-]?fire|pause|armistice)\b)" for form in _demonyms(name))


def _needle(name: str) -> str:
    """The longest plain run of letters in a folded name: a cheap pre-check before the regex."""
    runs = re.findall(r"[a-z0-9]+", fold(name).replace("cease-fire", "ceasefire"))
    best = max(runs, key=len) if runs else ""
    return "fire" if best == "ceasefire" else best


_PAIR = re.compile(r"^([a-z][a-z'.]+)\s*-\s*([a-z][a-z'.]+)(?:\s+(.+))?$")
#: The second half of a hyphened word that is a length or a kind, not a party.
_NOT_A_PARTY = frozenset(("day", "days", "hour", "hours", "week", "weeks", "month", "months", "year", "years", "night",
                          "term", "way", "sided", "state", "scale", "wide", "level", "ended", "time", "fire"))


def _pairs(names: set[str]) -> list[tuple[str, str, str]]:
    """(first party, second party, rest) of each name joining two parties or places with a
    hyphen: "Israel-Hezbollah ceasefire" -> ("israel", "hezbollah", " ceasefire")."""
    out: list[tuple[str, str, str]] = []
    for name in names:
        m = _PAIR.match(fold(name).strip())
        if m is None or m.group(1) in ("cease", "nagorno") or len(m.group(1)) < 3 or len(m.group(2)) < 3 \
                or m.group(2) in _NOT_A_PARTY:
            continue  # ("five-day truce", "three-way deal", "long-term ceasefire": no parties)
        out.append((m.group(1), m.group(2), f" {m.group(3)}" if m.group(3) else ""))
    return out


def pair_parts(names: Sequence[str]) -> list[tuple[str, str, str]]:
    """(first party, second party, rest) of each pair name: "Israel-Hezbollah ceasefire"."""
    return _pairs({n for n in names if n})


def _pair_forms(names: set[str]) -> set[str]:
    """A pair name ("India-Pakistan", "Israel-Hezbollah ceasefire") is also written "India and
    Pakistan" / "Pakistan and India" in reports."""
    return {form for x, y, rest in _pairs(names) for form in (f"{x} and {y}{rest}", f"{y} and {x}{rest}")}


#: A truce word and "with": "the ceasefire with India" names the truce whose pair name holds India.
_WITH_PARTY = r"(?:truce|cease[\s-]?fire|armistice)\s+with\s+(?:the\s+)?"


def _pair_parties(names: set[str]) -> list[str]:
    """Both parties of every pair name ("India-Pakistan ceasefire" -> "india", "pakistan")."""
    return sorted({party for x, y, _ in _pairs(names) for party in (x, y)})


def _pair_clauses(names: set[str]) -> list[tuple[str, str]]:
    """(pattern, needle) for the two parties of a pair name as subject and object of one short
    clause: "India accused Pakistan of violating the ceasefire". The parties' forms mix across
    the truce's pair names ("Thailand-Cambodia ceasefire", "Thai-Cambodian border": "Thai army
    says Cambodia broke truce"), never two forms of one name ("Cambodia ... Cambodian")."""
    pairs = _pairs(names)
    firsts, seconds = {x for x, _, _ in pairs}, {y for _, y, _ in pairs}
    combos = sorted({(x, y) for x in firsts for y in seconds if x[:4] != y[:4]})
    return [(re.escape(a) + r"(?:'s)?\s+(?:[a-z'-]+\s+){1,5}?" + re.escape(b) + r"(?:'s)?(?!\w)", b)
            for x, y in combos for a, b in ((x, y), (y, x))]


#: The letter British and American spelling differ by ("demilitarised", "demilitarized",
#: "normalisation"): a name in either spelling matches both.
_IS_IZ = re.compile(r"(?<=[a-z]{3}i)[sz](?=e|ation|ing)")


def _other_spelling(name: str) -> str:
    """``name`` (folded) in the other spelling: "demilitarised zone" -> "demilitarized zone"."""
    return _IS_IZ.sub(lambda m: "z" if m.group(0) == "s" else "s", fold(name))


#: An ordinal a head opens with, which reports leave out.
_ORDINAL = re.compile(r"^(?:first|second|third|fourth|fifth|new|latest|fresh)\s+")


def _full_names(spec: TruceSpec) -> set[str]:
    """A tracked truce's names and aliases, in both spellings where British and American differ,
    and with each word for a deal ("Sirte accord" is also the "Sirte agreement", "Sirte deal")."""
    full = {n for n in spec.names if n and n.strip() and fold(n).strip() not in _GENERIC}
    full |= {_other_spelling(n) for n in full if _IS_IZ.search(fold(n))}
    return full | {f"{m.group(1)} {noun}" for n in full if (m := _DEAL_NAME.fullmatch(fold(n).strip())) for noun in _DEAL_WORDS}


#: A name made of a head and a word for a deal: "Sirte accord", "Algiers agreement".
_DEAL_NAME = re.compile(r"(.{3,}?)\s+(?:accord|agreement|deal|pact)")
_DEAL_WORDS = ("accord", "agreement", "deal", "pact")


def _head(name: str) -> str | None:
    """A name's distinctive head without truce words, dates and qualifiers ("LTTE truce" ->
    "LTTE"), or None when nothing distinctive is left."""
    h = " ".join(_DATE_PART.sub(" ", _TRUCE_PART.sub(" ", _QUALIFIER.sub(" ", fold(name)))).replace("'s ", " ").split()).strip(" -'")
    h = re.sub(r"^(?:across|in|of)\s+", "", h)
    if len(h) >= 3 and h != fold(name).strip() and h not in _GENERIC_HEADS and not h.isdigit():
        return h
    return None


def _short_heads(full: set[str], heads: set[str]) -> set[str]:
    """Shorter heads reports use: a head without its ordinal ("Second Palestine truce" is "the
    Palestine truce"), and the party's acronym opening a longer name ("URNG election truce" is
    the URNG's: "the URNG announced a unilateral suspension of offensive actions")."""
    out = {h for head in heads if (h := _ORDINAL.sub("", head)) != head and len(h) >= 3}
    out |= {w.lower() for n in full if len(words := n.split()) > 2 and (w := words[0]).isalpha() and w.isupper() and 3 <= len(w) <= 6}
    return out - _GENERIC_HEADS


class TruceMatcher:
    """Finds mentions of a set of tracked truces in folded text.

    Each name gets its own pattern; all are found in one pass by their first word
    (``lexicon``), so the cost hardly grows with the number of tracked truces. A name whose
    pattern has no literal first word is tried only when its longest plain word occurs.
    """

    def __init__(self, specs: Sequence[TruceSpec]) -> None:
        self.specs = tuple(specs)
        self._pats: list[tuple[str, re.Pattern[str], int]] = []
        entries: list[tuple[str, int]] = []
        deal_names: set[str] = set()
        fulls = [_full_names(spec) for spec in self.specs]
        all_heads = [{h for n in full if (h := _head(n))} for full in fulls]
        shorts = [_short_heads(full, heads) for full, heads in zip(fulls, all_heads, strict=True)]
        for idx, (full, own_heads) in enumerate(zip(fulls, all_heads, strict=True)):
            # and the shorter heads reports use, unless another tracked truce has that head too
            # (the first and second Cyprus cease-fires)
            heads = own_heads | {h for h in shorts[idx] if not any(h in all_heads[u] or h in shorts[u] for u in range(len(fulls)) if u != idx)}
            tails = {m.group(0) for n in full if (m := _PEACE_TAIL.search(fold(n).strip()))}
            tails |= {f"{m.group(2)} in the {m.group(1)}" for n in full if (m := _COMPASS_TRUCE.match(fold(n).strip()))}
            names = sorted(full | heads | tails | _pair_forms(full | heads), key=len, reverse=True)
            # the names that are a truce's name without truce words ("Aceh peace deal", "Gaza
            # calm", the generic tail "peace deal"): an item with no truce word is read only
            # if it names one of them (``names_a_deal``)
            deal_names |= {fold(n) for n in names if _NAME_NOUN.search(fold(n)) and not _TRUCE_PART_WORDS.search(fold(n))}
            pats = [(_alias_pattern(n), _needle(n)) for n in names] + _pair_clauses(full)
            pats += [(_demonym_pattern(h), h[:4]) for h in sorted(full | heads) if _demonyms(h)]
            pats += [(_WITH_PARTY + re.escape(party) + _NAME_END, party) for party in _pair_parties(full)]
            for pat, needle in pats:
                try:
                    leads(pat)
                    entries.append((pat, idx))
                except ValueError:
                    self._pats.append((needle, re.compile(pat), idx))
        self._lex: Lexicon[int] = Lexicon(entries)
        deal_entries = []
        for n in sorted(deal_names):
            pat = _alias_pattern(n)
            try:
                leads(pat)
                deal_entries.append((pat, 0))
            except ValueError:
                pass  # (a name with no literal first word is read by the full pass only)
        self._deals: Lexicon[int] | None = Lexicon(deal_entries) if deal_entries else None
        nouns = sorted({m.group(0) for n in deal_names for m in _NAME_NOUN.finditer(n)})
        self._deal_nouns = tuple(nouns)
        acronyms = _acronyms(self.specs)
        self._spelled = _spelled_pattern(acronyms)
        self._spelled_owners = list(acronyms.values())

    def names_a_deal(self, low: str, scan: bytes) -> bool:
        """Folded text ``low`` (``scan = scan_copy(low)``) names a tracked truce whose name is a
        deal's or a calm's."""
        if self._deals is None:
            return False
        for noun in self._deal_nouns:  # (a loop, not any(): this runs on every quiet item)
            if noun in low:
                return bool(self._deals.find(low, scan))
        return False

    def find(self, low: str, scan: bytes | None = None, text: str | None = None) -> list[tuple[int, int, int]]:
        """[(start, end, truce index)] of every mention in ``low`` (folded text), in text order.
        With ``text`` (the unfolded text ``low`` folds), a party spelled out whose initials
        are an acronym of one tracked truce's names is a mention of it too."""
        found: dict[int, tuple[int, int]] = {}
        shared: dict[int, set[int]] = {}
        if self._spelled is not None and text is not None:
            for a, b, idx in _spelled_out(text, self._spelled, self._spelled_owners):
                _keep(found, shared, a, b, idx)
        for a, b, idx in self._lex.find(low, scan_copy(low) if scan is None else scan):
            if low[a - 1: a] != "_":
                _keep(found, shared, a, b, idx)
        for needle, pat, idx in self._pats:
            if needle not in low:
                continue
            for m in pat.finditer(low):
                a = m.start()
                if not a or not (low[a - 1].isalnum() or low[a - 1] in "_-"):
                    _keep(found, shared, a, m.end(), idx)
        out = [(a, found[a][0], found[a][1]) for a in sorted(found)]
        return _disambiguate(out, shared) if shared else out


#: An acronym in a tracked name: "NPA" in "CPP-NPA ceasefire", "RSF" in "RSF truce".
_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")
#: Before an acronym in a name: the party the truce is made with ("Government ceasefire with the NPA").
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)
#: Between the capitalised words of a party's full name, the short lowercase words it may hold
#: ("Communist Party of the Philippines", "Tigray People's Liberation Front").
_NAME_GLUE = r"\s+(?:(?:of|the|for|and|de|del|la|el|y|du|des)\s+)*"


def _acronyms(specs: Sequence[TruceSpec]) -> dict[str, int]:
    """Acronym -> the one tracked truce whose names hold it (acronyms two truces share left out;
    so is the party a truce is made "with": the "Government ceasefire with the NPA" is not the NPA's)."""
    held: dict[str, set[int]] = {}
    for idx, spec in enumerate(specs):
        for n in spec.names:
            for m in _ACRONYM.finditer(n or ""):
                if not _WITH_BEFORE.search(n, 0, m.start()):
                    held.setdefault(m.group(0), set()).add(idx)
    return {a: next(iter(ids)) for a, ids in held.items() if len(ids) == 1}


def _spelled_pattern(acronyms: dict[str, int]) -> re.Pattern[str] | None:
    """One pattern for every acronym spelled out: "NPA" -> "N... P... A...", each a capitalised
    word, joined by spaces and the glue words of ``_NAME_GLUE``; group ``a<n>`` tells which."""
    if not acronyms:
        return None
    alts = [f"(?P<a{n}>" + _NAME_GLUE.join(rf"{c}[\w'\u2019-]*" for c in acr) + ")" for n, acr in enumerate(acronyms)]
    firsts = "".join(sorted({acr[0] for acr in acronyms}))  # (a leading class lets ``re`` skip to candidates)
    return re.compile(r"(?=[" + firsts + r"])(?<![\w'-])(?:" + "|".join(alts) + r")(?![\w'-])")


def _spelled_out(text: str, pat: re.Pattern[str], owners: list[int]) -> list[tuple[int, int, int]]:
    """(start, end, truce) of each party in ``text`` spelled out in full whose initials are an
    acronym of a tracked name: "the New People's Army" names the truce tracked as the "NPA
    ceasefire"; "The Communist Party of the Philippines" the "CPP-NPA ceasefire"."""
    return [(m.start(), m.end(), owners[int(m.lastgroup[1:])]) for m in pat.finditer(text)]  # type: ignore[index]


def _keep(found: dict[int, tuple[int, int]], shared: dict[int, set[int]], a: int, b: int, idx: int) -> None:
    """Keep the longest mention starting at ``a``; note a name two truces share."""
    cur = found.get(a)
    if cur is None or b > cur[0]:
        found[a] = (b, idx)
        shared.pop(a, None)
    elif b == cur[0] and idx != cur[1]:
        shared.setdefault(a, {cur[1]}).add(idx)


_SHARED_REACH = 30


def _disambiguate(ments: list[tuple[int, int, int]], shared: dict[int, set[int]]) -> list[tuple[int, int, int]]:
    """A name two tracked truces share ("Eid ceasefire") goes to the one a nearby unshared
    mention names: "the Taliban's three-day Eid truce" is the Taliban's."""
    out = []
    for a, b, idx in ments:
        owners = shared.get(a)
        if owners:
            near = [(abs(x - a), j) for x, y, j in ments if x not in shared and j in owners
                    and (0 <= a - y <= _SHARED_REACH or 0 <= x - b <= _SHARED_REACH)]
            if near:
                idx = min(near)[1]
        out.append((a, b, idx))
    return out


_BY_NAMES: dict[tuple[object, ...], TruceMatcher] = {}


def _cached(key: tuple[object, ...], specs: tuple[TruceSpec, ...]) -> TruceMatcher:
    got = _BY_NAMES.get(key)
    if got is None or got.specs != specs:
        if len(_BY_NAMES) >= 256:
            _BY_NAMES.clear()
        got = _BY_NAMES[key] = TruceMatcher(specs)
    return got


_last: list[object] = [None, None]


def matcher_for(specs: Sequence[TruceSpec]) -> TruceMatcher:
    """A (cached) matcher for ``specs``. Feeds pass the same tracked sequence for every item:
    that object is recognised by identity first, then by the names and aliases it holds."""
    if specs is _last[0]:
        return _last[1]  # type: ignore[return-value]
    try:
        m = _cached(tuple((s.name, s.aliases) for s in specs), tuple(specs))
    except TypeError:  # unhashable spec contents
        return TruceMatcher(specs)
    _last[0], _last[1] = specs, m
    return m
