"""Who said what in one text: direct quotes and indirect attributions as spans.

Works on raw text and its offsets (no cleaning), so the same core serves the
brief stage and ``storyline quotes``. Passes over one article:

1. **Direct quotes** (:mod:`storyline.quotemarks`): a quote is attributed by the
   speaker and cue right after it (``"...," Smith said`` / ``said Smith``),
   between two of its parts (``"A," he said, "B."``) or before it when
   introduced by a colon or comma (``Smith said: "..."``, a colon closing the
   paragraph before). A later quote with no cue of its own that directly
   follows an attributed one (next sentence, next paragraph) continues it; one
   inside a clause after the cue ('he said, reasoning that Cruz "did not ..."')
   is an attribution of its own by the same speaker.
2. **Indirect attributions** around a cue verb outside direct quotes:
   ``X said (that) ...``, ``X told Reuters ...``, ``..., X said.``,
   ``..., said X.``, ``according to X, ...`` and ``..., according to X.``.
   Partial quotes inside them stay part of the content.
3. **Remaining quotes** (not titles) go to the subject of their sentence, else
   to the speaker just before them: PolNeAR annotates almost every quote. Those
   of one sentence, or with nothing between them, are one attribution.

The speaker is the noun phrase next to the cue, as written (a name, a
pronoun, "a senior administration official", with its apposition): see
:mod:`storyline.speakers`.

Spans follow PolNeAR's conventions (see docs/ARCHITECTURE.md): content spans
keep their quote marks and a leading "that"; the cue keeps its auxiliaries
("has said", "also told").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate

from .cues import (
    ADVERBS,
    CLAUSE_WORDS,
    OBJECT_VERBS,
    PRONOUNS,
    SAYING,
    TRAILING_ADJUNCT,
    find_cues,
    is_cue_word,
)
from .quotemarks import QuoteSpan, quote_spans
from .segment import sentence_spans
from .speakers import MAX_SPEAKER_WORDS, Range, clean_speaker, speaker_after, speaker_before, strip_span


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution in a text: ``content`` has one or more parts."""

    kind: str  # direct | indirect
    content: tuple[Range, ...]
    speaker: Range | None
    cue: Range | None


_ADDRESSEE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+$", re.IGNORECASE)
_DATELINE = re.compile(r"[A-Z][A-Z .,'’-]{2,40}(?:\([^)\n]{1,40}\))?\s*(?:--|—|–)\s*")
_THAT = re.compile(r"\bthat\b")
_NOT_A_STATEMENT = re.compile(r"(?:(?:not )?to be (?:named|identified|quoted)|for anonymity|to remain anonymous)\b")
_END_PUNCT = re.compile(r"[.!?]+$")


def _cue_span(text: str, start: int, end: int, lo: int) -> Range:
    """Extend a cue left over its auxiliaries and adverbs ("has also said")."""
    while True:
        match = re.search(r"(\b[\w’']+)\s+$", text[lo:start])
        if not match or match.group(1).lower() not in ADVERBS:
            return start, end
        start = lo + match.start(1)


