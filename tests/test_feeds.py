"""bot.feeds against a real loopback HTTP server: conditional GET, redirects, status codes,
deadlines, size caps, decompression bombs, entity bombs, address guard, and a sweep over
feedparser's own test corpus. No network beyond 127.0.0.1; no sleep longer than the small
deadlines under test.

Fixture feeds (tests/fixtures/feeds/*.xml) describe themselves, like feedparser's:
``Description:`` says what the case is, ``Header:`` lines are response headers the server
sends, and ``Expect:`` is a Python expression over ``items`` (list of FeedItem, or None)
and ``error`` (the FetchError message, or None). A new case is a new file.
"""

from __future__ import annotations

import gzip
import http.server
import re
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from datetime import UTC
from pathlib import Path

import pytest

from bot import __version__, feeds
from bot.errors import FetchError
from bot.feeds import FeedCache, FetchResult, HTTPStatusError, Limits
from bot.models import FeedItem

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "feedparser-feeds"
if not CORPUS.is_dir():  # the corpus lives next to the repository in this workspace
    CORPUS = Path("/work/shared/corpus/feedparser-feeds")

# Small limits so every deadline test finishes in about a second.
FAST = Limits(total_timeout=1.0, connect_timeout=0.5, max_bytes=1024 * 1024, allow_private=True)

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Loopback News</title><link>http://example.org/</link>
<item><title>Aleppo truce extended</title><link>http://example.org/a</link>
<guid>http://example.org/a</guid><pubDate>Mon, 09 May 2016 14:05:00 GMT</pubDate>
<description>Extended by 48 hours.</description></item>
<item><title>Ghouta truce defunct</title><link>http://example.org/b</link>
<description>No longer holds.</description></item>
</channel></rss>
"""


# --------------------------------------------------------------------------- the server

Handler = Callable[[http.server.BaseHTTPRequestHandler], None]


class FeedServer:
    """A ThreadingHTTPServer on 127.0.0.1:<free port>; tests add routes (path -> handler)."""

    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {}
        self.prefixes: dict[str, Handler] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.stop = threading.Event()
        server = self

        class RequestHandler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                path = self.path.split("?", 1)[0]
                server.requests.append((path, {k.lower(): v for k, v in self.headers.items()}))
                handler = server.routes.get(path)
                if handler is None:
                    for prefix, candidate in server.prefixes.items():
                        if path.startswith(prefix):
                            handler = candidate
                            break
                try:
                    if handler is None:
                        reply(self, 404, b"no such route")
                    else:
                        handler(self)
                except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
                    pass  # the client gave up: exactly what several tests want

            def log_message(self, format: str, *args: object) -> None:
                pass

        class Server(http.server.ThreadingHTTPServer):
            request_queue_size = 256  # the default backlog of 5 drops SYNs under fetch_many

        self.httpd = Server(("127.0.0.1", 0), RequestHandler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def route(self, path: str, handler: Handler) -> str:
        self.routes[path] = handler
        return self.url(path)

    def close(self) -> None:
        self.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def reply(h, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
    h.send_response(status)
    headers = dict(headers or {})
    headers.setdefault("Content-Length", str(len(body)))
    for name, value in headers.items():
        h.send_header(name, value)
    h.end_headers()
    h.wfile.write(body)


def fixed(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> Handler:
    return lambda h: reply(h, status, body, headers)


@pytest.fixture(scope="module")
def server() -> Iterator[FeedServer]:
    srv = FeedServer()
    yield srv
    srv.close()


@pytest.fixture(scope="module")
def client() -> Iterator:
    with feeds.make_client(FAST) as c:
        yield c


NO_CACHE = FeedCache()


def get(url: str, client, limits: Limits = FAST, cache: FeedCache = NO_CACHE) -> FetchResult:
    return feeds.fetch(url, cache, client=client, limits=limits)


def result_of(
    body: bytes, headers: dict[str, str] | None = None, url: str = "http://feeds.example.org/rss"
) -> FetchResult:
    return FetchResult(
        url=url,
        status=200,
        body=body,
        headers=headers or {},
        etag=None,
        last_modified=None,
        final_url=url,
        permanent_redirect=False,
        elapsed=0.0,
    )


def rss_items(n: int, *, summary: str = "s") -> bytes:
    items = "".join(
        f"<item><title>Item {i}</title><guid>urn:item:{i}</guid><description>{summary}</description></item>"
        for i in range(n)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Many</title>{items}</channel></rss>'.encode()


# --------------------------------------------------------------------------- basics


def test_first_fetch_then_304_with_etag_and_last_modified(server, client):
    lm = "Mon, 09 May 2016 14:05:00 GMT"

    def conditional(h):
        if h.headers.get("If-None-Match") == '"v1"' and h.headers.get("If-Modified-Since") == lm:
            reply(h, 304, headers={"ETag": '"v1"'})
        else:
            reply(
                h,
                200,
                RSS,
                {"Content-Type": "application/rss+xml", "ETag": '"v1"', "Last-Modified": lm},
            )

    url = server.route("/conditional", conditional)
    first = get(url, client)
    assert (first.status, first.etag, first.last_modified, first.not_modified) == (
        200,
        '"v1"',
        lm,
        False,
    )
    assert first.body == RSS and first.final_url == url and not first.permanent_redirect
    assert first.headers["content-type"] == "application/rss+xml"

    second = get(url, client, cache=FeedCache(first.etag, first.last_modified))
    assert second.not_modified and second.body == b"" and second.status == 304
    assert (second.etag, second.last_modified) == ('"v1"', lm)  # kept for the next poll
    assert feeds.parse(second) == []


def test_request_headers_user_agent_accept_gzip(server, client):
    url = server.route("/headers", fixed(200, RSS))
    get(url, client)
    sent = [h for p, h in server.requests if p == "/headers"][-1]
    assert sent["user-agent"] == f"truce-bot/{__version__} (+https://github.com/truce-bot)"
    assert "application/rss+xml" in sent["accept"] and "application/atom+xml" in sent["accept"]
    assert "gzip" in sent["accept-encoding"]
    assert "if-none-match" not in sent and "if-modified-since" not in sent


def test_parse_items_from_a_fetched_feed(server, client):
    url = server.route("/items", fixed(200, RSS, {"Content-Type": "application/rss+xml"}))
    items = feeds.parse(get(url, client))
    assert items[0] == FeedItem(
        key="id:http://example.org/a",
        title="Aleppo truce extended",
        summary="Extended by 48 hours.",
        link="http://example.org/a",
        published=items[0].published,
        feed_url=url,
        publisher="Loopback News",
    )
    assert items[0].published.isoformat() == "2016-05-09T14:05:00+00:00"
    assert items[0].published.tzinfo is UTC
    assert items[1].key == "link:http://example.org/b" and items[1].published is None


# --------------------------------------------------------------------------- redirects


@pytest.mark.parametrize(
    ("status", "permanent"), [(301, True), (302, False), (303, False), (307, False), (308, True)]
)
def test_redirect_followed(server, client, status, permanent):
    target = server.route(f"/moved-{status}-target", fixed(200, RSS))
    url = server.route(
        f"/moved-{status}", fixed(status, b"", {"Location": f"/moved-{status}-target"})
    )
    result = get(url, client)
    assert (result.status, result.url, result.final_url) == (200, url, target)
    assert result.permanent_redirect is permanent


def test_chain_with_a_temporary_hop_is_not_permanent(server, client):
    server.route("/chain-end", fixed(200, RSS))
    server.route("/chain-mid", fixed(302, b"", {"Location": "/chain-end"}))
    url = server.route("/chain-start", fixed(301, b"", {"Location": "/chain-mid"}))
    result = get(url, client)
    assert result.final_url.endswith("/chain-end") and result.permanent_redirect is False


def test_redirect_loop_detected(server, client):
    server.route("/loop-a", fixed(302, b"", {"Location": "/loop-b"}))
    url = server.route("/loop-b", fixed(302, b"", {"Location": "/loop-a"}))
    with pytest.raises(FetchError, match="redirect loop") as info:
        get(url, client)
    assert str(info.value).startswith(url)


def test_too_many_redirects(server, client):
    for i in range(10):
        server.route(f"/hop/{i}", fixed(301, b"", {"Location": f"/hop/{i + 1}"}))
    server.route("/hop/10", fixed(200, RSS))
    with pytest.raises(FetchError, match=r"too many redirects \(more than 5\)"):
        get(server.url("/hop/0"), client, Limits(**{**FAST.__dict__, "max_redirects": 5}))
    # ten hops are fine when allowed
    assert (
        get(server.url("/hop/0"), client, Limits(**{**FAST.__dict__, "max_redirects": 10})).status
        == 200
    )


@pytest.mark.parametrize("location", ["file:///etc/passwd", "ftp://127.0.0.1/feed", "gopher://x/"])
def test_redirect_to_other_scheme_refused(server, client, location):
    url = server.route("/to-" + location.split(":")[0], fixed(302, b"", {"Location": location}))
    with pytest.raises(FetchError, match="refused: scheme"):
        get(url, client)


def test_non_http_url_refused(client):
    for url in ("file:///etc/passwd", "ftp://example.org/feed.xml", "data:text/plain,hi"):
        with pytest.raises(FetchError, match="refused|invalid URL"):
            get(url, client)


# --------------------------------------------------------------------------- status codes


@pytest.mark.parametrize("status", [400, 403, 404, 410, 429, 500, 502, 503])
def test_http_error_status_carried(server, client, status):
    url = server.route(f"/status-{status}", fixed(status, b"<html>error page</html>"))
    with pytest.raises(HTTPStatusError) as info:
        get(url, client)
    assert info.value.status == status
    assert info.value.gone is (status == 410)
    assert isinstance(info.value, FetchError)
    assert str(info.value).startswith(f"{url}: HTTP {status}")
    if status == 410:
        assert "gone" in str(info.value)


def test_retry_after_seconds_and_date(server, client):
    url = server.route("/busy", fixed(503, b"", {"Retry-After": "120"}))
    with pytest.raises(HTTPStatusError) as info:
        get(url, client)
    assert info.value.retry_after == 120.0
    when = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 3600))
    url = server.route("/busy-date", fixed(429, b"", {"Retry-After": when}))
    with pytest.raises(HTTPStatusError) as info:
        get(url, client)
    assert 3500 < info.value.retry_after <= 3600


# --------------------------------------------------------------------------- deadlines and caps


def test_server_that_never_answers_hits_total_deadline(server, client):
    url = server.route("/hang", lambda h: server.stop.wait(30))
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"timed out \(total deadline 1 s\)"):
        get(url, client)
    assert 0.9 < time.monotonic() - started < 2.0


def test_body_trickled_one_byte_at_a_time_hits_total_deadline(server, client):
    def trickle(h):
        h.send_response(200)
        h.send_header("Content-Length", str(len(RSS)))
        h.end_headers()
        for byte in RSS:
            if server.stop.wait(0.2):
                return
            h.wfile.write(bytes([byte]))
            h.wfile.flush()

    url = server.route("/trickle", trickle)
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        get(url, client)  # each byte arrives well within any per-read timeout
    assert time.monotonic() - started < 1.6


def test_endless_body_capped(server, client):
    def endless(h):
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.end_headers()
        chunk = b"<item><title>more</title></item>" * 2048
        while not server.stop.is_set():
            h.wfile.write(chunk)

    url = server.route("/endless", endless)
    with pytest.raises(FetchError, match=r"body larger than 1048576 bytes"):
        get(url, client)


def test_content_length_over_cap_refused_before_reading(server, client):
    url = server.route("/huge", lambda h: reply(h, 200, b"", {"Content-Length": str(10**12)}))
    with pytest.raises(FetchError, match="body larger than"):
        get(url, client)


def gzip_bomb(total: int = 1 << 30, block: int = 1 << 20) -> tuple[bytes, bytes, int]:
    """(first chunk, repeated chunk, count): a gzip stream of *total* zero bytes, cheaply.

    After a full flush deflate restarts its window, so each further block of zeros
    compresses to the very same bytes: compress three blocks, repeat the third.
    """
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(block)
    first = packer.compress(zeros) + packer.flush(zlib.Z_FULL_FLUSH)
    second = packer.compress(zeros) + packer.flush(zlib.Z_FULL_FLUSH)
    third = packer.compress(zeros) + packer.flush(zlib.Z_FULL_FLUSH)
    assert second == third
    return first, second, total // block - 1


def test_gzip_bomb_capped_after_decompression(server, client):
    first, repeat, count = gzip_bomb()
    compressed = len(first) + len(repeat) * count
    assert compressed < 2 * 1024 * 1024  # ~1 MB on the wire for 1 GiB of zeros

    def bomb(h):
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("Content-Encoding", "gzip")
        h.send_header("Content-Length", str(compressed))
        h.end_headers()
        h.wfile.write(first)
        for _ in range(count):
            if server.stop.is_set():
                return
            h.wfile.write(repeat)

    url = server.route("/bomb", bomb)
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"body larger than 1048576 bytes"):
        get(url, client)
    assert time.monotonic() - started < 1.0


@pytest.mark.parametrize("coding", ["gzip", "x-gzip", "deflate", "raw-deflate", "gzip-multi"])
def test_compressed_bodies_decoded(server, client, coding):
    if coding in ("gzip", "x-gzip"):
        body = gzip.compress(RSS)
    elif coding == "gzip-multi":
        body = gzip.compress(RSS[:100]) + gzip.compress(RSS[100:])
    elif coding == "deflate":
        body = zlib.compress(RSS)
    else:
        packer = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
        body = packer.compress(RSS) + packer.flush()
    header = {"gzip-multi": "gzip", "raw-deflate": "deflate"}.get(coding, coding)
    url = server.route(f"/compressed-{coding}", fixed(200, body, {"Content-Encoding": header}))
    assert get(url, client).body == RSS


def test_corrupt_or_truncated_gzip_is_a_fetch_error(server, client):
    url = server.route(
        "/corrupt-gzip", fixed(200, b"\x1f\x8b\x08\x00garbage" * 10, {"Content-Encoding": "gzip"})
    )
    with pytest.raises(FetchError, match="compressed body"):
        get(url, client)
    url = server.route(
        "/truncated-gzip", fixed(200, gzip.compress(RSS)[:-20], {"Content-Encoding": "gzip"})
    )
    with pytest.raises(FetchError, match="truncated"):
        get(url, client)


def test_unknown_content_encoding_refused(server, client):
    url = server.route("/brotli", fixed(200, b"\x00\x01", {"Content-Encoding": "br"}))
    with pytest.raises(FetchError, match="unsupported Content-Encoding 'br'"):
        get(url, client)


def test_connection_refused(client):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/feed"
    started = time.monotonic()
    with pytest.raises(FetchError, match="cannot connect") as info:
        get(url, client)
    assert str(info.value).startswith(url) and time.monotonic() - started < 1.0


# --------------------------------------------------------------------------- address guard


def test_loopback_refused_unless_allowed(server):
    url = server.route("/private", fixed(200, RSS))
    strict = Limits(total_timeout=1.0, connect_timeout=0.5)
    with (
        feeds.make_client(strict) as c,
        pytest.raises(FetchError, match="refused: 127.0.0.1 resolves to loopback"),
    ):
        feeds.fetch(url, FeedCache(), client=c, limits=strict)
    assert not any(p == "/private" for p, _ in server.requests)  # nothing was sent


def test_guarded_client_refuses_at_connect_time(server):
    """The client's own guard checks the address actually connected to (DNS rebinding)."""
    url = server.route("/rebind", fixed(200, RSS))
    with feeds.make_client(Limits()) as strict_client, pytest.raises(FetchError, match="loopback"):
        feeds.fetch(url, FeedCache(), client=strict_client, limits=FAST)  # FAST skips the pre-check


