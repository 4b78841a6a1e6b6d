import numpy as np
import pytest

from corpus_data import synthetic_corpus
from storyline import embed as module
from storyline.brief import read_articles
from storyline.corpus.runner import brief_story
from storyline.embed import embed
from storyline.settings import Settings


def test_bundled_model_loads_offline_and_is_semantic():
    vectors = embed(["a fire at the plant", "a blaze at the factory", "stock markets rallied"])
    assert vectors.shape == (3, 256)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    similarity = vectors @ vectors.T
    assert similarity[0, 1] > similarity[0, 2] + 0.2


def test_empty_input():
    assert embed([]).shape == (0, 256)


def test_each_distinct_text_is_embedded_once_with_the_same_bits(monkeypatch):
    texts = ["the river burst its banks", "crews evacuated residents", "the mayor spoke", "the river burst its banks"]
    fresh = [np.asarray(module.model().embed([text]), dtype=np.float32) for text in texts]  # one at a time
    module._cache.clear()
    first = embed(texts)
    calls = []
    real = module.model()
    monkeypatch.setattr(module, "model", lambda: calls.append(1) or real)
    again = embed([*reversed(texts), "a new sentence"])
    assert len(calls) == 1  # only the new sentence reached the model
    for row, vector in zip(first, fresh, strict=True):
        assert np.array_equal(row, (vector / np.linalg.norm(vector, axis=1, keepdims=True))[0])
    assert np.array_equal(again[:4], first[::-1])


def test_the_cache_keeps_only_the_latest_texts(monkeypatch):
    monkeypatch.setattr(module, "CACHE_SIZE", 3)
    module._cache.clear()
    vectors = embed([f"sentence number {word}" for word in ("one", "two", "three", "four", "five")])
    assert vectors.shape == (5, 256) and len(module._cache) == 3
    assert list(module._cache) == [f"sentence number {word}" for word in ("three", "four", "five")]


def test_a_corpus_brief_is_the_same_with_and_without_cached_vectors(monkeypatch):
    records = [{k: v for k, v in r.items() if k != "story"} for r in synthetic_corpus(seed=11, per_story=4)
               if r["story"] == "quake-aceh"]
    articles, problems = read_articles(records)
    assert not problems and len(articles) == 6
    module._cache.clear()
    with monkeypatch.context() as patch:
        patch.setattr(module, "CACHE_SIZE", 0)  # nothing kept between calls
        cold = brief_story(articles, Settings())
    assert not module._cache
    brief_story(articles, Settings())
    monkeypatch.setattr(module, "model", lambda: pytest.fail("a vector was not cached"))
    assert brief_story(articles, Settings()) == cold
