"""Helpers shared by the sub-commands: messages, JSON Lines input, output files."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NoReturn, TextIO

from ..model import Problem
from ..settings import Settings


class UserError(Exception):
    """A mistake in how the command was called: one line, no traceback."""


class OneLineParser(argparse.ArgumentParser):
    """Usage mistakes in one line on stderr (exit 2), pointing at --help."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def add_claim_articles(parser: argparse.ArgumentParser, scope: str = "") -> None:
    """The ``--claim-articles N`` option: the bound of a giant story's claims, conflicts and summary."""
    parser.add_argument("--claim-articles", type=int, default=Settings.claim_articles, metavar="N",
                        help="a story of more articles reads its claims, conflicts and summary from its N most "
                             f"central ones, and says so{scope} (default: %(default)s), e.g. --claim-articles 300")


def claim_articles(args: argparse.Namespace) -> int:
    """The checked value of ``--claim-articles``."""
    if args.claim_articles < 1:
        raise UserError("--claim-articles must be at least 1")
    return args.claim_articles


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


def plural(count: int, noun: str, many: str | None = None) -> str:
    """``1 story``, ``2 stories``, ``0 articles``: the count with its noun in the right number."""
    if many is None:
        many = noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"
    return f"{count} {noun if count == 1 else many}"


def parse_jsonl(lines: Iterable[str]) -> Iterator[tuple[int, dict | None, str | None]]:
    """``(line number, record, problem)`` for each non-blank line of JSON Lines text.

    A line that is not a JSON object gives ``record`` None and ``problem`` saying
    why (one line), so callers can skip it or stop.
    """
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as error:
            yield number, None, f"malformed JSON ({getattr(error, 'msg', error)})"
            continue
        if isinstance(record, dict):
            yield number, record, None
        else:
            yield number, None, f"a JSON {type(record).__name__}, not an object"


def jsonl_records(path: str) -> Iterator[tuple[int, dict | None, str | None]]:
    """:func:`parse_jsonl` over a JSON Lines file (``-``: stdin).

    A file that cannot be opened or is not UTF-8 text (a binary file) is a
    :class:`UserError`.
    """
    try:
        handle = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115 (closed below)
    except OSError as error:
        raise UserError(f"cannot read {path}: {error.strerror or error}") from error
    try:
        yield from parse_jsonl(handle)
    except UnicodeDecodeError as error:
        raise UserError(f"cannot read {path}: not UTF-8 text (a binary file?)") from error
    except OSError as error:  # e.g. a folder given as the file
        raise UserError(f"cannot read {path}: {error.strerror or error}") from error
    finally:
        if handle is not sys.stdin:
            handle.close()


def read_jsonl(path: str, needs: Iterable[str] = ()) -> list[dict]:
    """Every record of a JSON Lines file, each with the fields ``needs``; a bad line or no
    record at all is a one-line error."""
    needs = tuple(needs)
    records = []
    for number, record, problem in jsonl_records(path):
        missing = [repr(name) for name in needs if name not in (record or {})]
        if problem or missing:
            raise UserError(f"{path}:{number}: {problem or 'no ' + ', '.join(missing) + ' field'}")
        records.append(record)
    if not records:
        raise UserError(f"no records in {path}")
    return records


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


def progress_wanted(quiet: bool, stream: TextIO | None = None) -> bool:
    """A progress bar only for a person watching: stderr is a terminal and --quiet is off."""
    stream = stream if stream is not None else sys.stderr
    return not quiet and hasattr(stream, "isatty") and stream.isatty()


class Progress:
    """A rich progress display on stderr: articles read, then the stages of the brief.

    When disabled every method does nothing, so callers need no conditions.
    """

    def __init__(self, enabled: bool, stream: TextIO | None = None) -> None:
        self._bar = None
        self._reading = self._stages = None
        self._read = 0
        if enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, SpinnerColumn, TextColumn, TimeElapsedColumn
            from rich.progress import Progress as RichProgress

            console = Console(file=stream if stream is not None else sys.stderr, force_terminal=True)
            self._bar = RichProgress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                                     MofNCompleteColumn(), TimeElapsedColumn(), console=console, transient=True)

    def __enter__(self) -> Progress:
        if self._bar is not None:
            self._bar.start()
            self._reading = self._bar.add_task("reading articles", total=None)
        return self

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.stop()

    def article_read(self, where: str) -> None:
        """One more input item read (``where`` names it)."""
        self._read += 1
        if self._bar is not None:
            self._bar.update(self._reading, advance=1, description=f"reading {Path(where).name[:40]}")

    def start_stages(self, total: int) -> None:
        """Reading is over; ``total`` stages follow."""
        if self._bar is not None:
            self._bar.update(self._reading, description="articles read", total=self._read, completed=self._read)
            self._stages = self._bar.add_task("building the brief", total=total)

    def stage(self, name: str) -> None:
        """The stage ``name`` starts (the previous one is done)."""
        if self._bar is not None and self._stages is not None:
            task = next(t for t in self._bar.tasks if t.id == self._stages)
            self._bar.update(self._stages, completed=task.completed + (task.description != "building the brief"),
                             description=f"stage: {name}")
