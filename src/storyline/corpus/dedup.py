"""Exact and near-duplicate detection at corpus scale.

Exact duplicates are found by a key of the lower-cased word sequence
(computed from the same word hashes as the shingles). Near duplicates use MinHash over hashed word 5-shingles
with locality-sensitive hashing (LSH) in bands, computed with numpy over a
whole batch at once: words are hashed from prefix sums over the batch's
bytes, shingles are combined with a vectorised polynomial hash and a
splitmix64 finaliser, and the 128-value signature is a one-permutation MinHash (one hash per shingle,
binned, minimum per bin with ``np.minimum.at``). Candidates that share a
band are verified by the share of equal signature values (the Jaccard
estimate), so the band layout only decides recall.

A duplicate is *not* dropped: the runner puts it in the story of its
original and records the pair, because a copy is evidence of derivation.
"""

from __future__ import annotations

from collections.abc import Sequence
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
    """Key of the word sequence (lower-cased, whitespace ignored): equal texts up to case and spacing share it."""
    return fingerprints([text])[0][0]


_PRIME = 0x100000001B3  # FNV 64-bit prime: odd, so invertible modulo 2**64
_PRIME_INVERSE = pow(_PRIME, -1, 2**64)
_SPACE = np.zeros(256, dtype=bool)
_SPACE[[9, 10, 11, 12, 13, 28, 29, 30, 31, 32]] = True  # the ASCII whitespace of str.split


