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
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, NamedTuple

from bot.messages import Message, escape_mrkdwn, render_list, render_status
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
_FILLER = frozenset({"truce", "ceasefire", "cease", "fire", "the", "status", "in", "of"})


@dataclass(frozen=True)
class Reply:
    """What ``/truce`` answers: a message, ephemeral unless the user asked to share."""

    message: Message
    response_type: Literal["ephemeral", "in_channel"] = "ephemeral"


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
) -> Reply:
    """Answer ``/truce TEXT``. Pure apart from calling *events_for(name)* for the one truce
    shown (most recent event first). Never raises on any *text*."""
    raw = (text if isinstance(text, str) else "")[:MAX_INPUT]
    words = normalise(raw).split()
    share = len(words) > 1 and words[-1] in SHARE_WORDS
    if share:
        words = words[:-1]
    kind: Literal["ephemeral", "in_channel"] = "in_channel" if share else "ephemeral"
    index = _Index(truces, specs)

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


class _Index:
    """Names and aliases of every tracked truce, folded for matching."""

    def __init__(self, truces: Sequence[Truce], specs: Sequence[TruceSpec]) -> None:
        self._specs: dict[str, TruceSpec] = {}
        self._truces: dict[str, Truce] = {}
        self._keys: dict[str, str] = {}  # folded name/alias -> canonical name
        self._order: list[str] = []
        for spec in specs:
            if spec.name not in self._specs:
                self._specs[spec.name] = spec
                self._order.append(spec.name)
            for alias in spec.names:
                self._add(alias, spec.name)
        for truce in truces:
            canonical = self._keys.get(normalise(truce.name), truce.name)
            self._truces.setdefault(canonical, truce)
            if canonical not in self._order:
                self._order.append(canonical)
            self._add(truce.name, canonical)

    def _add(self, alias: str, name: str) -> None:
        key = normalise(alias)
        if key:
            self._keys.setdefault(key, name)
            self._keys.setdefault(key.replace(" ", ""), name)

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
        for key, name in self._keys.items():
            ratio = difflib.SequenceMatcher(None, query, key).ratio()
            if len(query) >= 3 and key.startswith(query):  # "gaz", "southern leb"
                ratio = max(ratio, DIRECT_RATIO)
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
