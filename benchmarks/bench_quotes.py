"""Speed of the attribution, entities and timeline stages on a 10-article story.

Usage: python benchmarks/bench_quotes.py [POLNEAR.jsonl] [--articles 10] [--repeat 7]

Takes the first N distinct PolNeAR articles as one story (political news of
2016, 3-8 KB each), runs the three stages with cold caches, and reports the
median wall and CPU time next to the naive quote-mark baseline on the same texts.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from storyline import entities as entities_module  # noqa: E402
from storyline import quotes as quotes_module  # noqa: E402
from storyline import timeline as timeline_module  # noqa: E402
from storyline.brief import build_brief  # noqa: E402
from storyline.eval.quote_baseline import naive_attributions  # noqa: E402
from storyline.model import Article  # noqa: E402
from storyline.segment import segment  # noqa: E402
from storyline.settings import Settings  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "attribution" / "polnear_dev.jsonl"


def load(path: Path, count: int) -> list[Article]:
    articles, seen = [], set()
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["doc"] in seen:
            continue
        seen.add(record["doc"])
        articles.append(Article(id=record["doc"], text=record["text"], sentences=segment(record["text"])))
        if len(articles) == count:
            break
    return articles


def clear_caches() -> None:
    for cached in (quotes_module._cached_attributions, entities_module._cached_story_entities,
                   entities_module.article_mentions):
        cached.cache_clear()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default=str(DEFAULT))
    parser.add_argument("--articles", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    articles = load(Path(args.data), args.articles)
    brief = build_brief(articles, Settings())  # warm imports; the stages are timed below
    settings = Settings()
    ours, cpu, baseline = [], [], []
    for _ in range(args.repeat):
        clear_caches()
        started, started_cpu = time.perf_counter(), time.process_time()
        done = timeline_module.timeline(
            entities_module.entities(quotes_module.attribution(brief, settings), settings), settings)
        ours.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
        started = time.perf_counter()
        for article in articles:
            naive_attributions(article.text)
        baseline.append(time.perf_counter() - started)
    chars = sum(len(a.text) for a in articles)
    print(f"{len(articles)} articles, {chars} characters; {len(done.quotes)} quotes, "
          f"{len(done.entities)} entities, {len(done.timeline)} timeline events")
    print(f"storyline attribution+entities+timeline: median {statistics.median(ours) * 1000:.1f} ms wall, "
          f"{statistics.median(cpu) * 1000:.1f} ms CPU (wall min {min(ours) * 1000:.1f}, "
          f"max {max(ours) * 1000:.1f}) over {args.repeat} runs")
    print(f"naive baseline (quotes only):   median {statistics.median(baseline) * 1000:.1f} ms")
    print(f"ratio: {statistics.median(ours) / statistics.median(baseline):.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
