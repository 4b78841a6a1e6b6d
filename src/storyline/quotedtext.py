"""One text prepared for attribution: its sentences and quotes, and the attribution record.

Shared by the passes of :mod:`storyline.attribution` (direct quotes, indirect
attributions) and the modules they call (:mod:`storyline.reports`,
:mod:`storyline.freequotes`, :mod:`storyline.regroup`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .quotemarks import QuoteSpan, quote_spans
from .segment import sentence_spans
from .speakers import Range, strip_span

_END_PUNCT = re.compile(r"[.!?]+$")


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution in a text: ``content`` has one or more parts."""

    kind: str  # direct | indirect
    content: tuple[Range, ...]
    speaker: Range | None
    cue: Range | None


class QuotedText:
    """One text with its sentences and quotes, looked up by offset, for the passes."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sentences = sentence_spans(text)
        self.starts = [s for s, _ in self.sentences]
        self.quotes = quote_spans(text)
        self.lower = text.lower()
        self.quote_starts = [q.start for q in self.quotes]
        self.direct_speakers: dict[int, Range] = {}  # sentence start -> speaker of a direct quote

    def sentence(self, at: int) -> Range:
        index = bisect_right(self.starts, at) - 1
        if index < 0:
            return 0, len(self.text)
        return self.sentences[index]

    def in_quote(self, at: int) -> QuoteSpan | None:
        """The quote holding offset ``at`` (quotes do not overlap)."""
        index = bisect_right(self.quote_starts, at) - 1
        if index >= 0 and at < self.quotes[index].end:
            return self.quotes[index]
        return None


MARKS = "\"“”‘’'«»„ "


def content_end(text: str, start: int, end: int) -> int:
    """Drop a sentence's final full stop unless it sits inside closing quotes."""
    end = strip_span(text, start, end)[1]
    match = _END_PUNCT.search(text, start, end)
    return match.start() if match else end
