"""Claims: the facts of a story, aligned across articles, with their support.

A *unit* is a sentence of an article's own text, or a clause of it when one
sentence joins several facts ("...on Monday, and 14 staff were evacuated").
Sentences inside a quoted passage are units too, but they count for the
outlet they quote (the blog that quotes Northwire does not add support of
its own). Reader comments never get here: cleaning removed them.

Units of different articles are aligned by one score per pair:

- lexical: cosine of IDF-weighted stemmed content words (a sparse matrix
  product, so only pairs sharing a word cost anything);
- semantic: cosine of the bundled static embeddings (one batched call per
  story), rescaled so that unrelated sentences of one topic score near zero;
- values: shared names and numbers, the words that make a fact specific.

Aligned units are grouped greedily by average linkage, at most one unit per
article in a group, a denial only with units related to what it denies
(:mod:`storyline.predicates`); each group is one :class:`~storyline.model.Claim`. The
support of a claim is the number of articles stating it; its independent
support the number of provenance origin groups among them.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np
from scipy import sparse

from .dates import find_dates
from .embed import embed
from .model import Article, Brief, Claim, Span
from .predicates import Predicates
from .read.metadata import opening_cut
from .segment import TOKEN
from .settings import Settings
from .values import STOPWORDS, find_names, find_quantities, stem

#: Pairs scoring at least this are kept as candidates (for alignment and conflicts).
CANDIDATE = 0.25
#: An edge this strong may start or extend a claim.
ALIGN = 0.40
#: ...provided the average link between the two groups stays above this.
LINKAGE = 0.30
_LEX_WEIGHT = 0.6
_SEM_FLOOR = 0.20  # embedding cosine of unrelated sentences on one topic
_VALUE_BONUS = 0.03
_MIN_WORDS = 4
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?=(?:and|but|while|whereas)\s)")
_CONJUNCTION = re.compile(r"(?:and|but|while|whereas)\s+")
# The writer's own stance or a question ("I hope someone asks the mayor ...", "Will it reopen?"):
# no fact of the story.
_STANCE = re.compile(r"(?:(?:and|but|so|yet)\s+)?(?:I|We)\s+(?:(?:really|still|just|do|don't|only)\s+)?"
                     r"(?:hope|think|believe|feel|wonder|guess|wish|suspect|doubt|fear|suppose|am sure)\b",
                     re.IGNORECASE)
_QUESTION = re.compile(r"\?[\"'”’)]*\s*$")
# A source the sentence reports ("We believe ..., the fire chief said", 'The mayor asked: "Who ...?"'):
# the stance or question is then that source's, told by the outlet.
_REPORTED = re.compile(r"\b(?:said|says|told|added|asked|stated|according to|wrote|insisted)\b|:", re.IGNORECASE)
_BLOCK = 1024


@dataclass(frozen=True, slots=True)
class Unit:
    """A claim unit: ``text`` at ``[start, end)`` of ``article``, counting for ``supporter``."""

    article: str
    start: int
    end: int
    supporter: str
    text: str


@dataclass(frozen=True)
class Alignment:
    """The units of a story, their candidate pair scores and their claim groups."""

    units: tuple[Unit, ...]
    scores: sparse.csr_matrix  # symmetric; cross-article pairs scoring >= CANDIDATE
    groups: tuple[tuple[int, ...], ...]  # unit indices of each claim
    centrality: np.ndarray  # per unit: mean similarity to the story's units
    vectors: np.ndarray  # per unit: its embedding (zero columns when not semantic)


def _supporter(article: Article, start: int, end: int, outlets: dict[str, str]) -> str | None:
    """Who a sentence counts for: its article, the outlet it quotes, or nobody."""
    passage = article.quoted_at(start, end)
    if passage is None:
        return article.id
    if not passage.source:
        return None
    key = passage.source.strip().lower()
    return outlets.get(key, f"outlet:{key}")


def _carries_value(text: str) -> bool:
    return bool(find_quantities(text) or find_names(text) or find_dates(text))


def _inside_quotation(text: str, start: int, at: int) -> bool:
    before = text[start:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a sentence at semicolons and ", and/but/while" outside quotations, when
    both parts are long enough and each states a value of its own (a number, name or date).
    A clause starts after its conjunction, so a claim never reads "and 14 staff ..."."""
    pieces, cursor = [], start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        left, right = text[cursor:match.start()], text[match.end():end]
        if (len(TOKEN.findall(left)) >= 5 and len(TOKEN.findall(right)) >= 5
                and not _inside_quotation(text, start, match.start())
                and _carries_value(left) and _carries_value(right)):
            pieces.append((cursor, match.start()))
            conjunction = _CONJUNCTION.match(text, match.end())
            cursor = conjunction.end() if conjunction else match.end()
    pieces.append((cursor, end))
    return pieces


