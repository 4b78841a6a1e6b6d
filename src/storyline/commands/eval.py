"""``storyline eval TASK``: measure a part of Storyline on labelled data.

Each task's runner is a module exposing ``add_arguments(parser)`` and
``run(args) -> int`` (heavy imports stay inside ``run``).
"""

from __future__ import annotations

import importlib

#: task name -> module of its runner
TASKS = {
    "provenance": "storyline.eval.provenance",
    "timeline": "storyline.eval.timeline",
    "quotes": "storyline.eval.quotes",
}


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "eval", help="measure Storyline on labelled data",
        description="Measure a part of Storyline on labelled data (figures in BENCHMARKS.md).",
    )
    tasks = parser.add_subparsers(dest="task", metavar="TASK")
    tasks.required = True
    for name, module_name in TASKS.items():
        module = importlib.import_module(module_name)
        summary = (module.__doc__ or name).strip().splitlines()[0]
        task = tasks.add_parser(name, help=summary, description=summary)
        module.add_arguments(task)
        task.set_defaults(func=module.run)
