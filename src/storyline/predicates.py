"""Predicates: whether two aligned units state the same kind of fact.

Two sentences sharing names and places may still state different facts: "the
blaze broke out at 4:30 a.m. in a storage hall of the Greyline plant on
Quarry Road" and "Greyline denied that it had ignored safety warnings before
a fire that gutted a storage hall at its Quarry Road plant". The second one's
fact is the denial; the fire is only its setting.

Without a part-of-speech tagger, a verb is a lower-case word that looks like
one: a past form ("-ed", or a common irregular one such as "broke"), or the
word after an auxiliary ("has denied", "will review"); reporting verbs
("said", "confirmed") carry no fact of their own and are skipped. The *main*
verb is the first such word: news sentences open with their main clause.

A unit whose main verb is a denial ("denied", "rejected", "disputed") joins
only units related to one of its verbs: stating it (same stem: "ignored"
against "denied that it had ignored") or, with embeddings, close in meaning.
Measured on ECB+ (BENCHMARKS), a guard on every main verb cost far more
correct pairs than it saved, because single-word embeddings miss most verb
paraphrases ("tore"/"swept", "made an offer"/"offered"); a denial is the case
where shared names most often hide a different fact.
"""

from __future__ import annotations

import re

import numpy as np

from .embed import embed
from .segment import TOKEN
from .values import STOPWORDS, stem

#: Common irregular past forms of news verbs.
_IRREGULAR = frozenset((
    "became", "began", "blew", "broke", "brought", "built", "bought", "burnt", "caught", "chose", "came",
    "drew", "drove", "fell", "fled", "flew", "fought", "found", "froze", "gave", "got", "grew", "held",
    "hid", "hit", "hung", "knew", "laid", "led", "left", "lost", "made", "met", "paid", "ran", "rang",
    "rose", "sank", "saw", "sent", "shook", "shot", "sold", "sought", "spent", "spoke", "stole", "stood",
    "struck", "swept", "swore", "taken", "took", "threw", "tore", "withdrew", "won", "wrote",
))
_AUXILIARY = frozenset(("is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would",
                        "could", "can", "did", "does", "do", "should", "may", "might", "must", "to"))
_REPORTING = frozenset(("said", "says", "told", "reported", "added", "stated", "according", "announced",
                        "noted", "explained", "confirmed", "claimed", "quoted"))
_MODIFIERS = frozenset(("not", "also", "already", "still", "just", "now", "never", "ever", "then", "reportedly"))
#: A past form after these is an adjective ("the injured workers", "a fire that gutted").
_ATTRIBUTIVE = frozenset(("the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these",
                          "those", "some", "many", "several"))
_DENIAL = re.compile(r"den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|disput(?:e|es|ed|ing)|refut(?:e|es|ed|ing)")
#: Words at least this close in the bundled embeddings are related ("killed"/"died" 0.71,
#: "denied"/"ignored" 0.36; "broke"/"injured" 0.22).
RELATED = 0.35
_LOWER = re.compile(r"[a-z]+(?:-[a-z]+)*")


def verbs(text: str) -> tuple[str, ...]:
    """The words of ``text`` that look like verbs, in order, reporting verbs skipped."""
    tokens = TOKEN.findall(text)
    found = []
    for k, token in enumerate(tokens):
        if not _LOWER.fullmatch(token) or token in STOPWORDS or token in _REPORTING:
            continue
        before = [t.lower() for t in tokens[max(0, k - 3):k] if t.lower() not in _MODIFIERS]
        previous = before[-1] if before else ""
        past = (len(token) >= 5 and token.endswith("ed")) or token in _IRREGULAR
        if previous in _AUXILIARY or (past and previous not in _ATTRIBUTIVE and not previous.isdigit()):
            found.append(token)
    return tuple(found)


def _words(text: str) -> list[str]:
    """Lower-case content words (names are the setting, not the fact)."""
    return [t for t in TOKEN.findall(text) if _LOWER.fullmatch(t) and t not in STOPWORDS]


class Predicates:
    """The verbs of a story's units, and which pairs of units may share a claim."""

    def __init__(self, texts: list[str], semantic: bool) -> None:
        self.texts = texts
        self.verbs = [verbs(t) for t in texts]
        self.semantic = semantic
        self._judged: dict[tuple[int, int], bool] = {}
        # asked for every pair of units a claim may join: decided once per unit
        self._denials = [bool(found) and _DENIAL.fullmatch(found[0]) is not None for found in self.verbs]

    def denial(self, i: int) -> bool:
        """Whether unit ``i``'s main verb denies ("Greyline denied that ...")."""
        return self._denials[i]

    def linkable(self, i: int, j: int) -> bool:
        """Whether units ``i`` and ``j`` may state one fact: a denial only with a unit
        related to one of its verbs; any other pair passes."""
        if not (self._denials[i] or self._denials[j]):
            return True
        for k, other in ((i, j), (j, i)):
            if not self.denial(k):
                continue
            if (k, other) not in self._judged:
                self._judged[(k, other)] = self._related(self.verbs[k], _words(self.texts[other]))
            if not self._judged[(k, other)]:
                return False
        return True

    def _related(self, own: tuple[str, ...], words: list[str]) -> bool:
        if {stem(w) for w in own} & {stem(w) for w in words}:
            return True
        if not self.semantic or not words:
            return False
        vectors = embed([*own, *words])
        return bool(np.max(vectors[:len(own)] @ vectors[len(own):].T) >= RELATED)
