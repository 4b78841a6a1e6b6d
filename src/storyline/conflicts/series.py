"""Series: a value the story states SERIES or more different ways is a series
(aftershocks, race stages, several events), not a conflict. One fact told two
ways is a conflict; a run of values is not.
"""

from __future__ import annotations

from ..components import UnionFind
from ..values import STOPWORDS, Quantity
from .finding import Finding
from .view import _View

#: A value stated this many different ways across linked units is a series, not a conflict.
SERIES = 3
#: Kinds of value that can form a series, or tell two events apart (spellings and polarity are no values).
_SERIES_KINDS = ("date", "number", "name")


def _measure(view: _View, quantity: Quantity) -> tuple[str, str, str] | None:
    """A measure and its place: the unit with the content words just before and after it ("at
    a depth of 44.3 kilometers (27.5 miles)" is ("m", "depth", "mile"); "silver medalist in the
    200-meter butterfly" and "bronze medalist in the 800-meter medley" are two races). Counts of
    people and bare figures have none."""
    if quantity.unit in (None, "person"):
        return None
    before = [t[0] for t in view.tokens if t[2] <= quantity.start][-3:]
    after = [t[0] for t in view.tokens if t[1] >= quantity.unit_end][:3]
    words = [[w for w in side if w not in STOPWORDS and not w[0].isdigit()] for side in (before, after)]
    return (quantity.unit, words[0][-1], words[1][0]) if all(words) else None


def _own_measures(views: list[_View], findings: list[Finding]) -> dict[tuple[int, str], set[str]]:
    """For each side of a number finding, the other values its article gives the same measure in
    the same place ("a depth of 28.4 kilometers" beside "a depth of 44.3 kilometers"): an
    article that tells a measure several ways tells of several events or readings."""
    by_article: dict[str, list[_View]] = {}
    for view in views:
        by_article.setdefault(view.unit.article, []).append(view)
    found: dict[tuple[int, str], set[str]] = {}
    for f in findings:
        if f.kind != "number":
            continue
        for unit, normal in ((f.a, f.normal_a), (f.b, f.normal_b)):
            view = views[unit]
            keys = {_measure(view, q) for q in view.quantities if q.normalized == normal} - {None}
            found[(unit, normal)] = {q.normalized.split()[0] for other in by_article[view.unit.article]
                                     for q in other.quantities if keys and _measure(other, q) in keys}
    return found


def _without_series(findings: list[Finding], views: list[_View]) -> list[Finding]:
    """Drop the findings of a value the story states SERIES or more different ways, chained
    through the same value in the same unit: the depths of several aftershocks, the stages of
    a race, the places of several events. A measure a side's own article gives several values
    in the same place counts them all. One fact told two ways is a conflict; a run of values is
    a series. (Spellings and polarity are not values of this kind.)"""
    series = [f for f in findings if f.kind in _SERIES_KINDS]
    node: dict[tuple, int] = {}
    for f in series:
        node.setdefault((f.kind, f.a, f.normal_a), len(node))
        node.setdefault((f.kind, f.b, f.normal_b), len(node))
    linked = UnionFind(len(node))
    for f in series:
        linked.union(node[(f.kind, f.b, f.normal_b)], node[(f.kind, f.a, f.normal_a)])

    def group(f: Finding) -> int:
        return linked.find(node[(f.kind, f.a, f.normal_a)])

    values: dict[int, set[str]] = {}
    own = _own_measures(views, series)
    for f in series:  # a figure counts once with or without its unit ("48" and "48 year")
        shown = (f.normal_a, f.normal_b) if f.kind != "number" else (f.normal_a.split()[0], f.normal_b.split()[0])
        values.setdefault(group(f), set()).update(shown, *(own.get(side, ()) for side in (
            (f.a, f.normal_a), (f.b, f.normal_b))))
    return [f for f in findings if f.kind not in _SERIES_KINDS or len(values[group(f)]) < SERIES]
