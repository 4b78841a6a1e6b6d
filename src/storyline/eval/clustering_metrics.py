"""Clustering metrics: BCubed precision/recall/F1 and the adjusted Rand index."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from math import comb


def bcubed(predicted: Sequence, gold: Sequence) -> tuple[float, float, float]:
    """BCubed precision, recall and F1 (Bagga and Baldwin 1998; Amigó et al. 2009)."""
    pairs = Counter(zip(predicted, gold, strict=True))
    predicted_sizes, gold_sizes = Counter(predicted), Counter(gold)
    count = len(gold)
    precision = sum(n * n / predicted_sizes[p] for (p, _), n in pairs.items()) / count
    recall = sum(n * n / gold_sizes[g] for (_, g), n in pairs.items()) / count
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def adjusted_rand(predicted: Sequence, gold: Sequence) -> float:
    """Adjusted Rand index (Hubert and Arabie 1985)."""
    pairs = sum(comb(n, 2) for n in Counter(zip(predicted, gold, strict=True)).values())
    predicted_pairs = sum(comb(n, 2) for n in Counter(predicted).values())
    gold_pairs = sum(comb(n, 2) for n in Counter(gold).values())
    total = comb(len(gold), 2)
    expected = predicted_pairs * gold_pairs / total if total else 0.0
    maximum = (predicted_pairs + gold_pairs) / 2
    return (pairs - expected) / (maximum - expected) if maximum != expected else 1.0
