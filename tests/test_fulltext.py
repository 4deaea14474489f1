"""Full text (issue 3): an item whose one-line summary names a tracked truce but gives no
deadline gets its linked article read, bounded like a feed. Real HTTP on loopback
(tests/feedserver.py), real SQLite, the real extractor and trafilatura, a fake clock.

The article fixture (tests/fixtures/articles/*.html) describes itself in a header comment.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from bot import config, feeds, fulltext, pipeline
from bot.clock import FakeClock
from bot.errors import ConfigError
from bot.models import FeedItem
from bot.store import Store
from tests.feedserver import FeedServer

ARTICLES = Path(__file__).parent / "fixtures" / "articles"
ARTICLE = (ARTICLES / "seed-aleppo-2016-05-09.html").read_bytes()
HTML = {"Content-Type": "text/html; charset=utf-8"}
PUBLISHED = datetime(2016, 5, 9, 14, 5, tzinfo=UTC)
#: "extended by 48 hours from Tuesday 01:00 am (local time) to midnight on Wednesday":
#: the end of Wednesday 11 May in Damascus (UTC+3)
DEADLINE = datetime(2016, 5, 11, 21, 0, tzinfo=UTC)
TITLE = "Aleppo truce extended as US and Russia try to save Syria ceasefire"
SUMMARY = "Syria's army said the truce in Aleppo had been extended."  # one line, no time


def feed(server: FeedServer, *items: tuple[str, str, str, str]) -> bytes:
    """RSS from (guid, title, summary, link path) rows; links point at *server*."""
    rows = "".join(
        f"<item><guid>urn:test:{guid}</guid><title>{escape(title)}</title>"
        f"<link>{server.base}{path}</link><description>{escape(summary)}</description>"
        f"<pubDate>{format_datetime(PUBLISHED, usegmt=True)}</pubDate></item>"
        for guid, title, summary, path in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Levant Wire</title>'
        f"<link>{server.base}/</link><description>t</description>{rows}</channel></rss>"
    ).encode()


def settings_for(tmp_path, server, *, full_text=True, feeds_=("/feed.xml",), allow_private_feeds=True, **bot):
    """Settings polling *feeds_* on *server*. ``allow_private_feeds=False`` is applied after
    loading (config refuses a literal loopback feed URL then): the fetch guard is under test."""
    lines = ["[bot]", "allow_private_feeds = true"]
    lines += [f"{k} = {json.dumps(v)}" for k, v in bot.items()]
    for path in feeds_:
        lines += ["[[feeds]]", f'url = "{server.base}{path}"', f"full_text = {json.dumps(full_text)}"]
    lines += ["[[truces]]", 'name = "Aleppo"', 'timezone = "Asia/Damascus"', 'channels = ["#syria"]']
    path = tmp_path / "bot.toml"
    path.write_text("\n".join(lines) + "\n")
    settings = config.load(path, {"TRUCE_BOT_STATE": str(tmp_path / "state.db")})
    return replace(settings, bot=replace(settings.bot, allow_private_feeds=allow_private_feeds))


@pytest.fixture
def server():
    with FeedServer() as s:
        yield s


@pytest.fixture
def poll(tmp_path, server):
    """poll(**settings) -> (report, store): one real poll cycle of the test feed(s)."""
    stores = []

    def run(**options):
        settings = settings_for(tmp_path, server, **options)
        store = Store(settings.env.state_path)
        stores.append(store)
        clock = FakeClock(PUBLISHED + timedelta(minutes=5))
        report = pipeline.poll_once(settings, store, clock.now, fetch_many=pipeline.default_fetcher(settings))
        return report, store

    yield run
    for store in stores:
        store.close()


def fulltext_lines(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "truce_bot.fulltext"]


# --------------------------------------------------------------------------- the happy path


def test_deadline_stated_only_in_the_article_reaches_state_and_alert(server, poll, caplog):
    server.routes["/feed.xml"] = (200, feed(server, ("seed", TITLE, SUMMARY, "/2016/05/09/aleppo")))
    server.routes["/2016/05/09/aleppo"] = (200, ARTICLE)
    server.headers["/2016/05/09/aleppo"] = HTML
    caplog.set_level(logging.INFO)
    report, store = poll(full_text=True)
    assert server.hits["/2016/05/09/aleppo"] == 1
    assert [(e.truce, e.kind, e.deadline) for e in report.events] == [("Aleppo", "extended", DEADLINE)]
    assert "to midnight on Wednesday" in report.events[0].evidence
    assert store.truce("Aleppo").deadline == DEADLINE
    # the ticker's "collapses", the sidebar's "will end on Thursday" and the comments never count
    assert store.truce("Aleppo").status == "active"
    (alert,) = store.alerts(status="pending")
    assert alert["kind"] == "extended" and json.loads(alert["payload"])["deadline"] == "2016-05-11T21:00:00Z"
    (line,) = fulltext_lines(caplog)
    assert line.path == "article" and line.url == server.base + "/2016/05/09/aleppo"


def test_full_text_off_requests_no_page_and_keeps_the_summary_reading(server, poll):
    server.routes["/feed.xml"] = (200, feed(server, ("seed", TITLE, SUMMARY, "/2016/05/09/aleppo")))
    server.routes["/2016/05/09/aleppo"] = (200, ARTICLE)
    server.headers["/2016/05/09/aleppo"] = HTML
    report, store = poll(full_text=False)
    assert server.hits == {"/feed.xml": 1}  # the request log: the page was never asked for
    assert [(e.kind, e.deadline) for e in report.events] == [("extended", None)]
    assert store.truce("Aleppo").deadline is None


def test_no_fetch_when_the_summary_has_a_deadline_or_names_no_tracked_truce(server, poll):
    dated = "The truce in Aleppo was extended until 18:00 GMT on 12 May 2016, the army said."
    server.routes["/feed.xml"] = (
        200,
        feed(
            server,
            ("dated", "Aleppo truce extended", dated, "/dated"),
            ("other", "Yemen truce extended", "The truce in Yemen was extended.", "/other"),
            ("markets", "Oil prices rise", "Brent crude rose on Monday.", "/markets"),
        ),
    )
    for path in ("/dated", "/other", "/markets"):
        server.routes[path] = (200, ARTICLE)
        server.headers[path] = HTML
    report, _store = poll(full_text=True)
    assert server.hits == {"/feed.xml": 1}
    assert [(e.kind, e.deadline) for e in report.events] == [
        ("extended", datetime(2016, 5, 12, 18, 0, tzinfo=UTC))
    ]


# --------------------------------------------------------------------------- pages that fail


def one_item_then_a_good_one(server, path: str) -> None:
    """The failing item first, then an item with its deadline in the summary: the poll goes on."""
    dated = "The truce in Aleppo was extended until 18:00 GMT on 12 May 2016, the army said."
    server.routes["/feed.xml"] = (
        200,
        feed(server, ("bad", TITLE, SUMMARY, path), ("good", "Aleppo truce extended", dated, "/good")),
    )


@pytest.mark.parametrize(
    ("case", "reason"),
    [
        ("404", "HTTP 404"),
        ("timeout", "timed out (total deadline 1 s)"),
        ("oversize", "body larger than 65536 bytes"),
        ("private", "refused: 10.1.2.3 resolves to private address 10.1.2.3"),
        ("pdf", "not an HTML page (Content-Type application/pdf)"),
        ("boilerplate-only", "no main text found"),
    ],
)
def test_a_page_that_fails_leaves_the_item_to_its_summary_with_one_log_line(
    server, poll, caplog, monkeypatch, case, reason
):
    path = f"/article-{case}"
    options = {"fetch_timeout": "1s", "max_feed_bytes": 65536}
    if case == "404":
        server.routes[path] = (404, b"<html><body>Not found</body></html>")
    elif case == "timeout":
        server.hang.add(path)
    elif case == "oversize":
        server.routes[path] = (200, ARTICLE * 10)  # 136 KB
        server.headers[path] = HTML
    elif case == "private":
        # a feed host that counts as public (as in test_feeds), redirecting to a private address
        real = feeds._forbidden_reason
        monkeypatch.setattr(feeds, "_forbidden_reason", lambda a: None if a == "127.0.0.1" else real(a))
        server.routes[path] = (302, b"http://10.1.2.3/admin")
        options["allow_private_feeds"] = False
    elif case == "pdf":
        server.routes[path] = (200, b"%PDF-1.4 ...")
        server.headers[path] = {"Content-Type": "application/pdf"}
    else:
        server.routes[path] = (200, b"<html><head><title>Aleppo truce</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
        server.headers[path] = HTML
    one_item_then_a_good_one(server, path)
    caplog.set_level(logging.INFO)
    started = time.monotonic()
    report, store = poll(**options)
    assert time.monotonic() - started < 5
    assert [f.status for f in report.feeds] == ["ok"] and report.feeds[0].new_items == 2
    assert [(e.kind, e.deadline) for e in report.events] == [
        ("extended", None),  # the failed item, read from its summary as before
        ("extended", datetime(2016, 5, 12, 18, 0, tzinfo=UTC)),  # the poll went on
    ]
    assert store.seen_items(["id:urn:test:bad", "id:urn:test:good"]) == {"id:urn:test:bad", "id:urn:test:good"}
    (line,) = fulltext_lines(caplog)
    assert line.levelno == logging.WARNING and line.path == "summary"
    assert line.url == server.base + path and reason in line.reason
    assert "\n" not in line.getMessage() + line.reason
    if case == "private":
        assert "/admin" not in str(server.hits)  # nothing reached the private address's path


# --------------------------------------------------------------------------- the bound


def test_twenty_items_asking_for_pages_cost_at_most_the_budget(server, poll, caplog):
    rows = [(f"i{n}", TITLE, SUMMARY, f"/page/{n}") for n in range(20)]
    server.routes["/feed.xml"] = (200, feed(server, *rows))
    caplog.set_level(logging.INFO)
    report, store = poll(full_text=True)  # every /page/N answers 404
    pages = {path: n for path, n in server.hits.items() if path.startswith("/page/")}
    assert sum(pages.values()) == fulltext.MAX_PAGES_PER_POLL == 5
    assert report.feeds[0].new_items == 20 and len(report.events) == 20
    assert len(store.seen_items([f"id:urn:test:i{n}" for n in range(20)])) == 20
    paths = [r.path for r in fulltext_lines(caplog)]
    assert paths == ["summary"] * 5 + ["over-budget"]  # the skipped 15 say so once


def test_the_budget_is_per_feed_and_poll(server, tmp_path):
    settings = settings_for(tmp_path, server, feeds_=("/a.xml", "/b.xml"))
    server.routes["/a.xml"] = (200, feed(server, *[(f"a{n}", TITLE, SUMMARY, f"/a/{n}") for n in range(7)]))
    server.routes["/b.xml"] = (200, feed(server, *[(f"b{n}", TITLE, SUMMARY, f"/b/{n}") for n in range(7)]))
    store = Store(settings.env.state_path)
    try:
        pipeline.poll_once(settings, store, FakeClock(PUBLISHED).now, fetch_many=pipeline.default_fetcher(settings))
    finally:
        store.close()
    for feed_prefix in ("/a/", "/b/"):
        assert sum(n for p, n in server.hits.items() if p.startswith(feed_prefix)) == 5


# --------------------------------------------------------------------------- pieces


def test_main_text_drops_navigation_ticker_sidebar_and_comments():
    text = fulltext.main_text(ARTICLE)
    assert "to midnight on Wednesday" in text
    for boilerplate in ("BREAKING", "Most read", "Mark my words", "We use cookies", "All rights reserved",
                        "noon on Friday", "will end on Thursday"):
        assert boilerplate not in text


def test_a_page_without_semantic_markup_keeps_its_text_but_not_its_related_links():
    text = fulltext.main_text((ARTICLES / "divsoup-aleppo-2016-05-09.html").read_bytes())
    assert "to midnight on Wednesday" in text
    for boilerplate in ("will end on Thursday", "Mark my words", "We use cookies", "All rights reserved"):
        assert boilerplate not in text


def test_a_direct_link_to_a_private_address_is_refused_before_connecting():
    limits = feeds.Limits(total_timeout=1.0, connect_timeout=0.5)
    page = fulltext.read("http://169.254.169.254/latest/meta-data/", limits=limits)
    assert page.text is None and page.reason.startswith("refused: 169.254.169.254 resolves to link-local")


def test_full_text_key_is_validated_like_the_other_feed_keys(tmp_path):
    path = tmp_path / "bot.toml"
    path.write_text('[[feeds]]\nurl = "https://example.org/rss"\nfull_text = "yes"\n[[truces]]\nname = "Aleppo"\n')
    with pytest.raises(ConfigError) as info:
        config.load(path, {})
    assert str(info.value) == f"{path}: feeds[0].full_text: expected true or false, got string 'yes'"
    path.write_text('[[feeds]]\nurl = "https://example.org/rss"\n[[truces]]\nname = "Aleppo"\n')
    settings = config.load(path, {})
    assert settings.feeds[0].full_text is False
    assert re.search(r"^full_text\s+= false\s+# default$", config.masked(settings), flags=re.M)


def test_the_page_is_fetched_with_no_store_lock_held(tmp_path, server):
    settings = settings_for(tmp_path, server)
    store = Store(settings.env.state_path)
    free: list[bool] = []

    def probe(url: str) -> fulltext.Page:  # another thread tries the writer lock mid-fetch
        def attempt() -> None:
            got = store.writer.acquire(timeout=0)
            free.append(got)
            if got:
                store.writer.release()

        worker = threading.Thread(target=attempt)
        worker.start()
        worker.join()
        return fulltext.Page(url, fulltext.main_text(ARTICLE))

    item = FeedItem(key="seed", title=TITLE, summary=SUMMARY, link="https://news.example/seed",
                    published=PUBLISHED, publisher="Levant Wire")
    pages = fulltext.Reader(feed_url="https://news.example/rss", limits=feeds.Limits(), fetch_page=probe)
    try:
        events, _alerts = pipeline.process_item(settings, store, item, PUBLISHED, pages=pages)
    finally:
        store.close()
    assert free == [True]
    assert [(e.kind, e.deadline) for e in events] == [("extended", DEADLINE)]
