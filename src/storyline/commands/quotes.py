"""``storyline quotes``: attributions of each text of a JSONL file, as offsets.

For evaluation and for other tools: offsets refer to the input ``text``
exactly as given (no cleaning), one output line per input line.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from typing import TYPE_CHECKING

from .common import UserError, say

if TYPE_CHECKING:
    from ..attribution import Attribution

EXAMPLES = """\
example:
  storyline quotes articles.jsonl -o quotes.jsonl

input: one JSON object a line with "id" and "text"; output: one line per
input, {"id", "quotes": [{"kind", "speaker": {"start", "end"}, "cue": {...},
"content": {...}}]}; a quote in several parts (interrupted by "he said")
gives one entry per part with the same speaker and cue; speaker or cue is
null when the text names none.
"""


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "quotes", help="quote and attribution spans of each text of a JSONL file",
        description="Quote and attribution spans (offsets into the raw text) of each text of a JSONL file.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("input", metavar="ARTICLES.jsonl", help="JSONL with id and text ('-' for stdin)")
    parser.add_argument("-o", "--output", metavar="OUT.jsonl", help="write here instead of stdout")
    parser.set_defaults(func=run)


def _span(span: tuple[int, int] | None) -> dict | None:
    return {"start": span[0], "end": span[1]} if span else None


def quote_rows(attributions: list[Attribution]) -> list[dict]:
    """One row per content part, in text order."""
    rows = [{"kind": a.kind, "speaker": _span(a.speaker), "cue": _span(a.cue), "content": _span(part)}
            for a in attributions for part in a.content]
    return sorted(rows, key=lambda r: (r["content"]["start"], r["content"]["end"]))


def _records(lines):
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as error:
            yield number, None, f"not JSON ({error})"
            continue
        text = record.get("text", record.get("maintext")) if isinstance(record, dict) else None
        if not isinstance(text, str):
            yield number, None, "no \"text\" (or news-please \"maintext\") string"
            continue
        yield number, {"id": record.get("id", number), "text": text}, None


def _open(path: str, mode: str, standard):
    if path == "-":
        return contextlib.nullcontext(standard)
    try:
        return open(path, mode, encoding="utf-8")
    except OSError as error:
        verb = "read" if mode == "r" else "write"
        raise UserError(f"cannot {verb} {path}: {error.strerror or error}") from error


def run(args: argparse.Namespace) -> int:
    from ..attribution import find_attributions

    written = skipped = 0
    with _open(args.input, "r", sys.stdin) as source, _open(args.output or "-", "w", sys.stdout) as out:
        for number, record, problem in _records(source):
            if problem:
                say(f"{args.input}:{number}: skipped: {problem}")
                skipped += 1
                continue
            row = {"id": record["id"], "quotes": quote_rows(find_attributions(record["text"]))}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            written += 1
    if args.output and not args.quiet:
        say(f"wrote {args.output} ({written} texts" + (f", {skipped} skipped)" if skipped else ")"))
    return 0 if written or not skipped else 1
