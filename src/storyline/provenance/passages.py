"""Verbatim and near-verbatim passages shared between the articles of a story.

Texts are reduced to normalised word tokens (lower-case; punctuation, curly
quotes and line wrapping disappear with the tokenizer), the tokens to
integer ids, and every run of ``n`` ids to one 64-bit shingle hash. All
shingles of the story are sorted once; a hash found in two articles is a
*seed* (an exact ``n``-token match). Seeds of one pair are chained along
their diagonal, tolerating small gaps (a changed word) and small diagonal
shifts (an inserted or dropped word): seed-and-extend as passim and BLAST do.
The work is one sort over all shingles plus one over the seeds, so it grows
with the text and with the number of matching pairs, never with
``len(a) * len(b)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from ..model import Article

_WORD = re.compile(r"[^\W_]+")
_QUOTED_SPEECH = re.compile(r"[\"“”][^\"“”\n]{8,}?[\"“”]")
_PRIME = np.uint64(1_000_003)


@dataclass(frozen=True, slots=True)
class Tokens:
    """Normalised tokens of one article: integer ids and character offsets.

    ``speech`` flags tokens inside quotation marks (direct speech), which
    independent reports of the same press conference share without copying.
    """

    ids: np.ndarray  # int64, shape (n_tokens,)
    starts: np.ndarray  # int64 character offsets into the clean text
    ends: np.ndarray
    speech: np.ndarray  # bool


@dataclass(frozen=True, slots=True)
class Passage:
    """Tokens ``[a_start, a_end)`` of article ``a`` match ``[b_start, b_end)`` of ``b``.

    ``matched`` counts tokens covered by exact seeds; ``exact`` marks an
    unbroken verbatim run, else the passage is near-verbatim (small edits
    inside); verbatim runs lie inside the near-verbatim passages.
    """

    a: int
    b: int
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    matched: int
    exact: bool


def tokenize(articles: list[Article], vocabulary: dict[str, int] | None = None) -> list[Tokens]:
    """Tokens of every article, with ids from one story-wide vocabulary (copies, the same
    text, share one :class:`Tokens`)."""
    vocabulary = {} if vocabulary is None else vocabulary
    out = []
    done: dict[str, Tokens] = {}
    for article in articles:
        text = article.text
        if text in done:
            out.append(done[text])
            continue
        words, offsets = [], []
        for match in _WORD.finditer(text):
            words.append(match.group().lower())
            offsets.append(match.span())
        ids = np.array([vocabulary.setdefault(w, len(vocabulary)) for w in words], dtype=np.int64)
        spans = np.array(offsets, dtype=np.int64).reshape(-1, 2)
        starts, ends = spans[:, 0].copy(), spans[:, 1].copy()
        inside = np.zeros(len(words) + 1, dtype=np.int64)
        for quote in _QUOTED_SPEECH.finditer(text):  # +1 at the first token inside, -1 after the last
            inside[np.searchsorted(starts, quote.start())] += 1
            inside[np.searchsorted(ends, quote.end(), side="right")] -= 1
        speech = np.cumsum(inside)[:-1] > 0
        out.append(done.setdefault(text, Tokens(ids, starts, ends, speech)))
    return out


def shingles(ids: np.ndarray, n: int) -> np.ndarray:
    """64-bit polynomial hashes of every run of ``n`` token ids (wrapping arithmetic)."""
    if len(ids) < n:
        return np.zeros(0, dtype=np.uint64)
    values = ids.astype(np.uint64) + np.uint64(1)
    hashes = np.zeros(len(ids) - n + 1, dtype=np.uint64)
    for offset in range(n):
        hashes = hashes * _PRIME + values[offset : len(ids) - n + 1 + offset]
    return hashes


def _occurrences(tokens: list[Tokens], n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(hash, article, position) of every shingle that occurs once in its article."""
    hashes, arts, positions = [], [], []
    for index, toks in enumerate(tokens):
        h = shingles(toks.ids, n)
        unique, first, counts = np.unique(h, return_index=True, return_counts=True)
        keep = counts == 1
        hashes.append(unique[keep])
        positions.append(first[keep].astype(np.int64))
        arts.append(np.full(int(keep.sum()), index, dtype=np.int64))
    if not hashes:
        empty = np.zeros(0, dtype=np.int64)
        return empty.astype(np.uint64), empty, empty
    return np.concatenate(hashes), np.concatenate(arts), np.concatenate(positions)


