"""Text plumbing for extraction: a length-preserving normal form and sentence spans.

``fold(text)`` lower-cases, strips diacritics and straightens quotes and dashes **without
changing the length**, so an offset found in the folded text is the same offset in the
original; evidence is therefore always cut verbatim from the item.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "sentences", "Sentence"]

_QUOTES = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
}


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _QUOTES:
        return _QUOTES[ch]
    low = ch.lower()
    if len(low) != 1:
        low = ch
    if low.isascii():
        return low
    base = unicodedata.normalize("NFKD", low)[:1]
    if len(base) == 1 and base.isascii():
        return base
    return low


def fold(text: str) -> str:
    """Lower-case, diacritic- and quote-folded copy of ``text`` with the same length."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(c) for c in text)


# A sentence ends at . ! ? (optionally followed by a closing quote) before whitespace, or
# at a blank line / newline. Abbreviations below do not end a sentence.
# (Spelled to start with one character class, so that ``re`` skips straight to candidate
# characters: the same matches as ``[.!?]["')\]]*\s+(?=["'(\[]?[A-Z0-9])|\n\s*``.)
_BOUNDARY = re.compile(r"""[.!?\n](?:(?<=[.!?])["')\]]*\s+(?=["'(\[]?[A-Z0-9])|(?<=\n)\s*)""")
_ABBREV = re.compile(
    r"(?:\b(?:a\.m|p\.m|lt|gen|col|maj|brig|capt|sgt|mr|mrs|ms|dr|st|no|vs|jan|feb|mar|apr|"
    r"jun|jul|aug|sep|sept|oct|nov|dec|u\.s|u\.n|e\.g|i\.e|approx|gov|sen|rep|prof|inc|co|corp|"
    r"jr|sr|mt|ft)|\b[A-Z])$",
    re.IGNORECASE,
)
#: ``_ABBREV`` for ASCII text, lower-cased first (the same matches; ``IGNORECASE`` costs
#: more than the lower-casing on these six characters).
_ABBREV_LOWER = re.compile(_ABBREV.pattern.replace("[A-Z]", "[a-z]"))
#: What may follow "a.m."/"p.m." inside the same sentence: a zone ("EDT", "(0500 GMT)",
#: "Moscow time"), a small word, or the date of the wire-style "7 a.m. Thursday", "6 p.m. May 12".
_AMPM_ZONE = re.compile(
    r"[A-Z]{2,5}\b|\(|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+time\b|(?:on|local|in|and|to|until|from)\b|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
)


class Sentence:
    """A sentence of the item: ``start``/``end`` offsets into the item text."""

    __slots__ = ("start", "end", "raw", "low")

    def __init__(self, start: int, end: int, raw: str, low: str) -> None:
        self.start, self.end, self.raw, self.low = start, end, raw, low

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Sentence({self.raw!r})"


def sentences(text: str, low: str) -> list[Sentence]:
    """Split ``text`` (with its folded copy ``low``) into sentences."""
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        at, after = m.span()
        stop = text[at] in ".!?"
        if stop:
            before = text[max(0, at - 6): at]
            if _abbreviation(before):
                # "8 a.m. (0500 GMT)" or "12:00 a.m. EDT" keep going; a real sentence after
                # "a.m." starts with a capitalised ordinary word.
                nxt = text[after: after + 30]
                if not before.lower().endswith(("a.m", "p.m")) or _AMPM_ZONE.match(nxt):
                    continue
        # include closing quotes/brackets in the sentence, not the whitespace after them
        cut = at + 1 if stop else at
        _add(out, text, low, start, cut + len(text[cut:after].rstrip()))
        start = after
    _add(out, text, low, start, len(text))
    return out


def _abbreviation(before: str) -> bool:
    """``before`` (the characters before a full stop) ends with an abbreviation."""
    if before.isascii():
        return _ABBREV_LOWER.search(before.lower()) is not None
    return _ABBREV.search(before) is not None


def _add(out: list[Sentence], text: str, low: str, start: int, end: int) -> None:
    """Append ``text[start:end]`` without its surrounding whitespace, unless it is empty."""
    raw = text[start:end]
    kept = raw.strip()
    if kept:
        start += len(raw) - len(raw.lstrip())
        end = start + len(kept)
        out.append(Sentence(start, end, kept, low[start:end]))
