"""Rendering: alerts, status cards and lists as Slack Block Kit plus a plain-text fallback.

Pure: no I/O, no Slack SDK, no clock — ``now`` is always an argument. Every string that came
from a feed (evidence, titles, publishers, links) goes through :func:`escape_mrkdwn` or
:func:`_link` before it reaches Slack, so no report can ping ``@channel`` or disguise a link.

Times: a deadline is shown in three clocks — the truce's local time (its IANA zone, named by
its city: ``Asia/Damascus`` -> "Damascus"), UTC, and the viewer's own time through Slack's
``<!date^EPOCH^...|fallback>`` token — plus a countdown. A local time of exactly midnight is
shown as ``24:00`` of the day before ("to midnight on Wednesday" ends *Wednesday*).

Slack limits are respected by truncating with "…" and a "(truncated)" note, never by raising:
50 blocks, 150-character headers, 3,000-character section texts, 10 fields of 2,000
characters, 10 context elements.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo

from bot.clock import parse_utc, utc
from bot.models import Alert, Event, Source, Truce, TruceSpec, source_origin
from bot.truces import deadline_verdict

__all__ = [
    "Message",
    "escape_mrkdwn",
    "render_alert",
    "render_alert_with_buttons",
    "alert_buttons",
    "render_set_modal",
    "render_digest",
    "corroboration",
    "disagreement_line",
    "render_status",
    "render_status_text",
    "render_list",
    "render_list_text",
    "format_deadline",
    "format_countdown",
    "format_span",
    "local_time",
    "city_of",
    "slack_date",
    "KIND_EMOJI",
    "STATUS_EMOJI",
    "MAX_BLOCKS",
    "MAX_HEADER",
    "MAX_SECTION",
    "MAX_FIELDS",
    "MAX_FIELD",
    "MAX_CONTEXT_ELEMENTS",
]

# Slack Block Kit limits (https://api.slack.com/reference/block-kit/blocks).
MAX_BLOCKS = 50
MAX_HEADER = 150
MAX_SECTION = 3000
MAX_FIELDS = 10
MAX_FIELD = 2000
MAX_CONTEXT_ELEMENTS = 10
MAX_CONTEXT_TEXT = 2000  # Slack allows more; our elements never need it
#: The plain ``text`` fallback: Slack truncates at 40,000 but advises staying near 4,000.
MAX_TEXT = 4000

#: Longest evidence quoted in full (raw characters); longer ones are cut with "…".
MAX_EVIDENCE = 1200
#: Longest feed-derived label (publisher, title) shown.
MAX_LABEL = 120
#: Longest URL we are willing to link (longer ones are dropped, the label stays).
MAX_URL = 1000

ELLIPSIS = "…"
TRUNCATED = "(truncated)"

KIND_EMOJI: dict[str, str] = {
    "declared": "🕊️",
    "extended": "⏩",
    "expiring": "⏳",
    "warning": "⏰",
    "expired": "⌛",
    "collapsed": "💥",
    "violation": "🔥",
    "stale": "🔇",
    "corrected": "✏️",
    "digest": "🗞️",
}

STATUS_EMOJI: dict[str, str] = {
    "active": "🕊️",
    "expired": "⌛",
    "collapsed": "💥",
    "unknown": "❔",
}

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Message:
    """A rendered message: ``text`` is the plain fallback (notifications, the console sink),
    ``blocks`` the Block Kit layout Slack shows."""

    text: str
    blocks: list[dict[str, Any]]


# ---------------------------------------------------------------------------------------------
# Escaping and links


# Control characters (C0, DEL, C1) other than newline and tab, plus bidi overrides that could
# make a quote read differently from what it says.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# With ``link_names`` Slack would turn "@channel", "@here", "@everyone" or "@someone" into a
# mention. A WORD JOINER (U+2060, invisible, no width) after the "@" stops that without
# changing what a reader sees. It goes after an "@" that starts a word, and after any "@"
# before a broadcast word wherever it stands ("x@here"); other "@"s inside a word (e-mail
# addresses) are left alone.
_AT_WORD = re.compile(r"(?<![\w@])@(?=\w)|@(?=channel|here|everyone|group)", re.IGNORECASE)
_WORD_JOINER = "\u2060"


def _clean(value: object) -> str:
    """Feed text as one tidy line: control characters dropped, whitespace runs collapsed."""
    if value is None:
        return ""
    s = value if isinstance(value, str) else str(value)
    s = _CONTROL.sub("", s)
    return " ".join(s.split())


def escape_mrkdwn(s: str) -> str:
    """Escape *s* for any Slack text field (mrkdwn or plain_text).

    ``&``, ``<`` and ``>`` become ``&amp;``, ``&lt;`` and ``&gt;`` — Slack's three control
    characters — so no ``<!channel>``, ``<!here>``, ``<@U123>``, ``<#C123>`` or
    ``<https://evil|innocent label>`` can come out of feed text. As a second guard a word
    joiner (U+2060, invisible) is put after an "@" that starts a word or precedes "channel",
    "here", "everyone" or "group", so "@channel" stays text even if a sender posts with
    ``link_names=true``; e-mail addresses are untouched. Not idempotent: escape raw text once.
    """
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _AT_WORD.sub("@" + _WORD_JOINER, s)


def _esc(value: object, limit: int) -> str:
    """Clean and escape feed text, cut to at most *limit* characters (ending in "…" when cut).

    Cuts on raw-character boundaries, so an entity such as ``&amp;`` is never split.
    """
    s = _clean(value[: limit * 4] if isinstance(value, str) else value)
    escaped = escape_mrkdwn(s)
    if len(escaped) <= limit:
        return escaped
    # the longest raw prefix whose escaped form, plus "…", fits (escaping only ever grows)
    lo, hi = 0, min(len(s), limit)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if len(escape_mrkdwn(s[:mid]).rstrip()) + 1 <= limit:
            lo = mid
        else:
            hi = mid - 1
    return escape_mrkdwn(s[:lo]).rstrip() + ELLIPSIS


def _plain(value: object, limit: int) -> str:
    """Clean, cut feed text for a terminal (no Slack escaping)."""
    s = _clean(value[: limit * 4] if isinstance(value, str) else value)
    return s if len(s) <= limit else s[: limit - 1].rstrip() + ELLIPSIS


# Characters that may not appear raw inside a Slack link's URL part: they would end the URL
# ("|", ">"), open a new token ("<"), or break it (whitespace, quotes, controls).
_URL_UNSAFE = re.compile(r"[\s<>|\"`{}\\^\x00-\x1f\x7f]")


def _safe_url(url: object) -> str | None:
    """An http(s) URL safe to put in ``<URL|label>``, or None when it cannot be linked."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if not url or len(url) > MAX_URL:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    encoded = _URL_UNSAFE.sub(lambda m: quote(m.group(0), safe=""), url)
    return encoded.replace("&", "&amp;")


