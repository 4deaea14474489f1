"""Item text -> truce events with UTC deadlines. Pure: no I/O, no clock, no network.

``extract(item, tracked, known_deadlines=...)`` reads the item's title and summary as one
text, in four steps per sentence and one for the item:

1. **Which truce** (``mentions``): the nearest tracked name or alias in the sentence; a
   sentence with only "the truce" / "the ceasefire" is about the truce last named (the
   headline's truce at first).
2. **Which event** (``kinds`` tables): cue phrases, accepted only when the truce is the
   cue's subject or object (a relative clause's antecedent must be the truce itself:
   "Ramadan, which begins" is not a truce beginning; a headline's elided passive "truce
   extended to X" is a report), and cancelled by hedges and negation ("could be extended",
   "denied violating", "yet to decide"; a "would" backshifted by a reporting verb is not a
   hedge), by background tense and dates ("had announced", "last month", "a day after the
   truce took effect", a sentence whose every date is two or more days old) and by frames
   ("before the truce took effect"). Bare attack words are not breaches when conditional,
   future or infinitive, when they measure the war ("three days of fighting") or stop
   ("shelling stopped").
3. **Which time** (``timeexpr``): the time phrase bound to the cue ("until X", "to X",
   "expires at X", "for N hours from X", "extended by N" from the previous end, "on X and
   Y"), resolved at the item's publication time in the truce area's zone; explicit GMT/UTC
   wins. A length may take its start from anywhere in the item; a new end may sit in the
   sentence before or after the extension cue; an end bound to the cue beats an open-ended
   series ("every day ... until further notice"), and an unhedged open-ended truce has none.
4. **Item-level rules**: at most one event per (truce, kind), the most specific deadline
   first; an extension supersedes "expiring"/"declared" of the same truce, a collapse
   supersedes "expired"/"expiring"; bare attack words count as a violation only while the
   item shows the truce running; nothing breaches a truce that has not begun.

Speed: an item costs one lexicon pass for the truce vocabulary, and one for the tracked
names when it has truce words; one that names a tracked truce gets **one** more trigger
pass for all the rest (``lexicon.Scanner``: event cues, attack words, and where time
tokens can start, with one regex call per lead word found, whatever the number of entries
it can start). An item saying "truce" or "cease" is most likely a report and reads its
truce words in that same pass (``_read_tables``). Cue and time patterns then run only on
sentences that can carry an event, and ``_Doc`` reads each sentence's time tokens,
phrases, durations, hedges, background and whole-sentence markers once, keyed by the
sentence's text, so a sentence repeated in the item (a title restated in the summary) is
read once. Nothing is kept from one item to the next.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta, tzinfo
from functools import lru_cache
from itertools import pairwise
from typing import Any, NamedTuple

from bot.extract import kinds as K
from bot.extract.lexicon import Scanner, fast_compile, scan_copy
from bot.extract.mentions import NAME_NOUNS, TRUCE_LEXICON, matcher_for, pair_parts, truce_spans
from bot.extract.text import Sentence, fold, sentences
from bot.extract.timeexpr import (
    MONTH_NAMES,
    TOKEN_LEADS,
    UTC,
    ZONE_NAMES,
    Duration,
    Phrase,
    add_duration,
    find_durations,
    find_phrases,
    find_tokens,
    zone,
)
from bot.models import Event, FeedItem, Kind, Source, TruceSpec

__all__ = ["extract"]

#: One trigger pass over an item that names a tracked truce (see ``lexicon.Scanner``):
#: event cues, attack words, and where time tokens can start; ``_SCANNER_ALL`` reads the
#: truce vocabulary in the same pass (see ``_read_tables``).
_SCANNER = Scanner([K.CUE_LEXICON, K.ATTACK_LEXICON], TOKEN_LEADS, digits=True)
_SCANNER_ALL = Scanner([TRUCE_LEXICON, K.CUE_LEXICON, K.ATTACK_LEXICON], TOKEN_LEADS, digits=True)
_MAX_TEXT = 20_000  # characters read per item (title + summary); feeds send far less
_KIND_ORDER: tuple[Kind, ...] = ("declared", "extended", "expiring", "expired", "collapsed", "violation")
_DAY = timedelta(days=1)
_HOUR = timedelta(hours=1)
_OVERNIGHT = timedelta(hours=14)  # a start yesterday this recent is this morning's news ("took effect one minute before midnight on Friday", read at 13:00 on Saturday)
_RESTATED_START = timedelta(hours=30)  # a start older than this is a running truce restated
_RECENT_END = timedelta(hours=36)  # an end this recent is news ("expired"); older is history
#: An end told as still to come ("is due to close at 14:00"), passed by this little at publication:
#: the report was written before it, its stamp a little later.
_WRITTEN_BEFORE = timedelta(hours=1)


@dataclass
class _Cand:
    truce: int
    kind: Kind
    sent: int
    pos: int
    deadline: datetime | None = None
    time_stated: bool = True
    extended_by: float | None = None
    evidence: str = ""
    direct: bool = True  # the deadline is stated, not computed (start + duration, previous + N)
    strong: bool = True  # violations: a breach word or a frame, not bare attack words
    title: bool = False
    explicit: bool = False  # the deadline's phrase names its zone (GMT, UTC, "Moscow time")
    by_party: bool = False  # violations: read from a party's attack in a sentence naming no truce


class _Hits(NamedTuple):
    """An item's table hits from its one trigger pass (item offsets)."""

    cues: list[tuple[int, int, K.Cue]]
    attacks: list[tuple[int, int, str]]
    time_starts: list[int]


#: Right before a mention: the truce named as one whose end is told ("the breakdown of the Lome
#: ceasefire").
_END_OF = re.compile(r"\b(?:breakdown|collapse|end|expiry|lapse|failure|demise|death)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,2}$")
#: A correction's account of a withdrawn line: "An earlier version of this story said the truce
#: would start at 10 a.m.; that line has been removed".
_RETRACTED = re.compile(r"(?:[\w' -]{1,30}:\s+)?an?\s+(?:earlier|previous|initial)\s+(?:version|entry|update|post)\s+(?:of|in|on)\s+this\s+"
                        r"(?:story|article|report|blog|live\s+blog|post|item|dispatch|page)\b")
#: An item's note on the zone of all its times: "The times are Moscow time", "All times Kyiv time",
#: "Times in the Kremlin statement are Moscow time".
_TIMES_ARE = re.compile(r"\b(?:all\s+|the\s+)?times\s+(?:(?:given|quoted|stated|here|above|below)\s+|in\s+(?:the|this|its|their)\s+(?:[\w'-]+\s+){1,3}?)?"
                        r"(?:are\s+|is\s+)?(?:in\s+)?("
                        + "|".join(sorted(map(re.escape, ZONE_NAMES), key=len, reverse=True)) + r")\s+time\b")


#: A live blog's note that its stamps are GMT: "Rolling coverage, times GMT."
_TIMES_GMT = re.compile(r"\b(?:all\s+)?(?:times|updates)\s+(?:are\s+|in\s+)?(?:gmt|utc)\b")


class _Doc:
    """Per-item working state: sentences, mentions, and lazily computed phrases."""

    def __init__(self, item: FeedItem, text: str, low: str, specs: Sequence[TruceSpec],
                 mentions: list[tuple[int, int, int]], scan: bytes,
                 words: list[tuple[int, int]], hits: _Hits) -> None:
        self.item = item
        self.text = text
        self.low = low
        self.specs = specs
        self.sents: list[Sentence] = sentences(text, low)
        self._starts = [s.start for s in self.sents]
        self.title_end = len(item.title) if item.title else 0
        self.pub: datetime | None = item.published.astimezone(UTC) if item.published else None
        said = _TIMES_ARE.search(low) if "times " in low else None
        self.times_zone: str | None = ZONE_NAMES[said.group(1)] if said else None
        self._phr: dict[tuple[int, int], list[Phrase]] = {}
        self._phr_text: dict[tuple[str, str], list[Phrase]] = {}
        self._dur: dict[str, list[Duration]] = {}
        self._tw: dict[int, bool] = {}
        self._old: dict[tuple[str, int], bool] = {}
        self._hedges: dict[tuple[str, str, int, int], bool] = {}
        self._found: dict[tuple[re.Pattern[str], str], bool] = {}
        self._open: dict[str, bool] = {}
        self._backgrounds: dict[tuple[str, int, int, int, str], str | None] = {}
        self._owned: dict[int, list[tuple[int, int, int]]] = {}
        self._started_before: dict[int, bool] = {}
        self._fresh: dict[int, bool] = {}
        self._window: dict[int, tuple[datetime, datetime] | None] = {}
        self._folded_names: tuple[tuple[str, ...], ...] | None = None
        self._tracked_keys: dict[object, frozenset[Any]] = {}  # the tracked names' lengths, years (``_named_untracked``)
        self._toks: list[Any] | None = None
        self._toks_text: dict[str, list[Any]] = {}
        # per sentence: [(start, end, truce)] of tracked mentions, offsets in the sentence
        self.ments: list[list[tuple[int, int, int]]] = []
        mi = 0
        for s in self.sents:
            here: list[tuple[int, int, int]] = []
            while mi < len(mentions) and mentions[mi][0] < s.end:
                a, b, t = mentions[mi]
                if a >= s.start:
                    here.append((a - s.start, b - s.start, t))
                mi += 1
            self.ments.append(here)
        # cue phrases, truce words and attack words, found once for the whole item, then
        # kept per sentence (sentence offsets)
        self.scan = scan
        self._time_starts = hits.time_starts
        self.cues = self._bucket([(a - cue.back, b, cue) for a, b, cue in hits.cues])
        self.truce_words = self._bucket(words)
        self.attacks = self._bucket(hits.attacks)
        self.violation_cues = [[(a, b) for a, b, cue in here if cue.kind == "violation"] for here in self.cues]
        # a correction's account of what an earlier version said tells nothing (its times neither)
        self.void = {i for i, s in enumerate(self.sents) if _RETRACTED.match(s.low)} if " of this " in low or " in this " in low else set()
        for i in self.void:
            self.cues[i], self.attacks[i], self.violation_cues[i] = [], [], []
        self._opens_bg: dict[str, bool] = {}
        # the truce a sentence without a mention is about: the one last named, a truce's name
        # first ("the Taliban's Eid ceasefire ended ... operations against Afghan forces": the Taliban's)
        self.topic: list[int] = []
        topic = mentions[0][2]
        several = len(specs) > 1
        for s, here in zip(self.sents, self.ments, strict=True):
            if here:
                named = [m for m in here if _names_truce(s.low, m)] if several else []
                if len(named) > 1 and " of " in s.low:
                    # not a truce told only as the end another came after: "signed a 30-day ceasefire ...,
                    # six months after the breakdown of the Lome ceasefire"
                    named = [m for m in named if not _END_OF.search(s.low, max(0, m[0] - 40), m[0])] or named
                topic = _owner(s.low, here, (named or here)[-1])[2] if several else here[-1][2]
            self.topic.append(topic)

    def other_truce(self, i: int) -> bool:
        """Sentence ``i`` speaks of a truce that is not a tracked one (``K.OTHER_TRUCE``; gangs'
        truce unless a tracked truce is a gang truce)."""
        return self.found(K.OTHER_TRUCE, i, K.OTHER_TRUCE_GATE) or self.found(K.GANGS_TRUCE, i, ("gangs",)) and not self.tracks_gangs() \
            or self.other_length(i) or self.other_year(i)

    def other_length(self, i: int) -> bool:
        """Sentence ``i`` names a truce by a length that no tracked name has, while some do ("a
        two-hour humanitarian truce in Shejaiya", the "five-hour humanitarian pause" tracked)."""
        return "-" in self.sents[i].low and self._named_untracked(i, _LENGTH_TRUCE, _length_key, _tracked_lengths)

    def other_year(self, i: int) -> bool:
        """Sentence ``i`` names a truce by a year that no tracked name has, while some do ("the
        worst clashes since the 1994 ceasefire", the "April 2016 truce" tracked)."""
        low = self.sents[i].low
        return ("19" in low or "20" in low) and self._named_untracked(i, _YEAR_TRUCE, _year_key, _tracked_years)

    def _named_untracked(self, i: int, named: re.Pattern[str], key: Callable[[re.Match[str]], Any],
                         tracked: Callable[[tuple[TruceSpec, ...]], frozenset[Any]]) -> bool:
        """A ``named`` truce of sentence ``i``, outside its mentions, has a ``key`` that the
        tracked names' keys (``tracked``, read once per item) do not hold, while they hold some."""
        keys = self._tracked_keys.get(tracked)
        if keys is None:
            keys = self._tracked_keys[tracked] = tracked(tuple(self.specs))
        return bool(keys) and any(key(m) not in keys and not any(x <= m.start() < y for x, y, _ in self.ments[i])
                                  for m in named.finditer(self.sents[i].low))

    def tracks_gangs(self) -> bool:
        """A tracked truce is a gang truce (its names say so)."""
        return bool(self.names_holding(K.GANG_NAMES))

    def names_holding(self, words: frozenset[str]) -> frozenset[str]:
        """Those of ``words`` that some tracked name or alias holds; read once per tracked set."""
        return _names_holding(self.folded_names(), words)

    def folded_names(self) -> tuple[tuple[str, ...], ...]:
        """Each tracked truce's names and aliases, folded; read once per tracked set, when asked."""
        if self._folded_names is None:
            self._folded_names = _folded_names(tuple(self.specs))
        return self._folded_names

    def owned(self, i: int) -> list[tuple[int, int, int]]:
        """Sentence ``i``'s mentions, each read as its owner's truce (``_owner``); read once."""
        got = self._owned.get(i)
        if got is None:
            low, ments = self.sents[i].low, self.ments[i]
            got = self._owned[i] = [_owner(low, ments, m) for m in ments]
        return got

    def _bucket(self, hits: Sequence[tuple[Any, ...]]) -> list[list[tuple[Any, ...]]]:
        """Item-level hits ``(start, end, ...)`` per sentence, in sentence offsets."""
        out: list[list[tuple[Any, ...]]] = [[] for _ in self.sents]
        starts = self._starts
        for h in hits:
            k = bisect_right(starts, h[0]) - 1
            if k >= 0 and h[1] <= self.sents[k].end:
                off = self.sents[k].start
                out[k].append((h[0] - off, h[1] - off, *h[2:]))
        return out

    # -- lazily computed per sentence
    def tw(self, i: int) -> bool:
        return bool(self.truce_words[i])

    def tz(self, t: int) -> tzinfo:
        """The zone clock times of truce ``t`` are read in: the item's own word on its times
        ("The times are Moscow time"), else the truce area's."""
        return zone(self.times_zone or self.specs[t].timezone or "UTC")

    def phrases(self, i: int, t: int) -> list[Phrase]:
        key = (i, t)
        got = self._phr.get(key)
        if got is None and i in self.void:
            got = self._phr[key] = []
        if got is None:
            # identical sentences of one item (a title repeated in the summary) read once
            tk = (self.sents[i].low, self.specs[t].timezone)
            got = self._phr_text.get(tk)
            if got is None:
                got = find_phrases(self.sents[i].low, self.pub, self.tz(t), self.tokens(i)) if self.pub else []
                self._phr_text[tk] = got
            self._phr[key] = got
        return got

    def tokens(self, i: int) -> list[Any]:
        """Time tokens of sentence ``i`` (sentence offsets), found once for the whole item."""
        if self._toks is None:
            self._toks = [None] * len(self.sents)
        got = self._toks[i]
        if got is None:
            s = self.sents[i]
            got = self._toks_text.get(s.low)  # a sentence repeated in the item reads once
            if got is None:
                # the item's token starts, cut to the sentence (sentence offsets)
                starts = self._time_starts
                lo, hi = bisect_left(starts, s.start), bisect_left(starts, s.end)
                got = find_tokens(s.low, starts=[p - s.start for p in starts[lo:hi]])
                self._toks_text[s.low] = got
            self._toks[i] = got
        return got

    def durations(self, i: int) -> list[Duration]:
        if i in self.void:
            return []
        low = self.sents[i].low
        got = self._dur.get(low)
        if got is None:
            got = self._dur[low] = find_durations(low)
        return got

    def is_title(self, i: int) -> bool:
        return self.sents[i].start < self.title_end

    def age(self, p: Phrase, t: int) -> int:
        """Whole local days between phrase ``p``'s own day (``_day_instant``) and the
        publication day."""
        return self.days_before(_day_instant(p), t)

    def days_before(self, instant: datetime, t: int) -> int:
        """Whole local days (truce ``t``'s zone) between ``instant``'s day and publication's."""
        assert self.pub is not None
        tz = self.tz(t)
        return (self.pub.astimezone(tz).date() - instant.astimezone(tz).date()).days

    def follows_truce(self, i: int, back: int = 1) -> bool:
        """One of the ``back`` sentences before ``i`` speaks of a truce (truce words or a tracked
        name): what "It", "the deal" or "Hours earlier" in sentence ``i`` refer to."""
        return any(self.tw(j) or self.ments[j] for j in range(max(0, i - back), i))

    def told_window(self, t: int) -> tuple[datetime, datetime] | None:
        """(start, end) of truce ``t`` when one sentence tells an end still to come and the
        truce's length ("a 72-hour truce ... is due to lapse at midnight tonight"), the truce
        begun over a day before publication (``_told_window``); read once."""
        if t not in self._window:
            self._window[t] = _told_window(self, t)
        return self._window[t]

    def fresh_anywhere(self, t: int) -> bool:
        """Some sentence states a start of truce ``t`` within the day before publication
        (``_fresh_start``), read once per item and truce."""
        got = self._fresh.get(t)
        if got is None:
            got = self._fresh[t] = any(_fresh_start(self, j, t) for j in range(len(self.sents)))
        return got

    def old_sentence(self, i: int, t: int) -> bool:
        """Every dated phrase of the sentence lies two or more local days before publication:
        the sentence is history ("The seven-day ceasefire expired on Monday and ...")."""
        key = (self.sents[i].low, t)  # a function of the sentence's text and the truce's zone
        got = self._old.get(key)
        if got is None and not any(tok.date for tok in self.tokens(i)):
            got = self._old[key] = False  # no date in the sentence: nothing to resolve
        if got is None:
            low = self.sents[i].low
            dated = [p for p in self.phrases(i, t) if p.instant is not None and p.has_date
                     and not (_DATE_NAMES_TRUCE.match(low, p.end) and _DET_END.search(low, max(0, p.start - 6), p.start))]
            got = bool(dated) and all(self.age(p, t) >= 2 for p in dated)
            self._old[key] = got
        return got

    def found(self, pat: re.Pattern[str], i: int, gate: tuple[str, ...] = ()) -> bool:
        """``pat`` occurs in sentence ``i``, read once per sentence text. With ``gate``
        (substrings one of which every match holds), the regex runs only past the gate."""
        low = self.sents[i].low
        key = (pat, low)
        got = self._found.get(key)
        if got is None:
            got = self._found[key] = (not gate or any(g in low for g in gate)) and pat.search(low) is not None
        return got

    def _per_text(self, memo: dict[str, bool], i: int, test: Callable[[str], bool]) -> bool:
        """``test`` of sentence ``i``'s text, read once per sentence text (repeated sentences)."""
        low = self.sents[i].low
        got = memo.get(low)
        if got is None:
            got = memo[low] = test(low)
        return got

    def opens_with_background(self, i: int) -> bool:
        """``_opens_with_background`` of sentence ``i``."""
        return self._per_text(self._opens_bg, i, _opens_with_background)

    def open_ended(self, i: int) -> bool:
        """``_open_ended`` of sentence ``i``."""
        return self._per_text(self._open, i, _open_ended)

    def hedged(self, kind: str, i: int, a: int, b: int) -> bool:
        """``_hedged`` for sentence ``i``, read once per sentence text (repeated sentences)."""
        key = (kind, self.sents[i].low, a, b)
        got = self._hedges.get(key)
        if got is None:
            got = self._hedges[key] = _hedged(kind, key[1], a, b)
        return got

    def about(self, i: int, t: int) -> bool:
        """The sentence is about truce ``t`` (names it, or speaks of a truce under its topic)."""
        if any(m[2] == t for m in self.ments[i]):
            return True
        return not self.ments[i] and self.topic[i] == t and self.tw(i) and not self.other_truce(i)

    # -- evidence: the most specific verbatim phrase
    def span(self, i: int, a: int, b: int) -> str:
        """Verbatim text of sentence ``i`` from ``a`` to ``b``, widened to whole words."""
        raw = self.sents[i].raw
        a, b = max(0, min(a, len(raw))), max(0, min(b, len(raw)))
        while a > 0 and raw[a - 1].isalnum():
            a -= 1
        while b < len(raw) and raw[b].isalnum():
            b += 1
        if b < len(raw) and raw[b] == ")" and "(" in raw[a:b]:
            b += 1
        out = raw[a:b].strip(" ,;:")
        return out or raw

    def clause(self, i: int, pos: int, end: int | None = None) -> str:
        """The clause of sentence ``i`` around ``pos`` (to ``end`` when given), verbatim."""
        raw, low = self.sents[i].raw, self.sents[i].low
        if len(raw) <= 200 and end is None:
            return raw
        a = max(0, pos - 120)
        cuts = [m.end() for m in _EVIDENCE_CUT.finditer(low, a, pos)]
        a = cuts[-1] if cuts else (0 if pos <= 120 else a)
        b = end if end is not None else min(len(raw), pos + 160)
        if end is None:
            m = _EVIDENCE_CUT.search(low, pos + 1, b)
            if m:
                b = m.start()
        return self.span(i, a, b)


_EVIDENCE_CUT = fast_compile(r"[;\"]|:(?!\d)|, (?=(?:and|but|while|said|according)\b)|\. ")


#: A truce named by its length: "a two-hour humanitarian truce", "the 72-hour ceasefire".
_LENGTH_TRUCE = re.compile(r"\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty-four|thirty-six|forty-eight|seventy-two)"
                           r"-(hour|day|week|month)\s+['\"]?(?:[\w-]+\s+)?(?:truce|ceasefire|cease-fire|pause|lull|window)\b")
_LENGTH_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "twelve": 12, "twenty-four": 24, "thirty-six": 36, "forty-eight": 48, "seventy-two": 72}


def _length_key(m: re.Match[str]) -> int:
    """Hours of a ``_LENGTH_TRUCE`` match: "two-hour" and "2-hour" are one length, and so are
    "five-day" and "120-hour"."""
    n = m.group(1)
    return (int(n) if n.isdigit() else _LENGTH_WORDS[n]) * _UNIT_HOURS[m.group(2)]


_UNIT_HOURS = {"hour": 1, "day": 24, "week": 168, "month": 720}


@lru_cache(maxsize=64)
def _tracked_lengths(specs: tuple[TruceSpec, ...]) -> frozenset[int]:
    """The lengths the tracked names and aliases give their truces ("five-hour truce")."""
    return frozenset(_length_key(m) for spec in specs for n in spec.names for m in _LENGTH_TRUCE.finditer(fold(n)))


#: A truce named by its year: "the 1994 ceasefire", "the 2003 truce".
_YEAR_TRUCE = re.compile(r"\b((?:19|20)\d\d)\s+['\"]?(?:[\w-]+\s+)?(?:truce|ceasefire|cease-fire|armistice|cessation)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _year_key(m: re.Match[str]) -> str:
    """The year of a ``_YEAR_TRUCE`` match."""
    return m.group(1)


@lru_cache(maxsize=64)
def _tracked_years(specs: tuple[TruceSpec, ...]) -> frozenset[str]:
    """The years the tracked names and aliases give their truces ("April 2016 truce")."""
    return frozenset(m.group(0) for spec in specs for n in spec.names for m in _YEAR.finditer(fold(n)))


@lru_cache(maxsize=64)
def _folded_names(specs: tuple[TruceSpec, ...]) -> tuple[tuple[str, ...], ...]:
    """Each truce's names and aliases, folded (a service reads every item against one set)."""
    return tuple(tuple(fold(n) for n in spec.names) for spec in specs)


@lru_cache(maxsize=256)
def _names_holding(names: tuple[tuple[str, ...], ...], words: frozenset[str]) -> frozenset[str]:
    """Those of ``words`` that one of ``names`` holds."""
    return frozenset(w for w in words if any(w in n for ns in names for n in ns))


def extract(
    item: FeedItem,
    tracked: Sequence[TruceSpec],
    *,
    known_deadlines: Mapping[str, datetime] | None = None,
) -> list[Event]:
    """Truce events reported by ``item`` for the ``tracked`` truces.

    Deadlines are aware UTC, resolved against ``item.published`` in each truce's zone;
    with no publication time, no relative time can be resolved and deadlines are None.
    ``known_deadlines`` (truce name -> current deadline, from state) resolves
    "extended by 48 hours" when the item does not state the previous end. Pure: no I/O,
    no clock. Never raises on any text.
    """
    text = item.text[:_MAX_TEXT] if item.text else ""
    if not text or not tracked:
        return []
    if item.title and (slug := _WIRE_SLUG.match(text)):
        text = " " * slug.end() + text[slug.end():]  # "UPDATE 2-Aleppo truce ...": same offsets
    if "URGENT" in text or "FLASH" in text or "BULLETIN" in text:
        text = _FLASH_TAG.sub(lambda m: " " * len(m.group()), text)  # "(Interfax) - URGENT - Ukraine and ...": no call to act
    if "(CORRECT" in text or "(Correct" in text:
        text = _EDITORS_NOTE.sub(lambda m: " " * len(m.group()), text)  # "(CORRECTS time ... to 1800 local from 1800 GMT)": the
        # editor's account of the change, whose old times are no news (the body tells the new ones)
    low = fold(text)
    scan = scan_copy(low)
    got = _read_tables(low, scan, tracked, text)
    if got is None:
        return []
    words, mentions, hits = got
    _CUTS.clear()  # per-item memo of clause cuts (never carried from one item to the next)
    doc = _Doc(item, text, low, tracked, mentions, scan, words, hits)
    cands = _candidates(doc, known_deadlines or {})
    return _resolve(doc, cands)


#: A wire editor's note on what a corrected item changes (one level of brackets inside):
#: "(CORRECTS time ceasefire takes effect to 1800 local (1700 GMT) Friday from 1800 GMT)".
_EDITORS_NOTE = re.compile(r"\((?:CORRECT|Correct)(?:S|s|ED|ed|ING|ing)\b[^()]*(?:\([^()]*\)[^()]*)*\)")
#: A wire service's flash tag anywhere in the item, in capitals: "URGENT:", "- URGENT -", "FLASH -".
_FLASH_TAG = re.compile(r"\b(?:URGENT|FLASH|BULLETIN)\b\s*[-:\u2013\u2014]")
#: A wire service's slug before a headline ("UPDATE 2-", "REFILE-", "EXCLUSIVE-"): it glues
#: itself to the first word, which then names nothing.
_WIRE_SLUG = re.compile(r"(?:(?:UPDATE|WRAPUP|REFILE|CORRECTED|RPT|URGENT|BREAKING|EXCLUSIVE)(?:\s*\d+)?\s*-\s*)+")


def _read_tables(low: str, scan: bytes, tracked: Sequence[TruceSpec], text: str | None = None,
                 ) -> tuple[list[tuple[int, int]], list[tuple[int, int, int]], _Hits] | None:
    """(truce words, tracked mentions, the other tables' hits) of an item, or None when it
    has no truce word or names no tracked truce. The same either way; only the passes
    differ: an item saying "truce" or "cease" is most likely a truce report, read in one
    pass; others (a "regime", a "window") first by the truce vocabulary alone, which
    usually ends the reading."""
    hits: _Hits | None = None
    if "truce" in low or "cease" in low:
        (found, cues, attacks), time_starts = _SCANNER_ALL.find(low, scan)
        words = [(a, b) for a, b, _ in found]
        hits = _Hits(cues, attacks, time_starts)
    else:
        words = truce_spans(low, scan)
    matcher = matcher_for(tracked)
    # (no truce word, but a deal between two parties a tracked name gives: "the arrangement
    # between Lebanon and Israel ... will continue to be in effect until February 18")
    between = not words and " between " in low and _DEAL_NOUN_BETWEEN.search(low) is not None
    if not words and not between and not matcher.names_a_deal(low, scan):
        return None
    mentions = matcher.find(low, scan, text)
    if not mentions or not words and not between and not any(_TRUCE_NAME.search(low, a, b) for a, b, _ in mentions):
        return None  # (no truce word, but a tracked name that is one: "the Aceh peace deal collapsed")
    if hits is None:
        (cues, attacks), time_starts = _SCANNER.find(low, scan)
        hits = _Hits(cues, attacks, time_starts)
    return words, mentions, hits


# ---------------------------------------------------------------- step 1: which truce


def _names_truce(low: str, m: tuple[int, int, int]) -> bool:
    """Mention ``m`` names a truce itself ("the government's ceasefire", "Taliban truce"),
    not a bare party or place."""
    return _TRUCE_NAME.search(low, m[0], m[1]) is not None or _TRUCE_AFTER.match(low, m[1]) is not None


def _owner(low: str, ments: list[tuple[int, int, int]], m: tuple[int, int, int]) -> tuple[int, int, int]:
    """Mention ``m`` read as its owner's truce when a possessive binds it to a party named
    just before: in "Taliban say their Eid truce ends Sunday" and "the Taliban's three-day Eid
    ceasefire ended", "Eid" is the Taliban's truce even when "Eid ceasefire" names another
    tracked truce too."""
    said = _SAID_THEIR.search(low, max(0, m[0] - 50), m[0])
    if said is None:
        return m
    party = next((p for p in ments if -2 <= said.start() - p[1] <= 1), None)  # (a name may hold its "'s")
    return m if party is None else (m[0], m[1], party[2])


#: A possessive right before a mention, after its owner: "taliban say their ", "taliban's three-day ".
_SAID_THEIR = re.compile(r"(?:'s?|\s(?:say|says|said|insist|insists|insisted)\s+(?:that\s+)?(?:its|their))\s+(?:[\w'-]+\s+){0,2}$")


#: A relative clause opening after the cue: a truce named there is another one ("the truce is
#: extended until April 30, when a 'permanent and irrevocable' ceasefire is due to take effect").
_RELATIVE_AFTER = re.compile(r",\s+(?:when|where|which|whereupon)\b")
#: Before a party's name: the truce is made with that party ("its ceasefire with the Taliban",
#: "its unilateral halt to offensive operations against the Taliban").
_WITH_PARTY = re.compile(r"\b(?:truce|ceasefire|cease-fire|pause|armistice)\s+with\s+(?:the\s+)?$|"
                         r"\b(?:halt|pause|suspension)\s+(?:to|of|in)\s+(?:[\w'-]+\s+){0,2}?(?:operations|attacks|strikes|offensive)\s+against\s+(?:the\s+)?$")


def _truce_at(doc: _Doc, i: int, pos: int) -> int:
    """The truce a cue at ``pos`` in sentence ``i`` is about: the nearest mention, preferring
    one before the cue; the sentence's topic when it names none."""
    ments = doc.ments[i]
    if len(doc.specs) > 1 and " whose " in doc.sents[i].low and (owner := _whose_own(doc, i, pos)) is not None:
        return owner  # "its ceasefire with the Taliban, whose own three-day truce is due to end": the Taliban's
    if not ments:
        if len(doc.specs) > 1 and ((t := _noun_owner(doc, i, pos)) is not None or (t := _subject_owner(doc, i, pos)) is not None):
            return t
        return doc.topic[i]
    if len(doc.specs) > 1:
        low = doc.sents[i].low
        if (dated := _date_owner(doc, i, pos)) is not None:
            return dated  # "agreed to a humanitarian truce starting ... on October 18", the "October 18 truce" tracked
        ground = _ground_after(doc, i, pos)
        if ground is not None and not any(pos < m[0] <= pos + 30 and m[2] != ground and _names_truce(low, m) for m in doc.ments[i]):
            return ground  # "agreed to stop fighting along the Nagorno-Karabakh line of contact": the ground named
            # (but not past a truce the object names: "announces unilateral ceasefire in South Ossetia")
        # a mention naming a truce ("the government's ceasefire") over a bare party or place
        # ("... ceasefire with the Taliban", when the Taliban's own truce is tracked too)
        ments = doc.owned(i)
        nxt = _OBJECT_END.search(low, pos)
        if nxt is not None and all(m[0] >= nxt.start() for m in ments if _names_truce(low, m)) and (t := _noun_owner(doc, i, pos)) is not None \
                and not any(m[2] == t for m in ments if m[0] >= nxt.start()):
            return t  # "agreed to a ceasefire starting at noon on Friday, and to negotiate a four-month cessation of
            # hostilities": the object's own noun, the "Christmas ceasefire" tracked beside the "cessation of hostilities"
            # (not the truce named past the object's end: "..., in response to the unilateral ceasefire")
        if nxt is not None:
            # not the next clause's: "...hours after it began; Houthis silent", "would be extended,
            # and asked the insurgents to prolong their own three-day Eid truce"
            ments = [m for m in ments if m[0] < nxt.start()] or ments
        cut = _last_cut(_CLAUSE_BACK, low, 0, pos, -1)
        if cut >= 0:
            # the cue's own clause first: "The Gaza truce ... held on Monday, while in Sudan the
            # army and the RSF signed a seven-day ceasefire"
            speaker = _SAID_THEY.match(low, cut)
            ments = [m for m in ments if (m[0] >= cut or speaker and 0 <= cut - m[1] <= 30 and low[m[1]:cut].endswith("said"))
                     and not _WITH_PARTY.search(low, max(0, m[0] - 60), m[0])] or ments
            # (a speaker reporting its own act is the cue's subject: "Tigrayan authorities said
            # they would respect a cessation of hostilities effective immediately")
        if not any(_names_truce(low, m) for m in ments) and (t := _modifier_owner(doc, i, pos)) is not None:
            return t  # "The ELN announced a unilateral ceasefire", with the "ELN unilateral ceasefire" tracked beside the ELN's bilateral one
        named = [m for m in ments if _names_truce(low, m)
                 or 0 <= pos - m[1] <= 2 and not _SAYS_THAT.match(low, pos)]
        # the cue's subject ("Ghani extends Afghan ceasefire, Taliban truce ..."), but not a speaker
        # telling of a truce: "Bernadotte announced tonight that the new truce will take effect"
        ments = named or ments
        # "the government was extending its ceasefire with the Taliban": the party the truce is
        # made with is not the truce (the Taliban's own is another)
        not_party = [m for m in ments if not _WITH_PARTY.search(low, max(0, m[0] - 60), m[0])]
        if not not_party:
            if (t := _subject_owner(doc, i, pos)) is not None and all(t != m[2] for m in ments):
                return t  # "Nepal's new government declares ceasefire with Maoists": the subject's own truce
            if _SEPARATELY.match(low) and len({u for _, _, u in ments}) == 1:
                return ments[0][2]  # "Separately, ... the ceasefire with the Estado Mayor Central dissidents would also be
                # prolonged": another truce than the last sentence's, the one named by that party
            return doc.topic[i - 1] if i > 0 else doc.topic[i]  # (this sentence's topic is that party)
        ments = not_party
    if i > 0 and ments[0][0] > pos and (_CLAUSE_BACK.search(doc.sents[i].low, pos, ments[0][0])
                                        or _RELATIVE_AFTER.search(doc.sents[i].low, pos, ments[0][0])):
        if len(doc.specs) > 1 and (t := _subject_owner(doc, i, pos)) is not None:
            return t  # "Syria, meanwhile, announced that it had accepted the cease-fire", Syria's own
        return doc.topic[i - 1]  # "said the truce would run to April 22, but warned that resistance groups ..."
    best, bestd = ments[0][2], None
    for a, b, t in ments:
        d = pos - b if b <= pos else (a - pos) * 2
        d = max(d, 0)
        if bestd is None or d < bestd:
            best, bestd = t, d
    return best


#: A cue that reports a clause: "announced tonight that", "said on Sunday that".
_SAYS_THAT = re.compile(r"[a-z]+(?:\s+[a-z]+){0,2}?\s+that\s")


#: A sentence that opens on another story than the one before: "Separately, ...".
_SEPARATELY = re.compile(r"(?:separately|in\s+a\s+separate\s+\w+|in\s+separate\s+\w+)\b")


#: After "said": the speaker goes on as the subject ("said they would", "said it had").
_SAID_THEY = re.compile(r"\s+(?:that\s+)?(?:they|it|he|she|we)\s+")


def _date_owner(doc: _Doc, i: int, pos: int) -> int | None:
    """The one tracked truce whose names hold the day-and-month told nearest the cue at ``pos``
    (within a clause's reach): tracking the "October 10 truce" and the "October 18 truce", "a
    humanitarian truce starting at 00:00 on October 18" is the second."""
    named = _named_days(doc.folded_names())
    if sum(bool(days) for days in named) < 2:
        return None
    low = doc.sents[i].low
    near = [(abs(m.start() - pos), _day_month(m)) for m in _DAY_MONTH.finditer(low, max(0, pos - 60), pos + 90)]
    if not near and doc.pub is not None and all(len(_name_holders(doc, low[a:b])) > 1 for a, b, _ in doc.ments[i]):
        # no day written, and the sentence names no truce of its own ("Turkey declared a cease-fire
        # on Cyprus", both tracked names holding "Cyprus"): the day a time phrase of the cue's
        # clause falls on ("effective at 6 p.m. local time today", read on 16 August, with the
        # "cease-fire of 16 August" tracked)
        near = [(abs(p.start - pos), _month_day(_day_instant(p), doc.tz(0)))
                for p in doc.phrases(i, 0) if p.instant is not None and pos - 60 <= p.start <= pos + 90]
    if not near:
        return None
    day = min(near)[1]
    owners = [t for t, days in enumerate(named) if day in days]
    return owners[0] if len(owners) == 1 else None


@lru_cache(maxsize=64)
def _named_days(names: tuple[tuple[str, ...], ...]) -> tuple[frozenset[tuple[str, int]], ...]:
    """Each tracked truce's (month, day) pairs held by its folded names; read once per tracked set."""
    return tuple(frozenset(_day_month(m) for n in ns for m in _DAY_MONTH.finditer(n)) for ns in names)


_MONTHS_RE = "|".join(MONTH_NAMES)
#: A day and its month, either way round: "18 October", "October 18".
_DAY_MONTH = re.compile(rf"\b(?:(\d{{1,2}})\s+({_MONTHS_RE})|({_MONTHS_RE})\s+(\d{{1,2}}))\b")


def _day_instant(p: Phrase) -> datetime:
    """An instant inside phrase ``p``'s own day: one at 24:00 belongs to the day it ends, a
    date-only start ("since Sunday") is 00:00 of its own day."""
    assert p.instant is not None
    return p.instant if p.role == "start" and not p.time_stated else p.instant - timedelta(seconds=1)


def _month_day(when: datetime, tz: tzinfo) -> tuple[str, int]:
    """(month, day) of an instant's local day in ``tz``, as ``_day_month`` gives them."""
    day = when.astimezone(tz)
    return (MONTH_NAMES[day.month - 1], day.day)


def _day_month(m: re.Match[str]) -> tuple[str, int]:
    """(month, day) of a ``_DAY_MONTH`` match."""
    return (m.group(2), int(m.group(1))) if m.group(1) else (m.group(3), int(m.group(4)))


def _noun_owner(doc: _Doc, i: int, pos: int) -> int | None:
    """The one tracked truce whose names use the truce noun, introduced with "a", that the cue at
    ``pos`` speaks of, in a sentence naming no tracked truce: "agreed a pause ... for the recovery
    of bodies", with a "body-recovery pause" and a "Moscow ceasefire" tracked, is the pause."""
    low = doc.sents[i].low
    near = [(abs(x - pos), y) for x, y in doc.truce_words[i] if abs(x - pos) <= 40 and _A_NEW.search(low, max(0, x - 40), x)]
    if not near:
        return None
    y = min(near)[1]
    noun = _LAST_WORD.search(low, max(0, y - 20), y)
    if noun is None:
        return None
    owners = _name_holders(doc, noun.group(1))
    return owners[0] if len(owners) == 1 else None


def _modifier_owner(doc: _Doc, i: int, pos: int) -> int | None:
    """The one tracked truce whose names hold a word modifying the truce noun the cue at ``pos``
    introduces ("announced a unilateral ceasefire"), when the sentence names the party alone."""
    low = doc.sents[i].low
    for x, _ in doc.truce_words[i]:
        if not pos <= x <= pos + 40:
            continue
        if (np := _A_NEW.search(low, max(0, x - 40), x)) is not None:
            words = low[np.start():x].split()[1:]
        elif x - pos <= 30:
            words = low[pos:x].split()[1:]  # a headline's, without the article: "ELN announces unilateral truce"
        else:
            return None
        owners = {u for w in words if len(w) > 3 for u in _name_holders(doc, w)}
        return owners.pop() if len(owners) == 1 else None
    return None


def _subject_owner(doc: _Doc, i: int, pos: int) -> int | None:
    """The one tracked truce whose names alone hold a word of the cue's subject (its clause
    before ``pos``), in a sentence naming no tracked truce: "the commanders of the Bosnian
    government army and the Bosnian Croat militia signed a ceasefire", with the "Muslim-Croat
    ceasefire" and the "Sarajevo ceasefire" tracked, is the first."""
    low = doc.sents[i].low
    lo = max(0, pos - 40)
    said = set(_NAME_WORD.findall(low, _last_cut(_CLAUSE_BACK, low, lo, pos, lo), pos))
    owners = [t for t, words in enumerate(_own_name_words(doc.folded_names())) if not said.isdisjoint(words)]
    return owners[0] if len(owners) == 1 else None


_NAME_WORD = re.compile(r"[a-z]{4,}")
#: Words of tracked names that tell no party or ground: truce vocabulary, and a length's words
#: ("new 72-hour truce": "about an hour before the ceasefire began" names no party).
_NAME_FILLER = frozenset(("truce", "ceasefire", "cease", "fire", "pause", "cessation", "hostilities", "agreement", "accord",
                          "armistice", "humanitarian", "unilateral", "bilateral", "regime", "calm", "silence", "lull", "halt",
                          "hour", "hours", "week", "weeks", "month", "months", "year", "years", "three", "four", "five", "seven",
                          "eight", "nine", "twelve", "twenty", "thirty", "forty", "sixty", "seventy", "ninety"))


@lru_cache(maxsize=64)
def _own_name_words(names: tuple[tuple[str, ...], ...]) -> tuple[frozenset[str], ...]:
    """Per tracked truce, the words of its names and aliases that no other tracked truce's hold
    (truce vocabulary left out); read once per tracked set."""
    words = [frozenset(w for n in ns for w in _NAME_WORD.findall(n)) - _NAME_FILLER for ns in names]
    return tuple(w - frozenset().union(*(o for u, o in enumerate(words) if u != t)) for t, w in enumerate(words))


#: An indefinite article before a truce word: a truce introduced here, not the one last named
#: ("the truce takes effect" goes on with the sentence before's).
_A_NEW = re.compile(r"\ban?\s+(?:[\w'-]+\s+){0,2}$")


def _ground_after(doc: _Doc, i: int, pos: int) -> int | None:
    """The tracked truce whose ground the truce words right after the cue at ``pos`` name: "agreed
    to stop fighting along the Nagorno-Karabakh line of contact" (not the pair that agreed)."""
    low = doc.sents[i].low
    for x, y in doc.truce_words[i]:
        if pos <= x <= pos + 40:
            m = _ALONG.match(low, y)
            if m is not None:
                return next((u for a, _, u in doc.ments[i] if a == m.end()), None)
    return None


#: Right after truce words: the ground they hold on ("along the line of contact", "in northern Shan").
_ALONG = re.compile(r"\s+(?:along|across|in)\s+(?:the\s+)?(?:northern\s+|southern\s+|eastern\s+|western\s+)?")
def _whose_own(doc: _Doc, i: int, pos: int) -> int | None:
    """The tracked truce of the party before "whose own truce" ends right before ``pos``: a
    mention there, or a word of a tracked truce's name ("The Taliban, whose own three-day truce
    ends on Sunday", the "Taliban Eid ceasefire" tracked)."""
    low = doc.sents[i].low
    own = _WHOSE_OWN.search(low, max(0, pos - 70), pos)
    if own is None:
        return None
    owner = next((m[2] for m in doc.ments[i] if 0 <= own.start() - m[1] <= 2), None)
    if owner is None and (word := _LAST_WORD.search(low, 0, own.start())) is not None:
        owner = _owner_tracked(doc, word.group(1))
    return owner


_LAST_WORD = re.compile(r"([\w'-]+)\s*$")
#: Before a cue: a truce owned by the name right before "whose" ("the Taliban, whose own truce is";
#: the truce's own words may run on: "whose own three-day truce for the Eid al-Fitr holiday ends on Sunday").
_WHOSE_OWN = re.compile(r",?\s*whose\s+own\s+(?:[\w'-]+\s+){0,3}?(?:truce|ceasefire|cease-fire|pause)\s+(?:[\w'-]+\s+){0,7}$")


# ---------------------------------------------------------------- step 2: which event

_CLAUSE_BACK = fast_compile(r";|:(?!\d)|\bsaid\b|\bsays\b|\bbut\b|\bwhile\b|\bwhereas\b|\baccording\b")
_OBJECT_END = fast_compile(r";|(?<!\b[a-z])\.|:(?!\d)|,\s+(?:said|says|according|the\s+\w+\s+said)|\bsaid\b|\bsays\b|\bbut\b|,\s+and\s+(?:called|urged|asked|appealed|warned|pledged|proposed|demanded)\b|"
                           r",\s+and\s+to\s+[a-z]|"
                           r",\s+(?:(?:days|weeks|months|hours|a\s+day|a\s+week|shortly|soon|just)\s+)?(?:after|before|in\s+response\s+to|in\s+reply\s+to)\s+"
                           r"(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire|pause)\b")
_SHARED_SUBJECT = re.compile(r"\b(?:but|and|yet)\s+(?:(?:has|have|had|was|were|is|are)\s+)?(?:(?:now|since|later|then|also|again|just|already)\s+)?(?:been\s+)?$")
_SUBJECT_CUT = fast_compile(r";|:(?!\d)|\bsaid\b|\bsays\b|\baccording\b")
#: A passive with a subject of its own: a truce after the verb is no object of it ("the festive
#: mood was shattered in Nangarhar, where a bomber struck a gathering celebrating the truce");
#: "it was agreed"/"there was declared" keep their subject after the verb.
_BE_PASSIVE = re.compile(r"(?<!\bit )(?<!\bthere )\b(?:was|were|been|be|being|is|are)\s+(?:\w+\s+)?$")
_PASSIVE = fast_compile(r"\b(?:was|were|been|be|being|is|are|has|have|had)\s+(?:\w+\s+)?$")
_MODIFIER = re.compile(r"^(?:\s+(?:that|which|it|they|he|she|the|[\w'-]+)){0,4}\s*$")
_HEADLINE_SUBJECT = re.compile(r"(?:\s+(?:arrangement|agreement|accord|deal|pact|deadline))?\s*|\s+(?:in|for|on|along|across|over|with)\s+[\w' -]{1,40}?\s+")
_PARTICIPLE = re.compile(r"(?:ed|en|wn|ne|ung)$")
#: A coming truce as the time of something else, however long its subject: "aid agencies
#: prepared to reach the areas once the ceasefire signed in Lome by ... comes into force".
_ONCE = re.compile(r"\b(?:once|by\s+the\s+time)\s+(?:the\s+|a\s+|it\b)[^,;]{0,110}$")
#: Before an end cue: an end that bounds something still to be done ("urged fighters to keep
#: observing it until it ended", "will respect the truce until it expires").
_KEEP_UNTIL = re.compile(r"\b(?:to|will|would|should|must|shall)\s+(?:[\w'-]+\s+){1,4}until\s+(?:it|the\s+(?:[\w'-]+\s+)?(?:truce|ceasefire|cease-fire|pause))\s+$")
_TEMPORAL = re.compile(r"\b(?:before|after|until|till|ahead\s+of|once|when|by\s+the\s+time)\s+(?:the\s+|a\s+|it\b)?[^,;]{0,40}$")
_INVERTED = re.compile(r",\s+(?:[\w'.-]+\s+){1,5}$")
#: Right after a declaration cue, its object is an extension: "accepted a three-day extension",
#: "agreed on Saturday to extend".
_EXTENSION_OBJECT = re.compile(r"\s+(?:to\s+|on\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:extension|prolongation|renewal)\b|"
                               r"\s+(?:\w+\s+)?to\s+(?:extend|prolong|renew|lengthen)\b|"
                               r"\s+(?:on\s+\w+\s+)?that\s+(?:[\w'-]+\s+){1,3}(?:would|will)\s+(?:extend|prolong|renew)\b")
#: Between a declaration cue and its truce: the truce is what something calls for.
_CALL_FOR = re.compile(r"\b(?:which|that)\s+(?:calls?|called|demands?|urges?|proposes?|seeks?)\b|\b(?:calling|demanding|urging|proposing)\s+(?:for\s+)?(?:an?|the)\b")


def _call_before_truce(doc: _Doc, i: int, b: int) -> bool:
    """The first truce reference after a cue ending at ``b`` sits in a call or proposal
    ("accepted the resolution, which calls for a ceasefire")."""
    refs = _truce_refs(doc, i, b, min(len(doc.sents[i].low), b + 150))
    return bool(refs) and _CALL_FOR.search(doc.sents[i].low, b, refs[0][0]) is not None


#: After a declaration cue, an object that is the truce's end, news read by its own ending
#: cue: "a decree announcing the end of its commitment to the ceasefire", "declared the
#: truce over", "announced on Wednesday that they were ending a seven-month ceasefire",
#: "announced an end to the truce", "announced that its ceasefire was over", "announced
#: that their ceasefire, declared in September, would end at midnight", "announced that they
#: would not extend the truce".
_END_OBJECT = re.compile(
    r"\s+(?:an?\s+(?:decree|statement|order|letter)\s+(?:on\s+\w+\s+)?(?:announcing|declaring|ordering|proclaiming)\s+)?"
    r"(?:in\s+an?\s+(?:[\w-]+\s+){0,2}?(?:statement|speech|address|broadcast|decree|letter)\s+(?:to\s+(?:the\s+)?(?:[\w'-]+\s+){1,3}?)?)?(?:(?:late\s+|early\s+)?on\s+\w+\s+(?:(?:morning|afternoon|evening|night)\s+)?)?(?:that\s+)?[\"']?"
    r"(?:(?:the|its|their)\s+)?(?:(?:end|collapse|suspension|termination|breakdown|expiry|failure)\s+of\b|"
    r"(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire|pause|accord|agreement|deal|pact|armistice|regime\s+of\s+(?:calm|silence)|lull|cessation\s+of\s+hostilities)"
    r"(?:\s+(?:in|on|along|with|for)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)?(?:\s+and\s+the\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)?"
    r"(?:,\s+(?:which|that)\b[^,;.]{1,80},)?(?:\s+(?:brokered|agreed|signed)\s+by\s+[^,;.]{1,60}?)?\s+(?:(?:was|is|had\s+been|has\s+been|had|has)\s+)?"
    r"(?:" + K.OVER_NOW + r"|dead|void|null(?:\s+and\s+void)?|defunct|ended|finished|terminated|suspended|come\s+to\s+an\s+end|"
    r"lost\s+(?:its|their)\s+relevance|no\s+longer\s+(?:valid|in\s+force|in\s+effect|binding))\b|"
    r"(?:it|they|he|she|we|the\s+[\w-]+)\s+(?:would|will)\s+end\b|"
    r"(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire|pause)(?:\s+(?:in|on|along|with|for)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)?(?:,[^,;.]{1,80},)?\s+"
    r"(?:(?:would|will)\s+(?:end|expire|lapse|run\s+out|not\s+be\s+(?:extended|renewed|prolonged))|ends|expires|lapses|runs\s+out)\b|"
    r"(?:it|they|he|she|we|the\s+[\w-]+)\s+(?:would|will)\s+not\s+(?:extend|renew|prolong)\b|"
    r"(?:it|they|he|she|we|the\s+[\w-]+)\s+(?:had|has|have)\s+(?:revoked|ended|terminated|scrapped|suspended|cancell?ed|lifted|abrogated|called\s+off)\b|"
    r"(?:(?:it|they|he|she|we|the\s+[\w-]+)\s+(?:was|were|is|are|would\s+be|will\s+be|had\s+been)\s+)?"
    r"(?:ending|suspending|scrapping|abandoning|terminating|revoking|withdrawing\s+from|pulling\s+out\s+of|calling\s+off)\b|"
    r"an?\s+(?:[\w-]+\s+)?end\s+to\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'-]+\s+){0,3}"
    r"(?:" + K.COMMITMENT_TO + r")?(?:[\w'-]+\s+){0,2}(?:truce|ceasefire|cease-fire|pause|cessation)\b)")
#: A start dated by another event, right after its cue: "took effect the following day".
_DAY_AFTER_THAT = re.compile(r"(?:\s+(?:into|in)\s+(?:force|effect))?\s+(?:on\s+)?(?:the\s+(?:following|next)\s+(?:day|morning|evening|night)|"
                             r"a\s+day\s+later|the\s+day\s+after)\b")
_PAST_FORM = re.compile(r"(?:took|came|went|began|started|commenced|entered|fell|collapsed|broke)\b")
_IT = fast_compile(r"\b(?:it|its|them)\b")
#: The truce as a cue's object pronoun ("extended it"); "announced it was halting the entry
#: of goods" opens a clause whose subject is a party, not the truce.
_IT_OBJECT = re.compile(r"(?:it|them)\b(?!\s+(?:was|is|would|will|had|has|could|should|might|did|does)\b)")
_PAREN_REPORT = re.compile(r",\s+(?:[\w'.-]+\s+){1,6}(?:said|says|announced|told\s+\w+)(?:\s+(?:late\s+|early\s+)?on\s+\w+|\s+\w+day)?\s*,")


def _comma_before(low: str, lo: int, at: int) -> int:
    c = low.rfind(",", lo, at)
    return c if c >= 0 else at


_RELATIVE = re.compile(r",?\s*\b(?:which|that|who)\b")
#: A following sentence that continues about the same truce by an anaphoric noun phrase:
#: "The first phase of the agreement is to last 42 days", "It will run until ...".
_ANAPHOR = re.compile(r"^(?:[^;:.]{0,60}?\b(?:said|says|added|stated)\s+(?:that\s+)?)?"
                      r"(?:the|its|this|that)\s+(?:[\"']?[\w-]+\s+){0,4}[\"']?(?:agreement|deal|accord|arrangement|phase|understanding|cessation|suspension|halt|corridor|window)\b|^(?:it|this)\s|"
                      r"^(?:the|its)\s+new\s+(?:deadline|end|expiry)\b|^[^;:.]{0,40}?\b(?:put|set|gave|fixed|named)\s+the\s+dates\b")
#: Reporting verbs that backshift "will" to "would" ("said the truce would begin at 2 a.m.").
_REPORTING = re.compile(r"\b(?:said|says|saying|to\s+say|told\s+[\w'-]+(?:\s+[\w'-]+)?|announced|added|stated|confirmed|declared|reported)\b(?:\s+(?:that|on\s+\w+|late\s+on\s+\w+|\w+day))?")
#: A start a day or more before the cue's news: "a day after the truce took effect".
_BEFORE_IT = re.compile(r"\b(?:before|ahead\s+of|eve\s+of)\b[^,;]*$")
_PREVIEW = re.compile(r"\b(?:is|are|was|were)\s+(?:due|set|scheduled|expected)\s+to\s+$")
_FOLLOWED = re.compile(r"\b(?:followed|follows|came\s+after|comes\s+after)\s+(?:an?|the)\s+(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire|pause|halt)\s+(?:[\w'-]+\s+)?$")
_ONE_SIDE = re.compile(r"\b(?:his|her|its|their)\s+(?:country|government|nation|side)\s+(?:had\s+|has\s+)?$")
_ACCUSED_AFTER = re.compile(r"\baccus(?:ed|es|ing)\b[^;:]*\bafter\s+(?:the|a|an|its)\s+(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire)\s+$")
_DAYS_AFTER = re.compile(
    r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty(?:-[a-z]+)?|several|few|\d+)\s+"
    r"(?:days?|weeks?|months?|years?)\s+(?:after|since)\s+(?:[\w'(),-]+\s+){0,30}$")


#: Right after a past declaration's truce object: its time told only from another event
#: ("announced their own truce two days after Ghani's offer"), which is how history is told
#: (not a headline's present: "Loyalists announce ceasefire, six weeks after the IRA").
_DATED_BY_EVENT = re.compile(
    r"(?:\s+[\w'-]+){0,4}?,?\s+(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+"
    r"(?:days?|weeks?|months?)\s+(?:after|before)\s+(?!(?:it|the\s+(?:deadline|start))\b)")


class _Cuts:
    """The matches of one pattern in one sentence, in text order, read only as far as a
    caller asks (most sentences hold one cue: the text after it is never scanned)."""

    __slots__ = ("spans", "_rest")

    def __init__(self, pat: re.Pattern[str], low: str) -> None:
        self.spans: list[tuple[int, int]] = []
        self._rest: Iterator[re.Match[str]] | None = pat.finditer(low)

    def upto(self, hi: int) -> list[tuple[int, int]]:
        """The matches read so far, having read every one that starts before ``hi``."""
        spans = self.spans
        while self._rest is not None and (not spans or spans[-1][0] < hi):
            m = next(self._rest, None)
            if m is None:
                self._rest = None
            else:
                spans.append((m.start(), m.end()))
        return spans


_CUTS: dict[tuple[int, str], _Cuts] = {}


def _last_cut(pat: re.Pattern[str], low: str, lo: int, hi: int, default: int) -> int:
    """End of the last ``pat`` match lying in ``low[lo:hi]`` (``default`` when none). The
    matches of a sentence are found once and kept (cues of one sentence ask many times)."""
    key = (id(pat), low)
    got = _CUTS.get(key)
    if got is None:
        got = _CUTS[key] = _Cuts(pat, low)
    best = default
    for x, y in got.upto(hi):
        if x >= hi:
            break
        if x >= lo and y <= hi:
            best = y
    return best


#: From a sentence-opening truce to its verb: a long participle or relative aside between
#: commas, then the verb ("A local ceasefire around the plant, agreed so engineers can repair
#: power lines that supply water to 345,000 people, has been prolonged").
_LONG_ASIDE = re.compile(r",\s+(?:agreed|brokered|reached|signed|announced|declared|arranged|negotiated|designed|meant|intended|which|that)\b"
                         r"[^;:,]*(?:,[^;:,]*)?,\s+(?:(?:has|have|had|was|were|is|are|will)\s+)?(?:been\s+|be\s+)?$")


def _subject_before_long_aside(doc: _Doc, i: int, a: int) -> bool:
    """The sentence opens with a truce, the subject of the cue at ``a`` beyond a long aside."""
    low = doc.sents[i].low
    first = low.find(",")
    if not 0 < first < a or not _truce_refs(doc, i, 0, first):
        return False
    if _LONG_ASIDE.match(low, first, a) is None:
        return False
    # a relative aside whose pronoun is the subject of what was said keeps its "said" ("The
    # pause, which the military said was already in effect, will run from 08:00"); any other
    # aside with one is a new clause
    return _SAID_OF_IT.match(low, first) is not None or _last_cut(_CLAUSE_BACK, low, first, a, -1) < 0


_SAID_OF_IT = re.compile(r",\s+(?:which|that)\s+(?:[\w'-]+\s+){1,3}(?:said|says)\s+(?:was|is|had|has|would|will)\b")


def _truce_refs(doc: _Doc, i: int, a: int, b: int) -> list[tuple[int, int]]:
    """Spans of truce references (truce words, tracked names) in sentence ``i``'s [a, b)."""
    low = doc.sents[i].low
    out = [(x, y) for x, y in doc.truce_words[i] if x >= a and y <= b]
    out += [(x, y) for x, y, _ in doc.ments[i] if x >= a and y <= b and _TRUCE_NAME.search(low, x, y)]
    out += [(d.start(), y) for x, y, _ in doc.ments[i] if x >= a and y <= b and " between " in low
            and (d := _DEAL_BETWEEN.search(low, max(a, x - 40), x)) is not None]
    return sorted(out)


def _deal_refs(doc: _Doc, i: int, a: int, b: int) -> list[tuple[int, int]]:
    """Spans of "the accord" (or agreement, pact) in sentence ``i``'s [a, b) when a tracked
    truce's name ends in that noun: an end told of it is the truce's ("The accord, brokered by
    the Catholic community, has been shattered"; not its signing, which may be a wider deal's)."""
    low = doc.sents[i].low
    if not ("accord" in low or "agreement" in low or "pact" in low) or not (held := doc.names_holding(_DEAL_HEADS)):
        return []
    return [m.span(1) for m in _THE_DEAL.finditer(low, a, b) if m.group(1) in held]


#: Deal nouns a tracked truce's name can end in ("Sant'Egidio accord"): then "the accord"
#: alone speaks of it ("The accord, brokered by the Catholic community, has been shattered").
_DEAL_HEADS = frozenset({"accord", "agreement", "pact"})
_THE_DEAL = re.compile(r"\bthe\s+(accord|agreement|pact)\b")


#: A deal between the parties a tracked name gives: "the arrangement between Lebanon and Israel"
#: (anywhere in an item; right before a mention).
_DEAL_NOUN = r"\b(?:arrangement|agreement|deal|accord|understanding)\s+between\s"
_DEAL_NOUN_BETWEEN = re.compile(_DEAL_NOUN)
_DEAL_BETWEEN = re.compile(_DEAL_NOUN + r"+(?:the\s+)?$")


#: A tracked name that names the truce itself ("Khartoum Declaration", "six-point plan"),
#: unlike a place name ("Gaza"), can stand as the subject or object of a cue.
_TRUCE_NAME = re.compile(r"truce|cease|cessation|armistice|regime|halt\b|" + NAME_NOUNS)
#: Right after a party's name, the truce word that makes it a truce's name: "Taliban truce",
#: "the ELN's own three-day truce" name the party's truce as surely as a tracked alias does.
#: Words between need the possessive: "Ghani prolongs Afghan ceasefire" names no Ghani truce.
_TRUCE_AFTER = re.compile(r"(?:(?:(?<=')|(?<='s)|'s?)\s+(?:[\w-]+\s+){0,2}?|\s+)(?:truce|cease[\s-]?fire|cessation\s+of\s+hostilities|armistice)\b")


#: The truce word heads its noun phrase, the rest a prepositional phrase: "the pause in
#: Turkey's offensive in northeastern Syria is due to expire" (the pause expires).
_HEAD_THEN_PP = re.compile(r"^\s+(?:in|on|along|across|around|between|against|over|for)\s+[^,;:()]{0,120}?\s(?:is|was|are|were|has|have|had|will|would)?\s*$")


#: Right before a start or end cue, a time as its subject: "as Sunday began", "when the new year began".
_TIME_SUBJECT = re.compile(r"\b(?:as|when|after|before|until)\s+(?:the\s+)?(?:new\s+)?(?:" + K.WEEKDAY + r"|day|night|morning|evening|week|month|year|holiday|festival)\s+$")
#: The truce word, then how it came about, up to the cue: "the ceasefire (the ELN) declared for
#: Sunday's elections ended" (the ceasefire ended, not the elections).
_ORIGIN_THEN_PP = re.compile(r"\s+(?:[\w'-]+\s+){0,3}?(?:declared|agreed|announced|brokered|signed|ordered|called|proclaimed|reached|negotiated)\s+"
                             r"(?:for|by|in|on|at|with|over|during|around|ahead\s+of)\s+[^,;:()]{0,80}?\s(?:(?:has|had|was|is)\s+)?")


#: "the truce in south Lebanon, which ends tonight": after a truce's place, "which" is the truce.
_PP_WORD = r"(?!(?:during|until|before|after|since|of|month|week|year)\b)[\w'-]+"
_PP_THEN_WHICH = re.compile(
    rf"\s+(?:in|on|along|across|over|for|with|between)\s+(?:the\s+)?(?:{_PP_WORD}\s+){{0,2}}{_PP_WORD}"
    r"(?<!holiday)(?<!holidays)(?<!festival)(?<!weekend)(?<!season)(?<!period)(?<!month)(?<!week),\s+(?:which|that)\s+(?:\w+\s+)?$")
#: (a time after the truce is the relative's antecedent: "a truce over the Eid holiday, which
#: starts on Sunday" tells when the holiday starts)


def _about_truce(doc: _Doc, i: int, a: int, b: int, cue: K.Cue) -> bool:
    """The cue's subject or object is a truce (see ``Cue.voice``)."""
    low = doc.sents[i].low
    if cue.voice == "any":
        return doc.tw(i) or bool(doc.ments[i]) or bool(_IT.search(low, b, b + 12)) or _it_opens(doc, i, a)
    back = max(0, a - 160)
    back = _last_cut(_CLAUSE_BACK, low, back, a, back)
    before = _truce_refs(doc, i, back, a)
    if not before and cue.kind in ("collapsed", "expiring", "expired"):
        before = _deal_refs(doc, i, back, a)
    if cue.voice == "subj":
        if not before:
            return _it_opens(doc, i, a) or back > 0 and _subject_before_long_aside(doc, i, a)
        if _TIME_SUBJECT.search(low, max(0, a - 30), a):
            return False  # "ended as Sunday began": the day began
        gap = low[before[-1][1]: a]
        if (conj := _CONJ_SUBJECT.search(low, before[-1][1], a)) is not None and not _truce_refs(doc, i, conj.start(1), a):
            return False  # a later clause's own subject: "the truce was shattered as the invasion began"
        if K.NOT_TRUCE_SUBJECT.search(gap) is not None and not _HEAD_THEN_PP.match(_PARTICIPLE_ASIDE.sub(" ", gap)) \
                and not _ORIGIN_THEN_PP.fullmatch(gap) and (
                "," not in gap or K.NOT_TRUCE_SUBJECT.search(_ASIDE.sub(" ", gap)) is not None):
            return False  # (not a word of a relative aside: "the accord, which ended 16 years of civil war, was over")
        if (part := _PART_OF.search(low, max(0, before[-1][0] - 40), before[-1][0])) is not None \
                and not any(x <= part.start() < y for x, y, _ in doc.ments[i]):
            return False  # "The first, 42-day phase of the ceasefire ended": the phase did (unless the
            # team tracks the phase by name: "first phase" an alias)
        if (head := _HEAD_BEFORE_TRUCE.search(low, max(0, before[-1][0] - 110), before[-1][0])) is not None \
                and "," not in low[head.start():a] and not K.CLAUSE_CUT.search(low, before[-1][1], a):
            return False  # "Talks on extending the truce collapsed", "a prisoner swap under the truce fell apart": the head noun did
        # "X, which begins ...": the relative pronoun's antecedent must be the truce itself,
        # unless the relative clause has its own verb and the cue is the main verb after it
        # ("the moratorium on strikes that Putin agreed to in March has expired")
        if "that it" in gap and _IT_AFTER_SEMI.search(gap):
            return True  # "a ceasefire had been agreed, and that it had been in force since 20:00"
        rel = _RELATIVE.search(gap)
        return rel is None or rel.start() <= 2 or K.CLOSED_RELATIVE.search(gap, rel.end()) is not None \
            or _PP_THEN_WHICH.match(gap) is not None
    # "obj": the truce follows in the clause, or is the subject of a passive
    end = min(len(low), b + 150)
    if low.startswith(("announc", "declar", "confirm"), a) and _INVERTED.search(low, max(0, a - 50), a):
        end = min(end, low.find(",", b) % (len(low) + 1))  # "..., the military announced on Monday,"
    m = _OBJECT_END.search(low, b, end)
    while m:
        par = _PAREN_REPORT.match(low, _comma_before(low, b, m.start()))
        if par is None or par.end() <= m.start():
            end = m.start()
            break
        # ", Putin said late on Monday," inside the clause: read on past it
        m = _OBJECT_END.search(low, par.end(), end)
    if (low[a:b].split()[0].endswith("ing") or _BE_PASSIVE.search(low, max(0, a - 30), a) is None) and (
            _truce_refs(doc, i, b, end) or _IT_OBJECT.match(low, b + 1) is not None):
        return True
    if before and doc.is_title(i) and _HEADLINE_SUBJECT.fullmatch(low, before[-1][1], a) and \
            _PARTICIPLE.search(low[a:b].split()[0]):
        return True  # headline passive without its auxiliary: "Aleppo truce extended", "Truce in Aleppo extended"
    if before and _START_RIGHT_AFTER.match(low, b) and _OBJECT_RELATIVE.fullmatch(low, before[-1][1], a):
        return True  # "an eight-hour 'humanitarian pause' that the military declared from 6 a.m.": the relative's object
    if _PASSIVE.search(low, max(0, a - 30), a) is None:
        return False
    if not before and not low[a:b].split()[0].endswith("ing") and _it_opens(doc, i, a, passive=True):
        return True  # "It was extended on Tuesday until Friday", "The army said it was extended", after a sentence about the truce
    if not before and back > 0 and _subject_before_long_aside(doc, i, a):
        return True
    if before:
        # the passive's subject is in its own clause: not "sign truce as Grozny assault is called
        # off" (a relative aside between is no new clause: "the pause, which was due to lapse
        # on Tuesday, has been extended")
        gap = _ASIDE.sub(" ", low[before[-1][1]: a])
        if " between " in gap:
            gap = _BETWEEN_AND.sub("between ", gap)  # "a ceasefire between the factions and the SDF around Manbij has been extended"
        return K.CLAUSE_CUT.search(gap) is None and not (
            gap.startswith(",") and K.NOT_TRUCE_SUBJECT.match(gap.lstrip(", ")))  # "Six weeks into the truce, convoys ... have been scrapped"
    # "the truce was due to end at 7am but has been extended": the passive's subject is the
    # first verb's, across the "but"/"and" that cut the clause
    shared = _SHARED_SUBJECT.search(low, max(0, a - 40), a)
    if shared is None:
        return False
    lo = _last_cut(_SUBJECT_CUT, low, max(0, a - 130), shared.start(), max(0, a - 130))
    return bool(_truce_refs(doc, i, lo, shared.start()))


_ASIDE = re.compile(r",\s+(?:which|who|that)\b[^,;]*,")
#: "between A and B": the "and" joins the parties, it cuts no clause.
_BETWEEN_AND = re.compile(r"\bbetween\s+[^,;:.]{1,80}?\s+and\s+")
#: A participle's aside after a truce's prepositional phrase: "the 30-day moratorium on strikes
#: against energy infrastructure, agreed by Putin in a March 18 call with Trump, was over".
_PARTICIPLE_ASIDE = re.compile(r",\s+(?:agreed|signed|brokered|announced|declared|reached|ordered|negotiated)\b[^,;]*,(?=\s*(?:\S+\s*)?$)")
#: Between a truce and a cue: a relative clause whose object it is ("pause' that the military declared").
_OBJECT_RELATIVE = re.compile(r"[\"']?\s+(?:that|which)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+")


#: A sentence opening with "It" and its verb: "It collapsed within hours", "It was violated".
#: (A time may come first: "On Tuesday it was extended"; for a passive, a reporting clause too:
#: "The army said it was extended", where an active verb's "it" is the army: "said it was declaring".)
_IT_TIME = r"(?:(?:on\s+\w+day|late\s+on\s+\w+day|later|then|today|now),?\s+)?"
_IT_SAID = r"(?:(?:the\s+)?[\w'-]+\s+(?:said|says|announced|confirmed)\s+(?:on\s+\w+day\s+)?(?:that\s+)?)?"
_IT_VERB = r"it\s+(?:(?:has|had|was|is|have)\s+)?(?:(?:been|already|also|quickly|soon|later)\s+)?$"
_IT_OPENS = re.compile(_IT_TIME + _IT_VERB)
_IT_OPENS_PASSIVE = re.compile(_IT_TIME + _IT_SAID + _IT_VERB)
_IT_LEADS = re.compile(_IT_TIME + _IT_SAID + r"it\s")


def _it_opens(doc: _Doc, i: int, a: int, passive: bool = False) -> bool:
    """The cue at ``a`` is the verb of a sentence whose subject is "It", right after a
    sentence about a truce (the truce is what "it" refers to); or of a clause opening "it"
    after a semicolon or "and that", after a clause about a truce ("approved a ceasefire deal
    on Tuesday; it takes effect at 4 a.m. on Wednesday", "said a ceasefire had been agreed, and
    that it had been in force since 20:00")."""
    low = doc.sents[i].low
    if (";" in low or "and that it" in low) and (semi := _IT_AFTER_SEMI.search(low, max(0, a - 40), a)) is not None:
        return any(x < semi.start() for x, _ in doc.truce_words[i])
    opens = _IT_OPENS_PASSIVE if passive else _IT_OPENS  # (a passive's "it" may follow "X said": "said it was extended")
    return doc.follows_truce(i) and opens.fullmatch(low, 0, a) is not None and not doc.ments[i]


_IT_AFTER_SEMI = re.compile(r"(?:;|,?\s+and\s+that)\s+it\s+(?:(?:has|had|was|is|have)\s+)?(?:(?:been|already|also|quickly|soon|later|now)\s+)?$")


def _modifier(doc: _Doc, i: int, a: int, b: int) -> bool:
    """A past participle describing a truce named just before it, not a report:
    "the holiday ceasefire it declared", "the ceasefire declared between X and Y"."""
    low = doc.sents[i].low
    word = low[a:b].split()[0]
    if not _PARTICIPLE.search(word):
        return False
    refs = _truce_refs(doc, i, max(0, a - 50), a)
    if not refs:
        return False
    gap = low[refs[-1][1]: a]
    if "," in gap or _PASSIVE.search(low, max(0, a - 30), a):
        return False
    if doc.is_title(i) and _HEADLINE_PRED.match(low, b):
        return False  # headline passive: "Lebanon truce extended to February 18"
    return _MODIFIER.match(gap) is not None


#: After a participle in a headline: the predicate of an elided passive ("truce extended to ...").
_HEADLINE_PRED = re.compile(r"\s+(?:to|until|till|by|for|through|from|at|on|in|after|amid|as|again)\b|" + K.HEADLINE_END)


#: A sentence asking a yes-no question, or when or how long (a label may come first: "Explainer:
#: will the truce hold?"); not "why": "Why did the truce collapse?" tells that it did.
_QUESTION = re.compile(r"(?:[\w' -]{1,30}:\s+)?(?:(?:when|how\s+long)\s+)?(?:will|would|is|are|was|were|has|have|had|can|could|should|does|did|do|might|may|shall)\s")


#: A quotation of a word or two, closing where a clause cut was found: it cuts no clause.
_SHORT_QUOTE = re.compile(r"\"[\w'-]+(?:\s+[\w'-]+)?\"$")


def _hedged(kind: str, low: str, a: int, b: int) -> bool:
    """A hedge, proposal or negation governs the cue at ``low[a:b]``."""
    if "?" in low[b:] and (q := _QUESTION.match(low)) is not None and q.end() <= a and "?" not in low[:a]:
        return True  # a question asks, it tells nothing: "Will the truce be extended?", "Has the truce collapsed?"
    if kind != "violation" and "ly " in low[max(0, a - 60):a] and K.WRONGLY_REPORTED.search(low, max(0, a - 60), a):
        return True  # "An item sent on Monday wrongly said Egypt had extended the cease-fire": withdrawn (read across
        # the reporting verb, where the hedges' clause begins)
    table = "expiring" if kind == "expired" else kind
    pat = K.HEDGES.get(table)
    if pat is None:
        return False
    reach = K.HEDGE_REACH.get(table, 40)
    start = max(0, a - reach)
    start = _last_cut(K.CLAUSE_CUT, low, start, a, start)
    if start and low[start - 1] == '"' and (q := _SHORT_QUOTE.search(low, max(0, start - 40), start)) is not None:
        start = _last_cut(K.CLAUSE_CUT, low, max(0, a - reach), q.start(), max(0, a - reach))  # a word quoted: 'ready to sit down "immediately" to agree'
    if " that " in low:  # "not to renew the ceasefire that ran out": the hedge is the main verb's
        start = _last_cut(_TRUCE_THAT, low, start, a, start)
    # a cue starting with "to" ("to observe") belongs to the verb before it ("ready to")
    stop = a + 3 if low.startswith("to ", a) else a
    aside = _closed_aside(low, a) if "," in low[start:a] else None
    for m in pat.finditer(low, start, stop):
        if aside and m.start() < aside[1]:
            continue  # "The truce, which followed talks on a wider deal, collapsed": the aside's own words
        if table in ("expiring", "collapsed") and m.group(0) in ("not", "never") and " and " in low[m.end():a]:
            continue  # "was not renewed and lapsed at midnight": the negation is the first verb's
        if m.group(0) == "would" and (_backshift(low, start, m.start()) or _attributed_after(low, b)) \
                and not _SPEECH_ACT.match(low, a):
            continue  # reported speech: "said the truce would begin" is "will begin" (but "would declare" is still to come)
        if m.group(0).startswith(("talk", "negotiat", "discuss")) and _TALKS_AGREED.search(low, m.end(), stop):
            continue  # talks that ended "by agreeing to extend the ceasefire": the outcome, not the talking
        return True
    if kind in ("declared", "extended") and (K.HEDGE_AFTER.match(low, b) and not low.startswith("effective immediately", a)
                                            and not (low.startswith(("accept", "agree"), a) and _PROPOSAL_OBJECT.match(low, b)
                                                     and _BOTH_PARTIES.search(low, max(0, a - 80), a))
                                            or _AS_SOON_AS.search(low, max(0, a - 50), a)
                                            or _CALL_TO.search(low, max(0, a - 130), stop)
                                            or " and " in low[max(0, a - 130):a] and _CALL_TO_AND.search(low, max(0, a - 260), stop)
                                            or " no " in low and _NO_SIGN.search(low, max(0, a - 150), a)
                                            or " to " in low and _READY_AND_TO.search(low, max(0, a - 140), stop)
                                            or "without" in low and _WITHOUT_AGREEING.search(low, max(0, a - 130), stop)
                                            or " which " in low and (p := _PROPOSAL_WHICH.search(low, max(0, a - 130), a)) is not None
                                            and not _AGREED_PROPOSAL.search(low, max(0, p.start() - 40), p.start())
                                            or " that would " in low and _DEAL_IN_TALKS.search(low, max(0, a - 130), a)):
        return True  # (a condition: "would take effect as soon as the Houthis agreed to it"; a call; a proposal's terms)
    if kind != "violation" and (" deni" in low or " deny" in low or "reject" in low or "dismiss" in low or "refut" in low) \
            and _DENIED_CLAIM.search(low, max(0, a - 140), a):
        return True  # "dismissed media reports that the cessation of hostilities ... was due to end on 18 May"
    if kind != "violation" and "that " in low and _REPORTS_THAT.search(low, max(0, a - 110), a) and _CALLED_FALSE.match(low, b):
        return True  # "said reports that he had agreed to a pause were 'incorrect'"
    if kind == "collapsed" and _CONDITION_AFTER.match(low, b) or kind == "expired" and _IF_RIGHT_AFTER.match(low, b):
        return True  # a threat: "said they would end the truce if attacks continued", "the truce will end if ..."
    if kind == "violation" and "none" in low and _NONE_FOUND.search(low, max(0, a - 100), a):
        return True  # "none of the complaints had been confirmed as a breach"
    if kind == "violation" and " be " in low and _TO_BE_DEEMED.search(low, max(0, a - 40), a):
        return True  # "any movement of warships ... would be treated as a breach": a rule, no breach told
    if kind in ("declared", "extended") and "neither" in low and _NEITHER_NOR.search(low, max(0, a - 160), a):
        return True  # "neither the Krajina Serbs nor Abdic's forces signed it"
    if kind == "declared" and "short of" in low and _SHORT_OF_TRUCE.search(low, b):
        return True  # "signed a seven-point agreement ... but they stopped short of a formal ceasefire"
    if kind == "violation" and ("den" in low or "ject" in low or "dismiss" in low or "refut" in low) \
            and (_DENIED_REPORTS.search(low, max(0, a - 90), a) or _DENIED_THAT.search(low, max(0, a - 120), a)
                 or _DENIED_BEFORE.search(low, max(0, a - 30), a) and _CHARGE_AFTER.match(low, b)):
        return True  # "Army denies reports of LoC ceasefire violation in Poonch", "rejected accusations that it had breached"
    if kind == "violation" and ("neither" in low or "no one" in low or "nobody" in low) \
            and _NOBODY_ACCUSED.search(low, max(0, a - 140), a):
        return True  # "Neither Washington nor Muscat has accused the Houthis of breaking the deal"
    return False


#: After a deal's cue: the deal is no truce ("stopped short of a formal ceasefire").
_SHORT_OF_TRUCE = re.compile(r"\b(?:stopped|stops|stop|fell|falls|fall)\s+short\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}"
                             r"(?:truce|ceasefire|cease-fire|armistice|cessation)\b")
#: A condition right after an ending cue, before any time: "the truce will end if the hostages
#: are not freed by Saturday noon" (a threat; "ends at midnight unless renewed" is an expiry).
_IF_RIGHT_AFTER = re.compile(r"\s+(?:only\s+)?(?:if|unless)\b")
#: Complaints none of which was found a breach, before the breach cue.
_NONE_FOUND = re.compile(r"\bnone\b[^.;]{0,60}?\b(?:confirm|verifi|found|deem|consider|judg|classif|count)\w*\s+"
                         r"(?:to\s+(?:be|have\s+been)\s+|as\s+)?(?:an?\s+)?$")
#: A readiness to do something else, then to do this: "said it was prepared to take part in a peace
#: process led by the African Union and to observe an immediate cessation of hostilities".
_READY_AND_TO = re.compile(r"\b(?:prepared|ready|willing)\s+to\s+[^.;:]{0,110}?\band\s+to\s+$")
#: An act that did not happen, however long its subject: "expired on Sunday without the Saudi-backed
#: government and the Houthi movement agreeing to renew it".
_WITHOUT_AGREEING = re.compile(r"\bwithout\s+[^.;:]{0,100}?\b(?:agreeing|deciding|moving|managing)\s+(?:to|on)\s+$")
#: No sign of the act yet: "with no sign yet that the coalition or the Houthis will agree to prolong it".
_NO_SIGN = re.compile(r"\bno\s+(?:sign|signs|indication|word|hint|evidence)\s+(?:yet\s+|so\s+far\s+)?(?:that|of)\b[^.;]*$")
#: Between talks and the cue, their outcome: "ended their talks on Tuesday by agreeing to".
_TALKS_AGREED = re.compile(r"\b(?:by\s+agreeing|agreed|have\s+agreed|has\s+agreed)\s+(?:on\s+|to\s+)?$")
#: A deal still being worked on, whose terms the cue tells: "as negotiators worked on a deal
#: that would pause fighting and free hostages".
_DEAL_IN_TALKS = re.compile(r"\b(?:work(?:s|ed|ing)?\s+on|negotiat(?:e|es|ed|ing)|discuss(?:es|ed|ing)?|draft(?:s|ed|ing)?|"
                            r"push(?:es|ed|ing)?\s+for|seek(?:s|ing)?|sought)\s+(?:an?|the)\s+(?:[\w'-]+\s+){0,2}?"
                            r"(?:deal|agreement|accord|plan|proposal|framework|text)\s+that\s+(?:would\s+)?$")
#: A proposal's terms before the cue: "a bridging proposal under which the truce would be extended".
_PROPOSAL_WHICH = re.compile(r"\b(?:propos\w*|plan|offer|draft|idea|initiative)\s+(?:[\w'-]+\s+){0,2}?(?:under|by)\s+which\b[^.;]*$")
#: Right before such a proposal: it was agreed ("have agreed on a Ramadan peace initiative under
#: which both sides will refrain from violence"), its terms are the truce.
_AGREED_PROPOSAL = re.compile(r"\b(?:agreed\s+(?:on|to)|accepted|signed|adopted)\s+(?:an?|the)\s+(?:[\w'-]+\s+){0,3}$")
#: Both parties named as the ones who did not act, right before the cue.
_NEITHER_NOR = re.compile(r"\bneither\b[^.;]{0,80}?\bnor\b[^.;]{0,80}$")
#: A verb of denial: "denied", "rejects", "dismissed", "refuting".
_DENY = r"(?:deni(?:es|ed)|deny|denying|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:es|ed|ing))"
#: Reports of a breach denied, before the breach cue, whoever made them: "denied media reports of",
#: "again denied Israeli accusations that they had fired missiles", "rejected as baseless Indian allegations that",
#: "denied on Monday reports by Houthi-run media of air strikes".
_DENIED_REPORTS = re.compile(r"\b" + _DENY + r"\s+(?:on\s+\w+day\s+)?(?:as\s+(?:baseless|false|unfounded|groundless|untrue|fabricated|absurd)\s+)?(?:the\s+)?"
                             r"(?:[\w'-]+\s+){0,2}?(?:reports?|claims?|allegations?|accusations?|charges?)\s+(?:(?:by|from)\s+(?:[\w'-]+\s+){1,3}?)?(?:of|that)\b[^.;]{0,50}$")
#: A denial of what reports said, before a cue: "dismissed media reports that the truce was due to end".
_DENIED_CLAIM = re.compile(r"\b" + _DENY + r"\s+(?:the\s+|media\s+|press\s+|news\s+)*"
                           r"(?:reports?|claims?|rumou?rs?|speculation)\s+that\b[^.;]{0,110}$")
#: A claim told before a cue and called false after it: "reports that he had agreed to a pause
#: were 'incorrect'", "claims that a truce had been declared are untrue".
_REPORTS_THAT = re.compile(r"\b(?:reports?|claims?|rumou?rs?|suggestions?|speculation)\s+that\b[^.;]{0,100}$")
_CALLED_FALSE = re.compile(r"[^.;]{0,50}?\b(?:was|were|is|are)\s+(?:completely\s+|totally\s+|simply\s+)?[\"']?"
                           r"(?:incorrect|false|untrue|wrong|baseless|inaccurate|unfounded|not\s+true)\b")
#: Before a breach cue: what will count as one ("would be treated as a breach", "will be considered
#: a violation"), read before the clause cut at "as".
_TO_BE_DEEMED = re.compile(r"\bbe\s+(?:treated|regarded|considered|seen|viewed|deemed)\s+(?:as\s+)?(?:an?\s+)?(?:[\w-]+\s+)?$")
#: Right before a cue, a time clause with its own subject: "as the invasion began".
_CONJ_SUBJECT = re.compile(r"\b(?:as|when|while|once)\s+(?:the|an?|its|their)\s+((?:[\w'-]+\s+){1,3})$")
#: A denial of what a clause says, before a breach cue: "denied on Thursday that their fighters had
#: returned to the Swat valley in violation of the ceasefire".
_DENIED_THAT = re.compile(r"\b" + _DENY + r"\s+(?:(?:on\s+\w+|again|strongly|flatly|firmly)\s+)?that\b[^.;]{0,100}$")
#: A denial right before a breach cue that names a charge: "Iran rejects breach allegations".
_DENIED_BEFORE = re.compile(r"\b" + _DENY + r"\s+(?:the\s+|new\s+|fresh\s+|latest\s+)?(?:truce\s+|ceasefire\s+)?$")
_CHARGE_AFTER = re.compile(r"\s+(?:allegations?|accusations?|claims?|charges?|reports?)\b")
#: A charge nobody made, before a breach cue.
_NOBODY_ACCUSED = re.compile(r"\b(?:neither\b[^.;]{0,60}?\bnor|no\s+one|nobody)\s+(?:[\w'-]+\s+){0,3}?(?:has\s+|have\s+|had\s+)?"
                             r"(?:accused|blamed|charged)\b[^.;]{0,60}$")


#: A cue that is the act of declaring itself: in the future ("said they would soon declare a
#: ceasefire", "said the agreement would be signed on October 15") nothing is declared yet,
#: unlike "said the truce would begin at noon".
_SPEECH_ACT = re.compile(r"(?:declare|announce|proclaim|sign|agree|order)\b|(?<=\bbe )(?:declared|announced|proclaimed|signed)\b")


#: A call on parties to act, however long their names: "called on the government and the
#: Taliban to declare a ceasefire" (the "and the" that cuts clauses does not cut this one);
#: a deadline set for them to act ("a deadline he had set for the rebels to declare their own truce").
_CALL_VERB_TO = (r"\b(?:(?:deadline|ultimatum)\s+(?:[\w'-]+\s+){0,4}?for|urg(?:e|es|ed|ing)|persuad(?:e|es|ed|ing)|convinc(?:e|es|ed|ing)|"
                 r"call(?:s|ed|ing)?\s+(?:on|upon)|press(?:es|ed|ing)?|ask(?:s|ed|ing)?|appeal(?:s|ed|ing)?\s+to)\s+[^.;:]{0,100}?\bto\s+")
_CALL_TO = re.compile(_CALL_VERB_TO + "$")
#: The second of two infinitives after a call: "pressing the Houthis ... to renew the truce
#: that ran out on Saturday night, and to extend it for a further 72 hours".
_CALL_TO_AND = re.compile(_CALL_VERB_TO + r"[^.;:]{0,130}?\b(?:and|or)\s+(?:to\s+)?$")
_TRUCE_THAT = re.compile(r"\b(?:truce|ceasefire|cease-fire|pause|armistice|moratorium)\s+that\b")
#: Right after a declaration's object truce: the truce is the head's modifier or is agreed only
#: in principle ("agreed to an immediate and unconditional ceasefire proposal", "agrees to truce
#: 'in principle'").
_OBJECT_NOT_DONE = re.compile(r"['\"]?\s*(?:(?:proposals?|plans?|offers?|initiative|talks|negotiations)\b|['\"]?in\s+principle\b)")
#: Before a cue accepting a proposal (``_PROPOSAL_OBJECT``), both parties as its subject ("Israel
#: and the Palestinian factions have accepted an Egyptian proposal for a new 72-hour ceasefire"):
#: agreed, no longer only asked for.
_BOTH_PARTIES = re.compile(r"\b(?:both\s+(?:sides|parties)|[a-z][\w-]*\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:have\s+|had\s+|has\s+)?$")
_PROPOSAL_OBJECT = re.compile(r"\s+(?:to\s+)?(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,3}?(?:proposal|plan|initiative)\s+for\b")
#: A condition still to be met before the cue: "as soon as the parties sign", "would believe the
#: offer when the guns fell silent".
_AS_SOON_AS = re.compile(r"\bas\s+soon\s+as\s+(?:[\w'-]+\s+){1,4}$|"
                         r"\b(?:believe|trust|credit)\s+(?:[\w'-]+\s+){1,7}?(?:only\s+)?(?:when|once)\s+(?:[\w'-]+\s+){1,4}$")


#: A condition in the clause right after an ending cue (not "as if", "even if"), across a clock
#: time ("would call off its ceasefire at 8 p.m. on Tuesday unless ...").
_CONDITION_AFTER = re.compile(r"(?:[^,;.:]|[ap]\.m\.){0,60}?(?<!\bas )(?<!\beven )\b(?:if|unless)\b")


_CONDITION = re.compile(r"\b(?:if|unless|provided|whether)\b")


def _attributed_after(low: str, b: int) -> bool:
    """The clause after the cue ends in an attribution, with no condition before it: "the
    pauses would be extended by one day, to Wednesday, the WHO said" reports a "will"."""
    m = K.ATTRIBUTION.search(low, b, b + 160)
    return m is not None and not _CONDITION.search(low, b, m.start())


def _backshift(low: str, start: int, at: int) -> bool:
    """A reporting verb governs the clause before ``at`` (within 80 characters, possibly
    just before the hedge window's clause cut)."""
    lo = max(0, at - 80)
    if any(m.end() <= at for m in _REPORTING.finditer(low, lo, at)):
        return True
    # "Israel said its truce, which had been due to end on 15 March, would be extended":
    # the reporting verb before a relative aside
    aside = _ASIDE_BEFORE.search(low, max(0, at - 140), at)
    return aside is not None and _REPORTING.search(low, max(0, aside.start() - 140), aside.start()) is not None


#: (a reduced aside too: ", due to expire today,", ", signed in May,")
_ASIDE_BEFORE = re.compile(r",\s+(?:which|that|who|(?:due|set|scheduled|slated)\s+to|\w+ed)\b[^,;]{0,90},\s+(?:[\w'-]+\s+){0,3}$")


#: Before a truce reference: the noun heading the phrase, the real subject of a cue after it
#: ("Talks on extending the truce collapsed", "Efforts to extend the truce broke down").
_HEAD_BEFORE_TRUCE = re.compile(r"\b(?:talks|negotiations|efforts?|attempts?|bids?|push|drive|swap|exchange|"
                                r"discussions?|consultations?|mediation|monitoring\s+mission|mission)\s+"
                                r"(?:between\s+[^,;.]{1,60}?\s+and\s+(?:[\w'-]+\s+){0,3}?)?"  # "talks between the government and the SPLM-N on"
                                r"(?:on|over|to|for|under|about|towards?|aimed\s+at)\s+(?:[\w'-]+\s+){0,5}$")
#: Right before a truce reference: the subject is a part of the truce, not the truce ("the first
#: phase of the ceasefire ended", "the 90-day period set out in the ceasefire agreement ... expired").
#: (Not a leg: "the second leg of the holiday ceasefire began" is a window of the truce, which
#: the corpus reads as the truce taking effect.)
_PART_OF = re.compile(r"\b(?:(?:phase|stage|round|part|first\s+half)\s+of|(?:period|deadline|window|timeline)\s+(?:set\s+(?:out\s+)?|laid\s+down\s+|fixed\s+|provided\s+(?:for\s+)?)?(?:in|under|by))"
                      r"\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$")
def _markers(low: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The background markers in ``low[start:end]``, in text order."""
    m = K.BACKGROUND.search(low, start, end)
    while m is not None:
        if not (_SINCE_YEAR.match(m.group(0)) and _SUPERLATIVE.search(low, max(0, m.start() - 50), m.start())):
            yield m  # (not a measure: "after four days of the worst fighting since 1994")
        m = K.BACKGROUND.search(low, m.end(), end)


def _background_marker(low: str, start: int, end: int, cue: int, cue_end: int = -1) -> bool:
    """A background marker in ``low[start:end]`` that dates the cue at ``low[cue:cue_end]``."""
    return any(_dates_cue(low, m, cue, cue_end) for m in _markers(low, start, end))


def _dates_cue(low: str, m: re.Match[str], cue: int, cue_end: int) -> bool:
    """Background marker ``m`` dates the cue, unless it is another clause's time or the truce's
    own name."""
    if _in_aside(low, m, cue):
        return False  # a relative aside closed before the cue
    if m.end() <= cue and _AND_NOW.fullmatch(low, m.end(), cue):
        return False  # "which was extended earlier this month and is due to lapse"
    if m.start() > cue and _REDUCED_RELATIVE.search(low, max(cue, m.start() - 60), m.start()):
        return False  # the truce's origin after the cue: "the ceasefire agreed in 2019"
    if _NAMED_BY_DATE.match(m.group(0)) and (
            _PRESENT_CUE.match(low, cue) or cue <= m.start() and m.end() <= cue_end and (
                _RESTORES.match(low, cue) or _DAY_NAMED.search(low, cue, m.start()))):
        return False  # the truce named by its date: "the December agreement is now dead", "restore its 1994 ceasefire"
    return True



#: Before "since <year>": a superlative the year measures ("the worst fighting since 1994").
_SINCE_YEAR = re.compile(r"since\s+(?:(?:early|late|mid-?)\s*)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(?:19|20)\d\d\b")
_SUPERLATIVE = re.compile(r"\b(?:worst|heaviest|deadliest|bloodiest|fiercest|biggest|largest|highest|longest|first|most\s+[\w-]+)\s+(?:[\w'-]+\s+){0,3}$")


#: A truce named by its month or year ("the December cessation of hostilities") is history
#: only as a past verb's subject: "the December agreement is now effectively dead" is news,
#: and so is the truce named inside a cue dated by its day ("declared on Saturday the end of its
#: commitment to the 1991 ceasefire").
#: A date naming the truce ("the Dec. 9 cessation of hostilities agreement", "the July 28
#: truce"): it dates the agreement, not the sentence's news.
_DATE_NAMES_TRUCE = re.compile(r"\s+(?:[\w'-]+\s+){0,2}?(?:truce|ceasefire|cease-fire|cessation|accord|agreement|armistice|pact)\b")
_DET_END = re.compile(r"\b(?:the|its|their)\s+$")
_NAMED_BY_DATE = re.compile(r"(?:a|an|the|its)\s+(?:january|february|march|april|june|july|august|september|october|november|december|(?:19|20)\d\d)\s")
_PRESENT_CUE = re.compile(r"(?:is|are|has|have|now)\s")
_DAY_NAMED = re.compile(r"\b(?:today|tonight|" + K.WEEKDAY + r")\b")


#: Between a background marker and the cue: a second verb of the same subject, in the
#: present or future ("which was extended earlier this month and is due to lapse on Saturday").
_AND_NOW = re.compile(r",?\s+and\s+(?:is|are|will)\s+(?:now\s+|still\s+)?")
_CLAUSE_END = re.compile(r"\s*(?:[,.;:)]|$)")
_VERB_ED = re.compile(r"\w\w(?:ed|wn|ken|ght)\b")  # a verb of a clause of its own: "the truce he ordered last August"


def _closing_marker(low: str, start: int, end: int) -> bool:
    """A background marker that closes the cue's clause further on: the time of its main
    verb ("declared a unilateral humanitarian ceasefire in the east earlier this week."),
    not of a trailing clause ("ended at midnight, a year after it first took effect", "extended
    the truce he ordered for his militia last August")."""
    cut = _CLAUSE_BACK.search(low, start, end)
    return any(_CLAUSE_END.match(low, m.end()) and not _VERB_ED.search(low, start, m.start())
               for m in _markers(low, start, cut.start() if cut else end))


_ASIDE_OPEN = re.compile(r",\s+(?:which|who|whose)\b[^,;]*$")


def _in_aside(low: str, marker: re.Match[str], cue: int) -> bool:
    """The background ``marker`` lies in a relative aside closed before the cue: "its own
    pause, which it prolonged last month, also runs until the end of May" (the aside's time
    is its own), or in a participle after the truce noun whose verb the cue is."""
    at = marker.start()
    if at >= cue:
        return False
    close = low.find(",", at, cue)
    if close < 0 and _REDUCED_RELATIVE.search(low, max(0, at - 90), at):
        return _TO_SUBJECT_END.fullmatch(low, marker.end(), cue) is not None
    return close >= 0 and _ASIDE_OPEN.search(low, max(0, at - 90), at) is not None


#: A participle right after the truce noun, the marker after it dating the truce's origin
#: and the cue the verb of that subject: "the ceasefire declared by the military after last
#: month's earthquake is due to end on Tuesday" (present or future: "a truce brokered last
#: September broke down within months" is history).
_REDUCED_RELATIVE = re.compile(r"\b(?:truce|ceasefire|cease-fire|pause|armistice|agreement|accord|hostilities)\s+(?:(?:that|which)?\s*(?:it|they|he|she|we)\s+(?:had\s+|has\s+|have\s+)?(?:only\s+|just\s+)?)?"
                               r"(?:declared|agreed|announced|signed|brokered|ordered|reached|proclaimed)\b[^,;:]*$")
_TO_SUBJECT_END = re.compile(r"[\w'-]*(?:\s+[\w'-]+){0,3}?\s+(?:is|are|has|have|will)\s+(?:now\s+|already\s+|still\s+)?")


def _background(doc: _Doc, i: int, t: int, a: int, b: int, cue: K.Cue) -> str | None:
    """History, not news: a background marker or a past-perfect verb in the cue's clause, or
    a dated phrase right after the cue that is two or more days old. A function of the
    sentence's text, the truce and the cue: read once per item (repeated sentences)."""
    key = (doc.sents[i].low, t, a, b, cue.kind)
    if key not in doc._backgrounds:
        doc._backgrounds[key] = _read_background(doc, i, t, a, b, cue)
    return doc._backgrounds[key]


#: Before a date after the cue's truce: the truce's age, not the act's date ("tearing up the
#: ceasefire that had held since the end of July", read in September).
_SINCE_DATE = re.compile(r"\bsince\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+)?$")


#: After a cue: the attribution closing its clause, dated days back ("has lapsed, the
#: Kremlin said last week").
_SAID_DAYS_AGO = re.compile(r"[^.;]{0,80}?,\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){0,4}?said\s+(?:last\s+(?:week|month)|earlier\s+this\s+month|"
                            r"(?:two|three|four|five|six|several|a\s+few|\d+)\s+days\s+ago)\b")


#: Between a date and a past cue: the cue is the second verb of the dated clause.
_AND_THEN = re.compile(r"\s*,?\s*and\s+(?:then\s+|so\s+|thereby\s+|effectively\s+)?")
#: Before a cue in a "that" clause: the dated report it belongs to ("the announcement by the
#: envoy on 2 June that ...", "The CPP had announced on Wednesday that its truce would end");
#: group 1 holds the date's words.
_DATED_THAT = re.compile(r"(?:\b(?:announcement|decision|statement|declaration|news|word)\b[^.;]{0,80}?\b(?:on|of)|"
                         r"\bhad\s+(?:announced|said|declared|stated)\s+on)\s+([^.;,]{1,30}?)\s+that\s+[^.;]{0,100}$")
#: Before a cue: the act it came hours or days before ("on Wednesday, hours after the ceasefire
#: ran out"): the date before the act dates the cue too.
_HOURS_AFTER = re.compile(r"\b(?:hours|minutes|shortly|just|moments|a\s+day|days)\s+after\s+[^,;.]{0,90}$")


def _night_before_evening(doc: _Doc, v: _Cand, d: _Cand) -> bool:
    """Breach ``v`` told "overnight" or "this morning" beside a truce declared that same evening
    ("announced a unilateral ceasefire on Thursday evening ... accused Georgian forces of shelling
    Tskhinvali overnight"): the night before the truce."""
    return _OVERNIGHT_TOLD.search(doc.sents[v.sent].low) is not None and _EVENING_TODAY.search(doc.sents[d.sent].low) is not None


_OVERNIGHT_TOLD = re.compile(r"\b(?:overnight|last\s+night|this\s+morning|in\s+the\s+morning)\b")
_EVENING_TODAY = re.compile(r"\b(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:evening|afternoon)|this\s+(?:evening|afternoon)|tonight)\b")


def _dates_attack(low: str, p: Phrase, at: int) -> bool:
    """Phrase ``p`` dates the attack word at ``at``: just before it in its clause ("forced out of
    Kidal on Wednesday after a failed offensive"; not "the town, which it took on Tuesday, ...")."""
    return p.role != "end" and p.end <= at and at - p.end < 60 and "," not in low[p.end: at]


def _dated_back(doc: _Doc, i: int, t: int, placed: Callable[[Phrase], bool]) -> bool:
    """A dated phrase of sentence ``i``, two or more local days before publication, where
    ``placed`` says it dates the cue."""
    return any(p.instant is not None and p.has_date and placed(p) and doc.age(p, t) >= 2 for p in doc.phrases(i, t))


def _start_ahead(doc: _Doc, i: int, t: int) -> bool:
    """Sentence ``i`` states a start of truce ``t`` still to come at publication: "said Duterte
    had ordered a suspension of offensive military operations from December 23", read on the 22nd
    (a report of today's order, not background)."""
    pub = doc.pub
    return pub is not None and any(p.role == "start" and p.instant is not None and p.instant > pub for p in doc.phrases(i, t))


def _read_background(doc: _Doc, i: int, t: int, a: int, b: int, cue: K.Cue) -> str | None:
    low = doc.sents[i].low
    start = max(0, a - 70)
    start = _last_cut(_CLAUSE_BACK, low, start, a, start)
    end = min(len(low), b + 50)
    m = _CLAUSE_BACK.search(low, b, end)
    if m:
        end = m.start()
    recent = cue.kind in ("expiring", "expired") and _timed_recently(doc, i, t, b)
    if recent and low.endswith(",", 0, a - 1):
        start = a  # its own time right after dates it, not a marker in the aside closed before it ("The truce, first declared
        # for the end of Ramadan and extended by 10 days earlier this month, lapsed at midnight on Friday", read on Saturday)
    if _background_marker(low, start, end, a, b) or (doc.opens_with_background(i) and not (
            _PRESENT_CUE.match(low, a) and _NAMED_BY_DATE.match(low.lstrip("\"' ")))) or \
            (not m and cue.kind == "declared" and _closing_marker(low, b, min(len(low), b + 100))):
        return "marker"
    if (w := _dated_when(doc, i, t, a)) is not None:
        return w
    if " and " in low[max(0, a - 12):a] and doc.pub is not None and _PAST_CUE.match(low, a) and _dated_back(
            doc, i, t, lambda p: _AND_THEN.fullmatch(low, p.end, a) is not None):
        return "dated"  # "an offensive that began with air strikes early on Tuesday and ended a two-month ceasefire", read on Thursday
    if " after " in low and doc.pub is not None and (h := _HOURS_AFTER.search(low, max(0, a - 100), a)) is not None and _dated_back(
            doc, i, t, lambda p: p.end <= h.start() and h.start() - p.end <= 25):
        return "dated"  # "launched an offensive on Wednesday, hours after the ceasefire ran out", read on Friday
    if " that " in low and doc.pub is not None and (d := _DATED_THAT.search(low, max(0, a - 200), a)) is not None and _dated_back(
            doc, i, t, lambda p: d.start(1) <= p.start < d.end(1)):
        return "dated"  # "welcomed the announcement by the envoy on 2 June that the parties had agreed to renew the truce", read on the 16th
    if " said " in low and _SAID_DAYS_AGO.match(low, b):
        return "dated"  # "... has lapsed, the Kremlin said last week": the report is days old, and so is its news
    if cue.kind == "declared" and doc.pub is not None and _RELATIVE_BEFORE.search(low, max(0, a - 30), a) \
            and any(p.instant is not None and p.has_date and b - 5 <= p.start <= b + 30
                    and _day_old(doc, p, t) for p in doc.phrases(i, t)):
        return "dated"  # "the ceasefire that took hold on Tuesday evening", read on Wednesday
    if cue.kind == "declared" and doc.pub is not None and _party_aside(doc, i, t, a, b):
        return "aside"  # "The Alliance, which declared its own pause after the quake, accused ...": who it is, not news
    if cue.kind in ("expiring", "expired") and doc.pub is not None and " where " in low[max(0, a - 50):a] and _WHERE_BEFORE.search(low, max(0, a - 50), a) \
            and any(p.instant is not None and p.has_date and b - 5 <= p.start <= b + 30 and doc.age(p, t) >= 1 for p in doc.phrases(i, t)):
        return "dated"  # "In Bosnia, where the four-month truce expired on Monday, Serb forces shelled Tuzla", read on Tuesday: the setting
    if cue.kind == "declared" and _FRAME_BEFORE.search(low, max(0, a - 50), a) and not doc.fresh_anywhere(t):
        return "frame"  # "since the pause began" is news only when the item dates the start today
    if doc.pub is not None:
        if recent:
            return None  # "the truce announced by Washington in July, which had been extended until 3 August, ran
            # out at the end of Saturday", read on Sunday; "The four-month truce announced ... in June expires at
            # midnight tomorrow": its own time dates it, not the aside's month
        if doc.old_sentence(i, t) or _past_month(doc, t, low, start, end, cue_at=a, cue_end=b):
            return "dated"
        if i > 0 and _NEXT_DAY.match(low) and doc.old_sentence(i - 1, t):
            return "dated"  # "On 16 December 1971, Niazi signed ... The next evening, a unilateral ceasefire ... came into force"
        if cue.kind in ("collapsed", "expired") and (y := _THE_YEARS_TRUCE.search(low, max(start, a - 60), a)) is not None \
                and a - y.end() <= 12 and int(y.group(1)) < doc.pub.year and not low.endswith(("has ", "have "), 0, a):
            return "dated"  # "the June 2017 Sant'Egidio ceasefire collapsed within a day", read in 2019: its subject's year
        if _past_year(doc, low, start, a) or _opens_with_past_year(doc, low, a):
            return "dated"  # "the protocol of September 2014 set up a ceasefire that collapsed"
        if cue.kind == "declared" and "'s" in low[max(0, a - 40):a] and any(
                p.instant is not None and p.has_date and p.end <= a and _DAY_POSSESSIVE.match(low, p.end, a)
                and doc.age(p, t) >= 1 for p in doc.phrases(i, t)):
            return "dated"  # "following Saturday's understanding to halt military action", read on Monday
        if _PAST_CUE.search(low, a, b) and \
                _past_month(doc, t, low, b, min(len(low), b + 80), reach=11, cue_end=b):
            return "dated"  # "ETA announced in January a permanent ceasefire", read in October; "The nationwide UN
            # truce lapsed in October", read in April (not "had ended the ceasefire that Ocalan declared in March")
        if (_PAST_CUE.search(low, a, b) or not low[a:b].split()[0].endswith("ing")) and _past_year_after(doc, low, b):
            return "dated"  # "abandoned its ceasefire with the Docklands bomb in February 1996", "let it lapse in July 2023"
            # (not after a participle: "formally ending a truce that has existed on paper since 2006")
        if (cue.kind == "declared" or _THAT_BEFORE.search(low, max(0, a - 20), a)) and not _RESTORES.match(low, a) \
                and (y := _OBJECT_YEAR.match(low, b) or _YEAR_NAMED.search(low, a, b)) and int(y.group(1)) < doc.pub.year:
            return "dated"  # "the alliance that signed the 2015 Algiers peace agreement", "bomb that wrecked 2006 truce"
            # (but "declares end of 1991 ceasefire" is news: the old truce ends now)
        if " the " in low and _PAST_CUE.search(low, a, b) and (m := _IN_SEASON.match(low, b)) is not None \
                and _SEASONS[m.group(1)] != _SEASONS_BY_MONTH[doc.pub.month - 1]:
            return "dated"  # "largely collapsed in the spring", read in October
        if "weekend" in low and (_PAST_CUE.search(low, a, b) or low.startswith(("ran ", "broke ", "fell "), a)) \
                and _AT_WEEKEND.match(low, b) and _weekend_days_ago(doc, t) >= 2:
            return "dated"  # "lapsed quietly at the weekend", "ran out over the weekend", read on Thursday
        reach = _object_end(doc, i, b) + 40
        if cue.kind == "declared" and " since " in low and _past_month(doc, t, low, b, reach, _SINCE_MONTH, 11, cue_at=a, cue_end=b):
            return "dated"  # "Both sides have observed a de facto truce since March": a truce running for months, not declared now
        for p in doc.phrases(i, t):
            # (a day inside the cue, or right before its "to", dates it too: "agreed on Saturday to a
            # ceasefire", "agreed on Saturday to stop all firing", read on Monday)
            if p.instant is not None and p.has_date and (b - 5 <= p.start <= reach or a < p.start < b
                                                         or a - 3 <= p.end <= a and low.startswith("to ", a)) \
                    and not _SINCE_DATE.search(low, max(0, p.start - 30), p.start) \
                    and not _ORIGIN.search(low, b, p.start) and _days_old(doc, i, t, p, cue.kind):
                return "dated"
    if cue.kind != "violation" and not low.startswith(("due", "set", "scheduled"), a):
        head = low[max(0, a - 40): b]
        if K.PAST_PERFECT.search(head[: len(head) - (b - a)] + low[a:b].split()[0]) or low.startswith("had ", a):
            aside = _ASIDE_BEFORE.search(low, max(0, a - 160), a) if "," in low else None
            lo = max(0, (aside.start() if aside is not None else a) - 120)  # the report's verb before a relative aside
            if "and that" in low[max(0, a - 40):a]:
                lo = 0  # a second complement of the report's verb: "said that ..., and that it had been in force"
            reported = K.REPORTED.search(low, lo, a)
            bare = K.REPORTED_BARE.search(low, lo, a) if cue.kind != "declared" else \
                (_SAID_A_TRUCE.search(low, lo, a) is not None or K.REPORTED_BARE.search(low, lo, a) is not None) \
                and (_fresh_start(doc, i, t) or _start_ahead(doc, i, t))
            if not reported and not bare or _relative_had(low, a, reported):
                return "perfect"  # (inside a relative clause even when reported: "the pause that it had ordered")
    return None


#: A sentence opening with a day counted from the sentence before's: "The next evening, ...",
#: "The following day ...", "Two days later ..." (as old as that sentence's date, or older).
_NEXT_DAY = re.compile(r"(?:the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night|week)|"
                       r"(?:a|one|two|three|four|five|several)\s+(?:days?|weeks?)\s+later|later\s+that\s+(?:day|week|month|year))\b")


def _object_end(doc: _Doc, i: int, b: int) -> int:
    """End of the truce word that is the object of the cue ending at ``b`` ("called off their
    four-month unilateral ceasefire"), else ``b``: the date after the object dates the cue."""
    return next((y for x, y in doc.truce_words[i] if b <= x <= b + 40), b)


#: From a date to a declaration cue: the date's possessive names the truce ("Saturday's
#: understanding to halt military action", "Sunday's ceasefire").
_DAY_POSSESSIVE = re.compile(r"'s\s+(?:[\w'-]+\s+){0,3}$")


#: Right after a past cue: the season it happened in ("collapsed in the spring").
_IN_SEASON = re.compile(r"(?:\s+[\w'-]+){0,2}?\s+(?:in|during|over)\s+the\s+(spring|summer|autumn|fall|winter)\b")
_SEASONS = {"winter": 0, "spring": 1, "summer": 2, "autumn": 3, "fall": 3}
_SEASONS_BY_MONTH = (0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 0)  # (northern seasons, January first)
#: Right after a past cue, its time given as the weekend: "lapsed quietly at the weekend".
_AT_WEEKEND = re.compile(r"(?:\s+[\w'-]+){0,2}?\s+(?:at|over|during)\s+the\s+weekend\b")


def _weekend_days_ago(doc: _Doc, t: int) -> int:
    """Local days from the last weekend's Sunday to publication (0 on a weekend itself:
    "at the weekend" is then this one)."""
    assert doc.pub is not None
    weekday = doc.pub.astimezone(doc.tz(t)).weekday()
    return 0 if weekday >= 5 else weekday + 1


def _days_old(doc: _Doc, i: int, t: int, p: Phrase, kind: str) -> bool:
    """Phrase ``p`` after a cue dates it as history: two or more local days back, or, for a
    declaration's start (not an agreement's date: "struck a truce late on Sunday", read on
    Monday, is news), the day before when nothing in the sentence runs past publication ("the
    truce took effect at noon on Tuesday", read on Wednesday: declared news is same-day news;
    but "declared a truce from December 24 to December 26", read on the 25th, still runs)."""
    if doc.age(p, t) >= 2:
        return True
    if kind != "declared" or p.role != "start":
        return False
    assert doc.pub is not None and p.instant is not None
    # (a start belongs to the day it opens: "at midnight on Tuesday", read on Wednesday, is today's)
    return doc.days_before(p.instant, t) == 1 and doc.pub - p.instant > _OVERNIGHT and not any(
        q.instant is not None and q.instant > doc.pub and not _report_day(doc.sents[i].low, q) for q in doc.phrases(i, t))


#: Before a dateline's date: the place opening the item ("GROZNY, Aug 24 (Interfax) -").
_DATELINE_PLACE = re.compile(r"[\w .'-]{2,30},\s*")


def _report_day(low: str, q: Phrase) -> bool:
    """``q`` dates the report, not an event: the dateline's date ("GROZNY, Aug 24 -") or a
    statement's day (``SAID_BEFORE``: "police said on Monday"). It runs past publication only as
    the report's day does, not as a window would."""
    return q.role is None and not q.has_clock and _DATELINE_PLACE.fullmatch(low, 0, q.start) is not None \
        or K.SAID_BEFORE.search(low, max(0, q.start - 30), q.start) is not None


#: Right after a cue, a pronoun object for a truce other than the one named before it.
_ITS_OWN = re.compile(r"\s+(?:its|their|his|her)\s+own\b(?!\s+(?:[\w'-]+\s+){0,2}(?:truces?|ceasefires?|cease-fires?|pauses?|lull|cessations?\s+of|armistice))")
#: Right after an extension cue, what is extended is not a truce: "UN renews Western Sahara
#: mission", "extended the mandate of its observers", "renewed sanctions".
_OTHER_MANDATE = re.compile(r"\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,2}?(?:mission|mandate|sanctions|deployment|visas?|ultimatum)\b")
#: Owners that name no party by themselves ("the group's own truce"): the text around says whose.
_GENERIC_OWNERS = frozenset(("group", "movement", "organisation", "organization", "army", "government", "rebels", "militants",
                             "insurgents", "militia", "side", "country", "regime", "military", "alliance", "coalition",
                             "junta", "authorities", "party", "other", "enemy"))
#: Another party's own truce as a cue's subject: "the government's own ceasefire would be extended".
_OWN_SUBJECT = re.compile(r"(?:\b([\w-]+)'s|\bits|\btheir|\bhis|\bher)\s+own\s+(?:[\w'-]+\s+){0,2}?(?:truce|ceasefire|cease-fire|pause)\b"
                          + K.TRUCE_PLACE + r"(?:\s+(?:would|will|had|has|was|is|could)(?:\s+(?:be|been|also))?)?\s+$")
#: Before a passive declaring cue: its subject, a truce named by its year ("the 1953 armistice was").
_YEAR_NAMED_SUBJECT = re.compile(r"\b(?:the|a|an|its|their)\s+((?:19|20)\d\d)\s+(?:[\w'-]+\s+){0,2}?"
                                 r"(?:truce|ceasefire|cease-fire|armistice|accord|agreement)\s+(?:was|were|had\s+been)\s+$")
#: Before a declaring cue: the truce is the object of a breach ("violated their understanding to").
_VIOLATED_OBJECT = re.compile(r"\b(?:violat\w*|breach\w*)\s+(?:of\s+)?(?:the|their|its|an?)\s+(?:[\w'-]+\s+){0,2}?(?:understanding|agreement|commitment|pledge|deal|accord)\s+$")
#: Before the truce word after a declaring cue: the act builds on a truce already there.
_BUILDING_ON = re.compile(r"\b(?:building\s+on|based\s+on|in\s+line\s+with|pursuant\s+to)\s+(?:a|an|the|its|their)\s+(?:[\w'-]+\s+){0,2}$")
#: Right after a declaring cue: the start it declared ("that the military declared from 6 a.m.").
_START_RIGHT_AFTER = re.compile(r"\s+(?:from|as\s+of|starting(?:\s+at)?|effective)\s")
#: A participle of ending after a comma: what the act before it did ("signed the decree
#: shortly after midnight, ending a five-month truce").
_ENDING_PARTICIPLE = re.compile(r"(?:effectively\s+)?ending\b")
_PARTICIPLE_CUT = re.compile(r",\s+(?:effectively\s+)?$")
#: Another party's own truce as a cue's object: "would extend its own ceasefire", "have declared
#: and broken a humanitarian truce of their own".
_ITS_OWN_TRUCE = re.compile(r"\s+(?:(?:its|their|the\s+([\w-]+)'s)\s+own\s+(?:[\w'-]+\s+){0,2}(?:truce|ceasefire|cease-fire|pause|cessation\s+of)\b|"
                            r"(?:and\s+[\w-]+\s+)?(?:an?|the)\s+(?:[\w'-]+\s+){0,2}(?:truce|ceasefire|cease-fire|pause)\s+of\s+(?:its|their)\s+own\b)")
#: A "when" clause before a cue, not crossing a clause cut: "hopes raised on Saturday when
#: Ghani extended the ceasefire", "That changed last November, when the Polisario declared".
_WHEN_BEFORE = re.compile(r"\bwhen\b[^;:]{0,120}$")


def _dated_when(doc: _Doc, i: int, t: int, a: int) -> str | None:
    """A cue in a "when" clause takes the time of the clause it hangs on: history when that
    clause is dated a day or more back ("on Saturday when", read on Sunday) or marked as past
    ("last November, when")."""
    low = doc.sents[i].low
    m = _WHEN_BEFORE.search(low, max(0, a - 130), a)
    if m is None:
        return None
    w = m.start()
    if K.BACKGROUND.search(low, max(0, w - 40), w):
        return "marker"
    if doc.pub is not None and any(
            p.instant is not None and p.has_date and w - 3 <= p.end <= w and doc.age(p, t) >= 1
            for p in doc.phrases(i, t)):
        return "dated"
    return None


#: Before a declaration cue: a comma-opened relative aside.
_ASIDE_DECLARED = re.compile(r",\s+(?:which|who)\s+(?:had\s+|has\s+)?$")


def _party_aside(doc: _Doc, i: int, t: int, a: int, b: int) -> bool:
    """The declaration cue at ``a`` opens a relative aside about a party, not about the truce
    ("The Alliance, which declared its own pause after the quake,"; not "The ceasefire, which
    came into force at midnight,"), and the aside does not date it today."""
    m = _ASIDE_DECLARED.search(doc.sents[i].low, max(0, a - 20), a)
    if m is None:
        return False
    refs = _truce_refs(doc, i, max(0, m.start() - 40), m.start())
    if refs and (refs[-1][1] >= m.start() - 1 or _PP_ONLY.fullmatch(doc.sents[i].low, refs[-1][1], m.start())):
        return False  # (the truce itself, or the truce and its place: "a humanitarian truce in Yemen, which took effect")
    return not any(p.instant is not None and p.has_date and b <= p.start <= b + 60 and doc.age(p, t) == 0
                   for p in doc.phrases(i, t))
#: Only a place after a truce word: "truce in yemen".
_PP_ONLY = re.compile(r"\s+(?:in|on|along|across|over|for)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}[\w'-]+")
_RELATIVE_HAD = re.compile(r"\b(?:that|which|whom)\s+(?:[\w'-]+\s+){1,2}had\s+(?:\w+\s+)?$")


def _relative_had(low: str, a: int, reported: re.Match[str] | None) -> bool:
    """A past perfect cue at ``a`` inside a relative clause ("the pause that it had ordered"),
    not the reporting verb's "that" ("announced on Wednesday that it had extended")."""
    rel = _RELATIVE_HAD.search(low, max(0, a - 40), a)
    return rel is not None and not (reported is not None and low.startswith("that", rel.start()) and (
        reported.end() == rel.start() + 4 or low.endswith(" and ", 0, rel.start())))  # (or its second "that": "said that ... and that the ceasefire had been extended")


#: A month named without a day, after its preposition: "in (late) November".
_MONTH_TAIL = r"\s+(?:early\s+|mid-?|late\s+)?(" + "|".join(MONTH_NAMES) + r")\b(?!\s+\d)"
#: ("in" spelled ``i(?<!\wi)n`` = ``\bin``, so that ``re`` skips straight to each "i")
_MONTH_ONLY = re.compile(r"(?:i(?<!\wi)n|l(?<!\wl)ast)" + _MONTH_TAIL)  # "in November", "last November"
#: Also after "since" (for attacks: "dead since December, when a bomb killed two").
_IN_OR_SINCE_MONTH = re.compile(r"\b(?:in|since)" + _MONTH_TAIL)
#: After "since" alone: a truce's age ("observed a de facto truce since March").
_SINCE_MONTH = re.compile(r"\bsince" + _MONTH_TAIL)


#: A year named before a cue in its clause: "of September 2014", "in 2014" (not "since 2001":
#: "their first truce since 2001" dates nothing).
_YEAR_BEFORE = re.compile(r"\b(?:in|of|from|(?:on|after|before)(?=\s+\d{1,2}\s+[a-z]|\s+[a-z]+\s+\d))\s+(?:(?:early|mid|late)-?\s*)?(?:\d{1,2}\s+)?(?:[a-z]+\s+)?(?:\d{1,2},?\s+)?"
                          r"((?:19|20)\d\d)\b(?!\s*(?:gmt|utc|hours|hrs))")  # "in July 2020", "after October 7, 2023"


def _year_is_past(doc: _Doc, m: re.Match[str]) -> bool:
    """``_YEAR_BEFORE`` match ``m`` names a time before publication's year (in January, before
    the year before); with its month ("in January 2018", read in January 2019), two or more
    months back."""
    assert doc.pub is not None
    year = int(m.group(1))
    words = m.string[m.start(): m.start(1)].split()
    month = next((MONTH_NAMES.index(w) + 1 for w in words if w in MONTH_NAMES), None)
    if month is not None:
        return (doc.pub.year - year) * 12 + doc.pub.month - month >= 2
    return year < doc.pub.year - (1 if doc.pub.month == 1 else 0)


def _past_year(doc: _Doc, low: str, start: int, at: int) -> bool:
    """A year before publication's (or, in January, the one before that) is named in the
    clause before the cue at ``at``: the cue tells history."""
    assert doc.pub is not None
    if "19" not in low and "20" not in low:
        return False  # no year in the sentence (the common case)
    for m in _YEAR_BEFORE.finditer(low, start, at):
        if _year_is_past(doc, m) and not _in_appositive(low, m.start(), m.end(), at):
            return True
    return False


#: A declaration's object named by a year: "signed the 2015 Algiers peace agreement".
#: Inside a cue that spans its truce ("wrecked 2006 truce"): the year naming it.
_YEAR_NAMED = re.compile(r"\b((?:19|20)\d\d)\s+(?:[\w'-]+\s+){0,3}?(?:truce|ceasefire|cease-fire|pause|armistice)\b")
#: A truce named by its year as a noun phrase's modifier: "the June 2017 Sant'Egidio ceasefire".
_THE_YEARS_TRUCE = re.compile(r"\bthe\s+(?:[a-z]+\s+)?" + _YEAR_NAMED.pattern)
#: Right before a cue: it opens a relative clause ("the bomb that wrecked ...").
_THAT_BEFORE = re.compile(r"\b(?:that|which)\s+(?:[\w'-]+\s+)?$")
#: A cue that brings an old truce back: its year names the truce, not the time of the news
#: ("the IRA said it would restore its 1994 ceasefire from noon on Sunday").
_RESTORES = re.compile(r"(?:restor|reinstat)")
_OBJECT_YEAR = re.compile(r"\s+(?:(?:the|its|their)\s+)?((?:19|20)\d\d)\s+(?:[\w'-]+\s+){0,3}?(?:truce|ceasefire|cease-fire|agreement|accord|deal|pact|armistice)\b")


def _past_year_after(doc: _Doc, low: str, b: int, reach: int = 70) -> bool:
    """A past year (as ``_past_year``) in the clause right after a cue ending at ``b``: "expired
    in January 2018", "declared a truce at the end of 2016", "let it lapse in July 2023". Not a
    year that dates the truce's origin ("extended the ceasefire agreed in 2019")."""
    assert doc.pub is not None
    if "19" not in low and "20" not in low:
        return False
    end = min(len(low), b + reach)
    for m in _YEAR_BEFORE.finditer(low, b, end):
        if _year_is_past(doc, m) and not _ORIGIN.search(low, b, m.start()) and K.CLAUSE_CUT.search(low, b, m.start()) is None:
            return True
    return False


def _opens_with_past_year(doc: _Doc, low: str, at: int) -> bool:
    """The sentence opens with a past year ("In March 2012, the gang leaders agreed to stop
    killing each other") that dates its main clause, the cue at ``at`` lying in it (no
    clause cut between)."""
    m = _YEAR_BEFORE.match(low)
    return m is not None and _past_year(doc, low, 0, m.end()) and K.CLAUSE_CUT.search(low, m.end(), at) is None


#: Before a month: the start a "since" clause counts from.
_SINCE_STARTED = re.compile(r"\bsince\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,3}?(?:took\s+(?:hold|effect)|began|started|"
                            r"came\s+into\s+(?:force|effect)|went\s+into\s+effect|was\s+(?:agreed|signed|declared|reached))\s*$")


_PART_OF_MONTH_GONE = re.compile(r"\b(?:early|mid)\b")


def _past_month(doc: _Doc, t: int, low: str, start: int, end: int, pat: re.Pattern[str] | None = None,
                reach: int = 5, cue_at: int = -1, cue_end: int = -1) -> bool:
    """A month named without a day ("broke down in November", "took effect in late November")
    one to ``reach`` months before the publication month: the clause is history."""
    assert doc.pub is not None
    month = doc.pub.astimezone(doc.tz(t)).month
    for m in (pat or _MONTH_ONLY).finditer(low, start, end):
        if m.end() <= cue_at and _AUX_ONLY.fullmatch(low, m.end(), cue_at) and (
                _RELATIVE.search(low, max(start, m.start() - 60), m.start())
                or not low.startswith(" had", m.end()) and _ORIGIN.search(low, max(start, m.start() - 60), m.start())):
            # dates the truce: "the moratorium that Putin agreed to in March has expired", "the
            # truce agreed at Burnham in October will be extended" (not "... agreed in March had lapsed")
            continue
        if _in_appositive(low, m.start(), m.end(), cue_at, start) or _in_relative_aside(low, m.start(), cue_at):
            continue  # "their ceasefire, declared in September and extended in December, would end tonight"
        if 0 <= cue_end <= m.start() and (_ORIGIN.search(low, cue_end, m.start()) or _THAT_BEGAN.search(low, cue_end, m.start())):
            continue  # "suspending the ceasefire they had declared in December", "ending the truce that began in April": dates its origin
        if " since " in low and _SINCE_STARTED.search(low, max(0, m.start() - 70), m.start()):
            continue  # "the heaviest bombardment since a ceasefire took hold in January": the start a tally runs from
        if 1 <= (month - 1 - MONTH_NAMES.index(m.group(1))) % 12 <= reach:
            return True
        if month - 1 == MONTH_NAMES.index(m.group(1)) and _PART_OF_MONTH_GONE.search(m.group(0)) \
                and doc.pub.astimezone(doc.tz(t)).day >= (12 if "early" in m.group(0) else 24):
            return True  # "prolonged in mid-July", read on July 31: two weeks back
    return False


def _in_relative_aside(low: str, a: int, cue_at: int) -> bool:
    """``low[a:]`` (a date) lies in a relative aside closed right before the cue at ``cue_at``
    ("the moratorium, which Putin agreed in a call with Trump in March, had expired")."""
    if cue_at < 0 or "," not in low[a:cue_at]:
        return False
    aside = _closed_aside(low, cue_at)
    return aside is not None and aside[0] < a < aside[1]


def _closed_aside(low: str, at: int) -> tuple[int, int] | None:
    """(start, closing comma) of a relative aside closed right before ``at`` (", which
    followed talks on a wider deal, collapsed"), or None."""
    aside = _ASIDE_BEFORE.search(low, max(0, at - 140), at)
    return (aside.start(), low.rfind(",", aside.start() + 1, at)) if aside else None


def _in_appositive(low: str, a: int, b: int, cue_at: int, lo: int = 0) -> bool:
    """``low[a:b]`` (a date) lies in a participle clause set off by commas right before the
    cue at ``cue_at``: it dates the truce, not the cue's event."""
    if b > cue_at:
        return False
    if _APPOSITIVE_BEFORE.search(low, max(lo, a - 80), a) is not None and _APPOSITIVE_AFTER.fullmatch(low, b, cue_at):
        return True
    # no commas: "the ceasefire it declared in September 1998 would end on Friday"
    return _ORIGIN_RELATIVE.search(low, max(lo, a - 60), a) is not None and _AUX_ONLY_OR_NONE.fullmatch(low, b, cue_at) is not None


_ORIGIN_RELATIVE = re.compile(r"\b(?:truce|ceasefire|cease-fire|pause)\s+(?:that\s+|which\s+)?(?:it|they|he|she|we|the\s+[\w-]+)\s+(?:had\s+|has\s+)?"
                              r"(?:declared|agreed|signed|announced|ordered|proclaimed)\s+[^,;.]*$")
_AUX_ONLY_OR_NONE = re.compile(r"\s+(?:(?:has|have|had|is|was|were|will\s+be|would\s+be)\s+(?:now\s+|already\s+)?)?")
#: A participle clause set off by commas, the month inside it dating the truce, the cue
#: right after it: "their ceasefire, declared in September and extended in December, would end";
#: or a superlative aside: "their truce, the first since the U.S.-led invasion of 2001, would end".
_APPOSITIVE_BEFORE = re.compile(r",\s+(?:first\s+)?(?:\w+ed|signed|struck|begun)\b[^,;.]*$|"
                                r",\s+(?:the\s+)?(?:first|only|longest|biggest|largest)\s+(?:[^,;.]|\.(?=[\w-]))*$")  # ", the first since the U.S.-led invasion of 2001,"
_APPOSITIVE_AFTER = re.compile(r"[^,;.]*,\s+(?:(?:has|have|had|is|was|were|will\s+be|would\s+be)\s+(?:now\s+|already\s+)?)?")
#: A declaration cue in the past tense ("announced", "declared", "agreed", "took effect").
_PAST_CUE = re.compile(r"\b(?:\w+ed|took|began|came|went|signed)\b")
_AUX_ONLY = re.compile(r"\s+(?:has|have|had|is|was|were|will\s+be|would\s+be)\s+(?:now\s+|already\s+|formally\s+)?")
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s+(?:[\w-]+\s+){0,2}$")
#: A place's setting before a cue: "In Bosnia, where the four-month truce expired on Monday, ...".
_WHERE_BEFORE = re.compile(r",\s+where\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,3}$")
#: "since the pause began", "until the truce took effect", "within hours of its start": the start
#: is a reference point.
_FRAME_BEFORE = re.compile(r"\b(?:since|until|till|before|ahead\s+of|within\s+(?:[\w-]+\s+)?(?:hours|minutes|days)\s+of)\s+(?:the|it|its|their|a)\s+(?:[\w'-]+\s+){0,4}$|\b(?:since|until|before)\s+it\s+$|"
                           r"\bsince\s+[\w-]+'s?\s+(?:[\w'-]+\s+){0,3}$")  # "since Ethiopia's government declared a truce"
#: After a truce, a relative clause telling its start: "the cessation of hostilities that began".
_THAT_BEGAN = re.compile(r"\b(?:that|which)\s+(?:had\s+)?(?:began|begun|started|took\s+(?:effect|hold)|came\s+into\s+(?:force|effect))\b")
#: A date after a participle dates the truce's origin, not the event: "shattered the
#: ceasefire agreed in Malaysia on July 28".
_ORIGIN = re.compile(r"\b(?:agreed|signed|declared|announced|reached|brokered|struck|concluded|ordered)\b")


def _opens_with_background(low: str) -> bool:
    """The sentence opens with a background marker ("One year ago on Thursday, ..."):
    it dates the whole sentence, however far the cue; an article may come first ("The last
    time ..."). (The leftmost marker in the first 40 characters starts at 0-4 exactly when
    one matches there: five anchored tries, not a search of all 40 positions.)"""
    line = _DATELINE.match(low)
    at = line.end() if line is not None else 0  # (after a dateline: "SEOUL, July 27 - Ten years ago today, ...")
    return any(K.BACKGROUND.match(low, q, at + 40) is not None for q in range(at, at + 5))


#: An item's dateline: "SEOUL, July 27 - ", "CAIRO, Saturday, Oct. 27 (Reuters) - ".
_DATELINE = re.compile(_DATELINE_PLACE.pattern + r"(?:[\w.]+(?:\s+\d{1,2})?,\s*)?[\w.]+\s+\d{1,2}(?:\s*\([^()]{1,30}\))?\s+[-\u2013\u2014]+\s+")


_BEST = (True, True, True, True)


#: A truce word as a kind, not a truce: "A truce that is renewed is harder to abandon",
#: "Researchers note that a ceasefire that depends on nobody firing first is fragile", "But any
#: truce would face the problem". The indefinite opens the sentence or its reported clause and
#: is told in the present of a relative clause or the conditional.
_GENERIC_BEFORE = re.compile(r"(?:^|\b(?:that|but|and)\s+|:\s+)(?:any|an?)\s+(?:[\w'-]+\s+){0,2}$")
_GENERIC_AFTER = re.compile(r"\s+(?:(?:that|which)\s+(?:simply\s+|only\s+)?(?:is|are|has|does|[a-z]+[^s\W]s)\b|would\b)")


def _generic_truces(doc: _Doc, i: int) -> bool:
    """Every truce word of sentence ``i`` names truces in general (``_GENERIC_BEFORE``): the
    sentence reports no event."""
    low = doc.sents[i].low
    return all(_GENERIC_BEFORE.search(low, max(0, x - 40), x) and _GENERIC_AFTER.match(low, y)
               for x, y in doc.truce_words[i])


def _candidates(doc: _Doc, known: Mapping[str, datetime]) -> list[_Cand]:
    out: list[_Cand] = []
    # (truce, kind) pairs whose evidence cannot be bettered: later cues of that kind are
    # not read again (at most one event per truce and kind; repeats cost nothing)
    done: set[tuple[int, str]] = set()
    strong_violation: set[int] = set()
    for i in range(len(doc.sents)):
        has_tw = doc.tw(i)
        if has_tw and not doc.ments[i] and _generic_truces(doc, i):
            continue
        if has_tw or doc.ments[i] or "it " in doc.sents[i].low[:48] and _IT_LEADS.match(doc.sents[i].low) and doc.follows_truce(i) \
                or doc.cues[i] and _deal_refs(doc, i, 0, len(doc.sents[i].low)):  # "the agreement would remain in force until ..."
            seen: set[str] = set()
            for a, b, cue in doc.cues[i]:
                kind = cue.kind
                if kind == "violation" or kind in seen:
                    continue
                if (_truce_at(doc, i, a), kind) in done:
                    continue
                c = _cue_event(doc, i, a, b, cue, known)
                if c is not None:
                    seen.add(kind)
                    out.append(c)
                    out += [replace(c, truce=t2) for t2 in _coordinated(doc, i, c.truce, a)]
                    if cue.voice == "obj":  # (their own deadline unknown: none is lent)
                        out += [replace(c, truce=t2, deadline=None) for t2 in _coordinated_after(doc, i, c.truce, b)]
                    if _rank(c) == _BEST or (c.kind == "collapsed" and not c.title):
                        done.add((c.truce, c.kind))
        if len(strong_violation) < len(doc.specs):
            v = _violation(doc, i, has_tw)
            if v is not None:
                out.append(v)
                if v.strong and not v.title:
                    strong_violation.add(v.truce)
    return out


#: Between two tracked names in one noun phrase: "the Aleppo and Ghouta truces".
_COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+|as\s+well\s+as\s+)(?:the\s+|in\s+)?"
                           r"(?:(?:nearby|neighbouring|neighboring|besieged)\s+)?(?:(?:port\s+)?(?:town|city|village|region|province|district)\s+of\s+)?")


def _coordinated_after(doc: _Doc, i: int, t: int, b: int) -> list[int]:
    """Other tracked truces named together with truce ``t`` after a transitive cue ending at
    ``b``, in its clause: "announced a ceasefire ... to open humanitarian corridors from
    Mariupol and Volnovakha" declares both."""
    if len(doc.specs) == 1:
        return []
    low = doc.sents[i].low
    after = sorted((x, y, u) for x, y, u in doc.ments[i] if x >= b)
    cut = K.CLAUSE_CUT.search(low, b)
    while cut is not None and any(_COORDINATION.fullmatch(low, p[1], q[0]) and p[1] <= cut.start() and cut.end() <= q[0]
                                  for p, q in pairwise(after)):
        cut = K.CLAUSE_CUT.search(low, cut.end())  # (an "and" joining two names cuts no clause: "Mariupol and the nearby town of Volnovakha")
    end = cut.start() if cut else len(low)
    ments = [m for m in after if m[1] <= end]
    return _named_with(next(_name_runs(low, ments), []), t)  # the first run of names after the cue


def _coordinated(doc: _Doc, i: int, t: int, at: int) -> list[int]:
    """Other tracked truces named together with truce ``t`` in the noun phrase before the cue
    at ``at`` ("Truces in Aleppo and Eastern Ghouta collapsed"): the event is theirs too."""
    if len(doc.specs) == 1:
        return []
    ments = sorted((x, y, u) for x, y, u in doc.ments[i] if y <= at)
    ments = [m for m in ments if not any(o[0] <= m[0] and m[1] <= o[1] and o != m for o in ments)]  # outermost
    runs = list(_name_runs(doc.sents[i].low, ments))
    return _named_with(runs[-1], t) if runs else []  # the last run of names before the cue


def _name_runs(low: str, ments: list[tuple[int, int, int]]) -> Iterator[list[tuple[int, int, int]]]:
    """Runs of tracked names (``ments`` in text order) joined by "and" or commas: "Aleppo and
    Eastern Ghouta"."""
    run: list[tuple[int, int, int]] = []
    for m in ments:
        if run and not _COORDINATION.fullmatch(low, run[-1][1], m[0]):
            yield run
            run = []
        run.append(m)
    if run:
        yield run


def _named_with(run: list[tuple[int, int, int]], t: int) -> list[int]:
    """The other truces a run of names holds, when truce ``t`` is among them."""
    names = {u for _, _, u in run}
    return sorted(names - {t}) if t in names and len(names) > 1 else []


#: A place or party named right before a truce word, after its article: "the Gaza truce".
_NAMED_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|as|after|amid|while|before|despite)\s+|^(?!(?:The|A|An|This|That|Its|Their|His|Her|Our|Any|No|Each|Every|Another|New|Last|First|One)\b))"
                           r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+$")  # (a sentence may open with it: "Israel-Hezbollah ceasefire takes effect")
#: Holidays that name a truce ("the Easter truce", "an Eid ceasefire").
_HOLIDAYS = frozenset("christmas easter eid ramadan ramzan newroz nowruz tet diwali passover".split())
#: Capitalised words before a truce word that name a time or a broker, not a ground.
_NOT_A_GROUND = _HOLIDAYS | frozenset(
    "orthodox lent holiday olympic "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday new first second third last latest previous "
    "current fragile temporary humanitarian".split())


def _foreign_truce(doc: _Doc, i: int, a: int, b: int) -> bool:
    """The cue's truce word is named after a place no tracked truce names: "the Gaza truce"
    when only the Lebanon ceasefire is tracked."""
    raw = doc.sents[i].raw
    for x, y in doc.truce_words[i]:
        # its parties: beside the cue, or between it and the cue as its subject ("a ceasefire
        # between Israel and Hamas came into force"), the Israel-Hezbollah ceasefire tracked
        if a - 60 <= x <= b + 12 and (m := _PAIR_AFTER.match(raw, y)) is not None and (x >= a - 12 or m.end() <= a) \
                and _foreign_pair(doc, i, y, m):
            return True
        if x < a - 12 and a - 40 <= x and (m := _PLACE_AFTER.match(raw, y)) is not None and a - m.end(1) <= 2 \
                and _untracked_place(doc, i, y, m):
            return True  # the subject, its place right before the cue: "a ceasefire in Gorazde took effect at noon"
        if y <= a <= y + 90 and _AND_A_NEW.search(doc.sents[i].low, max(0, x - 40), x) \
                and any(x2 < x and _named_by_mention(doc, i, x2) for x2, _ in doc.truce_words[i]) \
                and not any(x <= mx < a for mx, _, _ in doc.ments[i]):
            return True  # a new truce in a clause after the tracked one's: "The humanitarian truce runs out
            # tonight, and a ceasefire agreed in Luanda on Tuesday is due to begin at midnight"
        if not (a - 12 <= x <= b + 12):
            continue
        m = _NAMED_BEFORE.search(raw, max(0, x - 30), x) if not _VERB_TRUCE_WORD.match(doc.sents[i].low, x) else None
        if m is not None and not any(m.start(1) <= mx < x for mx, _, _ in doc.ments[i]) and _untracked_ground(doc, m.group(1)):
            return True
        m = _PLACE_AFTER.match(raw, y) if not _SIGNED.match(doc.sents[i].low, a) else None
        if m is not None and _untracked_place(doc, i, y, m):
            return True  # "agreed to a pause in Gaza", Lebanon tracked (but "signed a ceasefire in Zagreb": where it was signed)
    return False


def _untracked_place(doc: _Doc, i: int, y: int, m: re.Match[str]) -> bool:
    """The place ``_PLACE_AFTER`` found after a truce word ending at ``y`` is a ground no
    tracked truce names, and no mention stands between."""
    return not any(y <= mx < m.end() for mx, _, _ in doc.ments[i]) and _untracked_ground(doc, m.group(1))


#: Before a truce word, a new one in a clause of its own: "..., and a ceasefire", "; a new truce".
_AND_A_NEW = re.compile(r"(?:\band|;)\s+an?\s+(?:[\w'-]+\s+){0,2}?$")
#: Right after a truce word, the two parties it is between: "a ceasefire between Israel and Hamas".
_PAIR_AFTER = re.compile(r"\s+between\s+(?:the\s+)?([A-Z][\w-]+)\s+and\s+(?:the\s+)?([A-Z][\w-]+)\b")


def _foreign_pair(doc: _Doc, i: int, y: int, m: re.Match[str]) -> bool:
    """The parties ``m`` names after a truce word ending at ``y`` are not a tracked truce's,
    whose name gives its pair ("Israel-Hezbollah ceasefire"): one of them is named by none."""
    return not any(y <= mx < m.end() for mx, _, _ in doc.ments[i]) and any(_PARTY_PAIR.search(n) for spec in doc.specs for n in spec.names) \
        and (_untracked_ground(doc, m.group(1)) or _untracked_ground(doc, m.group(2)))


#: Two parties in a tracked name ("Israel-Hezbollah ceasefire", not "Qatar-brokered truce").
_PARTY_PAIR = re.compile(r"\b[A-Z]\w+-[A-Z]\w+\b")


#: A truce word that is a verb: the capitalised word before it is its subject ("Israel
#: suspended offensive operations"), not the ground that names it ("the Gaza truce").
_VERB_TRUCE_WORD = re.compile(r"(?:halted|stopped|ceased|suspended|paused|halts|stops|suspends)\b")


#: A signing cue: the place after its truce word is where the truce was signed.
_SIGNED = re.compile(r"sign(?:s|ed|ing)?\b")
#: Right after a truce word, the place it is in: "a pause in Gaza".
_PLACE_AFTER = re.compile(r"\s+in\s+(?:the\s+)?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=\s*(?:[,.;:)]|$)|\s+(?:and|but|on|at|from|to|until|for|as|after|before|with|since|"
                          r"took|takes|came|comes|went|goes|began|begins|started|starts|entered|enters|was|is|has|had|will|would)\b)")


_HOLIDAY_BEFORE = re.compile(r"\b(" + "|".join(sorted(_HOLIDAYS)) + r")\s+(?:[\w'-]+\s+)?$")
_ORDINALS = frozenset("first second third fourth fifth sixth".split())
_ORDINAL_BEFORE = re.compile(r"\b(" + "|".join(sorted(_ORDINALS)) + r")\s+(?:[\w'-]+\s+)?$")
#: Words that tell one truce from another of the same ground, with the pattern that finds one
#: right before a truce word: a holiday ("Orthodox Christmas ceasefire") and an ordinal ("the
#: second humanitarian truce").
_DISTINGUISHERS = ((_HOLIDAYS, _HOLIDAY_BEFORE), (_ORDINALS, _ORDINAL_BEFORE))


def _other_holidays_truce(doc: _Doc, i: int, lo: int, hi: int) -> bool:
    """A truce word in ``low[lo:hi]`` named by a holiday (or an ordinal) that no tracked truce's
    names hold, while a tracked truce is named by one: "a 36-hour Orthodox Christmas ceasefire"
    when the Easter truce is tracked is another truce, and so is "the second humanitarian truce"
    when the "third humanitarian truce" is."""
    low = doc.sents[i].low
    for words, before in _DISTINGUISHERS:
        named = doc.names_holding(words)
        if named and any(lo <= x <= hi and (m := before.search(low, max(0, x - 30), x)) is not None and m.group(1) not in named
                         for x, _ in doc.truce_words[i]):
            return True
    return False


def _untracked_ground(doc: _Doc, name: str) -> bool:
    """``name`` (a capitalised word) is a ground no tracked truce names. When no tracked name
    holds a ground at all ("five-hour humanitarian pause", "July 17 humanitarian window"), no
    place can tell another truce: the truce's ground is unknown."""
    folded = fold(name)
    return folded not in _NOT_A_GROUND and _names_a_ground(tuple(doc.specs)) \
        and not any(folded in n for names in doc.folded_names() for n in names)


@lru_cache(maxsize=64)
def _names_a_ground(specs: tuple[TruceSpec, ...]) -> bool:
    """Some tracked name holds a capitalised word that may be a ground (not a month, a holiday,
    nor initials such as "UN")."""
    return any(fold(w) not in _NOT_A_GROUND and len(w) > 2 for spec in specs for n in spec.names for w in _CAPITALISED.findall(n))


_CAPITALISED = re.compile(r"\b[A-Z][\w']*")


def _owner_tracked(doc: _Doc, owner: str | None) -> int | None:
    """The tracked truce whose name holds ``owner`` ("government" in "the government's own
    truce", the "Afghan government ceasefire" tracked): that truce is the owner's."""
    holders = _name_holders(doc, owner) if owner is not None else []
    return holders[0] if holders else None


def _name_holders(doc: _Doc, word: str) -> list[int]:
    """The tracked truces whose names or aliases hold ``word`` as a whole word."""
    if _ONE_WORD.fullmatch(word):
        return sorted(_word_holders(doc.folded_names()).get(word, ()))
    pat = re.compile(r"\b" + re.escape(word) + r"\b")
    return [u for u, names in enumerate(doc.folded_names()) if any(pat.search(n) for n in names)]


_ONE_WORD = re.compile(r"\w+")


@lru_cache(maxsize=64)
def _word_holders(names: tuple[tuple[str, ...], ...]) -> dict[str, frozenset[int]]:
    """Each word of the tracked names, with the truces whose names hold it; read once per tracked set."""
    out: dict[str, set[int]] = {}
    for u, ns in enumerate(names):
        for n in ns:
            for w in _ONE_WORD.findall(n):
                out.setdefault(w, set()).add(u)
    return {w: frozenset(us) for w, us in out.items()}


def _own_truces(doc: _Doc, i: int, a: int, b: int) -> Iterator[re.Match[str]]:
    """Another party's own truce told with a declaration or extension cue at ``low[a:b]``,
    where no tracked name stands: as its object ("would extend its own ceasefire", "would
    prolong the government's own truce"), then as its subject ("the army's own ceasefire would
    be extended"). Group 1 holds the owner when a noun names it."""
    low = doc.sents[i].low
    own = _ITS_OWN_TRUCE.match(low, b)
    if own is not None and not any(m[0] < own.end() for m in doc.ments[i]):
        yield own
    own = _OWN_SUBJECT.search(low, max(0, a - 90), a) if " own " in low else None
    if own is not None and not any(own.start() <= m[0] < a for m in doc.ments[i]):
        yield own


_ACT_THAT = re.compile(r"\b(?:that|which)\s+(?:will|would|shall)\s+$")


def _announced_end(doc: _Doc, i: int, a: int, b: int) -> _Cand | None:
    """A party's own truce ended at a time it states ahead ("said it would end its ceasefire
    at midnight", "will end its truce on Friday, December 3"): expiring, with that time; with
    no time ahead, nothing (the end is only announced)."""
    if doc.pub is None or _ACT_THAT.search(doc.sents[i].low, max(0, a - 20), a):
        return None  # "a move that will end the six-year-old truce on January 16": the act ends it, not the term
    return _expiring_at(doc, i, a, b, starts=False)


def _expiring_at(doc: _Doc, i: int, a: int, at: int, starts: bool) -> _Cand | None:
    """Expiring, at the first time stated within 25 characters after ``at`` that is still
    ahead (with ``starts``, also one read as a start: "effective 11:59 p.m."); else None."""
    t = _truce_at(doc, i, a)
    ahead = [p for p in doc.phrases(i, t) if p.instant is not None and (starts or p.role != "start")
             and at <= p.start <= at + 25 and p.instant > doc.pub]
    return _cand(doc, t, "expiring", i, a, ahead[0]) if ahead else None


#: After a passive "was declared": a complement naming no truce ("a closed military zone").
_BE_BEFORE = re.compile(r"\b(?:was|were|is|are|been)\s+$")
#: Before a declaring cue: the breach of the accord whose terms it states ("violations of the
#: understanding between India and Pakistan to halt military action").
_BREACHED_TERMS = re.compile(r"\b(?:violations?|breach(?:es)?)\s+of\s+(?:the|an?|its|their)\s+(?:[\w'-]+\s+){1,7}$")
#: After "declare": the truce as the object, its end as the complement ("declaring the
#: conditional ceasefire over", "declared the truce dead").
_DECLARED_OVER = re.compile(r"\s+(?:the|its|their|a|an)\s+(?:[\w'-]+\s+){0,3}?(?:truce|ceasefire|cease-fire|pause|lull|armistice|calm)\s+"
                            r"(?:over|ended|dead|void|null|finished|invalid|defunct)\b")
_COMPLEMENT = re.compile(r"\s+(?:an?|the)\s+(?!(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire|pause|lull|halt|cessation|armistice)\b)")
#: After a declaration told ahead ("will declare"): the moment it waits for ("when talks open")
_ONCE_LATER = re.compile(r"[^.;]{0,60}?\b(?:once|when|as\s+soon\s+as)\s")
#: A time told before the "once" or "when": "will take effect at noon on Sunday, when ...".
_ONCE_TIMED = re.compile(r"[^.;]{0,60}?\b(?:at|from|on)\s+(?:\d|noon|midnight|dawn|" + K.WEEKDAY + r")")
#: "lifted its ceasefire, effective 11:59 p.m. on February 10": the time the end takes effect
_EFFECTIVE_AFTER = re.compile(r"[^.;:]{0,40}?\b(?:effective|with\s+effect\s+from)\b")
#: the truce ended or lifted just before a cue "effective ...": the end takes effect, not the truce
_ENDED_BEFORE = re.compile(r"\b(?:lift|end|terminat|scrap|cancel|revok|rescind)\w*\s+(?:(?:the|its|their|his|her|a)\s+)?"
                           r"(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire)\b[^.;:]{0,30}$")


#: "ordered the New People's Army to end", "NPA to end": an end ordered or announced, told before its verb
_TO_END_BEFORE = re.compile(r"\b(?:(?:order|instruct|direct|decid|decree|plan)\w*\s+(?:[\w'-]+\s+){0,5})?to\s+$")


def _effective_end(doc: _Doc, i: int, a: int, b: int) -> _Cand | None:
    """A truce lifted or terminated "effective" at a time still ahead ("NPA terminates its
    ceasefire effective 11:59 p.m. on February 10"): an end given on notice, expiring then.
    None when no such time follows: an end taking effect now is a collapse."""
    m = _EFFECTIVE_AFTER.match(doc.sents[i].low, b)
    if m is None or doc.pub is None:
        return None
    return _expiring_at(doc, i, a, m.end(), starts=True)


def _other_truce_first(doc: _Doc, i: int) -> bool:
    """No sentence up to ``i`` names a tracked truce and one names another kind of truce
    ("a tariff truce", "a separate truce"): until a tracked name comes, the item's truce
    words ("The pause keeps tariffs ...") are that truce's."""
    return not any(doc.ments[j] for j in range(i + 1)) and any(
        doc.other_truce(j) for j in range(i + 1))


#: A truce word and the comma opening a participle aside on it ("The truce, announced by ...").
_TRUCE_COMMA = re.compile(r"\b(?:truce|ceasefire|cease-fire|pause|lull|moratorium)\s*,\s*$")
#: After a participle cue: the rest of its aside, closed by a comma before the main verb.
_ASIDE_CLOSES = re.compile(r"(?:\s+(?:by|in|on|at|with|after|last|earlier)\b[^,;.:]{0,90}?)?,\s+(?!(?:and|but|or|which|who|said|says|officials|the)\b)")
#: Before a cue: truces counted as its subject ("more than fifty ceasefires have been announced",
#: "dozens of truces were agreed"), many truces, none of them the news.
_TRUCES_COUNTED = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|scores\s+of|hundreds\s+of|several|many|numerous|"
                             r"(?:more\s+than|at\s+least|some)\s+\w+)\s+(?:[\w-]+\s+)?(?:truces|ceasefires|cease-fires)\s+"
                             r"(?:[\w'-]+\s+){0,3}?(?:have|had|has|were|was)\s+(?:been\s+)?$")


def _other_kind_truce(doc: _Doc, i: int, lo: int, hi: int) -> bool:
    """Another sort of truce near the cue ("a separate truce", "rival unions declared a truce in their pay
    dispute"), unless those very words name a tracked truce ("political truce" tracked as Haiti's)."""
    return any(not any(s < m.end() and m.start() < e for s, e, _ in doc.ments[i])
               for m in K.OTHER_TRUCE.finditer(doc.sents[i].low, lo, hi))


def _untracked_moratorium(doc: _Doc, i: int, a: int, b: int) -> bool:
    """The truce word nearest the cue is a "moratorium" with no halted fighting named after it,
    and no tracked name holds the word or names it ("the south Lebanon moratorium"): a moratorium on
    something else ("the three-month moratorium agreed at Brioni", on steps toward independence)."""
    low = doc.sents[i].low
    near = [(min(abs(x - b), abs(a - y)), x, y) for x, y in doc.truce_words[i] if a - 60 <= y and x <= b + 40]
    if not near:
        return False
    x = min(near)[1]
    return low.startswith("moratorium", x) and not _HALTS_FIGHTING.match(low, x + len("moratorium")) \
        and not _name_holders(doc, "moratorium") and not _named_by_mention(doc, i, x)


def _named_by_mention(doc: _Doc, i: int, x: int) -> bool:
    """The truce word at ``x`` in sentence ``i`` is a mention's own or follows one right after it
    ("the south Lebanon truce", "the humanitarian truce")."""
    return any(mx <= x <= my + 1 for mx, my, _ in doc.ments[i])


#: After "moratorium": the fighting it halts ("moratorium on strikes against energy infrastructure").
_HALTS_FIGHTING = re.compile(r"\s+on\s+(?:[\w'-]+\s+){0,3}?(?:strikes|attacks|hostilities|fighting|military|shelling|bombing|offensive|operations|firing)\b")


def _cue_event(doc: _Doc, i: int, a: int, b: int, cue: K.Cue, known: Mapping[str, datetime]) -> _Cand | None:
    low = doc.sents[i].low
    kind = cue.kind
    if not _about_truce(doc, i, a, b, cue):
        return None
    if doc.hedged("expired" if kind == "expiring" else kind, i, a, b):
        return None
    if kind == "declared" and low.endswith("to ", 0, a) and any(
            x < a and c.kind == kind and doc.hedged(kind, i, x, y) for x, y, c in doc.cues[i]):
        return None  # "were expected to announce a humanitarian truce later in the day, to start on Tuesday": the
        # infinitive goes on with the hedged declaration before it
    if kind == "declared" and _TRUCE_COMMA.search(low, max(0, a - 30), a) and _ASIDE_CLOSES.match(low, b):
        return None  # "The truce, announced by the Taliban and matched by the government, brought a rare lull": who made it, told aside
    if ("truces" in low or "ceasefires" in low or "cease-fires" in low) and _TRUCES_COUNTED.search(low, max(0, a - 90), a):
        return None  # "More than fifty ceasefires have been announced since the war began": a record of many truces
    if kind in ("collapsed", "expiring") and " after " in low and _DAYS_AFTER_END.search(low, max(0, a - 90), a):
        return None  # "days after the Gaza ceasefire collapsed", "days after the Carter-brokered truce lapsed": an end days old
    if kind == "collapsed" and K.FUTURE_BEFORE.search(low, max(0, a - 8), a):
        # "it will end its ceasefire on Wednesday night", "will terminate the ceasefire ..., effective 11:59 p.m."
        return _announced_end(doc, i, a, b) or _effective_end(doc, i, a, b)
    if kind == "collapsed" and "effect" in low and (ahead := _effective_end(doc, i, a, b)):
        return ahead
    if kind == "collapsed" and _TO_END_BEFORE.search(low, max(0, a - 70), a) and (ahead := _announced_end(doc, i, a, b)):
        return ahead  # "NPA to end unilateral ceasefire at 11:59 p.m. on February 10"
    if kind == "declared" and low.startswith(("declar", "announc", "proclaim", "take", "come", "go ", "enter", "begin", "start"), a) \
            and K.FUTURE_BEFORE.search(low, max(0, a - 8), a) and _ONCE_LATER.match(low, b) and not _ONCE_TIMED.match(low, b):
        return None  # "will declare their own ceasefire when formal talks open", "the truce would take effect once Russia
        # accepted and implemented it": a promise, its moment not come (but "will begin once the clock strikes at noon" is timed)
    if kind == "declared" and low.startswith("declared ", a) and _BE_BEFORE.search(low, max(0, a - 12), a) and _COMPLEMENT.match(low, b):
        return None  # "it was declared a closed military zone": what the place became, not a truce
    if kind == "declared" and ("violat" in low or "breach" in low) and _BREACHED_TERMS.search(low, max(0, a - 90), a):
        return None  # "repeated violations of the understanding between India and Pakistan to halt military action": its terms, named
    if kind == "declared" and low.startswith("declar", a) and _DECLARED_OVER.match(low, b):
        return None  # "declaring the conditional ceasefire over": its end (read by the ending cue)
    if kind == "declared" and low.startswith("effective", a) and _ENDED_BEFORE.search(low, max(0, a - 90), a):
        return None  # "lifted the ceasefire, effective at midnight": the end takes effect
    if _other_kind_truce(doc, i, max(0, a - 100), b + 60) or \
            "gangs" in low and K.GANGS_TRUCE.search(low, max(0, a - 100), b + 60) and not doc.tracks_gangs():
        return None  # "in Gaza, where a separate truce collapsed", "Honduran gangs announce truce": not the tracked one
    if "moratorium" in low and _untracked_moratorium(doc, i, a, b):
        return None  # "as the three-month moratorium agreed at Brioni expired", only ceasefires tracked
    if not doc.ments[i] and (doc.other_truce(i) or _other_truce_first(doc, i)):
        return None  # "extending a tariff truce with China ... The pause keeps tariffs until November 10": that truce's
    if _elsewhere(doc, i, a):
        return None  # "In neighbouring Croatia, an offensive ... shattering a ceasefire that had held there": another ground's
    t = _truce_at(doc, i, a)
    if _foreign_truce(doc, i, a, b) or _other_holidays_truce(doc, i, a - 60, b + 12):
        return None  # "With the Gaza truce dead, Lebanon's ceasefire looks fragile", Lebanon tracked
    bg = _background(doc, i, t, a, b, cue)
    if bg == "perfect" and kind == "declared" and doc.pub is not None:
        # "had declared a truce from X to Y": a running truce restated; a coming end is news
        fut = [p for p in _ends(doc, i, t) if p.instant > doc.pub and p.start > b]  # type: ignore[operator]
        return _cand(doc, t, "expiring", i, a, fut[0]) if fut else None
    if bg:
        return None
    if kind in ("declared", "extended") and cue.voice != "subj" and _modifier(doc, i, a, b) and not (
            kind == "declared" and _START_RIGHT_AFTER.match(low, b) and _fresh_start(doc, i, t)):
        return None  # (but "a pause that the military declared from 6 a.m. on Sunday", read that morning, is news;
        # an intransitive cue is no participle: "a truce in south Lebanon started at 6 a.m.")
    if kind == "extended" and _OTHER_MANDATE.match(low, b):
        return None  # "UN renews Western Sahara mission": a mandate, not the truce
    if kind in ("declared", "extended") and _ITS_OWN.match(low, b):
        return None  # "Rebels cut holiday ceasefire short as military extends its own": another truce
    for own in _own_truces(doc, i, a, b) if kind != "violation" else ():
        if kind not in ("declared", "extended") and (own.group(1) is None or own.group(1) in _GENERIC_OWNERS):
            continue  # ("its own truce ends on Sunday", "the group's own truce": whose, the sentence before says)
        owner = _owner_tracked(doc, own.group(1))
        if owner is None:
            return None  # "Ghani said the government would extend its own ceasefire", the Taliban's tracked: another truce
        t = owner  # "the government's own truce would be extended", the government's truce tracked too
    if kind == "declared" and "ending" in low and any(c.kind == "collapsed" and b < x <= b + 90 and _ENDING_PARTICIPLE.match(low, x)
                                                      and _PARTICIPLE_CUT.search(low, b, x) for x, _, c in doc.cues[i]):
        return None  # "signed the decree shortly after midnight, ending a five-month truce": the act that ended it
    if kind == "declared" and " on " in low and (tw := next((x for x, _ in doc.truce_words[i] if x > b), None)) is not None \
            and not any(x < b for x, _ in doc.truce_words[i]) and _BUILDING_ON.search(low, max(b, tw - 40), tw):
        return None  # "signed a power-sharing protocol on Wednesday, building on a ceasefire agreed last December"
    if kind == "declared" and doc.pub is not None and (y := _YEAR_NAMED_SUBJECT.search(low, max(0, a - 70), a)) is not None \
            and int(y.group(1)) < doc.pub.year:
        return None  # "Panmunjom, where the 1953 armistice was signed": a truce named by a past year, its signing history
    if kind == "declared" and ("violat" in low or "breach" in low) and _VIOLATED_OBJECT.search(low, max(0, a - 60), a):
        return None  # "Pakistan had repeatedly violated their understanding to halt all firing": the truce breached, not declared
    if kind == "declared" and _EXTENSION_OBJECT.match(low, b):
        return None  # "accepted a three-day extension", "agreed on Saturday to extend": read by the extension cue
    if kind == "declared" and _call_before_truce(doc, i, b):
        return None  # "accepted Resolution 598, which calls for a ceasefire": the object is a call
    if kind == "declared" and _END_OBJECT.match(low, b):
        return None  # "a decree announcing the end of its commitment to the ceasefire", "declared the truce over"
    if kind == "declared" and (K.UPHOLD_OBJECT.match(low, b) or K.GERUND_AFTER.match(low, b) or K.OTHER_OBJECT.match(low, b)
                               or low.startswith("declared", a) and K.OTHER_SUBJECT_DECLARED.search(low, max(0, a - 40), a)):
        return None  # "agreed to respect their 2002 ceasefire", "monitors began withdrawing", "declares martial law"
    if kind == "declared" and low.startswith(("start", "beg"), a) and K.INFINITIVE_AFTER_START.match(low, b):
        return None  # "truce holds as evacuees start to return"
    if kind in ("declared", "collapsed") and not _PAST_FORM.match(low, a) and (
            _TEMPORAL.search(low, max(0, a - 60), a) or _ONCE.search(low, max(0, a - 130), a)):
        return None  # "before the truce took effect": a time reference, not a report
    if kind == "expiring" and "deadline" in low and _OTHER_DEADLINE.search(low, max(0, a - 90), a):
        return None  # "as the extended deadline for their pullout under the ceasefire deal ran out": another act's deadline
    if kind == "expiring" and "until" in low and _KEEP_UNTIL.search(low, max(0, a - 80), a):
        return None  # "urged fighters to keep observing it until it ended": the end as a time reference
    if kind == "declared" and low.startswith("agree", a) and _ONE_SIDE.search(low, max(0, a - 40), a):
        return None  # "Hun Manet said his country agreed to an immediate ceasefire": one side's acceptance
    if kind == "declared" and "follow" in low and _FOLLOWED.search(low, max(0, a - 70), a):
        return None  # "The announcement followed a unilateral pause declared on Tuesday by the Alliance": an earlier truce
    if kind == "declared" and "accus" in low and _ACCUSED_AFTER.search(low, max(0, a - 160), a):
        return None  # "accused X of attacking after the ceasefire took effect at midnight": the start dates the charge
    if kind == "declared" and low.startswith(" by ", b) and not any(0 <= a - y <= 3 for _, y in doc.truce_words[i]):
        return None  # "a decree signed by Polisario's leader declared the end of ...": the participle names the decree
    if kind == "declared" and (" of " in low or " from " in low) and _EXIT_FROM.search(low, max(0, a - 90), a):
        return None  # "when the government's withdrawal from the pact takes effect": the exit starts, not a truce
    if kind == "declared" and "spite" in low and _DESPITE_BEFORE.search(low, max(0, a - 50), a):
        return None  # "Despite the agreement to halt fighting, attacks continue": the deal as a given
    if kind == "declared" and _SEASON_BEFORE.search(low, max(0, a - 40), a):
        return None  # "during the holy month of Ramadan, due to begin early next week": the month begins
    if kind == "declared" and _PAST_FORM.match(low, a) and _DAY_AFTER_THAT.match(low, b):
        return None  # "the ceasefire that took effect the following day has broadly held": dated by another event
    if kind in ("declared", "extended", "collapsed") and _DAYS_AFTER.search(low, max(0, a - 220), a):
        return None  # "a day after the truce took effect": a start restated, not news; "lapsed ..., two weeks
        # after the government gave notice that it was pulling out of the largely defunct pact": its end the same
    if kind == "declared" and _PAST_CUE.search(low, a, b) and (m := _DATED_BY_EVENT.match(low, _object_end(doc, i, b))) and not any(
            p.has_date for p in doc.phrases(i, t) if b <= p.start < m.end()):
        return None  # "the Taliban announced their own truce two days after Ghani's offer": told by another event
    if cue.fresh and not _fresh_start(doc, i, t):
        return None  # "the truce is being observed": news only "since 00:01" today
    if kind == "declared" and cue.voice != "subj" and (obj := _truce_refs(doc, i, b, min(len(low), b + 60))) \
            and _OBJECT_NOT_DONE.match(low, obj[0][1]):
        return None  # "agreed to an immediate and unconditional ceasefire proposal", "agrees to truce 'in principle'"
    if kind == "declared":
        c = _declared(doc, i, a, b, t)
        if c is not None and c.kind == "declared" and c.deadline is None and _PREVIEW.search(low, max(0, a - 40), a) \
                and _BEFORE_IT.search(low, max(0, a - 130), a):
            return None  # "hours before a truce for Christmas was due to begin at noon", no end told: a time reference
        if c is not None and c.kind == "declared" and _SCHEDULED.search(low, max(0, a - 20), a) and _agreed_days_ago(doc, t):
            return None  # "the truce, due to start on 20 July" after "the rebels announced the truce last Wednesday": restated
        return c
    if kind == "extended":
        if low.startswith(("remain", "stay"), a) and any(
                c.kind == "declared" and x < a and (_START_CUE.search(low, x, y) or low.startswith(_DECLARING, x) and not low.startswith(" that", y))
                and _truce_at(doc, i, x) == t for x, y, c in doc.cues[i]):
            return None  # "would take effect at 0001H ... and remain in force until 2359H": a window; "declared
            # a ceasefire, saying it would remain in force until the end of the farming season": its term
        return _extended(doc, i, a, b, t, known)
    if kind == "expiring":
        if not _ends(doc, i, t) and _end_dated_back(doc, i, t):
            return None  # "Battles rage after truce runs out", the body's "lapsed on Wednesday", read on Saturday
        c = _ending(doc, i, a, b, t)
        if c is not None and c.kind == "expiring" and _A_TRUCE_THAT.search(low, max(0, a - 60), a) and _DEAL_TOLD.search(low, 0, a):
            return replace(c, kind="declared")  # "Under the agreement, ... troops will stay at their bases, a truce that
            # runs until 18:00 on Sunday": the deal's terms, a new truce named in apposition
        return c
    return _Cand(t, "collapsed", i, a, evidence=doc.clause(i, a), title=doc.is_title(i))


#: Before an ending cue: a truce introduced in apposition, after a comma (", a truce that runs until").
_A_TRUCE_THAT = re.compile(r",\s+an?\s+(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire|pause|lull)\s+(?:that|which)\s+$")
#: Earlier in the sentence: the deal whose terms it tells.
_DEAL_TOLD = re.compile(r"\b(?:agreed|agreement|deal|accord)\b")


#: Right before a start cue: a party's exit from the truce is what starts ("the government's
#: withdrawal from the Norwegian-brokered pact takes effect").
_EXIT_FROM = re.compile(r"\b(?:withdrawal|exit|pull-?out|suspension|termination|denunciation|renunciation)\s+(?:from|of)\s+"
                        r"(?:the\s+|its\s+|their\s+)?(?:[\w.'-]+\s+){0,3}(?:truce|ceasefire|cease-fire|pact|agreement|accord|deal)\s+$")


def _end_dated_back(doc: _Doc, i: int, t: int, before: bool = False) -> bool:
    """Another sentence than ``i`` tells truce ``t``'s end as history (dated days back, or
    marked as past, and no end it states still ahead): an undated telling of that end
    ("Myanmar air strikes intensify after post-quake truce lapses") is the same old end.
    ``before``: only sentences before ``i``, and only an end dated days back (a breach told
    after "the initiative ended on Sunday", read on Thursday, is that truce's history)."""
    pub = doc.pub
    return pub is not None and any(
        j != i and (c.kind == "expiring" or before and c.kind == "collapsed") and _truce_at(doc, j, a) == t
        and not any(p.instant > pub for p in _ends(doc, j, t))  # type: ignore[operator]
        and _background(doc, j, t, a, b, c) in (("dated",) if before else ("dated", "marker"))
        for j in range(i if before else len(doc.sents)) for a, b, c in doc.cues[j])


#: A report of a truce begun, its subject straight after the verb: "Putin said a complete
#: ceasefire had begun at 00:00 Moscow time" (news when the start it states is within the day).
_SAID_A_TRUCE = re.compile(r"\b(?:said|says|announced|confirmed)\s+(?:an?|the)\s+(?:[\w'-]+\s+){0,3}?(?:truce|ceasefire|cease-fire|pause|lull)\b")


def _timed_recently(doc: _Doc, i: int, t: int, b: int) -> bool:
    """Right after the cue ending at ``b``, a time within the day before publication or still
    to come ("expires at midnight tomorrow")."""
    pub = doc.pub
    return pub is not None and any(p.instant is not None and b <= p.start <= b + 20 and pub - p.instant <= _DAY
                                   for p in doc.phrases(i, t))


def _day_old(doc: _Doc, p: Phrase, t: int) -> bool:
    """Phrase ``p`` dates a day before publication's; a clock time in the last hour before
    midnight counts as the next day's ("took effect one minute before midnight on Friday",
    read on Saturday, is the day's news; "came into force at 6 p.m. on Friday" is not)."""
    assert p.instant is not None
    if p.has_clock:
        return doc.days_before(p.instant + _HOUR, t) >= 1
    return doc.age(p, t) >= 1


def _fresh_start(doc: _Doc, i: int, t: int) -> bool:
    """Sentence ``i`` states a start of truce ``t`` within the day before publication."""
    pub = doc.pub
    if pub is None:
        return False
    return any(timedelta(0) <= pub - p.instant <= _DAY for p in _starts(doc, i, t))  # type: ignore[operator]


# ---------------------------------------------------------------- step 3: which time


def _ends(doc: _Doc, i: int, t: int) -> list[Phrase]:
    low = doc.sents[i].low
    return [p for p in doc.phrases(i, t) if p.role == "end" and p.instant is not None
            and not (" talks" in low and _TALKS_DATE.search(low, max(0, p.start - 70), p.start))
            and (not (" giv" in low or " gave " in low) or _GIVEN_UNTIL.search(low, max(0, p.start - 80), p.start) is None)
            and ("ultimatum" not in low and "mandate" not in low or _OTHER_TERM_ENDS.search(low, max(0, p.start - 130), p.start) is None)
            and _FIGHTING_UNTIL.search(low, max(0, p.start - 60), p.start) is None
            and (" wait" not in low or _WAIT_UNTIL.search(low, max(0, p.start - 40), p.start) is None)]


#: Before an "end": a wait for something to begin ("everyone has to wait until May 8 and only then
#: cease fire"), not the truce's end.
_WAIT_UNTIL = re.compile(r"\bwait(?:s|ed|ing)?\s+(?:[\w'-]+\s+){0,2}?(?:until|till)\s+$")


#: Before an end: the fighting's, not the truce's ("where clashes had been heavy until this afternoon").
_FIGHTING_UNTIL = re.compile(r"\b(?:clashes|fighting|shelling|bombardment|strikes|attacks|firing|battles?)\s+(?:had\s+|has\s+)?"
                             r"(?:been\s+\w+|raged|continued|lasted|went\s+on|persisted)\s+(?:[\w'-]+\s+){0,3}?(?:until|till)\s+$")


#: Before an end: an ultimatum's term ("has given the Bosnian Serbs until 0001 GMT on Feb 21 to
#: withdraw their artillery"), not the truce's end.
_GIVEN_UNTIL = re.compile(r"\b(?:given|gave|give|gives|giving)\s+(?:[\w'-]+\s+){0,5}?(?:until|till)\s+$")


#: Before an end: the term of an ultimatum or a mandate, the subject of the verb that ends
#: ("Pulikovsky's ultimatum to storm Grozny, which was due to run out on Thursday"), no truce
#: word between.
_OTHER_TERM_ENDS = re.compile(r"\b(?:ultimatum|mandate)s?\b(?:(?!truce|ceasefire|cease-fire|pause)[^;.]){0,90}?"
                              r"\b(?:due|set|scheduled|expected|supposed)\s+to\s+(?:run\s+out|expire|end|lapse)\s+(?:on\s+|at\s+|by\s+)?$")


#: Before a date: the talks it dates ("after talks in the Chinese city of Kunming on Wednesday and
#: Thursday"), not the truce's end.
_TALKS_DATE = re.compile(r"\b(?:after|following|during|at)\s+(?:[\w'-]+\s+){0,2}?(?:talks|negotiations|meetings?|summit|consultations)\s+"
                         r"(?:in|at)\s+(?:(?!(?:until|till|to|through)\b)[\w'-]+\s+){1,9}?(?:on\s+)?$")


def _starts(doc: _Doc, i: int, t: int, *, stated: bool = True) -> list[Phrase]:
    low = doc.sents[i].low
    return [p for p in doc.phrases(i, t) if p.role == "start" and p.instant is not None
            and (p.time_stated or not stated) and not _OTHER_START.search(low, max(0, p.start - 60), p.start)]


#: Before a start phrase: the start of something other than the truce ("twelve days after
#: the uprising began on New Year's Day").
_OTHER_START = re.compile(
    r"\b(?:uprising|war|conflict|fighting|offensive|invasion|crisis|talks|negotiations|siege|protests?|"
    r"campaign|clashes|violence|insurgency|rebellion|revolt|revolution|hostilities|operation)\s+"
    r"(?:(?:had|has|have|was|were|first)\s+)?(?:began|begun|started|erupted|broke\s+out|opened)\s+(?:on\s+|at\s+|in\s+)?$")


def _following(doc: _Doc, i: int, t: int, reach: int = 2) -> list[int]:
    """Sentence ``i`` and the next ``reach`` sentences about truce ``t`` (not history)."""
    out = [i]
    for j in range(i + 1, min(len(doc.sents), i + 1 + reach)):
        if doc.about(j, t) or (not doc.ments[j] and doc.topic[j] == t and (
                _IT.search(doc.sents[j].low[:80]) or (j == i + 1 and _ANAPHOR.match(doc.sents[j].low)))
                and not doc.other_truce(j)):  # ("The deal comes on top of a separate truce")
            if doc.pub is not None and doc.old_sentence(j, t):
                continue
            out.append(j)
    return out


def _length(doc: _Doc, js: list[int], t: int | None = None) -> tuple[int, Duration] | None:
    """The truce's length ("72-hour", "for seven days") in the first of sentences ``js`` (with
    ``t``, not one naming another tracked truce: "a four-month cessation of hostilities")."""
    for j in js:
        low = doc.sents[j].low
        for d in doc.durations(j):
            if not d.by and not _OTHER_LENGTH.search(low, max(0, d.start - 60), d.start) \
                    and not _WAR_LENGTH.match(low, d.end) and not _OTHER_NOUN_AFTER.match(low, d.end) \
                    and (t is None or not any(m[2] != t and d.start <= m[0] <= d.end + 1 for m in doc.ments[j])):
                return j, d
    return None


#: A length that belongs to something else: "talks are to last six weeks", "a withdrawal
#: lasting 60 days", "the hard part is the next 60 days"; a deal's phase too ("The first phase
#: is to last 42 days", "the first, 42-day phase"): the truce is meant to outlast it, and the
#: labelled reports give such a truce no deadline (7 items to 2).
_OTHER_LENGTH = re.compile(
    r"\b(?:withdrawal|pullback|deployment|process|talks|negotiations|evacuation|campaign|"
    r"exchange|mission|period\s+of|phase|stage)\b(?:\s+[\w'-]+){0,5}\s+(?:is\s+|are\s+|was\s+)?"
    r"(?:to\s+last|to\s+run|lasting|would\s+last|will\s+last|lasts|for|of)\s+$|"
    # "the hard part is the next 60 days": a span from now
    r"\b(?:is|are|was|were)\s+the\s+(?:next|coming)\s+$|"
    # "after the envoy spent three days shuttling between the factions": the mediation's span
    r"\b(?:spent|spending|spends|took|after|following)\s+(?:more\s+than\s+|nearly\s+|almost\s+|some\s+)?$|"
    # "If it holds for 72 hours, Thailand will hand back 18 soldiers": a test the truce must pass
    r"\b(?:if|once|provided)\s+(?:it|the\s+(?:[\w-]+\s+)?(?:truce|ceasefire|cease-fire|pause|calm))\s+(?:holds|has\s+held|survives)\s+(?:for\s+)?$|"
    # "the rebels had on Saturday offered a three-day truce": an offer's length, not the declared truce's
    r"\b(?:offer(?:ed|ing|s)?|propos(?:ed|ing|es)|suggest(?:ed|ing|s)|float(?:ed|ing|s)|(?:call(?:ed|ing|s)?|push(?:ed|ing|es)?)\s+for|"
    r"reject(?:ed|ing|s)|turn(?:ed|ing|s)?\s+down)\s+(?:an?|the|its|their|his|her)\s+$|"
    # "a ceasefire starting at noon on Friday, to be followed by negotiations on a four-month
    # cessation of hostilities": the later truce's length, still to be talked over
    r"\b(?:followed|succeeded|replaced)\s+by\s+(?:[\w'-]+\s+){0,3}?(?:an?|the)\s+$|"
    r"\b(?:negotiations|talks)\s+(?:on|over|about|for|towards?)\s+(?:an?|the)\s+$"
)


#: After a length, the noun it measures when that is not the truce: "a 60-day period in which
#: Israeli forces are to withdraw", "a 48-hour ultimatum", "72-hour clock starts for hostage release".
_OTHER_NOUN_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:ultimatum|clock|countdown|withdrawal|pullout|pull-out|timetable|transition|grace\s+period|phase|stage|"
                               r"period\s+(?:in|during|within)\s+which|period\s+(?:for|to)\b)"
                               # "Hamas has 72 hours to return the living hostages": a deadline for a deed
                               r"|\s+to\s+(?:return|release|free|hand|withdraw|leave|pull|respond|reply|accept|comply|vacate|evacuate|disarm|surrender)\b"
                               # "Gaza is three hours ahead of GMT": a zone's offset
                               r"|\s+(?:ahead\s+of|behind)\s+(?:gmt|utc|greenwich)\b"
                               # "took effect at 0001 local on Thursday, two days late": a delay, not a length
                               r"|\s+(?:late|early|behind\s+schedule|ahead\s+of\s+schedule|overdue)\b")
#: After a length: the war's or the fighting's, not the truce's ("to end the 20-month war",
#: "ending 16 days of Israeli air, sea and artillery bombardment"); the words between may not
#: cross a truce word or a preposition ("a three-day halt to the fighting" is the truce's).
_WAR_LENGTH = re.compile(
    r"(?:\s+of)?(?:\s+(?!(?:truce|ceasefire|cease-fire|halt|pause|lull|calm|cessation|suspension|moratorium|to|for|on|in|from|at)\b)[\w'-]+,?){0,6}?"
    r"\s+(?:war|conflict|fighting|bombardment|offensive|siege|insurgency|clashes|shelling|violence|uprising|battle|"
    r"bombing|air\s+strikes|attacks|raids|strikes|hostilities|rebellion|occupation|blockade)\b")


def _cand(doc: _Doc, t: int, kind: Kind, i: int, a: int, p: Phrase | None, j: int | None = None,
          **kw) -> _Cand:  # noqa: ANN003
    """A candidate whose deadline is phrase ``p`` of sentence ``j`` (default ``i``)."""
    j = i if j is None else j
    if p is None:
        ev = doc.clause(i, a)
    elif j == i and p.start > a:
        ev = doc.clause(i, a, p.end)
    else:
        ev = doc.clause(j, p.start, p.end)
    vague = p is not None and not p.time_stated and _vague_hour(doc.sents[j].low, p)  # "at dawn on Thursday": no deadline
    deadline = None if p is None or vague else p.instant
    return _Cand(t, kind, i, a, deadline, p.time_stated if p else True,
                 evidence=ev, title=doc.is_title(i), explicit=bool(p and p.explicit_zone), **kw)


#: Beside a date with no clock: a part of the day, so the end's time is not stated and the
#: day's end is not it ("expire at dawn on Thursday", "until Thursday morning", "until the
#: morning of Friday").
_VAGUE_BEFORE = re.compile(r"\b(?:(?:dawn|dusk|daybreak|sunrise|sunset|nightfall|first\s+light)\s+(?:on\s+)?|"
                           r"(?:morning|afternoon|evening|early\s+hours)\s+of\s+(?:the\s+)?)$")
_VAGUE_AFTER = re.compile(r"\s+(?:morning|afternoon|evening|at\s+(?:dawn|dusk|daybreak|sunrise|sunset|nightfall|first\s+light))\b")


def _vague_hour(low: str, p: Phrase) -> bool:
    """Date-only end phrase ``p`` has a part of the day right before or after it."""
    return _VAGUE_BEFORE.search(low, max(0, p.start - 24), p.start) is not None or _VAGUE_AFTER.match(low, p.end) is not None


def _news_came_after_attack(doc: _Doc, low: str) -> bool:
    """The sentence's only pre-truce marker is news coming after the attack ("The announcement came
    a day after ... had shelled Taiz on Wednesday, in breach of the truce") in an item whose news is
    an extension, or "hours before the announcement" in an item whose news is an end to come ("is
    pulling out of the ceasefire, meaning the truce will end on January 16"): the truce was
    running, and the attack breached it."""
    if " came " in low and _extended_in_item(doc):
        return all(K.CAME_AFTER.match(low, m.start()) for m in K.PRE_TRUCE.finditer(low))
    return " before " in low and _end_news_in_item(doc) and all(K.BEFORE_ANNOUNCEMENT.match(low, m.start()) for m in K.PRE_TRUCE.finditer(low))


def _end_news_in_item(doc: _Doc) -> bool:
    """The item tells an end coming and no declaration: its announcement is the end's."""
    kinds = {c.kind for cues in doc.cues for _, _, c in cues}
    return "expiring" in kinds and "declared" not in kinds


def _extended_in_item(doc: _Doc) -> bool:
    """The item has an extension cue: "The lull took effect at 8 a.m. and was due to end at 8
    p.m." is then a start and a first end, not an expiry."""
    return any(c.kind == "extended" for cues in doc.cues for _, _, c in cues)


#: A present perfect before a declaration cue: "The Taliban have declared their own truce".
_HAVE_BEFORE = re.compile(r"\b(?:has|have)\s+(?:already\s+)?$")


def _began_long_ago(doc: _Doc, i: int, t: int, end: Phrase) -> bool:
    """The truce's length in sentence ``i``, counted back from its ``end``, puts its start more
    than ``_RESTATED_START`` before publication: a running truce restated, not a new one."""
    ln = next((d for d in doc.durations(i) if not d.by and d.unit != "months"), None)
    if ln is None or doc.pub is None or end.instant is None:
        return False
    began = end.instant - (timedelta(hours=ln.amount) if ln.unit == "hours" else timedelta(days=ln.amount))
    return doc.pub - began > _RESTATED_START


def _declared(doc: _Doc, i: int, a: int, b: int, t: int) -> _Cand | None:
    pub = doc.pub
    if pub is None:
        return _cand(doc, t, "declared", i, a, None)
    ends = _ends(doc, i, t)
    starts = _starts(doc, i, t, stated=False)
    if doc.is_title(i) and not ends and not starts and _started_days_ago(doc, t):
        return None  # "... as Bosnia truce takes hold elsewhere", the body: "took effect on New Year's Day"
    if not ends and not starts and _PAST_CUE.search(doc.sents[i].low, a, b) and _started_before_yesterday(doc, t):
        return None  # "hours after a ceasefire came into force" (a past cue), another sentence: "since it began at 6 a.m. on Saturday", read on Sunday noon
    if not ends and not starts and _PAST_CUE.search(doc.sents[i].low, a, b) and _told_months_ago(doc, i, t):
        return None  # "credited the decision in late August to freeze its activities. Sadr announced the freeze after ...", read in October
    if _BEFORE_IT_BEGAN.search(doc.sents[i].low, max(0, a - 80), a) and _started_on_an_earlier_day(doc, t):
        return None  # "sirens sounded minutes before the truce began at 11:30 p.m. on Sunday", read on Monday: a reference point
    if _agreed_earlier_starts_later(doc, i, t, starts):
        return None  # "The pause agreed on Wednesday ... will begin at 7 a.m. on Friday", read on Thursday: neither its day nor its start's
    if any(p.has_date and pub - p.instant > _RESTATED_START for p in starts):  # type: ignore[operator]
        # a running truce restated: its coming end is news ("expiring"), not a declaration
        fut = [p for p in ends if p.instant > pub]  # type: ignore[operator]
        return _cand(doc, t, "expiring", i, a, fut[0]) if fut else None
    if ends and all(p.instant <= pub for p in ends) and not (  # type: ignore[operator]
            _extended_in_item(doc) and _fresh_start(doc, i, t)) and not _others_ends(doc, i, t, ends):
        window = [p for p in ends if p.start >= b and any(
            q.time_stated and pub - _DAY < q.instant < p.instant and q.start < p.start for q in starts)]  # type: ignore[operator]
        if window:
            return _cand(doc, t, "declared", i, a, window[0])  # "declared an eight-hour pause on Sunday, from 6 a.m. to 2 p.m.", read at 4 p.m.
        return None  # over already: an "expired" report, read by its own cue (unless it was extended)
    low = doc.sents[i].low
    next_clause = _next_declaring_clause(doc, i, b)
    fut = [p for p in ends if p.instant > pub and p.start <= next_clause]  # type: ignore[operator]
    # an end bound to the cue ("from 10:00 to 20:00", "will run until July 19") wins over
    # an open-ended series ("every day ... until further notice")
    bound = [p for p in fut if p.start >= b and not K.OPEN_ENDED.search(low, b, p.start)]
    if bound and not starts and _HAVE_BEFORE.search(low, max(0, a - 16), a) and _began_long_ago(doc, i, t, bound[0]):
        return _cand(doc, t, "expiring", i, a, bound[0])  # "have declared their own three-day truce ..., running until Sunday", read on Saturday
    if bound:
        c = _cand(doc, t, "declared", i, a, bound[0])
        if c.deadline is not None and (moved := _start_day_after(doc, i, i, t, bound[0])) is not None:
            c.deadline = moved  # "from 9 a.m. to 2 p.m., starting on Tuesday, February 27", read on Monday
        return c
    js = _following(doc, i, t)
    opened = next((j for j in js if doc.open_ended(j)), None)
    if opened is not None and not any(
            p.instant > pub for j in js[1:] if j < opened for p in _ends(doc, j, t)):  # type: ignore[operator]
        # no end, "until further notice" (an end stated before a later "permanent" still counts)
        return _cand(doc, t, "declared", i, a, None)
    if fut:
        return _cand(doc, t, "declared", i, a, fut[0])
    # the end stated in the next sentences ("...will last until 2400 on July 8", "the truce
    # would run until 25 February"), a stated time of day first
    # (a clock alone takes the later day the start is dated to, in the cue's sentence or its
    # own: "... starting on Wednesday. The first window would run from 1 p.m. to 4 p.m.", "the
    # campaign would begin on Sunday, with pauses from 6 a.m. to 3 p.m.")
    later = [(j, p, _start_day_after(doc, i, j, t, p) or p.instant) for j in js[1:] for p in _ends(doc, j, t)]
    later = [(j, p, end) for j, p, end in later if end > pub]  # type: ignore[operator]
    if later:
        j, p, end = next(((j, p, end) for j, p, end in later if p.time_stated), later[0])
        c = _cand(doc, t, "declared", i, a, p, j)
        if c.deadline is not None:
            c.deadline = end
        return c
    # a length from a stated start ("a 72-hour truce from noon Sunday")
    ln = _length(doc, js, t) or (_length(doc, [i - 1], t) if i > 0 and doc.about(i - 1, t) else None)
    if ln is not None and not K.IMMEDIATE.search(low) and not K.IMMEDIATE.search(doc.sents[ln[0]].low):  # "an immediate ceasefire": no clock to add to
        # the start: in these sentences, the one before, else anywhere in the item for
        # this truce (an explicit zone first: "from noon Moscow time")
        near = js + ([i - 1] if i > 0 and doc.about(i - 1, t) else [])
        rest = [j for j in range(len(doc.sents)) if j not in near and doc.about(j, t)]
        for group in (near, rest):
            st = [p for j in group for p in _starts(doc, j, t) if p.instant > pub - _DAY  # type: ignore[operator]
                  and not _tentative(doc.sents[j].low, p.start) and _truce_at(doc, j, p.start) == t]
            st.sort(key=lambda p: not p.explicit_zone)
            if st:
                p = st[0]
                j = next(j for j in group if p in _starts(doc, j, t))
                dl = add_duration(p.instant, ln[1], doc.tz(t))  # type: ignore[arg-type]
                c = _cand(doc, t, "declared", i, a, p, j, direct=False)
                c.deadline, c.time_stated = dl, True
                return c
    return _cand(doc, t, "declared", i, a, None)


def _next_declaring_clause(doc: _Doc, i: int, b: int) -> int:
    """Where the next declaration cue after a semicolon past ``b`` stands in sentence ``i`` (its
    length when none): the ends from there on are that clause's ("Macedonia declares ceasefire;
    rebels announce truce until Wednesday"; but "came into force at dawn on Friday; the insurgents
    say it runs until Sunday" keeps its end)."""
    low = doc.sents[i].low
    semi = low.find(";", b)
    if semi < 0:
        return len(low)
    return min((x for x, _, c in doc.cues[i] if x > semi and c.kind == "declared"), default=len(low))


def _others_ends(doc: _Doc, i: int, t: int, ends: list[Phrase]) -> bool:
    """Every end in sentence ``i`` is another tracked truce's: "The humanitarian truce expired at
    midnight, and the ceasefire agreed in Luanda took effect at 00:00" (the start stays news)."""
    return len(doc.specs) > 1 and all(_truce_at(doc, i, p.start) != t for p in ends)


def _agreed_earlier_starts_later(doc: _Doc, i: int, t: int, starts: list[Phrase]) -> bool:
    """Sentence ``i`` dates the truce's agreement to an earlier weekday ("agreed on Wednesday",
    "that Annan announced on Saturday") and its start to a day after publication's: told on
    neither the day it was announced nor the day it takes effect, it is no news of a truce."""
    if not starts or not all(p.has_date and p.instant is not None and doc.age(p, t) < 0 for p in starts):
        return False
    agreed = _AGREED_ON_DAY.search(doc.sents[i].low)
    if agreed is None:
        return False
    # (not publication's weekday in the truce's zone nor in UTC: "announced on Monday", filed on
    # Monday evening in New York, is Tuesday in Baghdad but the same day's news)
    pub = doc.pub
    return agreed.group(1) not in {_weekday(pub.astimezone(doc.tz(t))), _weekday(pub)}  # type: ignore[union-attr]


def _weekday(when: datetime) -> str:
    """The weekday's name as reports spell it, lower case ("monday")."""
    return when.strftime("%A").lower()


#: The weekday an agreement is dated to: "agreed on Wednesday", "announced on Saturday".
_AGREED_ON_DAY = re.compile(r"\b(?:agreed|announced|reached|signed|brokered|declared|struck)\s+(?:[\w'-]+\s+){0,3}?on\s+(" + K.WEEKDAY + r")\b")


def _start_day_after(doc: _Doc, i: int, j: int, t: int, end: Phrase) -> datetime | None:
    """A clock-only ``end`` told after a start dated to a later day, in the declaration's
    sentence ``i`` or before the end in its own sentence ``j`` ("halt its offensive for three hours each day,
    starting on Wednesday", read on Tuesday), or right after it ("from 9 a.m. to 2 p.m. (0700-1200 GMT),
    starting on Tuesday, February 27"): the end's clock on that day (the next day's when the start's
    clock is later)."""
    if end.has_date or end.instant is None:
        return None
    tz = doc.tz(t)
    local_end = end.instant.astimezone(tz)
    start = next((p.instant for s in (i, j) for p in _starts(doc, s, t, stated=False)
                  if p.has_date and p.instant is not None and (s != j or p.start < end.start or _STARTING_NEXT.match(doc.sents[j].low, end.end))
                  and p.instant.astimezone(tz).date() > local_end.date()), None)
    if start is None:
        return None
    local = start.astimezone(tz)
    moved = datetime.combine(local.date(), local_end.time(), tzinfo=tz)
    return (moved if moved > local else moved + _DAY).astimezone(UTC)


#: Right after a window's end, its first day: "to 2 p.m. (0700-1200 GMT), starting on Tuesday".
_STARTING_NEXT = re.compile(r"[^.;,()]{0,16}\)?\s*,?\s*(?:starting|beginning)\s+(?:on\s+|from\s+)?")


#: A start cue inside a clause that makes it the time before which something happened.
_BEFORE_IT_BEGAN = re.compile(r"\bbefore\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire|pause)\s+"
                              r"(?:(?:was|were)\s+due\s+to\s+)?$")


def _started_on_an_earlier_day(doc: _Doc, t: int) -> bool:
    """A sentence dates truce ``t``'s start to a day before publication's (local), and none
    to publication's own day."""
    ages = [doc.age(p, t) for j in range(len(doc.sents)) if doc.about(j, t)
            for p in _starts(doc, j, t, stated=False) if p.has_date and p.instant is not None]
    return bool(ages) and min(ages) >= 1


_NEW_TRUCE = re.compile(r"\b(?:new|fresh|another|second|renewed)\b")


def _told_months_ago(doc: _Doc, i: int, t: int) -> bool:
    """An earlier sentence speaks of truce ``t`` in a month before publication's ("the
    decision in late August to freeze the militia's activities"), sentence ``i`` names no
    day and no new truce, and no sentence tells a start today: ``i``'s undated past
    declaration retells that month's."""
    low = doc.sents[i].low
    if _DAY_NAMED.search(low) or _NEW_TRUCE.search(low) or doc.fresh_anywhere(t):
        return False
    return any(doc.about(j, t) and doc.tw(j) and _past_month(doc, t, doc.sents[j].low, 0, len(doc.sents[j].low)) for j in range(i))


def _started_before_yesterday(doc: _Doc, t: int) -> bool:
    """Another sentence dates truce ``t``'s start more than ``_RESTATED_START`` before
    publication and none dates one since: an undated declaration restates that start."""
    got = doc._started_before.get(t)
    if got is None:
        pub = doc.pub
        got = doc._started_before[t] = pub is not None and not doc.fresh_anywhere(t) and any(
            p.has_date and pub - p.instant > _RESTATED_START  # type: ignore[operator]
            for j in range(len(doc.sents)) if doc.about(j, t) for p in _starts(doc, j, t))
    return got


def _started_days_ago(doc: _Doc, t: int) -> bool:
    """The body dates truce ``t``'s start two or more days before publication, and no
    sentence dates a start today: a headline's "truce takes hold" restates a running truce."""
    return not doc.fresh_anywhere(t) and any(
        p.has_date and doc.age(p, t) >= 2
        for j in range(len(doc.sents)) if not doc.is_title(j) and doc.about(j, t)
        for p in _starts(doc, j, t, stated=False))


def _is_previous(low: str, p: Phrase, reach: int = 40) -> bool:
    """End phrase ``p`` is the *old* deadline ("which was due to expire at X"): a
    ``PREVIOUS_END`` marker in its own clause (not across a comma) just before it."""
    lo = max(0, p.start - reach)
    comma = low.rfind(",", lo, max(lo, p.start - 2))
    if comma >= 0:
        lo = comma + 1
    m = K.PREVIOUS_END.search(low, lo, p.start)
    return m is not None and not _OLD_THEN_NEW.match(low, m.end(), p.start)


#: From a previous-end marker to an end phrase: the old end told first, then the new one
#: ("extending the truce that had been due to run out this weekend to January 2").
_OLD_THEN_NEW = re.compile(r"\s+(?:[\w'-]+\s+){0,2}?(?:weekend|today|tonight|tomorrow|midnight|noon|week|month|"
                           + K.WEEKDAY + r")\s+(?:to|until|till)\s+$")


def _open_ended(low: str) -> bool:
    """The sentence says the truce has no end ("indefinite", "until further notice"), not
    as an aim or a proposal ("talks on a permanent truce" is hedged)."""
    for m in K.OPEN_ENDED.finditer(low):
        if not K.HEDGES["declared"].search(low, _clause_start(low, m.start(), 60), m.start()) \
                and not _A_GOAL.search(low, max(0, m.start() - 40), m.start()):
            return True
    return False


#: Before "permanent": a truce aimed at, not this one ("conditions for talks to agree a
#: permanent ceasefire", "work towards a permanent truce").
_A_GOAL = re.compile(r"\b(?:agree|reach|negotiate|secure|achieve|towards?|for)\s+(?:on\s+)?an?\s+(?:[\w-]+\s+)?$")


def _previous_ends(doc: _Doc, j: int, i: int, t: int) -> list[Phrase]:
    """The ends sentence ``j`` says truce ``t`` had before the extension told in sentence ``i``
    ("which had been due to end on Tuesday"; in ``i`` itself, not another party's own truce's)."""
    low = doc.sents[j].low
    if not doc.found(K.PREVIOUS_END, j):
        return []
    return [p for p in _ends(doc, j, t) if K.PREVIOUS_END.search(low, max(0, p.start - 60), p.start)
            and (len(doc.specs) == 1 or _truce_at(doc, j, p.start) == t)
            and not (j == i and _OWN_TRUCE.search(low, max(0, p.start - 60), p.start))]


def _previous_end(doc: _Doc, i: int, t: int) -> Phrase | None:
    """The end the item says the truce had before an extension (time-stated first)."""
    order = sorted(range(len(doc.sents)), key=lambda j: (abs(j - i), j < i))
    for j in order:
        found = _previous_ends(doc, j, i, t)
        if found:  # the nearest sentence's ("due to end on 19 June"), not another truce's
            return next((p for p in found if p.time_stated), found[0])
    return None


def _extended(doc: _Doc, i: int, a: int, b: int, t: int, known: Mapping[str, datetime]) -> _Cand | None:
    low = doc.sents[i].low
    pub = doc.pub
    if pub is None:
        return _cand(doc, t, "extended", i, a, None, direct=False)
    if doc.found(K.RECAP, i) and " now " not in low[a:b + 1]:  # (but "... then extended to Wednesday, will now run until Friday")
        fut = [p for p in _ends(doc, i, t) if p.instant > pub]  # type: ignore[operator]
        return _cand(doc, t, "expiring", i, a, fut[-1]) if fut else None
    # "extended their 48-hour truce ...": a length naming the truce is not the extension
    durs = [d for d in doc.durations(i) if d.by or not _NAMES_TRUCE.match(low, d.end)]
    by = next((d for d in durs if d.by), None) or next((d for d in durs if d.start >= b), None) \
        or _extension_length(doc, i, t)
    ext_by = by.seconds if by is not None and by.by else None
    ends = [p for p in _ends(doc, i, t) if p.instant > pub - timedelta(hours=12)]  # type: ignore[operator]
    fresh = [p for p in ends if not _is_previous(low, p) and _same_truce_span(doc, i, t, b, p.start)]
    if fresh:
        after = [p for p in fresh if p.start >= b] or fresh
        best = after[-1]
        return _cand(doc, t, "extended", i, a, best, extended_by=ext_by)
    if K.OPEN_ENDED.search(low, b, b + 40):  # "extended indefinitely": no end to borrow from a neighbour
        return _cand(doc, t, "extended", i, a, None, extended_by=ext_by, direct=False)
    if by is None and "within" in low and (led := _length_then_start(doc, i, t, a)) is not None:
        length, start = led  # "within 150 hours starting at noon on Wednesday, effectively extending a pause"
        c = _cand(doc, t, "extended", i, a, start, direct=False)
        c.deadline = add_duration(start.instant, length, doc.tz(t))  # type: ignore[arg-type]
        return c
    # the new end in a neighbouring sentence ("It is now to hold until Wednesday at
    # midnight"; "The truce will remain in effect until February 18 ... confirmed the extension");
    # when the sentence says it all ("which had been due to end on Tuesday, would be extended by
    # ten days"), only a neighbour that tells the extension too ("has been extended by 48 hours
    # ... to midnight on Wednesday"), not an end it gives another truce
    near = _following(doc, i, t, 1)[1:] + [j for j in (i - 1, i - 2) if j >= 0 and doc.about(j, t)]
    if ext_by is not None and _previous_ends(doc, i, i, t):
        near = [j for j in near if any(c.kind == "extended" for _, _, c in doc.cues[j])]
    for j in near:
        nxt = [p for p in _ends(doc, j, t) if p.instant > pub  # type: ignore[operator]
               and not _is_previous(doc.sents[j].low, p) and not doc.found(K.RECAP, j)
               and _truce_at(doc, j, p.start) == t]
        if nxt and (by is None or j > i):
            return _cand(doc, t, "extended", i, a, nxt[-1], j, extended_by=ext_by)
    if by is not None:
        st = [p for p in _starts(doc, i, t) if not _BEGAN_BEFORE.search(low, max(0, p.start - 30), p.start)]
        if st and st[0].start >= a:
            c = _cand(doc, t, "extended", i, a, st[0], extended_by=ext_by, direct=False)
            c.deadline = add_duration(st[0].instant, by, doc.tz(t))  # type: ignore[arg-type]
            return c
        twin = _twin_start(doc, i, t, by)
        if twin is not None:
            c = _cand(doc, t, "extended", i, a, twin, extended_by=ext_by, direct=False)
            c.deadline = add_duration(twin.instant, by, doc.tz(t))  # type: ignore[arg-type]
            return c
        prev = _previous_end(doc, i, t)
        if prev is not None:
            c = _cand(doc, t, "extended", i, a, prev, extended_by=ext_by, direct=False)
            c.deadline = add_duration(prev.instant, by, doc.tz(t))  # type: ignore[arg-type]
            return c
        name = doc.specs[t].name
        if name in known:
            kd = known[name]
            kd = kd.astimezone(UTC) if kd.tzinfo else kd.replace(tzinfo=UTC)
            c = _cand(doc, t, "extended", i, a, None, extended_by=ext_by, direct=False)
            c.deadline = add_duration(kd, by, doc.tz(t))
            return c
    return _cand(doc, t, "extended", i, a, None, extended_by=ext_by, direct=False)


#: Before an extension cue: a window counted from a start told right after it ("must withdraw
#: within 150 hours starting at noon on Wednesday, effectively extending a pause").
_WITHIN_STARTING = re.compile(r"\bwithin\s+(\d{1,3})\s+(hours|days)\s+(?=starting|beginning|from\b)")


def _length_then_start(doc: _Doc, i: int, t: int, a: int) -> tuple[Duration, Phrase] | None:
    """The window and its start before the extension cue at ``a``: it ends that long after the
    start (not after the old end the sentence also tells)."""
    low = doc.sents[i].low
    for m in _WITHIN_STARTING.finditer(low, 0, a):
        start = next((p for p in _starts(doc, i, t) if m.end() <= p.start <= m.end() + 25), None)
        if start is not None:
            return Duration(m.start(), m.end(), int(m.group(1)), m.group(2), False), start
    return None


def _twin_start(doc: _Doc, i: int, t: int, by: Duration) -> Phrase | None:
    """The start another sentence gives the same length: "extend the ceasefire by 150 hours"
    ... "within 150 hours starting at noon on Wednesday" counts from that noon, not from the
    old end (the length told twice is one period, the second time with its start)."""
    told = doc.sents[i].low[by.start: by.end]
    if not told[:1].isdigit():
        return None  # ("two more days": a number in words is no distinctive twin)
    for j in range(len(doc.sents)):
        low = doc.sents[j].low
        at = low.find(told) if j != i else -1
        if at >= 0 and not low[at + len(told): at + len(told) + 1].isalnum():
            got = [p for p in _starts(doc, j, t) if at + len(told) <= p.start <= at + len(told) + 25]
            if got:
                return got[0]
    return None


#: Right before a length: it is the extension's ("the extension was for 10 days").
_EXTENSION_IS = re.compile(r"\b(?:extension|prolongation|renewal)\s+(?:(?:is|was|will\s+be|would\s+be)\s+|(?:will|would)\s+(?:run|last)\s+)?(?:for|of)\s+$")


def _extension_length(doc: _Doc, i: int, t: int) -> Duration | None:
    """The extension's length told in the next sentence about truce ``t``: "Ghani announced
    the ceasefire would be extended. ... officials said the extension was for 10 days"."""
    js = _following(doc, i, t, 1)[1:] or ([i + 1] if i + 1 < len(doc.sents) else [])  # ("the extension" names no truce)
    for j in js:
        low = doc.sents[j].low
        for d in doc.durations(j):
            if _EXTENSION_IS.search(low, max(0, d.start - 40), d.start):
                return d._replace(by=True)
    return None


#: Before a start: the truce's own first start, not the extension's ("extend by 24 hours the
#: pause, which began at 8 a.m. and had been due to end at 7 p.m.": 7 p.m. + 24 h).
_BEGAN_BEFORE = re.compile(r"\b(?:began|started|took\s+effect|came\s+into\s+(?:force|effect)|went\s+into\s+effect)\s+(?:at\s+|on\s+|from\s+)?$")
_TENTATIVE = re.compile(r"\b(?:expected|likely|supposed|planned|tipped)\s+to\s+(?:begin|start|take\s+effect|come\s+into)\b[^,;]{0,20}$|\bhad\s+(?:told|said)\b[^;]{0,80}$")


def _tentative(low: str, at: int) -> bool:
    """The start at ``at`` is a forecast or a superseded report ("officials had told
    reporters the truce was expected to begin at 10 a.m."): no deadline is built on it."""
    return _TENTATIVE.search(low, max(0, at - 100), at) is not None


_NAMES_TRUCE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:truces?|ceasefires?|cease-fires?|pauses?|lulls?|windows?)\b")


def _same_truce_span(doc: _Doc, i: int, t: int, x: int, y: int) -> bool:
    """Nothing between positions ``x`` and ``y`` of sentence ``i`` moves the talk off truce
    ``t``: no mention of another tracked truce ("Ghani prolongs Afghan ceasefire; Taliban say
    theirs ends Sunday": Sunday is the Taliban's end)."""
    lo, hi = min(x, y), max(x, y)
    return not any(lo <= m[0] < hi and m[2] != t for m in doc.ments[i])


#: Another party's own truce right before an end: "called on the insurgents to extend their own
#: three-day Eid truce, which ends on Sunday night" (Sunday is that truce's end, not the old one).
_OWN_TRUCE = re.compile(r"\b(?:its|their|his|her)\s+own\s+(?:[\w'-]+\s+){0,2}?(?:truce|ceasefire|cease-fire|pause)\b")


_TWIN_REACH = timedelta(hours=3)


def _explicit_twin(doc: _Doc, t: int, dl: datetime) -> datetime | None:
    """The same end stated elsewhere in the item with an explicit zone, within a few hours
    of ``dl`` ("until midnight" beside "until 24:00 (2100 GMT) on January 7"): explicit
    GMT/UTC wins over a local reading."""
    for j in range(len(doc.sents)):
        if not doc.about(j, t) or not any(tok.explicit for tok in doc.tokens(j)):
            continue  # (a phrase names its zone only by a zone token of its sentence)
        for p in _ends(doc, j, t):
            if p.explicit_zone and p.time_stated and p.instant != dl and abs(p.instant - dl) <= _TWIN_REACH:  # type: ignore[operator]
                return p.instant
    return None


def _item_end(doc: _Doc, t: int, lo: datetime, hi: datetime) -> tuple[int, Phrase] | None:
    """An end phrase of truce ``t`` anywhere in the item with lo < instant <= hi (time first)."""
    best: tuple[int, Phrase] | None = None
    for j in range(len(doc.sents)):
        if not doc.about(j, t) and not (doc.topic[j] == t and not doc.ments[j]):
            continue
        if not doc.ments[j] and doc.other_truce(j):
            continue  # "A media truce between the two broadcasters ended on Tuesday": another truce's end
        for p in _ends(doc, j, t):
            if lo <= p.instant <= hi:  # type: ignore[operator]
                if best is None or (p.time_stated and not best[1].time_stated):
                    best = (j, p)
    return best


#: A party telling, at no stated hour, that its own truce "had ended": it ended it.
_OWN_ENDED = re.compile(r"\b(?:said|says|declared|announced)\s+(?:[\w'-]+\s+){0,3}?(?:that\s+)?(?:its|their)\s+(?:[\w'-]+\s+){0,3}?"
                        r"(?:truce|ceasefire|cease-fire)\s+(?:had|has)\s+$")
#: A party declaring, at no stated hour, that the truce "was over": it ended the truce.
#: An ending cue that tells the end is near without its time ("has less than 24 hours left").
_FINAL_HOURS = re.compile(r"(?:enters?|entering|entered|in|has|have)\s")
#: Right after "over": the attack that ended the truce follows ("was over after rebels attacked").
_AFTER_ATTACK = re.compile(r"\s+(?:after|following|because\s+of)\b")


def _over_after(low: str, a: int, b: int) -> bool:
    """The ending cue ``low[a:b]`` is "over" with what ended it after ("the truce was over after
    rebels attacked"): a collapse, and that attack its ending, not a breach."""
    return low.endswith(" over", a, b) and _AFTER_ATTACK.match(low, b) is not None
_DECLARED_THAT = re.compile(r"\b(?:declared|declares|announced|announces|proclaimed)\s+(?:[\w'-]+\s+){0,3}?that\s+[^;:.]*$|"
                            r"^[^;:.]{0,40}?\b(?:says|said)\s+(?:(?:the|its|their)\s+)?(?:[\w'-]+\s+){0,3}$")  # "Israel says south Lebanon truce over"


def _ending(doc: _Doc, i: int, a: int, b: int, t: int) -> _Cand | None:
    low = doc.sents[i].low
    past = (K.END_PAST.match(low, a) is not None or K.END_PAST.search(low, a, b) is not None) \
        and not low.startswith(("will ", "would "), a) and not low.endswith("will have ", 0, a)  # ("will be over at midnight", "will have expired" are to come)
    pub = doc.pub
    if pub is None:
        return _cand(doc, t, "expired", i, a, None) if past else None
    phr = [p for p in doc.phrases(i, t) if p.instant is not None and p.role != "start"]
    bound = [p for p in phr if b - 2 <= p.start <= b + 60 and not K.SAID_BEFORE.search(low, max(0, p.start - 30), p.start)]
    if not bound and (front := _FRONT_END.match(low)) is not None:
        bound = [p for p in phr if p.start == front.end() and p.end < a]  # "At midnight on Thursday, the truce expires"
    dl = bound[0] if bound else None
    j = i
    if _over_after(low, a, b) and K.ATTACK.search(low, b, min(len(low), b + 70)):
        return _cand(doc, t, "collapsed", i, a, None)  # "said the truce was over after rebels attacked its positions"
    if past and _ABRUPTLY.match(low, b):
        return _cand(doc, t, "collapsed", i, a, None)  # "the truce ended abruptly on Tuesday": cut short, not run out
    if dl is not None and _FINAL_HOURS.match(low, a) and low.endswith(("hours", "left", "run"), a, b):
        dl = None  # "enters its final 24 hours on Tuesday": the day does not give the hour
    if dl is not None and doc.age(dl, t) >= 2:
        return None  # "expired on October 2": old news
    if dl is not None and not dl.time_stated:
        # "runs out today" + "until 00:00 on 3 January" elsewhere: the stated time wins
        day_end = dl.instant
        got = _item_end(doc, t, day_end - _DAY, day_end + timedelta(hours=3))  # type: ignore[operator]
        if got is not None and got[1].time_stated:
            j, dl = got
    if dl is None:
        got = _item_end(doc, t, pub - _RECENT_END, pub) if past else _item_end(doc, t, pub, pub + 3 * _DAY)
        if got is not None:
            j, dl = got
    if dl is None:
        if low.endswith("over", a, b) and (_DECLARED_THAT.search(low, max(0, a - 160), a) or _QUOTE_SAID.match(low, b)):
            return _cand(doc, t, "collapsed", i, a, None)  # "Renamo declared on Monday that the 1992 accord ... was over";
            # a party's own words: "'The ceasefire is over,' a militia commander told AFP"
        if low.startswith("ended", a) and (" its " in low or " their " in low) and _OWN_ENDED.search(low, max(0, a - 120), a):
            return _cand(doc, t, "collapsed", i, a, None)  # "The PKK said on Tuesday that its unilateral ceasefire had ended"
        if past or doc.is_title(i) and _HEADLINE_PRESENT_END.match(low, a):
            return _cand(doc, t, "expired", i, a, None)  # (a headline's present tells what happened: "Truce expires")
        if _FINAL_HOURS.match(low, a):
            return _cand(doc, t, "expiring", i, a, None)  # "enters its final 24 hours": an end near, its hour not told
        return _expiring_in(doc, i, a, b, t)
    inst = dl.instant
    if past and inst > pub and low.startswith(("expiry", "expiration"), a):  # type: ignore[operator]
        past = False  # a noun has no tense: "the truce's expiry at midnight on Friday" is to come
    if past or inst <= pub - _WRITTEN_BEFORE:  # type: ignore[operator]
        if pub - inst > _RECENT_END:  # type: ignore[operator]
            return None
        return _cand(doc, t, "expired", i, a, dl, j)
    c = _cand(doc, t, "expiring", i, a, dl, j)
    if not dl.time_stated and (timed := _start_plus_length(doc, i, t, dl)) is not None:
        c.deadline, c.time_stated, c.direct = timed, True, False
    return c


#: A sentence opening with the time of its end: "At midnight on Thursday, the truce expires".
_FRONT_END = re.compile(r"(?:at|by)\s+")
#: Right after a past ending cue: the end came before its time.
_ABRUPTLY = re.compile(r"\s+(?:abruptly|prematurely|suddenly)\b")
#: Right after an ending cue: a quotation closes and its speaker follows ("... is over,' a
#: commander told AFP").
_QUOTE_SAID = re.compile(r"[,.!]?[\"']\s*,?\s+(?:[\w'-]+\s+){1,6}?(?:said|says|told|declared|announced|insisted|added)\b")


def _start_plus_length(doc: _Doc, i: int, t: int, day_end: Phrase) -> datetime | None:
    """The clock a date-only end leaves out, from the start and length sentence ``i``
    states: "the 72-hour ceasefire that began at 6 a.m. on Sunday runs out tomorrow" ends at
    6 a.m. tomorrow. None unless start + length falls on that day."""
    starts = _starts(doc, i, t)
    got = _length(doc, [i])
    if not starts or got is None:
        return None
    end = add_duration(starts[0].instant, got[1], doc.tz(t))  # type: ignore[arg-type]
    return end if day_end.instant - _DAY < end <= day_end.instant else None  # type: ignore[operator]


_DAYS_AFTER_END = re.compile(r"\b(?:days|weeks|months)\s+after\s+(?:the|its|their|a)\s+(?:[\w'(),-]+\s+){0,6}$")
_HEADLINE_PRESENT_END = re.compile(r"(?:expires|ends|lapses|runs\s+out)(?=\s*(?:[,;:.!?\u2014\u2013-]|$)|\s+(?:as|after|amid|with|without|and)\b)")
#: Right after a coming end, a span from publication: "is due to expire in 12 hours".
_SOON = re.compile(r"\s+(?:within|in)\s+(?:(?:a\s+few|the\s+next|the\s+coming|several)\s+)?(?:hours|minutes)\b")
_IN_SPAN = re.compile(r"\s+in\s+(?:(?P<about>about|around|roughly|some|less\s+than|under)\s+)?$")


def _expiring_in(doc: _Doc, i: int, a: int, b: int, t: int) -> _Cand | None:
    """A coming end told as a span from publication ("expires in 12 hours"): expiring, with
    publication + the span as deadline when the span is exact; nothing without a span."""
    low = doc.sents[i].low
    if _SOON.match(low, b):
        return _cand(doc, t, "expiring", i, a, None, direct=False)  # "due to lapse within hours"
    for d in doc.durations(i):
        if b <= d.start <= b + 16 and (m := _IN_SPAN.fullmatch(low, b, d.start)) is not None:
            c = _cand(doc, t, "expiring", i, a, None, direct=False)
            if not m.group("about") and d.unit != "months":
                c.deadline = doc.pub + timedelta(seconds=d.seconds)  # type: ignore[operator]
            return c
    return None


# ---------------------------------------------------------------- violations


_PRE_GATE = ("before", "ahead", "prior", "after", "delay", "intervening", "had been", "meant to", "due to", "supposed to", "scheduled to",
             "set to", "expected to", "follow", "being")
_POST_GATE = ("once", "after", "resumed", "since", "as soon", "when", " later")
_INSIDE_GATE = ("after", "since", "during", "within", "first", "before", "hour", "when", "once", "throughout", " into ", " over ", " days of ",
                "amid", "middle of")


_SINCE = re.compile(r"\bsince\b")
_NOUN_AFTER = re.compile(r"\s*(?:truce|ceasefire|cease-fire|accord|agreement|deal|pact)\b")


def _old_clause(doc: _Doc, i: int, t: int, a: int) -> bool:
    """The attack at ``a`` is dated two or more local days before publication: by the dates
    of its own clause when it has any ("which Putin ordered on March 18" dates the truce,
    not the attack), else by the whole sentence (``_Doc.old_sentence``)."""
    if not any(tok.date for tok in doc.tokens(i)):
        return False  # no date in the sentence
    low = doc.sents[i].low
    lo = _clause_start(low, a, 200)
    m = K.CLAUSE_CUT.search(low, a + 1)
    hi = m.start() if m else len(low)
    for p in doc.phrases(i, t):
        if p.instant is not None and p.has_date and p.end <= a and _WHEN_CLAUSE.match(low, p.end, a):
            return doc.age(p, t) >= 2  # "frozen since 30 December, when a car bomb killed two": the date's
    dated = [p for p in doc.phrases(i, t) if p.instant is not None and p.has_date and lo <= p.start < hi]
    # (a "since" date starts a state, and a date before a truce noun names the truce, not the
    # attack: "a breach of the truce in force since October 1", "for breaking the June 17 truce")
    own = [p for p in dated if not K.IN_RELATIVE.search(low, max(0, p.start - 50), p.start)
           and not _SINCE.search(low, max(0, p.start - 8), p.start + 6) and not _NOUN_AFTER.match(low, p.end)]
    if own:
        return all(doc.age(p, t) >= 2 for p in own)
    if dated or any(p.start >= hi or p.start < lo for p in doc.phrases(i, t)):
        return False  # the sentence's dates belong to other clauses or date the truce
    return doc.old_sentence(i, t)


#: From a date to the attack word: a "when" clause hung on the date, which dates the attack.
_WHEN_CLAUSE = re.compile(r",?\s+when\s+[^.;,]{0,80}$")


_YEAR_NAMES_TRUCE = re.compile(r"\s+(?:[\w'-]+\s+)?(?:truce|ceasefire|cease-fire|agreement|accord|deal|armistice)")


#: A year with a "when" clause hung on it, reaching the attack word: the clause tells that year.
_YEAR_WHEN = re.compile(r"\b((?:19|20)\d\d),?\s+when\s+[^.;:]{0,80}$")


def _attack_in_past_year(doc: _Doc, low: str, hit: tuple[int, int]) -> bool:
    """A past year ("in July 2020", "in 2019") dates the attack's clause, before or right
    after the attack word; not a year naming a truce ("breaches of the 2019 ceasefire")."""
    if "19" not in low and "20" not in low:
        return False
    assert doc.pub is not None
    when = _YEAR_WHEN.search(low, max(0, hit[0] - 100), hit[0])
    if when is not None and _year_is_past(doc, when):
        return True  # "in stark contrast to 2020, when India recorded 5,133 ceasefire violations"
    lo = _clause_start(low, hit[0], 80)
    for m in _YEAR_BEFORE.finditer(low, lo, min(len(low), hit[1] + 40)):
        if _year_is_past(doc, m) and not _YEAR_NAMES_TRUCE.match(low, m.end()) \
                and K.CLAUSE_CUT.search(low, min(m.end(), hit[0]), max(m.start(), hit[1])) is None:
            return True
    return False


def _clause_start(low: str, a: int, reach: int) -> int:
    """Start of the clause holding ``low[a]``, at most ``reach`` characters back."""
    start = max(0, a - reach)
    return _last_cut(K.CLAUSE_CUT, low, start, a, start)


#: Before "attacked": a condition, the right to answer an attack ("troops may still fire when attacked").
_WHEN_ATTACKED = re.compile(r"\b(?:when|if|unless|once)\s+(?:they\s+are\s+|it\s+is\s+|being\s+)?$")
#: Right after an attack word: a forecast ("air strikes are expected to resume").
_MODAL_AFTER = re.compile(r"\s+(?:would|will|could|might|may|shall|(?:is|are|was|were)\s+(?:expected|likely|set|due|poised|feared|bound)\s+to|"
                          r"(?:resumes?|restarts?)\s+(?:after|from)\s+(?:tonight|midnight|tomorrow|dawn))\b")  # "say fighting resumes after tonight"
#: Before an attack word: one branch of an open question ("whether the pause becomes a
#: lasting ceasefire or the fighting resumes").
_WHETHER_OR = re.compile(r"\bwhether\b[^;:.]{0,100}\bor\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$")
#: A past perfect before an attack word: told as done before the news ("rights groups had
#: accused the army of carrying on with air strikes").
_HAD_DONE = re.compile(r"\bhad\s+(?:(?:already|long|repeatedly|previously)\s+)?(?:accused|reported|carried|launched|kept|fought|shelled|attacked|struck|bombed|been|said)\b")
#: A span of the recent past, before a truce declared today: "have kept up air strikes in recent weeks".
#: Beside a new truce's declaration, a span its attacks belong to ("in recent weeks"; "the
#: announcement came at the end of a day in which jets hit targets"): before the truce.
_RECENT_SPAN = re.compile(r"\b(?:in|over|during)\s+(?:recent|the\s+past|the\s+last)\s+(?:few\s+)?(?:days|weeks|months)\b|"
                          r"\b(?:at|over|during)\s+the\s+(?:past\s+)?weekend\b|"  # "rebels who fought their way into the capital at the weekend"
                          r"\bat\s+the\s+end\s+of\s+an?\s+(?:[\w-]+\s+)?(?:day|night|week)\s+(?:in\s+which|of|when)\b")
#: Anywhere in a sentence beside a truce declared today: "shelling of Jermuk was reported earlier on
#: Wednesday" (before the new truce).
_EARLIER_TODAY = re.compile(r"\bearlier\s+(?:on\s+" + K.WEEKDAY + r"|in\s+the\s+day|today|that\s+day)\b")
_HOURS_EARLIER = re.compile(r"(?:hours|minutes|shortly|moments|just)\s+(?:earlier|before)\b")
#: Fire told after the truce began: "sniping went on for several hours after the cease-fire
#: hour" (not before a truce declared today, whatever tense tells it).
_AFTER_THE_START = re.compile(r"\bafter\s+the\s+(?:(?:cease-?fire|truce)\s+(?:hour|deadline|began|took\s+effect|came\s+into\s+(?:force|effect)|started)|deadline|start)\b")
_EARLIER = re.compile(r"(?:(?:hours|minutes|days|a\s+day|shortly|moments|just)\s+)?(?:earlier|before\s+that|prior\s+to\s+that)\b")
_PAUSE_IN = re.compile(r"(?:pause|halt|lull|stop|break|end|truce|ceasefire|cease-fire|respite|moratorium)\W{0,3}\s+(?:in|to|of|on)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,2}$")
_RECENT = re.compile(
    r"\b(?:today|tonight|overnight|this\s+morning|early\s+hours|on\s+" + K.WEEKDAY + r"|"
    r"still\s+ongoing|continued|continuing|kept\s+up|flared|erupted|went\s+on|raged|persisted|"
    r"since\s+(?:midnight|dawn|daybreak|the\s+morning))\b"
)


#: The sentence denies that its fighting breached the truce.
_NOT_A_BREACH = re.compile(r"\b(?:was|were|is|are)\s+not\s+(?:an?\s+)?(?:attack\s+on|violation\s+of|breach\s+of)\s+(?:the|its|their)\s+"
                           r"(?:[\w'-]+\s+){0,2}(?:truce|ceasefire|cease-fire|pause|deal|agreement)\b")
#: Attacks reported by nobody: "with no Russian or Syrian air strikes recorded", "with neither
#: side reporting new strikes", "Not a single shot has been fired since midnight".
_NONE_REPORTED = re.compile(r"\b(?:with\s+no|without\s+(?:any\s+)?|not\s+(?:a\s+single|one\s+single|one)|neither\s+(?:side|party|army)\s+(?:reporting|reported|reports)|"
                            r"(?:nobody|no\s+one)\s+(?:has|had|have)(?:\s+(?:yet|since))?)\s+(?:[\w-]+\s+){0,5}$")  # "Nobody has fired on our positions"
#: An attack as a point in time: "the longest lull since the government offensive began in December",
#: "back to the lines held before the fighting began".
_ATTACK_AS_A_TIME = re.compile(r"\b(?:since|before|until)\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w'-]+\s+){0,3}$")
#: Before an attack word: the earlier event a time is reckoned from ("killed on Wednesday, days
#: after the minister's visit sparked clashes"), not a breach told.
_RECKONED_AFTER = re.compile(r"\b(?:days|weeks|months|a\s+(?:day|week|month)|(?:two|three|four|five|six|several|few)\s+(?:days|weeks|months))\s+after\s+[^,;.:]{0,80}$|"
                             # "hours after a suicide bombing marred the Eid celebrations" (not "hours after the truce began")
                             r"\b(?:hours|(?:two|three|four|five|six|several|few)\s+hours)\s+after\s+(?!(?:the|a|its|their)\s+(?:[\w'-]+\s+){0,2}(?:truce|ceasefire|cease-fire|pause|lull)\b)[^,;.:]{0,80}$")
_BEGAN = re.compile(r"\s+(?:began|begun|started|erupted|broke\s+out|was\s+launched)\b")
#: Before an attack word: the truce noun that pauses it ("the pause in Indian air and artillery
#: attacks on Dacca", "a halt to shelling"): what the truce stops, not a breach told.
_PAUSED = re.compile(r"\b(?:pause|halt|lull|suspension|moratorium|cessation|let-up|freeze)\s+(?:"
                     r"(?:in|of|on)\s+(?:(?:all|the|its|their|further)\s+)?(?:[\w'-]+\s+(?:and\s+)?){0,4}|"
                     # ("a halt to shelling", not "used the lull to regroup and resumed firing")
                     r"to\s+(?:(?:all|the|its|their|further)\s+)?(?:[\w'-]+\s+)?)$")
_PAUSED_GATE = ("pause", "halt", "lull", "suspension", "moratorium", "cessation", "let-up", "freeze")
#: Before an attack word: fire held back ("the Houthis have largely held off attacks on
#: shipping", "refrained from air strikes"), or averted ("a deal that appeared to avert a government
#: offensive"), not a breach told.
_HELD_OFF = re.compile(r"\b(?:(?:held|holding|hold|holds)\s+off\s+(?:on\s+)?|refrain(?:s|ed|ing)?\s+from\s+|(?:avert|forestall)(?:s|ed|ing)?\s+(?:an?\s+)?)(?:(?:its|their|the|all|any|further)\s+)?(?:[\w'-]+\s+){0,2}$")
#: The truce halting the fighting it names: "took effect at midnight, halting a three-month
#: government offensive".
_HALTING = re.compile(r"\b(?:halting|stopping|ending|pausing|suspending|freezing)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,3}$")


#: A truce that has held despite the attacks after it: a summary of its record ("the ceasefire
#: had been broadly holding despite sporadic clashes", "it is broadly holding despite ..."), not a
#: breach told (but "the truce was largely holding on Monday despite sporadic clashes" dates them).
_HELD_DESPITE_GATE = re.compile(r"\b(?:has|have|had|is|are|was|were)\s+(?:[\w-]+\s+){0,3}?(?:held|holding)\b")
_HELD_DESPITE = re.compile(r"\b(?:has|have|had|is|are|was|were)\s+(?:(?:largely|broadly|mostly|generally|so\s+far|been)\s+){0,3}(?:held|holding)\b,?\s+despite\b[^.;]{0,50}$")
#: Before a bomb word: ordnance from the war, not an attack ("an unexploded cluster bomb"; after
#: it, ``K.NOT_A_BREACH_AFTER``: "a landmine left over from the war").
_LEFTOVER = re.compile(r"\b(?:unexploded|leftover|left-over)\s+(?:[\w-]+\s+){0,2}$")


def _keep(attacks: list[tuple[int, int, str]], ok: Callable[[tuple[int, int, str]], bool]) -> list[tuple[int, int, str]]:
    """The attack words that pass ``ok``, less those inside a word that fails it: "strikes"
    goes with "air strikes" ("with no reports of missile fire or air strikes")."""
    gone = [x for x in attacks if not ok(x)]
    if not gone:
        return attacks
    return [x for x in attacks if x not in gone and not any(g[0] <= x[0] and x[1] <= g[1] for g in gone)]


#: Before an attack word: the dead of earlier fighting, to be recovered or buried ("so that the
#: bodies of soldiers killed in this week's clashes can be recovered"): no breach told.
_DEAD_RECOVERED = re.compile(r"\b(?:bodies|remains|corpses|funerals?|burials?)\s+of\s+(?:[\w'-]+\s+){0,3}?(?:killed|slain|who\s+died|who\s+were\s+killed)"
                             r"\s+(?:in|during|by)\s+(?:[\w'-]+\s+){0,3}$")
_DEAD_GATE = ("bodies", "remains", "corpses", "funeral", "burial")
#: Before an attack word: a relative clause telling a person's past ("a girl whose parents were
#: killed in the October 7 attack", "the bodies of three others whom it said had been killed"):
#: who they are, not a breach told.
_WHOSE_DEATH = re.compile(r"\b(?:whose\s+(?:[\w'-]+\s+){1,3}|whom\s+(?:[\w'-]+\s+){0,3})(?:was|were|had\s+been|have\s+been|has\s+been)\s+"
                          r"(?:(?:killed|wounded|injured|slain|hurt)\s+(?:in|by|during)\s+(?:[\w'-]+\s+){0,4})?$")


def _violation(doc: _Doc, i: int, has_tw: bool) -> _Cand | None:
    """A breach of a running truce in sentence ``i``: a violation cue, else a bare attack
    word framed by the truce. The tests are pure, so the cheap ones run first: most
    sentences with attack words are dropped before the whole-sentence frames are read."""
    low = doc.sents[i].low
    vcues = doc.violation_cues[i]
    attacks = doc.attacks[i]
    if not vcues and not attacks:
        return None
    if attacks and (" not " in low or "never" in low):
        attacks = _keep(attacks, lambda x: not K.ATTACK_DENIED.match(low, x[1])
                        and not K.ATTACK_DENIED_BEFORE.search(low, max(0, x[0] - 16), x[0]))
    if attacks and (" unless " in low or " if " in low):
        attacks = _keep(attacks, lambda x: not K.ATTACK_THREATENED.match(low, x[1]))
    if attacks and (" no " in low or "neither" in low or "without" in low or "nobody" in low or "not " in low):
        attacks = _keep(attacks, lambda x: not _NONE_REPORTED.search(low, max(0, x[0] - 45), x[0]))
    if attacks and (" since " in low or " before " in low or " until " in low):
        # (an attack word as a time: "since the fighting began", "return to their positions before the fighting.")
        attacks = _keep(attacks, lambda x: not (_ATTACK_AS_A_TIME.search(low, max(0, x[0] - 40), x[0])
                                                and (_BEGAN.match(low, x[1]) or _CLAUSE_END.match(low, x[1]))))
    if attacks and " of " in low and any(w in low for w in _DEAD_GATE):
        attacks = _keep(attacks, lambda x: not _DEAD_RECOVERED.search(low, max(0, x[0] - 60), x[0]))
    if attacks and " after " in low:
        attacks = _keep(attacks, lambda x: not _RECKONED_AFTER.search(low, max(0, x[0] - 90), x[0]))
    if attacks and (" whose " in low or " whom " in low):
        attacks = _keep(attacks, lambda x: not _WHOSE_DEATH.search(low, max(0, x[0] - 90), x[0]))
    if attacks and any(w in low for w in K.NOT_A_BREACH_AFTER_GATE):
        attacks = _keep(attacks, lambda x: not K.NOT_A_BREACH_AFTER.match(low, x[1]))
    if "despite" in low and _HELD_DESPITE_GATE.search(low):
        attacks = _keep(attacks, lambda x: not _HELD_DESPITE.search(low, max(0, x[0] - 70), x[0]))
        vcues = [x for x in vcues if not _HELD_DESPITE.search(low, max(0, x[0] - 70), x[1])]
        if not vcues and not attacks:
            return None
    if attacks and ("unexploded" in low or "leftover" in low or "left-over" in low):
        attacks = _keep(attacks, lambda x: not _LEFTOVER.search(low, max(0, x[0] - 30), x[0]))
    if attacks and "ing " in low:
        attacks = _keep(attacks, lambda x: not _HALTING.search(low, max(0, x[0] - 50), x[0]))
    if attacks and any(w in low for w in _PAUSED_GATE):
        attacks = _keep(attacks, lambda x: not _PAUSED.search(low, max(0, x[0] - 60), x[0]))
    if attacks and (" off " in low or "refrain" in low or "avert" in low or "forestall" in low):
        attacks = _keep(attacks, lambda x: not _HELD_OFF.search(low, max(0, x[0] - 50), x[0]))
    if attacks and ("frequent" in low or "regular " in low or "constant " in low or "routine " in low):
        attacks = _keep(attacks, lambda x: not _FREQUENT.search(low, max(0, x[0] - 30), x[0]))
    if attacks and (" between " in low or " among " in low or " involving " in low):
        attacks = _keep(attacks, lambda x: not K.NON_PARTY_AFTER.match(low, x[1]))  # "a clash between rival clans"
    if any(w in low for w in K.NO_TRUCE_GATE) and K.NO_TRUCE_THERE.search(low):
        return None  # "in Gaza, where there is no ceasefire, strikes killed 30 people"
    if not doc.ments[i] and doc.other_truce(i):
        return None  # "despite the government's separate ceasefire": another truce's breach
    if attacks and not vcues and " not " in low and _NOT_A_BREACH.search(low):
        return None  # "said the clash resulted from army operations and was not an attack on the truce"
    hit = _violation_cue(doc, i, has_tw, vcues, bool(attacks))
    told = hit[1] if hit is not None else None  # the end of a breach told in so many words
    inside: bool | None = None
    strong = True
    party = None
    if hit is None:
        if not attacks or _until_before_start(doc, i):
            return None
        linked = K.LINKED.match(low) is not None and doc.follows_truce(i) or (
            _CONCESSIVE.search(low) is not None or _QUIET_BUT.search(low) is not None) and doc.follows_truce(i, 2) \
            or low.startswith("but ") and _after_start_told(doc, i)
        if not has_tw and not (doc.ments[i] and _RECENT.search(low)) and not linked:
            inside = doc.found(K.INSIDE, i, _INSIDE_GATE) or _within_hours_of_start(doc, i) or _after_start_clock(doc, i) \
                or _dated_inside_window(doc, i)
            if not inside:
                party = _party_attack(doc, i)
                if party is None:
                    return None
        hit = _attack_word(doc, i, attacks)
        if hit is None:
            return None
        if inside is None:
            inside = doc.found(K.INSIDE, i, _INSIDE_GATE)
        strong = inside or _ACCUSED_OF.search(low, max(0, hit[0] - 60), hit[0]) is not None and any(
            x > hit[0] for x, _ in doc.truce_words[i])  # (the truce named after the charge, not in a party's aside)
        if any((c.kind == "collapsed" or _over_after(low, x, y)) and (not strong or x > hit[0])
               or c.kind == "expiring" and y <= hit[0] and not strong and doc.is_title(i) and K.END_PAST.search(low, x, y)
               for x, y, c in doc.cues[i]):
            return None  # the fighting that ended the truce ("strikes ..., effectively ending the truce"), not a breach
            # of a running one; or after its end, told first ("IRA says ceasefire over; huge bomb rocks Docklands")
        if "," in low and any(c.kind in ("expiring", "collapsed") and y <= hit[0] and _REASON_GIVEN.search(low, y, hit[0])
                              for x, y, c in doc.cues[i]):
            return None  # "the truce will lapse tonight, blaming a government offensive": the reason for its end
    if (" zone" in low or " area" in low) and _OUTSIDE_ZONE.search(low, low.rfind(";", 0, hit[0]) + 1, _semicolon_after(low, hit[1])):
        return None  # "shelling was reported in northern Syria, far from the truce zone" (in the breach's own
        # clause: not "...; the command said its guns had fired only at positions outside the truce zone")
    if _elsewhere(doc, i, hit[0], hit[1]):
        return None  # "In neighbouring Croatia, ... breaking a ceasefire there": another ground's (the truce's own
        # ground named only past the clause: "..., but UN officers said the airport perimeter had been calm")
    if doc.found(K.PRE_TRUCE, i, _PRE_GATE) and not (strong and _after_but(low, K.PRE_TRUCE, hit[0])) and not _news_came_after_attack(doc, low) or \
            doc.found(K.POST_TRUCE, i, _POST_GATE) or \
            _excluded(doc, i, told) or _in_excluded_ground(doc, i) or _claimed_by_outsider(doc, i + 1) or _unlinked(doc, i + 1) or (
                doc.is_title(i) and any(_claimed_by_outsider(doc, j) or doc.attacks[j] and doc.found(K.EXCLUDED, j, _EXCLUDED_GATE)
                                        or _by_the_excluded(doc, j) for j in range(i + 1, len(doc.sents)))) or (
                doc.is_title(i) and _told_before_start(doc, low[hit[0]: hit[0] + 4])):
        return None
    if _by_the_excluded(doc, i) or _ANOTHER.search(low, 0, 70) and i > 0 and doc.attacks[i - 1] and _by_the_excluded(doc, i - 1):
        return None  # "a suicide bomber struck a gathering ...; Islamic State claimed responsibility" (and the
        # sentence after: "Another blast hit Jalalabad on Sunday", one more of the same)
    t = _truce_at(doc, i, hit[0]) if party is None else party
    if not doc.ments[i] and _other_holidays_truce(doc, i, max(0, hit[0] - 130), hit[0]):
        return None  # "Putin ordered an Orthodox Christmas ceasefire, during which fighting went on", the Easter truce tracked
    if len(doc.specs) > 1 and _located_elsewhere(doc, i, t, hit[0]):
        return None  # "Hours after the Lebanon ceasefire began, Israeli jets struck targets in Gaza": another ground's
    if doc.pub is not None and _old_clause(doc, i, t, hit[0]) and not (
            inside if inside is not None else doc.found(K.INSIDE, i, _INSIDE_GATE)):
        return None  # dated history, unless it tallies the running truce ("since it took effect")
    if doc.pub is not None and any(w in low for w in ("during", "under", "throughout", "amid")) \
            and (y := _IN_A_YEARS_TRUCE.search(low, 0, hit[0])) is not None and int(y.group(1)) < doc.pub.year:
        return None  # "During the 2006 truce, an air strike hit a school": that truce's history
    if doc.pub is not None and ("19" in low or "20" in low) and _IN_YEAR.search(low) and (m := K.INSIDE.search(low)) is not None \
            and "since" not in m.group(0) and (y := _IN_YEAR_RIGHT_AFTER.match(low, m.end())) is not None and int(y.group(1)) < doc.pub.year:
        return None  # "the attack came days after the truce took effect in 2019": the truce's start, and so the attack, is
        # history (not "the first raids since the peace process began in 2013": a span up to now)
    if doc.pub is not None and _attack_in_past_year(doc, low, hit) and not (
            inside if inside is not None else doc.found(K.INSIDE, i, _INSIDE_GATE)):
        return None  # "and again in July 2020 in clashes on the border", read in 2021
    start = max(0, hit[0] - 70)
    if (_marker_not_origin(low, start, hit[1] + 40, hit[0]) or doc.opens_with_background(i)) and not (
            inside if inside is not None else doc.found(K.INSIDE, i, _INSIDE_GATE)):
        return None  # (unless it tallies the running truce: "the deadliest attack since the 2002 truce")
    if not strong and doc.pub is not None and _past_month(doc, t, low, 0, len(low), _IN_OR_SINCE_MONTH, 11):
        return None  # "signed in December, had been fraying ... after attacks": months-old history
    if " first " in low and _FIRST_DAYS.search(low) and not doc.fresh_anywhere(t) and not _THIS_DAY.search(low):
        return None  # "accused each other of breaching the pause in its first days", the truce days old
        # (but "Today, in the first hours of the pause, militants opened fire": today's)
    if " since " in low[hit[1]: hit[1] + 30] and doc.pub is not None and any(
            hit[1] <= p.start <= hit[1] + 40 and p.has_date and low.endswith("since ", 0, p.start) and doc.age(p, t) >= 7
            for p in doc.phrases(i, t)):
        return None  # "the army and the RSF have been fighting since April 15": the war's span, not a breach told
    if any(c.kind == "declared" and y <= hit[0] and (m := _CAUSE_AFTER.search(low, y, hit[0])) is not None
           and " and " not in low[y:m.start()] for _, y, c in doc.cues[i]):
        return None  # "ordered his militia to suspend all activities ..., after clashes in Karbala killed more than 50
        # people": the fighting that led to the truce (not a later clause's: "came into force at midnight, and residents
        # said the city was largely quiet after sporadic clashes in the first hours")
    if " had been " in low and _WHICH_HAD_BEEN.search(low, max(0, hit[0] - 80), hit[1]):
        return None  # "the December cessation of hostilities, which monitors said had been repeatedly violated": its past
    if ("ly " in low or "often" in low or "sometimes" in low) and _HABITUAL.search(low, max(0, hit[0] - 80), hit[0]):
        return None  # "both sides regularly accuse each other of breaking it": a habit, not a breach told
    if ("hundred" in low or "thousand" in low or "dozens" in low or "scores" in low) and _BIG_TALLY.search(low) and not _TODAY.search(low):
        return None  # "Israel has breached the truce hundreds of times since it began": a record, not a breach told
    if _end_told_as_history(doc, i, t):
        return None  # "Short-term truces agreed in Jeddah in May were violated repeatedly and collapsed"
    return _Cand(t, "violation", i, hit[0], evidence=doc.clause(i, hit[0]), strong=strong and party is None,
                 title=doc.is_title(i), by_party=party is not None)


#: Between an end told and an attack word: the reason a party gives for the end.
_REASON_GIVEN = re.compile(r",\s+(?:blaming|citing|saying|accusing|complaining|charging)\b")
_IN_YEAR = re.compile(r"\bin\s+(?:\w+\s+)?(?:19|20)\d\d\b")
#: Right after a marker: the year it happened in ("took effect in 2019").
_IN_YEAR_RIGHT_AFTER = re.compile(r"(?:\s+(?:effect|hold|force|into\s+(?:force|effect)))?\s+in\s+(?:\w+\s+)?((?:19|20)\d\d)\b")
#: Before an attack: the truce it fell in, named by a year ("during the 2006 truce").
_IN_A_YEARS_TRUCE = re.compile(r"\b(?:during|under|throughout|amid)\s+(?:the|a|an)\s+((?:19|20)\d\d)\s+(?:[\w'-]+\s+){0,2}(?:truce|ceasefire|cease-fire|pause|lull)\b")
_THIS_DAY = re.compile(r"\b(?:today|tonight|this\s+morning|this\s+afternoon|overnight)\b")
#: A breach dated to the truce's first days or hours: its early record.
_FIRST_DAYS = re.compile(r"\b(?:in|during|over|within)\s+(?:its|their|the(?:\s+[\w-]+'s)?)\s+(?:very\s+)?first\s+(?:few\s+)?(?:hours|days|week|weeks)\b")
#: After a declaration, the fighting that led to it: "..., after clashes in the holy city of Karbala".
_CAUSE_AFTER = re.compile(r"\b(?:after|following|in\s+the\s+wake\s+of|in\s+response\s+to)\s+(?:[\w'-]+\s+){0,6}$")
#: Right before an attack word: fire as a habit ("has been marred by frequent sniper fire"), not one breach told.
_FREQUENT = re.compile(r"\b(?:frequent|regular|constant|routine)\s+(?:[\w'-]+\s+)?$")
#: A breach in the past perfect inside a relative clause about the truce: its record, told aside.
_WHICH_HAD_BEEN = re.compile(r",\s+which\s+(?:[\w'-]+\s+){0,4}?had\s+been\s+(?:[\w'-]+\s+)?(?:violated|breached|broken)$")
#: Breaches told as a habit: "regularly accuse each other of breaking it".
_HABITUAL = re.compile(r"\b(?:regularly|routinely|repeatedly|often|frequently|habitually|periodically|constantly|occasionally|sometimes)\s+(?:[\w'-]+\s+){0,2}?"
                       r"(?:accus\w*|trade[sd]?|trading|blame[sd]?|blaming|report\w*|violat\w*|breach\w*|break\w*|brok(?:e|en))\b[^;:.]*$")
#: A breach record in the dozens, hundreds or thousands, summed up over the truce's life
#: ("has reported dozens of incidents since the ceasefire took effect in October").
_BIG_TALLY = re.compile(r"\b(?:hundreds|thousands|dozens|scores|(?:more\s+than\s+)?(?:a|one|several|two|three)\s+(?:hundred|thousand))\s+(?:of\s+)?"
                        r"(?:[\w-]+\s+){0,3}?(?:times|violations|breaches|incidents)\b")
#: A day of the report in the sentence: the tally is then that day's ("hundreds of violations overnight").
_TODAY = re.compile(r"\b(?:today|overnight|this\s+morning|last\s+night|on\s+" + K.WEEKDAY + r"|"
                    r"in\s+the\s+past\s+(?:24|48)\s+hours|since\s+(?:midnight|dawn))\b")


def _end_told_as_history(doc: _Doc, i: int, t: int) -> bool:
    """Sentence ``i`` dates truce ``t``'s end days or months back, and tells its breaches
    with it: "a moratorium agreed in March lapsed in April with both sides accusing each
    other of violating it", read in May (only a dated end: "the truce, which had collapsed,
    was violated" may still tell today's breach)."""
    return any(c.kind in ("collapsed", "expiring", "expired") and _truce_at(doc, i, a) == t and _background(doc, i, t, a, b, c) == "dated"
               for a, b, c in doc.cues[i])


def _elsewhere(doc: _Doc, i: int, at: int, clause_from: int | None = None) -> bool:
    """Sentence ``i`` opens, before ``at``, on other ground than the tracked truce's
    (``_ELSEWHERE``), and names no tracked truce from there on: to the sentence's end, or
    with ``clause_from``, to the end of the clause running there."""
    low = doc.sents[i].low
    away = _ELSEWHERE.search(low, 0, at) if any(w in low for w in _ELSEWHERE_GATE) else None
    if away is None:
        return False
    end = len(low) if clause_from is None else _clause_after(low, clause_from)
    return not any(away.start() <= m[0] < end for m in doc.ments[i])


def _clause_after(low: str, at: int) -> int:
    """Where the clause of ``low`` running at ``at`` ends (``_CLAUSE_BACK``: "but", "said", a
    semicolon; else the sentence's end)."""
    cut = _CLAUSE_BACK.search(low, at)
    return len(low) if cut is None else cut.start()


def _semicolon_after(low: str, at: int) -> int:
    """Where the clause of ``low`` running at ``at`` ends at a semicolon (else the sentence's end)."""
    end = low.find(";", at)
    return len(low) if end < 0 else end


#: A sentence or clause opening on other ground than the tracked truce's (when it names none
#: of it): "In neighbouring Croatia, ...", "Further west, in Idlib province, ...",
#: "..., but in neighbouring Croatia government forces launched an offensive".
#: The sentence places its attack outside the truce's ground.
_OUTSIDE_ZONE = re.compile(r"\b(?:far\s+from|outside|beyond|away\s+from)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire)\s+(?:zone|area|region)\b")
_ELSEWHERE_GATE = ("elsewhere", "away from", "further", "farther", "neighbo", "across the border")
_ELSEWHERE = re.compile(r"(?:^|[,;]\s+(?:but\s+|while\s+|and\s+)?)(?:elsewhere|away\s+from|further\s+(?:west|east|north|south|afield)|farther\s+(?:west|east|north|south|afield)|"
                        r"in\s+neighbou?ring|across\s+the\s+border)\b")


#: In an attack's sentence soon after the truce's: the attack came in spite of it ("Clashes
#: were nonetheless reported this week in Lubero").
#: Right before a place: the attack happened there ("struck targets in Gaza").
_LOCATED_IN = re.compile(r"\b(?:in|on|across|over|near|into|inside)\s+(?:the\s+|northern\s+|southern\s+|eastern\s+|western\s+)?$")


def _located_elsewhere(doc: _Doc, i: int, t: int, at: int) -> bool:
    """The attack at ``at`` is placed in the ground of another tracked truce than ``t``, and
    not in ``t``'s: "Hours after the Lebanon ceasefire began, Israeli jets struck targets in
    Gaza" (Gaza tracked too) tells of no breach in Lebanon."""
    low = doc.sents[i].low
    placed = [m for m in doc.ments[i] if at < m[0] <= at + 80 and _LOCATED_IN.search(low, max(0, m[0] - 16), m[0])]
    return bool(placed) and all(m[2] != t for m in placed)


def _after_start_told(doc: _Doc, i: int) -> bool:
    """One of the two sentences before ``i`` speaks of a truce, and the item tells a truce's
    start today: "The ceasefire took effect at noon ... But sporadic shooting continued through
    the afternoon" (a "But" that turns from the start to its breach)."""
    return doc.follows_truce(i, 2) and any(doc.fresh_anywhere(u) for u in range(len(doc.specs)))


_CONCESSIVE = re.compile(r"\b(?:nonetheless|nevertheless|even\s+so)\b|^however\b")
#: A calm told with its exceptions, after a truce's news: "the city was mostly quiet by morning,
#: although sporadic clashes broke out" (the exceptions are the breaches).
_QUIET_BUT = re.compile(r"\b(?:quiet|calm|held|holding)\b[^.;:]{0,40}?,\s+(?:although|though|but|except|save\s+for)\b")


_WITHIN_HOURS = re.compile(r"within\s+the\s+(?:first\s+)?hour\b|(?:within|in)\s+(?:an?\s+|a\s+few\s+|a\s+couple\s+of\s+)?(?:minutes|hours?)(?:\s*,|\s+(?!of\b|after\b|before\b))|"
                           r"by\s+(?:the\s+)?(?:afternoon|evening|nightfall|mid-morning|midday|noon)\b")


#: A breach record summed up, not a breach told: "committed three violations of the
#: ceasefire", "several incidents had been reported during its three months", "had been breached
#: repeatedly in recent weeks", "traded accusations throughout the month" (not "had repeatedly
#: violated the truce" alone: often today's).
_TALLY = re.compile(r"\b(?:a\s+number\s+of|several|numerous|dozens\s+of|hundreds\s+of|scores\s+of|\d+|two|three|four|five|six|"
                    r"seven|eight|nine|ten)\s+(?:[\w-]+\s+)?(?:violations|incidents|breaches)\b|"
                    r"\bin\s+(?:recent|the\s+past|the\s+last)\s+(?:few\s+)?(?:weeks|months)\b|"
                    r"\bthroughout\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:month|months|weeks?)\b|"
                    r"\bduring\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,2}(?:days|weeks|months|week|month)\b|\bon\s+the\s+whole\b|\b(?:many|so\s+many)\s+times\b|\bso\s+(?:often|frequently)\b|"
                    r"\bwhile\s+(?:it|the\s+[\w-]+)\s+(?:was|were)\s+in\s+(?:force|effect|place)\b")


#: A party leaving the truce or giving notice to end it: an end it then still "remains in force
#: until" is the end coming, not an extension.
_WITHDRAWAL = re.compile(r"\b(?:(?:pull(?:s|ed|ing)?\s+out\s+of|withdr(?:aw|aws|awing|ew|awn)\s+from|quit(?:s|ting)?|renounc(?:e|es|ed|ing)|abrogat(?:e|es|ed|ing))"
                         r"\s+(?:the|its|their|a)\s+(?:[\w'-]+\s+){0,3}?(?:truce|ceasefire|cease-fire|agreement|accord|pact)|"
                         r"notice\s+(?:of|to)\s+(?:terminat|withdraw|end|quit|leav)|(?:notice|termination)\s+(?:clause|period))")


#: An end on schedule: the term ran out.
_RAN_OUT = re.compile(r"\b(?:ran\s+out|expired|lapsed|as\s+(?:scheduled|planned|announced)|on\s+schedule)\b")


def _ending_now(doc: _Doc, by: Mapping[tuple[int, str], _Cand], t: int) -> bool:
    """The item's events end truce ``t`` now: expired, or expiring within two days."""
    if (t, "expired") in by:
        return True
    e = by.get((t, "expiring"))
    return e is not None and e.deadline is not None and doc.pub is not None and e.deadline - doc.pub <= 2 * _DAY


def _within_hours_of_start(doc: _Doc, i: int) -> bool:
    """Sentence ``i`` opens "Within hours," (or "By the afternoon,") after sentences that told a
    truce's start and no end: "A ceasefire took effect at 6 p.m. ... Within hours, officials said
    separatists had fired" (not after "the truce ran out": then the hours are after the end).
    Or the sentence before opens so and only tells of charges, which ``i`` then spells out:
    "Within hours both camps were trading accusations. The government said ... had fired"."""
    if not _WITHIN_HOURS.match(doc.sents[i].low) and not (
            i > 0 and _WITHIN_HOURS.match(doc.sents[i - 1].low) and not doc.attacks[i - 1]
            and _CHARGES.search(doc.sents[i - 1].low)):
        return False
    kinds = {c.kind for j in range(i) for _, _, c in doc.cues[j]}
    return "declared" in kinds and not kinds & {"expiring", "expired", "collapsed"}


_CHARGES = re.compile(r"\b(?:accus\w*|blam\w*|trad\w+\s+(?:charges|accusations|blame))\b")

_AFTER_WORD = r"\b(?:after|since|past)\s+"
_UNTIL_WORD = r"\b(?:until|till|up\s+to)\s+(?:(?:late|early)\s+)?(?:on\s+|in\s+the\s+|into\s+(?:the\s+)?)?"
#: Right before a time phrase of the sentence.
_AFTER_CLOCK = re.compile(_AFTER_WORD + "$")
_UNTIL_CLOCK = re.compile(_UNTIL_WORD + "$")
#: Cheap gates before reading a sentence's phrases: a time right after the word.
_TIME_WORD = r"(?:\d|noon|midnight|midday|dawn|dusk|" + K.WEEKDAY + r")"
_AFTER_A_TIME = re.compile(_AFTER_WORD + _TIME_WORD)
_UNTIL_A_TIME = re.compile(_UNTIL_WORD + _TIME_WORD)


def _starts_before(doc: _Doc, i: int, t: int) -> set[datetime]:
    """Start instants of truce ``t`` told in the sentences before ``i`` (any stated start)."""
    return {p.instant for j in range(i) for p in _starts(doc, j, t, stated=False)}  # type: ignore[misc]


def _day_before_declared(doc: _Doc, i: int, d: int, t: int) -> bool:
    """Sentence ``i`` dates its attack only to a day before publication, and the declaration in
    sentence ``d`` dates itself to the publication day: "announced a ceasefire in Tripoli on
    Wednesday ... Clashes on Tuesday night spread through residential districts" (before it)."""
    if i == d:
        return False
    ages = [doc.age(p, t) for p in doc.phrases(i, t) if p.instant is not None and p.has_date]
    return bool(ages) and min(ages) >= 1 and any(
        p.instant is not None and p.has_date and doc.age(p, t) == 0 for p in doc.phrases(d, t))


def _until_before_start(doc: _Doc, i: int) -> bool:
    """Sentence ``i`` tells fire that went on "until" a time no later than the start an earlier
    sentence gave: "came into force at one minute past midnight on Thursday ... shelling went on
    until late on Wednesday evening" (before the truce, not in breach of it)."""
    low = doc.sents[i].low
    if " until " not in low and " till " not in low and " up to " not in low or not _UNTIL_A_TIME.search(low):
        return False
    return _time_beside_start(doc, i, _UNTIL_CLOCK, 24, lambda x, starts: x <= min(starts))


def _told_window(doc: _Doc, t: int) -> tuple[datetime, datetime] | None:
    """See ``_Doc.told_window``: the first sentence about truce ``t`` telling both an end to
    come and a length gives the window."""
    pub = doc.pub
    if pub is None:
        return None
    for j in range(len(doc.sents)):
        ends = [p.instant for p in _ends(doc, j, t) if p.instant is not None and p.instant > pub] if doc.about(j, t) else []
        got = _length(doc, [j]) if ends else None
        if got is not None:
            start = min(ends) - timedelta(seconds=got[1].seconds)
            # (only a truce running for over a day: one begun today may be today's news, and
            # the fire told with it came before it)
            return None if pub - start <= _DAY else (start, min(ends))
    if any(c.kind == "extended" and doc.about(j, t) for j, here in enumerate(doc.cues) for _, _, c in here):
        # an extension told with the truce's start over a day back ("The initial phase, which began at
        # 7 p.m. on Monday"): it has run from then to now
        starts = [p.instant for j in range(len(doc.sents)) if doc.about(j, t) or not doc.ments[j] and doc.topic[j] == t
                  for p in _starts(doc, j, t) if p.has_date and p.instant is not None]
        if starts and pub - min(starts) > _DAY:
            return min(starts), pub
    return None


def _dated_inside_window(doc: _Doc, i: int) -> bool:
    """Every day sentence ``i`` dates lies inside a running truce's window the item tells (its
    end to come, its length), before publication: "A 72-hour truce ... is due to lapse at
    midnight tonight ... Residents of Kitshanga reported an exchange of heavy fire on Tuesday
    afternoon" (read on Wednesday)."""
    pub = doc.pub
    low = doc.sents[i].low
    night = _LAST_NIGHT.search(low) is not None
    if pub is None or not night and not _WEEKDAY_WORD.search(low):
        return False
    for t in range(len(doc.specs)):
        window = doc.told_window(t)
        if window is None:
            continue
        if night and window[0] < pub - _NIGHT:
            return True  # "Sporadic firing was heard overnight near the Galerie Semaan crossing"
        days = [p for p in doc.phrases(i, t) if p.instant is not None and p.has_date]
        if days and all(_inside(doc, p, t, window[0], pub) for p in days):
            return True
    return False


def _inside(doc: _Doc, p: Phrase, t: int, start: datetime, pub: datetime) -> bool:
    """Phrase ``p`` lies after ``start`` and not after ``pub``; a day without a clock ("earlier on
    Wednesday", read on Wednesday) by its local day (``_Doc.age``), its end being still to come."""
    if p.time_stated:
        return start < p.instant <= pub  # type: ignore[operator]
    return 0 <= doc.age(p, t) < doc.days_before(start, t)


#: The night before publication: "firing was heard overnight", "clashes last night".
_LAST_NIGHT = re.compile(r"\b(?:overnight|last\s+night)\b")
_NIGHT = timedelta(hours=12)


def _after_start_clock(doc: _Doc, i: int) -> bool:
    """Sentence ``i`` tells fire "after" the very time an earlier sentence gave as a truce's
    start, passed by publication: "ordered his forces to cease fire from 6 o'clock this evening ...
    residents said heavy weapons fire continued after 6 pm"."""
    low = doc.sents[i].low
    pub = doc.pub
    if pub is None or not any(w in low for w in (" after ", " since ", " past ")) or not _AFTER_A_TIME.search(low):
        return False
    return _time_beside_start(doc, i, _AFTER_CLOCK, 8, lambda x, starts: x in starts and x <= pub)


def _by_a_time_since_start(doc: _Doc, i: int) -> bool:
    """Sentence ``i`` tells what was done "by" a time after the start an earlier sentence gave,
    passed by publication: "took effect at midnight ... by 09:00 Russian forces had launched 34
    assaults" (inside the truce, however the pluperfect reads)."""
    low = doc.sents[i].low
    pub = doc.pub
    if pub is None or " by " not in low or not _BY_A_TIME.search(low):
        return False
    return _time_beside_start(doc, i, _BY_CLOCK, 4, lambda x, starts: min(starts) < x <= pub)


_BY_CLOCK = re.compile(r"\bby\s+$")
_BY_A_TIME = re.compile(r"\bby\s+\d")


def _time_beside_start(doc: _Doc, i: int, before: re.Pattern[str], reach: int,
                       holds: Callable[[datetime, set[datetime]], bool]) -> bool:
    """A time in sentence ``i``, with ``before`` in the ``reach`` characters before it, that
    ``holds`` against the start instants an earlier sentence gave some tracked truce."""
    low = doc.sents[i].low
    for t in range(len(doc.specs)):
        starts = _starts_before(doc, i, t)
        if starts and any(p.instant is not None and holds(p.instant, starts) and before.search(low, max(0, p.start - reach), p.start)
                          for p in doc.phrases(i, t)):
            return True
    return False


def _party_attack(doc: _Doc, i: int) -> int | None:
    """The running truce whose party sentence ``i`` names as attacker or target, when the
    sentence names no truce: "The ceasefire will remain in effect until 18 February ...
    Israeli troops opened fire, killing 22 people" breaches the Israel-Hezbollah truce. The
    item must tell the truce extended (another sentence's cue here; ``_resolve`` keeps the
    breach only if the item's events extend the truce and neither end it nor let it collapse):
    a declaration alone is no proof the truce already ran when the attack came."""
    low = doc.sents[i].low
    for t, parties in enumerate(_parties(doc.specs)):
        if parties is None or parties.search(low) is None:
            continue
        if any(c.kind == "extended" for j in range(len(doc.sents)) if j != i and doc.about(j, t) for _, _, c in doc.cues[j]):
            return t
    return None


_PARTIES: dict[tuple[str, ...], re.Pattern[str] | None] = {}


def _parties(specs: Sequence[TruceSpec]) -> list[re.Pattern[str] | None]:
    """Per tracked truce, its two parties as a pair name gives them ("Israel-Hezbollah
    ceasefire"), with their demonyms ("Israeli", "Azerbaijani", "Lebanese")."""
    out = []
    for spec in specs:
        key = spec.names
        if key not in _PARTIES:
            if len(_PARTIES) >= 256:
                _PARTIES.clear()
            words = {w for x, y, _ in pair_parts(spec.names) for w in (x, y)}
            forms = {f for w in words for f in _demonyms(w)}
            _PARTIES[key] = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, forms))) + r")\b") if forms else None
        out.append(_PARTIES[key])
    return out


def _demonyms(name: str) -> set[str]:
    """A party's name and the words formed from it: "israel" -> "israeli(s)", "syria" ->
    "syrian(s)", "lebanon" -> "lebanese", "ukraine" -> "ukrainian(s)"."""
    forms = {name, name + "i", name + "n", name + "ian", name + "ese", name + "ani"}
    if name[-1:] in "ae":
        forms |= {name[:-1] + "ian", name[:-1] + "an"}
    if name.endswith("on"):
        forms.add(name[:-2] + "ese")
    return forms | {f + "s" for f in forms}


#: Before an attack word, with the truce named after it: a party accused of breaking it
#: ("Russia accused Ukraine of blowing up the gas station, saying Kyiv was trying to wreck
#: the moratorium"; not "Amal, which declared its own truce, accused Israel of shelling").
_ACCUSED_OF = re.compile(r"\baccus(?:ed|es|ing)\s+(?:[\w'-]+\s+){1,4}?of\s+(?:[\w'-]+\s+)?$")
_EXCLUDED_GATE = ("excluded", " not ", "reject", "neither", "none of", "outside", "far ", "unrelated")  # (a word of each of EXCLUDED's forms)
_CLAIMED = fast_compile(r"\b(?:claimed|responsibility|carried\s+out|(?:was|were)\s+behind)\b")
_BLAMED = re.compile(r"\b(?:blamed|blames|attributed)\b")  # (only beside a group outside the truce)
_CLAIMED_ANOTHER = re.compile(r"\bclaim(?:ed|s)\s+(?:responsibility\s+for\s+)?(?:an?|two|three|several|another)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:attacks?|bombings?|blasts?|explosions?|raids?|ambush(?:es)?|suicide)\b")


#: The report itself keeps the attack apart from the truce: "Israeli officials did not link
#: it to the pause", "the shooting was unrelated to the ceasefire", "the government did not
#: regard the street violence as a breach of ETA's ceasefire".
_UNLINKED = re.compile(r"\b(?:not|never|no\s+one)\s+(?:\w+\s+)?(?:link|tie|connect)\w*\s+(?:it|them|the\s+[\w-]+)\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?(?:truce|pause|ceasefire|cease-fire)\b|"
                       r"\bunrelated\s+to\s+the\s+(?:[\w-]+\s+)?(?:truce|pause|ceasefire|cease-fire)\b|"
                       r"\bnot\s+(?:\w+\s+)?(?:regard|consider|see|treat|view)\w*\s+(?:it|them|this|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+as\s+(?:an?\s+)?(?:breach|violation)\b|"
                       r"\b(?:truce|pause|ceasefire|cease-fire)\s+(?:had\s+|has\s+)?(?:explicitly\s+|expressly\s+|specifically\s+)?"
                       r"(?:excluded|excludes|exempted|did\s+not\s+(?:cover|include|apply\s+to))\b")


def _unlinked(doc: _Doc, j: int) -> bool:
    """Sentence ``j`` says the attack before it has nothing to do with the truce, or that the
    truce left its ground out ("That truce explicitly excluded Rakhine")."""
    return j < len(doc.sents) and doc.tw(j) and _UNLINKED.search(doc.sents[j].low) is not None


_CONTRAST = re.compile(r"[,;]\s+(?:while|whereas|but)\b")


def _excluded(doc: _Doc, i: int, told: int | None) -> bool:
    """Sentence ``i`` places its fighting outside the truce, unless that is a contrasting
    clause after a breach told in so many words, ending at ``told`` ("monitors recorded Serb
    artillery fire, which the UN regarded as a breach, while rebels who did not sign the deal
    kept up attacks"; not "a rocket hit a shop, but police did not link it to the truce")."""
    if not doc.found(K.EXCLUDED, i, _EXCLUDED_GATE):
        return False
    if told is None:
        return True
    low = doc.sents[i].low
    m = K.EXCLUDED.search(low)
    return m is None or _CONTRAST.search(low, told, m.start()) is None


def _in_excluded_ground(doc: _Doc, i: int) -> bool:
    """Sentence ``i`` tells of a ground another sentence left out of the truce: "the ceasefire
    covered five regional military commands but not western Rakhine State ... In Rakhine,
    clashes near Buthidaung were reported on Monday"; "attacked police posts in northern Rakhine
    State ... That truce explicitly excluded Rakhine"."""
    if " not " not in doc.low and "exclud" not in doc.low and "except" not in doc.low:
        return False
    places = {m.group(1) for m in _IN_PLACE.finditer(doc.sents[i].raw)}
    return bool(places) and any(j != i and doc.tw(j) and any(m.group(1) in places for m in _LEFT_OUT.finditer(doc.sents[j].raw))
                                for j in range(len(doc.sents)))


#: A place the sentence is in: "In Rakhine, ...", "in northern Shan State".
_IN_PLACE = re.compile(r"\b[Ii]n\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|west)\s+)?([A-Z][\w'-]+)")
#: A place left out of a truce: "but not western Rakhine State", "does not cover Idlib", "excluded Rakhine".
_LEFT_OUT = re.compile(r"\b(?:but\s+not|(?:does|did|do)\s+not\s+(?:cover|apply\s+to|include)|except(?:\s+for)?|excluding|exclude[sd]?)\s+"
                       r"(?:in\s+)?(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|west)\s+)?([A-Z][\w'-]+)")


def _told_before_start(doc: _Doc, stem: str) -> bool:
    """A body sentence retells the headline's attack (an attack word opening with ``stem``)
    and places it before the truce began: "Afghan Eid truce holds after Logar car bomb", the
    body: "The lull followed a car bombing on Thursday evening, hours before the truce began"."""
    if stem not in doc.low[doc.title_end:]:
        return False  # (the body names no such attack: the common case)
    for j in range(len(doc.sents)):
        low = doc.sents[j].low
        if doc.is_title(j) or not any(low.startswith(stem, x) for x, _, _ in doc.attacks[j]) \
                or not doc.found(K.PRE_TRUCE, j, _PRE_GATE):
            continue
        for before in K.PRE_TRUCE.finditer(low):
            reach = before.end() + 120 if before.start() < 16 and _FRONTED_BEFORE.match(low) else before.end()
            if any(low.startswith(stem, x) and before.start() - 120 <= x <= reach for x, _, _ in doc.attacks[j]):
                return True  # (the retold attack is the one the marker places: near it, not in another clause; or
                # after a "before" that opens the sentence and so places all of it: "Hours before the truce was due
                # to begin, a car bomb exploded")
    return False


#: A sentence that opens by placing itself before a time: "Hours before the truce was due to begin, ...".
_FRONTED_BEFORE = re.compile(r"(?:(?:minutes|hours|days|shortly|just|moments|a\s+day|an\s+hour)\s+)?before\b")


#: Groups no truce has ever covered, excluded from every one by name (the 2016 Syrian
#: cessation of hostilities; every Afghan and Iraqi truce): their attacks breach none.
_EXCLUDED_GROUPS = ("islamic state", "isis", "isil", "daesh")


#: Early in a sentence, one more of the attacks just told: "Another blast hit ...", "officials said a second bomb".
_ANOTHER = re.compile(r"\b(?:another|a\s+second|a\s+further|a\s+third)\s+(?:[\w'-]+\s+)?(?:blast|bomb|bombing|explosion|attack|suicide)")


def _by_the_excluded(doc: _Doc, i: int) -> bool:
    """Sentence ``i`` or the next pins its attack on a group no truce covers."""
    for j in (i, i + 1):
        if j < len(doc.sents) and any(g in doc.sents[j].low for g in _EXCLUDED_GROUPS) and _CLAIMED.search(doc.sents[j].low) \
                and not (j > i and _CLAIMED_ANOTHER.search(doc.sents[j].low)):
            return True  # (not the next sentence's own attack: "Islamic State claimed a bombing in Baghdad")
    return False


def _claimed_by_outsider(doc: _Doc, j: int) -> bool:
    """Sentence ``j`` pins the attack before it on a group outside the truce: "Islamic State,
    which is not party to either ceasefire, claimed the attack"; or it opens with a group the
    sentence before names, and puts that group outside the truce ("Suspected ADF fighters
    killed a dozen villagers ... The ADF, a Ugandan-rooted militia, is not a party to the
    truce")."""
    if j >= len(doc.sents) or not doc.found(K.EXCLUDED, j, _EXCLUDED_GATE):
        return False
    low = doc.sents[j].low
    if _CLAIMED_ANOTHER.search(low) is not None:
        return False  # "Islamic State claimed a bombing in Baghdad": an attack of its own, not the one before
    if _CLAIMED.search(low) is not None or _BLAMED.search(low) is not None:
        return True  # "police blamed the Lashkar, which has rejected the ceasefire"
    group = _OPENING_GROUP.match(low)
    return group is not None and _names_group(doc.sents[j - 1].low, group.group(1))


def _names_group(low: str, name: str) -> bool:
    """``low`` names the group ``name``, or spells out its acronym ("allied democratic forces"
    for "adf")."""
    if re.search(r"\b" + re.escape(name) + r"\b", low):
        return True
    if not 2 <= len(name) <= 5 or not name.isalpha():
        return False
    words = re.findall(r"[a-z]+", low)
    n = len(name)
    return any("".join(w[0] for w in words[k:k + n]) == name for k in range(len(words) - n + 1))


#: The group a sentence opens with, up to its aside or verb: "the adf, a ugandan-rooted
#: militia, is not a party", "al-shabaab is not part of the deal".
_OPENING_GROUP = re.compile(r"(?:the\s+)?((?!(?:it|they|he|she|this|that|these|those|both|neither|none)\b)[\w'-]{3,}(?:\s+[\w'-]+){0,2}?)"
                            r"(?:,|\s+(?:is|are|was|were|has|have|had|did|does|do|remains?|remained)\b)")


def _after_but(low: str, frame: re.Pattern[str], at: int) -> bool:
    """A "but" clause separates ``frame``'s match from the cue at ``at``: "a ceasefire took
    effect at midnight after five days of fighting, but Thailand accused Cambodia of
    breaching it within hours" (the fighting before the start is another clause's)."""
    m = frame.search(low, 0, at)
    return m is not None and _BUT_CLAUSE.search(low, m.end(), at) is not None


_BUT_CLAUSE = re.compile(r"(?:,|;)\s+(?:but|yet)\b")
_DEAL = re.compile(r"\b(?:deal|agreement|accord|lull|calm)\b")
#: Right after a breach cue, a deal as its object: "had violated the understanding reached earlier in the day".
_DEAL_OBJECT = re.compile(r"\s+(?:the|its|their|this|that)\s+(?:[\w'-]+\s+){0,2}?(?:deal|agreement|accord|understanding|arrangement|pact|lull|calm)\b")


def _marker_not_origin(low: str, start: int, end: int, cue: int) -> bool:
    """A background marker in ``low[start:end]`` that does not date the truce's origin in a
    participle right after it ("breaking the ceasefire signed in Brasilia less than a week
    ago": the week dates the signing, not the charge), nor names the truce after the cue at
    ``cue`` ("the worst breach of the October ceasefire")."""
    return any(not _REDUCED_RELATIVE.search(low, max(0, m.start() - 60), m.start())
               and not (m.start() > cue and (low.endswith(" of ", 0, m.start()) or _CUE_WORD.fullmatch(low, cue, m.start()))
                        and _NAMED_BY_DATE.match(m.group(0)))  # "breach of the October ceasefire", "violating the 1994 ceasefire"
               for m in _markers(low, start, end))


#: The cue's one word and the space after it: what follows is its object.
_CUE_WORD = re.compile(r"[\w'-]+\s+")


def _violation_cue(doc: _Doc, i: int, has_tw: bool, vcues: list[tuple[int, int]],
                   attacks: bool) -> tuple[int, int] | None:
    """The first violation cue of sentence ``i`` that reports a breach."""
    low = doc.sents[i].low
    for a, b in vcues:
        if doc.hedged("violation", i, a, b) or K.NOT_A_REPORT.search(low, max(0, a - 60), b + 60) \
                or K.VIOLATION_MODAL.search(low, _clause_start(low, a, 60), a) \
                or ("times" in low or " as " in low or " years" in low or "since " in low or " saw " in low
                    or " past " in low or " last " in low) and \
                K.RULE_OR_TALLY.search(low, max(0, a - 130), b + 140):
            continue
        if " after " in low and _DAYS_AFTER.search(low, max(0, a - 220), a) and not _news_came_after_attack(doc, low):
            continue  # "holding on Wednesday, a day after a shaky start in which each side accused the other of breaking it"
        if ("truces" in low or "ceasefires" in low or "cease-fires" in low) and _TRUCES_SUBJECT.search(low, max(0, a - 110), a):
            continue  # "a string of truces agreed in Jeddah were violated": several truces, not the one tracked
        if low.endswith(("last ", "previous ", "recent "), 0, a) and _LAST_ONE.search(low, max(0, a - 20), a) and not _TODAY.search(low):
            continue  # "the last violation of the truce was recorded in January": its record, not a breach told
        w = low[a:b]
        if w.endswith("broken") and (attacks or not any(x == a and _about_truce(doc, i, a, b, c) for x, _, c in doc.cues[i])):
            continue  # a passive "was broken" whose subject is no truce ("said the process was broken"), or told by the attacks beside it
        if w.startswith(("despite", "spite", "defiance", "marred", "dogged", "flout")) and not attacks \
                and not _CASUALTIES.search(low, 0, a):
            continue  # (but "Six killed in south Lebanon despite truce" tells the attack by its dead)
        if not has_tw and not doc.ments[i] and not _IT.search(low, max(a, b - 3), b + 5) and not _it_opens(doc, i, a) \
                and not ((_DEAL.search(low, a, b) or _DEAL_OBJECT.match(low, b)) and doc.follows_truce(i)):
            continue  # (but "breaking the deal", right after a truce sentence, breaks the truce)
        return a, b
    return None


#: Before a passive breach cue, a plural truce noun as its subject: "a string of truces
#: agreed in Jeddah since May were violated", "earlier ceasefires had been broken".
_TRUCES_SUBJECT = re.compile(r"\b(?:truces|ceasefires|cease-fires)\b[^.;:]{0,80}?\b(?:were|have\s+been|had\s+been)\s+(?:[\w-]+ly\s+)?$|"
                             r"\b(?:truces|ceasefires|cease-fires)\s+(?:(?!and\b|but\b)[\w'-]+\s+){0,5}$")  # "three truces this month failed to stop the war"
#: Before a breach cue: the latest of a record ("the last violation ... was recorded in January").
_LAST_ONE = re.compile(r"\bthe\s+(?:last|previous|most\s+recent)\s+$")
#: A toll before "despite the truce": "Six killed in south Lebanon despite truce".
_CASUALTIES = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|several)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:killed|dead|wounded|injured|hurt)\b")


#: Before a participle attack word, an epithet rather than an event: "the Saudi-led
#: coalition fighting in Yemen said it would extend its ceasefire".
_EPITHET_BEFORE = re.compile(r"\b(?:coalition|alliance|forces|militias?|groups?|factions|insurgents|rebels|fighters|militants|guerrillas|movements|parties|armies)\s+$")


#: Before an attack word, the parties it names: "the parties to the fighting in eastern
#: Congo had agreed to a humanitarian truce".
_PARTIES_TO = re.compile(r"\b(?:parties|party|sides?|belligerents)\s+to\s+the\s+$")


#: After an attack word opening the sentence: the attack reported before it ("The attack
#: came after the Tigers had told the government ..."), read where it was first told.
_REFERS_BACK = re.compile(r"\s+(?:came|comes|followed|follows)\s+(?:after|as|amid|a\s+day|hours|days)\b")


#: Before an attack word: a list of what a party suspends ("to suspend all its activities,
#: including attacks on American forces").
_SUSPENDED_LIST = re.compile(r"\b(?:suspend\w*|halt\w*|stop\w*|ceas(?:e|es|ed|ing)|freez\w*)\b[^.;]{0,40},\s+including\s+$")


def _attack_word(doc: _Doc, i: int, attacks: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The first attack word of sentence ``i`` reported as having happened (cheapest tests
    first: a word inside a truce phrase, then anchored matches, then windows)."""
    low = doc.sents[i].low
    tws = doc.truce_words[i]
    seen = -1  # end of the attack words read so far: "strikes" inside "air strikes" is read with it
    dropped = -1  # end of the last attack word found not to be a report
    for a, b, _w in attacks:
        inside, seen = a < seen, max(seen, b)
        if inside or dropped >= 0 and _INCLUDING.match(low, dropped, a):
            dropped = b
            continue  # "after a year of clashes, including ambushes on the highway": the list's head decides
        if any(x <= a < y for x, y in tws) or K.ATTACK_STOPPED.match(low, b) or _MODAL_AFTER.match(low, b) \
                or _HALTED_BY.match(low, b) \
                or K.ATTACK_AFTER_END.search(low, b) or K.ATTACK_LATER_THAN_END.search(low, 0, a) \
                or K.ATTACK_DEMANDED.search(low, max(0, a - 90), a) \
                or _PAUSE_IN.search(low, max(0, a - 32), a) or doc.hedged("violation", i, a, b) \
                or "whether" in low and _WHETHER_OR.search(low, max(0, a - 130), a) \
                or K.ATTACK_NOT_REPORT.search(low, _clause_start(low, a, 50), a) \
                or K.LED_TO_TRUCE.search(low, max(0, a - 80), a) \
                or "," in low[max(0, a - 60):a] and K.WAR_SPAN.search(low, max(0, a - 90), a) \
                or " which " in low and K.WAR_SPAN_CLAUSE.search(low, max(0, a - 220), a) \
                or "where" in low and K.WHERE_STATE.search(low, max(0, a - 100), a) \
                or (" through" in low or " for " in low) and K.LONG_SPAN_AFTER.match(low, b) \
                or low.endswith("ing", a, b) and _EPITHET_BEFORE.search(low, max(0, a - 14), a) \
                or low.startswith("attacked", a) and _WHEN_ATTACKED.search(low, max(0, a - 20), a) \
                or low.endswith(" to the ", 0, a) and _PARTIES_TO.search(low, max(0, a - 24), a) \
                or a <= 16 and _REFERS_BACK.match(low, b) \
                or low.endswith("including ", 0, a) and _SUSPENDED_LIST.search(low, max(0, a - 80), a) \
                or _in_proper_name(doc, i, a):
            dropped = b
            continue
        return a, b
    return None


#: Right after an attack word, the truce noun it names what halts: "energy strike moratorium",
#: "drone strike moratorium".
_HALTED_BY = re.compile(r"\s+(?:(?:strikes?|attacks?|fire)\s+)?(?:moratorium|truce|ceasefire|cease-fire|pause|freeze)\b")


def _in_proper_name(doc: _Doc, i: int, a: int) -> bool:
    """The attack word at ``a`` is a capitalised word of a name, after another capitalised word, in
    a body sentence: "the rebels' Intercontinental Encounter for Humanity" is a gathering."""
    raw = doc.sents[i].raw
    if doc.is_title(i) or not raw[a:a + 1].isupper():
        return False
    before = _LAST_WORD.search(raw, max(0, a - 30), a)
    return before is not None and before.start() > 0 and before.group(1)[:1].isupper() and raw[before.start() - 1] == " " \
        and not raw[:before.start()].rstrip().endswith((".", ":", "-", "\u2014"))


#: From a dropped attack word to the next one: an example of it ("clashes, including ambushes").
_INCLUDING = re.compile(r"(?:\s+[\w'-]+){0,7}?,?\s+(?:including|such\s+as|notably|among\s+them)\s+(?:[\w'-]+\s+){0,4}$|"
                        # what the dropped attack brought on: "after a bomb killed five people and set off clashes"
                        r"(?:\s+[\w'-]+){0,12}?\s+and\s+(?:set\s+off|sparked|triggered|provoked|touched\s+off)\s+(?:[\w'-]+\s+){0,2}$")


# ---------------------------------------------------------------- step 4: item-level rules


def _rank(c: _Cand) -> tuple[bool, bool, bool, bool]:
    """Better evidence first: a deadline, stated directly, with a time of day, from the body."""
    return (c.deadline is not None, c.direct, c.time_stated, not c.title)


def _violation_rank(doc: _Doc, c: _Cand) -> tuple[bool, bool, bool]:
    """Better evidence of a breach first: strong, not told as "earlier" (which may be before
    a new truce's start), from the body."""
    return c.strong, not _EARLIER.match(doc.sents[c.sent].low), not c.title


#: A truce "over" in so many words, beside an attack: with no end or term told anywhere in the
#: item, it was ended, not run out ("jets bombed Bouake ... 'The ceasefire is over. The government
#: has declared war on us'"; not "The Aleppo ceasefire is over, the army announced").
_IS_OVER = re.compile(r"\b(?:is|was|are|were)\s+over\b|\b(?:truce|ceasefire|cease-fire)\s+over\b")
_TERM_TOLD = re.compile(r"\b(?:expir\w*|laps\w*|runs?\s+out|ran\s+out|prolong\w*|extend\w*|extension|scheduled|due\s+to\s+end|[\w-]+-(?:day|hour|week|month))\b")
#: Before an extension cue in the sentence of a declaration: a new truce ("signed ... a ceasefire").
_A_NEW_TRUCE = re.compile(r"\b(?:signed|agreed|declared|announced|reached|ordered)\b[^;]*?\b(?:an?)\s+(?:[\w'-]+\s+){0,3}(?:truce|ceasefire|cease-fire)\b")
#: Words that make "keep the truce in place until" an extension rather than a term restated.
_LONGER = re.compile(r"\b(?:extend|extension|prolong|renew|stretch|further|another|additional|more|now|again)")


def _declared_end_restated(doc: _Doc, by: dict[tuple[int, str], _Cand], t: int) -> bool:
    """The extension cue of truce ``t`` only states the term of a truce declared now: "agreed to
    a ceasefire starting at midnight, to last 72 hours ... that would keep the truce in place until
    midnight on Thursday"; "signed an agreement on a temporary ceasefire, to remain in force until
    November 6" (no word of lengthening in its sentence)."""
    d, e = by.get((t, "declared")), by[(t, "extended")]
    if d is not None and d.deadline is None and e.deadline is None and d.sent < e.sent \
            and not _LONGER.search(doc.sents[e.sent].low):
        return True  # "declared an immediate ceasefire ... would remain in place until the end of the farming season"
    if d is None or d.deadline is None or d.deadline != e.deadline or _LONGER.search(doc.sents[e.sent].low):
        return False
    if d.sent == e.sent:  # "signed an agreement on a temporary ceasefire ..., to remain in force until November 6"
        return _A_NEW_TRUCE.search(doc.sents[e.sent].low, 0, e.pos) is not None
    return any(p.instant is not None and p.instant != d.deadline and abs(doc.pub - p.instant) <= _DAY  # type: ignore[operator]
               for p in doc.phrases(d.sent, t))


def _before_todays_truce(doc: _Doc, cands: list[_Cand]) -> list[_Cand]:
    """Drop weak breaches dated a day before a truce declared today (no other event of it):
    "announced a ceasefire in Tripoli on Wednesday ... Clashes on Tuesday night spread", or told
    in an item published before the declared start ("a ceasefire starting at midnight"); and
    strong ones too when the declaration states a start no earlier than the attack's day ("came
    into force at 00:01 on Thursday ... had shelled Terter late on Wednesday, hours before the
    deadline": the deadline is the start)."""
    news = {(c.truce, c.kind): c for c in cands if c.kind != "violation"}
    cands = [c for c in cands if not (c.kind == "violation" and (d := news.get((c.truce, "declared"))) is not None
                                      and _entry_before_start(doc, c, d))]
    return [c for c in cands if not (
        c.kind == "violation" and (d := news.get((c.truce, "declared"))) is not None
        and (not c.strong or _dated_before_start(doc, c, d))
        and not any((c.truce, k) in news for k in ("extended", "expiring", "expired", "collapsed"))
        and (_day_before_declared(doc, c.sent, d.sent, c.truce) or not c.strong and _starts_after_publication(doc, d)))]


_WEEKDAY_WORD = re.compile(r"\b" + K.WEEKDAY + r"\b")


#: A live blog's entry stamp: "07:30 - Gaza's civil defence said ...", "Updated 09:30 GMT: ...".
_ENTRY_STAMP = re.compile(r"(?:updated\s+)?([0-2]?\d)[:.]([0-5]\d)(\s+(?:gmt|utc))?\s*(?:[-\u2013\u2014:]\s)")


def _entry_before_start(doc: _Doc, v: _Cand, d: _Cand) -> bool:
    """Breach ``v`` sits in a live blog's entry stamped before the start declaration ``d``'s
    sentence states ("09:20 - The ceasefire took effect at 11:15 a.m. (0915 GMT) ... 07:30 -
    strikes since the morning had killed 13"): fire before the truce."""
    stamp = _ENTRY_STAMP.match(doc.sents[v.sent].low)
    if stamp is None or doc.pub is None or int(stamp.group(1)) > 23:
        return False
    tz = UTC if stamp.group(3) or _TIMES_GMT.search(doc.low) else doc.tz(v.truce)
    day = doc.pub.astimezone(tz).date()
    at = datetime.combine(day, time(int(stamp.group(1)), int(stamp.group(2))), tzinfo=tz)
    starts = [p.instant for p in _starts(doc, d.sent, d.truce) if p.instant is not None]
    return bool(starts) and at < min(starts)


def _starts_after_publication(doc: _Doc, d: _Cand) -> bool:
    """Declaration ``d``'s sentence, or the next about its truce, states a start still to come
    when the item was published: "agreed on Thursday to a ceasefire starting at midnight ... Air
    strikes continued during the day" (a truce not yet running, so the day's strikes breach
    nothing); "announced a ceasefire ... Forces will halt offensive operations from Tuesday"."""
    pub = doc.pub
    if pub is None:
        return False
    today = _weekday(pub.astimezone(doc.tz(d.truce)))
    if any(m.group(0) != today for m in _WEEKDAY_WORD.finditer(doc.sents[d.sent].low)):
        return False  # ("agreed on Saturday to stop firing with effect from 1700 hours", read early on Sunday: Saturday's start)
    return any(p.instant is not None and p.instant > pub for j in _following(doc, d.sent, d.truce, 1) for p in _starts(doc, j, d.truce))


def _dated_before_start(doc: _Doc, v: _Cand, d: _Cand) -> bool:
    """Every date of breach ``v``'s sentence lies no later than a start that declaration
    ``d``'s sentence states."""
    starts = [p.instant for p in _starts(doc, d.sent, d.truce) if p.instant is not None]
    dated = [p.instant for p in doc.phrases(v.sent, v.truce) if p.instant is not None and p.has_date]
    return bool(starts) and bool(dated) and max(dated) <= min(starts)


#: A ground or party said to have no truce at all: "Misrata had no truce of its own".
_NO_TRUCE_OF_ITS_OWN = re.compile(r"\b(?:had|has|have)\s+no\s+(?:[\w-]+\s+)?(?:truce|ceasefire|cease-fire)\s+of\s+(?:its|their|his|her)\s+own\b")


def _resolve(doc: _Doc, cands: list[_Cand]) -> list[Event]:
    if doc.pub is not None and any(c.kind == "violation" for c in cands):
        cands = _before_todays_truce(doc, cands)
    declared = {c.truce for c in cands if c.kind == "declared"}
    cands = [c for c in cands if c.kind != "expiring" or c.truce in declared or not _DUE_TO_RUN.match(doc.sents[c.sent].low, c.pos)]
    # ("set to run until January 9" with no truce declared here: its term restated)
    by: dict[tuple[int, str], _Cand] = {}
    for c in cands:
        key = (c.truce, c.kind)
        cur = by.get(key)
        if cur is None:
            by[key] = c
        elif c.kind == "violation":
            if _violation_rank(doc, c) > _violation_rank(doc, cur):
                by[key] = c
        elif c.kind == "declared" and (told := _collapse_told(doc, cur)) != _collapse_told(doc, c):
            if told:
                by[key] = c  # "the truce that began on Tuesday collapsed": a new one is the news
        elif _rank(c) > _rank(cur):
            by[key] = c
    truces = {t for t, _ in by}
    for t in truces:
        c = by.get((t, "collapsed"))
        if c is not None and K.NOT_RENEWED.search(doc.low):
            # "India ends the Ramzan ceasefire ... would not extend it": a truce ending at its
            # term, not renewed, has expired rather than collapsed; or is expiring, when
            # that term is still ahead ("will not renew the truce, which ends tonight")
            e = by.get((t, "expiring"))
            if (t, "expired") not in by and (e is None or e.deadline is None or doc.pub is None or e.deadline <= doc.pub):
                by[(t, "expired")] = replace(c, kind="expired")
            del by[(t, "collapsed")]
        if (x := by.get((t, "expired"))) is not None and x.deadline is None and (t, "collapsed") not in by and (t, "violation") in by \
                and _IS_OVER.search(doc.sents[x.sent].low) and not _TERM_TOLD.search(doc.low) \
                and not any(_ends(doc, j, t) for j in range(len(doc.sents))):
            by[(t, "collapsed")] = replace(by.pop((t, "expired")), kind="collapsed")  # "The ceasefire is over. The government has declared war on us"
        if (t, "extended") in by and _declared_end_restated(doc, by, t):
            by.pop((t, "extended"))  # "agreed to a 72-hour ceasefire from midnight ... that would keep the truce in place until Thursday"
        if (t, "collapsed") in by and (x := by.get((t, "extended"))) is not None and doc.pub is not None \
                and (x.deadline is None or x.deadline <= doc.pub):
            by.pop((t, "extended"))  # "collapsed on Saturday ... had started on Wednesday and was extended on Friday": its history
        if (x := by.get((t, "extended"))) is not None and not x.direct and (e := by.get((t, "expiring"))) is not None \
                and e.deadline is not None and e.direct and doc.pub is not None and e.deadline > doc.pub \
                and x.deadline is not None and e.deadline > x.deadline:
            # "renew lapsed truce for a further month" (counted from the old end) ... "the truce will run until December 1"
            by[(t, "extended")] = replace(x, deadline=e.deadline, time_stated=e.time_stated, direct=True, explicit=e.explicit)
        if (x := by.get((t, "extended"))) is not None and (e := by.get((t, "expiring"))) is not None and e.sent == x.sent \
                and e.deadline == x.deadline and _WITHDRAWAL.search(doc.low):
            by.pop((t, "extended"))  # "is pulling out of the ceasefire ...; the truce will remain in force until January 16": notice, then the end
        if (x := by.get((t, "extended"))) is not None and x.title \
                and (d := by.get((t, "declared"))) is not None and not d.title and d.deadline is not None \
                and x.deadline in (None, d.deadline) and _ANEW.match(doc.sents[d.sent].low, d.pos):
            by.pop((t, "extended"))  # "FARC to renew unilateral ceasefire ..." over "would restart a unilateral ceasefire
            # on 20 July ... until midnight on 20 August": the headline's renewal is the body's new truce, and its term
        if (t, "extended") in by:
            by.pop((t, "expiring"), None)
            by.pop((t, "expired"), None)
            d = by.get((t, "declared"))
            if d is None or d.deadline == by[(t, "extended")].deadline or not _fresh_start(doc, d.sent, t):
                by.pop((t, "declared"), None)  # kept: "the lull took effect at 8 a.m." today, then extended
        if (t, "declared") in by and " into " in doc.low and _days_into(doc, t):
            by.pop((t, "declared"))  # "A week into the coalition's unilateral ceasefire, ... announced the halt last Wednesday"
        if (t, "collapsed") in by and (t, "expired") in by and by[(t, "expired")].deadline is not None \
                and _NOUN_COLLAPSE.match(doc.sents[by[(t, "collapsed")].sent].low, by[(t, "collapsed")].pos):
            by.pop((t, "collapsed"))  # "lapsed at midnight ... blamed the government for its collapse": the lapse, named
        if (c := by.get((t, "collapsed"))) is not None and (x := by.get((t, "expired"))) is not None and x.deadline is not None \
                and (c.title and not x.title or c.sent == x.sent and c.pos > x.pos) and _RAN_OUT.search(doc.sents[x.sent].low):
            by.pop((t, "collapsed"))  # "Army declares truce over" over "had ended at 7 p.m. as the last extension ran out": on schedule;
            # "ran out at 7 a.m. ..., and the calm was shattered within minutes": the lapse, then the fighting after it
        if (t, "collapsed") in by and _ordered_end_timed(doc, by, t):
            by.pop((t, "collapsed"))  # "ordered the NPA to end the ceasefire ... The termination would take effect at 11:59 p.m."
        if (t, "collapsed") in by:
            by.pop((t, "expired"), None)
            by.pop((t, "expiring"), None)
        if (e := by.get((t, "expiring"))) is not None and (d := by.get((t, "declared"))) is not None \
                and (_FELL_QUIET.match(doc.sents[d.sent].low, d.pos)
                     or d.deadline is None and _began_days_before(doc, t, e.deadline)):
            by.pop((t, "declared"))  # "Achrafieh truce runs out tonight as Syrian guns fall quiet": a calm, told with its
            # end; "A 72-hour truce ... is due to lapse at midnight tonight ... Haines announced the pause": announced
            # three days ago, its end the news
        if (t, "declared") in by:
            e, d = by.pop((t, "expiring"), None), by[(t, "declared")]
            if e is not None and e.deadline is not None and d.deadline is None:
                # "ordered a ceasefire over Eid ... an official said the truce runs through Tuesday"
                by[(t, "declared")] = replace(d, deadline=e.deadline, time_stated=e.time_stated,
                                              direct=e.direct, explicit=e.explicit)
        if (x := by.get((t, "expired"))) is not None and x.deadline is None and (e := by.get((t, "expiring"))) is not None \
                and e.deadline is not None and doc.pub is not None and e.deadline > doc.pub:
            by.pop((t, "expired"))  # "would not renew its truce when it expires on Friday ... 'The calm is over'": it ends ahead
        if (t, "expired") in by:
            by.pop((t, "expiring"), None)
            if (d := by.get((t, "declared"))) is not None and d.deadline is None and not _fresh_start(doc, d.sent, t):
                by.pop((t, "declared"))  # "The lull has begun ... The lull ended at 4 p.m. as scheduled": a truce
                # that began and ended in one report is news as its end
        e = by.get((t, "expiring"))
        if e is not None and e.deadline is not None and doc.pub is not None and e.deadline - doc.pub > _RESTATED_REACH \
                and _WHICH_RUNS.search(doc.sents[e.sent].low, max(0, e.pos - 12), e.pos + 24):
            by.pop((t, "expiring"))  # "The truce, which runs until 2 August, has held broadly", read on 24 July: its term restated
            e = None
        if e is not None and e.deadline is not None and doc.pub is not None and e.deadline - doc.pub > _FAR_END:
            by.pop((t, "expiring"))  # "The truce runs until January 9", told in October: a term, not an end coming
        v = by.get((t, "violation"))
        if v is not None and not v.strong:
            running = any((t, k) in by for k in ("declared", "extended", "expiring", "collapsed")) or \
                K.TRUCE_RUNNING.search(doc.low) is not None or \
                (t, "expired") in by and _HOURS_EARLIER.match(doc.sents[v.sent].low) is not None  # "ended at midnight ... Hours earlier a bomb tore through a bus"
            fresh = (t, "declared") in by and not any((t, k) in by for k in ("extended", "expiring", "collapsed"))
            if not running or (fresh and not _AFTER_THE_START.search(doc.sents[v.sent].low) and not _by_a_time_since_start(doc, v.sent)
                               and (_EARLIER.match(doc.sents[v.sent].low) or _EARLIER_TODAY.search(doc.sents[v.sent].low)
                                          or _HAD_DONE.search(doc.sents[v.sent].low, 0, v.pos)
                                          or _RECENT_SPAN.search(doc.sents[v.sent].low)
                                          or _dated_back(doc, v.sent, t, lambda p, v=v: _dates_attack(doc.sents[v.sent].low, p, v.pos))
                                          or _night_before_evening(doc, v, by[(t, "declared")]))):
                by.pop((t, "violation"))  # "Earlier on Wednesday, clashes...", "had accused the army of ...": before the new truce
        v = by.get((t, "violation"))
        if v is not None and _ending_now(doc, by, t) and _TALLY.search(doc.sents[v.sent].low):
            by.pop((t, "violation"))  # the truce's record told at its end: "three violations during its ten days"
            v = None
        if v is not None and v.by_party and (not ((t, "extended") in by or (t, "expiring") in by)
                                             or (t, "collapsed") in by or (t, "expired") in by):
            by.pop((t, "violation"))  # a party's attack breaches the truce only if the item shows it running on (extended, or ending ahead)
        if (t, "violation") in by and doc.pub is not None and not any(
            (t, k) in by for k in ("extended", "expiring", "expired", "collapsed")
        ) and _not_started(doc, t):
            by.pop((t, "violation"), None)
        if (v := by.get((t, "violation"))) is not None and not any((t, k) in by for k in ("declared", "extended", "expiring")) \
                and _end_dated_back(doc, v.sent, t, before=True):
            by.pop((t, "violation"))  # "the initiative ended on Sunday ... accused forces of raids in breach of it", read on Thursday
        if (t, "violation") in by and " no " in doc.low and not any((t, k) in by for k in ("declared", "extended", "expiring")) \
                and any(_NO_TRUCE_OF_ITS_OWN.search(s.low) and any(m[2] == t for m in doc.ments[j]) for j, s in enumerate(doc.sents)):
            by.pop((t, "violation"))  # "Rebels said Misrata had no truce of its own": the fighting there breaches none
    for t in truces:
        if (t, "collapsed") in by and (v := by.get((t, "violation"))) is not None and v.title:
            by.pop((t, "violation"))  # "Israel pounds Gaza, ending two months of calm": the headline's attack is the collapse
        elif (c := by.get((t, "collapsed"))) is not None and (v := by.get((t, "violation"))) is not None and v.sent == c.sent + 1 \
                and not v.title and _HAD_DONE.search(doc.sents[v.sent].low, 0, v.pos) and " said " in doc.sents[v.sent].low[:v.pos]:
            by.pop((t, "violation"))  # "ending a conditional ceasefire ... An army statement said armed groups had launched
            # numerous attacks": the reason its breaker gives, right after the end
    for t in truces:
        if (v := by.get((t, "violation"))) is not None and v.title and not v.strong and _after_semicolon(doc, v) \
                and any(u != t and (w := by.get((u, "violation"))) is not None and not w.title for u in truces):
            by.pop((t, "violation"))  # "Bosnian truce expires Monday; shooting near Okucani closes motorway": the
            # headline's shooting is the one the body tells, of the other tracked truce
    for c in by.values():
        if c.deadline is not None and c.direct and not c.explicit:
            c.deadline = _explicit_twin(doc, c.truce, c.deadline) or c.deadline
    if (_ANALYSIS.match(doc.low) or doc.title_end and _ANALYSIS.match(doc.low, doc.title_end + 1)) and doc.pub is not None:
        # an analysis piece retells; only a term still ahead is news in it ("Analysis: Yemen's first
        # nationwide truce ... the warring parties agreed to a two-month truce that ... runs until 7 p.m. on June 2")
        by = {key: c for key, c in by.items() if key[1] in ("declared", "extended", "expiring")
              and c.deadline is not None and c.deadline > doc.pub}
    out: list[Event] = []
    src = Source.of(doc.item)
    for (t, kind), c in sorted(by.items(), key=lambda kv: (kv[0][0], _KIND_ORDER.index(kv[0][1]))):  # type: ignore[arg-type]
        deadline = c.deadline if kind in ("declared", "extended", "expiring", "expired") else None
        out.append(Event(
            truce=doc.specs[t].name,
            kind=kind,  # type: ignore[arg-type]
            deadline=deadline,
            evidence=c.evidence or doc.sents[c.sent].raw,
            source=src,
            time_stated=c.time_stated if deadline is not None else True,
            extended_by=c.extended_by if kind == "extended" else None,
        ))
    return out


#: An item that says it is analysis: "Analysis: Idlib truce buys time", "NEWS ANALYSIS -", "ANALYSIS - The ...".
_ANALYSIS = re.compile(r"\s*(?:news\s+)?analysis\s*[:\-\u2013\u2014|]")


#: A declaration cue of a broken truce declared anew: "would restart a unilateral ceasefire".
_ANEW = re.compile(K.DECLARED_ANEW)


#: A calm as a declaration's cue: "guns fall quiet", "the front went silent".
_FELL_QUIET = re.compile(K.FELL_QUIET)


def _began_days_before(doc: _Doc, t: int, end: datetime | None) -> bool:
    """Truce ``t``, ending at ``end`` after the length the item tells ("a 72-hour truce"),
    began more than a day before publication."""
    if end is None or doc.pub is None:
        return False
    got = _length(doc, [j for j in range(len(doc.sents)) if doc.about(j, t)])
    return got is not None and doc.pub - (end - timedelta(seconds=got[1].seconds)) > _DAY


def _after_semicolon(doc: _Doc, v: _Cand) -> bool:
    """Breach ``v``'s attack stands after a semicolon that no mention of its truce follows: a
    headline's second story ("Syria accepts ceasefire; battle rages around Suez")."""
    semi = doc.sents[v.sent].low.rfind(";", 0, v.pos)
    return semi >= 0 and not any(x > semi and u == v.truce for x, _, u in doc.ments[v.sent])


#: How long a truce has run: "a week into the Saudi-led coalition's unilateral ceasefire",
#: "six weeks into Mozambique's truce" (not hours: a truce hours old may be today's news).
_DAYS_INTO = re.compile(r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|weeks?|months?)\s+into\s+"
                        r"(?:(?:the|its|their|a)\s+)?(?:[\w'-]+'s\s+)?(?:[\w'-]+\s+){0,3}?(?:truce|ceasefire|cease-fire|pause|halt|lull)\b")


def _days_into(doc: _Doc, t: int) -> bool:
    """The item says truce ``t`` has run a day or more, so its start is not today's news."""
    for j, sent in enumerate(doc.sents):
        if " into " in sent.low:
            for m in _DAYS_INTO.finditer(sent.low):
                if _truce_at(doc, j, m.end()) == t:
                    return True
    return False


#: A collapse named by the noun alone ("blamed the government for its collapse"), not told
#: by a verb: with an expiry told at its hour, it names that end.
_NOUN_COLLAPSE = re.compile(r"collapse\b(?!\s+(?:of|in)\b)(?:(?<=its collapse)|(?<=the collapse)|(?<=their collapse))")


#: A term scheduled ("due to run until 7 a.m. on Tuesday"): the end of a truce declared in the
#: same item, else its term restated, no expiry to warn of.
_DUE_TO_RUN = re.compile(r"(?:" + K.SCHEDULED_TO + r"|(?:is|are)\s+to)\s+" + K.RUNS_UNTIL)
#: An end further off than this is the truce's term restated, not an expiry to warn of.
_FAR_END = timedelta(days=45)
#: A term told in a relative aside (", which runs until 2 August,") ending further off than
#: this is restated, not an expiry to warn of.
_RESTATED_REACH = timedelta(days=3)
_WHICH_RUNS = re.compile(r",\s+which\s+(?:runs|lasts|expires|ends|is\s+due\s+to\s+(?:run|end|expire))\b")


def _ordered_end_timed(doc: _Doc, by: Mapping[tuple[int, str], _Cand], t: int) -> bool:
    """The collapse is an end ordered or announced ("ordered the rebels to end the
    ceasefire", a headline's "end ceasefire") and the item gives that end a time still ahead:
    the truce is expiring."""
    c, e = by[(t, "collapsed")], by.get((t, "expiring"))
    if e is None or e.deadline is None or doc.pub is None or e.deadline <= doc.pub:
        return False
    low = doc.sents[c.sent].low
    return _TO_END_BEFORE.search(low, max(0, c.pos - 70), c.pos) is not None or c.title and _HEADLINE_END.match(low, c.pos) is not None


#: A headline's present "end" ("Communists end ceasefire, citing bad faith"): the body may give
#: the end a time ahead, and then the truce is expiring.
_HEADLINE_END = re.compile(r"(?:to\s+)?(?:end|ends|terminates?)\b")


def _collapse_told(doc: _Doc, c: _Cand) -> bool:
    """Candidate ``c``'s sentence also tells that its truce collapsed."""
    return any(cue.kind == "collapsed" and _truce_at(doc, c.sent, a) == c.truce for a, _, cue in doc.cues[c.sent])


#: A deadline for some act other than the truce, before an ending cue: "the deadline for their
#: pullout under the ceasefire deal ran out" (not "the deadline for the truce expired").
_OTHER_DEADLINE = re.compile(r"\bdeadlines?\s+for\s+(?:(?:the|their|its|his|her|a|an)\s+)?"
                             r"(?!(?:(?!(?:under|of|in|from|by|with)\b)[\w-]+\s+){0,3}(?:truce|ceasefire|cease-fire|pause|lull|armistice|moratorium|halt|cessation)\b)"
                             r"[\w'-]+\b[^.;]*$")


#: A concession right before a declaration cue: the truce is a given, not news.
_DESPITE_BEFORE = re.compile(r"\b(?:despite|in\s+spite\s+of)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:agreement|deal|accord|decision|pledge|promise|commitment|order)\s+$")
#: A season or feast right before a start cue, in apposition: it is what begins.
_SEASON_BEFORE = re.compile(r"\b(?:ramadan|eid(?:\s+al-[\w]+)?|christmas|easter|new\s+year|nowruz|lent|passover|diwali|tet|month|"
                            r"festival|holiday|holidays|season|harvest|school\s+year),?\s+(?:which\s+(?:is\s+|was\s+)?)?"
                            r"(?:(?:is|are)\s+)?(?:due|set|expected|scheduled)\s+to\s+$")
#: Cues that make a truce (their object), not report what one will do ("announced that the truce would stay in force").
_DECLARING = ("declar", "order", "proclaim", "decree")
#: Right before a start cue: the start is a schedule ("a ceasefire due to start on 20 July").
_SCHEDULED = re.compile(r"\b(?:due|set|scheduled|expected|slated)\s+to\s+$")
#: The acts that make a truce (not its start): their date is the agreement's.
_AGREEING = ("announc", "declar", "agree", "sign", "order", "proclaim", "decree", "reach", "broker", "struck", "seal")


def _agreed_days_ago(doc: _Doc, t: int) -> bool:
    """The item dates the act that made truce ``t`` to days before its own ("announced the
    truce last Wednesday", "signed in Arusha earlier this month"): a scheduled start it gives
    restates that agreement."""
    return any(cue.kind == "declared" and doc.sents[j].low.startswith(_AGREEING, x) and _truce_at(doc, j, x) == t
               and _about_truce(doc, j, x, y, cue) and _background(doc, j, t, x, y, cue) in ("dated", "marker")
               for j in range(len(doc.sents)) for x, y, cue in doc.cues[j])
#: Before a day: the truce has held since then ("that has held around the city since 10 February").
_HELD_SINCE = re.compile(r"\b(?:held|holding|in\s+(?:force|place|effect)|observed|running)(?:\s+[\w'-]+){0,4}?\s+since\s+$")
_START_CUE = re.compile(r"\b(?:start\w*|begin\w*|began|commenc\w*|effect|force|from|silent|since)\b")


def _not_started(doc: _Doc, t: int) -> bool:
    """Every start the item states for truce ``t`` lies after publication: nothing can
    have breached it yet."""
    pub = doc.pub
    assert pub is not None
    if " not " in doc.low or " yet " in doc.low:
        for i in range(len(doc.sents)):
            if doc.tw(i) and doc.about(i, t) and _NOT_YET_STARTED.search(doc.sents[i].low):
                return True  # "The ceasefire, which had been due to take effect at 8:30 a.m., has not begun"
    starts: list[datetime] = []
    days: list[datetime] = []  # starts told by a date alone ("from April 28 to May 12"), used when no clock is told
    ahead = any(u in doc.low for u in _START_WITHIN_UNITS)
    for i in range(len(doc.sents)):
        low = doc.sents[i].low
        if ahead and any(u in low for u in _START_WITHIN_UNITS) and _START_WITHIN.search(low) and doc.about(i, t):
            starts.append(pub + _DAY)  # "to come into force within 30 days": a day at the soonest
        if not doc.tw(i) or not doc.found(_START_CUE, i) or len(doc.specs) > 1 and _elsewhere_start(doc, i, t):
            continue
        for p in _starts(doc, i, t, stated=False):
            if p.instant is not None and p.instant + _DAY <= pub and _HELD_SINCE.search(low, max(0, p.start - 60), p.start):
                return False  # held since a day gone by ("the ceasefire that has held around the city since 10 February")
            if p.instant is not None and (p.has_date or _DUE_TO_START.search(low, max(0, p.start - 40), p.start)):
                (starts if p.time_stated else days).append(p.instant)
    starts = starts or days
    return bool(starts) and all(s > pub + timedelta(minutes=5) for s in starts)


def _elsewhere_start(doc: _Doc, i: int, t: int) -> bool:
    """Sentence ``i`` is about another tracked truce in another zone: its start is not this
    one's ("A ceasefire took effect in Gaza at noon", Lebanon tracked too). Truces of one zone
    may share a start (a pause inside a wider truce), so theirs still count."""
    return not doc.about(i, t) and any(doc.about(i, u) and doc.specs[u].timezone != doc.specs[t].timezone
                                       for u in range(len(doc.specs)) if u != t)


#: The item says the truce has not started (not a body beside it: "a monitoring committee
#: has yet to begin work").
_NOT_YET_STARTED = re.compile(r"(?:\b(?:has|had|have)\s+not\s+(?:yet\s+)?(?:begun|started|taken\s+effect|come\s+into\s+(?:force|effect))\b|"
                              r"\b(?:has|had|have)\s+yet\s+to\s+(?:begin|start|take\s+effect|come\s+into\s+(?:force|effect))\b|"
                              r"\b(?:did\s+not|failed\s+to)\s+(?:begin|start|take\s+effect|come\s+into\s+(?:force|effect))\s+(?:on\s+(?:schedule|time)|as\s+(?:planned|scheduled))\b|"
                              # "the truce would not formally take hold until Friday at the earliest"
                              r"\b(?:would|will)\s+not\s+(?:formally\s+|fully\s+)?(?:take\s+(?:hold|effect)|begin|start|come\s+into\s+(?:force|effect))\s+until\b)"
                              r"(?!\s+(?:work|its|their|the|operations|monitoring|patrols|deploying|meeting|talks)\b)")
#: A start that is still days or weeks away, counted from now: "a cessation of armed
#: confrontation to come into force within 30 days", "will take effect in two weeks".
_START_WITHIN_UNITS = (" day", " week", " month")  # (what it must hold: a cheap gate)
_START_WITHIN = re.compile(
    r"\b(?:to|will|would|shall)\s+(?:come\s+into\s+(?:force|effect)|take\s+effect|begin|start)\s+(?:with)?in\s+"
    r"(?:the\s+next\s+|the\s+coming\s+)?(?:a|one|two|three|four|five|six|seven|ten|\d+)\s+(?:days?|weeks?|months?)\b")


#: A start still to come, before an undated time: "is due to begin at midnight" (tonight).
_DUE_TO_START = re.compile(
    r"\b(?:(?:is|are)\s+(?:due|set|scheduled|expected)\s+to|will)\s+(?:take\s+effect|begin|start|come\s+into\s+(?:force|effect))\s+"
    r"(?:at\s+|from\s+)?$|"
    r"\b(?:truce|ceasefire|cease-fire|pause)\s+(?:effective|starting|beginning)\s+(?:from\s+|at\s+)?$")  # "agreed to an immediate ceasefire effective from midnight"
