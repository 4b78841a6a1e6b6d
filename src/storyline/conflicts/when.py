"""Dates: calendar values in conflict, and which days each report tells of.

**date**: calendar values (weekdays resolved against the publication date, or,
for an undated article, the date of a dated copy of its text: :func:`anchors`)
that disagree at their common precision. Dates of the reporting ("said Sunday")
and relative dates ("last Thursday") tell no event.

The same dates decide what the number and name rules may compare: figures of
reports of different days describe different moments; the openings (title and
lede) of reports of different days tell each day's own news; two units dating
their event alike tell one event, whichever day each report told it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..dates import DateMention, yearless
from ..model import Article, Provenance
from ..values import Name, Quantity, quantities_agree
from .names import _owners
from .view import CLOSE_WORDING, SAME_WORDING, SOME_WORDING, _same_place, _View

#: Figures of reports published this many days apart are updates, not contradictions (unless
#: their sentence dates a past event: numbers.SETTLED_DAYS).
UPDATE_DAYS = 1
#: The preposition of a date in a sentence: "in June", "on June 1st".
_TIME_PREPOSITION = re.compile(r"\b(?:on|in|during|since)\s+$", re.IGNORECASE)
#: A headline or lede without a date of its own tells the news of its report's day or of the
#: days just before it (a weekly or a wiki reports a quake two days on); this matters for the
#: measures of one moment of one event (numbers._EVENT_MEASURES).
NEWS_DAYS = 3
#: The shorter unit's words this fully matched: it is the same sentence as the start of the longer one.
CONTAINED = 0.9
_WEAK_WORDING = 0.1
#: Units of one claim this alike tell one event, whose weekday must agree across days...
_RETOLD = 0.7
#: ...unless the weekday is a cut-off ("by Friday evening").
_CUTOFF = re.compile(r"\b(?:by|as of)\s+$", re.IGNORECASE)
_REPORTING = {"said", "says", "told", "announced", "reported", "added", "stated", "confirmed", "denied"}
#: A year written out in a date ("March 28, 2007", "in '98").
_WRITTEN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b|['’]\d\d\b")


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


#: A weekday's name ("last Thursday"), whichever week the writer meant.
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
#: A figure that is part of a name: "Flight 447", "Route 66".
_NAMED_FIGURE = re.compile(r"\b[A-Z][\w'’-]*\s+$")


def _named(view: _View, quantity: Quantity) -> bool:
    """Whether a figure is part of a name ("Flight 447")."""
    return bool(_NAMED_FIGURE.search(view.article.text, max(0, quantity.start - 30), quantity.start))


def _sole_event_dates(u: _View, v: _View, x: DateMention, y: DateMention) -> bool:
    """Whether ``x`` and ``y`` are the only dates of what happened in their units, to the day or
    month, each after a preposition (not a dateline), in units stating one figure alike: one
    claim's event, dated in other words ("crashed into the Atlantic in June, killing all 228" /
    "with 228 on board vanished from radar on June 1st"; not "the wreckage was found in
    October", another event of the same jet). A figure of a name ("Flight 447") ties nothing."""
    return any(quantities_agree(a, b) and (a.unit == b.unit or a.amount == b.amount)
               and not (_named(u, a) or _named(v, b))
               for a in u.quantities for b in v.quantities) and all(
        sum(_event_date(view, d) for d in view.dates) == 1 and _event_date(view, mention)
        and _TIME_PREPOSITION.search(view.article.text, max(view.unit.start, mention.start - 7), mention.start)
        for view, mention in ((u, x), (v, y)))


def _apart(u: _View, v: _View) -> bool:
    """Whether the two reports were published at least UPDATE_DAYS apart (figures of a
    developing story change: a later toll is an update, not a contradiction)."""
    if u.published is None or v.published is None:
        return False
    return abs((u.published - v.published).days) >= UPDATE_DAYS


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
    if not (told.opening and told.published) or any(_event_date(told, d) for d in told.dates):
        return False
    try:
        days = [date.fromisoformat(d.value[:10]) for d in dated.dates
                if d.precision == "day" and len(d.value or "") >= 10 and _event_date(dated, d)]
    except ValueError:
        return False
    return any(0 <= (told.published - day).days <= NEWS_DAYS for day in days)


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


def _dated_apart(u: _View, v: _View) -> bool:
    """Whether the units state different calendar dates in the same place, each stated only
    on its own side ("voted in June" and "imposed in 1992" are both told by each). A weekday
    read relative to the report does not set them apart: "Last Thursday" in a Friday paper may
    be the day before or a week back ("On Oct. 29, an assailant tried ..." / "Last Thursday, an
    assailant tried ..."); "two weeks ago" does."""
    dates_u, dates_v = ([d for d in view.dates if d.value and not (_relative_date(d) and _WEEKDAY.search(d.text))]
                        for view in (u, v))
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
