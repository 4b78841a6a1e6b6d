"""``storyline summarize``: summaries of many clusters, one JSONL line each."""

from __future__ import annotations

import argparse
import json

from ..settings import Settings
from .common import UserError, jsonl_records, plural, say, write_output

EXAMPLES = """\
example:
  storyline summarize clusters.jsonl -o summaries.jsonl --words 100

each input line is {"id": ..., "documents": [text, ...]}; each output line is
{"id": ..., "summary": "sentence\\nsentence..."} in input order. A bad line is
reported on stderr and skipped; the others are still summarized.
"""


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "summarize",
        description="Summarize each cluster of documents of a JSONL file.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("clusters", metavar="CLUSTERS.jsonl", help="one {id, documents} per line ('-' for stdin)")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    parser.add_argument("--words", type=int, default=Settings.words, metavar="N",
                        help="word budget of each summary (default: %(default)s)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..summarize import summarize_texts

    if args.words < 1:
        raise UserError("--words must be at least 1")
    out, skipped = [], 0
    for number, record, problem in jsonl_records(args.clusters):
        documents = record.get("documents") if record is not None else None
        if not problem and (not isinstance(documents, list) or not all(isinstance(d, str) for d in documents)):
            problem = "needs documents: [text, ...]"
        if problem:
            say(f"skipped {args.clusters}:{number}: {problem}")
            skipped += 1
            continue
        summary = summarize_texts(documents, args.words)
        out.append(json.dumps({"id": record.get("id"), "summary": "\n".join(summary)}, ensure_ascii=False))
    write_output("".join(line + "\n" for line in out), args.output)
    if args.output and not args.quiet:
        say(f"wrote {args.output} ({plural(len(out), 'summary')}"
            + (f", {plural(skipped, 'line')} skipped)" if skipped else ")"))
    return 0 if out or not skipped else 1
