"""bot/commands.py: the /truce grammar (DESIGN.md, "Slash command"), as a table."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.commands import Found, Reply, answer, find, normalise, unknown_text
from bot.models import Event, Source, Truce, TruceSpec

NOW = datetime(2016, 5, 9, 14, 5, tzinfo=UTC)
DEADLINE = datetime(2016, 5, 11, 21, 0, tzinfo=UTC)

SPECS = [
    TruceSpec("Aleppo", "Asia/Damascus", ("Aleppo province", "Aleppo countryside")),
    TruceSpec("Gaza", "Asia/Gaza"),
    TruceSpec("Southern Lebanon", "Asia/Beirut", ("south Lebanon",)),
    TruceSpec("Homs", "Asia/Damascus"),
    TruceSpec("Hama", "Asia/Damascus"),
]
TRUCES = [
    Truce(
        name="Aleppo",
        timezone="Asia/Damascus",
        status="active",
        deadline=DEADLINE,
        previous_deadline=datetime(2016, 5, 9, 21, 1, tzinfo=UTC),
    ),
    Truce(
        name="Southern Lebanon",
        timezone="Asia/Beirut",
        status="active",
        deadline=NOW + timedelta(hours=5),
    ),
]
EVENTS = {
    "Aleppo": [
        Event(
            "Aleppo",
            "extended",
            DEADLINE,
            "extended by 48 hours",
            Source("r1", "https://example.org/r1", "Reuters", NOW),
        ),
    ]
}


class Recorder:
    """events_for that remembers which truces were asked about."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def __call__(self, name: str) -> list[Event]:
        self.asked.append(name)
        return EVENTS.get(name, [])


def ask(text: str) -> tuple[Reply, list[str]]:
    events_for = Recorder()
    reply = answer(text, TRUCES, SPECS, NOW, events_for=events_for)
    return reply, events_for.asked


def first_line(reply: Reply) -> str:
    return reply.message.text.split("\n")[0]


@pytest.mark.parametrize(
    ("text", "starts", "asked"),
    [
        ("", "*/truce*", []),
        ("   ", "*/truce*", []),
        ("help", "*/truce*", []),
        ("HELP me", "*/truce*", []),
        ("list", "Tracked truces (5)", []),
        ("  List ", "Tracked truces (5)", []),
        ("Aleppo", "🕊️ Aleppo truce — in force", ["Aleppo"]),
        ("aleppo", "🕊️ Aleppo truce — in force", ["Aleppo"]),
        ("ALEPPO", "🕊️ Aleppo truce — in force", ["Aleppo"]),
        ("ALÉPPO", "🕊️ Aleppo truce — in force", ["Aleppo"]),  # accent-insensitive
        ("aleppo province", "🕊️ Aleppo truce — in force", ["Aleppo"]),  # alias
        ("Aleppo-Countryside!", "🕊️ Aleppo truce — in force", ["Aleppo"]),  # punctuation
        ("aleppocountryside", "🕊️ Aleppo truce — in force", ["Aleppo"]),  # spacing
        ("aleppo truce", "🕊️ Aleppo truce — in force", ["Aleppo"]),  # filler word
        ("south lebanon", "🕊️ Southern Lebanon truce — in force", ["Southern Lebanon"]),
        ("gaza", "❔ Gaza truce — no reports yet", ["Gaza"]),  # configured, nothing known
        ("alepo", "Showing *Aleppo* for “alepo”", ["Aleppo"]),  # fuzzy, one clear match
        ("Alépo", "Showing *Aleppo* for “Alépo”", ["Aleppo"]),  # fuzzy + accent
        ("lebanon", "Showing *Southern Lebanon* for “lebanon”", ["Southern Lebanon"]),
        ("xyzzy", "No tracked truce called “xyzzy”. Tracked: Aleppo, Gaza,", []),
        ("homa", "No tracked truce called “homa”. Closest: Homs, Hama.", []),  # ambiguous
        ("alxppx", "No tracked truce called “alxppx”. Closest: Aleppo.", []),
    ],
)
def test_grammar(text, starts, asked):
    reply, events_asked = ask(text)
    assert first_line(reply).startswith(starts)
    assert events_asked == asked
    assert reply.response_type == "ephemeral"


def test_status_reply_is_the_status_card_with_its_events():
    reply, _ = ask("aleppo")
    body = reply.message.text
    assert "ends Wed 11 May 2016, 24:00 Damascus time" in body
    assert "“extended by 48 hours”" in body
    assert "<https://example.org/r1|Reuters>" in body


def test_fuzzy_answer_says_what_it_is_showing_in_a_context_block():
    reply, _ = ask("alepo")
    note = reply.message.blocks[0]
    assert note["type"] == "context"
    assert note["elements"][0]["text"] == "Showing *Aleppo* for “alepo”"
    assert reply.message.blocks[1]["type"] == "header"


