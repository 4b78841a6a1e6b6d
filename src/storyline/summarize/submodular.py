"""Submodular coverage plus diversity (Lin and Bilmes 2011).

f(S) = sum_i min(C_i(S), alpha * C_i(V)) + lam * sum_k sqrt(sum_{j in S, P_k} r_j)
with C_i(S) the TF-IDF cosine mass of sentence i covered by S, partitions
P_k the articles, and r_j a sentence's mean similarity to the story;
maximised greedily with gain scaled by length**scale (budgeted greedy).
alpha and lam were tuned on DUC 2003 (alpha 0.1, lam 1.0).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .candidates import Candidate
from .vectors import tfidf


@dataclass(frozen=True, slots=True)
class Submodular:
    alpha: float = 0.1
    lam: float = 1.0
    scale: float = 0.3

    def select(self, candidates: list[Candidate], documents: list[list[str]], budget: int) -> list[int]:
        matrix, _, _ = tfidf(candidates, documents)
        similarity = (matrix @ matrix.T).toarray()
        n = len(candidates)
        saturation = self.alpha * similarity.sum(axis=1)
        reward = similarity.mean(axis=1)
        partitions = np.array([c.article for c in candidates])
        lengths = np.array([c.length for c in candidates], dtype=float)
        coverage = np.zeros(n)
        partition_mass = np.zeros(partitions.max() + 1)
        chosen: list[int] = []
        available = np.ones(n, dtype=bool)
        room = float(budget)
        while True:
            available &= lengths <= room
            if not available.any():
                return sorted(chosen)
            new_coverage = np.minimum(coverage[:, None] + similarity, saturation[:, None]).sum(axis=0)
            gain = new_coverage - np.minimum(coverage, saturation).sum()
            mass = partition_mass[partitions]
            gain = gain + self.lam * (np.sqrt(mass + reward) - np.sqrt(mass))
            score = np.where(available, gain / lengths ** self.scale, -np.inf)
            best = int(np.argmax(score))
            chosen.append(best)
            available[best] = False
            coverage += similarity[:, best]
            partition_mass[partitions[best]] += reward[best]
            room -= lengths[best]
