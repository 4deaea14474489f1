"""bot/exports.py: the iCalendar feed (read back with a small RFC 5545 parser written here),
the CSV and JSON exports, and ``truce-bot export``."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot import exports, truces
from bot.cli import main
from bot.exports import CSV_COLUMNS, to_csv, to_ics, to_json
from bot.models import Event, Source, Truce, TruceSpec
from bot.store import Store

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "config" / "demo" / "demo.toml"

T0 = datetime(2016, 5, 4, 21, 30, tzinfo=UTC)
D1 = datetime(2016, 5, 6, 21, 1, tzinfo=UTC)  # 00:01 Saturday, Damascus (UTC+3)
D2 = datetime(2016, 5, 9, 21, 1, tzinfo=UTC)
D3 = datetime(2016, 5, 11, 21, 0, tzinfo=UTC)  # 24:00 Wednesday, Damascus
SPECS = (
    TruceSpec("Aleppo", "Asia/Damascus", aliases=("Aleppo province", "Halab")),
    TruceSpec("Gaza", "Asia/Gaza"),
)
WARN = (21600.0, 3600.0)


def source(key: str, when: datetime, publisher: str = "Wire") -> Source:
    return Source(key, link=f"https://news.example/{key}", publisher=publisher, published=when, title=f"Title {key}")


def history() -> tuple[list[Truce], list[Event]]:
    """The seed story: declared to D1, extended to D2, a violation, extended to D3 (twice)."""
    events = [
        Event("Aleppo", "declared", D1, "a 48-hour regime of calm", source("a", T0)),
        Event("Aleppo", "extended", D2, "extended for 72 hours", source("b", T0 + timedelta(days=2))),
        Event("Aleppo", "violation", None, "warplanes struck, despite the truce", source("c", T0 + timedelta(days=4))),
        Event("Aleppo", "extended", D3, "extended by 48 hours", source("d", T0 + timedelta(days=4, hours=16))),
        Event("Aleppo", "extended", D3, "truce prolonged by two days", source("e", T0 + timedelta(days=4, hours=17), "Other")),
    ]
    aleppo = Truce("Aleppo", "Asia/Damascus", status="active", deadline=D3, previous_deadline=D2,
                   declared_at=T0, updated_at=T0 + timedelta(days=4, hours=17), last_source=events[-1].source)
    return [aleppo], events


# ----------------------------------------------------------------- a small RFC 5545 reader


def unfold(data: bytes) -> list[str]:
    """Content lines of *data*, checking the physical format on the way: CRLF only, no
    physical line over 75 octets, each one valid UTF-8 on its own (no split characters)."""
    assert data.endswith(b"\r\n")
    physical = data.split(b"\r\n")[:-1]
    for line in physical:
        assert b"\n" not in line and b"\r" not in line, line
        assert len(line) <= 75, (len(line), line)
        line.decode("utf-8")  # a fold inside a UTF-8 sequence would fail here
    lines: list[str] = []
    for line in physical:
        text = line.decode("utf-8")
        if text[:1] in (" ", "\t"):
            lines[-1] += text[1:]
        else:
            lines.append(text)
    return lines


def unescape(value: str) -> str:
    """A single TEXT value (RFC 5545 3.3.11): an unescaped ``,`` or ``;`` would make it a
    list, and a backslash may only escape ``\\ ; , n N``."""
    out, chars = [], iter(value)
    for ch in chars:
        assert ch not in ",;", f"unescaped {ch!r} in TEXT {value!r}"
        if ch == "\\":
            nxt = next(chars, "")
            assert nxt in ("\\", ";", ",", "n", "N"), f"bad escape \\{nxt} in {value!r}"
            ch = "\n" if nxt in "nN" else nxt
        out.append(ch)
    return "".join(out)


def parse_ics(data: bytes) -> dict:
    """``{"VERSION": ..., "VEVENT": [{"UID": ..., "VALARM": [...]}, ...]}``: components as
    dicts of property (name with parameters) -> raw value; sub-components as lists."""
    stack: list[dict] = [{}]
    for line in unfold(data):
        name, sep, value = line.partition(":")
        assert sep, f"not a content line: {line!r}"
        if name == "BEGIN":
            child: dict = {}
            stack[-1].setdefault(value, []).append(child)
            stack.append(child)
        elif name == "END":
            stack.pop()
        else:
            assert name not in stack[-1], f"property {name} twice"
            stack[-1][name] = value
    assert len(stack) == 1, "unbalanced BEGIN/END"
    [calendar] = stack[0]["VCALENDAR"]
    return calendar


def ics(truce_list, events, now, **kw) -> dict:
    return parse_ics(to_ics(truce_list, SPECS, events, now, warn_before=WARN, **kw).encode("utf-8"))


# ----------------------------------------------------------------- iCalendar


def test_one_vevent_per_deadline_the_live_one_confirmed_the_rest_cancelled():
    truce_list, events = history()
    cal = ics(truce_list, events, now=T0 + timedelta(days=5))
    assert cal["VERSION"] == "2.0" and cal["PRODID"].startswith("-//truce-bot//")
    by_start = {e["DTSTART"]: e for e in cal["VEVENT"]}
    assert sorted(by_start) == ["20160506T210100Z", "20160509T210100Z", "20160511T210000Z"]
    live = by_start["20160511T210000Z"]
    assert live["STATUS"] == "CONFIRMED" and live["SEQUENCE"] == "0"
    assert unescape(live["SUMMARY"]) == "Aleppo truce ends"
    assert live["DTEND"] == "20160511T211500Z"
    for old in ("20160506T210100Z", "20160509T210100Z"):
        assert by_start[old]["STATUS"] == "CANCELLED" and by_start[old]["SEQUENCE"] == "1"
        assert "superseded" in unescape(by_start[old]["SUMMARY"])
    assert len({e["UID"] for e in cal["VEVENT"]}) == 3


def test_description_has_local_time_evidence_and_every_source():
    truce_list, events = history()
    live = next(e for e in ics(truce_list, events, T0)["VEVENT"] if e["STATUS"] == "CONFIRMED")
    text = unescape(live["DESCRIPTION"])
    assert text.startswith("Ends Wed 11 May 2016, 24:00 Damascus time (21:00 UTC).")
    assert "Reported by 2 sources" in text
    assert "“extended by 48 hours”" in text and "“truce prolonged by two days”" in text
    assert "https://news.example/d" in text and "https://news.example/e" in text
    assert "Other, published 2016-05-09 14:30 UTC" in text
    assert live["URL"] == "https://news.example/d"
    assert unescape(live["LOCATION"]) == "Aleppo province, Halab"


def test_uid_is_stable_per_truce_and_deadline():
    truce_list, events = history()
    before = ics(truce_list, events[:2], now=T0)
    after = ics(truce_list, events, now=T0 + timedelta(days=6))
    uids = lambda cal: {e["DTSTART"]: e["UID"] for e in cal["VEVENT"]}  # noqa: E731
    assert uids(before)["20160506T210100Z"] == uids(after)["20160506T210100Z"]
    gaza = [Truce("Gaza", "Asia/Gaza", status="active", deadline=D3)]
    assert uids(ics(gaza, [], T0))["20160511T210000Z"] != uids(after)["20160511T210000Z"]
    assert all(uid.endswith("@truce-bot") for uid in uids(after).values())


def test_alarms_at_warn_before_only_while_the_live_deadline_is_ahead():
    truce_list, events = history()
    cal = ics(truce_list, events, now=D3 - timedelta(days=1))
    [live] = [e for e in cal["VEVENT"] if e["STATUS"] == "CONFIRMED"]
    assert [a["TRIGGER;RELATED=START"] for a in live["VALARM"]] == ["-PT6H", "-PT1H"]
    assert all(a["ACTION"] == "DISPLAY" and "Aleppo truce ends in" in a["DESCRIPTION"] for a in live["VALARM"])
    assert not any("VALARM" in e for e in cal["VEVENT"] if e["STATUS"] == "CANCELLED")
    assert not any("VALARM" in e for e in ics(truce_list, events, now=D3 + timedelta(minutes=1))["VEVENT"])
    mixed = to_ics(truce_list, SPECS, events, D3 - timedelta(days=1), warn_before=(5400.0, 86400.0 * 2))
    assert "TRIGGER;RELATED=START:-P2D\r\n" in mixed and "TRIGGER;RELATED=START:-PT1H30M\r\n" in mixed


def test_collapsed_truce_deadline_is_cancelled():
    truce_list, events = history()
    collapsed = [Truce("Aleppo", "Asia/Damascus", status="collapsed", deadline=D3, ended_at=D2)]
    cal = ics(collapsed, events, now=D2)
    assert {e["STATUS"] for e in cal["VEVENT"]} == {"CANCELLED"}
    assert "collapsed" in unescape(next(e for e in cal["VEVENT"] if e["DTSTART"] == "20160511T210000Z")["SUMMARY"])


def test_date_only_deadline_is_tentative():
    t = [Truce("Gaza", "Asia/Gaza", status="active", deadline=D3, time_stated=False)]
    [event] = ics(t, [Event("Gaza", "declared", D3, "until Thursday", time_stated=False)], T0)["VEVENT"]
    assert event["STATUS"] == "TENTATIVE" and "No time of day" in unescape(event["DESCRIPTION"])


@pytest.mark.parametrize(
    "evidence",
    [
        "commas, semicolons; back\\slashes \\n and a\nnewline",
        "ends\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:forged",  # feed text cannot add a component
        "هدنة في حلب لمدة ٤٨ ساعة " * 6 + "🕊️" * 30,  # multi-byte characters across folds
        "x" * 500,
        "\x00\x07control\x1b characters",
    ],
)
def test_escaping_and_folding_round_trip(evidence):
    t = [Truce("Aleppo", "Asia/Damascus", status="active", deadline=D3)]
    data = to_ics(t, SPECS, [Event("Aleppo", "declared", D3, evidence, source("a", T0))], T0).encode()
    assert data.count(b"\n") == data.count(b"\r\n")  # CRLF line ends only
    [event] = parse_ics(data)["VEVENT"]  # exactly one VEVENT, whatever the text said
    text = unescape(event["DESCRIPTION"])
    expected = " ".join("".join(ch if ch.isprintable() else " " for ch in evidence).split())
    assert f"“{expected}”" in text


def test_fold_is_exactly_at_75_octets():
    line = "DESCRIPTION:" + "é" * 100
    folded = exports._fold(line).encode()
    parts = folded.split(b"\r\n")
    assert all(len(p) <= 75 for p in parts) and all(p.startswith(b" ") for p in parts[1:])
    assert max(len(p) for p in parts) >= 74  # full lines, not a timid fold
    assert b"".join(p[1:] if i else p for i, p in enumerate(parts)).decode() == line


def test_empty_calendar_is_valid_and_dtstamp_comes_from_the_data_not_the_clock():
    cal = ics([], [], T0)
    assert "VEVENT" not in cal and cal["VERSION"] == "2.0"
    truce_list, events = history()
    one = to_ics(truce_list, SPECS, events, D3 + timedelta(hours=1), warn_before=WARN)
    two = to_ics(truce_list, SPECS, events, D3 + timedelta(days=9), warn_before=WARN)
    assert one == two  # unchanged data -> byte-identical feed (ETags work)


# ----------------------------------------------------------------- CSV / JSON


def read_csv(text: str) -> list[dict[str, str]]:
    assert "\r\n" in text and text.count("\n") == text.count("\r\n")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
    return list(reader)


def test_csv_truce_row_then_its_events():
    truce_list, events = history()
    rows = read_csv(to_csv(truce_list, SPECS, events, D3))
    assert [r["record"] for r in rows] == ["truce"] + ["event"] * 5 + ["truce"]
    aleppo = rows[0]
    assert aleppo["truce"] == "Aleppo" and aleppo["status"] == "active"
    assert (aleppo["actors"], aleppo["class"], aleppo["purpose"]) == ("", "", "")  # not coded: empty
    assert aleppo["coverage"] == "Aleppo province; Halab" and aleppo["timezone"] == "Asia/Damascus"
    assert aleppo["start"] == "2016-05-04T21:30:00Z" and aleppo["end"] == ""
    assert aleppo["deadline_utc"] == "2016-05-11T21:00:00Z"
    assert aleppo["deadline_local"] == "2016-05-12T00:00:00+03:00"
    assert aleppo["extensions"] == "2"  # two sources for the second extension count once
    assert aleppo["violations"] == "1"
    first = rows[1]
    assert {k: first[k] for k in ("truce", "kind", "deadline_utc", "deadline_local", "time_stated",
                                  "evidence", "source_url", "publisher", "published", "title")} == {
        "truce": "Aleppo", "kind": "declared", "deadline_utc": "2016-05-06T21:01:00Z",
        "deadline_local": "2016-05-07T00:01:00+03:00", "time_stated": "true",
        "evidence": "a 48-hour regime of calm", "source_url": "https://news.example/a",
        "publisher": "Wire", "published": "2016-05-04T21:30:00Z", "title": "Title a",
    }
    assert rows[3]["deadline_utc"] == "" and rows[3]["kind"] == "violation"
    gaza = rows[-1]  # configured, nothing known yet
    assert gaza["truce"] == "Gaza" and gaza["status"] == "unknown" and gaza["extensions"] == "0"


def test_csv_ended_truce_and_truce_only_in_the_store():
    ended = Truce("Aleppo", "Asia/Damascus", status="expired", deadline=D3, declared_at=T0, ended_at=D3)
    dropped = Truce("Idlib", "Asia/Damascus", status="collapsed", ended_at=D2)
    rows = read_csv(to_csv([ended, dropped], SPECS, [], D3))
    by_name = {r["truce"]: r for r in rows}
    assert by_name["Aleppo"]["end"] == "2016-05-11T21:00:00Z"
    assert by_name["Idlib"]["end"] == "2016-05-09T21:01:00Z" and by_name["Idlib"]["coverage"] == ""
    assert [r["truce"] for r in rows] == ["Aleppo", "Gaza", "Idlib"]  # config order, then the rest


def test_csv_neutralises_spreadsheet_formulas_and_keeps_text():
    t = [Truce("Aleppo", "Asia/Damascus", status="active")]
    evil = Event("Aleppo", "violation", None, '=HYPERLINK("http://evil","x"), "quoted"; ok',
                 Source("k", link="https://news.example/k", publisher="@publisher", title="+1 killed"))
    [_, row] = read_csv(to_csv(t, SPECS[:1], [evil], D3))
    assert row["evidence"] == "'" + evil.evidence and row["publisher"] == "'@publisher"
    assert row["title"] == "'+1 killed"


def test_json_has_truces_and_events_with_the_same_columns():
    truce_list, events = history()
    doc = json.loads(to_json(truce_list, SPECS, events, D3))
    assert doc["generated_at"] == "2016-05-11T21:00:00Z"
    assert [t["name"] for t in doc["truces"]] == ["Aleppo", "Gaza"]
    aleppo = doc["truces"][0]
    assert tuple(aleppo) == exports.TRUCE_COLUMNS
    assert aleppo["actors"] == [] and aleppo["class"] is None and aleppo["coverage"] == ["Aleppo province", "Halab"]
    assert aleppo["extensions"] == 2 and aleppo["source_url"] == "https://news.example/e"
    assert len(doc["events"]) == 5 and tuple(doc["events"][0]) == exports.EVENT_COLUMNS
    assert doc["events"][2]["deadline_utc"] is None and doc["events"][2]["time_stated"] is None


# ----------------------------------------------------------------- truce-bot export


@pytest.fixture
def state(tmp_path):
    """A database holding the seed story as the pipeline would have stored it."""
    path = tmp_path / "state.db"
    store = Store(path)
    truce = Truce("Aleppo", "Asia/Damascus")
    _, events = history()
    for event in events:
        now = event.source.published
        transition = truces.apply(truce, event, now, channels=("#syria-desk",), rules=truces.Rules())
        store.commit([transition], now)
        truce = transition.truce
    store.close()
    return path


def test_cli_export_ics_csv_json(state, capsysbinary):
    args = ["--config", str(DEMO), "--state", str(state), "export"]
    assert main([*args, "--ics"]) == 0
    cal = parse_ics(capsysbinary.readouterr().out)
    live = [e for e in cal["VEVENT"] if e["STATUS"] == "CONFIRMED"]
    assert [e["DTSTART"] for e in live] == ["20160511T210000Z"]
    assert main([*args, "--csv"]) == 0
    rows = read_csv(capsysbinary.readouterr().out.decode("utf-8"))
    assert [r["record"] for r in rows].count("event") == 5
    assert main([*args, "--json"]) == 0
    doc = json.loads(capsysbinary.readouterr().out)
    assert doc["truces"][0]["name"] == "Aleppo" and doc["truces"][0]["extensions"] == 2


@pytest.mark.parametrize("flags", [[], ["--csv", "--json"], ["--xml"]])
def test_cli_export_needs_exactly_one_format(state, capsys, flags):
    assert main(["--config", str(DEMO), "--state", str(state), "export", *flags]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
