"""Speed of the provenance stage on one story of 10, 100 and 1,000 articles.

Stories are generated from real articles (the provenance evaluation's
generator: copies, excerpts, quoting blogs, rewrites and independent reports)
and padded with further generated sets until they hold N articles; each
article is then lengthened to about --words words with other source articles
(distinct text, so that every shingle is a real one).
Reports seconds for the shared-passage step alone and for the whole stage
(wall clock, and CPU seconds of the process, steadier on a shared machine),
and pairs per second (N*(N-1)/2 article pairs over the whole stage).

    python benchmarks/bench_provenance.py [--data PATH ...] [--sizes 10 100 1000] [--words 1000]
"""

from __future__ import annotations

import argparse
import difflib
import statistics
import time

from storyline.brief import read_articles
from storyline.eval.provenance_sets import generate, load_clusters
from storyline.provenance import find_provenance
from storyline.provenance.passages import shared_passages, tokenize

DEFAULT = ["../shared/data/mds/duc2003_task2.jsonl", "../shared/data/mds/multiling2011_en.jsonl"]


def story(size: int, data: list[str], words: int) -> list:
    records = []
    for story_set in generate(data, size, seed=7):
        records.extend(story_set.records)
        if len(records) >= size:
            break
    records = records[:size]
    pool = [d for cluster in load_clusters(data) for d in cluster]
    for number, record in enumerate(records):
        extra = number
        while words and len(record["text"].split()) < words:  # distinct text, so shingles stay unique
            record["text"] += "\n\n" + pool[(number * 7919 + extra) % len(pool)]
            extra += 1
    articles, _ = read_articles(records)
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", nargs="+", default=DEFAULT)
    parser.add_argument("--sizes", nargs="+", type=int, default=[10, 100, 1000])
    parser.add_argument("--words", type=int, default=1000, help="pad articles to about this many words (0: as is)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--difflib-max", type=int, default=100,
                        help="also time pairwise difflib matching blocks up to this many articles")
    args = parser.parse_args()
    print("| articles | words/article | shared passages (s) | whole stage (s) | whole stage CPU (s) | pairs/s "
          "| difflib all pairs (s) |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for size in args.sizes:
        articles = story(size, args.data, args.words)
        mean_words = statistics.mean(len(a.text.split()) for a in articles)
        passages, whole, cpu = [], [], []
        for _ in range(args.repeat if size <= 100 else 1):
            started = time.perf_counter()
            shared_passages(tokenize(articles))
            passages.append(time.perf_counter() - started)
            started, started_cpu = time.perf_counter(), time.process_time()
            find_provenance(articles)
            whole.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        pairs = len(articles) * (len(articles) - 1) / 2
        seconds = statistics.median(whole)
        baseline = difflib_seconds(articles) if len(articles) <= args.difflib_max else float("nan")
        print(f"| {len(articles)} | {mean_words:.0f} | {statistics.median(passages):.3f} | {seconds:.2f} "
              f"| {statistics.median(cpu):.2f} | {pairs / seconds:,.0f} | {baseline:.2f} |")


def difflib_seconds(articles) -> float:
    """What a user would otherwise write: difflib matching blocks over the word lists of every pair."""
    words = [a.text.lower().split() for a in articles]
    started = time.perf_counter()
    for i in range(len(words)):
        for j in range(i + 1, len(words)):
            difflib.SequenceMatcher(None, words[i], words[j], autojunk=False).get_matching_blocks()
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
