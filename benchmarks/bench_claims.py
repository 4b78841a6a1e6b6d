"""Speed of the claims and conflicts stages on real 10-article clusters.

Usage: python benchmarks/bench_claims.py [CLUSTERS.jsonl] [--clusters N]

Times ``claims`` + ``conflicts`` per cluster, CPU and wall (what earlier runs
memoised forgotten, the embedding model already loaded), next to what a user would otherwise run to
align sentences across articles: scikit-learn TF-IDF + cosine over all
sentence pairs (alignment only, no conflicts). Prints medians in ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from storyline.claims import claims  # noqa: E402
from storyline.conflicts import conflicts  # noqa: E402
from storyline.embed import embed  # noqa: E402
from storyline.eval.common import read_jsonl  # noqa: E402
from storyline.eval.conflicts import cluster_articles  # noqa: E402
from storyline.model import Brief, StoryInfo  # noqa: E402
from storyline.settings import Settings  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "mds" / "duc2003_task2.jsonl"


def tfidf_pairs(articles) -> int:
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [a.sentence_text(s) for a in articles for s in a.sentences]
    matrix = TfidfVectorizer(stop_words="english").fit_transform(texts)
    return int(((matrix @ matrix.T) >= 0.5).sum())


def cold() -> None:
    """Forget what earlier runs memoised, except the loaded embedding model: every run is
    timed as the first brief of its story."""
    for name, module in list(sys.modules.items()):
        if name.startswith("storyline.") and name != "storyline.embed":
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", None) == name:
                    value.cache_clear()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", nargs="?", default=str(DEFAULT))
    parser.add_argument("--clusters", type=int, default=10)
    args = parser.parse_args()
    records = read_jsonl(args.data)[: args.clusters]
    embed(["warm up the model"])
    ours, lexical, baseline, sizes = [], [], [], []
    cpu: dict[str, list[float]] = {"semantic": [], "lexical": []}
    for record in records:
        articles = cluster_articles(record)
        sizes.append(sum(len(a.sentences) for a in articles))
        for semantic, times in ((True, ours), (False, lexical)):
            cold()
            settings = Settings(semantic=semantic)
            started, cpu_started = time.perf_counter(), time.process_time()
            brief = conflicts(claims(Brief(StoryInfo(None, len(articles)), articles), settings), settings)
            times.append(time.perf_counter() - started)
            cpu["semantic" if semantic else "lexical"].append(time.process_time() - cpu_started)
        started = time.perf_counter()
        tfidf_pairs(articles)
        baseline.append(time.perf_counter() - started)
    print(f"clusters {len(records)} (articles each ~{len(records[0]['documents'])}, "
          f"sentences median {statistics.median(sizes):.0f}); last: {len(brief.claims)} claims, "
          f"{len(brief.conflicts)} conflicts")
    for name, times in (("storyline claims+conflicts (semantic)", ours),
                        ("storyline claims+conflicts (--no-semantic)", lexical),
                        ("sklearn TF-IDF cosine pairs (alignment only)", baseline)):
        print(f"{name:46s} median {statistics.median(times) * 1000:7.0f} ms   max {max(times) * 1000:7.0f} ms")
    for name, times in cpu.items():
        label = f"CPU, storyline claims+conflicts ({name})"
        print(f"{label:46s} median {statistics.median(times) * 1000:7.0f} ms   max {max(times) * 1000:7.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
