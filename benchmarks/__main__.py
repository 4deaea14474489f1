"""``make bench``: every benchmark, one table, results also in benchmarks/last-run.json.

Each figure is a median (or percentile) over repeats, printed beside a baseline measured in
the same run, with ratio = value / baseline. Sections (issue 8): extraction, poll cycle,
slash command, timeliness, footprint.

    .venv/bin/python -m benchmarks [--quick] [--only poll slash ...] [--json PATH]

``--quick`` runs small sizes in about a minute (a smoke run, not the published numbers).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import subprocess
import sys
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks._common import ROOT, Row, machine

SECTIONS = ("extract", "poll", "slash", "timeliness", "footprint")
DEFAULT_JSON = Path(__file__).resolve().parent / "last-run.json"


def _log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# ------------------------------------------------------------------ sections


_BLOCK = re.compile(
    r"^(?P<name>\S[^\n]*):\s*\n(?:[ \t]*items:\s+(?P<items>\d+) of ~(?P<chars>\d+) chars\s*\n)?"
    r"[ \t]*extract:\s+(?P<extract>[\d.]+)\s+items/s[^\n]*\n[ \t]*feedparser:\s+(?P<feedparser>[\d.]+)\s+items/s",
    re.MULTILINE,
)
_FLAT = re.compile(r"^\s*(extract|feedparser):\s+([\d.]+)\s+items/s", re.MULTILINE)
_ITEMS = re.compile(r"^\s*items:\s+(\d+) of ~(\d+) chars", re.MULTILINE)


def parse_extract_output(text: str) -> list[dict[str, Any]]:
    """Every measurement bench_extract printed: [{"name", "extract", "feedparser" (items/s),
    "items", "chars"}]. Understands its block format ("NAME:" then indented lines) and the
    older flat one."""
    out = [
        {"name": m["name"].strip(), "extract": float(m["extract"]), "feedparser": float(m["feedparser"]),
         "items": int(m["items"]) if m["items"] else None, "chars": int(m["chars"]) if m["chars"] else None}
        for m in _BLOCK.finditer(text)
    ]
    if out:
        return out
    rates = dict(_FLAT.findall(text))
    if "extract" not in rates or "feedparser" not in rates:
        raise ValueError(f"unexpected bench_extract output: {text[-500:]!r}")
    m = _ITEMS.search(text)
    return [{"name": "corpus", "extract": float(rates["extract"]), "feedparser": float(rates["feedparser"]),
             "items": int(m.group(1)) if m else None, "chars": int(m.group(2)) if m else None}]


def _extract_measurements(quick: bool) -> list[dict[str, Any]]:
    """bench_extract's own ``load``/``feed_mix``/``measure`` when it has them (the 2 KB items
    the issue names first); else its ``main`` (output parsed); else it as a subprocess."""
    from benchmarks import bench_extract as be

    rounds = 3 if quick else 7
    try:
        path = be.DEFAULT
        corpus = be.load(path)
        sets = [("corpus padded to ~2 KB", be.load(path, getattr(be, "PAD", 2000))),
                ("corpus items as they are", corpus)]
        if hasattr(be, "feed_mix"):
            sets.append(("realistic feed mix, 1 truce item in 10", be.feed_mix(corpus)))
        out = []
        for name, items in sets:
            t_ex, t_fp = be.measure(items, rounds)
            chars = sum(len(i.title) + len(i.summary) for i, _ in items) / len(items)
            out.append({"name": name, "extract": 1 / t_ex, "feedparser": 1 / t_fp, "items": len(items),
                        "chars": round(chars)})
        return out
    except (AttributeError, TypeError, ValueError):  # its interface changed
        pass
    try:
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            be.main([])
        return parse_extract_output(buffer.getvalue())
    except Exception:
        text = subprocess.run([sys.executable, "-m", "benchmarks.bench_extract"], cwd=ROOT, capture_output=True,
                              text=True, timeout=600, check=True).stdout
        return parse_extract_output(text)


def section_extract(quick: bool) -> dict[str, Any]:
    measurements = _extract_measurements(quick)
    rows = []
    for i, m in enumerate(measurements):
        headline = i == 0
        note = f"{m['items']} items of ~{m['chars']} chars" if m.get("items") else ""
        rows.append(Row("extract", f"extraction rate, one core: {m['name']}", m["extract"], "items/s",
                        m["feedparser"], "feedparser.parse of the same items",
                        "≥ 3000 items/s" if headline else "", (m["extract"] >= 3000) if headline else None, note))
        _log(f"  extract ({m['name']}): {m['extract']:.0f} items/s vs feedparser {m['feedparser']:.0f} items/s")
    return {"rows": rows, "detail": {"measurements": measurements}}


def section_poll(quick: bool) -> dict[str, Any]:
    from benchmarks import bench_poll

    if quick:
        return bench_poll.run((100, 300), 1, phases=False, log=_log)
    return bench_poll.run((100, 500, 1000), 3, phases=True, log=_log)


def section_slash(quick: bool) -> dict[str, Any]:
    from benchmarks import bench_slash

    if quick:
        return bench_slash.run(1000, 100_000, 100, log=_log)
    return bench_slash.run(1000, 1_000_000, 300, log=_log)


def section_timeliness(quick: bool) -> dict[str, Any]:
    from benchmarks import bench_timeliness

    if quick:
        return bench_timeliness.run(20, 0.25, log=_log)
    return bench_timeliness.run(100, 1.0, log=_log)


def section_footprint(quick: bool, slash_db: Path | None) -> dict[str, Any]:
    from benchmarks import bench_footprint

    return bench_footprint.run(slash_db=slash_db, settle=2.0 if quick else 5.0, log=_log)


# ------------------------------------------------------------------ the table


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    if unit == "items/s" or abs(value) >= 100:
        text = f"{value:,.0f}"
    elif abs(value) >= 10:
        text = f"{value:.1f}"
    elif abs(value) >= 0.1:
        text = f"{value:.2f}"
    elif value == 0:
        text = "0"
    else:
        text = f"{value:.3g}"
    return f"{text} {unit}".strip()


def table(rows: list[Row]) -> str:
    """The results as one Markdown table (also readable in a terminal)."""
    head = ["section", "measure", "value", "baseline (same run)", "ratio", "target", "met"]
    lines = []
    for r in rows:
        base = f"{_fmt(r.baseline, r.unit)} {r.baseline_name}".strip() if r.baseline is not None else "—"
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "—"
        met = {True: "yes", False: "**NO**", None: ""}[r.ok]
        metric = r.metric + (f" ({r.note})" if r.note else "")
        lines.append([r.section, metric, _fmt(r.value, r.unit), base, ratio, r.target, met])
    widths = [max(len(str(x)) for x in col) for col in zip(head, *lines, strict=True)]
    fmt = "| " + " | ".join(f"{{:{w}}}" for w in widths) + " |"
    out = [fmt.format(*head), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [fmt.format(*line) for line in lines]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, one repeat (about a minute)")
    parser.add_argument("--only", nargs="+", choices=SECTIONS, help="run only these sections")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help=f"results file (default {DEFAULT_JSON.name})")
    args = parser.parse_args(argv)
    sections = args.only or list(SECTIONS)
    info = machine()
    print(f"machine: {info['nproc']} CPUs ({info['cpu']}), {info['mem_gib']} GiB, Python {info['python']}, "
          f"SQLite {info['sqlite']}, {info['os']}", flush=True)
    print(f"run: {'--quick' if args.quick else 'full'}, sections {', '.join(sections)}", flush=True)
    started = time.perf_counter()
    rows: list[Row] = []
    details: dict[str, Any] = {}
    errors: dict[str, str] = {}
    slash_db: Path | None = None
    for name in sections:
        _log(f"[{name}]")
        t0 = time.perf_counter()
        try:
            if name == "extract":
                result = section_extract(args.quick)
            elif name == "poll":
                result = section_poll(args.quick)
            elif name == "slash":
                result = section_slash(args.quick)
                slash_db = Path(result["detail"]["db"])
            elif name == "timeliness":
                result = section_timeliness(args.quick)
            else:
                result = section_footprint(args.quick, slash_db)
        except Exception as exc:
            errors[name] = f"{type(exc).__name__}: {exc}"
            _log(traceback.format_exc())
            continue
        rows += result["rows"]
        details[name] = {**result["detail"], "seconds": round(time.perf_counter() - t0, 1)}
    total = time.perf_counter() - started
    print()
    print(table(rows))
    print()
    print("ratio = value / baseline. Medians over repeats; latencies as percentiles over requests.")
    for name, error in errors.items():
        print(f"FAILED {name}: {error}")
    print(f"total {total:.0f} s; results in {args.json}")
    record = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": args.quick,
        "machine": info,
        "seconds": round(total, 1),
        "rows": [r.to_json() for r in rows],
        "errors": errors,
        "detail": details,
    }
    args.json.write_text(json.dumps(record, indent=1, default=str) + "\n", encoding="utf-8")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
