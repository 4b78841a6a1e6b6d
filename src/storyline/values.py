"""Values stated in a sentence: quantities, names and polarity, normalised for comparison.

Two outlets rarely write a fact the same way: "more than a decade" and "11
years", "a dozen" and "12", "fourteen" and "14", "Katharine" and "Katherine".
This module turns the surface forms into comparable values with tolerances,
so the conflict detector only flags disagreements no careful reader would
explain away:

- a :class:`Quantity` is an interval ``[low, high]`` in a normalised unit:
  qualifiers widen it ("about", "more than", "nearly") and round figures carry
  their rounding ("500" means 450-550, "1.2 million" 1.15-1.25 million);
- a :class:`Name` is a capitalised sequence; two names are the same when one's
  words are contained in the other's ("Greyline" / "Greyline Recycling") and
  spelling variants when their words pair up within a small edit distance;
- :func:`polarity` is the parity of negation and denial cues ("did not",
  "denied", "no inspector") in a clause.

Dates are handled by :mod:`storyline.dates`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from .memo import story_memo

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "dozen": 12}
# Unit words -> (normal unit, factor): "a decade" is 10 years.
_UNITS = {
    "year": ("year", 1), "decade": ("year", 10), "century": ("year", 100), "centurie": ("year", 100),
    "month": ("month", 1), "week": ("day", 7), "day": ("day", 1), "hour": ("hour", 1),
    "minute": ("minute", 1), "second": ("second", 1),
    "metre": ("m", 1), "meter": ("m", 1), "m": ("m", 1), "kilometre": ("m", 1000),
    "kilometer": ("m", 1000), "km": ("m", 1000), "kms": ("m", 1000), "mile": ("mile", 1), "foot": ("ft", 1),
    "feet": ("ft", 1), "ft": ("ft", 1), "yard": ("ft", 3),
    "percent": ("%", 1), "%": ("%", 1), "point": ("point", 1),
    "euro": ("eur", 1), "eur": ("eur", 1), "€": ("eur", 1), "dollar": ("usd", 1), "$": ("usd", 1),
    "usd": ("usd", 1), "pound": ("gbp", 1), "£": ("gbp", 1), "ton": ("t", 1), "tonne": ("t", 1),
    "kilogram": ("kg", 1), "kg": ("kg", 1), "people": ("person", 1), "person": ("person", 1),
    "magnitude": ("magnitude", 1), "richter": ("magnitude", 1),  # "a 6.9-magnitude quake", "7.2 Richter"
    # other currencies by name, each its own unit ("10.4 billion pesos"; ambiguous words such
    # as "won", "mark" and "rand" left out)
    **{name: (name, 1) for name in ("peso", "yen", "yuan", "rupee", "rupiah", "ruble", "rouble", "franc",
                                    "lira", "baht", "ringgit", "krona", "krone", "shekel", "dinar",
                                    "dirham", "riyal", "rial")},
}
_WORD_NUMBER = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four"
                r"|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten"
                r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
_QUALIFIER = (r"(?:more than|fewer than|less than|at least|at most|up to|as many as|as much as|just over"
              r"|just under|close to|an estimated|about|around|roughly|nearly|almost|approximately|some|over"
              r"|under|only|another|a further|an additional)"
              ).replace(" ", r"\s+")  # the pattern below is verbose: spaces must be explicit
#: Qualifiers by what they do to the interval: widen it both ways, lower its floor, open it
#: above ("another 300", "a further 300": an addition, so at least that many in all), close it below.
_AROUND = {"about", "around", "roughly", "approximately", "some", "close to", "an estimated"}
_NEARLY = {"nearly", "almost", "just under"}
_AT_LEAST = {"more than", "over", "at least", "just over", "another", "a further", "an additional"}
_AT_MOST = {"fewer than", "less than", "under", "at most", "up to", "as many as", "as much as"}
#: Verbs whose "over" is a particle, not a qualifier: "hand over two suspects" hands over two.
_OVER_VERB = re.compile(r"\b(?:hand|turn|hands|turns|handed|turned|handing|turning)\s+$", re.IGNORECASE)
_QUANTITY = re.compile(
    rf"""(?<![\w.,:])
    (?:(?P<qualifier>{_QUALIFIER})\s+)?
    (?P<currency>US\$|[$€£])?
    (?P<number>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{_WORD_NUMBER}
       |(?:an?|another)(?=\s+(?:dozen|decade|century|hundred|thousand|million|billion)\b))
    (?:(?<=\d)(?:st|nd|rd|th))?  # an ordinal: read whole, so that "8,000th" is not "8"
    (?P<half>\s+and\s+a\s+half\b|\s+1/2\b)?  # "two and a half million", "2 1/2 years"
    (?:[\s-]+(?P<scale>hundred|thousand|million|billion|trillion|bn|dozen)\b)?
    (?P<percent>\s?%|\s(?:percent|per\ cent)\b)?
    (?![\w:]|\.\d)""",
    re.VERBOSE | re.IGNORECASE,
)
_WORD = re.compile(r"[\w%€$£]+(?:[-'’]\w+)*")
_TIME = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?(?:a\.?m\.?|p\.?m\.?)"  # 14:30, 2 p.m.
    r"|\b\d{4}\s?(?:GMT|UTC)\b"  # 0700 GMT
    r"|\b(?:\d+h\s?)?\d{1,2}['’]\s?\d{1,2}(?:\"|'')?",  # a race time: 5h 34' 28", 1' 37"
    re.IGNORECASE)
STOPWORDS = frozenset((
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but",
    "as", "is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "it", "its", "this",
    "that", "these", "those", "he", "she", "they", "them", "his", "her", "their", "we", "our", "you",
    "your", "i", "me", "my", "which", "who", "whom", "whose", "what", "when", "where", "while", "than",
    "then", "there", "here", "also", "after", "before", "about", "into", "over", "under", "up", "down",
    "out", "off", "more", "most", "less", "least", "so", "such", "not", "no", "nor", "only", "own",
    "same", "too", "very", "can", "could", "will", "would", "shall", "should", "may", "might", "must",
    "do", "does", "did", "said", "says", "say", "told", "us", "ever", "yet", "just", "any", "all",
    "because", "been", "if", "not",
))


@dataclass(frozen=True, slots=True)
class Quantity:
    """A stated amount: ``[low, high]`` in ``unit``, with the words after it (``context``)."""

    start: int
    end: int
    text: str
    value: float
    low: float
    high: float
    unit: str | None
    context: tuple[str, ...]
    amount: float = 0.0  # the figure as written, before unit conversion
    unit_end: int = 0  # the end of the unit word after the figure ("500 metres"), else ``end``
    counted: tuple[str, ...] = ()  # what the figure counts: ``context``, or the words after its whole

    @property
    def normalized(self) -> str:
        shown = f"{self.value:g}" if self.value < 1e15 else str(self.value)
        return f"{shown} {self.unit}" if self.unit else shown


@lru_cache(maxsize=1 << 16)  # a story repeats its words
def stem(word: str) -> str:
    """A crude English stem: enough to match "batteries"/"battery", "evacuated"/"evacuate"."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 4 and word.endswith("ed"):
        return word[:-2] if not word.endswith("eed") else word[:-1]
    if len(word) > 3 and word.endswith("es") and word[-3] in "sxz":
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _number_value(text: str) -> tuple[float, int]:
    """The number a token spells, and the power of ten its last written digit stands for."""
    lowered = text.lower()
    if lowered in ("a", "an", "another"):
        return 1.0, 0
    if lowered[0].isdigit():
        bare = lowered.replace(",", "")
        if "." in bare:
            return float(bare), -len(bare.split(".")[1])
        stripped = bare.rstrip("0")
        return float(bare), len(bare) - len(stripped) if stripped else 0
    total = 0
    for part in lowered.split("-"):
        total += _SMALL.get(part, 0)
    return float(total), 0  # a number spelled in words is exact