class _Text:
    """One text with its sentences and quotes, for the passes."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sentences = sentence_spans(text)
        self.starts = [s for s, _ in self.sentences]
        self.quotes = quote_spans(text)
        self.lower = text.lower()
        self.quote_starts = [q.start for q in self.quotes]
        self.direct_speakers: dict[int, Range] = {}  # sentence start -> speaker of a direct quote

    def sentence(self, at: int) -> Range:
        index = bisect_right(self.starts, at) - 1
        if index < 0:
            return 0, len(self.text)
        return self.sentences[index]

    def in_quote(self, at: int) -> QuoteSpan | None:
        """The quote holding offset ``at`` (quotes do not overlap)."""
        index = bisect_right(self.quote_starts, at) - 1
        if index >= 0 and at < self.quotes[index].end:
            return self.quotes[index]
        return None


_MARKS = "\"“”‘’'«»„ "


def _ends_statement(text: str, quote: QuoteSpan) -> bool:
    """Whether a quote closes on a full stop ('“We lost.”'): what follows is a new
    sentence, whose cue belongs to it ('“We lost.” He added, “..."'), not to the quote."""
    return text[quote.start:quote.end].rstrip(_MARKS).endswith(".")


def _closes_clause(text: str, quote: QuoteSpan) -> bool:
    """Whether a quote ends on punctuation inside its marks ('“We lost,”', '“Why?”')."""
    return text[quote.start:quote.end].rstrip(_MARKS)[-1:] in {",", ".", "?", "!", "…", "—", "–", "-", ";", ":"}


def _ends_on_cue(text: str, speaker: Range, cue, sentence_end: int) -> bool:
    """'“...” Grubbs said [on Tuesday].': a named speaker and a cue that ends the sentence."""
    first = text[speaker[0]:speaker[1]].split()[0]
    rest = text[cue.end():sentence_end].strip().rstrip(".!?")
    return (first[0].isupper() or first.lower() in PRONOUNS) and TRAILING_ADJUNCT.fullmatch(rest) is not None


_SUBORDINATE = re.compile(r"\b(?:after|before|because|since|until|unless|although|though|while|when|if|whereas)\b",
                          re.IGNORECASE)


def _cue_after_quote(doc: _Text, quote: QuoteSpan) -> tuple[Range, Range] | None:
    """(speaker, cue) right after a quote: ', Smith said' or ', said Smith'."""
    text = doc.text
    sentence_end = max(doc.sentence(max(quote.end - 1, 0))[1], quote.end)
    strict = sentence_end == quote.end
    if strict and not _ends_statement(text, quote):  # '“Who are they?” Trump said.': the splitter cut
        following = quote.end
        while following < len(text) and text[following] in " \t":
            following += 1
        if following < len(text) and text[following] != "\n":
            sentence_end = doc.sentence(following)[1]
    hi = min(sentence_end, quote.end + 160)
    window = text[quote.end:hi]
    if not re.match(r"\s*[,—–-]?\s*\S", window) or window.lstrip()[:1] in "“\"‘":
        return None
    partial = not _closes_clause(text, quote) and not re.match(r"\s*[,—–-]", window)
    if _is_title(text, quote) and text[doc.sentence(quote.start)[0]:quote.start].strip():
        return None  # 'in an interview with “Fox and Friends,” Trump said': a title inside a sentence
    following_quote = bisect_right(doc.quote_starts, quote.start)
    if following_quote < len(doc.quotes):
        hi = min(hi, doc.quotes[following_quote].start + 1)  # the window stops at the next quote
    for match in find_cues(text, quote.end, hi):
        if doc.in_quote(match.start()):
            return None
        gap = text[quote.end:match.start()]
        if len(gap.split()) > MAX_SPEAKER_WORDS or _SUBORDINATE.search(gap):
            return None  # '“...,” after Brian Fallon expressed support': the cue has a clause of its own
        cue = _cue_span(text, match.start(), match.end(), quote.end)
        speaker = speaker_before(text, quote.end, cue[0]) if gap.strip(" ,—–-\n") else None
        if speaker is None and not text[quote.end:cue[0]].strip(" ,—–-\n"):
            speaker = speaker_after(text, match, hi)
        elif speaker is not None and _goes_on(text, match, sentence_end, 0 if strict else 8):
            return None  # '“Title,” Smith said the plan ...': the cue introduces its own content
        elif speaker is not None and partial and not _ends_on_cue(text, speaker, match, sentence_end):
            return None  # 'said “it gets me mad” every time he thinks about ...': a partial quote in a clause
        return (speaker, cue) if speaker is not None else None
    return None


#: After a quote's cue: what it was about or to whom ("said of the plan", "said to
#: reporters"), or what the speaker was doing ("said, introducing Clinton").
_AFTER_QUOTE_ADJUNCT = re.compile(r"(?:of|about)\b|to\s+(?:[A-Z]|(?:the|a|an|his|her|their|reporters|him|her|them)\b)"
                                  r"|\w+ing\b")


def _goes_on(text: str, cue, sentence_end: int, words: int) -> bool:
    """Whether a clause of its own follows the cue (not an adjunct, a quote, a
    speaker or the person addressed)."""
    rest = text[cue.end():sentence_end].strip().rstrip(".!?")
    if not rest or rest[0] in ",;:—–\"“‘'":
        return False
    that = re.match(r"([^,;“\"]{0,60})\bthat\b", rest)
    if that and not any(is_cue_word(w) or w.endswith("ing") for w in that.group(1).split()):
        return True  # "said on Sunday that ...", not "told the AP after hinting that ...": content of its own
    if TRAILING_ADJUNCT.match(rest).end() or cue.group().lower() in OBJECT_VERBS or _AFTER_QUOTE_ADJUNCT.match(rest):
        return False  # an adjunct ("during the interview in Macau, ...", "of the plan") or the person addressed
    return len(rest.split()) > words


def _cue_before_quote(doc: _Text, quote: QuoteSpan) -> tuple[Range, Range] | None:
    """(speaker, cue) introducing a quote: 'Smith said: "..."', 'He told reporters, "..."',
    or a colon ending the paragraph before."""
    text = doc.text
    lo = doc.sentence(quote.start)[0]
    if lo >= quote.start:  # the quote opens its sentence: look at the one before
        hi = quote.start
        while hi > 0 and text[hi - 1].isspace():
            hi -= 1
        if hi == 0 or text[hi - 1] != ":":
            return None
        lo = doc.sentence(hi - 1)[0]
    else:
        hi = quote.start
        if not text[lo:hi].rstrip().endswith((":", ",")):
            return None
    cues = [m for m in find_cues(text, lo, hi) if not doc.in_quote(m.start())]
    colon = text.rfind(":", lo, hi)
    if cues and len(text[cues[-1].end():hi].split()) <= 10:
        cue = _cue_span(text, cues[-1].start(), cues[-1].end(), lo)
        speaker = speaker_before(text, _clause_start(doc, lo, cue[0]), cue[0])
        return (speaker, cue) if speaker else None
    if colon >= 0 and not text[colon + 1:hi].strip():  # 'Chris Matthews: "..."', 'The statement reads:'
        speaker = speaker_before(text, lo, colon) or _subject(doc, lo, colon)
        return (speaker, (colon, colon + 1)) if speaker else None
    return None


def _clause_start(doc: _Text, lo: int, at: int) -> int:
    """Start of the clause before ``at``: after the last quote ending in [lo, at)."""
    index = bisect_right(doc.quote_starts, at) - 1
    while index >= 0 and doc.quotes[index].end > at:
        index -= 1
    return max(lo, doc.quotes[index].end) if index >= 0 else lo


def _content_end(text: str, start: int, end: int) -> int:
    """Drop a sentence's final full stop unless it sits inside closing quotes."""
    end = strip_span(text, start, end)[1]
    match = _END_PUNCT.search(text, start, end)
    return match.start() if match else end


