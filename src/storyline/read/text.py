"""Plain text articles: a short first line followed by a blank line, or standing on a line of
its own above the text, is a title."""

from __future__ import annotations

import re

from ..model import Document
from ..segment import PARAGRAPH, hard_line_breaks
from .metadata import DATE_LINE, MONTHS, dateline

_TITLE = re.compile(r"\A([^\n]{1,200})\n[ \t]*\n")
_GLUED_TITLE = re.compile(r"\A([^\n]{1,200})\n")
# A first line that is page furniture rather than a headline: a byline ("By Sam Ortiz and Jane
# Doe", "BY SAM ORTIZ"), a reading time, an advertisement label, or a quotation opening the story
# ('He said: “The council will ...”'), a contact line or a menu ("Home | News").
_NOT_A_HEADLINE = re.compile(r"^(?:by\s|\d+\s+min(?:ute)?s?\s+read$|advertisement$|sponsored$)|^[\"“‘']|:\s*[\"“‘]"
                             r"|@|\s\|\s", re.IGNORECASE)
# Words of a time stamp ("Updated 10:04 a.m. ET, Tue March 3, 2019", "2019-03-03T10:04:00Z").
_STAMP_WORDS = re.compile(r"(?i:updated|published|posted|on|at|[ap]\.?m\.?|[A-Z]{2,4}|mon|tue|wed|thu|fri|sat|sun)"
                          r"|[\d:/.,T+Z-]+")


def _time_stamp(line: str) -> bool:
    """Whether the line has a digit and nothing but the words of a time stamp."""
    words = line.replace(",", " ").split()
    return any(c.isdigit() for c in line) and all(
        _STAMP_WORDS.fullmatch(w) or w.lower().rstrip(".") in MONTHS for w in words)


def _glued_title(text: str) -> re.Match[str] | None:
    """The first line when it stands on a line of its own above the text's first paragraph
    (:func:`storyline.segment.hard_line_breaks`: no wrapped sentence)."""
    match = _GLUED_TITLE.match(text)
    paragraph = PARAGRAPH.match(text)  # the first; the rest of a long text need not be read
    if not match or not paragraph:
        return None
    return match if (len(match.group(1).rstrip()), match.end()) in hard_line_breaks(paragraph.group()) else None


def split_title(text: str, glued: bool = True) -> tuple[str | None, str]:
    """``(title, rest)`` of a text whose short first line, followed by a blank line or standing on
    a line of its own, reads as a headline: no sentence or clause ending, at most 25 words, not
    a byline, date line, wire dateline, time stamp, quotation, contact line or menu (cleaning
    cuts the first ones). ``(None, text)`` otherwise. ``glued=False`` takes only a line followed by
    a blank line (a record's text, whose title has its own field, often runs lines together)."""
    stripped = text.lstrip()
    match = _TITLE.match(stripped) or (glued and _glued_title(stripped))
    if not match:
        return None, text
    line = match.group(1).strip()
    rest = stripped[match.end():]
    if (line.rstrip("\"'”’»)").endswith((".", ",", ";")) or len(line.split()) > 25 or _NOT_A_HEADLINE.search(line)
            or DATE_LINE.match(line) or _time_stamp(line) or dateline(line)[1] or not rest.strip()):
        return None, text
    return line, rest


def read_text(text: str, path: str | None = None) -> Document:
    """One article from plain text."""
    title, text = split_title(text.replace("\r\n", "\n").replace("\r", "\n"))
    return Document(text=text.strip("\n"), title=title, path=path)
