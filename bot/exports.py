"""Exports: the deadlines as an iCalendar feed, truces and events as CSV or JSON. Pure.

Every function takes the truce states (``Store.truces()``), the configured specs, the events
(``Event`` objects, oldest first) and ``now``, and returns text; nothing here reads a file,
the database or the clock. ``bot.cli`` (``truce-bot export``) and ``bot.web``
(``GET /calendar.ics``) are the edges.

**iCalendar (RFC 5545).** One VEVENT per deadline ever reported for a truce. The UID is stable
per truce and deadline, so a calendar that subscribes sees a moved deadline as the old event
cancelled (``STATUS:CANCELLED``, ``SEQUENCE:1``) and a new one added, never as a duplicate.
The live deadline carries a VALARM per ``warn_before`` while it is still ahead. Lines end in
CRLF, are folded at 75 octets (never inside a UTF-8 character), and TEXT values escape
``\\ ; ,`` and newlines. The output depends only on the data and on whether each live deadline
is still ahead of *now*: ``DTSTAMP`` is the truce's last change, not the wall clock, so an
unchanged calendar is byte-for-byte the same (``GET /calendar.ics`` uses that for its ETag).

**CSV / JSON.** Column names follow the research datasets on ceasefires (the ETH/PRIO Civil
Conflict Ceasefire dataset: actors, class, purpose, coverage, start, end): see README
"Exports" for each column's meaning. What truce-bot does not know (actors, class, purpose)
is empty, never guessed.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot import __version__
from bot.clock import utc
from bot.messages import city_of, format_span, local_time
from bot.models import Event, Truce, TruceSpec

__all__ = [
    "to_ics",
    "to_csv",
    "to_json",
    "truce_rows",
    "event_rows",
    "TRUCE_COLUMNS",
    "EVENT_COLUMNS",
    "CSV_COLUMNS",
    "ICS_EVENT_MINUTES",
]

#: Columns of a truce record (CSV rows with ``record=truce``; JSON ``truces``).
TRUCE_COLUMNS = (
    "name", "actors", "class", "purpose", "coverage", "timezone", "start", "end",
    "deadline_utc", "deadline_local", "extensions", "violations", "status", "source_url",
)
#: Columns of an event record (CSV rows with ``record=event``; JSON ``events``).
EVENT_COLUMNS = (
    "truce", "kind", "deadline_utc", "deadline_local", "time_stated", "evidence",
    "source_url", "publisher", "published", "title",
)
#: The one CSV table: ``record`` says which kind of row; a truce row is followed by its events.
CSV_COLUMNS = (
    "record", "truce", "actors", "class", "purpose", "coverage", "timezone", "start", "end",
    "extensions", "violations", "status", "kind", "deadline_utc", "deadline_local", "time_stated",
    "evidence", "source_url", "publisher", "published", "title",
)
#: A deadline is a moment; calendars need a span, so each VEVENT lasts this long from it.
ICS_EVENT_MINUTES = 15
_PRODID = f"-//truce-bot//truce-bot {__version__}//EN"
_FOLD = 75  # octets per line, CRLF excluded (RFC 5545 3.1)
# A cell starting with one of these is a formula to a spreadsheet (CSV injection): feed text
# is untrusted, so such cells get a leading apostrophe.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


# ------------------------------------------------------------------------- shared helpers


def _iso_utc(value: datetime | None) -> str:
    return utc(value).strftime("%Y-%m-%dT%H:%M:%SZ") if value else ""


def _iso_local(value: datetime | None, timezone: str) -> str:
    if value is None:
        return ""
    try:
        zone = ZoneInfo(timezone or "UTC")
    except (ValueError, KeyError, OSError):
        zone = ZoneInfo("UTC")
    return utc(value).astimezone(zone).isoformat(timespec="seconds")


@dataclass(frozen=True)
class _Entry:
    """One truce with what the exports need: its state, its spec (if configured), its events."""

    truce: Truce
    spec: TruceSpec | None
    events: tuple[Event, ...]

    @property
    def timezone(self) -> str:
        return self.spec.timezone if self.spec else self.truce.timezone


def _entries(truces: Iterable[Truce], specs: Sequence[TruceSpec], events: Iterable[Event]) -> list[_Entry]:
    """Configured truces first (config order), then any the store knows that config dropped."""
    by_name = {t.name: t for t in truces}
    grouped: dict[str, list[Event]] = {}
    for event in events:
        grouped.setdefault(event.truce, []).append(event)
    out: list[_Entry] = []
    seen: set[str] = set()
    for spec in specs:
        if spec.name in seen:
            continue
        seen.add(spec.name)
        truce = by_name.get(spec.name) or Truce(name=spec.name, timezone=spec.timezone)
        out.append(_Entry(truce, spec, tuple(grouped.get(spec.name, ()))))
    for name in sorted(set(by_name) - seen):
        out.append(_Entry(by_name[name], None, tuple(grouped.get(name, ()))))
    return out


def _extensions(events: Sequence[Event]) -> int:
    """How many times the truce was extended: distinct new deadlines of ``extended`` events
    (several sources for one extension count once; one without a deadline counts per report)."""
    dated = {utc(e.deadline) for e in events if e.kind == "extended" and e.deadline is not None}
    undated = {(e.source.item_key if e.source else e.evidence) for e in events
               if e.kind == "extended" and e.deadline is None}
    return len(dated) + len(undated)


# ------------------------------------------------------------------------- CSV / JSON


def truce_rows(
    truces: Iterable[Truce], specs: Sequence[TruceSpec], events: Iterable[Event], now: datetime
) -> list[dict[str, Any]]:
    """One record per truce (``TRUCE_COLUMNS``); lists stay lists (JSON shape)."""
    rows = []
    for entry in _entries(truces, specs, events):
        t, tz = entry.truce, entry.timezone
        rows.append({
            "name": t.name,
            "actors": [],  # not coded by truce-bot
            "class": None,
            "purpose": None,
            "coverage": list(entry.spec.aliases) if entry.spec else [],
            "timezone": tz,
            "start": _iso_utc(t.declared_at) or None,
            "end": _iso_utc(t.ended_at) if t.status in ("expired", "collapsed") and t.ended_at else None,
            "deadline_utc": _iso_utc(t.deadline) or None,
            "deadline_local": _iso_local(t.deadline, tz) or None,
            "extensions": _extensions(entry.events),
            "violations": sum(1 for e in entry.events if e.kind == "violation"),
            "status": t.status,
            "source_url": t.last_source.link if t.last_source and t.last_source.link else None,
        })
    return rows


def event_rows(
    truces: Iterable[Truce], specs: Sequence[TruceSpec], events: Iterable[Event], now: datetime
) -> list[dict[str, Any]]:
    """One record per event (``EVENT_COLUMNS``), grouped by truce in truce order, each
    truce's events in the order given (oldest first)."""
    rows = []
    for entry in _entries(truces, specs, events):
        for e in entry.events:
            src = e.source
            rows.append({
                "truce": e.truce,
                "kind": e.kind,
                "deadline_utc": _iso_utc(e.deadline) or None,
                "deadline_local": _iso_local(e.deadline, entry.timezone) or None,
                "time_stated": e.time_stated if e.deadline is not None else None,
                "evidence": e.evidence,
                "source_url": src.link if src else None,
                "publisher": src.publisher if src else None,
                "published": _iso_utc(src.published) if src and src.published else None,
                "title": src.title if src else None,
            })
    return rows


