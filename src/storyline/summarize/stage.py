"""The summary stage of a brief, and the same summary for plain texts."""

from __future__ import annotations

import dataclasses

from ..bound import analysed_articles
from ..clean import clean
from ..model import Article, Brief, Document, Provenance, Span, SummarySentence
from ..settings import Settings
from .cite import aligned_mentions, covering_claim
from .core import DEFAULT_METHOD, extract


def summarize(brief: Brief, settings: Settings) -> Brief:
    """Fill ``brief.summary``: sentences within ``settings.words``, each with
    every article span that states it and its (independent) support."""
    read = analysed_articles(brief, settings)  # a giant story: its most central articles
    chosen = extract(read, settings.words)
    owns = [(Span(read[c.article].id, c.start, c.end), c.text) for c in chosen]
    aligned = aligned_mentions(owns, brief.articles) if not brief.claims else []
    provenance = brief.provenance or Provenance()
    summary = []
    for index, (own, text) in enumerate(owns):
        claim = covering_claim(own, brief.claims)
        others = claim.mentions if claim else aligned[index] if aligned else ()
        mentions = tuple(sorted({own, *others}))
        supporting = {span.article for span in mentions}
        support, independent = ((claim.support, claim.independent_support) if claim
                                else (len(supporting), provenance.independent(supporting)))
        summary.append(SummarySentence(text=text, mentions=(own, *[m for m in mentions if m != own]),
                                       support=support, independent_support=independent))
    return dataclasses.replace(brief, summary=tuple(summary))


def articles_from_texts(texts: list[str], prefix: str = "doc") -> tuple[Article, ...]:
    """Clean articles from plain texts, in the given order (ids ``prefix-N``)."""
    return tuple(clean(Document(text=text, id=f"{prefix}-{i}")) for i, text in enumerate(texts))


def summarize_texts(texts: list[str], words: int = 100, method: str = DEFAULT_METHOD) -> list[str]:
    """Summary sentences of the articles ``texts`` (one story), within ``words``."""
    return [c.text for c in extract(articles_from_texts(texts), words, method)]
