"""Shared helpers for the benchmarks: rows, statistics, the machine, the corpus, configs."""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared/corpus/truce-news/cases.jsonl"


@dataclass
class Row:
    """One line of the results table: a figure beside a baseline measured in the same run.

    ``ratio`` is value / baseline (for times: how many times the baseline's time; for rates:
    how many times the baseline's rate). ``target`` is the issue's goal as text and ``ok``
    whether the value meets it (None where there is no target).
    """

    section: str
    metric: str
    value: float
    unit: str
    baseline: float | None = None
    baseline_name: str = ""
    target: str = ""
    ok: bool | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0) or self.value is None:
            return None
        return self.value / self.baseline

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": self.ratio}


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100), linear between closest ranks."""
    data = sorted(values)
    if not data:
        raise ValueError("no values")
    if len(data) == 1:
        return data[0]
    k = (len(data) - 1) * q / 100.0
    lo = int(k)
    hi = min(lo + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (k - lo)


def growth_exponent(ns: Sequence[int], times: Sequence[float]) -> float | None:
    """Slope of log(time) against log(n) between the smallest and largest n (1 = linear)."""
    import math

    pairs = [(n, t) for n, t in zip(ns, times, strict=True) if n > 0 and t > 0]
    if len(pairs) < 2:
        return None
    (n0, t0), (n1, t1) = pairs[0], pairs[-1]
    if n1 == n0:
        return None
    return math.log(t1 / t0) / math.log(n1 / n0)


def machine() -> dict[str, Any]:
    """nproc, CPU model, Python and SQLite versions, OS, memory."""
    import sqlite3

    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "affinity": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "cpu": cpu or "unknown",
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "sqlite": sqlite3.sqlite_version,
        "os": f"{platform.system()} {platform.release()}",
        "mem_gib": mem,
    }


def load_cases(path: Path = CORPUS) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


_FALLBACK_TRUCES = [
    {"name": "Aleppo", "aliases": ["Aleppo province"], "timezone": "Asia/Damascus"},
    {"name": "Gaza", "aliases": ["Gaza Strip"], "timezone": "Asia/Gaza"},
]


def corpus_truces(cases: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Every truce the corpus tracks, once, with aliases unique across truces (as config
    demands): what a bot reading that news would be configured with."""
    cases = load_cases() if cases is None else cases
    out: dict[str, dict[str, Any]] = {}
    owner: set[str] = set()
    for case in cases:
        for t in case.get("tracked") or []:
            name = t.get("name")
            if not name or name in out or name.casefold() in owner:
                continue
            aliases = []
            for alias in t.get("aliases") or []:
                fold = alias.casefold()
                if fold not in owner and fold != name.casefold() and alias not in aliases:
                    aliases.append(alias)
            owner.add(name.casefold())
            owner.update(a.casefold() for a in aliases)
            out[name] = {"name": name, "aliases": aliases, "timezone": t.get("timezone") or "UTC"}
    return list(out.values()) or list(_FALLBACK_TRUCES)


def write_config(
    path: Path,
    feed_urls: Sequence[str],
    truces: Sequence[dict[str, Any]],
    *,
    poll_interval: str | None = None,
    warn_before: Sequence[str] | None = None,
) -> Path:
    """A bot.toml with *feed_urls* (loopback allowed) and *truces*."""
    lines = ["[bot]", "allow_private_feeds = true"]
    if poll_interval:
        lines.append(f'poll_interval = "{poll_interval}"')
    if warn_before is not None:
        lines.append(f"warn_before = {json.dumps(list(warn_before))}")
    for url in feed_urls:
        lines += ["[[feeds]]", f"url = {json.dumps(url)}"]
    for t in truces:
        lines += [
            "[[truces]]",
            f"name = {json.dumps(t['name'])}",
            f"aliases = {json.dumps(list(t.get('aliases') or []))}",
            f"timezone = {json.dumps(t.get('timezone') or 'UTC')}",
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def mib(n_bytes: float) -> float:
    return n_bytes / (1024 * 1024)


def rss_bytes(pid: int | str = "self") -> int:
    """Resident set size of a process now (Linux /proc; 0 where unavailable)."""
    try:
        fields = Path(f"/proc/{pid}/statm").read_text().split()
        return int(fields[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


class RssPeak:
    """Samples this process's RSS every *interval* s in a thread: ``peak - start`` bytes is
    the memory a block of code needed beyond what the process already held."""

    def __init__(self, interval: float = 0.005) -> None:
        import threading

        self.interval = interval
        self.start = self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.peak = max(self.peak, rss_bytes())

    def __enter__(self) -> RssPeak:
        self.start = self.peak = rss_bytes()
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, rss_bytes())

    @property
    def growth(self) -> int:
        return self.peak - self.start
