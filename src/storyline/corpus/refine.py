"""Global refinement of a finished clustering (batch ``corpus cluster`` only).

The incremental clusterer (:mod:`.cluster`) decides each article once, in
canonical order, with the document frequencies and story centroids known at
that moment: an early article may join a story that later turns out to be
the wrong one, and two halves of one story may never meet. When the whole
batch is known, :func:`refine` revisits that decision:

1. every article's vector is rebuilt with the final document frequencies;
2. **merge**: two stories whose members are, on average, similar enough
   (average linkage over all member pairs, from the centroid sums) become one,
   merging reciprocal best pairs first, as average-linkage agglomeration does;
3. **re-assign**: every article moves to the story it is most similar to,
   scored as in the clusterer (summed similarity to the other members over
   ``n ** SIZE_EXPONENT``, within the date window), or stands alone when no
   story reaches ``threshold``; all articles move at once, round after round,
   until nothing moves (or ``ROUNDS``);
4. **join short stories**: a story of one-sentence articles (a median of at most
   ``SHORT_WORDS`` content words) joins the short story it links to best on average
   when that link is clear: at least ``SHORT_LINK`` and ``SHORT_MARGIN`` times the
   runner-up's (short stories only). Two one-sentence reports of one event share a few
   words at best, so their average link (0.07-0.24 on ECB+) is as low as that of two
   look-alike events told at length, and the merge step cannot tell them apart by its
   threshold; a clear best partner can. Long stories are left out as partners: a
   story of briefs linked to a long one may as well be its look-alike event.

Every step is a function of the set of articles and of the initial stories,
with stories numbered by their first member in canonical order, so the result
does not depend on input order and re-running gives the same stories. The
online ``corpus add`` path stays incremental: refinement would move articles
between stories that are already briefed.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

from ..components import UnionFind
from .cluster import FAR, SIZE_EXPONENT, Item, apart, centroid_sums, order_key, story_id, window_day
from .defaults import WINDOW_DAYS
from .features import ArticleTerms, DocumentFrequencies, article_terms, matrix

#: smallest score for an article to stay in (or move to) a story when re-assigning (0.2 until
#: 2026-11-30: 0.15 is better held out on every ECB+ fold assignment and on DUC, MultiLing and
#: Multi-News; BENCHMARKS.md)
THRESHOLD = 0.15
#: smallest average member-to-member similarity for two stories to merge
MERGE_THRESHOLD = 0.25
ROUNDS = 10
#: a story of articles with a median of at most this many content words is "short": one
#: sentence, long ones included (a wire lead of 50-60 words has 25-30 content words)
SHORT_WORDS = 30
#: smallest average link for a short story to join the short story it links to best
SHORT_LINK = 0.1
#: ... which must be this many times the link to the runner-up
SHORT_MARGIN = 1.2
_CHUNK = 500


def refine(items: Sequence[Item], assignment: dict[str, str], threshold: float = THRESHOLD,
           merge_threshold: float = MERGE_THRESHOLD, window_days: int = WINDOW_DAYS,
           terms_of: dict[str, ArticleTerms] | None = None) -> dict[str, str]:
    """Refined story id of every item, from its initial ``assignment`` (story id per item id)."""
    batch = sorted(items, key=lambda item: order_key(item.published, item.id))
    if not batch:
        return {}
    terms = [terms_of[item.id] if terms_of else article_terms(item.text, item.title) for item in batch]
    features = final_vectors(terms)
    days = np.array([window_day(item.published) for item in batch], dtype=np.int64)
    labels = canonical([assignment[item.id] for item in batch])
    labels = merge(features, labels, days, merge_threshold, window_days)
    labels = reassign(features, labels, days, threshold, window_days)
    sizes = np.array([found.blocks["word"][1].sum() for found in terms])
    labels = join_short(features, labels, sizes, days, window_days)
    founders: dict[int, str] = {}
    for item, label in zip(batch, labels.tolist(), strict=True):
        founders.setdefault(label, item.id)
    return {item.id: story_id(founders[label]) for item, label in zip(batch, labels.tolist(), strict=True)}


def final_vectors(terms: Sequence[ArticleTerms]) -> sp.csr_matrix:
    """Feature rows of the articles' terms weighted with the document frequencies of the whole batch."""
    frequencies = DocumentFrequencies()
    for found in terms:
        frequencies.add(found)
    return matrix([frequencies.vector(found) for found in terms])


