"""Plain-text helpers shared by the Markdown and HTML renderers: names, dates, counts."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from datetime import date

from ..model import Article, Brief, Claim, Conflict, ConflictValue, Entity, Event, Quote, Span
from ..sourcename import is_named_outlet, name_from_path


def short(text: str, limit: int) -> str:
    """One line of at most ``limit`` characters, cut at a word with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(",;:.") + "…"


def short_label(label: str, limit: int) -> str:
    """A source label of at most ``limit`` characters that keeps its outlet: "AP (2019-03-03-cou…)"
    rather than "AP…", so that two articles of one outlet still read apart."""
    outlet_name, paren, inner = label.partition(" (")
    if len(label) <= limit or not paren or len(outlet_name) + 4 >= limit:
        return short(label, limit)
    return f"{outlet_name} ({inner[:limit - len(outlet_name) - 4]}…)"


def outlet(article: Article) -> str:
    """The name a reader knows the article by: its outlet, else its id."""
    return article.source or article.id


def source_labels(articles: tuple[Article, ...]) -> dict[str, str]:
    """Each article's name in the sources: its outlet, followed by its file name (else its id)
    when the story holds several articles of that outlet ("AP (APW19981103.0271)", "AP (d3)"),
    so "copy of AP" says which one. File names shared within an outlet fall back to ids."""
    counts = Counter(outlet(a) for a in articles)
    files = {a.id: name_from_path(a.path) for a in articles}
    shared = Counter((outlet(a), files[a.id]) for a in articles)
    labels = {}
    for a in articles:
        own = files[a.id] if files[a.id] and files[a.id] != outlet(a) and shared[outlet(a), files[a.id]] == 1 else a.id
        labels[a.id] = outlet(a) if counts[outlet(a)] == 1 else f"{outlet(a)} ({own})"
    return labels


def bound_note(story) -> str | None:
    """"Claims, conflicts and summary read from the 100 most central of 5,000 articles" for a giant
    story briefed within the bound of :mod:`storyline.bound` (and, when provenance was bounded too,
    how); None for a story read whole."""
    notes = []
    if story.analysed_articles is not None:
        notes.append(f"Claims, conflicts and summary read from the {story.analysed_articles:,} most central "
                     f"of {story.articles:,} articles")
    if story.source_candidates is not None:
        notes.append("provenance compared each article only with those it shares the most text with "
                     f"({story.source_candidates:,} each)")
    return "; ".join(notes) or None


def articles_and_outlets(articles: tuple[Article, ...]) -> str:
    """"6 articles from 4 outlets"; articles whose input named no outlet (called by their
    file name) are not counted as outlets: "9 articles from 1 outlet (7 with no outlet named)"."""
    with_outlet = [a for a in articles if is_named_outlet(a.source, a.path)]
    named = {outlet(a) for a in with_outlet}
    unnamed = len(articles) - len(with_outlet)
    line = plural(len(articles), "article")
    if named:
        line += f" from {plural(len(named), 'outlet')}"
    if unnamed and named:
        line += f" ({unnamed} with no outlet named)"
    return line


def outlets_by_source(articles: dict[str, Article]) -> dict[str, str]:
    """Each story article's outlet name under its lower-cased source, the way a
    quoted passage names the outlet it quotes."""
    return {a.source.strip().lower(): outlet(a) for a in articles.values() if a.source}


def quoted_outlet(span: Span, articles: dict[str, Article], by_source: dict[str, str]) -> str | None:
    """The outlet a span's sentence quotes ("" for a passage quoted from no
    named outlet), or None when the sentence is the article's own text."""
    article = articles[span.article]
    sentence = next((s for s in article.sentences if s.start <= span.start < s.end), None)
    start, end = (sentence.start, sentence.end) if sentence else (span.start, span.end)
    passage = article.quoted_at(start, end)
    if passage is None:
        return None
    name = (passage.source or "").strip()
    return by_source.get(name.lower(), name)


