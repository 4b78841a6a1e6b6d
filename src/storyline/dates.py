"""Temporal expressions of news text, found and normalised to calendar values.

:func:`find_dates` scans a text with one compiled regular expression whose
alternatives are the date forms of English news: ISO and numeric dates,
"Sept. 29, 2019", "29 September 2019", "March 2018", "spring 2019", bare
years, "in January", "the end of the Bush administration", weekdays ("on Tuesday", "last Friday", "Monday, March
11"), deictic words ("yesterday", "last month") and offsets ("two months
later", "weeks after the decision"). Each match is then checked (a year must
not be a count, "May" must be the month) and resolved against the anchor, the
article's publication date:

- a bare weekday is the most recent such day on or before the anchor (news
  convention), or the next one on or after it when the clause looks forward
  ("until Wednesday", "will meet on Friday", "next Monday");
- a month or a day without a year is placed in the year that brings it
  nearest to the anchor: after it when the clause looks forward, before it
  when the sentence is in the past tense, else with the future counting double;
- offsets from the anchor ("three days ago", "last year") are computed;
  offsets from another event ("two months later") are left unresolved, and
  :func:`offset` gives their size for a caller that knows the event.

``value`` is ``None`` exactly when the expression cannot be placed on the
calendar from the text and the anchor alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .periods import PATTERN as PERIOD
from .periods import resolve_period

__all__ = ["DateMention", "Offset", "find_dates", "offset", "parse_anchor", "shift", "yearless"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A temporal expression at ``text[start:end]`` and its calendar value."""

    start: int
    end: int
    text: str
    value: str | None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    precision: str  # "day" | "month" | "year" | "relative"


@dataclass(frozen=True, slots=True)
class Offset:
    """How far a relative expression lies from its reference point.

    ``amount`` is ``None`` when vague ("weeks after"); ``sign`` is +1 (later),
    -1 (earlier) or 0 (the same ``unit``: "that day", "later that year").
    """

    amount: int | None
    unit: str  # day | week | month | year
    sign: int


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_MONTH_NUMBER = {name: i + 1 for i, name in enumerate(_MONTHS)}
_MONTH_NUMBER.update({name[:3]: i + 1 for i, name in enumerate(_MONTHS)})
_MONTH_NUMBER["sept"] = 9
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30,
}

_FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH = (_FULL_MONTH[:-1]
          + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?![A-Za-z]))")
# Lower-cased running text ("in may 2014") names a month only with its year next to it.
_LOWER_MONTH = _FULL_MONTH.lower()
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:1[0-9]\d\d|20\d\d|21\d\d)(?![\d])"
# The year after a day range ("June 13 and 14, 2007"), never a count ("March 3 and 4, 2000 protesters").
_RANGE_YEAR = r"(?:19|20)\d\d(?![\d%]|\s+[a-z]+\b(?<!\bin)(?<!\bon)(?<!\bat))"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAYPART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_COUNT = (r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
          r"|twenty|thirty|a\s+few|few|several|some|many)")
_UNIT = r"(?:day|week|month|year)"
_CUE = (r"(?:in|since|until|till|by|during|from|through|to|before|after|of|last|next|this|early|between|"
        r"late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of)")
# Months that are also names ("Theresa May", "June Carter") need a cue that
# a name cannot follow.
_NAME_MONTHS = {"may", "june", "april", "august"}
_NAME_SAFE_CUES = {"in", "since", "until", "till", "during", "early", "late", "mid-", "last", "next", "this"}

# Every match starts with a digit, a capital or one of these words: checking
# that first halves the cost of scanning ordinary text.
_FIRST_WORDS = (
    r"(?=\d|[A-Z]|(?:in|since|until|till|by|during|from|through|to|before|after|of|last|next|this|"
    r"early|late|mid|the|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|few|several|some|many|yesterday|today|tonight|tomorrow|earlier|later|coming|past|"
    r"that|spring|summer|autumn|fall|winter|days?|weeks?|months?|years?|january|february|march|april|may|"
    r"june|july|august|september|october|november|december)\b)"
)

