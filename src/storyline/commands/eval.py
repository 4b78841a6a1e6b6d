"""``storyline eval TASK``: measure a part of Storyline on labelled data.

Each task's runner lives in ``storyline.eval.<task>`` and exposes
``add_arguments(parser)`` and ``run(args) -> int``.
"""

from __future__ import annotations

import importlib

TASKS = {"summarize": "storyline.eval.summarize"}


def register(subparsers) -> None:
    parser = subparsers.add_parser("eval", help="measure a part of Storyline on labelled data",
                                   description="Measure a part of Storyline on labelled data.")
    tasks = parser.add_subparsers(dest="task", metavar="TASK")
    tasks.required = True
    for name, module_name in TASKS.items():
        module = importlib.import_module(module_name)
        summary = getattr(module, "HELP", None) or (module.__doc__ or name).strip().splitlines()[0]
        task = tasks.add_parser(name, help=summary, description=summary)
        module.add_arguments(task)
        task.set_defaults(func=module.run)
