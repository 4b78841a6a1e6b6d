"""Helpers shared by the evaluation runners: reading data, building articles."""

from __future__ import annotations

import re

from ..commands.common import read_jsonl as read_jsonl  # the runners' JSONL reader
from ..model import Article
from ..segment import segment

_DOC_DATE = re.compile(r"(19|20)(\d\d)(\d\d)(\d\d)")


def article(text: str, article_id: str, published: str | None = None, source: str | None = None) -> Article:
    """An already clean text as a segmented article."""
    return Article(id=article_id, text=text, source=source, published=published, sentences=segment(text))


def date_from_id(doc_id: str) -> str | None:
    """The publication date a DUC/TDT document id encodes (APW19981017.0151 -> 1998-10-17)."""
    match = _DOC_DATE.search(doc_id)
    return f"{match[1]}{match[2]}-{match[3]}-{match[4]}" if match else None
