"""Helpers that make extraction cheaper give the answers of the plain forms they replace."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import bot.extract as E
from bot.extract import kinds as K
from bot.extract.text import _ABBREV, _abbreviation
from bot.extract.timeexpr import MONTH_NAMES

_WORDS = ["in", "in ", "early ", "mid-", "late ", "november", "may", "5", "said", "but", "while", "and the",
          ", and", ";", ":", ":3", "one year ago", "last month", "a.m", "p.m", "Mr", "U.S", "x", "I", " ", "\n",
          "truce", "extended", "as", "when", "which"]
_TEXT = st.lists(st.sampled_from(_WORDS), max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.data())
def test_last_cut_reads_lazily_the_same_cuts(low, data):
    lo = data.draw(st.integers(0, len(low)))
    hi = data.draw(st.integers(lo, len(low)))
    E._CUTS.clear()
    for pat in (K.CLAUSE_CUT, E._CLAUSE_BACK):
        spans = [(m.start(), m.end()) for m in pat.finditer(low)]
        want = max((y for x, y in spans if x >= lo and y <= hi), default=-1)
        # ask twice, the second time from the memo (and once further on first)
        E._last_cut(pat, low, 0, data.draw(st.integers(0, len(low))), -1)
        assert E._last_cut(pat, low, lo, hi, -1) == want


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aAmMpP.sStUu \n-_0\u017fkK", max_size=6))
def test_abbreviation_matches_the_case_insensitive_pattern(before):
    assert _abbreviation(before) == (_ABBREV.search(before) is not None)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_opens_with_background_is_the_leftmost_marker_at_0_to_4(low):
    m = K.BACKGROUND.search(low, 0, 40)
    assert E._opens_with_background(low) == (m is not None and m.start() <= 4)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.data())
def test_month_only_is_the_word_boundary_spelling(low, data):
    old = re.compile(r"\bin\s+(?:early\s+|mid-?|late\s+)?(" + "|".join(MONTH_NAMES) + r")\b(?!\s+\d)")
    a = data.draw(st.integers(0, len(low)))
    b = data.draw(st.integers(a, len(low)))
    spans = [(m.span(), m.group(1)) for m in old.finditer(low, a, b)]
    assert [(m.span(), m.group(1)) for m in E._MONTH_ONLY.finditer(low, a, b)] == spans
