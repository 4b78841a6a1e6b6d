"""Sentence compression by deletion only: a compressed sentence is made of
pieces of the original, so every word of it is a word of the article.

Each rule proposes character ranges to delete inside one sentence; the kept
ranges (``pieces``) are what the summary shows, while the citation span still
covers the whole original sentence.
"""

from __future__ import annotations

import re

_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|last week)"
# ", officials said." / ", he told reporters Tuesday." / ", said John Smith, a spokesman."
_TRAILING_ATTRIBUTION = re.compile(
    r"(,\s+(?:(?:[^,\"“”`']{1,60}?\s)?(?:said|says|reported|told\s+[\w ]{1,40}?)"
    r"(?:\s+(?:on\s+)?" + _DAY + r"(?:\s+(?:night|morning|afternoon|evening))?)?"
    r"|said\s+[^\"“”`']{1,100}?|according\s+to\s+[^,\"“”`']{1,80}?))"
    r"(?=[.!]$)"
)
# The kept part ends inside ", which ..." or ", who ...": the "said" was its main verb.
_OPEN_RELATIVE = re.compile(r",\s(?:who|which)\b[^,]*$")
# "..., said in a statement that it ...": a reported clause follows, not an attribution.
_REPORTED_CLAUSE = re.compile(r"\bthat\b")

# "(8,464 feet)", "(1830 GMT)": short parentheticals, with the space before them.
_PARENTHETICAL = re.compile(r"\s\([^()\"“”]{1,60}\)")
# ", who ruled Chile for 17 years," between a name and its verb.
_RELATIVE_APPOSITIVE = re.compile(r"(?<=[A-Za-z]),\s(?:who|which)\s[^,;\"“”`']{1,100},(?=\s)")

Range = tuple[int, int]


def deletions(sentence: str, attributions: bool = True, parentheticals: bool = True,
              appositives: bool = False) -> list[Range]:
    """Ranges of ``sentence`` that can go without changing what it states."""
    ranges: list[Range] = []
    if attributions:
        match = _TRAILING_ATTRIBUTION.search(sentence)
        kept = sentence[: match.start()] if match else ""
        if match and len(kept.split()) >= 6 and not _OPEN_RELATIVE.search(kept) \
                and not _REPORTED_CLAUSE.search(match.group(1)):
            ranges.append(match.span(1))
    if parentheticals:
        ranges.extend(m.span() for m in _PARENTHETICAL.finditer(sentence) if len(m.group().split()) <= 6)
    if appositives:
        ranges.extend(m.span() for m in _RELATIVE_APPOSITIVE.finditer(sentence))
    return _disjoint(ranges)


def _disjoint(ranges: list[Range]) -> list[Range]:
    """Sorted ranges with overlaps merged."""
    merged: list[Range] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def keep(start: int, end: int, cut: list[Range]) -> tuple[Range, ...]:
    """The ranges of ``[start, end)`` left after deleting ``cut`` (same offsets)."""
    pieces: list[Range] = []
    cursor = start
    for cut_start, cut_end in _disjoint(cut):
        if cut_start > cursor:
            pieces.append((cursor, cut_start))
        cursor = max(cursor, cut_end)
    if cursor < end:
        pieces.append((cursor, end))
    return tuple(pieces)
