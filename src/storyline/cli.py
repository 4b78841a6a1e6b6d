"""The ``storyline`` command line."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from . import __version__
from .commands import COMMANDS
from .commands.common import UserError, say


class OneLineParser(argparse.ArgumentParser):
    """Usage mistakes in one line on stderr (exit 2), pointing at --help."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="storyline",
        description="Turn a pile of news articles into a sourced story brief.",
        epilog="Run 'storyline COMMAND --help' for the options and examples of a command.",
    )
    parser.add_argument("--version", action="version", version=f"storyline {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-q", "--quiet", action="store_true",
                        help="no progress bar or notes on stderr (errors still show), e.g. -q")
    common.add_argument("--debug", action="store_true",
                        help="show the full traceback of an internal error, e.g. --debug")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    original = subparsers.add_parser

    def add_parser(name, **kwargs):  # every sub-command gets --quiet and --debug
        kwargs.setdefault("parents", []).append(common)
        return original(name, **kwargs)

    subparsers.add_parser = add_parser
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except UserError as error:
        say(str(error))
        return 2
    except KeyboardInterrupt:
        say("interrupted")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # an internal error: one line unless --debug
        if args.debug:
            raise
        say(f"internal error: {type(error).__name__}: {error} (run with --debug for details)")
        return 3


if __name__ == "__main__":
    sys.exit(main())
