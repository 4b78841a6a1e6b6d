"""Sentences and word tokens with character offsets, computed once per article.

The sentence splitter is rule based: one regular expression proposes
boundaries (terminal punctuation, closing quotes, then an upper-case or
opening character; paragraph breaks; list items) and a few cheap checks veto
the ones that follow abbreviations, initials and initialisms. It was chosen by
measurement against pysbd, syntok and blingfire (see docs/ARCHITECTURE.md and
BENCHMARKS.md): as accurate on news hard cases and one to two orders of
magnitude faster than the accurate alternatives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from .model import QuotedPassage, Sentence

# Abbreviations that do not end a sentence when followed by a capital.
_TITLES = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
    "adm", "cmdr", "maj", "pvt", "cpl", "supt", "insp", "det", "st", "ft", "mt", "jr", "sr",
    "rev", "hon", "pres", "sec", "atty", "amb", "messrs", "mme", "mlle", "fr", "gens",
    "reps", "sens", "govs", "vs", "v", "etc", "inc", "corp", "co", "ltd",
    "bros", "dept", "univ", "assn", "est", "approx", "ed", "eds", "al",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
    "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla",
    "ore", "pa", "penn", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
}
# Abbreviations only before a number: "No. 5", "Vol. 2".
_BEFORE_NUMBER = {"no", "nos", "vol", "fig", "op", "art", "pp", "p"}
# Abbreviations that end a sentence when what follows starts a new one.
_MAYBE_FINAL = {"inc", "corp", "co", "ltd", "etc", "jr", "sr", "bros"}
# Words that typically open a sentence: after an initialism ("U.S.") or an
# abbreviation that may be final, one of these means a real boundary.
_STARTERS = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on",
    "at", "this", "that", "these", "those", "his", "her", "its", "their", "our", "there",
    "when", "while", "after", "before", "if", "as", "so", "yet", "officials", "some", "many",
    "no", "one", "two", "three", "for", "to", "with", "by", "from", "however", "meanwhile",
    "still", "also", "what", "who", "why", "how", "now", "then", "earlier", "later",
    "both", "each", "most", "several", "according", "despite", "although", "because", "since",
    "until", "once", "instead", "mr", "mrs", "ms", "dr", "markets", "police", "authorities",
    "shares", "prices", "analysts", "experts", "residents", "critics", "investors", "is", "are",
    "was", "were", "do", "does", "did", "can", "will", "would", "should", "my", "your",
}
# After "a.m."/"p.m." a capital starts a sentence unless it names a time zone.
_TIME_ZONES = {"et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt", "mt", "mst", "gmt", "utc",
               "bst", "cet", "cest", "eastern", "pacific", "central", "mountain", "local", "sharp"}

_CANDIDATE = re.compile(
    r"""
    (?:[.!?]+|…)                 # terminal punctuation (or an ellipsis)
    [\"'”’»)\]]*                 # closing quotes and brackets
    (?=\s+[\"'“‘«(\[]*(?:[A-Z0-9À-Þ]|[a-z][A-Z])) # whitespace, then a capital, digit or "iPhone"
    """,
    re.VERBOSE,
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_LIST_ITEM = re.compile(r"\n(?=[ \t]*(?:[-*•·▪‣◦]|\d{1,2}[.)])[ \t]+\S)")
#: A paragraph: its lines, no blank line between. One or more: a pattern needing two would be
#: tried again at every character of a long one-line paragraph (quadratic time).
PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")
_JOINING_END = tuple(",;:-–—_(/&")
# Words a wrapped line may end on but a line of its own does not ("... in a storage hall of the").
_JOINING_WORDS = frozenset((
    "a", "an", "the", "of", "and", "or", "but", "to", "in", "at", "on", "for", "by", "with", "from", "as", "that",
    "his", "her", "its", "their", "our", "your", "my", "this", "these", "those",
))
_ROOM = 0.8  # share of the widest line within which the next word must fit
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_WORD_AFTER = re.compile(r"\s+[\"'“‘«(\[]*([A-Za-z]+)")
_ENUMERATOR = re.compile(r"\s*(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})")  # "1." "b." "iv." of a list
_LOWER_AFTER = re.compile(r"\s+[a-z]")
TOKEN = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)


def _is_boundary(text: str, punct_start: int, match_end: int) -> bool:
    """Veto boundaries after abbreviations, initials and initialisms."""
    if text[punct_start] != ".":
        return True
    if text.startswith("..", punct_start):  # an ellipsis before a capital ends a sentence
        return True
    before = _WORD_BEFORE.search(text, max(0, punct_start - 24), punct_start)
    if not before:
        return True
    word = before.group(1)
    bare = word.replace(".", "").lower()
    after = _WORD_AFTER.match(text, match_end)
    next_word = after.group(1).lower() if after else ""
    if len(word) == 1 and word.isupper():  # an initial: "George W. Bush"
        return False
    if bare in ("am", "pm") and "." in word:
        return next_word not in _TIME_ZONES
    if "." in word:  # an initialism: "U.S.", "a.m."
        return next_word in _STARTERS
    if bare in _BEFORE_NUMBER:
        return not (after is None and text[match_end:].lstrip()[:1].isdigit())
    if bare in _MAYBE_FINAL:
        return next_word in _STARTERS
    return bare not in _TITLES


def _split_block(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    """Sentences of text[start:end], a block without paragraph breaks.

    Besides the abbreviation checks, two vetoes: a "sentence" that would be
    only a list number ("1."), and a boundary inside a quotation that closes
    soon with its attribution ("It is over. We lost," he said.), so that a
    quote and its speaker stay one sentence.
    """
    cursor = start
    counted = start
    curly = straight = 0  # open curly quotes, straight double quotes seen
    for match in _CANDIDATE.finditer(text, start, end):
        piece = text[counted : match.end()]
        curly += piece.count("“") - piece.count("”")
        straight += piece.count('"')
        counted = match.end()
        if not _is_boundary(text, match.start(), match.end()):
            continue
        if _ENUMERATOR.fullmatch(text, cursor, match.start()):
            continue
        if (curly > 0 or straight % 2) and _attributed_quote_closes(text, match.end(), end, curly > 0):
            continue
        yield cursor, match.end()
        cursor = match.end()
    yield cursor, end


def _attributed_quote_closes(text: str, position: int, end: int, curly: bool) -> bool:
    """True when the open quotation closes within 200 characters with ',"' or
    before a lower-case attribution ('?" she asked')."""
    close = text.find("”" if curly else '"', position, min(end, position + 200))
    if close < 0:
        return False
    return text[close - 1] == "," or bool(_LOWER_AFTER.match(text, close + 1))


def _opens_sentence(line: str) -> bool:
    """Whether a line opens with a capital or a digit, after any opening quotes or brackets."""
    first = line.lstrip(" \t\"'“‘«([")[:1]
    return first.isupper() or first.isdigit()


def hard_line_break(line: str, next_line: str, widest: int) -> bool:
    """Whether the single newline between ``line`` and ``next_line`` ends a line of its own (a
    headline or a heading glued to the text under it, one sentence a line) rather than wrapping.

    A newline of wrapped text is no break: the next line's first word would not have fit on the
    line. Wrapping tools also even out their lines (GNU ``fmt``), so the word must fit with room
    to spare: within 80% of ``widest`` (the paragraph's widest line that has a space). And the
    line does not end in a joining character or word (a comma, a dash, "of the"), the next line
    opens a sentence (a capital, a digit, a quotation).
    """
    line, words = line.rstrip(), next_line.split(maxsplit=1)
    last = line.rsplit(maxsplit=1)[-1].lower() if line.strip() else ""
    return bool(last and words and not line.endswith(_JOINING_END) and last not in _JOINING_WORDS
                and _opens_sentence(next_line) and len(line) + 1 + len(words[0]) <= _ROOM * widest)


def hard_line_breaks(text: str) -> set[tuple[int, int]]:
    """The single newlines of ``text`` that :func:`hard_line_break` counts, as cuts."""
    breaks: set[tuple[int, int]] = set()
    for paragraph in PARAGRAPH.finditer(text):
        if "\n" not in paragraph.group():
            continue
        lines, offset = [], paragraph.start()
        for line in paragraph.group().split("\n"):
            lines.append((offset, line.rstrip()))
            offset += len(line) + 1
        spaced = [len(line) for _, line in lines if " " in line.strip()]  # not a long URL
        widest = max(spaced or [len(line) for _, line in lines])
        for (start, line), (next_start, next_line) in pairwise(lines):
            if hard_line_break(line, next_line, widest):
                breaks.add((start + len(line), next_start))
    return breaks


def _blocks(text: str) -> Iterable[tuple[int, int]]:
    """Paragraphs, list items and lines of their own: boundaries no sentence crosses."""
    cuts = sorted(
        {(m.start(), m.end()) for m in _PARAGRAPH_BREAK.finditer(text)}
        | {(m.start(), m.end()) for m in _LIST_ITEM.finditer(text)}
        | hard_line_breaks(text)
    )
    cursor = 0
    for cut_start, cut_end in cuts:
        if cut_start >= cursor:
            yield cursor, cut_start
            cursor = cut_end
    yield cursor, len(text)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence offsets of ``text``, stripped of surrounding white space."""
    spans = []
    for block_start, block_end in _blocks(text):
        for start, end in _split_block(text, block_start, block_end):
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start < end:
                spans.append((start, end))
    return spans


def segment(text: str, quoted: tuple[QuotedPassage, ...] = ()) -> tuple[Sentence, ...]:
    """Sentences of ``text``, flagged when they lie inside a quoted passage."""
    return flag_quoted(sentence_spans(text), quoted)


def flag_quoted(spans: Iterable[tuple[int, int]], quoted: tuple[QuotedPassage, ...]) -> tuple[Sentence, ...]:
    """Sentences of the given ``(start, end)`` spans, flagged when they lie inside a quoted passage."""
    return tuple(Sentence(start, end, any(q.start <= start and end <= q.end for q in quoted)) for start, end in spans)


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Word token offsets in ``text[start:end]``."""
    return [m.span() for m in TOKEN.finditer(text, start, len(text) if end is None else end)]


def words(text: str) -> list[str]:
    """Lower-cased word tokens of ``text``."""
    return [m.group().lower() for m in TOKEN.finditer(text)]
