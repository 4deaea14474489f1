"""Extraction throughput vs feedparser on the same items.

Builds ~2 KB items from the corpus summaries (title + summary, repeated to length), then
measures (median of repeats, one core) ``extract`` items/s and feedparser.parse of the
same items as one RSS document (io.BytesIO). Prints both and the ratio
(extract time per item / feedparser time per item; <= 1.0 means extraction is not slower).

    .venv/bin/python -m benchmarks.bench_extract [CASES.jsonl]
"""

from __future__ import annotations

import io
import json
import statistics
import sys
import time
from pathlib import Path
from xml.sax.saxutils import escape

import feedparser

from bot.extract import extract
from bot.extract.cases import case_to_item

DEFAULT = Path(__file__).resolve().parents[2] / "shared/corpus/truce-news/cases.jsonl"
TARGET = 2000


def build(path: Path):
    """[(FeedItem, specs)] of ~2 KB each, and the RSS bytes holding the same items."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        summary = case["summary"]
        while len(summary) < TARGET - len(case["title"]):
            summary = summary + " " + case["summary"]
        case = dict(case, summary=summary[: TARGET - len(case["title"])])
        items.append(case_to_item(case))
    rss = ["<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>bench</title>"]
    for item, _ in items:
        pub = item.published.strftime("%a, %d %b %Y %H:%M:%S +0000") if item.published else ""
        rss.append(
            f"<item><title>{escape(item.title)}</title><guid>{escape(item.key)}</guid>"
            f"<pubDate>{pub}</pubDate><description>{escape(item.summary)}</description></item>"
        )
    rss.append("</channel></rss>")
    return items, "".join(rss).encode("utf-8")


def _time(fn, repeats: int) -> float:
    runs = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    path = Path(argv[0]) if argv else DEFAULT
    items, body = build(path)
    n = len(items)

    def run_extract() -> None:
        for item, specs in items:
            extract(item, specs)

    def run_feedparser() -> None:
        parsed = feedparser.parse(io.BytesIO(body))
        assert len(parsed.entries) == n

    run_extract()  # warm caches (compiled alias patterns), as a long-running service has
    t_ex = _time(run_extract, 7)
    t_fp = _time(run_feedparser, 7)
    avg = sum(len(i.title) + len(i.summary) for i, _ in items) / n
    print(f"items: {n} of ~{avg:.0f} chars")
    print(f"extract:    {n / t_ex:8.0f} items/s ({t_ex / n * 1e6:.0f} us/item)")
    print(f"feedparser: {n / t_fp:8.0f} items/s ({t_fp / n * 1e6:.0f} us/item)")
    print(f"ratio (extract time / feedparser time): {t_ex / t_fp:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
