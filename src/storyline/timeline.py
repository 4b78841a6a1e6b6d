"""The story's timeline: dated events, merged across articles, in order.

Every date expression in an article's own sentences (not in passages it
quotes from another report) is a candidate event: its date from
:func:`storyline.dates.find_dates` against the article's publication date,
and the clause around it as its text. An expression relative to another
event ("two months later", "the next day") is resolved against the previous
dated event of the same article; one that stays unresolved is placed next to
that event. Candidates of the same date whose sentences share enough content
words are one event with a mention in each article (a copy or a rewrite of
the same sentence), or, with ``semantic`` on, whose sentences' static
embeddings are close (a paraphrase); an unresolved candidate joins a resolved
one when both use the same expression in aligned sentences (an undated wire
story and its dated copies).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace

import numpy as np

from .dates import DateMention, find_dates, offset, shift
from .model import Article, Brief, Event, Span
from .segment import TOKEN
from .settings import Settings

__all__ = ["build_timeline", "timeline"]

# Two sentences state the same event when this share of the content words of
# the shorter one is shared, and at least this many words.
MIN_OVERLAP = 0.5
MIN_SHARED = 2
# ... or, with embeddings, when their sentences are at least this similar.
MIN_COSINE = 0.6
# A candidate is compared with this many members of a cluster at most, so a
# story of many copies stays linear.
MAX_COMPARED = 8
# An event's text: the clause around the date, grown to at least MIN_WORDS
# words from the neighbouring clauses and cut to at most MAX_WORDS.
MIN_WORDS = 6
MAX_WORDS = 25
# A full date with at most this many other words is a dateline or a byline.
DATELINE_WORDS = 4

_STOPWORDS = frozenset((
    "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for",
    "with", "from", "as", "into", "onto", "over", "under", "about", "after", "before", "since",
    "until", "than", "that", "this", "these", "those", "there", "here", "it", "its", "he",
    "she", "they", "them", "his", "her", "their", "our", "we", "you", "i", "me", "my", "your",
    "be", "is", "are", "was", "were", "been", "being", "has", "have", "had", "do", "does",
    "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not",
    "no", "so", "such", "also", "just", "then", "when", "while", "where", "which", "who",
    "whom", "whose", "what", "why", "how", "said", "says", "say", "told", "according", "more",
    "most", "some", "any", "all", "each", "other", "own", "very", "up", "out", "off", "again",
    "once", "only", "both", "few", "many", "much", "per", "via",
))
_CLAUSE_BREAK = re.compile(r"\s*(?:[;:()\[\]](?!\d)|,(?=\s)|\s-{1,2}\s|\s[–—]\s|[–—])\s*")
_CLAUSE_WORD = re.compile(
    r"\b(?:that|which|who|when|while|after|before|as|and|but|because|although|where|whereas|with)\b")
_REFERENCE = re.compile(
    r"\b(?:compared\s+(?:to|with)|than\s+in|(?P<since>since))\s+"
    r"(?:the\s+)?(?:(?:last|early|late|mid-?|the\s+end\s+of)\s*)?$",
    re.IGNORECASE)
# "since 1987" is a yardstick after a superlative ("its lowest level since
# 1987"), but the start of a state otherwise ("suspended since July 2003").
_SUPERLATIVE = re.compile(
    r"\b(?:lowest|highest|worst|best|biggest|largest|smallest|longest|shortest|strongest|weakest|"
    r"fastest|slowest|steepest|sharpest|deepest|greatest|first|most|least|record|seen|ever)\b",
    re.IGNORECASE)
# With no clause word between two dates, and the first date inside a noun phrase ("the 2007 Tour
# de France"), the first preposition after it starts the second clause, so that the first keeps
# the noun its date qualifies.
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+$", re.IGNORECASE)
_PREPOSITION = re.compile(r"\b(?:by|for|about|in|on|at|from|during|since|until|into|over|against|through)\b")
_LEADING_JOINER = re.compile(r"(?:that|and|but)\s+", re.IGNORECASE)
# The saying verb left at the head of a clause cut after a speaker's comma ("..., said inspectors had ...")
_SAYING_AFTER_COMMA = re.compile(r"(?:said|says|added|stated|told\s+(?:reporters|journalists))\s+(?:that\s+)?")
_WORD_NEXT = re.compile(r"\s+(?:to\s+)?\w")
_TRIM = " \t\n\"'“”‘’«»,;:.-–—()[]"
_YEAR_DIGITS = re.compile(r"\d{4}")


@dataclass(frozen=True, slots=True)
class _Candidate:
    """One date expression in one sentence of one article."""

    article: str
    article_index: int
    start: int  # the clause, in the article's clean text
    end: int
    expression: str  # the date expression, lower-cased
    value: str | None
    precision: str
    words: frozenset[str]  # content words of the sentence, dates left out
    key: tuple  # where the candidate sorts in the timeline
    sentence: int  # index of its sentence among the story's dated sentences


def _content_words(text: str, start: int, end: int, skip: list[DateMention]) -> frozenset[str]:
    words = set()
    for match in TOKEN.finditer(text, start, end):
        if any(m.start <= match.start() < m.end for m in skip):
            continue
        word = match.group().lower()
        if word not in _STOPWORDS:
            words.add(word)
    return frozenset(words)


def _word_count(text: str) -> int:
    return sum(1 for _ in TOKEN.finditer(text))


def _pieces(text: str, start: int, end: int, mentions: list[DateMention]) -> list[tuple[int, int]]:
    """Clauses of the sentence text[start:end], split further so that no
    clause holds two date mentions."""
    cuts = [start]
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        if not any(m.start < match.end() and match.start() < m.end for m in mentions):
            cuts.extend((match.start(), match.end()))
    cuts.append(end)
    pieces = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2) if cuts[i] < cuts[i + 1]]
    for before, after in itertools.pairwise(mentions):
        index = _piece_of(pieces, after.start)
        piece_start, piece_end = pieces[index]
        if piece_start > before.start:
            continue
        split = before.end
        for word in _CLAUSE_WORD.finditer(text, before.end, after.start):
            split = word.start()
        if (split == before.end and _DETERMINER_BEFORE.search(text, max(0, before.start - 12), before.start)
                and (preposition := _PREPOSITION.search(text, before.end, after.start))):
            split = preposition.start()  # "withdrawn from the 2007 Tour de France | by his team ... in June"
        pieces[index:index + 1] = [(piece_start, split), (split, piece_end)]
    return pieces


def _piece_of(pieces: list[tuple[int, int]], at: int) -> int:
    """Index of the last piece starting at or before ``at``."""
    return max(bisect.bisect_right([start for start, _ in pieces], at) - 1, 0)


def _clause(text: str, pieces: list[tuple[int, int]], taken: set[int], mention: DateMention
            ) -> tuple[int, int]:
    """The clause around the mention, grown over neighbouring clauses that hold
    no other date (``taken``) to MIN_WORDS words, cut to MAX_WORDS, trimmed."""
    low = high = _piece_of(pieces, mention.start)
    while _word_count(text[pieces[low][0]:pieces[high][1]]) < MIN_WORDS:
        if high + 1 < len(pieces) and high + 1 not in taken:
            high += 1
        elif low > 0 and low - 1 not in taken:
            low -= 1
        else:
            break
    clause_start, clause_end = pieces[low][0], pieces[high][1]
    tokens = [m.span() for m in TOKEN.finditer(text, clause_start, clause_end)]
    if len(tokens) > MAX_WORDS:
        at = next((i for i, (a, _) in enumerate(tokens) if a >= mention.start), len(tokens) - 1)
        first = max(0, min(at - MAX_WORDS // 2, len(tokens) - MAX_WORDS))
        last = first + MAX_WORDS - 1
        while last > at and text[tokens[last][0]:tokens[last][1]].lower() in _STOPWORDS:
            last -= 1  # do not end on "and", "the"
        clause_start = min(tokens[first][0], mention.start)
        clause_end = max(tokens[last][1], mention.end)
    while clause_start < clause_end and text[clause_start] in _TRIM:
        clause_start += 1
    lead = _LEADING_JOINER.match(text, clause_start, mention.start)
    if lead:
        clause_start = lead.end()
    saying = _SAYING_AFTER_COMMA.match(text, clause_start, mention.start)
    if saying and text[max(0, clause_start - 8):clause_start].rstrip().endswith(","):
        clause_start = saying.end()
    while clause_end > clause_start and text[clause_end - 1] in _TRIM:
        clause_end -= 1
    if text[clause_end:clause_end + 1] == "." and not text[clause_end - 1:clause_end].isalnum():
        clause_end += 1  # keep the period of "a.m."
    return clause_start, clause_end


def _says_more_than_its_date(text: str, clause: tuple[int, int], mention: DateMention) -> bool:
    """Whether a clause has a content word besides its date ("In 2023," alone is no event)."""
    return any(not mention.start <= word.start() < mention.end and word.group().lower() not in _STOPWORDS
               for word in TOKEN.finditer(text, *clause))


def _names_its_anchor(text: str, mention: DateMention) -> bool:
    """ "two days after the vote" is relative to the vote, not to the previous
    dated event; "two days after," and "two days later" are."""
    return mention.text.lower().endswith(("after", "before", "prior")) \
        and _WORD_NEXT.match(text, mention.end) is not None


def _is_reference(text: str, sentence_start: int, mention: DateMention) -> bool:
    """A date used as a yardstick, not as the time of an event: "its lowest
    level since 1987", "compared with March 2008"."""
    window = max(sentence_start, mention.start - 60)
    cue = _REFERENCE.search(text, window, mention.start)
    if cue is None:
        return False
    return not cue.group("since") or _SUPERLATIVE.search(text, window, cue.start()) is not None


