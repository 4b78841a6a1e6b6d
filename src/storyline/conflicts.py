"""Conflicts: aligned statements of different outlets whose values disagree.

Every pair of aligned units (same claim, or a candidate pair scoring high
enough) from different reports is compared value by value:

- **number**: amounts counting the same thing (same unit, or the same next
  word) whose tolerance intervals do not overlap, when neither amount is
  stated anywhere in the other sentence;
- **date**: calendar values (weekdays resolved against the publication date,
  or, for an undated article, the date of a dated copy of its text) that
  disagree at their common precision;
- **spelling**: two names whose words pair up within a small edit distance;
- **name**: a different name in the same place of otherwise matching wording
  (the token alignment shows the two names replacing each other);
- **polarity**: one side negates or denies what the other affirms, with the
  rest of the wording matching.

Precision first: two sentences that differ in two kinds of value (or in a
value and in negation) state different facts; a figure or date next to a name
the other side lacks belongs to someone else; a value the story states three
or more ways is a series (aftershocks, race stages), not a conflict; the
openings (title and lede) of reports of different days tell each day's own
news. Two units dating their event alike tell one event, whichever day each
report told it.

A side stated by a derived article whose source states the other value is
``drift``: the derived article changed a fact of its source. Findings with
the same values that share a unit are merged, so each conflict lists every
article on each side.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from calendar import monthrange
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property, lru_cache, wraps
from itertools import accumulate, pairwise

import numpy as np

from . import matching
from .bound import analysed_articles
from .claims import Alignment, Unit, alignment, claim_ids, score_lookup, unit_span
from .components import UnionFind
from .dates import DateMention, find_dates, yearless
from .matching import matching_blocks
from .model import Article, Brief, Conflict, ConflictValue, Provenance
from .repeats import Repeats
from .segment import TOKEN
from .settings import Settings
from .values import (
    STOPWORDS,
    Name,
    Quantity,
    clock_times,
    common_prefix,
    edit_distance,
    find_names,
    find_quantities,
    negation_cues,
    parity,
    quantities_agree,
    same_slot,
    same_words,
    spelling_variant,
    stem,
    variant_words,
)

#: Candidate pairs outside a claim are compared from this score on.
COMPARE = 0.25
#: Values count as in the same place when this share of content words matches in order.
SAME_WORDING = 0.5
#: Share of the negated words that the affirming side must state: in aligned units, and
#: in units not aligned as wholes (a denial that shares little else with the report).
POLARITY_COVER = 0.75
UNALIGNED_COVER = 0.75
#: ...and mean much the same (embedding cosine; lexical-only runs skip this path).
UNALIGNED_MEANING = 0.35
#: Sentences this alike (share of the longer one's words) differ in polarity, whatever the cues.
NEAR_IDENTICAL = 0.8
#: Aligned units compared for polarity must share this much wording.
POLARITY_WORDING = 0.65
#: Figures of reports published this many days apart are updates, not contradictions...
UPDATE_DAYS = 1
#: ...unless their sentence dates the event this many days before the report (a past event).
SETTLED_DAYS = 30
#: The preposition of a date in a sentence: "in June", "on June 1st".
_TIME_PREPOSITION = re.compile(r"\b(?:on|in|during|since)\s+$", re.IGNORECASE)
#: A headline or lede without a date of its own tells the news of its report's day or of the
#: days just before it (a weekly or a wiki reports a quake two days on)...
NEWS_DAYS = 3
#: ...which matters for a measure of one moment of one event, never a daily series (shares,
#: polls and stage results move from day to day): a quake's magnitude.
_EVENT_MEASURES = frozenset({"magnitude"})
#: The shock a magnitude measures ("tremor" names either).
_SHOCKS = {"earthquake": "main", "quake": "main", "temblor": "main", "aftershock": "after", "foreshock": "before"}
#: Below SAME_WORDING, values must also stand in the same place, and the wording share this much.
SOME_WORDING = 0.35
#: Wording this close makes any differing value of the same kind a conflict.
CLOSE_WORDING = 0.75
#: The shorter unit's words this fully matched: it is the same sentence as the start of the longer one.
CONTAINED = 0.9
_WEAK_WORDING = 0.1
#: Units of one claim this alike tell one event, whose weekday must agree across days...
_RETOLD = 0.7
#: ...unless the weekday is a cut-off ("by Friday evening").
_CUTOFF = re.compile(r"\b(?:by|as of)\s+$", re.IGNORECASE)
#: A sentence told again inside another needs this many content words to count as told again.
_CONTAINED_WORDS = 6
#: Dates are compared in units sharing at least this many content words besides the dates
#: ("the fiscal year ends on Sept. 30" and "the new fiscal year began Oct. 1" share two).
_DATE_CONTEXT = 3
_SCOPE = 10
_UNALIGNED_SCOPE = 4
#: Stems of words that make a figure a count of a developing story (casualties, votes, weather).
_TALLY = re.compile(r"die|died|dead|death|fatality|kill|injur|injury|wound|miss|missing|hurt|casualty|victim"
                    r"|drown|drowning|live|life"
                    r"|vote|poll|temperature|low|high")
#: ...of which these only grow: a later report may raise a toll, never lower it (the missing,
#: the homeless, votes and temperatures move both ways).
_TOLL = re.compile(r"die|died|dead|death|fatality|kill|injur|injury|wound|casualty|victim|drown|drowning")
#: Words near a figure that say it is still moving ("the toll rose to 151")...
_RUNNING = re.compile(r"\b(?:toll|rose|risen|reached|climbed|recovered|updates?)\b", re.IGNORECASE)
#: ...and words that make every figure of their sentence a running one ("with 22 percent counted").
_RUNNING_SENTENCE = re.compile(r"\b(?:counted|preliminary|partial|so far|as of|latest)\b", re.IGNORECASE)
#: A duration counted from the day of the report ("four days until", "two weeks ago"); "before"
#: only on its own: "32 minutes before the crash" counts from an event, which does not move.
_FROM_NOW = re.compile(r"\s*(?:until|till|before(?!\s+[\w$])|left|ago|remaining|to go|away|from now)\b",
                       re.IGNORECASE)
_DURATIONS = {"year", "month", "day", "hour", "minute", "second"}
#: A value stated this many different ways across linked units is a series, not a conflict.
SERIES = 3
#: Kinds of value that can form a series, or tell two events apart (spellings and polarity are no values).
_SERIES_KINDS = ("date", "number", "name")
#: Lone names this close to a figure say whose figure it is ("34 percent for his rival Lula").
_OWNER_REACH = 40
_REPORTING = {"said", "says", "told", "announced", "reported", "added", "stated", "confirmed", "denied"}
_BASE_CONFIDENCE = {"spelling": 0.9, "number": 0.85, "date": 0.85, "name": 0.75, "polarity": 0.65}
_DERIVED_ROLES = {"copy", "excerpt", "quotes", "rewrite", "derived"}


#: A year written out in a date ("March 28, 2007", "in '98").
_WRITTEN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b|['’]\d\d\b")
#: Cues that negate the very statement ("has not protested"), unlike denials and "no".
_PLAIN_CUES = {"not", "never"}
#: Auxiliaries as stemmed tokens ("does" is "doe").
_AUXILIARIES = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "doe", "did",
                "will", "would", "can", "could", "should", "may", "might", "must"}
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


@lru_cache(maxsize=256)  # one article holds many units
def _words(text: str) -> frozenset[str]:
    """The words of a text, lower-cased."""
    return frozenset(m.group().lower() for m in TOKEN.finditer(text))


@dataclass(frozen=True, slots=True)
class Finding:
    """One disagreement between units ``a`` and ``b`` (indices into the alignment)."""

    kind: str
    a: int
    b: int
    value_a: str
    normal_a: str
    value_b: str
    normal_b: str
    confidence: float


def _dates_agree(x: DateMention, y: DateMention) -> bool:
    if x.text.lower() == y.text.lower():
        return True  # the same words: any difference comes from resolving them, not the outlets
    shorter = min(len(x.value or ""), len(y.value or ""))
    return (x.value or "")[:shorter] == (y.value or "")[:shorter]


def _comparable_dates(x: DateMention, y: DateMention) -> bool:
    """Dates both with their year or both without; a year is compared with a day or month
    of a year at the year ("In 2008, his mother died" / "lost his mother in May 2011"). A date
    whose year is the report's own ("disappeared on June 1") is not compared with a date of
    another year written out ("lands ... on March 28, 2007"): a writer names a year other than
    the current one, so the two tell of different times."""
    if (x.value or "").startswith("--") != (y.value or "").startswith("--"):
        return False
    written = [bool(_WRITTEN_YEAR.search(m.text)) for m in (x, y)]
    return written[0] == written[1] or (x.value or "")[:4] == (y.value or "")[:4]


def _yearless(mention: DateMention) -> DateMention:
    """A month and day that could not be placed in a year (an undated article's "June 1")
    as ``--06-01``: still comparable with another year-less date."""
    value = yearless(mention)
    return replace(mention, value=value) if value else mention


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


@lru_cache(maxsize=1 << 16)  # versions and copies of a story tell the same sentences many times over
def _matched_shares(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[float, float]:
    """:func:`_overlaps` of two stem sequences, in the order given."""
    counted = _content_counts(a)
    matched = sum(counted[i + size] - counted[i] for i, _, size in matching_blocks(a, b))
    content = sorted((counted[-1], _content_counts(b)[-1]))
    return matched / max(1, content[0]), matched / max(1, content[1])


@lru_cache(maxsize=1 << 13)
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


def _relative_date(mention: DateMention) -> bool:
    """A date whose value depends on the day each outlet wrote ("a week ago", "last Thursday")."""
    return mention.precision == "relative" or bool(
        re.search(r"\b(?:ago|last|next|this|later|earlier|after|before)\b", mention.text.lower()))


def _statement_date(view: _View, mention: DateMention) -> bool:
    """A date of the reporting ("said Sunday", "said on Friday"): when a source spoke, not
    when the fact happened."""
    before = view.article.text[max(view.unit.start, mention.start - 16):mention.start].lower().split()[-2:]
    after = view.article.text[mention.end:min(view.unit.end, mention.end + 12)].lower().split()[:1]
    return any(w.strip(",.") in _REPORTING for w in before + after)


def _cutoff(view: _View, mention: DateMention) -> bool:
    """A date that says how far a count had got ("identified by Friday evening", "as of
    Monday"), not when an event happened: each day's report has its own."""
    return bool(_CUTOFF.search(view.article.text, max(view.unit.start, mention.start - 7), mention.start))


def _weekday_only(mention: DateMention) -> bool:
    return not re.search(r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", mention.text.lower())


def _per_figure(judge: Callable[[_View, Quantity], bool]) -> Callable[[_View, Quantity], bool]:
    """``judge`` of a unit's figure, remembered by the unit: a unit's figures are judged
    alike in every pair it is compared in."""

    @wraps(judge)
    def remembered(view: _View, quantity: Quantity) -> bool:
        key = (judge, quantity)
        if key not in view.judged:
            view.judged[key] = judge(view, quantity)
        return view.judged[key]

    return remembered


@_per_figure
def _tally(view: _View, quantity: Quantity) -> bool:
    """A count of a developing story (the dead, the injured, a share of the votes): people,
    or a casualty word among the two words before the figure or the words it counts ("killed
    32", "51 percent of the vote"; not "the dead and injured were of 38 nationalities")."""
    before = [t[0] for t in view.tokens if t[2] <= quantity.start][-2:]
    return quantity.unit == "person" or any(_TALLY.fullmatch(w) for w in (*before, *quantity.context))


@_per_figure
def _toll(view: _View, quantity: Quantity) -> bool:
    """A tally that only grows: the dead, the injured, the victims ("killed 32", "18 drownings")."""
    before = [t[0] for t in view.tokens if t[2] <= quantity.start][-2:]
    return any(_TOLL.fullmatch(w) for w in (*before, *quantity.context))


def _grown(u: _View, v: _View, x: Quantity, y: Quantity) -> bool:
    """Whether the figure of the later report may be at least that of the earlier one: a
    toll updated, not contradicted ("killed 12" on Monday, "killed 15" on Tuesday; a fall from
    15 to 12 is a conflict)."""
    earlier, later = (x, y) if (u.anchor or "")[:10] <= (v.anchor or "")[:10] else (y, x)
    return later.high >= earlier.low


def _period_end(value: str) -> date | None:
    """The last day of a calendar value ("1997-03" -> 1997-03-31)."""
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            return date(*parts)
        if len(parts) == 2:
            return date(parts[0], parts[1], monthrange(parts[0], parts[1])[1])
        return date(parts[0], 12, 31) if len(parts) == 1 else None
    except ValueError:
        return None


def _settled(view: _View) -> bool:
    """Whether the unit dates its event well before the report ("an attack at the market 16
    months ago that killed the two suicide bombers"): the counts of a past event no longer
    develop, so reports of different days must agree on them."""
    try:
        reported = date.fromisoformat((view.anchor or "")[:10])
    except ValueError:
        return False
    ends = (_period_end(d.value) for d in view.dates if d.value and not d.value.startswith("--"))
    return any(end is not None and (reported - end).days >= SETTLED_DAYS for end in ends)


@_per_figure
def _running(view: _View, quantity: Quantity) -> bool:
    """A count that says it is still moving: near "the toll rose to 151", or anywhere in a
    sentence such as "with 22 percent of the vote counted" or "in preliminary returns". A
    quake's magnitude measures one moment: "reached a magnitude of 6.9" does not run."""
    if quantity.unit == "magnitude":
        return False
    window = view.article.text[max(view.unit.start, quantity.start - 60):min(view.unit.end, quantity.end + 60)]
    return bool(_RUNNING.search(window) or _RUNNING_SENTENCE.search(view.unit.text))


@_per_figure
def _from_now(view: _View, quantity: Quantity) -> bool:
    """A duration counted from the day of the report ("with four days until", "two weeks ago")."""
    return quantity.unit in _DURATIONS and bool(_FROM_NOW.match(view.article.text, quantity.unit_end))


def _owners(view: _View, start: int, end: int, lone: list[Name]) -> bool:
    """Whether a name the other side does not mention stands close to the value at
    ``[start, end)``: whose figure or date it is ("34 percent for his main rival, Lula")."""
    return any(start - _OWNER_REACH <= n.end and n.start <= end + _OWNER_REACH
               and ";" not in view.article.text[min(n.end, start):max(n.start, end)] for n in lone)


def _kind(view: _View, quantity: Quantity) -> str | None:
    """What a figure measures: its unit, or "age" for "a 68-year-old" (no span of time)."""
    if quantity.unit == "year" and view.article.text[quantity.start:quantity.unit_end].endswith("old"):
        return "age"
    return quantity.unit


def _cites(u: _View, v: _View) -> bool:
    """Whether one article names the other's outlet ("..., Northwire reported"): a rewrite."""
    return any(a.source and len(a.source) > 3 and a.source in b.text
               for a, b in ((u.article, v.article), (v.article, u.article)))


def _compare_dates(u: _View, v: _View, overlap: float, wide: float, same_claim: bool,
                   lone: tuple[list[Name], list[Name]]) -> list[tuple[str, str, str, str]]:
    found: list[tuple[bool, int, tuple[str, str, str, str]]] = []
    # statement dates count in one sentence told twice, even with a quotation added to one side
    same_sentence = wide >= CLOSE_WORDING or overlap >= CONTAINED
    dates_u = [d for d in map(_yearless, u.dates)
               if d.value and not _relative_date(d) and (same_sentence or not _statement_date(u, d))]
    dates_v = [d for d in map(_yearless, v.dates)
               if d.value and not _relative_date(d) and (same_sentence or not _statement_date(v, d))]
    for x in dates_u:
        if any(_dates_agree(x, y) for y in dates_v):
            continue
        for y in dates_v:
            if not _comparable_dates(x, y) or any(_dates_agree(y, z) for z in dates_u):
                continue
            if (_apart(u, v) and not _cites(u, v) and (_weekday_only(x) or _weekday_only(y))
                    and not (same_claim and overlap >= _RETOLD and not (_cutoff(u, x) or _cutoff(v, y)))):
                continue  # "Sunday" in Sunday's paper and "Friday" in Friday's are different days
            if _owners(u, x.start, x.end, lone[0]) and _owners(v, y.start, y.end, lone[1]):
                continue  # dates of different people's acts ("In 1996, Castellon opened his probe")
            placed = _same_place(u, v, (x.start, x.end), (y.start, y.end), False)
            if overlap >= CLOSE_WORDING or (placed and (overlap >= SAME_WORDING or (
                    same_claim and x.precision != "year" and overlap >= _WEAK_WORDING))) or (
                    same_claim and overlap >= SOME_WORDING and _sole_event_dates(u, v, x, y)):
                found.append((not placed, y.start, (x.text, x.value, y.text, y.value)))
                break
    # each date of the other side answers one date of this side, the one in its place if any:
    # "flew on Sunday ... to visit Turkey on Monday" against "flew on Wednesday" is one
    # difference, not two (which would make three values of one series)
    first: dict[int, tuple[str, str, str, str]] = {}
    for _, at, values in sorted(found, key=lambda f: f[0]):  # placed first, else in text order
        first.setdefault(at, values)
    return list(first.values())


def _sole_event_dates(u: _View, v: _View, x: DateMention, y: DateMention) -> bool:
    """Whether ``x`` and ``y`` are the only dates of what happened in their units, to the day or
    month, each after a preposition (not a dateline), in units stating one figure alike: one
    claim's event, dated in other words ("crashed into the Atlantic in June, killing all 228" /
    "with 228 on board vanished from radar on June 1st"; not "the wreckage was found in
    October", another event of the same jet)."""
    return any(quantities_agree(a, b) and (a.unit == b.unit or a.amount == b.amount)
               for a in u.quantities for b in v.quantities) and all(
        sum(_event_date(view, d) for d in view.dates) == 1 and _event_date(view, mention)
        and _TIME_PREPOSITION.search(view.article.text, max(view.unit.start, mention.start - 7), mention.start)
        for view, mention in ((u, x), (v, y)))


def _compare_numbers(u: _View, v: _View, overlap: float, wide: float, lone: tuple[list[Name], list[Name]],
                     reordered: float = 0.0, own: bool = False, dated: bool = False, that_day: bool = False
                     ) -> list[tuple[str, str, str, str]]:
    found = []
    apart = _apart(u, v) and not _cites(u, v)
    # figures of reports from different days describe different moments, unless one
    # sentence of some substance is told again inside the other, or one claim is told in
    # another order (then only its figures counting the same thing, below, are compared), or
    # both date their event alike (``dated``: one event, whenever each report told it), or one
    # is a headline or lede of the days the other dates its event to (``that_day``)
    contained = overlap >= CLOSE_WORDING and min(u.content, v.content) >= _CONTAINED_WORDS
    loose = apart and wide < SAME_WORDING and not contained and not dated and not that_day
    if loose and reordered < SAME_WORDING:
        return []
    if u.times and v.times and not u.times & v.times:
        return []  # figures at different times of day: "(0700 GMT)" against "(1400 GMT)"

    def moving(view: _View, quantity: Quantity) -> bool:
        """An update rather than a contradiction: a count of a developing story or a time
        counted from the day of the report, in reports of different days; a figure that says
        it is still moving, unless the two sentences are the same but for it."""
        if apart and (_from_now(view, quantity) or (
                _tally(view, quantity) and not _settled(view) and not _toll(view, quantity))):
            return True
        return _running(view, quantity) and (apart or wide < NEAR_IDENTICAL)

    def stated(quantity: Quantity, others: list[Quantity], slot_only: bool) -> bool:
        """The figure appears in the other unit: as written (unless ``slot_only``), or
        compatible in the same slot."""
        return any((quantity.amount == other.amount and not slot_only) or (same_slot(quantity, other) and (
            quantities_agree(quantity, other))) for other in others)

    # what depends on one figure alone is decided once, not for every pair
    xs = [x for x in u.quantities if not moving(u, x)]
    ys = [y for y in v.quantities if not moving(v, y)]
    written_x = [stated(x, v.quantities, False) for x in xs]
    written_y = [stated(y, u.quantities, False) for y in ys]
    slotted_x = [stated(x, v.quantities, True) for x in xs]
    slotted_y = [stated(y, u.quantities, True) for y in ys]
    kinds_u, kinds_v = Counter(_kind(u, q) for q in u.quantities), Counter(_kind(v, q) for q in v.quantities)
    kind_x, kind_y = [_kind(u, x) for x in xs], [_kind(v, y) for y in ys]
    toll_x = [apart and _toll(u, x) and not _settled(u) for x in xs]
    toll_y = [apart and _toll(v, y) and not _settled(v) for y in ys]
    for i, x in enumerate(xs):
        for j, y in enumerate(ys):
            if (toll_x[i] or toll_y[j]) and _grown(u, v, x, y):
                continue  # a toll raised by a later report is an update ("killed 12" Monday, "15" Tuesday)
            if own and not (toll_x[i] or toll_y[j]):
                continue  # each day's news: another stage, another quake (a toll is one event's count)
            span_x, span_y = (x.start, x.unit_end), (y.start, y.unit_end)
            if written_x[i] or written_y[j]:
                # two figures with the same words on both sides, counting the same thing, replace
                # each other: "the two executives" / "the seven executives" of otherwise one
                # sentence is a conflict even if "two" counts something else elsewhere ("the two
                # companies"): only a figure of the same slot states them
                swapped = same_slot(x, y) and _same_place(u, v, span_x, span_y, True)
                if not swapped or (slotted_x[i] and not _told_twice(v, u, y, x)) or (
                        slotted_y[j] and not _told_twice(u, v, x, y)):
                    continue
            if _owners(u, x.start, x.unit_end, lone[0]) and _owners(v, y.start, y.unit_end, lone[1]):
                continue  # figures of different people or places
            placed = _same_place(u, v, span_x, span_y, False)
            measured = x.unit is not None and x.unit == y.unit and x.unit != "person"
            # an age ("a 68-year-old") is not crowded by a span of time ("four years is not enough")
            crowded = kinds_u[kind_x[i]] > 1 or kinds_v[kind_y[j]] > 1
            # durations share their unit with any other span of time: "campaigner for 20 years"
            # and "spent 10 years in prison" need the same place as well
            duration = kind_x[i] in _DURATIONS
            slotted = placed if crowded or duration else (same_slot(x, y) or placed)
            enclosed = placed and _same_place(u, v, span_x, span_y, True)  # same words before and after
            # units of one claim worded in another order, counting the same thing ("It took
            # 540,208 signatures to trigger a recall" / "The minimum needed to trigger a recall
            # was 1,080,416 signatures"); a unit word ("33-year-old", "one-year-old") says no more
            # than that the figures are ages
            recounted = (reordered >= SAME_WORDING and x.unit is None and y.unit is None
                         and bool(x.counted) and x.counted[:1] == y.counted[:1])
            if loose and not recounted:
                continue
            if measured and x.unit in _EVENT_MEASURES and _other_shocks(u, v, x, y):
                continue  # the main quake's magnitude and an aftershock's
            # one dated event's measure, told in other words ("Magnitude 6.9 earthquake hits
            # Chile" / "On March 11, Chile was hit by a second earthquake ... of magnitude 6.9")
            remeasured = (measured and x.unit in _EVENT_MEASURES and (dated or that_day) and not crowded
                          and reordered >= SAME_WORDING)
            if slotted and (overlap >= SAME_WORDING or recounted or remeasured or (
                    (measured or enclosed or dated) and (placed or dated) and overlap >= SOME_WORDING)):
                found.append((x.text, x.normalized, y.text, y.normalized))
                break
    return found


def _other_shocks(u: _View, v: _View, x: Quantity, y: Quantity) -> bool:
    """Whether two magnitudes measure different shocks, by the shock word nearest each figure
    in its unit: the main quake, one before it or one after it ("A magnitude 6.9 earthquake" /
    "A magnitude 5.8 aftershock"); a unit that names no shock can measure either."""
    def shock(view: _View, quantity: Quantity) -> str | None:
        near = [(abs(start - quantity.start), _SHOCKS[word]) for word, start, _ in view.tokens if word in _SHOCKS]
        return min(near)[1] if near else None

    first, second = shock(u, x), shock(v, y)
    return first is not None and second is not None and first != second


def _told_twice(u: _View, v: _View, x: Quantity, y: Quantity) -> bool:
    """Whether ``u`` tells ``v``'s sentence twice, once with ``y`` and once with ``x`` in its
    place (a headline or caption repeated in the lede: "Over 'seven and a half men' ...
    Over 'two and a half men'"), ``x`` disagreeing with ``y``: the copy of ``y`` in ``u`` does not
    make ``x`` agree."""
    return not quantities_agree(x, y) and any(
        z is not x and quantities_agree(z, y) and same_slot(z, y)
        and _same_place(u, v, (z.start, z.unit_end), (y.start, y.unit_end), True) for z in u.quantities)


def _opens(view: _View, name: Name) -> bool:
    """A one-word name opening its sentence: as likely a capitalised common word ("All", "Tribunal")."""
    return len(name.words) == 1 and name.start == view.unit.start


def _names_apart(u: _View, v: _View) -> tuple[tuple[list[Name], list[Name]], tuple[list[Name], list[Name]]]:
    """The lone names of each unit (:func:`_lone_words`) and, among them, the strangers
    (:func:`_stranger_words`)."""
    lone_u, lone_v, strange_u, strange_v = _name_sides(u.name_words, v.name_words)
    return (([u.names[k] for k in lone_u], [v.names[k] for k in lone_v]),
            ([u.names[k] for k in strange_u], [v.names[k] for k in strange_v]))


NameWords = tuple[tuple[str, ...], ...]


@lru_cache(maxsize=1 << 14)
def _alike_keys(words: tuple[str, ...]) -> tuple[tuple, ...]:
    """Keys that two names share whenever :func:`~storyline.values.same_words` holds: a
    word, or the first three letters of every word (the same words up to word forms)."""
    return (*(("w", w) for w in words), ("p", tuple(w[:3] for w in words)))


@lru_cache(maxsize=1 << 14)
def _kin_keys(words: tuple[str, ...]) -> tuple[tuple, ...]:
    """Keys that two names share whenever they share a word or are spelling variants (whose
    words pair up, each starting with the same letter)."""
    return (*(("w", w) for w in words), *_variant_keys(words))


@lru_cache(maxsize=1 << 14)
def _variant_keys(words: tuple[str, ...]) -> tuple[tuple, ...]:
    return (("f", tuple(w[0] for w in words)),)


@lru_cache(maxsize=1 << 13)  # each unit's names meet those of many others
def _index(names: NameWords, keys) -> dict[tuple, list[int]]:
    """The positions of the names by each of their ``keys`` (shared: not to be changed)."""
    index: dict[tuple, list[int]] = {}
    for k, words in enumerate(names):
        for key in keys(words):
            index.setdefault(key, []).append(k)
    return index


def _near(words: tuple[str, ...], index: dict[tuple, list[int]], keys) -> Iterator[int]:
    """The positions of the indexed names sharing a key with ``words`` (one may come twice):
    the only ones that can be the same name, kin or a spelling of it (the others are not compared)."""
    return (k for key in keys(words) for k in index.get(key, ()))


@lru_cache(maxsize=1 << 16)
def _name_sides(names_u: NameWords, names_v: NameWords) -> tuple[tuple[int, ...], ...]:
    """The positions of the lone names of each side, then of the strangers among them."""
    lone_u, lone_v = _lone_words(names_u, names_v)
    strange_u, strange_v = _stranger_words(tuple(names_u[k] for k in lone_u), tuple(names_v[k] for k in lone_v))
    return lone_u, lone_v, tuple(lone_u[k] for k in strange_u), tuple(lone_v[k] for k in strange_v)


def _lone_words(names_u: NameWords, names_v: NameWords) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The positions of the names of each unit that the other does not account for (by their
    words). A name is accounted for by an at-least-as-full mention of it: "George Will" is not
    accounted for by a bare "Will" elsewhere in the other sentence."""
    index_u, index_v = _index(names_u, _alike_keys), _index(names_v, _alike_keys)
    return (tuple(k for k, a in enumerate(names_u)
                  if not any(same_words(a, names_v[j]) and len(names_v[j]) >= len(a)
                             for j in _near(a, index_v, _alike_keys))),
            tuple(k for k, b in enumerate(names_v)
                  if not any(same_words(names_u[i], b) and len(names_u[i]) >= len(b)
                             for i in _near(b, index_u, _alike_keys))))


def _stranger_words(first: NameWords, second: NameWords) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The positions of the lone names (``first``, ``second``: their words) that share no word
    with, and are no spelling variant of, a lone name of the other side: other people or places
    ("Xiong Guoming" and "Xiong Gouming" are one swimmer, "Abdel Basset Ali al-Megrahi" and
    "Abdel Basset Megrahi" one suspect)."""

    def kin(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        return bool(set(a) & set(b)) or variant_words(a, b)

    index_first, index_second = _index(first, _kin_keys), _index(second, _kin_keys)
    return (tuple(k for k, a in enumerate(first)
                  if not any(kin(a, second[j]) for j in _near(a, index_second, _kin_keys))),
            tuple(k for k, b in enumerate(second)
                  if not any(kin(first[i], b) for i in _near(b, index_first, _kin_keys))))


@lru_cache(maxsize=1 << 16)
def _variant_pairs(names_u: NameWords, names_v: NameWords) -> tuple[tuple[int, int], ...]:
    """The positions of the names of each side spelled differently on the other, each spelling
    on its side only, in order."""
    spelled_u, spelled_v = set(names_u), set(names_v)
    index_v = _index(names_v, _variant_keys)
    return tuple((i, j) for i, a in enumerate(names_u) if a not in spelled_v
                 for j in sorted(set(_near(a, index_v, _variant_keys)))
                 if names_v[j] not in spelled_u and variant_words(a, names_v[j]))


def _spellings(u: _View, v: _View, overlap: float, lone: tuple[list[Name], list[Name]]
               ) -> list[tuple[str, str, str, str, str]]:
    """Names spelled differently, each spelling on one side only. A name of several words
    may be accounted for by a word form on the other side ("East Timorese" for "East Timor")
    and still be misspelled there ("East Temor"); a one-word name so accounted for is
    mentioned there ("Iran" by "Iranian": "Iraq" is another country)."""
    found = []
    for i, j in _variant_pairs(u.name_words, v.name_words):
        a, b = u.names[i], v.names[j]
        if len(a.words) == 1 and not (a in lone[0] and b in lone[1]):
            continue
        # a one-word name has no other word to vouch for it ("French" / "France"):
        # it needs the same place or matching wording
        if len(a.words) > 1 or overlap >= SAME_WORDING or _same_place(
                u, v, (a.start, a.end), (b.start, b.end), False):
            found.append(("spelling", a.text, " ".join(a.words), b.text, " ".join(b.words)))
    return found


def _same_role(u: _View, v: _View, a: Name, b: Name) -> bool:
    """Whether two names of as many words stand in the same place: the same words before and
    after them, or, when they share a word in the same position ("militant Islamic Jihad
    group" / "militant Islamic Hamas"), which anchors one end already, the same word on one
    side, provided the words in which they differ are named nowhere else in the other unit
    ("Abdel Basset Ali" is no other person than "Abdel Basset Megrahi" beside "al-Megrahi")."""
    if _same_place(u, v, (a.start, a.end), (b.start, b.end), True):
        return True
    if not any(x == y for x, y in zip(a.words, b.words, strict=True)):
        return False
    words_u = {w for n in u.names for w in n.words}
    words_v = {w for n in v.names for w in n.words}
    return (_same_place(u, v, (a.start, a.end), (b.start, b.end), False)
            and not (set(a.words) - set(b.words)) & words_v and not (set(b.words) - set(a.words)) & words_u)


def _alike(a: Name, b: Name) -> bool:
    """Whether two names differ only in alike words: "Lamen Khalifa Fhimah" / "Lamin Khalifah
    Fhimah" is one name spelled two ways, not another person."""
    return _alike_words(a.words, b.words)


@lru_cache(maxsize=1 << 16)
def _alike_words(words_a: tuple[str, ...], words_b: tuple[str, ...]) -> bool:
    return all(x == y or common_prefix(x, y) >= 3 or (x[0] == y[0] and edit_distance(x, y, 2) <= 2)
               for x, y in zip(words_a, words_b, strict=True))


def _compare_names(u: _View, v: _View, overlap: float, wide: float, lone: tuple[list[Name], list[Name]],
                   strangers: tuple[list[Name], list[Name]]) -> list[tuple[str, str, str, str, str]]:
    """Spellings, and a name put in the place of another. One name replaces another only where
    one side names nobody else the other side does not: two lists that differ in several names
    ("cities such as Santiago, ... Temuco" / "cities such as Valparaiso, ... Concepcion") are
    two selections, not one name swapped."""
    found = _spellings(u, v, overlap, lone)
    if min(len(strangers[0]), len(strangers[1])) > 1:
        return found
    placed = [(a, b) for a in lone[0] for b in lone[1]
              if overlap >= SAME_WORDING and len(a.words) == len(b.words) and _same_role(u, v, a, b)]
    if wide >= NEAR_IDENTICAL:
        placed += [(a, b) for a, b in _replaced_names(u, v) if (a, b) not in placed and len(a.words) == len(b.words)]
    for a, b in placed:
        if (not spelling_variant(a, b) and not (_opens(u, a) or _opens(v, b)) and not _alike(a, b)
                and not (set(a.words) <= v.article_words and set(b.words) <= u.article_words)):
            found.append(("name", a.text, " ".join(a.words), b.text, " ".join(b.words)))
    return found


def _replaced_names(u: _View, v: _View) -> list[tuple[Name, Name]]:
    """In one sentence told twice, each name one side puts where the other puts another: the
    in-order token alignment replaces words of a name by words of a name. It finds a swap the
    lone names miss when the replaced name recurs on the swapping side ("lost confidence in the
    Windows CE software ... in lieu of Windows CE" with "Windows NT" in the first place)."""
    pairs = []
    i1 = j1 = 0
    for i2, j2, size in [*matching_blocks(u.stems, v.stems), (len(u.tokens), len(v.tokens), 0)]:
        if i2 > i1 and j2 > j1:  # words on both sides between two matched runs: replaced
            a = _name_around(u.names, u.tokens[i1][1], u.tokens[i2 - 1][2])
            b = _name_around(v.names, v.tokens[j1][1], v.tokens[j2 - 1][2])
            if a and b:
                pairs.append((a, b))
        i1, j1 = i2 + size, j2 + size
    return pairs


def _name_around(names: list[Name], start: int, end: int) -> Name | None:
    """The name that holds the text at ``[start, end)``, if any."""
    return next((n for n in names if n.start <= start and end <= n.end), None)



def _heads_stated(negated: _View, affirmed: _View) -> bool:
    """Whether the other side states a negated word itself, the first under some cue ("no
    surprise" is not denied by "the results were expected"; "is not Catholic" is by "is Catholic")."""
    other = {t[0] for t in affirmed.tokens}
    return any(scope and stem(scope[0]) in other for scope in negated.negated)


def _plain_negation(negated: _View, affirmed: _View) -> bool:
    """Whether the other side reads as this one with a plain "not" or "never" taken out:
    the words either side of the cue stand together there ("Chile has not protested the
    arrest" / "The Chilean government has protested", "were not at the dance" / "were at the
    dance"), or, after an auxiliary, the verb it negates follows an auxiliary there too ("had
    not been rented" / "was rented"). A denial ("Syria denied supporting rebels") answers
    another outlet's claim instead, and "did not want to cut" is no negation of "wants to
    retain"."""
    other = affirmed.tokens
    pairs = {(a[0], b[0]) for a, b in pairwise(other)}
    auxiliary_before = {b[0] for a, b in pairwise(other) if a[0] in _AUXILIARIES}
    tokens = negated.tokens
    for s, e in negated.cues:
        if negated.article.text[s:e].lower() not in _PLAIN_CUES:
            continue
        k = next((k for k, t in enumerate(tokens) if t[1] == s), None)
        if k is None or not 0 < k < len(tokens) - 1:
            continue
        if (tokens[k - 1][0], tokens[k + 1][0]) in pairs:
            return True
        verb = next((t[0] for t in tokens[k + 1:] if t[0] not in _AUXILIARIES), None)
        if tokens[k - 1][0] in _AUXILIARIES and verb not in STOPWORDS and verb in auxiliary_before:
            return True
    return False


def _compare_polarity(u: _View, v: _View, cover: float = 0.6, wide: float = 0.0, claim: bool = False
                      ) -> list[tuple[str, str, str, str]]:
    """One side negates what the other affirms. Near-identical sentences (``wide`` >=
    NEAR_IDENTICAL) need nothing more (nor a negated content word: "were not there");
    otherwise the affirming side has no cue at all and states the words under the negation
    (at least three, or half the wording matches), or, for units of one ``claim``, the word
    a plain "not" negates."""
    if u.polarity == v.polarity:
        return []
    negated, affirmed = (u, v) if u.polarity < 0 else (v, u)
    bare = not any(negated.negated)  # "were not there": the cue negates no content word
    if not (_heads_stated(negated, affirmed) or (bare and wide >= NEAR_IDENTICAL)):
        return []
    if wide < NEAR_IDENTICAL:
        if affirmed.cues and affirmed.scope_words & negated.scope_words:
            return []  # both sides negate the same words: parity alone says too little
        scope = negated.scope_words
        other = {t[0] for t in affirmed.tokens}
        covered = bool(scope) and len(scope & other) / len(scope) >= cover and (len(scope) >= 3 or wide >= SAME_WORDING)
        if not (covered or (claim and _plain_negation(negated, affirmed))):
            return []
    text_u, text_v = u.article.text, v.article.text
    cues_u = [text_u[s:e] for s, e in u.cues]
    cues_v = [text_v[s:e] for s, e in v.cues]
    return [(", ".join(cues_u) or "affirmed", "negated" if u.polarity < 0 else "affirmed",
             ", ".join(cues_v) or "affirmed", "negated" if v.polarity < 0 else "affirmed")]


def _apart(u: _View, v: _View) -> bool:
    """Whether the two reports were published at least UPDATE_DAYS apart (figures of a
    developing story change: a later toll is an update, not a contradiction)."""
    if not (u.anchor and v.anchor and len(u.anchor) >= 10 and len(v.anchor) >= 10):
        return False
    try:
        gap = abs((date.fromisoformat(u.anchor[:10]) - date.fromisoformat(v.anchor[:10])).days)
    except ValueError:
        return False
    return gap >= UPDATE_DAYS


def compare(u: _View, v: _View, score: float, same_claim: bool = False) -> list[Finding]:
    """Every disagreement between two aligned units."""
    confidence_scale = 0.6 + 0.4 * min(1.0, score / 0.8)
    findings = []

    def add(kind: str, values: tuple[str, str, str, str]) -> None:
        findings.append(Finding(kind, -1, -1, *values, round(_BASE_CONFIDENCE[kind] * confidence_scale, 3)))

    if not (u.dates or u.quantities or u.names or u.polarity != v.polarity):
        return findings
    overlap, wide = _overlaps(u, v)
    lone, strangers = _names_apart(u, v)
    own = _own_news(u, v)
    shared = u.context_set & v.context_set
    if u.dates and v.dates and len(shared - STOPWORDS) >= _DATE_CONTEXT and not own:
        # the wording must match with the dates and without them (two datelines match only with)
        context, context_wide = _overlaps(u, v, context=True)
        for values in _compare_dates(u, v, min(overlap, context), min(wide, context_wide), same_claim, strangers):
            add("date", values)
    figures = bool(u.quantities and v.quantities)
    if figures:  # no figures on one side, no number to compare
        dated = _dated_alike(u, v)
        that_day = all(any(q.unit in _EVENT_MEASURES for q in w.quantities) for w in (u, v)) and (
            _told_that_day(u, v) or _told_that_day(v, u))
        reordered = _unordered(u, v) if same_claim or dated or that_day else 0.0
        for values in _compare_numbers(u, v, overlap, wide, strangers, reordered, own, dated, that_day):
            add("number", values)
    for kind, *values in _compare_names(u, v, overlap, wide, lone, strangers):
        if not (own and kind == "name"):
            add(kind, tuple(values))
    claim = same_claim and overlap >= SAME_WORDING
    if overlap >= POLARITY_WORDING or claim:
        for values in _compare_polarity(u, v, POLARITY_COVER, wide, claim):
            add("polarity", values)
    kinds = {f.kind for f in findings} - {"spelling", "polarity"}
    if kinds and _another_fact(u, v, kinds):
        return [f for f in findings if f.kind == "spelling"]
    return findings


def _another_fact(u: _View, v: _View, kinds: set[str]) -> bool:
    """Whether two units that differ in values of ``kinds`` differ in a second respect, and
    so state different facts: two kinds of value (another person and another figure), a
    different measure in one unit, a date in the same place ("the 2013 grade 8 test" / "the
    2014 grade 7 test"; these two whether or not their own rules report them), or negation
    within the stretch both state (parity alone misses "not ... no")."""
    if len(kinds) > 1 or ("date" not in kinds and _dated_apart(u, v)) or (
            "number" not in kinds and _measured_apart(u, v)):
        return True
    if not (u.cues or v.cues):
        return False
    cues_u, cues_v = _shared_cues(u, v)
    return parity(cues_u) != parity(cues_v) or bool(cues_u) != bool(cues_v)


def _dated_alike(u: _View, v: _View) -> bool:
    """Whether both units date their event alike, to the month at least ("vanished from radar
    on June 1st" / "crashed into the Atlantic Ocean in June"): one dated event, whichever day
    each report told it. Dates of the reporting ("said Sunday") and relative ones do not count."""
    return any(x.value[:len(y.value)] == y.value[:len(x.value)]  # at the common precision
               for x in u.dates if _event_date(u, x) for y in v.dates if _event_date(v, y))


def _told_that_day(told: _View, dated: _View) -> bool:
    """Whether ``told`` opens a report and dates no event of its own, and ``dated`` dates its
    event to a day of the NEWS_DAYS before that report: a headline tells its own days' news
    ("Magnitude 6.9 earthquake hits Chile" on March 13; "On March 11, Chile was hit by ...")."""
    if not (told.opening and told.anchor and len(told.anchor) >= 10) or any(
            _event_date(told, d) for d in told.dates):
        return False
    try:
        published = date.fromisoformat(told.anchor[:10])
        days = [date.fromisoformat(d.value[:10]) for d in dated.dates
                if d.precision == "day" and len(d.value or "") >= 10 and _event_date(dated, d)]
    except ValueError:
        return False
    return any(0 <= (published - day).days <= NEWS_DAYS for day in days)


def _event_date(view: _View, mention: DateMention) -> bool:
    """A date of the day or month of what happened, not of the reporting."""
    return bool(mention.value) and mention.precision in ("day", "month") and not (
        _relative_date(mention) or _statement_date(view, mention))


def _own_news(u: _View, v: _View) -> bool:
    """Whether the units open reports of different days (title or lede): each tells its own
    day's news, so values in which they differ belong to two events ("Vinokourov wins stage 13"
    on Saturday, "... wins stage 15" on Monday; "8.8 magnitude earthquake hits Chile" in
    February, "Magnitude 6.9 earthquake hits Chile" in March), unless they date their event
    alike, to the day (or one is undated and the other dates its event to that report's days),
    or one report names the other's outlet (a rewrite). A year both state
    ("the 2007 Tour de France") holds many days' news. Tolls keep their own rule: a count of
    one event's dead, told lower in a later report, conflicts wherever it stands."""
    if not (u.opening and v.opening and _apart(u, v)) or _cites(u, v):
        return False
    return not (_told_that_day(u, v) or _told_that_day(v, u) or any(
        x.value == y.value for x in u.dates for y in v.dates
        if x.value and x.precision == "day" and not _relative_date(x)))


def _measured_apart(u: _View, v: _View) -> bool:
    """Whether the units measure different amounts in one unit, each stated only on its own
    side ("110 kilometers northwest of Rancagua" / "64 kilometers west of Navidad": another
    place, and another distance from it), whether or not the number rules report them."""
    return any(x.unit is not None and x.unit == y.unit and not quantities_agree(x, y)
               and not any(quantities_agree(x, z) and z.unit == x.unit for z in v.quantities)
               and not any(quantities_agree(y, z) and z.unit == y.unit for z in u.quantities)
               for x in u.quantities for y in v.quantities)


def _dated_apart(u: _View, v: _View) -> bool:
    """Whether the units state different calendar dates in the same place, each stated only
    on its own side ("voted in June" and "imposed in 1992" are both told by each). A relative
    date does not set them apart: "Last Thursday" in a Friday paper may be the day before or
    a week back ("On Oct. 29, an assailant tried ..." / "Last Thursday, an assailant tried ...")."""
    dates_u, dates_v = ([d for d in view.dates if d.value and not _relative_date(d)] for view in (u, v))
    only_u = [x for x in dates_u if not any(_dates_agree(x, y) for y in dates_v)]
    only_v = [y for y in dates_v if not any(_dates_agree(x, y) for x in dates_u)]
    return any(_comparable_dates(x, y) and _same_place(u, v, (x.start, x.end), (y.start, y.end), False)
               for x in only_u for y in only_v)


def anchors(articles: tuple[Article, ...], provenance: Provenance | None) -> dict[str, str | None]:
    """The date each article's relative dates resolve against.

    An undated article borrows the earliest date of a dated article in its
    origin group, or of a dated article that carries one of its sentences
    word for word (a copy dates the wire story it copies).
    """
    dated = {a.id: a.published[:10] for a in articles if a.published}
    result: dict[str, str | None] = dict.fromkeys((a.id for a in articles), None)
    result.update(dated)
    by_sentence: dict[str, set[str]] = {}
    for article in articles:
        for sentence in article.sentences:
            key = " ".join(article.sentence_text(sentence).lower().split())
            if len(key) > 40:
                by_sentence.setdefault(key, set()).add(article.id)
    for article in articles:
        if article.id in dated:
            continue
        kin = set()
        if provenance is not None:
            group = provenance.groups.get(article.id)
            kin |= {a for a, g in provenance.groups.items() if g == group}
        for sentence in article.sentences:
            kin |= by_sentence.get(" ".join(article.sentence_text(sentence).lower().split()), set())
        candidates = sorted(dated[a] for a in kin if a in dated)
        result[article.id] = candidates[0] if candidates else None
    return result


def _role(provenance: Provenance | None, article: str) -> str:
    if provenance is None:
        return "independent"
    role = provenance.roles.get(article, "independent")
    return "derived" if role in _DERIVED_ROLES else role if role in ("origin", "independent") else "independent"


def _side_role(provenance: Provenance | None, articles: set[str]) -> str:
    roles = {_role(provenance, a) for a in articles}
    if "origin" in roles:
        return "origin"
    return "derived" if roles == {"derived"} else "independent"


def _derives(provenance: Provenance | None, derived: set[str], source: set[str]) -> bool:
    """Whether an article of ``derived`` derives from one of ``source``."""
    if provenance is None:
        return False
    return any(d.article in derived and d.source in source for d in provenance.derivations)


def _pairs(aligned: Alignment) -> list[tuple[int, int, float]]:
    """Unit pairs to compare: within a claim, or scoring at least COMPARE; different reports."""
    scores = score_lookup(aligned.scores)
    pairs = {}
    for group in aligned.groups:
        for x in group:
            for y in group:
                if x < y:
                    pairs[(x, y)] = float(scores.get((x, y), 0.0))
    coo = aligned.scores.tocoo()
    for x, y, score in zip(coo.row, coo.col, coo.data, strict=True):
        if x < y and score >= COMPARE:
            pairs[(int(x), int(y))] = float(score)
    units = aligned.units
    return sorted((x, y, s) for (x, y), s in pairs.items() if units[x].supporter != units[y].supporter)


def _negation_pairs(views: list[_View], aligned: Alignment, compared: set[tuple[int, int]]
                    ) -> list[tuple[int, int]]:
    """Pairs not aligned as wholes where one side denies what a claim reported by at least
    two outlets states: a denial often shares little wording with the report it denies."""
    vectors = aligned.vectors
    corroborated = {i for group in aligned.groups if len({aligned.units[k].supporter for k in group}) > 1
                    for i in group}
    pairs = []
    for x, view in enumerate(views):
        if view.polarity > 0:
            continue
        scope = view.scope_words
        if len(scope) < _UNALIGNED_SCOPE:
            continue
        # only units meaning much the same qualify: the others need not be looked at (a margin
        # for the rounding of the product; the test below is the exact one)
        for y in np.flatnonzero(vectors @ vectors[x] >= UNALIGNED_MEANING - 1e-3).tolist():
            other = views[y]
            key = (min(x, y), max(x, y))
            if (other.polarity > 0 and y in corroborated and other.unit.supporter != view.unit.supporter
                    and key not in compared
                    and len(scope & other.stem_set) / len(scope) >= UNALIGNED_COVER
                    and float(vectors[x] @ vectors[y]) >= UNALIGNED_MEANING):
                pairs.append(key)
    return sorted(set(pairs))


def find_findings(brief: Brief, aligned: Alignment) -> list[Finding]:
    """Pairwise disagreements between aligned units of different reports."""
    by_id = {a.id: a for a in brief.articles}
    anchor = anchors(brief.articles, brief.provenance)
    views = [_View(u, by_id[u.article], anchor[by_id[u.supporter].id if u.supporter in by_id else u.article])
             for u in aligned.units]
    findings = []
    pairs = _pairs(aligned)
    claim_of = {i: k for k, group in enumerate(aligned.groups) for i in group}
    repeats = Repeats(aligned.units, [v.article.text for v in views], [v.anchor for v in views])
    compared: dict[tuple, list[Finding]] = {}  # copies repeat units: each distinct pair is compared once
    for x, y, score in pairs:
        key = repeats.pair(x, y, score, claim_of[x] == claim_of[y])
        if key not in compared:
            compared[key] = compare(views[x], views[y], score, claim_of[x] == claim_of[y])
        findings.extend(replace(finding, a=x, b=y) for finding in compared[key])
    for x, y in _negation_pairs(views, aligned, {(x, y) for x, y, _ in pairs}):
        for values in _compare_polarity(views[x], views[y], UNALIGNED_COVER):
            findings.append(Finding("polarity", x, y, *values, round(_BASE_CONFIDENCE["polarity"] * 0.6, 3)))
    return _without_series(findings, views)


def _measure(view: _View, quantity: Quantity) -> tuple[str, str, str] | None:
    """A measure and its place: the unit with the content words just before and after it ("at
    a depth of 44.3 kilometers (27.5 miles)" is ("m", "depth", "mile"); "silver medalist in the
    200-meter butterfly" and "bronze medalist in the 800-meter medley" are two races). Counts of
    people and bare figures have none."""
    if quantity.unit in (None, "person"):
        return None
    before = [t[0] for t in view.tokens if t[2] <= quantity.start][-3:]
    after = [t[0] for t in view.tokens if t[1] >= quantity.unit_end][:3]
    words = [[w for w in side if w not in STOPWORDS and not w[0].isdigit()] for side in (before, after)]
    return (quantity.unit, words[0][-1], words[1][0]) if all(words) else None


def _own_measures(views: list[_View], findings: list[Finding]) -> dict[tuple[int, str], set[str]]:
    """For each side of a number finding, the other values its article gives the same measure in
    the same place ("a depth of 28.4 kilometers" beside "a depth of 44.3 kilometers"): an
    article that tells a measure several ways tells of several events or readings."""
    by_article: dict[str, list[_View]] = {}
    for view in views:
        by_article.setdefault(view.unit.article, []).append(view)
    found: dict[tuple[int, str], set[str]] = {}
    for f in findings:
        if f.kind != "number":
            continue
        for unit, normal in ((f.a, f.normal_a), (f.b, f.normal_b)):
            view = views[unit]
            keys = {_measure(view, q) for q in view.quantities if q.normalized == normal} - {None}
            found[(unit, normal)] = {q.normalized.split()[0] for other in by_article[view.unit.article]
                                     for q in other.quantities if keys and _measure(other, q) in keys}
    return found


def _without_series(findings: list[Finding], views: list[_View]) -> list[Finding]:
    """Drop the findings of a value the story states SERIES or more different ways, chained
    through the same value in the same unit: the depths of several aftershocks, the stages of
    a race, the places of several events. A measure a side's own article gives several values
    in the same place counts them all. One fact told two ways is a conflict; a run of values is
    a series. (Spellings and polarity are not values of this kind.)"""
    series = [f for f in findings if f.kind in _SERIES_KINDS]
    node: dict[tuple, int] = {}
    for f in series:
        node.setdefault((f.kind, f.a, f.normal_a), len(node))
        node.setdefault((f.kind, f.b, f.normal_b), len(node))
    linked = UnionFind(len(node))
    for f in series:
        linked.union(node[(f.kind, f.b, f.normal_b)], node[(f.kind, f.a, f.normal_a)])

    def group(f: Finding) -> int:
        return linked.find(node[(f.kind, f.a, f.normal_a)])

    values: dict[int, set[str]] = {}
    own = _own_measures(views, series)
    for f in series:  # a figure counts once with or without its unit ("48" and "48 year")
        shown = (f.normal_a, f.normal_b) if f.kind != "number" else (f.normal_a.split()[0], f.normal_b.split()[0])
        values.setdefault(group(f), set()).update(shown, *(own.get(side, ()) for side in (
            (f.a, f.normal_a), (f.b, f.normal_b))))
    return [f for f in findings if f.kind not in _SERIES_KINDS or len(values[group(f)]) < SERIES]


def merge(brief: Brief, aligned: Alignment, findings: list[Finding], unit_claim: dict[int, str]
          ) -> list[Conflict]:
    """Join findings with the same values that share a unit into conflicts with two sides; a
    name's two spellings are one conflict wherever they stand (a variant belongs to the name,
    not to one claim)."""
    linked = UnionFind(len(findings))
    seen: dict[tuple, int] = {}
    for k, f in enumerate(findings):
        values = tuple(sorted((f.normal_a, f.normal_b)))
        for unit in (f.a, f.b):
            key = (f.kind, values, None if f.kind == "spelling" else unit)
            if key in seen:
                linked.union(seen[key], k)
            else:
                seen[key] = k
    return [_conflict(brief, aligned, [findings[k] for k in group], unit_claim) for group in linked.groups()]


def _conflict(brief: Brief, aligned: Alignment, group: list[Finding], unit_claim: dict[int, str]) -> Conflict:
    sides: dict[str, dict] = {}
    for f in group:
        for unit, value, normal in ((f.a, f.value_a, f.normal_a), (f.b, f.value_b, f.normal_b)):
            side = sides.setdefault(normal, {"value": value, "units": set()})
            side["units"].add(unit)
    provenance = brief.provenance
    units = aligned.units
    values = []
    for normal, side in sides.items():
        supporters = {units[u].supporter for u in side["units"]}
        mentions = tuple(sorted({unit_span(units[u]) for u in side["units"]}))
        values.append(ConflictValue(side["value"], normal, mentions, _side_role(provenance, supporters)))
    values.sort(key=lambda v: ({"origin": 0, "independent": 1, "derived": 2}[v.role], v.mentions))
    kind = group[0].kind
    supporters = [{units[u].supporter for u in side["units"]} for side in sides.values()]
    if len(supporters) == 2 and (_derives(provenance, supporters[0], supporters[1])
                                 or _derives(provenance, supporters[1], supporters[0])
                                 or _drift_recorded(provenance, values)):
        kind = "drift"
    claim_units = sorted({u for f in group for u in (f.a, f.b)}, key=lambda u: (u not in unit_claim, u))
    claim = unit_claim.get(claim_units[0])
    confidence = min(0.99, max(f.confidence for f in group) + 0.02 * (len(claim_units) - 2))
    key = kind + "|" + group[0].kind + "|" + "|".join(f"{m.article}:{m.start}" for v in values for m in v.mentions)
    return Conflict("x" + hashlib.sha1(key.encode()).hexdigest()[:10], kind, claim, round(confidence, 3),
                    tuple(values), aspect=group[0].kind)


def _drift_recorded(provenance: Provenance | None, values: list[ConflictValue]) -> bool:
    """Whether provenance recorded a drift between spans of the two sides."""
    if provenance is None or not provenance.drift or len(values) != 2:
        return False
    first, second = set(values[0].mentions), set(values[1].mentions)

    def covers(spans, span) -> bool:
        return any(s.article == span.article and s.start < span.end and span.start < s.end for s in spans)

    return any((covers(first, d.source) and covers(second, d.derived))
               or (covers(second, d.source) and covers(first, d.derived)) for d in provenance.drift)


def conflicts(brief: Brief, settings: Settings) -> Brief:
    """Stage: fill ``brief.conflicts``, most confident first."""
    aligned = alignment(analysed_articles(brief, settings), settings.semantic)
    found = merge(brief, aligned, find_findings(brief, aligned), claim_ids(aligned))
    found.sort(key=lambda c: (-c.confidence, c.id))
    _forget()
    return replace(brief, conflicts=tuple(found))


def _forget() -> None:
    """Empty what the stage memoised for one story (its names and wordings recur; another
    story's hardly do): a corpus run briefs thousands of stories in one process."""
    for memo in (_content_counts, _alike_keys, _kin_keys, _variant_keys, _name_sides, _variant_pairs,
                 _alike_words, same_words, variant_words):
        memo.cache_clear()
    matching.forget()
