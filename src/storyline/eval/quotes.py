"""``storyline eval quotes``: attribution spans against PolNeAR.

Scores source, cue and content spans (precision, recall, F1; exact and
overlap match, one-to-one), over all attributions and over those whose
content carries quote marks, and the speaker accuracy on matched contents,
for :func:`storyline.attribution.find_attributions` next to the naive
baseline. Articles annotated twice are scored once (first record of a doc).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable

from ..attribution import Attribution, find_attributions
from ..commands.common import UserError, read_jsonl
from .quote_baseline import naive_attributions

DEFAULT_DATA = "../shared/data/attribution/polnear_dev.jsonl"
QUOTE_MARKS = set("\"“”«»„")
Chars = frozenset[int]
Row = tuple[Chars, Chars, Chars, bool]  # content, source, cue, quote-marked


def add_arguments(parser) -> None:
    parser.add_argument("--data", default=DEFAULT_DATA, metavar="JSONL",
                        help="PolNeAR records (default: %(default)s)")
    parser.add_argument("--limit", type=int, default=0, metavar="N", help="score only the first N articles")


def load(path: str, limit: int = 0) -> list[dict]:
    """PolNeAR records, one per doc."""
    records, seen = [], set()
    for record in read_jsonl(path, needs=("doc", "text")):
        if record["doc"] not in seen:
            seen.add(record["doc"])
            records.append(record)
    return records[:limit] if limit else records


def _chars(spans: Iterable, text: str) -> Chars:
    out = set()
    for start, end in spans:
        out.update(i for i in range(start, end) if not text[i].isspace())
    return frozenset(out)


def _trimmed(chars: Chars, text: str) -> Chars:
    """For exact match: ignore edge punctuation the annotators treat loosely."""
    return frozenset(i for i in chars if text[i] not in ",.;:")


def gold_rows(record: dict) -> list[Row]:
    text = record["text"]
    rows = []
    for attribution in record["attributions"]:
        spans = {key: [tuple(s) for part in attribution.get(key, []) for s in part["spans"]]
                 for key in ("content", "source", "cue")}
        content = _chars(spans["content"], text)
        if content:
            rows.append((content, _chars(spans["source"], text), _chars(spans["cue"], text),
                         bool(attribution.get("content_has_quote_marks"))))
    return rows


def predicted_rows(attributions: list[Attribution], text: str) -> list[Row]:
    rows = []
    for a in attributions:
        content = _chars(a.content, text)
        marked = any(text[i] in QUOTE_MARKS for i in content)
        rows.append((content, _chars([a.speaker] if a.speaker else [], text),
                     _chars([a.cue] if a.cue else [], text), marked))
    return rows


def _match(gold: list[Chars], pred: list[Chars], exact: bool, text: str) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index): as many as possible
    (maximum bipartite matching), larger overlaps preferred among equals."""
    if not gold or not pred:
        return []
    import numpy as np  # here, not at the top: `storyline --help` should not load scipy
    from scipy.optimize import linear_sum_assignment

    weight = np.zeros((len(gold), len(pred)))
    for g, gchars in enumerate(gold):
        for p, pchars in enumerate(pred):
            if exact:
                if gchars and _trimmed(gchars, text) == _trimmed(pchars, text):
                    weight[g, p] = 1.0
            else:
                common = len(gchars & pchars)
                if common:
                    weight[g, p] = 1.0 + 0.5 * common / len(gchars | pchars)
    rows, cols = linear_sum_assignment(weight, maximize=True)
    return [(int(g), int(p)) for g, p in zip(rows, cols, strict=True) if weight[g, p] > 0]


class Counts:
    """True positives, predictions and gold items of one measure, summed over articles."""

    def __init__(self) -> None:
        self.tp = self.pred = self.gold = 0

    def add(self, tp: int, pred: int, gold: int) -> None:
        self.tp += tp
        self.pred += pred
        self.gold += gold

    def prf(self) -> dict:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def score(records: list[dict], system: Callable[[str], list[Attribution]]) -> dict:
    """Every measure of one system over the records."""
    subsets = ("all", "quote_marked")
    counts = {(s, part, m): Counts() for s in subsets for part in ("content", "source", "cue")
              for m in ("exact", "overlap")}
    speaker = {s: [0, 0, 0] for s in subsets}  # overlap-correct, exact-correct, matched with a gold source
    seconds = 0.0
    for record in records:
        text = record["text"]
        started = time.perf_counter()
        predicted = system(text)
        seconds += time.perf_counter() - started
        gold_all, pred_all = gold_rows(record), predicted_rows(predicted, text)
        for subset in subsets:
            gold = [r for r in gold_all if subset == "all" or r[3]]
            pred = [r for r in pred_all if subset == "all" or r[3]]
            for index, part in enumerate(("content", "source", "cue")):
                g_spans = sorted({r[index] for r in gold if r[index]}, key=sorted)
                p_spans = sorted({r[index] for r in pred if r[index]}, key=sorted)
                for mode in ("exact", "overlap"):
                    pairs = _match(g_spans, p_spans, mode == "exact", text)
                    counts[(subset, part, mode)].add(len(pairs), len(p_spans), len(g_spans))
            for g, p in _match([r[0] for r in gold], [r[0] for r in pred], False, text):
                if gold[g][1]:
                    speaker[subset][2] += 1
                    speaker[subset][0] += bool(gold[g][1] & pred[p][1])
                    speaker[subset][1] += _trimmed(gold[g][1], text) == _trimmed(pred[p][1], text)
    out = {"seconds": round(seconds, 3)}
    for subset in subsets:
        ok, exact, n = speaker[subset]
        out[subset] = {f"{part}_{mode}": counts[(subset, part, mode)].prf()
                       for part in ("content", "source", "cue") for mode in ("exact", "overlap")}
        out[subset]["speaker_accuracy"] = round(ok / n, 3) if n else 0.0
        out[subset]["speaker_exact_accuracy"] = round(exact / n, 3) if n else 0.0
        out[subset]["gold"] = counts[(subset, "content", "overlap")].gold
    return out


def run(args) -> int:
    records = load(args.data, args.limit)
    if not records:
        raise UserError(f"no records in {args.data}")
    results = {"data": args.data, "articles": len(records),
               "storyline": score(records, find_attributions),
               "naive_baseline": score(records, naive_attributions)}
    print(json.dumps(results, indent=2))
    return 0
