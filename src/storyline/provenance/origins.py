"""Origin groups: collapse derivations into the independent origins of a story.

Every pairwise relation says that one article derives from another, but a
copy of a copy also looks like a copy of the original. Each derived article
keeps one parent: a source it credits first, then a source that derives from
nothing itself (the most upstream), then the strongest kind and confidence.
Following parents leads to the group's origin; cycles (contradictory cues)
are cut at the article that comes first in the story's order.
"""

from __future__ import annotations

from .relations import KIND_STRENGTH, Relation


def choose_parents(relations: list[Relation], n_articles: int) -> dict[int, Relation]:
    """The one relation each derived article keeps, keyed by the derived article."""
    derived_somewhere = {r.derived for r in relations}
    best: dict[int, Relation] = {}

    def rank(relation: Relation) -> tuple:
        return (relation.credited, relation.source not in derived_somewhere,
                KIND_STRENGTH[relation.kind], relation.confidence, -relation.source)

    for relation in relations:
        current = best.get(relation.derived)
        if current is None or rank(relation) > rank(current):
            best[relation.derived] = relation
    return _break_cycles(best, n_articles)


def _break_cycles(parents: dict[int, Relation], n_articles: int) -> dict[int, Relation]:
    """Drop the parent of the first article of every cycle so that parents form a forest."""
    parents = dict(parents)
    for start in range(n_articles):
        path: list[int] = []
        node = start
        while node in parents and node not in path:
            path.append(node)
            node = parents[node].source
        if node in path:
            cycle = path[path.index(node):]
            parents.pop(min(cycle))
    return parents


def origin_groups(parents: dict[int, Relation], n_articles: int) -> tuple[list[int], list[str]]:
    """``(root of each article, role of each article)``."""
    roots = []
    for article in range(n_articles):
        node = article
        while node in parents:
            node = parents[node].source
        roots.append(node)
    has_derived = {roots[a] for a in parents}
    roles = []
    for article in range(n_articles):
        if article in parents:
            roles.append(parents[article].kind)
        else:
            roles.append("origin" if article in has_derived else "independent")
    return roots, roles


def other_sources(relations: list[Relation], parents: dict[int, Relation], roots: list[int]
                  ) -> dict[int, list[Relation]]:
    """Further sources of derived articles, one per *other* origin group.

    A roundup quoting two agencies derives from both; it stays in its
    parent's group (its role follows the parent), but the second source is
    listed too. Sources in the article's own group add nothing and are left out.
    """
    best: dict[tuple[int, int], Relation] = {}
    for relation in relations:
        derived, source = relation.derived, relation.source
        if derived not in parents or source == parents[derived].source or roots[source] == roots[derived]:
            continue
        key = (derived, roots[source])
        rank = (relation.credited, KIND_STRENGTH[relation.kind], relation.confidence, -source)
        current = best.get(key)
        if current is None or rank > (current.credited, KIND_STRENGTH[current.kind], current.confidence,
                                      -current.source):
            best[key] = relation
    out: dict[int, list[Relation]] = {}
    for (derived, _), relation in sorted(best.items()):
        out.setdefault(derived, []).append(relation)
    return out
