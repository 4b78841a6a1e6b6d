"""Corpus mode on a Dask cluster (``dask.distributed``): the runner of
:mod:`.runner` with reading and briefing spread over workers.

The cluster only partitions and schedules; every algorithm is the one of the
single-process path. Work crosses between the driver and the workers as
Parquet files in a folder next to the store (``<store>.parts/``; with a remote
scheduler it must be on a file system the workers share):

- **read**: one task per input file reads, cleans and computes the exact-text
  key and MinHash signature of its articles (:func:`.runner.clean_documents`,
  :func:`.dedup.fingerprints`) and writes them to a Parquet part; the driver
  stores each part in one transaction as the single-process ingest would.
- **dedup and cluster** run on the driver, in canonical order
  (:func:`.runner.cluster_pending`): they are sequential by nature and cheap
  next to reading and briefing.
- **brief**: the stories that changed are cut into partitions; the driver
  writes their articles to Parquet, each task briefs its stories with
  :func:`storyline.brief.build_brief` and writes the JSON briefs to Parquet,
  which the driver saves story by story.

The stored result is the same as the single-process run's, so a run can also
be resumed by either runner.
"""

from __future__ import annotations

import os
import shutil

from ..model import Article, Problem
from ..settings import Settings
from .dedup import fingerprints
from .defaults import THRESHOLD, WINDOW_DAYS
from .runner import BATCH, Progress, Totals, cluster_pending, input_paths, record_brief, try_brief_story
from .store import Store, article_from_json, article_to_json

MISSING = "corpus mode on Dask needs dask[distributed] and pyarrow: pip install 'storyline[dask]'"


def _require() -> None:
    try:
        import dask.distributed  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError as error:
        from ..commands.common import UserError
        raise UserError(f"{MISSING} ({error.name} is missing)") from error


def read_partition(path: str, settings: Settings, out: str) -> list[tuple[str, str]]:
    """Worker task: read, clean and sign one input file into the Parquet file ``out``; returns problems."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .runner import clean_documents
    articles: list[Article] = []
    problems: list[tuple[str, str]] = []
    for found in clean_documents([path], settings):
        if isinstance(found, Problem):
            problems.append((found.input, found.reason))
        else:
            articles.append(found)
    exact_keys, matrix = fingerprints([a.text for a in articles])
    table = pa.table({
        "data": [article_to_json(a) for a in articles],
        "exact": exact_keys,
        "signature": [row.tobytes() for row in matrix],
    })
    pq.write_table(table, out)
    return problems


def brief_partition(source: str, settings: Settings, out: str) -> str:
    """Worker task: brief every story of the Parquet file ``source`` into ``out``."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    table = pq.read_table(source).to_pydict()
    stories: dict[str, list[Article]] = {}
    for story, data in zip(table["story"], table["data"], strict=True):
        stories.setdefault(story, []).append(article_from_json(data))
    rows = {"story": [], "json": [], "title": [], "conflicts": [], "error": []}
    for story in sorted(stories):
        result = try_brief_story(stories[story], settings)
        brief_json, title, conflicts = ("", None, 0) if isinstance(result, str) else result
        error = result if isinstance(result, str) else None
        for key, value in zip(rows, (story, brief_json, title, conflicts, error), strict=True):
            rows[key].append(value)
    schema = pa.schema([("story", pa.string()), ("json", pa.string()), ("title", pa.string()),
                        ("conflicts", pa.int64()), ("error", pa.string())])
    pq.write_table(pa.table(rows, schema=schema), out)
    return out


def _client(scheduler: str | None, workers: int | None, processes: bool):
    from dask.distributed import Client, LocalCluster
    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=processes,
                           dashboard_address=None)
    return Client(cluster), cluster


def add(store: Store, inputs: list[str], settings: Settings, scheduler: str | None = None,
        workers: int | None = None, quiet: bool = True, batch_size: int = BATCH, threshold: float = THRESHOLD,
        window_days: int = WINDOW_DAYS, processes: bool = True, stories_per_task: int = 50) -> Totals:
    """``corpus add`` on a Dask cluster: same stored result as :func:`.runner.add`."""
    _require()
    import numpy as np
    import pyarrow.parquet as pq
    progress = Progress(quiet)
    totals = Totals()
    parts = store.path + ".parts"
    os.makedirs(parts, exist_ok=True)
    client, cluster = _client(scheduler, workers, processes)
    try:
        run = store.start_run("add", inputs)
        paths = input_paths(inputs, store.path)
        outs = [os.path.join(parts, f"read-{index:06d}.parquet") for index in range(len(paths))]
        futures = client.map(read_partition, paths, [settings] * len(paths), outs, pure=False)
        with progress.task("reading", total=len(paths)) as advance:
            for future, out in zip(futures, outs, strict=True):  # input order: deterministic problems
                totals.problems.extend(Problem(*p) for p in future.result())
                table = pq.read_table(out).to_pydict()
                rows = [(article_from_json(d), e, np.frombuffer(s, dtype=np.uint32))
                        for d, e, s in zip(table["data"], table["exact"], table["signature"], strict=True)]
                _store_rows(store, rows, run, totals)
                os.remove(out)
                advance(1)
        cluster_pending(store, run, totals, progress, batch_size, threshold, window_days)
        _brief_on_cluster(client, store, settings, run, totals, progress, parts, stories_per_task)
        store.finish_run(run)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
        shutil.rmtree(parts, ignore_errors=True)
    return totals


def _store_rows(store: Store, rows: list, run: int, totals: Totals) -> None:
    known = store.known(a.id for a, _, _ in rows)
    fresh, seen = [], set()
    for row in rows:
        if row[0].id not in known and row[0].id not in seen:
            seen.add(row[0].id)
            fresh.append(row)
    with store.transaction():
        added = store.add_articles(fresh, run)
        store.count_run(run, added=added)
    totals.read += len(rows)
    totals.added += added
    totals.known += len(rows) - added


def _brief_on_cluster(client, store: Store, settings: Settings, run: int, totals: Totals, progress: Progress,
                      parts: str, stories_per_task: int) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq
    dirty = store.dirty_stories()
    sources, outs = [], []
    for index, start in enumerate(range(0, len(dirty), stories_per_task)):
        rows = {"story": [], "data": []}
        for story in dirty[start:start + stories_per_task]:
            for article in store.articles_of(story):
                rows["story"].append(story)
                rows["data"].append(article_to_json(article))
        source = os.path.join(parts, f"stories-{index:06d}.parquet")
        pq.write_table(pa.table(rows), source)
        sources.append(source)
        outs.append(os.path.join(parts, f"briefs-{index:06d}.parquet"))
    futures = client.map(brief_partition, sources, [settings] * len(sources), outs, pure=False)
    with progress.task("briefing", total=len(dirty)) as advance:
        for future in futures:
            table = pq.read_table(future.result()).to_pydict()
            for story, brief_json, title, conflicts, error in zip(
                    table["story"], table["json"], table["title"], table["conflicts"], table["error"], strict=True):
                record_brief(store, story, error or (brief_json, title, conflicts), run, totals)
                advance(1)


__all__ = ["MISSING", "add", "brief_partition", "read_partition"]


