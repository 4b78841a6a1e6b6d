"""Exact and near-duplicate detection on synthetic copies."""

from __future__ import annotations

import random

import numpy as np

from storyline.corpus.dedup import (
    MemoryIndex,
    band_keys,
    exact_key,
    find_duplicates,
    signatures,
    similarity,
)

WORDS = ("river", "council", "bridge", "storm", "harbour", "vote", "budget", "school", "station", "market",
         "tunnel", "factory", "airport", "police", "mayor", "minister", "court", "hospital", "strike", "ferry")


def _text(rng: random.Random, length: int = 120) -> str:
    return " ".join(rng.choice(WORDS) + str(rng.randrange(50)) for _ in range(length))


def _edit(rng: random.Random, text: str, share: float) -> str:
    words = text.split()
    for index in rng.sample(range(len(words)), int(len(words) * share)):
        words[index] = "edited"
    return " ".join(words)


def _run(texts: list[str]):
    ids = [f"a{i}" for i in range(len(texts))]
    keys = [exact_key(t) for t in texts]
    return find_duplicates(ids, keys, signatures(texts), MemoryIndex())


def test_signature_agreement_estimates_jaccard():
    rng = random.Random(1)
    base = _text(rng, 400)
    same = signatures([base, base])
    assert similarity(same[0], same[1]) == 1.0
    light = signatures([base, _edit(rng, base, 0.02)])
    unrelated = signatures([base, _text(rng, 400)])
    assert similarity(light[0], light[1]) > 0.75
    assert similarity(unrelated[0], unrelated[1]) < 0.05


def test_near_copies_are_found_with_high_recall_and_no_false_pairs():
    rng = random.Random(2)
    originals = [_text(rng) for _ in range(60)]
    copies = [_edit(rng, text, 0.015) for text in originals]  # about 8% of 5-shingles change
    found = _run(originals + copies)
    pairs = {(d.article, d.original) for d in found}
    expected = {(f"a{60 + i}", f"a{i}") for i in range(60)}
    assert len(pairs & expected) >= 58  # recall >= 95%
    assert pairs <= expected  # no distinct article is taken for a copy
    assert all(d.kind == "near" for d in found)


def test_exact_duplicates_ignore_case_and_spacing_and_point_at_the_first():
    texts = ["The mayor opened the bridge.", "the  mayor opened\nthe bridge.", "A different story entirely here."]
    found = _run(texts)
    assert [(d.article, d.original, d.kind) for d in found] == [("a1", "a0", "exact")]


def test_signatures_are_deterministic_and_band_keys_have_the_right_shape():
    texts = ["one two three four five six seven", "short"]
    first, second = signatures(texts), signatures(list(texts))
    assert np.array_equal(first, second)
    assert first.shape == (2, 128) and first.dtype == np.uint32
    assert band_keys(first).shape == (2, 32)
