"""Text utilities shared by every summarizer: words, stems, stop words.

Stems come from the Porter algorithm (``snowballstemmer``, pure Python, no
data files), cached per word because a story repeats its vocabulary.
"""

from __future__ import annotations

from functools import lru_cache

import snowballstemmer

from ..segment import TOKEN

STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself just
me more most my myself no nor not now of off on once only or other our ours ourselves out over
own same she should so some such than that the their theirs them themselves then there these they
this those through to too under until up very was we were what when where which while who whom
why will with would you your yours yourself yourselves s t don ve ll re d m o y ain isn aren
wasn weren hasn haven hadn doesn didn won wouldn shan shouldn mustn mightn couldn needn may might
must shall said says say told according mr mrs ms one two new also
""".split())  # noqa: SIM905

_PORTER = snowballstemmer.stemmer("porter")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Porter stem of a lower-cased word."""
    return _PORTER.stemWord(word)


#: Stems of the stop words, to test stemmed tokens.
STOP_STEMS = frozenset(stem(word) for word in STOPWORDS)


def words(text: str) -> list[str]:
    """Lower-cased word tokens (letters, digits, inner hyphens and apostrophes)."""
    return [match.group().lower() for match in TOKEN.finditer(text)]


def stems(text: str) -> list[str]:
    """Porter stems of every word of ``text``, stop words included, in order."""
    return [stem(word) for word in words(text)]


def content_stems(text: str) -> list[str]:
    """Porter stems of the words of ``text`` that are not stop words."""
    return [stem(word) for word in words(text) if word not in STOPWORDS]


def word_count(text: str) -> int:
    """Words as a word budget counts them: white-space separated tokens."""
    return len(text.split())
