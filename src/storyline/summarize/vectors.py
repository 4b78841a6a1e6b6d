"""TF-IDF vectors of candidate sentences, shared by the vector-space selectors."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
from scipy import sparse

from .candidates import Candidate
from .text import STOP_STEMS


def tfidf(candidates: list[Candidate], documents: list[list[str]]
          ) -> tuple[sparse.csr_matrix, dict[str, int], np.ndarray]:
    """L2-normalised TF-IDF rows of the candidates (content stems), the
    vocabulary, and the idf of each term (document frequency over articles)."""
    df: Counter = Counter()
    for document in documents:
        df.update(set(document))
    vocabulary: dict[str, int] = {}
    rows, cols, values = [], [], []
    for i, candidate in enumerate(candidates):
        for term, count in Counter(s for s in candidate.stems if s not in STOP_STEMS).items():
            rows.append(i)
            cols.append(vocabulary.setdefault(term, len(vocabulary)))
            values.append(float(count))
    idf = np.zeros(len(vocabulary))
    for term, column in vocabulary.items():
        idf[column] = math.log((1 + len(documents)) / (1 + df.get(term, 0))) + 1
    matrix = sparse.csr_matrix((values, (rows, cols)), shape=(len(candidates), len(vocabulary)))
    matrix = matrix @ sparse.diags(idf)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1 / norms) @ matrix), vocabulary, idf