def test_every_redirect_hop_is_checked(server, client, monkeypatch):
    """Pretend 127.0.0.1 is public: the hop to 127.0.0.2 must still be refused."""
    real = feeds._forbidden_reason
    monkeypatch.setattr(feeds, "_forbidden_reason", lambda a: None if a == "127.0.0.1" else real(a))
    url = server.route(
        "/to-private", fixed(302, b"", {"Location": f"http://127.0.0.2:{server.port}/x"})
    )
    strict = Limits(total_timeout=1.0, connect_timeout=0.5)
    with pytest.raises(FetchError, match="127.0.0.2 resolves to loopback"):
        feeds.fetch(url, FeedCache(), client=client, limits=strict)


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),  # cloud metadata
        ("100.64.0.1", "non-global"),  # carrier-grade NAT
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("::1", "loopback"),
        ("fe80::1", "link-local"),
        ("fc00::1", "private"),
        ("::ffff:127.0.0.1", "loopback"),
        ("64:ff9b::a00:1", "private"),  # NAT64 of 10.0.0.1
        ("2002:7f00:1::", "loopback"),  # 6to4 of 127.0.0.1
        ("8.8.8.8", None),
        ("2606:4700:4700::1111", None),
    ],
)
def test_forbidden_addresses(address, reason):
    assert feeds._forbidden_reason(address) == reason


