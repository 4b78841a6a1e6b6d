"""The provenance stage: fills ``Brief.provenance`` and the story's origin count."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import cache

from threadpoolctl import ThreadpoolController

from ..model import Article, Brief, Derivation, Provenance, SharedPassage
from ..settings import Settings
from .credits import find_credits, self_dateline
from .drift import find_drift
from .origins import choose_parents, origin_groups, other_sources
from .paraphrase import PairSimilarity, candidate_pairs, index_sentences, mutual_pairs
from .passages import Tokens, char_span, shared_passages, tokenize
from .relations import PairJudge, Relation, Thresholds

#: Sentence alignment looks at each article's most similar others, not at every pair.
NEIGHBOURS = 12
MIN_ARTICLE_SIMILARITY = 0.2
#: Aligned sentences compared for drift: mutual best matches at least this similar.
DRIFT_SIMILARITY = 0.35


def _derivation(relation: Relation, articles: list[Article], tokens: list[Tokens]) -> Derivation:
    """The relation as the contract spells it: article ids and character spans."""
    derived, source = articles[relation.derived], articles[relation.source]
    passages = []
    for p in relation.passages:
        start, end = char_span(tokens[relation.derived], p.a_start, p.a_end)
        source_start, source_end = char_span(tokens[relation.source], p.b_start, p.b_end)
        passages.append(SharedPassage(start, end, source_start, source_end,
                                      "verbatim" if p.exact else "near"))
    if relation.kind == "rewrite" and relation.alignment is not None:
        covered = [(p.start, p.end) for p in passages]
        for d_index, s_index, _ in relation.alignment.pairs:
            d, s = derived.sentences[d_index], source.sentences[s_index]
            if not any(start <= d.start and d.end <= end for start, end in covered):
                passages.append(SharedPassage(d.start, d.end, s.start, s.end, "paraphrase"))
    passages.sort(key=lambda p: (p.start, p.end, p.source_start))
    return Derivation(derived.id, source.id, relation.kind, relation.confidence,
                      round(relation.share, 4), tuple(passages))


def _inside_passages(aligned, article: Article, relation: Relation, toks: Tokens):
    """The aligned pairs whose derived sentence lies in the relation's shared passages."""
    spans = [char_span(toks, p.a_start, p.a_end) for p in relation.passages]
    return tuple(pair for pair in aligned
                 if any(start <= article.sentences[pair[0]].start and article.sentences[pair[0]].end <= end
                        for start, end in spans))


def _orient_rewrites(relations: list[Relation], judge: PairJudge) -> list[Relation]:
    """Turn round uncued rewrites whose "derived" side is the verbatim source of more articles.

    Containment says little about which of two paraphrases came first; an
    article that others copy, excerpt or quote is far more likely the source.
    """
    children = Counter(r.source for r in relations if r.kind != "rewrite")
    return [judge.reversed_rewrite(r) if r.kind == "rewrite" and not r.cued
            and children[r.derived] > children[r.source] else r for r in relations]


def find_provenance(articles: list[Article], semantic: bool = True,
                    thresholds: Thresholds | None = None, partners: int | None = None) -> Provenance:
    """Derivations, credits, roles, origin groups and drift of the articles of one story.

    ``partners`` bounds a giant story's verbatim pairs: each article's passages are sought
    with the ``partners`` others it shares the most text with (None: every pair).

    The matrix products here are small (one article's sentences against its
    candidates'); BLAS threads cost more than they save on them (measured 50x
    CPU time on a busy 2-core machine), so BLAS runs on one thread.
    """
    with _thread_pools().limit(limits=1, user_api="blas"):
        return _find_provenance(articles, semantic, thresholds or Thresholds(), partners)


@cache
def _thread_pools() -> ThreadpoolController:
    """The process's thread-pool libraries, found once: finding them (a scan of the loaded
    libraries) cost ~2 ms, paid for every story of a corpus when done per call."""
    return ThreadpoolController()


def _find_provenance(articles: list[Article], semantic: bool, thresholds: Thresholds,
                     partners: int | None) -> Provenance:
    n = len(articles)
    tokens = tokenize(articles)
    passages = shared_passages(tokens, partners=partners)
    index = index_sentences(articles, semantic)
    credits = find_credits(articles)
    pairs = set(passages) | candidate_pairs(index, n, NEIGHBOURS, MIN_ARTICLE_SIMILARITY)
    judge = PairJudge(articles, tokens, index, credits,
                      {i for i, a in enumerate(articles) if self_dateline(a)}, thresholds,
                      PairSimilarity(index, pairs))
    relations = []
    for i, j in sorted(pairs):
        relation = judge.judge(i, j, passages.get((i, j), []))
        if relation is not None:
            relations.append(relation)
    relations = _orient_rewrites(relations, judge)
    parents = choose_parents(relations, n)
    roots, roles = origin_groups(parents, n)
    extra = other_sources(relations, parents, roots)
    drift = []
    for derived, relation in sorted(parents.items()):
        aligned = mutual_pairs(index, derived, relation.source, DRIFT_SIMILARITY)
        if relation.kind == "quotes":  # the quoting article's own words are not derived
            aligned = _inside_passages(aligned, articles[derived], relation, tokens[derived])
        drift.extend(find_drift(articles[derived], articles[relation.source], aligned))
    ids = [a.id for a in articles]
    origins = tuple(ids[r] for r in sorted(set(roots)))
    return Provenance(
        derivations=tuple(_derivation(relation, articles, tokens) for d in sorted(parents)
                          for relation in [parents[d], *extra.get(d, [])]),
        credits=credits,
        roles={ids[i]: roles[i] for i in range(n)},
        groups={ids[i]: ids[roots[i]] for i in range(n)},
        origins=origins,
        drift=tuple(drift),
    )


def provenance(brief: Brief, settings: Settings) -> Brief:
    """The stage: who derives from whom, and how many independent origins the story has.

    A story of more than ``settings.claim_articles`` articles (the giant-story bound of
    :mod:`storyline.bound`) judges each article's verbatim pairs with only its
    ``settings.source_candidates`` best-sharing others, which the story info records."""
    giant = len(brief.articles) > settings.claim_articles
    partners = settings.source_candidates if giant else None
    found = find_provenance(list(brief.articles), semantic=settings.semantic, partners=partners)
    story = replace(brief.story, independent_origins=len(found.origins), origins=found.origins,
                    source_candidates=partners)
    return replace(brief, provenance=found, story=story)