def to_json(
    truces: Iterable[Truce], specs: Sequence[TruceSpec], events: Iterable[Event], now: datetime
) -> str:
    """``{"generated_at", "generator", "truces": [...], "events": [...]}`` as pretty UTF-8 JSON
    text ending in a newline. Unknown values are ``null`` (``actors``: ``[]``)."""
    truces, events = list(truces), list(events)
    document = {
        "generated_at": _iso_utc(now),
        "generator": f"truce-bot {__version__}",
        "truces": truce_rows(truces, specs, events, now),
        "events": event_rows(truces, specs, events, now),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def to_csv(
    truces: Iterable[Truce], specs: Sequence[TruceSpec], events: Iterable[Event], now: datetime
) -> str:
    """One RFC 4180 table (CRLF line ends, header first, ``CSV_COLUMNS``): each truce row
    (``record=truce``) followed by its event rows (``record=event``). Lists are joined with
    ``"; "``; unknown values are empty; feed text that a spreadsheet would run as a formula
    (starting with ``= + - @``) is prefixed with an apostrophe."""
    truces, events = list(truces), list(events)
    by_truce: dict[str, list[dict[str, Any]]] = {}
    for row in event_rows(truces, specs, events, now):
        by_truce.setdefault(row["truce"], []).append(row)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n", extrasaction="ignore")
    writer.writeheader()
    for t in truce_rows(truces, specs, events, now):
        row = {**t, "record": "truce", "truce": t["name"]}
        writer.writerow(_csv_cells(row))
        for e in by_truce.get(t["name"], []):
            writer.writerow(_csv_cells({**e, "record": "event"}))
    return out.getvalue()


def _csv_cells(row: dict[str, Any]) -> dict[str, str]:
    cells = {}
    for key, value in row.items():
        if value is None:
            text = ""
        elif isinstance(value, bool):
            text = "true" if value else "false"
        elif isinstance(value, list | tuple):
            text = "; ".join(str(v) for v in value)
        else:
            text = str(value)
        if text.startswith(_FORMULA_START):
            text = "'" + text
        cells[key] = text
    return cells


# ------------------------------------------------------------------------- iCalendar


def to_ics(
    truces: Iterable[Truce],
    specs: Sequence[TruceSpec],
    events: Iterable[Event],
    now: datetime,
    *,
    warn_before: Sequence[float] = (),
    name: str = "truce-bot deadlines",
) -> str:
    """The deadlines as an RFC 5545 VCALENDAR (text with CRLF line ends).

    A VEVENT per distinct deadline of each truce (from its events and its state), at the
    deadline in UTC, lasting ``ICS_EVENT_MINUTES``; SUMMARY "Aleppo truce ends"; DESCRIPTION
    with the local time, the status, and every report of that deadline (evidence, publisher,
    link). The deadline the truce holds now is CONFIRMED (TENTATIVE when the report gave no
    time of day) and, while it is ahead of *now* and the truce is not over, has a VALARM at
    each *warn_before* (seconds). Superseded deadlines, and the deadline of a collapsed truce,
    are CANCELLED.
    """
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{_PRODID}",
        "CALSCALE:GREGORIAN",
        f"NAME:{_text(name)}",
        f"X-WR-CALNAME:{_text(name)}",
        "X-WR-CALDESC:" + _text("Ceasefire deadlines tracked by truce-bot, from the news."),
        "REFRESH-INTERVAL;VALUE=DURATION:PT15M",
        "X-PUBLISHED-TTL:PT15M",
    ]
    for entry in _entries(truces, specs, events):
        lines += _vevents(entry, utc(now), warn_before)
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _vevents(entry: _Entry, now: datetime, warn_before: Sequence[float]) -> list[str]:
    truce, tz = entry.truce, entry.timezone
    reports: dict[datetime, list[Event]] = {}
    for e in entry.events:
        if e.deadline is not None:
            reports.setdefault(utc(e.deadline), []).append(e)
    live = utc(truce.deadline) if truce.deadline is not None else None
    if live is not None:
        reports.setdefault(live, [])
    stamp = _ics_time(truce.updated_at or truce.declared_at or now)
    out: list[str] = []
    for deadline in sorted(reports):
        is_live = deadline == live and truce.status != "collapsed"
        time_stated = truce.time_stated if deadline == live else all(e.time_stated for e in reports[deadline])
        if is_live:
            status = "CONFIRMED" if time_stated else "TENTATIVE"
        else:
            status = "CANCELLED"
        summary = f"{truce.name} truce ends"
        if not is_live:
            summary += " (collapsed before)" if deadline == live else " (superseded)"
        place = city_of(tz)
        when = local_time(deadline, tz) + ("" if place == "UTC" else f" {place} time")
        lines = [f"Ends {when} ({deadline:%H:%M} UTC)."]
        if not time_stated:
            lines.append("No time of day was reported: the end of that day is assumed.")
        if is_live:
            lines.append(f"Status: {truce.status}.")
        elif deadline == live:
            lines.append("The truce collapsed before this deadline.")
        elif live is not None:
            lines.append(f"Superseded: the deadline now known is {local_time(live, tz)}"
                         + ("" if place == "UTC" else f" {place} time") + f" ({live:%Y-%m-%d %H:%M} UTC).")
        else:
            lines.append("No longer the deadline the truce is believed to have.")
        sources = reports[deadline]
        if sources:
            lines.append(f"Reported by {len(sources)} source{'s' if len(sources) != 1 else ''}:")
        for e in sources:
            lines.append(f"- {e.kind}: \u201c{_clean(e.evidence)}\u201d")
            if e.source is not None:
                src = e.source
                label = _clean(src.publisher or "") or "source"
                published = f", published {src.published:%Y-%m-%d %H:%M} UTC" if src.published else ""
                lines.append(f"  {label}{published}" + (f" {_clean(src.link)}" if src.link else ""))
        link = next((e.source.link for e in sources if e.source and e.source.link), None)
        if link is None and deadline == live and truce.last_source and truce.last_source.link:
            link = truce.last_source.link
        vevent = [
            "BEGIN:VEVENT",
            f"UID:{_uid(truce.name, deadline)}",
            f"DTSTAMP:{stamp}",
            f"LAST-MODIFIED:{stamp}",
            f"DTSTART:{_ics_time(deadline)}",
            f"DTEND:{_ics_time(deadline + timedelta(minutes=ICS_EVENT_MINUTES))}",
            f"SEQUENCE:{0 if is_live else 1}",
            f"STATUS:{status}",
            "TRANSP:TRANSPARENT",
            f"SUMMARY:{_text(summary)}",
            f"DESCRIPTION:{_text(chr(10).join(lines))}",
            f"CATEGORIES:{_text('ceasefire')},{_text(truce.name)}",
        ]
        if entry.spec and entry.spec.aliases:
            vevent.append(f"LOCATION:{_text(', '.join(entry.spec.aliases))}")
        if link and link.startswith(("http://", "https://")):
            vevent.append(f"URL:{_uri(link)}")
        if is_live and deadline > now and truce.status not in ("expired", "collapsed"):
            for before in sorted(set(warn_before), reverse=True):
                if before <= 0:
                    continue
                vevent += [
                    "BEGIN:VALARM",
                    "ACTION:DISPLAY",
                    f"TRIGGER;RELATED=START:-{_duration(before)}",
                    f"DESCRIPTION:{_text(f'{truce.name} truce ends in {format_span(before)}')}",
                    "END:VALARM",
                ]
        vevent.append("END:VEVENT")
        out += vevent
    return out


