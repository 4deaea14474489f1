"""bot/messages.py: alerts, status cards and lists as Slack shows them (DESIGN.md, "What an
alert looks like"), escaping of feed text, and Slack's Block Kit limits."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.messages import (
    MAX_BLOCKS,
    MAX_CONTEXT_ELEMENTS,
    MAX_FIELD,
    MAX_FIELDS,
    MAX_HEADER,
    MAX_SECTION,
    Message,
    city_of,
    escape_mrkdwn,
    format_countdown,
    format_deadline,
    format_span,
    local_time,
    render_alert,
    render_list,
    render_list_text,
    render_status,
    render_status_text,
)
from bot.models import Alert, Event, Source, Truce

NOW = datetime(2016, 5, 9, 14, 5, tzinfo=UTC)  # the seed report's publication time
DEADLINE = datetime(2016, 5, 11, 21, 0, tzinfo=UTC)  # midnight Wed/Thu in Damascus (UTC+3)
PREVIOUS = datetime(2016, 5, 9, 21, 1, tzinfo=UTC)  # Tue 00:01 Damascus
EVIDENCE = "extended by 48 hours from Tuesday 01:00 am (local time) to midnight on Wednesday"
SEED_SOURCE = {
    "item_key": "reuters-1",
    "link": "https://www.reuters.com/article/syria-truce",
    "publisher": "Reuters",
    "published": "2016-05-09T14:05:00Z",
    "title": "Syria truce in Aleppo extended by 48 hours",
}


def seed_payload(**changes: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "truce": "Aleppo",
        "timezone": "Asia/Damascus",
        "status": "active",
        "deadline": "2016-05-11T21:00:00Z",
        "previous_deadline": "2016-05-09T21:01:00Z",
        "time_stated": True,
        "extended_by": 48 * 3600,
        "evidence": EVIDENCE,
        "sources": [dict(SEED_SOURCE)],
    }
    payload.update(changes)
    return payload


def alert(kind: str = "extended", late_by: float | None = None, **changes: Any) -> Alert:
    return Alert(
        dedup_key=f"Aleppo|#syria-desk|{kind}|x",
        truce="Aleppo",
        channel="#syria-desk",
        kind=kind,  # type: ignore[arg-type]
        created_at=NOW,
        due_at=NOW,
        payload=seed_payload(**changes),
        late_by=late_by,
    )


def strings(obj: Any) -> list[str]:
    """Every string anywhere in a Block Kit payload (keys excluded)."""
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in strings(v)]
    if isinstance(obj, list | tuple):
        return [s for v in obj for s in strings(v)]
    return []


def all_text(message: Message) -> list[str]:
    return [message.text, *strings(message.blocks)]


# --- the seed extension, exactly as DESIGN.md shows it ------------------------------------


def test_seed_extension_text_is_the_design_example():
    message = render_alert(alert(), NOW)
    assert message.text.split("\n") == [
        "⏩ Aleppo truce extended by 48 h — now ends Wed 11 May 2016, 24:00 Damascus time",
        "   21:00 UTC · <!date^1463000400^{date_short_pretty} {time}|21:00 UTC> your time"
        " · in 2 d 6 h",
        "   previous deadline: Tue 10 May 00:01 Damascus (21:01 UTC Mon) — moved +47 h 59 m",
        f'   "{EVIDENCE}"',
        "   Source: <https://www.reuters.com/article/syria-truce|Reuters>, published"
        " Mon 9 May 2016 14:05 UTC · 1 source, unconfirmed",
    ]


def test_seed_extension_blocks_show_three_clocks_countdown_quote_and_source():
    blocks = render_alert(alert(), NOW).blocks
    assert [b["type"] for b in blocks] == ["header", "section", "section", "context"]
    assert blocks[0]["text"] == {
        "type": "plain_text",
        "text": "⏩ Aleppo truce extended by 48 h",
        "emoji": True,
    }
    fields = [f["text"] for f in blocks[1]["fields"]]
    assert fields == [
        "*Local*\nWed 11 May 2016, 24:00 Damascus",
        "*UTC*\nWed 11 May 2016 21:00 UTC",
        "*Your time*\n<!date^1463000400^{date_short_pretty} {time}|Wed 11 May 2016 21:00 UTC>",
        "*Countdown*\nin 2 d 6 h",
        "*Previous deadline*\nTue 10 May 00:01 Damascus (21:01 UTC Mon)",
        "*Moved*\n+47 h 59 m",
    ]
    assert blocks[2]["text"]["text"] == f"> “{EVIDENCE}”"
    (element,) = blocks[3]["elements"]
    assert element["text"].startswith(
        "<https://www.reuters.com/article/syria-truce|Reuters>, published Mon 9 May 2016 14:05 UTC"
    )


def test_seed_blocks_are_valid_block_kit():
    blocks_module = pytest.importorskip("slack_sdk.models.blocks")
    for block in render_alert(alert(), NOW).blocks:
        blocks_module.Block.parse(block).validate_json()


# --- clocks -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "zone", "expected"),
    [
        # local midnight is 24:00 of the day that ends, not 00:00 of the next
        (DEADLINE, "Asia/Damascus", "Wed 11 May 2016, 24:00"),
        (DEADLINE + timedelta(minutes=1), "Asia/Damascus", "Thu 12 May 2016, 00:01"),
        (DEADLINE - timedelta(minutes=1), "Asia/Damascus", "Wed 11 May 2016, 23:59"),
        (DEADLINE + timedelta(seconds=1), "Asia/Damascus", "Thu 12 May 2016, 00:00"),
        # Damascus in winter is UTC+2: the same wall-clock midnight is 22:00 UTC
        (datetime(2016, 1, 10, 22, 0, tzinfo=UTC), "Asia/Damascus", "Sun 10 Jan 2016, 24:00"),
        # London springs forward at 01:00 UTC on 27 Mar 2016: 00:30 GMT, then 02:30 BST
        (datetime(2016, 3, 27, 0, 30, tzinfo=UTC), "Europe/London", "Sun 27 Mar 2016, 00:30"),
        (datetime(2016, 3, 27, 1, 30, tzinfo=UTC), "Europe/London", "Sun 27 Mar 2016, 02:30"),
        # New York falls back on 6 Nov 2016: 01:30 happens twice (EDT, then EST)
        (datetime(2016, 11, 6, 5, 30, tzinfo=UTC), "America/New_York", "Sun 6 Nov 2016, 01:30"),
        (datetime(2016, 11, 6, 6, 30, tzinfo=UTC), "America/New_York", "Sun 6 Nov 2016, 01:30"),
        (datetime(2016, 11, 6, 7, 30, tzinfo=UTC), "America/New_York", "Sun 6 Nov 2016, 02:30"),
        # half-hour zones
        (datetime(2016, 5, 11, 18, 30, tzinfo=UTC), "Asia/Kolkata", "Wed 11 May 2016, 24:00"),
    ],
)
def test_local_time_across_dst_and_midnight(when, zone, expected):
    assert local_time(when, zone) == expected


def test_dst_ambiguous_hour_is_told_apart_by_the_utc_clock():
    zone = "America/New_York"
    first = format_deadline(datetime(2016, 11, 6, 5, 30, tzinfo=UTC), zone, NOW)
    second = format_deadline(datetime(2016, 11, 6, 6, 30, tzinfo=UTC), zone, NOW)
    assert first.startswith("Sun 6 Nov 2016, 01:30 New York time (05:30 UTC)")
    assert second.startswith("Sun 6 Nov 2016, 01:30 New York time (06:30 UTC)")


def test_alert_in_a_dst_zone_uses_the_offset_of_the_deadline_not_of_now():
    # now is in winter (EST, UTC-5); the deadline is in summer (EDT, UTC-4)
    now = datetime(2016, 1, 15, 12, 0, tzinfo=UTC)
    a = alert(
        "expiring",
        timezone="America/New_York",
        deadline="2016-07-01T04:00:00Z",
        previous_deadline=None,
    )
    text = render_alert(a, now).text
    assert "Thu 30 Jun 2016, 24:00 New York time" in text
    assert "04:00 UTC Fri" in text  # the UTC day differs from the local day shown


@pytest.mark.parametrize(
    ("zone", "city"),
    [
        ("Asia/Damascus", "Damascus"),
        ("America/Port-au-Prince", "Port-au-Prince"),
        ("America/New_York", "New York"),
        ("America/Argentina/Buenos_Aires", "Buenos Aires"),
        ("UTC", "UTC"),
        ("Etc/UTC", "UTC"),
        ("Not/AZone", "UTC"),  # a bad zone never crashes rendering
    ],
)
def test_city_of_zone(zone, city):
    assert city_of(zone) == city


@pytest.mark.parametrize(
    ("delta", "expected"),
    [
        (timedelta(days=2, hours=6, minutes=55), "in 2 d 6 h"),  # truncated, two units
        (timedelta(hours=3), "in 3 h"),  # a zero second unit is left out
        (timedelta(hours=1, minutes=1), "in 1 h 1 m"),
        (timedelta(minutes=45), "in 45 m"),
        (timedelta(minutes=59, seconds=59), "in 59 m"),
        (timedelta(days=1, minutes=5), "in 1 d"),
        (timedelta(seconds=30), "now"),
        (timedelta(seconds=-59), "now"),
        (timedelta(hours=-3), "3 h ago"),
        (timedelta(days=-2, hours=-3, minutes=-20), "2 d 3 h ago"),
        (timedelta(days=-40), "40 d ago"),
        (timedelta(days=-364, hours=-5), "364 d 5 h ago"),
        (timedelta(days=-3850, hours=-7), "10 y 200 d ago"),  # years, not "3850 d ago"
        (timedelta(days=730, hours=3), "in 2 y"),
    ],
)
def test_countdown(delta, expected):
    assert format_countdown(NOW + delta, NOW) == expected


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [
        (48 * 3600, "48 h"),
        (47 * 3600 + 59 * 60, "47 h 59 m"),
        (2 * 3600 + 5 * 60 + 59, "2 h 5 m"),
        (45 * 60, "45 m"),
        (30, "< 1 m"),
        (-3600, "1 h"),
        (10 * 86400 + 3 * 3600, "10 d 3 h"),
        (7 * 86400, "7 d"),
    ],
)
def test_span(seconds, expected):
    assert format_span(seconds) == expected


def test_format_deadline_is_plain_text_for_a_terminal():
    assert format_deadline(DEADLINE, "Asia/Damascus", NOW) == (
        "Wed 11 May 2016, 24:00 Damascus time (21:00 UTC) · in 2 d 6 h"
    )
    assert format_deadline(None, "Asia/Damascus", NOW) == "no deadline known"


# --- every kind ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "changes", "expected_title"),
    [
        ("declared", {"previous_deadline": None}, "🕊️ Aleppo truce declared"),
        ("extended", {}, "⏩ Aleppo truce extended by 48 h"),
        ("expiring", {"previous_deadline": None}, "⏳ Aleppo truce ends in 2 d 6 h"),
        ("warning", {"warn_before": 6 * 3600}, "⏰ Aleppo truce expires in 6 h"),
        ("expired", {"scheduled": True}, "⌛ Aleppo truce has expired"),
        ("collapsed", {}, "💥 Aleppo truce has collapsed"),
        ("violation", {}, "🔥 Aleppo truce: violation reported"),
    ],
)
def test_every_kind_has_a_titled_header_with_the_truce_name(kind, changes, expected_title):
    message = render_alert(alert(kind, **changes), NOW)
    assert message.blocks[0]["type"] == "header"
    assert message.blocks[0]["text"]["text"] == expected_title
    assert message.text.startswith(expected_title)


def test_late_warning_counts_down_from_now_not_from_warn_before():
    now = DEADLINE - timedelta(hours=4)  # the 6 h warning, two hours late
    message = render_alert(alert("warning", late_by=2 * 3600 + 5 * 60, warn_before=6 * 3600), now)
    assert message.blocks[0]["text"]["text"] == "⏰ Aleppo truce expires in 4 h"
    assert "⚠ late by 2 h 5 m (bot was down)" in message.text
    assert any("late by 2 h 5 m (bot was down)" in s for s in strings(message.blocks))


@pytest.mark.parametrize("kind", ["declared", "extended", "expired", "collapsed", "violation"])
def test_late_alerts_of_any_kind_say_so(kind):
    message = render_alert(alert(kind, late_by=3 * 3600), NOW)
    assert "late by 3 h (bot was down)" in message.text
    assert "late by" not in render_alert(alert(kind), NOW).text


def test_date_only_deadline_says_time_of_day_not_stated():
    message = render_alert(alert("expiring", time_stated=False, previous_deadline=None), NOW)
    assert "time of day not stated" in message.text
    assert any("time of day not stated" in s for s in strings(message.blocks))
    assert "time of day not stated" not in render_alert(alert("expiring"), NOW).text


def test_no_deadline_renders_without_clocks():
    message = render_alert(alert("declared", deadline=None, previous_deadline=None), NOW)
    assert message.text.split("\n")[0] == "🕊️ Aleppo truce declared — no end time stated"
    assert "<!date" not in message.text


def test_violation_digest_counts_and_quotes_each_report():
    violations = [
        {
            "evidence": f"shelling in district {i}",
            "source": {**SEED_SOURCE, "item_key": f"v{i}", "link": f"https://example.org/{i}"},
        }
        for i in range(3)
    ]
    # the payload's own source is the report that closed the digest: counted once
    message = render_alert(
        alert("violation", violations=violations, sources=[violations[-1]["source"]]), NOW
    )
    assert message.blocks[0]["text"]["text"] == "🔥 Aleppo truce: 3 violations reported"
    body = "\n".join(strings(message.blocks))
    for i in range(3):
        assert f"shelling in district {i}" in body
        assert f"<https://example.org/{i}|Reuters>" in body
    assert "3 sources" in message.text


def test_malformed_payload_still_renders():
    a = alert(
        "extended",
        deadline="not a date",
        previous_deadline=12,
        timezone="Mars/Olympus_Mons",
        extended_by="lots",
        sources=["nonsense", {"link": None}, {"link": "ftp://x", "published": "yesterday"}],
        evidence=None,
        violations="x",
    )
    message = render_alert(a, NOW)
    assert message.text.startswith("⏩ Aleppo truce extended")


# --- escaping -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("<!channel>", "&lt;!channel&gt;"),
        ("<https://evil.example|Reuters>", "&lt;https://evil.example|Reuters&gt;"),
        ("AT&T &amp;", "AT&amp;T &amp;amp;"),  # escaped once, whatever it looks like
        ("@channel @here @everyone", "@\u2060channel @\u2060here @\u2060everyone"),
        ("press@un.org", "press@un.org"),  # an e-mail address is left alone
    ],
)
def test_escape_mrkdwn(raw, escaped):
    assert escape_mrkdwn(raw) == escaped


ATTACKS = [
    "<!channel>",
    "<!here>",
    "<!everyone>",
    "<@U024BE7LH>",
    "<#C024BE7LR|general>",
    "<!subteam^S123>",
    "<https://evil.example|Reuters>",
    "<http://x>",
    "<mailto:a@b.c|x>",
    "&lt;!channel&gt;",
    "@channel",
    "@here",
    "@Everyone",
    "x@HERE",
    "<",
    ">",
    "&",
    "|",
    "\x00",
    "\u202e",
    "\n",
    "<!date^0^{time}|x>",
]
feed_text = st.lists(st.one_of(st.sampled_from(ATTACKS), st.text(max_size=20)), max_size=8).map(
    "".join
)
feed_link = st.one_of(
    st.none(),
    feed_text,
    st.builds(lambda s: "https://example.org/" + s, feed_text),
    st.sampled_from(["javascript:alert(1)", "https://a.example/x|<!channel>", "http://a>b"]),
)

# What we may emit ourselves: Slack date tokens and links whose URL is http(s) with nothing
# that could end or open a token, and whose label holds no "<" or ">".
OUR_TOKENS = re.compile(
    r"<!date\^\d+\^\{date_short_pretty\} \{time\}\|[^<>|]*>"
    r"|<https?://[^\s<>|]+\|[^<>]*>"
)


def assert_no_injection(message: Message) -> None:
    for s in all_text(message):
        # a URL inside <https://...|label> is not parsed for mentions; its label and the rest are
        labels = [m.group(0).partition("|")[2] for m in OUR_TOKENS.finditer(s)]
        rest = OUR_TOKENS.sub("", s)
        assert "<" not in rest, s
        for mention in ("@channel", "@here", "@everyone"):
            for part in (rest, *labels):
                assert mention not in part.casefold(), s


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    evidence=feed_text,
    title=feed_text,
    publisher=feed_text,
    link=feed_link,
    kind=st.sampled_from(
        ["declared", "extended", "expiring", "expired", "collapsed", "violation", "warning"]
    ),
)
def test_no_feed_text_can_ping_or_disguise_a_link(evidence, title, publisher, link, kind):
    source = {
        "item_key": "k",
        "link": link,
        "publisher": publisher,
        "published": "2016-05-09T14:05:00Z",
        "title": title,
    }
    a = alert(
        kind,
        evidence=evidence,
        sources=[source],
        violations=[{"evidence": evidence, "source": source}],
    )
    assert_no_injection(render_alert(a, NOW))
    event = Event(
        "Aleppo",
        "violation",
        DEADLINE,
        evidence,
        Source("k", link, publisher, NOW - timedelta(hours=1), title),
    )
    truce = Truce(
        name="Aleppo",
        timezone="Asia/Damascus",
        status="active",
        deadline=DEADLINE,
        previous_deadline=PREVIOUS,
        last_source=event.source,
    )
    assert_no_injection(render_status(truce, [event], NOW))


def test_links_are_only_http_and_cannot_break_out():
    bad = {**SEED_SOURCE, "item_key": "a", "link": "javascript:alert(1)", "publisher": "Evil"}
    sneaky = {
        **SEED_SOURCE,
        "item_key": "b",
        "link": "https://a.example/x|<!channel>",
        "publisher": "Sneaky",
    }
    text = render_alert(alert(sources=[bad, sneaky]), NOW)
    body = "\n".join(all_text(text))
    assert "javascript:" not in body
    assert "<https://a.example/x%7C%3C!channel%3E|Sneaky>" in body


# --- Block Kit limits ---------------------------------------------------------------------


def assert_within_limits(message: Message) -> None:
    blocks = message.blocks
    assert 1 <= len(blocks) <= MAX_BLOCKS
    for block in blocks:
        if block["type"] == "header":
            assert len(block["text"]["text"]) <= MAX_HEADER
        if block["type"] == "section":
            assert "text" in block or "fields" in block
            if "text" in block:
                assert 0 < len(block["text"]["text"]) <= MAX_SECTION
            assert len(block.get("fields", [])) <= MAX_FIELDS
            for field in block.get("fields", []):
                assert len(field["text"]) <= MAX_FIELD
        if block["type"] == "context":
            assert 1 <= len(block["elements"]) <= MAX_CONTEXT_ELEMENTS
            for element in block["elements"]:
                assert len(element["text"]) <= MAX_SECTION
    assert len(message.text) <= 4000
    try:
        from slack_sdk.models.blocks import Block
    except ImportError:  # pragma: no cover
        return
    for block in blocks:
        Block.parse(block).validate_json()


def test_huge_evidence_and_a_hundred_sources_fit_with_a_note():
    sources = [
        {
            **SEED_SOURCE,
            "item_key": f"s{i}",
            "link": f"https://example.org/{i}",
            "publisher": f"Publisher {i} " + "&" * 200,
            "title": "<title> " * 100,
        }
        for i in range(100)
    ]
    message = render_alert(
        alert(evidence="&<>" * 3500 + "x" * 500, sources=sources, truce="A" * 400), NOW
    )
    assert_within_limits(message)
    body = "\n".join(strings(message.blocks))
    assert "(truncated)" in body
    assert "…" in body
    assert "100 independent sources" in message.text


def test_a_violation_digest_of_five_hundred_long_reports_fits():
    violations = [
        {
            "evidence": "x" * 3000 + f" report {i}",
            "source": {**SEED_SOURCE, "item_key": f"v{i}", "link": f"https://example.org/{i}"},
        }
        for i in range(500)
    ]
    message = render_alert(alert("violation", violations=violations), NOW)
    assert_within_limits(message)
    assert message.blocks[0]["text"]["text"] == "🔥 Aleppo truce: 500 violations reported"
    assert "(truncated)" in "\n".join(strings(message.blocks))


# --- status card --------------------------------------------------------------------------


def source(key: str, hours_ago: float, publisher: str = "Reuters") -> Source:
    return Source(key, f"https://example.org/{key}", publisher, NOW - timedelta(hours=hours_ago))


def seed_truce(**changes: Any) -> Truce:
    fields: dict[str, Any] = dict(
        name="Aleppo",
        timezone="Asia/Damascus",
        status="active",
        deadline=DEADLINE,
        previous_deadline=PREVIOUS,
        last_source=source("ext", 0),
    )
    fields.update(changes)
    return Truce(**fields)


def seed_events() -> list[Event]:
    """Most recent first, as the store gives them."""
    return [
        Event("Aleppo", "violation", None, "barrel bombs on the east", source("v1", 2, "BBC")),
        Event("Aleppo", "extended", DEADLINE, "extended by 48 hours", source("ext", 3)),
        Event("Aleppo", "violation", None, "shelling reported", source("v2", 23, "AFP")),
        Event("Aleppo", "violation", None, "old clash", source("v3", 25, "AP")),
        Event("Aleppo", "expiring", PREVIOUS, "due to end at midnight", source("e", 30)),
        Event("Aleppo", "declared", PREVIOUS, "a 48-hour truce", source("d", 50)),
        Event("Aleppo", "violation", None, "older still", source("v4", 60)),
    ]


def test_status_card_shows_state_clocks_extension_violations_and_latest():
    message = render_status(seed_truce(), seed_events(), NOW)
    assert_within_limits(message)
    assert message.blocks[0]["text"]["text"] == "🕊️ Aleppo truce — in force"
    body = "\n".join(strings(message.blocks))
    assert "*Local*\nWed 11 May 2016, 24:00 Damascus" in body
    assert "<!date^1463000400^" in body
    assert "in 2 d 6 h" in body
    assert "Last extension: Tue 10 May 00:01 → Wed 11 May 24:00 Damascus (+47 h 59 m)" in body
    violations = next(s for s in strings(message.blocks) if "Violations in the last 24 h" in s)
    assert "Violations in the last 24 h: 2" in violations
    assert "<https://example.org/v1|BBC>" in violations
    assert "<https://example.org/v2|AFP>" in violations
    assert "old clash" not in violations  # 25 h ago
    latest = next(s for s in strings(message.blocks) if s.startswith("*Latest reports*"))
    assert latest.count("\n• ") == 5  # the last five events, not all seven
    assert "older still" not in latest


def test_status_card_without_a_deadline_or_events():
    message = render_status(Truce(name="Gaza", timezone="Asia/Gaza"), [], NOW)
    assert message.blocks[0]["text"]["text"] == "❔ Gaza truce — no reports yet"
    assert "no deadline known" in message.text
    assert "No violations reported in the last 24 h" in message.text


def test_status_text_for_the_terminal_has_no_slack_tokens():
    text = render_status_text(seed_truce(), seed_events(), NOW)
    assert text.split("\n")[:2] == [
        "🕊️ Aleppo truce — in force",
        "   ends Wed 11 May 2016, 24:00 Damascus time (21:00 UTC) · in 2 d 6 h",
    ]
    assert "<!date" not in text and "&amp;" not in text and "*" not in text
    assert "violations in the last 24 h: 2" in text


def test_list_is_sorted_by_time_left_with_no_deadline_last():
    truces = [
        Truce(name="Gaza", timezone="Asia/Gaza"),
        seed_truce(),
        Truce(
            name="Southern Lebanon",
            timezone="Asia/Beirut",
            status="active",
            deadline=NOW + timedelta(hours=5),
        ),
    ]
    message = render_list(truces, NOW)
    lines = message.text.split("\n")
    assert lines[0] == "Tracked truces (3)"
    assert [line.split("*")[1] for line in lines[1:]] == ["Southern Lebanon", "Aleppo", "Gaza"]
    assert "in 5 h" in lines[1] and "no deadline known" in lines[3]
    assert_within_limits(message)
    assert render_list_text(truces, NOW).split("\n")[0].startswith("🕊️ Southern Lebanon")


def test_empty_list_says_how_to_track_one():
    message = render_list([], NOW)
    assert "No truces are tracked yet" in message.text
    assert_within_limits(message)


@pytest.mark.parametrize(
    ("kind", "changes", "says"),
    [
        ("expired", {"scheduled": True}, "deadline reached, no extension reported"),
        ("expired", {"after_expiry": True}, "now confirmed by reports"),
        ("expired", {}, "reported expired"),
        ("collapsed", {"after_expiry": True}, "reported collapsed after its deadline had passed"),
    ],
)
def test_expiry_and_collapse_say_who_decided(kind, changes, says):
    assert says in render_alert(alert(kind, **changes), NOW).text.split("\n")[0]


def test_expiring_after_the_fact_says_ended():
    message = render_alert(alert("expiring"), DEADLINE + timedelta(hours=3))
    assert message.blocks[0]["text"]["text"] == "⏳ Aleppo truce ended 3 h ago"


def test_collapse_before_the_deadline_does_not_count_down_to_it():
    message = render_alert(alert("collapsed", previous_deadline=None), NOW)
    assert message.text.split("\n")[0] == (
        "💥 Aleppo truce has collapsed — reported collapsed"
        " · it was due to end Wed 11 May 2016, 24:00 Damascus time"
    )
    assert "in 2 d 6 h" not in message.text and "<!date" not in message.text


def test_truncation_never_splits_a_link_or_an_entity():
    # one enormous line of links and entities, as a section would get it
    sources = [
        {"item_key": f"s{i}", "link": f"https://example.org/{'a' * 40}/{i}", "publisher": "A&B"}
        for i in range(300)
    ]
    violations = [{"evidence": "&" * 50, "source": src} for src in sources]
    message = render_alert(alert("violation", violations=violations, sources=[]), NOW)
    assert_within_limits(message)
    for s in strings(message.blocks):
        assert s.count("<") == s.count(">")  # every token closed
        assert re.search(r"&(?!amp;|lt;|gt;)", s) is None  # every entity whole


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    evidence_len=st.integers(0, 12_000),
    n_sources=st.integers(0, 120),
    n_violations=st.integers(0, 120),
    fill=st.sampled_from(["x", "&", "<", "é", "🕊️", "ab "]),
    kind=st.sampled_from(["extended", "violation", "warning"]),
)
def test_any_size_stays_within_slack_limits(evidence_len, n_sources, n_violations, fill, kind):
    sources = [
        {"item_key": f"s{i}", "link": f"https://example.org/{i}", "publisher": fill * 300}
        for i in range(n_sources)
    ]
    violations = [
        {
            "evidence": fill * (evidence_len // 4),
            "source": sources[i % n_sources] if sources else None,
        }
        for i in range(n_violations)
    ]
    message = render_alert(
        alert(kind, evidence=fill * evidence_len, sources=sources, violations=violations), NOW
    )
    assert_within_limits(message)


@pytest.mark.parametrize("fill", ["@here ", "&", "<!channel>", "a@b ", "é"])
def test_cut_feed_text_fits_exactly_and_keeps_escapes_whole(fill):
    sources = [{"item_key": "k", "link": "https://example.org/", "publisher": fill * 400}]
    element = render_alert(alert(sources=sources), NOW).blocks[-1]["elements"][0]["text"]
    label = element.split("|", 1)[1].split(">", 1)[0]
    assert len(label) <= 120 and label.endswith("…")
    assert re.search(r"&(?!amp;|lt;|gt;)", label) is None
    assert "@here" not in label