def _is_dateline(text: str, start: int, end: int, mentions: list[DateMention]) -> bool:
    """"Posted March 12, 2024 by Sam Ortiz", "March 01, 2008": no event."""
    full = any(m.precision == "day" and _YEAR_DIGITS.search(m.text) for m in mentions)
    others = sum(1 for t in TOKEN.finditer(text, start, end)
                 if not any(m.start <= t.start() < m.end for m in mentions))
    return full and others <= DATELINE_WORDS


def _article_candidates(article: Article, article_index: int, sentences: list[str]
                        ) -> list[_Candidate]:
    """The candidate events of one article, relative ones resolved or placed;
    the text of each dated sentence is appended to ``sentences``."""
    text = article.text
    found: list[tuple[DateMention, tuple[int, int], frozenset[str], int]] = []
    for sentence in article.sentences:
        if sentence.quoted:
            continue
        mentions = find_dates(text, article.published, sentence.start, sentence.end)
        if not mentions or _is_dateline(text, sentence.start, sentence.end, mentions):
            continue
        words = _content_words(text, sentence.start, sentence.end, mentions)
        mentions = [m for m in mentions if not _is_reference(text, sentence.start, m)]
        pieces = _pieces(text, sentence.start, sentence.end, mentions)
        taken = {_piece_of(pieces, m.start) for m in mentions}
        if mentions:
            sentences.append(text[sentence.start:sentence.end])
        for mention in mentions:
            clause = _clause(text, pieces, taken, mention)
            if _says_more_than_its_date(text, clause, mention):
                found.append((mention, clause, words, len(sentences) - 1))
    published = (article.published or "")[:10] or None
    candidates: list[_Candidate] = []
    previous: _Candidate | None = None
    pending: list[int] = []  # unresolved candidates waiting for a later anchor
    for mention, (start, end), words, sentence_index in found:
        value, precision = mention.value, mention.precision
        mention_offset = offset(mention) if value is None else None
        if value is None and previous is not None and mention_offset is not None \
                and not _names_its_anchor(text, mention):
            moved = shift(previous.value, mention_offset)
            if moved:
                value, precision = moved
        if value is not None:
            key = (value, 0, article_index, mention.start, 0, 0)
        elif previous is not None:
            sign = mention_offset.sign if mention_offset else 1
            key = (*previous.key[:4], sign or 1, mention.start)
        else:
            key = (published or "9999", 0, article_index, mention.start, 1, mention.start)
            pending.append(len(candidates))
        candidate = _Candidate(article.id, article_index, start, end, mention.text.lower(),
                               value, precision, words, key, sentence_index)
        candidates.append(candidate)
        if value is not None:
            for index in pending:  # earlier unresolved ones sort just before this anchor
                waiting = candidates[index]
                candidates[index] = replace(waiting, key=(*key[:4], -1, waiting.key[5]))
            pending.clear()
            previous = candidate
    return candidates


