"""The pure core imports nothing from the edges (STYLE.md: pure core, thin edges)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parent.parent / "bot"
PURE = ["models.py", "clock.py", "truces.py", "messages.py", "commands.py", "extract"]
EDGE_LIBRARIES = {"sqlite_utils", "sqlite3", "slack_sdk", "slack_bolt", "feedparser", "httpx",
                  "apscheduler", "requests", "socket", "http", "waitress"}
EDGE_SUBMODULES = {"urllib.request"}  # urllib.parse is string work, fine in the core
EDGE_MODULES = {"bot.feeds", "bot.store", "bot.slack", "bot.outbox", "bot.scheduler", "bot.app",
                "bot.pipeline", "bot.cli", "bot.web", "bot.demo", "bot.config"}


def _files(entry: str) -> list[Path]:
    path = BOT / entry
    return sorted(path.rglob("*.py")) if path.is_dir() else [path]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", [p for e in PURE for p in _files(e)], ids=lambda p: str(p.relative_to(BOT)))
def test_pure_module_imports_no_edge(path):
    bad = {
        name for name in _imports(path)
        if name.split(".")[0] in EDGE_LIBRARIES or name in EDGE_SUBMODULES or any(name == m or name.startswith(m + ".") for m in EDGE_MODULES)
    }
    assert not bad, f"{path.name} is pure but imports {sorted(bad)}"


@pytest.mark.parametrize(
    "path", [p for e in PURE if e != "clock.py" for p in _files(e)], ids=lambda p: str(p.relative_to(BOT))
)
def test_pure_module_never_reads_the_wall_clock(path):
    source = path.read_text()
    for call in ("datetime.now(", "datetime.utcnow(", "time.time(", "date.today("):
        assert call not in source, f"{path.name} calls {call}: take `now` as an argument"


def test_only_feeds_imports_feedparser_and_httpx():
    for path in BOT.rglob("*.py"):
        if path.name in ("feeds.py",):
            continue
        found = {n.split(".")[0] for n in _imports(path)} & {"feedparser"}
        assert not found, f"{path.relative_to(BOT)} imports {found}; only feeds.py may"
