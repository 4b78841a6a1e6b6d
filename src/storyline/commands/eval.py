"""``storyline eval TASK``: measure one part of Storyline on labelled data.

Each task's runner lives in ``storyline.eval.<task>`` and exposes
``add_arguments(parser)`` and ``run(args) -> int``.
"""

from __future__ import annotations

import argparse
import importlib

TASKS = {
    "summarize": "storyline.eval.summarize",
}


def register(subparsers) -> None:
    parser = subparsers.add_parser("eval", help="measure a part of Storyline on labelled data",
                                   description="Measure a part of Storyline on labelled data.")
    tasks = parser.add_subparsers(dest="task", metavar="TASK")
    tasks.required = True
    for name, module_name in TASKS.items():
        module = importlib.import_module(module_name)
        task = tasks.add_parser(name, help=(module.__doc__ or "").strip().splitlines()[0],
                                description=module.__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
        module.add_arguments(task)
        task.set_defaults(func=module.run)