def _in_clause(text: str, attribution: Attribution, at: int) -> bool:
    """Whether a quote after a cue sits inside a clause of the cue's sentence (not
    after a comma, colon or dash that hands it back to the speaker: '“A,” he said, “B.”'),
    and not in the apposition of a speaker named after the cue ('said Ramos, whose book ...').
    """
    if attribution.cue is None or attribution.speaker is None or attribution.speaker[0] > attribution.cue[0]:
        return False
    before = re.sub(r"\s+(?:and|or|but)$", "", text[attribution.cue[1]:at].rstrip())  # 'she said, and “B”'
    return bool(before) and before[-1] not in ",:;—–-(."


def _direct(doc: _Text) -> tuple[list[Attribution], set[int]]:
    """Direct quotes with their speakers; returns them and the cue offsets used.

    A paragraph-opening quote left open waits (``pending``) for the paragraph
    that carries on and names the speaker ("...\n\n"..., she said.")."""
    found: list[Attribution] = []
    used: set[int] = set()
    last: tuple[Attribution, int] | None = None  # the attribution to continue, and where it may
    pending: list[Range] = []
    asides: list[Attribution] = []
    for quote in doc.quotes:
        after = _cue_after_quote(doc, quote)
        pair = after or _cue_before_quote(doc, quote)
        if pair is None and last is not None and quote.start < last[1] and last[0].cue \
                and next(find_cues(doc.text, last[0].cue[1], quote.start), None):
            continue  # 'Carson told the AP after hinting that “personnel changes” ...': another cue's content
        if pair is None and last is not None and quote.start < last[1] and last[0].cue \
                and last[0].cue[1] <= quote.start and _in_clause(doc.text, last[0], quote.start):
            if not _is_title(doc.text, quote):  # 'said in an interview on “Meet the Press.”': no statement
                asides = _add_aside(asides, last[0], quote)
            continue
        if pair is None and last is not None and not doc.text[last[1]:quote.start].strip():
            attribution = last[0]
            found[-1] = Attribution("direct", (*attribution.content, (quote.start, quote.end)),
                                    attribution.speaker, attribution.cue)
            last = (found[-1], max(last[1], quote.end))  # a partial quote inside the cue's sentence
            continue
        if pair is None:
            last = None
            pending = [*pending, (quote.start, quote.end)] if quote.continued else []
            continue
        parts = (*pending, (quote.start, quote.end)) if quote.continues else ((quote.start, quote.end),)
        pending = []
        speaker, cue = pair
        if last is not None and last[0].cue == cue:  # "A," he said, "B."
            found[-1] = Attribution("direct", (*last[0].content, *parts), speaker, cue)
        else:
            found.append(Attribution("direct", parts, speaker, cue))
        used.add(cue[0])
        tail = doc.sentence(max(cue[1] - 1, 0))[1] if after else quote.end
        last = (found[-1], max(tail, quote.end))
    return found + asides, used


