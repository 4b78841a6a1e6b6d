"""Named periods that a news text dates events by: US presidential administrations.

"the end of the Bush administration" or "the first days of the Obama
administration" are dates a reader resolves from common knowledge; this small
table (terms since 1933, inauguration and departure months) lets
:func:`storyline.dates.find_dates` do the same offline. A name that more than
one president bore (Bush, Roosevelt, Johnson, Trump's two terms) is settled by
the initials in the text ("George W. Bush", "H.W.") or else by the anchor: the
latest term that started before it.
"""

from __future__ import annotations

import re

# surname -> [(first names or initials that single it out, start, end)]
_TERMS: dict[str, list[tuple[tuple[str, ...], str, str | None]]] = {
    "roosevelt": [(("franklin", "fdr", "d."), "1933-03", "1945-04")],
    "truman": [((), "1945-04", "1953-01")],
    "eisenhower": [((), "1953-01", "1961-01")],
    "kennedy": [((), "1961-01", "1963-11")],
    "johnson": [(("lyndon", "b."), "1963-11", "1969-01")],
    "nixon": [((), "1969-01", "1974-08")],
    "ford": [((), "1974-08", "1977-01")],
    "carter": [((), "1977-01", "1981-01")],
    "reagan": [((), "1981-01", "1989-01")],
    "bush": [(("h.w.", "h. w.", "elder"), "1989-01", "1993-01"),
             (("w.", "george w."), "2001-01", "2009-01")],
    "clinton": [((), "1993-01", "2001-01")],
    "obama": [((), "2009-01", "2017-01")],
    "trump": [(("first",), "2017-01", "2021-01"), (("second",), "2025-01", None)],
    "biden": [((), "2021-01", "2025-01")],
}
_END_WORDS = ("end", "last", "final", "close")
_START_WORDS = ("start", "beginning", "first", "early", "dawn", "outset")

#: "the end of the Bush administration", "the first days of the George W. Bush administration"
PATTERN = (
    r"(?i:the\s+(?:very\s+)?(?:end|close|start|beginning|outset|dawn|(?:first|last|final|early)\s+"
    r"(?:days|weeks)))\s+of\s+the\s+(?:[A-Z][a-z]*\.?\s*|[A-Z]\.\s*){0,3}"
    r"(?:Roosevelt|Truman|Eisenhower|Kennedy|Johnson|Nixon|Ford|Carter|Reagan|Bush|Clinton|Obama|Trump|Biden)"
    r"\s+(?:administration|presidency)"
)
_SURNAME = re.compile(
    r"(Roosevelt|Truman|Eisenhower|Kennedy|Johnson|Nixon|Ford|Carter|Reagan|Bush|Clinton|Obama|Trump|Biden)"
    r"\s+(?:administration|presidency)$")


def resolve_period(phrase: str, anchor_year: int | None) -> str | None:
    """The month ("YYYY-MM") a matched phrase points to, or None when the
    president is ambiguous without an anchor or the term has not ended."""
    surname = _SURNAME.search(phrase)
    if surname is None:
        return None
    lowered = " ".join(phrase.lower().split())
    terms = _TERMS[surname.group(1).lower()]
    named = [t for t in terms if any(f" {key} " in f" {lowered} " for key in t[0])]
    if named:
        terms = named
    elif len(terms) > 1:
        if anchor_year is None:
            return None
        started = [t for t in terms if int(t[1][:4]) <= anchor_year]
        terms = started[-1:] or terms[:1]
    _, start, end = terms[0]
    head = lowered.split(" of the ")[0]
    if any(word in head for word in _END_WORDS) and "first" not in head:
        return end
    if any(word in head for word in _START_WORDS):
        return start
    return None
