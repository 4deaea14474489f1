"""`truce-bot doctor`: config, database, time zones, Slack auth.test, every feed — with fixes."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bot import doctor
from bot.cli import main
from tests.feedserver import FeedServer, rss

GOOD_TOKEN = "xoxb-1111-2222-DoctorGoodSecret"
BAD_TOKEN = "xoxb-1111-2222-DoctorBadSecret"
APP_TOKEN = "xapp-1-A1-2-DoctorAppSecret"


class FakeAuth:
    """A tiny Slack Web API: auth.test and apps.connections.open, judged by the token."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                token = (self.headers.get("Authorization") or "").removeprefix("Bearer ")
                method = self.path.rsplit("/", 1)[-1]
                owner.calls.append((method, token))
                if method == "auth.test" and token == GOOD_TOKEN:
                    body = {"ok": True, "team": "Desk", "user": "trucebot", "bot_id": "B01"}
                elif method == "apps.connections.open" and token == APP_TOKEN:
                    body = {"ok": True, "url": "wss://example.invalid/socket"}
                else:
                    body = {"ok": False, "error": "invalid_auth"}
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/api/"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def slack():
    fake = FakeAuth()
    yield fake
    fake.close()


@pytest.fixture
def feeds():
    with FeedServer() as server:
        server.routes["/ok.xml"] = (200, rss(("g1", "Aleppo truce holds", "Quiet.", datetime(2026, 1, 5, tzinfo=UTC))))
        server.routes["/page.html"] = (200, b"<!doctype html><html><body>Not a feed</body></html>")
        yield server


def write_config(tmp_path: Path, urls: list[str], *, timezone: str = "Asia/Damascus") -> Path:
    lines = ["[bot]", "allow_private_feeds = true", 'fetch_timeout = "5s"']
    for url in urls:
        lines += ["[[feeds]]", f'url = "{url}"']
    lines += ["[[truces]]", 'name = "Aleppo"', f'timezone = "{timezone}"',
              "[[truces]]", 'name = "Gaza"', 'timezone = "Asia/Gaza"']
    path = tmp_path / "bot.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


def by_check(rows):
    return {row.check: row for row in rows}


def test_all_good_is_exit_0_and_a_table(tmp_path, feeds, slack, capsys, monkeypatch):
    monkeypatch.setenv("SLACK_BOT_TOKEN", GOOD_TOKEN)
    monkeypatch.setenv("SLACK_APP_TOKEN", APP_TOKEN)
    monkeypatch.setenv("SLACK_API_URL", slack.url)
    path = write_config(tmp_path, [feeds.base + "/ok.xml"])
    assert main(["--config", str(path), "--state", str(tmp_path / "state" / "t.db"), "doctor"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split() == ["check", "result", "detail"]
    at = lines[0].index("result")
    table = {line[:at].strip(): line[at:].split()[0] for line in lines[1:-2]}
    assert table == {"config": "ok", "database": "ok", "time zones": "ok", "slack auth": "ok",
                     "slack app token": "ok", "feeds[0]": "ok"}
    assert "auth.test: team Desk as @trucebot" in out and "apps.connections.open" in out
    assert "HTTP 200" in out and "1 item(s)" in out
    assert "Asia/Damascus +02:00" in out or "Asia/Damascus +03:00" in out
    assert out.rstrip().endswith("all checks passed")
    assert GOOD_TOKEN not in out and APP_TOKEN not in out
    assert [m for m, _ in slack.calls] == ["auth.test", "apps.connections.open"]


def test_failures_each_say_what_to_fix(tmp_path, feeds, slack, capsys, monkeypatch):
    monkeypatch.setenv("SLACK_BOT_TOKEN", BAD_TOKEN)
    monkeypatch.setenv("SLACK_API_URL", slack.url)
    monkeypatch.delenv("SLACK_APP_TOKEN", raising=False)
    path = write_config(tmp_path, [feeds.base + "/ok.xml", feeds.base + "/missing.xml", feeds.base + "/page.html"])
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the state folder should be")
    assert main(["--config", str(path), "--state", str(blocker / "t.db"), "doctor"]) == 1
    out = capsys.readouterr().out
    rows = by_check(doctor.diagnose(path, {"SLACK_BOT_TOKEN": BAD_TOKEN, "SLACK_API_URL": slack.url,
                                            "TRUCE_BOT_STATE": str(blocker / "t.db")}))
    assert rows["database"].status == "FAIL" and "writable" in rows["database"].fix
    assert rows["slack auth"].status == "FAIL" and "invalid_auth" in rows["slack auth"].detail
    assert "Bot User OAuth Token" in rows["slack auth"].fix
    assert rows["feeds[0]"].status == "ok"
    assert rows["feeds[1]"].status == "FAIL" and "404" in rows["feeds[1]"].detail
    assert "moved or is gone" in rows["feeds[1]"].fix and "feeds[1].url" in rows["feeds[1]"].fix
    assert rows["feeds[2]"].status == "FAIL" and "not with RSS/Atom" in rows["feeds[2]"].fix
    assert out.count("↳ fix: ") == 4 and "4 check(s) failed" in out
    assert BAD_TOKEN not in out


def test_slack_unreachable_and_no_token(tmp_path, feeds):
    path = write_config(tmp_path, [feeds.base + "/ok.xml"])
    state = str(tmp_path / "t.db")
    down = by_check(doctor.diagnose(path, {"SLACK_BOT_TOKEN": GOOD_TOKEN, "SLACK_API_URL": "http://127.0.0.1:9/api/",
                                           "TRUCE_BOT_STATE": state}))
    assert down["slack auth"].status == "FAIL" and "cannot reach Slack" in down["slack auth"].detail
    assert "outbound HTTPS" in down["slack auth"].fix
    unset = by_check(doctor.diagnose(path, {"TRUCE_BOT_STATE": state}))
    assert unset["slack auth"].status == "skip" and doctor.ok(list(unset.values()))


def test_bad_config_is_a_failed_row_and_the_rest_still_runs(tmp_path, capsys):
    path = tmp_path / "bot.toml"
    path.write_text('[bot]\npoll_intervall = "10m"\n[[truces]]\nname = "Aleppo"\n')
    assert main(["--config", str(path), "--state", str(tmp_path / "t.db"), "doctor"]) == 1
    out = capsys.readouterr().out
    assert "poll_intervall" in out and "check-config" in out
    assert "database" in out and "Traceback" not in out


def test_private_feed_refused_by_the_fetcher_says_allow_private_feeds(tmp_path):
    """A public-looking name that resolves to loopback is refused at fetch time."""
    path = tmp_path / "bot.toml"
    path.write_text('[[feeds]]\nurl = "http://localtest.invalid/x.xml"\n[[truces]]\nname = "Aleppo"\n')

    def fetch(pairs):
        from bot.errors import FetchError

        return [(url, FetchError(f"{url}: refused: localtest.invalid resolves to loopback address 127.0.0.1"))
                for url, _ in pairs]

    rows = by_check(doctor.diagnose(path, {"TRUCE_BOT_STATE": str(tmp_path / "t.db")}, fetch_many=fetch))
    assert "allow_private_feeds" in rows["feeds[0]"].fix


def test_database_check_leaves_nothing_behind(tmp_path):
    path = write_config(tmp_path, [])
    state = tmp_path / "t.db"
    rows = by_check(doctor.diagnose(path, {"TRUCE_BOT_STATE": str(state)}))
    assert rows["database"].status == "ok" and rows["feeds"].status == "skip"
    from bot.store import Store

    store = Store(state)
    assert store.get_meta("doctor") is None
    store.close()
