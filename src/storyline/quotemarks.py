"""Quoted passages of raw text: every quote style, across sentences and paragraphs.

Double quotes (straight ``"``, curly “ ”, guillemets « », low „, and the wire's
two backticks and two apostrophes) are paired in
one left-to-right pass. A quote that opens a paragraph and is not closed by
its end continues when the next paragraph opens with a quote mark (the news
convention for multi-paragraph quotes); each paragraph then yields its own
span. Single quotes (straight ``'`` and curly ‘ ’) are paired only outside
double quotes, and an apostrophe inside a word (don't, Jones’s) never opens
or closes one. Spans include their quote marks, as PolNeAR annotates them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# '' : two apostrophes, the New York Times' double quote; `` opens one in older wire copy (``Yes,'' he said)
_DOUBLE = re.compile(r"``|''|[\"“”«»„]")
_SINGLE = re.compile(r"['‘’]")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_OPEN_BEFORE = set(" \t\n([{—–-/:;“‘\"'")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """``text[start:end]`` is quoted, marks included; ``continued`` when the
    quote goes on in the next paragraph, ``continues`` when it carries on one."""

    start: int
    end: int
    continued: bool = False
    continues: bool = False

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - (0 if self.continued else 1)


def _role(text: str, at: int, width: int = 1) -> str:
    """open | close | either, from the mark itself and the characters around it."""
    mark = text[at]
    before = text[at - 1] if at else " "
    after = text[at + width] if at + width < len(text) else " "
    if mark in "“”":  # mistyped curly quotes ('“It's unusual,“ said'): the spacing decides
        if before not in _OPEN_BEFORE and (after.isspace() or after in ",.;:!?"):
            return "close"
        if before in _OPEN_BEFORE and not after.isspace():
            return "open"
    if mark in "“«„‘`":
        return "open"
    if mark in "”»":
        return "close"
    if mark == "’":
        return "close" if not after.isalnum() else "apostrophe"
    if before in _OPEN_BEFORE and not after.isspace():
        return "open"
    if not before.isspace():
        if mark == "'" and after.isalnum() and before.isalnum():
            return "apostrophe"
        return "close"
    return "either"


def _family(text: str, at: int) -> str:
    """Straight or typographic: a quote of one kind nests inside the other."""
    return "straight" if text[at] in "\"'`" else "curly"


def _paragraph_ends(text: str) -> list[int]:
    """Offsets where each paragraph's text ends (trailing white space excluded)."""
    ends = [m.start() for m in _PARAGRAPH.finditer(text)] + [len(text.rstrip())]
    return sorted(set(ends))


def _paragraph_end(ends: list[int], at: int) -> int:
    index = bisect_right(ends, at)
    if index < len(ends):
        return ends[index]
    return ends[-1] if ends else at


def _pair(text: str, marks: list[tuple[int, int]], ends: list[int], max_len: int) -> list[QuoteSpan]:
    """Quote spans from marks given as (offset, width)."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    continues = nested = False
    for at, width in marks:
        role = _role(text, at, width)
        if role == "apostrophe":
            continue
        inside = open_at is not None and _family(text, at) != _family(text, open_at) \
            and at < _paragraph_end(ends, open_at)
        if inside and (role == "open" or (nested and role in ("close", "either"))):
            nested = role == "open"  # '"... about “Equal Justice Under Law” anymore."': a quote inside
            continue
        if open_at is not None:
            nested = False
            para_end = _paragraph_end(ends, open_at)
            if at >= para_end:  # the quote ran to its paragraph end unclosed
                opens_paragraph = text.rfind("\n", 0, at) >= at - 3 or at == 0
                carried = role != "close" and opens_paragraph
                if carried or at - open_at <= max_len:
                    spans.append(QuoteSpan(open_at, para_end, continued=carried, continues=continues))
                open_at, continues = None, carried
            elif role in ("close", "either"):
                if at + width - open_at <= max_len:
                    spans.append(QuoteSpan(open_at, at + width, continues=continues))
                open_at, continues = None, False
                continue
            else:  # a second opener: keep the first (nested or mis-typed)
                continue
        if role in ("open", "either"):
            open_at = at
        else:
            continues = False
    if open_at is not None:
        spans.append(QuoteSpan(open_at, _paragraph_end(ends, open_at), continued=False,
                               continues=continues))
    return spans


def quote_spans(text: str) -> list[QuoteSpan]:
    """All quoted spans of ``text`` in order: double quotes, then single quotes
    outside them."""
    ends = _paragraph_ends(text)
    double_marks = [(m.start(), m.end() - m.start()) for m in _DOUBLE.finditer(text)]
    doubles = _pair(text, double_marks, ends, max_len=6000)
    starts = [q.start for q in doubles]
    paired_apostrophes = {at + i for at, width in double_marks if width == 2 for i in (0, 1)}

    def outside(at: int) -> bool:
        index = bisect_right(starts, at) - 1
        return at not in paired_apostrophes and (index < 0 or at >= doubles[index].end)

    singles = [q for q in _pair(text, [(m.start(), 1) for m in _SINGLE.finditer(text) if outside(m.start())],
                                ends, max_len=400)
               if not q.continued and q.end - q.start > 3 and text[q.end - 1] in "'’"]
    return sorted(doubles + singles, key=lambda q: q.start)
