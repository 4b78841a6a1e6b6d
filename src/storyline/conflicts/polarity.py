"""Polarity: one side negates or denies what the other affirms.

In aligned units the rest of the wording must match (or the affirming side
state the negated words); a denial of a claim reported by at least two outlets
is also looked for among units not aligned as wholes, since a denial often
shares little wording with the report it denies.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from ..claims import Alignment
from ..values import STOPWORDS, stem
from .view import NEAR_IDENTICAL, SAME_WORDING, _View

#: Share of the negated words that the affirming side must state: in aligned units, and
#: in units not aligned as wholes (a denial that shares little else with the report).
POLARITY_COVER = 0.75
UNALIGNED_COVER = 0.75
#: ...and mean much the same (embedding cosine; lexical-only runs skip this path).
UNALIGNED_MEANING = 0.35
#: Aligned units compared for polarity must share this much wording.
POLARITY_WORDING = 0.65
_UNALIGNED_SCOPE = 4
#: Cues that negate the very statement ("has not protested"), unlike denials and "no".
_PLAIN_CUES = {"not", "never"}
#: Auxiliaries as stemmed tokens ("does" is "doe").
_AUXILIARIES = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "doe", "did",
                "will", "would", "can", "could", "should", "may", "might", "must"}


def _heads_stated(negated: _View, affirmed: _View) -> bool:
    """Whether the other side states a negated word itself, the first under some cue ("no
    surprise" is not denied by "the results were expected"; "is not Catholic" is by "is Catholic")."""
    other = {t[0] for t in affirmed.tokens}
    return any(scope and stem(scope[0]) in other for scope in negated.negated)


def _plain_negation(negated: _View, affirmed: _View) -> bool:
    """Whether the other side reads as this one with a plain "not" or "never" taken out:
    the words either side of the cue stand together there ("Chile has not protested the
    arrest" / "The Chilean government has protested", "were not at the dance" / "were at the
    dance"), or, after an auxiliary, the verb it negates follows an auxiliary there too ("had
    not been rented" / "was rented"). A denial ("Syria denied supporting rebels") answers
    another outlet's claim instead, and "did not want to cut" is no negation of "wants to
    retain"."""
    other = affirmed.tokens
    pairs = {(a[0], b[0]) for a, b in pairwise(other)}
    auxiliary_before = {b[0] for a, b in pairwise(other) if a[0] in _AUXILIARIES}
    tokens = negated.tokens
    for s, e in negated.cues:
        if negated.article.text[s:e].lower() not in _PLAIN_CUES:
            continue
        k = next((k for k, t in enumerate(tokens) if t[1] == s), None)
        if k is None or not 0 < k < len(tokens) - 1:
            continue
        if (tokens[k - 1][0], tokens[k + 1][0]) in pairs:
            return True
        verb = next((t[0] for t in tokens[k + 1:] if t[0] not in _AUXILIARIES), None)
        if tokens[k - 1][0] in _AUXILIARIES and verb not in STOPWORDS and verb in auxiliary_before:
            return True
    return False


def _compare_polarity(u: _View, v: _View, cover: float = 0.6, wide: float = 0.0, claim: bool = False
                      ) -> list[tuple[str, str, str, str]]:
    """One side negates what the other affirms. Near-identical sentences (``wide`` >=
    NEAR_IDENTICAL) need nothing more (nor a negated content word: "were not there");
    otherwise the affirming side has no cue at all and states the words under the negation
    (at least three, or half the wording matches), or, for units of one ``claim``, the word
    a plain "not" negates."""
    if u.polarity == v.polarity:
        return []
    negated, affirmed = (u, v) if u.polarity < 0 else (v, u)
    bare = not any(negated.negated)  # "were not there": the cue negates no content word
    if not (_heads_stated(negated, affirmed) or (bare and wide >= NEAR_IDENTICAL)):
        return []
    if wide < NEAR_IDENTICAL:
        if affirmed.cues and affirmed.scope_words & negated.scope_words:
            return []  # both sides negate the same words: parity alone says too little
        scope = negated.scope_words
        other = {t[0] for t in affirmed.tokens}
        covered = bool(scope) and len(scope & other) / len(scope) >= cover and (len(scope) >= 3 or wide >= SAME_WORDING)
        if not (covered or (claim and _plain_negation(negated, affirmed))):
            return []
    text_u, text_v = u.article.text, v.article.text
    cues_u = [text_u[s:e] for s, e in u.cues]
    cues_v = [text_v[s:e] for s, e in v.cues]
    return [(", ".join(cues_u) or "affirmed", "negated" if u.polarity < 0 else "affirmed",
             ", ".join(cues_v) or "affirmed", "negated" if v.polarity < 0 else "affirmed")]


def _negation_pairs(views: list[_View], aligned: Alignment, compared: set[tuple[int, int]]
                    ) -> list[tuple[int, int]]:
    """Pairs not aligned as wholes where one side denies what a claim reported by at least
    two outlets states: a denial often shares little wording with the report it denies."""
    vectors = aligned.vectors
    corroborated = {i for group in aligned.groups if len({aligned.units[k].supporter for k in group}) > 1
                    for i in group}
    pairs = []
    for x, view in enumerate(views):
        if view.polarity > 0:
            continue
        scope = view.scope_words
        if len(scope) < _UNALIGNED_SCOPE:
            continue
        # only units meaning much the same qualify: the others need not be looked at (a margin
        # for the rounding of the product; the test below is the exact one)
        for y in np.flatnonzero(vectors @ vectors[x] >= UNALIGNED_MEANING - 1e-3).tolist():
            other = views[y]
            key = (min(x, y), max(x, y))
            if (other.polarity > 0 and y in corroborated and other.unit.supporter != view.unit.supporter
                    and key not in compared
                    and len(scope & other.stem_set) / len(scope) >= UNALIGNED_COVER
                    and float(vectors[x] @ vectors[y]) >= UNALIGNED_MEANING):
                pairs.append(key)
    return sorted(set(pairs))
