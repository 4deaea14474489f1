"""The `truce-bot` command line: exit codes, one-line errors, demo, status, extract."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "config" / "demo"
SEED = ROOT / "tests" / "fixtures" / "articles" / "seed-aleppo-2016-05-09.txt"  # copy of the shared seed


def run_cli(*args: str, env: dict | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], capture_output=True, text=True, cwd=cwd,
        env={**os.environ, **(env or {})}, timeout=120,
    )


def test_broken_config_is_one_line_naming_the_key_and_exit_2(tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text('[bot]\npoll_intervall = "10m"\n[[truces]]\nname = "Aleppo"\n')
    result = run_cli("check-config", "--config", str(broken))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "poll_intervall" in result.stderr and "broken.toml" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_config_file_exit_2(tmp_path, capsys):
    assert main(["check-config", "--config", str(tmp_path / "nope.toml")]) == 2
    assert "nope.toml" in capsys.readouterr().err


def test_unknown_command_and_bad_argument_exit_2(capsys):
    assert main(["frobnicate"]) == 2
    assert main(["poll"]) == 2  # --once is required
    err = capsys.readouterr().err
    assert "frobnicate" in err and "--once" in err and "Traceback" not in err


def test_check_config_masks_secrets(capsys, monkeypatch):
    token = "xoxb-1111-2222-abcdefghijklmnop"
    monkeypatch.setenv("SLACK_BOT_TOKEN", token)
    assert main(["check-config", "--config", str(DEMO / "demo.toml")]) == 0
    out = capsys.readouterr().out
    assert token not in out and "mnop" in out and "Asia/Damascus" in out


def test_extract_cases_writes_one_json_line_per_case(tmp_path, capsys):
    text = SEED.read_text(encoding="utf-8")
    case = {
        "id": "seed", "published": "2016-05-09T14:05:00Z", "title": "", "summary": text,
        "tracked": [{"name": "Aleppo", "aliases": [], "timezone": "Asia/Damascus"}], "expected": [],
    }
    cases = tmp_path / "cases.jsonl"
    cases.write_text(json.dumps(case) + "\n" + json.dumps({**case, "id": "two"}) + "\n")
    assert main(["extract", "--cases", str(cases)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["id"] for line in lines] == ["seed", "two"]
    extended = [e for e in lines[0]["events"] if e["kind"] == "extended"]
    assert extended and extended[0]["deadline"] == "2016-05-11T21:00:00Z"
    assert set(extended[0]) == {"truce", "kind", "deadline", "evidence"}


def test_extract_bad_cases_file_exit_2(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n")
    assert main(["extract", "--cases", str(bad)]) == 2
    assert main(["extract", "--cases", str(tmp_path / "missing.jsonl")]) == 2
    err = capsys.readouterr().err
    assert "bad.jsonl" in err and "missing.jsonl" in err


def test_corrupt_database_is_one_line_exit_1(tmp_path, capsys):
    state = tmp_path / "bad.db"
    state.write_bytes(b"garbage" * 1000)
    assert main(["--state", str(state), "status", "--config", str(DEMO / "demo.toml")]) == 1
    err = capsys.readouterr().err
    assert "bad.db" in err and err.count("\n") == 1


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    state = tmp_path_factory.mktemp("demo") / "demo.db"
    result = run_cli("demo", "--state", str(state))
    return result, state


def test_demo_prints_the_seed_story(demo_run):
    result, _ = demo_run
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "extended" in out and "Wed 11 May 2016, 24:00 Damascus" in out and "21:00 UTC" in out
    assert out.count("⏰") >= 2 or out.lower().count("expires in") >= 2  # 6 h and 1 h warnings
    assert "[Wed 11 May 2016 21:00 UTC]" in out  # the expiry alert fires at the deadline itself
    assert "Eastern Ghouta" in out


def test_status_after_demo_shows_expired_truce_and_history(demo_run):
    _, state = demo_run
    result = run_cli("status", "aleppo", "--config", str(DEMO / "demo.toml"), "--state", str(state))
    assert result.returncode == 0, result.stderr
    assert "expired" in result.stdout.lower() and "21:00 UTC" in result.stdout
    listing = run_cli("status", "--config", str(DEMO / "demo.toml"), "--state", str(state))
    assert "Aleppo" in listing.stdout and "Eastern Ghouta" in listing.stdout


def test_status_unknown_name_suggests_and_exit_2(demo_run):
    _, state = demo_run
    result = run_cli("status", "alepo-x", "--config", str(DEMO / "demo.toml"), "--state", str(state))
    assert result.returncode == 2 and "Aleppo" in result.stderr


def test_status_and_export_see_truces_tracked_at_runtime(tmp_path, capsys):
    """A truce added with ``/truce track`` (a store row, not config) answers `status` and
    appears in the exports, like a configured one."""
    from datetime import UTC, datetime

    from bot.models import TruceSpec
    from bot.store import Store
    from bot.truces import new_truce

    state = tmp_path / "t.db"
    spec = TruceSpec(name="Idlib", timezone="Asia/Damascus", aliases=("Idlib province",))
    store = Store(state)
    assert store.track(spec, new_truce(spec), user="U1", now=datetime(2020, 3, 5, tzinfo=UTC))
    store.close()
    common = ["--state", str(state)]
    assert main([*common, "status", "idlib province", "--config", str(DEMO / "demo.toml")]) == 0
    assert "Idlib" in capsys.readouterr().out
    assert main([*common, "export", "--json", "--config", str(DEMO / "demo.toml")]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert "Idlib" in json.dumps(exported)
