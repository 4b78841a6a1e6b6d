"""WARC and WARC.GZ crawls through warcio: HTML responses go to the HTML reader,
WET conversion records to the plain-text reader.

warcio gets the raw (possibly gzipped) stream: a WARC.GZ is one gzip member
per record, so the records before a truncated or corrupt member are kept.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import replace
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..model import Document
from .decode import BinaryInput, decode
from .html import NoArticleText, read_html
from .text import read_text


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";"):
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None


def iter_warc(handle: IO[bytes], name: str, max_record_bytes: int
              ) -> Iterator[tuple[str, Document | str]]:
    """``(where, document or error)`` for each successful HTML response record and
    each text ``conversion`` record (Common Crawl WET); other records are skipped."""
    records = 0
    try:
        for record in ArchiveIterator(handle, arc2warc=True):
            records += 1
            if record.rec_type not in ("response", "conversion"):
                continue
            http = record.http_headers if record.rec_type == "response" else None
            if http and not (http.get_statuscode() or "").startswith("2"):
                continue  # redirects and error pages are not articles
            content_type = (http.get_header("Content-Type") or "") if http else ""
            if http and "html" not in content_type.lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or None
            where = f"{name}:{url or record.rec_headers.get_header('WARC-Record-ID')}"
            payload = record.content_stream().read(max_record_bytes + 1)
            if len(payload) > max_record_bytes:
                yield where, f"record exceeds the {max_record_bytes:,}-byte limit"
                continue
            if getattr(record.raw_stream, "limit", 0) > 0:  # the file ended inside this record
                yield where, "record cut off by the end of the file; skipped"
                continue
            yield where, _document(record.rec_type, payload, content_type, where, url)
    except ArchiveLoadFailed as error:
        yield name, f"malformed WARC after {records} records ({_printable(str(error))}); the rest is skipped"
    except (AttributeError, TypeError):  # how warcio fails on a record header cut short
        yield name, f"WARC stream broken off after {records} records (a record header is cut short); " \
                    "the rest is skipped"
    except (OSError, EOFError, ValueError, zlib.error) as error:
        yield name, (f"WARC stream broken off after {records} records "
                     f"({type(error).__name__}: {_printable(str(error))}); the rest is skipped")


def _document(kind: str, payload: bytes, content_type: str, where: str, url: str | None
              ) -> Document | str:
    """The article of one record's payload, or why there is none."""
    try:
        text, _ = decode(payload, _charset(content_type))
        if kind == "conversion":
            document = read_text(text, path=where)
            return replace(document, url=url) if document.text.strip() else "no text"
        return read_html(text, path=where, url=url)
    except (BinaryInput, NoArticleText) as error:
        return str(error)


def _printable(message: str) -> str:
    """The readable start of an error message (warcio quotes the broken bytes)."""
    message = message.split(", first line:", 1)[0].splitlines()[0] if message else ""
    return "".join(char for char in message if char.isprintable())[:100]
