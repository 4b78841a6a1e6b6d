"""Print every paragraph ``clean()`` removes from real articles, for a precision audit.

Usage: python benchmarks/audit_clean.py [FILES...] [--limit N]
Defaults to the development data in ../shared/data (never copied into the repo).
With ``--sentences`` (the default) every sentence becomes its own paragraph:
most of this data has no paragraph breaks, and one sentence a paragraph is
the hardest case for paragraph rules. Prints one block per removal (reason, article number, text) and per quoted
passage (with the lines before it), and a count per reason; a person then
reads the blocks and counts the wrong ones.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from storyline.clean import clean
from storyline.model import Document
from storyline.segment import sentence_spans

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT.parent / "shared/data/mds/multinews_val_500.jsonl",
           ROOT.parent / "shared/data/mds/duc2003_task2.jsonl",
           ROOT.parent / "shared/data/mds/multiling2011_en.jsonl",
           ROOT.parent / "shared/data/clustering/ecbplus_dev.jsonl"]


def texts(path: Path) -> Iterator[str]:
    """Article texts of an mds (``documents``) or clustering (``text``) file."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            yield from record.get("documents") or [record["text"]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--as-is", action="store_true", help="keep the texts' own line structure")
    parser.add_argument("--limit", type=int, default=0, help="articles per file (0: all)")
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    articles = 0
    for path in args.files:
        for number, text in enumerate(texts(path)):
            if args.limit and number >= args.limit:
                break
            articles += 1
            if not args.as_is:
                text = "\n\n".join(text[start:end] for start, end in sentence_spans(text.replace("\n", " ")))
            article = clean(Document(text=text))
            for removal in article.removed:
                counts[removal.reason] += 1
                print(f"--- {removal.reason} | {path.name}#{number}\n{removal.text[:600]}")
            for passage in article.quoted:
                counts["quoted passage"] += 1
                before = article.text[max(0, passage.start - 200) : passage.start].rsplit("\n\n", 2)[-2:]
                print(f"--- quoted passage (source {passage.source}) | {path.name}#{number}\n"
                      f"after: {' | '.join(before)}\n{article.text[passage.start : passage.end][:600]}")
    print(f"\n{articles} articles; removals: {sum(counts.values())} {dict(sorted(counts.items()))}")


if __name__ == "__main__":
    main()
