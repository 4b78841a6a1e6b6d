"""Merge: findings into conflicts with two sides.

Findings with the same values that share a unit are merged, so each conflict
lists every article on each side. A side stated by a derived article whose
source states the other value is ``drift``: the derived article changed a fact
of its source.
"""

from __future__ import annotations

import hashlib

from ..claims import Alignment, unit_span
from ..components import UnionFind
from ..model import Brief, Conflict, ConflictValue, Provenance
from .finding import Finding

_DERIVED_ROLES = {"copy", "excerpt", "quotes", "rewrite", "derived"}


def _role(provenance: Provenance | None, article: str) -> str:
    if provenance is None:
        return "independent"
    role = provenance.roles.get(article, "independent")
    return "derived" if role in _DERIVED_ROLES else role if role in ("origin", "independent") else "independent"


def _side_role(provenance: Provenance | None, articles: set[str]) -> str:
    roles = {_role(provenance, a) for a in articles}
    if "origin" in roles:
        return "origin"
    return "derived" if roles == {"derived"} else "independent"


def _derives(provenance: Provenance | None, derived: set[str], source: set[str]) -> bool:
    """Whether an article of ``derived`` derives from one of ``source``."""
    if provenance is None:
        return False
    return any(d.article in derived and d.source in source for d in provenance.derivations)


def merge(brief: Brief, aligned: Alignment, findings: list[Finding], unit_claim: dict[int, str]
          ) -> list[Conflict]:
    """Join findings with the same values that share a unit into conflicts with two sides; a
    name's two spellings are one conflict wherever they stand (a variant belongs to the name,
    not to one claim)."""
    linked = UnionFind(len(findings))
    seen: dict[tuple, int] = {}
    for k, f in enumerate(findings):
        values = tuple(sorted((f.normal_a, f.normal_b)))
        for unit in (f.a, f.b):
            key = (f.kind, values, None if f.kind == "spelling" else unit)
            if key in seen:
                linked.union(seen[key], k)
            else:
                seen[key] = k
    return [_conflict(brief, aligned, [findings[k] for k in group], unit_claim) for group in linked.groups()]


def _conflict(brief: Brief, aligned: Alignment, group: list[Finding], unit_claim: dict[int, str]) -> Conflict:
    sides: dict[str, dict] = {}
    for f in group:
        for unit, value, normal in ((f.a, f.value_a, f.normal_a), (f.b, f.value_b, f.normal_b)):
            side = sides.setdefault(normal, {"value": value, "units": set()})
            side["units"].add(unit)
    provenance = brief.provenance
    units = aligned.units
    values = []
    for normal, side in sides.items():
        supporters = {units[u].supporter for u in side["units"]}
        mentions = tuple(sorted({unit_span(units[u]) for u in side["units"]}))
        values.append(ConflictValue(side["value"], normal, mentions, _side_role(provenance, supporters)))
    values.sort(key=lambda v: ({"origin": 0, "independent": 1, "derived": 2}[v.role], v.mentions))
    kind = group[0].kind
    supporters = [{units[u].supporter for u in side["units"]} for side in sides.values()]
    if len(supporters) == 2 and (_derives(provenance, supporters[0], supporters[1])
                                 or _derives(provenance, supporters[1], supporters[0])
                                 or _drift_recorded(provenance, values)):
        kind = "drift"
    claim_units = sorted({u for f in group for u in (f.a, f.b)}, key=lambda u: (u not in unit_claim, u))
    claim = unit_claim.get(claim_units[0])
    confidence = min(0.99, max(f.confidence for f in group) + 0.02 * (len(claim_units) - 2))
    key = kind + "|" + group[0].kind + "|" + "|".join(f"{m.article}:{m.start}" for v in values for m in v.mentions)
    return Conflict("x" + hashlib.sha1(key.encode()).hexdigest()[:10], kind, claim, round(confidence, 3),
                    tuple(values), aspect=group[0].kind)


def _drift_recorded(provenance: Provenance | None, values: list[ConflictValue]) -> bool:
    """Whether provenance recorded a drift between spans of the two sides."""
    if provenance is None or not provenance.drift or len(values) != 2:
        return False
    first, second = set(values[0].mentions), set(values[1].mentions)

    def covers(spans, span) -> bool:
        return any(s.article == span.article and s.start < span.end and span.start < s.end for s in spans)

    return any((covers(first, d.source) and covers(second, d.derived))
               or (covers(second, d.source) and covers(first, d.derived)) for d in provenance.drift)
