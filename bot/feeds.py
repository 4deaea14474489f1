"""Fetch feeds over HTTP and parse them into items. The only module importing httpx/feedparser.

``fetch`` is the I/O edge: one conditional GET, redirects followed by hand (bounded, loops
caught, every hop's address checked), one TOTAL deadline for the whole fetch (DNS, connect,
TLS, headers and a trickling body), the body streamed and capped in bytes *after*
decompression. ``parse`` is pure: bytes in, ``FeedItem`` list out; it defuses DTDs before
feedparser sees the bytes and never hands feedparser a string it could treat as a URL or path.
``fetch_many`` runs ``fetch`` over many feeds on a bounded thread pool, each under its own
deadline; one feed's failure never touches another's result.

Every failure is a ``FetchError`` (``HTTPStatusError`` for 4xx/5xx) whose message is one line
starting with the feed URL, credentials in the URL redacted.
"""

from __future__ import annotations

import calendar
import email.utils
import hashlib
import html
import html.parser
import io
import ipaddress
import logging
import re
import socket
import threading
import time
import zlib
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import feedparser
import httpcore
import httpx

try:  # the exact decoding feedparser applies; _defuse scans what feedparser will see
    from feedparser.encodings import convert_to_utf8 as _feedparser_decode
except ImportError:  # pragma: no cover - feedparser internals moved
    _feedparser_decode = None

from bot import __version__
from bot.errors import FetchError
from bot.models import FeedItem

__all__ = [
    "USER_AGENT",
    "ACCEPT",
    "FeedCache",
    "FetchResult",
    "Limits",
    "HTTPStatusError",
    "make_client",
    "fetch",
    "fetch_many",
    "parse",
    "item_key",
    "redact_url",
]

log = logging.getLogger(__name__)

USER_AGENT = f"truce-bot/{__version__} (+https://github.com/truce-bot)"
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, "
    "text/xml;q=0.9, */*;q=0.1"
)
_ACCEPT_ENCODING = "gzip, deflate"

#: Item text limits (characters). Slack and the extractor never need more.
MAX_TITLE_CHARS = 1_000
MAX_SUMMARY_CHARS = 20_000
MAX_LINK_CHARS = 2_048
#: Markup budget for one parse: tags plus escaped tags (``&lt;``) feedparser will walk.
#: feedparser handles ~30,000 a second, so this bounds a parse to about two seconds.
MAX_MARKUP = 60_000
_MAX_KEY_VALUE = 400  # longer ids/links are hashed into the key
_MAX_MESSAGE = 400  # error messages are one line, at most this long


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class FeedCache:
    """Validators from the previous successful fetch, sent back for a conditional GET."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class FetchResult:
    """One completed fetch. ``status`` 304 means nothing new: ``body`` is empty.

    ``url`` is the URL asked for; ``final_url`` the one that answered after redirects.
    ``permanent_redirect`` is True only when every hop was a 301/308, so the caller may
    store ``final_url`` as the feed's new address. ``etag``/``last_modified`` are what to
    send next time (on a 304 without new validators, the ones we sent). ``headers`` has
    lower-case names. ``elapsed`` is seconds for the whole fetch.
    """

    url: str
    status: int
    body: bytes
    headers: dict[str, str]
    etag: str | None
    last_modified: str | None
    final_url: str
    permanent_redirect: bool
    elapsed: float

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(frozen=True)
class Limits:
    """Bounds for one fetch. Seconds and bytes. ``max_bytes`` counts decompressed bytes."""

    total_timeout: float = 20.0
    connect_timeout: float = 5.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    max_items: int = 500
    allow_private: bool = False


class HTTPStatusError(FetchError):
    """The server answered 4xx/5xx (or an unusable 3xx). ``status`` is the code;
    ``retry_after`` seconds when the server sent ``Retry-After``; ``gone`` for 410."""

    def __init__(self, message: str, *, status: int, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after

    @property
    def gone(self) -> bool:
        return self.status == 410


# --------------------------------------------------------------------------- redaction

_SECRET_PARAMS = (
    "token|access_token|api_key|apikey|key|secret|password|passwd|pass|auth|sig|signature"
    "|client_secret|session|sid"
)
_USERINFO_RE = re.compile(r"(?<=//)[^/?#@\s]*@")
_SECRET_QUERY_RE = re.compile(rf"(?i)([?&;](?:{_SECRET_PARAMS})=)[^&#;\s]*")


def redact_url(text: str) -> str:
    """*text* with URL userinfo and secret-looking query values replaced by ``***``."""
    return _SECRET_QUERY_RE.sub(r"\1***", _USERINFO_RE.sub("***@", text))


def _error(url: str, what: str) -> FetchError:
    return FetchError(_message(url, what))


def _message(url: str, what: str) -> str:
    text = redact_url(f"{url}: {what}")
    text = " ".join(text.split())  # one line, whatever the server or OS put in it
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 1] + "…"


# --------------------------------------------------------------------------- address guard


class _Refused(Exception):
    """The destination is not allowed (private address, bad scheme). Internal."""


_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_6TO4 = ipaddress.ip_network("2002::/16")


def _forbidden_reason(address: str) -> str | None:
    """Why *address* (an IP literal) must not be fetched, or None when it is public."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "not an IP address"
    if isinstance(ip, ipaddress.IPv6Address):
        # Addresses that embed an IPv4 address are judged by the embedded one.
        if ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        elif ip in _NAT64:
            ip = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        elif ip in _6TO4 and ip.sixtofour is not None:
            ip = ip.sixtofour
    for name in ("loopback", "link_local", "unspecified", "multicast", "reserved", "private"):
        if getattr(ip, f"is_{name}"):
            return name.replace("_", "-")
    if not ip.is_global:
        return "non-global"
    return None