def story_units(articles: tuple[Article, ...], outlets_of: tuple[Article, ...] | None = None) -> list[Unit]:
    """Every claim unit of the articles, in article order; a quoted outlet counts as the article
    of ``outlets_of`` (default: of ``articles``) that it names. The writer's own stance ("I
    hope ...") and questions state no fact and are no units; a source's are."""
    outlets = {a.source.strip().lower(): a.id for a in (articles if outlets_of is None else outlets_of)
               if a.source}
    units = []
    for article in articles:
        for sentence in article.sentences:
            supporter = _supporter(article, sentence.start, sentence.end, outlets)
            if supporter is None:
                continue
            for start, end in _clauses(article.text, sentence.start, sentence.end):
                text = article.text[start:end]
                if len(TOKEN.findall(text)) >= _MIN_WORDS and not _own_stance(text):
                    units.append(Unit(article.id, start, end, supporter, text))
    return units


def _own_stance(text: str) -> bool:
    """Whether the text is the writer's own stance or question, reporting no source."""
    return bool((_STANCE.match(text) or _QUESTION.search(text)) and not _REPORTED.search(text))


def content_words(text: str) -> list[str]:
    """Stemmed words that carry content (no stop words)."""
    return [stem(w) for w in TOKEN.findall(text) if w.lower() not in STOPWORDS]


def _value_keys(text: str) -> set[str]:
    keys = {"n:" + q.normalized for q in find_quantities(text)}
    keys |= {"e:" + w for name in find_names(text) for w in name.words if len(w) > 2}
    return keys


def tfidf_rows(documents: list[list[str]]) -> sparse.csr_matrix:
    """Rows L2-normalised, IDF-weighted term counts."""
    vocabulary: dict[str, int] = {}
    rows, cols = [], []
    for row, words in enumerate(documents):
        for word in words:
            rows.append(row)
            cols.append(vocabulary.setdefault(word, len(vocabulary)))
    counts = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)),
                               shape=(len(documents), max(len(vocabulary), 1)))
    counts.sum_duplicates()
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log((len(documents) + 1) / (df + 1)) + 1.0
    weighted = counts.multiply(idf).tocsr()
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.diags(1.0 / norms) @ weighted


def _binary(keys: list[set[str]]) -> sparse.csr_matrix:
    vocabulary: dict[str, int] = {}
    rows, cols = [], []
    for row, found in enumerate(keys):
        for key in sorted(found):
            rows.append(row)
            cols.append(vocabulary.setdefault(key, len(vocabulary)))
    return sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(keys), max(len(vocabulary), 1)))


def pair_scores(units: list[Unit], vectors: np.ndarray | None) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Cross-article candidate scores (sparse, symmetric) and each unit's centrality."""
    n = len(units)
    lexical = tfidf_rows([content_words(u.text) for u in units])
    values = _binary([_value_keys(u.text) for u in units])
    article_of = np.array([hash(u.article) for u in units])
    rows, cols, data = [], [], []
    centrality = np.zeros(n)
    for begin in range(0, n, _BLOCK):
        block = slice(begin, min(n, begin + _BLOCK))
        lex = (lexical[block] @ lexical.T).toarray()
        shared = (values[block] @ values.T).toarray()
        if vectors is not None:
            sem = np.clip((vectors[block] @ vectors.T - _SEM_FLOOR) / (1 - _SEM_FLOOR), 0, 1)
            score = _LEX_WEIGHT * lex + (1 - _LEX_WEIGHT) * sem
        else:
            score = lex
        score = score + _VALUE_BONUS * np.minimum(shared, 2)
        centrality[block] = score.mean(axis=1)
        score[article_of[block, None] == article_of[None, :]] = 0
        r, c = np.nonzero(score >= CANDIDATE)
        rows.append(r + begin)
        cols.append(c)
        data.append(score[r, c])
    matrix = sparse.csr_matrix(
        (np.concatenate(data) if data else [], (np.concatenate(rows) if rows else [],
                                                 np.concatenate(cols) if cols else [])), shape=(n, n))
    return matrix, centrality


