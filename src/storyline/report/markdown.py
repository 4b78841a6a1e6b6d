"""Markdown for terminals and notes.

Summary sentences carry footnote citations (``[^1]``) whose notes quote the
supporting passages; then sources (roles and independent origins when
provenance ran), claims, disagreements, quotes, timeline and the cleaning
audit. Every string from a brief is escaped and kept on one line, so
article text can neither start a Markdown structure nor inject HTML.
"""

from __future__ import annotations

import re

from ..model import Article, Brief, Claim, Span
from .words import (
    articles_and_outlets,
    bound_note,
    claim_outlets,
    conflict_title,
    date_label,
    headline,
    human_date,
    in_context,
    in_words,
    outlet,
    outlets_by_source,
    plural,
    published_cell,
    quoted_outlet,
    ranked_claims,
    short,
    side_label,
    source_labels,
    speaker_groups,
)

_SPECIAL = re.compile(r"[\\`*\[\]<>#|~]|(?<![^\W_])_|_(?![^\W_])")  # "snake_case" cannot emphasise
_SPACE = re.compile(r"\s+")
_LINE_START = re.compile(r"^(\s*|\s*\d+(?=[.)](?:\s|$)))([-+=.)])")


def _escape(text: str) -> str:
    """Article text as inert inline Markdown: one line, control characters escaped."""
    text = _SPECIAL.sub(lambda m: "\\" + m.group(), _SPACE.sub(" ", str(text)))
    return _LINE_START.sub(r"\1\\\2", text)  # "- x", "1. x", "=" must not start a list or heading


def _excerpt(span: Span, articles: dict[str, Article]) -> str:
    """The span in its sentence, the span itself in bold."""
    before, middle, after = in_context(articles[span.article], span, 120)
    return f"“{_escape(before)}**{_escape(middle)}**{_escape(after)}”"


def _valid(spans, articles: dict[str, Article]) -> list[Span]:
    return [s for s in spans if s.article in articles and 0 <= s.start < s.end <= len(articles[s.article].text)]


def _outlets(spans, articles: dict[str, Article]) -> str:
    return ", ".join(sorted({_escape(outlet(articles[s.article])) for s in _valid(spans, articles)})) or "—"


def _header(brief: Brief) -> list[str]:
    line = articles_and_outlets(brief.articles)
    if brief.provenance is not None:
        line += f", {in_words(len(brief.provenance.origins), 'independent origin')}"
    days = sorted(a.published[:10] for a in brief.articles if a.published)
    if days:
        line += f" ({human_date(days[0])}" + (f" – {human_date(days[-1])})" if days[-1] != days[0] else ")")
    bound = bound_note(brief.story)
    if bound:
        line += f". {bound}"
    return [f"# {_escape(headline(brief))}", "", _escape(line) + "."]


def _summary(brief: Brief, articles: dict[str, Article]) -> tuple[list[str], list[str]]:
    """The summary paragraph and its footnotes."""
    if not brief.summary:
        return [], []
    sentences, notes = [], []
    by_source = outlets_by_source(articles)
    for number, sentence in enumerate(brief.summary, 1):
        spans = _valid(sentence.mentions, articles)
        sentences.append(_escape(sentence.text) + (f"[^{number}]" if spans else ""))
        if spans:
            support = (f"{plural(sentence.support, 'article')}, "
                       f"{plural(sentence.independent_support, 'independent source')}")
            cited = "; ".join(f"{_cited_outlet(s, articles, by_source)}: {_excerpt(s, articles)}" for s in spans)
            notes.append(f"[^{number}]: {support}. {cited}")
    return ["", "## Summary", "", " ".join(sentences)], notes


def _cited_outlet(span: Span, articles: dict[str, Article], by_source: dict[str, str]) -> str:
    """The outlet of a cited span, and the outlet it quotes when it quotes one
    (that span counts for the quoted outlet, not its own)."""
    quoted = quoted_outlet(span, articles, by_source)
    name = _escape(outlet(articles[span.article]))
    return f"{name} (quoting {_escape(quoted)})" if quoted else name


def _sources(brief: Brief, articles: dict[str, Article]) -> list[str]:
    provenance = brief.provenance
    lines = ["", "## Sources", ""]
    if provenance is None:
        lines += ["| Outlet | Title | Date | Id |", "|---|---|---|---|"]
        lines += [f"| {_escape(outlet(a))} | {_escape(a.title or '')} | {published_cell(a)} | "
                  f"`{_escape(a.id)}` |" for a in brief.articles]
        return lines
    label = source_labels(brief.articles)
    lines += ["| Outlet | Title | Date | Role | Derived from |", "|---|---|---|---|---|"]
    for article in brief.articles:
        derived = "; ".join(f"{_escape(d.kind)} of {_escape(label[d.source])} ({round(d.share * 100)}%)"
                            for d in sorted(provenance.derivations, key=lambda d: -d.confidence)
                            if d.article == article.id and d.source in articles)
        lines.append(f"| {_escape(label[article.id])} | {_escape(article.title or '')} | "
                     f"{published_cell(article)} | {_escape(provenance.roles.get(article.id, 'independent'))} | "
                     f"{derived or '—'} |")
    origins = ", ".join(_escape(label[o]) for o in provenance.origins if o in articles)
    count = f"**{plural(len(brief.articles), 'article')}, {in_words(len(provenance.origins), 'independent origin')}**"
    lines += ["", count + (f": {origins}." if origins else ".")]
    return lines


