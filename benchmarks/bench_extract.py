"""Extraction throughput vs feedparser on the same items (issue 3: ratio <= 1.0).

Three measurements, each comparing ``extract`` over a list of items with
``feedparser.parse`` of the *same* items as one RSS document (io.BytesIO), in one process,
in interleaved rounds (extract, parse, extract, parse, ...) so that machine noise hits both
alike; each figure is the median of the rounds. The ratio is extract time per item over
feedparser time per item: <= 1.0 means extraction is not slower than parsing the feed.

1. **corpus** (the headline): the corpus cases as they are (title + summary, 300-2500
   chars), each with its own tracked truces.
2. **corpus, 2 KB**: the same items padded to ~2 KB by repeating the summary (every
   sentence truce-heavy: a worst case).
3. **realistic feed mix**: one corpus item in ten; the other nine are news items without
   truce vocabulary (built from the corpus's own background sentences), and every item is
   read against one tracked set (all the corpus's truces), as a feed poll does.

    .venv/bin/python -m benchmarks.bench_extract [CASES.jsonl] [--rounds N]
"""

from __future__ import annotations

import io
import json
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

import feedparser

from bot.extract import extract
from bot.extract.cases import case_to_item
from bot.extract.mentions import has_truce_words
from bot.extract.text import fold, sentences
from bot.models import FeedItem, TruceSpec

DEFAULT = Path(__file__).resolve().parents[2] / "shared/corpus/truce-news/cases.jsonl"
PAD = 2000

Items = list[tuple[FeedItem, Sequence[TruceSpec]]]


def load(path: Path, pad: int = 0) -> Items:
    """[(FeedItem, specs)] of the cases, summaries optionally repeated to ``pad`` chars."""
    items: Items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        summary = case["summary"]
        while pad and len(summary) < pad - len(case["title"]):
            summary = summary + " " + case["summary"]
        if pad:
            summary = summary[: pad - len(case["title"])]
        items.append(case_to_item(dict(case, summary=summary)))
    return items


def feed_mix(items: Items, every: int = 10) -> Items:
    """One corpus item in ``every``; the rest quiet news built from sentences that name no
    truce; all read against the union of the tracked truces."""
    specs: dict[str, TruceSpec] = {}
    for _, ss in items:
        for s in ss:
            specs.setdefault(s.name, s)
    tracked = tuple(specs.values())
    quiet = []
    for item, _ in items:
        low = fold(item.summary)
        quiet += [s.raw for s in sentences(item.summary, low) if not has_truce_words(s.low) and len(s.raw) > 60]
    out: Items = []
    q = 0
    for n, (item, _) in enumerate(items):
        out.append((item, tracked))
        for k in range(every - 1):
            body = []
            while sum(map(len, body)) < 700:
                body.append(quiet[q % len(quiet)])
                q += 7  # stride through the pool so neighbouring items differ
            out.append((FeedItem(key=f"quiet-{n}-{k}", title=quiet[(q + 3) % len(quiet)][:80],
                                 summary=" ".join(body), published=item.published), tracked))
    return out


def rss(items: Items) -> bytes:
    """The items as one RSS 2.0 document."""
    parts = ["<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>bench</title>"]
    for item, _ in items:
        pub = item.published.strftime("%a, %d %b %Y %H:%M:%S +0000") if item.published else ""
        parts.append(
            f"<item><title>{escape(item.title)}</title><guid>{escape(item.key)}</guid>"
            f"<pubDate>{pub}</pubDate><description>{escape(item.summary)}</description></item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode("utf-8")


def _once(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def measure(items: Items, rounds: int) -> tuple[float, float]:
    """(extract seconds, feedparser seconds) per item: medians of interleaved rounds."""
    body = rss(items)
    n = len(items)

    def run_extract() -> None:
        for item, specs in items:
            extract(item, specs)

    def run_feedparser() -> None:
        parsed = feedparser.parse(io.BytesIO(body))
        assert len(parsed.entries) == n

    run_extract()  # warm the per-tracked-set caches, as a long-running service has them
    run_feedparser()
    ex, fp = [], []
    for _ in range(rounds):
        ex.append(_once(run_extract))
        fp.append(_once(run_feedparser))
    return statistics.median(ex) / n, statistics.median(fp) / n


def report(name: str, items: Items, rounds: int, *, headline: bool = False) -> float:
    """Print one measurement. The headline keeps the unindented ``items:`` / ``extract:`` /
    ``feedparser:`` lines that ``benchmarks/__main__.py`` parses; the others are indented."""
    t_ex, t_fp = measure(items, rounds)
    avg = sum(len(i.title) + len(i.summary) for i, _ in items) / len(items)
    pad = "" if headline else "  "
    print(f"{name}:")
    print(f"{pad}items: {len(items)} of ~{avg:.0f} chars")
    print(f"{pad}extract:    {1 / t_ex:8.0f} items/s ({t_ex * 1e6:.0f} us/item)")
    print(f"{pad}feedparser: {1 / t_fp:8.0f} items/s ({t_fp * 1e6:.0f} us/item)")
    print(f"{pad}ratio (extract time / feedparser time): {t_ex / t_fp:.2f}")
    return t_ex / t_fp


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    rounds = 9
    if "--rounds" in argv:
        k = argv.index("--rounds")
        rounds = int(argv[k + 1])
        del argv[k: k + 2]
    path = Path(argv[0]) if argv else DEFAULT
    corpus = load(path)
    report("corpus items as they are (headline)", corpus, rounds, headline=True)
    report("corpus padded to ~2 KB (worst case)", load(path, PAD), rounds)
    report("realistic feed mix (1 truce item in 10, one tracked set)", feed_mix(corpus), rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
