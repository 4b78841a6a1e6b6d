"""Speaker phrases next to a cue, as written: trimmed to a noun phrase.

PolNeAR's source span is the phrase next to the cue (a name, a pronoun, "who",
"a senior administration official", with its apposition); these helpers find
it before a cue ("Huma Abedin, vice chair of the campaign, said") or after an
inverted one ("said Smith, a spokesman") in raw text offsets.
"""

from __future__ import annotations

import re

from .cues import ADVERBS, CLAUSE_OPENERS, CLAUSE_WORDS, PRONOUNS, SPEAKER_STARTERS, find_cues, is_cue_word
from .gazetteer import ROLE_NOUNS

Range = tuple[int, int]  # (start, end) offsets into the raw text

_WORD = re.compile(r"[\w’'.\-&]+")
_BOUNDARY = re.compile(r"(?<!\d),|,(?!\d)|[;:\[\]\"“”‘]|(?<!\w)[—–](?!\w)|\s-{1,2}\s|"
                       r"\b(?:that|but|while|because|although|if|when|where|"
                       r"after|before|since|until|unless|so|whereas|though|and)\b", re.IGNORECASE)
_RELATIVE = re.compile(r"^(?:who|which|whose|whom|where|when|as|in|on|at|after|during|with|without|despite|for|"
                       r"following|from|by|of|amid|under|over|to|like|than|through|into|about|against|among)\b",
                       re.IGNORECASE)
_RELATIVE_CLAUSE = re.compile(r"\s*\b(?:who|which|whose|whom)\b", re.IGNORECASE)
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PERIOD = r"(?:" + _WEEKDAYS + r"|week|month|year|night|morning|evening|afternoon)"
#: A time phrase opening the chunk before a cue ("this year China announced", "Friday the paper said").
#: A bare weekday only before a lower-case word: "Sunday Times editor", "Tuesday’s primary" and
#: "Morning Consult" are names.
_TIME_HEAD = re.compile(r"(?i:(?:on|this|last|next|early|late)\s+" + _PERIOD + r")\b\s*"
                        r"|" + _WEEKDAYS + r"(?=\s+[a-z])\s*")
_TIME_TAIL = re.compile(r"\s+(?:on|last|this|late|early)\s+" + _PERIOD + "$")
#: Lower-case descriptors before a name ("election lawyer Joe Birkenstock").
_NAMED = re.compile(r"(?:[a-z][\w-]*\s+){1,3}(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*")
#: The same with a party and state after the name ("panel Chairman Rep. Jason Chaffetz (R-Utah)").
_NAMED_PARTY = re.compile(_NAMED.pattern + r"(?:\s+\([A-Z][\w.,\s-]*\))?")
MAX_SPEAKER_WORDS = 20
LOWER_SPEAKER_WORDS = 4  # a lower-case phrase this short may still be a speaker ("three-quarters")


