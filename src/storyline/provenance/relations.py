"""The relation of each pair of articles: copy, excerpt, quotes, rewrite or none.

For a pair the evidence is measured once: which share of each article's
words lies in shared verbatim passages (direct speech both articles carry in
quotation marks does not count: independent reports quote the same
spokesman), which share of that lies in passages an article marks as quoted,
and how much of each article aligns sentence by sentence with the other.
Direction comes first (publication time when both are known and differ;
otherwise credits, quote marking, wire datelines and containment: the fuller
text is the source), then the kind from the derived article's point of view.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import lru_cache

import numpy as np

from ..model import Article, Credit
from .paraphrase import Alignment, PairSimilarity, SentenceIndex, align
from .passages import Passage, Tokens, covered

_INTRO_GAP = re.compile(r"[^\w.!?]{0,3}:\s*(?:>\s*)?")
KIND_STRENGTH = {"copy": 4, "excerpt": 3, "quotes": 2, "rewrite": 1}


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Decision thresholds, tuned on the generated story sets (see docs/ARCHITECTURE.md)."""

    copy: float = 0.8  # both articles at least this much shared verbatim
    excerpt: float = 0.7  # the derived article at least this much from the source
    quoted: float = 0.5  # share of the shared text inside marked quotes that makes it "quotes"
    quote_tokens: int = 25  # shortest unmarked quoted block (a verbatim run)
    marked_quote_tokens: int = 12  # shortest block the article marks as quoted
    sentence: float = 0.5  # blended sentence similarity that aligns two sentences
    rewrite: float = 0.5  # share of the derived article aligned to the source
    rewrite_order: float = 0.6  # share of aligned sentences in the source's order
    rewrite_sentences: int = 2  # fewest aligned sentences: one shared sentence is no rewrite
    contiguous: float = 0.85  # an excerpt covers this much of the source between its first and last word
    speech: float = 0.7  # a passage this much inside quotation marks in both articles is speech


@dataclass(frozen=True, slots=True)
class Relation:
    """``derived`` derives from ``source`` as ``kind``; ``share`` of the derived text comes from it."""

    derived: int
    source: int
    kind: str
    confidence: float
    share: float
    passages: tuple[Passage, ...]  # oriented: ``a`` is the derived article
    alignment: Alignment | None
    credited: bool
    cued: bool = True  # direction from dates or explicit cues, not only from containment


