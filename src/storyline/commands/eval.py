"""``storyline eval TASK``: measure one part of Storyline on labelled data.

Each task's runner is a module exposing ``add_arguments(parser)`` and
``run(args) -> int``; it is imported only when its task is named on the command
line, so ``storyline --help`` does not load every evaluation library. Figures
go to BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import importlib.util
import re
from collections.abc import Callable
from pathlib import Path

from .common import OneLineParser, UserError

#: task name -> module of its runner
TASKS = {
    "provenance": "storyline.eval.provenance",
    "conflicts": "storyline.eval.conflicts",
    "claims": "storyline.eval.claims",
    "quotes": "storyline.eval.quotes",
    "timeline": "storyline.eval.timeline",
    "summarize": "storyline.eval.summarize",
    "cluster": "storyline.eval.cluster",
}


class TaskParser(OneLineParser):
    """The parser of one task: its options are added from the runner module on first use."""

    def __init__(self, *args, module: str = "", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._module = module

    def parse_known_args(self, args=None, namespace=None):
        if self._module:
            module = importlib.import_module(self._module)
            self._module = ""
            module.add_arguments(self)
            self.set_defaults(func=_needing_extras(module.run))
        return super().parse_known_args(args, namespace)


def _needing_extras(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """``run``, with a missing evaluation library said in one line with the fix."""
    def guarded(args: argparse.Namespace) -> int:
        try:
            return run(args)
        except ModuleNotFoundError as error:
            if not error.name or error.name.split(".")[0] == "storyline":
                raise
            raise UserError(f"eval {args.task} needs the evaluation libraries ({error.name} is missing): "
                            "pip install 'storyline[eval]'") from error
    return guarded


def summary(module_name: str) -> str:
    """First line of a module's docstring (less a leading ``storyline eval X``:), read without importing it."""
    spec = importlib.util.find_spec(module_name)
    source = Path(spec.origin).read_text(encoding="utf-8") if spec and spec.origin else ""
    docstring = ast.get_docstring(ast.parse(source)) or module_name.rsplit(".", 1)[-1]
    return re.sub(r"^``[^`]+``:\s*", "", docstring.strip().splitlines()[0])


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "eval",
        description="Measure one part of Storyline on labelled data, side by side with baselines "
                    "(figures in BENCHMARKS.md).",
    )
    tasks = parser.add_subparsers(dest="task", metavar="TASK", parser_class=TaskParser)
    tasks.required = True
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-q", "--quiet", action="store_true", help="no progress or notes on stderr")
    common.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    for name, module_name in TASKS.items():
        text = summary(module_name)
        tasks.add_parser(name, parents=[common], help=text, description=text[:1].upper() + text[1:],
                         module=module_name)
