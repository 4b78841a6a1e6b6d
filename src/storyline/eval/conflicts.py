"""Conflict detection measured by injecting disagreements into real clusters.

For each cluster of news articles (records with ``documents`` and ``doc_ids``,
e.g. DUC 2003 task 2), pick sentences that another article also states
(content-word Jaccard >= 0.5, no figure on each side that the other lacks)
and, in one article, alter a date, a number, a name, a name's spelling or the
polarity of that sentence, where the other sentence states the altered value
(for polarity: the auxiliary and the word after it). A detection is a
reported conflict of that kind (or ``drift`` of that aspect) with the altered
sentence on one side and another article on the other. Reports recall per
kind, the precision of all conflicts reported on altered clusters, and the
false conflicts per untouched cluster (scaled to 10 articles).
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import time
from dataclasses import dataclass, replace

from ..dates import find_dates
from ..model import Article, Brief, StoryInfo
from ..read.metadata import date_in_text
from ..segment import segment
from ..settings import Settings
from ..values import find_names, find_quantities
from .common import article, date_from_id, read_jsonl

KINDS = ("date", "number", "name", "spelling", "polarity")
DEFAULT_DATA = "../shared/data/mds/duc2003_task2.jsonl"
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
_SURNAMES = ["Thornbury", "Okonkwo-Reyes", "Vasquez-Lind", "Halloran", "Brightwater", "Castellane"]
#: An auxiliary to put "not" after; not one already negated ("can not", "can't": "can not't" negates nothing new).
_AUXILIARY = re.compile(r"\b(?:is|was|were|are|has|have|had|will|would|could|can|did|does|should)\b"
                        r"(?!\s+not\b|['’]t\b)")
#: Discrepancies between the real articles of the untouched DUC 2003 clusters, checked by hand
#: (pairs of normalised values, matched as substrings). Reported next to the raw figure.
GENUINE_DUC2003 = (
    ("xiong gouming", "xiong guoming"),  # one swimmer; APW spells his name both ways
    ("micrsoft", "microsoft"),  # a typo in NYT
    ("bin ladin", "bin laden"),  # NYT and AP transliterate differently
    ("jeddah", "jidda"),  # one Saudi city, two transliterations
    ("inkhata", "inkatha"),  # Inkatha Freedom Party misspelled in NYT19981028.0331
    ("hand carlsson", "hans carlsson"),  # the lead detective is Hans Carlsson; "Hand" is a typo
    ("gustafsson", "gustavsson"),  # one firefighter, two spellings
    ("tempeltuttle", "templetuttle"),  # Comet Tempel-Tuttle misspelled
    ("23 year", "32 year"),  # the same witness, Zaken, "a 23-year-old" vs "a 32-year-old" secretary
    ("162", "155"),  # injured in the Goteborg fire in two same-day AP stories
    ("1998-07", "1998-08"),  # the Security Council approved the Lockerbie trial plan in August 1998 (not July)
    ("150000", "100000"),  # the 1966 Leonid peak: "peaked at 150,000 meteors per hour" vs "up to 100,000" an hour
    ("interent explorer", "internet explorer"),  # a typo in NYT19981019.0284 (seen once "Microsoft's" is cut off)
)
#: The same for the untouched MultiLing 2011 English clusters (WikiNews; round 6, 2026-11-30).
GENUINE_MULTILING2011 = (
    ("shehzad tanweer", "shezhad tanweer"),  # one London bomber, spelled both ways by WikiNews articles
    ("hassib hussain", "hasib hussain"),  # another bomber, likewise
    ("mohammed sidique khan", "mohammed siddique khan"),  # and a third
    ("chilean army", "chilean navy"),  # SHOA, the hydrographic service, belongs to the Chilean Navy
    ("guantanomo bay", "guantanamo bay"),  # a misspelling
)
#: Hand-checked lists by data set (a substring of the data file's name).
GENUINE = {"duc2003": GENUINE_DUC2003, "multiling2011": GENUINE_MULTILING2011}
#: A figure as written ("2,000", "11.9").
_FIGURE = re.compile(r"\d(?:[\d,.]*\d)?")
_WORD_NUMBERS = {"two": "seven", "three": "eight", "four": "nine", "five": "eleven", "six": "twelve",
                 "seven": "two", "eight": "three", "nine": "four", "ten": "twenty"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", default=DEFAULT_DATA, help="clusters as JSONL (default: %(default)s)")
    parser.add_argument("--per-kind", type=int, default=2, metavar="N",
                        help="alterations per kind and cluster (default: %(default)s)")
    parser.add_argument("--limit", type=int, default=0, metavar="N", help="use only the first N clusters")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--no-semantic", action="store_true", help="lexical alignment only")
    parser.add_argument("--show", action="store_true", help="print every missed or false conflict")


@dataclass(frozen=True)
class Injection:
    kind: str
    article: str  # the altered article
    other: str  # the article that states the same sentence
    start: int  # the altered sentence in the altered text
    end: int
    before: str
    after: str


def cluster_articles(record: dict) -> tuple[Article, ...]:
    """The cluster's articles, dated by their document ids (DUC) or, as cleaning dates an
    article without metadata, by a date line near the top of the text (WikiNews in MultiLing)."""
    ids = record.get("doc_ids") or [f"{record.get('id', 'c')}-{k}" for k in range(len(record["documents"]))]
    return tuple(article(text, doc_id, date_from_id(doc_id) or date_in_text(text), doc_id[:3])
                 for text, doc_id in zip(record["documents"], ids, strict=True))


def run_pipeline(articles: tuple[Article, ...], settings: Settings) -> Brief:
    """The stages up to and including conflicts (provenance too, when present)."""
    from ..brief import STAGES  # the stages load their libraries: not for ``--help``
    from ..conflicts import conflicts as conflicts_stage
    brief = Brief(StoryInfo(None, len(articles)), articles)
    for stage in STAGES[: STAGES.index(conflicts_stage) + 1]:
        brief = stage(brief, settings)
    return brief


def _stated_pairs(articles: tuple[Article, ...]) -> list[tuple]:
    """Unit pairs of different articles sharing at least half their content words and not
    stating different figures ("won stage 13 of the 2004 Tour" and "won stage 15 of the 2004
    Tour" are two facts: an alteration of either would be a second difference)."""
    from ..claims import content_words, story_units
    units = story_units(articles)
    words = [set(content_words(u.text)) for u in units]
    figures = [set(_FIGURE.findall(u.text)) for u in units]
    pairs = []
    for i, u in enumerate(units):
        if len(words[i]) < 6:
            continue
        for j in range(i + 1, len(units)):
            v = units[j]
            if (v.article != u.article and len(words[j]) >= 6
                    and len(words[i] & words[j]) / len(words[i] | words[j]) >= 0.5
                    and not (figures[i] - figures[j] and figures[j] - figures[i])):
                pairs.append((u, v))
                pairs.append((v, u))
    return pairs


def _alteration(kind: str, text: str, start: int, end: int, other: str, anchor: str | None
                ) -> tuple[int, int, str] | None:
    """Where and how to alter a value of ``kind`` in text[start:end] that ``other`` also states."""
    if kind == "date":
        for d in find_dates(text, anchor, start, end):
            if d.text not in other:
                continue
            for index, day in enumerate(_WEEKDAYS):
                if day in d.text:
                    new = d.text.replace(day, _WEEKDAYS[(index + 3) % 7])
                    return d.start, d.end, new
            for index, month in enumerate(_MONTHS):
                if month in d.text:
                    return d.start, d.end, d.text.replace(month, _MONTHS[(index + 4) % 12])
            year = re.search(r"\b(19|20)\d\d\b", d.text)
            if year:
                return d.start + year.start(), d.start + year.end(), str(int(year.group()) - 3)
        return None
    if kind == "number":
        skip = tuple((d.start, d.end) for d in find_dates(text, anchor, start, end))
        # figures the other side states open-ended, compared whole: "4" is not the "14" of "more than 14"
        open_ended = {q.amount for q in find_quantities(other) if q.high == float("inf") or q.low == 0}
        for q in find_quantities(text, start, end, skip):
            number = re.search(r"\d[\d,.]*|[a-z]+", q.text.lower().split()[-1])
            digits = re.search(r"\d[\d,]*(?:\.\d+)?", q.text)
            if q.high == float("inf") or q.low == 0 or q.amount in open_ended:
                continue  # "more than 14" stays true of any larger figure, on either side: no contradiction
            if digits and q.value >= 2 and re.search(rf"(?<![\d.,]){re.escape(digits.group())}(?![\d]|[.,]\d)", other):
                value = float(digits.group().replace(",", ""))
                new = value * 2 if value >= 10 else value + 5
                shown = f"{int(new):,}" if "," in digits.group() else f"{new:g}"
                return q.start + digits.start(), q.start + digits.end(), shown
            word = q.text.lower().split()[-1] if number else ""
            if word in _WORD_NUMBERS and re.search(rf"\b{word}\b", other, re.IGNORECASE):
                at = q.start + q.text.lower().rindex(word)
                return at, at + len(word), _WORD_NUMBERS[word]
        return None
    names = [n for n in find_names(text, start, end)
             if len(n.text.split()) >= 2 and n.text in other and n.start > start]
    if kind == "name" and names:
        name = names[0]
        last = name.text.split()[-1]
        surname = next(s for s in _SURNAMES if s not in other)
        return name.end - len(last), name.end, surname
    if kind == "spelling":
        for name in names:
            last = name.text.split()[-1]
            vowels = [k for k, c in enumerate(last) if c in "aeiou" and 0 < k < len(last) - 1]
            if len(last) >= 5 and vowels:
                k = vowels[0]
                changed = last[:k] + ("e" if last[k] != "e" else "a") + last[k + 1:]
                return name.end - len(last) + 0, name.end, changed
        return None
    if kind == "polarity":
        match = _AUXILIARY.search(text, start, end)
        if match and not re.search(r"\b(?:not|never|no|n't|denied)\b", text[start:end]):
            # like a value of the other kinds, the negated words must be stated by the other side:
            # the auxiliary with the word after it ("is shown"), not a clause it lacks
            after = re.match(r"\s+([\w'-]+)", text[match.end():end])
            stated = after and re.search(rf"\b{match.group()}\s+{re.escape(after.group(1))}\b", other,
                                         re.IGNORECASE)
            if stated:
                return match.end(), match.end(), " not"
    return None


def injections(articles: tuple[Article, ...], per_kind: int, rng: random.Random) -> list[Injection]:
    """Up to ``per_kind`` alterations of each kind, on distinct sentences. The kind with the
    fewest candidate sentences chooses first: where few sentences are shared (MultiLing), the
    plentiful names and figures would otherwise take the only ones a date or an auxiliary is in."""
    by_id = {a.id: a for a in articles}
    pairs = _stated_pairs(articles)
    rng.shuffle(pairs)
    candidates = {kind: [(u, v, change) for u, v in pairs if (change := _alteration(
        kind, by_id[u.article].text, u.start, u.end, v.text, by_id[u.article].published))] for kind in KINDS}
    found, used = [], set()
    for kind in sorted(KINDS, key=lambda k: len({(u.article, u.start) for u, _, _ in candidates[k]})):
        count = 0
        for u, v, change in candidates[kind]:
            if count >= per_kind or (u.article, u.start) in used:
                continue
            text = by_id[u.article].text
            s, e, new = change
            altered = text[:s] + new + text[e:]
            found.append(Injection(kind, u.article, v.article, u.start, u.end + len(new) - (e - s),
                                   text, altered))
            used.add((u.article, u.start))
            count += 1
    return found


def _apply(articles: tuple[Article, ...], injection: Injection) -> tuple[Article, ...]:
    return tuple(replace(a, text=injection.after, sentences=segment(injection.after))
                 if a.id == injection.article else a for a in articles)


def _involves(conflict, injection: Injection) -> bool:
    """Whether a conflict has the altered sentence on one side and another article on the other."""
    altered_side = other_side = False
    for value in conflict.values:
        here = any(m.article == injection.article and m.start < injection.end and injection.start < m.end
                   for m in value.mentions)
        there = any(m.article != injection.article for m in value.mentions)
        altered_side |= here
        other_side |= there and not here
    return altered_side and other_side


def run(args: argparse.Namespace) -> int:
    records = read_jsonl(args.data)
    if args.limit:
        records = records[: args.limit]
    settings = Settings(semantic=not args.no_semantic)
    untouched, genuine, timings = [], [], []
    known = known_discrepancies(args.data)
    hits = dict.fromkeys(KINDS, 0)
    tried = dict.fromkeys(KINDS, 0)
    reported = correct = 0
    for index, record in enumerate(records):
        articles = cluster_articles(record)
        started = time.perf_counter()
        brief = run_pipeline(articles, settings)
        timings.append(time.perf_counter() - started)
        untouched.append(len(brief.conflicts) * 10 / max(1, len(articles)))
        genuine.append(sum(map(lambda c: _known(c, known), brief.conflicts)) * 10 / max(1, len(articles)))
        if args.show:
            for c in brief.conflicts:
                _show("false", brief, c)
        for injection in injections(articles, args.per_kind, random.Random(args.seed * 1000 + index)):
            altered = run_pipeline(_apply(articles, injection), settings)
            tried[injection.kind] += 1
            found = [c for c in altered.conflicts if _involves(c, injection)]
            if any(injection.kind in (c.kind, c.aspect) for c in found):
                hits[injection.kind] += 1
            elif args.show:
                print(f"missed {injection.kind}: {_sentence(injection)}")
            reported += len(altered.conflicts)
            correct += len(found)
    print(f"clusters: {len(records)}   data: {args.data}")
    for kind in KINDS:
        recall = hits[kind] / tried[kind] if tried[kind] else float("nan")
        print(f"recall {kind:9s} {recall:.3f}  ({hits[kind]}/{tried[kind]})")
    print(f"precision (altered clusters) {correct / reported if reported else float('nan'):.3f}"
          f"  ({correct}/{reported})")
    print(f"false conflicts per untouched 10-article cluster: mean {statistics.mean(untouched):.3f}"
          f"  (total {sum(untouched):.1f} over {len(untouched)})")
    if known:
        false = [u - g for u, g in zip(untouched, genuine, strict=True)]
        print(f"  of which hand-checked genuine discrepancies: {sum(genuine):.1f}; false: mean "
              f"{statistics.mean(false):.3f}  (total {sum(false):.1f})")
    print(f"claims+conflicts time per cluster: median {statistics.median(timings) * 1000:.0f} ms")
    return 0


def known_discrepancies(data: str) -> tuple[tuple[str, str], ...]:
    """The hand-checked genuine discrepancies of the data set at path ``data`` (none if unchecked)."""
    return next((pairs for name, pairs in GENUINE.items() if name in data), ())


def _known(conflict, known: tuple[tuple[str, str], ...]) -> bool:
    """Whether a conflict is one of the hand-checked genuine discrepancies."""
    normals = [v.normalized for v in conflict.values]
    return len(normals) == 2 and any(
        (a in normals[0] and b in normals[1]) or (b in normals[0] and a in normals[1]) for a, b in known)


def _sentence(injection: Injection) -> str:
    return injection.after[injection.start:injection.end].replace("\n", " ")[:200]


def _show(label: str, brief: Brief, conflict) -> None:
    texts = {a.id: a.text for a in brief.articles}
    print(f"{label} {conflict.kind} {conflict.confidence}")
    for value in conflict.values:
        m = value.mentions[0]
        print(f"    {value.value!r} ({value.normalized}) {m.article}: "
              f"{texts[m.article][m.start:m.end][:160]!r}")
