"""Giant stories: claims and conflicts read from a bounded set of articles, copies compared once."""

from __future__ import annotations

import json

import pytest

import storyline.conflicts.stage as conflicts_module
from storyline.bound import analysed_articles, most_central
from storyline.brief import build_brief
from storyline.claims import alignment
from storyline.cli import main
from storyline.model import Article
from storyline.repeats import Repeats
from storyline.report.json import render_json
from storyline.report.markdown import render_markdown
from storyline.report.schema import schema_errors
from storyline.segment import segment
from storyline.settings import Settings

WIRE = ("A storm flooded the harbour district of Tarrow on Monday, the city council said. "
        "Rescue crews evacuated 140 residents from homes along the river overnight. "
        "The council opened two shelters in the Tarrow sports hall and the old library. "
        "Forecasters expect the river to fall by Wednesday afternoon.")
OTHER = ("Floods hit the harbour district of Tarrow on Monday after a night of heavy rain. "
         "Rescue crews evacuated 170 residents from homes along the river overnight. "
         "The mayor said the council would pay for the repairs of the sea wall.")
THIRD = ("Residents of Tarrow cleaned up on Tuesday after the storm flooded the harbour district. "
         "Rescue crews evacuated 140 residents from homes along the river overnight, officials said. "
         "Insurers said claims would take weeks to settle in the district.")


def make(article_id: str, text: str, source: str, published: str = "2025-03-03") -> Article:
    return Article(id=article_id, text=text, published=published, source=source, sentences=segment(text))


def story(copies: int) -> list[Article]:
    """A wire report, ``copies`` verbatim copies of it by other outlets, and two own reports."""
    articles = [make("wire", WIRE, "Wire Service"), make("other", OTHER, "Coast Herald"),
                make("third", THIRD, "Valley Post", "2025-03-04")]
    articles += [make(f"copy{k:02d}", WIRE, f"Outlet {k}") for k in range(copies)]
    return articles


def brief_json(articles: list[Article], limit: int) -> dict:
    return json.loads(render_json(build_brief(articles, Settings(semantic=False, claim_articles=limit))))


def test_copies_are_compared_once_and_the_conflicts_are_those_of_every_pair(monkeypatch):
    articles = story(copies=6)
    calls = []
    compare = conflicts_module.compare

    def counting(*args, **kwargs):
        calls.append(1)
        return compare(*args, **kwargs)

    monkeypatch.setattr(conflicts_module, "compare", counting)
    once = render_json(build_brief(articles, Settings(semantic=False)))
    deduplicated = len(calls)
    calls.clear()
    monkeypatch.setattr(Repeats, "pair", lambda self, x, y, *extra: (x, y, *extra))  # every pair its own kind
    every_pair = render_json(build_brief(articles, Settings(semantic=False)))
    assert once == every_pair
    assert "170" in once and json.loads(once)["conflicts"]  # the toll differs: something was compared
    assert deduplicated * 2 < len(calls)


def test_units_of_copies_share_a_kind_but_not_across_dates():
    articles = (make("a", WIRE, "A"), make("b", WIRE, "B"), make("c", OTHER, "C"))
    units = alignment(articles, False).units
    texts = [{a.id: a.text for a in articles}[u.article] for u in units]
    same_day = Repeats(units, texts, ["2025-03-03"] * len(units))
    first_a, first_b = (next(i for i, u in enumerate(units) if u.article == name) for name in ("a", "b"))
    assert same_day.keys[first_a] == same_day.keys[first_b]
    assert len(set(same_day.keys)) < len(units)
    dated = Repeats(units, texts, [u.article for u in units])  # each article its own anchor date
    assert dated.keys[first_a] != dated.keys[first_b]


def test_a_story_within_the_bound_is_read_whole():
    data = brief_json(story(copies=3), limit=6)
    assert "analysed_articles" not in data["story"]


CAPPED = Settings(semantic=False, claim_articles=4)


@pytest.fixture(scope="module")
def giant() -> tuple[dict, dict, str, set[str]]:
    articles = story(copies=9)  # 12 articles
    capped = build_brief(articles, CAPPED)
    read = {a.id for a in analysed_articles(capped, CAPPED)}
    return json.loads(render_json(capped)), brief_json(articles, limit=50), render_markdown(capped), read


def test_a_giant_story_says_its_claims_were_read_from_the_most_central_articles(giant):
    capped, _, markdown, read = giant
    assert capped["story"]["articles"] == 12
    assert capped["story"]["analysed_articles"] == len(read) == 4
    assert capped["summary"] and all(s["mentions"][0]["article"] in read for s in capped["summary"])
    assert schema_errors(capped) == []
    assert "Claims, conflicts and summary read from the 4 most central of 12 articles" in markdown


def test_left_out_copies_still_count_as_support(giant):
    capped, whole, _, _ = giant

    def support(data: dict, words: str) -> tuple[int, int]:
        claim = next(c for c in data["claims"] if words in c["text"])
        return claim["support"], len({m["article"] for m in claim["mentions"]})

    council = "opened two shelters"  # told by the wire and its nine copies only
    assert support(capped, council) == support(whole, council) == (10, 10)
    assert {a["id"] for a in capped["articles"]} == {a["id"] for a in whole["articles"]}


def test_the_most_central_set_takes_one_article_of_each_origin_group_first():
    articles = tuple(story(copies=5))
    groups = tuple("wire" if a.id.startswith("copy") else a.id for a in articles)
    chosen = [a.id for a in most_central(articles, groups, 3)]
    assert sorted(chosen) == ["other", "third", "wire"]
    assert [a.id for a in most_central(articles, groups, 4)][:3] == ["wire", "other", "third"]


def test_the_bound_is_an_option_of_the_brief_command(tmp_path, capsys):
    out = tmp_path / "demo.json"
    assert main(["brief", "--demo", "--no-semantic", "--claim-articles", "3", "-o", str(out), "-q"]) == 0
    assert json.loads(out.read_text())["story"]["analysed_articles"] == 3
    assert main(["brief", "--demo", "--claim-articles", "0"]) == 2
    assert capsys.readouterr().err.strip() == "storyline: --claim-articles must be at least 1"