def _host(url: object) -> str:
    if not isinstance(url, str):
        return ""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


def _link(url: object, label: object, *, limit: int = MAX_LABEL) -> str:
    """``<url|label>`` with both parts made safe, or just the escaped label."""
    text = _esc(label, limit) or _esc(_host(url), limit) or "source"
    safe = _safe_url(url)
    return f"<{safe}|{text}>" if safe else text


# ---------------------------------------------------------------------------------------------
# Times


def _zone(name: object) -> ZoneInfo:
    try:
        return ZoneInfo(str(name)) if name else ZoneInfo("UTC")
    except (ValueError, KeyError, OSError):  # ZoneInfoNotFoundError is a KeyError
        return ZoneInfo("UTC")


def _is_utc(zone: ZoneInfo) -> bool:
    return zone.key in (
        "UTC",
        "Etc/UTC",
        "Etc/UCT",
        "UCT",
        "Etc/Universal",
        "Universal",
        "Zulu",
        "Etc/Zulu",
        "GMT",
        "Etc/GMT",
        "Etc/Greenwich",
        "Greenwich",
        "Etc/GMT0",
        "GMT0",
        "Etc/GMT+0",
        "Etc/GMT-0",
        "GMT+0",
        "GMT-0",
    )


def city_of(timezone: str) -> str:
    """The place an IANA zone is named after: ``Asia/Damascus`` -> ``Damascus``,
    ``America/Port-au-Prince`` -> ``Port-au-Prince``, ``America/New_York`` -> ``New York``."""
    zone = _zone(timezone)
    if _is_utc(zone):
        return "UTC"
    return zone.key.rsplit("/", 1)[-1].replace("_", " ")


def _parse_time(value: object) -> datetime | None:
    """An aware UTC datetime from a datetime or an ISO-8601 string; None if neither."""
    return parse_utc(value)
    return None


def _display(dt: datetime) -> tuple[datetime, str]:
    """The calendar date to print and the clock time, with midnight as 24:00 of the day before."""
    if (dt.hour, dt.minute, dt.second, dt.microsecond) == (0, 0, 0, 0):
        return dt - timedelta(days=1), "24:00"
    return dt, f"{dt.hour:02d}:{dt.minute:02d}"


def _date(dt: datetime, *, year: bool = True) -> str:
    s = f"{_DAYS[dt.weekday()]} {dt.day} {_MONTHS[dt.month - 1]}"
    return f"{s} {dt.year}" if year else s


def local_time(deadline: datetime, timezone: str, *, year: bool = True) -> str:
    """``Wed 11 May 2016, 24:00`` — *deadline* on the wall clock of *timezone*; without the
    year ``Tue 10 May 00:01`` (the DESIGN.md "previous deadline" form)."""
    day, clock = _display(utc(deadline).astimezone(_zone(timezone)))
    return f"{_date(day)}, {clock}" if year else f"{_date(day, year=False)} {clock}"


def _utc_clock(deadline: datetime, timezone: str) -> str:
    """``21:00 UTC``, with the UTC weekday added when it differs from the local date shown."""
    d = utc(deadline)
    local_day, _ = _display(d.astimezone(_zone(timezone)))
    clock = f"{d.hour:02d}:{d.minute:02d} UTC"
    return clock if local_day.date() == d.date() else f"{clock} {_DAYS[d.weekday()]}"


def _utc_full(dt: datetime) -> str:
    d = utc(dt)
    return f"{_date(d)} {d.hour:02d}:{d.minute:02d} UTC"


def _place(timezone: str) -> str:
    city = city_of(timezone)
    return "UTC" if city == "UTC" else f"{city} time"


def slack_date(when: datetime, fallback: str) -> str:
    """Slack's date token: the reader's own clock, *fallback* where it cannot be rendered."""
    epoch = int(utc(when).timestamp())
    safe = _esc(fallback, 100).replace("|", "/")
    return f"<!date^{epoch}^{{date_short_pretty}} {{time}}|{safe}>"


def _units(seconds: float, *, days: bool) -> list[tuple[int, str]]:
    total = int(abs(seconds)) // 60  # whole minutes, truncated toward zero
    d, rem = divmod(total, 24 * 60) if days else (0, total)
    h, m = divmod(rem, 60)
    return [(d, "d"), (h, "h"), (m, "m")] if days else [(h, "h"), (m, "m")]


def format_span(seconds: float) -> str:
    """A length of time for "extended by", "moved", "late by": ``48 h``, ``47 h 59 m``,
    ``45 m``; four days or more in days and hours (``10 d 3 h``). Sign ignored; truncated
    to the minute; under a minute is ``< 1 m``."""
    seconds = abs(float(seconds))
    if seconds < 60:
        return "< 1 m"
    if seconds >= 96 * 3600:
        parts = _units(seconds, days=True)[:2]
    else:
        parts = _units(seconds, days=False)
    return " ".join(f"{n} {u}" for n, u in parts if n) or "< 1 m"


