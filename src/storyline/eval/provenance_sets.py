"""Labelled story sets for the provenance evaluation, generated from real articles.

From a collection of distinct articles grouped by event (the clusters of a
multi-document summarisation set), each story set takes one article as the
origin and derives from it, as outlets do: verbatim copies (re-wrapped, curly
quotes), excerpts (the first paragraphs), blogs that quote blocks with an
intro line and add commentary and reader comments, and rewrites (sentences
reordered, words replaced by synonyms, attributions moved, sentences dropped
and added). Other articles of the same cluster that share no 8-word run with
the origin are independent reports of the same event, sometimes with
derivatives of their own. Half of the sets carry publication dates (sources
first), half none. Everything is drawn from one seeded generator.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..commands.common import read_jsonl
from ..read.metadata import dateline
from ..segment import sentence_spans

OUTLETS = ("Morning Post", "Valley Times", "Metro Daily", "Daily Ledger", "Harbor Herald", "City Tribune",
           "Evening Gazette", "Lakeside Journal", "Capital Chronicle", "Northern Courier", "Bay Observer",
           "River Sentinel", "Summit Dispatch", "Coast Examiner", "Plains Register", "Civic Desk Blog")
SYNONYMS = {
    "said": "stated", "says": "states", "told": "informed", "announced": "declared", "killed": "left dead",
    "people": "individuals", "officials": "authorities", "government": "administration", "began": "started",
    "big": "large", "large": "sizable", "small": "minor", "help": "assist", "about": "around",
    "more than": "over", "however": "but", "also": "additionally", "because": "since", "after": "following",
    "before": "prior to", "show": "indicate", "showed": "indicated", "expected": "anticipated",
    "attack": "assault", "country": "nation", "leader": "head", "meeting": "talks", "hospital": "medical center",
    "police": "officers", "children": "kids", "week": "seven days", "called": "described", "plan": "proposal",
    "important": "significant", "increase": "rise", "decided": "chose", "tried": "attempted", "buy": "purchase",
    "many": "numerous", "several": "a number of", "needed": "required", "need": "require", "end": "conclusion",
    "area": "region", "city": "town", "agreed": "consented", "asked": "requested", "started": "began",
}
_COMMENTARY = (
    "I have been following this story for a while, and this is the part that worries me most.",
    "Frankly, I am not surprised, and I doubt many of my readers will be either.",
    "What strikes me is how little has been said about who will pay for all of this.",
    "I will keep an eye on how this develops and post an update when I know more.",
    "My own view is that the officials involved owe everyone a clearer explanation.",
    "We have seen this pattern before, and it rarely ends the way the statements promise.",
)
_COMMENTS = ("Comments (2)\n\nRiverWatcher says:\nGreat post, thanks for sharing.\nReply\n\n"
             "Ann P. says:\nI disagree with the last paragraph.\nReply")


@dataclass
class StorySet:
    """One generated story: article records and the gold derivation edges and groups."""

    records: list[dict]
    edges: dict[str, tuple[str, str]] = field(default_factory=dict)  # derived id -> (source id, kind)
    groups: dict[str, str] = field(default_factory=dict)  # article id -> origin id
    dated: bool = False


def load_clusters(paths: list[str | Path], min_words: int = 150) -> list[list[str]]:
    """Clusters of documents from MDS JSONL files (files or folders of them)."""
    files = []
    for path in map(Path, paths):
        files.extend(sorted(path.glob("*.jsonl")) if path.is_dir() else [path])
    clusters = []
    for file in files:
        for record in read_jsonl(str(file), needs=("documents",)):
            documents = [d for d in record["documents"] if isinstance(d, str) and len(d.split()) >= min_words]
            if len(documents) >= 2:
                clusters.append(documents)
    return clusters


def _grams(text: str, n: int = 8) -> set[tuple[str, ...]]:
    words = re.findall(r"[^\W_]+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def _sentences(text: str) -> list[str]:
    flat = " ".join(text.split())
    return [flat[s:e] for s, e in sentence_spans(flat)]


def _paragraphs(sentences: list[str], rng: random.Random) -> str:
    out, current = [], []
    for sentence in sentences:
        current.append(sentence)
        if len(current) >= rng.randint(1, 3):
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return "\n\n".join(out)


def _rewrap(text: str, rng: random.Random) -> str:
    """Curly quotes and hard line breaks: the same words, other characters."""
    text = re.sub(r"``|''|\"", lambda m: "“" if rng.random() < 0.5 else "”", text)
    words = text.split(" ")
    return " ".join(w + ("\n" if rng.random() < 0.04 and "\n" not in w else "") for w in words).replace("\n ", "\n")


def _rewrite_sentence(sentence: str, rng: random.Random) -> str:
    """Synonyms for most replaceable words; an attribution moved to the front."""
    for word, synonym in SYNONYMS.items():
        if rng.random() < 0.8:
            sentence = re.sub(rf"\b{word}\b", synonym, sentence)
    moved = re.match(r"^(.{20,}?),\s+((?:[A-Z][\w.]*\s+){1,4}(?:stated|informed|declared))\.?$", sentence)
    if moved and rng.random() < 0.7:
        sentence = f"{moved.group(2)} that {moved.group(1)[0].lower()}{moved.group(1)[1:]}."
    clause = re.match(r"^(.{15,}?), (when|after|following|because|since|while) (.{10,})\.$", sentence)
    if clause and rng.random() < 0.5:
        main = clause.group(1)
        sentence = f"{clause.group(2).capitalize()} {clause.group(3)}, {main[0].lower()}{main[1:]}."
    return sentence


def _rewrite(sentences: list[str], filler: list[str], rng: random.Random) -> list[str]:
    drop = rng.uniform(0.1, 0.3)  # rewrites condense
    kept = [s for s in sentences if rng.random() > drop] or sentences[:1]
    for i in range(len(kept) - 1):  # local reordering keeps the overall order of facts
        if rng.random() < 0.2:
            kept[i], kept[i + 1] = kept[i + 1], kept[i]
    out = [_rewrite_sentence(s, rng) for s in kept]
    for extra in rng.sample(filler, min(len(filler), rng.randint(0, 2))):
        out.insert(rng.randint(1, len(out)), extra)
    return out


def _derive(kind: str, sentences: list[str], outlet: str, filler: list[str], rng: random.Random) -> str:
    if kind == "copy":
        return _rewrap(_paragraphs(sentences, rng), rng)
    if kind == "excerpt":
        return _paragraphs(sentences[: max(2, int(len(sentences) * rng.uniform(0.3, 0.6)))], rng)
    if kind == "quotes":
        start = rng.randint(0, max(0, len(sentences) - 4))
        block = sentences[start : start + rng.randint(2, 4)]
        intro = rng.choice([f"From {outlet}'s report:", f"As {outlet} reported:"])
        opening = rng.choice(_COMMENTARY)
        closing = " ".join(rng.sample([c for c in _COMMENTARY if c != opening], 2))
        marker = rng.random() < 0.5
        quoted = "\n\n".join(("> " if marker else "") + p for p in _paragraphs(block, rng).split("\n\n"))
        return f"{opening}\n\n{intro}\n\n{quoted}\n\n{closing}\n\n{_COMMENTS}"
    rewritten = _rewrite(sentences, filler, rng)
    if rng.random() < 0.5:  # many rewrites credit their source
        rewritten[0] = rewritten[0].rstrip(".") + f", {outlet} reported."
    return _paragraphs(rewritten, rng)


def _origin_outlet(text: str, used: set[str], rng: random.Random) -> str:
    _, wire, _ = dateline(text)
    if wire and wire not in used:
        return wire
    return rng.choice([o for o in OUTLETS if o not in used])


def make_set(number: int, clusters: list[list[str]], rng: random.Random) -> StorySet | None:
    """One story set from a random cluster, or None when the cluster has no usable independent article."""
    cluster = clusters[rng.randrange(len(clusters))]
    documents = rng.sample(cluster, len(cluster))
    origins = [documents[0]]
    grams = [_grams(documents[0])]
    for document in documents[1:]:
        g = _grams(document)
        if len(origins) < 1 + rng.randint(1, 2) and all(len(g & other) <= 1 for other in grams):
            origins.append(document)
            grams.append(g)
    if len(origins) < 2:
        return None
    other = clusters[rng.randrange(len(clusters))]
    filler = [s for s in _sentences(rng.choice(other)) if 8 <= len(s.split()) <= 30][:6]
    story = StorySet([], dated=rng.random() < 0.5)
    used: set[str] = set()
    kinds = ["copy", "excerpt", "quotes", "rewrite"]
    for index, text in enumerate(origins):
        outlet = _origin_outlet(text, used, rng)
        used.add(outlet)
        origin_id = f"s{number}-o{index}"
        story.records.append(_record(origin_id, text, outlet, story.dated, 0, rng))
        story.groups[origin_id] = origin_id
        derived_kinds = rng.sample(kinds, rng.randint(1, 4)) if index == 0 else \
            (rng.sample(kinds, rng.randint(0, 2)))
        sentences = _sentences(text)
        for k, kind in enumerate(derived_kinds):
            name = rng.choice([o for o in OUTLETS if o not in used])
            used.add(name)
            derived_id = f"s{number}-o{index}-{kind}"
            story.records.append(_record(derived_id, _derive(kind, sentences, outlet, filler, rng), name,
                                         story.dated, 1 + k, rng))
            story.edges[derived_id] = (origin_id, kind)
            story.groups[derived_id] = origin_id
    return story


def _record(identifier: str, text: str, outlet: str, dated: bool, order: int, rng: random.Random) -> dict:
    record = {"id": identifier, "text": text, "source": outlet}
    if dated:
        record["date_publish"] = f"2024-05-0{1 + min(order, 8)}T{rng.randint(8, 20):02d}:00:00"
    return record


def generate(path: list[str | Path], sets: int, seed: int) -> list[StorySet]:
    """``sets`` labelled story sets from the clusters at ``path``."""
    clusters = load_clusters(path)
    rng = random.Random(seed)
    out: list[StorySet] = []
    attempts = 0
    while len(out) < sets and attempts < sets * 20 and clusters:
        attempts += 1
        story = make_set(len(out), clusters, rng)
        if story is not None:
            out.append(story)
    return out