def test_credentials_in_url_never_in_error(client):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://reader:s3cr3t-pw@127.0.0.1:{port}/feed?token=tok-123&page=2"
    with pytest.raises(FetchError) as info:
        get(url, client)
    message = str(info.value)
    assert "s3cr3t-pw" not in message and "tok-123" not in message
    assert message.startswith(f"http://***@127.0.0.1:{port}/feed?token=***&page=2: ")
    assert "\n" not in message


def test_redact_url():
    assert (
        feeds.redact_url("https://u:p@h/x?api_key=1&a=2&sig=zz")
        == "https://***@h/x?api_key=***&a=2&sig=***"
    )
    assert feeds.redact_url("https://h/x?q=aleppo") == "https://h/x?q=aleppo"


# --------------------------------------------------------------------------- fetch_many


def test_fetch_many_keeps_order_and_isolates_failures(server):
    ok = server.route("/many-ok", fixed(200, RSS))
    gone = server.route("/many-gone", fixed(410))
    hang = server.route("/many-hang", lambda h: server.stop.wait(30))
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        refused = f"http://127.0.0.1:{sock.getsockname()[1]}/"
    urls = [ok, gone, hang, refused, "file:///etc/passwd", ok]
    started = time.monotonic()
    results = feeds.fetch_many([(u, FeedCache()) for u in urls], limits=FAST, max_workers=4)
    assert time.monotonic() - started < 2.0  # one deadline, not a sum of them
    assert [u for u, _ in results] == urls
    kinds = [type(r).__name__ for _, r in results]
    assert kinds == [
        "FetchResult",
        "HTTPStatusError",
        "FetchError",
        "FetchError",
        "FetchError",
        "FetchResult",
    ]
    assert results[1][1].status == 410


