"""Order and tidy the chosen sentences so the summary reads coherently."""

from __future__ import annotations

from .candidates import Candidate


def chronological(chosen: list[Candidate]) -> list[Candidate]:
    """Story order: articles as the story orders them (oldest first), then
    position inside the article, so background follows the news it explains."""
    return sorted(chosen, key=lambda c: (c.article, c.position))


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
