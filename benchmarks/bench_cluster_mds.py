"""Story clustering out of domain: the multi-document summarisation sets' clusters as gold stories.

ECB+ (``storyline eval cluster``) is where the clusterer was tuned. This script asks how it does
on data it never saw: every cluster of DUC 2003, MultiLing 2011 and Multi-News is taken as one
story, all clusters of a set are pooled and given to ``corpus cluster`` (articles dated by their
id where it holds a date, as ``eval conflicts`` dates them), and the result is scored with
BCubed and ARI next to scikit-learn TF-IDF + average-link agglomerative clustering at three
thresholds (chosen in hindsight: the baseline gets its best threshold, Storyline its defaults).

    python benchmarks/bench_cluster_mds.py [--data ../shared/data/mds] [--sets duc2003_task2,...]
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
from pathlib import Path

from storyline.corpus.batch import cluster_file
from storyline.eval.cluster_baselines import agglomerative, tfidf_similarity
from storyline.eval.clustering_metrics import adjusted_rand, bcubed
from storyline.eval.common import date_from_id

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "mds"
SETS = ("duc2003_task2", "multiling2011_en", "multinews_val_500")
BASELINE_THRESHOLDS = (0.1, 0.2, 0.3)


def load(path: Path) -> tuple[list[dict], list[str]]:
    """Article records ``{"id", "text", "date_publish"?}`` and their gold story (cluster id)."""
    records, gold = [], []
    for line in path.open(encoding="utf-8"):
        cluster = json.loads(line)
        ids = cluster.get("doc_ids") or [f"{cluster['id']}-{k}" for k in range(len(cluster["documents"]))]
        for k, (text, doc_id) in enumerate(zip(cluster["documents"], ids, strict=True)):
            date = date_from_id(doc_id)
            records.append({"id": f"{cluster['id']}-{k}", "text": text, **({"date_publish": date} if date else {})})
            gold.append(cluster["id"])
    return records, gold


def storyline_stories(records: list[dict]) -> tuple[list[str], float]:
    """``corpus cluster``'s story of every record, in order, and its CPU seconds."""
    feed = io.StringIO("".join(json.dumps(r) + "\n" for r in records))
    output = io.StringIO()
    started = time.process_time()
    cluster_file(feed, "feed", output)
    story = {r["id"]: r["story"] for r in map(json.loads, output.getvalue().splitlines())}
    return [story[r["id"]] for r in records], time.process_time() - started


def scores(predicted: list, gold: list[str]) -> dict:
    precision, recall, f1 = bcubed(predicted, gold)
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "ari": round(adjusted_rand(predicted, gold), 3), "stories": len(set(predicted))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sets", default=",".join(SETS))
    args = parser.parse_args()
    for name in args.sets.split(","):
        records, gold = load(args.data / f"{name}.jsonl")
        predicted, cpu = storyline_stories(records)
        row = {"set": name, "articles": len(records), "gold_stories": len(set(gold)),
               "dated": sum("date_publish" in r for r in records),
               "storyline": {**scores(predicted, gold), "cpu_s": round(cpu, 1)}}
        similarity = tfidf_similarity([r["text"] for r in records])
        for threshold in BASELINE_THRESHOLDS:
            row[f"tfidf_{threshold}"] = scores(agglomerative(similarity, threshold), gold)
        print(json.dumps(row), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
