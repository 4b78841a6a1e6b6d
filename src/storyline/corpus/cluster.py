"""Incremental story clustering: each article joins the story it is most
similar to on average, or starts a new one.

Articles are taken in a canonical order, publication date first (undated
last) then a hash of the id, so the result does not depend on the order of
the inputs, and a store that receives tomorrow's articles tomorrow ends where
one run over both days would (as long as the new articles are not older than
the stored ones). An article's score for a story is its summed similarity to
the story's members divided by ``n ** 0.7`` (between group average and
centroid cosine), computed from the story's *centroid sum*:
``x . sum(members)``. Centroid sums are all a story needs to keep, so the
state of a story is one sparse vector, a count and its date range, and the
store persists exactly that. With dates, only stories whose date range lies
within ``window_days`` of the article are candidates, which also bounds memory
(:func:`apart`, the one date rule of clustering and refinement: a story with no
dated member has no range and is never apart).

Similarity is the weighted sum of four cosines (see :mod:`.features`): words,
names, places and numbers/dates, so two earthquakes share the words but not
the places, names, magnitudes and days.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import scipy.sparse as sp

from .defaults import THRESHOLD, WINDOW_DAYS
from .features import DIMENSIONS, ArticleTerms, DocumentFrequencies, article_terms, matrix

#: ``first`` day of a story with no dated member (its ``last`` is ``-FAR``), and the day
#: of an undated article where days are arrays
FAR = 10**9
#: score = sum / count ** SIZE_EXPONENT: 1 is group average, 0.5 the cosine to the
#: centroid; between the two, a big story is not penalised for its diversity.
SIZE_EXPONENT = 0.7


@dataclass(frozen=True, slots=True)
class Item:
    """An article as the clusterer needs it."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None


