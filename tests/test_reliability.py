"""`truce-bot run` for real: a deadline minutes ahead, learned from a local feed, with kill -9.

The service runs as a subprocess (console sink: no Slack token) against a loopback feed. The
truce is due to expire three minutes after start; the 1-minute warning and the expiry must
each arrive within 5 s of due and exactly once, although the process is killed with SIGKILL
twice and restarted: once after the first alert, once right after the warning.
"""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.feedserver import FeedServer, rss

pytestmark = [pytest.mark.slow, pytest.mark.reliability]

ROOT = Path(__file__).resolve().parent.parent
AHEAD = timedelta(minutes=3)


class Service:
    """One `truce-bot run` process whose stdout is collected line by line."""

    def __init__(self, config: Path, state: Path, lines: list[str]) -> None:
        env = {**os.environ, "TRUCE_BOT_CONFIG": str(config), "TRUCE_BOT_STATE": str(state), "LOG_LEVEL": "WARNING"}
        env.pop("SLACK_BOT_TOKEN", None)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True,
        )
        self.lines = lines
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))

    def wait_for(self, pattern: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(re.search(pattern, line) for line in self.lines):
                return
            if self.proc.poll() is not None:
                raise AssertionError(f"service exited {self.proc.returncode} before {pattern!r}")
            time.sleep(0.1)
        raise AssertionError(f"{pattern!r} not seen in {timeout} s; output so far: {self.lines[-20:]}")

    def kill9(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)
        self.reader.join(5)

    def terminate(self) -> int:
        self.proc.send_signal(signal.SIGTERM)
        code = self.proc.wait(15)
        self.reader.join(5)
        return code


@pytest.mark.timeout(480)
def test_deadline_alerts_on_time_exactly_once_across_kill_9(tmp_path):
    start = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(minutes=1)
    deadline = start + AHEAD  # a whole minute, three to four minutes from now
    text = (
        f"The Aleppo truce has been extended until {deadline:%H:%M} GMT on {deadline:%d %B %Y}, "
        "the army command said."
    )
    with FeedServer() as server:
        server.routes["/feed.xml"] = (200, rss(("rel-1", "Aleppo truce extended", text, datetime.now(UTC))))
        config = tmp_path / "bot.toml"
        config.write_text(
            '[bot]\npoll_interval = "30s"\nwarn_before = ["1m"]\nallow_private_feeds = true\n'
            f'[[feeds]]\nurl = "{server.base}/feed.xml"\n'
            '[[truces]]\nname = "Aleppo"\ntimezone = "Asia/Damascus"\nchannels = ["#syria"]\n'
        )
        state = tmp_path / "state.db"
        lines: list[str] = []

        first = Service(config, state, lines)
        first.wait_for(r"Aleppo truce extended", 60)
        time.sleep(0.5)  # let it record the ts, then die hard
        first.kill9()

        second = Service(config, state, lines)
        second.wait_for(r"expires in 1 m|expires in 60 s|expires in 1 min", (deadline - datetime.now(UTC)).total_seconds() + 30)
        time.sleep(0.5)
        second.kill9()

        third = Service(config, state, lines)
        third.wait_for(r"has expired", (deadline - datetime.now(UTC)).total_seconds() + 30)
        assert third.terminate() == 0

    db = sqlite3.connect(state)
    rows = db.execute("SELECT kind, due_at, sent_at, status FROM alerts ORDER BY id").fetchall()
    kinds = [row[0] for row in rows]
    assert kinds == ["extended", "warning", "expired"], rows
    assert all(row[3] == "sent" for row in rows)
    for kind, due_at, sent_at, _ in rows[1:]:
        lateness = (_parse(sent_at) - _parse(due_at)).total_seconds()
        print(f"{kind}: sent {lateness:.2f} s after due")  # README's Reliability figures (-s)
        assert 0 <= lateness <= 5, f"{kind} sent {lateness:.1f} s after due"
    assert _parse(rows[2][1]) == deadline
    printed = "\n".join(lines)
    assert printed.count("Aleppo truce extended") == 1
    assert printed.count("has expired") == 1
    assert len(re.findall(r"expires in 1", printed)) == 1


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))
