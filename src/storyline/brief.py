"""One story: inputs -> articles -> the stages -> a :class:`Brief`.

Each stage is a function ``(Brief, Settings) -> Brief`` that fills its own
section; :data:`STAGES` lists them in dependency order. Corpus mode calls the
very same function per story.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from .claims import claims
from .clean import clean, content_key
from .conflicts import conflicts
from .entities import entities
from .model import Article, Brief, Document, Problem, StoryInfo
from .provenance import provenance
from .quotes import attribution
from .read import read_documents
from .read.records import BadRecord, document_from_record
from .settings import Settings
from .summarize import summarize
from .timeline import timeline

Stage = Callable[[Brief, Settings], Brief]

#: The stages of one story, in the order they run.
STAGES: tuple[Stage, ...] = (provenance, claims, conflicts, attribution, entities, timeline, summarize)

ArticleInput = str | os.PathLike | Document | Article | dict


def read_articles(inputs: Iterable[ArticleInput], settings: Settings | None = None,
                  on_read: Callable[[str], None] | None = None) -> tuple[list[Article], list[Problem]]:
    """Read, clean and segment every input; duplicates and empty articles become problems.

    ``on_read(where)`` is called after each input item (a progress hook).
    """
    settings = settings or Settings()
    articles: list[Article] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}  # content key -> where it was first read
    ids: set[str] = set()

    def add(article: Article, where: str) -> None:
        if on_read is not None:
            on_read(where)
        key = content_key(article)
        if not article.text.strip():
            problems.append(Problem(where, "no article text left after cleaning"))
        elif key in seen:
            problems.append(Problem(where, f"duplicate of {seen[key]}"))
        else:
            seen[key] = where
            if article.id in ids:  # two feeds may both number their records 1, 2, 3...
                article = replace(article, id=f"{article.id}-{key[:6]}")
            ids.add(article.id)
            articles.append(article)

    paths: list[str] = []
    for index, item in enumerate(inputs):
        if isinstance(item, (str, os.PathLike)):
            paths.append(os.fspath(item))
            continue
        where = f"<item {index}>"
        if isinstance(item, Article):
            add(item, item.path or where)
        elif isinstance(item, Document):
            add(clean(item), item.path or where)
        elif isinstance(item, dict):
            try:
                add(clean(document_from_record(item, where)), where)
            except BadRecord as error:
                problems.append(Problem(where, str(error)))
        else:
            problems.append(Problem(where, f"cannot read a {type(item).__name__}"))
    for found in read_documents(paths, settings):
        if isinstance(found, Problem):
            problems.append(found)
        else:
            add(clean(found), found.path or "<input>")
    return articles, problems


def _order(articles: Iterable[Article]) -> tuple[Article, ...]:
    """Chronological, undated last, ties by id: independent of input order."""
    return tuple(sorted(articles, key=lambda a: (a.published is None, a.published or "", a.id)))


def _story_title(articles: tuple[Article, ...]) -> str | None:
    for article in articles:
        if article.title:
            return article.title
    return None


def build_brief(articles: Iterable[Article], settings: Settings | None = None,
                problems: Iterable[Problem] = (), on_stage: Callable[[str], None] | None = None) -> Brief:
    """Run every stage over the articles of one story; ``on_stage(name)`` before each (a progress hook)."""
    settings = settings or Settings()
    ordered = _order(articles)
    brief = Brief(
        story=StoryInfo(title=_story_title(ordered), articles=len(ordered)),
        articles=ordered,
        problems=tuple(problems),
    )
    for stage in STAGES:
        if on_stage is not None:
            on_stage(getattr(stage, "__name__", "stage"))
        brief = stage(brief, settings)
    return replace(brief, story=replace(brief.story, title=_headline(brief)))


def _headline(brief: Brief) -> str | None:
    """The title of the origin most articles derive from: the report the story rests on.
    Between origins as often copied, the one most summary sentences cite (the story's main
    facts), then the one cited first, then the earliest."""
    provenance = brief.provenance
    if provenance is None or not provenance.origins:
        return brief.story.title
    group = {a.id: provenance.groups.get(a.id, a.id) for a in brief.articles}
    sizes = Counter(group.values())
    position = {a.id: index for index, a in enumerate(brief.articles)}
    first_cited: dict[str, int] = {}
    times_cited: Counter = Counter()
    for index, sentence in enumerate(brief.summary):
        for cited in {group.get(m.article, m.article) for m in sentence.mentions}:
            first_cited.setdefault(cited, index)
            times_cited[cited] += 1
    titles = {a.id: a.title for a in brief.articles}

    def rank(origin: str) -> tuple[int, int, int, int]:
        copies = group.get(origin, origin)
        return (-sizes[copies], -times_cited[copies], first_cited.get(copies, len(brief.summary)),
                position.get(origin, 0))

    return next((titles[o] for o in sorted(provenance.origins, key=rank) if titles.get(o)), brief.story.title)


def brief(inputs: Iterable[ArticleInput] | ArticleInput, settings: Settings | None = None
          ) -> Brief:
    """The brief of one story from paths, folders, records, documents or articles.

    >>> import storyline
    >>> b = storyline.brief(["a.html", "b.txt"])  # doctest: +SKIP
    """
    if isinstance(inputs, (str, os.PathLike, Document, Article, dict)):
        inputs = [inputs]
    settings = settings or Settings()
    articles, problems = read_articles(inputs, settings)
    return build_brief(articles, settings, problems)


def demo_paths() -> list[str]:
    """The bundled demo articles."""
    folder = Path(__file__).parent / "demo"
    return sorted(str(p) for p in folder.iterdir() if p.is_file() and p.name != "ATTRIBUTION.md")


__all__ = ["STAGES", "brief", "build_brief", "demo_paths", "read_articles"]
