"""Sub-commands of the ``storyline`` CLI, one module each.

Every module exposes ``register(subparsers)``, which adds its parser and sets
``func`` to a function ``(args) -> int`` returning the exit code.
"""

from __future__ import annotations

from . import brief, corpus, eval, quotes, summarize

COMMANDS = (brief, corpus, quotes, summarize, eval)
