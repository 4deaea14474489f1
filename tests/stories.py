"""Feed items the tests share: the seed story's extension, as a feed would carry it."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.models import FeedItem

#: "extended by 48 hours from Tuesday 01:00 am (local time) to midnight on Wednesday" (9 May 2016)
SEED_EXTENSION = FeedItem(
    key="seed-ext",
    title="Aleppo truce extended by 48 hours",
    summary="The 'regime of silence' in Aleppo and its province has been extended by 48 hours from "
    "Tuesday 01:00 am (local time) to midnight on Wednesday, a statement said.",
    link="https://news.example/seed-ext",
    published=datetime(2016, 5, 9, 14, 5, tzinfo=UTC),
    publisher="Test Wire",
)
#: Its deadline: end of Wednesday 11 May in Damascus (UTC+3) = 21:00 UTC.
SEED_DEADLINE = datetime(2016, 5, 11, 21, 0, tzinfo=UTC)
#: The same item as an ``rss()`` row: (guid, title, description, published).
SEED_EXTENSION_ROW = (
    SEED_EXTENSION.key,
    SEED_EXTENSION.title,
    SEED_EXTENSION.summary,
    SEED_EXTENSION.published,
)
