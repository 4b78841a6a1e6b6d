"""Attributions without a verb of saying: "according to X", "X: ..." lines,
"asked whether ...", polls ("In a CNN poll, ...") and claims ("Trump’s claim that ...").

PolNeAR annotates these with the phrase itself as the cue ("according to", ":",
"asked", "in"); each function returns attributions in raw text offsets.
"""

from __future__ import annotations

import re

from .quotedtext import Attribution, QuotedText, content_end
from .speakers import MAX_SPEAKER_WORDS, Range, clean_speaker, strip_span


def according_to(doc: QuotedText, match, lo: int, hi: int) -> Attribution | None:
    text = doc.text
    cue = (match.start(), match.end())
    source_match = re.match(r"\s*([^,.;:!?]+)", text[match.end():hi])
    if not source_match:
        return None
    start, end = match.end() + source_match.start(1), match.end() + source_match.end(1)
    speaker = clean_speaker(text, start, end, lenient=True) or _report_source(text, start, end)
    if speaker is None:
        return None
    if not text[lo:match.start()].strip(" ,\"“”'‘’"):  # According to X, CONTENT.
        comma = text.find(",", speaker[1], hi)
        if comma < 0:
            return None
        content = strip_span(text, comma + 1, content_end(text, comma + 1, hi))
    else:  # CONTENT, according to X.
        content = strip_span(text, lo, match.start())
    if content[1] - content[0] < 8:
        return None
    return Attribution("indirect", (content,), speaker, cue)


_LINE_COLON = re.compile(r"(?m)^[ \t]*([A-Z][\w.’'&-]*(?:[ \t]+(?:[A-Z][\w.’'&-]*|of|at|de|to|the|and|on|in|for))*)"
                         r"[ \t]*(:)[ \t]+(\S[^\n]*)")
#: Newsroom labels before a colon: not speakers ("UPDATE: ...", "Editor's note: ...").
_LABELS = {"the latest", "contributing", "twitter", "breaking", "byline", "editor's note", "editor’s note", "update",
           "correction", "exclusive", "email", "note", "photo", "photos", "video", "watch", "read", "related",
           "source", "sources", "paid notice", "name", "revealed", "wow", "so", "analysis", "opinion", "explainer",
           "factbox", "fact box", "live", "timeline", "updated", "posted", "published", "read more", "related coverage",
           "more", "see also", "also read", "credit", "caption", "tags", "date", "time", "location", "listen", "share",
           "sponsored", "advertisement", "recommended", "trending"}


def line_colons(text: str) -> list[Attribution]:
    """A line opening with a name and a colon ("Paul Ryan: FBI Decision ‘Defies
    Explanation’", "TRUMP: The deaths of ..."): the name said the rest of the line,
    as PolNeAR annotates headlines and transcripts; one-letter "Q:"/"A:" and newsroom
    labels are not speakers."""
    out = []
    for match in _LINE_COLON.finditer(text):
        name = match.group(1)
        if len(name) < 2 or len(name.split()) > 6 or name.lower() in _LABELS or name.lower().startswith("follow") \
                or len(match.group(3).split()) < 3:
            continue
        content = strip_span(text, match.start(3), content_end(text, match.start(3), match.end(3)))
        out.append(Attribution("indirect", (content,), match.span(1), match.span(2)))
    return out


_WHEN = re.compile(r"[\s\"“]*(?:(?:[\w’',]+\s+){0,12}(?:when|When)\s+|(?:[Aa]nd|[Bb]ut)\s+when\s+)?")
_QUESTION = re.compile(r"(?:\s+by\s+([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*))?[^,;:]{0,40}?\s"
                       r"((?:whether|if|what|why|how|who|which|when|where|about|to)\b[^;:]*?)(?=,|\.?$)")


def opens_question(text: str, lo: int, at: int) -> bool:
    """Whether "asked" at ``at`` opens its clause ("Asked whether ...", "when asked how ...")."""
    return _WHEN.fullmatch(text, lo, at) is not None


def asked(text: str, match, hi: int) -> Attribution | None:
    """'Asked (by X) whether/what/about ..., Y said' and '... when asked how ...': the
    question is the content, its asker (if named) the source, as PolNeAR annotates it."""
    question = _QUESTION.match(text[:content_end(text, match.end(), hi)], match.end())
    if question is None or len(question.group(2).split()) < 2:
        return None
    return Attribution("indirect", (question.span(2),), question.span(1) if question.group(1) else None,
                       (match.start(), match.end()))