def day_number(published: str | None) -> int | None:
    """Proleptic ordinal of an ISO date (first 10 characters), None when absent or invalid."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


def window_day(published: str | None) -> int:
    """:func:`day_number` for the date window: :data:`FAR` when undated."""
    day = day_number(published)
    return FAR if day is None else day


def apart(first_a: np.ndarray | int, last_a: np.ndarray | int, first_b: np.ndarray | int,
          last_b: np.ndarray | int, window_days: int) -> np.ndarray:
    """Whether the date ranges ``first_a..last_a`` and ``first_b..last_b`` (an article: one day)
    are more than ``window_days`` apart: then they are different events, whatever the text says.

    An undated side (``first == FAR``) is never apart: it says nothing about when it
    happened, so a dated article may join an undated story (which then takes its date),
    and an undated one any story. The store loads undated stories for every batch for
    that reason, and an undated article stored yesterday ends with today's dated
    article as in one run over both (where the dated article comes first).
    """
    dated = (np.asarray(first_a) != FAR) & (np.asarray(first_b) != FAR)
    return dated & ((first_a > last_b + window_days) | (first_b > last_a + window_days))


def centroid_sums(features: sp.csr_matrix, labels: Sequence[int] | np.ndarray, total: int) -> sp.csr_matrix:
    """Sum of the feature rows of each of ``total`` stories (``labels``: story of each row)."""
    membership = sp.csr_matrix((np.ones(len(labels)), (labels, np.arange(len(labels)))),
                               shape=(total, len(labels)))
    return (membership @ features).tocsr()


def order_key(published: str | None, article_id: str) -> tuple:
    """Canonical processing order: dated by date, undated last, then a hash of the id."""
    day = day_number(published)
    return (day is None, day or 0, hashlib.sha1(article_id.encode()).hexdigest())


def story_id(founder: str) -> str:
    """Stable story id from the article that started it."""
    return "s" + hashlib.sha1(founder.encode()).hexdigest()[:11]


@dataclass
class Stories:
    """Centroid sums (one CSR row each), member counts and date ranges of stories."""

    ids: list[str] = field(default_factory=list)
    sums: sp.csr_matrix = field(default_factory=lambda: sp.csr_matrix((0, DIMENSIONS)))
    counts: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    first: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    last: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))


class StoryClusterer:
    """Assigns batches of articles to stories, keeping document frequencies and centroids.

    ``threshold``: smallest mean similarity for an article to join a story.
    ``window_days``: a dated article only joins a story dated within this many days.
    """

    def __init__(self, threshold: float = THRESHOLD, window_days: int = WINDOW_DAYS,
                 frequencies: DocumentFrequencies | None = None, stories: Stories | None = None) -> None:
        self.threshold = threshold
        self.window_days = window_days
        self.frequencies = frequencies or DocumentFrequencies()
        self.stories = stories or Stories()

    def assign(self, items: Iterable[Item], terms_of: dict[str, ArticleTerms] | None = None) -> dict[str, str]:
        """Story id of every item; the items are processed in canonical order.

        ``terms_of`` may hold the items' :func:`.features.article_terms`, computed once
        for several runs (threshold tuning).
        """
        batch = sorted(items, key=lambda item: order_key(item.published, item.id))
        if not batch:
            return {}
        vectors = []
        for item in batch:
            terms = terms_of[item.id] if terms_of else article_terms(item.text, item.title)
            self.frequencies.add(terms)
            vectors.append(self.frequencies.vector(terms))
        features = matrix(vectors)
        days = [window_day(item.published) for item in batch]
        columns = self._assign_columns(features, days, [item.id for item in batch])
        self._update_sums(features, columns)
        return {item.id: self.stories.ids[column] for item, column in zip(batch, columns, strict=True)}

    def _assign_columns(self, features: sp.csr_matrix, days: Sequence[int],
                        ids: Sequence[str]) -> list[int]:
        stories = self.stories
        old = len(stories.ids)
        to_old = (features @ stories.sums.T).tocsr() if old else sp.csr_matrix((len(ids), 0))
        to_old.sort_indices()
        within = (features @ features.T).tocsr()
        within.sort_indices()
        capacity = old + len(ids)  # at most one new story per article
        counts = np.zeros(capacity, dtype=np.int64)
        first = np.full(capacity, FAR, dtype=np.int64)
        last = np.full(capacity, -FAR, dtype=np.int64)
        counts[:old], first[:old], last[:old] = stories.counts, stories.first, stories.last
        total = old
        columns: list[int] = []
        for row, day in enumerate(days):
            start, end = to_old.indptr[row], to_old.indptr[row + 1]
            candidates = to_old.indices[start:end].astype(np.int64)
            sums = to_old.data[start:end]
            w_start, w_end = within.indptr[row], within.indptr[row + 1]
            earlier = within.indices[w_start:w_end] < row
            if earlier.any():
                others = within.indices[w_start:w_end][earlier]
                candidates = np.concatenate([candidates, np.asarray(columns, dtype=np.int64)[others]])
                sums = np.concatenate([sums, within.data[w_start:w_end][earlier]])
                order = np.argsort(candidates, kind="stable")
                candidates, sums = candidates[order], sums[order]
                keep = np.r_[True, candidates[1:] != candidates[:-1]]
                sums = np.add.reduceat(sums, np.flatnonzero(keep))
                candidates = candidates[keep]
            chosen = -1
            if len(candidates):
                scores = sums / counts[candidates] ** SIZE_EXPONENT
                outside = apart(day, day, first[candidates], last[candidates], self.window_days)
                scores = np.where(outside, -1.0, scores)
                best = int(np.argmax(scores))
                if scores[best] >= self.threshold:
                    chosen = int(candidates[best])
            if chosen < 0:
                chosen = total
                total += 1
                stories.ids.append(story_id(ids[row]))
            counts[chosen] += 1
            if day != FAR:
                first[chosen] = min(first[chosen], day)
                last[chosen] = max(last[chosen], day)
            columns.append(chosen)
        stories.counts, stories.first, stories.last = counts[:total], first[:total], last[:total]
        return columns

    def _update_sums(self, features: sp.csr_matrix, columns: list[int]) -> None:
        stories = self.stories
        total = len(stories.ids)
        added = centroid_sums(features, columns, total)
        old = stories.sums
        if old.shape[0] < total:
            old = sp.vstack([old, sp.csr_matrix((total - old.shape[0], DIMENSIONS))]).tocsr()
        stories.sums = (old + added).tocsr()
        stories.sums.sort_indices()


def cluster(items: Iterable[Item], threshold: float = THRESHOLD, window_days: int = WINDOW_DAYS,
            terms_of: dict[str, ArticleTerms] | None = None) -> dict[str, str]:
    """Story id of every item, from scratch."""
    return StoryClusterer(threshold, window_days).assign(items, terms_of)
