"""The derivation graph as inline SVG, laid out in Python (deterministic).

One column block per origin group, chronological, wrapping onto a new band
when the page's width is full; inside a block the origin sits on top and
every article that derives from it one row further down per step. Copies
do not get a card of their own: they collapse into the card of what they
copy, drawn as a stack with "+ N copies".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Brief, Derivation, Provenance
from .html_common import esc
from .words import human_date, plural, short, short_label, source_labels

CARD_W, CARD_H = 200, 62
GAP_X, GAP_Y, GROUP_GAP, MARGIN = 24, 64, 48, 16
MAX_WIDTH = 1100  # about the page's width: more origin groups wrap onto further bands


@dataclass
class _Node:
    article: str
    copies: list[str] = field(default_factory=list)
    depth: int = 0
    x: float = 0.0
    y: float = 0.0


def _collapse_target(article: str, copy_of: dict[str, str]) -> str:
    """The article a copy finally copies (following copies of copies)."""
    seen = {article}
    while article in copy_of and copy_of[article] not in seen:
        article = copy_of[article]
        seen.add(article)
    return article


def _copy_sources(derivations: tuple[Derivation, ...]) -> dict[str, str]:
    """Each copy's source: its most confident copy derivation."""
    best: dict[str, Derivation] = {}
    for d in derivations:
        if d.kind == "copy" and d.article != d.source:
            current = best.get(d.article)
            if current is None or (d.confidence, d.source) > (current.confidence, current.source):
                best[d.article] = d
    return {article: d.source for article, d in best.items()}


def _edges(provenance: Provenance, target: dict[str, str]) -> list[tuple[str, str, Derivation]]:
    """Visible edges (derived card -> source card), one per pair, most confident first."""
    edges: dict[tuple[str, str], Derivation] = {}
    for d in sorted(provenance.derivations, key=lambda d: (-d.confidence, d.article, d.source)):
        pair = (target.get(d.article, d.article), target.get(d.source, d.source))
        if pair[0] != pair[1] and pair not in edges and d.kind != "copy":
            edges[pair] = d
    return [(a, s, d) for (a, s), d in edges.items()]


def _depths(nodes: dict[str, _Node], edges) -> None:
    """Row of each card: one below the deepest source it derives from (cycle-safe)."""
    parents: dict[str, list[str]] = {}
    for child, parent, _ in edges:
        parents.setdefault(child, []).append(parent)

    def depth(node: str, stack: frozenset[str]) -> int:
        ups = [p for p in parents.get(node, ()) if p in nodes and p not in stack]
        return 1 + max(depth(p, stack | {node}) for p in ups) if ups else 0

    for name, node in nodes.items():
        node.depth = depth(name, frozenset())


def layout(brief: Brief) -> tuple[dict[str, _Node], list, float, float]:
    """Cards with positions, visible edges and the canvas size."""
    provenance = brief.provenance or Provenance()
    copy_of = _copy_sources(provenance.derivations)
    order = [a.id for a in brief.articles]
    target = {a: _collapse_target(a, copy_of) for a in order}
    nodes: dict[str, _Node] = {a: _Node(a) for a in order if target[a] == a}
    for article in order:
        if target[article] != article and target[article] in nodes:
            nodes[target[article]].copies.append(article)
        elif target[article] not in nodes:  # a copy of an article outside the brief
            nodes[article] = _Node(article)
            target[article] = article
    edges = [e for e in _edges(provenance, target) if e[0] in nodes and e[1] in nodes]
    _depths(nodes, edges)
    groups: dict[str, list[str]] = {}
    for article in order:
        if article in nodes:
            groups.setdefault(provenance.groups.get(article, article), []).append(article)
    x, top, bottom, right = MARGIN, float(MARGIN), float(MARGIN), 0.0
    for members in groups.values():
        rows: dict[int, list[str]] = {}
        for member in members:
            rows.setdefault(nodes[member].depth, []).append(member)
        width = max(len(row) for row in rows.values()) * (CARD_W + GAP_X) - GAP_X
        if x > MARGIN and x + width > MAX_WIDTH:  # wrap onto a new band rather than shrink every card
            x, top = MARGIN, bottom + GAP_Y
        for depth, row in rows.items():
            row_width = len(row) * (CARD_W + GAP_X) - GAP_X
            for index, member in enumerate(row):
                nodes[member].x = x + (width - row_width) / 2 + index * (CARD_W + GAP_X)
                nodes[member].y = top + depth * (CARD_H + GAP_Y)
                bottom = max(bottom, nodes[member].y + CARD_H + 8)
        right = max(right, x + width)
        x += width + GROUP_GAP
    return nodes, edges, right + MARGIN, bottom + MARGIN


