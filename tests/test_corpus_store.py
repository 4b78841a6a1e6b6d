"""The corpus store and runner: idempotent, resumable, incremental, and the Dask path."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest

from corpus_data import synthetic_corpus
from storyline.corpus import runner
from storyline.corpus.cluster import order_key
from storyline.corpus.store import Store
from storyline.settings import Settings

SETTINGS = Settings(semantic=False)
SRC = os.path.join(os.path.dirname(__file__), "..", "src")


def _write(path, records) -> str:
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps({k: v for k, v in record.items() if k != "story"}) + "\n")
    return str(path)


def _state(path) -> tuple:
    """Everything a run leaves behind that must not depend on how it got there."""
    store = Store(str(path))
    try:
        briefs = sorted((story, text) for story, text, _ in store.briefs())
        return store.assignment(), store.duplicates(), briefs, store.dirty_stories()
    finally:
        store.close()


def _without_paths(briefs) -> list[tuple[str, dict]]:
    """Briefs with the input path of each article blanked (it names the file it was read from)."""
    out = []
    for story, text in briefs:
        brief = json.loads(text)
        brief["articles"] = [{**article, "path": None} for article in brief["articles"]]
        out.append((story, brief))
    return out


def _add(db, inputs, **options) -> runner.Totals:
    store = Store(str(db))
    try:
        return runner.add(store, inputs, SETTINGS, **options)
    finally:
        store.close()


@pytest.fixture(scope="module")
def feed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("feed")
    records = synthetic_corpus(seed=11, per_story=4, copies=1)
    return folder, records, _write(folder / "all.jsonl", records)


@pytest.fixture(scope="module")
def clean_run(feed):
    folder, _, path = feed
    db = folder / "clean.db"
    _add(db, [path], batch_size=8)
    return _state(db)


def test_a_run_stores_stories_duplicates_and_briefs(feed, clean_run):
    _, records, _ = feed
    assignment, duplicates, briefs, dirty = clean_run
    stories = {r["story"]: set() for r in records}
    for record in records:
        stories[record["story"]].add(assignment[record["id"]])
    assert all(len(ids) == 1 for ids in stories.values())  # copies sit with their story
    assert len(set(assignment.values())) == len(stories)
    pairs = {frozenset(row[:2]): row[2] for row in duplicates}  # the earlier in canonical order is the original
    assert all(pairs.get(frozenset((f"{story}-0", f"{story}-copy0"))) == "exact" for story in stories)
    assert {json.loads(text)["story"]["articles"] for _, text in briefs} == {len(records) // len(stories)}
    assert dirty == []


def test_adding_the_same_inputs_again_changes_nothing(feed, clean_run, tmp_path):
    _, _, path = feed
    db = tmp_path / "again.db"
    _add(db, [path], batch_size=8)
    totals = _add(db, [path], batch_size=8)
    assert totals.added == 0 and totals.briefed == 0
    assert _state(db) == clean_run


def test_incremental_add_equals_one_shot_add(feed, clean_run, tmp_path):
    _, records, _ = feed
    ordered = sorted(records, key=lambda r: order_key(r.get("date_publish"), r["id"]))
    half = len(ordered) // 2
    first, second = _write(tmp_path / "day1.jsonl", ordered[:half]), _write(tmp_path / "day2.jsonl", ordered[half:])
    db = tmp_path / "incremental.db"
    _add(db, [first], batch_size=8)
    day1_stories = set(_state(db)[0].values())
    _add(db, [second], batch_size=8)
    assignment, duplicates, briefs, _ = _state(db)
    assert (assignment, duplicates) == clean_run[:2]
    assert _without_paths(briefs) == _without_paths(clean_run[2])
    store = Store(str(db))
    rows = store.story_rows()
    store.close()
    assert {row.id for row in rows if row.new} == set(assignment.values()) - day1_stories
    assert {row.id for row in rows if row.grew} == day1_stories & {assignment[r["id"]] for r in ordered[half:]}


def test_interrupted_run_resumes_to_the_clean_result(feed, clean_run, tmp_path, monkeypatch):
    _, _, path = feed
    db = tmp_path / "crash.db"
    calls = {"n": 0}
    original = runner._cluster_batch

    def failing(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("power cut")
        return original(*args, **kwargs)

    monkeypatch.setattr(runner, "_cluster_batch", failing)
    with pytest.raises(RuntimeError):
        _add(db, [path], batch_size=8)
    monkeypatch.setattr(runner, "_cluster_batch", original)
    store = Store(str(db))
    assert 0 < len(store.assignment()) < len(clean_run[0])  # some work was committed, some not
    store.close()
    _add(db, [path], batch_size=8)
    assert _state(db) == clean_run


def test_kill_9_during_briefing_then_rerun_equals_clean_run(feed, clean_run, tmp_path):
    _, _, path = feed
    db = tmp_path / "killed.db"
    script = f"""
