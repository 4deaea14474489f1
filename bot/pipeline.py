"""The poll orchestrator: fetch -> parse -> new items -> extract -> apply -> commit.

Also the clock sweep (``sweep``): what is due by time alone. Both are called by
``truce-bot poll --once``, the scheduler and the demo, so they all run the same code.

Side effects are confined to the store passed in; fetching is a function passed in
(``FetchMany``), so the demo replays files and tests use a loopback server through the same
path. One feed's failure is recorded on its row and never stops the cycle (miniflux).
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

from bot import channels, digest, feeds, fulltext, truces
from bot.config import Settings
from bot.errors import FetchError
from bot.extract import extract
from bot.models import Alert, FeedItem, FeedSpec, Truce, TruceSpec
from bot.store import FeedRow, Store

__all__ = [
    "PollReport",
    "FeedReport",
    "poll_once",
    "sweep",
    "rules_of",
    "process_item",
    "FetchMany",
]

log = logging.getLogger("truce_bot.pipeline")

#: ``fetch_many``'s shape: [(url, cache)] -> [(url, FetchResult | FetchError)]
FetchMany = Callable[[Sequence[tuple[str, feeds.FeedCache]]], list[tuple[str, object]]]

MAX_BACKOFF = 6 * 3600.0
#: failed polls in a row before the ops channel is told (once per episode)
FAILING_AFTER = 6
_NEVER = datetime.max.replace(tzinfo=UTC)


@dataclass
class FeedReport:
    url: str
    status: str  # "ok" | "not-modified" | "error" | "gone"
    items: int = 0
    new_items: int = 0
    error: str | None = None
    error_count: int = 0


@dataclass
class PollReport:
    """What one poll cycle did: per feed, and the events and alerts it produced."""

    feeds: list[FeedReport] = field(default_factory=list)
    events: list = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> list[FeedReport]:
        return [f for f in self.feeds if f.status in ("error", "gone")]


def rules_of(settings: Settings) -> truces.Rules:
    return truces.Rules(
        warn_before=settings.bot.warn_before,
        violation_group=settings.bot.violation_group,
        min_sources=settings.bot.min_sources,
        stale_after=settings.bot.stale_after,
    )


def default_fetcher(settings: Settings) -> FetchMany:
    """The real HTTP fetcher with the limits from config."""
    limits = feeds.Limits(
        total_timeout=settings.bot.fetch_timeout,
        max_bytes=settings.bot.max_feed_bytes,
        max_items=settings.bot.max_items_per_poll,
        allow_private=settings.bot.allow_private_feeds,
    )

    def fetch_many(pairs):
        return feeds.fetch_many(pairs, limits=limits)

    return fetch_many


def poll_once(
    settings: Settings,
    store: Store,
    now: Callable[[], datetime],
    *,
    fetch_many: FetchMany,
    only: Sequence[FeedSpec] | None = None,
    respect_backoff: bool = False,
) -> PollReport:
    """Poll *only* (default: every configured feed) once; commit events and alerts.

    ``now`` is the clock's ``now`` function (read once per item, so a long poll stamps
    honestly). With *respect_backoff* (the scheduler), a failing feed is skipped until its
    backoff has run out. A feed that answered 410 Gone is never polled again. Returns a
    PollReport; raises nothing for a feed's failure.
    """
    started = time.monotonic()
    report = PollReport()
    specs = list(only if only is not None else settings.feeds)
    rows = {spec.url: store.feed(spec.url) for spec in specs}
    live = [spec for spec in specs if _due(rows[spec.url], now(), respect_backoff)]
    pairs = [
        (rows[s.url].location, feeds.FeedCache(rows[s.url].etag, rows[s.url].last_modified))
        for s in live
    ]
    results = dict(fetch_many(pairs)) if pairs else {}
    for spec in live:
        result = results.get(rows[spec.url].location)
        report.feeds.append(
            _handle_feed(settings, store, now, spec, rows[spec.url], result, report)
        )
    report.alerts += sweep(settings, store, now())
    report.seconds = time.monotonic() - started
    return report


def _due(row: FeedRow, now: datetime, respect_backoff: bool) -> bool:
    if row.gone:
        return False
    backing_off = row.error_count > 0 and row.next_poll_at is not None and row.next_poll_at > now
    return not (respect_backoff and backing_off)


def _handle_feed(
    settings, store, now, spec: FeedSpec, row: FeedRow, result, report: PollReport
) -> FeedReport:
    interval = spec.poll_interval or settings.bot.poll_interval
    if result is None:
        result = FetchError(f"{row.location}: no result")
    if isinstance(result, Exception):
        return _record_failure(settings, store, now(), row, result, interval, report)
    try:
        # items keep the configured URL as their feed's identity, wherever it moved
        items = (
            []
            if result.not_modified
            else feeds.parse(
                replace(result, url=spec.url), max_items=settings.bot.max_items_per_poll
            )
        )
    except FetchError as error:
        return _record_failure(settings, store, now(), row, error, interval, report)
    fresh = _new_items(store, items)
    specs = specs_of(settings, store) if fresh else ()  # once per feed, not per item
    pages = fulltext.reader_for(settings, spec)  # None unless the feed has full_text on
    for item in fresh:
        events, alerts = process_item(settings, store, item, now(), specs=specs, pages=pages)
        report.events += events
        report.alerts += alerts
    moved_to = (
        result.final_url if result.permanent_redirect and result.final_url != row.location else None
    )
    store.record_feed_ok(
        spec.url,
        now(),
        etag=result.etag,
        last_modified=result.last_modified,
        next_poll_at=now() + timedelta(seconds=interval),
        moved_to=moved_to,
    )
    if moved_to:
        log.warning("feed moved permanently", extra={"feed_url": spec.url, "moved_to": moved_to})
    if row.error_count >= FAILING_AFTER:
        report.alerts += _ops(
            settings,
            store,
            now(),
            row,
            "recovered",
            f"Feed is back after {row.error_count} failed polls: {spec.url}",
            "",
        )
    status = "not-modified" if result.not_modified else "ok"
    log.info(
        "feed polled",
        extra={"feed_url": spec.url, "status": status, "items": len(items), "new": len(fresh)},
    )
    return FeedReport(spec.url, status, items=len(items), new_items=len(fresh))


def _record_failure(
    settings: Settings,
    store: Store,
    now: datetime,
    row: FeedRow,
    error: Exception,
    interval: float,
    report: PollReport,
) -> FeedReport:
    url = row.url
    failures = row.error_count + 1
    backoff = min(interval * 2 ** (failures - 1), MAX_BACKOFF) * random.uniform(0.9, 1.1)
    gone = getattr(error, "status", None) == 410
    count = store.record_feed_error(
        url, now, str(error), next_poll_at=now + timedelta(seconds=backoff), gone=gone
    )
    log.warning("feed failed", extra={"feed_url": url, "error": str(error), "failures": count})
    if gone:
        report.alerts += _ops(
            settings,
            store,
            now,
            row,
            "gone",
            f"Feed gone (HTTP 410), no longer polled: {url}",
            "Remove it from the config or replace it with the publisher's new feed.",
        )
    elif count == FAILING_AFTER:
        report.alerts += _ops(
            settings,
            store,
            now,
            row,
            "failing",
            f"Feed has failed {count} polls in a row: {url}",
            f"Last error: {error}. Polling goes on with backoff; check the URL with `truce-bot doctor`.",
        )
    return FeedReport(url, "gone" if gone else "error", error=str(error), error_count=count)


def _ops(
    settings: Settings,
    store: Store,
    now: datetime,
    row: FeedRow,
    what: str,
    headline: str,
    detail: str,
) -> list[Alert]:
    """Queue one ops notice per feed trouble episode (the episode = since its last success)."""
    channel = settings.bot.ops_channel
    episode = row.last_ok_at.isoformat() if row.last_ok_at else "never-ok"
    alert = Alert(
        dedup_key=f"ops|{channel}|{what}|{row.url}|{episode}",
        truce="",
        channel=channel,
        kind="ops",
        created_at=now,
        due_at=now,
        payload={"headline": headline, "detail": detail, "feed_url": row.url},
    )
    return store.queue_alerts([alert])


def _new_items(store: Store, items: list[FeedItem]) -> list[FeedItem]:
    """Items never processed before, each once, oldest first (so state moves forward)."""
    unique = list({item.key: item for item in items}.values())
    seen = store.seen_items(item.key for item in unique)
    fresh = [item for item in unique if item.key not in seen]
    return sorted(fresh, key=lambda item: item.published or _NEVER)


def process_item(
    settings: Settings,
    store: Store,
    item: FeedItem,
    now: datetime,
    *,
    specs: Sequence[TruceSpec] | None = None,
    pages: fulltext.Reader | None = None,
):
    """Extract one item and fold its events into the truces; commit all atomically.

    Reading state, deciding and committing run under the store's writer lock, so the clock
    sweep cannot interleave; extraction (the slow, pure part) runs before it, with the known
    deadlines read from the indexed columns. *specs* (default: read now) lets a poll read the
    tracked truces once per feed. Returns (events, inserted alerts).
    """
    specs = specs if specs is not None else specs_of(settings, store)
    rules = rules_of(settings)
    events = extract(item, specs, known_deadlines=store.active_deadlines())
    if pages is not None:  # issue 3: no deadline in the summary? the linked article (no lock held)
        events = pages.reread(item, events, specs, known_deadlines=store.active_deadlines)
    with store.writer:
        state: dict[str, Truce] = {}  # only the truces this item is about
        subs = store.subscriptions() if events else []
        transitions = []
        for event in events:
            spec = _spec(specs, event.truce)
            if spec is None:
                continue
            if spec.name not in state:
                state[spec.name] = store.truce(spec.name) or truces.new_truce(spec)
            routes = routes_of(settings, spec, subs)
            # what other sources said of this truce's deadline (truces.deadline_verdict)
            history = (
                store.deadline_claims(
                    spec.name, truces.DEADLINE_KINDS, limit=50,
                    around=(event.source.published if event.source and event.source.published else now),
                    window=truces.DISAGREEMENT_WINDOW,
                )
                if event.kind in truces.DEADLINE_KINDS and event.deadline
                else ()
            )
            transition = truces.apply(
                state[spec.name], event, now, channels=channels.channel_names(routes), rules=rules,
                events=history,
            )
            transition = replace(transition, alerts=channels.route(transition.alerts, routes, now))
            state[spec.name] = transition.truce
            transitions.append(transition)
        alerts = store.commit(transitions, now, item=item)
    for event in events:
        log.info("event", extra={"truce": event.truce, "kind": event.kind, "item": item.key})
    return events, alerts


def sweep(settings: Settings, store: Store, now: datetime) -> list[Alert]:
    """Decide and commit whatever the clock alone makes due (warnings, expiry, digests)."""
    rules = rules_of(settings)
    inserted: list[Alert] = []
    with store.writer:
        subs = store.subscriptions()
        for spec in specs_of(settings, store):
            truce = store.truce(spec.name)
            if truce is None:
                continue
            routes = routes_of(settings, spec, subs)
            names = channels.channel_names(routes)
            transition = truces.due(truce, now, channels=names, rules=rules)
            if _may_go_stale(transition.truce, now, rules):
                quiet = truces.stale(
                    transition.truce, now, store.last_mention(spec.name), channels=names, rules=rules
                )
                if quiet.changed:
                    alerts = (*transition.alerts, *quiet.alerts)
                    transition = replace(transition, truce=quiet.truce, alerts=alerts, changed=True)
            transition = replace(transition, alerts=channels.route(transition.alerts, routes, now))
            if transition.changed or transition.alerts:
                inserted += store.commit([transition], now)
    return inserted


def _may_go_stale(truce: Truce, now: datetime, rules: truces.Rules) -> bool:
    """Staleness is worth a look: an active truce not yet inside its warning window (there
    the countdown alerts speak for it)."""
    if truce.status != "active" or rules.stale_after <= 0:
        return False
    window = max(rules.warn_before, default=0.0)
    return truce.deadline is None or (truce.deadline - now).total_seconds() > window


# --- analyst features (issue 9): routing, runtime-tracked truces, control commands


def specs_of(settings: Settings, store: Store) -> tuple[TruceSpec, ...]:
    """The config's truces and those tracked at runtime (``/truce track``)."""
    return channels.all_specs(settings.truces, store.tracked_specs())


