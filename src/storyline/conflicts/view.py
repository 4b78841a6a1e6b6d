"""The values of one unit, and how alike two units' wordings are.

A unit's dates, figures, names and negation cues are found once, on first use,
however many pairs the unit is compared in. Every value rule reads the same
in-order token alignment of two units (the share of content words it matches)
and the same test of whether two values stand in the same place of the wording;
the wording thresholds they share are here.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date
from functools import cached_property
from itertools import accumulate

from ..claims import Unit
from ..dates import DateMention, find_dates
from ..matching import matching_blocks
from ..memo import story_memo
from ..model import Article
from ..segment import TOKEN
from ..values import STOPWORDS, Name, Quantity, clock_times, find_names, find_quantities, negation_cues, parity, stem

#: Values count as in the same place when this share of content words matches in order.
SAME_WORDING = 0.5
#: Sentences this alike (share of the longer one's words) differ in polarity, whatever the cues.
NEAR_IDENTICAL = 0.8
#: Below SAME_WORDING, values must also stand in the same place, and the wording share this much.
SOME_WORDING = 0.35
#: Wording this close makes any differing value of the same kind a conflict.
CLOSE_WORDING = 0.75
_SCOPE = 10
#: Adverbs a negation reaches past: "has not already spotted" denies the spotting. (A manner
#: adverb is what it denies: "not purposefully slowing" still slows.)
_ASPECT = {"already", "still", "even", "actually", "really"}
#: A sentence that ends like one (a title or a date line does not): the first such ends an opening.
_SENTENCE_END = re.compile(r"[.!?]['\"”’`)]*\s*$")
#: Where a negated clause ends; the period of an initial ("U.N. sanctions") ends nothing.
_CLAUSE_END = re.compile(r"[;:]|,\s|(?<!\b[A-Z])[.!?]['\"”’`]*\s|\s(?:and|but|or|as well as)\s")


class _View:
    """The values of one unit, computed on first use."""

    def __init__(self, unit: Unit, article: Article, anchor: str | None) -> None:
        self.unit, self.article, self.anchor = unit, article, anchor
        self.judged: dict[tuple, bool] = {}  # see _per_figure

    @cached_property
    def published(self) -> date | None:
        """The day the unit's report came out (its anchor), when known to the day."""
        try:
            return date.fromisoformat(self.anchor[:10]) if self.anchor and len(self.anchor) >= 10 else None
        except ValueError:
            return None

    @cached_property
    def dates(self) -> list[DateMention]:
        return find_dates(self.article.text, self.anchor, self.unit.start, self.unit.end)

    @cached_property
    def quantities(self) -> list[Quantity]:
        skip = tuple((d.start, d.end) for d in self.dates)
        return find_quantities(self.article.text, self.unit.start, self.unit.end, skip)

    @cached_property
    def names(self) -> list[Name]:
        """Names outside the figures: a capitalised qualifier opening a sentence ("Close to
        74,000", "Nearly 37,000") is part of its figure, not someone it belongs to."""
        spans = [(q.start, q.end) for q in self.quantities]
        return [n for n in find_names(self.article.text, self.unit.start, self.unit.end, owners=True)
                if not any(s <= n.start < e for s, e in spans)]

    @cached_property
    def tokens(self) -> list[tuple[str, int, int]]:
        text = self.article.text
        return [(stem(m.group()), m.start(), m.end()) for m in TOKEN.finditer(text, self.unit.start, self.unit.end)]

    @cached_property
    def context_tokens(self) -> list[tuple[str, int, int]]:
        """Tokens outside the dates: the wording a date stands in ("Saturday, January 8"
        alone, a dateline, has none)."""
        return [t for t in self.tokens if not any(d.start <= t[1] < d.end for d in self.dates)]

    @cached_property
    def stems(self) -> tuple[str, ...]:
        """The stems of the tokens: all that the wording comparisons read."""
        return tuple(t[0] for t in self.tokens)

    @cached_property
    def token_starts(self) -> list[int]:
        return [t[1] for t in self.tokens]

    @cached_property
    def token_ends(self) -> list[int]:
        return [t[2] for t in self.tokens]

    @cached_property
    def stem_set(self) -> frozenset[str]:
        return frozenset(self.stems)

    @cached_property
    def context_stems(self) -> tuple[str, ...]:
        return tuple(t[0] for t in self.context_tokens)

    @cached_property
    def context_set(self) -> frozenset[str]:
        return frozenset(self.context_stems)

    @cached_property
    def name_words(self) -> tuple[tuple[str, ...], ...]:
        """The words of each name: all that telling names apart reads."""
        return tuple(n.words for n in self.names)

    @cached_property
    def content_words(self) -> frozenset[str]:
        """Content words other than figures (the figures are what two units may differ in)."""
        return frozenset(t[0] for t in self.tokens if t[0] not in STOPWORDS and not t[0].isdigit())

    @cached_property
    def content(self) -> int:
        """The number of content words."""
        return sum(1 for t in self.tokens if t[0] not in STOPWORDS)

    @cached_property
    def times(self) -> set[str]:
        return clock_times(self.article.text, self.unit.start, self.unit.end)

    @cached_property
    def cues(self) -> list[tuple[int, int]]:
        return negation_cues(self.article.text, self.unit.start, self.unit.end)

    @cached_property
    def polarity(self) -> int:
        return parity(self.cues)

    @cached_property
    def negated(self) -> list[list[str]]:
        """For each cue, the content words it negates: the few words after it, within the
        clause (a sentence that ends inside a quotation ends the clause too), aspect adverbs aside."""
        text, scopes = self.article.text, []
        for _, end in self.cues:
            clause = _CLAUSE_END.split(text[end:self.unit.end], maxsplit=1)[0]
            scopes.append([w for w in TOKEN.findall(clause)[:_SCOPE]
                           if w.lower() not in STOPWORDS and w.lower() not in _ASPECT])
        return scopes

    @cached_property
    def scope_words(self) -> set[str]:
        """Content words under negation; names are context, not the negated fact."""
        return {stem(w) for scope in self.negated for w in scope if w[0].islower()}

    @cached_property
    def opening(self) -> bool:
        """Whether the unit is in its article's opening: the title and the lede, up to the end of
        the first full sentence (a title and a date line have no final stop)."""
        for sentence in self.article.sentences:
            if _SENTENCE_END.search(self.article.sentence_text(sentence)):
                return self.unit.start < sentence.end
        return True

    @cached_property
    def article_words(self) -> frozenset[str]:
        return _words(self.article.text)