_deadline = threading.local()  # .at: time.monotonic() deadline of the fetch on this thread


def _remaining() -> float | None:
    at = getattr(_deadline, "at", None)
    return None if at is None else at - time.monotonic()


def _clamp(timeout: float | None, exc: type[Exception]) -> float | None:
    """*timeout* cut to what is left of this thread's fetch deadline; *exc* when none is."""
    left = _remaining()
    if left is None:
        return timeout
    if left <= 0:
        raise exc("total deadline exceeded")
    return left if timeout is None else min(timeout, left)


def _getaddrinfo(host: str, port: int, timeout: float | None) -> list[str]:
    """IP addresses for *host*; the lookup is abandoned (not awaited) after *timeout*."""
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        pass
    box: dict[str, Any] = {}

    def lookup() -> None:
        try:
            box["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:  # gaierror is an OSError
            box["error"] = exc

    worker = threading.Thread(target=lookup, name="truce-bot-dns", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise httpcore.ConnectTimeout(f"DNS lookup of {host} timed out")
    if "error" in box:
        raise httpcore.ConnectError(f"DNS lookup of {host} failed: {box['error']}")
    seen: list[str] = []
    for _family, _type, _proto, _canon, sockaddr in box["infos"]:
        if sockaddr[0] not in seen:
            seen.append(sockaddr[0])
    return seen


def _checked_addresses(
    host: str, port: int, *, allow_private: bool, timeout: float | None
) -> list[str]:
    """Resolve *host*; raise _Refused if any of its addresses is not public."""
    addresses = _getaddrinfo(host, port, timeout)
    if not addresses:
        raise httpcore.ConnectError(f"DNS lookup of {host} returned no address")
    if not allow_private:
        for address in addresses:
            reason = _forbidden_reason(address)
            if reason:
                raise _Refused(
                    f"refused: {host} resolves to {reason} address {address}"
                    " (set allow_private_feeds = true to allow)"
                )
    return addresses


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every read/write is cut to the fetch's remaining time."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None):  # type: ignore[no-untyped-def]
        inner = self._inner.start_tls(
            ssl_context, server_hostname, _clamp(timeout, httpcore.ConnectTimeout)
        )
        return _DeadlineStream(inner)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _GuardedBackend(httpcore.NetworkBackend):
    """Resolves, checks the addresses, then connects to a checked address itself.

    Checking at connect time (not only before the request) closes the DNS-rebinding gap:
    the address connected to is the address that was checked.
    """

    def __init__(self, *, allow_private: bool) -> None:
        self._allow_private = allow_private
        self._inner = httpcore.SyncBackend()

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):  # type: ignore[no-untyped-def]
        addresses = _checked_addresses(
            host,
            port,
            allow_private=self._allow_private,
            timeout=_clamp(timeout, httpcore.ConnectTimeout),
        )
        error: Exception | None = None
        for address in addresses:
            try:
                stream = self._inner.connect_tcp(
                    address,
                    port,
                    timeout=_clamp(timeout, httpcore.ConnectTimeout),
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except httpcore.ConnectError as exc:
                error = exc
                continue
            return _DeadlineStream(stream)
        assert error is not None
        raise error

    def connect_unix_socket(self, path, timeout=None, socket_options=None):  # type: ignore[no-untyped-def]
        raise _Refused("refused: unix sockets are not feeds")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


def make_client(limits: Limits = Limits(), *, max_connections: int = 100) -> httpx.Client:
    """An httpx client for ``fetch``: our User-Agent, feed Accept header, gzip, no redirects.

    Its connections go through an address guard (private/loopback refused unless
    ``limits.allow_private``) and honour each fetch's total deadline. It ignores proxy
    variables and ``.netrc`` (``trust_env=False``) so no credential is sent that config
    did not name. The caller closes it.
    """
    transport = httpx.HTTPTransport(
        limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=20),
        trust_env=False,
    )
    # httpx exposes no network_backend option; swap the pool for one using our guard.
    old_pool = transport._pool
    transport._pool = httpcore.ConnectionPool(
        ssl_context=old_pool._ssl_context,
        max_connections=max_connections,
        max_keepalive_connections=20,
        keepalive_expiry=5.0,
        network_backend=_GuardedBackend(allow_private=limits.allow_private),
    )
    old_pool.close()
    return httpx.Client(
        transport=transport,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": ACCEPT,
            "Accept-Encoding": _ACCEPT_ENCODING,
        },
        timeout=httpx.Timeout(limits.total_timeout, connect=limits.connect_timeout),
        follow_redirects=False,
        trust_env=False,
    )


