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
   ``..., said X.``; and those without a verb of saying (:mod:`storyline.reports`:
   "according to X", "X: ..." lines, "asked whether ...", polls). Partial
   quotes inside them stay part of the content. The attributions found are then
   trimmed, dropped and regrouped where they overlap (:mod:`storyline.regroup`).
3. **Remaining quotes** (not titles or terms) go to the subject of their
   sentence, else to the speaker just before them (:mod:`storyline.freequotes`):
   PolNeAR annotates almost every quote. Those of one sentence, or with nothing
   between them, are one attribution.

The speaker is the noun phrase next to the cue, as written (a name, a
pronoun, "a senior administration official", with its apposition): see
:mod:`storyline.speakers`.

Spans follow PolNeAR's conventions (see docs/ARCHITECTURE.md): content spans
keep their quote marks and a leading "that"; the cue keeps its auxiliaries
("has said", "also told").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .cues import (
    ADVERBS,
    CLAUSE_WORDS,
    OBJECT_VERBS,
    PRONOUNS,
    TRAILING_ADJUNCT,
    find_cues,
    is_cue_word,
)
from .freequotes import is_title, subject, unattributed
from .quotedtext import MARKS, Attribution, QuotedText, content_end
from .quotemarks import QuoteSpan
from .regroup import (
    carry_on,
    drop_in_report_source,
    drop_nested,
    drop_over_direct_cue,
    drop_reported,
    hand_over,
    trim_over_direct,
)
from .reports import according_to, asked, claims, in_polls, line_colons, opens_question
from .speakers import MAX_SPEAKER_WORDS, Range, speaker_after, speaker_before, strip_span

__all__ = ["Attribution", "find_attributions"]

# A passive cue: the subject is addressed ("I was told"), summoned or named ("were called to the hall",
# "is officially called"), not the source
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_DATELINE = re.compile(r"[A-Z][A-Z .,'’-]{2,40}(?:\([^)\n]{1,40}\))?\s*(?:--|—|–)\s*"
                       r"|[A-Z][A-Z .,'’-]{2,40}\([^)\n]{1,40}\)\s+-\s+")  # "WASHINGTON (Reuters) - "
_THAT = re.compile(r"\bthat\b")
# What follows a cue but reports nothing: a request for anonymity or for comment ("asked Greyline for comment")
_NOT_A_STATEMENT = re.compile(r"(?:(?:not )?to be (?:named|identified|quoted)|for anonymity|to remain anonymous"
                              r"|for comment)\b")
# "claimed" with a prize, a place, lives or responsibility as its object is no speech of its own:
# "claimed the green jersey", "claimed the lives of 20 people", "claimed responsibility for the
# attack" (unless a verb follows: "claimed the title was rigged").
_CLAIMED_A_PRIZE = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|\w+['’]s)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:title|titles|jersey|victory|win|lead|medal|gold|silver|bronze|seat|seats|lives|life|prize|crown"
    r"|trophy|record|stage|championship|pole|top spot|spot|place|responsibility|credit)\b"
    r"(?!\s+(?:is|was|were|are|had|has|have|would|will|could|should)\b)", re.IGNORECASE)


def _cue_span(text: str, start: int, end: int, lo: int) -> Range:
    """Extend a cue left over its auxiliaries and adverbs ("has also said")."""
    while True:
        match = re.search(r"(\b[\w’']+)\s+$", text[lo:start])
        if not match or match.group(1).lower() not in ADVERBS:
            return start, end
        start = lo + match.start(1)


def _ends_statement(text: str, quote: QuoteSpan) -> bool:
    """Whether a quote closes on a full stop ('“We lost.”'): what follows is a new
    sentence, whose cue belongs to it ('“We lost.” He added, “..."'), not to the quote."""
    return text[quote.start:quote.end].rstrip(MARKS).endswith(".")


def _closes_clause(text: str, quote: QuoteSpan) -> bool:
    """Whether a quote ends on punctuation inside its marks ('“We lost,”', '“Why?”')."""
    return text[quote.start:quote.end].rstrip(MARKS)[-1:] in {",", ".", "?", "!", "…", "—", "–", "-", ";", ":"}


def _ends_on_cue(text: str, speaker: Range, cue, sentence_end: int) -> bool:
    """'“...” Grubbs said [on Tuesday].': a named speaker and a cue that ends the sentence."""
    first = text[speaker[0]:speaker[1]].split()[0]
    rest = text[cue.end():sentence_end].strip().rstrip(".!?")
    return (first[0].isupper() or first.lower() in PRONOUNS) and TRAILING_ADJUNCT.fullmatch(rest) is not None


_SUBORDINATE = re.compile(r"\b(?:after|before|because|since|until|unless|although|though|while|when|if|whereas)\b",
                          re.IGNORECASE)


