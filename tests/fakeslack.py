"""A local fake of the Slack Web API: a real loopback HTTP server that speaks enough of Slack.

Clients reach it through ``WebClient(base_url=fake.url)`` — the ``SLACK_API_URL`` seam, the
same one Bolt's own tests use — so the real slack_sdk code (urllib, retry handlers, error
parsing) runs against it. Every call is recorded in ``fake.calls``.

Methods (answered as Slack does: HTTP 200 with ``{"ok": true, ...}`` or ``{"ok": false,
"error": "..."}``; bodies may be JSON, form-encoded or a query string):

- ``auth.test``; ``apps.connections.open`` (needs an ``xapp-`` token)
- ``chat.postMessage`` (channel by name or id, ``thread_ts``, ``reply_broadcast``, ``metadata``)
- ``chat.update`` (channel id only, like Slack; unknown ts -> ``message_not_found``)
- ``conversations.history`` / ``conversations.replies`` (channel id only; newest first /
  parent first; ``oldest``; metadata only with ``include_all_metadata``), ``conversations.list``,
  ``conversations.join``
- ``POST /response/<n>``: a slash command's ``response_url`` (see ``fake.response_url()``)
- ``files.getUploadURLExternal`` (``filename``, ``length``) -> ``upload_url`` on this fake;
  ``POST /upload/<file_id>`` takes the raw bytes (fault method name: ``"upload"``);
  ``files.completeUploadExternal`` (``files`` JSON, ``channel_id``, ``initial_comment``,
  ``thread_ts``) shares them: the file in ``fake.files`` and a message in the channel.
  This is what slack_sdk's ``files_upload_v2`` calls.

Faults, programmable per method and consumed in order (``fake.fail(...)``):
``status=429`` with ``retry_after``, ``status=500``, ``error="channel_not_found"`` (ok=false
with HTTP 200), ``drop=True`` (close the connection without answering, before doing anything)
and ``accept_then_drop=True`` (do the call — the message is posted — then close without
answering: the outbox's crash window). ``fake.down()`` stops listening (connection refused)
and ``fake.up()`` listens again on the same port with the same state.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

__all__ = ["FakeSlack", "Call", "Fault"]

BOT_TOKEN = "xoxb-1234-5678-FAKEsecretTOKEN"
APP_TOKEN = "xapp-1-A111-222-FAKEappTOKEN"


@dataclass
class Call:
    """One request the fake received."""

    method: str
    params: dict[str, Any]
    authorization: str | None
    status: int = 200
    response: dict[str, Any] | None = None  # None when the connection was dropped
    at: float = field(default_factory=time.time)


@dataclass
class Fault:
    method: str  # an API method name or "*"
    status: int = 200
    error: str | None = None
    retry_after: str | None = None
    drop: bool = False
    accept_then_drop: bool = False
    times: int = 1


class FakeSlack:
    """A fake Slack Web API on ``127.0.0.1:<free port>``. Use as a context manager or call
    ``close()``. Thread-safe: the server answers each request on its own thread."""

    def __init__(
        self,
        *,
        token: str = BOT_TOKEN,
        app_token: str = APP_TOKEN,
        channels: dict[str, str] | None = None,
        clock: Callable[[], float] = time.time,
        require_join: bool = False,
    ) -> None:
        self.token = token
        self.app_token = app_token
        self.clock = clock
        self.require_join = require_join
        self.lock = threading.RLock()
        self.calls: list[Call] = []
        self.responses: list[dict[str, Any]] = []  # bodies POSTed to response_url
        #: channel name (without "#") -> id; unknown names are created on first post
        self.channels: dict[str, str] = dict(channels or {})
        self.missing: set[str] = set()  # names or ids that answer channel_not_found
        self.members: set[str] = set()  # channel ids the bot has joined
        self.messages: dict[str, list[dict[str, Any]]] = {}  # channel id -> messages, in order
        self.faults: list[Fault] = []
        #: file id -> {"id", "filename", "length", "alt_txt", "data" (bytes POSTed or None),
        #: "title", "channel", "initial_comment", "thread_ts", "shared" (bool)}
        self.files: dict[str, dict[str, Any]] = {}
        self.ws_url = "ws://127.0.0.1:9/never"  # what apps.connections.open answers
        #: views.open / views.publish calls: {"method", "trigger_id" or "user_id", "view"}
        self.views: list[dict[str, Any]] = []
        self._seq = 0
        self._port = 0
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.up()

    # ------------------------------------------------------------------ lifecycle

    @property
    def port(self) -> int:
        return self._port

    @property
    def url(self) -> str:
        """The Web API base URL (``SLACK_API_URL``), ending in a slash."""
        return f"http://127.0.0.1:{self._port}/api/"

    def response_url(self, n: int = 1) -> str:
        return f"http://127.0.0.1:{self._port}/response/{n}"

    def up(self) -> None:
        """Listen (again, on the same port after ``down()``)."""
        if self._server is not None:
            return
        server = ThreadingHTTPServer(("127.0.0.1", self._port), _handler_for(self))
        server.daemon_threads = True
        self._port = server.server_address[1]
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name=f"fakeslack:{self._port}", daemon=True)
        self._thread.start()

    def down(self) -> None:
        """Stop listening: clients now get "connection refused". State is kept."""
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()
            if self._thread is not None:
                self._thread.join(timeout=5)

    def close(self) -> None:
        self.down()

    def __enter__(self) -> FakeSlack:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ programming

    def fail(
        self,
        method: str = "*",
        *,
        status: int = 200,
        error: str | None = None,
        retry_after: float | str | None = None,
        drop: bool = False,
        accept_then_drop: bool = False,
        times: int = 1,
    ) -> None:
        """Make the next *times* calls of *method* fail this way (queued after earlier faults)."""
        if status == 200 and error is None and not drop and not accept_then_drop:
            raise ValueError("say how the call should fail")
        with self.lock:
            self.faults.append(Fault(method, status, error, None if retry_after is None else str(retry_after),
                                     drop, accept_then_drop, times))

    def channel_id(self, name: str) -> str:
        """The id of channel *name* ("#x" or "x"), created if new."""
        with self.lock:
            key = name.lstrip("#")
            if key not in self.channels:
                self.channels[key] = f"C{len(self.channels) + 1:08d}"
            return self.channels[key]

    # ------------------------------------------------------------------ inspection

    def called(self, method: str) -> list[Call]:
        with self.lock:
            return [c for c in self.calls if c.method == method]

    def posts(self) -> list[dict[str, Any]]:
        """Every message successfully posted, in order (thread replies included)."""
        with self.lock:
            out = [m for msgs in self.messages.values() for m in msgs]
        return sorted(out, key=lambda m: float(m["ts"]))

    def message(self, channel_id: str, ts: str) -> dict[str, Any] | None:
        with self.lock:
            for m in self.messages.get(channel_id, []):
                if m["ts"] == ts:
                    return m
        return None

    # ------------------------------------------------------------------ the API

    def _next_ts(self) -> str:
        self._seq += 1
        return f"{int(self.clock())}.{self._seq:06d}"

    def _take_fault(self, method: str) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.method in ("*", method):
                    fault.times -= 1
                    if fault.times <= 0:
                        self.faults.remove(fault)
                    return fault
        return None

    def _resolve(self, channel: Any, *, by_name: bool) -> str | None:
        """A channel id for *channel*, or None (channel_not_found)."""
        if not isinstance(channel, str) or not channel or channel in self.missing:
            return None
        if channel.lstrip("#") in self.missing:
            return None
        ids = set(self.channels.values())
        if channel in ids:
            return channel
        if by_name and (channel.startswith("#") or not channel[:1].isupper()):
            return self.channel_id(channel)
        return None

    def handle(self, method: str, params: dict[str, Any], authorization: str | None) -> dict[str, Any]:
        """Answer one API call (no faults here). Returns the JSON body."""
        if method == "apps.connections.open":
            if authorization != f"Bearer {self.app_token}":
                return {"ok": False, "error": "invalid_auth"}
            return {"ok": True, "url": self.ws_url}
        if not authorization:
            return {"ok": False, "error": "not_authed"}
        if authorization != f"Bearer {self.token}":
            return {"ok": False, "error": "invalid_auth"}
        handler = getattr(self, "_api_" + method.replace(".", "_"), None)
        if handler is None:
            return {"ok": False, "error": "unknown_method"}
        with self.lock:
            return handler(params)

    def _api_auth_test(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"ok": True, "url": "https://fake.slack.test/", "team": "Fake", "user": "trucebot",
                "team_id": "T00000001", "user_id": "U00000BOT", "bot_id": "B00000BOT"}

    def _api_chat_postMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        cid = self._resolve(params.get("channel"), by_name=True)
        if cid is None:
            return {"ok": False, "error": "channel_not_found"}
        if not params.get("text") and not params.get("blocks"):
            return {"ok": False, "error": "no_text"}
        blocks = _json_field(params.get("blocks"))
        if blocks is not None and (not isinstance(blocks, list) or len(blocks) > 50):
            return {"ok": False, "error": "invalid_blocks"}
        thread_ts = params.get("thread_ts") or None
        if thread_ts and self.message(cid, thread_ts) is None:
            return {"ok": False, "error": "thread_not_found"}
        message = {
            "type": "message",
            "user": "U00000BOT",
            "bot_id": "B00000BOT",
            "ts": self._next_ts(),
            "text": params.get("text", ""),
            "blocks": blocks,
            "thread_ts": thread_ts,
            "reply_broadcast": _truthy(params.get("reply_broadcast")) and bool(thread_ts),
            "metadata": _json_field(params.get("metadata")),
            "unfurl_links": params.get("unfurl_links"),
            "edits": 0,
        }
        self.messages.setdefault(cid, []).append(message)
        return {"ok": True, "channel": cid, "ts": message["ts"], "message": _public(message, True)}

    def _api_chat_update(self, params: dict[str, Any]) -> dict[str, Any]:
        cid = self._resolve(params.get("channel"), by_name=False)
        if cid is None:
            return {"ok": False, "error": "channel_not_found"}
        message = self.message(cid, str(params.get("ts", "")))
        if message is None:
            return {"ok": False, "error": "message_not_found"}
        if "text" in params:
            message["text"] = params["text"]
        if "blocks" in params:
            message["blocks"] = _json_field(params["blocks"])
        if "metadata" in params:
            message["metadata"] = _json_field(params["metadata"])
        message["edits"] += 1
        return {"ok": True, "channel": cid, "ts": message["ts"], "text": message["text"]}

    def _visible(self, cid: str) -> dict[str, Any] | None:
        if self.require_join and cid not in self.members:
            return {"ok": False, "error": "not_in_channel"}
        return None

    def _api_conversations_history(self, params: dict[str, Any]) -> dict[str, Any]:
        cid = self._resolve(params.get("channel"), by_name=False)
        if cid is None:
            return {"ok": False, "error": "channel_not_found"}
        if refused := self._visible(cid):
            return refused
        oldest = float(params.get("oldest") or 0)
        meta = _truthy(params.get("include_all_metadata"))
        msgs = [m for m in self.messages.get(cid, [])
                if (not m["thread_ts"] or m["reply_broadcast"]) and float(m["ts"]) > oldest]
        msgs.reverse()  # newest first
        return _page(msgs, params, meta)

    def _api_conversations_replies(self, params: dict[str, Any]) -> dict[str, Any]:
        cid = self._resolve(params.get("channel"), by_name=False)
        if cid is None:
            return {"ok": False, "error": "channel_not_found"}
        if refused := self._visible(cid):
            return refused
        parent = self.message(cid, str(params.get("ts", "")))
        if parent is None:
            return {"ok": False, "error": "thread_not_found"}
        oldest = float(params.get("oldest") or 0)
        meta = _truthy(params.get("include_all_metadata"))
        msgs = [parent] + [m for m in self.messages.get(cid, [])
                           if m["thread_ts"] == parent["ts"] and float(m["ts"]) > oldest]
        return _page(msgs, params, meta)

    def _api_conversations_list(self, params: dict[str, Any]) -> dict[str, Any]:
        chans = [{"id": cid, "name": name, "is_member": cid in self.members}
                 for name, cid in self.channels.items() if name not in self.missing]
        return {"ok": True, "channels": chans, "response_metadata": {"next_cursor": ""}}

    def _api_conversations_join(self, params: dict[str, Any]) -> dict[str, Any]:
        cid = self._resolve(params.get("channel"), by_name=False)
        if cid is None:
            return {"ok": False, "error": "channel_not_found"}
        self.members.add(cid)
        return {"ok": True, "channel": {"id": cid}}

    # files_upload_v2: step 1, getUploadURLExternal; step 2, POST /upload/<id>; step 3, complete

    def _api_files_getUploadURLExternal(self, params: dict[str, Any]) -> dict[str, Any]:
        filename, length = params.get("filename"), str(params.get("length") or "")
        if not filename or not length.isdigit() or int(length) <= 0:
            return {"ok": False, "error": "invalid_arguments"}
        file_id = f"F{len(self.files) + 1:08d}"
        self.files[file_id] = {"id": file_id, "filename": filename, "length": int(length),
                               "alt_txt": params.get("alt_txt"), "data": None, "title": None,
                               "channel": None, "initial_comment": None, "thread_ts": None, "shared": False}
        return {"ok": True, "upload_url": f"http://127.0.0.1:{self._port}/upload/{file_id}", "file_id": file_id}

    def upload(self, file_id: str, data: bytes) -> bool:
        """The upload URL's side: keep the bytes of a file that getUploadURLExternal issued."""
        with self.lock:
            entry = self.files.get(file_id)
            if entry is None or entry["shared"]:
                return False
            entry["data"] = data
            return True

    def _api_files_completeUploadExternal(self, params: dict[str, Any]) -> dict[str, Any]:
        files = _json_field(params.get("files"))
        if not isinstance(files, list) or not files or not all(isinstance(f, dict) for f in files):
            return {"ok": False, "error": "invalid_arguments"}
        entries = [self.files.get(str(f.get("id"))) for f in files]
        if any(e is None or e["data"] is None for e in entries):
            return {"ok": False, "error": "file_not_found"}
        cid = None
        if params.get("channel_id"):
            cid = self._resolve(params.get("channel_id"), by_name=False)
            if cid is None:
                return {"ok": False, "error": "channel_not_found"}
            if refused := self._visible(cid):
                return refused
        shared = []
        for f, entry in zip(files, entries, strict=True):
            entry.update(title=f.get("title") or entry["filename"], channel=cid, shared=True,
                         initial_comment=params.get("initial_comment"), thread_ts=params.get("thread_ts") or None)
            shared.append({"id": entry["id"], "name": entry["filename"], "title": entry["title"],
                           "size": len(entry["data"])})
        if cid is not None:
            self.messages.setdefault(cid, []).append({
                "type": "message", "user": "U00000BOT", "bot_id": "B00000BOT", "ts": self._next_ts(),
                "text": params.get("initial_comment") or "", "blocks": None,
                "thread_ts": params.get("thread_ts") or None, "reply_broadcast": False, "metadata": None,
                "unfurl_links": None, "edits": 0, "files": shared,
            })
        return {"ok": True, "files": shared}

    # --- modals and App Home (issue 9): views.open / views.publish are recorded, not rendered

    def _api_views_open(self, params: dict[str, Any]) -> dict[str, Any]:
        view = _json_field(params.get("view"))
        if not params.get("trigger_id"):
            return {"ok": False, "error": "invalid_arguments"}
        if not isinstance(view, dict) or view.get("type") != "modal":
            return {"ok": False, "error": "invalid_arguments"}
        self.views.append({"method": "views.open", "trigger_id": params["trigger_id"], "view": view})
        return {"ok": True, "view": {"id": f"V{len(self.views):08d}", **view}}

    def _api_views_publish(self, params: dict[str, Any]) -> dict[str, Any]:
        view = _json_field(params.get("view"))
        if not params.get("user_id"):
            return {"ok": False, "error": "invalid_arguments"}
        if not isinstance(view, dict) or view.get("type") != "home":
            return {"ok": False, "error": "invalid_arguments"}
        self.views.append({"method": "views.publish", "user_id": params["user_id"], "view": view})
        return {"ok": True, "view": {"id": f"V{len(self.views):08d}", **view}}

    def shared_files(self) -> list[dict[str, Any]]:
        """Every file completed with files.completeUploadExternal, in upload order."""
        with self.lock:
            return [dict(f) for f in self.files.values() if f["shared"]]