def test_fetch_many_bounded_whatever_feeds_do(server):
    """Forty hanging feeds on eight workers: five waves of one deadline each."""
    hang = server.route("/slow-many", lambda h: server.stop.wait(30))
    limits = Limits(total_timeout=0.3, connect_timeout=0.2, allow_private=True)
    started = time.monotonic()
    results = feeds.fetch_many(
        [(hang + f"?{i}", FeedCache()) for i in range(40)], limits=limits, max_workers=8
    )
    assert all(isinstance(r, FetchError) for _, r in results)
    assert time.monotonic() - started < 5 * 0.3 + 1.0


# --------------------------------------------------------------------------- parse


def fixture_cases() -> list[Path]:
    return sorted(FIXTURES.glob("*.xml"))


def oracle(path: Path) -> tuple[str, str, dict[str, str]]:
    head = path.read_bytes().decode("utf-8", "replace")
    header_block = head[head.index("<!--") : head.index("-->")]
    description = re.search(r"Description:\s*(.+)", header_block).group(1).strip()
    expect = re.search(r"Expect:\s*(.+)", header_block).group(1).strip()
    headers = dict(
        (m.group(1).strip(), m.group(2).strip())
        for m in re.finditer(r"Header:\s*([^:\n]+):\s*(.+)", header_block)
    )
    return description, expect, headers


