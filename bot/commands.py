"""The ``/truce`` grammar: text in, a reply out. Pure; ``bot/slack.py`` only adapts it.

::

    /truce                 help          /truce list [share]     every truce, soonest first
    /truce help            help          /truce NAME [share]     one truce's status card

NAME is any configured name or alias, matched case- and accent-insensitively ("ALÉPPO"),
ignoring punctuation and spacing ("aleppo-province"), and a trailing "truce"/"ceasefire".
A near miss with one clear candidate ("alepo") answers directly and says so; otherwise the
reply names the closest truces. ``share`` makes the reply ``in_channel``; everything else
is ``ephemeral``. Any text — empty, 10,000 characters, emoji, control characters,
``<!channel>`` — gets a helpful, escaped reply, never an exception.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, NamedTuple

from bot.channels import Action, parse_clock, parse_local, parse_span, valid_timezone
from bot.messages import Message, escape_mrkdwn, format_span, local_time, render_list, render_status
from bot.models import Event, Truce, TruceSpec

__all__ = [
    "Reply",
    "Found",
    "answer",
    "find",
    "unknown_text",
    "normalise",
    "MAX_INPUT",
    "HELP_WORDS",
    "LIST_WORDS",
]

#: Input beyond this many characters is ignored (no name is that long; fuzzy matching on
#: 10,000 characters would only waste the 3-second budget).
MAX_INPUT = 200
#: How much of the user's text a reply quotes back.
MAX_ECHO = 60
#: A near miss this similar (difflib ratio) to exactly one truce answers directly.
DIRECT_RATIO = 0.8
#: Names this similar are offered as suggestions.
SUGGEST_RATIO = 0.6

HELP_WORDS = frozenset({"help", "h", "?", "usage", "aide", "ayuda"})
LIST_WORDS = frozenset({"list", "ls", "all", "everything", "truces"})
SHARE_WORDS = frozenset({"share", "post", "public"})
#: ``/truce NAME chart``: the truce's timeline as a PNG, uploaded to the channel (bot/chart.py).
CHART_WORDS = frozenset({"chart", "graph", "picture", "timeline"})
_FILLER = frozenset({"truce", "ceasefire", "cease", "fire", "the", "status", "in", "of"})


@dataclass(frozen=True)
class Reply:
    """What ``/truce`` answers: a message, ephemeral unless the user asked to share."""

    message: Message
    response_type: Literal["ephemeral", "in_channel"] = "ephemeral"
    #: ``/truce NAME chart``: the canonical name whose timeline PNG the edge should upload.
    chart: str | None = None
    #: a control command's intent (follow, snooze, track, set, digest…) for the edge to carry
    #: out before it responds (``pipeline.perform``); None for a plain answer.
    action: Action | None = None


@functools.lru_cache(maxsize=1 << 16)
def normalise(s: str) -> str:
    """Fold *s* for matching: accents removed (NFKD), case folded, every run of
    non-alphanumeric characters a single space. ``" Alépo-Province! "`` -> ``"alepo province"``."""
    decomposed = unicodedata.normalize("NFKD", s)
    out = []
    for ch in decomposed:
        if unicodedata.combining(ch):
            continue
        out.append(ch if ch.isalnum() else " ")
    return " ".join("".join(out).casefold().split())


def answer(
    text: str,
    truces: Sequence[Truce],
    specs: Sequence[TruceSpec],
    now: datetime,
    *,
    events_for: Callable[[str], Sequence[Event]],
    user: str = "",
    channel: str = "",
    admins: Collection[str] = (),
) -> Reply:
    """Answer ``/truce TEXT``. Pure apart from calling *events_for(name)* for the one truce
    shown (most recent event first). Never raises on any *text*.

    *user* (Slack user id) and *channel* (as ``channels.resolve_channel`` names it) are for
    the control commands (``follow``, ``snooze``, ``digest``…; ``track`` and ``set`` only for
    *admins*), which answer with a Reply carrying an ``action``."""
    raw = (text if isinstance(text, str) else "")[:MAX_INPUT]
    words = normalise(raw).split()
    share = len(words) > 1 and words[-1] in SHARE_WORDS
    if share:
        words = words[:-1]
    chart = len(words) > 1 and words[-1] in CHART_WORDS
    if chart:
        words = words[:-1]
    kind: Literal["ephemeral", "in_channel"] = "in_channel" if share else "ephemeral"
    index = _Index(truces, specs)
    if words and words[0] in CONTROL_WORDS and not index.exact(" ".join(words)):
        return _control(raw, index, now, user=user, channel=channel, admins=admins)

    if not raw.strip() or (words and words[0] in HELP_WORDS):
        return Reply(_help(index))
    if not words:
        return Reply(_unknown(_echo(raw), index, []))
    if len(words) == 1 and words[0] in LIST_WORDS and not index.exact(words[0]):
        return Reply(render_list(index.all_truces(), now), kind)

    name, fuzzy, suggestions = _lookup(index, words)
    if name is None:
        return Reply(_unknown(_echo(raw, share), index, suggestions))
    note = f"Showing *{escape_mrkdwn(name)}* for “{_echo(raw, share)}”" if fuzzy else ""
    truce, spec = index.truce(name), index.spec(name)
    if chart:
        return Reply(_chart_reply(name, fuzzy), "ephemeral", chart=name)
    card = render_status(truce, events_for(truce.name), now, spec=spec)
    if note:
        card = Message(
            text=f"{note}\n{card.text}",
            blocks=[
                {"type": "context", "elements": [{"type": "mrkdwn", "text": note}]},
                *card.blocks,
            ][:50],
        )
    return Reply(card, kind)


class Found(NamedTuple):
    """What :func:`find` makes of a name: the spec (None if no clear match) and a note."""

    spec: TruceSpec | None
    #: "" for an exact name or alias; "showing Aleppo for 'alepo'" for a near miss.
    note: str


def find(text: str, specs: Sequence[TruceSpec], truces: Sequence[Truce] = ()) -> Found:
    """The tracked truce *text* names, matched as ``/truce NAME`` matches (for ``truce-bot
    status NAME``). Only truces with a spec are found. Pure; never raises."""
    raw = (text if isinstance(text, str) else "")[:MAX_INPUT]
    index = _Index(truces, specs)
    name, fuzzy, _ = _lookup(index, normalise(raw).split())
    spec = index.spec(name) if name else None
    if spec is None:
        return Found(None, "")
    note = f"showing {spec.name} for '{_plain_echo(raw)}'" if fuzzy else ""
    return Found(spec, note)


def unknown_text(text: str, specs: Sequence[TruceSpec], truces: Sequence[Truce] = ()) -> str:
    """One plain line for a terminal: "no tracked truce called 'x'; closest: Aleppo, Gaza"."""
    raw = (text if isinstance(text, str) else "")[:MAX_INPUT]
    index = _Index(truces, specs)
    _, _, suggestions = _lookup(index, normalise(raw).split())
    echo = _plain_echo(raw)
    first = f"no tracked truce called '{echo}'" if echo else "no tracked truce by that name"
    if suggestions:
        return f"{first}; closest: {', '.join(suggestions[:5])}"
    if index.names:
        return f"{first}; tracked: {', '.join(index.names[:10])}"
    return f"{first}; no truces are configured"


def _lookup(index: _Index, words: Sequence[str]) -> tuple[str | None, bool, list[str]]:
    """(canonical name or None, whether it was a near miss, closest names if none)."""
    if not words:
        return None, False, []
    query = " ".join(words)
    name = index.exact(query) or index.exact(_strip_filler(words))
    if name is not None:
        return name, False, []
    name, suggestions = index.fuzzy(_strip_filler(words) or query)
    return name, name is not None, suggestions


def _plain_echo(raw: str) -> str:
    s = " ".join("".join(ch for ch in raw if ch.isprintable()).split())
    return s if len(s) <= MAX_ECHO else s[: MAX_ECHO - 1].rstrip() + "…"


def _strip_filler(words: Sequence[str]) -> str:
    kept = [w for w in words if w not in _FILLER]
    return " ".join(kept)


def _echo(raw: str, share: bool = False) -> str:
    """The user's text, quoted back safely: one line, escaped, short."""
    s = " ".join("".join(ch for ch in raw if ch.isprintable()).split())
    if share:
        s = s.rstrip(" .!?")
        s = s[: len(s) - len(s.split()[-1])] if s.split() else s
    return escape_mrkdwn(_plain_echo(s))