_ASPECT_LABELS = {"date": "Date", "number": "Figure", "name": "Name", "spelling": "Spelling"}


def conflict_title(conflict: Conflict) -> str:
    """A heading that says what differs: "Date: Tuesday or Monday, March 11"."""
    aspect = conflict.aspect or conflict.kind
    if aspect == "polarity":
        return "Affirmed or denied"
    values = " or ".join(dict.fromkeys(v.value for v in conflict.values))
    return f"{_ASPECT_LABELS.get(aspect, 'Outlets disagree')}: {values}"


def side_label(conflict: Conflict, value: ConflictValue) -> str:
    """How one side of a conflict reads: its value, or for polarity "affirmed" /
    "denied (“No”)" with the negating words the side used."""
    if (conflict.aspect or conflict.kind) != "polarity" or value.value == "affirmed":
        return value.value
    return f"denied (“{value.value}”)"


def claim_outlets(mentions, articles: dict[str, Article]) -> tuple[list[str], list[str]]:
    """The outlets a claim's support counts, and those that only quote one of them.

    As in :mod:`storyline.claims`, a sentence inside a passage an article quotes
    from a named outlet counts for that outlet, not for the quoting article; a
    passage quoted from no named outlet counts for nobody.
    """
    by_source = outlets_by_source(articles)
    counted, quoting = set(), set()
    for span in mentions:
        if span.article not in articles:
            continue
        quoted = quoted_outlet(span, articles, by_source)
        if quoted is None:
            counted.add(outlet(articles[span.article]))
        elif quoted:
            counted.add(quoted)
            quoting.add(outlet(articles[span.article]))
    return sorted(counted), sorted(quoting - counted)


def ranked_claims(brief: Brief) -> tuple[list[Claim], list[Claim]]:
    """The claims by independent support, then in the claims stage's order (centrality): those
    several articles state, and those only one states (apart, so that a long tail of
    single-article sentences does not bury the facts outlets share; all in the first list when
    no claim is shared)."""
    ranked = sorted(brief.claims, key=lambda c: (-c.independent_support, -c.support))  # stable: stage order
    shared = [c for c in ranked if c.support > 1]
    return (shared, ranked[len(shared):]) if shared else (ranked, [])


_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def human_date(value: str | None) -> str:
    """``2024-03-12T08:00`` as ``12 Mar 2024``; other strings unchanged, None as empty."""
    if not value:
        return ""
    match = _DATE.match(value)
    if not match or not 1 <= int(match.group(2)) <= 12:
        return value
    year, month, day = match.groups()
    return f"{int(day)} {_MONTHS[int(month) - 1]} {year}"


def published_cell(article: Article) -> str:
    """An article's date for the Sources table: "12 Mar 2024", or "undated" rather than an empty cell."""
    return human_date(article.published) or "undated"


_HEADLINE_WORDS = 14


def headline(brief: Brief) -> str:
    """The story's title; with no title in any article (the JSON says null), the opening
    of the summary's first sentence, else "Story brief"."""
    if brief.story.title:
        return brief.story.title
    if not brief.summary:
        return "Story brief"
    opening = re.sub(r"\.([\"”’']?)$", r"\1", brief.summary[0].text.strip()).split()
    if len(opening) <= _HEADLINE_WORDS:
        return " ".join(opening)
    return " ".join(opening[:_HEADLINE_WORDS]).rstrip(",;:") + " …"


def plural(count: int, word: str, many: str | None = None) -> str:
    """``1 article``, ``3 articles``."""
    return f"{count} {word if count == 1 else (many or word + 's')}"


_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                 "ten", "eleven", "twelve")


def in_words(count: int, word: str, many: str | None = None) -> str:
    """``2 independent origins`` as ``two independent origins`` for small counts."""
    noun = word if count == 1 else (many or word + "s")
    return f"{_NUMBER_WORDS[count] if 0 <= count < len(_NUMBER_WORDS) else count} {noun}"


