"""Extractive summary of a story: candidates -> a selector -> order.

The selectors share one interface, ``select(candidates, documents, budget)
-> indices``, where ``documents`` are the stems of each whole article (for
document frequencies) and ``budget`` is in words. Concept coverage was chosen
by measurement (see docs/ARCHITECTURE.md); the others stay for comparison.
"""

from __future__ import annotations

from ..model import Article
from .candidates import Candidate, Options, candidates
from .centroid import Centroid
from .concepts import ConceptILP
from .order import reading_order, without_near_duplicates
from .submodular import Submodular
from .text import stems

METHODS = {"concepts": ConceptILP(), "submodular": Submodular(), "centroid": Centroid()}
DEFAULT_METHOD = "concepts"


def extract(articles: tuple[Article, ...] | list[Article], words: int, method: str = DEFAULT_METHOD,
            options: Options | None = None) -> list[Candidate]:
    """The summary sentences of a story within ``words``, in reading order."""
    pool = candidates(articles, options)
    if not pool or words < 1:
        return []
    documents = [stems(article.text) for article in articles]
    chosen = [pool[i] for i in METHODS[method].select(pool, documents, words)]
    ordered = without_near_duplicates(reading_order(chosen))
    total, within = 0, []
    for candidate in ordered:  # a safety net: selectors already respect the budget
        if total + candidate.length <= words:
            within.append(candidate)
            total += candidate.length
    return within
