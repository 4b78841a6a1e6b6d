"""Corpus mode in one process: ingest, then dedup + cluster, then brief.

Three phases, each made of small transactions in the store, so a killed run
resumes where it stopped:

1. **ingest**: read and clean the inputs as a stream, in batches; each batch
   of new articles is stored as *pending* with its exact-text key and MinHash
   signature (ids already stored are skipped: reading the same input twice
   adds nothing).
2. **cluster**: pending articles in canonical order (date, then hash of id),
   a batch per transaction: duplicates first (a copy joins its original's
   story and is recorded as a duplicate), the rest through the incremental
   clusterer, whose state (document frequencies, story centroids) is saved in
   the same transaction.
3. **brief**: every story that changed is briefed with
   :func:`storyline.brief.build_brief`, one transaction per story. A story
   whose brief fails (a bug, not bad input) is reported in one line and stays
   marked, so the others are briefed and the next run tries it again.

The Dask runner (:mod:`.dask_runner`) replaces the reading of phase 1 and the
briefing of phase 3 by partitioned work on a cluster, with the same functions.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np

from ..brief import build_brief
from ..clean import clean
from ..model import Article, Problem
from ..read import expand_inputs, read_documents
from ..report.json import render_json
from ..report.words import headline
from ..settings import Settings
from .cluster import Item, StoryClusterer, day_number
from .dedup import find_duplicates, fingerprints
from .defaults import THRESHOLD, WINDOW_DAYS
from .features import ArticleTerms
from .store import Store, article_from_json

BATCH = 2000


@dataclass
class Totals:
    """What a run did, for the closing line and the run log."""

    read: int = 0
    added: int = 0
    known: int = 0
    duplicates: int = 0
    stories: int = 0
    briefed: int = 0
    problems: list[Problem] = field(default_factory=list)
    unbriefed: list[Problem] = field(default_factory=list)


class Progress:
    """A rich progress line on stderr when it is a terminal (and not quiet); else silent."""

    def __init__(self, quiet: bool) -> None:
        self.enabled = not quiet and sys.stderr.isatty()
        self._progress = None

    @contextmanager
    def task(self, description: str, total: int | None = None) -> Iterator[Callable[[int], None]]:
        if not self.enabled:
            yield lambda _advance: None
            return
        from rich.console import Console
        from rich.progress import Progress as RichProgress
        with RichProgress(console=Console(stderr=True), transient=True) as progress:
            task = progress.add_task(description, total=total)
            yield lambda advance: progress.advance(task, advance)


def clean_documents(inputs: Iterable[str], settings: Settings) -> Iterator[Article | Problem]:
    """Clean articles (or problems) from the inputs, streamed; empty texts become problems."""
    for found in read_documents(inputs, settings):
        if isinstance(found, Problem):
            yield found
            continue
        article = clean(found)
        if article.text.strip():
            yield article
        else:
            yield Problem(found.path or "<input>", "no article text left after cleaning")


def input_paths(inputs: Iterable[str], store_path: str) -> list[str]:
    """The files named by ``inputs`` (folders and globs expanded), without the store's own files."""
    store_files = {os.path.abspath(store_path + suffix) for suffix in ("", "-wal", "-shm", "-journal")}
    parts = os.path.abspath(store_path + ".parts") + os.sep
    return [path for path in expand_inputs(inputs)
            if path == "-" or (os.path.abspath(path) not in store_files
                               and not os.path.abspath(path).startswith(parts))]


