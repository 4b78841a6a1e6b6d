"""Every article span that states a summary sentence.

With claims (the claims stage), a summary sentence inherits the mentions and
the support counts of the claim whose mention covers it (so a quoting article
is cited but counts for the outlet it quotes, as in the claims list). Without them, each other article's most
similar sentence (cosine of stemmed content words) counts as stating it when
the similarity reaches ``threshold``.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
from scipy import sparse

from ..model import Article, Claim, Span
from .candidates import article_sentences
from .text import content_stems


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start)) if a.article == b.article else 0


def covering_claim(own: Span, claims: tuple[Claim, ...]) -> Claim | None:
    """The claim whose mention best covers ``own`` (at least half of the
    shorter of the two spans), else none."""
    best, best_overlap = None, 0
    for claim in claims:
        for mention in claim.mentions:
            overlap = _overlap(own, mention)
            shorter = min(own.end - own.start, mention.end - mention.start)
            if overlap * 2 >= shorter and overlap > best_overlap:
                best, best_overlap = claim, overlap
    return best


def _counts(texts: list[str], vocabulary: dict[str, int]) -> tuple[list, list, list, int]:
    rows, cols, values = [], [], []
    for i, text in enumerate(texts):
        for term, count in Counter(content_stems(text)).items():
            rows.append(i)
            cols.append(vocabulary.setdefault(term, len(vocabulary)))
            values.append(float(count))
    return values, rows, cols, len(texts)


def _normalised(counts: tuple[list, list, list, int], width: int) -> sparse.csr_matrix:
    values, rows, cols, height = counts
    matrix = sparse.csr_matrix((values, (rows, cols)), shape=(height, width))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1 / norms) @ matrix)


def aligned_mentions(owns: list[tuple[Span, str]], articles: tuple[Article, ...],
                     threshold: float = 0.5) -> list[tuple[Span, ...]]:
    """For each (span, text) of the summary, the best matching sentence of every
    other article whose cosine reaches ``threshold``."""
    spans = [Span(a.id, start, end) for a in articles for start, end in article_sentences(a)]
    if not owns or not spans:
        return [() for _ in owns]
    by_id = {a.id: a for a in articles}
    vocabulary: dict[str, int] = {}
    summary_counts = _counts([text for _, text in owns], vocabulary)
    story_counts = _counts([s.text(by_id) for s in spans], vocabulary)
    summary = _normalised(summary_counts, len(vocabulary))
    story = _normalised(story_counts, len(vocabulary))
    similarity = (summary @ story.T).toarray()
    found = []
    for row, (own, _) in zip(similarity, owns, strict=True):
        best: dict[str, tuple[float, Span]] = {}
        for column in np.flatnonzero(row >= threshold):
            span = spans[column]
            if span.article != own.article and row[column] > best.get(span.article, (0.0, span))[0]:
                best[span.article] = (float(row[column]), span)
        found.append(tuple(span for _, span in best.values()))
    return found
