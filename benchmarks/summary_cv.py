"""Cross-validated tuning of the summary's concept selector on DUC 2003.

The project is measured on held-out clusters, so a parameter chosen on all
of DUC 2003 flatters itself. This script scores every configuration of
:data:`GRID` on every cluster once (rouge-score recall with stemming, as
``storyline eval summarize``), then, for each of ``--folds`` folds (clusters
in file order, fold = index mod folds), picks the configuration with the best
mean ROUGE-1 + ROUGE-2 on the other folds and scores it on the held-out one.
It prints the default's, the best in-sample ("tuned") and the held-out
figures; ``--json`` writes their summaries in the ``eval summarize --json``
format, so that ``benchmarks/rouge155.py`` scores them with ROUGE-1.5.5.

Usage: python benchmarks/summary_cv.py [--data FILE] [--words 100] [--json OUT]
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
from dataclasses import replace
from pathlib import Path

from storyline.eval.summarize import DEFAULT_DATA, load_clusters, truncate
from storyline.summarize import articles_from_texts, extract
from storyline.summarize.candidates import Options
from storyline.summarize.concepts import ConceptILP

#: Parameter -> values tried; ``options.*`` are candidate filters, the rest ConceptILP fields.
GRID = {
    "word_reward": (0.0, 0.1, 0.2, 0.5),
    "lead_bonus": (0.0, 0.5, 1.0),
    "df_power": (1.0, 2.0),
    "options.max_words": (40, 55),
}


def configurations() -> list[dict]:
    """Every combination of the grid's values."""
    return [dict(zip(GRID, values, strict=True)) for values in itertools.product(*GRID.values())]


def settings(config: dict) -> tuple[ConceptILP, Options]:
    """The selector and candidate filters a configuration stands for."""
    ilp = {k: v for k, v in config.items() if not k.startswith("options.")}
    options = {k.removeprefix("options."): v for k, v in config.items() if k.startswith("options.")}
    return replace(ConceptILP(), **ilp), replace(Options(), **options)


def score_all(clusters: list[dict], configs: list[dict], words: int) -> list[list[tuple]]:
    """For each configuration, per cluster: (ROUGE-1, ROUGE-2, summary sentences)."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    stories = [articles_from_texts(c["documents"], str(c.get("id", i))) for i, c in enumerate(clusters)]
    table = []
    for config in configs:
        selector, options = settings(config)
        rows = []
        for story, cluster in zip(stories, clusters, strict=True):
            sentences = [c.text for c in extract(story, words, selector, options)]
            text = truncate(sentences, words)
            per_ref = [scorer.score(reference, text) for reference in cluster["summaries"]]
            rows.append((100 * statistics.fmean(s["rouge1"].recall for s in per_ref),
                         100 * statistics.fmean(s["rouge2"].recall for s in per_ref), sentences))
        table.append(rows)
    return table


def best(table: list[list[tuple]], indices: list[int]) -> int:
    """The configuration with the best mean ROUGE-1 + ROUGE-2 on ``indices``
    (ties to the earlier one in the grid)."""
    means = [statistics.fmean(rows[i][0] + rows[i][1] for i in indices) for rows in table]
    return max(range(len(table)), key=lambda k: (means[k], -k))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--json", metavar="FILE", help="summaries of default, tuned and held-out")
    args = parser.parse_args()
    clusters = load_clusters(args.data)
    configs = configurations()
    default = {key: getattr(Options() if key.startswith("options.") else ConceptILP(),
                            key.removeprefix("options.")) for key in GRID}
    if default not in configs:
        configs.append(default)
    table = score_all(clusters, configs, args.words)
    everything = list(range(len(clusters)))
    tuned = best(table, everything)
    held_out: list[tuple] = [()] * len(clusters)
    print(f"data: {args.data} ({len(clusters)} clusters), {args.words} words, {len(configs)} configurations")
    for fold in range(args.folds):
        test = [i for i in everything if i % args.folds == fold]
        chosen = best(table, [i for i in everything if i % args.folds != fold])
        for i in test:
            held_out[i] = table[chosen][i]
        print(f"fold {fold}: chosen on the other folds {configs[chosen]}")
    print("| configuration | ROUGE-1 | ROUGE-2 |")
    print("|---|---:|---:|")
    named = {"default": table[configs.index(default)], "tuned": table[tuned], "heldout": held_out}
    for name, rows in named.items():
        label = {"default": f"default {default}", "tuned": f"tuned on all {configs[tuned]}",
                 "heldout": f"held-out ({args.folds}-fold)"}[name]
        print(f"| {label} | {statistics.fmean(r[0] for r in rows):.2f} "
              f"| {statistics.fmean(r[1] for r in rows):.2f} |")
    if args.json:
        out = [{"id": cluster.get("id"), **{name: {"rouge": rows[i][:2], "summary": rows[i][2]}
                                            for name, rows in named.items()}}
               for i, cluster in enumerate(clusters)]
        Path(args.json).write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