def _unit_of(word: str) -> tuple[str, float] | None:
    found = _UNITS.get(word.lower()) or _UNITS.get(stem(word))
    if found:
        return found[0], float(found[1])
    return None


def _interval(value: float, power: int, qualifier: str | None, scale: float) -> tuple[float, float]:
    """The range a written figure stands for: rounding (half its last written digit, at most
    10 %: "500" is 450-550, "10,000" 9,000-11,000), then its qualifier."""
    round_figure = power != 0 or scale > 1  # "1 million" is as round as "10 million"; "12" is exact
    rounding = min(0.5 * 10.0**power * scale, 0.1 * abs(value)) if round_figure else 0.0
    low, high = value - rounding, value + rounding
    q = " ".join((qualifier or "").lower().split())
    if q in _AROUND:
        low, high = min(low, value * 0.8), max(high, value * 1.2)
    elif q in _NEARLY:
        low = min(low, value * 0.8)
    elif q in _AT_LEAST:
        high = math.inf
    elif q in _AT_MOST:
        low = 0.0
    return low, high


#: A model or designation the number is part of ("AK-47", "F-16", "COVID-19", "G-20"): a name, no amount.
_DESIGNATION = re.compile(r"(?<![\w-])[A-Z][A-Za-z]{0,5}-$")


