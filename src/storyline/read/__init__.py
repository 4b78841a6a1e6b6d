"""Readers: any mix of files, folders, globs and stdin to :class:`Document` s.

Each input is sniffed by content; a broken input yields a :class:`Problem`
and reading goes on.
"""

from __future__ import annotations

import glob
import gzip
import io
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from ..model import Document, Problem
from ..settings import Settings
from .decode import BinaryInput, decode
from .html import NoArticleText, read_html
from .records import iter_json_array, iter_jsonl
from .sniff import gunzip_bytes_head, gunzip_head, is_gzip, sniff
from .text import read_text
from .warc import iter_warc

__all__ = ["expand_inputs", "read_bytes", "read_documents"]

_SKIP_NAMES = {"Thumbs.db", "desktop.ini"}
# A folder's notes about itself, not articles: README.md, LICENSE, ATTRIBUTION.md, ...
_PROJECT_FILE_STEMS = {"readme", "license", "licence", "copying", "notice", "attribution", "authors",
                       "changelog", "contributing"}


def _is_article_file(path: Path, folder: Path) -> bool:
    """Whether a file found inside ``folder`` may be an article: not hidden nor under a hidden folder
    (``.git``), not a system file, not the folder's README/LICENSE/ATTRIBUTION notes."""
    parts = path.relative_to(folder).parts
    return (path.is_file() and not any(part.startswith(".") for part in parts)
            and path.name not in _SKIP_NAMES and path.name.split(".")[0].lower() not in _PROJECT_FILE_STEMS)


def expand_inputs(inputs: Iterable[str]) -> Iterator[str]:
    """Files named by paths, folders (recursively, sorted, without hidden and project files) and glob
    patterns; ``-`` is stdin. A file named on its own is always read."""
    for item in inputs:
        if item == "-":
            yield item
        elif os.path.isdir(item):
            folder = Path(item)
            files = [str(path) for path in sorted(folder.rglob("*")) if _is_article_file(path, folder)]
            yield from files or [item]  # an empty folder is named by the reader as a problem
        elif any(char in item for char in "*?[") and not os.path.exists(item):
            matches = sorted(glob.glob(item, recursive=True))
            yield from (m for m in matches if os.path.isfile(m)) if matches else [item]
        else:
            yield item


def read_bytes(data: bytes, name: str, settings: Settings) -> Iterator[Document | Problem]:
    """Documents (or problems) in one input given as bytes (stdin)."""
    head = gunzip_bytes_head(data) if is_gzip(data) else data[:8192]
    kind = sniff(head, name)
    if kind == "warc" or not is_gzip(data):  # warcio reads WARC.GZ itself, member by member
        yield from _dispatch(kind, io.BytesIO(data), name, settings)
        return
    try:
        with gzip.open(io.BytesIO(data), "rb") as handle:
            yield from _dispatch(kind, handle, name, settings)
    except (OSError, EOFError, zlib.error) as error:
        yield Problem(name, f"corrupt gzip data ({error})")


def _dispatch(kind: str, handle: IO[bytes], name: str, settings: Settings
              ) -> Iterator[Document | Problem]:
    """Stream records of a WARC or JSONL; read any other input whole, up to a size limit."""
    if kind == "warc":
        stream = iter_warc(handle, name, settings.max_record_bytes)
    elif kind == "jsonl":
        stream = iter_jsonl(handle, name, settings.max_record_bytes)
    else:
        limit = settings.max_article_bytes
        data = handle.read(limit + 1)  # bounded, also for a gzip that inflates hugely
        if len(data) > limit:
            yield Problem(name, f"{kind} input over the {limit / 1e6:g} MB limit for one file; skipped "
                                "(put large collections in JSONL or WARC, which are streamed)")
            return
        if not data.strip():
            yield Problem(name, "empty input (only white space)")
            return
        try:
            text, _ = decode(data)
        except BinaryInput as error:
            yield Problem(name, str(error))
            return
        stream = _single(kind, text, name)
    for where, item in stream:
        yield item if isinstance(item, Document) else Problem(where, item)


def _single(kind: str, text: str, name: str) -> Iterator[tuple[str, Document | str]]:
    if kind == "json":
        yield from iter_json_array(text, name)
    elif kind == "html":
        try:
            yield name, read_html(text, path=name)
        except NoArticleText as error:
            yield name, str(error)
    else:
        document = read_text(text, path=name)
        yield name, document if document.text.strip() else "no text"


def _read_path(path: str, settings: Settings) -> Iterator[Document | Problem]:
    try:
        size = os.path.getsize(path)
        if size == 0:
            yield Problem(path, "empty file")
            return
        with open(path, "rb") as raw:
            head = raw.read(8192)
        gzipped = is_gzip(head)
        kind = sniff(gunzip_head(path) if gzipped else head, path)
        opener = gzip.open if gzipped and kind != "warc" else open  # warcio gunzips WARC itself
        with opener(path, "rb") as handle:
            yield from _dispatch(kind, handle, path, settings)
    except FileNotFoundError:
        yield Problem(path, "no such file or directory")
    except IsADirectoryError:
        yield Problem(path, "a folder with no files to read")
    except PermissionError:
        yield Problem(path, "permission denied")
    except (OSError, EOFError, zlib.error) as error:
        yield Problem(path, f"unreadable or corrupt ({type(error).__name__}: {error}); the rest is skipped")


def read_documents(inputs: Iterable[str], settings: Settings | None = None
                   ) -> Iterator[Document | Problem]:
    """Every document (or problem) in ``inputs``, in input order."""
    settings = settings or Settings()
    for item in expand_inputs(inputs):
        if item == "-":
            yield from read_bytes(sys.stdin.buffer.read(), "<stdin>", settings)
        else:
            yield from _read_path(item, settings)