# --------------------------------------------------------------------------- fetch

_REDIRECTS = {301, 302, 303, 307, 308}
_PERMANENT = {301, 308}


def fetch(url: str, cache: FeedCache, *, client: httpx.Client, limits: Limits) -> FetchResult:
    """GET *url* conditionally (ETag / Last-Modified from *cache*), within *limits*.

    Follows up to ``limits.max_redirects`` redirects itself, checking each hop's scheme and
    address. The whole call, body included, ends by ``limits.total_timeout`` seconds.
    Raises HTTPStatusError for 4xx/5xx, FetchError for anything else that goes wrong;
    never another exception. Thread-safe; uses only the calling thread.
    """
    started = time.monotonic()
    deadline = started + limits.total_timeout
    previous = getattr(_deadline, "at", None)
    _deadline.at = deadline
    try:
        return _fetch(url, cache, client=client, limits=limits, started=started, deadline=deadline)
    except FetchError:
        raise
    except _Refused as exc:
        raise _error(url, str(exc)) from None
    except (httpx.TimeoutException, httpcore.TimeoutException):
        raise _error(url, f"timed out (total deadline {limits.total_timeout:g} s)") from None
    except (httpx.ConnectError, httpcore.ConnectError) as exc:  # DNS failures come as httpcore's
        raise _error(url, f"cannot connect: {_reason(exc)}") from None
    except httpx.HTTPError as exc:
        raise _error(url, f"{type(exc).__name__}: {_reason(exc)}") from None
    except zlib.error as exc:
        raise _error(url, f"bad compressed body: {exc}") from None
    except (ValueError, UnicodeError) as exc:  # malformed URLs / headers
        raise _error(url, f"bad request or response: {exc}") from None
    except Exception as exc:  # the contract: any failure is a FetchError, never a crash
        log.warning("unexpected fetch failure", extra={"feed_url": redact_url(url)}, exc_info=True)
        raise _error(url, f"unexpected {type(exc).__name__}: {exc}") from None
    finally:
        _deadline.at = previous


