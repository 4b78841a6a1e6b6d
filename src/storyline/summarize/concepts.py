"""Concept coverage (Gillick and Favre 2009, as in ICSISumm).

Concepts are stemmed word bigrams (not both stop words) that several articles
of the story contain; a concept's weight grows with how many articles contain
it (earlier sentences weigh a little more). The summary is the set of
sentences that covers the most concept weight within the word budget, an
integer linear program solved exactly by HiGHS (``scipy.optimize.milp``),
with a greedy gain-per-word fallback when the solver gives up. Each concept
counts once however many sentences hold it, so repetition earns nothing.
A small reward per word of summary makes the solver fill the budget: among
covers of about the same weight it takes the one closest to the budget,
rather than stopping short (the evaluation and the reader both get the
words they asked for).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, milp

from .candidates import Candidate
from .text import STOP_STEMS


@dataclass(frozen=True, slots=True)
class ConceptILP:
    """Parameters: ``min_df`` (fewest articles for a concept, at least 2 for
    small stories), ``lead_bonus`` (extra weight for concepts in an article's
    first ``lead`` sentences), ``max_position`` (sentences of an article past
    this index are not candidates: news puts its facts first), ``exact`` (solve
    the ILP; else greedy), ``nodes`` (branch-and-bound nodes: a work limit,
    so the answer does not depend on the machine's load), relative ``gap``
    and ``time_limit`` (seconds, a safety net only, far above what the node limit
    takes, so that a loaded machine does not change the summary) for the solver,
    ``seeds`` restarts of the greedy fallback, and ``word_reward``: objective
    per word of summary, in units of concept weight (fills the budget), and
    ``df_power``: a concept weighs (articles + lead bonus) ** df_power, so
    above 1 the story's central concepts outweigh several peripheral ones.
    Defaults tuned on DUC 2003 by cross-validation."""

    min_df: int = 3
    lead_bonus: float = 0.5
    lead: int = 3
    nodes: int = 200
    gap: float = 0.01
    time_limit: float = 60.0
    max_position: int = 20
    exact: bool = True
    seeds: int = 30
    word_reward: float = 0.2
    df_power: float = 2.0

    def select(self, candidates: list[Candidate], documents: list[list[str]], budget: int) -> list[int]:
        """Indices of the chosen candidates."""
        weights = self.weights(candidates, documents)
        concept_ids: dict[tuple[str, str], int] = {}
        rows, cols = [], []
        for j, candidate in enumerate(candidates):
            if candidate.position >= self.max_position:
                continue
            for concept in sorted(set(bigrams(candidate.stems)) & weights.keys()):
                rows.append(concept_ids.setdefault(concept, len(concept_ids)))
                cols.append(j)
        holding = sorted(set(cols))  # only these columns: the ILP stays small however long the story
        column = {j: k for k, j in enumerate(holding)}
        occurrence = sparse.csr_matrix((np.ones(len(rows)), (rows, [column[j] for j in cols])),
                                       shape=(len(concept_ids), len(holding)))
        kept = _undominated(occurrence, np.array([candidates[j].length for j in holding]))
        if not kept:
            return []
        usable = [holding[k] for k in kept]
        occurrence = occurrence[:, kept]
        value = np.array([weights[c] for c in concept_ids])
        lengths = np.array([candidates[j].length for j in usable], dtype=float)
        chosen = _solve(value, occurrence, lengths, budget, self) if self.exact else None
        if chosen is None:
            chosen = _greedy(value, occurrence, lengths, budget, self.seeds, self.word_reward)
        return [usable[j] for j in chosen]

    def weights(self, candidates: list[Candidate], documents: list[list[str]]) -> dict[tuple[str, str], float]:
        """Concept -> weight: articles containing it, plus the lead bonus, to
        the power ``df_power``."""
        df: Counter = Counter()
        for document in documents:
            df.update(set(bigrams(document)))
        min_df = min(self.min_df, max(2, len(documents) // 2)) if len(documents) > 1 else 1
        weights = {c: float(n) for c, n in df.items() if n >= min_df}
        lead_concepts = {c for cand in candidates if cand.position < self.lead
                         for c in bigrams(cand.stems) if c in weights}
        for concept in lead_concepts:
            weights[concept] += self.lead_bonus
        return {c: w ** self.df_power for c, w in weights.items()}


def bigrams(stems: list[str] | tuple[str, ...]) -> list[tuple[str, str]]:
    """Adjacent stem pairs, except pairs of two stop words."""
    return [(a, b) for a, b in pairwise(stems)
            if not (a in STOP_STEMS and b in STOP_STEMS)]


def _undominated(occurrence: sparse.csr_matrix, lengths: np.ndarray) -> list[int]:
    """Sentences worth considering: holding some concept, and not dominated by
    another sentence holding all of their concepts in no more words (copies of
    a wire sentence collapse to the first). Fewer, distinct columns make the
    ILP much faster to solve."""
    counts = np.asarray(occurrence.sum(axis=0)).ravel()
    shared = (occurrence.T @ occurrence).toarray()
    n = len(counts)
    index = np.arange(n)
    covers = (shared >= counts[:, None]) & (counts[:, None] > 0)  # covers[j, k]: k holds all of j
    # better[j, k]: k is shorter, or as long with more concepts, or identical and listed first.
    same_length = lengths[None, :] == lengths[:, None]
    more = counts[None, :] > counts[:, None]
    first = (counts[None, :] == counts[:, None]) & (index[None, :] < index[:, None])
    shorter = (lengths[None, :] < lengths[:, None]) | (same_length & (more | first))
    dominated = (covers & shorter).any(axis=1)
    return [j for j in range(n) if counts[j] > 0 and not dominated[j]]


def _solve(value: np.ndarray, occurrence: sparse.csr_matrix, lengths: np.ndarray, budget: int,
           limits: ConceptILP) -> list[int] | None:
    """Exact concept coverage: maximise covered weight s.t. total length <= budget.

    Variables are the concepts c (continuous in [0, 1]) then the sentences s
    (binary). ``c_i <= sum_j occ_ij s_j`` is the only link needed: weights are
    positive, so the optimum sets c_i = 1 exactly when a chosen sentence holds
    concept i (Gillick and Favre's ``s_j <= c_i`` rows never bind), and c is
    integral whenever s is. That keeps the model small and fast to solve.
    Each sentence also earns ``limits.word_reward`` per word.
    """
    m, n = occurrence.shape
    covered = sparse.hstack([-sparse.identity(m), occurrence]).tocsr()
    length = sparse.csr_matrix(np.concatenate([np.zeros(m), lengths])[None, :])
    constraints = [LinearConstraint(covered, 0, np.inf), LinearConstraint(length, 0, budget)]
    # A tiny cost per sentence prefers fewer, earlier-listed sentences among equals.
    cost = np.concatenate([-value, 1e-3 + 1e-6 * np.arange(n) - limits.word_reward * lengths])
    integrality = np.concatenate([np.zeros(m), np.ones(n)])
    result = milp(cost, constraints=constraints, integrality=integrality, bounds=Bounds(0, 1),
                  options={"node_limit": limits.nodes, "mip_rel_gap": limits.gap,
                           "time_limit": limits.time_limit, "presolve": True})
    if result.x is None:
        return None
    return [j for j in range(n) if result.x[m + j] > 0.5]


def _greedy(value: np.ndarray, occurrence: sparse.csr_matrix, lengths: np.ndarray, budget: int,
            seeds: int = 0, word_reward: float = 0.0) -> list[int]:
    """Greedy approximation: add the sentence with the best new weight per word
    (plus ``word_reward``, the same objective as the ILP's).

    With ``seeds``, the greedy also restarts from each of the ``seeds`` best
    single sentences (partial enumeration, as for budgeted maximum coverage)
    and keeps the best cover found.
    """
    dense = occurrence.toarray() > 0  # concepts x sentences
    n = dense.shape[1]

    def run(start: list[int]) -> tuple[float, list[int]]:
        covered = dense[:, start].any(axis=1)
        room = budget - lengths[start].sum()
        chosen = list(start)
        while True:
            gain = value[~covered] @ dense[~covered]
            ratio = np.where(lengths <= room, gain / lengths + word_reward, 0.0)
            ratio[chosen] = 0.0
            best = int(np.argmax(ratio))
            if ratio[best] <= 0:
                return float(value[covered].sum() + word_reward * lengths[chosen].sum()), sorted(chosen)
            chosen.append(best)
            covered |= dense[:, best]
            room -= lengths[best]

    best_value, best_choice = run([])
    single = np.where(lengths <= budget, value @ dense + word_reward * lengths, 0.0)
    for seed in np.argsort(-single, kind="stable")[: min(seeds, n)]:
        if single[seed] > 0:
            found_value, found = run([int(seed)])
            if found_value > best_value + 1e-9:
                best_value, best_choice = found_value, found
    return best_choice
