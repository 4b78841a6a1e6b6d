"""The conflicts stage: which unit pairs are compared, and every disagreement of a pair.

Every pair of aligned units (same claim, or a candidate pair scoring high
enough) from different reports is compared value by value; copies repeat units,
so each distinct pair is compared once. Precision first: two sentences that
differ in two kinds of value (or in a value and in negation) state different
facts, and only their spellings are kept.
"""

from __future__ import annotations

from dataclasses import replace

from ..bound import analysed_articles
from ..claims import Alignment, alignment, claim_ids, score_lookup
from ..memo import forget
from ..model import Brief
from ..repeats import Repeats
from ..settings import Settings
from ..values import STOPWORDS, parity, quantities_agree
from .finding import Finding
from .merge import merge
from .names import _compare_names, _names_apart
from .numbers import _EVENT_MEASURES, _compare_numbers
from .polarity import POLARITY_COVER, POLARITY_WORDING, UNALIGNED_COVER, _compare_polarity, _negation_pairs
from .series import _without_series
from .view import SAME_WORDING, _overlaps, _shared_cues, _unordered, _View
from .when import _compare_dates, _dated_alike, _dated_apart, _own_news, _told_that_day, anchors

#: Candidate pairs outside a claim are compared from this score on.
COMPARE = 0.25
#: Dates are compared in units sharing at least this many content words besides the dates
#: ("the fiscal year ends on Sept. 30" and "the new fiscal year began Oct. 1" share two).
_DATE_CONTEXT = 3
_BASE_CONFIDENCE = {"spelling": 0.9, "number": 0.85, "date": 0.85, "name": 0.75, "polarity": 0.65}


def compare(u: _View, v: _View, score: float, same_claim: bool = False) -> list[Finding]:
    """Every disagreement between two aligned units."""
    confidence_scale = 0.6 + 0.4 * min(1.0, score / 0.8)
    findings = []

    def add(kind: str, values: tuple[str, str, str, str]) -> None:
        findings.append(Finding(kind, -1, -1, *values, round(_BASE_CONFIDENCE[kind] * confidence_scale, 3)))

    if not (u.dates or u.quantities or u.names or u.polarity != v.polarity):
        return findings
    overlap, wide = _overlaps(u, v)
    lone, strangers = _names_apart(u, v)
    own = _own_news(u, v)
    shared = u.context_set & v.context_set
    if u.dates and v.dates and len(shared - STOPWORDS) >= _DATE_CONTEXT and not own:
        # the wording must match with the dates and without them (two datelines match only with)
        context, context_wide = _overlaps(u, v, context=True)
        for values in _compare_dates(u, v, min(overlap, context), min(wide, context_wide), same_claim, strangers):
            add("date", values)
    if u.quantities and v.quantities:  # no figures on one side, no number to compare
        dated = _dated_alike(u, v)
        that_day = all(any(q.unit in _EVENT_MEASURES for q in w.quantities) for w in (u, v)) and (
            _told_that_day(u, v) or _told_that_day(v, u))
        reordered = _unordered(u, v) if same_claim or dated or that_day else 0.0
        for values in _compare_numbers(u, v, overlap, wide, strangers, reordered, own, dated, that_day):
            add("number", values)
    for kind, *values in _compare_names(u, v, overlap, wide, lone, strangers):
        if not (own and kind == "name"):
            add(kind, tuple(values))
    claim = same_claim and overlap >= SAME_WORDING
    if overlap >= POLARITY_WORDING or claim:
        for values in _compare_polarity(u, v, POLARITY_COVER, wide, claim):
            add("polarity", values)
    kinds = {f.kind for f in findings} - {"spelling", "polarity"}
    if kinds and _another_fact(u, v, kinds):
        return [f for f in findings if f.kind == "spelling"]
    return findings


