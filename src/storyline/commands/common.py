"""Helpers shared by the sub-commands: messages, output files."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from ..model import Problem


class UserError(Exception):
    """A mistake in how the command was called: one line, no traceback."""


def say(message: str) -> None:
    """One line on stderr, prefixed with the program name."""
    print(f"storyline: {message}", file=sys.stderr)


def report_problems(problems: Iterable[Problem]) -> int:
    """Print one line per skipped input; returns how many."""
    count = 0
    for problem in problems:
        say(f"skipped {problem}")
        count += 1
    return count


def write_output(text: str, output: str | None) -> None:
    """Write to the file ``output`` (creating folders), or to stdout."""
    if not output or output == "-":
        sys.stdout.write(text)
        return
    path = Path(output)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise UserError(f"cannot write {output}: {error.strerror or error}") from error
