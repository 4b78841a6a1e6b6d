"""``storyline eval TASK``: measure a part of Storyline on labelled data.

Each task's runner is a module exposing ``add_arguments(parser)`` and
``run(args) -> int``, listed in :data:`TASKS`.
"""

from __future__ import annotations

import importlib

TASKS = {
    "quotes": "storyline.eval.quotes",
}


def register(subparsers) -> None:
    parser = subparsers.add_parser("eval", help="measure Storyline on labelled data",
                                   description="Measure a part of Storyline on labelled data.")
    tasks = parser.add_subparsers(dest="task", metavar="TASK")
    tasks.required = True
    for name, module_name in TASKS.items():
        module = importlib.import_module(module_name)
        task = tasks.add_parser(name, help=(module.__doc__ or "").strip().splitlines()[0])
        module.add_arguments(task)
        task.set_defaults(func=module.run)
