"""A fast loopback feed server for the poll benchmark, run in its own process.

    python -m benchmarks.feedserver [--port 0]      # prints "PORT <n>" once listening

asyncio + a hand-written HTTP/1.1 keep-alive responder (no framework), so one server core
answers far more requests per second than any poll cycle asks for: the server is never what
is measured. Feeds are ``/f/<i>.xml``:

- every feed answers a one-item RSS document (a neutral item) with a fixed ETag at cycle 0;
- feeds with ``i % 10 == 0`` ("live" feeds, 10 %) answer, from cycle 1 on, 20 items that are
  all new in each cycle (new guids, new ETag);
- the others keep their ETag, so a conditional GET gets ``304 Not Modified``.

``GET /_advance`` moves to the next cycle, ``GET /_reset`` back to cycle 0 (a cycle's bodies are
cached, so cycle k serves the same bytes every time); ``GET /_stats`` returns JSON with request counts
and the server's own CPU seconds (to show it was not the bottleneck).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

CORPUS = Path(__file__).resolve().parents[2] / "shared/corpus/truce-news/cases.jsonl"
LIVE_EVERY = 10
NEW_ITEMS = 20

_FALLBACK = [
    {
        "title": "Aleppo truce extended by 48 hours",
        "summary": "The 'regime of silence' in Aleppo and its province has been extended by 48 hours"
        " from Tuesday 01:00 am (local time) to midnight on Wednesday, a statement said.",
    },
    {"title": "Markets close higher", "summary": "Shares rose on Monday in quiet trading."},
]


def load_texts(path: Path = CORPUS) -> list[dict[str, str]]:
    """(title, summary) of every corpus case; two built-in texts when the corpus is absent."""
    if not path.exists():
        return list(_FALLBACK)
    texts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            case = json.loads(line)
            texts.append({"title": case.get("title") or "", "summary": case.get("summary") or ""})
    return texts or list(_FALLBACK)


class Feeds:
    """Bodies and ETags of every feed at the current cycle (cached per cycle)."""

    def __init__(self, texts: list[dict[str, str]]) -> None:
        self.texts = texts
        self.cycle = 0
        self.cache: dict[tuple[int, int], tuple[bytes, bytes]] = {}
        self.requests = 0
        self.not_modified = 0
        self.full = 0

    def live(self, i: int) -> bool:
        return i % LIVE_EVERY == 0 and self.cycle > 0

    def get(self, i: int) -> tuple[bytes, bytes]:
        """(etag, body) of feed *i* now."""
        cycle = self.cycle if self.live(i) else 0
        key = (i, cycle)
        hit = self.cache.get(key)
        if hit is None:
            hit = self.cache[key] = self._build(i, cycle)
        return hit

    def advance(self) -> int:
        self.cycle += 1
        return self.cycle

    def _build(self, i: int, cycle: int) -> tuple[bytes, bytes]:
        now = datetime.now(UTC).replace(microsecond=0)
        count = NEW_ITEMS if cycle else 1
        parts = []
        for k in range(count):
            if cycle == 0:  # the priming poll: one item of no interest to the extractor
                text = {"title": f"Bench wire {i} opens", "summary": "Weather and markets."}
            else:
                text = self.texts[(i * NEW_ITEMS + k + cycle * 7) % len(self.texts)]
            guid = f"https://bench.example/f{i}/c{cycle}/k{k}"
            published = format_datetime(now - timedelta(minutes=k), usegmt=True)
            parts.append(
                f"<item><guid>{guid}</guid><title>{escape(text['title'])}</title>"
                f"<link>{guid}</link><description>{escape(text['summary'])}</description>"
                f"<pubDate>{published}</pubDate></item>"
            )
        body = (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Bench wire {i}</title><link>https://bench.example/f{i}</link>"
            "<description>bench</description>" + "".join(parts) + "</channel></rss>"
        ).encode()
        return f'"f{i}-c{cycle}"'.encode(), body


class _Http(asyncio.Protocol):
    def __init__(self, feeds: Feeds) -> None:
        self.feeds = feeds
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport) -> None:  # type: ignore[no-untyped-def]
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head, self.buffer = self.buffer[:end], self.buffer[end + 4 :]
            self._answer(head)

    def _answer(self, head: bytes) -> None:
        lines = head.split(b"\r\n")
        try:
            _method, target, _version = lines[0].split(b" ", 2)
        except ValueError:
            self._send(b"400 Bad Request", b"", b"", close=True)
            return
        inm = b""
        close = False
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"if-none-match":
                inm = value.strip()
            elif name == b"connection" and value.strip().lower() == b"close":
                close = True
        feeds = self.feeds
        feeds.requests += 1
        path = target.split(b"?", 1)[0]
        if path.startswith(b"/f/") and path.endswith(b".xml"):
            try:
                i = int(path[3:-4])
            except ValueError:
                self._send(b"404 Not Found", b"", b"not found", close=close)
                return
            etag, body = feeds.get(i)
            if inm == etag:
                feeds.not_modified += 1
                self._send(b"304 Not Modified", b"ETag: " + etag + b"\r\n", None, close=close)
            else:
                feeds.full += 1
                headers = b"Content-Type: application/rss+xml; charset=utf-8\r\nETag: " + etag + b"\r\n"
                self._send(b"200 OK", headers, body, close=close)
        elif path == b"/_advance":
            cycle = feeds.advance()
            self._send(b"200 OK", b"Content-Type: text/plain\r\n", str(cycle).encode(), close=close)
        elif path == b"/_reset":
            feeds.cycle = 0
            self._send(b"200 OK", b"Content-Type: text/plain\r\n", b"0", close=close)
        elif path == b"/_stats":
            stats = {
                "cycle": feeds.cycle,
                "requests": feeds.requests,
                "not_modified": feeds.not_modified,
                "full": feeds.full,
                "cpu_seconds": time.process_time(),
            }
            self._send(b"200 OK", b"Content-Type: application/json\r\n", json.dumps(stats).encode(), close=close)
        else:
            self._send(b"404 Not Found", b"", b"not found", close=close)

    def _send(self, status: bytes, headers: bytes, body: bytes | None, *, close: bool) -> None:
        assert self.transport is not None
        out = b"HTTP/1.1 " + status + b"\r\n" + headers
        if body is not None:
            out += b"Content-Length: " + str(len(body)).encode() + b"\r\n"
        if close:
            out += b"Connection: close\r\n"
        out += b"\r\n"
        if body:
            out += body
        self.transport.write(out)
        if close:
            self.transport.close()


async def _serve(port: int) -> None:
    feeds = Feeds(load_texts())
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _Http(feeds), "127.0.0.1", port, backlog=1024)
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
    async with server:
        await server.serve_forever()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.feedserver")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    try:
        asyncio.run(_serve(args.port))
    except KeyboardInterrupt:
        pass
    return 0


class Server:
    """Runs the feed server in a child process: ``with Server() as s: s.base, s.advance()``."""

    def __init__(self) -> None:
        self.proc = None
        self.base = ""

    def __enter__(self) -> Server:
        import subprocess

        root = Path(__file__).resolve().parents[1]
        env = {**os.environ, "PYTHONPATH": str(root)}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.feedserver"],
            stdout=subprocess.PIPE,
            cwd=root,
            env=env,
            text=True,
        )
        line = self.proc.stdout.readline()
        if not line.startswith("PORT "):
            self.proc.kill()
            raise RuntimeError(f"feed server did not start: {line!r}")
        self.base = f"http://127.0.0.1:{int(line.split()[1])}"
        return self

    def _get(self, path: str) -> bytes:
        import urllib.request

        with urllib.request.urlopen(self.base + path, timeout=10) as response:  # noqa: S310 (loopback)
            return response.read()

    def advance(self) -> int:
        return int(self._get("/_advance"))

    def reset(self) -> None:
        self._get("/_reset")

    def stats(self) -> dict:
        return json.loads(self._get("/_stats"))

    def __exit__(self, *exc) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except Exception:
                self.proc.kill()


if __name__ == "__main__":
    raise SystemExit(main())
