"""Item text -> truce events with UTC deadlines. Pure: no I/O, no clock, no network.

``extract(item, tracked, known_deadlines=...)`` reads the item's title and summary sentence
by sentence. For each sentence it finds which tracked truce it is about (``mentions``), the
event cues it carries and whether they are hedged, negated or background (``kinds``), and
the time phrases that give a deadline (``timeexpr``), anchored at the item's publication
time and resolved in the truce area's IANA zone. Item-level rules then merge the
candidates: at most one event per (truce, kind); an extension in the item supersedes an
"expiring" or "declared" reading of the same truce; a collapse supersedes "expired";
fighting reported before a truce has begun is not a violation.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from bot.extract import kinds as K
from bot.extract.mentions import TRUCE_WORDS, has_truce_words, matcher_for
from bot.extract.text import Sentence, fold, sentences
from bot.extract.timeexpr import (
    UTC,
    Duration,
    Phrase,
    add_duration,
    find_durations,
    find_phrases,
    zone,
)
from bot.models import Event, FeedItem, Kind, Source, TruceSpec

__all__ = ["extract"]

_MAX_TEXT = 20_000  # characters read per item (title + summary); feeds send far less
_KIND_ORDER: tuple[Kind, ...] = ("declared", "extended", "expiring", "expired", "collapsed", "violation")


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


class _Ctx:
    """Per-item working state: sentences, their phrases and durations (computed lazily)."""

    def __init__(self, item: FeedItem, text: str, low: str, specs: Sequence[TruceSpec]) -> None:
        self.item = item
        self.text = text
        self.low = low
        self.specs = specs
        self.sents: list[Sentence] = sentences(text, low)
        self.pub: datetime | None = item.published.astimezone(UTC) if item.published else None
        self._phr: dict[tuple[int, int], list[Phrase]] = {}
        self._dur: dict[int, list[Duration]] = {}
        self.tw = [has_truce_words(s.low) for s in self.sents]

    def tz(self, t: int) -> tzinfo:
        return zone(self.specs[t].timezone or "UTC")

    def phrases(self, i: int, t: int) -> list[Phrase]:
        key = (i, t)
        got = self._phr.get(key)
        if got is None:
            got = find_phrases(self.sents[i].low, self.pub, self.tz(t)) if self.pub else []
            self._phr[key] = got
        return got

    def durations(self, i: int) -> list[Duration]:
        got = self._dur.get(i)
        if got is None:
            got = find_durations(self.sents[i].low)
            self._dur[i] = got
        return got

    def days_ago(self, inst: datetime, t: int) -> int:
        """Whole local days between the instant's day and the publication day."""
        assert self.pub is not None
        tz = self.tz(t)
        d = (inst - timedelta(seconds=1)).astimezone(tz).date()
        return (self.pub.astimezone(tz).date() - d).days

    def evidence(self, i: int, pos: int) -> str:
        s = self.sents[i]
        raw = s.raw
        if len(raw) <= 300:
            return raw
        a = max(0, pos - 150)
        b = min(len(raw), pos + 150)
        while a > 0 and not raw[a - 1].isspace():
            a += 1
        while b < len(raw) and not raw[b].isspace():
            b += 1
        return raw[a:b].strip()


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
    low = fold(text)
    if not has_truce_words(low):
        return []
    matcher = matcher_for(tracked)
    mentions = matcher.find(low)
    if not mentions:
        return []
    ctx = _Ctx(item, text, low, tracked)
    cands = _candidates(ctx, mentions, known_deadlines or {})
    return _resolve(ctx, cands)


# ---------------------------------------------------------------- candidates


