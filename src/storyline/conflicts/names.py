"""Names: which names each unit has that the other lacks, and names in conflict.

- **spelling**: two names whose words pair up within a small edit distance,
  each spelling on one side only;
- **name**: a different name in the same place of otherwise matching wording
  (the token alignment shows the two names replacing each other).

A name only one side mentions also tells whose value a figure or date is: a
figure or date next to a name the other side lacks belongs to someone else.
Names are compared only with the names sharing an index key with them (a word,
or the initials of a spelling variant): a giant story compares thousands of
unit pairs.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..matching import matching_blocks
from ..memo import story_memo
from ..values import Name, common_prefix, edit_distance, same_words, spelling_variant, variant_words
from .view import NEAR_IDENTICAL, SAME_WORDING, _same_place, _View

#: Lone names this close to a figure say whose figure it is ("34 percent for his rival Lula").
_OWNER_REACH = 40
NameWords = tuple[tuple[str, ...], ...]


def _owners(view: _View, start: int, end: int, lone: list[Name]) -> bool:
    """Whether a name the other side does not mention stands close to the value at
    ``[start, end)``: whose figure or date it is ("34 percent for his main rival, Lula")."""
    return any(start - _OWNER_REACH <= n.end and n.start <= end + _OWNER_REACH
               and ";" not in view.article.text[min(n.end, start):max(n.start, end)] for n in lone)


def _opens(view: _View, name: Name) -> bool:
    """A one-word name opening its sentence: as likely a capitalised common word ("All", "Tribunal")."""
    return len(name.words) == 1 and name.start == view.unit.start


def _names_apart(u: _View, v: _View) -> tuple[tuple[list[Name], list[Name]], tuple[list[Name], list[Name]]]:
    """The lone names of each unit (:func:`_lone_words`) and, among them, the strangers
    (:func:`_stranger_words`)."""
    lone_u, lone_v, strange_u, strange_v = _name_sides(u.name_words, v.name_words)
    return (([u.names[k] for k in lone_u], [v.names[k] for k in lone_v]),
            ([u.names[k] for k in strange_u], [v.names[k] for k in strange_v]))


@story_memo(maxsize=1 << 14)
def _alike_keys(words: tuple[str, ...]) -> tuple[tuple, ...]:
    """Keys that two names share whenever :func:`~storyline.values.same_words` holds: a
    word, or the first three letters of every word (the same words up to word forms)."""
    return (*(("w", w) for w in words), ("p", tuple(w[:3] for w in words)))


@story_memo(maxsize=1 << 14)
def _kin_keys(words: tuple[str, ...]) -> tuple[tuple, ...]:
    """Keys that two names share whenever they share a word or are spelling variants (whose
    words pair up, each starting with the same letter)."""
    return (*(("w", w) for w in words), *_variant_keys(words))


@story_memo(maxsize=1 << 14)
def _variant_keys(words: tuple[str, ...]) -> tuple[tuple, ...]:
    return (("f", tuple(w[0] for w in words)),)


@story_memo(maxsize=1 << 13)  # each unit's names meet those of many others
def _index(names: NameWords, keys) -> dict[tuple, list[int]]:
    """The positions of the names by each of their ``keys`` (shared: not to be changed)."""
    index: dict[tuple, list[int]] = {}
    for k, words in enumerate(names):
        for key in keys(words):
            index.setdefault(key, []).append(k)
    return index


def _near(words: tuple[str, ...], index: dict[tuple, list[int]], keys) -> Iterator[int]:
    """The positions of the indexed names sharing a key with ``words`` (one may come twice):
    the only ones that can be the same name, kin or a spelling of it (the others are not compared)."""
    return (k for key in keys(words) for k in index.get(key, ()))


@story_memo(maxsize=1 << 16)
def _name_sides(names_u: NameWords, names_v: NameWords) -> tuple[tuple[int, ...], ...]:
    """The positions of the lone names of each side, then of the strangers among them."""
    lone_u, lone_v = _lone_words(names_u, names_v)
    strange_u, strange_v = _stranger_words(tuple(names_u[k] for k in lone_u), tuple(names_v[k] for k in lone_v))
    return lone_u, lone_v, tuple(lone_u[k] for k in strange_u), tuple(lone_v[k] for k in strange_v)


def _lone_words(names_u: NameWords, names_v: NameWords) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The positions of the names of each unit that the other does not account for (by their
    words). A name is accounted for by an at-least-as-full mention of it: "George Will" is not
    accounted for by a bare "Will" elsewhere in the other sentence."""
    index_u, index_v = _index(names_u, _alike_keys), _index(names_v, _alike_keys)
    return (tuple(k for k, a in enumerate(names_u)
                  if not any(same_words(a, names_v[j]) and len(names_v[j]) >= len(a)
                             for j in _near(a, index_v, _alike_keys))),
            tuple(k for k, b in enumerate(names_v)
                  if not any(same_words(names_u[i], b) and len(names_u[i]) >= len(b)
                             for i in _near(b, index_u, _alike_keys))))