#: A sentence that is only a speaker and a cue ('“... missing.” Trump said.'): the cue of the
#: quote before it, even when that quote closes on a full stop.
_SPEAKER_CUE_ONLY = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,4}(?:said|says|wrote|added|told reporters)\.")


#: A quote alone on its line credited after a dash ('“...” ― Sonya Herridge', reader
#: comments and epigraphs): the name is the speaker, the dash the cue.
_DASH_CREDIT = re.compile(r"[^\S\n]*([―—–]|--)[^\S\n]*([A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){0,4})(?:[^\S\n]|\.)*"
                          r"(?:\n|$)")


def _dash_credit(text: str, quote: QuoteSpan) -> tuple[Range, Range] | None:
    """(speaker, cue) of a quote that fills its line up to '― Name'."""
    if text[text.rfind("\n", 0, quote.start) + 1:quote.start].strip():
        return None
    match = _DASH_CREDIT.match(text, quote.end)
    if match is None:
        return None
    start, end = match.span(2)
    while text[end - 1] == ".":  # 'Carla Sanchez.' ends the line, not the name
        end -= 1
    return (start, end), match.span(1)


def _cue_after_quote(doc: QuotedText, quote: QuoteSpan) -> tuple[Range, Range] | None:
    """(speaker, cue) right after a quote: ', Smith said', ', said Smith' or ' ― Smith'."""
    text = doc.text
    credit = _dash_credit(text, quote)
    if credit is not None:
        return credit
    sentence_end = max(doc.sentence(max(quote.end - 1, 0))[1], quote.end)
    strict = sentence_end == quote.end
    following = quote.end
    while following < len(text) and text[following] in " \t":
        following += 1
    if strict and following < len(text) and text[following] != "\n" and (
            not _ends_statement(text, quote) or _SPEAKER_CUE_ONLY.fullmatch(text, *doc.sentence(following))):
        sentence_end = doc.sentence(following)[1]  # '“Who are they?” Trump said.': the splitter cut
    hi = min(sentence_end, quote.end + 160)
    window = text[quote.end:hi]
    if not re.match(r"\s*[,—–-]?\s*\S", window) or window.lstrip()[:1] in "“\"‘":
        return None
    partial = not _closes_clause(text, quote) and not re.match(r"\s*[,—–-]", window)
    if is_title(text, quote) and text[doc.sentence(quote.start)[0]:quote.start].strip():
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


def _cue_before_quote(doc: QuotedText, quote: QuoteSpan) -> tuple[Range, Range] | None:
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
        speaker = speaker_before(text, _clause_start(doc, lo, cue[0]), cue[0]) \
            or (speaker_after(text, cues[-1], hi) if not text[lo:cue[0]].strip(MARKS) else None)  # 'Stated Stone:'
        return (speaker, cue) if speaker else None
    if colon >= 0 and not text[colon + 1:hi].strip():  # 'Chris Matthews: "..."', 'The statement reads:'
        speaker = speaker_before(text, lo, colon) or subject(doc, lo, colon)
        return (speaker, (colon, colon + 1)) if speaker else None
    return None


def _clause_start(doc: QuotedText, lo: int, at: int) -> int:
    """Start of the clause before ``at``: after the last quote ending in [lo, at)."""
    index = bisect_right(doc.quote_starts, at) - 1
    while index >= 0 and doc.quotes[index].end > at:
        index -= 1
    return max(lo, doc.quotes[index].end) if index >= 0 else lo


_LINKED = re.compile(r"\s+(?:and|or|but)(?:\s+(?:still|also|then|later))?$")


def _in_clause(text: str, attribution: Attribution, at: int) -> bool:
    """Whether a quote after a cue sits inside a clause of the cue's sentence (not
    after a comma, colon or dash that hands it back to the speaker: '“A,” he said, “B.”'),
    and not in the apposition of a speaker named after the cue ('said Ramos, whose book ...').
    """
    if attribution.cue is None or attribution.speaker is None or attribution.speaker[0] > attribution.cue[0]:
        return False
    before = _LINKED.sub("", text[attribution.cue[1]:at].rstrip())  # 'she said, and “B”', ', and still “B”'
    return bool(before) and before[-1] not in ",:;—–-(."


def _direct(doc: QuotedText) -> tuple[list[Attribution], set[int]]:
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
            if not is_title(doc.text, quote):  # 'said in an interview on “Meet the Press.”': no statement
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


