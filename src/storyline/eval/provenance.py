"""``storyline eval provenance``: relation, direction and origin-count accuracy.

Two measurements:

* generated story sets (:mod:`storyline.eval.provenance_sets`) from real
  articles: per-kind precision/recall/F1 of the derivation edges (derived,
  source, kind), direction accuracy over gold edges whose pair was linked,
  and how often the number of independent origins is exact;
* the Clough & Stevenson text-reuse corpus: cut / light / heavy / non from
  each text and its source, next to a plain word-trigram containment baseline.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from dataclasses import asdict
from pathlib import Path

from ..commands.common import UserError, read_jsonl
from .provenance_sets import generate

KINDS = ("copy", "excerpt", "quotes", "rewrite")
REUSE_LABELS = ("cut", "light", "heavy", "non")
DEFAULT_DATA = ("../shared/data/mds/duc2003_task2.jsonl", "../shared/data/mds/multiling2011_en.jsonl")
DEFAULT_REUSE = "../shared/data/reuse/clough_stevenson.jsonl"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", nargs="+", default=list(DEFAULT_DATA), metavar="PATH",
                        help="MDS JSONL files or folders of clusters (default: DUC 2003 and MultiLing 2011)")
    parser.add_argument("--reuse", default=DEFAULT_REUSE, metavar="PATH",
                        help="Clough & Stevenson JSONL ('' to skip; default: %(default)s)")
    parser.add_argument("--sets", type=int, default=200, help="story sets to generate (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=13, help="generator seed (default: %(default)s)")
    parser.add_argument("--no-semantic", action="store_true", help="lexical sentence similarity only")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")


def _f1(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "support": tp + fn}


def evaluate_sets(path: list[str], sets: int, seed: int, semantic: bool) -> dict:
    """Figures over generated story sets, overall and split by dated/undated."""
    from ..brief import read_articles  # the stages load their libraries: not for ``--help``
    from ..provenance import find_provenance
    stories = generate(path, sets, seed)
    if not stories:
        raise UserError(f"no usable clusters (two documents of 150+ words) in {', '.join(map(str, path))}")
    counts = {kind: Counter() for kind in KINDS}
    direction = Counter()
    origins = Counter()
    started = time.perf_counter()
    for story in stories:
        articles, _ = read_articles(story.records)
        found = find_provenance(articles, semantic=semantic)
        predicted: dict[str, tuple[str, str]] = {}
        for derivation in found.derivations:  # the first derivation of an article is its parent
            predicted.setdefault(derivation.article, (derivation.source, derivation.kind))
        for derived, (source, kind) in story.edges.items():
            guess = predicted.get(derived)
            if guess == (source, kind):
                counts[kind]["tp"] += 1
            else:
                counts[kind]["fn"] += 1
            linked = guess is not None and guess[0] == source
            reversed_ = predicted.get(source, ("",))[0] == derived
            if linked or reversed_:
                direction[("dated" if story.dated else "undated", linked)] += 1
        seen: set[str] = set()
        for derivation in found.derivations:  # further sources count as false alarms: gold has one
            first = derivation.article not in seen
            seen.add(derivation.article)
            if not first or story.edges.get(derivation.article) != (derivation.source, derivation.kind):
                counts[derivation.kind]["fp"] += 1
        gold = len(set(story.groups.values()))
        origins["dated" if story.dated else "undated", len(found.origins) == gold] += 1
    seconds = time.perf_counter() - started

    def share(counter: Counter, key: str | None) -> float:
        hits = sum(v for (k, ok), v in counter.items() if ok and key in (None, k))
        total = sum(v for (k, _), v in counter.items() if key in (None, k))
        return round(hits / total, 3) if total else 0.0

    return {
        "sets": len(stories), "articles": sum(len(s.records) for s in stories),
        "relations": {kind: _f1(c["tp"], c["fp"], c["fn"]) for kind, c in counts.items()},
        "direction_accuracy": {"all": share(direction, None), "dated": share(direction, "dated"),
                               "undated": share(direction, "undated")},
        "origin_count_exact": {"all": share(origins, None), "dated": share(origins, "dated"),
                               "undated": share(origins, "undated")},
        "seconds": round(seconds, 2),
    }


def _trigram_containment(text: str, source: str) -> float:
    words = re.findall(r"[^\W_]+", text.lower())
    source_words = re.findall(r"[^\W_]+", source.lower())
    grams = {tuple(words[i : i + 3]) for i in range(len(words) - 2)}
    source_grams = {tuple(source_words[i : i + 3]) for i in range(len(source_words) - 2)}
    return len(grams & source_grams) / len(grams) if grams else 0.0


def _best_cuts(scores: list[float], labels: list[str]) -> tuple[float, float, float]:
    """Thresholds non<heavy<light<cut on a score that maximise accuracy on this data."""
    grid = [i / 25 for i in range(26)]
    best = (-1, (0.0, 0.0, 0.0))
    for low in grid:
        for mid in (g for g in grid if g >= low):
            for high in (g for g in grid if g >= mid):
                hits = sum(_label(s, (low, mid, high)) == y for s, y in zip(scores, labels, strict=True))
                if hits > best[0]:
                    best = (hits, (low, mid, high))
    return best[1]


def _label(score: float, cuts: tuple[float, float, float]) -> str:
    low, mid, high = cuts
    return "cut" if score >= high else "light" if score >= mid else "heavy" if score >= low else "non"


def _scores(labels: list[str], predicted: list[str]) -> dict:
    accuracy = sum(p == y for p, y in zip(predicted, labels, strict=True)) / len(labels)
    f1s = []
    for label in REUSE_LABELS:
        tp = sum(p == y == label for p, y in zip(predicted, labels, strict=True))
        fp = sum(p == label != y for p, y in zip(predicted, labels, strict=True))
        fn = sum(y == label != p for p, y in zip(predicted, labels, strict=True))
        f1s.append(_f1(tp, fp, fn)["f1"])
    return {"accuracy": round(accuracy, 3), "macro_f1": round(sum(f1s) / len(f1s), 3)}


def evaluate_reuse(path: str, semantic: bool) -> dict:
    """cut / light / heavy / non on Clough & Stevenson, Storyline next to the trigram baseline.

    Storyline's classifier (:mod:`storyline.eval.reuse`) and the baseline's
    three cut points are both fitted on all 95 texts (an in-sample figure) and,
    held out, on four of the five tasks to predict the fifth (leave one task
    out; Storyline chooses its features by a further leave-one-task-out inside
    the four training tasks), so the comparison is like for like.
    """
    from ..brief import read_articles
    from .reuse import fit_reuse_classifier, reuse_features
    records = read_jsonl(path, needs=("label", "text", "source_text"))
    labels = [r["label"] for r in records]
    tasks = [str(r.get("task")) for r in records]
    baseline_scores = [_trigram_containment(r["text"], r["source_text"]) for r in records]
    baseline_cuts = _best_cuts(baseline_scores, labels)
    rows = []
    for index, record in enumerate(records):
        articles, _ = read_articles([{"id": f"text{index}", "text": record["text"]},
                                     {"id": f"source{index}", "text": record["source_text"]}])
        by_id = {a.id: a for a in articles}
        rows.append(reuse_features(by_id[f"text{index}"], by_id[f"source{index}"], semantic))
    classifier = fit_reuse_classifier(rows, labels, tasks)
    held_out_storyline, held_out_baseline = [""] * len(records), [""] * len(records)
    chosen = []
    for task in sorted(set(tasks)):  # leave one task (source text) out: fit on four, predict the fifth
        train = [i for i, t in enumerate(tasks) if t != task]
        own = fit_reuse_classifier([rows[i] for i in train], [labels[i] for i in train], [tasks[i] for i in train])
        chosen.append({"task": task, "related": own.related, "kept": own.kept})
        base = _best_cuts([baseline_scores[i] for i in train], [labels[i] for i in train])
        for i, t in enumerate(tasks):
            if t == task:
                held_out_storyline[i] = own.label(rows[i])
                held_out_baseline[i] = _label(baseline_scores[i], base)
    return {"texts": len(records),
            "held_out_storyline": _scores(labels, held_out_storyline),
            "held_out_trigram_baseline": _scores(labels, held_out_baseline),
            "storyline": _scores(labels, [classifier.label(row) for row in rows]),
            "trigram_baseline": _scores(labels, [_label(s, baseline_cuts) for s in baseline_scores]),
            "storyline_classifier": asdict(classifier),
            "held_out_features": chosen,
            "baseline_cuts": dict(zip(("heavy", "light", "cut"), baseline_cuts, strict=True))}


def run(args: argparse.Namespace) -> int:
    for path in args.data:
        if not Path(path).exists():
            raise UserError(f"no such data: {path}")
    if args.sets < 1:
        raise UserError("--sets must be at least 1")
    semantic = not args.no_semantic
    figures = {"generated": evaluate_sets(args.data, args.sets, args.seed, semantic)}
    if args.reuse:
        if not Path(args.reuse).exists():
            raise UserError(f"no such data: {args.reuse}")
        figures["clough_stevenson"] = evaluate_reuse(args.reuse, semantic)
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    generated = figures["generated"]
    print(f"generated story sets: {generated['sets']} sets, {generated['articles']} articles, "
          f"{generated['seconds']} s")
    for kind, f in generated["relations"].items():
        print(f"  {kind:8s} P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}  (n={f['support']})")
    print(f"  direction accuracy {generated['direction_accuracy']}")
    print(f"  origin count exact {generated['origin_count_exact']}")
    if "clough_stevenson" in figures:
        reuse = figures["clough_stevenson"]
        print(f"clough & stevenson ({reuse['texts']} texts), cut points tuned on all: storyline "
              f"{reuse['storyline']}, trigram baseline {reuse['trigram_baseline']}")
        print(f"  leave one task out: storyline {reuse['held_out_storyline']}, "
              f"trigram baseline {reuse['held_out_trigram_baseline']}")
    return 0
