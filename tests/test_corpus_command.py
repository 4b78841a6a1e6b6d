"""The ``storyline corpus`` and ``storyline eval cluster`` commands."""

from __future__ import annotations

import json

from corpus_data import synthetic_corpus
from storyline.cli import main
from storyline.eval.clustering_metrics import adjusted_rand, bcubed


def _feed(path, records, extra_lines=()) -> str:
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps({k: v for k, v in record.items() if k != "story"}) + "\n")
        for line in extra_lines:
            handle.write(line + "\n")
    return str(path)


def test_cluster_batch_writes_one_story_per_input_line_in_input_order(tmp_path, capsys):
    records = synthetic_corpus(seed=4, per_story=3, copies=1)
    feed = _feed(tmp_path / "in.jsonl", records, ["{broken", '{"text": "no id"}', "[1, 2]"])
    out = tmp_path / "assign.jsonl"
    assert main(["corpus", "cluster", feed, "-o", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [row["id"] for row in rows] == [r["id"] for r in records]
    assert all(set(row) == {"id", "story"} for row in rows)
    predicted = [row["story"] for row in rows]
    gold = [r["story"] for r in records]
    assert bcubed(predicted, gold)[2] == 1.0
    errors = capsys.readouterr().err
    assert errors.count("storyline: skipped") == 3 and "in.jsonl:26: malformed JSON" in errors
    assert 'in.jsonl:27: needs an object with "id" and "text"' in errors
    assert "in.jsonl:28: a JSON list, not an object" in errors


def test_cluster_batch_without_refinement_keeps_the_incremental_stories(tmp_path):
    records = synthetic_corpus(seed=6, per_story=4, copies=1)
    feed = _feed(tmp_path / "in.jsonl", records)
    stories = {}
    for flag in ([], ["--no-refine"], ["--no-refine", "--threshold", "0.27"]):
        out = tmp_path / "assign.jsonl"
        assert main(["corpus", "cluster", feed, "-o", str(out), "--quiet", *flag]) == 0
        stories[tuple(flag)] = [json.loads(line)["story"] for line in out.read_text().splitlines()]
    gold = [r["story"] for r in records]
    assert bcubed(stories[()], gold)[2] == 1.0
    assert stories[("--no-refine",)] == stories[("--no-refine", "--threshold", "0.27")]
    assert bcubed(stories[("--no-refine",)], gold)[2] == 1.0


def test_add_stories_export_round_trip(tmp_path, capsys):
    records = synthetic_corpus(seed=6, per_story=3, copies=0)
    for record in records:  # a hostile headline, whichever article the story takes it from
        if record["story"] == records[0]["story"]:
            record["title"] = "<script>alert(1)</script> Earthquake"
    (tmp_path / "in").mkdir()
    _feed(tmp_path / "in" / "feed.jsonl", records)
    store = str(tmp_path / "in" / "news.db")  # the store inside the input folder is not read as input
    assert main(["corpus", "add", str(tmp_path / "in"), "--store", store, "--no-semantic"]) == 0
    assert main(["corpus", "add", str(tmp_path / "in"), "--store", store, "--no-semantic"]) == 0
    assert "storyline: skipped" not in capsys.readouterr().err
    assert main(["corpus", "stories", "--store", store, "--json"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(listed) == 5 and not any(row["new"] or row["grew"] for row in listed)  # the re-run added nothing
    assert main(["corpus", "stories", "--store", store]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:3] == ["story", "arts", "dates"] and len(table) == 6  # a header, then one line a story
    assert main(["corpus", "export", "--store", store, "-o", str(tmp_path / "out"), "--format", "json"]) == 0
    index = (tmp_path / "out" / "index.html").read_text()
    assert "<script>" not in index and "&lt;script&gt;" in index
    briefs = sorted((tmp_path / "out").glob("s*.json"))
    assert len(briefs) == 5
    assert sum(json.loads(p.read_text())["story"]["articles"] for p in briefs) == len(records)


def test_user_mistakes_are_one_line_errors(tmp_path, capsys):
    assert main(["corpus", "stories", "--store", str(tmp_path / "missing.db")]) == 2
    assert "no store at" in capsys.readouterr().err
    assert main(["corpus", "cluster", str(tmp_path / "absent.jsonl")]) == 2
    assert main(["corpus", "cluster", "-", "--threshold", "3"]) == 2


def test_clustering_metrics_on_known_cases():
    assert bcubed(["a", "a", "b"], ["x", "x", "y"]) == (1.0, 1.0, 1.0)
    precision, recall, _ = bcubed(["a", "a", "a", "a"], ["x", "x", "y", "y"])
    assert (precision, recall) == (0.5, 1.0)
    assert adjusted_rand([1, 1, 2, 2], [5, 5, 6, 6]) == 1.0
    assert adjusted_rand([1, 2, 1, 2], [1, 1, 2, 2]) < 0.0


def test_untitled_stories_are_listed_by_their_summary_opening(tmp_path, capsys):
    records = [{k: v for k, v in r.items() if k != "title"} for r in synthetic_corpus(seed=7, per_story=2, copies=0)]
    feed = _feed(tmp_path / "feed.jsonl", records)
    store = str(tmp_path / "news.db")
    assert main(["corpus", "add", feed, "--store", store, "--no-semantic", "-q"]) == 0
    capsys.readouterr()
    assert main(["corpus", "stories", "--store", store, "--json"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert listed and all(row["title"] and row["title"] != "Story brief" for row in listed)


def test_add_refuses_a_store_clustered_with_other_features(tmp_path, capsys):
    import sqlite3
    records = synthetic_corpus(seed=6, per_story=2, copies=0)
    feed = _feed(tmp_path / "in.jsonl", records)
    store = str(tmp_path / "news.db")
    assert main(["corpus", "add", feed, "--store", store, "--no-semantic", "--quiet"]) == 0
    with sqlite3.connect(store) as db:  # a store from before the features were stamped
        db.execute("DELETE FROM state WHERE name = 'features'")
    capsys.readouterr()
    assert main(["corpus", "add", feed, "--store", store, "--no-semantic", "--quiet"]) == 2
    error = capsys.readouterr().err
    assert "news.db was clustered with an older Storyline (features v1" in error and "Traceback" not in error
    assert main(["corpus", "stories", "--store", store, "--json"]) == 0  # it can still be listed and exported


def test_export_renders_the_stored_briefs_without_briefing_again(tmp_path, monkeypatch):
    import importlib
    brief_module = importlib.import_module("storyline.brief")  # the package's brief() shadows the name
    records = synthetic_corpus(seed=6, per_story=2, copies=1)
    feed = _feed(tmp_path / "in.jsonl", records)
    store = str(tmp_path / "news.db")
    assert main(["corpus", "add", feed, "--store", store, "--no-semantic", "--quiet"]) == 0
    assert main(["corpus", "export", "--store", store, "-o", str(tmp_path / "json"), "-q"]) == 0

    def no_briefing(*args, **kwargs):
        raise AssertionError("export briefed a story again")

    monkeypatch.setattr(brief_module, "build_brief", no_briefing)
    assert main(["corpus", "export", "--store", store, "-o", str(tmp_path / "md"), "-f", "md", "-q"]) == 0
    pages = sorted((tmp_path / "md").glob("s*.md"))
    assert len(pages) == len(sorted((tmp_path / "json").glob("s*.json"))) > 0
    brief = json.loads((tmp_path / "json" / pages[0].with_suffix(".json").name).read_text())
    assert pages[0].read_text().startswith(f"# {brief['story']['title'] or ''}".rstrip())


def test_add_exits_3_when_a_story_could_not_be_briefed_and_says_which(tmp_path, monkeypatch, capsys):
    from storyline.corpus import runner

    def failing(articles, settings):
        raise ValueError("bad story")

    monkeypatch.setattr(runner, "build_brief", failing)
    feed = _feed(tmp_path / "in.jsonl", synthetic_corpus(seed=6, per_story=2, copies=0))
    assert main(["corpus", "add", feed, "--store", str(tmp_path / "news.db"), "--no-semantic"]) == 3
    err = capsys.readouterr().err
    assert "not briefed (ValueError at runner.py:" in err and "stories not briefed" in err
