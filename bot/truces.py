"""The truce state machine and every alert decision. Pure: data and ``now`` in, data out.

``apply(truce, event, now, ...)`` folds one extracted event into a truce's state;
``due(truce, now, ...)`` decides what the clock alone makes due (warnings, the expiry at the
deadline, a violation digest). Both return a ``Transition``: the new state and the alerts it
causes, each alert with a ``dedup_key`` that is the same however often the same thing is
decided, so the store can refuse doubles (replays, restarts, two sources of one report).

Rules (README "Alert rules" states them for operators):
- A deadline is news once: the same truce, kind and deadline never alerts twice.
- Warnings go out ``warn_before`` each deadline only while no later deadline is known; a warning
  whose time had already passed when the deadline was learned is folded into that first alert.
- The expiry alert fires at the deadline from the clock, not from a poll. Anything due while
  the bot was down goes out once on start, with ``late_by``; of several missed warnings only
  the last one is sent, and none once the deadline itself has passed.
- A truce's first violation report alerts at once; reports within ``violation_group`` after it
  are held and sent as one digest when the window closes.
- Reports after a truce ended (expired or collapsed) are recorded but do not re-alert, except a
  collapse or expiry report, which goes into the thread (not broadcast) after our own expiry.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from bot.clock import parse_utc
from bot.models import Alert, AlertKind, Event, Source, Truce, TruceSpec, source_origin

__all__ = [
    "Rules",
    "Transition",
    "new_truce",
    "apply",
    "due",
    "next_wakeup",
    "BROADCAST_KINDS",
    "HOLDABLE_KINDS",
    "stale",
    "correct",
    "independent_origins",
    "Claim",
    "Verdict",
    "deadline_verdict",
    "is_official",
    "DISAGREEMENT_WINDOW",
    "DEADLINE_KINDS",
]

#: Alert kinds also broadcast to the channel when they are posted as thread replies.
BROADCAST_KINDS: frozenset[str] = frozenset({"extended", "expired", "collapsed"})


@dataclass(frozen=True)
class Rules:
    """The alerting knobs from ``[bot]`` config, in seconds."""

    warn_before: tuple[float, ...] = (6 * 3600.0, 3600.0)
    violation_group: float = 3600.0
    late_after: float = 120.0  # due longer ago than this when sent -> marked late
    #: top-level extension / expiry claims wait for this many independent sources (issue 9)
    min_sources: int = 1
    #: an active truce no source has mentioned for this long gets one staleness note (0: never)
    stale_after: float = 48 * 3600.0


@dataclass(frozen=True)
class Transition:
    """A truce's new state, the alerts the change causes and the event that caused it."""

    truce: Truce
    alerts: tuple[Alert, ...] = ()
    event: Event | None = None
    changed: bool = field(default=True)


def new_truce(spec: TruceSpec) -> Truce:
    """The state of a tracked truce nothing has been heard of yet."""
    return Truce(name=spec.name, timezone=spec.timezone)


# ---------------------------------------------------------------------------------- apply


def apply(
    truce: Truce,
    event: Event,
    now: datetime,
    *,
    channels: Sequence[str],
    rules: Rules,
    events: Sequence[Event] = (),
) -> Transition:
    """Fold *event* into *truce* at *now*; return the new state and the alerts to send.

    A human correction in force (``truce.correction``) wins over reports published before it
    (they are recorded only); a newer report that moves the deadline or ends the truce lifts
    it. With ``rules.min_sources`` > 1, extension and expiry claims are held (see
    :func:`_corroborate`).

    *events*: the truce's recorded events (any order; the store's ``events_for``). When they
    and *event* state different deadlines (see :func:`deadline_verdict`) the most corroborated
    one is kept and the alerts carry ``disagreement``; with no *events*, or sources that
    agree, nothing changes."""
    handler = _HANDLERS[event.kind]
    channels = tuple(channels)
    if truce.correction and event.kind != "violation" and not _newer_than_correction(truce, event, now):
        return _record_only(truce, event, now)
    verdict = None
    if events and event.kind in DEADLINE_KINDS and event.deadline is not None and truce.status not in _ENDED:
        verdict = deadline_verdict([*events, event], now, latest=event)
    if verdict is not None and verdict.disputed and rules.min_sources <= 1:
        transition = _disputed(truce, event, now, channels, rules, handler, verdict)
    elif rules.min_sources > 1 and event.kind in HOLDABLE_KINDS:
        transition = _corroborate(truce, event, now, channels, rules, handler)
    else:
        transition = handler(truce, event, now, channels, rules)
    new = transition.truce
    if truce.correction and (new.deadline != truce.deadline or new.status != truce.status):
        transition = replace(transition, truce=replace(new, correction=None), changed=True)
    return transition


