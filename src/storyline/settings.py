"""All tunable knobs in one explicit object, passed in, never read from globals."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    """Settings of one run.

    Attributes:
        words: word budget of the summary.
        max_article_bytes: largest single-article file (text or HTML) read;
            larger ones are skipped with a message. Streams (JSONL, WARC) are
            read record by record and have no overall limit.
        max_record_bytes: largest single record inside a stream.
        semantic: use the bundled static embedding model (wordllama) where a
            stage can; off gives purely lexical, slightly faster results.
        claim_articles: a story of more articles reads its claims, conflicts and
            summary from this many most central ones (the rest still count as support
            where they repeat a claim word for word): their cost grows faster
            than the story (:mod:`storyline.bound`).
        source_candidates: in a story of more than ``claim_articles`` articles, provenance
            seeks each article's shared passages with only this many others, those it shares
            the most text with (its likely sources and copies); every pair one of them picks
            is judged. Smaller stories judge every pair sharing a passage.
    """

    words: int = 100
    max_article_bytes: int = 5_000_000
    max_record_bytes: int = 5_000_000
    semantic: bool = True
    claim_articles: int = 100
    source_candidates: int = 16
