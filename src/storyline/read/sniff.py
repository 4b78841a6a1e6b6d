"""Tell an input's format from its first bytes, not only its name."""

from __future__ import annotations

import gzip
import re
import zlib

_JSON_ARRAY = re.compile(rb"\[\s*(?:[{\]]|$)")  # "[{" or "[]": not a text opening with "[Update]"
_JSON_OBJECT = re.compile(rb'\{\s*(?:"|\}|$)')
_HTML = re.compile(rb"<(!doctype html|html|head|body|article|div|p|meta|title)[\s>]", re.I)


def sniff(head: bytes, name: str = "") -> str:
    """Format of an input: ``warc``, ``jsonl``, ``json``, ``html`` or ``text``.

    ``head`` is the first few KiB (already decompressed for gzip input).
    """
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith((b"WARC/", b"warc/")):
        return "warc"
    if _JSON_ARRAY.match(stripped):
        return "json"
    if _JSON_OBJECT.match(stripped):
        return "jsonl"
    if _HTML.search(stripped[:4096]):
        return "html"
    lowered = name.lower()
    for ext, kind in ((".jsonl", "jsonl"), (".ndjson", "jsonl"), (".json", "json"),
                      (".html", "html"), (".htm", "html"), (".warc", "warc")):
        if lowered.endswith(ext) or lowered.endswith(ext + ".gz"):
            return kind
    return "text"


def is_gzip(head: bytes) -> bool:
    return head[:2] == b"\x1f\x8b"


def gunzip_head(path: str, size: int = 8192) -> bytes:
    """The first ``size`` decompressed bytes of a gzip file (empty if corrupt)."""
    try:
        with gzip.open(path, "rb") as handle:
            return handle.read(size)
    except (OSError, EOFError, zlib.error):
        return b""


def gunzip_bytes_head(data: bytes, size: int = 8192) -> bytes:
    """The first ``size`` decompressed bytes of gzip ``data`` (empty if corrupt)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:1 << 20], size)
    except zlib.error:
        return b""
