"""``corpus cluster``: story ids for a JSONL of articles, through the corpus pipeline
(exact and near duplicates, then the incremental clusterer) in a temporary store,
then a global refinement of the stories (:mod:`.refine`) over the articles that
are not copies; a copy follows its original."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from typing import IO

from ..commands.common import parse_jsonl
from ..model import Article, Problem
from ..read.metadata import normalize_date
from . import refine as refinement
from .cluster import Item
from .defaults import INCREMENTAL_THRESHOLD, WINDOW_DAYS
from .features import ArticleTerms, article_terms
from .runner import BATCH, Progress, Totals, batches, cluster_pending, store_articles
from .store import Store


def read_items(handle: IO[str], name: str) -> Iterator[Article | Problem]:
    """One article per line ``{"id", "text", "title"?, "date_publish"?}``, as given (no cleaning)."""
    for number, record, problem in parse_jsonl(handle):
        where = f"{name}:{number}"
        if record is None:  # not a JSON object: parse_jsonl says why
            yield Problem(where, str(problem))
            continue
        if not isinstance(record.get("text"), str) or record.get("id") in (None, ""):
            yield Problem(where, 'needs an object with "id" and "text"')
            continue
        title = record.get("title")
        yield Article(id=str(record["id"]), text=record["text"], title=str(title) if title else None,
                      published=normalize_date(record.get("date_publish")))


def cluster_file(handle: IO[str], name: str, output: IO[str], quiet: bool = True,
                 threshold: float = INCREMENTAL_THRESHOLD, window_days: int = WINDOW_DAYS,
                 batch_size: int = BATCH, refine: bool = True) -> Totals:
    """Write ``{"id", "story"}`` for every article of ``handle``, in input order.

    With ``refine``, the incremental stories are refined globally; the articles' hashed
    terms (not their texts) are kept in memory for that, and the incremental pass uses
    the same terms instead of computing them again.
    """
    totals = Totals()
    progress = Progress(quiet)
    order: list[str] = []
    kept: dict[str, tuple[Item, ArticleTerms]] = {}
    with tempfile.TemporaryDirectory(prefix="storyline-cluster-") as folder:
        store = Store(os.path.join(folder, "cluster.db"))
        try:
            run = store.start_run("cluster", [name])
            for batch in batches(read_items(handle, name), batch_size):
                articles = [a for a in batch if isinstance(a, Article)]
                totals.problems.extend(p for p in batch if isinstance(p, Problem))
                order.extend(a.id for a in articles)
                if refine:
                    for article in articles:
                        if article.id not in kept:
                            kept[article.id] = (Item(article.id, "", article.title, article.published),
                                                article_terms(article.text, article.title))
                added, known = store_articles(store, articles, run)
                totals.added += added
                totals.known += known
            terms = {article: found for article, (_, found) in kept.items()} if refine else None
            cluster_pending(store, run, totals, progress, batch_size, threshold, window_days, terms)
            assignment = store.assignment()
            if refine:
                assignment = refined(assignment, kept, {d[0]: d[1] for d in store.duplicates()}, window_days)
        finally:
            store.close()
    written: set[str] = set()
    for article_id in order:
        if article_id not in written:
            written.add(article_id)
            output.write(json.dumps({"id": article_id, "story": assignment[article_id]}) + "\n")
    totals.stories = len(set(assignment.values()))
    return totals


def refined(assignment: dict[str, str], kept: dict[str, tuple[Item, ArticleTerms]],
            copies: dict[str, str], window_days: int) -> dict[str, str]:
    """The assignment after :func:`.refine.refine` over the originals; each copy joins its original."""
    def original(article: str) -> str:
        while article in copies:
            article = copies[article]
        return article

    items = [item for article, (item, _) in kept.items() if article not in copies]
    terms = {article: found for article, (_, found) in kept.items() if article not in copies}
    stories = refinement.refine(items, assignment, window_days=window_days, terms_of=terms)
    return {article: stories[original(article)] for article in assignment}
