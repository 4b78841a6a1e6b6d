"""Extractive summary of a story: candidates -> a selector -> order.

The selectors share one interface, ``select(candidates, documents, budget)
-> indices``, where ``documents`` are the stems of each whole article (for
document frequencies) and ``budget`` is in words. Concept coverage was chosen
by measurement (see docs/ARCHITECTURE.md); the others stay for comparison.
When the strict filters leave too little to fill the budget (a small or
messy story), the filters are relaxed step by step (:data:`RELAXATIONS`) and
the selector runs again on the larger pool, rather than returning a short
summary; a budget still left unused is then filled by :func:`fill` with
sentences that still stand on their own.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import replace

from ..model import Article
from .candidates import Candidate, Options, candidates
from .centroid import Centroid
from .concepts import ConceptILP
from .order import jaccard, reading_order, without_near_duplicates
from .submodular import Submodular
from .text import STOP_STEMS, stems

METHODS = {"concepts": ConceptILP(), "submodular": Submodular(), "centroid": Centroid()}
DEFAULT_METHOD = "concepts"
#: Ever looser filters, applied in turn to the caller's options while a
#: selection falls short of the budget by more than :data:`SHORTFALL`:
#: longer sentences first, then shorter ones, then quotations (their "we" is
#: the speaker's), then any length that fits the budget (lower-cased or badly
#: punctuated text runs several sentences into one). Sentences that lean on
#: their context ("He said ...", "But ...") and fragments are never admitted.
RELAXATIONS = ({"max_words": 80}, {"min_words": 5}, {"quotes": True}, {"max_words": sys.maxsize})
#: Fraction of the budget a selection may leave unused before filters relax.
SHORTFALL = 0.1
#: Only an article's first sentences may fill (as for the concept ILP): bounded work.
FILL_POSITIONS = 20


def extract(articles: tuple[Article, ...] | list[Article], words: int,
            method: str | ConceptILP | Submodular | Centroid = DEFAULT_METHOD,
            options: Options | None = None) -> list[Candidate]:
    """The summary sentences of a story within ``words``, in reading order.

    ``method`` names a selector of :data:`METHODS`, or is a configured one
    (parameter tuning)."""
    options = options or Options()
    if words < 1 or not articles:
        return []
    documents = [stems(article.text) for article in articles]
    selector = METHODS[method] if isinstance(method, str) else method
    pool: list[Candidate] = []
    chosen: list[Candidate] = []
    for step in (None, *RELAXATIONS):
        if step is not None:
            if words - sum(c.length for c in chosen) <= SHORTFALL * words:
                break
            options = loosened(options, step)
        grown = candidates(articles, options)
        if len(grown) == len(pool):  # steps only admit more: the same pool, the same selection
            continue
        pool = grown
        chosen = [pool[i] for i in selector.select(pool, documents, words)]
    room = words - sum(c.length for c in chosen)
    if room >= options.min_words:
        pool = [c for c in pool if c.position < FILL_POSITIONS]
        chosen += fill(pool, chosen, documents, room)
    ordered = without_near_duplicates(reading_order(chosen))
    total, within = 0, []
    for candidate in ordered:  # a safety net: selectors already respect the budget
        if total + candidate.length <= words:
            within.append(candidate)
            total += candidate.length
    return within


def loosened(options: Options, step: dict) -> Options:
    """``options`` relaxed by ``step``, never tighter than they were."""
    return replace(options, min_words=min(options.min_words, step.get("min_words", options.min_words)),
                   max_words=max(options.max_words, step.get("max_words", options.max_words)),
                   quotes=options.quotes or step.get("quotes", False))


def fill(pool: list[Candidate], chosen: list[Candidate], documents: list[list[str]], room: int
         ) -> list[Candidate]:
    """More sentences while the budget has room and the selector ran out of
    shared concepts (small stories): greedily the sentence adding the most
    new content words, weighted by how many articles use them, per word."""
    df: Counter = Counter()
    for document in documents:
        df.update(set(document) - STOP_STEMS)
    taken = {(c.article, c.position) for c in chosen}
    covered = {s for c in chosen for s in c.stems}
    added: list[Candidate] = []
    while True:
        best, best_score = None, 0.0
        for candidate in pool:
            if candidate.length > room or (candidate.article, candidate.position) in taken:
                continue
            if any(jaccard(candidate.stems, other.stems) >= 0.5 for other in chosen + added):
                continue
            score = sum(df[s] for s in set(candidate.stems) - covered - STOP_STEMS) / candidate.length
            if score > best_score:
                best, best_score = candidate, score
        if best is None:
            return added
        added.append(best)
        taken.add((best.article, best.position))
        covered.update(best.stems)
        room -= best.length
