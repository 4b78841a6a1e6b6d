"""Rewrite drift: aligned sentences where a derived article departs from its source on a fact.

Two aligned sentences (the same statement in source and derivative) drift
when one states a date, a number or a name the other does not and the other
states a different one of the same kind: "Tuesday" against "Monday, March
11", "500 metres" against "800 metres". The claims stage turns these into
conflicts; here only the alignment is recorded.
"""

from __future__ import annotations

import re

from ..model import Article, Drift, Span

_WEEKDAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MONTHS = (r"january|february|march|april|may|june|july|august|september|october|november|december"
           r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_DATE = re.compile(rf"\b(?:{_WEEKDAYS}|{_MONTHS}|yesterday|today|tomorrow|tonight)\b", re.I)
_NUMBER = re.compile(r"\b\d[\d,.]*\b|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                     r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
                     r"|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)\b", re.I)
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+)*")


def _values(text: str) -> dict[str, set[str]]:
    dates = {m.group().lower() for m in _DATE.finditer(text)}
    numbers = {m.group().lower().replace(",", "") for m in _NUMBER.finditer(text)}
    numbers = {n for n in numbers if n.lower() not in dates}
    names = set()
    for match in _NAME.finditer(text):
        if not _DATE.fullmatch(match.group()):
            names.update(match.group().lower().split())
    return {"date": dates, "number": numbers, "name": names}


def differs(derived: str, source: str) -> str | None:
    """The kind of fact ("date", "number", "name") on which two aligned sentences disagree, or None."""
    mine, theirs = _values(derived), _values(source)
    for kind in ("date", "number", "name"):
        only_mine, only_theirs = mine[kind] - theirs[kind], theirs[kind] - mine[kind]
        if only_mine and only_theirs:
            return kind
    return None


def find_drift(derived: Article, source: Article, pairs) -> list[Drift]:
    """Drift of ``derived`` from ``source`` over aligned ``(derived sentence, source sentence, sim)`` pairs."""
    out = []
    for d_index, s_index, _ in pairs:
        d_sentence, s_sentence = derived.sentences[d_index], source.sentences[s_index]
        d_text, s_text = derived.sentence_text(d_sentence), source.sentence_text(s_sentence)
        if d_text != s_text and differs(d_text, s_text):
            out.append(Drift(Span(derived.id, d_sentence.start, d_sentence.end),
                             Span(source.id, s_sentence.start, s_sentence.end)))
    return out
