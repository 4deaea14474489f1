"""A minimal WebSocket server (RFC 6455) on loopback, standing in for Slack's Socket Mode
endpoint: it performs the opening handshake, sends text frames (``send``), and records the
text frames the client sends (``received``), answering pings and closes. One client at a time;
enough of the protocol for slack_sdk's builtin Socket Mode client, nothing more.
"""

from __future__ import annotations

import base64
import hashlib
import json
import socket
import struct
import threading
import time
from typing import Any

_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


class WsServer:
    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.url = f"ws://127.0.0.1:{self.port}/link"
        self.received: list[dict[str, Any]] = []
        self.connections = 0
        self._conn: socket.socket | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    # ---------------------------------------------------------------- test-facing

    def connected(self) -> bool:
        return self._conn is not None

    def send(self, message: dict[str, Any]) -> None:
        """One text frame to the connected client (server frames are not masked)."""
        data = json.dumps(message).encode()
        head = bytes([0x81])
        if len(data) < 126:
            head += bytes([len(data)])
        elif len(data) < 65536:
            head += bytes([126]) + struct.pack("!H", len(data))
        else:
            head += bytes([127]) + struct.pack("!Q", len(data))
        with self._lock:
            assert self._conn is not None, "no client connected"
            self._conn.sendall(head + data)

    def wait_for(self, predicate, timeout: float = 10.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for message in list(self.received):
                if predicate(message):
                    return message
            time.sleep(0.02)
        raise AssertionError(f"no matching frame within {timeout} s; got {self.received!r}")

    def drop(self) -> None:
        """Close the client's connection from the server side, without a close frame."""
        conn = self._conn
        if conn is not None:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def close(self) -> None:
        self._stop.set()
        for sock in (self._conn, self._listener):
            try:
                if sock is not None:
                    sock.close()
            except OSError:
                pass

    # ---------------------------------------------------------------- protocol

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            if self._handshake(conn):
                self._conn = conn
                self.connections += 1
                self._read(conn)
                self._conn = None

    def _handshake(self, conn: socket.socket) -> bool:
        request = b""
        while b"\r\n\r\n" not in request:
            chunk = conn.recv(4096)
            if not chunk:
                return False
            request += chunk
        headers = {}
        for line in request.decode("latin-1").split("\r\n")[1:]:
            if ":" in line:
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        key = headers.get("sec-websocket-key", "")
        accept = base64.b64encode(hashlib.sha1((key + _GUID).encode()).digest()).decode()
        conn.sendall(
            "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Accept: {accept}\r\n\r\n".encode()
        )
        return True

    def _read(self, conn: socket.socket) -> None:
        buf = b""

        def need(n: int) -> bytes:
            nonlocal buf
            while len(buf) < n:
                chunk = conn.recv(65536)
                if not chunk:
                    raise ConnectionError
                buf += chunk
            out, buf = buf[:n], buf[n:]
            return out

        try:
            while not self._stop.is_set():
                b0, b1 = need(2)
                opcode, masked, length = b0 & 0x0F, b1 & 0x80, b1 & 0x7F
                if length == 126:
                    length = struct.unpack("!H", need(2))[0]
                elif length == 127:
                    length = struct.unpack("!Q", need(8))[0]
                mask = need(4) if masked else b"\0\0\0\0"
                payload = bytes(c ^ mask[i % 4] for i, c in enumerate(need(length)))
                if opcode == 0x1:
                    self.received.append(json.loads(payload.decode()))
                elif opcode == 0x9:  # ping -> pong
                    with self._lock:
                        conn.sendall(bytes([0x8A, len(payload)]) + payload)
                elif opcode == 0x8:
                    with self._lock:
                        conn.sendall(bytes([0x88, 0]))
                    return
        except (ConnectionError, OSError, ValueError):
            return