def _add_aside(asides: list[Attribution], attribution: Attribution, quote: QuoteSpan) -> list[Attribution]:
    """A quote inside a clause after a direct quote's cue ('“...,” he said, reasoning that
    Cruz “did not have to ...”') is an attribution of its own, by the same speaker, as
    PolNeAR annotates it; several in that clause are one ('a “train wreck” and “outsourcer”')."""
    part = (quote.start, quote.end)
    if asides and attribution.cue and asides[-1].content[-1][1] > attribution.cue[1]:
        return [*asides[:-1], Attribution("direct", (*asides[-1].content, part), attribution.speaker, None)]
    return [*asides, Attribution("direct", (part,), attribution.speaker, None)]


def _according_to(doc: _Text, match, lo: int, hi: int) -> Attribution | None:
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
        content = strip_span(text, comma + 1, _content_end(text, comma + 1, hi))
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
           "source", "sources", "paid notice", "name", "revealed", "wow", "so"}


def _line_colons(text: str) -> list[Attribution]:
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
        content = strip_span(text, match.start(3), _content_end(text, match.start(3), match.end(3)))
        out.append(Attribution("indirect", (content,), match.span(1), match.span(2)))
    return out


_WHEN = re.compile(r"[\s\"“]*(?:(?:[\w’',]+\s+){0,12}(?:when|When)\s+|(?:[Aa]nd|[Bb]ut)\s+when\s+)?")
_QUESTION = re.compile(r"(?:\s+by\s+([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*))?[^,;:]{0,40}?\s"
                       r"((?:whether|if|what|why|how|who|which|when|where|about|to)\b[^;:]*?)(?=,|\.?$)")


def _asked(text: str, match, hi: int) -> Attribution | None:
    """'Asked (by X) whether/what/about ..., Y said' and '... when asked how ...': the
    question is the content, its asker (if named) the source, as PolNeAR annotates it."""
    question = _QUESTION.match(text[:_content_end(text, match.end(), hi)], match.end())
    if question is None or len(question.group(2).split()) < 2:
        return None
    return Attribution("indirect", (question.span(2),), question.span(1) if question.group(1) else None,
                       (match.start(), match.end()))


_POLL = r"\b(?:poll|polls|survey|surveys)\b"
_IN_POLL_FIRST = re.compile(r"[\s\"“]*(In)\s+((?:a|an|the|one|two|three|its|their|this|these|[A-Z][\w/&.’'-]*)\s"
                            r"[^,;:\"“]{0,80}?" + _POLL + r"[^,;:\"“]{0,60}?),\s*")
_IN_POLL_LAST = re.compile(r"\s(in)\s+([^,;:\"“]{0,60}?" + _POLL + r"[^;:\"“]{0,60}?)[.!?]?\s*$")


def _in_polls(doc: _Text) -> list[Attribution]:
    """Poll results: "In a CNN poll released Monday, Clinton led ..." and "Trump is ahead
    in the latest polls.": the poll is the source, "in" the cue (as PolNeAR annotates)."""
    text = doc.text
    out = []
    for lo, hi in doc.sentences:
        first = _IN_POLL_FIRST.match(text, lo, hi)
        if first:
            content = strip_span(text, first.end(), _content_end(text, first.end(), hi))
            out.append(Attribution("indirect", (content,), first.span(2), first.span(1)))
            continue
        last = _IN_POLL_LAST.search(text, lo, hi)
        if last and len(text[lo:last.start()].split()) >= 3 and not doc.in_quote(last.start(1)):
            out.append(Attribution("indirect", (strip_span(text, lo, last.start()),), last.span(2), last.span(1)))
    return [a for a in out if a.content[0][1] - a.content[0][0] > 8  # words quoted in it are someone else's
            and not any(mark in text[a.content[0][0]:a.content[0][1]] for mark in "\"“”")]


def _report_source(text: str, start: int, end: int) -> Range | None:
    """What "according to" names, as written up to the next punctuation ("early results of
    the exit poll conducted by Edison Research", "a survey released on Thursday"): a cue
    or a verb inside does not make it a clause, as it would before a cue."""
    span = strip_span(text, start, end)
    words = text[span[0]:span[1]].split()
    return span if 0 < len(words) <= MAX_SPEAKER_WORDS else None