@pytest.mark.parametrize(
    ("text", "kind", "starts"),
    [
        ("aleppo share", "in_channel", "🕊️ Aleppo truce"),
        ("Aleppo SHARE", "in_channel", "🕊️ Aleppo truce"),
        ("alepo share", "in_channel", "Showing *Aleppo* for “alepo”"),
        ("list share", "in_channel", "Tracked truces"),
        ("share", "ephemeral", "No tracked truce called “share”"),
        ("nowhere share", "ephemeral", "No tracked truce called “nowhere”"),  # never shared
    ],
)
def test_share_posts_in_channel(text, kind, starts):
    reply, _ = ask(text)
    assert reply.response_type == kind
    assert first_line(reply).startswith(starts)


def test_help_lists_commands_and_tracked_names():
    reply, _ = ask("help")
    text = reply.message.text
    for command in ("/truce list", "/truce aleppo", "/truce aleppo share", "/truce help"):
        assert f"`{command}`" in text
    assert "Tracked: Aleppo, Gaza, Southern Lebanon, Homs, Hama" in text


def test_list_includes_configured_truces_without_state_last():
    reply, _ = ask("list")
    lines = reply.message.text.split("\n")[1:]
    names = [line.split("*")[1] for line in lines]
    assert names[:2] == ["Southern Lebanon", "Aleppo"]  # soonest deadline first
    assert sorted(names[2:]) == ["Gaza", "Hama", "Homs"]


SLACK_TOKEN = re.compile(
    r"<!date\^\d+\^\{date_short_pretty\} \{time\}\|[^<>|]*>"
    r"|<https?://[^\s<>|]+\|[^<>]*>"
)


def assert_safe(reply: Reply) -> None:
    texts = [reply.message.text]
    for block in reply.message.blocks:
        texts.append(str(block))
    for t in texts:
        assert "<" not in SLACK_TOKEN.sub("", t), t
    assert len(reply.message.blocks) <= 50


@pytest.mark.parametrize(
    "text",
    [
        "x" * 10_000,
        "aleppo" + " " * 5_000 + "share",
        "<!channel>",
        "<!here> aleppo",
        "<@U024BE7LH>",
        "<https://evil.example|aleppo>",
        "🕊️🔥💥",
        "\x00\x07\x1b[31m",
        "\u202eoppela",
        "حلب",
        "阿勒颇",
        "a" * 199 + "<!channel>",
        "&lt;!channel&gt;",
    ],
)
def test_odd_input_gets_a_helpful_escaped_reply(text):
    start = time.perf_counter()
    reply, _ = ask(text)
    assert time.perf_counter() - start < 0.5  # well inside Slack's 3 s
    assert reply.message.text
    assert_safe(reply)
    assert len(reply.message.text) < 2000


def test_unknown_name_is_echoed_escaped_and_short():
    reply, _ = ask("<!channel> please " + "z" * 500)
    text = reply.message.text
    assert "&lt;!channel&gt;" in text
    assert "<!channel>" not in text
    assert len(first_line(reply)) < 200


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_answered_never_raises(text):
    reply, _ = ask(text)
    assert reply.response_type in ("ephemeral", "in_channel")
    assert_safe(reply)


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        (" Alépo-Province! ", "alepo province"),
        ("ALEPPO", "aleppo"),
        ("Straße", "strasse"),
        ("Ｇａｚａ", "gaza"),  # full-width letters (NFKD)
        ("<!channel>", "channel"),
    ],
)
def test_normalise(raw, folded):
    assert normalise(raw) == folded


def test_no_truces_at_all():
    reply = answer("aleppo", [], [], NOW, events_for=lambda name: [])
    assert "No tracked truce called “aleppo”" in reply.message.text
    assert "No truces are tracked yet" in reply.message.text
    assert (
        "No truces are tracked yet"
        in answer("list", [], [], NOW, events_for=lambda n: []).message.text
    )
    assert "Tracked: none yet" in answer("", [], [], NOW, events_for=lambda n: []).message.text


def test_a_truce_known_only_from_state_is_still_found():
    truces = [Truce(name="Idlib", timezone="Asia/Damascus", status="collapsed")]
    reply = answer("idlib", truces, [], NOW, events_for=lambda name: [])
    assert first_line(reply) == "💥 Idlib truce — collapsed"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Aleppo countryside", Found(SPECS[0], "")),
        ("ALÉPPO", Found(SPECS[0], "")),
        ("alepo", Found(SPECS[0], "showing Aleppo for 'alepo'")),
        ("homa", Found(None, "")),  # ambiguous: no guess
        ("", Found(None, "")),
        ("\x00" * 50, Found(None, "")),
    ],
)
def test_find_for_the_cli(text, found):
    assert find(text, SPECS) == found


def test_unknown_text_is_one_plain_line_with_suggestions():
    assert unknown_text("alepo-x", SPECS) == "no tracked truce called 'alepo-x'; closest: Aleppo"
    line = unknown_text("<!channel>\n" + "q" * 500, SPECS)
    assert "\n" not in line and len(line) < 200
    assert line.endswith("tracked: Aleppo, Gaza, Southern Lebanon, Homs, Hama")
    assert unknown_text("x", []) == "no tracked truce called 'x'; no truces are configured"
