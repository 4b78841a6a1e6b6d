"""Baselines for story clustering, the tools a user would otherwise pick:
TF-IDF + average-linkage agglomerative clustering (scikit-learn / scipy), and
MinHash-LSH connected components (datasketch)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..components import UnionFind


def tfidf_similarity(texts: Sequence[str]) -> np.ndarray:
    """Cosine similarities of sublinear TF-IDF vectors (English stop words removed)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    vectors = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(texts)
    return (vectors @ vectors.T).toarray()


def agglomerative(similarity: np.ndarray, threshold: float) -> list[int]:
    """Average-linkage clusters whose mean similarity stays >= ``threshold``."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform
    if len(similarity) < 2:
        return [0] * len(similarity)
    distance = np.clip(1.0 - similarity, 0.0, None)
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(distance, checks=False), method="average")
    return fcluster(tree, 1.0 - threshold, criterion="distance").tolist()


def minhash_components(texts: Sequence[str], threshold: float, permutations: int = 128) -> list[int]:
    """Connected components of the pairs datasketch's MinHashLSH finds over word 3-shingles."""
    from datasketch import MinHash, MinHashLSH
    lsh = MinHashLSH(threshold=threshold, num_perm=permutations)
    linked = UnionFind(len(texts))
    for index, text in enumerate(texts):
        words = text.lower().split()
        signature = MinHash(num_perm=permutations, seed=1)
        signature.update_batch([" ".join(words[i:i + 3]).encode() for i in range(max(1, len(words) - 2))])
        for other in lsh.query(signature):
            linked.union(index, int(other))
        lsh.insert(str(index), signature)
    return [linked.find(index) for index in range(len(texts))]
