"""The JSON contract: the shipped schema, and structure checked without snapshots."""

from __future__ import annotations

import copy
import json

import jsonschema
import pytest

import storyline
from storyline.brief import demo_paths, read_articles
from storyline.model import Brief, StoryInfo
from storyline.report import render
from storyline.report.schema import brief_schema, schema_errors
from synthetic import HOSTILE, make_brief


@pytest.fixture(scope="module")
def briefs():
    return {"demo": storyline.brief(demo_paths()), "full": make_brief(), "hostile": make_brief(hostile=True)}


def test_the_schema_itself_is_valid_draft_2020_12():
    jsonschema.Draft202012Validator.check_schema(brief_schema())
    assert brief_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("name", ["demo", "full", "hostile"])
def test_every_brief_validates_against_the_schema(briefs, name):
    data = json.loads(render(briefs[name], "json"))
    assert schema_errors(data) == []


def test_the_schema_rejects_broken_briefs(briefs):
    good = json.loads(render(briefs["full"], "json"))
    missing = copy.deepcopy(good)
    del missing["claims"]
    bad_offset = copy.deepcopy(good)
    bad_offset["summary"][0]["mentions"][0]["start"] = -1
    bad_role = copy.deepcopy(good)
    bad_role["articles"][0]["role"] = "wire"
    bad_kind = copy.deepcopy(good)
    bad_kind["conflicts"][0]["kind"] = "vibes"
    assert any("'claims' is a required property" in e for e in schema_errors(missing))
    assert any(e.startswith("summary/0/mentions/0/start") for e in schema_errors(bad_offset))
    assert any(e.startswith("articles/0/role") for e in schema_errors(bad_role))
    assert any(e.startswith("conflicts/0/kind") for e in schema_errors(bad_kind))


def _spans(data: dict):
    """Every (article, start, end) the JSON points at, from every section."""
    for section in ("summary", "claims", "entities", "timeline"):
        for item in data[section]:
            yield from ((m["article"], m["start"], m["end"]) for m in item["mentions"])
    for conflict in data["conflicts"]:
        for value in conflict["values"]:
            yield from ((m["article"], m["start"], m["end"]) for m in value["mentions"])
    for quote in data["quotes"]:
        for m in quote["mentions"]:
            yield m["article"], m["start"], m["end"]
            if m["speaker_start"] is not None:
                yield m["article"], m["speaker_start"], m["speaker_end"]


def test_every_span_points_into_the_clean_text_of_a_named_article(briefs):
    data = json.loads(render(briefs["full"], "json"))
    texts = {a["id"]: a["text"] for a in data["articles"]}
    spans = list(_spans(data))
    assert len(spans) > 20
    for article, start, end in spans:
        assert 0 <= start < end <= len(texts[article])
    okafor = data["quotes"][0]["mentions"][0]
    assert texts[okafor["article"]][okafor["speaker_start"]:okafor["speaker_end"]] == "Dana Okafor"


def test_provenance_fields_appear_exactly_when_provenance_ran(briefs):
    full = json.loads(render(briefs["full"], "json"))
    assert full["story"]["independent_origins"] == 2 == len(full["story"]["origins"])
    roles = {a["source"]: a["role"] for a in full["articles"]}
    assert roles == {"Wirepoint": "origin", "Riverton Gazette": "copy", "Bridge Watch": "excerpt",
                     "Herald": "independent"}
    gazette = next(a for a in full["articles"] if a["source"] == "Riverton Gazette")
    assert gazette["derived_from"][0]["kind"] == "copy" and gazette["origin_group"] == "wire"
    articles, _ = read_articles(demo_paths())
    bare = json.loads(render(Brief(StoryInfo("Demo", len(articles)), tuple(articles)), "json"))
    assert "independent_origins" not in bare["story"]
    assert all("role" not in a for a in bare["articles"])
    demo = json.loads(render(briefs["demo"], "json"))
    assert demo["story"]["independent_origins"] == 2 and all("role" in a for a in demo["articles"])


def test_json_is_deterministic_and_keeps_hostile_text_verbatim(briefs):
    assert render(make_brief(True), "json") == render(briefs["hostile"], "json")
    data = json.loads(render(briefs["hostile"], "json"))
    assert data["story"]["title"].endswith(HOSTILE)  # JSON carries data as is; renderers escape
