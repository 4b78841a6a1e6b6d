"""``storyline brief``: the brief of one story."""

from __future__ import annotations

import argparse

from ..brief import build_brief, demo_paths, read_articles
from ..report import FORMATS, render
from ..settings import Settings
from .common import UserError, report_problems, say, write_output

EXAMPLES = """\
examples:
  storyline brief --demo                                 bundled demo story, Markdown
  storyline brief my_articles/ --format json -o brief.json
  storyline brief a.html b.txt feed.jsonl crawl.warc.gz --format md
  cat article.txt | storyline brief - --format json

inputs may be files, folders (read recursively), glob patterns or - for stdin;
formats are sniffed from content: plain text, HTML, JSON/JSONL (news-please or
datatrove fields), WARC/WARC.GZ; gzip-compressed inputs are fine.

exit codes: 0 brief written (some inputs may have been skipped, each named on
stderr); 1 no article could be read; 2 wrong usage; 3 internal error
(a bug: please report it with the output of --debug).
"""

_EXTENSIONS = {".json": "json", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "brief", help="turn the articles of one story into a sourced brief",
        description="Turn the articles of one story into a sourced brief.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="*", metavar="ARTICLES",
                        help="files, folders, globs or - (stdin)")
    parser.add_argument("--demo", action="store_true", help="brief the bundled demo articles")
    parser.add_argument("-f", "--format", choices=FORMATS,
                        help="output format (default: from the -o extension, else md)")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    parser.add_argument("--words", type=int, default=Settings.words, metavar="N",
                        help="summary word budget (default: %(default)s)")
    parser.add_argument("--no-semantic", action="store_true",
                        help="lexical similarity only (skip the bundled embedding model)")
    parser.set_defaults(func=run)


def output_format(requested: str | None, output: str | None) -> str:
    """The format asked for, or the one the output file's extension implies."""
    if requested:
        return requested
    if output:
        for extension, fmt in _EXTENSIONS.items():
            if output.lower().endswith(extension):
                if fmt not in FORMATS:
                    raise UserError(f"format {fmt} is not available")
                return fmt
        return "json"
    return "md"


def run(args: argparse.Namespace) -> int:
    inputs = list(args.inputs) + (demo_paths() if args.demo else [])
    if not inputs:
        raise UserError("no articles given: name files, folders or '-' (stdin), or use --demo")
    if args.words < 1:
        raise UserError("--words must be at least 1")
    fmt = output_format(args.format, args.output)
    settings = Settings(words=args.words, semantic=not args.no_semantic)
    articles, problems = read_articles(inputs, settings)
    skipped = report_problems(problems)
    if not articles:
        say("no article could be read" + (f" ({skipped} inputs skipped)" if skipped else ""))
        return 1
    brief = build_brief(articles, settings, problems)
    write_output(render(brief, fmt), args.output)
    if args.output and not args.quiet:
        say(f"wrote {args.output} ({len(articles)} articles"
            + (f", {skipped} inputs skipped)" if skipped else ")"))
    return 0