def _seed_blocks(hashes: np.ndarray, arts: np.ndarray, positions: np.ndarray, max_fanout: int,
                 max_block_seeds: int) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]:
    """Every pair of occurrences of one hash in two articles ``a < b``, a block of first
    articles ``a`` at a time, each block holding about ``max_block_seeds`` seeds at most: every
    seed of a pair of articles falls in one block, and memory stays bounded however many
    copies a story holds.

    A hash shared by more than ``max_fanout`` articles links each occurrence
    only to the first ``max_fanout`` articles holding it, which bounds the
    work on stories made of hundreds of copies of one wire report.
    """
    order = np.argsort(hashes, kind="stable")  # occurrences come article by article: ties stay in article order
    h, a, p = hashes[order], arts[order], positions[order]
    if len(h) == 0:
        return
    new_group = np.r_[True, h[1:] != h[:-1]]
    group = np.cumsum(new_group) - 1
    group_start = np.flatnonzero(new_group)
    group_end = np.r_[group_start[1:], len(h)]
    rank = np.arange(len(h)) - group_start[group]
    firsts = np.flatnonzero(((group_end - group_start)[group] > 1) & (rank < max_fanout))
    firsts = firsts[np.argsort(a[firsts], kind="stable")]  # by first article
    made = group_end[group[firsts]] - firsts - 1  # seeds each first occurrence makes: one per later one
    bounds = np.flatnonzero(np.r_[True, a[firsts][1:] != a[firsts][:-1], True])  # one span per first article
    per_article = np.add.reduceat(made, bounds[:-1]) if len(firsts) else made
    begin, held = 0, 0
    for k, seeds in enumerate(per_article.tolist()):
        held += seeds
        if held >= max_block_seeds or k == len(per_article) - 1:  # whole articles, so a pair's seeds stay together
            block = firsts[bounds[begin]:bounds[k + 1]]
            yield _pairs_of(a, p, block, group_end[group[block]])
            begin, held = k + 1, 0