def canonical(labels: Sequence) -> np.ndarray:
    """Labels renumbered 0, 1, ... in order of first appearance (items are in canonical order)."""
    numbers: dict = {}
    return np.array([numbers.setdefault(label, len(numbers)) for label in labels], dtype=np.int64)


def merge(features: sp.csr_matrix, labels: np.ndarray, days: np.ndarray, threshold: float,
          window_days: int) -> np.ndarray:
    """Merge stories by average linkage (reciprocal best pairs first) while a pair reaches ``threshold``."""
    while True:
        sums, counts, first, last = _stories(features, labels, days)
        rows, cols, scores = _linked_pairs(sums, counts, first, last, threshold, window_days)
        if not len(rows):
            return labels
        order = np.lexsort((cols, rows, -scores))  # best score first, then by index
        rows, cols = rows[order], cols[order]
        best = np.full(len(counts), -1, dtype=np.int64)
        heads = np.unique(rows, return_index=True)[1]  # each story's first, i.e. best, partner
        best[rows[heads]] = cols[heads]
        stories = np.arange(len(counts))
        reciprocal = (best > stories) & (best[np.maximum(best, 0)] == stories)  # each other's best partner
        if not reciprocal.any():  # only exact ties in a cycle are left
            return labels
        target = stories.copy()
        target[best[reciprocal]] = stories[reciprocal]
        labels = canonical(target[labels])