def _uid(name: str, deadline: datetime) -> str:
    """Stable per truce and deadline: readable slug + a hash of the exact name (slugs collide)."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    slug = "-".join("".join(c if c.isalnum() else " " for c in folded).split()) or "truce"
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]
    return f"{slug}-{digest}-{_ics_time(deadline)}@truce-bot"


def _ics_time(value: datetime) -> str:
    return utc(value).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _duration(seconds: float) -> str:
    """RFC 5545 DURATION: ``PT6H``, ``PT1H30M``, ``P2D``, ``PT90S``."""
    total = int(round(seconds))
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    out = "P" + (f"{days}D" if days else "")
    clock = (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "") + (f"{secs}S" if secs else "")
    return out + ("T" + clock if clock else ("" if days else "T0S"))


def _clean(value: str) -> str:
    """Feed text on one line: control characters dropped, whitespace runs collapsed."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in value).split())


def _text(value: str) -> str:
    """RFC 5545 TEXT escaping: backslash, semicolon, comma; newlines as ``\\n``; other
    control characters (not allowed in TEXT) dropped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = "".join(ch for ch in value if ch == "\n" or ch == "\t" or unicodedata.category(ch) != "Cc")
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n"))


def _uri(value: str) -> str:
    """A URI value: no escaping in RFC 5545, so characters that would break the line go."""
    return "".join(ch for ch in value if ch.isprintable() and not ch.isspace())


def _fold(line: str) -> str:
    """Fold *line* so no physical line exceeds 75 octets (CRLF excluded); continuation lines
    start with one space. Never splits a UTF-8 sequence."""
    if len(line.encode("utf-8")) <= _FOLD:
        return line
    parts: list[str] = []
    current, size, limit = [], 0, _FOLD
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, _FOLD - 1  # the leading space counts
        current.append(ch)
        size += n
    parts.append("".join(current))
    return "\r\n ".join(parts)