def routes_of(settings: Settings, spec: TruceSpec, subs) -> tuple[channels.Route, ...]:
    """Which channels get *spec*'s alerts (config, follows, unfollows, snoozes): bot/channels.py."""
    return channels.routes_for(spec.name, settings.channels_for(spec), subs)


def perform(settings: Settings, store: Store, action: channels.Action, now: datetime) -> str | None:
    """Carry out a ``/truce`` control command's intent (``commands.Reply.action``) against the
    store. Returns None when done, or one line saying why nothing changed. A correction runs
    under the writer lock, like every other truce state change, and writes the new state,
    its thread note and the audit row (who, when, old -> new) in one transaction."""
    verb, user = action.verb, action.user
    if verb in ("follow", "unfollow"):
        store.set_following(action.truce, action.channel, verb == "follow", user=user, now=now)
    elif verb in ("snooze", "unsnooze"):
        store.set_snooze(action.truce, action.channel, action.until if verb == "snooze" else None, user=user, now=now)
    elif verb == "digest":
        store.set_digest(action.channel, action.at, action.timezone, user=user, now=now)
    elif verb == "track" and action.spec is not None:
        clash = _spec(specs_of(settings, store), action.spec.name)
        if clash is not None or not store.track(action.spec, truces.new_truce(action.spec), user=user, now=now):
            return f"A truce called {action.spec.name} is tracked already; nothing changed."
    elif verb == "set" and action.deadline is not None:
        spec = _spec(specs_of(settings, store), action.truce)
        if spec is None:
            return f"No tracked truce called {action.truce}; nothing changed."
        with store.writer:
            truce = store.truce(spec.name) or truces.new_truce(spec)
            routes = routes_of(settings, spec, store.subscriptions())
            transition = truces.correct(
                truce, action.deadline, now, by=user, channels=channels.channel_names(routes), rules=rules_of(settings)
            )
            transition = replace(transition, alerts=channels.route(transition.alerts, routes, now))
            store.commit_correction(transition, now, user=user, old=truce.deadline, command=f"set {action.truce}")
    else:
        return "Nothing to do."
    log.info("control command", extra={"verb": verb, "truce": action.truce, "channel": action.channel, "user": user})
    return None