def _overlap(first: frozenset[str], second: frozenset[str]) -> float:
    shared = len(first & second)
    if shared < MIN_SHARED:
        return 0.0
    return shared / min(len(first), len(second))


class _Cluster:
    """Candidates stating one event, at most one per article."""

    __slots__ = ("articles", "expressions", "members", "value")

    def __init__(self, candidate: _Candidate) -> None:
        self.members = [candidate]
        self.value = candidate.value
        self.articles = {candidate.article}
        self.expressions = {candidate.expression}

    def accepts(self, candidate: _Candidate, vectors: np.ndarray | None) -> float:
        """Alignment score of a candidate with this cluster (0 when it cannot join)."""
        if candidate.article in self.articles:
            return 0.0
        if self.value is not None and candidate.value is not None:
            if self.value != candidate.value:
                return 0.0
        elif candidate.expression not in self.expressions:
            return 0.0
        best = 0.0
        for member in self.members[:MAX_COMPARED]:
            lexical = _overlap(member.words, candidate.words)
            if lexical >= MIN_OVERLAP:
                best = max(best, lexical)
            elif vectors is not None and lexical > 0:
                cosine = float(vectors[member.sentence] @ vectors[candidate.sentence])
                if cosine >= MIN_COSINE:
                    best = max(best, cosine)
        return best

    def add(self, candidate: _Candidate) -> None:
        self.members.append(candidate)
        self.articles.add(candidate.article)
        self.expressions.add(candidate.expression)
        if self.value is None:
            self.value = candidate.value

    def event(self, texts: dict[str, str]) -> tuple[tuple, Event]:
        """The event and its sort key; its text is the clause of its first mention
        that states the date explicitly (with a number), else of its first mention."""
        ordered = sorted(self.members, key=lambda m: (m.article_index, m.start))
        resolved = [m for m in ordered if m.value is not None]
        lead = (resolved or ordered)[0]
        key = min(m.key for m in resolved or ordered)
        first = next((m for m in ordered if any(c.isdigit() for c in str(m.expression))), ordered[0])
        mentions = tuple(Span(m.article, m.start, m.end) for m in ordered)
        precision = lead.precision if lead.value is not None else "relative"  # "September 29", no year known
        return key, Event(lead.value, precision, texts[first.article][first.start:first.end], mentions)


