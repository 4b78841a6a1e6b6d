"""What an article looks like to the story clusterer: hashed sparse features.

Four blocks, each weighted TF-IDF and L2-normalised on its own, then scaled by
the square root of its weight, so the dot product of two articles is the
weighted sum of four cosines:

- ``word``: content words (lower-cased, stop words and numbers dropped);
- ``name``: capitalised names ("Tara Reid", "Promises Treatment Center"),
  which tell apart look-alike events (two earthquakes in two places), each
  also by its last word, so that "Mark Vinar" meets a later "Vinar" or "Miles
  Vinar", and without a possessive (:func:`name_terms`);
- ``place``: capitalised names after a locative preposition ("in Aceh");
- ``when``: numbers, years, month and weekday names (magnitude 6.1, 2009).

A *caseless* article (lower-cased text, as some feeds and data sets give it:
"dan brown has topped oxfam's list") has no capitalised names, so its name and
place blocks are empty whatever it is about, and its numbers and dates would be
0.2 of the 0.65 left: a weekday and a year shared by two unrelated reports
linked them, and stories chained through such links. Without the names and
places that tie its dates to its event, a caseless article is compared by its
words alone (:data:`CASELESS_WEIGHTS`).

Tokens are hashed (crc32) into ``DIMENSIONS`` buckets: no vocabulary to keep
or merge, the same token gives the same column in every run and process.
IDF comes from document frequencies the caller keeps (``DocumentFrequencies``),
updated article by article in the canonical order, so a store that grows run by
run weighs terms as a single run over the same articles would.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

DIMENSIONS = 1 << 20
# Bump when an article hashes into other features: a store's centroids and
# frequencies only compare with articles featured the same way (Store checks it).
VERSION = 4
WEIGHTS = {"word": 0.45, "name": 0.3, "place": 0.05, "when": 0.2}
#: the blocks of a caseless article (:func:`is_caseless`): its words only
CASELESS_WEIGHTS = {"word": 1.0}
#: an article is caseless when fewer than this share of its words are capitalised where no
#: sentence opens (news text in ordinary case: 2% or more; lower-cased feeds: none)
CASELESS_SHARE = 0.01

STOP_WORDS = frozenset(re.findall(r"[a-z]+", """
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me
more most my no nor not now of off on once only or other our ours out over own same she should so
some such than that the their theirs them then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you your yours
said says say told according one two three new year years time people percent also like get got
last first week month day today yesterday monday tuesday wednesday thursday friday saturday sunday
mr mrs ms reported report reports news may might must shall us many much including since
"""))
_MONTHS = frozenset(("january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"))
_WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
_NAME = re.compile(r"(?<![\w'’])[A-Z][\w'’-]*(?:\s+(?:(?:of|de|del|van|von|al|bin|la|le)\s+)?[A-Z][\w'’-]*)*")
_PLACE = re.compile(r"\b(?:in|at|near|from|outside|across|off)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*(?![\w])")
_MOUNT = re.compile(r"\bmt\b")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])(?=\s|$)")
_SENTENCE_START = re.compile(r"(?:^|[.!?]['\"”’)]*\s+|\n\s*|[\"“‘(]\s*)$")
_CAPITAL = re.compile(r"(?<![\w'’])[A-Z](?=\w)")  # not the pronoun "I", which lower-cased feeds may keep


def _bucket(token: str) -> int:
    return zlib.crc32(token.encode()) & (DIMENSIONS - 1)


def names(text: str) -> list[str]:
    """Capitalised names; a single capitalised word opening a sentence is not one."""
    found = []
    for match in _NAME.finditer(text):
        name = match.group()
        words = name.split()
        if len(words) == 1 and (name.lower() in STOP_WORDS
                                or _SENTENCE_START.search(text, max(0, match.start() - 8), match.start())):
            continue
        while words and words[0].lower() in STOP_WORDS:  # "The Pentagon" -> "Pentagon"
            words = words[1:]
        if words:
            found.append(" ".join(words).lower())
    return found


def name_terms(text: str) -> list[str]:
    """The name block's terms: every name, possessives dropped ("Lohan's" is "Lohan") and "Mt"
    read as "Mount", and again the last word of a name of several words (a family name, a
    team's nickname), which is how a story names its people after the first mention; a
    one-sentence article that says "Mt Cook" or "Vinar" then shares a term with the longer
    ones that say "Mount Cook" or "Mark Vinar"."""
    found = [_MOUNT.sub("mount", _POSSESSIVE.sub("", name)) for name in names(text)]
    return found + [name.rsplit(" ", 1)[1] for name in found if " " in name]


def is_caseless(text: str) -> bool:
    """Whether ``text`` is lower-cased: fewer than :data:`CASELESS_SHARE` of its words
    (whitespace-separated tokens) are capitalised where no sentence opens, one-letter words
    ("I") aside; an empty text is not caseless. Stops at the capital that settles it:
    ordinary text is told early."""
    needed = CASELESS_SHARE * len(text.split())
    capitalised = 0
    for match in _CAPITAL.finditer(text):
        if not _SENTENCE_START.search(text, max(0, match.start() - 8), match.start()):
            capitalised += 1
            if capitalised >= needed:
                return False
    return capitalised < needed


def places(text: str) -> list[str]:
    return [match.group(1).lower() for match in _PLACE.finditer(text)]


def when_terms(text: str) -> list[str]:
    """Numbers (decimal comma and point normalised) and month / weekday names."""
    terms = [match.group().replace(",", "") for match in _NUMBER.finditer(text)]
    lowered = _WORD.findall(text.lower())
    terms.extend(word for word in lowered if word in _MONTHS or word in _WEEKDAYS)
    return terms


def content_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if len(w) > 1 and w not in STOP_WORDS]


@dataclass(frozen=True, slots=True)
class ArticleTerms:
    """Hashed term counts of one article, per block: ``{block: (buckets, counts)}``; a
    ``caseless`` article's blocks are weighted by :data:`CASELESS_WEIGHTS`."""

    blocks: dict[str, tuple[np.ndarray, np.ndarray]]
    caseless: bool = False


def article_terms(text: str, title: str | None = None) -> ArticleTerms:
    """Count the hashed terms of each block; the title counts twice. A caseless article
    (:func:`is_caseless`, by its text: a title in title case over a lower-cased text still
    leaves its name block empty) has its word block only."""
    full = f"{title}.\n{title}.\n{text}" if title else text
    caseless = is_caseless(text)
    blocks = {}
    extractors = {"word": content_words, "name": name_terms, "place": places, "when": when_terms}
    for block in CASELESS_WEIGHTS if caseless else WEIGHTS:
        terms = extractors[block](full)
        counts = Counter(_bucket(f"{block}:{term}") for term in terms)
        keys = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        values = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
        order = np.argsort(keys)
        blocks[block] = (keys[order], values[order])
    return ArticleTerms(blocks, caseless)


class DocumentFrequencies:
    """Document frequency of every hashed bucket, and the number of documents."""

    def __init__(self, counts: np.ndarray | None = None, documents: int = 0) -> None:
        self.counts = counts if counts is not None else np.zeros(DIMENSIONS, dtype=np.int32)
        self.documents = documents

    def add(self, terms: ArticleTerms) -> None:
        for keys, _ in terms.blocks.values():
            self.counts[keys] += 1
        self.documents += 1

    def vector(self, terms: ArticleTerms) -> tuple[np.ndarray, np.ndarray]:
        """The weighted, normalised feature vector as sorted ``(columns, values)``."""
        columns, values = [], []
        block_weights = CASELESS_WEIGHTS if terms.caseless else WEIGHTS
        for block, (keys, counts) in terms.blocks.items():
            if not len(keys):
                continue
            idf = np.log((1.0 + self.documents) / (1.0 + self.counts[keys])) + 1.0
            weights = (1.0 + np.log(counts)) * idf
            weights *= np.sqrt(block_weights[block]) / np.linalg.norm(weights)
            columns.append(keys)
            values.append(weights)
        if not columns:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        columns_all, values_all = np.concatenate(columns), np.concatenate(values)
        order = np.argsort(columns_all, kind="stable")
        return columns_all[order], values_all[order]


def matrix(vectors: list[tuple[np.ndarray, np.ndarray]]) -> sp.csr_matrix:
    """Rows of ``(columns, values)`` as a CSR matrix of width :data:`DIMENSIONS`."""
    indptr = np.zeros(len(vectors) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(c) for c, _ in vectors])
    indices = np.concatenate([c for c, _ in vectors]) if vectors else np.zeros(0, np.int64)
    data = np.concatenate([v for _, v in vectors]) if vectors else np.zeros(0)
    result = sp.csr_matrix((data, indices, indptr), shape=(len(vectors), DIMENSIONS))
    result.sum_duplicates()
    return result
