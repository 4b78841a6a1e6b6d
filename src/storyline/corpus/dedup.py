"""Exact and near-duplicate detection at corpus scale.

Exact duplicates are found by a hash of the whitespace-normalised,
lower-cased text. Near duplicates use MinHash over hashed word 5-shingles
with locality-sensitive hashing (LSH) in bands, computed with numpy over a
whole batch at once: words are hashed once each (cached), shingles are
combined with a vectorised polynomial hash and a splitmix64 finaliser, and
the 128-value signature is a one-permutation MinHash (one hash per shingle,
binned, minimum per bin with ``np.minimum.at``). Candidates that share a
band are verified by the share of equal signature values (the Jaccard
estimate), so the band layout only decides recall.

A duplicate is *not* dropped: the runner puts it in the story of its
original and records the pair, because a copy is evidence of derivation.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

PERMUTATIONS = 128
BANDS = 32  # 32 bands x 4 rows: a pair of Jaccard 0.7 shares a band with probability > 0.999
SHINGLE = 5
THRESHOLD = 0.7  # estimated Jaccard of 5-shingles from which a text is a near copy
_MASK32 = np.uint64(0xFFFFFFFF)
_BIN_BITS = PERMUTATIONS.bit_length() - 1
_EMPTY = 1 << 40
_SHINGLE_MULT = np.array([0x9E3779B97F4A7C15 ** i % 2**64 for i in range(SHINGLE)], dtype=np.uint64)
_BAND_MULT = np.array([0xC2B2AE3D27D4EB4F ** (i + 1) % 2**64 for i in range(PERMUTATIONS // BANDS)],
                      dtype=np.uint64)


@dataclass(frozen=True, slots=True)
class Duplicate:
    """Article ``article`` repeats ``original`` (kind exact or near, with its Jaccard estimate)."""

    article: str
    original: str
    kind: str
    similarity: float


def exact_key(text: str) -> str:
    """Hash of the normalised text: equal for texts that differ only in case and spacing."""
    return hashlib.sha1(" ".join(text.lower().split()).encode()).hexdigest()[:16]


class WordHasher:
    """Stable 64-bit hashes of words (crc32 under two seeds), cached per word."""

    def __init__(self, limit: int = 2_000_000) -> None:
        self._cache: dict[str, int] = {}
        self._limit = limit

    def __call__(self, words: list[str]) -> np.ndarray:
        cache = self._cache
        if len(cache) > self._limit:
            cache.clear()
        for word in set(words).difference(cache):
            data = word.encode()
            cache[word] = (zlib.crc32(data) << 32) | zlib.crc32(data, 0x5BD1E995)
        values = list(map(cache.__getitem__, words))
        return np.array(values, dtype=np.uint64)


def _mix(values: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads every input bit over the 64 output bits."""
    values = (values ^ (values >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    values = (values ^ (values >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return values ^ (values >> np.uint64(31))


def signatures(texts: Sequence[str], hasher: WordHasher | None = None) -> np.ndarray:
    """MinHash signatures, shape ``(len(texts), PERMUTATIONS)``, dtype uint32.

    One-permutation MinHash with rotation densification (Li, Owen and Zhang
    2012; Shrivastava 2017): each shingle is hashed once; its top bits choose
    one of the ``PERMUTATIONS`` bins and the low 32 bits compete for that
    bin's minimum. Two signatures agree in a bin with probability equal to the
    Jaccard similarity of the shingle sets, like classic MinHash with 128
    permutations, at 1/128th of the hashing work. Empty bins (short texts)
    borrow the value of the next non-empty bin, offset by the distance.
    """
    hasher = hasher or WordHasher()
    count = len(texts)
    if not count:
        return np.zeros((0, PERMUTATIONS), dtype=np.uint32)
    words: list[str] = []
    lengths = np.empty(count, dtype=np.int64)
    for row, text in enumerate(texts):
        tokens = text.lower().split()
        if len(tokens) < SHINGLE:
            tokens = tokens + [""] * (SHINGLE - len(tokens))
        words.extend(tokens)
        lengths[row] = len(tokens)
    hashes = hasher(words)
    windows = np.lib.stride_tricks.sliding_window_view(hashes, SHINGLE)
    shingles = _mix((windows * _SHINGLE_MULT).sum(axis=1, dtype=np.uint64))
    ends = np.cumsum(lengths)
    starts = ends - lengths
    valid = np.concatenate([np.arange(s, e - SHINGLE + 1) for s, e in zip(starts, ends, strict=True)])
    owners = np.repeat(np.arange(count), lengths - SHINGLE + 1)
    shingles = shingles[valid]
    bins = (shingles >> np.uint64(64 - _BIN_BITS)).astype(np.int64)
    values = (shingles & _MASK32).astype(np.int64)
    minima = np.full(count * PERMUTATIONS, _EMPTY, dtype=np.int64)
    np.minimum.at(minima, owners * PERMUTATIONS + bins, values)
    return _densify(minima.reshape(count, PERMUTATIONS))


def _densify(minima: np.ndarray) -> np.ndarray:
    """Fill empty bins from the next non-empty bin to the right (circularly)."""
    empty = minima == _EMPTY
    filled = minima.copy()
    distance = 1
    while empty.any() and distance < PERMUTATIONS:
        shifted = np.roll(minima, -distance, axis=1)
        usable = empty & (shifted != _EMPTY)
        filled[usable] = (shifted[usable] + distance * 0x9E3779B1) & 0xFFFFFFFF
        empty &= ~usable
        distance += 1
    filled[empty] = 0
    return filled.astype(np.uint32)


def band_keys(signature_matrix: np.ndarray) -> np.ndarray:
    """One 63-bit key per band, shape ``(n, BANDS)``, int64; the band number is mixed in."""
    rows = PERMUTATIONS // BANDS
    bands = signature_matrix.astype(np.uint64).reshape(len(signature_matrix), BANDS, rows)
    keys = (bands * _BAND_MULT).sum(axis=2, dtype=np.uint64)
    keys = keys ^ (np.arange(BANDS, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15))
    return (keys >> np.uint64(1)).astype(np.int64)


def similarity(first: np.ndarray, second: np.ndarray) -> float:
    """Jaccard estimate: the share of equal signature values."""
    return float(np.mean(first == second))


class MemoryIndex:
    """LSH buckets in memory: band key -> first article id, and its signature."""

    def __init__(self) -> None:
        self.buckets: dict[int, str] = {}
        self.signatures: dict[str, np.ndarray] = {}
        self.exact: dict[str, str] = {}

    def originals(self, keys: Iterable[int]) -> dict[int, str]:
        return {key: self.buckets[key] for key in keys if key in self.buckets}

    def signature(self, article: str) -> np.ndarray:
        return self.signatures[article]

    def exact_original(self, key: str) -> str | None:
        return self.exact.get(key)

    def add(self, article: str, exact: str, keys: Iterable[int], signature: np.ndarray) -> None:
        self.exact.setdefault(exact, article)
        for key in keys:
            self.buckets.setdefault(int(key), article)
        self.signatures[article] = signature


def find_duplicates(ids: Sequence[str], exact_keys: Sequence[str], matrix: np.ndarray, index,
                    threshold: float = THRESHOLD) -> list[Duplicate]:
    """Duplicates of each article among those indexed before it (in the order given).

    ``exact_keys`` and ``matrix`` are the articles' :func:`exact_key` and
    :func:`signatures`; ``index`` is a :class:`MemoryIndex` or anything with the
    same methods (the store). Every article is added to the index; a near
    duplicate points at the most similar earlier article.
    """
    found: list[Duplicate] = []
    keys = band_keys(matrix)
    for row, (article, exact) in enumerate(zip(ids, exact_keys, strict=True)):
        original = index.exact_original(exact)
        if original is not None:
            found.append(Duplicate(article, original, "exact", 1.0))
        else:
            best: tuple[float, str] | None = None
            for candidate in sorted(set(index.originals(keys[row].tolist()).values())):
                score = similarity(matrix[row], index.signature(candidate))
                if score >= threshold and (best is None or score > best[0]):
                    best = (score, candidate)
            if best is not None:
                found.append(Duplicate(article, best[1], "near", round(best[0], 4)))
        index.add(article, exact, keys[row].tolist(), matrix[row])
    return found
