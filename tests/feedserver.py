"""A loopback HTTP server serving feeds the tests change as they go (conditional GET aware)."""

from __future__ import annotations

import hashlib
import threading
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FeedServer:
    """``server.routes[path] = (status, body_bytes)``; counts requests per path.

    A 301/302/307/308 route redirects to the path its body names (or to the absolute
    ``http(s)://`` URL it names). ``headers[path]`` adds or replaces response headers (say a
    ``Content-Type`` of ``text/html`` for an article page); a path in ``hang`` is never
    answered until the server stops.
    """

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, bytes]] = {}
        self.hits: dict[str, int] = {}
        self.not_modified: dict[str, int] = {}
        self.headers: dict[str, dict[str, str]] = {}
        self.hang: set[str] = set()
        self.stopping = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                owner.hits[self.path] = owner.hits.get(self.path, 0) + 1
                if self.path in owner.hang:
                    owner.stopping.wait(60)
                    return
                status, body = owner.routes.get(self.path, (404, b"not found"))
                if status in (301, 302, 307, 308):  # body = the target path (or absolute URL)
                    self.send_response(status)
                    target = body.decode()
                    self.send_header("Location", target if target.startswith(("http://", "https://")) else owner.base + target)
                    self.end_headers()
                    return
                etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                if status == 200 and self.headers.get("If-None-Match") == etag:
                    owner.not_modified[self.path] = owner.not_modified.get(self.path, 0) + 1
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(status)
                extra = owner.headers.get(self.path, {})
                if "Content-Type" not in extra:
                    self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                if status == 200:
                    self.send_header("ETag", etag)
                for name, value in extra.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __enter__(self) -> FeedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def rss(*items: tuple[str, str, str, object]) -> bytes:
    """An RSS 2.0 document from (guid, title, description, published datetime) tuples."""
    parts = []
    for guid, title, description, published in items:
        parts.append(
            f"<item><guid>{guid}</guid><title>{title}</title><link>https://news.example/{guid}</link>"
            f"<description>{description}</description><pubDate>{format_datetime(published, usegmt=True)}</pubDate></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test Wire</title>'
        "<link>https://news.example/</link><description>t</description>" + "".join(parts) + "</channel></rss>"
    ).encode()
