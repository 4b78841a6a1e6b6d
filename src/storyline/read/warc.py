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
    each text ``conversion`` record (Common Crawl WET); other records are skipped. A file
    that ends inside a record says so, wherever the cut falls (warcio itself stops quietly
    at a gzip member cut short or at headers cut short)."""
    records, told_cut, last = 0, False, None
    counted = _Counted(handle)
    try:
        archive = ArchiveIterator(counted, arc2warc=True)
        for record in archive:
            records, last = records + 1, record
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
            if _cut_short(record):
                told_cut = True
                yield where, "record cut off by the end of the file; skipped"
                continue
            yield where, _document(record.rec_type, payload, content_type, where, url)
        last_cut = _cut_short(last)
        if not told_cut and (last_cut or counted.ends_inside_a_record(archive.offset)):
            whole = records - 1 if last_cut else records
            yield name, f"the file ends inside a record after {whole} whole records; that record is skipped"
    except ArchiveLoadFailed as error:
        yield name, f"malformed WARC after {records} records ({_printable(str(error))}); the rest is skipped"
    except (AttributeError, TypeError):  # how warcio fails on a record header cut short
        yield name, f"WARC stream broken off after {records} records (a record header is cut short); " \
                    "the rest is skipped"
    except (OSError, EOFError, ValueError, zlib.error) as error:
        yield name, (f"WARC stream broken off after {records} records "
                     f"({type(error).__name__}: {_printable(str(error))}); the rest is skipped")


#: The record types of WARC 1.0/1.1; a record of none of them had its headers cut short.
_RECORD_TYPES = {"warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion",
                 "continuation"}


def _cut_short(record) -> bool:
    """Whether the file ended inside ``record``: in its headers (no known type, no length), or
    before the length it declares."""
    if record is None or not (record.rec_headers.headers or record.rec_headers.protocol):
        return False  # not even "WARC/1.0": the blank lines closing a file
    return record.rec_type not in _RECORD_TYPES or not record.rec_headers.get_header("Content-Length") \
        or getattr(record.raw_stream, "limit", 0) > 0


class _Counted:
    """A binary stream that counts the bytes read from it and keeps the last few, so that what
    follows the end of the last whole record can be told from blank lines closing the file."""

    def __init__(self, handle: IO[bytes]) -> None:
        self.handle, self.read_bytes, self.tail = handle, 0, b""

    def read(self, size: int = -1) -> bytes:
        return self._counted(self.handle.read(size))

    def readline(self, size: int = -1) -> bytes:
        return self._counted(self.handle.readline(size))

    def _counted(self, data: bytes) -> bytes:
        self.read_bytes += len(data)
        self.tail = (self.tail + data)[-_TAIL:]
        return data

    def ends_inside_a_record(self, offset: int) -> bool:
        """Whether bytes after ``offset`` (the end of the last whole record) hold more than
        blank lines or empty gzip members, which some writers end a file with. Reads the
        stream to its end in bounded chunks."""
        while self.read(1 << 20):
            pass
        extra = self.read_bytes - offset
        if extra <= 0:
            return False
        if extra > _TAIL:
            return True
        rest = self.tail[-extra:]
        return bool(rest.strip()) and bool(_inflated(rest).strip())


_TAIL = 256


def _inflated(data: bytes) -> bytes:
    """``data`` through every gzip member it holds; the bytes themselves when it is no gzip or is cut."""
    out, rest = [], data
    while rest.strip():
        inflater = zlib.decompressobj(wbits=31)
        try:
            out.append(inflater.decompress(rest))
        except zlib.error:
            return data
        if not inflater.eof:
            return data
        rest = inflater.unused_data
    return b"".join(out)


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
