"""Read + clean + segment throughput, next to trafilatura alone and the sentence splitters.

Usage:
    python benchmarks/bench_read.py [--data ../shared/data/mds/*.jsonl ...] [--limit 3000] [--repeat 3]

Builds, in a temporary folder, a few thousand articles from the development
data (never copied into the repo) in two forms: one JSONL feed and one HTML
page per article (title, byline, navigation, footer, the text as <p>s). Then
times, median of --repeat runs:

  storyline JSONL     read_articles(feed.jsonl): read + clean + segment
  storyline HTML      read_articles(folder of pages): the same through trafilatura
  trafilatura alone   trafilatura.extract(page) on the same pages (what a user would run),
                      as plain text and as XML with metadata (what storyline asks it for)
  clean + segment     storyline's own work on already-read documents
  sentence splitters  pysbd / syntok / blingfire over the same clean texts
"""

from __future__ import annotations

import argparse
import html
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura

from storyline.brief import read_articles
from storyline.clean import clean
from storyline.model import Document
from storyline.read.html import _CONFIG
from storyline.segment import sentence_spans

ROOT = Path(__file__).resolve().parents[1]
DATA = [ROOT.parent / "shared/data/mds/multinews_val_500.jsonl",
        ROOT.parent / "shared/data/mds/duc2003_task2.jsonl",
        ROOT.parent / "shared/data/mds/multiling2011_en.jsonl",
        ROOT.parent / "shared/data/clustering/ecbplus_dev.jsonl"]

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title} | Bench Daily</title><meta property="og:site_name" content="Bench Daily">
<meta property="article:published_time" content="2024-05-02T09:00:00+00:00"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1><p class="byline">By Staff Writer</p>{paragraphs}</article>
<footer>© 2024 Bench Daily. All rights reserved.</footer></body></html>"""


def load_texts(paths: list[Path], limit: int) -> list[str]:
    texts: list[str] = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                texts.extend(record.get("documents") or [record["text"]])
    return [t for t in texts if t.strip()][:limit]


def paragraphs(text: str) -> list[str]:
    """The text's own paragraphs, or groups of three sentences when it has none."""
    parts = [p for p in text.split("\n\n") if p.strip()]
    if len(parts) > 1:
        return parts
    sentences = [text[s:e] for s, e in sentence_spans(text.replace("\n", " "))]
    return [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]


def build(texts: list[str], folder: Path) -> tuple[Path, Path, list[str]]:
    feed = folder / "feed.jsonl"
    pages = folder / "pages"
    pages.mkdir()
    html_pages = []
    with feed.open("w", encoding="utf-8") as out:
        for number, text in enumerate(texts):
            out.write(json.dumps({"id": f"doc-{number}", "text": text}) + "\n")
            title = " ".join(text.split()[:8])
            body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs(text))
            page = PAGE.format(title=html.escape(title), paragraphs=body)
            (pages / f"{number:05d}.html").write_text(page, encoding="utf-8")
            html_pages.append(page)
    return feed, pages, html_pages


def timed(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def interleaved(jobs: list[Callable[[], object]], repeat: int) -> list[float]:
    """Median seconds of each job, running the jobs in turn ``repeat`` times."""
    times: list[list[float]] = [[] for _ in jobs]
    for _ in range(repeat):
        for index, job in enumerate(jobs):
            started = time.perf_counter()
            job()
            times[index].append(time.perf_counter() - started)
    return [statistics.median(t) for t in times]


def splitters() -> dict[str, Callable[[str], object]]:
    found: dict[str, Callable[[str], object]] = {}
    try:
        import pysbd

        found["pysbd"] = pysbd.Segmenter(language="en", clean=False).segment
    except ImportError:
        pass
    try:
        from syntok import segmenter

        found["syntok"] = lambda text: [s for p in segmenter.process(text) for s in p]
    except ImportError:
        pass
    try:
        import blingfire

        found["blingfire"] = blingfire.text_to_sentences
    except ImportError:
        pass
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, nargs="*", default=DATA)
    parser.add_argument("--limit", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--splitter-docs", type=int, default=500,
                        help="documents for the slow splitters (pysbd is ~100x slower)")
    args = parser.parse_args()
    texts = load_texts(args.data, args.limit)
    with tempfile.TemporaryDirectory() as tmp:
        feed, pages, html_pages = build(texts, Path(tmp))
        feed_mb = feed.stat().st_size / 1e6
        html_mb = sum(p.stat().st_size for p in pages.iterdir()) / 1e6
        articles, problems = read_articles([str(feed)])
        print(f"{len(texts)} articles ({len(articles)} read, {len(problems)} skipped), "
              f"JSONL {feed_mb:.1f} MB, HTML {html_mb:.1f} MB, median of {args.repeat}")
        documents = [Document(text=text) for text in texts]
        text_mb = sum(len(t.encode()) for t in texts) / 1e6
        work: list[tuple[str, int, float, Callable[[], object]]] = [
            ("storyline read+clean+segment, JSONL", len(texts), feed_mb, lambda: read_articles([str(feed)])),
            ("storyline read+clean+segment, HTML pages", len(texts), html_mb, lambda: read_articles([str(pages)])),
            ("trafilatura.extract alone (text), same pages", len(texts), html_mb,
             lambda: [trafilatura.extract(p, config=_CONFIG) for p in html_pages]),
            ("trafilatura.extract alone (XML + metadata), same pages", len(texts), html_mb,
             lambda: [trafilatura.extract(p, output_format="xml", with_metadata=True, config=_CONFIG)
                      for p in html_pages]),
            ("storyline clean+segment only", len(texts), text_mb, lambda: [clean(d) for d in documents]),
            ("storyline sentence_spans only", len(texts), text_mb, lambda: [sentence_spans(t) for t in texts]),
        ]
        times = interleaved([job for *_, job in work], args.repeat)  # the machine is shared: alternate
        rows = [(name, count, mb, seconds) for (name, count, mb, _), seconds in zip(work, times, strict=True)]
        subset = texts[: args.splitter_docs]
        subset_mb = sum(len(t.encode()) for t in subset) / 1e6
        for name, split in splitters().items():
            rows.append((f"{name} sentences only", len(subset), subset_mb,
                         timed(lambda split=split: [split(t) for t in subset], 1)))
    print("| what | articles | MB | seconds | articles/s | MB/s |")
    print("|---|---|---|---|---|---|")
    for name, count, megabytes, seconds in rows:
        print(f"| {name} | {count} | {megabytes:.1f} | {seconds:.2f} | {count / seconds:,.0f} "
              f"| {megabytes / seconds:.2f} |")


if __name__ == "__main__":
    main()