_PATTERN = re.compile(
    rf"""(?<!\w){_FIRST_WORDS}(?:
    (?P<iso>(?<![\d.,/-])\d{{4}}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?(?![\d-]))
  | (?P<numeric>(?<![\d.,/-])\d{{1,2}}[/.]\d{{1,2}}[/.](?:19|20)\d\d(?![\d.]\d))
  | (?P<period>{PERIOD})
  | (?P<mdy>(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}(?:\s*(?:-|–|and|or|to)\s*{_DAY}(?=\s*,?\s*{_RANGE_YEAR}))?
        (?:(?:\s*,\s*|\s+){_YEAR})?)
  | (?P<dmy>(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?<!\d){_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?)
  | (?P<my>(?:{_MONTH}|{_LOWER_MONTH}),?\s+(?:of\s+)?{_YEAR})
  | (?P<month_deictic>{_MONTH}\s+(?:of\s+)?(?:this|last|next)\s+year\b)
  | (?P<season>(?i:spring|summer|autumn|fall|winter)\s+(?:of\s+)?{_YEAR})
  | (?P<month>(?i:\b{_CUE}\s+(?:(?:early|late)\s+|mid-)?|\bmid-)(?P<month_name>{_FULL_MONTH})\b
        (?!,?\s+(?:of\s+)?(?:\d|(?:this|last|next)\s+year)))
  | (?P<weekday>(?:(?i:\b(?:last|next|this\s+past|this\s+coming|this|coming|past)\s+))?{_WEEKDAY}\b{_DAYPART})
  | (?P<deictic>(?i:\b(?:the\s+day\s+before\s+yesterday|yesterday|today|tonight|tomorrow
        |this\s+(?:morning|afternoon|evening)|last\s+night
        |(?:earlier|later)\s+this\s+(?:week|month|year)
        |(?:last|next|this|coming)\s+(?:week|weekend|month|year))\b))
  | (?P<offset>(?i:\b(?:{_COUNT}\s+{_UNIT}s?|{_UNIT}s)\s+(?:later|earlier|after|before|ago|prior)\b))
  | (?P<anchored>(?i:\b(?:the\s+(?:next|following|previous|same)\s+(?:day|morning|evening|night|week|month|year)
        |the\s+(?:day|week|month|year)\s+(?:before|after)
        |(?:later|earlier)\s+(?:that|in\s+the)\s+(?:day|morning|evening|night|week|month|year)
        |that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night))\b))
  | (?P<year>(?<![\w$€£#.,/])(?<!\d-)(?<!\d[.,]){_YEAR}(?![.,]\d)(?!%|\w)))
    """,
    re.VERBOSE,
)