# ------------------------------------------------------------------- disagreement (issue 9)

#: Event kinds that state a deadline the truce may take.
DEADLINE_KINDS: frozenset[str] = frozenset({"declared", "extended", "expiring"})
#: Deadline claims published this close to the newest one compete with it; older ones are
#: history (Monday's "until Wednesday" does not dispute Wednesday's "extended to Friday").
DISAGREEMENT_WINDOW = timedelta(hours=12)

_STATEMENT = re.compile(r"\b(statement|announc\w*|said|says|declared|confirmed)\b", re.IGNORECASE)
_AUTHORITY = re.compile(
    r"\b(army|military|armed forces|ministry|minister|government|official|spokes\w+|presidency|"
    r"president|prime minister|command)\b",
    re.IGNORECASE,
)


def is_official(evidence: str) -> bool:
    """Whether *evidence* reads like an official statement: a statement / announced / said cue
    and an army / ministry / government cue (a deliberate approximation)."""
    return bool(evidence and _STATEMENT.search(evidence) and _AUTHORITY.search(evidence))


@dataclass(frozen=True)
class Claim:
    """One source's deadline for a truce: its origin's latest report in the window."""

    publisher: str
    origin: str
    deadline: datetime
    official: bool
    when: datetime | None  # publication time, when known

    def to_json(self) -> dict[str, Any]:
        return {"publisher": self.publisher, "deadline": _iso(self.deadline), "official": self.official,
                "published": _iso(self.when)}


@dataclass(frozen=True)
class Verdict:
    """Which deadline the sources support: ``deadline`` the one kept, ``claims`` each source's
    value (one per independent origin), ``support`` how many origins back the kept one."""

    deadline: datetime | None
    claims: tuple[Claim, ...] = ()
    support: int = 0

    @property
    def disputed(self) -> bool:
        """Whether the sources state more than one deadline."""
        return len({c.deadline for c in self.claims}) > 1

    def payload(self) -> dict[str, Any]:
        """The alert payload's ``disagreement`` (JSON-ready)."""
        return {"kept": _iso(self.deadline), "support": self.support,
                "claims": [c.to_json() for c in self.claims]}


def deadline_verdict(
    events: Iterable[Event], now: datetime, *, latest: Event | None = None,
    window: timedelta = DISAGREEMENT_WINDOW,
) -> Verdict:
    """Which deadline the sources of *events* support. Pure.

    Only deadline claims (declared / extended / expiring with a deadline) count, each
    independent origin (publisher, else link host) once — its latest claim — and only claims
    published within *window* of the newest one; a declaration or "due to end" report with an
    earlier deadline than a later-or-equal extension report is superseded, not disputed (*latest*, else the newest published; an
    event with no publication time counts as published at *now*). The deadline with most
    origins wins; on a tie, the one with the latest official statement (:func:`is_official`),
    else the one stated last."""
    def when(e: Event) -> datetime:
        return e.source.published if e.source and e.source.published else now

    claims = [e for e in events if e.kind in DEADLINE_KINDS and e.deadline is not None]
    if not claims:
        return Verdict(None)
    newest = when(latest) if latest is not None else max(when(e) for e in claims)
    recent = [e for e in claims if abs(newest - when(e)) <= window]
    # an extension supersedes the earlier statements of the deadline it extends
    extensions = [e for e in recent if e.kind == "extended"]
    recent = [
        e for e in recent
        if e.kind == "extended" or not any(
            x.deadline is not None and e.deadline is not None and e.deadline < x.deadline and when(e) <= when(x)
            for x in extensions
        )
    ]
    by_origin: dict[str, tuple[int, Event]] = {}
    for order, e in enumerate(recent):
        src = e.source
        origin = (source_origin(src.publisher, src.link, src.item_key) if src else None) or \
            f"text:{_source_tag(e)}"
        seen = by_origin.get(origin)
        if seen is None or (when(e), order) >= (when(seen[1]), seen[0]):
            by_origin[origin] = (order, e)
    picked = sorted(by_origin.items(), key=lambda kv: (when(kv[1][1]), kv[1][0]))
    out = tuple(
        Claim(
            publisher=(e.source.publisher or _host_of(e.source.link) or "a source") if e.source else "a source",
            origin=origin, deadline=e.deadline, official=is_official(e.evidence),
            when=e.source.published if e.source else None,
        )
        for origin, (_, e) in picked
        if e.deadline is not None
    )
    groups: dict[datetime, list[tuple[int, Claim]]] = {}
    for rank, claim in enumerate(out):
        groups.setdefault(claim.deadline, []).append((rank, claim))

    def strength(members: list[tuple[int, Claim]]) -> tuple[int, int, int]:
        official = max((rank for rank, c in members if c.official), default=-1)
        return (len(members), official, max(rank for rank, _ in members))

    kept = max(groups, key=lambda d: strength(groups[d]))
    return Verdict(kept, out, len(groups[kept]))


