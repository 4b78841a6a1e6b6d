"""People, organisations, places and outlets of a story, merged across articles.

Rules, gazetteers and statistics, no model download:

1. **Mentions**: runs of capitalised words (with "of", "de", "van" inside),
   split into a written title ("Fire Chief", "Chancellor") and the name;
   sentence-initial capitals that the text also writes in lower case are not
   names. A role written in lower case before the name ("company spokesman")
   or in an apposition ("Jane Smith, a spokeswoman for ...,") is kept.
2. **Types** from gazetteers and name words (:mod:`storyline.gazetteer`), the
   outlets of the story's own articles, titles (a person) and context ("in
   Harwick": a place).
3. **Merging**: the same name anywhere in the story is one entity; a surname
   ("Merkel", "Mr. Brandt") joins the one person whose name ends with it, a
   shorter organisation name ("Greyline") the one it begins, an acronym its
   expansion, and "the chancellor" the one person with that role.

When spaCy and one of its English pipelines are installed, their PERSON, ORG
and GPE/LOC spans replace step 1's name finding (see :func:`recognizer`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.util
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .gazetteer import (
    DEMONYMS,
    EVENT_WORDS,
    NOT_NAMES,
    ORG_WORDS,
    OUTLET_WORDS,
    OUTLETS,
    PLACE_WORDS,
    PLACES,
    ROLE_NOUNS,
    TIME_ZONES,
    TITLES,
)
from .model import Article, Brief, Entity, Span
from .settings import Settings
from .sourcename import is_named_outlet

# A channel number goes with the letters before it ("TV 2 News", "CBS 4 Miami").
_CHANNEL_NUMBER = r"(?:(?<=\b[A-Z]{2})|(?<=\b[A-Z]{3})|(?<=\b[A-Z]{4}))[ \t]+\d{1,2}(?=[ \t]+[A-Z])"
_NAME_RUN = re.compile(
    r"(?<![\w’'])(?:[A-Z][\w’'&.-]*|[A-Z]\.)(?:[ \t]+(?:(?:of|de|del|da|van|von|bin|al|la|le|for|the)[ \t]+)?"
    r"(?:[A-Z][\w’'&.-]*|[A-Z]\.)|" + _CHANNEL_NUMBER + r")*"
)
_POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")
_ROLE_WORDS = {"company", "party", "campaign", "agency", "department", "state", "federal", "deputy", "senior",
               "former", "press", "union", "city", "county", "town", "government", "white", "house", "defense",
               "foreign", "interior", "health", "justice", "treasury", "the"} | TITLES | ROLE_NOUNS
_APPOSITION = re.compile(r",\s+(?:(?:a|an|the)\s+)?([^,.;:“”\"()]{3,80}?)(?=,|\.|;)")
_PLACE_BEFORE = re.compile(r"\b(?:in|near|at|from|to|outside|across|of)\s+$")
_LONGEST_NAME = 200  # characters: no mention is longer
_PAGE_WORDS = {"posted", "updated", "editing", "reporting", "share", "related", "advertisement"}
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")


@dataclass(frozen=True, slots=True)
class Mention:
    """A name in one article: ``start``/``end`` cover what is written (title
    included), ``name`` is the bare name, ``role`` a role the text gives."""

    start: int
    end: int
    name: str
    written: str
    kind: str | None = None
    role: str | None = None
    titled: bool = False
    doubtful: bool = False  # one unknown word opening a sentence: kept only if the story names it elsewhere


def recognizer() -> str:
    """What finds names: ``spacy:<pipeline>`` when one is installed, else ``rules``."""
    return _spacy_pipeline_name() or "rules"


@lru_cache(maxsize=1)
def _spacy_pipeline_name() -> str | None:
    if importlib.util.find_spec("spacy") is None:
        return None
    try:
        import spacy.util

        installed = sorted(name for name in spacy.util.get_installed_models() if name.startswith("en_"))
    except Exception:  # a broken spaCy install must not break a brief
        return None
    return f"spacy:{installed[0]}" if installed else None


@lru_cache(maxsize=1)
def _spacy_nlp():
    import spacy

    return spacy.load(_spacy_pipeline_name().split(":", 1)[1], disable=["parser", "lemmatizer"])


def _lower_words(text: str) -> set[str]:
    return {w for w in re.findall(r"\b[a-z][a-z’']+\b", text)}


_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
#: Words that on their own name no entity: titles, sentence openers, nationalities, time zones
_NO_ENTITY = frozenset(TITLES | NOT_NAMES | DEMONYMS | TIME_ZONES)


def _split_title(tokens: list[str]) -> int:
    """How many leading tokens are a title ("Fire Chief", "Sen."), also when the title opens
    with the office's body or country ("Senate Majority Leader Chuck Schumer", "British Prime
    Minister Rishi Sunak"): everything up to the last title word before a name of one to
    three words that names no organisation, place or outlet ("Harwick Fire Service" stays),
    nor is only a suffix ("Martin Luther King Jr.")."""
    count = 0
    while count < len(tokens) - 1 and tokens[count].rstrip(".").lower() in TITLES:
        count += 1
    if len(tokens) - count == 1 and tokens[-1].lower() in ORG_WORDS | PLACE_WORDS | OUTLET_WORDS:
        return 0  # "General Motors", "Fire Service", "State Street": a body or a place, no person
    last = max((i for i, t in enumerate(tokens[:-1]) if t.rstrip(".").lower() in TITLES), default=-1)
    name = [t.rstrip(".").lower() for t in tokens[last + 1:]]
    if last >= count and 1 <= len(name) <= 3 and not any(t in TITLES for t in name) \
            and name[-1] not in ORG_WORDS | PLACE_WORDS | OUTLET_WORDS and not set(name) <= _SUFFIXES:
        return last + 1
    return count


def _role_before(text: str, start: int) -> str | None:
    """Lower-case role words right before a name ("company spokesman")."""
    words = list(re.finditer(r"[\w’'.-]+", text[max(0, start - 60):start]))
    picked: list[str] = []
    for word in reversed(words):
        if text[max(0, start - 60) + word.end():start - sum(len(p) + 1 for p in picked)].strip():
            break
        lower = word.group().lower()
        if lower in {"the", "a", "an"} or (not picked and lower not in TITLES | ROLE_NOUNS):
            break
        if lower not in _ROLE_WORDS and not word.group()[0].isupper():
            break
        picked.append(word.group())
        if len(picked) == 4:
            break
    return " ".join(reversed(picked)) if picked else None


def _apposition_role(text: str, end: int) -> str | None:
    match = _APPOSITION.match(text, end)
    if not match:
        return None
    phrase = match.group(1).strip()
    words = phrase.lower().split()
    if len(words) > 9 or not any(_POSSESSIVE.sub("", w) in ROLE_NOUNS | TITLES for w in words[:4]):
        return None
    if words[0] in {"who", "which", "where", "when", "said", "says"}:
        return None
    return phrase


def _kind(name: str, titled: bool, role: str | None, before: str, outlets: set[str]) -> str | None:
    lower = name.lower()
    bare = lower[4:] if lower.startswith("the ") else lower
    last = bare.split()[-1].strip(".")
    if bare in outlets or bare in OUTLETS:
        return "outlet"
    words = bare.split()
    if len(words) > 1 and words[-1] not in ORG_WORDS | PLACE_WORDS and (
            words[-1] in EVENT_WORDS or words[:2] == ["tour", "de"]):
        return None  # an event ("World Cup", "Tour de France"), also after a role ("former Tour de France cyclist")
    if titled or role:
        return "person"
    if bare in PLACES:
        return "place"
    if last in ORG_WORDS or words[0] == "team" or _ACRONYM.match(name):  # "Team Sky"
        return "organization"
    if last in OUTLET_WORDS and (len(bare.split()) > 1 or before.endswith(("the ", "The "))):
        return "outlet"
    if last in PLACE_WORDS and len(bare.split()) > 1:  # "Quarry Road"; a lone "Bridge" opens a sentence
        return "place"
    if _PLACE_BEFORE.search(before) and len(bare.split()) <= 2:
        return "place"
    if 2 <= len(bare.split()) <= 3 and all(t[:1].isupper() and t.lower() not in NOT_NAMES for t in name.split()):
        return "person"
    return None


def _pieces(match: re.Match) -> list[tuple[int, list[str]]]:
    """A capitalised run cut after any token that ends a sentence ("Service. More")."""
    pieces, current, start = [], [], match.start()
    for token in re.finditer(r"\S+", match.group()):
        if not current:
            start = match.start() + token.start()
        current.append(token.group())
        word = token.group()
        if word.endswith(".") and len(word) > 2 and word.rstrip(".").lower() not in TITLES \
                and not re.fullmatch(r"(?:[A-Z]\.)+", word):
            current[-1] = word.rstrip(".")
            pieces.append((start, current))
            current = []
    if current:
        pieces.append((start, current))
    return pieces


def _sentence_start(text: str, at: int) -> bool:
    before = text[max(0, at - 40):at].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?\n:—"


def _person_of_body(text: str, start: int, tokens: list[str]) -> list[tuple[int, list[str]]]:
    """A name run "Fei-Fei Li of Stanford University" as two names, the person and the body
    or place after "of"; runs whose part before "of" is one word ("Bank of America",
    "University of Iowa") or a body or place itself ("United States of America") stay whole."""
    if "of" not in tokens[:-1]:
        return [(start, tokens)]
    k = tokens.index("of")
    before = [t for t in tokens[:k] if t.lower() not in NOT_NAMES]  # without "The"
    if not 2 <= len(before) <= 3 or before[-1].lower() in ORG_WORDS | PLACE_WORDS \
            or " ".join(before).lower() in PLACES:
        return [(start, tokens)]
    cursor = start
    for token in tokens[:k + 1]:
        cursor = text.index(token, cursor) + len(token)
    return [(start, tokens[:k]), (text.index(tokens[k + 1], cursor), tokens[k + 1:])]


def _rule_mentions(text: str, outlets: set[str]) -> list[Mention]:
    lower_words = _lower_words(text)
    found = []
    for match in _NAME_RUN.finditer(text):
        for start, tokens in _pieces(match):
            for part_start, part in _person_of_body(text, start, tokens):
                mention = _mention(text, part_start, part, lower_words, outlets)
                if mention is not None:
                    found.append(mention)
    return found


def _mention(text: str, start: int, tokens: list[str], lower_words: set[str], outlets: set[str]) -> Mention | None:
    initial = _sentence_start(text, start)
    while tokens and (tokens[0].lower() in NOT_NAMES or (
            initial and (tokens[0].lower() in lower_words or tokens[0].lower() in _PAGE_WORDS)
            and tokens[0].lower() not in TITLES) or (initial and tokens[0].lower().endswith(("ed", "ing", "ly")))):
        start = text.index(tokens[0], start) + len(tokens[0])
        tokens = tokens[1:]
        initial = False
    tokens = [_POSSESSIVE.sub("", t) for t in tokens]
    tokens = [t for t in tokens if t]
    if not tokens or (len(tokens) == 1 and len(tokens[0]) < 2):
        return None
    start = text.index(tokens[0], start)
    end = start
    for token in tokens:
        end = text.index(token, end) + len(token)
    titles = _split_title(tokens)
    name = " ".join(tokens[titles:])
    if not name or name.lower() in _NO_ENTITY:
        return None
    role = _role_before(text, start) if not titles else " ".join(tokens[:titles])
    if titles and (lead := _role_before(text, start)):
        role = f"{lead} {role}"
    if not role and not (name.lower() in PLACES or _PLACE_BEFORE.search(text[max(0, start - 12):start])):
        role = _apposition_role(text, end)  # not "In London, British Prime Minister Rishi Sunak ..."
    kind = _kind(name, titles > 0, role, text[max(0, start - 12):start], outlets)
    doubtful = kind is None and len(tokens) == 1 and initial
    return Mention(start, end, name, text[start:end], kind, role, titles > 0, doubtful)


def _spacy_mentions(text: str, outlets: set[str]) -> list[Mention]:
    kinds = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}
    found = []
    for ent in _spacy_nlp()(text).ents:
        if ent.label_ in kinds:
            name = _POSSESSIVE.sub("", ent.text).strip()
            kind = "outlet" if name.lower().removeprefix("the ") in outlets | OUTLETS else kinds[ent.label_]
            role = _role_before(text, ent.start_char) or _apposition_role(text, ent.end_char)
            found.append(Mention(ent.start_char, ent.start_char + len(name), name, name, kind, role))
    return found


@lru_cache(maxsize=512)
def article_mentions(text: str, outlets: frozenset[str] = frozenset()) -> tuple[Mention, ...]:
    """Names in one text, in order."""
    finder = _spacy_mentions if _spacy_pipeline_name() else _rule_mentions
    return tuple(finder(text, set(outlets)))


def _entity_id(kind: str, name: str) -> str:
    return "e-" + hashlib.sha1(f"{kind}|{name.lower()}".encode()).hexdigest()[:10]


@dataclass
class _Cluster:
    names: Counter
    kinds: Counter
    roles: Counter
    written: set
    mentions: list  # (article id, Mention)


def _key(name: str) -> str:
    return name.lower().removeprefix("the ")


def _merge_aliases(clusters: dict[str, _Cluster]) -> dict[str, str]:
    """Short names to the full name they stand for: surname -> person,
    first words -> organisation, acronym -> expansion."""
    kinds = {key: c.kinds.most_common(1)[0][0] if c.kinds else None for key, c in clusters.items()}
    by_last: dict[str, list[str]] = defaultdict(list)
    by_first: dict[str, list[str]] = defaultdict(list)
    by_initials: dict[str, list[str]] = defaultdict(list)
    for key in clusters:
        words = key.split()
        if len(words) > 1:
            if kinds[key] in (None, "person") and "of" not in words:  # "England" is no surname of "Church of England"
                by_last[words[-1]].append(key)
            if kinds[key] in ("organization", "outlet", None):
                by_first[words[0]].append(key)
            by_initials["".join(w[0] for w in words if w not in {"of", "for", "the", "and"})].append(key)
    alias = {}
    for key in clusters:
        words = key.split()
        if len(words) == 1:
            for table in (by_last, by_first, by_initials):
                targets = table.get(key, [])
                if len(targets) == 1:
                    alias[key] = targets[0]
                    break
        elif len(words) == 2 and kinds[key] == "person":  # "Angela Merkel" within "Angela Dorothea Merkel"
            longer = [k for k in by_last.get(words[-1], []) if k != key and k.startswith(words[0] + " ")]
            if len(longer) == 1:
                alias[key] = longer[0]
    return alias


@dataclass(frozen=True)
class StoryEntities:
    """The entities of a story and, per article, its mentions with entity ids."""

    entities: tuple[Entity, ...]
    mentions: dict[str, tuple[tuple[int, int, str], ...]]  # article -> (start, end, entity id), sorted
    recognizer: str

    def at(self, article: str, start: int, end: int) -> str | None:
        """The entity of the mention overlapping ``[start, end)`` that ends nearest ``end``, the
        longest of those: a phrase's head ("the Basque separatist group ETA" is ETA)."""
        mentions = self.mentions.get(article, ())
        index = bisect_left(mentions, (end,)) - 1  # mentions starting before ``end``
        best, best_key = None, None
        while index >= 0 and mentions[index][0] > start - _LONGEST_NAME:
            m_start, m_end, entity = mentions[index]
            key = (-abs(end - m_end), m_end - m_start)
            if start < m_end and (best_key is None or key > best_key):
                best, best_key = entity, key
            index -= 1
        return best


