"""Concept coverage (Gillick and Favre 2009, as in ICSISumm).

Concepts are stemmed word bigrams (not both stop words) that several articles
of the story contain; a concept's weight is how many articles contain it
(earlier sentences weigh a little more). The summary is the set of
sentences that covers the most concept weight within the word budget, an
integer linear program solved exactly by HiGHS (``scipy.optimize.milp``),
with a greedy gain-per-word fallback when the solver gives up. Each concept
counts once however many sentences hold it, so repetition earns nothing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, milp

from .candidates import Candidate
from .text import STOPWORDS, stem

_STOP_STEMS = frozenset(stem(word) for word in STOPWORDS)


@dataclass(frozen=True, slots=True)
class ConceptILP:
    """Parameters: ``min_df`` (fewest articles for a concept, at least 2 for
    small stories), ``lead_bonus`` (extra weight for concepts in an article's
    first ``lead`` sentences), ``max_position`` (sentences of an article past
    this index are not candidates: news puts its facts first), ``time_limit``
    in seconds for the solver. Defaults tuned on DUC 2003."""

    min_df: int = 3
    lead_bonus: float = 0.5
    lead: int = 3
    time_limit: float = 0.5
    max_position: int = 20

    def select(self, candidates: list[Candidate], documents: list[list[str]], budget: int) -> list[int]:
        """Indices of the chosen candidates."""
        weights = self.weights(candidates, documents)
        concept_ids = {concept: i for i, concept in enumerate(sorted(weights))}
        rows, cols = [], []
        for j, candidate in enumerate(candidates):
            if candidate.position >= self.max_position:
                continue
            for concept in set(bigrams(candidate.stems)):
                if concept in concept_ids:
                    rows.append(concept_ids[concept])
                    cols.append(j)
        usable = sorted(set(cols))
        if not usable:
            return []
        occurrence = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)),
                                       shape=(len(concept_ids), len(candidates)))[:, usable]
        value = np.array([weights[c] for c in sorted(weights)])
        lengths = np.array([candidates[j].length for j in usable], dtype=float)
        chosen = _solve(value, occurrence, lengths, budget, self.time_limit)
        if chosen is None:
            chosen = _greedy(value, occurrence, lengths, budget)
        return [usable[j] for j in chosen]

    def weights(self, candidates: list[Candidate], documents: list[list[str]]) -> dict[tuple[str, str], float]:
        """Concept -> weight: articles containing it, plus the lead bonus."""
        df: Counter = Counter()
        for document in documents:
            df.update(set(bigrams(document)))
        min_df = min(self.min_df, max(2, len(documents) // 2)) if len(documents) > 1 else 1
        weights = {c: float(n) for c, n in df.items() if n >= min_df}
        lead_concepts = {c for cand in candidates if cand.position < self.lead
                         for c in bigrams(cand.stems) if c in weights}
        for concept in lead_concepts:
            weights[concept] += self.lead_bonus
        return weights


def bigrams(stems: list[str] | tuple[str, ...]) -> list[tuple[str, str]]:
    """Adjacent stem pairs, except pairs of two stop words."""
    return [(a, b) for a, b in pairwise(stems)
            if not (a in _STOP_STEMS and b in _STOP_STEMS)]


def _solve(value: np.ndarray, occurrence: sparse.csr_matrix, lengths: np.ndarray, budget: int,
           time_limit: float) -> list[int] | None:
    """Exact concept coverage: maximise covered weight s.t. total length <= budget."""
    m, n = occurrence.shape
    coo = occurrence.tocoo()
    pairs = len(coo.data)
    # s_j - c_i <= 0 for every concept i in sentence j: a chosen sentence covers its concepts.
    contains = sparse.csr_matrix(
        (np.concatenate([np.ones(pairs), -np.ones(pairs)]),
         (np.concatenate([np.arange(pairs), np.arange(pairs)]), np.concatenate([m + coo.col, coo.row]))),
        shape=(pairs, m + n))
    # sum_j occ_ij s_j - c_i >= 0: a covered concept is in some chosen sentence.
    covered = sparse.hstack([-sparse.identity(m), occurrence]).tocsr()
    length = sparse.csr_matrix(np.concatenate([np.zeros(m), lengths])[None, :])
    constraints = [
        LinearConstraint(contains, -np.inf, 0),
        LinearConstraint(covered, 0, np.inf),
        LinearConstraint(length, 0, budget),
    ]
    # A tiny cost per sentence prefers fewer, earlier-listed sentences among equals.
    cost = np.concatenate([-value, 1e-3 + 1e-6 * np.arange(n)])
    result = milp(cost, constraints=constraints, integrality=np.ones(m + n), bounds=Bounds(0, 1),
                  options={"time_limit": time_limit, "presolve": True})
    if result.x is None:
        return None
    return [j for j in range(n) if result.x[m + j] > 0.5]


def _greedy(value: np.ndarray, occurrence: sparse.csr_matrix, lengths: np.ndarray, budget: int) -> list[int]:
    """Greedy approximation: add the sentence with the best new weight per word."""
    sentence_concepts = [occurrence[:, j].nonzero()[0] for j in range(occurrence.shape[1])]
    covered = np.zeros(len(value), dtype=bool)
    chosen: list[int] = []
    room = budget
    while True:
        best, best_ratio = None, 0.0
        for j, concepts in enumerate(sentence_concepts):
            if j in chosen or lengths[j] > room:
                continue
            gain = value[concepts[~covered[concepts]]].sum()
            if gain / lengths[j] > best_ratio:
                best, best_ratio = j, gain / lengths[j]
        if best is None:
            return sorted(chosen)
        chosen.append(best)
        covered[sentence_concepts[best]] = True
        room -= lengths[best]