@functools.lru_cache(maxsize=8)
def _spec_keys(
    specs: tuple[TruceSpec, ...],
) -> tuple[dict[str, TruceSpec], dict[str, str], tuple[str, ...]]:
    """(name -> spec, folded name/alias -> name, names in config order) for *specs*.
    Callers copy what they mutate: the cached values are shared."""
    by_name: dict[str, TruceSpec] = {}
    keys: dict[str, str] = {}
    for spec in specs:
        by_name.setdefault(spec.name, spec)
        for alias in spec.names:
            _add_key(keys, alias, spec.name)
    return by_name, keys, tuple(by_name)


def _add_key(keys: dict[str, str], alias: str, name: str) -> None:
    key = normalise(alias)
    if key:
        keys.setdefault(key, name)
        keys.setdefault(key.replace(" ", ""), name)


class _Index:
    """Names and aliases of every tracked truce, folded for matching."""

    def __init__(self, truces: Sequence[Truce], specs: Sequence[TruceSpec]) -> None:
        specs_map, keys, order = _spec_keys(tuple(specs))  # cached: specs rarely change
        self._specs: dict[str, TruceSpec] = specs_map
        self._truces: dict[str, Truce] = {}
        self._keys: dict[str, str] = dict(keys)  # folded name/alias -> canonical name
        self._order: list[str] = list(order)
        ordered = set(self._order)
        for truce in truces:
            canonical = self._keys.get(normalise(truce.name), truce.name)
            self._truces.setdefault(canonical, truce)
            if canonical not in ordered:
                ordered.add(canonical)
                self._order.append(canonical)
                self._add(truce.name, canonical)

    def _add(self, alias: str, name: str) -> None:
        _add_key(self._keys, alias, name)

    @property
    def names(self) -> list[str]:
        return list(self._order)

    def spec(self, name: str) -> TruceSpec | None:
        return self._specs.get(name)

    def truce(self, name: str) -> Truce:
        """The kept state, or a blank one for a configured truce nothing is known about yet."""
        if name in self._truces:
            return self._truces[name]
        spec = self._specs.get(name)
        return Truce(name=name, timezone=spec.timezone if spec else "UTC")

    def all_truces(self) -> list[Truce]:
        return [self.truce(n) for n in self._order]

    def exact(self, query: str) -> str | None:
        if not query:
            return None
        return self._keys.get(query) or self._keys.get(query.replace(" ", ""))

    def fuzzy(self, query: str) -> tuple[str | None, list[str]]:
        """(the one clear near miss or None, the closest names best first)."""
        if not query:
            return None, []
        words = set(query.split())
        containing = {n for k, n in self._keys.items() if words <= set(k.split())}
        if len(containing) == 1 and len(query) >= 3:  # "lebanon" -> "Southern Lebanon"
            return containing.pop(), []
        best: dict[str, float] = {}
        matcher = difflib.SequenceMatcher(None)
        matcher.set_seq2(query)  # difflib caches what it learns about seq2: the query
        for key, name in self._keys.items():
            if len(query) >= 3 and key.startswith(query):  # "gaz", "southern leb"
                ratio = DIRECT_RATIO
            else:
                matcher.set_seq1(key)
                # ratio() <= quick_ratio() <= real_quick_ratio(): skip hopeless keys cheaply
                if matcher.real_quick_ratio() < SUGGEST_RATIO or matcher.quick_ratio() < SUGGEST_RATIO:
                    continue
                ratio = matcher.ratio()
            best[name] = max(best.get(name, 0.0), ratio)
        ranked = sorted(best, key=lambda n: (-best[n], self._order.index(n)))
        close = [n for n in ranked if best[n] >= SUGGEST_RATIO]
        strong = [n for n in ranked if best[n] >= DIRECT_RATIO]
        if len(strong) == 1 or (strong and best[strong[0]] - best[strong[1]] >= 0.1):
            return strong[0], close
        if not close:  # difflib's own view as a second opinion (it weighs junk differently)
            keys = difflib.get_close_matches(query, list(self._keys), n=5, cutoff=SUGGEST_RATIO)
            close = list(dict.fromkeys(self._keys[k] for k in keys))
        return None, close[:5]