def _linked_pairs(sums: sp.csr_matrix, counts: np.ndarray, first: np.ndarray, last: np.ndarray,
                  threshold: float, window_days: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Story pairs (both orders) whose average linkage reaches ``threshold`` within the date window;
    computed a chunk of stories at a time, so memory is bounded by the chunk, not by stories squared."""
    found = []
    for start in range(0, sums.shape[0], _CHUNK):
        block = (sums[start:start + _CHUNK] @ sums.T).tocoo()
        rows, cols = block.row.astype(np.int64) + start, block.col.astype(np.int64)
        scores = block.data / (counts[rows] * counts[cols])
        far = apart(first[rows], last[rows], first[cols], last[cols], window_days)
        good = (rows != cols) & (scores >= threshold) & ~far
        found.append((rows[good], cols[good], scores[good]))
    rows, cols, scores = (np.concatenate([part[index] for part in found]) for index in range(3))
    return rows, cols, scores


def reassign(features: sp.csr_matrix, labels: np.ndarray, days: np.ndarray, threshold: float,
             window_days: int, rounds: int = ROUNDS) -> np.ndarray:
    """Move every article to its best story (or alone) at once, until nothing moves."""
    self_similarity = np.asarray(features.multiply(features).sum(axis=1)).ravel()
    for _ in range(rounds):
        sums, counts, first, last = _stories(features, labels, days)
        moved = labels.copy()
        for start in range(0, len(labels), _CHUNK):
            block = (features[start:start + _CHUNK] @ sums.T).tocsr()
            block.sort_indices()
            for offset in range(block.shape[0]):
                row = start + offset
                moved[row] = _best_story(block, offset, labels[row], self_similarity[row], counts,
                                         first, last, days[row], threshold, window_days)
        alone = moved < 0
        moved[alone] = len(counts) + np.arange(int(alone.sum()))
        moved = canonical(moved)
        if np.array_equal(moved, labels):
            break
        labels = moved
    return labels


def _best_story(block: sp.csr_matrix, offset: int, own: int, self_similarity: float, counts: np.ndarray,
                first: np.ndarray, last: np.ndarray, day: int, threshold: float, window_days: int) -> int:
    """The story an article belongs to (its own if it is alone and nothing is better), -1 for alone."""
    start, end = block.indptr[offset], block.indptr[offset + 1]
    stories, sums = block.indices[start:end], block.data[start:end].copy()
    others = counts[stories].astype(np.float64)
    is_own = stories == own
    sums[is_own] -= self_similarity
    others[is_own] -= 1
    scores = np.where(others > 0, sums / np.maximum(others, 1.0) ** SIZE_EXPONENT, -1.0)
    outside = apart(day, day, first[stories], last[stories], window_days)
    scores = np.where(outside & ~is_own, -1.0, scores)
    if len(scores):
        best = int(np.argmax(scores))
        if scores[best] >= threshold:
            return int(stories[best])
    return own if counts[own] == 1 else -1


def join_short(features: sp.csr_matrix, labels: np.ndarray, sizes: np.ndarray, days: np.ndarray,
               window_days: int) -> np.ndarray:
    """Join every short story (median of ``sizes``, content words, at most :data:`SHORT_WORDS`)
    to the short story it links to best, when that average link is at least :data:`SHORT_LINK`
    and :data:`SHORT_MARGIN` times the runner-up short story's (within the date window); all
    decided at once from the stories after re-assignment, joined pairs then chained."""
    sums, counts, first, last = _stories(features, labels, days)
    total = len(counts)
    members = counts.astype(np.int64)
    ranked = sizes[np.lexsort((sizes, labels))]  # sizes by story, ascending within each
    starts = np.r_[0, np.cumsum(members)[:-1]]
    middle = (ranked[starts + (members - 1) // 2] + ranked[starts + members // 2]) / 2  # median of each story
    is_short = middle <= SHORT_WORDS
    short = np.flatnonzero(is_short)
    joined = UnionFind(total)
    for start in range(0, len(short), _CHUNK):
        rows = short[start:start + _CHUNK]
        block = (sums[rows] @ sums.T).tocsr()
        block.sort_indices()  # ties go to the lowest story number
        for offset, story in enumerate(rows.tolist()):
            best = _clear_best(block, offset, story, counts, first, last, window_days, is_short)
            if best >= 0:
                joined.union(story, best)
    return canonical([joined.find(label) for label in labels.tolist()])  # renumbered: any representative will do


def _clear_best(block: sp.csr_matrix, offset: int, story: int, counts: np.ndarray, first: np.ndarray,
                last: np.ndarray, window_days: int, eligible: np.ndarray) -> int:
    """The ``eligible`` story that ``story`` (row ``offset`` of ``block``: its centroid sum's products)
    links to best, if that link is clear (see :func:`join_short`); else -1."""
    start, end = block.indptr[offset], block.indptr[offset + 1]
    others = block.indices[start:end]
    links = block.data[start:end] / (counts[story] * counts[others])
    far = apart(first[story], last[story], first[others], last[others], window_days)
    near = (others != story) & eligible[others] & ~far
    others, links = others[near], links[near]
    if not len(links):
        return -1
    ranked = np.argsort(-links, kind="stable")
    runner_up = links[ranked[1]] if len(ranked) > 1 else 0.0
    best = ranked[0]
    return int(others[best]) if links[best] >= SHORT_LINK and links[best] >= SHORT_MARGIN * runner_up else -1


def _stories(features: sp.csr_matrix, labels: np.ndarray, days: np.ndarray
             ) -> tuple[sp.csr_matrix, np.ndarray, np.ndarray, np.ndarray]:
    """Centroid sums, member counts and first / last dated day of every story."""
    total = int(labels.max()) + 1
    sums = centroid_sums(features, labels, total)
    counts = np.bincount(labels, minlength=total).astype(np.float64)
    dated = days != FAR
    first = np.full(total, FAR, dtype=np.int64)
    last = np.full(total, -FAR, dtype=np.int64)
    np.minimum.at(first, labels[dated], days[dated])
    np.maximum.at(last, labels[dated], days[dated])
    return sums, counts, first, last
