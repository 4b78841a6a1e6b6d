"""Speed of the provenance stage on one story of 10, 100 and 1,000 articles.

Stories are generated from real articles (the provenance evaluation's
generator: copies, excerpts, quoting blogs, rewrites and independent reports)
and padded with further generated sets until they hold N articles, each
article about 1,000 words when --words is given (source paragraphs repeated).
Reports seconds for the shared-passage step alone and for the whole stage,
and pairs per second (N*(N-1)/2 article pairs over the whole stage).

    python benchmarks/bench_provenance.py [--data PATH ...] [--sizes 10 100 1000] [--words 1000]
"""

from __future__ import annotations

import argparse
import statistics
import time

from storyline.brief import read_articles
from storyline.eval.provenance_sets import generate
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
    for record in records:
        while words and len(record["text"].split()) < words:
            record["text"] += "\n\n" + record["text"]
    articles, _ = read_articles(records)
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", nargs="+", default=DEFAULT)
    parser.add_argument("--sizes", nargs="+", type=int, default=[10, 100, 1000])
    parser.add_argument("--words", type=int, default=1000, help="pad articles to about this many words (0: as is)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print("| articles | words/article | shared passages (s) | whole stage (s) | pairs/s |")
    print("|---:|---:|---:|---:|---:|")
    for size in args.sizes:
        articles = story(size, args.data, args.words)
        mean_words = statistics.mean(len(a.text.split()) for a in articles)
        passages, whole = [], []
        for _ in range(args.repeat if size <= 100 else 1):
            started = time.perf_counter()
            shared_passages(tokenize(articles))
            passages.append(time.perf_counter() - started)
            started = time.perf_counter()
            find_provenance(articles)
            whole.append(time.perf_counter() - started)
        pairs = len(articles) * (len(articles) - 1) / 2
        seconds = statistics.median(whole)
        print(f"| {len(articles)} | {mean_words:.0f} | {statistics.median(passages):.3f} | {seconds:.2f} "
              f"| {pairs / seconds:,.0f} |")


if __name__ == "__main__":
    main()
