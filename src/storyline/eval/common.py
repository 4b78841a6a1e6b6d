"""Helpers shared by the evaluation runners: reading data, building articles."""

from __future__ import annotations

from ..commands.common import read_jsonl as read_jsonl  # the runners' JSONL reader
from ..model import Article
from ..read.metadata import date_in_name
from ..segment import segment


def article(text: str, article_id: str, published: str | None = None, source: str | None = None) -> Article:
    """An already clean text as a segmented article."""
    return Article(id=article_id, text=text, source=source, published=published, sentences=segment(text))


def date_from_id(doc_id: str) -> str | None:
    """The publication date a DUC/TDT document id encodes (APW19981017.0151 -> 1998-10-17), read
    as ``storyline brief`` reads it from such a file name."""
    return date_in_name(doc_id)
