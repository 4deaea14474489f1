"""HTTP mode: Slack's signed requests and a health check, served by waitress (a
production-grade, pure-Python WSGI server — not Bolt's development server).

Routes::

    POST /slack/events   slash commands (and any Slack request), via slack_bolt.adapter.wsgi
    GET  /healthz        200 {"ok": true, "heartbeat": ..., "last_poll": ..., ...};
                         503 with "ok": false when the scheduler's heartbeat is stale
    GET  /calendar.ics   the deadlines as an iCalendar feed (bot.exports.to_ics), read from the
                         store at each request; ETag / If-None-Match -> 304

Every malformed request is refused before Bolt sees it: a missing, non-numeric or stale
``X-Slack-Request-Timestamp``, a missing or wrong ``X-Slack-Signature`` -> 401 (never 500);
a body over ``MAX_BODY`` bytes -> 413; another path -> 404; another method -> 405. The
signature is checked on the raw bytes with the wall clock (Slack's clock), not the bot's
injected clock.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk.signature import SignatureVerifier

from bot.clock import Clock
from bot.models import TruceSpec
from bot.slack import valid_signature_headers

if TYPE_CHECKING:
    from slack_bolt import App

    from bot.store import Store

__all__ = ["make_wsgi_app", "start", "HttpServer", "MAX_BODY", "STALE_HEARTBEAT"]

log = logging.getLogger("truce_bot.web")

#: Slack's payloads are a few KB; anything larger is not from Slack.
MAX_BODY = 1024 * 1024
#: /healthz answers 503 when the scheduler has not beaten for this long (seconds).
STALE_HEARTBEAT = 300.0
EVENTS_PATH = "/slack/events"
CALENDAR_PATH = "/calendar.ics"

StartResponse = Callable[..., Any]


def make_wsgi_app(
    bolt: App,
    *,
    store: Store,
    clock: Clock,
    signing_secret: str,
    wall_clock: Callable[[], float] = time.time,
    metrics_app: Callable[..., Iterable[bytes]] | None = None,
    specs: Sequence[TruceSpec] | Callable[[], Sequence[TruceSpec]] = (),
    warn_before: Sequence[float] = (),
) -> Callable[[dict[str, Any], StartResponse], Iterable[bytes]]:
    """The WSGI application for HTTP mode (routes above). Never raises into the server.

    *specs* may be a function, read per calendar request, so truces added with ``/truce
    track`` appear without a restart.
    *metrics_app* (Prometheus exposition) is mounted at GET /metrics when given.
    """
    bolt_handler = SlackRequestHandler(bolt, path=EVENTS_PATH)

    class _Clock:
        def now(self) -> float:
            return wall_clock()

    verifier = SignatureVerifier(signing_secret, clock=_Clock()) if signing_secret.strip() else None

    def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO") or "/"
        method = environ.get("REQUEST_METHOD") or "GET"
        try:
            if path == "/healthz":
                if method not in ("GET", "HEAD"):
                    return _json(start_response, 405, {"error": "method not allowed"}, allow="GET, HEAD")
                return _health(start_response, store, clock)
            if path == CALENDAR_PATH:
                if method not in ("GET", "HEAD"):
                    return _json(start_response, 405, {"error": "method not allowed"}, allow="GET, HEAD")
                tracked = specs() if callable(specs) else specs
                return _calendar(environ, start_response, store, clock, tracked, warn_before)
            if path == "/metrics" and metrics_app is not None and method in ("GET", "HEAD"):
                return metrics_app(environ, start_response)
            if path != EVENTS_PATH:
                return _json(start_response, 404, {"error": "not found"})
            if method != "POST":
                return _json(start_response, 405, {"error": "method not allowed"}, allow="POST")
            try:
                length = int(environ.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = -1
            if length < 0:
                return _json(start_response, 400, {"error": "bad content-length"})
            if length > MAX_BODY:
                return _json(start_response, 413, {"error": "body too large"})
            body = environ["wsgi.input"].read(length) if length else b""
            timestamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP")
            signature = environ.get("HTTP_X_SLACK_SIGNATURE")
            if (
                verifier is None
                or not valid_signature_headers(timestamp, signature)
                or not verifier.is_valid(body, timestamp, signature)
            ):
                log.info("refused an unsigned or badly signed request",
                         extra={"remote": environ.get("REMOTE_ADDR"), "bytes": len(body)})
                return _json(start_response, 401, {"error": "invalid request"})
            environ = dict(environ)
            environ["wsgi.input"] = _Body(body)
            environ["CONTENT_LENGTH"] = str(len(body))
            return bolt_handler(environ, start_response)
        except Exception:
            log.exception("HTTP request failed", extra={"path": path[:100], "method": method[:10]})
            return _json(start_response, 500, {"error": "internal error"})

    return app


class _Body:
    """The already-read request body, readable again by Bolt's WSGI adapter."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pos = 0

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            size = len(self._data) - self._pos
        chunk = self._data[self._pos : self._pos + size]
        self._pos += len(chunk)
        return chunk


