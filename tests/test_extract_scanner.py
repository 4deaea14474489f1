"""One trigger pass for several phrase tables (bot/extract/lexicon.py ``Scanner``) finds
exactly what each table finds on its own, and the same time-token starts."""

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.extract import kinds as K
from bot.extract.lexicon import Scanner, Triggers, scan_copy
from bot.extract.mentions import TRUCE_LEXICON
from bot.extract.text import fold
from bot.extract.timeexpr import TOKEN_LEADS

TABLES = [TRUCE_LEXICON, K.CUE_LEXICON, K.ATTACK_LEXICON]
SCANNER = Scanner(TABLES, TOKEN_LEADS, digits=True)
TIME = Triggers(TOKEN_LEADS, digits=True)
WORDS = ["the", "truce", "ceasefire", "cease-fire", "extended", "extend", "agreed", "to", "a", "72-hour", "pause",
         "in", "fighting", "shelling", "air", "strikes", "violated", "went", "into", "effect", "took", "is", "over",
         "no", "longer", "(", ")", ",", ".", "'", "halt", "é", "12", "0700", "gmt", "dec", "december", "end", "of",
         "ended", "may", "monday", "midnight", "moscow", "time", "due", "expire", "government", "go", "_", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join))
def test_one_pass_finds_what_each_table_and_the_time_triggers_find(text):
    low = fold(text)
    scan = scan_copy(low)
    hits, starts = SCANNER.find(low, scan)
    assert hits == [lex.find(low, scan) for lex in TABLES]
    assert starts == [pos for pos, _ in TIME.positions(scan)]


def test_no_phrase_lead_is_a_single_letter():
    """Cost guard: the trigger pass stops at every word a lead starts, and each stop costs a
    dispatch and a regex call. A one-letter lead ("f" for ``f(?:ell|alls)``) stops at every
    word with that initial (a fifth of all words for "t"): spell such a pattern with whole
    words, ``(?:fell|falls)``. Digits are exempt: a number is itself the lead."""
    short = sorted({lead for lex in TABLES for _, _, ls in lex.entries for lead in ls
                    if len(lead) == 1 and not lead.isdigit()})
    assert short == []
