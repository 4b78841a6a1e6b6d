"""Numbers: amounts of two units that contradict each other.

**number**: amounts counting the same thing (same unit, or the same next word)
whose tolerance intervals do not overlap, when neither amount is stated
anywhere in the other sentence. Figures of a developing story (tolls, votes,
temperatures) in reports of different days are updates, not contradictions,
unless the sentence dates its event well in the past; a toll only grows, so a
lower toll in a later report still conflicts. Each judge of one figure alone is
remembered by its unit.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections import Counter
from collections.abc import Callable
from datetime import date
from functools import wraps

from ..values import Name, Quantity, quantities_agree, same_slot
from .names import _owners
from .view import CLOSE_WORDING, NEAR_IDENTICAL, SAME_WORDING, SOME_WORDING, _same_place, _View
from .when import _apart, _cites

#: Figures of reports of different days (when.UPDATE_DAYS) are updates, unless their sentence
#: dates the event this many days before the report (a past event).
SETTLED_DAYS = 30
#: A headline or lede tells the news of its report's days (when.NEWS_DAYS) for a measure of one
#: moment of one event, never a daily series (shares, polls and stage results move from day to
#: day): a quake's magnitude.
_EVENT_MEASURES = frozenset({"magnitude"})
#: The shock a magnitude measures ("tremor" names either).
_SHOCKS = {"earthquake": "main", "quake": "main", "temblor": "main", "aftershock": "after", "foreshock": "before"}
#: A sentence told again inside another needs this many content words to count as told again.
_CONTAINED_WORDS = 6
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
    if view.published is None:
        return False
    ends = (_period_end(d.value) for d in view.dates if d.value and not d.value.startswith("--"))
    return any(end is not None and (view.published - end).days >= SETTLED_DAYS for end in ends)


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


def _kind(view: _View, quantity: Quantity) -> str | None:
    """What a figure measures: its unit, or "age" for "a 68-year-old" (no span of time)."""
    if quantity.unit == "year" and view.article.text[quantity.start:quantity.unit_end].endswith("old"):
        return "age"
    return quantity.unit


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
    """Whether two magnitudes measure different shocks: the main quake, one before it or one
    after it ("A magnitude 6.9 earthquake" / "A magnitude 5.8 aftershock"). A magnitude's shock
    is the word right after its figure and unit, else the nearest shock word before it ("an
    aftershock of magnitude 5.8 shook the quake zone"); a unit that names none can measure either."""
    def shock(view: _View, quantity: Quantity) -> str | None:
        after = next((word for word, start, _ in view.tokens if start >= quantity.unit_end), None)
        if after in _SHOCKS:
            return _SHOCKS[after]
        before = [_SHOCKS[word] for word, start, _ in view.tokens if start < quantity.start and word in _SHOCKS]
        return before[-1] if before else None

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