def _help(index: _Index) -> Message:
    names = index.names
    tracked = ", ".join(escape_mrkdwn(n) for n in names[:10]) if names else "none yet"
    if len(names) > 10:
        tracked += f" and {len(names) - 10} more"
    example = escape_mrkdwn(names[0].lower()) if names else "aleppo"
    lines = [
        "*/truce* — what the ceasefires we track are doing",
        "• `/truce list` — every tracked truce, soonest deadline first",
        f"• `/truce {example}` — one truce: state, deadline in three clocks, countdown, "
        "last extension, violations in the last 24 h, latest reports",
        f"• `/truce {example} share` — the same, posted in the channel for everyone",
        f"• `/truce {example} chart` — a picture of its timeline (start, deadlines, extensions, "
        "violations, now), posted in the channel",
        "• `/truce follow|unfollow NAME`, `/truce snooze NAME 12h`, `/truce unsnooze NAME`, "
        "`/truce digest 08:00 Europe/Berlin` — what this channel gets, and when",
        "• admins: `/truce track NAME tz=Asia/Damascus aliases=a,b`, `/truce set NAME 2026-12-01 18:00`",
        "• `/truce help` — this help",
        "Names and aliases work in any case, with or without accents, and near misses "
        "are forgiven.",
        f"Tracked: {tracked}",
    ]
    text = "\n".join(lines)
    return Message(
        text=text, blocks=[{"type": "section", "text": {"type": "mrkdwn", "text": text}}]
    )


