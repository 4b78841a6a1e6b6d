"""SemEval-2015 Task 4 (TimeLine): date and ordering accuracy of the story timeline.

Each of the three corpora (30 WikiNews articles about one subject) is briefed
as one story: :func:`storyline.timeline.build_timeline` over the articles with
their publication dates and the corpus's own sentence boundaries. Every gold
event mention with a known date is then given the date of the Storyline event
in its sentence (the one whose clause holds the event word, else the nearest),
and scored:

- **date accuracy**: the assigned date equals the gold date at the gold's
  precision ("2007-10-XX" is matched by "2007-10" or "2007-10-05", not by
  "2007");
- **ordering accuracy**: over pairs of mentions of one entity timeline with
  different gold dates, the share whose assigned dates are ordered the same
  way (compared at their common precision; a tie counts as a miss).

Three systems: the document creation time (DCT) for every event (the usual
baseline), Storyline's timeline alone (an event whose sentence has no date
expression gets no date), and Storyline with the DCT where it gives none.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from ..commands.common import UserError, read_jsonl
from ..model import Article, Sentence
from ..timeline import build_timeline

DOCS = "semeval2015_t4_docs.jsonl"
TIMELINES = "semeval2015_t4_timelines.jsonl"
DEFAULT_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "timeline"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", default=str(DEFAULT_DATA),
                        help=f"folder with {DOCS} and {TIMELINES} (default: %(default)s)")
    parser.add_argument("--lexical", action="store_true",
                        help="align sentences by shared words only (no embeddings)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")


def _article(doc: dict) -> Article:
    """The document as an article, keeping the corpus's sentence boundaries."""
    sentences, parts, at = [], [], 0
    for sentence in doc["sentences"]:
        sentences.append(Sentence(at, at + len(sentence)))
        parts.append(sentence)
        at += len(sentence) + 1
    return Article(id=doc["doc_id"], text=" ".join(parts), title=doc.get("title"),
                   published=_iso(doc["dct"]), sentences=tuple(sentences))


def _iso(dct: str) -> str:
    """The DCT as ISO 8601; one document of the set writes it DD-MM-YYYY."""
    day_first = re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", dct)
    return f"{day_first[3]}-{day_first[2]}-{day_first[1]}" if day_first else dct


def gold_value(date: str) -> str | None:
    """"2007-10-XX" -> "2007-10"; None when the year is unknown."""
    parts = []
    for part in date.split("-"):
        if "X" in part:
            break
        parts.append(part)
    return "-".join(parts) or None


def matches(value: str | None, gold: str) -> bool:
    """Whether ``value`` states ``gold`` at the gold's precision."""
    return value is not None and len(value) >= len(gold) and value.startswith(gold)


def order(first: str, second: str) -> int:
    """-1, 0 or 1: the two dates compared at their common precision."""
    n = min(len(first), len(second))
    return (first[:n] > second[:n]) - (first[:n] < second[:n])


Dated = dict[tuple[str, int], list[tuple[int, int, str | None]]]


def storyline_dates(articles: list[Article], semantic: bool = True) -> Dated:
    """(doc, sentence) -> [(clause start, clause end, date)] of Storyline's events."""
    events = build_timeline(articles, semantic)
    starts = {a.id: [s.start for s in a.sentences] for a in articles}
    found: Dated = defaultdict(list)
    for event in events:
        for mention in event.mentions:
            sentence_starts = starts[mention.article]
            index = max(i for i, s in enumerate(sentence_starts) if s <= mention.start)
            found[(mention.article, index)].append((mention.start, mention.end, event.date))
    return found


def _system_date(found, article: Article, sentence: int, token: str) -> str | None:
    """The date Storyline gives the sentence of an event word: that of the
    event whose clause holds the word, else of the nearest event."""
    clauses = found.get((article.id, sentence))
    if not clauses:
        return None
    span = article.sentences[sentence]
    hit = re.search(rf"(?<!\w){re.escape(token)}(?!\w)", article.text[span.start:span.end])
    at = span.start + (hit.start() if hit else 0)
    return min(clauses, key=lambda c: (not c[0] <= at < c[1], min(abs(at - c[0]), abs(at - c[1]))))[2]


