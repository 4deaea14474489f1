"""A quick smoke run of every benchmark at tiny sizes: the harness works and its results are
well-formed and sane (positive ratios, answers found). No timing assertions."""

from __future__ import annotations

import math

import pytest

from benchmarks import __main__ as runner
from benchmarks import bench_footprint, bench_poll, bench_slash, bench_timeliness
from benchmarks._common import Row, percentile


def _sane(rows: list[Row], section: str) -> None:
    assert rows, f"{section}: no rows"
    for row in rows:
        assert isinstance(row, Row) and row.section == section
        assert row.metric and row.unit is not None
        assert math.isfinite(row.value), row
        if row.metric.startswith("growth exponent"):  # a slope: noise can make it negative at tiny N
            continue
        assert row.value >= 0, row
        if row.baseline is not None:
            assert row.baseline > 0, row
            assert row.ratio is not None and row.ratio > 0, row
        row.to_json()  # serialisable


def test_percentile_and_table() -> None:
    assert percentile([1, 2, 3, 4], 50) == 2.5
    assert percentile([5], 99) == 5
    text = runner.table([Row("x", "m", 2.0, "s", 1.0, "base", "< 3 s", True)])
    assert "2.00×" in text and "yes" in text


def test_extract_output_parsing() -> None:
    out = "items: 99 of ~2000 chars\nextract:          82 items/s (1 us/item)\nfeedparser:     2836 items/s (353 us/item)\n"
    [rates] = runner.parse_extract_output(out)
    assert rates["extract"] == 82 and rates["feedparser"] == 2836 and rates["items"] == 99
    blocks = (
        "corpus (headline):\nitems: 99 of ~874 chars\nextract:    1760 items/s (568 us/item)\n"
        "feedparser:     5400 items/s (185 us/item)\nratio: 3.10\n"
        "padded:\n  items: 99 of ~2000 chars\n  extract:         486 items/s (  2058 us/item)\n"
        "  feedparser:     1713 items/s (   584 us/item)\n"
    )
    parsed = runner.parse_extract_output(blocks)
    assert [(p["name"], p["extract"], p["chars"]) for p in parsed] == [
        ("corpus (headline)", 1760, 874), ("padded", 486, 2000)
    ]


def test_poll_smoke() -> None:
    result = bench_poll.run((10, 20), 1, phases=True, log=lambda _s: None)
    _sane(result["rows"], "poll")
    per_n = result["detail"]["per_n"]
    assert [r["n"] for r in per_n] == [10, 20]
    last = per_n[-1]
    assert last["summary"]["mixed"]["not_modified"] == 18 and last["summary"]["mixed"]["new_items"] == 40
    assert last["summary"]["all_304"]["not_modified"] == 20
    assert last["phases"]["functions"]["feeds.fetch_many"]["calls"] == 1


def test_slash_smoke() -> None:
    result = bench_slash.run(20, 2000, 15, log=lambda _s: None)
    _sane(result["rows"], "slash")
    assert result["detail"]["events_for_plan"]
    assert {"p50", "p99"} <= set(result["detail"]["http_ms"]["truce_answer"])


def test_timeliness_smoke() -> None:
    result = bench_timeliness.run(5, 0.1, lead=1.0, log=lambda _s: None)
    _sane(result["rows"], "timeliness")
    assert result["detail"]["arrived"] == 5 and result["detail"]["missing"] == 0


@pytest.mark.timeout(60)
def test_footprint_smoke() -> None:
    result = bench_footprint.run(slash_db=None, settle=0.2, log=lambda _s: None)
    _sane(result["rows"], "footprint")
    assert result["detail"]["service"]["startup_s"] > 0
    assert result["detail"]["installed"]["deps_bytes"] > 0
