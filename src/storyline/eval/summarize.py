"""ROUGE of the summary beside Lead, LexRank, TextRank, LSA and an oracle.

``storyline eval summarize`` runs Storyline's summary, Lead, sumy's LexRank,
TextRank and LSA (fed Storyline's sentence splitter) and a greedy ROUGE-2
extractive oracle on the same clusters in one run.

ROUGE-1/2/L recall with Porter stemming (the ``rouge-score`` package, which
gives ROUGE-1 about 1.2 lower than ROUGE-1.5.5 and ROUGE-2 within ~0.25),
every summary cut to the first ``--words`` white-space words, scored against
each reference and averaged over references, then over clusters. Seconds per
cluster are the summarizer's alone (articles already cleaned): wall time, and
CPU time of the process, which a shared machine's load inflates much less.
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from ..commands.common import UserError, read_jsonl

DEFAULT_DATA = Path(__file__).resolve().parents[3].parent / "shared/data/mds/duc2003_task2.jsonl"
SYSTEMS = ("storyline", "lead", "lexrank", "textrank", "lsa", "oracle")


def add_arguments(parser) -> None:
    parser.add_argument("--data", default=str(DEFAULT_DATA), metavar="FILE",
                        help="JSONL of {id, documents, summaries} (default: DUC 2003 task 2)")
    parser.add_argument("--words", type=int, default=100, metavar="N", help="word budget (default: 100)")
    parser.add_argument("--systems", default=",".join(SYSTEMS),
                        help="comma-separated; storyline:METHOD for another selector "
                             "(concepts, submodular, centroid)")
    parser.add_argument("--limit", type=int, metavar="N", help="first N clusters only")
    parser.add_argument("--json", metavar="FILE", help="also write per-cluster scores here")


def load_clusters(path: str, limit: int | None = None) -> list[dict]:
    """Clusters with documents and reference summaries; one-line errors."""
    clusters = read_jsonl(path, needs=("documents", "summaries"))
    return clusters[:limit] if limit else clusters


def truncate(sentences: list[str], words: int) -> str:
    """The first ``words`` white-space words of the summary."""
    return " ".join(" ".join(sentences).split()[:words])


def run_system(system: str, articles, references_tokens, words: int) -> list[str]:
    from ..summarize import extract
    from .summary_baselines import lead, oracle, sumy_summary

    name, _, method = system.partition(":")
    if name == "storyline":
        return [c.text for c in extract(articles, words, method or "concepts")]
    if name == "lead":
        return lead(articles, words)
    if name == "oracle":
        return oracle(articles, references_tokens, words)
    if name in {"lexrank", "textrank", "lsa"}:
        return sumy_summary(name, articles)
    raise UserError(f"unknown system {system!r}; choose from {', '.join(SYSTEMS)}")


def run(args) -> int:
    clusters = load_clusters(args.data, args.limit)  # a bad data file is named before any library loads
    from nltk.stem import porter
    from rouge_score import rouge_scorer, tokenize

    from ..summarize import articles_from_texts

    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    stemmer = porter.PorterStemmer()
    scores: dict[str, list[tuple[float, float, float]]] = {s: [] for s in systems}
    seconds: dict[str, list[float]] = {s: [] for s in systems}
    cpu: dict[str, list[float]] = {s: [] for s in systems}
    rows = []
    for cluster in clusters:
        articles = articles_from_texts(cluster["documents"], str(cluster.get("id", "c")))
        references = cluster["summaries"]
        tokens = [tokenize.tokenize(r, stemmer) for r in references]
        row = {"id": cluster.get("id")}
        for system in systems:
            started, started_cpu = time.perf_counter(), time.process_time()
            summary = run_system(system, articles, tokens, args.words)
            seconds[system].append(time.perf_counter() - started)
            cpu[system].append(time.process_time() - started_cpu)
            text = truncate(summary, args.words)
            per_ref = [scorer.score(reference, text) for reference in references]
            triple = tuple(100 * statistics.fmean(s[k].recall for s in per_ref)
                           for k in ("rouge1", "rouge2", "rougeL"))
            scores[system].append(triple)
            row[system] = {"rouge": triple, "summary": summary}
        rows.append(row)
    print(f"data: {args.data} ({len(clusters)} clusters), {args.words} words, "
          "rouge-score recall x100 with stemming")
    print("| system | ROUGE-1 | ROUGE-2 | ROUGE-L | s / cluster, wall (median) | CPU s / cluster (median) |")
    print("|---|---:|---:|---:|---:|---:|")
    for system in systems:
        r1, r2, rl = (statistics.fmean(t[k] for t in scores[system]) for k in range(3))
        print(f"| {system} | {r1:.2f} | {r2:.2f} | {rl:.2f} | {statistics.median(seconds[system]):.3f} "
              f"| {statistics.median(cpu[system]):.3f} |")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0
