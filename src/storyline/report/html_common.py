"""Shared pieces of the HTML report: escaping, article labels and citations.

Article text is hostile input: everything that comes from a brief goes
through :func:`esc` (``html.escape`` with ``quote=True``), in text and in
attributes alike. DOM ids are never built from article data; they are
positions (``a3``) or counters (``c12``) that this module hands out.
"""

from __future__ import annotations

import html

from ..model import Brief, Span
from .words import in_context, plural, source_labels


def esc(value: object) -> str:
    """``value`` as HTML text that is also safe inside a quoted attribute."""
    return html.escape(str(value), quote=True)


class Citations:
    """Hands out one id per cited span and remembers where it points.

    A section calls :meth:`button` with the spans that support a statement;
    the article renderer later asks :meth:`marks` which characters of an
    article to tag with those ids, so the page's script can light them up.
    """

    def __init__(self, brief: Brief) -> None:
        self.articles = {article.id: article for article in brief.articles}
        self.dom_ids = {article.id: f"a{index}" for index, article in enumerate(brief.articles)}
        self.labels = source_labels(brief.articles)
        self._ids: dict[Span, str] = {}

    def _valid(self, span: Span) -> bool:
        article = self.articles.get(span.article)
        return article is not None and 0 <= span.start < span.end <= len(article.text)

    def ids(self, spans) -> list[str]:
        """The ids of the spans that point into known articles, in order."""
        out = []
        for span in spans:
            if not self._valid(span):
                continue
            if span not in self._ids:
                self._ids[span] = f"c{len(self._ids)}"
            out.append(self._ids[span])
        return list(dict.fromkeys(out))

    def marks(self, article_id: str) -> list[tuple[int, int, str]]:
        """``(start, end, id)`` of every cited span of one article."""
        return sorted((s.start, s.end, cid) for s, cid in self._ids.items() if s.article == article_id)

    def excerpt(self, span: Span) -> str:
        """``span`` in its sentence as HTML, the span itself marked."""
        before, middle, after = in_context(self.articles[span.article], span)
        return f"{esc(before)}<mark>{esc(middle)}</mark>{esc(after)}"

    def source_link(self, article_id: str) -> str:
        """A link to the article in the page, named by its outlet (and id, when the outlet repeats)."""
        return f'<a class="src" href="#{self.dom_ids[article_id]}">{esc(self.labels[article_id])}</a>'

    def button(self, spans, label: str, title: str = "") -> str:
        """A citation marker; clicking it lists and highlights the supporting spans."""
        spans = [span for span in spans if self._valid(span)]
        if not spans:
            return ""
        ids = self.ids(spans)
        items = "".join(
            f'<span class="pop-item">{self.source_link(span.article)} '
            f'<span class="pop-text">{self.excerpt(span)}</span> '
            f'<a class="jump" href="#m-{cid}">show in article</a></span>'
            for span, cid in zip(_unique(spans), ids, strict=True)
        )
        tip = title or plural(len({s.article for s in spans}), "article")
        return (f'<span class="cite-wrap"><button type="button" class="cite" data-cite="{" ".join(ids)}" '
                f'aria-expanded="false" title="{esc(tip)}">{esc(label)}</button>'
                f'<span class="pop" hidden>{items}</span></span>')


def _unique(spans) -> list[Span]:
    return list(dict.fromkeys(spans))
