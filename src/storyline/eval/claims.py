"""Claim alignment measured on ECB+ cross-document event coreference.

Each subtopic of ECB+ (one real event, several articles) is one story. Two
sentences of different articles are a gold pair when both mention the same
cross-document event chain (ACTION_* chains, reporting verbs excluded); only
sentences with at least one such annotation take part, since ECB+ annotates
part of each article. A predicted pair is two sentences placed in one claim.
Reports pair precision and recall, next to a plain TF-IDF cosine baseline
(scikit-learn, the tool a user would otherwise pick) at a fixed threshold.
"""

from __future__ import annotations

import argparse
import itertools
from collections import defaultdict

from ..model import Article, Sentence
from .common import read_jsonl

DEFAULT_DATA = "../shared/data/clustering/ecbplus_dev.jsonl"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", default=DEFAULT_DATA, help="ECB+ records as JSONL (default: %(default)s)")
    parser.add_argument("--no-semantic", action="store_true", help="lexical alignment only")
    parser.add_argument("--baseline-threshold", type=float, default=0.5,
                        help="cosine threshold of the TF-IDF baseline (default: %(default)s)")


def _story(records: list[dict]) -> tuple[tuple[Article, ...], dict[tuple[str, int], set[str]]]:
    """Articles with one sentence a line, and the event chains of each (doc, sentence)."""
    articles, chains = [], {}
    for record in sorted(records, key=lambda r: r["doc"]):
        lines = record["text"].split("\n")
        sentences, cursor = [], 0
        for line in lines:
            sentences.append(Sentence(cursor, cursor + len(line)))
            cursor += len(line) + 1
        articles.append(Article(id=record["doc"], text="\n".join(lines), sentences=tuple(sentences)))
        for chain in record.get("coref_chains", []):
            kind = (chain.get("instance") or {}).get("type", "")
            if chain.get("relation") != "CROSS_DOC_COREF" or not kind.startswith("ACTION"):
                continue
            if kind == "ACTION_REPORTING":
                continue
            for mention in chain["mentions"]:
                chains.setdefault((record["doc"], mention["sentence"]), set()).add(chain["chain_id"])
    return tuple(articles), chains


def _gold(chains: dict[tuple[str, int], set[str]]) -> set[tuple]:
    keys = sorted(chains)
    return {(a, b) for a, b in itertools.combinations(keys, 2) if a[0] != b[0] and chains[a] & chains[b]}


def _sentence_of(article: Article, start: int) -> int:
    return next(k for k, s in enumerate(article.sentences) if s.start <= start < s.end + 1)


def _predicted(articles: tuple[Article, ...], semantic: bool, annotated: set) -> set[tuple]:
    from ..claims import alignment  # loads the embedding libraries: not for ``--help``
    aligned = alignment(articles, semantic)
    by_id = {a.id: a for a in articles}
    pairs = set()
    for group in aligned.groups:
        keys = sorted({(aligned.units[i].article, _sentence_of(by_id[aligned.units[i].article],
                                                               aligned.units[i].start)) for i in group})
        pairs |= {(a, b) for a, b in itertools.combinations(keys, 2)
                  if a[0] != b[0] and a in annotated and b in annotated}
    return pairs


def _baseline(articles: tuple[Article, ...], annotated: set, threshold: float) -> set[tuple]:
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    keys = sorted(annotated)
    by_id = {a.id: a for a in articles}
    texts = [by_id[d].sentence_text(by_id[d].sentences[s]) for d, s in keys]
    if len(texts) < 2:
        return set()
    matrix = TfidfVectorizer(stop_words="english").fit_transform(texts)
    similarity = (matrix @ matrix.T).toarray()
    rows, cols = np.nonzero(np.triu(similarity, 1) >= threshold)
    return {(keys[r], keys[c]) for r, c in zip(rows, cols, strict=True) if keys[r][0] != keys[c][0]}


def _prf(true_positive: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = true_positive / predicted if predicted else 0.0
    recall = true_positive / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def run(args: argparse.Namespace) -> int:
    by_subtopic: dict[str, list[dict]] = defaultdict(list)
    for record in read_jsonl(args.data):
        by_subtopic[str(record["subtopic"])].append(record)
    totals = {"storyline": [0, 0], "tfidf": [0, 0]}
    gold_total = 0
    for subtopic in sorted(by_subtopic):
        articles, chains = _story(by_subtopic[subtopic])
        gold = _gold(chains)
        annotated = set(chains)
        gold_total += len(gold)
        for name, predicted in (("storyline", _predicted(articles, not args.no_semantic, annotated)),
                                ("tfidf", _baseline(articles, annotated, args.baseline_threshold))):
            totals[name][0] += len(predicted & gold)
            totals[name][1] += len(predicted)
    print(f"subtopics: {len(by_subtopic)}   gold sentence pairs: {gold_total}   data: {args.data}")
    for name, (hit, predicted) in totals.items():
        precision, recall, f1 = _prf(hit, predicted, gold_total)
        print(f"{name:10s} pairs {predicted:6d}  precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    return 0