def score_lookup(scores: sparse.csr_matrix) -> dict[tuple[int, int], float]:
    """The stored scores by (row, column): the same values as ``scores.todok()``, looked up
    much faster (grouping and ranking look up every pair of a claim's units)."""
    coo = scores.tocoo()
    coo.sum_duplicates()
    return dict(zip(zip(coo.row.tolist(), coo.col.tolist(), strict=True), coo.data.tolist(), strict=True))


def _group(units: list[Unit], scores: sparse.csr_matrix, predicates: Predicates) -> list[tuple[int, ...]]:
    """Greedy average-linkage grouping, strongest edges first, one unit per article a group,
    never joining a denial to units unrelated to what it denies."""
    coo = sparse.triu(scores, k=1).tocoo()
    order = np.lexsort((coo.col, coo.row, -coo.data))
    member: list[list[int]] = [[i] for i in range(len(units))]
    owner = list(range(len(units)))
    lookup = score_lookup(scores)
    for k in order:
        score = coo.data[k]
        if score < ALIGN:
            break
        a, b = owner[coo.row[k]], owner[coo.col[k]]
        if a == b:
            continue
        left, right = member[a], member[b]
        if {units[i].article for i in left} & {units[j].article for j in right}:
            continue
        mean = sum(lookup.get((i, j), 0.0) for i in left for j in right) / (len(left) * len(right))
        if mean < LINKAGE or not all(predicates.linkable(i, j) for i in left for j in right):
            continue
        member[a] = left + right
        member[b] = []
        for i in right:
            owner[i] = a
    return [tuple(sorted(m)) for m in member if m]


@lru_cache(maxsize=4)
def alignment(articles: tuple[Article, ...], semantic: bool = True) -> Alignment:
    """Units, candidate scores and claim groups of a story (cached: conflicts reuse it)."""
    units = story_units(articles)
    vectors = embed([u.text for u in units]) if semantic and units else None
    scores, centrality = pair_scores(units, vectors)
    if vectors is None:
        vectors = np.zeros((len(units), 0), dtype=np.float32)
    groups = _group(units, scores, Predicates([u.text for u in units], semantic))
    return Alignment(tuple(units), scores, tuple(groups), centrality, vectors)


def claim_id(mentions: tuple[Span, ...]) -> str:
    """A stable id from the mentions' positions."""
    key = "|".join(f"{m.article}:{m.start}:{m.end}" for m in mentions)
    return "c" + hashlib.sha1(key.encode()).hexdigest()[:10]


def unit_span(unit: Unit) -> Span:
    return Span(unit.article, unit.start, unit.end)


def independent_count(brief: Brief, supporters) -> int:
    """Origin groups among the supporters; without provenance each is its own origin."""
    supporters = set(supporters)
    if brief.provenance is None:
        return len(supporters)
    return brief.provenance.independent(supporters)


def claim_ids(aligned: Alignment) -> dict[int, str]:
    """The claim id of every unit (all that conflicts need of the claims)."""
    ids: dict[int, str] = {}
    for group in aligned.groups:
        ids.update(dict.fromkeys(group, claim_id(tuple(sorted(unit_span(aligned.units[k]) for k in group)))))
    return ids


def build_claims(brief: Brief, aligned: Alignment) -> list[Claim]:
    """One claim per group, ranked."""
    ranked = []
    unit_claim = claim_ids(aligned)
    lookup = score_lookup(aligned.scores)
    for group in aligned.groups:
        mentions = tuple(sorted(unit_span(aligned.units[i]) for i in group))
        supporters = {aligned.units[i].supporter for i in group}
        medoid = max(group, key=lambda i: (sum(lookup.get((i, j), 0.0) for j in group), -i))
        cid = unit_claim[group[0]]
        text = aligned.units[medoid].text
        claim = Claim(cid, text[opening_cut(text):], mentions, len(supporters),  # without "HARWICK (AP) --"
                      independent_count(brief, supporters))
        ranked.append((-claim.independent_support, -claim.support, -round(float(aligned.centrality[medoid]), 6),
                       cid, claim))
    ranked.sort(key=lambda item: item[:4])
    return [item[4] for item in ranked]


def claims(brief: Brief, settings: Settings) -> Brief:
    """Stage: fill ``brief.claims``; a giant story's from its most central articles
    (:mod:`storyline.bound`), which the story info then records."""
    from .bound import analysed_articles, with_restatements
    read = analysed_articles(brief, settings)
    aligned = alignment(read, settings.semantic)
    found = build_claims(brief, aligned)
    if len(read) == len(brief.articles):
        return replace(brief, claims=tuple(found))
    return replace(brief, claims=tuple(with_restatements(brief, read, aligned, found)),
                   story=replace(brief.story, analysed_articles=len(read)))