@pytest.mark.parametrize("path", fixture_cases(), ids=lambda p: p.stem)
def test_fixture_feed_served_over_http(server, client, path):
    description, expect, headers = oracle(path)
    url = server.route(f"/fixture/{path.name}", fixed(200, path.read_bytes(), headers))
    items, error = None, None
    try:
        items = feeds.parse(get(url, client))
    except FetchError as exc:
        error = str(exc)
    assert eval(expect, {}, {"items": items, "error": error}), (
        f"{description}: items={items!r} error={error!r}"
    )
    text = "".join(i.title + i.summary for i in items or [])
    assert "root:" not in text  # no local file content, whatever the case


def test_quadratic_blowup_defused():
    """One 50 KB internal entity referenced 20,000 times would be a 1 GB string."""
    entity = "A" * 50_000
    body = (
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY a "{entity}">\n]>\n'
        f'<rss version="2.0"><channel><title>Q</title><item><title>quad</title>'
        f"<description>{'&a;' * 20_000}</description><guid>urn:q</guid></item></channel></rss>"
    ).encode()
    started = time.monotonic()
    items = feeds.parse(result_of(body))
    assert time.monotonic() - started < 2.0
    assert "AAAA" not in items[0].summary and len(items[0].summary) <= feeds.MAX_SUMMARY_CHARS


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_entity_bomb_hidden_in_wide_encoding_defused(encoding):
    text = (
        (FIXTURES / "billion_laughs.xml")
        .read_text()
        .replace('<?xml version="1.0"?>', f'<?xml version="1.0" encoding="{encoding}"?>')
    )
    items = feeds.parse(result_of(text.encode(encoding)))
    assert len(items) == 1 and "lollol" not in items[0].title


