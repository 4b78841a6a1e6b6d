"""Paraphrased reuse: sentence-level alignment of two articles.

A rewrite keeps the facts, their order and many rare words while changing
the wording. Each sentence is represented twice: as an IDF-weighted bag of
normalised words (rare words count, function words barely do) and as a
static embedding from the bundled wordllama model (synonyms and re-phrasing).
The similarity of two sentences blends both; each sentence of the derived
article is aligned to its most similar source sentence when that similarity
clears a threshold. The share of aligned text and how well the alignment
keeps the source's order separate a rewrite from an independent report on
the same event, which shares some facts but not sentence after sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from ..model import Article

_WORD = re.compile(r"[^\W_]+")
_CHUNK = 512


@dataclass(frozen=True, slots=True)
class SentenceIndex:
    """Every sentence of a story: owning article, token counts, lexical and semantic vectors."""

    article: np.ndarray  # int64, sentence -> article index
    first: np.ndarray  # int64, article -> index of its first sentence (len = n_articles + 1)
    lengths: np.ndarray  # tokens per sentence
    distinct: np.ndarray  # int64, sentence -> row of its text below (identical sentences share a row)
    lexical: sparse.csr_matrix  # per distinct sentence: IDF-weighted, L2-normalised rows
    semantic: np.ndarray | None  # (n_distinct, dim) L2-normalised, or None when off


@dataclass(frozen=True, slots=True)
class Alignment:
    """Sentences of ``derived`` aligned to sentences of ``source`` with their similarity."""

    pairs: tuple[tuple[int, int, float], ...]  # (derived sentence, source sentence, similarity), local indices
    share: float  # fraction of the derived article's tokens in aligned sentences
    order: float  # fraction of aligned pairs that keep the source's order (longest increasing run)


def _stem(word: str) -> str:
    """A crude plural/verb-ending fold, enough to match "fires"/"fire", "said"/"say" is left alone."""
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def index_sentences(articles: list[Article], semantic: bool) -> SentenceIndex:
    """Vectors of every distinct sentence of the story; the embedding model is called once.

    Copies repeat sentences verbatim, so each distinct sentence text is
    tokenised and embedded once. Document frequencies still count every
    sentence (a distinct text weighs as often as it occurs), so the IDF
    weights are those of the whole story.
    """
    texts: list[str] = []
    seen: dict[str, int] = {}
    distinct, owner, counts, first = [], [], [], [0]
    words_of: list[list[str]] = []
    for index, article in enumerate(articles):
        for sentence in article.sentences:
            text = article.text[sentence.start : sentence.end]
            row = seen.get(text)
            if row is None:
                row = seen[text] = len(texts)
                texts.append(text)
                words_of.append([_stem(m.group().lower()) for m in _WORD.finditer(text)])
            distinct.append(row)
            owner.append(index)
            counts.append(len(words_of[row]))
        first.append(len(distinct))
    rows, cols = [], []
    vocabulary: dict[str, int] = {}
    for row, words in enumerate(words_of):
        for word in set(words):
            rows.append(row)
            cols.append(vocabulary.setdefault(word, len(vocabulary)))
    distinct_rows = np.asarray(distinct, dtype=np.int64)
    matrix = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(texts), max(1, len(vocabulary))))
    occurrences = np.bincount(distinct_rows, minlength=len(texts)).astype(np.float64)
    df = matrix.T @ occurrences
    n = len(distinct)
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    matrix = matrix @ sparse.diags(idf)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    matrix = sparse.diags(1.0 / norms) @ matrix
    vectors = None
    if semantic and texts:
        from ..embed import embed

        vectors = embed(texts)
    return SentenceIndex(np.asarray(owner, dtype=np.int64), np.asarray(first, dtype=np.int64),
                         np.asarray(counts, dtype=np.int64), distinct_rows, sparse.csr_matrix(matrix), vectors)


def blended(index: SentenceIndex, rows: np.ndarray, cols: np.ndarray, lexical_weight: float = 0.6
            ) -> np.ndarray:
    """Similarity of sentences ``rows`` to sentences ``cols`` (story-wide sentence numbers).

    Computed once per distinct sentence on each side, then spread to every
    sentence with that text: a story of copies costs what its distinct text costs.
    """
    unique_rows, row_at = np.unique(index.distinct[rows], return_inverse=True)
    unique_cols, col_at = np.unique(index.distinct[cols], return_inverse=True)
    block = (index.lexical[unique_rows] @ index.lexical[unique_cols].T).toarray()
    if index.semantic is not None:
        block = lexical_weight * block + (1.0 - lexical_weight) * (
            index.semantic[unique_rows] @ index.semantic[unique_cols].T)
    return block[row_at[:, None], col_at[None, :]]


def similarity(index: SentenceIndex, derived: int, source: int, lexical_weight: float = 0.6
               ) -> np.ndarray:
    """Blended sentence similarity, shape ``(sentences of derived, sentences of source)``."""
    return blended(index, np.arange(index.first[derived], index.first[derived + 1]),
                   np.arange(index.first[source], index.first[source + 1]), lexical_weight)


def _longest_increasing(values: list[int]) -> int:
    """Length of the longest strictly increasing subsequence (patience sorting)."""
    import bisect

    tails: list[int] = []
    for value in values:
        at = bisect.bisect_left(tails, value)
        if at == len(tails):
            tails.append(value)
        else:
            tails[at] = value
    return len(tails)


class PairSimilarity:
    """Sentence similarities of article pairs, computed one article's neighbours at a time.

    Pairs are asked for in sorted order (``i < j``); for article ``i`` the
    similarities to the sentences of all its later neighbours come from one
    sparse and one dense product instead of one per pair, and only the
    current article's block is kept in memory.
    """

    def __init__(self, index: SentenceIndex, pairs: set[tuple[int, int]], lexical_weight: float = 0.6):
        self.index = index
        self.lexical_weight = lexical_weight
        self.later: dict[int, list[int]] = {}
        for i, j in sorted(pairs):
            self.later.setdefault(i, []).append(j)
        self._article = -1
        self._block = np.zeros((0, 0))
        self._columns: dict[int, tuple[int, int]] = {}

    def _load(self, article: int) -> None:
        index = self.index
        columns, offsets, at = [], {}, 0
        for other in self.later.get(article, []):
            lo, hi = int(index.first[other]), int(index.first[other + 1])
            columns.append(np.arange(lo, hi))
            offsets[other] = (at, at + hi - lo)
            at += hi - lo
        rows = np.arange(index.first[article], index.first[article + 1])
        cols = np.concatenate(columns) if columns else np.zeros(0, dtype=np.int64)
        self._article, self._block, self._columns = article, blended(index, rows, cols, self.lexical_weight), offsets

    def get(self, derived: int, source: int) -> np.ndarray:
        """Shape ``(sentences of derived, sentences of source)``."""
        first, second = min(derived, source), max(derived, source)
        if first != self._article and second in self.later.get(first, []):
            self._load(first)
        if first == self._article and second in self._columns:
            lo, hi = self._columns[second]
            block = self._block[:, lo:hi]
            return block if derived == first else block.T
        return similarity(self.index, derived, source, self.lexical_weight)


def align(index: SentenceIndex, derived: int, source: int, threshold: float,
          sims: np.ndarray | None = None) -> Alignment:
    """Each derived sentence to its best source sentence when similar enough."""
    sims = similarity(index, derived, source) if sims is None else sims
    lengths = index.lengths[index.first[derived] : index.first[derived + 1]]
    total = max(1, int(lengths.sum()))
    if sims.size == 0:
        return Alignment((), 0.0, 0.0)
    best = sims.argmax(axis=1)
    score = sims[np.arange(len(best)), best]
    aligned = np.flatnonzero(score >= threshold)
    pairs = tuple((int(i), int(best[i]), float(score[i])) for i in aligned)
    share = float(lengths[aligned].sum()) / total
    order = _longest_increasing([int(best[i]) for i in aligned]) / len(aligned) if len(aligned) else 0.0
    return Alignment(pairs, share, order)


def mutual_pairs(index: SentenceIndex, derived: int, source: int, threshold: float
                 ) -> tuple[tuple[int, int, float], ...]:
    """Sentence pairs that are each other's best match and at least ``threshold`` similar.

    Looser than :func:`align` (a changed fact lowers similarity) but as safe,
    since both sentences must prefer each other.
    """
    sims = similarity(index, derived, source)
    if sims.size == 0:
        return ()
    best_source = sims.argmax(axis=1)
    best_derived = sims.argmax(axis=0)
    return tuple((int(i), int(j), float(sims[i, j])) for i, j in enumerate(best_source)
                 if best_derived[j] == i and sims[i, j] >= threshold)


def candidate_pairs(index: SentenceIndex, n_articles: int, neighbours: int, min_similarity: float
                    ) -> set[tuple[int, int]]:
    """Unordered article pairs worth aligning: each article's most lexically similar others.

    Keeps the sentence-level work linear in the number of articles for large stories.
    """
    if n_articles < 2:
        return set()
    owner = sparse.csr_matrix((np.ones(len(index.article)), (index.article, index.distinct)),
                              shape=(n_articles, index.lexical.shape[0]))
    vectors = owner @ index.lexical
    norms = np.sqrt(np.asarray(vectors.multiply(vectors).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    vectors = sparse.diags(1.0 / norms) @ vectors
    out = set()
    for lo in range(0, n_articles, _CHUNK):  # a block of rows at a time: memory stays O(chunk x articles)
        sims = (vectors[lo : lo + _CHUNK] @ vectors.T).toarray()
        rows = np.arange(sims.shape[0])
        sims[rows, lo + rows] = -1.0
        top = np.argsort(-sims, axis=1, kind="stable")[:, :neighbours]
        for row, others in enumerate(top):
            a = lo + row
            for b in others:
                if sims[row, b] >= min_similarity:
                    out.add((min(a, int(b)), max(a, int(b))))
    return out
