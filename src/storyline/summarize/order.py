"""Order and tidy the chosen sentences so the summary reads coherently."""

from __future__ import annotations

from .candidates import Candidate


def reading_order(chosen: list[Candidate]) -> list[Candidate]:
    """The central fact first, then story order.

    The opening is the chosen sentence that stands earliest in its article
    (a lead states the news; ties go to the earlier article); the rest follow
    in story order: articles as the story orders them (oldest first), then
    position inside the article, so background follows the news it explains.
    """
    if not chosen:
        return []
    opening = min(chosen, key=lambda c: (c.position, c.article))
    rest = sorted((c for c in chosen if c is not opening), key=lambda c: (c.article, c.position))
    return [opening, *rest]


def jaccard(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Overlap of two stem sets."""
    left, right = set(a), set(b)
    return len(left & right) / max(1, len(left | right))


def without_near_duplicates(chosen: list[Candidate], threshold: float = 0.5) -> list[Candidate]:
    """Drop a sentence whose words mostly repeat one kept before it."""
    kept: list[Candidate] = []
    for candidate in chosen:
        if all(jaccard(candidate.stems, other.stems) < threshold for other in kept):
            kept.append(candidate)
    return kept