def _outlet_short_forms(articles: tuple[Article, ...]) -> dict[str, str]:
    """The last words of a story's outlet ("courier") to its full name ("Harwick Courier"),
    when only one of the story's outlets ends with them: "told the Courier" names that outlet."""
    full = {_key(a.source): a.source.strip().removeprefix("The ").removeprefix("the ")
            for a in articles if is_named_outlet(a.source, a.path)}
    forms: dict[str, set[str]] = defaultdict(set)
    for key in full:
        words = key.split()
        for cut in range(1, len(words)):
            forms[" ".join(words[cut:])].add(key)
    return {form: full[next(iter(keys))] for form, keys in forms.items() if len(keys) == 1 and form not in full}


def story_entities(articles: tuple[Article, ...]) -> StoryEntities:
    """Every entity of the story, merged across its articles."""
    outlets = frozenset(_key(a.source) for a in articles if a.source)
    short_forms = _outlet_short_forms(articles)
    clusters: dict[str, _Cluster] = {}
    for article in articles:
        for mention in article_mentions(article.text, outlets):
            outlet = short_forms.get(_key(mention.name)) if mention.kind == "outlet" else None
            cluster = clusters.setdefault(_key(outlet or mention.name),
                                          _Cluster(Counter(), Counter(), Counter(), set(), []))
            if outlet and not cluster.names[outlet]:
                cluster.names[outlet] = 1  # the story's own article names it in full
            cluster.names[mention.name] += 1
            if mention.kind:
                cluster.kinds[mention.kind] += 1
            if mention.role:
                cluster.roles[mention.role] += 1
            cluster.written.add(mention.written)
            cluster.mentions.append((article.id, mention))
    alias = _merge_aliases(clusters)
    merged: dict[str, _Cluster] = {}
    for key, cluster in clusters.items():
        if key not in alias and all(m.doubtful for _, m in cluster.mentions):
            continue
        root = key
        while root in alias:
            root = alias[root]
        target = merged.setdefault(root, _Cluster(Counter(), Counter(), Counter(), set(), []))
        target.names.update(cluster.names)
        target.kinds.update(cluster.kinds)
        target.roles.update(cluster.roles)
        target.written |= cluster.written
        target.mentions.extend(cluster.mentions)
    return _build(merged, articles)


