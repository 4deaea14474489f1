"""What the grid tests (test_extract_timegrid, test_extract_eventgrid) share: one tracked
truce in Damascus, read on Monday 9 May 2016 at 11:30 local time (UTC+3)."""

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.extract import extract
from bot.models import Event, FeedItem, TruceSpec

PUB = datetime(2016, 5, 9, 8, 30, tzinfo=UTC)  # Monday, 11:30 in Damascus
ALEPPO = TruceSpec("Aleppo", "Asia/Damascus", ())


def local(day: int, h: int = 24, m: int = 0) -> datetime:
    """Damascus wall time on May ``day`` 2016 (h=24: the end of that day), as UTC."""
    base = datetime(2016, 5, day, 0, 0, tzinfo=ZoneInfo("Asia/Damascus"))
    return (base + timedelta(hours=h, minutes=m)).astimezone(UTC)


def events(text: str, title: str = "", specs: Sequence[TruceSpec] = (ALEPPO,), pub: datetime = PUB) -> list[Event]:
    """The events ``extract`` reads from an item with this title and summary."""
    return extract(FeedItem("k", title, text, published=pub), list(specs))


def timed(text: str, title: str = "", specs: Sequence[TruceSpec] = (ALEPPO,), pub: datetime = PUB,
          ) -> list[tuple[str, datetime | None]]:
    """(kind, deadline) of each event the item gives."""
    return [(e.kind, e.deadline) for e in events(text, title, specs, pub)]
