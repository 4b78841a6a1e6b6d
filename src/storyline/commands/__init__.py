"""Sub-commands of the ``storyline`` CLI, one module each.

Every module exposes ``register(subparsers)``, which adds its parser and sets
``func`` to a function ``(args) -> int`` returning the exit code. The CLI imports
only the module of the command being run; the others are listed with the help
line below, so ``storyline --help`` loads none of the heavy libraries.
"""

from __future__ import annotations

import importlib
from types import ModuleType

#: command name -> its one-line help (the CLI gives it to the command's parser)
COMMANDS = {
    "brief": "turn the articles of one story into a sourced brief",
    "corpus": "group many articles into stories, brief each, keep them up to date",
    "quotes": "quote and attribution spans of each text of a JSONL file",
    "summarize": "summarize clusters of documents (JSONL in, JSONL out)",
    "eval": "measure Storyline on labelled data",
}


def command_module(name: str) -> ModuleType:
    """The module of the command ``name``."""
    return importlib.import_module(f"{__name__}.{name}")
