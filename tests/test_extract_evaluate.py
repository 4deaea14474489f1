"""Scoring (bot/extract/evaluate.py): the rules of ../shared/tools/score_extract.py."""

from bot.extract.evaluate import render, score

CASES = [
    {"id": "a", "expected": [{"truce": "Aleppo", "kind": "extended", "deadline": "2016-05-11T21:00:00Z"},
                             {"truce": "Aleppo", "kind": "violation", "deadline": None}]},
    {"id": "b", "expected": [{"truce": "Gaza", "kind": "declared", "deadline": None}]},
    {"id": "n", "expected": []},
]


def test_perfect_predictions():
    preds = {c["id"]: [dict(e) for e in c["expected"]] for c in CASES}
    rep = score(CASES, preds)
    assert rep.total.f1 == 1.0 and rep.deadline_accuracy == 1.0 and rep.invented == 0
    assert rep.false_alarm_rate == 0.0 and rep.misses == []


def test_misses_wrong_deadline_invented_and_false_alarm():
    preds = {
        "a": [{"truce": "aleppo", "kind": "extended", "deadline": "2016-05-11T22:00:00Z"}],
        "b": [{"truce": "Gaza", "kind": "declared", "deadline": "2014-08-04T05:00:00Z"}],
        "n": [{"truce": "Gaza", "kind": "violation", "deadline": None}],
    }
    rep = score(CASES, preds)
    assert (rep.total.tp, rep.total.fp, rep.total.fn) == (2, 1, 1)
    assert (rep.deadlines_ok, rep.deadlines, rep.invented) == (0, 1, 1)
    assert (rep.false_alarms, rep.negatives) == (1, 1)
    assert [m.what for m in rep.misses] == ["DEADLINE", "MISS", "INVENTED", "EXTRA"]
    text = render(rep)
    assert "deadline accuracy: 0.000 (0/1" in text and "MISS     a: Aleppo violation" in text


def test_deadline_within_a_minute_counts():
    preds = {"a": [{"truce": "Aleppo", "kind": "extended", "deadline": "2016-05-11T21:00:59Z"},
                   {"truce": "Aleppo", "kind": "violation", "deadline": None}], "b": [], "n": []}
    assert score(CASES, preds).deadlines_ok == 1


def test_eval_command_prints_scores_and_misses(tmp_path, capsys):
    import json

    from bot.cli import main

    case = {"id": "c1", "source_url": None, "published": "2016-05-09T16:20:00Z", "title": "Aleppo truce extended",
            "summary": "The truce in Aleppo was extended until midnight on Wednesday.",
            "tracked": [{"name": "Aleppo", "aliases": [], "timezone": "Asia/Damascus"}],
            "expected": [{"truce": "Aleppo", "kind": "extended", "deadline": "2016-05-11T21:00:00Z", "evidence": ""},
                         {"truce": "Aleppo", "kind": "violation", "deadline": None, "evidence": ""}], "notes": ""}
    path = tmp_path / "cases.jsonl"
    path.write_text(json.dumps(case) + "\n", encoding="utf-8")
    assert main(["eval", "--cases", str(path)]) == 0
    out = capsys.readouterr().out
    assert "extended      1    0    0  1.000  1.000  1.000" in out
    assert "deadline accuracy: 1.000 (1/1" in out and "MISS     c1: Aleppo violation" in out
    assert main(["eval", "--cases", str(tmp_path / "missing.jsonl")]) == 2