@story_memo(maxsize=256)  # one article holds many units
def _words(text: str) -> frozenset[str]:
    """The words of a text, lower-cased."""
    return frozenset(m.group().lower() for m in TOKEN.finditer(text))


def _token_range(view: _View, start: int, end: int) -> tuple[int, int]:
    """The tokens overlapping ``[start, end)`` ("96" of "96-seat" too), found by bisection: a
    unit's tokens follow one another, so their starts and ends both increase."""
    first, stop = bisect_right(view.token_ends, start), bisect_left(view.token_starts, end)
    return (first, stop) if first < stop else (-1, -1)


def _same_place(u: _View, v: _View, span_u: tuple[int, int], span_v: tuple[int, int], both_sides: bool) -> bool:
    """Whether two values stand in the same place of the wording: the same word right before
    them, or both opening their units (or the same word right after them, or both closing
    them; both sides for names)."""
    ra, rb = _token_range(u, *span_u), _token_range(v, *span_v)
    if ra[0] < 0 or rb[0] < 0:
        return False
    before = (ra[0] == rb[0] == 0) or (ra[0] > 0 and rb[0] > 0 and u.tokens[ra[0] - 1][0] == v.tokens[rb[0] - 1][0])
    after = (ra[1] == len(u.tokens) and rb[1] == len(v.tokens)) or (
        ra[1] < len(u.tokens) and rb[1] < len(v.tokens) and u.tokens[ra[1]][0] == v.tokens[rb[1]][0])
    return (before and after) if both_sides else (before or after)


def _overlaps(u: _View, v: _View, context: bool = False) -> tuple[float, float]:
    """Share of the shorter and of the longer unit's content words that an in-order token
    alignment matches (0..1 each); the same whichever unit comes first. With ``context``,
    only the words outside dates count (two datelines share no wording)."""
    a, b = (u.context_stems, v.context_stems) if context else (u.stems, v.stems)
    if (len(b), v.unit.article, v.unit.start) < (len(a), u.unit.article, u.unit.start):
        a, b = b, a
    return _matched_shares(a, b)


@story_memo(maxsize=1 << 16)  # versions and copies of a story tell the same sentences many times over
def _matched_shares(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[float, float]:
    """:func:`_overlaps` of two stem sequences, in the order given."""
    counted = _content_counts(a)
    matched = sum(counted[i + size] - counted[i] for i, _, size in matching_blocks(a, b))
    content = sorted((counted[-1], _content_counts(b)[-1]))
    return matched / max(1, content[0]), matched / max(1, content[1])


@story_memo(maxsize=1 << 13)
def _content_counts(words: tuple[str, ...]) -> list[int]:
    """How many of the first k words are content words, for k = 0 .. len(words)."""
    return [0, *accumulate(t not in STOPWORDS for t in words)]


def _shared_cues(u: _View, v: _View) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Each unit's negation cues within the stretch it shares with the other: from its first
    to its last content word matched in order. A cue in a sentence only one unit goes on to
    tell ("... he did not press charges") belongs to no statement of the other side."""
    a, b = u.tokens, v.tokens
    matched = [(i + k, j + k) for i, j, size in matching_blocks(u.stems, v.stems)
               for k in range(size) if a[i + k][0] not in STOPWORDS]
    if not matched:
        return [], []
    ends_u = (a[matched[0][0]][1], a[matched[-1][0]][2])
    ends_v = (b[matched[0][1]][1], b[matched[-1][1]][2])
    return ([c for c in u.cues if ends_u[0] <= c[0] < ends_u[1]],
            [c for c in v.cues if ends_v[0] <= c[0] < ends_v[1]])


def _unordered(u: _View, v: _View) -> float:
    """Share of the shorter unit's content words that the other states anywhere, in any order."""
    words_u, words_v = u.content_words, v.content_words
    shorter, longer = sorted((words_u, words_v), key=len)
    return len(shorter & longer) / max(1, len(shorter))