_NUMBERS = re.compile(r"\d+")
_NAMED_DAY = re.compile(r"\b(?:Black|Cyber|Super|Good|Holy|Ash|Easter|Bloody|Blue|Fat|Shrove|Maundy)\s+$")
_OF_BEFORE = re.compile(r"\bof\s+$", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_GERUND_AFTER = re.compile(r"\s+\w+ing\b")
_WORD = re.compile(r"[A-Za-z]+")
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)(\W*)$")
_NEXT_WORD = re.compile(r"[ \t]?([A-Za-z%]+)")
_FORWARD = re.compile(
    r"\b(?:will|shall|until|till|upcoming|scheduled|expected|"
    r"(?:next|due)(?!\s+to\b)|(?:plans?|planned|set|going|is|are)\s+to\s+\w+)\b|'ll\b",
    re.IGNORECASE,
)
# A scheduled event in the present tense: "the council meets on Thursday".
_SCHEDULED = re.compile(
    r"\b(?:meets|opens|reopens|begins|starts|resumes|ends|closes|returns|arrives|convenes|votes|"
    r"launches|takes\s+place|is|are)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# Past tense in the sentence: a month or a day without a year lies before
# the publication date.
_PAST = re.compile(r"\b(?:was|were|had|did|said|told|came|went|took|began|won|lost|[a-z]{3,}ed)\b")
_SENTENCE_END = re.compile(r"[.!?\n](?=\s|$)")
_CLAUSE_START = re.compile(r"[.!?;:,\n]")

# Words before a number that make it a quantity or a label, not a year.
_NOT_YEAR_BEFORE = {
    "about", "around", "some", "nearly", "almost", "over", "than", "least", "approximately",
    "roughly", "just", "only", "total", "at", "no", "number", "code", "route", "flight",
    "room", "page", "pages", "figure", "windows", "version", "model", "lot", "exactly",
}
# Lower-case words that may follow a year ("in 2019 the plant ..."); any other
# lower-case word after a bare number makes it a count ("2000 people").
_AFTER_YEAR_OK = {
    "and", "or", "to", "when", "was", "were", "is", "are", "as", "after", "before", "with",
    "in", "on", "at", "for", "by", "the", "a", "an", "but", "that", "which", "while", "from",
    "through", "until", "against", "saw", "had", "has", "he", "she", "it", "they", "we",
    "there", "this", "his", "her", "its", "their", "onward", "onwards", "alone", "election",
    "elections", "season", "census", "budget", "report", "fire", "fine", "law", "crisis",
    "attack", "attacks", "war", "survey", "olympics", "games", "vote", "referendum", "deal",
}
# Prepositions after which a four-digit number is a year whatever follows.
_YEAR_CUES = {"in", "since", "until", "till", "during", "before", "after", "by", "from", "through",
              "early", "late", "mid", "circa"}
_CUE_WORD = re.compile(_CUE)
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?\n\"“])\s*$")
_STREET = re.compile(r"\s+[A-Z][a-z]+\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Way)\b")
_DETERMINERS = {"the", "a", "its", "his", "her", "their", "our", "this", "that", "s"}


