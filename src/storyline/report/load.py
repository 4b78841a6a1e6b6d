"""A brief back from its JSON contract (``storyline.brief/1``).

``corpus export`` renders the briefs ``corpus add`` stored as JSON into
Markdown or HTML with this, instead of briefing every story again: the page
then shows exactly the brief the store holds, at the cost of rendering only.
"""

from __future__ import annotations

from ..model import (
    Article,
    Brief,
    Claim,
    Conflict,
    ConflictValue,
    Credit,
    Derivation,
    Drift,
    Entity,
    Event,
    Problem,
    Provenance,
    Quote,
    QuotedPassage,
    QuoteMention,
    Removal,
    SharedPassage,
    Span,
    Speaker,
    StoryInfo,
    SummarySentence,
)
from ..segment import flag_quoted


def _span(data: dict) -> Span:
    return Span(data["article"], data["start"], data["end"])


def _spans(items: list[dict]) -> tuple[Span, ...]:
    return tuple(_span(item) for item in items)


def _article(data: dict) -> Article:
    quoted = tuple(QuotedPassage(q["start"], q["end"], q["source"]) for q in data["quoted"])
    return Article(
        id=data["id"], text=data["text"], title=data["title"], source=data["source"], url=data["url"],
        published=data["published"], authors=tuple(data["authors"]), language=data["language"],
        path=data["path"], removed=tuple(Removal(r["text"], r["reason"], r["at"]) for r in data["removed"]),
        quoted=quoted, sentences=flag_quoted(((s["start"], s["end"]) for s in data["sentences"]), quoted),
    )


def _provenance(data: dict) -> Provenance | None:
    """Provenance as the articles carry it (their role, group, sources and credits); None if it did not run."""
    articles = [a for a in data["articles"] if "role" in a]
    if not articles:
        return None
    derivations = tuple(
        Derivation(a["id"], d["article"], d["kind"], d["confidence"], d["share"],
                   tuple(SharedPassage(p["start"], p["end"], p["source_start"], p["source_end"], p["kind"])
                         for p in d["passages"]))
        for a in articles for d in a["derived_from"])
    credits = tuple(Credit(a["id"], c["start"], c["end"], c["source"], c["article"])
                    for a in articles for c in a["credits"])
    return Provenance(
        derivations=derivations, credits=credits,
        roles={a["id"]: a["role"] for a in articles}, groups={a["id"]: a["origin_group"] for a in articles},
        origins=tuple(data["story"].get("origins", ())),
        drift=tuple(Drift(_span(d["derived"]), _span(d["source"])) for d in data.get("drift", ())))


def _quote(data: dict) -> Quote:
    def at(mention: dict, key: str) -> Span | None:
        start = mention[f"{key}_start"]
        return None if start is None else Span(mention["article"], start, mention[f"{key}_end"])

    speaker = data["speaker"]
    return Quote(data["id"], data["kind"], Speaker(speaker["text"], speaker["entity"], speaker["role"]),
                 data["cue"], data["text"],
                 tuple(QuoteMention(_span(m), at(m, "speaker"), at(m, "cue")) for m in data["mentions"]))


def _conflict(data: dict) -> Conflict:
    values = tuple(ConflictValue(v["value"], v["normalized"], _spans(v["mentions"]), v["role"])
                   for v in data["values"])
    aspect = data.get("aspect")
    return Conflict(data["id"], data["kind"], data["claim"], data["confidence"], values,
                    None if aspect == data["kind"] else aspect)


def brief_from_json(data: dict) -> Brief:
    """The :class:`Brief` a JSON brief was rendered from (what the renderers need of it)."""
    story = data["story"]
    return Brief(
        story=StoryInfo(story["title"], story["articles"], story.get("independent_origins"),
                        tuple(story.get("origins", ())), story.get("entity_recognizer"),
                        story.get("analysed_articles"), story.get("source_candidates")),
        articles=tuple(_article(a) for a in data["articles"]),
        problems=tuple(Problem(p["input"], p["reason"]) for p in data["problems"]),
        provenance=_provenance(data),
        claims=tuple(Claim(c["id"], c["text"], _spans(c["mentions"]), c["support"], c["independent_support"])
                     for c in data["claims"]),
        conflicts=tuple(_conflict(c) for c in data["conflicts"]),
        quotes=tuple(_quote(q) for q in data["quotes"]),
        entities=tuple(Entity(e["id"], e["name"], e["type"], tuple(e["aliases"]), tuple(e["roles"]),
                              _spans(e["mentions"])) for e in data["entities"]),
        timeline=tuple(Event(e["date"], e["precision"], e["text"], _spans(e["mentions"])) for e in data["timeline"]),
        summary=tuple(SummarySentence(s["text"], _spans(s["mentions"]), s["support"], s["independent_support"])
                      for s in data["summary"]),
    )