def test_entity_bomb_declared_by_http_charset_defused():
    text = (FIXTURES / "billion_laughs.xml").read_text()
    items = feeds.parse(
        result_of(text.encode("utf-16-le"), {"content-type": "application/xml; charset=utf-16le"})
    )
    assert "lollol" not in items[0].title


def test_external_dtd_on_disk_not_loaded(tmp_path):
    dtd = tmp_path / "secret.dtd"
    dtd.write_text('<!ENTITY secret "TOPSECRET-FROM-DISK">')
    body = (
        f'<?xml version="1.0"?>\n<!DOCTYPE rss SYSTEM "{dtd.as_uri()}">\n'
        '<rss version="2.0"><channel><title>D</title><item><title>x &secret; y</title>'
        "<guid>urn:dtd</guid></item></channel></rss>"
    ).encode()
    items = feeds.parse(result_of(body))
    assert "TOPSECRET" not in items[0].title + items[0].summary


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (b"", "empty body"),
        (b"   \n\t ", "empty body"),
        (bytes(range(256)) * 64, "does not start with '<'"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 500, "does not start with '<'"),
        (b"<!DOCTYPE html><html><body><p>hello</p></body></html>", "an HTML page"),
        (b'{"version": "https://jsonfeed.org/version/1", "items": []}', "does not start with '<'"),
        (b"<foo><bar/></foo>", "no RSS, Atom or RDF"),
    ],
)
def test_not_a_feed(body, why):
    with pytest.raises(
        FetchError, match=rf"^http://feeds.example.org/rss: not a feed: {re.escape(why)}"
    ):
        feeds.parse(result_of(body))


