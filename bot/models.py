"""The data that flows through truce-bot. Plain frozen dataclasses: no I/O, no behaviour
beyond small conveniences. Times are aware UTC datetimes everywhere."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, get_args
from urllib.parse import urlsplit

__all__ = [
    "Kind",
    "KINDS",
    "AlertKind",
    "Status",
    "TruceSpec",
    "FeedSpec",
    "FeedItem",
    "Source",
    "Event",
    "Alert",
    "Truce",
    "Subscription",
    "source_origin",
]

#: Event kinds, spelled as in the corpus, the database, JSON and Slack.
Kind = Literal["declared", "extended", "expiring", "expired", "collapsed", "violation"]
KINDS: tuple[Kind, ...] = get_args(Kind)

#: Alert kinds: every event kind plus the scheduler's warnings and ``ops`` (feed health, to the
#: ops channel, never threaded). A scheduled expiry is an ``expired`` alert whose payload says
#: ``"scheduled": true``.
AlertKind = Literal[
    "declared", "extended", "expiring", "expired", "collapsed", "violation", "warning", "ops",
    "stale", "corrected", "digest",
]

#: Truce status as the state machine keeps it.
Status = Literal["unknown", "active", "expired", "collapsed"]


@dataclass(frozen=True)
class TruceSpec:
    """A truce the team tracks (from config): how reports name it and where it is."""

    name: str
    timezone: str = "UTC"
    aliases: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The name first, then the aliases."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class FeedSpec:
    """A feed to poll (from config). ``poll_interval`` in seconds; None = the bot default.
    ``full_text``: read an item's linked article when its summary gives no deadline (issue 3)."""

    url: str
    poll_interval: float | None = None
    full_text: bool = False


@dataclass(frozen=True)
class FeedItem:
    """One news item as read from a feed (or a corpus case)."""

    key: str  # stable identity across polls: guid, else link, else content hash
    title: str
    summary: str
    link: str | None = None
    published: datetime | None = None  # aware UTC; None when the feed gave none
    feed_url: str | None = None
    publisher: str | None = None  # feed title or link host

    @property
    def text(self) -> str:
        """Title and summary together, as extraction reads them."""
        return f"{self.title}\n\n{self.summary}" if self.title else self.summary


@dataclass(frozen=True)
class Source:
    """Where an event came from: enough to link it and to judge independence."""

    item_key: str
    link: str | None = None
    publisher: str | None = None
    published: datetime | None = None
    title: str | None = None

    @classmethod
    def of(cls, item: FeedItem) -> Source:
        return cls(
            item_key=item.key,
            link=item.link,
            publisher=item.publisher,
            published=item.published,
            title=item.title,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "item_key": self.item_key,
            "link": self.link,
            "publisher": self.publisher,
            "published": self.published.isoformat() if self.published else None,
            "title": self.title,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Source:
        published = data.get("published")
        return cls(
            item_key=data["item_key"],
            link=data.get("link"),
            publisher=data.get("publisher"),
            published=datetime.fromisoformat(published) if published else None,
            title=data.get("title"),
        )


@dataclass(frozen=True)
class Event:
    """A truce event extracted from one item.

    ``deadline`` is the truce's end as the item states it (aware UTC) or None.
    ``evidence`` is the phrase of the item the event rests on, verbatim.
    ``time_stated`` is False when the item gave a date but no time of day (the deadline is
    then the end of that day, local time) so messages can say so.
    """

    truce: str
    kind: Kind
    deadline: datetime | None = None
    evidence: str = ""
    source: Source | None = None
    time_stated: bool = True
    extended_by: float | None = None  # seconds, when the item says "extended by N"

    def to_json(self) -> dict[str, Any]:
        """The extraction output contract (DESIGN.md): truce, kind, deadline, evidence."""
        return {
            "truce": self.truce,
            "kind": self.kind,
            "deadline": self.deadline.strftime("%Y-%m-%dT%H:%M:%SZ") if self.deadline else None,
            "evidence": self.evidence,
        }


@dataclass(frozen=True)
class Alert:
    """One message to one channel, decided by the core and delivered through the outbox.

    ``dedup_key`` is unique per channel and per thing worth saying once; the store refuses a
    second row with the same key, so replays and restarts never double an alert.
    ``due_at`` is when it should go out; ``late_by`` (seconds) is set when the bot alerts
    something that was due while it was down.
    """

    dedup_key: str
    truce: str
    channel: str
    kind: AlertKind
    created_at: datetime
    due_at: datetime
    payload: dict[str, Any] = field(default_factory=dict)
    late_by: float | None = None

    @property
    def held_for_sources(self) -> bool:
        """A single-source claim shown in the thread only, waiting for ``min_sources``."""
        return bool(self.payload.get("held_for_sources"))


@dataclass(frozen=True)
class Truce:
    """The state of one tracked truce, as the state machine (bot/truces.py) keeps it.

    ``deadline`` is the end currently believed (aware UTC) or None. ``warned`` holds the
    ``warn_before`` offsets (seconds) already alerted for that deadline and ``expiry_alerted``
    whether its expiry was; both reset when the deadline moves. ``held_violations`` are
    violation reports waiting for the group digest that opens at ``violation_window_start``.
    """

    name: str
    timezone: str = "UTC"
    status: Status = "unknown"
    deadline: datetime | None = None
    time_stated: bool = True
    previous_deadline: datetime | None = None
    declared_at: datetime | None = None
    updated_at: datetime | None = None
    ended_at: datetime | None = None
    warned: tuple[float, ...] = ()
    expiry_alerted: bool = False
    violation_window_start: datetime | None = None
    held_violations: tuple[dict[str, Any], ...] = ()  # {"evidence", "source": Source json}
    last_evidence: str = ""
    last_source: Source | None = None
    # --- analyst features (issue 9)
    #: claims (extension / expiry) waiting for ``min_sources`` independent sources:
    #: {"key", "kind", "deadline", "origins", "sources", "evidence", "since", ...} (JSON-ready)
    held_claims: tuple[dict[str, Any], ...] = ()
    #: the staleness episode already alerted: the ISO time of the last mention it was about
    stale_alerted_for: str | None = None
    #: the human correction in force: {"by", "at", "old", "new"} (ISO times), until newer news
    correction: dict[str, Any] | None = None


@dataclass(frozen=True)
class Subscription:
    """A channel's own choice about one truce (``/truce follow|unfollow|snooze``).

    ``following``: True followed, False unfollowed, None no choice (the config decides).
    ``snoozed_until``: aware UTC, or None when not snoozed.
    """

    truce: str
    channel: str
    following: bool | None = None
    snoozed_until: datetime | None = None


def source_origin(
    publisher: str | None, link: str | None, item_key: str | None = None
) -> str | None:
    """Who stands behind a source, for counting *independent* sources: the publisher
    (case- and space-folded), else the link's host (without ``www.``), else the item key."""
    if publisher and publisher.strip():
        return "p:" + " ".join(publisher.casefold().split())
    if link:
        try:
            host = urlsplit(link).hostname or ""
        except ValueError:  # a malformed link (bad port, brackets) has no usable host
            host = ""
        host = host[4:] if host.startswith("www.") else host
        if host:
            return "h:" + host
    return f"i:{item_key}" if item_key else None