def _pairs_of(a: np.ndarray, p: np.ndarray, left: np.ndarray, ends: np.ndarray
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(article, article, position, position) of each occurrence ``left`` paired with every later
    occurrence of its hash (up to ``ends``)."""
    later = ends - left - 1
    j = np.repeat(left + 1 - (np.cumsum(later) - later), later) + np.arange(int(later.sum()))
    return np.repeat(a[left], later), a[j], np.repeat(p[left], later), p[j]


def _chains(pair: np.ndarray, pa: np.ndarray, pb: np.ndarray, n: int, max_gap: int, max_shift: int
            ) -> tuple[np.ndarray, np.ndarray]:
    """First and last seed index of each chain of seeds (seeds sorted by pair, then position in ``a``)."""
    step_a, step_b = np.diff(pa), np.diff(pb)
    breaks = np.r_[True, (pair[1:] != pair[:-1]) | (step_a > max_gap) | (step_b < 0) | (step_b > max_gap)
                   | (np.abs(step_b - step_a) > max_shift)]
    first = np.flatnonzero(breaks)
    return first, np.r_[first[1:], len(pair)] - 1


def shared_passages(tokens: list[Tokens], n: int = 5, max_gap: int = 8, max_shift: int = 3,
                    min_tokens: int = 10, max_fanout: int = 64, min_exact: int = 25,
                    max_block_seeds: int = 5_000_000, partners: int | None = None
                    ) -> dict[tuple[int, int], list[Passage]]:
    """Passages shared by each pair of articles ``(a, b)``, ``a < b``, as token ranges.

    Seeds of a pair chain while the next one starts at most ``max_gap`` tokens
    later in both articles and its diagonal moved at most ``max_shift``;
    chains covering fewer than ``min_tokens`` tokens are dropped. Chains along
    one diagonal are then checked token by token: unbroken identical runs of
    at least ``min_exact`` tokens are the *verbatim* passages (``exact=True``):
    what a copy, an excerpt or a quoted block consists of, and what a rewrite
    that changes a word every sentence lacks.

    With ``partners`` set (a giant story), each article's passages are sought only with the
    ``partners`` others it shares the most shingles with (:func:`_best_partners`).
    """
    passes: tuple[dict[tuple[int, int], list[Passage]], ...] = ({}, {})
    occurrences = _occurrences(tokens, n)
    kept = None if partners is None else _best_partners(
        _seed_blocks(*occurrences, max_fanout, max_block_seeds), len(tokens), partners)
    for a, b, pa, pb in _seed_blocks(*occurrences, max_fanout, max_block_seeds):
        if kept is not None:
            key = a * len(tokens) + b
            inside = kept[np.minimum(np.searchsorted(kept, key), len(kept) - 1)] == key if len(kept) else key < 0
            a, b, pa, pb = a[inside], b[inside], pa[inside], pb[inside]
        _chain_passages(tokens, a, b, pa, pb, n, max_gap, max_shift, min_tokens, min_exact, passes)
    out = {key: list(found) for key, found in passes[0].items()}
    for key, found in passes[1].items():
        out.setdefault(key, []).extend(found)
    return out


def _best_partners(blocks: Iterator[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]], count: int,
                   partners: int) -> np.ndarray:
    """Sorted keys ``a * count + b`` of the pairs in which one article is among the other's
    ``partners`` best: the others it shares the most shingles (seeds) with, ties to the earlier.

    What an article takes from a source it shares most of its text with, so the pairs that
    decide its relations are kept while a giant story's many weak pairs (a stock phrase shared
    by hundreds of articles) are not judged."""
    keys, seeds = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
    for a, b, _, _ in blocks:  # a pair's seeds all fall in one block
        key, found = np.unique(a * count + b, return_counts=True)
        keys.append(key)
        seeds.append(found)
    key, found = np.concatenate(keys), np.concatenate(seeds)
    first, second = key // count, key % count
    article, other = np.r_[first, second], np.r_[second, first]
    order = np.lexsort((other, -np.r_[found, found], article))  # by article, most seeds first, earlier first
    article, other = article[order], other[order]
    starts = np.flatnonzero(np.r_[True, article[1:] != article[:-1]])
    rank = np.arange(len(article)) - np.repeat(starts, np.diff(np.r_[starts, len(article)]))
    best = rank < partners
    return np.unique(np.minimum(article[best], other[best]) * count + np.maximum(article[best], other[best]))


def _chain_passages(tokens: list[Tokens], a: np.ndarray, b: np.ndarray, pa: np.ndarray, pb: np.ndarray, n: int,
                    max_gap: int, max_shift: int, min_tokens: int, min_exact: int,
                    passes: tuple[dict[tuple[int, int], list[Passage]], ...]) -> None:
    """The near-verbatim (``passes[0]``) and verbatim (``passes[1]``) passages of one block of seeds."""
    if len(a) == 0:
        return
    count = len(tokens)
    pair = a * count + b
    longest = max(len(t.ids) for t in tokens) + 1
    order = np.argsort(pair * longest + pa, kind="stable")  # by pair, then position in ``a``
    pair, pa, pb = pair[order], pa[order], pb[order]
    for (gap, shift, exact), out in zip(((max_gap, max_shift, False), (max_gap, 0, True)), passes, strict=True):
        first, last = _chains(pair, pa, pb, n, gap, shift)
        a_lo, a_hi, b_lo, b_hi = pa[first], pa[last] + n, pb[first], pb[last] + n
        keep = np.flatnonzero((a_hi - a_lo >= min_tokens) & (b_hi - b_lo >= min_tokens))
        if exact:
            chain, start, end = _equal_runs(tokens, pair[first[keep]] // count, pair[first[keep]] % count,
                                            a_lo[keep], b_lo[keep], a_hi[keep] - a_lo[keep], min_exact)
            rows = zip(pair[first[keep[chain]]].tolist(), (a_lo[keep[chain]] + start).tolist(),
                       (a_lo[keep[chain]] + end).tolist(), (b_lo[keep[chain]] + start).tolist(),
                       (b_lo[keep[chain]] + end).tolist(), (end - start).tolist(), strict=True)
        else:
            matched = np.minimum(last[keep] - first[keep] + n, a_hi[keep] - a_lo[keep])
            rows = zip(pair[first[keep]].tolist(), a_lo[keep].tolist(), a_hi[keep].tolist(),
                       b_lo[keep].tolist(), b_hi[keep].tolist(), matched.tolist(), strict=True)
        for key, lo_a, hi_a, lo_b, hi_b, matched_tokens in rows:
            i, j = divmod(key, count)
            out.setdefault((i, j), []).append(Passage(i, j, lo_a, hi_a, lo_b, hi_b, matched_tokens, exact))


def _equal_runs(tokens: list[Tokens], first: np.ndarray, second: np.ndarray, lo_first: np.ndarray,
                lo_second: np.ndarray, lengths: np.ndarray, shortest: int
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Runs of equal tokens along many diagonals at once, at least ``shortest`` long.

    Diagonal ``k`` compares ``lengths[k]`` tokens of article ``first[k]`` from
    ``lo_first[k]`` with those of ``second[k]`` from ``lo_second[k]``. Returns
    ``(diagonal, start, end)`` of each run, offsets relative to the diagonal's start.
    """
    empty = np.zeros(0, dtype=np.int64)
    if len(lengths) == 0:
        return empty, empty, empty
    base = np.concatenate(([0], np.cumsum([len(t.ids) for t in tokens])))
    ids = np.concatenate([t.ids for t in tokens])
    slots = lengths + 1  # one slot more per diagonal, always unequal: runs never cross diagonals
    origin = np.cumsum(slots) - slots
    diagonal = np.repeat(np.arange(len(lengths)), slots)
    offset = np.arange(int(slots.sum())) - origin[diagonal]
    inside = offset < lengths[diagonal]
    offset = np.where(inside, offset, 0)
    equal = inside & (ids[base[first][diagonal] + lo_first[diagonal] + offset]
                      == ids[base[second][diagonal] + lo_second[diagonal] + offset])
    edges = np.flatnonzero(np.diff(np.concatenate(([False], equal, [False])).astype(np.int8)))
    starts, ends = edges[::2], edges[1::2]
    long_enough = ends - starts >= shortest
    starts, ends = starts[long_enough], ends[long_enough]
    run_diagonal = diagonal[starts]
    return run_diagonal, starts - origin[run_diagonal], ends - origin[run_diagonal]


def char_span(toks: Tokens, start: int, end: int) -> tuple[int, int]:
    """Character offsets of tokens ``[start, end)``."""
    return int(toks.starts[start]), int(toks.ends[end - 1])


def covered(length: int, ranges) -> np.ndarray:
    """Boolean mask of ``length`` tokens covered by any of the ``(start, end)`` ranges."""
    mask = np.zeros(length, dtype=bool)
    for start, end in ranges:
        mask[start:end] = True
    return mask