def queue_digest(
    settings: Settings, store: Store, channel: str, now: datetime, *, due: datetime | None = None
) -> list[Alert]:
    """Decide *channel*'s daily digest at *now* and queue it (once per channel and local day:
    the dedup key; *due*, for one sent late, names that day). Returns the alerts inserted ([]
    when it was queued already or the channel has no digest time)."""
    when = next((d for d in digest_schedule(settings, store) if d.channel == channel), None)
    if when is None:
        return []
    specs = specs_of(settings, store)
    subs = store.subscriptions()
    configured = {spec.name: settings.channels_for(spec) for spec in specs}
    followed = channels.channels_following(channel, specs, configured, subs)
    by_name = {spec.name: spec for spec in specs}
    states = [store.truce(name) or truces.new_truce(by_name[name]) for name in followed]
    previous = store.last_digest(channel)
    start, end = digest.window(now, previous)
    alert = digest.build(
        when,
        states,
        recent={n: store.events_between(n, now - timedelta(hours=24), now + timedelta(microseconds=1)) for n in followed},
        since_previous={n: store.events_between(n, start, end + timedelta(microseconds=1)) for n in followed},
        previous=previous,
        now=now,
        due=due,
    )
    return store.queue_alerts([alert])


def queue_missed_digests(
    settings: Settings, store: Store, now: datetime, last_seen: datetime | None
) -> list[Alert]:
    """Queue, late, each channel's latest digest that fell due while the bot was down (after
    *last_seen*, its last heartbeat): a restart delays a digest, it does not lose it."""
    inserted: list[Alert] = []
    for when in digest_schedule(settings, store):
        due = digest.missed(when, now, last_seen)
        if due is not None:
            inserted += queue_digest(settings, store, when.channel, now, due=due)
    return inserted