def _page(msgs: list[dict[str, Any]], params: dict[str, Any], meta: bool) -> dict[str, Any]:
    limit = int(params.get("limit") or 100)
    start = int(params.get("cursor") or 0)
    chunk = msgs[start : start + limit]
    more = start + limit < len(msgs)
    return {
        "ok": True,
        "messages": [_public(m, meta) for m in chunk],
        "has_more": more,
        "response_metadata": {"next_cursor": str(start + limit) if more else ""},
    }


def _public(message: dict[str, Any], meta: bool) -> dict[str, Any]:
    out = {k: v for k, v in message.items() if v is not None and k not in ("metadata", "edits", "unfurl_links")}
    if meta and message.get("metadata"):
        out["metadata"] = message["metadata"]
    if message.get("reply_broadcast"):
        out["subtype"] = "thread_broadcast"
    return out


def _json_field(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _truthy(value: Any) -> bool:
    return value in (True, 1, "1", "true", "True")


def _handler_for(fake: FakeSlack) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

        def do_GET(self) -> None:
            self._serve()

        def do_POST(self) -> None:
            self._serve()

        def _serve(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            if parts.path.startswith("/upload/"):  # files_upload_v2 step 2: raw bytes, no token
                fault = fake._take_fault("upload")
                if fault is not None and (fault.status >= 500 or fault.drop):
                    self._send_raw(fault.status if fault.status >= 500 else 500, b"upstream error", "text/plain")
                    return
                if fake.upload(parts.path[len("/upload/"):], raw):
                    self._send_raw(200, f"OK - {len(raw)}".encode(), "text/plain")
                else:
                    self._send_raw(404, b"not found", "text/plain")
                return
            params: dict[str, Any] = dict(parse_qsl(parts.query))
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip()
            if raw:
                if ctype == "application/json":
                    try:
                        body = json.loads(raw)
                    except ValueError:
                        self._send(400, {"ok": False, "error": "invalid_json"})
                        return
                    if isinstance(body, dict):
                        params.update(body)
                else:
                    params.update(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))
            if parts.path.startswith("/response/"):
                with fake.lock:
                    fake.responses.append(params)
                self._send(200, {"ok": True})
                return
            if not parts.path.startswith("/api/"):
                self._send(404, {"ok": False, "error": "not_found"})
                return
            method = parts.path[len("/api/"):]
            auth = self.headers.get("Authorization")
            if not auth and params.get("token"):
                auth = f"Bearer {params.pop('token')}"
            call = Call(method=method, params=params, authorization=auth)
            with fake.lock:
                fake.calls.append(call)
            fault = fake._take_fault(method)
            if fault is not None and fault.drop:
                self.close_connection = True
                call.status = 0
                return
            if fault is not None and fault.accept_then_drop:
                result = fake.handle(method, params, auth)
                call.status, call.response = 0, result
                self.close_connection = True
                return
            if fault is not None and fault.status == 429:
                call.status, call.response = 429, {"ok": False, "error": "ratelimited"}
                headers = {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
                self._send(429, call.response, headers)
                return
            if fault is not None and fault.status >= 500:
                call.status = fault.status
                self._send_raw(fault.status, b"<html><body>upstream connect error</body></html>",
                               "text/html")
                return
            if fault is not None and fault.error:
                call.response = {"ok": False, "error": fault.error}
                self._send(200, call.response)
                return
            call.response = fake.handle(method, params, auth)
            self._send(200, call.response)

        def _send(self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> None:
            self._send_raw(status, json.dumps(body).encode(), "application/json; charset=utf-8", headers)

        def _send_raw(self, status: int, data: bytes, ctype: str, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

    return Handler