def find_quantities(text: str, start: int = 0, end: int | None = None,
                    skip: tuple[tuple[int, int], ...] = ()) -> list[Quantity]:
    """Amounts in ``text[start:end]``, except years, clock times and the ``skip`` ranges (dates)."""
    end = len(text) if end is None else end
    blocked = list(skip) + [m.span() for m in _TIME.finditer(text, start, end)]
    found = []
    for match in _QUANTITY.finditer(text, start, end):
        number = match.group("number")
        n_start = match.start("number")
        if any(s <= n_start < e for s, e in blocked) or _DESIGNATION.search(text, max(start, n_start - 8), n_start):
            continue
        value, power = _number_value(number)
        if match.group("half"):
            value, power = value + 0.5, -1
        qualifier, scale_word = match.group("qualifier"), match.group("scale")
        if number.lower() == "another":
            qualifier = "another"
        q_start = match.start()
        if qualifier and qualifier.lower() == "over" and _OVER_VERB.search(text, start, match.start()):
            qualifier = None  # "hand over two suspects": a particle of the verb
            q_start = match.start("currency") if match.group("currency") else n_start
        is_year = (number.isdigit() and len(number) == 4 and 1800 <= value <= 2100
                   and not (qualifier or scale_word or match.group("currency")))
        if is_year or (number.lower() in ("a", "an") and not scale_word and not _follows_unit(text, match.end())):
            continue
        if number.lower() == "one" and re.match(r"\s+of\b", text[match.end():end]):
            continue  # "one of the ..." is a pronoun
        if number[-1].isdigit() and match.group().lower().endswith(("st", "nd", "rd", "th")):
            continue  # an ordinal numbers one of many (the 3rd paragraph, the 15th stage), no amount
        scale = float(_SCALES.get((scale_word or "").lower(), 1))
        value *= scale
        low, high = _interval(value, power, qualifier, scale)
        unit, context, unit_end = _unit_and_context(text, match, end, scale_word)
        factor = 1.0
        if unit is not None:
            unit, factor = unit
        if text.rfind("(", start, match.start()) > text.rfind(")", start, match.start()):
            continue  # in brackets, mostly a conversion: "120 kilometers (72 miles)"
        q_end = match.end()
        found.append(Quantity(q_start, q_end, text[q_start:q_end], value * factor,
                              low * factor, high * factor, unit, context, value, max(q_end, unit_end),
                              _counted(text, q_end, end) or context))
    return found


def clock_times(text: str, start: int = 0, end: int | None = None) -> set[str]:
    """Clock times stated in ``text[start:end]`` ("0700 GMT", "2 p.m."), as their digits."""
    end = len(text) if end is None else end
    return {re.sub(r"\D", "", m.group()).lstrip("0") for m in _TIME.finditer(text, start, end)}


def _follows_unit(text: str, at: int) -> bool:
    word = _WORD.match(text, at + 1) if at < len(text) else None
    return bool(word and _unit_of(word.group()) and _unit_of(word.group())[1] >= 10)


#: "of" and the whole a figure is part of ("nine of 13 bills", "36 million of the 38.5 million voters").
_PARTITIVE = re.compile(rf"\s+of\s+(?:the\s+)?(?:\w+['’]s\s+)?(?:\d[\d,.]*\d|\d|{_WORD_NUMBER})\b(?![.,]\d)"
                        r"(?:[\s-]+(?:hundred|thousand|million|billion|trillion)\b)?", re.IGNORECASE)


def _counted(text: str, at: int, end: int) -> tuple[str, ...]:
    """For a part of a whole, the content words after the whole: what the part counts
    ("3,500 of the world's 4,800 black rhinos" counts rhinos); else nothing."""
    whole = _PARTITIVE.match(text, at, end)
    if not whole:
        return ()
    words = _WORD.findall(text, whole.end(), min(end, whole.end() + 60))[:4]
    return tuple(stem(w) for w in words if w.lower() not in STOPWORDS)[:2]


#: A measure named before its figure: "magnitude 6.9", "a magnitude of 6.9".
_MEASURE_BEFORE = re.compile(r"\bmagnitude(?:\s+of)?(?:\s+|[-–])$", re.IGNORECASE)
#: A measure word with its own figure and shock after it: "3 magnitude-5 aftershocks" counts shocks,
#: it is no magnitude ("the 6.9 magnitude 10-km-deep quake" is one).
_NUMBERED = re.compile(r"magnitude[-–\s]\d+(?:\.\d+)?\s+(?:after|fore)?(?:shocks?|quakes?|earthquakes?|tremors?)\b",
                       re.IGNORECASE)