def _host_of(link: str | None) -> str | None:
    origin = source_origin(None, link)
    return origin[2:] if origin and origin.startswith("h:") else None


def _disputed(
    truce: Truce, event: Event, now: datetime, channels, rules: Rules, handler, verdict: Verdict
) -> Transition:
    """Sources disagree: keep the verdict's deadline. *event* is recorded either way; the
    alerts (if the kept deadline is news) say who said what, and are keyed by the move
    (``…|KIND|<kept>~from:<previous>``), so a return to a deadline announced before — the
    majority catching up with an early outlier — is told again rather than deduplicated away."""
    kept = verdict.deadline
    assert kept is not None
    if kept == truce.deadline and truce.status == "active":
        return _record_only(truce, event, now)  # the dissent is on record; the card shows it
    extra = {"disagreement": verdict.payload()}
    decided = handler(truce, replace(event, deadline=kept, extended_by=None) if kept != event.deadline else event,
                      now, channels, rules)
    if not decided.alerts or decided.truce.deadline != kept:
        # the handler would not move back (an extension to an earlier time): the verdict does
        new = _with_deadline(truce, kept, replace(event, deadline=kept), now, rules)
        new = replace(new, status="active", ended_at=None, declared_at=truce.declared_at or now)
        decided = _alerting(new, event, now, channels, event.kind, _iso(kept) or "", truce, rules)
    # keyed by the move (from -> to): going back to a deadline announced before is news again
    tag = f"{_iso(kept)}~from:{_iso(truce.deadline)}" if truce.deadline is not None else None
    alerts = tuple(
        replace(
            a,
            dedup_key=f"{a.truce}|{a.channel}|{a.kind}|{tag}" if tag else a.dedup_key,
            payload={**a.payload, **extra, "reported_deadline": _iso(event.deadline)},
        )
        for a in decided.alerts
    )
    return replace(decided, alerts=alerts, event=event, changed=True)


# ------------------------------------------------------------------- corroboration (issue 9)

#: Top-level claims ``min_sources`` holds: an extension, a new end, a report that it expired.
HOLDABLE_KINDS: frozenset[str] = frozenset({"extended", "expiring", "expired"})
#: At most this many claims wait at once (the oldest is dropped).
MAX_HELD_CLAIMS = 20


def independent_origins(sources: Iterable[Any]) -> list[str]:
    """The distinct origins (publisher, else link host) among *sources* (Source or JSON)."""
    out: list[str] = []
    for src in sources:
        if isinstance(src, Source):
            origin = source_origin(src.publisher, src.link, src.item_key)
        elif isinstance(src, dict):
            origin = source_origin(src.get("publisher"), src.get("link"), src.get("item_key"))
        else:
            origin = None
        if origin and origin not in out:
            out.append(origin)
    return out