def batches(stream: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in stream:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def store_articles(store: Store, articles: list[Article], run: int) -> tuple[int, int]:
    """Store one batch of clean articles as pending; returns ``(added, already known)``."""
    known = store.known(a.id for a in articles)
    seen: set[str] = set()
    fresh = []
    for article in articles:
        if article.id not in known and article.id not in seen:
            seen.add(article.id)
            fresh.append(article)
    exact_keys, matrix = fingerprints([a.text for a in fresh])
    with store.transaction():
        added = store.add_articles(
            ((a, exact_keys[row], matrix[row]) for row, a in enumerate(fresh)), run)
        store.count_run(run, added=added)
    return added, len(articles) - added


def ingest(store: Store, inputs: Iterable[str], settings: Settings, run: int, totals: Totals,
           progress: Progress, batch_size: int = BATCH) -> None:
    """Phase 1 in this process."""
    with progress.task("reading") as advance:
        for batch in batches(clean_documents(inputs, settings), batch_size):
            articles = [a for a in batch if isinstance(a, Article)]
            for problem in (p for p in batch if isinstance(p, Problem)):
                totals.problems.append(problem)
            added, known = store_articles(store, articles, run)
            totals.read += len(articles)
            totals.added += added
            totals.known += known
            advance(len(batch))


def cluster_pending(store: Store, run: int, totals: Totals, progress: Progress, batch_size: int = BATCH,
                    threshold: float = THRESHOLD, window_days: int = WINDOW_DAYS,
                    terms_of: dict[str, ArticleTerms] | None = None) -> None:
    """Phase 2: dedup and cluster the pending articles, one transaction per batch
    (``terms_of``: their hashed terms when the caller has them already)."""
    with progress.task("clustering") as advance:
        while True:
            rows = store.pending(batch_size)
            if not rows:
                return
            with store.transaction():
                assignment, duplicates = _cluster_batch(store, rows, run, threshold, window_days, terms_of)
                store.add_members(assignment, run)
                store.count_run(run, duplicates=duplicates)
            totals.duplicates += duplicates
            advance(len(rows))


def _cluster_batch(store: Store, rows, run: int, threshold: float, window_days: int,
                   terms_of: dict[str, ArticleTerms] | None) -> tuple[dict[str, str], int]:
    ids = [r[0] for r in rows]
    duplicates = find_duplicates(ids, [r[3] for r in rows], np.stack([r[4] for r in rows]), store)
    store.add_duplicates(duplicates)
    copies = {d.article: d.original for d in duplicates}
    items = []
    for article_id, data, published, _exact, _signature in rows:
        if article_id not in copies:
            article = article_from_json(data)
            items.append(Item(article.id, article.text, article.title, published))
    days = [d for d in (day_number(item.published) for item in items) if d is not None]
    undated = len(days) < len(items)
    stories = store.active_stories(None if undated or not days else min(days),
                                   None if undated or not days else max(days), window_days)
    before = dict(zip(stories.ids, stories.counts.tolist(), strict=True))
    clusterer = StoryClusterer(threshold, window_days, store.frequencies(), stories)
    assignment = clusterer.assign(items, terms_of)
    touched = [column for column, story in enumerate(clusterer.stories.ids)
               if before.get(story) != int(clusterer.stories.counts[column])]
    store.save_stories(clusterer.stories, touched, run)
    store.save_frequencies(clusterer.frequencies)
    originals = store.story_of(o for o in copies.values() if o not in assignment)
    for article_id in ids:  # canonical order: an original is placed before its copies
        if article_id in copies:
            original = copies[article_id]
            assignment[article_id] = assignment.get(original) or originals[original]
    return assignment, len(duplicates)


def brief_story(articles: list[Article], settings: Settings) -> tuple[str, str | None, int]:
    """The JSON brief of one story, its title (for untitled articles, the summary's opening,
    as the pages show it) and its number of conflicts."""
    brief = build_brief(articles, settings)
    title = brief.story.title or (headline(brief) if brief.summary else None)
    return render_json(brief), title, len(brief.conflicts)


def try_brief_story(articles: list[Article], settings: Settings) -> tuple[str, str | None, int] | str:
    """:func:`brief_story`, or one line saying where and why it failed: an internal error
    in one story's brief must not stop the briefing of the others."""
    try:
        return brief_story(articles, settings)
    except Exception as error:  # reported per story by the caller; the story stays dirty
        frames = traceback.extract_tb(error.__traceback__)
        ours = [f for f in frames if f"{os.sep}storyline{os.sep}" in f.filename] or frames
        frame = ours[-1]  # the last line of Storyline's own code, not a library's
        return f"{type(error).__name__} at {os.path.basename(frame.filename)}:{frame.lineno}: {error}"


def record_brief(store: Store, story: str, result: tuple[str, str | None, int] | str, run: int,
                 totals: Totals) -> None:
    """Save a story's brief, or note why it has none (it stays marked and is retried next run)."""
    if isinstance(result, str):
        totals.unbriefed.append(Problem(f"story {story}", f"not briefed ({result}); retried on the next run"))
        return
    store.save_brief(story, *result, run)
    totals.briefed += 1


def brief_stories(store: Store, settings: Settings, run: int, totals: Totals, progress: Progress) -> None:
    """Phase 3 in this process: brief every story that changed, one transaction each."""
    dirty = store.dirty_stories()
    with progress.task("briefing", total=len(dirty)) as advance:
        for story in dirty:
            record_brief(store, story, try_brief_story(store.articles_of(story), settings), run, totals)
            advance(1)


def add(store: Store, inputs: list[str], settings: Settings, quiet: bool = True,
        batch_size: int = BATCH, threshold: float = THRESHOLD, window_days: int = WINDOW_DAYS) -> Totals:
    """``corpus add`` in one process."""
    progress = Progress(quiet)
    totals = Totals()
    run = store.start_run("add", inputs)
    ingest(store, input_paths(inputs, store.path), settings, run, totals, progress, batch_size)
    cluster_pending(store, run, totals, progress, batch_size, threshold, window_days)
    brief_stories(store, settings, run, totals, progress)
    store.finish_run(run)
    return totals