def strip_span(text: str, start: int, end: int, chars: str = " \t\n,;:") -> Range:
    """``(start, end)`` narrowed past ``chars`` on both sides."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def _words(text: str, start: int, end: int) -> list[re.Match]:
    return list(_WORD.finditer(text, start, end))


#: Words that may stand between a pronoun speaker and its cue ("he also said", "she went on to say").
_BETWEEN_PRONOUN_AND_CUE = frozenset({
    "also", "never", "even", "then", "later", "again", "further", "still", "once", "went", "on", "to", "had",
    "has", "have", "would", "will", "could", "can", "must", "may", "might", "did", "does", "do", "not",
})


def clean_speaker(text: str, start: int, end: int, lenient: bool = False) -> Range | None:
    """Trim a candidate speaker chunk to its noun phrase; None if it is not one."""
    start, end = strip_span(text, start, end)
    words = [w for w in _words(text, start, end) if any(c.isalnum() for c in w.group())]  # not '' or ``
    while words:
        time_head = _TIME_HEAD.match(text, words[0].start(), end)
        if time_head:
            words = [w for w in words if w.start() >= time_head.end()]
        elif words[0].group().lower() in CLAUSE_OPENERS:
            words = words[1:]
        else:
            break
    while words and words[-1].group().lower() in ADVERBS:
        words = words[:-1]
    if not words or len(words) > MAX_SPEAKER_WORDS:
        return None
    first = words[0].group()
    lower = first.lower()
    if not (lenient or len(words) <= LOWER_SPEAKER_WORDS or first[0].isupper() or lower in SPEAKER_STARTERS
            or lower in PRONOUNS or first[0].isdigit() or _NAMED_PARTY.fullmatch(text, start, end)):
        return None
    if first[0].islower() and (lower.endswith("ing") or is_cue_word(lower)) and lower not in SPEAKER_STARTERS:
        return None  # "asking supporters to ...", "said Smith": a verb opens a clause, not a speaker
    if len(words) == 1 and (lower in {"the", "a", "an"} or (first[0].islower() and lower.endswith("ed"))):
        return None  # "The (warning was issued)", "(policemen) compared (notes)": no noun phrase
    if lower in PRONOUNS and lower != "who" and len(words) > 1:
        # "She quickly (said)", "He went on to (say)": the pronoun is the speaker; "I hope
        # someone (asks)", "he exaggerated details of ... (as he said)": a clause, no speaker.
        rest = [w.group() for w in words[1:]]
        modifies = all(w.islower() and (w.endswith("ly") or w in _BETWEEN_PRONOUN_AND_CUE) for w in rest)
        return (words[0].start(), words[0].end()) if modifies else None
    if any(w.group() in CLAUSE_WORDS for w in words[1:]) or next(find_cues(text, words[0].end(), end), None):
        return None
    if len(words) == 1 and lower in {"it", "this", "that", "there", "what", "which", "who", "i"}:
        return (words[0].start(), words[0].end()) if lower in {"it", "i", "who"} else None
    span = words[0].start(), words[-1].end()
    if text.count("(", *span) > text.count(")", *span) and text[span[1]:span[1] + 1] == ")":
        span = span[0], span[1] + 1  # "president of the Union (UCI)" keeps its closing bracket
    tail = _TIME_TAIL.search(text, span[0], span[1])
    if tail and tail.start() > span[0]:
        span = span[0], tail.start()
    return span if not _RELATIVE.match(first) else None


#: An adjunct set off by commas between a speaker and the cue ("Clinton, during a town
#: hall meeting in Columbus, Ohio, said"); it may hold one more comma.
_ADJUNCT_BEFORE_CUE = re.compile(r",\s*(?:during|in|at|on|after|before|while|speaking|with|from|asked|when)\b"
                                 r"[^,;:\"“”]*(?:,[^,;:\"“”]*)?,\s*$")


def speaker_before(text: str, lo: int, cue_start: int) -> Range | None:
    """The noun phrase ending right before the cue, within ``text[lo:cue_start]``.

    An apposition between commas goes with the name before it ("Huma Abedin,
    vice chair of the campaign, said"); a relative clause ("..., who asked not
    to be named, said") is skipped for the phrase before it.
    """
    end = strip_span(text, lo, cue_start)[1]
    comma = text.rfind(",", lo, end)
    if comma > lo and _RELATIVE_CLAUSE.match(text, comma + 1):
        return speaker_before(text, lo, comma)
    adjunct = _ADJUNCT_BEFORE_CUE.search(text, lo, cue_start)
    if adjunct and adjunct.start() > lo:
        return speaker_before(text, lo, adjunct.start())
    cuts = [m for m in _BOUNDARY.finditer(text, lo, end)]
    start = cuts[-1].end() if cuts else lo
    if cuts and text[cuts[-1].start()] == ",":
        chunk = text[start:end].strip()
        previous = cuts[-2].end() if len(cuts) > 1 else lo
        if _RELATIVE.match(chunk) or chunk.lower().startswith(("who ", "which ")):
            return clean_speaker(text, previous, cuts[-1].start())
        head = clean_speaker(text, previous, cuts[-1].start())
        role_first = chunk.split(maxsplit=1)[0].lower() in ROLE_NOUNS if chunk else False
        closed = text[end:cue_start].strip() == "," or role_first  # "Pat McQuaid, president of the UCI told"
        if head and closed and text[head[0]].isupper():
            tail = clean_speaker(text, start, end, lenient=True)
            if tail and len(_words(text, head[0], tail[1])) <= MAX_SPEAKER_WORDS:
                return head[0], tail[1]
    return clean_speaker(text, start, end)


def speaker_after(text: str, cue, hi: int) -> Range | None:
    """The noun phrase right after an inverted cue ("said Smith, a spokesman");
    never after a participle ("..., citing the many Americans who ...")."""
    if cue.group().lower().endswith("ing"):
        return None
    cue_end = cue.end()
    match = re.match(r"\s*([^,.;:!?“”\"]+?)(?=\s*(?:[,.;:!?“”\"]|$|\s+(?:on|in|at|during|last|this|told)\b))",
                     text[cue_end:hi])
    if not match:
        return None
    start, end = cue_end + match.start(1), cue_end + match.end(1)
    relative = _RELATIVE_CLAUSE.search(text, start, end)  # "said a data expert who has worked for ..."
    if relative and relative.start() > start:
        end = relative.start()
    speaker = clean_speaker(text, start, end)
    if speaker is None or not text[speaker[0]].islower():
        return speaker
    words = text[speaker[0]:speaker[1]].split()
    return speaker if words[0].lower() in SPEAKER_STARTERS or _NAMED.fullmatch(text, *speaker) else None
