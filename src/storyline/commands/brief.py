"""``storyline brief``: the brief of one story."""

from __future__ import annotations

import argparse

from ..report import FORMATS, format_name, render
from ..settings import Settings
from .common import (
    Progress,
    UserError,
    add_claim_articles,
    claim_articles,
    plural,
    progress_wanted,
    report_problems,
    say,
    write_output,
)

EXAMPLES = """\
examples:
  storyline brief --demo                                 bundled demo story, Markdown on stdout
  storyline brief --demo -o brief.html                   one self-contained HTML page
  storyline brief my_articles/ --format json -o brief.json
  storyline brief a.html b.txt feed.jsonl crawl.warc.gz --format md --words 60
  cat article.txt | storyline brief - --format json

inputs may be files, folders (read recursively), glob patterns or - for stdin;
formats are sniffed from content: plain text, HTML, JSON/JSONL (news-please or
datatrove fields), WARC/WARC.GZ; gzip-compressed inputs are fine.

output: Markdown on stdout by default; with -o the format follows the file's
extension (.html/.htm, .md/.markdown, .json; anything else is JSON) unless
--format says otherwise. The HTML page needs no network and works offline.

progress: a progress bar on stderr while reading and analysing, only when
stderr is a terminal and --quiet is off.

exit codes:
  0    brief written (some inputs may have been skipped, each named on stderr)
  1    no article could be read
  2    wrong usage (bad option, no inputs, unwritable output): one line on stderr
  3    internal error, a bug: please report it with the output of --debug
  130  interrupted (Ctrl-C)
"""

_EXTENSIONS = {".json": "json", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "brief",
        description="Turn the articles of one story into a sourced brief.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="*", metavar="ARTICLES",
                        help="files, folders, globs or - (stdin), e.g. 'news/*.html feed.jsonl'")
    parser.add_argument("--demo", action="store_true",
                        help="brief the bundled demo articles (added to any ARTICLES), e.g. --demo -o demo.html")
    parser.add_argument("-f", "--format", choices=FORMATS, type=format_name,
                        help="output format: json (the contract), md or html (default: from the -o "
                             "extension, else md), e.g. --format json")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write to FILE instead of stdout, creating folders, e.g. -o out/brief.html")
    parser.add_argument("--words", type=int, default=Settings.words, metavar="N",
                        help="word budget of the summary (default: %(default)s), e.g. --words 60")
    parser.add_argument("--no-semantic", action="store_true",
                        help="lexical similarity only, skipping the bundled embedding model "
                             "(slightly faster), e.g. --no-semantic")
    add_claim_articles(parser)
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
    from ..brief import STAGES, build_brief, demo_paths, read_articles

    inputs = list(args.inputs) + (demo_paths() if args.demo else [])
    if not inputs:
        raise UserError("no articles given: name files, folders or '-' (stdin), or use --demo")
    if args.words < 1:
        raise UserError("--words must be at least 1")
    fmt = output_format(args.format, args.output)
    settings = Settings(words=args.words, semantic=not args.no_semantic, claim_articles=claim_articles(args))
    with Progress(progress_wanted(args.quiet)) as progress:
        articles, problems = read_articles(inputs, settings, on_read=progress.article_read)
        progress.start_stages(len(STAGES))
        brief = build_brief(articles, settings, problems, on_stage=progress.stage) if articles else None
    skipped = report_problems(problems)
    if brief is None:
        say("no article could be read" + (f" ({plural(skipped, 'input')} skipped)" if skipped else ""))
        return 1
    write_output(render(brief, fmt), args.output)
    if args.output and not args.quiet:
        say(f"wrote {args.output} ({plural(len(articles), 'article')}"
            + (f", {plural(skipped, 'input')} skipped)" if skipped else ")"))
    return 0
