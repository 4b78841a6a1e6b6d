"""The Clough & Stevenson reuse features and the threshold classifier, on synthetic data."""

import numpy as np

from storyline.eval.reuse import FEATURES, fit_reuse_classifier, reuse_features
from storyline.model import Article
from storyline.segment import segment

SOURCE = ("Inheritance lets a new class reuse the fields and methods of an existing class. "
          "The existing class is called the parent and the new one the child. "
          "A child may override a method to change what it does. "
          "Languages such as Java allow a class only one parent.")
UNRELATED = ("The river flooded the lower town twice last spring. "
             "Volunteers filled sandbags along the old quay for three days.")


def _article(ident: str, text: str) -> Article:
    return Article(id=ident, text=text, sentences=segment(text))


def test_features_separate_a_cut_from_an_unrelated_text():
    source = _article("source", SOURCE)
    cut = reuse_features(_article("cut", SOURCE), source, semantic=False)
    unrelated = reuse_features(_article("other", UNRELATED), source, semantic=False)
    assert set(cut) == set(FEATURES)
    assert cut["containment_8"] == 1.0 and cut["longest_run"] == 1.0 and cut["verbatim"] == 1.0
    assert unrelated["containment_3"] == 0.0 and unrelated["verbatim"] == 0.0 and unrelated["aligned"] == 0.0


def _rows(rng: np.random.Generator, labels: list[str]) -> list[dict[str, float]]:
    """Noise everywhere except ``aligned`` (tells non from reuse) and ``longest_run`` (how much was kept)."""
    kept = {"heavy": 0.1, "light": 0.4, "cut": 0.8}
    rows = []
    for label in labels:
        row = {feature: float(rng.random()) for feature in FEATURES}
        row["aligned"] = 0.05 if label == "non" else 0.6 + 0.3 * float(rng.random())
        if label != "non":  # a non text's longest run is noise like the rest
            row["longest_run"] = kept[label] + 0.1 * float(rng.random())
        rows.append(row)
    return rows


def test_classifier_picks_the_informative_features_and_labels_a_held_out_task():
    rng = np.random.default_rng(3)
    labels = ["non", "heavy", "light", "cut"] * 6
    tasks = [task for task in "abc" for _ in range(8)]
    classifier = fit_reuse_classifier(_rows(rng, labels), labels, tasks)
    assert (classifier.related, classifier.kept) == ("aligned", "longest_run")
    assert not classifier.unrelated_above and 0.15 <= classifier.related_cut <= 0.6
    held_out = ["cut", "non", "light", "heavy"]
    assert [classifier.label(row) for row in _rows(rng, held_out)] == held_out