def _json(start_response: StartResponse, status: int, body: dict[str, Any], **headers: str) -> list[bytes]:
    data = json.dumps(body).encode()
    reason = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 405: "Method Not Allowed",
              413: "Payload Too Large", 500: "Internal Server Error", 503: "Service Unavailable"}[status]
    extra = [(k.replace("_", "-").title(), v) for k, v in headers.items()]
    start_response(f"{status} {reason}", [("Content-Type", "application/json"),
                                          ("Content-Length", str(len(data))), *extra])
    return [data]


def _health(start_response: StartResponse, store: Store, clock: Clock) -> list[bytes]:
    now = clock.now()
    heartbeat = store.get_meta("heartbeat")
    last_poll = store.get_meta("last_poll")
    age = None
    if heartbeat:
        try:
            from datetime import datetime

            age = (now - datetime.fromisoformat(heartbeat)).total_seconds()
        except (TypeError, ValueError):
            age = None
    pending = len(store.alerts(status="pending"))
    failed = len(store.alerts(status="failed"))
    ok = age is None or age <= STALE_HEARTBEAT  # no heartbeat yet: just started
    body = {"ok": ok, "now": now.isoformat(), "heartbeat": heartbeat, "heartbeat_age_s": age,
            "last_poll": last_poll, "pending_alerts": pending, "failed_alerts": failed}
    return _json(start_response, 200 if ok else 503, body)


class HttpServer:
    """A waitress server running in a background thread. ``stop()`` closes it."""

    def __init__(self, wsgi: Callable[..., Iterable[bytes]], *, host: str, port: int, threads: int = 8) -> None:
        from waitress.server import create_server

        self._server = create_server(
            wsgi, host=host, port=port, threads=threads, ident="truce-bot",
            # our own check answers 413 above MAX_BODY; waitress's cap is the backstop
            max_request_body_size=2 * MAX_BODY, channel_timeout=30, clear_untrusted_proxy_headers=True,
        )
        self.host = host
        self.port = int(self._server.effective_port)
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"http:{self.port}", daemon=True)

    @property
    def url(self) -> str:
        host = "127.0.0.1" if self.host in ("0.0.0.0", "") else self.host
        return f"http://{host}:{self.port}"

    def start(self) -> HttpServer:
        self._thread.start()
        return self

    def _run(self) -> None:
        from waitress import wasyncore

        server = self._server
        try:
            while not self._stopping.is_set():
                wasyncore.loop(timeout=1.0, map=server._map, use_poll=server.adj.asyncore_use_poll, count=1)
        finally:
            # closed on the loop's own thread, so no select() ever sees a closed descriptor
            server.task_dispatcher.shutdown(cancel_pending=False, timeout=5)
            wasyncore.close_all(server._map)

    def stop(self) -> None:
        """Stop accepting, let requests in hand finish, join (at most ~10 s)."""
        self._stopping.set()
        try:
            self._server.pull_trigger()  # wake the loop now rather than at its timeout
        except OSError:
            pass
        self._thread.join(timeout=10)


def start(
    bolt: App,
    *,
    store: Store,
    clock: Clock,
    signing_secret: str,
    host: str = "0.0.0.0",
    port: int = 3000,
    metrics_app: Callable[..., Iterable[bytes]] | None = None,
    specs: Sequence[TruceSpec] | Callable[[], Sequence[TruceSpec]] = (),
    warn_before: Sequence[float] = (),
) -> HttpServer:
    """Serve HTTP mode on *host*:*port* (0: any free port) in a background thread."""
    wsgi = make_wsgi_app(bolt, store=store, clock=clock, signing_secret=signing_secret,
                         metrics_app=metrics_app, specs=specs, warn_before=warn_before)
    return HttpServer(wsgi, host=host, port=port).start()


def _calendar(
    environ: dict[str, Any],
    start_response: StartResponse,
    store: Store,
    clock: Clock,
    specs: Sequence[TruceSpec],
    warn_before: Sequence[float],
) -> list[bytes]:
    """GET /calendar.ics: the iCalendar feed, with an ETag so polling clients get 304s."""
    import hashlib

    from bot.exports import to_ics

    truces = store.truces()
    events = [e for t in truces for e in reversed(store.events_for(t.name, limit=1_000_000))]
    body = to_ics(truces, specs, events, clock.now(), warn_before=warn_before).encode("utf-8")
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    common = [("ETag", etag), ("Cache-Control", "max-age=300")]
    wanted = environ.get("HTTP_IF_NONE_MATCH") or ""
    if etag in [tag.strip() for tag in wanted.split(",")] or wanted.strip() == "*":
        start_response("304 Not Modified", common)
        return []
    start_response("200 OK", [("Content-Type", "text/calendar; charset=utf-8"),
                              ("Content-Length", str(len(body))),
                              ("Content-Disposition", 'inline; filename="truce-bot.ics"'), *common])
    return [] if environ.get("REQUEST_METHOD") == "HEAD" else [body]
