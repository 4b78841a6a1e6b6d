"""The last-resort outlet name of an article whose input named none: its file name.

Apart from :mod:`storyline.clean` so that the renderers can tell a named outlet
from a file name without importing the readers.
"""

from __future__ import annotations

import re


def name_from_path(path: str | None) -> str | None:
    """A last-resort outlet name: the file name without extensions, and for one record
    of a JSONL or JSON file its number counted from 1 ("feed #7"), as the records
    would otherwise all read as one outlet."""
    record = re.search(r"(?::(\d+)|\[(\d+)\])$", path or "")
    path = path[:record.start()] if path and record else path or ""
    if not path or path == "<stdin>":
        return None
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    name = re.sub(r"(?:\.[A-Za-z0-9]{1,5})?(?:\.gz)?$", "", name)
    if name and record:  # JSONL lines count from 1, JSON array indexes from 0: both named from 1
        name = f"{name} #{record.group(1) or int(record.group(2)) + 1}"
    return name or None


def is_named_outlet(source: str | None, path: str | None) -> bool:
    """Whether ``source`` is an outlet the input or its text named, not the file-name fallback."""
    return bool(source) and source != name_from_path(path)
