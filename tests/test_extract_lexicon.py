"""The lead-word index behind the phrase tables (bot/extract/lexicon.py)."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.extract import kinds as K
from bot.extract.lexicon import Lexicon, leads, scan_copy
from bot.extract.mentions import TRUCE_TERMS


@pytest.mark.parametrize("pattern,want", [
    (r"declar(?:e|ed)\b", ["declar"]),
    (r"(?:took|take)\s+effect", ["took", "take"]),
    (r"expires?\b", ["expire"]),
    (r"(?:renew(?:s|ed)?|renewal)\b", ["renew", "renewal"]),
    (r"(?:\d{1,3}|five)-hour", list("0123456789") + ["five"]),
    (r"over\b(?<=truce over)", ["over"]),
    # several top-level alternatives: each leads (the second was once dropped, and never matched)
    (r"(?:lost|loses)\s+meaning\b|(?:has|had)\s+no\s+meaning\b", ["lost", "loses", "has", "had"]),
])
def test_leads(pattern, want):
    assert leads(pattern) == want


@pytest.mark.parametrize("pattern", [r"(?:now-)?defunct", r"\bword", r".*x"])
def test_a_pattern_without_a_literal_lead_is_refused_at_import(pattern):
    with pytest.raises(ValueError):
        leads(pattern)


def test_scan_copy_keeps_offsets():
    low = "the 'regime' (cease-fire) até 21:01"
    scan = scan_copy(low)
    assert len(scan) == len(low) + 1 and scan[1:4] == b"the" and scan[5] == 32


ENTRIES = [(p, p) for p, _ in TRUCE_TERMS] + [(c.pattern, c.pattern) for c in K.CUES]
LEX = Lexicon(ENTRIES)
WORDS = ["the", "truce", "ceasefire", "cease-fire", "extended", "agreed", "to", "a", "72-hour", "pause", "in",
         "fighting", "humanitarian", "window", "took", "effect", "(", ")", "'", ",", "regime", "of", "silence",
         "halt", "é", "12", "declared", "announced", "renewal", "has", "no", "meaning", "lost", "its", "was", "void"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join))
def test_lexicon_finds_what_the_patterns_find_at_word_starts(text):
    low = text
    got = {(a, b, p) for a, b, p in LEX.find(low, scan_copy(low))}
    want = set()
    for pos in range(len(low)):
        if pos and re.match(r"[a-z0-9-]", low[pos - 1]):
            continue
        for pat, payload in ENTRIES:
            m = re.compile(pat).match(low, pos)
            if m:
                want.add((pos, m.end(), payload))
    assert got == want