def _indirect_at(doc: _Text, match, found: list[Attribution]) -> Attribution | None:
    text = doc.text
    lo, hi = doc.sentence(match.start())
    if match.group().lower().startswith("according"):
        return _according_to(doc, match, lo, hi)
    if match.group().lower() == "asked" and _WHEN.fullmatch(text, lo, match.start()):
        return _asked(text, match, hi)
    if _ADDRESSEE.search(text, max(lo, match.start() - 12), match.start()) and match.group().lower() in OBJECT_VERBS:
        return None  # "I was told", "asked not to be named": the subject is addressed, not the source
    if text[max(lo, match.start() - 6):match.start()].lower() == "to be ":
        return None
    cue = _cue_span(text, match.start(), match.end(), lo)
    end = _content_end(text, match.end(), hi)
    rest = text[match.end():end].strip()
    if _NOT_A_STATEMENT.match(rest):  # "who declined to be identified"
        return None
    adjunct_only = TRAILING_ADJUNCT.fullmatch(rest) is not None and not _THAT.search(rest) \
        and not any(w in CLAUSE_WORDS for w in rest.split())
    if not adjunct_only:
        forward = _forward(doc, match, cue, lo, end, found)
        if forward is not None:
            return forward
    if len(rest.split()) > 12 or _THAT.search(rest):
        return None
    # CONTENT, X said [adjunct].  /  CONTENT, said X.
    head = text[lo:cue[0]]
    comma = max(head.rfind(","), head.rfind("—"))
    if comma < 0:
        return None
    speaker = speaker_before(text, lo + comma + 1, cue[0]) if head[comma + 1:].strip() else None
    if speaker is None and not head[comma + 1:].strip():
        speaker = speaker_after(text, match, hi)
    if speaker is None:
        return None
    dateline = _DATELINE.match(text, lo)
    content = strip_span(text, dateline.end() if dateline else lo, lo + comma, " \t\n,;:")
    if len(text[content[0]:content[1]].split()) < 3:
        return None
    return Attribution("indirect", (content,), speaker, cue)


def _forward(doc: _Text, match, cue: Range, lo: int, end: int,
             found: list[Attribution]) -> Attribution | None:
    """X said (that) CONTENT / X told Reuters (that) CONTENT; a coordinated or
    participle cue ("..., but insists", "..., saying") shares its sentence's speaker."""
    text = doc.text
    clause = _clause_start(doc, lo, cue[0])
    shared = _SHARED_SUBJECT.search(text, clause, cue[0])
    participle = shared is not None and match.group().lower().endswith("ing")  # "..., saying"
    speaker = None if participle else speaker_before(text, clause, cue[0])
    inverted = len(text[match.end():end].split()) <= 12 and speaker_after(text, match, end) is not None
    if speaker is None and shared and not (shared.group().strip()[:1] == "," and inverted):
        speaker = _sentence_speaker(doc, lo, cue[0], found)
    if speaker is None:
        return None
    start = match.end()
    coordinated = next((m for m in _COORDINATED.finditer(text, start, end) if is_cue_word(m.group(1))), None)
    if coordinated:
        end = coordinated.start()
    that = _THAT.search(text, start, min(end, start + 80))
    if that and _opens_content(text[start:that.start()]) and not doc.in_quote(that.start()):
        start = that.start()
    elif match.group().lower() in OBJECT_VERBS:
        start = _skip_object(text, start, end)
    content = strip_span(text, start, end)
    if not text[content[0]:content[1]].split() or _NOT_A_STATEMENT.match(text, content[0]):
        return None
    return Attribution("indirect", (content,), speaker, cue)


def _opens_content(before_that: str) -> bool:
    """Whether a 'that' after a cue opens its content: only an adjunct or the person
    addressed may come between ("said on Sunday that", "told Reuters that"), not a
    clause ("said Republicans are engaged in mischief that shows ...")."""
    words = before_that.split()
    return len(words) <= 8 and "," not in before_that and not any(w in CLAUSE_WORDS for w in words) \
        and not any(mark in before_that for mark in "\"“”")


_LINKS = r"and|but|before|after|while"  # "X said ... before claiming ...": the second cue shares X
_COORDINATED = re.compile(r"(?:(?:,[”\"]?)?\s+(?:" + _LINKS + r")|,[”\"]?)\s+(?:\w+ly\s+|also\s+|then\s+)?"
                          r"(?=([A-Za-z]+)\b)")
_SHARED_SUBJECT = re.compile(r"(?:,|\b(?:" + _LINKS + r"))\s*(?:\w+ly\s+|also\s+|then\s+)?$")


def _sentence_speaker(doc: _Text, lo: int, at: int, found: list[Attribution]) -> Range | None:
    """The speaker of an earlier attribution in the sentence, else its subject.

    Indirect attributions are appended in text order, so only the last few
    can be in this sentence; direct ones are looked up by sentence."""
    for attribution in reversed(found[-_RECENT:]):
        if attribution.cue and lo <= attribution.cue[0] < at and attribution.speaker:
            return attribution.speaker
    return doc.direct_speakers.get(lo) or _subject(doc, lo, at)