import os, signal, sys
sys.path.insert(0, {SRC!r})
from storyline.corpus import runner
from storyline.corpus.store import Store
from storyline.settings import Settings
done = []
original = Store.save_brief
def save_then_die(self, *args):
    original(self, *args)
    done.append(1)
    if len(done) == 2:
        os.kill(os.getpid(), signal.SIGKILL)
Store.save_brief = save_then_die
runner.add(Store({str(db)!r}), [{path!r}], Settings(semantic=False), batch_size=8)
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert result.returncode == -signal.SIGKILL
    store = Store(str(db))
    assert len(store.dirty_stories()) > 0
    store.close()
    _add(db, [path], batch_size=8)
    assert _state(db) == clean_run


def test_story_listing_reports_new_stories_and_growth(feed, tmp_path):
    _, _, path = feed
    db = tmp_path / "listing.db"
    _add(db, [path], batch_size=8)
    store = Store(str(db))
    rows = store.story_rows()
    assert all(row.new for row in rows)
    assert [row.articles for row in rows] == sorted((row.articles for row in rows), reverse=True)
    assert store.story_rows(since="2030-01-01") == []
    store.close()


def test_dask_local_cluster_equals_single_process(feed, clean_run, tmp_path):
    pytest.importorskip("dask.distributed")
    from storyline.corpus import dask_runner
    _, records, _ = feed
    ordered = sorted(records, key=lambda r: r["id"])
    parts = [_write(tmp_path / f"part{i}.jsonl", ordered[i::3]) for i in range(3)]
    db = tmp_path / "dask.db"
    store = Store(str(db))
    try:
        dask_runner.add(store, parts, SETTINGS, workers=2, processes=False, batch_size=8, stories_per_task=2)
    finally:
        store.close()
    assignment, duplicates, briefs, dirty = _state(db)
    clean_assignment, clean_duplicates, clean_briefs, _ = clean_run
    assert assignment == clean_assignment and duplicates == clean_duplicates and dirty == []
    assert _without_paths(briefs) == _without_paths(clean_briefs)  # paths name three files, not one


def _failing_on(first_article_id: str, original):
    """build_brief that fails for the story holding ``first_article_id``, as a bug in one story would."""
    def build(articles, settings):
        if any(a.id == first_article_id for a in articles):
            raise ValueError("bad story")
        return original(articles, settings)
    return build


def test_a_story_whose_brief_fails_is_reported_and_retried_while_the_others_are_briefed(
        feed, clean_run, tmp_path, monkeypatch):
    _, _, path = feed
    db = tmp_path / "bug.db"
    store = Store(str(db))
    store.close()
    victim = next(iter(clean_run[0]))
    monkeypatch.setattr(runner, "build_brief", _failing_on(victim, runner.build_brief))
    totals = _add(db, [path], batch_size=8)
    [problem] = totals.unbriefed
    assert problem.input == f"story {clean_run[0][victim]}"
    assert problem.reason.startswith("not briefed (ValueError at runner.py:")  # Storyline's own last line
    assert "bad story" in problem.reason
    assert totals.briefed == len(set(clean_run[0].values())) - 1
    assert _state(db)[3] == [clean_run[0][victim]]  # still dirty
    monkeypatch.undo()
    _add(db, [path], batch_size=8)
    assert _state(db) == clean_run


def test_dask_briefing_reports_a_failing_story_like_the_single_process_run(tmp_path, monkeypatch):
    pytest.importorskip("pyarrow")
    import pyarrow as pa
    import pyarrow.parquet as pq

    from storyline.corpus import dask_runner
    from storyline.corpus.store import article_to_json
    from storyline.model import Article
    from storyline.segment import segment
    texts = {"bad": "The bridge closed on Monday after a crack was found.",
             "good": "The council approved a new budget of 4 million euros on Friday."}
    articles = [Article(id=key, text=text, sentences=segment(text)) for key, text in texts.items()]
    source = str(tmp_path / "stories.parquet")
    pq.write_table(pa.table({"story": ["s-bad", "s-good"], "data": [article_to_json(a) for a in articles]}), source)
    monkeypatch.setattr(runner, "build_brief", _failing_on("bad", runner.build_brief))
    table = pq.read_table(dask_runner.brief_partition(source, SETTINGS, str(tmp_path / "out.parquet"))).to_pydict()
    assert table["story"] == ["s-bad", "s-good"]
    assert table["error"][0].startswith("ValueError at") and table["json"][0] == ""
    assert table["error"][1] is None and json.loads(table["json"][1])["story"]["articles"] == 1