def digest_schedule(settings: Settings, store: Store) -> list[digest.DigestTime]:
    """Every channel's digest time: ``/truce digest`` rows over ``[bot].digest_at`` (which
    applies to every channel that gets alerts)."""
    subs = store.subscriptions()
    alert_channels = {c for spec in specs_of(settings, store) for c in channels.channel_names(routes_of(settings, spec, subs))}
    return digest.schedule(sorted(alert_channels), settings.bot.digest_at, store.digest_times())


def next_wakeup(settings: Settings, store: Store) -> datetime | None:
    """The earliest time the sweep has something to do, over every tracked truce."""
    rules = rules_of(settings)
    times = [t for truce in store.truces() if (t := truces.next_wakeup(truce, rules)) is not None]
    return min(times) if times else None


def _spec(specs: Sequence[TruceSpec], name: str) -> TruceSpec | None:
    folded = name.casefold()
    return next((spec for spec in specs if spec.name.casefold() == folded), None)


def ensure_truces(settings: Settings, store: Store) -> list[Truce]:
    """Give every configured truce a row (status unknown) so status lists all of them."""
    existing = {truce.name for truce in store.truces()}
    created = [truces.new_truce(spec) for spec in settings.truces if spec.name not in existing]
    for truce in created:
        store.save_truce(truce)
    return created