@lru_cache(maxsize=4096)  # asked for every pair an article is in
def _instant(published: str | None) -> tuple[datetime, bool] | None:
    """The publication time and whether it has a time of day."""
    if not published:
        return None
    try:
        moment = datetime.fromisoformat(published.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment, "T" in published or " " in published.strip()


def date_order(first: Article, second: Article) -> int:
    """-1 when ``first`` was published before ``second``, 1 after, 0 unknown or same moment."""
    a, b = _instant(first.published), _instant(second.published)
    if a is None or b is None:
        return 0
    if not (a[1] and b[1]):  # compare calendar days when one has no time
        day_a, day_b = a[0].date(), b[0].date()
        return (day_a > day_b) - (day_a < day_b)
    return (a[0] > b[0]) - (a[0] < b[0])


def _oriented(passages: list[Passage], derived: int, source: int, derived_is_a: bool) -> tuple[Passage, ...]:
    """The passages with ``a`` the derived article (measured on a copy's pair, they are renamed)."""
    if derived_is_a:
        return tuple(Passage(derived, source, p.a_start, p.a_end, p.b_start, p.b_end, p.matched, p.exact)
                     for p in passages)
    return tuple(Passage(derived, source, p.b_start, p.b_end, p.a_start, p.a_end, p.matched, p.exact)
                 for p in passages)


def _cut_words(article: Article) -> int:
    """Words of the headline and of what cleaning cut that a copy may carry in its text: the date
    and byline lines at the top, wire artefacts ("(STORY CAN END HERE ...)")."""
    cut = [article.title or ""] + [r.text for r in article.removed if r.reason in ("date", "byline", "artefact")]
    return sum(len(text.split()) for text in cut)


def _quoted_mask(article: Article, toks: Tokens) -> np.ndarray:
    mask = np.zeros(len(toks.ids), dtype=bool)
    for passage in article.quoted:
        mask |= (toks.starts >= passage.start) & (toks.ends <= passage.end)
    return mask


@dataclass
class PairEvidence:
    """What two articles share, measured once for both directions.

    ``passages`` are the near-verbatim passages (reported as evidence, flagged
    ``exact`` when one verbatim run spans them); the coverage masks count
    only verbatim runs, so a rewrite's scattered matching words do not make
    it look like a copy.
    """

    passages: list[Passage]
    runs: list[Passage]
    cover_a: np.ndarray
    cover_b: np.ndarray

    def share(self, side: int) -> float:
        mask = self.cover_a if side == 0 else self.cover_b
        return np.count_nonzero(mask) / len(mask) if len(mask) else 0.0


def prefix_sums(mask: np.ndarray) -> np.ndarray:
    """Running counts of a boolean mask, so that any slice's share costs two lookups."""
    return np.concatenate(([0], np.cumsum(mask, dtype=np.int64)))


def _fraction(prefix: np.ndarray, start: int, end: int) -> float:
    """Share of ``[start, end)`` set in the mask whose :func:`prefix_sums` is ``prefix``."""
    return float(prefix[end] - prefix[start]) / (end - start) if end > start else 0.0


def pair_evidence(passages: list[Passage], lengths: tuple[int, int], speech: float,
                  speech_sums: tuple[np.ndarray, np.ndarray], quoted_sums: tuple[np.ndarray, np.ndarray]
                  ) -> PairEvidence:
    """Coverage masks of both articles, without passages that are only shared direct speech
    (unless one article marks the passage as quoted from another report)."""
    speech_a, speech_b = speech_sums
    quoted_a, quoted_b = quoted_sums

    def marked(p: Passage) -> bool:
        return max(_fraction(quoted_a, p.a_start, p.a_end), _fraction(quoted_b, p.b_start, p.b_end)) >= 0.5

    def kept(p: Passage) -> bool:
        return marked(p) or min(_fraction(speech_a, p.a_start, p.a_end),
                                _fraction(speech_b, p.b_start, p.b_end)) < speech

    near = [p for p in passages if not p.exact and kept(p)]
    runs = [r for r in passages if r.exact and any(
        p.a_start <= r.a_start and r.a_end <= p.a_end and p.b_start <= r.b_start and r.b_end <= p.b_end
        for p in near)]
    for p in near:  # a short block marked as quoted counts whole, even below the verbatim-run length
        if marked(p) and not any(p.a_start <= r.a_start and r.a_end <= p.a_end for r in runs):
            runs.append(replace(p, exact=True))
    spans = {(r.a_start, r.a_end, r.b_start, r.b_end) for r in runs}
    near = [replace(p, exact=True) if (p.a_start, p.a_end, p.b_start, p.b_end) in spans else p for p in near]
    return PairEvidence(near, runs, covered(lengths[0], [(p.a_start, p.a_end) for p in runs]),
                        covered(lengths[1], [(p.b_start, p.b_end) for p in runs]))


def _contiguous(mask: np.ndarray) -> float:
    """Covered share of the stretch between the first and the last covered token."""
    where = np.flatnonzero(mask)
    return float(len(where)) / (where[-1] - where[0] + 1) if len(where) else 0.0


class PairJudge:
    """Decides the relation of article pairs of one story."""

    def __init__(self, articles: list[Article], tokens: list[Tokens], index: SentenceIndex,
                 credits: tuple[Credit, ...], self_datelines: set[int], thresholds: Thresholds,
                 similarities: PairSimilarity):
        self.articles = articles
        self.similarities = similarities
        self.tokens = tokens
        self.index = index
        self.thresholds = thresholds
        self.self_datelines = self_datelines
        position = {article.id: i for i, article in enumerate(articles)}
        self.credits = {(position[c.article], position[c.target]) for c in credits
                        if c.target is not None and c.target in position}
        self.quoted = [_quoted_mask(a, t) for a, t in zip(articles, tokens, strict=True)]
        self.quoted_sums = [prefix_sums(mask) for mask in self.quoted]
        self.speech_sums = [prefix_sums(t.speech) for t in tokens]
        numbers: dict[tuple, int] = {}  # copies: the same text, sentences and quoted passages
        self.text_ids = [numbers.setdefault((a.text, a.sentences, a.quoted), len(numbers)) for a in articles]
        copies = Counter(self.text_ids)
        self.copied = [copies[t] > 1 for t in self.text_ids]
        self._measured: dict[tuple, tuple[PairEvidence, tuple[Alignment, Alignment] | None]] = {}
        # Words as published: the text and what cleaning cut that a copy running it into its text
        # still carries (headline, date and byline lines, wire artefacts).
        self.published_words = [len(t.ids) + _cut_words(a) for a, t in zip(articles, tokens, strict=True)]
        self.text_share = [len(t.ids) / max(1, words) for t, words in zip(tokens, self.published_words, strict=True)]
        self.intro_ends: list[list[int]] = [[] for _ in articles]
        for credit in credits:
            self.intro_ends[position[credit.article]].append(credit.end)

    def _introduced(self, article: int, token: int) -> bool:
        """True when the run starting at ``token`` follows a credit line ending in a colon
        ("From the Post's report:"): a quoted block even when not marked as one."""
        text = self.articles[article].text
        at = int(self.tokens[article].starts[token])
        return any(0 <= at - end <= 80 and _INTRO_GAP.fullmatch(text[end:at]) for end in self.intro_ends[article])

    def _quoted_share(self, article: int, mask: np.ndarray, runs: list[tuple[int, int]]) -> float:
        """Share of the shared tokens that the article marks as quoted or introduces as a quote."""
        shared = int(mask.sum())
        if not shared:
            return 0.0
        quoted = mask & self.quoted[article]
        for start, end in runs:
            if self._introduced(article, start):
                quoted[start:end] = True
        return float(quoted.sum()) / shared

    def _direction(self, i: int, j: int, evidence: PairEvidence, para: tuple[float, float]) -> tuple[int, bool]:
        """(+1 when ``i`` derives from ``j``, -1 when ``j`` derives from ``i``; whether a cue decided)."""
        by_date = date_order(self.articles[i], self.articles[j])
        if by_date:
            return by_date, True
        score = 0.0
        score += 2 * (((i, j) in self.credits) - ((j, i) in self.credits))
        quoted_i = self._quoted_share(i, evidence.cover_a, [(r.a_start, r.a_end) for r in evidence.runs])
        quoted_j = self._quoted_share(j, evidence.cover_b, [(r.b_start, r.b_end) for r in evidence.runs])
        t = self.thresholds.quoted
        score += 2 * ((quoted_i >= t) - (quoted_j >= t))
        score += (j in self.self_datelines) - (i in self.self_datelines)
        if score:
            return (1 if score > 0 else -1), True
        return self._containment(i, j, evidence, para), False

    def _containment(self, i: int, j: int, evidence: PairEvidence, para: tuple[float, float]) -> int:
        """Direction with no cue: the fuller text is the source, then the longer one as published."""
        share_i, share_j = evidence.share(0) * self.text_share[i], evidence.share(1) * self.text_share[j]
        if abs(share_i - share_j) < 0.05:
            share_i, share_j = para
        if abs(share_i - share_j) >= 0.02:
            return 1 if share_i > share_j else -1
        length_i, length_j = self.published_words[i], self.published_words[j]
        if length_i != length_j:
            return 1 if length_i < length_j else -1
        return 1 if i > j else -1

    def _measure(self, i: int, j: int, passages: list[Passage]
                 ) -> tuple[PairEvidence, tuple[Alignment, Alignment] | None]:
        """What articles ``i`` and ``j`` share: the verbatim evidence and, unless they are
        copies, the sentence alignment each way. Both read only the two texts and the
        passages, so a pair of copies' texts sharing the same passages is measured once."""
        key = None
        if self.copied[i] or self.copied[j]:
            key = (self.text_ids[i], self.text_ids[j],
                   tuple((p.a_start, p.a_end, p.b_start, p.b_end, p.matched, p.exact) for p in passages))
            if key in self._measured:
                return self._measured[key]
        t = self.thresholds
        evidence = pair_evidence(passages, (len(self.tokens[i].ids), len(self.tokens[j].ids)), t.speech,
                                 (self.speech_sums[i], self.speech_sums[j]),
                                 (self.quoted_sums[i], self.quoted_sums[j]))
        alignments = None
        if max(evidence.share(0), evidence.share(1)) < t.copy:
            sims = self.similarities.get(i, j)
            alignments = (align(self.index, i, j, t.sentence, sims), align(self.index, j, i, t.sentence, sims.T))
        if key is not None:
            self._measured[key] = evidence, alignments
        return evidence, alignments

    def judge(self, i: int, j: int, passages: list[Passage]) -> Relation | None:
        """The relation between articles ``i < j``, or None."""
        t = self.thresholds
        evidence, measured = self._measure(i, j, passages)
        alignments: dict[int, Alignment] = {} if measured is None else {i: measured[0], j: measured[1]}
        if not evidence.passages and not any(a.share >= t.rewrite for a in alignments.values()):
            return None
        para = (alignments[i].share, alignments[j].share) if alignments else (0.0, 0.0)
        sign, cued = self._direction(i, j, evidence, para)
        if sign > 0:
            derived, source, cover, cover_source = i, j, evidence.cover_a, evidence.cover_b
        else:
            derived, source, cover, cover_source = j, i, evidence.cover_b, evidence.cover_a
        share = float(cover.mean()) if len(cover) else 0.0
        share_source = float(cover_source.mean()) if len(cover_source) else 0.0
        runs = [(r.a_start, r.a_end) if derived == i else (r.b_start, r.b_end) for r in evidence.runs]
        quoted = self._quoted_share(derived, cover, runs)
        passages_oriented = _oriented(evidence.passages, derived, source, derived == i)
        longest = max((p.a_end - p.a_start for p in evidence.runs), default=0)
        alignment = alignments.get(derived)
        credited = (derived, source) in self.credits
        kind, confidence = None, 0.0
        if share >= t.copy and share_source >= t.copy:
            kind, confidence = "copy", min(share, share_source)
        elif quoted >= t.quoted and longest >= t.marked_quote_tokens:
            kind, confidence = "quotes", 0.5 + 0.5 * quoted
        elif share >= t.excerpt and _contiguous(cover_source) >= t.contiguous:
            kind, confidence = "excerpt", share
        elif (alignment is not None and alignment.share >= t.rewrite and alignment.order >= t.rewrite_order
              and len(alignment.pairs) >= t.rewrite_sentences
              and (alignment.share >= share + 0.15 or share >= t.excerpt)):
            kind, confidence = "rewrite", min(1.0, alignment.share * alignment.order + 0.1 * credited)
            share = alignment.share
        elif share >= t.excerpt:  # mostly the source's words, but re-arranged: a light rewrite
            kind, confidence = "rewrite", share * _contiguous(cover_source)
        elif longest >= t.quote_tokens:
            kind, confidence = "quotes", min(1.0, 0.4 + share + 0.2 * credited)
        if kind is None:
            return None
        return Relation(derived, source, kind, round(confidence, 3), share, passages_oriented,
                        alignment, credited, cued)

    def reversed_rewrite(self, relation: Relation) -> Relation:
        """The same rewrite read the other way round (when other articles show which is the source)."""
        alignment = align(self.index, relation.source, relation.derived, self.thresholds.sentence)
        passages = tuple(Passage(p.b, p.a, p.b_start, p.b_end, p.a_start, p.a_end, p.matched, p.exact)
                         for p in relation.passages)
        credited = (relation.source, relation.derived) in self.credits
        return Relation(relation.source, relation.derived, "rewrite",
                        round(min(1.0, alignment.share * alignment.order + 0.1 * credited), 3),
                        alignment.share, passages, alignment, credited, False)