def _claims(brief: Brief, articles: dict[str, Article]) -> list[str]:
    if not brief.claims:
        return []
    shared, single = ranked_claims(brief)
    lines = ["", "## Claims", "", *(_claim_line(c, articles) for c in shared)]
    if single:
        lines += ["", f"### Stated by one article only ({len(single)})", "",
                  *(_claim_line(c, articles) for c in single)]
    return lines


def _claim_line(claim: Claim, articles: dict[str, Article]) -> str:
    counted, quoting = claim_outlets(_valid(claim.mentions, articles), articles)
    listed = ", ".join(map(_escape, counted)) or "—"
    if quoting:
        listed += f"; quoted by {', '.join(map(_escape, quoting))}"
    return (f"- {_escape(claim.text)} — **{claim.independent_support} independent** of "
            f"{plural(claim.support, 'article')} ({listed})")


def _conflicts(brief: Brief, articles: dict[str, Article]) -> list[str]:
    drift = brief.provenance.drift if brief.provenance else ()
    if not brief.conflicts and not drift:
        return []
    lines = ["", "## Where outlets disagree"]
    for conflict in brief.conflicts:
        kind = _escape(conflict.kind)
        if conflict.kind == "drift" or any(v.role == "derived" for v in conflict.values):
            kind = "drift in a derived article" if conflict.kind == "drift" else f"{kind}; drift in a derived article"
        lines += ["", f"### {_escape(conflict_title(conflict))} ({kind})", ""]
        for value in conflict.values:
            label = _escape(side_label(conflict, value))
            lines.append(f"- **{label}** ({_escape(value.role)}; {_outlets(value.mentions, articles)})")
            lines += [f"  > {_escape(outlet(articles[s.article]))}: {_excerpt(s, articles)}"
                      for s in _valid(value.mentions, articles)]
    pairs = [d for d in drift if _valid([d.source, d.derived], articles) == [d.source, d.derived]]
    if pairs:
        lines += ["", "### Changed in copying", ""]
        for d in pairs:
            lines.append(f"- {_escape(outlet(articles[d.source.article]))}: {_excerpt(d.source, articles)} → "
                         f"{_escape(outlet(articles[d.derived.article]))}: {_excerpt(d.derived, articles)}")
    return lines


def _quotes(brief: Brief, articles: dict[str, Article]) -> list[str]:
    if not brief.quotes:
        return []
    lines = ["", "## Who said what"]
    for group in speaker_groups(brief.quotes, articles, brief.entities):
        title = _escape(group.name) + (f" ({_escape(group.role)})" if group.role and not group.anonymous else "")
        lines += ["", f"### {title}", ""]
        for quote in group.quotes:
            text = f"“{_escape(quote.text)}”" if quote.kind == "direct" else f"*{_escape(quote.text)}*"
            said = ", ".join(_escape(p) for p in (quote.speaker.text if group.anonymous else "", quote.cue) if p)
            lines.append(f"- {text} — {'; '.join(p for p in (said, quote.kind) if p)}; reported by "
                         f"{_outlets([m.content for m in quote.mentions], articles)}")
    return lines


def _timeline(brief: Brief, articles: dict[str, Article]) -> list[str]:
    if not brief.timeline:
        return []
    lines = ["", "## Timeline", ""]
    lines += [f"- **{_escape(date_label(e) if e.date else e.precision)}** — {_escape(e.text)} "
              f"({_outlets(e.mentions, articles)})" for e in brief.timeline]
    return lines


def _audit(brief: Brief) -> list[str]:
    removed = [(a, r) for a in brief.articles for r in a.removed]
    if not removed:
        return []
    lines = ["", "## Cut from the scraped text", ""]
    lines += [f"- {_escape(outlet(a))} (`{_escape(a.id)}`), {_escape(r.reason)}: {_escape(short(r.text, 100))}"
              for a, r in removed]
    return lines



def _entities(brief: Brief, limit: int = 20) -> list[str]:
    """Who is who: the people, organisations and outlets of the story, then its places on one line."""
    people = [e for e in brief.entities if e.type in ("person", "organization", "outlet")][:limit]
    places = [e for e in brief.entities if e.type == "place"][:limit]
    if not people and not places:
        return []
    lines = ["", "## Who is who", ""]
    for entity in people:
        roles = f", {_escape(', '.join(entity.roles[:2]))}" if entity.roles else ""
        lines.append(f"- **{_escape(entity.name)}** ({entity.type}{roles}): {plural(len(entity.mentions), 'mention')}")
    if places:
        listed = ", ".join(f"**{_escape(e.name)}** ({plural(len(e.mentions), 'mention')})" for e in places)
        lines += ["", f"Places: {listed}."] if people else [f"Places: {listed}."]
    return lines


def render_markdown(brief: Brief) -> str:
    """The brief as Markdown."""
    articles = {a.id: a for a in brief.articles}
    summary, notes = _summary(brief, articles)
    lines = _header(brief) + summary + _sources(brief, articles) + _claims(brief, articles)
    lines += _conflicts(brief, articles) + _quotes(brief, articles) + _entities(brief)
    lines += _timeline(brief, articles) + _audit(brief)
    if brief.problems:
        lines += ["", "## Skipped inputs", ""]
        lines += [f"- {_escape(str(p))}" for p in brief.problems]
    if notes:
        lines += ["", *notes]
    return "\n".join(lines) + "\n"
