"""Plain text articles: a short first line followed by a blank line is a title."""

from __future__ import annotations

import re

from ..model import Document

_TITLE = re.compile(r"\A\s*([^\n]{1,200})\n[ \t]*\n")


def read_text(text: str, path: str | None = None) -> Document:
    """One article from plain text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    title = None
    match = _TITLE.match(text)
    if match and not match.group(1).rstrip().endswith((".", ",", ";")) and len(
        match.group(1).split()) <= 25:
        title = match.group(1).strip()
        text = text[match.end():]
    return Document(text=text.strip("\n"), title=title, path=path)
