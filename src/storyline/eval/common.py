"""Helpers shared by the evaluation runners: reading data, building articles."""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..commands.common import UserError
from ..model import Article
from ..segment import segment

_DOC_DATE = re.compile(r"(19|20)(\d\d)(\d\d)(\d\d)")


def read_jsonl(path: str) -> list[dict]:
    """Records of a JSON Lines file; a missing or broken file is a one-line user error."""
    file = Path(path)
    if not file.is_file():
        raise UserError(f"no such data file: {path}")
    records = []
    with file.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as error:
                    raise UserError(f"{path}:{number}: not JSON ({error.msg})") from error
    return records


def article(text: str, article_id: str, published: str | None = None, source: str | None = None) -> Article:
    """An already clean text as a segmented article."""
    return Article(id=article_id, text=text, source=source, published=published, sentences=segment(text))


def date_from_id(doc_id: str) -> str | None:
    """The publication date a DUC/TDT document id encodes (APW19981017.0151 -> 1998-10-17)."""
    match = _DOC_DATE.search(doc_id)
    return f"{match[1]}{match[2]}-{match[3]}-{match[4]}" if match else None
