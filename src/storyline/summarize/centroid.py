"""Centroid summarizer (Radev et al. 2004): sentences closest to the story's
TF-IDF centroid, earlier sentences preferred, redundant ones skipped."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .candidates import Candidate
from .vectors import tfidf


@dataclass(frozen=True, slots=True)
class Centroid:
    """``top_terms`` kept in the centroid, ``position_weight`` for the lead,
    ``redundancy``: highest cosine allowed to a chosen sentence."""

    top_terms: int = 100
    position_weight: float = 0.3
    redundancy: float = 0.5

    def select(self, candidates: list[Candidate], documents: list[list[str]], budget: int) -> list[int]:
        matrix, _, _ = tfidf(candidates, documents)
        centroid = np.asarray(matrix.sum(axis=0)).ravel()
        if len(centroid) > self.top_terms:
            centroid[np.argsort(-centroid, kind="stable")[self.top_terms:]] = 0.0
        centroid /= np.linalg.norm(centroid) or 1.0
        position = np.array([1.0 / (1 + c.position) for c in candidates])
        score = matrix @ centroid + self.position_weight * position
        chosen: list[int] = []
        room = budget
        for j in np.argsort(-score, kind="stable"):
            if candidates[j].length > room:
                continue
            if chosen and (matrix[chosen] @ matrix[j].T).max() > self.redundancy:
                continue
            chosen.append(int(j))
            room -= candidates[j].length
        return sorted(chosen)