_RECENT = 8


def _subject(doc: _Text, lo: int, hi: int) -> Range | None:
    """The first name or pronoun of ``text[lo:hi]`` followed by a lower-case word, past
    sentence openers ("Only six years earlier, he ...", "There’s still time for Cruz")."""
    for match in _SUBJECT.finditer(doc.text, lo, hi):
        head = re.sub(r"[’']s$", "", match.group().split()[0])
        if head not in _NOT_SUBJECT and not match.group().endswith("ing"):
            return match.span()
    return None


def _skip_object(text: str, start: int, end: int) -> int:
    """After 'told'/'asked': skip the person addressed ("told Reuters", "told reporters")."""
    match = re.match(r"\s*(?:(?:the|a|an)\s+)?(?:[A-Z][\w’'.&-]*\s*)+|\s*(?:reporters|journalists|him|her|them|"
                     r"us|me|you|supporters|the\s+\w+|an?\s+\w+)\b", text[start:end])
    return start + match.end() if match else start


def find_attributions(text: str) -> list[Attribution]:
    """Every attribution of ``text``, ordered by where its content starts."""
    doc = _Text(text)
    direct, used = _direct(doc)
    doc.direct_speakers = {doc.sentence(a.cue[0])[0]: a.speaker for a in direct if a.cue and a.speaker}
    found = list(direct)
    cues = {a.cue for a in found}
    for match in find_cues(text):
        if match.start() in used or doc.in_quote(match.start()):
            continue
        attribution = _indirect_at(doc, match, found)
        if attribution is None or attribution.cue in cues:
            continue
        cues.add(attribution.cue)
        found.append(_to_quote_end(doc, attribution))
    found.extend(a for a in _line_colons(text) if a.cue not in cues and a.cue[0] not in used)
    found.extend(_in_polls(doc))
    found = _drop_nested(text, _trim_over_direct(text, _drop_over_direct_cue(text, found)))
    found = _hand_over(doc, _drop_reported(text, found))
    found = _carry_on(doc, found, _unattributed(doc, found))
    return sorted(found, key=lambda a: (a.content[0], a.cue or (0, 0)))


_GOES_ON = {"adding", "added", "explaining", "explained", "continuing", "continued"}


def _hand_over(doc: _Text, found: list[Attribution]) -> list[Attribution]:
    """Quotes carried on after a direct quote's sentence go to a later cue of that sentence
    that announces more speech and shares the speaker ('“A,” he said, adding that B. “C.”':
    "C" is what he was adding), as PolNeAR annotates them ("referring to", "citing" do not
    take them)."""
    later: dict[Range, Attribution] = {}  # direct cue -> the last indirect of its sentence sharing its speaker
    by_cue = {a.cue: a for a in found if a.kind == "direct" and a.cue and len(a.content) > 1}
    for a in found:
        if a.kind != "indirect" or a.cue is None or doc.text[a.cue[0]:a.cue[1]].split()[-1] not in _GOES_ON:
            continue
        for cue, direct in by_cue.items():
            if direct.speaker == a.speaker and cue[1] <= a.cue[0] and a.content[-1][1] <= doc.sentence(cue[0])[1]:
                later[cue] = a
    moved: dict[Range, tuple[Range, ...]] = {}  # indirect cue -> parts handed over
    out = []
    for a in found:
        target = later.get(a.cue) if a.kind == "direct" else None
        if target is not None:
            keep = tuple(part for part in a.content if part[0] < target.content[-1][1])
            if keep and len(keep) < len(a.content):
                moved[target.cue] = a.content[len(keep):]
                a = Attribution(a.kind, keep, a.speaker, a.cue)
        out.append(a)
    return [Attribution(a.kind, (*a.content, *moved[a.cue]), a.speaker, a.cue) if a.cue in moved else a for a in out]


_SUBJECT = re.compile(r"\b(?:(?:The|A|An)\s+[a-z]+\b|"
                      r"[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*)*|he|she|they|we|I)\b(?=,?\s+[a-z])")
