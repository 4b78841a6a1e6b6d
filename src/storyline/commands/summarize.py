"""``storyline summarize``: summaries of many clusters, one JSONL line each."""

from __future__ import annotations

import argparse
import json

from ..settings import Settings
from .common import UserError, say, write_output

EXAMPLES = """\
example:
  storyline summarize clusters.jsonl -o summaries.jsonl --words 100

each input line is {"id": ..., "documents": [text, ...]}; each output line is
{"id": ..., "summary": "sentence\\nsentence..."} in input order. A bad line is
reported on stderr and skipped; the others are still summarized.
"""


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "summarize", help="summarize clusters of documents (JSONL in, JSONL out)",
        description="Summarize each cluster of documents of a JSONL file.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("clusters", metavar="CLUSTERS.jsonl", help="one {id, documents} per line")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    parser.add_argument("--words", type=int, default=Settings.words, metavar="N",
                        help="word budget of each summary (default: %(default)s)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..summarize import summarize_texts

    if args.words < 1:
        raise UserError("--words must be at least 1")
    try:
        with open(args.clusters, encoding="utf-8") as handle:
            lines = handle.readlines()
    except (OSError, UnicodeDecodeError) as error:
        raise UserError(f"cannot read {args.clusters}: {getattr(error, 'strerror', None) or error}") from error
    out, skipped = [], 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            record, reason = None, f"not JSON ({error.msg})"
        else:
            reason = None
        documents = record.get("documents") if isinstance(record, dict) else None
        if not isinstance(documents, list) or not all(isinstance(d, str) for d in documents):
            if not args.quiet:
                say(f"skipped {args.clusters}:{number}: {reason or 'needs documents: [text, ...]'}")
            skipped += 1
            continue
        summary = summarize_texts(documents, args.words)
        out.append(json.dumps({"id": record.get("id"), "summary": "\n".join(summary)}, ensure_ascii=False))
    write_output("".join(line + "\n" for line in out), args.output)
    if args.output and not args.quiet:
        say(f"wrote {args.output} ({len(out)} summaries" + (f", {skipped} lines skipped)" if skipped else ")"))
    return 0 if out or not skipped else 1
