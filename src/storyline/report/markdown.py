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


def _timeline_lines(brief: Brief) -> list[str]:
    """One line per event: its date, its text and the outlets that report it."""
    names = {article.id: article.source or article.id for article in brief.articles}
    lines = ["", "## Timeline", ""]
    for event in brief.timeline:
        outlets = ", ".join(dict.fromkeys(_escape(names[m.article]) for m in event.mentions))
        lines.append(f"- **{event.date or 'undated'}** {_escape(event.text)} ({outlets})")
    return lines


def render_markdown(brief: Brief) -> str:
    """The brief as Markdown."""
    lines = [f"# {_escape(brief.story.title or 'Story brief')}", ""]
    lines.append(f"{brief.story.articles} articles.")
    lines += ["", "## Sources", ""]
    lines += [f"- {_article_line(article)}" for article in brief.articles]
    if brief.timeline:
        lines += _timeline_lines(brief)
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