def _stranger_words(first: NameWords, second: NameWords) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The positions of the lone names (``first``, ``second``: their words) that share no word
    with, and are no spelling variant of, a lone name of the other side: other people or places
    ("Xiong Guoming" and "Xiong Gouming" are one swimmer, "Abdel Basset Ali al-Megrahi" and
    "Abdel Basset Megrahi" one suspect)."""

    def kin(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        return bool(set(a) & set(b)) or variant_words(a, b)

    index_first, index_second = _index(first, _kin_keys), _index(second, _kin_keys)
    return (tuple(k for k, a in enumerate(first)
                  if not any(kin(a, second[j]) for j in _near(a, index_second, _kin_keys))),
            tuple(k for k, b in enumerate(second)
                  if not any(kin(first[i], b) for i in _near(b, index_first, _kin_keys))))


@story_memo(maxsize=1 << 16)
def _variant_pairs(names_u: NameWords, names_v: NameWords) -> tuple[tuple[int, int], ...]:
    """The positions of the names of each side spelled differently on the other, each spelling
    on its side only, in order."""
    spelled_u, spelled_v = set(names_u), set(names_v)
    index_v = _index(names_v, _variant_keys)
    return tuple((i, j) for i, a in enumerate(names_u) if a not in spelled_v
                 for j in sorted(set(_near(a, index_v, _variant_keys)))
                 if names_v[j] not in spelled_u and variant_words(a, names_v[j]))


def _spellings(u: _View, v: _View, overlap: float, lone: tuple[list[Name], list[Name]]
               ) -> list[tuple[str, str, str, str, str]]:
    """Names spelled differently, each spelling on one side only. A name of several words
    may be accounted for by a word form on the other side ("East Timorese" for "East Timor")
    and still be misspelled there ("East Temor"); a one-word name so accounted for is
    mentioned there ("Iran" by "Iranian": "Iraq" is another country)."""
    found = []
    for i, j in _variant_pairs(u.name_words, v.name_words):
        a, b = u.names[i], v.names[j]
        if len(a.words) == 1 and not (a in lone[0] and b in lone[1]):
            continue
        # a one-word name has no other word to vouch for it ("French" / "France"):
        # it needs the same place or matching wording
        if len(a.words) > 1 or overlap >= SAME_WORDING or _same_place(
                u, v, (a.start, a.end), (b.start, b.end), False):
            found.append(("spelling", a.text, " ".join(a.words), b.text, " ".join(b.words)))
    return found


def _same_role(u: _View, v: _View, a: Name, b: Name) -> bool:
    """Whether two names of as many words stand in the same place: the same words before and
    after them, or, when they share a word in the same position ("militant Islamic Jihad
    group" / "militant Islamic Hamas"), which anchors one end already, the same word on one
    side, provided the words in which they differ are named nowhere else in the other unit
    ("Abdel Basset Ali" is no other person than "Abdel Basset Megrahi" beside "al-Megrahi")."""
    if _same_place(u, v, (a.start, a.end), (b.start, b.end), True):
        return True
    if not any(x == y for x, y in zip(a.words, b.words, strict=True)):
        return False
    words_u = {w for n in u.names for w in n.words}
    words_v = {w for n in v.names for w in n.words}
    return (_same_place(u, v, (a.start, a.end), (b.start, b.end), False)
            and not (set(a.words) - set(b.words)) & words_v and not (set(b.words) - set(a.words)) & words_u)


def _alike(a: Name, b: Name) -> bool:
    """Whether two names differ only in alike words: "Lamen Khalifa Fhimah" / "Lamin Khalifah
    Fhimah" is one name spelled two ways, not another person."""
    return _alike_words(a.words, b.words)


@story_memo(maxsize=1 << 16)
def _alike_words(words_a: tuple[str, ...], words_b: tuple[str, ...]) -> bool:
    return all(x == y or common_prefix(x, y) >= 3 or (x[0] == y[0] and edit_distance(x, y, 2) <= 2)
               for x, y in zip(words_a, words_b, strict=True))


def _compare_names(u: _View, v: _View, overlap: float, wide: float, lone: tuple[list[Name], list[Name]],
                   strangers: tuple[list[Name], list[Name]]) -> list[tuple[str, str, str, str, str]]:
    """Spellings, and a name put in the place of another. One name replaces another only where
    one side names nobody else the other side does not: two lists that differ in several names
    ("cities such as Santiago, ... Temuco" / "cities such as Valparaiso, ... Concepcion") are
    two selections, not one name swapped."""
    found = _spellings(u, v, overlap, lone)
    if min(len(strangers[0]), len(strangers[1])) > 1:
        return found
    placed = [(a, b) for a in lone[0] for b in lone[1]
              if overlap >= SAME_WORDING and len(a.words) == len(b.words) and _same_role(u, v, a, b)]
    if wide >= NEAR_IDENTICAL:
        placed += [(a, b) for a, b in _replaced_names(u, v) if (a, b) not in placed and len(a.words) == len(b.words)]
    for a, b in placed:
        if (not spelling_variant(a, b) and not (_opens(u, a) or _opens(v, b)) and not _alike(a, b)
                and not (set(a.words) <= v.article_words and set(b.words) <= u.article_words)):
            found.append(("name", a.text, " ".join(a.words), b.text, " ".join(b.words)))
    return found


def _replaced_names(u: _View, v: _View) -> list[tuple[Name, Name]]:
    """In one sentence told twice, each name one side puts where the other puts another: the
    in-order token alignment replaces words of a name by words of a name. It finds a swap the
    lone names miss when the replaced name recurs on the swapping side ("lost confidence in the
    Windows CE software ... in lieu of Windows CE" with "Windows NT" in the first place)."""
    pairs = []
    i1 = j1 = 0
    for i2, j2, size in [*matching_blocks(u.stems, v.stems), (len(u.tokens), len(v.tokens), 0)]:
        if i2 > i1 and j2 > j1:  # words on both sides between two matched runs: replaced
            a = _name_around(u.names, u.tokens[i1][1], u.tokens[i2 - 1][2])
            b = _name_around(v.names, v.tokens[j1][1], v.tokens[j2 - 1][2])
            if a and b:
                pairs.append((a, b))
        i1, j1 = i2 + size, j2 + size
    return pairs


def _name_around(names: list[Name], start: int, end: int) -> Name | None:
    """The name that holds the text at ``[start, end)``, if any."""
    return next((n for n in names if n.start <= start and end <= n.end), None)