def build_timeline(articles: tuple[Article, ...] | list[Article], semantic: bool = False
                   ) -> tuple[Event, ...]:
    """The dated events of the articles, sorted by date (see the module doc).

    ``semantic`` also aligns sentences by the bundled static embeddings.
    """
    sentences: list[str] = []
    candidates = [candidate for index, article in enumerate(articles)
                  for candidate in _article_candidates(article, index, sentences)]
    vectors = None
    if semantic and len({c.article for c in candidates}) > 1:
        from .embed import embed

        vectors = embed(sentences)
    clusters: list[_Cluster] = []
    by_value: dict[str, list[_Cluster]] = {}
    by_expression: dict[str, list[_Cluster]] = {}
    for candidate in candidates:
        pool = by_value.get(candidate.value, []) if candidate.value is not None else []
        pool = pool + by_expression.get(candidate.expression, [])
        best_score, best = 0.0, None
        for cluster in pool:
            score = cluster.accepts(candidate, vectors)
            if score > best_score:
                best_score, best = score, cluster
        if best is None:
            best = _Cluster(candidate)
            clusters.append(best)
        else:
            best.add(candidate)
        if best.value is not None and best not in by_value.setdefault(best.value, []):
            by_value[best.value].append(best)
        if best not in by_expression.setdefault(candidate.expression, []):
            by_expression[candidate.expression].append(best)
    texts = {article.id: article.text for article in articles}
    events = sorted((cluster.event(texts) for cluster in clusters), key=lambda pair: pair[0])
    return tuple(event for _, event in events)


def timeline(brief: Brief, settings: Settings) -> Brief:
    """Stage: fill ``brief.timeline`` with the story's dated events."""
    return replace(brief, timeline=build_timeline(brief.articles, settings.semantic))
