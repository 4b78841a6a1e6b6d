"""JSONL and JSON-array records with news-please / datatrove field names."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO

from ..model import Document
from .metadata import normalize_date
from .text import split_title

TEXT_FIELDS = ("text", "maintext", "body", "content", "article")
TITLE_FIELDS = ("title", "headline")
SOURCE_FIELDS = ("source", "outlet", "publisher", "site_name", "sitename", "source_domain")  # names before a domain
DATE_FIELDS = ("date_publish", "published", "date", "publish_date", "date_published")
AUTHOR_FIELDS = ("authors", "author", "byline")


class BadRecord(ValueError):
    """A record that is not an article (not an object, or no text)."""


def _first(record: dict, names: tuple[str, ...]):
    for name in names:
        value = record.get(name)
        if value not in (None, "", []):
            return value
    metadata = record.get("metadata")
    if isinstance(metadata, dict):  # datatrove keeps everything but text/id here
        for name in names:
            value = metadata.get(name)
            if value not in (None, "", []):
                return value
    return None


def _authors(value) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(part.strip() for part in value.split(";") if part.strip()) or (value,)
    if isinstance(value, list):
        return tuple(str(item).strip() for item in value if str(item).strip())
    return (str(value),)


def document_from_record(record: object, path: str) -> Document:
    """An article from one decoded JSON record; raises :class:`BadRecord`."""
    if not isinstance(record, dict):
        raise BadRecord(f"record is a JSON {type(record).__name__}, not an object")
    text = _first(record, TEXT_FIELDS)
    if not isinstance(text, str) or not text.strip():
        raise BadRecord("record has no text (looked for " + ", ".join(TEXT_FIELDS) + ")")
    identifier = record.get("id")
    title = _first(record, TITLE_FIELDS)
    if not title:  # a headline line set apart by a blank line (a record's lines often run together)
        title, text = split_title(text.replace("\r\n", "\n"), glued=False)
    source = _first(record, SOURCE_FIELDS)
    url = _first(record, ("url",))
    language = _first(record, ("language", "lang"))
    return Document(
        text=text.replace("\r\n", "\n"),
        title=str(title) if title else None,
        source=str(source) if source else None,
        url=str(url) if url else None,
        published=normalize_date(_first(record, DATE_FIELDS)),
        authors=_authors(_first(record, AUTHOR_FIELDS)),
        language=str(language) if language else None,
        path=path,
        id=str(identifier) if identifier not in (None, "") else None,
    )


def _line_text(raw: bytes) -> str:
    """One JSONL line as text: UTF-8 (a BOM dropped), else Windows-1252."""
    try:
        return raw.decode("utf-8").lstrip("\ufeff")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def iter_jsonl(handle: IO[bytes], name: str, max_record_bytes: int
               ) -> Iterator[tuple[str, Document | str]]:
    """``(where, document or error)`` for each non-blank line of a JSONL stream."""
    for number, raw in enumerate(handle, start=1):
        where = f"{name}:{number}"
        if not raw.strip():
            continue
        if len(raw) > max_record_bytes:
            yield where, f"record of {len(raw):,} bytes exceeds the {max_record_bytes:,}-byte limit"
            continue
        try:
            record = json.loads(_line_text(raw))
            yield where, document_from_record(record, where)
        except json.JSONDecodeError as error:
            yield where, f"malformed JSON: {error.msg.removesuffix(' at')} (column {error.colno})"
        except BadRecord as error:
            yield where, str(error)


def iter_json_array(text: str, name: str) -> Iterator[tuple[str, Document | str]]:
    """``(where, document or error)`` for each element of a JSON array (or one object)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        yield name, f"malformed JSON: {error.msg.removesuffix(' at')} (line {error.lineno}, column {error.colno})"
        return
    items = data if isinstance(data, list) else [data]
    for index, record in enumerate(items):
        where = f"{name}[{index}]"
        try:
            yield where, document_from_record(record, where)
        except BadRecord as error:
            yield where, str(error)
