"""``storyline eval TASK``: measure one part of Storyline on labelled data.

Each task's runner is a module exposing ``add_arguments(parser)`` and
``run(args) -> int`` (heavy imports stay inside ``run``); figures go to
BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import importlib

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


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "eval", help="measure Storyline on labelled data",
        description="Measure one part of Storyline on labelled data, side by side with baselines "
                    "(figures in BENCHMARKS.md).",
    )
    tasks = parser.add_subparsers(dest="task", metavar="TASK")
    tasks.required = True
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-q", "--quiet", action="store_true", help="no progress or notes on stderr")
    common.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    for name, module_name in TASKS.items():
        module = importlib.import_module(module_name)
        summary = (module.__doc__ or name).strip().splitlines()[0]
        task = tasks.add_parser(name, parents=[common], help=summary, description=summary)
        module.add_arguments(task)
        task.set_defaults(func=module.run)