def _indirect_at(doc: QuotedText, match, found: list[Attribution]) -> Attribution | None:
    text = doc.text
    lo, hi = doc.sentence(match.start())
    if match.group().lower().startswith("according"):
        return according_to(doc, match, lo, hi)
    if match.group().lower() == "asked" and opens_question(text, lo, match.start()):
        return asked(text, match, hi)
    passive = _PASSIVE.search(text, max(lo, match.start() - 24), match.start())
    if passive and (match.group().lower() in OBJECT_VERBS or match.group().lower() in {"called", "charged"}):
        return None
    if text[max(lo, match.start() - 6):match.start()].lower() == "to be ":
        return None
    if match.group().lower().startswith("claim") and _CLAIMED_A_PRIZE.match(text, match.end()):
        return None
    cue = _cue_span(text, match.start(), match.end(), lo)
    end = content_end(text, match.end(), hi)
    rest = text[match.end():end].strip()
    if _NOT_A_STATEMENT.match(rest):  # "who declined to be identified"
        return None
    adjunct_only = TRAILING_ADJUNCT.fullmatch(rest) is not None and not _THAT.search(rest) \
        and not any(w in CLAUSE_WORDS for w in rest.split())
    head = text[lo:cue[0]]
    if not adjunct_only:
        forward = _forward(doc, match, cue, lo, end, found)
        before = _content_before(text, lo, head) if forward is not None and _LINKED_ON.match(text, match.end()) \
            else None
        if before is not None and forward.speaker[0] > before[1]:
            if _carried_on(text, match.end(), forward):  # "A, he added, and B": A and B
                return Attribution("indirect", (before, *forward.content), forward.speaker, cue)
            forward = None  # "A, Smith said, and left the room": A is the content
        if forward is not None:
            return forward
    if (len(rest.split()) > 12 or _THAT.search(rest)) and not _inverted_with_apposition(text, match, head, end):
        return None
    # CONTENT, X said [adjunct].  /  CONTENT, said X[, an apposition].
    comma = max(head.rfind(","), head.rfind("—"))
    if comma < 0:
        return None
    speaker = speaker_before(text, lo + comma + 1, cue[0]) if head[comma + 1:].strip() else None
    if speaker is None and not head[comma + 1:].strip():
        speaker = speaker_after(text, match, hi)
    if speaker is None:
        return None
    content = _content_before(text, lo, head)
    return None if content is None else Attribution("indirect", (content,), speaker, cue)


_LINKED_ON = re.compile(r",\s+(?:and|but)\s")
#: After a mid-sentence cue, "and" opening the speaker's next act ("..., Smith said, and left the room"),
#: a verb with no subject of its own, rather than more of the statement.
_NEXT_ACT = re.compile(r",\s+(?:and|but)\s+(?:then\s+|later\s+)?(?:[a-z]+ed|left|went|got|took|made|gave|came|ran"
                       r"|began|did|would|could|will|was|is|has|had)\b")


def _carried_on(text: str, at: int, forward: Attribution) -> bool:
    """Whether the content after the cue at ``at`` carries the statement on, rather than
    reporting someone else's words ("..., Smith said, and the union said it would strike")."""
    content = " ".join(text[s:e] for s, e in forward.content)
    return _NEXT_ACT.match(text, at) is None and not any(is_cue_word(w) for w in content.split())


def _content_before(text: str, lo: int, head: str) -> Range | None:
    """The content before a cue's speaker ("CONTENT, X said"): the sentence up to the last
    comma or dash before the speaker, without a dateline; None when under three words."""
    comma = max(head.rfind(","), head.rfind("—"))
    if comma < 0:
        return None
    dateline = _DATELINE.match(text, lo)
    content = strip_span(text, dateline.end() if dateline else lo, lo + comma, " \t\n,;:")
    return content if len(text[content[0]:content[1]].split()) >= 3 else None


def _inverted_with_apposition(text: str, match, head: str, end: int) -> bool:
    """'..., said Wilcox, an Orlando Republican who founded ...': an inverted speaker
    whose apposition runs to the end of the sentence (it is no content of the cue)."""
    if head.rstrip()[-1:] not in {",", "—"}:
        return False
    speaker = speaker_after(text, match, end)
    return speaker is not None and text[speaker[1]:end].lstrip()[:1] in {",", ""}


def _forward(doc: QuotedText, match, cue: Range, lo: int, end: int,
             found: list[Attribution]) -> Attribution | None:
    """X said (that) CONTENT / X told Reuters (that) CONTENT; a coordinated or
    participle cue ("..., but insists", "..., saying") shares its sentence's speaker."""
    text = doc.text
    clause = _clause_start(doc, lo, cue[0])
    shared = _SHARED_SUBJECT.search(text, clause, cue[0])
    participle = shared is not None and match.group().lower().endswith("ing")  # "..., saying"
    speaker = None if participle else speaker_before(text, clause, cue[0])
    inverted = (len(text[match.end():end].split()) <= 12 and speaker_after(text, match, end) is not None) \
        or _inverted_with_apposition(text, match, text[lo:cue[0]], end)
    if speaker is None and shared and not (shared.group().strip()[:1] == "," and inverted):
        speaker = _sentence_speaker(doc, lo, cue[0], found)
    if speaker is None:
        return None
    start = match.end()
    coordinated = next((m for m in _COORDINATED.finditer(text, start, end) if is_cue_word(m.group(1))), None)
    if coordinated:
        end = coordinated.start()
    if _LEADING_CLAUSE.match(text, lo, cue[0]):
        main = _MAIN_CLAUSE.search(text, start, end)
        end = main.start() if main else end
    start = _past_show(doc, start, end)
    that = _THAT.search(text, start, min(end, start + 80))
    if that and _opens_content(text[start:that.start()]) and not doc.in_quote(that.start()):
        start = that.start()
    elif match.group().lower() in OBJECT_VERBS:
        start = _skip_object(text, start, end)
    content = strip_span(text, start, end)
    if not text[content[0]:content[1]].split() or _NOT_A_STATEMENT.match(text, content[0]):
        return None
    return Attribution("indirect", (content,), speaker, cue)


