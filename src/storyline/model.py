"""Plain frozen data that flows between the stages.

Every annotation is a :class:`Span` (or start/end offsets inside one article)
into an article's *clean* text, so any statement in a brief can be traced back
to the characters that support it.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Characters ``[start, end)`` of the clean text of article ``article``."""

    article: str
    start: int
    end: int

    def text(self, articles: dict[str, Article]) -> str:
        """The characters this span covers."""
        return articles[self.article].text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Removal:
    """A piece of scraped text that is not the article, cut with its reason.

    ``at`` is the offset in the clean text where the piece used to stand, so
    the audit can show it in place.
    """

    text: str
    reason: str  # comments | promo | boilerplate | artefact | signoff | byline | date
    at: int


@dataclass(frozen=True, slots=True)
class QuotedPassage:
    """A passage the article quotes from another report (``source`` when named)."""

    start: int
    end: int
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the clean text; ``quoted`` when it lies in a quoted passage."""

    start: int
    end: int
    quoted: bool = False


@dataclass(frozen=True, slots=True)
class Document:
    """An article as a reader found it, before cleaning.

    ``blockquotes`` are character ranges of ``text`` that the input's markup
    marked as quoted (an HTML ``<blockquote>``).
    """

    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()
    language: str | None = None
    path: str | None = None
    id: str | None = None
    blockquotes: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned, segmented article; all offsets refer to ``text``."""

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None  # ISO 8601 date or datetime
    authors: tuple[str, ...] = ()
    language: str | None = None
    path: str | None = None
    removed: tuple[Removal, ...] = ()
    quoted: tuple[QuotedPassage, ...] = ()
    sentences: tuple[Sentence, ...] = ()

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]

    def quoted_at(self, start: int, end: int) -> QuotedPassage | None:
        """The quoted passage that holds ``text[start:end]``, if any."""
        return next((p for p in self.quoted if p.start <= start and end <= p.end), None)


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not be (fully) read, and why, in one line."""

    input: str
    reason: str

    def __str__(self) -> str:
        return f"{self.input}: {self.reason}"


@dataclass(frozen=True, slots=True)
class SharedPassage:
    """Text of a derived article (``start``/``end``) taken from its source
    (``source_start``/``source_end``); ``kind`` is verbatim, near or paraphrase."""

    start: int
    end: int
    source_start: int
    source_end: int
    kind: str = "verbatim"


@dataclass(frozen=True, slots=True)
class Derivation:
    """Article ``article`` derives from article ``source`` as ``kind``.

    ``kind`` is copy | excerpt | quotes | rewrite; ``share`` is the fraction of
    the derived article's own text that comes from the source.
    """

    article: str
    source: str
    kind: str
    confidence: float
    share: float
    passages: tuple[SharedPassage, ...] = ()


@dataclass(frozen=True, slots=True)
class Credit:
    """A phrase crediting reporting to ``source`` ("told Reuters"), with the
    article it names when that outlet is one of the story's articles."""

    article: str
    start: int
    end: int
    source: str
    target: str | None = None


@dataclass(frozen=True, slots=True)
class Drift:
    """An aligned sentence pair where a derived article departs from its source."""

    derived: Span
    source: Span


@dataclass(frozen=True, slots=True)
class Provenance:
    """Who derives from whom, and the independent origins of the story."""

    derivations: tuple[Derivation, ...] = ()
    credits: tuple[Credit, ...] = ()
    roles: dict[str, str] = field(default_factory=dict)  # article id -> role
    groups: dict[str, str] = field(default_factory=dict)  # article id -> origin group id
    origins: tuple[str, ...] = ()
    drift: tuple[Drift, ...] = ()

    def independent(self, article_ids) -> int:
        """How many origin groups the given articles belong to."""
        return len({self.groups.get(article, article) for article in article_ids})


@dataclass(frozen=True, slots=True)
class Claim:
    """One fact of the story with every mention of it and its support."""

    id: str
    text: str
    mentions: tuple[Span, ...]
    support: int
    independent_support: int


@dataclass(frozen=True, slots=True)
class ConflictValue:
    """One side of a conflict: a value, its normal form and where it is stated."""

    value: str
    normalized: str
    mentions: tuple[Span, ...]
    role: str  # origin | derived | independent


@dataclass(frozen=True, slots=True)
class Conflict:
    """Aligned statements that disagree (kind: date|number|name|spelling|polarity|drift).

    ``aspect`` is what differs (date|number|name|spelling|polarity): the kind
    itself, or for ``drift`` the kind of fact the derived article changed.
    """

    id: str
    kind: str
    claim: str | None
    confidence: float
    values: tuple[ConflictValue, ...]
    aspect: str | None = None


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who speaks: as written, the entity it resolves to, and a role if given."""

    text: str
    entity: str | None = None
    role: str | None = None


@dataclass(frozen=True, slots=True)
class QuoteMention:
    """Where one article reports a quote: content, speaker and cue spans."""

    content: Span
    speaker: Span | None = None
    cue: Span | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct or indirect quote, merged across the articles that report it."""

    id: str
    kind: str  # direct | indirect
    speaker: Speaker
    cue: str
    text: str
    mentions: tuple[QuoteMention, ...]


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organization, place or outlet with its names and mentions."""

    id: str
    name: str
    type: str  # person | organization | place | outlet | other
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    """A dated (or relatively dated) event of the story's timeline."""

    date: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    precision: str  # day | month | year | relative
    text: str
    mentions: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """A summary sentence with every article span that states it."""

    text: str
    mentions: tuple[Span, ...]
    support: int
    independent_support: int


@dataclass(frozen=True, slots=True)
class StoryInfo:
    """Headline facts about the story as a whole."""

    title: str | None
    articles: int
    independent_origins: int | None = None
    origins: tuple[str, ...] = ()
    entity_recognizer: str | None = None  # "rules" or "spacy:<pipeline>" when the entities stage ran
    analysed_articles: int | None = None  # claims and conflicts read only this many articles (a giant story)
    source_candidates: int | None = None  # provenance judged each article with only this many best-sharing others


@dataclass(frozen=True, slots=True)
class Brief:
    """Everything Storyline says about one story; a stage that did not run
    leaves its section empty."""

    story: StoryInfo
    articles: tuple[Article, ...]
    problems: tuple[Problem, ...] = ()
    provenance: Provenance | None = None
    claims: tuple[Claim, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    quotes: tuple[Quote, ...] = ()
    entities: tuple[Entity, ...] = ()
    timeline: tuple[Event, ...] = ()
    summary: tuple[SummarySentence, ...] = ()
