"""Markdown for terminals and notes."""

from __future__ import annotations

from ..model import Article, Brief


def _escape(text: str) -> str:
    """Neutralise Markdown/HTML control characters in article text."""
    for char in "\\`*_[]<>#|":
        text = text.replace(char, "\\" + char)
    return text


def _article_line(article: Article) -> str:
    parts = [f"**{_escape(article.source or article.id)}**"]
    if article.title:
        parts.append(_escape(article.title))
    if article.published:
        parts.append(article.published[:10])
    return " — ".join(parts) + f" (`{article.id}`)"


def _quote_lines(brief: Brief, limit: int = 20) -> list[str]:
    """Who said what: the quotes reported by most articles first."""
    if not brief.quotes:
        return []
    lines = ["", "## Quotes", ""]
    ranked = sorted(brief.quotes, key=lambda q: -len({m.content.article for m in q.mentions}))
    for quote in ranked[:limit]:
        speaker = quote.speaker.text or "unattributed"
        if quote.speaker.role and quote.speaker.role not in speaker:
            speaker += f" ({quote.speaker.role})"
        articles = len({m.content.article for m in quote.mentions})
        text = " ".join(quote.text.split())[:200]
        mark = f"“{_escape(text)}”" if quote.kind == "direct" else _escape(text)
        lines.append(f"- **{_escape(speaker)}** {_escape(quote.cue)}: {mark} ({articles} article"
                     + ("s)" if articles != 1 else ")"))
    people = [e for e in brief.entities if e.type in ("person", "organization", "outlet")][:limit]
    if people:
        lines += ["", "## Who is who", ""]
        for entity in people:
            roles = f", {_escape(', '.join(entity.roles[:2]))}" if entity.roles else ""
            lines.append(f"- **{_escape(entity.name)}** ({entity.type}{roles}): {len(entity.mentions)} mentions")
    return lines


def render_markdown(brief: Brief) -> str:
    """The brief as Markdown."""
    lines = [f"# {_escape(brief.story.title or 'Story brief')}", ""]
    lines.append(f"{brief.story.articles} articles.")
    lines += ["", "## Sources", ""]
    lines += [f"- {_article_line(article)}" for article in brief.articles]
    lines += _quote_lines(brief)
    removed = [(a, r) for a in brief.articles for r in a.removed]
    if removed:
        lines += ["", "## Cut from the scraped text", ""]
        for article, removal in removed:
            preview = " ".join(removal.text.split())[:100]
            lines.append(f"- `{article.id}` {removal.reason}: {_escape(preview)}")
    if brief.problems:
        lines += ["", "## Skipped inputs", ""]
        lines += [f"- {_escape(str(p))}" for p in brief.problems]
    return "\n".join(lines) + "\n"
