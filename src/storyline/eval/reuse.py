"""Clough & Stevenson text reuse: cut / light / heavy / non from a text and its source.

Features of a text against its source (all shares of the *text*):

* ``containment_n``: share of the text's word n-grams found in the source
  (n = 1, 2, 3, 5, 8): short n-grams survive light edits, long ones only cuts;
* ``longest_run``: the longest common word run, as a share of the text;
* ``verbatim``: share of the text in Storyline's verbatim runs (>= 8 words);
* ``aligned``: share aligned sentence by sentence (Storyline's paraphrase aligner);
* ``semantic``: cosine of the two texts' wordllama embeddings.

The classifier answers two questions with thresholds: reuse at all (one
threshold on one feature: ``non`` below or above it), then, for reuse, how
much was kept (two ordered cut points on one feature: heavy < light < cut,
the labels' own order). Each question's feature is the one whose threshold(s),
fitted on all but one task of the *training* data, predict the left-out task
best (inner leave one task out); the threshold(s) are then fitted on all
training texts (midpoints between observed values). Three numbers and two
feature choices: little to over-fit on 76 training texts.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

import numpy as np

from ..model import Article
from ..provenance.paraphrase import align, index_sentences
from ..provenance.passages import covered, shared_passages, tokenize
from ..provenance.relations import Thresholds

_WORD = re.compile(r"[^\W_]+")
NGRAMS = (1, 2, 3, 5, 8)
FEATURES = (*(f"containment_{n}" for n in NGRAMS), "longest_run", "verbatim", "aligned", "semantic")
REVISED = ("heavy", "light", "cut")  # least to most kept


def _grams(words: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def reuse_features(text: Article, source: Article, semantic: bool) -> dict[str, float]:
    """The features above for one text and its source."""
    words = _WORD.findall(text.text.lower())
    source_words = _WORD.findall(source.text.lower())
    out = {}
    for n in NGRAMS:
        grams = _grams(words, n)
        out[f"containment_{n}"] = len(grams & _grams(source_words, n)) / len(grams) if grams else 0.0
    matcher = difflib.SequenceMatcher(None, words, source_words, autojunk=False)
    longest = matcher.find_longest_match(0, len(words), 0, len(source_words)).size
    out["longest_run"] = longest / len(words) if words else 0.0
    tokens = tokenize([text, source])
    runs = [(p.a_start, p.a_end) for p in shared_passages(tokens, min_exact=8).get((0, 1), []) if p.exact]
    out["verbatim"] = float(covered(len(tokens[0].ids), runs).mean()) if len(tokens[0].ids) else 0.0
    out["aligned"] = align(index_sentences([text, source], semantic), 0, 1, Thresholds().sentence).share
    out["semantic"] = 0.0
    if semantic:
        from ..embed import embed

        vectors = embed([text.text, source.text])
        out["semantic"] = float(vectors[0] @ vectors[1])
    return out


def _cut_points(values: np.ndarray) -> np.ndarray:
    """Candidate thresholds: below all, between consecutive observed values, above all."""
    distinct = np.unique(values)
    return np.concatenate(([distinct[0] - 1e-9], (distinct[:-1] + distinct[1:]) / 2, [distinct[-1] + 1e-9]))


@dataclass(frozen=True, slots=True)
class ReuseClassifier:
    """``non`` when ``related`` says so, else heavy / light / cut by two cut points on ``kept``."""

    related: str
    related_cut: float
    unrelated_above: bool  # non when the feature is at or above the cut (else below)
    kept: str
    light_cut: float
    cut_cut: float

    def label(self, row: dict[str, float]) -> str:
        if (row[self.related] >= self.related_cut) == self.unrelated_above:
            return "non"
        value = row[self.kept]
        return REVISED[int(value >= self.light_cut) + int(value >= self.cut_cut)]


def _fit_related(rows: list[dict[str, float]], labels: list[str], feature: str) -> tuple[float, bool]:
    """The cut and side on ``feature`` that tell ``non`` from reuse best."""
    values = np.array([row[feature] for row in rows])
    truth = np.array([label == "non" for label in labels])
    best = (-1, 0.0, True)
    for cut in _cut_points(values):
        for above in (True, False):
            hits = int((((values >= cut) == above) == truth).sum())
            if hits > best[0]:
                best = (hits, round(float(cut), 4), above)
    return best[1], best[2]


def _fit_kept(rows: list[dict[str, float]], labels: list[str], feature: str) -> tuple[float, float]:
    """Two ordered cut points on ``feature`` that label most reuse texts right."""
    values = np.array([row[feature] for row in rows])
    truth = np.array([REVISED.index(label) for label in labels])
    cuts = _cut_points(values)
    above = values[None, :] >= cuts[:, None]  # (cut, text)
    best = (-1, 0.0, 0.0)
    for low in range(len(cuts)):
        predicted = above[low][None, :].astype(np.int64) + above[low:]
        hits = (predicted == truth[None, :]).sum(axis=1)
        top = int(hits.argmax())
        if hits[top] > best[0]:
            best = (int(hits[top]), round(float(cuts[low]), 4), round(float(cuts[low + top]), 4))
    return best[1], best[2]


def _choose(rows: list[dict[str, float]], labels: list[str], tasks: list[str], fit, predict) -> str:
    """The feature whose fit on all but one task predicts the left-out task best (ties: list order)."""
    scores = {}
    for feature in FEATURES:
        hits = 0
        for task in sorted(set(tasks)):
            train = [i for i, t in enumerate(tasks) if t != task]
            model = fit([rows[i] for i in train], [labels[i] for i in train], feature)
            hits += sum(predict(rows[i], feature, model) == labels[i] for i, t in enumerate(tasks) if t == task)
        scores[feature] = hits
    return max(FEATURES, key=lambda f: (scores[f], -FEATURES.index(f)))


def fit_reuse_classifier(rows: list[dict[str, float]], labels: list[str], tasks: list[str]) -> ReuseClassifier:
    """Both questions' features by inner leave one task out, then their cut points on all ``rows``."""
    related_labels = ["non" if label == "non" else "reuse" for label in labels]

    def says_related(row, feature, model):
        return "non" if (row[feature] >= model[0]) == model[1] else "reuse"

    related = _choose(rows, related_labels, tasks, _fit_related, says_related)
    reuse = [i for i, label in enumerate(labels) if label != "non"]
    reuse_rows, reuse_labels = [rows[i] for i in reuse], [labels[i] for i in reuse]

    def says_kept(row, feature, model):
        return REVISED[int(row[feature] >= model[0]) + int(row[feature] >= model[1])]

    kept = _choose(reuse_rows, reuse_labels, [tasks[i] for i in reuse], _fit_kept, says_kept)
    return ReuseClassifier(related, *_fit_related(rows, labels, related), kept,
                           *_fit_kept(reuse_rows, reuse_labels, kept))
