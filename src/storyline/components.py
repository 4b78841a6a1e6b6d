"""Connected components by union-find: which items end up linked, directly or through others.

Shared by the places that join pairwise links into groups (near-copy quotes,
conflicting findings, LSH candidate pairs), so the path-halving loop is written once.
"""

from __future__ import annotations


class UnionFind:
    """Disjoint sets over the items ``0 .. count - 1``."""

    def __init__(self, count: int) -> None:
        self._parent = list(range(count))

    def find(self, item: int) -> int:
        """The representative of the item's set (path halving keeps chains short)."""
        parent = self._parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        """Put the sets of ``a`` and ``b`` together."""
        self._parent[self.find(b)] = self.find(a)

    def groups(self) -> list[list[int]]:
        """Every set as a sorted list, ordered by its smallest item."""
        groups: dict[int, list[int]] = {}
        for item in range(len(self._parent)):
            groups.setdefault(self.find(item), []).append(item)
        return list(groups.values())