#: A cue in a clause that opens its sentence ('Though she called for X, Clinton restricted ...'):
#: its content ends where the main clause begins, at a comma before a name or a pronoun.
_LEADING_CLAUSE = re.compile(r"(?:Though|Although|Even though|While|Whereas|As|When|Because|Since|After|Before"
                             r"|Once|Unless)\s+[^,;:]*$")
#: The main clause after a leading one: a comma, then its subject; never a name that goes on a list
#: ("warned that Harwick, Dunmore and Ashby would flood").
_MAIN_CLAUSE = re.compile(r",\s+(?=(?:[A-Z][\w’'.-]*|he|she|they|we|I|it)\s)(?![A-Z][\w’'.-]*(?:,|\s+(?:and|or)\s))")


#: The programme a cue names before its content ('told MSNBC’s “Morning Joe” that', 'said on “Meet the Press”').
_SHOW = re.compile(r"\s*(?:on\s+(?:[A-Z][\w.&-]*[’']s\s+)?|[A-Z][\w.&-]*[’']s\s+)(?=[“\"])")


def _past_show(doc: QuotedText, start: int, end: int) -> int:
    """Where a cue's content may start: past a quoted title right after the cue (a show,
    an interview), which PolNeAR leaves out of the content; else ``start``."""
    match = _SHOW.match(doc.text, start, end)
    quote = doc.in_quote(match.end()) if match else None
    if quote is None or quote.start != match.end() or quote.end > end or not is_title(doc.text, quote):
        return start
    return quote.end


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


def _sentence_speaker(doc: QuotedText, lo: int, at: int, found: list[Attribution]) -> Range | None:
    """The speaker of an earlier attribution in the sentence, else its subject.

    Indirect attributions are appended in text order, so only the last few
    can be in this sentence; direct ones are looked up by sentence."""
    for attribution in reversed(found[-_RECENT:]):
        if attribution.cue and lo <= attribution.cue[0] < at and attribution.speaker:
            return attribution.speaker
    return doc.direct_speakers.get(lo) or subject(doc, lo, at)


_RECENT = 8


def _skip_object(text: str, start: int, end: int) -> int:
    """After 'told'/'asked': skip the person addressed ("told Reuters", "told reporters")."""
    match = re.match(r"\s*(?:(?:the|a|an)\s+)?(?:[A-Z][\w’'.&-]*\s*)+|\s*(?:reporters|journalists|him|her|them|"
                     r"us|me|you|supporters|police|investigators|officers|officials|lawmakers|voters|residents|"
                     r"colleagues|staff|students|viewers|listeners|readers|the\s+\w+|an?\s+\w+)\b", text[start:end])
    return start + match.end() if match else start


def find_attributions(text: str) -> list[Attribution]:
    """Every attribution of ``text``, ordered by where its content starts."""
    doc = QuotedText(text)
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
    found.extend(a for a in line_colons(text) if a.cue not in cues and a.cue[0] not in used)
    found.extend(in_polls(doc))
    found.extend(a for a in claims(doc) if not any(c and c[0] < a.cue[1] and a.cue[0] < c[1] for c in cues))
    found = drop_in_report_source(text, found)
    found = drop_nested(text, trim_over_direct(text, drop_over_direct_cue(text, found)))
    found = hand_over(doc, drop_reported(text, found))
    found = carry_on(doc, found, unattributed(doc, found))
    return sorted(found, key=lambda a: (a.content[0], a.cue or (0, 0)))


def _to_quote_end(doc: QuotedText, attribution: Attribution) -> Attribution:
    """A content never ends inside a quote (sentences split inside quotes)."""
    start, end = attribution.content[-1]
    quote = doc.in_quote(end - 1)
    if quote is None or quote.start < start or quote.end <= end:
        return attribution
    return Attribution(attribution.kind, (*attribution.content[:-1], (start, quote.end)),
                       attribution.speaker, attribution.cue)