def _mix(values: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads every input bit over the 64 output bits."""
    values = (values ^ (values >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    values = (values ^ (values >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return values ^ (values >> np.uint64(31))


_POWERS: dict[int, np.ndarray] = {}
_CHUNK_CHARS = 1 << 19  # texts are processed in chunks of about this many characters, to stay in cache


def _powers(base: int, count: int) -> np.ndarray:
    """``base ** i`` (mod 2**64) for ``i < count``, from a table kept between calls."""
    table = _POWERS.get(base)
    if table is None or len(table) < count:
        table = np.full(max(count, 2 * _CHUNK_CHARS), base, dtype=np.uint64)
        table[0] = 1
        table = _POWERS[base] = np.cumprod(table, dtype=np.uint64)
    return table[:count]


def word_hashes(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """64-bit hashes of the lower-cased whitespace-separated words of all texts, and each word's text.

    Vectorised over the UTF-8 bytes of the whole batch: with prefix sums
    ``H[k] = sum(b[i] * P**i, i < k)`` (mod 2**64), the polynomial hash of the
    bytes ``[s, e)`` is ``(H[e] - H[s]) * P**-s``; no Python loop over words.
    """
    encoded = [text.lower().encode("utf-8") for text in texts]
    data = np.frombuffer(b"\n".join(encoded), dtype=np.uint8)
    if not len(data):
        return np.zeros(0, np.uint64), np.zeros(0, np.int64)
    edges = np.flatnonzero(np.diff(np.r_[True, _SPACE[data], True].astype(np.int8)))
    starts, ends = edges[0::2], edges[1::2]
    prefix = np.zeros(len(data) + 1, dtype=np.uint64)
    np.cumsum((data.astype(np.uint64) + np.uint64(1)) * _powers(_PRIME, len(data)), dtype=np.uint64,
              out=prefix[1:])
    hashes = _mix((prefix[ends] - prefix[starts]) * _powers(_PRIME_INVERSE, len(data))[starts])
    boundaries = np.cumsum([len(chunk) + 1 for chunk in encoded])  # texts are joined by one newline
    return hashes, np.searchsorted(boundaries, starts, side="right")


def signatures(texts: Sequence[str]) -> np.ndarray:
    """MinHash signatures, shape ``(len(texts), PERMUTATIONS)``, dtype uint32 (see :func:`fingerprints`)."""
    return fingerprints(texts)[1]


def fingerprints(texts: Sequence[str]) -> tuple[list[str], np.ndarray]:
    """Exact keys and MinHash signatures of a batch (see :func:`_fingerprints`), chunk by chunk."""
    keys: list[str] = []
    matrices = [np.zeros((0, PERMUTATIONS), dtype=np.uint32)]
    start, size = 0, 0
    for index, text in enumerate(texts):
        size += len(text)
        if size >= _CHUNK_CHARS or index == len(texts) - 1:
            chunk_keys, matrix = _fingerprints(texts[start:index + 1])
            keys.extend(chunk_keys)
            matrices.append(matrix)
            start, size = index + 1, 0
    return keys, np.concatenate(matrices)


def _fingerprints(texts: Sequence[str]) -> tuple[list[str], np.ndarray]:
    """Exact keys and MinHash signatures (shape ``(len(texts), PERMUTATIONS)``, uint32) of a batch.

    The exact key is a position-sensitive 64-bit sum of the word hashes plus
    the word count: texts with the same words in the same order share it.

    One-permutation MinHash with densification (Li, Owen and Zhang 2012;
    Shrivastava 2017): each shingle is hashed once; its top bits choose one of
    the ``PERMUTATIONS`` bins and its low 32 bits compete for that bin's
    minimum. Two signatures agree in a bin with probability (close to) the
    Jaccard similarity of the shingle sets, as with 128 classic MinHash
    permutations, at 1/128th of the hashing work. A text shorter than a
    shingle is represented by its words.
    """
    count = len(texts)
    if not count:
        return [], np.zeros((0, PERMUTATIONS), dtype=np.uint32)
    hashes, owners = word_hashes(texts)
    exact_keys = _exact_keys(hashes, owners, count)
    shingles, shingle_owners = np.zeros(0, np.uint64), np.zeros(0, np.int64)
    if len(hashes) >= SHINGLE:
        windows = np.lib.stride_tricks.sliding_window_view(hashes, SHINGLE)
        shingles = _mix((windows * _SHINGLE_MULT).sum(axis=1, dtype=np.uint64))
        shingle_owners = owners[:len(shingles)]
        inside = shingle_owners == owners[SHINGLE - 1:]
        shingles, shingle_owners = shingles[inside], shingle_owners[inside]
    short = np.setdiff1d(np.arange(count), shingle_owners)
    if len(short):
        words = np.isin(owners, short)
        shingles = np.concatenate([shingles, hashes[words]])
        shingle_owners = np.concatenate([shingle_owners, owners[words]])
    bins = (shingles >> np.uint64(64 - _BIN_BITS)).astype(np.int64)
    values = (shingles & _MASK32).astype(np.int64)
    minima = np.full(count * PERMUTATIONS, _EMPTY, dtype=np.int64)
    np.minimum.at(minima, shingle_owners * PERMUTATIONS + bins, values)
    return exact_keys, _densify(minima.reshape(count, PERMUTATIONS))


def _exact_keys(hashes: np.ndarray, owners: np.ndarray, count: int) -> list[str]:
    words = np.bincount(owners, minlength=count)
    starts = np.concatenate([[0], np.cumsum(words)[:-1]])
    positions = np.arange(len(hashes), dtype=np.uint64) - np.repeat(starts, words).astype(np.uint64)
    mixed = _mix(hashes ^ _mix(positions + np.uint64(1)))
    sums = np.zeros(count, dtype=np.uint64)
    present = words > 0
    if present.any():
        sums[present] = np.add.reduceat(mixed, starts[present], dtype=np.uint64)
    return [f"{value:016x}{length:x}" for value, length in zip(sums.tolist(), words.tolist(), strict=True)]


def _densify(minima: np.ndarray) -> np.ndarray:
    """Fill each empty bin from the next non-empty bin to its right (circularly), offset by the distance."""
    width = minima.shape[1]
    doubled = np.concatenate([minima, minima], axis=1)
    positions = np.where(doubled != _EMPTY, np.arange(2 * width), 2 * width)
    nearest = np.minimum.accumulate(positions[:, ::-1], axis=1)[:, ::-1][:, :width]
    found = nearest < 2 * width
    source = np.where(found, nearest, 0)
    values = np.take_along_axis(doubled, source, axis=1)
    filled = (values + (source - np.arange(width)) * 0x9E3779B1) & 0xFFFFFFFF
    return np.where(found, filled, 0).astype(np.uint32)


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
    """The dedup index in memory: first article per exact key and per LSH band key, and signatures.

    The store (:class:`storyline.corpus.store.Store`) offers the same four methods on disk.
    """

    def __init__(self) -> None:
        self.buckets: dict[int, str] = {}
        self.exact: dict[str, str] = {}
        self.signatures: dict[str, np.ndarray] = {}

    def add_batch(self, ids: Sequence[str], exact_keys: Sequence[str], keys: np.ndarray,
                  matrix: np.ndarray) -> None:
        """Register articles in order; the first article with a key keeps it."""
        for row, article in enumerate(ids):
            self.exact.setdefault(exact_keys[row], article)
            self.signatures[article] = matrix[row]
        setdefault = self.buckets.setdefault
        for key, article in zip(keys.ravel().tolist(), np.repeat(np.asarray(ids, dtype=object), keys.shape[1]),
                                strict=True):
            setdefault(key, article)

    def exact_originals(self, exact_keys: Sequence[str]) -> list[str]:
        return [self.exact[key] for key in exact_keys]

    def bucket_owners(self, keys: np.ndarray) -> list[str]:
        return [self.buckets[key] for key in keys.ravel().tolist()]

    def signatures_of(self, ids: Sequence[str]) -> np.ndarray:
        return np.stack([self.signatures[article] for article in ids])


def find_duplicates(ids: Sequence[str], exact_keys: Sequence[str], matrix: np.ndarray, index,
                    threshold: float = THRESHOLD) -> list[Duplicate]:
    """Duplicates of each article among the articles indexed before it (in the order given).

    ``exact_keys`` and ``matrix`` are the articles' :func:`exact_key` and
    :func:`signatures`. The batch is registered in ``index`` first; since the
    first article with a key keeps it, looking the keys up afterwards finds
    exactly the earlier articles a one-by-one pass would find. An exact copy
    points at the first article with its text; a near copy at the most similar
    earlier article sharing a band (ties: the smallest id), when the Jaccard
    estimate reaches ``threshold``.
    """
    if not len(ids):
        return []
    keys = band_keys(matrix)
    index.add_batch(ids, exact_keys, keys, matrix)
    firsts = index.exact_originals(exact_keys)
    owners = index.bucket_owners(keys)
    found: dict[int, Duplicate] = {}
    rows: list[int] = []
    candidates: list[str] = []
    for row, article in enumerate(ids):
        if firsts[row] != article:
            found[row] = Duplicate(article, firsts[row], "exact", 1.0)
            continue
        others = set(owners[row * BANDS:(row + 1) * BANDS])
        others.discard(article)
        for other in sorted(others):
            rows.append(row)
            candidates.append(other)
    if candidates:
        position = {article: row for row, article in enumerate(ids)}
        outside = sorted({c for c in candidates if c not in position})
        stored = index.signatures_of(outside) if outside else np.zeros((0, PERMUTATIONS), np.uint32)
        outside_row = {article: i for i, article in enumerate(outside)}
        other_signatures = np.stack([matrix[position[c]] if c in position else stored[outside_row[c]]
                                     for c in candidates])
        scores = (matrix[rows] == other_signatures).mean(axis=1)
        for row, other, score in zip(rows, candidates, scores.tolist(), strict=True):
            best = found.get(row)
            if score >= threshold and (best is None or score > best.similarity):
                found[row] = Duplicate(ids[row], other, "near", round(score, 4))
    return [found[row] for row in sorted(found)]
