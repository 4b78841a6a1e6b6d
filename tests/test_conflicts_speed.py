"""The claims and conflicts stages' shortcuts find exactly what the plain computations find.

The stage compares thousands of unit pairs in a giant story, so its name comparisons look
only at names sharing an index key, and its wording overlap uses its own matcher; both must
give the very results of comparing every name with every other and of difflib.
"""

from __future__ import annotations

import random
from difflib import SequenceMatcher

import numpy as np
from scipy import sparse

from storyline.claims import score_lookup
from storyline.conflicts.names import _lone_words, _stranger_words, _variant_pairs
from storyline.matching import matching_blocks
from storyline.values import same_words, variant_words

#: Words that pair up as the same name, word forms and spellings of one another.
_WORDS = ("ashford", "ashfords", "katharine", "katherine", "kat", "kurd", "kurdish", "kurdistan",
          "brandt", "brant", "tomas", "thomas", "israel", "israeli", "yuan", "greece", "greek", "lula")


def _names(rng: random.Random) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(rng.choice(_WORDS) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(0, 5)))


def _matched(a: tuple[str, ...], b: tuple[str, ...], blocks) -> set[tuple[int, int]]:
    return {(i + k, j + k) for i, j, size in blocks for k in range(size)}


def test_matching_blocks_are_difflibs():
    rng = random.Random(7)
    for _ in range(5000):
        alphabet = "abcde"[:rng.randint(1, 5)]
        a = tuple(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        b = tuple(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        expected = [(m.a, m.b, m.size) for m in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()]
        assert _matched(a, b, matching_blocks(a, b)) == _matched(a, b, expected), (a, b)


def test_indexed_name_comparisons_equal_comparing_every_pair():
    rng = random.Random(11)
    for _ in range(3000):
        u, v = _names(rng), _names(rng)
        lone = (tuple(k for k, a in enumerate(u) if not any(same_words(a, b) and len(b) >= len(a) for b in v)),
                tuple(k for k, b in enumerate(v) if not any(same_words(a, b) and len(a) >= len(b) for a in u)))
        assert _lone_words(u, v) == lone

        def kin(a, b):
            return bool(set(a) & set(b)) or variant_words(a, b)

        strangers = (tuple(k for k, a in enumerate(u) if not any(kin(a, b) for b in v)),
                     tuple(k for k, b in enumerate(v) if not any(kin(a, b) for a in u)))
        assert _stranger_words(u, v) == strangers
        variants = tuple((i, j) for i, a in enumerate(u) for j, b in enumerate(v)
                         if a not in set(v) and b not in set(u) and variant_words(a, b))
        assert _variant_pairs(u, v) == variants


def test_the_word_pool_exercises_every_relation():
    """The names above do meet as the same name, as spellings and as strangers."""
    assert same_words(("kurdish",), ("kurdistan",))
    assert variant_words(("katharine", "ashford"), ("katherine", "ashford"))
    assert not same_words(("greece",), ("lula",))


def test_score_lookup_holds_the_scores_of_the_dok_matrix():
    rng = np.random.default_rng(3)
    dense = rng.random((40, 40)) * (rng.random((40, 40)) < 0.2)
    matrix = sparse.csr_matrix(dense)
    lookup = score_lookup(matrix)
    assert lookup == {(int(i), int(j)): float(value) for (i, j), value in matrix.todok().items()}
    assert len(lookup) == np.count_nonzero(dense)


def test_the_stage_empties_its_memos_after_each_story():
    """A corpus run briefs thousands of stories in one process: what one story memoised
    (names, wordings) is no use to the next and must not pile up."""
    from storyline.conflicts import conflicts
    from storyline.conflicts.view import _matched_shares
    from storyline.model import Article, Brief, StoryInfo
    from storyline.segment import segment
    from storyline.settings import Settings
    text = "Mayor Tomas Brandt said 14 workers were hurt in the Harwick fire on Monday."
    articles = tuple(Article(id=k, text=text.replace("14", n), published="2025-05-02", sentences=segment(
        text.replace("14", n))) for k, n in (("a", "14"), ("b", "41")))
    same_words(("brandt",), ("tomas", "brandt"))
    found = conflicts(Brief(StoryInfo(None, 2), articles), Settings(semantic=False)).conflicts
    assert len(found) == 1  # the stage compared the pair (and memoised on the way)
    assert same_words.cache_info().currsize == 0 and _matched_shares.cache_info().currsize == 0