def _card(node: _Node, brief: Brief, dom_ids: dict[str, str], label: dict[str, str]) -> str:
    articles = {a.id: a for a in brief.articles}
    article = articles[node.article]
    provenance = brief.provenance or Provenance()
    role = provenance.roles.get(node.article, "independent")
    is_origin = node.article in provenance.origins or role in ("origin", "independent")
    kind = "origin" if is_origin else "derived"
    x, y = node.x, node.y
    stack = "".join(
        f'<rect class="stack" x="{x + 4 * i:.0f}" y="{y + 4 * i:.0f}" width="{CARD_W}" height="{CARD_H}" rx="6"/>'
        for i in range(min(len(node.copies), 2), 0, -1)
    )
    name = esc(short_label(label[node.article], 24))
    lines = [f'<text class="g-outlet" x="{x + 12:.0f}" y="{y + 22:.0f}">{name}</text>',
             f'<text class="g-meta" x="{x + 12:.0f}" y="{y + 40:.0f}">'
             f'{esc(role)}{" · " + esc(human_date(article.published)) if article.published else ""}</text>']
    if node.copies:
        names = ", ".join(label[c] for c in node.copies)
        lines.append(f'<text class="g-copies" x="{x + 12:.0f}" y="{y + 55:.0f}">'
                     f'+ {esc(plural(len(node.copies), "copy", "copies"))}: {esc(short(names, 24))}</text>')
    tip = f"{label[node.article]}: {article.title or ''} ({role})"
    if node.copies:
        tip += "; copied by " + ", ".join(label[c] for c in node.copies)
    dom_id = dom_ids[node.article]
    clip = (f'<clipPath id="clip-{dom_id}"><rect x="{x + 4:.0f}" y="{y:.0f}" width="{CARD_W - 10}" '
            f'height="{CARD_H}"/></clipPath>')  # long names never spill out of the card
    return (f'<a href="#{dom_id}" class="g-node g-{kind}"><title>{esc(tip)}</title>{stack}{clip}'
            f'<rect class="card" x="{x:.0f}" y="{y:.0f}" width="{CARD_W}" height="{CARD_H}" rx="6"/>'
            f'<g clip-path="url(#clip-{dom_id})">{"".join(lines)}</g></a>')


def _edge(child: _Node, parent: _Node, derivation: Derivation) -> str:
    x1, y1 = child.x + CARD_W / 2, child.y
    x2, y2 = parent.x + CARD_W / 2, parent.y + CARD_H + (8 if parent.copies else 2)
    if child.y <= parent.y:  # same row or upwards: connect the sides
        x1, y1 = (child.x, child.y + CARD_H / 2) if child.x > parent.x else (child.x + CARD_W, child.y + CARD_H / 2)
        x2, y2 = (parent.x + CARD_W, parent.y + CARD_H / 2) if child.x > parent.x else (parent.x, parent.y + CARD_H / 2)
    mid_y = (y1 + y2) / 2
    label = f"{derivation.kind} {round(derivation.share * 100)}%"
    return (f'<g class="g-edge g-{esc(derivation.kind)}"><path d="M{x1:.0f},{y1:.0f} C{x1:.0f},{mid_y:.0f} '
            f'{x2:.0f},{mid_y:.0f} {x2:.0f},{y2:.0f}" marker-end="url(#arrow)"/>'
            f'<text x="{(x1 + x2) / 2 + 6:.0f}" y="{mid_y + 4:.0f}">{esc(label)}</text></g>')


def derivation_svg(brief: Brief, dom_ids: dict[str, str]) -> str:
    """The graph, or an empty string when there is nothing to draw."""
    if brief.provenance is None or not brief.articles:
        return ""
    nodes, edges, width, height = layout(brief)
    body = "".join(_edge(nodes[c], nodes[p], d) for c, p, d in edges)
    label = source_labels(brief.articles)
    body += "".join(_card(node, brief, dom_ids, label) for node in nodes.values())
    return (f'<svg class="graph" role="img" aria-labelledby="graph-title" viewBox="0 0 {width:.0f} {height:.0f}" '
            f'width="{width:.0f}" height="{height:.0f}" xmlns="http://www.w3.org/2000/svg">'
            f'<title id="graph-title">Derivation graph: arrows point from an article to the one it derives from'
            f'</title><defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
            f'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>'
            f"{body}</svg>")
