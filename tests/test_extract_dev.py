"""The extraction dev set (tests/fixtures/extract-dev/cases.jsonl): 63 rewritten wire reports
of truces the shared corpus does not cover (Gaza 2021-2025, Lebanon 2024-25, India-Pakistan
and Thailand-Cambodia 2025, Ukraine's 2025 energy truce, Karabakh 2020, Hodeidah 2018,
Libya 2020, Tigray 2022, Sudan 2023, Myanmar 2025, eastern Congo 2024-25, Sweida 2025,
Colombia), 11 of them negatives. Labels were written before the extractor was run on them,
following the corpus conventions; ``build.py`` holds the cases and does the zoneinfo
arithmetic, and must reproduce ``cases.jsonl`` exactly.

Scoring mirrors ``truce-bot eval`` (``bot.extract.evaluate.score``). The floors are just
below the level reached (F1 0.99, deadlines 19/19, no invented deadline, no false alarm).
"""

import json
import runpy
from pathlib import Path

import pytest

from bot.extract.cases import run_cases
from bot.extract.evaluate import score

DEV = Path(__file__).parent / "fixtures" / "extract-dev"
CASES = DEV / "cases.jsonl"


@pytest.fixture(scope="module")
def cases():
    return [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def report(cases):
    preds = {o["id"]: o["events"] for o in run_cases(json.dumps(c) for c in cases)}
    return score(cases, preds)


def test_dev_set_is_built_from_build_py(cases):
    built = runpy.run_path(str(DEV / "build.py"))["build"]()
    assert built == cases


def test_dev_set_shape(cases):
    assert len(cases) >= 40
    assert sum(not c["expected"] for c in cases) >= 10
    kinds = {"declared", "extended", "expiring", "expired", "collapsed", "violation"}
    for c in cases:
        assert 300 <= len(c["summary"]) <= 1500, c["id"]
        names = {t["name"] for t in c["tracked"]}
        for e in c["expected"]:
            assert e["kind"] in kinds and e["truce"] in names, c["id"]
            for frag in (f.strip(" .\"'") for f in e["evidence"].split("...")):
                assert frag in c["summary"], (c["id"], frag)


def test_dev_floors(report):
    t = report.total
    assert t.f1 >= 0.95
    assert t.precision >= 0.95 and t.recall >= 0.95
    assert report.deadline_accuracy >= 0.94
    assert report.invented == 0
    assert report.false_alarm_rate <= 0.10


def test_blind_check_floor():
    """blind.jsonl: 10 items written after tuning and run once (F1 0.95, deadlines 3/4 on
    that first run; two general forms were fixed after it, so it is no longer blind)."""
    cases = [json.loads(line) for line in (DEV / "blind.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert runpy.run_path(str(DEV / "build.py"))["build"](runpy.run_path(str(DEV / "build.py"))["BLIND"]) == cases
    preds = {o["id"]: o["events"] for o in run_cases(json.dumps(c) for c in cases)}
    rep = score(cases, preds)
    assert rep.total.f1 >= 0.90 and rep.invented == 0 and rep.false_alarms == 0