def _reason(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text


def _fetch(
    url: str,
    cache: FeedCache,
    *,
    client: httpx.Client,
    limits: Limits,
    started: float,
    deadline: float,
) -> FetchResult:
    headers = {"Accept-Encoding": _ACCEPT_ENCODING}
    if cache.etag:
        headers["If-None-Match"] = cache.etag
    if cache.last_modified:
        headers["If-Modified-Since"] = cache.last_modified
    try:
        current = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        raise _error(url, f"invalid URL: {exc}") from None
    visited: set[str] = set()
    permanent = True
    for hop in range(limits.max_redirects + 1):
        _check_url(current, limits, deadline)
        visited.add(str(current))
        left = deadline - time.monotonic()
        if left <= 0:
            raise httpx.TimeoutException("total deadline exceeded")
        request = client.build_request(
            "GET",
            current,
            headers=headers,
            timeout=httpx.Timeout(left, connect=min(left, limits.connect_timeout)),
        )
        response = client.send(request, stream=True, follow_redirects=False)
        try:
            status = response.status_code
            if status in _REDIRECTS:
                location = response.headers.get("location")
                if not location:
                    raise HTTPStatusError(
                        _message(url, f"HTTP {status} redirect without a Location header"),
                        status=status,
                    )
                target = current.join(location.strip())
                if str(target) in visited:
                    raise _error(url, f"redirect loop at {target}")
                if hop == limits.max_redirects:
                    raise _error(url, f"too many redirects (more than {limits.max_redirects})")
                permanent = permanent and status in _PERMANENT
                current = target
                continue
            if status == 304:
                return FetchResult(
                    url=url,
                    status=304,
                    body=b"",
                    headers=_headers(response),
                    etag=response.headers.get("etag") or cache.etag,
                    last_modified=response.headers.get("last-modified") or cache.last_modified,
                    final_url=str(current),
                    permanent_redirect=permanent and hop > 0,
                    elapsed=time.monotonic() - started,
                )
            if not 200 <= status < 300:
                retry_after = _retry_after(response.headers.get("retry-after"))
                reason = response.reason_phrase or ""
                what = f"HTTP {status} {reason}".strip()
                if status == 410:
                    what += " (gone: the feed was removed)"
                if hop:
                    what += f" at {current}"
                raise HTTPStatusError(_message(url, what), status=status, retry_after=retry_after)
            body = _read_body(response, url, limits, deadline)
            return FetchResult(
                url=url,
                status=status,
                body=body,
                headers=_headers(response),
                etag=response.headers.get("etag"),
                last_modified=response.headers.get("last-modified"),
                final_url=str(current),
                permanent_redirect=permanent and hop > 0,
                elapsed=time.monotonic() - started,
            )
        finally:
            response.close()
    raise _error(url, f"too many redirects (more than {limits.max_redirects})")  # pragma: no cover


def _check_url(url: httpx.URL, limits: Limits, deadline: float) -> None:
    """Refuse non-http(s) schemes, and (unless allowed) hosts with non-public addresses."""
    if url.scheme not in ("http", "https"):
        raise _Refused(f"refused: scheme {url.scheme!r} is not http or https ({url})")
    host = url.host
    if not host:
        raise _Refused(f"refused: no host in {url}")
    if limits.allow_private:
        return
    port = url.port or (443 if url.scheme == "https" else 80)
    _checked_addresses(
        host,
        port,
        allow_private=False,
        timeout=max(0.001, min(deadline - time.monotonic(), limits.connect_timeout)),
    )


def _headers(response: httpx.Response) -> dict[str, str]:
    merged: dict[str, str] = {}
    for name, value in response.headers.multi_items():
        name = name.lower()
        merged[name] = f"{merged[name]}, {value}" if name in merged else value
    return merged


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - time.time())


class _Inflater:
    """Incremental gzip/deflate decoder whose output per call is bounded (bomb-safe)."""

    def __init__(self, coding: str) -> None:
        self._coding = coding
        self._new()

    def _new(self) -> None:
        # gzip: wbits 16+15; deflate: zlib-wrapped (32+15 autodetects zlib/gzip); raw deflate
        # (what some servers send for "deflate") is retried below.
        self._d = zlib.decompressobj(
            16 + zlib.MAX_WBITS if self._coding == "gzip" else 32 + zlib.MAX_WBITS
        )
        self._started = False

    @property
    def finished(self) -> bool:
        return self._d.eof

    def feed(self, data: bytes, room: int) -> bytes:
        """Decompress *data*; raise _TooBig as soon as output would exceed *room* bytes."""
        out = bytearray()
        while data:
            if self._d.eof:
                if not data.strip(b"\x00\r\n\t "):
                    break  # padding after the last member
                self._new()  # another gzip member follows
            try:
                chunk = self._d.decompress(data, room - len(out) + 1)
            except zlib.error:
                if self._coding == "deflate" and not self._started:
                    # "deflate" servers often send raw deflate, not zlib-wrapped
                    self._d = zlib.decompressobj(-zlib.MAX_WBITS)
                    self._started = True
                    continue
                raise
            self._started = True
            out += chunk
            if len(out) > room:
                raise _TooBig()
            data = self._d.unused_data if self._d.eof else self._d.unconsumed_tail
        return bytes(out)


