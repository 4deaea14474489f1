"""Corpus-format cases in and out (bot/extract/cases.py)."""

import json

import pytest

from bot.extract.cases import case_to_item, run_cases

CASE = {
    "id": "c1", "source_url": None, "published": "2016-05-09T16:20:00Z",
    "title": "Aleppo truce extended", "summary": "The truce in Aleppo was extended until midnight on Wednesday.",
    "tracked": [{"name": "Aleppo", "aliases": ["Halab"], "timezone": "Asia/Damascus"}],
    "expected": [], "notes": "",
}


def test_case_to_item():
    item, specs = case_to_item(CASE)
    assert item.key == "c1" and item.published.isoformat() == "2016-05-09T16:20:00+00:00"
    assert [(s.name, s.timezone, s.aliases) for s in specs] == [("Aleppo", "Asia/Damascus", ("Halab",))]


def test_run_cases_output_contract():
    out = list(run_cases([json.dumps(CASE), "", json.dumps(dict(CASE, id="c2", title="Markets", summary="Nothing here."))]))
    assert out == [
        {"id": "c1", "events": [{"truce": "Aleppo", "kind": "extended", "deadline": "2016-05-11T21:00:00Z",
                                 "evidence": "The truce in Aleppo was extended until midnight on Wednesday"}]},
        {"id": "c2", "events": []},
    ]


@pytest.mark.parametrize("bad", [
    "{not json",
    json.dumps([1, 2]),
    json.dumps(dict(CASE, tracked="Aleppo")),
    json.dumps(dict(CASE, published="yesterday")),
    json.dumps({k: v for k, v in CASE.items() if k != "id"}),
])
def test_malformed_line_names_its_line_number(bad):
    with pytest.raises(ValueError, match=r"^line 2: "):
        list(run_cases([json.dumps(CASE), bad]))
