"""``storyline corpus``: many articles to tracked, briefed stories in a store."""

from __future__ import annotations

import argparse
import html
import json
import os
import sys
from contextlib import ExitStack
from pathlib import Path

from ..corpus.defaults import INCREMENTAL_THRESHOLD, THRESHOLD, WINDOW_DAYS
from ..settings import Settings
from .common import UserError, add_claim_articles, claim_articles, plural, report_problems, say

EXAMPLES = """\
examples:
  storyline corpus add crawl/*.warc.gz feed.jsonl --store news.db     ingest, dedupe, cluster, brief
  storyline corpus add today.jsonl --store news.db                    new articles join existing stories
  storyline corpus stories --store news.db --since 2019-09-01         stories, biggest/newest first
  storyline corpus export --store news.db -o out/ --format json       one brief per story + index.html
  storyline corpus add big/ --store news.db --scheduler tcp://host:8786   the same on a Dask cluster
  storyline corpus add big/ --store news.db --workers 4                   on a local Dask cluster
  storyline corpus cluster ARTICLES.jsonl -o ASSIGN.jsonl             story id per article (evaluation)

a run that is interrupted (even kill -9) is finished by running it again.
"""


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "corpus",
        description="Group many articles into stories, collapse duplicates, brief every story, "
                    "and keep the stories up to date as new articles arrive.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="corpus_command", metavar="SUBCOMMAND")
    commands.required = True
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-q", "--quiet", action="store_true", help="no progress or notes on stderr")
    common.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")

    add = commands.add_parser("add", parents=[common], help="ingest, dedupe, cluster and brief articles")
    add.add_argument("inputs", nargs="+", metavar="ARTICLES", help="files, folders, globs or -")
    add.add_argument("--store", required=True, metavar="DB", help="the SQLite store (created if missing)")
    _clustering_options(add)
    where = add.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDRESS", help="run on this Dask scheduler (tcp://host:8786)")
    where.add_argument("--workers", type=int, metavar="N", help="run on a local Dask cluster of N workers")
    add.add_argument("--no-semantic", action="store_true", help="lexical similarity only in the briefs")
    add_claim_articles(add)
    add.set_defaults(func=run_add)

    stories = commands.add_parser("stories", parents=[common], help="list stories and what changed")
    stories.add_argument("--store", required=True, metavar="DB")
    stories.add_argument("--since", metavar="DATE", help="only stories with an article on or after DATE")
    stories.add_argument("--limit", type=int, default=50, metavar="N", help="at most N stories (0: all)")
    stories.add_argument("--json", action="store_true", help="one JSON object per story")
    stories.set_defaults(func=run_stories)

    export = commands.add_parser("export", parents=[common], help="write one brief per story and an index")
    export.add_argument("--store", required=True, metavar="DB")
    export.add_argument("-o", "--output", required=True, metavar="DIR")
    export.add_argument("-f", "--format", default="json", help="a format of 'storyline brief' (default: json)")
    export.add_argument("--no-semantic", action="store_true",
                        help="lexical similarity only, for stories not briefed yet")
    add_claim_articles(export, scope=", for stories not briefed yet")
    export.set_defaults(func=run_export)

    cluster = commands.add_parser("cluster", parents=[common], help="story id per article of a JSONL")
    cluster.add_argument("input", metavar="ARTICLES.jsonl", help='lines {"id", "text", "title"?, "date_publish"?}')
    cluster.add_argument("-o", "--output", metavar="ASSIGN.jsonl", help="lines {\"id\", \"story\"} (default: stdout)")
    _clustering_options(cluster, INCREMENTAL_THRESHOLD)
    cluster.add_argument("--no-refine", action="store_true",
                         help="keep the incremental stories, as 'corpus add' would (and its default threshold)")
    cluster.set_defaults(func=run_cluster)


def _clustering_options(parser: argparse.ArgumentParser, threshold: float = THRESHOLD) -> None:
    parser.add_argument("--threshold", type=float, metavar="S",
                        help=f"similarity for an article to join a story (default: {threshold})")
    parser.add_argument("--window-days", type=int, default=WINDOW_DAYS, metavar="D",
                        help="dated articles only join stories within D days (default: %(default)s)")
    parser.add_argument("--batch", type=int, default=2000, metavar="N", help="articles per transaction")


def _check_clustering(args: argparse.Namespace, threshold: float = THRESHOLD) -> None:
    """One-line errors for bad clustering options; fills in the default ``threshold``."""
    if args.threshold is None:
        args.threshold = threshold
    if not 0 < args.threshold < 1:
        raise UserError("--threshold must be between 0 and 1")
    if args.window_days < 0 or args.batch < 1:
        raise UserError("--window-days must be >= 0 and --batch >= 1")


def _open_store(path: str, must_exist: bool):
    from ..corpus.store import Store
    if must_exist and not os.path.isfile(path):
        raise UserError(f"no store at {path} (create one with 'storyline corpus add ... --store {path}')")
    try:
        return Store(path)
    except Exception as error:  # sqlite3.DatabaseError and friends: one line
        raise UserError(f"cannot open store {path}: {error}") from error


def _check_features(store, path: str) -> None:
    """New articles only compare with stories featured the same way: an older store is refused, not mixed."""
    from ..corpus.features import VERSION
    found = store.features_version()
    if found != VERSION:
        raise UserError(f"{path} was clustered with an older Storyline (features v{found}, "
                        f"this one has v{VERSION}): its stories would not compare with new articles; "
                        "add all the articles again into a new store")


def run_add(args: argparse.Namespace) -> int:
    _check_clustering(args)
    if args.workers is not None and args.workers < 1:
        raise UserError("--workers must be at least 1")
    settings = Settings(semantic=not args.no_semantic, claim_articles=claim_articles(args))
    store = _open_store(args.store, must_exist=False)
    try:
        _check_features(store, args.store)
        if args.scheduler or args.workers:
            from ..corpus.dask_runner import add as dask_add
            totals = dask_add(store, args.inputs, settings, scheduler=args.scheduler, workers=args.workers,
                              quiet=args.quiet, batch_size=args.batch, threshold=args.threshold,
                              window_days=args.window_days)
        else:
            from ..corpus.runner import add
            totals = add(store, args.inputs, settings, quiet=args.quiet, batch_size=args.batch,
                         threshold=args.threshold, window_days=args.window_days)
    finally:
        store.close()
    skipped = report_problems(totals.problems)
    for problem in totals.unbriefed:
        say(str(problem))
    if not args.quiet:
        unbriefed = f", {plural(len(totals.unbriefed), 'story')} not briefed" if totals.unbriefed else ""
        say(f"{plural(totals.added, 'new article')} ({totals.known} already stored, "
            f"{plural(totals.duplicates, 'duplicate')}, {plural(skipped, 'input')} skipped); "
            f"{plural(totals.briefed, 'story')} briefed{unbriefed}")
    if totals.unbriefed:
        return 3  # an internal error in some stories' briefs, each said above; the rest is done
    return 0 if totals.added or totals.known else 1


def run_stories(args: argparse.Namespace) -> int:
    store = _open_store(args.store, must_exist=True)
    try:
        rows = store.story_rows(args.since)
    finally:
        store.close()
    if args.limit:
        rows = rows[:args.limit]
    if rows and not args.json:
        print(f"{'story':12s}  {'arts':>5s}  {'dates':22s}  {'since last run':18s}  title")
    for row in rows:
        if args.json:
            print(json.dumps({"story": row.id, "title": row.title, "articles": row.articles, "first": row.first,
                              "last": row.last, "new": row.new, "grew": row.grew, "conflicts": row.conflicts,
                              "new_conflicts": row.new_conflicts}, ensure_ascii=False))
            continue
        change = "new" if row.new else (f"+{row.grew}" if row.grew else "")
        if row.new_conflicts:
            change += f" +{row.new_conflicts} conflicts"
        dates = f"{row.first or '?'}..{row.last or '?'}" if row.first or row.last else "undated"
        title = " ".join((row.title or "(untitled)").split())[:80]
        print(f"{row.id}  {row.articles:5d}  {dates:22s}  {change:18s}  {title}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from ..brief import build_brief
    from ..report import FORMATS, format_name, render
    from ..report.load import brief_from_json
    args.format = format_name(args.format)
    if args.format not in FORMATS:
        raise UserError(f"unknown format {args.format}; choose one of {', '.join(FORMATS)}")
    store = _open_store(args.store, must_exist=True)
    folder = Path(args.output)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(f"cannot write {args.output}: {error.strerror or error}") from error
    settings = Settings(semantic=not args.no_semantic, claim_articles=claim_articles(args))
    extension = {"md": "md", "json": "json", "html": "html"}.get(args.format, args.format)
    entries = []
    try:
        for row in store.story_rows():
            name = f"{row.id}.{extension}"
            stored = store.brief_json(row.id)
            if stored is None:  # not briefed yet (a run was interrupted, or its brief failed)
                text = render(build_brief(store.articles_of(row.id), settings), args.format)
            elif args.format == "json":
                text = stored
            else:
                text = render(brief_from_json(json.loads(stored)), args.format)
            (folder / name).write_text(text, encoding="utf-8")
            entries.append((name, row))
    finally:
        store.close()
    (folder / "index.html").write_text(index_page(entries), encoding="utf-8")
    if not args.quiet:
        say(f"wrote {plural(len(entries), 'brief')} and index.html to {folder}")
    return 0


def index_page(entries) -> str:
    """A plain HTML list of the stories; every value from the articles is escaped."""
    items = "\n".join(
        f'<li><a href="{html.escape(name, quote=True)}">{html.escape(row.title or "(untitled)")}</a> '
        f"— {plural(row.articles, 'article')}, {html.escape(row.first or '?')} to {html.escape(row.last or '?')}</li>"
        for name, row in entries)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Stories</title></head>\n"
            f"<body><h1>Stories</h1>\n<ol>\n{items}\n</ol></body></html>\n")


def run_cluster(args: argparse.Namespace) -> int:
    from ..corpus.batch import cluster_file
    _check_clustering(args, THRESHOLD if args.no_refine else INCREMENTAL_THRESHOLD)
    with ExitStack() as files:
        try:
            handle = sys.stdin if args.input == "-" else files.enter_context(
                open(args.input, encoding="utf-8", errors="replace"))
        except OSError as error:
            raise UserError(f"cannot read {args.input}: {error.strerror or error}") from error
        try:
            output = sys.stdout if not args.output or args.output == "-" else files.enter_context(
                open(args.output, "w", encoding="utf-8"))
        except OSError as error:
            raise UserError(f"cannot write {args.output}: {error.strerror or error}") from error
        totals = cluster_file(handle, args.input, output, quiet=args.quiet, refine=not args.no_refine,
                              threshold=args.threshold, window_days=args.window_days, batch_size=args.batch)
    skipped = report_problems(totals.problems)
    if not args.quiet:
        say(f"{plural(totals.added, 'article')} in {plural(totals.stories, 'story')} "
            f"({plural(skipped, 'line')} skipped)")
    return 0 if totals.added else 1
