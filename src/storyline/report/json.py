"""The JSON contract (``storyline.brief/1``): plain dicts in a stable order.

Every offset refers to the clean ``text`` of the article it names.
"""

from __future__ import annotations

import json

from ..model import Article, Brief, Span

SCHEMA = "storyline.brief/1"


def span_json(span: Span) -> dict:
    return {"article": span.article, "start": span.start, "end": span.end}


def article_json(article: Article, brief: Brief) -> dict:
    """One article as the contract spells it."""
    out = {
        "id": article.id,
        "source": article.source,
        "title": article.title,
        "url": article.url,
        "published": article.published,
        "authors": list(article.authors),
        "language": article.language,
        "path": article.path,
        "text": article.text,
        "removed": [{"text": r.text, "reason": r.reason, "at": r.at} for r in article.removed],
        "quoted": [{"start": q.start, "end": q.end, "source": q.source} for q in article.quoted],
        "sentences": [{"start": s.start, "end": s.end} for s in article.sentences],
    }
    return out


def brief_json(brief: Brief) -> dict:
    """The whole brief as JSON-ready data."""
    story = {"title": brief.story.title, "articles": brief.story.articles}
    return {
        "schema": SCHEMA,
        "story": story,
        "articles": [article_json(article, brief) for article in brief.articles],
        "problems": [{"input": p.input, "reason": p.reason} for p in brief.problems],
    }


def render_json(brief: Brief) -> str:
    """Deterministic JSON text: the same brief gives the same bytes."""
    return json.dumps(brief_json(brief), ensure_ascii=False, indent=2) + "\n"