def test_empty_but_valid_feed_gives_no_items():
    assert (
        feeds.parse(result_of(b'<rss version="2.0"><channel><title>quiet</title></channel></rss>'))
        == []
    )


def test_fifty_thousand_items_capped(server, client):
    body = rss_items(50_000)
    assert len(body) < FAST.max_bytes * 5
    url = server.route("/fifty-thousand", fixed(200, body))
    result = get(url, client, Limits(**{**FAST.__dict__, "max_bytes": 5 * 1024 * 1024}))
    started = time.monotonic()
    items = feeds.parse(result, max_items=500)
    assert time.monotonic() - started < 15
    assert len(items) == 500 and items[0].title == "Item 0" and items[-1].title == "Item 499"
    assert len({i.key for i in items}) == 500


def test_five_megabyte_summary_capped():
    body = rss_items(1, summary="<p>truce " + "word " * 1_000_000 + "</p>")
    assert len(body) > 5_000_000
    started = time.monotonic()
    items = feeds.parse(result_of(body))
    assert time.monotonic() - started < 15
    assert len(items[0].summary) <= feeds.MAX_SUMMARY_CHARS and items[0].summary.startswith(
        "truce word"
    )


@pytest.mark.parametrize(
    "inner",
    [
        b"<category>c</category>" * 200_000,  # 4.4 MB of elements: ~13 s in feedparser
        b"<a/>" * 1_000_000,  # ~50 s in feedparser
        b"<a>" * 200_000,  # deep nesting
        b"<description>" + b"&lt;b&gt;x&lt;/b&gt;" * 200_000 + b"</description>",
    ],
    ids=["elements", "empty-tags", "nesting", "escaped-html"],
)
def test_dense_markup_refused_fast(inner):
    body = (
        b'<rss version="2.0"><channel><item><title>x</title>' + inner + b"</item></channel></rss>"
    )
    started = time.monotonic()
    with pytest.raises(FetchError, match="feed too complex"):
        feeds.parse(result_of(body))
    assert time.monotonic() - started < 2.0


def test_markup_budget_keeps_the_first_items():
    heavy = "&lt;p&gt;" * 100  # 100 escaped tags per item: 2,000 items = 200,000 tags
    body = rss_items(2_000, summary=heavy + "truce")
    started = time.monotonic()
    items = feeds.parse(result_of(body), max_items=5_000)
    assert time.monotonic() - started < 4.0
    assert 100 < len(items) < 2_000
    assert [i.title for i in items] == [f"Item {n}" for n in range(len(items))]


def test_unclosed_items_capped():
    body = b'<rss version="2.0"><channel>' + b"<item><title>x</title>" * 100_000
    started = time.monotonic()
    assert len(feeds.parse(result_of(body), max_items=50)) == 50
    assert time.monotonic() - started < 2.0


def test_item_keys_stable_across_polls_and_distinct():
    body = b"""<rss version="2.0"><channel><title>K</title>
    <item><guid>https://example.org/1</guid><title>a</title></item>
    <item><guid isPermaLink="false">42</guid><title>b</title></item>
    <item><link>https://example.org/3</link><title>c</title></item>
    <item><title>d</title><description>only text</description></item>
    <item><title>e</title><description>only text</description></item>
    </channel></rss>"""
    first = [i.key for i in feeds.parse(result_of(body))]
    again = [i.key for i in feeds.parse(result_of(body))]
    assert first == again
    assert len(set(first)) == 5
    assert first[0] == "id:https://example.org/1"
    assert first[1] == "fid:http://feeds.example.org/rss 42"  # bare guids are per feed
    assert first[2] == "link:https://example.org/3"
    assert first[3].startswith("hash:") and first[4].startswith("hash:")
    other_feed = [i.key for i in feeds.parse(result_of(body, url="http://other.example.org/rss"))]
    assert other_feed[1] != first[1] and other_feed[0] == first[0]


