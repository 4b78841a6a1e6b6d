"""The naive attribution baseline: quote marks plus the nearest name around a
nearby "said". What a user would write in ten minutes; the yardstick for
:mod:`storyline.attribution`."""

from __future__ import annotations

import re

from ..attribution import Attribution

_QUOTE = re.compile(r"“[^”]{2,}?”|\"[^\"]{2,}?\"")
_SAID = re.compile(r"\b(?:said|says|say)\b")
_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")
_WINDOW = 120


def naive_attributions(text: str) -> list[Attribution]:
    """Each quoted passage, attributed to the capitalised name nearest to the
    closest "said" within a short window around it."""
    found = []
    for quote in _QUOTE.finditer(text):
        near = [m for m in _SAID.finditer(text, max(0, quote.start() - _WINDOW), min(len(text), quote.end() + _WINDOW))
                if m.end() <= quote.start() or m.start() >= quote.end()]
        if not near:
            found.append(Attribution("direct", (quote.span(),), None, None))
            continue
        said = min(near, key=lambda m: min(abs(m.start() - quote.end()), abs(quote.start() - m.end())))
        names = [m for m in _NAME.finditer(text, max(0, said.start() - 60), min(len(text), said.end() + 60))
                 if not (quote.start() <= m.start() < quote.end())]
        name = min(names, key=lambda m: min(abs(m.end() - said.start()), abs(m.start() - said.end())),
                   default=None)
        found.append(Attribution("direct", (quote.span(),), name.span() if name else None, said.span()))
    return found
