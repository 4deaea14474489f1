"""kill -9 at random points of real poll / alert cycles never loses or doubles an alert.

`truce-bot run` posts to the local fake Slack (SLACK_API_URL) while a loopback feed grows by one
report per iteration. In the chaos run the service is killed with SIGKILL at a random moment of
every iteration (during start-up, the poll, the commit or the post) and restarted; the
fault-free run reads the whole feed in one undisturbed process. Both must leave Slack with the
same alerts, each once.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.fakeslack import BOT_TOKEN, FakeSlack
from tests.feedserver import FeedServer, rss

pytestmark = [pytest.mark.slow, pytest.mark.reliability]

ROOT = Path(__file__).resolve().parent.parent
ITERATIONS = 20


def report(i: int, now: datetime) -> tuple[str, str, str, datetime]:
    deadline = datetime(2030, 1, 1, 12, tzinfo=UTC) + timedelta(days=i)
    text = f"The Aleppo truce has been extended until 12:00 GMT on {deadline:%d %B %Y}, the army command said."
    return (f"chaos-{i}", "Aleppo truce extended", text, now - timedelta(minutes=ITERATIONS - i))


def start(config: Path, state: Path, slack: FakeSlack) -> subprocess.Popen:
    env = {
        **os.environ, "TRUCE_BOT_CONFIG": str(config), "TRUCE_BOT_STATE": str(state),
        "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_API_URL": slack.url, "LOG_LEVEL": "WARNING",
    }
    for name in ("SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"):
        env.pop(name, None)
    return subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def posted_keys(slack: FakeSlack) -> list[str]:
    keys = []
    for message in slack.posts():
        payload = (message.get("metadata") or {}).get("event_payload") or {}
        keys.append(payload.get("dedup_key"))
    return keys


def wait_for_posts(slack: FakeSlack, count: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while len(slack.posts()) < count and time.monotonic() < deadline:
        assert proc.poll() is None, f"service died with {proc.returncode}"
        time.sleep(0.1)


def wait_until_running(state: Path, since: datetime, proc: subprocess.Popen, timeout: float = 60) -> None:
    """Until the service has written a heartbeat after *since* (its signal handlers are set)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"service died with {proc.returncode}"
        try:
            with sqlite3.connect(state, timeout=5) as db:
                row = db.execute("SELECT value FROM meta WHERE key = 'heartbeat'").fetchone()
        except sqlite3.Error:
            row = None
        if row and datetime.fromisoformat(row[0]) >= since:
            return
        time.sleep(0.1)
    raise AssertionError("the service never wrote a heartbeat")


def run_story(tmp_path: Path, *, chaos: bool, seed: int = 7) -> list[str]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    now = datetime.now(UTC)
    with FeedServer() as feeds, FakeSlack() as slack:
        config = tmp_path / "bot.toml"
        config.write_text(
            '[bot]\npoll_interval = "30s"\nallow_private_feeds = true\n'
            f'[[feeds]]\nurl = "{feeds.base}/feed.xml"\n'
            '[[truces]]\nname = "Aleppo"\ntimezone = "Asia/Damascus"\nchannels = ["#syria"]\n'
        )
        state = tmp_path / "state.db"
        items = [report(i, now) for i in range(1, ITERATIONS + 1)]
        if chaos:  # the feed grows by one report per iteration; each run dies at a random point
            for i in range(1, ITERATIONS + 1):
                feeds.routes["/feed.xml"] = (200, rss(*items[:i]))
                proc = start(config, state, slack)
                time.sleep(rng.uniform(0.2, 2.5))  # start-up, poll, commit or post
                proc.send_signal(signal.SIGKILL)
                proc.wait(10)
        feeds.routes["/feed.xml"] = (200, rss(*items))
        started = datetime.now(UTC)
        final = start(config, state, slack)
        wait_until_running(state, started, final)  # a SIGTERM before start-up ends is fatal, by design
        wait_for_posts(slack, ITERATIONS, final)
        time.sleep(1.0)  # room for a wrongful double to show up
        final.send_signal(signal.SIGTERM)
        assert final.wait(15) == 0
        return posted_keys(slack)


@pytest.mark.timeout(600)
def test_kill_9_at_random_points_loses_and_doubles_nothing(tmp_path):
    clean = run_story(tmp_path / "clean", chaos=False)
    chaotic = run_story(tmp_path / "chaos", chaos=True)
    assert len(clean) == ITERATIONS and len(set(clean)) == ITERATIONS and None not in clean
    assert sorted(chaotic) == sorted(clean), "the chaos run lost or doubled alerts"
