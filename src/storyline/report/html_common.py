"""Shared pieces of the HTML report: escaping, article labels and citations.

Article text is hostile input: everything that comes from a brief goes
through :func:`esc` (``html.escape`` with ``quote=True``), in text and in
attributes alike. DOM ids are never built from article data; they are
positions (``a3``) or counters (``c12``) that this module hands out.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right

from ..model import Article, Brief, Span


def esc(value: object) -> str:
    """``value`` as HTML text that is also safe inside a quoted attribute."""
    return html.escape(str(value), quote=True)


def short(text: str, limit: int) -> str:
    """One line of at most ``limit`` characters, cut at a word with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(",;:.") + "…"


def outlet(article: Article) -> str:
    """The name a reader knows the article by: its outlet, else its id."""
    return article.source or article.id


_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def human_date(value: str | None) -> str:
    """``2024-03-12T08:00`` as ``12 Mar 2024``; other strings unchanged, None as empty."""
    if not value:
        return ""
    match = _DATE.match(value)
    if not match or not 1 <= int(match.group(2)) <= 12:
        return value
    year, month, day = match.groups()
    return f"{int(day)} {_MONTHS[int(month) - 1]} {year}"


def plural(count: int, word: str, many: str | None = None) -> str:
    """``1 article``, ``3 articles``."""
    return f"{count} {word if count == 1 else (many or word + 's')}"


_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                 "ten", "eleven", "twelve")


def in_words(count: int, word: str, many: str | None = None) -> str:
    """``2 independent origins`` as ``two independent origins`` for small counts."""
    noun = word if count == 1 else (many or word + "s")
    return f"{_NUMBER_WORDS[count] if 0 <= count < len(_NUMBER_WORDS) else count} {noun}"


class Citations:
    """Hands out one id per cited span and remembers where it points.

    A section calls :meth:`button` with the spans that support a statement;
    the article renderer later asks :meth:`marks` which characters of an
    article to tag with those ids, so the page's script can light them up.
    """

    def __init__(self, brief: Brief) -> None:
        self.articles = {article.id: article for article in brief.articles}
        self.dom_ids = {article.id: f"a{index}" for index, article in enumerate(brief.articles)}
        self._ids: dict[Span, str] = {}
        self._starts = {a.id: [s.start for s in a.sentences] for a in brief.articles}

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

    def context(self, span: Span) -> tuple[str, str, str]:
        """The sentence(s) around ``span``: text before, the span itself, text after."""
        article = self.articles[span.article]
        sentences = article.sentences
        starts = self._starts[span.article]
        first = max(bisect_right(starts, span.start) - 1, 0)
        last = max(bisect_right(starts, max(span.end - 1, span.start)) - 1, 0)
        begin = min(sentences[first].start, span.start) if sentences else span.start
        end = max(sentences[last].end, span.end) if sentences else span.end
        text = article.text
        before, middle, after = text[begin:span.start], text[span.start:span.end], text[span.end:end]
        if len(before) > 160:
            before = "…" + before[-159:]
        if len(after) > 160:
            after = after[:159] + "…"
        return before, middle, after

    def excerpt(self, span: Span) -> str:
        """``span`` in its sentence as HTML, the span itself marked."""
        before, middle, after = self.context(span)
        return f"{esc(before)}<mark>{esc(middle)}</mark>{esc(after)}"

    def source_link(self, article_id: str) -> str:
        """A link to the article in the page, named by its outlet."""
        article = self.articles[article_id]
        return f'<a class="src" href="#{self.dom_ids[article_id]}">{esc(outlet(article))}</a>'

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
