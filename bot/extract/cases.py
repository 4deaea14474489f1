"""Corpus cases (../shared/corpus/truce-news format) <-> extraction.

``case_to_item`` turns one case into the FeedItem and TruceSpecs it describes;
``run_cases`` extracts every case of a JSON-lines file and yields
``{"id": ..., "events": [event.to_json(), ...]}``. A malformed line raises ValueError
naming its line number (the CLI turns that into exit status 2).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from bot.extract import extract
from bot.extract.timeexpr import UTC
from bot.models import FeedItem, TruceSpec

__all__ = ["case_to_item", "run_cases"]


def _published(value: Any) -> datetime | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"published: expected an ISO time, got {value!r}")
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as e:
        raise ValueError(f"published: expected an ISO time, got {value!r}") from e
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def case_to_item(case: dict[str, Any]) -> tuple[FeedItem, list[TruceSpec]]:
    """The item and tracked truces of one corpus case. Raises ValueError on a bad case."""
    if not isinstance(case, dict):
        raise ValueError("expected a JSON object")
    cid = case.get("id")
    if not isinstance(cid, str) or not cid:
        raise ValueError("id: expected a non-empty string")
    title = case.get("title") or ""
    summary = case.get("summary") or ""
    if not isinstance(title, str) or not isinstance(summary, str):
        raise ValueError("title/summary: expected strings")
    tracked = case.get("tracked")
    if not isinstance(tracked, list):
        raise ValueError("tracked: expected a list of {name, aliases, timezone}")
    specs: list[TruceSpec] = []
    for t in tracked:
        if not isinstance(t, dict) or not isinstance(t.get("name"), str) or not t["name"]:
            raise ValueError("tracked: each truce needs a name")
        aliases = t.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise ValueError(f"tracked {t['name']!r}: aliases must be a list of strings")
        tz = t.get("timezone") or "UTC"
        if not isinstance(tz, str):
            raise ValueError(f"tracked {t['name']!r}: timezone must be a string")
        specs.append(TruceSpec(name=t["name"], timezone=tz, aliases=tuple(aliases)))
    item = FeedItem(
        key=cid,
        title=title,
        summary=summary,
        link=case.get("source_url") if isinstance(case.get("source_url"), str) else None,
        published=_published(case.get("published")),
    )
    return item, specs


def run_cases(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Extract each case of a JSON-lines stream; blank lines are skipped.

    Raises ValueError("line N: ...") for a line that is not a valid case.
    """
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
            item, specs = case_to_item(case)
        except ValueError as e:  # json.JSONDecodeError is a ValueError
            raise ValueError(f"line {n}: {e}") from None
        yield {"id": case["id"], "events": [ev.to_json() for ev in extract(item, specs)]}