def _corroborate(
    truce: Truce, event: Event, now: datetime, channels, rules: Rules, handler
) -> Transition:
    """Hold a top-level claim until ``rules.min_sources`` independent sources agree.

    The claim is what the handler would decide (its alerts' kind and tag: the same deadline,
    or the same expiry). Its first source puts a note in the thread — the alerts marked
    ``held_for_sources``, keyed ``…|KIND|held:CLAIM`` — and leaves the state alone; the source
    that makes ``min_sources`` releases it: the handler's own transition, with the usual dedup
    key (so which source tips it does not matter) and every corroborating source attached."""
    decided = handler(truce, event, now, channels, rules)
    if not decided.alerts or (event.kind == "expired" and truce.status == "expired"):
        return decided  # not news, or only a thread note after our own expiry
    claim_key = _claim_key(decided)
    origin = independent_origins([event.source] if event.source else [])
    origin = origin or [f"text:{_source_tag(event)}"]
    source = event.source.to_json() if event.source else None
    held = next((c for c in truce.held_claims if c.get("key") == claim_key), None)
    origins = list(held["origins"]) if held else []
    if origin[0] in origins:
        return _record_only(truce, event, now)  # the same publisher again: not independent
    origins.append(origin[0])
    sources = [*(held["sources"] if held else []), *([source] if source else [])]
    # a held claim whose deadline has passed can no longer be news: it ages out here
    others = tuple(
        c for c in truce.held_claims
        if c.get("key") != claim_key and not (c.get("deadline") and c["deadline"] <= _iso(now))
    )
    if len(origins) >= rules.min_sources:
        deadline = decided.truce.deadline
        keep = tuple(
            c for c in others
            if not (deadline and c.get("deadline") and c["deadline"] <= _iso(deadline))
        )
        extra = {"sources": sources, "corroborated": len(origins), "held_since": held and held.get("since")}
        alerts = tuple(replace(a, payload={**a.payload, **extra}) for a in decided.alerts)
        return replace(decided, truce=replace(decided.truce, held_claims=keep), alerts=alerts, changed=True)
    claim = {
        "key": claim_key,
        "kind": decided.alerts[0].kind,
        "deadline": _iso(decided.truce.deadline),
        "origins": origins,
        "sources": sources,
        "evidence": event.evidence,
        "since": held["since"] if held else _iso(now),
    }
    new = replace(truce, held_claims=(*others, claim)[-MAX_HELD_CLAIMS:])
    if held is not None:
        return Transition(new, (), event)  # one more source, still short of min_sources
    notes = tuple(
        replace(
            a,
            dedup_key=f"{a.truce}|{a.channel}|{a.kind}|held:{claim_key}",
            payload={**a.payload, "held_for_sources": True, "min_sources": rules.min_sources,
                     "status": truce.status},
        )
        for a in decided.alerts
    )
    return Transition(new, notes, event)


def _claim_key(decided: Transition) -> str:
    """What a claim says, the same whoever says it: the dedup key's kind and tag."""
    key = decided.alerts[0].dedup_key
    name_channel = f"{decided.alerts[0].truce}|{decided.alerts[0].channel}|"
    return key[len(name_channel):] if key.startswith(name_channel) else key


def _newer_than_correction(truce: Truce, event: Event, now: datetime) -> bool:
    """Whether *event* is news after the correction in force: published after it (or, with
    no publication time, arriving after it)."""
    assert truce.correction is not None
    at = parse_utc(truce.correction.get("at"))
    when = event.source.published if event.source and event.source.published else now
    return at is None or when > at


def _declared(truce: Truce, event: Event, now: datetime, channels, rules) -> Transition:
    if truce.status == "active" and (event.deadline is None or event.deadline == truce.deadline):
        return _record_only(truce, event, now)  # a known truce, restated
    ongoing = truce.status == "active"
    # a new episode after an end starts without the old deadline
    deadline = event.deadline or (truce.deadline if ongoing else None)
    new = _with_deadline(truce, deadline, event, now, rules)
    new = replace(new, status="active", declared_at=truce.declared_at if ongoing else now, ended_at=None)
    tag = _iso(event.deadline) if event.deadline else _source_tag(event)
    return _alerting(new, event, now, channels, "declared", tag, truce, rules)


def _extended(truce: Truce, event: Event, now: datetime, channels, rules) -> Transition:
    deadline = event.deadline
    if deadline is None and event.extended_by and truce.deadline:
        deadline = truce.deadline + timedelta(seconds=event.extended_by)
    if deadline is not None and truce.deadline is not None and deadline <= truce.deadline:
        return _record_only(truce, event, now)  # known already, or an older report
    new = _with_deadline(truce, deadline, event, now, rules)
    new = replace(new, status="active", ended_at=None, declared_at=truce.declared_at or now)
    tag = _iso(deadline) if deadline else _source_tag(event)
    return _alerting(new, event, now, channels, "extended", tag, truce, rules)


