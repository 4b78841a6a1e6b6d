"""Matching blocks of two token sequences: what ``difflib.SequenceMatcher`` finds, found faster.

The conflicts stage measures how much wording two units share by the blocks
``SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()`` matches
(the longest common run, then recursively the longest runs left and right of
it). A giant story compares thousands of unit pairs, and ``SequenceMatcher``
indexes the second sequence anew for each; here a sequence's index is built
once and the same recursion runs without the object and tuple overhead. The
blocks are the very ones difflib finds (tested against it), except that blocks
touching each other are not merged into one, which covers the same positions.
"""

from __future__ import annotations

from .memo import story_memo


@story_memo(maxsize=1 << 13)  # one unit is the second sequence of many pairs
def _positions(b: tuple[str, ...]) -> dict[str, list[int]]:
    """Where each token occurs in ``b``, in order."""
    index: dict[str, list[int]] = {}
    for j, token in enumerate(b):
        index.setdefault(token, []).append(j)
    return index


def _longest(a: tuple[str, ...], index: dict[str, list[int]], alo: int, ahi: int, blo: int, bhi: int
             ) -> tuple[int, int, int]:
    """The longest common run of ``a[alo:ahi]`` and ``b[blo:bhi]``, the earliest in ``a``, then in
    ``b``, of the longest (difflib's ``find_longest_match`` without junk)."""
    best_i, best_j, best = alo, blo, 0
    runs: dict[int, int] = {}  # run length ending at position j of b, for the previous i
    where = index.get
    for i in range(alo, ahi):
        current: dict[int, int] = {}
        previous = runs.get
        for j in where(a[i], ()):
            if j < blo:
                continue
            if j >= bhi:
                break
            k = current[j] = previous(j - 1, 0) + 1
            if k > best:
                best_i, best_j, best = i - k + 1, j - k + 1, k
        runs = current
    return best_i, best_j, best


def matching_blocks(a: tuple[str, ...], b: tuple[str, ...]) -> list[tuple[int, int, int]]:
    """The blocks ``(i, j, k)`` with ``a[i:i+k] == b[j:j+k]`` that difflib matches, in order."""
    index = _positions(b)
    blocks = []
    queue = [(0, len(a), 0, len(b))]
    while queue:
        alo, ahi, blo, bhi = queue.pop()
        i, j, k = _longest(a, index, alo, ahi, blo, bhi)
        if k:
            blocks.append((i, j, k))
            if alo < i and blo < j:
                queue.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                queue.append((i + k, ahi, j + k, bhi))
    blocks.sort()
    return blocks


__all__ = ["matching_blocks"]