def evaluate(data: Path, semantic: bool = True,
             dater: Callable[[list[Article]], Dated] | None = None) -> dict:
    """All figures of the task as a dict; ``dater`` replaces Storyline's
    timeline (for a side-by-side with another tool)."""
    dater = dater or (lambda items: storyline_dates(items, semantic))
    docs = read_jsonl(str(data / DOCS), needs=("doc_id", "corpus", "dct", "sentences"))
    timelines = read_jsonl(str(data / TIMELINES), needs=("corpus", "entries"))
    by_corpus: dict[str, list[Article]] = defaultdict(list)
    for doc in docs:
        by_corpus[doc["corpus"]].append(_article(doc))
    articles = {(corpus, a.id): a for corpus, items in by_corpus.items() for a in items}
    found, seconds = {}, []
    for corpus, items in sorted(by_corpus.items()):
        started = time.perf_counter()
        found[corpus] = dater(sorted(items, key=lambda a: (a.published, a.id)))
        seconds.append(time.perf_counter() - started)

    systems = ("dct", "storyline", "storyline+dct")
    correct = dict.fromkeys(systems, 0)
    by_precision: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # total, dct, storyline+dct
    covered = covered_correct = total = 0
    pairs = dict.fromkeys(systems, 0)
    agree = dict.fromkeys(systems, 0)
    pair_total = skipped = 0
    for line in timelines:
        points = []  # (gold, {system: date})
        for entry in line["entries"]:
            gold = gold_value(entry["date"])
            if gold is None:
                continue
            for mention in entry["mentions"]:
                article = articles.get((line["corpus"], mention["doc_id"]))
                if article is None or mention["sent"] >= len(article.sentences):
                    skipped += 1  # a few gold mentions name documents the set lacks
                    continue
                dct = article.published
                story = _system_date(found[line["corpus"]], article, mention["sent"], mention["token"])
                assigned = {"dct": dct, "storyline": story, "storyline+dct": story or dct}
                total += 1
                precision = ("year", "month", "day")[gold.count("-")]
                by_precision[precision][0] += 1
                by_precision[precision][1] += matches(dct, gold)
                by_precision[precision][2] += matches(story or dct, gold)
                for system in systems:
                    correct[system] += matches(assigned[system], gold)
                if story is not None:
                    covered += 1
                    covered_correct += matches(story, gold)
                points.append((gold, assigned))
        for i, (gold_a, sys_a) in enumerate(points):
            for gold_b, sys_b in points[i + 1:]:
                truth = order(gold_a, gold_b)
                if truth == 0:  # the same date, or one inside the other ("2007", "2007-10")
                    continue
                pair_total += 1
                for system in systems:
                    a, b = sys_a[system], sys_b[system]
                    if a is None or b is None:
                        continue
                    pairs[system] += 1
                    agree[system] += order(a, b) == truth
    return {
        "data": str(data),
        "gold_mentions_with_date": total,
        "gold_mentions_skipped": skipped,
        "date_accuracy": {s: round(correct[s] / total, 4) for s in systems},
        "storyline_coverage": round(covered / total, 4),
        "storyline_accuracy_when_dated": round(covered_correct / covered, 4) if covered else None,
        "date_accuracy_by_gold_precision": {
            p: {"mentions": n, "dct": round(d / n, 4), "storyline+dct": round(s / n, 4)}
            for p, (n, d, s) in sorted(by_precision.items())},
        "ordered_pairs": pair_total,
        "ordering_accuracy": {s: round(agree[s] / pair_total, 4) for s in systems},
        "ordering_accuracy_when_both_dated": {
            s: round(agree[s] / pairs[s], 4) if pairs[s] else None for s in systems},
        "timeline_seconds_per_30_article_corpus": round(sorted(seconds)[len(seconds) // 2], 4),
    }


def run(args: argparse.Namespace) -> int:
    data = Path(args.data)
    if not (data / DOCS).is_file() or not (data / TIMELINES).is_file():
        raise UserError(f"{data}: expected {DOCS} and {TIMELINES} there (use --data)")
    result = evaluate(data, semantic=not args.lexical)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"SemEval-2015 Task 4, {result['gold_mentions_with_date']} gold event mentions with a date")
    print(f"{'system':<16}{'date acc':>10}{'order acc':>11}")
    for system in ("dct", "storyline", "storyline+dct"):
        print(f"{system:<16}{result['date_accuracy'][system]:>10.3f}{result['ordering_accuracy'][system]:>11.3f}")
    print(f"storyline dates {result['storyline_coverage']:.1%} of the mentions, "
          f"{result['storyline_accuracy_when_dated']:.3f} of them right")
    for precision, row in result["date_accuracy_by_gold_precision"].items():
        print(f"  gold {precision:<6} {row['mentions']:>4} mentions: dct {row['dct']:.3f}, "
              f"storyline+dct {row['storyline+dct']:.3f}")
    print(f"timeline of a 30-article corpus: {result['timeline_seconds_per_30_article_corpus']:.3f} s (median)")
    return 0