class _TooBig(Exception):
    pass


def _read_body(response: httpx.Response, url: str, limits: Limits, deadline: float) -> bytes:
    """The response body, decompressed, at most ``limits.max_bytes``; checks the deadline."""
    codings = [c.strip().lower() for c in response.headers.get("content-encoding", "").split(",")]
    codings = [c for c in codings if c and c != "identity"]
    if len(codings) > 1 or (codings and codings[0] not in ("gzip", "x-gzip", "deflate")):
        raise _error(url, f"unsupported Content-Encoding {', '.join(codings)!r}")
    inflater = _Inflater("deflate" if codings == ["deflate"] else "gzip") if codings else None
    too_big = _error(url, f"body larger than {limits.max_bytes} bytes (max_bytes)")
    length = response.headers.get("content-length", "").strip()
    if length.isdigit() and int(length) > limits.max_bytes:
        raise too_big
    body = bytearray()
    raw = 0
    for chunk in response.iter_raw():
        if time.monotonic() > deadline:
            raise httpx.ReadTimeout("total deadline exceeded while reading the body")
        raw += len(chunk)
        if raw > limits.max_bytes:
            raise too_big
        if inflater is None:
            body += chunk
        else:
            try:
                body += inflater.feed(chunk, limits.max_bytes - len(body))
            except _TooBig:
                raise too_big from None
        if len(body) > limits.max_bytes:
            raise too_big
    if inflater is not None and raw and not inflater.finished:
        raise _error(url, "compressed body ends early (truncated)")
    return bytes(body)


# --------------------------------------------------------------------------- fetch_many


