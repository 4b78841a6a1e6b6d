"""The corpus store: one SQLite file (WAL) holding articles, stories, membership,
duplicates, briefs, the clusterer's state and a log of runs.

Every unit of work commits in one transaction and records that it is done in
the same transaction (an article's ``state``, a story's ``dirty`` flag), so a
run killed at any point (kill -9) and run again picks up exactly the work
that was not committed: nothing is lost and nothing is done twice.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

import numpy as np
import scipy.sparse as sp

from ..model import Article, QuotedPassage, Removal, Sentence
from .cluster import FAR, Stories, day_number, order_key
from .dedup import Duplicate
from .features import DIMENSIONS, VERSION, DocumentFrequencies

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY, command TEXT, started REAL, finished REAL, status TEXT,
    inputs TEXT, added INTEGER DEFAULT 0, duplicates INTEGER DEFAULT 0, skipped INTEGER DEFAULT 0);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, sort_key TEXT NOT NULL, published TEXT, data TEXT NOT NULL,
    exact TEXT NOT NULL, signature BLOB NOT NULL, state TEXT NOT NULL, run INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS articles_pending ON articles (state, sort_key);
CREATE TABLE IF NOT EXISTS exact (key TEXT PRIMARY KEY, article TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS lsh (key INTEGER PRIMARY KEY, article TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS duplicates (
    article TEXT PRIMARY KEY, original TEXT NOT NULL, kind TEXT NOT NULL, similarity REAL NOT NULL);
CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY, seq INTEGER NOT NULL, first_day INTEGER, last_day INTEGER,
    articles INTEGER NOT NULL, clustered INTEGER NOT NULL, columns BLOB NOT NULL, weights BLOB NOT NULL,
    created_run INTEGER NOT NULL, updated_run INTEGER NOT NULL, dirty INTEGER NOT NULL DEFAULT 1);
CREATE INDEX IF NOT EXISTS stories_last ON stories (last_day);
CREATE INDEX IF NOT EXISTS stories_dirty ON stories (dirty, id);
CREATE TABLE IF NOT EXISTS members (
    article TEXT PRIMARY KEY, story TEXT NOT NULL, run INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS members_story ON members (story);
CREATE TABLE IF NOT EXISTS briefs (
    story TEXT PRIMARY KEY, json TEXT NOT NULL, run INTEGER NOT NULL, title TEXT,
    conflicts INTEGER NOT NULL, previous_conflicts INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS state (name TEXT PRIMARY KEY, value BLOB);
"""


def article_to_json(article: Article) -> str:
    """Every field of a clean article, so it comes back identical."""
    return json.dumps({
        "id": article.id, "text": article.text, "title": article.title, "source": article.source,
        "url": article.url, "published": article.published, "authors": list(article.authors),
        "language": article.language, "path": article.path,
        "removed": [[r.text, r.reason, r.at] for r in article.removed],
        "quoted": [[q.start, q.end, q.source] for q in article.quoted],
        "sentences": [[s.start, s.end, s.quoted] for s in article.sentences],
    }, ensure_ascii=False, separators=(",", ":"))


def article_from_json(data: str) -> Article:
    record = json.loads(data)
    return Article(
        id=record["id"], text=record["text"], title=record["title"], source=record["source"],
        url=record["url"], published=record["published"], authors=tuple(record["authors"]),
        language=record["language"], path=record["path"],
        removed=tuple(Removal(*r) for r in record["removed"]),
        quoted=tuple(QuotedPassage(*q) for q in record["quoted"]),
        sentences=tuple(Sentence(*s) for s in record["sentences"]),
    )


@dataclass(frozen=True, slots=True)
class StoryRow:
    """What ``corpus stories`` shows about one story."""

    id: str
    title: str | None
    articles: int
    first: str | None
    last: str | None
    new: bool
    grew: int
    conflicts: int
    new_conflicts: int


def _day_text(day: int | None) -> str | None:
    if day is None or abs(day) >= FAR:
        return None
    return date.fromordinal(day).isoformat()


