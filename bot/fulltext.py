"""Full text (issue 3): read an item's linked article when its summary gives no deadline.

``read(url, limits=...)`` is the one job: GET the page through ``feeds.fetch`` (the same total
deadline, byte cap after decompression, redirect limit and private-address guard as a feed),
check that it is HTML, and return its main text as trafilatura finds it, each line confirmed
by jusText (navigation, sidebars, comments and footers dropped). It never raises: a page that cannot be had is a ``Page`` whose
``reason`` is one line.

``Reader`` is the pipeline's hook, one per feed and poll: it decides whether an item is worth
the fetch (the feed has ``full_text`` on, the item names a tracked truce in truce words, and
the summary gave no event with a deadline), spends at most ``MAX_PAGES_PER_POLL`` fetches, and
re-runs the extractor on title + summary + main text. It runs before the store's writer lock
is taken. trafilatura and jusText are imported on the first page read, so a bot with full
text off never loads them.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from bot import feeds
from bot.config import Settings
from bot.errors import FetchError
from bot.extract import extract
from bot.extract.mentions import has_truce_words, matcher_for
from bot.extract.text import fold
from bot.models import Event, FeedItem, FeedSpec, TruceSpec

__all__ = ["MAX_PAGES_PER_POLL", "MAX_TEXT_CHARS", "MIN_TEXT_CHARS", "Page", "Reader", "read", "main_text", "reader_for"]

log = logging.getLogger("truce_bot.fulltext")

#: Page fetches per feed and poll, however many items ask for one (a hostile feed gets 5).
MAX_PAGES_PER_POLL = 5
#: Characters of main text kept; the extractor reads 20,000 of title + summary + text anyway.
MAX_TEXT_CHARS = 20_000
#: Shorter "main text" is a page's leftovers (a nav link, a title), not an article.
MIN_TEXT_CHARS = 50
_MAX_BODY_CHARS = 200_000  # jusText's body text searched for trafilatura's lines
_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"
_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")


@dataclass(frozen=True)
class Page:
    """What reading one article gave: its main ``text``, or None and a one-line ``reason``.
    ``url`` is the link asked for (credentials redacted); ``seconds`` the fetch and extraction."""

    url: str
    text: str | None
    reason: str = ""
    seconds: float = 0.0


def read(url: str, *, limits: feeds.Limits) -> Page:
    """Fetch *url* within *limits* (as a feed is fetched) and return its main text.

    One GET with redirects followed by hand (each hop's address checked), one total deadline
    and a byte cap after decompression. Never raises: any failure is ``Page(text=None,
    reason=...)``, the reason one line without the URL in it. Creates and closes its own client.
    """
    started = time.monotonic()
    shown = feeds.redact_url(url)

    def failed(reason: str) -> Page:
        return Page(shown, None, " ".join(reason.split())[:300], time.monotonic() - started)

    try:
        with feeds.make_client(limits, max_connections=2) as client:
            client.headers["Accept"] = _ACCEPT  # a page, not a feed
            result = feeds.fetch(url, feeds.FeedCache(), client=client, limits=limits)
    except FetchError as exc:
        message = str(exc)
        return failed(message[len(shown) + 2 :] if message.startswith(shown + ": ") else message)
    except Exception as exc:  # fetch promises FetchError only; the poll must never see this
        return failed(f"unexpected {type(exc).__name__}: {exc}")
    mime = result.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if mime and mime not in _HTML_TYPES:
        return failed(f"not an HTML page (Content-Type {mime})")
    try:
        text = main_text(result.body, url=result.final_url)
    except Exception as exc:  # a parser quirk on hostile markup loses the page, not the poll
        return failed(f"main text extraction failed ({type(exc).__name__}: {exc})")
    if not text:
        return failed("no main text found on the page")
    return Page(shown, text, "", time.monotonic() - started)


def main_text(html: bytes, *, url: str | None = None) -> str | None:
    """The main text of an HTML page, at most ``MAX_TEXT_CHARS`` characters, or None when the
    page has none (or under ``MIN_TEXT_CHARS``). Pure (no I/O); imports trafilatura on first use.

    trafilatura finds the text (no navigation, comments or tables); each of its lines is kept
    only if jusText (trafilatura's own dependency) also reads it as body text. Measured on the
    truce-news cases as pages: trafilatura alone keeps a sidebar on pages without semantic
    markup, and a "truce will end on Thursday" headline there becomes a wrong deadline (README,
    Full text). When jusText keeps nothing (a language its English stop list does not know),
    trafilatura's text stands alone.
    """
    import justext  # lazily, both: ~11 MiB of RSS that a bot without full text never pays
    import trafilatura

    text = trafilatura.extract(
        html,
        url=url,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        with_metadata=False,
        deduplicate=False,
    )
    lines = [" ".join(line.split()) for line in (text or "")[:MAX_TEXT_CHARS].splitlines()]
    lines = [line for line in lines if line]
    body = " ".join(
        " ".join(p.text.split())
        for p in justext.justext(html, justext.get_stoplist("English"))
        if not p.is_boilerplate
    )[:_MAX_BODY_CHARS]
    if body:
        lines = [line for line in lines if line in body]
    kept = "\n".join(lines)
    return kept if len(kept) >= MIN_TEXT_CHARS else None


def about_tracked_truce(item: FeedItem, specs: Sequence[TruceSpec]) -> bool:
    """Whether *item*'s title + summary use truce words and name one of *specs*."""
    low = fold(item.text)
    return bool(specs) and has_truce_words(low) and bool(matcher_for(specs).find(low))


class Reader:
    """One feed's full-text reads during one poll (not thread-safe: one poll uses it).

    ``reread`` is called for every new item after the summary was extracted; it fetches at
    most ``max_pages`` pages and logs which path each candidate item took.
    """

    def __init__(
        self,
        *,
        feed_url: str,
        limits: feeds.Limits,
        max_pages: int = MAX_PAGES_PER_POLL,
        fetch_page: Callable[[str], Page] | None = None,
    ) -> None:
        self.feed_url = feed_url
        self.limits = limits
        self.max_pages = max_pages
        self.fetched = 0
        self.skipped = 0
        self._fetch = fetch_page or (lambda url: read(url, limits=limits))

    def reread(
        self,
        item: FeedItem,
        events: list[Event],
        specs: Sequence[TruceSpec],
        *,
        known_deadlines: Callable[[], Mapping[str, datetime]],
    ) -> list[Event]:
        """*events* (from the summary), or better ones from the linked article.

        Fetches only when no event has a deadline and the item names a tracked truce in truce
        words. From the article only events *with a deadline* are taken (they replace the
        summary's undated declared/extended/expiring events of the same truce): the extractor
        is tuned on summaries, and a whole article's background paragraphs would otherwise
        report old collapses and violations as news. Never raises; blocks for at most the
        fetch deadline.
        """
        if any(event.deadline is not None for event in events):
            return events
        if not about_tracked_truce(item, specs):
            return events
        fields = {"feed_url": self.feed_url, "item": item.key}
        if not item.link:
            log.info("full text: no link, summary only", extra={**fields, "path": "summary"})
            return events
        fields["url"] = feeds.redact_url(item.link)
        if self.fetched >= self.max_pages:
            self.skipped += 1
            if self.skipped == 1:  # once per feed and poll: a hostile feed cannot flood the log
                log.warning(
                    "full text: page budget used up for this poll, summary only",
                    extra={**fields, "path": "over-budget", "max_pages": self.max_pages},
                )
            return events
        self.fetched += 1
        page = self._fetch(item.link)
        if page.text is None:
            log.warning(
                "full text: page unavailable, summary only",
                extra={**fields, "path": "summary", "reason": page.reason},
            )
            return events
        richer = replace(item, summary=f"{item.summary}\n\n{page.text}" if item.summary else page.text)
        try:
            found = extract(richer, specs, known_deadlines=known_deadlines())
        except Exception as exc:  # extract promises not to raise; one item never sinks a poll
            log.warning(
                "full text: extraction failed, summary only",
                extra={**fields, "path": "summary", "reason": f"{type(exc).__name__}: {exc}"},
            )
            return events
        dated = [event for event in found if event.deadline is not None]
        log.info(
            "full text: article read" if dated else "full text: article read, no deadline in it",
            extra={**fields, "path": "article" if dated else "summary", "chars": len(page.text),
                   "seconds": round(page.seconds, 3), "deadlines": len(dated)},
        )
        if not dated:
            return events
        covered = {event.truce for event in dated}
        kept = [
            event for event in events
            if not (event.truce in covered and event.kind in ("declared", "extended", "expiring"))
        ]
        return kept + dated


def reader_for(settings: Settings, spec: FeedSpec) -> Reader | None:
    """A Reader for one poll of *spec*, or None when the feed has ``full_text`` off. Pages are
    bounded like feeds: ``[bot].fetch_timeout``, ``max_feed_bytes``, ``allow_private_feeds``."""
    if not spec.full_text:
        return None
    limits = feeds.Limits(
        total_timeout=settings.bot.fetch_timeout,
        max_bytes=settings.bot.max_feed_bytes,
        allow_private=settings.bot.allow_private_feeds,
    )
    return Reader(feed_url=spec.url, limits=limits)
