"""README stays true: every config key, environment variable and command is documented, and
the Quickstart commands exist (sqlite-utils' tests/test_docs.py habit)."""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import Path

import pytest

from bot import config
from bot.cli import _COMMANDS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("key", [k.name for k in config.BOT_KEYS], ids=str)
def test_every_bot_key_is_in_the_configuration_reference(key):
    assert f"`[bot].{key}`" in README


@pytest.mark.parametrize("key", [k.name for k in config.FEED_KEYS], ids=str)
def test_every_feed_key_is_documented(key):
    assert f"`[[feeds]].{key}`" in README


@pytest.mark.parametrize("key", [k.name for k in config.TRUCE_KEYS], ids=str)
def test_every_truce_key_is_documented(key):
    assert f"`[[truces]].{key}`" in README


@pytest.mark.parametrize("name", [k.name for k in config.ENV_KEYS], ids=str)
def test_every_environment_variable_is_documented(name):
    assert f"`{name}`" in README


@pytest.mark.parametrize("command", sorted(_COMMANDS), ids=str)
def test_every_command_is_documented(command):
    assert f"truce-bot {command}" in README


def test_quickstart_commands_are_make_targets():
    block = README.split("## Quickstart", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    targets = re.findall(r"^make (\S+)", block, flags=re.M)
    assert targets == ["demo", "test"]
    makefile = (ROOT / "Makefile").read_text()
    for target in targets:
        assert re.search(rf"^{target}:", makefile, flags=re.M)


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text()


@pytest.mark.parametrize("path", ["config/bot.toml", "config/demo/demo.toml"])
def test_shipped_configs_use_only_documented_keys(path):
    data = tomllib.loads((ROOT / path).read_text())
    for key in data.get("bot", {}):
        assert f"`[bot].{key}`" in README, f"{path}: [bot].{key} is not in README"


def test_gitignore_keeps_state_and_venv_out():
    ignored = subprocess.run(
        ["git", "check-ignore", ".venv/x", "state/truce-bot.db", "state/truce-bot.db-wal"],
        cwd=ROOT, capture_output=True, text=True,
    ).stdout.split()
    assert ignored == [".venv/x", "state/truce-bot.db", "state/truce-bot.db-wal"]
