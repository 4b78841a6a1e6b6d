"""A JSON brief loads back into the brief it was rendered from, as the renderers see it."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from storyline.brief import build_brief, demo_paths, read_articles
from storyline.report import render
from storyline.report.load import brief_from_json
from synthetic import make_brief


@pytest.fixture(scope="module")
def demo():
    articles, _ = read_articles(demo_paths())
    return build_brief(articles)


@pytest.mark.parametrize("fmt", ["json", "md", "html"])
def test_every_format_renders_the_same_from_the_loaded_json(demo, fmt):
    capped = replace(make_brief(), story=replace(make_brief().story, analysed_articles=3))  # a giant story's note
    for brief in (demo, make_brief(), make_brief(hostile=True), capped):
        loaded = brief_from_json(json.loads(render(brief, "json")))
        assert render(loaded, fmt) == render(brief, fmt)


def test_drift_is_part_of_the_json_so_the_changed_in_copying_list_survives(demo):
    data = json.loads(render(demo, "json"))
    assert len(data["drift"]) == len(demo.provenance.drift) > 0
    assert brief_from_json(data).provenance.drift == demo.provenance.drift