def format_countdown(deadline: datetime, now: datetime) -> str:
    """``in 2 d 6 h``, ``in 45 m``, ``3 h ago``, ``10 y 4 d ago``, ``now`` (within a minute).

    The two largest units, truncated (2 d 6 h 55 m is ``in 2 d 6 h``); a zero second unit is
    left out (``in 3 h``)."""
    delta = (utc(deadline) - utc(now)).total_seconds()
    if abs(delta) < 60:
        return "now"
    parts = [(n, u) for n, u in _units(delta, days=True)]
    if parts[0][0] >= 365:  # a truce of years ago: "9 y 312 d ago", not "3597 d ago"
        parts = [(parts[0][0] // 365, "y"), (parts[0][0] % 365, "d")]
    while parts and parts[0][0] == 0:
        parts.pop(0)
    shown = " ".join(f"{n} {u}" for n, u in parts[:2] if n)
    return f"in {shown}" if delta > 0 else f"{shown} ago"


def format_deadline(deadline: datetime | None, timezone: str, now: datetime) -> str:
    """Plain text for a terminal: ``Wed 11 May 2016, 24:00 Damascus time (21:00 UTC) · in
    2 d 6 h``, or ``no deadline known``. No Slack tokens, nothing to escape."""
    if deadline is None:
        return "no deadline known"
    return (
        f"{local_time(deadline, timezone)} {_place(timezone)} "
        f"({_utc_clock(deadline, timezone)}) · {format_countdown(deadline, now)}"
    )


# ---------------------------------------------------------------------------------------------
# Blocks


def _header(text: str) -> dict[str, Any]:
    if len(text) > MAX_HEADER:
        text = text[: MAX_HEADER - 1].rstrip() + ELLIPSIS
    return {"type": "header", "text": {"type": "plain_text", "text": text, "emoji": True}}


def _mrkdwn(text: str) -> dict[str, str]:
    return {"type": "mrkdwn", "text": text}


#: Room kept for the "… (truncated), N more not shown" note when lines are dropped.
_NOTE_ROOM = 60


def _fit_lines(lines: Sequence[str], limit: int) -> str:
    """Join whole *lines* while they fit in *limit*; a note says how many were left out.

    Lines are dropped whole (they may hold links); only a first line too long on its own is
    cut, and then outside any ``<...>`` token and any ``&...;`` entity."""
    joined = "\n".join(lines)
    if len(joined) <= limit:
        return joined
    room = max(limit - _NOTE_ROOM, 1)
    out: list[str] = []
    size = -1  # no newline before the first line
    for line in lines:
        if size + 1 + len(line) > room:
            break
        out.append(line)
        size += 1 + len(line)
    rest = len(lines) - len(out)
    if not out:  # the very first line does not fit: cut it safely
        out.append(_cut_outside_tokens(lines[0], room))
        rest -= 1
    note = f"{ELLIPSIS} {TRUNCATED}" + (f", {rest} more not shown" if rest else "")
    return "\n".join([*out, note])


def _cut_outside_tokens(line: str, limit: int) -> str:
    """*line* cut to at most *limit* characters (the "…" included), never inside a token."""
    if len(line) <= limit:
        return line
    cut = line[: max(limit - 1, 0)]
    # never leave a "<" open: drop back to before the last unclosed "<"
    opened = cut.rfind("<")
    if opened > cut.rfind(">"):
        cut = cut[:opened]
    # never split an entity such as "&amp;"
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut.rstrip() + ELLIPSIS


def _section(text: str, fields: Sequence[str] = ()) -> dict[str, Any]:
    block: dict[str, Any] = {"type": "section"}
    if text:
        block["text"] = _mrkdwn(_fit_lines(text.split("\n"), MAX_SECTION))
    if fields:
        shown = list(fields[:MAX_FIELDS])
        block["fields"] = [_mrkdwn(_fit_lines(f.split("\n"), MAX_FIELD)) for f in shown]
    if "text" not in block and "fields" not in block:
        block["text"] = _mrkdwn(" ")
    return block


def _context(elements: Sequence[str], *, total: int | None = None) -> dict[str, Any]:
    """A context block; past 10 elements the last one says how many more there are."""
    items = [e for e in elements if e]
    total = len(items) if total is None else total
    if len(items) > MAX_CONTEXT_ELEMENTS or total > len(items):
        keep = items[: MAX_CONTEXT_ELEMENTS - 1]
        items = [*keep, f"+ {total - len(keep)} more {TRUNCATED}"]
    return {
        "type": "context",
        "elements": [_mrkdwn(_fit_lines(e.split("\n"), MAX_CONTEXT_TEXT)) for e in items or [" "]],
    }


def _cap_blocks(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if len(blocks) <= MAX_BLOCKS:
        return blocks
    kept = blocks[: MAX_BLOCKS - 1]
    return [*kept, _context([f"{len(blocks) - len(kept)} more blocks not shown {TRUNCATED}"])]


def _fit_text(lines: Sequence[str]) -> str:
    return _fit_lines(list(lines), MAX_TEXT)


# ---------------------------------------------------------------------------------------------
# Sources


def _source_dict(value: object) -> dict[str, Any] | None:
    if isinstance(value, Source):
        return value.to_json()
    if isinstance(value, dict):
        return value
    return None


def _unique_sources(sources: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Sources in order, each item once (by item_key, else link, else the whole dict)."""
    seen: set[str] = set()
    out = []
    for src in sources:
        key = str(src.get("item_key") or src.get("link") or sorted(map(str, src.items())))
        if key not in seen:
            seen.add(key)
            out.append(src)
    return out


def _source_line(src: dict[str, Any]) -> str:
    """``<link|publisher>, published Mon 9 May 2016 14:05 UTC`` (escaped)."""
    link = _link(src.get("link"), src.get("publisher"))
    published = _parse_time(src.get("published"))
    return f"{link}, published {_utc_full(published)}" if published else link


def _source_plain(src: dict[str, Any]) -> str:
    label = _plain(src.get("publisher"), MAX_LABEL) or _host(src.get("link")) or "source"
    link = src.get("link") if isinstance(src.get("link"), str) else None
    published = _parse_time(src.get("published"))
    s = label + (f" <{_plain(link, MAX_URL)}>" if link else "")
    return f"{s}, published {_utc_full(published)}" if published else s


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _origins(sources: Sequence[dict[str, Any]]) -> int:
    """How many independent origins (publisher, else link host) *sources* have."""
    keys = {source_origin(s.get("publisher"), s.get("link"), s.get("item_key")) for s in sources}
    return len(keys - {None}) or (1 if sources else 0)


def corroboration(sources: Sequence[dict[str, Any]]) -> str:
    """``1 source, unconfirmed`` · ``3 independent sources`` · ``2 sources, one publisher,
    unconfirmed`` (independent = distinct publisher, else distinct link host)."""
    n, k = len(sources), _origins(sources)
    if n == 0:
        return ""
    if k > 1:
        return f"{k} independent sources" + (f" ({n} reports)" if n > k else "")
    return "1 source, unconfirmed" if n == 1 else f"{n} sources, one publisher, unconfirmed"


def _sources_text_line(sources: Sequence[dict[str, Any]]) -> str:
    if not sources:
        return ""
    first = _source_line(sources[0])
    more = len(sources) - 1
    tail = f" (+ {more} more)" if more else ""
    return f"Source: {first}{tail} · {corroboration(sources)}"


def _source_context(sources: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    if not sources:
        return None
    elements = []
    for src in sources[:MAX_CONTEXT_ELEMENTS]:
        line = _source_line(src)
        title = _esc(src.get("title"), MAX_LABEL)
        elements.append(f"{line} · “{title}”" if title else line)
    elements[0] += f" · {corroboration(sources)}"
    return _context(elements, total=len(sources))


#: Alert kinds that carry Confirm / Wrong / Set deadline… buttons when they state a deadline.
BUTTON_KINDS: frozenset[str] = frozenset({"declared", "extended", "expiring", "warning", "corrected"})
#: The buttons' action ids (bot/slack.py listens for them).
CONFIRM, WRONG, SET = "truce_confirm", "truce_wrong", "truce_set"
#: The "Set deadline…" modal: its callback id and its date-time picker's block / action id.
SET_MODAL, SET_PICKER = "truce_set_modal", "deadline"
MAX_BUTTON_VALUE = 2000


def alert_buttons(truce: str, dedup_key: str) -> dict[str, Any] | None:
    """The actions block under an alert with a deadline: Confirm / Wrong / Set deadline….
    Each value is ``{"truce", "key"}`` as JSON (None if that would pass Slack's 2,000
    characters)."""
    import json

    value = json.dumps({"truce": truce, "key": dedup_key}, ensure_ascii=False)
    if len(value) > MAX_BUTTON_VALUE:
        return None

    def button(action_id: str, label: str, style: str | None = None) -> dict[str, Any]:
        b: dict[str, Any] = {"type": "button", "action_id": action_id, "value": value,
                             "text": {"type": "plain_text", "text": label, "emoji": True}}
        if style:
            b["style"] = style
        return b

    return {"type": "actions", "block_id": "truce_feedback", "elements": [
        button(CONFIRM, "✅ Confirm", "primary"), button(WRONG, "❌ Wrong", "danger"), button(SET, "✏️ Set deadline…"),
    ]}


def render_set_modal(truce: Truce, now: datetime, *, metadata: str, spec: TruceSpec | None = None) -> dict[str, Any]:
    """The "Set deadline…" modal: a date-time picker and what the zones mean.

    Slack's ``datetimepicker`` shows the date and time in the *viewer's* Slack time zone and
    submits a UTC unix timestamp, so the modal spells out the truce's wall clock next to the
    viewer's for the current deadline, and the reply states the result in the truce's zone.
    *metadata*: the ``private_metadata`` to carry (≤ 3,000 characters). Pure."""
    tz = _truce_tz(truce, spec)
    name = _esc(truce.name, 60)
    explain = [
        f"Set the end of the *{name}* truce. The picker shows *your* Slack time zone; the moment you pick is "
        f"kept as it is and shown everywhere in {city_of(tz)} time ({_esc(tz, 60)}) and UTC.",
    ]
    picker: dict[str, Any] = {"type": "datetimepicker", "action_id": SET_PICKER}
    if truce.deadline is not None:
        d = utc(truce.deadline)
        explain.append(
            f"Current deadline: *{local_time(d, tz)} {_place(tz)}* = {_utc_full(d)} = "
            f"{slack_date(d, _utc_full(d))} your time."
        )
        if d > utc(now):
            picker["initial_date_time"] = int(d.timestamp())
    else:
        explain.append("No deadline is known yet.")
    explain.append("Your correction overrides reports until newer news arrives, and is audited.")
    return {
        "type": "modal",
        "callback_id": SET_MODAL,
        "private_metadata": metadata[:3000],
        "title": {"type": "plain_text", "text": "Set deadline"},
        "submit": {"type": "plain_text", "text": "Set"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [
            _section("\n".join(explain)),
            {"type": "input", "block_id": SET_PICKER, "element": picker,
             "label": {"type": "plain_text", "text": f"New end (your time; shown as {city_of(tz)} time)"[:2000]}},
        ],
    }


def _short(deadline: datetime, tz: str) -> str:
    """``Wed 11 May 24:00`` on the truce's wall clock."""
    return local_time(deadline, tz, year=False)


def disagreement_line(dispute: object, tz: str, *, kept: datetime | None = None) -> str:
    """``⚖️ Sources disagree: Reuters: Wed 11 May 24:00 · AFP: Thu 12 May 12:00 (Damascus time)
    — keeping Wed 11 May 24:00 (2 sources)`` from a ``disagreement`` payload
    (``truces.Verdict.payload()``); "" when there is none or it is malformed. *kept*: the
    deadline the truce holds (default: the verdict's). Escaped; pure."""
    if not isinstance(dispute, dict) or not isinstance(dispute.get("claims"), list):
        return ""
    parts: list[str] = []
    values: set[datetime] = set()
    for claim in dispute["claims"][:8]:
        if not isinstance(claim, dict):
            continue
        when = _parse_time(claim.get("deadline"))
        if when is None:
            continue
        values.add(when)
        who = _esc(claim.get("publisher"), 40) or "a source"
        mark = " (official)" if claim.get("official") is True else ""
        parts.append(f"{who}{mark}: {_short(when, tz)}")
    if len(values) < 2:
        return ""
    more = len(dispute["claims"]) - 8
    listed = " · ".join(parts) + (f" · + {more} more" if more > 0 else "")
    keep = kept or _parse_time(dispute.get("kept"))
    line = f"⚖️ Sources disagree: {listed} ({_place(tz)})"
    if keep is not None:
        support = sum(1 for c in dispute["claims"] if isinstance(c, dict) and _parse_time(c.get("deadline")) == keep)
        line += f" — keeping {_short(keep, tz)} ({_count(support, 'source')})"
    return line


# ---------------------------------------------------------------------------------------------
# Alerts


def _quote(evidence: str) -> str:
    return f"> “{evidence}”"


def _title(
    kind: str,
    name: str,
    payload: dict[str, Any],
    deadline: datetime | None,
    tz: str,
    now: datetime,
    late: bool,
) -> tuple[str, str]:
    """(headline, tail): the header says the headline; the text line adds the tail."""
    ends = f"{local_time(deadline, tz)} {_place(tz)}" if deadline else ""
    if kind == "declared":
        return f"{name} truce declared", (f"ends {ends}" if ends else "no end time stated")
    if kind == "extended":
        by = payload.get("extended_by")
        head = f"{name} truce extended"
        if isinstance(by, int | float) and by > 0:
            head += f" by {format_span(by)}"
        return head, (f"now ends {ends}" if ends else "new end not stated")
    if kind == "expiring":
        if deadline is None:
            return f"{name} truce due to end", "end time not stated"
        left = format_countdown(deadline, now)
        verb = "ended" if left.endswith("ago") else "ends"
        return f"{name} truce {verb} {left}", ends
    if kind == "warning":
        before = payload.get("warn_before")
        if isinstance(before, int | float) and before > 0 and not late:
            left = f"in {format_span(before)}"
        elif deadline is not None:
            left = format_countdown(deadline, now)
        else:
            left = "soon"
        if left.endswith("ago") or left == "now":
            return f"{name} truce deadline passed {left}", ends
        return f"{name} truce expires {left}", (
            f"ends {ends} · no extension reported" if ends else "no extension reported"
        )
    if kind == "expired":
        if payload.get("scheduled"):
            how = "deadline reached, no extension reported"
        elif payload.get("after_expiry"):
            how = "now confirmed by reports"
        else:
            how = "reported expired"
        if deadline is not None and deadline > now:
            return f"{name} truce has expired", f"{how} before its deadline of {ends}"
        return f"{name} truce has expired", (f"ended {ends} · {how}" if ends else how)
    if kind == "collapsed":
        how = "reported collapsed"
        if payload.get("after_expiry"):
            how += " after its deadline had passed"
        elif deadline is not None and deadline > now:
            how += f" · it was due to end {ends}"
        return f"{name} truce has collapsed", how
    if kind == "violation":
        n = len(_violations(payload))
        what = "violation reported" if n <= 1 else f"{n} violations reported"
        return f"{name} truce: {what}", (f"truce ends {ends}" if ends else "")
    if kind == "stale":
        quiet = payload.get("stale_after")
        span = format_span(quiet) if isinstance(quiet, int | float) and quiet > 0 else "a while"
        last = _parse_time(payload.get("last_mention"))
        tail = f"last report {_utc_full(last)}" if last else "no report yet"
        return f"No source has mentioned the {name} truce for {span}", (
            f"{tail} · truce ends {ends}" if ends else tail
        )
    if kind == "corrected":
        by = payload.get("corrected_by")
        who = f"<@{by}>" if isinstance(by, str) and re.fullmatch(r"[UW][A-Z0-9]{2,}", by) else "an admin"
        if payload.get("reverted"):  # the Wrong button (issue 9): back to the previous deadline
            return f"{name} truce deadline reverted by hand", (
                f"a report was marked wrong by {who} · back to {ends}, overrides reports until newer news"
                if ends else f"a report was marked wrong by {who}"
            )
        return f"{name} truce deadline set by hand", (
            f"now ends {ends} · set by {who}, overrides reports until newer news" if ends else f"set by {who}"
        )
    return f"{name} truce: {kind}", ends


def _violations(payload: dict[str, Any]) -> list[dict[str, Any]]:
    raw = payload.get("violations")
    items = [v for v in raw if isinstance(v, dict)] if isinstance(raw, list) else []
    if not items:
        sources = payload.get("sources") if isinstance(payload.get("sources"), list) else []
        first = _source_dict(sources[0]) if sources else None
        items = [{"evidence": payload.get("evidence", ""), "source": first}]
    return items


def render_ops(payload: dict[str, Any]) -> Message:
    """A feed-health notice for the ops channel: a headline and what to do about it."""
    headline = _esc(payload.get("headline") or "truce-bot notice", MAX_HEADER - 4)
    detail = _esc(payload.get("detail") or "", MAX_SECTION - 100)
    text = f"🛠 {headline}" + (f"\n   {detail}" if detail else "")
    blocks = [_header(f"🛠 {headline}")] + ([_section(detail)] if detail else [])
    return Message(text=text, blocks=blocks)


def _digest_change(change: dict[str, Any], tz: str) -> str:
    what = change.get("what")
    if what == "followed":
        return "newly followed here"
    if what == "status":
        old = _STATUS_WORD.get(str(change.get("old")), _esc(change.get("old"), 20))
        new = _STATUS_WORD.get(str(change.get("new")), _esc(change.get("new"), 20))
        return f"{old} → {new}"
    if what == "deadline":
        old, new = _parse_time(change.get("old")), _parse_time(change.get("new"))
        show = lambda d: f"{local_time(d, tz, year=False)}" if d else "none"  # noqa: E731
        return f"deadline {show(old)} → {show(new)} {city_of(tz)}"
    if what == "reports":
        n = change.get("count") if isinstance(change.get("count"), int) else 0
        return f"{n} {_esc(change.get('kind'), 20)} report{'s' if n != 1 else ''}"
    return ""


def render_digest(payload: dict[str, Any], now: datetime) -> Message:
    """A channel's daily digest: every truce it follows, soonest deadline first, with state,
    time left, violations in the last 24 h and what changed since the previous digest. Pure."""
    raw = payload.get("items") if isinstance(payload.get("items"), list) else []
    items = [i for i in raw if isinstance(i, dict)]
    far = datetime.max.replace(tzinfo=UTC)
    items.sort(key=lambda i: (i.get("status") != "active", _parse_time(i.get("deadline")) or far,
                              str(i.get("truce")).casefold()))
    zone = _zone(str(payload.get("timezone") or "UTC")).key
    head = f"{KIND_EMOJI['digest']} Daily digest — {local_time(now, zone)} {_place(zone)}"
    since = _parse_time(payload.get("since"))
    sub = f"{_count(len(items), 'truce')} followed here" + (
        f" · changes since {_utc_full(since)}" if since else " · first digest: no changes to compare"
    )
    late_from = _parse_time(payload.get("late_from"))
    if late_from:  # the bot was down when it was due
        sub += f" · sent late: due {local_time(late_from, zone)} {_place(zone)}"
    text = [head, f"   {sub}"]
    lines: list[str] = []
    for item in items:
        tz = _zone(str(item.get("timezone") or "UTC")).key
        status = str(item.get("status") or "unknown")
        deadline = _parse_time(item.get("deadline"))
        when = (
            f"ends {local_time(deadline, tz, year=False)} {city_of(tz)} ({_utc_clock(deadline, tz)})"
            f" · {format_countdown(deadline, now)}"
            if deadline else "no deadline known"
        )
        n = item.get("violations_24h") if isinstance(item.get("violations_24h"), int) else 0
        line = (
            f"{STATUS_EMOJI.get(status, '❔')} *{_esc(item.get('truce'), 80)}* — "
            f"{_STATUS_WORD.get(status, _esc(status, 40))} · {when} · {_count(n, 'violation')} in 24 h"
        )
        changes = [c for c in (_digest_change(c, tz) for c in item.get("changes") or [] if isinstance(c, dict)) if c]
        if changes:
            line += "\n      changed: " + "; ".join(changes)
        elif since:
            line += "\n      no change"
        lines.append(line)
    if not lines:
        lines = ["No truces are followed in this channel: `/truce follow NAME` adds one."]
    text += [f"   {line}" for line in lines]
    blocks = [_header(head), _context([sub]), *_sections_of(lines, max_sections=45)]
    return Message(text=_fit_text(text), blocks=_cap_blocks(blocks))


def render_alert(alert: Alert, now: datetime, *, buttons: bool = False) -> Message:
    """Render one alert as Block Kit plus its text fallback (the DESIGN.md example).

    *buttons*: an alert stating a deadline (``BUTTON_KINDS``, not a held claim) ends with
    Confirm / Wrong / Set deadline… (issue 9) — for Slack, where the bot listens for them.

    Reads ``alert.payload`` leniently: only ``truce``/``timezone`` are expected, every other
    key may be missing or malformed and is then left out. Pure; never raises on payload
    content."""
    payload = alert.payload if isinstance(alert.payload, dict) else {}
    if alert.kind == "ops":
        return render_ops(payload)
    if alert.kind == "digest":
        return render_digest(payload, now)
    name_raw = _clean(payload.get("truce") or alert.truce) or "Unnamed"
    name = _esc(name_raw, 80)
    tz = str(payload.get("timezone") or "UTC")
    tz = _zone(tz).key
    kind = str(alert.kind)
    emoji = KIND_EMOJI.get(kind, "📰")
    deadline = _parse_time(payload.get("deadline"))
    previous = _parse_time(payload.get("previous_deadline"))
    late = isinstance(alert.late_by, int | float) and alert.late_by > 0
    time_stated = payload.get("time_stated", True) is not False
    raw_sources = payload.get("sources") if isinstance(payload.get("sources"), list) else []
    found = [s for s in (_source_dict(x) for x in raw_sources) if s]
    if kind == "violation":
        found += [s for s in (_source_dict(v.get("source")) for v in _violations(payload)) if s]
    sources = _unique_sources(found)

    headline, tail = _title(kind, name, payload, deadline, tz, now, late)
    if isinstance(payload.get("disagreement"), dict) and deadline and previous and deadline < previous:
        # the better-sourced deadline is earlier than the one announced: not an "extension"
        emoji, headline = "⚖️", f"{name} truce: sources disagree on the end"
        tail = f"now ends {local_time(deadline, tz)} {_place(tz)}, the deadline most sources give"
    held = bool(payload.get("held_for_sources"))
    if held:  # a single-source claim, in the thread only, until min_sources agree
        emoji, headline = "❔", f"Unconfirmed: {headline}"
    if payload.get("snoozed"):
        headline += " (snoozed)"
    title_line = f"{emoji} {headline}" + (f" — {tail}" if tail else "")

    text: list[str] = [title_line]
    blocks: list[dict[str, Any]] = [_header(f"{emoji} {headline}")]
    if held:
        need = payload.get("min_sources")
        need_text = f"{need} independent sources" if isinstance(need, int) else "more sources"
        note = f"held until {need_text} agree — the channel hears of it then"
        text.append(f"   {note}")
        blocks.append(_context([note]))
    if late:
        note = f"⚠ late by {format_span(alert.late_by or 0)} (bot was down)"
        text.append(f"   {note}")
        blocks.append(_context([note]))

    fields: list[str] = []
    # a collapsed truce has no deadline left to count down to (the title names the old one)
    if deadline is not None and kind != "collapsed":
        clocks = (
            f"{_utc_clock(deadline, tz)} · {slack_date(deadline, _utc_clock(deadline, tz))}"
            f" your time · {format_countdown(deadline, now)}"
        )
        if not time_stated:
            clocks += " · time of day not stated"
        text.append(f"   {clocks}")
        local = f"{local_time(deadline, tz)} {city_of(tz)}"
        if not time_stated:
            local += "\n_time of day not stated: end of day_"
        fields += [
            f"*Local*\n{local}",
            f"*UTC*\n{_utc_full(deadline)}",
            f"*Your time*\n{slack_date(deadline, _utc_full(deadline))}",
            f"*Countdown*\n{format_countdown(deadline, now)}",
        ]
    if (
        previous is not None
        and deadline is not None
        and previous != deadline
        and kind in ("extended", "expiring", "declared", "corrected")
    ):
        moved = (deadline - previous).total_seconds()
        sign = "+" if moved >= 0 else "−"
        prev = f"{local_time(previous, tz, year=False)} {city_of(tz)} ({_utc_clock(previous, tz)})"
        text.append(f"   previous deadline: {prev} — moved {sign}{format_span(moved)}")
        fields += [f"*Previous deadline*\n{prev}", f"*Moved*\n{sign}{format_span(moved)}"]
    if fields or tail:
        blocks.append(_section(f"*{tail}*" if tail else "", fields))
    dispute = disagreement_line(payload.get("disagreement"), tz, kept=deadline)
    if dispute:
        text.append(f"   {dispute}")
        blocks.append(_context([dispute]))

    if kind == "violation":
        lines = []
        for v in _violations(payload):
            ev = _esc(v.get("evidence"), 300)
            src = _source_dict(v.get("source"))
            where = f" — {_source_line(src)}" if src else ""
            lines.append(f"• “{ev}”{where}" if ev else f"• (no quote){where}")
        text.extend(f"   {line}" for line in lines[:10])
        if len(lines) > 10:
            text.append(f"   + {len(lines) - 10} more")
        blocks.extend(_sections_of(lines))
    else:
        evidence = _esc(payload.get("evidence"), MAX_EVIDENCE)
        if evidence:
            text.append(f'   "{evidence}"')
            blocks.append(_section(_quote(evidence)))

    if sources and kind != "violation":
        text.append(f"   {_sources_text_line(sources)}")
    elif sources:
        text.append(f"   {corroboration(sources)}")
    ctx = _source_context(sources)
    if ctx:
        blocks.append(ctx)
    if buttons and deadline is not None and kind in BUTTON_KINDS and not held:
        buttons = alert_buttons(name_raw, alert.dedup_key)
        if buttons is not None:
            return Message(text=_fit_text(text), blocks=[*_cap_blocks(blocks)[: MAX_BLOCKS - 1], buttons])
    return Message(text=_fit_text(text), blocks=_cap_blocks(blocks))


def render_alert_with_buttons(alert: Alert, now: datetime) -> Message:
    """``render_alert`` with the Confirm / Wrong / Set deadline… buttons: the renderer for
    ``outbox.drain(..., render=...)`` when the Bolt app serves interactivity."""
    return render_alert(alert, now, buttons=True)


def _sections_of(lines: Sequence[str], *, max_sections: int = 20) -> list[dict[str, Any]]:
    """Pack *lines* into as few sections as fit; past *max_sections* a note counts the rest."""
    sections: list[list[str]] = [[]]
    size = 0
    for line in lines:
        line = _cut_outside_tokens(line, MAX_SECTION - 100)
        if sections[-1] and size + len(line) + 1 > MAX_SECTION - 100:
            sections.append([])
            size = 0
        sections[-1].append(line)
        size += len(line) + 1
    blocks = [_section("\n".join(s)) for s in sections[:max_sections] if s]
    if len(sections) > max_sections:
        rest = sum(len(s) for s in sections[max_sections:])
        blocks.append(_context([f"+ {rest} more not shown {TRUNCATED}"]))
    return blocks


# ---------------------------------------------------------------------------------------------
# Status card and list


def _truce_tz(truce: Truce, spec: TruceSpec | None) -> str:
    tz = truce.timezone
    if spec is not None and (not tz or _is_utc(_zone(tz))):
        tz = spec.timezone
    return _zone(tz or "UTC").key


def _event_when(event: Event) -> datetime | None:
    return event.source.published if event.source and event.source.published else None


def _recent_violations(events: Sequence[Event], now: datetime) -> list[Event]:
    start = utc(now) - timedelta(hours=24)
    out = []
    for e in events:
        when = _event_when(e)
        if e.kind == "violation" and when is not None and start <= utc(when) <= utc(now):
            out.append(e)
    return out


def _last_extension_source(events: Sequence[Event]) -> Source | None:
    for e in events:
        if e.kind == "extended" and e.source is not None:
            return e.source
    return None


@dataclass(frozen=True)
class _Card:
    """What a status card says, before it is rendered for Slack or a terminal."""

    name: str
    tz: str
    status: str
    deadline: datetime | None
    previous: datetime | None
    time_stated: bool
    aliases: tuple[str, ...]
    violations: list[Event]
    last_events: list[Event]
    extension_source: Source | None
    deadline_sources: list[dict[str, Any]]  # the reports that state the current deadline
    correction: dict[str, Any] | None
    held_claims: tuple[dict[str, Any], ...]
    disagreement: dict[str, Any] | None = None  # issue 9: sources stating other deadlines


def _card(truce: Truce, events: Sequence[Event], now: datetime, spec: TruceSpec | None) -> _Card:
    events = [e for e in events if isinstance(e, Event)]
    return _Card(
        name=truce.name,
        tz=_truce_tz(truce, spec),
        status=str(truce.status or "unknown"),
        deadline=utc(truce.deadline) if truce.deadline else None,
        previous=utc(truce.previous_deadline) if truce.previous_deadline else None,
        time_stated=truce.time_stated,
        aliases=spec.aliases if spec else (),
        violations=_recent_violations(events, now),
        last_events=events[:5],
        extension_source=_last_extension_source(events) or truce.last_source,
        deadline_sources=_deadline_sources(truce, events),
        correction=truce.correction if isinstance(truce.correction, dict) else None,
        held_claims=tuple(c for c in truce.held_claims if isinstance(c, dict)),
        disagreement=_disagreement(truce, events, now),
    )


def _disagreement(truce: Truce, events: Sequence[Event], now: datetime) -> dict[str, Any] | None:
    """The sources' differing deadlines for the truce's current deadline, if they differ."""
    if truce.deadline is None or truce.status in ("expired", "collapsed"):
        return None
    verdict = deadline_verdict(events, now)
    return verdict.payload() if verdict.disputed else None


_CLAIM_KINDS = ("declared", "extended", "expiring")


def _deadline_sources(truce: Truce, events: Sequence[Event]) -> list[dict[str, Any]]:
    """The sources of the reports that state the truce's current deadline (each item once);
    the last source on record when none of *events* states it (an "extended by 48 h")."""
    if truce.deadline is None:
        return []
    found = [
        e.source.to_json()
        for e in events
        if e.kind in _CLAIM_KINDS and e.source is not None and e.deadline is not None
        and utc(e.deadline) == utc(truce.deadline)
    ]
    if not found and truce.last_source is not None:
        found = [truce.last_source.to_json()]
    return _unique_sources(found)


def _analyst_lines(c: _Card, *, plain: bool) -> list[str]:
    """Corroboration of the deadline, the human correction in force, the claims held for
    more sources: one line each (issue 9)."""
    lines: list[str] = []
    if c.correction:
        at = _parse_time(c.correction.get("at"))
        old = _parse_time(c.correction.get("old"))
        by = str(c.correction.get("by") or "")
        who = by if plain else (f"<@{by}>" if re.fullmatch(r"[UW][A-Z0-9]{2,}", by) else "an admin")
        was = f" (was {local_time(old, c.tz, year=False)} {city_of(c.tz)})" if old else ""
        when = f" on {_utc_full(at)}" if at else ""
        lines.append(f"✏️ Deadline set by hand by {who}{when}{was}; overrides reports until newer news")
    elif c.deadline_sources:
        lines.append(f"Deadline: {corroboration(c.deadline_sources)}")
    dispute = disagreement_line(c.disagreement, c.tz, kept=c.deadline)
    if dispute:
        lines.append(dispute if not plain else _plain_dispute(dispute))
    for claim in c.held_claims[:3]:
        deadline = _parse_time(claim.get("deadline"))
        origins = claim.get("origins") if isinstance(claim.get("origins"), list) else []
        what = str(claim.get("kind") or "claim")
        to = f" to {local_time(deadline, c.tz, year=False)} {city_of(c.tz)}" if deadline and what != "expired" else ""
        lines.append(f"Unconfirmed: {_count(len(origins), 'source')} report{'s' if len(origins) == 1 else ''} "
                     f"“{what}”{to} — held for more sources")
    return lines


def _plain_dispute(line: str) -> str:
    """A disagreement line for a terminal: Slack's three escapes undone, word joiners dropped."""
    return line.replace("\u2060", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


_STATUS_WORD = {
    "active": "in force",
    "expired": "expired",
    "collapsed": "collapsed",
    "unknown": "no reports yet",
}


def render_status(
    truce: Truce, events: Sequence[Event], now: datetime, *, spec: TruceSpec | None = None
) -> Message:
    """The status card ``/truce NAME`` answers with.

    State with emoji; deadline in local time, UTC and the viewer's time with a countdown (or
    "no deadline known"); the last extension (from -> to, source); violations reported in the
    24 h before *now* (by publication time) with links; the last five *events* (most recent
    first, as given). Pure."""
    c = _card(truce, events, now, spec)
    name = _esc(c.name, 80)
    emoji = STATUS_EMOJI.get(c.status, "❔")
    state = _STATUS_WORD.get(c.status, _esc(c.status, 40))
    head = f"{emoji} {name} truce — {state}"
    text = [head]
    blocks: list[dict[str, Any]] = [_header(head)]

    if c.deadline is not None:
        ended = c.deadline <= utc(now)
        verb = "ended" if ended else "ends"
        tail = f"{verb} {local_time(c.deadline, c.tz)} {_place(c.tz)}"
        clocks = (
            f"{_utc_clock(c.deadline, c.tz)} · "
            f"{slack_date(c.deadline, _utc_clock(c.deadline, c.tz))} your time · "
            f"{format_countdown(c.deadline, now)}"
        )
        if not c.time_stated:
            clocks += " · time of day not stated"
        text += [f"   {tail}", f"   {clocks}"]
        local = f"{local_time(c.deadline, c.tz)} {city_of(c.tz)}"
        if not c.time_stated:
            local += "\n_time of day not stated: end of day_"
        blocks.append(
            _section(
                f"*{tail}*",
                [
                    f"*Local*\n{local}",
                    f"*UTC*\n{_utc_full(c.deadline)}",
                    f"*Your time*\n{slack_date(c.deadline, _utc_full(c.deadline))}",
                    f"*Countdown*\n{format_countdown(c.deadline, now)}",
                ],
            )
        )
    else:
        text.append("   no deadline known")
        blocks.append(_section("*No deadline known*"))
    analyst = _analyst_lines(c, plain=False)
    if analyst:
        text += [f"   {line}" for line in analyst]
        blocks.append(_context(analyst))

    if c.previous is not None and c.deadline is not None and c.previous != c.deadline:
        moved = (c.deadline - c.previous).total_seconds()
        sign = "+" if moved >= 0 else "−"
        src = f" · {_source_line(c.extension_source.to_json())}" if c.extension_source else ""
        what = "Last extension" if moved > 0 else "Deadline brought forward"
        line = (
            f"{what}: {local_time(c.previous, c.tz, year=False)} → "
            f"{local_time(c.deadline, c.tz, year=False)} {city_of(c.tz)} "
            f"({sign}{format_span(moved)}){src}"
        )
        text.append(f"   {line}")
        blocks.append(_section(line))

    if c.violations:
        lines = [f"*Violations in the last 24 h: {len(c.violations)}*"]
        for e in c.violations[:10]:
            lines.append(_event_line(e, now, c.tz))
        if len(c.violations) > 10:
            lines.append(f"+ {len(c.violations) - 10} more")
        text.append(f"   Violations in the last 24 h: {len(c.violations)}")
        blocks.append(_section("\n".join(lines)))
    else:
        text.append("   No violations reported in the last 24 h")
        blocks.append(_context(["No violations reported in the last 24 h"]))

    if c.last_events:
        lines = ["*Latest reports*"] + [_event_line(e, now, c.tz) for e in c.last_events]
        text.append("   Latest reports:")
        text += [f"   {line}" for line in lines[1:]]
        blocks.extend(_sections_of(lines, max_sections=3))

    footer = [f"Times in {city_of(c.tz)} ({_esc(c.tz, 60)}), UTC and yours"]
    if c.aliases:
        footer.append("Also called: " + ", ".join(_esc(a, 60) for a in c.aliases[:8]))
    blocks.append(_context(footer))
    return Message(text=_fit_text(text), blocks=_cap_blocks(blocks))


def _event_line(e: Event, now: datetime, tz: str) -> str:
    when = _event_when(e)
    parts = [f"*{_esc(e.kind, 20)}*"]
    if when is not None:
        parts.append(f"{_utc_full(when)} ({format_countdown(when, now)})")
    if e.deadline is not None:
        parts.append(f"deadline {local_time(e.deadline, tz, year=False)} {city_of(tz)}")
    ev = _esc(e.evidence, 200)
    if ev:
        parts.append(f"“{ev}”")
    if e.source is not None:
        parts.append(_link(e.source.link, e.source.publisher))
    return "• " + " · ".join(parts)


def render_status_text(
    truce: Truce, events: Sequence[Event], now: datetime, *, spec: TruceSpec | None = None
) -> str:
    """The status card as plain text for ``truce-bot status`` in a terminal: no Slack
    tokens, no escaping (control characters are still removed from feed text)."""
    c = _card(truce, events, now, spec)
    emoji = STATUS_EMOJI.get(c.status, "❔")
    lines = [f"{emoji} {_plain(c.name, 80)} truce — {_STATUS_WORD.get(c.status, c.status)}"]
    if c.deadline is not None:
        verb = "ended" if c.deadline <= utc(now) else "ends"
        lines.append(f"   {verb} {format_deadline(c.deadline, c.tz, now)}")
        if not c.time_stated:
            lines.append("   time of day not stated (end of day assumed)")
    else:
        lines.append("   no deadline known")
    lines += [f"   {line}" for line in _analyst_lines(c, plain=True)]
    if c.previous is not None and c.deadline is not None and c.previous != c.deadline:
        moved = (c.deadline - c.previous).total_seconds()
        sign = "+" if moved >= 0 else "-"
        src = f" · {_source_plain(c.extension_source.to_json())}" if c.extension_source else ""
        what = "last extension" if moved > 0 else "deadline brought forward"
        lines.append(
            f"   {what}: {local_time(c.previous, c.tz, year=False)} -> "
            f"{local_time(c.deadline, c.tz, year=False)} {city_of(c.tz)} "
            f"({sign}{format_span(moved)}){src}"
        )
    lines.append(f"   violations in the last 24 h: {len(c.violations)}")
    for e in c.violations[:10]:
        lines.append(f"     - {_event_plain(e, now, c.tz)}")
    if c.last_events:
        lines.append("   latest reports:")
        lines += [f"     - {_event_plain(e, now, c.tz)}" for e in c.last_events]
    return "\n".join(lines)


def _event_plain(e: Event, now: datetime, tz: str) -> str:
    parts = [e.kind]
    when = _event_when(e)
    if when is not None:
        parts.append(f"{_utc_full(when)} ({format_countdown(when, now)})")
    if e.deadline is not None:
        parts.append(f"deadline {local_time(e.deadline, tz, year=False)} {city_of(tz)}")
    if e.evidence:
        parts.append(f'"{_plain(e.evidence, 200)}"')
    if e.source is not None:  # published time already shown first
        src = e.source
        label = _plain(src.publisher, MAX_LABEL) or _host(src.link) or "source"
        parts.append(label + (f" <{_plain(src.link, MAX_URL)}>" if src.link else ""))
    return " · ".join(parts)


def _by_time_left(truces: Iterable[Truce]) -> list[Truce]:
    far = datetime.max.replace(tzinfo=UTC)
    return sorted(
        truces,
        key=lambda t: (
            t.deadline is None,
            utc(t.deadline) if t.deadline else far,
            t.name.casefold(),
        ),
    )


def render_list(truces: Sequence[Truce], now: datetime) -> Message:
    """One line per truce, soonest deadline first, truces with no deadline last."""
    ordered = _by_time_left(truces)
    head = f"Tracked truces ({len(ordered)})"
    if not ordered:
        msg = "No truces are tracked yet: add a [[truces]] table to the configuration."
        return Message(text=msg, blocks=[_section(msg)])
    lines = []
    for t in ordered:
        emoji = STATUS_EMOJI.get(str(t.status), "❔")
        state = _STATUS_WORD.get(str(t.status), _esc(t.status, 40))
        tz = _zone(t.timezone).key
        if t.deadline is not None:
            when = (
                f"ends {local_time(t.deadline, tz)} {_place(tz)} "
                f"({_utc_clock(t.deadline, tz)}) · {format_countdown(t.deadline, now)}"
            )
        else:
            when = "no deadline known"
        lines.append(f"{emoji} *{_esc(t.name, 80)}* — {state} · {when}")
    blocks = [_header(head), *_sections_of(lines, max_sections=45)]
    text = _fit_text([head, *(f"   {line}" for line in lines)])
    return Message(text=text, blocks=_cap_blocks(blocks))


def render_list_text(truces: Sequence[Truce], now: datetime) -> str:
    """``render_list`` as plain text for a terminal."""
    ordered = _by_time_left(truces)
    if not ordered:
        return "No truces are tracked yet."
    lines = []
    for t in ordered:
        emoji = STATUS_EMOJI.get(str(t.status), "❔")
        state = _STATUS_WORD.get(str(t.status), str(t.status))
        tz = _zone(t.timezone).key
        lines.append(
            f"{emoji} {_plain(t.name, 80)} — {state} · {format_deadline(t.deadline, tz, now)}"
        )
    return "\n".join(lines)
