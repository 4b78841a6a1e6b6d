"""The attribution stage: quotes of the story, speakers resolved, merged across articles.

Each article's attributions come from :func:`storyline.attribution.find_attributions`.
A speaker is resolved to an entity of :mod:`storyline.entities` when its span
overlaps a name ("Fire Chief Tomas Brandt", "Brandt"), for a pronoun to the
last person (or, for "it", organisation) named before it outside quotes, and
for a definite description ("the fire service") to the one organisation whose
name ends in its words.
Anonymous and collective speakers stay as written, with no entity.

The same quote reported by several articles is one :class:`Quote`: contents
are compared by their normalised word 3-grams (a sparse quote x shingle
product, only pairs sharing a shingle are counted) and join when half of the
shorter one's shingles are in the other and the speakers do not disagree.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from .attribution import Attribution, find_attributions
from .components import UnionFind
from .cues import states
from .entities import StoryEntities, entities_of
from .freequotes import is_title
from .gazetteer import ROLE_NOUNS, TITLES
from .model import Brief, Entity, Quote, QuoteMention, Span, Speaker
from .quotemarks import QuoteSpan
from .settings import Settings

_PRONOUNS = {"he": {"person"}, "she": {"person"}, "him": {"person"}, "her": {"person"},
             "it": {"organization", "outlet"}, "who": {"person", "organization", "outlet"}}
_ANONYMOUS = {"a", "an", "one", "two", "three", "four", "five", "six", "several", "some", "many", "another",
              "most", "few", "other", "others", "dozens", "senior", "people", "officials", "sources", "source"}
_NORMAL_WORD = re.compile(r"\w+")
_DESCRIPTION_WORD = re.compile(r"[\w’']+")
_EDGE = "\"“”‘’'«»` ,.\n"
_OPENING = set("\"“‘'«`")
_JOINING_WORD = re.compile(r"^(?:and|but)\s+(?=\w)")
_SHINGLE = 3
_OVERLAP = 0.5
_LINK_BLOCK = 512  # records whose shared-shingle counts are computed at once (memory: block x records)


@dataclass(frozen=True, slots=True)
class _Record:
    """One attribution of one article, its speaker resolved."""

    article: str
    order: int  # position of the article in the brief
    attribution: Attribution
    speaker_text: str | None
    entity: str | None
    role: str | None
    words: tuple[str, ...]


@lru_cache(maxsize=512)
def _cached_attributions(text: str) -> tuple[Attribution, ...]:
    return tuple(find_attributions(text))


def _resolve(found: StoryEntities, names: dict[str, Entity], article: str, text: str,
             attribution: Attribution, quoted: list[tuple[int, int]]) -> tuple[str | None, str | None]:
    """(entity id, role) of the speaker of one attribution."""
    if attribution.speaker is None:
        return None, None
    start, end = attribution.speaker
    written = text[start:end]
    kinds = _PRONOUNS.get(written.lower())
    if kinds is not None:
        entity = _last_named_before(found, names, article, start, kinds, quoted)
        return entity, (names[entity].roles[0] if entity and names[entity].roles else None)
    first = written.split()[0].lower() if written.split() else ""
    if first in _ANONYMOUS:  # "two officials at the agency": a collective source, not the agency
        return None, None
    entity = found.at(article, start, _head_end(text, start, end)) or _described(names, written)
    if entity is None or names[entity].type == "place":
        return None, None
    role = _role_in(written, names[entity])
    return entity, role or (names[entity].roles[0] if names[entity].roles else None)


_DESCRIBERS = {"the", "a", "an", "another", "his", "her", "their", "its", "our"}
_AFTER_HEAD = re.compile(r"\s(?:from|at|with|for)\s")


def _head_end(text: str, start: int, end: int) -> int:
    """Where the head of a speaker phrase ends: before an apposition ("Greyline, a Harwick
    employer") or a place of work ("John Smith from Reuters"), unless the phrase opens with a
    description of the name after the comma ("The Harwick mayor, Dana Pruitt", "Greyline's
    boss, Anna Berg")."""
    comma = text.find(",", start, end)
    if comma > start:
        words = text[start:comma].split()
        after = text[comma + 1:end].strip()
        describes = after[:1].isupper() and (
            words[0].lower() in _DESCRIBERS or words[0].endswith(("'s", "’s")) or words[-1].islower())
        if describes:
            return end
        end = comma
    place = _AFTER_HEAD.search(text, start, end)
    return place.start() if place else end


def _described(names: dict[str, Entity], written: str) -> str | None:
    """The one organisation a definite description names by the end of its name:
    "the fire service" or "the town's fire service" is the Harwick Fire Service
    when no other organisation of the story ends in "fire service"."""
    words = _DESCRIPTION_WORD.findall(written.lower())
    if len(words) < 2 or words[0] != "the":
        return None
    head = tuple(w for w in words[1:] if not w.endswith(("'s", "’s")))
    if not head or not all(w.isalpha() for w in head):
        return None
    found = [entity.id for entity in names.values() if entity.type == "organization"
             and tuple(_DESCRIPTION_WORD.findall(entity.name.lower()))[-len(head):] == head]
    return found[0] if len(found) == 1 else None


def _last_named_before(found: StoryEntities, names: dict[str, Entity], article: str, at: int,
                       kinds: set[str], quoted: list[tuple[int, int]]) -> str | None:
    """The entity of the last mention of one of ``kinds`` ending before ``at``
    outside quotes (``quoted`` sorted, not overlapping)."""
    mentions = found.mentions.get(article, ())
    quote_starts = [s for s, _ in quoted]
    index = bisect_left(mentions, (at,)) - 1
    while index >= 0:
        m_start, m_end, entity = mentions[index]
        inside = bisect_right(quote_starts, m_start) - 1
        if m_end <= at and names[entity].type in kinds and not (inside >= 0 and m_start < quoted[inside][1]):
            return entity
        index -= 1
    return None


def _role_in(written: str, entity: Entity) -> str | None:
    """What the speaker phrase says besides the name: "company spokesman"."""
    rest = written
    for name in sorted((entity.name, *entity.aliases), key=len, reverse=True):
        if name and name in rest:
            rest = rest.replace(name, " ")
            break
    words = [w for w in re.findall(r"[\w’'.-]+", rest) if w.lower() not in {"the", "a", "an", "of"}]
    if not any(w.lower().strip(".") in TITLES | ROLE_NOUNS for w in words):
        return None
    return rest.strip(" ,").removeprefix("the ").removeprefix("The ").removeprefix("a ").removeprefix("an ")


def _normal_words(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _NORMAL_WORD.findall(text))


def _shingles(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    if len(words) < _SHINGLE:
        return {words} if words else set()
    return {words[i:i + _SHINGLE] for i in range(len(words) - _SHINGLE + 1)}


def _records(brief: Brief, found: StoryEntities) -> list[_Record]:
    names = {e.id: e for e in found.entities}
    records = []
    for order, article in enumerate(brief.articles):
        attributions = _cached_attributions(article.text)
        quoted = sorted(part for a in attributions if a.kind == "direct" for part in a.content)
        for attribution in attributions:
            if attribution.kind == "indirect" and not _reports_a_statement(article.text, attribution):
                continue
            if attribution.kind == "direct" and not _says_something(article.text, attribution):
                continue
            entity, role = _resolve(found, names, article.id, article.text, attribution, quoted)
            speaker = attribution.speaker
            words = _normal_words(" ".join(article.text[s:e] for s, e in attribution.content))
            records.append(_Record(article.id, order, attribution,
                                   article.text[speaker[0]:speaker[1]] if speaker else None,
                                   entity, role, words))
    return records


#: What a cue names that is no statement: "declined to comment", "refused to elaborate".
_NO_STATEMENT = re.compile(r"to\s+(?:comment|elaborate|discuss|say\s+more|speak|answer|respond)\b", re.I)
_NO_STATEMENT_WORDS = 12  # "declined to comment when contacted by Reuters on Tuesday": an adjunct, no clause


def _reports_a_statement(text: str, attribution: Attribution) -> bool:
    """An indirect attribution the brief lists: someone stated it ("said", "according to",
    "believes"), not a poll result, a question without its asker, a vote, or a refusal to
    comment."""
    return attribution.speaker is not None and attribution.cue is not None \
        and states(text[attribution.cue[0]:attribution.cue[1]]) \
        and not _refuses_comment(" ".join(text[s:e] for s, e in attribution.content).strip())


def _refuses_comment(content: str) -> bool:
    return _NO_STATEMENT.match(content) is not None and len(content.split()) <= _NO_STATEMENT_WORDS


def _says_something(text: str, attribution: Attribution) -> bool:
    """A direct quote the brief lists: someone's words, not a name in quote marks with or
    without a speaker ("the festival, known as the “Harwick Lights”", "films such as “Frozen”")."""
    if attribution.speaker is None or attribution.speaker[0] == attribution.speaker[1]:
        return False
    return not (len(attribution.content) == 1 and is_title(text, QuoteSpan(*attribution.content[0])))


def _compatible(a: _Record, b: _Record) -> bool:
    if a.entity and b.entity:
        return a.entity == b.entity
    return True


def _groups(records: list[_Record]) -> list[list[int]]:
    """Records whose contents overlap enough, joined into groups (ordered by their first record).

    Records of the same words and speaker entity link alike, so each such kind is compared
    once: copies repeat every quote, and a story of thousands of copies would otherwise
    compare every pair of them."""
    kinds: dict[tuple, int] = {}
    kind_of = [kinds.setdefault((r.words, r.entity) if r.words else ((), i), len(kinds))
               for i, r in enumerate(records)]
    first: dict[int, int] = {}
    for i, kind in enumerate(kind_of):
        first.setdefault(kind, i)
    linked = _linked([records[first[kind]] for kind in range(len(kinds))])
    groups: dict[int, list[int]] = {}
    for i, kind in enumerate(kind_of):
        groups.setdefault(linked.find(kind), []).append(i)
    return list(groups.values())


def _linked(records: list[_Record]) -> UnionFind:
    """Union-find over ``records``: two are linked when their contents share enough word shingles
    (half of the smaller one's) and their speakers do not disagree.

    The shared-shingle counts of every pair come from a sparse product of the record x shingle
    matrix with itself, a block of records at a time, and the links of each block are joined
    by connected components: the same groups as counting pair by pair in Python, whose cost
    grew with the square of the records sharing a stock phrase (tens of thousands in a giant
    story)."""
    count = len(records)
    columns: dict[tuple[str, ...], int] = {}
    rows, cols = [], []
    for i, record in enumerate(records):
        for gram in _shingles(record.words):
            rows.append(i)
            cols.append(columns.setdefault(gram, len(columns)))
    matrix = sparse.csr_matrix((np.ones(len(rows), dtype=np.int32), (rows, cols)), shape=(count, len(columns)))
    sizes = np.diff(matrix.indptr)
    speakers: dict[str, int] = {}
    entity = np.array([speakers.setdefault(r.entity, len(speakers)) if r.entity else -1 for r in records],
                      dtype=np.int64)
    first = np.arange(count)
    transposed = matrix.T.tocsr()
    for lo in range(0, count, _LINK_BLOCK):
        shared = (matrix[lo:lo + _LINK_BLOCK] @ transposed).tocoo()
        i, j = shared.row + lo, shared.col
        smaller = np.minimum(sizes[i], sizes[j])
        keep = (i < j) & (smaller > 0) & (shared.data >= _OVERLAP * smaller) \
            & ((entity[i] < 0) | (entity[j] < 0) | (entity[i] == entity[j]))
        edges = sparse.coo_matrix((np.ones(int(keep.sum()) + count), (np.r_[i[keep], np.arange(count)],
                                                                       np.r_[j[keep], first])),
                                  shape=(count, count))  # this block's links, and each record to its group
        _, label = connected_components(edges, directed=False)
        first = np.full(label.max() + 1, count)
        np.minimum.at(first, label, np.arange(count))
        first = first[label]  # each record's group by its first record
    linked = UnionFind(count)
    for i, head in enumerate(first.tolist()):
        linked.union(head, i)
    return linked


def _best_speaker(records: list[_Record], names: dict[str, Entity]) -> Speaker:
    """A named speaker over a pronoun, an entity over none."""
    def rank(r: _Record):
        pronoun = (r.speaker_text or "").lower() in _PRONOUNS
        return (r.speaker_text is None, r.entity is None, pronoun, r.order)

    best = min(records, key=rank)
    text = best.speaker_text or ""
    if best.entity and (text.lower() in _PRONOUNS or not text):
        text = names[best.entity].name
    return Speaker(text=text, entity=best.entity, role=best.role)


def _quote_text(text: str, parts: tuple[tuple[int, int], ...]) -> str:
    """The parts joined, without the quote marks that enclose a whole part, nor the
    conjunction that carried a reported part on ("he added, and their condition was stable")."""
    out = []
    for start, end in parts:
        part = text[start:end].strip()
        if part[:1] in _OPENING:  # a direct part: its own quote marks go
            part = part.strip(_EDGE)
        elif out:  # a reported part after the first: the conjunction that carried it on goes
            part = _JOINING_WORD.sub("", part)
        out.append(part.rstrip(","))
    return " … ".join(out)


def story_quotes(brief: Brief) -> tuple[Quote, ...]:
    """Every quote of the story, one per distinct statement."""
    found = entities_of(brief)
    names = {e.id: e for e in found.entities}
    texts = {a.id: a.text for a in brief.articles}
    records = _records(brief, found)
    quotes = []
    for group in _groups(records):
        members = sorted((records[i] for i in group), key=lambda r: (r.order, r.attribution.content))
        main = max(members, key=lambda r: (len(r.words), -r.order))
        attribution = main.attribution
        text = _quote_text(texts[main.article], attribution.content)
        cue = texts[main.article][slice(*attribution.cue)].lower() if attribution.cue else ""
        cue = cue if any(c.isalpha() for c in cue) else ""  # a credit dash ("“...” ― Ana Ruiz") is no word
        mentions = tuple(
            QuoteMention(content=Span(r.article, s, e),
                         speaker=Span(r.article, *r.attribution.speaker) if r.attribution.speaker else None,
                         cue=Span(r.article, *r.attribution.cue) if r.attribution.cue else None)
            for r in members for s, e in r.attribution.content)
        kind = "direct" if any(r.attribution.kind == "direct" for r in members) else "indirect"
        speaker = _best_speaker(members, names)
        key = f"{' '.join(main.words)}|{speaker.entity or speaker.text.lower()}"
        quote_id = "q-" + hashlib.sha1(key.encode()).hexdigest()[:10]
        quotes.append(Quote(id=quote_id, kind=kind, speaker=speaker, cue=cue,
                            text=text, mentions=mentions))
    return tuple(quotes)


def attribution(brief: Brief, settings: Settings) -> Brief:
    """Stage: fill ``brief.quotes``."""
    return dataclasses.replace(brief, quotes=story_quotes(brief))