def _expiring(truce: Truce, event: Event, now: datetime, channels, rules) -> Transition:
    if event.deadline is None or event.deadline == truce.deadline or truce.status in _ENDED:
        return _record_only(truce, event, now)
    new = _with_deadline(truce, event.deadline, event, now, rules)
    new = replace(new, status="active", declared_at=truce.declared_at or now)
    return _alerting(new, event, now, channels, "expiring", _iso(event.deadline), truce, rules)


def _expired(truce: Truce, event: Event, now: datetime, channels, rules) -> Transition:
    if truce.status == "collapsed" or (truce.status == "expired" and not truce.expiry_alerted):
        return _record_only(truce, event, now)  # already ended, already told
    if truce.status == "expired":
        # our own clock already announced it: the first report goes into the thread
        tag = f"report:{_iso(truce.deadline)}"
        return _alerting(
            truce, event, now, channels, "expired", tag, truce, rules, extra={"after_expiry": True}
        )
    new = replace(truce, status="expired", ended_at=now)
    tag = _iso(truce.deadline) if truce.deadline else _source_tag(event)
    return _alerting(new, event, now, channels, "expired", tag, truce, rules)


def _collapsed(truce: Truce, event: Event, now: datetime, channels, rules) -> Transition:
    if truce.status == "collapsed":
        return _record_only(truce, event, now)
    after_expiry = truce.status == "expired"
    new = replace(
        truce, status="collapsed", ended_at=now, held_violations=(), violation_window_start=None
    )
    episode = _iso(truce.declared_at) if truce.declared_at else _source_tag(event)
    return _alerting(
        new,
        event,
        now,
        channels,
        "collapsed",
        episode,
        truce,
        rules,
        extra={"after_expiry": after_expiry},
    )


def _violation(truce: Truce, event: Event, now: datetime, channels, rules) -> Transition:
    if truce.status in _ENDED:
        return _record_only(truce, event, now)  # attacks after the end are not violations
    status = "active"
    window = truce.violation_window_start
    if window is not None and now < window + timedelta(seconds=rules.violation_group):
        held = (*truce.held_violations, _held(event))
        new = replace(truce, status=status, held_violations=held, updated_at=now)
        return Transition(new, (), event)
    new = replace(
        truce,
        status=status,
        violation_window_start=now,
        held_violations=(),
        updated_at=now,
        declared_at=truce.declared_at or now,
    )
    return _alerting(
        new, event, now, channels, "violation", _source_tag(event), truce, rules, touch=False
    )


_HANDLERS = {
    "declared": _declared,
    "extended": _extended,
    "expiring": _expiring,
    "expired": _expired,
    "collapsed": _collapsed,
    "violation": _violation,
}
_ENDED = ("expired", "collapsed")


# ------------------------------------------------------------------------------------ due


def due(truce: Truce, now: datetime, *, channels: Sequence[str], rules: Rules) -> Transition:
    """What the clock alone makes due for *truce* at *now*: warnings, expiry, violation digest.

    Returns ``changed=False`` and no alerts when nothing is due, so callers can skip writing.
    """
    channels = tuple(channels)
    alerts: list[Alert] = []
    state = truce
    state, digest = _violation_digest(state, now, channels, rules)
    alerts += digest
    if state.status == "active" and state.deadline is not None:
        if now >= state.deadline:
            if not state.expiry_alerted:
                state, expiry = _expiry(state, now, channels, rules)
                alerts += expiry
        else:
            state, warnings = _warnings(state, now, channels, rules)
            alerts += warnings
    return Transition(state, tuple(alerts), None, changed=state != truce)


def _warnings(truce: Truce, now: datetime, channels, rules: Rules) -> tuple[Truce, list[Alert]]:
    assert truce.deadline is not None
    passed = list(_passed_warnings(truce.deadline, now, rules))
    fresh = [w for w in passed if w not in truce.warned]
    if not fresh:
        return truce, []
    offset = min(fresh)  # several missed while down: only the nearest one is worth sending
    due_at = truce.deadline - timedelta(seconds=offset)
    new = replace(truce, warned=tuple(sorted({*truce.warned, *passed}, reverse=True)))
    tag = f"{_iso(truce.deadline)}:{int(offset)}"
    alerts = _make_alerts(
        new,
        channels,
        "warning",
        tag,
        now,
        due_at,
        rules,
        {"warn_before": offset},
    )
    return new, alerts


