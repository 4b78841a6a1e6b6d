"""HTML pages through trafilatura: main text plus title, author, date, site name, url."""

from __future__ import annotations

import re
from html import unescape

import trafilatura
from trafilatura.settings import use_config

from ..model import Document

_CONFIG = use_config()
_CONFIG.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # no signal-based timeout: thread-safe
_QUOTE_TAG = re.compile(r"<quote>(.*?)</quote>", re.S)
_TAG = re.compile(r"<[^>]+>")


class NoArticleText(ValueError):
    """The page has no extractable article text."""


def _text_and_blockquotes(xml: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Flatten trafilatura's XML into text, remembering ``<quote>`` ranges."""
    body = xml.split("<main>", 1)[-1].split("</main>", 1)[0]
    body = re.sub(r"</(p|head|list|item|quote|table|row)>", "\n\n", body)
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
        parts.append(inner)
        offset += len(inner)
        cursor = match.end()
    parts.append(unescape(_TAG.sub("", body[cursor:])))
    return "".join(parts), tuple(quotes)


def _normalize_paragraphs(text: str, quotes: tuple[tuple[int, int], ...]):
    """Collapse runs of blank lines to one paragraph break, keeping quote ranges aligned."""
    out: list[str] = []
    mapping = [0] * (len(text) + 1)
    length = 0
    index = 0
    while index < len(text):
        mapping[index] = length
        if text[index] == "\n":
            end = index
            while end < len(text) and text[end] in " \t\n":
                end += 1
            newlines = text.count("\n", index, end)
            piece = "\n\n" if newlines > 1 else "\n"
            for position in range(index, end):
                mapping[position] = length
            out.append(piece)
            length += len(piece)
            index = end
            continue
        out.append(text[index])
        length += 1
        index += 1
    mapping[len(text)] = length
    flat = "".join(out)
    stripped = flat.strip()
    shift = len(flat) - len(flat.lstrip())
    remapped = []
    for start, end in quotes:
        new_start = max(0, mapping[start] - shift)
        new_end = min(len(stripped), mapping[end] - shift)
        while new_start < new_end and stripped[new_start].isspace():
            new_start += 1
        while new_end > new_start and stripped[new_end - 1].isspace():
            new_end -= 1
        if new_start < new_end:
            remapped.append((new_start, new_end))
    return stripped, tuple(remapped)


def read_html(html: str, path: str | None = None, url: str | None = None) -> Document:
    """One article from an HTML page; raises :class:`NoArticleText` if it has none."""
    xml = trafilatura.extract(
        html, url=url, output_format="xml", with_metadata=True, include_comments=False,
        include_tables=False, favor_precision=False, config=_CONFIG,
    )
    if not xml:
        raise NoArticleText("no article text found in the HTML")
    text, quotes = _text_and_blockquotes(xml)
    text, quotes = _normalize_paragraphs(text, quotes)
    if not text:
        raise NoArticleText("no article text found in the HTML")
    meta = trafilatura.extract_metadata(html, default_url=url)
    authors = ()
    if meta and meta.author:
        authors = tuple(a.strip() for a in re.split(r";|\band\b|,", meta.author) if a.strip())
    return Document(
        text=text,
        title=(meta.title if meta else None) or None,
        source=(meta.sitename if meta else None) or None,
        url=(meta.url if meta else None) or url,
        published=(meta.date if meta else None) or None,
        authors=authors,
        language=(meta.language if meta else None) or None,
        path=path,
        blockquotes=quotes,
    )