_POLL = r"\b(?:poll|polls|survey|surveys)\b"
_IN_POLL_FIRST = re.compile(r"[\s\"“]*(In)\s+((?:a|an|the|one|two|three|its|their|this|these|[A-Z][\w/&.’'-]*)\s"
                            r"[^,;:\"“]{0,80}?" + _POLL + r"[^,;:\"“]{0,60}?),\s*")
_IN_POLL_LAST = re.compile(r"\s(in)\s+([^,;:\"“]{0,60}?" + _POLL + r"[^;:\"“]{0,60}?)[.!?]?\s*$")


#: After the poll noun, a clause ("in the polls on Thursday as voters stayed home"): polling stations, not a poll.
_CLAUSE_AFTER_POLL = re.compile(_POLL + r".*\b(?:as|when|while|because|since|where|and|but|after|before)\s")


def in_polls(doc: QuotedText) -> list[Attribution]:
    """Poll results: "In a CNN poll released Monday, Clinton led ..." and "Trump is ahead
    in the latest polls.": the poll is the source, "in" the cue (as PolNeAR annotates)."""
    text = doc.text
    out = []
    for lo, hi in doc.sentences:
        first = _IN_POLL_FIRST.match(text, lo, hi)
        if first:
            content = strip_span(text, first.end(), content_end(text, first.end(), hi))
            out.append(Attribution("indirect", (content,), first.span(2), first.span(1)))
            continue
        last = _IN_POLL_LAST.search(text, lo, hi)
        if last and len(text[lo:last.start()].split()) >= 3 and not doc.in_quote(last.start(1)) \
                and not _CLAUSE_AFTER_POLL.search(last.group(2)):
            out.append(Attribution("indirect", (strip_span(text, lo, last.start()),), last.span(2), last.span(1)))
    return [a for a in out if a.content[0][1] - a.content[0][0] > 8  # words quoted in it are someone else's
            and not any(mark in text[a.content[0][0]:a.content[0][1]] for mark in "\"“”")]


#: A possessive and a noun of saying before "that" ("Trump’s claim that ...", "his repeated
#: promise that ..."): the possessor is the source, the noun the cue. Each "that" is found
#: first, then the noun and its owner right before it (one pattern tried at every word was slow).
_THAT = re.compile(r"that\b")
_CLAIM_NOUN = re.compile(r"\b((?:repeated\s+|false\s+|recent\s+)?(?:claims?|assertions?|statements?|suggestions?"
                         r"|arguments?|insistence|contention|promises?|pledges?|vows?|warnings?|remarks?|comments?"
                         r"|assurances?|allegations?|accusations?|predictions?|admission|boasts?))\s+$")
_OWNER = re.compile(r"\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}[’']s?|[Hh]is|[Hh]er|[Tt]heir)\s+$")
_PARTICIPLE = re.compile(r",[”\"]?\s+[a-z]+ing\b")
#: A verb before "her" makes it an object, not an owner ("gave her assurances that ...").
_GIVES_HER = re.compile(r"\b(?:gave|give|gives|giving|sent|sends|offered|offers|made|makes|told|tells|showed|shows"
                        r"|handed|owed|won|earned)\s+$", re.IGNORECASE)


def claims(doc: QuotedText) -> list[Attribution]:
    """'Trump’s claim that there have been “thousands of shootings”': the possessor claimed
    the that-clause (to the end of its sentence), as PolNeAR annotates noun cues."""
    text = doc.text
    out = []
    for that in _THAT.finditer(text):
        noun = _CLAIM_NOUN.search(text, max(0, that.start() - 40), that.start())
        match = _OWNER.search(text, max(0, noun.start() - 160), noun.start()) if noun else None
        if match is None or doc.in_quote(match.start()):
            continue
        owner = match.group(1)
        if owner.lower() == "her" and _GIVES_HER.search(text, max(0, match.start() - 20), match.start(1)):
            continue
        speaker = (match.start(1), match.end(1) - (2 if owner.endswith(("’s", "'s")) else 0))
        end = content_end(text, that.start(), doc.sentence(that.start())[1])
        participle = _PARTICIPLE.search(text, that.start(), end)  # '..., saying they were nitpicking'
        content = strip_span(text, that.start(), participle.start() if participle else end)
        out.append(Attribution("indirect", (content,), speaker, noun.span(1)))
    return out


def _report_source(text: str, start: int, end: int) -> Range | None:
    """What "according to" names, as written up to the next punctuation ("early results of
    the exit poll conducted by Edison Research", "a survey released on Thursday"): a cue
    or a verb inside does not make it a clause, as it would before a cue."""
    span = strip_span(text, start, end)
    words = text[span[0]:span[1]].split()
    return span if 0 < len(words) <= MAX_SPEAKER_WORDS else None


