"""A bounded read for giant stories: claims, conflicts and the summary from the most central articles.

Aligning claims and comparing their units costs more than linear time in a
story's units (a claim told by hundreds of copies holds hundreds of units,
compared pairwise). A story of more than ``Settings.claim_articles`` (100) articles
is therefore read from that many of them:

1. one article of each provenance origin group (its origin), biggest groups
   first, then the groups closest to the story's centroid;
2. if room is left, the other articles closest to the centroid, an article
   whose text another chosen one repeats verbatim last.

The articles left out still count: a claim's support and mentions take in
every left-out unit that states one of its mentions' sentences word for word
(copies are support of the text they repeat), and provenance, quotes,
entities and timeline read every article; the summary is extracted from the
analysed articles, its support counted by the claims. The brief records the
bound (``StoryInfo.analysed_articles``), and the reports say so. Stories at
or below the bound are read whole and briefed exactly as before.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import lru_cache

import numpy as np

from .claims import Alignment, content_words, independent_count, story_units, tfidf_rows, unit_span
from .model import Article, Brief, Claim, Span
from .settings import Settings


def analysed_articles(brief: Brief, settings: Settings) -> tuple[Article, ...]:
    """The articles claims and conflicts read: all of them, or the most central ``claim_articles``."""
    if len(brief.articles) <= settings.claim_articles:
        return brief.articles
    groups = brief.provenance.groups if brief.provenance is not None else {}
    return most_central(brief.articles, tuple(groups.get(a.id, a.id) for a in brief.articles),
                        settings.claim_articles)


@lru_cache(maxsize=1)  # claims, conflicts and summary ask for the same story in turn
def most_central(articles: tuple[Article, ...], groups: tuple[str, ...], limit: int) -> tuple[Article, ...]:
    """``limit`` of the articles (``groups[i]`` is the origin group of ``articles[i]``), in story order."""
    rows = tfidf_rows([content_words(a.text) for a in articles])
    centroid = np.asarray(rows.mean(axis=0)).ravel()
    closeness = rows @ centroid
    sizes = Counter(groups)
    index = {a.id: i for i, a in enumerate(articles)}

    def central(i: int) -> tuple[float, int]:
        return (-round(float(closeness[i]), 9), i)

    members: dict[str, list[int]] = {}
    for i, group in enumerate(groups):
        members.setdefault(group, []).append(i)
    heads = [index[g] if g in index else min(m, key=central) for g, m in members.items()]
    heads.sort(key=lambda i: (-sizes[groups[i]], *central(i)))
    chosen = heads[:limit]
    if len(chosen) < limit:
        taken = set(chosen)
        texts = {articles[i].text for i in chosen}
        rest = sorted((i for i in range(len(articles)) if i not in taken),
                      key=lambda i: (articles[i].text in texts, *central(i)))
        chosen += rest[:limit - len(chosen)]
    return tuple(articles[i] for i in sorted(chosen))


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def with_restatements(brief: Brief, read: tuple[Article, ...], aligned: Alignment,
                      found: list[Claim]) -> list[Claim]:
    """The claims read from ``read``, with the mentions and support of the articles left out
    that state a mention's sentence word for word; re-ranked by the new support."""
    kept = {a.id for a in read}
    left_out = story_units(tuple(a for a in brief.articles if a.id not in kept), outlets_of=brief.articles)
    restated: dict[str, list] = {}
    for unit in left_out:
        restated.setdefault(_key(unit.text), []).append(unit)
    supporter = {unit_span(u): u.supporter for u in aligned.units}
    texts = {a.id: a.text for a in read}
    extended = []
    for claim in found:
        extra = [u for key in sorted({_key(texts[m.article][m.start:m.end]) for m in claim.mentions})
                 for u in restated.get(key, ())]
        if not extra:
            extended.append(claim)
            continue
        supporters = {supporter[m] for m in claim.mentions} | {u.supporter for u in extra}
        mentions: tuple[Span, ...] = tuple(sorted(set(claim.mentions) | {unit_span(u) for u in extra}))
        extended.append(replace(claim, mentions=mentions, support=len(supporters),
                                independent_support=independent_count(brief, supporters)))
    rank = {claim.id: k for k, claim in enumerate(found)}
    return sorted(extended, key=lambda c: (-c.independent_support, -c.support, rank[c.id]))


__all__ = ["analysed_articles", "most_central", "with_restatements"]
