"""Speed and accuracy of dates and timeline, next to dateparser.

    python benchmarks/bench_timeline.py [--data ../shared/data/timeline] [--repeat 5]

1. ``find_dates`` throughput (MB/s of text) over the 90 SemEval-2015 Task 4
   articles, against ``dateparser.search.search_dates`` (what a Python user
   would otherwise pick), per sentence, on the first articles only (it is slow).
2. Timeline of a 10-article story (the first ten articles of a corpus), with
   and without embeddings, median wall time.
3. SemEval-2015 Task 4 date and ordering accuracy with dateparser as the
   dater (nearest date found in the sentence, else the DCT), next to Storyline's.
"""

from __future__ import annotations

import argparse
import datetime
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from storyline.dates import find_dates  # noqa: E402
from storyline.eval import timeline as semeval  # noqa: E402
from storyline.model import Article  # noqa: E402
from storyline.timeline import build_timeline  # noqa: E402


def median_seconds(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def dateparser_dates(articles: list[Article]) -> semeval.Dated:
    """(doc, sentence) -> [(start, end, date)] of what dateparser finds."""
    from dateparser.search import search_dates

    found: semeval.Dated = defaultdict(list)
    for article in articles:
        base = datetime.datetime.fromisoformat(article.published[:10])
        for index, sentence in enumerate(article.sentences):
            text = article.text[sentence.start:sentence.end]
            hits = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
            cursor = 0
            for phrase, when in hits:
                at = text.find(phrase, cursor)
                at = at if at >= 0 else 0
                cursor = at + len(phrase)
                found[(article.id, index)].append(
                    (sentence.start + at, sentence.start + at + len(phrase), when.date().isoformat()))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "timeline"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--dateparser-articles", type=int, default=10,
                        help="articles used for dateparser's throughput")
    parser.add_argument("--skip-dateparser-accuracy", action="store_true")
    args = parser.parse_args()
    data = Path(args.data)
    docs = semeval._read_jsonl(data / semeval.DOCS)
    articles = [semeval._article(doc) for doc in docs]
    text = "\n".join(article.text for article in articles)
    size = len(text.encode("utf-8"))

    seconds = median_seconds(lambda: find_dates(text, "2008-01-01"), args.repeat)
    count = len(find_dates(text, "2008-01-01"))
    print(f"find_dates: {size / 1e6:.3f} MB, {count} expressions, {seconds * 1000:.1f} ms median, "
          f"{size / seconds / 1e6:.2f} MB/s")

    sample = articles[:args.dateparser_articles]
    sample_size = sum(len(a.text.encode("utf-8")) for a in sample)
    started = time.perf_counter()
    dated = dateparser_dates(sample)
    slow = time.perf_counter() - started
    ours = median_seconds(lambda: [find_dates(a.text, a.published) for a in sample], args.repeat)
    print(f"dateparser.search_dates: {sample_size / 1e3:.1f} kB ({len(sample)} articles), "
          f"{sum(map(len, dated.values()))} expressions, {slow:.2f} s, {sample_size / slow / 1e6:.4f} MB/s; "
          f"find_dates on the same: {ours * 1000:.1f} ms ({slow / ours:.0f}x faster)")

    corpus = sorted((a for a, d in zip(articles, docs, strict=True) if d["corpus"] == "corpus_1"),
                    key=lambda a: (a.published, a.id))[:10]
    build_timeline(corpus, semantic=True)  # load the embedding model once
    for semantic in (False, True):
        seconds = median_seconds(lambda semantic=semantic: build_timeline(corpus, semantic), args.repeat)
        events = len(build_timeline(corpus, semantic))
        print(f"timeline of a 10-article story ({'embeddings' if semantic else 'lexical'}): "
              f"{events} events, {seconds * 1000:.1f} ms median")

    if not args.skip_dateparser_accuracy:
        ours = semeval.evaluate(data)
        started = time.perf_counter()
        theirs = semeval.evaluate(data, dater=dateparser_dates)
        print(f"SemEval-2015 Task 4 ({ours['gold_mentions_with_date']} dated gold event mentions), "
              f"dater + DCT where it finds nothing:")
        print(f"  DCT only:              date {ours['date_accuracy']['dct']:.3f}, "
              f"order {ours['ordering_accuracy']['dct']:.3f}")
        print(f"  Storyline timeline:    date {ours['date_accuracy']['storyline+dct']:.3f}, "
              f"order {ours['ordering_accuracy']['storyline+dct']:.3f}")
        print(f"  dateparser:            date {theirs['date_accuracy']['storyline+dct']:.3f}, "
              f"order {theirs['ordering_accuracy']['storyline+dct']:.3f} "
              f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
