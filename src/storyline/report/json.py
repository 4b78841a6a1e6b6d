"""The JSON contract (``storyline.brief/1``): plain dicts in a stable order.

Every offset refers to the clean ``text`` of the article it names. A section
whose stage did not run is written empty, so readers can rely on every key.
"""

from __future__ import annotations

import json

from ..model import Article, Brief, Conflict, Entity, Event, Quote, Span, SummarySentence

SCHEMA = "storyline.brief/1"


def span_json(span: Span) -> dict:
    return {"article": span.article, "start": span.start, "end": span.end}


def _spans(spans) -> list[dict]:
    return [span_json(span) for span in spans]


def article_json(article: Article, brief: Brief, derived: dict[str, list] | None = None,
                 credited: dict[str, list] | None = None) -> dict:
    """One article as the contract spells it, with its provenance when known (``derived`` and
    ``credited``: the story's derivations and credits by article, found once for all articles)."""
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
    provenance = brief.provenance
    if provenance is not None:
        out["role"] = provenance.roles.get(article.id, "independent")
        out["origin_group"] = provenance.groups.get(article.id, article.id)
        out["derived_from"] = [
            {"article": d.source, "kind": d.kind, "confidence": round(d.confidence, 3),
             "share": round(d.share, 3),
             "passages": [{"start": p.start, "end": p.end, "source_start": p.source_start,
                           "source_end": p.source_end, "kind": p.kind} for p in d.passages]}
            for d in (by_article(provenance.derivations) if derived is None else derived).get(article.id, ())
        ]
        out["credits"] = [{"source": c.source, "start": c.start, "end": c.end, "article": c.target}
                          for c in (by_article(provenance.credits) if credited is None else credited
                                    ).get(article.id, ())]
    return out


def by_article(items) -> dict[str, list]:
    """Derivations or credits by their ``article``, in order: a giant story's tens of thousands of
    derivations are gone through once, not once per article."""
    out: dict[str, list] = {}
    for item in items:
        out.setdefault(item.article, []).append(item)
    return out


def quote_json(quote: Quote) -> dict:
    return {
        "id": quote.id, "kind": quote.kind,
        "speaker": {"text": quote.speaker.text, "entity": quote.speaker.entity,
                    "role": quote.speaker.role},
        "cue": quote.cue, "text": quote.text,
        "mentions": [
            {**span_json(m.content),
             "speaker_start": m.speaker.start if m.speaker else None,
             "speaker_end": m.speaker.end if m.speaker else None,
             "cue_start": m.cue.start if m.cue else None,
             "cue_end": m.cue.end if m.cue else None}
            for m in quote.mentions
        ],
    }


def conflict_json(conflict: Conflict) -> dict:
    return {
        "id": conflict.id, "kind": conflict.kind, "aspect": conflict.aspect or conflict.kind,
        "claim": conflict.claim,
        "confidence": round(conflict.confidence, 3),
        "values": [{"value": v.value, "normalized": v.normalized, "mentions": _spans(v.mentions),
                    "role": v.role} for v in conflict.values],
    }


def entity_json(entity: Entity) -> dict:
    return {"id": entity.id, "name": entity.name, "type": entity.type,
            "aliases": list(entity.aliases), "roles": list(entity.roles),
            "mentions": _spans(entity.mentions)}


def event_json(event: Event) -> dict:
    return {"date": event.date, "precision": event.precision, "text": event.text,
            "mentions": _spans(event.mentions)}


def summary_json(sentence: SummarySentence) -> dict:
    return {"text": sentence.text, "mentions": _spans(sentence.mentions),
            "support": sentence.support, "independent_support": sentence.independent_support}


def brief_json(brief: Brief) -> dict:
    """The whole brief as JSON-ready data."""
    story = {"title": brief.story.title, "articles": brief.story.articles}
    if brief.provenance is not None:
        story["independent_origins"] = len(brief.provenance.origins)
        story["origins"] = list(brief.provenance.origins)
    if brief.story.entity_recognizer is not None:
        story["entity_recognizer"] = brief.story.entity_recognizer
    if brief.story.analysed_articles is not None:
        story["analysed_articles"] = brief.story.analysed_articles
    if brief.story.source_candidates is not None:
        story["source_candidates"] = brief.story.source_candidates
    found = (by_article(brief.provenance.derivations), by_article(brief.provenance.credits)) \
        if brief.provenance is not None else (None, None)
    return {
        "schema": SCHEMA,
        "story": story,
        "summary": [summary_json(s) for s in brief.summary],
        "articles": [article_json(article, brief, *found) for article in brief.articles],
        "drift": [{"derived": span_json(d.derived), "source": span_json(d.source)}
                  for d in (brief.provenance.drift if brief.provenance else ())],
        "claims": [{"id": c.id, "text": c.text, "mentions": _spans(c.mentions), "support": c.support,
                    "independent_support": c.independent_support} for c in brief.claims],
        "conflicts": [conflict_json(c) for c in brief.conflicts],
        "quotes": [quote_json(q) for q in brief.quotes],
        "entities": [entity_json(e) for e in brief.entities],
        "timeline": [event_json(e) for e in brief.timeline],
        "problems": [{"input": p.input, "reason": p.reason} for p in brief.problems],
    }


def render_json(brief: Brief) -> str:
    """Deterministic JSON text: the same brief gives the same bytes."""
    return json.dumps(brief_json(brief), ensure_ascii=False, indent=2) + "\n"
