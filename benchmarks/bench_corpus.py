"""Corpus mode at scale: synthetic corpora built from ECB+ articles.

Each synthetic story starts from one ECB+ article whose capitalised names and
numbers are replaced by story-specific ones (so stories are distinct but look
alike), published on a random day; its articles are other outlets' versions
(a different subset and order of sentences), exact copies and light rewrites
(3% of the words changed). Two measurements:

1. **dedup**: near-duplicate detection of the copies and rewrites by
   Storyline's numpy MinHash-LSH and by datasketch's MinHashLSH (128
   permutations, same 5-word shingles, same threshold), words/s and recall.
2. **pipeline**: ``corpus add`` on 10k and 100k (optionally 1M) articles, each
   size in its own process: articles/s, time per stage, peak memory.

    python benchmarks/bench_corpus.py [--data ../shared/data/clustering/ecbplus_dev.jsonl]
        [--sizes 10000,100000] [--dedup-articles 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DEFAULT_DATA = ROOT / ".." / "shared" / "data" / "clustering" / "ecbplus_dev.jsonl"
_CAPITAL = re.compile(r"\b[A-Z][a-z]+\b")
_NUMBER = re.compile(r"\b\d+\b")
_SYLLABLES = ["ka", "lo", "mi", "ra", "ten", "vo", "shu", "del", "an", "bri", "zo", "quin", "far", "el", "mor"]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).title()


def _detokenize(text: str) -> list[str]:
    return [re.sub(r" ([.,;:!?')])", r"\1", line) for line in text.split("\n") if line.strip()]


def synthetic(bases: list[list[str]], count: int, seed: int = 1):
    """``(record, kind, origin)`` triples: kind is version | copy | rewrite; origin the id it copies."""
    rng = random.Random(seed)
    produced = 0
    story = 0
    while produced < count:
        sentences = bases[rng.randrange(len(bases))]
        names: dict[str, str] = {}

        def rename(match, names=names):
            word = match.group()
            return names.setdefault(word, _name(rng)) if rng.random() < 0.9 or word in names else word

        story_sentences = [_NUMBER.sub(lambda m: str(rng.randint(2, 999)), _CAPITAL.sub(rename, s))
                           for s in sentences]
        day = 737000 + rng.randrange(1500)
        versions = rng.randint(1, 6)
        first_id = None
        for version in range(versions):
            if produced >= count:
                return
            keep = sorted(rng.sample(range(len(story_sentences)), max(1, int(len(story_sentences) * 0.7))))
            text = " ".join(story_sentences[i] for i in keep)
            record = {"id": f"st{story}-v{version}", "text": text, "title": story_sentences[0][:80],
                      "source_domain": f"outlet{rng.randrange(400)}.example",
                      "date_publish": _iso(day + rng.randrange(3))}
            yield record, "version", None
            produced += 1
            first_id = first_id or record["id"]
            if rng.random() < 0.15 and produced < count:
                yield {**record, "id": record["id"] + "-copy", "source_domain": "wire-copy.example"}, "copy", \
                    record["id"]
                produced += 1
            if rng.random() < 0.15 and produced < count:
                words = text.split()
                for index in rng.sample(range(len(words)), max(1, len(words) * 3 // 100)):
                    words[index] = rng.choice(["reportedly", "officials", "local", "Tuesday", "nearby"])
                yield {**record, "id": record["id"] + "-rewrite", "text": " ".join(words),
                       "source_domain": "rewriter.example"}, "rewrite", record["id"]
                produced += 1
        story += 1


def _iso(day: int) -> str:
    from datetime import date
    return date.fromordinal(day).isoformat()


def load_bases(path: str) -> list[list[str]]:
    with open(path, encoding="utf-8") as handle:
        return [_detokenize(json.loads(line)["text"]) for line in handle]


def bench_dedup(bases, articles: int, repeats: int = 3) -> dict:
    import numpy as np
    from datasketch import MinHash, MinHashLSH

    from storyline.corpus.dedup import SHINGLE, THRESHOLD, MemoryIndex, find_duplicates, fingerprints
    triples = list(synthetic(bases, articles, seed=5))
    texts = [r["text"] for r, _, _ in triples]
    ids = [r["id"] for r, _, _ in triples]
    group = {r["id"]: origin or r["id"] for r, _, origin in triples}  # a copy's group is its original
    derived = [r["id"] for r, kind, _ in triples if kind != "version"]
    words = sum(len(t.split()) for t in texts)

    def ours_run():
        exact_keys, matrix = fingerprints(texts)
        return find_duplicates(ids, exact_keys, matrix, MemoryIndex())

    def theirs_run():
        lsh = MinHashLSH(threshold=THRESHOLD, num_perm=128)
        pairs = set()
        for article, text in zip(ids, texts, strict=True):
            tokens = text.lower().split()
            signature = MinHash(num_perm=128, seed=1)
            signature.update_batch([" ".join(tokens[i:i + SHINGLE]).encode()
                                    for i in range(max(1, len(tokens) - SHINGLE + 1))])
            for other in lsh.query(signature):
                pairs.add((article, other))
            lsh.insert(article, signature)
        return pairs

    timings: dict[str, list[tuple[float, float]]] = {"storyline": [], "datasketch": []}
    for _ in range(repeats):  # alternate the two, so both see the same load on a shared machine
        for name, function in (("storyline", ours_run), ("datasketch", theirs_run)):
            wall, cpu = time.perf_counter(), time.process_time()
            result = function()
            timings[name].append((time.perf_counter() - wall, time.process_time() - cpu))
            if name == "storyline":
                ours = {(d.article, d.original) for d in result}
            else:
                theirs = result
    ours_seconds, ours_cpu = (float(np.median([t[i] for t in timings["storyline"]])) for i in (0, 1))
    theirs_seconds, theirs_cpu = (float(np.median([t[i] for t in timings["datasketch"]])) for i in (0, 1))

    def recall(pairs):  # share of copies and rewrites linked to their original (or a copy of it)
        linked = {a for a, b in pairs if group[a] == group[b]} | {b for a, b in pairs if group[a] == group[b]}
        return sum(article in linked for article in derived) / len(derived)

    def precision(pairs):  # pairs within one copy group (versions of a story may also be near copies)
        return sum(group[a] == group[b] for a, b in pairs) / max(1, len(pairs))

    return {"articles": len(texts), "words": words, "copies_and_rewrites": len(derived),
            "storyline": {"seconds": round(ours_seconds, 2), "words_per_s": round(words / ours_seconds),
                          "cpu_seconds": round(ours_cpu, 2), "words_per_cpu_s": round(words / ours_cpu),
                          "recall": round(recall(ours), 4), "precision": round(precision(ours), 4)},
            "datasketch": {"seconds": round(theirs_seconds, 2), "words_per_s": round(words / theirs_seconds),
                           "cpu_seconds": round(theirs_cpu, 2), "words_per_cpu_s": round(words / theirs_cpu),
                           "recall": round(recall(theirs), 4), "precision": round(precision(theirs), 4)},
            "speedup_wall": round(theirs_seconds / ours_seconds, 2), "speedup_cpu": round(theirs_cpu / ours_cpu, 2),
            "repeats": repeats}


class LoggedProgress:
    """Progress of each phase as a line on stderr every ``every`` articles (or 5% of a known total):
    so a run that cannot finish still says how far it got (articles done, rate, peak memory)."""

    def __init__(self, every: int) -> None:
        self.every = every

    @contextmanager
    def task(self, description: str, total: int | None = None) -> Iterator[Callable[[int], None]]:
        started, cpu, done, logged = time.perf_counter(), time.process_time(), 0, 0
        every = min(self.every, max(1, total // 20)) if total else self.every

        def advance(count: int) -> None:
            nonlocal done, logged
            done += count
            if done - logged >= every:
                logged = done
                wall = time.perf_counter() - started
                rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                print(f"{time.strftime('%H:%M:%S')} {description}: {done} done, {wall:.0f} s wall, "
                      f"{time.process_time() - cpu:.0f} s CPU, {done / wall:.0f}/s, peak RSS {rss:.0f} MB",
                      file=sys.stderr, flush=True)

        yield advance


#: story-size bands of the brief sample (articles): the brief's cost per article differs by band
SIZE_BANDS = ((1, 1), (2, 10), (11, 100), (101, 1000), (1001, 10 ** 9))
#: articles briefed at most per band (past its first story): giant stories take minutes each
BAND_ARTICLES = 3000


def brief_sample(store, settings, sample: int, seed: int) -> dict:
    """Brief about ``sample`` changed stories, drawn at random in equal numbers from each size band
    (at least one a band, at most :data:`BAND_ARTICLES` articles a band past its first story), and
    scale each band's CPU per article to all of the band's articles.

    For corpora whose full brief phase would take hours on this machine. The cost per article
    differs by story size (single articles are cheap, stories above the claims bound pay for
    provenance over all their articles), and most articles of a big corpus sit in big stories, so
    a uniform draw of stories would be mostly small ones; bands keep the estimate honest.
    Nothing is saved: the store keeps every story to brief.
    """
    from storyline.corpus.runner import brief_story
    sizes = dict(store.db.execute("SELECT m.story, COUNT(*) FROM members m JOIN stories s ON s.id = m.story "
                                  "WHERE s.dirty = 1 GROUP BY m.story"))
    draw = random.Random(seed)
    bands, estimate, sampled_cpu = [], 0.0, 0.0
    for low, high in SIZE_BANDS:
        members = sorted(story for story, size in sizes.items() if low <= size <= high)
        if not members:
            continue
        chosen, briefed, started = [], 0, time.process_time()
        for story in draw.sample(members, min(max(1, sample // len(SIZE_BANDS)), len(members))):
            if chosen and briefed + sizes[story] > BAND_ARTICLES:
                break
            brief_story(store.articles_of(story), settings)
            chosen.append(story)
            briefed += sizes[story]
        cpu = time.process_time() - started
        band_articles = sum(sizes[story] for story in members)
        estimate += cpu / briefed * band_articles
        sampled_cpu += cpu
        bands.append({"sizes": f"{low}-{high}" if high < 10 ** 9 else f"{low}+", "stories": len(members),
                      "articles": band_articles, "sampled_stories": len(chosen), "sampled_articles": briefed,
                      "cpu_seconds": round(cpu, 1), "cpu_ms_per_article": round(1000 * cpu / briefed, 1)})
    return {"bands": bands, "sampled_cpu_seconds": round(sampled_cpu, 1), "stories_to_brief": len(sizes),
            "articles_to_brief": sum(sizes.values()), "estimated_cpu_hours_all": round(estimate / 3600, 2),
            "estimated_cpu_ms_per_article": round(1000 * estimate / max(1, sum(sizes.values())), 1)}


def bench_pipeline(data: str, size: int, folder: str | None = None, log_every: int = 0,
                   sample: int = 0) -> dict:
    """One ``corpus add`` (single process) over ``size`` synthetic articles; run in a child process.

    With ``sample``, the brief phase is measured on that many random stories and estimated for the rest.
    """
    from storyline.corpus import runner
    from storyline.corpus.store import Store
    from storyline.settings import Settings
    bases = load_bases(data)
    with tempfile.TemporaryDirectory(prefix="bench-corpus-", dir=folder) as folder:
        feed = os.path.join(folder, "feed.jsonl")
        with open(feed, "w", encoding="utf-8") as handle:
            for record, _, _ in synthetic(bases, size, seed=size):
                handle.write(json.dumps(record) + "\n")
        store = Store(os.path.join(folder, "news.db"))
        settings = Settings(semantic=False)
        totals = runner.Totals()
        progress = LoggedProgress(log_every) if log_every else runner.Progress(quiet=True)
        run = store.start_run("add", [feed])
        timings, cpu, sampled = {}, {}, None
        phases = [("read+clean+sign", lambda: runner.ingest(store, [feed], settings, run, totals, progress)),
                  ("dedup+cluster", lambda: runner.cluster_pending(store, run, totals, progress))]
        if not sample:
            phases.append(("brief+store", lambda: runner.brief_stories(store, settings, run, totals, progress)))
        for phase, work in phases:
            started, started_cpu = time.perf_counter(), time.process_time()
            work()
            timings[phase], cpu[phase] = time.perf_counter() - started, time.process_time() - started_cpu
        if sample:
            sampled = brief_sample(store, settings, sample, seed=size)
        store.finish_run(run)
        stories = store.db.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
        store.close()
        size_mb = os.path.getsize(os.path.join(folder, "news.db")) / 1e6
    total = sum(timings.values())
    until = "_before_brief" if sampled else ""  # a sampled brief phase is estimated, not in the total
    return {"articles": size, "stories": stories, "duplicates": totals.duplicates,
            "seconds": {k: round(v, 1) for k, v in timings.items()}, f"total_s{until}": round(total, 1),
            "cpu_seconds": {k: round(v, 1) for k, v in cpu.items()},
            f"articles_per_s{until}": round(size / total), "peak_rss_mb": round(resource.getrusage(
                resource.RUSAGE_SELF).ru_maxrss / 1024), "store_mb": round(size_mb),
            **({"brief_sample": sampled} if sampled else {})}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--dedup-articles", type=int, default=10000)
    parser.add_argument("--repeats", type=int, default=3, help="dedup timings: median of this many runs")
    parser.add_argument("--only", choices=["dedup", "pipeline"])
    parser.add_argument("--tmp", help="folder for the feed and the store (default: the system's temporary folder)")
    parser.add_argument("--log-every", type=int, default=0,
                        help="pipeline: a progress line on stderr every this many articles per phase")
    parser.add_argument("--brief-sample", type=int, default=0,
                        help="pipeline: brief only this many random stories (equal numbers per size band) "
                             "and estimate the brief phase for all (for sizes whose brief phase takes hours)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(bench_pipeline(args.data, args.child, args.tmp, args.log_every, args.brief_sample)))
        return 0
    results = {}
    if args.only in (None, "dedup"):
        results["dedup"] = bench_dedup(load_bases(args.data), args.dedup_articles, args.repeats)
        print(json.dumps(results["dedup"]), flush=True)
    if args.only in (None, "pipeline"):
        results["pipeline"] = []
        for size in (int(s) for s in args.sizes.split(",")):
            extra = ((["--tmp", args.tmp] if args.tmp else []) + ["--log-every", str(args.log_every)]
                     + ["--brief-sample", str(args.brief_sample)])
            child = subprocess.run([sys.executable, __file__, "--data", args.data, "--child", str(size), *extra],
                                   stdout=subprocess.PIPE, text=True, check=True)
            results["pipeline"].append(json.loads(child.stdout))
            print(child.stdout.strip(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