def _unknown(echo: str, index: _Index, suggestions: list[str]) -> Message:
    """*echo* is the user's text, already escaped by :func:`_echo`."""
    first = f"No tracked truce called “{echo}”." if echo else "No tracked truce by that name."
    if suggestions:
        second = "Closest: " + ", ".join(escape_mrkdwn(n) for n in suggestions[:5]) + "."
    elif index.names:
        names = index.names
        second = "Tracked: " + ", ".join(escape_mrkdwn(n) for n in names[:10])
        second += f" and {len(names) - 10} more." if len(names) > 10 else "."
    else:
        second = "No truces are tracked yet."
    third = "Try `/truce list` for all of them, or `/truce help`."
    text = f"{first} {second}\n{third}"
    return Message(
        text=text, blocks=[{"type": "section", "text": {"type": "mrkdwn", "text": text}}]
    )


def _chart_reply(name: str, fuzzy: bool) -> Message:
    """The ephemeral answer to ``/truce NAME chart`` while the PNG is drawn and uploaded."""
    text = (f"📈 Drawing the *{escape_mrkdwn(name)}* truce timeline — it will appear in this "
            "channel in a few seconds.")
    if fuzzy:
        text += f" (Closest match to what you typed: {escape_mrkdwn(name)}.)"
    return Message(text=text, blocks=[{"type": "section", "text": {"type": "mrkdwn", "text": text}}])


# --- analyst features (issue 9): channel control, tracking, corrections, digests

#: First words of the control commands (a truce with such a name is still found by name).
CONTROL_WORDS = frozenset({"follow", "unfollow", "snooze", "unsnooze", "track", "set", "digest"})
_OPTION = re.compile(r"(?:^|\s)(tz|timezone|aliases|alias)=")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _say(text: str, kind: Literal["ephemeral", "in_channel"] = "ephemeral", action: Action | None = None) -> Reply:
    return Reply(Message(text=text, blocks=[{"type": "section", "text": {"type": "mrkdwn", "text": text}}]),
                 kind, action=action)


def _control(
    raw: str, index: _Index, now: datetime, *, user: str, channel: str, admins: Collection[str]
) -> Reply:
    """``follow|unfollow|snooze|unsnooze|track|set|digest ...``: a Reply whose ``action`` the
    edge carries out (state changes are announced ``in_channel``; mistakes are ephemeral)."""
    verb, _, rest = " ".join(raw.split()).partition(" ")
    verb = verb.casefold()
    if not channel:
        return _say("I cannot tell which channel this came from, so I changed nothing.")
    if verb in ("track", "set") and user not in admins:
        return _say(f"Only admins can `/truce {verb}` (their Slack user ids are listed in `[bot].admins`).")
    if verb == "track":
        return _track(rest, index, channel=channel, user=user)
    if verb == "digest":
        return _digest(rest, channel=channel, user=user)
    words = rest.split()
    span_text = words.pop() if verb == "snooze" and len(words) > 1 else ""
    day_at = next((i for i, w in enumerate(words) if _DAY.fullmatch(w)), None) if verb == "set" else None
    name_words = words[:day_at] if day_at is not None else words
    name, fuzzy, suggestions = _lookup(index, normalise(" ".join(name_words)).split())
    if name is None:
        return Reply(_unknown(_echo(" ".join(name_words)), index, suggestions))
    shown = escape_mrkdwn(name)
    if verb == "follow":
        return _say(f"🔔 This channel now follows *{shown}*: its alerts come here too.", "in_channel",
                    Action("follow", channel, user, name))
    if verb == "unfollow":
        return _say(f"🔕 This channel no longer gets *{shown}* alerts (`/truce follow {shown}` undoes it).",
                    "in_channel", Action("unfollow", channel, user, name))
    if verb == "unsnooze":
        return _say(f"🔔 *{shown}* is no longer snoozed here.", "in_channel", Action("unsnooze", channel, user, name))
    if verb == "snooze":
        try:
            span = parse_span(span_text)
        except ValueError as error:
            return _say(f"`/truce snooze {shown} 12h`: expected {error}.")
        until = now + span
        return _say(
            f"😴 *{shown}* snoozed here for {format_span(span.total_seconds())}, until "
            f"{local_time(until, 'UTC')} UTC: only expiry and collapse break through, marked (snoozed).",
            "in_channel", Action("snooze", channel, user, name, until=until),
        )
    # set NAME YYYY-MM-DD HH:MM [UTC]
    tail = words[day_at:] if day_at is not None else []
    truce = index.truce(name)
    spec = index.spec(name)
    zone = spec.timezone if spec is not None else truce.timezone
    if len(tail) == 3 and tail[2].casefold() in ("utc", "z"):
        zone = "UTC"
    elif len(tail) != 2:
        return _say(f"`/truce set {shown} 2026-12-01 18:00` (the truce's local time, {escape_mrkdwn(zone)}; "
                    "add `UTC` for UTC).")
    try:
        deadline = parse_local(tail[0], tail[1], zone)
    except ValueError as error:
        return _say(f"`/truce set`: expected {escape_mrkdwn(str(error))}.")
    if deadline <= now:
        return _say(f"{local_time(deadline, zone)} ({escape_mrkdwn(zone)}) has passed: a deadline set by hand must "
                    "be in the future.")
    was = f", was {local_time(truce.deadline, zone)}" if truce.deadline else ""
    return _say(
        f"✏️ *{shown}* deadline set to {local_time(deadline, zone)} ({escape_mrkdwn(zone)}), "
        f"{local_time(deadline, 'UTC')} UTC{was}. It overrides reports until newer news; "
        f"recorded as set by <@{user}>.",
        "in_channel", Action("set", channel, user, name, deadline=deadline),
    )