def parse_anchor(anchor: str | None) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of an ISO date or datetime; month/day None when absent."""
    if not anchor:
        return None
    match = re.match(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", anchor)
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    if month is not None and not 1 <= month <= 12:
        return (year, None, None)
    if day is not None:
        try:
            date(year, month, day)
        except ValueError:
            day = None
    return (year, month, day)


def _day_value(value: date) -> str:
    return value.isoformat()


def _month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _valid_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _looks_forward(text: str, start: int) -> bool:
    """Whether the clause before ``start`` speaks of the future ("will", "until")."""
    window = text[max(0, start - 80):start]
    cuts = [m.end() for m in _CLAUSE_START.finditer(window)]
    return _FORWARD.search(window, cuts[-1] if cuts else 0) is not None or _SCHEDULED.search(window) is not None


def _looks_past(text: str, start: int) -> bool:
    """Whether the sentence around ``start`` is told in the past tense."""
    window_start = max(0, start - 200)
    cuts = [m.end() for m in _SENTENCE_END.finditer(text, window_start, start)]
    after = _SENTENCE_END.search(text, start, start + 200)
    return _PAST.search(text, cuts[-1] if cuts else window_start,
                        after.start() if after else min(len(text), start + 200)) is not None


def _direction(text: str, start: int) -> int:
    """+1 when the clause looks forward, -1 when the sentence is in the past, else 0."""
    if _looks_forward(text, start):
        return 1
    return -1 if _looks_past(text, start) else 0


def _nearest_year(month: int, day: int | None, anchor: tuple[int, int | None, int | None],
                  direction: int) -> int:
    """The year putting month (and day) nearest to the anchor: only in the
    future (direction +1) or the past (-1, with a week of slack for a late
    publication date) when the text says which, else the future counting double."""
    year, anchor_month, anchor_day = anchor
    if anchor_month is None:
        return year
    here = anchor_month * 31 + (anchor_day or 15)
    best_year, best_cost = year, None
    for candidate in (year - 1, year, year + 1):
        distance = (candidate - year) * 372 + month * 31 + (day or 15) - here
        same_month = day is None and candidate == year and month == anchor_month
        if same_month:
            cost = 0
        elif direction > 0:
            cost = distance if distance >= 0 else None
        elif direction < 0:
            cost = -distance if distance <= 7 else None
        else:
            cost = 2 * distance if distance > 0 else -distance
        if cost is not None and (best_cost is None or abs(cost) < best_cost):
            best_year, best_cost = candidate, abs(cost)
    return best_year


def _month_day(month: int, day: int, year: int | None, text: str, start: int,
               anchor: tuple | None) -> tuple[str | None, str]:
    if year is None:
        if anchor is None:
            return None, "day"
        year = _nearest_year(month, day, anchor, _direction(text, start))
    value = _valid_day(year, month, day)
    return (_day_value(value), "day") if value else (None, "day")


def _anchor_day(anchor: tuple | None) -> date | None:
    if anchor is None or anchor[2] is None:
        return None
    return date(anchor[0], anchor[1], anchor[2])


def _weekday(match_text: str, text: str, start: int, anchor: tuple | None) -> tuple[str | None, str]:
    words = match_text.lower().split()
    name = next(w for w in words if w in _WEEKDAYS)
    today = _anchor_day(anchor)
    if today is None:
        return None, "relative"
    target = _WEEKDAYS.index(name)
    back = (today.weekday() - target) % 7
    ahead = (target - today.weekday()) % 7
    first = words[0]
    if first == "next":
        return _day_value(today + timedelta(days=ahead or 7)), "day"
    if first in ("last", "past") or words[:2] == ["this", "past"]:
        return _day_value(today - timedelta(days=back or 7)), "day"
    if words[:2] == ["this", name]:  # the day of the current week
        return _day_value(today + timedelta(days=target - today.weekday())), "day"
    if first == "coming" or words[:2] == ["this", "coming"] or _looks_forward(text, start):
        return _day_value(today + timedelta(days=ahead)), "day"
    return _day_value(today - timedelta(days=back)), "day"


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def shift(value: str, by: Offset) -> tuple[str, str] | None:
    """``value`` (YYYY[-MM[-DD]]) moved by an offset with a known amount, as
    (value, precision), never finer than either side; None when vague."""
    if by.amount is None and by.sign != 0:
        return None
    amount = (by.amount or 0) * by.sign
    parts = [int(p) for p in value.split("-")]
    if by.unit in ("day", "week") and len(parts) == 3:
        moved = date(*parts) + timedelta(days=amount * (7 if by.unit == "week" else 1))
        return _day_value(moved), "day"
    if by.unit in ("day", "week", "month") and len(parts) >= 2:
        if by.unit != "month" and amount != 0:
            return None
        year, month = _add_months(parts[0], parts[1], amount if by.unit == "month" else 0)
        return _month_value(year, month), "month"
    if by.unit == "year" or amount == 0:
        return f"{parts[0] + (amount if by.unit == 'year' else 0):04d}", "year"
    return None


def offset(mention: DateMention) -> Offset | None:
    """The offset a relative expression states ("two months later" -> +2
    months, "the day before" -> -1 day, "that day" -> same day), or None."""
    words = mention.text.lower().split()
    unit = next((w.rstrip("s") for w in words if w.rstrip("s") in ("day", "week", "month", "year")), None)
    if unit is None:
        if any(w in ("morning", "afternoon", "evening", "night") for w in words):
            unit = "day"
        else:
            return None
    last = words[-1]
    if last in ("later", "after") or words[:2] in (["the", "next"], ["the", "following"]):
        sign = 1
    elif last in ("earlier", "before", "ago", "prior") or words[:2] == ["the", "previous"]:
        sign = -1
    elif words[0] in ("that", "later", "earlier") or words[:2] == ["the", "same"]:
        return Offset(0, unit, 0)
    else:
        return None
    if words[0] == "the":
        return Offset(1, unit, sign)
    if words[:2] == ["a", "few"]:
        return Offset(None, unit, sign)
    count = words[0]
    if count.isdigit():
        return Offset(int(count), unit, sign)
    return Offset(_NUMBER_WORDS.get(count), unit, sign)


_DAY_WORDS = {
    ("today",): 0, ("tonight",): 0, ("this", "morning"): 0, ("this", "afternoon"): 0,
    ("this", "evening"): 0, ("yesterday",): -1, ("last", "night"): -1, ("tomorrow",): 1,
    ("the", "day", "before", "yesterday"): -2,
}


def _deictic(match_text: str, anchor: tuple | None) -> tuple[str | None, str]:
    words = tuple(match_text.lower().split())
    if words in _DAY_WORDS:
        today = _anchor_day(anchor)
        if today is None:
            return None, "relative"
        return _day_value(today + timedelta(days=_DAY_WORDS[words])), "day"
    unit = words[-1]
    if unit in ("week", "weekend") or anchor is None:
        return None, "relative"
    step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(words[0], 0)
    if unit == "year":
        return f"{anchor[0] + step:04d}", "year"
    if anchor[1] is None:
        return None, "relative"
    year, month = _add_months(anchor[0], anchor[1], step)
    return _month_value(year, month), "month"


def _from_anchor(mention_offset: Offset | None, anchor: tuple | None) -> tuple[str | None, str]:
    """Offsets counted from the publication date ("three days ago")."""
    if mention_offset is None or mention_offset.amount is None or anchor is None:
        return None, "relative"
    today = _anchor_day(anchor)
    if mention_offset.unit in ("day", "week"):
        if today is None:
            return None, "relative"
        moved = shift(_day_value(today), mention_offset)
    elif mention_offset.unit == "month" and anchor[1] is not None:
        moved = shift(_month_value(anchor[0], anchor[1]), mention_offset)
    else:
        moved = shift(f"{anchor[0]:04d}", mention_offset)
    return moved if moved else (None, "relative")


def _is_year(text: str, start: int, end: int) -> bool:
    """A bare four-digit number is a year unless its neighbours make it a count."""
    before = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
    previous = before.group(1).lower() if before and not before.group(2).strip() else ""
    if previous in _NOT_YEAR_BEFORE:
        return False
    after = _NEXT_WORD.match(text, end)
    if after:
        following = after.group(1)
        if following == "%" or following.lower() in ("percent", "gmt", "utc", "hours", "hrs", "bst", "cet"):
            return False
        if following.islower() and following not in _AFTER_YEAR_OK \
                and previous not in _DETERMINERS and previous not in _YEAR_CUES:
            return False
    if _STREET.match(text, end):
        return False  # an address: "2019 Quarry Road"
    if before and before.group(1)[0].isupper() and not before.group(2).strip():
        word = before.group(1).lower()
        sentence_start = before.start() == 0 or _SENTENCE_BEFORE.search(
            text, max(0, before.start() - 20), before.start()) is not None
        if not sentence_start and _CUE_WORD.fullmatch(word) is None and word not in _MONTH_NUMBER \
                and word not in ("fall", "spring", "summer", "winter", "autumn"):
            return False  # a label: "Flight 2019", "Windows 2000"
    return 1000 <= int(text[start:end]) <= 2199


def _resolve(kind: str, match: re.Match, text: str, anchor: tuple | None
             ) -> tuple[int, str | None, str] | None:
    """(start, value, precision) of a match, or None when it is no date."""
    found = match.group()
    start = match.start()
    if kind == "iso":
        parts = [int(p) for p in found.split("-")]
        if len(parts) == 3:
            value = _valid_day(*parts)
            return (start, _day_value(value), "day") if value else None
        return start, _month_value(parts[0], parts[1]), "month"
    if kind == "numeric":
        first, second, year = (int(p) for p in re.split(r"[/.]", found))
        month, day = (first, second) if "/" in found and first <= 12 else (second, first)
        value = _valid_day(year, month, day)
        return (start, _day_value(value), "day") if value else None
    if kind in ("mdy", "dmy"):
        month = next(_MONTH_NUMBER[w.lower()] for w in _WORD.findall(found) if w.lower() in _MONTH_NUMBER)
        numbers = [int(n) for n in _NUMBERS.findall(found)]  # "June 13 and 14, 2007": the first day
        day, year = numbers[0], numbers[-1] if len(numbers) > 1 and numbers[-1] > 31 else None
        return (start, *_month_day(month, day, year, text, start, anchor))
    if kind == "my":
        month = next(_MONTH_NUMBER[w.lower()] for w in _WORD.findall(found) if w.lower() in _MONTH_NUMBER)
        return start, _month_value(int(_NUMBERS.findall(found)[-1]), month), "month"
    if kind == "month_deictic":
        month = next(_MONTH_NUMBER[w.lower()] for w in _WORD.findall(found) if w.lower() in _MONTH_NUMBER)
        if anchor is None:
            return start, None, "month"
        step = {"last": -1, "next": 1}.get(found.split()[-2].lower(), 0)
        return start, _month_value(anchor[0] + step, month), "month"
    if kind == "period":
        value = resolve_period(found, anchor[0] if anchor else None)
        return (start, value, "month") if value else (start, None, "relative")
    if kind == "season":
        return start, _NUMBERS.findall(found)[-1], "year"
    if kind == "month":
        start = match.start("month_name")
        month = _MONTH_NUMBER[match.group("month_name").lower()]
        cue = found[: start - match.start()].lower().split() or ["mid-"]
        if match.group("month_name").lower() in _NAME_MONTHS and not _NAME_SAFE_CUES.intersection(cue):
            return None
        if anchor is None:
            return start, None, "month"
        if cue[0] in ("last", "next", "this"):
            year = anchor[0] if cue[0] == "this" or anchor[1] is None else (
                anchor[0] - (month >= anchor[1]) if cue[0] == "last" else anchor[0] + (month <= anchor[1]))
        else:
            year = _nearest_year(month, None, anchor, _direction(text, start))
        return start, _month_value(year, month), "month"
    if kind == "weekday":
        if _NAMED_DAY.search(text, max(0, start - 8), start):
            return None  # "Black Monday", "Good Friday": a name, not this week's day
        return (start, *_weekday(found, text, start, anchor))
    if kind == "deictic":
        if found.lower() in ("today", "tomorrow") and _OF_BEFORE.search(text, max(0, start - 4), start):
            return None  # "the cars of tomorrow"
        if _THE_BEFORE.search(text, max(0, start - 5), start):
            return start, None, "relative"  # "over the last year": the past twelve months
        return (start, *_deictic(found, anchor))
    if kind == "offset":
        mention_offset = offset(DateMention(start, match.end(), found, None, "relative"))
        if found.lower().endswith("ago"):
            return (start, *_from_anchor(mention_offset, anchor))
        return start, None, "relative"
    if kind == "anchored":
        if _GERUND_AFTER.match(text, match.end()):
            return None  # "late in the day after falling"
        return start, None, "relative"
    if kind == "year":
        return (start, found, "year") if _is_year(text, start, match.end()) else None
    return None


def yearless(mention: DateMention) -> str | None:
    """``--MM-DD`` or ``--MM`` for a month (and day) that could not be placed in a year
    ("1 June", "June 5", "in June" of an undated article), read with the month table of
    the patterns above; None for any other expression."""
    if mention.value or mention.precision not in ("day", "month"):
        return None
    month = next((_MONTH_NUMBER[w.lower()] for w in _WORD.findall(mention.text) if w.lower() in _MONTH_NUMBER),
                 None)
    if month is None:
        return None
    days = [int(n) for n in _NUMBERS.findall(mention.text) if 1 <= int(n) <= 31]
    return f"--{month:02d}" + (f"-{days[0]:02d}" if days else "")


def find_dates(text: str, anchor: str | None = None, start: int = 0, end: int | None = None
               ) -> list[DateMention]:
    """Temporal expressions of ``text[start:end]`` in text order, offsets into ``text``.

    ``anchor`` is the publication date or datetime (ISO 8601) that relative
    expressions are resolved against; without it they keep ``value=None``.
    """
    parsed = parse_anchor(anchor)
    end = len(text) if end is None else end
    mentions = []
    for match in _PATTERN.finditer(text, start, end):
        resolved = _resolve(match.lastgroup if match.lastgroup != "month_name" else "month",
                            match, text, parsed)
        if resolved is None:
            continue
        mention_start, value, precision = resolved
        mentions.append(DateMention(mention_start, match.end(), text[mention_start:match.end()],
                                    value, precision))
    return mentions