_NOT_SUBJECT = {"The", "A", "An", "But", "And", "In", "On", "At", "As", "When", "After", "Before", "While", "If",
                "So", "For", "With", "From", "During", "Since", "Still", "Yet", "Then", "Now", "Asked", "Last", "This",
                "That", "There", "It", "Speaking", "According", "Earlier", "Later", "Meanwhile", "Monday",
                "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Signs", "Ask", "Read", "Here",
                "Of",
                # adverbs, conjunctions, interjections, auxiliaries: "Yes, the ...", "Maybe the window ..."
                "Only", "Yes", "No", "Maybe", "Perhaps", "Rather", "However", "Or", "Nor", "Just", "Even", "Also",
                "Instead", "Indeed", "Thus", "Why", "What", "How", "Where", "Will", "Would", "Can", "Could", "Should",
                "Do", "Does", "Did", "Is", "Are", "Was", "Were", "Not", "Never", "Too", "Thanks", "To", "Once",
                "Sometimes", "Often", "Today", "Tonight", "Yesterday", "Tomorrow", "Like", "Unlike", "Despite",
                "Although", "Though", "Because", "Until", "Unless", "Whether", "Besides", "Well", "Again",
                "Already", "Soon", "Sure", "Certainly", "Clearly", "Obviously", "Apparently", "Unfortunately",
                "Fortunately", "Actually", "Please", "Let"}


def _to_quote_end(doc: _Text, attribution: Attribution) -> Attribution:
    """A content never ends inside a quote (sentences split inside quotes)."""
    start, end = attribution.content[-1]
    quote = doc.in_quote(end - 1)
    if quote is None or quote.start < start or quote.end <= end:
        return attribution
    return Attribution(attribution.kind, (*attribution.content[:-1], (start, quote.end)),
                       attribution.speaker, attribution.cue)


def _trim_over_direct(text: str, found: list[Attribution]) -> list[Attribution]:
    """Cut an indirect content where a separately attributed direct quote begins."""
    starts = sorted(min(a.content[0][0], *(a.speaker or ()), *(a.cue or ()))
                    for a in found if a.kind == "direct")
    out = []
    for a in found:
        if a.kind == "indirect":
            start, end = a.content[0]
            index = bisect_right(starts, start)
            cut = starts[index] if index < len(starts) and starts[index] < end else None
            if cut is not None:
                start, end = strip_span(text, start, cut, " \t\n,;:—–")
                if len(text[start:end].split()) < 2:
                    continue
                a = Attribution(a.kind, ((start, end),), a.speaker, a.cue)
        out.append(a)
    return out


def _drop_over_direct_cue(text: str, found: list[Attribution]) -> list[Attribution]:
    """Drop an indirect attribution whose content holds a direct quote's cue
    ('"...," said Bruce Willsie, who declined ...'), or, when its own cue is not a
    verb of saying, another's verb of saying ('issued a statement after Trump told
    a town hall that ...'): it runs over another attribution. "According to" may
    hold one ('"...," Sanders said, according to CNN')."""
    direct = sorted(a.cue[0] for a in found if a.kind == "direct" and a.cue)
    saying = sorted(a.cue[0] for a in found if a.kind == "indirect" and a.cue and _says(text, a))

    def holds(cues: list[int], a: Attribution) -> bool:
        index = bisect_left(cues, a.content[0][0])
        return index < len(cues) and cues[index] < a.content[-1][1]

    return [a for a in found if a.kind == "direct" or text[a.cue[0]:a.cue[1]].lower().startswith("according")
            or not (holds(direct, a) or (not _says(text, a) and holds(saying, a)))]


def _drop_reported(text: str, found: list[Attribution]) -> list[Attribution]:
    """Drop a direct quote that, with its cue, is the content of an "according to"
    ('“...,” Walker said, according to an AP account.'): PolNeAR annotates the report
    only (28 of 28 such contents in train); the quote's later parts go to the report."""
    reports = {a.content[0]: a for a in found if a.kind == "indirect" and a.cue
               and text[a.cue[0]:a.cue[1]].lower().startswith("according")}
    rest: dict[Range, tuple[Range, ...]] = {}  # report content -> parts of the quote after it
    out = []
    for a in found:
        report = next((r for r in reports if a.kind == "direct" and a.cue is not None
                       and r[0] <= a.content[0][0] and a.cue[1] <= r[1]), None)
        if report is None:
            out.append(a)
        else:
            rest[report] = tuple(part for part in a.content if part[0] >= report[1])
    return [Attribution(a.kind, (*a.content, *rest[a.content[0]]), a.speaker, a.cue)
            if a.kind == "indirect" and a.content[0] in rest and reports.get(a.content[0]) is a else a for a in out]


def _says(text: str, a: Attribution) -> bool:
    return text[a.cue[0]:a.cue[1]].split()[-1].lower() in SAYING