def _unit_and_context(text: str, match: re.Match, end: int, scale_word: str | None
                      ) -> tuple[tuple[str, float] | None, tuple[str, ...], int]:
    """The unit (a currency sign, %, a unit word right after, or a measure named right
    before), the next content words, and where a unit word after the figure ends (0 without one)."""
    words = list(_WORD.finditer(text, match.end(), min(end, match.end() + 60)))[:4]
    after = [w.group() for w in words]
    if after and after[0].startswith("-"):
        after[0] = after[0][1:]
    context = tuple(stem(w) for w in after if w.lower() not in STOPWORDS)[:2]
    if match.group("currency"):
        return _unit_of(match.group("currency")[-1]), context, 0
    if match.group("percent"):
        return ("%", 1.0), context, 0
    if after:
        unit = _unit_of(after[0].split("-")[0])
        if unit and not (unit[0] == "magnitude" and _NUMBERED.match(text, words[0].start())):
            return unit, context, words[0].end()
    if _MEASURE_BEFORE.search(text, max(0, match.start() - 14), match.start()):
        return ("magnitude", 1.0), context, 0
    return None, context, 0


def quantities_agree(a: Quantity, b: Quantity) -> bool:
    """Whether two amounts can both be true (the same figure, or overlapping intervals)."""
    return a.amount == b.amount or (a.low <= b.high and b.low <= a.high)


def same_slot(a: Quantity, b: Quantity) -> bool:
    """Whether two amounts count the same kind of thing: the same unit or the same next word."""
    if a.unit and b.unit:
        return a.unit == b.unit
    return bool(set(a.context[:1]) & set(b.context[:2]) or set(b.context[:1]) & set(a.context[:2]))


# ---------------------------------------------------------------- names

_NAME = re.compile(
    r"(?<![\w'’])[A-Z][\w'’.-]*\w(?:\s+(?:(?:of|de|da|del|van|von|al|bin|la|le|du)\s+)?[A-Z][\w'’.-]*\w)*"
    r"|(?<![\w'’])[A-Z](?![\w'’])"
)
NOT_NAMES = frozenset((
    *_SMALL,
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our",
    "this", "that", "these", "those", "but", "and", "or", "if", "in", "on", "at", "for", "with", "by",
    "from", "as", "after", "before", "when", "while", "since", "during", "there", "here", "what", "who",
    "why", "how", "some", "many", "no", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "mr", "mrs", "ms", "dr", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "officials", "police", "residents", "people",
    "firefighters",
))


@dataclass(frozen=True, slots=True)
class Name:
    """A capitalised sequence of words, e.g. a person, place or organisation."""

    start: int
    end: int
    text: str
    words: tuple[str, ...] = ()  # filled from ``text`` when not given

    def __post_init__(self) -> None:
        if not self.words:
            object.__setattr__(self, "words", name_words(self.text))


def name_words(text: str) -> tuple[str, ...]:
    """Lower-case words without possessives and punctuation ("U.S.-British" -> "usbritish")."""
    cleaned = (re.sub(r"[^0-9a-z]", "", w.lower().replace("’", "'").removesuffix("'s")) for w in text.split())
    return tuple(w for w in cleaned if w)


#: A possessive word ends the name that owns what follows ("Iraq's Abu Ghraib prison").
_POSSESSIVE = re.compile(r"['’]s$")


def find_names(text: str, start: int = 0, end: int | None = None, owners: bool = False) -> list[Name]:
    """Capitalised sequences, without leading function words, weekdays, months and titles.
    With ``owners``, a possessive before two or more words splits a sequence: "Iraq's Abu
    Ghraib" is Iraq and Abu Ghraib (the owner and the name in a role: "at Iraq's Abu Ghraib
    prison" / "at the Abu Ghraib prison"); before one word it is the name's own ("Veteran's Day")."""
    end = len(text) if end is None else end
    names = []
    for match in _NAME.finditer(text, start, end):
        words = [(m.start(), m.end(), _common(m.group())) for m in re.finditer(r"\S+", match.group())]
        cuts = [k + 1 for k, (s, e, _) in enumerate(words[:-2])  # two words or more after it
                if owners and _POSSESSIVE.search(match.group()[s:e])]
        for part in (words[a:b] for a, b in pairwise([0, *cuts, len(words)])):
            while part and part[0][2]:
                part.pop(0)
            while part and part[-1][2]:
                part.pop()
            if not part:
                continue
            s, e = match.start() + part[0][0], match.start() + part[-1][1]
            if not (text[s:e].isupper() and len(text[s:e]) > 3):  # a dateline ("BRASILIA, Brazil _")
                names.append(Name(s, e, text[s:e]))
    return names


