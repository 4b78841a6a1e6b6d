"""Sentence splitters side by side: accuracy on hard news cases, speed on real articles.

Usage:
    python benchmarks/bench_sentences.py [--cases tests/fixtures/sentences.jsonl]
        [--corpus ../shared/data/mds/multiling2011_en.jsonl ...] [--repeat 3]

Accuracy: the hard cases (written for Storyline: abbreviations, initials,
a.m./p.m., quotes spanning sentences, ellipses, lists, datelines) scored as the
share of cases split exactly right, and boundary precision/recall/F1.
Second, held-out accuracy: ECB+ articles (one gold sentence a line, tokenized
text), lines joined by a space, first --ecb-docs articles.
Speed: characters per second over the corpus documents (median of --repeat
runs). nltk's punkt is run untrained (its trained data is not downloaded).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from storyline.segment import sentence_spans

ROOT = Path(__file__).resolve().parents[1]
ECB = ROOT.parent / "shared/data/clustering/ecbplus_dev.jsonl"
CORPUS = [ROOT.parent / "shared/data/mds/multiling2011_en.jsonl",
          ROOT.parent / "shared/data/mds/duc2003_task2.jsonl"]

Splitter = Callable[[str], list[str]]


def storyline_split(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


def splitters() -> dict[str, Splitter]:
    """Every splitter that is installed, by name."""
    found: dict[str, Splitter] = {"storyline": storyline_split}
    try:
        import pysbd

        segmenter = pysbd.Segmenter(language="en", clean=False)
        found["pysbd"] = segmenter.segment
    except ImportError:
        pass
    try:
        from syntok import segmenter as syntok_segmenter

        def syntok_split(text: str) -> list[str]:
            return ["".join(token.spacing + token.value for token in sentence).strip()
                    for paragraph in syntok_segmenter.process(text) for sentence in paragraph]

        found["syntok"] = syntok_split
    except ImportError:
        pass
    try:
        import blingfire

        found["blingfire"] = lambda text: blingfire.text_to_sentences(text).split("\n")
    except ImportError:
        pass
    try:
        from nltk.tokenize.punkt import PunktSentenceTokenizer

        found["nltk punkt (untrained)"] = PunktSentenceTokenizer().tokenize
    except ImportError:
        pass
    return found


def _normal(sentences: list[str]) -> list[str]:
    return [" ".join(s.split()) for s in sentences if s.strip()]


def _boundaries(sentences: list[str]) -> set[int]:
    """Cumulative non-space character counts at each sentence end (whitespace-insensitive)."""
    ends, total = set(), 0
    for sentence in sentences[:-1]:
        total += len("".join(sentence.split()))
        ends.add(total)
    return ends


def accuracy(split: Splitter, cases: list[dict]) -> dict[str, float]:
    exact = true_pos = predicted = gold = 0
    for case in cases:
        got, want = _normal(split(case["text"])), _normal(case["sentences"])
        exact += got == want
        got_ends, want_ends = _boundaries(got), _boundaries(want)
        true_pos += len(got_ends & want_ends)
        predicted += len(got_ends)
        gold += len(want_ends)
    precision = true_pos / predicted if predicted else 1.0
    recall = true_pos / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"exact": exact / len(cases), "precision": precision, "recall": recall, "f1": f1}


def speed(split: Splitter, texts: list[str], repeat: int) -> float:
    """Median characters per second."""
    chars = sum(map(len, texts))
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        for text in texts:
            split(text)
        times.append(time.perf_counter() - started)
    return chars / statistics.median(times)


def corpus_texts(paths: list[Path]) -> list[str]:
    texts = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                texts.extend(record.get("documents") or [record["text"]])
    return texts


def ecb_cases(path: Path, limit: int) -> list[dict]:
    """ECB+ articles as cases: gold sentences are its lines."""
    cases = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            sentences = [s.strip() for s in json.loads(line)["text"].split("\n") if s.strip()]
            cases.append({"text": " ".join(sentences), "sentences": sentences})
            if len(cases) >= limit:
                break
    return cases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=Path, default=ROOT / "tests/fixtures/sentences.jsonl")
    parser.add_argument("--corpus", type=Path, nargs="*", default=CORPUS)
    parser.add_argument("--ecb", type=Path, default=ECB)
    parser.add_argument("--ecb-docs", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    cases = [json.loads(line) for line in args.cases.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = corpus_texts(args.corpus)
    held_out = ecb_cases(args.ecb, args.ecb_docs) if args.ecb.exists() else []
    print(f"{len(cases)} hard cases; speed over {len(texts)} documents, "
          f"{sum(map(len, texts)) / 1e6:.2f} M characters, median of {args.repeat}")
    print("| splitter | hard cases exact | boundary P | boundary R | boundary F1 | ECB+ boundary F1 "
          "| M chars/s | vs storyline |")
    print("|---|---|---|---|---|---|---|---|")
    baseline = None
    for name, split in splitters().items():
        scores = accuracy(split, cases)
        ecb = accuracy(split, held_out)["f1"] if held_out else float("nan")
        rate = speed(split, texts, args.repeat)
        baseline = baseline or rate
        print(f"| {name} | {scores['exact']:.1%} | {scores['precision']:.3f} | {scores['recall']:.3f} "
              f"| {scores['f1']:.3f} | {ecb:.3f} | {rate / 1e6:.2f} | {rate / baseline:.2f}x |")


if __name__ == "__main__":
    main()
