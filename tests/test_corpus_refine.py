"""Global refinement of ``corpus cluster``: repairs, order independence, the date window."""

from __future__ import annotations

import random

from corpus_data import items, partition, synthetic_corpus, truth
from storyline.corpus import refine as refine_module
from storyline.corpus.batch import refined
from storyline.corpus.cluster import Item, cluster
from storyline.corpus.features import article_terms
from storyline.corpus.refine import refine


def test_every_article_alone_is_merged_into_the_true_stories():
    records = synthetic_corpus(seed=2, per_story=5, copies=0, dated=False)
    alone = {r["id"]: r["id"] for r in records}
    assert partition(refine(items(records), alone)) == truth(records)


def test_a_misplaced_article_moves_back_to_its_story():
    records = synthetic_corpus(seed=3, per_story=5, copies=0)
    assignment = {r["id"]: r["story"] for r in records}
    assignment["quake-aceh-1"] = "quake-oaxaca"  # the look-alike event
    assignment["fire-harwick-2"] = "vote-norland"  # an unrelated story
    assert partition(refine(items(records), assignment)) == truth(records)


def test_two_halves_of_one_story_are_merged_but_look_alikes_stay_apart():
    records = synthetic_corpus(seed=4, per_story=6, copies=0)
    halves = {r["id"]: r["story"] + ("-a" if int(r["id"].rsplit("-", 1)[1]) % 2 else "-b") for r in records}
    assert len(set(halves.values())) == 10
    assert partition(refine(items(records), halves)) == truth(records)


def test_result_does_not_depend_on_input_order():
    records = synthetic_corpus(seed=5, per_story=4, copies=0)
    initial = cluster(items(records), threshold=0.5)
    expected = refine(items(records), initial)
    for seed in range(3):
        shuffled = list(records)
        random.Random(seed).shuffle(shuffled)
        assert refine(items(shuffled), dict(reversed(list(initial.items())))) == expected
    assert all(story.startswith("s") and len(story) == 12 for story in expected.values())


def test_identical_texts_months_apart_are_not_merged():
    text = "A magnitude 6.1 earthquake struck Aceh on Monday, the agency said. Buildings collapsed."
    items = [Item("a", text, None, "2024-01-01"), Item("b", text, None, "2024-01-02"),
             Item("c", text, None, "2024-06-01")]
    refined = refine(items, {"a": "1", "b": "2", "c": "3"}, window_days=30)
    assert refined["a"] == refined["b"] != refined["c"]


def test_a_copy_follows_its_original_when_refinement_moves_it():
    records = synthetic_corpus(seed=3, per_story=5, copies=0)
    kept = {r["id"]: (Item(r["id"], "", r["title"], r["date_publish"]), article_terms(r["text"], r["title"]))
            for r in records}
    assignment = {r["id"]: r["story"] for r in records}
    assignment["fire-harwick-2"] = assignment["copy-of-2"] = assignment["copy-of-copy"] = "vote-norland"
    result = refined(assignment, kept, {"copy-of-2": "fire-harwick-2", "copy-of-copy": "copy-of-2"}, 30)
    assert result["copy-of-2"] == result["copy-of-copy"] == result["fire-harwick-2"] == result["fire-harwick-0"]
    assert result["fire-harwick-2"] != result["vote-norland-0"]


def test_chunked_scoring_equals_one_chunk(monkeypatch):
    records = synthetic_corpus(seed=8, per_story=4, copies=0)
    alone = {r["id"]: r["id"] for r in records}
    whole = refine(items(records), alone)
    monkeypatch.setattr(refine_module, "_CHUNK", 3)
    assert refine(items(records), alone) == whole
    assert partition(whole) == truth(records)


def _rows(*vectors: list[float]):
    import numpy as np
    import scipy.sparse as sp
    return sp.csr_matrix(np.array(vectors, dtype=float))


def test_a_short_story_joins_its_clear_best_short_partner_only():
    import numpy as np

    from storyline.corpus.cluster import FAR
    from storyline.corpus.refine import join_short
    undated = np.full(5, FAR)
    # stories: 0 = two one-sentence articles, 1 = one, 2 = a long story
    features = _rows([1, 0, 0], [1, 0, 0], [0.3, 0.95, 0], [0, 0.05, 1], [0, 0.05, 1])
    labels = np.array([0, 0, 1, 2, 2])
    short, long = np.array([8.0, 9, 12, 200, 180]), np.array([80.0, 90, 120, 200, 180])
    assert join_short(features, labels, short, undated, 30).tolist() == [0, 0, 0, 1, 1]
    assert join_short(features, labels, long, undated, 30).tolist() == [0, 0, 1, 2, 2]  # not short
    # one long sentence (26-30 content words, as a wire lead can have) is still a short article
    lead = np.array([28.0, 30, 26, 200, 180])
    assert join_short(features, labels, lead, undated, 30).tolist() == [0, 0, 0, 1, 1]
    assert join_short(features, labels, lead + 5, undated, 30).tolist() == [0, 0, 1, 2, 2]  # two sentences
    # months apart: no join, whatever the text says
    days = np.array([738886, 738886, 739040, FAR, FAR])
    assert join_short(features, labels, short, days, 30).tolist() == [0, 0, 1, 2, 2]
    # a long story closer than the short one is no partner (it may be the look-alike event)
    closer = _rows([1, 0, 0], [0.3, 0.95, 0], [0.6, 0, 0.8])
    assert join_short(closer, np.array([0, 1, 2]), np.array([8.0, 9, 200]), np.full(3, FAR), 30
                      ).tolist() == [0, 0, 1]
    # three short stories nearly equally close: no clear partner, no join
    even = _rows([1, 0, 0], [0.3, 0.954, 0], [0.28, 0.216, 0.935])
    assert join_short(even, np.array([0, 1, 2]), np.array([8.0, 9, 10]), np.full(3, FAR), 30
                      ).tolist() == [0, 1, 2]