def _common(word: str) -> bool:
    """A capitalised word that is no name: a function word, a weekday ("Wednesday's"), a title."""
    return re.sub(r"['’]s$", "", word.lower()).rstrip(".") in NOT_NAMES


@story_memo(maxsize=1 << 16)  # a story names the same few people in every pair of sentences compared
def same_words(words_a: tuple[str, ...], words_b: tuple[str, ...]) -> bool:
    """Whether two names (their words) are one: one's words contained in the other's ("Brandt" /
    "Tomas Brandt"), or the same words up to word forms ("Kurdish"/"Kurdistan Workers Party",
    "Jews"/"Jewish")."""
    wa, wb = set(words_a), set(words_b)
    if not wa or not wb:
        return False
    if (wa <= wb or wb <= wa) and (len(wa) + len(wb) == len(words_a) + len(words_b)
                                   or _contains(words_a, words_b)):
        return True
    if len(words_a) != len(words_b) or variant_words(words_a, words_b):
        return False
    shortest = 3 if len(words_a) == 1 else 4
    return all(x == y or common_prefix(x, y) >= shortest for x, y in zip(words_a, words_b, strict=True))


def _contains(words_a: tuple[str, ...], words_b: tuple[str, ...]) -> bool:
    """One name's words contained in the other's, repeats counted: "Yuan Yuan" does not
    contain "Yuan Thornbury"."""
    ca, cb = Counter(words_a), Counter(words_b)
    return ca <= cb or cb <= ca


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, stopping early once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def common_prefix(a: str, b: str) -> int:
    """The length of the common start of two words."""
    size = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        size += 1
    return size


_ENDINGS = {"", "a", "e", "i", "n", "s", "an", "ian", "ine", "ish", "es", "ese", "ns", "is"}


def _word_forms(x: str, y: str) -> bool:
    """Two forms of one word ("Israel"/"Israelis", "Argentina"/"Argentine", "Kurds"/"Kurdish"),
    not two spellings of one name ("Katharine"/"Katherine", "Hand"/"Hans")."""
    if stem(x) == stem(y):
        return True
    stem_length = common_prefix(x, y)
    if stem_length >= 4 and stem_length >= min(len(x), len(y)) - 2:
        return True  # "Greece"/"Greek", "Turkey"/"Turkish"
    return stem_length >= 3 and x[stem_length:] in _ENDINGS and y[stem_length:] in _ENDINGS


def spelling_variant(a: Name, b: Name) -> bool:
    """The same name spelled differently: words pair up, one or more differ by a small edit."""
    return variant_words(a.words, b.words)


@story_memo(maxsize=1 << 16)
def variant_words(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    """:func:`spelling_variant` of two names' words."""
    if len(wa) != len(wb) or wa == wb:
        return False
    differing = 0
    for x, y in zip(wa, wb, strict=True):
        if x == y:
            continue
        if len(x) < 4 or len(y) < 4 or x[0] != y[0] or _word_forms(x, y):
            return False
        if edit_distance(x, y, 2) > (1 if min(len(x), len(y)) < 5 else 2):
            return False
        differing += 1
    return differing > 0 and (differing < len(wa) or len(wa) == 1)


# ---------------------------------------------------------------- polarity

_NEGATION = re.compile(
    r"\b(?:not(?!\s+only\b)|yet\s+to|never|no|none|nobody|nothing|neither|nor|cannot|without)\b|n['’]t\b"
    r"|\b(?:den(?:y|ies|ied|ying|ial)|refut\w*|reject\w*|dismiss\w*)\b",
    re.IGNORECASE,
)


def negation_cues(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Offsets of negation and denial cues in ``text[start:end]``.

    An underscore is a dash here ("_not by the public"), and a "nor" after a cue continues
    that negation ("did not have paperwork, nor permissions") rather than adding one.
    """
    end = len(text) if end is None else end
    window = text[start:end].replace("_", " ")
    cues: list[tuple[int, int]] = []
    for match in _NEGATION.finditer(window):
        if match.group().lower() == "nor" and cues:
            continue
        cues.append((start + match.start(), start + match.end()))
    return cues


def polarity(text: str, start: int = 0, end: int | None = None) -> int:
    """+1 for an affirmed statement, -1 for a negated or denied one (parity of the cues)."""
    return parity(negation_cues(text, start, end))


def parity(cues: list[tuple[int, int]]) -> int:
    """+1 for an even number of negation cues (found once, e.g. by :func:`negation_cues`), else -1."""
    return -1 if len(cues) % 2 else 1