class Store:
    """A corpus in one SQLite file."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.db = sqlite3.connect(path, isolation_level=None, timeout=60)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)
        with self.transaction():
            if not self.db.execute("SELECT 1 FROM articles LIMIT 1").fetchone():
                self.db.execute("INSERT OR IGNORE INTO state VALUES ('features', ?)", (VERSION,))

    def features_version(self) -> int:
        """How the stored stories' articles were featured: stamped when the store is created
        (1 for stores from before the stamp); new articles only join stories of this version."""
        row = self.db.execute("SELECT value FROM state WHERE name = 'features'").fetchone()
        return int(row[0]) if row else 1

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # runs ---------------------------------------------------------------
    def start_run(self, command: str, inputs: Iterable[str]) -> int:
        """A new run, or the interrupted one of the same command, which this run finishes."""
        with self.transaction():
            row = self.db.execute("SELECT id, status, command FROM runs ORDER BY id DESC LIMIT 1").fetchone()
            if row and row[1] == "running" and row[2] == command:
                return int(row[0])
            cursor = self.db.execute("INSERT INTO runs (command, started, status, inputs) VALUES (?, ?, ?, ?)",
                                     (command, time.time(), "running", json.dumps(list(inputs))))
        return int(cursor.lastrowid)

    def count_run(self, run: int, added: int = 0, duplicates: int = 0, skipped: int = 0) -> None:
        self.db.execute("UPDATE runs SET added = added + ?, duplicates = duplicates + ?, skipped = skipped + ? "
                        "WHERE id = ?", (added, duplicates, skipped, run))

    def finish_run(self, run: int) -> None:
        with self.transaction():
            self.db.execute("UPDATE runs SET finished = ?, status = 'done' WHERE id = ?", (time.time(), run))

    def last_finished_run(self, before: int | None = None) -> int:
        row = self.db.execute("SELECT MAX(id) FROM runs WHERE status = 'done' AND command = 'add'"
                              + (" AND id < ?" if before else ""), (before,) if before else ()).fetchone()
        return int(row[0] or 0)

    # articles -----------------------------------------------------------
    def known(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        found: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in self.db.execute(f"SELECT id FROM articles WHERE id IN ({marks})", chunk))
        return found

    def add_articles(self, rows: Iterable[tuple[Article, str, np.ndarray]], run: int) -> int:
        """Store new articles (with their exact key and MinHash signature) as pending; returns how many."""
        before = self.db.total_changes
        self.db.executemany(
            "INSERT OR IGNORE INTO articles (id, sort_key, published, data, exact, signature, state, run) "
            "VALUES (?, ?, ?, ?, ?, ?, 'new', ?)",
            [(a.id, _sort_text(a.published, a.id), a.published, article_to_json(a), exact,
              np.asarray(signature, dtype=np.uint32).tobytes(), run) for a, exact, signature in rows])
        return self.db.total_changes - before

    def pending(self, limit: int) -> list[tuple[str, str, str | None, str, np.ndarray]]:
        """The next pending articles in canonical order: ``(id, data, published, exact, signature)``."""
        rows = self.db.execute("SELECT id, data, published, exact, signature FROM articles WHERE state = 'new' "
                               "ORDER BY sort_key LIMIT ?", (limit,)).fetchall()
        return [(i, d, p, e, np.frombuffer(s, dtype=np.uint32)) for i, d, p, e, s in rows]

    def mark_clustered(self, ids: Iterable[str]) -> None:
        self.db.executemany("UPDATE articles SET state = 'clustered' WHERE id = ?", [(i,) for i in ids])

    def articles_of(self, story: str) -> list[Article]:
        rows = self.db.execute("SELECT a.data FROM members m JOIN articles a ON a.id = m.article "
                               "WHERE m.story = ? ORDER BY a.sort_key", (story,))
        return [article_from_json(r[0]) for r in rows]

    # dedup index (the methods of dedup.MemoryIndex) -------------------
    def add_batch(self, ids, exact_keys, keys: np.ndarray, matrix: np.ndarray) -> None:
        """Register a batch in the exact and LSH tables (first article per key) and mark it clustered."""
        self.db.executemany("INSERT OR IGNORE INTO exact (key, article) VALUES (?, ?)",
                            zip(exact_keys, ids, strict=True))
        self.db.executemany("INSERT OR IGNORE INTO lsh (key, article) VALUES (?, ?)",
                            zip(keys.ravel().tolist(), np.repeat(np.asarray(ids, dtype=object), keys.shape[1]),
                                strict=True))
        self.mark_clustered(ids)

    def exact_originals(self, exact_keys) -> list[str]:
        return [self.db.execute("SELECT article FROM exact WHERE key = ?", (key,)).fetchone()[0]
                for key in exact_keys]

    def bucket_owners(self, keys: np.ndarray) -> list[str]:
        flat = keys.ravel().tolist()
        owners: dict[int, str] = {}
        unique = sorted(set(flat))
        for start in range(0, len(unique), 500):
            chunk = unique[start:start + 500]
            owners.update(self.db.execute(f"SELECT key, article FROM lsh WHERE key IN ({','.join('?' * len(chunk))})",
                                          chunk).fetchall())
        return [owners[key] for key in flat]

    def signatures_of(self, ids) -> np.ndarray:
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start:start + 500])
            for article, blob in self.db.execute(
                    f"SELECT id, signature FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                found[article] = np.frombuffer(blob, dtype=np.uint32)
        return np.stack([found[article] for article in ids])

    def add_duplicates(self, duplicates: Iterable[Duplicate]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO duplicates VALUES (?, ?, ?, ?)",
                            [(d.article, d.original, d.kind, d.similarity) for d in duplicates])

    def duplicates(self) -> list[tuple[str, str, str, float]]:
        return self.db.execute("SELECT * FROM duplicates ORDER BY article").fetchall()

    # clusterer state ----------------------------------------------------
    def frequencies(self) -> DocumentFrequencies:
        row = self.db.execute("SELECT value FROM state WHERE name = 'df'").fetchone()
        documents = self.db.execute("SELECT value FROM state WHERE name = 'documents'").fetchone()
        if not row:
            return DocumentFrequencies()
        return DocumentFrequencies(np.frombuffer(row[0], dtype=np.int32).copy(), int(documents[0]))

    def save_frequencies(self, frequencies: DocumentFrequencies) -> None:
        self.db.execute("INSERT OR REPLACE INTO state VALUES ('df', ?)", (frequencies.counts.tobytes(),))
        self.db.execute("INSERT OR REPLACE INTO state VALUES ('documents', ?)", (frequencies.documents,))

    def active_stories(self, first_day: int | None, last_day: int | None, window: int) -> Stories:
        """Stories a batch dated ``first_day..last_day`` may join (all when undated), in creation order."""
        if first_day is None or last_day is None:
            rows = self.db.execute("SELECT id, clustered, first_day, last_day, columns, weights FROM stories "
                                   "ORDER BY seq").fetchall()
        else:
            rows = self.db.execute(
                "SELECT id, clustered, first_day, last_day, columns, weights FROM stories "
                "WHERE (last_day >= ? AND first_day <= ?) OR first_day >= ? ORDER BY seq",
                (first_day - window, last_day + window, FAR)).fetchall()
        stories = Stories()
        stories.ids = [r[0] for r in rows]
        stories.counts = np.array([r[1] for r in rows], dtype=np.int64)
        stories.first = np.array([r[2] for r in rows], dtype=np.int64)
        stories.last = np.array([r[3] for r in rows], dtype=np.int64)
        columns = [np.frombuffer(r[4], dtype=np.int64) for r in rows]
        weights = [np.frombuffer(r[5], dtype=np.float64) for r in rows]
        indptr = np.zeros(len(rows) + 1, dtype=np.int64)
        indptr[1:] = np.cumsum([len(c) for c in columns])
        stories.sums = sp.csr_matrix(
            (np.concatenate(weights) if rows else np.zeros(0), np.concatenate(columns) if rows else
             np.zeros(0, np.int64), indptr), shape=(len(rows), DIMENSIONS))
        return stories

    def save_stories(self, stories: Stories, touched: Iterable[int], run: int) -> None:
        """Write the touched stories' centroid sums, counts and dates; mark them for briefing."""
        next_seq = self.db.execute("SELECT COALESCE(MAX(seq), 0) FROM stories").fetchone()[0]
        for column in sorted(touched):
            start, end = stories.sums.indptr[column], stories.sums.indptr[column + 1]
            values = (stories.ids[column], int(stories.first[column]), int(stories.last[column]),
                      int(stories.counts[column]), stories.sums.indices[start:end].astype(np.int64).tobytes(),
                      stories.sums.data[start:end].astype(np.float64).tobytes())
            updated = self.db.execute(
                "UPDATE stories SET first_day = ?, last_day = ?, clustered = ?, columns = ?, weights = ?, "
                "updated_run = ?, dirty = 1 WHERE id = ?", (*values[1:], run, values[0])).rowcount
            if not updated:
                next_seq += 1
                self.db.execute("INSERT INTO stories (id, seq, first_day, last_day, articles, clustered, columns, "
                                "weights, created_run, updated_run) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?)",
                                (values[0], next_seq, *values[1:], run, run))

    def add_members(self, assignment: dict[str, str], run: int) -> None:
        self.db.executemany("INSERT OR IGNORE INTO members VALUES (?, ?, ?)",
                            [(a, s, run) for a, s in sorted(assignment.items())])
        for story in sorted(set(assignment.values())):
            self.db.execute("UPDATE stories SET articles = (SELECT COUNT(*) FROM members WHERE story = ?), "
                            "dirty = 1, updated_run = ? WHERE id = ?", (story, run, story))

    def story_of(self, articles: Iterable[str]) -> dict[str, str]:
        out = {}
        for article in articles:
            row = self.db.execute("SELECT story FROM members WHERE article = ?", (article,)).fetchone()
            if row:
                out[article] = row[0]
        return out

    def assignment(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT article, story FROM members ORDER BY article").fetchall())

    # briefs -------------------------------------------------------------
    def dirty_stories(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM stories WHERE dirty = 1 ORDER BY id")]

    def save_brief(self, story: str, brief_json: str, title: str | None, conflicts: int, run: int) -> None:
        with self.transaction():
            old = self.db.execute("SELECT conflicts FROM briefs WHERE story = ?", (story,)).fetchone()
            self.db.execute("INSERT OR REPLACE INTO briefs VALUES (?, ?, ?, ?, ?, ?)",
                            (story, brief_json, run, title, conflicts, old[0] if old else 0))
            self.db.execute("UPDATE stories SET dirty = 0 WHERE id = ?", (story,))

    def brief_json(self, story: str) -> str | None:
        """The stored JSON brief of ``story``, if it has been briefed."""
        row = self.db.execute("SELECT json FROM briefs WHERE story = ?", (story,)).fetchone()
        return row[0] if row else None

    def briefs(self) -> Iterator[tuple[str, str, str | None]]:
        yield from self.db.execute("SELECT story, json, title FROM briefs ORDER BY story")

    # reporting ----------------------------------------------------------
    def story_rows(self, since: str | None = None) -> list[StoryRow]:
        """Stories, biggest then newest first, with what changed in the last finished run."""
        last = self.last_finished_run()
        since_day = day_number(since) if since else None
        rows = self.db.execute(
            "SELECT s.id, b.title, s.articles, s.first_day, s.last_day, s.created_run, "
            "(SELECT COUNT(*) FROM members m WHERE m.story = s.id AND m.run = ?), "
            "COALESCE(b.conflicts, 0), COALESCE(b.previous_conflicts, 0), COALESCE(b.run, 0) "
            "FROM stories s LEFT JOIN briefs b ON b.story = s.id", (last,)).fetchall()
        out = []
        for story, title, count, first, last_day, created, grew, conflicts, previous, brief_run in rows:
            if since_day is not None and (last_day is None or abs(last_day) >= FAR or last_day < since_day):
                continue
            new = created == last
            out.append(StoryRow(story, title, count, _day_text(first), _day_text(last_day), new,
                                0 if new else grew, conflicts,
                                max(0, conflicts - previous) if brief_run == last and not new else
                                (conflicts if new else 0)))
        out.sort(key=lambda r: r.id)
        out.sort(key=lambda r: r.last or "", reverse=True)  # newest first, undated last
        out.sort(key=lambda r: r.articles, reverse=True)  # stable: biggest first
        return out


def _sort_text(published: str | None, article_id: str) -> str:
    undated, day, digest = order_key(published, article_id)
    return f"{int(undated)}{day:08d}{digest}"