def _expiry(truce: Truce, now: datetime, channels, rules: Rules) -> tuple[Truce, list[Alert]]:
    assert truce.deadline is not None
    new = replace(
        truce,
        status="expired",
        expiry_alerted=True,
        ended_at=truce.deadline,
        updated_at=now,
        warned=tuple(rules.warn_before),
    )
    alerts = _make_alerts(
        new,
        channels,
        "expired",
        _iso(truce.deadline),
        now,
        truce.deadline,
        rules,
        {"scheduled": True},
    )
    return new, alerts


def _violation_digest(
    truce: Truce, now: datetime, channels, rules: Rules
) -> tuple[Truce, list[Alert]]:
    window = truce.violation_window_start
    if not truce.held_violations or window is None:
        return truce, []
    closes = window + timedelta(seconds=rules.violation_group)
    if now < closes:
        return truce, []
    held = list(truce.held_violations)
    new = replace(truce, held_violations=(), violation_window_start=now)
    alerts = _make_alerts(
        new,
        channels,
        "violation",
        f"digest:{_iso(window)}",
        now,
        closes,
        rules,
        {
            "violations": held,
            "evidence": held[-1].get("evidence", ""),
            "sources": [v["source"] for v in held if v.get("source")],
        },
    )
    return new, alerts


def next_wakeup(truce: Truce, rules: Rules) -> datetime | None:
    """The next time ``due`` would have something to say for *truce*, or None."""
    times: list[datetime] = []
    if truce.held_violations and truce.violation_window_start is not None:
        times.append(truce.violation_window_start + timedelta(seconds=rules.violation_group))
    if truce.status == "active" and truce.deadline is not None:
        if not truce.expiry_alerted:
            times.append(truce.deadline)
        times += [
            truce.deadline - timedelta(seconds=w)
            for w in rules.warn_before
            if w not in truce.warned
        ]
    return min(times) if times else None


# ------------------------------------------------------------------ staleness (issue 9)


def stale(
    truce: Truce,
    now: datetime,
    last_mention: datetime | None,
    *,
    channels: Sequence[str],
    rules: Rules,
) -> Transition:
    """"No source has mentioned the truce for 48 h": one note into the truce's thread per
    episode, for an active truce only.

    *last_mention* is when the latest event about the truce was recorded (any source, any
    kind; None if none). The episode is that moment (or the declaration, if later): a new
    mention starts a new one, so the note's dedup key ``…|stale|<last mention>`` and
    ``truce.stale_alerted_for`` both follow it. Returns ``changed=False`` when nothing is due.
    """
    unchanged = Transition(truce, (), None, changed=False)
    if truce.status != "active" or rules.stale_after <= 0:
        return unchanged
    marks = [t for t in (last_mention, truce.declared_at, parse_utc((truce.correction or {}).get("at"))) if t]
    if not marks:
        return unchanged
    mention = max(marks)
    episode = _iso(mention)
    if now - mention < timedelta(seconds=rules.stale_after) or truce.stale_alerted_for == episode:
        return unchanged
    new = replace(truce, stale_alerted_for=episode)
    alerts = _make_alerts(
        new,
        channels,
        "stale",
        episode or "",
        now,
        now,  # a silence has no moment to be late for
        rules,
        {"last_mention": episode, "stale_after": rules.stale_after},
    )
    return Transition(new, tuple(alerts), None)


# ------------------------------------------------------------- human correction (issue 9)


