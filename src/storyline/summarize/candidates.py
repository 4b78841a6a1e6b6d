"""Which sentences of a story may stand in a summary, and in what form.

News text has sentences that make poor summary sentences on their own:
wire datelines ("LONDON (AP) _"), bylines, questions, sentences that are all
quotation, sentences that lean on the one before ("He said ...", "But ..."),
and fragments or run-ons. This module drops those, strips datelines and
bylines, optionally compresses by deletion, and returns :class:`Candidate`
units with their stems, ready for any selector.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Article
from ..read.metadata import BYLINE, opening_cut
from ..segment import sentence_spans
from .compress import deletions, keep
from .text import stems, word_count

_QUOTED = re.compile(r"(?:``|“|\")(.*?)(?:''|”|\")", re.S)
_OPENS_WITH_QUOTE = re.compile(r"^[\s(]*(?:``|''|[\"“”'‘])")
# ", he added," / "she told reporters": a speaker only the previous sentences name.
_PRONOUN_SPEAKER = re.compile(
    r"\b(?:he|she|they)\s+(?:said|says|added|adds|told|explained|noted|stressed|continued|argued|wrote)\b",
    re.I)
_ENDS_STATEMENT = re.compile(r"[.!][\"'”’)\]]*$|\.''$")
# Words that make a sentence lean on its context when it opens with them.
CONTEXT_OPENERS = frozenset("""
he she they it we i you him her them his its their our my this these those that such there's
but and or so yet also still however meanwhile moreover furthermore instead nevertheless
nonetheless then thus therefore besides otherwise likewise similarly consequently hence
additionally indeed anyway rather both either neither another other others later earlier
""".split())  # noqa: SIM905


@dataclass(frozen=True, slots=True)
class Options:
    """How candidates are chosen and shaped.

    ``min_words``/``max_words`` bound a sentence's length in words;
    ``quotes`` admits sentences that open with or mostly are quotation (they
    can read on their own, but say less than a reported fact: a fallback);
    the ``compress_*`` flags enable deletion-only compression rules.
    """

    min_words: int = 8
    max_words: int = 40
    quotes: bool = False
    compress_attributions: bool = True
    compress_parentheticals: bool = True
    compress_appositives: bool = False


@dataclass(frozen=True, slots=True)
class Candidate:
    """A sentence that may enter the summary.

    ``start``/``end`` is the original sentence in article ``article`` (its
    index in the story); ``pieces`` are the kept ranges (article offsets) that
    make ``text``; ``length`` is ``text``'s word count.
    """

    article: int
    position: int
    start: int
    end: int
    pieces: tuple[tuple[int, int], ...]
    text: str
    length: int
    stems: tuple[str, ...]


def rejection(text: str, options: Options) -> str | None:
    """Why a (stripped) sentence cannot stand alone in a summary, or None."""
    count = word_count(text)
    if count < options.min_words:
        return "short"
    if count > options.max_words:
        return "long"
    if "?" in text:
        return "question"
    if not _ENDS_STATEMENT.search(text):
        return "fragment"
    opens_with_quote = bool(_OPENS_WITH_QUOTE.match(text))
    if not options.quotes:
        if opens_with_quote:
            return "quote"
        quoted = sum(len(m.group()) for m in _QUOTED.finditer(text))
        if quoted > 0.5 * len(text):
            return "quote"
    first = text.split(maxsplit=1)[0].strip("\"'`“‘(,").lower()
    if first in CONTEXT_OPENERS and not opens_with_quote:  # a quotation's "we" is its speaker's
        return "context"
    if BYLINE.match(text) and count <= 12:
        return "byline"
    return None


def _excluded_ranges(article: Article, story_sources: set[str]) -> list[tuple[int, int]]:
    """Quoted passages whose source is itself one of the story's articles."""
    return [(q.start, q.end) for q in article.quoted
            if q.source and q.source.lower() in story_sources]


def article_sentences(article: Article) -> list[tuple[int, int]]:
    """Sentence spans of an article (segmenting it when nobody did)."""
    if article.sentences:
        return [(s.start, s.end) for s in article.sentences]
    return sentence_spans(article.text)


def candidates(articles: tuple[Article, ...] | list[Article], options: Options | None = None
               ) -> list[Candidate]:
    """Every sentence of the story fit for a summary, in story order."""
    options = options or Options()
    story_sources = {a.source.lower() for a in articles if a.source}
    found: list[Candidate] = []
    for index, article in enumerate(articles):
        excluded = _excluded_ranges(article, story_sources)
        text = article.text
        for position, (start, end) in enumerate(article_sentences(article)):
            if any(q_start <= start and end <= q_end for q_start, q_end in excluded):
                continue
            cut = opening_cut(text[start:end])
            if rejection(text[start + cut : end], options):
                continue
            sentence = text[start:end]
            drop = [(0, cut)] if cut else []
            drop += deletions(sentence, options.compress_attributions,
                              options.compress_parentheticals, options.compress_appositives)
            pieces = tuple((start + a, start + b) for a, b in keep(0, len(sentence), drop))
            shown = "".join(text[a:b] for a, b in pieces).strip()
            if word_count(shown) < options.min_words or _PRONOUN_SPEAKER.search(shown):
                continue
            found.append(Candidate(index, position, start, end, pieces, shown,
                                   word_count(shown), tuple(stems(shown))))
    return found
