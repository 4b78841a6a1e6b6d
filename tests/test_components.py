"""Union-find components, and the LSH baseline that uses them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline.components import UnionFind


def test_links_join_transitively_and_groups_come_in_order_of_their_smallest_item():
    linked = UnionFind(6)
    for a, b in [(4, 5), (0, 2), (5, 1)]:
        linked.union(a, b)
    assert linked.groups() == [[0, 2], [1, 4, 5], [3]]
    assert linked.find(1) == linked.find(4) != linked.find(0)


@given(st.integers(1, 12).flatmap(lambda n: st.tuples(
    st.just(n), st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=20))))
def test_groups_are_the_connected_components(case):
    count, links = case
    linked = UnionFind(count)
    for a, b in links:
        linked.union(a, b)
    neighbours: dict[int, set[int]] = {i: set() for i in range(count)}
    for a, b in links:
        neighbours[a].add(b)
        neighbours[b].add(a)
    expected, seen = [], set()
    for start in range(count):  # components by depth-first search
        if start in seen:
            continue
        stack, component = [start], set()
        while stack:
            node = stack.pop()
            if node not in component:
                component.add(node)
                stack.extend(neighbours[node])
        seen |= component
        expected.append(sorted(component))
    assert linked.groups() == expected


def test_minhash_baseline_puts_near_copies_in_one_component():
    pytest.importorskip("datasketch")
    from storyline.eval.cluster_baselines import minhash_components

    text = "the council approved the new budget for the harbour bridge repairs on tuesday evening"
    labels = minhash_components([text, text + " officials said", "a storm closed every school in the valley"], 0.5)
    assert labels[0] == labels[1] != labels[2]
