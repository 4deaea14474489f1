"""LOG_FORMAT=json: one JSON object per line with structured fields; tokens never logged."""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot import logs
from tests.feedserver import FeedServer, rss

TOKEN = "xoxb-1234-5678-LogTestSecretValue"
APP_TOKEN = "xapp-1-A0-99-LogTestAppSecret"


@pytest.fixture
def json_logs():
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    stream = io.StringIO()
    logs.setup("DEBUG", "json", stream=stream)
    yield stream
    root.handlers[:], level = saved
    root.setLevel(level)


def test_json_is_one_object_per_line_with_the_extra_fields(json_logs):
    log = logging.getLogger("truce_bot.test")
    log.info("feed polled", extra={"feed_url": "https://x.example/rss", "status": 200, "new": 3})
    try:
        raise ValueError("two\nlines")
    except ValueError:
        log.exception("job failed", extra={"job": "poll:x"})
    lines = json_logs.getvalue().splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert first["message"] == "feed polled" and first["level"] == "info" and first["logger"] == "truce_bot.test"
    assert (first["feed_url"], first["status"], first["new"]) == ("https://x.example/rss", 200, 3)
    datetime.fromisoformat(first["time"])
    assert second["job"] == "poll:x" and "ValueError: two\nlines" in second["exception"]


def test_tokens_are_redacted_in_message_fields_and_tracebacks(json_logs):
    log = logging.getLogger("truce_bot.test")
    log.warning("posting with %s", TOKEN, extra={"error": f"auth failed for {APP_TOKEN}"})
    try:
        raise RuntimeError(f"Authorization: Bearer {TOKEN}")
    except RuntimeError:
        log.exception("slack failed")
    text = json_logs.getvalue()
    assert TOKEN not in text and APP_TOKEN not in text and "LogTestSecret" not in text
    assert "xoxb-***" in text and "xapp-***" in text
    assert all(json.loads(line) for line in text.splitlines())


def _config(tmp_path: Path, urls: list[str]) -> Path:
    lines = ["[bot]", "allow_private_feeds = true"]
    for url in urls:
        lines += ["[[feeds]]", f'url = "{url}"']
    lines += ["[[truces]]", 'name = "Aleppo"', 'timezone = "Asia/Damascus"']
    path = tmp_path / "bot.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_poll_once_with_log_format_json_writes_only_json_to_stderr(tmp_path):
    with FeedServer() as server:
        server.routes["/a.xml"] = (200, rss(("g1", "Aleppo truce holds", "Quiet night.", datetime(2026, 1, 5, tzinfo=UTC))))
        server.routes["/down.xml"] = (500, b"oops")
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "TRUCE_BOT_"))},
            "LOG_FORMAT": "json",
            "LOG_LEVEL": "INFO",
            "SLACK_BOT_TOKEN": TOKEN,
            "SLACK_APP_TOKEN": APP_TOKEN,
            "SLACK_API_URL": "http://127.0.0.1:9/api/",
        }
        result = subprocess.run(
            [sys.executable, "-m", "bot", "--config", str(_config(tmp_path, [server.base + "/a.xml", server.base + "/down.xml"])),
             "--state", str(tmp_path / "s.db"), "poll", "--once"],
            env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60,
        )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    events = [json.loads(line) for line in lines]  # every stderr line is one JSON object
    assert {e["message"] for e in events} >= {"feed polled", "feed failed"}
    assert any(e.get("feed_url", "").endswith("/down.xml") for e in events)
    for secret in (TOKEN, APP_TOKEN):
        assert secret not in result.stderr and secret not in result.stdout
