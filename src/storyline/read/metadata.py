"""Metadata inferred from the text when the input has none: outlet from a
dateline or URL, publication date from a stated date."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from urllib.parse import urlsplit

from ..gazetteer import PLACES

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")],
        start=1,
    )
    for name in names
}
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)

# "LONDON (AP) --", "Paris (CNN)", "WASHINGTON, March 3 (Reuters) -", "(CNN) --",
# "ZURICH, Switzerland (AP) _", and lower-cased or tokenized "Raleigh, n.c. ( ap ) —".
DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z .'-]{1,40}?(?:,\s*[A-Za-z][A-Za-z .'-]{1,30}?)?)?"
    r"(?:,\s*(?P<when>" + _MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?))?"
    r"\s*\(\s*(?P<outlet>[A-Za-z][A-Za-z.& ]{0,30}?)\s*\)\s*(?P<dash>[-–—_]{1,2}|:)?\s*"
)
# Wire services as they appear in lower-cased text; other lower-case words in
# parentheses ("( mostly testosterone )") are not datelines.
WIRES = {name.lower(): name for name in (
    "AP", "AFP", "CNN", "Reuters", "UPI", "BBC", "Bloomberg", "dpa", "Xinhua", "PA", "ANSA", "EFE",
    "Kyodo", "Yonhap", "TASS", "Interfax", "CBS News", "NBC News", "ABC News", "Fox News")}
_TEXT_DATE = [
    (re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"), "ymd"),
    (re.compile(r"\b(?P<mon>" + _MONTH + r")\s+(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d\d)\b"), "mdy"),
    (re.compile(r"\b(?P<d>\d{1,2})\s+(?P<mon>" + _MONTH + r")\s+(?P<y>(?:19|20)\d\d)\b"), "dmy"),
]
# A paragraph that is only a date, as pages and WikiNews print it under the headline:
# "Saturday, July 7, 2007", "Published 3 March 2019, 10:04 GMT", "Updated: 2019-03-03".
DATE_LINE = re.compile(
    r"^(?:(?:first |last )?(?:published|updated|posted)(?:\s+on)?\s*:?\s*)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:" + _MONTH + r"\s+\d{1,2},?\s+(?:19|20)\d\d|\d{1,2}\s+" + _MONTH + r",?\s+(?:19|20)\d\d"
    r"|(?:19|20)\d\d-[01]\d-[0-3]\d)"
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\s*$",
    re.IGNORECASE,
)
_PUBLISHED_CUE = re.compile(r"\b(published|posted|updated|first published)\b[^\n]{0,20}?$", re.I)


def dateline(text: str) -> tuple[str | None, str | None, int]:
    """``(place, outlet, end)`` of a wire dateline opening ``text``, else ``(None, None, 0)``."""
    match = DATELINE.match(text[:200])
    if not match or not match.group("outlet"):
        return None, None, 0
    outlet = " ".join(match.group("outlet").split())
    known = WIRES.get(outlet.lower())
    if outlet[0].islower() or not match.group("dash"):  # "Majlis (Parliament) began": not a dateline
        outlet = known or ""
    if len(outlet) < 2 or outlet.lower() in {"photo", "file", "video"}:
        return None, None, 0
    place = match.group("place")
    if place and len(place.split(",")[0].split()) > 4:
        return None, None, 0
    return (place.strip() if place else None), outlet, match.end()


def outlet_from_url(url: str | None) -> str | None:
    """``"nytimes.com"`` from ``"https://www.nytimes.com/2019/..."``."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    host = host.removeprefix("www.").removeprefix("m.").removeprefix("amp.")
    return host or None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def date_in_text(text: str) -> str | None:
    """A publication date stated near the top of the text ("Published March 3, 2019")."""
    head = text[:400]
    found: list[tuple[int, str]] = []
    for pattern, order in _TEXT_DATE:
        for match in pattern.finditer(head):
            month = int(match.group("m")) if order == "ymd" else MONTHS.get(
                match.group("mon").lower().rstrip("."), 0)
            iso = _iso(int(match.group("y")), month, int(match.group("d")))
            if iso:
                cue = _PUBLISHED_CUE.search(head[max(0, match.start() - 40) : match.start()])
                found.append((0 if cue else 1 + match.start(), iso))
    return min(found)[1] if found else None


_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)([-_/.]?)(\d\d)\2(\d\d)(?!\d)")


def date_in_name(name: str | None, url: bool = False) -> str | None:
    """A date a file name or URL path holds ("2019-03-03-fire.txt", "APW19981017.0151",
    "/2019/03/03/fire"): the last resort of an article without any other date. In a URL the
    parts must be separated (eight digits there are as often an article number), and no date
    may lie in the future."""
    if not name:
        return None
    where = urlsplit(name if "//" in name else f"//{name}").path if url else name.replace("\\", "/").rsplit("/", 1)[-1]
    for match in _NAME_DATE.finditer(where):
        iso = _iso(int(match[1]), int(match[3]), int(match[4]))
        if iso and (match[2] or not url) and iso <= date.today().isoformat():
            return iso
    return None


def normalize_date(value: object) -> str | None:
    """ISO 8601 (date, or datetime when a time is given) from common date forms."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)):
        try:
            return datetime.fromtimestamp(value, tz=UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return date_in_text(text)
    if parsed.hour == parsed.minute == parsed.second == 0 and len(text) <= 10:
        return parsed.date().isoformat()
    return parsed.isoformat()


# "WASHINGTON _", "NEW YORK --", "BEIJING, March 3 -": a wire dateline without an outlet.
_BARE_DATELINE = re.compile(
    r"^[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Za-z.'-]+){0,4}(?:,\s*\w+\.?\s+\d{1,2})?\s*(?:_|--|—|–|-)\s+")
# "London, England — ": a place and its country or state before a dash (WikiNews); the
# country must be a known one, so "Meanwhile, Republicans — who ..." is no dateline.
_PLACE_DATELINE = re.compile(r"^[A-Z][a-z.'-]+(?: [A-Z][a-z.'-]+){0,2}, ([A-Z][A-Za-z.'-]+(?: [A-Z][a-z.'-]+){0,2})"
                             r" (?:—|–|--) ")
# "By JOHN SMITH", "By Jane Doe, Associated Press Writer", up to the end of its line.
BYLINE = re.compile(r"^By\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4}(?:\s*,\s*[^\n]{1,60})?\s*(?:\n|$)")


def opening_cut(sentence: str) -> int:
    """Characters of a dateline or byline opening ``sentence`` (0 if none)."""
    cut = 0
    byline = BYLINE.match(sentence)
    if byline and byline.group().endswith("\n"):
        cut = byline.end()
    rest = sentence[cut:]
    _, outlet, end = dateline(rest)
    if not outlet:
        bare = _BARE_DATELINE.match(rest)
        placed = _PLACE_DATELINE.match(rest)
        if placed and placed.group(1).lower() not in PLACES:
            placed = None
        end = bare.end() if bare else placed.end() if placed else 0
    return cut + end