def _attribution(ctx: _Ctx, mentions: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Per sentence: [(position in sentence, truce index)], the topic when none is named."""
    out: list[list[tuple[int, int]]] = []
    mi = 0
    topic = mentions[0][1]
    for s in ctx.sents:
        here: list[tuple[int, int]] = []
        while mi < len(mentions) and mentions[mi][0] < s.end:
            if mentions[mi][0] >= s.start:
                here.append((mentions[mi][0] - s.start, mentions[mi][1]))
            mi += 1
        if here:
            out.append(here)
            topic = here[-1][1]
        else:
            out.append([(-1, topic)])
    return out


def _truce_at(att: list[tuple[int, int]], pos: int) -> int:
    if len(att) == 1:
        return att[0][1]
    best, bestd = att[0][1], None
    for p, t in att:
        d = pos - p if p <= pos else (p - pos) * 2
        if bestd is None or d < bestd:
            best, bestd = t, d
    return best


def _candidates(ctx: _Ctx, mentions: list[tuple[int, int]], known: Mapping[str, datetime]) -> list[_Cand]:
    att = _attribution(ctx, mentions)
    out: list[_Cand] = []
    for i, s in enumerate(ctx.sents):
        low = s.low
        has_tw = ctx.tw[i]
        ext_here = False
        if has_tw:
            for m in (K.CUE_RE["extended"].finditer(low) if K.gate("extended", low) else ()):
                if not K.hedged("extended", low, m.start(), m.end()):
                    ext_here = True
                    c = _extended(ctx, i, m.start(), m.end(), _truce_at(att[i], m.start()), known)
                    if c:
                        out.append(c)
                    break
            for m in (K.CUE_RE["expiring"].finditer(low) if K.gate("expiring", low) else ()):
                if K.hedged("expiring", low, m.start(), m.end()):
                    continue
                c = _ending(ctx, i, m, _truce_at(att[i], m.start()))
                if c:
                    out.append(c)
                    break
            if not ext_here:
                for m in (K.CUE_RE["declared"].finditer(low) if K.gate("declared", low) else ()):
                    if K.hedged("declared", low, m.start(), m.end()):
                        continue
                    if not _near_truce_word(low, m.start(), m.end()):
                        continue
                    c = _declared(ctx, i, m.start(), m.end(), _truce_at(att[i], m.start()))
                    if c:
                        out.append(c)
                        break
            for m in (K.CUE_RE["collapsed"].finditer(low) if K.gate("collapsed", low) else ()):
                if K.hedged("collapsed", low, m.start(), m.end()):
                    continue
                if _background(low, m.start()):
                    continue
                t = _truce_at(att[i], m.start())
                if _past_dated(ctx, i, t, m.end()):
                    continue
                out.append(_Cand(t, "collapsed", i, m.start(), evidence=ctx.evidence(i, m.start())))
                break
        c = _violation(ctx, i, att[i], has_tw)
        if c:
            out.append(c)
    return out


_NEAR = 90


def _near_truce_word(low: str, a: int, b: int) -> bool:
    seg = low[max(0, a - _NEAR): b + _NEAR]
    return TRUCE_WORDS.search(seg) is not None


_CLAUSE = __import__("re").compile(r"[;:]|\bbut\b|\bwhile\b|\bwhereas\b")


def _background(low: str, pos: int) -> bool:
    """A background marker in the clause around ``pos``."""
    a = max(0, pos - 70)
    before = low[a:pos]
    cuts = list(_CLAUSE.finditer(before))
    if cuts:
        before = before[cuts[-1].end():]
    after = low[pos: pos + 50]
    m = _CLAUSE.search(after)
    if m:
        after = after[: m.start()]
    seg = before + after
    return any(g in seg for g in _BG_GATE) and K.BACKGROUND.search(seg) is not None


_BG_GATE = ("last", "earlier", "ago", "previous", "once", "already", "twice", "similar", " in 1",
            " in 2", "since", "history", "daily", "every day", "each day", "uary", "march", "april",
            "june", "july", "august", "ber")


def _past_dated(ctx: _Ctx, i: int, t: int, after: int, reach: int = 45) -> bool:
    """A dated phrase right after the cue lies two or more local days before publication."""
    if ctx.pub is None:
        return False
    for p in ctx.phrases(i, t):
        if p.instant is None or not p.has_date:
            continue
        if after - 5 <= p.start <= after + reach and ctx.days_ago(p.instant, t) >= 2:
            return True
    return False


def _ends(ctx: _Ctx, i: int, t: int) -> list[Phrase]:
    return [p for p in ctx.phrases(i, t) if p.role == "end" and p.instant is not None]


def _starts(ctx: _Ctx, i: int, t: int) -> list[Phrase]:
    return [p for p in ctx.phrases(i, t) if p.role == "start" and p.instant is not None]


def _neighbours(ctx: _Ctx, i: int, reach: int = 2) -> list[int]:
    out = [i]
    for d in range(1, reach + 1):
        for j in (i + d, i - d):
            if 0 <= j < len(ctx.sents) and ctx.tw[j]:
                out.append(j)
    return out


def _duration_len(ctx: _Ctx, js: list[int]) -> Duration | None:
    for j in js:
        for d in ctx.durations(j):
            if not d.by:
                return d
    return None


def _declared(ctx: _Ctx, i: int, a: int, b: int, t: int) -> _Cand | None:
    low = ctx.sents[i].low
    if _background(low, a):
        return None
    pub = ctx.pub
    ev = ctx.evidence(i, a)
    if pub is None:
        return _Cand(t, "declared", i, a, evidence=ev)
    ends = _ends(ctx, i, t)
    starts = _starts(ctx, i, t)
    past_start = any(ctx.days_ago(p.instant, t) >= 2 for p in starts if p.has_date)  # type: ignore[arg-type]
    if past_start or _past_dated(ctx, i, t, b):
        # a running truce restated: its future end is news ("expiring"), not a declaration
        fut = [p for p in ends if p.instant > pub]  # type: ignore[operator]
        if fut:
            return _Cand(t, "expiring", i, a, fut[0].instant, fut[0].time_stated, evidence=ev)
        return None
    if ends and all(p.instant <= pub for p in ends):  # type: ignore[operator]
        return None  # it is over already: that is an "expired" report, read elsewhere
    js = _neighbours(ctx, i)
    if any(K.OPEN_ENDED.search(ctx.sents[j].low) for j in js[:3]):
        return _Cand(t, "declared", i, a, evidence=ev)
    if ends:
        first = min((p for p in ends if p.instant > pub), key=lambda p: p.start)  # type: ignore[operator]
        return _Cand(t, "declared", i, a, first.instant, first.time_stated, evidence=ev)
    # the end stated in the next sentences ("...said the calm will last until 2400 on July 8")
    for j in js[1:3]:
        if j < i:
            continue
        fut = [p for p in _ends(ctx, j, t) if p.instant > pub and p.time_stated]  # type: ignore[operator]
        if fut:
            return _Cand(t, "declared", i, a, fut[0].instant, True, evidence=ev)
    dur = _duration_len(ctx, js)
    if dur is not None:
        for j in js:
            st = [p for p in _starts(ctx, j, t) if p.time_stated]
            if st:
                return _Cand(t, "declared", i, a, add_duration(st[0].instant, dur, ctx.tz(t)),  # type: ignore[arg-type]
                             True, evidence=ev)
    return _Cand(t, "declared", i, a, evidence=ev)


_PREV_CUE = __import__("re").compile(
    r"\b(?:due|set|scheduled|supposed|slated)\s+to\s+(?:expire|end|run\s+out|lapse)|\bwas\s+to\s+(?:expire|end)|"
    r"\b(?:current|existing|original|old)\b|\binstead\s+of\b|\bexpires?\b|\bwhich\s+will\s+end\b|\bwould\s+have\s+(?:expired|ended)"
)


def _previous_deadline(ctx: _Ctx, i: int, t: int) -> tuple[datetime, bool] | None:
    """The end the item says the truce had before this extension (time-stated ones first)."""
    order = sorted(range(len(ctx.sents)), key=lambda j: (abs(j - i), j < i))
    found: list[Phrase] = []
    for j in order:
        if not _PREV_CUE.search(ctx.sents[j].low):
            continue
        for p in _ends(ctx, j, t):
            if _PREV_CUE.search(ctx.sents[j].low[max(0, p.start - 60): p.start]):
                found.append(p)
    if not found:
        return None
    best = next((p for p in found if p.time_stated), found[0])
    return best.instant, best.time_stated  # type: ignore[return-value]


def _extended(ctx: _Ctx, i: int, a: int, b: int, t: int, known: Mapping[str, datetime]) -> _Cand | None:
    low = ctx.sents[i].low
    if _background(low, a):
        return None
    ev = ctx.evidence(i, a)
    pub = ctx.pub
    if pub is None:
        return _Cand(t, "extended", i, a, evidence=ev)
    if _past_dated(ctx, i, t, b, reach=25):
        return None
    if K.RECAP.search(low):
        fut = [p for p in _ends(ctx, i, t) if p.instant > pub]  # type: ignore[operator]
        if fut:
            return _Cand(t, "expiring", i, a, fut[-1].instant, fut[-1].time_stated, evidence=ev)
        return None
    durs = ctx.durations(i)
    by = next((d for d in durs if d.by), None) or (durs[0] if durs else None)
    ext_by = by.seconds if by is not None and by.by else None
    ends = [p for p in _ends(ctx, i, t) if p.instant > pub - timedelta(hours=12)]  # type: ignore[operator]
    fresh = [p for p in ends if not _PREV_CUE.search(low[max(0, p.start - 40): p.start])]
    if fresh or by is None:
        ends = fresh or ends
    else:
        ends = []  # only the old end is stated here: new end = old end + the extension
    if ends:
        best = max(ends, key=lambda p: p.instant)  # type: ignore[arg-type,return-value]
        return _Cand(t, "extended", i, a, best.instant, best.time_stated, ext_by, ev)
    if by is not None:
        prev = _previous_deadline(ctx, i, t)
        if prev is None and ctx.specs[t].name in known:
            kd = known[ctx.specs[t].name]
            prev = (kd.astimezone(UTC) if kd.tzinfo else kd.replace(tzinfo=UTC), True)
        if prev is not None:
            return _Cand(t, "extended", i, a, add_duration(prev[0], by, ctx.tz(t)), prev[1], ext_by, ev,
                         direct=False)
        st = [p for p in _starts(ctx, i, t) if p.time_stated]
        if st:
            return _Cand(t, "extended", i, a, add_duration(st[0].instant, by, ctx.tz(t)), True,  # type: ignore[arg-type]
                         ext_by, ev, direct=False)
    return _Cand(t, "extended", i, a, None, True, ext_by, ev, direct=False)


def _ending(ctx: _Ctx, i: int, m, t: int) -> _Cand | None:  # noqa: ANN001 - re.Match
    low = ctx.sents[i].low
    a, b = m.start(), m.end()
    past = K.END_PAST.search(m.group(0)) is not None
    ev = ctx.evidence(i, a)
    if _background(low, a):
        return None
    pub = ctx.pub
    if pub is None:
        return _Cand(t, "expired", i, a, evidence=ev) if past else None
    phr = [p for p in ctx.phrases(i, t) if p.instant is not None]
    after = [p for p in phr if p.start >= b - 2 and (p.role == "end" or p.start - b <= 30)]
    ends = after or [p for p in phr if p.role == "end"]
    for p in ends:
        if p.start >= b - 2 and p.start - b <= 45 and ctx.days_ago(p.instant, t) >= 2:  # type: ignore[arg-type]
            return None  # "expired on October 2": old news
    dl = ends[0] if ends else None
    if dl is not None and not dl.time_stated:
        # "runs out today" + "until 00:00 on 3 January" elsewhere: the stated time wins
        for j in range(len(ctx.sents)):
            for p in _ends(ctx, j, t):
                if p.time_stated and p.instant is not None and abs(p.instant - dl.instant) <= timedelta(hours=24) \
                        and p.instant <= dl.instant:  # type: ignore[operator]
                    dl = p
                    break
    if dl is None and not past:
        return None
    inst = dl.instant if dl else None
    stated = dl.time_stated if dl else True
    if past or (inst is not None and inst <= pub):
        if inst is not None and ctx.days_ago(inst, t) >= 2:
            return None
        return _Cand(t, "expired", i, a, inst, stated, evidence=ev)
    return _Cand(t, "expiring", i, a, inst, stated, evidence=ev)


def _violation(ctx: _Ctx, i: int, att: list[tuple[int, int]], has_tw: bool) -> _Cand | None:
    low = ctx.sents[i].low
    strong = None
    for m in (K.CUE_RE["violation"].finditer(low) if K.gate("violation", low) else ()):
        if K.hedged("violation", low, m.start(), m.end()):
            continue
        w = m.group(0)
        if w.startswith(("despite", "in spite", "did not", "failed", "marred", "dogged", "tested", "flout")):
            if not K.ATTACK.search(low):
                continue
            if not has_tw and not w.startswith(("did not", "failed")):
                continue
        elif not has_tw and not low[m.end(): m.end() + 12].lstrip().startswith(("it", "its")):
            continue
        strong = m
        break
    if strong is None:
        if not has_tw and not _RECENT.search(low):
            return None
        m2 = K.ATTACK.search(low)
        if m2 is None or K.hedged("violation", low, m2.start(), m2.end()):
            return None
        # attack words need the truce as the frame: "after the truce took effect", "inside
        # the window", "during the pause"; otherwise they count only if the item shows the
        # truce running (see _resolve)
        weak = not _ATTACK_FRAME.search(low)
        strong = m2
    else:
        weak = False
    if K.VIOLATION_SOFT.search(low) and strong.group(0).startswith(("violat", "breach")):
        if not K.ATTACK.search(low):
            return None
    if K.PRE_TRUCE.search(low) or K.POST_TRUCE.search(low):
        return None
    if _background(low, strong.start()):
        return None
    t = _truce_at(att, strong.start())
    return _Cand(t, "violation", i, strong.start(), evidence=ctx.evidence(i, strong.start()),
                 direct=not weak)


_RECENT = __import__("re").compile(
    r"\b(?:today|tonight|overnight|this\s+morning|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"coincided|as\s+i\s+write|still\s+ongoing|continued|continuing|kept\s+up)\b"
)


_ATTACK_FRAME = __import__("re").compile(
    r"\b(?:after\s+(?:the\s+)?(?:\w+\s+){0,2}(?:truce|ceasefire|cease-fire|pause)\s+(?:took|came|went|began|started|kicked)|"
    r"since\s+the\s+(?:truce|ceasefire|pause)\s+(?:started|began|took)|during\s+the\s+(?:truce|ceasefire|pause|lull|window)|"
    r"(?:within|in)\s+the\s+first\s+(?:minutes|hours|days)\s+of\s+the\s+(?:truce|ceasefire)|"
    r"hours\s+before\s+the\s+(?:deadline|truce\s+(?:ended|expired))|shortly\s+before\s+the\s+(?:truce|ceasefire)\s+(?:ended|expired)|"
    r"minutes\s+after\s+the\s+start|(?:truce|ceasefire)\s+(?:was|had\s+been)\s+dogged)"
)


# ---------------------------------------------------------------- item-level rules


def _resolve(ctx: _Ctx, cands: list[_Cand]) -> list[Event]:
    by: dict[tuple[int, str], _Cand] = {}
    for c in cands:
        key = (c.truce, c.kind)
        cur = by.get(key)
        if cur is None:
            by[key] = c
        elif c.kind == "extended":
            if c.deadline is not None and (
                cur.deadline is None or (c.direct, c.deadline) > (cur.direct, cur.deadline)
            ):
                by[key] = c
        elif c.kind == "violation":
            if c.direct and not cur.direct:
                by[key] = c
        elif c.deadline is not None and (cur.deadline is None or (c.time_stated and not cur.time_stated)):
            by[key] = c  # a stated deadline beats none; a stated time beats a bare date
    truces = {t for t, _ in by}
    for t in truces:
        if (t, "extended") in by:
            by.pop((t, "expiring"), None)
            by.pop((t, "declared"), None)
        if (t, "collapsed") in by:
            by.pop((t, "expired"), None)
        if (t, "declared") in by:
            by.pop((t, "expiring"), None)
        if (t, "expired") in by and (t, "expiring") in by:
            by.pop((t, "expiring"), None)
        running = any((t, k) in by for k in ("extended", "expiring", "expired", "collapsed"))
        v = by.get((t, "violation"))
        if v is not None and not v.direct and (
            (t, "collapsed") in by or not any((t, k) in by for k in ("declared", "extended", "expiring"))
        ):
            # bare fighting words count only while the item shows the truce running
            by.pop((t, "violation"))
        if (t, "violation") in by and ctx.pub is not None and not running and _not_started(ctx, t):
            by.pop((t, "violation"), None)
    out: list[Event] = []
    src = Source.of(ctx.item)
    for (t, kind), c in sorted(by.items(), key=lambda kv: (kv[0][0], _KIND_ORDER.index(kv[0][1]))):
        deadline = c.deadline if kind in ("declared", "extended", "expiring", "expired") else None
        out.append(Event(
            truce=ctx.specs[t].name,
            kind=kind,
            deadline=deadline,
            evidence=c.evidence,
            source=src,
            time_stated=c.time_stated if deadline is not None else True,
            extended_by=c.extended_by if kind == "extended" else None,
        ))
    return out


_START_CUE = __import__("re").compile(
    r"\b(?:start\w*|begin\w*|began|commenc\w*|effect|force|from|silent)\b"
)


def _not_started(ctx: _Ctx, t: int) -> bool:
    """The item says the truce begins after publication (so no fighting can breach it)."""
    pub = ctx.pub
    assert pub is not None
    for i in range(len(ctx.sents)):
        if not ctx.tw[i] or not _START_CUE.search(ctx.sents[i].low):
            continue
        for p in _starts(ctx, i, t):
            if p.instant is not None and p.instant > pub + timedelta(minutes=5) and p.time_stated:
                return True
    return False
