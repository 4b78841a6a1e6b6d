"""The ``storyline`` command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Collection

from . import __version__
from .commands import COMMANDS, command_module
from .commands.common import OneLineParser, UserError, say


def build_parser(load: Collection[str] | None = None) -> argparse.ArgumentParser:
    """The full parser; with ``load``, only those commands get their options (the rest are listed)."""
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

    def add_parser(name, **kwargs):  # every sub-command gets --quiet, --debug and its line of COMMANDS
        kwargs.setdefault("parents", []).append(common)
        return original(name, help=COMMANDS[name], **kwargs)

    subparsers.add_parser = add_parser
    for name in COMMANDS:
        if load is None or name in load:
            command_module(name).register(subparsers)
        else:
            subparsers.add_parser(name)
    return parser


def named_command(argv: list[str]) -> list[str]:
    """The command named on the command line (its first word), if any."""
    words = [word for word in argv if not word.startswith("-")]
    return words[:1]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(load=named_command(argv))
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
