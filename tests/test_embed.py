import numpy as np

from storyline.embed import embed


def test_bundled_model_loads_offline_and_is_semantic():
    vectors = embed(["a fire at the plant", "a blaze at the factory", "stock markets rallied"])
    assert vectors.shape == (3, 256)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    similarity = vectors @ vectors.T
    assert similarity[0, 1] > similarity[0, 2] + 0.2


def test_empty_input():
    assert embed([]).shape == (0, 256)
