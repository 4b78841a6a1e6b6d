"""Plain text articles: a short first line followed by a blank line is a title."""

from __future__ import annotations

import re

from ..model import Document
from .metadata import BYLINE, DATE_LINE

_TITLE = re.compile(r"\A\s*([^\n]{1,200})\n[ \t]*\n")


def split_title(text: str) -> tuple[str | None, str]:
    """``(title, rest)`` of a text whose short first line, followed by a blank line, reads as a
    headline: no sentence or clause ending, at most 25 words, not a byline or a date line
    (cleaning cuts those). ``(None, text)`` otherwise."""
    match = _TITLE.match(text)
    if not match:
        return None, text
    line = match.group(1).strip()
    rest = text[match.end():]
    if (line.endswith((".", ",", ";")) or len(line.split()) > 25 or BYLINE.match(line) or DATE_LINE.match(line)
            or not rest.strip()):
        return None, text
    return line, rest


def read_text(text: str, path: str | None = None) -> Document:
    """One article from plain text."""
    title, text = split_title(text.replace("\r\n", "\n").replace("\r", "\n"))
    return Document(text=text.strip("\n"), title=title, path=path)