_EVENT_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def event_day(event: Event) -> date | None:
    """The first day an event's date can mean, or None when it has none."""
    match = _EVENT_DATE.match(event.date or "")
    if not match:
        return None
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def date_label(event: Event) -> str:
    """``12 March 2024``, ``March 2024`` or ``2019`` as precise as the event is."""
    day = event_day(event)
    if day is None:
        return event.date or "undated"
    parts = (event.date or "").split("-")
    if len(parts) >= 3 and event.precision not in ("month", "year"):
        return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"
    if len(parts) == 2 or event.precision == "month":
        return f"{_MONTH_NAMES[day.month - 1]} {day.year}"
    return str(day.year)


_ANONYMOUS = re.compile(r"^(a|an|one|two|three|several|some|sources?|officials?|people|someone|unnamed)\b")


def is_anonymous(quote: Quote) -> bool:
    """An unnamed source: no resolved entity and described, not named ("a person familiar...")."""
    return quote.speaker.entity is None and bool(_ANONYMOUS.match(quote.speaker.text.strip().lower()))


_FIRST_PERSON = frozenset({"i", "we", "me", "us"})


@dataclass(frozen=True)
class SpeakerGroup:
    """The quotes of one speaker as a report shows them (``anonymous``: the
    "Unnamed sources" group, whose quotes each keep their speaker's words)."""

    name: str
    role: str
    quotes: tuple[Quote, ...]
    anonymous: bool = False


def speaker_groups(quotes: tuple[Quote, ...], articles: dict[str, Article],
                   entities: tuple[Entity, ...] = ()) -> list[SpeakerGroup]:
    """Quotes grouped by speaker: most quoted first, unnamed sources last. A
    first-person speaker ("I have written ...") is the writer of the article; a
    speaker resolved to an entity goes by the entity's name ("Daniel Okafor",
    not "company spokesman Daniel Okafor"), its role in brackets."""
    entity_names = {entity.id: entity.name for entity in entities}
    grouped: dict[tuple[int, str], list[Quote]] = {}
    names: dict[tuple[int, str], tuple[str, str]] = {}
    for quote in quotes:
        speaker = quote.speaker
        article = articles.get(quote.mentions[0].content.article) if quote.mentions else None
        if is_anonymous(quote):
            key, name = (1, ""), ("Unnamed sources", "anonymous")
        elif speaker.entity is None and speaker.text.strip().lower() in _FIRST_PERSON and article:
            key, name = (0, "writer:" + outlet(article)), (outlet(article), "the writer")
        else:
            shown = entity_names.get(speaker.entity or "", speaker.text)
            key, name = (0, speaker.entity or speaker.text.strip()), (shown, speaker.role or "")
        grouped.setdefault(key, []).append(quote)
        names.setdefault(key, name)
    order = sorted(grouped, key=lambda k: (k[0], -len(grouped[k]), names[k][0].lower()))
    return [SpeakerGroup(*names[k], tuple(grouped[k]), anonymous=k[0] == 1) for k in order]


def in_context(article: Article, span: Span, limit: int = 160) -> tuple[str, str, str]:
    """The sentence(s) around ``span``: text before it, the span itself, text after (each side trimmed)."""
    starts = [s.start for s in article.sentences]
    begin, end = span.start, span.end
    if starts:
        first = max(bisect_right(starts, span.start) - 1, 0)
        last = max(bisect_right(starts, max(span.end - 1, span.start)) - 1, 0)
        begin, end = min(article.sentences[first].start, span.start), max(article.sentences[last].end, span.end)
    text = article.text
    before, middle, after = text[begin:span.start], text[span.start:span.end], text[span.end:end]
    if len(before) > limit:
        before = "…" + before[-(limit - 1):]
    if len(after) > limit:
        after = after[: limit - 1] + "…"
    return before, middle, after