def _role_mentions(articles, people: dict[str, set[str]]) -> dict[str, list[tuple[str, int, int, str]]]:
    """"the chancellor": a lower-case role noun after "the", when one person has that role."""
    holders: dict[str, list[str]] = defaultdict(list)
    for entity_id, roles in people.items():
        for noun in {w.lower() for role in roles for w in role.split()} & ROLE_NOUNS:
            holders[noun].append(entity_id)
    out: dict[str, list] = defaultdict(list)
    if not holders:
        return out
    pattern = re.compile(r"\b[Tt]he\s+(?:\w+\s+)?(" + "|".join(sorted(holders)) + r")\b")
    for article in articles:
        for match in pattern.finditer(article.text):
            targets = holders[match.group(1)]
            if len(targets) == 1:
                out[targets[0]].append((article.id, match.start(), match.end(), match.group().lower()))
    return out


def _build(merged: dict[str, _Cluster], articles) -> StoryEntities:
    entities: dict[str, dict] = {}
    per_article: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for cluster in merged.values():
        kind = cluster.kinds.most_common(1)[0][0] if cluster.kinds else "other"
        name = max(cluster.names, key=lambda n: (len(n.split()), not n.isupper(), cluster.names[n], n))
        if kind == "place" and name.isupper() and len(name) > 3:
            name = name.title()  # a dateline's "WASHINGTON" is Washington
        entity_id = _entity_id(kind, name)
        spans = sorted({Span(article, m.start, m.end) for article, m in cluster.mentions})
        entities[entity_id] = {"name": name, "kind": kind, "aliases": set(cluster.names) | cluster.written,
                               "roles": sorted(cluster.roles, key=lambda r: (-cluster.roles[r], r))
                               if kind == "person" else [],  # "former" Tour de France (cyclist) is no role
                               "spans": spans}
        for span in spans:
            per_article[span.article].append((span.start, span.end, entity_id))
    people = {eid: set(e["roles"]) for eid, e in entities.items() if e["kind"] == "person"}
    for entity_id, found in _role_mentions(articles, people).items():
        for article, start, end, written in found:
            entities[entity_id]["aliases"].add(written)
            entities[entity_id]["spans"].append(Span(article, start, end))
            per_article[article].append((start, end, entity_id))
    out = tuple(sorted(
        (Entity(id=eid, name=e["name"], type=e["kind"],
                aliases=tuple(sorted(a for a in e["aliases"] if a != e["name"])),
                roles=tuple(e["roles"]), mentions=tuple(sorted(e["spans"])))
         for eid, e in entities.items()),
        key=lambda e: (-len(e.mentions), e.name, e.id)))
    return StoryEntities(out, {a: tuple(sorted(m)) for a, m in per_article.items()}, recognizer())


@lru_cache(maxsize=8)
def _cached_story_entities(articles: tuple[Article, ...]) -> StoryEntities:
    return story_entities(articles)


def entities_of(brief: Brief) -> StoryEntities:
    """The story's entities, computed once per set of articles (shared with attribution)."""
    return _cached_story_entities(brief.articles)


def entities(brief: Brief, settings: Settings) -> Brief:
    """Stage: fill ``brief.entities`` (and say which recognizer found them)."""
    found = entities_of(brief)
    story = dataclasses.replace(brief.story, entity_recognizer=found.recognizer)
    return dataclasses.replace(brief, entities=found.entities, story=story)