def fetch_many(
    urls_and_caches: Sequence[tuple[str, FeedCache]],
    *,
    limits: Limits = Limits(),
    max_workers: int = 16,
    client: httpx.Client | None = None,
) -> list[tuple[str, FetchResult | FetchError]]:
    """Fetch every feed concurrently (at most *max_workers* at once), each under its own
    ``limits.total_timeout``. Returns ``(url, FetchResult or FetchError)`` in input order;
    never raises for a feed's failure. Creates (and closes) a client unless given one.
    """
    pairs = list(urls_and_caches)
    if not pairs:
        return []
    workers = max(1, min(max_workers, len(pairs)))
    own = client is None
    http = client if client is not None else make_client(limits, max_connections=max(100, workers))

    def one(url: str, cache: FeedCache) -> FetchResult | FetchError:
        try:
            return fetch(url, cache, client=http, limits=limits)
        except FetchError as exc:
            return exc
        except Exception as exc:  # fetch promises not to, but one feed never sinks the rest
            return _error(url, f"unexpected {type(exc).__name__}: {exc}")

    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="truce-bot-fetch")
    try:
        futures = [pool.submit(one, url, cache) for url, cache in pairs]
        # fetch bounds itself; this is the backstop: every wave of workers gets its deadline
        # plus a grace period, then stragglers are reported instead of awaited.
        waves = -(-len(pairs) // workers)
        wait_futures(futures, timeout=waves * (limits.total_timeout + 5.0))
        results: list[tuple[str, FetchResult | FetchError]] = []
        for (url, _cache), future in zip(pairs, futures, strict=True):
            if future.done():
                results.append((url, future.result()))
            else:
                future.cancel()
                results.append((url, _error(url, "fetch did not finish (abandoned)")))
        return results
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
        if own:
            http.close()


# --------------------------------------------------------------------------- parse

# Declarations feedparser/expat could expand: any DOCTYPE internal subset, any ENTITY.
_DECL_RE = re.compile(r"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
_ROOT_RE = re.compile(r"<[A-Za-z_]")


def _defuse_text(text: str) -> tuple[str, int]:
    """*text* with every internal DTD subset and ENTITY declaration before the root element
    removed (DOCTYPE name and external id kept). Returns (text, number of removals)."""
    out: list[str] = []
    pos = 0
    removed = 0
    i = 0
    n = len(text)
    while i < n:
        j = text.find("<", i)
        if j < 0:
            break
        if text.startswith("<!--", j):
            end = text.find("-->", j + 4)
            i = n if end < 0 else end + 3
            continue
        if text.startswith("<?", j):
            end = text.find("?>", j + 2)
            i = n if end < 0 else end + 2
            continue
        if text.startswith("<![CDATA[", j):
            end = text.find("]]>", j + 9)
            i = n if end < 0 else end + 3
            continue
        m = _DECL_RE.match(text, j)
        if m:
            if m.group(1).upper() == "DOCTYPE":
                end, keep, had_subset = _scan_doctype(text, j)
                if had_subset:
                    out.append(text[pos:j])
                    out.append(keep)
                    pos = end
                    removed += 1
            else:
                end = _scan_markup(text, j + 2)
                out.append(text[pos:j])
                pos = end
                removed += 1
            i = end
            continue
        if _ROOT_RE.match(text, j):
            break
        i = j + 1
    out.append(text[pos:])
    return "".join(out), removed


def _scan_markup(text: str, i: int) -> int:
    """Index just past the ``>`` closing a declaration, skipping quoted strings."""
    n = len(text)
    while i < n:
        c = text[i]
        if c in "\"'":
            end = text.find(c, i + 1)
            if end < 0:
                return n
            i = end + 1
        elif c == ">":
            return i + 1
        else:
            i += 1
    return n


def _scan_doctype(text: str, start: int) -> tuple[int, str, bool]:
    """(end, DOCTYPE without internal subset, whether it had one) for a DOCTYPE at *start*."""
    n = len(text)
    i = start + len("<!DOCTYPE")
    while i < n:
        c = text[i]
        if c in "\"'":
            end = text.find(c, i + 1)
            i = n if end < 0 else end + 1
        elif c == ">":
            return i + 1, text[start : i + 1], False
        elif c == "[":
            head = text[start:i].rstrip()
            i += 1
            # The internal subset: declarations, comments, PIs, parameter refs, up to "]".
            while i < n:
                c = text[i]
                if c in "\"'":
                    end = text.find(c, i + 1)
                    i = n if end < 0 else end + 1
                elif text.startswith("<!--", i):
                    end = text.find("-->", i + 4)
                    i = n if end < 0 else end + 3
                elif c == "]":
                    end = text.find(">", i + 1)
                    end = n if end < 0 else end + 1
                    return end, head + ">", True
                else:
                    i += 1
            return n, head + ">", True
        else:
            i += 1
    return n, "", True  # unterminated: drop it all


_ITEM_START_RE = re.compile(r"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)(?=[\s/>])", re.IGNORECASE)
_ITEM_END_RE = re.compile(r"</(?:[A-Za-z_][\w.-]*:)?(?:item|entry)\s*>", re.IGNORECASE)
_MARKUP_RE = re.compile(r"<|&lt;|&#0*60;|&#x0*3c;", re.IGNORECASE)
_MAX_TAIL = 10_000


def _trim(text: str, *, max_items: int, max_markup: int) -> tuple[str, bool]:
    """*text* cut before its (max_items+1)-th item, and before the item where the markup
    budget runs out; the closing tags after the last item are kept. (text, whether cut).

    feedparser parses everything it is given, slowly on dense markup; this bounds its work
    to what we keep. Raises FetchError when the markup before the second item is over budget.
    """
    starts = [m.start() for m in _ITEM_START_RE.finditer(text)]
    total = len(_MARKUP_RE.findall(text))
    if len(starts) <= max_items and total <= max_markup:
        return text, False
    keep = min(len(starts), max_items)
    if total > max_markup:
        markup = 0
        previous = 0
        for index, start in enumerate(
            starts[: keep + 1] + ([len(text)] if keep == len(starts) else [])
        ):
            markup += len(_MARKUP_RE.findall(text, previous, start))
            previous = start
            if markup > max_markup:
                keep = index - 1
                break
        if keep < 1:
            raise FetchError(
                f"refused: more than {max_markup} tags before the second item (feed too complex)"
            )
    if keep >= len(starts):
        return text, False
    cut = starts[keep]
    ends = list(_ITEM_END_RE.finditer(text, cut))
    tail = text[ends[-1].end() :] if ends else ""
    if len(tail) > _MAX_TAIL or len(_MARKUP_RE.findall(tail)) > 100:
        tail = ""
    return text[:cut] + tail, True


def _prepare(
    body: bytes, headers: dict[str, str], *, max_items: int, max_markup: int
) -> tuple[bytes, dict[str, str]]:
    """Body and headers safe to hand to feedparser: no DTD internal subset, no ENTITY
    declaration, at most *max_items* items and about *max_markup* tags.

    Works on the text exactly as feedparser will decode it (its own ``convert_to_utf8``),
    so no declared or sniffed encoding (UTF-16/32, EBCDIC, ...) can hide a declaration.
    A body that needs no change is passed on byte for byte; a changed one as UTF-8.
    """
    view, exact = body, False
    if _feedparser_decode is not None:
        try:
            view, exact = _feedparser_decode(dict(headers), body, {}), True
        except Exception:  # never seen; fall back to the raw bytes
            view, exact = body, False
    if not exact and b"\x00" in body:
        raise FetchError("refused: cannot check a wide-character body for DTD declarations")
    text = view.decode("utf-8", "surrogateescape")
    text, removed = _defuse_text(text)
    text, cut = _trim(text, max_items=max_items, max_markup=max_markup)
    if not removed and not cut:
        return body, headers
    mime = (
        headers.get("content-type", "application/xml").split(";", 1)[0].strip() or "application/xml"
    )
    headers = {**headers, "content-type": f"{mime}; charset=utf-8"}
    safe = text.encode("utf-8", "surrogateescape")
    # Belt and braces: what feedparser will see now must have nothing left to expand.
    seen = _feedparser_decode(dict(headers), safe, {}) if exact else safe
    if _defuse_text(seen.decode("utf-8", "surrogateescape"))[1]:
        raise FetchError("refused: DTD declarations survive defusing")
    return safe, headers


class _TextExtractor(html.parser.HTMLParser):
    """HTML -> text: tags dropped (script/style with their content), entities decoded."""

    _SKIP = {"script", "style", "head", "title", "template", "noscript"}
    _BREAK = {
        "br",
        "p",
        "div",
        "li",
        "tr",
        "td",
        "th",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "section",
        "article",
        "ul",
        "ol",
        "table",
        "hr",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip += 1
        elif tag in self._BREAK:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self._BREAK:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _text(value: Any, kind: str | None, limit: int) -> str:
    """Plain, whitespace-collapsed text of a feed value, at most *limit* characters."""
    if not isinstance(value, str) or not value:
        return ""
    # Cutting the markup first bounds the work; the text can only be shorter than it.
    value = value[: limit * 8]
    if kind and "html" in kind.lower():
        extractor = _TextExtractor()
        try:
            extractor.feed(value)
            extractor.close()
            value = "".join(extractor.parts)
        except Exception:  # HTMLParser is lenient; never let a quirk lose the item
            value = html.unescape(re.sub(r"<[^>]*>", " ", value))
    value = " ".join(value.split())
    if len(value) > limit:
        value = value[: limit - 1].rstrip() + "…"
    return value


def _http_link(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value or len(value) > MAX_LINK_CHARS or any(c.isspace() for c in value):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    return value if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def _utc(value: Any) -> datetime | None:
    """A feedparser ``*_parsed`` struct_time (UTC) as an aware datetime, or None."""
    if not value:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(tuple(value)[:6] + (0, 0, 0)), UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _key(kind: str, value: str) -> str:
    if len(value) <= _MAX_KEY_VALUE:
        return f"{kind}:{value}"
    return f"{kind}#sha256:{hashlib.sha256(value.encode('utf-8', 'surrogatepass')).hexdigest()}"


def _is_uri(value: str) -> bool:
    """True for ids that are meant to be unique worldwide (URLs, urn:, tag: ...)."""
    return bool(re.match(r"[A-Za-z][A-Za-z0-9+.-]*:\S", value))


def item_key(entry: Mapping[str, Any], *, feed_url: str | None = None) -> str:
    """The item's identity across polls, as a string with a kind prefix:

    - ``id:<guid>`` when the guid/id is a URI (``http:…``, ``urn:…``, ``tag:…``);
    - ``fid:<feed_url> <guid>`` for other guids ("42"), which are only unique per feed;
    - ``link:<url>`` when there is no guid;
    - ``hash:<sha256 of title + summary/content>`` when there is neither.
    Long values are hashed (``id#sha256:…``). The prefixes keep the kinds from colliding.
    """
    ident = entry.get("id") or entry.get("guid")
    if isinstance(ident, str) and ident.strip():
        ident = ident.strip()
        if _is_uri(ident) or not feed_url:
            return _key("id", ident)
        return _key("fid", f"{feed_url} {ident}")
    link = entry.get("link")
    if isinstance(link, str) and link.strip():
        return _key("link", link.strip())
    title = entry.get("title") or ""
    summary = entry.get("summary") or ""
    if not summary:
        content = entry.get("content") or []
        summary = "".join(c.get("value", "") for c in content if isinstance(c, Mapping))
    digest = hashlib.sha256(f"{title}\x00{summary}".encode("utf-8", "surrogatepass")).hexdigest()
    return f"hash:{digest}"


def _summary(entry: Mapping[str, Any]) -> str:
    summary = entry.get("summary")
    detail = entry.get("summary_detail") or {}
    if isinstance(summary, str) and summary.strip():
        return _text(summary, detail.get("type", "text/html"), MAX_SUMMARY_CHARS)
    for content in entry.get("content") or []:
        if isinstance(content, Mapping) and str(content.get("value", "")).strip():
            return _text(content["value"], content.get("type", "text/html"), MAX_SUMMARY_CHARS)
    return ""


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host or None


def _not_a_feed(result: FetchResult, parsed: Any) -> FetchError:
    body = result.body.lstrip()
    mime = result.headers.get("content-type", "").split(";", 1)[0].strip()
    if not body:
        why = "empty body"
    elif re.match(rb"(?is)(<!doctype\s+html|<html)", body[:1024]) or "html" in mime:
        why = "an HTML page"
    elif not body.startswith(b"<") and not body.startswith(b"\xef\xbb\xbf<"):
        why = "does not start with '<' (binary or text)" + (
            f", Content-Type {mime}" if mime else ""
        )
    else:
        exc = parsed.get("bozo_exception")
        why = "no RSS, Atom or RDF content" + (f" ({type(exc).__name__}: {exc})" if exc else "")
    return _error(result.url, f"not a feed: {why}")


def parse(
    result: FetchResult, *, max_items: int = 500, max_markup: int = MAX_MARKUP
) -> list[FeedItem]:
    """The items of a fetched feed, at most *max_items*, in feed order. Pure: no I/O.

    DTD internal subsets and ENTITY declarations are removed before feedparser runs, so
    entity bombs and external entities expand to nothing. Bozo (ill-formed) feeds that still
    have entries are fine. A 304 gives []. Items past *max_items*, and past the item where
    *max_markup* tags are used up, are cut before parsing (parse time stays ~2 s at most). Raises FetchError("<url>: not a feed: ...") for a
    body with no feed at all (HTML, binary, empty).
    """
    if result.not_modified:
        return []
    if not result.body.strip():
        raise _not_a_feed(result, {})
    headers = {
        name: value
        for name, value in result.headers.items()
        if name in ("content-type", "content-language")
    }
    base = result.headers.get("content-location")
    headers["content-location"] = (
        str(httpx.URL(result.final_url).join(base)) if base else result.final_url
    )
    try:
        body, headers = _prepare(
            result.body, headers, max_items=max(1, max_items), max_markup=max_markup
        )
    except FetchError as exc:
        raise _error(result.url, str(exc)) from None
    try:
        parsed = feedparser.parse(
            io.BytesIO(body),
            response_headers=headers,
            resolve_relative_uris=True,
            sanitize_html=True,
        )
    except Exception as exc:  # feedparser reports bad input as bozo; this is the backstop
        raise _error(
            result.url, f"not a feed: parser failed ({type(exc).__name__}: {exc})"
        ) from None
    entries = parsed.get("entries") or []
    if not entries and not parsed.get("version"):
        raise _not_a_feed(result, parsed)
    feed = parsed.get("feed") or {}
    publisher = (
        _text(feed.get("title"), (feed.get("title_detail") or {}).get("type"), 200)
        or _host(_http_link(feed.get("link")))
        or _host(result.final_url)
    )
    items: list[FeedItem] = []
    for entry in entries[: max(0, max_items)]:
        items.append(
            FeedItem(
                key=item_key(entry, feed_url=result.url),
                title=_text(
                    entry.get("title"),
                    (entry.get("title_detail") or {}).get("type"),
                    MAX_TITLE_CHARS,
                ),
                summary=_summary(entry),
                link=_http_link(entry.get("link")),
                published=_utc(entry.get("published_parsed") or entry.get("updated_parsed")),
                feed_url=result.url,
                publisher=publisher,
            )
        )
    return items
