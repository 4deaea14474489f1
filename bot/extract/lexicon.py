"""Fast lookup of phrase tables by their leading words.

Python's ``re`` tries every alternative of a ``\\b(?:a|b|c...)`` pattern at every position of
the text, so a table of forty phrases costs milliseconds on a 2 KB item. Here every table
entry starts with a literal *lead* word (derived from its pattern, see ``leads``); one regex
pass over a space-separated copy of the item finds where any lead starts (the engine jumps
from space to space with a literal search and tests a trie of leads there), and only the
entries of the lead found are matched, anchored, at that position.

``Lexicon.find(low, scan)`` returns ``(start, end, payload)`` for every entry matching at a
word start, in text order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any, Generic, TypeVar

__all__ = ["leads", "scan_copy", "Lexicon", "Scanner", "Triggers", "literal_first", "fast_compile"]

P = TypeVar("P")

# every byte but a-z, 0-9 and hyphen becomes a space (non-ASCII became '?')
_KEEP = set(b"abcdefghijklmnopqrstuvwxyz0123456789-")
_SEP = bytes(b if b in _KEEP else 0x20 for b in range(256))


def scan_copy(low: str) -> bytes:
    """A byte copy of folded text, words separated by spaces, one leading space: a word
    starting at ``low[i]`` has a space at ``scan[i]``."""
    return b" " + low.encode("ascii", "replace").translate(_SEP)


def _split_top(body: str) -> list[str]:
    """Top-level alternatives of a group body."""
    out, cur, depth, i = [], "", 0, 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            cur += body[i: i + 2]
            i += 2
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(cur)
            cur = ""
            i += 1
            continue
        cur += c
        i += 1
    out.append(cur)
    return out


def _group_end(pattern: str, start: int) -> int:
    """Index just past the group opening at ``pattern[start]``."""
    depth, i = 0, start
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError(f"unbalanced pattern: {pattern!r}")


_LIT = re.compile(r"[a-z0-9-]+")


def leads(pattern: str) -> list[str]:
    """The literal words a match of ``pattern`` can start with.

    Patterns must start with a literal (``declar(?:e|ed)``), an alternation of literals
    (``(?:took|take)\\s+effect``), or a named group holding one of those; a pattern of several
    top-level alternatives leads with the leads of each. Raises ValueError
    otherwise, so a table entry that cannot be indexed fails at import, not in production.
    """
    top = _split_top(pattern)
    if len(top) > 1:  # "lost\s+meaning|had\s+no\s+meaning": every top-level alternative leads
        return [w for alt in top for w in leads(alt)]
    p = pattern
    while p.startswith("(?P<"):
        end = _group_end(p, 0)
        p = p[p.index(">") + 1: end - 1] + p[end:]
    if p.startswith("(?:"):
        end = _group_end(p, 0)
        if p[end: end + 1] in ("?", "*"):
            raise ValueError(f"optional first group in {pattern!r}: spell out the alternatives")
        out: list[str] = []
        for alt in _split_top(p[3: end - 1]):
            out += leads(alt + p[end:]) if alt.startswith("(") else _lit_lead(alt, pattern)
        return out
    return _lit_lead(p, pattern)


def _lit_lead(alt: str, pattern: str) -> list[str]:
    if alt.startswith(("\\d", "[0-9]")):
        return list("0123456789")
    m = _LIT.match(alt)
    lit = m.group(0) if m else ""
    if alt[len(lit): len(lit) + 1] in ("?", "*", "{"):
        lit = lit[:-1]
    if not lit:
        raise ValueError(f"no literal lead in {pattern!r}")
    return [lit]


def _trie_regex(words: Iterable[str]) -> str:
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            alts.append(re.escape(ch) + emit(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


class Triggers:
    """Where any of a set of lead words starts, in one pass."""

    def __init__(self, words: Iterable[str], *, digits: bool = False) -> None:
        words = sorted(set(words))
        alt = _trie_regex(words)
        if digits:
            alt = f"(?:{alt}|[0-9])" if alt else "[0-9]"
        # the space and the lead are consumed, not looked ahead at: a lead holds no space,
        # so the next word's space is still ahead (same hits, one assertion less per word)
        self._rx = re.compile((" (" + alt + ")").encode())

    def positions(self, scan: bytes) -> list[tuple[int, bytes]]:
        """``(offset in the folded text, lead bytes)`` for each lead occurrence."""
        return [(m.start(), m.group(1)) for m in self._rx.finditer(scan)]


class Lexicon(Generic[P]):
    """A table of ``(pattern, payload)`` entries found by their leads."""

    def __init__(self, entries: Sequence[tuple[str, P]], *, digits: bool = False) -> None:
        self.entries = [(re.compile(pat), payload, leads(pat)) for pat, payload in entries]
        by_lead: dict[str, list[int]] = {}
        for n, (_, _, ls) in enumerate(self.entries):
            for lead in ls:
                by_lead.setdefault(lead, []).append(n)
        digits = digits or any(lead[:1].isdigit() for lead in by_lead)
        if digits:
            for d in "0123456789":
                by_lead.setdefault(d, [])
        # a lead found also triggers the entries of every shorter lead it starts with
        all_leads = sorted(by_lead)
        self._dispatch: dict[bytes, list[tuple[re.Pattern[str], P]]] = {}
        for lead in all_leads:
            idx = sorted({n for other in all_leads if lead.startswith(other) for n in by_lead[other]})
            self._dispatch[lead.encode()] = [(self.entries[n][0], self.entries[n][1]) for n in idx]
        self.triggers = Triggers(all_leads, digits=digits)
        self.leads = frozenset(all_leads)

    def find(self, low: str, scan: bytes, start: int = 0, end: int | None = None) -> list[tuple[int, int, P]]:
        """Entries matching at word starts in ``low[start:end]`` (``scan = scan_copy(low)``)."""
        out: list[tuple[int, int, P]] = []
        hi = len(low) if end is None else end
        dispatch = self._dispatch
        for m in self.triggers._rx.finditer(scan, start, hi + 1):
            pos = m.start()
            lead = m.group(1)
            got = dispatch.get(lead)
            if got is None:  # a digit run: dispatch on its first digit
                got = dispatch.get(lead[:1], ())
            for rx, payload in got:
                mm = rx.match(low, pos, hi)
                if mm is not None:
                    out.append((pos, mm.end(), payload))
        return out


class Scanner:
    """Several ``Lexicon`` tables and a set of bare lead words, read in **one** trigger pass.

    A trigger pass costs about the same whatever the number of leads, so tables read
    together cost one pass, not one each; and at each lead found, **one** regex call tries
    every entry of every table the lead can start (each entry in its own optional
    lookahead group, which captures exactly what the entry alone would match), so a lead
    whose entries all fail ("to", "in", digits: most of them) costs one call.

    ``find`` gives, per table, exactly what ``Lexicon.find`` gives over the whole text (a
    table's entries at a position are those of its leads prefixing the longest lead found
    there), and the positions where one of the bare ``words`` (or, with ``digits``, a
    digit) starts.
    """

    def __init__(self, lexicons: Sequence[Lexicon[Any]], words: Iterable[str] = (), *, digits: bool = False) -> None:
        words = set(words)
        every = set(words).union(*(lex.leads for lex in lexicons))
        if digits:
            every.update("0123456789")
        self.size = len(lexicons)
        #: lead found -> (regex or None, [(table, group, payload)], whether a bare word starts there)
        self._dispatch: dict[bytes, tuple[re.Pattern[str] | None, list[tuple[int, int, Any]], bool]] = {}
        for lead in every:
            prefixes = [lead[:n] for n in range(len(lead), 0, -1)]  # longest first
            entries: list[tuple[int, re.Pattern[str], Any]] = []
            for k, lex in enumerate(lexicons):
                own = next((x for x in prefixes if x in lex.leads), None)
                if own is not None:
                    entries += [(k, rx, payload) for rx, payload in lex._dispatch[own.encode()]]
            word = any(x in words for x in prefixes) or (digits and lead[:1].isdigit())
            self._dispatch[lead.encode()] = (*_one_regex(entries), word)
        self.triggers = Triggers(every)

    def find(self, low: str, scan: bytes) -> tuple[list[list[tuple[int, int, Any]]], list[int]]:
        """(per table, its ``(start, end, payload)`` hits; the bare words' start offsets)."""
        out: list[list[tuple[int, int, Any]]] = [[] for _ in range(self.size)]
        words: list[int] = []
        dispatch = self._dispatch
        for m in self.triggers._rx.finditer(scan):
            pos = m.start()
            rx, slots, word = dispatch[m.group(1)]
            if word:
                words.append(pos)
            if rx is None:
                continue
            mm = rx.match(low, pos)
            if mm is None:
                continue
            k, group, payload = slots[0]
            if not group:  # one entry: its own regex
                out[k].append((pos, mm.end(), payload))
                continue
            if mm.lastindex is None:
                continue  # none of the entries matched
            regs = mm.regs
            for k, group, payload in slots:
                end = regs[group][1]
                if end >= 0:
                    out[k].append((pos, end, payload))
        return out, words


def _one_regex(entries: list[tuple[int, re.Pattern[str], Any]]) -> tuple[re.Pattern[str] | None, list[tuple[int, int, Any]]]:
    """One regex trying ``entries`` (``(table, regex, payload)``, in order) at a position,
    and its slots ``(table, group, payload)``: one entry is its own regex (group 0, the
    whole match); several share one, each entry captured by a group of its own."""
    if not entries:
        return None, []
    if len(entries) == 1:
        k, rx, payload = entries[0]
        return rx, [(k, 0, payload)]
    body, slots, group = "", [], 1
    for k, rx, payload in entries:
        body += f"(?:(?=({rx.pattern})))?"
        slots.append((k, group, payload))
        group += 1 + rx.groups
    return re.compile(body), slots


# ---------------------------------------------------------------- literal-first spelling

_WORDCH = set("abcdefghijklmnopqrstuvwxyz0123456789_")
_QUANT = ("?", "*", "+", "{")


def _lit_start(alt: str) -> bool:
    """``alt`` starts with a plain word character that is not quantified."""
    return bool(alt) and alt[0] in _WORDCH and alt[1:2] not in _QUANT


def _wordstart(alt: str) -> str:
    """``\\bxyz...`` for a literal word character ``x`` as ``x(?<!\\wx)yz...``."""
    return f"{alt[0]}(?<!\\w{alt[0]}){alt[1:]}"


def _class_literals(alt: str) -> list[str] | None:
    """``[;"]`` (a class of plain punctuation, alone) as its characters, else None."""
    if not (alt.startswith("[") and alt.endswith("]")) or alt.startswith("[^"):
        return None
    body, out, i = alt[1:-1], [], 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            if i + 1 >= len(body) or body[i + 1].isalnum():
                return None
            c = body[i + 1]
            i += 1
        elif c in "-[]":
            return None
        out.append(re.escape(c))
        i += 1
    return out


def _alt_first(alt: str, budget: int = 64) -> list[str]:
    """One top-level alternative spelled as literal-first alternatives (same order)."""
    lits = _class_literals(alt)
    if lits is not None:
        return lits
    wb = alt.startswith("\\b")
    rest = alt[2:] if wb else alt
    if wb and _lit_start(rest):
        return [_wordstart(rest)]
    if rest.startswith("(?:"):
        # (?:a|b)tail = a tail|b tail, tried in the same order
        end = _group_end(rest, 0)
        if rest[end: end + 1] in _QUANT:
            return [alt]
        inner = _split_top(rest[3: end - 1])
        if len(inner) > budget:
            return [alt]
        out: list[str] = []
        for i in inner:
            sub = _alt_first(("\\b" if wb else "") + i + rest[end:], budget // len(inner))
            out += sub
        if len(out) <= budget and not any(o.startswith(("\\b", "(")) for o in out):
            return out
    return [alt]


def literal_first(pattern: str) -> str:
    """``pattern`` respelled so that every top-level alternative starts with a literal.

    Python's ``re`` tries a pattern of ``\\bword`` alternatives alternative by alternative at
    every position; when every alternative starts with a literal character it skips to those
    characters (up to 8x faster on a sentence for some patterns, slower for others: measure
    before using it). The respelling matches exactly the same spans, in the same order of
    preference:

    - ``\\bword`` becomes ``w(?<!\\ww)ord`` (the lookbehind is the word-start check);
    - ``\\b(?:one|two)\\s+days`` becomes ``o(?<!\\wo)ne\\s+days|t(?<!\\wt)wo\\s+days``;
    - ``[;"]`` becomes ``;|"``.

    Alternatives of other shapes are kept as they are (the pattern still works, only slower).
    Patterns with capturing groups or backreferences are returned unchanged.
    """
    if re.search(r"\((?!\?)|\(\?P|\\\d", pattern):
        return pattern
    return "|".join(a for alt in _split_top(pattern) for a in _alt_first(alt))


def fast_compile(pattern: str) -> re.Pattern[str]:
    """``re.compile(literal_first(pattern))``: see ``literal_first``."""
    return re.compile(literal_first(pattern))