def _drop_nested(text: str, found: list[Attribution]) -> list[Attribution]:
    """Drop an indirect attribution whose cue and content lie inside another's
    content, unless its cue is a verb of saying: PolNeAR annotates "X said that
    Y believed Z" once but "X wrote that Y said Z" twice."""
    parts = sorted(part for a in found for part in a.content)
    starts = [s for s, _ in parts]
    reach = list(accumulate((e for _, e in parts), max))

    def nested(a: Attribution) -> bool:
        index = bisect_left(starts, min(a.content[0][0], a.cue[0])) - 1
        return index >= 0 and reach[index] >= a.content[-1][1]

    return [a for a in found if a.kind == "direct" or a.cue is None or not nested(a)
            or _says(text, a)]


def _is_title(text: str, quote: QuoteSpan) -> bool:
    """A short quote in title case (“Meet the Press”): a name, not a statement; one
    closing on "!" or "?" is an exclamation or a question (“Okay!”)."""
    words = re.findall(r"[\w’']+", text[quote.start:quote.end])
    if text[quote.start:quote.end].rstrip(_MARKS)[-1:] in {"!", "?"}:
        return False
    return not words or (len(words) <= 6 and all(w[0].isupper() or w.lower() in _TITLE_SMALL for w in words))


_TITLE_SMALL = {"a", "an", "the", "of", "and", "on", "in", "for", "to", "at", "with", "&"}


def _unattributed(doc: _Text, found: list[Attribution]) -> list[Attribution]:
    """Quotes no cue claimed: attributed to the subject of their sentence, else
    to the speaker of the attribution just before them; several in one sentence,
    or with nothing between them, are one attribution ('"profane" and "sexist"
    attacks'), as PolNeAR groups them."""
    covered = sorted(part for a in found for part in a.content)
    starts = [s for s, _ in covered]
    reach = list(accumulate((e for _, e in covered), max))  # furthest end among parts starting so far
    ends = sorted((a.content[-1][1], a.speaker) for a in found if a.speaker)
    end_offsets = [e for e, _ in ends]
    extra = []
    for quote in doc.quotes:
        index = bisect_right(starts, quote.start) - 1
        if (index >= 0 and reach[index] >= quote.end) or _is_title(doc.text, quote):
            continue
        sentence = doc.sentence(quote.start)
        if _is_term(doc, quote, sentence):
            continue
        if extra and _joins(doc.text, extra[-1], sentence[0], quote.start):
            previous = extra[-1]
            extra[-1] = Attribution("direct", (*previous.content, (quote.start, quote.end)), previous.speaker, None)
            continue
        speaker = _subject(doc, sentence[0], quote.start)
        if speaker is None:
            index = bisect_right(end_offsets, quote.start) - 1
            if index >= 0 and quote.start - ends[index][0] < 400:
                speaker = ends[index][1]
        extra.append(Attribution("direct", ((quote.start, quote.end),), speaker, None))
    return extra


def _carry_on(doc: _Text, found: list[Attribution], free: list[Attribution]) -> list[Attribution]:
    """A free quote opening the sentence right after an indirect attribution's sentence
    continues it (``Clinton “drew well” there, said Paul Beck. “That was her base.”``), as
    one opening the sentence after a direct quote's does; other free quotes stay apart."""
    by_end: dict[int, int] = {}  # end of an indirect attribution's sentence -> its index in found
    for index, a in enumerate(found):
        if a.kind == "indirect" and a.cue is not None:
            by_end[max(doc.sentence(a.cue[0])[1], a.content[-1][1])] = index
    out = list(found)
    for a in free:
        start = a.content[0][0]
        end = start
        while end > 0 and doc.text[end - 1].isspace():
            end -= 1
        index = by_end.get(end)
        if index is not None and doc.sentence(start)[0] == start:
            target = out[index]
            out[index] = Attribution(target.kind, (*target.content, *a.content), target.speaker, target.cue)
        else:
            out.append(a)
    return out


def _is_term(doc: _Text, quote: QuoteSpan, sentence: Range) -> bool:
    """A short quote the text writes again elsewhere, in a sentence without a cue
    ('the “establishment” candidate'): a term the writer marks, not someone's words
    (PolNeAR annotates 40% of them, against 70% of other free quotes)."""
    inner = doc.text[quote.start + 1:quote.end - 1].strip(" ,.!?").lower()
    if not inner or len(inner.split()) > 3 or doc.lower.count(inner) < 2:
        return False
    return next(find_cues(doc.text, sentence[0], sentence[1]), None) is None


def _joins(text: str, previous: Attribution, sentence_start: int, at: int) -> bool:
    """Whether a free quote at ``at`` joins the free quote before it: same sentence,
    or nothing but space between them (“A.” “B.”, also across paragraphs)."""
    end = previous.content[-1][1]
    return end > sentence_start or not text[end:at].strip()
