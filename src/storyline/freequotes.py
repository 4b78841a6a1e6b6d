"""Quotes no cue claimed ("free" quotes): who they go to, which are titles or terms.

PolNeAR annotates almost every quote, so a free quote goes to the subject of its
sentence, else to the speaker just before it; those of one sentence, or with
nothing between them, are one attribution. Titles ("Meet the Press") and terms
the text repeats ('the “establishment” candidate') are left out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from .cues import find_cues, is_cue_word
from .quotedtext import MARKS, Attribution, QuotedText
from .quotemarks import QuoteSpan
from .speakers import Range

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


def subject(doc: QuotedText, lo: int, hi: int) -> Range | None:
    """The first name or pronoun of ``text[lo:hi]`` followed by a lower-case word, past
    sentence openers ("Only six years earlier, he ...", "There’s still time for Cruz")."""
    for match in _SUBJECT.finditer(doc.text, lo, hi):
        head = re.sub(r"[’']s$", "", match.group().split()[0])
        if head not in _NOT_SUBJECT and not match.group().endswith("ing"):
            return match.span()
    return None


def is_title(text: str, quote: QuoteSpan) -> bool:
    """A short quote in title case (“Meet the Press”): a name, not a statement; one
    closing on "!" or "?" is an exclamation or a question (“Okay!”)."""
    words = re.findall(r"[\w’']+", text[quote.start:quote.end])
    if text[quote.start:quote.end].rstrip(MARKS)[-1:] in {"!", "?"}:
        return False
    return not words or (len(words) <= 6 and all(w[0].isupper() or w.lower() in _TITLE_SMALL for w in words))


_TITLE_SMALL = {"a", "an", "the", "of", "and", "on", "in", "for", "to", "at", "with", "&"}


def unattributed(doc: QuotedText, found: list[Attribution]) -> list[Attribution]:
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
        if (index >= 0 and reach[index] >= quote.end) or (is_title(doc.text, quote) and not _named(doc.text, quote)):
            continue
        sentence = doc.sentence(quote.start)
        if _is_term(doc, quote, sentence):
            continue
        if extra and _joins(doc.text, extra[-1], sentence[0], quote.start):
            previous = extra[-1]
            extra[-1] = Attribution("direct", (*previous.content, (quote.start, quote.end)), previous.speaker, None)
            continue
        speaker = subject(doc, sentence[0], quote.start)
        if speaker is None:
            index = bisect_right(end_offsets, quote.start) - 1
            if index >= 0 and quote.start - ends[index][0] < 400:
                speaker = ends[index][1]
        extra.append(Attribution("direct", ((quote.start, quote.end),), speaker, None))
    return extra


#: A cue word right before a quote, past an article ('a group called the “We The People
#: Foundation”', 'the spot titled “Dangerous”'), not after a possessive ('told ABC’s “Today”').
_CUE_BEFORE = re.compile(r"\b([A-Za-z]+)\s+(?:(?:the|a|an)\s+)?$")


def _named(text: str, quote: QuoteSpan) -> bool:
    """Whether a title is what a cue (or "as") just before it names or says: PolNeAR annotates
    13 of 15 such titles in train ("called", "titled", "dubbed", "says") and 6 of 9 after "as"
    ("known as", "hailed Trump as"), against about a third of other titles."""
    match = _CUE_BEFORE.search(text, max(0, quote.start - 40), quote.start)
    return match is not None and (is_cue_word(match.group(1).lower()) or match.group(1) == "as")


def _is_term(doc: QuotedText, quote: QuoteSpan, sentence: Range) -> bool:
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
