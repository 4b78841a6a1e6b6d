"""Story clustering on ECB+: subtopic BCubed and ARI, Storyline next to baselines.

Every system's threshold is chosen two ways: tuned on all topics (in-sample,
optimistic) and by cross-validation over topics (tuned on the other folds,
measured on the held-out topics; the honest figure). Systems: Storyline's
clusterer (:mod:`storyline.corpus.cluster`), the same followed by the global
refinement of ``corpus cluster`` (:mod:`storyline.corpus.refine`; the grid is
pairs of thresholds: incremental pass, re-assignment), TF-IDF + average-linkage
agglomerative clustering, MinHash-LSH connected components (datasketch), and
``storyline corpus cluster`` end to end at its default threshold.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np

from ..commands.common import UserError, read_jsonl, say
from .cluster_errors import describe, topic_errors
from .clustering_metrics import adjusted_rand, bcubed

DEFAULT_DATA = Path(__file__).resolve().parents[3] / ".." / "shared" / "data" / "clustering" / "ecbplus_dev.jsonl"
GRIDS = {
    "storyline": [round(x, 3) for x in np.arange(0.15, 0.401, 0.025)],
    "storyline-refined": [(round(float(a), 3), round(float(b), 3)) for a in np.arange(0.25, 0.351, 0.025)
                          for b in np.arange(0.15, 0.251, 0.025)],
    "tfidf-agglomerative": [round(x, 3) for x in np.arange(0.05, 0.451, 0.025)],
    "minhash-lsh-components": [0.1, 0.2, 0.3, 0.5, 0.7],
}

Clusterer = Callable[[Sequence[int], Any], list]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="ECB+ JSONL (default: %(default)s)")
    parser.add_argument("--folds", type=int, default=5, help="topic folds for cross-validation (default: 5)")
    parser.add_argument("--shuffle", type=int, metavar="SEED",
                        help="assign topics to folds after shuffling them with this seed (default: topic order), "
                             "to see how much a figure depends on which topics are held out together")
    parser.add_argument("--systems", default=",".join(GRIDS), help="comma-separated systems to run")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    parser.add_argument("--errors", action="store_true",
                        help="list, per topic, the gold events merged or split on the held-out folds")


def load(path: str) -> list[dict]:
    """ECB+ documents with their topic and subtopic; a bad file is a one-line error."""
    return read_jsonl(path, needs=("doc", "text", "topic", "subtopic"))


def _systems(records: list[dict]) -> dict[str, Clusterer]:
    from ..corpus.cluster import Item, cluster
    from ..corpus.features import article_terms
    from ..corpus.refine import refine
    from .cluster_baselines import agglomerative, minhash_components, tfidf_similarity
    items = [Item(r["doc"], r["text"]) for r in records]
    terms = {item.id: article_terms(item.text) for item in items}
    similarity_cache: dict[tuple[int, ...], np.ndarray] = {}

    def storyline(indices: Sequence[int], threshold: float) -> list:
        assignment = cluster([items[i] for i in indices], threshold, terms_of=terms)
        return [assignment[items[i].id] for i in indices]

    incremental: dict[tuple, dict[str, str]] = {}

    def refined(indices: Sequence[int], thresholds: tuple[float, float]) -> list:
        chosen = [items[i] for i in indices]
        key = (tuple(indices), thresholds[0])
        if key not in incremental:
            incremental[key] = cluster(chosen, thresholds[0], terms_of=terms)
        assignment = refine(chosen, incremental[key], thresholds[1], terms_of=terms)
        return [assignment[items[i].id] for i in indices]

    def tfidf(indices: Sequence[int], threshold: float) -> list:
        key = tuple(indices)
        if key not in similarity_cache:
            similarity_cache[key] = tfidf_similarity([records[i]["text"] for i in indices])
        return agglomerative(similarity_cache[key], threshold)

    def minhash(indices: Sequence[int], threshold: float) -> list:
        return minhash_components([records[i]["text"] for i in indices], threshold)

    return {"storyline": storyline, "storyline-refined": refined, "tfidf-agglomerative": tfidf,
            "minhash-lsh-components": minhash}


def _score(predicted: Sequence, gold: Sequence) -> dict:
    precision, recall, f1 = bcubed(predicted, gold)
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "ari": round(adjusted_rand(predicted, gold), 4), "stories": len(set(predicted))}


def fold_of_topics(topics: Sequence, folds: int, shuffle: int | None = None) -> dict:
    """Fold of every topic: its index in sorted order modulo ``folds``, after shuffling the
    sorted topics with ``random.Random(shuffle)`` when a seed is given."""
    ordered = sorted(set(topics))
    if shuffle is not None:
        random.Random(shuffle).shuffle(ordered)
    return {topic: index % folds for index, topic in enumerate(ordered)}


def evaluate(records: list[dict], name: str, system: Clusterer, grid: Sequence, folds: int,
             shuffle: int | None = None) -> tuple[dict, list]:
    """In-sample best threshold and topic cross-validation for one system; also the held-out
    story of every record (``(fold, label)``: folds are clustered apart). ``shuffle``: see
    :func:`fold_of_topics`."""
    gold = [r["subtopic"] for r in records]
    everything = list(range(len(records)))
    runs: dict[tuple[tuple[int, ...], Any], list] = {}

    def run(indices: list[int], threshold: Any) -> list:
        key = (tuple(indices), threshold)
        if key not in runs:
            runs[key] = system(indices, threshold)
        return runs[key]

    def best_threshold(indices: list[int]) -> Any:
        """The grid setting with the best F1 on ``indices``; ties go to the earliest (lowest)."""
        sub_gold = [gold[i] for i in indices]
        return max(grid, key=lambda t: (bcubed(run(indices, t), sub_gold)[2], -grid.index(t)))

    started = time.perf_counter()
    in_sample = best_threshold(everything)
    fold_of = fold_of_topics([r["topic"] for r in records], folds, shuffle)
    predicted: list = [None] * len(records)
    chosen = []
    for fold in range(folds):
        held_out = [i for i in everything if fold_of[records[i]["topic"]] == fold]
        training = [i for i in everything if fold_of[records[i]["topic"]] != fold]
        threshold = best_threshold(training)
        chosen.append(threshold)
        for index, label in zip(held_out, run(held_out, threshold), strict=True):
            predicted[index] = (fold, label)
    return {
        "system": name,
        "in_sample": {"threshold": in_sample, **_score(run(everything, in_sample), gold)},
        "cross_validated": {"thresholds": chosen, **_score(predicted, gold)},
        "seconds": round(time.perf_counter() - started, 1),
    }, predicted


def end_to_end(records: list[dict]) -> dict:
    """``storyline corpus cluster`` at its defaults on all topics together (with dedup and refinement)."""
    from ..corpus.batch import cluster_file
    lines = "".join(json.dumps({"id": r["doc"], "text": r["text"]}) + "\n" for r in records)
    output = io.StringIO()
    started = time.perf_counter()
    cluster_file(io.StringIO(lines), "ecbplus", output)
    seconds = time.perf_counter() - started
    assignment = {row["id"]: row["story"] for row in map(json.loads, output.getvalue().splitlines())}
    return {"system": "storyline corpus cluster (defaults)",
            "all_topics": _score([assignment[r["doc"]] for r in records], [r["subtopic"] for r in records]),
            "seconds": round(seconds, 1)}


def run(args: argparse.Namespace) -> int:
    records = load(args.data)
    if args.folds < 2:
        raise UserError("--folds must be at least 2")
    topics = len({r["topic"] for r in records})
    if topics < args.folds:  # cross-validation holds out whole topics
        raise UserError(f"{args.data}: {topics} topic(s), fewer than the {args.folds} folds (see --folds)")
    wanted = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = [s for s in wanted if s not in GRIDS]
    if unknown:
        raise UserError(f"unknown system {unknown[0]}; choose from {', '.join(GRIDS)}")
    systems = _systems(records)
    results = []
    error_lines = []
    for name in wanted:
        if not args.quiet:
            say(f"evaluating {name} ...")
        try:
            result, predicted = evaluate(records, name, systems[name], GRIDS[name], args.folds, args.shuffle)
        except ImportError as error:
            say(f"skipped {name}: {error.name} is not installed (pip install 'storyline[eval]')")
            continue
        if args.errors:
            errors = topic_errors([r["topic"] for r in records], [r["subtopic"] for r in records], predicted)
            result["errors"] = [asdict(entry) for entry in errors]
            error_lines.extend(describe(name, errors))
        results.append(result)
    results.append(end_to_end(records))
    print(f"ECB+ subtopic clustering: {len(records)} articles, "
          f"{len({r['subtopic'] for r in records})} stories, {len({r['topic'] for r in records})} topics")
    print(f"{'system':46s} {'setting':24s} {'P':>6s} {'R':>6s} {'F1':>6s} {'ARI':>6s} {'stories':>7s}")
    cv_setting = f"{args.folds}-fold CV over topics" + ("" if args.shuffle is None else f", shuffle {args.shuffle}")
    for result in results:
        rows = [(f"tuned on all (t={result['in_sample']['threshold']})", result["in_sample"]),
                (cv_setting, result["cross_validated"])] if "in_sample" in result \
            else [("all topics, default", result["all_topics"])]
        for setting, score in rows:
            print(f"{result['system']:46s} {setting:24s} {score['precision']:6.3f} {score['recall']:6.3f} "
                  f"{score['f1']:6.3f} {score['ari']:6.3f} {score['stories']:7d}")
    for line in error_lines:
        print(line)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0