def correct(
    truce: Truce,
    deadline: datetime,
    now: datetime,
    *,
    by: str,
    channels: Sequence[str],
    rules: Rules,
) -> Transition:
    """A human sets the truce's deadline (``/truce set``): it overrides extraction until newer
    news arrives (see :func:`apply`). Warnings and expiry follow the new deadline; held claims
    are dropped; the thread gets a ``corrected`` note (not broadcast). The audit row (who,
    when, old -> new) is the store's to write with it."""
    ongoing = truce.status == "active"
    folded = _passed_warnings(deadline, now, rules)
    new = replace(
        truce,
        status="active",
        deadline=deadline,
        previous_deadline=truce.deadline,
        time_stated=True,
        warned=folded,
        expiry_alerted=False,
        ended_at=None,
        declared_at=truce.declared_at if ongoing and truce.declared_at else now,
        updated_at=now,
        held_claims=(),
        correction={"by": by, "at": _iso(now), "old": _iso(truce.deadline), "new": _iso(deadline)},
    )
    alerts = _make_alerts(
        new,
        channels,
        "corrected",
        f"{_iso(deadline)}@{_iso(now)}",
        now,
        now,
        rules,
        {"corrected_by": by, "previous_status": truce.status, "sources": []},
    )
    return Transition(new, tuple(alerts), None)


# ---------------------------------------------------------------------------------- helpers


def _with_deadline(
    truce: Truce, deadline: datetime | None, event: Event, now: datetime, rules: Rules
) -> Truce:
    """*truce* with a newly learned deadline: warnings already past are folded in."""
    if deadline == truce.deadline:
        return replace(
            truce, last_evidence=event.evidence, last_source=event.source, updated_at=now
        )
    folded = (
        ()
        if deadline is None
        else _passed_warnings(deadline, now, rules)
    )
    return replace(
        truce,
        deadline=deadline,
        time_stated=event.time_stated,
        previous_deadline=truce.deadline,
        warned=folded,
        expiry_alerted=False,
        last_evidence=event.evidence,
        last_source=event.source,
        updated_at=now,
    )


def _passed_warnings(deadline: datetime, now: datetime, rules: Rules) -> tuple[float, ...]:
    """The ``warn_before`` offsets whose warning time for *deadline* is already past at *now*."""
    return tuple(w for w in rules.warn_before if deadline - timedelta(seconds=w) <= now)


def _record_only(truce: Truce, event: Event, now: datetime) -> Transition:
    """The event is kept (as a corroborating source) but changes nothing worth an alert."""
    return Transition(truce, (), event, changed=False)


def _alerting(
    new: Truce,
    event: Event,
    now: datetime,
    channels: tuple[str, ...],
    kind: AlertKind,
    tag: str,
    old: Truce,
    rules: Rules,
    *,
    extra: dict[str, Any] | None = None,
    touch: bool = True,
) -> Transition:
    payload: dict[str, Any] = {
        "evidence": event.evidence,
        "sources": [event.source.to_json()] if event.source else [],
        "extended_by": event.extended_by,
        "reported_deadline": _iso(event.deadline),
        "previous_status": old.status,
    }
    if kind in ("declared", "extended", "expiring"):
        payload["previous_deadline"] = _iso(old.deadline)
    payload.update(extra or {})
    if touch:
        new = replace(new, last_evidence=event.evidence, last_source=event.source, updated_at=now)
    alerts = _make_alerts(new, channels, kind, tag, now, now, rules, payload)
    return Transition(new, tuple(alerts), event)


def _make_alerts(
    truce: Truce,
    channels: Iterable[str],
    kind: AlertKind,
    tag: str,
    now: datetime,
    due_at: datetime,
    rules: Rules,
    extra: dict[str, Any],
) -> list[Alert]:
    late = (now - due_at).total_seconds()
    late_by = late if late > rules.late_after else None
    payload = {
        "truce": truce.name,
        "timezone": truce.timezone,
        "status": truce.status,
        "deadline": _iso(truce.deadline),
        "previous_deadline": _iso(truce.previous_deadline),
        "time_stated": truce.time_stated,
        **extra,
    }
    return [
        Alert(
            dedup_key=f"{truce.name}|{channel}|{kind}|{tag}",
            truce=truce.name,
            channel=channel,
            kind=kind,
            created_at=now,
            due_at=due_at,
            payload=payload,
            late_by=late_by,
        )
        for channel in channels
    ]


def _held(event: Event) -> dict[str, Any]:
    return {
        "evidence": event.evidence,
        "source": event.source.to_json() if event.source else None,
    }


def _source_tag(event: Event) -> str:
    """A stable tag for an event with no deadline: its item (or its words)."""
    if event.source:
        return f"item:{event.source.item_key}"
    return "text:" + hashlib.sha256(event.evidence.encode()).hexdigest()[:16]


def _iso(value: datetime | None) -> str | None:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ") if value else None
