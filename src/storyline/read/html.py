"""HTML pages through trafilatura: main text plus title, author, date, site name, url."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from html import unescape

from ..model import Document

_QUOTE_TAG = re.compile(r"<quote>(.*?)</quote>", re.S)
_TAG = re.compile(r"<[^>]+>")
_NEWLINE_RUN = re.compile(r"\n[ \t\n]*")
_DOC = re.compile(r"<doc\b([^>]*)>")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
MIN_WORDS = 5  # fewer extracted words than this is a page without an article
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.I)


@lru_cache(maxsize=1)
def _config():
    """trafilatura's settings, imported on the first page (text and JSONL inputs never pay for it)."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # no signal-based timeout: thread-safe
    return config


class NoArticleText(ValueError):
    """The page has no extractable article text."""


def _text_and_blockquotes(xml: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Flatten trafilatura's XML into text, remembering ``<quote>`` ranges."""
    body = xml.split("<main>", 1)[-1].split("</main>", 1)[0]
    body = re.sub(r"</(p|head|list|item|table|row)>", "\n\n", body)  # </quote> is kept for below
    body = re.sub(r"<lb\s*/>", "\n", body)
    parts: list[str] = []
    quotes: list[tuple[int, int]] = []
    cursor = 0
    offset = 0
    for match in _QUOTE_TAG.finditer(body):
        before = unescape(_TAG.sub("", body[cursor:match.start()]))
        parts.append(before)
        offset += len(before)
        inner = unescape(_TAG.sub("", match.group(1)))
        quotes.append((offset, offset + len(inner)))
        parts.append(inner + "\n\n")
        offset += len(inner) + 2
        cursor = match.end()
    parts.append(unescape(_TAG.sub("", body[cursor:])))
    return "".join(parts), tuple(quotes)


def _normalize_paragraphs(text: str, quotes: tuple[tuple[int, int], ...]):
    """Collapse runs of blank lines to one paragraph break, keeping quote ranges aligned."""
    out: list[str] = []
    runs: list[tuple[int, int, int, int]] = []  # original start, end; new start, new length
    cursor = length = 0
    for match in _NEWLINE_RUN.finditer(text):
        out.append(text[cursor : match.start()])
        length += match.start() - cursor
        piece = "\n\n" if match.group().count("\n") > 1 else "\n"
        runs.append((match.start(), match.end(), length, len(piece)))
        out.append(piece)
        length += len(piece)
        cursor = match.end()
    out.append(text[cursor:])
    starts = [run[0] for run in runs]

    def moved(position: int) -> int:
        index = bisect_right(starts, position) - 1
        if index < 0:
            return position
        _, end, new_start, new_length = runs[index]
        return new_start if position < end else new_start + new_length + position - end

    flat = "".join(out)
    stripped = flat.strip()
    shift = len(flat) - len(flat.lstrip())
    remapped = []
    for start, end in quotes:
        new_start = max(0, moved(start) - shift)
        new_end = min(len(stripped), moved(end) - shift)
        while new_start < new_end and stripped[new_start].isspace():
            new_start += 1
        while new_end > new_start and stripped[new_end - 1].isspace():
            new_end -= 1
        if new_start < new_end:
            remapped.append((new_start, new_end))
    return stripped, tuple(remapped)


def _drop_leading_title(text: str, quotes: tuple[tuple[int, int], ...], title: str):
    """Drop a first paragraph that only repeats the title (the page's ``<h1>``)."""
    first, sep, rest = text.partition("\n\n")
    if not sep or " ".join(first.split()).casefold() != " ".join(title.split()).casefold():
        return text, quotes
    shift = len(first) + len(sep)
    return rest, tuple((start - shift, end - shift) for start, end in quotes if start >= shift)


def _doc_attributes(xml: str) -> dict[str, str]:
    """The metadata attributes of trafilatura's ``<doc ...>`` element, unescaped, non-empty."""
    head = _DOC.search(xml)
    if not head:
        return {}
    return {key: unescape(value).strip() for key, value in _ATTRIBUTE.findall(head.group(1))
            if value.strip()}


def _html_lang(html: str) -> str | None:
    """The ISO 639 code of ``<html lang="en-GB">``, lower-cased (``en``)."""
    match = _HTML_LANG.search(html[:4096])
    return match.group(1).lower() if match else None


def read_html(html: str, path: str | None = None, url: str | None = None) -> Document:
    """One article from an HTML page; raises :class:`NoArticleText` if it has none."""
    import trafilatura

    xml = trafilatura.extract(
        html, url=url, output_format="xml", with_metadata=True, include_comments=False,
        include_tables=False, favor_precision=False, config=_config(),
    )
    if not xml:
        raise NoArticleText("no article text found in the HTML")
    text, quotes = _text_and_blockquotes(xml)
    text, quotes = _normalize_paragraphs(text, quotes)
    if len(text.split()) < MIN_WORDS:  # trafilatura falls back to menus ("Home") on empty pages
        raise NoArticleText("no article text found in the HTML")
    meta = _doc_attributes(xml)  # with_metadata puts title, author, date... on <doc>
    title = meta.get("title")
    if title:
        text, quotes = _drop_leading_title(text, quotes, title)
    authors = tuple(a.strip() for a in re.split(r";|\band\b|,", meta.get("author", "")) if a.strip())
    return Document(
        text=text,
        title=title,
        source=meta.get("sitename"),
        url=meta.get("url") or url,
        published=meta.get("date"),
        authors=authors,
        language=meta.get("language") or _html_lang(html),
        path=path,
        blockquotes=quotes,
    )