def _track(rest: str, index: _Index, *, channel: str, user: str) -> Reply:
    usage = "`/truce track NAME tz=Asia/Damascus aliases=Halab,Aleppo city`"
    match = _OPTION.search(rest)
    name = " ".join((rest[: match.start()] if match else rest).split())
    options: dict[str, str] = {}
    if match:
        parts = _OPTION.split(rest[match.start():])
        for key, value in zip(parts[1::2], parts[2::2], strict=False):
            options["tz" if key.startswith("t") else "aliases"] = value.strip()
    if not name or len(name) > 80 or not name.isprintable():
        return _say(f"{usage}: expected a name (at most 80 characters).")
    zone = valid_timezone(options.get("tz", "UTC"))
    if zone is None:
        return _say(f"{usage}: unknown IANA time zone “{escape_mrkdwn(options.get('tz', ''))}”.")
    aliases = tuple(dict.fromkeys(a.strip() for a in options.get("aliases", "").split(",") if a.strip()))
    for label in (name, *aliases):
        taken = index.exact(normalise(label))
        if taken is not None or not normalise(label):
            why = f"already names *{escape_mrkdwn(taken)}*" if taken else "has no letters or digits"
            return _say(f"“{escape_mrkdwn(label)}” {why}; names and aliases must be unique.")
    spec = TruceSpec(name=name, timezone=zone, aliases=aliases, channels=(channel,))
    also = f"; also called {', '.join(escape_mrkdwn(a) for a in aliases)}" if aliases else ""
    return _say(
        f"📌 Now tracking *{escape_mrkdwn(name)}* ({zone}{also}). Its alerts come to this channel; "
        "`/truce follow` brings them elsewhere.",
        "in_channel", Action("track", channel, user, name, spec=spec),
    )


def _digest(rest: str, *, channel: str, user: str) -> Reply:
    usage = "`/truce digest 08:00 Europe/Berlin` (or `/truce digest off`)"
    words = rest.split()
    if len(words) == 1 and words[0].casefold() in ("off", "none", "stop"):
        return _say("🗞️ No daily digest in this channel any more.", "in_channel",
                    Action("digest", channel, user, at=None))
    if not 1 <= len(words) <= 2:
        return _say(f"{usage}: the local time of day and its IANA zone.")
    try:
        at = parse_clock(words[0])
    except ValueError:
        return _say(f"{usage}: expected a time of day like 08:00.")
    zone = valid_timezone(words[1]) if len(words) == 2 else "UTC"
    if zone is None:
        return _say(f"{usage}: unknown IANA time zone “{escape_mrkdwn(words[1])}”.")
    return _say(
        f"🗞️ Daily digest here at {at:%H:%M} {zone}: every truce this channel follows, with state, time left, "
        "violations in 24 h and what changed.",
        "in_channel", Action("digest", channel, user, at=f"{at:%H:%M}", timezone=zone),
    )