def _another_fact(u: _View, v: _View, kinds: set[str]) -> bool:
    """Whether two units that differ in values of ``kinds`` differ in a second respect, and
    so state different facts: two kinds of value (another person and another figure), a
    different measure in one unit, a date in the same place ("the 2013 grade 8 test" / "the
    2014 grade 7 test"; these two whether or not their own rules report them), or negation
    within the stretch both state (parity alone misses "not ... no")."""
    if len(kinds) > 1 or ("date" not in kinds and _dated_apart(u, v)) or (
            "number" not in kinds and _measured_apart(u, v)):
        return True
    if not (u.cues or v.cues):
        return False
    cues_u, cues_v = _shared_cues(u, v)
    return parity(cues_u) != parity(cues_v) or bool(cues_u) != bool(cues_v)


def _measured_apart(u: _View, v: _View) -> bool:
    """Whether the units measure different amounts in one unit, each stated only on its own
    side ("110 kilometers northwest of Rancagua" / "64 kilometers west of Navidad": another
    place, and another distance from it), whether or not the number rules report them."""
    return any(x.unit is not None and x.unit == y.unit and not quantities_agree(x, y)
               and not any(quantities_agree(x, z) and z.unit == x.unit for z in v.quantities)
               and not any(quantities_agree(y, z) and z.unit == y.unit for z in u.quantities)
               for x in u.quantities for y in v.quantities)


def _pairs(aligned: Alignment) -> list[tuple[int, int, float]]:
    """Unit pairs to compare: within a claim, or scoring at least COMPARE; different reports."""
    scores = score_lookup(aligned.scores)
    pairs = {}
    for group in aligned.groups:
        for x in group:
            for y in group:
                if x < y:
                    pairs[(x, y)] = float(scores.get((x, y), 0.0))
    coo = aligned.scores.tocoo()
    for x, y, score in zip(coo.row, coo.col, coo.data, strict=True):
        if x < y and score >= COMPARE:
            pairs[(int(x), int(y))] = float(score)
    units = aligned.units
    return sorted((x, y, s) for (x, y), s in pairs.items() if units[x].supporter != units[y].supporter)


def find_findings(brief: Brief, aligned: Alignment) -> list[Finding]:
    """Pairwise disagreements between aligned units of different reports."""
    by_id = {a.id: a for a in brief.articles}
    anchor = anchors(brief.articles, brief.provenance)
    views = [_View(u, by_id[u.article], anchor[by_id[u.supporter].id if u.supporter in by_id else u.article])
             for u in aligned.units]
    findings = []
    pairs = _pairs(aligned)
    claim_of = {i: k for k, group in enumerate(aligned.groups) for i in group}
    repeats = Repeats(aligned.units, [v.article.text for v in views], [v.anchor for v in views])
    compared: dict[tuple, list[Finding]] = {}  # copies repeat units: each distinct pair is compared once
    for x, y, score in pairs:
        key = repeats.pair(x, y, score, claim_of[x] == claim_of[y])
        if key not in compared:
            compared[key] = compare(views[x], views[y], score, claim_of[x] == claim_of[y])
        findings.extend(replace(finding, a=x, b=y) for finding in compared[key])
    for x, y in _negation_pairs(views, aligned, {(x, y) for x, y, _ in pairs}):
        for values in _compare_polarity(views[x], views[y], UNALIGNED_COVER):
            findings.append(Finding("polarity", x, y, *values, round(_BASE_CONFIDENCE["polarity"] * 0.6, 3)))
    return _without_series(findings, views)


def conflicts(brief: Brief, settings: Settings) -> Brief:
    """Stage: fill ``brief.conflicts``, most confident first."""
    try:
        aligned = alignment(analysed_articles(brief, settings), settings.semantic)
        found = merge(brief, aligned, find_findings(brief, aligned), claim_ids(aligned))
    finally:
        forget()  # what the stage memoised serves this story only
    found.sort(key=lambda c: (-c.confidence, c.id))
    return replace(brief, conflicts=tuple(found))
