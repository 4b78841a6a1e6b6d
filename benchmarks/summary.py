"""Summary benchmark: ``storyline eval summarize`` on the three MDS sets.

Usage: python benchmarks/summary.py [DATA_DIR]   (default: ../shared/data/mds
from the repository root). Prints one Markdown table per data set, as pasted
into BENCHMARKS.md; every system runs in the same process on the same input.
"""

from __future__ import annotations

import sys
from pathlib import Path

from storyline.cli import main

ROOT = Path(__file__).resolve().parents[1]
ALL = "storyline,storyline:centroid,storyline:submodular,lead,lexrank,textrank,lsa,oracle"
RUNS = (  # file, word budget (about the references' length), systems
    ("duc2003_task2.jsonl", 100, ALL),
    ("multiling2011_en.jsonl", 250, ALL),
    ("multinews_val_500.jsonl", 230, ALL.replace("storyline:submodular,", "")),
)


def run(data_dir: Path) -> int:
    for name, words, systems in RUNS:
        code = main(["eval", "summarize", "--data", str(data_dir / name), "--words", str(words),
                     "--systems", systems])
        if code:
            return code
        print()
    return 0


if __name__ == "__main__":
    sys.exit(run(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/data/mds"))
