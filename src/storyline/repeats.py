"""Units that repeat others word for word, so that pairwise work is done once per distinct pair.

A copy of an article repeats every unit of it, and a giant story holds many
copies: comparing every pair of mentions repeats the very same comparison
many times. Two units are the same here when they cover the same characters
of the same article text read against the same date, which is all a
comparison of two units reads of them; so a pair of such units compares as
any other pair of the same two kinds, and the result is reused unchanged.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from .claims import Unit


class Repeats:
    """Per unit, the key of its kind: (article text, start, end, anchor date)."""

    def __init__(self, units: Sequence[Unit], texts: Sequence[str], anchors: Sequence[str | None]) -> None:
        numbers: dict[str, int] = {}
        self.units = units
        self.keys = [(numbers.setdefault(text, len(numbers)), unit.start, unit.end, anchor)
                     for unit, text, anchor in zip(units, texts, anchors, strict=True)]

    def pair(self, x: int, y: int, *extra: Hashable) -> tuple:
        """The key of comparing units ``x`` and ``y`` (with ``extra`` arguments): also which of
        the two comes first by article and position, the tie-break a comparison may use."""
        first = (self.units[x].article, self.units[x].start) < (self.units[y].article, self.units[y].start)
        return (self.keys[x], self.keys[y], first, *extra)


__all__ = ["Repeats"]
