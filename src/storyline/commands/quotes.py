"""``storyline quotes``: attributions of each text of a JSONL file, as offsets.

For evaluation and for other tools: offsets refer to the input ``text``
exactly as given (no cleaning), one output line per input line.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from .common import jsonl_records, plural, say, write_output

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
        "quotes",
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


def run(args: argparse.Namespace) -> int:
    from ..attribution import find_attributions

    rows, skipped = [], 0
    for number, record, problem in jsonl_records(args.input):
        text = record.get("text", record.get("maintext")) if record is not None else None
        if not problem and not isinstance(text, str):
            problem = 'no "text" (or news-please "maintext") string'
        if problem:
            say(f"skipped {args.input}:{number}: {problem}")
            skipped += 1
            continue
        row = {"id": record.get("id", number), "quotes": quote_rows(find_attributions(text))}
        rows.append(json.dumps(row, ensure_ascii=False) + "\n")
    write_output("".join(rows), args.output)
    if args.output and not args.quiet:
        say(f"wrote {args.output} ({plural(len(rows), 'text')}"
            + (f", {plural(skipped, 'line')} skipped)" if skipped else ")"))
    return 0 if rows or not skipped else 1