def test_item_key_kinds_cannot_collide():
    assert feeds.item_key({"id": "https://x/1"}) != feeds.item_key({"link": "https://x/1"})
    long_id = "urn:" + "x" * 5000
    key = feeds.item_key({"id": long_id})
    assert key.startswith("id#sha256:") and len(key) < 100
    assert feeds.item_key({"title": "t", "summary": "s"}) == feeds.item_key(
        {"title": "t", "summary": "s"}
    )
    assert feeds.item_key({"title": "t", "summary": "s"}) != feeds.item_key(
        {"title": "ts", "summary": ""}
    )


def test_publisher_falls_back_to_host():
    body = b'<rss version="2.0"><channel><item><title>x</title><guid>urn:p</guid></item></channel></rss>'
    assert feeds.parse(result_of(body))[0].publisher == "feeds.example.org"


def test_atom_content_used_when_no_summary():
    body = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title type="html">A &amp;lt;b&amp;gt;</title>
    <entry><id>tag:example.org,2016:1</id><title>Truce</title><updated>2016-05-09T14:05:00+03:00</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Extended <b>to</b> midnight</p></div></content>
    </entry></feed>"""
    (item,) = feeds.parse(result_of(body))
    assert item.summary == "Extended to midnight"
    assert item.published.isoformat() == "2016-05-09T11:05:00+00:00"
    assert item.key == "id:tag:example.org,2016:1"


# --------------------------------------------------------------------------- the corpus sweep


def corpus_headers(path: Path) -> dict[str, str]:
    head = path.read_bytes()[:2048].decode("latin-1")
    return dict(
        (m.group(1).strip(), m.group(2).strip())
        for m in re.finditer(r"^Header:\s*([^:\n]+):\s*(.*?)\s*$", head, re.M)
    )


@pytest.mark.skipif(not CORPUS.is_dir(), reason="feedparser corpus not present")
def test_corpus_sweep_over_http(server):
    """Every file of feedparser's test corpus, served locally, fetched with fetch_many and
    parsed: no exception but FetchError escapes, every error is one line naming the URL."""
    files = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix in (".xml", ".json"))
    assert len(files) >= 2100

    def serve(h):
        rel = h.path.split("?", 1)[0][len("/corpus/") :]
        path = CORPUS / rel
        reply(h, 200, path.read_bytes(), corpus_headers(path))

    server.prefixes["/corpus/"] = serve
    urls = [server.url("/corpus/" + str(p.relative_to(CORPUS))) for p in files]
    limits = Limits(total_timeout=10.0, connect_timeout=2.0, allow_private=True)
    fetched = feeds.fetch_many([(u, FeedCache()) for u in urls], limits=limits, max_workers=16)
    counts = {"items": 0, "empty": 0, "error": 0}
    errors = []
    for url, result in fetched:
        assert isinstance(result, FetchResult), f"{url}: {result}"  # every file is served fine
        try:
            items = feeds.parse(result)
        except FetchError as exc:
            message = str(exc)
            assert message.startswith(url + ": ") and "\n" not in message
            counts["error"] += 1
            errors.append(message)
            continue
        counts["items" if items else "empty"] += 1
        for item in items:
            assert item.key and isinstance(item.title, str) and isinstance(item.summary, str)
            assert item.published is None or item.published.tzinfo is UTC
            assert item.link is None or item.link.startswith(("http://", "https://"))
            assert len(item.summary) <= feeds.MAX_SUMMARY_CHARS
    print(f"corpus sweep: {len(files)} files, {counts}")
    assert sum(counts.values()) == len(files)
    assert counts["items"] >= 1150 and counts["error"] <= 20, (counts, errors)


def test_unresolvable_host_is_a_one_line_error_without_traceback(caplog):
    limits = feeds.Limits(total_timeout=5)
    with feeds.make_client(limits) as client, caplog.at_level("WARNING"):
        with pytest.raises(feeds.FetchError, match="cannot connect") as info:
            feeds.fetch("http://no-such-host.invalid/rss.xml", feeds.FeedCache(), client=client, limits=limits)
    assert "\n" not in str(info.value)
    assert not [r for r in caplog.records if r.exc_info], "a DNS failure is expected, not a crash to log"
